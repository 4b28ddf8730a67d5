"""Urgent requests to international bodies, drafted from the case in minutes.

:func:`gather` collects the facts a body asks for (identity, citizenship, where the client is
held, the requesting state's charges and their context, the procedural history with dates and
times, the scheduled or feared removal, the risks, what was already filed, the measure asked)
and lists the missing ones *before* a draft is made. :func:`render` fills a Word template
(``resources/templates/urgent_request.{en,ru}.docx``, docxtpl/Jinja placeholders) in memory;
a missing fact appears in the draft as a visible gap, ``[MISSING: …]``. The lawyer edits the
result in a word processor. :func:`save` writes it where the user chose — a plaintext export,
audited without its path.

Bodies and their procedures (keys as the CLI's ``--body``):

- ``un-hrc``: UN Human Rights Committee, interim measures, rule 94 of its rules of procedure;
- ``cat``: UN Committee against Torture, interim measures, rule 114 of its rules of procedure;
- ``wgad``: UN Working Group on Arbitrary Detention, urgent action;
- ``special-procedures``: UN Special Procedures, urgent appeal;
- ``ecthr``: European Court of Human Rights, Rule 39 of the Rules of Court — for facts up to
  16 September 2022, when Russia ceased to be a party to the Convention.
"""

from __future__ import annotations

import io
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone
from enum import StrEnum
from importlib import resources
from pathlib import Path

from db.vault import Vault
from desktop.cases import service as case_service
from desktop.cases.vocab import vocabulary
from desktop.dates import edtf as dates
from desktop.deadlines import service as dl
from desktop.names.transliteration import be_to_passport, ru_to_press
from desktop.rapid import filings as filing_service
from desktop.reports import exports
from desktop.vaults.atomic import write_atomically

LANGUAGES = ("en", "ru")
GAP = {"en": "[MISSING: {}]", "ru": "[НЕ УКАЗАНО: {}]"}
_GAP_RE = re.compile(r"\[(?:MISSING|НЕ УКАЗАНО): [^\]]*\]")


@dataclass(frozen=True)
class Body:
    key: str
    name: dict[str, str]
    short: dict[str, str]
    rule: dict[str, str]
    request_title: dict[str, str]
    measure: dict[str, str]       # "to <measure>" / "<measure>" after "просим ..."
    measure_text: dict[str, str]  # the paragraph of section 8
    #: The last day whose facts the body can take (None: no such limit); ``suggest``: the body
    #: to turn to for later facts (a key of BODIES, or None).
    facts_until: date | None = None
    suggest: str | None = None


def _bodies() -> dict[str, Body]:
    """The bodies of ``resources/rapid_bodies.toml``, in its order."""
    data = tomllib.loads(resources.files("resources").joinpath("rapid_bodies.toml").read_text(encoding="utf-8"))
    fields = ("name", "short", "rule", "request_title", "measure", "measure_text")
    return {key: Body(key, *(raw[f] for f in fields), facts_until=raw.get("facts_until"), suggest=raw.get("suggest"))
            for key, raw in data.items()}


BODIES: dict[str, Body] = _bodies()
#: Russia ceased to be a party to the ECHR on this day (resources/rapid_bodies.toml).
ECTHR_END: date = BODIES["ecthr"].facts_until

_FACT_LABELS = {
    "birth_date": {"en": "date of birth", "ru": "дата рождения"},
    "citizenship": {"en": "citizenship", "ru": "гражданство"},
    "detention": {"en": "where the person is held", "ru": "место содержания"},
    "charges": {"en": "the requesting state's charges", "ru": "обвинения запрашивающего государства"},
    "context": {"en": "the political context of the charges (the case summary)",
                "ru": "политический контекст обвинений (краткое описание дела)"},
    "history": {"en": "the procedural history (events)", "ru": "ход производства (события)"},
    "removal": {"en": "the scheduled or feared removal date and time",
                "ru": "дата и время назначенной или ожидаемой высылки"},
    "counsel": {"en": "the responsible lawyer", "ru": "ответственный адвокат"},
}
_PERIOD = {
    "en": "{short} can take only facts up to {until}: Russia ceased to be a party to the European Convention on "
          "Human Rights on that day, and every fact recorded in this case is later. Send this request to the "
          "{suggested} instead.",
    "ru": "{short} может рассматривать только факты до {until} включительно: в этот день Россия перестала быть "
          "участницей Европейской конвенции о защите прав человека, а все факты этого дела более поздние. "
          "Направьте эту просьбу в {suggested}.",
}
_SHORT_NAMES = {"ecthr": {"en": "The European Court of Human Rights", "ru": "Европейский суд по правам человека"},
                "un-hrc": {"en": "UN Human Rights Committee", "ru": "Комитет ООН по правам человека"}}
