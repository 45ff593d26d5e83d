<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Admission</name>
    <message>
        <source>The date of birth is needed to check the admission age ({min_years} to {max_years} years, counted in months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {on} the person is {years} years {months} months old; admission needs at least {min_years} years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {on} the person is {years} years {months} months old; admission is possible up to {max_years} years (older needs a decision of the higher committee).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is absent with a reason: write the reason down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is recorded only for a member absent with a reason ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was excused for the whole meeting, so must be recorded absent with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Bundles</name>
    <message>
        <source>BUNDLE COVER SHEET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the first bundle from this cell, the committee compares this fingerprint with the one PartyDesk shows before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file is damaged or is not a PartyDesk bundle; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file contains unsafe file names; it was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file is too large or expands too much to be a PartyDesk bundle; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was made by a newer version of PartyDesk; install the newer version to import it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is addressed to {recipient}, not to this committee ({code}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle comes from {sender}, which is not a cell enrolled here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} is not signed by the key on record for that cell; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first bundle from {sender} does not prove its enrolment secret, so its key was not trusted; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} is older than number {last} already imported; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different bundle number {sequence} from {sender} was already imported; this one was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a committee&apos;s register can do this; this one belongs to a cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a cell exports bundles to its committee; this register belongs to a committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell was not set up from an enrolment file, so it has no committee to send bundles to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {folder} does not exist or cannot be written; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} already exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file {file} is damaged or is not a PartyDesk enrolment file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {code} is already enrolled and its key is trusted; it cannot be enrolled again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cell cannot have the committee&apos;s own code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file is for cell {file_code}, but this register belongs to cell {code}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell already sends its bundles to a committee; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Candidates</name>
    <message>
        <source>Admission needs the certificate of the party-awareness class.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The party-awareness certificate of {issued} was valid until {expires}; the candidate must attend the class again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission needs {required} sponsor(s) who are official members and have worked or lived with the candidate for at least {months} months; {count} qualify on {on}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has already been admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no candidate with the id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidatesPage</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ethnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness &amp;certificate of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months together:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sponsor {n}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sponsors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CellsPage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled, no bundle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol a cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a cell as waiting after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days without a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{official} official, {probationary} probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{cells}&lt;/b&gt; cells · &lt;b&gt;{members}&lt;/b&gt; party members: {official} official, {probationary} probationary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>An unexpected error occurred ({kind}); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up {name} ({code}) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with {committee} ({code}); its key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} demo members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {count} demo meetings with their resolutions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meetings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents of type {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members imported from {file}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows skipped because of errors: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members exported to {file}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote a blank member spreadsheet to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the enrolment file for {name} ({code}) to {file}. It holds a one-time secret: give it to the cell&apos;s secretary by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is valid; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: skipped, a newer bundle from {sender} is among these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} to {recipient}, made {created}: {members} members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes: {added} members added, {changed} changed, {leaving} leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bundle from {sender}: its key {fingerprint} is trusted from this import on. Compare it with the cover sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>The number of days must be a whole number from 1 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeRegister</name>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, with or without accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>PartyDesk met an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside PartyDesk. Your saved work is safe.
