"""What every report shares: embedded fonts, styles, words in English and Russian, date
formatting, and the page template (confidentiality mark, generation time, "page x of y")."""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import BaseDocTemplate, CondPageBreak, Frame, PageTemplate, Paragraph

from desktop.dates import edtf as dates

FONT = "AbaronaSans"
FONT_BOLD = "AbaronaSans-Bold"
FONT_RTL = "AbaronaRTL"  # DejaVu Sans: Hebrew, Arabic and its presentation forms
PAPERS = {"a4": A4, "letter": LETTER}
LANGUAGES = ("en", "ru", "be")
MARGIN = 16 * mm
INK = colors.HexColor("#1d2733")
MUTED = colors.HexColor("#5b6672")
RULE = colors.HexColor("#c9d1da")
SHADE = colors.HexColor("#eef2f6")
ACCENT = colors.HexColor("#2f5d8a")
ALERT = colors.HexColor("#a3182b")


@functools.cache
def register_fonts() -> None:
    """Noto Sans (OFL, resources/fonts): Russian and Belarusian Cyrillic and Łacinka; DejaVu
    Sans (Bitstream Vera licence, resources/fonts/DejaVu-LICENSE.txt) for Hebrew and Arabic.

    ReportLab embeds a subset of each font in every PDF, so a reader needs no fonts.
    """
    folder = resources.files("resources").joinpath("fonts")
    for name, filename in ((FONT, "NotoSans-Regular.ttf"), (FONT_BOLD, "NotoSans-Bold.ttf"),
                           (FONT_RTL, "DejaVuSans.ttf")):
        with folder.joinpath(filename).open("rb") as handle:
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(handle.read())))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic=FONT, boldItalic=FONT_BOLD)


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_muted: ParagraphStyle
    note: ParagraphStyle


@functools.cache
def styles() -> Styles:
    """The paragraph styles of every report (points; the bundled fonts are registered first)."""
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=3)
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21,
                             spaceAfter=2),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=10.5, leading=14, textColor=MUTED,
                                spaceAfter=8),
        heading=ParagraphStyle("heading", parent=body, fontName=FONT_BOLD, fontSize=11.5, leading=15,
                               textColor=ACCENT, spaceBefore=10, spaceAfter=4),
        body=body,
        muted=ParagraphStyle("muted", parent=body, textColor=MUTED),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=FONT_BOLD),
        cell_muted=ParagraphStyle("cell_muted", parent=cell, textColor=MUTED),
        note=ParagraphStyle("note", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
    )


# -- Words ---------------------------------------------------------------------------------
# The PDF is built without Qt, so its fixed words live here, in English, Russian and Belarusian, like the
# vocabulary labels in resources/vocabularies.toml.

