"""Belarusian and Russian names in the Latin spellings people actually meet: passport
(the Belarusian national practice, ICAO-style, no diacritics), Łacinka (the classical
Belarusian Latin alphabet) and press (the everyday English rendering of the Russian form).

Used to make realistic demo names and to name the scheme in a match's explanation.
"""

from __future__ import annotations

# Transliteration. Passport Latin follows the Belarusian national practice used in
# passports (ICAO-style, no diacritics); Łacinka is the classical Belarusian Latin
# alphabet; press Latin is the everyday English rendering of the Russian form.

_BE_VOWELS = "аеёіоуыэюяў"  # ў counts: е, ё, ю, я after it are iotated (Салаўёў)
_BE_IOTATED = "еёюя"
_BE_PASSPORT = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "zh", "з": "z",
    "і": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ў": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "ы": "y", "ь": "", "'": "", "’": "", "ʼ": "", "э": "e",
}
# (after a consonant, at the start or after a vowel, ь or apostrophe)
_BE_PASSPORT_IOTATED = {"е": ("e", "ye"), "ё": ("io", "yo"), "ю": ("iu", "yu"), "я": ("ia", "ya")}
_BE_LACINKA = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "ж": "ž", "з": "z",
    "і": "i", "й": "j", "к": "k", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ў": "ŭ", "ф": "f", "х": "ch", "ц": "c", "ч": "č",
    "ш": "š", "ы": "y", "ь": "", "'": "", "’": "", "ʼ": "", "э": "e",
}
_BE_LACINKA_SOFT = {"з": "ź", "с": "ś", "ц": "ć", "н": "ń", "л": "l"}  # before ь
_BE_LACINKA_IOTATED = {"е": ("ie", "je"), "ё": ("io", "jo"), "ю": ("iu", "ju"), "я": ("ia", "ja")}
_BE_AFTER_L = {"е": "e", "ё": "o", "ю": "u", "я": "a"}  # l already marks the softness

_RU_VOWELS = "аеёиоуыэюяьъ"
_RU_PRESS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "ж": "zh", "з": "z", "и": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s",
    "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ё": "yo", "ю": "yu", "я": "ya",
}


def _cased(latin: str, upper: bool) -> str:
    return latin[:1].upper() + latin[1:] if upper and latin else latin


def be_to_passport(text: str) -> str:
    """Belarusian Cyrillic in passport Latin: Аляксей Падлобнікаў -> Aliaksei Padlobnikau."""
    out = []
    low = text.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        if ch in _BE_PASSPORT_IOTATED:
            soft, initial = _BE_PASSPORT_IOTATED[ch]
            latin = soft if prev.isalpha() and prev not in _BE_VOWELS and prev != "ь" else initial
        elif ch == "й" and prev == "ы":
            latin = ""  # -ый is written -y (Dzmitry)
        else:
            latin = _BE_PASSPORT.get(ch, ch)
        out.append(_cased(latin, text[i].isupper()))
    return "".join(out)


def _lacinka_l(low: str, i: int) -> str:
    nxt = low[i + 1] if i + 1 < len(low) else ""
    if nxt == "л":  # a doubled л is soft or hard as a whole (Наталля -> Natalla)
        return _lacinka_l(low, i + 1)
    return "l" if nxt and (nxt in _BE_IOTATED or nxt in "іь") else "ł"


def be_to_lacinka(text: str) -> str:
    """Belarusian Cyrillic in Łacinka: Аляксей Падлобнікаў -> Alaksiej Padłobnikaŭ."""
    out = []
    low = text.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if ch in _BE_LACINKA_IOTATED:
            if prev == "л":
                latin = _BE_AFTER_L[ch]
            elif prev.isalpha() and prev not in _BE_VOWELS and prev != "ь":
                latin = _BE_LACINKA_IOTATED[ch][0]
            else:
                latin = _BE_LACINKA_IOTATED[ch][1]
        elif ch == "л":
            latin = _lacinka_l(low, i)
        elif nxt == "ь" and ch in _BE_LACINKA_SOFT:
            latin = _BE_LACINKA_SOFT[ch]
        else:
            latin = _BE_LACINKA.get(ch, ch)
        out.append(_cased(latin, text[i].isupper()))
    return "".join(out)


def ru_to_press(text: str) -> str:
    """Russian Cyrillic as English-language media spell it: Малиновский -> Malinovsky."""
    out = []
    low = text.lower()
    for i, ch in enumerate(low):
        prev = low[i - 1] if i else " "
        nxt = low[i + 1] if i + 1 < len(low) else " "
        if ch == "е":
            latin = "ye" if not prev.isalpha() or prev in _RU_VOWELS else "e"
        elif ch in "иы" and nxt == "й" and not (low[i + 2:i + 3].isalpha()):
            latin = "y"  # -ий, -ый at the end: Vysotsky, Dmitry
        elif ch == "й":
            latin = "" if prev in "иы" and not nxt.isalpha() else ("y" if not prev.isalpha() else "i")
        else:
            latin = _RU_PRESS.get(ch, ch)
        out.append(_cased(latin, text[i].isupper()))
    return "".join(out)
