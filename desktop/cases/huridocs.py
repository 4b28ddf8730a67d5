"""Export cases as HURIDOCS Events Standard Formats (ESF) records, for exchange with other
human-rights documentation systems (OpenEvSys, Uwazi and the like).

One case becomes one ESF **Event** (title, dates, description with the chronology, the case
groups as Record Grouping). Each of its events becomes, by resources/huridocs.toml:

- an **Act** against the victim (Type of Act) with an **Involvement** of a perpetrator
  (Degree of Involvement): arrest, detention, extradition, abduction, disappearance...;
- an **Intervention** on the victim's behalf (Type of Intervention): appeals, complaints,
  requests for interim measures, asylum applications, publicity;
- the **Response** to such an intervention (interim measures granted or refused, asylum
  granted), set on the latest matching intervention;
- or a line of the Event's chronology (steps of the procedure).

**Persons** carry their roles: ``victim`` (the client), ``perpetrator`` (the body that acted,
or the mapping's default), ``intervening_party`` (the defence organisation, or the
international body the request went to) and ``source`` (the organisation that documented the
case, linked by an **Information** record). Relatives, trusted contacts, notifications,
documents and notes are never exported; the victim is named only as their publicity allows
(full name, initials, or "Person N"), so the file can be shared.

Field names are those of the ESF formats as OpenEvSys names them (its data dictionary), each
record listed under its format. Terms are given as ``{"code", "huri_code", "en", "ru"}`` from
the shipped micro-thesauri. The document's structure: resources/huridocs_esf.schema.json.
"""

from __future__ import annotations

import functools
import json
import os
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from db import audit as audit_queries
from db import cases as case_queries
from db.records import Case
from db.vault import Vault, now_utc
from desktop.cases import order
from desktop.cases.vocab import vocabulary
from desktop.dates import edtf as dates
from desktop.names import folding
from desktop.vaults.atomic import write_atomically

FORMAT = "huridocs-esf"
VERSION = 1
_CHUNK = 500


@dataclass(frozen=True)
class Mapping:
    source: dict
    lists: dict[str, str]
    events: dict[str, dict]
    terms: dict[str, dict]  # by code

    def term(self, code: str) -> dict:
        """The mapped term of one of our codes: {"code", "huri_code", "en", "ru"}. Raises
        KeyError for a code the mapping lacks."""
        t = self.terms[code]
        return {"code": t["code"], "huri_code": t["huri_code"], "en": t["en"], "ru": t["ru"]}


@functools.cache
def mapping() -> Mapping:
    """resources/huridocs.toml: the event-type mapping and the thesauri terms."""
    with resources.files("resources").joinpath("huridocs.toml").open("rb") as handle:
        data = tomllib.load(handle)
    return Mapping(source=data["source"], lists=data["lists"], events=data["events"],
                   terms={t["code"]: t for t in data["term"]})


def _date_fields(text: str | None, prefix: str) -> dict:
    """ESF date fields: the first possible day, and its date type when not an exact day."""
    if not text:
        return {}
    parsed = dates.parse(text)
    out = {prefix: parsed.lower.isoformat(), f"{prefix}_edtf": text}
    if not parsed.is_day:
        m = mapping()
        if parsed.approximate or parsed.uncertain:
            code = "01000000000048"  # Estimate
        elif parsed.lower.month == 1 and parsed.lower.day == 1 and parsed.upper.month == 12 and parsed.upper.day == 31:
            code = "03000000000048"  # Unknown month and day
        else:
            code = "02000000000048"  # Unknown day
        out[f"{prefix}_type"] = m.term(code)
    return out


