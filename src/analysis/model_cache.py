"""On-disk cache of fitted models (r40cache, r40cache2): a model is fitted once, not once per process.

A fit is a pure function of its inputs, so its result can be kept in a file named by a digest of all of them and read
back by the next process that makes the same fit. This module is what every cached model shares; a thin adapter per
model says what its key covers and which arrays it stores:

* :mod:`analysis.theme_cache`: the theme model (:func:`analysis.themes.fit_model`), files ``theme-<key>.npz``;
* :func:`analysis.figures.learnt_id._fitted`: the learnt id fallback's token weights, files ``learnt_id-<key>.npz``.

Keys (:func:`digest`): SHA-256 of a JSON head (:func:`canonical` forms of what the adapter names, always with the
library versions, :func:`versions`) and any further bytes (training rows). An adapter's head carries the source digest
of the code that shapes its model (:func:`source_digest`: the module and every package module it imports, directly
or not), so a code change never reuses a stale model.

Files are ``.npz`` of plain arrays read with ``allow_pickle=False`` (no pickled object is ever loaded) and hold their
own key: a file that cannot be read, that names another key or that the adapter's check refuses is ignored (the
caller fits again and replaces it), never an error. Writes go through a temporary file and ``os.replace`` (:func:`analysis.io.write_files`), so a reader
never sees a partial file and two processes writing one key write the same bytes; a folder that cannot be written
leaves the cache as it was. Each kind keeps at most its adapter's number of files (the least recently used go first).

Where: ``$CM_MODEL_CACHE`` (:func:`analysis.paths.model_cache_dir`; ``make`` sets it to ``$(BUILD_DIR)/model-cache``),
else ``build/model-cache`` in the checkout; empty or ``off`` switches it off.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import os
import inspect
import re
import sys
import time
import types
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields, is_dataclass
from functools import lru_cache, partial
from importlib import metadata
from pathlib import Path
from typing import Any

import numpy as np

from . import io

#: A temporary file older than this (seconds) was left by a process that died mid-write and is removed.
STALE_TMP_SECONDS = 3600.0


def canonical(obj: Any) -> Any:
    """A JSON-able value that is equal for equal contents and independent of the process (set order, ids).

    Dicts and dataclasses become ``{name: value}`` (a codebook's ``source``, where it was read from, is left out), bytes
    their hex digits (r41keys), tuples and lists lists, sets and frozensets sorted lists, compiled patterns their pattern and flags. Anything else
    raises :class:`TypeError` (the caller then does not cache).

    >>> import re
    >>> canonical((frozenset({"b", "a"}), re.compile("x", re.I), 1.5, None))
    [['a', 'b'], {'pattern': 'x', 'flags': 34}, 1.5, None]
    """
    if obj is None or isinstance(obj, (str, bool, int, float)):
        return obj
    if isinstance(obj, bytes):
        return {"bytes": obj.hex()}
    if isinstance(obj, (tuple, list)):
        return [canonical(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): canonical(v) for k, v in obj.items()}
    if isinstance(obj, (set, frozenset)):
        items = [canonical(x) for x in obj]
        return sorted(items, key=lambda x: json.dumps(x, sort_keys=True))
    if isinstance(obj, re.Pattern):
        return {"pattern": obj.pattern, "flags": int(obj.flags)}
    if is_dataclass(obj) and not isinstance(obj, type):
        return {"__type__": type(obj).__name__,
                **{f.name: canonical(getattr(obj, f.name)) for f in fields(obj) if f.name != "source"}}
    raise TypeError(f"no canonical form for {type(obj).__name__}")


#: a ``from`` import statement: its dots (none: absolute), its module and what it imports (one line, or in brackets
#: over several); read from the text with comments dropped and backslash continuations joined
_FROM_IMPORT = re.compile(r"(?m)^[ \t]*from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n;]*)")
#: an ``import a.b[ as c][, d]`` statement: the names it imports
_PLAIN_IMPORT = re.compile(r"(?m)^[ \t]*import[ \t]+([^\n;]*)")


def _relative_imports(path: Path, package_dir: Path) -> set[Path]:
    """The package's own modules that the module at ``path`` imports (``from .x import``, ``from . import x``, and
    r40review2: the absolute forms ``from analysis.x import``, ``import analysis.x``), at any depth of the module
    (r40cache2: read from its text, not its syntax tree, 10 times faster; a line in a string that looks like an
    import only adds a module to what is digested)."""
    text = re.sub(r"#[^\n]*", "", path.read_text(encoding="utf-8").replace("\\\n", " "))
    found: set[Path] = set()
    for m in _FROM_IMPORT.finditer(text):
        dots, module = m.group(1), m.group(2)
        if dots:
            base = path.parent
            for _ in range(len(dots) - 1):
                base = base.parent
        elif module.split(".")[0] == package_dir.name:
            base = package_dir.parent
        else:
            continue  # another library's module
        target = base.joinpath(*module.split(".")) if module else base
        candidates = [target.with_suffix(".py"), target / "__init__.py"] if module else [target / "__init__.py"]
        if not module or target.is_dir():
            names = [n.split()[0] for n in m.group(3).strip("() \t\n").split(",") if n.strip()]
            candidates += [target / f"{n}.py" for n in names] + [target / n / "__init__.py" for n in names]
        found |= {c for c in candidates if c.is_file() and package_dir in c.parents}
    for m in _PLAIN_IMPORT.finditer(text):
        for name in m.group(1).split(","):
            parts = name.split()[0].split(".") if name.strip() else []
            if not parts or parts[0] != package_dir.name:
                continue
            for k in range(1, len(parts) + 1):  # (importing a.b.c runs a and a.b too)
                target = package_dir.parent.joinpath(*parts[:k])
                found |= {c for c in (target.with_suffix(".py"), target / "__init__.py")
                          if c.is_file() and package_dir in c.parents}
    return found


@lru_cache(maxsize=8)
def source_digest(root: str) -> str:
    """SHA-256 of the source bytes of the package module ``root`` (a path relative to the package, such as
    ``"themes.py"`` or ``"figures/learnt_id.py"``) and every package module it imports, directly or not (each file's
    path relative to the package, then its bytes, in path order)."""
    package_dir = Path(__file__).resolve().parent
    todo, seen = [package_dir / root], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        todo.extend(_relative_imports(p, package_dir) - seen)
    h = hashlib.sha256()
    for p in sorted(seen):
        h.update(p.relative_to(package_dir).as_posix().encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()


def _code_objects(code: types.CodeType) -> Iterable[types.CodeType]:
    """``code`` and the code of every function, comprehension or class body defined inside it."""
    yield code
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            yield from _code_objects(c)


def _qualified(obj: Any) -> str:
    """``module.qualname`` of a function or class (what names it in a key: a patched one has another)."""
    return f"{getattr(obj, '__module__', '')}.{getattr(obj, '__qualname__', type(obj).__qualname__)}"


def _own_code(obj: Any) -> bool:
    """(r42review) Is ``obj`` a Python function written outside the package and outside any installed library or the
    standard library (a notebook's or script's, ``__main__``; a test's): its code is in neither :func:`source_digest`
    nor :func:`versions`, so :func:`global_reads` names it with a digest of its code (:func:`code_digest`) and follows
    it into what it reads.

    >>> import json
    >>> _own_code(json.dumps), _own_code(np.mean), _own_code(global_reads)
    (False, False, False)
    """
    if not isinstance(obj, types.FunctionType):
        return False
    module = (getattr(obj, "__module__", "") or "").split(".")[0]
    if module == __name__.split(".")[0] or module in sys.stdlib_module_names or module == "builtins":
        return False
    if module == "__main__":
        return True
    where = getattr(sys.modules.get(module), "__file__", None) or ""
    return not any(part in ("site-packages", "dist-packages") for part in Path(where).parts)


def _const_text(c: Any) -> str:
    """A code constant as text that is the same in every process (a ``frozenset``'s members sorted: their order
    follows the string hash seed)."""
    if isinstance(c, types.CodeType):
        return f"<code {c.co_name}>"
    if isinstance(c, frozenset):
        return "frozenset(" + ",".join(sorted(_const_text(x) for x in c)) + ")"
    if isinstance(c, tuple):
        return "(" + ",".join(_const_text(x) for x in c) + ")"
    return repr(c)


def code_digest(fn: Any) -> str:
    """(r42review) A digest of what a function computes as far as its own code tells: the bytecode, constants and
    names of it and of every function defined inside it, and its closure's values where they have a
    :func:`canonical` form; the same in every process (no address, no hash-seed order), another for another body under
    the same name.

    >>> def f(x): return x + 1
    >>> g = f
    >>> def f(x): return x + 2
    >>> code_digest(f) == code_digest(g), code_digest(f) == code_digest(f)
    (False, True)
    """
    h = hashlib.sha256()
    for c in _code_objects(fn.__code__):
        h.update(c.co_code + b"\0")
        h.update(json.dumps([c.co_name, list(c.co_names), list(c.co_varnames), [_const_text(x) for x in c.co_consts]],
                            ensure_ascii=False).encode("utf-8") + b"\0")
    for cell in fn.__closure__ or ():
        try:
            value = cell.cell_contents
            h.update(json.dumps(_qualified(value) if callable(value) else canonical(value),
                                sort_keys=True, default=str).encode("utf-8"))
        except (TypeError, ValueError):  # (an empty cell; a value with no canonical form)
            h.update(b"?")
    return h.hexdigest()[:16]


#: (r42keys) a module's names of where it is (``__file__``, ``__name__``, ``__spec__``, ...), which :func:`global_reads`
#: leaves out: where the code is is not what it computes (its bytes are in :func:`source_digest`), and a checkout's
#: place in a key would make two checkouts sharing one cache folder miss each other's files
_MODULE_IDENTITY = re.compile(r"__\w+__")


def global_reads(roots: Iterable[Callable[..., Any]], memos: list[Any] | None = None) -> dict[str, Any]:
    """(r41keys) Every module-level value the functions ``roots`` may read, as it is *now* (read when the key is made,
    not when the module was imported), following the package's own functions they call: ``{"module:name": value}``.

    A name a function's code looks up (``co_names``, with nested functions and comprehensions) that is a global of its
    module counts: a function or class of this package is named by :func:`_qualified` (a harness that patches it in
    gives another key) and a function is followed into (its defaults count too); another library's function or class
    is named (its code is covered by :func:`versions`); a module is skipped; any other value is its :func:`canonical`
    form (a constant such as a window size or a stop-word set changed at run time gives another key), or is left out
    when it has none (a lock, a path, a lazily loaded tokenizer: their code is in :func:`source_digest`). A name that is
    an attribute (``x.name``) and also a global counts too: more than is read, never less (but a module's ``__file__``,
    ``__name__``, ...: r42keys, :data:`_MODULE_IDENTITY`); r41review: and so does a
    name of a package module the code names (``clean.NAME``, one level: ``a.b.NAME`` through a package ``a`` is not
    seen), counted as that module's; r42review: a function written outside the package and every library (a
    notebook's, ``__main__``) is named with its :func:`code_digest` and followed (:func:`_own_code`). ``memos``: a list that gets
    every memoised function followed (``functools.lru_cache``'s, with ``cache_clear``; r41review, :func:`forget_memos`).

    >>> import analysis.model_cache as m
    >>> reads = m.global_reads([m.digest])
    >>> reads["analysis.model_cache:versions"], "analysis.model_cache:LIBRARIES" in reads
    ('analysis.model_cache.versions', True)
    """
    package = __name__.split(".")[0]
    out: dict[str, Any] = {}
    seen: set[int] = set()
    todo = list(roots)
    while todo:
        wrapper = todo.pop()
        fn = inspect.unwrap(wrapper)
        code = getattr(fn, "__code__", None)
        if code is None or id(fn) in seen:
            continue
        seen.add(id(fn))
        if memos is not None and callable(getattr(wrapper, "cache_clear", None)):
            memos.append(wrapper)
        where = getattr(fn, "__module__", "") or ""
        if fn.__defaults__ or fn.__kwdefaults__:
            try:
                out[f"{where}:{fn.__qualname__}()"] = canonical([fn.__defaults__, fn.__kwdefaults__])
            except TypeError:
                pass
        globs = fn.__globals__
        for c in _code_objects(code):
            # (r41review) a package module the code names (``clean.NAME``): its names the code reads count too
            spaces = [(where, globs)] + [(m.__name__, vars(m)) for m in (globs.get(n) for n in c.co_names)
                                         if isinstance(m, types.ModuleType) and m.__name__.split(".")[0] == package]
            for name, (space_name, space) in ((n, sp) for n in c.co_names for sp in spaces):
                if name not in space or _MODULE_IDENTITY.fullmatch(name):
                    continue
                value = space[name]
                if isinstance(value, types.ModuleType):
                    continue
                at = f"{space_name}:{name}"
                if isinstance(value, type) or callable(value):
                    out[at] = _qualified(value)
                    if (getattr(value, "__module__", "") or "").split(".")[0] == package and not isinstance(value, type):
                        todo.append(value)
                    elif _own_code(inspect.unwrap(value)):
                        # (r42review) a notebook's or test's function patched in: named by its code too (an edited
                        # body under the same name is another fit) and followed into what it reads
                        out[at] += "#" + code_digest(inspect.unwrap(value))
                        todo.append(value)
                    continue
                try:
                    out[at] = canonical(value)
                except TypeError:
                    pass
    return dict(sorted(out.items()))


def forget_memos(roots: Iterable[Callable[..., Any]]) -> list[str]:
    """(r41review) Clear the memo of every memoised function the functions ``roots`` may call (those
    :func:`global_reads` follows), so that what they compute next reads the module-level values as they are *now*,
    as the key :func:`global_reads` makes of them does: a memo filled before a harness changed a value (the sentence
    splitter built from ``clean.MINUTES_ABBREVIATIONS``, a concept matcher of ``_UNIT_COMPAT``) would otherwise fit the
    old values' model under the new values' key, and store it there for every later process. The names of the
    functions cleared (``module.qualname``), in order; outputs are unchanged (a memo only saves work).

    >>> import analysis.model_cache as m
    >>> m.forget_memos([m.digest])
    ['analysis.model_cache.versions']
    """
    found: list[Any] = []
    global_reads(roots, memos=found)
    for f in found:
        f.cache_clear()
    return sorted(_qualified(f) for f in found)


#: (r42keys) for each set of roots (:func:`forget_memos_on_change`), its reads when its memos were last cleared or
#: last found unchanged, as sorted JSON
_MEMO_READS: dict[tuple[str, ...], str] = {}


def forget_memos_on_change(roots: Iterable[Callable[..., Any]], reads: Mapping[str, Any]) -> list[str]:
    """(r42keys) :func:`forget_memos` of ``roots``, but only when ``reads`` (their :func:`global_reads`, as the caller
    took them) differ from what they were at the last call for the same roots in this process, or at the first call:
    the names cleared, or ``[]``.

    For a model fitted many times in a process (the theme model: the five held-out fits of
    :func:`analysis.themes.cross_validated` after the corpus's fit), clearing on every fit threw away the codebook
    scores of the training passages each time (about 1.7 s of CPU a fit, 8 s of a ``make all`` with an empty cache);
    called at each fit and each use of the model, this clears them when a value has changed since the last call. A value changed, then used outside those
    calls and restored before the next one leaves memos of the changed value (:func:`forget_memos` on every fit is
    the safe form, kept where a process fits once).

    >>> import analysis.model_cache as m
    >>> reads = m.global_reads([m.digest])
    >>> m.forget_memos_on_change([m.digest], reads), m.forget_memos_on_change([m.digest], reads)
    (['analysis.model_cache.versions'], [])
    """
    roots = list(roots)
    name = tuple(_qualified(r) for r in roots)
    text = json.dumps(reads, sort_keys=True)
    if _MEMO_READS.get(name) == text:
        return []
    cleared = forget_memos(roots)
    _MEMO_READS[name] = text
    return cleared


#: the libraries a fit's floats or features depend on: (name in the key, distribution, module); nltk's Punkt splits the
#: learnt id fallback's sentences and its Snowball stemmer the theme codebook's terms (r40review2)
LIBRARIES = (("numpy", "numpy", "numpy"), ("scipy", "scipy", "scipy"), ("sklearn", "scikit-learn", "sklearn"),
             ("nltk", "nltk", "nltk"))


@lru_cache(maxsize=1)
def versions() -> dict[str, str] | None:
    """The versions of the libraries a fit depends on (:data:`LIBRARIES`), from their installed distributions'
    metadata (r40cache2: a hit need not import scikit-learn, about 1.5 s of CPU), else (r40review2: a library installed
    without metadata, e.g. a source tree on the path) the module's own ``__version__``; ``None`` when one has neither
    (then nothing is cached: the fit runs, and fails, as without a cache)."""
    out = {}
    for name, dist, module in LIBRARIES:
        try:
            out[name] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            try:
                out[name] = str(importlib.import_module(module).__version__)
            except (ImportError, AttributeError):
                return None
    return out


def digest(head: Mapping[str, Any], chunks: Iterable[bytes] = ()) -> str | None:
    """The key of a fit: SHA-256 of ``head`` (its :func:`canonical` form with :func:`versions`, as sorted JSON) and
    then each of ``chunks``; ``None`` when ``head`` has no canonical form or a library's version is unknown (then
    nothing is cached)."""
    libraries = versions()
    if libraries is None:
        return None
    try:
        text = json.dumps({**canonical(dict(head)), "versions": libraries}, sort_keys=True, ensure_ascii=False)
    except TypeError:
        return None
    h = hashlib.sha256(text.encode("utf-8"))
    for chunk in chunks:
        h.update(chunk)
    return h.hexdigest()


def _file(folder: Path, kind: str, key: str) -> Path:
    return folder / f"{kind}-{key}.npz"


def load(folder: Path, kind: str, key: str, names: Iterable[str],
         check: Callable[[dict[str, np.ndarray]], bool]) -> dict[str, np.ndarray] | None:
    """The arrays ``names`` stored for ``key`` of ``kind`` in ``folder``, or ``None`` when there is no such file, it
    cannot be read, it holds another key or ``check`` refuses its arrays (a corrupt, truncated or foreign file). A hit
    marks its file recently used."""
    path = _file(folder, kind, key)
    try:
        with np.load(path, allow_pickle=False) as z:
            stored_key = str(z["key"])
            arrays = {k: z[k] for k in names}
        ok = stored_key == key and check(arrays)
    except Exception:  # noqa: BLE001 - missing, unreadable or corrupt: the caller fits again
        return None
    if not ok:
        return None
    try:
        os.utime(path)  # recently used: pruned last
    except OSError:
        pass
    return arrays


def save(folder: Path, kind: str, key: str, arrays: Mapping[str, np.ndarray], keep: int) -> None:
    """Write ``arrays`` (and ``key``) for ``key`` of ``kind`` atomically (:func:`analysis.io.write_files`: a temporary
    file moved into place), then keep the ``keep`` most recently used files of ``kind`` (:func:`prune`). A folder that
    cannot be written leaves the cache as it was (the caller still has its fit)."""
    try:
        io.write_files({_file(folder, kind, key): partial(_write_npz, key=key, arrays=arrays)})
        prune(folder, kind, keep)
    except OSError:
        pass


def _write_npz(path: Path, key: str, arrays: Mapping[str, np.ndarray]) -> None:
    """``arrays`` and ``key`` as an ``.npz`` at ``path`` (through a file object: ``np.savez`` would add ``.npz`` to a
    temporary's name)."""
    with open(path, "wb") as f:
        np.savez(f, key=np.array(key), **arrays)


def prune(folder: Path, kind: str, keep: int) -> None:
    """Remove all but the ``keep`` most recently used files of ``kind`` in ``folder``, and its stale temporary
    files."""
    entries = []
    now = time.time()
    for p in folder.iterdir():
        try:
            st = p.stat()
        except OSError:
            continue
        if p.name.startswith(f".{kind}-") and p.name.endswith(".tmp"):
            if now - st.st_mtime > STALE_TMP_SECONDS:
                _unlink(p)
        elif p.name.startswith(f"{kind}-") and p.name.endswith(".npz"):
            entries.append((st.st_mtime_ns, p.name, p))
    entries.sort(reverse=True)
    for _, _, p in entries[keep:]:
        _unlink(p)


def _unlink(p: Path) -> None:
    try:
        p.unlink()
    except OSError:  # removed by another process meanwhile
        pass
