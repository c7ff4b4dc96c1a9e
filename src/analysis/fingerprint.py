"""Content fingerprints of input folders, so ``make`` reruns a stage only when its inputs changed.

``python -m analysis.fingerprint RAW_DIR OUT`` writes one line per file (``sha256  relative/path``,
sorted) to ``OUT``, but only touches ``OUT`` when the listing differs from what is there. Make then
compares the file's modification time as usual: copying the same files again, or touching them,
reruns nothing (checksums decide, as in owid/etl).
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from pathlib import Path

from .paths import umask


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """SHA-256 hex digest of a file's bytes."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def folder_listing(folder: Path) -> str:
    """``sha256  path`` lines for every non-hidden file below ``folder``, sorted by path."""
    lines = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            path = Path(root) / name
            rel = path.relative_to(folder).as_posix()
            lines.append(f"{sha256_file(path)}  {rel}")
    return "\n".join(sorted(lines, key=lambda s: s.split("  ", 1)[1])) + "\n"


def update(folder: Path, out: Path) -> bool:
    """Write the listing of ``folder`` to ``out`` if it changed; return whether it was written."""
    if not folder.is_dir():
        raise SystemExit(f"error: raw folder {folder} does not exist (set RAW_DIR to a folder with manifest.csv)")
    try:
        listing = folder_listing(folder)
    except OSError as exc:
        raise SystemExit(
            f"error: cannot read {exc.filename or folder} in the raw folder ({exc.strerror}); "
            "make it readable or move it out of the folder."
        ) from None
    if out.exists() and out.read_text(encoding="utf-8") == listing:
        return False
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)  # atomic, and no pandas import
    try:
        os.fchmod(fd, 0o666 & ~umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(listing)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m analysis.fingerprint FOLDER OUT")
    update(Path(sys.argv[1]), Path(sys.argv[2]))
