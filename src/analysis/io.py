"""Reading and writing the pipeline's tables, atomically and reproducibly.

Every table is written as Parquet (the format the next stage reads) with a CSV copy for people
and spreadsheets. Files are written under a temporary name in the same folder and moved into place
only when every file of the stage is complete (:func:`write_files`, used by :func:`write_tables`,
:func:`write_text`, the reports, the search index and the fetcher), so a run that fails midway
leaves the previous good outputs untouched. Nothing time-dependent is written into data files, so
two runs on the same inputs give byte-identical outputs.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping, Sequence
from functools import partial
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .errors import cannot_write
from .paths import umask
from .schemas import SCHEMAS, check_table


#: Permissions of written files and folders: what ``open()``/``mkdir()`` would give (tempfile's
#: private 0600/0700 would make outputs unreadable to colleagues or a web server).
FILE_MODE = 0o666 & ~umask()
DIR_MODE = 0o777 & ~umask()
#: Permissions of pages meant to be read by anyone (reports, search results), whatever the umask.
PUBLIC_MODE = 0o644

#: What :func:`write_files` writes: bytes, text (UTF-8, no newline translation) or a function that
#: writes the file at the path it is given (a Parquet writer, an SQLite database).
Content = bytes | str | Callable[[Path], object]


def _tmp_path(final: Path) -> Path:
    """A new empty hidden file beside ``final`` (its folder created if missing); :class:`~analysis.errors.OutputError`
    naming the folder when it cannot be written (r44robust: a read-only reports folder gave a traceback called a bug).
    """
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
    except OSError as exc:
        raise cannot_write(final.parent, exc) from exc
    try:
        os.fchmod(fd, FILE_MODE)
    finally:
        os.close(fd)
    return Path(name)


def _write_parquet(df: pd.DataFrame, path: Path) -> None:
    table = pa.Table.from_pandas(df, preserve_index=False)
    # Strip pandas metadata that can vary and keep the file deterministic.
    table = table.replace_schema_metadata(None)
    pq.write_table(table, path, compression="zstd", write_statistics=False)


def _write_csv(df: pd.DataFrame, path: Path) -> None:
    df.to_csv(path, index=False, lineterminator="\n", encoding="utf-8")


def write_tables(tables: Mapping[str, pd.DataFrame], out_dir: str | os.PathLike[str], csv: bool = True) -> list[Path]:
    """Check each table against its schema, then write ``<name>.parquet`` (and ``.csv``) with
    :func:`write_files`: every file or none. Returns the final paths."""
    out = Path(out_dir)
    files: dict[Path, Content] = {}
    for name, df in tables.items():
        if name in SCHEMAS:
            df = check_table(name, df)
        files[out / f"{name}.parquet"] = partial(_write_parquet, df)
        if csv:
            files[out / f"{name}.csv"] = partial(_write_csv, df)
    return write_files(files)


def write_files(files: Mapping[str | os.PathLike[str], Content], mode: int | None = None) -> list[Path]:
    """Write ``files`` (``{path: content}``, see :data:`Content`), all or nothing.

    Each file is written under a temporary name in its own folder (created if missing); only when
    every one is complete are they moved into place (:func:`commit_files`, which puts the previous
    files back if a move fails). A failure leaves every file as it was and no temporary behind.
    ``mode``: the files' permissions (default :data:`FILE_MODE`). Returns the final paths.
    """
    staged: list[tuple[Path, Path]] = []
    try:
        for path, content in files.items():
            final = Path(path)
            tmp = _tmp_path(final)
            staged.append((tmp, final))
            if isinstance(content, bytes):
                tmp.write_bytes(content)
            elif isinstance(content, str):
                with open(tmp, "w", encoding="utf-8", newline="") as fh:
                    fh.write(content)
            else:
                content(tmp)
            if mode is not None:
                os.chmod(tmp, mode)
        commit_files(staged)
    finally:
        for tmp, _ in staged:  # moved ones are gone; what is left is a failure's
            tmp.unlink(missing_ok=True)
    return [final for _, final in staged]


def commit_files(staged: Sequence[tuple[Path, Path]]) -> None:
    """Move each ``(tmp, final)`` into place, all or nothing.

    Before a file is replaced its previous version is kept under a hidden backup name (a hard
    link, so no copy). If any move fails, the files already moved are put back as they were (or
    removed if they did not exist), the temporaries are deleted and the error is raised: the
    folder holds either every new file or every old one.
    """
    done: list[tuple[Path, Path | None]] = []
    try:
        for tmp, final in staged:
            backup = None
            if final.exists() or final.is_symlink():
                backup = _tmp_path(final)
                backup.unlink()
                try:
                    os.link(final, backup)
                except OSError:
                    shutil.copy2(final, backup)
            try:
                os.replace(tmp, final)
            except BaseException:
                if backup is not None:
                    backup.unlink(missing_ok=True)
                raise
            done.append((final, backup))
    except BaseException:
        for final, backup in reversed(done):
            if backup is None:
                final.unlink(missing_ok=True)
            else:
                os.replace(backup, final)
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for _, backup in done:
        if backup is not None:
            backup.unlink(missing_ok=True)


def write_text(path: str | os.PathLike[str], text: str, mode: int | None = None) -> Path:
    """Write ``text`` as UTF-8 exactly (no newline translation), atomically (:func:`write_files`)."""
    return write_files({path: text}, mode)[0]


def write_bytes(path: str | os.PathLike[str], data: bytes, mode: int | None = None) -> Path:
    """Write bytes atomically (:func:`write_files`)."""
    return write_files({path: data}, mode)[0]


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a UTF-8 text file exactly as written by :func:`write_text`."""
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def read_table(name: str, processed: str | os.PathLike[str]) -> pd.DataFrame:
    """Read ``<processed>/<name>.parquet``, with a clear error if an earlier stage has not run."""
    path = Path(processed) / f"{name}.parquet"
    if not path.exists():
        from .errors import PipelineError

        raise PipelineError(
            f"{path} does not exist: run the stage that writes the '{name}' table first (make all)."
        )
    return pd.read_parquet(path)


