"""HTML rendering (analysis.report) and the report notebooks on a small hand-made corpus."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pandas as pd
import pytest

from analysis import report
from test_compare import ALPHA, GAMMA, PLANTED, tiny_tables, write_tiny

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"


# ----------------------------------------------------------------------------- escaping and links


def test_minutes_markup_is_escaped_and_the_figure_marked():
    out = report.highlight(f"Only 40% {PLANTED} were on time", "40%")
    assert "<script" not in out
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in out
    assert out.startswith("Only <mark>40%</mark> ")


def test_highlight_marks_the_requested_occurrence_and_not_inside_other_numbers():
    s = "In 2012, 12 of 112 posts (12%) were vacant"
    assert report.highlight(s, "12").count("<mark>") == 1
    assert "In 2012, <mark>12</mark> of 112" in report.highlight(s, "12")
    assert "(<mark>12%</mark>)" in report.highlight(s, "12%")
    twice = "rose from 12% to 15%, and 12% of staff"
    assert report.highlight(twice, "12%", 1) == "rose from 12% to 15%, and <mark>12%</mark> of staff"


def test_highlight_matches_a_surface_with_a_line_break():
    assert report.highlight("costs of £6,500 per week", "£6,500 per\nweek") == "costs of <mark>£6,500 per week</mark>"


def test_highlight_never_loses_a_figure_it_cannot_place():
    out = report.highlight("a sentence without it", "<99>")
    assert "<mark>&lt;99&gt;</mark>" in out and "<99>" not in out


@pytest.mark.parametrize("url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,x",
                                 "../../etc/passwd", "//evil.example/x", "vbscript:x", "http://", "https://a b.example/"])
def test_only_http_urls_become_links(url):
    assert report.safe_url(url) is None
    assert "<a" not in report.link(url, "minutes")


def test_link_escapes_url_and_text():
    out = report.link('https://x.example/a?b=1&c="2"', "<b>x</b>")
    assert out == ('<a href="https://x.example/a?b=1&amp;c=&quot;2&quot;" rel="noopener noreferrer">'
                   "&lt;b&gt;x&lt;/b&gt;</a>")


def test_local_link_refuses_schemes():
    with pytest.raises(ValueError):
        report.local_link("javascript:alert(1)", "x")


def test_html_table_escapes_text_cells_and_formats_numbers():
    frame = pd.DataFrame({"name": ["<img src=x onerror=alert(1)>"], "n": [3700.0], "html": ["<mark>ok</mark>"]})
    out = report.html_table(frame, [report.Column("name", "Name"), report.Column("n", "N", css="num"),
                                    report.Column("html", "H", True)])
    assert "<img" not in out and "&lt;img src=x onerror=alert(1)&gt;" in out
    assert '<td class="num">3,700</td>' in out and "<mark>ok</mark>" in out


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


def test_img_embeds_the_chart_as_a_data_uri():
    out = report.img(_chart(), "chart <1>")
    assert out.startswith('<img class="chart" alt="chart &lt;1&gt;" src="data:image/png;base64,iVBOR')


def test_page_loads_nothing_from_elsewhere_and_forbids_scripts():
    html = report.page("<t>", "<p>x</p>")
    assert "<title>&lt;t&gt;</title>" in html
    assert "Content-Security-Policy" in html and "default-src 'none'" in html
    assert not re.search(r"<script|<link|@import|url\(", html, re.I)


def test_run_card_lists_commit_parameters_inputs_versions_and_marks_time(tmp_path):
    (tmp_path / "documents.parquet").write_bytes(b"abc")
    docs = pd.DataFrame({"file": ["m<1>.txt"], "sha256": ["f" * 64]})
    inputs = report.input_files(tmp_path, docs)
    assert list(inputs["file"]) == ["m<1>.txt", "documents.parquet"]
    assert inputs.loc[1, "sha256"] == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    card = report.run_card({"council": "<x>"}, inputs, 12.34, commit="abc123", versions={"pandas": "2.3.3"})
    assert "abc123" in card and "&lt;x&gt;" in card and "m&lt;1&gt;.txt" in card and "pandas 2.3.3" in card
    assert '<span class="runcard-volatile">12.3 s</span>' in card
    assert "12.3" not in report.strip_volatile(card)


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
        assert f"<mark>{report.esc(fig.surface)}</mark>" in row
        assert f"{fig.doc_id}.txt, characters {fig.raw_start}–{fig.raw_end}" in row
    # a1 has an http source link; a2's javascript: URL is shown as "no link", never as an href.
    assert 'href="https://a.example/m?x=1&amp;y=2"' in html
    assert "javascript:" not in html


def test_council_report_sections_and_escaping(rendered):
    html = (rendered / "r1" / "alpha-county-council.html").read_text(encoding="utf-8")
    for anchor in ("meetings", "themes", "figures", "track", "periods", "run-card"):
        assert f'id="{anchor}"' in html
    assert "<h1>Alpha &lt;County&gt; Council</h1>" in html
    assert "&lt;script&gt;document.title=&#x27;pwned&#x27;&lt;/script&gt;" in html
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
    assert "ordered by doc_id" in html  # Beta's meeting has no date
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


def test_a_council_without_figures_or_text_still_gets_its_sections():
    import matplotlib

    matplotlib.use("Agg")
    from analysis import compare

    t = tiny_tables()
    empty_figs = compare.figure_table(t["figures"].iloc[0:0], t["topics"], t["documents"], t["numbers"])
    assert "No figures were found" in report.figures_by_theme(empty_figs, {})
    assert "No sentence" in report.statements_table(compare.track_statements(
        compare.segment_themes(t["segments"].iloc[0:0], t["topics"], t["documents"])), t["documents"], {})
    empty_shares = compare.theme_shares(compare.segment_themes(t["segments"].iloc[0:0], t["topics"], t["documents"]))
    assert report.img(compare.plot_theme_bars(empty_shares, {}, "none"), "x").startswith("<img")
    assert "No figure has a canonical indicator" in report.indicator_matrix(compare.latest_values(empty_figs), [], {})


def test_indicator_matrix_uses_the_indicator_file_labels_and_links_quotes():
    from analysis import compare

    t = tiny_tables()
    figs = compare.figure_table(t["figures"], t["topics"], t["documents"], t["numbers"])
    latest = compare.latest_values(figs)
    slugs = sorted(t["documents"]["council_slug"].unique())
    html = report.indicator_matrix(latest, slugs, {}, figs, {"ehcp_timeliness": ("EHCPs <20 weeks", "def & more")})
    assert "EHCPs &lt;20 weeks" in html and "def &amp; more" in html
    assert html.count("<tr>") == 1 + latest["indicator_id"].nunique()  # the heading row, then one per indicator
    assert 'href="beta-borough-council.html#fig-' in html
