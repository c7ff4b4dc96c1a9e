"""Round 24 (r24phrase): a figure's phrase that is one word naming nothing measured gives way to the next candidate
(see tests/realworld/notes/r24_r24phrase.md). The sentences are written in council style, not copied from a page.
Tests marked "fails on BASE" do (main 89021d0); the guards pass on both.
"""

from __future__ import annotations

import pytest

from figure_rows import one_figure as _fig


# 1. A light noun or a reporting subject alone ("figures show that ...", "an amount of"), a word beside the value
#    ("due to", "the next"), the body that holds the figure ("the council"), a participle ("proposed"): the noun after
#    the value's "of", the count's predicate, the measure named before in the sentence. Fails on BASE.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Officers said the figures show that 40% of the 12% rise seen this year were in primary schools.", "40%",
     "12% rise seen"),
    ("The number of governors should be reduced from six to five due to there being fewer schools.", "five",
     "governors"),
    ("Of the 20 who chose to remain with the council, 7 had opted in to the three year contract.", "7",
     "opted in to the three year contract"),
    ("It was proposed that 90% of the 3-year-old nursery funding would be passed on to settings.", "90%",
     "3-year-old nursery funding"),
])
def test_a_word_alone_that_names_nothing_gives_way(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 2. The light noun with "the" ("the numbers increased from ...") refers back to the measure its "numbers of" named in
#    the sentence before. Fails on BASE.
def test_the_light_noun_refers_back_to_its_measure():
    text = ("The growth in the numbers of pupils excluded from school was reported last term. From 2018 to 2022 the "
            "numbers went up from 40 to 65.")
    assert _fig(text, "40")["indicator"] == "pupils excluded from school"
    text = ("The growth in the numbers of pupils excluded from school was reported last term. Since then the numbers "
            "went up from 40 to 65.")
    assert _fig(text, "40")["indicator"] == "pupils excluded from school"


# Guards (pass on both): a phrase of one word that names something stays; a phrase of several words stays.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The number of EHCPs had risen to 1,200 by March.", "1,200", "EHCPs"),
    ("There were 410 children in care.", "410", "children in care"),
    # (r47phrase) the one word is kept, with the post-modifier written after it (and the infinitive it runs into)
    ("Leeds was one of only two councils across the county not to report an overspend.", "two",
     "councils across the county not to report an overspend"),
    ("Kent also has a percentage of 64, the same as last year.", "64", "percentage"),
])
def test_a_word_that_names_a_measure_stays(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 3. The same within the sentence: "from the current level of N" after "the number of M". Fails on BASE.
def test_the_current_level_refers_back_to_the_number_named_before():
    text = "The plan aims to cut the number of pupils excluded from school by 20, from the current level of 145."
    assert _fig(text, "145")["indicator"] == "pupils excluded from school"


# 4. A phrase read as a clause of saying or deciding ("Schools Forum agreed the ...", "... the council said"): the
#    verb's object, or what was said before who said it (Lambeth, Slough, Wiltshire, Norfolk, Barnsley, South
#    Gloucestershire in the pools). Fails on BASE.
@pytest.mark.parametrize("text, surface, phrase", [
    ("Schools Forum agreed the outline central services budget for 2025/26 at £3.2m.", "£3.2m",
     "outline central services budget for 2025/26"),
    ("Schools Forum AGREED the proposed use of de-delegated funds at 3%.", "3%", "proposed use of de-delegated funds"),
])
def test_the_object_of_a_clause_of_saying_or_deciding(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# 5. The value an infinitive gives its object: "drew attention to the recommendation to set the X at £N", "agreed to
#    set the X at £N" (West Berkshire blind; Slough, Wiltshire pools). Fails on BASE.
@pytest.mark.parametrize("text, surface, phrase", [
    ("John Smith drew attention to the recommendation to set the contingency budget at £150k.", "£150k",
     "contingency budget"),
    ("The panel agreed to set the central services budget at £420k.", "£420k", "central services budget"),
])
def test_the_object_the_infinitive_gives_the_value(text, surface, phrase):
    assert _fig(text, surface)["indicator"] == phrase


# Guard (passes on both): a clause whose verb opens another clause keeps its phrase.
def test_a_decision_to_do_keeps_its_phrase():
    assert _fig("The panel agreed to fund 12 additional places.", "12")["indicator"] == "additional places"

