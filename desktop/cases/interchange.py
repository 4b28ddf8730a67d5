"""The JSON interchange format, version 1 (docs/interchange.md): import and export.

Import is all or nothing: every problem of every case is collected, with its reference
and field path; the file goes in as one transaction, and any problem rolls all of it back.
A file is read as a stream (issue 19, cause 7): the cases are parsed, checked and written
a chunk at a time inside that transaction, so memory stays flat at any file size. Export
writes exactly the fields of the format, so that export followed by import into an empty
vault gives the same cases.
"""

from __future__ import annotations

import codecs
import gc
import json
import uuid
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import BinaryIO

from db import audit as audit_queries
from db import cases as case_queries
from db import groups as group_queries
from db import rapid as rapid_queries
from db import search as search_queries
from db.rapid import ChecklistTick, Filing
from db.records import Case, CaseGroup, CaseParty, Charge, DetentionPlace, Event, Notification, Person, PersonName
from db.vault import Vault, new_id, now_utc
from desktop.vaults.atomic import write_atomically
from desktop.cases.service import (
    Problem, charge_warnings, prepare, reference_key, search_doc, spoken_field, unknown_articles, validate_case)
from desktop.deadlines.service import derive_new_cases
from desktop.deadlines.terms import resolve_place
from desktop.collector import collector_paused
from desktop.progress import Progress, report
from desktop.rapid import checklist as checklist_service
from desktop.rapid import filings as filing_service

FORMAT = "abarona-cases"
VERSION = 1
_TOP = {"format", "version", "cases"}
_CASE = ["id", "reference", "kind", "status", "outcome", "person", "arrest", "charges",
         "events", "tags", "summary", "region", "gravity", "learned", "groups", "parties", "detention",
         "filings", "checklist"]
_PERSON = ["name", "names", "birth_date", "citizenship", "hometown", "publicity"]
_NAME = ["value", "lang"]
_ARREST = ["date", "place"]
_CHARGE = ["jurisdiction", "code", "article", "part"]
_EVENT = ["type", "date", "time", "time_approx", "place", "body", "text"]
_EVENT_KEYS = frozenset(_EVENT)
_LEARNED = ["date", "how"]
_GROUP = ["id", "name", "kind", "note"]
_PARTY = ["name", "role", "kind", "contact", "note", "consent", "safe_to_contact", "contact_how",
          "notifications"]
_CONSENT = ["value", "date"]
_NOTIFICATION = ["date", "time", "text"]
_DETENTION = ["since", "time", "until", "place", "unknown", "note"]
# Issue 16: filings tracked to their answer, and the removal-risk checklist's ticks.
_FILING = ["kind", "body", "filed_at", "channel", "body_reference", "acknowledged_at", "answer", "answered_at",
           "expected_by", "note"]
_FILING_TEXT = {"body_reference": "reference", "answer": "answer", "note": "note"}  # format: Filing field
_TICK = ["step", "done_at", "done_by"]
_CHUNK = 500
_READ = 1 << 20  # bytes of the file read at a time when streaming it
_STREAMED = object()  # stands for the "cases" list while its cases are read one by one



class ImportRejected(ValueError):
    """The file was not imported; ``problems`` says why, all of it."""

    def __init__(self, problems: list[Problem]) -> None:
        shown = problems[:200]
        more = f"\n... and {len(problems) - len(shown)} more problems" if len(problems) > len(shown) else ""
        super().__init__("\n".join(str(p) for p in shown) + more)
        self.problems = problems


@dataclass
class ExchangedCase(Case):
    """A case as the format carries it: the case, and its filings and checklist ticks, which
    the case service does not keep on a case (desktop/rapid keeps them)."""

    filings: list[Filing] = field(default_factory=list)
    checklist: list[ChecklistTick] = field(default_factory=list)


@dataclass(frozen=True)
class ImportResult:
    cases: int
    events: int
    case_ids: list[str]
    warnings: tuple[str, ...] = ()  # imported, but worth a look: articles not in the catalogue
    unknown_articles: tuple[tuple[str, str], ...] = ()  # (case reference, "BY CC 999")