_CODES = {
    ("BY", "CC"): {"en": "Belarus Criminal Code", "ru": "УК РБ"},
    ("BY", "AO"): {"en": "Belarus Code of Administrative Offences", "ru": "КоАП РБ"},
    ("RU", "CC"): {"en": "Russian Criminal Code", "ru": "УК РФ"},
    ("RU", "AO"): {"en": "Russian Code of Administrative Offences", "ru": "КоАП РФ"},
}
_COUNTRIES = {"BY": {"en": "Belarus", "ru": "Беларусь"}, "RU": {"en": "Russia", "ru": "Россия"},
              "UA": {"en": "Ukraine", "ru": "Украина"}, "KZ": {"en": "Kazakhstan", "ru": "Казахстан"},
              "PL": {"en": "Poland", "ru": "Польша"}, "LT": {"en": "Lithuania", "ru": "Литва"}}
_FILED_EVENTS = ("complaint_filed", "appeal_filed", "communication_filed", "interim_measures_requested",
                 "urgent_appeal", "asylum_applied", "temporary_asylum_applied")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December")


class DraftReason(StrEnum):
    """Why a draft cannot be made (:attr:`DraftInvalid.reason`), for translation."""

    BODY = "body"  # not one of BODIES
    LANGUAGE = "language"  # not one of LANGUAGES
    TEMPLATE_UNREADABLE = "template_unreadable"  # the template file cannot be read
    TEMPLATE_NOT_DOCX = "template_not_docx"  # not a Word (.docx) package
    TEMPLATE_ERROR = "template_error"  # the template's Jinja markup is wrong


class DraftInvalid(ValueError):
    """A draft cannot be made as asked (unknown body or language, a broken template); the
    message is English, ``reason`` (a :class:`DraftReason`) says it for translation."""

    def __init__(self, message: str, *, reason: DraftReason) -> None:
        super().__init__(message)
        self.reason = DraftReason(reason)


@dataclass
class Draft:
    """The filled template. ``data``: the .docx bytes (never written by :func:`render`);
    ``missing``: keys of the facts the case lacks (see :func:`fact_label`), shown as gaps;
    ``unfilled``: gap markers or template placeholders still in the document; ``out_of_period``:
    the body cannot take the case's facts (:func:`period_notice`; the document opens with it)."""

    data: bytes
    body: str
    lang: str
    reference: str
    case_id: str
    missing: list[str] = field(default_factory=list)
    unfilled: list[str] = field(default_factory=list)
    out_of_period: str | None = None


def fact_label(key: str, lang: str) -> str:
    """What a missing fact is called, in English or Russian (Russian for Belarusian)."""
    labels = _FACT_LABELS[key]
    return labels.get(lang) or (labels["ru"] if lang == "be" else labels["en"])


def _cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text)


def _latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(ch, "") for ch in letters)


def name_in_script(person, lang: str) -> str:
    """The client's name in the script of ``lang``: a recorded spelling in that language or
    script first (ru: Cyrillic; en: Latin), else the display name romanised (Belarusian
    passport style where the name has ў or і, Russian press style otherwise)."""
    spellings = [(person.display_name, None), *((n.value, n.lang) for n in person.names)]
    if lang == "ru":
        for want in ("ru", "be", None):
            for value, code in spellings:
                if _cyrillic(value) and (want is None or code == want):
                    return value
        return person.display_name
    for value, code in spellings:
        if code == "en" and _latin(value):
            return value
    for value, _ in spellings:
        if _latin(value):
            return value
    shown = person.display_name
    return be_to_passport(shown) if any(ch in shown.lower() for ch in "ўі") else ru_to_press(shown)


