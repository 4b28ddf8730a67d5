"""Reading wanted-list files: CSV (any common encoding and delimiter) and XLSX into a
:class:`Table`, the column :class:`Mapping` (guessed from the column names or given), and
the table's rows as :class:`db.screening.WantedEntry` values ready to be matched or kept.

Errors: :class:`ListFileError` for everything a user can get wrong; its ``code`` is stable
and its str() is an English sentence for the user.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from db.screening import WantedEntry
from desktop.cases import vocab
from desktop.dates import edtf as dates
from desktop.dates import written
from desktop.names import folding as names

MAX_FILE_BYTES = 64 * 1024 * 1024
FIELDS = ("name", "birth", "place", "article", "listed_on", "source")

class ListFileCode(StrEnum):
    """Why a list file (or its import) was refused (:attr:`ListFileError.code`); the GUI words
    each one in the user's language."""

    TOO_LARGE = "too_large"  # over MAX_FILE_BYTES
    NOT_A_FILE = "not_a_file"  # a folder
    NOT_FOUND = "not_found"  # the file is gone
    UNREADABLE = "unreadable"  # no permission, or a disk error
    EMPTY = "empty"  # nothing in it
    OLD_EXCEL = "old_excel"  # .xls, or a workbook with a password
    BAD_XLSX = "bad_xlsx"  # looks like .xlsx but cannot be read
    NO_HEADER = "no_header"  # no column names in the first row
    NO_ROWS = "no_rows"  # column names and nothing below
    ENCODING = "encoding"  # its text encoding cannot be told
    BINARY = "binary"  # not text, not a workbook
    MALFORMED = "malformed"  # a CSV that does not parse (an unclosed quotation mark)
    NO_NAMES = "no_names"  # no row has a name in the chosen columns
    NO_NAME_COLUMN = "no_name_column"  # no column chosen for the name
    COLUMN_TWICE = "column_twice"  # one column chosen for two fields
    UNKNOWN_COLUMN = "unknown_column"  # a column named that the table has not
    BAD_COLUMN = "bad_column"  # a column number out of range
    UNKNOWN_FIELD = "unknown_field"  # a field this program does not know
    NO_SOURCE = "no_source"  # no publisher given
    BAD_DATE = "bad_date"  # the list date is not a date
    BAD_THRESHOLD = "bad_threshold"  # a threshold outside 0..1


class ListFileError(ValueError):
    """A list file that cannot be read as it is; ``code`` is a :class:`ListFileCode` (a plain
    string of one of its values is accepted; another raises ValueError), str() is English."""

    def __init__(self, code: ListFileCode | str, message: str, **params) -> None:
        super().__init__(message)
        self.code = ListFileCode(code)
        self.params = params


# ---------------------------------------------------------------------------------------
# Reading a table


@dataclass
class Table:
    """A list file as rows of cells below its column names (the first row, or the first row of
    names below a title: :func:`_header_index`)."""

    headers: list[str]
    rows: list[list[object]]  # cells: str, or a date for spreadsheet date cells
    kind: str  # csv or xlsx
    encoding: str | None = None
    delimiter: str | None = None
    file_name: str = ""
    #: The header's row among the file's non-empty rows (1-based): 1, or lower when a title
    #: stands above the column names. Row numbers in messages count from it.
    header_row: int = 1


