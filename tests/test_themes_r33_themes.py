"""Round 33 (r33themes): youth services passages are ``neet_youth_care_leavers``.

Minutes of youth services name them with "youth" and a noun that no list of phrases foresees: a Youth Offer and its
consultation (Hillingdon), a Youth Consultation and Youth Summits (Leeds), a Youth Council and its youth projects and
groups (Epping Forest), a Youth Guarantee (Cambridgeshire and Peterborough), a Youth Partnership (Stockport), a Youth
Framework and youth strategy (Wiltshire), youth support (Somerset, Slough). The codebook held only fixed phrases
(youth service, youth work, youth centre, youth provision, youth justice ...), so BASE coded such passages other, or by
a weaker word of another theme (funding, sport, leisure). The gold codes them ``neet_youth_care_leavers`` at 10
councils. The codebook now has "youth" alone (a bare word scores 1, so a passage with a stronger theme of its own
keeps it), and the bodies of young representatives (youth parliament, youth MP, youth commission) are neutral: the
gold codes their lines other at 5 councils. "antisocial behaviour" is the closed spelling of a term the codebook had.
Notes r33_r33themes.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.paths import config_file
from analysis.themes import assign_themes, code_segments
from analysis.topics import load_codebook, match_theme

CB = load_codebook()

# written for this test (invented wordings); each was coded as given on BASE 9fb9d9c6 (isolated, assign_themes, with
# BASE's codebook; checked with BASE's src read-only); the gold's rule says neet_youth_care_leavers
YOUTH = [
    ("The Youth Offer consultation had closed and officers would report the results in the spring.", "other"),
    ("Members received a presentation from the Youth Council on the work it had done over the year.", "other"),
    ("The Youth Guarantee pilot would open to eighteen year olds in September.", "other"),
    ("A new youth strategy would be drafted with partners and brought back to the committee.", "other"),
    ("Officers described the youth projects and clubs running in each ward during the summer.", "other"),
    ("The Youth Activity Fund had paid for trips and sessions chosen by local children.", "finance"),
    ("The online survey asked young people which youth sessions they would attend and where.", "other"),
    ("Antisocial behaviour by a small group of teenagers had risen in the town centre.", "attendance_exclusions"),
]


@pytest.mark.parametrize("text,base", YOUTH)
def test_a_youth_services_passage_is_neet_youth(text, base):
    assert base != "neet_youth_care_leavers"  # what BASE coded it
    assert match_theme(text, CB).theme == "neet_youth_care_leavers"
    assert assign_themes([text]) == ["neet_youth_care_leavers"]


def test_a_youth_item_lends_its_theme_to_its_points():
    # BASE: other, other, other, other (the title named no theme term, so its points had nothing to inherit)
    segs = pd.DataFrame({"doc_id": ["d"] * 4, "seq": [0, 1, 2, 3], "kind": ["title", "paragraph", "bullet", "bullet"],
                         "heading": [None] + ["Youth Consultation Results"] * 3,
                         "text": ["Youth Consultation Results",
                                  "The survey recorded that children from the area suggested the following:",
                                  "Activities to take place in the evenings and at weekends,",
                                  "More places to meet friends after school"]})
    themes = [m.theme for m in code_segments(segs)]
    assert themes[0] == "neet_youth_care_leavers"
    assert themes[2] == themes[3] == "neet_youth_care_leavers"
    assert themes[1] == "other"  # a term-less lead stays other (the gold's rule for term-less paragraphs)


# guards: the same themes on BASE and now
GUARDS = [
    ("Update from the Youth MP and Deputy Youth MP", "other"),
    ("Two members of the Youth Parliament were welcomed to the meeting as observers.", "other"),
    ("The SEND Youth Forum had met twice and discussed the timeliness of EHCP annual reviews.", "send"),
    ("The youth justice service had reduced the number of first time entrants.", "neet_youth_care_leavers"),
    ("Behaviour in secondary schools had improved and fixed term exclusions had fallen.", "attendance_exclusions"),
    ("The overspend on the youth on remand budget was volatile and difficult to predict.", "finance"),
    ("Participation in sport and leisure had risen among young people.", "health_wellbeing"),
]


@pytest.mark.parametrize("text,theme", GUARDS)
def test_guards_keep_their_theme(text, theme):
    assert assign_themes([text]) == [theme]


def _edited(tmp_path, drop):
    text = config_file("codebook.yml", None).read_text(encoding="utf-8")
    for line in drop:
        assert line in text
        text = text.replace(line, "")
    p = tmp_path / "codebook.yml"
    p.write_text(text, encoding="utf-8")
    return load_codebook(p)


def test_a_researcher_who_removes_youth_gets_other_back(tmp_path):
    cb = _edited(tmp_path, ["      - youth\n"])
    line = "The Youth Offer consultation had closed and officers would report the results in the spring."
    assert match_theme(line, cb).theme == "other"
    assert assign_themes([line], cb) == ["other"]


def test_the_youth_parliament_lines_follow_the_neutral_list(tmp_path):
    neutral = re.findall(r"  - youth (?:parliament|MP|MPs|commission)\n", config_file("codebook.yml", None).read_text())
    assert len(neutral) == 4
    cb = _edited(tmp_path, neutral)
    assert match_theme("Update from the Youth MP and Deputy Youth MP", cb).theme == "neet_youth_care_leavers"
    assert match_theme("Update from the Youth MP and Deputy Youth MP", CB).theme == "other"
