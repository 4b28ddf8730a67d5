"""Format characters are dropped by one regular expression (issue 19, cause 4): it must
name exactly the characters unicodedata puts in category Cf, and clean() must give what
the character-by-character definition gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from desktop.names import folding


def _reference_clean(text: str) -> str:
    """The definition: every character of category Cf dropped, then NFKC."""
    if text.isascii():
        return text
    return unicodedata.normalize("NFKC", "".join(ch for ch in text if unicodedata.category(ch) != "Cf"))


def test_the_class_is_exactly_unicodes_format_characters():
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    matched = set(folding._FORMAT.findall(everything))
    cf = {ch for ch in everything if unicodedata.category(ch) == "Cf"}
    assert matched == cf, (sorted(f"U+{ord(c):04X}" for c in matched ^ cf), unicodedata.unidata_version)
    # the quick scan finds every one of them, so no text that holds one is passed over
    assert cf <= set(folding._MAYBE_FORMAT.findall(everything))


_FORMATS = [chr(c) for c in (0xAD, 0x200B, 0x200D, 0x202E, 0x2066, 0xFEFF, 0x110BD, 0xE0041, 0x1D173)]


@given(st.lists(st.one_of(st.text(max_size=8), st.sampled_from(_FORMATS), st.sampled_from(["Смо", "ленск", "Ａ", "😀"])),
                max_size=12))
def test_clean_drops_format_characters_as_the_definition_does(parts):
    text = "".join(parts)
    assert folding.clean(text) == _reference_clean(text)
    assert folding.clean_text(text) == _reference_clean(text)
