<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="be_BY">
<context>
    <name>BackupsPage</name>
    <message>
        <source>Use it for automatic backups until the vault is locked</source>
        <translation>Выкарыстоўваць яе для аўтаматычных копій, пакуль сховішча не заблакавана</translation>
    </message>
    <message>
        <source>Empty: the vault&apos;s own passphrase</source>
        <translation>Пуста: парольная фраза самога сховішча</translation>
    </message>
    <message>
        <source>Needed only when it is not the vault&apos;s passphrase</source>
        <translation>Патрэбна, толькі калі гэта не парольная фраза сховішча</translation>
    </message>
    <message>
        <source>Show the &amp;passphrase</source>
        <translation>Пака&amp;заць парольную фразу</translation>
    </message>
    <message>
        <source>Left empty, a backup opens with the vault&apos;s passphrase and nothing is retyped (automatic backups too). Another passphrase is not stored: without it that backup cannot be restored.</source>
        <translation>Калі поле пустое, копія адкрываецца парольнай фразай сховішча і нічога не трэба ўводзіць зноў (аўтаматычныя копіі таксама). Іншая парольная фраза не захоўваецца: без яе такую копію аднавіць нельга.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Стварыць копію…</translation>
    </message>
    <message>
        <source>Ver&amp;ify a backup…</source>
        <translation>Праве&amp;рыць копію…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Аднавіць копію…</translation>
    </message>
    <message>
        <source>Back up, verify, restore</source>
        <translation>Капіраванне, праверка, аднаўленне</translation>
    </message>
    <message>
        <source>Backup passphrase:</source>
        <translation>Парольная фраза копіі:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Паўтарыце яе:</translation>
    </message>
    <message>
        <source>A folder on a USB drive, for example</source>
        <translation>Напрыклад, папка на флэшцы</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>А&amp;гляд…</translation>
    </message>
    <message>
        <source>When the vault is closed, if anything changed</source>
        <translation>Пры закрыцці сховішча, калі нешта змянілася</translation>
    </message>
    <message>
        <source>Once a day while the folder is there</source>
        <translation>Раз на дзень, калі папка даступная</translation>
    </message>
    <message>
        <source>all</source>
        <translation>усе</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дз.</translation>
    </message>
    <message>
        <source>&amp;Save the settings</source>
        <translation>Захаваць &amp;налады</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Аўтаматычныя рэзервовыя копіі</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Back up:</source>
        <translation>Калі ствараць:</translation>
    </message>
    <message>
        <source>Keep the newest:</source>
        <translation>Захоўваць апошнія:</translation>
    </message>
    <message>
        <source>Warn when the last backup is older than:</source>
        <translation>Папярэджваць, калі апошняя копія старэйшая за:</translation>
    </message>
    <message>
        <source>automatically</source>
        <translation>аўтаматычна</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>уручную</translation>
    </message>
    <message>
        <source>its own</source>
        <translation>асобная</translation>
    </message>
    <message>
        <source>the vault&apos;s</source>
        <translation>фраза сховішча</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не запісана</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Створана</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Праверка</translation>
    </message>
    <message>
        <source>verified when made</source>
        <translation>правераная пры стварэнні</translation>
    </message>
    <message>
        <source>Backups made</source>
        <translation>Створаныя копіі</translation>
    </message>
    <message>
        <source>No verified backup of this vault yet. Back it up to a USB drive now.</source>
        <translation>Праверанай рэзервовай копіі гэтага сховішча яшчэ няма. Зрабіце копію на флэшку зараз.</translation>
    </message>
    <message>
        <source>Last verified backup: %1, %2 (%3 MB), in %4.</source>
        <translation>Апошняя правераная рэзервовая копія: %1, %2 (%3 МБ), папка %4.</translation>
    </message>
    <message numerus="yes">
        <source>It is older than %n day(s).</source>
        <translation>
            <numerusform>Яна старэйшая за %n дзень.</numerusform>
            <numerusform>Яна старэйшая за %n дні.</numerusform>
            <numerusform>Яна старэйшая за %n дзён.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault has changed since.</source>
        <translation>З таго часу сховішча змянілася.</translation>
    </message>
    <message>
        <source>The two passphrases differ. This is not the vault&apos;s passphrase, and a backup under a passphrase of its own opens only with it: type the same passphrase in both fields.</source>
        <translation>Фразы ў двух палях розныя. Гэта не парольная фраза сховішча, а копія з асобнай фразай адкрываецца толькі ёю: увядзіце адну і тую ж фразу ў абодва палі.</translation>
    </message>
    <message>
        <source>This is not the vault&apos;s passphrase. A backup under a passphrase of its own opens only with that passphrase, so type it again under “Repeat it”.</source>
        <translation>Гэта не парольная фраза сховішча. Копія з асобнай фразай адкрываецца толькі гэтай фразай, таму ўвядзіце яе яшчэ раз у полі «Паўтарыце яе».</translation>
    </message>
    <message>
        <source>A passphrase of its own</source>
        <translation>Асобная парольная фраза копіі</translation>
    </message>
    <message>
        <source>This backup will open only with the passphrase you typed, not with the vault&apos;s passphrase. Without it the backup cannot be restored. Back up under it?</source>
        <translation>Гэтая копія будзе адкрывацца толькі ўведзенай парольнай фразай, а не фразай сховішча. Без яе копію нельга аднавіць. Стварыць копію з гэтай фразай?</translation>
    </message>
    <message>
        <source>Type the backup passphrase first: the vault&apos;s, or another one for this backup.</source>
        <translation>Спачатку ўвядзіце парольную фразу копіі: фразу сховішча або асобную фразу для гэтай копіі.</translation>
    </message>
    <message>
        <source>Back up into which folder?</source>
        <translation>У якую папку захаваць копію?</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Рэзервовае капіраванне</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was left in the folder.</source>
        <translation>Капіраванне скасавана; у папцы нічога не засталося.</translation>
    </message>
    <message>
        <source>No backup was made</source>
        <translation>Рэзервовая копія не створана</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 MB).</source>
        <translation>Копія створана і праверана: %1 (%2 МБ).</translation>
    </message>
    <message>
        <source>It opens only with its own passphrase, not with the vault&apos;s.</source>
        <translation>Яна адкрываецца толькі сваёй асобнай фразай, а не фразай сховішча.</translation>
    </message>
    <message>
        <source>Verify which backup?</source>
        <translation>Якую копію праверыць?</translation>
    </message>
    <message>
        <source>Verifying the backup</source>
        <translation>Праверка рэзервовай копіі</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>Праверка скасавана.</translation>
    </message>
    <message>
        <source>With nothing typed, only a backup made under the vault&apos;s own key opens, and this one was not (it was made under another passphrase, or with a passphrase typed): type its passphrase in “Backup passphrase” and verify it again.</source>
        <translation>Без уведзенай фразы адкрываецца толькі копія, зробленая пад уласным ключом сховішча, а гэтая зроблена інакш (пад іншай фразай або з уведзенай фразай): увядзіце яе фразу ў поле «Парольная фраза копіі» і праверце зноў.</translation>
    </message>
    <message>
        <source>Restore which backup?</source>
        <translation>Якую копію аднавіць?</translation>
    </message>
    <message>
        <source>Restore into a new vault file</source>
        <translation>Аднавіць у новы файл сховішча</translation>
    </message>
    <message>
        <source>Restoring the backup</source>
        <translation>Аднаўленне рэзервовай копіі</translation>
    </message>
    <message>
        <source>The restore was cancelled; no file was made.</source>
        <translation>Аднаўленне скасавана; файл не створаны.</translation>
    </message>
    <message>
        <source>Nothing was restored</source>
        <translation>Нічога не адноўлена</translation>
    </message>
    <message>
        <source>Restored into a new vault: %1. Lock this vault and open that file with the backup&apos;s passphrase to use it.</source>
        <translation>Адноўлена ў новае сховішча: %1. Каб працаваць з ім, заблакуйце гэтае сховішча і адкрыйце той файл парольнай фразай копіі.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Адноўлена</translation>
    </message>
    <message>
        <source>The backup was checked and restored into a new vault at %1.</source>
        <translation>Копія праверана і адноўлена ў новае сховішча: %1.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для аўтаматычных копій</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Аўтаматычнае капіраванне</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>&amp;Save</source>
        <extracomment>Which tab holds the fields of a problem&apos;s path.</extracomment>
        <translation>&amp;Захаваць</translation>
    </message>
    <message>
        <source>Save the case (Ctrl+S)</source>
        <translation>Захаваць справу (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Ска&amp;саваць праўкі</translation>
    </message>
    <message>
        <source>Move to &amp;trash</source>
        <translation>У &amp;кошык</translation>
    </message>
    <message>
        <source>Summary &amp;PDF…</source>
        <translation>Даведка ў &amp;PDF…</translation>
    </message>
    <message>
        <source>Print or save a summary of the case</source>
        <translation>Надрукаваць або захаваць даведку па справе</translation>
    </message>
    <message>
        <source>Use this client</source>
        <translation>Выбраць гэтага даверыцеля</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Агляд</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Абвінавачванні</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Падзеі</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Удзельнікі</translation>
    </message>
    <message>
        <source>Detention</source>
        <translation>Утрыманне</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Кантэкст</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Тэрміны</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Шкала часу</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Дакументы</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Гісторыя</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Тэрмінова</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Новая справа</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <source>The case no longer exists (it was deleted).</source>
        <translation>Справы больш няма (яна выдаленая).</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <extracomment>What the last save changed (desktop.cases.service.OpChanges): the window refreshes only the views it concerns.</extracomment>
        <translation>Незахаваныя змены</translation>
    </message>
    <message>
        <source>This case has changes that are not saved. Save them?</source>
        <translation>У справе ёсць незахаваныя змены. Захаваць іх?</translation>
    </message>
    <message>
        <source>Move to trash?</source>
        <translation>Перамясціць у кошык?</translation>
    </message>
    <message>
        <source>The case goes to the trash, from where it can be restored until the trash is emptied.</source>
        <translation>Справа трапіць у кошык; яе можна аднавіць, пакуль кошык не ачышчаны.</translation>
    </message>
    <message>
        <source>Not moved</source>
        <translation>Не перамешчана</translation>
    </message>
    <message>
        <source>A client with this name is already in the vault: %1. Use that client instead of creating a duplicate?</source>
        <translation>Даверыцель з такім імем ужо ёсць у сховішчы: %1. Выбраць яго, а не ствараць дублікат?</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search: a name in any spelling, a reference, a place, words of the notes…</source>
        <extracomment>The &quot;due&quot; filter&apos;s choices: days ahead (0: overdue only), counted as the dashboard does.</extracomment>
        <translation>Пошук: імя ў любым напісанні, нумар справы, месца, словы з нататак…</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <source>Group of linked cases</source>
        <translation>Група звязаных спраў</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Бліжэйшы тэрмін</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Правая кнопка мышы — выбар слупкоў</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Пратэрмінавана</translation>
    </message>
    <message>
        <source>Due ≤ 7 days</source>
        <translation>Тэрмін ≤ 7 дзён</translation>
    </message>
    <message>
        <source>Due ≤ 30 days</source>
        <translation>Тэрмін ≤ 30 дзён</translation>
    </message>
    <message>
        <source>My cases (%1)</source>
        <translation>Мае справы (%1)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усе віды</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Любы статус</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Любы вынік</translation>
    </message>
    <message>
        <source>Any lawyer</source>
        <translation>Любы адвакат</translation>
    </message>
    <message>
        <source>Any region</source>
        <translation>Любы рэгіён</translation>
    </message>
    <message>
        <source>Any article</source>
        <translation>Любы артыкул</translation>
    </message>
    <message>
        <source>Any group</source>
        <translation>Любая група</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Любы тэрмін</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n справа</numerusform>
            <numerusform>%n справы</numerusform>
            <numerusform>%n спраў</numerusform>
        </translation>
    </message>
    <message>
        <source>No case matches. Try another spelling or clear the filters.</source>
        <translation>Ніводная справа не падыходзіць. Паспрабуйце іншае напісанне або скіньце фільтры.</translation>
    </message>
    <message>
        <source>No cases yet. Create one with Ctrl+N, or import the organisation&apos;s cases (File → Import).</source>
        <translation>Спраў пакуль няма. Стварыце справу (Ctrl+N) або імпартуйце справы арганізацыі (Файл → Імпарт).</translation>
    </message>
</context>
<context>
    <name>CaseRapidPanel</name>
    <message>
        <source>Check&amp;list…</source>
        <translation>Парадак дзеянн&amp;яў…</translation>
    </message>
    <message>
        <source>Draft &amp;urgent request…</source>
        <translation>Праект &amp;тэрміновага звароту…</translation>
    </message>
    <message>
        <source>Filings to courts and international bodies</source>
        <translation>Звароты ў суды і міжнародныя органы</translation>
    </message>
    <message>
        <source>AT RISK OF REMOVAL NOW</source>
        <translation>ПАД ПАГРОЗАЙ ВЫСЫЛКІ ЦЯПЕР</translation>
    </message>
    <message>
        <source>No removal-risk window is open for this client now.</source>
        <translation>Цяпер у давяральніка няма адкрытага акна пагрозы высылкі.</translation>
    </message>
</context>
<context>
    <name>CaseTab</name>
    <message>
        <source>The organisation&apos;s reference, e.g. BY-2026-014</source>
        <translation>Нумар справы ў арганізацыі, напрыклад BY-2026-014</translation>
    </message>
    <message>
        <source>where the proceedings are, e.g. Kaliningrad Oblast: deadlines count in its local time</source>
        <translation>дзе ідзе вытворчасць, напрыклад Калінінградская вобласць: тэрміны лічацца па яе мясцовым часе</translation>
    </message>
    <message>
        <source>Gravity of the equivalent offence under the Russian Criminal Code, art. 15: it sets the absolute custody limit (6, 12 or 18 months).</source>
        <translation>Цяжкасць адпаведнага злачынства паводле арт. 15 КК РФ: ад яе залежыць гранічны тэрмін утрымання пад вартай (6, 12 або 18 месяцаў).</translation>
    </message>
    <message>
        <source>not known (the earliest limit is shown)</source>
        <translation>невядома (паказаны найменшы тэрмін)</translation>
    </message>
    <message>
        <source>small gravity</source>
        <translation>невялікай цяжкасці</translation>
    </message>
    <message>
        <source>medium gravity</source>
        <translation>сярэдняй цяжкасці</translation>
    </message>
    <message>
        <source>grave</source>
        <translation>цяжкае</translation>
    </message>
    <message>
        <source>especially grave</source>
        <translation>асабліва цяжкае</translation>
    </message>
    <message>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation>напрыклад, СІЗА-1 (Масква); ЦУЗІГ</translation>
    </message>
    <message>
        <source>the defence is state-appointed</source>
        <translation>абаронца па прызначэнні</translation>
    </message>
    <message>
        <source>watch for silence, alarm after</source>
        <translation>сачыць за сувяззю, трывога праз</translation>
    </message>
    <message>
        <source>Raise an alarm on the dashboard when nobody has heard from the client (no “contact” event) for longer than this.</source>
        <translation>Паказаць трывогу на зводцы, калі ад даверыцеля няма вестак (няма падзеі «сувязь») даўжэй за гэты тэрмін.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> гадз</translation>
    </message>
    <message>
        <source>comma-separated, e.g. interim-measures-ignored, re-arrested</source>
        <translation>праз коску, напрыклад interim-measures-ignored, re-arrested</translation>
    </message>
    <message>
        <source>Free notes (internal: never in public reports)</source>
        <translation>Нататкі (унутраныя: ніколі не трапляюць у публічныя справаздачы)</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Нумар:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Від:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Вынік:</translation>
    </message>
    <message>
        <source>Arrest date:</source>
        <translation>Дата затрымання:</translation>
    </message>
    <message>
        <source>Arrest place:</source>
        <translation>Месца затрымання:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Рэгіён:</translation>
    </message>
    <message>
        <source>Gravity (RU CC art. 15):</source>
        <translation>Цяжкасць (арт. 15 КК РФ):</translation>
    </message>
    <message>
        <source>Detention facility:</source>
        <translation>Месца ўтрымання:</translation>
    </message>
    <message>
        <source>Responsible lawyer:</source>
        <translation>Адказны адвакат:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Пазнакі:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Коратка:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Нататкі:</translation>
    </message>
    <message>
        <source>The “Arrest” event says %1, but the arrest date here is %2. Correct the one that is wrong.</source>
        <translation>Падзея «Затрыманне» датавана %1, а дата затрымання тут — %2. Выпраўце памылковую.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>Logical order (saved column states depend on it: new columns go at the end); the list shows them in ``SHOWN`` order.</extracomment>
        <translation>Нумар</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Зменена</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>The last day of the case&apos;s soonest open deadline or custody term</source>
        <translation>Апошні дзень бліжэйшага адкрытага тэрміну або тэрміну ўтрымання пад вартай па справе</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Choose a case in the list to see it here.</source>
        <translation>Выберыце справу ў спісе, каб убачыць яе тут.</translation>
    </message>
    <message>
        <source>Also written:</source>
        <translation>Іншыя напісанні:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Рэгіён</translation>
    </message>
    <message>
        <source>Detention facility</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Lawyer</source>
        <translation>Адвакат</translation>
    </message>
    <message>
        <source>(state-appointed)</source>
        <translation>(па прызначэнні)</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <source>Hometown</source>
        <translation>Родны горад</translation>
    </message>
    <message>
        <source>Publicity</source>
        <translation>Публічнасць</translation>
    </message>
    <message>
        <source>Held at</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Звязаныя справы</translation>
    </message>
    <message>
        <source>Learned of the case</source>
        <translation>Пра справу даведаліся</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Абвінавачванні</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Храналогія</translation>
    </message>
    <message>
        <source>No events recorded yet.</source>
        <translation>Падзей пакуль няма.</translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>каля %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Кароткае апісанне</translation>
    </message>
    <message>
        <source>WHEREABOUTS UNKNOWN since %1</source>
        <translation>МЕСЦАЗНАХОДЖАННЕ НЕВЯДОМАЕ з %1</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1, з %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>пратэрмінавана</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Бліжэйшыя тэрміны</translation>
    </message>
    <message>
        <source>In custody since %1: day %2</source>
        <translation>Пад вартай з %1: дзень %2</translation>
    </message>
    <message>
        <source>The custody term ran out on %1 (%2): record the extension, or the release.</source>
        <translation>Тэрмін утрымання пад вартай скончыўся %1 (%2): запішыце падаўжэнне або вызваленне.</translation>
    </message>
    <message>
        <source>Not in custody: held from %1 to %2 (%3 days)</source>
        <translation>Не пад вартай: утрымліваўся з %1 па %2 (%3 дз.)</translation>
    </message>
    <message>
        <source>Not in custody: held from %1; the day it ended is not recorded</source>
        <translation>Не пад вартай: утрымліваўся з %1; дзень заканчэння не запісаны</translation>
    </message>
    <message>
        <source>Removal barred now</source>
        <translation>Выдача і выдварэнне зараз забароненыя</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>At risk of removal now</source>
        <translation>Пад пагрозай высылкі цяпер</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Змена парольнай фразы</translation>
    </message>
    <message>
        <source>Every page of the vault is encrypted again under the new passphrase. Backups and hand-off packages made before keep the passphrase they were made with.</source>
        <translation>Кожная старонка сховішча будзе нанова зашыфравана новай парольнай фразай. Рэзервовыя копіі і файлы перадачы, створаныя раней, захоўваюць тую фразу, з якой былі створаны.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Змяніць</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Новая парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Паўтарыце яе:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Фразы не супадаюць.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation>Гэтую фразу можа падабраць той, хто завалодае ноўтбукам або рэзервовай копіяй. Усё роўна выкарыстоўваць яе?</translation>
    </message>
</context>
<context>
    <name>ChargesTab</name>
    <message>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Частка</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <source>Find an article by number or words of its title (English or Russian), then press Enter</source>
        <translation>Знайдзіце артыкул па нумары або словах назвы (па-руску або па-англійску) і націсніце Enter</translation>
    </message>
    <message>
        <source>part</source>
        <translation>ч.</translation>
    </message>
    <message>
        <source>Remove the selected charge</source>
        <translation>Выдаліць выбранае абвінавачванне</translation>
    </message>
    <message>
        <source>Article not in the catalogue</source>
        <translation>Артыкула няма ў даведніку</translation>
    </message>
    <message>
        <source>%1 is not in the catalogue of articles. Add it as written? Check the number against the code.</source>
        <translation>%1 няма ў даведніку артыкулаў. Дадаць так, як напісана? Звярыце нумар з кодэксам.</translation>
    </message>
    <message>
        <source>No single article matches “%1”. Type its number, or the code and the number as in “УК РБ ст. 363 ч. 2” or “BY CC 363”, and choose it in the list.</source>
        <translation>Ніводны артыкул не адпавядае «%1». Набярыце яго нумар або кодэкс і нумар, як «КК РБ арт. 363 ч. 2» ці «BY CC 363», і выберыце яго ў спісе.</translation>
    </message>
    <message>
        <source>%1 is already listed on this case.</source>
        <translation>%1 ужо ёсць у гэтай справе.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Checklist: %1</source>
        <translation>Парадак дзеянняў: %1</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Who and when are recorded.</source>
        <translation>Адзначайце кожны крок, калі ён зроблены. Хто і калі — запісваецца.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>The tick was not saved</source>
        <translation>Адзнака не захавана</translation>
    </message>
</context>
<context>
    <name>ClientTab</name>
    <message>
        <source>The name as you use it, in any script</source>
        <translation>Імя, як вы яго пішаце, у любым алфавіце</translation>
    </message>
    <message>
        <source>One spelling a line, optionally with its language after a bar: Аляксей Кудзін | be</source>
        <translation>Адно напісанне ў радку, мову можна пазначыць пасля рыскі: Аляксей Кудзін | be</translation>
    </message>
    <message>
        <source>Where the client lives in Russia</source>
        <translation>Дзе даверыцель жыве ў Расіі</translation>
    </message>
    <message>
        <source>Phone, messenger, relatives to call (never in public reports)</source>
        <translation>Тэлефон, месенджар, каму са сваякоў тэлефанаваць (не трапляе ў публічныя справаздачы)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Імя:</translation>
    </message>
    <message>
        <source>Other spellings:</source>
        <translation>Іншыя напісанні:</translation>
    </message>
    <message>
        <source>Born:</source>
        <translation>Дата нараджэння:</translation>
    </message>
    <message>
        <source>Citizenship:</source>
        <translation>Грамадзянства:</translation>
    </message>
    <message>
        <source>Hometown:</source>
        <translation>Родны горад:</translation>
    </message>
    <message>
        <source>Residence in Russia:</source>
        <translation>Месца жыхарства ў Расіі:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Кантакты:</translation>
    </message>
    <message>
        <source>In public reports:</source>
        <translation>У публічных справаздачах:</translation>
    </message>
    <message>
        <source>Notes on the client:</source>
        <translation>Нататкі пра даверыцеля:</translation>
    </message>
</context>
<context>
    <name>CollisionModel</name>
    <message>
        <source>Their case</source>
        <translation>Справа калегі</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Запісаў</translation>
    </message>
    <message>
        <source>Import as (empty: skip)</source>
        <translation>Імпартаваць пад нумарам (пуста — прапусціць)</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <source>Import a wanted list</source>
        <translation>Імпарт спіса вышуку</translation>
    </message>
    <message>
        <source>%1: %2 rows. Check which column holds what; columns left at “—” are not imported.</source>
        <translation>%1 — радкоў: %2. Праверце, які слупок што змяшчае; слупкі, пакінутыя на «—», не імпартуюцца.</translation>
    </message>
    <message>
        <source>the list</source>
        <translation>спіс</translation>
    </message>
    <message>
        <source>e.g. MVD RF, KGB BY</source>
        <translation>напрыклад, МУС РФ, КДБ РБ</translation>
    </message>
    <message>
        <source>e.g. 2025-04-09 or 2025-04</source>
        <translation>напрыклад, 2025-04-09 або 2025-04</translation>
    </message>
    <message>
        <source>Import and screen</source>
        <translation>Імпартаваць і праверыць</translation>
    </message>
    <message>
        <source>Name (surname, name, patronymic):</source>
        <translation>Прозвішча, імя, імя па бацьку:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>Дата нараджэння:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Месца:</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Артыкул:</translation>
    </message>
    <message>
        <source>Date listed:</source>
        <translation>Дата ўнясення ў спіс:</translation>
    </message>
    <message>
        <source>Source column:</source>
        <translation>Слупок крыніцы:</translation>
    </message>
    <message>
        <source>Published by:</source>
        <translation>Хто апублікаваў:</translation>
    </message>
    <message>
        <source>List as of:</source>
        <translation>Спіс на дату:</translation>
    </message>
    <message>
        <source>Choose the column that holds the names (or the surname, name and patronymic columns).</source>
        <translation>Выберыце слупок з імёнамі (або слупкі прозвішча, імя і імя па бацьку).</translation>
    </message>
    <message>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation>Адзін слупок выбраны для двух палёў; выберыце кожны слупок толькі адзін раз.</translation>
    </message>
    <message>
        <source>Say who published the list (e.g. MVD RF): versions are compared per source.</source>
        <translation>Пазначце, хто апублікаваў спіс (напрыклад, МУС РФ): версіі параўноўваюцца ў межах адной крыніцы.</translation>
    </message>
    <message>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation>Дата спіса пазначана няправільна: пішыце 2025-04-09, 2025-04 або 2025.</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <source>Record</source>
        <translation>Запіс</translation>
    </message>
    <message>
        <source>Differs in</source>
        <translation>Адрозніваецца</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>У мяне</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>У калегі</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Узяць у калегі</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>узяць у калегі</translation>
    </message>
    <message>
        <source>keep mine</source>
        <translation>пакінуць маю</translation>
    </message>
</context>
<context>
    <name>ContextTab</name>
    <message>
        <source>When the organisation learned of the case</source>
        <translation>Калі арганізацыя даведалася пра справу</translation>
    </message>
    <message>
        <source>e.g. a call from his mother; the news; a colleague</source>
        <translation>напрыклад, званок маці; навіны; калега</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Як:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Група</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>Чым звязаныя</translation>
    </message>
    <message>
        <source>&amp;Link to a group…</source>
        <translation>Звяз&amp;аць з групай…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Адвязаць</translation>
    </message>
    <message>
        <source>Groups of linked cases (the link is shown on every case of the group)</source>
        <translation>Групы звязаных спраў (сувязь паказваецца ў кожнай справе групы)</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <source>New vault</source>
        <translation>Новае сховішча</translation>
    </message>
    <message>
        <source>Where to keep the vault file</source>
        <translation>Дзе захоўваць файл сховішча</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>А&amp;гляд…</translation>
    </message>
    <message>
        <source>e.g. A. Ivanova — shown in the history of changes</source>
        <translation>напрыклад, А. Іванова — відаць у гісторыі змяненняў</translation>
    </message>
    <message>
        <source>&amp;Generate a passphrase</source>
        <translation>С&amp;тварыць парольную фразу</translation>
    </message>
    <message>
        <source>Write this passphrase down and keep it apart from the laptop. Nobody can recover a vault whose passphrase is lost.</source>
        <translation>Запішыце гэтую парольную фразу і захоўвайце асобна ад ноўтбука. Сховішча са страчанай фразай не зможа адкрыць ніхто.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Стварыць</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Файл сховішча:</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваша імя:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Паўтарыце яе:</translation>
    </message>
    <message>
        <source>New vault file</source>
        <translation>Новы файл сховішча</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Фразы не супадаюць.</translation>
    </message>
    <message>
        <source>Weak passphrase</source>
        <translation>Слабая парольная фраза</translation>
    </message>
    <message>
        <source>This passphrase could be guessed by someone who takes the laptop or a backup. Use it anyway?</source>
        <translation>Гэтую фразу можа падабраць той, хто завалодае ноўтбукам або рэзервовай копіяй. Усё роўна выкарыстоўваць яе?</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Зводка</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Абнавіць</translation>
    </message>
    <message>
        <source>Recompute all deadlines…</source>
        <translation>Пералічыць усе тэрміны…</translation>
    </message>
    <message>
        <source>Compute every deadline again from the events and the rules (after the rules were changed). Statuses and overrides are kept.</source>
        <translation>Нанова разлічыць усе тэрміны па падзеях і правілах (пасля змены правілаў). Статусы і даты, замененыя ўручную, захоўваюцца.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Што трэба зрабіць</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Падзея-падстава</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Пратэрмінавана</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Сёння</translation>
    </message>
    <message>
        <source>Next 14 days</source>
        <translation>Бліжэйшыя 14 дзён</translation>
    </message>
    <message>
        <source>In custody</source>
        <translation>Пад вартай</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Пачатак</translation>
    </message>
    <message>
        <source>Days held</source>
        <translation>Дзён пад вартай</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Засталося дзён</translation>
    </message>
    <message>
        <source>Current term</source>
        <translation>Бягучы тэрмін</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>невядомы</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Сканчаецца</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Silence alarms</source>
        <translation>Трывогі маўчання</translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>Няма сувязі</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Апошняя сувязь</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>не запісана</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Парог</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 гадз</translation>
    </message>
    <message>
        <source>Why watched</source>
        <translation>Прычына</translation>
    </message>
    <message>
        <source>in custody</source>
        <translation>пад вартай</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>пад пагрозай</translation>
    </message>
    <message>
        <source>just released</source>
        <translation>толькі што вызвалены</translation>
    </message>
    <message>
        <source>Risk windows, bars to removal</source>
        <translation>Перыяды рызыкі, забароны вывазу</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>Release-day watch</source>
        <translation>Нагляд у дзень вызвалення</translation>
    </message>
    <message>
        <source>Watch until</source>
        <translation>Сачыць да</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <source>released</source>
        <translation>вызвалены</translation>
    </message>
    <message>
        <source>custody term ended</source>
        <translation>тэрмін утрымання скончыўся</translation>
    </message>
    <message>
        <source>(trigger changed since this override)</source>
        <translation>(падзея-падстава змянілася пасля замены даты)</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>дзейнічае</translation>
    </message>
    <message>
        <source>lifted by a later event</source>
        <translation>пакуль не знята наступнай падзеяй</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>пратэрмінаваны на %n дзень</numerusform>
            <numerusform>пратэрмінаваны на %n дні</numerusform>
            <numerusform>пратэрмінаваны на %n дзён</numerusform>
        </translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>пратэрмінаваны</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сёння</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>праз %n дзень</numerusform>
            <numerusform>праз %n дні</numerusform>
            <numerusform>праз %n дзён</numerusform>
        </translation>
    </message>
    <message>
        <source>(unverified rule)</source>
        <translation>(правіла не праверана)</translation>
    </message>
    <message>
        <source>(date set by hand)</source>
        <translation>(дата зменена ўручную)</translation>
    </message>
    <message>
        <source>(trigger date approximate)</source>
        <translation>(дата падзеі-падставы прыблізная)</translation>
    </message>
    <message>
        <source>entered by hand</source>
        <translation>няма: тэрмін дададзены ўручную</translation>
    </message>
    <message>
        <source>VIOLATED: a removal step was recorded during this bar</source>
        <translation>ПАРУШАНА: падчас гэтай забароны запісана дзеянне па высылцы</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>невядома</translation>
    </message>
    <message numerus="yes">
        <source>term passed %n day(s) ago</source>
        <translation>
            <numerusform>тэрмін скончыўся %n дзень таму</numerusform>
            <numerusform>тэрмін скончыўся %n дні таму</numerusform>
            <numerusform>тэрмін скончыўся %n дзён таму</numerusform>
        </translation>
    </message>
    <message>
        <source>re-arrest risk on release</source>
        <translation>рызыка паўторнага затрымання пры вызваленні</translation>
    </message>
    <message>
        <source>contact lost %1</source>
        <translation>сувязь страчана %1</translation>
    </message>
    <message>
        <source>no contact recorded</source>
        <translation>сувязь не запісана</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n гадзіна</numerusform>
            <numerusform>%n гадзіны</numerusform>
            <numerusform>%n гадзін</numerusform>
        </translation>
    </message>
    <message>
        <source>No verified backup yet: make one now</source>
        <translation>Праверанай рэзервовай копіі яшчэ няма: зрабіце яе зараз</translation>
    </message>
    <message numerus="yes">
        <source>Last verified backup: %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Апошняя правераная рэзервовая копія: %1 (%n дзень таму)</numerusform>
            <numerusform>Апошняя правераная рэзервовая копія: %1 (%n дні таму)</numerusform>
            <numerusform>Апошняя правераная рэзервовая копія: %1 (%n дзён таму)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wanted lists: %n match(es) to review</source>
        <translation>
            <numerusform>Спісы вышуку: %n супадзенне чакае праверкі</numerusform>
            <numerusform>Спісы вышуку: %n супадзенні чакаюць праверкі</numerusform>
            <numerusform>Спісы вышуку: %n супадзенняў чакаюць праверкі</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n new)</source>
        <translation>
            <numerusform>(%n новае)</numerusform>
            <numerusform>(%n новыя)</numerusform>
            <numerusform>(%n новых)</numerusform>
        </translation>
    </message>
    <message>
        <source>Wanted lists: nothing to review</source>
        <translation>Спісы вышуку: правяраць няма чаго</translation>
    </message>
    <message>
        <source>Wanted lists: none imported yet</source>
        <translation>Спісы вышуку: яшчэ не імпартаваны</translation>
    </message>
    <message>
        <source>Cannot show the dashboard</source>
        <translation>Не атрымліваецца паказаць зводку</translation>
    </message>
    <message>
        <source>as of %1 (Moscow time)</source>
        <translation>на %1 (па маскоўскім часе)</translation>
    </message>
    <message>
        <source>Showing the %1 most pressing of %2. The command abarona-cli deadlines lists them all.</source>
        <translation>Паказаны самыя тэрміновыя: %1 з %2. Поўны спіс выводзіць каманда abarona-cli deadlines.</translation>
    </message>
    <message>
        <source>Nothing needs attention: no open deadline, nobody in custody, no silence alarm.</source>
        <translation>Нічога не патрабуе ўвагі: адкрытых тэрмінаў няма, пад вартай нікога няма, трывог маўчання няма.</translation>
    </message>
    <message>
        <source>Recomputing deadlines</source>
        <translation>Пералік тэрмінаў</translation>
    </message>
    <message>
        <source>Deadlines were not recomputed</source>
        <translation>Тэрміны не пералічаны</translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Тэрміны пералічаны</translation>
    </message>
    <message>
        <source>%1 added, %2 moved, %3 removed.</source>
        <translation>Дададзена: %1, зрушана: %2, выдалена: %3.</translation>
    </message>
