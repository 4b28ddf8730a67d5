"""Passphrases: generating strong ones from random words, and judging typed ones."""

from __future__ import annotations

import functools
from dataclasses import dataclass

import zxcvbn
from xkcdpass import xkcd_password

WORDS = 6  # from 7,776 words: about 77 bits


@functools.cache
def _wordlist() -> list[str]:
    return xkcd_password.generate_wordlist(
        wordfile=xkcd_password.locate_wordfile("eff-long"), min_length=3, max_length=9)


def generate(words: int = WORDS) -> str:
    """Random words from the EFF long list, drawn with the OS's secure random source."""
    return xkcd_password.generate_xkcdpassword(_wordlist(), numwords=words, delimiter="-")


@dataclass(frozen=True)
class Strength:
    """How many guesses an offline attacker needs, as a level from 0 to 4.

    The levels are set by guesses rather than zxcvbn's own score, whose dictionaries know
    no Russian or Belarusian words: a vault file can be attacked offline, so a phrase
    should need 10^14 guesses to be called strong.
    """

    guesses_log10: float

    @property
    def level(self) -> int:
        """0 to 4: how many of 10^8, 10^10, 10^12 and 10^14 guesses the passphrase needs."""
        return sum(self.guesses_log10 >= t for t in (8, 10, 12, 14))

    @property
    def acceptable(self) -> bool:
        """True from 10^12 guesses: the least a vault's passphrase may need."""
        return self.guesses_log10 >= 12


def strength(passphrase: str) -> Strength:
    """How strong a passphrase is against offline guessing (:class:`Strength`; zxcvbn's guess
    estimate of its first 64 characters); an empty one has strength 0."""
    if not passphrase:
        return Strength(0.0)
    # zxcvbn's cost grows quickly with length; beyond 64 characters it judges the start.
    return Strength(float(zxcvbn.zxcvbn(passphrase[:64])["guesses_log10"]))
