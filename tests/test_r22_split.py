"""Round 22, helper r22split: one sentence splitter for every stage (clean's Punkt splitter,
:func:`analysis.clean.split_sentences`, with the minutes' abbreviations) and round 21's code debts, each now defined
in one place (tests/realworld/notes/r22_r22split.md).

Every text was written for the test in general council English (not copied from a page). Tests marked "fails on
86e559d" fail on main's code at 86e559d; the guards beside them pass on both.
"""

from __future__ import annotations

from analysis.figures.indicators import Evidence, dsg_deficit_before, load_indicators


# 1. The money rule's "last two sentences of the paragraph before" are clean's sentences: an abbreviation ("Cllr.",
#    "No.") does not end one. Fails on 86e559d: its own regex split after "Cllr." and lost the sentence naming the deficit.
def test_dsg_deficit_before_reads_cleans_sentences() -> None:
    inds = load_indicators()
    t = "That has led to an overspend of £0.5m."
    before = "The DSG deficit now stands at £5m, said Cllr. Jones. Members noted the report."
    assert dsg_deficit_before(Evidence("overspend", "own", t, t, "gbp", None, before=before), inds)


def test_dsg_deficit_before_only_the_last_two_sentences() -> None:  # guard: passes on both
    inds = load_indicators()
    t = "That has led to an overspend of £0.5m."
    before = "The DSG deficit now stands at £5m. Members asked about transport. The Chair thanked officers."
    assert not dsg_deficit_before(Evidence("overspend", "own", t, t, "gbp", None, before=before), inds)
    assert not dsg_deficit_before(Evidence("overspend", "own", t, t, "gbp", None, before="   "), inds)


# 2. The learnt second opinion's words "in the figure's sentence" are clean's sentence: an abbreviation does not cut it,
#    a blank line still does. Fails on 86e559d: its own regex cut after "Cllr." and "e.g.".
def test_learnt_id_sides_are_cleans_sentence() -> None:
    from analysis.figures.learnt_id import _sentence_sides

    assert _sentence_sides("Item closed. Cllr. Jones said there were ", " referrals (e.g. from schools). Next") == (
        "Cllr. Jones said there were ", " referrals (e.g. from schools)")


def test_learnt_id_sides_stop_at_a_sentence_or_paragraph() -> None:  # guard: passes on both
    from analysis.figures.learnt_id import _sentence_sides

    assert _sentence_sides("Item closed. There were ", " referrals. The Chair") == ("There were ", " referrals")
    assert _sentence_sides("Referrals\n\nThere were ", " referrals\n\nNext") == ("There were ", " referrals")


# 3. A petition scheme's threshold: the modal ("must", "should") is read in the figure's sentence as clean splits it, so
#    an abbreviation between them does not hide it. Fails on 86e559d: its ". " cut after "para." and the 500 stayed a figure.
def test_petition_threshold_modal_in_cleans_sentence() -> None:
    from figure_rows import kinds

    text = "A petition must, under para. 4 of the scheme, be signed by at least 500 residents."
    assert kinds(text).get("500") == "threshold"


def test_petition_signed_in_another_sentence_stays_a_figure() -> None:  # guard: passes on both
    from figure_rows import surfaces

    assert "500" in surfaces("Petitions must be presented in person. This one was signed by at least 500 residents.")


# 4. (debt) The money rules' amount is written once (indicators._AMOUNT): every pattern that reads an amount and what
#    follows it is built from it, and reads "£2.5m", "$ 300,000", "£1.2 billion" alike. Passes on both (a refactor: the
#    three older patterns spelt the same text out, so every pattern's text is 86e559d's to the letter).
def test_money_patterns_share_one_amount() -> None:
    import re

    from analysis.figures import indicators as ind

    for name in ("_OTHER_MONEY_RIGHT", "_OTHER_MONEY_KIND", "_ALLOCATED_AMOUNT", "_TOWARDS_VARIANCE", "_GAP_AFTER_AMOUNT",
                 "_CARRY_AFTER"):
        assert ind._AMOUNT in getattr(ind, name).pattern, name
    amount = re.compile(ind._AMOUNT)
    assert [amount.fullmatch(s) is not None for s in ("£2.5m", "$ 300,000", "£1.2 billion", "2.5m")] == [True, True, True, False]
    assert ind._OTHER_MONEY_RIGHT.search("a plan to move £3.6m from reserves")
    assert ind._OTHER_MONEY_KIND.search("we must make £53m in budget cuts")
    assert ind._ALLOCATED_AMOUNT.search("£2m which has been allocated to schools")


