"""HTML rendering (analysis.report) and the report notebooks on a small hand-made corpus."""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

import markupsafe
import pandas as pd
import pytest

from analysis import report
from test_compare import ALPHA, GAMMA, ONERROR, PLANTED, tiny_tables, write_tiny

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


# ----------------------------------------------------------------------------- escaping and links


def macros():
    return report.templates().get_template("macros.html").module


def test_a_quote_is_split_at_its_figure_and_the_template_escapes_each_part():
    q = report.quote_parts(f"Only 40% {PLANTED} were on time", "40%")
    assert (q.before, q.mark) == ("Only ", "40%") and q.after.startswith(" <script>")
    out = str(macros().quote(q))
    assert "<script" not in out
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in out
    assert out.startswith("“Only <mark>40%</mark> ")


def test_quote_marks_the_requested_occurrence_and_not_inside_other_numbers():
    s = "In 2012, 12 of 112 posts (12%) were vacant"
    q = report.quote_parts(s, "12")
    assert (q.before, q.mark) == ("In 2012, ", "12")
    assert report.quote_parts(s, "12%").before == "In 2012, 12 of 112 posts ("
    twice = "rose from 12% to 15%, and 12% of staff"
    assert report.quote_parts(twice, "12%", 1) == report.Quote("rose from 12% to 15%, and ", "12%", " of staff")


def test_quote_matches_a_surface_with_a_line_break():
    q = report.quote_parts("costs of £6,500 per week", "£6,500 per\nweek")
    assert q.mark == "£6,500 per week"


def test_a_figure_that_cannot_be_placed_is_still_shown():
    q = report.quote_parts("a sentence without it", "<99>")
    assert not q.found
    out = str(macros().quote(q))
    assert "<mark>&lt;99&gt;</mark>" in out and "<99>" not in out


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x",
                                 "../../etc/passwd", "//evil.example/x", "vbscript:x", "http://", "https://a b.example/"])
def test_only_http_urls_become_links(url):
    assert report.safe_url(url) is None
    assert "<a" not in str(macros().link(url, "minutes"))


def test_link_escapes_url_and_text():
    out = str(macros().link('https://x.example/a?b=1&c="2"', "<b>x</b>"))
    assert out == ('<a href="https://x.example/a?b=1&amp;c=&#34;2&#34;" rel="noopener noreferrer">'
                   "&lt;b&gt;x&lt;/b&gt;</a>")


def test_figure_table_escapes_every_text_cell():
    row = {"anchor": "fig-1", "indicator": ONERROR, "value": "3,700", "unit": "<u>", "direction": "up",
           "track": None, "status": PLANTED, "quote": report.quote_parts(f"{ONERROR} 3,700", "3,700"),
           "meeting": "2024-01-01", "theme_name": "<t>", "source_url": "javascript:alert(1)", "file": "<f>.txt",
           "raw_start": 1, "raw_end": 6, "reference": "<r>"}  # (reference: r19ref's comparison point label)
    for with_theme in (False, True):
        out = str(macros().figure_table([row], with_theme))
        assert "<img" not in out and "<script" not in out and "<u>" not in out and "javascript:" not in out
        assert "<r>" not in out and "&lt;r&gt;" in out
        assert "&lt;img src=x onerror=alert(1)&gt;" in out and "<mark>3,700</mark>" in out


def test_check_council_lists_the_valid_slugs():
    docs = tiny_tables()["documents"]
    assert report.check_council(docs, None) == "alpha-county-council"
    with pytest.raises(report.PipelineError, match="beta-borough-council"):
        report.check_council(docs, "nowhere-council")


def test_a_council_slug_that_would_overwrite_the_index_is_an_error():
    docs = tiny_tables()["documents"].assign(council_slug="index")
    with pytest.raises(report.PipelineError, match="manifest.csv"):
        report.check_council(docs, None)


# ----------------------------------------------------------------------------- images and page


def _png_text_keys(data: bytes) -> list[bytes]:
    keys, pos = [], 8
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        ctype = data[pos + 4:pos + 8]
        if ctype in (b"tEXt", b"iTXt", b"zTXt"):
            keys.append(data[pos + 8:pos + 8 + length].split(b"\0", 1)[0])
        pos += 12 + length
    return keys


