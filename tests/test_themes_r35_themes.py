"""Round 35 (r35themes): codebook terms for classes of passages left ``other`` or given a neighbour's theme.

* The SEND **local area partnership** and the **Priority Action Plan** an area SEND inspection requires of it name
  SEND (send in every judged passage holding them: Oldham, Redbridge, Oxfordshire and others in the open blind sets);
  on BASE 32bf0be3 they were coded by "Ofsted" (education standards) or left ``other``.
* A school's or a council's **balances** and the schools funding formula's own phrases (**local formula**, **formula
  factors**, ...) name money (finance; Slough, West Berkshire, Wokingham, Wiltshire); BASE left them ``other`` or
  coded them by a neighbour's word. "On balance" and a "work-life balance" are neutral: no money.

Each behaviour case was coded as its comment says on BASE (checked with BASE's codebook, ``git show
32bf0be3:data/codebook.yml``). Notes r35_r35themes.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analysis.themes import assign_themes
from analysis.topics import load_codebook, match_theme, parse_codebook

CB = load_codebook()
ROOT = Path(__file__).resolve().parents[1]

# written for this test; BASE codebook match: other, education_standards (by "Ofsted"), other, other
NEW_TERMS = [
    ("The local area partnership reported progress against its inspection findings.", "send"),
    ("Members reviewed the Priority Action Plan and the timescales set by Ofsted.", "send"),
    ("Schools carrying balances above the threshold were asked to explain their plans.", "finance"),
    ("The Forum agreed the local formula for 2024-25.", "finance"),
]


@pytest.mark.parametrize("text,theme", NEW_TERMS)
def test_new_terms_code_the_passage(text, theme):
    assert match_theme(text, CB).theme == theme
    assert assign_themes([text]) == [theme]


# guards: a weighed balance, a working life's balance and a formula that is no funding formula name no money
@pytest.mark.parametrize("text,theme", [
    ("On balance, members supported the proposal.", "other"),
    ("Exit surveys show that leavers want a better work-life balance and lower caseloads.", "workforce"),
    ("The formula for measuring progress was explained to members.", "other"),
])
def test_balance_and_formula_guards(text, theme):
    assert match_theme(text, CB).theme == theme
    assert assign_themes([text]) == [theme]


def test_a_researcher_removing_the_term_changes_the_outcome():
    """The terms live in data/codebook.yml: a researcher who deletes "balances" from finance's terms leaves the
    passage without a term (other); one who deletes the neutral "work-life balance" (both spellings) makes that line money again."""
    text = "Schools carrying balances above the threshold were asked to explain their plans."
    data = yaml.safe_load((ROOT / "data" / "codebook.yml").read_text(encoding="utf-8"))
    for t in data["themes"]:
        if t["id"] == "finance":
            t["terms"] = [x for x in t["terms"] if x != "balances"]
    assert match_theme(text, parse_codebook(data)).theme == "other"
    line = "Exit surveys show that leavers want a better work-life balance."
    assert match_theme(line, CB).theme == "other"
    data = yaml.safe_load((ROOT / "data" / "codebook.yml").read_text(encoding="utf-8"))
    data["neutral"] = [x for x in data["neutral"] if x not in ("work-life balance", "work life balance")]
    assert match_theme(line, parse_codebook(data)).theme == "finance"
