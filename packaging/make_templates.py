"""Write the urgent-request templates (resources/templates/urgent_request.{en,ru}.docx).

    python packaging/make_templates.py

The templates are ordinary Word files with docxtpl (Jinja) placeholders; an organisation may
replace them with its own, keeping the placeholder names documented in docs/rapid-response.md.
This script only regenerates the shipped ones (python-docx writes them; nothing else needed).
"""

from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "templates"

WORDS = {
    "en": {
        "urgent": "URGENT — {{ body.request_title }}",
        "to": "To: {{ body.name }}",
        "rule": "Basis: {{ body.rule }}",
        "date": "Date: {{ today }}",
        "intro": ("On behalf of {{ client.name }}, a citizen of {{ client.citizenship }} held in Russia, we ask "
                  "{{ body.short }} to {{ body.measure }}."),
        "removal_h": "1. The scheduled or feared removal",
        "removal": "{{ removal.text }}",
        "person_h": "2. The person",
        "name": "Name: {{ client.name }}",
        "other": "Other spellings: {{ client.other_names }}",
        "birth": "Date of birth: {{ client.birth_date }}",
        "citizenship": "Citizenship: {{ client.citizenship }}",
        "hometown": "Place of origin: {{ client.hometown }}",
        "residence": "Residence in Russia: {{ client.residence }}",
        "held_h": "3. Where the person is held",
        "held": "{{ detention }}",
        "charges_h": "4. The requesting state's charges and their political context",
        "charge": "{{ c }}",
        "context": "{{ context }}",
        "history_h": "5. Procedural history",
        "h_date": "Date", "h_time": "Time", "h_event": "Event", "h_place": "Place",
        "risks_h": "6. The risks on return",
        "risk": "{{ r }}",
        "filed_h": "7. What has already been filed",
        "filed": "{{ f }}",
        "measure_h": "8. The measure requested",
        "measure": "{{ body.measure_text }}",
        "counsel_h": "Counsel",
        "counsel": "{{ counsel }}",
    },
    "ru": {
        "urgent": "СРОЧНО — {{ body.request_title }}",
        "to": "Кому: {{ body.name }}",
        "rule": "Основание: {{ body.rule }}",
        "date": "Дата: {{ today }}",
        "intro": ("Просим {{ body.short }} {{ body.measure }}. Лицо: {{ client.name }}; гражданство: "
                  "{{ client.citizenship }}; находится в России."),
        "removal_h": "1. Назначенная или ожидаемая высылка",
        "removal": "{{ removal.text }}",
        "person_h": "2. Сведения о лице",
        "name": "Имя: {{ client.name }}",
        "other": "Другие написания: {{ client.other_names }}",
        "birth": "Дата рождения: {{ client.birth_date }}",
        "citizenship": "Гражданство: {{ client.citizenship }}",
        "hometown": "Место происхождения: {{ client.hometown }}",
        "residence": "Место жительства в России: {{ client.residence }}",
        "held_h": "3. Где содержится лицо",
        "held": "{{ detention }}",
        "charges_h": "4. Обвинения запрашивающего государства и их политический контекст",
        "charge": "{{ c }}",
        "context": "{{ context }}",
        "history_h": "5. Ход производства",
        "h_date": "Дата", "h_time": "Время", "h_event": "Событие", "h_place": "Место",
        "risks_h": "6. Риски в случае возвращения",
        "risk": "{{ r }}",
        "filed_h": "7. Что уже подано",
        "filed": "{{ f }}",
        "measure_h": "8. Испрашиваемая мера",
        "measure": "{{ body.measure_text }}",
        "counsel_h": "Представитель",
        "counsel": "{{ counsel }}",
    },
}


def build(lang: str) -> Document:
    w = WORDS[lang]
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    title = doc.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = title.add_run(w["urgent"])
    run.bold = True
    run.font.size = Pt(14)
    for key in ("to", "rule", "date"):
        doc.add_paragraph(w[key])
    doc.add_paragraph(w["intro"])
    doc.add_heading(w["removal_h"], level=2)
    doc.add_paragraph(w["removal"])
    doc.add_heading(w["person_h"], level=2)
    for key in ("name", "other", "birth", "citizenship", "hometown", "residence"):
        doc.add_paragraph(w[key])
    doc.add_heading(w["held_h"], level=2)
    doc.add_paragraph(w["held"])
    doc.add_heading(w["charges_h"], level=2)
    doc.add_paragraph("{%p for c in charges %}")
    doc.add_paragraph(w["charge"], style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_paragraph(w["context"])
    doc.add_heading(w["history_h"], level=2)
    table = doc.add_table(rows=3, cols=4)
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, ("h_date", "h_time", "h_event", "h_place")):
        cell.text = w[key]
        cell.paragraphs[0].runs[0].bold = True
    table.rows[1].cells[0].text = "{%tr for e in history %}"
    for cell, expr in zip(table.rows[2].cells, ("{{ e.date }}", "{{ e.time }}", "{{ e.event }}", "{{ e.place }}")):
        cell.text = expr
    end = table.add_row()
    end.cells[0].text = "{%tr endfor %}"
    doc.add_heading(w["risks_h"], level=2)
    doc.add_paragraph("{%p for r in risks %}")
    doc.add_paragraph(w["risk"], style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_heading(w["filed_h"], level=2)
    doc.add_paragraph("{%p for f in filed %}")
    doc.add_paragraph(w["filed"], style="List Bullet")
    doc.add_paragraph("{%p endfor %}")
    doc.add_heading(w["measure_h"], level=2)
    doc.add_paragraph(w["measure"])
    doc.add_heading(w["counsel_h"], level=2)
    doc.add_paragraph(w["counsel"])
    core = doc.core_properties
    core.author = core.last_modified_by = "Abarona"
    core.title = core.comments = ""
    return doc


def main() -> int:
    TARGET.mkdir(parents=True, exist_ok=True)
    for lang in WORDS:
        build(lang).save(TARGET / f"urgent_request.{lang}.docx")
    return 0


if __name__ == "__main__":
    sys.exit(main())
