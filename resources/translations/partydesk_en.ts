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
    <name>Arrival</name>
    <message>
        <source>A member arrives with a transfer letter</source>
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
        <source>Temporary transfer (stays on the home register)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter &amp;dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Born on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission &amp;decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission &amp;ceremony:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Official since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card num&amp;ber:</source>
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
    <message>
        <source>{name} is expected at the meeting: record them present or absent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>There is no backup {id}; `partydesk backup list` shows them. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup {id} is damaged (its integrity check failed); the register was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to copy yet; make one first (“Back up now”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick {folder} is full: the backup ({size} MB) does not fit. Nothing was left on the stick; free some space or use another stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB stick {folder} cannot be written (was it pulled out, or is it read-only?). Nothing was copied; put the stick back and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy on {folder} did not read back whole (the stick may be failing); it was removed. Try another stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily, at the first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the register was encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update of PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyDesk backs up the register by itself at the first start of each day and before every import, restore and update, and keeps the last 7 days, 4 weeks and 12 months. Keep a copy on a USB stick away from the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the latest backup to a USB stick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made: {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the register back as it was on {when}? Everything recorded after that is replaced; the register as it is now is backed up first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is back as it was on {when}. What it replaced is kept as the backup of {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest backup was copied to {file}; it was read back and is whole.</source>
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
    <message>
        <source>There is no cell with the code {code} enrolled here; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {code} has not sent its first bundle yet, so its key is not known and nothing can be sent to it; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is addressed to {recipient}, not to this cell ({code}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle comes from {sender}, not from this cell&apos;s committee; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first bundle from {sender}; its key fingerprint is {fingerprint}. Ask the cell&apos;s secretary to read out the fingerprint of their installation (partydesk fingerprint) and import again with --confirm-fingerprint only if they are the same. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint you confirmed ({confirmed}) is not the fingerprint of the key that signed the bundle from {sender}; the bundle was refused and nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} was refused: table {table}, row {row}, column {column}: {problem}. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} was refused: table {table} has more rows than a cell can have. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} would remove {dropped} of the cell&apos;s {current} current members. Check with the cell; to import it anyway, confirm the removals (--confirm-removals). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of the wrong kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a required value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not one of the allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text with control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text not in Unicode normal form (NFC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to a row that is not in the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same value twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} is signed by a key that is no longer trusted (it was changed or revoked); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cell {code} to renew; enrol it with its name instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender} can be imported only after the cell&apos;s first bundle, which proves its enrolment: import that one first, or both together. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} could not be written: {reason} The number is used up; the next export will be number {next} (the committee accepts the gap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore bundle is for one cell: name it with --cell CODE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {code} has no enrolment file to restore with: renew its enrolment first (partydesk enroll --code {code} --renew -o FILE). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle from cell {code} was ever imported here, so there is nothing to restore it from. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A restore goes only into a new, empty register; this one already holds members or meetings. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is a commune committee: a restore bundle carries one cell&apos;s register, and a commune is not restored from its province&apos;s copy. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment file is for a {level}; set it up with --role {level} (or without --role). Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} is not the kind of bundle {sender} sends (a cell sends its register, a commune committee its roll-up); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle from {sender} is not signed by the key on record for that committee, nor by a key it certified; nothing was changed.</source>
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
        <source>Dues last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; cell(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; cell</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; cells</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; party member(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; party member</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; party members</numerusform>
        </translation>
    </message>
    <message>
        <source>{cells} · {members}: {official} official, {probationary} probationary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <source>Members over the last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members by age and sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admissions against the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues collected against due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out…</source>
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
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
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
    <message>
        <source>Quality grading {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues are not kept in this version yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The charts could not be worked out.</source>
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
        <source>New signing key fingerprint: {new} (was {old}). Every later bundle carries the old key&apos;s certificate of it: the cells follow it at their next downward bundle, and the province at the next roll-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell has anything new to send; nothing was written.</source>
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
        <source>{sender} has a new signing key, {fingerprint}, certified by the key on record: it is trusted from this import on, and the old key no longer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is filed under {word}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues basis recorded from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exemption from dues recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduction of dues recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded: {ids}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment reversed by entry {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments imported from {file}: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting {key} = {value} from {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is back as backup {id} held it. What it replaced is kept as backup {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded decision {id}; it goes to {cell} in its next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice goes to {cells} in their next bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore bundle number {sequence} from {sender}: the register as the committee received it in bundle number {last}, {members} members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {sequence} from {sender}, made {created}: {decisions} new decisions, {notices} new notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member transferred from {cell}, waiting to be accepted: {name} ({id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{sender} has received roll-up number {sequence} of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee has received bundle number {sequence} of {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded {kind} of {date}; the member is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key on record for {code} is revoked: bundles signed by it are refused from now on. Its members and the history of its bundles are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New signing key fingerprint: {new} (was {old}). The next bundle announces it to the committee, signed by the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one-time enrolment secret has been sent and is now erased from this computer. Delete the enrolment file from the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for confirmation: this is the first bundle from {sender}. Ask its secretary to read out the fingerprint shown by &quot;partydesk fingerprint&quot; on the cell&apos;s computer; if it is {fingerprint}, import again with --confirm-fingerprint &quot;{fingerprint}&quot;. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this bundle removes {dropped} of the cell&apos;s {current} current members; it is imported only with --confirm-removals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bundle from {sender}: its key {fingerprint} is trusted from this import on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier of {name} goes from {from_cell} to {to_cell} in its next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {id} transferred in on {date}; status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the register: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the register (at least 8 characters; if it is lost, only the committee&apos;s copy can restore the register): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} arrived on {date} with letter {number} from {place}: member {id}, status {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: member {id} moves from {date}; the transfer must be started by {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting {key} = {value} from {month} goes to {cells} in their next bundles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting from the committee: {key} = {value} from {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name_a} ({cell_a}) and {name_b} ({cell_b}) may be the same member ({reason}); see &quot;partydesk duplicates list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved: {name_a} ({cell_a}) and {name_b} ({cell_b}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admission proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting recorded in {month}: {cells}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit between cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in two cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by {committee}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up number {sequence} to {recipient}: {carried} cells&apos; bundles, {members} active members. Signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bundle held yet from: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>local backups of the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the register now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups kept, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the register back as a backup holds it (the present register is backed up first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yearly_grading: the year graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge_awarded: years of membership</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: a notice for cells&apos; next bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge: the years of membership (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee&apos;s decisions about cells&apos; members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record one event of a member&apos;s life (rules checked as in the app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: only this cell (repeatable); a cell named gets a bundle even with nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: also print a cover sheet to this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers in, return: where from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every enrolled cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of event (listed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discipline: the level (default reprimand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>badge_awarded: the member is gravely ill (up to 12 months early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discipline: reprimand|warning|removal_from_post; yearly_grading: outstanding|good|completed|not_completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfers out: where to (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: record a decision for a cell&apos;s next downward bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committee&apos;s notices to its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: the committee&apos;s decisions received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card_issued: the card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: the notices received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyDesk: the offline register of a party cell. Without a command, opens the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data folder to use (default: the user&apos;s data folder, or $PARTYDESK_DATA_DIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a new cell or committee register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty register with invented demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s meetings and their minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolutions and other documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print a document to a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: write an enrolment file for a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed, encrypted bundles on a USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: the enrolled cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. &quot;Chi bộ thôn Đồng Tâm&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short code, e.g. CB01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a cell from its committee&apos;s enrolment file (gives the role, name, code and higher committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the higher committee&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term, e.g. &quot;2025-2030&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secretary&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the demo data is as of (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>months of demo meetings and resolutions (default: 24 for up to 2,000 members, none above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list members in Vietnamese name order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one member&apos;s record, events and allowed actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add members from an .xlsx or .csv file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the register to .xlsx or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write a blank spreadsheet to fill in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words of the name, accents optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only members exempted, or temporarily transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import the valid rows even if some rows have errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list meetings, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes of one meeting (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list documents of a type, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document type code: NQ (default), BB, KL, TB, BC, KH…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member list (sổ danh sách đảng viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the minutes of a meeting (biên bản)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the notice of a meeting (thông báo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sign-in sheet of a meeting (danh sách dự họp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolution (nghị quyết)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s name, e.g. &quot;Chi bộ thôn A&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s code, e.g. CB01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: write a bundle for the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: check a bundle, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: import cells&apos; bundles (several files: the newest per cell, all in one transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also print a cover sheet to this PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each cell with its last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change this installation&apos;s signing key (a cell, a commune or a province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new signing key, certified by the old one; every later bundle, up or down, carries the certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the monthly dues report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: a restore bundle for the one cell named (after enroll --renew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members moving between the cells of one committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: members in transit; cell: dossiers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: send a member&apos;s dossier in the new cell&apos;s next bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: take in a member whose dossier came from the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: write a bundle for the committee; committee: one bundle per cell (on a province: per commune) with something to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: import cells&apos; bundles (several files: the newest per cell, all in one transaction); cell: import the committee&apos;s bundle; commune: also the province&apos;s bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member&apos;s dues category and base amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>đồng (default: what is owed for the months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a payment (split over --months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the portal&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary, benefit or pension in đồng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month&apos;s members, due, paid, balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct a payment by a reversing entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a month&apos;s collection sheet (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member&apos;s id or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reduce a member&apos;s dues for a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE.pdf or FILE.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file a member under a word of the name other than the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a word of the full name, e.g. Bih for Y Bih Niê (leave out to file under the last word again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exempt a member from dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set an unconfirmed value from a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party dues: bases, collection, reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close although the limit is broken or gradings are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s own grading as a collective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default: 31 December of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-end reports upward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admission targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradings from a spreadsheet (all or nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year&apos;s gradings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year&apos;s admissions target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the yearly quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close the year&apos;s round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the 20 %% limit and missing gradings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>members, admissions and grading as of a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s proposal: the meeting that voted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one member&apos;s grading at one stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year&apos;s quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a cell&apos;s first bundle: the key fingerprint its secretary read out; the bundle is applied only if it matches (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apply a bundle even though it removes many of the cell&apos;s members (more than 20%% of them, or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>find the signed document printed with a verification code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name to sign with (default: the secretary recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print this installation&apos;s signing-key fingerprint (to read out over the phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell lost its key: revoke it and write a new enrolment file for the same code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell&apos;s name, e.g. &quot;Chi bộ thôn A&quot; (required unless --renew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date printed on it (default: today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member list (danh sách đảng viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the member list book, mẫu 7-HSĐV (sổ danh sách đảng viên)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer book (sổ giới thiệu sinh hoạt đảng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer letter of a member (giấy giới thiệu sinh hoạt đảng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the yearly dues summary, month by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quarter&apos;s grading round (default: the year&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: note that a member must move (retirement, new job…): reminded to start the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day of the decision behind the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cell: a member arriving from outside the committee, recorded by hand from the transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organisation that issued the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day the member presented the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admission decision (from the letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a temporary transfer: the member attends here and stays on the home register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the newest backup to a USB stick (or any folder), checked, written atomically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: the desk across its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day to count from (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: members who appear in two cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pairs not resolved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved pairs as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mark a pair as checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one person, to settle with the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings a committee sets for its cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: set for each cell; cell: received from the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: set it for this cell (carried down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: set it for every enrolled cell (carried down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: the same target for every enrolled cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>committee: enrol a lower committee (a commune, on the province) that will send roll-ups (default: cell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consolidated register, paged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>words starting words of the name (accents ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commune committee: the roll-up to the province (its own decisions, notices and targets, and each cell&apos;s newest bundle as received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>province: its communes&apos; roll-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the statistics by commune and cell and in total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each commune and its cells: last roll-up and bundle, and who has not reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grading report by commune and cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up a cell (or, with --role committee, a commune) from its higher committee&apos;s enrolment file (gives the role, name, code and higher committee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an installation set up on its own: take its higher committee&apos;s enrolment file (a cell&apos;s, or a commune&apos;s from its province)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a date; write it as year-month-day, e.g. 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page after the one whose &quot;next&quot; this is (faster than --page on a large register)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Committee</name>
    <message>
        <source>The number of days must be a whole number from 1 to {most}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cell with the code {code} enrolled here; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell {code} has no member or candidate with the id {id} in its last bundle; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision needs its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not a PDF file (or cannot be read, or is larger than 20 MB); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is a commune committee, not a cell: a decision about one of its members is recorded by the commune for the member&apos;s cell. The province sends its communes notices and settings; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell is enrolled yet; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell is enrolled yet; nothing was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrolled cell with code {code}; nothing was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member flagged in two cells with the id {id}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pair was already resolved on {date}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitteeDesk</name>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days since bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dues arrears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
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
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversion to official due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admission proposed by the cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name and birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no bundle yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: two different people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked: the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s).</source>
        <translation>
            <numerusform>%n cell.</numerusform>
            <numerusform>%n cells.</numerusform>
        </translation>
    </message>
    <message>
        <source>No meeting recorded in {month}: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every cell recorded a meeting in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle overdue: {cells}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a committee decision ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In transit ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In two cells ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk could not be worked out.</source>
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
    <name>DateField</name>
    <message>
        <source>“{text}” is not a date. Type the day as dd/mm/yyyy, for example 05/02/2026, or as eight digits: 05022026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no month {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day:02d}/{month:02d}/{year} does not exist: month {month} of {year} has {last} days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please enter this date.</source>
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
    <name>Discipline</name>
    <message>
        <source>The cell (cell meeting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The higher committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nursing a child under 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discipline needs its reason, the decision&apos;s number and date, and who decided it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision cannot be dated after the discipline takes effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline is deferred only for pregnancy, nursing a child under 12 months or a stay in hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deferral must end after the day it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a current member&apos;s discipline can be deferred.</source>
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
    <message>
        <source>There is no member to list: the register holds no official or probationary member (a committee lists the members of its cells&apos; bundles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transfer out is recorded for this member: record the transfer first, then print its letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document needs the name of the person who signs it ({title}), and none is recorded. Record the secretary, or give the name to print (--signer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed document in this register has the code {code}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dues</name>
    <message>
        <source>“{text}” is not a date: write it as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a whole number of đồng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a month: write it as YYYY-MM, e.g. 2026-11.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salaried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pensioner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>student</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id {member_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recorded dues entry can never be changed or deleted: record a correction (a reversing entry) instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {category} member&apos;s dues are a share of an amount: give it with --base (whole đồng, above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {category} member pays a flat amount: leave out --base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base} đồng is not a possible monthly amount: give a whole number from 1 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reduction of {percent} % is not in the rules in force on {date}: allowed are {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reduction lasts at most {most} months a decision; this one lasts {months}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date is before the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the exemption (--reason).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a possible value for {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a readable .xlsx collection sheet: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet has no column {columns} in its first row: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; rows with errors: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet holds no payments: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is neither cash nor portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not a member of the cell in {month} (not yet admitted, or had left): no dues can be recorded for that month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} has not begun yet: dues are recorded from the current month back (an advance payment starts at the current month and covers the next ones).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} is not a possible payment: give a whole number of đồng above 0 and at most {most} for each month paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment covers from 1 to {most} months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} owes nothing for {months}: give the amount (--amount) to record a voluntary payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment on the public-service portal needs its reference (--ref).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a payment can be corrected by a reversing entry; {entry} is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment {entry} has already been reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dues entry with id {entry}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dues summary for the year {year}: give a year from {first} to {last}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuesPage</name>
    <message>
        <source>Party dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the month&apos;s report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space: paid as due · type an amount and press Enter to record it · Enter moves down · Delete: how to correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members: {n} · due {due} · collected {paid} · still owed {owed} · paid in full: {done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dues report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the &amp;year&apos;s summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The yearly dues summary of the chosen month&apos;s year, previewed before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dues summary of {year}</source>
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
    <message>
        <source>e.g. 03-QĐ/ĐU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
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
    <name>FromCommittee</name>
    <message>
        <source>Admission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion to official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party badge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Restore bundle number {number} from {sender}: the whole register as the committee last received it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Bundle number {number} from {sender}, made on {made}.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Decisions&lt;/b&gt; (each becomes a dated event in the member&apos;s history):&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Notices:&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Member transferred from {cell}, waiting to be accepted: &lt;b&gt;{name}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing new besides the receipt.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province sends back its receipt for this commune&apos;s roll-ups, its notices and the settings it sets for the commune. Put in the USB stick and click “Import from the province…”: PartyDesk shows what the bundle brings before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The committee sends back its receipt, its decisions about this cell&apos;s members, notices and members transferred in. Put in the USB stick and click “Import from the committee…”: PartyDesk shows what the bundle brings before anything is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from the province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from the committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
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
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open or print the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province has received roll-up number {number} of {date}; everything up to it is safe there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle from the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PartyDesk bundles (*{suffix});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle number {number} was already imported; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check before importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported bundle number {number}: {applied} decisions applied, {refused} kept with the reason, {notices} notices, {transfers} members transferred in waiting.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>{count} gradings imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding: {outstanding}; good: {good}; at most {allowed} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is broken: outstanding is more than {share} of good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not graded yet: {missing}; not decided by the committee: {undecided}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} is not a year to grade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must be the year or q1 to q4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The level must be outstanding, good, completed or not_completed, and the stage self, cell or committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A score of {score} does not match the level “{level}” by the rules of {year}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradings are recorded in the cell&apos;s register; the committee sees them when the cell&apos;s bundle arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grading round of {year} is closed; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no member with id {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grading round of {year} is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{outstanding} members are graded outstanding, more than the {allowed} allowed ({share} of {good} good). Look again, or close anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members have no grading yet: {names}. Grade them, or close anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet needs the columns “Năm”, “Xếp loại” and “Số thẻ đảng viên” (or “Họ và tên” with “Ngày sinh”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: {count} rows have a wrong or unknown value (row: column): {rows}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year {year} cannot be graded: the grading rules in force then are not in PartyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grading round of quarter {quarter} of {year} is closed; nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GradingPage</name>
    <message>
        <source>Self-assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell&apos;s proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committee&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading for {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Score (of 100):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grade a member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import from a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade the ce&amp;ll…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the round…</source>
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
        <source>Card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Graded {graded} of {to_grade}; not graded yet {missing}; not decided by the committee {undecided}. {shares}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outstanding {outstanding} is more than the {allowed} allowed (20 % of {good} good).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the 20 % limit: {cells}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cell&apos;s own grading: {level} ({stage}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The round is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradings from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gradings imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the grading round of {year}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit is broken: {outstanding} outstanding, at most {allowed} allowed (20 % of {good} good). The report will say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} members have no grading: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} gradings are not decided by the committee yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading for quarter {quarter} of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter {quarter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quarter&apos;s grading, where the committee asks for one, is kept apart from the year&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet holds a year&apos;s gradings: choose the whole year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the grading round of quarter {quarter} of {year}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce&amp;ll:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guard</name>
    <message>
        <source>You have changed this form. Close it and throw the changes away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>PartyDesk user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
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
        <source>{column}: &quot;{value}&quot; is not a known status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: &quot;{value}&quot; is not a word of the full name</source>
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
        <source>{column}: &quot;{value}&quot; is not a way of leaving the party (write xóa tên, khai trừ or xin ra)</source>
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
    <message>
        <source>{file}: the text encoding is not one PartyDesk reads (UTF-8, UTF-16 or Windows Vietnamese cp1258). Save it again as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the column &quot;{column}&quot; appears twice in the header row (columns {first} and {second}); remove one. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: contains control characters (such as NUL); remove them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: longer than {limit} characters</source>
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
    <message>
        <source>This is the first bundle from {sender}. Its key fingerprint is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone the cell&apos;s secretary and ask them to read out the fingerprint shown on their computer (Sync page). Do not trust the cover sheet alone: whoever made the bundle also printed it. Import only if they are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint the secretary reads out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint {sender}&apos;s secretary read out is the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this bundle removes {dropped} of the {current} current members of {sender}. Check with the cell before importing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have checked with {sender}: import the removals</source>
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
    <message>
        <source>The passphrase was changed: the register, its backups and the private keys now open only with the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} backups could not be opened with the old passphrase and were left as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
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
    <message>
        <source>Not expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{standing} (not counted as absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;genda items:</source>
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
    <message>
        <source>{level}: {reason} (decision {number} of {day}, {body})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an e&amp;vent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer a discipline case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer a discipline case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Because of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
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
        <source>Gi&amp;ven name (for sorting):</source>
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
        <source>The word of the full name the register files this member under; usually the last word, but e.g. Bih in the Ê Đê name Y Bih Niê.</source>
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
    <message>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell}, its bundle number {sequence} of {date}, key {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— through the roll-up number {sequence} of {commune} of {date}, key {fingerprint}</source>
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
    <message>
        <source>“{given}” is not a word of the name “{name}”: the name a member is filed under must be one of the words of the full name. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has the id or card number {member}. Nothing was saved.</source>
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
    <message>
        <source>Party dues: {name} has {years} unpaid months this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party dues: {name} has {years} unpaid months this year — for the cell to consider (the Charter&apos;s rule on unpaid dues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No meeting recorded this month: record this month&apos;s meeting by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} may appeal the discipline until {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline of {name} deferred ({case}) until {due}: consider it then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the last bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Enter to deal with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of {name}: start it by {due} (the rule&apos;s working days after the move)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer of {name}: the letter should be presented at the new place by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, transferred from {case}: accept by {due}</source>
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
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the size of all text at once; remembered for the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the passphrase down and keep it somewhere safe, away from the computer. Nobody can recover a lost passphrase, not even the people who made PartyDesk: without it the register cannot be opened, and the only way back is to restore it from the copy held by the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is encrypted. Type its passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Check the keyboard language (Vietnamese or not) and Caps Lock, then try again: {count} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was wrong three times. PartyDesk will close now; nothing in the register was changed. Start it again to try once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this version on, the register is encrypted so that a lost or stolen computer does not give away the members&apos; records. Choose a passphrase; a backup is made first, then the register is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encrypt the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register, its backups and the private keys are all encrypted again under the new passphrase; the old one no longer opens any of them. Copies already given to the committee are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange</source>
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
    <name>Provenance</name>
    <message>
        <source>Written by {cell} ({code}) in its bundle number {sequence} of {date}, signed by the key {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried by the roll-up number {sequence} of {commune} ({code}) of {date}, signed by the key {fingerprint}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Province</name>
    <message>
        <source>“{text}” is not the next page of a list of members: give the “next” of the page before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sent</source>
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
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the year&apos;s start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To grade</source>
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
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n commune(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported: {communes}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every commune has reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) not reported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statistics could not be worked out: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvinceRegister</name>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members shown: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>No statistics can be made as of {day}: the rules in force then are not in PartyDesk.</source>
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
        <source>Member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing {what}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member list (danh sách đảng viên)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member list &amp;book, mẫu 7-HSĐV (sổ danh sách đảng viên)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer book (sổ giới thiệu sinh hoạt đảng)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;letter (giấy giới thiệu sinh hoạt đảng)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member list book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member has a transfer out recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member transferred out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading report {year}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the year&apos;s tables to a spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grading report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the year&apos;s tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission &amp;targets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics report as of {day}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grading report, quarter {quarter} of {year}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission targets of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members to admit in {year}, {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target recorded: {name}, {year}: {count} admissions.</source>
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
    <name>Rollup</name>
    <message>
        <source>The roll-up from {commune} was refused because of the bundle of its cell {cell}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This committee was not enrolled by a higher committee, so it has no province to send a roll-up to. Ask the province for an enrolment file (partydesk accept-enrollment FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell&apos;s bundle held here has a member with the id {id}.</source>
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
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
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
    <message>
        <source>The register is protected by a passphrase: give it in the PARTYDESK_PASSPHRASE environment variable or run the command in a terminal to be asked for it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must have at least {count} characters; a few words are easier to remember and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases typed are not the same. Nothing was changed.</source>
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
        <source>A passphrase for the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register is encrypted: a lost or stolen computer does not give away the members&apos; records. PartyDesk asks for this passphrase each time it starts.</source>
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
    <name>SignerPrompt</name>
    <message>
        <source>Who signs this document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secretary is recorded. Name of the person who signs (printed under the signature):</source>
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
    <message>
        <source>The passphrase is not right, or the register file is damaged. Nothing was changed.</source>
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
        <source>The committee has received bundle number {number} of {date}; everything up to it is safe there.</source>
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
    <message>
        <source>&lt;p&gt;This cell&apos;s key fingerprint (read it out when the committee telephones): &lt;b style=&apos;font-size: 16pt&apos;&gt;{fingerprint}&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The one-time enrolment secret has been sent and erased from this computer. Delete the enrolment file from the USB stick.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) may also be in another cell (same card number, or same name and birth date): see the Overview.</source>
        <translation>
            <numerusform>%n member may also be in another cell (same card number, or same name and birth date): see the Overview.</numerusform>
            <numerusform>%n members may also be in another cell (same card number, or same name and birth date): see the Overview.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>From the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>The number of admissions must be a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a committee sets targets for its cells; on a cell leave out --cell to record the cell&apos;s own target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no enrolled cell with code {code}.</source>
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
    <name>ToCells</name>
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
        <source>All enrolled cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a committee decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discipline &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badge &amp;years:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a notice for the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose a PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell&apos;s bundle carries the receipt for its last bundle, the committee&apos;s decisions about its members, notices and members transferred to it. Click “Write bundles for the cells…” and choose the USB stick: one file is written for each cell that has something new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write bundles for the cells…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record a decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should arrive by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward to a cell…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members in &amp;transit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward the dossier to a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; left {cell} on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New cell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cell has anything new; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{cell}: bundle number {number} ({decisions} decisions, {notices} notices) — {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>No dossier for member {id} has come from the committee; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {id} is already in this register; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date {on} is before the member left the other cell ({left}); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {id} is not in transit: no cell&apos;s last bundle shows an official transfer out not yet received elsewhere. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no cell with the code {code} enrolled here; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member {id} left cell {code}; forward the dossier to another cell. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out, official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out, temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In, official</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In, temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back from temporary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members whose dossier the committee sent to this cell. Accept a member on the day they presented the transfer letter: they join the register with their whole history and a dated “transferred in” event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival &amp;from outside the committee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting to be accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From / to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer &amp;book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a member transferred in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s number and the place it comes from are needed; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arrival date {on} is before the letter&apos;s date {letter}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The admission decision date (on the letter) is needed; nothing was changed.</source>
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
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
