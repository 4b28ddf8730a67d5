"""abarona-cli screen and duplicates: wanted-list screening and duplicate clients."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import EXIT_FAILURE, EXIT_OK, UsageError, _open, _print_json, lazy

duplicates = lazy("desktop.screening.duplicates")
screening = lazy("desktop.screening.service")
dates = lazy("desktop.dates.edtf")
#: desktop.names.matching.DEFAULT_THRESHOLD, written out so that --help does not load the
#: matcher (tests/e2e/test_cli_start.py checks that the two agree).
DEFAULT_THRESHOLD = 0.85

SCREEN_HELP = """\
Check every client against a published list of wanted persons (CSV or XLSX).

By default nothing is stored: the list is read, every client is matched against it and
the matches are printed, and the vault is left as it was. With --keep the list is also
kept in the vault as a new version of its --source (dated --date), its matches wait for
review in the app (confirm or dismiss), and the next version shows what was added and
removed.

Columns are recognised by their names (ФИО, Фамилия/Имя/Отчество, Дата рождения, Статья,
Name, Date of birth...); name any other with --column FIELD=COLUMN (FIELD is one of
name, birth, place, article, listed_on, source; give name= several times for surname,
given name and patronymic columns)."""


def _threshold(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number between 0 and 1") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a score between 0 and 1 (e.g. 0.85)")
    return number


def _columns(pairs: list[str]) -> dict[str, str | list[str]]:

    columns: dict[str, list[str]] = {}
    for pair in pairs or []:
        field, sep, column = pair.partition("=")
        if not sep or not field.strip() or not column.strip():
            raise UsageError(f"--column {pair!r}: write it as FIELD=COLUMN, e.g. name=ФИО")
        columns.setdefault(field.strip(), []).append(column.strip())
    return {f: (c if f == "name" else c[0]) for f, c in columns.items()}


def _fail(message: str) -> int:

    print(f"abarona-cli: {message}", file=sys.stderr)
    return EXIT_FAILURE


def _hit_dict(hit) -> dict:
    entry = hit.entry
    return {
        "entry": {"row": entry.position, "name": entry.name, "birth": entry.birth_text,
                  "birth_date": entry.birth_date, "place": entry.place, "article": entry.article,
                  "listed_on": entry.listed_on, "source": entry.source},
        "person_id": hit.person_id, "client": hit.display_name, "client_birth_date": hit.birth_date,
        "spelling": hit.spelling, "score": round(hit.score, 4), "explanation": hit.explanation(),
        "reasons": [{"code": r.code, "part": r.part, **r.values} for r in hit.reasons],
        "cases": list(hit.case_references),
    }


def cmd_screen(args) -> int:
    if args.keep and not args.source:
        raise UsageError("--keep needs --source (who published the list, e.g. \"MVD RF\")")
    try:
        table = screening.read_table(Path(args.file))
        mapping = screening.mapping_from_names(table.headers, _columns(args.column))
        unused = screening.check_mapping(table, mapping)
        read = screening.read_entries(table, mapping)
        entries, skipped = read.entries, read.skipped
    except screening.ListFileError as exc:
        return _fail(f"{args.file}: {exc}")
    with _open(args) as vault:
        if args.keep:
            try:
                result = screening.import_list(vault, table, mapping, source=args.source, published=args.date,
                                               threshold=args.threshold)
            except screening.ListFileError as exc:
                return _fail(str(exc))
            hits = screening.screen_entries(vault, entries, threshold=args.threshold)
        else:
            result = None
            hits = screening.screen_entries(vault, entries, threshold=args.threshold)
        persons = {h.person_id for h in hits}
    if args.json:
        _print_json({
            "entries": len(entries), "skipped_rows": skipped, "unused_columns": unused,
            "threshold": args.threshold, "clients_matched": len(persons),
            "kept_as": result.list_id if result else None,
            "new_since_previous": result.new_matches if result else None,
            "matches": [_hit_dict(h) for h in hits],
            "unreadable_birth_dates": [{"row": u.row, "name": u.name, "birth": u.text}
                                       for u in read.unreadable_births],
        })
        return EXIT_OK
    print(f"{len(entries)} entries read from {Path(args.file).name}"
          + (f"; {len(skipped)} rows without a name skipped" if skipped else "") + ".")
    if unused:
        print("Columns not used: " + ", ".join(unused) + ".")
    for unreadable in read.unreadable_births:
        print("Birth date not read, " + unreadable.message())
    if not hits:
        print(f"No client matches (threshold {args.threshold:g}).")
    for hit in hits:
        entry = hit.entry
        # the date as read, in words ("about August 1989"); the list's text when it was not read
        shown = dates.human(entry.birth_date) if entry.birth_date else entry.birth_text
        birth = f", born {shown}" if shown else ""
        article = f", {entry.article}" if entry.article else ""
        print(f"\n{hit.score:.2f}  row {entry.position}: {entry.name}{birth}{article}")
        print(f"      client: {hit.display_name}" + (f" (born {dates.human(hit.birth_date)})" if hit.birth_date else "")
              + (f", as “{hit.spelling}”" if hit.spelling != hit.display_name else "")
              + (f"; cases {', '.join(hit.case_references)}" if hit.case_references else ""))
        print(f"      why: {hit.explanation()}")
    if result:
        print(f"\nKept as a new list of {args.source}: {result.matches} matches, {result.new_matches} of them "
              f"new since the previous list, {result.open_matches} waiting for review.")
    else:
        print(f"\n{len(hits)} matches, {len(persons)} clients. Nothing was stored (use --keep to keep the list).")
    return EXIT_OK


def cmd_duplicates(args) -> int:
    with _open(args) as vault:
        pairs = duplicates.find_duplicates(vault, threshold=args.threshold)
    if args.json:
        _print_json([{
            "score": round(p.score, 4), "explanation": p.explanation(),
            "a": {"person_id": p.a.id, "name": p.a.display_name, "birth_date": p.a.birth_date,
                  "cases": list(p.a.case_references), "spelling": p.spelling_a},
            "b": {"person_id": p.b.id, "name": p.b.display_name, "birth_date": p.b.birth_date,
                  "cases": list(p.b.case_references), "spelling": p.spelling_b},
        } for p in pairs])
        return EXIT_OK
    if not pairs:
        print("No probable duplicates.")
    for p in pairs:
        print(f"{p.score:.2f}  {p.a.display_name} [{', '.join(p.a.case_references)}]"
              f"  —  {p.b.display_name} [{', '.join(p.b.case_references)}]")
        print(f"      why: {p.explanation()}")
    if pairs:
        print(f"\n{len(pairs)} pairs. Merge them in the app (People → Duplicates); nothing was changed.")
    return EXIT_OK


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "screen", help="check every client against a wanted list (CSV/XLSX); stores nothing unless --keep",
        description=SCREEN_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", help="the list: .csv (any common encoding and delimiter) or .xlsx")
    p.add_argument("--json", action="store_true")
    p.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD,
                   help="lowest score shown, 0..1 (default %(default)s)")
    p.add_argument("--column", action="append", metavar="FIELD=COLUMN",
                   help="which column holds a field, e.g. name=ФИО or birth=\"Дата рождения\"")
    p.add_argument("--keep", action="store_true", help="keep the list in the vault as a new version of --source")
    p.add_argument("--source", help="who published the list (with --keep), e.g. \"MVD RF\"")
    p.add_argument("--date", help="the date the list is as of (with --keep), e.g. 2025-04-09")
    p.set_defaults(run=cmd_screen)
    p = subparsers.add_parser("duplicates", help="pairs of clients that are probably one person (changes nothing)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--threshold", type=_threshold, default=DEFAULT_THRESHOLD,
                   help="lowest score shown, 0..1 (default %(default)s)")
    p.set_defaults(run=cmd_duplicates)
