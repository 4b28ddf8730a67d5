"""The start screen: open a vault, create one, or try the demo vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.demo import vault as demo
from desktop.vaults import passphrases
from desktop import vaults
from desktop.errors import VaultError
from ui import access, messages, prompts, settings



def vault_filter() -> str:
    return QCoreApplication.translate("StartScreen", "Abarona vaults (*.abarona);;All files (*)")


class StartScreen(QWidget):
    """Emits ``vault_opened(vault)`` with an open vault; shows every failure in place."""

    vault_opened = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame(self)
        card.setObjectName("startCard")
        card.setMaximumWidth(620)
        title = QLabel("Abarona", card)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Encrypted case files for the defence of Belarusians in Russia "
                                  "against extradition, expulsion and abduction. Works offline."), card)
        subtitle.setWordWrap(True)
        subtitle.setVisible(not settings.discreet())  # discreet: nothing says what the cases are about

        self.path_box = QComboBox(card)
        self.path_box.setEditable(True)
        self.path_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.path_box.lineEdit().setPlaceholderText(self.tr("Choose a vault file…"))
        self.path_box.setMinimumContentsLength(40)
        browse = QPushButton(self.tr("&Browse…"), card)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_box, 1)
        path_row.addWidget(browse)

        self.passphrase = QLineEdit(card)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self.open_selected)
        self.open_button = QPushButton(self.tr("&Unlock"), card)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_selected)

        self.error_label = QLabel(card)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Vault file:"), path_row)
        form.addRow(self.tr("Passphrase:"), self.passphrase)

        self.create_button = QPushButton(self.tr("&New vault…"), card)
        self.create_button.clicked.connect(self.create_new)
        self.demo_button = QPushButton(self.tr("Open the &demo vault"), card)
        self.demo_button.clicked.connect(self.open_demo)
        demo_hint = QLabel(self.tr("The demo vault holds made-up cases only; its passphrase is "
                                   "“%1”.").replace("%1", demo.DEMO_PASSPHRASE), card)
        demo_hint.setWordWrap(True)
        hint_font = QFont(demo_hint.font())  # set apart by shape, not by a faint colour
        hint_font.setItalic(True)
        demo_hint.setFont(hint_font)
        self.first_run_hint = QLabel(self.tr("No vault yet? Create one, or look around in the demo vault first."), card)
        self.first_run_hint.setWordWrap(True)

        self.remember = QCheckBox(self.tr("Remember recently opened vaults"), card)
        self.remember.setChecked(bool(settings.get(settings.REMEMBER_RECENT)))
        self.remember.toggled.connect(self._remember_toggled)
        clear = QPushButton(self.tr("Clear the list"), card)
        clear.clicked.connect(self._clear_recent)
        recent_row = QHBoxLayout()
        recent_row.addWidget(self.remember)
        recent_row.addStretch(1)
        recent_row.addWidget(clear)
        if settings.discreet():
            self.remember.hide()
            clear.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)

        inner = QVBoxLayout(card)
        inner.addWidget(title)
        inner.addWidget(subtitle)
        inner.addSpacing(12)
        inner.addWidget(self.first_run_hint)
        inner.addLayout(form)
        inner.addWidget(self.error_label)
        inner.addLayout(buttons)
        inner.addWidget(demo_hint)
        inner.addSpacing(8)
        inner.addLayout(recent_row)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.reload_recent()

    # -- the recent list -------------------------------------------------------------------
    def reload_recent(self) -> None:
        current = self.path_box.currentText()
        self.path_box.clear()
        recent = settings.get(settings.RECENT_VAULTS) \
            if settings.get(settings.REMEMBER_RECENT) and not settings.discreet() else []
        self.path_box.addItems(recent)
        self.path_box.setEditText(current or (recent[0] if recent else ""))
        self.first_run_hint.setVisible(not recent)

    def _remember_toggled(self, on: bool) -> None:
        settings.put(settings.REMEMBER_RECENT, on)
        if not on:
            settings.clear_recent()
        self.reload_recent()

    def _clear_recent(self) -> None:
        settings.clear_recent()
        self.path_box.clear()
        self.reload_recent()

    def _browse(self) -> None:
        path = prompts.open_file(self, self.tr("Open a vault"), str(Path(self.path_box.currentText()).parent),
                                 vault_filter())
        if path:
            self.path_box.setEditText(path)
            self.passphrase.setFocus()

    # -- opening ---------------------------------------------------------------------------
    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def reset(self) -> None:
        """Back to a clean screen (after a lock): no passphrase kept in the widget."""
        self.passphrase.clear()
        self.show_error("")
        self.reload_recent()
        self.passphrase.setFocus()

    def open_selected(self) -> None:
        path = self.path_box.currentText().strip()
        if not path:
            self.show_error(self.tr("Choose a vault file first."))
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Type the vault's passphrase."))
            return
        self._open(lambda: vaults.open_vault(path, self.passphrase.text()), path)

    def open_demo(self) -> None:
        self._open(demo.open_demo_vault, None)

    def _open(self, opener, path: str | None) -> None:
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            vault = opener()
        except (VaultError, OSError) as exc:
            self.show_error(messages.vault_error(exc))
            self.passphrase.selectAll()
            return
        except Exception as exc:  # noqa: BLE001 - the screen must survive anything
            self.show_error(messages.vault_error(exc))
            return
        finally:
            self.unsetCursor()
        self.passphrase.clear()
        self.show_error("")
        if path:
            settings.remember_vault(str(Path(path).resolve()))
        self.vault_opened.emit(vault)

    def create_new(self) -> None:
        dialog = CreateVaultDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.vault is not None:
            settings.remember_vault(str(dialog.vault.path.resolve()))
            self.vault_opened.emit(dialog.vault)


class StrengthMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label)
        self.show_strength("")

    def show_strength(self, text: str) -> passphrases.Strength:
        strength = passphrases.strength(text)
        level = strength.level if text else 0
        words = [self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        colours = ["#b00020", "#d84315", "#f9a825", "#7cb342", "#2e7d32"]
        self.bar.setValue(level)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[level]}; }}")
        self.label.setText(words[level] if text else self.tr("Type a passphrase, or generate one."))
        return strength


class CreateVaultDialog(QDialog):
    """A new vault: where, who, and a passphrase typed twice (or generated)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New vault"))
        self.vault = None
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("Where to keep the vault file"))
        browse = QPushButton(self.tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.author = QLineEdit(self)
        self.author.setPlaceholderText(self.tr("e.g. A. Ivanova — shown in the history of changes"))
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        generate = QPushButton(self.tr("&Generate a passphrase"), self)
        generate.clicked.connect(self.generate)
        self.generated = QLineEdit(self)
        self.generated.setReadOnly(True)
        access.mark_secret(self.generated)
        self.generated.hide()
        self.generated_note = QLabel(self.tr("Write this passphrase down and keep it apart from the laptop. "
                                             "Nobody can recover a vault whose passphrase is lost."), self)
        self.generated_note.setWordWrap(True)
        self.generated_note.hide()
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Vault file:"), path_row)
        form.addRow(self.tr("Your name:"), self.author)
        form.addRow(self.tr("Passphrase:"), self.first)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.meter)
        form.addRow("", generate)
        form.addRow("", self.generated)
        form.addRow("", self.generated_note)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        for edit in (self.path, self.first, self.second):
            edit.textChanged.connect(self._update)
        self._update()
        self.resize(560, self.sizeHint().height())

    def done(self, result: int) -> None:  # noqa: D102 - Qt override: the phrase leaves no copy
        access.drop_secret(self.generated.text())
        self.generated.clear()
        super().done(result)

    def _browse(self) -> None:
        path = prompts.save_file(self, self.tr("New vault file"), "", vault_filter())
        if path:
            self.path.setText(path if path.endswith(".abarona") else path + ".abarona")

    def generate(self) -> None:
        phrase = passphrases.generate()
        self.first.setText(phrase)
        self.second.setText(phrase)
        self.generated.setText(phrase)
        self.generated.show()
        self.generated_note.show()
        access.grow_to_fit(self)  # the warning is read in full, at any scale

    def _update(self) -> None:
        self.meter.show_strength(self.first.text())
        problem = ""
        if self.second.text() and self.second.text() != self.first.text():
            problem = self.tr("The two passphrases differ.")
        self.error_label.setText(problem)
        self.create_button.setEnabled(bool(self.path.text().strip() and self.first.text()
                                           and self.first.text() == self.second.text()))

    def create(self) -> None:
        if not self.create_button.isEnabled():
            return
        if not passphrases.strength(self.first.text()).acceptable and not prompts.confirm(
                self, self.tr("Weak passphrase"),
                self.tr("This passphrase could be guessed by someone who takes the laptop or a backup. "
                        "Use it anyway?")):
            return
        path = Path(self.path.text().strip()).expanduser()
        try:  # a failure says no vault was created and leaves nothing behind (create_new)
            self.vault = vaults.create_new(path, self.first.text(), author=self.author.text().strip())
        except (VaultError, OSError) as exc:
            self.error_label.setText(messages.vault_error(exc))
            return
        self.first.clear()
        self.second.clear()
        self.accept()


