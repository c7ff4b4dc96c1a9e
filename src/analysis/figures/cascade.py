"""A cascade of steps tried in order, and the chain of it each case needs: the mechanism two cascades share.

:func:`.kinds_classify.classify` (a number's kind) and :func:`.phrase_cascade._indicator_phrase` (a figure's indicator
phrase) each try small steps in order, and the first step that decides gives the answer. Many steps can decide only
for some values of a key known before the chain runs (the grammar group of a number, the unit of a figure), or of a
field read on the way (a percentage or not, a length of time or not): the step's own first test is on it, and it
returns None for any other value. This module lets such a step be marked, and builds, once per key, the chain without
the steps that cannot decide for it:

* :func:`only_for` marks a step with the values of the key it decides for, as an attribute of the step named for the
  key (``step.units``, ``step.kinds``: a frozenset);
* :func:`when` marks a step that decides only when a field is true (or only when it is false): ``step.when``;
* :func:`keep_for` is a tuple of steps without those marked (:func:`only_for`) for other values of the key, in order;
* :func:`split_when` is a tuple of steps as two tuples, for the field false and for the field true (:func:`when`);
* :class:`Chains` keeps each key's chain, built by a function of the key the first time the key is looked up.

Leaving out a step whose own test fails cannot change what the chain answers, since the first step that decides wins
and a left-out step would have returned None. A marked step keeps its own test, so calling it directly gives the same
answer. Each cascade runs its chain with its own loop (a few lines), which stays in its module.

>>> def money(x): return "money" if x == "gbp" else None
>>> def other(x): return "other"
>>> chains = Chains(lambda unit: keep_for((only_for("units", "gbp")(money), other), "units", unit))
>>> [step.__name__ for step in chains["gbp"]], [step.__name__ for step in chains["count"]]
(['money', 'other'], ['other'])
"""

from __future__ import annotations

from typing import Any, Callable, Hashable, Optional, TypeVar

S = TypeVar("S", bound=Callable[..., Any])


def only_for(key: str, *values: Hashable) -> Callable[[S], S]:
    """Mark a step that decides only for these ``values`` of ``key`` (its own first test is on it, so it returns None
    for any other value): sets the step's attribute ``key`` to the frozenset of ``values``; :func:`keep_for` then
    leaves it out of the chains of the other values.

    >>> only_for("units", "gbp", "eur")(lambda f: None).units == frozenset({"gbp", "eur"})
    True
    """
    marks = frozenset(values)

    def mark(step: S) -> S:
        setattr(step, key, marks)
        return step
    return mark


def when(field: str, value: bool) -> Callable[[S], S]:
    """Mark a step that decides only when the ``field`` read before it is true (``value`` True) or only when it is
    false (its own first test is on it, so it returns None otherwise): ``step.when = (field, value)``;
    :func:`split_when` puts it in one of the two versions of its phase."""
    def mark(step: S) -> S:
        step.when = (field, value)  # type: ignore[attr-defined]
        return step
    return mark


def keep_for(steps: tuple[S, ...], key: str, value: Hashable) -> tuple[S, ...]:
    """``steps`` without those marked (:func:`only_for`) on ``key`` for other values than ``value``, in order (an
    unmarked step is kept for every value)."""
    return tuple(step for step in steps if value in getattr(step, key, (value,)))


def split_when(steps: tuple[S, ...]) -> tuple[Optional[str], tuple[S, ...], tuple[S, ...]]:
    """``steps`` (marked :func:`when` on one field at most) as the field (None when no step is marked), the steps to
    try when it is false and those to try when it is true, each in order (an unmarked step is in both).

    >>> a, b, c = when("is_pct", True)(lambda n: None), when("is_pct", False)(lambda n: None), (lambda n: None)
    >>> split_when((a, b, c)) == ("is_pct", (b, c), (a, c)), split_when((c,)) == (None, (c,), (c,))
    (True, True)
    """
    fields = {step.when[0] for step in steps if hasattr(step, "when")}
    if len(fields) > 1:
        raise ValueError(f"steps marked on more than one field in one phase: {sorted(fields)}")
    field = fields.pop() if fields else None
    if_not = tuple(step for step in steps if getattr(step, "when", (field, False))[1] is False)
    if_so = tuple(step for step in steps if getattr(step, "when", (field, True))[1] is True)
    return field, if_not, if_so


class Chains(dict):
    """Each key's chain: ``chains[key]`` is ``build(key)``, built the first time the key is looked up and kept (a
    dict: ``clear()`` makes it build again, after the marks changed)."""

    __slots__ = ("build",)

    def __init__(self, build: Callable[[Any], Any]) -> None:
        super().__init__()
        self.build = build

    def __missing__(self, key: Any) -> Any:
        chain = self[key] = self.build(key)
        return chain
