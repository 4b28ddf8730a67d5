"""The bundle's privacy check and path scrubbing, on files made here (the real bundle is
checked by test_bundle.py)."""

from __future__ import annotations

import io
import os
import struct
import sys
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import privacy_check

NEEDLE = "/home/example-builder/.pyenv/versions/3.11.7"


def elf(sections: list[str]) -> bytes:
    """A minimal 64-bit little-endian ELF file with the named (empty) sections."""
    names = b"\0" + b"".join(n.encode() + b"\0" for n in [".shstrtab", *sections])
    header_size, entry = 64, 64
    strtab_offset = header_size
    shoff = strtab_offset + len(names)
    count = 2 + len(sections)  # the null section, .shstrtab, then ours
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header = ident + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 0, shoff, 0, header_size, 0, 0, entry, count, 1)
    table = bytes(entry)
    table += struct.pack("<IIQQQQIIQQ", 1, 3, 0, 0, strtab_offset, len(names), 0, 0, 1, 0)
    offset = 1 + len(".shstrtab") + 1
    for name in sections:
        table += struct.pack("<IIQQQQIIQQ", offset, 1, 0, 0, 0, 0, 0, 0, 1, 0)
        offset += len(name) + 1
    return header + names + table


def test_elf_sections_are_read_and_debug_information_is_found(tmp_path):
    assert privacy_check._elf_sections(elf([".text", ".symtab"])) == ["", ".shstrtab", ".text", ".symtab"]
    assert privacy_check._elf_sections(b"not an elf file") == []
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "libstripped.so").write_bytes(elf([".text", ".dynsym"]))
    (bundle / "libdebug.so").write_bytes(elf([".text", ".debug_info", ".symtab"]))
    findings = privacy_check.check_bundle(bundle, needles=[NEEDLE])
    assert [(f.kind, f.where, f.detail) for f in findings] == [
        ("debug symbols", "libdebug.so", ".debug_info, .symtab")]
    assert privacy_check.check_bundle(bundle, needles=[NEEDLE], symbols=False) == []


def test_build_paths_are_found_in_plain_files_wide_strings_and_inside_zip_files(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "clean.so").write_bytes(b"\0" * 100 + b"/usr/lib/x86_64-linux-gnu/" + b"\0")
    (bundle / "_internal" / "runpath.so").write_bytes(b"\0RUNPATH\0" + f"{NEEDLE}/lib".encode() + b"\0")
    (bundle / "_internal" / "wide.dll").write_bytes(b"MZ" + f"{NEEDLE}\\lib".encode("utf-16-le"))
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("module.pyc", b"\xa7\r\r\n" + f"{NEEDLE}/lib/python3.11/os.py".encode() * 20)
    (bundle / "_internal" / "base_library.zip").write_bytes(packed.getvalue())
    assert NEEDLE.encode() not in packed.getvalue()  # compressed: only a look inside finds it
    findings = privacy_check.check_bundle(bundle, needles=[NEEDLE])
    assert sorted(f.where for f in findings if f.kind == "path") == [
        "_internal/base_library.zip!module.pyc", "_internal/runpath.so", "_internal/wide.dll"]


def test_a_needle_matches_only_as_a_whole_folder(tmp_path):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "lib.so").write_bytes(b"/rootfs/etc/\0/root\0")  # neither /root/ nor /root\
    assert privacy_check.check_bundle(bundle, needles=["/root"]) == []
    (bundle / "lib.so").write_bytes(b"/root/.cache/x\0")  # an example: a build machine's cache path
    assert [f.kind for f in privacy_check.check_bundle(bundle, needles=["/root"])] == ["path"]


def test_test_data_and_vault_files_are_findings(tmp_path):
    bundle = tmp_path / "bundle"
    (bundle / "_internal" / "tests" / "data").mkdir(parents=True)
    (bundle / "_internal" / "tests" / "data" / "cases.json").write_text("{}")
    (bundle / "_internal" / "demo.abarona").write_bytes(b"x")
    (bundle / "_internal" / "conftest.py").write_text("")
    (bundle / "_internal" / "vocabularies.toml").write_text("[kinds]")
    kinds = {(f.kind, f.where) for f in privacy_check.check_bundle(bundle, needles=[NEEDLE])}
    assert kinds == {("test data", "_internal/tests/data/cases.json"), ("test data", "_internal/demo.abarona"),
                     ("test data", "_internal/conftest.py")}


def test_default_needles_name_this_checkout_its_environment_and_the_home_folder():
    needles = privacy_check.default_needles()
    assert str(privacy_check.ROOT) in needles
    assert os.path.realpath(sys.base_prefix) in needles or sys.base_prefix in needles
    assert str(Path.home()) in needles
    assert all(len(n) > 1 and not n.endswith("/") for n in needles)


def test_a_missing_bundle_is_a_plain_message(tmp_path, capsys):
    assert privacy_check.main([str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err


junk = st.binary(max_size=200).filter(lambda b: b"/home/" not in b and "/".encode("utf-16-le") not in b)


@given(parts=st.lists(junk, min_size=1, max_size=6), wide=st.booleans())
def test_scrubbing_removes_every_needle_and_keeps_everything_else_in_place(parts, wide):
    needle = (NEEDLE.encode("utf-16-le") if wide else NEEDLE.encode())
    data = needle.join(parts)
    cleaned, count = privacy_check.scrub_bytes(data, [NEEDLE])
    assert count == len(parts) - 1
    assert len(cleaned) == len(data)  # offsets inside a binary stay valid
    assert needle not in cleaned
    slashes = ("/" * len(NEEDLE)).encode("utf-16-le" if wide else "utf-8")
    assert cleaned == slashes.join(parts)


def test_a_scrubbed_library_path_still_names_a_folder_without_the_builder():
    data = f"\0{NEEDLE}/lib\0".encode()
    cleaned, _ = privacy_check.scrub_bytes(data, [NEEDLE])
    path = cleaned.strip(b"\0").decode()
    assert os.path.normpath(path) == "/lib" and "olena" not in path


def test_scrub_bundle_replaces_files_instead_of_writing_through_hard_links(tmp_path):
    cache = tmp_path / "cache.so"
    cache.write_bytes(f"x{NEEDLE}/lib\0".encode())
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    os.link(cache, bundle / "lib.so")
    (bundle / "lib.so").chmod(0o755)
    assert privacy_check.scrub_bundle(bundle, [NEEDLE]) == {"lib.so": 1}
    assert NEEDLE.encode() in cache.read_bytes()  # the build cache is untouched
    assert NEEDLE.encode() not in (bundle / "lib.so").read_bytes()
    assert os.access(bundle / "lib.so", os.X_OK)
    assert privacy_check.check_bundle(bundle, needles=[NEEDLE]) == []
