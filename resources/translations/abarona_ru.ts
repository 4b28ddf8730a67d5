<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Use it for automatic backups until the vault is locked</source>
        <translation>Использовать её для автоматических копий, пока хранилище не заблокировано</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Соз&amp;дать копию…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Восс&amp;тановить копию…</translation>
    </message>
    <message>
        <source>Back up, verify, restore</source>
        <translation>Копирование, проверка, восстановление</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Парольная фраза копии:</translation>
    </message>
    <message>
        <source>A folder on a USB drive, for example</source>
        <translation>Например, папка на флешке</translation>
    </message>
    <message>
        <source>Ver&amp;ify a backup…</source>
        <translation>Провер&amp;ить копию…</translation>
    </message>
    <message>
        <source>Empty: the vault&apos;s own passphrase</source>
        <translation>Пусто: парольная фраза самого хранилища</translation>
    </message>
    <message>
        <source>Needed only when it is not the vault&apos;s passphrase</source>
        <translation>Нужно, только если это не пароль хранилища</translation>
    </message>
    <message>
        <source>Show the &amp;passphrase</source>
        <translation>Пока&amp;зать пароль</translation>
    </message>
    <message>
        <source>Left empty, a backup opens with the vault&apos;s passphrase and nothing is retyped (automatic backups too). Another passphrase is not stored: without it that backup cannot be restored.</source>
        <translation>Если поле пустое, копия открывается парольной фразой хранилища и ничего не нужно вводить снова (автоматические копии тоже). Другая парольная фраза не хранится: без неё такую копию восстановить нельзя.</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>When the vault is closed, if anything changed</source>
        <translation>При закрытии хранилища, если что-то изменилось</translation>
    </message>
    <message>
        <source>Once a day while the folder is there</source>
        <translation>Раз в день, когда папка доступна</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>Сохранить &amp;настройки</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Когда создавать:</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Хранить последние:</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than:</source>
        <translation>Предупреждать, если последняя копия старше:</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>автоматически</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>вручную</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>собственный</translation>
    </message>
    <message>
        <source>the vault&apos;s</source>
        <translation>пароль хранилища</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <source>verified when made</source>
        <translation>проверена при создании</translation>
    </message>
    <message>
        <source>Backups made</source>
        <translation>Сделанные копии</translation>
    </message>
    <message>
        <source>No verified backup of this vault yet. Back it up to a USB drive now.</source>
        <translation>Проверенной резервной копии этого хранилища ещё нет. Сделайте копию на флешку сейчас.</translation>
    </message>
    <message>
        <source>Last verified backup: %1, %2 (%3 MB), in %4.</source>
        <translation>Последняя проверенная резервная копия: %1, %2 (%3 МБ), папка %4.</translation>
    </message>
    <message numerus="yes">
        <source>It is older than %n day(s).</source>
        <translation>
            <numerusform>Она старше %n дня.</numerusform>
            <numerusform>Она старше %n дней.</numerusform>
            <numerusform>Она старше %n дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has changed since.</source>
        <translation>С тех пор хранилище изменилось.</translation>
    </message>
    <message>
        <source>The two passphrases differ. This is not the vault&apos;s passphrase, and a backup under a passphrase of its own opens only with it: type the same passphrase in both fields.</source>
        <translation>Пароли в двух полях различаются. Это не пароль хранилища, а резервная копия с собственным паролем открывается только им: введите один и тот же пароль в оба поля.</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. A backup under a passphrase of its own opens only with that passphrase, so type it again under “Repeat it”.</source>
        <translation>Это не пароль хранилища. Резервная копия с собственным паролем открывается только этим паролем, поэтому введите его ещё раз в поле «Повторите».</translation>
    </message>
    <message>
        <source>A passphrase of its own</source>
        <translation>Собственный пароль копии</translation>
    </message>
    <message>
        <source>This backup will open only with the passphrase you typed, not with the vault&apos;s passphrase. Without it the backup cannot be restored. Back up under it?</source>
        <translation>Эта резервная копия будет открываться только введённым паролем, а не паролем хранилища. Без него копию нельзя восстановить. Создать копию с этим паролем?</translation>
    </message>
    <message>
        <source>Type the backup passphrase first: the vault&apos;s, or another one for this backup.</source>
        <translation>Сначала введите парольную фразу копии: фразу хранилища или отдельную фразу для этой копии.</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>В какую папку сохранить копию?</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Резервное копирование</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was left in the folder.</source>
        <translation>Копирование отменено; в папке ничего не осталось.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Резервная копия не создана</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 MB).</source>
        <translation>Копия создана и проверена: %1 (%2 МБ).</translation>
    </message>
    <message>
        <source>It opens only with its own passphrase, not with the vault&apos;s.</source>
        <translation>Она открывается только собственным паролем, а не паролем хранилища.</translation>
    </message>
    <message>
        <source>Verify which backup?</source>
        <translation>Какую копию проверить?</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Проверка резервной копии</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>With nothing typed, only a backup made under the vault&apos;s own key opens, and this one was not (it was made under another passphrase, or with a passphrase typed): type its passphrase in “Backup passphrase” and verify it again.</source>
        <translation>Без введённой фразы открывается только копия, сделанная под собственным ключом хранилища, а эта сделана иначе (под другой фразой или с введённой фразой): введите её фразу в поле «Парольная фраза копии» и проверьте снова.</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Какую копию восстановить?</translation>
    </message>
    <message>
        <source>Restore into a new vault file</source>
        <translation>Восстановить в новый файл хранилища</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>The restore was cancelled; no file was made.</source>
        <translation>Восстановление отменено; файл не создан.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Ничего не восстановлено</translation>
    </message>
    <message>
        <source>Restored into a new vault: %1. Lock this vault and open that file with the backup&apos;s passphrase to use it.</source>
        <translation>Восстановлено в новое хранилище: %1. Чтобы работать с ним, заблокируйте это хранилище и откройте тот файл парольной фразой копии.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Восстановлено</translation>
    </message>
    <message>
        <source>The backup was checked and restored into a new vault at %1.</source>
        <translation>Копия проверена и восстановлена в новое хранилище: %1.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических копий</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Автоматическое копирование</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>Which tab holds the fields of a problem&apos;s path.</extracomment>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Сохранить дело (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Отменить правки</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>В &amp;корзину</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Справка в &amp;PDF…</translation>
    </message>
    <message>
        <source>Print or save a summary of the case</source>
        <translation>Напечатать или сохранить справку по делу</translation>
    </message>
    <message>
        <source>Use this client</source>
        <translation>Выбрать этого доверителя</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Контекст</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала времени</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Срочно</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>The case no longer exists (it was deleted).</source>
        <translation>Дела больше нет (оно удалено).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>What the last save changed (desktop.cases.service.OpChanges): the window refreshes only the views it concerns.</extracomment>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>В деле есть несохранённые изменения. Сохранить их?</translation>
    </message>
    <message>
        <source>Move to trash?</source>
        <translation>Переместить в корзину?</translation>
    </message>
    <message>
        <source>The case goes to the trash, from where it can be restored until the trash is emptied.</source>
        <translation>Дело попадёт в корзину; его можно восстановить, пока корзина не очищена.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Не перемещено</translation>
    </message>
    <message>
        <source>A client with this name is already in the vault: %1. Use that client instead of creating a duplicate?</source>
        <translation>Доверитель с таким именем уже есть в хранилище: %1. Выбрать его, а не создавать дубликат?</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search: a name in any spelling, a reference, a place, words of the notes…</source>
        <extracomment>The &quot;due&quot; filter&apos;s choices: days ahead (0: overdue only), counted as the dashboard does.</extracomment>
        <translation>Поиск: имя в любом написании, номер дела, место, слова из заметок…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Group of linked cases</source>
        <translation>Группа связанных дел</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Ближайший срок</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Правый щелчок — выбор столбцов</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due ≤ 7 days</source>
        <translation>Срок ≤ 7 дней</translation>
    </message>
    <message>
        <source>Due ≤ 30 days</source>
        <translation>Срок ≤ 30 дней</translation>
    </message>
    <message>
        <source>My cases (%1)</source>
        <translation>Мои дела (%1)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любой исход</translation>
    </message>
    <message>
        <source>Any lawyer</source>
        <translation>Любой адвокат</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Любой регион</translation>
    </message>
    <message>
        <source>Any article</source>
        <translation>Любая статья</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая группа</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любой срок</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n дело</numerusform>
            <numerusform>%n дела</numerusform>
            <numerusform>%n дел</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches. Try another spelling or clear the filters.</source>
        <translation>Ни одно дело не подходит. Попробуйте другое написание или сбросьте фильтры.</translation>
    </message>
    <message>
        <source>No cases yet. Create one with Ctrl+N, or import the organisation&apos;s cases (File → Import).</source>
        <translation>Дел пока нет. Создайте дело (Ctrl+N) или импортируйте дела организации (Файл → Импорт).</translation>
    </message>
</context>
<context>
    <name>CaseRapidPanel</name>
    <message>
        <source>Check&amp;list…</source>
        <translation>Порядок действи&amp;й…</translation>
    </message>
    <message>
        <source>Draft &amp;urgent request…</source>
        <translation>Проект сро&amp;чного обращения…</translation>
    </message>
    <message>
        <source>Filings to courts and international bodies</source>
        <translation>Обращения в суды и международные органы</translation>
    </message>
    <message>
        <source>AT RISK OF REMOVAL NOW</source>
        <translation>ПОД УГРОЗОЙ ВЫСЫЛКИ СЕЙЧАС</translation>
    </message>
    <message>
        <source>No removal-risk window is open for this client now.</source>
        <translation>Сейчас у доверителя нет открытого окна угрозы высылки.</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>The organisation&apos;s reference, e.g. BY-2026-014</source>
        <translation>Номер дела в организации, например BY-2026-014</translation>
    </message>
    <message>
        <source>where the proceedings are, e.g. Kaliningrad Oblast: deadlines count in its local time</source>
        <translation>где идёт производство, например Калининградская область: сроки считаются по местному времени</translation>
    </message>
    <message>
        <source>Gravity of the equivalent offence under the Russian Criminal Code, art. 15: it sets the absolute custody limit (6, 12 or 18 months).</source>
        <translation>Категория соответствующего преступления по ст. 15 УК РФ: от неё зависит предельный срок содержания под стражей (6, 12 или 18 месяцев).</translation>
    </message>
    <message>
        <source>not known (the earliest limit is shown)</source>
        <translation>не указана (показан самый ранний предел)</translation>
    </message>
    <message>
        <source>small gravity</source>
        <translation>небольшой тяжести</translation>
    </message>
    <message>
        <source>medium gravity</source>
        <translation>средней тяжести</translation>
    </message>
    <message>
        <source>grave</source>
        <translation>тяжкое</translation>
    </message>
    <message>
        <source>especially grave</source>
        <translation>особо тяжкое</translation>
    </message>
    <message>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation>например, СИЗО-1 (Москва); ЦВСИГ</translation>
    </message>
    <message>
        <source>the defence is state-appointed</source>
        <translation>защитник по назначению</translation>
    </message>
    <message>
        <source>watch for silence, alarm after</source>
        <translation>следить за связью, тревога через</translation>
    </message>
    <message>
        <source>Raise an alarm on the dashboard when nobody has heard from the client (no “contact” event) for longer than this.</source>
        <translation>Показать тревогу на сводке, если от доверителя нет вестей (нет события «связь») дольше этого срока.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>comma-separated, e.g. interim-measures-ignored, re-arrested</source>
        <translation>через запятую, например interim-measures-ignored, re-arrested</translation>
    </message>
    <message>
        <source>Free notes (internal: never in public reports)</source>
        <translation>Заметки (внутренние: не попадают в публичные отчёты)</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Исход:</translation>
    </message>
    <message>
        <source>Arrest date:</source>
        <translation>Дата задержания:</translation>
    </message>
    <message>
        <source>Arrest place:</source>
        <translation>Место задержания:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Gravity (RU CC art. 15):</source>
        <translation>Категория (ст. 15 УК РФ):</translation>
    </message>
    <message>
        <source>Detention facility:</source>
        <translation>Место содержания:</translation>
    </message>
    <message>
        <source>Responsible lawyer:</source>
        <translation>Ответственный адвокат:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Метки:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>The “Arrest” event says %1, but the arrest date here is %2. Correct the one that is wrong.</source>
        <translation>Событие «Задержание» датировано %1, а дата задержания здесь — %2. Исправьте ошибочную.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>Logical order (saved column states depend on it: new columns go at the end); the list shows them in ``SHOWN`` order.</extracomment>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>The last day of the case&apos;s soonest open deadline or custody term</source>
        <translation>Последний день ближайшего открытого срока или срока содержания под стражей по делу</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list to see it here.</source>
        <translation>Выберите дело в списке, чтобы увидеть его здесь.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Другие написания:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <source>Detention facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <source>(state-appointed)</source>
        <translation>(по назначению)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Родной город</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Публичность</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Связанные дела</translation>
    </message>
    <message>
        <source>Learned of the case</source>
        <translation>Когда узнали о деле</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Обвинения</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Событий пока нет.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>около %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <source>WHEREABOUTS UNKNOWN since %1</source>
        <translation>МЕСТОНАХОЖДЕНИЕ НЕИЗВЕСТНО с %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, с %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Ближайшие сроки</translation>
    </message>
    <message>
        <source>In custody since %1: day %2</source>
        <translation>Под стражей с %1: день %2</translation>
    </message>
    <message>
        <source>The custody term ran out on %1 (%2): record the extension, or the release.</source>
        <translation>Срок содержания под стражей истёк %1 (%2): запишите продление или освобождение.</translation>
    </message>
    <message>
        <source>Not in custody: held from %1 to %2 (%3 days)</source>
        <translation>Не под стражей: содержался с %1 по %2 (%3 дн.)</translation>
    </message>
    <message>
        <source>Not in custody: held from %1; the day it ended is not recorded</source>
        <translation>Не под стражей: содержался с %1; день окончания не записан</translation>
    </message>
    <message>
        <source>Removal barred now</source>
        <translation>Выдача и выдворение сейчас запрещены</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>At risk of removal now</source>
        <translation>Под угрозой высылки сейчас</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>Every page of the vault is encrypted again under the new passphrase. Backups and hand-off packages made before keep the passphrase they were made with.</source>
        <translation>Каждая страница хранилища будет заново зашифрована новой парольной фразой. Резервные копии и файлы передачи, созданные раньше, сохраняют ту фразу, с которой были созданы.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation>Эту фразу может подобрать тот, кто завладеет ноутбуком или резервной копией. Всё равно использовать её?</translation>
    </message>
</context>
<context>
    <name>ChargesTab</name>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Часть</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Find an article by number or words of its title (English or Russian), then press Enter</source>
        <translation>Найдите статью по номеру или словам названия (по-русски или по-английски) и нажмите Enter</translation>
    </message>
    <message>
        <source>part</source>
        <translation>ч.</translation>
    </message>
    <message>
        <source>Remove the selected charge</source>
        <translation>Удалить выбранное обвинение</translation>
    </message>
    <message>
        <source>Article not in the catalogue</source>
        <translation>Статьи нет в справочнике</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue of articles. Add it as written? Check the number against the code.</source>
        <translation>Статьи %1 нет в справочнике статей. Добавить её как написано? Сверьте номер с кодексом.</translation>
    </message>
    <message>
        <source>No single article matches “%1”. Type its number, or the code and the number as in “УК РБ ст. 363 ч. 2” or “BY CC 363”, and choose it in the list.</source>
        <translation>Ни одна статья не подходит к «%1». Наберите её номер или кодекс и номер, как «УК РБ ст. 363 ч. 2» или «BY CC 363», и выберите её в списке.</translation>
    </message>
    <message>
        <source>%1 is already listed on this case.</source>
        <translation>%1 уже есть в этом деле.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist: %1</source>
        <translation>Порядок действий: %1</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Who and when are recorded.</source>
        <translation>Отмечайте каждый шаг, когда он выполнен. Кто и когда — записывается.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The tick was not saved</source>
        <translation>Отметка не сохранена</translation>
    </message>
</context>
<context>
    <name>ClientTab</name>
    <message>
        <source>The name as you use it, in any script</source>
        <translation>Имя, как вы его пишете, в любом алфавите</translation>
    </message>
    <message>
        <source>One spelling a line, optionally with its language after a bar: Аляксей Кудзін | be</source>
        <translation>Одно написание в строке, язык можно указать после черты: Аляксей Кудзін | be</translation>
    </message>
    <message>
        <source>Where the client lives in Russia</source>
        <translation>Где доверитель живёт в России</translation>
    </message>
    <message>
        <source>Phone, messenger, relatives to call (never in public reports)</source>
        <translation>Телефон, мессенджер, кому из родных звонить (не попадает в публичные отчёты)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Other spellings:</source>
        <translation>Другие написания:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Гражданство:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>Родной город:</translation>
    </message>
    <message>
        <source>Residence in Russia:</source>
        <translation>Место жительства в России:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <source>In public reports:</source>
        <translation>В публичных отчётах:</translation>
    </message>
    <message>
        <source>Notes on the client:</source>
        <translation>Заметки о доверителе:</translation>
    </message>
</context>
<context>
    <name>CollisionModel</name>
    <message>
        <source>Their case</source>
        <translation>Дело коллеги</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записей</translation>
    </message>
    <message>
        <source>Import as (empty: skip)</source>
        <translation>Импортировать под номером (пусто — пропустить)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Import a wanted list</source>
        <translation>Импорт списка разыскиваемых</translation>
    </message>
    <message>
        <source>%1: %2 rows. Check which column holds what; columns left at “—” are not imported.</source>
        <translation>%1 — строк: %2. Проверьте, какой столбец что содержит; столбцы, оставленные на «—», не импортируются.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>e.g. MVD RF, KGB BY</source>
        <translation>например, МВД РФ, КГБ РБ</translation>
    </message>
    <message>
        <source>e.g. 2025-04-09 or 2025-04</source>
        <translation>например, 2025-04-09 или 2025-04</translation>
    </message>
    <message>
        <source>Import and screen</source>
        <translation>Импортировать и проверить</translation>
    </message>
    <message>
        <source>Name (surname, name, patronymic):</source>
        <translation>ФИО (фамилия, имя, отчество):</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Статья:</translation>
    </message>
    <message>
        <source>Date listed:</source>
        <translation>Дата внесения в список:</translation>
    </message>
    <message>
        <source>Source column:</source>
        <translation>Столбец источника:</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>Кто опубликовал:</translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation>Список на дату:</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or the surname, name and patronymic columns).</source>
        <translation>Выберите столбец с ФИО (или столбцы фамилии, имени и отчества).</translation>
    </message>
    <message>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation>Один столбец выбран для двух полей; выберите каждый столбец только один раз.</translation>
    </message>
    <message>
        <source>Say who published the list (e.g. MVD RF): versions are compared per source.</source>
        <translation>Укажите, кто опубликовал список (например, МВД РФ): версии сравниваются в пределах одного источника.</translation>
    </message>
    <message>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation>Дата списка указана неверно: пишите 2025-04-09, 2025-04 или 2025.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Различается</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>У меня</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У коллеги</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Взять у коллеги</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>взять у коллеги</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>оставить мою</translation>
    </message>
