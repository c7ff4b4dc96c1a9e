"""Theme coding: codebook + learnt model + context (analysis.themes), on tiny frames and real minutes."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import themes as TH
from analysis import topics as T
from analysis.realworld import load_gold, match_passages

ROOT = Path(__file__).resolve().parents[1]
RW = ROOT / "tests" / "realworld"


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return T.load_codebook(ROOT / "data" / "codebook.yml")


def _codebook_with(extra_term: str, theme: str) -> T.Codebook:
    from analysis.io import read_config_yaml

    data = read_config_yaml(ROOT / "data" / "codebook.yml", "codebook", "")
    for t in data["themes"]:
        if t["id"] == theme:
            t["terms"] = list(t["terms"]) + [extra_term]
    return T.parse_codebook(data, "edited codebook")


# ------------------------------------------------------------------------------- codebook edits


def test_adding_a_codebook_term_changes_the_assignment(codebook: T.Codebook) -> None:
    text = "The Sunflower programme had reached more families this term."
    segs = pd.DataFrame({"doc_id": ["d"], "seq": [0], "kind": ["paragraph"], "heading": [None], "text": [text]})
    assert TH.assign_themes([text], codebook) == ["other"]
    edited = _codebook_with("sunflower programme", "early_help")
    assert TH.assign_themes([text], edited) == ["early_help"]
    assert T.assign_themes([text], edited) == ["early_help"]
    m = TH.code_segments(segs, None, edited)[0]
    assert m.theme == "early_help" and m.terms == ("sunflower programme",)
    # Removing a theme removes it from the model too: its training passages are left out.
    data = [{"id": t.id, "name": t.name, "terms": [x.text for x in t.terms]} for t in codebook.themes if t.id != "send"]
    no_send = T.parse_codebook(data)
    assert "send" not in TH.assign_themes(["EHCP timeliness improved to 60%."], no_send)


def test_procedure_phrases_count_for_other(codebook: T.Codebook) -> None:
    texts = ["Apologies for absence were received from Cllr Smith.",
             "Councillor Jones declared a disclosable pecuniary interest as a foster carer.",
             "RESOLVED that the minutes of the Children and Safeguarding Committee be approved as a correct record.",
             "There were two members of the public in attendance at the meeting.",
             "Persistent absence in secondary schools had fallen."]
    assert TH.assign_themes(texts, codebook) == ["other"] * 4 + ["attendance_exclusions"]
    assert T.match_theme(texts[0], codebook).theme == "other"
    with pytest.raises(Exception, match="procedure: term 1"):
        T.parse_codebook({"themes": [{"id": "a", "name": "A", "terms": ["x"]}], "procedure": [3]}, "cb.yml")


def test_failure_classes_of_real_minutes(codebook: T.Codebook) -> None:
    # Early help bullets, workforce passages naming roles, SEND finance, role titles (written here).
    texts = ["Supporting families: 420 families had been turned around under the troubled families programme.",
             "The new family hubs would open in the spring.",
             "Recruitment and retention of social workers remained difficult, with agency staff covering vacancies.",
             "Staff sickness absence was higher in children's services than across the council.",
             "The deficit on the high needs block was forecast to grow.",
             "Jo Bloggs, Service Director, Children's Social Care and Safeguarding, introduced the item.",
             "The youth justice service reported fewer first time entrants and less reoffending."]
    assert TH.assign_themes(texts, codebook) == ["early_help", "early_help", "workforce", "workforce", "send",
                                                 "other", "neet_youth_care_leavers"]


# Failure classes of real minutes named in issue 11, each in several phrasings written as councils
# write them (all fail with the codebook before its domain terms were added): the terms come from
# the domain (inspection types, job roles, SEND needs and provision, school funding blocks ...),
# not from any one council's minutes.
CLASS_PHRASINGS = {
    "inspections of children's services are safeguarding, not school standards": ("safeguarding", [
        "The Joint Targeted Area Inspection had looked at the multi-agency response to children at risk.",
        "Members welcomed the letter following the focussed visit by Ofsted inspectors."]),
    "workforce passages naming roles, agency and development": ("workforce", [
        "Agency spend had reduced following the conversion of locums to permanent contracts.",
        "Supervision and continuous professional development for practitioners had improved."]),
    "SEND needs, provision and the high-needs deficit": ("send", [
        "The short breaks offer for disabled children had been recommissioned.",
        "The DSG management plan set out how the cumulative deficit would be reduced.",
        "Preparation for adulthood was a priority for young people with complex needs."]),
    "early help services by their names": ("early_help", [
        "The family intervention service had worked with 300 households."]),
    "children's health services and wellbeing programmes": ("health_wellbeing", [
        "Funding for school nurses had been reduced this year.",
        "The Holiday Activities and Food programme had reached 4,000 children.",
        "Pupils were offered counselling for anxiety after the pandemic."]),
    "pupil numbers and rolls are school place planning": ("school_places_transport", [
        "Falling rolls in the primary sector meant some schools had surplus capacity.",
        "The falling birth rate would reduce demand for reception places from 2026.",
        "Pupil projections showed a need for more secondary places by 2028."]),
    "attendance enforcement and school avoidance": ("attendance_exclusions", [
        "Fixed penalty notices for unauthorised holidays in term time had increased.",
        "Emotionally based school avoidance was a growing concern."]),
    "care orders": ("children_in_care", ["The number of children subject to care orders had risen."]),
    "a meeting header (body, weekday and date, time, venue) is procedure, whatever the body's name": ("other", [
        "Corporate Parenting Board - Wednesday, 5 June 2024 2.00 pm",
        "SEND Improvement Board - Thursday 7 November 2024 10.00 am",
        "Early Help and Prevention Sub-Committee - Tuesday, 9th July, 2024 6.00 pm",
        "Wednesday, 17th January, 2024 7.00 pm Venue: Council Chamber, Civic Centre. Contact: Democratic Services"]),
    "a department named for the whole portfolio is not the youth service": ("other", [
        "Children and Young People Service",
        "The Committee received a presentation outlining the areas the Children and Young People's Service "
        "was responsible for.",
        "The Children, Young People and Families Directorate had been restructured into three divisions."]),
    "a line of an attendance list (a name and a role) is procedure": ("other", [
        "· Councillor Helen Hayden, Executive Member for Children and Families",
        "· Dan Barton, Deputy Director – Learning",
        "Sandra Pentelow, Projects and Programme Manager",
        "Jo Smith (Head of Virtual School)"]),
    "a money word coordinated with performance names a whole report (combined report titles are other)": ("other", [
        "Children's Services Performance and Financial Monitoring Report, Quarter 1",
        "The report set out the directorate's performance and financial position at the end of the year.",
        "Members received the performance and budget monitoring report for the first quarter.",
        "Members scrutinised the Council's performance and budget position for services within the committee's remit.",
        "Quarter 3 Performance and Finance Report"]),
    "a period named by the financial year is a date, not money (codebook neutral phrases)": (None, [
        ("Thirty new foster carers were expected to be approved by the end of the financial year.",
         "fostering_adoption"),
        ("Eight adoption orders had been granted so far this financial year.", "fostering_adoption"),
        ("Forty foster carers had been approved during the financial year.", "fostering_adoption"),
        ("Five new youth centres would open before the end of the financial year.", "neet_youth_care_leavers"),
        ("Twelve special guardianship orders were made in the last financial year.", "fostering_adoption"),
        ("In the last financial year 212 children came into care, most of them teenagers.", "children_in_care"),
        ("Sixty EHC needs assessments were completed in the first quarter of the financial year.", "send"),
        ("By the end of the financial year 40 care leavers were in apprenticeships.", "neet_youth_care_leavers"),
        ("The forecast overspend for the financial year was 4.2m.", "finance")]),
    "school results: key stage acronyms glued to a number (KS2, KS4), point scores, grade boundaries": (
        "education_standards", [
            "Provisional KS4 figures showed a rise in the proportion of pupils achieving a strong pass in English "
            "and maths.",
            "The average point score per entry at sixth form had fallen slightly.",
            "Members asked how the borough's school results compared with statistical neighbours.",
            "KS2 writing was below the national average this year.",
            "Changes to grade boundaries had affected the reported figures."]),
    "approving or noting the minutes of a body named for a theme is procedure": ("other", [
        "The minutes of the SEND Partnership Board held on 4 March 2024 were noted.",
        "To approve the minutes of the Corporate Parenting Panel meeting held on 12 January 2023.",
        "Members noted the minutes of the Youth Justice Management Board meeting held on 2 February.",
        "The minutes of the Fostering Panel meeting of 3 May were received for information."]),
    "youth unemployment, youth crime and the raising of the participation age": ("neet_youth_care_leavers", [
        "Youth unemployment in the borough had fallen to 4.1% of 18 to 24 year olds.",
        "Members asked how the council met its duties under the raising of the participation age.",
        "Youth crime in the town centre had risen over the summer holidays."]),
    "children in residential provision and placed out of borough": ("children_in_care", [
        "Eleven children were in residential provision, seven of them placed out of borough.",
        "Members asked why so many children had been placed out of borough."]),
    "a declaration of interest naming a themed item is procedure": ("other", [
        "Councillor Patel declared a non-pecuniary interest as her daughter attends a pupil referral unit."]),
}


@pytest.mark.parametrize("name", sorted(CLASS_PHRASINGS))
def test_failure_class_phrasings(codebook: T.Codebook, name: str) -> None:
    theme, texts = CLASS_PHRASINGS[name]
    if theme is None:  # (text, theme) pairs
        assert TH.assign_themes([t for t, _ in texts], codebook) == [th for _, th in texts], name
        return
    assert TH.assign_themes(texts, codebook) == [theme] * len(texts), name


def test_neutral_phrases_use_up_their_words_and_count_for_nothing() -> None:
    """A researcher who lists a phrase under ``neutral:`` stops it counting for the theme of its words."""
    themes = [{"id": "money", "name": "Money", "terms": ["financial", "overspend"]},
              {"id": "care", "name": "Care", "terms": ["foster carer"]}]
    plain = T.parse_codebook({"themes": themes})
    edited = T.parse_codebook({"themes": themes, "neutral": ["financial year"]})
    text = "Ten foster carers were approved in the financial year."
    assert T.theme_scores(text, plain)[0] == (1.0, 2.0)
    assert T.theme_scores(text, edited)[0] == (0.0, 2.0)
    assert T.procedure_score(text, edited) == 0.0
    assert T.theme_scores("The financial year ended with an overspend.", edited)[0] == (1.0, 0.0)
    with pytest.raises(T.ConfigError, match="neutral"):
        T.parse_codebook({"themes": themes, "neutral": ["year 2024"]}, "cb.yml")


def test_money_beside_performance_is_still_finance(codebook: T.Codebook) -> None:
    """Only the coordinated report name is set aside: an overspend or a deficit keeps its theme."""
    texts = ["Budget monitoring showed an overspend of 2.1m on placements, although performance against the "
             "savings plan had improved.",
             "Performance of the budget: the directorate forecast an overspend of 3.4m at year end."]
    assert TH.assign_themes(texts, codebook) == ["finance", "finance"]
    ws = T.words("performance of EHC needs assessments")
    used = [False] * len(ws)
    T._combined_reports("performance of EHC needs assessments", ws, used)
    assert not any(used)


# ------------------------------------------------------------------------------------- context


def _frame(rows: list[tuple[str, str | None, str]], doc: str = "d") -> pd.DataFrame:
    return pd.DataFrame({"doc_id": [doc] * len(rows), "seq": list(range(len(rows))),
                         "kind": [r[0] for r in rows], "heading": [r[1] for r in rows], "text": [r[2] for r in rows]})


def test_bullets_inherit_the_theme_of_their_heading_and_lead(codebook: T.Codebook) -> None:
    segs = _frame([
        ("title", None, "Child Protection Plan Increases"),
        ("paragraph", "Child Protection Plan Increases", "The following key issues were identified:"),
        ("bullet", "Child Protection Plan Increases", "The new approach had been piloted in two teams."),
        ("bullet", "Child Protection Plan Increases", "Apologies for absence were received."),
        ("paragraph", "Child Protection Plan Increases", "The Chair thanked the officer for the presentation."),
    ])
    got = [m.theme for m in TH.code_segments(segs, None, codebook)]
    # the bullet inherits; procedure never does; a paragraph with nothing of its own stays other
    assert got == ["safeguarding", "other", "safeguarding", "other", "other"]
    assert TH.code_segments(segs, None, codebook)[2].terms == ("(context)",)
    # Isolated, the same bullet has no context and no theme term.
    assert TH.assign_themes(["The new approach had been piloted in two teams."], codebook) == ["other"]


def test_the_lead_paragraph_and_the_document_title_weigh_in(codebook: T.Codebook) -> None:
    neutral = _frame([
        ("paragraph", "Item 5", "Members asked about the fostering service; the following was noted:"),
        ("bullet", "Item 5", "The new offer had started in June."),
    ])
    assert [m.theme for m in TH.code_segments(neutral, None, codebook)] == ["fostering_adoption"] * 2
    untitled = _frame([("bullet", "Item 5", "The new offer had started in June.")], doc="e")
    docs = pd.DataFrame({"doc_id": ["e"], "title": ["Annual Fostering Report"]})
    assert TH.code_segments(untitled, None, codebook)[0].theme == "other"
    assert TH.code_segments(untitled, docs, codebook)[0].theme == "fostering_adoption"
    # Order of the rows given does not matter: the context follows (doc_id, seq).
    both = pd.concat([neutral, untitled]).iloc[::-1]
    assert [m.theme for m in TH.code_segments(both, docs, codebook)] == ["fostering_adoption"] * 3



def test_a_passage_split_between_a_service_and_its_cost_follows_its_heading(codebook: T.Codebook) -> None:
    # A paragraph whose own terms are split (the service, its cost, recruitment) is about the
    # service its item names (gold rule: the cost of a service is the service); a paragraph with no
    # term of its own keeps the smaller context weight (the lead paragraph test above).
    segs = _frame([("paragraph", "Fostering Service Annual Report", "The cost of placements with independent agencies "
                    "had risen, and recruitment remained the main pressure."),
                   ("paragraph", "Adoption Annual Report", "The cost of interagency placements had risen and "
                    "recruitment remained the main pressure.")])
    assert [m.theme for m in TH.code_segments(segs, None, codebook)] == ["fostering_adoption"] * 2
    # alone, the passages are about cost or placements, not fostering: the heading is what decides
    assert "fostering_adoption" not in TH.assign_themes(segs["text"].tolist(), codebook)


# ---------------------------------------------------------------------------- model and training


def test_model_is_deterministic_and_training_file_is_current(codebook: T.Codebook) -> None:
    import importlib.util

    training = TH.load_training()
    a = TH.fit_model(codebook, training).proba(training["text"].head(50).tolist())
    b = TH.fit_model(codebook, training.sample(frac=1.0, random_state=1)).proba(training["text"].head(50).tolist())
    assert np.array_equal(a, b)
    spec = importlib.util.spec_from_file_location("btt", ROOT / "scripts" / "build_theme_training.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        built = mod.build()
    assert built.to_csv(index=False, lineterminator="\n") == TH.training_path().read_text(encoding="utf-8"), \
        "data/themes_training.csv is stale: rerun scripts/build_theme_training.py"
    # Never the real-minutes test split: it is kept for measuring.
    manifest, _, _ = load_gold(RW)
    test_docs = set(manifest.loc[manifest["split"] == "test", "doc_id"])
    assert not (set(training["doc_id"]) & test_docs)


def test_missing_training_file_falls_back_to_the_codebook(codebook: T.Codebook, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CM_THEMES_TRAINING", str(tmp_path / "none.csv"))
    texts = ["Foster carer recruitment remained difficult.", "Apologies for absence."]
    assert TH.assign_themes(texts, codebook) == [T.match_theme(t, codebook).theme for t in texts]
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(Exception, match="bad.csv: missing column"):
        TH.load_training(bad)


def test_cross_validated_quality_tables(codebook: T.Codebook) -> None:
    cv = TH.cross_validated(TH.load_training(), codebook)
    scores = TH.per_theme_scores(cv["theme"], cv["coded"])
    acc = float(scores.loc[scores["theme"] == "(all)", "f1"].iloc[0])
    print(f"\ncouncil-held-out accuracy on all annotated passages: {acc:.3f}")
    # floor: 0.858 when set on sets A-D (codebook domain terms; 0.844 before); 0.843 with the dev
    # passages of sets E and F, 0.835 with those of sets A-J (1,233 passages), minus a small margin.
    # Round 12 added round 11's pool passages (source pools-r11, 40 councils' pages, harder: 0.768 held
    # out): all 2,291 passages 0.814; the others keep their own floor.
    assert acc >= 0.80
    # Round 13 added round 12's fresh-pool passages (pools-r12, 28 councils, harder still): all 0.806 at
    # the chosen configuration; the sources that are not pools keep their floor.
    others = cv[~cv["source"].str.startswith("pools-")]
    assert float((others["theme"] == others["coded"]).mean()) >= 0.84
    conf = TH.confusion(cv["theme"], cv["coded"])
    assert int(conf.to_numpy().sum()) == len(cv) and int(np.trace(conf.to_numpy())) == round(acc * len(cv))


# ------------------------------------------------------------------------------- real minutes


@pytest.fixture(scope="module")
def realworld_themes(realworld_run: dict) -> pd.DataFrame:
    """Each gold passage of tests/realworld with the session pipeline run's theme and the isolated one."""
    table = realworld_run["tables"]["topics"]
    manifest, _, gold = load_gold(RW)
    m = match_passages(gold, table)
    m["iso_theme"] = T.assign_themes(m["text"].tolist())
    return m.merge(manifest[["doc_id", "split"]], on="doc_id")


# Floors: final scores minus a small margin. dev: the model has learnt from these passages, so the
# dev floors hold the fit (council-held-out dev scores are 0.85 / 0.82, see analysis/themes.py);
# test: never tuned on (first run 0.735 / 0.748; item titles kept by clean: 0.816 / 0.799).
# Issue 11, themes round 2 (codebook domain terms, meeting headers, context weight): dev 0.951 / 0.964,
# test 0.823 / 0.803 (before: 0.819 / 0.795). Round 12 (the model learns from round 11's pool passages
# too, context weight 0.75): dev 0.948 / 0.957, test 0.850 / 0.832.
FLOORS = {("dev", "pred_theme"): 0.93, ("dev", "iso_theme"): 0.94,
          ("test", "pred_theme"): 0.83, ("test", "iso_theme"): 0.81}


@pytest.mark.parametrize("split,column", sorted(FLOORS))
def test_theme_accuracy_on_real_minutes(realworld_themes: pd.DataFrame, split: str, column: str) -> None:
    m = realworld_themes[realworld_themes["split"] == split]
    acc = float((m[column] == m["theme"]).mean())
    print(f"\n{split} {column}: {acc:.3f} ({len(m)} passages)")
    assert acc >= FLOORS[(split, column)]