class _Reader:
    """Turns one case object into a record, noting structural problems by path."""

    def __init__(self, label: str, problems: list[Problem]) -> None:
        self.label = label
        self.problems = problems

    def bad(self, path: str, message: str, code: str = "invalid", **params) -> None:
        self.problems.append(Problem(self.label, path, message, code, params))

    def obj(self, value: object, path: str, allowed: list[str], *, required: tuple = ()) -> dict:
        if not isinstance(value, dict):
            self.bad(path, "must be an object", "type")
            return {}
        for key in getattr(value, "twice", ()):
            where = f"{path}.{key}" if path else key
            self.bad(where, f"{spoken_field(where)} is given twice in this case (the file has the key "
                     f"\"{key}\" two times); keep one and import again", "duplicate_key", key=key)
        for key in value:
            if key not in allowed:
                self.bad(f"{path}.{key}" if path else key,
                         f"is not a field of the format (allowed: {', '.join(allowed)})", "unknown_field")
        for key in required:
            if key not in value:
                self.bad(f"{path}.{key}" if path else key, "is required", "required")
        return value

    def array(self, value: object, path: str) -> list:
        if value is None:
            return []
        if not isinstance(value, list):
            self.bad(path, "must be a list", "type")
            return []
        return value

    def case(self, raw: object) -> Case:
        d = self.obj(raw, "", _CASE, required=("reference", "kind", "person"))
        p = self.obj(d.get("person", {}), "person", _PERSON, required=("name",))
        names = []
        for i, item in enumerate(self.array(p.get("names"), "person.names")):
            n = self.obj(item, f"person.names[{i}]", _NAME, required=("value",))
            names.append(PersonName(n.get("value"), n.get("lang")))
        person = Person(
            display_name=p.get("name"), names=names, birth_date=p.get("birth_date"),
            citizenship=self.array(p.get("citizenship"), "person.citizenship"),
            hometown=p.get("hometown"), publicity=p.get("publicity", "withheld"),
        )
        arrest = self.obj(d["arrest"], "arrest", _ARREST) if "arrest" in d else {}
        charges = []
        for i, item in enumerate(self.array(d.get("charges"), "charges")):
            c = self.obj(item, f"charges[{i}]", _CHARGE, required=("jurisdiction", "code", "article"))
            charges.append(Charge(c.get("jurisdiction"), c.get("code"), c.get("article"), c.get("part")))
        events = []
        for i, item in enumerate(self.array(d.get("events"), "events")):
            if (isinstance(item, dict) and item.keys() <= _EVENT_KEYS and "type" in item and "date" in item
                    and not getattr(item, "twice", ())):
                e = item  # what obj() would find nothing wrong with, tested in C (issue 19, cause 4)
            else:
                e = self.obj(item, f"events[{i}]", _EVENT, required=("type", "date"))
            events.append(Event(type=e.get("type"), date=e.get("date"), time=e.get("time"),
                                place=e.get("place"), body=e.get("body"), text=e.get("text"),
                                time_approx=e.get("time_approx", False)))
        learned = self.obj(d["learned"], "learned", _LEARNED) if "learned" in d else {}
        groups = []
        for i, item in enumerate(self.array(d.get("groups"), "groups")):
            g = self.obj(item, f"groups[{i}]", _GROUP, required=("name",))
            groups.append(CaseGroup(name=g.get("name"), kind=g.get("kind", "incident"), note=g.get("note"),
                                    id=g.get("id")))
        parties = []
        for i, item in enumerate(self.array(d.get("parties"), "parties")):
            p = self.obj(item, f"parties[{i}]", _PARTY, required=("name", "role"))
            consent = self.obj(p["consent"], f"parties[{i}].consent", _CONSENT, required=("value",)) \
                if "consent" in p else {}
            notes = []
            for j, raw in enumerate(self.array(p.get("notifications"), f"parties[{i}].notifications")):
                n = self.obj(raw, f"parties[{i}].notifications[{j}]", _NOTIFICATION, required=("date",))
                notes.append(Notification(date=n.get("date"), time=n.get("time"), text=n.get("text")))
            parties.append(CaseParty(
                name=p.get("name"), role=p.get("role"), kind=p.get("kind", "person"), contact=p.get("contact"),
                note=p.get("note"), consent=consent.get("value"), consent_date=consent.get("date"),
                safe_to_contact=p.get("safe_to_contact"), contact_how=p.get("contact_how"), notifications=notes))
        detention = []
        for i, item in enumerate(self.array(d.get("detention"), "detention")):
            t = self.obj(item, f"detention[{i}]", _DETENTION, required=("since",))
            detention.append(DetentionPlace(since=t.get("since"), time=t.get("time"), until=t.get("until"),
                                            place=t.get("place"), unknown=t.get("unknown", False),
                                            note=t.get("note")))
        return ExchangedCase(
            id=d.get("id"), reference=d.get("reference"), kind=d.get("kind"),
            status=d.get("status", "open"), outcome=d.get("outcome", "pending"), person=person,
            arrest_date=arrest.get("date"), arrest_place=arrest.get("place"),
            tags=self.array(d.get("tags"), "tags"), summary=d.get("summary"),
            charges=charges, events=events, region=d.get("region"), gravity=d.get("gravity"),
            learned_date=learned.get("date"), learned_how=learned.get("how"),
            groups=groups, parties=parties, detention=detention,
            filings=self.filings(d.get("filings")), checklist=self.checklist(d.get("checklist")),
        )

    def filings(self, value: object) -> list[Filing]:
        found = []
        for i, item in enumerate(self.array(value, "filings")):
            path = f"filings[{i}]"
            raw = self.obj(item, path, _FILING, required=("kind", "body", "filed_at"))
            wrong_type = set()
            for key in _FILING:
                if raw.get(key) is not None and not isinstance(raw[key], str):
                    self.bad(f"{path}.{key}", f"{spoken_field(path + '.' + key)} must be text, in quotes", "type")
                    wrong_type.add(key)
            if not raw:
                continue
            filing = Filing(case_id="", kind=raw.get("kind"), body=raw.get("body"), filed_at=raw.get("filed_at"),
                            channel=raw.get("channel"), reference=raw.get("body_reference"),
                            acknowledged_at=raw.get("acknowledged_at"), answer=raw.get("answer"),
                            answered_at=raw.get("answered_at"), expected_by=raw.get("expected_by"),
                            note=raw.get("note"))
            problems = filing_service.problems(filing)
            for key, message in problems:
                if key in raw and key not in wrong_type:  # a missing one is named "required" above
                    self.bad(f"{path}.{key}", message, "filing")
            if wrong_type:
                continue
            if not problems:
                found.append(filing)
        return found

    def checklist(self, value: object) -> list[ChecklistTick]:
        found: list[ChecklistTick] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(self.array(value, "checklist")):
            path = f"checklist[{i}]"
            raw = self.obj(item, path, _TICK, required=("step", "done_at"))
            step, at, by = raw.get("step"), raw.get("done_at"), raw.get("done_by", "")
            ok = True
            if "step" in raw and (not isinstance(step, str) or not step.strip()):
                self.bad(f"{path}.step", "must name a step of the checklist (its id, e.g. \"call_facility\")", "type")
                ok = False
            elif isinstance(step, str) and step in seen:
                self.bad(f"{path}.step", f"is ticked twice in this case (checklist ticks {seen[step] + 1} and {i + 1}); "
                         "keep one", "duplicate_step")
                ok = False
            elif isinstance(step, str):
                seen[step] = i
            if "done_at" in raw:
                moment = _utc_moment(at)
                if moment is None:
                    self.bad(f"{path}.done_at", "is not a date and time with its zone: write it as "
                             "2022-04-05T14:30:00Z (UTC) or 2022-04-05T17:30:00+03:00", "moment")
                    ok = False
            if by is not None and not isinstance(by, str):
                self.bad(f"{path}.done_by", "must be text, in quotes (who ticked the step)", "type")
                ok = False
            if ok and raw and "step" in raw and "done_at" in raw:
                found.append(ChecklistTick(step=step, done_at=moment, done_by=by or ""))
        return found


