"""Full-text search (analysis.search): the index, queries, ranking, filters, output and `make search`.

A hand-made corpus pins down each behaviour; the seeds and a mixed txt/HTML/PDF folder check that every
segment holding the query's words is found (against a brute-force scan of the segments table); the
session's ``make all`` (``conftest.full_build``) checks the make targets and the page in Chromium.
"""

from __future__ import annotations

import re
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from nltk.stem.snowball import SnowballStemmer

from analysis import search
from analysis.io import write_tables
from analysis.search import SearchError, SearchIndex

from conftest import ADDED_SLUG, run_make

PLANTED = "<script>document.title='pwned'</script>"

# doc_id -> council, slug, meeting date, source url, [(segment text, theme)]
CORPUS = {
    "a1": ("Alpha County Council", "alpha-county-council", "2023-03-01", "https://alpha.example/m?id=1&x=2", [
        ("Foster carer allowances were raised by 5% this year.", "fostering_adoption"),
        ("Members asked about the recruitment of foster carers and foster carers' training.", "fostering_adoption"),
        ("The Committee noted the report.", "other"),
    ]),
    "a2": ("Alpha County Council", "alpha-county-council", "2024-06-10", "javascript:alert(1)", [
        ("Carers who foster children were thanked by members.", "fostering_adoption"),
        (f"A member pasted {PLANTED} into the chat about agency social workers.", "workforce"),
        ("Agency staff costs were off-track in 2023/24 against the budget.", "finance"),
    ]),
    "b1": ("Beta <b>Borough</b> Council", "beta-b-borough-b-council", None, None, [
        ("The high needs deficit was reported as off track.", "finance"),
        ("Fostering: the fostering service recruited 12 new foster carers, a record for the fostering team.",
         "fostering_adoption"),
        ("Social workers' caseloads fell to 18 per worker.", "workforce"),
    ]),
    "c1": ("Gamma Council", "gamma-council", "2024-01-15", "http://gamma.example/1", [
        ("A very long discussion of many matters, including budgets, schools, transport, housing, libraries, "
         "roads, parks and also foster care, took place over the evening with several members speaking.", "other"),
        ("Café provision at the Children's Centre was reviewed.", "early_help"),
    ]),
}
THEME_NAMES = {"fostering_adoption": "Fostering and adoption", "workforce": "Workforce and staffing",
               "finance": "Finance and budget", "early_help": "Early help", "other": "Other"}
GAP = 10  # characters between segments in each document's text


def corpus_tables(corpus: dict = CORPUS) -> dict[str, pd.DataFrame]:
    """documents, segments, topics, figures and theme_shares tables for ``corpus``."""
    docs, segs, tops, figs, shares = [], [], [], [], []
    for doc_id, (council, slug, when, url, items) in corpus.items():
        pos = 0
        for seq, (text, theme) in enumerate(items):
            start, end = pos, pos + len(text)
            sid = f"{doc_id}:{seq:04d}"
            segs.append({"doc_id": doc_id, "segment_id": sid, "seq": seq, "kind": "paragraph",
                         "heading": "Item <i>1</i>" if seq else None, "number": None, "text": text,
                         "n_words": len(text.split()), "raw_start": start, "raw_end": end,
                         "offset_map": "0:0"})
            tops.append({"doc_id": doc_id, "segment_id": sid, "topic": seq, "topic_weight": 1.0,
                         "topic_label": f"topic {seq}", "theme": theme, "theme_terms": None,
                         "raw_start": start, "raw_end": end})
            for m in re.finditer(r"\d+%?", text):
                figs.append({"figure_id": f"{doc_id}:{start + m.start()}-{start + m.end()}", "doc_id": doc_id,
                             "council": council, "meeting_date": when, "segment_id": sid, "surface": m.group(),
                             "value": float(m.group().rstrip("%")), "value_max": None, "bound": None,
                             "unit": "percent" if m.group().endswith("%") else "count", "per": None,
                             "indicator": "carer allowance" if "allowance" in text else None, "indicator_id": None,
                             "id_source": None, "direction": "none", "is_change": False, "comparator": None, "reference": None, "part": None, "side": None, "status": None,
                             "sentence": text, "raw_start": start + m.start(), "raw_end": start + m.end()})
            pos = end + GAP
        docs.append({"doc_id": doc_id, "file": f"{doc_id}.txt", "format": "txt", "council": council,
                     "council_slug": slug, "committee": "Children's <Scrutiny>", "meeting_date": when,
                     "title": "Report", "source_url": url, "encoding": "utf-8", "n_chars": pos, "n_words": 10,
                     "n_segments": len(items), "sha256": "0" * 64})
    for theme, name in THEME_NAMES.items():
        shares.append({"council": "x", "council_slug": "x", "meeting_date": None, "period": None, "doc_id": "a1",
                       "theme": theme, "theme_name": name, "n_segments": 0, "n_words": 0, "share": 0.0})
    return {"documents": pd.DataFrame(docs), "segments": pd.DataFrame(segs), "topics": pd.DataFrame(tops),
            "figures": pd.DataFrame(figs), "theme_shares": pd.DataFrame(shares)}


