"""The alarm dashboard, the first screen after unlock: overdue, due today, the next 14 days,
custody terms with days left, silence alarms, danger windows and blocking states. Every
row opens its case (``case_requested``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.vaults import backups as backup_service
from desktop.deadlines import dashboard as dashboard_service
from desktop.screening import service as screening_service
from desktop.dates import zones
from desktop.deadlines import service as deadline_service
from desktop.errors import VaultError
from ui import dates as dates_ui, i18n, messages, prompts
from ui.backups import skipped_text, waiting_text
from ui.dates import format_day
from ui.record_table import RecordTableModel, record_view

_Index = QModelIndex | QPersistentModelIndex
RED, AMBER, GREY = QColor("#b00020"), QColor("#a15c00"), QColor("#6b6b6b")


def zone_text(zone_name: str, at: datetime | None = None) -> str:
    """The time of the place of proceedings as people name it, in the interface's language,
    with its UTC offset at ``at``: "Novosibirsk time (UTC+7)" — never the IANA name."""
    return zones.zone_label(zone_name, i18n.language(), at)


def format_due(d: deadline_service.Deadline) -> str:
    """The due date (and time) of a deadline in the user's locale, in the local time of the
    place of proceedings (named: "Novosibirsk time (UTC+7)"), with Moscow time beside it where
    the two differ; "≈" marks the earliest possible date of an uncertain trigger (issue 11)."""
    if d.due is None:
        if d.undated:
            return QCoreApplication.translate("dashboard", "trigger date unknown: enter it")
        return ""
    # One way to show dates (issue 13, item 9): the locale's day with a four-digit year, as
    # everywhere else (Qt's short form writes 01.12.26 in Belarusian).
    moscow, other_day = d.moscow_due()
    if d.has_time:
        text = f"{format_day(d.due.date())} {d.due:%H:%M}"
    else:
        text = format_day(d.last_day or d.due.date())
    if d.zone == deadline_service.MOSCOW:
        if d.has_time:
            text = QCoreApplication.translate("dashboard", "%1 MSK").replace("%1", text)
    else:
        # Moscow's own date where its day is not the one shown (it would read a day off)
        moscow_text = f"{format_day(moscow.date())} {moscow:%H:%M}" if other_day else f"{moscow:%H:%M}"
        if not d.has_time:
            text = QCoreApplication.translate("dashboard", "%1, 24:00").replace("%1", text)
        text = QCoreApplication.translate("dashboard", "%1 %2 = %3 MSK").replace("%1", text).replace(
            "%2", zone_text(d.zone, d.due)).replace("%3", moscow_text)
    return ("≈ " if d.approximate else "") + text


def format_moment(moment: datetime | None, with_time: bool = True) -> str:
    if moment is None:
        return ""
    m = moment.astimezone(deadline_service.zone(deadline_service.MOSCOW))
    if not with_time:
        return format_day(m.date())
    return f"{format_day(m.date())} {m:%H:%M}"


class RowsModel(RecordTableModel):
    """Rows of one dashboard section: the record table, with a colour per row and the id of
    the case a row stands for."""

    CaseIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, columns: Sequence[tuple[str, Callable[[object], str]]],
                 colour: Callable[[object], QColor | None] = lambda _row: None, parent=None) -> None:
        super().__init__(columns, parent)
        self._colour = colour

    @property
    def rows(self) -> list:
        return self.records

    def set_rows(self, rows) -> None:
        """Show ``rows``: a list, or the dashboard's lazy rows (dashboard_service.Rows, Chain),
        which are read from the vault only as the table asks for them (the rows it shows)."""
        lazy = isinstance(rows, (dashboard_service.Rows, dashboard_service.Chain))
        self.set_records(rows if lazy else list(rows))

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        try:
            row = self.record(index.row()) if index.isValid() else None
            if row is not None and role == Qt.ItemDataRole.ForegroundRole:
                return self._colour(row)
            if row is not None and role == self.CaseIdRole:
                return row.case_id
            return super().data(index, role)
        except (VaultError, IndexError):  # locked or lent to a task for now, or deleted since: the
            return None                    # next refresh shows the rows as they are

    def case_id(self, row: int) -> str | None:
        try:
            record = self.record(row)
        except (VaultError, IndexError):
            return None
        return record.case_id if record is not None else None


class _Card(QPushButton):
    """A big number with a caption; clicking it shows its list."""

    def __init__(self, caption: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = caption
        self.colour = colour
        self.setCheckable(True)
        self.setMinimumSize(130, 64)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{count}\n{self.caption}")
        colour = self.colour if count else "#6b6b6b"
        if getattr(self, "_shown_colour", None) == colour:
            return  # (a style sheet set again restyles the card: the dashboard refreshes often)
        self._shown_colour = colour
        self.setStyleSheet(
            "QPushButton { text-align: center; font-size: 13px; padding: 6px; border: 1px solid #c8c8c8;"
            f" border-radius: 6px; color: {colour}; background: #fafafa; }}"
            f" QPushButton:checked {{ border: 2px solid {colour}; background: #ffffff; }}")


class DashboardPage(QWidget):
    """Across all open cases. ``set_vault(None)`` empties it; ``case_requested(id)`` opens a case."""

    case_requested = Signal(str)
    page_requested = Signal(str)  # "backups" or "screening", from the status strip
    # Rows each list shows, the most pressing first (the cards count them all; beyond them
    # the page says how many more there are and that `abarona-cli deadlines` lists them all).
    ROWS = 100

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboardPage")
        self._vault = None
        self.board: dashboard_service.Dashboard | None = None
        title = QLabel(self.tr("Dashboard"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.as_of = QLabel(self)
        self.as_of.setStyleSheet("color: #6b6b6b;")
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.recompute_button = QPushButton(self.tr("Recompute all deadlines…"), self)
        self.recompute_button.setToolTip(self.tr("Compute every deadline again from the events and the rules "
                                                 "(after the rules were changed). Statuses and overrides are kept."))
        self.recompute_button.clicked.connect(self.recompute)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.as_of, 1, Qt.AlignmentFlag.AlignBottom)
        top.addWidget(self.recompute_button)
        top.addWidget(self.refresh_button)

        deadline_columns = [
            (self.tr("Due"), format_due),
            (self.tr("When"), self._when),
            (self.tr("Case"), lambda d: d.reference),
            (self.tr("Client"), lambda d: d.person_name),
            (self.tr("What is due"), self._deadline_title),
            (self.tr("Legal basis"), lambda d: d.basis),
            (self.tr("Trigger"), self._trigger),
        ]
        self.sections: dict[str, tuple[_Card, RowsModel, QTableView]] = {}
        self.totals: dict[str, int] = {}
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dashboardTabs")
        self.tabs.setDocumentMode(True)
        cards = QHBoxLayout()
        spec = [
            ("overdue", self.tr("Overdue"), "#b00020", deadline_columns, self._deadline_colour),
            ("today", self.tr("Due today"), "#a15c00", deadline_columns, self._deadline_colour),
            ("upcoming", self.tr("Next 14 days"), "#1f4e99", deadline_columns, self._deadline_colour),
            ("custody", self.tr("In custody"), "#5b2c83", [
                (self.tr("Case"), lambda c: c.reference),
                (self.tr("Client"), lambda c: c.person_name),
                (self.tr("Since"), lambda c: format_moment(c.since, with_time=False)),
                (self.tr("Days held"), lambda c: str(c.days_held)),
                (self.tr("Days left"), self._days_left),
                (self.tr("Current term"), lambda c: self._deadline_title(c.term) if c.term else self.tr("not known")),
                (self.tr("Ends"), lambda c: format_due(c.term) if c.term else ""),
                (self.tr("Facility"), lambda c: c.facility or ""),
            ], self._custody_colour),
            ("silence", self.tr("Silence alarms"), "#b00020", [
                (self.tr("Case"), lambda s: s.reference),
                (self.tr("Client"), lambda s: s.person_name),
                (self.tr("Silent for"), self._silent_for),
                (self.tr("Last contact"), lambda s: format_moment(s.last_contact, s.contact_has_time)
                 if s.last_contact else self.tr("none recorded")),
                (self.tr("Threshold"), lambda s: self.tr("%1 h").replace("%1", str(s.threshold_hours))),
                (self.tr("Why watched"), lambda s: self.tr("in custody") if s.in_custody else (
                    self.tr("just released") if s.released else self.tr("at risk"))),
            ], lambda _s: RED),
            ("watch", self.tr("Risk windows, bars to removal"), "#a15c00", [
                (self.tr("Case"), lambda d: d.reference),
                (self.tr("Client"), lambda d: d.person_name),
                (self.tr("Since"), lambda d: format_moment(d.starts, with_time=False)),
                (self.tr("Until"), self._until),
                (self.tr("State"), self._state),
                (self.tr("Legal basis"), lambda d: d.basis),
            ], self._watch_colour),
            ("release", self.tr("Release-day watch"), "#b00020", [
                (self.tr("Case"), lambda r: r.reference),
                (self.tr("Client"), lambda r: r.person_name),
                (self.tr("Since"), lambda r: format_moment(r.since)),
                (self.tr("Watch until"), lambda r: format_moment(r.until)),
                (self.tr("Why"), lambda r: self.tr("released") if r.reason == "release" else
                 self.tr("custody term ended")),
            ], lambda _r: RED),
        ]
        deadline_widths = (150, 130, 120, 170, 380, 200)
        widths = {"overdue": deadline_widths, "today": deadline_widths, "upcoming": deadline_widths,
                  "custody": (120, 170, 90, 80, 190, 380, 110), "silence": (120, 170, 150, 150, 90),
                  "watch": (120, 170, 90, 150, 380), "release": (120, 170, 150, 150, 160)}
        for name, caption, colour, columns, colour_of in spec:
            card = _Card(caption, colour, self)
            card.setObjectName(f"card_{name}")
            model = RowsModel(columns, colour_of, self)
            table = record_view(self, model, name=f"table_{name}")
            table.setWordWrap(False)
            table.horizontalHeader().setDefaultSectionSize(150)
            for column, width in enumerate(widths.get(name, ())):
                table.setColumnWidth(column, width)
            table.activated.connect(lambda index, m=model: self._open(m, index.row()))
            table.doubleClicked.connect(lambda index, m=model: self._open(m, index.row()))
            index = self.tabs.addTab(table, caption)
            card.clicked.connect(lambda _checked=False, i=index: self.tabs.setCurrentIndex(i))
            cards.addWidget(card)
            self.sections[name] = (card, model, table)
        cards.addStretch(1)
        self.tabs.currentChanged.connect(self._sync_cards)
        self.empty_hint = QLabel(self)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setStyleSheet("color: #6b6b6b;")
        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        # The state of backups and of wanted-list screening, each a door to its page.
        self.backup_status = QPushButton(self)
        self.backup_status.setObjectName("backupStatus")
        self.backup_status.setFlat(True)
        self.backup_status.clicked.connect(lambda: self.page_requested.emit("backups"))
        self.screening_status = QPushButton(self)
        self.screening_status.setObjectName("screeningStatus")
        self.screening_status.setFlat(True)
        self.screening_status.clicked.connect(lambda: self.page_requested.emit("screening"))
        # An automatic backup that was due and not made, with what to do (until a backup is made).
        self.backup_warning = QLabel(self)
        self.backup_warning.setObjectName("backupWarning")
        self.backup_warning.setWordWrap(True)
        self.backup_warning.setStyleSheet("color: #b00020;")
        self.backup_warning.hide()
        strip = QHBoxLayout()
        strip.addWidget(self.backup_status)
        strip.addWidget(self.screening_status)
        strip.addStretch(1)
        from ui.rapid import RiskBand  # it reuses this module's row model

        self.risk_band = RiskBand(self)
        self.risk_band.case_requested.connect(self.case_requested)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.risk_band)
        layout.addLayout(strip)
        layout.addWidget(self.backup_warning)
        layout.addLayout(cards)
        layout.addWidget(rule)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty_hint)
        self.set_vault(None)

    # -- texts ----------------------------------------------------------------------------------
    def _now(self) -> datetime:
        return self.board.now if self.board else datetime.now(timezone.utc)

    def _when(self, d: deadline_service.Deadline) -> str:
        left = d.days_left(self._now())
        if left is None:
            return ""
        if d.overdue(self._now()):
            return self.tr("overdue by %n day(s)", "", max(-left, 0)) if left < 0 else self.tr("overdue")
        if left == 0:
            return self.tr("today")
        return self.tr("in %n day(s)", "", left)

    def _deadline_title(self, d: deadline_service.Deadline) -> str:
        text = d.title
        if not d.verified:
            text += " " + self.tr("(unverified rule)")
        if d.overridden:
            text += " " + self.tr("(date set by hand)")
        if d.approximate:
            text += " " + self.tr("(trigger date approximate)")
        if d.trigger_changed:
            text += " " + self.tr("(trigger changed since this override)")
        return text

    def _trigger(self, d: deadline_service.Deadline) -> str:
        return d.trigger_text(i18n.language(), dates_ui.words()) or self.tr("entered by hand")

    def _until(self, d: deadline_service.Deadline) -> str:
        if d.kind == "block":
            return format_moment(datetime.combine(d.until, datetime.min.time()), with_time=False) if d.until \
                else self.tr("in force")
        return format_due(d) if d.due else self.tr("lifted by a later event")

    def _state(self, d: deadline_service.Deadline) -> str:
        if d.kind == "block" and d.violated:
            return self.tr("VIOLATED: a removal step was recorded during this bar") + " — " + self._deadline_title(d)
        return self._deadline_title(d)

    def _watch_colour(self, d: deadline_service.Deadline):
        if d.kind == "block" and d.violated:
            return RED
        return AMBER if d.kind == "alert" else None

    def _days_left(self, c: dashboard_service.CustodyRow) -> str:
        if c.days_left is None:
            return self.tr("unknown")
        if c.days_left < 0:
            return self.tr("term passed %n day(s) ago", "", -c.days_left)
        text = str(c.days_left)
        if c.rearrest_warning:
            text += " — " + self.tr("re-arrest risk on release")
        return text

    def _silent_for(self, s: dashboard_service.SilenceRow) -> str:
        if s.contact_lost is not None:
            return self.tr("contact lost %1").replace("%1", format_moment(s.contact_lost))
        if s.hours_silent is None:
            return self.tr("no contact recorded")
        return self.tr("%n hour(s)", "", int(s.hours_silent))

    def _deadline_colour(self, d: deadline_service.Deadline):
        if d.overdue(self._now()):
            return RED
        return AMBER if d.days_left(self._now()) == 0 else None

    def _custody_colour(self, c: dashboard_service.CustodyRow):
        if c.days_left is not None and (c.days_left < 0 or c.rearrest_warning):
            return RED
        return None

    def _show_status_strip(self) -> None:
        try:
            backup = backup_service.status(self._vault)
            matches = screening_service.summary(self._vault)
        except VaultError:
            return
        if backup.last_at is None:
            text = self.tr("No verified backup yet: make one now")
        else:
            days = max(0, backup.age.days) if backup.age is not None else 0
            text = self.tr("Last verified backup: %1 (%n day(s) ago)", "", days).replace(
                "%1", format_moment(backup.last_at, with_time=False))
        warning = skipped_text(backup.skipped) if backup.skipped is not None else \
            waiting_text(backup) if backup.waiting_for_folder else ""
        bad = backup.overdue or bool(warning)
        self.backup_status.setText(("⚠ " if bad else "✓ ") + text)
        self.backup_status.setStyleSheet("color: #b00020; font-weight: bold;" if bad else "")
        self.backup_warning.setText(warning)
        self.backup_warning.setVisible(bool(warning))
        if matches.open:
            text = self.tr("Wanted lists: %n match(es) to review", "", matches.open)
            if matches.new_open:
                text += " " + self.tr("(%n new)", "", matches.new_open)
            self.screening_status.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            text = self.tr("Wanted lists: nothing to review") if matches.lists else \
                self.tr("Wanted lists: none imported yet")
            self.screening_status.setStyleSheet("")
        self.screening_status.setText(text)

    # -- data -----------------------------------------------------------------------------------
    def set_vault(self, vault) -> None:
        self._vault = vault
        self.risk_band.set_vault(vault, refresh=False)
        self.refresh()

    def refresh_status(self) -> None:
        """The backups and wanted-lists strip again (after an automatic backup, made or not)."""
        if self._vault is not None and not self._vault.closed and self.board is not None:
            self._show_status_strip()

    def refresh(self) -> None:
        """Compute the dashboard again (fast: a few queries); empty when locked."""
        board = None
        if self._vault is not None and not self._vault.closed:
            try:
                board = dashboard_service.compute(self._vault, lang=i18n.language(), limit=self.ROWS, lazy=True)
            except VaultError as exc:
                prompts.error(self, self.tr("Cannot show the dashboard"), messages.vault_error(exc))
        self.show_board(board)
        # the band's own "now" (the current minute): its answer is kept while nothing is written
        self.risk_band.refresh()

    def show_board(self, board: dashboard_service.Dashboard | None) -> None:
        self.board = board
        rows = {name: [] for name in self.sections}
        self.totals = {name: 0 for name in self.sections}
        if board is not None:
            rows.update(overdue=board.overdue, today=board.today, upcoming=[*board.undated, *board.upcoming],
                        custody=board.custody, silence=board.silence,
                        watch=dashboard_service.Chain(board.blocks, board.alerts),
                        release=board.release_watch)
            self.totals.update({n: board.totals.get(n, len(rows[n])) for n in rows if n not in ("watch", "release")})
            self.totals["upcoming"] = board.totals.get("upcoming", 0) + board.totals.get("undated", 0)
            self.totals["watch"] = board.totals.get("alerts", 0) + board.totals.get("blocks", 0)
            self.totals["release"] = board.totals.get("release_watch", 0)
        for name, (card, model, table) in self.sections.items():
            model.set_rows(rows[name])
            card.set_count(self.totals[name])
            self.tabs.setTabText(self.tabs.indexOf(table), f"{card.caption} ({self.totals[name]})")
        self.refresh_button.setEnabled(board is not None)
        self.recompute_button.setEnabled(board is not None)
        if board is None:
            self.as_of.setText("")
            self.empty_hint.setText("")
            self.backup_status.setText("")
            self.backup_warning.setText("")
            self.backup_warning.hide()
            self.screening_status.setText("")
            return
        self.as_of.setText(self.tr("as of %1 (Moscow time)").replace("%1", format_moment(board.now)))
        self._show_status_strip()
        violated = board.totals.get("violations", 0) > 0  # violated bars come first
        order = ("watch", "overdue", "today", "silence", "release", "custody", "upcoming") if violated else \
            ("overdue", "today", "silence", "release", "custody", "upcoming", "watch")
        first = next((n for n in order if rows[n]), "overdue")
        self.tabs.setCurrentWidget(self.sections[first][2])
        self._sync_cards()

    def _sync_cards(self, *_args) -> None:
        current = self.tabs.currentWidget()
        shown_more = ""
        for name, (card, model, table) in self.sections.items():
            card.setChecked(table is current)
            if table is current and self.board is not None and self.totals[name] > len(model.rows):
                shown_more = self.tr("Showing the %1 most pressing of %2. The command abarona-cli deadlines "
                                     "lists them all.").replace("%1", str(len(model.rows))).replace("%2", str(self.totals[name]))
        if self.board is not None and self.board.empty:
            shown_more = self.tr("Nothing needs attention: no open deadline, nobody in custody, no silence alarm.")
        self.empty_hint.setText(shown_more)

    def _open(self, model: RowsModel, row: int) -> None:
        case_id = model.case_id(row)
        if case_id:
            self.case_requested.emit(case_id)

    def recompute(self) -> None:
        if self._vault is None:
            return
        from ui.tasks import run_with_progress

        vault = self._vault
        result, exc = run_with_progress(self, self.tr("Recomputing deadlines"),
                                        lambda progress: deadline_service.recompute_all(vault, progress=progress),
                                        vault=vault)
        if exc is not None:
            from desktop.progress import Cancelled

            if not isinstance(exc, Cancelled):
                prompts.error(self, self.tr("Deadlines were not recomputed"), messages.vault_error(exc))
            return
        if self._vault is not vault:  # locked meanwhile: drop the result
            return
        prompts.inform(self, self.tr("Deadlines recomputed"),
                       self.tr("%1 added, %2 moved, %3 removed.").replace("%1", str(len(result.added)))
                       .replace("%2", str(len(result.moved))).replace("%3", str(len(result.removed))))
        self.refresh()
