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
from desktop.cases import figures as figures_rules
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
from desktop.cases.vocab import charge_key_label, vocabulary

CHART_ROWS = 15
_STEPS = 8


PeriodInvalid = figures_rules.PeriodInvalid  # the period cannot be read (a plain message)


def load(vault: Vault, *, date_from: str | None = None, date_to: str | None = None,
         now: datetime | None = None, progress: Progress | None = None) -> AggregateData:
    """The internal figures and case lines for cases with any date (arrest or event) in the
    period (EDTF, both optional): desktop.cases.figures gives the rules."""
    sc = figures_rules.scope(date_from=date_from, date_to=date_to)
    conn = vault.conn
    report(progress, 0, _STEPS)
    figures = figures_rules.compute(vault, sc)
    report(progress, 1, _STEPS)
    cases = stats_queries.period_cases(conn, sc)
    report(progress, 2, _STEPS)
    charges: dict[str, list[str]] = defaultdict(list)
    for case_id, jurisdiction, code, article in stats_queries.period_charges(conn, sc):
        key = f"{jurisdiction} {code} {article}"
        if key not in charges[case_id]:
            charges[case_id].append(key)
    report(progress, 3, _STEPS)
    names = report_queries.spellings(conn, list(dict.fromkeys(c.person_id for c in cases)))
    report(progress, 4, _STEPS)
    # The breakdowns come from what is loaded already (cheap on 70,000 cases); each equals
    # the same figure of `stats --by kind` / `--by year`.
    kind_outcome: dict[str, dict[str, int]] = defaultdict(dict)
    charges_by_kind: dict[str, Counter] = defaultdict(Counter)
    for c in cases:
        kind_outcome[c.kind][c.outcome] = kind_outcome[c.kind].get(c.outcome, 0) + 1
        charges_by_kind[c.kind].update(charges.get(c.id, []))
    breakdowns = {"charges_by_kind": {k: dict(v) for k, v in charges_by_kind.items()},
                  "year": {(y or "undated"): n for y, n in stats_queries.year_counts(conn, sc).items()}}
    report(progress, 5, _STEPS)
    generated = now or datetime.now().astimezone()
    custody_figures = _custody(cases, stats_queries.scope_events(conn, custody.STARTS + custody.ENDS, sc),
                               generated.date())
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
        undated=stats_queries.undated_cases(conn, sc) if sc.periodic else 0,
        interim_granted=figures.interim["granted"], interim_removed=figures.interim["removed_after"],
        custody=custody_figures, lines=lines, author=vault.author or "Abarona", generated=generated,
        breakdowns=breakdowns, kind_outcome={k: dict(v) for k, v in kind_outcome.items()},
    )


def _custody(cases, events, as_of: date) -> CustodyFigures:
    """Custody figures (desktop.reports.custody rules): lengths only where both ends are
    recorded or the person is still held; estimates counted, never passed off as exact."""
    by_case: dict[str, list] = defaultdict(list)
    for event in events:
        by_case[event.case_id].append(event)
    durations: list[tuple[int, bool]] = []
    recorded, ongoing, unrecorded = 0, 0, 0
    for case in cases:
        if case.id not in by_case:
            continue
        found = custody.case_periods(sorted(by_case[case.id], key=lambda e: e.position),
                                     closed=case.status == "closed", outcome=case.outcome)
        if not found:
            continue
        recorded += 1
        if not found[-1].end_known:
            unrecorded += 1
            known = [p for p in found if p.end_known]
            if not known:
                continue
        else:
            known = found
        ongoing += found[-1].ongoing
        durations.append((custody.total_days(known, as_of), any(p.approximate for p in known)))
    if not recorded:
        return CustodyFigures()
    if not durations:
        return CustodyFigures(cases=recorded, unrecorded_end=unrecorded)
    longest = max(d for d, _ in durations)
    return CustodyFigures(
        cases=recorded, median_days=statistics.median(d for d, _ in durations), longest_days=longest,
        ongoing=ongoing, estimated=sum(1 for _, e in durations if e),
        longest_estimated=any(e for d, e in durations if d == longest), unrecorded_end=unrecorded)


def aggregate_report(vault: Vault, *, date_from: str | None = None, date_to: str | None = None,
                     public: bool = False, lang: str = "en", paper: str = "a4",
                     now: datetime | None = None, progress: Progress | None = None) -> bytes:
    """The aggregate report as PDF bytes for the cases with any date in the period (EDTF ends,
    both optional; see desktop.cases.figures), internal or ``public`` (anonymised), in
    ``lang`` on ``paper`` ("a4" or "letter"). Raises PeriodInvalid for a bad period,
    VaultError, Cancelled (from ``progress``)."""
    data = load(vault, date_from=date_from, date_to=date_to, now=now, progress=progress)
    if public:
        data = anonymise.public_aggregate(data, lang=lang)
    report(progress, 7, _STEPS)
    pdf = render(data, lang=lang, paper=paper)
    report(progress, _STEPS, _STEPS)
    return pdf


# -- Layout ----------------------------------------------------------------------------------

