"""abarona-cli report case|aggregate: the printable reports from a terminal."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import _open, lazy, occupied

dates = lazy("desktop.dates.edtf")

# ReportLab loads only when a report is written (reports.common imports it); these mirror it.
LANGUAGES = ("en", "ru", "be")
PAPERS = ("a4", "letter")

_WARNING = "NOT encrypted: keep it safe and delete it when done"


def _date(value: str) -> str:
    if not dates.is_valid(value):
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (use 2021-12-31, 2021-12 or 2021)")
    return value


def _usage(args, message: str):
    """Fail as a usage error of abarona-cli (its parser raises the CLI's own UsageError)."""
    args.report_parser.error(message)


def _target(args) -> Path:
    target = Path(args.output)
    if target.is_dir():
        _usage(args, f"{target} is a folder; name a file (nothing was written)")
    if occupied(target) and not args.overwrite:
        _usage(args, f"{target} already exists; choose another name or add --overwrite (nothing was written)")
    return target




def cmd_case(args) -> int:
    from desktop.reports import anonymise, exports, summary

    target = _target(args)
    with _open(args) as vault:
        data = summary.load(vault, args.ref, lang=args.lang)
        if args.public:
            data = anonymise.public_summary(data, lang=args.lang, include_notes=args.include_notes)
        pdf = summary.render(data, lang=args.lang, paper=args.paper)
        exports.save(vault, target, pdf, report="case_summary", case_id=data.case.id, public=args.public,
                     lang=args.lang)
    mode = "public" if args.public else "internal, with personal data"
    print(f"Wrote the case summary ({mode}) to {target} ({_WARNING}).")
    return 0


def cmd_aggregate(args) -> int:
    from desktop.reports import aggregate, exports

    target = _target(args)
    with _open(args) as vault:
        try:
            pdf = aggregate.aggregate_report(vault, date_from=args.date_from, date_to=args.date_to,
                                             public=args.public, lang=args.lang, paper=args.paper)
        except aggregate.PeriodInvalid as exc:
            _usage(args, str(exc))
        exports.save(vault, target, pdf, report="aggregate", case_id=None, public=args.public, lang=args.lang)
    mode = "public" if args.public else "internal, with personal data"
    print(f"Wrote the aggregate report ({mode}) to {target} ({_WARNING}).")
    return 0


def register(subparsers) -> None:
    report = subparsers.add_parser("report", help="write a case summary or an aggregate report as PDF")
    kinds = report.add_subparsers(dest="report", required=True, parser_class=type(report))

    def common(p) -> None:
        p.add_argument("-o", "--output", required=True, help="the PDF file to write (it is NOT encrypted)")
        p.add_argument("--public", action="store_true",
                       help="name persons only as they consented; leave out contacts, documents, notes")
        p.add_argument("--lang", choices=LANGUAGES, default="en")
        p.add_argument("--paper", choices=PAPERS, default="a4")
        p.add_argument("--overwrite", action="store_true", help="replace an existing file")

    p = kinds.add_parser("case", help="the summary of one case")
    p.add_argument("ref", help="the case's reference (or id)")
    common(p)
    p.add_argument("--include-notes", action="store_true",
                   help="in a public summary, include the case summary and event texts (names still hidden)")
    p.set_defaults(run=cmd_case, report_parser=p)
    p = kinds.add_parser("aggregate", help="figures, charts and the list of cases for a period of arrests")
    common(p)
    p.add_argument("--from", dest="date_from", type=_date, help="arrests from this date (a day 2021-12-31, a month 2021-12 or a year 2021)")
    p.add_argument("--to", dest="date_to", type=_date, help="arrests up to this date (a day, a month or a year)")
    p.set_defaults(run=cmd_aggregate, report_parser=p)
