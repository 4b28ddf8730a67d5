"""Import reads the case file as a stream (issue 19, cause 7): whatever the pieces it is
read in, it accepts what a whole-file parse accepts and refuses the rest with the same
message, at the same line and column."""

from __future__ import annotations

import gc
import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.cases import interchange
from desktop.cases import service as svc
from desktop.cases.interchange import ImportRejected
from tests.helpers import case_dict, document


def _whole_file(data: bytes) -> list[str] | None:
    """Messages of the whole-file reading (parse, then read_cases); None if it accepts."""
    try:
        interchange.read_cases(interchange.parse(data))
    except ImportRejected as rejected:
        return [str(p) for p in rejected.problems]
    return None


def _streamed(vault, tmp_path, data: bytes) -> list[str] | None:
    path = tmp_path / "cases.json"
    path.write_bytes(data)
    before = svc.list_cases(vault)
    try:
        interchange.import_file(vault, path)
    except ImportRejected as rejected:
        assert svc.list_cases(vault) == before  # all or nothing
        return [str(p) for p in rejected.problems]
    return None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)


@settings(max_examples=150, deadline=None)
@given(value=st.one_of(json_values, st.fixed_dictionaries(
           {"format": st.just("abarona-cases"), "cases": st.lists(json_values, max_size=4)})),
       indent=st.sampled_from([None, 0, 1, 3]), ascii_only=st.booleans(),
       piece=st.integers(min_value=1, max_value=40), cut=st.integers(min_value=0), mutation=st.sampled_from(
           ["", "drop", "insert", "bad byte"]), extra=st.sampled_from(list(',:]}[{"x1. \n\\\u00e9')))
def test_any_text_in_any_pieces_reads_as_the_whole_file(value, indent, ascii_only, piece, cut, mutation, extra):
    data = json.dumps(value, indent=indent, ensure_ascii=ascii_only).encode("utf-8")
    at = cut % (len(data) + 1)
    if mutation == "drop":
        data = data[:at] + data[at + 1:]
    elif mutation == "insert":
        data = data[:at] + extra.encode("utf-8") + data[at:]
    elif mutation == "bad byte":
        data = data[:at] + b"\xff" + data[at:]
    try:
        expected = interchange.parse(data)
    except ImportRejected as rejected:
        expected = [str(p) for p in rejected.problems]
    wrong = interchange._wrong_kind(data[:4096], len(data) <= 4096)
    if wrong is not None:  # import_file names an empty or UTF-16/32 file before reading it, as parse does
        assert [str(p) for p in wrong.problems] == expected
        return
    reader = interchange._CaseFile(io.BytesIO(data))
    reader.piece = piece  # small pieces put every boundary somewhere in the file
    top, cases, whole = [], [], []
    try:
        for event in reader.events():
            if event[0] == "field":
                top.append((event[1], event[2]))
            elif event[0] == "cases":
                top.append(("cases", interchange._STREAMED))
            elif event[0] == "case":
                cases.append(event[1])
            else:
                whole.append(event[1])
    except ImportRejected as rejected:
        assert [str(p) for p in rejected.problems] == expected
        return
    if whole:
        assert whole == [expected]
    else:
        rebuilt = dict(top)
        if rebuilt.get("cases") is interchange._STREAMED:
            rebuilt["cases"] = cases
        assert rebuilt == expected


def _text(doc: dict) -> bytes:
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def test_problems_after_many_written_cases_undo_them_all_with_the_same_messages(vault, tmp_path):
    cases = [case_dict(f"A-{i}") for i in range(interchange._CHUNK + 20)]  # past the first written chunk
    cases[-1]["events"][0]["date"] = "2021-13-01"
    cases[-2]["person"]["nickname"] = "x"
    doc = {"cases": cases, "version": 1, "format": "abarona-cases", "extra": 1}  # file-wide fields after the cases
    data = _text(doc)
    messages = _streamed(vault, tmp_path, data)
    assert messages == _whole_file(data)
    assert messages[0] == "file: the extra is not a field of the format (allowed: format, version, cases)"
    assert any(m.startswith(f"A-{interchange._CHUNK + 19}: the date of event 1:") for m in messages)
    assert gc.isenabled()  # the collector, paused while the file was read, is back after a refusal