@pytest.fixture(scope="module")
def processed(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("search") / "processed"
    write_tables(corpus_tables(), folder, csv=False)
    search.build_index(folder)
    return folder


@pytest.fixture
def idx(processed):
    with SearchIndex(processed / search.INDEX_NAME) as index:
        yield index


def ids(frame: pd.DataFrame) -> set[str]:
    return set(frame["segment_id"])


def find(processed: Path, query: str, **kw) -> pd.DataFrame:
    return search.search(query, processed_dir=processed, limit=None, **kw)


# ----------------------------------------------------------------------------- words, stems, phrases


def test_plural_and_other_forms_of_a_word_are_found(processed):
    hits = find(processed, "foster carers")
    # "Foster carer", "foster carers", "Carers who foster", "fostering ... foster carers"; not "foster care".
    assert ids(hits) == {"a1:0000", "a1:0001", "a2:0000", "b1:0001"}
    assert ids(find(processed, "foster carer")) == ids(hits)
    assert "c1:0000" in ids(find(processed, "fostering"))  # "foster care": same stem as fostering


def test_a_quoted_phrase_needs_its_words_together_and_in_order(processed):
    hits = find(processed, '"foster carers"')
    assert ids(hits) == {"a1:0000", "a1:0001", "b1:0001"}  # not "Carers who foster"
    assert ids(find(processed, '"carers foster"')) == set()
    assert ids(find(processed, '"high needs deficit"')) == {"b1:0000"}
    # Words with inner punctuation are phrases of their parts: off-track finds "off track" too.
    assert ids(find(processed, "off-track")) == {"a2:0002", "b1:0000"}
    assert ids(find(processed, '"2023/24"')) == ids(find(processed, "2023/24")) == {"a2:0002"}


def test_prefix_or_not_and_near(processed):
    assert ids(find(processed, "allowanc*")) == {"a1:0000"}
    assert ids(find(processed, "agenc*")) == {"a2:0001", "a2:0002"}
    assert ids(find(processed, "deficit OR caseloads")) == {"b1:0000", "b1:0002"}
    assert ids(find(processed, "foster NOT allowances")) == {"a1:0001", "a2:0000", "b1:0001", "c1:0000"}
    assert ids(find(processed, "(deficit OR caseloads) NOT social")) == {"b1:0000"}
    # Words next to a group are ANDed, as in FTS5.
    assert ids(find(processed, "agency (staff OR workers)")) == {"a2:0001", "a2:0002"}
    assert ids(find(processed, "(staff OR workers) agency")) == {"a2:0001", "a2:0002"}
    assert ids(find(processed, "NEAR(carers thanked, 5) members")) == {"a2:0000"}
    assert ids(find(processed, "NEAR(carers thanked, 5)")) == {"a2:0000"}
    assert ids(find(processed, "NEAR(carers thanked, 1)")) == set()
    # Accents and case do not matter.
    assert ids(find(processed, "cafe")) == ids(find(processed, "CAFÉ")) == {"c1:0001"}


def test_matched_words_are_marked_in_the_original_text(idx):
    q = idx.parse('"foster carers" allowances NOT deficit')
    text = CORPUS["a1"][4][0][0]
    assert [text[a:b] for a, b in idx.marks(q, [text])[0]] == ["Foster carer allowances"]
    text = CORPUS["b1"][4][1][0]
    marked = [text[a:b] for a, b in idx.marks(idx.parse("foster carers"), [text])[0]]
    assert marked == ["Fostering", "fostering", "foster carers", "fostering"]
    # Terms under NOT are not marked; prefixes mark whole words.
    q = idx.parse("agenc* NOT (budget OR deficit)")
    text = CORPUS["a2"][4][2][0]
    assert [text[a:b] for a, b in idx.marks(q, [text])[0]] == ["Agency"]


# ----------------------------------------------------------------------------- ranking


def test_results_are_ranked_by_relevance(processed):
    hits = find(processed, "foster")
    assert list(hits["rank"]) == list(range(1, len(hits) + 1))
    assert hits["score"].is_monotonic_decreasing
    # Four mentions of the word family in one segment beat one mention in a long segment.
    assert hits["segment_id"].iloc[0] == "b1:0001"
    assert hits["segment_id"].iloc[-1] == "c1:0000"
    assert hits.attrs["total"] == len(hits)


def test_limit_keeps_the_best_hits_and_counts_all(idx):
    res = idx.run("foster", limit=2)
    every = idx.run("foster", limit=None)
    assert list(res.hits["segment_id"]) == list(every.hits["segment_id"][:2])
    assert res.total == every.total == 5
    assert dict(zip(res.by_council["council_slug"], res.by_council["hits"])) == {
        "alpha-county-council": 3, "beta-b-borough-b-council": 1, "gamma-council": 1}
    assert dict(zip(res.by_theme["theme"], res.by_theme["hits"])) == {"fostering_adoption": 4, "other": 1}


# ----------------------------------------------------------------------------- filters


def test_filters_narrow_the_results(processed):
    every = find(processed, "foster")
    alpha = find(processed, "foster", council="alpha-county-council")
    assert ids(alpha) == {i for i in ids(every) if i.startswith("a")}
    assert ids(find(processed, "foster", theme="other")) == {"c1:0000"}
    assert ids(find(processed, "foster", theme="Fostering and adoption")) == ids(every) - {"c1:0000"}
    # (r44) a theme's whole words, as a user types them: "fostering" is the id fostering_adoption's first word
    for words in ("fostering", "Fostering", "adoption", "fostering adoption"):
        assert ids(find(processed, "foster", theme=words)) == ids(every) - {"c1:0000"}, words
    with pytest.raises(SearchError, match="unknown theme 'foster'"):  # whole words only, as COUNCIL=
        find(processed, "foster", theme="foster")
    assert ids(find(processed, "foster", date_from="2024-01-01")) == {"a2:0000", "c1:0000"}
    assert ids(find(processed, "foster", date_to="2023-12-31")) == {"a1:0000", "a1:0001"}
    assert ids(find(processed, "foster", date_from="2024-01-15", date_to="2024-01-15")) == {"c1:0000"}
    both = find(processed, "foster", council="alpha-county-council", date_from="2024-01-01")
    assert ids(both) == {"a2:0000"}
    assert set(both["council"]) == {"Alpha County Council"}


@pytest.mark.parametrize("kw, message", [
    ({"council": "nowhere"}, "unknown council 'nowhere' (COUNCIL=<slug>); the councils in the index are: "
                             "alpha-county-council, beta-b-borough-b-council, gamma-council"),
    ({"theme": "dragons"}, "unknown theme 'dragons'"),
    ({"theme": "and"}, "THEME='and' names 3 themes: finance (Finance and budget); fostering_adoption (Fostering and "
                       "adoption); workforce (Workforce and staffing); give more of one's words"),
    ({"date_from": "2024-13-01"}, "FROM='2024-13-01' is not a date"),
    ({"date_to": "last year"}, "TO='last year' is not a date"),
    ({"date_from": "2025-01-01", "date_to": "2024-01-01"}, "FROM=2025-01-01 is after TO=2024-01-01"),
    ({"limit": 0}, "LIMIT=0 must be a positive whole number"),
])
def test_bad_filters_are_one_clear_line(processed, kw, message):
    with pytest.raises(SearchError) as err:
        search.search("foster", processed_dir=processed, **kw)
    assert message in str(err.value) and "\n" not in str(err.value)


# ----------------------------------------------------------------------------- bad queries


BAD_QUERIES = {
    "": "empty search query",
    "   ": "empty search query",
    '"foster carers': "unbalanced double quote",
    'foster "carers" "': "unbalanced double quote",
    "foster NOT": "not valid FTS5 syntax",
    "NOT foster": "not valid FTS5 syntax",
    "OR": "no words to search for",
    "(foster OR carers": "not valid FTS5 syntax",
    "foster)": "not valid FTS5 syntax",
    "*": "a * must follow a word",
    "&& -- //": "no words to search for",
    '""': "has no words",
    "c*": "the prefix 'c*' is too short",
}


@pytest.mark.parametrize("query", list(BAD_QUERIES))
def test_a_bad_query_is_one_clear_line(processed, query):
    with pytest.raises(SearchError) as err:
        search.search(query, processed_dir=processed)
    text = str(err.value)
    assert BAD_QUERIES[query] in text and "\n" not in text
    if query.strip():
        assert repr(query) in text  # the query as typed, not the rewritten FTS5 expression
        assert "{stems}" not in text


def test_command_line_bad_query_exits_nonzero_with_one_line(processed, tmp_path, capsys):
    code = search.main(["query", "--processed-dir", str(processed), "--reports-dir", str(tmp_path), "-q", '"foster'])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and err.startswith("error: bad search query")
    assert not (tmp_path / "search").exists()
    code = search.main(["query", "--processed-dir", str(tmp_path / "none"), "--reports-dir", str(tmp_path), "-q", "x"])
    assert code == 2 and "make search-index" in capsys.readouterr().err


def test_query_words_unknown_to_the_corpus_are_stemmed_too(idx):
    # "fosterings" is not in the corpus vocabulary: nltk stems it, and it finds the foster family.
    assert idx.run("fosterings", limit=None).total == 5


# ----------------------------------------------------------------------------- output


def test_command_line_prints_hits_and_writes_html_and_csv(processed, tmp_path, capsys):
    code = search.main(["query", "--processed-dir", str(processed), "--reports-dir", str(tmp_path),
                        "-q", '"foster carers"', "--council", "alpha-county-council", "--limit", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 passages match '\"foster carers\"' (council alpha-county-council) in 1 council (top 1 shown)" in out
    assert "recruitment of **foster carers** and **foster carers**' training" in out
    assert "Alpha County Council · 2023-03-01" in out
    slug = search.query_slug('"foster carers"', council="alpha-county-council")
    assert slug.startswith("foster-carers-") and slug.endswith("--council-alpha-county-council")
    csv = pd.read_csv(tmp_path / "search" / f"{slug}.csv")
    assert list(csv.columns) == search.RESULTS_CSV_COLUMNS  # (r46tidy: the hits' columns, then sides)
    assert len(csv) == 1 and csv["segment_id"].iloc[0] == "a1:0001" and csv["query"].iloc[0] == '"foster carers"'
    assert csv["source_url"].iloc[0] == "https://alpha.example/m?id=1&x=2"
    html = (tmp_path / "search" / f"{slug}.html").read_text(encoding="utf-8")
    assert "<mark>foster carers</mark>&#39; training" in html


def render(idx, query: str, **kw) -> str:
    res = idx.run(query, **kw)
    return search.render_html(res, idx.marks(res.query, res.hits["text"]), idx.figures(res.hits))


def test_page_groups_hits_by_council_with_counts_links_and_figures(idx):
    html = render(idx, "foster")
    sections = re.findall(r'<section class="council" id="council-([a-z0-9-]+)">', html)
    assert sections == ["beta-b-borough-b-council", "alpha-county-council", "gamma-council"]  # by best hit
    table = re.search(r'<table id="by-council">.*?</table>', html, re.S).group()
    assert re.search(r"Alpha County Council</a></td><td class=\"num\">3</td>", table)
    theme_table = re.search(r'<table id="by-theme">.*?</table>', html, re.S).group()
    assert "Fostering and adoption</td><td class=\"num\">4</td>" in theme_table
    # Source links only for http(s); the javascript: one is not a link.
    assert 'href="https://alpha.example/m?id=1&amp;x=2"' in html and "javascript:" not in html
    # The figures of a passage, found by span overlap, are listed under it.
    hit = re.search(r'<article class="hit" id="hit-\d+">(?:(?!</article>).)*<mark>Foster</mark> carer allowances'
                    r"(?:(?!</article>).)*</article>", html, re.S).group()
    assert "<li><b>5%</b>: carer allowance" in hit
    assert "characters 0–52" in hit


def test_text_from_minutes_manifest_and_query_is_escaped(idx):
    html = render(idx, 'pasted OR "<script>" OR <b>')
    assert "<script" not in html.replace("&lt;script", "")
    assert "&lt;<mark>script</mark>&gt;document.title=&#39;pwned&#39;&lt;/<mark>script</mark>&gt;" in html
    assert "<title>Search: pasted OR &#34;&lt;script&gt;&#34; OR &lt;b&gt;</title>" in html
    assert "Children&#39;s &lt;Scrutiny&gt;" in html
    assert "Item &lt;i&gt;1&lt;/i&gt;" in html and "<i>1</i>" not in html
    html = render(idx, "deficit")
    assert "Beta &lt;b&gt;Borough&lt;/b&gt; Council" in html and "<b>Borough" not in html


def test_file_names_come_from_the_query_and_filters():
    assert search.query_slug("../../etc/passwd").startswith("etc-passwd-")
    assert search.query_slug("foster carers", theme="finance", date_from="2024-01-01") == \
        "foster-carers--theme-finance--from-2024-01-01"
    assert search.query_slug("????").startswith("query-")


def test_queries_that_find_different_passages_never_share_a_file():
    # (r14user's walkthrough) on 55af81a 'agency*' and 'agency', '"social worker" vacancy' and 'social worker
    # vacancy' wrote the same reports/search/<slug>.html, the second run overwriting the first's results
    pairs = [("agency*", "agency"), ('"social worker" vacancy', "social worker vacancy"),
             ("foster OR adopt", "foster adopt"), ("a" * 90, "a" * 91)]
    for one, other in pairs:
        assert search.query_slug(one) != search.query_slug(other)
    assert search.query_slug("Foster  Carers") == search.query_slug("foster carers") == "foster-carers"


# ----------------------------------------------------------------------------- the index file


def test_index_has_every_segment_with_its_metadata(processed):
    tables = corpus_tables()
    with sqlite3.connect(processed / search.INDEX_NAME) as conn:
        rows = pd.read_sql("SELECT * FROM passages ORDER BY rowid", conn)
    assert list(rows["segment_id"]) == sorted(tables["segments"]["segment_id"])
    row = rows[rows["segment_id"] == "a1:0001"].iloc[0]
    assert (row["council"], row["council_slug"], row["meeting_date"], row["theme"], row["theme_name"]) == (
        "Alpha County Council", "alpha-county-council", "2023-03-01", "fostering_adoption", "Fostering and adoption")
    assert row["source_url"] == "https://alpha.example/m?id=1&x=2" and row["heading"] == "Item <i>1</i>"


def test_other_theme_is_named_as_in_the_reports(processed):
    from analysis import compare, report

    with sqlite3.connect(processed / search.INDEX_NAME) as conn:
        names = set(pd.read_sql("SELECT theme_name FROM passages WHERE theme = 'other'", conn)["theme_name"])
    # theme_shares calls it "Other"; the index, like the report pages, says what "other" means.
    shares = report.Tables(processed, {"council_theme_shares": corpus_tables()["theme_shares"]})
    assert names == {compare.OTHER_THEME_NAME} == {shares.theme_names["other"]}


def test_same_tables_give_the_same_index_bytes(processed, tmp_path):
    again = search.build_index(processed, tmp_path / "again.sqlite")
    assert again.read_bytes() == (processed / search.INDEX_NAME).read_bytes()


def test_a_failed_build_leaves_the_previous_index(processed, tmp_path, monkeypatch):
    folder = tmp_path / "p"
    shutil.copytree(processed, folder)
    before = (folder / search.INDEX_NAME).read_bytes()

    def boom(*a, **k):
        raise RuntimeError("disk full")

    monkeypatch.setattr(search, "stem", boom)
    search._snowball.cache_clear()
    with pytest.raises(RuntimeError):
        search.build_index(folder)
    assert (folder / search.INDEX_NAME).read_bytes() == before
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith(".")) == []


def test_index_is_stale_when_an_input_table_changes(processed, tmp_path):
    folder = tmp_path / "p"
    shutil.copytree(processed, folder)
    assert not search.is_stale(folder)
    import os
    import time

    earlier = time.time() - 100  # the index older than the topics table, as after a new topics run
    os.utime(folder / search.INDEX_NAME, (earlier, earlier))
    assert search.is_stale(folder)
    search.ensure_index(folder)
    assert not search.is_stale(folder)


def test_a_missing_or_foreign_index_is_a_clear_error(tmp_path):
    with pytest.raises(SearchError, match="make search-index"):
        SearchIndex(tmp_path / "search.sqlite")
    (tmp_path / "junk.sqlite").write_bytes(b"not a database" * 100)
    with pytest.raises(SearchError, match="rebuild it with 'make search-index'"):
        SearchIndex(tmp_path / "junk.sqlite")


# ----------------------------------------------------------------------------- every segment is found

_STEM = SnowballStemmer("english")


def brute_force(segments: pd.DataFrame, words: list[str]) -> set[str]:
    """Segments holding every word of ``words`` in some form (same Snowball stem), by a plain scan."""
    want = {_STEM.stem(w.lower()) for w in words}
    found = set()
    for sid, text in zip(segments["segment_id"], segments["text"]):
        have = {_STEM.stem(w.lower()) for w in re.findall(r"[^\W_]+", text)}
        if want <= have:
            found.add(sid)
    return found


def literal(segments: pd.DataFrame, pattern: str) -> set[str]:
    """Segments where the regular expression matches (case-insensitive)."""
    return {sid for sid, text in zip(segments["segment_id"], segments["text"]) if re.search(pattern, text, re.I)}


QUERIES = ["foster carers", "social workers", "agency staff", "children in care", "EHCP", "overspend",
           "high needs", "placement costs", "attendance", "not on track", "Ofsted inspection", "budget"]


def check_every_segment_is_found(processed: Path) -> int:
    segments = pd.read_parquet(processed / "segments.parquet")
    checked = 0
    for query in QUERIES:
        words = query.split()
        hits = ids(find(processed, query))
        assert hits == brute_force(segments, words), query
        # Every segment with the words exactly as typed (whole words, any case) is among them ...
        assert literal(segments, r"(?=.*\b" + r"\b)(?=.*\b".join(map(re.escape, words)) + r"\b)") <= hits, query
        # ... and a quoted phrase finds every segment with the words together, in order.
        phrase = ids(find(processed, f'"{query}"'))
        assert literal(segments, r"\b" + r"\W+".join(map(re.escape, words)) + r"\b") <= phrase <= hits, query
        checked += len(hits)
    return checked


@pytest.fixture(scope="module")
def seeds_processed(tmp_path_factory) -> Path:
    from analysis import corpus, figures, topics

    folder = tmp_path_factory.mktemp("seeds") / "processed"
    raw = Path(__file__).resolve().parents[1] / "data" / "raw"
    corpus.run(raw, folder, scheduler="sync")
    figures.run(raw, folder)
    topics.run(raw, folder, n_topics=6)
    search.build_index(folder)
    return folder


def test_every_seed_segment_with_the_words_is_found(seeds_processed):
    assert check_every_segment_is_found(seeds_processed) > 20


def test_every_segment_is_found_in_another_folder(mixed_corpus, tmp_path):
    from analysis import corpus, figures, topics

    folder = tmp_path / "processed"
    corpus.run(mixed_corpus, folder, scheduler="sync")
    figures.run(mixed_corpus, folder)
    topics.run(mixed_corpus, folder, n_topics=2)
    search.build_index(folder)
    check_every_segment_is_found(folder)
    assert set(find(folder, '"social worker posts"')["council"]) == {"Sampleton District Council"}  # the PDF
    assert set(find(folder, "612")["council"]) == {"Exampleshire County Council"}  # the ModernGov page


# ----------------------------------------------------------------------------- make and the browser


@pytest.fixture(scope="module")
def built(full_build: Path, tmp_path_factory) -> Path:
    """The session's ``make all`` outputs, copied (with their times) so that searches write elsewhere."""
    tmp = tmp_path_factory.mktemp("search-make")
    shutil.copytree(full_build / "processed", tmp / "processed", copy_function=shutil.copy2)
    return tmp


@pytest.mark.slow
def test_make_all_builds_the_index_and_make_search_uses_it(built: Path, full_build: Path):
    assert (built / "processed" / search.INDEX_NAME).exists()
    # other tests may have rerun a stage in the session build since the index was made: bring it up
    # to date once, then a search must not rebuild it
    run_make(built, full_build / "raw", "search-index")
    proc = run_make(built, full_build / "raw", "search", "Q=social workers", "LIMIT=3")
    assert "==> search index" not in proc.stdout  # up to date: not rebuilt
    assert "passages match 'social workers'" in proc.stdout
    page = built / "reports" / "search" / "social-workers.html"
    assert page.exists() and (built / "reports" / "search" / "social-workers.csv").exists()
    proc = run_make(built, full_build / "raw", "search", "Q=vacancies", f"COUNCIL={ADDED_SLUG}", "FROM=2024-01-01")
    # round 30 (r30user): the date filters named as the results page names them, not by their parameter names
    assert "1 passage matches 'vacancies' (council testshire-b-county-b-council, meetings from 2024-01-01)" in proc.stdout


@pytest.mark.slow
def test_make_search_with_a_bad_query_fails_with_one_line(built: Path, full_build: Path):
    proc = run_make(built, full_build / "raw", "search", 'Q="foster carers', check=False)
    assert proc.returncode != 0
    errors = [line for line in proc.stderr.splitlines() if not line.startswith("make")]
    assert errors == [line for line in errors if "unbalanced double quote" in line] and len(errors) == 1
    proc = run_make(built, full_build / "raw", "search", "Q=foster", "FROM=2024-02-30", check=False)
    assert proc.returncode != 0 and "FROM='2024-02-30' is not a date" in proc.stderr


@pytest.mark.slow
def test_make_search_passes_the_query_as_data(built: Path, full_build: Path):
    query = "children's `touch PWNED8` $(shell touch PWNED8) $HOME"
    proc = run_make(built, full_build / "raw", "search", f"Q={query}")
    assert f"match {query!r}" in proc.stdout or f"matches {query!r}" in proc.stdout
    proc = run_make(built, full_build / "raw", "search", "Q=care", "THEME=$(shell touch PWNED8)", "TO=`touch PWNED8`",
                    check=False)
    assert proc.returncode != 0 and "TO='`touch PWNED8`' is not a date" in proc.stderr
    proc = run_make(built, full_build / "raw", "search", "Q=care", "THEME=$(shell touch PWNED8)", check=False)
    assert proc.returncode != 0 and "unknown theme '$(shell touch PWNED8)'" in proc.stderr
    project = Path(search.__file__).parents[2]
    created = list(built.rglob("PWNED8")) + list(project.glob("PWNED8"))
    for p in created:
        p.unlink()  # never leave the injected file in the project
    assert not created, "make or the shell ran a command typed in a query"


@pytest.mark.slow
def test_index_is_rebuilt_only_when_its_tables_change(built: Path, full_build: Path):
    index = built / "processed" / search.INDEX_NAME
    before = index.stat().st_mtime_ns
    proc = run_make(built, full_build / "raw", "search-index")
    assert "==> search index" not in proc.stdout and index.stat().st_mtime_ns == before
    import os

    os.utime(built / "processed" / "topics.parquet")
    proc = run_make(built, full_build / "raw", "search-index")
    assert "==> search index" in proc.stdout


@pytest.mark.slow
@pytest.mark.browser
def test_search_page_renders_in_chromium_with_the_planted_script_as_text(built: Path, full_build: Path, tmp_path: Path):
    from test_browser import browse, chromium

    exe = chromium()
    run_make(built, full_build / "raw", "search", "Q=pasted OR vacancies OR foster*")
    page = built / "reports" / "search" / f"{search.query_slug('pasted OR vacancies OR foster*')}.html"
    proc = browse(exe, tmp_path, "--dump-dom", page.resolve().as_uri())
    dom = proc.stdout
    assert "</html>" in dom, proc.stderr[-2000:]
    title = re.search(r"<title>(.*?)</title>", dom, re.S).group(1)
    assert title.startswith("Search:") and "pwned" not in title
    assert "<script" not in dom.lower()
    assert "&lt;script&gt;document.title='pwned'&lt;/script&gt;" in dom
    assert "javascript:" not in dom and "<mark>" in dom
    assert f'id="council-{ADDED_SLUG}"' in dom
    shot = tmp_path / "search.png"
    browse(exe, tmp_path, f"--screenshot={shot}", "--window-size=1280,1600", page.resolve().as_uri())
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 20_000
