"""Showing stored text safely: characters that hide or reorder what a person reads.

A name or note may carry a NUL, a terminal escape, or a bidi control (U+202A–U+202E,
U+2066–U+2069) pasted from another program or put there on purpose: printed raw, a
right-to-left override turns "Kudin‮nivaI" into another reading, and an escape sequence
can rewrite a terminal. Stored text keeps them (nothing is lost); display shows them.

- :func:`visible` for the GUI: NUL as ␀ (U+2400), other C0 controls as their control
  pictures (U+2400 block), each bidi control as ``[U+202E]``.
- :func:`for_terminal` for the CLI: the same characters as ``\\u202e`` escapes, which
  are also valid inside a JSON string and stand for the same character there.

Source of the ranges: Unicode Standard Annex #9 (bidi explicit formatting characters)
and the C0 control range; CVE-2021-42574 ("Trojan Source") for why they are shown.
"""

from __future__ import annotations

import json
import math
import re

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_HIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f{BIDI_CONTROLS}]")


def _picture(ch: str) -> str:
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ ␁ ... the Control Pictures block
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"[U+{code:04X}]"


def visible(text: str | None) -> str:
    """``text`` with NUL, C0 controls (not tab or newline) and bidi controls shown as marks
    (str -> str; None -> '')."""
    if not text:
        return ""
    return _HIDDEN.sub(lambda m: _picture(m.group()), text)


def for_terminal(text: str) -> str:
    """``text`` with the same characters written as ``\\uXXXX`` escapes (str -> str)."""
    return _HIDDEN.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class TerminalWriter:
    """A text stream that writes through :func:`for_terminal` (the CLI wraps stdout and
    stderr in it, so no printed case data reorders or drives the terminal)."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        """Write ``text`` made safe for a terminal (:func:`for_terminal`); returns its length as
        given, as a stream's write does."""
        self._stream.write(for_terminal(text))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def shown(value: object) -> str:
    """A value from a file as its JSON reads (``"x"``, ``true``, ``null``, ``1e400`` as
    ``a number too large``), never Python's spelling (True, None, inf) before a user."""
    if isinstance(value, str):
        return '"' + (value if len(value) <= 60 else value[:60] + "…") + '"'
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, float) and not math.isfinite(value):
        return "a number too large"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    return "a list" if isinstance(value, list) else "an object" if isinstance(value, dict) else "this value"
