"""EDTF dates for people: shown in the user's locale, entered with a widget that speaks EDTF
(exact day, month only, year only, between two days, approximate, uncertain)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from desktop.dates import edtf as dates
from desktop.dates.typed import qualified, to_edtf


def day_format() -> str:
    """The locale's short date format with the year in full and two-digit days and months:
    'dd/MM/yyyy' (en), 'dd.MM.yyyy' (ru, be; Qt's Belarusian short form is 'd.MM.yy')."""
    shown = re.sub(r"(?<!y)yy(?!y)", "yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    # Day and month with two digits, as the reports print them (Belarusian's short form wrote
    # 4.11.1988 beside 04.11.1988 in the PDF: one way to show dates, issue 13 item 9).
    return re.sub(r"(?<!M)M(?!M)", "MM", re.sub(r"(?<!d)d(?!d)", "dd", shown))


def format_day(day) -> str:
    """A day (date or QDate) in the locale's short form with a four-digit year: 31/12/2021 (en),
    31.12.2021 (ru, be)."""
    shown = day if isinstance(day, QDate) else QDate(day.year, day.month, day.day)
    return QLocale().toString(shown, day_format())


def words() -> dates.HumanWords:
    """The interface's words for :func:`desktop.dates.edtf.human`: a day in the locale's short
    form, a month by its name, seasons translated, "≈" for approximate and "?" for uncertain."""
    locale = QLocale()
    return dates.HumanWords(
        day=format_day,
        month=lambda year, month: f"{locale.standaloneMonthName(month, QLocale.FormatType.LongFormat)} {year}",
        seasons=(("spring", QCoreApplication.translate("dates", "spring %1")),
                 ("summer", QCoreApplication.translate("dates", "summer %1")),
                 ("autumn", QCoreApplication.translate("dates", "autumn %1")),
                 ("winter", QCoreApplication.translate("dates", "winter %1"))),
        approximate="≈ %1", uncertain="%1 ?", open_end="…")


def format_edtf(text: str | None) -> str:
    """'2021-07-21' -> '21/07/2021' (en) or '21.07.2021' (ru); '2021-07~' -> '≈ July 2021';
    '2021-21' -> 'spring 2021'; intervals as 'a – b'. Anything unusual is shown as written.
    The same formatter as the CLI's (desktop.dates.edtf.human), with the interface's words."""
    return dates.human(text, words())


def _describe_simple(text: str) -> str | None:
    parts = dates.simple_parts(text)
    if parts is None:
        return None
    locale = QLocale()
    if parts.day:
        shown = locale.toString(QDate(parts.year, parts.month, parts.day), "d MMMM yyyy")
    elif parts.month:
        shown = f"{locale.standaloneMonthName(parts.month, QLocale.FormatType.LongFormat)} {parts.year}"
    else:
        shown = str(parts.year)
    if parts.approximate:
        shown = QCoreApplication.translate("dates", "about") + " " + shown
    if parts.uncertain:
        shown += " " + QCoreApplication.translate("dates", "(uncertain)")
    return shown


def describe_edtf(text: str | None) -> str:
    """A date spelled out, so that a slip shows: '2021-12-31' -> '31 December 2021'
    ('31 декабря 2021' in Russian); '2025-08?' -> 'August 2025 (uncertain)'; intervals as
    'from … to …'. Other EDTF forms are shown as written."""
    if not text:
        return ""
    ends = dates.interval_ends(text)
    if ends is not None:
        start, end = ends
        left = _describe_simple(start) if start is not None else None
        right = _describe_simple(end) if end is not None else None
        if start is None and right:
            return QCoreApplication.translate("dates", "until %1").replace("%1", right)
        if end is None and left:
            return QCoreApplication.translate("dates", "from %1 on").replace("%1", left)
        if left and right:
            return QCoreApplication.translate("dates", "between %1 and %2").replace("%1", left).replace("%2", right)
        return text
    return _describe_simple(text) or text


def typed_form(text: str | None) -> str:
    """How a stored EDTF value is shown for editing: a day in the locale's form (31.12.2021),
    anything else as EDTF. ``to_edtf`` always reads it back to the same value: in a locale
    whose form it does not read (Qt's C locale writes '31 12 2021'; a month-first locale would
    read back as another day) the day stays in ISO form (2021-12-31)."""
    text = (text or "").strip()
    parts = dates.simple_parts(text)
    if parts is not None and parts.day:
        shown = qualified(format_day(QDate(parts.year, parts.month, parts.day)),
                          approximate=parts.approximate, uncertain=parts.uncertain)
        if to_edtf(shown) == text:
            return shown
    return text


class EdtfEdit(QWidget):
    """Edits one EDTF value by typing; ``text()`` is the EDTF string ('' when empty and
    allowed; what was typed when it is not understood, for ``problem()`` to name).

    Accepts what ``desktop.dates.typed.to_edtf`` accepts (31.12.2021, ISO, 2025-08?,
    2025-09-01/2025-09-10, …); the label beside the field spells out what it understood.
    A calendar button fills in a day."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateInput")
        example = typed_form("2021-12-31")  # a form the field reads back
        self.edit.setPlaceholderText(self.tr("e.g. %1, 2021-12, 2021~, 2025-09-01/2025-09-10").replace("%1", example))
        self.edit.setToolTip(self.tr("A day (%1 or 2021-12-31), a month (2021-12), a year (2021); add ~ for "
                                     "approximate, ? for uncertain; two dates with / or – for “between”.")
                             .replace("%1", example))
        self.edit.setMaximumWidth(260)
        # wide enough for the longest form it takes (an interval of two days), so that a date
        # "between" is never shown cut to its end
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00.00.0000/00.00.0000") + 16)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("…")
        self.calendar_button.setToolTip(self.tr("Choose a day in a calendar"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget(menu)
        self.calendar.clicked.connect(self._day_chosen)
        self.calendar.activated.connect(self._day_chosen)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.calendar)
        menu.addAction(holder)
        self.calendar_button.setMenu(menu)
        self.understood = QLabel(self)
        self.understood.setObjectName("dateUnderstood")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        layout.addWidget(self.understood, 1)
        self.edit.textChanged.connect(self._typed)
        self._typed()

    def _day_chosen(self, day: QDate) -> None:
        self.edit.setText(typed_form(dates.simple_text(day.year(), day.month(), day.day())))
        self.calendar_button.menu().hide()
        self.edit.setFocus()

    def _typed(self) -> None:
        value = to_edtf(self.edit.text())
        if value is None:
            self.understood.setText(self.tr("not understood"))
            self.understood.setStyleSheet("color: #b00020;")
        else:
            self.understood.setText(("= " + describe_edtf(value)) if value else
                                    (self.tr("not known") if self.allow_empty else ""))
            self.understood.setStyleSheet("font-style: italic;" if not value else "")  # grey failed 4.5:1
        self.changed.emit()

    def text(self) -> str:
        value = to_edtf(self.edit.text())
        return self.edit.text().strip() if value is None else value

    def setText(self, text: str | None) -> None:  # noqa: N802 - reads like Qt's setters
        self.edit.setText(typed_form(text))
        parts = dates.simple_parts((text or "").strip())
        if parts is not None and parts.day:
            self.calendar.setSelectedDate(QDate(parts.year, parts.month, parts.day))

    def problem(self) -> str:
        """'' when the value is acceptable, else a short explanation."""
        typed = self.edit.text().strip()
        if not typed:
            return "" if self.allow_empty else self.tr("A date is needed.")
        value = to_edtf(typed)
        if value is None:
            code = dates.error_code(typed)
            if code is dates.DateErrorCode.TIME_OF_DAY:
                return self.tr("This has a time of day: enter the date here and the time in the time field.")
            if code is dates.DateErrorCode.DIGITS:
                return self.tr("Write the date with the digits 0-9.")
            example = typed_form("2021-12-31")  # a form the field reads back
            return self.tr("“%1” is not a date I understand: type e.g. %2, 2021-12, 2021~ or "
                           "2025-09-01/2025-09-10.").replace("%1", typed).replace("%2", example)
        return ""
