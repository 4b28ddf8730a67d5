"""Documents stored inside the vault, in chunks, never as files on disk."""

from __future__ import annotations

from collections.abc import Iterator

import sqlcipher3

from db.records import DocumentInfo

_COLUMNS = "id, case_id, event_id, name, mime, size, sha256, note, created_at"


def insert_document(conn: sqlcipher3.Connection, info: DocumentInfo, chunks: Iterator[bytes], *, now: str) -> None:
    conn.execute(
        f"INSERT INTO documents({_COLUMNS}, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (info.id, info.case_id, info.event_id, info.name, info.mime, info.size, info.sha256,
         info.note, now, now),
    )
    conn.executemany(
        "INSERT INTO document_chunks(document_id, seq, data) VALUES (?,?,?)",
        ((info.id, seq, chunk) for seq, chunk in enumerate(chunks)),
    )


def set_content(conn: sqlcipher3.Connection, document_id: str, *, size: int, sha256: str) -> None:
    """Record the size and SHA-256 of content streamed in after the document's row."""
    conn.execute("UPDATE documents SET size = ?, sha256 = ? WHERE id = ?", (size, sha256, document_id))


def list_documents(conn: sqlcipher3.Connection, case_id: str) -> list[DocumentInfo]:
    return [DocumentInfo(*row) for row in conn.execute(
        f"SELECT {_COLUMNS} FROM documents WHERE case_id = ? ORDER BY created_at, name", (case_id,))]


def get_document(conn: sqlcipher3.Connection, document_id: str) -> DocumentInfo | None:
    row = conn.execute(f"SELECT {_COLUMNS} FROM documents WHERE id = ?", (document_id,)).fetchone()
    return DocumentInfo(*row) if row else None


def chunks(conn: sqlcipher3.Connection, document_id: str) -> Iterator[bytes]:
    for (data,) in conn.execute(
            "SELECT data FROM document_chunks WHERE document_id = ? ORDER BY seq", (document_id,)):
        yield data


def update_document(conn: sqlcipher3.Connection, document_id: str, *, name: str, note: str | None,
                    event_id: str | None, now: str) -> None:
    conn.execute("UPDATE documents SET name = ?, note = ?, event_id = ?, updated_at = ? WHERE id = ?",
                 (name, note, event_id, now, document_id))


def delete_document(conn: sqlcipher3.Connection, document_id: str) -> None:
    conn.execute("DELETE FROM documents WHERE id = ?", (document_id,))
