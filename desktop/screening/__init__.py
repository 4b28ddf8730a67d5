"""Wanted-list screening and duplicate clients: reading list files, matching, stored lists."""