def _utc_moment(value: object) -> str | None:
    """An ISO 8601 date-time with its zone as the vault keeps a tick's time (UTC, to the
    second: ``2022-04-05T14:30:00Z``); None for anything else (a date alone, no zone)."""
    if not isinstance(value, str) or "T" not in value.strip():
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        return None
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class _JsonObject(dict):
    """A JSON object that remembers the keys it was given more than once (``twice``):
    Python's json keeps the last silently, which would drop what the file also said."""

    twice: tuple[str, ...] = ()


def _object(pairs: list[tuple[str, object]]) -> dict:
    result = _JsonObject(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        result.twice = tuple(dict.fromkeys(k for k, _ in pairs if k in seen or seen.add(k)))
    return result


def _not_json(message: str, line: int, column: int) -> ImportRejected:
    return ImportRejected([Problem("file", "", f"is not valid JSON: {message} at line {line}, column {column}",
                                   "json", {"line": line, "column": column})])


def _number_too_long() -> ImportRejected:
    """Python's JSON parser refuses an integer of more than 4,300 digits (sys.int_info
    .str_digits_check_threshold, a guard against slow conversions): no field is such a number."""
    return ImportRejected([Problem("file", "", "holds a number thousands of digits long: no field of a case file is "
                                   "such a number, so the file is damaged or not an Abarona case file", "json")])


def _too_deep() -> ImportRejected:
    return ImportRejected([Problem("file", "", "is nested too deeply to be a case file", "json")])


def _not_utf8(byte: int) -> ImportRejected:
    return ImportRejected([Problem(
        "file", "", f"is not UTF-8 text (byte {byte}): save it as UTF-8 (in most editors: Save as, encoding "
        "UTF-8) and import again; a file in the Windows Cyrillic encoding (cp1251) or in UTF-16 needs that too",
        "encoding", {"byte": byte})])


_ZIP = b"PK\x03\x04"


def _wrong_kind(head: bytes, whole: bool) -> ImportRejected | None:
    """What the first bytes of a file say it is, when it cannot be a case file: empty (only
    white space; ``whole``: ``head`` is all of the file), a ZIP archive (a Word or Excel
    file, an .ods), UTF-32 or UTF-16 text (a byte-order mark, or zero bytes between the
    characters). None otherwise."""
    if head.startswith(_ZIP):
        return ImportRejected([Problem("file", "", "is a ZIP archive (for example a Word or Excel file), not a case "
                                       "file: export the cases from the other program as JSON in the Abarona format",
                                       "format", {"kind": "zip"})])
    if head.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")) or (len(head) >= 4 and (
            (head[0] and not any(head[1:4])) or (head[3] and not any(head[0:3])))):
        return ImportRejected([Problem("file", "", "is UTF-32 text: save it as UTF-8 (in most editors: Save as, "
                                       "encoding UTF-8) and import again", "encoding", {"kind": "utf32"})])
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(head) >= 4 and (
            (head[1] == 0 and head[3] == 0 and head[0]) or (head[0] == 0 and head[2] == 0 and head[1]))):
        return ImportRejected([Problem("file", "", "is UTF-16 text: save it as UTF-8 (in most editors: Save as, "
                                       "encoding UTF-8) and import again", "encoding", {"kind": "utf16"})])
    if whole and not head.removeprefix(_BOM).strip():
        return ImportRejected([Problem("file", "", "is empty: there is no case in it", "empty")])
    return None


