"""Case services: validation, create, edit, trash, search and figures. Each verb is one
transaction with its audit entry; the UI and the CLI call only these."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace

from db import audit as audit_queries
from db import cases as case_queries
from db import persons as person_queries
from db import search as search_queries
from db.cases import CaseFilter
from db.records import Case, CaseRow, Event, Person, Stats
from db.vault import Vault, new_id, now_utc
from desktop.dates import edtf as dates
from desktop.names import folding as names
from desktop.text import shown
from desktop.deadlines import service as deadline_service
from desktop.cases import writes
from desktop.cases.vocab import normalise_article, unknown_article_warning, vocabulary

_LANG = re.compile(r"[a-z]{2}")
_COUNTRY = re.compile(r"[A-Z]{2}")
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
MAX_TEXT = 100_000
PARTY_KINDS = {"person": None, "organisation": None, "court": None, "authority": None}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case, located by its interchange field path."""

    case: str  # the case's reference, or cases[i] when it has none
    path: str  # e.g. events[2].date
    message: str
    code: str = "invalid"
    params: dict = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        """"BY-2021-003: the date of event 3: "31.12.2021" is not a date: write…": the field in
        words (:func:`spoken_field`), never its path in the file (``path`` keeps that)."""
        field_ = spoken_field(self.path)
        message = self.message
        if field_ and not message.lower().startswith(field_.lower()):
            message = f"{field_} {message}" if _VERB.match(message) else f"{field_}: {message}"
        return f"{self.case}: {message}"


_VERB = re.compile(r"(?:is|are|must|says|has|already)\b")
_PATH_PART = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")
_SPOKEN_LISTS = {"events": "event", "charges": "charge", "parties": "party", "names": "spelling",
                 "tags": "tag", "citizenship": "citizenship", "cases": "case", "filings": "filing",
                 "checklist": "checklist tick"}
_SPOKEN_FIELDS = {"person": "the person", "arrest": "the arrest", "birth_date": "birth date",
                  "body": "authority", "value": "text", "lang": "language",
                  "silence_hours": "hours of silence before an alert", "version": "format version",
                  "format": "format name", "id": "identifier"}


def spoken_field(path: str) -> str:
    """A field path as a person would say it: ``events[2].date`` -> "the date of event 3",
    ``person.birth_date`` -> "the birth date of the person", ``version`` -> "the format
    version" ('' for '')."""
    if not path:
        return ""
    words = []
    for part in path.split("."):
        match = _PATH_PART.fullmatch(part)
        if not match:
            words.append(part)
            continue
        name, index = match.groups()
        if index is not None:
            words.append(f"{_SPOKEN_LISTS.get(name, name.replace('_', ' '))} {int(index) + 1}")
        else:
            words.append(_SPOKEN_FIELDS.get(name, name.replace("_", " ")))
    last, owners = words[-1], words[:-1]
    if not last.startswith("the "):
        last = "the " + last
    return " of ".join([last, *reversed(owners)])


class CaseInvalid(ValueError):
    """A case that breaks a rule: ``problems`` is the list of :class:`Problem` (each with
    its field path, an English message and a code the GUI words); ``str()`` is one per line."""
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = list(problems)


class CaseNotFound(LookupError):
    """No case has this id or reference (or it was purged meanwhile)."""
    pass


def _text_problem(value: object, *, one_line: bool = False) -> str | None:
    """What is wrong with an optional text; ``one_line``: its length is checked by
    _line_problem, against the field's own (smaller) limit, not MAX_TEXT."""
    if not isinstance(value, str):
        return "must be text"
    if len(value) > MAX_TEXT and not one_line:
        return f"is longer than {MAX_TEXT} characters"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "contains characters that are not valid Unicode"
    return None


#: One-line fields (a reference, a name and its spellings): at most this many characters (a
#: name: as many as the window is shown to elide gracefully, tests/ui/test_long_texts.py),
#: and no control character (a line break, a tab, NUL): they split a list's row or cut the
#: text short. (Direction overrides are kept, as written, and shown escaped wherever text
#: reaches a terminal: desktop.text.for_terminal, tests/desktop/test_text.py.)
MAX_LINE = {"reference": 100, "name": 10_000}
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f]")


def _line_problem(value: object, limit: int) -> str | None:
    if not isinstance(value, str):
        return None  # text() says so
    if len(value) > limit:
        return f"is longer than {limit} characters (it is one line: a reference or a name)"
    if _INVISIBLE.search(value):
        return "contains a line break or another control character: it must be one line of text"
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")  # what UTF-8 cannot encode (a lone half of a pair)


def _sound_text(value: object) -> bool:
    """True when text() in validate_case finds nothing wrong with an optional text."""
    return value is None or (type(value) is str and len(value) <= MAX_TEXT
                             and (value.isascii() or not _SURROGATE.search(value)))


