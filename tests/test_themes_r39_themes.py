"""r39themes: the learnt theme model is fitted to its optimum, so a codebook edit moves no passage without the term."""
from __future__ import annotations

import yaml

from analysis import themes
from analysis.topics import load_codebook, parse_codebook


def _without_term(term: str):
    """The shipped codebook with ``term`` taken out of every theme's terms."""
    from analysis import paths
    data = yaml.safe_load(paths.config_file("codebook.yml").read_text(encoding="utf-8"))
    for theme in data["themes"]:
        theme["terms"] = [t for t in theme["terms"] if str(t).lower() != term]
    return parse_codebook(data, "<edited>")


def test_fit_runs_to_the_stopping_tolerance() -> None:
    model = themes.fit_model(load_codebook(), themes.load_training())
    assert model.classifier is not None and model.classifier.tol == themes.TOL <= 1e-6


def test_unrelated_codebook_edit_moves_no_knife_edge_passage() -> None:
    # Two real dev lines that moved with every codebook edit while the fit stopped at scikit-learn's default
    # tolerance (removing "obesity" from health turned them children in care and finance).
    texts = ["Send statistics and transition budgets to future meetings.",
             "A planning meeting was to be held to design the format of informal Corporate Parenting Committee meetings."]
    training = themes.load_training()
    before = themes.assign_themes(texts, model=themes.fit_model(load_codebook(), training))
    edited = _without_term("obesity")
    after = themes.assign_themes(texts, edited, model=themes.fit_model(edited, training))
    assert after == before
