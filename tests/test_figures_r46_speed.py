"""(r46speed) Work the figures stage no longer does: the side of an amount of money is read only for a figure that
takes a variance's id (by the rules, or by the learnt reader after the batch), not for every amount
(notes/r46_speed.md)."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import clean, figures
from analysis.figures import extraction, side, stage

DOCS = pd.DataFrame({"doc_id": ["d1"], "council": ["X"], "meeting_date": [None], "title": [None], "committee": [None]})


def _run(text: str) -> pd.DataFrame:
    f, _ = figures.figures_from_segments(clean.segment_text("d1", text), {"d1": text}, DOCS)
    return f


@pytest.fixture
def side_calls(monkeypatch):
    """Every call of the side rule, from the extraction and from the stage."""
    calls: list[str] = []

    def counted(text, start, end, *args):
        calls.append(text[start:end])
        return side.side_of(text, start, end, *args)

    monkeypatch.setattr(extraction, "side_of", counted)
    monkeypatch.setattr(stage, "side_of", counted, raising=False)
    return calls


def test_money_of_no_variance_is_not_read_for_a_side(side_calls, monkeypatch) -> None:
    monkeypatch.setenv("CM_LEARNT_ID", "off")
    f = _run("The council spent £4m on transport, an overspend.\n")
    assert f["surface"].tolist() == ["£4m"] and f["side"].isna().all()
    assert side_calls == []


def test_a_variance_of_the_rules_is_read_for_its_side(side_calls) -> None:
    f = _run("Children's services reported an overspend of £17m.\n")
    assert f[["surface", "indicator_id", "side"]].values.tolist() == [["£17m", "budget_variance", "adverse"]]
    assert side_calls == ["£17m"]


def test_an_amount_the_learnt_reader_makes_a_variance_takes_the_side_its_words_say(side_calls, monkeypatch) -> None:
    # the learnt reader stubbed: it gives every figure left without an id the variance's id
    monkeypatch.setattr(stage.learnt_id, "enabled", lambda: True)
    monkeypatch.setattr(stage.learnt_id, "second_opinion", lambda rows, inds: ["budget_variance"] * len(rows))
    text = "The council spent £4m on transport, an overspend.\n"
    f = _run(text)
    assert f[["surface", "indicator_id", "id_source", "side"]].values.tolist() == [
        ["£4m", "budget_variance", "learnt", "adverse"]]
    assert side_calls == ["£4m"]  # (once, by the stage, after the batch)


def test_a_learnt_variance_in_another_unit_takes_no_side(side_calls, monkeypatch) -> None:
    monkeypatch.setattr(stage.learnt_id, "enabled", lambda: True)
    monkeypatch.setattr(stage.learnt_id, "second_opinion", lambda rows, inds: ["budget_variance"] * len(rows))
    f = _run("The overspend on transport rose by 12% this year.\n")
    assert f["side"].isna().all() and side_calls == []


# ---- the clause of saying (r45phrase): its patterns tried only when the phrase holds a verb of saying ----

def _said_cut_by_patterns_alone(phrase: str):
    """Round 45's :func:`said_clause_cut`, the two patterns tried on every phrase (the reference)."""
    from analysis.figures import phrase_said as ps

    if (t := ps._SAID_TRAIL.match(phrase)) is not None:
        return t.group("rest").strip(ps._QUOTES)
    m = ps._SAID_LEAD.match(phrase)
    if m is None or any(w.lower() in ps._NOT_A_SPEAKER for w in m.group("subj").split()):
        return None
    return m.group("rest").strip(ps._QUOTES)


def test_every_verb_of_saying_holds_one_of_the_parts_looked_for() -> None:
    from analysis.figures import phrase_said as ps
    from analysis.figures.grammar import fold

    verbs = ps._SAY.strip("(?:)").split("|")
    assert verbs == ["say", "says", "said", "told", "show", "shows", "showed"]
    for verb in verbs:
        for written in (verb, verb.upper(), verb.title(), verb.replace("s", "ſ")):
            assert any(part in fold(written) for part in ps._SAY_PARTS), written


def test_a_clause_of_saying_is_cut_as_the_patterns_alone_cut_it() -> None:
    import random

    from analysis.figures.phrase_said import said_clause_cut

    words = ["Senior", "officers", "say", "SAID", "ſaid", "Told", "shows", "showed", "they", "he", "should", "not",
             "last", "year's", "peak", "figure", "annual", ",", ":", "“", "the", "data", "Ms", "Farach", "saying",
             "showing", "sayſ", "İtem", "children", "in", "care"]
    rng = random.Random(46)
    phrases = ["Senior officers say last year's peak", "Ms Farach said", "annual figure, they say",
               "A spokesperson for the council said: figure", "it should say £270K", "children in care", "OFFICERS SAID"]
    phrases += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))).replace(" ,", ",") for _ in range(3000)]
    cut = 0
    for p in phrases:
        got = said_clause_cut(p)
        assert got == _said_cut_by_patterns_alone(p), p
        cut += got is not None
    assert cut > 100  # (the random phrases do hold clauses of saying)
