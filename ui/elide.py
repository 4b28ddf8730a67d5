"""Long texts in narrow places: a label that elides instead of widening the window.

A client's name, a place or a facility can run to thousands of characters (an import, a paste).
A QLabel asks for room for the whole text, and one word without spaces cannot wrap: a single
such label widened the case editor past the screen. :class:`ElidedLabel` shows what fits,
ending in "…", keeps the whole text in its tooltip and for screen readers, and asks for little.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

#: How wide an elided label asks to be at most (its size hint), in average characters.
PREFERRED_CHARACTERS = 60
#: How long a text may be anywhere before it is cut for showing (a tooltip, a list's cell):
#: the full text stays in the vault; no screen shows more than this at once.
SHOWN_CHARACTERS = 500


#: A tooltip's text at most: Qt does not wrap a plain tooltip, so a longer word would run off
#: the screen (about 1,000 pixels at the usual font).
TIP_CHARACTERS = 100


def tip(text: str | None) -> str:
    """``text`` as a tooltip shows it: whole up to TIP_CHARACTERS, else cut with "…"."""
    return shown(text, TIP_CHARACTERS)


def shown(text: str | None, limit: int = SHOWN_CHARACTERS) -> str:
    """``text`` cut to ``limit`` characters with "…" (for tooltips, table cells and messages,
    where Qt would otherwise lay out all of a 10,000-character name)."""
    text = text or ""
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: Inside a wrapping text (a message box), a run of characters without a space longer than this
#: is cut with "…"; shorter long runs get a zero-width space every BREAK_EVERY characters, where
#: Qt may wrap the line (it never breaks inside a word).
LONGEST_WORD = 120
BREAK_EVERY = 30
_RUN = re.compile(r"\S{%d,}" % (BREAK_EVERY + 1))


def breakable(text: str | None, limit: int = SHOWN_CHARACTERS * 3) -> str:
    """``text`` made to wrap in a label of any width: cut to ``limit`` characters, each run
    without a space cut to LONGEST_WORD characters and given a place to break every
    BREAK_EVERY characters (U+200B). For display only: copy and save the original text."""

    def wrap(match: re.Match) -> str:
        run = shown(match.group(), LONGEST_WORD)
        return "\u200b".join(run[i:i + BREAK_EVERY] for i in range(0, len(run), BREAK_EVERY))

    return shown(_RUN.sub(wrap, text or ""), limit)


class ElidedLabel(QLabel):
    """One line of text, elided (``mode``: at the end by default) to the width it is given;
    the text (up to TIP_CHARACTERS) is its tooltip, up to SHOWN_CHARACTERS its accessible
    description.
    ``text()`` returns the whole text, as a QLabel's would."""

    def __init__(self, text: str = "", parent: QWidget | None = None, *,
                 mode: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(parent)
        self._full = ""
        self._mode = mode
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        self._full = text or ""
        self.setToolTip(tip(self._full) if self._full else "")
        self.setAccessibleDescription(shown(self._full))
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        return QSize(metrics.horizontalAdvance("…") * 4 + margins.left() + margins.right(),
                     metrics.height() + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = min(metrics.horizontalAdvance(shown(self._full, PREFERRED_CHARACTERS * 2)),
                    metrics.averageCharWidth() * PREFERRED_CHARACTERS)
        return QSize(width + margins.left() + margins.right(), metrics.height() + margins.top() + margins.bottom())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        # Only the first line of the text, cut before measuring: a 10,000-character name is
        # measured in one pass per resize otherwise.
        line = shown(self._full.splitlines()[0] if self._full else "", 2000)
        QLabel.setText(self, self.fontMetrics().elidedText(line, self._mode, max(width, 0)))
