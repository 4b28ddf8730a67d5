"""EDTF dates for people: shown in the user's locale, entered with a widget that speaks EDTF
(exact day, month only, year only, between two days, approximate, uncertain)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.dates import edtf as dates

def _tr(text: str) -> str:
    return QCoreApplication.translate("dates", text)


def format_day(day) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _format_simple(text: str) -> str | None:
    parts = dates.simple_parts(text)
    if parts is None:
        return _format_season(text)
    locale = QLocale()
    if parts.day:
        shown = locale.toString(QDate(parts.year, parts.month, parts.day), QLocale.FormatType.ShortFormat)
    elif parts.month:
        shown = f"{locale.standaloneMonthName(parts.month, QLocale.FormatType.LongFormat)} {parts.year:04d}"
    else:
        shown = f"{parts.year:04d}"
    if parts.approximate:
        shown = "≈ " + shown
    if parts.uncertain:
        shown += " ?"
    return shown


def _format_season(text: str) -> str | None:
    season = dates.season_parts(text)
    if season is None:
        return None  # another form: shown as written
    year, name, approximate, uncertain = season
    shown = {
        "spring": QCoreApplication.translate("dates", "spring %1"),
        "summer": QCoreApplication.translate("dates", "summer %1"),
        "autumn": QCoreApplication.translate("dates", "autumn %1"),
        "winter": QCoreApplication.translate("dates", "winter %1"),
    }[name].replace("%1", f"{year}–{(year + 1) % 100:02d}" if name == "winter" else str(year))
    if approximate:
        shown = "≈ " + shown
    if uncertain:
        shown += " ?"
    return shown


def format_edtf(text: str | None) -> str:
    """'2021-07-21' -> '21/07/2021' (en) or '21.07.2021' (ru); '2021-07~' -> '≈ July 2021';
    intervals as 'a – b'. Anything unusual is shown as written."""
    if not text:
        return ""
    ends = dates.interval_ends(text)
    if ends is not None:
        start, end = ends
        left = _format_simple(start) if start is not None else "…"
        right = _format_simple(end) if end is not None else "…"
        if left and right:
            return f"{left} – {right}"
        return text
    return _format_simple(text) or text


class EdtfEdit(QWidget):
    """Edits one EDTF value; ``text()`` is the EDTF string ('' when empty and allowed)."""

    changed = Signal()
    MODES = ("none", "day", "month", "year", "between", "other")

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.mode = QComboBox(self)
        labels = {"none": self.tr("not known"), "day": self.tr("exact day"), "month": self.tr("month only"),
                  "year": self.tr("year only"), "between": self.tr("between two days"),
                  "other": self.tr("other (EDTF)")}
        for mode in self.MODES:
            if mode != "none" or allow_empty:
                self.mode.addItem(labels[mode], mode)
        today = QDate.currentDate()
        self.day = QDateEdit(today, self)
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.until = QDateEdit(today, self)
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd.MM.yyyy")
        self.month = QComboBox(self)
        for m in range(1, 13):
            self.month.addItem(QLocale().standaloneMonthName(m), m)
        self.year = QSpinBox(self)
        self.year.setRange(1900, 2100)
        self.year.setValue(today.year())
        self.raw = QLineEdit(self)
        self.raw.setPlaceholderText("2021-21, 201X, 2021-03-01/..")
        self.approximate = QCheckBox(self.tr("approximate"), self)
        self.uncertain = QCheckBox(self.tr("uncertain"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.mode, self.day, self.month, self.year, self.until, self.raw,
                       self.approximate, self.uncertain):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        for signal in (self.day.dateChanged, self.until.dateChanged, self.month.currentIndexChanged,
                       self.year.valueChanged, self.raw.textChanged, self.approximate.toggled,
                       self.uncertain.toggled):
            signal.connect(self.changed)
        self._mode_changed()

    def current_mode(self) -> str:
        return self.mode.currentData()

    def _set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(max(self.mode.findData(mode), 0))

    def _mode_changed(self) -> None:
        mode = self.current_mode()
        self.day.setVisible(mode in ("day", "between"))
        self.until.setVisible(mode == "between")
        self.month.setVisible(mode == "month")
        self.year.setVisible(mode in ("month", "year"))
        self.raw.setVisible(mode == "other")
        self.approximate.setVisible(mode in ("day", "month", "year"))
        self.uncertain.setVisible(mode in ("day", "month", "year"))
        self.changed.emit()

    def text(self) -> str:
        mode = self.current_mode()
        qualifiers = {"approximate": self.approximate.isChecked(), "uncertain": self.uncertain.isChecked()}
        if mode == "none":
            return ""
        if mode == "day":
            day = self.day.date()
            return dates.simple_text(day.year(), day.month(), day.day(), **qualifiers)
        if mode == "month":
            return dates.simple_text(self.year.value(), self.month.currentData(), **qualifiers)
        if mode == "year":
            return dates.simple_text(self.year.value(), **qualifiers)
        if mode == "between":
            return dates.interval_text(self.day.date().toPython(), self.until.date().toPython())
        return self.raw.text().strip()

    def setText(self, text: str | None) -> None:  # noqa: N802 - reads like Qt's setters
        text = (text or "").strip()
        self.approximate.setChecked(False)
        self.uncertain.setChecked(False)
        if not text:
            self._set_mode("none" if self.allow_empty else "day")
            return
        parts = dates.simple_parts(text)
        interval = dates.day_interval(text)
        if parts is not None:
            self.approximate.setChecked(parts.approximate)
            self.uncertain.setChecked(parts.uncertain)
            self.year.setValue(parts.year)
            if parts.day:
                self.day.setDate(QDate(parts.year, parts.month, parts.day))
                self._set_mode("day")
            elif parts.month:
                self.month.setCurrentIndex(parts.month - 1)
                self._set_mode("month")
            else:
                self._set_mode("year")
        elif interval is not None:
            self.day.setDate(QDate(interval[0].year, interval[0].month, interval[0].day))
            self.until.setDate(QDate(interval[1].year, interval[1].month, interval[1].day))
            self._set_mode("between")
        else:
            self.raw.setText(text)
            self._set_mode("other")

    def problem(self) -> str:
        """'' when the value is acceptable, else a short explanation."""
        text = self.text()
        if not text:
            return "" if self.allow_empty else self.tr("A date is needed.")
        if not dates.is_valid(text):
            code = dates.error_code(text)
            if code is dates.DateErrorCode.TIME_OF_DAY:
                return self.tr("This has a time of day: enter the date here and the time in the time field.")
            if code is dates.DateErrorCode.DIGITS:
                return self.tr("Write the date with the digits 0-9.")
            return self.tr("Not a date: use e.g. 2021-12-31, 2021-12, 2021-12~ or 2022-01-28/2022-02-01.")
        return ""
