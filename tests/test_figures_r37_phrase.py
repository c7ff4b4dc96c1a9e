"""Round 37 (r37phrase): two causes of a phrase that shares no word with what is measured (see
tests/realworld/notes/r37_phrase.md).

a. An acronym the document writes out ("the Minimum Funding Guarantee (MFG)") that a later figure's phrase names alone
   ("a -0.5% MFG" -> "MFG"): the phrase is given the words the document wrote, the acronym kept in brackets
   (`phrase_acronyms.acronyms_defined` / `acronyms_written_out`, applied once per document by the stage). Seen at West
   Berkshire (two sets), Southampton (open sets); fires at 13 councils of the open sets.
b. An amount whose phrase names no measure (the subject that finds it, a light noun, an adjective) followed by an
   infinitive of purpose ("set aside up to £200,000 a year to pay for such adaptations", "an amount of £6,000, to
   support this approach", "a staggering £7.23m a year to support the children"): "money to <verb> <object>"
   (`phrase_money.purpose_after_amount`). Seen at Swindon, Redbridge, Oxfordshire (open sets).

The sentences are written for the test, not copied from a page. Tests marked "fails on BASE" do (b6a7dca6); the
guards pass on both.
"""

from __future__ import annotations

import pytest

from analysis.figures.phrase import acronyms_defined, acronyms_written_out, purpose_after_amount
from figure_rows import stage_phrase as _phrase


# Fails on BASE: the phrase was the acronym alone.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The Forum discussed the Minimum Funding Guarantee (MFG) for next year. Option 1 included a -0.5% MFG and a cap "
     "on gains.", "-0.5%", "Minimum Funding Guarantee (MFG)"),
    ("Members approved the expansion from an Approved Pupil Number (APN) of 178 to an APN of 212.", "212",
     "Approved Pupil Number (APN)"),
])
def test_acronym_written_out_as_the_document_wrote_it(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): an acronym the document never writes out stays as it is; a phrase already holding the long
# form is not written out twice.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The Forum discussed the cap on gains. Option 1 included a -0.5% MFG and a cap on gains.", "-0.5%", "MFG"),
    ("The number of Education Health and Care Plans (EHCPs) had risen to 1026 this year.", "1026",
     "Education Health and Care Plans (EHCPs)"),
])
def test_acronym_left_alone(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


def test_acronyms_defined_needs_the_initials_to_spell_it():
    d = acronyms_defined("the Children in Need (CiN) plans; the total budget (TB); a new plan (EHCP); the cost (X)")
    assert d == {"CiN": "Children in Need", "TB": "total budget"}
    assert acronyms_written_out("TB overspend and CiN plans", d) == "total budget (TB) overspend and Children in Need (CiN) plans"
    assert acronyms_written_out("EHCP's issued", {"EHCP": "Education Health and Care Plan"}) == "EHCP's issued"


# Fails on BASE: the phrase was the subject ("council"), a light noun ("amount") or an adjective ("staggering").
@pytest.mark.parametrize("text, surface, phrase", [
    ("The council will borrow to be able to set aside up to £150,000 a year to pay for such home adaptations.", "£150,000",
     "money to pay for such home adaptations"),
    ("Schools receive delegated funding, including an amount of £4,000, to support pupils with SEND.", "£4,000",
     "money to support pupils with SEND"),
    ("The borough has to find a staggering £5.1m a year to support the 40 children placed in residential homes.",
     "£5.1m", "money to support children placed in residential homes"),
])
def test_purpose_after_amount(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


# Guards (pass on both): an amount whose phrase names its measure keeps it; no infinitive of purpose, no change.
@pytest.mark.parametrize("text, surface, phrase", [
    ("The high needs block overspend of £2.3m will be used to support the recovery plan.", "£2.3m",
     "high needs block overspend"),
    ("The council has set aside £3m for new foster carers.", "£3m", "new foster carers"),
])
def test_purpose_guards(tmp_path, text, surface, phrase):
    assert _phrase(tmp_path, text, surface) == phrase


def test_purpose_after_amount_reads_only_an_infinitive_of_purpose():
    assert purpose_after_amount(" every year, to fund the holiday activities programme.") == \
        "money to fund holiday activities programme"
    assert purpose_after_amount(" was agreed by the Forum.") == ""
    assert purpose_after_amount(" to support it.") == ""


def test_a_persons_initials_are_not_written_into_a_phrase() -> None:
    """(lead, round 37) Attendance and apologies lists give people's initials in brackets ("Lisa Adams (LA)"); a
    phrase's "LA" must not become a person's name, while the page's own "Local Authority (LA)" still writes it out."""
    from analysis.figures.phrase_acronyms import acronyms_defined, acronyms_written_out

    people = ("Present: Cllr Jo Bloggs (JB) (Chair) / Lisa Adams (LA) / Harry Roe (HR).\n"
              "Apologies were received from Julia Thomas (JT), Russell Ayling (RA) and Tom Austin (TA).\n"
              "The number of LA maintained schools was 40.")
    defined = acronyms_defined(people)
    assert not {"JB", "LA", "HR", "JT", "RA", "TA"} & set(defined)
    assert acronyms_written_out("LA maintained schools", defined) == "LA maintained schools"
    council = "The Local Authority (LA) maintains 40 schools. Lisa Adams (LA) / Harry Roe (HR) attended."
    assert acronyms_defined(council) == {"LA": "Local Authority"}
