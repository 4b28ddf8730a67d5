"""Builders for report tests: a full case with parties, documents and deadlines, in a real vault.

Parties, documents and deadlines go in as rows (their editing services belong to other
features); everything else goes through the case service.
"""

from __future__ import annotations

import hashlib
import io
import re
import unicodedata

from pypdf import PdfReader

from db.records import Case, Charge, Event, Person, PersonName
from db.vault import new_id, now_utc
from desktop.cases import service as svc


def full_case(reference: str = "BY-2021-003", *, publicity: str = "public", name: str = "Аляксей Кудзін",
              spellings: tuple[str, ...] = ("Алексей Кудин", "Alaksiej Kudzin"), **overrides) -> Case:
    case = Case(
        reference=reference, kind="extradition", status="closed", outcome="extradited",
        person=Person(
            name, names=[PersonName(s) for s in spellings], birth_date="1988-05~", citizenship=["BY"],
            hometown="Hrodna", residence="Moscow, Lenina 5-17", contact="+7 915 555 01 23",
            publicity=publicity, notes="Person note: prefers calls after 18:00.",
        ),
        arrest_date="2021-01-21", arrest_place="Moscow Oblast", region="Moscow Oblast",
        facility="SIZO-1 Matrosskaya Tishina", lawyer="Hanna Ivanova", state_appointed=False,
        summary="Extradition sought under art. 363 CC.", notes="Internal: family asked for discretion.",
        tags=["interim-measures-ignored"],
        charges=[Charge("BY", "CC", "363", "2", note="Charge note: police report only.")],
        events=[
            Event("arrest", "2021-01-21", time="22:40", place="Moscow Oblast"),
            Event("custody_ordered", "2021-01-23", body="Zamoskvoretsky District Court"),
            Event("interim_measures_granted", "2021-07-21", time="09:30", body="ECtHR"),
            Event("extradited", "2021-07-21", text="Removed in secret; family and lawyer not told.",
                  source="Relative's call"),
            Event("sentenced", "2021-08-11~", text="2.5 years"),
        ],
    )
    for key, value in overrides.items():
        setattr(case, key, value)
    return case


def add_party(vault, case_id: str, name: str, *, kind: str = "person", role: str = "relative",
              contact: str | None = None, note: str | None = None) -> None:
    now = now_utc()
    party_id = new_id()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO parties(id, name, kind, contact, notes, created_at, updated_at)"
                     " VALUES (?,?,?,?,?,?,?)", (party_id, name, kind, contact, None, now, now))
        conn.execute("INSERT INTO case_parties(id, case_id, party_id, role, note, created_at, updated_at)"
                     " VALUES (?,?,?,?,?,?,?)", (new_id(), case_id, party_id, role, note, now, now))


def add_document(vault, case_id: str, name: str, data: bytes = b"%PDF-1.4 test", *, note: str | None = None) -> None:
    now = now_utc()
    doc_id = new_id()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO documents(id, case_id, event_id, name, mime, size, sha256, note, created_at,"
                     " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                     (doc_id, case_id, None, name, "application/pdf", len(data), hashlib.sha256(data).hexdigest(),
                      note, now, now))
        conn.execute("INSERT INTO document_chunks(document_id, seq, data) VALUES (?,?,?)", (doc_id, 0, data))


def add_deadline(vault, case_id: str, title: str, due: str, *, status: str = "open", basis: str | None = None) -> None:
    now = now_utc()
    with vault.transaction() as conn:
        conn.execute("INSERT INTO deadlines(id, case_id, title, due, status, basis, created_at, updated_at)"
                     " VALUES (?,?,?,?,?,?,?,?)", (new_id(), case_id, title, due, status, basis, now, now))


def create(vault, case: Case) -> Case:
    return svc.create_case(vault, case)


def pdf_text(pdf: bytes) -> str:
    """All text of a PDF, as a reader would copy it (NFC)."""
    reader = PdfReader(io.BytesIO(pdf))
    return unicodedata.normalize("NFC", "\n".join(page.extract_text() or "" for page in reader.pages))


def flat(text: str) -> str:
    """Text with every run of white space as one space (table cells wrap)."""
    return re.sub(r"\s+", " ", text)


def metadata(pdf: bytes) -> dict[str, str]:
    meta = PdfReader(io.BytesIO(pdf)).metadata or {}
    return {str(k): str(v) for k, v in meta.items()}
