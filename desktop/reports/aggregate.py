"""The aggregate report over a period of arrests: counts by kind, outcome, status, charge
and region; interim measures granted and ignored; custody durations; bar charts; and a
table of the cases with every person named as their publicity allows.

The figures are those of `abarona-cli stats` for the same period: they come from the same
service (desktop.cases.stats), and the extra figures from queries on the same cases.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from db import reports as report_queries
from db import stats as stats_queries
from db.vault import Vault
from desktop.cases import service as case_service
from desktop.dates import edtf as dates
from desktop.progress import Progress, report
from desktop.reports import anonymise, custody
from desktop.reports.common import (
    FONT,
    FONT_BOLD,
    INK,
    MARGIN,
    MUTED,
    PAPERS,
    RULE,
    SHADE,
    PageSetup,
    build_pdf,
    esc,
    heading,
    format_date,
    frame_width,
    styles,
    word,
)
from desktop.reports.drawings import bar_chart
from desktop.reports.model import AggregateData, CaseLine, CustodyFigures
from desktop.cases.vocab import vocabulary

CHART_ROWS = 15
_STEPS = 8


class PeriodInvalid(ValueError):
    """The period cannot be read; the message says why in plain words."""


def _bounds(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """The day bounds desktop.cases.stats() uses, with a plain message for bad input."""
    lower = upper = None
    for label, value in (("from", date_from), ("to", date_to)):
        if value and not dates.is_valid(value):
            raise PeriodInvalid(f"The {label} date {value!r} is not a date (use 2021-12-31, 2021-12 or 2021).")
    if date_from:
        lower = dates.parse(date_from).lower.isoformat()
    if date_to:
        upper = dates.parse(date_to).upper.isoformat()
    if lower and upper and lower > upper:
        raise PeriodInvalid("The period ends before it starts: swap the two dates.")
    return lower, upper


def load(vault: Vault, *, date_from: str | None = None, date_to: str | None = None,
         now: datetime | None = None, progress: Progress | None = None) -> AggregateData:
    """The internal figures and case lines for arrests in the period (EDTF, both optional)."""
    lower, upper = _bounds(date_from, date_to)
    conn = vault.conn
    report(progress, 0, _STEPS)
    figures = case_service.stats(vault, arrest_from=date_from, arrest_to=date_to)
    report(progress, 1, _STEPS)
    cases = stats_queries.period_cases(conn, arrest_from=lower, arrest_to=upper)
    report(progress, 2, _STEPS)
    charges: dict[str, list[str]] = defaultdict(list)
    for case_id, jurisdiction, code, article in stats_queries.period_charges(conn, arrest_from=lower, arrest_to=upper):
        key = f"{jurisdiction} {code} {article}"
        if key not in charges[case_id]:
            charges[case_id].append(key)
    report(progress, 3, _STEPS)
    names = report_queries.spellings(conn, list(dict.fromkeys(c.person_id for c in cases)))
    report(progress, 4, _STEPS)
    granted, removed = stats_queries.interim_measures(conn, arrest_from=lower, arrest_to=upper)
    report(progress, 5, _STEPS)
    generated = now or datetime.now().astimezone()
    custody_figures = _custody(stats_queries.period_events(
        conn, custody.STARTS + custody.ENDS, arrest_from=lower, arrest_to=upper), generated.date())
    report(progress, 6, _STEPS)
    lines = [
        CaseLine(
            person_id=c.person_id, person_label=c.person_name, publicity=c.publicity,
            spellings=[value for value, _ in names.get(c.person_id, [])] or [c.person_name],
            keys=[key for _, key in names.get(c.person_id, [])],
            reference=c.reference, kind=c.kind, outcome=c.outcome, status=c.status,
            arrest_date=c.arrest_date, region=c.region, charges=charges.get(c.id, []),
        )
        for c in cases
    ]
    fuzzy = sum(1 for c in cases if c.arrest_date and not dates.parse(c.arrest_date).is_day)
    return AggregateData(
        date_from=date_from, date_to=date_to, stats=figures,
        by_region=dict(Counter((c.region or "") for c in cases).most_common()),
        fuzzy_dates=fuzzy,
        undated=stats_queries.undated_cases(conn) if (lower or upper) else 0,
        interim_granted=len(granted), interim_removed=len(removed),
        custody=custody_figures, lines=lines, author=vault.author or "Abarona", generated=generated,
    )


def _custody(rows: list[tuple[str, str, str, str]], as_of: date) -> CustodyFigures:
    by_case: dict[str, list[tuple[str, date]]] = defaultdict(list)
    for case_id, typ, lower, _upper in rows:
        by_case[case_id].append((typ, date.fromisoformat(lower)))
    durations, ongoing = [], 0
    for events in by_case.values():
        found = custody.periods(events)
        if not found:
            continue
        durations.append(custody.total_days(found, as_of))
        ongoing += found[-1].end is None
    if not durations:
        return CustodyFigures()
    return CustodyFigures(cases=len(durations), median_days=statistics.median(durations),
                          longest_days=max(durations), ongoing=ongoing)


def aggregate_report(vault: Vault, *, date_from: str | None = None, date_to: str | None = None,
                     public: bool = False, lang: str = "en", paper: str = "a4",
                     now: datetime | None = None, progress: Progress | None = None) -> bytes:
    data = load(vault, date_from=date_from, date_to=date_to, now=now, progress=progress)
    if public:
        data = anonymise.public_aggregate(data, lang=lang)
    report(progress, 7, _STEPS)
    pdf = render(data, lang=lang, paper=paper)
    report(progress, _STEPS, _STEPS)
    return pdf


# -- Layout ----------------------------------------------------------------------------------

def period_text(data: AggregateData, lang: str) -> str:
    if not data.date_from and not data.date_to:
        return word("all_time", lang)
    start = format_date(data.date_from, lang) if data.date_from else word("open_start", lang)
    end = format_date(data.date_to, lang) if data.date_to else word("open_end", lang)
    return word("period", lang, start, end)


def _figure_table(rows: list[tuple[str, str]], width: float) -> Table:
    """(label, value) rows; a label starting with a space is a sub-figure of the one above."""
    st = styles()
    sub = ParagraphStyle("sub", parent=st.cell, leftIndent=12, textColor=MUTED)
    table = Table([[Paragraph(esc(k.strip()), sub if k.startswith(" ") else st.cell),
                    Paragraph(f"<b>{esc(v)}</b>", st.cell)] for k, v in rows],
                  colWidths=[width * 0.78, width * 0.22], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _key_figures(data: AggregateData, lang: str, width: float) -> list:
    st = styles()
    days = lambda n: word("days", lang, f"{n:g}") if n is not None else "—"  # noqa: E731
    rows = [(word("cases_counted", lang), str(data.stats.cases))]
    rows += [(word("interim_granted", lang), str(data.interim_granted)),
             (" " + word("interim_ignored", lang), str(data.interim_removed))]
    rows += [(word("custody_cases", lang), str(data.custody.cases)),
             (" " + word("custody_ongoing", lang), str(data.custody.ongoing)),
             (word("custody_median", lang), days(data.custody.median_days)),
             (word("custody_longest", lang), days(data.custody.longest_days))]
    flow: list = [*heading(word("key_figures", lang)), _figure_table(rows, width * 0.75)]
    notes = []
    if data.fuzzy_dates:
        notes.append(word("fuzzy_dates", lang, data.fuzzy_dates))
    if data.undated:
        notes.append(word("undated", lang, data.undated))
    notes.append(word("figures_note", lang))
    flow += [Spacer(1, 3)] + [Paragraph(esc(n), st.note) for n in notes]
    return flow


def _chart(title: str, items: list[tuple[str, int]], width: float, lang: str, colour=None) -> list:
    st = styles()
    flow: list = [*heading(title)]
    if not items:
        return flow + [Paragraph(esc(word("none_recorded", lang)), st.muted)]
    shown = items[:CHART_ROWS]
    rest = items[CHART_ROWS:]
    flow.append(bar_chart(shown, width, **({"colour": colour} if colour else {})))
    if rest:
        flow.append(Paragraph(esc(word("more_rows", lang, len(rest), sum(n for _, n in rest))), st.note))
    return [KeepTogether(flow)]  # never a heading alone at the foot of a page


def _charges_table(data: AggregateData, lang: str, width: float) -> list:
    st, vocab = styles(), vocabulary()
    items = list(data.stats.by_charge.items())
    flow = _chart(word("by_charge", lang), items, width, lang, colour=colors.HexColor("#8a2f4f"))
    if not items:
        return flow
    rows: list[list] = [[Paragraph(esc(word(k, lang)), st.cell_bold) for k in ("article", "title", "cases")]]
    for key, count in items:
        jurisdiction, code, article = key.split(" ", 2)
        entry = vocab.article(jurisdiction, code, article)
        title = esc(entry.title(lang)) if entry else ""
        if entry is not None and not entry.verified:
            title += f" <font color='#5b6672'>({esc(word('unverified', lang))})</font>"
        rows.append([Paragraph(esc(key), st.cell), Paragraph(title, st.cell), str(count)])
    table = Table(rows, colWidths=[width * 0.18, width * 0.7, width * 0.12], repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("ALIGN", (2, 0), (2, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return flow + [Spacer(1, 4), table]


def _clip(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix that fits with an ellipsis
        mid = (lo + hi + 1) // 2
        if stringWidth(text[:mid] + "…", font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo] + "…"


def _case_table(data: AggregateData, lang: str, width: float, height: float) -> list:
    """One table per page, rows of fixed height: fast for tens of thousands of cases."""
    st, vocab = styles(), vocabulary()
    flow: list = [PageBreak(), *heading(word("case_table", lang))]
    if not data.lines:
        return flow + [Paragraph(esc(word("no_cases", lang)), st.muted)]
    internal = not data.public
    columns = (["reference"] if internal else []) + ["person", "kind", "arrest", "region", "outcome", "charges_short"]
    shares = {"reference": 0.12, "person": 0.19, "kind": 0.17, "arrest": 0.12, "region": 0.12, "outcome": 0.15,
              "charges_short": 0.13}
    scale = 1 / sum(shares[c] for c in columns)
    widths = [width * shares[c] * scale for c in columns]
    size, row_height = 7.5, 12.0
    header = [word(c, lang) for c in columns]
    body = []
    for line in data.lines:
        values = {
            "reference": line.reference,
            "person": line.person_label,
            "kind": vocab.kinds[line.kind].label(lang),
            "arrest": format_date(line.arrest_date, lang),
            "region": line.region or "",
            "outcome": vocab.outcomes[line.outcome].label(lang),
            "charges_short": ", ".join(line.charges),
        }
        body.append([_clip(values[c], FONT, size, w - 6) for c, w in zip(columns, widths)])
    first_page = int((height - 40) // row_height) - 1
    per_page = int((height - 4) // row_height) - 1
    chunks, start, capacity = [], 0, first_page
    while start < len(body):
        chunks.append(body[start:start + capacity])
        start += capacity
        capacity = per_page
    style = TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("FONTNAME", (0, 0), (-1, 0), FONT_BOLD), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), SHADE), ("LINEBELOW", (0, 0), (-1, 0), 0.6, MUTED),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, RULE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 0.9), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ])
    for i, chunk in enumerate(chunks):
        if i:
            flow.append(PageBreak())
        table = Table([header, *chunk], colWidths=widths, rowHeights=row_height, hAlign="LEFT")
        table.setStyle(style)
        flow.append(table)
    return flow


def render(data: AggregateData, *, lang: str = "en", paper: str = "a4") -> bytes:
    """Lay out an aggregate report (internal or an anonymised copy) as PDF bytes."""
    st, vocab = styles(), vocabulary()
    width = frame_width(paper)
    height = PAPERS[paper][1] - 2 * MARGIN
    period = period_text(data, lang)
    story: list = [Paragraph(esc(word("aggregate", lang)), st.title), Paragraph(esc(period), st.subtitle)]
    if data.public:
        story.append(Paragraph(esc(word("public_note", lang)), st.note))
    story += _key_figures(data, lang, width)
    figures = data.stats
    story += _chart(word("by_kind", lang),
                    [(vocab.kinds[k].label(lang), n) for k, n in _ordered(figures.by_kind, vocab.kinds)], width, lang)
    story += _chart(word("by_outcome", lang),
                    [(vocab.outcomes[k].label(lang), n) for k, n in _ordered(figures.by_outcome, vocab.outcomes)],
                    width, lang, colour=colors.HexColor("#a3182b"))
    story += _chart(word("by_status", lang),
                    [(vocab.statuses[k].label(lang), n) for k, n in _ordered(figures.by_status, vocab.statuses)],
                    width, lang, colour=colors.HexColor("#5b6672"))
    story += _charges_table(data, lang, width)
    story += _chart(word("by_region", lang),
                    [(region or word("no_region", lang), n) for region, n in data.by_region.items()],
                    width, lang, colour=colors.HexColor("#2e7d5b"))
    story += _case_table(data, lang, width, height)
    title = f"{word('aggregate', lang)}: {period}"
    setup = PageSetup(
        title=title, subject=period, author=data.author, keywords=[],
        mark=word("public_mark" if data.public else "internal_mark", lang), public=data.public,
        generated=data.generated, lang=lang, paper=paper,
    )
    return build_pdf(story, setup)


def _ordered(counts: dict[str, int], terms: dict) -> list[tuple[str, int]]:
    """Vocabulary order (the order a reader knows), values the vocabulary lacks last."""
    known = [(k, counts[k]) for k in terms if counts.get(k)]
    return known + [(k, n) for k, n in counts.items() if k not in terms and n]