def _sound_event(event, event_types) -> bool:
    """True when validate_case finds no problem with the event: a quick test for the common
    case, each clause one of its checks; an event it doubts is checked in full (same
    messages, same order)."""
    approx = event.time_approx
    return ((approx is False or (approx is True and event.time is not None))
            and type(event.type) is str and event.type in event_types
            and type(event.date) is str and dates.is_valid(event.date)
            and (event.time is None or dates.is_valid_time(event.time))
            and _sound_text(event.place) and _sound_text(event.body) and _sound_text(event.text)
            and _sound_text(event.source))


def validate_case(case: Case, label: str | None = None) -> list[Problem]:
    """Every semantic problem of a case, each with its field path (a list of :class:`Problem`,
    empty when the case is valid). ``label`` names the case in the messages (default: its
    reference). Reads the vocabulary only; never raises for a bad value, it reports it."""
    vocab = vocabulary()
    label = label or case.reference or "(no reference)"
    problems: list[Problem] = []

    def bad(path: str, message: str, code: str = "invalid", **params) -> None:
        problems.append(Problem(label, path, message, code, params))

    def text(path: str, value: object, *, required: bool = False, one_line: bool = False) -> None:
        if value is None or value == "":
            if required:
                bad(path, "is required", "required")
            return
        problem = _text_problem(value, one_line=one_line)
        if problem:
            bad(path, problem, "text")
        elif required and not value.strip():
            bad(path, "is required", "required")

    def choice(path: str, value: object, allowed: dict) -> None:
        if not isinstance(value, str) or value not in allowed:
            bad(path, f"{shown(value)} is not one of: {', '.join(allowed)}", "choice",
                value=value, allowed=list(allowed))

    def edtf(path: str, value: object, *, required: bool = False) -> None:
        if value is None:
            if required:
                bad(path, "is required", "required")
            return
        if not dates.is_valid(value):
            reason = dates.describe_error(value)
            if reason:
                bad(path, f"{spoken_field(path)}, \"{value}\", {reason}", "date", value=value)
            else:
                bad(path, f"\"{value}\" is not a date: {dates.FORMS_HELP}", "date", value=value)

    def line(path: str, value: object, limit: int) -> None:
        problem = _line_problem(value, limit)
        if problem:
            bad(path, problem, "line", max=limit)

    text("reference", case.reference, required=True, one_line=True)
    line("reference", case.reference, MAX_LINE["reference"])
    if case.id is not None and not (isinstance(case.id, str) and _UUID.fullmatch(case.id)):
        bad("id", f"{shown(case.id)} is not an identifier as Abarona writes them (32 hexadecimal digits in groups "
            "of 8-4-4-4-12, e.g. 0d5b7c1e-8a4f-4c1a-9d3e-2b6f7a8c9d0e); leave it out for a new case", "uuid",
            value=case.id)
    choice("kind", case.kind, vocab.kinds)
    choice("status", case.status, vocab.statuses)
    choice("outcome", case.outcome, vocab.outcomes)
    if case.status == "closed" and case.outcome == "pending":
        pass  # allowed: a case can be closed with the outcome never learnt
    person = case.person
    text("person.name", person.display_name, required=True, one_line=True)
    line("person.name", person.display_name, MAX_LINE["name"])
    for i, spelling in enumerate(person.names):
        text(f"person.names[{i}].value", spelling.value, required=True, one_line=True)
        line(f"person.names[{i}].value", spelling.value, MAX_LINE["name"])
        if spelling.lang is not None and not (isinstance(spelling.lang, str) and _LANG.fullmatch(spelling.lang)):
            bad(f"person.names[{i}].lang", f"{shown(spelling.lang)} is not a language code: two letters (ru, be, en, pl...)",
                "lang", value=spelling.lang)
    edtf("person.birth_date", person.birth_date)
    for i, country in enumerate(person.citizenship):
        if not (isinstance(country, str) and _COUNTRY.fullmatch(country)):
            bad(f"person.citizenship[{i}]", f"{shown(country)} is not a two-letter country code (BY, RU...)",
                "country", value=country)
    for attr in ("hometown", "residence", "contact", "notes"):
        text(f"person.{attr}", getattr(person, attr))
    choice("person.publicity", person.publicity, vocab.publicity)
    edtf("arrest.date", case.arrest_date)
    text("arrest.place", case.arrest_place)
    for attr in ("region", "facility", "lawyer", "summary", "notes"):
        text(attr, getattr(case, attr))
    if case.silence_hours is not None and not (
            isinstance(case.silence_hours, int) and not isinstance(case.silence_hours, bool)
            and 0 < case.silence_hours <= 24 * 365):
        bad("silence_hours", "must be a number of hours from 1 to 8760", "range", low=1, high=8760)
    if case.gravity is not None:  # RU Criminal Code art. 15 (issue 11)
        choice("gravity", case.gravity, {g: g for g in ("small", "medium", "grave", "especially_grave")})
    for i, tag in enumerate(case.tags):
        text(f"tags[{i}]", tag, required=True)
    for i, charge in enumerate(case.charges):
        choice(f"charges[{i}].jurisdiction", charge.jurisdiction, vocab.jurisdictions)
        choice(f"charges[{i}].code", charge.code, vocab.codes)
        text(f"charges[{i}].article", charge.article, required=True)
        text(f"charges[{i}].part", charge.part)
        text(f"charges[{i}].note", charge.note)
    seen_charges: set[tuple] = set()
    for i, charge in enumerate(case.charges):  # issue 13: no charge listed twice on a case
        key = (charge.jurisdiction, charge.code, charge.article, (charge.part or "").strip().lower())
        if key in seen_charges:
            bad(f"charges[{i}]", f"{charge.jurisdiction} {charge.code} {charge.article} is listed twice",
                "duplicate_charge", value=" ".join(key[:3]))
        seen_charges.add(key)
    for i, party in enumerate(case.parties):
        text(f"parties[{i}].name", party.name, required=True)
        choice(f"parties[{i}].role", party.role, vocab.party_roles)
        choice(f"parties[{i}].kind", party.kind, PARTY_KINDS)
        text(f"parties[{i}].contact", party.contact)
        text(f"parties[{i}].note", party.note)
    for i, party in enumerate(case.parties):
        if party.consent is not None:
            choice(f"parties[{i}].consent", party.consent, vocab.consent)
        edtf(f"parties[{i}].consent_date", party.consent_date)
        if party.safe_to_contact is not None and not isinstance(party.safe_to_contact, bool):
            bad(f"parties[{i}].safe_to_contact", "must be true or false", "type")
        text(f"parties[{i}].contact_how", party.contact_how)
        for j, note in enumerate(party.notifications):
            edtf(f"parties[{i}].notifications[{j}].date", note.date, required=True)
            if note.time is not None and not dates.is_valid_time(note.time):
                bad(f"parties[{i}].notifications[{j}].time", f"\"{note.time}\" is not a time of day as HH:MM",
                    "time", value=note.time)
            text(f"parties[{i}].notifications[{j}].text", note.text)
    for i, group in enumerate(case.groups):
        text(f"groups[{i}].name", group.name, required=True)
        choice(f"groups[{i}].kind", group.kind, vocab.group_kinds)
        text(f"groups[{i}].note", group.note)
        if group.id is not None and not (isinstance(group.id, str) and _UUID.fullmatch(group.id)):
            bad(f"groups[{i}].id", f"{group.id!r} is not an identifier as Abarona writes them (32 hexadecimal "
                "digits in groups of 8-4-4-4-12)", "uuid", value=group.id)
    for i, place in enumerate(case.detention):
        edtf(f"detention[{i}].since", place.since, required=True)
        edtf(f"detention[{i}].until", place.until)
        if place.time is not None and not dates.is_valid_time(place.time):
            bad(f"detention[{i}].time", f"\"{place.time}\" is not a time of day as HH:MM", "time",
                value=place.time)
        if not isinstance(place.unknown, bool):
            bad(f"detention[{i}].unknown", "must be true or false", "type")
        elif not place.unknown and (place.place is None or place.place == ""):
            bad(f"detention[{i}].place", "is required unless the whereabouts are unknown", "required")
        text(f"detention[{i}].place", place.place)
        text(f"detention[{i}].note", place.note)
        if (place.until and place.since and dates.is_valid(place.until) and dates.is_valid(place.since)
                and dates.parse(place.until).upper < dates.parse(place.since).lower):
            bad(f"detention[{i}].until", "is before the date the entry starts", "order")
    edtf("learned.date", case.learned_date)
    text("learned.how", case.learned_how)
    event_types = vocab.event_types
    for i, event in enumerate(case.events):
        if _sound_event(event, event_types):
            continue  # the checks below would find nothing (a quarter of an import's checking)
        if not isinstance(event.time_approx, bool):
            bad(f"events[{i}].time_approx", "must be true or false", "type")
        elif event.time_approx and event.time is None:
            bad(f"events[{i}].time_approx", "says the time is approximate, but there is no time", "time")
        choice(f"events[{i}].type", event.type, vocab.event_types)
        edtf(f"events[{i}].date", event.date, required=True)
        if event.time is not None and not dates.is_valid_time(event.time):
            bad(f"events[{i}].time", f"\"{event.time}\" is not a time of day as HH:MM", "time",
                value=event.time)
        for attr in ("place", "body", "text", "source"):
            text(f"events[{i}].{attr}", getattr(event, attr))
    return problems


