"""Round 30, helper r30user: a researcher new to the package follows the README on a fresh clone (``make all``, the
pages, ``make help``, ``make search``), adds a council not in the seed corpus (Torbay: a ``.txt``, a saved ``.html``
page and a printed ``.pdf``), breaks its manifest rows and files the ways a user does, tries ``make fetch`` with no
internet and searches with quotes, wildcards and every filter. Each test marked "fails on 7e8228c3" failed on that
commit (main at the start of the helper's work) and passes after the fix; the others are guards."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest

from analysis.errors import ManifestError

ROOT = Path(__file__).resolve().parents[1]
HEADER = "file,council,committee,meeting_date,title,source_url\n"


def _raw(tmp_path: Path, rows: list[str], files: dict[str, str]) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in files.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_text(text, encoding="utf-8")
    (raw / "manifest.csv").write_text(HEADER + "".join(r + "\n" for r in rows), encoding="utf-8")
    return raw


def _manifest_error(raw: Path) -> str:
    from analysis import corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ManifestError) as err:
            corpus.load_manifest(raw)
    return str(err.value)


MINUTES = "The Board noted that 128 care experienced young people were supported.\n"


# ----------------------------------------------------------------------------- manifest rows


def test_same_file_on_two_rows_says_delete_a_row_not_rename_a_file(tmp_path):
    # fails on 7e8228c3: "document id 'b' (file stem) is already used on line 2; file stems must be unique: rename
    # one file" -- but there is one file, pasted on two rows (a copied row); renaming it would not help.
    raw = _raw(tmp_path, ["b.txt,Torbay Council,,,,", "b.txt,Torbay Council,,2024-03-11,,"], {"b.txt": MINUTES})
    msg = _manifest_error(raw)
    assert "line 3" in msg and "'b.txt' is already listed on line 2" in msg and "delete one of the two rows" in msg
    assert "rename" not in msg and "\n" not in msg


def test_same_file_twice_through_another_spelling_of_its_path(tmp_path):
    # fails on 7e8228c3 (same message as above): './b.txt' and 'b.txt' are one file.
    raw = _raw(tmp_path, ["b.txt,Torbay Council,,,,", "./b.txt,Torbay Council,,,,"], {"b.txt": MINUTES})
    assert "is already listed on line 2; delete one of the two rows" in _manifest_error(raw)


def test_two_files_with_one_stem_still_say_rename_one_file(tmp_path):
    # guard: two different files whose stems clash keep the old advice
    raw = _raw(tmp_path, ["b.txt,Torbay Council,,,,", "sub/b.txt,Torbay Council,,,,"],
               {"b.txt": MINUTES, "sub/b.txt": MINUTES})
    msg = _manifest_error(raw)
    assert "document id 'b' (file stem) is already used on line 2" in msg and "rename one file" in msg


@pytest.mark.parametrize("row_file, present, suggested", [
    ("torbay_hearing_unit.pdf", "torbay_hearing_units.pdf", "torbay_hearing_units.pdf"),   # a letter missing
    ("torbay_minutes.txt", "torbay_minutes.html", "torbay_minutes.html"),                  # the wrong extension
    ("torbay_minutes.txt", "torbay/torbay_minutes.txt", "torbay/torbay_minutes.txt"),      # in a subfolder
])
def test_a_missing_file_names_the_file_it_probably_meant(tmp_path, row_file, present, suggested):
    # fails on 7e8228c3: "file 'torbay_hearing_unit.pdf' does not exist in ...; add it or fix the row." and nothing
    # about the file next to it that the row almost names.
    raw = _raw(tmp_path, [f"{row_file},Torbay Council,,,,"], {present: MINUTES})
    msg = _manifest_error(raw)
    assert f"file '{row_file}' does not exist in" in msg and f"(did you mean '{suggested}'?)" in msg, msg
    assert "\n" not in msg


def test_a_missing_file_with_nothing_close_keeps_the_plain_message(tmp_path):
    # guard
    raw = _raw(tmp_path, ["nothing_like_it.txt,Torbay Council,,,,"], {"b.txt": MINUTES})
    msg = _manifest_error(raw)
    assert msg.endswith("does not exist in " + str(raw) + "; add it or fix the row."), msg


def test_good_manifest_reads_as_before(tmp_path):
    # guard: two rows, two files, one council, nothing refused
    from analysis import corpus

    raw = _raw(tmp_path, ["a.txt,Torbay Council,,2024-03-11,,", "sub/b.txt,Torbay Council,,,,"],
               {"a.txt": MINUTES, "sub/b.txt": MINUTES})
    rows = corpus.load_manifest(raw)
    assert [(r.doc_id, r.line, r.council_slug) for r in rows] == [("a", 2, "torbay-council"), ("b", 3, "torbay-council")]


# ----------------------------------------------------------------------------- make all: the notebook kernel


def _kernel(tmp_path: Path, name: str, program: str) -> None:
    import json

    spec = tmp_path / "jupyter" / "kernels" / name
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [program, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": name, "language": "python"}), encoding="utf-8")


def _notebook(tmp_path: Path) -> Path:
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.cells.append(nbformat.v4.new_code_cell("x = 1"))
    path = tmp_path / "n.ipynb"
    nbformat.write(nb, path)
    return path


def test_a_kernel_whose_python_was_moved_away_is_one_line_saying_how_to_reinstall_it(tmp_path, monkeypatch, capsys):
    # fails on 7e8228c3: a fresh clone whose project kernel still pointed at a deleted folder's .venv/bin/python
    # printed a 30-line jupyter_client traceback, then "could not run the notebook: FileNotFoundError: ..." and
    # nothing about what to do.
    from analysis import runstage

    _kernel(tmp_path, "cm-moved", "/nowhere/r30user/old-folder/.venv/bin/python")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    nb = _notebook(tmp_path)
    rc = runstage.main(["1/4 clean", "--kernel", "cm-moved", str(nb), str(tmp_path / "out.ipynb")])
    err = capsys.readouterr().err
    assert rc == 2
    assert err.strip() == (
        "error in stage 1/4 clean: the Jupyter kernel 'cm-moved' starts /nowhere/r30user/old-folder/.venv/bin/python, "
        "which does not exist (the project folder or its .venv was moved or deleted after the kernel was installed); "
        "reinstall it with: rm -f .venv/.installed && make env"), err
    assert not (tmp_path / "out.ipynb").exists()


def test_an_unknown_kernel_is_one_line_too(tmp_path, monkeypatch, capsys):
    # fails on 7e8228c3 ("could not run the notebook: NoSuchKernel: No such kernel named ...", nothing to do)
    from analysis import runstage

    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    rc = runstage.main(["2/4 figures", "--kernel", "cm-never-installed", str(_notebook(tmp_path)),
                        str(tmp_path / "out.ipynb")])
    err = capsys.readouterr().err
    assert rc == 2 and err.strip() == (
        "error in stage 2/4 figures: there is no Jupyter kernel named 'cm-never-installed' in this environment; "
        "reinstall it with: rm -f .venv/.installed && make env"), err


def test_a_working_kernel_is_no_problem(tmp_path, monkeypatch):
    # guard: a kernel whose program exists (this interpreter) or is a bare name on PATH passes the check
    import sys

    from analysis import runstage

    _kernel(tmp_path, "cm-here", sys.executable)
    _kernel(tmp_path, "cm-on-path", "python3")
    monkeypatch.setenv("JUPYTER_PATH", str(tmp_path / "jupyter"))
    assert runstage.kernel_problem("cm-here") is None and runstage.kernel_problem("cm-on-path") is None
    assert runstage.kernel_problem(None) is None


# ----------------------------------------------------------------------------- make fetch with no internet


@pytest.mark.parametrize("os_error, reason", [
    ("[Errno -2] Name or service not known", "host name not found"),
    ("[Errno -3] Temporary failure in name resolution", "host name not found"),
    ("Failed to resolve 'democracy.example.gov.uk'", "host name not found"),
    ("[Errno 101] Network is unreachable", "network unreachable"),
])
def test_fetch_with_no_internet_says_what_to_do_offline(tmp_path, capsys, os_error, reason):
    # fails on 7e8228c3: "cannot connect (host name not found), 3 attempt(s); the site is down, unreachable or
    # refusing requests: check the address and try again later." -- on a machine with no internet "later" never
    # comes; the message now says to save the pages from a browser and add them by hand.
    import requests

    from analysis import fetch as F

    class Offline(requests.Session):
        def request(self, *a, **k):
            raise requests.ConnectionError(f"HTTPSConnectionPool(host='democracy.example.gov.uk', port=443): "
                                           f"Max retries exceeded ({os_error})")

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "manifest.csv").write_text(HEADER, encoding="utf-8")
    before = (raw / "manifest.csv").read_bytes()
    real = requests.Session
    requests.Session = Offline
    try:
        rc = F.main(["--raw-dir", str(raw), "--site", "https://democracy.example.gov.uk", "--council", "Torbay Council",
                     "--committee", "Children", "--from", "2024-01-01", "--to", "2024-12-31", "--delay", "0",
                     "--backoff", "0", "--retries", "2", "--no-progress"], sleep=lambda s: None)
    finally:
        requests.Session = real
    err = capsys.readouterr().err
    assert rc == 1 and len(err.strip().splitlines()) == 1, err
    assert f"cannot connect ({reason}), 3 attempt(s): the address is wrong or this machine has no internet access" in err
    assert "save the minutes from a browser" in err and "add a manifest row for each file" in err
    assert "try again later" not in err
    assert sorted(p.name for p in raw.iterdir()) == ["manifest.csv"] and (raw / "manifest.csv").read_bytes() == before


def test_fetch_from_a_site_that_refuses_keeps_try_again_later():
    # guard: a refused connection (the site is there but down) keeps the old advice
    import requests

    from analysis import fetch as F

    client = F.Client(F.Settings(delay=0, backoff=0, retries=1), sleep=lambda s: None)

    def refuse(*a, **k):
        raise requests.ConnectionError("[Errno 111] Connection refused")

    client.session.request = refuse
    with pytest.raises(F.FetchError) as err:
        client.get("https://democracy.example.gov.uk/x")
    assert str(err.value) == ("https://democracy.example.gov.uk/x: cannot connect (connection refused), 2 attempt(s); "
                              "the site is down, unreachable or refusing requests: check the address and try again "
                              "later.")


# ----------------------------------------------------------------------------- make search COUNCIL=


@pytest.fixture(scope="module")
def search_processed(tmp_path_factory) -> Path:
    from test_search import corpus_tables

    from analysis import search
    from analysis.io import write_tables

    folder = tmp_path_factory.mktemp("search_r30") / "processed"
    write_tables(corpus_tables(), folder, csv=False)
    search.build_index(folder)
    return folder


@pytest.mark.parametrize("council", ["Alpha County Council", "alpha county council", "alpha", "Alpha County"])
def test_search_council_filter_takes_the_name_or_a_unique_part_as_fetch_does(search_processed, tmp_path, capsys,
                                                                              council):
    # fails on 7e8228c3: "error: unknown council 'alpha' (COUNCIL=<slug>)" -- while `make fetch COUNCIL=` takes a
    # name, slug or unique part of it, and `make search THEME=` takes a theme's name.
    from analysis import search

    by_slug = search.search("foster", council="alpha-county-council", processed_dir=search_processed, limit=None)
    by_name = search.search("foster", council=council, processed_dir=search_processed, limit=None)
    assert len(by_slug) > 0 and list(by_name["segment_id"]) == list(by_slug["segment_id"])
    code = search.main(["query", "--processed-dir", str(search_processed), "--reports-dir", str(tmp_path),
                        "-q", "foster", "--council", council])
    out = capsys.readouterr().out
    assert code == 0 and "(council alpha-county-council)" in out  # the results are named by the slug, as before
    assert (tmp_path / "search" / "foster--council-alpha-county-council.html").exists()


def test_search_council_part_that_names_two_councils_says_so(search_processed):
    # fails on 7e8228c3 ("unknown council 'council'"): a part that names several councils now lists them
    from analysis import search
    from analysis.errors import PipelineError

    with pytest.raises(PipelineError) as err:
        search.search("foster", council="council", processed_dir=search_processed)
    assert str(err.value) == ("COUNCIL='council' names 3 councils: alpha-county-council, beta-b-borough-b-council, "
                              "gamma-council; give one's slug")


@pytest.mark.parametrize("council", ["nowhere", "alp", "alpha-county-council-x"])
def test_search_unknown_council_keeps_its_message(search_processed, council):
    # guard: a word that is no council (nor a whole part of one's slug) is refused as before
    from analysis import search
    from analysis.errors import PipelineError

    with pytest.raises(PipelineError) as err:
        search.search("foster", council=council, processed_dir=search_processed)
    # (r43walk) a part of a word ("alp") is refused as before, and told to give whole words
    hint = (". 'alp' is only part of a word of alpha-county-council: COUNCIL= takes whole words, such as COUNCIL=alpha"
            if council == "alp" else "")
    assert str(err.value) == (f"unknown council {council!r} (COUNCIL=<slug>); the councils in the index are: "
                              "alpha-county-council, beta-b-borough-b-council, gamma-council" + hint)


# ----------------------------------------------------------------------------- Makefile


def _make(*args: str, cwd: Path = ROOT) -> "subprocess.CompletedProcess[str]":
    import os
    import subprocess

    env = {k: v for k, v in os.environ.items() if not k.startswith("CM_") and k not in ("MAKEFLAGS", "MFLAGS")}
    return subprocess.run(["make", "--no-print-directory", "-C", str(cwd), *args], capture_output=True, text=True,
                          env=env, timeout=120, stdin=subprocess.DEVNULL)


def test_make_help_shows_no_unexpanded_make_variable(tmp_path):
    # fails on 7e8228c3: "search-index   Build the search index of every segment ($(P)/search.sqlite)"
    proc = _make("help", f"BUILD_DIR={tmp_path / 'build'}")
    assert proc.returncode == 0, proc.stderr
    targets = proc.stdout.split("Variables")[0]
    assert "search-index" in targets and "$(" not in targets, targets


def _fake_venv(tmp_path: Path) -> Path:
    import os

    real = tmp_path / "shared-env"
    (real / "bin").mkdir(parents=True)
    (real / ".installed").touch()
    os.utime(real / ".installed", (946684800, 946684800))  # 2000: older than requirements.lock
    return real


def test_a_linked_venv_is_never_resynced_from_this_checkout(tmp_path):
    # fails on 7e8228c3: with .venv a link to a shared environment (a worktree, a second clone) and a fresh checkout's
    # requirements.lock newer than its stamp, `make` (and every test that runs make) re-synced the shared environment:
    # `uv pip install -e .` from this checkout and the kernel pointed at this checkout's link -- for everyone sharing it,
    # and at a deleted path once the checkout was removed (round 30: the kernel pointed at a deleted worktree).
    link = tmp_path / "venv-link"
    link.symlink_to(_fake_venv(tmp_path))
    proc = _make("-n", "env", f"VENV={link}", f"BUILD_DIR={tmp_path / 'build'}")
    assert proc.returncode == 0, proc.stderr
    assert "uv pip" not in proc.stdout and "ipykernel install" not in proc.stdout, proc.stdout
    assert f"is a link to $(readlink -f '{link}')" in proc.stdout and "using it as it is" in proc.stdout


def test_a_venv_of_its_own_is_still_set_up_from_the_lock_file(tmp_path):
    # guard: a real .venv folder with a stale stamp is re-synced as before
    real = _fake_venv(tmp_path)
    proc = _make("-n", "env", f"VENV={real}", f"BUILD_DIR={tmp_path / 'build'}")
    assert proc.returncode == 0, proc.stderr
    assert f"uv pip sync --quiet --compile-bytecode --python {real}/bin/python requirements.lock" in proc.stdout
    assert "ipykernel install --sys-prefix" in proc.stdout and "is a link" not in proc.stdout


# ----------------------------------------------------------------------------- make search with no hits


def test_search_with_no_hits_says_what_to_try_in_the_terminal_too(search_processed, tmp_path, capsys):
    # fails on 7e8228c3: the terminal printed only "0 passages match 'zebra'" (the results page had the advice)
    from analysis import search

    assert search.main(["query", "--processed-dir", str(search_processed), "--reports-dir", str(tmp_path),
                        "-q", "zebra"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("0 passages match 'zebra'\n\nNo passage matches. Try fewer words, a word's other form with "
                          "a prefix (allowanc*) or OR between alternatives.\n"), out
    assert search.main(["query", "--processed-dir", str(search_processed), "--reports-dir", str(tmp_path),
                        "-q", "foster", "--council", "gamma-council", "--from", "2030-01-01"]) == 0
    out = capsys.readouterr().out
    assert "or OR between alternatives, or drop a filter (COUNCIL, FROM).\n" in out, out


def test_search_with_hits_prints_no_advice(search_processed, tmp_path, capsys):
    # guard
    from analysis import search

    assert search.main(["query", "--processed-dir", str(search_processed), "--reports-dir", str(tmp_path),
                        "-q", "foster"]) == 0
    assert "No passage matches" not in capsys.readouterr().out


# ----------------------------------------------------------------------------- one council: "1 council", not "1 councils"


def test_one_council_is_one_council_in_the_report_stage_lines(tmp_path, capsys):
    # fails on 7e8228c3: `make all` on one council's folder printed "(1 councils, comparison, index)" and
    # "reports: 1 council pages in ..."
    from test_compare import tiny_tables, write_tiny

    from analysis import report

    tables = tiny_tables()
    keep = sorted(set(tables["documents"]["council_slug"]))[0]
    one = {name: (t[t["council_slug"] == keep].reset_index(drop=True) if "council_slug" in t.columns else t)
           for name, t in tables.items()}
    keep_docs = set(one["documents"]["doc_id"])
    one = {name: (t[t["doc_id"].isin(keep_docs)].reset_index(drop=True) if "doc_id" in t.columns else t)
           for name, t in one.items()}
    write_tiny(tmp_path / "processed", one)
    report.render_all(tmp_path / "raw", tmp_path / "processed", tmp_path / "reports", log=True)
    assert re.match(r"reports: 1 council page in [\d.]+ s \([\d.]+ s per council\), comparison and index",
                    capsys.readouterr().out)
    proc = _make("-n", "-B", "council-reports", f"SLUGS={keep}", f"RAW_DIR={tmp_path / 'raw'}",
                 f"PROCESSED_DIR={tmp_path / 'processed'}", f"REPORTS_DIR={tmp_path / 'reports'}",
                 f"BUILD_DIR={tmp_path / 'build'}")
    assert "python -m analysis.report all (1 council, comparison, index)" in proc.stdout, proc.stdout + proc.stderr
    proc = _make("-n", "-B", "council-reports", f"SLUGS={keep} other-council", f"RAW_DIR={tmp_path / 'raw'}",
                 f"PROCESSED_DIR={tmp_path / 'processed'}", f"REPORTS_DIR={tmp_path / 'reports'}",
                 f"BUILD_DIR={tmp_path / 'build'}")
    assert "python -m analysis.report all (2 councils, comparison, index)" in proc.stdout  # guard


def test_search_line_names_the_date_filters_as_the_results_page_does(search_processed, tmp_path, capsys):
    # fails on 7e8228c3: "... match 'foster' (date_from 2023-01-01, date_to 2024-12-31) ..." -- the user typed FROM=
    # and TO=; the results page says "meetings from ... meetings up to ...".
    from analysis import search

    assert search.main(["query", "--processed-dir", str(search_processed), "--reports-dir", str(tmp_path),
                        "-q", "foster", "--from", "2023-01-01", "--to", "2024-12-31", "--council", "alpha"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "(council alpha-county-council, meetings from 2023-01-01, meetings up to 2024-12-31)" in first, first
    assert "date_from" not in first and "date_to" not in first
