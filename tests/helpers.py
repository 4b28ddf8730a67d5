"""Small builders for test data (interchange documents)."""

from __future__ import annotations


def case_dict(reference: str = "BY-2021-003", **overrides) -> dict:
    case = {
        "reference": reference,
        "kind": "extradition",
        "status": "closed",
        "outcome": "extradited",
        "person": {
            "name": "Аляксей Кудзін",
            "names": [
                {"value": "Алексей Кудин", "lang": "ru"},
                {"value": "Aliaksei Kudzin", "lang": "en"},
            ],
            "birth_date": "1988-05~",
            "citizenship": ["BY"],
            "hometown": "Minsk",
            "publicity": "public",
        },
        "arrest": {"date": "2021-01-21", "place": "Moscow Oblast"},
        "charges": [{"jurisdiction": "BY", "code": "CC", "article": "363", "part": "2"}],
        "events": [
            {"type": "arrest", "date": "2021-01-21", "place": "Moscow Oblast"},
            {"type": "interim_measures_granted", "date": "2021-07-21", "time": "09:30", "body": "ECtHR"},
            {"type": "extradited", "date": "2021-07-21", "text": "Removed in secret; family and lawyer not told."},
            {"type": "sentenced", "date": "2021-08-11", "text": "2.5 years"},
        ],
        "tags": ["interim-measures-ignored"],
        "summary": "free text",
    }
    case.update(overrides)
    return case


def document(*cases: dict) -> dict:
    return {"format": "abarona-cases", "version": 1, "cases": list(cases)}


def fill_drive(folder, leave: int) -> None:
    """Fill the file system ``folder`` is on with someone else's file (photos.zip) until
    ``leave`` bytes are free, as a USB stick nearly full of other things is."""
    import os

    filler = os.path.join(folder, "photos.zip")
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass  # the drive is full
    finally:
        os.close(fd)
    os.truncate(filler, max(os.stat(filler).st_size - leave, 0))