def test_a_conflict_with_the_vault_after_written_chunks_imports_nothing(vault, tmp_path):
    interchange.import_cases(vault, interchange.read_cases(document(case_dict("OLD-1"))))
    cases = [case_dict(f"A-{i}") for i in range(interchange._CHUNK + 5)] + [case_dict("OLD-1")]
    messages = _streamed(vault, tmp_path, _text(document(*cases)))
    assert messages == ["OLD-1: the reference already exists in this vault (conflict: nothing was imported)"]


def test_a_large_file_imports_every_case_and_groups_join_across_chunks(vault, tmp_path):
    group = {"name": "Zhlobin protests, 9-10 August 2020", "kind": "incident"}
    cases = [case_dict(f"A-{i}", groups=[group]) for i in range(interchange._CHUNK + 3)]
    path = tmp_path / "cases.json"
    path.write_bytes(_text(document(*cases)))
    seen = []
    result = interchange.import_file(vault, path, progress=lambda done, total: seen.append((done, total)))
    assert result.cases == len(cases) and result.events == 4 * len(cases)
    assert len(svc.list_cases(vault)) == len(cases)
    assert len({svc.get_case(vault, r).groups[0].id for r in ("A-0", f"A-{interchange._CHUNK + 2}")}) == 1
    assert seen[-1][0] == seen[-1][1] and len(seen) >= 2
    assert gc.isenabled()  # and after an import


def test_cancelling_after_a_written_chunk_leaves_nothing(vault, tmp_path):
    from desktop.progress import Cancelled

    path = tmp_path / "cases.json"
    path.write_bytes(_text(document(*[case_dict(f"A-{i}") for i in range(interchange._CHUNK + 3)])))

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        interchange.import_file(vault, path, progress=cancel)
    assert svc.list_cases(vault) == []


@pytest.mark.parametrize("data", [
    b'{"format": "abarona-cases", "version": 1, "cases": [{"reference": "\xd0\x9a\xff"}]}',
    b"\xef\xbb\xbf{\"format\": \"abarona-cases\",\n \"version\": 1,\n \"cases\": [}",
    b"",
    b"[]",
    b'{"format": "abarona-cases", "version": 1, "cases": {}}',
    b'{"format": "abarona-cases", "version": 1, "cases": []} x',
])
def test_files_that_are_not_case_files_get_the_whole_file_message(vault, tmp_path, data):
    assert _streamed(vault, tmp_path, data) == _whole_file(data)


def test_cancel_works_while_a_file_with_problems_is_still_being_checked(vault, tmp_path):
    from desktop.progress import Cancelled

    cases = [case_dict(f"A-{i}") for i in range(interchange._CHUNK + 3)]
    cases[0]["kind"] = "no such kind"  # nothing is written after this; the rest is checked
    path = tmp_path / "cases.json"
    path.write_bytes(_text(document(*cases)))
    heard = []

    def cancel(done, total):
        heard.append(done)
        raise Cancelled()

    with pytest.raises(Cancelled):
        interchange.import_file(vault, path, progress=cancel)
    assert heard and svc.list_cases(vault) == []


@pytest.mark.parametrize("where", ['"version": {n}', '"cases": [{{"reference": "N-1", "summary": {n}}}]'])
def test_a_number_thousands_of_digits_long_is_named_not_an_internal_error(vault, tmp_path, where):
    """Found trying the CLI: Python's JSON parser refuses integers of more than 4,300 digits
    with a plain ValueError, which ended the import with "something unexpected went wrong"."""
    body = '{"format": "abarona-cases", ' + where.format(n="1" * 5000) + ("" if "cases" in where else ', "cases": []') + "}"
    path = tmp_path / "long.json"
    path.write_text(body, encoding="utf-8")
    for attempt in (lambda: interchange.import_file(vault, path), lambda: interchange.parse(path.read_bytes())):
        with pytest.raises(interchange.ImportRejected) as info:
            attempt()
        assert "a number thousands of digits long" in str(info.value)
    assert svc.list_cases(vault) == []


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_a_utf32_file_is_named_utf32(vault, tmp_path, encoding):
    """Found trying the CLI: a UTF-32 file was said to be UTF-16."""
    path = tmp_path / "cases.json"
    path.write_bytes('{"format": "abarona-cases", "version": 1, "cases": []}'.encode(encoding))
    with pytest.raises(interchange.ImportRejected, match="is UTF-32 text: save it as UTF-8"):
        interchange.import_file(vault, path)
