"""Writing a report where the user chose, and noting in the audit trail that it left the vault."""

from __future__ import annotations

from pathlib import Path

from db import audit as audit_queries
from db.vault import Vault, now_utc
from desktop.vaults.atomic import write_atomically


def record(vault: Vault, *, report: str, case_id: str | None, public: bool, lang: str, action: str = "export") -> None:
    """One audit entry: which report, which mode, printed or saved (never where, never its text)."""
    with vault.transaction() as conn:
        audit_queries.record(
            conn,
            [("report", case_id or report, case_id, action,
              {"report": report, "mode": "public" if public else "internal", "lang": lang})],
            at=now_utc(), author=vault.author,
        )


def save(vault: Vault, path: Path, pdf: bytes, *, report: str, case_id: str | None, public: bool, lang: str) -> None:
    """Write the PDF atomically (whole or not at all), then note the export."""
    write_atomically(Path(path), pdf)
    record(vault, report=report, case_id=case_id, public=public, lang=lang)
