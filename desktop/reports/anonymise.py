"""Public copies of report data: every person named only as they consented.

A public copy is built field by field from what may be shown (a whitelist), so a field
added to a record later stays out of public reports until someone decides otherwise:

- the client: full name when ``public``, initials ("D.S.") when ``initials``, "Person 7"
  when ``withheld`` (numbered stably within one report);
- never: other spellings of a hidden name, contact details, residence, the responsible
  lawyer, the case reference (an organisation's references may carry names), tags,
  sources, documents, private persons among the parties, internal notes;
- free text (the case summary, event texts) only when the user includes it on purpose;
- every remaining piece of user text (places, bodies, regions, deadline titles, included
  free text) is scrubbed of every spelling of every hidden name: any 3+ letter part of
  them, matched case-insensitively, and any word that folds like one across scripts.
"""

from __future__ import annotations

from dataclasses import replace

import re
import unicodedata
from collections.abc import Iterable

from db.records import Case, Charge, Event, Person
from db.reports import DeadlineLine, PartyLine
from desktop.names import folding as names
from desktop.reports.common import word
from desktop.reports.model import AggregateData, CaseLine, SummaryData

MIN_PART = 3
_LETTERS = re.compile(r"[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")


def name_parts(name: str) -> set[str]:
    """What of a name must not appear: the whole name and each run of 3+ letters in it,
    case-folded and NFC-normalised."""
    folded = unicodedata.normalize("NFC", name).casefold().strip()
    parts = {p for p in _LETTERS.findall(folded) if len(p) >= MIN_PART}
    if len(folded) >= MIN_PART:
        parts.add(folded)
    return parts


class Scrubber:
    """Replaces every occurrence of a hidden name (or a part of one) in a piece of text."""

    def __init__(self, hidden: Iterable[str], replacement: str, *, keys: Iterable[str] | None = None) -> None:
        """``keys``: the names' folded search keys when already known (they are stored)."""
        self.replacement = replacement
        self._parts: set[str] = set()
        self._keys: set[str] = set()
        for name in hidden:
            if not name:
                continue
            self._parts |= name_parts(name)
            if keys is None:
                self._keys.update(names.fold_word(w) for w in _WORD.findall(name) if len(w) > MIN_PART)
        if keys is not None:
            self._keys.update(k for key in keys for k in key.split())
        self._keys = {k for k in self._keys if len(k) >= MIN_PART}
        self._heads = {p[:MIN_PART] for p in self._parts}
        self._longest = max((len(p) for p in self._parts), default=0)

    def __bool__(self) -> bool:
        return bool(self._parts)

    def __call__(self, text: str | None) -> str | None:
        if not text or not self._parts:
            return text
        text = unicodedata.normalize("NFC", text)
        folded = text.casefold()
        if len(folded) != len(text):  # rare letters (ß) change length when folded
            text = folded
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            end = 0
            if folded[i:i + MIN_PART] in self._heads:
                for j in range(min(n, i + self._longest), i + MIN_PART - 1, -1):
                    if folded[i:j] in self._parts:
                        end = j
                        break
            if end:
                out.append(self.replacement)
                i = end
            else:
                out.append(text[i])
                i += 1
        result = "".join(out)
        if self._keys:
            result = _WORD.sub(self._fold_match, result)
        return result

    def _fold_match(self, match: re.Match) -> str:
        w = match.group()
        if len(w) > MIN_PART and names.fold_word(w) in self._keys:
            return self.replacement
        return w


def person_label(display_name: str, publicity: str, number: int, lang: str) -> str:
    """How a public report names a person: the name when ``publicity`` is "public", the
    initials when "initials" ("Person N" when there are none), else "Person N" in ``lang``."""
    if publicity == "public":
        return display_name
    if publicity == "initials":
        return names.initials(display_name) or word("person_n", lang, number)
    return word("person_n", lang, number)


def _hidden_spellings(person: Person) -> list[str]:
    if person.publicity == "public":
        return []
    return [person.display_name, *(n.value for n in person.names)]