</context>
<context>
    <name>DeadlineError</name>
    <message>
        <source>This deadline no longer exists (its trigger event may have been removed).</source>
        <translation>Гэтага тэрміну больш няма (магчыма, падзею, ад якой ён лічыўся, выдалена).</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Гэтай справы больш няма.</translation>
    </message>
    <message>
        <source>A manual deadline needs a title: what is due.</source>
        <translation>У тэрміну, дададзенага ўручную, павінна быць назва: што трэба зрабіць.</translation>
    </message>
    <message>
        <source>The title is longer than %1 characters.</source>
        <translation>Назва даўжэйшая за %1 знакаў.</translation>
    </message>
    <message>
        <source>Give the due date.</source>
        <translation>Пазначце дату тэрміну.</translation>
    </message>
    <message>
        <source>The trigger event is not an event of this case.</source>
        <translation>Падзея, ад якой лічыцца тэрмін, належыць не да гэтай справы.</translation>
    </message>
    <message>
        <source>This status is not one a deadline can take.</source>
        <translation>У тэрміну не можа быць такога стану.</translation>
    </message>
    <message>
        <source>Say why the computed date is replaced: the reason is kept in the history.</source>
        <translation>Пазначце, чаму разлічаная дата замяняецца: прычына захоўваецца ў гісторыі.</translation>
    </message>
    <message>
        <source>The reason is longer than %1 characters.</source>
        <translation>Прычына даўжэйшая за %1 знакаў.</translation>
    </message>
    <message>
        <source>A blocking condition has no date to override.</source>
        <translation>У перашкоды няма даты, якую можна замяніць.</translation>
    </message>
    <message>
        <source>Only a computed term in days can take the notice&apos;s number of days.</source>
        <translation>Колькасць дзён з паведамлення можна задаць толькі разлічанаму тэрміну ў днях.</translation>
    </message>
    <message>
        <source>Give the number of days the notice states (1 to %1).</source>
        <translation>Пазначце колькасць дзён, названую ў паведамленні (ад 1 да %1).</translation>
    </message>
    <message>
        <source>That many days run past the calendar this program counts.</source>
        <translation>Столькі дзён выходзіць за межы календара, які лічыць праграма.</translation>
    </message>
    <message>
        <source>This deadline has no date of yours to confirm.</source>
        <translation>У гэтага тэрміну няма вашай даты, якую трэба пацвердзіць.</translation>
    </message>
    <message>
        <source>A computed deadline follows its event; set its status to waived instead.</source>
        <translation>Разлічаны тэрмін ідзе за сваёй падзеяй; замест выдалення адзначце яго як «зняты».</translation>
    </message>
</context>
<context>
    <name>DeadlineStatus</name>
    <message>
        <source>open</source>
        <translation>адкрыты</translation>
    </message>
    <message>
        <source>done</source>
        <translation>выкананы</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>прапушчаны</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>зняты</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <source>Due</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Калі</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>Што трэба зрабіць</translation>
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
        <translation>не пазначана</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Падзея-падстава</translation>
    </message>
    <message>
        <source>&amp;Add deadline…</source>
        <translation>Дад&amp;аць тэрмін…</translation>
    </message>
    <message>
        <source>Set stat&amp;us</source>
        <translation>Задаць с&amp;татус</translation>
    </message>
    <message>
        <source>&amp;Override date…</source>
        <translation>За&amp;мяніць дату…</translation>
    </message>
    <message>
        <source>Days in the &amp;notice…</source>
        <translation>Т&amp;эрмін па паведамленні…</translation>
    </message>
    <message>
        <source>The notice gives its own number of days (e.g. 5 to leave instead of 15): count the term with it</source>
        <translation>У паведамленні пазначана свая колькасць дзён (напрыклад, 5 на выезд замест 15): палічыць тэрмін па ёй</translation>
    </message>
    <message>
        <source>Use the computed date</source>
        <translation>Вярнуць разлічаную дату</translation>
    </message>
    <message>
        <source>&amp;Keep my date</source>
        <translation>Пакі&amp;нуць маю дату</translation>
    </message>
    <message>
        <source>The trigger event changed after you set this date: keep your date</source>
        <translation>Падзея-падстава змянілася пасля таго, як вы задалі гэтую дату: пакінуць вашу дату</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Computed dates help; they are not legal advice. Check the rule and the law in force.</source>
        <translation>Разлічаныя даты — падказка, а не юрыдычнае заключэнне. Звярайце правіла з дзеючым законам.</translation>
    </message>
    <message>
        <source>VIOLATED</source>
        <translation>ПАРУШАНА</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>дзейнічае</translation>
    </message>
    <message>
        <source>lifted</source>
        <translation>знята</translation>
    </message>
    <message>
        <source>enter the trigger date</source>
        <translation>увядзіце дату падзеі-падставы</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>пратэрмінаваны</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сёння</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>праз %n дзень</numerusform>
            <numerusform>праз %n дні</numerusform>
            <numerusform>праз %n дзён</numerusform>
        </translation>
    </message>
    <message>
        <source>(unverified rule)</source>
        <translation>(правіла не праверана)</translation>
    </message>
    <message>
        <source>(date set by hand)</source>
        <translation>(дата зменена ўручную)</translation>
    </message>
    <message>
        <source>(entered by hand)</source>
        <translation>(дададзены ўручную)</translation>
    </message>
    <message>
        <source>(trigger changed since this override)</source>
        <translation>(падзея-падстава змянілася пасля замены даты)</translation>
    </message>
    <message>
        <source>Cannot show the deadlines</source>
        <translation>Не атрымліваецца паказаць тэрміны</translation>
    </message>
    <message>
        <source>Rule %1: %2 — %3</source>
        <translation>Правіла %1: %2 — %3</translation>
    </message>
    <message>
        <source>Unverified rule:</source>
        <translation>Правіла не праверана:</translation>
    </message>
    <message>
        <source>Computed date replaced: %1</source>
        <translation>Разлічаная дата заменена: %1</translation>
    </message>
    <message>
        <source>VIOLATED: a removal step was recorded while this bar was in force.</source>
        <translation>ПАРУШАНА: пакуль дзейнічала гэтая забарона, запісана дзеянне па высылцы.</translation>
    </message>
    <message>
        <source>The trigger event changed since this date was set by hand: check it, then keep it or use the computed date.</source>
        <translation>Падзея-падстава змянілася пасля таго, як гэтую дату задалі ўручную: праверце яе, потым пакіньце або вярніце разлічаную дату.</translation>
    </message>
    <message>
        <source>The trigger&apos;s date is approximate: counted from its earliest day.</source>
        <translation>Дата падзеі-падставы прыблізная: тэрмін лічыцца ад самага ранняга магчымага дня.</translation>
    </message>
    <message>
        <source>Local time of the place of proceedings (%1); Moscow time beside it.</source>
        <translation>Мясцовы час месца вытворчасці (%1); побач — маскоўскі час.</translation>
    </message>
    <message>
        <source>The deadline was not added</source>
        <translation>Тэрмін не дададзены</translation>
    </message>
    <message>
        <source>The status was not changed</source>
        <translation>Статус не зменены</translation>
    </message>
    <message>
        <source>The date was not changed</source>
        <translation>Дата не зменена</translation>
    </message>
    <message>
        <source>The date was not confirmed</source>
        <translation>Дата не пацверджана</translation>
    </message>
    <message>
        <source>Delete the deadline</source>
        <translation>Выдаліць тэрмін</translation>
    </message>
    <message>
        <source>Delete this deadline entered by hand? The history keeps a record.</source>
        <translation>Выдаліць гэты тэрмін, дададзены ўручную? У гісторыі застанецца запіс пра гэта.</translation>
    </message>
    <message>
        <source>The deadline was not deleted</source>
        <translation>Тэрмін не выдалены</translation>
    </message>
