<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../ui/case_editor.py" line="698"/>
        <source>%1: this is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="699"/>
        <source>%1: not a date (use e.g. 2021-12-31, 2021-12, 2021-12~ or 2022-01-28/2022-02-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="700"/>
        <source>%1: not a time of day (use HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="701"/>
        <source>%1: choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="702"/>
        <source>%1: another case already has this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="703"/>
        <source>%1: the text is too long or contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="704"/>
        <source>%1: a language is written as two letters, e.g. ru, be, en, pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="705"/>
        <source>%1: a country is written as two capital letters, e.g. BY, RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="706"/>
        <source>%1: out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="708"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/backups.py" line="162"/>
        <source>The vault&apos;s passphrase, or another one for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="163"/>
        <source>Use it for automatic backups until the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="164"/>
        <source>A backup is encrypted with this passphrase; Abarona does not store it. Without it the backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="168"/>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="170"/>
        <source>&amp;Verify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="172"/>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="190"/>
        <source>Back up, verify, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="192"/>
        <source>Backup passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="200"/>
        <source>A folder on a USB drive, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="201"/>
        <source>B&amp;rowse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="206"/>
        <source>When the vault is closed, if anything changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="207"/>
        <source>Once a day while the folder is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="210"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="213"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="214"/>
        <source>&amp;Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="216"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="218"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="219"/>
        <source>Back up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="221"/>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="222"/>
        <source>Warn when the last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="273"/>
        <source>No verified backup of this vault yet. Back it up to a USB drive now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="277"/>
        <source>Last verified backup: %1, %2 (%3 MB), in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/backups.py" line="281"/>
        <source>It is older than %n day(s).</source>
        <translation>
            <numerusform>It is older than %n day.</numerusform>
            <numerusform>It is older than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="283"/>
        <source>The vault has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="298"/>
        <source>Type the backup passphrase first: the vault&apos;s, or another one for this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="320"/>
        <source>Back up into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="327"/>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="332"/>
        <source>The backup was cancelled; nothing was left in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="336"/>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="340"/>
        <source>Backed up and verified: %1 (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="352"/>
        <source>Verify which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="355"/>
        <source>Verifying the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="358"/>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="372"/>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="376"/>
        <source>Restore into a new vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="382"/>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="385"/>
        <source>The restore was cancelled; no file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="388"/>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="390"/>
        <source>Restored into a new vault: %1. Lock this vault and open that file with the backup&apos;s passphrase to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="392"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="392"/>
        <source>The backup was checked and restored into a new vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="413"/>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="432"/>
        <source>An automatic backup is due, but it needs the backup passphrase: type it above and tick “Use it for automatic backups”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="436"/>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <location filename="../../ui/case_editor.py" line="74"/>
        <source>&amp;Save</source>
        <extracomment>Which tab holds the fields of a problem&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="75"/>
        <source>Save the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="77"/>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="79"/>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="81"/>
        <source>Summary &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="82"/>
        <source>Print or save a summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="98"/>
        <source>Use this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="110"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="111"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="112"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="113"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="114"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="115"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="119"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="122"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="125"/>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="127"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="148"/>
        <source>The organisation&apos;s reference, e.g. BY-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="164"/>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="166"/>
        <source>the defence is state-appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="167"/>
        <source>watch for silence, alarm after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="168"/>
        <source>Raise an alarm on the dashboard when nobody has heard from the client (no “contact” event) for longer than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="173"/>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="179"/>
        <source>comma-separated, e.g. interim-measures-ignored, re-arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="185"/>
        <source>Free notes (internal: never in public reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="187"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="188"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="189"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="190"/>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="191"/>
        <source>Arrest date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="192"/>
        <source>Arrest place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="193"/>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="194"/>
        <source>Detention facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="195"/>
        <source>Responsible lawyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="198"/>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="199"/>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="200"/>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="208"/>
        <source>The name as you use it, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="213"/>
        <source>One spelling a line, optionally with its language after a bar: Аляксей Кудзін | be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="220"/>
        <source>Where the client lives in Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="222"/>
        <source>Phone, messenger, relatives to call (never in public reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="232"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="233"/>
        <source>Other spellings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="234"/>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="235"/>
        <source>Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="236"/>
        <source>Hometown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="237"/>
        <source>Residence in Russia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="238"/>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="239"/>
        <source>In public reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="240"/>
        <source>Notes on the client:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="247"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="248"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="249"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="251"/>
        <location filename="../../ui/case_editor.py" line="308"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="256"/>
        <source>Find an article by number or words of its title (English or Russian), then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="267"/>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="269"/>
        <source>Remove the selected charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="284"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="285"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="286"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="288"/>
        <source>Place / body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="289"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="292"/>
        <source>&amp;Add an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="293"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="294"/>
        <location filename="../../ui/case_editor.py" line="313"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="304"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="305"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="307"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="311"/>
        <source>Add a &amp;party…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="312"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="448"/>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="482"/>
        <location filename="../../ui/case_editor.py" line="485"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="482"/>
        <source>The case no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="515"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="516"/>
        <source>This case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="535"/>
        <source>Move to trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="536"/>
        <source>The case goes to the trash, from where it can be restored until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="542"/>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="565"/>
        <source>A client with this name is already in the vault: %1. Use that client instead of creating a duplicate?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="671"/>
        <source>Remove the event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_editor.py" line="671"/>
        <source>The event is removed when you save the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <location filename="../../ui/case_list.py" line="162"/>
        <source>Search: a name in any spelling, a reference, a place, words of the notes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="171"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="171"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="171"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="172"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="172"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="172"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="206"/>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="254"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="254"/>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="255"/>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="255"/>
        <source>Any lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="256"/>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="256"/>
        <source>Any article</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_list.py" line="292"/>
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="298"/>
        <source>No case matches. Try another spelling or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="299"/>
        <source>No cases yet. Create one with Ctrl+N, or import the organisation&apos;s cases (File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../ui/case_list.py" line="46"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="46"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="46"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="47"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="47"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="47"/>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="48"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="48"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_list.py" line="48"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="27"/>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="35"/>
        <source>Also written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="38"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="39"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="40"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="41"/>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="42"/>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="43"/>
        <source>Detention facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="44"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="44"/>
        <source>(state-appointed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="45"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="46"/>
        <source>Hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="47"/>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="53"/>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="58"/>
        <source>part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="61"/>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="61"/>
        <source>No events recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_view.py" line="73"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollisionModel</name>
    <message>
        <location filename="../../ui/handoff.py" line="355"/>
        <source>Their case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="355"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="355"/>
        <source>Import as (empty: skip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/screening.py" line="185"/>
        <source>Import a wanted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="188"/>
        <source>%1: %2 rows. Check which column holds what; columns left at “—” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="189"/>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="214"/>
        <source>e.g. MVD RF, KGB BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="217"/>
        <source>e.g. 2025-04-09 or 2025-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="222"/>
        <source>Import and screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="227"/>
        <source>Name (surname, name, patronymic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="228"/>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="229"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="230"/>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="231"/>
        <source>Date listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="232"/>
        <source>Source column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="233"/>
        <source>Published by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="234"/>
        <source>List as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="265"/>
        <source>Choose the column that holds the names (or the surname, name and patronymic columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="267"/>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="270"/>
        <source>Say who published the list (e.g. MVD RF): versions are compared per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="272"/>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../../ui/handoff.py" line="279"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="279"/>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="279"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="279"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="280"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="311"/>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="311"/>
        <source>keep mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="240"/>
        <source>New vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="243"/>
        <source>Where to keep the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="244"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="250"/>
        <source>e.g. A. Ivanova — shown in the history of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="256"/>
        <source>&amp;Generate a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="261"/>
        <source>Write this passphrase down and keep it apart from the laptop. Nobody can recover a vault whose passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="269"/>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="273"/>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="274"/>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="275"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="276"/>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="289"/>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="305"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="314"/>
        <source>Weak passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="315"/>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard.py" line="128"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="135"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="137"/>
        <source>Recompute all deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="138"/>
        <source>Compute every deadline again from the events and the rules (after the rules were changed). Statuses and overrides are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="148"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="149"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="150"/>
        <location filename="../../ui/dashboard.py" line="167"/>
        <location filename="../../ui/dashboard.py" line="177"/>
        <location filename="../../ui/dashboard.py" line="186"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="151"/>
        <location filename="../../ui/dashboard.py" line="168"/>
        <location filename="../../ui/dashboard.py" line="178"/>
        <location filename="../../ui/dashboard.py" line="187"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="152"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="153"/>
        <location filename="../../ui/dashboard.py" line="191"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="154"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="163"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="164"/>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="165"/>
        <source>Next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="166"/>
        <source>In custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="169"/>
        <location filename="../../ui/dashboard.py" line="188"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="170"/>
        <source>Days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="171"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="172"/>
        <source>Current term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="172"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="173"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="174"/>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="176"/>
        <source>Silence alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="179"/>
        <source>Silent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="180"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="181"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="182"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="182"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="183"/>
        <source>Why watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="183"/>
        <source>in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="183"/>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="185"/>
        <source>Risk windows, bars to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="189"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="189"/>
        <source>lifted by a later event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="190"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="251"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="251"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="253"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="254"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="259"/>
        <source>(unverified rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="261"/>
        <source>(date set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="263"/>
        <source>(trigger date approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="268"/>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="275"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="277"/>
        <source>term passed %n day(s) ago</source>
        <translation>
            <numerusform>term passed %n day ago</numerusform>
            <numerusform>term passed %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="280"/>
        <source>re-arrest risk on release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="285"/>
        <source>contact lost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="287"/>
        <source>no contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="288"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="307"/>
        <source>No verified backup yet: make one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="310"/>
        <source>Last verified backup: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last verified backup: %1 (%n day ago)</numerusform>
            <numerusform>Last verified backup: %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="315"/>
        <source>Wanted lists: %n match(es) to review</source>
        <translation>
            <numerusform>Wanted lists: %n match to review</numerusform>
            <numerusform>Wanted lists: %n matches to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dashboard.py" line="317"/>
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n new)</numerusform>
            <numerusform>(%n new)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="320"/>
        <source>Wanted lists: nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="321"/>
        <source>Wanted lists: none imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="337"/>
        <source>Cannot show the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="361"/>
        <source>as of %1 (Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="373"/>
        <source>Showing the %1 most pressing of %2. The command abarona-cli deadlines lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="376"/>
        <source>Nothing needs attention: no open deadline, nobody in custody, no silence alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="390"/>
        <source>Recomputing deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="396"/>
        <source>Deadlines were not recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="400"/>
        <source>Deadlines recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dashboard.py" line="401"/>
        <source>%1 added, %2 moved, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../ui/case_deadlines.py" line="189"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="190"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="191"/>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="192"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="193"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="193"/>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="194"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="200"/>
        <source>&amp;Add deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="201"/>
        <source>Set &amp;status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="209"/>
        <source>&amp;Override date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="210"/>
        <source>Use the computed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="211"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="223"/>
        <source>Computed dates help; they are not legal advice. Check the rule and the law in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="242"/>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="242"/>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="247"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="248"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/case_deadlines.py" line="248"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="253"/>
        <source>(unverified rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="255"/>
        <source>(date set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="257"/>
        <source>(entered by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="292"/>
        <source>Cannot show the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="321"/>
        <source>Rule %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="327"/>
        <source>Unverified rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="330"/>
        <source>Computed date replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="332"/>
        <source>The trigger&apos;s date is approximate: counted from its earliest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="370"/>
        <source>The deadline was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="378"/>
        <source>The status was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="387"/>
        <location filename="../../ui/case_deadlines.py" line="393"/>
        <source>The date was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="399"/>
        <source>Delete the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="400"/>
        <source>Delete this deadline entered by hand? The history keeps a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="402"/>
        <source>The deadline was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../../ui/documents.py" line="58"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="59"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="60"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="61"/>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="71"/>
        <source>&amp;Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="73"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="75"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="110"/>
        <source>Documents are stored inside the encrypted vault. Save the case first to attach documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="112"/>
        <source>Documents are stored inside the encrypted vault; nothing is written elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="113"/>
        <source>No documents yet: attach court decisions, photos, letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="121"/>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="121"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="127"/>
        <location filename="../../ui/documents.py" line="130"/>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="127"/>
        <source>The file is too large to keep in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="150"/>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="158"/>
        <source>This PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="161"/>
        <source>This PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="175"/>
        <source>No preview for this kind of file. Save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="181"/>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="182"/>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Save it only where you must, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="186"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="192"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="199"/>
        <source>Remove the document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="200"/>
        <source>The document will be removed from the vault. The history keeps its name, not its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/documents.py" line="206"/>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../ui/duplicates.py" line="40"/>
        <source>Probable duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="42"/>
        <source>Each row is two client records that are probably one person, most certain first. Merging keeps every spelling, case and event; where both records hold a different value, the kept one stays and the other goes into the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="48"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="49"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="50"/>
        <location filename="../../ui/duplicates.py" line="52"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="51"/>
        <source>Probably the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="53"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="64"/>
        <source>Merge, keep the &amp;left record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="66"/>
        <source>Merge, keep the &amp;right record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="68"/>
        <source>Open a &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="92"/>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="96"/>
        <source>Duplicates were not looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="102"/>
        <source>%1 probable duplicate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="103"/>
        <source>No probable duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="123"/>
        <source>Why (score %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="136"/>
        <source>Merge “%1” into “%2”? The cases %3 move to “%2”, which keeps every spelling of both. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="139"/>
        <source>Merge two client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/duplicates.py" line="144"/>
        <location filename="../../ui/duplicates.py" line="147"/>
        <source>The records were not merged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdtfEdit</name>
    <message>
        <location filename="../../ui/dates.py" line="78"/>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="78"/>
        <source>exact day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="78"/>
        <source>month only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="79"/>
        <source>year only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="79"/>
        <source>between two days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="80"/>
        <source>other (EDTF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="99"/>
        <source>approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="100"/>
        <source>uncertain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="181"/>
        <source>A date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dates.py" line="183"/>
        <source>Not a date: use e.g. 2021-12-31, 2021-12, 2021-12~ or 2022-01-28/2022-02-01.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="36"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="36"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="54"/>
        <source>HH:MM, local time at the place (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="58"/>
        <source>Court, authority or international body, e.g. Moscow Oblast Court, ECtHR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="62"/>
        <source>Where this is known from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="70"/>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="71"/>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="72"/>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="73"/>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="74"/>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="75"/>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="76"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="89"/>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffExportDialog</name>
    <message>
        <location filename="../../ui/handoff.py" line="115"/>
        <source>Hand cases over to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="129"/>
        <source>Where to save the encrypted package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="130"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="135"/>
        <source>The package holds these cases with their client, charges, events, deadlines, parties and documents, encrypted under a new passphrase of random words that is shown once, after the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="144"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="147"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="156"/>
        <source>Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="157"/>
        <source>Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="173"/>
        <source>Write it down or read it out now: it is shown only this once and stored nowhere. Pass it on by another channel than the file (a call, in person), never in the same message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="178"/>
        <source>I have passed it on — &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="200"/>
        <source>Save the hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="211"/>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="217"/>
        <source>Writing the hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="220"/>
        <source>Cancelled; no package was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="223"/>
        <source>A chosen case no longer exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handoff.py" line="229"/>
        <source>%n case(s) written to %1, encrypted. The colleague needs this passphrase to import them:</source>
        <translation>
            <numerusform>%n case written to %1, encrypted. The colleague needs this passphrase to import it:</numerusform>
            <numerusform>%n cases written to %1, encrypted. The colleague needs this passphrase to import them:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffImportDialog</name>
    <message>
        <location filename="../../ui/handoff.py" line="393"/>
        <source>Import a hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="401"/>
        <source>The package file you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="402"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="408"/>
        <source>The words you were told, with spaces or hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="409"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="438"/>
        <source>Conflicts: records you both have, with different content. Yours are kept unless you tick “Take theirs”. Double-click a row to see your case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="442"/>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="444"/>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="458"/>
        <source>These cases of theirs have a reference that a different case of yours already has. They are skipped, with their records, unless you give them a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="474"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="481"/>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="482"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="492"/>
        <source>Open a hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="509"/>
        <source>Choose the package and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="523"/>
        <source>Checking the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="528"/>
        <source>The package was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/handoff.py" line="538"/>
        <source>From %1, made %2: %n case(s) (%3).</source>
        <translation>
            <numerusform>From %1, made %2: %n case (%3).</numerusform>
            <numerusform>From %1, made %2: %n cases (%3).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="539"/>
        <source>an unnamed colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="541"/>
        <source>New records: %1. Already here and identical: %2. Conflicts: %3. References used by another case: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="546"/>
        <source>Everything in this package is already in your vault: importing changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="563"/>
        <source>Importing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="567"/>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="574"/>
        <source>%1 record(s) added, %2 replaced by theirs, %3 conflict(s) kept as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="577"/>
        <source>Skipped (reference used by another case): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="579"/>
        <source>Hand-off imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/history.py" line="80"/>
        <source>No history yet: save the case first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="298"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="299"/>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>&amp;Import cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="302"/>
        <source>&amp;Export cases (unencrypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304"/>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="305"/>
        <source>Find &amp;duplicate clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308"/>
        <source>&amp;Hand off cases to a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="310"/>
        <source>Import a hand-off &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320"/>
        <source>Move the case to the &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>&amp;Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="329"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336"/>
        <source>&amp;About Abarona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386"/>
        <source>Unsaved changes restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="387"/>
        <source>The vault locked itself while a case had unsaved changes. They were kept encrypted in the vault and are back in the editor: check and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="437"/>
        <source>Case files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="444"/>
        <source>Importing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="453"/>
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="454"/>
        <location filename="../../ui/main_window.py" line="459"/>
        <location filename="../../ui/main_window.py" line="461"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="455"/>
        <source>The file was not imported, because of these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="457"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="465"/>
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="470"/>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="471"/>
        <source>The export is a plain JSON file: anyone who gets it can read every case in it. Export only to a place you control, and delete the file when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="474"/>
        <source>Case files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="480"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="482"/>
        <source>Wrote %n case(s), unencrypted.</source>
        <translation>
            <numerusform>Wrote %n case, unencrypted.</numerusform>
            <numerusform>Wrote %n cases, unencrypted.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="509"/>
        <source>About Abarona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="510"/>
        <source>Abarona keeps case files for the defence of Belarusians in Russia, encrypted on this computer. It never connects to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="317"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualDeadlineDialog</name>
    <message>
        <location filename="../../ui/case_deadlines.py" line="87"/>
        <source>Add a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="89"/>
        <source>e.g. Submit the ECtHR request with the removal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="92"/>
        <source>(no trigger event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="99"/>
        <source>e.g. CPC art. 125</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="106"/>
        <source>What is due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="107"/>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="108"/>
        <source>Trigger event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="109"/>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="116"/>
        <source>Say what is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <location filename="../../ui/case_deadlines.py" line="138"/>
        <source>Override the computed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="139"/>
        <source>Computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="142"/>
        <source>e.g. The court set the term to 19 April in its ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="150"/>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="151"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="158"/>
        <source>Say why: the reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <location filename="../../ui/case_dialogs.py" line="112"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="112"/>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="122"/>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="122"/>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="123"/>
        <source>a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="123"/>
        <source>an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="127"/>
        <source>Phone, messenger, address (never in public reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="135"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="136"/>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="137"/>
        <source>Is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="138"/>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="139"/>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_dialogs.py" line="150"/>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people.py" line="100"/>
        <source>Find a client by any spelling of the name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="118"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="119"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="120"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="121"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="122"/>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="131"/>
        <source>Cases of the chosen client (Enter or double-click opens one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <location filename="../../ui/people.py" line="37"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="37"/>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="37"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/people.py" line="37"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../ui/screening.py" line="52"/>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="53"/>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="54"/>
        <source>patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="55"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="56"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="60"/>
        <source>Belarusian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="60"/>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="61"/>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="70"/>
        <source>%1 equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="72"/>
        <source>%1 equal apart from letter case and diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="74"/>
        <source>%1 equal after %2→Latin transliteration (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="77"/>
        <source>%1: one name across scripts, allowing for spelling and Belarusian/Russian variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="80"/>
        <source>%1: Belarusian and Russian forms of one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="82"/>
        <source>%1: spelling variants of one transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="85"/>
        <source>%1: Russian/Belarusian variants of one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="86"/>
        <source>%1: another spelling of the same given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="90"/>
        <source>%1: two letters swapped (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="92"/>
        <source>%1: one vowel differs (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="94"/>
        <source>%1: one consonant differs (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="95"/>
        <source>%1 differs by %2 letters (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="98"/>
        <source>%1 is part of a double name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="100"/>
        <source>%1: the initial agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="102"/>
        <source>different given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="104"/>
        <source>%1 differs (%2% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="107"/>
        <source>word order differs (surname first in one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="108"/>
        <source>only one word of the name can be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="109"/>
        <source>patronymic given in one name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="110"/>
        <source>patronymics differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="111"/>
        <source>one is a woman&apos;s form of the name, the other a man&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="112"/>
        <source>birth date equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="113"/>
        <source>birth year equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="114"/>
        <source>birth dates compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="119"/>
        <source>%1 word(s) of one name have no counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="122"/>
        <source>birth dates differ (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="123"/>
        <source>birth years one apart (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="124"/>
        <source>birth dates equal if day and month are swapped (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/report_dialog.py" line="76"/>
        <source>The period ends before it starts: swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="77"/>
        <source>A date of the period is not a date. Write it as 2021-12-31, 2021-12 or 2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="80"/>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="97"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="115"/>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="116"/>
        <source>Aggregate report over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="122"/>
        <source>Internal: everything, with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="123"/>
        <source>Public: names only as each person consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="124"/>
        <source>Include the case summary and event texts (names stay hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="131"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="133"/>
        <source>earliest, or e.g. 2023-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="135"/>
        <source>today, or e.g. 2023-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="145"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="146"/>
        <source>Arrests in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="147"/>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="149"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="150"/>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="153"/>
        <source>&amp;Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="155"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="157"/>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="159"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="223"/>
        <source>The options changed: update the preview to print or save this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="253"/>
        <location filename="../../ui/report_dialog.py" line="254"/>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="254"/>
        <location filename="../../ui/report_dialog.py" line="412"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="287"/>
        <source>%1 pages; the preview shows the first %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/report_dialog.py" line="290"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="301"/>
        <source>The report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="303"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="343"/>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="365"/>
        <source>A PDF file is NOT encrypted: anyone who gets the file can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="368"/>
        <source>This is the internal version: it contains personal data, contact details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="370"/>
        <source>Save an unencrypted PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="372"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="372"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="382"/>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="384"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="392"/>
        <source>Print the report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="393"/>
        <source>Printing hands the report to the printing system unencrypted (it may keep a copy in its queue). To keep a PDF, use Save as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="412"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="417"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/report_dialog.py" line="417"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <location filename="../../ui/screening.py" line="137"/>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="138"/>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="139"/>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="148"/>
        <source>The file is too large to be a list of wanted persons (over 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="149"/>
        <source>This is a folder, not a list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="150"/>
        <source>The file is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="151"/>
        <source>The file cannot be read (no permission, or a disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="152"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="153"/>
        <source>This is an old Excel (.xls) or a password-protected workbook. Open it in a spreadsheet program and save it as .xlsx or CSV, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="155"/>
        <source>This file looks like an Excel workbook but cannot be read (damaged, or not really .xlsx). Save it again as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="157"/>
        <source>The file has no column names in its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="158"/>
        <source>The file has column names but no entries below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="159"/>
        <source>The file&apos;s text encoding cannot be told. Save it as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="161"/>
        <source>This file is not a table: import a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="162"/>
        <source>The CSV file is malformed (an unclosed quotation mark?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="163"/>
        <source>None of the rows has a name in the chosen column(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="164"/>
        <source>The list has no column for the name. Choose the column (or the surname, name and patronymic columns) that holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="166"/>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="167"/>
        <source>Say who published the list (e.g. MVD RF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="168"/>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <location filename="../../ui/screening.py" line="314"/>
        <source>&amp;Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="316"/>
        <source>Screen &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="317"/>
        <source>Check the clients again (after new clients came in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="319"/>
        <source>Only those to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="322"/>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="332"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="332"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="333"/>
        <source>Entry on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="334"/>
        <location filename="../../ui/screening.py" line="405"/>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="335"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="336"/>
        <location filename="../../ui/screening.py" line="404"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="338"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="339"/>
        <location filename="../../ui/screening.py" line="406"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="340"/>
        <location filename="../../ui/screening.py" line="407"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="357"/>
        <source>&amp;Confirm: it is our client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="359"/>
        <source>&amp;Dismiss: another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="361"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="363"/>
        <source>Open the &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="387"/>
        <source>Check a name at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="390"/>
        <source>Name in any script and order, e.g. Кудин Алексей Николаевич</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="393"/>
        <source>Birth date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="395"/>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="453"/>
        <source>Newest list of every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="461"/>
        <source>Cannot show the wanted lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="477"/>
        <source>Cannot show the matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="481"/>
        <source>%1 match(es) to review, %2 of them new since the previous list; %3 confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="491"/>
        <source>No wanted list yet. Import one (CSV or Excel) to check every client against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="494"/>
        <source>No client matches this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="504"/>
        <source>%1: the first list of this source, %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="512"/>
        <source>%1, since the list of %2: %3 added, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="515"/>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="517"/>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="539"/>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="541"/>
        <source>listed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="544"/>
        <source>On the list (%1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="545"/>
        <source>Client: %1 (written “%2”), cases %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="546"/>
        <source>Client: %1, cases %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="548"/>
        <source>Why (score %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="561"/>
        <source>The decision was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="576"/>
        <source>Import a wanted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="577"/>
        <source>Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="583"/>
        <source>The list cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="591"/>
        <location filename="../../ui/screening.py" line="619"/>
        <source>Screening the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="598"/>
        <source>The list was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="604"/>
        <source>%1 entries imported. %2 match(es) with clients, %3 of them new since the previous list; %4 to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="608"/>
        <source>%1 row(s) without a name were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="610"/>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="611"/>
        <source>Wanted list imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="624"/>
        <source>The clients were not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="632"/>
        <source>Type a name to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="639"/>
        <source>The name was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="643"/>
        <source>(The birth date was not understood and was not compared.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="646"/>
        <source>%1 client(s) may be this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/screening.py" line="647"/>
        <source>No client has this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.py" line="13"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="15"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="21"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="23"/>
        <source>Remember recently opened vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="25"/>
        <source>Clear the list of recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="31"/>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.py" line="32"/>
        <source>Lock after no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <location filename="../../ui/unlock.py" line="32"/>
        <source>Abarona vaults (*.abarona);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="50"/>
        <source>Encrypted case files for the defence of Belarusians in Russia against extradition, expulsion and abduction. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="57"/>
        <source>Choose a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="59"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="67"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="69"/>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="80"/>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="81"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="83"/>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="85"/>
        <source>Open the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="87"/>
        <source>The demo vault holds made-up cases only; its passphrase is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="91"/>
        <source>No vault yet? Create one, or look around in the demo vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="94"/>
        <source>Remember recently opened vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="97"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="153"/>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="174"/>
        <source>Choose a vault file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="177"/>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="227"/>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="231"/>
        <source>Type a passphrase, or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline.py" line="436"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="437"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="438"/>
        <source>Fit to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="439"/>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="447"/>
        <source>● event   ◆ event with a time of day   ▭ approximate or interval date   ▬ custody   ⚑ deadline (red: overdue)   — drag to pan, wheel to zoom, 0 to fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="475"/>
        <source>Cannot show the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="493"/>
        <source>Export an unencrypted image?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="494"/>
        <source>The image is not encrypted: it shows the case&apos;s events and dates. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="498"/>
        <source>Export the timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="498"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="506"/>
        <source>The image was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/timeline.py" line="233"/>
        <source>No events to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/timeline.py" line="338"/>
        <source>Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <location filename="../../ui/trash.py" line="22"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="23"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="24"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="32"/>
        <source>&amp;Restore the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="34"/>
        <source>&amp;Empty the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="56"/>
        <source>Deleted cases stay here, restorable, until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="57"/>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="66"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="73"/>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trash.py" line="74"/>
        <source>%n case(s) will be deleted for good, with their events and documents. This cannot be undone.</source>
        <translation>
            <numerusform>%n case will be deleted for good, with its events and documents. This cannot be undone.</numerusform>
            <numerusform>%n cases will be deleted for good, with their events and documents. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="80"/>
        <source>Not emptied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Wanted lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="73"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="133"/>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201"/>
        <source>Hand off cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202"/>
        <source>Select the cases to hand off in the list first (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateTimeRow</name>
    <message>
        <location filename="../../ui/case_deadlines.py" line="65"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="69"/>
        <source>Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="41"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../ui/backups.py" line="37"/>
        <source>Abarona backups (*.abarona);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="45"/>
        <source>The backup is intact: every page passed the encryption check, SQLite&apos;s structure check passed, its content matches the digest stored in it, and its %1 tables hold the expected %2 rows. Made %3; schema version %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="51"/>
        <source>The passphrase does not open this backup. Check the keyboard layout and Caps Lock. (A file that is not a backup at all looks the same: encryption hides everything.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="55"/>
        <source>The backup is cut short (truncated): it was not copied to the end, or the drive was removed while it was written. Do not rely on it; make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="59"/>
        <source>The backup is damaged: its content no longer matches the digest stored in it when it was made (part of it was changed or replaced). Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="62"/>
        <source>The backup&apos;s first page is damaged, although the passphrase is right. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="64"/>
        <source>The backup is damaged: the integrity checks found problems. Do not rely on it; make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="67"/>
        <source>This backup was made by a newer version of Abarona. Update Abarona to restore it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="70"/>
        <source>There is no file at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="73"/>
        <source>This is an Abarona vault, not a backup: it carries no digest to check it against. Open it as a vault instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="76"/>
        <source>This is a hand-off package, not a backup: import it with “Import a hand-off package” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="79"/>
        <source>This is a backup, not a hand-off package: restore it on the Backups page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="82"/>
        <source>This file is too short to be a backup (it may be one cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="83"/>
        <source>This file is not an Abarona backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="84"/>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="91"/>
        <source>Nothing was done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="94"/>
        <source>The drive is full, does not take a file this large, or was removed while writing. Nothing was kept; free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="97"/>
        <source>A file with this name already exists. Abarona never overwrites a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="100"/>
        <source>This folder is not there. Is the drive connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="102"/>
        <source>Nothing can be written in this folder (a read-only drive, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="104"/>
        <source>The copy did not pass its check when it was read back, so it was not kept. Try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="107"/>
        <source>Type a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="109"/>
        <source>A new reference is empty or already used by another case. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="112"/>
        <source>Taking their version would give a case a reference that another case of yours has. Keep yours, or rename the other case first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="115"/>
        <source>The package changed since it was opened; open it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="118"/>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="120"/>
        <source>The settings were not saved: the folder must be a full path, and automatic backups need a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="124"/>
        <source>Something unexpected went wrong. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/backups.py" line="377"/>
        <source>Abarona vaults (*.abarona)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../ui/dashboard.py" line="47"/>
        <source>%1 MSK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <location filename="../../ui/handoff.py" line="42"/>
        <source>Abarona hand-off packages (*.abarona);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="47"/>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="48"/>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="49"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="50"/>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="51"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="52"/>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="53"/>
        <source>Party&apos;s role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="54"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="60"/>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="60"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="61"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="61"/>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="62"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="62"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="63"/>
        <source>lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="63"/>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="64"/>
        <source>detention facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="64"/>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="65"/>
        <source>arrest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="65"/>
        <source>arrest place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="66"/>
        <location filename="../../ui/handoff.py" line="74"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="66"/>
        <source>other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="67"/>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="67"/>
        <source>hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="68"/>
        <source>residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="68"/>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="69"/>
        <source>publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="69"/>
        <source>citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="70"/>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="70"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="71"/>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="71"/>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="72"/>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="72"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="73"/>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="73"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="74"/>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="75"/>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="75"/>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="76"/>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="76"/>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/handoff.py" line="77"/>
        <source>in the trash since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../ui/history.py" line="26"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="34"/>
        <source>event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="38"/>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="42"/>
        <source>party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="46"/>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="48"/>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="50"/>
        <source>%1 added by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="51"/>
        <source>%1 imported by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="52"/>
        <source>%1 changed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="53"/>
        <source>%1 removed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="54"/>
        <source>%1 moved to the trash by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="55"/>
        <source>%1 restored from the trash by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="56"/>
        <source>%1 deleted for good by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="57"/>
        <source>%1 changed by hand by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="58"/>
        <source>%1 merged by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="59"/>
        <source>%1: an unencrypted copy saved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="61"/>
        <source>%1: %3 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/history.py" line="67"/>
        <source>fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../ui/messages.py" line="16"/>
        <source>The vault&apos;s first page is damaged, although the passphrase is right. Nothing was changed. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="19"/>
        <source>The vault is damaged or cut short (truncated), for example by a copy that did not finish. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="23"/>
        <source>This file is empty: it is not a vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="24"/>
        <source>This is an unencrypted SQLite database, not an Abarona vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="25"/>
        <source>This is an encrypted database, but not an Abarona vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="26"/>
        <source>This file is too short to be an Abarona vault (it may be a vault cut short). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>This is a folder, not a vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="29"/>
        <source>This file is not an Abarona vault (or it is damaged beyond recognition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="32"/>
        <source>There is no vault file at this place. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="33"/>
        <source>A file with this name already exists. Choose another name: Abarona never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="35"/>
        <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="37"/>
        <source>The vault is damaged: part of it cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39"/>
        <source>This vault was written by a newer version of Abarona. Update Abarona to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="41"/>
        <source>This vault is already open in another Abarona window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="43"/>
        <source>The disk is full. The last change was not saved and the vault is intact; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="45"/>
        <source>The vault cannot be written here (read-only disk or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="50"/>
        <source>The vault reported an error. Nothing more was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="52"/>
        <source>The file could not be read or written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="53"/>
        <source>Something unexpected went wrong. Nothing more was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <location filename="../../ui/prompts.py" line="81"/>
        <source>Replace the file?</source>
        <extracomment>Tests set this to a function (kind, title, text) -&gt; answer, and no modal box is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/prompts.py" line="82"/>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="88"/>
        <source>Cancel</source>
        <extracomment>How many tasks are running, and what waits for them all to end (a lock, for one: the vault must not be closed under a worker that is writing to it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="102"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>widget</name>
    <message>
        <location filename="../../ui/case_deadlines.py" line="53"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="53"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="53"/>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/case_deadlines.py" line="54"/>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
