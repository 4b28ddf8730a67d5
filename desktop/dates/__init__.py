"""Dates as the law and the record keep them: EDTF parsing and the Russian production calendar."""