def parse(data: bytes) -> dict:
    """Decode and parse a file's bytes; ImportRejected names the line and column."""
    wrong = _wrong_kind(data[:4096], len(data) <= 4096)
    if wrong is not None:
        raise wrong
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _not_utf8(exc.start) from None
    try:
        document = json.loads(text, object_pairs_hook=_object)
    except json.JSONDecodeError as exc:
        raise _not_json(exc.msg, exc.lineno, exc.colno) from None
    except ValueError:  # (after JSONDecodeError, a ValueError too) an integer too long to convert
        raise _number_too_long() from None
    except RecursionError:
        raise _too_deep() from None
    return document


_SPACE = re.compile(r"[ \t\n\r]*")  # JSON's whitespace (RFC 8259, section 2)
_BOM = codecs.BOM_UTF8
_MARGIN = 32  # characters: a value or error this near the end of the text read may be cut off


class _CaseFile:
    """A case file read a piece at a time (issue 19, cause 7): the top-level object's
    fields, and the ``cases`` list one case at a time, so that memory stays flat at any
    file size.

    Each value (a case, ``format``, ``version``) is parsed by Python's own JSON decoder with
    the same duplicate-key hook as :func:`parse`, so the messages are those of a whole-file
    parse, at the same line and column. Only the top-level ``{ "key": value, ... }`` and the
    ``[ case, ... ]`` around the cases are scanned here, following RFC 8259's grammar.
    At most ``_READ`` bytes, plus the case being read, are held at a time.

    ``events()`` yields ``("field", key, value)`` for top-level fields, ``("cases",)`` when a
    ``cases`` list begins, ``("case", raw)`` for each of its elements, and ``("document",
    value)`` once when the file is JSON but not an object. Raises ImportRejected (not JSON,
    not UTF-8, nested too deeply); OSError when the file cannot be read."""

    def __init__(self, handle: BinaryIO) -> None:
        self.handle = handle
        self.piece = _READ  # bytes read at a time
        self.decoder = codecs.getincrementaldecoder("utf-8")()
        self.json = json.JSONDecoder(object_pairs_hook=_object)
        self.buf = ""
        self.pos = 0
        self.eof = False
        self.started = False
        self.bytes_read = 0  # of the file, for progress
        self.fed = 0  # bytes given to the decoder (after a byte order mark)
        self.lines = 0  # newlines in the text already let go
        self.column = 0  # characters let go since the last of those newlines

    def _more(self) -> bool:
        """Read on: let go of the text before ``pos`` and append the next piece. False at
        the end of the file."""
        text = ""
        while not text and not self.eof:
            data = self.handle.read(self.piece)
            self.bytes_read += len(data)
            if not self.started:
                self.started = True
                if data.startswith(_BOM):
                    data = data[len(_BOM):]
            pending = len(self.decoder.getstate()[0])
            try:
                text = self.decoder.decode(data, final=not data)
            except UnicodeDecodeError as exc:
                raise _not_utf8(self.fed - pending + exc.start) from None
            self.fed += len(data)
            self.eof = not data
        if not text:
            return False
        done = self.buf.count("\n", 0, self.pos)
        if done:
            self.lines += done
            self.column = self.pos - self.buf.rfind("\n", 0, self.pos) - 1
        else:
            self.column += self.pos
        self.buf = self.buf[self.pos:] + text
        self.pos = 0
        return True

    def _invalid(self, message: str, at: int) -> ImportRejected:
        newlines = self.buf.count("\n", 0, at)
        column = at - self.buf.rfind("\n", 0, at) if newlines else self.column + at + 1
        return _not_json(message, self.lines + newlines + 1, column)

    def _next(self) -> str:
        """The next character after whitespace ("" at the end of the file); not consumed."""
        while True:
            self.pos = _SPACE.match(self.buf, self.pos).end()
            if self.pos < len(self.buf):
                return self.buf[self.pos]
            if not self._more():
                return ""

    def _value(self) -> object:
        """One JSON value at ``pos``, read on until it is whole."""
        while True:
            try:
                value, end = self.json.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                # Cut off by the end of the piece read so far, not wrong: read on and retry.
                cut = exc.pos >= len(self.buf) - _MARGIN or exc.msg.startswith("Unterminated string")
                if cut and self._more():
                    continue
                raise self._invalid(exc.msg, exc.pos) from None
            except ValueError:  # an integer too long to convert (see _number_too_long)
                raise _number_too_long() from None
            except RecursionError:
                raise _too_deep() from None
            if end > len(self.buf) - _MARGIN and self._more():
                continue  # a number may go on in the next piece ("1." + "5")
            self.pos = end
            return value

    def _expect(self, allowed: str, message: str) -> str:
        found = self._next()
        if not found or found not in allowed:
            raise self._invalid(message, self.pos)
        self.pos += 1
        return found

    def events(self) -> Iterator[tuple]:
        if self._next() != "{":
            value = self._value()
            self._end()
            yield ("document", value)
            return
        self.pos += 1
        if self._next() == "}":
            self.pos += 1
        else:
            while True:
                if self._next() != '"':
                    raise self._invalid("Expecting property name enclosed in double quotes", self.pos)
                key = self._value()
                self._expect(":", "Expecting ':' delimiter")
                if key == "cases" and self._next() == "[":
                    self.pos += 1
                    yield ("cases",)
                    if self._next() == "]":
                        self.pos += 1
                    else:
                        while True:
                            self._next()
                            yield ("case", self._value())
                            if self._expect(",]", "Expecting ',' delimiter") == "]":
                                break
                else:
                    self._next()
                    yield ("field", key, self._value())
                if self._expect(",}", "Expecting ',' delimiter") == "}":
                    break
        self._end()

    def _end(self) -> None:
        if self._next():
            raise self._invalid("Extra data", self.pos)


