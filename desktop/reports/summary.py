"""The printable case summary: facts, charges, custody and next deadlines, the timeline
drawing, the chronology, parties and documents, on paginated, marked pages."""

from __future__ import annotations

from datetime import datetime

from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from db import reports as report_queries
from db.reports import DeadlineLine
from db.vault import Vault
from desktop.cases import service as case_service
from desktop.dates import zones
from desktop.deadlines import service as deadline_service
from desktop.cases import order
from desktop.reports import anonymise, custody
from desktop.reports.common import (
    FONT,
    INK,
    MUTED,
    RULE,
    SHADE,
    PageSetup,
    build_pdf,
    esc,
    heading,
    format_date,
    format_day,
    format_size,
    frame_width,
    styles,
    word,
)
from desktop.reports.drawings import timeline_drawing
from desktop.reports.model import SummaryData
from desktop.cases.vocab import charge_label, vocabulary


def load(vault: Vault, ref_or_id: str, *, now: datetime | None = None, lang: str = "en") -> SummaryData:
    """Everything an internal summary shows; CaseNotFound when there is no such case."""
    case = case_service.get_case(vault, ref_or_id)
    conn = vault.conn
    open_deadlines = [d for d in deadline_service.for_case(vault, case.id, lang=lang) if d.status == "open"]
    return SummaryData(
        case=case,
        person_label=case.person.display_name,
        other_names=[n.value for n in case.person.names],
        deadlines=_next_deadlines(open_deadlines, lang=lang),
        parties=report_queries.case_parties(conn, case.id),
        documents=report_queries.case_documents(conn, case.id),
        author=vault.author or "Abarona",
        generated=now or datetime.now().astimezone(),
        timeline_deadlines=open_deadlines,
    )


def _next_deadlines(open_deadlines: list, limit: int = 5, lang: str = "en") -> list[DeadlineLine]:
    """The soonest open deadlines, titled and based in the report's language (Moscow time)."""
    dated = sorted((d for d in open_deadlines if d.due is not None), key=lambda d: d.due)
    moscow = deadline_service.zone(deadline_service.MOSCOW)
    msk = "MSK" if lang == "en" else "МСК"

    def moscow_text(d) -> str:
        """Moscow time, with its own date where its day is not the local one shown."""
        moment, other_day = d.moscow_due()
        return f"{format_day(moment.date(), lang)} {moment:%H:%M}" if other_day else f"{moment:%H:%M}"

    def due_text(d) -> str:
        """Local time of the place of proceedings, Moscow time beside it where they differ;
        "~" marks the earliest possible date of an uncertain trigger (issue 11)."""
        mark = "~ " if d.approximate else ""
        if d.last_day is not None and not d.has_time:
            text = format_day(d.last_day, lang)
            if d.zone != deadline_service.MOSCOW:
                text += f" 24:00 {zones.zone_label(d.zone, lang, d.due)} = {moscow_text(d)} {msk}"
            return mark + text
        if d.zone != deadline_service.MOSCOW:
            return mark + (f"{format_day(d.due.date(), lang)} {d.due:%H:%M} {zones.zone_label(d.zone, lang, d.due)}"
                           f" = {moscow_text(d)} {msk}")
        local = d.due.astimezone(moscow)
        return mark + f"{format_day(local.date(), lang)} {local:%H:%M}"

    return [DeadlineLine(d.title, due_text(d), d.status, d.basis) for d in dated[:limit]]


def case_summary(vault: Vault, ref_or_id: str, *, public: bool = False, include_notes: bool = False,
                 lang: str = "en", paper: str = "a4", now: datetime | None = None) -> bytes:
    """The PDF of one case's summary; a public one is rendered from an anonymised copy."""
    data = load(vault, ref_or_id, now=now, lang=lang)
    if public:
        data = anonymise.public_summary(data, lang=lang, include_notes=include_notes)
    return render(data, lang=lang, paper=paper)


def _table(rows: list[list], widths: list[float], *, header: bool = True) -> Table:
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=1)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED)]
    table.setStyle(TableStyle(commands))
    return table


def _sorted_events(data: SummaryData) -> list:
    """The events in time order (desktop.cases.order: within a day by time; a vague later
    date never before an exact earlier one)."""
    return order.chronological(data.case.events)


def _timeline(data: SummaryData, lang: str):
    """The timeline layout of desktop/timeline.py, when that module is installed."""
    try:
        from desktop.cases import timeline  # noqa: PLC0415 - optional until the deadlines feature lands
    except ImportError:
        return None
    try:
        return timeline.build(data.case, data.timeline_deadlines, now=data.generated, lang=lang)
    except (TypeError, ValueError, AttributeError):
        # A deadline the layout cannot place (e.g. a hand-entered date without a time zone)
        # must not cost the user the whole summary: draw the events and custody without flags.
        return timeline.build(data.case, (), now=data.generated, lang=lang)


