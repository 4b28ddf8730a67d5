"""Schema migrations after the first: one module per change, ``mNNNN_what.py`` with
``upgrade(conn: sqlcipher3.Connection) -> None`` (DDL and data changes; it runs inside an
exclusive transaction that :mod:`db.vault` opens, so it must not commit). See db.schema."""
