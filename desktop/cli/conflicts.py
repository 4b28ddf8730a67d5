"""Command group `conflicts`: changes made on two devices to the same record, decided here
(issue 17)."""

from __future__ import annotations

import json

from desktop.cli.common import EXIT_OK, UsageError, _open, _print_json, field_text

#: A shared table's record in words (the window's names: ui.team, ui.handoff.field_label).
_RECORDS = {"persons": "client", "person_names": "spelling of the client's name", "parties": "relative or contact",
            "cases": "case", "charges": "charge", "events": "event", "deadlines": "deadline",
            "case_parties": "relative or contact", "documents": "document", "document_chunks": "document",
            "party_notifications": "notice to a relative", "case_groups": "group",
            "case_group_members": "membership of a group", "detention_places": "custody entry",
            "filings": "filing", "checklist_ticks": "checklist tick"}
#: A field in words, where its column's name is not one already.
_FIELDS = {"display_name": "name", "value": "spelling", "lang": "language", "arrest_date": "arrest date",
           "arrest_place": "arrest place", "birth_date": "birth date", "facility": "detention facility",
           "deleted_at": "in the trash since", "filed_at": "filed", "channel": "sent by",
           "acknowledged_at": "acknowledged", "answered_at": "answered", "expected_by": "answer expected by",
           "step": "checklist step", "done_at": "ticked", "done_by": "ticked by", "unknown": "whereabouts unknown",
           "consent_date": "consent given on", "safe_to_contact": "safe to contact", "contact_how": "how to contact",
           "time_approx": "time is approximate", "body_reference": "reference of the body",
           "learned_date": "learned on", "learned_how": "learned how", "silence_hours": "hours of silence before an alert",
           "state_appointed": "state-appointed lawyer", "at_risk": "at risk", "custody_type": "custody",
           "override_due": "due (set by the lawyer)", "status_by_user": "status set by the lawyer"}
#: Yes-or-no fields, stored as 0 and 1.
_FLAGS = {"unknown", "safe_to_contact", "time_approx", "state_appointed", "at_risk", "has_time", "approximate",
          "status_by_user"}


def _shown_field(name: str) -> bool:
    """Whether a column is something the lawyer wrote (not an id, a sort key, a derived bound
    or a time of the program's own bookkeeping)."""
    return not (name == "id" or name.endswith(("_id", "_lower", "_upper", "_utc", "_key"))
                or name in ("created_at", "updated_at", "position", "search_key", "sha256", "size"))


#: Fields whose values are codes of the vocabulary (resources/vocabulary): shown by their English names.
_CODED = {"type": "event_types", "kind": "kinds", "status": "statuses", "outcome": "outcomes",
          "publicity": "publicity", "role": "party_roles", "consent": "consent"}


def _worded(name: str, value: object) -> object:
    from desktop.cases.vocab import vocabulary

    table = getattr(vocabulary(), _CODED[name], None) if name in _CODED else None
    term = table.get(value) if isinstance(table, dict) and isinstance(value, str) else None
    return getattr(term, "en", term) if term is not None else value


def _value(name: str, value: object) -> str:
    value = _worded(name, value)
    if name in _FLAGS and value in (0, 1, "0", "1", True, False):
        return "yes" if value in (1, "1", True) else "no"
    if isinstance(value, str) and value.startswith("[") and value.endswith("]"):
        try:
            items = json.loads(value)
        except ValueError:
            items = None
        if isinstance(items, list):
            return ", ".join(map(str, items)) or "—"
    return field_text(name, value, 60)


_KINDS = {"edited": "changed on both devices", "deleted_there": "deleted on {device}, changed here",
          "deleted_here": "deleted here, changed on {device}", "constraint": "does not fit this vault"}


def cmd_conflicts(args) -> int:
    from desktop.team import service

    if args.action == "resolve":
        if args.id is None or args.mine == args.theirs:
            raise UsageError("conflicts resolve ID takes --mine or --theirs")
        try:
            conflict_id = int(args.id)
        except ValueError:
            raise UsageError(f"{args.id!r} is not a conflict number (see `abarona-cli conflicts`)") from None
        with _open(args) as vault:
            done = service.resolve(vault, conflict_id, "mine" if args.mine else "theirs")
        print(f"Conflict {conflict_id} decided: {'yours' if args.mine else 'theirs'} kept. It reaches the team "
              "at the next sync.")
        if done.get("also") and not args.json:
            print("Decided with it, as the whole case was kept or deleted: conflict"
                  f"{'s' if len(done['also']) > 1 else ''} {', '.join(map(str, done['also']))}.")
        if args.json:
            _print_json(done)
        return EXIT_OK
    if args.action is not None:
        raise UsageError(f"unknown action {args.action!r}: use `conflicts` or `conflicts resolve ID --mine|--theirs`")
    with _open(args) as vault:
        found = service.conflicts(vault)
    if args.json:
        _print_json(found)
        return EXIT_OK
    if not found:
        print("No conflicts to decide.")
    for c in found:
        record = _RECORDS.get(c["table"], c["entity"].replace("_", " "))
        if c["table"] != "cases" and c.get("what"):
            what = c["what"]
            if c["table"] == "events" and c["row"].get("type"):
                what = what.replace(c["row"]["type"], str(_worded("type", c["row"]["type"])))
            record += f" “{what}”"
        where = f" in case {c['reference']}" if c["reference"] else ""
        if c["table"] == "cases" and c["reference"]:
            record, where = f"case {c['reference']}", ""
        # a deletion against an edit: the edit is what differs (the deleted side has no values)
        changed = {"deleted_there": ("mine",), "deleted_here": ("theirs",)}.get(c["kind"], ("mine", "theirs"))
        print(f"{c['id']}: {record}{where}: {_KINDS[c['kind']].format(device=c['device'])} "
              f"(journal {c['journal']} from {c['device']})")
        # only what the lawyer wrote and what differs: ids, sort keys and unchanged fields say nothing
        for name, v in c["fields"].items():
            if not _shown_field(name) or all(v[side] == v["base"] for side in changed):
                continue
            print(f"    {_FIELDS.get(name, name.replace('_', ' '))}: base {_value(name, v['base'])} | "
                  f"mine {_value(name, v['mine'])} | theirs {_value(name, v['theirs'])}")
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser("conflicts", help="list team conflicts, or decide one: conflicts resolve ID --mine|--theirs")
    p.add_argument("action", nargs="?", choices=["resolve"], help="resolve: decide conflict ID")
    p.add_argument("id", nargs="?", metavar="ID")
    side = p.add_mutually_exclusive_group()
    side.add_argument("--mine", action="store_true", help="keep this vault's version")
    side.add_argument("--theirs", action="store_true", help="take the other device's version")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_conflicts)
