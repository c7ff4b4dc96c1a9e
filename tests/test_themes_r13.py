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
* round 12's judged fresh-pool passages can be a training source (pools-r12; ``--without-r12`` leaves it out), folded with their
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
    # the committed file holds it (configuration C, chosen by council-grouped CV); --without-r12 leaves it out
    assert (TH.load_training()["source"] == "pools-r12").sum() == 564
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert not (mod.build(with_r12=False)["source"] == "pools-r12").any()
    df = pd.DataFrame({"source": ["realworld-dev", "pools-r12", "pools-r11"],
                       "doc_id": ["slough_1", "slough_r12freshB--slough-3", "slough_r11freshC--slough-3"]})
    f = TH.cv_folds(df)
    assert f[0] == f[1] == f[2]


# --------------------------------------------------------------------------------------------------
# News articles: a sentence with no theme word of its own takes the article's subject
# (Swindon, Norfolk, Essex, Derbyshire, Peterborough in round 12's pools; Sunderland, Cumberland, Hillingdon,
# East Riding, Central Bedfordshire in round 11's). 1c2a88b codes these sentences other.
# --------------------------------------------------------------------------------------------------

def _segments(doc: str, texts: list[str], kinds: list[str] | None = None) -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [doc] * len(texts), "seq": list(range(len(texts))),
                         "kind": kinds or ["paragraph"] * len(texts), "heading": [None] * len(texts), "text": texts})


ATTENDANCE_ARTICLE = [
    "The council says the number of children missing education has doubled in two years.",
    "Officers told the scrutiny committee that many of the families had moved away over the summer.",
    "Ms Patel said: \"We chase every one of these young people until we know where they are.\"",
    "Persistent absence in secondary schools also rose last term, the report shows.",
    "The figure had fallen to 40 by the spring, according to the latest report.",
    "Other concerns included:",
]


def test_article_sentences_take_the_articles_theme(codebook: T.Codebook) -> None:
    got = [m.theme for m in TH.code_segments(_segments("news_1", ATTENDANCE_ARTICLE), None, codebook)]
    assert got[0] == got[1] == got[2] == got[4] == "attendance_exclusions"
    assert got[5] == "other"  # a list lead is no narrative sentence


SEND_ARTICLE = [
    "Fewer than half of new education, health and care plans were finished within the deadline, a report says.",
    "Councillor Green told the meeting that the service was recruiting more staff to clear the backlog.",
    "She added that families had waited far too long and deserved better from the council.",
    "The tribunal cases had doubled since last year, officers said.",
]


def test_article_sentences_take_the_articles_theme_send(codebook: T.Codebook) -> None:
    got = [m.theme for m in TH.code_segments(_segments("news_2", SEND_ARTICLE), None, codebook)]
    assert got[2] == "send"


# Guards: minutes without reported speech keep a term-less sentence other; an article about several
# subjects (no theme holding 40% of its terms) does too.
def test_minutes_keep_termless_sentences_other(codebook: T.Codebook) -> None:
    minutes = ["The Chair welcomed everyone to the meeting and introductions were made.",
               "Foster carer recruitment had improved over the year, with 14 new households approved.",
               "Members thanked the officers for the detailed presentation and the answers given."]
    got = [m.theme for m in TH.code_segments(_segments("min_1", minutes), None, codebook)]
    assert got[0] == got[2] == "other"


def test_article_about_several_subjects_keeps_termless_sentences_other(codebook: T.Codebook) -> None:
    mixed = ["Foster carer recruitment rose, the council said.",
             "School exclusions also fell, officers told members.",
             "The high needs budget was overspent, the report said.",
             "Child protection plans were down by a tenth, she added.",
             "The meeting lasted nearly three hours and ended after ten o'clock."]
    got = [m.theme for m in TH.code_segments(_segments("news_3", mixed), None, codebook)]
    assert got[4] == "other"


# Merge review (lead): two rules of the round reached too far or not far enough. Each fails on 27a351e.
# An article whose reported speech says "says", "told" or "added" but never "said" is an article too (the cheap test
# looked for "said" only, so the rule never ran on it).
SEND_ARTICLE_NO_SAID = [
    "Fewer than half of new education, health and care plans were finished within the deadline, a report says.",
    "Councillor Green told the meeting that the service was recruiting more staff to clear the backlog.",
    "She added that families had waited far too long and deserved better from the council.",
    "The tribunal cases had doubled since last year, officers told members.",
]


def test_article_without_said_takes_the_articles_theme(codebook: T.Codebook) -> None:
    got = [m.theme for m in TH.code_segments(_segments("news_4", SEND_ARTICLE_NO_SAID), None, codebook)]
    assert got[2] == "send"


# A transfer that is no block transfer (admissions' in-year transfers) beside a Schools Block allocation stays finance.
@pytest.mark.parametrize("text", [
    "In-year transfer requests and the Schools Block allocation were noted.",
    "The Schools Block allocation was agreed; pupil transfers between schools were discussed under item 6.",
])
def test_a_transfer_that_is_no_block_transfer_keeps_schools_block_finance(codebook: T.Codebook, text: str) -> None:
    assert T.match_theme(text, codebook).theme == "finance"
