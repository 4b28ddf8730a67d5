"""Public functions in desktop/ say in their docstrings which errors they raise (issue 18,
item 6): every exception class a public module-level function raises itself is named there."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _raised(function: ast.FunctionDef) -> set[str]:
    """Classes raised directly (``raise Name(...)``, ``raise module.Name``); factories such as
    from_driver() are lower-case and say in their own docstring what they return."""
    names = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Raise) and node.exc is not None:
            target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
            if name[:1].isupper():
                names.add(name)
    return names


def test_public_functions_name_the_errors_they_raise():
    missing = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if "cli" in path.relative_to(ROOT).parts:  # commands report errors; they do not raise them
            continue
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                doc = ast.get_docstring(node) or ""
                missing += [f"{path.relative_to(ROOT)}:{node.lineno} {node.name}: {name}"
                            for name in sorted(_raised(node)) if name not in doc]
    assert not missing, "name these errors in the docstrings:\n" + "\n".join(missing)
