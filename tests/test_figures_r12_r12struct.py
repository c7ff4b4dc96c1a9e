"""Round 12, r12struct: the measure a page's layout names for figures standing on lines of their own (freedom-of-
information answers, yearly lists, flattened tables), not said in the figure's own sentence. Pages written in council
style (none copied from a page); every positive fails on 7072458 (the value line's figure had no phrase, or a unit's
residue such as "ill" from "£239.5mill"); the guards pass on both.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from figure_rows import stage_phrases

from analysis.figures.layout import label_of_value, measure_of_line, row_label, value_line, whole_of_which


def _stage(tmp_path: Path, text: str) -> dict[str, tuple[str | None, str | None]]:
    """{surface: (indicator, indicator_id)} of the figures the clean and figures stages find in one page ``text``."""
    return stage_phrases(tmp_path, text)


# 1. A run of lines "<period>: <value>" under the line that names what they measure: a freedom-of-information question
#    ("What is your annual spend on ...?", "How many ... were ...?", "Please state the number of ...?"), a label counting
#    something ("Number of ..."), a place with its measure in brackets, a list's opening ("Total ...:"). Each value
#    takes that measure with its own period. (Seen in Wokingham's two FOI answers, Norfolk's yearly lists, Blackpool's
#    yearly list.) Fails on 7072458: no phrase (or "ill").
@pytest.mark.parametrize("page, surface, expected", [
    ("Request 4412\n\n3. What is your annual spend on agency social workers?\n• 2020/21: 412,300\n• 2021/22: 509,870\n",
     "509,870", "annual spend on agency social workers, 2021/22"),
    ("Request 4412\n\n3. What is your annual spend on agency social workers?\n• 2020/21: 412,300\n• 2021/22: 509,870\n",
     "412,300", "annual spend on agency social workers, 2020/21"),
    ("Your request\n\n2. How many children were placed in residential care in each of the last three years?\n2021-22: 41\n"
     "2022-23: 47\n", "47", "children placed in residential care, 2022-23"),
    ("Our response\n\nPlease state the number of pupils electively home educated in these years?\n2022/23: 388\n"
     "2023/24: 431\n", "431", "pupils electively home educated, 2023/24"),
    ("The figures\n\nNumber of children subject to a child protection plan\n\n2022 - 310\n\n2023 - 287\n",
     "287", "children subject to a child protection plan, 2023"),
    ("Northvale (Number of children in care)\n\n2021 - 512\n\n2022 - 534\n", "534", "children in care, 2022"),
    ("The numbers:\n\nTotal high needs spend:\n\n2022/23- £41.2mill\n\n2023/24- £44.9mill\n", "£44.9m",
     "Total high needs spend, 2023/24"),
    ("Response\n\nHow much did the council spend on home to school transport for pupils with SEND?\n\n2022/23: £8.4m\n",
     "£8.4m", "spending on home to school transport for pupils with SEND, 2022/23"),
])
def test_a_value_on_a_period_line_takes_the_measure_of_the_line_above(tmp_path, page, surface, expected):
    assert _stage(tmp_path, page)[surface][0] == expected


# 2. A share and its count in brackets on a period line ("2023- 48.1% (702)"): both take the measure; the count is the
#    share's part, not the whole the measure's id counts (no id). Fails on 7072458 for the phrases.
def test_a_count_in_brackets_after_a_share_on_a_period_line_is_its_part(tmp_path):
    got = _stage(tmp_path, "The numbers:\n\nNumber of EHC plans not issued within 20 weeks\n\n2023- 48.1% (702)\n\n"
                           "2024- 39.5% (655)\n")
    assert got["702"] == ("EHC plans not issued within 20 weeks, 2023", None)
    assert got["39.5%"][0] == "EHC plans not issued within 20 weeks, 2024"


# 3. A flattened table under a list's opening: row labels, each followed by its cell ("Two-year-olds |", "£6.12 |"):
#    the cell measures the opening's measure for its row (Wiltshire's early years rates). Fails on 7072458: no phrase.
@pytest.mark.parametrize("surface, expected", [
    ("£6.12", "hourly rates for early years providers: Two-year-olds"),
    ("£5.38", "hourly rates for early years providers: Three and four-year-olds (universal entitlement)"),
])
def test_a_cell_takes_its_row_label_under_a_list_opening(tmp_path, surface, expected):
    page = ("Resolved\n\nTo approve the following hourly rates for early years providers:\n\n|\n\nTwo-year-olds |\n\n£6.12 |\n\n|\n\n"
            "Three and four-year-olds (universal entitlement) |\n\n£5.38 |\n")
    assert _stage(tmp_path, page)[surface][0] == expected


# 4. A label and its one value under the line naming the measure: an FOI question's breakdown ("How many foster carers
#    do you need to recruit this year?" then "Households - 12"), a whole broken down ("There were 450 children in care,
#    of which:" then "Foster care - 320"), a list's opening with its copula ("The number of children in care was:" then
#    "March 2024 - 472"). The label is a part of the measure: "<label> (of <measure>)", no id (Wokingham's FOI answer).
#    Fails on 7072458: the phrase was the label alone ("Households"), or none.
@pytest.mark.parametrize("page, surface, expected", [
    ("Your request\n\n2. How many foster carers do you need to recruit this year?\n\nHouseholds - 12\n\nCarers - 20\n",
     "12", ("Households (of foster carers you need to recruit this year)", None)),
    ("Your request\n\n2. How many foster carers do you need to recruit this year?\n\nHouseholds - 12\n\nCarers - 20\n",
     "20", ("Carers (of foster carers you need to recruit this year)", None)),
    ("Placements\n\nThere were 450 children in care at the end of March, of which:\n\n• Foster care – 320\n\n"
     "• Residential – 45\n", "45", ("Residential (of children in care at the end of March)", None)),
    ("Placements\n\nOf the 96 EHC plans issued in the quarter:\n\nMainstream schools: 51\n\nSpecial schools: 38\n", "38",
     ("Special schools (of EHC plans issued in the quarter)", None)),
    ("Headlines\n\nThe number of children in care was:\n\n• March 2023 - 450\n\n• March 2024 - 472\n", "472",
     ("children in care, March 2024", "children_in_care")),
])
def test_a_label_and_its_value_under_a_measure_is_a_part_of_it(tmp_path, page, surface, expected):
    assert _stage(tmp_path, page)[surface] == expected


# 5. The same run with the answer's own labels and dates: "Response: £812" and "Total: £2.1m" give the measure itself (not
#    a part), a date or quarter labels a value's period ("As at 31 March 2023: 450", "31/03/2025 - 480", "2023/24 Q1:
#    £0.6m"), a request's numbered item names the measure of its values ("5. Spend on interpreters"). Fails on 7072458: the
#    label or date as the phrase, or none.
@pytest.mark.parametrize("surface, expected", [
    ("£812", ("average weekly fee paid to independent fostering agencies", None)),
    ("450", ("children in care, As at 31 March 2023", "children_in_care")),
    ("480", ("children in care, 31/03/2025", "children_in_care")),
    ("£2.1m", ("total spend on agency staff", None)),
    ("£0.6m", ("total spend on agency staff, 2023/24 Q1", None)),
    ("£45,000", ("Spend on interpreters, 2022/23", None)),
])
def test_answer_labels_and_dates_of_a_run(tmp_path, surface, expected):
    page = ("Freedom of information response\n\n2. What is the average weekly fee paid to independent fostering agencies?\n\n"
            "Response: £812\n\n3. How many children were in care at each year end?\n\nAs at 31 March 2023: 450\n\n"
            "31/03/2025 - 480\n\n4. What was the total spend on agency staff?\n\nTotal: £2.1m\n\n2023/24 Q1: £0.6m\n\n"
            "5. Spend on interpreters\n\n2022/23 - £45,000\n")
    assert _stage(tmp_path, page)[surface] == expected


# 6. A value with its period after it, under a heading that names the measure ("Children in care" then "450 (March
#    2024)", "472 as at 30 June 2024"). Fails on 7072458: no phrase.
@pytest.mark.parametrize("surface, expected", [
    ("450", ("Children in care, March 2024", "children_in_care")),
    ("472", ("Children in care, 30 June 2024", "children_in_care")),
])
def test_a_value_and_its_period_under_a_heading(tmp_path, surface, expected):
    assert _stage(tmp_path, "Children in care\n\n450 (March 2024)\n\n472 as at 30 June 2024\n")[surface] == expected


# Guards (pass on 7072458 and after): a line with words of its own keeps its phrase; a question asking no measure names
# none; a long paragraph ends the run; a sentence with a year is no value line.
def test_guards_of_value_lines(tmp_path):
    got = _stage(tmp_path, "Response\n\nIs your organisation currently recruiting foster carers?\n\n2023: 14\n\n"
                           "What is your annual spend on short breaks?\n\n"
                           "The service has reviewed its commissioning arrangements over the last year and members were told "
                           "that the figures below are drawn from the ledger and include the contributions of partners, which "
                           "were agreed after the end of the financial year by the joint commissioning board.\n\n"
                           "2022/23: 285,000\n\nIn 2023 there were 480 children in care.\n")
    assert not got["14"][0]
    assert got["285,000"][0] is None or "short breaks" not in got["285,000"][0]
    assert got["480"] == ("children in care", "children_in_care")


def test_guards_of_label_lines(tmp_path):
    # a heading with its own number names no measure for the lines below it; a label line with no measure above keeps its
    # label; a list of what was said is no measure
    got = _stage(tmp_path, "Committee facts\n\nCouncillors: 78\n\nWards: 76\n\nMembers were told:\n\n• Foster carers - 212\n")
    assert got["76"][0] == "Wards"
    assert got["212"][0] == "Foster carers"
    # a list of headlines names no measure for a value under it
    assert not _stage(tmp_path / "b", "Performance headlines:\n\n• 61% (2023/24)\n")["61%"][0]


@pytest.mark.parametrize("text, expected", [
    ("• 2018/19: 339,672", (True, "2018/19")), ("Q2 2023/24 – 85%", (True, "Q2 2023/24")), ("£9.98 |", (True, "")),
    ("450 (March 2024)", (True, "March 2024")),
    ("2021-22: 18 pupils", (False, "")), ("Household - 10", (False, "")), ("In 2023 there were 480", (False, "")),
])
def test_value_line(text, expected):
    assert value_line(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("5. What is your annual spend on in-house fostering?", "annual spend on in-house fostering"),
    ("Q3 - How many social workers have left the authority in each of the past five years?", "social workers left the authority"),
    ("Number of EHC needs assessment requests received:", "EHC needs assessment requests received"),
    ("Is your organisation currently recruiting?", ""), ("The numbers:", ""), ("Members asked about the plan.", ""),
    ("Under 2-year-olds |", ""), ("The number of children in care was:", "children in care"),
    ("Exclusions by year:", "Exclusions"), ("Key figures:", ""), ("Councillors: 78", ""),
])
def test_measure_of_line(text, expected):
    assert measure_of_line(text) == expected


def test_row_label():
    assert row_label("Two-year-olds |") == "Two-year-olds"
    assert row_label("The report was noted.") == ""


def test_label_of_value_and_whole_of_which():
    assert label_of_value("• Agency social workers – 43") == "Agency social workers"
    assert label_of_value("2021-22: 18") == ""
    assert whole_of_which("There were 1,204 children in need, of whom:") == "children in need"
    assert whole_of_which("The committee noted:") == ""


# Review of round 12 (finding 15): under "..., of which:" label lines are parts of the whole; a value or period line
# there is a part too: the whole's measure but not its id. At 99b743d "120" took children_in_care.
def test_a_period_line_under_an_of_which_whole_is_a_part(tmp_path):
    got = _stage(tmp_path, "Children in care\n\nThere were 450 children in care, of which:\n\n2023: 120\n\n2024: 130\n")
    assert got["450"] == ("children in care", "children_in_care")
    assert got["120"] == ("children in care, 2023", None)
