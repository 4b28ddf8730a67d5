"""Every write path against the kept removal-risk band (desktop.rapid.risk.at_risk): after real user
actions through every write path, the band kept must equal the band computed from scratch
(risk._assess_vault) at the same moment, in every language and scope it is asked in."""

from __future__ import annotations

import shutil
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from db.records import Case, DetentionPlace, Event, Person
from db.vault import open_vault
from desktop.cases import service as svc
from desktop.cases import story
from desktop.cases.interchange import ImportRejected
from desktop.rapid import risk

START = datetime(2022, 4, 1, 12, 0, tzinfo=timezone.utc)
LANGS = ("en", "ru", "be")
TYPES = ("transfer_date_set", "expulsion_ordered", "extradition_granted", "decision_final", "appeal_filed",
         "extradited", "deported", "extradition_refused", "contact_lost", "contact", "located", "release",
         "rearrest", "arrest", "note")
DAYS = ("2022-03-30", "2022-04-01", "2022-04-02", "2022-04-04", "2022-04-06", "2022-04", "2022-03-31/2022-04-03")


def _case(n: int, events=(), person=None) -> Case:
    return Case(reference=f"BY-{n}", kind="extradition", person=person or Person(f"Кліент {n}"),
                events=list(events))


def _scratch(vault, now, lang="en", case_ids=None):
    return risk._assess_vault(vault, now=now, lang=lang, case_ids=case_ids)


def _truth(vault, now, lang="en", case_ids=None):
    """The band with nothing kept at all: each candidate assessed afresh (risk.assess)."""
    from db import rapid as queries

    since = (now.astimezone(timezone.utc) - risk.RELEASE_WATCH - timedelta(days=2)).date().isoformat()
    found = []
    past = (now.astimezone(timezone.utc) - timedelta(days=2)).date().isoformat()
    for case in queries.risk_events(vault.conn, since, risk.RELEVANT, lost_only=risk.LOST_ONLY, case_ids=case_ids,
                                    violating=risk.VIOLATING, ahead=past):
        reasons = risk.assess(case.events, now=now, lang=lang, violated_blocks=case.violations)
        if reasons:
            found.append(risk.CaseRisk(case.case_id, case.reference, case.person_name, tuple(reasons)))
    risk._add_unknown_whereabouts(vault, found, lang, case_ids, now)
    risk._in_band_order(found)
    return found


def _same(vault, now, lang="en", case_ids=None):
    kept = risk.at_risk(vault, now=now, lang=lang, case_ids=case_ids)
    fresh = _scratch(vault, now, lang, case_ids)
    assert kept == fresh, (lang, case_ids)
    assert fresh == _truth(vault, now, lang, case_ids), (lang, case_ids)
    return kept


class _Vault:
    def __init__(self, template, key):
        self.folder = Path(tempfile.mkdtemp(prefix="abarona-break-"))
        shutil.copyfile(template, self.folder / "v.abarona")
        self.vault = open_vault(self.folder / "v.abarona", key)

    def close(self):
        self.vault.close()
        risk.forget()
        shutil.rmtree(self.folder, ignore_errors=True)


_step = st.one_of(
    st.tuples(st.just("add"), st.integers(0, 3), st.sampled_from(TYPES), st.sampled_from(DAYS),
              st.sampled_from((None, "06:00", "23:30")), st.sampled_from((None, "Москва", "Владивосток", "Калининград"))),
    st.tuples(st.just("drop"), st.integers(0, 3), st.integers(0, 20)),
    st.tuples(st.just("trash"), st.integers(0, 3)),
    st.tuples(st.just("rename"), st.integers(0, 3)),
    st.tuples(st.just("status"), st.integers(0, 3)),
    st.tuples(st.just("unknown"), st.integers(0, 3), st.sampled_from(DAYS[:5]), st.booleans()),
    st.tuples(st.just("known"), st.integers(0, 3), st.sampled_from(DAYS[:5]), st.booleans()),
    st.tuples(st.just("undetain"), st.integers(0, 3), st.integers(0, 9)),
    st.tuples(st.just("sibling"), st.integers(0, 3)),  # a new case of the same client, renamed in the editor
    st.tuples(st.just("clock"), st.integers(0, 60 * 24 * 4)),
    st.tuples(st.just("ask"), st.sampled_from(LANGS), st.sampled_from((None, 0, 1, 2, 3))),
    st.tuples(st.just("back"), st.integers(1, 60 * 24 * 2)),  # the clock set back (a laptop's clock fixed)
    st.tuples(st.just("import"), st.sampled_from(TYPES), st.sampled_from(DAYS[:5])),
    st.tuples(st.just("merge"), st.integers(0, 3), st.integers(0, 3)),
    st.tuples(st.just("empty"),),
    st.tuples(st.just("reference"), st.integers(0, 3)),
)


