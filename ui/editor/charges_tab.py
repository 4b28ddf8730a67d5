"""The Charges tab: articles of a criminal or administrative code, found by number or words."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desktop.cases.records import Case, Charge
from desktop.cases.vocab import charge_label as vocab_charge_label
from desktop.cases.vocab import parse_article_key, parse_charge_text, search_articles, unknown_article_warning, vocabulary
from ui import i18n, prompts
from ui.editor.common import blank, remove_current
from ui.record_table import RecordTableModel, record_view


def same_charge(a: Charge, b: Charge) -> bool:
    """The same article and part of the same code (an exact duplicate on one case)."""
    return ((a.jurisdiction, a.code, a.article, (a.part or "").strip().lower())
            == (b.jurisdiction, b.code, b.article, (b.part or "").strip().lower()))


def charge_label(charge: Charge) -> str:
    """'BY CC 363, part 2' / 'УК РБ ст. 363 ч. 2' as the interface's language writes it."""
    return vocab_charge_label(charge.jurisdiction, charge.code, charge.article, charge.part, i18n.language())


class ChargesTab(QWidget):
    """The charges of the case shown by ``fill(case)``, edited in that case's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: Case | None = None
        vocab = vocabulary()
        self.charge_model = RecordTableModel([
            (self.tr("Article"), lambda c: vocab_charge_label(c.jurisdiction, c.code, c.article, None,
                                                              i18n.language())),
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
        self.charge_search.setCompleter(completer)
        # A completion chosen with Return is also a Return in the field: take it once. (Chosen
        # first, the line edit then set the completion's text back and Return added it again.)
        self._chosen_by_completer = False
        completer.activated.connect(self._completion_chosen)
        self.charge_search.textEdited.connect(self._charge_candidates)
        self.charge_search.returnPressed.connect(self._return_pressed)
        self.problem = QLabel(self)
        self.problem.setObjectName("chargeProblem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.charge_search.textEdited.connect(lambda _text: self.problem.hide())
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
        layout.addWidget(self.problem)
        layout.addWidget(self.charge_table, 1)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)

    def fill(self, case: Case) -> None:
        self.case = case
        self.charge_model.set_records(case.charges)

    def _charge_candidates(self, text: str) -> None:
        lang = i18n.language()
        self._charge_completions.setStringList(
            [f"{a.key} — {a.title(lang)}" for a in search_articles(text, lang=lang, limit=30)] if text.strip() else [])

    def _completion_chosen(self, text: str) -> None:
        self._chosen_by_completer = True
        QTimer.singleShot(0, self._forget_completion)
        self._charge_chosen(text)

    def _forget_completion(self) -> None:
        self._chosen_by_completer = False

    def _return_pressed(self) -> None:
        if self._chosen_by_completer:
            self._chosen_by_completer = False
            self.charge_search.clear()
            return
        self._charge_chosen(self.charge_search.text())

    def _charge_chosen(self, text: str) -> None:
        typed_part = None
        written = parse_charge_text(text.split(" — ")[0].strip())  # "УК РБ ст. 363 ч. 2", as shown
        parsed = written[:3] if written is not None else parse_article_key(text.split(" — ")[0].strip())
        if written is not None:
            typed_part = written[3]
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
                if text.strip():  # said, never silently dropped
                    self.problem.setText(self.tr(
                        "No single article matches “%1”. Type its number, or the code and the number as in "
                        "“УК РБ ст. 363 ч. 2” or “BY CC 363”, and choose it in the list.").replace("%1", text.strip()))
                    self.problem.show()
                return
            jurisdiction, code, article = matches[0].jurisdiction, matches[0].code, matches[0].article
        charge = Charge(jurisdiction, code, article, blank(self.charge_part.text()) or typed_part)
        if any(same_charge(charge, listed) for listed in self.case.charges):
            self.problem.setText(self.tr("%1 is already listed on this case.").replace("%1", charge_label(charge)))
            self.problem.show()
            self.charge_search.clear()
            return
        self.problem.hide()
        self.case.charges.append(charge)
        self.charge_model.refresh()
        self.charge_search.clear()
        self.charge_part.clear()

    def _remove_charge(self) -> None:
        remove_current(self.case.charges, self.charge_table, self.charge_model)