Please copy this report and give it to the people who support PartyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Demo data only goes into an empty register; this one already has members. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>&lt;h3&gt;PartyDesk {version}&lt;/h3&gt;&lt;p&gt;The offline register of a party cell: members, meetings, resolutions, printed documents and USB sync with the higher committee.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Log folder:&lt;br&gt;&lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>A cell does not issue regulations, guidance or directives ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document type code: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers start at 01, not {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer code must be one word, such as CB, not &quot;{issuer}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{number}&quot; is not a document number such as 05-NQ/CB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document needs a title (its subject line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A progress note cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document of a meeting cannot be dated before the meeting ({held_on}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs to say what is to be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task&apos;s deadline ({deadline}) cannot be before the document&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no document with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no task with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document {number} is not a resolution.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyDesk writes an enrolment file for the cell. The file holds a one-time secret that lets the cell&apos;s first bundle be trusted: give it to the cell&apos;s secretary by hand on a USB stick, never by e-mail or chat, and delete it from the stick once the cell is set up. Enrolling the same cell again makes the old file useless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chi bộ thôn Đồng Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CB01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell&apos;s &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Badge (years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>Admission decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return from temporary transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption from work and activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of exemption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party card issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party badge awarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprimand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{file} cannot be written: check the folder exists and the file is not open in another program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Files</name>
    <message>
        <source>The file {path} could not be written ({reason}); nothing was saved under that name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: only .xlsx and .csv spreadsheets can be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read: it is missing, damaged, or not a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no header row with the columns {columns} in its first {rows} rows. Start from the template. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {card} is also on row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} {card} already belongs to a member of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} rows of {file} have errors; nothing was imported. Correct them, or import only the valid rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number {card} was added to the register after the preview; nothing was imported. Preview the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a date (write dd/mm/yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a sex (write Nam or Nữ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a way of leaving the party (write xóa tên, khai trừ or xin ra)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted under {age} years old (born {birth}, admitted {admitted})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>official date {official} is before the admission date {admitted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ceremony date {ceremony} is before the admission date {admitted}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an official member needs the official date ({column})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} needs its date in the column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is &quot;{status}&quot; but the dates of the row say &quot;{derived}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReview</name>
    <message>
        <source>&lt;b&gt;{name} ({sender})&lt;/b&gt;: bundle number {sequence}, made on {made}, {members} members.&lt;br&gt;Changes: {added} members added, {changed} changed, {leaving} leaving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: skipped, a newer bundle from {sender} is among these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first bundle from {sender}. Its key fingerprint is &lt;b style=&apos;font-size: 15pt&apos;&gt;{fingerprint}&lt;/b&gt;. Compare it with the fingerprint printed on the cover sheet that came with the stick; import only if they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of {sender} is the same as on its cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not imported:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <source>This member died on {died}; nothing can be recorded from that date on, except a posthumous party badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{on} is before {last}, the date of the last change recorded for this member. Changes must be recorded in the order they happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can only be recorded for a current member (probationary or official).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission ceremony is held once, after the admission decision or re-admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a probationary member can be converted to official.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member on this cell&apos;s register can be transferred out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member on this cell&apos;s register who is not already away can be transferred out temporarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member whose official transfer out has been recorded can be received by official transfer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a current member who is neither away nor already attending temporarily can be received temporarily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a member temporarily transferred out or attending temporarily can return.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a current member who is not already exempted can be exempted from work and activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an exempted member can have the exemption ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a person removed, expelled or who left the party can be re-admitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party card is issued to an official member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A party badge is awarded to an official member, or posthumously.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member already has an admission decision; a person who left the party comes back by re-admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be recorded before the admission decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission ceremony must be held within {days} working days of the decision of {decided}, that is by {deadline}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the admission ceremony first: probation counts from the ceremony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation lasts {months} months from the admission ceremony of {ceremony}; conversion is possible from {ends}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-admission is possible {months} months after leaving the party on {left}, that is from {earliest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probationary member can only be reprimanded or warned, not expelled. An unfit probationer is removed from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further party badge is due for this member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No party badge is due on {on}: the {years}-year badge is due on {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion is recorded as its own event, not as a discipline level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A probationary member can only be reprimanded or warned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the party card number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party card number {number} already belongs to another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no {years}-year party badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member already has the {awarded}-year party badge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posthumously only the {first}-year party badge is awarded, to a member who died with at least {min_years} years of party age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On {on} the party age is {age_years} years {age_months} months; the {years}-year badge needs {years} years (up to {early} months less for a gravely ill member).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A grading for {year} cannot be recorded on {on}: the year must be between the admission year {admitted} and the year of the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member already has a grading for {year}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <source>A meeting must end after it starts ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meeting lasted {lasted} minutes; this kind of meeting should last at least {minimum} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {quarter}/{year} has {held} thematic meeting(s); at least {required} a quarter are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These minutes were read back and signed, so they cannot be changed; add a dated amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment needs its text and the name of who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft minutes are corrected directly; amendments are for signed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amendment cannot be dated {date}, before the minutes were signed on {signed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly regular meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular meeting with a thematic session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extraordinary meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell committee meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no meeting with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agenda item needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A speech needs the speaker&apos;s name and what was said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That agenda item belongs to another meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no agenda item with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id {id} on the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That person is not on this meeting&apos;s attendance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record when the meeting ended before signing the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes need the chair and the minute-taker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minutes have no attendance list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes cannot be signed before the meeting was held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} chairs or takes the minutes, so must be marked present.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent with reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent without reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attending temporarily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prosecuted or detained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused for the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add someone attending temporarily…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no member)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question put to the vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items and votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;speech…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a &amp;vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agenda items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conclusion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speech</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was said:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chair&apos;s conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ended at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One guest a line, with post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Minute-taker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guests:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read back and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the minutes back to the meeting before signing. Signed minutes can never be changed again; a correction is then a dated amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendment to signed minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Made by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Items and votes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read back and sign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mendment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview mi&amp;nutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview no&amp;tice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview si&amp;gn-in sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes {number}, signed on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not yet read back and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amendments: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Member</name>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted (decision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record for this member today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party age {years} years {months} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted (decision):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ceremony:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official since:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberForm</name>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;thnicity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Religion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home town:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resi&amp;dence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Education:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theor&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation &amp;before joining:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupation &amp;now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Army, police, retired:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party &amp;card number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member &amp;history number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the record of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission and numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card, history and badge numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission &amp;decision of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ceremony &amp;held on:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberList</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberShow</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions allowed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Members</name>
    <message>
        <source>There is no member with the id {id} in this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number {card} already belongs to {owner}; card numbers must be unique. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member needs a full name. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This member is no longer in the register. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, with or without accents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt from work and activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing {count} members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid rows: {valid}. Rows with errors: {bad}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import only the valid rows? Rows with errors are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank template</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <source>Conversion to official: {name}, probation ends {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission ceremony: {name}, by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{years}-year party badge: {name}, due {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awareness certificate of {name} expires {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task of resolution {document}: {name}, deadline {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE — {reminder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probationary members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due in the coming months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders could not be worked out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This section is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>no screen to open the window on (DISPLAY is not set). Start PartyDesk from the desktop, or use its commands (partydesk --help).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window cannot open because system libraries are missing. Install them with:
  sudo apt install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports and documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member list (sổ danh sách đảng viên)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {what}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolutionsPage</name>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks of the resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress &amp;note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution {number}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>{source}, in force since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{source} (not yet confirmed), since {since}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cells this committee has enrolled, each with its last bundle, and the consolidated register of all their members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register of members and every step of their life in the party: admission, probation, conversion, transfers, exemption, discipline, badges, grading. Search by name without accents; import and export spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding non-members the cell is preparing for admission: awareness-class certificate, sponsors, application and the cell&apos;s resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly and thematic meetings: attendance, speakers, votes and the printed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolutions and other documents of the cell, numbered per type over the term, with their tasks and deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly dues of each member, arrears, and the dues report for the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly quality grading of each member and of the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly, quarterly and yearly reports and statistics for the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, encrypted bundles carried on a USB stick between the cell and the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The organisation&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code &quot;{code}&quot; is not valid: use 1 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. CB01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder {folder} cannot be created or written. Choose another folder or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No register has been set up in {folder} yet. Run the setup first (partydesk init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyDesk is already open on the data folder {folder}. Close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A register is already set up in {folder}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Welcome to PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will use PartyDesk on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the secretary of a party &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I work for the &amp;higher committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I want to &amp;explore with demo data first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an en&amp;rolment file from the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details appear on every printed document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolment file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Higher committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the enrolment file the committee gave you; the cell&apos;s name and code come from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chi bộ thôn Đồng Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CB01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Đảng ủy xã Hòa Bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>This register was written by a newer version of PartyDesk. Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is busy in another program: nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file is damaged or is not a PartyDesk register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register file cannot be opened: check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Send to the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send to committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an &amp;enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print the &amp;cover sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles sent&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell was not set up from an enrolment file, so PartyDesk does not know the committee to send bundles to. Ask the higher committee for an enrolment file for cell {code} (they make it in PartyDesk under Cells, “Enrol a cell…”), put it on this computer, then click “Use an enrolment file…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles go to {name} ({code}), signed by this cell and readable only by that committee. Put in the USB stick, click “Send to committee…” and choose the stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;File: &lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;in {folder}&lt;/p&gt;&lt;p&gt;Bundle number: &lt;b&gt;{sequence}&lt;/b&gt; · Members: &lt;b&gt;{members}&lt;/b&gt; · Key fingerprint: {fingerprint}&lt;/p&gt;&lt;p&gt;Take the stick and the printed cover sheet to the committee.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundles from the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in the USB stick and click “Import bundles…”; you can choose several files at once. PartyDesk checks every file first and shows what will change before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Bundles imported&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyDesk bundles (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {count} files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported bundle number {sequence} from {sender}: {added} added, {changed} changed, {leaving} leaving.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <source>more than {fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least {fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: {votes_for} of {voters} official members voted for, more than {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed: {votes_for} of {voters} official members voted for, at least {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed: {votes_for} of {voters} official members voted for, more than {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not passed: {votes_for} of {voters} official members voted for, at least {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official member can vote at this meeting, so nothing can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cast} votes recorded, but only {present} official members present may vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal of a probationary member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expulsion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Election</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote needs the question that was put to the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vote on a member&apos;s membership must name the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member voted on is not on this meeting&apos;s attendance list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