_WORDS: dict[str, tuple[str, str]] = {
    "case_summary": ("Case summary", "Сводка по делу"),
    "aggregate": ("Aggregate report", "Сводный отчёт"),
    "internal_mark": ("CONFIDENTIAL · internal · contains personal data",
                      "КОНФИДЕНЦИАЛЬНО · для внутреннего пользования · содержит персональные данные"),
    "public_mark": ("Public version · persons named only as they consented",
                    "Публичная версия · лица названы только так, как они согласились"),
    "public_note": (
        "Public version: each person is named as they consented (full name, initials, or "
        "a number). Contact details, addresses, documents and internal notes are left out.",
        "Публичная версия: каждое лицо названо так, как оно согласилось (полное имя, инициалы "
        "или номер). Контактные данные, адреса, документы и внутренние заметки не включены."),
    "generated": ("Generated %1 with Abarona", "Создано %1 в Abarona"),
    "page_of": ("Page %1 of %2", "Стр. %1 из %2"),
    "person_n": ("Person %1", "Лицо %1"),
    "withheld": ("[withheld]", "[скрыто]"),
    "none_recorded": ("None recorded.", "Нет записей."),
    "person": ("Person", "Лицо"),
    "also_written": ("Also written", "Другие написания"),
    "born": ("Born", "Дата рождения"),
    "citizenship": ("Citizenship", "Гражданство"),
    "hometown": ("Hometown", "Родной город"),
    "residence": ("Residence in Russia", "Место жительства в России"),
    "contact": ("Contact", "Контакты"),
    "publicity": ("Publicity", "Публичность"),
    "reference": ("Reference", "Номер дела"),
    "kind": ("Kind", "Вид"),
    "status": ("Status", "Статус"),
    "outcome": ("Outcome", "Исход"),
    "arrest": ("Arrest", "Задержание"),
    "region": ("Region", "Регион"),
    "facility": ("Detention facility", "Место содержания"),
    "lawyer": ("Lawyer", "Адвокат"),
    "state_appointed": ("(state-appointed)", "(по назначению)"),
    "tags": ("Tags", "Метки"),
    "charges": ("Charges", "Обвинения"),
    "part": ("part %1", "ч. %1"),
    "custody_deadlines": ("Custody and next deadlines", "Содержание под стражей и ближайшие сроки"),
    "in_custody_since": ("In custody since %1 (%2 days).", "Под стражей с %1 (%2 дн.)."),
    "not_in_custody": ("Not in custody: custody from %1 ended %2 (%3 days).",
                       "Не под стражей: содержание с %1 окончено %2 (%3 дн.)."),
    "no_custody": ("No custody recorded.", "Содержание под стражей не отмечено."),
    "custody_ended_unrecorded": (
        "Not in custody: custody from %1 ended (case closed, or its outcome) on a day not recorded.",
        "Не под стражей: содержание с %1 окончено (дело закрыто или таков исход) в день, который не записан."),
    "next_deadlines": ("Next deadlines", "Ближайшие сроки"),
    "deadline": ("Deadline", "Срок"),
    "basis": ("Legal basis", "Правовое основание"),
    "due": ("Due", "Истекает"),
    "no_deadlines": ("No open deadlines recorded.", "Открытых сроков нет."),
    "deadline_note": ("Computed dates are an aid, not legal advice: check them against the law.",
                      "Рассчитанные даты — подсказка, а не юридическая консультация: сверяйте с законом."),
    "timeline": ("Timeline", "Хронология на шкале"),
    "chronology": ("Chronology", "Хронология"),
    "no_events": ("No events recorded yet.", "Событий пока нет."),
    "date": ("Date", "Дата"),
    "time": ("Time", "Время"),
    "event": ("Event", "Событие"),
    "place_body": ("Place · body", "Место · орган"),
    "text": ("Text", "Текст"),
    "source": ("Source", "Источник"),
    "parties": ("Parties", "Участники"),
    "name": ("Name", "Имя"),
    "role": ("Role", "Роль"),
    "note": ("Note", "Заметка"),
    "documents": ("Documents", "Документы"),
    "document": ("Document", "Документ"),
    "type": ("Type", "Тип"),
    "size": ("Size", "Размер"),
    "added": ("Added", "Добавлен"),
    "summary": ("Summary", "Краткое описание"),
    "notes": ("Internal notes", "Внутренние заметки"),
    "period": ("Cases with any date from %1 to %2", "Дела с любой датой с %1 по %2"),
    "all_time": ("All cases, whatever their dates", "Все дела, независимо от дат"),
    "period_rule": (
        "Period rule: a case is counted when any of its dates (the arrest or any event) falls in "
        "the period, each date taken as its whole range.",
        "Правило периода: дело учитывается, если любая его дата (задержание или любое событие) "
        "попадает в период; каждая дата берётся во всём своём диапазоне."),
    "persons_counted": ("Persons (a person with several cases counted once)",
                        "Лиц (лицо с несколькими делами учтено один раз)"),
    "incidents_counted": ("Incidents (each group of linked cases counted once)",
                          "Событий (каждая группа связанных дел учтена один раз)"),
    "interim_before": ("of them, removed before the measures arrived (same day, earlier hour, or earlier day)",
                       "из них лицо вывезено до поступления мер (раньше в тот же день или раньше)"),
    "interim_unknown_order": ("of them, removed the same day, order not known",
                              "из них лицо вывезено в тот же день, порядок неизвестен"),
    "interim_estimated": (
        "%1 of the interim-measure figures rest on an approximate date or time (e.g. \"about 17:00\"); "
        "they are estimates, not established facts.",
        "%1 из показателей по обеспечительным мерам основаны на приблизительной дате или времени "
        "(например, «около 17:00»); это оценки, а не установленные факты."),
    "by_body": ("Interim measures by body (cases)", "Обеспечительные меры по органам (дел)"),
    "no_body": ("(body not recorded)", "(орган не указан)"),
    "custody_estimated": (
        "%1 of the custody lengths rest on an approximate date; the median and longest are estimates where marked c.",
        "%1 из сроков содержания основаны на приблизительной дате; медиана и максимум — оценки там, где стоит «ок.»."),
    "custody_unrecorded": (
        "%1 cases ended custody (case closed, or an outcome that ends custody) on a day not recorded; "
        "they are not counted as still in custody and have no length.",
        "В %1 делах содержание окончилось (дело закрыто или исход прекращает содержание) в день, который "
        "не записан; они не считаются находящимися под стражей, и срок для них не рассчитан."),
    "learned_delay": ("Median days from arrest to the organisation learning of the case",
                      "Медиана дней от задержания до того, как организация узнала о деле"),
    "learned_cases": ("Cases with both dates", "Дел с обеими датами"),
    "breakdowns": ("Breakdowns", "Разбивки"),
    "kind_outcome": ("Cases by kind and outcome", "Дела по видам и исходам"),
    "charges_by_kind": ("Charges by kind of case (cases per article)", "Обвинения по видам дел (дел по статье)"),
    "by_year": ("Cases by the year they began (first date)", "Дела по году начала (первая дата)"),
    "undated_year": ("undated", "без даты"),
    "total": ("Total", "Всего"),
    "open_start": ("the earliest", "самого раннего"),
    "open_end": ("today", "сегодня"),
    "cases_counted": ("Cases counted", "Учтено дел"),
    "key_figures": ("Key figures", "Основные показатели"),
    "fuzzy_dates": (
        "%1 of these cases have an approximate, uncertain, month-only or interval arrest date; "
        "each is counted in the period it overlaps.",
        "У %1 из этих дел дата задержания приблизительная, неточная, известна до месяца или "
        "задана интервалом; такое дело учтено в периоде, с которым дата пересекается."),
    "undated": ("Cases without any date (arrest or event), which a period leaves out: %1.",
                "Дела без какой-либо даты (задержания или события), не включённые в период: %1."),
    "by_kind": ("Cases by kind", "Дела по видам"),
    "by_outcome": ("Cases by outcome", "Дела по исходу"),
    "by_status": ("Cases by status", "Дела по статусу"),
    "by_charge": ("Charges (cases per article)", "Обвинения (дел по статье)"),
    "by_region": ("Cases by region", "Дела по регионам"),
    "article": ("Article", "Статья"),
    "title": ("Title", "Название"),
    "cases": ("Cases", "Дел"),
    "no_region": ("(no region)", "(регион не указан)"),
    "interim": ("Interim measures", "Обеспечительные меры"),
    "interim_granted": ("Cases with interim measures granted", "Дел, где обеспечительные меры приняты"),
    "interim_ignored": ("of them, removed despite the measures (extradited, handed over or abducted after them)",
                        "из них лицо вывезено вопреки мерам (выдано, передано или похищено после их применения)"),
    "custody": ("Custody in Russia", "Содержание под стражей в России"),
    "custody_cases": ("Cases with custody recorded", "Дел с отмеченным содержанием под стражей"),
    "custody_median": ("Median time in custody", "Медиана срока содержания"),
    "custody_longest": ("Longest time in custody", "Наибольший срок содержания"),
    "custody_ongoing": ("still in custody (counted to the report date)",
                        "всё ещё под стражей (срок считается по дату отчёта)"),
    "days": ("%1 days", "%1 дн."),
    "case_table": ("Cases", "Дела"),
    "charges_short": ("Charges", "Статьи"),
    "no_cases": ("No cases in this period.", "За этот период дел нет."),
    "more_rows": ("Not drawn: %1 more rows (%2 cases in all).", "Не показаны на диаграмме: ещё строк — %1 (всего дел — %2)."),
    "unverified": ("title not yet verified", "название не проверено"),
    "figures_note": (
        "Figures count cases (not persons) not in the trash; a case is counted in every "
        "article it is charged under. They equal the command `abarona-cli stats` for the same period.",
        "Показатели считают дела (а не лиц), не находящиеся в корзине; дело учитывается по каждой "
        "статье обвинения. Они совпадают с командой `abarona-cli stats` за тот же период."),
    "approx": ("c. %1", "ок. %1"),
    "season_spring": ("spring %1", "весна %1"),
    "season_summer": ("summer %1", "лето %1"),
    "season_autumn": ("autumn %1", "осень %1"),
    "season_winter": ("winter %1", "зима %1"),  # %1: "2021/22", the winter that begins in December 2021
    "uncertain": ("%1 (?)", "%1 (?)"),
    "yes": ("yes", "да"),
}


