"""Every filing tracked: what was filed, to whom, when and how, its reference number, when it
was acknowledged and answered — and an alarm when an expected answer is late.

Moments are aware date-times. Typed moments without an offset are taken as Moscow time
(where the defence files from); the stored text keeps the offset. An expected answer time is
the lawyer's, or, for an ECtHR Rule 39 request, one working day after filing (requests "were
answered in about one working day": procedure.md, "International protection").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from enum import StrEnum

from db import audit as audit_queries
from db import rapid as queries
from db.rapid import Filing
from db.vault import Vault, new_id, now_utc
from desktop.cases import writes
from desktop.deadlines import service as dl
from desktop.text import shown

#: What can be filed (keys are stable: interchange and JSON use them).
KINDS = {
    "complaint": {"en": "Complaint", "ru": "Жалоба", "be": "Скарга"},
    "appeal": {"en": "Appeal", "ru": "Апелляционная жалоба", "be": "Апеляцыйная скарга"},
    "interim_measures": {"en": "Request for interim measures", "ru": "Запрос обеспечительных мер",
                         "be": "Запыт забяспечвальных мер"},
    "urgent_appeal": {"en": "Urgent appeal", "ru": "Срочное обращение", "be": "Тэрміновы зварот"},
    "restore_term": {"en": "Request to restore a missed term", "ru": "Ходатайство о восстановлении срока",
                     "be": "Хадайніцтва аб аднаўленні тэрміну"},
    "other": {"en": "Other filing", "ru": "Другое обращение", "be": "Іншы зварот"},
}
#: How it was sent.
CHANNELS = {
    "fax": {"en": "Fax", "ru": "Факс", "be": "Факс"},
    "email": {"en": "Email", "ru": "Электронная почта", "be": "Электронная пошта"},
    "portal": {"en": "Online portal", "ru": "Электронный портал", "be": "Электронны партал"},
    "in_person": {"en": "In person", "ru": "Лично", "be": "Асабіста"},
    "post": {"en": "Post", "ru": "Почта", "be": "Пошта"},
    "other": {"en": "Other", "ru": "Иначе", "be": "Інакш"},
}


class FilingReason(StrEnum):
    """Why a filing cannot be recorded (:attr:`FilingInvalid.reason`), for translation."""

    BAD_TIME = "bad_time"  # a moment that is not a date and time
    BEFORE_FILING = "before_filing"  # an acknowledgement, answer or expected time before the filing
    UNKNOWN_KIND = "unknown_kind"  # not one of KINDS
    NO_BODY = "no_body"  # to whom it was filed is missing
    UNKNOWN_CHANNEL = "unknown_channel"  # not one of CHANNELS
    OUT_OF_RANGE = "out_of_range"  # a moment outside FIRST_YEAR..LAST_YEAR
    IN_FUTURE = "in_future"  # a filing, acknowledgement or answer after now (FUTURE_SLACK aside)


class FilingInvalid(ValueError):
    """A filing cannot be recorded as given; the message (English) says which fact and why.
    ``reason``: a :class:`FilingReason`; ``field``: the Filing attribute at fault (``kind``,
    ``body``, ``channel``, ``filed_at``, ``expected_by``, ``acknowledged_at``,
    ``answered_at``), or "" when the moment was not one of a filing's."""

    def __init__(self, message: str, *, reason: FilingReason, field: str = "") -> None:
        super().__init__(message)
        self.reason = FilingReason(reason)
        self.field = field


class FilingNotFound(LookupError):
    """No filing with that id (it may have been deleted)."""


@dataclass(frozen=True)
class FilingView:
    """A filing with what the alarm needs. ``expected``: the expected answer time (aware) or
    None; ``overdue``: no answer and the expected time has passed."""

    filing: Filing
    expected: datetime | None
    overdue: bool

    def as_json(self) -> dict:
        """The shape of ``filings --json`` rows."""
        f = self.filing
        return {"id": f.id, "reference": f.case_reference, "kind": f.kind, "body": f.body,
                "filed_at": f.filed_at, "channel": f.channel, "body_reference": f.reference,
                "acknowledged_at": f.acknowledged_at, "answer": f.answer, "answered_at": f.answered_at,
                "expected_by": f.expected_by,
                "answered": f.answered_at is not None, "overdue": self.overdue, "note": f.note}


