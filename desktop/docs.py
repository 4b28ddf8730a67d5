"""The user guides and the reference documents (docs/*.md) as HTML, for the Help menu and
for the bundle's guide/ folder.

Markdown is rendered with markdown-it-py (CommonMark, plus tables). Links between the
documents keep working: ``user-guide.md`` becomes ``user-guide.html`` in the HTML.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

#: The documents a reader gets: the guide in each interface language, and the references.
GUIDES = {"en": "user-guide.md", "ru": "user-guide.ru.md", "be": "user-guide.be.md"}
REFERENCES = ("cli.md", "interchange.md", "rapid-response.md", "team-sync.md", "huridocs.md")

_PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>
<style>body {{ font-family: sans-serif; max-width: 52em; margin: 1em auto; padding: 0 1em; line-height: 1.45; }}
img {{ max-width: 100%; border: 1px solid #c8c8c8; }} table {{ border-collapse: collapse; }}
td, th {{ border: 1px solid #c8c8c8; padding: 0.2em 0.5em; vertical-align: top; }}
code {{ background: #f0f0f0; }}</style></head>
<body>
{body}
</body></html>
"""


def folder() -> Path | None:
    """Where the documents are: ``guide/`` beside the program in the bundle, ``docs/`` in a
    source checkout; None when neither is there."""
    here = Path(sys.executable).parent / "guide" if getattr(sys, "frozen", False) else \
        Path(__file__).resolve().parent.parent / "docs"
    return here if here.is_dir() else None


def guide_name(lang: str) -> str:
    """The guide's file name in ``lang`` ("en", "ru", "be"; English for any other)."""
    return GUIDES.get(lang, GUIDES["en"])


def to_html(markdown: str, *, lang: str = "en", title: str = "Abarona") -> str:
    """A whole HTML page from Markdown text; links to ``*.md`` point to ``*.html``."""
    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark").enable("table").render(markdown)
    body = re.sub(r'href="([^":]+)\.md(#[^"]*)?"', lambda m: f'href="{m.group(1)}.html{m.group(2) or ""}"', body)
    return _PAGE.format(lang=lang, title=title, body=body)


def write_html(source: Path, target_folder: Path) -> Path:
    """Render one Markdown document into ``target_folder`` as ``NAME.html``; returns its path."""
    lang = next((code for code, name in GUIDES.items() if name == source.name), "en")
    text = source.read_text(encoding="utf-8")
    title = next((line.lstrip("# ").strip() for line in text.splitlines() if line.startswith("# ")), "Abarona")
    target = target_folder / (source.name[: -len(".md")] + ".html")
    target.write_text(to_html(text, lang=lang, title=title), encoding="utf-8")
    return target