@settings(max_examples=50, deadline=None, suppress_health_check=list(HealthCheck))
@given(steps=st.lists(_step, min_size=1, max_size=16))
def test_every_service_path_keeps_the_band_exact(template_vault, vault_key, steps):
    box = _Vault(template_vault, vault_key)
    vault = box.vault
    try:
        risk.forget()
        ids = [svc.create_case(vault, _case(n, [Event("arrest", "2022-03-20")])).id for n in range(4)]
        now = START
        _same(vault, now)
        for step in steps:
            try:
                now = _act(vault, ids, step, now)
            except (svc.CaseInvalid, ImportRejected):
                pass  # the editor (or the import) refuses: nothing is saved
            for lang in LANGS:
                _same(vault, now, lang)
    finally:
        box.close()


def _act(vault, ids, step, now):
    if True:
        if True:
            kind = step[0]
            case = svc.get_case_by_id(vault, ids[step[1]]) if kind not in ("clock", "ask", "back", "import",
                                                                             "empty") else None
            if kind == "add":
                _, _, t, day, at, place = step
                svc.add_event(vault, case.id, Event(t, day, time=at if len(day) == 10 else None, place=place))
            elif kind == "drop" and case.events:
                case.events.pop(step[2] % len(case.events))
                svc.update_case(vault, case)
            elif kind == "trash":
                (svc.restore_case if case.deleted_at else svc.delete_case)(vault, case.id)
            elif kind == "rename" and not case.deleted_at:
                case.person.display_name += "а"
                svc.update_case(vault, case)
            elif kind == "status" and not case.deleted_at:
                case.status = "closed" if case.status == "open" else "open"
                svc.update_case(vault, case)
            elif kind == "unknown" and not case.deleted_at:
                story.add_detention(vault, case.id, DetentionPlace(step[2], unknown=True), close_current=step[3])
            elif kind == "known" and not case.deleted_at:
                story.add_detention(vault, case.id, DetentionPlace(step[2], place="СИЗО-1"), close_current=step[3])
            elif kind == "undetain" and case.detention and not case.deleted_at:
                case.detention.pop(step[2] % len(case.detention))
                svc.update_case(vault, case)
            elif kind == "sibling" and not case.deleted_at:
                person = case.person
                person.display_name += "о"
                created = svc.create_case(vault, _case(100 + len(ids), [Event("contact_lost", "2022-03-31")], person=person))
                ids.append(created.id)
            elif kind == "clock":
                now += timedelta(minutes=step[1])
            elif kind == "back":
                now -= timedelta(minutes=step[1])
            elif kind == "import":
                from desktop.cases import interchange
                made = _case(500 + len(ids), [Event(step[1], step[2])])
                interchange.import_cases(vault, [made])
                ids.append(svc.get_case(vault, made.reference).id)
            elif kind == "merge" and step[1] != step[2]:
                from desktop.screening import duplicates
                other = svc.get_case_by_id(vault, ids[step[2]])
                if other.person.id != case.person.id:
                    duplicates.merge_persons(vault, keep_id=case.person.id, merge_id=other.person.id)
            elif kind == "empty":
                svc.empty_trash(vault)
                alive = {r.id for r in svc.list_cases(vault)} | {r.id for r in svc.list_cases(vault, where=svc.CaseFilter(trash=True))}
                ids[:] = [i for i in ids if i in alive] or ids[:0]
                while len(ids) < 4:
                    ids.append(svc.create_case(vault, _case(900 + len(ids) * 7 + len(alive), [Event("arrest", "2022-03-20")])).id)
            elif kind == "reference" and not case.deleted_at:
                case.reference += "x"
                svc.update_case(vault, case)
            elif kind == "ask":
                scope = None if step[2] is None else [ids[step[2]]]
                _same(vault, now, step[1], scope)
    return now


