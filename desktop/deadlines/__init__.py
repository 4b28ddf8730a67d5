"""Procedural deadlines: the rules engine and stored deadlines, the dashboard and the calendar export."""