# Belarusian words of the reports (same keys as _WORDS; a key missing here falls back to Russian).
_WORDS_BE: dict[str, str] = {
    "case_summary": "Даведка па справе",
    "aggregate": "Зводная справаздача",
    "internal_mark": "КАНФІДЭНЦЫЙНА · для ўнутранага карыстання · змяшчае асабістыя даныя",
    "public_mark": "Публічная версія · асобы названы толькі так, як яны пагадзіліся",
    "public_note": ("Публічная версія: кожная асоба названа так, як яна пагадзілася (поўнае імя, ініцыялы "
                    "або нумар). Кантактныя даныя, адрасы, дакументы і ўнутраныя нататкі не ўключаны."),
    "generated": "Створана %1 у Abarona",
    "page_of": "Стар. %1 з %2",
    "person_n": "Асоба %1",
    "withheld": "[схавана]",
    "none_recorded": "Няма запісаў.",
    "person": "Асоба",
    "also_written": "Іншыя напісанні",
    "born": "Дата нараджэння",
    "citizenship": "Грамадзянства",
    "hometown": "Родны горад",
    "residence": "Месца жыхарства ў Расіі",
    "contact": "Кантакты",
    "publicity": "Публічнасць",
    "reference": "Нумар справы",
    "kind": "Від",
    "status": "Статус",
    "outcome": "Вынік",
    "arrest": "Затрыманне",
    "region": "Рэгіён",
    "facility": "Месца ўтрымання",
    "lawyer": "Адвакат",
    "state_appointed": "(па прызначэнні)",
    "tags": "Пазнакі",
    "charges": "Абвінавачванні",
    "part": "ч. %1",
    "custody_deadlines": "Утрыманне пад вартай і бліжэйшыя тэрміны",
    "in_custody_since": "Пад вартай з %1 (%2 дз.).",
    "not_in_custody": "Не пад вартай: утрыманне з %1 скончылася %2 (%3 дз.).",
    "no_custody": "Утрыманне пад вартай не адзначана.",
    "next_deadlines": "Бліжэйшыя тэрміны",
    "deadline": "Тэрмін",
    "basis": "Прававая падстава",
    "due": "Сканчаецца",
    "no_deadlines": "Адкрытых тэрмінаў няма.",
    "deadline_note": "Разлічаныя даты — падказка, а не юрыдычная кансультацыя: звярайце іх з законам.",
    "timeline": "Храналогія на шкале",
    "chronology": "Храналогія",
    "no_events": "Падзей пакуль няма.",
    "date": "Дата",
    "time": "Час",
    "event": "Падзея",
    "place_body": "Месца · орган",
    "text": "Тэкст",
    "source": "Крыніца",
    "parties": "Удзельнікі",
    "name": "Імя",
    "role": "Роля",
    "note": "Нататка",
    "documents": "Дакументы",
    "document": "Дакумент",
    "type": "Тып",
    "size": "Памер",
    "added": "Дададзены",
    "summary": "Кароткае апісанне",
    "notes": "Унутраныя нататкі",
    "period": "Затрыманні %1 – %2",
    "all_time": "Усе справы, незалежна ад даты затрымання",
    "open_start": "самага ранняга",
    "open_end": "сёння",
    "cases_counted": "Улічана спраў",
    "key_figures": "Асноўныя паказчыкі",
    "fuzzy_dates": ("У %1 з гэтых спраў дата затрымання прыблізная, няпэўная, вядомая да месяца або "
                    "зададзена інтэрвалам; такая справа ўлічана ў перыядзе, з якім дата перасякаецца."),
    "undated": "Справы без даты затрымання, не ўключаныя ў перыяд: %1.",
    "by_kind": "Справы па відах",
    "by_outcome": "Справы па выніку",
    "by_status": "Справы па статусе",
    "by_charge": "Абвінавачванні (спраў па артыкуле)",
    "by_region": "Справы па рэгіёнах",
    "article": "Артыкул",
    "title": "Назва",
    "cases": "Спраў",
    "no_region": "(рэгіён не пазначаны)",
    "interim": "Забяспечвальныя меры",
    "interim_granted": "Спраў, дзе забяспечвальныя меры ўжыты",
    "interim_ignored": "з іх асобу ўсё роўна вывезлі (выдалі, перадалі або выкралі ў той жа дзень або пазней)",
    "custody": "Утрыманне пад вартай у Расіі",
    "custody_cases": "Спраў з адзначаным утрыманнем пад вартай",
    "custody_median": "Медыяна тэрміну ўтрымання",
    "custody_longest": "Найбольшы тэрмін утрымання",
    "custody_ongoing": "усё яшчэ пад вартай (тэрмін лічыцца па дату справаздачы)",
    "days": "%1 дз.",
    "case_table": "Справы",
    "charges_short": "Артыкулы",
    "no_cases": "За гэты перыяд спраў няма.",
    "more_rows": "Не паказаны на дыяграме: яшчэ радкоў — %1 (усяго спраў — %2).",
    "unverified": "назва не праверана",
    "figures_note": ("Паказчыкі лічаць справы (а не асоб), якія не ў кошыку; справа ўлічваецца па кожным "
                     "артыкуле абвінавачвання. Яны супадаюць з камандай `abarona-cli stats` за той жа перыяд."),
    "approx": "каля %1",
    "season_spring": "вясна %1",
    "season_summer": "лета %1",
    "season_autumn": "восень %1",
    "season_winter": "зіма %1",
    "uncertain": "%1 (?)",
    "yes": "так",
    "custody_ended_unrecorded": "Не пад вартай: утрыманне з %1 скончылася (справа закрыта або такі вынік) у дзень, "
                                "які не запісаны.",
    "period_rule": "Правіла перыяду: справа ўлічваецца, калі любая яе дата (затрыманне або любая падзея) "
                   "трапляе ў перыяд; кожная дата бярэцца ва ўсім сваім дыяпазоне.",
    "persons_counted": "Асоб (асоба з некалькімі справамі ўлічана адзін раз)",
    "incidents_counted": "Падзей (кожная група звязаных спраў улічана адзін раз)",
    "interim_before": "з іх асобу вывезлі да паступлення мер (раней у той жа дзень або раней)",
    "interim_unknown_order": "з іх асобу вывезлі ў той жа дзень, парадак невядомы",
    "interim_estimated": "%1 з паказчыкаў па забяспечвальных мерах грунтуюцца на прыблізнай даце ці часе "
                         "(напрыклад, «каля 17:00»); гэта ацэнкі, а не ўстаноўленыя факты.",
    "by_body": "Забяспечвальныя меры па органах (спраў)",
    "no_body": "(орган не пазначаны)",
    "custody_estimated": "%1 з тэрмінаў утрымання грунтуюцца на прыблізнай даце; медыяна і максімум — ацэнкі там, "
                         "дзе стаіць «каля».",
    "custody_unrecorded": "У %1 справах утрыманне скончылася (справа закрыта або вынік спыняе ўтрыманне) у дзень, "
                          "які не запісаны; яны не лічацца пад вартай, і тэрмін для іх не разлічаны.",
    "learned_delay": "Медыяна дзён ад затрымання да таго, як арганізацыя даведалася пра справу",
    "learned_cases": "Спраў з абедзвюма датамі",
    "breakdowns": "Разбіўкі",
    "kind_outcome": "Справы па відах і выніках",
    "charges_by_kind": "Абвінавачванні па відах спраў (спраў па артыкуле)",
    "by_year": "Справы па годзе пачатку (першая дата)",
    "undated_year": "без даты",
    "total": "Усяго",
}