def _facts(data: SummaryData, lang: str, full: float) -> list:
    st, vocab = styles(), vocabulary()
    case, person = data.case, data.case.person
    cell, label = st.cell, st.cell_muted
    person_rows = [
        (word("person", lang), data.person_label),
        (word("also_written", lang), ", ".join(data.other_names)),
        (word("born", lang), format_date(person.birth_date, lang)),
        (word("citizenship", lang), ", ".join(person.citizenship)),
        (word("hometown", lang), person.hometown or ""),
        (word("residence", lang), person.residence or ""),
        (word("contact", lang), person.contact or ""),
        (word("publicity", lang), vocab.publicity[person.publicity].label(lang)
         if person.publicity in vocab.publicity else person.publicity),
    ]
    arrest = " · ".join(x for x in (format_date(case.arrest_date, lang), case.arrest_place or "") if x)
    lawyer = case.lawyer or ""
    if lawyer and case.state_appointed:
        lawyer += " " + word("state_appointed", lang)
    case_rows = [
        (word("reference", lang), case.reference),
        (word("kind", lang), vocab.kinds[case.kind].label(lang)),
        (word("status", lang), vocab.statuses[case.status].label(lang)),
        (word("outcome", lang), vocab.outcomes[case.outcome].label(lang)),
        (word("arrest", lang), arrest),
        (word("region", lang), case.region or ""),
        (word("facility", lang), case.facility or ""),
        (word("lawyer", lang), lawyer),
        (word("tags", lang), ", ".join(case.tags)),
    ]
    left = [r for r in person_rows if r[1]]
    right = [r for r in case_rows if r[1]]
    rows = []
    for i in range(max(len(left), len(right))):
        row = []
        for side in (left, right):
            if i < len(side):
                row += [Paragraph(esc(side[i][0]), label), Paragraph(esc(side[i][1]), cell)]
            else:
                row += ["", ""]
        rows.append(row)
    table = Table(rows, colWidths=[full * 0.13, full * 0.37, full * 0.13, full * 0.37], hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return [table]


def _charges(data: SummaryData, lang: str, width: float) -> list:
    st, vocab = styles(), vocabulary()
    flow: list = [*heading(word("charges", lang))]
    if not data.case.charges:
        return flow + [Paragraph(esc(word("none_recorded", lang)), st.muted)]
    rows = [[Paragraph(esc(word("article", lang)), st.cell_bold), Paragraph(esc(word("title", lang)), st.cell_bold)]]
    for c in data.case.charges:
        key = charge_label(c.jurisdiction, c.code, c.article, c.part, lang)
        article = vocab.article(c.jurisdiction, c.code, c.article)
        title = esc(article.title(lang)) if article else ""
        if article is not None and not article.verified:
            title += f" <font color='#5b6672'>({esc(word('unverified', lang))})</font>"
        if c.note:
            title += f"<br/><font color='#5b6672'>{esc(c.note)}</font>"
        rows.append([Paragraph(esc(key), st.cell), Paragraph(title, st.cell)])
    return flow + [_table(rows, [width * 0.3, width * 0.7])]


def _custody_and_deadlines(data: SummaryData, lang: str, width: float) -> list:
    st = styles()
    flow: list = [*heading(word("custody_deadlines", lang))]
    case = data.case
    found = custody.case_periods(case.events, closed=case.status == "closed", outcome=case.outcome)
    today = data.generated.date()
    if not found:
        text = word("no_custody", lang)
    elif not found[-1].end_known:
        text = word("custody_ended_unrecorded", lang, format_day(found[-1].start, lang))
    elif found[-1].end is None:
        text = word("in_custody_since", lang, format_day(found[-1].start, lang), found[-1].days(today))
    else:
        last = found[-1]
        text = word("not_in_custody", lang, format_day(last.start, lang), format_day(last.end, lang), last.days(today))
    flow.append(Paragraph(esc(text), st.body))
    if not data.deadlines:
        flow.append(Paragraph(esc(word("no_deadlines", lang)), st.muted))
        return flow
    rows = [[Paragraph(esc(word(k, lang)), st.cell_bold) for k in ("due", "deadline", "basis")]]
    for d in data.deadlines:
        # d.due is already written for people (_next_deadlines); replacing ISO's "T" there
        # turned "UTC+2" into "U C+2"
        rows.append([Paragraph(esc(d.due), st.cell), Paragraph(esc(d.title), st.cell),
                     Paragraph(esc(d.basis or ""), st.cell_muted)])
    flow.append(_table(rows, [width * 0.2, width * 0.5, width * 0.3]))
    flow.append(Paragraph(esc(word("deadline_note", lang)), st.note))
    return flow


def _chronology(data: SummaryData, lang: str, width: float) -> list:
    st, vocab = styles(), vocabulary()
    flow: list = [*heading(word("chronology", lang))]
    events = _sorted_events(data)
    if not events:
        return flow + [Paragraph(esc(word("no_events", lang)), st.muted)]
    with_text = any(e.text or e.source for e in events)
    header = ["date", "time", "event", "place_body"] + (["text"] if with_text else [])
    rows: list[list] = [[Paragraph(esc(word(k, lang)), st.cell_bold) for k in header]]
    cell = st.cell
    for e in events:
        label = vocab.event_types[e.type].label(lang) if e.type in vocab.event_types else e.type
        where = " · ".join(x for x in (e.place, e.body) if x)
        row = [format_date(e.date, lang), (word("approx", lang, e.time) if e.time_approx else e.time) if e.time else "", Paragraph(esc(label), st.cell_bold),
               Paragraph(esc(where), cell) if where else ""]
        if with_text:
            text = esc(e.text or "")
            if e.source:
                text += ("<br/>" if text else "") + f"<font color='#5b6672'>{esc(word('source', lang))}: {esc(e.source)}</font>"
            row.append(Paragraph(text, cell) if text else "")
        rows.append(row)
    if with_text:
        widths = [0.13, 0.07, 0.22, 0.22, 0.36]
    else:
        widths = [0.15, 0.08, 0.37, 0.40]
    table = _table(rows, [width * w for w in widths])
    table.setStyle(TableStyle([("TEXTCOLOR", (0, 1), (1, -1), MUTED)]))
    return flow + [table]


def _parties(data: SummaryData, lang: str, width: float) -> list:
    st, vocab = styles(), vocabulary()
    if not data.parties and data.public:
        return []
    flow: list = [*heading(word("parties", lang))]
    if not data.parties:
        return flow + [Paragraph(esc(word("none_recorded", lang)), st.muted)]
    internal = not data.public
    header = ["name", "role"] + (["contact", "note"] if internal else [])
    rows: list[list] = [[Paragraph(esc(word(k, lang)), st.cell_bold) for k in header]]
    for p in data.parties:
        role = vocab.party_roles[p.role].label(lang) if p.role in vocab.party_roles else p.role
        row = [Paragraph(esc(p.name), st.cell), Paragraph(esc(role), st.cell)]
        if internal:
            notes = "\n".join(x for x in (p.note, p.party_note) if x)
            row += [Paragraph(esc(p.contact or ""), st.cell), Paragraph(esc(notes), st.cell_muted)]
        rows.append(row)
    widths = [0.3, 0.2, 0.25, 0.25] if internal else [0.6, 0.4]
    return flow + [_table(rows, [width * w for w in widths])]


def _documents(data: SummaryData, lang: str, width: float) -> list:
    if data.public:
        return []  # never: names of documents can say too much
    st = styles()
    flow: list = [*heading(word("documents", lang))]
    if not data.documents:
        return flow + [Paragraph(esc(word("none_recorded", lang)), st.muted)]
    rows: list[list] = [[Paragraph(esc(word(k, lang)), st.cell_bold) for k in ("document", "type", "size", "added")]]
    for d in data.documents:
        name = esc(d.name) + (f"<br/><font color='#5b6672'>{esc(d.note)}</font>" if d.note else "")
        rows.append([Paragraph(name, st.cell), Paragraph(esc(d.mime), st.cell_muted), format_size(d.size),
                     d.created_at[:10]])
    return flow + [_table(rows, [width * w for w in (0.5, 0.22, 0.12, 0.16)])]


def _texts(data: SummaryData, lang: str) -> list:
    st = styles()
    flow: list = []
    if data.case.summary:
        flow += [*heading(word("summary", lang)), Paragraph(esc(data.case.summary), st.body)]
    if not data.public:
        notes = [x for x in (data.case.notes, data.case.person.notes) if x]
        if notes:
            flow += heading(word("notes", lang))
            flow += [Paragraph(esc(n), st.body) for n in notes]
    return flow


def render(data: SummaryData, *, lang: str = "en", paper: str = "a4") -> bytes:
    """Lay out a summary (internal or an anonymised copy) as PDF bytes."""
    st, vocab = styles(), vocabulary()
    width = frame_width(paper)
    case = data.case
    heading = f"{case.reference} — {data.person_label}" if case.reference else data.person_label
    story: list = [Paragraph(esc(word("case_summary", lang)), st.title), Paragraph(esc(heading), st.subtitle)]
    if data.public:
        story.append(Paragraph(esc(word("public_note", lang)), st.note))
        story.append(Spacer(1, 4))
    story += _facts(data, lang, width)
    story += _charges(data, lang, width)
    story += _custody_and_deadlines(data, lang, width)
    timeline = _timeline(data, lang) if case.events else None
    drawing = timeline_drawing(timeline, width, lang) if timeline is not None else None
    if drawing is not None:
        story.append(KeepTogether([Paragraph(esc(word("timeline", lang)), st.heading), drawing]))
    story += _chronology(data, lang, width)
    story += _parties(data, lang, width)
    story += _documents(data, lang, width)
    story += _texts(data, lang)
    kind = vocab.kinds[case.kind].label(lang)
    title = f"{word('case_summary', lang)}: {heading}"
    setup = PageSetup(
        title=title,
        subject=kind,
        author=data.author,
        keywords=[] if data.public else [k for k in (case.reference, kind) if k],
        mark=word("public_mark" if data.public else "internal_mark", lang),
        public=data.public,
        generated=data.generated,
        lang=lang,
        paper=paper,
    )
    return build_pdf(story, setup)