def _top_problems(document: object) -> list[Problem]:
    """What is wrong with the file as a whole (not with one of its cases)."""
    if not isinstance(document, dict):
        return [Problem("file", "", "must be a JSON object with format, version and cases", "type")]
    problems: list[Problem] = []
    for key in getattr(document, "twice", ()):
        problems.append(Problem("file", key, f"{spoken_field(key)} is given twice in the file; keep one",
                                "duplicate_key", {"key": key}))
    for key in document:
        if key not in _TOP:
            problems.append(Problem("file", key, "is not a field of the format (allowed: format, version, cases)", "unknown_field"))
    if document.get("format") != FORMAT:
        problems.append(Problem("file", "format", f"must be \"{FORMAT}\" (this is not an Abarona case file)", "format"))
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, (int, type(None))):
        problems.append(Problem("file", "version", f"the format version must be the number {VERSION}, "
                                f"not {json.dumps(version)}", "version"))
    elif isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        problems.append(Problem("file", "version", f"is {version}: the file was written by a newer version of "
                                f"Abarona; this program reads version {VERSION}", "version"))
    elif version != VERSION:
        problems.append(Problem("file", "version", f"must be {VERSION}", "version"))
    cases = document.get("cases")
    if cases is not _STREAMED and not isinstance(cases, list):
        problems.append(Problem("file", "cases", "must be a list of cases", "type"))
    return problems