def public_summary(data: SummaryData, *, lang: str, include_notes: bool = False) -> SummaryData:
    """The public copy of a case summary."""
    case, person = data.case, data.case.person
    hidden = _hidden_spellings(person) + [p.name for p in data.parties if p.kind == "person"]
    scrub = Scrubber(hidden, word("withheld", lang))
    label = person_label(person.display_name, person.publicity, 1, lang)
    is_public = person.publicity == "public"
    public_person = Person(
        display_name=label,
        birth_date=person.birth_date if is_public else None,
        citizenship=list(person.citizenship),
        hometown=scrub(person.hometown) if is_public else None,
        publicity=person.publicity,
    )
    public_case = Case(
        reference="",
        kind=case.kind, status=case.status, outcome=case.outcome, person=public_person,
        arrest_date=case.arrest_date, arrest_place=scrub(case.arrest_place),
        region=scrub(case.region), facility=scrub(case.facility),
        summary=scrub(case.summary) if include_notes else None,
        charges=[Charge(c.jurisdiction, c.code, c.article, c.part) for c in case.charges],
        events=[
            Event(type=e.type, date=e.date, time=e.time, place=scrub(e.place), body=scrub(e.body),
                  text=scrub(e.text) if include_notes else None, id=e.id,
                  date_lower=e.date_lower, date_upper=e.date_upper)
            for e in case.events
        ],
        id=case.id, arrest_lower=case.arrest_lower, arrest_upper=case.arrest_upper,
    )
    return SummaryData(
        case=public_case,
        person_label=label,
        other_names=[],
        deadlines=[DeadlineLine(scrub(d.title) or "", d.due, d.status, scrub(d.basis)) for d in data.deadlines],
        parties=[PartyLine(scrub(p.name) or "", p.kind, p.role, None, None, None)
                 for p in data.parties if p.kind != "person"],
        documents=[],
        author="Abarona",
        generated=data.generated,
        public=True,
        include_notes=include_notes,
    )


def public_aggregate(data: AggregateData, *, lang: str) -> AggregateData:
    """The public copy of an aggregate report: persons numbered in table order."""
    hidden_lines = [line for line in data.lines if line.publicity != "public"]
    scrub = Scrubber([s for line in hidden_lines for s in line.spellings], word("withheld", lang),
                     keys=[k for line in hidden_lines for k in line.keys])
    numbers: dict[str, int] = {}
    lines = []
    scrubbed_regions: dict[str | None, str | None] = {}
    for line in data.lines:
        display = line.spellings[0] if line.spellings else line.person_label
        label = person_label(display, line.publicity, 0, lang)
        if line.publicity != "public" and (line.publicity == "withheld" or not names.initials(display)):
            label = word("person_n", lang, numbers.setdefault(line.person_id, len(numbers) + 1))
        if line.region not in scrubbed_regions:
            scrubbed_regions[line.region] = scrub(line.region)
        lines.append(CaseLine(
            person_id="", person_label=label,
            publicity=line.publicity, spellings=[], keys=[], reference="", kind=line.kind,
            outcome=line.outcome, status=line.status, arrest_date=line.arrest_date,
            region=scrubbed_regions[line.region], charges=list(line.charges),
        ))
    by_region: dict[str, int] = {}
    for region, count in data.by_region.items():
        key = scrub(region) or ""
        by_region[key] = by_region.get(key, 0) + count
    # Only counts travel on: free-text body names are scrubbed like regions; relatives,
    # contacts, notifications and places of detention never enter aggregate data at all.
    by_body: dict[str, int] = {}
    for body, count in (data.stats.by_body or {}).items():
        key = scrub(body) or ""
        by_body[key] = by_body.get(key, 0) + count
    return AggregateData(
        date_from=data.date_from, date_to=data.date_to, stats=replace(data.stats, by_body=by_body),
        by_region=by_region,
        fuzzy_dates=data.fuzzy_dates, undated=data.undated, interim_granted=data.interim_granted,
        interim_removed=data.interim_removed, custody=data.custody, lines=lines,
        author="Abarona", generated=data.generated, public=True,
        breakdowns=data.breakdowns, kind_outcome=data.kind_outcome,
    )