</context>
<context>
    <name>ContextTab</name>
    <message>
        <source>When the organisation learned of the case</source>
        <translation>Когда организация узнала о деле</translation>
    </message>
    <message>
        <source>e.g. a call from his mother; the news; a colleague</source>
        <translation>например, звонок матери; новости; коллега</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Как:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>&amp;Link to a group…</source>
        <translation>Св&amp;язать с группой…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <source>Groups of linked cases (the link is shown on every case of the group)</source>
        <translation>Группы связанных дел (связь видна в каждом деле группы)</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>New vault</source>
        <translation>Новое хранилище</translation>
    </message>
    <message>
        <source>Where to keep the vault file</source>
        <translation>Где хранить файл хранилища</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>e.g. A. Ivanova — shown in the history of changes</source>
        <translation>например, А. Иванова — видно в истории изменений</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>&amp;Создать парольную фразу</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it apart from the laptop. Nobody can recover a vault whose passphrase is lost.</source>
        <translation>Запишите эту парольную фразу и храните отдельно от ноутбука. Хранилище с утерянной фразой не сможет открыть никто.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Файл хранилища:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Повторите её:</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>Новый файл хранилища</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Фразы не совпадают.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation>Эту фразу может подобрать тот, кто завладеет ноутбуком или резервной копией. Всё равно использовать её?</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Recompute all deadlines…</source>
        <translation>Пересчитать все сроки…</translation>
    </message>
    <message>
        <source>Compute every deadline again from the events and the rules (after the rules were changed). Statuses and overrides are kept.</source>
        <translation>Заново рассчитать все сроки по событиям и правилам (после изменения правил). Статусы и даты, заменённые вручную, сохраняются.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что предстоит</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Событие-основание</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>Ближайшие 14 дней</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Под стражей</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>Дней под стражей</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>Текущий срок</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Silence alarms</source>
        <translation>Тревоги молчания</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не записана</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Порог</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Why watched</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>in custody</source>
        <translation>под стражей</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>под угрозой</translation>
    </message>
    <message>
        <source>just released</source>
        <translation>только что освобождён</translation>
    </message>
    <message>
        <source>Risk windows, bars to removal</source>
        <translation>Периоды риска, запреты вывоза</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>До</translation>
    </message>
    <message>
        <source>Release-day watch</source>
        <translation>Наблюдение после освобождения</translation>
    </message>
    <message>
        <source>Watch until</source>
        <translation>Наблюдать до</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>released</source>
        <translation>освобождён</translation>
    </message>
    <message>
        <source>custody term ended</source>
        <translation>истёк срок содержания под стражей</translation>
    </message>
    <message>
        <source>(trigger changed since this override)</source>
        <translation>(событие изменилось после переопределения)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>lifted by a later event</source>
        <translation>пока не снято последующим событием</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>просрочен на %n день</numerusform>
            <numerusform>просрочен на %n дня</numerusform>
            <numerusform>просрочен на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>(unverified rule)</source>
        <translation>(правило не проверено)</translation>
    </message>
    <message>
        <source>(date set by hand)</source>
        <translation>(дата изменена вручную)</translation>
    </message>
    <message>
        <source>(trigger date approximate)</source>
        <translation>(дата события-основания приблизительная)</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>нет: срок добавлен вручную</translation>
    </message>
    <message>
        <source>VIOLATED: a removal step was recorded during this bar</source>
        <translation>НАРУШЕНО: во время запрета записан шаг к высылке</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message numerus="yes">
        <source>term passed %n day(s) ago</source>
        <translation>
            <numerusform>срок истёк %n день назад</numerusform>
            <numerusform>срок истёк %n дня назад</numerusform>
            <numerusform>срок истёк %n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>re-arrest risk on release</source>
        <translation>риск повторного задержания при освобождении</translation>
    </message>
    <message>
        <source>contact lost %1</source>
        <translation>связь потеряна %1</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>связь не записана</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>No verified backup yet: make one now</source>
        <translation>Проверенной резервной копии ещё нет: сделайте её сейчас</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Последняя проверенная резервная копия: %1 (%n день назад)</numerusform>
            <numerusform>Последняя проверенная резервная копия: %1 (%n дня назад)</numerusform>
            <numerusform>Последняя проверенная резервная копия: %1 (%n дней назад)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wanted lists: %n match(es) to review</source>
        <translation>
            <numerusform>Списки разыскиваемых: %n совпадение ожидает проверки</numerusform>
            <numerusform>Списки разыскиваемых: %n совпадения ожидают проверки</numerusform>
            <numerusform>Списки разыскиваемых: %n совпадений ожидают проверки</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n новое)</numerusform>
            <numerusform>(%n новых)</numerusform>
            <numerusform>(%n новых)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wanted lists: nothing to review</source>
        <translation>Списки разыскиваемых: проверять нечего</translation>
    </message>
    <message>
        <source>Wanted lists: none imported yet</source>
        <translation>Списки разыскиваемых: ещё не импортированы</translation>
    </message>
    <message>
        <source>Cannot show the dashboard</source>
        <translation>Не удаётся показать сводку</translation>
    </message>
    <message>
        <source>as of %1 (Moscow time)</source>
        <translation>на %1 (по московскому времени)</translation>
    </message>
    <message>
        <source>Showing the %1 most pressing of %2. The command abarona-cli deadlines lists them all.</source>
        <translation>Показаны самые срочные: %1 из %2. Полный список выводит команда abarona-cli deadlines.</translation>
    </message>
    <message>
        <source>Nothing needs attention: no open deadline, nobody in custody, no silence alarm.</source>
        <translation>Ничто не требует внимания: открытых сроков нет, под стражей никого нет, тревог молчания нет.</translation>
    </message>
    <message>
        <source>Recomputing deadlines</source>
        <translation>Пересчёт сроков</translation>
    </message>
    <message>
        <source>Deadlines were not recomputed</source>
        <translation>Сроки не пересчитаны</translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Сроки пересчитаны</translation>
    </message>
    <message>
        <source>%1 added, %2 moved, %3 removed.</source>
        <translation>Добавлено: %1, сдвинуто: %2, удалено: %3.</translation>
    </message>
</context>
<context>
    <name>DeadlineError</name>
    <message>
        <source>This deadline no longer exists (its trigger event may have been removed).</source>
        <translation>Этого срока больше нет (возможно, событие, от которого он считался, удалено).</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>A manual deadline needs a title: what is due.</source>
        <translation>У срока, добавленного вручную, должно быть название: что нужно сделать.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Название длиннее %1 символов.</translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation>Укажите дату срока.</translation>
    </message>
    <message>
        <source>The trigger event is not an event of this case.</source>
        <translation>Событие, от которого считается срок, относится не к этому делу.</translation>
    </message>
    <message>
        <source>This status is not one a deadline can take.</source>
        <translation>У срока не может быть такого состояния.</translation>
    </message>
    <message>
        <source>Say why the computed date is replaced: the reason is kept in the history.</source>
        <translation>Укажите, почему рассчитанная дата заменяется: причина сохраняется в истории.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Причина длиннее %1 символов.</translation>
    </message>
    <message>
        <source>A blocking condition has no date to override.</source>
        <translation>У препятствия нет даты, которую можно заменить.</translation>
    </message>
    <message>
        <source>Only a computed term in days can take the notice&apos;s number of days.</source>
        <translation>Число дней из уведомления можно задать только рассчитанному сроку в днях.</translation>
    </message>
    <message>
        <source>Give the number of days the notice states (1 to %1).</source>
        <translation>Укажите число дней, названное в уведомлении (от 1 до %1).</translation>
    </message>
    <message>
        <source>That many days run past the calendar this program counts.</source>
        <translation>Столько дней выходит за пределы календаря, который считает программа.</translation>
    </message>
    <message>
        <source>This deadline has no date of yours to confirm.</source>
        <translation>У этого срока нет вашей даты, которую нужно подтвердить.</translation>
    </message>
    <message>
        <source>A computed deadline follows its event; set its status to waived instead.</source>
        <translation>Рассчитанный срок следует за своим событием; вместо удаления отметьте его как «снят».</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выполнен</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>пропущен</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>снят</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Что предстоит</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>не указана</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Событие-основание</translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation>&amp;Добавить срок…</translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation>Задать с&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Override date…</source>
        <translation>&amp;Заменить дату…</translation>
    </message>
    <message>
        <source>Days in the &amp;notice…</source>
        <translation>Срок по &amp;уведомлению…</translation>
    </message>
    <message>
        <source>The notice gives its own number of days (e.g. 5 to leave instead of 15): count the term with it</source>
        <translation>В уведомлении указано своё число дней (например, 5 на выезд вместо 15): посчитать срок по нему</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation>Вернуть рассчитанную дату</translation>
    </message>
    <message>
        <source>&amp;Keep my date</source>
        <translation>Ост&amp;авить мою дату</translation>
    </message>
    <message>
        <source>The trigger event changed after you set this date: keep your date</source>
        <translation>Событие изменилось после того, как вы задали эту дату: оставить вашу дату</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Computed dates help; they are not legal advice. Check the rule and the law in force.</source>
        <translation>Рассчитанные даты — подсказка, а не юридическое заключение. Сверяйте правило с действующим законом.</translation>
    </message>
    <message>
        <source>VIOLATED</source>
        <translation>НАРУШЕНО</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>действует</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>enter the trigger date</source>
        <translation>укажите дату события</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочен</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>(unverified rule)</source>
        <translation>(правило не проверено)</translation>
    </message>
    <message>
        <source>(date set by hand)</source>
        <translation>(дата изменена вручную)</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>(добавлен вручную)</translation>
    </message>
    <message>
        <source>(trigger changed since this override)</source>
        <translation>(событие изменилось после переопределения)</translation>
    </message>
    <message>
        <source>Cannot show the deadlines</source>
        <translation>Не удаётся показать сроки</translation>
    </message>
    <message>
        <source>Rule %1: %2 — %3</source>
        <translation>Правило %1: %2 — %3</translation>
    </message>
    <message>
        <source>Unverified rule:</source>
        <translation>Правило не проверено:</translation>
    </message>
    <message>
        <source>Computed date replaced: %1</source>
        <translation>Рассчитанная дата заменена: %1</translation>
    </message>
    <message>
        <source>VIOLATED: a removal step was recorded while this bar was in force.</source>
        <translation>НАРУШЕНО: шаг к высылке записан, пока действовал запрет.</translation>
    </message>
    <message>
        <source>The trigger event changed since this date was set by hand: check it, then keep it or use the computed date.</source>
        <translation>Событие изменилось после того, как дата была задана вручную: проверьте её, затем оставьте или используйте вычисленную дату.</translation>
    </message>
    <message>
        <source>The trigger&apos;s date is approximate: counted from its earliest day.</source>
        <translation>Дата события-основания приблизительная: срок считается от самого раннего возможного дня.</translation>
    </message>
    <message>
        <source>Local time of the place of proceedings (%1); Moscow time beside it.</source>
        <translation>Местное время места производства (%1); рядом — московское.</translation>
    </message>
    <message>
        <source>The deadline was not added</source>
        <translation>Срок не добавлен</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Статус не изменён</translation>
    </message>
    <message>
        <source>The date was not changed</source>
        <translation>Дата не изменена</translation>
    </message>
    <message>
        <source>The date was not confirmed</source>
        <translation>Дата не подтверждена</translation>
    </message>
    <message>
        <source>Delete the deadline</source>
        <translation>Удалить срок</translation>
    </message>
    <message>
        <source>Delete this deadline entered by hand? The history keeps a record.</source>
        <translation>Удалить этот срок, добавленный вручную? В истории останется запись об этом.</translation>
    </message>
    <message>
        <source>The deadline was not deleted</source>
        <translation>Срок не удалён</translation>
    </message>