# -- the GUI: the case's Urgent tab (CaseRapidPanel, at_risk with case_ids=[id]) ----------------

def _yesterday() -> str:
    return (datetime.now(timezone.utc) - timedelta(days=1)).date().isoformat()


def test_gui_urgent_tab_after_marking_whereabouts_unknown_in_the_detention_tab(qtbot, vault):
    """In the case editor the lawyer adds "whereabouts unknown" on the Detention tab and
    saves: the client is now at risk (contact_lost), the dashboard band says so, but the
    Urgent tab of the same case still says no window is open (the save changed only the
    detention history, and the editor refreshes that tab only after event, deadline or row
    changes)."""
    from ui.case_editor import CaseEditor

    risk.forget()
    case = svc.create_case(vault, _case(7, [Event("arrest", "2026-01-10")]))
    editor = CaseEditor()
    qtbot.addWidget(editor)
    editor.set_case(vault, svc.get_case(vault, case.id))
    editor.tabs.setCurrentWidget(editor.urgent)
    assert "No removal-risk window" in editor.urgent.risk_label.text()
    editor.detention_tab.put_record(None, DetentionPlace(_yesterday(), unknown=True))
    assert editor.save()
    band = risk.at_risk(vault, lang="en", case_ids=[case.id])
    assert band and band[0].reasons[0].kind == "contact_lost"  # the band knows
    assert band == _scratch(vault, datetime.now(timezone.utc), "en", [case.id])
    assert "AT RISK OF REMOVAL NOW" in editor.urgent.risk_label.text(), editor.urgent.risk_label.text()


# -- writes the case service does not note: each must mean a computation from scratch ----------

def _kept_then(vault, action, *, now=START, expect_change=True):
    """The band asked (kept) in every language and for each case, then ``action``, then asked
    again: equal to the band from scratch."""
    before = {lang: risk.at_risk(vault, now=now, lang=lang) for lang in LANGS}
    ids = [c.id for c in svc.list_cases(vault)]
    for case_id in ids:
        risk.at_risk(vault, now=now, case_ids=[case_id])
    action()
    for lang in LANGS:
        after = _same(vault, now, lang)
        if expect_change:
            assert after != before[lang], "the probe's action should change the band"
    for case_id in ids:
        _same(vault, now, "en", [case_id])


def test_probe_case_file_import_adds_a_client_at_risk(vault):
    from desktop.cases import interchange

    risk.forget()
    svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    other = _case(2, [Event("contact_lost", "2022-03-31")])
    _kept_then(vault, lambda: interchange.import_cases(vault, [other]))


def test_probe_person_merge_renames_a_client_at_risk(vault):
    from desktop.screening import duplicates

    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    b = svc.create_case(vault, _case(2, [Event("contact_lost", "2022-03-31")], person=Person("Zmitser")))
    _kept_then(vault, lambda: duplicates.merge_persons(vault, keep_id=b.person.id, merge_id=a.person.id))


def test_probe_empty_trash_then_a_new_case_with_the_old_reference(vault):
    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    svc.create_case(vault, _case(2, [Event("contact_lost", "2022-03-31")]))

    def action():
        svc.delete_case(vault, a.id)
        svc.empty_trash(vault)
    _kept_then(vault, action)
    _kept_then(vault, lambda: svc.create_case(vault, _case(1, [Event("expulsion_ordered", "2022-03-31")])))


def test_probe_checklist_tick_filing_and_recompute_change_nothing_shown(vault):
    from desktop.deadlines import service as deadlines
    from desktop.rapid import checklist, filings

    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    _kept_then(vault, lambda: checklist.tick(vault, a.id, checklist.steps()[0].id), expect_change=False)
    _kept_then(vault, lambda: filings.add(vault, a.id, filings.Filing("", "complaint", "Moscow City Court",
                                                                      "2022-04-01 10:00")), expect_change=False)
    _kept_then(vault, lambda: deadlines.recompute_all(vault), expect_change=False)


