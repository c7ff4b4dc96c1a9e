"""Round 30, r30stage (issue 13, speed of `make all`): exact shortcuts in the topics stage, and `make all` on two jobs.

* :func:`analysis.topics.procedure_outweighs` and :func:`analysis.topics.opening_item` are memoised per (text,
  codebook object): each equals the function it wraps (``__wrapped__`` of the memo), asked once or again.
* :func:`analysis.topics.terms_named` skips a term one of whose words is not in the text: the same terms as the
  all-positions comparison it had (written out here).
* :meth:`analysis.themes.ThemeModel.proba_content` reads each distinct text once: the same probabilities, bit for
  bit, and the same content flags as reading every text.
* The Makefile's ``JOBS``: ``make`` / ``make all`` run with ``-j$(JOBS)`` (2 by default), other goals as before, and
  a ``-j`` or ``JOBS=`` on the command line wins.

Checked on the seed minutes' lines, the training passages, their headings and lines written to hit every rule
(roll calls, membership lines, section labels, meeting headers).
"""
from __future__ import annotations

import functools
import random
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest

from analysis import themes, topics

ROOT = Path(__file__).resolve().parents[1]

_WRITTEN = [
    "Apologies for absence were received from Councillor Smith.",
    "Apologies for Absence", "Changes to Membership", "Declarations of Interest", "Schools Forum Membership Update",
    "Board Membership and Vacancies", "School Attendance", "Matters arising", "Minutes of the last meeting",
    "The following were in attendance:", "Jean Ellison - Youth Offer Lead",
    "Mrs K, Head teacher of X Academy, was welcomed to the Forum as its newest member.",
    "P was returned as an Academy school representative.", "The academy representative asked about attainment.",
    "Nominations were received for the maintained schools seat.", "- Background", "2. Purpose of the report:",
    "Published 14 February 2022", "Background to the fostering review",
    "Children's Services Overview and Scrutiny Panel - Monday, 23rd September, 2019 10.00 am",
    "Contact: Jo Smith, Democratic Services Officer  Tel: 01234 567890",
    "Dan Barton, Deputy Director – Learning", "· Councillor Helen Hayden, Executive Member for Children and Families",
    "The Scrutiny Committee met to discuss exam results, the Youth Justice Plan and foster carer recruitment.",
    "The Children and Education Scrutiny Sub-Committee met to discuss several key issues, including SEND.",
    "", "   ", "membership membership", "Representative representative seat seats", "New member of the Board",
]


def _seed_lines() -> list[str]:
    lines: list[str] = []
    for p in sorted((ROOT / "data" / "raw").glob("*.txt")):
        lines += [ln for ln in p.read_text(encoding="utf-8").splitlines() if ln.strip()]
    return lines


@pytest.fixture(scope="module")
def codebook() -> topics.Codebook:
    return topics.load_codebook()


@pytest.fixture(scope="module")
def texts() -> list[str]:
    training = themes.load_training()["text"].astype(str).tolist()
    return _WRITTEN + _seed_lines() + training


def test_procedure_outweighs_memo_equals_the_function(codebook, texts):
    plain = [topics._procedure_outweighs.__wrapped__(t, codebook) for t in texts]
    assert [topics.procedure_outweighs(t, codebook) for t in texts] == plain
    assert [topics.procedure_outweighs(t, codebook) for t in texts] == plain  # asked again: from the memo
    assert 50 < sum(plain) < len(plain)  # both answers occur


def test_procedure_outweighs_memo_is_per_codebook(codebook):
    other = topics.parse_codebook({"themes": [{"id": "att", "name": "Attendance", "terms": ["attendance"]}],
                                   "procedure": ["apologies for absence"]})
    text = "Apologies for absence were received."
    assert topics.procedure_outweighs(text, other) is True
    assert topics.procedure_outweighs("Attendance rose.", other) is False
    small = topics.parse_codebook({"themes": [{"id": "att", "name": "Attendance", "terms": ["attendance"]}]})
    assert topics.procedure_outweighs(text, small) is False  # no procedure phrases in this codebook