def read_table(path: str | os.PathLike[str]) -> Table:
    """Read a CSV (any common encoding and delimiter) or XLSX file; ListFileError with a
    plain message for everything a user can get wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ListFileError(ListFileCode.TOO_LARGE, f"{path.name} is {size // (1024 * 1024)} MB; a list "
                                f"may have at most {MAX_FILE_BYTES // (1024 * 1024)} MB.")
        data = path.read_bytes()
    except IsADirectoryError:
        raise ListFileError(ListFileCode.NOT_A_FILE, f"{path} is a folder, not a list file.") from None
    except FileNotFoundError:
        raise ListFileError(ListFileCode.NOT_FOUND, f"There is no file {path}.") from None
    except PermissionError:
        raise ListFileError(ListFileCode.UNREADABLE, f"{path.name} cannot be read (no permission).") from None
    except OSError as exc:
        raise ListFileError(ListFileCode.UNREADABLE, f"{path.name} cannot be read ({exc.strerror}).") from None
    table = read_table_bytes(data, file_name=path.name)
    return table


def read_table_bytes(data: bytes, *, file_name: str = "") -> Table:
    """A list file's bytes (.xlsx, or CSV in UTF-8, UTF-16 or a detected Cyrillic code page,
    its delimiter detected) as a :class:`Table` of headers and rows. Raises ListFileError (``code``:
    empty, old_excel, no_header, no_rows, or one of the readers' codes) when it cannot be read
    as it is."""
    if not data.strip():
        raise ListFileError(ListFileCode.EMPTY, "The file is empty.")
    if data[:4] == b"PK\x03\x04":
        table = _read_xlsx(data)
    elif data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise ListFileError(
            ListFileCode.OLD_EXCEL, "This is an old Excel (.xls) or a password-protected workbook. Open it in "
            "a spreadsheet program and save it as .xlsx or CSV (without a password).")
    else:
        table = _read_csv(data)
    table.file_name = file_name
    if not table.headers:
        raise ListFileError(ListFileCode.NO_HEADER, "The file has no column names in its first row.")
    if not table.rows:
        raise ListFileError(ListFileCode.NO_ROWS, "The file has column names but no entries below them.")
    return table


def _decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): BOMs first, then strict UTF-8, then charset detection."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                raise ListFileError(ListFileCode.ENCODING, f"The file starts like {encoding.upper()} text but is "
                                    "not valid in that encoding. Save it again as UTF-8.") from None
    if b"\x00" in data[:4096]:
        # UTF-16 without a byte order mark: the zero bytes sit on one side of each letter.
        even = data[:4096:2].count(0)
        odd = data[1:4096:2].count(0)
        for encoding in (("utf-16-le", "utf-16-be") if odd > even else ("utf-16-be", "utf-16-le")):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError:
                continue
        raise ListFileError(ListFileCode.BINARY, "This file is not a text table (CSV) nor an Excel workbook (.xlsx).")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guessed = _guess_cyrillic(data)
    if guessed is not None:
        return guessed
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "iso8859_2", "cp1250", "iso8859_5"]).best()
    if best is None:
        raise ListFileError(ListFileCode.ENCODING, "The file's text encoding cannot be told. Save it as UTF-8 "
                            "(in Excel: CSV UTF-8) and import it again.")
    return str(best), best.encoding


_CYRILLIC_VOWELS = set("аеёиоуыэюяіАЕЁИОУЫЭЮЯІ")
_LOWER_THEN_UPPER = re.compile(r"[а-яёіў][А-ЯЁІЎ]")
_UPPER_THEN_LOWER = re.compile(r"\b[А-ЯЁІЎ][а-яёіў]")


def _guess_cyrillic(data: bytes) -> tuple[str, str] | None:
    """The 8-bit Cyrillic encoding (cp1251, KOI8-R, cp866, Mac) under which the bytes read
    most like Russian or Belarusian: vowels in their usual share, capitals where names
    start, no box-drawing signs. Statistical detectors guess wrong on short lists."""
    best, best_score = None, -1e9
    for encoding in ("cp1251", "koi8_r", "cp866", "mac_cyrillic"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        high = [ch for ch in text if ord(ch) > 127]
        if not high:
            return None
        letters = [ch for ch in high if "\u0400" <= ch <= "\u04ff"]
        if len(letters) < 0.8 * len(high):
            continue
        vowels = sum(ch in _CYRILLIC_VOWELS for ch in letters) / max(len(letters), 1)
        score = -abs(vowels - 0.43) * 10 - (len(high) - len(letters)) / len(high) * 5
        score += (len(_UPPER_THEN_LOWER.findall(text)) - 2 * len(_LOWER_THEN_UPPER.findall(text))) / max(len(letters), 1) * 20
        if score > best_score:
            best, best_score = (text, encoding), score
    return best


_SEP_LINE = re.compile(r'"?sep=(.)"?[,;\t|]*')
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _read_csv(data: bytes) -> Table:
    text, encoding = _decode(data)
    if len(_CONTROL.findall(text[:10000])) > 20:
        raise ListFileError(ListFileCode.BINARY, "This file is not a text table (CSV) nor an Excel workbook (.xlsx).")
    text = text.lstrip("\ufeff")
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines:
        raise ListFileError(ListFileCode.EMPTY, "The file is empty.")
    titles = _csv_titles(lines)
    if titles:
        # Title lines typed without separators above the table: the table starts below them.
        table = _read_csv(_drop_lines(text, titles).encode("utf-8"))
        table.encoding, table.header_row = encoding, table.header_row + titles
        return table
    declared = _SEP_LINE.fullmatch(lines[0].strip())
    if declared:
        # Excel's "sep=;" line names the delimiter and is no part of the table.
        body = text[text.index(lines[0]) + len(lines[0]):].lstrip("\r\n")
        try:
            rows = list(csv.reader(io.StringIO(body), delimiter=declared.group(1)))
        except csv.Error as exc:
            raise ListFileError(ListFileCode.MALFORMED, f"The CSV file is malformed ({exc}).") from None
        return _table_from_rows(rows, "csv", encoding=encoding, delimiter=declared.group(1))
    header = lines[0]
    in_header = [d for d in (";", ",", "\t", "|") if d in header]
    if not in_header:
        # A header without any separator heads a one-column list ("ФИО", "Список"): each
        # line is one cell, commas inside a line are part of the entry.
        try:  # quotes still quote; the unit separator never occurs in such a list
            rows = list(csv.reader(io.StringIO(text), delimiter="\x1f"))
        except csv.Error as exc:
            raise ListFileError(ListFileCode.MALFORMED, f"The CSV file is malformed ({exc}).") from None
        return _table_from_rows(rows, "csv", encoding=encoding, delimiter=None)
    if len(in_header) == 1 and '"' not in header:
        # Column names hold no quotes and one kind of separator: the header says it plainly,
        # where the sniffer can be misled by commas and quotes inside the data.
        delimiter = in_header[0]
    else:
        sample = "\n".join(lines[:50])
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            counts = {d: header.count(d) for d in (";", ",", "\t", "|")}
            delimiter = max(counts, key=counts.get) if any(counts.values()) else ","
    try:
        rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=delimiter))
    except csv.Error as exc:
        raise ListFileError(ListFileCode.MALFORMED, f"The CSV file is malformed ({exc}).") from None
    return _table_from_rows(rows, "csv", encoding=encoding, delimiter=delimiter)


_SEPARATORS = (";", ",", "\t", "|")


def _csv_titles(lines: list[str]) -> int:
    """How many title lines without any separator stand above a CSV's column names (0 when
    none): the first line with a separator must name a name column and be followed by lines
    with separators too, and the lines above it must not themselves be a column name (a
    one-column list headed "ФИО" whose entries hold commas has no title)."""
    for i, line in enumerate(lines[:HEADER_SEARCH_ROWS]):
        if any(d in line for d in _SEPARATORS):
            break
    else:
        return 0
    if i == 0 or any(guess_mapping([above.strip(), ""]).name for above in lines[:i]):
        return 0
    following = lines[i + 1:i + 4]
    if not following or not all(any(d in f for d in _SEPARATORS) for f in following):
        return 0
    separator = max(_SEPARATORS, key=lines[i].count)
    return i if guess_mapping([c.strip().strip('"') for c in lines[i].split(separator)]).name else 0


def _drop_lines(text: str, count: int) -> str:
    """``text`` without its first ``count`` non-blank lines (and the blank ones among them)."""
    kept = text.splitlines(keepends=True)
    while count and kept:
        if kept.pop(0).strip():
            count -= 1
    return "".join(kept)


def _read_xlsx(data: bytes) -> Table:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise ListFileError(ListFileCode.BAD_XLSX, "This file looks like an Excel workbook but cannot be read "
                            "(damaged, or not really .xlsx). Save it again as .xlsx or CSV.") from None
    try:
        for sheet in workbook.worksheets:
            # The <dimension> a generator stored may be stale (WPS and older exporters
            # write A1:C3 for a sheet that runs to row 40): read the rows the sheet has.
            sheet.reset_dimensions()
            rows = [list(row) for row in sheet.iter_rows(values_only=True)]
            if any(any(c not in (None, "") for c in row) for row in rows):
                return _table_from_rows(rows, "xlsx")
    finally:
        workbook.close()
    raise ListFileError(ListFileCode.EMPTY, "The workbook has no filled-in sheet.")


def _cell(value: object) -> object:
    if value is None:
        return ""
    if hasattr(value, "year") and hasattr(value, "month"):
        return value  # a date cell: the birth date parser reads it exactly
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _table_from_rows(rows: list, kind: str, **extra) -> Table:
    cleaned = [[_cell(c) for c in row] for row in rows]
    cleaned = [row for row in cleaned if any(c != "" for c in row)]
    if not cleaned:
        raise ListFileError(ListFileCode.EMPTY, "The file is empty.")
    start = _header_index(cleaned)
    cleaned = cleaned[start:]
    headers = [str(h) for h in cleaned[0]]
    while headers and not headers[-1]:
        headers.pop()
    width = max(len(headers), max(len(r) for r in cleaned))
    headers += [""] * (width - len(headers))
    headers = [h or f"({i + 1})" for i, h in enumerate(headers)]
    body = [row + [""] * (width - len(row)) for row in cleaned[1:]]
    return Table(headers=headers, rows=body, kind=kind, header_row=start + 1, **extra)


#: How far down a list's column names are looked for (below a title and a subtitle or two).
HEADER_SEARCH_ROWS = 10


def _header_index(rows: list[list[object]]) -> int:
    """Which of the first HEADER_SEARCH_ROWS non-empty rows holds the column names (0-based).

    Official lists often open with a title ("Список разыскиваемых…", merged across the
    columns, so one filled cell) and a date line above the real column names. The header is
    the first row whose names give a name column (:func:`guess_mapping`), whose cells are all
    text, and which has more filled cells than every row above it (titles fill one cell,
    rows of data as many as the header). Without such a row, the first row is the header."""
    filled = [sum(1 for c in row if c != "") for row in rows[:HEADER_SEARCH_ROWS]]
    width = max(len(row) for row in rows[:HEADER_SEARCH_ROWS])  # a title's row may be one cell long
    for i, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if any(f >= filled[i] for f in filled[:i]):
            continue
        if not all(isinstance(c, str) for c in row):
            continue  # a date cell: a row of data, not of names
        if guess_mapping([str(c) for c in row] + [""] * (width - len(row))).name:
            return i
    return 0


# ---------------------------------------------------------------------------------------
# Column mapping


@dataclass(frozen=True)
class Mapping:
    """Which column holds what. ``name`` may be several columns (surname, name,
    patronymic), joined in order; every other field is one column or None."""

    name: tuple[int, ...] = ()
    birth: int | None = None
    place: int | None = None
    article: int | None = None
    listed_on: int | None = None
    source: int | None = None

    def used(self) -> list[int]:
        """The column numbers (0-based) the mapping reads: the name's, then the others chosen."""
        return [*self.name, *(c for c in (self.birth, self.place, self.article, self.listed_on, self.source)
                              if c is not None)]