def word(key: str, lang: str, *args: object) -> str:
    """A fixed word of the reports in ``lang``, with %1, %2... filled in."""
    en, ru = _WORDS[key]
    text = _WORDS_BE.get(key, ru) if lang == "be" else ru if lang == "ru" else en
    for i, value in enumerate(args, start=1):
        text = text.replace(f"%{i}", str(value))
    return text


def all_words() -> list[str]:
    """Every fixed word in both languages (tests keep generated names clear of them)."""
    return [w for pair in _WORDS.values() for w in pair] + list(_WORDS_BE.values())


_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_RUN = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc][\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u064b-\u065f ]*")


def _visual_line(line: str) -> str:
    """One line of right-to-left (or mixed) text shaped and in visual order: Arabic letters
    joined into their contextual forms (arabic-reshaper), then the Unicode Bidirectional
    Algorithm (UAX #9, python-bidi) puts the characters in the order they are drawn."""
    import arabic_reshaper  # noqa: PLC0415 - only reports with such text need them
    from bidi import get_display  # noqa: PLC0415

    return get_display(arabic_reshaper.reshape(line))


def esc(text: object) -> str:
    """User text made safe for a Paragraph (which reads a small XML dialect). Hebrew and
    Arabic are shaped, put in visual order line by line and set in the font that has them
    (a line that wraps keeps its visual order within each logical line only)."""
    value = str(text)
    if not _RTL.search(value):
        return escape(value).replace("\n", "<br/>")
    lines = []
    for line in value.split("\n"):
        visual = _visual_line(line) if _RTL.search(line) else line
        parts, last = [], 0
        for run in _RTL_RUN.finditer(visual):
            parts.append(escape(visual[last:run.start()]))
            parts.append(f'<font name="{FONT_RTL}">{escape(run.group())}</font>')
            last = run.end()
        parts.append(escape(visual[last:]))
        lines.append("".join(parts))
    return "<br/>".join(lines)


