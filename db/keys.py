"""Passphrase normalisation: the same typed phrase opens the vault on every OS."""

from __future__ import annotations

import unicodedata


def normalise_passphrase(passphrase: str | bytes) -> str | bytes:
    if isinstance(passphrase, bytes):
        return passphrase
    return unicodedata.normalize("NFC", passphrase)
