"""The learnt token reader experiment (round 26, r26tagger): tokens, features, the noun phrase around a word and the
keep-or-replace rule. NOT wired into the figures stage (tests/realworld/notes/r26_r26tagger.md: held out, +0.005 over
today's rules and +0.008 over the first-run rules, against the +0.010 the declared rule asks); these tests keep the
experiment's pieces honest.
"""

from __future__ import annotations

from analysis.evaluation import key_words
from analysis.figures import phrase_reader
from analysis.figures.phrase_reader import decide, noun_phrase, stem, token_features, tokens


def test_not_wired() -> None:
    """No module of the package imports the reader (the stage's figures are untouched)."""
    import pathlib

    src = pathlib.Path(phrase_reader.__file__).resolve().parents[1]
    # (r47dead) by import, not by the name's text: the figures package's module map names the reader as an experiment
    import ast

    def imports_reader(path: pathlib.Path) -> bool:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and ("phrase_reader" in (node.module or "")
                                                     or any(a.name == "phrase_reader" for a in node.names)):
                return True
            if isinstance(node, ast.Import) and any("phrase_reader" in a.name for a in node.names):
                return True
        return False

    users = [p.name for p in src.rglob("*.py") if p.name != "phrase_reader.py" and imports_reader(p)]
    assert users == []


def test_tokens_cut_as_key_words() -> None:
    """The tokens' stems are the key words' stems: a label is the token's stem among the gold phrase's key words."""
    text = "Pupils' attendance in the autumn term"
    stems = {stem(w) for w, _a, _b in tokens(text)}
    assert key_words(text) <= stems


def test_features_skip_the_figure_and_generic_words() -> None:
    s = "The number of pupils excluded was 42 this term."
    a = s.index("42")
    fs = token_features(s, (a, a + 2), "Exclusions", {"pupil"}, "count", False)
    words = [(src, tokens(s if src == "s" else "Exclusions")[i][0]) for src, i, _f in fs]
    assert ("s", "42") not in words and ("s", "number") not in words and ("s", "of") not in words
    assert ("h", "Exclusions") in words
    pupils = next(f for src, i, f in fs if src == "s" and tokens(s)[i][0] == "pupils")
    assert "in_rules=1" in pupils and "verb=1" in pupils and "side=L_1" in pupils


def test_noun_phrase_stops_at_verbs_and_dates() -> None:
    s = "In March 2024 foster carers numbered 120 across the county."
    toks = tokens(s)
    i = [w for w, _a, _b in toks].index("carers")
    a, b = noun_phrase(s, toks, i)
    assert s[a:b] == "foster carers"
    s2 = "Spending on home to school transport rose by 12%."
    toks2 = tokens(s2)
    a, b = noun_phrase(s2, toks2, [w for w, _a, _b in toks2].index("transport"))
    assert s2[a:b] == "home to school transport" or s2[a:b] == "school transport"


def test_decide_keeps_a_right_phrase_and_replaces_a_wrong_one() -> None:
    # a word of the rules' phrase the model believes in: kept, even when another word scores higher
    assert decide([("s", 2, True, 0.55), ("s", 7, False, 0.95)], 0.5) is None
    # the rules' phrase holds no believed word and another word is believed: replaced by that word's phrase
    assert decide([("s", 2, True, 0.10), ("h", 0, False, 0.60), ("s", 7, False, 0.80)], 0.5) == ("s", 7)
    # nothing believed: kept
    assert decide([("s", 2, True, 0.10), ("s", 7, False, 0.40)], 0.5) is None
