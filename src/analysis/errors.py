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