def unknown_articles(case: Case) -> list[str]:
    """Keys ("BY CC 999") of the case's charges that are not in the catalogue of articles:
    they are kept as written, with a warning (the GUI and import say it)."""
    found = []
    for charge in case.charges:
        if isinstance(charge.article, str) and charge.jurisdiction in ("BY", "RU") and charge.code in ("CC", "AO"):
            if unknown_article_warning(charge.jurisdiction, charge.code, charge.article):
                found.append(f"{charge.jurisdiction} {charge.code} {charge.article}")
    return found


def charge_warnings(case: Case) -> list[str]:
    """English sentences, one per charge not in the catalogue (see :func:`unknown_articles`)."""
    return [f"{case.reference}: {key} is not in the catalogue of articles; it is kept as written — "
            "check the number against the code." for key in unknown_articles(case)]


#: Dashes and hyphens a reference may be typed or pasted with (a word processor's non-breaking
#: hyphen U+2011, en and em dashes, the minus sign): one and the same "-" to compare references.
_DASHES = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")


@functools.lru_cache(maxsize=65536)
def reference_key(reference: str) -> str:
    """What two references naming one case share (Unicode NFKC, case-folded, every dash as
    "-", white space collapsed and trimmed): "IM-7", "im-7", " IM-7 " and "IM\u20117" all give
    "im-7". References are compared by it, so that a reference pasted from a word processor
    or typed in other capitals does not start a second case of the same person."""
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", reference))
    return " ".join(text.casefold().split())