class ChangePassphraseDialog(QDialog):
    """A new passphrase for the open vault, typed twice (File → Change passphrase…)."""

    def __init__(self, vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the passphrase"))
        self.vault = vault
        self.first = QLineEdit(self)
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit(self)
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter(self)
        note = QLabel(self.tr("Every page of the vault is encrypted again under the new passphrase. Backups "
                              "and hand-off packages made before keep the passphrase they were made with."), self)
        note.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.change_button = self.buttons.addButton(self.tr("Change"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.change)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Repeat it:"), self.second)
        form.addRow("", self.meter)
        form.addRow(note)
        form.addRow(self.error_label)
        form.addRow(self.buttons)
        for edit in (self.first, self.second):
            edit.textChanged.connect(self._update)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        self.meter.show_strength(self.first.text())
        differ = bool(self.second.text()) and self.second.text() != self.first.text()
        self.error_label.setText(self.tr("The two passphrases differ.") if differ else "")
        self.change_button.setEnabled(bool(self.first.text()) and self.first.text() == self.second.text())

    def change(self) -> None:
        if not self.change_button.isEnabled():
            return
        if not passphrases.strength(self.first.text()).acceptable and not prompts.confirm(
                self, self.tr("Weak passphrase"),
                self.tr("This passphrase could be guessed by someone who takes the laptop or a backup. "
                        "Use it anyway?")):
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            vaults.rekey(self.vault, self.first.text())
        except (VaultError, OSError) as exc:
            self.error_label.setText(messages.vault_error(exc))
            return
        finally:
            self.unsetCursor()
            self.first.clear()
            self.second.clear()
        self.accept()
