"""Writes this folder's fixtures with the FIRST release's code (commit 984faa5), not today's.

    git worktree add --detach /tmp/r1 984faa5 && cd /tmp/r1 && python3 -m venv .venv \
        && .venv/bin/pip install -e '.[test]' \
        && .venv/bin/python <this file> <this folder>

Made-up people only. Writes vault.abarona, backup.abarona, handoff.abarona and manifest.json
(what the files hold, written by the first release itself) and prints the hand-off package's
passphrase; the passphrases are in README.md.
The files are committed: regenerating them makes new ones (new salts, ids and times).
"""

from __future__ import annotations

import hashlib
import json
import sys
import tempfile
from pathlib import Path

from db.vault import create_vault
from desktop import backups, documents, handoff, interchange

VAULT_PASSPHRASE = "стары сейф — Старый сейф 2025 ў"
BACKUP_PASSPHRASE = "рэзервовая копія Łacinka ŭ"

CASES = [
    {
        "reference": "R1-2021-001", "kind": "extradition", "status": "open", "outcome": "pending",
        "person": {"name": "Алесь Ўладзіміравіч Шчэрбы", "names": [
            {"value": "Алесь Шчэрбы", "lang": "be"}, {"value": "Aleś Ščerby", "lang": "be"},
            {"value": "Алесь Щербый", "lang": "ru"}, {"value": "Ales Shcherby", "lang": "en"}],
            "birth_date": "1987-03-14", "citizenship": ["BY"], "hometown": "Гродна",
            "publicity": "public"},
        "arrest": {"date": "2021-06-02", "place": "Москва"},
        "charges": [{"jurisdiction": "BY", "code": "CC", "article": "342", "part": "1"},
                    {"jurisdiction": "BY", "code": "CC", "article": "361-1"}],
        "events": [
            {"type": "arrest", "date": "2021-06-02", "place": "Москва"},
            {"type": "custody_ordered", "date": "2021-06-04", "body": "Тверской районный суд"},
            {"type": "interim_measures_granted", "date": "2021-07-21", "time": "09:30", "body": "ECtHR"},
        ],
        "tags": ["ecthr"], "summary": "Выдуманая справа для праверкі абнаўлення. Łacinka: Ščerby, žyćcio.",
    },
    {
        "reference": "R1-2022-014", "kind": "expulsion_handover", "status": "closed", "outcome": "handed_over",
        "person": {"name": "Іна Мікалаеўна Дзяўчук", "names": [
            {"value": "Инна Николаевна Девчук", "lang": "ru"}, {"value": "Ina Dziaŭčuk", "lang": "be"}],
            "birth_date": "1990-11~", "citizenship": ["BY", "RU"], "publicity": "initials"},
        "arrest": {"date": "2022-02", "place": "Смоленская область"},
        "charges": [{"jurisdiction": "RU", "code": "AO", "article": "18.8", "part": "3"}],
        "events": [
            {"type": "arrest", "date": "2022-02", "place": "Смоленская область"},
            {"type": "release", "date": "2022-03-01", "text": "Вызвалена, потым выдворана."},
        ],
        "summary": "Выдуманая.",
    },
    {
        "reference": "R1-2023-007", "kind": "abduction", "status": "open", "outcome": "unknown",
        "person": {"name": "Пётр Ёсіфавіч Кудзін", "birth_date": "1979", "citizenship": ["BY"],
                   "publicity": "withheld"},
        "events": [{"type": "arrest", "date": "2023-09-18/2023-09-20", "place": "Санкт-Петербург"}],
    },
]


def main(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    vault_path = folder / "vault.abarona"
    document_bytes = "Выдуманы дакумент: пастанова аб узяцці пад варту (ў, і, Ł).\n".encode("utf-8") * 20
    with create_vault(vault_path, VAULT_PASSPHRASE, author="Ганна Іванова") as vault:
        interchange.import_cases(vault, interchange.read_cases(
            {"format": "abarona-cases", "version": 1, "cases": CASES}), source="release1")
        first = vault.conn.execute("SELECT id FROM cases WHERE reference = 'R1-2021-001'").fetchone()[0]
        doc = documents.add_document(vault, first, name="пастанова_ў.txt", data=document_bytes,
                                     note="Выдуманы")
        with tempfile.TemporaryDirectory() as tmp:
            made = backups.create_backup(vault, tmp, passphrase=BACKUP_PASSPHRASE)
            made.path.rename(folder / "backup.abarona")
        exported = handoff.export_package(vault, ["R1-2021-001", "R1-2022-014"], folder / "handoff.abarona")
        counts = {table: vault.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for (table,) in vault.conn.execute(
                      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
                      " AND name NOT LIKE '%fts%' ORDER BY name")}
        schema_version = vault.schema_version
    manifest = {
        "release": "984faa5", "schema_version": schema_version,
        "vault_counts": counts, "backup_counts": made.counts, "handoff_counts": exported.counts,
        "handoff_references": [ref for _id, ref in exported.cases],
        "document": {"id": doc.id, "name": doc.name, "sha256": hashlib.sha256(document_bytes).hexdigest()},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (folder / "vault.abarona.lock").unlink(missing_ok=True)
    print("hand-off passphrase (put it in README.md):", exported.passphrase)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
