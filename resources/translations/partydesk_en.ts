<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../src/partydesk/domain/attendance.py" line="82"/>
        <source>Every attendee needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/attendance.py" line="85"/>
        <source>{name} is absent with a reason: write the reason down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/attendance.py" line="89"/>
        <source>A reason is recorded only for a member absent with a reason ({name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/attendance.py" line="94"/>
        <source>{name} was excused for the whole meeting, so must be recorded absent with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../src/partydesk/cli/main.py" line="31"/>
        <source>An unexpected error occurred ({kind}); details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/cli/setup_commands.py" line="46"/>
        <source>Set up {name} ({code}) in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/cli/setup_commands.py" line="49"/>
        <source>Signing key fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/cli/setup_commands.py" line="60"/>
        <source>Added {count} demo members.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../src/partydesk/ui/crash.py" line="44"/>
        <source>PartyDesk met an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/crash.py" line="48"/>
        <source>Something went wrong inside PartyDesk. Your saved work is safe.
Please copy this report and give it to the people who support PartyDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/crash.py" line="60"/>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <location filename="../../src/partydesk/services/demo.py" line="28"/>
        <source>Demo data only goes into an empty register; this one already has members. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../src/partydesk/ui/dialogs.py" line="21"/>
        <source>&lt;h3&gt;PartyDesk {version}&lt;/h3&gt;&lt;p&gt;The offline register of a party cell: members, meetings, resolutions, printed documents and USB sync with the higher committee.&lt;/p&gt;&lt;p&gt;Data folder:&lt;br&gt;&lt;code&gt;{folder}&lt;/code&gt;&lt;/p&gt;&lt;p&gt;Log folder:&lt;br&gt;&lt;code&gt;{logs}&lt;/code&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/dialogs.py" line="31"/>
        <source>About PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/partydesk/domain/numbering.py" line="74"/>
        <source>A cell does not issue regulations, guidance or directives ({code}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/numbering.py" line="80"/>
        <source>Unknown document type code: {code}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/numbering.py" line="88"/>
        <source>Document numbers start at 01, not {seq}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/numbering.py" line="92"/>
        <source>The issuer code must be one word, such as CB, not &quot;{issuer}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/numbering.py" line="102"/>
        <source>&quot;{number}&quot; is not a document number such as 05-NQ/CB.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/partydesk/ui/main_window.py" line="48"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/main_window.py" line="64"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/main_window.py" line="66"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/main_window.py" line="68"/>
        <source>&amp;Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/main_window.py" line="77"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/main_window.py" line="80"/>
        <source>&amp;About PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="50"/>
        <source>A meeting must end after it starts ({start} to {end}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="63"/>
        <source>The meeting lasted {lasted} minutes; this kind of meeting should last at least {minimum} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="90"/>
        <source>Quarter {quarter}/{year} has {held} thematic meeting(s); at least {required} a quarter are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="104"/>
        <source>These minutes were read back and signed, so they cannot be changed; add a dated amendment instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="119"/>
        <source>An amendment needs its text and the name of who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="127"/>
        <source>Draft minutes are corrected directly; amendments are for signed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/meetings.py" line="131"/>
        <source>An amendment cannot be dated {date}, before the minutes were signed on {signed}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="33"/>
        <source>Party cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="35"/>
        <source>Higher committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="49"/>
        <source>This section is not available yet in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="62"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="63"/>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="65"/>
        <source>Higher committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="67"/>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="69"/>
        <source>Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="70"/>
        <source>Official members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="71"/>
        <source>Probationary members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="84"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="90"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="93"/>
        <source>Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/pages.py" line="95"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../../src/partydesk/domain/rulebook.py" line="67"/>
        <source>{source}, in force since {since}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/rulebook.py" line="69"/>
        <source>{source} (not yet confirmed), since {since}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="19"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="22"/>
        <source>Cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="23"/>
        <source>The cells this committee has enrolled, each with its last bundle, and the consolidated register of all their members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="32"/>
        <source>Party members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="33"/>
        <source>The register of members and every step of their life in the party: admission, probation, conversion, transfers, exemption, discipline, badges, grading. Search by name without accents; import and export spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="42"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="43"/>
        <source>Outstanding non-members the cell is preparing for admission: awareness-class certificate, sponsors, application and the cell&apos;s resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="51"/>
        <source>Cell meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="52"/>
        <source>Monthly and thematic meetings: attendance, speakers, votes and the printed minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="59"/>
        <source>Resolutions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="60"/>
        <source>Resolutions and other documents of the cell, numbered per type over the term, with their tasks and deadlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="68"/>
        <source>Party dues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="69"/>
        <source>Monthly dues of each member, arrears, and the dues report for the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="76"/>
        <source>Quality grading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="77"/>
        <source>The yearly quality grading of each member and of the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="81"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="82"/>
        <source>Monthly, quarterly and yearly reports and statistics for the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="89"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="90"/>
        <source>Signed, encrypted bundles carried on a USB stick between the cell and the higher committee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/sections.py" line="96"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../src/partydesk/domain/organisation.py" line="49"/>
        <source>The organisation&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/organisation.py" line="52"/>
        <source>The organisation&apos;s name is longer than {max} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/organisation.py" line="56"/>
        <source>The code &quot;{code}&quot; is not valid: use 1 to 32 Latin letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, e.g. CB01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/services/installation.py" line="25"/>
        <source>The data folder {folder} cannot be created or written. Choose another folder or ask for write permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/services/installation.py" line="32"/>
        <source>No register has been set up in {folder} yet. Run the setup first (partydesk init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/services/instance_lock.py" line="18"/>
        <source>PartyDesk is already open on the data folder {folder}. Close the other window first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/services/setup.py" line="19"/>
        <source>A register is already set up in {folder}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="49"/>
        <source>Welcome to PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="50"/>
        <source>Who will use PartyDesk on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="53"/>
        <source>I am the secretary of a party &amp;cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="54"/>
        <source>I work for the &amp;higher committee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="56"/>
        <source>I want to &amp;explore with demo data first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="72"/>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="74"/>
        <source>These details appear on every printed document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="82"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="83"/>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="84"/>
        <source>&amp;Higher committee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="85"/>
        <source>&amp;Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="86"/>
        <source>&amp;Secretary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="96"/>
        <source>e.g. Chi bộ thôn Đồng Tâm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="97"/>
        <source>e.g. CB01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="98"/>
        <source>e.g. Đảng ủy xã Hòa Bình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="99"/>
        <source>e.g. 2025-2030</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="130"/>
        <source>Set up PartyDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="136"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="137"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="138"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/ui/setup_wizard.py" line="139"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../src/partydesk/storage/database.py" line="27"/>
        <source>This register was written by a newer version of PartyDesk. Install the newer version to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/storage/errors.py" line="13"/>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/storage/errors.py" line="15"/>
        <source>The register is busy in another program: nothing was saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/storage/errors.py" line="17"/>
        <source>The register file is damaged or is not a PartyDesk register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/storage/errors.py" line="19"/>
        <source>The register file cannot be opened: check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="76"/>
        <source>more than {fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="78"/>
        <source>at least {fraction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="134"/>
        <source>passed: {votes_for} of {voters} official members voted for, more than {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="137"/>
        <source>passed: {votes_for} of {voters} official members voted for, at least {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="140"/>
        <source>not passed: {votes_for} of {voters} official members voted for, more than {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="143"/>
        <source>not passed: {votes_for} of {voters} official members voted for, at least {fraction} needed ({needed})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="163"/>
        <source>Vote counts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="166"/>
        <source>No official member can vote at this meeting, so nothing can be decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/partydesk/domain/votes.py" line="170"/>
        <source>{cast} votes recorded, but only {present} official members present may vote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
