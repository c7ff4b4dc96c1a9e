"""Round 22 (`r22id`): a figure's measure named in the sentence before (issue 11: ids left empty where the text
names the indicator). Tiny texts in general English shapes, not quotes from the pools."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import figures


def got(text: str, surface: str) -> str | None:
    f, _ = figures.extract(text)
    rows = f[f["surface"] == surface]
    assert len(rows) == 1, f"{surface!r} not a figure of {text!r}: {f['surface'].tolist()}"
    v = rows.iloc[0]["indicator_id"]
    return None if pd.isna(v) else v


@pytest.mark.parametrize("text, surface, want", [
    # the subject in one sentence, the value in the next (an open phrase, a bare count of children, a level)
    ("A Member asked about caseloads. The Director advised that the average was 18.", "18", "social_worker_caseload"),
    ("Members discussed children in care. At the end of March the total was 410.", "410", "children_in_care"),
    ("The report set out the position on children subject to a child protection plan. At the end of March there were "
     "312 children.", "312", "child_protection_plans"),
    ("Members asked about EHC needs assessment requests. There had been 820 in the year.", "820", "ehcna_requests"),
    ("At the end of March, 640 children were looked after by the council. The number of children had risen over the "
     "year to a peak of 700 in August.", "700", "children_in_care"),
])
def test_measure_of_sentence_before(text: str, surface: str, want: str) -> None:
    assert got(text, surface) == want


@pytest.mark.parametrize("text, surface", [
    # two measures named before: which one is unknown
    ("Members discussed children in care and care leavers. At the end of March the total was 410.", "410"),
    # the figure's own sentence names something (a part or another measure)
    ("The council maintained 2,100 EHC plans. A further 900 children were receiving special educational needs "
     "support.", "900"),
    # the phrase names what is counted
    ("Members discussed children in care. The youth club had 40 children attending.", "40"),
    # a change of the count is not the count
    ("Members discussed children in care. The number had risen by 40 over the year.", "40"),
    # not across paragraphs: the next paragraph is as often a part of the count before
    ("Members discussed children in care.\n\nMore than 200 were with independent agencies.", "200"),
])
def test_no_measure_of_sentence_before(text: str, surface: str) -> None:
    assert got(text, surface) is None


@pytest.mark.parametrize("text, surface, want", [
    # a share of a whole in the state a qualified share indicator names (issue 11: "schools judged good or outstanding",
    # "social work vacancies"), the share read as a part of the whole
    ("Of the 45 schools inspected, 90% were judged good or outstanding.", "90%", "ofsted_good_or_better"),
    ("Of the schools inspected this year, 90% were rated good or better.", "90%", "ofsted_good_or_better"),
    ("Of our 200 social worker posts, 18% were vacant.", "18%", "social_worker_vacancies"),
])
def test_share_in_state(text: str, surface: str, want: str) -> None:
    assert got(text, surface) == want


@pytest.mark.parametrize("text, surface", [
    ("Of the 45 schools inspected, 40% were primary schools.", "40%"),  # a group, not a state
    ("Of the 50 EHC plans audited, 51% were judged good or outstanding.", "51%"),  # the plans' quality, not the schools'
])
def test_no_share_in_state(text: str, surface: str) -> None:
    assert got(text, surface) is None
