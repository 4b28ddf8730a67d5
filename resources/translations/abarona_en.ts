<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>CaseListPage</name>
        <message>
            <location filename="../../ui/case_list.py" line="165" />
            <source>Search: a name in any spelling, a reference, a place, words of the notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="174" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="174" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="174" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="175" />
            <source>Lawyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="175" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="175" />
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="208" />
            <source>Right-click to choose the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="256" />
            <source>All kinds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="256" />
            <source>Any status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="257" />
            <source>Any outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="257" />
            <source>Any lawyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="258" />
            <source>Any region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="258" />
            <source>Any article</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../ui/case_list.py" line="294" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n case</numerusform>
                <numerusform>%n cases</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="300" />
            <source>No case matches. Try another spelling or clear the filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="301" />
            <source>No cases yet. Create one with Ctrl+N, or import the organisation's cases (File → Import).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../ui/case_list.py" line="46" />
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="46" />
            <source>Client</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="46" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="47" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="47" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="47" />
            <source>Arrest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="48" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="48" />
            <source>Lawyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="48" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../ui/case_view.py" line="25" />
            <source>Choose a case in the list to see it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="33" />
            <source>Also written:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="36" />
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="37" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="38" />
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="39" />
            <source>Arrest</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="40" />
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="41" />
            <source>Detention facility</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="42" />
            <source>Lawyer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="42" />
            <source>(state-appointed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="43" />
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="44" />
            <source>Hometown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="45" />
            <source>Publicity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="51" />
            <source>Charges</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="56" />
            <source>part %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="59" />
            <source>Chronology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="59" />
            <source>No events recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="73" />
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../ui/unlock.py" line="240" />
            <source>New vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="243" />
            <source>Where to keep the vault file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="244" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="250" />
            <source>e.g. A. Ivanova — shown in the history of changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="256" />
            <source>&amp;Generate a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="261" />
            <source>Write this passphrase down and keep it apart from the laptop. Nobody can recover a vault whose passphrase is lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="269" />
            <source>Create</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="273" />
            <source>Vault file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="274" />
            <source>Your name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="275" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="276" />
            <source>Repeat it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="289" />
            <source>New vault file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="305" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="314" />
            <source>Weak passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="315" />
            <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="90" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../ui/unlock.py" line="32" />
            <source>Abarona vaults (*.abarona);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="50" />
            <source>Encrypted case files for the defence of Belarusians in Russia against extradition, expulsion and abduction. Works offline.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="57" />
            <source>Choose a vault file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="59" />
            <source>&amp;Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="67" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="69" />
            <source>&amp;Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="80" />
            <source>Vault file:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="81" />
            <source>Passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="83" />
            <source>&amp;New vault…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="85" />
            <source>Open the &amp;demo vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="87" />
            <source>The demo vault holds made-up cases only; its passphrase is “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="91" />
            <source>No vault yet? Create one, or look around in the demo vault first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="94" />
            <source>Remember recently opened vaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="97" />
            <source>Clear the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="153" />
            <source>Open a vault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="174" />
            <source>Choose a vault file first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="177" />
            <source>Type the vault's passphrase.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Very weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="231" />
            <source>Type a passphrase, or generate one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/main_window.py" line="31" />
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="62" />
            <source>Cannot show the case</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The vault's first page is damaged, although the passphrase is right. Nothing was changed. Restore the vault from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="19" />
            <source>The vault is damaged or cut short (truncated), for example by a copy that did not finish. Nothing was changed. Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="23" />
            <source>This file is empty: it is not a vault. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="24" />
            <source>This is an unencrypted SQLite database, not an Abarona vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>This is an encrypted database, but not an Abarona vault.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="26" />
            <source>This file is too short to be an Abarona vault (it may be a vault cut short). Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This is a folder, not a vault file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>This file is not an Abarona vault (or it is damaged beyond recognition).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="32" />
            <source>There is no vault file at this place. Choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>A file with this name already exists. Choose another name: Abarona never overwrites a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="37" />
            <source>The vault is damaged: part of it cannot be read. Nothing was changed. Restore it from a backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="39" />
            <source>This vault was written by a newer version of Abarona. Update Abarona to open it; the file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="41" />
            <source>This vault is already open in another Abarona window or program. Close it there first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>The disk is full. The last change was not saved and the vault is intact; free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="45" />
            <source>The vault cannot be written here (read-only disk or no permission).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="50" />
            <source>The vault reported an error. Nothing more was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="52" />
            <source>The file could not be read or written: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>Something unexpected went wrong. Nothing more was written.</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>