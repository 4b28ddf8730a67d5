<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Use it for automatic backups until the vault is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up, verify, restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on a USB drive, for example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ver&amp;ify a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the vault&apos;s own passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed only when it is not the vault&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left empty, a backup opens with the vault&apos;s passphrase and nothing is retyped (automatic backups too). Another passphrase is not stored: without it that backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the vault is closed, if anything changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once a day while the folder is there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when the last backup is older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified when made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No verified backup of this vault yet. Back it up to a USB drive now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last verified backup: %1, %2 (%3 MB), in %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>It is older than %n day(s).</source>
        <translation>
            <numerusform>It is older than %n day.</numerusform>
            <numerusform>It is older than %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. This is not the vault&apos;s passphrase, and a backup under a passphrase of its own opens only with it: type the same passphrase in both fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. A backup under a passphrase of its own opens only with that passphrase, so type it again under “Repeat it”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup will open only with the passphrase you typed, not with the vault&apos;s passphrase. Without it the backup cannot be restored. Back up under it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the backup passphrase first: the vault&apos;s, or another one for this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was left in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens only with its own passphrase, not with the vault&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With nothing typed, only a backup made under the vault&apos;s own key opens, and this one was not (it was made under another passphrase, or with a passphrase typed): type its passphrase in “Backup passphrase” and verify it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore into a new vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The restore was cancelled; no file was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into a new vault: %1. Lock this vault and open that file with the backup&apos;s passphrase to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was checked and restored into a new vault at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>Which tab holds the fields of a problem&apos;s path.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save a summary of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists (it was deleted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>What the last save changed (desktop.cases.service.OpChanges): the window refreshes only the views it concerns.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case goes to the trash, from where it can be restored until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client with this name is already in the vault: %1. Use that client instead of creating a duplicate?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search: a name in any spelling, a reference, a place, words of the notes…</source>
        <extracomment>The &quot;due&quot; filter&apos;s choices: days ahead (0: overdue only), counted as the dashboard does.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due ≤ 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due ≤ 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My cases (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches. Try another spelling or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Create one with Ctrl+N, or import the organisation&apos;s cases (File → Import).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseRapidPanel</name>
    <message>
        <source>Check&amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft &amp;urgent request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filings to courts and international bodies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AT RISK OF REMOVAL NOW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No removal-risk window is open for this client now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>The organisation&apos;s reference, e.g. BY-2026-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the proceedings are, e.g. Kaliningrad Oblast: deadlines count in its local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity of the equivalent offence under the Russian Criminal Code, art. 15: it sets the absolute custody limit (6, 12 or 18 months).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known (the earliest limit is shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small gravity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium gravity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>especially grave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the defence is state-appointed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watch for silence, alarm after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise an alarm on the dashboard when nobody has heard from the client (no “contact” event) for longer than this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. interim-measures-ignored, re-arrested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free notes (internal: never in public reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravity (RU CC art. 15):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention facility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible lawyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The “Arrest” event says %1, but the arrest date here is %2. Correct the one that is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>Logical order (saved column states depend on it: new columns go at the end); the list shows them in ``SHOWN`` order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day of the case&apos;s soonest open deadline or custody term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detention facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(state-appointed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEREABOUTS UNKNOWN since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In custody since %1: day %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The custody term ran out on %1 (%2): record the extension, or the release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in custody: held from %1 to %2 (%3 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in custody: held from %1; the day it ended is not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removal barred now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At risk of removal now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page of the vault is encrypted again under the new passphrase. Backups and hand-off packages made before keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChargesTab</name>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find an article by number or words of its title (English or Russian), then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the catalogue of articles. Add it as written? Check the number against the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No single article matches “%1”. Type its number, or the code and the number as in “УК РБ ст. 363 ч. 2” or “BY CC 363”, and choose it in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already listed on this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when it is done. Who and when are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tick was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientTab</name>
    <message>
        <source>The name as you use it, in any script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One spelling a line, optionally with its language after a bar: Аляксей Кудзін | be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the client lives in Russia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, messenger, relatives to call (never in public reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other spellings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence in Russia:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In public reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the client:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollisionModel</name>
    <message>
        <source>Their case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as (empty: skip)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Import a wanted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows. Check which column holds what; columns left at “—” are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. MVD RF, KGB BY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2025-04-09 or 2025-04</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import and screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (surname, name, patronymic):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date listed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or the surname, name and patronymic columns).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who published the list (e.g. MVD RF): versions are compared per source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextTab</name>
    <message>
        <source>When the organisation learned of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a call from his mother; the news; a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link to a group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups of linked cases (the link is shown on every case of the group)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>New vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. A. Ivanova — shown in the history of changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it apart from the laptop. Nobody can recover a vault whose passphrase is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute all deadlines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute every deadline again from the events and the rules (after the rules were changed). Statuses and overrides are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk windows, bars to removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release-day watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody term ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trigger changed since this override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted by a later event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(unverified rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trigger date approximate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIOLATED: a removal step was recorded during this bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>term passed %n day(s) ago</source>
        <translation>
            <numerusform>term passed %n day ago</numerusform>
            <numerusform>term passed %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>re-arrest risk on release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact lost %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>No verified backup yet: make one now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last verified backup: %1 (%n day ago)</numerusform>
            <numerusform>Last verified backup: %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wanted lists: %n match(es) to review</source>
        <translation>
            <numerusform>Wanted lists: %n match to review</numerusform>
            <numerusform>Wanted lists: %n matches to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n new)</numerusform>
            <numerusform>(%n new)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wanted lists: nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted lists: none imported yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as of %1 (Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the %1 most pressing of %2. The command abarona-cli deadlines lists them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention: no open deadline, nobody in custody, no silence alarm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines were not recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 moved, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineError</name>
    <message>
        <source>This deadline no longer exists (its trigger event may have been removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manual deadline needs a title: what is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger event is not an event of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This status is not one a deadline can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the computed date is replaced: the reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blocking condition has no date to override.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a computed term in days can take the notice&apos;s number of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the number of days the notice states (1 to %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That many days run past the calendar this program counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This deadline has no date of yours to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computed deadline follows its event; set its status to waived instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Override date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days in the &amp;notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice gives its own number of days (e.g. 5 to leave instead of 15): count the term with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep my date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger event changed after you set this date: keep your date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed dates help; they are not legal advice. Check the rule and the law in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIOLATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the trigger date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(unverified rule)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(date set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(trigger changed since this override)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed date replaced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIOLATED: a removal step was recorded while this bar was in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger event changed since this date was set by hand: check it, then keep it or use the computed date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger&apos;s date is approximate: counted from its earliest day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time of the place of proceedings (%1); Moscow time beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date was not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this deadline entered by hand? The history keeps a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetentionDialog</name>
    <message>
        <source>Place of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whereabouts unknown (raises the silence alarm at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date from which the client is held there is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the place, or tick “whereabouts unknown”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEREABOUTS UNKNOWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a p&amp;lace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The document is damaged: its content does not match its digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are stored inside the encrypted vault. Save the case first to attach documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents are stored inside the encrypted vault; nothing is written elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents yet: attach court decisions, photos, letters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to keep in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is too large to preview. Save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to open it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Save it only where you must, and delete it when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the document?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document will be removed from the vault. The history keeps its name, not its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft an urgent request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts the case lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is a Word file written UNENCRYPTED where you choose: edit it, send it, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent requests are drafted in English or Russian, the languages the bodies accept: the UN committees and the ECtHR do not work in Belarusian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The European Court of Human Rights can take only facts up to 16 September 2022: Russia ceased to be a party to the European Convention on Human Rights that day, and every fact of this case is later. Send the request to the UN Human Rights Committee instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The case lacks %n fact(s) this body asks for; the draft marks each as a gap to fill in:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The case has every fact this body asks for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists: it may have been deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the draft (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft was saved (not encrypted). Open it in your word processor, complete the gaps and send it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftError</name>
    <message>
        <source>Unknown body: choose one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts are written in Russian or English: choose one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template cannot be read. Check the file, or use the built-in template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template is not a Word (.docx) file Abarona can fill: it may be damaged, or saved in another format. Save it again from Word as .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template has an error in its fields. Correct the template, or use the built-in one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row is two client records that are probably one person, most certain first. Merging keeps every spelling, case and event; where both records hold a different value, the kept one stays and the other goes into the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge, keep the &amp;left record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge, keep the &amp;right record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the clients&apos; names and birth dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search was cancelled; nothing was changed. To search again, close this window and choose Find duplicate clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates were not looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 probable duplicate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (score %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? The cases %3 move to “%2”, which keeps every spelling of both. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge two client records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records were not merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person cannot be merged with itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the two persons no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EdtfEdit</name>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. %1, 2021-12, 2021~, 2025-09-01/2025-09-10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day (%1 or 2021-12-31), a month (2021-12), a year (2021); add ~ for approximate, ? for uncertain; two dates with / or – for “between”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a day in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has a time of day: enter the date here and the time in the time field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the date with the digits 0-9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date I understand: type e.g. %2, 2021-12, 2021~ or 2025-09-01/2025-09-10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM, local time at the place (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approximate (“about 17:00”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court, authority or international body, e.g. Moscow Oblast Court, ECtHR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this is known from (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An approximate time needs a time: type it, e.g. 17:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place / body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add an event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event is removed when you save the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2022-04-05 21:30 (Moscow time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filed at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;cknowledged at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ans&amp;wered at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The a&amp;nswer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ECtHR Rule 39 request expects an answer in one working day unless you set another time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingError</name>
    <message>
        <source>The filing time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected answer time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected answer time is before the filing itself; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The acknowledgement time is before the filing itself; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer time is before the filing itself; check the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time is outside the years %1 to %2: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filing, acknowledgement or answer time is in the future: record it once it has happened (a time without an offset is Moscow time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say to whom it was filed (a court, a prosecutor or an international body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of filing: choose one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown way of sending: choose one in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilingsPanel</name>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add filing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record ans&amp;wer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE: expected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filing was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Link to a group of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing group, or the name of a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Abarona.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffExportDialog</name>
    <message>
        <source>Hand cases over to a colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the encrypted package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package holds these cases with their client, charges, events, deadlines, parties and documents, encrypted under a new passphrase of random words that is shown once, after the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down or read it out now: it is shown only this once and stored nowhere. Pass it on by another channel than the file (a call, in person), never in the same message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have passed it on — &amp;close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen case no longer exists; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
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
        <source>Import a hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package file you received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words you were told, with spaces or hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts: records you both have, with different content. Yours are kept unless you tick “Take theirs”. Double-click a row to see your case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cases of theirs have a reference that a different case of yours already has. They are skipped, with their records, unless you give them a new reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a hand-off package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the package and type its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2: %n case(s) (%3).</source>
        <translation>
            <numerusform>From %1, made %2: %n case (%3).</numerusform>
            <numerusform>From %1, made %2: %n cases (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed colleague</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New records: %1. Already here and identical: %2. Conflicts: %3. References used by another case: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in this package is already in your vault: importing changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 record(s) added, %2 replaced by theirs, %3 conflict(s) kept as yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (reference used by another case): %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand-off imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No history yet: save the case first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export cases (unencrypted)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;duplicate clients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand off cases to a colleague…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a hand-off &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;ange passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the case to the &amp;trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next tab of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous tab of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Abarona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locked itself while a case had unsaved changes. They were kept encrypted in the vault and are back in the editor: check and save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the vault is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was changed outside Abarona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last changes are not in the vault file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… and %n more problem.</numerusform>
            <numerusform>… and %n more problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not imported, because of these problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These articles are not in the catalogue; they were imported as written. Check the numbers against the code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Imported %n case.</numerusform>
            <numerusform>Imported %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard will say so until a backup is made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is a plain JSON file: anyone who gets it can read every case in it. Export only to a place you control, and delete the file when done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n case(s), unencrypted.</source>
        <translation>
            <numerusform>Wrote %n case, unencrypted.</numerusform>
            <numerusform>Wrote %n cases, unencrypted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault now opens only with the new passphrase. Backups made before still open with the old one: make a new backup now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact: %1 pages checked (encryption and structure).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: %1 problem(s) found. Stop working in it: restore the newest backup into a new vault file (Backups page) and keep this file for an expert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Abarona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abarona keeps case files for the defence of Belarusians in Russia, encrypted on this computer. It never connects to the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualDeadlineDialog</name>
    <message>
        <source>Add a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Submit the ECtHR request with the removal date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no trigger event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CPC art. 125</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what is due.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeDaysDialog</name>
    <message>
        <source>Days the notice gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The notice of 3 March gives 5 days to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 24:00 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 24:00 Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the computed date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. The court set the term to 19 April in its ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a part&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone, messenger, address (never in public reports)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT safe to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to reach them safely, e.g. Signal only, evenings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client&apos;s consent to contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent given or refused on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications (never in public reports):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1: the date must be like 2021-12-28, 2021-12 or 2021-12-28~.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification %1: the time must be HH:MM, e.g. 19:00.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find a client by any spelling of the name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases of the chosen client (Enter or double-click opens one):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equal apart from letter case and diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equal after %2→Latin transliteration (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one name across scripts, allowing for spelling and Belarusian/Russian variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Belarusian and Russian forms of one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: spelling variants of one transliteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Russian/Belarusian variants of one name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another spelling of the same given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two letters swapped (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one vowel differs (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one consonant differs (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs by %2 letters (possible typo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is part of a double name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the initial agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>different given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differs (%2% alike)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>word order differs (surname first in one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one word of the name can be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patronymic given in one name only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patronymics differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one is a woman&apos;s form of the name, the other a man&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth year equal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth dates compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 word(s) of one name have no counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth dates differ (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth years one apart (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth dates equal if day and month are swapped (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The period ends before it starts: swap the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A date of the period is not a date. Write it as 2021-12-31, 2021-12 or 2021.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aggregate report over a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal: everything, with personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: names only as each person consented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the case summary and event texts (names stay hidden)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>earliest, or e.g. 2023-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today, or e.g. 2023-03-31</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrests in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The options changed: update the preview to print or save this report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages; the preview shows the first %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF file is NOT encrypted: anyone who gets the file can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the internal version: it contains personal data, contact details and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing hands the report to the printing system unencrypted (it may keep a copy in its queue). To keep a PDF, use Save as PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskBand</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients at risk of removal now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check&amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft &amp;urgent request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assess the risk of removal</source>
        <extracomment>Asked again each minute while the dashboard is on screen: a window opens or closes by the clock alone (a removal recorded for tonight begins, a release-day watch ends), and the lawyer may leave the dashboard open. Shown again only when the answer changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At risk of removal now: %n client(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer in time to %n filing(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a list of wanted persons (over 64 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a list file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (no permission, or a disk error).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) or a password-protected workbook. Open it in a spreadsheet program and save it as .xlsx or CSV, without a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks like an Excel workbook but cannot be read (damaged, or not really .xlsx). Save it again as .xlsx or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column names in its first row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no entries below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s text encoding cannot be told. Save it as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a table: import a CSV file or an Excel workbook (.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is malformed (an unclosed quotation mark?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the rows has a name in the chosen column(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list has no column for the name. Choose the column (or the surname, name and patronymic columns) that holds the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who published the list (e.g. MVD RF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen column is not in this list. Choose the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column is mapped to a field this program does not know. Choose the columns again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The similarity threshold must be between 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>&amp;Import a list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the clients again (after new clients came in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only those to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry on the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm: it is our client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss: another person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a name at intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name in any script and order, e.g. Кудин Алексей Николаевич</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ope&amp;n the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest list of every source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the wanted lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 match(es) to review, %2 of them new since the previous list; %3 confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wanted list yet. Import one (CSV or Excel) to check every client against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client matches this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the first list of this source, %2 entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since the list of %2: %3 added, %4 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list (%1 %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1 (written “%2”), cases %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client: %1, cases %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (score %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This match no longer exists (the list was deleted or screened again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a wanted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screening the clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries imported. %2 match(es) with clients, %3 of them new since the previous list; %4 to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) without a name were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date could not be read in row(s) %1; those entries are screened by name alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted list imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clients were not screened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name was not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The birth date was not understood and was not compared.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client(s) may be this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client has this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list of recent vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text copied from Abarona is removed from the clipboard after this time, and always when the vault is locked or Abarona closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discreet: keep no list of vaults or folders, show a neutral title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent vaults, no folder remembered by the file dialogs, no vault name in the window title, and the demo vault deleted when locked. The user guide lists what traces remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after no activity for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied text after:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Open tab 1 to 10 of the case</source>
        <extracomment>Keys that work without a menu item, shown with the menu shortcuts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down or Enter in a search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter on a case in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous field; leaves a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows in a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move inside the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← → in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next event or deadline, described in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy an error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Abarona vaults (*.abarona);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted case files for the defence of Belarusians in Russia against extradition, expulsion and abduction. Works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault holds made-up cases only; its passphrase is “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault yet? Create one, or look around in the demo vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a vault file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase, or generate one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamConflictModel</name>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or join a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder that a file sync (Syncthing...) or a USB stick carries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Laptop-Minsk (default: the computer&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To join: the team passphrase you were told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join a team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes made on two devices to the same record. Yours are kept unless you tick “Take theirs”; the decision reaches the team at the next sync. Double-click a row to see the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case deleted on one device and changed on another is kept or deleted whole, with all its records: the decision on the case&apos;s own row decides them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply these decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journals waiting or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is in no team. A coordinator creates a team in a shared folder; each lawyer&apos;s device then joins it with the team passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enter a new team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team folder: %1
This device: %2. Last sync: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (this device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n journal(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Team: new changes wait until the open case is saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save or discard the changes to the open case first: the sync may bring changes to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team is created. Its passphrase is shown only now and stored nowhere. Give it to each lawyer of the team in person or by a call, never through the folder:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1? Its journals will be refused from now on, by every device that syncs. Give the team a new passphrase afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the team a new passphrase? Every other device must then enter it (Join a team). A revoked device, which does not get it, cannot read anything written from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new team passphrase, shown only now:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● event   ◆ event with a time of day   ▭ approximate or interval date   ▬ custody   ⚑ deadline (large with “!”: overdue; hollow: closed)   ▒ bar to removal (red: violated)   — ← → go from item to item, Enter opens an event, Shift+← → pans, + − zoom, 0 fits; or drag and wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export an unencrypted image?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not encrypted: it shows the case&apos;s events and dates. Keep it safe and delete it when it is no longer needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Overdue deadline: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events to draw yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Em&amp;pty the trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted cases stay here, restorable, until you empty the trash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be deleted for good, with their events and documents. This cannot be undone.</source>
        <translation>
            <numerusform>%n case will be deleted for good, with its events and documents. This cannot be undone.</numerusform>
            <numerusform>%n cases will be deleted for good, with their events and documents. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not emptied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wanted lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand off cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cases to hand off in the list first (Ctrl or Shift for several).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_DateTimeRow</name>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moscow time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Abarona backups (*.abarona);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is intact: every page passed the encryption check, its structure is sound, its content matches the fingerprint stored in it, and it holds all %1 records it should. Made %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Check the keyboard layout and Caps Lock. (A file that is not a backup at all looks the same: encryption hides everything.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is cut short (truncated): it was not copied to the end, or the drive was removed while it was written. Do not rely on it; make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: its content no longer matches the digest stored in it when it was made (part of it was changed or replaced). Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s first page is damaged, although the passphrase is right. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is damaged: the integrity checks found problems. Do not rely on it; make a new backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Abarona. Update Abarona to restore it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an Abarona vault, not a backup: it carries no digest to check it against. Open it as a vault instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a hand-off package, not a backup: import it with “Import a hand-off package” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a backup, not a hand-off package: restore it on the Backups page instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too short to be a backup (it may be one cut short).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Abarona backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is full, does not take a file this large, or was removed while writing. Nothing was kept; free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Abarona never overwrites a file: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not there. Is the drive connected?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be written in this folder (a read-only drive, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass its check when it was read back, so it was not kept. Try another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new reference is empty or already used by another case. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking their version would give a case a reference that another case of yours has. Keep yours, or rename the other case first. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package changed since it was opened; open it again. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: the folder must be a full path, and automatic backups need a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic backup due when the vault closed (%1) was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily automatic backup (%1) was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its folder was not there (%1): connect the drive, then use Back up now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing could be written in its folder (a read-only drive, or no permission): choose another folder on the Backups page, then use Back up now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is full: free some space or use another drive, then use Back up now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive failed or was removed while the backup was written: connect it again, then use Back up now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not pass its check when read back: use Back up now (Ctrl+B) onto another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault itself is damaged: keep your existing backups and run File → Check vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was cancelled: use Back up now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locked itself (after a time without activity, or with the computer) before it could be made: use Back up now (Ctrl+B).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: use Back up now (Ctrl+B); if it fails again, run File → Check vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The daily automatic backup is due, but its folder is not there (%1): connect the drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abarona vaults (*.abarona)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>trigger date unknown: enter it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MSK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, 24:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 = %3 MSK</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>spring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uncertain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>Abarona hand-off packages (*.abarona);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party&apos;s role in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notification to a relative or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group of cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case in a group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist step ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detention facility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other spellings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hometown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>residence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the trash since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted (when, by whom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer expected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative or contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date (earliest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whereabouts unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since (earliest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until (earliest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until (latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filed (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer expected by (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how to contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>a deadline</source>
        <extracomment>Records other than events, charges, parties and documents, by the audit&apos;s entity name.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the urgent checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a place of detention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notification of relatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group of linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an urgent request draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wanted-list match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a wanted list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>party %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 imported by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved to the trash by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored from the trash by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted for good by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed by hand by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 merged by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an unencrypted copy saved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deadlines counted again by the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received from the team (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a team conflict decided by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: sharing with the team changed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checked against a wanted list by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put in a hand-off package by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received in a hand-off package by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a step ticked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a step unticked by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a report printed or saved by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the change by hand undone by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>This vault is on a network drive. The vault&apos;s write-ahead log does not work over a network: another computer can damage it or miss changes. Keep the vault on this computer&apos;s own disk, and make backups to the network drive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is in a folder that %1 keeps in sync. A sync client copies the vault while it is open, without its -wal file, so the copy misses recent changes, and copies from two computers can overwrite each other. Keep the vault in a folder that is not synced, and make backups instead (they are encrypted and checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was changed outside Abarona since it was last closed: its content does not match the seal stored when it was closed (for example, pages replaced with older ones). Cases or events may have gone back to an older state. Compare it with your newest backup, and restore if anything is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s first page is damaged, although the passphrase is right. Nothing was changed. Restore the vault from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged or cut short (truncated), for example by a copy that did not finish. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty: it is not a vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an unencrypted database file made by another program, not an Abarona vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an encrypted database, but not an Abarona vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too short to be an Abarona vault (it may be a vault cut short). Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a vault file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an Abarona vault (or it is damaged beyond recognition).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is full: no vault was created, and nothing was left in the folder. Free some space on that drive, or choose another folder, then create the vault again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault was created: this folder cannot be written (a read-only drive, or no permission), and nothing was left in it. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault file at this place. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name: Abarona never overwrites a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is damaged: part of it cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Abarona. Update Abarona to open it; the file has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already open in another Abarona window or program. Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved and the vault is intact; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault cannot be written here (read-only disk or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault was locked, but its last changes could not be merged into the vault file (the disk may be full): they are safe only in the file ending in -wal beside it. Keep the two files together: do not copy, move or delete the vault file alone. Free some space, then open the vault and lock it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault reported an error. Nothing more was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive is full (or does not take a file this large). Nothing was saved; free some space or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be written in this folder (a read-only drive, or no permission). Nothing was saved; choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or folder is not there (moved, renamed, or on a drive that was removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is too long for this drive: choose a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read or written (a disk or drive error). Try again, or choose another drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing more was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>%1: this is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relative or contact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist tick %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>citizenship %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arrest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how the case became known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours of silence before an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is approximate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gravity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a date. Write a day as 2021-12-31, a month as 2021-12 or a year as 2021; add ~ when it is approximate (2021-12~) or ? when it is uncertain (2021?); a period is two dates joined by / (2022-01-28/2022-02-01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a time of day (use HH:MM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another case already has this reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this charge is listed twice; remove one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text is too long or contains invalid characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a language is written as two letters, e.g. ru, be, en, pl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a country is written as two capital letters, e.g. BY, RU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an identifier as Abarona writes them; leave it out for a new case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a value of the wrong kind (text, a number, true or false, or a list) is in the file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this is not part of an Abarona case file (the file may come from another program or a newer version).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: given twice in this case; keep one and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two cases of the file have the same identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this case is already in the vault; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the end is before the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this checklist step is ticked twice in this case; keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a date and time with its zone: write it as 2022-04-05T14:30:00Z (UTC) or 2022-04-05T17:30:00+03:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this filing cannot be recorded as given: check its kind, to whom it was filed, the way of sending, and its times (2022-04-05T21:30+03:00; none before the filing itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a readable case file: it is damaged or cut short, or it is not an Abarona export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a text file in UTF-8: save it as UTF-8 (in most editors: Save as, encoding UTF-8) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there are no cases in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an Abarona case file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was written by another version of Abarona that this one cannot read: update Abarona.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the values a case file can give here: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give one of the values a case file can give here: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: one line of at most %2 characters, with no line break or other control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this value cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Replace the file?</source>
        <extracomment>Tests set this to a function (kind, title, text) -&gt; answer, and no modal box is shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rapid</name>
    <message>
        <source>transfer date set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forced expulsion ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extradition decision final, no appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released: re-arrest at the gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact lost, whereabouts unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removal step while removal was barred</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>How many tasks are running, and what waits for them all to end (a lock, for one: the vault must not be closed under a worker that is writing to it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>This vault is in no team: create a team or join one first. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team folder is not there. Plug in the drive or start the file sync, or choose another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no team. Check the folder, or wait until the file sync has brought the team&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a team: join it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team passphrase does not open this team. Check it word by word (the newest one, if it was changed). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already in another team. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is already in a team. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device cannot revoke itself: revoke it from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their version cannot be taken: it breaks a rule of this vault (for example, a reference another case has). Keep yours, or change yours first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drive of the team folder is full. Nothing was written to the team folder, and your vault keeps its changes. Free some space there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another copy of this vault has synced as this device (a copy of the vault file used on another computer, or an older backup restored). Nothing was sent or applied. Keep working in one copy only; let the other one leave and join the team again as a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for journal %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal %1 from %2 is under a new team passphrase: enter it on the Team page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that device was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is damaged or was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer version of Abarona: update Abarona here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by an older version of Abarona: update Abarona there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not fit this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal %1 from %2 was refused (%3); nothing of it was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