def _chart():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(3, 2))
    ax.bar(["a", "b"], [1, 2])
    return fig


def test_png_is_deterministic_and_has_no_software_metadata():
    a, b = report.png_bytes(_chart()), report.png_bytes(_chart())
    assert a == b and a.startswith(b"\x89PNG")
    assert b"Software" not in _png_text_keys(a)


def test_chart_embeds_the_figure_as_a_data_uri():
    c = report.chart(_chart(), "chart <1>")
    assert c.alt == "chart <1>" and c.src.startswith("data:image/png;base64,iVBOR")
    out = str(macros().chart(c))
    assert out.startswith('<img class="chart" alt="chart &lt;1&gt;" src="data:image/png;base64,iVBOR')


def test_pages_load_nothing_from_elsewhere_and_forbid_scripts():
    html = report.render("index.html", title="<t>", councils=[])
    assert "<title>&lt;t&gt;</title>" in html
    assert "Content-Security-Policy" in html and "default-src &#39;none&#39;" in html
    assert '<meta name="generator" content="council-minutes">' in html
    assert not re.search(r"<script|<link|@import|url\(", html, re.I)


def test_run_card_lists_commit_parameters_inputs_versions_and_marks_time():
    card = report.RunCard({"council": "<x>"}, [{"kind": "minutes", "file": "m<1>.txt", "sha256": "f" * 64}], 12.34,
                          "abc123", {"pandas": "2.3.3"})
    out = str(macros().run_card(card))
    assert "abc123" in out and "&lt;x&gt;" in out and "m&lt;1&gt;.txt" in out and "pandas 2.3.3" in out
    assert '<span class="runcard-volatile">12.3 s</span>' in out
    assert "12.3" not in report.strip_volatile(out)


def test_run_card_inputs_hash_the_tables_read(tmp_path):
    write_tiny(tmp_path / "processed")
    tables = report.load_tables(tmp_path / "processed")
    inputs = tables.inputs(tables.documents.iloc[:1])
    assert [r["kind"] for r in inputs] == ["minutes"] + ["table"] * len(report.REPORT_TABLES)
    docs = next(r for r in inputs if r["file"] == "documents.parquet")
    assert docs["sha256"] == report.file_sha256(tmp_path / "processed" / "documents.parquet")


def test_package_versions_cover_the_pipeline():
    v = report.package_versions()
    for name in ("pandas", "numpy", "scikit-learn", "nltk", "matplotlib", "papermill"):
        assert v[name] and v[name] != "not installed"


def test_git_commit_outside_git_is_unknown(tmp_path):
    assert report.git_commit(tmp_path) == "unknown"


def test_index_has_one_line_per_council_with_escaped_names(tmp_path):
    t = tiny_tables()
    write_tiny(tmp_path / "processed")
    path = report.write_index(tmp_path / "processed", tmp_path / "reports")
    html = path.read_text(encoding="utf-8")
    lines = re.findall(r"<li>.*?</li>", html)
    assert len(lines) == t["documents"]["council_slug"].nunique()
    assert '<a href="alpha-county-council.html">Alpha &lt;County&gt; Council</a>: 2 meetings' in html
    assert '<a href="comparison.html">' in html
    assert "Gamma &amp; Co Council" in html


def test_index_command_line(tmp_path, capsys):
    write_tiny(tmp_path / "processed")
    assert report.main(["index", "--processed-dir", str(tmp_path / "processed"), "--reports-dir", str(tmp_path / "r")]) == 0
    assert (tmp_path / "r" / "index.html").exists()
    assert report.main(["index", "--processed-dir", str(tmp_path / "nothing"), "--reports-dir", str(tmp_path / "r")]) == 1
    assert "make all" in capsys.readouterr().err


# ----------------------------------------------------------------------------- the notebooks


