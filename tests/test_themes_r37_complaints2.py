"""Round 37 (r37complaints2): what a complaints sentence goes on to list is the complaint's remit, not the subject."""
from analysis import topics as T
from analysis.topics import load_codebook, match_theme, parse_codebook

CB = {"themes": [{"id": "send", "name": "SEND", "terms": ["SEND", "EHCP", "special educational needs"]},
                 {"id": "att", "name": "Attendance", "terms": ["persistent absence"]},
                 {"id": "cic", "name": "Care", "terms": ["looked after children", "children looked after"]},
                 {"id": "wf", "name": "Workforce", "terms": ["training"]},
                 {"id": "fos", "name": "Fostering", "terms": ["foster carers"]}],
      "complaints": {"words": ["complaint", "LGSCO"], "keep": ["send"]}}


def test_overview_listing_complaints_report_is_other():
    cb = parse_codebook(CB)
    t = "This meeting included a report on complaints received by the department, a report on persistent absence."
    assert match_theme(t, cb).theme == "other"
    t = "Members approved a new Complaints Policy, and allocated funding for special educational needs projects."
    assert match_theme(t, cb).theme == "send"  # a kept theme counts all the same


def test_list_continuation_and_process_words():
    cb = parse_codebook(CB)
    assert match_theme("Complaints were mostly made about the Children in Need Service, followed by the "
                       "Children Looked After Service.", cb).theme == "other"
    assert match_theme("It was explained that LGSCO training was being rolled out.", cb).theme == "other"


def test_what_precedes_the_complaint_and_other_sentences_count():
    cb = parse_codebook(CB)
    assert match_theme("Foster carers told the panel last week that a complaint was made.", cb).theme == "fos"
    assert match_theme("Complaints fell. Persistent absence rose.", cb).theme == "att"
    assert match_theme("A review of complaints received by the SEND service.", cb).theme == "send"


def test_researcher_edit_changes_outcome():
    t = "This meeting included a report on complaints received by the department, a report on persistent absence."
    without = parse_codebook({k: v for k, v in CB.items() if k != "complaints"})
    assert match_theme(t, without).theme == "att"
    nokeep = parse_codebook({**CB, "complaints": {"words": ["complaint"]}})
    t = "Members approved a new Complaints Policy, and allocated funding for special educational needs projects."
    assert match_theme(t, nokeep).theme == "other"


def test_shipped_codebook():
    cb = load_codebook()
    assert match_theme("There were 43 complaints. The complaints were mostly made about the Children in Need "
                       "Service, followed by the Children Looked After Service.", cb).theme == "other"


def test_one_complaint_keeps_its_sentence_subject():
    cb = parse_codebook(CB)
    assert match_theme("Carers undergoing any complaint investigation get support from foster carers.", cb).theme == "fos"
    assert match_theme("Carers said complaints get support from foster carers.", cb).theme == "other"


def test_a_long_passage_of_complaint_sentences_is_marked_as_its_sentences_are() -> None:
    """(lead, round 37) ``complained_of`` reads a bounded window before each complaint word and marks each sentence once:
    a long complaints report in one passage is marked exactly as its sentences are one by one."""
    cb = T.parse_codebook({"themes": [{"id": "sg", "name": "SG", "terms": ["children's social care"]},
                                      {"id": "send", "name": "SEND", "terms": ["EHCP"]}],
                           "complaints": {"words": ["complaint"], "keep": ["send"]}})
    sentences = ["Complaints about Children's Social Care rose, and complaints about EHCP delays fell.",
                 "There was one complaint about children's social care staff.",
                 "Children's social care was praised.",
                 "A complaint investigation into Children's Social Care was completed."] * 40
    text = " ".join(sentences)
    whole = T.complained_of(text, T.words(text), cb)
    parts: list[int] = []
    for s in sentences:
        m = T.complained_of(s, T.words(s), cb)
        parts += m if m is not None else [0] * len(T.words(s))
    assert whole == parts
    assert any(whole) and not all(whole)
