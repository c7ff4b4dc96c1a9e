"""Reading and writing the pipeline's tables, atomically and reproducibly.

Every table is written as Parquet (the format the next stage reads) with a CSV copy for people
and spreadsheets. Files are written under a temporary name in the same folder and moved into place
only when every file of the stage is complete (:func:`write_tables`), so a run that fails midway
leaves the previous good outputs untouched. Nothing time-dependent is written into data files, so
two runs on the same inputs give byte-identical outputs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .schemas import SCHEMAS, check_table


def _tmp_path(final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
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
    """Check each table against its schema, then write ``<name>.parquet`` (and ``.csv``) atomically.

    All files are first written to temporary names; only when every one succeeded are they moved
    into place. Returns the final paths.
    """
    out = Path(out_dir)
    staged: list[tuple[Path, Path]] = []
    try:
        for name, df in tables.items():
            if name in SCHEMAS:
                df = check_table(name, df)
            final = out / f"{name}.parquet"
            tmp = _tmp_path(final)
            staged.append((tmp, final))
            _write_parquet(df, tmp)
            if csv:
                final_csv = out / f"{name}.csv"
                tmp_csv = _tmp_path(final_csv)
                staged.append((tmp_csv, final_csv))
                _write_csv(df, tmp_csv)
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, final in staged:
        os.replace(tmp, final)
    return [final for _, final in staged]


def write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` as UTF-8 exactly (no newline translation), atomically."""
    final = Path(path)
    tmp = _tmp_path(final)
    try:
        with open(tmp, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, final)
    return final


def write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write bytes atomically (used for HTML reports and images)."""
    final = Path(path)
    tmp = _tmp_path(final)
    try:
        tmp.write_bytes(data)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, final)
    return final


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


def write_text_folder(folder: str | os.PathLike[str], files: Mapping[str, str]) -> Path:
    """Replace ``folder`` with exactly ``files`` (``{name: text}``), as one swap.

    The new folder is written beside the old one under a temporary name and swapped in only when
    complete, so a failure leaves the previous folder as it was.
    """
    import shutil

    final = Path(folder)
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", dir=final.parent))
    try:
        for name, text in sorted(files.items()):
            with open(tmp / name, "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if final.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{final.name}.old.", dir=final.parent))
        os.rmdir(old)
        os.replace(final, old)
    os.replace(tmp, final)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return final