</context>
<context>
    <name>DetentionDialog</name>
    <message>
        <source>Place of detention</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>whereabouts unknown (raises the silence alarm at once)</source>
        <translation>месцазнаходжанне невядомае (адразу ўздымае трывогу маўчання)</translation>
    </message>
    <message>
        <source>e.g. SIZO-1, Moscow; special centre for foreign citizens</source>
        <translation>напрыклад, СІЗА-1 (Масква); ЦУЗІГ</translation>
    </message>
    <message>
        <source>HH:MM (optional)</source>
        <translation>ГГ:ХХ (неабавязкова)</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Месца:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>З:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Час:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Да:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заўвага:</translation>
    </message>
    <message>
        <source>The date from which the client is held there is needed.</source>
        <translation>Патрэбна дата, з якой даверыцеля там утрымліваюць.</translation>
    </message>
    <message>
        <source>Name the place, or tick “whereabouts unknown”.</source>
        <translation>Назавіце месца або адзначце «месцазнаходжанне невядомае».</translation>
    </message>
    <message>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation>Час запісваецца як ГГ:ХХ, напрыклад 21:30.</translation>
    </message>
</context>
<context>
    <name>DetentionTab</name>
    <message>
        <source>Since</source>
        <translation>З</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Да</translation>
    </message>
    <message>
        <source>now</source>
        <translation>цяпер</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Месца</translation>
    </message>
    <message>
        <source>WHEREABOUTS UNKNOWN</source>
        <translation>МЕСЦАЗНАХОДЖАННЕ НЕВЯДОМАЕ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <source>Add a p&amp;lace…</source>
        <translation>Дадаць &amp;месца…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змяніць…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
</context>
<context>
    <name>DocumentError</name>
    <message>
        <source>The document is damaged: its content does not match its digest.</source>
        <translation>Дакумент пашкоджаны: яго змесціва не супадае з захаванай кантрольнай сумай.</translation>
    </message>
    <message>
        <source>The document no longer exists.</source>
        <translation>Гэтага дакумента больш няма.</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тып</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Памер</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Дададзены</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>Пры&amp;мацаваць файл…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Захаваць к&amp;опію…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Выдал&amp;іць</translation>
    </message>
    <message>
        <source>Documents are stored inside the encrypted vault. Save the case first to attach documents.</source>
        <translation>Дакументы захоўваюцца ўнутры зашыфраванага сховішча. Каб прымацаваць дакументы, спачатку захавайце справу.</translation>
    </message>
    <message>
        <source>Documents are stored inside the encrypted vault; nothing is written elsewhere.</source>
        <translation>Дакументы захоўваюцца ўнутры зашыфраванага сховішча; больш нідзе нічога не запісваецца.</translation>
    </message>
    <message>
        <source>No documents yet: attach court decisions, photos, letters.</source>
        <translation>Дакументаў пакуль няма: прымацуйце рашэнні судоў, фотаздымкі, лісты.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Прымацаваць файл</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усе файлы (*)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>Не прымацавана</translation>
    </message>
    <message>
        <source>The file is too large to keep in the vault.</source>
        <translation>Файл занадта вялікі для сховішча.</translation>
    </message>
    <message>
        <source>This document is too large to preview. Save a copy to open it elsewhere.</source>
        <translation>Гэты дакумент занадта вялікі для прагляду. Захавайце копію, каб адкрыць яго ў іншай праграме.</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Гэтую выяву нельга паказаць.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown.</source>
        <translation>Гэты PDF нельга паказаць.</translation>
    </message>
    <message>
        <source>This PDF has no pages.</source>
        <translation>У гэтым PDF няма старонак.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Save a copy to open it elsewhere.</source>
        <translation>Для такога файла няма прагляду. Захавайце копію, каб адкрыць яго ў іншай праграме.</translation>
    </message>
    <message>
        <source>Save an unencrypted copy?</source>
        <translation>Захаваць незашыфраваную копію?</translation>
    </message>
    <message>
        <source>The copy will NOT be encrypted: anyone who gets the file or the disk can read it. Save it only where you must, and delete it when done.</source>
        <translation>Копія НЕ будзе зашыфравана: яе прачытае кожны, хто атрымае файл або дыск. Захоўвайце толькі там, дзе неабходна, і выдаліце пасля выкарыстання.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Захаваць копію</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не захавана</translation>
    </message>
    <message>
        <source>Remove the document?</source>
        <translation>Выдаліць дакумент?</translation>
    </message>
    <message>
        <source>The document will be removed from the vault. The history keeps its name, not its content.</source>
        <translation>Дакумент будзе выдалены са сховішча. У гісторыі застанецца яго назва, але не змесціва.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Не выдалена</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft an urgent request</source>
        <translation>Праект тэрміновага звароту</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Англійская</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Руская</translation>
    </message>
    <message>
        <source>Facts the case lacks</source>
        <translation>Звесткі, якіх няма ў справе</translation>
    </message>
    <message>
        <source>The draft is a Word file written UNENCRYPTED where you choose: edit it, send it, then delete it.</source>
        <translation>Праект — файл Word, які запісваецца НЕЗАШЫФРАВАНЫМ туды, куды вы выберыце: адрэдагуйце, адпраўце, потым выдаліце яго.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Адрасат:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Urgent requests are drafted in English or Russian, the languages the bodies accept: the UN committees and the ECtHR do not work in Belarusian.</source>
        <translation>Тэрміновыя звароты складаюцца на англійскай або рускай мове — на мовах, якія прымаюць органы: камітэты ААН і ЕСПЧ не працуюць на беларускай мове.</translation>
    </message>
    <message>
        <source>&amp;Save draft as…</source>
        <translation>&amp;Захаваць праект як…</translation>
    </message>
    <message>
        <source>The European Court of Human Rights can take only facts up to 16 September 2022: Russia ceased to be a party to the European Convention on Human Rights that day, and every fact of this case is later. Send the request to the UN Human Rights Committee instead.</source>
        <translation>Еўрапейскі суд па правах чалавека можа разглядаць толькі факты да 16 верасня 2022 года: у гэты дзень Расія перастала быць удзельніцай Еўрапейскай канвенцыі аб абароне правоў чалавека, а ўсе факты гэтай справы пазнейшыя. Накіруйце просьбу ў Камітэт ААН па правах чалавека.</translation>
    </message>
    <message numerus="yes">
        <source>The case lacks %n fact(s) this body asks for; the draft marks each as a gap to fill in:</source>
        <translation>
            <numerusform>У справе няма %n звесткі, якую патрабуе гэты орган; у праекце яна пазначана пропускам:</numerusform>
            <numerusform>У справе няма %n звестак, якія патрабуе гэты орган; у праекце кожная пазначана пропускам:</numerusform>
            <numerusform>У справе няма %n звестак, якія патрабуе гэты орган; у праекце кожная пазначана пропускам:</numerusform>
        </translation>
    </message>
    <message>
        <source>The case has every fact this body asks for.</source>
        <translation>У справе ёсць усе звесткі, якія патрабуе гэты орган.</translation>
    </message>
    <message>
        <source>No draft was made</source>
        <translation>Праект не складзены</translation>
    </message>
    <message>
        <source>This case no longer exists: it may have been deleted meanwhile.</source>
        <translation>Гэтай справы больш няма: магчыма, яе тым часам выдалілі.</translation>
    </message>
    <message>
        <source>Save the draft (not encrypted)</source>
        <translation>Захаваць праект (без шыфравання)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Дакументы Word (*.docx)</translation>
    </message>
    <message>
        <source>The draft was not saved</source>
        <translation>Праект не захаваны</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Праект захаваны</translation>
    </message>
    <message>
        <source>The draft was saved (not encrypted). Open it in your word processor, complete the gaps and send it.</source>
        <translation>Праект захаваны (без шыфравання). Адкрыйце яго ў тэкставым рэдактары, запоўніце пропускі і адпраўце.</translation>
    </message>
</context>
<context>
    <name>DraftError</name>
    <message>
        <source>Unknown body: choose one in the list.</source>
        <translation>Невядомы орган: выберыце орган са спіса.</translation>
    </message>
    <message>
        <source>Drafts are written in Russian or English: choose one in the list.</source>
        <translation>Праекты пішуцца па-руску або па-англійску: выберыце мову са спіса.</translation>
    </message>
    <message>
        <source>The template cannot be read. Check the file, or use the built-in template.</source>
        <translation>Шаблон не ўдаецца прачытаць. Праверце файл або скарыстайце ўбудаваны шаблон.</translation>
    </message>
    <message>
        <source>The template is not a Word (.docx) file Abarona can fill: it may be damaged, or saved in another format. Save it again from Word as .docx.</source>
        <translation>Шаблон — не файл Word (.docx), які Abarona можа запоўніць: магчыма, ён пашкоджаны або захаваны ў іншым фармаце. Захавайце яго наноў з Word як .docx.</translation>
    </message>
    <message>
        <source>The template has an error in its fields. Correct the template, or use the built-in one.</source>
        <translation>У палях шаблона памылка. Выпраўце шаблон або скарыстайце ўбудаваны.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Probable duplicates</source>
        <translation>Верагодныя дублікаты</translation>
    </message>
    <message>
        <source>Each row is two client records that are probably one person, most certain first. Merging keeps every spelling, case and event; where both records hold a different value, the kept one stays and the other goes into the notes.</source>
        <translation>Кожны радок — два запісы пра даверыцеляў, якія, верагодна, адносяцца да аднаго чалавека; найбольш верагодныя супадзенні ідуць першымі. Пры аб&apos;яднанні захоўваюцца ўсе напісанні, справы і падзеі; калі ў запісах розныя значэнні, застаецца значэнне запісу, які захоўваецца, а іншае пераносіцца ў нататкі.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ацэнка</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Probably the same as</source>
        <translation>Верагодна, той самы чалавек</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;left record</source>
        <translation>Аб&apos;яднаць, пакінуўшы &amp;левы запіс</translation>
    </message>
    <message>
        <source>Merge, keep the &amp;right record</source>
        <translation>Аб&apos;яднаць, пакінуўшы &amp;правы запіс</translation>
    </message>
    <message>
        <source>Open a &amp;case</source>
        <translation>Адкрыць &amp;справу</translation>
    </message>
    <message>
        <source>Looking for duplicates</source>
        <translation>Пошук дублікатаў</translation>
    </message>
    <message>
        <source>Comparing the clients&apos; names and birth dates…</source>
        <translation>Параўноўваюцца імёны і даты нараджэння даверыцеляў…</translation>
    </message>
    <message>
        <source>The search was cancelled; nothing was changed. To search again, close this window and choose Find duplicate clients.</source>
        <translation>Пошук скасаваны; нічога не зменена. Каб шукаць зноў, закрыйце гэтае акно і выберыце «Знайсці дублікаты даверыцеляў».</translation>
    </message>
    <message>
        <source>Duplicates were not looked for</source>
        <translation>Пошук дублікатаў не выкананы</translation>
    </message>
    <message>
        <source>%1 probable duplicate(s).</source>
        <translation>Верагодных дублікатаў: %1.</translation>
    </message>
    <message>
        <source>No probable duplicates.</source>
        <translation>Верагодных дублікатаў няма.</translation>
    </message>
    <message>
        <source>Why (score %1): %2</source>
        <translation>Чаму (ацэнка %1): %2</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? The cases %3 move to “%2”, which keeps every spelling of both. This cannot be undone.</source>
        <translation>Далучыць «%1» да «%2»? Справы %3 пяройдуць да «%2», дзе захаваюцца ўсе напісанні імёнаў абодвух запісаў. Гэта нельга адмяніць.</translation>
    </message>
    <message>
        <source>Merge two client records</source>
        <translation>Аб&apos;яднаць два запісы пра даверыцеляў</translation>
    </message>
    <message>
        <source>The records were not merged</source>
        <translation>Запісы не аб&apos;яднаны</translation>
    </message>
    <message>
        <source>A person cannot be merged with itself.</source>
        <translation>Чалавека нельга аб&apos;яднаць з ім самім.</translation>
    </message>
    <message>
        <source>One of the two persons no longer exists.</source>
        <translation>Аднаго з двух чалавек больш няма.</translation>
    </message>
</context>
<context>
    <name>EdtfEdit</name>
    <message>
        <source>not known</source>
        <translation>невядома</translation>
    </message>
    <message>
        <source>e.g. %1, 2021-12, 2021~, 2025-09-01/2025-09-10</source>
        <translation>напрыклад, %1, 2021-12, 2021~, 2025-09-01/2025-09-10</translation>
    </message>
    <message>
        <source>A day (%1 or 2021-12-31), a month (2021-12), a year (2021); add ~ for approximate, ? for uncertain; two dates with / or – for “between”.</source>
        <translation>Дзень (%1 або 2021-12-31), месяц (2021-12), год (2021); ~ — прыблізна, ? — не дакладна; дзве даты праз / або – — «паміж».</translation>
    </message>
    <message>
        <source>Choose a day in a calendar</source>
        <translation>Выбраць дзень у календары</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Каляндар</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>не распазнана</translation>
    </message>
    <message>
        <source>A date is needed.</source>
        <translation>Патрэбна дата.</translation>
    </message>
    <message>
        <source>This has a time of day: enter the date here and the time in the time field.</source>
        <translation>Тут ёсць час: увядзіце дату тут, а час — у поле часу.</translation>
    </message>
    <message>
        <source>Write the date with the digits 0-9.</source>
        <translation>Пішыце дату лічбамі 0–9.</translation>
    </message>
    <message>
        <source>“%1” is not a date I understand: type e.g. %2, 2021-12, 2021~ or 2025-09-01/2025-09-10.</source>
        <translation>«%1» не распазнана як дата: увядзіце, напрыклад, %2, 2021-12, 2021~ або 2025-09-01/2025-09-10.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Event</source>
        <translation>Падзея</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Новая падзея</translation>
    </message>
    <message>
        <source>HH:MM, local time at the place (optional)</source>
        <translation>ГГ:ХХ, мясцовы час (неабавязкова)</translation>
    </message>
    <message>
        <source>approximate (“about 17:00”)</source>
        <translation>прыблізна («каля 17:00»)</translation>
    </message>
    <message>
        <source>Court, authority or international body, e.g. Moscow Oblast Court, ECtHR</source>
        <translation>Суд, ведамства або міжнародны орган, напрыклад Маскоўскі абласны суд, ЕСПЧ</translation>
    </message>
    <message>
        <source>Where this is known from (optional)</source>
        <translation>Адкуль гэта вядома (неабавязкова)</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Што адбылося:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Час:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Месца:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Орган:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>Падрабязнасці:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Крыніца:</translation>
    </message>
    <message>
        <source>The time must be HH:MM, e.g. 21:30.</source>
        <translation>Час запісваецца як ГГ:ХХ, напрыклад 21:30.</translation>
    </message>
    <message>
        <source>An approximate time needs a time: type it, e.g. 17:00.</source>
        <translation>Для прыблізнага часу патрэбны час: увядзіце яго, напрыклад 17:00.</translation>
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
        <translation>Час</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Падзея</translation>
    </message>
    <message>
        <source>Place / body</source>
        <translation>Месца / орган</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Падрабязнасці</translation>
    </message>
    <message>
        <source>&amp;Add an event…</source>
        <translation>Дад&amp;аць падзею…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Зм&amp;яніць…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
    <message>
        <source>Remove the event?</source>
        <translation>Выдаліць падзею?</translation>
    </message>
    <message>
        <source>The event is removed when you save the case.</source>
        <translation>Падзея будзе выдалена пры захаванні справы.</translation>
    </message>
</context>
<context>
    <name>FilingDialog</name>
    <message>
        <source>Filing</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <source>New filing</source>
        <translation>Новы зварот</translation>
    </message>
    <message>
        <source>e.g. 2022-04-05 21:30 (Moscow time)</source>
        <translation>напрыклад, 2022-04-05 21:30 (па маскоўскім часе)</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Што:</translation>
    </message>
    <message>
        <source>&amp;To whom:</source>
        <translation>&amp;Куды:</translation>
    </message>
    <message>
        <source>&amp;Filed at:</source>
        <translation>&amp;Пададзена:</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Спосаб:</translation>
    </message>
    <message>
        <source>&amp;Reference number:</source>
        <translation>&amp;Нумар:</translation>
    </message>
    <message>
        <source>Answer &amp;expected by:</source>
        <translation>&amp;Адказ чакаецца да:</translation>
    </message>
    <message>
        <source>A&amp;cknowledged at:</source>
        <translation>Атрыманне пац&amp;верджана:</translation>
    </message>
    <message>
        <source>Ans&amp;wered at:</source>
        <translation>Адк&amp;аз атрыманы:</translation>
    </message>
    <message>
        <source>The a&amp;nswer:</source>
        <translation>Змес&amp;т адказу:</translation>
    </message>
    <message>
        <source>An ECtHR Rule 39 request expects an answer in one working day unless you set another time.</source>
        <translation>На запыт паводле правіла 39 ЕСПЧ адказ чакаецца на працягу аднаго працоўнага дня, калі вы не ўкажаце іншы час.</translation>
    </message>
</context>
<context>
    <name>FilingError</name>
    <message>
        <source>The filing time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Час падачы — не дата і час: напішыце яго як 2022-04-05 21:30 (па Маскве) або 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The expected answer time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Чаканы час адказу — не дата і час: напішыце яго як 2022-04-05 21:30 (па Маскве) або 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The acknowledgement time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Час пацверджання атрымання — не дата і час: напішыце яго як 2022-04-05 21:30 (па Маскве) або 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The answer time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Час адказу — не дата і час: напішыце яго як 2022-04-05 21:30 (па Маскве) або 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The time is not a date and time: write it as 2022-04-05 21:30 (Moscow time) or 2022-04-05T21:30+03:00.</source>
        <translation>Час — не дата і час: напішыце яго як 2022-04-05 21:30 (па Маскве) або 2022-04-05T21:30+03:00.</translation>
    </message>
    <message>
        <source>The expected answer time is before the filing itself; check the dates.</source>
        <translation>Чаканы час адказу раней за саму падачу; праверце даты.</translation>
    </message>
    <message>
        <source>The acknowledgement time is before the filing itself; check the dates.</source>
        <translation>Час пацверджання атрымання раней за саму падачу; праверце даты.</translation>
    </message>
    <message>
        <source>The answer time is before the filing itself; check the dates.</source>
        <translation>Час адказу раней за саму падачу; праверце даты.</translation>
    </message>
    <message>
        <source>A time is outside the years %1 to %2: check the year.</source>
        <translation>Час па-за гадамі з %1 па %2: праверце год.</translation>
    </message>
    <message>
        <source>A filing, acknowledgement or answer time is in the future: record it once it has happened (a time without an offset is Moscow time).</source>
        <translation>Час падачы, пацверджання або адказу — у будучыні: запішыце яго, калі гэта адбудзецца (час без зруху — маскоўскі).</translation>
    </message>
    <message>
        <source>Say to whom it was filed (a court, a prosecutor or an international body).</source>
        <translation>Пазначце, куды пададзена (суд, пракуратура або міжнародны орган).</translation>
    </message>
    <message>
        <source>Unknown kind of filing: choose one in the list.</source>
        <translation>Невядомы від звароту: выберыце від са спіса.</translation>
    </message>
    <message>
        <source>Unknown way of sending: choose one in the list.</source>
        <translation>Невядомы спосаб адпраўкі: выберыце спосаб са спіса.</translation>
    </message>
