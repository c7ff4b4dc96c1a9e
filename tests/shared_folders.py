"""(r45robust) The session's shared folders, each with its state as the fixture made it or the last test using it left
it: :func:`conftest._shared_folders_unchanged` fails a test that changes one and does not put it back exactly.

A module of its own: pytest imports ``tests/conftest.py`` as a plugin (``tests.conftest``) and the test files import it
again as ``conftest``, two modules with two sets of globals; both import this one module, so the fixtures registered
from either reach the one check.
"""

from __future__ import annotations

import os
from pathlib import Path

#: (r45robust) The session's shared folders by the fixture that makes them, with their state (:func:`folder_state`) as
#: the fixture made them or the last test using them left them, and who left it so. A test that changes one and does
#: not put it back exactly (files, sizes, times) changes what the next test on the process finds: round 44's CI failed
#: on that (a test that edited a raw file of ``full_build`` and put it back left stages 2-4 out of date for a later
#: test, whenever xdist dealt them to one process). :func:`conftest._shared_folders_unchanged` checks every test using one.
_SHARED: dict[str, tuple[Path, dict[str, tuple[int, int]], str]] = {}


def folder_state(folder: Path) -> dict[str, tuple[int, int]]:
    """``{relative path: (size, mtime_ns)}`` of every file, link and folder below ``folder`` (hidden ones too; a
    folder's size and time are left out, as adding and removing a file again changes them, not what a test reads)."""
    state: dict[str, tuple[int, int]] = {}
    base = len(str(folder)) + 1
    for top, dirs, files in os.walk(folder):
        for name in dirs:
            state[os.path.join(top, name)[base:] + "/"] = (0, 0)
        for name in files:
            path = os.path.join(top, name)
            st = os.lstat(path)
            state[path[base:]] = (st.st_size, st.st_mtime_ns)
    return state


def shared_folder(name: str, folder: Path) -> Path:
    """(r45robust) ``folder``, made by the fixture ``name``, registered with its state as made (see :data:`_SHARED`)."""
    _SHARED[name] = (folder, folder_state(folder), f"the fixture {name} as it made it")
    return folder


def _state_difference(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]], n: int = 6) -> str:
    """The first ``n`` paths added, removed or changed (size or time) between two :func:`folder_state`."""
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(k for k in set(before) & set(after) if before[k] != after[k])
    parts = [f"{what} {len(paths)}: {', '.join(paths[:n])}{' ...' if len(paths) > n else ''}"
             for what, paths in (("added", added), ("removed", removed), ("changed (size or time)", changed)) if paths]
    return "; ".join(parts)