_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("фио", "ф и о", "фамилия имя отчество", "фамилия имя", "name", "full name", "person",
             "прозвішча імя імя па бацьку", "прозвішча імя", "піб", "имя фамилия", "lastname firstname"),
    "surname": ("фамилия", "прозвішча", "surname", "last name", "family name"),
    "given": ("имя", "імя", "first name", "given name", "forename"),
    "patronymic": ("отчество", "імя па бацьку", "patronymic", "middle name"),
    "birth": ("дата рождения", "д р", "год рождения", "дата нараджэння", "год нараджэння",
              "birth date", "date of birth", "dob", "born", "birth", "birthday", "родился"),
    "place": ("место рождения", "месца нараджэння", "place of birth", "birthplace", "place",
              "место", "регион", "region", "адрес", "address", "город", "city"),
    "article": ("статья", "статьи", "статья ук", "артыкул", "артыкулы", "article", "articles",
                "charge", "charges", "обвинение", "состав"),
    "listed_on": ("дата внесения", "дата включения", "дата внесения в список", "дата объявления в розыск",
                  "дата ўнясення", "date listed", "listed", "listed on", "added", "date added", "дата"),
    "source": ("источник", "крыніца", "source", "инициатор", "орган", "initiator", "authority"),
}


def _norm_header(text: str) -> str:
    text = unicodedata.normalize("NFC", str(text)).casefold().replace("ё", "е")
    return " ".join(re.findall(r"\w+", text))


