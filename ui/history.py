"""The history of a case, readable: '2026-11-21 14:02 — event “Arrest” added by A. Ivanova'."""

from __future__ import annotations

import json
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.cases import service as case_service
from desktop.cases.vocab import vocabulary
from ui import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("history", text)


def describe(entry) -> str:
    """One line of the audit trail in the user's language."""
    vocab = vocabulary()
    lang = i18n.language()
    changes = json.loads(entry.changes or "{}")
    when = entry.at[:16].replace("T", " ")
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
        article = changes.get("article")
        article = article[-1] if isinstance(article, list) else article
        what = QCoreApplication.translate("history", "charge %1").replace("%1", str(article or ""))
    elif entity == "party":
        name = changes.get("name")
        name = name[-1] if isinstance(name, list) else name
        what = QCoreApplication.translate("history", "party %1").replace("%1", str(name or ""))
    elif entity == "document":
        name = changes.get("name")
        name = name[-1] if isinstance(name, list) else name
        what = QCoreApplication.translate("history", "document %1").replace("%1", str(name or ""))
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
    }
    template = actions.get(entry.action, QCoreApplication.translate("history", "%1: %3 by %2"))
    line = template.replace("%1", what).replace("%2", who).replace("%3", entry.action)
    line = line[:1].upper() + line[1:]
    detail = ""
    if entry.action == "update" and entity == "case":
        fields = ", ".join(sorted(changes))
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