</context>
<context>
    <name>FilingsPanel</name>
    <message>
        <source>Filed</source>
        <translation>Пададзена</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Што</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>Куды</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Адказ</translation>
    </message>
    <message>
        <source>Filings</source>
        <translation>Звароты</translation>
    </message>
    <message>
        <source>&amp;Add filing…</source>
        <translation>Дада&amp;ць зварот…</translation>
    </message>
    <message>
        <source>Record ans&amp;wer…</source>
        <translation>Запісаць &amp;адказ…</translation>
    </message>
    <message>
        <source>LATE: expected by %1</source>
        <translation>ПРАТЭРМІНАВАНА: чакаўся да %1</translation>
    </message>
    <message>
        <source>expected by %1</source>
        <translation>чакаецца да %1</translation>
    </message>
    <message>
        <source>no answer yet</source>
        <translation>адказу пакуль няма</translation>
    </message>
    <message>
        <source>The filing was not saved</source>
        <translation>Зварот не захаваны</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>Link to a group of cases</source>
        <translation>Звязаць з групай спраў</translation>
    </message>
    <message>
        <source>An existing group, or the name of a new one</source>
        <translation>Існуючая група або назва новай</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Група:</translation>
    </message>
    <message>
        <source>Linked by:</source>
        <translation>Чым звязаныя:</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Групе патрэбна назва.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>User guide</source>
        <translation>Дапаможнік карыстальніка</translation>
    </message>
    <message>
        <source>The user guide is not installed with this copy of Abarona.</source>
        <translation>Дапаможнік карыстальніка не ўсталяваны з гэтай копіяй Abarona.</translation>
    </message>