def test_probe_a_raw_write_behind_the_service_between_two_noted_saves(vault):
    """A noted save, a write nobody noted, a noted save: the chain is broken in the middle."""
    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("arrest", "2022-03-20")]))
    b = svc.create_case(vault, _case(2, [Event("transfer_date_set", "2022-04-01")]))
    risk.at_risk(vault, now=START)
    svc.add_event(vault, a.id, Event("note", "2022-03-21"))
    with vault.transaction() as conn:
        conn.execute("UPDATE events SET type = 'extradition_refused' WHERE case_id = ? AND type = 'transfer_date_set'",
                     (b.id,))
    svc.add_event(vault, a.id, Event("note", "2022-03-22"))
    assert _same(vault, START) == []


def test_probe_a_noted_save_rolled_back_with_its_outer_transaction(vault):
    """add_event's save is a savepoint: when the outer transaction fails after it, the note
    stays but the data goes back. The band must read the case as it is."""
    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("arrest", "2022-03-20")]))
    assert _same(vault, START) == []
    try:
        with vault.transaction():
            svc.add_event(vault, a.id, Event("contact_lost", "2022-03-31"))
            assert risk._assess_vault(vault, now=START, lang="en", case_ids=None)  # inside: at risk
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    assert _same(vault, START) == []


def test_latent_band_kept_from_inside_a_transaction_that_is_rolled_back(vault):
    """API-level (no GUI or CLI path found that does it: the GUI thread gets VaultBusy while a
    worker holds the connection, and the CLI asks outside transactions). The band asked while
    a transaction is open sees the uncommitted write and is kept at the counters of that
    moment; the transaction rolls back, total_changes does not go back (db.vault's
    change_counters says so) and data_version does not move (same connection), so the
    counters now equal the band's and the rolled-back client at risk stays on the band."""
    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("arrest", "2022-03-20")]))
    assert _same(vault, START) == []
    try:
        with vault.transaction():
            svc.add_event(vault, a.id, Event("contact_lost", "2022-03-31"))
            assert risk.at_risk(vault, now=START)  # e.g. a view refreshed while the write is open
            raise RuntimeError("cancelled")
    except RuntimeError:
        pass
    assert _same(vault, START) == []


# -- the band against the case's own assessment (the Overview's "At risk of removal now") -------

def test_band_drops_a_lost_client_when_a_later_contact_is_entered_ahead(vault):
    """Contact lost on 31 March; the lawyer enters the visit booked for 3 April as a contact
    event. On 1 April the client is still missing: the case's Overview (assess_case) says at
    risk, but the dashboard band (at_risk, from scratch too) no longer lists the client: the
    candidate table (risk_marks) compares the loss with the contact's date although the
    contact has not happened yet."""
    risk.forget()
    case = svc.create_case(vault, _case(1, [Event("contact_lost", "2022-03-31"), Event("contact", "2022-04-03")]))
    overview = risk.assess_case(svc.get_case_by_id(vault, case.id), now=START)
    assert [r.kind for r in overview] == ["contact_lost"]
    band = _same(vault, START)
    assert [c.case_id for c in band] == [case.id], "the band does not show a client the case view shows at risk"


def test_probe_team_sync_brings_a_teammates_contact_lost(tmp_path):
    from db.vault import create_vault
    from desktop.team import service as team
    from tests.desktop.test_team import Device, deliver, settle

    risk.forget()
    devices = []
    for name in ("Laptop-Minsk", "Laptop-Vilnius"):
        folder = tmp_path / f"team-{name}"
        folder.mkdir()
        devices.append(Device(create_vault(tmp_path / f"{name}.abarona", f"passphrase of {name}", author=name),
                              folder, name))
    a, b = devices
    try:
        svc.create_case(a.vault, _case(1, [Event("arrest", "2022-03-20")]))
        svc.create_case(a.vault, _case(2, [Event("transfer_date_set", "2022-04-01")]))
        words = team.create_team(a.vault, a.folder, name=a.name).passphrase
        deliver(a, b)
        team.join_team(b.vault, b.folder, words, name=b.name)
        settle(devices, rounds=2)
        assert [c.reference for c in _same(a.vault, START)] == ["BY-2"]
        for lang in LANGS:
            risk.at_risk(a.vault, now=START, lang=lang)
        case = b.case("BY-1")
        svc.add_event(b.vault, case.id, Event("contact_lost", "2022-03-31"))  # on the colleague's laptop
        second = b.case("BY-2")
        second.events.append(Event("extradition_refused", "2022-04-01"))
        svc.update_case(b.vault, second)
        settle(devices, rounds=2)
        for lang in LANGS:
            assert [c.reference for c in _same(a.vault, START, lang)] == ["BY-1"]
    finally:
        for device in devices:
            device.vault.close()
        risk.forget()


