"""Errors that the pipeline reports to users.

Every error raised for bad input names the file (or manifest line) and says what to do, so
that a run over forty councils points straight at the one bad document.
"""

from __future__ import annotations


class PipelineError(Exception):
    """Base class: a problem with the inputs or configuration that the user can fix."""


class ManifestError(PipelineError):
    """A manifest row is wrong: missing field, missing file, duplicate id, bad date..."""


class DocumentError(PipelineError):
    """A document cannot be read: wrong encoding, binary, empty, scanned PDF, broken PDF..."""


class ConfigError(PipelineError):
    """A researcher-editable configuration file (codebook, indicators) is invalid."""


class SchemaError(PipelineError):
    """A stage produced a table that does not match its declared schema (a bug, not bad input)."""


class OutputError(PipelineError, OSError):
    """(r44robust) An output folder cannot be written (read-only, not ours, a read-only file system): the user's
    setting, not a bug. Also an :class:`OSError`, so code that undoes a failed write on ``OSError`` still does."""


class NotRegularFileError(PipelineError, OSError):
    """(r45robust) A path the pipeline reads is a named pipe (FIFO), a socket or a device, not a regular file: reading
    a FIFO waits for a writer for ever, so it is refused first, naming the file. Also an :class:`OSError`, so a reader
    that treats an unreadable file as absent still does."""


def cannot_write(folder: object, exc: OSError) -> OutputError:
    """The :class:`OutputError` for ``exc``, raised while creating a file in ``folder``: names the folder and what to do.

    >>> print(cannot_write("out/reports", PermissionError(13, "Permission denied")))
    out/reports: cannot write here (Permission denied); make the folder writable, or set PROCESSED_DIR / REPORTS_DIR to a folder you can write. The previous outputs are as they were.
    """
    return OutputError(f"{folder}: cannot write here ({exc.strerror or exc}); make the folder writable, or set "
                       "PROCESSED_DIR / REPORTS_DIR to a folder you can write. The previous outputs are as they were.")