</context>
<context>
    <name>DetentionDialog</name>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>whereabouts unknown (raises the silence alarm at once)</source>
        <translation>местонахождение неизвестно (сразу включает тревогу молчания)</translation>
    </message>
    <message>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation>например, СИЗО-1, Москва; ЦВСИГ</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>ЧЧ:ММ (необязательно)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>The date from which the client is held there is needed.</source>
        <translation>Нужна дата, с которой доверитель содержится в этом месте.</translation>
    </message>
    <message>
        <source>Name the place, or tick “whereabouts unknown”.</source>
        <translation>Укажите место или отметьте «местонахождение неизвестно».</translation>
    </message>
    <message>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation>Время указывается как ЧЧ:ММ, например 21:30.</translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message>
        <source>Since</source>
        <translation>С</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>По</translation>
    </message>
    <message>
        <source>now</source>
        <translation>по сей день</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>WHEREABOUTS UNKNOWN</source>
        <translation>МЕСТОНАХОЖДЕНИЕ НЕИЗВЕСТНО</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add a p&amp;lace…</source>
        <translation>Добавить &amp;место…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The document is damaged: its content does not match its digest.</source>
        <translation>Документ повреждён: его содержимое не совпадает с сохранённой контрольной суммой.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Этого документа больше нет.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>Прик&amp;репить файл…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Сохранить коп&amp;ию…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Documents are stored inside the encrypted vault. Save the case first to attach documents.</source>
        <translation>Документы хранятся внутри зашифрованного хранилища. Чтобы прикрепить документы, сначала сохраните дело.</translation>
    </message>
    <message>
        <source>Documents are stored inside the encrypted vault; nothing is written elsewhere.</source>
        <translation>Документы хранятся внутри зашифрованного хранилища; больше нигде ничего не записывается.</translation>
    </message>
    <message>
        <source>No documents yet: attach court decisions, photos, letters.</source>
        <translation>Документов пока нет: прикрепите решения судов, фотографии, письма.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прикрепить файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не прикреплено</translation>
    </message>
    <message>
        <source>The file is too large to keep in the vault.</source>
        <translation>Файл слишком велик для хранилища.</translation>
    </message>
    <message>
        <source>This document is too large to preview. Save a copy to open it elsewhere.</source>
        <translation>Этот документ слишком велик для просмотра. Сохраните копию, чтобы открыть его в другой программе.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Это изображение нельзя показать.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Этот PDF нельзя показать.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>В этом PDF нет страниц.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to open it elsewhere.</source>
        <translation>Для такого файла нет просмотра. Сохраните копию, чтобы открыть его в другой программе.</translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>Сохранить незашифрованную копию?</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Save it only where you must, and delete it when done.</source>
        <translation>Копия НЕ будет зашифрована: её прочтёт любой, кто получит файл или диск. Сохраняйте только там, где необходимо, и удалите после использования.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Remove the document?</source>
        <translation>Удалить документ?</translation>
    </message>
    <message>
        <source>The document will be removed from the vault. The history keeps its name, not its content.</source>
        <translation>Документ будет удалён из хранилища. В истории останется его название, но не содержимое.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft an urgent request</source>
        <translation>Проект срочного обращения</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Facts the case lacks</source>
        <translation>Сведения, которых нет в деле</translation>
    </message>
    <message>
        <source>The draft is a Word file written UNENCRYPTED where you choose: edit it, send it, then delete it.</source>
        <translation>Проект — файл Word, который записывается НЕЗАШИФРОВАННЫМ туда, куда вы укажете: отредактируйте, отправьте, затем удалите его.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Адресат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Urgent requests are drafted in English or Russian, the languages the bodies accept: the UN committees and the ECtHR do not work in Belarusian.</source>
        <translation>Срочные обращения составляются на английском или русском языке — на языках, которые принимают органы: комитеты ООН и ЕСПЧ не работают на белорусском языке.</translation>
    </message>
    <message>
        <source>&amp;Save draft as…</source>
        <translation>&amp;Сохранить проект как…</translation>
    </message>
    <message>
        <source>The European Court of Human Rights can take only facts up to 16 September 2022: Russia ceased to be a party to the European Convention on Human Rights that day, and every fact of this case is later. Send the request to the UN Human Rights Committee instead.</source>
        <translation>Европейский суд по правам человека может рассматривать только факты до 16 сентября 2022 года: в этот день Россия перестала быть участницей Европейской конвенции о защите прав человека, а все факты этого дела более поздние. Направьте просьбу в Комитет ООН по правам человека.</translation>
    </message>
    <message numerus="yes">
        <source>The case lacks %n fact(s) this body asks for; the draft marks each as a gap to fill in:</source>
        <translation>
            <numerusform>В деле нет %n сведения, которое требует этот орган; в проекте оно отмечено пропуском:</numerusform>
            <numerusform>В деле нет %n сведений, которые требует этот орган; в проекте каждое отмечено пропуском:</numerusform>
            <numerusform>В деле нет %n сведений, которые требует этот орган; в проекте каждое отмечено пропуском:</numerusform>
        </translation>
    </message>
    <message>
        <source>The case has every fact this body asks for.</source>
        <translation>В деле есть все сведения, которые требует этот орган.</translation>
    </message>
    <message>
        <source>No draft was made</source>
        <translation>Проект не составлен</translation>
    </message>
    <message>
        <source>This case no longer exists: it may have been deleted meanwhile.</source>
        <translation>Этого дела больше нет: возможно, его тем временем удалили.</translation>
    </message>
    <message>
        <source>Save the draft (not encrypted)</source>
        <translation>Сохранить проект (без шифрования)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Документы Word (*.docx)</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Проект не сохранён</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Проект сохранён</translation>
    </message>
    <message>
        <source>The draft was saved (not encrypted). Open it in your word processor, complete the gaps and send it.</source>
        <translation>Проект сохранён (без шифрования). Откройте его в текстовом редакторе, заполните пропуски и отправьте.</translation>
    </message>
</context>
<context>
    <name>DraftError</name>
    <message>
        <source>Unknown body: choose one in the list.</source>
        <translation>Неизвестный орган: выберите орган из списка.</translation>
    </message>
    <message>
        <source>Drafts are written in Russian or English: choose one in the list.</source>
        <translation>Проекты пишутся на русском или английском: выберите язык из списка.</translation>
    </message>
    <message>
        <source>The template cannot be read. Check the file, or use the built-in template.</source>
        <translation>Шаблон не удаётся прочитать. Проверьте файл или используйте встроенный шаблон.</translation>
    </message>
    <message>
        <source>The template is not a Word (.docx) file Abarona can fill: it may be damaged, or saved in another format. Save it again from Word as .docx.</source>
        <translation>Шаблон — не файл Word (.docx), который Abarona может заполнить: возможно, он повреждён или сохранён в другом формате. Сохраните его заново из Word как .docx.</translation>
    </message>
    <message>
        <source>The template has an error in its fields. Correct the template, or use the built-in one.</source>
        <translation>В полях шаблона ошибка. Исправьте шаблон или используйте встроенный.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Вероятные дубликаты</translation>
    </message>
    <message>
        <source>Each row is two client records that are probably one person, most certain first. Merging keeps every spelling, case and event; where both records hold a different value, the kept one stays and the other goes into the notes.</source>
        <translation>Каждая строка — две записи о доверителях, которые, вероятно, относятся к одному человеку; самые вероятные совпадения идут первыми. При объединении сохраняются все написания, дела и события; если в записях разные значения, остаётся значение сохраняемой записи, а другое переносится в заметки.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Вероятно, тот же человек</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;left record</source>
        <translation>Объединить, оставив &amp;левую запись</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;right record</source>
        <translation>Объединить, оставив &amp;правую запись</translation>
    </message>
    <message>
        <source>Open a &amp;case</source>
        <translation>Открыть &amp;дело</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Поиск дубликатов</translation>
    </message>
    <message>
        <source>Comparing the clients&apos; names and birth dates…</source>
        <translation>Сравниваются имена и даты рождения доверителей…</translation>
    </message>
    <message>
        <source>The search was cancelled; nothing was changed. To search again, close this window and choose Find duplicate clients.</source>
        <translation>Поиск отменён; ничего не изменено. Чтобы искать снова, закройте это окно и выберите «Найти дубликаты доверителей».</translation>
    </message>
    <message>
        <source>Duplicates were not looked for</source>
        <translation>Поиск дубликатов не выполнен</translation>
    </message>
    <message>
        <source>%1 probable duplicate(s).</source>
        <translation>Вероятных дубликатов: %1.</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Вероятных дубликатов нет.</translation>
    </message>
    <message>
        <source>Why (score %1): %2</source>
        <translation>Почему (оценка %1): %2</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? The cases %3 move to “%2”, which keeps every spelling of both. This cannot be undone.</source>
        <translation>Присоединить «%1» к «%2»? Дела %3 перейдут к «%2», где сохранятся все написания имён обеих записей. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>Merge two client records</source>
        <translation>Объединить две записи о доверителях</translation>
    </message>
    <message>
        <source>The records were not merged</source>
        <translation>Записи не объединены</translation>
    </message>
    <message>
        <source>A person cannot be merged with itself.</source>
        <translation>Человека нельзя объединить с самим собой.</translation>
    </message>
    <message>
        <source>One of the two persons no longer exists.</source>
        <translation>Одного из двух человек больше нет.</translation>
    </message>
</context>
<context>
    <name>EdtfEdit</name>
    <message>
        <source>not known</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <source>e.g. %1, 2021-12, 2021~, 2025-09-01/2025-09-10</source>
        <translation>например, %1, 2021-12, 2021~, 2025-09-01/2025-09-10</translation>
    </message>
    <message>
        <source>A day (%1 or 2021-12-31), a month (2021-12), a year (2021); add ~ for approximate, ? for uncertain; two dates with / or – for “between”.</source>
        <translation>День (%1 или 2021-12-31), месяц (2021-12), год (2021); ~ — приблизительно, ? — не точно; две даты через / или – — «между».</translation>
    </message>
    <message>
        <source>Choose a day in a calendar</source>
        <translation>Выбрать день в календаре</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>не распознано</translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation>Нужна дата.</translation>
    </message>
    <message>
        <source>This has a time of day: enter the date here and the time in the time field.</source>
        <translation>Здесь указано время суток: введите здесь дату, а время — в поле времени.</translation>
    </message>
    <message>
        <source>Write the date with the digits 0-9.</source>
        <translation>Запишите дату цифрами 0–9.</translation>
    </message>
    <message>
        <source>“%1” is not a date I understand: type e.g. %2, 2021-12, 2021~ or 2025-09-01/2025-09-10.</source>
        <translation>«%1» не распознано как дата: введите, например, %2, 2021-12, 2021~ или 2025-09-01/2025-09-10.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новое событие</translation>
    </message>
    <message>
        <source>HH:MM, local time at the place (optional)</source>
        <translation>ЧЧ:ММ, местное время (необязательно)</translation>
    </message>
    <message>
        <source>approximate (“about 17:00”)</source>
        <translation>приблизительно («около 17:00»)</translation>
    </message>
    <message>
        <source>Court, authority or international body, e.g. Moscow Oblast Court, ECtHR</source>
        <translation>Суд, ведомство или международный орган, например Московский областной суд, ЕСПЧ</translation>
    </message>
    <message>
        <source>Where this is known from (optional)</source>
        <translation>Откуда это известно (необязательно)</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Что произошло:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Время:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Подробности:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation>Время записывается как ЧЧ:ММ, например 21:30.</translation>
    </message>
    <message>
        <source>An approximate time needs a time: type it, e.g. 17:00.</source>
        <translation>Для приблизительного времени нужно само время: введите его, например 17:00.</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Place / body</source>
        <translation>Место / орган</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>&amp;Add an event…</source>
        <translation>&amp;Добавить событие…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove the event?</source>
        <translation>Удалить событие?</translation>
    </message>
    <message>
        <source>The event is removed when you save the case.</source>
        <translation>Событие будет удалено при сохранении дела.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Filing</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>New filing</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <source>e.g. 2022-04-05 21:30 (Moscow time)</source>
        <translation>например, 2022-04-05 21:30 (по московскому времени)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Куда:</translation>
    </message>
    <message>
        <source>&amp;Filed at:</source>
        <translation>&amp;Подано:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Способ:</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation>&amp;Ответ ожидается до:</translation>
    </message>
    <message>
        <source>A&amp;cknowledged at:</source>
        <translation>Получение под&amp;тверждено:</translation>
    </message>
    <message>
        <source>Ans&amp;wered at:</source>
        <translation>Отв&amp;ет получен:</translation>
    </message>
    <message>
        <source>The a&amp;nswer:</source>
        <translation>Сод&amp;ержание ответа:</translation>
    </message>
    <message>
        <source>An ECtHR Rule 39 request expects an answer in one working day unless you set another time.</source>
        <translation>На запрос по правилу 39 ЕСПЧ ответ ожидается в течение одного рабочего дня, если вы не укажете другое время.</translation>
    </message>
</context>
<context>
    <name>FilingError</name>
    <message>
        <source>The filing time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Время подачи — не дата и время: напишите его как 2022-04-05 21:30 (по Москве) или 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The expected answer time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Ожидаемое время ответа — не дата и время: напишите его как 2022-04-05 21:30 (по Москве) или 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The acknowledgement time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Время подтверждения получения — не дата и время: напишите его как 2022-04-05 21:30 (по Москве) или 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The answer time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Время ответа — не дата и время: напишите его как 2022-04-05 21:30 (по Москве) или 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Время — не дата и время: напишите его как 2022-04-05 21:30 (по Москве) или 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The expected answer time is before the filing itself; check the dates.</source>
        <translation>Ожидаемое время ответа раньше самой подачи; проверьте даты.</translation>
    </message>
    <message>
        <source>The acknowledgement time is before the filing itself; check the dates.</source>
        <translation>Время подтверждения получения раньше самой подачи; проверьте даты.</translation>
    </message>
    <message>
        <source>The answer time is before the filing itself; check the dates.</source>
        <translation>Время ответа раньше самой подачи; проверьте даты.</translation>
    </message>
    <message>
        <source>A time is outside the years %1 to %2: check the year.</source>
        <translation>Время вне лет с %1 по %2: проверьте год.</translation>
    </message>
    <message>
        <source>A filing, acknowledgement or answer time is in the future: record it once it has happened (a time without an offset is Moscow time).</source>
        <translation>Время подачи, подтверждения или ответа — в будущем: запишите его, когда это произойдёт (время без смещения — московское).</translation>
    </message>
    <message>
        <source>Say to whom it was filed (a court, a prosecutor or an international body).</source>
        <translation>Укажите, куда подано (суд, прокуратура или международный орган).</translation>
    </message>
    <message>
        <source>Unknown kind of filing: choose one in the list.</source>
        <translation>Неизвестный вид обращения: выберите вид из списка.</translation>
    </message>
    <message>
        <source>Unknown way of sending: choose one in the list.</source>
        <translation>Неизвестный способ отправки: выберите способ из списка.</translation>
    </message>
</context>
<context>
    <name>FilingsPanel</name>
    <message>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Куда</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <source>&amp;Add filing…</source>
        <translation>&amp;Добавить обращение…</translation>
    </message>
    <message>
        <source>Record ans&amp;wer…</source>
        <translation>Записать о&amp;твет…</translation>
    </message>
    <message>
        <source>LATE: expected by %1</source>
        <translation>ПРОСРОЧЕНО: ожидался до %1</translation>
    </message>
    <message>
        <source>expected by %1</source>
        <translation>ожидается до %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>ответа пока нет</translation>
    </message>
    <message>
        <source>The filing was not saved</source>
        <translation>Обращение не сохранено</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Link to a group of cases</source>
        <translation>Связать с группой дел</translation>
    </message>
    <message>
        <source>An existing group, or the name of a new one</source>
        <translation>Существующая группа или название новой</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Linked by:</source>
        <translation>Связь:</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>У группы должно быть название.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Руководство пользователя</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Abarona.</source>
        <translation>Руководство пользователя не установлено с этой копией Abarona.</translation>
    </message>