# 5. (debt) "Nationally" is one definition (reference._NATIONALLY): a benchmark's name and a place right of a figure
#    both take it, and neither takes the adverb of a standard ("a nationally recognised course"). Fails on 86e559d:
#    _BENCH_PLACE took the bare word, so the figure below was read as the country's.
def test_nationally_recognised_is_no_place_right_of_a_figure() -> None:
    from analysis.figures import reference
    from analysis.figures.rules import load_rules

    bp = reference.rule_benchmarks(load_rules())  # (r23rules: built from the rules object)
    t = "The service trained 40 foster carers on a nationally recognised course."
    s = t.index("40")
    assert reference._bench_of_clause(t, 0, len(t), s, s + 2, 0, bp) is None
    t = "The service trained 40 foster carers, more than the 35 expected nationally."
    assert bp.place.search(t).group(0) == "nationally"  # guard: passes on both


# 6. (debt) The blind set's work/ scripts are thin callers of scripts/pooltools.py: decode writes a set's manifest at
#    its root (the sources' columns, "\n" lines) and used can leave the staging folders out. Fails on 86e559d (no
#    such arguments).
def _pooltools():
    import importlib.util
    import sys
    from pathlib import Path

    spec = importlib.util.spec_from_file_location("pooltools", Path(__file__).resolve().parents[1] / "scripts" / "pooltools.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules["pooltools"] = mod
    spec.loader.exec_module(mod)
    return mod


def test_pooltools_decode_to_a_sets_manifest(tmp_path) -> None:
    pt = _pooltools()
    (tmp_path / "work/src").mkdir(parents=True)
    (tmp_path / "work/sources.csv").write_text("file,council,title\na.txt,X,Minutes\n", encoding="utf-8")
    (tmp_path / "work/src/a.jsonstr").write_text("Line one\\nLine \\u00a3two\n", encoding="utf-8")
    pt.decode(tmp_path, manifest=tmp_path / "manifest.csv")
    assert (tmp_path / "manifest.csv").read_bytes() == b"file,council,title\na.txt,X,Minutes\n"
    assert (tmp_path / "raw/a.txt").read_text(encoding="utf-8") == "Line one\nLine \u00a3two"


def test_pooltools_used_without_staging(tmp_path, capsys) -> None:
    pt = _pooltools()
    rw = tmp_path / "realworld"
    (rw / "pools/r98").mkdir(parents=True)
    (rw / "pools/r98/manifest.csv").write_text("file,council,source_url\na.txt,X,https://old.org/q\n")
    assert pt.used(str(rw), "/r99/", ["https://old.org/q", "https://new.org/p"], staging=None) == 1
    assert capsys.readouterr().out.split("\n")[:2] == ["USED https://old.org/q", "new  https://new.org/p"]


# 7. (debt) The three texts the phrase reader takes are made in one place (phrase.name_texts), with its identity rule
#    (a text equal to the one before it is that object) next to the reader that tests it. Fails on 86e559d (extraction
#    built the tuple inline).
def test_name_texts_identity() -> None:
    from analysis.figures.phrase import GLOSS_SPACE, NAME_COMMA, name_texts

    plain = "There were 40 referrals."
    assert all(x is plain for x in name_texts(plain))
    t = "Of those, 53% had education, health and care plans (EHCPs) within 20 weeks."
    a, b, c = name_texts(t)
    assert a is t and NAME_COMMA in b and GLOSS_SPACE not in b and GLOSS_SPACE in c and len(a) == len(b) == len(c)
    a, b, c = name_texts("12 were not in employment, education or training.")
    assert b is c and NAME_COMMA in b


# 8. A numbered list run into one line: "no sentence's end between the numbers" is clean's sentence, so an abbreviation
#    in an item's title does not end it. Fails on 86e559d: its ". " test read "Cllr. " as a sentence's end.
def test_run_on_list_title_with_an_abbreviation() -> None:
    from analysis.figures.kinds import _run_on_list_number

    t = "Agenda 1. Apologies 2. Report of Cllr. Jones on Youth Services 3. Minutes of the last meeting"
    assert [_run_on_list_number(t, t.index(x), t.index(x) + 1, int(x)) for x in "23"] == [True, True]
    t = "The number of placements fell to 3. The Committee noted it. There were 4. The Chair spoke."  # guard: both
    assert not _run_on_list_number(t, t.index("4"), t.index("4") + 1, 4)


# 9. A ModernGov decision block's label line "goes on into prose" when clean's splitter finds a second sentence on it:
#    a councillor's abbreviated title or an initial does not. Fails on 86e559d: its regex read "Cllr. J" as a new sentence.
def test_decision_block_label_line_with_an_abbreviation() -> None:
    from analysis.topics import meeting_header

    assert meeting_header("Decision due: 17 Jun 2025 by Cabinet\nLead member: Cllr. J. Smith, Cabinet Member for Children")
    assert not meeting_header("Decision due: 1 May. Foster carer recruitment had fallen by 12 households.")  # guard