</context>
<context>
    <name>HandoffExportDialog</name>
    <message>
        <source>Hand cases over to a colleague</source>
        <translation>Перадача спраў калегу</translation>
    </message>
    <message>
        <source>Where to save the encrypted package</source>
        <translation>Куды захаваць зашыфраваны файл перадачы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>А&amp;гляд…</translation>
    </message>
    <message>
        <source>The package holds these cases with their client, charges, events, deadlines, parties and documents, encrypted under a new passphrase of random words that is shown once, after the export.</source>
        <translation>У файл перадачы ўвойдуць гэтыя справы разам з даверыцелямі, абвінавачваннямі, падзеямі, тэрмінамі, удзельнікамі і дакументамі. Файл шыфруецца новай парольнай фразай з выпадковых слоў; яна будзе паказана адзін раз, пасля экспарту.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Экспартаваць</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Cases:</source>
        <translation>Справы:</translation>
    </message>
    <message>
        <source>Package file:</source>
        <translation>Файл перадачы:</translation>
    </message>
    <message>
        <source>Write it down or read it out now: it is shown only this once and stored nowhere. Pass it on by another channel than the file (a call, in person), never in the same message.</source>
        <translation>Запішыце або прадыктуйце яе зараз: яна паказваецца толькі адзін раз і нідзе не захоўваецца. Перадайце яе не тым шляхам, што файл (па тэлефоне, асабіста), і ніколі — у тым самым паведамленні.</translation>
    </message>
    <message>
        <source>I have passed it on — &amp;close</source>
        <translation>Фраза перададзена — &amp;закрыць</translation>
    </message>
    <message>
        <source>Save the hand-off package</source>
        <translation>Захаваць файл перадачы</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Выберыце, куды захаваць файл перадачы.</translation>
    </message>
    <message>
        <source>Writing the hand-off package</source>
        <translation>Запіс файла перадачы</translation>
    </message>
    <message>
        <source>Cancelled; no package was written.</source>
        <translation>Скасавана; файл перадачы не запісаны.</translation>
    </message>
    <message>
        <source>A chosen case no longer exists; nothing was written.</source>
        <translation>Адной з выбраных спраў больш няма; нічога не запісана.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1, encrypted. The colleague needs this passphrase to import them:</source>
        <translation>
            <numerusform>%n справа запісана ў %1 у зашыфраваным выглядзе. Для імпарту калегу спатрэбіцца гэтая парольная фраза:</numerusform>
            <numerusform>%n справы запісаны ў %1 у зашыфраваным выглядзе. Для імпарту калегу спатрэбіцца гэтая парольная фраза:</numerusform>
            <numerusform>%n спраў запісана ў %1 у зашыфраваным выглядзе. Для імпарту калегу спатрэбіцца гэтая парольная фраза:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HandoffImportDialog</name>
    <message>
        <source>Import a hand-off package</source>
        <translation>Імпарт файла перадачы</translation>
    </message>
    <message>
        <source>The package file you received</source>
        <translation>Атрыманы файл перадачы</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>А&amp;гляд…</translation>
    </message>
    <message>
        <source>The words you were told, with spaces or hyphens</source>
        <translation>Словы, якія вам паведамілі, праз прабел або злучок</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ад&amp;крыць</translation>
    </message>
    <message>
        <source>Conflicts: records you both have, with different content. Yours are kept unless you tick “Take theirs”. Double-click a row to see your case.</source>
        <translation>Разыходжанні: запісы, якія ёсць у вас абодвух, але з розным змесцівам. Застаецца ваша версія, калі не адзначана «Узяць у калегі». Падвойны пстрык па радку адкрывае вашу справу.</translation>
    </message>
    <message>
        <source>Keep all &amp;mine</source>
        <translation>Усюды пакінуць &amp;маю версію</translation>
    </message>
    <message>
        <source>Take all &amp;theirs</source>
        <translation>Усюды ўзяць версію &amp;калегі</translation>
    </message>
    <message>
        <source>These cases of theirs have a reference that a different case of yours already has. They are skipped, with their records, unless you give them a new reference.</source>
        <translation>У гэтых спраў калегі нумар, які ўжо ёсць у іншай вашай справы. Яны будуць прапушчаны разам са сваімі запісамі, калі не даць ім новы нумар.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпартаваць</translation>
    </message>
    <message>
        <source>Package:</source>
        <translation>Файл перадачы:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Open a hand-off package</source>
        <translation>Адкрыць файл перадачы</translation>
    </message>
    <message>
        <source>Choose the package and type its passphrase.</source>
        <translation>Выберыце файл перадачы і ўвядзіце яго парольную фразу.</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>Праверка файла перадачы</translation>
    </message>
    <message>
        <source>The package was not opened.</source>
        <translation>Файл перадачы не адкрыты.</translation>
    </message>
    <message numerus="yes">
        <source>From %1, made %2: %n case(s) (%3).</source>
        <translation>
            <numerusform>Адпраўнік: %1, файл створаны %2: %n справа (%3).</numerusform>
            <numerusform>Адпраўнік: %1, файл створаны %2: %n справы (%3).</numerusform>
            <numerusform>Адпраўнік: %1, файл створаны %2: %n спраў (%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>an unnamed colleague</source>
        <translation>калега (імя не пазначана)</translation>
    </message>
    <message>
        <source>New records: %1. Already here and identical: %2. Conflicts: %3. References used by another case: %4.</source>
        <translation>Новых запісаў: %1. Ужо ёсць і супадаюць: %2. Разыходжанняў: %3. Нумароў, занятых іншай справай: %4.</translation>
    </message>
    <message>
        <source>Everything in this package is already in your vault: importing changes nothing.</source>
        <translation>Усё з гэтага файла ўжо ёсць у вашым сховішчы: імпарт нічога не зменіць.</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>Імпарт файла перадачы</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Скасавана; нічога не імпартавана.</translation>
    </message>
    <message>
        <source>%1 record(s) added, %2 replaced by theirs, %3 conflict(s) kept as yours.</source>
        <translation>Дададзена запісаў: %1; заменена версіяй калегі: %2; разыходжанняў, у якіх пакінута ваша версія: %3.</translation>
    </message>
    <message>
        <source>Skipped (reference used by another case): %1.</source>
        <translation>Прапушчаны (нумар заняты іншай справай): %1.</translation>
    </message>
    <message>
        <source>Hand-off imported</source>
        <translation>Файл перадачы імпартаваны</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>No history yet: save the case first.</source>
        <translation>Гісторыі пакуль няма: спачатку захавайце справу.</translation>
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
        <translation>&amp;Новая справа</translation>
    </message>
    <message>
        <source>&amp;Import cases…</source>
        <translation>&amp;Імпарт спраў…</translation>
    </message>
    <message>
        <source>&amp;Export cases (unencrypted)…</source>
        <translation>&amp;Экспарт спраў (без шыфравання)…</translation>
    </message>
    <message>
        <source>&amp;Reports…</source>
        <translation>&amp;Справаздачы…</translation>
    </message>
    <message>
        <source>Find &amp;duplicate clients…</source>
        <translation>Знайсці &amp;дублікаты даверыцеляў…</translation>
    </message>
    <message>
        <source>&amp;Hand off cases to a colleague…</source>
        <translation>&amp;Перадаць справы калегу…</translation>
    </message>
    <message>
        <source>Import a hand-off &amp;package…</source>
        <translation>Імпарт файла пера&amp;дачы…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Стварыць &amp;рэзервовую копію</translation>
    </message>
    <message>
        <source>Ch&amp;ange passphrase…</source>
        <translation>З&amp;мяніць парольную фразу…</translation>
    </message>
    <message>
        <source>Check &amp;vault</source>
        <translation>Праверыць &amp;сховішча</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>На&amp;лады…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;блакаваць</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Праўка</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>З&amp;найсці…</translation>
    </message>
    <message>
        <source>Move the case to the &amp;trash</source>
        <translation>Перамясціць справу ў &amp;кошык</translation>
    </message>
    <message>
        <source>&amp;Save the case</source>
        <translation>&amp;Захаваць справу</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Выгляд</translation>
    </message>
    <message>
        <source>Next tab of the case</source>
        <translation>Наступная ўкладка справы</translation>
    </message>
    <message>
        <source>Previous tab of the case</source>
        <translation>Папярэдняя ўкладка справы</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Даведка</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Дапаможнік карыстальніка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>&amp;About Abarona</source>
        <translation>&amp;Пра праграму Abarona</translation>
    </message>
    <message>
        <source>Case %1 saved.</source>
        <translation>Справа %1 захавана.</translation>
    </message>
    <message>
        <source>Unsaved changes restored</source>
        <translation>Незахаваныя змены адноўлены</translation>
    </message>
    <message>
        <source>The vault locked itself while a case had unsaved changes. They were kept encrypted in the vault and are back in the editor: check and save them.</source>
        <translation>Сховішча заблакавалася, калі ў справе былі незахаваныя змены. Яны захаваліся ў сховішчы ў зашыфраваным выглядзе і зноў адкрыты ў рэдактары: праверце і захавайце іх.</translation>
    </message>
    <message>
        <source>Where the vault is kept</source>
        <translation>Дзе захоўваецца сховішча</translation>
    </message>
    <message>
        <source>The vault was changed outside Abarona</source>
        <translation>Сховішча было зменена па-за Абаронай</translation>
    </message>
    <message>
        <source>The last changes are not in the vault file yet</source>
        <translation>Апошнія змены яшчэ не ў файле сховішча</translation>
    </message>
    <message>
        <source>Import cases</source>
        <translation>Імпарт спраў</translation>
    </message>
    <message>
        <source>Case files (*.json);;All files (*)</source>
        <translation>Файлы спраў (*.json);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Importing cases</source>
        <translation>Імпарт спраў</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… і яшчэ %n памылка.</numerusform>
            <numerusform>… і яшчэ %n памылкі.</numerusform>
            <numerusform>… і яшчэ %n памылак.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Нічога не імпартавана</translation>
    </message>
    <message>
        <source>The file was not imported, because of these problems:</source>
        <translation>Файл не імпартаваны з-за гэтых памылак:</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Імпарт скасаваны</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Імпарт скасаваны; нічога не імпартавана.</translation>
    </message>
    <message>
        <source>These articles are not in the catalogue; they were imported as written. Check the numbers against the code:</source>
        <translation>Гэтых артыкулаў няма ў даведніку; яны імпартаваны так, як напісаны. Звярыце нумары з кодэксам:</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Імпарт завершаны</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n case(s).</source>
        <translation>
            <numerusform>Імпартавана %n справа.</numerusform>
            <numerusform>Імпартавана %n справы.</numerusform>
            <numerusform>Імпартавана %n спраў.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backup not made</source>
        <translation>Аўтаматычная копія не створана</translation>
    </message>
    <message>
        <source>The dashboard will say so until a backup is made.</source>
        <translation>Зводка будзе нагадваць пра гэта, пакуль копія не будзе створана.</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Экспартаваць без шыфравання?</translation>
    </message>
    <message>
        <source>The export is a plain JSON file: anyone who gets it can read every case in it. Export only to a place you control, and delete the file when done.</source>
        <translation>Экспарт — гэта звычайны файл JSON: кожны, хто яго атрымае, прачытае ўсе справы. Экспартуйце толькі туды, дзе вы кантралюеце доступ, і выдаліце файл пасля выкарыстання.</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>Экспарт спраў</translation>
    </message>
    <message>
        <source>Case files (*.json)</source>
        <translation>Файлы спраў (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспартавана</translation>
    </message>
    <message>
        <source>Export done</source>
        <translation>Экспарт завершаны</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n case(s), unencrypted.</source>
        <translation>
            <numerusform>Запісана %n справа без шыфравання.</numerusform>
            <numerusform>Запісана %n справы без шыфравання.</numerusform>
            <numerusform>Запісана %n спраў без шыфравання.</numerusform>
        </translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Парольная фраза зменена</translation>
    </message>
    <message>
        <source>The vault now opens only with the new passphrase. Backups made before still open with the old one: make a new backup now.</source>
        <translation>Цяпер сховішча адкрываецца толькі новай парольнай фразай. Рэзервовыя копіі, зробленыя раней, па-ранейшаму адкрываюцца старой: зрабіце новую копію зараз.</translation>
    </message>
    <message>
        <source>The vault could not be checked</source>
        <translation>Не атрымалася праверыць сховішча</translation>
    </message>
    <message>
        <source>Check vault</source>
        <translation>Праверка сховішча</translation>
    </message>
    <message>
        <source>The vault is intact: %1 pages checked (encryption and structure).</source>
        <translation>Сховішча цэлае: праверана старонак — %1 (шыфраванне і структура).</translation>
    </message>
    <message>
        <source>The vault is damaged: %1 problem(s) found. Stop working in it: restore the newest backup into a new vault file (Backups page) and keep this file for an expert.</source>
        <translation>Сховішча пашкоджана: знойдзена памылак — %1. Спыніце працу з ім: аднавіце апошнюю рэзервовую копію ў новы файл сховішча (раздзел «Рэзервовыя копіі»), а гэты файл захавайце для спецыяліста.</translation>
    </message>
    <message>
        <source>About Abarona</source>
        <translation>Пра праграму Abarona</translation>
    </message>
    <message>
        <source>Abarona keeps case files for the defence of Belarusians in Russia, encrypted on this computer. It never connects to the network.</source>
        <translation>Abarona захоўвае матэрыялы спраў па абароне грамадзян Беларусі ў Расіі ў зашыфраваным выглядзе на гэтым камп&apos;ютары. Праграма ніколі не падключаецца да сеткі.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выйсці</translation>
    </message>
</context>
<context>
    <name>ManualDeadlineDialog</name>
    <message>
        <source>Add a deadline</source>
        <translation>Дадаць тэрмін</translation>
    </message>
    <message>
        <source>e.g. Submit the ECtHR request with the removal date</source>
        <translation>напрыклад, накіраваць у ЕСПЧ запыт з датай вывазу</translation>
    </message>
    <message>
        <source>(no trigger event)</source>
        <translation>(без падзеі-падставы)</translation>
    </message>
    <message>
        <source>e.g. CPC art. 125</source>
        <translation>напрыклад, арт. 125 КПК РФ</translation>
    </message>
    <message>
        <source>What is due:</source>
        <translation>Што трэба зрабіць:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Тэрмін:</translation>
    </message>
    <message>
        <source>Trigger event:</source>
        <translation>Падзея-падстава:</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Прававая норма:</translation>
    </message>
    <message>
        <source>Say what is due.</source>
        <translation>Пазначце, што трэба зрабіць.</translation>
    </message>
</context>
<context>
    <name>NoticeDaysDialog</name>
    <message>
        <source>Days the notice gives</source>
        <translation>Колькасць дзён па паведамленні</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Разлічана: %1</translation>
    </message>
    <message>
        <source>e.g. The notice of 3 March gives 5 days to leave</source>
        <translation>напр. У паведамленні ад 3 сакавіка дадзена 5 дзён на выезд</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Дзён:</translation>
    </message>
    <message>
        <source>Last day:</source>
        <translation>Апошні дзень:</translation>
    </message>
    <message>
        <source>%1, 24:00 %2</source>
        <translation>%1, 24:00 %2</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Прычына:</translation>
    </message>
    <message>
        <source>%1, 24:00 Moscow time</source>
        <translation>%1, 24:00 па маскоўскім часе</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Пазначце прычыну: яна захаваецца ў гісторыі.</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Override the computed date</source>
        <translation>Замена разлічанай даты</translation>
    </message>
    <message>
        <source>Computed: %1</source>
        <translation>Разлічана: %1</translation>
    </message>
    <message>
        <source>e.g. The court set the term to 19 April in its ruling</source>
        <translation>напрыклад, суд у пастанове ўстанавіў тэрмін да 19 красавіка</translation>
    </message>
    <message>
        <source>New date:</source>
        <translation>Новая дата:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Прычына:</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the history.</source>
        <translation>Пазначце прычыну: яна захаваецца ў гісторыі.</translation>
    </message>
</context>
<context>
    <name>PartiesTab</name>
    <message>
        <source>Name</source>
        <translation>Імя</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роля</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Кантакты</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Згода</translation>
    </message>
    <message>
        <source>Safe to contact</source>
        <translation>Бяспечна звязвацца</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>НЕ</translation>
    </message>
    <message>
        <source>Notified</source>
        <translation>Паведамлены</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заўвага</translation>
    </message>
    <message>
        <source>Add a part&amp;y…</source>
        <translation>Дадаць &amp;удзельніка…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Змяніць…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Выдаліць</translation>
    </message>
</context>
<context>
    <name>PartyDialog</name>
    <message>
        <source>Party</source>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Новы ўдзельнік</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>чалавек</translation>
    </message>
    <message>
        <source>an organisation</source>
        <translation>арганізацыя</translation>
    </message>
    <message>
        <source>a court</source>
        <translation>суд</translation>
    </message>
    <message>
        <source>an authority</source>
        <translation>ведамства</translation>
    </message>
    <message>
        <source>Phone, messenger, address (never in public reports)</source>
        <translation>Тэлефон, месенджар, адрас (не трапляе ў публічныя справаздачы)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не запісана</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>не ацэнена</translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation>бяспечна звязвацца</translation>
    </message>
    <message>
        <source>NOT safe to contact</source>
        <translation>НЕБЯСПЕЧНА звязвацца</translation>
    </message>
    <message>
        <source>How to reach them safely, e.g. Signal only, evenings</source>
        <translation>Як бяспечна з імі звязацца, напрыклад толькі Signal, увечары</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>What they were told</source>
        <translation>Што ім паведамілі</translation>
    </message>
    <message>
        <source>Log a &amp;notification</source>
        <translation>Запісаць &amp;паведамленне</translation>
    </message>
    <message>
        <source>Remove notification</source>
        <translation>Выдаліць паведамленне</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Імя:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роля:</translation>
    </message>
    <message>
        <source>Is:</source>
        <translation>Хто гэта:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Кантакты:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заўвага:</translation>
    </message>
    <message>
        <source>Client&apos;s consent to contact:</source>
        <translation>Згода даверыцеля на сувязь:</translation>
    </message>
    <message>
        <source>Consent given or refused on:</source>
        <translation>Згода дадзена або адкліканая:</translation>
    </message>
    <message>
        <source>Safety:</source>
        <translation>Бяспека:</translation>
    </message>
    <message>
        <source>How to contact:</source>
        <translation>Як звязацца:</translation>
    </message>
    <message>
        <source>Notifications (never in public reports):</source>
        <translation>Паведамленні (ніколі не ў публічных справаздачах):</translation>
    </message>
    <message>
        <source>A name is needed.</source>
        <translation>Патрэбна імя.</translation>
    </message>
    <message>
        <source>Notification %1: the date must be like 2021-12-28, 2021-12 or 2021-12-28~.</source>
        <translation>Паведамленне %1: дата павінна быць як 2021-12-28, 2021-12 або 2021-12-28~.</translation>
    </message>
    <message>
        <source>Notification %1: the time must be HH:MM, e.g. 19:00.</source>
        <translation>Паведамленне %1: час запісваецца як ГГ:ХХ, напрыклад 19:00.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Find a client by any spelling of the name…</source>
        <translation>Знайсці даверыцеля па любым напісанні імя…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Від</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Вынік</translation>
    </message>
    <message>
        <source>Arrest</source>
        <translation>Затрыманне</translation>
    </message>
    <message>
        <source>Cases of the chosen client (Enter or double-click opens one):</source>
        <translation>Справы выбранага даверыцеля (Enter або падвойны пстрык адкрывае справу):</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Іншыя напісанні</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <source>surname</source>
        <translation>прозвішча</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>імя</translation>
    </message>
    <message>
        <source>patronymic</source>
        <translation>імя па бацьку</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата нараджэння</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>беларуская</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>руская</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>кірыліца</translation>
    </message>
    <message>
        <source>%1 equal</source>
        <translation>%1 супадае</translation>
    </message>
    <message>
        <source>%1 equal apart from letter case and diacritics</source>
        <translation>%1 супадае без уліку рэгістра і дыякрытычных знакаў</translation>
    </message>
    <message>
        <source>%1 equal after %2→Latin transliteration (%3)</source>
        <translation>%1 супадае пасля транслітарацыі %2 → лацінка (%3)</translation>
    </message>
    <message>
        <source>%1: one name across scripts, allowing for spelling and Belarusian/Russian variants</source>
        <translation>%1: адно імя ў розных алфавітах з улікам варыянтаў напісання і беларускіх/рускіх формаў</translation>
    </message>
    <message>
        <source>%1: Belarusian and Russian forms of one name</source>
        <translation>%1: беларуская і руская формы аднаго імя</translation>
    </message>
    <message>
        <source>%1: spelling variants of one transliteration</source>
        <translation>%1: варыянты напісання адной транслітарацыі</translation>
    </message>
    <message>
        <source>%1: Russian/Belarusian variants of one name</source>
        <translation>%1: рускі і беларускі варыянты аднаго імя</translation>
    </message>
    <message>
        <source>%1: another spelling of the same given name</source>
        <translation>%1: іншае напісанне таго самага імя</translation>
    </message>
    <message>
        <source>%1: two letters swapped (possible typo)</source>
        <translation>%1: перастаўлены дзве літары (магчыма, памылка друку)</translation>
    </message>
    <message>
        <source>%1: one vowel differs (possible typo)</source>
        <translation>%1: адрозніваецца адна галосная (магчыма, памылка друку)</translation>
    </message>
    <message>
        <source>%1: one consonant differs (possible typo)</source>
        <translation>%1: адрозніваецца адна зычная (магчыма, памылка друку)</translation>
    </message>
    <message>
        <source>%1 differs by %2 letters (possible typo)</source>
        <translation>%1 адрозніваецца ў %2 літарах (магчыма, памылка друку)</translation>
    </message>
    <message>
        <source>%1 is part of a double name</source>
        <translation>%1 — частка падвойнага імя</translation>
    </message>
    <message>
        <source>%1: the initial agrees</source>
        <translation>%1: ініцыял супадае</translation>
    </message>
    <message>
        <source>different given names</source>
        <translation>розныя імёны</translation>
    </message>
    <message>
        <source>%1 differs (%2% alike)</source>
        <translation>%1 адрозніваецца (падабенства %2%)</translation>
    </message>
    <message>
        <source>word order differs (surname first in one)</source>
        <translation>розны парадак слоў (у адным з імёнаў прозвішча стаіць першым)</translation>
    </message>
    <message>
        <source>only one word of the name can be compared</source>
        <translation>параўнаць можна толькі адно слова імя</translation>
    </message>
    <message>
        <source>patronymic given in one name only</source>
        <translation>імя па бацьку пазначана толькі ў адным з імёнаў</translation>
    </message>
    <message>
        <source>patronymics differ</source>
        <translation>імёны па бацьку адрозніваюцца</translation>
    </message>
    <message>
        <source>one is a woman&apos;s form of the name, the other a man&apos;s</source>
        <translation>адно імя ў жаночай форме, другое — у мужчынскай</translation>
    </message>
    <message>
        <source>birth date equal</source>
        <translation>дата нараджэння супадае</translation>
    </message>
    <message>
        <source>birth year equal</source>
        <translation>год нараджэння супадае</translation>
    </message>
    <message>
        <source>birth dates compatible</source>
        <translation>даты нараджэння не супярэчаць адна адной</translation>
    </message>
    <message>
        <source>%1 word(s) of one name have no counterpart</source>
        <translation>слоў аднаго імя без адпаведнасці: %1</translation>
    </message>
    <message>
        <source>birth dates differ (%1 and %2)</source>
        <translation>даты нараджэння адрозніваюцца (%1 і %2)</translation>
    </message>
    <message>
        <source>birth years one apart (%1 and %2)</source>
        <translation>гады нараджэння адрозніваюцца на адзін год (%1 і %2)</translation>
    </message>
    <message>
        <source>birth dates equal if day and month are swapped (%1 and %2)</source>
        <translation>даты нараджэння супадаюць, калі памяняць месцамі дзень і месяц (%1 і %2)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>The period ends before it starts: swap the two dates.</source>
        <translation>Перыяд заканчваецца раней, чым пачынаецца: памяняйце даты месцамі.</translation>
    </message>
    <message>
        <source>A date of the period is not a date. Write it as 2021-12-31, 2021-12 or 2021.</source>
        <translation>Адна з дат перыяду пазначана няправільна. Пішыце 2021-12-31, 2021-12 або 2021.</translation>
    </message>
    <message>
        <source>This case no longer exists.</source>
        <translation>Гэтай справы больш няма.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Справаздачы</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Даведка па справе</translation>
    </message>
    <message>
        <source>Aggregate report over a period</source>
        <translation>Зводная справаздача за перыяд</translation>
    </message>
    <message>
        <source>Internal: everything, with personal data</source>
        <translation>Унутраная: усё, уключаючы асабістыя даныя</translation>
    </message>
    <message>
        <source>Public: names only as each person consented</source>
        <translation>Публічная: імёны — толькі так, як дазволіў кожны</translation>
    </message>
    <message>
        <source>Include the case summary and event texts (names stay hidden)</source>
        <translation>Уключыць кароткае апісанне справы і тэксты падзей (імёны застануцца схаваныя)</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>earliest, or e.g. 2023-01</source>
        <translation>з пачатку або, напрыклад, 2023-01</translation>
    </message>
    <message>
        <source>today, or e.g. 2023-03-31</source>
        <translation>па сёння або, напрыклад, 2023-03-31</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Справаздача:</translation>
    </message>
    <message>
        <source>Arrests in:</source>
        <translation>Затрыманні за:</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>Рэжым:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Папера:</translation>
    </message>
    <message>
        <source>&amp;Update preview</source>
        <translation>&amp;Абнавіць прагляд</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Н&amp;адрукаваць…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Захаваць у PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыць</translation>
    </message>
    <message>
        <source>The options changed: update the preview to print or save this report.</source>
        <translation>Параметры змяніліся: абнавіце прагляд, каб надрукаваць або захаваць гэтую справаздачу.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Падрыхтоўка справаздачы…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>%1 pages; the preview shows the first %2.</source>
        <translation>Старонак: %1; у праглядзе паказаны першыя %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n старонка.</numerusform>
            <numerusform>%n старонкі.</numerusform>
            <numerusform>%n старонак.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report could not be made</source>
        <translation>Не атрымалася падрыхтаваць справаздачу</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Скасавана.</translation>
    </message>
    <message>
        <source>The vault is locked.</source>
        <translation>Сховішча заблакавана.</translation>
    </message>
    <message>
        <source>A PDF file is NOT encrypted: anyone who gets the file can read it. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Файл PDF НЕ зашыфраваны: яго прачытае кожны, хто атрымае файл. Захоўвайце яго надзейна і выдаліце, калі ён стане не патрэбны.</translation>
    </message>
    <message>
        <source>This is the internal version: it contains personal data, contact details and notes.</source>
        <translation>Гэта ўнутраная версія: у ёй ёсць асабістыя даныя, кантакты і нататкі.</translation>
    </message>
    <message>
        <source>Save an unencrypted PDF?</source>
        <translation>Захаваць незашыфраваны PDF?</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Захаваць справаздачу ў PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation>Справаздача не захавана</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Захавана.</translation>
    </message>
    <message>
        <source>Print the report?</source>
        <translation>Надрукаваць справаздачу?</translation>
    </message>
    <message>
        <source>Printing hands the report to the printing system unencrypted (it may keep a copy in its queue). To keep a PDF, use Save as PDF instead.</source>
        <translation>Пры друку справаздача перадаецца сістэме друку без шыфравання (копія можа застацца ў чарзе друку). Каб атрымаць PDF, скарыстайцеся «Захаваць у PDF».</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Друк…</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не атрымліваецца надрукаваць</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не атрымалася запусціць прынтар.</translation>
    </message>
</context>
<context>
    <name>RiskBand</name>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Давяральнік</translation>
    </message>
    <message>
        <source>Why, since when</source>
        <translation>Чаму, з якога часу</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Прававая падстава</translation>
    </message>
    <message>
        <source>Clients at risk of removal now</source>
        <translation>Давяральнікі пад пагрозай высылкі цяпер</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Адкрыць справу</translation>
    </message>
    <message>
        <source>Check&amp;list…</source>
        <translation>Парадак дзеянн&amp;яў…</translation>
    </message>
    <message>
        <source>Draft &amp;urgent request…</source>
        <translation>Праект &amp;тэрміновага звароту…</translation>
    </message>
    <message>
        <source>Cannot assess the risk of removal</source>
        <extracomment>Asked again each minute while the dashboard is on screen: a window opens or closes by the clock alone (a removal recorded for tonight begins, a release-day watch ends), and the lawyer may leave the dashboard open. Shown again only when the answer changed.</extracomment>
        <translation>Не ўдаецца ацаніць пагрозу высылкі</translation>
    </message>
    <message numerus="yes">
        <source>At risk of removal now: %n client(s)</source>
        <translation>
            <numerusform>Пад пагрозай высылкі цяпер: %n давяральнік</numerusform>
            <numerusform>Пад пагрозай высылкі цяпер: %n давяральнікі</numerusform>
            <numerusform>Пад пагрозай высылкі цяпер: %n давяральнікаў</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer in time to %n filing(s): %1</source>
        <translation>
            <numerusform>Няма адказу ў тэрмін на %n зварот: %1</numerusform>
            <numerusform>Няма адказу ў тэрмін на %n звароты: %1</numerusform>
            <numerusform>Няма адказу ў тэрмін на %n зваротаў: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>to review</source>
        <translation>чакае праверкі</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>пацверджана</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>адхілена</translation>
    </message>
    <message>
        <source>The file is too large to be a list of wanted persons (over 64 MB).</source>
        <translation>Файл занадта вялікі для спіса вышуку (больш за 64 МБ).</translation>
    </message>
    <message>
        <source>This is a folder, not a list file.</source>
        <translation>Гэта папка, а не файл спіса.</translation>
    </message>
    <message>
        <source>The file is not there any more.</source>
        <translation>Файла больш няма на ранейшым месцы.</translation>
    </message>
    <message>
        <source>The file cannot be read (no permission, or a disk error).</source>
        <translation>Не атрымліваецца прачытаць файл (няма правоў або памылка дыска).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пусты.</translation>
    </message>
    <message>
        <source>This is an old Excel (.xls) or a password-protected workbook. Open it in a spreadsheet program and save it as .xlsx or CSV, without a password.</source>
        <translation>Гэта кніга старога фармату Excel (.xls) або кніга, абароненая паролем. Адкрыйце яе ў таблічным рэдактары і захавайце як .xlsx або CSV без пароля.</translation>
    </message>
    <message>
        <source>This file looks like an Excel workbook but cannot be read (damaged, or not really .xlsx). Save it again as .xlsx or CSV.</source>
        <translation>Файл падобны на кнігу Excel, але не чытаецца (пашкоджаны або насамрэч не .xlsx). Захавайце яго нанова як .xlsx або CSV.</translation>
    </message>
    <message>
        <source>The file has no column names in its first row.</source>
        <translation>У першым радку файла няма назваў слупкоў.</translation>
    </message>
    <message>
        <source>The file has column names but no entries below them.</source>
        <translation>У файле ёсць назвы слупкоў, але пад імі няма запісаў.</translation>
    </message>
    <message>
        <source>The file&apos;s text encoding cannot be told. Save it as UTF-8 (in Excel: CSV UTF-8) and import it again.</source>
        <translation>Не атрымліваецца вызначыць кадоўку тэксту файла. Захавайце яго ў UTF-8 (у Excel: «CSV UTF-8») і імпартуйце зноў.</translation>
    </message>
    <message>
        <source>This file is not a table: import a CSV file or an Excel workbook (.xlsx).</source>
        <translation>Гэты файл — не табліца: імпартуйце файл CSV або кнігу Excel (.xlsx).</translation>
    </message>
    <message>
        <source>The CSV file is malformed (an unclosed quotation mark?).</source>
        <translation>Файл CSV пашкоджаны (незакрытае двукоссе?).</translation>
    </message>
    <message>
        <source>None of the rows has a name in the chosen column(s).</source>
        <translation>Ні ў адным радку няма імя ў выбраных слупках.</translation>
    </message>
    <message>
        <source>The list has no column for the name. Choose the column (or the surname, name and patronymic columns) that holds the names.</source>
        <translation>У спісе не пазначаны слупок з імёнамі. Выберыце слупок з імёнамі (або слупкі прозвішча, імя і імя па бацьку).</translation>
    </message>
    <message>
        <source>One column is chosen for two fields; choose each column once.</source>
        <translation>Адзін слупок выбраны для двух палёў; выберыце кожны слупок толькі адзін раз.</translation>
    </message>
    <message>
        <source>Say who published the list (e.g. MVD RF).</source>
        <translation>Пазначце, хто апублікаваў спіс (напрыклад, МУС РФ).</translation>
    </message>
    <message>
        <source>The list date is not a date: write it as 2025-04-09, 2025-04 or 2025.</source>
        <translation>Дата спіса пазначана няправільна: пішыце 2025-04-09, 2025-04 або 2025.</translation>
    </message>
    <message>
        <source>A chosen column is not in this list. Choose the columns again.</source>
        <translation>Выбранага слупка няма ў гэтым спісе. Выберыце слупкі наноў.</translation>
    </message>
    <message>
        <source>A column is mapped to a field this program does not know. Choose the columns again.</source>
        <translation>Слупок супастаўлены з полем, якога праграма не ведае. Выберыце слупкі наноў.</translation>
    </message>
    <message>
        <source>The similarity threshold must be between 0 and 1.</source>
        <translation>Парог падабенства павінен быць ад 0 да 1.</translation>
    </message>
</context>
<context>
    <name>ScreeningPage</name>
    <message>
        <source>&amp;Import a list…</source>
        <translation>&amp;Імпарт спіса…</translation>
    </message>
    <message>
        <source>Screen &amp;again</source>
        <translation>Праверыць &amp;нанова</translation>
    </message>
    <message>
        <source>Check the clients again (after new clients came in)</source>
        <translation>Зноў праверыць даверыцеляў (пасля з&apos;яўлення новых)</translation>
    </message>
    <message>
        <source>Only those to review</source>
        <translation>Толькі тыя, што чакаюць праверкі</translation>
    </message>
    <message>
        <source>List:</source>
        <translation>Спіс:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новае</translation>
    </message>
    <message>
        <source>Entry on the list</source>
        <translation>Запіс у спісе</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата нараджэння</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Артыкул</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Ацэнка</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чаму</translation>
    </message>
    <message>
        <source>&amp;Confirm: it is our client</source>
        <translation>Пацве&amp;рдзіць: гэта наш даверыцель</translation>
    </message>
    <message>
        <source>&amp;Dismiss: another person</source>
        <translation>Ад&amp;хіліць: іншы чалавек</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Вярну&amp;ць на праверку</translation>
    </message>
    <message>
        <source>Ope&amp;n the case</source>
        <translation>Адкрыць &amp;справу</translation>
    </message>
    <message>
        <source>Check a name at intake</source>
        <translation>Праверка імя пры звароце</translation>
    </message>
    <message>
        <source>Name in any script and order, e.g. Кудин Алексей Николаевич</source>
        <translation>Імя ў любым алфавіце і парадку, напрыклад Кудин Алексей Николаевич</translation>
    </message>
    <message>
        <source>Birth date (optional)</source>
        <translation>Дата нараджэння (неабавязкова)</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Пр&amp;аверыць</translation>
    </message>
    <message>
        <source>Newest list of every source</source>
        <translation>Апошні спіс кожнай крыніцы</translation>
    </message>
    <message>
        <source>Cannot show the wanted lists</source>
        <translation>Не атрымліваецца паказаць спісы вышуку</translation>
    </message>
    <message>
        <source>Cannot show the matches</source>
        <translation>Не атрымліваецца паказаць супадзенні</translation>
    </message>
    <message>
        <source>%1 match(es) to review, %2 of them new since the previous list; %3 confirmed.</source>
        <translation>Чакаюць праверкі: %1 (з іх новых з мінулага спіса: %2); пацверджана: %3.</translation>
    </message>
    <message>
        <source>No wanted list yet. Import one (CSV or Excel) to check every client against it.</source>
        <translation>Спісаў вышуку пакуль няма. Імпартуйце спіс (CSV або Excel), каб праверыць па ім усіх даверыцеляў.</translation>
    </message>
    <message>
        <source>No client matches this list.</source>
        <translation>Супадзенняў з даверыцелямі ў гэтым спісе няма.</translation>
    </message>
    <message>
        <source>%1: the first list of this source, %2 entries.</source>
        <translation>%1: першы спіс гэтай крыніцы, запісаў: %2.</translation>
    </message>
    <message>
        <source>%1, since the list of %2: %3 added, %4 removed.</source>
        <translation>%1, у параўнанні са спісам ад %2: дададзена: %3, выдалена: %4.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Дададзены: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Выдалены: %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>нар. %1</translation>
    </message>
    <message>
        <source>listed %1</source>
        <translation>у спісе з %1</translation>
    </message>
    <message>
        <source>On the list (%1 %2): %3</source>
        <translation>У спісе (%1 %2): %3</translation>
    </message>
    <message>
        <source>Client: %1 (written “%2”), cases %3</source>
        <translation>Даверыцель: %1 (напісана «%2»), справы %3</translation>
    </message>
    <message>
        <source>Client: %1, cases %3</source>
        <translation>Даверыцель: %1, справы %3</translation>
    </message>
    <message>
        <source>Why (score %1): %2</source>
        <translation>Чаму (ацэнка %1): %2</translation>
    </message>
    <message>
        <source>The decision was not saved</source>
        <translation>Рашэнне не захавана</translation>
    </message>
    <message>
        <source>This match no longer exists (the list was deleted or screened again).</source>
        <translation>Гэтага супадзення больш няма (спіс выдалены або кліенты правераны наноў).</translation>
    </message>
    <message>
        <source>Import a wanted list</source>
        <translation>Імпарт спіса вышуку</translation>
    </message>
    <message>
        <source>Lists (*.csv *.xlsx *.txt *.tsv);;All files (*)</source>
        <translation>Спісы (*.csv *.xlsx *.txt *.tsv);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>The list cannot be read</source>
        <translation>Не атрымліваецца прачытаць спіс</translation>
    </message>
    <message>
        <source>Screening the clients</source>
        <translation>Праверка даверыцеляў</translation>
    </message>
    <message>
        <source>The list was not imported</source>
        <translation>Спіс не імпартаваны</translation>
    </message>
    <message>
        <source>%1 entries imported. %2 match(es) with clients, %3 of them new since the previous list; %4 to review.</source>
        <translation>Імпартавана запісаў: %1. Супадзенняў з даверыцелямі: %2 (з іх новых з мінулага спіса: %3); чакаюць праверкі: %4.</translation>
    </message>
    <message>
        <source>%1 row(s) without a name were skipped.</source>
        <translation>Прапушчана радкоў без імя: %1.</translation>
    </message>
    <message>
        <source>Columns not imported: %1.</source>
        <translation>Не імпартаваны слупкі: %1.</translation>
    </message>
    <message>
        <source>The birth date could not be read in row(s) %1; those entries are screened by name alone.</source>
        <translation>Дату нараджэння не атрымалася прачытаць у радках %1; гэтыя запісы правяраюцца толькі па імені.</translation>
    </message>
    <message>
        <source>Wanted list imported</source>
        <translation>Спіс вышуку імпартаваны</translation>
    </message>
    <message>
        <source>The clients were not screened</source>
        <translation>Даверыцелі не правераны</translation>
    </message>
    <message>
        <source>Type a name to check.</source>
        <translation>Увядзіце імя для праверкі.</translation>
    </message>
    <message>
        <source>The name was not checked</source>
        <translation>Імя не праверана</translation>
    </message>
    <message>
        <source>(The birth date was not understood and was not compared.)</source>
        <translation>(Дата нараджэння не распазнана і не параўноўвалася.)</translation>
    </message>
    <message>
        <source>%1 client(s) may be this person.</source>
        <translation>Магчыма, гэта ваш даверыцель; супадзенняў: %1.</translation>
    </message>
    <message>
        <source>No client has this name.</source>
        <translation>Даверыцеляў з такім імем няма.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налады</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Як у сістэме (%1)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> хв</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Блакаваць разам з экранам і пры пераходзе камп’ютара ў сон</translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation>Запамінаць нядаўна адкрытыя сховішчы</translation>
    </message>
    <message>
        <source>Clear the list of recent vaults</source>
        <translation>Ачысціць спіс нядаўніх сховішчаў</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколі</translation>
    </message>
    <message>
        <source>Text copied from Abarona is removed from the clipboard after this time, and always when the vault is locked or Abarona closes.</source>
        <translation>Тэкст, скапіяваны з Abarona, выдаляецца з буфера абмену праз гэты час і заўсёды — пры блакаванні сховішча або закрыцці Abarona.</translation>
    </message>
    <message>
        <source>&amp;Discreet: keep no list of vaults or folders, show a neutral title</source>
        <translation>&amp;Стрымана: не захоўваць спіс сховішчаў і папак, нейтральны загаловак</translation>
    </message>
    <message>
        <source>No recent vaults, no folder remembered by the file dialogs, no vault name in the window title, and the demo vault deleted when locked. The user guide lists what traces remain.</source>
        <translation>Няма нядаўніх сховішчаў, дыялогі выбару файлаў не запамінаюць папкі, у загалоўку акна няма назвы сховішча, дэма-сховішча выдаляецца пры блакаванні. Якія сляды ўсё ж застаюцца, апісана ў дапаможніку карыстальніка.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Мова:</translation>
    </message>
    <message>
        <source>Lock after no activity for:</source>
        <translation>Блакаваць пасля бяздзейнасці:</translation>
    </message>
    <message>
        <source>Clear copied text after:</source>
        <translation>Ачышчаць скапіяванае праз:</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Open tab 1 to 10 of the case</source>
        <extracomment>Keys that work without a menu item, shown with the menu shortcuts.</extracomment>
        <translation>Адкрыць укладку справы з 1-й па 10-ю</translation>
    </message>
    <message>
        <source>Down or Enter in a search field</source>
        <translation>Уніз або Enter у полі пошуку</translation>
    </message>
    <message>
        <source>Go to the results</source>
        <translation>Перайсці да вынікаў</translation>
    </message>
    <message>
        <source>Enter on a case in the list</source>
        <translation>Enter на справе ў спісе</translation>
    </message>
    <message>
        <source>Open it in the editor</source>
        <translation>Адкрыць яе ў рэдактары</translation>
    </message>
    <message>
        <source>Next or previous field; leaves a table</source>
        <translation>Наступнае або папярэдняе поле; выхад з табліцы</translation>
    </message>
    <message>
        <source>Arrows in a table</source>
        <translation>Стрэлкі ў табліцы</translation>
    </message>
    <message>
        <source>Move inside the table</source>
        <translation>Перамяшчэнне ўнутры табліцы</translation>
    </message>
    <message>
        <source>← → in the timeline</source>
        <translation>← → на шкале часу</translation>
    </message>
    <message>
        <source>Previous or next event or deadline, described in words</source>
        <translation>Папярэдняя або наступная падзея ці тэрмін, з апісаннем словамі</translation>
    </message>
    <message>
        <source>Enter in the timeline</source>
        <translation>Enter на шкале часу</translation>
    </message>
    <message>
        <source>Open the event</source>
        <translation>Адкрыць падзею</translation>
    </message>
    <message>
        <source>Copy an error message</source>
        <translation>Скапіяваць паведамленне пра памылку</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Спалучэнні клавіш</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавішы</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Дзеянне</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Abarona vaults (*.abarona);;All files (*)</source>
        <translation>Сховішчы Abarona (*.abarona);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Encrypted case files for the defence of Belarusians in Russia against extradition, expulsion and abduction. Works offline.</source>
        <translation>Зашыфраваныя матэрыялы спраў для абароны грамадзян Беларусі ў Расіі ад экстрадыцыі, выдварэння і выкрадання. Працуе без інтэрнэту.</translation>
    </message>
    <message>
        <source>Choose a vault file…</source>
        <translation>Выберыце файл сховішча…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>А&amp;гляд…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ад&amp;крыць</translation>
    </message>
    <message>
        <source>Vault file:</source>
        <translation>Файл сховішча:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Новае сховішча…</translation>
    </message>
    <message>
        <source>Open the &amp;demo vault</source>
        <translation>Дэ&amp;ма-сховішча</translation>
    </message>
    <message>
        <source>The demo vault holds made-up cases only; its passphrase is “%1”.</source>
        <translation>У дэма-сховішчы толькі выдуманыя справы; яго парольная фраза — «%1».</translation>
    </message>
    <message>
        <source>No vault yet? Create one, or look around in the demo vault first.</source>
        <translation>Сховішча яшчэ няма? Стварыце яго або спачатку азнаёмцеся з дэма-сховішчам.</translation>
    </message>
    <message>
        <source>Remember recently opened vaults</source>
        <translation>Запамінаць нядаўна адкрытыя сховішчы</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Ачысціць спіс</translation>
    </message>
    <message>
        <source>Open a vault</source>
        <translation>Адкрыць сховішча</translation>
    </message>
    <message>
        <source>Choose a vault file first.</source>
        <translation>Спачатку выберыце файл сховішча.</translation>
    </message>
    <message>
        <source>Type the vault&apos;s passphrase.</source>
        <translation>Увядзіце парольную фразу сховішча.</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Вельмі слабая</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Сярэдняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Добрая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надзейная</translation>
    </message>
    <message>
        <source>Type a passphrase, or generate one.</source>
        <translation>Увядзіце парольную фразу або стварыце яе.</translation>
    </message>
</context>
<context>
    <name>TeamConflictModel</name>
    <message>
        <source>Base</source>
        <translation>Зыходная</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ад</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>Сін&amp;хранізаваць зараз</translation>
    </message>
    <message>
        <source>Create or join a team</source>
        <translation>Стварыць каманду або далучыцца</translation>
    </message>
    <message>
        <source>A folder that a file sync (Syncthing...) or a USB stick carries</source>
        <translation>Папка, якую пераносіць сінхранізацыя файлаў (Syncthing...) або флэшка</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Агляд…</translation>
    </message>
    <message>
        <source>e.g. Laptop-Minsk (default: the computer&apos;s name)</source>
        <translation>напрыклад, Laptop-Minsk (па змаўчанні: імя камп&apos;ютара)</translation>
    </message>
    <message>
        <source>To join: the team passphrase you were told</source>
        <translation>Каб далучыцца: парольная фраза каманды, якую вам сказалі</translation>
    </message>
    <message>
        <source>&amp;Create a team</source>
        <translation>Стварыць &amp;каманду</translation>
    </message>
    <message>
        <source>&amp;Join a team</source>
        <translation>Дал&amp;учыцца да каманды</translation>
    </message>
    <message>
        <source>Team folder</source>
        <translation>Папка каманды</translation>
    </message>
    <message>
        <source>This device&apos;s name</source>
        <translation>Імя гэтай прылады</translation>
    </message>
    <message>
        <source>Team passphrase</source>
        <translation>Парольная фраза каманды</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Прылада</translation>
    </message>
    <message>
        <source>Journals applied</source>
        <translation>Ужыта часопісаў</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Апошні раз</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Адклікана</translation>
    </message>
    <message>
        <source>&amp;Revoke the chosen device…</source>
        <translation>&amp;Адклікаць выбраную прыладу…</translation>
    </message>
    <message>
        <source>New team &amp;passphrase…</source>
        <translation>Новая &amp;парольная фраза каманды…</translation>
    </message>
    <message>
        <source>Changes made on two devices to the same record. Yours are kept unless you tick “Take theirs”; the decision reaches the team at the next sync. Double-click a row to see the case.</source>
        <translation>Змены, зробленыя на дзвюх прыладах у адным запісе. Вашы захоўваюцца, калі вы не адзначыце «Узяць іх»; рашэнне дойдзе да каманды пры наступнай сінхранізацыі. Двойчы пстрыкніце радок, каб убачыць справу.</translation>
    </message>
    <message>
        <source>A case deleted on one device and changed on another is kept or deleted whole, with all its records: the decision on the case&apos;s own row decides them all.</source>
        <translation>Справа, выдаленая на адной прыладзе і змененая на іншай, захоўваецца або выдаляецца цалкам, з усімі запісамі: рашэнне па радку самой справы вырашае іх усе.</translation>
    </message>
    <message>
        <source>&amp;Apply these decisions</source>
        <translation>&amp;Ужыць гэтыя рашэнні</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Прылады</translation>
    </message>
    <message>
        <source>Journals waiting or refused</source>
        <translation>Часопісы, што чакаюць або адхіленыя</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Канфлікты</translation>
    </message>
    <message>
        <source>This vault is in no team. A coordinator creates a team in a shared folder; each lawyer&apos;s device then joins it with the team passphrase.</source>
        <translation>Гэтае сховішча не ў камандзе. Каардынатар стварае каманду ў агульнай папцы; потым прылада кожнага адваката далучаецца да яе з парольнай фразай каманды.</translation>
    </message>
    <message>
        <source>&amp;Enter a new team passphrase</source>
        <translation>&amp;Увесці новую парольную фразу каманды</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ніколі</translation>
    </message>
    <message>
        <source>Team folder: %1
This device: %2. Last sync: %3.</source>
        <translation>Папка каманды: %1
Гэтая прылада: %2. Апошняя сінхранізацыя: %3.</translation>
    </message>
    <message>
        <source> (this device)</source>
        <translation> (гэтая прылада)</translation>
    </message>
    <message>
        <source>Team: not synced yet</source>
        <translation>Каманда: яшчэ не сінхранізавана</translation>
    </message>
    <message>
        <source>Team: synced %1</source>
        <translation>Каманда: сінхранізавана %1</translation>
    </message>
    <message numerus="yes">
        <source>%n journal(s) waiting</source>
        <translation>
            <numerusform>%n часопіс чакае</numerusform>
            <numerusform>%n часопісы чакаюць</numerusform>
            <numerusform>%n часопісаў чакаюць</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n канфлікт трэба вырашыць</numerusform>
            <numerusform>%n канфлікты трэба вырашыць</numerusform>
            <numerusform>%n канфліктаў трэба вырашыць</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: new changes wait until the open case is saved</source>
        <translation>Каманда: новыя змены чакаюць, пакуль адкрытую справу не захаваюць</translation>
    </message>
    <message>
        <source>Save or discard the changes to the open case first: the sync may bring changes to it.</source>
        <translation>Спачатку захавайце або адкіньце змены ў адкрытай справе: сінхранізацыя можа прынесці ў яе змены.</translation>
    </message>
    <message>
        <source>The team is created. Its passphrase is shown only now and stored nowhere. Give it to each lawyer of the team in person or by a call, never through the folder:

%1</source>
        <translation>Каманда створана. Яе парольная фраза паказваецца толькі зараз і нідзе не захоўваецца. Перадайце яе кожнаму адвакату каманды асабіста або па тэлефоне, ніколі праз папку:

%1</translation>
    </message>
    <message>
        <source>Revoke a device</source>
        <translation>Адклікаць прыладу</translation>
    </message>
    <message>
        <source>Revoke %1? Its journals will be refused from now on, by every device that syncs. Give the team a new passphrase afterwards.</source>
        <translation>Адклікаць %1? Яе часопісы з гэтага часу будуць адхіляцца кожнай прыладай, якая сінхранізуецца. Пасля дайце камандзе новую парольную фразу.</translation>
    </message>
    <message>
        <source>New team passphrase</source>
        <translation>Новая парольная фраза каманды</translation>
    </message>
    <message>
        <source>Give the team a new passphrase? Every other device must then enter it (Join a team). A revoked device, which does not get it, cannot read anything written from now on.</source>
        <translation>Даць камандзе новую парольную фразу? Кожная іншая прылада павінна будзе ўвесці яе (Далучыцца да каманды). Адкліканая прылада, якая яе не атрымае, не зможа прачытаць нічога, запісанага з гэтага часу.</translation>
    </message>
    <message>
        <source>The new team passphrase, shown only now:

%1</source>
        <translation>Новая парольная фраза каманды, паказаная толькі зараз:

%1</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <source>Zoom in</source>
        <translation>Буйней</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Драбней</translation>
    </message>
    <message>
        <source>Fit to case</source>
        <translation>Уся справа</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Экспарт PNG…</translation>
    </message>
    <message>
        <source>● event   ◆ event with a time of day   ▭ approximate or interval date   ▬ custody   ⚑ deadline (large with “!”: overdue; hollow: closed)   ▒ bar to removal (red: violated)   — ← → go from item to item, Enter opens an event, Shift+← → pans, + − zoom, 0 fits; or drag and wheel</source>
        <translation>● падзея   ◆ падзея з часам   ▭ прыблізная дата або інтэрвал   ▬ утрыманне пад вартай   ⚑ тэрмін (буйны з «!» — пратэрмінаваны; пусты — закрыты)   ▒ забарона высылкі (чырвоная — парушана)   — ← → пераход паміж элементамі, Enter адкрывае падзею, Shift+← → зрушвае, + − маштаб, 0 — уся справа; або перацягванне і колца</translation>
    </message>
    <message>
        <source>Cannot show the timeline</source>
        <translation>Не атрымліваецца паказаць шкалу часу</translation>
    </message>
    <message>
        <source>Export an unencrypted image?</source>
        <translation>Экспартаваць незашыфраваную выяву?</translation>
    </message>
    <message>
        <source>The image is not encrypted: it shows the case&apos;s events and dates. Keep it safe and delete it when it is no longer needed.</source>
        <translation>Выява не зашыфравана: на ёй відаць падзеі і даты справы. Захоўвайце яе ў надзейным месцы і выдаліце, калі яна стане не патрэбна.</translation>
    </message>
    <message>
        <source>Export the timeline as PNG</source>
        <translation>Экспарт шкалы часу ў PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Выявы PNG (*.png)</translation>
    </message>
    <message>
        <source>The image was not saved</source>
        <translation>Выява не захавана</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Overdue deadline: %1, %2</source>
        <translation>Пратэрмінаваны тэрмін: %1, %2</translation>
    </message>
    <message>
        <source>Deadline: %1, %2</source>
        <translation>Тэрмін: %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2: %3</source>
        <translation>%1 з %2: %3</translation>
    </message>
    <message>
        <source>No events to draw yet.</source>
        <translation>Падзей для адлюстравання пакуль няма.</translation>
    </message>
    <message>
        <source>Moscow time</source>
        <translation>Маскоўскі час</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message>
        <source>Reference</source>
        <translation>Нумар</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Зменена</translation>
    </message>
    <message>
        <source>&amp;Restore the selected case</source>
        <translation>&amp;Аднавіць выбраную справу</translation>
    </message>
    <message>
        <source>Em&amp;pty the trash…</source>
        <translation>Ач&amp;ысціць кошык…</translation>
    </message>
    <message>
        <source>Deleted cases stay here, restorable, until you empty the trash.</source>
        <translation>Выдаленыя справы застаюцца тут, і іх можна аднавіць, пакуль вы не ачысціце кошык.</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Кошык пусты.</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>Не адноўлена</translation>
    </message>
    <message>
        <source>Empty the trash?</source>
        <translation>Ачысціць кошык?</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) will be deleted for good, with their events and documents. This cannot be undone.</source>
        <translation>
            <numerusform>%n справа будзе выдалена назаўсёды разам з падзеямі і дакументамі. Гэта нельга адмяніць.</numerusform>
            <numerusform>%n справы будуць выдалены назаўсёды разам з падзеямі і дакументамі. Гэта нельга адмяніць.</numerusform>
            <numerusform>%n спраў будуць выдалены назаўсёды разам з падзеямі і дакументамі. Гэта нельга адмяніць.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not emptied</source>
        <translation>Не ачышчана</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Dashboard</source>
        <translation>Зводка</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Справы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Людзі</translation>
    </message>
    <message>
        <source>Wanted lists</source>
        <translation>Спісы вышуку</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Рэзервовыя копіі</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Каманда</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Кошык</translation>
    </message>
    <message>
        <source>Cannot open the case</source>
        <translation>Не атрымліваецца адкрыць справу</translation>
    </message>
    <message>
        <source>The case no longer exists.</source>
        <translation>Гэтай справы больш няма.</translation>
    </message>
    <message>
        <source>Hand off cases</source>
        <translation>Перадача спраў</translation>
    </message>
    <message>
        <source>Select the cases to hand off in the list first (Ctrl or Shift for several).</source>
        <translation>Спачатку выберыце ў спісе справы для перадачы (некалькі — з Ctrl або Shift).</translation>
    </message>
</context>
<context>
    <name>_DateTimeRow</name>
    <message>
        <source>at</source>
        <translation>у</translation>
    </message>
    <message>
        <source>Moscow time</source>
        <translation>Маскоўскі час</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong</source>
        <translation>Нешта пайшло не так</translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <source>Abarona backups (*.abarona);;All files (*)</source>
        <translation>Рэзервовыя копіі Abarona (*.abarona);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>The backup is intact: every page passed the encryption check, its structure is sound, its content matches the fingerprint stored in it, and it holds all %1 records it should. Made %2.</source>
        <translation>Рэзервовая копія цэлая: кожная старонка прайшла праверку шыфравання, яе структура ў парадку, змесціва супадае з захаваным у ёй адбіткам, і ў ёй усе %1 запісаў, якія павінны быць. Створана %2.</translation>
    </message>
    <message>
        <source>The passphrase does not open this backup. Check the keyboard layout and Caps Lock. (A file that is not a backup at all looks the same: encryption hides everything.)</source>
        <translation>Гэтая парольная фраза не адкрывае рэзервовую копію. Праверце раскладку клавіятуры і Caps Lock. (Файл, які зусім не з&apos;яўляецца рэзервовай копіяй, выглядае гэтак жа: шыфраванне хавае ўсё.)</translation>
    </message>
    <message>
        <source>The backup is cut short (truncated): it was not copied to the end, or the drive was removed while it was written. Do not rely on it; make a new backup.</source>
        <translation>Рэзервовая копія абрэзана: яна скапіявана не да канца, або назапашвальнік вынялі падчас запісу. Не спадзявайцеся на яе; зрабіце новую копію.</translation>
    </message>
    <message>
        <source>The backup is damaged: its content no longer matches the digest stored in it when it was made (part of it was changed or replaced). Do not rely on it.</source>
        <translation>Рэзервовая копія пашкоджана: яе змесціва больш не супадае з кантрольнай сумай, захаванай у ёй пры стварэнні (частка даных зменена або падменена). Не спадзявайцеся на яе.</translation>
    </message>
    <message>
        <source>The backup&apos;s first page is damaged, although the passphrase is right. Do not rely on it.</source>
        <translation>Першая старонка рэзервовай копіі пашкоджана, хоць парольная фраза правільная. Не спадзявайцеся на гэтую копію.</translation>
    </message>
    <message>
        <source>The backup is damaged: the integrity checks found problems. Do not rely on it; make a new backup.</source>
        <translation>Рэзервовая копія пашкоджана: праверка цэласнасці выявіла памылкі. Не спадзявайцеся на яе; зрабіце новую копію.</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Abarona. Update Abarona to restore it; the file has not been changed.</source>
        <translation>Гэтая рэзервовая копія створана навейшай версіяй Abarona. Абнавіце праграму, каб аднавіць яе; файл не зменены.</translation>
    </message>
    <message>
        <source>There is no file at this place.</source>
        <translation>Па гэтым шляху файла няма.</translation>
    </message>
    <message>
        <source>This is an Abarona vault, not a backup: it carries no digest to check it against. Open it as a vault instead.</source>
        <translation>Гэта сховішча Abarona, а не рэзервовая копія: у ім няма кантрольнай сумы для праверкі. Адкрыйце яго як сховішча.</translation>
    </message>
    <message>
        <source>This is a hand-off package, not a backup: import it with “Import a hand-off package” instead.</source>
        <translation>Гэта файл перадачы спраў, а не рэзервовая копія: імпартуйце яго камандай «Імпарт файла перадачы».</translation>
    </message>
    <message>
        <source>This is a backup, not a hand-off package: restore it on the Backups page instead.</source>
        <translation>Гэта рэзервовая копія, а не файл перадачы спраў: аднавіце яе ў раздзеле «Рэзервовыя копіі».</translation>
    </message>
    <message>
        <source>This file is too short to be a backup (it may be one cut short).</source>
        <translation>Файл занадта кароткі для рэзервовай копіі (магчыма, гэта абрэзаная копія).</translation>
    </message>
    <message>
        <source>This file is not an Abarona backup.</source>
        <translation>Гэта не рэзервовая копія Abarona.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Не атрымліваецца прачытаць файл.</translation>
    </message>
    <message>
        <source>Nothing was done: %1</source>
        <translation>Нічога не зроблена: %1</translation>
    </message>
    <message>
        <source>The drive is full, does not take a file this large, or was removed while writing. Nothing was kept; free some space or choose another drive.</source>
        <translation>Назапашвальнік запоўнены, не прымае файлы такога памеру або быў выняты падчас запісу. Нічога не захавана; вызваліце месца або выберыце іншы назапашвальнік.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Abarona never overwrites a file: choose another name.</source>
        <translation>Файл з такой назвай ужо існуе. Abarona ніколі не перазапісвае файлы: выберыце іншую назву.</translation>
    </message>
    <message>
        <source>This folder is not there. Is the drive connected?</source>
        <translation>Гэтай папкі няма. Ці падключаны назапашвальнік?</translation>
    </message>
    <message>
        <source>Nothing can be written in this folder (a read-only drive, or no permission).</source>
        <translation>У гэтую папку нічога нельга запісаць (назапашвальнік толькі для чытання або няма правоў).</translation>
    </message>
    <message>
        <source>The copy did not pass its check when it was read back, so it was not kept. Try another drive.</source>
        <translation>Копія не прайшла праверку пры паўторным чытанні і таму не захавана. Паспрабуйце іншы назапашвальнік.</translation>
    </message>
    <message>
        <source>Type a passphrase first.</source>
        <translation>Спачатку ўвядзіце парольную фразу.</translation>
    </message>
    <message>
        <source>A new reference is empty or already used by another case. Nothing was imported.</source>
        <translation>Новы нумар пусты або ўжо заняты іншай справай. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>Taking their version would give a case a reference that another case of yours has. Keep yours, or rename the other case first. Nothing was imported.</source>
        <translation>Калі прыняць версію калегі, у справы апынецца нумар, які ўжо ёсць у іншай вашай справы. Пакіньце сваю версію або спачатку зменіце нумар іншай справы. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>The package changed since it was opened; open it again. Nothing was imported.</source>
        <translation>Файл перадачы змяніўся пасля адкрыцця; адкрыйце яго нанова. Нічога не імпартавана.</translation>
    </message>
    <message>
        <source>Choose at least one case.</source>
        <translation>Выберыце хаця б адну справу.</translation>
    </message>
    <message>
        <source>The settings were not saved: the folder must be a full path, and automatic backups need a folder.</source>
        <translation>Налады не захаваны: папку трэба пазначыць поўным шляхам, а для аўтаматычных копій папка абавязковая.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was kept.</source>
        <translation>Адбылася непрадбачаная памылка. Нічога не захавана.</translation>
    </message>
    <message>
        <source>The automatic backup due when the vault closed (%1) was not made.</source>
        <translation>Аўтаматычная копія, належная пры закрыцці сховішча (%1), не створана.</translation>
    </message>
    <message>
        <source>The daily automatic backup (%1) was not made.</source>
        <translation>Штодзённая аўтаматычная копія (%1) не створана.</translation>
    </message>
    <message>
        <source>Its folder was not there (%1): connect the drive, then use Back up now (Ctrl+B).</source>
        <translation>Яе папкі не было на месцы (%1): падключыце назапашвальнік, потым выберыце «Стварыць рэзервовую копію» (Ctrl+B).</translation>
    </message>
    <message>
        <source>Nothing could be written in its folder (a read-only drive, or no permission): choose another folder on the Backups page, then use Back up now (Ctrl+B).</source>
        <translation>У яе папку нічога нельга запісаць (назапашвальнік толькі для чытання або няма правоў): выберыце іншую папку на старонцы «Рэзервовыя копіі», потым «Стварыць рэзервовую копію» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The drive is full: free some space or use another drive, then use Back up now (Ctrl+B).</source>
        <translation>Назапашвальнік запоўнены: вызваліце месца або вазьміце іншы назапашвальнік, потым выберыце «Стварыць рэзервовую копію» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The drive failed or was removed while the backup was written: connect it again, then use Back up now (Ctrl+B).</source>
        <translation>Назапашвальнік адмовіў або быў выняты падчас запісу копіі: падключыце яго зноў, потым выберыце «Стварыць рэзервовую копію» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The copy did not pass its check when read back: use Back up now (Ctrl+B) onto another drive.</source>
        <translation>Копія не прайшла праверку пры зваротным чытанні: выберыце «Стварыць рэзервовую копію» (Ctrl+B) на іншы назапашвальнік.</translation>
    </message>
    <message>
        <source>The vault itself is damaged: keep your existing backups and run File → Check vault.</source>
        <translation>Пашкоджана само сховішча: захавайце наяўныя копіі і выберыце Файл → Праверыць сховішча.</translation>
    </message>
    <message>
        <source>It was cancelled: use Back up now (Ctrl+B).</source>
        <translation>Яна была адменена: выберыце «Стварыць рэзервовую копію» (Ctrl+B).</translation>
    </message>
    <message>
        <source>The vault locked itself (after a time without activity, or with the computer) before it could be made: use Back up now (Ctrl+B).</source>
        <translation>Сховішча заблакавалася само (пасля бяздзейнасці або разам з камп&apos;ютарам) да таго, як копію ўдалося стварыць: выберыце «Стварыць рэзервовую копію» (Ctrl+B).</translation>
    </message>
    <message>
        <source>Something went wrong: use Back up now (Ctrl+B); if it fails again, run File → Check vault.</source>
        <translation>Нешта пайшло не так: выберыце «Стварыць рэзервовую копію» (Ctrl+B); калі зноў не атрымаецца, выберыце Файл → Праверыць сховішча.</translation>
    </message>
    <message>
        <source>The daily automatic backup is due, but its folder is not there (%1): connect the drive.</source>
        <translation>Пара зрабіць штодзённую аўтаматычную копію, але яе папкі няма на месцы (%1): падключыце назапашвальнік.</translation>
    </message>
    <message>
        <source>Abarona vaults (*.abarona)</source>
        <translation>Сховішчы Abarona (*.abarona)</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <source>trigger date unknown: enter it</source>
        <translation>дата падзеі-падставы невядомая: увядзіце яе</translation>
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
        <translation>вясна %1</translation>
    </message>
    <message>
        <source>summer %1</source>
        <translation>лета %1</translation>
    </message>
    <message>
        <source>autumn %1</source>
        <translation>восень %1</translation>
    </message>
    <message>
        <source>winter %1</source>
        <translation>зіма %1</translation>
    </message>
    <message>
        <source>about</source>
        <translation>прыкладна</translation>
    </message>
    <message>
        <source>(uncertain)</source>
        <translation>(не дакладна)</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>па %1</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>з %1</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <translation>з %1 па %2</translation>
    </message>
</context>
<context>
    <name>handoff</name>
    <message>
        <source>Abarona hand-off packages (*.abarona);;All files (*)</source>
        <translation>Файлы перадачы спраў Abarona (*.abarona);;Усе файлы (*)</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Даверыцель</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Падзея</translation>
    </message>
    <message>
        <source>Charge</source>
        <translation>Абвінавачванне</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Тэрмін</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Удзельнік</translation>
    </message>
    <message>
        <source>Party&apos;s role in the case</source>
        <translation>Роля ўдзельніка ў справе</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Дакумент</translation>
    </message>
    <message>
        <source>Notification to a relative or contact</source>
        <translation>Паведамленне сваяку або кантакту</translation>
    </message>
    <message>
        <source>Group of cases</source>
        <translation>Група спраў</translation>
    </message>
    <message>
        <source>Case in a group</source>
        <translation>Справа ў групе</translation>
    </message>
    <message>
        <source>Place of detention</source>
        <translation>Месца ўтрымання</translation>
    </message>
    <message>
        <source>Filing</source>
        <translation>Зварот</translation>
    </message>
    <message>
        <source>Checklist step ticked</source>
        <translation>Адзначаны крок спісу дзеянняў</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>нумар</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>від</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>вынік</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>кароткае апісанне</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>нататкі</translation>
    </message>
    <message>
        <source>lawyer</source>
        <translation>адвакат</translation>
    </message>
    <message>
        <source>region</source>
        <translation>рэгіён</translation>
    </message>
    <message>
        <source>detention facility</source>
        <translation>месца ўтрымання</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>пазнакі</translation>
    </message>
    <message>
        <source>arrest date</source>
        <translation>дата затрымання</translation>
    </message>
    <message>
        <source>arrest place</source>
        <translation>месца затрымання</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імя</translation>
    </message>
    <message>
        <source>other spellings</source>
        <translation>іншыя напісанні</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>дата нараджэння</translation>
    </message>
    <message>
        <source>hometown</source>
        <translation>родны горад</translation>
    </message>
    <message>
        <source>residence</source>
        <translation>месца жыхарства</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>кантакты</translation>
    </message>
    <message>
        <source>publicity</source>
        <translation>публічнасць</translation>
    </message>
    <message>
        <source>citizenship</source>
        <translation>грамадзянства</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тып</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>place</source>
        <translation>месца</translation>
    </message>
    <message>
        <source>body</source>
        <translation>орган</translation>
    </message>
    <message>
        <source>text</source>
        <translation>тэкст</translation>
    </message>
    <message>
        <source>source</source>
        <translation>крыніца</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>due</source>
        <translation>тэрмін</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роля</translation>
    </message>
    <message>
        <source>note</source>
        <translation>заўвага</translation>
    </message>
    <message>
        <source>article</source>
        <translation>артыкул</translation>
    </message>
    <message>
        <source>part</source>
        <translation>ч.</translation>
    </message>
    <message>
        <source>in the trash since</source>
        <translation>у кошыку з</translation>
    </message>
    <message>
        <source>deleted (when, by whom)</source>
        <translation>выдалена (калі, кім)</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>пададзена</translation>
    </message>
    <message>
        <source>sent by</source>
        <translation>спосаб адпраўкі</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>атрыманне пацверджана</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>адказ</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>адказ атрыманы</translation>
    </message>
    <message>
        <source>answer expected by</source>
        <translation>адказ чакаецца да</translation>
    </message>
    <message>
        <source>checklist step</source>
        <translation>крок спісу дзеянняў</translation>
    </message>
    <message>
        <source>ticked</source>
        <translation>адзначана</translation>
    </message>
    <message>
        <source>ticked by</source>
        <translation>хто адзначыў</translation>
    </message>
    <message>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>relative or contact</source>
        <translation>сваяк або кантакт</translation>
    </message>
    <message>
        <source>group</source>
        <translation>група</translation>
    </message>
    <message>
        <source>place in the list</source>
        <translation>месца ў спісе</translation>
    </message>
    <message>
        <source>created</source>
        <translation>створана</translation>
    </message>
    <message>
        <source>date (earliest)</source>
        <translation>дата (не раней)</translation>
    </message>
    <message>
        <source>date (latest)</source>
        <translation>дата (не пазней)</translation>
    </message>
    <message>
        <source>whereabouts unknown</source>
        <translation>месцазнаходжанне невядомае</translation>
    </message>
    <message>
        <source>since</source>
        <translation>з</translation>
    </message>
    <message>
        <source>until</source>
        <translation>па</translation>
    </message>
    <message>
        <source>since (earliest)</source>
        <translation>з (не раней)</translation>
    </message>
    <message>
        <source>since (latest)</source>
        <translation>з (не пазней)</translation>
    </message>
    <message>
        <source>until (earliest)</source>
        <translation>па (не раней)</translation>
    </message>
    <message>
        <source>until (latest)</source>
        <translation>па (не пазней)</translation>
    </message>
    <message>
        <source>filed (UTC)</source>
        <translation>пададзена (UTC)</translation>
    </message>
    <message>
        <source>answer expected by (UTC)</source>
        <translation>адказ чакаецца да (UTC)</translation>
    </message>
    <message>
        <source>consent to contact</source>
        <translation>згода на сувязь</translation>
    </message>
    <message>
        <source>consent given on</source>
        <translation>дата згоды</translation>
    </message>
    <message>
        <source>safe to contact</source>
        <translation>звязвацца бяспечна</translation>
    </message>
    <message>
        <source>how to contact</source>
        <translation>як звязацца</translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <source>a deadline</source>
        <extracomment>Records other than events, charges, parties and documents, by the audit&apos;s entity name.</extracomment>
        <translation>тэрмін</translation>
    </message>
    <message>
        <source>a filing</source>
        <translation>зварот</translation>
    </message>
    <message>
        <source>the urgent checklist</source>
        <translation>тэрміновы кантрольны спіс</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>даверыцель</translation>
    </message>
    <message>
        <source>a place of detention</source>
        <translation>месца ўтрымання</translation>
    </message>
    <message>
        <source>a notification of relatives</source>
        <translation>паведамленне сваякоў</translation>
    </message>
    <message>
        <source>a group of linked cases</source>
        <translation>група звязаных спраў</translation>
    </message>
    <message>
        <source>an urgent request draft</source>
        <translation>праект тэрміновага звароту</translation>
    </message>
    <message>
        <source>a wanted-list match</source>
        <translation>супадзенне з вышуковым спісам</translation>
    </message>
    <message>
        <source>a wanted list</source>
        <translation>вышуковы спіс</translation>
    </message>
    <message>
        <source>a report</source>
        <translation>справаздача</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>нехта</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>падзея «%1»</translation>
    </message>
    <message>
        <source>charge %1</source>
        <translation>абвінавачванне %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>удзельнік %1</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>дакумент %1</translation>
    </message>
    <message>
        <source>the case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>%1 added by %2</source>
        <translation>%1: дададзена, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 imported by %2</source>
        <translation>%1: імпартавана, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 changed by %2</source>
        <translation>%1: зменена, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 removed by %2</source>
        <translation>%1: выдалена, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 moved to the trash by %2</source>
        <translation>%1: перамешчана ў кошык, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 restored from the trash by %2</source>
        <translation>%1: адноўлена з кошыка, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 deleted for good by %2</source>
        <translation>%1: выдалена назаўсёды, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 changed by hand by %2</source>
        <translation>%1: зменена ўручную, аўтар — %2</translation>
    </message>
    <message>
        <source>%1 merged by %2</source>
        <translation>%1: аб&apos;яднана, аўтар — %2</translation>
    </message>
    <message>
        <source>%1: an unencrypted copy saved by %2</source>
        <translation>%1: захавана незашыфраваная копія, аўтар — %2</translation>
    </message>
    <message>
        <source>%1: deadlines counted again by the rules</source>
        <translation>%1: тэрміны пералічаны паводле правілаў</translation>
    </message>
    <message>
        <source>%1 received from the team (%2)</source>
        <translation>%1 атрымана ад каманды (%2)</translation>
    </message>
    <message>
        <source>%1: a team conflict decided by %2</source>
        <translation>%1: канфлікт у камандзе вырашыў(-ла) %2</translation>
    </message>
    <message>
        <source>%1: sharing with the team changed by %2</source>
        <translation>%1: доступ каманды змяніў(-ла) %2</translation>
    </message>
    <message>
        <source>%1 checked against a wanted list by %2</source>
        <translation>%1 звераны з вышуковым спісам: %2</translation>
    </message>
    <message>
        <source>%1 put in a hand-off package by %2</source>
        <translation>%1 перададзена ў пакет перадачы: %2</translation>
    </message>
    <message>
        <source>%1 received in a hand-off package by %2</source>
        <translation>%1 атрымана ў пакеце перадачы: %2</translation>
    </message>
    <message>
        <source>%1: a step ticked by %2</source>
        <translation>%1: крок адзначыў(-ла) %2</translation>
    </message>
    <message>
        <source>%1: a step unticked by %2</source>
        <translation>%1: адзнаку кроку зняў(-ла) %2</translation>
    </message>
    <message>
        <source>%1: a report printed or saved by %2</source>
        <translation>%1: справаздачу надрукаваў(-ла) або захаваў(-ла) %2</translation>
    </message>
    <message>
        <source>%1: the change by hand undone by %2</source>
        <translation>%1: ручную змену адмяніў(-ла) %2</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>палі: %1</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>This vault is on a network drive. The vault&apos;s write-ahead log does not work over a network: another computer can damage it or miss changes. Keep the vault on this computer&apos;s own disk, and make backups to the network drive instead.</source>
        <translation>Гэтае сховішча на сеткавым дыску. Часопіс папераджальнага запісу сховішча не працуе праз сетку: іншы камп&apos;ютар можа пашкодзіць яго або страціць змены. Трымайце сховішча на ўласным дыску гэтага камп&apos;ютара, а на сеткавы дыск рабіце рэзервовыя копіі.</translation>
    </message>
    <message>
        <source>This vault is in a folder that %1 keeps in sync. A sync client copies the vault while it is open, without its -wal file, so the copy misses recent changes, and copies from two computers can overwrite each other. Keep the vault in a folder that is not synced, and make backups instead (they are encrypted and checked).</source>
        <translation>Гэтае сховішча ў папцы, якую сінхранізуе %1. Кліент сінхранізацыі капіруе сховішча, пакуль яно адкрыта, без файла -wal, таму копія не мае апошніх змен, а копіі з двух камп&apos;ютараў могуць перазапісаць адна адну. Трымайце сховішча ў папцы, якая не сінхранізуецца, і рабіце замест гэтага рэзервовыя копіі (яны зашыфраваныя і правераныя).</translation>
    </message>
    <message>
        <source>The vault was changed outside Abarona since it was last closed: its content does not match the seal stored when it was closed (for example, pages replaced with older ones). Cases or events may have gone back to an older state. Compare it with your newest backup, and restore if anything is missing.</source>
        <translation>Сховішча было зменена па-за Абаронай пасля апошняга закрыцця: яго змесціва не адпавядае пячатцы, захаванай пры закрыцці (напрыклад, старонкі заменены старэйшымі). Справы або падзеі маглі вярнуцца да ранейшага стану. Параўнайце яго з найноўшай рэзервовай копіяй і аднавіце, калі чагосьці не хапае.</translation>
    </message>
    <message>
        <source>The vault&apos;s first page is damaged, although the passphrase is right. Nothing was changed. Restore the vault from a backup.</source>
        <translation>Першая старонка сховішча пашкоджана, хоць фраза правільная. Нічога не зменена. Аднавіце сховішча з рэзервовай копіі.</translation>
    </message>
    <message>
        <source>The vault is damaged or cut short (truncated), for example by a copy that did not finish. Nothing was changed. Restore it from a backup.</source>
        <translation>Сховішча пашкоджана або абрэзана — напрыклад, капіраванне не завяршылася. Нічога не зменена. Аднавіце яго з рэзервовай копіі.</translation>
    </message>
    <message>
        <source>This file is empty: it is not a vault. Nothing was changed.</source>
        <translation>Файл пусты: гэта не сховішча. Нічога не зменена.</translation>
    </message>
    <message>
        <source>This is an unencrypted database file made by another program, not an Abarona vault.</source>
        <translation>Гэта незашыфраваны файл базы даных іншай праграмы, а не сховішча Abarona.</translation>
    </message>
    <message>
        <source>This is an encrypted database, but not an Abarona vault.</source>
        <translation>Гэта зашыфраваная база даных, але не сховішча Abarona.</translation>
    </message>
    <message>
        <source>This file is too short to be an Abarona vault (it may be a vault cut short). Restore it from a backup.</source>
        <translation>Файл занадта кароткі для сховішча Abarona (магчыма, сховішча абрэзана). Аднавіце яго з рэзервовай копіі.</translation>
    </message>
    <message>
        <source>This is a folder, not a vault file.</source>
        <translation>Гэта папка, а не файл сховішча.</translation>
    </message>
    <message>
        <source>This file is not an Abarona vault (or it is damaged beyond recognition).</source>
        <translation>Гэта не сховішча Abarona (або яно пашкоджана да непазнавальнасці).</translation>
    </message>
    <message>
        <source>The drive is full: no vault was created, and nothing was left in the folder. Free some space on that drive, or choose another folder, then create the vault again.</source>
        <translation>Дыск запоўнены: сховішча не створана, і ў папцы нічога не засталося. Вызваліце месца на гэтым дыску або выберыце іншую папку, потым стварыце сховішча зноў.</translation>
    </message>
    <message>
        <source>No vault was created: this folder cannot be written (a read-only drive, or no permission), and nothing was left in it. Choose another folder.</source>
        <translation>Сховішча не створана: у гэтую папку нельга запісваць (дыск толькі для чытання або няма правоў), і ў ёй нічога не засталося. Выберыце іншую папку.</translation>
    </message>
    <message>
        <source>There is no vault file at this place. Choose another file.</source>
        <translation>Тут няма файла сховішча. Выберыце іншы файл.</translation>
    </message>
    <message>
        <source>A file with this name already exists. Choose another name: Abarona never overwrites a file.</source>
        <translation>Файл з такой назвай ужо існуе. Выберыце іншую назву: Abarona ніколі не перазапісвае файлы.</translation>
    </message>
    <message>
        <source>The passphrase does not open this vault. Check the keyboard layout and Caps Lock, and try again.</source>
        <translation>Гэтая парольная фраза не адкрывае сховішча. Праверце раскладку клавіятуры і Caps Lock і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>The vault is damaged: part of it cannot be read. Nothing was changed. Restore it from a backup.</source>
        <translation>Сховішча пашкоджана: частка яго не чытаецца. Нічога не зменена. Аднавіце яго з рэзервовай копіі.</translation>
    </message>
    <message>
        <source>This vault was written by a newer version of Abarona. Update Abarona to open it; the file has not been changed.</source>
        <translation>Сховішча запісана навейшай версіяй Abarona. Абнавіце праграму, каб адкрыць яго; файл не зменены.</translation>
    </message>
    <message>
        <source>This vault is already open in another Abarona window or program. Close it there first.</source>
        <translation>Сховішча ўжо адкрыта ў іншым акне Abarona або іншай праграме. Спачатку закрыйце яго там.</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved and the vault is intact; free some space and try again.</source>
        <translation>Дыск запоўнены. Апошняя змена не захавана, сховішча цэлае; вызваліце месца і паўтарыце.</translation>
    </message>
    <message>
        <source>The vault cannot be written here (read-only disk or no permission).</source>
        <translation>Сюды нельга запісаць сховішча (дыск толькі для чытання або няма правоў).</translation>
    </message>
    <message>
        <source>The vault was locked, but its last changes could not be merged into the vault file (the disk may be full): they are safe only in the file ending in -wal beside it. Keep the two files together: do not copy, move or delete the vault file alone. Free some space, then open the vault and lock it again.</source>
        <translation>Сховішча заблакавана, але яго апошнія змены не ўдалося аб&apos;яднаць з файлам сховішча (магчыма, дыск запоўнены): яны захаваны толькі ў файле з канчаткам -wal побач. Трымайце два файлы разам: не капіруйце, не перамяшчайце і не выдаляйце файл сховішча асобна. Вызваліце месца, потым адкрыйце сховішча і заблакуйце яго зноў.</translation>
    </message>
    <message>
        <source>The vault reported an error. Nothing more was written.</source>
        <translation>Сховішча паведаміла пра памылку. Больш нічога не запісана.</translation>
    </message>
    <message>
        <source>The drive is full (or does not take a file this large). Nothing was saved; free some space or choose another drive.</source>
        <translation>Дыск запоўнены (або не прымае файл такога памеру). Нічога не захавана: вызваліце месца або выберыце іншы дыск.</translation>
    </message>
    <message>
        <source>Nothing can be written in this folder (a read-only drive, or no permission). Nothing was saved; choose another folder.</source>
        <translation>У гэтую папку нічога нельга запісаць (дыск толькі для чытання або няма правоў). Нічога не захавана: выберыце іншую папку.</translation>
    </message>
    <message>
        <source>The file or folder is not there (moved, renamed, or on a drive that was removed).</source>
        <translation>Файла або папкі няма на месцы (перамешчаныя, перайменаваныя або на адключаным дыску).</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Гэта папка, а не файл.</translation>
    </message>
    <message>
        <source>The name is too long for this drive: choose a shorter one.</source>
        <translation>Імя занадта доўгае для гэтага дыска: выберыце карацейшае.</translation>
    </message>
    <message>
        <source>The file could not be read or written (a disk or drive error). Try again, or choose another drive.</source>
        <translation>Файл не ўдалося прачытаць або запісаць (памылка дыска або назапашвальніка). Паспрабуйце яшчэ раз або выберыце іншы дыск.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing more was written.</source>
        <translation>Адбылася непрадбачаная памылка. Больш нічога не запісана.</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <source>%1: this is required.</source>
        <translation>%1: абавязковае поле.</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>падзея %1</translation>
    </message>
    <message>
        <source>charge %1</source>
        <translation>абвінавачванне %1</translation>
    </message>
    <message>
        <source>relative or contact %1</source>
        <translation>сваяк або кантакт %1</translation>
    </message>
    <message>
        <source>spelling %1</source>
        <translation>напісанне %1</translation>
    </message>
    <message>
        <source>notification %1</source>
        <translation>паведамленне %1</translation>
    </message>
    <message>
        <source>custody entry %1</source>
        <translation>запіс пра ўтрыманне %1</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>група %1</translation>
    </message>
    <message>
        <source>filing %1</source>
        <translation>зварот %1</translation>
    </message>
    <message>
        <source>checklist tick %1</source>
        <translation>адзнака ў спісе крокаў %1</translation>
    </message>
    <message>
        <source>tag %1</source>
        <translation>метка %1</translation>
    </message>
    <message>
        <source>citizenship %1</source>
        <translation>грамадзянства %1</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>справа %1</translation>
    </message>
    <message>
        <source>client</source>
        <translation>даверыцель</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>затрыманне</translation>
    </message>
    <message>
        <source>how the case became known</source>
        <translation>як стала вядома пра справу</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>ідэнтыфікатар</translation>
    </message>
    <message>
        <source>language</source>
        <translation>мова</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>напісанне</translation>
    </message>
    <message>
        <source>jurisdiction</source>
        <translation>юрысдыкцыя</translation>
    </message>
    <message>
        <source>code</source>
        <translation>кодэкс</translation>
    </message>
    <message>
        <source>hours of silence before an alert</source>
        <translation>гадзін без сувязі да трывогі</translation>
    </message>
    <message>
        <source>time is approximate</source>
        <translation>час прыблізны</translation>
    </message>
    <message>
        <source>gravity</source>
        <translation>цяжкасць</translation>
    </message>
    <message>
        <source>format name</source>
        <translation>назва фармату</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>версія фармату</translation>
    </message>
    <message>
        <source>how</source>
        <translation>як</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>%1: not a date. Write a day as 2021-12-31, a month as 2021-12 or a year as 2021; add ~ when it is approximate (2021-12~) or ? when it is uncertain (2021?); a period is two dates joined by / (2022-01-28/2022-02-01).</source>
        <translation>%1: гэта не дата. Пішыце дзень як 2021-12-31, месяц як 2021-12, год як 2021; дадайце ~, калі дата прыблізная (2021-12~), або ?, калі яна пад сумненнем (2021?); перыяд — дзве даты праз / (2022-01-28/2022-02-01).</translation>
    </message>
    <message>
        <source>%1: not a time of day (use HH:MM).</source>
        <translation>%1: гэта не час (ГГ:ХХ).</translation>
    </message>
    <message>
        <source>%1: choose one of the offered values.</source>
        <translation>%1: выберыце адно з прапанаваных значэнняў.</translation>
    </message>
    <message>
        <source>%1: another case already has this reference.</source>
        <translation>%1: гэты нумар ужо ёсць у іншай справы.</translation>
    </message>
    <message>
        <source>%1: this charge is listed twice; remove one.</source>
        <translation>%1: гэтае абвінавачванне пазначана двойчы; выдаліце адно.</translation>
    </message>
    <message>
        <source>%1: the text is too long or contains invalid characters.</source>
        <translation>%1: тэкст занадта доўгі або змяшчае недапушчальныя знакі.</translation>
    </message>
    <message>
        <source>%1: a language is written as two letters, e.g. ru, be, en, pl.</source>
        <translation>%1: мова запісваецца дзвюма літарамі, напрыклад ru, be, en, pl.</translation>
    </message>
    <message>
        <source>%1: a country is written as two capital letters, e.g. BY, RU.</source>
        <translation>%1: краіна запісваецца дзвюма вялікімі літарамі, напрыклад BY, RU.</translation>
    </message>
    <message>
        <source>%1: out of range.</source>
        <translation>%1: значэнне па-за дапушчальнымі межамі.</translation>
    </message>
    <message>
        <source>%1: not an identifier as Abarona writes them; leave it out for a new case.</source>
        <translation>%1: гэта не ідэнтыфікатар у тым выглядзе, як яго піша Abarona; для новай справы не ўказвайце яго.</translation>
    </message>
    <message>
        <source>%1: a value of the wrong kind (text, a number, true or false, or a list) is in the file here.</source>
        <translation>%1: у файле тут значэнне не таго віду (тэкст, лік, так/не або спіс).</translation>
    </message>
    <message>
        <source>%1: this is not part of an Abarona case file (the file may come from another program or a newer version).</source>
        <translation>%1: такога няма ў файле спраў Abarona (файл мог быць зроблены іншай праграмай або навейшай версіяй).</translation>
    </message>
    <message>
        <source>%1: given twice in this case; keep one and import again.</source>
        <translation>%1: пазначана двойчы ў гэтай справе; пакіньце адно і імпартуйце зноў.</translation>
    </message>
    <message>
        <source>%1: two cases of the file have the same identifier.</source>
        <translation>%1: у дзвюх спраў у файле адзін і той жа ідэнтыфікатар.</translation>
    </message>
    <message>
        <source>%1: this case is already in the vault; nothing was imported.</source>
        <translation>%1: гэтая справа ўжо ёсць у сховішчы; нічога не імпартавана.</translation>
    </message>
    <message>
        <source>%1: the end is before the start.</source>
        <translation>%1: канец раней за пачатак.</translation>
    </message>
    <message>
        <source>%1: this checklist step is ticked twice in this case; keep one.</source>
        <translation>%1: гэты крок кантрольнага спіса адзначаны ў справе двойчы; пакіньце адну адзнаку.</translation>
    </message>
    <message>
        <source>%1: not a date and time with its zone: write it as 2022-04-05T14:30:00Z (UTC) or 2022-04-05T17:30:00+03:00.</source>
        <translation>%1: не дата і час з гадзінным поясам: напішыце як 2022-04-05T14:30:00Z (UTC) або 2022-04-05T17:30:00+03:00.</translation>
    </message>
    <message>
        <source>%1: this filing cannot be recorded as given: check its kind, to whom it was filed, the way of sending, and its times (2022-04-05T21:30+03:00; none before the filing itself).</source>
        <translation>%1: гэты зварот нельга запісаць у такім выглядзе: праверце яго від, куды ён пададзены, спосаб адпраўкі і час (2022-04-05T21:30+03:00; ніводны не раней за саму падачу).</translation>
    </message>
    <message>
        <source>The file is not a readable case file: it is damaged or cut short, or it is not an Abarona export.</source>
        <translation>Файл не чытаецца як файл спраў: ён пашкоджаны або абрэзаны ці гэта не экспарт Abarona.</translation>
    </message>
    <message>
        <source>The file is not a text file in UTF-8: save it as UTF-8 (in most editors: Save as, encoding UTF-8) and import again.</source>
        <translation>Файл не ў кадыроўцы UTF-8: захавайце яго ў UTF-8 (у большасці рэдактараў: «Захаваць як», кадыроўка UTF-8) і імпартуйце зноў.</translation>
    </message>
    <message>
        <source>The file is empty: there are no cases in it.</source>
        <translation>Файл пусты: у ім няма ніводнай справы.</translation>
    </message>
    <message>
        <source>This is not an Abarona case file.</source>
        <translation>Гэта не файл спраў Abarona.</translation>
    </message>
    <message>
        <source>The file was written by another version of Abarona that this one cannot read: update Abarona.</source>
        <translation>Файл запісаны іншай версіяй Abarona, якую гэтая не чытае: абнавіце Abarona.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of the values a case file can give here: %3.</source>
        <translation>%1: «%2» — не з тых значэнняў, якія можа даць файл спраў у гэтым месцы: %3.</translation>
    </message>
    <message>
        <source>%1: give one of the values a case file can give here: %3.</source>
        <translation>%1: укажыце адно са значэнняў, якія можа даць файл спраў у гэтым месцы: %3.</translation>
    </message>
    <message>
        <source>%1: one line of at most %2 characters, with no line break or other control character.</source>
        <translation>%1: адзін радок не даўжэйшы за %2 знакаў, без пераносаў радка і іншых кіравальных сімвалаў.</translation>
    </message>
    <message>
        <source>%1: give a whole number from %2 to %3.</source>
        <translation>%1: укажыце цэлы лік ад %2 да %3.</translation>
    </message>
    <message>
        <source>%1: this value cannot be used here.</source>
        <translation>%1: гэта значэнне тут выкарыстаць нельга.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Replace the file?</source>
        <extracomment>Tests set this to a function (kind, title, text) -&gt; answer, and no modal box is shown.</extracomment>
        <translation>Замяніць файл?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ужо існуе. Замяніць?</translation>
    </message>
</context>
<context>
    <name>rapid</name>
    <message>
        <source>transfer date set</source>
        <translation>прызначана дата перадачы</translation>
    </message>
    <message>
        <source>forced expulsion ordered</source>
        <translation>прызначана прымусовае выдварэнне</translation>
    </message>
    <message>
        <source>extradition decision final, no appeal</source>
        <translation>рашэнне аб выдачы ўступіла ў сілу, скарга не пададзена</translation>
    </message>
    <message>
        <source>released: re-arrest at the gate</source>
        <translation>вызвалены: пагроза затрымання ля брамы</translation>
    </message>
    <message>
        <source>contact lost, whereabouts unknown</source>
        <translation>сувязь страчана, месцазнаходжанне невядомае</translation>
    </message>
    <message>
        <source>removal step while removal was barred</source>
        <translation>дзеянні па высылцы пры забароне высылкі</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <source>Cancel</source>
        <extracomment>How many tasks are running, and what waits for them all to end (a lock, for one: the vault must not be closed under a worker that is writing to it).</extracomment>
        <translation>Скасаваць</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасаванне…</translation>
    </message>
</context>
<context>
    <name>team</name>
    <message>
        <source>This vault is in no team: create a team or join one first. Nothing was changed.</source>
        <translation>Гэта сховішча не ўваходзіць ні ў адну каманду: спачатку стварыце каманду або далучыцеся да яе. Нічога не зменена.</translation>
    </message>
    <message>
        <source>The team folder is not there. Plug in the drive or start the file sync, or choose another folder. Nothing was changed.</source>
        <translation>Папкі каманды няма. Падключыце дыск або запусціце сінхранізацыю файлаў, або выберыце іншую папку. Нічога не зменена.</translation>
    </message>
    <message>
        <source>This folder holds no team. Check the folder, or wait until the file sync has brought the team&apos;s files.</source>
        <translation>У гэтай папцы няма каманды. Праверце папку або пачакайце, пакуль сінхранізацыя прынясе файлы каманды.</translation>
    </message>
    <message>
        <source>This folder already holds a team: join it instead.</source>
        <translation>У гэтай папцы ўжо ёсць каманда: далучыцеся да яе.</translation>
    </message>
    <message>
        <source>The team passphrase does not open this team. Check it word by word (the newest one, if it was changed). Nothing was changed.</source>
        <translation>Парольная фраза каманды не адкрывае гэтую каманду. Праверце яе слова за словам (найноўшую, калі яе мянялі). Нічога не зменена.</translation>
    </message>
    <message>
        <source>This vault is already in another team. Nothing was changed.</source>
        <translation>Гэтае сховішча ўжо ў іншай камандзе. Нічога не зменена.</translation>
    </message>
    <message>
        <source>This vault is already in a team. Nothing was changed.</source>
        <translation>Гэтае сховішча ўжо ў камандзе. Нічога не зменена.</translation>
    </message>
    <message>
        <source>This device cannot revoke itself: revoke it from another device.</source>
        <translation>Гэтая прылада не можа адклікаць сябе: адклічце яе з іншай прылады.</translation>
    </message>
    <message>
        <source>Choose a device in the list first.</source>
        <translation>Спачатку выберыце прыладу ў спісе.</translation>
    </message>
    <message>
        <source>This conflict was decided already.</source>
        <translation>Гэты канфлікт ужо вырашаны.</translation>
    </message>
    <message>
        <source>Their version cannot be taken: it breaks a rule of this vault (for example, a reference another case has). Keep yours, or change yours first.</source>
        <translation>Іх версію нельга ўзяць: яна парушае правіла гэтага сховішча (напрыклад, нумар, які мае іншая справа). Пакіньце сваю або спачатку змяніце сваю.</translation>
    </message>
    <message>
        <source>The drive of the team folder is full. Nothing was written to the team folder, and your vault keeps its changes. Free some space there, then try again.</source>
        <translation>Дыск каманднай папкі запоўнены. У камандную папку нічога не запісана, а ваша сховішча захоўвае свае змены. Вызваліце там месца і паспрабуйце зноў.</translation>
    </message>
    <message>
        <source>Another copy of this vault has synced as this device (a copy of the vault file used on another computer, or an older backup restored). Nothing was sent or applied. Keep working in one copy only; let the other one leave and join the team again as a new device.</source>
        <translation>Іншая копія гэтага сховішча ўжо сінхранізавалася як гэтая прылада (копія файла сховішча на іншым камп’ютары або адноўленая старая рэзервовая копія). Нічога не адпраўлена і не ўжыта. Працуйце толькі ў адной копіі; другую выведзіце з каманды і далучыце зноў як новую прыладу.</translation>
    </message>
    <message>
        <source>Waiting for journal %1 from %2</source>
        <translation>Чакаем часопіс %1 ад %2</translation>
    </message>
    <message>
        <source>Journal %1 from %2 is under a new team passphrase: enter it on the Team page.</source>
        <translation>Часопіс %1 ад %2 пад новай парольнай фразай каманды: увядзіце яе на старонцы «Каманда».</translation>
    </message>
    <message>
        <source>that device was revoked</source>
        <translation>гэтая прылада адклікана</translation>
    </message>
    <message>
        <source>the file is damaged or was altered</source>
        <translation>файл пашкоджаны або зменены</translation>
    </message>
    <message>
        <source>the file was altered</source>
        <translation>файл зменены</translation>
    </message>
    <message>
        <source>it was written by a newer version of Abarona: update Abarona here</source>
        <translation>ён запісаны навейшай версіяй Абароны: абнавіце Абарону тут</translation>
    </message>
    <message>
        <source>it was written by an older version of Abarona: update Abarona there</source>
        <translation>ён запісаны старэйшай версіяй Абароны: абнавіце Абарону там</translation>
    </message>
    <message>
        <source>it does not fit this vault</source>
        <translation>ён не пасуе да гэтага сховішча</translation>
    </message>
    <message>
        <source>Journal %1 from %2 was refused (%3); nothing of it was applied.</source>
        <translation>Часопіс %1 ад %2 адхілены (%3); нічога з яго не ўжыта.</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(выдалена)</translation>
    </message>
</context>
</TS>