class _Builder:
    def __init__(self, organisation: str) -> None:
        self.organisation = organisation
        self.records: dict[str, list[dict]] = {k: [] for k in (
            "event", "act", "involvement", "intervention", "information", "person")}
        self._persons: dict[tuple[str, str], str] = {}
        self._withheld = 0
        self._serial = {k: 0 for k in self.records}

    def _number(self, kind: str) -> str:
        self._serial[kind] += 1
        return f"{kind[:3].upper()}-{self._serial[kind]:06d}"

    def person(self, key: tuple[str, str], name: str, *, counting_unit: str, role: str, **fields) -> str:
        """The record number of a person (one record per key), with ``role`` added."""
        if key in self._persons:
            number = self._persons[key]
            record = next(p for p in self.records["person"] if p["person_record_number"] == number)
            if role not in record["roles"]:
                record["roles"].append(role)
            return number
        number = self._number("person")
        self._persons[key] = number
        self.records["person"].append({"person_record_number": number, "counting_unit": counting_unit,
                                       "person_name": name, "roles": [role], **fields})
        return number

    def victim(self, case: Case) -> str:
        person = case.person
        fields: dict = {"confidentiality": person.publicity != "public"}
        if person.publicity == "public":
            name = person.display_name
            if person.names:
                fields["other_names"] = [n.value for n in person.names]
            fields.update(_date_fields(person.birth_date, "date_of_birth"))
            if person.citizenship:
                fields["citizenship"] = list(person.citizenship)
        elif person.publicity == "initials" and folding.initials(person.display_name):
            name = folding.initials(person.display_name)
        else:
            self._withheld += 1
            name = f"Person {self._withheld}"
        return self.person(("victim", person.id or case.id), name, counting_unit="individual", role="victim",
                           **fields)

    def case(self, case: Case) -> None:
        m, vocab = mapping(), vocabulary()
        event_no = self._number("event")
        victim = self.victim(case)
        source = self.person(("org", self.organisation), self.organisation, counting_unit="organisation",
                             role="source")
        defence = self.person(("org", self.organisation), self.organisation, counting_unit="organisation",
                              role="intervening_party")
        ordered = order.chronological(case.events)
        chronology: list[str] = []
        requests: list[tuple[str, dict]] = []  # (event type, intervention record) in time order
        for event in ordered:
            rule = m.events[event.type]
            label = vocab.event_types[event.type].en
            when = event.date + (f" {'about ' if event.time_approx else ''}{event.time}" if event.time else "")
            chronology.append(f"{when}: {label}" + (f" ({event.body})" if event.body else ""))
            if rule["record"] == "act":
                act_no = self._number("act")
                act = {"act_record_number": act_no, "victim": victim, "event": event_no,
                       "type_of_act": m.term(rule["term"]), **_date_fields(event.date, "initial_date")}
                if event.place:
                    act["exact_location"] = event.place
                self.records["act"].append(act)
                body = vocab.canonical_body(event.body) or event.body
                perpetrator = self.person(("body", body or rule["perpetrator"]), body or rule["perpetrator"],
                                          counting_unit="organisation", role="perpetrator")
                self.records["involvement"].append({
                    "involvement_record_number": self._number("involvement"), "perpetrator": perpetrator,
                    "event": event_no, "act": act_no, "degree_of_involvement": m.term(rule["degree"])})
            elif rule["record"] == "intervention" or (rule["record"] == "response" and not any(
                    t in rule["to"] for t, _ in requests)):
                term = rule["term"] if rule["record"] == "intervention" else rule["fallback"]
                body = vocab.canonical_body(event.body) or event.body
                party = defence
                record = {"intervention_record_number": self._number("intervention"), "intervening_party": party,
                          "event": event_no, "victim": victim, "type_of_intervention": m.term(term),
                          **_date_fields(event.date, "date_of_intervention")}
                if body:
                    record["parties_requested"] = body
                if rule["record"] == "response":
                    record["response"] = m.term(rule["term"])
                    record["remarks"] = label
                self.records["intervention"].append(record)
                requests.append((event.type, record))
            elif rule["record"] == "response":
                target = next(r for t, r in reversed(requests) if t in rule["to"])
                target["response"] = m.term(rule["term"])
                target["remarks"] = f"{label}, {event.date}"
        start = [d for d in (case.arrest_date, *(e.date for e in ordered)) if d]
        record = {
            "event_record_number": event_no,
            "event_title": f"{vocab.kinds[case.kind].en}: {vocab.outcomes[case.outcome].en}",
            "confidentiality": case.person.publicity != "public",
            **_date_fields(min(start, key=lambda d: dates.parse(d).lower) if start else None, "initial_date"),
            "event_description": "\n".join(chronology),
            "monitoring_status": "closed" if case.status == "closed" else "open",
        }
        ends = [e.date for e in ordered]
        if case.status == "closed" and ends:
            record.update(_date_fields(max(ends, key=lambda d: dates.parse(d).upper), "final_date"))
        if case.arrest_place:
            record["local_geographical_area"] = case.arrest_place
        if case.groups:
            record["record_grouping"] = [g.name for g in case.groups]
        self.records["event"].append(record)
        self.records["information"].append({
            "information_record_number": self._number("information"), "source": source, "event": event_no,
            **({"date_of_source_material": dates.parse(case.learned_date).lower.isoformat()}
               if case.learned_date else {})})


def export_document(vault: Vault, case_ids: Iterable[str] | None = None, *,
                    organisation: str = "Defence organisation") -> dict:
    """The ESF document for these cases (default: every case not in the trash).

    ``organisation``: how the documenting organisation (source and intervening party) is
    named. Shape: resources/huridocs_esf.schema.json."""
    conn = vault.conn
    if case_ids is None:
        case_ids = [row.id for row in case_queries.list_cases(conn)]
    case_ids = list(case_ids)
    builder = _Builder(organisation)
    for start in range(0, len(case_ids), _CHUNK):
        for case in case_queries.get_cases(conn, case_ids[start:start + _CHUNK]):
            builder.case(case)
    m = mapping()
    return {
        "format": FORMAT, "version": VERSION,
        "standard": m.source["standard"],
        "thesauri": {"source": f"{m.source['repository']} at {m.source['commit']}", "lists": dict(m.lists)},
        "records": builder.records,
    }


def export_file(vault: Vault, path: str | os.PathLike[str], case_ids: Iterable[str] | None = None, *,
                organisation: str = "Defence organisation") -> int:
    """Write the ESF export where the user chose (atomically, 0600); the number of events
    (cases). The file is plaintext: the audit trail records that it left the vault."""
    document = export_document(vault, case_ids, organisation=organisation)
    write_atomically(Path(path), json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    with vault.transaction() as conn:
        audit_queries.record(conn, [("export", "huridocs", None, "export_plaintext",
                                     {"format": FORMAT, "cases": len(document["records"]["event"])})],
                             at=now_utc(), author=vault.author)
    return len(document["records"]["event"])
