"""Stage 1's manifest: ``manifest.csv`` read and checked, row by row (:func:`load_manifest`), and the council slugs it
gives (:func:`council_slugs`). (r44noop) Kept apart from :mod:`analysis.corpus`, which reads the documents and imports
pandas, because ``make`` asks for the council slugs on every run, a run with nothing to do too: this module imports the
standard library alone (with :mod:`analysis.names` and :mod:`analysis.fingerprint`). :mod:`analysis.corpus` re-exports
every name (``corpus.load_manifest``, ``corpus.ManifestRow``, ...).

``python -m analysis.manifest slugs RAW_DIR | council RAW_DIR COUNCIL`` (the Makefile's ``SLUGS_CMD`` and ``make report``).
"""

from __future__ import annotations

import csv
import io as _io
import re
import sys
import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from .errors import ManifestError, NotRegularFileError
from .fingerprint import (MANIFEST, is_below, not_regular_error, not_regular_reason, read_regular, resolved_name,
                          special_file, unlisted_files, unlisted_message)
from .names import one_council, part_of_word_hint, slugify

REQUIRED_COLUMNS = ("file", "council", "committee", "meeting_date", "title", "source_url")
FORMATS = {".txt": "txt", ".html": "html", ".htm": "html", ".pdf": "pdf"}


class CorpusWarning(UserWarning):
    """Something the user should know about the corpus that does not stop the run."""


@dataclass(frozen=True)
class ManifestRow:
    """One validated manifest row. ``line`` is its line number in manifest.csv (header = 1)."""

    line: int
    file: str
    doc_id: str
    council: str
    council_slug: str
    committee: str | None
    meeting_date: str | None
    title: str | None
    source_url: str | None


#: Report pages that are not council pages (``reports/<name>.html``): a council whose slug is one of
#: these would overwrite that page, so the manifest refuses it. A new page of the reports folder adds
#: its name here.
RESERVED_SLUGS = frozenset({"index", "comparison"})


def iso_date(value: str) -> date | None:
    """``value`` (surrounding spaces ignored) as a date if it is exactly ``YYYY-MM-DD`` and a real
    day, else ``None``: the one date format of the manifest and of the ``FROM``/``TO`` arguments.

    >>> iso_date(" 2024-02-29 "), iso_date("2023-02-29"), iso_date("2024-2-1"), iso_date("20240201")
    (datetime.date(2024, 2, 29), None, None, None)
    """
    text = value.strip()
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _too_many_cells(where: str, record: Mapping[str | None, Any], n_columns: int) -> str:
    """The message for a manifest row with more cells than the header has columns (most often a committee or title
    holding a comma that is not in double quotes): the line, the row's file, both counts and what to do.

    >>> print(_too_many_cells("m.csv line 3", {"file": "a.txt", "council": "X", None: ["extra"]}, 2))
    m.csv line 3 (a.txt): more cells than header columns (3 cells, 2 columns); quote cells that contain commas (a committee such as 'Children, Young People and Families' goes in double quotes, as Excel's 'CSV UTF-8' writes it).
    """
    extra = record.get(None) or []
    file = _clean_cell(record.get("file"))
    return (f"{where}{f' ({file})' if file else ''}: more cells than header columns ({n_columns + len(extra)} cells, "
            f"{n_columns} columns); quote cells that contain commas (a committee such as 'Children, Young People and "
            "Families' goes in double quotes, as Excel's 'CSV UTF-8' writes it).")


def _clean_cell(value: str | None) -> str | None:
    if value is None:
        return None
    value = value.strip()
    return value or None