def look_alike(reference: str, others: Iterable[str]) -> str | None:
    """The first of ``others`` (references) that is not ``reference`` itself but has its
    :func:`reference_key`; None when there is none."""
    key = reference_key(reference)
    return next((o for o in others if o != reference and reference_key(o) == key), None)


def _reference_clash(conn, case: Case, own: str | None = None) -> Problem | None:
    """The problem of a reference another case already has, or one that looks like it
    (``own``: the case's current reference, when it is being changed)."""
    if not isinstance(case.reference, str) or not case.reference.strip():
        return None
    found = case_queries.find_ids(conn, references=[case.reference]).get(case.reference)
    if found is not None and found != case.id:
        return Problem(case.reference, "reference", "is already used by another case", "duplicate_reference")
    candidates = case_queries.reference_candidates(conn, reference_key(case.reference))
    other = look_alike(case.reference, (r for r in candidates if r != own))
    if other is not None:
        return Problem(case.reference, "reference", f'looks like "{other}", the reference of another case: references '
                       "that differ only in capitals, spaces or dashes would name one case twice", "duplicate_reference")
    return None


def prepare(case: Case) -> Case:
    """Fill ids and the derived columns (search keys, date bounds as ISO days) of a valid
    case, in place; returns the same object. Raises DateError (desktop.dates.edtf) for a
    date :func:`validate_case` would have refused."""
    case.id = case.id or new_id()
    case.reference = case.reference.strip()  # (spaces at its ends name nothing)
    person = case.person
    person.id = person.id or new_id()
    person.display_key = names.search_key(person.display_name)
    for spelling in person.names:
        spelling.search_key = names.search_key(spelling.value)
    if case.arrest_date:
        parsed = dates.parse(case.arrest_date)
        case.arrest_lower, case.arrest_upper = parsed.lower.isoformat(), parsed.upper.isoformat()
    else:
        case.arrest_lower = case.arrest_upper = None
    for event in case.events:
        event.id = event.id or new_id()
        event.date_lower, event.date_upper = dates.iso_bounds(event.date)
    for charge in case.charges:
        charge.id = charge.id or new_id()
        if isinstance(charge.article, str):  # 361.1 and 361-1 are one article (vocab.normalise_article)
            charge.article = normalise_article(charge.article, charge.jurisdiction or "BY")
    for party in case.parties:
        party.id = party.id or new_id()
        party.party_id = party.party_id or new_id()
        for note in party.notifications:
            note.id = note.id or new_id()
            parsed = dates.parse(note.date)
            note.date_lower, note.date_upper = parsed.lower.isoformat(), parsed.upper.isoformat()
    for group in case.groups:
        group.id = group.id or new_id()
    for place in case.detention:
        place.id = place.id or new_id()
        parsed = dates.parse(place.since)
        place.since_lower, place.since_upper = parsed.lower.isoformat(), parsed.upper.isoformat()
        if place.until:
            parsed = dates.parse(place.until)
            place.until_lower, place.until_upper = parsed.lower.isoformat(), parsed.upper.isoformat()
        else:
            place.until_lower = place.until_upper = None
    if case.learned_date:
        parsed = dates.parse(case.learned_date)
        case.learned_lower, case.learned_upper = parsed.lower.isoformat(), parsed.upper.isoformat()
    else:
        case.learned_lower = case.learned_upper = None
    return case