def parse_moment(text: str, *, what: str = "the time", field: str = "") -> datetime:
    """An ISO date-time (``2022-04-05T21:30+03:00``, ``2022-04-05 21:30``) or date
    (``2022-04-05``, the start of that day); without an offset, Moscow time. Raises FilingInvalid."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise FilingInvalid(f"{what.capitalize()} is not a date and time: write it as 2022-04-05 21:30 "
                            f"(Moscow time) or 2022-04-05T21:30+03:00.", reason=FilingReason.BAD_TIME,
                            field=field) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dl.zone(dl.MOSCOW))
    return moment


#: The years a filing's moments may fall in: a mistyped year (0001, 9999) is refused with a
#: message rather than carried into date arithmetic that ends at the calendar's edge.
FIRST_YEAR, LAST_YEAR = 1900, 2999
#: How far after now a filing, acknowledgement or answer time may be: a time typed in local
#: time without an offset is read as Moscow time, up to 9 hours ahead of it (Kamchatka).
FUTURE_SLACK = timedelta(days=1)


def _utc(moment: datetime) -> str:
    """The moment in UTC, for sorting; the calendar's first or last second for a moment whose
    UTC time falls outside it (0001-01-01 00:30+03:00, kept from an earlier release's file)."""
    try:
        return moment.astimezone(timezone.utc).isoformat(timespec="seconds")
    except OverflowError:
        edge = datetime.min if moment.year == 1 else datetime.max
        return edge.replace(tzinfo=timezone.utc).isoformat(timespec="seconds")


def default_expected(kind: str, body: str, filed: datetime) -> datetime | None:
    """One working day (Monday to Friday) after filing for an ECtHR interim-measures
    request; None otherwise (the lawyer sets it)."""
    if body != "ecthr" or kind != "interim_measures":
        return None
    try:
        day = filed + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
    except OverflowError:
        return None  # filed on the calendar's last days (an earlier release's file): the lawyer sets it
    return day


def problems(f: Filing) -> list[tuple[str, str]]:
    """Every reason the filing cannot be recorded as given, as (field, message): the field is
    the Filing attribute at fault (``kind``, ``body``, ``channel``, ``filed_at``,
    ``expected_by``, ``acknowledged_at``, ``answered_at``), the message a sentence saying what
    to do. Empty for a filing that can be recorded. Never raises, whatever the types given."""
    return [(key, message) for key, message, _reason in _problems(f)]


def _problems(f: Filing, *, recorded_now: bool = False) -> list[tuple[str, str, FilingReason]]:
    """:func:`problems`, each with its :class:`FilingReason`. ``recorded_now``: the lawyer is
    recording it (add, update), so its moments must also fall within FIRST_YEAR..LAST_YEAR and
    the filing, acknowledgement and answer not after now; a file's filings (an earlier
    release's hand-off package) are kept as they were written."""
    found: list[tuple[str, str, FilingReason]] = []
    if not isinstance(f.kind, str) or f.kind not in KINDS:
        found.append(("kind", f"{shown(f.kind)} is not a kind of filing: use one of {', '.join(KINDS)}.",
                      FilingReason.UNKNOWN_KIND))
    if not isinstance(f.body, str) or not f.body.strip():
        found.append(("body", "Say to whom it was filed (a court, a prosecutor or an international body).",
                      FilingReason.NO_BODY))
    if f.channel is not None and (not isinstance(f.channel, str) or f.channel not in CHANNELS):
        found.append(("channel", f"{shown(f.channel)} is not a way of sending: use one of {', '.join(CHANNELS)}.",
                      FilingReason.UNKNOWN_CHANNEL))
    moments: dict[str, datetime] = {}
    for key, what in (("filed_at", "the filing time"), ("expected_by", "the expected answer time"),
                      ("acknowledged_at", "the acknowledgement time"), ("answered_at", "the answer time")):
        text = getattr(f, key)
        if key == "filed_at" or text:
            try:
                moment = parse_moment(text, what=what, field=key)
            except FilingInvalid as exc:
                found.append((key, str(exc), FilingReason.BAD_TIME))
                continue
            if not recorded_now:
                moments[key] = moment  # (a file's moments are kept as written: see check)
            elif not FIRST_YEAR <= moment.year <= LAST_YEAR:
                found.append((key, f"{what.capitalize()} is in the year {moment.year}: give a time between "
                              f"{FIRST_YEAR} and {LAST_YEAR} (check the year).", FilingReason.OUT_OF_RANGE))
            elif key != "expected_by" and moment > datetime.now(timezone.utc) + FUTURE_SLACK:
                found.append((key, f"{what.capitalize()} is in the future: record it once it has happened "
                              "(a time without an offset is Moscow time).", FilingReason.IN_FUTURE))
            else:
                moments[key] = moment
    filed = moments.get("filed_at")
    if filed is not None:
        for key, what in (("acknowledged_at", "the acknowledgement time"), ("answered_at", "the answer time"),
                          ("expected_by", "the expected answer time")):
            if key in moments and moments[key] < filed:
                found.append((key, f"{what.capitalize()} is before the filing itself; check the dates.",
                              FilingReason.BEFORE_FILING))
    return found


def check(f: Filing, *, recorded_now: bool = False) -> tuple[Filing, str, str | None]:
    """The filing as it is stored (moments with their offsets, to the minute; the expected
    answer time filled by ``default_expected`` where the lawyer set none), with the filing
    and expected moments in UTC for sorting. Raises FilingInvalid with the first of
    ``problems`` (with ``recorded_now``, see _problems)."""
    found = _problems(f, recorded_now=recorded_now)
    if found:
        key, message, reason = found[0]
        raise FilingInvalid(message, reason=reason, field=key)
    filed = parse_moment(f.filed_at)
    expected = parse_moment(f.expected_by) if f.expected_by else default_expected(f.kind, f.body, filed)
    moments = {key: parse_moment(getattr(f, key)).isoformat(timespec="minutes")
               for key in ("acknowledged_at", "answered_at") if getattr(f, key)}
    f = replace(f, body=f.body.strip(), filed_at=filed.isoformat(timespec="minutes"), **moments,
                expected_by=expected.isoformat(timespec="minutes") if expected else None)
    return f, _utc(filed), _utc(expected) if expected else None


_checked = check


def _view(f: Filing, now: datetime) -> FilingView:
    expected = parse_moment(f.expected_by) if f.expected_by else None
    return FilingView(f, expected, f.answered_at is None and expected is not None and expected < now)


def add(vault: Vault, case_id: str, filing: Filing) -> Filing:
    """Record a filing on a case; returns it as stored (its id, moments with offsets).
    Raises FilingInvalid."""
    f, filed_utc, expected_utc = _checked(replace(filing, case_id=case_id, id=filing.id or new_id()), recorded_now=True)
    with writes.case_transaction(vault, case_id) as (conn, _written):
        now = now_utc()
        queries.insert_filing(conn, f, filed_utc=filed_utc, expected_utc=expected_utc, now=now)
        audit_queries.record(conn, [("filing", f.id, case_id, "create", _facts(f))], at=now, author=vault.author)
    return f


def update(vault: Vault, filing: Filing) -> Filing:
    """Change a filing (e.g. record its acknowledgement or answer). Raises FilingNotFound, FilingInvalid."""
    with writes.case_transaction(vault) as (conn, written):
        old = queries.get_filing(conn, filing.id or "")
        if old is None:
            raise FilingNotFound("That filing no longer exists.")
        written.add(old.case_id)
        f, filed_utc, expected_utc = _checked(replace(filing, case_id=old.case_id), recorded_now=True)
        now = now_utc()
        queries.update_filing(conn, f, filed_utc=filed_utc, expected_utc=expected_utc, now=now)
        before, after = _facts(old), _facts(f)
        changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
        audit_queries.record(conn, [("filing", f.id, f.case_id, "update", changes)], at=now, author=vault.author)
    return f


def answer(vault: Vault, filing_id: str, text: str, at: str) -> Filing:
    """Record the answer to a filing and when it came. Raises FilingNotFound, FilingInvalid."""
    old = get(vault, filing_id)
    return update(vault, replace(old, answer=text.strip() or None, answered_at=at))


def delete(vault: Vault, filing_id: str) -> None:
    """Delete a filing for good, audited on its case. Raises FilingNotFound when it is gone,
    VaultError."""
    with writes.case_transaction(vault) as (conn, written):
        old = queries.get_filing(conn, filing_id)
        if old is None:
            raise FilingNotFound("That filing no longer exists.")
        written.add(old.case_id)
        queries.delete_filing(conn, filing_id)
        audit_queries.record(conn, [("filing", filing_id, old.case_id, "delete", _facts(old))],
                             at=now_utc(), author=vault.author)


def get(vault: Vault, filing_id: str) -> Filing:
    """The filing with this id. Raises FilingNotFound when it is gone, VaultError."""
    found = queries.get_filing(vault.conn, filing_id)
    if found is None:
        raise FilingNotFound("That filing no longer exists.")
    return found


def list_filings(vault: Vault, *, case_id: str | None = None, overdue: bool = False,
                 now: datetime | None = None) -> list[FilingView]:
    """Filings of live cases, oldest first; ``overdue``: only those whose expected answer is late."""
    now = now or datetime.now(timezone.utc)
    rows = queries.filings(vault.conn, case_ids=[case_id] if case_id else None,
                           waiting_before_utc=_utc(now) if overdue else None)
    return [_view(f, now) for f in rows]


def _facts(f: Filing) -> dict:
    return {"kind": f.kind, "body": f.body, "filed_at": f.filed_at, "channel": f.channel, "reference": f.reference,
            "acknowledged_at": f.acknowledged_at, "answered_at": f.answered_at, "expected_by": f.expected_by,
            "answered": f.answer is not None}