def load_manifest(raw_dir: str | Path) -> list[ManifestRow]:
    """Read and validate ``manifest.csv`` in ``raw_dir``.

    Raises :class:`ManifestError` naming the line for: a missing required column, a row without
    ``file`` or ``council``, a file that does not exist or lies outside the folder, an unknown
    extension, a duplicate document id, a meeting date that is not ``YYYY-MM-DD``, or two council
    names that make the same slug. Warns (:class:`CorpusWarning`) about files in the folder that no
    row names.
    """
    folder = Path(raw_dir)
    path = folder / MANIFEST
    kind = special_file(path)
    if kind is not None:  # (r45robust) a named pipe: "no manifest" would be wrong, and reading it waits for ever
        raise ManifestError(str(not_regular_error(path, kind)))
    if not path.is_file():
        raise ManifestError(
            f"{path}: no manifest. Put a manifest.csv with columns {', '.join(REQUIRED_COLUMNS)} "
            "in the raw folder, one row per minutes file."
        )
    try:
        data = read_regular(path)
    except NotRegularFileError as exc:  # (r45robust) made one since it was asked above
        raise ManifestError(str(exc)) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        body = data[3:] if data.startswith(b"\xef\xbb\xbf") else data
        line = body[: exc.start].count(b"\n") + 1
        raise ManifestError(
            f"{path} line {line}: not UTF-8 (byte 0x{body[exc.start]:02x}, as Excel's plain 'CSV' or Windows-1252 "
            "writes a curly quote, dash or £). Save the manifest as UTF-8 CSV (in Excel: 'CSV UTF-8')."
        ) from exc
    reader = csv.DictReader(_io.StringIO(text, newline=""))
    # a second byte-order mark (a tool that adds one to a file that had one) stays in the first name: strip it too,
    # else the manifest "misses" its file column (round 29, r29fuzz2)
    header = [h.strip().lstrip("\ufeff").strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        if len(header) == 1 and ";" in header[0]:
            raise ManifestError(
                f"{path} line 1: the cells are separated by semicolons; save the manifest with commas "
                f"(in Excel: 'CSV UTF-8'), with the columns {', '.join(REQUIRED_COLUMNS)}."
            )
        near = {re.sub(r"[\s-]+", "_", h.lower()): h for h in header}
        hints = [f"'{near[c]}' should be '{c}'" for c in missing if c in near]
        raise ManifestError(
            f"{path} line 1: missing column(s) {', '.join(missing)}"
            + (f" (column names are lower case: {', '.join(hints)})" if hints else "")
            + f"; the header must include {', '.join(REQUIRED_COLUMNS)} (only file and council need a value in "
            "every row: add the missing column(s) to the header and leave their cells empty where unknown)."
        )
    rows: list[ManifestRow] = []
    seen_ids: dict[str, int] = {}
    seen_files: dict[Path, int] = {}
    slugs: dict[str, tuple[str, int]] = {}
    slug_of: dict[str, str] = {}
    root = folder.resolve()
    for record in reader:
        line = reader.line_num
        where = f"{path} line {line}"
        if all(not (v or "").strip() for k, v in record.items() if k is not None):
            continue  # blank line
        if None in record:
            raise ManifestError(_too_many_cells(where, record, len(header)))
        file = _clean_cell(record.get("file"))
        council = _clean_cell(record.get("council"))
        if not file:
            raise ManifestError(f"{where}: the 'file' cell is empty; give the file's path relative to {folder}.")
        if not council:
            raise ManifestError(f"{where} ({file}): the 'council' cell is empty; every document needs its council.")
        control = re.search(r"[\x00-\x1f\x7f]", file)
        if control:  # a NUL made Path.resolve() raise ValueError (round 29, r29fuzz2)
            raise ManifestError(f"{where}: the 'file' cell {file!r} holds the control character {control.group()!r}; "
                                "give the file's path as plain text.")
        try:
            target = resolved_name(folder, root, file)  # (r44noop: a plain name is not resolved; the same path)
        except RuntimeError as exc:  # (r44robust) Python 3.11 raises RuntimeError for a symbolic link loop
            raise ManifestError(f"{where}: file '{file}' is a symbolic link that leads back to itself, so there is "
                                "no file to read; replace the link with the file or fix the row.") from exc
        if not is_below(root, target):
            raise ManifestError(f"{where}: file '{file}' lies outside the raw folder {folder}; move it inside.")
        suffix = target.suffix.lower()
        if suffix not in FORMATS:
            raise ManifestError(
                f"{where}: file '{file}' has extension '{suffix or '(none)'}'; "
                f"supported are {', '.join(sorted(FORMATS))}. Convert it or remove the row."
            )
        kind = special_file(target)
        if kind is not None:  # (r45robust) not "does not exist": it does, and reading it would wait for ever
            raise ManifestError(f"{where}: file '{file}' {not_regular_reason(kind)}")
        if not target.is_file():
            near = _close_file_names(folder, file)
            raise ManifestError(f"{where}: file '{file}' does not exist in {folder}; add it or fix the row"
                                + (f" (did you mean {' or '.join(repr(n) for n in near)}?)." if near else "."))
        if target in seen_files:  # the same file on two rows: "rename one file" would be the wrong advice
            raise ManifestError(f"{where}: file '{file}' is already listed on line {seen_files[target]}; "
                                "delete one of the two rows.")
        seen_files[target] = line
        doc_id = Path(file).stem
        if doc_id in seen_ids:
            raise ManifestError(
                f"{where}: document id '{doc_id}' (file stem) is already used on line {seen_ids[doc_id]}; "
                "file stems must be unique: rename one file."
            )
        seen_ids[doc_id] = line
        meeting_date = _clean_cell(record.get("meeting_date"))
        if meeting_date is not None and iso_date(meeting_date) is None:
            raise ManifestError(
                f"{where} ({file}): meeting_date '{meeting_date}' is not an ISO date YYYY-MM-DD; "
                "fix it or leave the cell empty."
            )
        if council not in slug_of:
            slug_of[council] = slugify(council)  # (r44noop: once a council, not once a row)
        slug = slug_of[council]
        if not slug:
            raise ManifestError(f"{where} ({file}): council '{council}' has no letters or digits to name it by.")
        if slug in RESERVED_SLUGS:
            raise ManifestError(
                f"{where} ({file}): council '{council}' would be reported as {slug}.html, which is the reports' "
                f"{slug} page; name the council in full (for example '{council} Council')."
            )
        if slug in slugs and slugs[slug][0] != council:
            other, other_line = slugs[slug]
            raise ManifestError(
                f"{where} ({file}): council '{council}' and '{other}' (line {other_line}) give the same "
                f"report name '{slug}'; spell the council the same way in both rows."
            )
        slugs.setdefault(slug, (council, line))
        rows.append(
            ManifestRow(
                line=line,
                file=file,
                doc_id=doc_id,
                council=council,
                council_slug=slug,
                committee=_clean_cell(record.get("committee")),
                meeting_date=meeting_date,
                title=_clean_cell(record.get("title")),
                source_url=_clean_cell(record.get("source_url")),
            )
        )
    if not rows:
        raise ManifestError(f"{path}: the manifest has no rows; add one row per minutes file.")
    unlisted = unlisted_files(folder, set(seen_files))  # (every row's resolved file)
    if unlisted:  # (r43periods: the fingerprint step says the same on every make)
        warnings.warn(unlisted_message(folder, unlisted), CorpusWarning, stacklevel=2)
    return rows


def _close_file_names(folder: Path, file: str, n: int = 2) -> list[str]:
    """Files of ``folder`` (relative paths; no manifest, no hidden files) whose names are close to ``file``.

    For the message about a manifest row naming a file that does not exist: a typo, a changed
    extension or a file in a subfolder.
    """
    import difflib

    try:
        names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                       if p.is_file() and p.name != MANIFEST and not p.name.startswith("."))
    except OSError:
        return []
    wanted = file.replace("\\", "/").strip("/")
    close = difflib.get_close_matches(wanted, names, n=n, cutoff=0.8)
    if not close:  # the same name in a subfolder or at the top ('sub/a.txt' for 'a.txt')
        base = Path(wanted).name
        close = [name for name in names if Path(name).name == base][:n]
    return close