def test_opening_item_memo_equals_the_function(codebook, texts):
    headings = _WRITTEN + [t for t in texts if len(t) < 80]
    plain = [topics._opening_item.__wrapped__(h, codebook) for h in headings]
    assert [topics.opening_item(h, codebook) for h in headings] == plain
    assert [topics.opening_item(h, codebook) for h in headings] == plain
    assert sum(plain) >= 5


def _terms_named_before(text: str, terms: tuple[topics.Term, ...]) -> list[topics.Term]:
    """terms_named as it was before r30stage (every position of every term compared).

    Before r30stage a term was named when ``any(tuple(forms[i:i + n]) == t.forms for i in range(len(forms)))``
    (``n = len(t.forms)``). That is membership of ``t.forms`` in the set of those slices, one set per length
    (:func:`_slices`, kept per text): the same answer for every term, the term of no words included (named
    when the text has a word), computed once per text and length instead of once per term (r37ci: the test
    took 36 s, 85% of it here).
    """
    return [t for t in terms if t.forms in _slices(text, len(t.forms))]


@functools.lru_cache(maxsize=None)
def _slices(text: str, n: int) -> frozenset[tuple[str, ...]]:
    """``{tuple(forms[i:i + n]) for i in range(len(forms))}`` of the text's singular word forms."""
    forms = [topics.singular(w.lower) for w in topics.words(text)]
    return frozenset(tuple(forms[i:i + n]) for i in range(len(forms)))


def test_terms_named_gate_gives_the_same_terms(codebook, texts):
    lists = [codebook.opening_items, codebook.seats, codebook.labels, codebook.procedure, codebook.neutral,
             tuple(t for th in codebook.themes for t in th.terms)]
    rng = random.Random(30)
    extra = []
    for terms in lists:  # lines naming the terms, alone, repeated, in other words' company, split apart
        for t in terms:
            extra += [t.text, f"The {t.text} and the {t.text}.", t.text.upper(), f"{t.text}s were noted",
                      " and ".join(t.text.split()), " ".join(reversed(t.text.split()))]
    sample = texts + extra + [" ".join(rng.sample(extra, 3)) for _ in range(500)]
    hits = 0
    for terms in lists:
        for text in sample:
            got = topics.terms_named(text, terms)
            assert got == _terms_named_before(text, terms), (text, [t.text for t in got])
            hits += bool(got)
    assert hits > 1000


def test_terms_named_with_a_term_of_no_words():
    empty = topics.Term("", (), (), False)
    for text in ("", "Apologies", "two words"):
        assert topics.terms_named(text, (empty,)) == _terms_named_before(text, (empty,))


def test_proba_content_of_repeated_texts_equals_reading_each(codebook, texts):
    model = themes.default_model(codebook)
    rng = random.Random(7)
    uniq = list(dict.fromkeys(" ".join(t.split()) for t in texts))
    picked = [rng.choice(uniq) for _ in range(3 * len(uniq))] + uniq
    rng.shuffle(picked)
    spaced = [t.replace(" ", "  ", 1) if i % 5 == 0 else t for i, t in enumerate(picked)]  # same text once normalised
    P, content = model.proba_content(spaced)
    P_u, content_u = model._proba_content(uniq)
    rows = [uniq.index(t) for t in picked[:300]]
    assert np.array_equal(P[:300], P_u[rows])  # bit for bit
    assert content[:300] == [content_u[i] for i in rows]
    pos = {t: i for i, t in enumerate(uniq)}
    every = [pos[t] for t in picked]
    assert np.array_equal(P, P_u[every]) and content == [content_u[i] for i in every]
    assert all(type(c) is bool for c in content)


def test_proba_content_row_by_row_equals_the_batch(codebook):
    """What the shortcut rests on: a text's row does not depend on the other texts read with it."""
    model = themes.default_model(codebook)
    lines = list(dict.fromkeys(" ".join(t.split()) for t in _seed_lines()))[:400]
    P, content = model._proba_content(lines)
    for i in range(0, len(lines), 37):
        p1, c1 = model._proba_content([lines[i]])
        assert np.array_equal(p1[0], P[i]) and c1[0] == content[i]
    half, c_half = model._proba_content(lines[::2])
    assert np.array_equal(half, P[::2]) and c_half == content[::2]