def heading(text: str) -> list:
    """A section heading that never stands alone at the foot of a page."""
    return [CondPageBreak(30 * mm), Paragraph(esc(text), styles().heading)]


def format_date(text: str | None, lang: str) -> str:
    """An EDTF date as a coordinator reads it: 'c. 2023-01-05', '2022-02 (?)', 'a – b'."""
    if not text:
        return ""
    try:
        parsed = dates.parse(text)
    except dates.DateError:
        return text
    if "/" in text:
        start, _, end = text.partition("/")
        return f"{format_date(start, lang) if start not in ('', '..') else '…'} – " \
               f"{format_date(end, lang) if end not in ('', '..') else '…'}"
    bare = _plain_date(text, lang)
    if parsed.approximate and parsed.uncertain:
        return word("uncertain", lang, word("approx", lang, bare))
    if parsed.approximate:
        return word("approx", lang, bare)
    if parsed.uncertain:
        return word("uncertain", lang, bare)
    return bare


def format_day(day: date, lang: str) -> str:
    """A day as the interface shows it (issue 13, item 9: one way to show dates): 21.07.2021
    in Russian and Belarusian, 21/07/2021 in English, day first in all three."""
    separator = "/" if lang == "en" else "."
    return f"{day.day:02d}{separator}{day.month:02d}{separator}{day.year}"