def search_doc(case: Case) -> tuple[str, str, str]:
    """(case id, folded names, text) for the search index."""
    person = case.person
    keys = " ".join(
        k for k in [person.display_key, *(n.search_key for n in person.names)] if k
    )
    parts = [case.reference, case.summary, case.notes, case.arrest_place, case.region,
             case.facility, case.lawyer, person.hometown, " ".join(case.tags)]
    parts += [c.article for c in case.charges]
    for event in case.events:
        parts += [event.place, event.body, event.text]
    # Without format characters: a soft hyphen pasted inside "Смо\u00adленск" would hide it.
    return case.id, keys, names.clean_text(" ".join(p for p in parts if p))


def refold_names(vault: Vault, *, chunk: int = 500) -> int:
    """Derive again every stored name key and the whole full-text index with today's folding
    (desktop.names.folding), in one transaction, and clear the request; returns how many name
    keys changed. Run once at opening when a migration asked for it (m0016, meta
    ``names_refold``: folding began to drop format characters such as a soft hyphen).
    ``chunk``: cases read and indexed at a time (memory stays bounded at any vault size).
    Raises VaultError when the vault cannot be written (nothing is then changed)."""
    with vault.transaction() as conn:
        changed = [(i, key) for i, value, old in person_queries.name_keys(conn)
                   if (key := names.search_key(value)) != old]
        person_queries.set_name_keys(conn, changed)
        ids = sorted(case_queries.all_ids(conn))
        for start in range(0, len(ids), chunk):
            search_queries.index_cases(conn, [search_doc(c) for c in case_queries.get_cases(conn, ids[start:start + chunk])])
        search_queries.clear_refold_request(conn)
    return len(changed)


def refold_requested(vault: Vault) -> bool:
    """True when a migration asked for :func:`refold_names` (meta ``names_refold``)."""
    return search_queries.refold_requested(vault.conn)


def _summary(case: Case) -> dict:
    return {"reference": case.reference, "kind": case.kind, "events": len(case.events),
            "charges": len(case.charges)}


def create_case(vault: Vault, case: Case) -> Case:
    """Store a new case (its person, charges, events, parties...) in one transaction with its
    audit entry and its derived deadlines; returns the case with its ids and derived columns
    filled. An existing ``case.person.id`` links the case to that client instead of a new one.
    Raises CaseInvalid (its ``problems``; a reference already used is one of them) and
    VaultError (desktop.errors) when the vault cannot be written; either way nothing is stored."""
    problems = validate_case(case)
    with writes.case_transaction(vault) as (conn, written):
        clash = _reference_clash(conn, case)
        if clash is not None:
            problems.append(clash)
        if problems:
            raise CaseInvalid(problems)
        known_person = case.person.id is not None and person_queries.exists(conn, case.person.id)
        prepare(case)
        now = now_utc()
        case_queries.insert_cases(conn, [case], now=now, new_id=new_id, new_persons=not known_person)
        if known_person:  # the editor offered an existing client instead of a duplicate
            person_queries.update_person(conn, case.person, now=now, new_id=new_id)
            written.update(_reindex_person_cases(conn, case.person.id, but=case.id))  # the name shows there too
        search_queries.index_cases(conn, [search_doc(case)])
        audit_queries.record(conn, [("case", case.id, case.id, "create", _summary(case))],
                             at=now, author=vault.author)
        # Derived deadlines (issue 4), in the same transaction.
        audit_queries.record(conn, deadline_service.sync_case(conn, case, now=now).audit, at=now, author=vault.author)
        written.add(case.id)
    return case


def get_case_by_id(vault: Vault, case_id: str) -> Case:
    """The case with this id (a UUID), in the trash or not, with its person, charges,
    events and parties. Raises CaseNotFound."""
    found = case_queries.get_cases(vault.conn, [case_id])
    if not found:
        raise CaseNotFound(f"There is no case with id {case_id!r}.")
    return found[0]


def get_case_by_reference(vault: Vault, reference: str) -> Case:
    """The case with this reference (the organisation's own, unique). Raises CaseNotFound."""
    found = case_queries.find_ids(vault.conn, references=[reference])
    if not found:
        raise CaseNotFound(f"There is no case {reference!r}.")
    return get_case_by_id(vault, found[reference])


