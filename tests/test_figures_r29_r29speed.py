"""(r29speed) The two cascades' marks and per-key chains are one mechanism (:mod:`analysis.figures.cascade`).

Round 28 cut :func:`.kinds_classify.classify` and :func:`.phrase_cascade._indicator_phrase` into steps and gave each
the same speed mechanism twice (marks on steps that decide only for some values of a key, and a chain per key built
once). Both now use :mod:`.cascade`: these tests check the helpers, and that each cascade's chains are the ones round
28's code built (its construction written out here), so that nothing a chain runs has moved.
"""

from __future__ import annotations

import pytest

from analysis.figures import cascade, kinds, kinds_classify as kc, phrase, phrase_cascade as pc

UNITS = ("count", "percent", "gbp", "eur", "usd", "years", "months", "weeks", "days", "hours", "ratio", "rate", "")
GROUPS = ("num", "word", "between", "money", "date", "fy", "quarter", "glued", "hyname", "ordinal", "ratio",
          "fraction", "size", "time", "phone")


def _steps_r28(unit):
    """Round 28's ``_steps_for``, written out."""
    return tuple(s for s in pc.CASCADE if unit in getattr(s, "units", (unit,)))


def _cascade_r28(kind):
    """Round 28's ``_cascade_for``, written out."""
    phases = []
    for read, steps in kc.CASCADE:
        steps = tuple(step for step in steps if kind in getattr(step, "kinds", (kind,)))
        fields = {step.when[0] for step in steps if hasattr(step, "when")}
        assert len(fields) <= 1, fields
        field = fields.pop() if fields else None
        if_not = tuple(step for step in steps if getattr(step, "when", (field, False))[1] is False)
        if_so = tuple(step for step in steps if getattr(step, "when", (field, True))[1] is True)
        phases.append((getattr(kc._Number, read) if read else None, field, if_not, if_so))
    return tuple(phases)


def test_only_for_marks_the_step_under_the_keys_name_and_returns_it():
    def step(x):
        return None
    assert cascade.only_for("units", "gbp", "eur")(step) is step
    assert step.units == frozenset({"gbp", "eur"})
    assert cascade.only_for("kinds", "num")(step).kinds == frozenset({"num"})


def test_when_marks_the_field_and_its_value():
    def step(x):
        return None
    assert cascade.when("time_unit", True)(step) is step and step.when == ("time_unit", True)


def test_keep_for_leaves_out_the_steps_marked_for_other_values_in_order():
    def a(x):
        return None

    def b(x):
        return None

    def c(x):
        return None
    cascade.only_for("units", "gbp")(a)
    cascade.only_for("units", "count", "gbp")(c)
    assert cascade.keep_for((a, b, c), "units", "gbp") == (a, b, c)
    assert cascade.keep_for((a, b, c), "units", "count") == (b, c)
    assert cascade.keep_for((a, b, c), "units", "percent") == (b,)
    assert cascade.keep_for((a, b, c), "kinds", "num") == (a, b, c)  # not marked on this key: kept


def test_split_when_puts_each_marked_step_in_one_version_and_refuses_two_fields():
    def a(x):
        return None

    def b(x):
        return None

    def c(x):
        return None
    cascade.when("is_pct", True)(a)
    cascade.when("is_pct", False)(c)
    assert cascade.split_when((a, b, c)) == ("is_pct", (b, c), (a, b))
    assert cascade.split_when((b,)) == (None, (b,), (b,))
    assert cascade.split_when(()) == (None, (), ())
    cascade.when("time_unit", True)(b)
    with pytest.raises(ValueError):
        cascade.split_when((a, b))


def test_chains_build_each_key_once_and_again_after_clear():
    built = []

    def build(key):
        built.append(key)
        return (key,)
    chains = cascade.Chains(build)
    first = chains["gbp"]
    assert chains["gbp"] is first and chains["count"] == ("count",) and built == ["gbp", "count"]
    assert isinstance(chains, dict) and len(chains) == 2
    chains.clear()
    assert chains["gbp"] == ("gbp",) and built == ["gbp", "count", "gbp"]


@pytest.mark.parametrize("unit", UNITS)
def test_the_phrase_cascade_of_each_unit_is_round_28s(unit):
    assert pc._steps_for(unit) == _steps_r28(unit)
    assert pc._CASCADE_OF[unit] == _steps_r28(unit)
    assert pc._CASCADE_OF[unit] is pc._CASCADE_OF[unit]  # built once


@pytest.mark.parametrize("kind", GROUPS)
def test_the_classify_cascade_of_each_group_is_round_28s(kind):
    assert kc._cascade_for(kind) == _cascade_r28(kind)
    assert kc._CASCADE_OF[kind] == _cascade_r28(kind)
    assert kc._CASCADE_OF[kind] is kc._CASCADE_OF[kind]


def test_the_marks_tests_read_are_where_they_were():
    marked_units = [s for s in pc.CASCADE if hasattr(s, "units")]
    marked_kinds = [s for _, steps in kc.CASCADE for s in steps if hasattr(s, "kinds")]
    marked_when = [s for _, steps in kc.CASCADE for s in steps if hasattr(s, "when")]
    assert len(marked_units) >= 30 and all(isinstance(s.units, frozenset) for s in marked_units)
    assert len(marked_kinds) >= 29 and all(isinstance(s.kinds, frozenset) for s in marked_kinds)
    assert len(marked_when) >= 15 and all(s.when[1] in (True, False) for s in marked_when)
    assert pc._paid_to.units >= {"gbp"} and kc._list_number.kinds == frozenset({"num"})
    assert kc._span_of_a_sum.when == ("time_unit", True)
    # the names callers import are still re-exported by the modules
    assert phrase._steps_for is pc._steps_for and phrase._CASCADE_OF is pc._CASCADE_OF
    assert kinds._cascade_for is kc._cascade_for and kinds._CASCADE_OF is kc._CASCADE_OF
    assert kinds._when is cascade.when


def test_both_cascades_answer_as_before_on_small_texts():
    from analysis.figures.rules import load_rules
    rules = load_rules()
    t = "The table on page 39 showed 68%. In 2023 there were 45 children in care, 3 of whom were placed out of area."
    got = [kc.classify(t, "num", t.index(x), t.index(x) + len(x), x, rules) for x in ("39", "68%", "2023", "45")]
    assert got == ["reference", "figure", "year", "figure"]
