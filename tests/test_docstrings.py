"""Public functions in desktop/ have docstrings that say which errors they raise (issue 18,
item 6): every public module-level function and every public method of a public class has a
docstring, and each exception class it raises itself is named there."""

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


def _public_functions():
    """(where, function) for every public function and public method of a public class."""
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        if "cli" in path.relative_to(ROOT).parts:  # commands report errors; they do not raise them
            continue
        where = path.relative_to(ROOT).as_posix()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                yield f"{where}:{node.lineno} {node.name}", node
            elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                for item in node.body:
                    if isinstance(item, ast.FunctionDef) and not item.name.startswith("_"):
                        yield f"{where}:{item.lineno} {node.name}.{item.name}", item


def test_public_functions_have_docstrings():
    missing = [where for where, function in _public_functions() if not ast.get_docstring(function)]
    assert not missing, "give these a docstring (shapes, units, errors raised):\n" + "\n".join(missing)


def test_public_functions_name_the_errors_they_raise():
    missing = [f"{where}: {name}" for where, function in _public_functions()
               for name in sorted(_raised(function)) if name not in (ast.get_docstring(function) or "")]
    assert not missing, "name these errors in the docstrings:\n" + "\n".join(missing)
