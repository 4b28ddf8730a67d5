"""What each system shows of the program without opening it is neutral (issue 20, item 9): the
Linux menu entry, the Windows installer, Start-menu entry and list of installed programs, the
macOS bundle's Info.plist, and the names the running program gives itself (taskbar, Dock, task
manager). None says whom the cases are about or what the program is for beyond "case files"."""

from __future__ import annotations

import ast
import configparser
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
#: What a border officer must not read there (en, ru, be). "Abarona" itself is the name.
REVEALING = re.compile(
    r"belarus|беларус|russia|росси|расі|extradit|экстрад|эк[сc]трад|выдач|expuls|выдвор|высыл|deport|депорт|"
    r"asylum|убежищ|прытулк|politic|полит|refugee|беженц|бежанц|lawyer|адвокат|defen[cs]|защит|"
    r"human rights|прав человека|правоў чалавека|dissident|prisoner|заключ|зняволен|abduct|похищ|выкрад",
    re.IGNORECASE)


def _revealing(texts: dict[str, str]) -> dict[str, str]:
    return {where: text for where, text in texts.items() if REVEALING.search(text)}


def test_the_check_finds_what_it_must():
    assert _revealing({"a": "Defending Belarusians in Russia", "b": "Зашыфраваныя матэрыялы спраў",
                       "c": "Защита от экстрадиции", "d": "Abarona"}) == {
        "a": "Defending Belarusians in Russia", "c": "Защита от экстрадиции"}


def test_the_linux_menu_entry_is_neutral_in_every_language():
    entry = configparser.ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(ROOT / "packaging" / "linux" / "abarona.desktop", encoding="utf-8")
    shown = {key: value for key, value in entry["Desktop Entry"].items()
             if key.split("[")[0] in ("Name", "GenericName", "Comment", "Keywords")}
    assert len(shown) >= 10 and _revealing(shown) == {}


def test_the_windows_installer_and_start_menu_entry_are_neutral():
    text = (ROOT / "packaging" / "windows" / "abarona.iss").read_text(encoding="utf-8")
    section, shown = "", {}
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            section = line
        elif section == "[Setup]" and "=" in line and not line.startswith(";"):
            key, value = line.split("=", 1)
            shown[key] = value  # AppName, AppPublisher, group and installer names, any comments
        elif section in ("[Icons]", "[Tasks]", "[Run]"):
            shown.update({f"{section} {n}": v for n, v in re.findall(r'(Name|Description): "([^"]*)"', line)})
    assert shown["AppName"] == "Abarona" and "AppPublisher" in shown
    assert not re.search(r"^\[Registry\]", text, re.M)  # no file association: no "recent" jump list
    assert _revealing(shown) == {}


def _spec_values() -> dict[str, str]:
    tree = ast.parse((ROOT / "packaging" / "abarona.spec").read_text(encoding="utf-8"))
    shown = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("EXE", "BUNDLE", "COLLECT"):
            for keyword in node.keywords:
                if keyword.arg in ("name", "bundle_identifier") and isinstance(keyword.value, ast.Constant):
                    shown[f"{node.func.id}.{keyword.arg}"] = keyword.value.value
                if keyword.arg == "info_plist" and isinstance(keyword.value, ast.Dict):
                    for k, v in zip(keyword.value.keys, keyword.value.values):
                        if isinstance(v, ast.Constant) and isinstance(v.value, str):
                            shown[f"Info.plist {k.value}"] = v.value
    return shown


def test_the_macos_bundle_and_the_executables_have_neutral_names():
    shown = _spec_values()
    assert shown["BUNDLE.name"] == "Abarona.app" and "Info.plist CFBundleDisplayName" in shown
    assert shown["EXE.name"] in ("abarona", "abarona-cli")
    assert _revealing(shown) == {}


@pytest.mark.parametrize("call", ["setApplicationName", "setApplicationDisplayName", "setOrganizationName",
                                  "setDesktopFileName"])
def test_the_running_program_names_itself_neutrally(call):
    source = (ROOT / "ui" / "app.py").read_text(encoding="utf-8")
    found = re.findall(rf'{call}\("([^"]*)"\)', source)
    assert found and _revealing(dict(enumerate(found))) == {}