def get_case(vault: Vault, ref_or_id: str) -> Case:
    """For what a person types (the command line's REF arguments): the case with this
    reference, else the one with this id. Code that holds an id uses get_case_by_id.
    Raises CaseNotFound."""
    found = case_queries.find_ids(vault.conn, references=[ref_or_id])
    if found:
        return get_case_by_id(vault, found[ref_or_id])
    try:
        return get_case_by_id(vault, ref_or_id)
    except CaseNotFound:
        raise CaseNotFound(f"There is no case {ref_or_id!r}.") from None


def _diff(old: object, new: object, names_: Sequence[str], prefix: str = "") -> dict:
    return {
        prefix + n: [getattr(old, n), getattr(new, n)]
        for n in names_
        if getattr(old, n) != getattr(new, n)
    }


_CASE_FIELDS = [f.name for f in fields(Case) if f.name not in (
    "person", "charges", "events", "parties", "groups", "detention", "id", "arrest_lower",
    "arrest_upper", "learned_lower", "learned_upper", "deleted_at", "created_at",
    "updated_at")]  # children are audited one by one
_PERSON_FIELDS = ["display_name", "birth_date", "citizenship", "hometown", "residence",
                  "contact", "publicity", "notes"]
_EVENT_FIELDS = ["type", "date", "time", "time_approx", "place", "body", "text", "source"]
_PARTY_FIELDS = ["name", "role", "kind", "contact", "note", "consent", "consent_date",
                 "safe_to_contact", "contact_how"]
_NOTIFICATION_FIELDS = ["date", "time", "text"]
_DETENTION_FIELDS = ["place", "unknown", "since", "time", "until", "note"]
_GROUP_FIELDS = ["name", "kind", "note"]


#: Case fields the case list shows (its columns and filters): a change to one of them is a
#: change of the case's row.
_ROW_FIELDS = frozenset({"reference", "kind", "status", "outcome", "region", "lawyer", "arrest_date",
                         "person.display_name"})


@dataclass(frozen=True)
class OpChanges:
    """What a save changed, so that the views refresh only that (as Anki's ``OpChanges``).

    ``records``: the kinds of record written ("case", "event", "charge", "party",
    "notification", "detention", "group", "deadline"); ``row``: a field the case list shows
    changed (reference, client's name, kind, status, outcome, region, lawyer, arrest date, or
    the next deadline); ``person``: the client's details or spellings (the people list, the
    person's other cases); ``created``: the case is new (everything of it is)."""

    records: frozenset[str] = frozenset()
    row: bool = False
    person: bool = False
    created: bool = False

    @property
    def nothing(self) -> bool:
        """The save changed nothing (the case was saved as it was): no view needs refreshing."""
        return not (self.records or self.row or self.person or self.created)

    @property
    def deadlines(self) -> bool:
        """Deadlines were added, moved or removed (the dashboard, the deadlines tab)."""
        return self.created or "deadline" in self.records

    @property
    def events(self) -> bool:
        """Events changed (the timeline, the removal-risk band, the overview's custody and bars)."""
        return self.created or "event" in self.records


@dataclass(frozen=True)
class Saved:
    """A saved case and what the save changed (:func:`save_case`)."""

    case: Case
    changes: OpChanges


def save_case(vault: Vault, case: Case) -> Saved:
    """Create ``case`` (no id) or save its edits (:func:`create_case`, :func:`update_case`)
    and say what changed. Raises what those raise; nothing is then saved."""
    if not case.id:
        created = create_case(vault, case)
        return Saved(created, OpChanges(records=frozenset({"case"}), row=True, person=True, created=True))
    saved, changes = _update(vault, case)
    return Saved(saved, changes)


def update_case(vault: Vault, case: Case) -> Case:
    """Save every field of an edited case (children matched by id; a child without one is
    new, a child missing is deleted), with one audit entry per change and its deadlines
    followed, in one transaction; returns the case as saved. Raises CaseNotFound (no id, or
    the case is gone), CaseInvalid (its ``problems``) and VaultError; nothing is then saved.
    :func:`save_case` says, besides, what changed."""
    return _update(vault, case)[0]


