"""Passphrase normalisation: the same typed phrase opens the vault on every OS."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata


def normalise_passphrase(passphrase: str | bytes) -> str | bytes:
    if isinstance(passphrase, bytes):
        return passphrase
    return unicodedata.normalize("NFC", passphrase)


#: SQLCipher 4's default key derivation, which every vault uses (no ``kdf_iter`` pragma is
#: ever set): PBKDF2-HMAC-SHA512, 256,000 iterations, a 32-byte key, salted with the file's
#: first 16 bytes. Source: SQLCipher's API documentation, "PRAGMA kdf_iter" and "Raw Key Data".
KDF_ALGORITHM = "sha512"
KDF_ITERATIONS = 256_000
KEY_BYTES = 32
SALT_BYTES = 16


def raw_key(salt: bytes, passphrase: str | bytes) -> str:
    """The derived key of ``passphrase`` for a file with this ``salt``, in SQLCipher's raw key
    syntax ``x'<64 hex digits>'``. Opening with it skips key derivation (for benchmarks and
    tests that open many copies of one file; the application always derives).

    ``salt``: the file's first 16 bytes (:func:`file_salt`). Raises ``ValueError`` for a salt
    of another length."""
    if len(salt) != SALT_BYTES:
        raise ValueError(f"a SQLCipher salt is {SALT_BYTES} bytes, not {len(salt)}")
    phrase = normalise_passphrase(passphrase)
    secret = phrase.encode("utf-8") if isinstance(phrase, str) else phrase
    key = hashlib.pbkdf2_hmac(KDF_ALGORITHM, secret, salt, KDF_ITERATIONS, KEY_BYTES)
    return f"x'{key.hex()}'"


def file_salt(path: str | os.PathLike[str]) -> bytes:
    """The salt of an encrypted vault-format file: its first 16 bytes. Raises ``OSError``."""
    with open(path, "rb") as handle:
        return handle.read(SALT_BYTES)


#: SQLCipher's raw key syntax: ``x'<64 hex digits of key>'``, optionally followed by the
#: file's 16-byte salt in 32 more hex digits (SQLCipher's API documentation, "Raw Key Data").
_RAW_KEY = re.compile(r"x'([0-9a-fA-F]{64})([0-9a-fA-F]{32})?'")


def is_raw_key(key: str | bytes) -> bool:
    """Whether ``key`` is already a raw key (SQLCipher then derives nothing from it)."""
    return isinstance(key, str) and _RAW_KEY.fullmatch(key) is not None


def salted_key(passphrase: str | bytes, salt: bytes) -> str:
    """The raw key with its salt, ``x'<64 hex key><32 hex salt>'``, that opens (or creates) a
    file with this ``salt`` exactly as ``passphrase`` does: SQLCipher derives nothing more, and
    the holder can write further files that open with the same passphrase (a backup under the
    vault's own key) without keeping the passphrase itself.

    A raw key given as ``passphrase`` is kept (its salt added when it has none). Raises
    ``ValueError`` for a salt that is not 16 bytes."""
    if len(salt) != SALT_BYTES:
        raise ValueError(f"a SQLCipher salt is {SALT_BYTES} bytes, not {len(salt)}")
    if isinstance(passphrase, str):
        match = _RAW_KEY.fullmatch(passphrase)
        if match:
            return passphrase if match.group(2) else f"x'{match.group(1)}{salt.hex()}'"
    return raw_key(salt, passphrase)[:-1] + salt.hex() + "'"
