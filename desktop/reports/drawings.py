"""Vector drawings for the reports: the case timeline and horizontal bar charts.

The timeline is drawn from the layout model of desktop/timeline.py (lanes, markers,
custody bars, deadline flags), read by attribute only. It carries no user text: lanes are
named from our own words, markers and bars are shapes, so it cannot leak a name.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from desktop.reports.common import ACCENT, ALERT, FONT, FONT_BOLD, INK, MUTED, RULE, SHADE, register_fonts

LANE_WORDS = {
    "criminal_ru": ("Custody, criminal (RU)", "Стража, УПК (РФ)"),
    "administrative_ru": ("Administrative (RU)", "Адм. дело (РФ)"),
    "asylum": ("Asylum", "Убежище"),
    "international": ("International", "Межд. защита"),
    "requesting_state": ("Requesting state", "Запраш. государство"),
    "removal": ("Removal, whereabouts", "Вывоз, местонахожд."),
    "defence": ("Defence, other", "Защита, прочее"),
}
_LANE_WORDS_BE = {
    "criminal_ru": "Варта, КПК (РФ)",
    "administrative_ru": "Адм. справа (РФ)",
    "asylum": "Прытулак",
    "international": "Міжн. абарона",
    "requesting_state": "Дзярж., якая запытвае",
    "removal": "Вываз, месцазнах.",
    "defence": "Абарона, іншае",
}
LANE_COLOURS = {
    "criminal_ru": colors.HexColor("#2f5d8a"),
    "administrative_ru": colors.HexColor("#6b4f9e"),
    "asylum": colors.HexColor("#2e7d5b"),
    "international": colors.HexColor("#b26a00"),
    "requesting_state": colors.HexColor("#8a2f4f"),
    "removal": colors.HexColor("#a3182b"),
    "defence": colors.HexColor("#5b6672"),
}
_LEGEND = {
    "en": ("event", "date range", "custody", "deadline", "overdue"),
    "ru": ("событие", "период/приблизит.", "под стражей", "срок", "просрочен"),
    "be": ("падзея", "перыяд/прыблізна", "пад вартай", "тэрмін", "пратэрмінаваны"),
}
CUSTODY = colors.HexColor("#f2c4c9")


def _seconds(moment: datetime) -> float:
    return moment.timestamp()


def _clip(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _ticks(start: datetime, end: datetime) -> list[tuple[datetime, str]]:
    """Year ticks for long spans, quarter or month ticks for short ones."""
    months = (end.year - start.year) * 12 + end.month - start.month
    step = 12 if months > 36 else 3 if months > 9 else 1
    found = []
    year, month = start.year, start.month
    while True:
        month_index = year * 12 + month - 1
        if month_index % step == 0:
            tick = start.replace(year=year, month=month, day=1, hour=0, minute=0, second=0, microsecond=0)
            if start <= tick <= end:
                found.append((tick, f"{year}" if step == 12 or month == 1 else f"{year}-{month:02d}"))
        month += 1
        if month > 12:
            year, month = year + 1, 1
        if (year, month) > (end.year, end.month):
            break
    return found


def timeline_drawing(timeline, width: float, lang: str) -> Drawing | None:
    """The timeline as a drawing ``width`` points wide; None when it has nothing to show."""
    register_fonts()
    used = [lane for lane in timeline.lanes
            if any(item.lane == lane for item in (*timeline.markers, *timeline.bars, *timeline.flags))]
    if not used:
        return None
    label_width, row, axis, legend = 96.0, 15.0, 16.0, 14.0
    height = legend + axis + row * len(used) + 4
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    start, end = _seconds(timeline.start), _seconds(timeline.end)
    if end <= start:
        end = start + 86400
    pad = (end - start) * 0.015  # markers at either end stay whole
    start, end = start - pad, end + pad
    left, right = label_width, width - 6

    def x(moment: datetime) -> float:
        return left + (right - left) * (_seconds(moment) - start) / (end - start)

    top = height - 2
    for i, lane in enumerate(used):
        y0 = top - (i + 1) * row
        if i % 2 == 0:
            drawing.add(Rect(left, y0, right - left, row, fillColor=SHADE, strokeColor=None))
        en, ru = LANE_WORDS.get(lane, (lane, lane))
        label = _LANE_WORDS_BE.get(lane, ru) if lang == "be" else ru if lang == "ru" else en
        drawing.add(String(left - 4, y0 + row / 2 - 2.5, _clip(label, FONT, 6.8, label_width - 6),
                           fontName=FONT, fontSize=6.8, fillColor=INK, textAnchor="end"))
    base = top - len(used) * row
    drawing.add(Line(left, base, right, base, strokeColor=RULE, strokeWidth=0.6))
    for tick, text in _ticks(timeline.start, timeline.end):
        tx = x(tick)
        drawing.add(Line(tx, base, tx, top, strokeColor=RULE, strokeWidth=0.3))
        drawing.add(String(tx, base - 8, text, fontName=FONT, fontSize=6, fillColor=MUTED, textAnchor="middle"))

    def lane_y(lane: str) -> float:
        return top - (used.index(lane) + 0.5) * row

    for bar in timeline.bars:
        if bar.lane not in used:
            continue
        x0, x1 = x(bar.start), x(bar.end)
        y = lane_y(bar.lane)
        drawing.add(Rect(x0, y - 4, max(x1 - x0, 1.5), 8, fillColor=CUSTODY, strokeColor=None))
        if bar.open_ended:
            drawing.add(Polygon([x1, y - 4, x1 + 5, y, x1, y + 4], fillColor=CUSTODY, strokeColor=None))
    for marker in timeline.markers:
        if marker.lane not in used:
            continue
        colour = LANE_COLOURS.get(marker.lane, ACCENT)
        y = lane_y(marker.lane)
        x0, x1 = x(marker.start), x(marker.end)
        if marker.is_range and x1 - x0 > 2:
            drawing.add(Rect(x0, y - 1.6, x1 - x0, 3.2, fillColor=colour, fillOpacity=0.35, strokeColor=colour,
                             strokeWidth=0.4))
        else:
            drawing.add(Circle((x0 + x1) / 2, y, 2.1, fillColor=colour, strokeColor=colors.white, strokeWidth=0.4))
    for flag in timeline.flags:
        if flag.lane not in used:
            continue
        fx, y = x(flag.due), lane_y(flag.lane)
        colour = ALERT if flag.overdue else colors.HexColor("#d98c00")
        drawing.add(Polygon([fx - 3, y + 6, fx + 3, y + 6, fx, y + 1], fillColor=colour, strokeColor=None))

    words = _LEGEND.get(lang, _LEGEND["en"])
    ly, lx = 3.0, left
    items = [
        (Circle(0, 0, 2.1, fillColor=ACCENT, strokeColor=None), words[0]),
        (Rect(-4, -1.6, 10, 3.2, fillColor=ACCENT, fillOpacity=0.35, strokeColor=ACCENT, strokeWidth=0.4), words[1]),
        (Rect(-4, -4, 10, 8, fillColor=CUSTODY, strokeColor=None), words[2]),
        (Polygon([-3, 3, 3, 3, 0, -2], fillColor=colors.HexColor("#d98c00"), strokeColor=None), words[3]),
        (Polygon([-3, 3, 3, 3, 0, -2], fillColor=ALERT, strokeColor=None), words[4]),
    ]
    for shape, text in items:
        shape_x = lx + 4
        if isinstance(shape, Circle):
            shape.cx, shape.cy = shape_x, ly + 2
        elif isinstance(shape, Rect):
            shape.x, shape.y = shape_x + shape.x, ly + 2 + shape.y
        else:
            shape.points = [v + (shape_x if k % 2 == 0 else ly + 2) for k, v in enumerate(shape.points)]
        drawing.add(shape)
        drawing.add(String(lx + 13, ly, text, fontName=FONT, fontSize=6.5, fillColor=MUTED))
        lx += 20 + stringWidth(text, FONT, 6.5)
    return drawing


def bar_chart(items: Sequence[tuple[str, int]], width: float, *, colour=ACCENT) -> Drawing:
    """Horizontal bars, one row per (label, value), largest scale at the longest bar."""
    register_fonts()
    row, size = 13.0, 7.5
    label_width = min(width * 0.42, max((stringWidth(label, FONT, size) for label, _ in items), default=0) + 8)
    height = row * len(items) + 4
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=7)
    peak = max((value for _, value in items), default=0) or 1
    value_room = stringWidth(str(peak), FONT_BOLD, size) + 8
    span = width - label_width - value_room
    for i, (label, value) in enumerate(items):
        y = height - (i + 1) * row
        drawing.add(String(label_width - 6, y + 3.2, _clip(label, FONT, size, label_width - 8), fontName=FONT,
                           fontSize=size, fillColor=INK, textAnchor="end"))
        length = span * value / peak
        drawing.add(Rect(label_width, y + 1.5, max(length, 0.8), row - 4, fillColor=colour, strokeColor=None))
        drawing.add(String(label_width + length + 4, y + 3.2, str(value), fontName=FONT_BOLD, fontSize=size,
                           fillColor=INK))
    return drawing