def _render(nb: str, processed: Path, reports: Path, out: Path, **params) -> None:
    import papermill as pm

    pm.execute_notebook(str(NOTEBOOKS / nb), str(out), kernel_name="council-minutes", cwd=str(NOTEBOOKS),
                        parameters={"processed_dir": str(processed), "reports_dir": str(reports),
                                    "raw_dir": str(processed.parent / "raw"), **params},
                        progress_bar=False, log_output=False)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    """The tiny corpus's reports: Alpha's page and the comparison, rendered twice."""
    tmp = tmp_path_factory.mktemp("tiny-reports")
    write_tiny(tmp / "processed")
    for run in ("r1", "r2"):
        _render("04_council_report.ipynb", tmp / "processed", tmp / run, tmp / f"04-{run}.ipynb", council="alpha-county-council")
        _render("05_compare_councils.ipynb", tmp / "processed", tmp / run, tmp / f"05-{run}.ipynb")
    return tmp


def test_council_report_quotes_every_figure_with_its_number_marked_and_source(rendered):
    html = (rendered / "r1" / "alpha-county-council.html").read_text(encoding="utf-8")
    figs = tiny_tables()["figures"]
    for fig in figs[figs["council"] == ALPHA].itertuples():
        anchor = report.anchor_id(fig.figure_id)
        m = re.search(rf'<tr>(?:(?!</tr>).)*id="{anchor}"(?:(?!</tr>).)*</tr>', html, re.S)
        assert m, fig.figure_id
        row = m.group(0)
        assert f"<mark>{markupsafe.escape(fig.surface)}</mark>" in row
        # (r32reader) rows stand under their agenda item's heading row, which names the file; the row its characters
        assert f'<td class="nowrap chars">{fig.raw_start}–{fig.raw_end}</td>' in row
        head = html[:m.start()].rsplit('<tr class="item-row">', 1)[1]
        assert f"({fig.doc_id}.txt)" in head.split("</tr>", 1)[0]
    # a1 has an http source link; a2's javascript: URL is shown as "no link", never as an href.
    assert 'href="https://a.example/m?x=1&amp;y=2"' in html
    assert "javascript:" not in html


def test_council_report_sections_and_escaping(rendered):
    html = (rendered / "r1" / "alpha-county-council.html").read_text(encoding="utf-8")
    # (r32reader) no "periods" section: it repeated the meetings table's "Reporting period" column
    for anchor in ("meetings", "themes", "figures", "track", "run-card"):
        assert f'id="{anchor}"' in html
    assert 'id="periods"' not in html
    assert "<h1>Alpha &lt;County&gt; Council</h1>" in html
    assert "&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;" in html
    assert "<script" not in html.lower()
    assert 'src="data:image/png;base64,' in html
    assert "Q2" in html and "2024/25" in html  # reporting period
    assert "Beta Borough" not in html  # only this council's meetings


def test_comparison_has_every_council_and_the_shared_indicator_charts(rendered):
    html = (rendered / "r1" / "comparison.html").read_text(encoding="utf-8")
    for slug in ("alpha-county-council", "beta-borough-council", "gamma-co-council"):
        assert f'href="{slug}.html"' in html
    assert "Gamma &amp; Co Council" in html
    # EHCP timeliness (Alpha, Beta) and children in care (Alpha, Gamma): two indicator charts, plus
    # the heatmap and the timeline.
    assert html.count('src="data:image/png;base64,') == 4
    # The latest EHCP value for Alpha is June's 68%, linking to the quote in Alpha's report.
    figs = tiny_tables()["figures"]
    june = figs[(figs["doc_id"] == "a2") & (figs["surface"] == "68%")].iloc[0]
    assert f'href="alpha-county-council.html#{report.anchor_id(june.figure_id)}"' in html
    # Beta's meeting has no date, but it is Beta's only document: nothing to order (round 20, tests/test_r20_user.py)
    assert "ordered by doc_id" not in html and "date not given" in html
    assert "<script" not in html.lower()


