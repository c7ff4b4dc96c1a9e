"""The reports as a reader sees them: `make all` on a temporary corpus, then headless Chromium.

The corpus is a copy of the seeds plus one council added the way a researcher adds one (a minutes
file and a manifest row), whose minutes carry a planted ``<script>`` and whose manifest row has a
``javascript:`` link. Everything is written under a temporary folder, never into data/ or reports/.

The Chromium checks need Debian's ``chromium`` (``.ci/run`` installs it); without it they skip and
say so. The make checks run everywhere.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from analysis.corpus import council_slugs

from conftest import ADDED_SLUG, run_make

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(full_build: Path) -> Path:
    """The session's ``make all`` on the seeds plus an added council (see ``conftest.full_build``)."""
    return full_build


def pages(tmp: Path) -> list[Path]:
    return sorted((tmp / "reports").glob("*.html"))


# ----------------------------------------------------------------------------- make


def test_make_all_writes_index_comparison_and_one_report_per_council(built: Path):
    slugs = council_slugs(built / "raw")
    assert ADDED_SLUG in slugs and len(slugs) == 5
    assert sorted(p.name for p in pages(built)) == sorted([*(f"{s}.html" for s in slugs), "comparison.html", "index.html"])
    index = (built / "reports" / "index.html").read_text(encoding="utf-8")
    assert len(re.findall(r"<li>", index)) == len(slugs)
    for s in slugs:
        assert f'href="{s}.html"' in index
    comparison = (built / "reports" / "comparison.html").read_text(encoding="utf-8")
    assert f'href="{ADDED_SLUG}.html"' in comparison  # the added council has its column
    assert "Testshire &lt;b&gt;County&lt;/b&gt; Council" in comparison


def test_reports_load_nothing_from_the_web(built: Path):
    for page in pages(built):
        html = page.read_text(encoding="utf-8")
        assert not re.search(r"<script|<link|<iframe|@import|url\(", html, re.I), page.name
        # Only embedded PNGs are loaded (in tags: the planted title's "<img src=x ...>" is escaped text).
        assert not re.search(r"""<[^>]*\bsrc\s*=\s*(?!"data:image/png;base64,)[^>]*>""", html, re.I), page.name
        # Links to the councils' pages are wanted; only http(s) ones exist.
        for href in re.findall(r'href="([^"]*)"', html):
            assert re.match(r"https?://|[a-z0-9-]+\.html(#[a-z0-9-]*)?$|#[a-z0-9-]+$", href), (page.name, href)


def test_every_figure_of_a_report_has_its_quote_and_source(built: Path):
    import pandas as pd

    figures = pd.read_parquet(built / "processed" / "figures.parquet")
    documents = pd.read_parquet(built / "processed" / "documents.parquet")
    figures = figures.merge(documents[["doc_id", "council_slug", "file"]], on="doc_id")
    for slug, group in figures.groupby("council_slug"):
        html = (built / "reports" / f"{slug}.html").read_text(encoding="utf-8")
        assert 'id="run-card"' in html and "Git commit:" in html
        rows = re.findall(r"<tr>(?:(?!</tr>).)*</tr>", html, re.S)
        for fig in group.itertuples():
            anchor = "fig-" + re.sub(r"[^a-z0-9]+", "-", fig.figure_id.lower()).strip("-")
            row = next((r for r in rows if f'id="{anchor}"' in r), None)
            assert row is not None, fig.figure_id
            # (r32reader) the row gives the characters; the heading row of its agenda item above it names the file
            assert "<mark>" in row and f'<td class="nowrap chars">{fig.raw_start}–{fig.raw_end}</td>' in row, fig.figure_id
            head = html[:html.index(row)].rsplit('<tr class="item-row">', 1)[1].split("</tr>", 1)[0]
            assert f"({fig.file})" in head or f"({fig.file}," in head, (fig.figure_id, head)


def test_make_runs_compare_then_renders_every_page_in_one_process(built: Path):
    log = built / "build" / "stage-deps.mk"
    assert log.exists()  # the per-stage library lists, derived from the imports
    for table in ("council_figures", "indicator_series", "indicator_latest", "track_statements", "council_theme_shares",
                  "council_topic_shares", "distinctive_themes", "distinctive_topics", "document_periods"):
        assert (built / "processed" / f"{table}.parquet").exists() and (built / "processed" / f"{table}.csv").exists()


