"""The case timeline drawn from desktop.timeline's layout model: lanes on a time axis, event
markers (points, or ranges for approximate and interval dates), custody bars and deadline
flags (red when overdue). Zoom from years to hours around the cursor, pan by dragging, fit
the case; clicking a marker asks to open its event; the drawing exports to PNG."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.cases import service as case_service
from desktop.deadlines import service as deadline_service
from desktop.cases import timeline as layout
from desktop.vaults.atomic import WriteFailed, write_atomically
from desktop.errors import VaultError
from ui import i18n, messages, prompts

LANE_COLOURS = {
    "criminal_ru": QColor("#1f4e99"),
    "administrative_ru": QColor("#5b2c83"),
    "asylum": QColor("#2e7d32"),
    "international": QColor("#00838f"),
    "requesting_state": QColor("#8d4a00"),
    "removal": QColor("#b00020"),
    "defence": QColor("#546e7a"),
}
LABEL_WIDTH = 190
AXIS_HEIGHT = 42
LANE_HEIGHT = 46
MIN_SPAN = 2 * 3600.0                 # two hours across the view
MAX_SPAN = 40 * 365.25 * 86400.0      # forty years
_DAY = 86400.0
_MSK = deadline_service.zone(deadline_service.MOSCOW)


def _ts(moment: datetime) -> float:
    return moment.timestamp()


class TimelineView(QWidget):
    """Draws one Timeline. ``event_requested(event id)`` when a marker is clicked."""

    event_requested = Signal(str)
    view_changed = Signal()
    current_changed = Signal(str)  # the keyboard's current item, described in words

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(480, AXIS_HEIGHT + LANE_HEIGHT * 2)
        self.timeline: layout.Timeline | None = None
        self.lang = "en"
        self.now = datetime.now(timezone.utc)
        self._t0 = 0.0          # time at the left edge of the plot, seconds since the epoch
        self._span = 30 * _DAY  # seconds across the plot
        self._drag: tuple[float, float] | None = None
        self._moved = False
        self._hits: list[tuple[QRectF, str]] = []
        self._items: list = []
        self._stops: list = []  # events and deadline flags in time order, for the keyboard
        self._current = -1      # the stop the keyboard is on (-1: none yet)
        self._widths: dict[str, int] = {}
        self._lane_titles: dict[str, str] = {}
        self._months = tuple(QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
        self.font_small = QFont(self.font())
        self.font_small.setPointSizeF(max(self.font().pointSizeF() * 0.85, 7.0))

    # -- model ----------------------------------------------------------------------------------
    def set_timeline(self, timeline: layout.Timeline | None, *, lang: str = "en", now: datetime | None = None) -> None:
        self.timeline = timeline
        self.lang = lang
        self.now = now or datetime.now(timezone.utc)
        self._widths.clear()
        self._lane_titles = {lane: layout.lane_label(lane, lang) for lane in layout.LANES}
        locale = QLocale()  # month names from the locale, in the user's language
        self._months = tuple(locale.standaloneMonthName(m, QLocale.FormatType.ShortFormat).rstrip(".")
                             for m in range(1, 13))
        self._items = []
        if timeline is not None:
            self._items = [(_ts(m.start), _ts(m.end), m) for m in timeline.markers]
        self._stops = sorted([*(m for _s, _e, m in self._items), *(timeline.flags if timeline else ())],
                             key=lambda item: _ts(item.start if isinstance(item, layout.Marker) else item.due))
        self._current = -1
        self.setAccessibleDescription("")
        self.setMinimumHeight(AXIS_HEIGHT + LANE_HEIGHT * max(len(timeline.lanes) if timeline else 1, 1) + 8)
        self.fit()

    # -- the view: which stretch of time is shown -----------------------------------------------
    @property
    def plot_width(self) -> float:
        return max(self.width() - LABEL_WIDTH - 12, 50)

    def x_of(self, ts: float) -> float:
        return LABEL_WIDTH + (ts - self._t0) / self._span * self.plot_width

    def ts_of(self, x: float) -> float:
        return self._t0 + (x - LABEL_WIDTH) / self.plot_width * self._span

    def visible_range(self) -> tuple[datetime, datetime]:
        return (datetime.fromtimestamp(self._t0, timezone.utc),
                datetime.fromtimestamp(self._t0 + self._span, timezone.utc))

    def set_range(self, start: datetime, end: datetime) -> None:
        span = min(max(_ts(end) - _ts(start), MIN_SPAN), MAX_SPAN)
        self._t0 = (_ts(start) + _ts(end)) / 2 - span / 2
        self._span = span
        self.update()
        self.view_changed.emit()

    def fit(self) -> None:
        """Show the whole case, with a margin."""
        if self.timeline is None:
            self.set_range(self.now - timedelta(days=15), self.now + timedelta(days=15))
            return
        start, end = self.timeline.start, self.timeline.end
        margin = max((end - start) * 0.04, timedelta(hours=1))
        self.set_range(start - margin, end + margin)

    def zoom(self, factor: float, at_x: float | None = None) -> None:
        """factor > 1 zooms in around ``at_x`` (the middle when None)."""
        at_x = LABEL_WIDTH + self.plot_width / 2 if at_x is None else at_x
        anchor = self.ts_of(at_x)
        span = min(max(self._span / factor, MIN_SPAN), MAX_SPAN)
        self._t0 = anchor - (at_x - LABEL_WIDTH) / self.plot_width * span
        self._span = span
        self.update()
        self.view_changed.emit()

    def pan(self, pixels: float) -> None:
        """Move the view right by ``pixels`` (left when negative)."""
        self._t0 += pixels / self.plot_width * self._span
        self.update()
        self.view_changed.emit()

    # -- input ----------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:  # noqa: N802 - Qt override
        delta = event.angleDelta()
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier or abs(delta.x()) > abs(delta.y()):
            self.pan(-(delta.x() or delta.y()) / 2)
        else:
            self.zoom(1.25 ** (delta.y() / 120), event.position().x())
        event.accept()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = (event.position().x(), self._t0)
            self._moved = False
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag is not None:
            start_x, start_t0 = self._drag
            dx = event.position().x() - start_x
            if abs(dx) > 3:
                self._moved = True
            self._t0 = start_t0 - dx / self.plot_width * self._span
            self.update()
            self.view_changed.emit()
            return
        hit = self.event_at(event.position())
        self.setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        bar = next((b for r, b in getattr(self, "_bar_hits", []) if r.contains(event.position())), None)
        shade = next((b for r, b in getattr(self, "_shade_hits", []) if r.contains(event.position())), None)
        self.setToolTip(self._tooltip(hit) if hit else (bar.label if bar else (shade.label if shade else "")))

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() != Qt.MouseButton.LeftButton or self._drag is None:
            return
        self._drag = None
        self.unsetCursor()
        if not self._moved:
            hit = self.event_at(event.position())
            if hit:
                self.event_requested.emit(hit)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.5)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1 / 1.5)
        elif key == Qt.Key.Key_0:
            self.fit()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and shift:
            self.pan(self.plot_width / 8 * (1 if key == Qt.Key.Key_Right else -1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End) and self._stops:
            last = len(self._stops) - 1
            step = {Qt.Key.Key_Left: self._current - 1 if self._current >= 0 else last,
                    Qt.Key.Key_Right: self._current + 1, Qt.Key.Key_Home: 0, Qt.Key.Key_End: last}[key]
            self.go_to(min(max(step, 0), last))
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current_event_id():
            self.event_requested.emit(self.current_event_id())
        else:
            super().keyPressEvent(event)

    # -- the keyboard's current item ------------------------------------------------------------
    def go_to(self, index: int) -> None:
        """Make stop ``index`` (an event or a deadline, in time order) current: shown, outlined
        and described (``current_changed``, and the accessible description for screen readers)."""
        self._current = index
        item = self._stops[index]
        start = _ts(item.start if isinstance(item, layout.Marker) else item.due)
        if not self._t0 <= start <= self._t0 + self._span:
            self._t0 = start - self._span / 2
            self.view_changed.emit()
        text = self.describe(index)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.update()
        self.current_changed.emit(text)

    def current_event_id(self) -> str | None:
        if 0 <= self._current < len(self._stops) and isinstance(self._stops[self._current], layout.Marker):
            return self._stops[self._current].event_id
        return None

    def describe(self, index: int) -> str:
        """What a stop is, in words: 'Event 2 of 5: Arrest, 2025-01-04' or, for a deadline,
        'Overdue deadline: …, 2025-01-14' (never colour alone)."""
        item = self._stops[index]
        if isinstance(item, layout.Marker):
            what = self._tooltip(item.event_id).replace("\n", ", ")
        else:
            due = item.due.astimezone(_MSK).strftime("%Y-%m-%d")
            what = (self.tr("Overdue deadline: %1, %2") if item.overdue else self.tr("Deadline: %1, %2")) \
                .replace("%1", item.label).replace("%2", due)
        return self.tr("%1 of %2: %3").replace("%1", str(index + 1)).replace("%2", str(len(self._stops))) \
            .replace("%3", what)

    def event_at(self, pos: QPointF) -> str | None:
        """The id of the event whose marker is under ``pos`` (the topmost), or None."""
        for rect, event_id in reversed(self._hits):
            if rect.contains(pos):
                return event_id
        return None

    def _tooltip(self, event_id: str) -> str:
        for marker in self.timeline.markers if self.timeline else ():
            if marker.event_id == event_id:
                when = marker.start.astimezone(_MSK)
                text = when.strftime("%Y-%m-%d %H:%M") if marker.has_time else when.strftime("%Y-%m-%d")
                if marker.is_range:
                    text = f"{marker.start.astimezone(_MSK):%Y-%m-%d} – {(marker.end - timedelta(seconds=1)).astimezone(_MSK):%Y-%m-%d}"
                return f"{marker.label}\n{text}"
        return ""

    # -- drawing --------------------------------------------------------------------------------
    def lane_top(self, index: int) -> float:
        return AXIS_HEIGHT + index * LANE_HEIGHT

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            self.draw(painter, QSize(self.width(), self.height()))
        finally:
            painter.end()

    def draw(self, painter: QPainter, size: QSize) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(0, 0, size.width(), size.height(), QColor("#ffffff"))
        self._hits = []
        self._bar_hits: list = []
        tl = self.timeline
        lanes = tl.lanes if tl else ()
        width = size.width()
        plot_right = LABEL_WIDTH + self.plot_width
        for i, lane in enumerate(lanes):
            top = self.lane_top(i)
            painter.fillRect(QRectF(0, top, width, LANE_HEIGHT), QColor("#f5f7fa") if i % 2 == 0 else QColor("#ffffff"))
        self._draw_axis(painter, size, len(lanes))
        if tl is None or not lanes:
            painter.setPen(QColor("#6b6b6b"))
            painter.drawText(QRectF(LABEL_WIDTH, AXIS_HEIGHT, self.plot_width, LANE_HEIGHT),
                             Qt.AlignmentFlag.AlignCenter, self.tr("No events to draw yet."))
            self._draw_lane_titles(painter, lanes, size)
            return
        row = {lane: i for i, lane in enumerate(lanes)}
        t_lo, t_hi = self._t0, self._t0 + self._span
        painter.save()
        painter.setClipRect(QRectF(LABEL_WIDTH, AXIS_HEIGHT - 6, self.plot_width + 6, size.height()))
        # blocks: shaded states over their lane (red when violated), under everything else
        self._shade_hits: list = []
        for shade in tl.shades:
            s, e = _ts(shade.start), _ts(shade.end)
            if e < t_lo or s > t_hi:
                continue
            top = self.lane_top(row[shade.lane])
            x1, x2 = max(self.x_of(s), LABEL_WIDTH - 4), min(self.x_of(e), plot_right + 4)
            fill = QColor("#b00020" if shade.violated else "#e08a00")
            fill.setAlpha(45 if shade.violated else 30)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRect(QRectF(x1, top + 1, max(x2 - x1, 2), LANE_HEIGHT - 2))
            self._shade_hits.append((QRectF(x1, top, max(x2 - x1, 2), LANE_HEIGHT), shade))
        # custody bars, under everything else
        for bar in tl.bars:
            s, e = _ts(bar.start), _ts(bar.end)
            if e < t_lo or s > t_hi:
                continue
            top = self.lane_top(row[bar.lane]) + LANE_HEIGHT - 8
            x1, x2 = max(self.x_of(s), LABEL_WIDTH - 4), min(self.x_of(e), plot_right + 4)
            colour = QColor(LANE_COLOURS.get(bar.lane, QColor("#546e7a")))
            colour.setAlpha(90)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(x1, top, max(x2 - x1, 2), 5), 2, 2)
            if bar.open_ended and self.x_of(e) <= plot_right + 4:
                painter.setBrush(LANE_COLOURS.get(bar.lane, QColor("#546e7a")))
                painter.drawPolygon(QPolygonF([QPointF(x2, top - 2), QPointF(x2 + 7, top + 2.5), QPointF(x2, top + 7)]))
            self._bar_hits.append((QRectF(x1, top - 2, max(x2 - x1, 2), 9), bar))
        # "now"
        now_x = self.x_of(_ts(self.now))
        if LABEL_WIDTH <= now_x <= plot_right:
            painter.setPen(QPen(QColor("#b00020"), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(now_x, AXIS_HEIGHT - 4), QPointF(now_x, self.lane_top(len(lanes))))
        # deadline flags
        for flag in tl.flags:
            t = _ts(flag.due)
            if t < t_lo or t > t_hi:
                continue
            x = self.x_of(t)
            top = self.lane_top(row[flag.lane])
            colour = QColor("#b00020") if flag.overdue else (
                QColor("#9e9e9e") if flag.status in ("done", "waived", "missed") else QColor("#e08a00"))
            painter.setPen(QPen(colour, 1.5))
            painter.drawLine(QPointF(x, top + 4), QPointF(x, top + LANE_HEIGHT - 4))
            # Not colour alone: an overdue flag is larger and carries "!", a closed one is hollow.
            closed = flag.status in ("done", "waived", "missed") and not flag.overdue
            painter.setPen(QPen(colour, 1.2) if closed else Qt.PenStyle.NoPen)
            painter.setBrush(Qt.BrushStyle.NoBrush if closed else colour)
            span = 14 if flag.overdue else 10
            painter.drawPolygon(QPolygonF([QPointF(x, top + 4), QPointF(x + span, top + 4 + span * 0.45),
                                           QPointF(x, top + 4 + span * 0.9)]))
            if flag.overdue:
                painter.setPen(QColor("#ffffff"))
                painter.setFont(self.font_small)
                painter.drawText(QRectF(x, top + 3, span * 0.7, span * 0.9), Qt.AlignmentFlag.AlignCenter, "!")
        # markers, with labels where they fit
        painter.setFont(self.font_small)
        metrics = QFontMetrics(self.font_small)
        label_end = {lane: -1e9 for lane in lanes}
        for s, e, marker in self._items:
            if e < t_lo or s > t_hi:
                continue
            lane_row = row[marker.lane]
            top = self.lane_top(lane_row)
            mid = top + 14
            colour = LANE_COLOURS.get(marker.lane, QColor("#546e7a"))
            if marker.is_range:
                x1, x2 = self.x_of(s), self.x_of(e)
                x2 = max(x2, x1 + 3)
                fill = QColor(colour)
                fill.setAlpha(60)
                painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
                painter.setBrush(fill)
                rect = QRectF(x1, mid - 5, x2 - x1, 10)
                painter.drawRoundedRect(rect, 4, 4)
                hit = rect.adjusted(-2, -3, 2, 3)
                anchor = x1
            else:
                x = self.x_of(s)
                painter.setPen(QPen(QColor("#ffffff"), 1.2))
                painter.setBrush(colour)
                if marker.has_time:  # a known time of day: a diamond
                    path = QPainterPath()
                    path.moveTo(x, mid - 6)
                    path.lineTo(x + 6, mid)
                    path.lineTo(x, mid + 6)
                    path.lineTo(x - 6, mid)
                    path.closeSubpath()
                    painter.drawPath(path)
                else:
                    painter.drawEllipse(QPointF(x, mid), 5, 5)
                hit = QRectF(x - 7, mid - 7, 14, 14)
                anchor = x - 5
            self._hits.append((hit, marker.event_id))
            label = marker.label
            w = self._widths.get(label)
            if w is None:
                w = self._widths[label] = metrics.horizontalAdvance(label)
            if anchor > label_end[marker.lane] + 4:
                painter.setPen(QColor("#222222"))
                painter.drawText(QPointF(anchor, mid + 17), label)
                label_end[marker.lane] = anchor + w
        if 0 <= self._current < len(self._stops):
            item = self._stops[self._current]
            x = self.x_of(_ts(item.start if isinstance(item, layout.Marker) else item.due))
            top = self.lane_top(row[item.lane])
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DotLine if not self.hasFocus() else Qt.PenStyle.SolidLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(x - 10, top + 2, 20, LANE_HEIGHT - 4), 4, 4)
        painter.restore()
        self._draw_lane_titles(painter, lanes, size)

    def _draw_lane_titles(self, painter: QPainter, lanes, size: QSize) -> None:
        painter.fillRect(QRectF(0, 0, LABEL_WIDTH - 2, size.height()), QColor("#eef1f5"))
        painter.setPen(QColor("#c8c8c8"))
        painter.drawLine(QPointF(LABEL_WIDTH - 2, 0), QPointF(LABEL_WIDTH - 2, size.height()))
        painter.setFont(self.font_small)
        for i, lane in enumerate(lanes):
            top = self.lane_top(i)
            painter.setPen(LANE_COLOURS.get(lane, QColor("#546e7a")))
            painter.drawText(QRectF(8, top + 2, LABEL_WIDTH - 14, LANE_HEIGHT - 4),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap,
                             self._lane_titles.get(lane, lane))
        painter.setPen(QColor("#6b6b6b"))
        painter.drawText(QRectF(8, 4, LABEL_WIDTH - 14, AXIS_HEIGHT - 8), Qt.AlignmentFlag.AlignVCenter,
                         self.tr("Moscow time"))

    def _draw_axis(self, painter: QPainter, size: QSize, lane_count: int) -> None:
        bottom = self.lane_top(max(lane_count, 1))
        painter.setPen(QColor("#c8c8c8"))
        painter.drawLine(QPointF(LABEL_WIDTH, AXIS_HEIGHT - 1), QPointF(size.width(), AXIS_HEIGHT - 1))
        painter.setFont(self.font_small)
        for ts, text, major in self._ticks():
            x = self.x_of(ts)
            if x < LABEL_WIDTH or x > size.width():
                continue
            painter.setPen(QColor("#d8dde3") if not major else QColor("#b8c0ca"))
            painter.drawLine(QPointF(x, AXIS_HEIGHT - (10 if major else 5)), QPointF(x, bottom))
            if text:
                painter.setPen(QColor("#333333") if major else QColor("#6b6b6b"))
                painter.drawText(QPointF(x + 3, AXIS_HEIGHT - (24 if major else 12)), text)

    def _ticks(self) -> list[tuple[float, str, bool]]:
        """Tick marks for the current zoom: years, months, days or hours (Moscow time)."""
        months = self._months
        px_per_day = self.plot_width / (self._span / _DAY)
        start = datetime.fromtimestamp(self._t0, _MSK)
        end = datetime.fromtimestamp(self._t0 + self._span, _MSK)
        ticks: list[tuple[float, str, bool]] = []
        if px_per_day * 365 < 60:  # decades of years: every few years
            step = max(1, int(math.ceil(60 / (px_per_day * 365))))
            for year in range(start.year - start.year % step, end.year + 1, step):
                ticks.append((datetime(year, 1, 1, tzinfo=_MSK).timestamp(), str(year), True))
        elif px_per_day * 30 < 40:  # years, with quarters
            for year in range(start.year, end.year + 1):
                for month in (1, 4, 7, 10):
                    ts = datetime(year, month, 1, tzinfo=_MSK).timestamp()
                    ticks.append((ts, str(year) if month == 1 else months[month - 1], month == 1))
        elif px_per_day < 8:  # months
            year, month = start.year, start.month
            while (year, month) <= (end.year, end.month):
                ts = datetime(year, month, 1, tzinfo=_MSK).timestamp()
                ticks.append((ts, f"{months[month - 1]} {year}" if month == 1 or not ticks else months[month - 1], month == 1))
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        elif px_per_day < 300:  # days
            step = 1 if px_per_day >= 40 else 7 if px_per_day >= 6 else 14
            day = datetime(start.year, start.month, start.day, tzinfo=_MSK)
            while day <= end:
                if step == 1 or day.weekday() == 0:
                    label = f"{day.day} {months[day.month - 1]}"
                    ticks.append((day.timestamp(), label, day.day == 1))
                day += timedelta(days=1)
        else:  # hours
            px_per_hour = px_per_day / 24
            step = 1 if px_per_hour >= 45 else 3 if px_per_hour >= 15 else 6
            hour = datetime(start.year, start.month, start.day, start.hour, tzinfo=_MSK)
            while hour <= end:
                if hour.hour % step == 0:
                    midnight = hour.hour == 0
                    label = f"{hour.day} {months[hour.month - 1]}" if midnight else f"{hour.hour:02d}:00"
                    ticks.append((hour.timestamp(), label, midnight))
                hour += timedelta(hours=1)
        return ticks

    def render_image(self, size: QSize | None = None) -> QImage:
        """The drawing as an image (for PNG export), at the widget's size or a given one."""
        size = size or QSize(max(self.width(), 900), max(self.height(), self.minimumHeight()))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QColor("#ffffff"))
        saved = self.size()
        if size != saved:
            self.resize(size)
        painter = QPainter(image)
        try:
            self.draw(painter, size)
        finally:
            painter.end()
        if size != saved:
            self.resize(saved)
        return image

    def png_bytes(self, size: QSize | None = None) -> bytes:
        """PNG in memory (nothing plaintext is written until the user's chosen file)."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.render_image(size).save(buffer, "PNG")
        buffer.close()
        return bytes(data.data())


class TimelinePanel(QWidget):
    """A case's timeline with zoom, pan, fit and PNG export. ``set_vault``/``show_case``."""

    event_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelinePanel")
        self._vault = None
        self.case = None
        self.view = TimelineView(self)
        self.view.event_requested.connect(self.event_requested)
        self.zoom_in_button = QPushButton(self.tr("Zoom in"), self)
        self.zoom_out_button = QPushButton(self.tr("Zoom out"), self)
        self.fit_button = QPushButton(self.tr("Fit to case"), self)
        self.export_button = QPushButton(self.tr("Export PNG…"), self)
        self.zoom_in_button.clicked.connect(lambda: self.view.zoom(1.5))
        self.zoom_out_button.clicked.connect(lambda: self.view.zoom(1 / 1.5))
        self.fit_button.clicked.connect(self.view.fit)
        self.export_button.clicked.connect(self.export_png)
        self.readout = QLabel(self)  # the keyboard's current item, in words
        self.readout.setObjectName("timelineReadout")
        self.readout.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view.current_changed.connect(self.readout.setText)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setStyleSheet("color: #595959;")  # 7:1 on white
        self.legend.setText(self.tr("● event   ◆ event with a time of day   ▭ approximate or interval date   "
                                    "▬ custody   ⚑ deadline (large with “!”: overdue; hollow: closed)   "
                                    "▒ bar to removal (red: violated)   — ← → go from item to item, Enter opens an "
                                    "event, Shift+← → pans, + − zoom, 0 fits; or drag and wheel"))
        buttons = QHBoxLayout()
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.readout)
        layout.addWidget(self.legend)
        self._update_buttons()

    def set_vault(self, vault) -> None:
        self._vault = vault
        if vault is None:
            self.show_timeline(None)

    def show_case(self, case_id: str | None) -> None:
        """Load and draw a case (None: empty)."""
        if self._vault is None or not case_id:
            self.show_timeline(None)
            return
        lang = i18n.language()
        try:
            case = case_service.get_case_by_id(self._vault, case_id)
            deadlines = deadline_service.for_case(self._vault, case.id, lang=lang)
        except (VaultError, case_service.CaseNotFound) as exc:
            prompts.error(self, self.tr("Cannot show the timeline"), messages.vault_error(exc))
            self.show_timeline(None)
            return
        self.show_timeline(case, deadlines)

    def show_timeline(self, case, deadlines=()) -> None:
        self.case = case
        lang = i18n.language()
        self.view.set_timeline(layout.build(case, deadlines, lang=lang) if case is not None else None, lang=lang)
        self.readout.setText("")
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.zoom_in_button, self.zoom_out_button, self.fit_button, self.export_button):
            button.setEnabled(self.case is not None)

    def export_png(self) -> None:
        if self.case is None:
            return
        if not prompts.confirm(self, self.tr("Export an unencrypted image?"),
                               self.tr("The image is not encrypted: it shows the case's events and dates. "
                                       "Keep it safe and delete it when it is no longer needed.")):
            return
        path = prompts.with_suffix(self, prompts.save_file(
            self, self.tr("Export the timeline as PNG"), "", self.tr("PNG images (*.png)")), ".png")
        if not path:
            return
        from pathlib import Path

        try:
            write_atomically(Path(path), self.view.png_bytes())
        except (WriteFailed, OSError) as exc:
            prompts.error(self, self.tr("The image was not saved"), messages.vault_error(exc))
            return

