"""(r21tidy) Vocabularies written once, the same patterns; the research scripts' shared pool toolkit.

- :mod:`analysis.vocab` holds the month names, their short forms and the seasons; clean, topics and the figures
  modules build their patterns and word sets from it. Each built pattern is checked here against its text at d39083f.
- ``reference._NATIONAL`` and ``reference._BENCH_PLACE`` share the country's place words; ``_NATIONAL``'s text is d39083f's
  (``_BENCH_PLACE``'s "nationally" took ``_NATIONAL``'s test in round 22, r22split).
- ``scripts/pooltools.py``: the steps rounds 16-20 copied into each round's folder and each pool's ``work/``.
"""

from __future__ import annotations

import csv
import importlib.util
import re
import sys
from pathlib import Path

import pytest

from analysis import clean, topics, vocab
from analysis.figures import context, grammar, indicators, kinds, phrase, phrase_chooser, reference

ROOT = Path(__file__).resolve().parents[1]

_OLD_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_OLD_LOWER = _OLD_MONTHS.lower()
_OLD_NATIONAL = (r"(?:national(?!\s+(?:insurance|living|minimum|transfer|funding|lottery|health|grid|trust|curriculum|o"
              r"ffer|archives?|portal|guidance|guidelines|policy|policies|framework|schemes?|programmes?|strategy|st"
              r"andards?|service|team|network|association|conference|awards?|day|week|college|careers|citizen|tutori"
              r"ng|apprenticeships?|youth|probation|panel|review|body|agency|agencies|audit|survey|leader|media|pres"
              r"s|news|concerns?|shortages?|crisis|debate|issues?|context|campaign|reforms?|changes?))|nationally(?!"
              r"\s+(?:recognised|recognized|accredited|agreed|funded))|england(?:['’]s)?(?:\s+as\s+a\s+whole)?|engli"
              r"sh|across\s+the\s+country|the\s+country\s+as\s+a\s+whole|nationwide|(?:across|in)\s+the\s+uk)")


def test_month_names_are_one_definition():
    assert "|".join(vocab.MONTH_NAMES) == _OLD_MONTHS == vocab.month_alternation()
    assert vocab.month_alternation(upper=True) == _OLD_MONTHS.upper()
    assert vocab.month_alternation(lower=True, start=4) == (
        "april|may|june|july|august|september|october|november|december|january|february|march")
    assert clean._MONTHS == topics._MONTHS == _OLD_MONTHS
    assert reference._MONTH == _OLD_LOWER


