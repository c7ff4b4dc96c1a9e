"""Running the per-document stages on more than one core, or more than one machine, with Dask.

The per-document work of the pipeline (reading a file, cleaning and segmenting it, extracting its
figures) does not depend on any other document, so it can be split into batches and run anywhere.
:func:`map_batches` (and :func:`map_frames`, by whole documents) do that with :mod:`dask.bag`, and choose where the work
runs as follows (first match wins):

1. the ``scheduler`` argument, else the ``DASK_SCHEDULER`` environment variable (``make`` exports
   it, so ``make all DASK_SCHEDULER=tcp://host:8786`` works):

   * an address such as ``tcp://10.0.0.5:8786`` -- an existing Dask cluster
     (``distributed.Client(address)``); the workers must have this package installed
     (``pip install -e .`` of the same checkout) and be able to read the raw folder at the same path;
   * ``processes`` -- Dask's local multi-process scheduler, one process per core;
   * ``threads`` -- Dask's local thread pool (little gain for pure-Python work; for testing);
   * ``sync`` (or ``synchronous``, ``single-threaded``) -- in this process, without Dask;
   * ``auto`` or empty -- as if unset;

2. unset: in this process for small inputs (fewer than :data:`MIN_PARALLEL_ITEMS` items, such as
   the five seed minutes: starting worker processes would cost more than the work), and Dask's
   local ``processes`` scheduler for large ones.

Results are identical wherever the work runs: items keep their order, every function is a pure
function of its batch, and the caller sorts the combined tables by their schema key. Warnings
raised in worker processes (for example that a file was read as Windows-1252) are recorded there
and raised again here, so the user sees them whichever scheduler ran.

Functions sent to workers must be picklable: define them at the top level of a module of this
package, and bind arguments with :func:`functools.partial`, not a lambda or closure.
"""

from __future__ import annotations

import math
import os
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import PipelineError

if TYPE_CHECKING:
    import pandas as pd

T = TypeVar("T")
R = TypeVar("R")

#: Environment variable naming the scheduler (an address or a local scheduler name).
SCHEDULER_ENV = "DASK_SCHEDULER"
#: Below this many items the work runs in this process: no worker start-up for the seed corpus.
MIN_PARALLEL_ITEMS = 2000
#: Batches per worker: enough for load balancing, few enough that per-batch overhead is small.
BATCHES_PER_WORKER = 4
#: (r43scale) Batches handed to a local worker process at a time. Dask's multiprocessing scheduler hands out 6 by
#: default: the 8 batches of 2 workers went 6 to one worker and 2 to the other, which then sat idle while the first
#: did three quarters of the work (the clean and figures stages of 10,500 documents). One at a time, each worker takes
#: the next batch when it is done; a batch is hundreds of documents, so the extra round trips cost nothing.
PROCESS_CHUNKSIZE = 1

_SYNC = {"sync", "synchronous", "single-threaded", "single_threaded"}
_LOCAL = {"processes", "threads"}


class SchedulerError(PipelineError):
    """``DASK_SCHEDULER`` (or the ``scheduler`` argument) is not usable."""


@dataclass(frozen=True)
class Plan:
    """Where a map runs: ``kind`` is ``sync``, ``processes``, ``threads`` or ``distributed``."""

    kind: str
    address: str | None = None


def resolve_scheduler(scheduler: str | None = None, n_items: int = 0, min_items: int = MIN_PARALLEL_ITEMS) -> Plan:
    """Decide where ``n_items`` items are processed (see the module docstring).

    >>> resolve_scheduler("tcp://127.0.0.1:8786")
    Plan(kind='distributed', address='tcp://127.0.0.1:8786')
    >>> resolve_scheduler("auto", n_items=5).kind, resolve_scheduler("auto", n_items=10_000).kind
    ('sync', 'processes')
    >>> resolve_scheduler("processes", n_items=1).kind
    'processes'
    """
    value = scheduler if scheduler not in (None, "") else os.environ.get(SCHEDULER_ENV, "")
    value = (value or "").strip()
    lowered = value.lower()
    if "://" in value:
        return Plan("distributed", value)
    if lowered in _SYNC:
        return Plan("sync")
    if lowered in _LOCAL:
        return Plan(lowered)
    if lowered in ("", "auto"):
        return Plan("sync" if n_items < min_items else "processes")
    raise SchedulerError(
        f"{SCHEDULER_ENV}={value!r} is not a scheduler: give a cluster address such as tcp://host:8786, "
        "or one of processes, threads, sync, auto (or leave it unset)."
    )