def format_day(text: str | None, lang: str) -> str:
    """An EDTF date as the language writes it; an uncertain one keeps its EDTF marks."""
    if not text:
        return ""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        return text
    return day.strftime("%d.%m.%Y") if lang == "ru" else f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def format_time(day_text: str, at: str | None, place: str | None, lang: str) -> str:
    """``17:00 (Novosibirsk time, UTC+7)``: the event's time, named by its place's time with the
    offset of that day (``17:00 (московское время, UTC+3)`` in Russian)."""
    if not at:
        return ""
    try:
        day = date.fromisoformat(day_text)
    except ValueError:
        day = datetime.now(timezone.utc).date()
    from desktop.dates import zones

    zone_name = dl.zone_of(place)[0]
    moment = datetime.combine(day, time.fromisoformat(at), dl.zone(zone_name))
    try:  # the time of the place as people name it, never the IANA name (desktop.dates.zones)
        return f"{at} ({zones.place_time(zone_name, lang)}, {zones.utc_offset(zone_name, moment)})"
    except (KeyError, ValueError):  # no time-zone database: Moscow time, UTC+3 all year since 2014
        return f"{at} ({zones.place_time(dl.MOSCOW, lang)}, UTC+3)"


def format_moment(text: str, lang: str) -> str:
    """A stored moment (ISO with offset) as ``05.02.2022 11:00 (UTC+3)`` / ``5 February 2022 11:00 (UTC+3)``."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    offset = moment.utcoffset()
    zone = f" (UTC{int(offset.total_seconds() // 3600):+d})" if offset is not None else ""
    return f"{format_day(moment.date().isoformat(), lang)} {moment:%H:%M}{zone}"


def article_label(jurisdiction: str, code: str, article: str, part: str | None, lang: str) -> str:
    """``УК РБ ст. 342 ч. 2`` / ``Belarus Criminal Code, art. 342 part 2``."""
    codes = _CODES.get((jurisdiction, code), {"en": f"{jurisdiction} {code}", "ru": f"{jurisdiction} {code}"})
    if lang == "ru":
        return f"{codes['ru']} ст. {article}" + (f" ч. {part}" if part else "")
    return f"{codes['en']}, art. {article}" + (f" part {part}" if part else "")


def gather(vault: Vault, ref_or_id: str, body: str, lang: str) -> tuple[dict, list[str], object]:
    """The template's context for a case, the keys of missing facts, and the case.
    Raises DraftInvalid for an unknown body or language, CaseNotFound for an unknown case."""
    if body not in BODIES:
        raise DraftInvalid(f"Unknown body {body!r}: choose one of {', '.join(BODIES)}.", reason=DraftReason.BODY)
    if lang not in LANGUAGES:
        raise DraftInvalid(f"Drafts are written in {' or '.join(LANGUAGES)}, not {lang!r}.",
                           reason=DraftReason.LANGUAGE)
    b = BODIES[body]
    case = case_service.get_case(vault, ref_or_id)
    vocab = vocabulary()
    missing: list[str] = []

    def gap(key: str) -> str:
        if key not in missing:
            missing.append(key)
        return GAP[lang].format(_FACT_LABELS[key][lang])

    person = case.person
    name = name_in_script(person, lang)
    others = [n.value for n in person.names if n.value != name]
    if person.display_name != name:
        others.insert(0, person.display_name)
    citizenship = ", ".join(_COUNTRIES.get(c, {}).get(lang, c) for c in person.citizenship) or gap("citizenship")
    events = sorted(case.events, key=lambda e: (e.date_lower, e.time or "", e.date_upper))
    history = [{"date": e.date if e.date_lower != e.date_upper else format_day(e.date, lang),
                "time": format_time(e.date_lower, e.time, e.place, lang),
                "event": (vocab.event_types[e.type].label(lang) if e.type in vocab.event_types else e.type)
                + (f" — {e.body}" if e.body else ""),
                "place": e.place or ""} for e in events]
    if not history:
        history = [{"date": gap("history"), "time": "", "event": "", "place": ""}]
    charges = []
    for c in case.charges:
        if c.jurisdiction != "BY":
            continue
        title = vocab.article(c.jurisdiction, c.code, c.article)
        label = article_label(c.jurisdiction, c.code, c.article, c.part, lang)
        charges.append(f"{label} — {title.title(lang)}" if title else label)
    if not charges:
        charges = [gap("charges")]
    removal = _removal(events, lang) or gap("removal")
    detention = ", ".join(x for x in (case.facility, case.region) if x) or gap("detention")
    filed = [f"{format_day(e.date_lower, lang) if e.date_lower == e.date_upper else e.date} — "
             f"{vocab.event_types[e.type].label(lang)}" + (f" ({e.body})" if e.body else "")
             for e in events if e.type in _FILED_EVENTS]
    for f in filing_service.list_filings(vault, case_id=case.id):
        kind = filing_service.KINDS[f.filing.kind][lang]
        filed.append(f"{format_moment(f.filing.filed_at, lang)} — {kind}, {f.filing.body}"
                     + (f", № {f.filing.reference}" if f.filing.reference else ""))
    if not filed:
        filed = ["—"]
    risks = [_TORTURE[lang]]
    for e in events:
        if e.type == "political_prisoner_recognised":
            who = f" ({e.body})" if e.body else ""
            risks.append(_POLITICAL[lang].format(day=format_day(e.date, lang), who=who))
    context = {
        "today": format_day(date.today().isoformat(), lang),
        "body": {"name": b.name[lang], "short": b.short[lang], "rule": b.rule[lang],
                 "request_title": b.request_title[lang], "measure": b.measure[lang],
                 "measure_text": b.measure_text[lang]},
        "client": {"name": name, "other_names": ", ".join(others) or "—",
                   "birth_date": format_day(person.birth_date, lang) or gap("birth_date"),
                   "citizenship": citizenship, "hometown": person.hometown or "—",
                   "residence": person.residence or "—"},
        "detention": detention,
        "charges": charges,
        "context": case.summary or gap("context"),
        "history": history,
        "removal": {"text": removal},
        "risks": risks,
        "filed": filed,
        "counsel": case.lawyer or gap("counsel"),
        "reference": case.reference,
        "out_of_period": period_notice(body, case, lang),
    }
    return context, missing, case


def _first_days(case) -> list[str]:
    """The first day (ISO) each dated fact of the case may refer to: its events, its arrest."""
    days = [e.date_lower for e in case.events if e.date_lower]
    if case.arrest_date and dates.is_valid(case.arrest_date):
        days.append(dates.parse(case.arrest_date).lower.isoformat())
    return days


def out_of_period(body: str, case) -> bool:
    """Whether ``body`` cannot take the case's facts: it takes facts only up to a day
    (Body.facts_until: the ECtHR, 16 September 2022, inclusive) and every dated fact of the
    case (events, arrest) is later. A case without dates is not judged."""
    until = BODIES[body].facts_until if body in BODIES else None
    days = _first_days(case)
    return until is not None and bool(days) and all(day > until.isoformat() for day in days)


def period_notice(body: str, case, lang: str) -> str | None:
    """The plain sentence that ``body`` cannot take the case's facts and where to turn
    instead, in ``lang`` (en or ru; Russian for be); None when it can (:func:`out_of_period`)."""
    if not out_of_period(body, case):
        return None
    lang = "ru" if lang == "be" else lang if lang in LANGUAGES else "en"
    b = BODIES[body]
    short = _SHORT_NAMES.get(body, {}).get(lang) or b.name[lang]
    suggested = _SHORT_NAMES.get(b.suggest or "", {}).get(lang) or (BODIES[b.suggest].name[lang] if b.suggest else "")
    return _PERIOD[lang].format(short=short, until=format_day(b.facts_until.isoformat(), lang), suggested=suggested)


_TORTURE = {
    "en": "A real risk of torture and ill-treatment in custody in Belarus, where people prosecuted for political "
          "reasons are held incommunicado and ill-treated (reports of the UN Special Rapporteur on Belarus).",
    "ru": "Реальная опасность пыток и жестокого обращения под стражей в Беларуси, где лица, преследуемые по "
          "политическим мотивам, содержатся без связи с внешним миром и подвергаются жестокому обращению "
          "(доклады Специального докладчика ООН по Беларуси).",
}
_POLITICAL = {"en": "Recognised as a political prisoner on {day}{who}.",
              "ru": "Признан(а) политическим заключённым {day}{who}."}


def _removal(events, lang: str) -> str | None:
    """The scheduled removal (a transfer date, an expulsion order), latest first."""
    for e in reversed(events):
        if e.type in ("transfer_date_set", "expulsion_ordered"):
            label = vocabulary().event_types[e.type].label(lang)
            when = format_day(e.date, lang) if e.date_lower == e.date_upper else e.date
            at = format_time(e.date_lower, e.time, e.place, lang)
            where = f", {e.place}" if e.place else ""
            return f"{label}: {when}" + (f" {at}" if at else "") + where
    return None


def _template(lang: str, template: Path | None) -> bytes:
    if template is not None:
        try:
            return Path(template).read_bytes()
        except OSError as exc:
            raise DraftInvalid(f"The template {Path(template).name} cannot be read: {exc.strerror}.",
                               reason=DraftReason.TEMPLATE_UNREADABLE) from None
    return resources.files("resources").joinpath("templates", f"urgent_request.{lang}.docx").read_bytes()


def render(vault: Vault, ref_or_id: str, body: str, lang: str, *, template: Path | None = None) -> Draft:
    """The draft for a case, built in memory. Raises DraftInvalid, CaseNotFound."""
    from docxtpl import DocxTemplate  # python-docx and Jinja: only when a draft is made
    from jinja2 import TemplateError

    context, missing, case = gather(vault, ref_or_id, body, lang)
    try:
        doc = DocxTemplate(io.BytesIO(_template(lang, template)))
        doc.init_docx()
    except DraftInvalid:
        raise
    except Exception as exc:  # not a zip, not a Word package: python-docx raises several kinds
        raise DraftInvalid("The template is not a Word (.docx) file Abarona can fill: it may be damaged, or "
                           "saved in another format. Save it again from Word as .docx.",
                           reason=DraftReason.TEMPLATE_NOT_DOCX) from None
    try:
        doc.render(context, autoescape=True)
    except TemplateError as exc:
        raise DraftInvalid(f"The template has an error: {exc}.", reason=DraftReason.TEMPLATE_ERROR) from None
    notice = context["out_of_period"]
    if notice:
        _open_with(doc.docx, notice)
    out = io.BytesIO()
    doc.save(out)
    data = out.getvalue()
    return Draft(data=data, body=body, lang=lang, reference=case.reference, case_id=case.id, missing=missing,
                 unfilled=unfilled(data), out_of_period=notice)


def _open_with(document, text: str) -> None:
    """Put ``text`` first in the document, bold and red, for the lawyer to read before anything
    else (any template: the shipped ones and an organisation's own)."""
    from docx.shared import RGBColor

    paragraphs = document.paragraphs
    paragraph = paragraphs[0].insert_paragraph_before() if paragraphs else document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    run.font.color.rgb = RGBColor(0xB0, 0x00, 0x20)


def unfilled(data: bytes) -> list[str]:
    """Gap markers and Jinja placeholders left in a .docx (its text, every part)."""
    import zipfile

    found: list[str] = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                text = re.sub(r"<[^>]+>", "", z.read(name).decode("utf-8"))
                found += _GAP_RE.findall(text) + re.findall(r"\{\{[^}]*\}\}|\{%[^%]*%\}", text)
    return found


def save(vault: Vault, draft: Draft, path: Path) -> None:
    """Write the draft where the user chose (whole or not at all, owner-only), then audit the
    export: which case, body and language — never the path or the text."""
    write_atomically(Path(path), draft.data)
    exports.record(vault, report=f"urgent_request:{draft.body}", case_id=draft.case_id, public=False, lang=draft.lang)


def default_file_name(draft: Draft, today: date | None = None) -> str:
    """``REF-un-hrc-2026-11-30.docx``: the reference and date, no names."""
    safe = re.sub(r"[^\w.-]+", "-", draft.reference).strip("-") or "case"
    return f"{safe}-{draft.body}-{(today or date.today()).isoformat()}.docx"


__all__ = ["BODIES", "Draft", "DraftInvalid", "DraftReason", "LANGUAGES", "article_label", "default_file_name", "fact_label", "gather",
           "name_in_script", "render", "save", "unfilled"]
