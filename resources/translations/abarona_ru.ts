<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CaseListPage</name>
        <message>
            <location filename="../../ui/case_list.py" line="165" />
            <source>Search: a name in any spelling, a reference, a place, words of the notes…</source>
            <translation>Поиск: имя в любом написании, номер дела, место, слова из заметок…</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="174" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="174" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="174" />
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="175" />
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="175" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="175" />
            <source>Article</source>
            <translation>Статья</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="208" />
            <source>Right-click to choose the columns</source>
            <translation>Правый щелчок — выбор столбцов</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="256" />
            <source>All kinds</source>
            <translation>Все виды</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="256" />
            <source>Any status</source>
            <translation>Любой статус</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="257" />
            <source>Any outcome</source>
            <translation>Любой исход</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="257" />
            <source>Any lawyer</source>
            <translation>Любой адвокат</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="258" />
            <source>Any region</source>
            <translation>Любой регион</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="258" />
            <source>Any article</source>
            <translation>Любая статья</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/case_list.py" line="294" />
            <source>%n case(s)</source>
            <translation>
                <numerusform>%n дело</numerusform>
                <numerusform>%n дела</numerusform>
                <numerusform>%n дел</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="300" />
            <source>No case matches. Try another spelling or clear the filters.</source>
            <translation>Ни одно дело не подходит. Попробуйте другое написание или сбросьте фильтры.</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="301" />
            <source>No cases yet. Create one with Ctrl+N, or import the organisation's cases (File → Import).</source>
            <translation>Дел пока нет. Создайте дело (Ctrl+N) или импортируйте дела организации (Файл → Импорт).</translation>
        </message>
    </context>
    <context>
        <name>CaseTableModel</name>
        <message>
            <location filename="../../ui/case_list.py" line="46" />
            <source>Reference</source>
            <translation>Номер</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="46" />
            <source>Client</source>
            <translation>Доверитель</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="46" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="47" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="47" />
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="47" />
            <source>Arrest</source>
            <translation>Задержание</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="48" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="48" />
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <location filename="../../ui/case_list.py" line="48" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <location filename="../../ui/case_view.py" line="25" />
            <source>Choose a case in the list to see it here.</source>
            <translation>Выберите дело в списке, чтобы увидеть его здесь.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="33" />
            <source>Also written:</source>
            <translation>Другие написания:</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="36" />
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="37" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="38" />
            <source>Outcome</source>
            <translation>Исход</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="39" />
            <source>Arrest</source>
            <translation>Задержание</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="40" />
            <source>Region</source>
            <translation>Регион</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="41" />
            <source>Detention facility</source>
            <translation>Место содержания</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="42" />
            <source>Lawyer</source>
            <translation>Адвокат</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="42" />
            <source>(state-appointed)</source>
            <translation>(по назначению)</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="43" />
            <source>Born</source>
            <translation>Дата рождения</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="44" />
            <source>Hometown</source>
            <translation>Родной город</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="45" />
            <source>Publicity</source>
            <translation>Публичность</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="51" />
            <source>Charges</source>
            <translation>Обвинения</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="56" />
            <source>part %1</source>
            <translation>ч. %1</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="59" />
            <source>Chronology</source>
            <translation>Хронология</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="59" />
            <source>No events recorded yet.</source>
            <translation>Событий пока нет.</translation>
        </message>
        <message>
            <location filename="../../ui/case_view.py" line="73" />
            <source>Summary</source>
            <translation>Краткое описание</translation>
        </message>
    </context>
    <context>
        <name>CreateVaultDialog</name>
        <message>
            <location filename="../../ui/unlock.py" line="240" />
            <source>New vault</source>
            <translation>Новое хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="243" />
            <source>Where to keep the vault file</source>
            <translation>Где хранить файл хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="244" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="250" />
            <source>e.g. A. Ivanova — shown in the history of changes</source>
            <translation>например, А. Иванова — видно в истории изменений</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="256" />
            <source>&amp;Generate a passphrase</source>
            <translation>&amp;Создать парольную фразу</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="261" />
            <source>Write this passphrase down and keep it apart from the laptop. Nobody can recover a vault whose passphrase is lost.</source>
            <translation>Запишите эту парольную фразу и храните отдельно от ноутбука. Хранилище с утерянной фразой не сможет открыть никто.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="269" />
            <source>Create</source>
            <translation>Создать</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="273" />
            <source>Vault file:</source>
            <translation>Файл хранилища:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="274" />
            <source>Your name:</source>
            <translation>Ваше имя:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="275" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="276" />
            <source>Repeat it:</source>
            <translation>Повторите её:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="289" />
            <source>New vault file</source>
            <translation>Новый файл хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="305" />
            <source>The two passphrases differ.</source>
            <translation>Фразы не совпадают.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="314" />
            <source>Weak passphrase</source>
            <translation>Слабая парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="315" />
            <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
            <translation>Эту фразу может подобрать тот, кто завладеет ноутбуком или резервной копией. Всё равно использовать её?</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="89" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="90" />
            <source>&amp;Lock</source>
            <translation>&amp;Заблокировать</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="93" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="96" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <location filename="../../ui/unlock.py" line="32" />
            <source>Abarona vaults (*.abarona);;All files (*)</source>
            <translation>Хранилища Abarona (*.abarona);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="50" />
            <source>Encrypted case files for the defence of Belarusians in Russia against extradition, expulsion and abduction. Works offline.</source>
            <translation>Зашифрованные материалы дел для защиты граждан Беларуси в России от экстрадиции, выдворения и похищения. Работает без интернета.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="57" />
            <source>Choose a vault file…</source>
            <translation>Выберите файл хранилища…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="59" />
            <source>&amp;Browse…</source>
            <translation>&amp;Обзор…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="67" />
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="69" />
            <source>&amp;Unlock</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="80" />
            <source>Vault file:</source>
            <translation>Файл хранилища:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="81" />
            <source>Passphrase:</source>
            <translation>Парольная фраза:</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="83" />
            <source>&amp;New vault…</source>
            <translation>&amp;Новое хранилище…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="85" />
            <source>Open the &amp;demo vault</source>
            <translation>&amp;Демо-хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="87" />
            <source>The demo vault holds made-up cases only; its passphrase is “%1”.</source>
            <translation>В демо-хранилище только вымышленные дела; его парольная фраза — «%1».</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="91" />
            <source>No vault yet? Create one, or look around in the demo vault first.</source>
            <translation>Хранилища ещё нет? Создайте его или сначала осмотритесь в демо-хранилище.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="94" />
            <source>Remember recently opened vaults</source>
            <translation>Запоминать недавно открытые хранилища</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="97" />
            <source>Clear the list</source>
            <translation>Очистить список</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="153" />
            <source>Open a vault</source>
            <translation>Открыть хранилище</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="174" />
            <source>Choose a vault file first.</source>
            <translation>Сначала выберите файл хранилища.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="177" />
            <source>Type the vault's passphrase.</source>
            <translation>Введите парольную фразу хранилища.</translation>
        </message>
    </context>
    <context>
        <name>StrengthMeter</name>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Very weak</source>
            <translation>Очень слабая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Weak</source>
            <translation>Слабая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Fair</source>
            <translation>Средняя</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Good</source>
            <translation>Хорошая</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="227" />
            <source>Strong</source>
            <translation>Надёжная</translation>
        </message>
        <message>
            <location filename="../../ui/unlock.py" line="231" />
            <source>Type a passphrase, or generate one.</source>
            <translation>Введите парольную фразу или создайте её.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/main_window.py" line="31" />
            <source>Cases</source>
            <translation>Дела</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="62" />
            <source>Cannot show the case</source>
            <translation>Не удаётся показать дело</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <location filename="../../ui/messages.py" line="16" />
            <source>The vault's first page is damaged, although the passphrase is right. Nothing was changed. Restore the vault from a backup.</source>
            <translation>Первая страница хранилища повреждена, хотя фраза верна. Ничего не изменено. Восстановите хранилище из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="19" />
            <source>The vault is damaged or cut short (truncated), for example by a copy that did not finish. Nothing was changed. Restore it from a backup.</source>
            <translation>Хранилище повреждено или обрезано — например, копирование не завершилось. Ничего не изменено. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="23" />
            <source>This file is empty: it is not a vault. Nothing was changed.</source>
            <translation>Файл пуст: это не хранилище. Ничего не изменено.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="24" />
            <source>This is an unencrypted SQLite database, not an Abarona vault.</source>
            <translation>Это незашифрованная база SQLite, а не хранилище Abarona.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="25" />
            <source>This is an encrypted database, but not an Abarona vault.</source>
            <translation>Это зашифрованная база данных, но не хранилище Abarona.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="26" />
            <source>This file is too short to be an Abarona vault (it may be a vault cut short). Restore it from a backup.</source>
            <translation>Файл слишком короткий для хранилища Abarona (возможно, хранилище обрезано). Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="28" />
            <source>This is a folder, not a vault file.</source>
            <translation>Это папка, а не файл хранилища.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="29" />
            <source>This file is not an Abarona vault (or it is damaged beyond recognition).</source>
            <translation>Это не хранилище Abarona (или оно повреждено до неузнаваемости).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="32" />
            <source>There is no vault file at this place. Choose another file.</source>
            <translation>Здесь нет файла хранилища. Выберите другой файл.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="33" />
            <source>A file with this name already exists. Choose another name: Abarona never overwrites a file.</source>
            <translation>Файл с таким именем уже существует. Выберите другое имя: Abarona никогда не перезаписывает файлы.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="35" />
            <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Эта парольная фраза не открывает хранилище. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="37" />
            <source>The vault is damaged: part of it cannot be read. Nothing was changed. Restore it from a backup.</source>
            <translation>Хранилище повреждено: часть его не читается. Ничего не изменено. Восстановите его из резервной копии.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="39" />
            <source>This vault was written by a newer version of Abarona. Update Abarona to open it; the file has not been changed.</source>
            <translation>Хранилище записано более новой версией Abarona. Обновите программу, чтобы открыть его; файл не изменён.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="41" />
            <source>This vault is already open in another Abarona window or program. Close it there first.</source>
            <translation>Хранилище уже открыто в другом окне Abarona или другой программе. Сначала закройте его там.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="43" />
            <source>The disk is full. The last change was not saved and the vault is intact; free some space and try again.</source>
            <translation>Диск заполнен. Последнее изменение не сохранено, хранилище цело; освободите место и повторите.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="45" />
            <source>The vault cannot be written here (read-only disk or no permission).</source>
            <translation>Сюда нельзя записать хранилище (диск только для чтения или нет прав).</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="50" />
            <source>The vault reported an error. Nothing more was written.</source>
            <translation>Хранилище сообщило об ошибке. Больше ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="52" />
            <source>The file could not be read or written: %1</source>
            <translation>Не удалось прочитать или записать файл: %1</translation>
        </message>
        <message>
            <location filename="../../ui/messages.py" line="53" />
            <source>Something unexpected went wrong. Nothing more was written.</source>
            <translation>Произошла непредвиденная ошибка. Больше ничего не записано.</translation>
        </message>
    </context>
</TS>