def workers_share_memory(n_items: int, scheduler: str | None = None, min_items: int = MIN_PARALLEL_ITEMS) -> bool:
    """Whether a map of ``n_items`` items (:func:`map_frames`, :func:`map_batches`) runs on local workers that start
    with this process's memory: threads, or worker processes forked from it (:func:`start_method` ``fork``). What this
    process computes before such a map (a fitted model, a memo) is then in every worker already, and each need not
    compute it again; in one process (``sync``), on spawned workers or on a cluster it is not (``False``).

    >>> workers_share_memory(5, "sync"), workers_share_memory(5, "threads"), workers_share_memory(5, "tcp://127.0.0.1:8786")
    (False, True, False)
    >>> workers_share_memory(5, "auto"), workers_share_memory(MIN_PARALLEL_ITEMS, "auto") == (start_method() == "fork")
    (False, True)
    """
    plan = resolve_scheduler(scheduler, n_items, min_items)
    if n_items == 0 or plan.kind == "sync":
        return False
    return plan.kind == "threads" or (plan.kind == "processes" and start_method() == "fork")


def _partitions(n_items: int, n_workers: int, partitions: int | None) -> int:
    if partitions is not None:
        return max(1, min(int(partitions), n_items))
    return max(1, min(n_items, n_workers * BATCHES_PER_WORKER))


