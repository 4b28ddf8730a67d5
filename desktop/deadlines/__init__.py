"""Procedural deadlines: pure term arithmetic (terms), stored deadlines (service), the dashboard and the calendar export."""
