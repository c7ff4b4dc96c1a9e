"""Round 36 (lead, from r36youth's census): codebook terms for RE / SACRE business and youth activities.

* Every local authority has a SACRE (Standing Advisory Council on Religious Education), which advises on religious
  education and collective worship in schools and writes the agreed syllabus: its business is education standards
  (both annotators of round 35's minutes set coded it so at North Yorkshire and Wokingham; BASE b8f51c33 left it
  ``other``).
* Youth activities and a youth activity fund are youth services (neet_youth_care_leavers; Leeds twice, Wiltshire).
The acronym "RE" alone is not a term: "Re check guidance", "re-offending" are ordinary words in minutes.
Each new-term case below was coded otherwise by BASE's codebook. Notes r36_youth.
"""

from __future__ import annotations

import pytest

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme

CB = load_codebook()

NEW_TERMS = [
    ("The SACRE discussed the draft of the new agreed syllabus.", "education_standards"),
    ("Members noted the arrangements for collective worship and religious education in schools.", "education_standards"),
    ("The Youth Activity Fund was underspent and the formula for allocating it was questioned.", "neet_youth_care_leavers"),
    ("The youth activities budget was underspent by £20,000 at year end.", "neet_youth_care_leavers"),
]


@pytest.mark.parametrize("text,theme", NEW_TERMS)
def test_new_terms_code_the_passage(text, theme):
    assert match_theme(text, CB).theme == theme
    assert assign_themes([text]) == [theme]


@pytest.mark.parametrize("text", [
    "Re check guidance on decision making for the social work teams.",
    "The panel discussed re-offending rates among young people known to the youth justice service.",
])
def test_re_alone_is_no_education_term(text):
    assert match_theme(text, CB).theme != "education_standards"