def _find(headers: Sequence[str], field_: str, taken: set[int]) -> int | None:
    normalised = [_norm_header(h) for h in headers]
    synonyms = _SYNONYMS[field_]
    for synonym in synonyms:  # exact first, in the order of preference
        for i, h in enumerate(normalised):
            if i not in taken and h == synonym:
                return i
    for synonym in synonyms:
        if len(synonym) < 4:
            continue
        for i, h in enumerate(normalised):
            if i not in taken and synonym in h:
                return i
    return None


def guess_mapping(headers: Sequence[str]) -> Mapping:
    """The mapping the column names suggest (the dialog shows it for correction)."""
    taken: set[int] = set()

    def find(field_: str) -> int | None:
        found = _find(headers, field_, taken)
        if found is not None:
            taken.add(found)
        return found

    name_col = find("name")
    if name_col is not None:
        name = (name_col,)
    else:
        parts = [find(f) for f in ("surname", "given", "patronymic")]
        name = tuple(p for p in parts if p is not None)
    if not name and len(headers) == 1:
        name = (0,)  # a one-column list: its one column holds the entries
    birth = find("birth")
    listed = find("listed_on")
    return Mapping(name=name, birth=birth, place=find("place"), article=find("article"),
                   listed_on=listed, source=find("source"))