def test_probe_handoff_package_brings_back_a_lost_contact(tmp_path, vault):
    from desktop.vaults import handoff
    from tests.conftest import new_vault

    risk.forget()
    mine = vault
    a = svc.create_case(mine, _case(1, [Event("arrest", "2022-03-20")]))
    svc.create_case(mine, _case(2, [Event("transfer_date_set", "2022-04-01")]))
    theirs = new_vault(tmp_path / "colleague.abarona", "калега з Гродна", author="Hanna")
    try:
        out = handoff.export_package(mine, ["BY-1", "BY-2"], tmp_path / "out.abarona")
        with handoff.open_package(out.path, out.passphrase) as opened:
            handoff.apply_import(theirs, opened)
        svc.add_event(theirs, svc.get_case(theirs, "BY-1").id, Event("contact_lost", "2022-03-31"))
        back = handoff.export_package(theirs, ["BY-1"], tmp_path / "back.abarona")
        assert [c.reference for c in _same(mine, START)] == ["BY-2"]
        risk.at_risk(mine, now=START, case_ids=[a.id])

        def action():
            with handoff.open_package(back.path, back.passphrase) as opened:
                handoff.apply_import(mine, opened, decisions={})
        _kept_then(mine, action)
        assert "BY-1" in {c.reference for c in _same(mine, START)}
    finally:
        theirs.close()
        risk.forget()


def test_probe_more_noted_writes_than_the_notes_hold(vault):
    """70 saves between two looks at the band: the oldest notes are forgotten (64 kept)."""
    risk.forget()
    ids = [svc.create_case(vault, _case(n, [Event("arrest", "2022-03-20")])).id for n in range(3)]
    _same(vault, START)
    svc.add_event(vault, ids[0], Event("contact_lost", "2022-03-31"))
    for n in range(70):
        svc.add_event(vault, ids[1 + n % 2], Event("note", "2022-03-21"))
    assert [c.case_id for c in _same(vault, START)] == [ids[0]]


def test_probe_renaming_a_client_with_two_cases_in_both_rows(vault):
    risk.forget()
    first = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    person = svc.get_case_by_id(vault, first.id).person
    second = svc.create_case(vault, _case(2, [Event("contact_lost", "2022-03-31")], person=person))
    for lang in LANGS:
        _same(vault, START, lang)
    _same(vault, START, "en", [second.id])
    case = svc.get_case_by_id(vault, first.id)
    case.person.display_name = "Зміцер Новае"
    svc.update_case(vault, case)
    for lang in LANGS:
        assert {c.person_name for c in _same(vault, START, lang)} == {"Зміцер Новае"}
    assert _same(vault, START, "en", [second.id])[0].person_name == "Зміцер Новае"


def test_probe_the_cli_on_the_vault_the_app_has_open(vault, vault_path, vault_key, tmp_path):
    """A second program (the CLI) on the same file while the app holds it open: it is refused
    (the file is locked), or, if it could write, the band must see the write
    (SQLite's data_version)."""
    import json
    import subprocess
    import sys

    from tests.conftest import cli_env
    from tests.helpers import case_dict, document

    risk.forget()
    svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-04-01")]))
    before = _same(vault, START)
    source = tmp_path / "one.json"
    source.write_text(json.dumps(document(case_dict("BY-CLI-1", status="open", outcome="pending",
                                                    events=[{"type": "contact_lost", "date": "2022-03-31"}]))),
                      encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktop.cli", "--vault", str(vault_path), "import", str(source)],
                          env=cli_env(tmp_path, vault_key), capture_output=True, text=True, timeout=120)
    after = _same(vault, START)
    print('CLI:', done.returncode, done.stderr.strip()[:200])
    if done.returncode == 0:
        assert "BY-CLI-1" in {c.reference for c in after}
    else:
        assert after == before


