"""Round 36 (r36complaints): the service a complaint is about is no subject of a complaints report."""
import pytest

from analysis.errors import ConfigError
from analysis.topics import load_codebook, match_theme, parse_codebook

CB = {"themes": [{"id": "send", "name": "SEND", "terms": ["SEND", "EHCP"]},
                 {"id": "sg", "name": "Safeguarding", "terms": ["children's social care", "social care"]}],
      "procedure": ["complaints report"],
      "complaints": {"words": ["complaint", "ombudsman"], "keep": ["send"]}}


def test_service_complained_about_is_no_subject():
    cb = parse_codebook(CB)
    assert match_theme("Complaints about Children's Social Care", cb).theme == "other"
    assert match_theme("The annual report on complaints made about the Children's Social Care service.", cb).theme == "other"
    assert match_theme("To present the Social Care Complaints Annual Report.", cb).theme == "other"


def test_kept_theme_counts_and_other_words_count():
    cb = parse_codebook(CB)
    assert match_theme("A review of complaints received by the SEND service.", cb).theme == "send"
    # a social care term outside the complaint's phrase still counts
    assert match_theme("Complaints were few. Social care caseloads rose.", cb).theme == "sg"


def test_researcher_edit_changes_outcome():
    without = parse_codebook({k: v for k, v in CB.items() if k != "complaints"})
    assert match_theme("Complaints about Children's Social Care", without).theme == "sg"
    nokeep = parse_codebook({**CB, "complaints": {"words": ["complaint"]}})
    assert match_theme("Complaints received by the SEND service", nokeep).theme == "other"


def test_shipped_codebook_and_bad_section():
    cb = load_codebook()
    assert match_theme("Complaints about Children's Social Care", cb).theme == "other"
    assert match_theme("Foster carers undergoing a complaint investigation get fostering service support.",
                       cb).theme == "fostering_adoption"
    with pytest.raises(ConfigError):
        parse_codebook({**CB, "complaints": {"words": ["complaint"], "keep": ["nope"]}})
