"""Content fingerprints of input folders, so ``make`` reruns a stage only when its inputs changed.

``python -m analysis.fingerprint RAW_DIR OUT`` writes one line per file (``sha256  relative/path``,
sorted) to ``OUT``, but only touches ``OUT`` when the listing differs from what is there. Make then
compares the file's modification time as usual: copying the same files again, or touching them,
reruns nothing (checksums decide, as in owid/etl).

``python -m analysis.fingerprint RAW_DIR OUT OUTPUT...`` also names the outputs of the stage that reads
the folder (stage 1's tables). Then a failed run does not cost the last good run: when the listing in
``OUT`` is about to be replaced and the stage had consumed it (every output is at least as new as
``OUT``, as make sees it), ``OUT`` is kept as ``raw.good.sha256`` (``OUT``'s name with ``.good``), with its time and
the outputs' times. When the folder later lists exactly that again (the bad file was put back as it was)
and the outputs are still the ones that run wrote, ``OUT`` gets that listing back *with its old time*,
so make sees the stage up to date and reruns nothing. Without it, the listing of the bad state (written
when the failed run started) would be newer than every output, and restoring the good files would rerun
every stage. ``python -m analysis.fingerprint --done OUT`` (the Makefile, after stage 1 succeeds) removes the record
(:func:`forget_good`), so the processed folder never depends on the runs before it.

(r36twins) ``python -m analysis.fingerprint --config NAME OUT`` writes the resolved path and checksum of the config file
``NAME`` (:data:`CONFIG_FILES`: ``$CM_FIGURE_RULES`` or ``data/figure_rules.yml``, ...) to ``OUT``, again only when they
changed (:func:`update_config`): the stages that read the file depend on ``OUT``, so a researcher's file named by an
environment variable (or a switch back to the shipped one) reruns them, as an edit of ``data/`` does. (r37tidy) A path
inside the repository is stamped relative to its root (:func:`stamp_path`), so moving or re-cloning the checkout
reruns nothing.

(r43periods) The listing holds the manifest and the files it names (:func:`manifest_files`), not every file of the
folder: a file no row names (a researcher's ``notes.txt``) is not read by stage 1, so adding or removing it reruns no
stage. Instead the fingerprint step says which files have no row (:func:`unlisted_files`), on every ``make``, as
stage 1 does when it runs. A manifest that cannot be read (missing, not UTF-8, no ``file`` column) lists the whole
folder as before, and stage 1 says what is wrong with it.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import io
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from . import paths
from .errors import NotRegularFileError, OutputError, cannot_write
from .paths import umask


#: (r45robust) the kinds of file that are neither regular files nor folders, by their ``stat`` test, as a message names
#: them (a FIFO's read waits for a writer; a device's may never end; a socket cannot be opened)
_SPECIAL_KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
                  (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def special_kind(mode: int) -> str | None:
    """(r45robust) What a file of ``stat`` mode ``mode`` is when it is neither a regular file nor a folder (``None``
    for those two): the pipeline reads only regular files.

    >>> special_kind(stat.S_IFIFO | 0o644), special_kind(stat.S_IFREG | 0o644), special_kind(stat.S_IFDIR | 0o755)
    ('a named pipe (FIFO)', None, None)
    """
    return next((name for test, name in _SPECIAL_KINDS if test(mode)), None)


def not_regular_error(path: Path | str, kind: str) -> NotRegularFileError:
    """(r45robust) The one-line error for ``path``, a file of kind ``kind`` (:func:`special_kind`).

    >>> print(not_regular_error("raw/a.txt", "a named pipe (FIFO)"))
    raw/a.txt: is a named pipe (FIFO), not a regular file, so it cannot be read (reading it could wait for ever); replace it with the file itself, or remove its manifest row.
    """
    return NotRegularFileError(f"{os.fspath(path)}: {not_regular_reason(kind, Path(path).name != MANIFEST)}")


def not_regular_reason(kind: str, row: bool = True) -> str:
    """(r45robust) What :func:`not_regular_error` says after the file's name (a reader naming the file its own way);
    ``row``: a file a manifest row names (the manifest itself is not).

    >>> not_regular_reason("a socket", row=False).endswith("replace it with the file itself.")
    True
    """
    return (f"is {kind}, not a regular file, so it cannot be read (reading it could wait for ever); replace it with "
            "the file itself" + (", or remove its manifest row." if row else "."))


def special_file(path: Path | str) -> str | None:
    """(r45robust) :func:`special_kind` of the file at ``path`` (links followed), without opening it; ``None`` when it
    is a regular file or a folder, or cannot be asked (missing, a link loop, no permission: the reader says so)."""
    try:
        return special_kind(os.stat(path).st_mode)
    except (OSError, ValueError):
        return None


def open_regular(path: Path | str) -> int:
    """(r45robust) A descriptor of ``path`` opened to read, or :class:`NotRegularFileError` naming it when it is a named
    pipe, a socket or a device. Opened without blocking (a FIFO's ``open`` waits for a writer), then asked what it
    is (``fstat``: the file opened, not a name that may have changed); a folder opens, and its read fails as before.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> os.mkfifo(d / "pipe.txt")
    >>> try:
    ...     open_regular(d / "pipe.txt")
    ... except NotRegularFileError as exc:
    ...     str(exc).startswith(f"{d / 'pipe.txt'}: is a named pipe (FIFO), not a regular file")
    True
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        kind = special_file(path) if exc.errno == errno.ENXIO else None  # a socket cannot be opened
        if kind is not None:
            raise not_regular_error(path, kind) from None
        raise
    kind = special_kind(os.fstat(fd).st_mode)
    if kind is not None:
        os.close(fd)
        raise not_regular_error(path, kind)
    return fd


def read_regular(path: Path | str) -> bytes:
    """(r45robust) ``Path(path).read_bytes()``, refusing a named pipe, a socket or a device (:func:`open_regular`).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_bytes(b"abc")
    >>> read_regular(d / "a.txt")
    b'abc'
    """
    fd = open_regular(path)
    try:
        with os.fdopen(fd, "rb", closefd=False) as fh:
            return fh.read()
    finally:
        os.close(fd)


def sha256_file(path: Path | str, chunk: int = 1 << 20) -> str:
    """SHA-256 hex digest of a file's bytes. (r44noop) Read with ``os.open`` and ``os.read``, without a buffered file
    object: half the CPU on 10,500 small files. An error names the file, as ``open`` did (``os.read`` names none).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_bytes(b"abc")
    >>> sha256_file(d / "a.txt") == hashlib.sha256(b"abc").hexdigest()
    True
    >>> try:
    ...     sha256_file(d)
    ... except IsADirectoryError as exc:
    ...     exc.filename == str(d)
    True
    """
    h = hashlib.sha256()
    fd = open_regular(path)  # (r45robust) a named pipe is refused, naming it: its read waited for ever
    try:
        while block := os.read(fd, chunk):
            h.update(block)
    except OSError as exc:
        if exc.filename is None:
            exc.filename = os.fspath(path)
        raise
    finally:
        os.close(fd)
    return h.hexdigest()


def folder_listing(folder: Path, named: set[Path] | NamedFiles | None = None) -> str:
    """``sha256  path`` lines for every non-hidden file below ``folder``, sorted by path; with ``named`` (resolved
    paths, or :class:`NamedFiles`: :func:`manifest_files`), for ``manifest.csv`` and the files ``named`` holds only."""
    return scan_folder(folder, _as_named(folder, named), unlisted=False)[0]


#: the manifest's name in the raw folder (:data:`analysis.corpus.MANIFEST`, which is this one)
MANIFEST = "manifest.csv"


@dataclass(frozen=True)
class NamedFiles:
    """(r44noop) The files a manifest names, kept as the fingerprint step matches a raw file against them: ``below``
    holds the relative POSIX path of each one inside the folder (``root``, the folder resolved), ``resolved`` the
    resolved path of each one named through a link, ``..`` or an absolute path. A file is named when its relative path
    is in ``below`` or its resolved path is one of the names (:meth:`names`): the same answer as resolving every name
    and every file, without the 10,500 ``resolve`` calls."""

    root: Path
    below: frozenset[str]
    resolved: frozenset[Path]

    @classmethod
    def of_cells(cls, folder: Path, cells: Sequence[str]) -> NamedFiles:
        """The files the manifest's ``file`` cells ``cells`` name, below ``folder``. A cell that is a plain relative
        path none of whose parts is a link names ``folder.resolve() / cell`` (what ``resolve`` returns for it: it
        changes only a link or ``..``; a part it cannot ``lstat`` it keeps as written, and so does this), found by one
        ``lstat`` a part; any other cell is resolved.

        >>> import tempfile
        >>> d = Path(tempfile.mkdtemp())
        >>> (d / "s").mkdir(); (d / "link").symlink_to(d / "s")
        >>> n = NamedFiles.of_cells(d, ["a.txt", "./s//b.txt", "link/c.txt", "s/../d.txt", "/elsewhere/e.txt"])
        >>> sorted(n.below), sorted(p.name for p in n.resolved)
        (['a.txt', 'd.txt', 's/b.txt', 's/c.txt'], ['c.txt', 'd.txt', 'e.txt'])
        """
        root = folder.resolve()
        below: set[str] = set()
        resolved: set[Path] = set()
        for cell in cells:
            key = _plain_key(str(root), cell)
            if key is not None:
                below.add(key)
                continue
            try:
                path = (folder / cell).resolve()
            except RuntimeError:  # (r44robust) a symbolic link loop (Python 3.11): named by the path as written
                below.add(os.path.normpath(cell))
                continue
            resolved.add(path)
            if path.is_relative_to(root):
                below.add(path.relative_to(root).as_posix())
        return cls(root, frozenset(below), frozenset(resolved))

    @classmethod
    def of_resolved(cls, folder: Path, named: set[Path]) -> NamedFiles:
        """The files of ``named`` (resolved paths, as :func:`analysis.corpus.load_manifest` gives them).

        >>> n = NamedFiles.of_resolved(Path("/"), {Path("/a.txt"), Path("/s/b.txt")})
        >>> sorted(n.below), NamedFiles.of_resolved(Path("/s"), {Path("/a.txt"), Path("/s/b.txt")}).below
        (['a.txt', 's/b.txt'], frozenset({'b.txt'}))
        """
        root = folder.resolve()
        prefix = str(root).rstrip("/") + "/"  # (resolved paths: below the root is after its path and a slash)
        below = frozenset(text[len(prefix):] for p in named if (text := str(p)).startswith(prefix))
        return cls(root, below, frozenset(named))

    def names(self, path: str, rel: str) -> bool:
        """Whether the file at ``path`` (``rel`` below the folder) is named: by its relative path, else by its
        resolved path (a link, or a name written through another folder)."""
        if rel in self.below:
            return True
        try:
            real = Path(path).resolve()
        except RuntimeError:  # (r44robust) a symbolic link loop no row names: no file, and no traceback
            return False
        return real in self.resolved or (real.is_relative_to(self.root)
                                         and real.relative_to(self.root).as_posix() in self.below)


def resolved_name(folder: Path, root: Path, cell: str) -> Path:
    """``(folder / cell).resolve()``, ``root`` being ``folder.resolve()``: a plain relative name with no link in it is
    ``root / cell`` (:func:`_plain_key`) without resolving it; any other is resolved.

    >>> resolved_name(Path("/x/y"), Path("/x/y"), "./s//a.txt"), resolved_name(Path("/x/y"), Path("/x/y"), "../a.txt")
    (PosixPath('/x/y/s/a.txt'), PosixPath('/x/a.txt'))
    """
    key = _plain_key(str(root), cell)
    return root / key if key is not None else (folder / cell).resolve()


def is_below(root: Path, path: Path) -> bool:
    """Whether the resolved ``path`` is the resolved ``root`` or lies in it (``root == path or root in path.parents``,
    read on their text).

    >>> is_below(Path("/x/y"), Path("/x/y/a.txt")), is_below(Path("/x/y"), Path("/x/yz.txt")), is_below(Path("/"), Path("/a"))
    (True, False, True)
    """
    text, top = str(path), str(root)
    return text == top or text.startswith(top.rstrip("/") + "/")


def _plain_key(root: str, cell: str) -> str | None:
    """The relative POSIX path ``cell`` names below the resolved folder ``root``, when resolving ``root / cell``
    would leave it as written (no part of it a link; not absolute, no ``..``, not empty); else ``None``.

    >>> _plain_key("/", "tmp//./x.txt"), _plain_key("/", "../x.txt"), _plain_key("/", "/x.txt"), _plain_key("/", "./")
    ('tmp/x.txt', None, None, None)
    """
    if cell.startswith("/"):
        return None
    parts = [part for part in cell.split("/") if part and part != "."]
    if not parts or ".." in parts:
        return None
    path = root
    for part in parts:
        path = os.path.join(path, part)
        try:
            if stat.S_ISLNK(os.lstat(path).st_mode):
                return None
        except OSError:
            continue  # (os.path.realpath keeps a part it cannot lstat as written)
    return "/".join(parts)


def _as_named(folder: Path, named: set[Path] | NamedFiles | None) -> NamedFiles | None:
    return NamedFiles.of_resolved(folder, named) if isinstance(named, (set, frozenset)) else named


def manifest_cells(folder: Path) -> list[str] | None:
    r"""(r43periods) The files the ``file`` column of ``folder``'s ``manifest.csv`` names, as written (rows whose cell
    is empty name none), read as stage 1 reads the manifest (UTF-8, a byte-order mark or two, names stripped);
    ``None`` when there is no manifest, it is not UTF-8 or CSV, or it has no ``file`` column: stage 1 then says what
    is wrong. Light: no pandas, as this runs on every ``make``.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / MANIFEST).write_text("\ufefffile ,council\n a.txt,A\n,B\n", encoding="utf-8")
    >>> manifest_cells(d), manifest_cells(d / "none")
    (['a.txt'], None)
    """
    try:
        text = read_regular(folder / MANIFEST).decode("utf-8-sig")  # (r45robust) not a named pipe's for ever
        reader = csv.reader(io.StringIO(text, newline=""))
        header = [h.strip().lstrip("\ufeff").strip() for h in next(reader, [])]
        if "file" not in header:
            return None
        col = header.index("file")
        cells = [row[col].strip() for row in reader if len(row) > col]
        return [cell for cell in cells if cell and "\x00" not in cell]
    except (OSError, UnicodeDecodeError, csv.Error, ValueError, RuntimeError):  # RuntimeError: a link loop
        return None


def manifest_files(folder: Path) -> NamedFiles | None:
    r"""(r43periods) The files ``folder``'s manifest names (:func:`manifest_cells`, :class:`NamedFiles`), ``None``
    when it cannot be read.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / MANIFEST).write_text("file,council\na.txt,A\n", encoding="utf-8")
    >>> sorted(manifest_files(d).below), manifest_files(d / "none")
    (['a.txt'], None)
    """
    cells = manifest_cells(folder)
    if cells is None:
        return None
    try:
        return NamedFiles.of_cells(folder, cells)
    except (OSError, ValueError, RuntimeError):
        return None


def unlisted_files(folder: Path, named: set[Path] | NamedFiles) -> list[str]:
    """(r43periods) The files of ``folder`` (relative POSIX paths, sorted; not the manifest, not hidden files) that
    ``named`` (resolved paths, or :class:`NamedFiles`) does not hold: the files stage 1 ignores
    (:func:`analysis.corpus.load_manifest` warns of them, and so does :func:`update`).

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> for n in ("a.txt", "notes.txt", MANIFEST, ".hidden"):
    ...     _ = (d / n).write_text("x", encoding="utf-8")
    >>> unlisted_files(d, {(d / "a.txt").resolve()})
    ['notes.txt']
    """
    return scan_folder(folder, _as_named(folder, named), listing=False)[1]


#: the errors ``pathlib`` takes as "no such file" when it globs or asks ``is_file`` (its ``_IGNORED_ERRNOS``)
_IGNORED_ERRNOS = frozenset({errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP})


def _child(base: str, rel: str) -> str:
    """The path of ``rel`` below the folder ``base`` as ``Path(base) / rel`` writes it (what an error names)."""
    return rel if base == "." else os.path.join(base, rel)


def _is_file(path: str) -> bool:
    """``Path(path).is_file()``: a regular file, following links; a missing file or a link loop says no, any other
    error is raised."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError as exc:
        if exc.errno not in _IGNORED_ERRNOS:
            raise
        return False
    except ValueError:
        return False


def scan_folder(folder: Path, named: NamedFiles | None, listing: bool = True,
                unlisted: bool = True) -> tuple[str, list[str]]:
    """(r44noop) The listing of ``folder`` (:func:`folder_listing`) and the files ``named`` does not hold
    (:func:`unlisted_files`; none without ``named``) from one read of each of its folders (round 43 walked it twice).

    The two keep the rules they had. The listing is ``os.walk``'s (:meth:`_Folder.listing_lines`), the unlisted
    files are ``Path.rglob('*')``'s (:meth:`_Folder.unlisted`); files are hashed, and asked ``is_file()``, in those
    orders, so an unreadable file raises the error it raised before.
    """
    scan = _Folder(folder, named)
    lines = scan.listing_lines() if listing else []
    rels = scan.unlisted() if unlisted and named is not None else []
    return "\n".join(sorted(lines, key=lambda s: s.split("  ", 1)[1])) + "\n", sorted(rels)


class _Folder:
    """(r44noop) A raw folder read once: each of its folders' entries (``os.scandir``, kept, or the error reading it
    raised), and one answer a file to whether ``named`` names it (an unnamed file is resolved to tell)."""

    def __init__(self, folder: Path, named: NamedFiles | None) -> None:
        self.base = str(folder)
        self.named = named
        self._entries: dict[str, list[os.DirEntry[str]] | OSError] = {}
        self._answers: dict[str, bool] = {}

    def entries(self, rel_dir: str) -> list[os.DirEntry[str]] | OSError:
        """The entries of the folder ``rel_dir`` ("" for the top), read the first time they are asked for."""
        if rel_dir not in self._entries:
            try:
                with os.scandir(_child(self.base, rel_dir) if rel_dir else self.base) as it:
                    self._entries[rel_dir] = list(it)
            except OSError as exc:
                self._entries[rel_dir] = exc
        return self._entries[rel_dir]

    def is_named(self, rel: str) -> bool:
        if rel not in self._answers:
            self._answers[rel] = self.named is not None and self.named.names(_child(self.base, rel), rel)
        return self._answers[rel]

    def listing_lines(self) -> list[str]:
        """``sha256  rel`` of every file as ``os.walk`` finds them: top-down, subfolders in sorted order, hidden
        folders and hidden files left out, a link to a folder not followed, every other entry a file (a broken link
        too: hashing it then fails), a folder that cannot be read skipped; with ``named``, the manifest and the files
        it names only."""
        lines = []
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            entries = self.entries(rel_dir)
            if isinstance(entries, OSError):
                continue
            dirs = []
            for entry in entries:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                rel = _rel(rel_dir, entry.name)
                if entry.name.startswith("."):
                    continue
                if is_dir:
                    dirs.append(rel)
                elif self.named is None or rel == MANIFEST or self.is_named(rel):
                    lines.append(f"{sha256_file(_child(self.base, rel))}  {rel}")
            stack.extend(d for d in sorted(dirs, reverse=True) if not os.path.islink(_child(self.base, d)))
        return lines

    def unlisted(self) -> list[str]:
        """The files no name of ``named`` names, as ``Path.rglob('*')`` finds them and asks each ``is_file()``: every
        folder's entries before its subfolders, hidden folders included, a link to a folder not followed, a folder
        that cannot be read for want of permission skipped (another error is raised); not the manifest (at any
        depth), not hidden files."""
        rels = []
        stack = [""]
        while stack:
            rel_dir = stack.pop()
            entries = self.entries(rel_dir)
            if isinstance(entries, PermissionError):
                continue
            if isinstance(entries, OSError):
                raise entries
            for entry in entries:
                rel = _rel(rel_dir, entry.name)
                if (_is_file(_child(self.base, rel)) and entry.name != MANIFEST and not entry.name.startswith(".")
                        and not self.is_named(rel)):
                    rels.append(rel)
            stack.extend(reversed(_subfolders(rel_dir, entries)))
        return rels


def _rel(rel_dir: str, name: str) -> str:
    """The relative POSIX path of the entry ``name`` of the folder ``rel_dir`` ("" for the top)."""
    return f"{rel_dir}/{name}" if rel_dir else name


def _subfolders(rel_dir: str, entries: list[os.DirEntry[str]]) -> list[str]:
    """The subfolders ``Path.rglob`` walks into, in the order of ``entries``: folders that are not links (an entry it
    cannot ask for want of permission stops the list there, as it stops ``rglob``'s)."""
    dirs = []
    for entry in entries:
        try:
            if entry.is_dir(follow_symlinks=False):
                dirs.append(_rel(rel_dir, entry.name))
        except PermissionError:
            break
        except OSError as exc:
            if exc.errno not in _IGNORED_ERRNOS:
                raise
    return dirs


def unlisted_message(folder: Path, unlisted: list[str]) -> str:
    """What stage 1 and the fingerprint step say of the files no manifest row names.

    >>> unlisted_message(Path("data/raw"), ["notes.txt"])
    'data/raw: 1 file(s) not named in manifest.csv are ignored: notes.txt. Add a manifest row for each to include it.'
    """
    return (f"{folder}: {len(unlisted)} file(s) not named in {MANIFEST} are ignored: {', '.join(unlisted)}. "
            "Add a manifest row for each to include it.")


def good_record(out: Path) -> Path:
    """Where the listing of the last run whose stage succeeded is kept: ``raw.sha256`` -> ``raw.good.sha256``.

    >>> good_record(Path("p/.fingerprints/raw.sha256")).as_posix()
    'p/.fingerprints/raw.good.sha256'
    """
    return out.with_name(f"{out.stem}.good{out.suffix}")


def _consumed(out: Path, outputs: Sequence[Path]) -> bool:
    """Whether the stage ran on the listing in ``out``: every output exists and is not older than it (make's test)."""
    try:
        recorded = out.stat().st_mtime_ns
        return bool(outputs) and all(p.stat().st_mtime_ns >= recorded for p in outputs)
    except OSError:
        return False


def _keep_good(out: Path, outputs: Sequence[Path]) -> None:
    """Save the consumed listing ``out`` with its time and the outputs' times (before ``out`` is replaced)."""
    lines = [f"# {out.stat().st_mtime_ns} {out.name}"]
    lines += [f"# {p.stat().st_mtime_ns} {os.fsencode(p.resolve()).hex()}" for p in outputs]
    _write(good_record(out), "\n".join(lines) + "\n" + out.read_text(encoding="utf-8"))


def _good_time(out: Path, listing: str, outputs: Sequence[Path]) -> int | None:
    """The time ``out`` had when the stage last succeeded on ``listing``, if the outputs are still that run's."""
    try:
        text = good_record(out).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    head = [line for line in text.splitlines(keepends=True) if line.startswith("# ")]
    body = text[sum(len(line) for line in head):]
    if body != listing or len(head) != len(outputs) + 1:
        return None
    try:
        times = [int(line.split()[1]) for line in head]
        files = [bytes.fromhex(line.split()[2]) for line in head[1:]]
        now = {os.fsencode(p.resolve()): p.stat().st_mtime_ns for p in outputs}
    except (OSError, ValueError, IndexError):
        return None
    if any(now.get(f) != t for f, t in zip(files, times[1:])) or len(set(files)) != len(now):
        return None  # an output was written since (or another set of outputs): that run's state is gone
    return times[0]


def _write(out: Path, text: str) -> None:
    """Write ``text`` to ``out`` atomically; :class:`~analysis.errors.OutputError` when its folder cannot be written."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)  # atomic, no pandas import
    except OSError as exc:
        raise cannot_write(out.parent, exc) from exc
    try:
        os.fchmod(fd, 0o666 & ~umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update(folder: Path, out: Path, outputs: Sequence[Path] = ()) -> bool:
    """Write the listing of ``folder`` to ``out`` if it changed; return whether it was written. The listing is of
    the manifest and the files it names (:func:`manifest_files`); the files no row names are said on standard error.

    ``outputs`` are the files the stage reading ``folder`` writes: when given, the listing of the last
    run that succeeded is kept, and written back with its old time when the folder lists it again (see above).
    """
    if not folder.is_dir():
        raise SystemExit(f"error: raw folder {folder} does not exist (set RAW_DIR to a folder with manifest.csv)")
    try:
        listing, unlisted = scan_folder(folder, manifest_files(folder))
    except NotRegularFileError as exc:  # (r45robust) a named pipe: its own one line, naming it
        raise SystemExit(f"error: {exc}") from None
    except OSError as exc:
        raise SystemExit(
            f"error: cannot read {exc.filename or folder} in the raw folder ({exc.strerror}); "
            "make it readable or move it out of the folder."
        ) from None
    if unlisted:  # (r43periods) said on every make, though the stages do not rerun for them
        print(f"warning: {unlisted_message(folder, unlisted)}", file=sys.stderr)
    if out.exists() and out.read_text(encoding="utf-8") == listing:
        return False
    outputs = [Path(p) for p in outputs]
    if outputs and out.exists() and _consumed(out, outputs):
        _keep_good(out, outputs)
    when = _good_time(out, listing, outputs) if outputs else None
    _write(out, listing)
    if when is not None:
        os.utime(out, ns=(when, when))
    return True


#: (r36twins) The researcher-editable files a stage reads, by the name of their stamp in the Makefile
#: (``$(P)/.fingerprints/config-<name>.sha256``): each is ``data/<file>`` or the file ``$CM_<FILE STEM>`` names
#: (:func:`analysis.paths.config_file`). The figure rules bring the measure words file beside them (read with them,
#: :func:`analysis.figures.rules.load_rules`); the learnt id rows bring the ``$CM_LEARNT_ID`` switch.
CONFIG_FILES: dict[str, str] = {"figure_rules": "figure_rules.yml", "indicators": "indicators.yml",
                                "codebook": "codebook.yml", "themes_training": "themes_training.csv",
                                "learnt_id_rows": "learnt_id_rows.csv"}
#: the file of measure words read beside the figure rules (one name for both: :data:`analysis.paths.MEASURE_WORDS_FILE`)
MEASURE_WORDS_FILE = paths.MEASURE_WORDS_FILE


def stamp_path(path: Path) -> str:
    """(r37tidy) How a config file's path is written in its stamp: relative to the repository's root (POSIX form) when
    the file is inside it, so the stamp is the same in any checkout or clone of the project (moving it reruns no
    stage); the absolute path when it is outside (a researcher's ``$CM_CODEBOOK=/elsewhere/codebook.yml``).

    >>> stamp_path(paths.PROJECT_ROOT / "data" / "codebook.yml")
    'data/codebook.yml'
    >>> stamp_path(Path("/elsewhere/codebook.yml"))
    '/elsewhere/codebook.yml'
    """
    if path.is_relative_to(paths.PROJECT_ROOT):
        return path.relative_to(paths.PROJECT_ROOT).as_posix()
    return str(path)


def _file_line(path: Path) -> str:
    """``sha256  path`` of one config file (``missing  path`` when it cannot be read: the stage says why), the path
    as :func:`stamp_path` writes it."""
    try:
        digest = sha256_file(path)
    except OSError:
        digest = "missing"
    return f"{digest}  {stamp_path(path)}"


def config_listing(name: str) -> str:
    """(r36twins) What a stage reads of the config file ``name`` (a key of :data:`CONFIG_FILES`) in this environment:
    the resolved path and checksum of the file (``$CM_FIGURE_RULES`` or ``data/figure_rules.yml`` ...), and of what
    is read with it, one ``sha256  path`` line each. Its stamp changes when the file the run will read does: another
    path, or the same path with other bytes. (r37tidy) A path inside the repository is written relative to its root
    (:func:`stamp_path`), and the learnt id rows' line says whether the fallback is on, as
    :func:`analysis.paths.learnt_id_enabled` decides ("0" and "off" are the same run), not how ``$CM_LEARNT_ID`` was
    written. (r38) A researcher's own codebook that leaves out a section the package's file then supplies also stamps
    the package's ``data/codebook.yml``.

    >>> config_listing("codebook").endswith("  data/codebook.yml\\n")
    True
    """
    path = paths.config_file(CONFIG_FILES[name])
    lines = [_file_line(path)]
    if name == "figure_rules":
        lines.append(_file_line(path.parent / MEASURE_WORDS_FILE))
    if name == "learnt_id_rows":
        lines.append("CM_LEARNT_ID=" + ("on" if paths.learnt_id_enabled() else "off"))
    if name == "codebook" and _reads_shipped_sections(path):
        lines.append(_file_line(paths.DATA_DIR / CONFIG_FILES[name]))
    return "\n".join(lines) + "\n"


#: the codebook sections a researcher's own codebook may leave out, the package's being read instead (round 38; the
#: topics stage reads this as :data:`analysis.topics.DEFAULTED_SECTIONS`: kept here so that stamping never imports it)
CODEBOOK_DEFAULTED_SECTIONS: tuple[str, ...] = ("complaints", "interest_kinds", "bylines")


def codebook_lacks_sections(data: object) -> bool:
    """Whether a parsed codebook leaves out a section of :data:`CODEBOOK_DEFAULTED_SECTIONS` (a bare list of themes
    leaves them all out; anything but a mapping or a list says yes): what the topics stage then reads from the
    package's ``data/codebook.yml``, and what the stamp must name.

    >>> codebook_lacks_sections({"themes": [], "complaints": None, "interest_kinds": [], "bylines": []})
    False
    >>> codebook_lacks_sections({"themes": []}), codebook_lacks_sections([])
    (True, True)
    """
    return not isinstance(data, dict) or any(k not in data for k in CODEBOOK_DEFAULTED_SECTIONS)


def _reads_shipped_sections(path: Path) -> bool:
    """(r38) Whether a codebook at ``path`` other than the package's own leaves out a section the topics stage then
    reads from the package's ``data/codebook.yml`` (:func:`analysis.topics.with_default_sections`), so that an edit of
    the package's file must rerun the stage too. A file that cannot be read or parsed says yes (the stage will say
    what is wrong with it).

    >>> _reads_shipped_sections(paths.DATA_DIR / "codebook.yml")
    False
    """
    try:
        if path.resolve() == (paths.DATA_DIR / CONFIG_FILES["codebook"]).resolve():
            return False
        import yaml

        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - unreadable, not UTF-8 or not YAML: the stage reports it
        return True
    return codebook_lacks_sections(data)


def check_config(name: str) -> None:
    """(r36review) Stop with an error that names the file and the variable when the config file ``name`` the run will
    read cannot be read (a ``$CM_*`` path mistyped, a folder, no permission), before any stage starts (the stamp wrote
    "missing" and the stage's notebook failed later). The measure words beside the figure rules may be absent (the
    rules are read without them), and the learnt id rows are not read when ``$CM_LEARNT_ID`` switches the fallback off.
    """
    file = CONFIG_FILES[name]
    if name == "learnt_id_rows" and not paths.learnt_id_enabled():
        return
    path = paths.config_file(file)
    env = paths.config_env(file)
    given = f"${env}" if os.environ.get(env) else f"data/{file}"
    try:
        with open(path, "rb") as fh:
            fh.read(1)
    except OSError as exc:
        raise SystemExit(f"error: config file {path} ({given}) cannot be read: {exc.strerror or exc}") from None


def update_config(name: str, out: Path) -> bool:
    """Write :func:`config_listing` of ``name`` to ``out`` if it changed; return whether it was written (so ``make``
    reruns the stages that read the file only when the file they will read changed). A file that cannot be read
    stops with an error naming it (:func:`check_config`)."""
    if name not in CONFIG_FILES:
        raise SystemExit(f"error: no config file named {name!r} (one of {', '.join(CONFIG_FILES)})")
    check_config(name)
    listing = config_listing(name)
    if out.exists() and out.read_text(encoding="utf-8") == listing:
        return False
    _write(out, listing)
    return True


def forget_good(out: Path) -> None:
    """Remove the record of the last good listing kept beside ``out`` (:func:`good_record`), if any: the stage that
    reads the folder has just succeeded on the listing in ``out``, which makes the record moot.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "raw.sha256"
    >>> good_record(out).write_text("# 1 raw.sha256", encoding="utf-8") and None
    >>> forget_good(out), good_record(out).exists(), forget_good(out)
    (None, False, None)
    """
    good_record(out).unlink(missing_ok=True)


def main(argv: Sequence[str]) -> None:
    """``python -m analysis.fingerprint FOLDER OUT [STAGE-OUTPUT...] | --done OUT | --config NAME OUT``; a folder that
    cannot be written ends in one ``error: ...`` line (r44robust: a read-only processed folder gave a traceback), and so
    does a named file that is a named pipe, a socket or a device (r45robust: a FIFO's read waited for ever)."""
    try:
        _main(argv)
    except (OutputError, NotRegularFileError) as exc:
        raise SystemExit(f"error: {exc}") from None


def _main(argv: Sequence[str]) -> None:
    if len(argv) == 3 and argv[1] == "--done":
        forget_good(Path(argv[2]))
    elif len(argv) == 4 and argv[1] == "--config":
        update_config(argv[2], Path(argv[3]))
    elif len(argv) < 3:
        raise SystemExit("usage: python -m analysis.fingerprint FOLDER OUT [STAGE-OUTPUT...] | --done OUT | "
                         "--config NAME OUT")
    else:
        update(Path(argv[1]), Path(argv[2]), [Path(a) for a in argv[3:]])


if __name__ == "__main__":
    main(sys.argv)