def _plain_date(text: str, lang: str) -> str:
    """A day, month, year or season without its qualifiers, in ``lang``'s way: "21.07.2021",
    "07.2021", "2021", "spring 2021"; anything else as written."""
    parts = dates.simple_parts(text)
    if parts is not None:
        separator = "/" if lang == "en" else "."
        if parts.day:
            return format_day(date(parts.year, parts.month, parts.day), lang)
        if parts.month:
            return f"{parts.month:02d}{separator}{parts.year}"
        return str(parts.year)
    season = dates.season_parts(text)
    if season is not None:
        year, name, _approximate, _uncertain = season
        return word(f"season_{name}", lang, f"{year}/{(year + 1) % 100:02d}" if name == "winter" else year)
    return text.rstrip("~?%")


def format_moment(moment: datetime, lang: str) -> str:
    """Local date and time with the UTC offset, never a time zone's name or place."""
    aware = moment if moment.tzinfo else moment.astimezone()
    offset = aware.strftime("%z")
    return f"{format_day(aware.date(), lang)} {aware:%H:%M} UTC{offset[:3]}:{offset[3:]}"


def format_size(size: int) -> str:
    """A size in bytes as people read it: "512 B", "1.5 KB", "3.2 MB", "1.1 GB" (binary
    units, 1 KB = 1024 B)."""
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


