"""The case editor's pages listed down its left side, each label written level and whole (as
KeePassXC's entry editor lists its pages): thirteen pages fit beside the case list on a
1366-pixel screen in every language, none hidden behind scroll arrows (issue 13, item 11).

It is a QTabWidget's own tab bar, so the keyboard (arrows in the list, Ctrl+Tab, Alt+1 … 0),
screen readers (a page tab list) and the editor's code see the tabs they always did."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionFocusRect, QStyleOptionTab, QStylePainter, QTabBar, QTabWidget, QWidget

#: Space left and right of a label inside its tab, in pixels.
PADDING = 10


class SideTabBar(QTabBar):
    """Tabs stacked down the left side (use with :func:`side_tabs`), labels level, never
    elided, never scrolled: the bar is as wide as its longest label and as tall as all its tabs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setElideMode(Qt.TextElideMode.ElideNone)
        self.setUsesScrollButtons(False)
        self.setExpanding(False)

    def tabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        text = self.fontMetrics().size(Qt.TextFlag.TextShowMnemonic, self.tabText(index))
        height = max(text.height() + 12, super().tabSizeHint(index).width())  # the turned tab's thickness
        return QSize(text.width() + 2 * PADDING + 4, height)

    def minimumTabSizeHint(self, index: int) -> QSize:  # noqa: N802 - Qt override
        return self.tabSizeHint(index)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt override
        painter = QStylePainter(self)
        for index in range(self.count()):
            option = QStyleOptionTab()
            self.initStyleOption(option, index)
            painter.drawControl(QStyle.ControlElement.CE_TabBarTabShape, option)
            rect = option.rect.adjusted(PADDING, 0, -PADDING, 0)
            enabled = bool(option.state & QStyle.StateFlag.State_Enabled)
            painter.drawItemText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                                 | int(Qt.TextFlag.TextShowMnemonic), option.palette, enabled, option.text,
                                 self.foregroundRole())
            if option.state & QStyle.StateFlag.State_HasFocus:
                focus = QStyleOptionFocusRect()
                focus.initFrom(self)
                focus.rect = option.rect.adjusted(3, 3, -3, -3)
                painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus)


def side_tabs(parent: QWidget | None = None) -> QTabWidget:
    """A QTabWidget whose tabs are a :class:`SideTabBar` on its left (West) side."""
    tabs = QTabWidget(parent)
    tabs.setTabBar(SideTabBar(tabs))
    tabs.setTabPosition(QTabWidget.TabPosition.West)
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideNone)
    return tabs
