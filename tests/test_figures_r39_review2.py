"""r39review2: the guard shared by round 21's level rule and r39ids' put-to-use rule (``indicators._names_no_variance``):
money whose own sentence names a variance (a `what` of the budget variance that is no bare variance word, such as "over its
budget" or "above budget") keeps the variance its heading gives, under either rule."""
from analysis.figures.indicators import (Evidence, level_not_variance, load_indicators,
                                         put_to_use_not_variance)

INDS = load_indicators()


def _ev(phrase: str, text: str, context: str) -> Evidence:
    return Evidence(phrase, "own", text, text, "gbp", None, context=context)


def test_put_to_use_keeps_a_variance_its_sentence_names_without_a_variance_word() -> None:
    ev = _ev("further money", "A further £1.2m was approved, taking the service above budget.", "Overspend on placements")
    assert not put_to_use_not_variance(ev, INDS)


def test_level_keeps_a_variance_its_sentence_names_without_a_variance_word() -> None:
    ev = _ev("forecast", "The forecast will remain at £3.1m, over its budget.", "Pressure on budgets")
    assert not level_not_variance(ev, INDS)


def test_both_rules_still_strip_a_heading_only_variance() -> None:
    assert put_to_use_not_variance(_ev("money", "£33 million was approved by Cabinet.", "Overspend on placements"), INDS)
    assert level_not_variance(_ev("grant", "The grant will remain at £3.1m next year.", "Pressure on budgets"), INDS)
