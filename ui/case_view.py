"""A case at a glance, read-only: the risk of removal, the next deadlines, custody and bars on
removal in force, the person, charges, chronology. User text is always escaped."""

from __future__ import annotations

from datetime import date, datetime, timezone
from html import escape as _html_escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.cases import order, story
from desktop.cases import service as case_service
from desktop.cases.vocab import charge_label, vocabulary
from desktop.text import visible
from ui import i18n
from ui.dates import format_day, format_edtf


def escape(text: str) -> str:
    """HTML-escaped, with NUL and bidi controls shown as marks (desktop.text.visible)."""
    return _html_escape(visible(text))


class CaseView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self.setOpenLinks(False)
        self.setMinimumWidth(360)
        self.case = None
        self.show_case(None)

    def show_case(self, case, deadlines=None) -> None:
        """``deadlines``: the case's deadlines (desktop.deadlines.service.Deadline), for the
        next ones at the top; None leaves that part out."""
        self.case = case
        if case is None:
            hint = self.tr("Choose a case in the list to see it here.")
            self.setHtml(f"<p style='color:#595959'>{escape(hint)}</p>")
            return
        vocab = vocabulary()
        lang = i18n.language()
        person = case.person
        parts = [f"<h2>{escape(case.reference)} — {escape(person.display_name)}</h2>"]
        parts += _risk_lines(case)
        parts += _at_a_glance(case, deadlines, lang)
        if person.names:
            parts.append("<p>" + escape(self.tr("Also written:")) + " "
                         + ", ".join(escape(n.value) for n in person.names) + "</p>")
        rows = [
            (self.tr("Kind"), vocab.kinds[case.kind].label(lang)),
            (self.tr("Status"), vocab.statuses[case.status].label(lang)),
            (self.tr("Outcome"), vocab.outcomes[case.outcome].label(lang)),
            (self.tr("Arrest"), " ".join(x for x in (format_edtf(case.arrest_date), case.arrest_place) if x)),
            (self.tr("Region"), case.region or ""),
            (self.tr("Detention facility"), case.facility or ""),
            (self.tr("Lawyer"), (case.lawyer or "") + (" " + self.tr("(state-appointed)") if case.state_appointed else "")),
            (self.tr("Born"), format_edtf(person.birth_date)),
            (self.tr("Hometown"), person.hometown or ""),
            (self.tr("Publicity"), vocab.publicity[person.publicity].label(lang)),
            (self.tr("Held at"), self._held_at(case)),
            (self.tr("Linked cases"), "; ".join(
                f"{g.name} ({vocab.group_kinds[g.kind].label(lang)})" if g.kind in vocab.group_kinds else g.name
                for g in case.groups)),
            (self.tr("Learned of the case"), " — ".join(
                x for x in (format_edtf(case.learned_date), case.learned_how or "") if x)),
        ]
        parts.append("<table cellspacing='2'>" + "".join(
            f"<tr><td style='color:#595959;padding-right:12px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows if v) + "</table>")
        if case.charges:
            heading = self.tr("Charges")
            parts.append(f"<h3>{escape(heading)}</h3><ul>")
            for c in case.charges:
                article = vocab.article(c.jurisdiction, c.code, c.article)
                title = f" — {article.title(lang)}" if article else ""
                label = charge_label(c.jurisdiction, c.code, c.article, c.part, lang)
                parts.append(f"<li>{escape(f'{label}{title}')}</li>")
            parts.append("</ul>")
        chronology, no_events = self.tr("Chronology"), self.tr("No events recorded yet.")
        parts.append(f"<h3>{escape(chronology)}</h3>")
        if not case.events:
            parts.append(f"<p style='color:#595959'>{escape(no_events)}</p>")
        about = self.tr("about %1")
        for e in order.chronological(case.events):
            time = about.replace("%1", e.time) if e.time and e.time_approx else e.time
            when = format_edtf(e.date) + (f" {time}" if time else "")
            label = vocab.event_types[e.type].label(lang) if e.type in vocab.event_types else e.type
            details = "; ".join(x for x in (e.place, e.body, e.text) if x)
            parts.append(
                f"<p style='margin:4px 0'><span style='color:#595959'>{escape(when)}</span> "
                f"<b>{escape(label)}</b>" + (f"<br>{escape(details)}" if details else "") + "</p>")
        if case.summary:
            heading = self.tr("Summary")
            parts.append(f"<h3>{escape(heading)}</h3><p>{escape(case.summary)}</p>")
        if case.tags:
            parts.append("<p style='color:#595959'>" + escape(", ".join(case.tags)) + "</p>")
        self.setHtml("".join(parts))


    def _held_at(self, case) -> str:
        place = story.current_detention(case)
        if place is None:
            return ""
        if place.unknown:
            return self.tr("WHEREABOUTS UNKNOWN since %1").replace("%1", format_edtf(place.since))
        return self.tr("%1, since %2").replace("%1", place.place or "").replace("%2", format_edtf(place.since))


def _at_a_glance(case, deadlines, lang: str) -> list[str]:
    """What a lawyer looks for first on opening a case (issue 13, item 12): the next open
    deadlines, the custody term, and the bars on removal in force now."""
    from desktop.deadlines.blocks import block_states
    from desktop.reports import custody
    from ui.dashboard import format_due

    lines: list[str] = []
    now = datetime.now(timezone.utc)
    live = case.status == "open"  # a closed case has nothing left to meet (as the dashboard counts)
    due = [d for d in deadlines or () if live and d.status == "open" and d.kind in ("deadline", "custody")
           and d.due is not None]
    if due:
        overdue_word = QCoreApplication.translate("CaseView", "overdue")
        for d in sorted(due, key=lambda d: d.due)[:3]:
            late = d.due < now
            mark = f"<span style='color:#b00020'><b>{escape(overdue_word)}</b></span> " if late else ""
            lines.append(f"<li>{mark}<b>{escape(format_due(d))}</b> — {escape(d.title)}"
                         + (f" <span style='color:#595959'>({escape(d.basis)})</span>" if d.basis else "") + "</li>")
        if lines:
            heading = QCoreApplication.translate("CaseView", "Next deadlines")
            lines = [f"<p style='margin-bottom:0'><b>{escape(heading)}</b></p><ul style='margin-top:0'>",
                     *lines, "</ul>"]
    periods = custody.case_periods(case.events, closed=case.status == "closed", outcome=case.outcome)
    if periods:
        last = periods[-1]
        today = date.today()
        if last.end is None and last.end_known:
            text = QCoreApplication.translate("CaseView", "In custody since %1: day %2").replace("%1", format_day(last.start)).replace(
                "%2", str(last.days(today)))
            ran_out = [d for d in due if d.kind == "custody" and d.due < now]
            if ran_out:  # held past the term the court set, or the extension is not recorded
                last_term = max(ran_out, key=lambda d: d.due)
                warning = QCoreApplication.translate(
                    "CaseView", "The custody term ran out on %1 (%2): record the extension, or the release.").replace(
                    "%1", format_due(last_term)).replace("%2", last_term.title)
                lines.append(f"<p style='color:#b00020'><b>{escape(warning)}</b></p>")
        elif last.end is not None:
            text = QCoreApplication.translate("CaseView", "Not in custody: held from %1 to %2 (%3 days)").replace("%1", format_day(last.start)).replace(
                "%2", format_day(last.end)).replace("%3", str(last.days(today)))
        else:
            text = QCoreApplication.translate("CaseView", "Not in custody: held from %1; the day it ended is not recorded").replace(
                "%1", format_day(last.start))
        lines.append(f"<p>{escape(text)}</p>")
    bars = [b for b in block_states(case.events, case_kind=case.kind) if b.active]
    if bars:
        title = QCoreApplication.translate("CaseView", "Removal barred now")
        since = QCoreApplication.translate("CaseView", "since %1")
        items = "".join(f"<li>{escape(b.rule.title(lang))} — {escape(since.replace('%1', format_day(b.since)))}"
                        f" <span style='color:#595959'>({escape(b.rule.basis(lang))})</span></li>" for b in bars)
        lines.append(f"<div style='color:#0b5394'><b>{escape(title)}</b><ul style='margin-top:0'>{items}</ul></div>")
    return lines


def _risk_lines(case) -> list[str]:
    """The removal-risk windows open now, in red, above everything else (issue 16)."""
    from datetime import datetime, timezone

    from desktop.rapid import risk
    from ui.rapid import _reason_kind, _since

    if case.status != "open" or not case.id:
        return []
    reasons = risk.assess_case(case, now=datetime.now(timezone.utc), lang=i18n.language())
    if not reasons:
        return []
    title = QCoreApplication.translate("CaseView", "At risk of removal now")
    items = "".join(f"<li>{escape(_reason_kind(r.kind))} ({escape(_since(r.since))}) — {escape(r.basis)}</li>"
                    for r in reasons)
    return [f"<div style='color:#b00020'><b>{escape(title)}</b><ul>{items}</ul></div>"]


def load(vault, case_id: str):
    return case_service.get_case_by_id(vault, case_id)
