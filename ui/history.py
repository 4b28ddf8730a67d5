"""The history of a case, readable: '21.11.2026 17:02 (UTC+03:00) — Event “Arrest” added by A. Ivanova'."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.cases import service as case_service
from desktop.cases.vocab import charge_label, vocabulary
from ui import i18n
from ui.dates import format_day


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


#: Records other than events, charges, parties and documents, by the audit's entity name.
_ENTITIES = {
    "deadline": lambda: QCoreApplication.translate("history", "a deadline"),
    "filing": lambda: QCoreApplication.translate("history", "a filing"),
    "checklist": lambda: QCoreApplication.translate("history", "the urgent checklist"),
    "person": lambda: QCoreApplication.translate("history", "the client"),
    "detention": lambda: QCoreApplication.translate("history", "a place of detention"),
    "notification": lambda: QCoreApplication.translate("history", "a notification of relatives"),
    "group": lambda: QCoreApplication.translate("history", "a group of linked cases"),
    "draft": lambda: QCoreApplication.translate("history", "an urgent request draft"),
    "wanted_match": lambda: QCoreApplication.translate("history", "a wanted-list match"),
    "wanted_list": lambda: QCoreApplication.translate("history", "a wanted list"),
    "export": lambda: QCoreApplication.translate("history", "a report"),
    "report": lambda: QCoreApplication.translate("history", "a report"),
}


def format_moment(at: str) -> str:
    """An audit time (UTC, ISO 8601) in this computer's local time, with its offset, as the
    locale writes days: "21.11.2026 17:02 (UTC+03:00)" (issue 13, item 9: times carry their
    zone). Anything unreadable is shown as stored."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    local = moment.astimezone()
    offset = local.strftime("%z")
    return f"{format_day(local.date())} {local:%H:%M} (UTC{offset[:3]}:{offset[3:]})"


def describe(entry) -> str:
    """One line of the audit trail in the user's language."""
    vocab = vocabulary()
    lang = i18n.language()
    changes = json.loads(entry.changes or "{}")
    when = format_moment(entry.at)
    who = entry.author or QCoreApplication.translate("history", "someone")
    entity = entry.entity
    what = ""
    if entity == "event":
        kind = changes.get("type")
        if isinstance(kind, list):
            kind = kind[-1]
        label = vocab.event_types[kind].label(lang) if kind in vocab.event_types else (kind or "")
        what = QCoreApplication.translate("history", "event “%1”").replace("%1", label)
    elif entity == "charge":
        latest = {k: v[-1] if isinstance(v, list) else v for k, v in changes.items()}
        article = latest.get("article")
        if latest.get("jurisdiction") and latest.get("code") and article:  # "УК РБ ст. 342 ч. 2", not "342"
            article = charge_label(latest["jurisdiction"], latest["code"], str(article), latest.get("part"), lang)
        what = QCoreApplication.translate("history", "charge %1").replace("%1", str(article or ""))
    elif entity == "party":
        name = changes.get("name")
        name = name[-1] if isinstance(name, list) else name
        what = QCoreApplication.translate("history", "party %1").replace("%1", str(name or ""))
    elif entity == "document":
        name = changes.get("name")
        name = name[-1] if isinstance(name, list) else name
        what = QCoreApplication.translate("history", "document %1").replace("%1", str(name or ""))
    elif entity in _ENTITIES:
        what = _ENTITIES[entity]()
    else:
        what = QCoreApplication.translate("history", "the case")
    actions = {
        "create": QCoreApplication.translate("history", "%1 added by %2"),
        "import": QCoreApplication.translate("history", "%1 imported by %2"),
        "update": QCoreApplication.translate("history", "%1 changed by %2"),
        "delete": QCoreApplication.translate("history", "%1 removed by %2"),
        "trash": QCoreApplication.translate("history", "%1 moved to the trash by %2"),
        "restore": QCoreApplication.translate("history", "%1 restored from the trash by %2"),
        "purge": QCoreApplication.translate("history", "%1 deleted for good by %2"),
        "override": QCoreApplication.translate("history", "%1 changed by hand by %2"),
        "merge": QCoreApplication.translate("history", "%1 merged by %2"),
        "export_plaintext": QCoreApplication.translate("history", "%1: an unencrypted copy saved by %2"),
        "derive": QCoreApplication.translate("history", "%1: deadlines counted again by the rules"),
        "team_sync": QCoreApplication.translate("history", "%1 received from the team (%2)"),
        "team_decide": QCoreApplication.translate("history", "%1: a team conflict decided by %2"),
        "share": QCoreApplication.translate("history", "%1: sharing with the team changed by %2"),
        "screen": QCoreApplication.translate("history", "%1 checked against a wanted list by %2"),
        "handoff_export": QCoreApplication.translate("history", "%1 put in a hand-off package by %2"),
        "handoff_import": QCoreApplication.translate("history", "%1 received in a hand-off package by %2"),
        "tick": QCoreApplication.translate("history", "%1: a step ticked by %2"),
        "untick": QCoreApplication.translate("history", "%1: a step unticked by %2"),
        "export": QCoreApplication.translate("history", "%1: a report printed or saved by %2"),
        "report": QCoreApplication.translate("history", "%1: a report printed or saved by %2"),
        "delete_manual": QCoreApplication.translate("history", "%1 removed by %2"),
        "clear_override": QCoreApplication.translate("history", "%1: the change by hand undone by %2"),
    }
    # An action without words of its own is said as a change: never the program's name for it.
    template = actions.get(entry.action, actions["update"])
    line = template.replace("%1", what).replace("%2", who)
    line = line[:1].upper() + line[1:]
    detail = ""
    if entry.action == "update" and entity == "case":
        from ui.handoff import field_label  # the same words as the conflict screens

        fields = ", ".join(sorted(field_label(name) for name in changes))
        detail = QCoreApplication.translate("history", "fields: %1").replace("%1", fields)
    return f"{when} — {line}" + (f" ({detail})" if detail else "")


class HistoryPanel(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.lines: list[str] = []

    def set_case(self, vault, case_id: str | None) -> None:
        self.lines = [describe(e) for e in case_service.history(vault, case_id)] if vault and case_id else []
        if not self.lines:
            self.setHtml("<p style='color:#595959'>" + escape(self.tr("No history yet: save the case first.")) + "</p>")
            return
        self.setHtml("".join(f"<p style='margin:2px 0'>{escape(line)}</p>" for line in reversed(self.lines)))