def test_two_renders_differ_only_in_the_run_cards_time(rendered):
    for name in ("alpha-county-council.html", "comparison.html"):
        a = (rendered / "r1" / name).read_text(encoding="utf-8")
        b = (rendered / "r2" / name).read_text(encoding="utf-8")
        # The reports folder is a parameter shown in the run card; the rest must be identical.
        b = b.replace(str(rendered / "r2"), str(rendered / "r1"))
        # The commit may move between the two renders while the test runs (it is the run card's job to say so).
        a, b = (re.sub(r"Git commit:</b> <code>[^<]*</code>", "", x) for x in (a, b))
        assert report.strip_volatile(a) == report.strip_volatile(b), name


def test_unknown_council_fails_with_the_valid_slugs(tmp_path):
    import papermill as pm

    write_tiny(tmp_path / "processed")
    with pytest.raises(pm.PapermillExecutionError, match="gamma-co-council"):
        _render("04_council_report.ipynb", tmp_path / "processed", tmp_path / "r", tmp_path / "x.ipynb", council="nowhere")
    assert not (tmp_path / "r" / "nowhere.html").exists()


def test_gamma_report_has_no_status_figures_and_says_so(tmp_path):
    write_tiny(tmp_path / "processed")
    _render("04_council_report.ipynb", tmp_path / "processed", tmp_path / "r", tmp_path / "g.ipynb", council="gamma-co-council")
    html = (tmp_path / "r" / "gamma-co-council.html").read_text(encoding="utf-8")
    assert GAMMA.replace("&", "&amp;") in html
    assert "No figure in these minutes carries an on-track or off-track status." in html
    assert "was <mark>on track</mark> overall." in html  # the statement, its phrase marked


def test_a_council_without_figures_or_statements_still_gets_its_sections(tmp_path):
    t = tiny_tables()
    t["figures"] = t["figures"][t["figures"]["doc_id"] != "c1"]
    t["segments"] = t["segments"].assign(text=[x.replace("on track", "in hand") for x in t["segments"]["text"]])
    write_tiny(tmp_path, t)
    tables = report.load_tables(tmp_path)
    view = report.council_view(tables, "gamma-co-council")
    assert view.figures.empty and view.statements.empty
    html = report.render_council(view, report.run_card(tables, view.documents, {}, 0.0))
    assert "No figures were found in this council&#39;s minutes." in html
    assert "No sentence in these minutes says something is on or off track" in html
    assert 'src="data:image/png;base64,' in html  # the themes chart


def test_comparison_uses_the_indicator_file_labels_and_links_quotes(tmp_path):
    from analysis import compare

    t = write_tiny(tmp_path)
    tables = compare.build(t["documents"], t["segments"], t["figures"], t["numbers"], t["topics"], t["theme_shares"],
                           {d: (tmp_path / "text" / f"{d}.txt").read_text(encoding="utf-8") for d in t["documents"]["doc_id"]},
                           {"ehcp_timeliness": ("EHCPs <20 weeks", "def & more")})
    from analysis.io import write_tables

    write_tables(tables, tmp_path)
    loaded = report.load_tables(tmp_path)
    html = report.render_comparison(report.comparison_view(loaded), report.run_card(loaded, loaded.documents, {}, 0.0))
    assert "EHCPs &lt;20 weeks" in html and "def &amp; more" in html
    matrix = re.search(r'<table class="data matrix">.*?</table>', html, re.S).group(0)
    assert matrix.count("<tr>") == 1 + tables["indicator_latest"]["indicator_id"].nunique()
    assert 'href="beta-borough-council.html#fig-' in html
    assert "Line chart of EHCPs &lt;20 weeks per council over time" in html
    # Beta's EHCP value has no meeting date: it is named under the chart rather than drawn.
    assert "Not in the chart (no meeting date): Beta Borough Council." in html