def mapping_from_names(headers: Sequence[str], columns: dict[str, str | Sequence[str]]) -> Mapping:
    """A mapping given by column names ({"name": ["Фамилия", "Имя"], "birth": "Дата"}), the
    rest guessed; unknown names and fields are ListFileError."""
    guessed = guess_mapping(headers)
    values = {f: getattr(guessed, f) for f in FIELDS}
    lookup = {_norm_header(h): i for i, h in enumerate(headers)}
    for field_, wanted in columns.items():
        if field_ not in FIELDS:
            raise ListFileError(ListFileCode.UNKNOWN_FIELD, f"{field_!r} is not a field; the fields are: {', '.join(FIELDS)}.")
        names_ = [wanted] if isinstance(wanted, str) else list(wanted)
        indexes = []
        for column in names_:
            index = lookup.get(_norm_header(column))
            if index is None:
                raise ListFileError(ListFileCode.UNKNOWN_COLUMN, f"The list has no column {column!r}. Its columns are: "
                                    + ", ".join(headers) + ".", column=column)
            indexes.append(index)
        values[field_] = tuple(indexes) if field_ == "name" else indexes[0]
    return Mapping(**values)


def check_mapping(table: Table, mapping: Mapping) -> list[str]:
    """Raise ListFileError when the mapping cannot work; return the unused column names."""
    width = len(table.headers)
    if not mapping.name:
        raise ListFileError(
            ListFileCode.NO_NAME_COLUMN, "The list has no column for the name. Its columns are: "
            + ", ".join(table.headers) + ". Choose the column (or the surname, name and patronymic "
            "columns) that holds the names.")
    used = mapping.used()
    if any(not 0 <= c < width for c in used):
        raise ListFileError(ListFileCode.BAD_COLUMN, "The mapping refers to a column the list does not have.")
    if len(set(used)) != len(used):
        raise ListFileError(ListFileCode.COLUMN_TWICE, "One column is mapped to two fields; map each column once.")
    return [h for i, h in enumerate(table.headers) if i not in set(used)]


def entry_identity(name: str, birth_date: str | None) -> str:
    """What stays the same for one entry from one month's list to the next: the folded
    words of the name, in any order, and the birth date."""
    return " ".join(sorted(names.fold(name))) + "|" + (birth_date or "")


def cell_text(value: object) -> str:
    """A cell as text (a spreadsheet date cell as an ISO date)."""
    if hasattr(value, "year") and hasattr(value, "month"):
        return value.isoformat()[:10]
    return str(value).strip()


_text = cell_text
parse_birth = written.parse_written_date
is_valid_date = dates.is_valid


@dataclass(frozen=True)
class UnreadableDate:
    """A birth date in a list row that is not a date any known form gives (the entry is
    kept and screened by its name alone). ``row`` is the file's row (its non-empty rows counted,
    the header's being :attr:`Table.header_row`)."""

    row: int
    text: str
    name: str

    def message(self) -> str:
        """The problem in English for the CLI: the row, the name, the text that is no date."""
        return (f"row {self.row} ({self.name}): the birth date “{self.text}” cannot be read; "
                "the entry is screened by its name alone.")


@dataclass
class EntriesRead:
    """What :func:`read_entries` made of a table."""

    entries: list[WantedEntry]
    skipped: list[int]  # rows without a name (numbered as UnreadableDate.row)
    unreadable_births: list[UnreadableDate]


_NUMBERING = re.compile(r"^\s*\d{1,6}\s*[.)]\s+")
_PLACE_START = re.compile(r"^(?:г|гор|д|дер|п|пос|пгт|с|аг|р-н|обл|в|м|city|town|village)\.?\s", re.IGNORECASE)
_DATE_LIKE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\b(?:19|20)\d{2}\b|\d{2}[./-]\d{2,4}")