def council_slugs(raw_dir: str | Path) -> list[str]:
    """The sorted council slugs of a corpus (used by ``make help`` and ``make report``)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)
        return sorted({r.council_slug for r in load_manifest(raw_dir)})


def resolve_council_cli(raw_dir: str | Path, council: str) -> str:
    """The slug ``make report COUNCIL=...`` names among the councils of ``raw_dir``; a ``ManifestError`` naming the
    councils when it names none or several (``python -m analysis.corpus council RAW_DIR COUNCIL``)."""
    slugs = council_slugs(raw_dir)
    listing = "".join(f"\n  {s}" for s in slugs)
    if not council.strip():
        raise ManifestError(f"no council given: make report COUNCIL=<slug>; the councils of {raw_dir} are:{listing}")

    def several(found: list[str]) -> ManifestError:
        return ManifestError(f"COUNCIL={council!r} names {len(found)} councils of {raw_dir}: give one's slug (or more of "
                             "its name):" + "".join(f"\n  {s}" for s in found))

    def unknown() -> ManifestError:
        hint = part_of_word_hint(council.strip(), slugs)
        return ManifestError(f"unknown council {council!r} (COUNCIL=<slug>, the council's name or a unique part of it); "
                             f"the councils of {raw_dir} are:{listing}" + (f"\n{hint}" if hint else ""))

    return one_council(council.strip(), slugs, several, unknown)


def main(argv: list[str] | None = None) -> None:
    """``python -m analysis.manifest slugs RAW_DIR`` prints the council slugs (``make reports``, ``make help``,
    ``make councils``); ``... council RAW_DIR COUNCIL`` the slug ``COUNCIL=`` names (``make report``)."""
    argv = sys.argv if argv is None else argv
    if len(argv) == 3 and argv[1] == "slugs":
        try:
            print("\n".join(council_slugs(argv[2])))
        except ManifestError as exc:
            raise SystemExit(f"error: {exc}") from None
    elif len(argv) == 4 and argv[1] == "council":
        try:
            print(resolve_council_cli(argv[2], argv[3]))
        except ManifestError as exc:
            print(f"error: {exc}", file=sys.stderr)
            sys.exit(2)
    else:
        raise SystemExit("usage: python -m analysis.corpus slugs RAW_DIR | council RAW_DIR COUNCIL")


if __name__ == "__main__":
    main()