def _apply_recording(func: Callable[[list[Any]], Any], batch: Sequence[Any]) -> list[tuple[Any, list[tuple[type[Warning], str]]]]:
    """Run ``func`` on one batch in a worker, recording the warnings it raises (top-level: picklable)."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(list(batch))
    return [(result, [(w.category, str(w.message)) for w in caught])]


def _reraise(recorded: list[tuple[type[Warning], str]]) -> None:
    for category, message in recorded:
        warnings.warn(message, category, stacklevel=3)


def _split(items: Sequence[T], n: int) -> list[list[T]]:
    """Split ``items`` into ``n`` contiguous batches of near-equal size, keeping order.

    >>> _split([1, 2, 3, 4, 5], 2)
    [[1, 2, 3], [4, 5]]
    """
    size = math.ceil(len(items) / n) if items else 0
    return [list(items[i:i + size]) for i in range(0, len(items), size)] if size else []


def map_batches(
    func: Callable[[list[T]], R],
    items: Sequence[T],
    *,
    scheduler: str | None = None,
    partitions: int | None = None,
    min_items: int = MIN_PARALLEL_ITEMS,
) -> list[R]:
    """Apply ``func`` to contiguous batches of ``items``; return the batch results in order.

    ``func`` takes a list of items and returns anything picklable (a DataFrame, a list...). In this
    process (small inputs, or ``sync``) it is called once with every item, exactly as a plain call
    would be; otherwise once per batch, on Dask. The caller combines the results, e.g. with
    ``pd.concat``.

    >>> map_batches(sum, list(range(10)), scheduler="sync")
    [45]
    >>> sum(map_batches(sum, list(range(10)), scheduler="threads", partitions=3))
    45
    """
    items = list(items)
    plan = resolve_scheduler(scheduler, len(items), min_items)
    if plan.kind == "sync" or not items:
        return [func(items)] if items else []
    if plan.kind == "distributed":
        return _map_distributed(func, items, plan.address or "", partitions)
    import dask
    import dask.multiprocessing
    import dask.threaded

    n_workers = os.cpu_count() or 1
    batches = _split(items, _partitions(len(items), n_workers, partitions))
    if plan.kind == "threads":
        bag = _bag([_Task(func, b) for b in batches], _apply_batch_list)
        return _unwrap(bag.compute(scheduler=dask.threaded.get, num_workers=n_workers))
    bag = _bag(_packed(func, batches), _apply_packed_list)
    with dask.config.set({"multiprocessing.context": start_method()}):
        out = bag.compute(scheduler=dask.multiprocessing.get, num_workers=n_workers, chunksize=PROCESS_CHUNKSIZE)
    return _unwrap([_unpack(b) for b in out])


def _bag(tasks: list[Any], runner: Callable[[list[Any]], list[Any]]) -> Any:
    """A dask bag with one task per partition, running ``runner`` on each."""
    import dask.bag as db

    return db.from_sequence(tasks, npartitions=len(tasks)).map_partitions(runner)


def _pack(obj: Any) -> bytes:
    """Serialise with the fast standard pickle, falling back to cloudpickle (lambdas, closures)."""
    import pickle

    try:
        return pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, AttributeError, TypeError):
        import cloudpickle

        return cloudpickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)


def _unpack(blob: bytes) -> Any:
    import pickle

    return pickle.loads(blob)


def _packed(func: Callable[[list[Any]], Any], batches: list[list[Any]]) -> list[tuple[bytes, bytes]]:
    """Tasks as ``(function bytes, batch bytes)``: Dask then hashes and ships opaque bytes, which is
    much cheaper than letting it tokenise and cloudpickle thousands of records one by one."""
    fblob = _pack(func)
    return [(fblob, _pack(b)) for b in batches]


def start_method() -> str:
    """How local worker processes start: ``$CM_MP_CONTEXT`` if set, else ``fork`` where available.

    Forked workers inherit the modules this process already imported (pandas, nltk, the pipeline),
    so they start in milliseconds instead of the seconds a fresh interpreter needs to import them,
    and a script without an ``if __name__ == "__main__"`` guard still works. They only compute and
    return results, so the usual caveat about forking a threaded process (a lock held by another
    thread) does not bite. Set ``CM_MP_CONTEXT=spawn`` to use fresh interpreters instead.
    """
    import multiprocessing

    wanted = os.environ.get("CM_MP_CONTEXT", "").strip()
    methods = multiprocessing.get_all_start_methods()
    if wanted:
        if wanted not in methods:
            raise SchedulerError(f"CM_MP_CONTEXT={wanted!r}: use one of {', '.join(methods)}.")
        return wanted
    return "fork" if "fork" in methods else "spawn"


@dataclass(frozen=True)
class _Task:
    """A function and its batch (not a tuple: Dask would take ``(func, arg)`` for a task to run)."""

    func: Callable[[list[Any]], Any]
    batch: list[Any]


def _apply_batch_list(tasks: list[_Task]) -> list[Any]:
    """Run the tasks of a dask partition (normally one), recording warnings."""
    out: list[Any] = []
    for task in tasks:
        out.extend(_apply_recording(task.func, task.batch))
    return out


def _apply_packed_list(tasks: list[tuple[bytes, bytes]]) -> list[bytes]:
    """Like :func:`_apply_batch_list` for serialised tasks; results go back serialised too."""
    return [_pack(r) for fblob, bblob in tasks for r in _apply_recording(_unpack(fblob), _unpack(bblob))]


def _unwrap(out: list[tuple[Any, list[tuple[type[Warning], str]]]]) -> list[Any]:
    results = []
    for result, recorded in out:
        _reraise(recorded)
        results.append(result)
    return results


def _map_distributed(func: Callable[[list[Any]], Any], items: list[Any], address: str, partitions: int | None) -> list[Any]:
    try:
        from distributed import Client
    except ImportError as exc:  # pragma: no cover - distributed is in the lock file
        raise SchedulerError(f"{SCHEDULER_ENV}={address}: the 'distributed' package is not installed.") from exc
    try:
        client = Client(address, set_as_default=False, timeout="20s")
    except (OSError, TimeoutError) as exc:
        raise SchedulerError(
            f"{SCHEDULER_ENV}={address}: cannot connect to a Dask scheduler there ({exc}). Start one "
            "(dask scheduler; dask worker ADDRESS on each machine) or unset DASK_SCHEDULER to run locally."
        ) from exc
    try:
        n_workers = max(1, sum(client.nthreads().values()))
        batches = _split(items, _partitions(len(items), n_workers, partitions))
        out = _bag(_packed(func, batches), _apply_packed_list).compute(scheduler=client.get)
    finally:
        client.close()
    return _unwrap([_unpack(b) for b in out])


def split_frame(frame: "pd.DataFrame", n: int, key: str = "doc_id") -> list["pd.DataFrame"]:
    """Cut ``frame`` (rows grouped by ``key``, e.g. sorted) into at most ``n`` contiguous blocks,
    never splitting the rows of one ``key`` value across two blocks.

    >>> import pandas as pd
    >>> f = pd.DataFrame({"doc_id": list("aabbbc"), "x": range(6)})
    >>> [b["doc_id"].tolist() for b in split_frame(f, 2)]
    [['a', 'a', 'b', 'b', 'b'], ['c']]
    """
    import numpy as np

    if not len(frame):
        return []
    keys = frame[key].to_numpy()
    starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])  # first row of each key run
    per = math.ceil(len(starts) / max(1, n))
    cuts = list(starts[::per]) + [len(frame)]
    return [frame.iloc[a:b] for a, b in zip(cuts[:-1], cuts[1:])]


def map_frames(
    func: Callable[..., R],
    frame: "pd.DataFrame",
    *,
    texts: "Mapping[str, str] | None" = None,
    key: str = "doc_id",
    scheduler: str | None = None,
    partitions: int | None = None,
    min_items: int = MIN_PARALLEL_ITEMS,
) -> list[R]:
    """Apply ``func`` to blocks of a per-document table (such as ``segments``); results in order.

    ``frame`` is cut into contiguous blocks at changes of ``key`` (a document is never split), so
    it should be sorted by ``key`` (every stage table is). ``func(block)`` is called per block, or
    ``func(block, block_texts)`` when ``texts`` (``{doc_id: text}``) is given: each block travels
    with only its own documents' texts, so workers need no shared file system. In this process
    (fewer than ``min_items`` documents, or ``sync``) ``func`` is called once on the whole frame
    (and the whole ``texts``). Bind other arguments with :func:`functools.partial` (keywords).

    For the figures stage::

        parts = map_frames(partial(figures_from_segments, documents=documents, indicators=inds),
                           segments, texts=texts)
        figures = pd.concat([f for f, _ in parts]); numbers = pd.concat([n for _, n in parts])

    >>> import pandas as pd
    >>> f = pd.DataFrame({"doc_id": list("aabc"), "n": [1, 2, 3, 4]})
    >>> map_frames(len, f, scheduler="threads", partitions=3)
    [2, 1, 1]
    """
    from functools import partial

    n_keys = int(frame[key].nunique()) if len(frame) else 0
    plan = resolve_scheduler(scheduler, n_keys, min_items)
    if plan.kind == "sync" or n_keys == 0:
        return [func(frame) if texts is None else func(frame, dict(texts))]
    n_workers = os.cpu_count() or 1
    if plan.kind == "distributed":
        n_workers = max(n_workers, 16)  # the cluster size is known only once connected: cut finer
    blocks = split_frame(frame, _partitions(n_keys, n_workers, partitions), key)
    items: list[Any]
    if texts is None:
        items = blocks
    else:
        items = [(b, {d: texts[d] for d in dict.fromkeys(b[key].tolist())}) for b in blocks]
    return map_batches(partial(_call_block, func, texts is not None), items, scheduler=plan.address or plan.kind,
                       partitions=len(items), min_items=0)


def _call_block(func: Callable[..., R], with_texts: bool, batch: list[Any]) -> R:
    """Run ``func`` on the one block of a batch built by :func:`map_frames` (top-level: picklable)."""
    (item,) = batch
    return func(*item) if with_texts else func(item)
