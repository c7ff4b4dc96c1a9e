"""Round 13 (r13themes): theme classes of councils the model had not seen (round 12's fresh pools, r12themesB).

Each class was seen in several councils of r12themesB's judged pages (tests/realworld/notes/r13_themes.md).
The phrasings are written for these tests in council style, not copied from a page; each test's phrasings
are coded otherwise by 1c2a88b (said per test), and the guards are coded the same by both.

* EHC plan timeliness ("plans issued", "issuing plans") is SEND even beside the safeguarding word
  "assessments" (Essex, Hertfordshire; also round 11's pools);
* "Higher Needs" and "HNB" are the High Needs Block (Torbay, Wokingham, West Berkshire, Wiltshire);
* a transfer out of the Schools Block goes to high needs: the Schools Block of a transfer passage counts for
  SEND (Slough, West Berkshire, Wiltshire, Wokingham; topics._block_transfers);
* Schools Forum finance spelt without a money word: out turn, DSG monitoring, variances, provider base and
  hourly rates (Slough, West Berkshire, Southampton, Wokingham);
* free early education and the two-year-old offer are early help (Camden, Central Bedfordshire);
* round 12's judged fresh-pool passages can be a training source (pools-r12, ``--with-r12``), folded with their
  council; not in the committed file (it lowers the all-passage CV that a floor guards).
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import themes as TH
from analysis import topics as T

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return T.load_codebook(ROOT / "data" / "codebook.yml")


def _both(texts: list[str], codebook: T.Codebook) -> list[tuple[str, str]]:
    """(codebook alone, codebook and model) for each isolated text."""
    return list(zip([T.match_theme(t, codebook).theme for t in texts], TH.assign_themes(texts, codebook)))


# 1c2a88b: safeguarding (the word "assessments" and nothing of SEND) or other.
EHC_TIMELINESS = [
    "Assessments had risen sharply, and only 41 per cent of plans issued in the quarter met the deadline.",
    "The backlog of overdue assessments had slowed the issuing of plans over the summer.",
    "Officers said that issuing plans on time remained the priority while assessments were cleared.",
]


@pytest.mark.parametrize("text", EHC_TIMELINESS)
def test_ehc_plan_timeliness_is_send(codebook: T.Codebook, text: str) -> None:
    assert _both([text], codebook) == [("send", "send")]


# 1c2a88b: finance (the money word beats a block spelt "Higher Needs" / "HNB").
HIGHER_NEEDS = [
    "Pressure on the Higher Needs Block continued, with an overspend of £1.2m forecast.",
    "The HNB overspend was expected to grow by the end of the year.",
]


@pytest.mark.parametrize("text", HIGHER_NEEDS)
def test_higher_needs_spellings_are_send(codebook: T.Codebook, text: str) -> None:
    assert _both([text], codebook) == [("send", "send")]


# 1c2a88b: finance ("Schools Block" and the money words).
BLOCK_TRANSFERS = [
    "The Forum agreed to transfer 0.5% from the Schools Block for 2025/26.",
    "Members asked how the money transferred from the Schools Block would be spent.",
    "Members supported a transfer of funds from the Schools Block to high needs.",
]


@pytest.mark.parametrize("text", BLOCK_TRANSFERS)
def test_schools_block_transfers_are_send(codebook: T.Codebook, text: str) -> None:
    assert _both([text], codebook) == [("send", "send")]


# Guards: Schools Block passages without a transfer stay finance (both commits).
@pytest.mark.parametrize("text", [
    "The Schools Block allocation for 2025/26 was confirmed at £142m.",
    "Growth Fund allocations are met from the Schools Block budget.",
])
def test_schools_block_without_transfer_stays_finance(codebook: T.Codebook, text: str) -> None:
    assert _both([text], codebook) == [("finance", "finance")]


# 1c2a88b: other (no money word).
FORUM_FINANCE = [
    "Schools Forum noted the forecast out turn for the year.",
    "DSG Monitoring Quarter 2 (Head of Education)",
    "Officers explained the main variances against the plan for primary schools.",
    "The base rate paid to providers would rise from April.",
]


@pytest.mark.parametrize("text", FORUM_FINANCE)
def test_schools_forum_finance_without_money_word(codebook: T.Codebook, text: str) -> None:
    assert _both([text], codebook) == [("finance", "finance")]


# 1c2a88b: finance ("funded") or other.
FREE_EARLY_EDUCATION = [
    "Take-up of free early education by eligible families rose to 78 per cent.",
    "The report set out the early education entitlement funded by the government.",
    "Officers were working with nurseries to find the families of two year olds eligible for a place.",
]


@pytest.mark.parametrize("text", FREE_EARLY_EDUCATION)
def test_free_early_education_is_early_help(codebook: T.Codebook, text: str) -> None:
    assert _both([text], codebook) == [("early_help", "early_help")]


# Guards (both commits): older age groups and the block's money keep their themes.
@pytest.mark.parametrize("text,theme", [
    ("The proportion of 16 and 17 year olds not in education, employment or training fell.", "neet_youth_care_leavers"),
    ("The Early Years Block budget for 2025/26 was set at £31m.", "finance"),
    ("Referrals to children's social care rose by 12 per cent in the quarter.", "safeguarding"),
])
def test_guards(codebook: T.Codebook, text: str, theme: str) -> None:
    assert _both([text], codebook) == [(theme, theme)]


def test_fresh_pool_passages_are_a_source_folded_with_their_council() -> None:
    # 1c2a88b: the build has no pools-r12 source (no with_r12 option).
    import importlib.util
    import warnings
    spec = importlib.util.spec_from_file_location("btt_r13", ROOT / "scripts" / "build_theme_training.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fresh = mod.pool_passages(*mod.POOL_SOURCES[1])
    assert (fresh["source"] == "pools-r12").all() and len(fresh) == 646
    assert fresh["doc_id"].map(TH.council_of).nunique() >= 25
    # the committed file is built without it
    assert not (TH.load_training()["source"] == "pools-r12").any()
    df = pd.DataFrame({"source": ["realworld-dev", "pools-r12", "pools-r11"],
                       "doc_id": ["slough_1", "slough_r12freshB--slough-3", "slough_r11freshC--slough-3"]})
    f = TH.cv_folds(df)
    assert f[0] == f[1] == f[2]
