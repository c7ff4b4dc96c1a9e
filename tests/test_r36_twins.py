"""(r36twins) The code twins round 35 left open, each now read from one source, and the config files a run reads
tracked by ``make``.

1. ``figures.context._CHANGE_LEFT``'s verbs of a change before "by": the stems of ``analysis.vocab.CHANGE_VERBS``
   (``vocab.change_verb_stems``), not prefixes of its own; the same words match as before.
2. ``figures.reference._CHANGE_WORDS``' verbs: ``vocab.PAST_CHANGE_VERBS`` with the bare forms it read; the same words.
3. The pages' note of what "on track" means names the colours the compare stage reads (``compare.TRACK_COLOURS``).
4. The Makefile's stages depend on a stamp of each config file they read (``$CM_FIGURE_RULES`` or
   ``data/figure_rules.yml`` ..., ``fingerprint.update_config``), rewritten only when the file the run reads changes.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis import compare, fingerprint, report, vocab
from analysis.figures import context, reference
from analysis.figures.grammar import Hit
from analysis.figures.rules import MEASURE_WORDS_FILE

ROOT = Path(__file__).resolve().parents[1]

#: the prefixes _CHANGE_LEFT had as a copy of its own at b8f51c33
_OLD_STEMS = ("increas", "decreas", "reduc", "improv", "declin", "chang", "drop", "cut", "grow", "ris", "fall", "fell",
              "rose", "grew", "up", "down")
#: _CHANGE_WORDS' pattern at b8f51c33
_OLD_CHANGE_WORDS = re.compile(r"\b(?:increase[sd]?|rose|risen|rise|fell|fallen|dropped|reduced|decreased|grown|grew|"
                               r"shot\s+up|doubled|improved|declined?|compared|whereas|but)\b", re.I)
#: words of change and near misses to compare the old and new patterns on
_WORDS = ("increase", "increases", "increased", "increasing", "rise", "rises", "risen", "rising", "rose", "fall",
          "falls", "fell", "fallen", "falling", "drop", "dropped", "dropping", "decline", "declined", "declines",
          "reduce", "reduced", "reduction", "decrease", "decreased", "grow", "grew", "grown", "growing", "growth",
          "improve", "improved", "improvement", "change", "changed", "cut", "cutting", "up", "down", "upward", "gone",
          "went", "narrowed", "worsened", "progressed", "doubled", "shot up", "compared", "whereas", "but", "noted",
          "risk", "updated", "uplifted", "Rose", "FELL")


def test_change_verb_stems_are_each_verbs_forms_common_prefixes() -> None:
    assert vocab.change_verb_stems("rise", "grow", "fall") == ("ris", "rose", "grow", "grew", "fall", "fell")
    for verb in vocab.CHANGE_VERBS:
        stems = vocab.change_verb_stems(verb)
        assert all(any(form.startswith(s) for s in stems) for form in vocab.CHANGE_VERBS[verb]), verb


def test_change_left_reads_the_vocabulary_stems_and_no_copy() -> None:
    assert set(context._CHANGE_BY_STEMS) == set(_OLD_STEMS)
    assert context._CHANGE_BY_STEMS[:-3] == vocab.change_verb_stems(
        "increase", "decrease", "reduce", "improve", "decline", "change", "drop", "grow", "rise", "fall")
    src = (ROOT / "src" / "analysis" / "figures" / "context.py").read_text(encoding="utf-8")
    assert "declin|chang|drop" not in src


@pytest.mark.parametrize("word", _WORDS)
def test_change_left_matches_what_it_matched(word: str) -> None:
    old = re.compile(r"\b(?:" + "|".join(_OLD_STEMS) + r")\w*\s+by\s*$", re.I)
    tail = f"The number of referrals {word} by "
    assert bool(context._CHANGE_LEFT.search(tail)) == bool(old.search(tail))


def test_change_left_is_a_change_before_by() -> None:
    for verb in ("has risen", "fell", "was reduced", "grew", "went up"):
        t = f"Referrals {verb} by 120 this year."
        at = t.index("120")
        assert context.is_change(t, Hit(at, at + 3, "figure", "num", [120.0]), t[:at]), verb
    t = "Boys made up 41% of the cohort."
    at = t.index("41")
    assert not context.is_change(t, Hit(at, at + 3, "figure", "pct", [41.0]), t[:at])


@pytest.mark.parametrize("word", _WORDS)
def test_reference_change_words_match_what_they_matched(word: str) -> None:
    text = f"95% in 2022 and {word} 99% in 2023"
    assert bool(reference._CHANGE_WORDS.search(text)) == bool(_OLD_CHANGE_WORDS.search(text))


def test_reference_change_words_read_every_past_change_verb() -> None:
    for verb in vocab.PAST_CHANGE_VERBS:
        assert reference._CHANGE_WORDS.search(f"it {verb} to 99% in 2023"), verb
    assert not reference._CHANGE_WORDS.search("95% in 2022 and 99% in 2023")


def test_track_colours_are_read_by_track_status() -> None:
    assert compare.track_status("Amber/Red") == compare.OFF
    assert compare.track_status(" RED ") == compare.OFF
    assert compare.track_status("green") == compare.ON
    assert compare.track_status("amber") is None


def _note() -> str:
    return report.templates().from_string('{% import "macros.html" as m %}{{ m.track_note() }}').render()


def test_track_note_names_the_compare_stages_colours(monkeypatch: pytest.MonkeyPatch) -> None:
    note = _note()
    assert 'or rated red) and on track' in note and "or rated green (the phrases" in note
    monkeypatch.setitem(compare.TRACK_COLOURS, compare.ON, ("blue",))
    assert "or rated blue (the phrases" in _note()


# ------------------------------------------------------------------ the config stamps


def test_config_stamp_follows_the_file_the_run_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_FIGURE_RULES", raising=False)
    out = tmp_path / "processed" / ".fingerprints" / "config-figure_rules.sha256"
    assert fingerprint.update_config("figure_rules", out)
    shipped = out.read_text(encoding="utf-8")
    assert "  data/figure_rules.yml\n" in shipped and MEASURE_WORDS_FILE in shipped  # (r37tidy) relative to the root
    assert not fingerprint.update_config("figure_rules", out)  # the same file: not rewritten (make reruns nothing)
    own = tmp_path / "mine"
    own.mkdir()
    (own / "figure_rules.yml").write_bytes((ROOT / "data" / "figure_rules.yml").read_bytes())
    monkeypatch.setenv("CM_FIGURE_RULES", str(own / "figure_rules.yml"))
    assert fingerprint.update_config("figure_rules", out)  # another path, the same bytes: the run reads another file
    assert str(own / "figure_rules.yml") in out.read_text(encoding="utf-8")
    assert "missing" in out.read_text(encoding="utf-8")  # no measure words beside it: the stage will say so
    assert not fingerprint.update_config("figure_rules", out)
    (own / "figure_rules.yml").write_text("# edited\n", encoding="utf-8")
    assert fingerprint.update_config("figure_rules", out)  # the researcher's file edited
    monkeypatch.delenv("CM_FIGURE_RULES")
    assert fingerprint.update_config("figure_rules", out)  # back to the shipped file
    assert out.read_text(encoding="utf-8") == shipped


def test_config_stamp_of_the_learnt_rows_keeps_the_switch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CM_LEARNT_ID_ROWS", raising=False)
    monkeypatch.delenv("CM_LEARNT_ID", raising=False)
    out = tmp_path / "config-learnt_id_rows.sha256"
    fingerprint.update_config("learnt_id_rows", out)
    monkeypatch.setenv("CM_LEARNT_ID", "off")
    assert fingerprint.update_config("learnt_id_rows", out)
    assert out.read_text(encoding="utf-8").endswith("CM_LEARNT_ID=off\n")


def test_config_stamp_refuses_an_unknown_name(tmp_path: Path) -> None:
    with pytest.raises(SystemExit, match="no config file named"):
        fingerprint.update_config("rules", tmp_path / "x")


def test_config_files_resolve_as_the_stages_read_them() -> None:
    from analysis import paths, themes
    from analysis.figures import learnt_id

    assert fingerprint.MEASURE_WORDS_FILE == MEASURE_WORDS_FILE
    assert paths.config_file(fingerprint.CONFIG_FILES["themes_training"]) == themes.training_path()
    assert paths.config_file(fingerprint.CONFIG_FILES["learnt_id_rows"]) == learnt_id.rows_path()


def _rule(makefile: str, target_start: str) -> str:
    """The prerequisite line(s) of the rule whose targets start with ``target_start``."""
    m = re.search(rf"(?m)^{re.escape(target_start)}[^\n]*&:((?:[^\n]*\\\n)*[^\n]*)", makefile)
    assert m, target_start
    return m.group(1)


@pytest.mark.parametrize("target,stamps", [
    ("$(P)/figures.parquet", ("figure_rules", "indicators", "learnt_id_rows")),
    ("$(P)/topics.parquet", ("codebook", "themes_training")),
    ("$(COMPARE_TABLES)", ("figure_rules", "indicators")),
])
def test_makefile_stages_depend_on_the_config_stamps(target: str, stamps: tuple[str, ...]) -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    prereqs = _rule(makefile, target)
    for name in stamps:
        assert f"$(call config_stamp,{name})" in prereqs, name
    assert not re.search(r"\bdata/(?:figure_rules|indicators|codebook|measure_words|learnt_id_rows|themes_training)",
                         prereqs), "a stage depends on the shipped file only, not the one $CM_* names"
    # (r44noop: FORCE but in the pages' make that `make reports` runs once every stamp is up to date, STAMPS_MADE=1)
    assert re.search(r"(?m)^\$\(CONFIG_STAMPS\): \$\(P\)/\.fingerprints/config-%\.sha256: \$\(STAMP_FORCE\)", makefile)
    assert "STAMP_FORCE := $(if $(filter command line,$(origin STAMPS_MADE)),,FORCE)" in makefile
    assert "-m analysis.fingerprint --config $* " in makefile
    for name in stamps:
        assert name in fingerprint.CONFIG_FILES


# ------------------------------------------------------------------ the note reads the rules the run was given


def _rules_file(tmp_path: Path) -> Path:
    text = (ROOT / "data" / "figure_rules.yml").read_text(encoding="utf-8")
    old = '    - "better than target"\n  missed_target:'
    assert old in text
    path = tmp_path / "figure_rules.yml"
    path.write_text(text.replace(old, '    - "better than target"\n    - "ahead of (plan|schedule)"\n  missed_target:', 1),
                    encoding="utf-8")
    (tmp_path / MEASURE_WORDS_FILE).write_bytes((ROOT / "data" / MEASURE_WORDS_FILE).read_bytes())
    return path


def test_track_note_names_the_phrases_of_the_rules_a_page_is_given(tmp_path: Path) -> None:
    path = _rules_file(tmp_path)
    assert report.track_examples(str(path))["on"][-1] == "ahead of plan"  # a file, as compare --rules FILE
    page = report.templates().from_string(
        '{% import "macros.html" as m %}{{ m.track_note(track) }}').render(track=report.track_examples(path))
    assert '"ahead of plan", or rated green' in page
    assert '"ahead of plan"' not in _note()  # no rules given: the shipped file's


def test_pages_take_the_rules_of_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import inspect

    for fn in (report.render_council, report.render_comparison, report.write_council, report.write_comparison,
               report.render_all):
        assert "rules" in inspect.signature(fn).parameters, fn.__name__
    seen: dict[str, object] = {}
    monkeypatch.setattr(report, "render_all", lambda *a, **k: seen.update(k))
    assert report.main(["all", "--rules", "my_rules.yml"]) == 0
    assert seen["rules"] == "my_rules.yml"
    for name in ("council.html", "comparison.html"):
        assert "m.track_note(track)" in (ROOT / "src" / "analysis" / "templates" / name).read_text(encoding="utf-8")
