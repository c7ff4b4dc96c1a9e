"""Words several stages or parts match, written once: the month names, their short forms and the seasons; the
words of a change.

The clean stage (:mod:`analysis.clean`), the topics stage (:mod:`analysis.topics`) and the figures package
(:mod:`analysis.figures`) build their date patterns and word lists from these; a module of its own (it imports
nothing) so that no stage imports another's code to read them. (r32tidy) The words of a change ("an increase of 12",
"the number has risen to 520") are read by the kinds of numbers (:mod:`analysis.figures.kinds`) and by the phrase
(:mod:`analysis.figures.phrase`), which may not import each other's code: both take them from here. A rule that reads
fewer or more of them says which, and why, where it reads them. (r33tidy) Two named subsets and one more list: the
nouns of a count's change (:data:`COUNT_CHANGE_NOUNS`, read by most rules of a change's size) and the verbs of a
measure's new level (:data:`LEVEL_VERBS`, read by both pointers back at the measure before).

>>> len(MONTH_NAMES), MONTH_NAMES[0], MONTH_NAMES[-1]
(12, 'January', 'December')
>>> month_alternation()
'January|February|March|April|May|June|July|August|September|October|November|December'
>>> month_alternation(lower=True, start=4)
'april|may|june|july|august|september|october|november|december|january|february|march'
>>> "|".join(MONTH_SHORT)
'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec'
>>> sorted(CHANGE_NOUNS)[:4], change_verb_forms("rise", "go")
(['change', 'cut', 'decline', 'decrease'], ('rise', 'rises', 'risen', 'rising', 'rose', 'go', 'goes', 'gone', 'went'))
"""

from __future__ import annotations

#: The twelve month names, capitalised, in calendar order.
MONTH_NAMES: tuple[str, ...] = ("January", "February", "March", "April", "May", "June", "July", "August",
                                "September", "October", "November", "December")
#: The month names' short forms, capitalised, in calendar order ("May" has none; September has two: "Sep", "Sept").
MONTH_SHORT: tuple[str, ...] = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")
#: The seasons a term, a budget or a survey is named by, capitalised, in the order of a school year's terms.
SEASONS: tuple[str, ...] = ("Spring", "Summer", "Autumn", "Winter")


def month_alternation(*, lower: bool = False, upper: bool = False, start: int = 1) -> str:
    """The month names joined by ``|`` (regex text without a group), capitalised unless ``lower`` or ``upper``;
    ``start`` is the month to begin with (4: a financial year's order, April to March)."""
    names = MONTH_NAMES[start - 1:] + MONTH_NAMES[:start - 1]
    if lower:
        names = tuple(m.lower() for m in names)
    elif upper:
        names = tuple(m.upper() for m in names)
    return "|".join(names)


#: (r32tidy) The nouns of a change: what a figure sizes ("an increase of 12", "a £2m cut", "the reduction in
#: placements"); a phrase that is one of them alone, or opens with one, names no measure of its own.
CHANGE_NOUNS: frozenset[str] = frozenset({
    "increase", "decrease", "reduction", "rise", "fall", "drop", "decline", "growth", "improvement", "change", "loss",
    "gain", "difference", "cut", "uplift"})
#: (r33tidy) The nouns of a count's change, the named subset of :data:`CHANGE_NOUNS` that most rules of a change's size
#: read ("an increase of 30%", "a 37% rise in", "the reduction in"): not improvement, change, loss, gain, difference, cut,
#: uplift (a service's change, a money's, or a word that is more often no change of the figure: "the change of
#: provider"). A rule that also reads uplift, cut or improvement adds them where it reads these.
COUNT_CHANGE_NOUNS: tuple[str, ...] = ("increase", "rise", "reduction", "decrease", "fall", "drop", "growth", "decline")
#: (r32tidy) The verbs of a change, each with the forms the rules read (not every inflection: no rule reads "going"
#: or "progresses"). The first nine are a count's change ("rose to 520", "has gone down to 12"); the last five the
#: change of a service, a gap or a position ("improved", "made progress", "narrowed", "worsened": r35twins2, read
#: only by the change before a bracket of :mod:`analysis.figures.indicators`).
CHANGE_VERBS: dict[str, tuple[str, ...]] = {
    "rise": ("rise", "rises", "risen", "rising", "rose"),
    "grow": ("grow", "grows", "grown", "growing", "grew"),
    "fall": ("fall", "falls", "fallen", "falling", "fell"),
    "drop": ("drop", "drops", "dropped", "dropping"),
    "decline": ("decline", "declines", "declined", "declining"),
    "increase": ("increase", "increases", "increased", "increasing"),
    "decrease": ("decrease", "decreases", "decreased", "decreasing"),
    "reduce": ("reduce", "reduces", "reduced", "reducing"),
    "go": ("go", "goes", "gone", "went"),
    "improve": ("improve", "improves", "improved", "improving"),
    "progress": ("progress", "progressed", "progressing"),
    "change": ("change", "changes", "changed", "changing"),
    "narrow": ("narrow", "narrows", "narrowed", "narrowing"),
    "worsen": ("worsen", "worsens", "worsened", "worsening"),
}


