"""Round 12 (r12thememodel): the theme model also learns from round 11's judged pool passages.

``scripts/build_theme_training.py`` adds the source ``pools-r11`` (round 11's pool passages judged for
themes by r12themes, 40 councils; ``--without-pools`` leaves it out), never round 12's fresh pools (the
blind measure) nor the real-minutes test split; the committed training file is the build with it (see
tests/realworld/notes/r12_thememodel.md and analysis.themes.CONTEXT_WEIGHT).
The build is deterministic; cross-validation holds a council's pool passages out with its dev passages;
the codebook keeps its say over the model trained on the pool passages too.
"""

from __future__ import annotations

import importlib.util
import io
import warnings
from pathlib import Path

import pandas as pd
import pytest

from analysis import themes as TH
from analysis import topics as T
from analysis.io import read_config_yaml

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def codebook() -> T.Codebook:
    return T.load_codebook(ROOT / "data" / "codebook.yml")


def _build_module():
    spec = importlib.util.spec_from_file_location("btt_r12", ROOT / "scripts" / "build_theme_training.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


@pytest.fixture(scope="module")
def training() -> pd.DataFrame:
    """The training passages (with the pool source), as the CSV text round-trips them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        built = _build_module().build(with_pools=True)
    return pd.read_csv(io.StringIO(built.to_csv(index=False, lineterminator="\n")), dtype=str, keep_default_na=False)


def test_pool_build_holds_the_pool_passages(training: pd.DataFrame) -> None:
    # Fails on r12themes (9c69ad5): its build has no pools-r11 source.
    pool = training[training["source"] == "pools-r11"]
    assert len(pool) >= 1000
    assert pool["doc_id"].map(TH.council_of).nunique() >= 40
    # Round 12's fresh pools joined the training in round 13 (pools-r12, chosen by CV); never round 13's
    # blind pools: their judgements are the measure.
    assert set(training.loc[training["doc_id"].str.contains("r12fresh"), "source"]) <= {"pools-r12"}
    assert not training["doc_id"].str.contains("r13").any()
    judged = pd.read_csv(ROOT / "tests" / "realworld" / "pools" / "r12themes" / "themes_judged.csv", dtype=str,
                         keep_default_na=False)
    # Every judged passage is in the file (a text judged alike elsewhere is kept once).
    held = {(th, " ".join(t.split())) for th, t in zip(training["theme"], training["text"])}
    assert all((th, " ".join(t.split())) in held for th, t in zip(judged["theme"], judged["text"]) if t.strip())


def test_build_is_deterministic() -> None:
    mod = _build_module()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        a = mod.build(with_pools=True).to_csv(index=False, lineterminator="\n")
        b = mod.build(with_pools=True).to_csv(index=False, lineterminator="\n")
        c = mod.build(with_pools=False).to_csv(index=False, lineterminator="\n")
    assert a == b and len(a) > len(c)
    # the committed file is the build with the pools
    assert a == TH.training_path().read_text(encoding="utf-8")


def test_pool_passages_take_the_dev_council_key() -> None:
    mod = _build_module()
    assert mod.council_key("Central Bedfordshire") == "central-bedfordshire"
    assert mod.council_key("Southend-on-Sea") == "southend"
    assert mod.council_key("West Berkshire") == "west-berkshire"


def test_cross_validation_holds_a_councils_pool_and_dev_passages_out_together(training: pd.DataFrame) -> None:
    # Fails on r12themes (9c69ad5): the fold key was source:council, so a council's pool passages could
    # be learnt from while its dev passages were held out.
    real = training[training["source"].isin(["realworld-dev", "pools-r11"])].reset_index(drop=True)
    folds = TH.cv_folds(real, 5)
    by_council = pd.Series(folds).groupby(real["doc_id"].map(TH.council_of).to_numpy()).nunique()
    assert (by_council == 1).all()
    both = set(real.loc[real["source"] == "pools-r11", "doc_id"].map(TH.council_of)) & \
        set(real.loc[real["source"] == "realworld-dev", "doc_id"].map(TH.council_of))
    assert {"bury", "slough", "wokingham", "west-berkshire"} <= both
    # Other sources keep their own keys (and so their folds).
    df = pd.DataFrame({"source": ["seeds", "heldout"], "doc_id": ["bury_1", "ho_bury_01"]})
    assert TH.cv_folds(df, 5).tolist() == [TH.council_fold("seeds:bury", 5), TH.council_fold("heldout:ho_bury", 5)]


def _codebook_with(extra_term: str, theme: str) -> T.Codebook:
    data = read_config_yaml(ROOT / "data" / "codebook.yml", "codebook", "")
    for t in data["themes"]:
        if t["id"] == theme:
            t["terms"] = list(t["terms"]) + [extra_term]
    return T.parse_codebook(data, "edited codebook")


@pytest.mark.parametrize("text,term,theme", [
    # (round 13: "taken up by more families" now reads as early help to the model trained on round 12's pools,
    # which code free early education take-up so; the sentence below names no family)
    ("Members asked how the Bright Steps offer had been received this quarter.", "bright steps", "early_help"),
    ("Members asked how many pupils the Horizon Hub had supported since September.", "horizon hub", "send"),
    ("The Keystone scheme reported 40 placements made in the year.", "keystone scheme", "fostering_adoption"),
])
def test_codebook_edits_still_move_passages(codebook: T.Codebook, training: pd.DataFrame, text: str, term: str,
                                            theme: str) -> None:
    # Guard: with the pool passages in the training a researcher's new term still decides a passage the
    # training passages never name.
    edited = _codebook_with(term, theme)
    assert TH.assign_themes([text], codebook, model=TH.fit_model(codebook, training)) != [theme]
    assert TH.assign_themes([text], edited, model=TH.fit_model(edited, training)) == [theme]
    assert TH.assign_themes([text], edited) == [theme]