def test_probe_gui_dashboard_band_follows_saves_trash_and_language(qtbot, qapp, vault):
    from ui import i18n
    from ui.dashboard import DashboardPage

    risk.forget()
    day = _yesterday()
    a = svc.create_case(vault, _case(1, [Event("arrest", "2026-01-10")]))
    b = svc.create_case(vault, _case(2, [Event("transfer_date_set", day)]))
    page = DashboardPage()
    qtbot.addWidget(page)
    try:
        i18n.install(qapp, "en")
        page.set_vault(vault)
        assert [r.case_id for r in page.risk_band.rows] == [b.id]

        def shown_is_fresh():
            page.refresh()
            lang = i18n.language()
            assert page.risk_band.rows == _truth(vault, datetime.now(timezone.utc), lang), lang
            return [r.case_id for r in page.risk_band.rows]

        svc.add_event(vault, a.id, Event("contact_lost", day))
        assert set(shown_is_fresh()) == {a.id, b.id}
        story.add_detention(vault, b.id, DetentionPlace(day, unknown=True))
        shown_is_fresh()
        for lang in ("ru", "be", "en"):
            i18n.install(qapp, lang)
            shown_is_fresh()
        svc.delete_case(vault, b.id)
        assert shown_is_fresh() == [a.id]
        svc.restore_case(vault, b.id)
        assert set(shown_is_fresh()) == {a.id, b.id}
        case = svc.get_case_by_id(vault, a.id)
        case.status = "closed"
        svc.update_case(vault, case)
        assert shown_is_fresh() == [b.id]
    finally:
        i18n.install(qapp, "en")
        page.set_vault(None)


def test_band_still_cries_whereabouts_unknown_after_the_client_was_deported(vault):
    """The detention history says "whereabouts unknown" since 30 March; on 1 April the lawyer
    records that the client was deported (the removal itself). docs/rapid-response.md: "A
    removal event closes every window opened up to its (latest possible) day", and the
    whereabouts-unknown reason is "the same window as lost contact" (closed by a removal).
    The band keeps listing the deported client as at risk now, with a reason that no longer
    holds (a contact_lost event in its place closes)."""
    risk.forget()
    lost = svc.create_case(vault, _case(1, [Event("contact_lost", "2022-03-30"), Event("deported", "2022-04-01")]))
    unknown = svc.create_case(vault, _case(2, [Event("deported", "2022-04-01")]))
    story.add_detention(vault, unknown.id, DetentionPlace("2022-03-30", unknown=True))
    band = _same(vault, START)
    assert lost.id not in {c.case_id for c in band}  # the event's window closed by the removal
    assert unknown.id not in {c.case_id for c in band}, [r.kind for c in band for r in c.reasons]


def test_probe_passphrase_change_between_saves(vault):
    """The passphrase changed (the vault's connection is replaced, its counters start again)
    between noted saves: the notes of the old connection must not stand for the new one's."""
    from db.vault import rekey

    risk.forget()
    a = svc.create_case(vault, _case(1, [Event("arrest", "2022-03-20")]))
    b = svc.create_case(vault, _case(2, [Event("arrest", "2022-03-20")]))
    _same(vault, START)
    svc.add_event(vault, a.id, Event("note", "2022-03-21"))
    _same(vault, START)
    rekey(vault, "a new passphrase of the team, long enough 42")
    _same(vault, START)
    svc.add_event(vault, b.id, Event("contact_lost", "2022-03-31"))
    assert [c.case_id for c in _same(vault, START)] == [b.id]


def test_band_drops_the_client_in_the_hours_before_a_removal_entered_for_tonight(vault):
    """Same root as the contact entered ahead (risk_marks compares the days of events that
    have not happened yet), in its most dangerous form: transfer date set; at noon (UTC) the
    lawyer learns the extradition flight is at 23:30 Moscow time tonight and records the
    extradition with that time. Until 23:30 the client is still in Russia's hands and the
    window is open (the case view, risk.assess_case, says so: "Events dated in the future are
    ignored"), but the dashboard band drops the client at once: the last hours before the
    removal are exactly when the band must show it."""
    risk.forget()
    case = svc.create_case(vault, _case(1, [Event("transfer_date_set", "2022-03-20"),
                                            Event("extradited", "2022-04-01", time="23:30", place="Москва")]))
    assert [r.kind for r in risk.assess_case(svc.get_case_by_id(vault, case.id), now=START)] == ["transfer_date_set"]
    assert [c.case_id for c in _same(vault, START)] == [case.id]
