"""The Charges tab: articles of a criminal or administrative code, found by number or words."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.cases.records import Case, Charge
from desktop.cases.vocab import parse_article_key, search_articles, unknown_article_warning, vocabulary
from ui import i18n, prompts
from ui.editor.common import blank, remove_current
from ui.record_table import RecordTableModel, record_view


class ChargesTab(QWidget):
    """The charges of the case shown by ``fill(case)``, edited in that case's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        vocab = vocabulary()
        self.charge_model = RecordTableModel([
            (self.tr("Article"), lambda c: f"{c.jurisdiction} {c.code} {c.article}"),
            (self.tr("Part"), lambda c: c.part or ""),
            (self.tr("Title"), lambda c: (a.title(i18n.language()) if (a := vocab.article(
                c.jurisdiction, c.code, c.article)) else "")),
            (self.tr("Note"), lambda c: c.note or ""),
        ], self)
        self.charge_table = record_view(self, self.charge_model)
        self.charge_search = QLineEdit(self)
        self.charge_search.setObjectName("chargeSearch")
        self.charge_search.setPlaceholderText(self.tr("Find an article by number or words of its title "
                                                      "(English or Russian), then press Enter"))
        self._charge_completions = QStringListModel(self)
        completer = QCompleter(self._charge_completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._charge_chosen)
        self.charge_search.setCompleter(completer)
        self.charge_search.textEdited.connect(self._charge_candidates)
        self.charge_search.returnPressed.connect(lambda: self._charge_chosen(self.charge_search.text()))
        self.charge_part = QLineEdit(self)
        self.charge_part.setPlaceholderText(self.tr("part"))
        self.charge_part.setMaximumWidth(80)
        remove = QPushButton(self.tr("Remove the selected charge"), self)
        remove.clicked.connect(self._remove_charge)
        add_row = QHBoxLayout()
        add_row.addWidget(self.charge_search, 1)
        add_row.addWidget(self.charge_part)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.charge_table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)

    def fill(self, case: Case) -> None:
        self.case = case
        self.charge_model.set_records(case.charges)

    def _charge_candidates(self, text: str) -> None:
        lang = i18n.language()
        self._charge_completions.setStringList(
            [f"{a.key} — {a.title(lang)}" for a in search_articles(text, lang=lang, limit=30)] if text.strip() else [])

    def _charge_chosen(self, text: str) -> None:
        parsed = parse_article_key(text.split(" — ")[0].strip())
        if parsed is not None:
            jurisdiction, code, article = parsed
            if unknown_article_warning(jurisdiction, code, article) and not prompts.confirm(
                    self, self.tr("Article not in the catalogue"),
                    self.tr("%1 is not in the catalogue of articles. Add it as written? Check the number "
                            "against the code.").replace("%1", f"{jurisdiction} {code} {article}")):
                return
        else:
            matches = search_articles(text, lang=i18n.language(), limit=2)
            if len(matches) != 1:
                return
            jurisdiction, code, article = matches[0].jurisdiction, matches[0].code, matches[0].article
        self.case.charges.append(Charge(jurisdiction, code, article, blank(self.charge_part.text())))
        self.charge_model.refresh()
        self.charge_search.clear()
        self.charge_part.clear()

    def _remove_charge(self) -> None:
        remove_current(self.case.charges, self.charge_table, self.charge_model)