def change_verb_forms(*verbs: str) -> tuple[str, ...]:
    """The forms of the verbs of a change named (keys of :data:`CHANGE_VERBS`), verb by verb in the order given."""
    return tuple(form for verb in verbs for form in CHANGE_VERBS[verb])


def change_verb_stems(*verbs: str) -> tuple[str, ...]:
    """(r36twins) The stems of the verbs of a change named (keys of :data:`CHANGE_VERBS`), for a pattern that reads any
    word they open (a stem and ``\\w*``): each verb's forms grouped by their first three letters, each group's longest
    common prefix, verb by verb in the order given ("rise": "ris" and "rose"; "grow": "grow" and "grew").

    >>> change_verb_stems("increase", "reduce", "rise", "grow", "fall", "drop")
    ('increas', 'reduc', 'ris', 'rose', 'grow', 'grew', 'fall', 'fell', 'drop')
    """
    stems: list[str] = []
    for verb in verbs:
        groups: dict[str, list[str]] = {}
        for form in CHANGE_VERBS[verb]:
            groups.setdefault(form[:3], []).append(form)
        for forms in groups.values():
            stem = forms[0]
            for form in forms[1:]:
                while not form.startswith(stem):
                    stem = stem[:-1]
            stems.append(stem)
    return tuple(stems)


#: (r33tidy) The past forms (simple past and participle) of the verbs of a count's or a service's change that end a
#: subject or come before "from"/"to" ("Referrals rose (up 12%)", "has fallen from"): :data:`CHANGE_VERBS`' rise, fall,
#: increase, decrease, drop, grow, decline, reduce and improve, in the order the phrase rules wrote them.
PAST_CHANGE_VERBS: tuple[str, ...] = ("rose", "risen", "fell", "fallen", "increased", "decreased", "dropped", "grew",
                                      "grown", "declined", "reduced", "improved")
#: (r33tidy) The verbs that give a measure's new level, right before "to": "this has risen to 28%", "but in Eden it
#: falls to just 20", "this had since gone up to 412" (the level, not the change "by"): the forms of rise, fall,
#: increase, decrease, drop, grow, climb, reduce and improve said of a level reached or of now (not the bare verb nor
#: its -ing); "go" only with "up" or "down" after it, or "gone" alone ("this had gone to 30"). Read by the two pointers
#: back at the measure before: inside a sentence (:func:`analysis.figures.indicators.points_to_new_level`) and at its
#: opening (:mod:`analysis.figures.extraction`'s ``_POINTER_OPENING``): :data:`PAST_CHANGE_VERBS` but declined, with
#: "climbed", then the present forms.
LEVEL_VERBS: tuple[str, ...] = (*(v for v in PAST_CHANGE_VERBS if v != "declined"), "climbed", "rises", "falls",
                                 "increases", "decreases", "drops", "grows", "climbs", "reduces", "improves")
#: (r33tidy) The forms of "go" that give a new level with "up" or "down" ("has gone up to", "went down to").
LEVEL_GO: tuple[str, ...] = ("gone", "goes", "went")


def level_verb_alternation() -> str:
    """:data:`LEVEL_VERBS` and :data:`LEVEL_GO` (with "up" or "down" after it, or "gone" alone) as regex text without a
    group, for a pattern to follow with "to".

    >>> level_verb_alternation().split("|")[:3], level_verb_alternation().endswith("(?:up|down)|gone")
    (['rose', 'risen', 'fell'], True)
    """
    return "|".join(LEVEL_VERBS) + "|(?:" + "|".join(LEVEL_GO) + r")\s+(?:up|down)|gone"
