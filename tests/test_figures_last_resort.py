"""A figure whose every rule left a lone participle or stray word as its indicator ("expected",
"claimed", "costed") takes the subject of its sentence, else the measure named before it, else its
heading (``phrase.last_resort``): the phrase names what is measured, never a verb (issue 11)."""

from __future__ import annotations

import pytest

from analysis import figures
from analysis.evaluation import same_indicator


def _phrase(sentence: str, surface: str) -> str:
    f = figures.extract_figures(sentence)
    rows = f[f["surface"] == surface]
    assert len(rows) == 1, (sentence, f[["surface", "indicator"]])
    return str(rows["indicator"].iloc[0] or "")


@pytest.mark.parametrize(
    "sentence, surface, measure",
    [
        # the count of a list that leaves its noun out: the measure named before
        ("There were currently 78 fostering households, with 13 more expected to be approved by March.", "13",
         "fostering households"),
        ("The service had 40 in-house foster carers, with 6 more expected to be recruited this year.", "6",
         "foster carers"),
        ("There were 112 children on child protection plans, with 9 more expected to be added next month.", "9",
         "child protection plans"),
    ],
)
def test_a_lone_participle_gives_way_to_the_measure_named_before(sentence: str, surface: str, measure: str) -> None:
    phrase = _phrase(sentence, surface)
    assert same_indicator(measure, phrase), phrase
    assert phrase.split()[-1] not in ("expected",), phrase


@pytest.mark.parametrize("phrase", ["expected", "claimed", "costed"])
def test_last_resort_never_keeps_a_participle_when_the_sentence_has_a_subject(phrase: str) -> None:
    from analysis.figures.phrase import last_resort

    text = "Requests for assessment in 2023 were the highest ever received, approx. 39% higher."
    assert last_resort(text, text.index("39%"), 0, "", "", phrase) == ("Requests for assessment in 2023", "own")
    # no subject (a pronoun opens the sentence): the measure before, then the heading, then the phrase as it is
    text = "There were 78 households, with 13 more expected."
    assert last_resort(text, text.index("13"), 0, "fostering households", "Fostering", phrase) == (
        "fostering households", "inherited")
    assert last_resort(text, text.index("13"), 0, "", "Fostering", phrase) == ("Fostering", "own")
    assert last_resort(text, text.index("13"), 0, "", "", phrase) == (phrase, "own")


@pytest.mark.parametrize(
    "sentence, surface, measure",
    [
        ("The service had 40 in-house foster carers.", "40", "in-house foster carers"),
        ("The school reported 12 in-year transfers in the autumn term.", "12", "in-year transfers"),
        ("There were 35 in-house residential beds across the county.", "35", "in-house residential beds"),
        ("The authority has 8 in-borough children's homes.", "8", "in-borough children's homes"),
    ],
)
def test_a_count_before_a_hyphenated_compound_is_named_by_it(sentence: str, surface: str, measure: str) -> None:
    # "in-house" is a word of the noun phrase, not the preposition "in" (which ends the phrase)
    assert _phrase(sentence, surface).startswith(measure)


@pytest.mark.parametrize(
    "sentence, surface, measure",
    [
        # a participle or a hedge before the figure is never its measure
        ("The overall DSG deficit at the end of the year was £3.4m, representing 2.35% of the DSG.", "2.35%",
         "DSG deficit"),
        ("Requests for assessment in 2023 were the highest ever received, approx. 39% higher than 2022.", "39%",
         "requests for assessment"),
        ("Spend on agency staff rose to £2.1m, equating to 12% of the staffing budget.", "12%", "spend on agency staff"),
    ],
)
def test_a_participle_or_hedge_before_the_figure_is_not_its_measure(sentence: str, surface: str, measure: str) -> None:
    phrase = _phrase(sentence, surface)
    assert same_indicator(measure, phrase), phrase
    assert phrase.lower().split()[0] not in ("representing", "approx.", "equating"), phrase


@pytest.mark.parametrize(
    "sentence, surface, measure",
    [
        # a plain noun that names little ("targets") is not a stray word: it stays, never the speaker
        ("John Coleman, Assistant Director - Children & Families presented the performance report to the "
         "Committee who noted that 11 targets were currently on track, with 5 targets not on track.", "11", "targets"),
        ("Jane Smith, Head of Service - Education presented the report and noted that 14 targets were met.", "14",
         "targets"),
        ("The Director - Children's Services introduced the scorecard which showed that 9 measures were green.", "9",
         "measures"),
    ],
)
def test_a_plain_noun_is_kept_not_replaced_by_the_speaker(sentence: str, surface: str, measure: str) -> None:
    phrase = _phrase(sentence, surface)
    assert same_indicator(measure, phrase), phrase
