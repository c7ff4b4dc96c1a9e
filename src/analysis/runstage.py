"""Run one stage notebook with papermill and report a failure in one clear line.

The Makefile runs every stage as::

    python -m analysis.runstage "1/4 clean" --kernel council-minutes --cwd notebooks \\
        notebooks/01_clean.ipynb build/notebooks/01_clean.ipynb -p raw_dir ... -p processed_dir ...

Everything after the stage label is passed to papermill's own command line unchanged. When a cell
raises, papermill would print a long traceback of its own machinery followed by the notebook's
traceback. Instead this prints, on stderr, and exits with status 2:

* for bad input (a :class:`analysis.errors.PipelineError`, whose message names the file or manifest
  line and says what to do) only that message::

      error in stage 1/4 clean: DocumentError: scan.pdf (manifest line 4): the PDF has no text layer ...
        the executed notebook, with the full traceback, is build/notebooks/01_clean.ipynb

* for anything else (a bug in the pipeline, not in the input) the notebook's traceback followed by
  the same kind of final line, saying it is a bug.

Warnings the notebook showed (a :class:`analysis.corpus.CorpusWarning` about a file read as
Windows-1252, files the manifest does not name, documents that gave no segments, ...) are repeated
on stderr as ``warning (stage 1/4 clean): ...`` lines, so nothing is skipped silently.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

EXIT_FAILED = 2
#: (r44robust) the status of a stage interrupted by Ctrl-C (SIGINT), as a shell reports a process it interrupted
EXIT_INTERRUPTED = 130

#: Extra command-line arguments for the notebook's kernel. papermill talks to the kernel over
#: loopback TCP, and the kernel's own log would print "Kernel is running over TCP without
#: encryption" into every stage's output; at ERROR level it prints only real kernel errors.
KERNEL_ARGUMENTS = ("--IPKernelApp.log_level=ERROR",)


def is_pipeline_error(ename: str) -> bool:
    """Whether an exception class name from the notebook is one of the pipeline's input errors.

    >>> is_pipeline_error("DocumentError"), is_pipeline_error("KeyError")
    (True, False)
    """
    from . import errors

    cls = getattr(errors, ename, None)
    return isinstance(cls, type) and issubclass(cls, errors.PipelineError) and cls is not errors.SchemaError


def failure_message(stage: str, ename: str, evalue: str, traceback: Sequence[str], notebook: str | None) -> str:
    """The text shown when a stage's notebook raised ``ename: evalue``.

    >>> print(failure_message("1/4 clean", "ManifestError", "manifest.csv line 3: bad date", [], "b/01.ipynb"))
    error in stage 1/4 clean: ManifestError: manifest.csv line 3: bad date
      the executed notebook, with the full traceback, is b/01.ipynb
    """
    from papermill.exceptions import strip_color

    where = f"\n  the executed notebook, with the full traceback, is {notebook}" if notebook else ""
    if is_pipeline_error(ename):
        return f"error in stage {stage}: {ename}: {evalue}{where}"
    trace = strip_color("\n".join(traceback)).rstrip()
    return (
        f"{trace}\n\nerror in stage {stage}: {ename}: {evalue}\n"
        "  this is a bug in the pipeline, not a problem with the input: please report it with the "
        f"executed notebook.{where}"
    ).lstrip("\n")


# Library warnings worth repeating; deprecation chatter from dependencies is left in the notebook.
_QUIET = {"DeprecationWarning", "PendingDeprecationWarning", "FutureWarning", "ResourceWarning", "ImportWarning"}
_WARNING_LINE = re.compile(r"^\S.*?:\d+: (\w+Warning): (.+)$")


def notebook_warnings(notebook: str | None) -> list[str]:
    """The warnings an executed notebook showed, in order, without repeats.

    Python warnings written to the cells' stderr (``file.py:12: CorpusWarning: message``) and lines
    the notebook printed starting with ``WARNING:``.
    """
    import nbformat

    if not notebook:
        return []
    try:
        nb = nbformat.read(notebook, as_version=4)
    except (OSError, ValueError):
        return []
    found: list[str] = []
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("output_type") != "stream":
                continue
            for line in str(out.get("text", "")).splitlines():
                m = _WARNING_LINE.match(line)
                if m and m.group(1) not in _QUIET:
                    msg = f"{m.group(1)}: {m.group(2).strip()}"
                elif line.startswith("WARNING:"):
                    msg = line[len("WARNING:"):].strip()
                else:
                    continue
                if msg not in found:
                    found.append(msg)
    return found


def skip_unused_iri_checker() -> bool:
    """Keep jsonschema from loading ``rfc3987_syntax`` in this process; return whether it was kept out.

    papermill reads notebooks with nbformat, which imports jsonschema; jsonschema, at import, registers
    format checkers for every optional library it finds, and ``rfc3987_syntax`` (its "iri" and
    "iri-reference" checks) builds some thirty Earley parsers when imported: 2-3 s of CPU in every
    stage's process, a third of a small ``make clean-stage``. Nothing here checks those formats:
    nbformat validates notebooks with fastjsonschema and passes no format checker, and its schemas have
    no "iri" format. Marking the module as absent (``sys.modules[name] = None``, which makes its import
    raise ImportError) is what jsonschema already handles when the library is not installed. Done only
    before jsonschema is imported (afterwards its checkers are registered and nothing is gained);
    ``tests/test_runstage_imports_r42.py`` checks it.
    """
    if "jsonschema" in sys.modules or "rfc3987_syntax" in sys.modules:
        return False
    sys.modules["rfc3987_syntax"] = None  # type: ignore[assignment]
    return True


def main(argv: Sequence[str] | None = None) -> int:
    """Run papermill with ``argv[1:]`` for the stage labelled ``argv[0]``; return the exit status."""
    skip_unused_iri_checker()
    import click
    from papermill.cli import papermill as command
    from papermill.exceptions import PapermillExecutionError

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 2:
        print("usage: python -m analysis.runstage STAGE-LABEL PAPERMILL-ARGUMENTS...", file=sys.stderr)
        return EXIT_FAILED
    stage, pm_args = args[0], args[1:]
    problem = kernel_problem(_kernel_name(pm_args))
    if problem:
        print(f"error in stage {stage}: {problem}", file=sys.stderr)
        return EXIT_FAILED
    _quiet_kernel()
    output: str | None = None
    try:
        with command.make_context("papermill", pm_args) as ctx:
            output = ctx.params.get("output_path")
            command.invoke(ctx)
    except KeyboardInterrupt:  # (r44robust) Ctrl-C: one line, not papermill's and asyncio's tracebacks
        print(f"error in stage {stage}: interrupted. A stage writes its outputs all at once, so each is the last "
              "complete one (of this run or an earlier one); run make again to finish.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except PapermillExecutionError as exc:
        _print_warnings(stage, output)
        print(failure_message(stage, exc.ename, exc.evalue, exc.traceback, output), file=sys.stderr)
        return EXIT_FAILED
    except click.ClickException as exc:
        print(f"error in stage {stage}: papermill: {exc.format_message()}", file=sys.stderr)
        return EXIT_FAILED
    except SystemExit as exc:  # papermill exits 138 when the kernel dies (e.g. out of memory)
        if exc.code in (0, None):
            return 0
        print(
            f"error in stage {stage}: the notebook's kernel died (exit {exc.code}); it may have run out of "
            f"memory. The partly executed notebook is {output}.",
            file=sys.stderr,
        )
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - anything else papermill raises before or after running cells
        print(f"error in stage {stage}: could not run the notebook: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    _print_warnings(stage, output)
    return 0


def _kernel_name(pm_args: Sequence[str]) -> str | None:
    """The kernel named by papermill's ``-k`` / ``--kernel`` option, if any.

    >>> _kernel_name(["--kernel", "council-minutes", "a.ipynb"]), _kernel_name(["-k=x"]), _kernel_name(["a.ipynb"])
    ('council-minutes', 'x', None)
    """
    for i, arg in enumerate(pm_args):
        if arg in ("-k", "--kernel") and i + 1 < len(pm_args):
            return pm_args[i + 1]
        for prefix in ("-k=", "--kernel="):
            if arg.startswith(prefix):
                return arg[len(prefix):]
    return None


def kernel_problem(name: str | None) -> str | None:
    """Why the Jupyter kernel ``name`` cannot start, in one line with what to do; ``None`` when it can.

    The project's kernel is installed by ``make env`` with the absolute path of ``.venv/bin/python``;
    when the project folder (or the ``.venv`` it used) is moved or deleted afterwards, the kernel
    would fail with a long ``FileNotFoundError`` traceback from jupyter_client.
    """
    if not name:
        return None
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    fix = "reinstall it with: rm -f .venv/.installed && make env"
    try:
        spec = KernelSpecManager().get_kernel_spec(name)
    except NoSuchKernel:
        return f"there is no Jupyter kernel named {name!r} in this environment; {fix}"
    program = spec.argv[0] if spec.argv else ""
    if Path(program).is_absolute() and not Path(program).exists():
        return (f"the Jupyter kernel {name!r} starts {program}, which does not exist (the project folder or its .venv "
                f"was moved or deleted after the kernel was installed); {fix}")
    return None


def _quiet_kernel() -> None:
    """Start kernels with :data:`KERNEL_ARGUMENTS` (passed by papermill to nbclient)."""
    import functools

    import papermill.cli

    run = papermill.cli.execute_notebook
    if not isinstance(run, functools.partial):
        papermill.cli.execute_notebook = functools.partial(run, extra_arguments=list(KERNEL_ARGUMENTS))


def _print_warnings(stage: str, notebook: str | None) -> None:
    for msg in notebook_warnings(notebook):
        print(f"warning (stage {stage}): {msg}", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