def _update(vault: Vault, case: Case) -> tuple[Case, OpChanges]:
    if not case.id:
        raise CaseNotFound("The case has no id: create it first.")
    problems = validate_case(case)
    with writes.case_transaction(vault, case.id) as (conn, written):
        olds = case_queries.get_cases(conn, [case.id])
        if not olds:
            raise CaseNotFound(f"The case {case.reference!r} no longer exists.")
        old = olds[0]
        clash = _reference_clash(conn, case, own=old.reference)
        if clash is not None:
            problems.append(clash)
        if problems:
            raise CaseInvalid(problems)
        case.person.id = old.person.id
        prepare(case)
        now = now_utc()
        case_queries.update_case(conn, case, now=now, new_id=new_id)
        search_queries.index_cases(conn, [search_doc(case)])
        changes = _diff(old, case, _CASE_FIELDS) | _diff(old.person, case.person, _PERSON_FIELDS, "person.")
        old_names = [(n.value, n.lang) for n in old.person.names]
        new_names = [(n.value, n.lang) for n in case.person.names]
        if old_names != new_names:
            changes["person.names"] = [old_names, new_names]
        entries = [("case", case.id, case.id, "update", changes)] if changes else []
        entries += _child_changes(case.id, "event", old.events, case.events, _EVENT_FIELDS)
        entries += _child_changes(case.id, "charge", old.charges, case.charges,
                                  ["jurisdiction", "code", "article", "part", "note"])
        entries += _child_changes(case.id, "party", old.parties, case.parties, _PARTY_FIELDS)
        entries += _child_changes(case.id, "notification",
                                  [n for p in old.parties for n in p.notifications],
                                  [n for p in case.parties for n in p.notifications], _NOTIFICATION_FIELDS)
        entries += _child_changes(case.id, "detention", old.detention, case.detention, _DETENTION_FIELDS)
        entries += _child_changes(case.id, "group", old.groups, case.groups, _GROUP_FIELDS)
        written.update(_reindex_person_cases(conn, case.person.id, but=case.id))  # the name shows there too
        followed = deadline_service.sync_case(conn, case, now=now)  # issue 4: follow the events
        entries += followed.audit
        audit_queries.record(conn, entries, at=now, author=vault.author)
    records = {entry[0] for entry in entries}
    if followed.added or followed.moved or followed.removed:
        records.add("deadline")
    person = any(name.startswith("person.") for name in changes)
    row = bool(_ROW_FIELDS & set(changes)) or "deadline" in records
    return case, OpChanges(records=frozenset(records), row=row, person=person)


def _reindex_person_cases(conn, person_id: str, *, but: str) -> list[str]:
    """Other cases of the same person: their index holds the person's names too. Returns their ids."""
    others = [r.id for r in case_queries.list_cases(conn, where=CaseFilter(person_id=person_id))
              if r.id != but]
    if others:
        search_queries.index_cases(conn, [search_doc(c) for c in case_queries.get_cases(conn, others)])
    return others


def _child_changes(case_id: str, entity: str, old: list, new: list, attrs: list[str]) -> list[tuple]:
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    entries = []
    for item_id, item in after.items():
        if item_id not in before:
            entries.append((entity, item_id, case_id, "create", {a: getattr(item, a) for a in attrs if getattr(item, a) is not None}))
        else:
            diff = _diff(before[item_id], item, attrs)
            if diff:
                entries.append((entity, item_id, case_id, "update", diff))
    for item_id, item in before.items():
        if item_id not in after:
            entries.append((entity, item_id, case_id, "delete", {a: getattr(item, a) for a in attrs if getattr(item, a) is not None}))
    return entries


def add_event(vault: Vault, case_id: str, event: Event) -> Event:
    """Record one event on a case (the commonest edit: tonight's arrest); returns the event
    with its id. The case is read inside the transaction that writes it, so no change made
    meanwhile is overwritten. Raises CaseNotFound, CaseInvalid (a bad event) and VaultError."""
    with vault.transaction() as conn:
        case = case_queries.get_cases(conn, [case_id])
        if not case:
            raise CaseNotFound(f"There is no case with id {case_id!r}.")
        case[0].events.append(event)
        update_case(vault, case[0])  # a savepoint of this transaction
    return event


def delete_case(vault: Vault, case_id: str) -> None:
    """Move a case to the trash (it can be restored until the trash is emptied). An unknown
    id changes nothing but the audit. Raises VaultError when the vault cannot be written."""
    with writes.case_transaction(vault, case_id) as (conn, _written):
        now = now_utc()
        case_queries.set_deleted(conn, case_id, now)
        audit_queries.record(conn, [("case", case_id, case_id, "trash", {})], at=now, author=vault.author)


def restore_case(vault: Vault, case_id: str) -> None:
    """Take a case back out of the trash, with its audit entry. An unknown id changes nothing
    but the audit. Raises VaultError when the vault cannot be written."""
    with writes.case_transaction(vault, case_id) as (conn, _written):
        now = now_utc()
        case_queries.set_deleted(conn, case_id, None)
        audit_queries.record(conn, [("case", case_id, case_id, "restore", {})], at=now, author=vault.author)


def empty_trash(vault: Vault) -> int:
    """Delete every case in the trash for good (its rows and index entries); returns how many.
    The audit keeps each purged case's reference. Raises VaultError."""
    with vault.transaction() as conn:
        ids = case_queries.trashed_ids(conn)
        search_queries.remove_cases(conn, ids)
        refs = {c.id: c.reference for c in case_queries.get_cases(conn, ids)}
        case_queries.purge(conn, ids)
        audit_queries.record(conn, [("case", i, i, "purge", {"reference": refs.get(i)}) for i in ids],
                             at=now_utc(), author=vault.author)
    return len(ids)