class _Checker:
    """Checks cases one at a time, in file order: ``problems`` gathers what is wrong with
    each, named by its reference (else its place in the list) and field path, and the
    references and ids used twice in the file."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []
        self.index = 0
        self.seen_refs: dict[str, tuple[int, str]] = {}  # reference_key: (index, as written)
        self.seen_ids: dict[str, int] = {}

    def case(self, raw: object) -> Case:
        i = self.index
        self.index += 1
        ref = raw.get("reference") if isinstance(raw, dict) else None
        label = ref if isinstance(ref, str) and ref.strip() else f"cases[{i}]"
        structural: list[Problem] = []
        case = _Reader(label, structural).case(raw)
        located = {p.path for p in structural}
        self.problems += structural
        self.problems += [p for p in validate_case(case, label) if p.path not in located]
        if isinstance(case.reference, str) and case.reference:
            key = reference_key(case.reference)  # "IM-7" and " im\u20117" name one case
            if key in self.seen_refs:
                first, written = self.seen_refs[key]
                again = "is used twice" if written == case.reference else f'looks like "{written}", used'
                self.problems.append(Problem(label, "reference", f"{again} in this file (cases {first + 1} and {i + 1})",
                                             "duplicate_reference"))
            self.seen_refs.setdefault(key, (i, case.reference))
        if isinstance(case.id, str):
            if case.id in self.seen_ids:
                self.problems.append(Problem(label, "id", f"is used twice in this file (cases {self.seen_ids[case.id] + 1} and {i + 1})", "duplicate_id"))
            self.seen_ids.setdefault(case.id, i)
        return case


def read_cases(document: object) -> list[Case]:
    """Every case of a document as records, or ImportRejected with every problem."""
    problems = _top_problems(document)
    if not isinstance(document, dict) or not isinstance(document.get("cases"), list):
        raise ImportRejected(problems)
    raw_cases = document["cases"]
    checker = _Checker()
    cases: list[Case] = []
    for i, raw in enumerate(raw_cases):
        cases.append(checker.case(raw))
        raw_cases[i] = None  # let the parsed JSON go as records are made
    problems += checker.problems
    if problems:
        raise ImportRejected(problems)
    return cases


class _Writer:
    """Writes checked cases a chunk at a time inside the caller's transaction, after
    checking them against the vault (a reference or id it already has is a conflict)."""

    def __init__(self, vault: Vault, conn, source: str) -> None:
        self.vault, self.conn, self.source = vault, conn, source
        self.existing_refs = case_queries.all_references(conn)
        self.existing_keys = {reference_key(r): r for r in self.existing_refs}
        self.existing_ids = case_queries.all_ids(conn)
        self.ref_conflicts: list[Problem] = []
        self.id_conflicts: list[Problem] = []
        self.groups: dict[str, str] = {}  # group name -> id, earlier in the file
        self.now = now_utc()
        self.cases = 0
        self.events = 0
        self.case_ids: list[str] = []
        self.warnings: list[str] = []
        self.unknown: list[tuple[str, str]] = []
        self.steps: list[str] = []  # checklist steps this organisation does not have

    def check(self, case: Case) -> None:
        if case.reference in self.existing_refs:
            self.ref_conflicts.append(Problem(
                case.reference, "reference", "already exists in this vault (conflict: nothing was imported)", "conflict"))
        elif (other := self.existing_keys.get(reference_key(case.reference))) is not None:
            self.ref_conflicts.append(Problem(
                case.reference, "reference", f'looks like "{other}", a case already in this vault: references that differ '
                "only in capitals, spaces or dashes name one case (conflict: nothing was imported)", "conflict"))
        if case.id is not None and case.id.lower() in self.existing_ids:
            self.id_conflicts.append(Problem(
                case.reference, "id", f"{case.id} already exists in this vault (conflict: nothing was imported)", "conflict"))

    @property
    def conflicts(self) -> list[Problem]:
        return self.ref_conflicts + self.id_conflicts

    def write(self, cases: list[Case]) -> None:
        conn, now = self.conn, self.now
        _resolve_groups(conn, cases, self.groups)
        from_file = all(c.id for c in cases)
        for c in cases:
            stable_ids(c)
        chunk = [prepare(c) for c in cases]
        for c in chunk:
            c.id = c.id.lower()
        # The rows the database layer makes ids for (the clients' spellings) get derived ids too
        # when every case came with its own: made in the same order from the same file.
        ids = _derived_ids(chunk[0].id) if from_file and chunk else new_id
        case_queries.insert_cases(conn, chunk, now=now, new_id=ids)
        search_queries.index_new_cases(conn, [search_doc(c) for c in chunk])
        derive_new_cases(conn, chunk, now=now)  # issue 4: deadlines as if entered by hand
        _put_rapid(conn, chunk, now)
        audit_queries.record(
            conn, [("case", c.id, c.id, "import", {"reference": c.reference, "source": self.source}) for c in chunk],
            at=now, author=self.vault.author,
        )
        for c in cases:
            self.cases += 1
            self.events += len(c.events)
            self.case_ids.append(c.id)
            self.warnings += charge_warnings(c)
            if c.region and resolve_place(c.region) is None:
                self.warnings.append(
                    f"{c.reference}: the region \"{c.region}\" is not a place in Russia that Abarona knows; its "
                    "deadlines are counted in Moscow time unless an event names its place. Check the spelling "
                    "(a federal subject or its main city, in Russian or English).")
            self.unknown += [(c.reference, key) for key in unknown_articles(c)]
        self.steps += _unknown_steps(cases)

    def result(self) -> ImportResult:
        return ImportResult(cases=self.cases, events=self.events, case_ids=self.case_ids,
                            warnings=tuple(self.warnings + self.steps), unknown_articles=tuple(self.unknown))


#: Namespace of the ids an import derives (RFC 9562 name-based, SHA-1): uuid5 of the DNS name.
_STABLE = uuid.uuid5(uuid.NAMESPACE_DNS, "interchange.abarona")


def stable_ids(case: Case) -> None:
    """Give the records of a case that comes with its own id, and that carry none in the file
    (the format has no ids below the case), ids derived from the case's id and their content
    (RFC 9562 name-based UUIDs): the same file imported into two vaults gives the same ids, so
    that a team joined later sees one event where it would have seen two (team sync compares
    rows by id). Identical records of one case are told apart by their order. Records that
    have an id, and cases without one, are left alone."""
    if not case.id:
        return
    base = case.id.lower()
    seen: dict[str, int] = {}

    def derive(kind: str, *parts: object) -> str:
        name = f"{base}/{kind}/" + "\x1f".join("" if p is None else str(p) for p in parts)
        seen[name] = seen.get(name, 0) + 1
        return str(uuid.uuid5(_STABLE, f"{name}#{seen[name]}"))

    person = case.person
    if not person.id:
        person.id = derive("person", person.display_name)
    for event in case.events:
        if not event.id:
            event.id = derive("event", event.type, event.date, event.time, event.place, event.body, event.text)
    for charge in case.charges:
        if not charge.id:
            charge.id = derive("charge", charge.jurisdiction, charge.code, charge.article, charge.part)
    for party in case.parties:
        if not party.id:
            party.id = derive("case_party", party.name, party.role, party.kind)
        if not party.party_id:
            party.party_id = derive("party", party.name, party.kind)
        for note in party.notifications:
            if not note.id:
                note.id = derive("notification", party.name, note.date, note.time, note.text)
    for place in case.detention:
        if not place.id:
            place.id = derive("detention", place.since, place.place, place.unknown)


def _derived_ids(seed: str):
    """A callable giving the n-th derived id after ``seed`` (see stable_ids) on its n-th call."""
    count = iter(range(1, 1 << 62))
    return lambda: str(uuid.uuid5(_STABLE, f"{seed}/row/{next(count)}"))


def import_cases(vault: Vault, cases: list[Case], *, source: str = "", progress: Progress | None = None) -> ImportResult:
    """Write validated cases (from :func:`read_cases`) in one transaction, with their derived
    deadlines and an audit entry each (``source``: the file's name); ``progress`` hears
    (cases written, total). Returns the :class:`ImportResult` (counts, the new ids, warnings
    for articles not in the catalogue). Raises ImportRejected when a reference or id is
    already in the vault (all conflicts named; nothing is imported) and VaultError."""
    with vault.bulk_cache(), vault.transaction() as conn:
        writer = _Writer(vault, conn, source)
        for case in cases:
            writer.check(case)
        if writer.conflicts:
            raise ImportRejected(writer.conflicts)
        total = len(cases)
        for start in range(0, total, _CHUNK):
            writer.write(cases[start:start + _CHUNK])
            report(progress, min(start + _CHUNK, total), total)
    return writer.result()


def _put_rapid(conn, cases: Sequence[Case], now: str) -> None:
    """Write the filings and checklist ticks of new cases (validated when they were read)."""
    for case in cases:
        for index, filing in enumerate(getattr(case, "filings", ())):
            # Derived from the case's id like its other records (stable_ids), else new.
            filing_id = filing.id or (str(uuid.uuid5(_STABLE, f"{case.id}/filing/{index}/{filing.kind}/{filing.body}/"
                                                         f"{filing.filed_at}")) if case.id else new_id())
            stored, filed_utc, expected_utc = filing_service.check(replace(filing, case_id=case.id, id=filing_id))
            rapid_queries.insert_filing(conn, stored, filed_utc=filed_utc, expected_utc=expected_utc, now=now)
        for tick in getattr(case, "checklist", ()):
            rapid_queries.set_tick(conn, case.id, tick.step, done_at=tick.done_at, done_by=tick.done_by)


def _unknown_steps(cases: Sequence[Case]) -> tuple[str, ...]:
    """Warnings for ticks of steps this organisation's checklist does not have (kept, not shown)."""
    known = {s.id for s in checklist_service.steps()}
    return tuple(f"{c.reference}: the checklist step {t.step!r} is not in this organisation's checklist; "
                 "its tick was kept but is not shown" for c in cases for t in getattr(c, "checklist", ())
                 if t.step not in known)


def _resolve_groups(conn, cases: list[Case], by_name: dict[str, str]) -> None:
    """Give every group its id (docs/interchange.md): the one written, else the id of the
    group of the same name earlier in the file (``by_name``, kept across chunks) or already
    in the vault, else a new one. A case lists the same group once."""
    for case in cases:
        for group in case.groups:
            if group.id is not None:
                group.id = group.id.lower()
            else:
                known = by_name.get(group.name) or next(
                    (g.id for g in group_queries.find_groups(conn, names=[group.name]).values()), None)
                group.id = known or new_id()
            by_name.setdefault(group.name, group.id)
        unique: dict[str, CaseGroup] = {}
        for group in case.groups:
            unique.setdefault(group.id, group)
        case.groups = list(unique.values())


def import_file(vault: Vault, path: str | os.PathLike[str], *, progress: Progress | None = None) -> ImportResult:
    """Import a case file as one transaction, reading it as a stream (issue 19, cause 7):
    each case is checked as it is read and written with its chunk of ``_CHUNK``; any problem
    stops the writing, the rest of the file is still checked, and the transaction is rolled
    back. Memory stays flat at any file size (tests/desktop/test_import_memory.py).

    Progress is reported in KiB of the file read. Raises ImportRejected with every problem
    (as :func:`read_cases` would, file-wide ones first; conflicts with the vault only when
    the file itself is sound); OSError when the file cannot be read; Cancelled from the
    progress callback, after the rollback; VaultError."""
    path = Path(path)
    with open(path, "rb") as handle:  # OSError: the caller says the file cannot be read
        size = os.fstat(handle.fileno()).st_size
        total = max(1, size // 1024)
        head = handle.read(4096)
        wrong = _wrong_kind(head, len(head) >= size)
        if wrong is not None:
            raise wrong
        handle.seek(0)
        reader = _CaseFile(handle)
        with collector_paused(), vault.bulk_cache(), vault.transaction() as conn:
            writer = _Writer(vault, conn, path.name)
            checker = _Checker()
            top: list[tuple[str, object]] = []
            whole: list = []  # the document, when it is JSON but not an object
            chunk: list[Case] = []
            for event in reader.events():
                kind = event[0]
                if kind == "case":
                    case = checker.case(event[1])
                    if checker.problems:
                        chunk.clear()  # nothing more is written; the rest is only checked
                    else:
                        writer.check(case)
                        if writer.conflicts:
                            chunk.clear()
                        else:
                            chunk.append(case)
                            if len(chunk) == _CHUNK:
                                writer.write(chunk)
                                chunk.clear()
                                gc.collect(0)
                    if checker.index % _CHUNK == 0:  # also while only checking: Cancel works
                        report(progress, min(reader.bytes_read // 1024, total), total)
                elif kind == "cases":
                    top.append(("cases", _STREAMED))
                elif kind == "field":
                    top.append((event[1], event[2]))
                else:
                    whole.append(event[1])  # not an object: _top_problems says so
            document = whole[0] if whole else _object(top)
            problems = _top_problems(document) + checker.problems
            if problems:
                raise ImportRejected(problems)
            if writer.conflicts:
                raise ImportRejected(writer.conflicts)
            if chunk:
                writer.write(chunk)
            report(progress, total, total)
    return writer.result()


def case_to_dict(case: Case, *, filings: Sequence[Filing] | None = None,
                 checklist: Sequence[ChecklistTick] | None = None) -> dict:
    """One case in the interchange format (only the format's fields, none empty). ``filings``
    and ``checklist``: the case's, as desktop/rapid keeps them (default: those the case
    carries, an ExchangedCase's; none for a plain Case)."""
    person = case.person
    p: dict = {"name": person.display_name}
    if person.names:
        p["names"] = [{"value": n.value, **({"lang": n.lang} if n.lang else {})} for n in person.names]
    if person.birth_date:
        p["birth_date"] = person.birth_date
    if person.citizenship:
        p["citizenship"] = list(person.citizenship)
    if person.hometown is not None:
        p["hometown"] = person.hometown
    p["publicity"] = person.publicity
    d: dict = {"id": case.id, "reference": case.reference, "kind": case.kind,
               "status": case.status, "outcome": case.outcome, "person": p}
    arrest = {k: v for k, v in (("date", case.arrest_date), ("place", case.arrest_place)) if v is not None}
    if arrest:
        d["arrest"] = arrest
    if case.charges:
        d["charges"] = [
            {k: getattr(c, k) for k in _CHARGE if getattr(c, k) is not None} for c in case.charges
        ]
    if case.events:
        d["events"] = [
            {k: getattr(e, k) for k in _EVENT if getattr(e, k) is not None and (k != "time_approx" or e.time_approx)}
            for e in case.events
        ]
    if case.tags:
        d["tags"] = list(case.tags)
    if case.summary is not None:
        d["summary"] = case.summary
    if case.region is not None:  # optional since issue 11: the place of proceedings (time zone)
        d["region"] = case.region
    if case.gravity is not None:
        d["gravity"] = case.gravity
    learned = {k: v for k, v in (("date", case.learned_date), ("how", case.learned_how)) if v is not None}
    if learned:
        d["learned"] = learned
    if case.groups:
        d["groups"] = [{"id": g.id, "name": g.name, "kind": g.kind, **({"note": g.note} if g.note is not None else {})}
                       for g in case.groups]
    if case.parties:
        d["parties"] = [_party_dict(p) for p in case.parties]
    if case.detention:
        d["detention"] = [_detention_dict(t) for t in case.detention]
    filings = getattr(case, "filings", ()) if filings is None else filings
    if filings:
        d["filings"] = [_filing_dict(f) for f in filings]
    checklist = getattr(case, "checklist", ()) if checklist is None else checklist
    if checklist:
        d["checklist"] = [{"step": t.step, "done_at": t.done_at, **({"done_by": t.done_by} if t.done_by else {})}
                          for t in sorted(checklist, key=lambda t: (t.done_at, t.step))]
    return d


def _filing_dict(f: Filing) -> dict:
    out: dict = {"kind": f.kind, "body": f.body, "filed_at": f.filed_at}
    for key in ("channel", "body_reference", "acknowledged_at", "answer", "answered_at", "expected_by", "note"):
        value = getattr(f, _FILING_TEXT.get(key, key))
        if value is not None:
            out[key] = value
    return out


def _party_dict(p: CaseParty) -> dict:
    out: dict = {"name": p.name, "role": p.role, "kind": p.kind}
    for key in ("contact", "note"):
        if getattr(p, key) is not None:
            out[key] = getattr(p, key)
    if p.consent is not None:
        out["consent"] = {"value": p.consent, **({"date": p.consent_date} if p.consent_date else {})}
    if p.safe_to_contact is not None:
        out["safe_to_contact"] = p.safe_to_contact
    if p.contact_how is not None:
        out["contact_how"] = p.contact_how
    if p.notifications:
        out["notifications"] = [{k: getattr(n, k) for k in _NOTIFICATION if getattr(n, k) is not None}
                                for n in p.notifications]
    return out


def _detention_dict(t: DetentionPlace) -> dict:
    out: dict = {"since": t.since}
    for key in ("time", "until", "place", "note"):
        if getattr(t, key) is not None:
            out[key] = getattr(t, key)
    if t.unknown:
        out["unknown"] = True
    return out


def case_document(vault: Vault, case: Case) -> dict:
    """One case of the vault in the interchange format, with its filings and checklist ticks
    (what ``show REF --json`` prints)."""
    ticks = rapid_queries.ticks(vault.conn, [case.id]).get(case.id, {})
    return case_to_dict(case, filings=rapid_queries.filings_of_cases(vault.conn, [case.id], trashed=True).get(case.id, []),
                        checklist=[ChecklistTick(step, at, by) for step, (at, by) in ticks.items()])


def export_document(vault: Vault, case_ids: Iterable[str] | None = None) -> dict:
    """The document for the given cases, or every case not in the trash."""
    conn = vault.conn
    if case_ids is None:
        case_ids = [row.id for row in case_queries.list_cases(conn)]
    case_ids = list(case_ids)
    cases = []
    for start in range(0, len(case_ids), _CHUNK):
        chunk = case_ids[start:start + _CHUNK]
        filings = rapid_queries.filings_of_cases(conn, chunk, trashed=True)
        ticks = rapid_queries.ticks(conn, chunk)
        cases += [case_to_dict(c, filings=filings.get(c.id, []),
                               checklist=[ChecklistTick(step, at, by) for step, (at, by) in ticks.get(c.id, {}).items()])
                  for c in case_queries.get_cases(conn, chunk)]
    return {"format": FORMAT, "version": VERSION, "cases": cases}


def export_file(vault: Vault, path: str | os.PathLike[str], case_ids: Iterable[str] | None = None) -> int:
    """Write the plaintext export where the user chose (atomically); returns the case count."""
    document = export_document(vault, case_ids)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    write_atomically(Path(path), data)
    with vault.transaction() as conn:  # the audit trail knows plaintext left the vault
        audit_queries.record(conn, [("export", "interchange", None, "export_plaintext",
                                     {"format": FORMAT, "cases": len(document["cases"])})],
                             at=now_utc(), author=vault.author)
    return len(document["cases"])