def test_code_segments_equal_with_and_without_repeated_texts(codebook):
    """The theme coder codes a segment the same whether its text is repeated elsewhere in the table or not."""
    lines = _seed_lines()[:300]
    frame = pd_frame(lines)
    once = [m.theme for m in themes.code_segments(frame, None, codebook)]
    doubled = pd_frame(lines + lines, docs=2)
    twice = [m.theme for m in themes.code_segments(doubled, None, codebook)]
    assert twice == once + once


def pd_frame(lines: list[str], docs: int = 1):
    import pandas as pd

    n = len(lines) // docs
    return pd.DataFrame({"doc_id": [f"d{i // n}" for i in range(len(lines))], "seq": [i % n for i in range(len(lines))],
                         "kind": ["paragraph"] * len(lines), "heading": [None] * len(lines), "text": lines})


# ---------------------------------------------------------------------------------------------- make all's jobs

def _jobs_block() -> str:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    m = re.search(r"^JOBS \?= 2\n(?:.*\n){0,4}?endif\n", text, flags=re.M)
    assert m is not None, "the Makefile sets JOBS ?= 2 and adds -j$(JOBS) to MAKEFLAGS for make all"
    return m.group(0)


@pytest.mark.skipif(shutil.which("make") is None, reason="needs GNU make")
@pytest.mark.parametrize("args, jobs", [((), "2"), (("all",), "2"), (("JOBS=1", "all"), "1"), (("-j3", "all"), "3"),
                                        (("JOBS=4",), "4"), (("clean", "all"), None), (("clean",), None)])
def test_make_all_runs_on_jobs(tmp_path, args, jobs):
    """The Makefile's block, in a makefile whose recipes print the -j they run under."""
    (tmp_path / "Makefile").write_text(_jobs_block() + ".DEFAULT_GOAL := all\nall clean:\n\t@echo 'flags: $(MAKEFLAGS)'\n",
                                       encoding="utf-8")
    out = subprocess.run(["make", "-s", "-C", str(tmp_path), *args], capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin"}).stdout
    found = re.findall(r"-j(\d+)", out)
    assert (found[0] if found else None) == jobs, out


# ---------------------------------------------------------------------------------------------- compare's gate

def test_track_gate_lets_through_every_text_the_patterns_match(texts):
    from analysis import compare

    phrases = ["not on track", "not yet on target", "off-track", "off  target", "below the target", "behind its target",
               "not meeting the target", "missed its target", "worse than target", "on track", "above target",
               "exceeded the target", "achieving its target", "better than target", "met target"]
    spellings = []
    for p in phrases:
        spellings += [p, p.upper(), p.title(), f"Performance was {p} in Q3.", p.replace("k", "\u212a"),
                      p.replace("K", "\u212a").upper().replace("K", "\u212a")]
    sample = texts + spellings + ["TRACK", "Target", "tracking", "untargeted", "The plan is on\ntrack."]
    matched = 0
    for t in sample:
        hit = bool(compare.OFF_TRACK.search(t) or compare.ON_TRACK.search(t))
        matched += hit
        assert compare._may_track(t) or not hit, t
    assert matched > len(spellings) // 2
    assert not compare._may_track("Referrals rose by 12% in the year.")


def test_track_statements_unchanged_by_the_gate(texts, monkeypatch):
    import pandas as pd

    from analysis import compare

    lines = texts[:1500] + ["Performance was not on track. Referrals rose.", "Timeliness exceeded the target in Q3."]
    seg = pd.DataFrame({"council_slug": "c", "doc_id": [f"d{i:05d}" for i in range(len(lines))],
                        "segment_id": [f"d{i:05d}:0" for i in range(len(lines))], "theme": "other", "text": lines,
                        "raw_start": 0, "raw_end": [len(t) for t in lines]})
    gated = compare.track_statements(seg)
    monkeypatch.setattr(compare, "_may_track", lambda text, rules=None: True)  # (r35twins: it takes the rules)
    assert gated.equals(compare.track_statements(seg)) and len(gated) >= 2