def test_second_make_renders_nothing(built: Path):
    proc = run_make(built, built / "raw", "reports")
    assert "==> stage" not in proc.stdout, proc.stdout


def test_make_report_for_an_unknown_council_lists_the_valid_ones(built: Path):
    proc = run_make(built, built / "raw", "report", "COUNCIL=nowhere-council", check=False)
    assert proc.returncode != 0
    assert "unknown council 'nowhere-council'" in proc.stderr
    assert "warwickshire-county-council" in proc.stderr and ADDED_SLUG in proc.stderr


def test_make_report_renders_one_council(built: Path, tmp_path: Path):
    # (r45robust) on its own copy: the page rendered again was the shared build's, newer, for the tests that follow
    from conftest import copy_tree

    built = copy_tree(built, tmp_path / "built")
    target = built / "reports" / "halton-borough-council.html"
    target.unlink()
    proc = run_make(built, built / "raw", "report", "COUNCIL=halton-borough-council")
    assert target.exists()
    assert proc.stdout.count("==> stage 4b/4 reports") == 1
    assert "notebooks/04_council_report.ipynb (halton-borough-council)" in proc.stdout
    # The kernel's "running over TCP without encryption" warning no longer interleaves with the output.
    assert "without encryption" not in proc.stdout + proc.stderr


def test_make_help_lists_the_council_slugs(built: Path):
    proc = run_make(built, built / "raw", "help")
    assert ADDED_SLUG in proc.stdout and "halton-borough-council" in proc.stdout


# ----------------------------------------------------------------------------- chromium


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium not installed: apt-get install chromium (CI installs it via .ci/run)")
    return exe


def browse(exe: str, tmp: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp / "chromium-profile"
    profile.mkdir(exist_ok=True)
    cmd = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180)


@pytest.mark.browser
def test_every_page_renders_with_its_tables_and_charts(built: Path, tmp_path: Path):
    exe = chromium()
    for page in pages(built):
        proc = browse(exe, tmp_path, "--dump-dom", page.resolve().as_uri())
        dom = proc.stdout
        assert "</html>" in dom, (page.name, proc.stderr[-2000:])
        if page.name == "index.html":
            assert dom.count("<li>") == len(council_slugs(built / "raw"))
            continue
        assert "<table" in dom, page.name
        assert re.search(r'<img[^>]+src="data:image/png;base64,', dom), page.name
        assert 'id="run-card"' in dom, page.name


@pytest.mark.browser
def test_planted_script_shows_as_text_and_never_runs(built: Path, tmp_path: Path):
    exe = chromium()
    page = built / "reports" / f"{ADDED_SLUG}.html"
    dom = browse(exe, tmp_path, "--dump-dom", page.resolve().as_uri()).stdout
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title != "pwned" and "Testshire" in title
    assert "<script" not in dom.lower()
    # The minutes' text is visible, escaped, in the rendered page.
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    # The javascript: link of the manifest row did not become a link.
    assert "javascript:" not in dom
    # The title's <img onerror=...> is text, not an element, on the council's page and the comparison.
    for name in (f"{ADDED_SLUG}.html", "comparison.html"):
        dom = browse(exe, tmp_path, "--dump-dom", (built / "reports" / name).resolve().as_uri()).stdout
        assert "&lt;img src=x onerror=document.title='pwned'&gt;" in dom, name
        assert not re.search(r"<img(?![^>]*src=\"data:image/png;base64,)", dom), name
        assert "pwned" not in re.search(r"<title>(.*?)</title>", dom, re.S).group(1)


@pytest.mark.browser
def test_screenshots_are_non_empty_pngs(built: Path, tmp_path: Path):
    exe = chromium()
    for name in ("index.html", "comparison.html", f"{ADDED_SLUG}.html"):
        shot = tmp_path / f"{name}.png"
        proc = browse(exe, tmp_path, f"--screenshot={shot}", "--window-size=1280,2000", (built / "reports" / name).resolve().as_uri())
        assert shot.exists(), proc.stderr[-2000:]
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000, name