def stage_folder(folder: str | os.PathLike[str], files: Mapping[str, str]) -> Path:
    """Write ``files`` (``{name: text}``, UTF-8, no newline translation) into a new hidden folder
    beside ``folder`` and return it; nothing visible changes until :func:`swap_folder`."""
    final = Path(folder)
    try:
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    except OSError as exc:
        raise cannot_write(final.parent, exc) from exc
    try:
        os.chmod(tmp, DIR_MODE)
        for name, text in sorted(files.items()):
            if Path(name).name != name or name in ("", ".", ".."):
                raise ValueError(f"{name!r} is not a plain file name")
            with open(tmp / name, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return tmp


def swap_folder(staged: Path, folder: str | os.PathLike[str]) -> Path | None:
    """Put the ``staged`` folder in place of ``folder``; return where the old one was moved (or None).

    Pass the returned path to :func:`restore_folder` to undo, or to :func:`discard_folder` to keep
    the new folder.
    """
    final = Path(folder)
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old.", dir=final.parent))
        os.rmdir(old)
        os.replace(final, old)
    try:
        os.replace(staged, final)
    except BaseException:
        if old is not None:
            os.replace(old, final)
        raise
    return old


def restore_folder(folder: str | os.PathLike[str], old: Path | None) -> None:
    """Undo :func:`swap_folder`: put the previous folder back (or remove the new one if none)."""
    final = Path(folder)
    if final.exists():
        shutil.rmtree(final)
    if old is not None:
        os.replace(old, final)


def discard_folder(old: Path | None) -> None:
    """Delete the previous folder kept by :func:`swap_folder`."""
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def read_config_yaml(path: str | os.PathLike[str], what: str, hint: str) -> object:
    """Parse a researcher-editable YAML file (``what`` is ``"codebook"`` or ``"indicators"``).

    Raises :class:`~analysis.errors.ConfigError` naming the file when it is missing or not YAML;
    ``hint`` says how to fix a parse error.
    """
    import yaml

    from .errors import ConfigError

    p = Path(path)
    if not p.exists():
        raise ConfigError(f"{p}: {what} file not found; create it or pass {what}=<path>")
    try:
        return yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ConfigError(f"{p}: not valid YAML ({exc}); {hint}") from exc