def test_built_patterns_keep_their_text():
    assert grammar.MONTHS == (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
                              r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?)")
    assert kinds._MONTH_NAMES == tuple(_OLD_LOWER.split("|")) + ("sept",)
    assert kinds._SEASON_TAILS == ("Spring", "Summer", "Autumn", "Winter")
    assert kinds._MONTH_TAILS == tuple(_OLD_MONTHS.split("|") + [
        a + dot for a in "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split() for dot in ("", ".")])
    assert kinds._MARKER_DATE_RIGHT.pattern == (r"^ (?:(?:Spring|Summer|Autumn|Winter|" + _OLD_MONTHS
                                                + r")\s+(?:19|20)\d\d(?!\d)|(?:19|20)\d\d(?=[A-Z][a-z]))")
    assert kinds._CAPS_MONTH_GLUED.pattern == "^(?:" + _OLD_MONTHS.upper() + r")[ \t\xa0,]*(?:19|20)\d\d(?!\d)"
    assert phrase_chooser._MONTHS == set(_OLD_LOWER.split("|")) | set("jan feb mar apr jun jul aug sep sept oct nov dec".split())
    assert context.SINCE_NOT_TIME == (r"ince\b(?!\s+(?:(?:the\s+)?(?:start|beginning|end)\s+of\b|" + _OLD_LOWER
                                      + r"|\d{4}\b|last\s+(?:year|month|term|april|september)\b))")
    # (phrase.py and indicators.py are edited by others this round: only that they name the months from vocab)
    assert "|" + _OLD_LOWER + r")\b" in phrase._TIME_WORD.pattern
    assert set(_OLD_LOWER.split("|")) <= indicators._OPEN_WORDS and set(_OLD_LOWER.split("|")) <= indicators._PLANS_ONLY_WORDS


def test_national_and_bench_place_share_words_and_keep_their_text():
    from analysis.figures.rules import load_rules

    # (r23rules) the patterns are built from the rules object's words (reference.benchmarks), not at import
    nationally = reference.nationally_regex(load_rules().not_after_nationally)
    national = reference._national_regex(nationally)
    assert national == _OLD_NATIONAL
    bp = reference.rule_benchmarks(load_rules())
    assert bp.place.pattern == (  # (round 22, r22split: its "nationally" is _NATIONAL's)
        rf"\b(?:{nationally}|regionally|nationwide|(?:in|across|throughout)\s+(?:the\s+)?(?:country|uk|"
        rf"{reference.regional_regex(reference.part_nouns(load_rules()))}|{national}))\b")
    place = bp.place
    assert place.search("as seen nationally recognised") is None and place.search("62 nationally").group(0) == "nationally"
    assert place.search("up 4% across the UK").group(0) == "across the UK"
    assert place.search("the national team") is None
    nat = re.compile(rf"\b{national}\b", re.I)
    assert nat.search("nationally recognised") is None and nat.search("figures nationwide").group(0) == "nationwide"


# ---- scripts/pooltools.py

def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def pt():
    return _load("pooltools")


def test_span_key_context_and_norms(pt):
    assert pt.span_key({"doc_id": "d", "raw_start": "4", "raw_end": ""}) == ("d", 4, -1)
    assert pt.context("ab\ncdefgh", 3, 5, w=4) == "ab\u23ce[[cd]]ef"
    assert pt.url_norm("HTTPS://www.Example.org/a/(S(abc123))/page/") == "example.org/a/page"
    assert pt.url_tails("https://x.org/meetings/ieListDocuments.aspx?MId=1") == {
        "x.org/meetings/ielistdocuments.aspx?mid=1", "ielistdocuments.aspx?mid=1"}
    assert pt.council_norm("London Borough of Sutton") == pt.council_norm("Sutton Council") == "sutton"


def _tiny_pool(root: Path) -> Path:
    pool = root / "tests/realworld/pools/r99/r99freshA"
    (pool / "raw").mkdir(parents=True)
    (pool / "work" / "first_run").mkdir(parents=True)
    (pool / "raw" / "page_1.txt").write_text("There were 412 children in care and 30 foster carers.", encoding="utf-8")
    (pool / "raw" / "manifest.csv").write_text("file,council,source_url\npage_1.txt,Somewhere,https://example.org/1\n",
                                               encoding="utf-8")
    (pool / "work" / "first_run" / "figures.csv").write_text(
        "doc_id,raw_start,raw_end,surface,value,unit,indicator,indicator_id,id_source\n"
        "page_1,11,14,412,412,count,children in care,children_in_care,rules\n", encoding="utf-8")
    (pool / "work" / "judge.py").write_text(
        "J = {'page_1:11': (1, 1, '', 'children in care', 'children_in_care')}\n"
        "MISSED = [('page_1', 36, 38, '30', 'foster carers', 'foster_carers')]\n", encoding="utf-8")
    return pool


def test_make_judged_and_errors(pt, tmp_path):
    pool = _tiny_pool(tmp_path)
    out = tmp_path / "judged.csv"
    pt.make_judged(pool, out)
    rows = list(csv.DictReader(open(out, encoding="utf-8")))
    assert [(r["raw_start"], r["is_figure"], r["pred_indicator"], r["reader_id"]) for r in rows] == [
        ("11", "1", "children in care", "children_in_care"), ("36", "1", "", "foster_carers")]
    assert list(rows[0]) == pt.JUDGED_COLUMNS
    out.replace(pool / "judged.csv")
    figs = [{"doc_id": "page_1", "raw_start": "11", "raw_end": "14", "surface": "412"}]
    assert pt.pool_errors(pool, figs) == [("MISSED", "page_1", 36, 38, "")]
    assert pt.council_map(pool) == {"page_1": "Somewhere"}


def test_used_skips_this_pool_and_finds_a_tail(pt, tmp_path, monkeypatch, capsys):
    rw = tmp_path / "realworld"
    (rw / "pools/r99/r99freshA").mkdir(parents=True)
    (rw / "pools/r98").mkdir(parents=True)
    (rw / "pools/r99/r99freshA/manifest.csv").write_text("file,council,source_url\na.txt,X,https://mine.org/p\n")
    (rw / "pools/r98/manifest.csv").write_text("file,council,source_url\na.txt,X,https://old.org/q\n")
    (rw / "pools/r98/NOTES.md").write_text("seen at host/ieListDocuments.aspx?CId=9 before")
    real_glob = pt.glob.glob
    monkeypatch.setattr(pt.glob, "glob", lambda p, recursive=False: [] if p.startswith("/work/staging") else real_glob(p, recursive=recursive))
    code = pt.used(str(rw), "/r99/r99freshA/", ["https://mine.org/p", "http://www.old.org/q/", "https://a.gov/ieListDocuments.aspx?CId=9"])
    assert code == 1
    assert capsys.readouterr().out.split("\n")[:3] == ["new  https://mine.org/p", "USED http://www.old.org/q/",
                                                       "USED https://a.gov/ieListDocuments.aspx?CId=9"]


def test_figure_at_matches_a_judged_start():
    lr = _load("learnt_id_rows")
    figs = [{"raw_start": 3, "raw_end": 9}, {"raw_start": 5, "raw_end": 7}]
    assert lr.figure_at(figs, 5) is figs[1] and lr.figure_at(figs, 4) is figs[0] and lr.figure_at(figs, 9) is None
