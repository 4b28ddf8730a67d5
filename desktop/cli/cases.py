"""Commands on cases: `import`, `export`, `cases`, `show`, `search`, `stats`."""

from __future__ import annotations

from pathlib import Path

from desktop.cli.common import EXIT_OK, UsageError, _date, _open, _print_json, lazy, occupied

interchange = lazy("desktop.cases.interchange")
case_service = lazy("desktop.cases.service")
dates = lazy("desktop.dates.edtf")  # every date printed for people: dates.human (JSON keeps EDTF)
vocab_module = lazy("desktop.cases.vocab")
records = lazy("desktop.cases.records")


def vocabulary():
    return vocab_module.vocabulary()


class _VocabularyChoices:
    """The values of one vocabulary (``kinds``, ``outcomes``) as argparse's ``choices``, read
    from resources/vocabularies.toml only when a command line names one or asks for that
    command's help, not at every start (issue 19: CLI start within 150 ms)."""

    def __init__(self, table: str) -> None:
        self.table = table

    def _values(self) -> list[str]:
        return list(getattr(vocabulary(), self.table))

    def __contains__(self, value: object) -> bool:
        return value in self._values()

    def __iter__(self):
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

def cmd_import(args) -> int:
    with _open(args) as vault:
        result = interchange.import_file(vault, args.file)
    print(f"Imported {result.cases} cases with {result.events} events.")
    for warning in result.warnings:
        print(f"Warning: {warning}")
    return EXIT_OK


def cmd_export(args) -> int:
    target = Path(args.file)
    if not args.yes:
        raise UsageError(
            "export writes every case UNENCRYPTED (plaintext JSON) to the file you name; "
            "anyone who gets the file can read it. Add --yes if that is what you want"
        )
    if occupied(target):
        raise UsageError(f"{target} already exists; choose another name (nothing was written)")
    with _open(args) as vault:
        count = interchange.export_file(vault, target)
    print(f"Wrote {count} cases to {target} (NOT encrypted: keep it safe and delete it when done).")
    return EXIT_OK


def _row_dict(row) -> dict:
    return {
        "id": row.id, "reference": row.reference, "person": row.person_name, "kind": row.kind,
        "status": row.status, "outcome": row.outcome, "arrest_date": row.arrest_date,
        "region": row.region, "lawyer": row.lawyer,
    }


def _print_rows(rows) -> None:
    if not rows:
        print("No cases.")
        return
    width = max(len(r.reference) for r in rows)
    for r in rows:
        print(f"{r.reference:<{width}}  {r.kind:<18} {r.status:<6} {r.outcome:<12} "
              f"{(dates.human(r.arrest_date) or '-'):<12} {r.person_name}")


def cmd_cases(args) -> int:
    where = records.CaseFilter(status=args.status, kind=args.kind, outcome=args.outcome)
    with _open(args) as vault:
        rows = case_service.list_cases(vault, where=where)
    if args.json:
        _print_json([_row_dict(r) for r in rows])
    else:
        _print_rows(rows)
    return EXIT_OK


def cmd_show(args) -> int:
    with _open(args) as vault:
        case = case_service.get_case(vault, args.ref)
        data = interchange.case_document(vault, case)
    if args.json:
        _print_json(data)
        return EXIT_OK
    vocab = vocabulary()
    person = case.person
    print(f"{case.reference} — {person.display_name}")
    for n in person.names:
        print(f"  also: {n.value}" + (f" ({n.lang})" if n.lang else ""))
    if person.birth_date:
        print(f"Born: {dates.human(person.birth_date)}")
    print(f"Kind: {vocab.kinds[case.kind].en}; status: {case.status}; outcome: {vocab.outcomes[case.outcome].en}")
    if case.arrest_date or case.arrest_place:
        print(f"Arrest: {dates.human(case.arrest_date) or '?'} {case.arrest_place or ''}".rstrip())
    for c in case.charges:
        article = vocab.article(c.jurisdiction, c.code, c.article)
        part = f" part {c.part}" if c.part else ""
        title = f" — {article.en}" + ("" if article.verified else " (title not yet verified)") if article else ""
        print(f"Charge: {c.jurisdiction} {c.code} {c.article}{part}{title}")
    if case.learned_date or case.learned_how:
        print(f"Learned of the case: {dates.human(case.learned_date) or '?'}" + (f" — {case.learned_how}" if case.learned_how else ""))
    for g in case.groups:
        print(f"Group: {g.name} ({vocab.group_kinds[g.kind].en if g.kind in vocab.group_kinds else g.kind})")
    for place in case.detention:
        where = "WHEREABOUTS UNKNOWN" + (f" ({place.place})" if place.place else "") if place.unknown else place.place
        print(f"Held: {dates.human(place.since)}{' ' + place.time if place.time else ''} – "
              f"{dates.human(place.until) or 'now'}: {where}")
    for party in case.parties:
        consent = f"; consent {party.consent}" + (f" ({dates.human(party.consent_date)})" if party.consent_date else "") \
            if party.consent else ""
        safe = {True: "; safe to contact", False: "; NOT safe to contact"}.get(party.safe_to_contact, "")
        told = f"; notified {len(party.notifications)} time(s)" if party.notifications else ""
        print(f"Party: {party.name} ({vocab.party_roles[party.role].en if party.role in vocab.party_roles else party.role})"
              f"{consent}{safe}{told}")
    if case.events:
        print("Chronology:")
    from desktop.cases import order

    for e in order.chronological(case.events):
        when = dates.human(e.date) + (f" {'about ' if e.time_approx else ''}{e.time}" if e.time else "")
        label = vocab.event_types[e.type].en if e.type in vocab.event_types else e.type
        extra = "; ".join(x for x in (e.place, e.body, e.text) if x)
        print(f"  {when:<17} {label}" + (f" — {extra}" if extra else ""))
    if case.tags:
        print("Tags: " + ", ".join(case.tags))
    if case.summary:
        print(f"Summary: {case.summary}")
    return EXIT_OK


