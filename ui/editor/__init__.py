"""The case editor's pages: one widget per tab, each filling itself from a case and writing
its fields back (the editor frame itself is ``ui.case_editor.CaseEditor``)."""
