"""Figures and indicator phrases as councils never seen before write them (issue 11, silver pool of
real minutes of dev councils, see the branch notes): each class below failed on real sentences and
each test holds several phrasings of the class, written as minutes write them. Numbers that are not
figures (a venue, an age limit, procedure) must leave the figures; figures that modify the noun
after them must be named by that noun."""

from __future__ import annotations

import pytest

from analysis import figures


def _figs(sentence: str) -> dict[str, str]:
    f = figures.extract_figures(sentence)
    return {s: (i or "") for s, i in zip(f["surface"], f["indicator"])}


# -- numbers that are not figures -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, surface",
    [
        # the venue line of a ModernGov page
        ("Venue: Room 102, Hackney Town Hall, Mare Street, London E8 1EA.", "102"),
        ("Venue: 0.01 Chamber - Quadrant, The Silverlink North, Cobalt Business Park.", "0.01"),
        ("Venue: David Hicks 1 - Civic Offices, Shute End, Wokingham RG40 1BN", "1"),
        ("Venue: Suite 204, County Hall, Main Road.", "204"),
        # an age limit after "post" / "pre" or after the people it limits, or "N years of age"
        ("Members noted the supplementary information on Item 10 Post 16 SEND Transport Policy.", "16"),
        ("To agree the ending of the subsidised travel for post 16 students to the College.", "16"),
        ("The pre 16 offer would be reviewed by the end of the year.", "16"),
        ("To update the Sub-Committee on the health of young people under 18 in the borough.", "18"),
        ("The service supports children over 11 who are at risk of exclusion.", "11"),
        ("The amount of budget allocated to support children post 16 years of age was queried.", "16 years"),
        # procedure: the meeting's papers and a council's vote
        ("Note: Two paper copies of the agenda only will be available at the meeting.", "Two"),
        ("Three printed copies of the minutes were tabled.", "Three"),
        ("The motion was lost with 51 councillors voting against the proposals.", "51"),
        ("The amendment was carried, 30 members voting in favour.", "30"),
        # a mark pasted inside a word
        ("to enable more in[1]depth analysis and discussion of the report", "1"),
    ],
)
def test_not_a_figure(sentence: str, surface: str) -> None:
    assert surface not in _figs(sentence)


@pytest.mark.parametrize(
    "sentence, surface",
    [
        ("There were 16 children aged under 18 and 300 young people over 18 in care.", "300"),
        ("The number of young people under 18 in custody was 12.", "12"),
        ("The post holder supported 14 families.", "14"),
        ("Members were told that 45 councillors attended the training.", "45"),
        ("There were 240 copies of the parenting guide distributed to families.", "240"),
    ],
)
def test_still_a_figure(sentence: str, surface: str) -> None:
    assert surface in _figs(sentence)