def cmd_search(args) -> int:
    with _open(args) as vault:
        rows = case_service.list_cases(vault, text=args.text)
    if args.json:
        _print_json([_row_dict(r) for r in rows])
    else:
        _print_rows(rows)
    return EXIT_OK


def _print_stats(figures, indent: str = "") -> None:
    print(f"{indent}Cases: {figures.cases} (persons {figures.persons}; incidents, each group of linked "
          f"cases once: {figures.incidents})")
    for title, table in (("By kind", figures.by_kind), ("By outcome", figures.by_outcome),
                         ("By status", figures.by_status), ("By charge", figures.by_charge),
                         ("By event", figures.by_event), ("Interim measures by body", figures.by_body)):
        print(f"{indent}{title}:")
        for key, n in table.items():
            print(f"{indent}  {key or '(body not recorded)':<28} {n}")
    im = figures.interim
    if im.get("granted"):
        print(f"{indent}Interim measures granted: {im['granted']}; removed despite them: {im['removed_after']}; "
              f"removed before they arrived: {im['removed_before']}; same day, order not known: "
              f"{im['removed_order_unknown']}; not removed: {im['not_removed']}")
        if im.get("estimated"):
            print(f"{indent}  ({im['estimated']} of these rest on an approximate date or time: estimates)")
    learned = figures.learned
    if learned.get("cases"):
        about = " (some dates approximate: an estimate)" if learned.get("approximate") else ""
        print(f"{indent}Days from arrest to knowledge: median {learned['median_delay_days']:g}, longest "
              f"{learned['longest_delay_days']} over {learned['cases']} cases{about}")


def cmd_stats(args) -> int:
    from desktop.cases.figures import PeriodInvalid

    try:
        with _open(args) as vault:
            if args.by:
                figures = case_service.stats_by(vault, args.by, date_from=args.date_from, date_to=args.date_to)
            else:
                figures = case_service.stats(vault, date_from=args.date_from, date_to=args.date_to)
    except PeriodInvalid as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        from dataclasses import asdict

        _print_json({k: asdict(v) for k, v in figures.items()} if args.by else asdict(figures))
        return EXIT_OK
    if args.date_from or args.date_to:
        print("Period rule: a case is counted when any of its dates (arrest or any event) falls in the period.")
    if not args.by:
        _print_stats(figures)
        return EXIT_OK
    if not figures:
        print("No cases.")
    for value, sub in figures.items():
        print(f"== {args.by}: {value}")
        _print_stats(sub, "  ")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("import", help="import cases from an interchange JSON file (all or nothing)")
    p.add_argument("file")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("export", help="export every case to an UNENCRYPTED JSON file")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="confirm that the file will not be encrypted")
    p.set_defaults(run=cmd_export)
    p = sub.add_parser("cases", help="list cases")
    p.add_argument("--json", action="store_true")
    p.add_argument("--status", choices=["open", "closed"])
    # The choices are given after add_argument, which would read them at once to check the
    # metavar; argparse reads them again only to parse --kind/--outcome or print this help.
    p.add_argument("--kind").choices = _VocabularyChoices("kinds")
    p.add_argument("--outcome").choices = _VocabularyChoices("outcomes")
    p.set_defaults(run=cmd_cases)
    p = sub.add_parser("show", help="show one case")
    p.add_argument("ref")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_show)
    p = sub.add_parser("search", help="find cases by any spelling of a name, or by text")
    p.add_argument("text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_search)
    p = sub.add_parser("stats", help="figures over all cases, or the cases with any date in a period")
    p.add_argument("--json", action="store_true")
    p.add_argument("--from", dest="date_from", type=_date,
                   help="cases with any date (arrest or event) from this date (a day 2021-12-31, a month 2021-12 "
                        "or a year 2021)")
    p.add_argument("--to", dest="date_to", type=_date,
                   help="cases with any date (arrest or event) up to this date (a day, a month or a year)")
    p.add_argument("--by", choices=["kind", "outcome", "year"],
                   help="the same figures for each case kind, outcome, or year the case began")
    p.set_defaults(run=cmd_stats)
