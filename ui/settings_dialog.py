"""Preferences: language, automatic lock, clipboard, discreet mode, the recent-vault list."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QPushButton, QSpinBox, QWidget

from ui import i18n, settings


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox(self)
        self.language.addItem(self.tr("As the system (%1)").replace("%1", i18n.LANGUAGES[i18n.effective_language("system")]), "system")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(settings.get(settings.LANGUAGE)), 0))
        self.idle = QSpinBox(self)
        self.idle.setRange(1, 240)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.get(settings.IDLE_MINUTES))
        self.with_system = QCheckBox(self.tr("Lock when the screen locks or the computer sleeps"), self)
        self.with_system.setChecked(settings.get(settings.LOCK_WITH_SYSTEM))
        self.remember = QCheckBox(self.tr("Remember recently opened vaults"), self)
        self.remember.setChecked(settings.get(settings.REMEMBER_RECENT))
        clear = QPushButton(self.tr("Clear the list of recent vaults"), self)
        clear.clicked.connect(settings.clear_recent)
        self.clipboard = QSpinBox(self)
        self.clipboard.setRange(0, 600)
        self.clipboard.setSuffix(self.tr(" s"))
        self.clipboard.setSpecialValueText(self.tr("never"))
        self.clipboard.setValue(settings.get(settings.CLIPBOARD_SECONDS))
        self.clipboard.setToolTip(self.tr("Text copied from Abarona is removed from the clipboard after this "
                                          "time, and always when the vault is locked or Abarona closes."))
        self.discreet = QCheckBox(self.tr("&Discreet: keep no list of vaults or folders, show a neutral title"), self)
        self.discreet.setChecked(settings.get(settings.DISCREET))
        self.discreet.setToolTip(self.tr("No recent vaults, no folder remembered by the file dialogs, no vault "
                                         "name in the window title, and the demo vault deleted when locked. "
                                         "The user guide lists what traces remain."))
        self.discreet.toggled.connect(lambda on: self.remember.setEnabled(not on))
        self.remember.setEnabled(not self.discreet.isChecked())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Lock after no activity for:"), self.idle)
        form.addRow("", self.with_system)
        form.addRow(self.tr("Clear copied text after:"), self.clipboard)
        form.addRow("", self.discreet)
        form.addRow("", self.remember)
        form.addRow("", clear)
        form.addRow(buttons)

    def accept(self) -> None:
        settings.put(settings.LANGUAGE, self.language.currentData())
        settings.put(settings.IDLE_MINUTES, self.idle.value())
        settings.put(settings.LOCK_WITH_SYSTEM, self.with_system.isChecked())
        settings.put(settings.REMEMBER_RECENT, self.remember.isChecked())
        settings.put(settings.CLIPBOARD_SECONDS, self.clipboard.value())
        settings.put(settings.DISCREET, self.discreet.isChecked())
        if not self.remember.isChecked() or self.discreet.isChecked():
            settings.clear_recent()
        if self.discreet.isChecked():
            settings.forget_file_dialogs()
        super().accept()
