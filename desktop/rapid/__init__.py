"""Rapid response: the removal-risk alarm, its checklist, urgent requests to international
bodies drafted from the case, and every filing tracked to its answer (issue 16)."""
