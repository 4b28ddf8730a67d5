"""The vault: SQLCipher connection and keying, schema migrations and every SQL query."""
