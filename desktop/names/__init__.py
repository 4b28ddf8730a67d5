"""Names across scripts: folding, transliteration and fuzzy matching of people."""
