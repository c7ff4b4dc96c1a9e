"""Round 14, found at merge (a fixer's note): values ending consecutive sentences read as a run-on numbered list.

"Children in care rose to 21. The west team held 22. The ..." gave 21 and 22 the kind ``list`` on 55af81a (the
run-on agenda rule saw "22. " and a capital within 300 characters and no sentence end between): both values lost.
A value led by a word that leads to one ("to", "held", "was", "reached" ...) ends its sentence; an agenda title
does not end in such a word. Every phrasing below lost its values on 55af81a; the guards keep agendas as lists.
"""

from __future__ import annotations

import pytest

from figure_rows import kinds, surfaces


@pytest.mark.parametrize("text, values", [
    ("The number of children in care rose to 21. The west team held 22. The east team held 30.", ["21", "22", "30"]),
    ("Open cases in the north locality stood at 14. The south locality had 15. The Panel asked why.", ["14", "15"]),
    ("Requests for assessment reached 11. The previous quarter was 12. Members noted the rise.", ["11", "12"]),
    ("Vacancies were 7. The service now has 8. Agency workers cover the rest.", ["7", "8"]),
])
def test_values_ending_sentences_in_a_row_are_figures(text, values):
    assert surfaces(text) == values


@pytest.mark.parametrize("text", [
    "Agenda 1. Apologies for Absence 2. Election of Chairman 3. Minutes (Pages 1 - 7)",
    "Agenda 1. Apologies for absence 2. Declarations of interest 3. Minutes of the last meeting 4. Any other business",
])
def test_run_on_agenda_numbers_stay_list_numbers(text):
    assert surfaces(text) == []
    assert {k for s, k in kinds(text).items() if s in ("1", "2", "3")} == {"list"}
