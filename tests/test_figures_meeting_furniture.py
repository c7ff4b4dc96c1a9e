"""Numbers of the page and of the meeting's rules are not figures (issue 11, silver pool C of real
minutes of dev councils opening with procedure; /work/staging/silver/prec3). Each class below failed
on real pages; each test holds several phrasings as councils write them, and the figures next to
them must stay."""

from __future__ import annotations

import pytest

from analysis import figures
from figure_rows import surfaces as _surfaces


@pytest.mark.parametrize(
    "text, surface",
    [
        # a minute number with its year heading its own line (Derbyshire-style "85/22")
        ("Items\nNo. Item\n\n85/22\n\nApologies for absence\n\nApologies were received.", "85"),
        ("councillors paid tribute.\n\n163/21\n\nMINORITY GROUP LEADER QUESTIONS\n\nMinutes:", "163"),
        ("The report was noted.\n\n12/2024\n\nPublic questions", "12"),
        # a date cut by the end of an excerpt
        ("The minutes of the meeting of Cabinet held on 9 Se", "9"),
        ("former Councillor Moran Farnsworth died on 7 Octobe", "7"),
        ("That the Minutes of the meeting held on 24", "24"),
        ("the meeting held on 3 Nov", "3"),
        # references written with "No" or with a glued sub-reference, statutory instruments
        ("in accordance with the provisions of Procedure Rule No 219.", "219"),
        ("as set out in Standing Order No 12 of the Constitution", "12"),
        ("pursuant to Section 100(A)4 of the Local Government Act 1972", "4"),
        ("in accordance with the Virtual Meetings Regulations (s1 2020 392) and the Procedure Rules", "392"),
        ("under the Regulations (SI 2012 2734) the Council must publish", "2734"),
        ("Further to Minute No. 34 (3) of 20 December 2022, the Chair attended.", "3"),
        ("declared an interest in agenda items 8 (HealthWatch Annual Report 2016/17) and 10 (Obesity Action Group).", "10"),
        ("in respect of items 4 (School Places) and 7 (Budget)", "7"),
        # the call-in rule: its time limit and the members who may call a decision in
        ("may be implemented on the expiry of 3 working days after the publication of the decision", "3 working days"),
        ("implemented on the expiry of five working days after publication", "five working days"),
        ("unless a request for call-in is received from any two Members of the Scrutiny Committee.", "two"),
        ("a call-in signed by any three councillors", "three"),
        # a contact line's extension, a time of day in words
        ("Venue: Number One Riverside, Rochdale.\n\nContact: Peter Thomson  4715\n\nNo. Item", "4715"),
        ("Contact: Democratic Services, extension 2236\n", "2236"),
        ("Contact: Mrs KM Howard  01744 67(6106)\n\nItems\nNo. Item", "67"),
        ("Contact: Mrs KM Howard  01744 67(6106)\n\nItems\nNo. Item", "01744"),
        ("Contact: Committee Services (01632) 45 6789", "45"),
        ("Questions should be provided no later than 12 noon on the day before the meeting.", "12"),
        ("by 12 midday on Friday", "12"),
        # a number word inside a capitalised name
        ("the team completed the National Three Peaks challenge in aid of the hospice", "Three"),
        ("students took part in the Great Four Counties Relay last month", "Four"),
    ],
)
def test_meeting_furniture_is_not_a_figure(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        ("There were 85 referrals in 2022.\n\n87/22\n\nChairman's announcements", "85"),
        ("The minutes noted that 45/50 pupils had passed.", "45"),
        ("the average time for a case was 26 weeks against the target of 26 weeks.", "26 weeks"),
        ("The petition containing 25 signatures was presented.", "25"),
        ("Members asked about the 10 Written Statements of Action.", "10"),
        ("The team raised £20K for the hospice on 7 October", "£20K"),
        ("Children waited an average of 15 working days for a decision.", "15 working days"),
        ("Two schools had improved; Three of the ten schools had improved their Mathematics results.", "Three"),
        ("The Council supported 130 social work students.", "130"),
        ("In Section 2 there were 40 children in care.", "40"),
    ],
)
def test_figures_next_to_furniture_stay(text: str, surface: str) -> None:
    assert surface in _surfaces(text)