_ARTICLE_START = re.compile(r"^(?:ч\.|ч\s\d|ст\.|стст\.|статья|статьи|арт\.|артыкул|art\.|article)", re.IGNORECASE)


def split_entry(text: str) -> tuple[str, str | None, str | None, str | None]:
    """(name, birth date as written, place, articles) of a one-column entry such as
    ``12. ИВАНОВ Иван Иванович*, 01.02.1980 г.р., г. Минск, ч. 1 ст. 361-1;``: the list's
    numbering and the footnote asterisk go, the first comma-separated part is the name, a
    part that reads (or looks) like a date is the birth date, parts that start as article
    references do (ч., ст., статья, арт.) are the articles, and what remains is the place."""
    value = _NUMBERING.sub("", " ".join(str(text).split())).strip(" ;")
    parts = [p.strip() for p in re.split(r"[,;]", value) if p.strip()]
    if len(parts) <= 1:
        return value.rstrip("*").strip(), None, None, None
    name = parts[0].rstrip("*").strip()
    birth = None
    place_parts, article_parts = [], []
    for part in parts[1:]:
        if _ARTICLE_START.match(part):
            article_parts.append(part)
        elif birth is None and not _PLACE_START.match(part) and (
                written.parse_written_date(part) is not None or _DATE_LIKE.search(part)):
            birth = part
        else:
            place_parts.append(part)
    place = ", ".join(place_parts).rstrip(".").strip() or None
    articles = ", ".join(article_parts).rstrip(".").strip() or None
    return name, birth, place, articles


def split_entry_text(text: str) -> tuple[str, str | None, str | None]:
    """(name, birth date as written, place) of a one-column entry; see :func:`split_entry`."""
    return split_entry(text)[:3]


def read_entries(table: Table, mapping: Mapping) -> EntriesRead:
    """The table's rows as entries (:class:`EntriesRead`). Rows without a name are skipped; a
    birth date that cannot be read is reported per row (never dropped silently). When the
    name is one column and no column holds the birth date, a row such as ``ИВАНОВ Иван,
    01.02.1980 г.р., г. Минск`` is split into name, birth date and place
    (:func:`split_entry_text`). Raises ListFileError when the mapping cannot work
    (:func:`check_mapping`)."""
    check_mapping(table, mapping)
    entries: list[WantedEntry] = []
    skipped: list[int] = []
    unreadable: list[UnreadableDate] = []
    split_rows = len(mapping.name) == 1 and mapping.birth is None

    def cell(row: list, index: int | None) -> str | None:
        if index is None:
            return None
        value = _text(row[index])
        return value or None

    for number, row in enumerate(table.rows, start=table.header_row + 1):
        name = " ".join(_text(row[i]) for i in mapping.name if _text(row[i]))
        name = " ".join(name.split())
        birth_raw: object = row[mapping.birth] if mapping.birth is not None else None
        birth_text = cell(row, mapping.birth)
        place = cell(row, mapping.place)
        article_text = cell(row, mapping.article)
        if split_rows and ("," in name or ";" in name or _NUMBERING.match(name)):
            name, birth_raw, split_place, split_articles = split_entry(name)
            birth_text = birth_raw
            place = place or split_place
            if mapping.article is None and split_articles:
                article_text = split_articles
        if not names.words(name):
            skipped.append(number)
            continue
        birth_date = None
        if birth_raw not in (None, ""):
            birth_date = written.parse_written_date(birth_raw)
            if birth_date is None:
                unreadable.append(UnreadableDate(number, str(birth_text or birth_raw), name))
        entries.append(WantedEntry(
            name=name, birth_text=birth_text, birth_date=birth_date,
            place=place, article=vocab.normalise_article_text(article_text),
            listed_on=cell(row, mapping.listed_on), source=cell(row, mapping.source),
            identity=entry_identity(name, birth_date), position=number,
        ))
    if not entries:
        raise ListFileError(ListFileCode.NO_NAMES, "None of the rows has a name in the chosen column(s).")
    return EntriesRead(entries, skipped, unreadable)


def entries_from_table(table: Table, mapping: Mapping) -> tuple[list[WantedEntry], list[int]]:
    """(entries, file rows skipped for having no name); see :func:`read_entries`, which
    also reports the birth dates that cannot be read."""
    read = read_entries(table, mapping)
    return read.entries, read.skipped