def test_a_value_whose_indicator_the_learnt_fallback_gave_is_marked_on_the_comparison(tmp_path):
    from analysis import compare
    from analysis.io import write_tables

    def page(source: str) -> tuple[str, int]:
        t = tiny_tables()
        t["figures"].loc[t["figures"]["indicator_id"].notna(), "id_source"] = source
        d = tmp_path / source
        write_tiny(d, t)
        tables = compare.build(t["documents"], t["segments"], t["figures"], t["numbers"], t["topics"], t["theme_shares"],
                               {x: (d / "text" / f"{x}.txt").read_text(encoding="utf-8") for x in t["documents"]["doc_id"]},
                               {})
        write_tables(tables, d)
        loaded = report.load_tables(d)
        html = report.render_comparison(report.comparison_view(loaded), report.run_card(loaded, loaded.documents, {}, 0.0))
        return html, len(tables["indicator_latest"])

    (rules, _), (learnt, cells) = page("rules"), page("learnt")
    assert "indicator learnt" not in rules and "learnt fallback" not in rules
    assert cells > 1 and learnt.count('<span class="learnt"') == cells
    assert f"{cells} values marked &#34;indicator learnt&#34; got their indicator from the learnt fallback" in learnt


# ----------------------------------------------------------------------------- every page at once


def test_render_all_writes_every_page_and_matches_the_notebook(tmp_path, rendered):
    out = tmp_path / "all"
    pages = report.render_all(rendered / "raw", rendered / "processed", out, log=False)
    assert sorted(p.name for p in pages) == ["alpha-county-council.html", "beta-borough-council.html", "comparison.html",
                                             "gamma-co-council.html", "index.html"]
    # The page notebook 04 wrote (make report COUNCIL=...) is the page render_all writes, apart
    # from the run card's time and the reports folder it names.
    for name in ("alpha-county-council.html", "comparison.html"):
        one = (rendered / "r2" / name).read_text(encoding="utf-8").replace(str(rendered / "r2"), str(out))
        every = (out / name).read_text(encoding="utf-8")
        a, b = (re.sub(r"Git commit:</b> <code>[^<]*</code>", "", report.strip_volatile(x)) for x in (one, every))
        assert a == b, name


def test_a_council_removed_from_the_corpus_loses_its_page_and_other_files_stay(tmp_path):
    t = write_tiny(tmp_path / "processed")
    reports = tmp_path / "reports"
    report.render_all(None, tmp_path / "processed", reports, log=False)
    (reports / "notes.html").write_text("<p>my own notes</p>", encoding="utf-8")
    assert (reports / "gamma-co-council.html").exists()
    keep = {name: df[df["doc_id"] != "c1"] if "doc_id" in df.columns else df for name, df in t.items()}
    write_tiny(tmp_path / "processed", keep)
    report.render_all(None, tmp_path / "processed", reports, log=False)
    assert not (reports / "gamma-co-council.html").exists()
    assert (reports / "notes.html").exists() and (reports / "alpha-county-council.html").exists()
    assert "gamma-co-council" not in (reports / "index.html").read_text(encoding="utf-8")


def test_markup_in_titles_and_names_stays_text_in_every_page(tmp_path):
    write_tiny(tmp_path / "processed")
    for page in report.render_all(None, tmp_path / "processed", tmp_path / "r", log=False):
        html = page.read_text(encoding="utf-8")
        assert "<script" not in html.lower() and "onerror=alert" not in html.replace("onerror=alert(1)&gt;", ""), page.name
        assert not re.search(r"<img(?![^>]*src=\"data:image/png;base64,)", html), page.name
    beta = (tmp_path / "r" / "beta-borough-council.html").read_text(encoding="utf-8")
    assert "&lt;img src=x onerror=alert(1)&gt;" in beta


def test_report_command_line_writes_every_page(tmp_path, capsys):
    write_tiny(tmp_path / "processed")
    assert report.main(["all", "--processed-dir", str(tmp_path / "processed"), "--reports-dir", str(tmp_path / "r")]) == 0
    assert "3 council pages" in capsys.readouterr().out
    assert (tmp_path / "r" / "gamma-co-council.html").exists()


def test_pages_are_readable_by_anyone_whatever_the_umask(tmp_path):
    old = os.umask(0o077)
    try:
        page = report.write_page(tmp_path / "reports" / "x.html", "<p>x</p>")
    finally:
        os.umask(old)
    assert page.stat().st_mode & 0o777 == 0o644
    assert [p.name for p in page.parent.iterdir()] == ["x.html"]  # no temporary left