def period_text(data: AggregateData, lang: str) -> str:
    """The report's period in words in ``lang`` ("Cases with any date from A to B", or all
    cases when it has no ends)."""
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
    cust = data.custody

    def days(n, estimated=False):
        if n is None:
            return "—"
        text = word("days", lang, f"{n:g}")
        return word("approx", lang, text) if estimated else text

    interim = data.stats.interim or {}
    rows = [(word("cases_counted", lang), str(data.stats.cases)),
            (" " + word("persons_counted", lang), str(data.stats.persons)),
            (" " + word("incidents_counted", lang), str(data.stats.incidents))]
    rows += [(word("interim_granted", lang), str(data.interim_granted)),
             (" " + word("interim_ignored", lang), str(data.interim_removed)),
             (" " + word("interim_before", lang), str(interim.get("removed_before", 0))),
             (" " + word("interim_unknown_order", lang), str(interim.get("removed_order_unknown", 0)))]
    rows += [(word("custody_cases", lang), str(cust.cases)),
             (" " + word("custody_ongoing", lang), str(cust.ongoing)),
             (word("custody_median", lang), days(cust.median_days, cust.estimated > 0)),
             (word("custody_longest", lang), days(cust.longest_days, cust.longest_estimated))]
    learned = data.stats.learned or {}
    if learned.get("cases"):
        rows += [(word("learned_delay", lang), days(learned["median_delay_days"], learned.get("approximate", 0) > 0)),
                 (" " + word("learned_cases", lang), str(learned["cases"]))]
    flow: list = [*heading(word("key_figures", lang)), _figure_table(rows, width * 0.75)]
    notes = [word("period_rule", lang)] if data.date_from or data.date_to else []
    if data.fuzzy_dates:
        notes.append(word("fuzzy_dates", lang, data.fuzzy_dates))
    if data.undated:
        notes.append(word("undated", lang, data.undated))
    if interim.get("estimated"):
        notes.append(word("interim_estimated", lang, interim["estimated"]))
    if cust.estimated:
        notes.append(word("custody_estimated", lang, cust.estimated))
    if cust.unrecorded_end:
        notes.append(word("custody_unrecorded", lang, cust.unrecorded_end))
    notes.append(word("figures_note", lang))
    flow += [Spacer(1, 3)] + [Paragraph(esc(n), st.note) for n in notes]
    return flow


def _grid(header: list[str], rows: list[list[str]], width: float, first: float = 0.34) -> Table:
    """A table of counts: a label column, then numbers."""
    st = styles()
    rest = (1 - first) / max(1, len(header) - 1)
    table = Table([[Paragraph(esc(h), st.cell_bold) for h in header]]
                  + [[Paragraph(esc(r[0]), st.cell), *r[1:]] for r in rows],
                  colWidths=[width * first] + [width * rest] * (len(header) - 1), repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return table


def _breakdowns(data: AggregateData, lang: str, width: float) -> list:
    """Kind x outcome, charges by kind, cases by year: the same figures broken down."""
    vocab = vocabulary()
    flow: list = []
    kinds = [k for k, _ in _ordered({k: sum(v.values()) for k, v in data.kind_outcome.items()}, vocab.kinds)]
    if kinds:
        outcomes = [o for o in vocab.outcomes if any(data.kind_outcome[k].get(o) for k in kinds)]
        header = [word("kind", lang), *[vocab.outcomes[o].label(lang) for o in outcomes], word("total", lang)]
        rows = [[vocab.kinds[k].label(lang) if k in vocab.kinds else k,
                 *[str(data.kind_outcome[k].get(o, 0)) for o in outcomes],
                 str(sum(data.kind_outcome[k].values()))] for k in kinds]
        flow += [*heading(word("kind_outcome", lang)), _grid(header, rows, width, 0.22)]
    by_kind = data.breakdowns.get("charges_by_kind", {})
    articles = list(data.stats.by_charge)
    if by_kind and articles:
        shown = [k for k in vocab.kinds if by_kind.get(k)]
        header = [word("article", lang), *[vocab.kinds[k].label(lang) for k in shown]]
        rows = [[charge_key_label(a, lang), *[str(by_kind[k].get(a, 0)) for k in shown]] for a in articles]
        flow += [*heading(word("charges_by_kind", lang)), _grid(header, rows, width, 0.22)]
    by_year = data.breakdowns.get("year", {})
    if by_year:
        flow += _chart(word("by_year", lang),
                       [(word("undated_year", lang) if y == "undated" else y, n) for y, n in by_year.items()],
                       width, lang, colour=colors.HexColor("#5b6672"))
    return flow


def _bodies(data: AggregateData, lang: str, width: float) -> list:
    vocab = vocabulary()
    items = [(vocab.bodies[b].label(lang) if b in vocab.bodies else (b or word("no_body", lang)), n)
             for b, n in (data.stats.by_body or {}).items()]
    return _chart(word("by_body", lang), items, width, lang, colour=colors.HexColor("#2f5d8a")) if items else []


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
    flow = _chart(word("by_charge", lang), [(charge_key_label(k, lang), n) for k, n in items], width, lang,
                  colour=colors.HexColor("#8a2f4f"))
    if not items:
        return flow
    rows: list[list] = [[Paragraph(esc(word(k, lang)), st.cell_bold) for k in ("article", "title", "cases")]]
    for key, count in items:
        jurisdiction, code, article = key.split(" ", 2)
        entry = vocab.article(jurisdiction, code, article)
        title = esc(entry.title(lang)) if entry else ""
        if entry is not None and not entry.verified:
            title += f" <font color='#5b6672'>({esc(word('unverified', lang))})</font>"
        rows.append([Paragraph(esc(charge_key_label(key, lang)), st.cell), Paragraph(title, st.cell), str(count)])
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
            "charges_short": ", ".join(charge_key_label(c, lang, short=True) for c in line.charges),
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
    story += _bodies(data, lang, width)
    story += _breakdowns(data, lang, width)
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