@dataclass(frozen=True)
class PageSetup:
    """Everything the page template prints around the story, and the PDF's metadata."""

    title: str
    subject: str
    author: str
    keywords: Sequence[str]
    mark: str  # the confidentiality mark in the header
    public: bool
    generated: datetime
    lang: str
    paper: str = "a4"


def frame_width(paper: str) -> float:
    """The width of the text frame on ``paper`` ("a4" or "letter") in points. Raises KeyError
    for another paper."""
    return PAPERS[paper][0] - 2 * MARGIN


class _NumberedCanvas(rl_canvas.Canvas):
    """Defers every page until the end, so each footer can say "page x of y"."""

    def __init__(self, *args, setup: PageSetup, **kwargs) -> None:
        # Our font from the start, so no unembedded standard font enters the PDF.
        kwargs.update(initialFontName=FONT, initialFontSize=9)
        super().__init__(*args, **kwargs)
        self._setup = setup
        self._pages: list[dict] = []

    def showPage(self) -> None:  # noqa: N802 - ReportLab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        setup = self._setup
        width, height = self._pagesize
        self.saveState()
        self.setFont(FONT_BOLD, 7.5)
        self.setFillColor(ACCENT if setup.public else ALERT)
        self.drawString(MARGIN, height - MARGIN + 6 * mm, setup.mark)
        self.setFillColor(MUTED)
        # The title gets the room the mark leaves (a long Russian mark and a long title
        # overlapped on every page): clipped to that width, with an ellipsis.
        room = width - 2 * MARGIN - stringWidth(setup.mark, FONT_BOLD, 7.5) - 6 * mm
        title = fit_width(_clip(setup.title, 60), FONT, 7.5, room)
        if _RTL.search(title):  # shaped, in visual order, in the font that has the letters
            self.setFont(FONT_RTL, 7.5)
            title = _visual_line(title)
        else:
            self.setFont(FONT, 7.5)
        self.drawRightString(width - MARGIN, height - MARGIN + 6 * mm, title)
        self.setFont(FONT, 7.5)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - MARGIN + 4.5 * mm, width - MARGIN, height - MARGIN + 4.5 * mm)
        self.line(MARGIN, MARGIN - 5 * mm, width - MARGIN, MARGIN - 5 * mm)
        self.drawString(MARGIN, MARGIN - 9 * mm,
                        word("generated", setup.lang, format_moment(setup.generated, setup.lang)))
        self.drawRightString(width - MARGIN, MARGIN - 9 * mm,
                             word("page_of", setup.lang, self._pageNumber, total))
        self.restoreState()


def fit_width(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut to the longest prefix that fits ``width`` points with an ellipsis (the
    whole of it when it fits; "" when not even the ellipsis does)."""
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…" if stringWidth("…", font, size) <= width else ""


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_pdf(story: list, setup: PageSetup) -> bytes:
    """Lay the story out on pages and return the PDF, built in memory only."""
    register_fonts()
    buffer = io.BytesIO()
    pagesize = PAPERS[setup.paper]
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
        bottomMargin=MARGIN, title=setup.title, author=setup.author, subject=setup.subject,
        keywords=list(setup.keywords), creator="Abarona", producer="Abarona (ReportLab)",
        lang=setup.lang,
    )
    frame = Frame(MARGIN, MARGIN, pagesize[0] - 2 * MARGIN, pagesize[1] - 2 * MARGIN,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=lambda *a, **k: _NumberedCanvas(*a, setup=setup, **k))
    return buffer.getvalue()