def search_terms(text: str) -> list[tuple[str, str]]:
    """(folded key, raw word) for each word of a query; a word with digits (a reference,
    an article) is looked for in the text only."""
    terms = []
    for word in re.findall(r"\w[\w.-]*", names.clean(text or "")):  # no soft hyphens, ZWSP...
        keys = [] if any(ch.isdigit() for ch in word) else names.fold(word)
        terms.append((keys[0] if keys else "", word))
    return terms


def search(vault: Vault, text: str, *, limit: int | None = None, trash: bool = False) -> list[str]:
    """Ids of cases whose names (any spelling, folded) or text match every word of ``text``,
    best first; at most ``limit``; from the trash when ``trash``. Raises VaultError."""
    return search_queries.find(vault.conn, search_terms(text), trash=trash, limit=limit)


def with_text(where: CaseFilter, text: str) -> CaseFilter:
    """The filter narrowed to cases matching every word of ``text`` (names in any spelling,
    or case text). A query with nothing to look for matches nothing."""
    if not text.strip():
        return where
    return replace(where, match=search_queries.match_expression(search_terms(text)) or '""')


def list_cases(vault: Vault, *, text: str = "", where: CaseFilter = CaseFilter(),
               sort: str = "reference", descending: bool = False,
               limit: int | None = None, offset: int = 0) -> list[CaseRow]:
    """One page of case rows (:class:`db.records.CaseRow`) matching ``where`` and the words of
    ``text``, sorted by ``sort`` (a key of db.cases.SORT_COLUMNS; KeyError for another), at
    most ``limit`` from ``offset``. Raises VaultError."""
    return case_queries.list_cases(vault.conn, where=with_text(where, text), sort=sort,
                                   descending=descending, limit=limit, offset=offset)


def count_cases(vault: Vault, *, text: str = "", where: CaseFilter = CaseFilter()) -> int:
    """How many cases :func:`list_cases` would list without a limit. Raises VaultError."""
    return case_queries.count_cases(vault.conn, where=with_text(where, text))


def distinct_values(vault: Vault, column: str) -> list[str]:
    """Lawyers or regions in use, for the list's filters."""
    return case_queries.distinct_values(vault.conn, column)


def articles_in_use(vault: Vault) -> list[tuple[str, str, str]]:
    """The charges' articles in use as (jurisdiction, code, article) triples, e.g.
    ("BY", "CC", "342"), sorted, each once. Raises VaultError."""
    return case_queries.articles_in_use(vault.conn)


def stats(vault: Vault, *, date_from: str | None = None, date_to: str | None = None,
          kind: str | None = None, outcome: str | None = None,
          arrest_from: str | None = None, arrest_to: str | None = None) -> Stats:
    """Figures over the cases with any date (arrest or event) in the period (EDTF ends, both
    optional), of one kind or outcome when given. ``arrest_from``/``arrest_to`` are the old
    names of ``date_from``/``date_to``. PeriodInvalid (desktop.cases.figures) for a bad period.
    The rules: desktop.cases.figures."""
    from desktop.cases import figures

    sc = figures.scope(date_from=date_from or arrest_from, date_to=date_to or arrest_to,
                       kind=kind, outcome=outcome)
    return figures.compute(vault, sc)


def stats_by(vault: Vault, by: str, *, date_from: str | None = None, date_to: str | None = None) -> dict[str, Stats]:
    """stats() for each case kind, outcome or year the cases began ({value: Stats})."""
    from desktop.cases import figures

    return figures.breakdown(vault, by, figures.scope(date_from=date_from, date_to=date_to))


def persons_named_like(vault: Vault, name: str) -> list[tuple[str, str]]:
    """Existing persons one of whose spellings folds like ``name`` (to avoid duplicates)."""
    key = names.search_key(name)
    return person_queries.persons_with_key(vault.conn, key) if key else []


def history(vault: Vault, case_id: str):
    """The audit entries of a case, oldest first (:class:`db.records.AuditEntry`: ``at`` in UTC
    ISO 8601, ``author``, ``entity``, ``action``, ``changes`` as JSON text, mostly
    ``{field: [old, new]}``). Raises VaultError."""
    return audit_queries.history(vault.conn, case_id)


__all__ = [
    "Case", "CaseFilter", "CaseInvalid", "CaseNotFound", "OpChanges", "Person", "Problem", "Saved", "add_event",
    "create_case", "delete_case", "empty_trash", "get_case", "history", "list_cases",
    "persons_named_like", "prepare", "restore_case", "search", "search_doc", "stats",
    "save_case", "update_case", "validate_case",
]
