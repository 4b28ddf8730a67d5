"""The time of a place as people name it: "Novosibirsk time (UTC+7)", never "Asia/Novosibirsk".

The names come from resources/time_zones.toml (every time zone of Russia in the IANA
database, and Minsk), in English, Russian and Belarusian; the UTC offset is the zone's on the
day concerned, from the IANA database (zoneinfo, with the tzdata package where the system has
none). A zone the table does not name is "local time (UTC+N)".
"""

from __future__ import annotations

import functools
import tomllib
from datetime import datetime, timedelta, timezone
from importlib import resources
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LANGUAGES = ("en", "ru", "be")
_LOCAL = {"en": "local time", "ru": "местное время", "be": "мясцовы час"}


@functools.cache
def names() -> dict[str, dict[str, str]]:
    """The table: IANA zone -> {"en": "Novosibirsk time", "ru": ..., "be": ...}."""
    with resources.files("resources").joinpath("time_zones.toml").open("rb") as handle:
        return tomllib.load(handle)["zone"]


def utc_offset(zone_name: str, at: datetime | None = None) -> str:
    """The zone's offset from UTC at ``at`` (default: now) as people write it: "UTC+7",
    "UTC+3", "UTC-3:30", "UTC" for none. Raises ZoneInfoNotFoundError for an unknown zone."""
    moment = at or datetime.now(timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    offset = moment.astimezone(ZoneInfo(zone_name)).utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    if minutes == 0:
        return "UTC"
    sign, minutes = ("+" if minutes > 0 else "-"), abs(minutes)
    hours, rest = divmod(minutes, 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def place_time(zone_name: str, lang: str = "en") -> str:
    """The name of a zone's time alone, without the offset: "Novosibirsk time",
    "новосибирское время", "новасібірскі час"; "local time" (translated) for a zone the table
    does not name. ``lang``: "en", "ru" or "be" (anything else: English)."""
    lang = lang if lang in LANGUAGES else "en"
    entry = names().get(zone_name)
    return entry[lang] if entry else _LOCAL[lang]


def zone_label(zone_name: str, lang: str = "en", at: datetime | None = None) -> str:
    """The time of the place of ``zone_name`` (an IANA name) with its UTC offset at ``at``
    (default: now): "Novosibirsk time (UTC+7)", "новосибирское время (UTC+7)",
    "новасібірскі час (UTC+7)"; "local time (UTC+7)" for a zone the table does not name;
    just "local time" for a name the time-zone database does not know."""
    try:
        offset = utc_offset(zone_name, at)
    except (ZoneInfoNotFoundError, ValueError):
        return _LOCAL[lang if lang in LANGUAGES else "en"]
    return f"{place_time(zone_name, lang)} ({offset})"
