"""Printable reports: the case summary and the aggregate report, internal or public, built
in memory as PDF bytes with ReportLab (common.py holds the page template and fonts)."""