@pytest.mark.parametrize(
    "text, surface",
    [
        # a compound adjective, not a count
        ("A forum was to be developed to help engender a good two way understanding.", "two"),
        ("Officers described a two-way dialogue with parents and carers.", "two"),
        ("The service offered a 2 way conversation with schools.", "2"),
        # how long the meeting's record is kept
        ("this meeting is being broadcast live and can be viewed on our website for twelve months after the meeting.", "twelve months"),
        ("The recording will be kept for 6 months following the meeting.", "6 months"),
        ("Webcasts are available for two years from the date of the meeting.", "two years"),
    ],
)
def test_compound_adjective_and_retention_are_not_figures(text: str, surface: str) -> None:
    assert surface not in _surfaces(text)


def _values(text: str) -> list[tuple[str, float, str]]:
    f = figures.extract_figures(text)
    return list(zip(f["surface"], f["value"], f["unit"]))


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # a scale letter glued to the next word by a missing space
        ("The council secured a £4mgrant from the DfE for the new school.", "£4m", 4e6),
        ("There were £2.5mfunding pressures in the high needs block.", "£2.5m", 2.5e6),
        ("A £350kinvestment in family hubs was approved.", "£350k", 3.5e5),
        # not a scale letter: a word that starts with it
        ("The service cost £5more per child than planned.", "£5", 5.0),
        ("The grant was £3m in 2024.", "£3m", 3e6),
    ],
)
def test_glued_scale_letter(text: str, surface: str, value: float) -> None:
    assert (surface, value) in [(s, v) for s, v, _ in _values(text)]


@pytest.mark.parametrize(
    "text, surface, unit",
    [
        # things counted called points are counts, not percentage points
        ("The plan had 3 points of focus for the year.", "3", "count"),
        ("Members raised five points to consider at the next meeting.", "five", "count"),
        ("Two points were raised by members about transport.", "Two", "count"),
        # percentage points stay
        ("Attainment rose by 3 points on last year.", "3 points", "percentage_points"),
        ("The rate fell 4 points to 31%.", "4 points", "percentage_points"),
        ("The gap narrowed by 2.5 percentage points.", "2.5 percentage points", "percentage_points"),
    ],
)
def test_points_counted_or_percentage_points(text: str, surface: str, unit: str) -> None:
    assert (surface, unit) in [(s, u) for s, _, u in _values(text)]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # a vulgar fraction glued to its whole number keeps its unit and its value
        ("The average wait for an assessment was 2¼ hours.", "2¼ hours", 2.25),
        ("Children waited 7½ weeks for a first appointment.", "7½ weeks", 7.5),
        ("Attendance at special schools was 88½%.", "88½%", 88.5),
    ],
)
def test_vulgar_fraction_value(text: str, surface: str, value: float) -> None:
    assert (surface, value) in [(s, v) for s, v, _ in _values(text)]


def test_stretch_looked_through_with_a_fraction_is_not_a_figure() -> None:
    text = "“Over the last 3½ years or 7½ years the Leader has been an active champion for more funding.”"
    assert _surfaces(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # lengths written as alternatives with a slash, looked through: a period, not the count "4"
        "the number of EHCP’s had increased over the last 4/5 years but staffing had remained the same",
        "Referrals had risen in the past 3/4 months.",
        "Demand had grown steadily over the previous 2/3 years.",
    ],
)
def test_slash_alternative_of_lengths_is_one_period(text: str) -> None:
    assert _surfaces(text) == []


def test_slash_alternative_of_lengths_keeps_both_values() -> None:
    f = figures.extract_figures("Children waited 2/3 weeks for a first visit.")
    assert list(zip(f["surface"], f["value"], f["value_max"])) == [("2/3 weeks", 2.0, 3.0)]


@pytest.mark.parametrize(
    "text, surface, value",
    [
        # a written number with a scale word keeps the scale
        ("we are ambitious to maybe try to extend to two million trees if we can.", "two million", 2e6),
        ("The service had supported three million visits to libraries.", "three million", 3e6),
        ("an overspend in the High Needs Block of five million", "five million", 5e6),
        # not a scale word
        ("two millionaires attended", "two", 2.0),
    ],
)
def test_written_number_with_scale_word(text: str, surface: str, value: float) -> None:
    assert (surface, value) in [(s, v) for s, v, _ in _values(text)]
