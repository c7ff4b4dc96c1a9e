"""Round 21, helper r21count: ids of counted children and SEND figures decided from what the figure counts, as a class
(tables in tests/realworld/notes/r21_r21count.md).

Every phrasing was written for the test in council style (not copied from a page). Every ``test_*`` marked "fails on
d39083f" fails on main's code at d39083f; the guards beside them pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from figure_rows import stage_ids


# 1. The counted noun is the sentence's subject, "the number of <X>", and the figure comes in a later clause whose own
#    phrase only repeats words of X ("... when 95 children entered", "..., with 120 this year"): Barnsley (entrants to
#    care), St Helens (new child protection plans), Southampton (pupils with EHC plans); Southend's (children taken into
#    care) already had its id. Fails on d39083f: no id.
@pytest.mark.parametrize(
    "text, surface, indicator_id",
    [
        ("The number of children entering care in the county has risen every year since 2019, when 95 children entered.",
         "95", "children_in_care"),
        ("The annual report shows a drop in the number of children who were recorded as having been made the subject of a "
         "child protection plan, with 140 this year compared to 210 the year before.", "140", "child_protection_plans"),
        ("Since 2015 the number of pupils with EHC plans has increased from 700 pupils to 1400 pupils.", "1400", "ehcp_count"),
    ],
)
def test_a_count_of_the_number_said_before_takes_its_id(tmp_path: Path, text: str, surface: str, indicator_id: str) -> None:
    assert stage_ids(tmp_path, [text])[surface] == indicator_id


@pytest.mark.parametrize(
    "text, surface",
    [
        # a part named between the number and the figure
        ("The number of children in care rose to 400 this year, of whom 40 children were placed with relatives.", "40"),
        # another noun counted in a later clause
        ("The number of children in care rose last year, and 30 pupils were excluded from school.", "30"),
    ],
)
def test_a_count_the_number_said_before_does_not_name(tmp_path: Path, text: str, surface: str) -> None:
    assert stage_ids(tmp_path, [text]).get(surface) in (None, "", "exclusions")


def test_a_count_of_another_number_does_not_inherit_the_id_before(tmp_path: Path) -> None:
    # the count before (child protection plans, now given) must not pass its id to the next paragraph's other number
    ids = stage_ids(tmp_path, [
        "There was a fall in the number of children who became subject to a child protection plan, with 120 this year.",
        "There has been a 15 per cent reduction in the number of open social care cases, with 1,420, down from 1,670.",
    ])
    assert ids["120"] == "child_protection_plans"
    assert not ids.get("1,420") and not ids.get("1,670")


# 2. A share that measures another SEND process than new plans within 20 weeks, or a grade: Derby (annual reviews within
#    12 months, said after the EHC plans' 20 weeks in one sentence), Birmingham (phase transfers completed in time),
#    Hertfordshire (plans audited judged good or outstanding, the 20 weeks in the paragraph before): 3 councils, 5
#    figures. Fails on d39083f: ehcp_timeliness.
@pytest.mark.parametrize(
    "paragraphs, surface",
    [
        (["The report says only 30 per cent of EHC plans were issued within the 20-week limit and only 45 per cent of annual "
          "reviews were held within 12 months."], "45 per cent"),
        (["SEND services were reviewed by the commissioner.",
          "Phase transfers from infant to junior school were completed 92% in time last year."], "92%"),
        (["Half of the new EHC plans were issued within 20 weeks in the quarter.",
          "Audits of new plans showed improvement, with 41% audited judged as good or outstanding."], "41%"),
    ],
)
def test_a_share_of_another_send_process_is_not_timeliness(tmp_path: Path, paragraphs: list[str], surface: str) -> None:
    assert stage_ids(tmp_path, paragraphs).get(surface) in (None, "")


def test_the_plans_within_20_weeks_keep_the_id(tmp_path: Path) -> None:
    ids = stage_ids(tmp_path, ["The report says only 30 per cent of EHC plans were issued within the 20-week limit and only "
                               "45 per cent of annual reviews were held within 12 months."])
    assert ids["30 per cent"] == "ehcp_timeliness"


# 3. New or prospective carers named with words between the adjective and the carers: a flow or a target, not the
#    carers. The class (new, additional, newly approved carers: the foster_carers `except` list, Cumberland's joiners,
#    Hartlepool's new mainstream carers) rests on several councils; the form with words between is Knowsley's alone.
#    Fails on d39083f: foster_carers.
def test_new_carers_with_words_between_are_not_the_carers(tmp_path: Path) -> None:
    ids = stage_ids(tmp_path, ["The campaign aims to recruit 250 new in-house fostering households across the region."])
    assert ids.get("250") in (None, "")


def test_approved_carers_keep_the_id(tmp_path: Path) -> None:
    ids = stage_ids(tmp_path, ["The council currently has 210 approved fostering households."])
    assert ids["210"] == "foster_carers"


# 4. The children carers look after are a part of those in care (by with whom they live, like "living with foster
#    families"): the passive "looked after by relatives" and the carers' verb "(carers ...) look after N children". The
#    convention rests on Sefton ("households caring for N children": none), South Tyneside ("foster carers are looking
#    after"), Nottinghamshire (carers approved to look after); the two new forms are Calderdale's alone. A list of every
#    kind of carer ("by relatives, foster families or in residential homes", Cambridgeshire) stays the whole.
#    Fails on d39083f: children_in_care.
@pytest.mark.parametrize(
    "text, surface",
    [
        ("Another 35 children are looked after by their relatives.", "35"),
        ("The service has 70 foster carers who are paid a weekly allowance and look after 120 children.", "120"),
    ],
)
def test_the_children_carers_look_after_are_a_part(tmp_path: Path, text: str, surface: str) -> None:
    assert stage_ids(tmp_path, [text]).get(surface) in (None, "")


@pytest.mark.parametrize(
    "text, surface",
    [
        ("More than 400 youngsters are being looked after by relatives, foster families or in residential homes.", "400"),
        ("The council looks after 420 children.", "420"),
    ],
)
def test_the_whole_in_care_keeps_the_id(tmp_path: Path, text: str, surface: str) -> None:
    assert stage_ids(tmp_path, [text])[surface] == "children_in_care"