</context>
<context>
    <name>HandoffExportDialog</name>
    <message>
        <source>Hand cases over to a colleague</source>
        <translation>Передача дел коллеге</translation>
    </message>
    <message>
        <source>Where to save the encrypted package</source>
        <translation>Куда сохранить зашифрованный файл передачи</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>The package holds these cases with their client, charges, events, deadlines, parties and documents, encrypted under a new passphrase of random words that is shown once, after the export.</source>
        <translation>В файл передачи войдут эти дела вместе с доверителями, обвинениями, событиями, сроками, участниками и документами. Файл шифруется новой парольной фразой из случайных слов; она будет показана один раз, после экспорта.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Дела:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>Файл передачи:</translation>
    </message>
    <message>
        <source>Write it down or read it out now: it is shown only this once and stored nowhere. Pass it on by another channel than the file (a call, in person), never in the same message.</source>
        <translation>Запишите или продиктуйте её сейчас: она показывается только один раз и нигде не хранится. Передайте её не тем путём, что файл (по телефону, лично), и никогда — в том же сообщении.</translation>
    </message>
    <message>
        <source>I have passed it on — &amp;close</source>
        <translation>Фраза передана — &amp;закрыть</translation>
    </message>
    <message>
        <source>Save the hand-off package</source>
        <translation>Сохранить файл передачи</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Выберите, куда сохранить файл передачи.</translation>
    </message>
    <message>
        <source>Writing the hand-off package</source>
        <translation>Запись файла передачи</translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation>Отменено; файл передачи не записан.</translation>
    </message>
    <message>
        <source>A chosen case no longer exists; nothing was written.</source>
        <translation>Одного из выбранных дел больше нет; ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1, encrypted. The colleague needs this passphrase to import them:</source>
        <translation>
            <numerusform>%n дело записано в %1 в зашифрованном виде. Для импорта коллеге понадобится эта парольная фраза:</numerusform>
            <numerusform>%n дела записаны в %1 в зашифрованном виде. Для импорта коллеге понадобится эта парольная фраза:</numerusform>
            <numerusform>%n дел записано в %1 в зашифрованном виде. Для импорта коллеге понадобится эта парольная фраза:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffImportDialog</name>
    <message>
        <source>Import a hand-off package</source>
        <translation>Импорт файла передачи</translation>
    </message>
    <message>
        <source>The package file you received</source>
        <translation>Полученный файл передачи</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>The words you were told, with spaces or hyphens</source>
        <translation>Слова, которые вам сообщили, через пробел или дефис</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>О&amp;ткрыть</translation>
    </message>
    <message>
        <source>Conflicts: records you both have, with different content. Yours are kept unless you tick “Take theirs”. Double-click a row to see your case.</source>
        <translation>Расхождения: записи, которые есть у вас обоих, но с разным содержимым. Остаётся ваша версия, если не отмечено «Взять у коллеги». Двойной щелчок по строке открывает ваше дело.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Везде оставить &amp;мою версию</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Везде взять версию &amp;коллеги</translation>
    </message>
    <message>
        <source>These cases of theirs have a reference that a different case of yours already has. They are skipped, with their records, unless you give them a new reference.</source>
        <translation>У этих дел коллеги номер, который уже есть у другого вашего дела. Они будут пропущены вместе со своими записями, если не дать им новый номер.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Файл передачи:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Open a hand-off package</source>
        <translation>Открыть файл передачи</translation>
    </message>
    <message>
        <source>Choose the package and type its passphrase.</source>
        <translation>Выберите файл передачи и введите его парольную фразу.</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Проверка файла передачи</translation>
    </message>
    <message>
        <source>The package was not opened.</source>
        <translation>Файл передачи не открыт.</translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2: %n case(s) (%3).</source>
        <translation>
            <numerusform>Отправитель: %1, файл создан %2: %n дело (%3).</numerusform>
            <numerusform>Отправитель: %1, файл создан %2: %n дела (%3).</numerusform>
            <numerusform>Отправитель: %1, файл создан %2: %n дел (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed colleague</source>
        <translation>коллега (имя не указано)</translation>
    </message>
    <message>
        <source>New records: %1. Already here and identical: %2. Conflicts: %3. References used by another case: %4.</source>
        <translation>Новых записей: %1. Уже есть и совпадают: %2. Расхождений: %3. Номеров, занятых другим делом: %4.</translation>
    </message>
    <message>
        <source>Everything in this package is already in your vault: importing changes nothing.</source>
        <translation>Всё из этого файла уже есть в вашем хранилище: импорт ничего не изменит.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Импорт файла передачи</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Отменено; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 record(s) added, %2 replaced by theirs, %3 conflict(s) kept as yours.</source>
        <translation>Добавлено записей: %1; заменено версией коллеги: %2; расхождений, в которых оставлена ваша версия: %3.</translation>
    </message>
    <message>
        <source>Skipped (reference used by another case): %1.</source>
        <translation>Пропущены (номер занят другим делом): %1.</translation>
    </message>
    <message>
        <source>Hand-off imported</source>
        <translation>Файл передачи импортирован</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No history yet: save the case first.</source>
        <translation>Истории пока нет: сначала сохраните дело.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New case</source>
        <translation>&amp;Новое дело</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Импорт дел…</translation>
    </message>
    <message>
        <source>&amp;Export cases (unencrypted)…</source>
        <translation>&amp;Экспорт дел (без шифрования)…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Отчёты…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate clients…</source>
        <translation>Найти &amp;дубликаты доверителей…</translation>
    </message>
    <message>
        <source>&amp;Hand off cases to a colleague…</source>
        <translation>&amp;Передать дела коллеге…</translation>
    </message>
    <message>
        <source>Import a hand-off &amp;package…</source>
        <translation>Импорт &amp;файла передачи…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Ch&amp;ange passphrase…</source>
        <translation>С&amp;менить парольную фразу…</translation>
    </message>
    <message>
        <source>Check &amp;vault</source>
        <translation>Проверить &amp;хранилище</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Move the case to the &amp;trash</source>
        <translation>Переместить дело в &amp;корзину</translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation>&amp;Сохранить дело</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Next tab of the case</source>
        <translation>Следующая вкладка дела</translation>
    </message>
    <message>
        <source>Previous tab of the case</source>
        <translation>Предыдущая вкладка дела</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Abarona</source>
        <translation>&amp;О программе Abarona</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>Дело %1 сохранено.</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Несохранённые изменения восстановлены</translation>
    </message>
    <message>
        <source>The vault locked itself while a case had unsaved changes. They were kept encrypted in the vault and are back in the editor: check and save them.</source>
        <translation>Хранилище заблокировалось, когда в деле были несохранённые изменения. Они сохранились в хранилище в зашифрованном виде и снова открыты в редакторе: проверьте и сохраните их.</translation>
    </message>
    <message>
        <source>Where the vault is kept</source>
        <translation>Где хранится хранилище</translation>
    </message>
    <message>
        <source>The vault was changed outside Abarona</source>
        <translation>Хранилище изменено вне Abarona</translation>
    </message>
    <message>
        <source>The last changes are not in the vault file yet</source>
        <translation>Последние изменения ещё не в файле хранилища</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Импорт дел</translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Файлы дел (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Importing cases</source>
        <translation>Импорт дел</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n ошибка.</numerusform>
            <numerusform>… и ещё %n ошибки.</numerusform>
            <numerusform>… и ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>The file was not imported, because of these problems:</source>
        <translation>Файл не импортирован из-за этих ошибок:</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Импорт отменён</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Импорт отменён; ничего не импортировано.</translation>
    </message>
    <message>
        <source>These articles are not in the catalogue; they were imported as written. Check the numbers against the code:</source>
        <translation>Этих статей нет в справочнике; они импортированы как написаны. Сверьте номера с кодексом:</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Импорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Импортировано %n дело.</numerusform>
            <numerusform>Импортировано %n дела.</numerusform>
            <numerusform>Импортировано %n дел.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup not made</source>
        <translation>Автоматическая копия не создана</translation>
    </message>
    <message>
        <source>The dashboard will say so until a backup is made.</source>
        <translation>Сводка будет напоминать об этом, пока копия не будет создана.</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Экспортировать без шифрования?</translation>
    </message>
    <message>
        <source>The export is a plain JSON file: anyone who gets it can read every case in it. Export only to a place you control, and delete the file when done.</source>
        <translation>Экспорт — это обычный файл JSON: любой, кто его получит, прочтёт все дела. Экспортируйте только туда, где вы контролируете доступ, и удалите файл после использования.</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Экспорт дел</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Файлы дел (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Экспорт завершён</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n case(s), unencrypted.</source>
        <translation>
            <numerusform>Записано %n дело без шифрования.</numerusform>
            <numerusform>Записано %n дела без шифрования.</numerusform>
            <numerusform>Записано %n дел без шифрования.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза сменена</translation>
    </message>
    <message>
        <source>The vault now opens only with the new passphrase. Backups made before still open with the old one: make a new backup now.</source>
        <translation>Теперь хранилище открывается только новой парольной фразой. Резервные копии, сделанные раньше, по-прежнему открываются старой: сделайте новую копию сейчас.</translation>
    </message>
    <message>
        <source>The vault could not be checked</source>
        <translation>Не удалось проверить хранилище</translation>
    </message>
    <message>
        <source>Check vault</source>
        <translation>Проверка хранилища</translation>
    </message>
    <message>
        <source>The vault is intact: %1 pages checked (encryption and structure).</source>
        <translation>Хранилище цело: проверено страниц — %1 (шифрование и структура).</translation>
    </message>
    <message>
        <source>The vault is damaged: %1 problem(s) found. Stop working in it: restore the newest backup into a new vault file (Backups page) and keep this file for an expert.</source>
        <translation>Хранилище повреждено: найдено ошибок — %1. Прекратите работу с ним: восстановите последнюю резервную копию в новый файл хранилища (раздел «Резервные копии»), а этот файл сохраните для специалиста.</translation>
    </message>
    <message>
        <source>About Abarona</source>
        <translation>О программе Abarona</translation>
    </message>
    <message>
        <source>Abarona keeps case files for the defence of Belarusians in Russia, encrypted on this computer. It never connects to the network.</source>
        <translation>Abarona хранит материалы дел по защите граждан Беларуси в России в зашифрованном виде на этом компьютере. Программа никогда не подключается к сети.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
</context>
<context>
    <name>ManualDeadlineDialog</name>
    <message>
        <source>Add a deadline</source>
        <translation>Добавить срок</translation>
    </message>
    <message>
        <source>e.g. Submit the ECtHR request with the removal date</source>
        <translation>например, направить в ЕСПЧ запрос с указанием даты вывоза</translation>
    </message>
    <message>
        <source>(no trigger event)</source>
        <translation>(без события-основания)</translation>
    </message>
    <message>
        <source>e.g. CPC art. 125</source>
        <translation>например, ст. 125 УПК РФ</translation>
    </message>
    <message>
        <source>What is due:</source>
        <translation>Что предстоит:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Срок:</translation>
    </message>
    <message>
        <source>Trigger event:</source>
        <translation>Событие-основание:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Правовая норма:</translation>
    </message>
    <message>
        <source>Say what is due.</source>
        <translation>Укажите, что предстоит сделать.</translation>
    </message>
</context>
<context>
    <name>NoticeDaysDialog</name>
    <message>
        <source>Days the notice gives</source>
        <translation>Число дней по уведомлению</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Рассчитано: %1</translation>
    </message>
    <message>
        <source>e.g. The notice of 3 March gives 5 days to leave</source>
        <translation>напр. В уведомлении от 3 марта дано 5 дней на выезд</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Дней:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Последний день:</translation>
    </message>
    <message>
        <source>%1, 24:00 %2</source>
        <translation>%1, 24:00 %2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
    <message>
        <source>%1, 24:00 Moscow time</source>
        <translation>%1, 24:00 по московскому времени</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Укажите причину: она сохранится в истории.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the computed date</source>
        <translation>Замена рассчитанной даты</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Рассчитано: %1</translation>
    </message>
    <message>
        <source>e.g. The court set the term to 19 April in its ruling</source>
        <translation>например, суд в постановлении установил срок до 19 апреля</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Укажите причину: она сохранится в истории.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Связь безопасна</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕТ</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Уведомлений</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>Add a part&amp;y…</source>
        <translation>Добавить &amp;участника…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>человек</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>an authority</source>
        <translation>ведомство</translation>
    </message>
    <message>
        <source>Phone, messenger, address (never in public reports)</source>
        <translation>Телефон, мессенджер, адрес (не попадает в публичные отчёты)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation>связываться безопасно</translation>
    </message>
    <message>
        <source>NOT safe to contact</source>
        <translation>связываться НЕБЕЗОПАСНО</translation>
    </message>
    <message>
        <source>How to reach them safely, e.g. Signal only, evenings</source>
        <translation>Как безопасно связаться, например только Signal, по вечерам</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>What they were told</source>
        <translation>Что сообщили</translation>
    </message>
    <message>
        <source>Log a &amp;notification</source>
        <translation>Записать &amp;уведомление</translation>
    </message>
    <message>
        <source>Remove notification</source>
        <translation>Удалить уведомление</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Is:</source>
        <translation>Кто это:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Контакты:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Client&apos;s consent to contact:</source>
        <translation>Согласие доверителя на связь:</translation>
    </message>
    <message>
        <source>Consent given or refused on:</source>
        <translation>Дата согласия или отказа:</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Безопасность:</translation>
    </message>
    <message>
        <source>How to contact:</source>
        <translation>Как связаться:</translation>
    </message>
    <message>
        <source>Notifications (never in public reports):</source>
        <translation>Уведомления (не попадают в публичные отчёты):</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Нужно имя.</translation>
    </message>
    <message>
        <source>Notification %1: the date must be like 2021-12-28, 2021-12 or 2021-12-28~.</source>
        <translation>Уведомление %1: дата указывается как 2021-12-28, 2021-12 или 2021-12-28~.</translation>
    </message>
    <message>
        <source>Notification %1: the time must be HH:MM, e.g. 19:00.</source>
        <translation>Уведомление %1: время указывается как ЧЧ:ММ, например 19:00.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find a client by any spelling of the name…</source>
        <translation>Найти доверителя по любому написанию имени…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Исход</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <source>Cases of the chosen client (Enter or double-click opens one):</source>
        <translation>Дела выбранного доверителя (Enter или двойной щелчок открывает дело):</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>surname</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>белорусский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кириллица</translation>
    </message>
    <message>
        <source>%1 equal</source>
        <translation>%1 совпадает</translation>
    </message>
    <message>
        <source>%1 equal apart from letter case and diacritics</source>
        <translation>%1 совпадает без учёта регистра и диакритических знаков</translation>
    </message>
    <message>
        <source>%1 equal after %2→Latin transliteration (%3)</source>
        <translation>%1 совпадает после транслитерации %2 → латиница (%3)</translation>
    </message>
    <message>
        <source>%1: one name across scripts, allowing for spelling and Belarusian/Russian variants</source>
        <translation>%1: одно имя в разных алфавитах с учётом вариантов написания и белорусских/русских форм</translation>
    </message>
    <message>
        <source>%1: Belarusian and Russian forms of one name</source>
        <translation>%1: белорусская и русская формы одного имени</translation>
    </message>
    <message>
        <source>%1: spelling variants of one transliteration</source>
        <translation>%1: варианты написания одной транслитерации</translation>
    </message>
    <message>
        <source>%1: Russian/Belarusian variants of one name</source>
        <translation>%1: русский и белорусский варианты одного имени</translation>
    </message>
    <message>
        <source>%1: another spelling of the same given name</source>
        <translation>%1: другое написание того же имени</translation>
    </message>
    <message>
        <source>%1: two letters swapped (possible typo)</source>
        <translation>%1: переставлены две буквы (возможна опечатка)</translation>
    </message>
    <message>
        <source>%1: one vowel differs (possible typo)</source>
        <translation>%1: отличается одна гласная (возможна опечатка)</translation>
    </message>
    <message>
        <source>%1: one consonant differs (possible typo)</source>
        <translation>%1: отличается одна согласная (возможна опечатка)</translation>
    </message>
    <message>
        <source>%1 differs by %2 letters (possible typo)</source>
        <translation>%1 отличается в %2 буквах (возможна опечатка)</translation>
    </message>
    <message>
        <source>%1 is part of a double name</source>
        <translation>%1 — часть двойного имени</translation>
    </message>
    <message>
        <source>%1: the initial agrees</source>
        <translation>%1: инициал совпадает</translation>
    </message>
    <message>
        <source>different given names</source>
        <translation>разные имена</translation>
    </message>
    <message>
        <source>%1 differs (%2% alike)</source>
        <translation>%1 отличается (сходство %2%)</translation>
    </message>
    <message>
        <source>word order differs (surname first in one)</source>
        <translation>разный порядок слов (в одном из имён фамилия стоит первой)</translation>
    </message>
    <message>
        <source>only one word of the name can be compared</source>
        <translation>сравнить можно только одно слово имени</translation>
    </message>
    <message>
        <source>patronymic given in one name only</source>
        <translation>отчество указано только в одном из имён</translation>
    </message>
    <message>
        <source>patronymics differ</source>
        <translation>отчества различаются</translation>
    </message>
    <message>
        <source>one is a woman&apos;s form of the name, the other a man&apos;s</source>
        <translation>одно имя в женской форме, другое — в мужской</translation>
    </message>
    <message>
        <source>birth date equal</source>
        <translation>дата рождения совпадает</translation>
    </message>
    <message>
        <source>birth year equal</source>
        <translation>год рождения совпадает</translation>
    </message>
    <message>
        <source>birth dates compatible</source>
        <translation>даты рождения не противоречат друг другу</translation>
    </message>
    <message>
        <source>%1 word(s) of one name have no counterpart</source>
        <translation>слов одного имени без соответствия: %1</translation>
    </message>
    <message>
        <source>birth dates differ (%1 and %2)</source>
        <translation>даты рождения различаются (%1 и %2)</translation>
    </message>
    <message>
        <source>birth years one apart (%1 and %2)</source>
        <translation>годы рождения отличаются на один год (%1 и %2)</translation>
    </message>
    <message>
        <source>birth dates equal if day and month are swapped (%1 and %2)</source>
        <translation>даты рождения совпадают, если поменять местами день и месяц (%1 и %2)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The period ends before it starts: swap the two dates.</source>
        <translation>Период заканчивается раньше, чем начинается: поменяйте даты местами.</translation>
    </message>
    <message>
        <source>A date of the period is not a date. Write it as 2021-12-31, 2021-12 or 2021.</source>
        <translation>Одна из дат периода указана неверно. Пишите 2021-12-31, 2021-12 или 2021.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Справка по делу</translation>
    </message>
    <message>
        <source>Aggregate report over a period</source>
        <translation>Сводный отчёт за период</translation>
    </message>
    <message>
        <source>Internal: everything, with personal data</source>
        <translation>Внутренний: всё, включая персональные данные</translation>
    </message>
    <message>
        <source>Public: names only as each person consented</source>
        <translation>Публичный: имена — только так, как разрешил каждый</translation>
    </message>
    <message>
        <source>Include the case summary and event texts (names stay hidden)</source>
        <translation>Включить краткое описание дела и тексты событий (имена останутся скрыты)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>earliest, or e.g. 2023-01</source>
        <translation>с начала или, например, 2023-01</translation>
    </message>
    <message>
        <source>today, or e.g. 2023-03-31</source>
        <translation>по сегодня или, например, 2023-03-31</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Отчёт:</translation>
    </message>
    <message>
        <source>Arrests in:</source>
        <translation>Задержания за:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Бумага:</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Обновить просмотр</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>The options changed: update the preview to print or save this report.</source>
        <translation>Параметры изменились: обновите просмотр, чтобы напечатать или сохранить этот отчёт.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Подготовка отчёта…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 pages; the preview shows the first %2.</source>
        <translation>Страниц: %1; в просмотре показаны первые %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n страница.</numerusform>
            <numerusform>%n страницы.</numerusform>
            <numerusform>%n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Не удалось подготовить отчёт</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Хранилище заблокировано.</translation>
    </message>
    <message>
        <source>A PDF file is NOT encrypted: anyone who gets the file can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Файл PDF НЕ зашифрован: его прочтёт любой, кто получит файл. Храните его надёжно и удалите, когда он станет не нужен.</translation>
    </message>
    <message>
        <source>This is the internal version: it contains personal data, contact details and notes.</source>
        <translation>Это внутренняя версия: в ней есть персональные данные, контакты и заметки.</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Сохранить незашифрованный PDF?</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Отчёт не сохранён</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Print the report?</source>
        <translation>Напечатать отчёт?</translation>
    </message>
    <message>
        <source>Printing hands the report to the printing system unencrypted (it may keep a copy in its queue). To keep a PDF, use Save as PDF instead.</source>
        <translation>При печати отчёт передаётся системе печати без шифрования (копия может остаться в очереди печати). Чтобы получить PDF, используйте «Сохранить как PDF».</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить принтер.</translation>
    </message>
</context>
<context>
    <name>RiskBand</name>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Why, since when</source>
        <translation>Почему, с какого времени</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <source>Clients at risk of removal now</source>
        <translation>Доверители под угрозой высылки сейчас</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Открыть дело</translation>
    </message>
    <message>
        <source>Check&amp;list…</source>
        <translation>Порядок действи&amp;й…</translation>
    </message>
    <message>
        <source>Draft &amp;urgent request…</source>
        <translation>Проект сро&amp;чного обращения…</translation>
    </message>
    <message>
        <source>Cannot assess the risk of removal</source>
        <extracomment>Asked again each minute while the dashboard is on screen: a window opens or closes by the clock alone (a removal recorded for tonight begins, a release-day watch ends), and the lawyer may leave the dashboard open. Shown again only when the answer changed.</extracomment>
        <translation>Не удаётся оценить угрозу высылки</translation>
    </message>
    <message numerus="yes">
        <source>At risk of removal now: %n client(s)</source>
        <translation>
            <numerusform>Под угрозой высылки сейчас: %n доверитель</numerusform>
            <numerusform>Под угрозой высылки сейчас: %n доверителя</numerusform>
            <numerusform>Под угрозой высылки сейчас: %n доверителей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer in time to %n filing(s): %1</source>
        <translation>
            <numerusform>Нет ответа в срок на %n обращение: %1</numerusform>
            <numerusform>Нет ответа в срок на %n обращения: %1</numerusform>
            <numerusform>Нет ответа в срок на %n обращений: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>to review</source>
        <translation>ожидает проверки</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>подтверждено</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>отклонено</translation>
    </message>
    <message>
        <source>The file is too large to be a list of wanted persons (over 64 MB).</source>
        <translation>Файл слишком велик для списка разыскиваемых (больше 64 МБ).</translation>
    </message>
    <message>
        <source>This is a folder, not a list file.</source>
        <translation>Это папка, а не файл списка.</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>Файла больше нет на прежнем месте.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission, or a disk error).</source>
        <translation>Не удаётся прочитать файл (нет прав или ошибка диска).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) or a password-protected workbook. Open it in a spreadsheet program and save it as .xlsx or CSV, without a password.</source>
        <translation>Это книга старого формата Excel (.xls) или книга, защищённая паролем. Откройте её в табличном редакторе и сохраните как .xlsx или CSV без пароля.</translation>
    </message>
    <message>
        <source>This file looks like an Excel workbook but cannot be read (damaged, or not really .xlsx). Save it again as .xlsx or CSV.</source>
        <translation>Файл похож на книгу Excel, но не читается (повреждён или на самом деле не .xlsx). Сохраните его заново как .xlsx или CSV.</translation>
    </message>
    <message>
        <source>The file has no column names in its first row.</source>
        <translation>В первой строке файла нет названий столбцов.</translation>
    </message>
    <message>
        <source>The file has column names but no entries below them.</source>
        <translation>В файле есть названия столбцов, но под ними нет записей.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding cannot be told. Save it as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>Не удаётся определить кодировку текста файла. Сохраните его в UTF-8 (в Excel: «CSV UTF-8») и импортируйте снова.</translation>
    </message>
    <message>
        <source>This file is not a table: import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Этот файл — не таблица: импортируйте файл CSV или книгу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The CSV file is malformed (an unclosed quotation mark?).</source>
        <translation>Файл CSV повреждён (незакрытая кавычка?).</translation>
    </message>
    <message>
        <source>None of the rows has a name in the chosen column(s).</source>
        <translation>Ни в одной строке нет имени в выбранных столбцах.</translation>
    </message>
    <message>
        <source>The list has no column for the name. Choose the column (or the surname, name and patronymic columns) that holds the names.</source>
        <translation>В списке не указан столбец с именами. Выберите столбец с ФИО (или столбцы фамилии, имени и отчества).</translation>
    </message>
    <message>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation>Один столбец выбран для двух полей; выберите каждый столбец только один раз.</translation>
    </message>
    <message>
        <source>Say who published the list (e.g. MVD RF).</source>
        <translation>Укажите, кто опубликовал список (например, МВД РФ).</translation>
    </message>
    <message>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation>Дата списка указана неверно: пишите 2025-04-09, 2025-04 или 2025.</translation>
    </message>
    <message>
        <source>A chosen column is not in this list. Choose the columns again.</source>
        <translation>Выбранного столбца нет в этом списке. Выберите столбцы заново.</translation>
    </message>
    <message>
        <source>A column is mapped to a field this program does not know. Choose the columns again.</source>
        <translation>Столбец сопоставлен с полем, которого программа не знает. Выберите столбцы заново.</translation>
    </message>
    <message>
        <source>The similarity threshold must be between 0 and 1.</source>
        <translation>Порог сходства должен быть от 0 до 1.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Импорт списка…</translation>
    </message>
    <message>
        <source>Screen &amp;again</source>
        <translation>Проверить &amp;заново</translation>
    </message>
    <message>
        <source>Check the clients again (after new clients came in)</source>
        <translation>Снова проверить доверителей (после появления новых)</translation>
    </message>
    <message>
        <source>Only those to review</source>
        <translation>Только ожидающие проверки</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Список:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новое</translation>
    </message>
    <message>
        <source>Entry on the list</source>
        <translation>Запись в списке</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <source>&amp;Confirm: it is our client</source>
        <translation>Подтверди&amp;ть: это наш доверитель</translation>
    </message>
    <message>
        <source>&amp;Dismiss: another person</source>
        <translation>&amp;Отклонить: другой человек</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Вер&amp;нуть на проверку</translation>
    </message>
    <message>
        <source>Check a name at intake</source>
        <translation>Проверка имени при обращении</translation>
    </message>
    <message>
        <source>Name in any script and order, e.g. Кудин Алексей Николаевич</source>
        <translation>Имя в любом алфавите и порядке, например Кудин Алексей Николаевич</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>Дата рождения (необязательно)</translation>
    </message>
    <message>
        <source>Ope&amp;n the case</source>
        <translation>Открыть &amp;дело</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>П&amp;роверить</translation>
    </message>
    <message>
        <source>Newest list of every source</source>
        <translation>Последний список каждого источника</translation>
    </message>
    <message>
        <source>Cannot show the wanted lists</source>
        <translation>Не удаётся показать списки разыскиваемых</translation>
    </message>
    <message>
        <source>Cannot show the matches</source>
        <translation>Не удаётся показать совпадения</translation>
    </message>
    <message>
        <source>%1 match(es) to review, %2 of them new since the previous list; %3 confirmed.</source>
        <translation>Ожидают проверки: %1 (из них новых с прошлого списка: %2); подтверждено: %3.</translation>
    </message>
    <message>
        <source>No wanted list yet. Import one (CSV or Excel) to check every client against it.</source>
        <translation>Списков разыскиваемых пока нет. Импортируйте список (CSV или Excel), чтобы проверить по нему всех доверителей.</translation>
    </message>
    <message>
        <source>No client matches this list.</source>
        <translation>Совпадений с доверителями в этом списке нет.</translation>
    </message>
    <message>
        <source>%1: the first list of this source, %2 entries.</source>
        <translation>%1: первый список этого источника, записей: %2.</translation>
    </message>
    <message>
        <source>%1, since the list of %2: %3 added, %4 removed.</source>
        <translation>%1, по сравнению со списком от %2: добавлено: %3, убрано: %4.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Добавлены: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Убраны: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>род. %1</translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation>в списке с %1</translation>
    </message>
    <message>
        <source>On the list (%1 %2): %3</source>
        <translation>В списке (%1 %2): %3</translation>
    </message>
    <message>
        <source>Client: %1 (written “%2”), cases %3</source>
        <translation>Доверитель: %1 (написано «%2»), дела %3</translation>
    </message>
    <message>
        <source>Client: %1, cases %3</source>
        <translation>Доверитель: %1, дела %3</translation>
    </message>
    <message>
        <source>Why (score %1): %2</source>
        <translation>Почему (оценка %1): %2</translation>
    </message>
    <message>
        <source>The decision was not saved</source>
        <translation>Решение не сохранено</translation>
    </message>
    <message>
        <source>This match no longer exists (the list was deleted or screened again).</source>
        <translation>Этого совпадения больше нет (список удалён или клиенты проверены заново).</translation>
    </message>
    <message>
        <source>Import a wanted list</source>
        <translation>Импорт списка разыскиваемых</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Списки (*.csv *.xlsx *.txt *.tsv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>Не удаётся прочитать список</translation>
    </message>
    <message>
        <source>Screening the clients</source>
        <translation>Проверка доверителей</translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation>Список не импортирован</translation>
    </message>
    <message>
        <source>%1 entries imported. %2 match(es) with clients, %3 of them new since the previous list; %4 to review.</source>
        <translation>Импортировано записей: %1. Совпадений с доверителями: %2 (из них новых с прошлого списка: %3); ожидают проверки: %4.</translation>
    </message>
    <message>
        <source>%1 row(s) without a name were skipped.</source>
        <translation>Пропущено строк без имени: %1.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Не импортированы столбцы: %1.</translation>
    </message>
    <message>
        <source>The birth date could not be read in row(s) %1; those entries are screened by name alone.</source>
        <translation>Дату рождения не удалось прочитать в строках %1; эти записи проверены только по имени.</translation>
    </message>
    <message>
        <source>Wanted list imported</source>
        <translation>Список разыскиваемых импортирован</translation>
    </message>
    <message>
        <source>The clients were not screened</source>
        <translation>Доверители не проверены</translation>
    </message>
    <message>
        <source>Type a name to check.</source>
        <translation>Введите имя для проверки.</translation>
    </message>
    <message>
        <source>The name was not checked</source>
        <translation>Имя не проверено</translation>
    </message>
    <message>
        <source>(The birth date was not understood and was not compared.)</source>
        <translation>(Дата рождения не распознана и не сравнивалась.)</translation>
    </message>
    <message>
        <source>%1 client(s) may be this person.</source>
        <translation>Возможно, это ваш доверитель; совпадений: %1.</translation>
    </message>
    <message>
        <source>No client has this name.</source>
        <translation>Доверителей с таким именем нет.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Как в системе (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Блокировать вместе с экраном и при переходе компьютера в сон</translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation>Запоминать недавно открытые хранилища</translation>
    </message>
    <message>
        <source>Clear the list of recent vaults</source>
        <translation>Очистить список недавних хранилищ</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Text copied from Abarona is removed from the clipboard after this time, and always when the vault is locked or Abarona closes.</source>
        <translation>Текст, скопированный из Abarona, удаляется из буфера обмена через это время и всегда — при блокировке хранилища или закрытии Abarona.</translation>
    </message>
    <message>
        <source>&amp;Discreet: keep no list of vaults or folders, show a neutral title</source>
        <translation>&amp;Скрытно: не хранить список хранилищ и папок, нейтральный заголовок</translation>
    </message>
    <message>
        <source>No recent vaults, no folder remembered by the file dialogs, no vault name in the window title, and the demo vault deleted when locked. The user guide lists what traces remain.</source>
        <translation>Нет недавних хранилищ, диалоги выбора файлов не запоминают папки, в заголовке окна нет имени хранилища, демо-хранилище удаляется при блокировке. Какие следы всё же остаются, описано в руководстве пользователя.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Lock after no activity for:</source>
        <translation>Блокировать после бездействия:</translation>
    </message>
    <message>
        <source>Clear copied text after:</source>
        <translation>Очищать скопированное через:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Open tab 1 to 10 of the case</source>
        <extracomment>Keys that work without a menu item, shown with the menu shortcuts.</extracomment>
        <translation>Открыть вкладку дела с 1-й по 10-ю</translation>
    </message>
    <message>
        <source>Down or Enter in a search field</source>
        <translation>Вниз или Enter в поле поиска</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Перейти к результатам</translation>
    </message>
    <message>
        <source>Enter on a case in the list</source>
        <translation>Enter на деле в списке</translation>
    </message>
    <message>
        <source>Open it in the editor</source>
        <translation>Открыть его в редакторе</translation>
    </message>
    <message>
        <source>Next or previous field; leaves a table</source>
        <translation>Следующее или предыдущее поле; выход из таблицы</translation>
    </message>
    <message>
        <source>Arrows in a table</source>
        <translation>Стрелки в таблице</translation>
    </message>
    <message>
        <source>Move inside the table</source>
        <translation>Перемещение внутри таблицы</translation>
    </message>
    <message>
        <source>← → in the timeline</source>
        <translation>← → на шкале времени</translation>
    </message>
    <message>
        <source>Previous or next event or deadline, described in words</source>
        <translation>Предыдущее или следующее событие или срок, с описанием словами</translation>
    </message>
    <message>
        <source>Enter in the timeline</source>
        <translation>Enter на шкале времени</translation>
    </message>
    <message>
        <source>Open the event</source>
        <translation>Открыть событие</translation>
    </message>
    <message>
        <source>Copy an error message</source>
        <translation>Скопировать сообщение об ошибке</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Abarona vaults (*.abarona);;All files (*)</source>
        <translation>Хранилища Abarona (*.abarona);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Encrypted case files for the defence of Belarusians in Russia against extradition, expulsion and abduction. Works offline.</source>
        <translation>Зашифрованные материалы дел для защиты граждан Беларуси в России от экстрадиции, выдворения и похищения. Работает без интернета.</translation>
    </message>
    <message>
        <source>Choose a vault file…</source>
        <translation>Выберите файл хранилища…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>От&amp;крыть</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Файл хранилища:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Новое хранилище…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>&amp;Демо-хранилище</translation>
    </message>
    <message>
        <source>The demo vault holds made-up cases only; its passphrase is “%1”.</source>
        <translation>В демо-хранилище только вымышленные дела; его парольная фраза — «%1».</translation>
    </message>
    <message>
        <source>No vault yet? Create one, or look around in the demo vault first.</source>
        <translation>Хранилища ещё нет? Создайте его или сначала осмотритесь в демо-хранилище.</translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation>Запоминать недавно открытые хранилища</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <source>Choose a vault file first.</source>
        <translation>Сначала выберите файл хранилища.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Введите парольную фразу хранилища.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Очень слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Type a passphrase, or generate one.</source>
        <translation>Введите парольную фразу или создайте её.</translation>
    </message>
</context>
<context>
    <name>TeamConflictModel</name>
    <message>
        <source>Base</source>
        <translation>Общая основа</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Откуда</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Син&amp;хронизировать</translation>
    </message>
    <message>
        <source>Create or join a team</source>
        <translation>Создать команду или присоединиться</translation>
    </message>
    <message>
        <source>A folder that a file sync (Syncthing...) or a USB stick carries</source>
        <translation>Папка, которую переносит синхронизация файлов (Syncthing...) или флешка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Обзор…</translation>
    </message>
    <message>
        <source>e.g. Laptop-Minsk (default: the computer&apos;s name)</source>
        <translation>например, Ноутбук-Минск (по умолчанию — имя компьютера)</translation>
    </message>
    <message>
        <source>To join: the team passphrase you were told</source>
        <translation>Чтобы присоединиться: парольная фраза команды, которую вам сообщили</translation>
    </message>
    <message>
        <source>&amp;Create a team</source>
        <translation>Создать &amp;команду</translation>
    </message>
    <message>
        <source>&amp;Join a team</source>
        <translation>Присоедин&amp;иться к команде</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Папка команды</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Имя этого устройства</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза команды</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <source>Journals applied</source>
        <translation>Применено журналов</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последний раз</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen device…</source>
        <translation>&amp;Отозвать выбранное устройство…</translation>
    </message>
    <message>
        <source>New team &amp;passphrase…</source>
        <translation>Новая &amp;парольная фраза команды…</translation>
    </message>
    <message>
        <source>Changes made on two devices to the same record. Yours are kept unless you tick “Take theirs”; the decision reaches the team at the next sync. Double-click a row to see the case.</source>
        <translation>Изменения одной и той же записи на двух устройствах. Ваши сохраняются, если не отметить «Взять их»; решение дойдёт до команды при следующей синхронизации. Двойной щелчок по строке открывает дело.</translation>
    </message>
    <message>
        <source>A case deleted on one device and changed on another is kept or deleted whole, with all its records: the decision on the case&apos;s own row decides them all.</source>
        <translation>Дело, удалённое на одном устройстве и изменённое на другом, сохраняется или удаляется целиком, со всеми записями: решение по строке самого дела решает их все.</translation>
    </message>
    <message>
        <source>&amp;Apply these decisions</source>
        <translation>&amp;Применить эти решения</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <source>Journals waiting or refused</source>
        <translation>Журналы в ожидании или отклонённые</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <source>This vault is in no team. A coordinator creates a team in a shared folder; each lawyer&apos;s device then joins it with the team passphrase.</source>
        <translation>Это хранилище не входит в команду. Координатор создаёт команду в общей папке; затем устройство каждого адвоката присоединяется к ней с парольной фразой команды.</translation>
    </message>
    <message>
        <source>&amp;Enter a new team passphrase</source>
        <translation>&amp;Ввести новую парольную фразу команды</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Team folder: %1
This device: %2. Last sync: %3.</source>
        <translation>Папка команды: %1
Это устройство: %2. Последняя синхронизация: %3.</translation>
    </message>
    <message>
        <source> (this device)</source>
        <translation> (это устройство)</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>Команда: ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Team: synced %1</source>
        <translation>Команда: синхронизировано %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal(s) waiting</source>
        <translation>
            <numerusform>%n журнал ожидается</numerusform>
            <numerusform>%n журнала ожидаются</numerusform>
            <numerusform>%n журналов ожидаются</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n конфликт нужно решить</numerusform>
            <numerusform>%n конфликта нужно решить</numerusform>
            <numerusform>%n конфликтов нужно решить</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: new changes wait until the open case is saved</source>
        <translation>Команда: новые изменения ждут, пока открытое дело не будет сохранено</translation>
    </message>
    <message>
        <source>Save or discard the changes to the open case first: the sync may bring changes to it.</source>
        <translation>Сначала сохраните или отмените изменения открытого дела: синхронизация может принести в него изменения.</translation>
    </message>
    <message>
        <source>The team is created. Its passphrase is shown only now and stored nowhere. Give it to each lawyer of the team in person or by a call, never through the folder:

%1</source>
        <translation>Команда создана. Её парольная фраза показывается только сейчас и нигде не хранится. Передайте её каждому адвокату команды лично или по телефону, никогда не через папку:

%1</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Отозвать устройство</translation>
    </message>
    <message>
        <source>Revoke %1? Its journals will be refused from now on, by every device that syncs. Give the team a new passphrase afterwards.</source>
        <translation>Отозвать %1? С этого момента каждое синхронизирующееся устройство будет отклонять его журналы. После этого задайте команде новую парольную фразу.</translation>
    </message>
    <message>
        <source>New team passphrase</source>
        <translation>Новая парольная фраза команды</translation>
    </message>
    <message>
        <source>Give the team a new passphrase? Every other device must then enter it (Join a team). A revoked device, which does not get it, cannot read anything written from now on.</source>
        <translation>Задать команде новую парольную фразу? Каждое другое устройство должно будет её ввести. Отозванное устройство, которое её не получит, не сможет прочитать ничего, записанного с этого момента.</translation>
    </message>
    <message>
        <source>The new team passphrase, shown only now:

%1</source>
        <translation>Новая парольная фраза команды, показывается только сейчас:

%1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Крупнее</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Мельче</translation>
    </message>
    <message>
        <source>Fit to case</source>
        <translation>Всё дело</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <source>● event   ◆ event with a time of day   ▭ approximate or interval date   ▬ custody   ⚑ deadline (large with “!”: overdue; hollow: closed)   ▒ bar to removal (red: violated)   — ← → go from item to item, Enter opens an event, Shift+← → pans, + − zoom, 0 fits; or drag and wheel</source>
        <translation>● событие   ◆ событие с указанием времени   ▭ приблизительная дата или интервал   ▬ содержание под стражей   ⚑ срок (крупный с «!» — просрочен; пустой — закрыт)   ▒ запрет высылки (красный — нарушен)   — ← → переход между элементами, Enter открывает событие, Shift+← → сдвигает, + − масштаб, 0 — всё дело; или перетаскивание и колесо</translation>
    </message>
    <message>
        <source>Cannot show the timeline</source>
        <translation>Не удаётся показать шкалу времени</translation>
    </message>
    <message>
        <source>Export an unencrypted image?</source>
        <translation>Экспортировать незашифрованное изображение?</translation>
    </message>
    <message>
        <source>The image is not encrypted: it shows the case&apos;s events and dates. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Изображение не зашифровано: на нём видны события и даты дела. Храните его в надёжном месте и удалите, когда оно станет не нужно.</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Экспорт шкалы времени в PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Изображения PNG (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved</source>
        <translation>Изображение не сохранено</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Overdue deadline: %1, %2</source>
        <translation>Просроченный срок: %1, %2</translation>
    </message>
    <message>
        <source>Deadline: %1, %2</source>
        <translation>Срок: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 из %2: %3</translation>
    </message>
    <message>
        <source>No events to draw yet.</source>
        <translation>Событий для отображения пока нет.</translation>
    </message>
    <message>
        <source>Moscow time</source>
        <translation>Московское время</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>&amp;Restore the selected case</source>
        <translation>Восс&amp;тановить выбранное дело</translation>
    </message>
    <message>
        <source>Em&amp;pty the trash…</source>
        <translation>&amp;Очистить корзину…</translation>
    </message>
    <message>
        <source>Deleted cases stay here, restorable, until you empty the trash.</source>
        <translation>Удалённые дела остаются здесь, и их можно восстановить, пока вы не очистите корзину.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Корзина пуста.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Очистить корзину?</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be deleted for good, with their events and documents. This cannot be undone.</source>
        <translation>
            <numerusform>%n дело будет удалено навсегда вместе с событиями и документами. Это нельзя отменить.</numerusform>
            <numerusform>%n дела будут удалены навсегда вместе с событиями и документами. Это нельзя отменить.</numerusform>
            <numerusform>%n дел будут удалены навсегда вместе с событиями и документами. Это нельзя отменить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not emptied</source>
        <translation>Не очищено</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Wanted lists</source>
        <translation>Списки разыскиваемых</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Корзина</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Не удаётся открыть дело</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Этого дела больше нет.</translation>
    </message>
    <message>
        <source>Hand off cases</source>
        <translation>Передача дел</translation>
    </message>
    <message>
        <source>Select the cases to hand off in the list first (Ctrl or Shift for several).</source>
        <translation>Сначала выберите в списке дела для передачи (несколько — с Ctrl или Shift).</translation>
    </message>
</context>
<context>
    <name>_DateTimeRow</name>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>Moscow time</source>
        <translation>Московское время</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Abarona backups (*.abarona);;All files (*)</source>
        <translation>Резервные копии Abarona (*.abarona);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The backup is intact: every page passed the encryption check, its structure is sound, its content matches the fingerprint stored in it, and it holds all %1 records it should. Made %2.</source>
        <translation>Резервная копия цела: каждая страница прошла проверку шифрования, её структура в порядке, содержимое совпадает с сохранённым в ней отпечатком, и в ней все %1 записей, которые должны быть. Создана %2.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Check the keyboard layout and Caps Lock. (A file that is not a backup at all looks the same: encryption hides everything.)</source>
        <translation>Эта парольная фраза не открывает резервную копию. Проверьте раскладку клавиатуры и Caps Lock. (Файл, который вовсе не является резервной копией, выглядит так же: шифрование скрывает всё.)</translation>
    </message>
    <message>
        <source>The backup is cut short (truncated): it was not copied to the end, or the drive was removed while it was written. Do not rely on it; make a new backup.</source>
        <translation>Резервная копия обрезана: она скопирована не до конца, или накопитель извлекли во время записи. Не полагайтесь на неё; сделайте новую копию.</translation>
    </message>
    <message>
        <source>The backup is damaged: its content no longer matches the digest stored in it when it was made (part of it was changed or replaced). Do not rely on it.</source>
        <translation>Резервная копия повреждена: её содержимое больше не совпадает с контрольной суммой, сохранённой в ней при создании (часть данных изменена или подменена). Не полагайтесь на неё.</translation>
    </message>
    <message>
        <source>The backup&apos;s first page is damaged, although the passphrase is right. Do not rely on it.</source>
        <translation>Первая страница резервной копии повреждена, хотя парольная фраза верна. Не полагайтесь на эту копию.</translation>
    </message>
    <message>
        <source>The backup is damaged: the integrity checks found problems. Do not rely on it; make a new backup.</source>
        <translation>Резервная копия повреждена: проверка целостности выявила ошибки. Не полагайтесь на неё; сделайте новую копию.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Abarona. Update Abarona to restore it; the file has not been changed.</source>
        <translation>Эта резервная копия создана более новой версией Abarona. Обновите программу, чтобы восстановить её; файл не изменён.</translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation>По этому пути файла нет.</translation>
    </message>
    <message>
        <source>This is an Abarona vault, not a backup: it carries no digest to check it against. Open it as a vault instead.</source>
        <translation>Это хранилище Abarona, а не резервная копия: в нём нет контрольной суммы для проверки. Откройте его как хранилище.</translation>
    </message>
    <message>
        <source>This is a hand-off package, not a backup: import it with “Import a hand-off package” instead.</source>
        <translation>Это файл передачи дел, а не резервная копия: импортируйте его командой «Импорт файла передачи».</translation>
    </message>
    <message>
        <source>This is a backup, not a hand-off package: restore it on the Backups page instead.</source>
        <translation>Это резервная копия, а не файл передачи дел: восстановите её в разделе «Резервные копии».</translation>
    </message>
    <message>
        <source>This file is too short to be a backup (it may be one cut short).</source>
        <translation>Файл слишком короткий для резервной копии (возможно, это обрезанная копия).</translation>
    </message>
    <message>
        <source>This file is not an Abarona backup.</source>
        <translation>Это не резервная копия Abarona.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не удаётся прочитать файл.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>Ничего не сделано: %1</translation>
    </message>
    <message>
        <source>The drive is full, does not take a file this large, or was removed while writing. Nothing was kept; free some space or choose another drive.</source>
        <translation>Накопитель заполнен, не принимает файлы такого размера или был извлечён во время записи. Ничего не сохранено; освободите место или выберите другой накопитель.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Abarona never overwrites a file: choose another name.</source>
        <translation>Файл с таким именем уже существует. Abarona никогда не перезаписывает файлы: выберите другое имя.</translation>
    </message>
    <message>
        <source>This folder is not there. Is the drive connected?</source>
        <translation>Этой папки нет. Подключён ли накопитель?</translation>
    </message>
    <message>
        <source>Nothing can be written in this folder (a read-only drive, or no permission).</source>
        <translation>В эту папку ничего нельзя записать (накопитель только для чтения или нет прав).</translation>
    </message>
    <message>
        <source>The copy did not pass its check when it was read back, so it was not kept. Try another drive.</source>
        <translation>Копия не прошла проверку при повторном чтении и поэтому не сохранена. Попробуйте другой накопитель.</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
    <message>
        <source>A new reference is empty or already used by another case. Nothing was imported.</source>
        <translation>Новый номер пуст или уже занят другим делом. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Taking their version would give a case a reference that another case of yours has. Keep yours, or rename the other case first. Nothing was imported.</source>
        <translation>Если принять версию коллеги, у дела окажется номер, который уже есть у другого вашего дела. Оставьте свою версию или сначала измените номер другого дела. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The package changed since it was opened; open it again. Nothing was imported.</source>
        <translation>Файл передачи изменился после открытия; откройте его заново. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Выберите хотя бы одно дело.</translation>
    </message>
    <message>
        <source>The settings were not saved: the folder must be a full path, and automatic backups need a folder.</source>
        <translation>Настройки не сохранены: папку нужно указать полным путём, а для автоматических копий папка обязательна.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was kept.</source>
        <translation>Произошла непредвиденная ошибка. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>The automatic backup due when the vault closed (%1) was not made.</source>
        <translation>Автоматическая копия, положенная при закрытии хранилища (%1), не создана.</translation>
    </message>
    <message>
        <source>The daily automatic backup (%1) was not made.</source>
        <translation>Ежедневная автоматическая копия (%1) не создана.</translation>
    </message>
    <message>
        <source>Its folder was not there (%1): connect the drive, then use Back up now (Ctrl+B).</source>
        <translation>Её папки не было на месте (%1): подключите накопитель, затем выберите «Создать резервную копию» (Ctrl+B).</translation>
    </message>
    <message>
        <source>Nothing could be written in its folder (a read-only drive, or no permission): choose another folder on the Backups page, then use Back up now (Ctrl+B).</source>
        <translation>В её папку ничего нельзя записать (накопитель только для чтения или нет прав): выберите другую папку на странице «Резервные копии», затем «Создать резервную копию» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The drive is full: free some space or use another drive, then use Back up now (Ctrl+B).</source>
        <translation>Накопитель заполнен: освободите место или возьмите другой накопитель, затем выберите «Создать резервную копию» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The drive failed or was removed while the backup was written: connect it again, then use Back up now (Ctrl+B).</source>
        <translation>Накопитель отказал или был извлечён во время записи копии: подключите его снова, затем выберите «Создать резервную копию» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The copy did not pass its check when read back: use Back up now (Ctrl+B) onto another drive.</source>
        <translation>Копия не прошла проверку при обратном чтении: выберите «Создать резервную копию» (Ctrl+B) на другой накопитель.</translation>
    </message>
    <message>
        <source>The vault itself is damaged: keep your existing backups and run File → Check vault.</source>
        <translation>Повреждено само хранилище: сохраните имеющиеся копии и выберите Файл → Проверить хранилище.</translation>
    </message>
    <message>
        <source>It was cancelled: use Back up now (Ctrl+B).</source>
        <translation>Она была отменена: выберите «Создать резервную копию» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The vault locked itself (after a time without activity, or with the computer) before it could be made: use Back up now (Ctrl+B).</source>
        <translation>Хранилище заблокировалось само (после бездействия или вместе с компьютером) до того, как копию удалось создать: выберите «Создать резервную копию» (Ctrl+B).</translation>
    </message>
    <message>
        <source>Something went wrong: use Back up now (Ctrl+B); if it fails again, run File → Check vault.</source>
        <translation>Что-то пошло не так: выберите «Создать резервную копию» (Ctrl+B); если снова не получится, выберите Файл → Проверить хранилище.</translation>
    </message>
    <message>
        <source>The daily automatic backup is due, but its folder is not there (%1): connect the drive.</source>
        <translation>Пора сделать ежедневную автоматическую копию, но её папки нет на месте (%1): подключите накопитель.</translation>
    </message>
    <message>
        <source>Abarona vaults (*.abarona)</source>
        <translation>Хранилища Abarona (*.abarona)</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>trigger date unknown: enter it</source>
        <translation>дата события неизвестна: укажите её</translation>
    </message>
    <message>
        <source>%1 MSK</source>
        <translation>%1 МСК</translation>
    </message>
    <message>
        <source>%1, 24:00</source>
        <translation>%1, 24:00</translation>
    </message>
    <message>
        <source>%1 %2 = %3 MSK</source>
        <translation>%1 %2 = %3 МСК</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <source>spring %1</source>
        <translation>весна %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>лето %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>осень %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>зима %1</translation>
    </message>
    <message>
        <source>about</source>
        <translation>примерно</translation>
    </message>
    <message>
        <source>(uncertain)</source>
        <translation>(не точно)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>с %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>с %1 по %2</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>Abarona hand-off packages (*.abarona);;All files (*)</source>
        <translation>Файлы передачи дел Abarona (*.abarona);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Доверитель</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Участник</translation>
    </message>
    <message>
        <source>Party&apos;s role in the case</source>
        <translation>Роль участника в деле</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Notification to a relative or contact</source>
        <translation>Уведомление родственнику или контакту</translation>
    </message>
    <message>
        <source>Group of cases</source>
        <translation>Группа дел</translation>
    </message>
    <message>
        <source>Case in a group</source>
        <translation>Дело в группе</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Checklist step ticked</source>
        <translation>Отмеченный шаг списка действий</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>исход</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое описание</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>адвокат</translation>
    </message>
    <message>
        <source>region</source>
        <translation>регион</translation>
    </message>
    <message>
        <source>detention facility</source>
        <translation>место содержания</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>метки</translation>
    </message>
    <message>
        <source>arrest date</source>
        <translation>дата задержания</translation>
    </message>
    <message>
        <source>arrest place</source>
        <translation>место задержания</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>other spellings</source>
        <translation>другие написания</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>hometown</source>
        <translation>родной город</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>место жительства</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>publicity</source>
        <translation>публичность</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>гражданство</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>note</source>
        <translation>примечание</translation>
    </message>
    <message>
        <source>article</source>
        <translation>статья</translation>
    </message>
    <message>
        <source>part</source>
        <translation>ч.</translation>
    </message>
    <message>
        <source>in the trash since</source>
        <translation>в корзине с</translation>
    </message>
    <message>
        <source>deleted (when, by whom)</source>
        <translation>удалено (когда, кем)</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>подано</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>способ отправки</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>получение подтверждено</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>ответ</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>ответ получен</translation>
    </message>
    <message>
        <source>answer expected by</source>
        <translation>ответ ожидается к</translation>
    </message>
    <message>
        <source>checklist step</source>
        <translation>шаг списка действий</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>отмечено</translation>
    </message>
    <message>
        <source>ticked by</source>
        <translation>кто отметил</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>relative or contact</source>
        <translation>родственник или контакт</translation>
    </message>
    <message>
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>место в списке</translation>
    </message>
    <message>
        <source>created</source>
        <translation>создано</translation>
    </message>
    <message>
        <source>date (earliest)</source>
        <translation>дата (не ранее)</translation>
    </message>
    <message>
        <source>date (latest)</source>
        <translation>дата (не позднее)</translation>
    </message>
    <message>
        <source>whereabouts unknown</source>
        <translation>местонахождение неизвестно</translation>
    </message>
    <message>
        <source>since</source>
        <translation>с</translation>
    </message>
    <message>
        <source>until</source>
        <translation>по</translation>
    </message>
    <message>
        <source>since (earliest)</source>
        <translation>с (не ранее)</translation>
    </message>
    <message>
        <source>since (latest)</source>
        <translation>с (не позднее)</translation>
    </message>
    <message>
        <source>until (earliest)</source>
        <translation>по (не ранее)</translation>
    </message>
    <message>
        <source>until (latest)</source>
        <translation>по (не позднее)</translation>
    </message>
    <message>
        <source>filed (UTC)</source>
        <translation>подано (UTC)</translation>
    </message>
    <message>
        <source>answer expected by (UTC)</source>
        <translation>ответ ожидается до (UTC)</translation>
    </message>
    <message>
        <source>consent to contact</source>
        <translation>согласие на связь</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>дата согласия</translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation>связываться безопасно</translation>
    </message>
    <message>
        <source>how to contact</source>
        <translation>как связаться</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>a deadline</source>
        <extracomment>Records other than events, charges, parties and documents, by the audit&apos;s entity name.</extracomment>
        <translation>срок</translation>
    </message>
    <message>
        <source>a filing</source>
        <translation>обращение</translation>
    </message>
    <message>
        <source>the urgent checklist</source>
        <translation>срочный контрольный список</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>доверитель</translation>
    </message>
    <message>
        <source>a place of detention</source>
        <translation>место содержания</translation>
    </message>
    <message>
        <source>a notification of relatives</source>
        <translation>уведомление родственников</translation>
    </message>
    <message>
        <source>a group of linked cases</source>
        <translation>группа связанных дел</translation>
    </message>
    <message>
        <source>an urgent request draft</source>
        <translation>проект срочного обращения</translation>
    </message>
    <message>
        <source>a wanted-list match</source>
        <translation>совпадение с розыскным списком</translation>
    </message>
    <message>
        <source>a wanted list</source>
        <translation>розыскной список</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>отчёт</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>событие «%1»</translation>
    </message>
    <message>
        <source>charge %1</source>
        <translation>обвинение %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>участник %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>документ %1</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>%1 added by %2</source>
        <translation>%1: добавлено, автор — %2</translation>
    </message>
    <message>
        <source>%1 imported by %2</source>
        <translation>%1: импортировано, автор — %2</translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation>%1: изменено, автор — %2</translation>
    </message>
    <message>
        <source>%1 removed by %2</source>
        <translation>%1: удалено, автор — %2</translation>
    </message>
    <message>
        <source>%1 moved to the trash by %2</source>
        <translation>%1: перемещено в корзину, автор — %2</translation>
    </message>
    <message>
        <source>%1 restored from the trash by %2</source>
        <translation>%1: восстановлено из корзины, автор — %2</translation>
    </message>
    <message>
        <source>%1 deleted for good by %2</source>
        <translation>%1: удалено навсегда, автор — %2</translation>
    </message>
    <message>
        <source>%1 changed by hand by %2</source>
        <translation>%1: изменено вручную, автор — %2</translation>
    </message>
    <message>
        <source>%1 merged by %2</source>
        <translation>%1: объединено, автор — %2</translation>
    </message>
    <message>
        <source>%1: an unencrypted copy saved by %2</source>
        <translation>%1: сохранена незашифрованная копия, автор — %2</translation>
    </message>
    <message>
        <source>%1: deadlines counted again by the rules</source>
        <translation>%1: сроки пересчитаны по правилам</translation>
    </message>
    <message>
        <source>%1 received from the team (%2)</source>
        <translation>%1 получено от команды (%2)</translation>
    </message>
    <message>
        <source>%1: a team conflict decided by %2</source>
        <translation>%1: конфликт в команде решил(а) %2</translation>
    </message>
    <message>
        <source>%1: sharing with the team changed by %2</source>
        <translation>%1: доступ команды изменил(а) %2</translation>
    </message>
    <message>
        <source>%1 checked against a wanted list by %2</source>
        <translation>%1 сверено с розыскным списком: %2</translation>
    </message>
    <message>
        <source>%1 put in a hand-off package by %2</source>
        <translation>%1 передано в пакет передачи: %2</translation>
    </message>
    <message>
        <source>%1 received in a hand-off package by %2</source>
        <translation>%1 получено в пакете передачи: %2</translation>
    </message>
    <message>
        <source>%1: a step ticked by %2</source>
        <translation>%1: шаг отметил(а) %2</translation>
    </message>
    <message>
        <source>%1: a step unticked by %2</source>
        <translation>%1: отметку шага снял(а) %2</translation>
    </message>
    <message>
        <source>%1: a report printed or saved by %2</source>
        <translation>%1: отчёт напечатал(а) или сохранил(а) %2</translation>
    </message>
    <message>
        <source>%1: the change by hand undone by %2</source>
        <translation>%1: ручное изменение отменил(а) %2</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>поля: %1</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>This vault is on a network drive. The vault&apos;s write-ahead log does not work over a network: another computer can damage it or miss changes. Keep the vault on this computer&apos;s own disk, and make backups to the network drive instead.</source>
        <translation>Это хранилище лежит на сетевом диске. Журнал упреждающей записи хранилища не работает по сети: другой компьютер может повредить его или не увидеть изменений. Держите хранилище на собственном диске этого компьютера, а на сетевой диск делайте резервные копии.</translation>
    </message>
    <message>
        <source>This vault is in a folder that %1 keeps in sync. A sync client copies the vault while it is open, without its -wal file, so the copy misses recent changes, and copies from two computers can overwrite each other. Keep the vault in a folder that is not synced, and make backups instead (they are encrypted and checked).</source>
        <translation>Это хранилище лежит в папке, которую синхронизирует %1. Программа синхронизации копирует хранилище, пока оно открыто, без его файла -wal, поэтому в копии нет последних изменений, а копии с двух компьютеров могут затереть друг друга. Держите хранилище в папке, которая не синхронизируется, а вместо этого делайте резервные копии (они зашифрованы и проверены).</translation>
    </message>
    <message>
        <source>The vault was changed outside Abarona since it was last closed: its content does not match the seal stored when it was closed (for example, pages replaced with older ones). Cases or events may have gone back to an older state. Compare it with your newest backup, and restore if anything is missing.</source>
        <translation>Хранилище изменено вне Abarona после того, как его закрыли в последний раз: его содержимое не совпадает с печатью, сохранённой при закрытии (например, страницы заменены более старыми). Дела или события могли вернуться к прежнему состоянию. Сравните его с самой свежей резервной копией и восстановите, если чего-то не хватает.</translation>
    </message>
    <message>
        <source>The vault&apos;s first page is damaged, although the passphrase is right. Nothing was changed. Restore the vault from a backup.</source>
        <translation>Первая страница хранилища повреждена, хотя фраза верна. Ничего не изменено. Восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <source>The vault is damaged or cut short (truncated), for example by a copy that did not finish. Nothing was changed. Restore it from a backup.</source>
        <translation>Хранилище повреждено или обрезано — например, копирование не завершилось. Ничего не изменено. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a vault. Nothing was changed.</source>
        <translation>Файл пуст: это не хранилище. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This is an unencrypted database file made by another program, not an Abarona vault.</source>
        <translation>Это незашифрованный файл базы данных другой программы, а не хранилище Abarona.</translation>
    </message>
    <message>
        <source>This is an encrypted database, but not an Abarona vault.</source>
        <translation>Это зашифрованная база данных, но не хранилище Abarona.</translation>
    </message>
    <message>
        <source>This file is too short to be an Abarona vault (it may be a vault cut short). Restore it from a backup.</source>
        <translation>Файл слишком короткий для хранилища Abarona (возможно, хранилище обрезано). Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>This is a folder, not a vault file.</source>
        <translation>Это папка, а не файл хранилища.</translation>
    </message>
    <message>
        <source>This file is not an Abarona vault (or it is damaged beyond recognition).</source>
        <translation>Это не хранилище Abarona (или оно повреждено до неузнаваемости).</translation>
    </message>
    <message>
        <source>The drive is full: no vault was created, and nothing was left in the folder. Free some space on that drive, or choose another folder, then create the vault again.</source>
        <translation>Диск заполнен: хранилище не создано, и в папке ничего не осталось. Освободите место на этом диске или выберите другую папку, затем создайте хранилище снова.</translation>
    </message>
    <message>
        <source>No vault was created: this folder cannot be written (a read-only drive, or no permission), and nothing was left in it. Choose another folder.</source>
        <translation>Хранилище не создано: в эту папку нельзя записывать (диск только для чтения или нет прав), и в ней ничего не осталось. Выберите другую папку.</translation>
    </message>
    <message>
        <source>There is no vault file at this place. Choose another file.</source>
        <translation>Здесь нет файла хранилища. Выберите другой файл.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name: Abarona never overwrites a file.</source>
        <translation>Файл с таким именем уже существует. Выберите другое имя: Abarona никогда не перезаписывает файлы.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Эта парольная фраза не открывает хранилище. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>The vault is damaged: part of it cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation>Хранилище повреждено: часть его не читается. Ничего не изменено. Восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Abarona. Update Abarona to open it; the file has not been changed.</source>
        <translation>Хранилище записано более новой версией Abarona. Обновите программу, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>This vault is already open in another Abarona window or program. Close it there first.</source>
        <translation>Хранилище уже открыто в другом окне Abarona или другой программе. Сначала закройте его там.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved and the vault is intact; free some space and try again.</source>
        <translation>Диск заполнен. Последнее изменение не сохранено, хранилище цело; освободите место и повторите.</translation>
    </message>
    <message>
        <source>The vault cannot be written here (read-only disk or no permission).</source>
        <translation>Сюда нельзя записать хранилище (диск только для чтения или нет прав).</translation>
    </message>
    <message>
        <source>The vault was locked, but its last changes could not be merged into the vault file (the disk may be full): they are safe only in the file ending in -wal beside it. Keep the two files together: do not copy, move or delete the vault file alone. Free some space, then open the vault and lock it again.</source>
        <translation>Хранилище заблокировано, но последние изменения не удалось перенести в файл хранилища (возможно, диск заполнен): они сохранены только в файле с окончанием -wal рядом с ним. Держите эти два файла вместе: не копируйте, не перемещайте и не удаляйте файл хранилища отдельно. Освободите место, затем откройте хранилище и заблокируйте его снова.</translation>
    </message>
    <message>
        <source>The vault reported an error. Nothing more was written.</source>
        <translation>Хранилище сообщило об ошибке. Больше ничего не записано.</translation>
    </message>
    <message>
        <source>The drive is full (or does not take a file this large). Nothing was saved; free some space or choose another drive.</source>
        <translation>Диск заполнен (или не принимает файл такого размера). Ничего не сохранено: освободите место или выберите другой диск.</translation>
    </message>
    <message>
        <source>Nothing can be written in this folder (a read-only drive, or no permission). Nothing was saved; choose another folder.</source>
        <translation>В эту папку ничего нельзя записать (диск только для чтения или нет прав). Ничего не сохранено: выберите другую папку.</translation>
    </message>
    <message>
        <source>The file or folder is not there (moved, renamed, or on a drive that was removed).</source>
        <translation>Файла или папки нет на месте (перемещены, переименованы или на отключённом диске).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Это папка, а не файл.</translation>
    </message>
    <message>
        <source>The name is too long for this drive: choose a shorter one.</source>
        <translation>Имя слишком длинное для этого диска: выберите покороче.</translation>
    </message>
    <message>
        <source>The file could not be read or written (a disk or drive error). Try again, or choose another drive.</source>
        <translation>Файл не удалось прочитать или записать (ошибка диска или накопителя). Попробуйте ещё раз или выберите другой диск.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing more was written.</source>
        <translation>Произошла непредвиденная ошибка. Больше ничего не записано.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>%1: this is required.</source>
        <translation>%1: обязательное поле.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>событие %1</translation>
    </message>
    <message>
        <source>charge %1</source>
        <translation>обвинение %1</translation>
    </message>
    <message>
        <source>relative or contact %1</source>
        <translation>родственник или контакт %1</translation>
    </message>
    <message>
        <source>spelling %1</source>
        <translation>написание %1</translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation>уведомление %1</translation>
    </message>
    <message>
        <source>custody entry %1</source>
        <translation>запись о содержании %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>группа %1</translation>
    </message>
    <message>
        <source>filing %1</source>
        <translation>обращение %1</translation>
    </message>
    <message>
        <source>checklist tick %1</source>
        <translation>отметка в списке шагов %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <source>citizenship %1</source>
        <translation>гражданство %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>дело %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>доверитель</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>задержание</translation>
    </message>
    <message>
        <source>how the case became known</source>
        <translation>как стало известно о деле</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>идентификатор</translation>
    </message>
    <message>
        <source>language</source>
        <translation>язык</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>написание</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>юрисдикция</translation>
    </message>
    <message>
        <source>code</source>
        <translation>кодекс</translation>
    </message>
    <message>
        <source>hours of silence before an alert</source>
        <translation>часов без связи до тревоги</translation>
    </message>
    <message>
        <source>time is approximate</source>
        <translation>время приблизительное</translation>
    </message>
    <message>
        <source>gravity</source>
        <translation>тяжесть</translation>
    </message>
    <message>
        <source>format name</source>
        <translation>название формата</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>версия формата</translation>
    </message>
    <message>
        <source>how</source>
        <translation>как</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1: not a date. Write a day as 2021-12-31, a month as 2021-12 or a year as 2021; add ~ when it is approximate (2021-12~) or ? when it is uncertain (2021?); a period is two dates joined by / (2022-01-28/2022-02-01).</source>
        <translation>%1: это не дата. Пишите день как 2021-12-31, месяц как 2021-12, год как 2021; добавьте ~, если дата приблизительная (2021-12~), или ?, если она под сомнением (2021?); период — две даты через / (2022-01-28/2022-02-01).</translation>
    </message>
    <message>
        <source>%1: not a time of day (use HH:MM).</source>
        <translation>%1: это не время (ЧЧ:ММ).</translation>
    </message>
    <message>
        <source>%1: choose one of the offered values.</source>
        <translation>%1: выберите одно из предложенных значений.</translation>
    </message>
    <message>
        <source>%1: another case already has this reference.</source>
        <translation>%1: этот номер уже есть у другого дела.</translation>
    </message>
    <message>
        <source>%1: this charge is listed twice; remove one.</source>
        <translation>%1: это обвинение указано дважды; удалите одно.</translation>
    </message>
    <message>
        <source>%1: the text is too long or contains invalid characters.</source>
        <translation>%1: текст слишком длинный или содержит недопустимые символы.</translation>
    </message>
    <message>
        <source>%1: a language is written as two letters, e.g. ru, be, en, pl.</source>
        <translation>%1: язык записывается двумя буквами, например ru, be, en, pl.</translation>
    </message>
    <message>
        <source>%1: a country is written as two capital letters, e.g. BY, RU.</source>
        <translation>%1: страна записывается двумя заглавными буквами, например BY, RU.</translation>
    </message>
    <message>
        <source>%1: out of range.</source>
        <translation>%1: значение вне допустимых пределов.</translation>
    </message>
    <message>
        <source>%1: not an identifier as Abarona writes them; leave it out for a new case.</source>
        <translation>%1: это не идентификатор в том виде, как его пишет Abarona; для нового дела не указывайте его.</translation>
    </message>
    <message>
        <source>%1: a value of the wrong kind (text, a number, true or false, or a list) is in the file here.</source>
        <translation>%1: в файле здесь значение не того вида (текст, число, да/нет или список).</translation>
    </message>
    <message>
        <source>%1: this is not part of an Abarona case file (the file may come from another program or a newer version).</source>
        <translation>%1: такого нет в файле дел Abarona (файл мог быть сделан другой программой или более новой версией).</translation>
    </message>
    <message>
        <source>%1: given twice in this case; keep one and import again.</source>
        <translation>%1: указано дважды в этом деле; оставьте одно и импортируйте снова.</translation>
    </message>
    <message>
        <source>%1: two cases of the file have the same identifier.</source>
        <translation>%1: у двух дел в файле один и тот же идентификатор.</translation>
    </message>
    <message>
        <source>%1: this case is already in the vault; nothing was imported.</source>
        <translation>%1: это дело уже есть в хранилище; ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: the end is before the start.</source>
        <translation>%1: конец раньше начала.</translation>
    </message>
    <message>
        <source>%1: this checklist step is ticked twice in this case; keep one.</source>
        <translation>%1: этот шаг контрольного списка отмечен в деле дважды; оставьте одну отметку.</translation>
    </message>
    <message>
        <source>%1: not a date and time with its zone: write it as 2022-04-05T14:30:00Z (UTC) or 2022-04-05T17:30:00+03:00.</source>
        <translation>%1: не дата и время с часовым поясом: напишите как 2022-04-05T14:30:00Z (UTC) или 2022-04-05T17:30:00+03:00.</translation>
    </message>
    <message>
        <source>%1: this filing cannot be recorded as given: check its kind, to whom it was filed, the way of sending, and its times (2022-04-05T21:30+03:00; none before the filing itself).</source>
        <translation>%1: это обращение нельзя записать в таком виде: проверьте его вид, куда оно подано, способ отправки и время (2022-04-05T21:30+03:00; ни одно не раньше самой подачи).</translation>
    </message>
    <message>
        <source>The file is not a readable case file: it is damaged or cut short, or it is not an Abarona export.</source>
        <translation>Файл не читается как файл дел: он повреждён или обрезан либо это не экспорт Abarona.</translation>
    </message>
    <message>
        <source>The file is not a text file in UTF-8: save it as UTF-8 (in most editors: Save as, encoding UTF-8) and import again.</source>
        <translation>Файл не в кодировке UTF-8: сохраните его в UTF-8 (в большинстве редакторов: «Сохранить как», кодировка UTF-8) и импортируйте снова.</translation>
    </message>
    <message>
        <source>The file is empty: there are no cases in it.</source>
        <translation>Файл пуст: в нём нет ни одного дела.</translation>
    </message>
    <message>
        <source>This is not an Abarona case file.</source>
        <translation>Это не файл дел Abarona.</translation>
    </message>
    <message>
        <source>The file was written by another version of Abarona that this one cannot read: update Abarona.</source>
        <translation>Файл записан другой версией Abarona, которую эта не читает: обновите Abarona.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the values a case file can give here: %3.</source>
        <translation>%1: «%2» — не из тех значений, которые может дать файл дел в этом месте: %3.</translation>
    </message>
    <message>
        <source>%1: give one of the values a case file can give here: %3.</source>
        <translation>%1: укажите одно из значений, которые может дать файл дел в этом месте: %3.</translation>
    </message>
    <message>
        <source>%1: one line of at most %2 characters, with no line break or other control character.</source>
        <translation>%1: одна строка не длиннее %2 знаков, без переносов строки и других управляющих символов.</translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation>%1: укажите целое число от %2 до %3.</translation>
    </message>
    <message>
        <source>%1: this value cannot be used here.</source>
        <translation>%1: это значение здесь использовать нельзя.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Replace the file?</source>
        <extracomment>Tests set this to a function (kind, title, text) -&gt; answer, and no modal box is shown.</extracomment>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 уже существует. Заменить?</translation>
    </message>
</context>
<context>
    <name>rapid</name>
    <message>
        <source>transfer date set</source>
        <translation>назначена дата передачи</translation>
    </message>
    <message>
        <source>forced expulsion ordered</source>
        <translation>назначено принудительное выдворение</translation>
    </message>
    <message>
        <source>extradition decision final, no appeal</source>
        <translation>решение о выдаче вступило в силу, жалоба не подана</translation>
    </message>
    <message>
        <source>released: re-arrest at the gate</source>
        <translation>освобождён: угроза задержания у ворот</translation>
    </message>
    <message>
        <source>contact lost, whereabouts unknown</source>
        <translation>связь утрачена, местонахождение неизвестно</translation>
    </message>
    <message>
        <source>removal step while removal was barred</source>
        <translation>действия по высылке при запрете высылки</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>How many tasks are running, and what waits for them all to end (a lock, for one: the vault must not be closed under a worker that is writing to it).</extracomment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>This vault is in no team: create a team or join one first. Nothing was changed.</source>
        <translation>Это хранилище не входит ни в одну команду: сначала создайте команду или присоединитесь к ней. Ничего не изменено.</translation>
    </message>
    <message>
        <source>The team folder is not there. Plug in the drive or start the file sync, or choose another folder. Nothing was changed.</source>
        <translation>Папки команды нет на месте. Подключите диск или запустите синхронизацию файлов, либо выберите другую папку. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This folder holds no team. Check the folder, or wait until the file sync has brought the team&apos;s files.</source>
        <translation>В этой папке нет команды. Проверьте папку или подождите, пока синхронизация файлов не доставит файлы команды.</translation>
    </message>
    <message>
        <source>This folder already holds a team: join it instead.</source>
        <translation>В этой папке уже есть команда: присоединитесь к ней.</translation>
    </message>
    <message>
        <source>The team passphrase does not open this team. Check it word by word (the newest one, if it was changed). Nothing was changed.</source>
        <translation>Парольная фраза не подходит к этой команде. Проверьте её слово за словом (самую новую, если её меняли). Ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault is already in another team. Nothing was changed.</source>
        <translation>Это хранилище уже входит в другую команду. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This vault is already in a team. Nothing was changed.</source>
        <translation>Это хранилище уже входит в команду. Ничего не изменено.</translation>
    </message>
    <message>
        <source>This device cannot revoke itself: revoke it from another device.</source>
        <translation>Устройство не может отозвать само себя: отзовите его с другого устройства.</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>Сначала выберите устройство в списке.</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>Этот конфликт уже решён.</translation>
    </message>
    <message>
        <source>Their version cannot be taken: it breaks a rule of this vault (for example, a reference another case has). Keep yours, or change yours first.</source>
        <translation>Их версию нельзя взять: она нарушает правило этого хранилища (например, такой номер уже есть у другого дела). Оставьте свою или сначала измените её.</translation>
    </message>
    <message>
        <source>The drive of the team folder is full. Nothing was written to the team folder, and your vault keeps its changes. Free some space there, then try again.</source>
        <translation>Диск командной папки заполнен. В командную папку ничего не записано, а ваше хранилище сохраняет свои изменения. Освободите там место и повторите.</translation>
    </message>
    <message>
        <source>Another copy of this vault has synced as this device (a copy of the vault file used on another computer, or an older backup restored). Nothing was sent or applied. Keep working in one copy only; let the other one leave and join the team again as a new device.</source>
        <translation>Другая копия этого хранилища уже синхронизировалась как это устройство (копия файла хранилища на другом компьютере или восстановленная старая резервная копия). Ничего не отправлено и не применено. Работайте только в одной копии; другую выведите из команды и присоедините заново как новое устройство.</translation>
    </message>
    <message>
        <source>Waiting for journal %1 from %2</source>
        <translation>Ожидается журнал %1 от %2</translation>
    </message>
    <message>
        <source>Journal %1 from %2 is under a new team passphrase: enter it on the Team page.</source>
        <translation>Журнал %1 от %2 зашифрован новой парольной фразой команды: введите её на странице «Команда».</translation>
    </message>
    <message>
        <source>that device was revoked</source>
        <translation>это устройство отозвано</translation>
    </message>
    <message>
        <source>the file is damaged or was altered</source>
        <translation>файл повреждён или изменён</translation>
    </message>
    <message>
        <source>the file was altered</source>
        <translation>файл изменён</translation>
    </message>
    <message>
        <source>it was written by a newer version of Abarona: update Abarona here</source>
        <translation>он записан более новой версией Abarona: обновите Abarona здесь</translation>
    </message>
    <message>
        <source>it was written by an older version of Abarona: update Abarona there</source>
        <translation>он записан более старой версией Abarona: обновите Abarona там</translation>
    </message>
    <message>
        <source>it does not fit this vault</source>
        <translation>он не подходит к этому хранилищу</translation>
    </message>
    <message>
        <source>Journal %1 from %2 was refused (%3); nothing of it was applied.</source>
        <translation>Журнал %1 от %2 отклонён (%3); из него ничего не применено.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(удалено)</translation>
    </message>
</context>
</TS>
