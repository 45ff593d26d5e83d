<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
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
        <source>Secretary:</source>
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
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details appear on every printed document.</source>
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
</context>
</TS>
