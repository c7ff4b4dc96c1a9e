"""Extraction from one text: every number, and for each figure its value, unit, context and indicator.

:func:`extract` ties the parts together, in this order: the number grammar and the non-figure kinds
(:func:`.kinds.scan`), the sentence and clause of each figure and its context (:mod:`.context`), the
indicator phrase (:func:`.phrase.indicator_phrase`) and the canonical indicator
(:func:`.indicators.classify`). Offsets are into the given text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Collection
from dataclasses import dataclass, field

import pandas as pd

from ..clean import paragraph_start, split_sentences
from ..vocab import level_verb_alternation
from .context import (
    POUNDS_RIGHT,
    bare_amount_is_money,
    clause_of,
    comparator_of,
    comparison_phrases,
    direction_of,
    is_to_value,
    is_change,
    moves_as,
    per_of,
    per_said_before,
    rate_beside_rate,
    scaled_amount,
    sentences,
    status_from_relative_clause,
    status_of,
    unit_of,
    week_said_apart,
)
from .indicators import (CHILD_COUNT_IDS, VARIANCE_IDS, Evidence, Indicator, change_keeps_id, child_count_of_heading, classify,
                         classify_vetoed, expand_acronyms, in_correction, load_indicators, measure_of_paragraph_before,
                         measure_of_number_of, measure_of_sentence_before,
                         funds_a_variance, money_not_variance, overran_budget_by, part_of_whole_before, per_contradicts, placement_cost_unstated,
                         send_count_of_paragraph_before, send_subject_earlier, variance_against_earlier,
                         variance_changed_by, points_to_new_level, margin_against_comparator, variance_pointed_back)
from .bounds import bound_of, names_comparison_after
from .grammar import Hit
from .kinds import measure_acronym_count, scan
from .layout import LabelSeries, label_numbering, numbers_a_label, numbers_a_paragraph, numbers_an_item, paragraph_numbering
from .phrase import find_topic, indicator_phrase_of, name_texts, measure_named_before, measure_of_unit_in, is_poor, refers_back, names_comparator, \
    phrase_when_none, carried_to_generic, restated_as_subject, phrase_of_bare_value
from .places import names_only_a_place, place_only
from .area import part_named
from .reference import DocumentRef, column_kind, reference_kind
from .rules import FigureRules, load_rules
from .side import SIDE_IDS, moved_by, side_of

__all__ = ["FIGURE_COLUMNS", "NUMBER_COLUMNS", "extract", "extract_figures", "extract_numbers", "extract_rows", "millions_left_out"]

FIGURE_COLUMNS = [
    "start", "end", "surface", "value", "value_max", "bound", "unit", "per", "indicator", "indicator_id",
    "direction", "is_change", "comparator", "status", "side", "reference", "part", "sentence",
]
NUMBER_COLUMNS = ["start", "end", "surface", "kind", "value", "sentence"]

Row = dict[str, object]


def _phrases_of(text: str, ss: int, se: int, cache: dict[tuple[int, int], list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The comparison phrases of the sentence ``text[ss:se]`` (:func:`.context.comparison_phrases`), kept in ``cache``
    (the one :func:`.context.comparator_of` fills) for the sentence's next figure."""
    spans = cache.get((ss, se))
    if spans is None:
        spans = cache[(ss, se)] = comparison_phrases(text, ss, se)
    return spans

#: two capitals in a row: the phrase may hold an acronym of the glossary
_HAS_CAPS = re.compile(r"[A-Z][A-Za-z]?[A-Z]")
#: a count in brackets after its share, its predicate after the bracket: "of those, 82% (3,045) were being held open
#: on a child in need basis, 9% (346) were cases involving children looked after by the County Council"
_SHARE_BRACKET_LEFT = re.compile(r"%\s*\($")
_BRACKET_PREDICATE = re.compile(r"\)\s*((?:were|are|was|is|had|have)\s+[^,;.()]{3,120})")
#: a count said to be over and above another ("an additional 435 EHCP requests", "an extra 40 exclusions", "a further
#: 120 plans"): the difference, not the count (no id, like a change)
_EXTRA_LEFT = re.compile(r"(?i)\b(?:an\s+(?:additional|extra)|a\s+further)\s*$")
#: (r37ids) a count in brackets right after a share word is the size of that share, a part of the count before it ("191
#: children were being looked after by the council with the vast majority (152) in foster care", "The majority (224)
#: lived in fostering households", "more than half (327) were boys"): not the whole's count
_SHARE_WORD_BRACKET_LEFT = re.compile(
    r"(?i)(?:\b(?P<before>[a-z]+)\s+)?\b(?P<share>majority|minority|most|half|thirds?|quarters?|rest|remainder)\s*\(\s*$")
#: (r37review) the words before "quarter", "half" or "third" that make it a stretch of time or an ordinal, not a share
#: ("in the first quarter (410)", "the second half (45)", "this quarter (1,245)")
_TIME_BEFORE_SHARE = frozenset("the this that last first second third fourth final next previous current same each every "
                               "latest past".split())


def _share_size_in_brackets(text: str, start: int) -> bool:
    """(r37ids) Whether the number at ``start`` is in brackets right after a share word, the size of that share ("the
    vast majority (152) in foster care", "more than half (327) were boys"); (r37review) not after "the most" (a
    superlative: "Leeds had the most (1,200) children in care") nor after a quarter, half or third of time ("in the
    first quarter (410)", "the second half (45)").

    >>> t = "191 in care with the vast majority (152) in foster care; in the first quarter (410); the most (9)"
    >>> [_share_size_in_brackets(t, t.index(n)) for n in ("152", "410", "9)")]
    [True, False, False]
    """
    m = _SHARE_WORD_BRACKET_LEFT.search(text, max(0, start - 40), start)
    if m is None:
        return False
    share, before = m.group("share").lower(), (m.group("before") or "").lower()
    if share == "most":
        return before != "the"
    if share.startswith(("half", "third", "quarter")):
        return before not in _TIME_BEFORE_SHARE
    return True
#: a number written with a decimal fraction and nothing else ("5.5", "46.5"; not "1.2k", "2.5 million")
_PLAIN_DECIMAL = re.compile(r"\d[\d,]*\.\d+")


def extract(
    text: str, indicators: list[Indicator] | None = None, rules: FigureRules | None = None, context: str = ""
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures and non-figure numbers of one text (offsets into ``text``).

    Returns ``(figures, numbers)`` with :data:`FIGURE_COLUMNS` and :data:`NUMBER_COLUMNS`.
    ``indicators`` and ``rules`` default to ``data/indicators.yml`` and ``data/figure_rules.yml``;
    ``context`` is what surrounds the text (its heading, the agenda item title, the committee), used
    to decide the canonical indicators. The paragraph numbering is read over the whole ``text``
    (:func:`.layout.paragraph_numbering`), as the figures stage reads it over each document: a text
    holding a document's numbered paragraphs gives the figures the stage gives (r23tidy).

    >>> f, n = extract("The number of children in need had risen to 3700 by 2024.")
    >>> f[["surface", "value", "unit", "indicator", "direction"]].values.tolist()
    [['3700', 3700.0, 'count', 'children in need', 'up']]
    >>> n[["surface", "kind"]].values.tolist()
    [['2024', 'year']]
    """
    fig_rows, num_rows = extract_rows(text, load_indicators() if indicators is None else indicators,
                                      load_rules() if rules is None else rules, context,
                                      numbering=paragraph_numbering(text), labels=label_numbering(text))
    return pd.DataFrame(fig_rows, columns=FIGURE_COLUMNS), pd.DataFrame(num_rows, columns=NUMBER_COLUMNS)


def remember_said(said: dict[tuple[float, str], str], value: float, unit: str, phrase: str) -> None:
    """(r31carry) Keep ``phrase`` as what ``value`` of ``unit`` measures, for the same amount said again later as its
    clause's subject ("The £16.5m includes:"), unless it names a comparator or nothing.

    >>> said = {}
    >>> remember_said(said, 16.5e6, "gbp", "extra funding for children's services")
    >>> remember_said(said, 60.0, "percent", "national average: EHCPs issued within 20 weeks")
    >>> said
    {(16500000.0, 'gbp'): "extra funding for children's services"}
    """
    if not names_comparator(phrase) and not is_poor(phrase):
        said[(value, unit)] = phrase


@dataclass(slots=True)
class _Carried:
    """What :func:`extract_rows` carries from one figure of a segment to the next (and, in its first three fields, from
    the segment before: the stage's arguments, read only). "The figure before" is the segment's last figure so far;
    "with a phrase", its last figure that had an indicator phrase. (A dataclass with slots, not loose local variables:
    one place that says what crosses from figure to figure; the lines of the loop read and set its fields.)"""

    #: the paragraph before (the segment before, given by the stage): the measure it names (``prev_indicator`` at the
    #: first figure) and, for a bracketed place value with no measure of its unit named yet, its measure of that unit
    before: str = ""
    #: the id and unit of the last figure of the paragraph before (given by the stage): what a first figure naming only
    #: "the figure in <place>" or "the department target" takes while no figure of this segment has a phrase
    carry: tuple[str, str] | None = None
    #: the measure of the paragraph before's last figure (given by the stage): what "The staggering sum is ..." or "that
    #: £2.6m" refers back to, while ``prev_indicator`` is empty
    before_measure: str = ""
    #: the measure of the figure before with a phrase ("rest of: " removed), or at first the one the paragraph before
    #: names: what a figure naming no measure of its own inherits
    prev_indicator: str = ""
    #: whether ``prev_indicator`` is still to be looked for in the paragraph before (done at the first figure only;
    #: speed: a text of non-figure numbers alone, such as a meeting's dates and references, does not look for it)
    named_before: bool = False
    #: the sentence (index) of the figure before: a new sentence resets the two fields after it
    prev_sent: int = -1
    #: where the figure before ends when it is in this figure's sentence, else -1: where this figure's clause may start
    prev_fig_end_in_sent: int = -1
    #: (r47dir) where the figure before starts and the direction it was given: the B of "risen from A to B" takes A's
    prev_fig_start: int = -1
    prev_direction: str = "none"
    #: (r47review) the figure before's first value: B takes A's direction only when it moves that way from A
    prev_value: float = float("nan")
    #: the id of the sentence's last count with one ("2,114 children in need ..."), the id of an earlier value of that
    #: count after a figure of another unit ("- down nine per cent from 2,314 a year before")
    count_id_in_sent: str | None = None
    #: the id (or None), unit and sentence of the figure before with a phrase; ``prev_id_sent`` is -2 until there is one
    prev_id: str | None = None
    prev_unit: str = ""
    prev_id_sent: int = -2
    #: the unit and per (a rate's base) of the figure before, phrase or not: a value alone in brackets after a rate is
    #: one too
    last_unit: str = ""
    prev_per: str | None = None
    #: whether the figure before is a threshold ("10% or more")
    prev_threshold: bool = False
    #: the phrase and id of the last money figure with a phrase: what a money figure after a figure of another unit
    #: may refer to
    prev_money: tuple[str, str | None] = ("", None)
    #: (r38units) whether the figure before is an amount of money written with a scale ("6,240k", "£1.604 million"): a
    #: bare scaled amount after it is money too (:func:`.context.bare_amount_is_money`)
    last_scaled_money: bool = False
    #: the last measure of each unit, with its id (not from bracketed place values): what "Medway (11.0%)" measures
    prev_by_unit: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: the last id of each unit, with its sentence: what an inherited figure after a figure of another unit takes
    id_by_unit: dict[str, tuple[str, int]] = field(default_factory=dict)
    #: phrases that were only a place's name before its bracketed value: met again before a bracket, they are one
    #: without :func:`analysis.figures.places.place_only`'s test
    place_names: set[str] = field(default_factory=set)
    #: the id of each count value with one, in this paragraph and the one before: the whole said again after "of the",
    #: "of that", "from the" ("there were 396 children in our care. Of the 396 children, 43 are aged 17")
    count_values: dict[float, str] = field(default_factory=dict)
    #: (round 23) the id of each amount of money with one, in this paragraph: the same amount said again later in it is
    #: that measure ("The high needs deficit is now £2.3m, up from a £1.9m overspend in June. The rise from £1.9m to £2.3m
    #: reflects ...")
    money_values: dict[float, str] = field(default_factory=dict)
    #: (r45side) the side of each amount of a variance that has one (:mod:`.side`), in this paragraph: the same amount said
    #: again later in it, with no side word in reach, is on that side ("the HN Block Deficit currently forecast as £1.6M
    #: rather than the £1.4m overspend previously advised. ... The increase from £1.4m to £1.6m was due to ...")
    money_sides: dict[float, str] = field(default_factory=dict)

    #: (round 20) the id, unit and sentence of the last figure with no phrase that got an id from its clause ("Barrow has
    #: among the highest rates with 150 in the care system"): what "In South Lakeland the figure is 67" in the next
    #: sentence refers back to, when it came after the figure before with a phrase
    bare_id: tuple[str, str, int] | None = None

    def near(self) -> tuple[str | None, str, int]:
        """The id, unit and sentence of the measure a figure naming no measure of its own refers back to: the figure
        before with a phrase (or a later one with none but an id, :attr:`bare_id`), or, before there is one, the last
        figure of the paragraph before (sentence -1)."""
        if self.bare_id is not None and self.bare_id[2] > self.prev_id_sent:
            return self.bare_id
        if self.prev_id_sent == -2 and self.carry is not None:
            return self.carry[0], self.carry[1], -1
        return self.prev_id, self.prev_unit, self.prev_id_sent


def _document_kind(h: Hit, text: str, glossary: Collection[str] | None, numbering: frozenset[tuple[int, int]],
                   labels: LabelSeries | None) -> str:
    """The kind of the bare number ``h`` once the document's own numbering is read, the checks in this order:
    (r25review) after an acronym of the indicators' ``glossary`` a number :mod:`.kinds` read as a code counts what the
    acronym names ("CLA 345 (rate 56)": :func:`.kinds.measure_acronym_count`); (r23prec) one of the document's
    paragraph numbers is a list's number (:func:`.layout.numbers_a_paragraph`); (r25prec) a number of a label the
    document numbers in a series is a name (:func:`.layout.numbers_a_label`); (r26prec) an agenda item's number run
    into the text, the document numbering its items, is a list's number (:func:`.layout.numbers_an_item`)."""
    kind = h.kind
    if glossary and kind == "name" and measure_acronym_count(text, h.start, h.end, glossary):
        kind = "figure"
    if kind != "figure":
        return kind
    if numbering and numbers_a_paragraph(text, h.start, h.end, numbering):
        return "list"
    if labels is not None:
        if numbers_a_label(text, h.start, h.end, labels):
            return "name"
        if numbers_an_item(text, h.start, h.end, labels):
            return "list"
    return kind


#: (r35figs) an amount of pounds written to three decimal places with no scale after it: "£1.344", "£10.977"
_BARE_THOUSANDTHS = re.compile(r"£\d{1,3}\.\d{3}")
#: a scale word right after such an amount (then the grammar's surface should have held it; not a bare amount).
#: (r35review) Matched at the amount's end with ``match(text, end)``, which anchors there: a ``^`` never matched
_SCALE_AFTER = re.compile(r"(?i)\s?(?:m|mn|million|bn|billion|k|thousand)\b")
#: an amount in millions written to three decimal places: "£1.409 million", "£20.952m"
_MILLIONS_THOUSANDTHS = re.compile(r"(?i)£\s?\d{1,3}\.\d{3}\s?(?:million|mn|m)\b")
#: (r35review) a rate after such an amount: pounds and pence to a tenth of a penny, never millions ("£0.450 per mile",
#: "£1.459 a litre", "£4.125 per pupil", "£0.125/hour")
_RATE_AFTER = re.compile(r"(?i)\s?(?:(?:per|a|an|each)\s+[a-z]|/\s?[a-z])")


@lru_cache(maxsize=4)
def _millions_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(r35review) The spans of :data:`_MILLIONS_THOUSANDTHS` in ``text``, found once a text (speed: each bare amount
    of a long text asked the whole text again, quadratic in a table of three-decimal amounts)."""
    return tuple(m.span() for m in _MILLIONS_THOUSANDTHS.finditer(text))


def millions_left_out(text: str, start: int, end: int, said: dict[tuple[float, str], str] | None) -> bool:
    """(r35figs) Whether the amount ``text[start:end]``, pounds written to three decimal places with no scale ("£1.344",
    "£10.977"), is in millions whose word the minutes left out: an amount in millions written the same way stands in
    the same text ("Currently the forecast is £1.409 million overspend. Last time at the forum it was £1.344", Torbay;
    "using £20.952 million, of which only £10.977 was planned", Derbyshire), or the same amount in millions was said
    before in the document (its value and unit in ``said``: "an allocation of £2.942 million", then "the DfE have
    allocated £2.942 to Wiltshire"). Not an amount with no amount in millions beside it: "the total estimated cost for
    this project is £310.341" beside "£329,364" (a thousands point), "median income was just over £17.500"; (r35review)
    nor a rate, pounds to a tenth of a penny ("mileage is paid at £0.450 per mile" beside "£1.409 million").

    >>> millions_left_out("The forecast is £1.409 million. Last time it was £1.344.", 49, 55, None)
    True
    >>> millions_left_out("The cost is £310.341. The next is £329,364.", 12, 20, None)
    False
    >>> millions_left_out("It allocated £2.942 to us.", 13, 19, {(2942000.0, "gbp"): "allocation"})
    True
    >>> t = "The overspend is £1.409 million. Mileage is paid at £0.450 per mile."
    >>> millions_left_out(t, t.index("£0"), t.index(" per"), None)
    False
    >>> t = "The overspend is £1.409 million; the bid is £1.344 thousand."
    >>> millions_left_out(t, t.index("£1.344"), t.index(" thousand"), None)
    False
    """
    if not _BARE_THOUSANDTHS.fullmatch(text, start, end) or _SCALE_AFTER.match(text, end, end + 12) \
            or _RATE_AFTER.match(text, end, end + 12):
        return False
    if said and (float(round(float(text[start + 1:end]) * 1e6)), "gbp") in said:
        return True
    limit = min(len(text), end + 400)
    return any(a != start and b <= limit for a, b in _millions_spans(text))


def _previous_in_paragraph(text: str, sents: list[tuple[int, int]], si: int, end: int) -> str | None:
    """The sentence before sentence ``si`` of ``text`` (``sents``: its sentences' spans) when no blank line comes between
    it and ``end`` (where the current sentence, or its figure, starts); ``None`` at the first sentence or across a
    paragraph break.

    >>> t = "Caseloads were raised. The average was 18.\\n\\nIt was 20."
    >>> _previous_in_paragraph(t, [(0, 22), (23, 42), (44, 54)], 1, 23), _previous_in_paragraph(t, [(0, 22), (23, 42), (44, 54)], 2, 44)
    ('Caseloads were raised.', None)
    """
    if si <= 0 or paragraph_start(text, sents[si - 1][0], end) > sents[si - 1][0]:
        return None
    return text[sents[si - 1][0]:sents[si - 1][1]]


def _sentence_right_before(text: str, sents: list[tuple[int, int]], si: int, before: str) -> str:
    """(r38ids) The sentence right before sentence ``si`` of ``text`` (``sents``: its sentences' spans) when no blank line
    comes between; at the first sentence, the last sentence of the paragraph before (``before``); else "".

    The paragraph before is split by clean's splitter (:func:`analysis.clean.split_sentences`, r38review), as every
    stage's sentences are: an abbreviation ("Cllr. Jones") ends no sentence.

    >>> t = "The DSG is overspent. It was £2m short."
    >>> _sentence_right_before(t, [(0, 21), (22, 39)], 1, ""), _sentence_right_before(t, [(0, 21)], 0, "Noted. It is short.")
    ('The DSG is overspent.', 'It is short.')
    >>> _sentence_right_before("x", [(0, 1)], 0, "The DSG was raised by Cllr. Jones."), _sentence_right_before("x", [(0, 1)], 0, " ")
    ('The DSG was raised by Cllr. Jones.', '')
    """
    if si > 0:
        return _previous_in_paragraph(text, sents, si, sents[si][0]) or ""
    spans = split_sentences(before)
    return before[spans[-1][0]:spans[-1][1]] if spans else ""


def extract_rows(
    text: str, indicators: list[Indicator], rules: FigureRules, context: str = "", before: str = "",
    carry: tuple[str, str] | None = None,
    before_measure: str = "",
    carry_ids: dict[str, str] | None = None,
    carry_values: dict[float, str] | None = None,
    layout: str = "",
    layout_part: bool = False,
    count_item: str = "",
    cells: tuple[str, list[str]] | None = None,
    earlier: tuple[str, ...] = (),
    doc: DocumentRef | None = None,
    table_cell: bool = False,
    numbering: frozenset[tuple[int, int]] = frozenset(),
    labels: LabelSeries | None = None,
    before_unit: str = "",
    said_before: dict[tuple[float, str], str] | None = None,
) -> tuple[list[Row], list[Row]]:
    """:func:`extract` as plain row dicts (no pandas: this is the hot loop of the stage). ``before`` is the
    paragraph before ``text``: the measure it names is the one a paragraph opening "That figure ..." or
    "In 2017/19 it was ..." refers to (:func:`analysis.figures.phrase.measure_named_before`). ``carry``: the id and
    unit of the last figure of that paragraph, which a first figure naming only "the figure in <place>" or "the
    department target" takes (:func:`analysis.figures.places.names_only_a_place`). ``before_measure`` is the
    measure of that paragraph's last figure: the one a paragraph opening "The staggering sum is ..." or a figure
    "that £2.6m" refers back to (:func:`analysis.figures.phrase.refers_back`). ``carry_ids``: the last id of each unit
    in that paragraph, which a figure of the first sentence that takes its measure from the one before, after a figure
    of another unit, takes ("... 500 youngsters are now being looked after ..." then "The figure has increased by about
    40 per cent, from 350": the 350 is the count of the paragraph before, the 40 per cent in between names no count).
    ``carry_values``: the id of each count value of that paragraph: a whole said again ("of that 730", "Of the 396
    children, 43 are aged 17") is that count. ``layout``: the measure (with its period) that the page's layout names for
    a line of values alone ("2018/19: 339,672" under "What is your annual spend on Independent Fostering Agencies?":
    :mod:`analysis.figures.layout`): every figure of the line measures it; ``layout_part``: the line is a label and its
    value under that measure, a part of it ("Households - 10" under "How many foster carers do you need to recruit?":
    "Households (of foster carers you need to recruit)"). ``count_item``: the things a list's item counts when the item
    is a count and those things alone, under a list's opening ("4 Nursery Schools": :func:`.layout.count_item`): its
    number is a count (not an agenda item's number), and they name it when its words give no phrase. ``cells``: the
    label of a table's row under a header row and the measure of each of its value cells (:func:`.layout.row_values`):
    the figures after the label, one a cell, measure those. ``earlier``: the two segments before ``before`` (oldest
    first), read only for a count of plans or requests whose subject, the EHC plans, was named a few paragraphs up
    (:func:`.indicators.send_subject_earlier`). ``doc``: the document's council and meeting year
    (:func:`.reference.document_ref`), for the ``reference`` column (another council's value, an earlier year's).
    ``table_cell``: ``text`` is a value cell of a table flattened one cell a line, under a column that measures
    (:func:`.layout.line_table_cells`): its bare number is a value, not a page's or item's number. ``numbering``: the
    paragraph numbers that open the document's lines (:func:`.layout.paragraph_numbering`): a bare two-level number of
    the text that is one of that numbering's paragraphs (:func:`.layout.numbers_a_paragraph`) is a list's number.
    ``labels``: (r25prec) the labels the document numbers in a series (:func:`.layout.label_numbering`): a bare number of
    the text after one of those words, one of that series' numbers (:func:`.layout.numbers_a_label`), is a name; (r26prec)
    a bare number where an agenda item's number stands, the document writing another item's number the same way
    (:func:`.layout.numbers_an_item`), is a list's number. ``before_unit``: (r31twins) the unit of ``before``'s last
    figure as the stage read it ("" for none: a caller without it gets no measure carried to a generic subject).
    ``said_before``: (r31carry) the phrase of each value and unit said before in the document (the stage's), which an
    amount said again as its clause's subject takes (:func:`.phrase.restated_as_subject`); this text's figures are added
    to it in place (:func:`remember_said`); None (a caller without it): not looked for.
    (r25review) A number of two or three digits after an acronym of the indicators' ``glossary`` counts what it names
    (:func:`.kinds.measure_acronym_count`), though :mod:`.kinds` read it as an acronym's code."""
    hits = scan(text, rules)
    glossary = getattr(indicators, "glossary", None)
    if glossary or numbering or labels is not None:  # one pass: what the whole document says of a bare number
        hits = [h if h.group != "num" or (k := _document_kind(h, text, glossary, numbering, labels)) == h.kind
                else Hit(h.start, h.end, k, h.group, h.values) for h in hits]
    if "£" in text:  # (r35figs) "£1.344" beside "£1.409 million": an amount in millions, its word left out
        hits = [Hit(h.start, h.end, h.kind, h.group, [float(round(v * 1e6)) for v in h.values])
                if h.group == "money" and h.kind == "figure" and text[h.end - 4:h.end - 3] == "."
                and millions_left_out(text, h.start, h.end, said_before) else h for h in hits]
    if table_cell and len(hits) == 1 and hits[0].kind == "reference" and hits[0].group == "num":
        hits[0] = Hit(hits[0].start, hits[0].end, "figure", hits[0].group, hits[0].values)
    if count_item and hits and hits[0].start == 0 and hits[0].kind == "reference":
        hits[0] = Hit(hits[0].start, hits[0].end, "figure", hits[0].group, hits[0].values)
    cell_of: dict[int, str] = {}
    if cells is not None and (at := text.find(cells[0])) >= 0:
        in_cells = [h.start for h in hits if h.start >= at + len(cells[0])]
        if len(in_cells) == len(cells[1]):  # (one number a cell: else the row is read as before)
            cell_of = dict(zip(in_cells, cells[1]))
    fig_rows: list[Row] = []
    num_rows: list[Row] = []
    if not hits:
        return fig_rows, num_rows
    sents = sentences(text, hits[-1].start)  # (hits are in order: no sentence after the last is needed)
    topic: str | None = None  # (speed) the segment's lead-in topic, found at its first figure (find_topic is pure)
    # (r21phrase) the text, with the commas inside measures' names protected, and with their acronyms' brackets blanked
    # too (made at its first figure)
    ptexts: tuple[str, str, str] | None = None
    glossary: dict[str, str] = getattr(indicators, "glossary", {})
    si = 0
    st = _Carried(before, carry, before_measure, named_before=bool(before))
    # (r31carry) each value's phrase said before in the document: the stage's own dict, which this paragraph's figures
    # add to as they are written (so the next paragraph finds them too)
    said = said_before
    if carry_ids:  # (sentence -1: the paragraph before, within reach of this paragraph's first sentence only)
        st.id_by_unit = {u: (i, -1) for u, i in carry_ids.items()}
    if carry_values:
        st.count_values = dict(carry_values)
    sent_comparators: dict[tuple[int, int], list[tuple[int, int]]] = {}
    sent_phrases: dict[tuple[int, int], list[tuple[int, int]]] = {}  # (each sentence's comparison phrases)
    sent_cues: dict[tuple[int, int], dict[str, list[tuple[int, int]]]] = {}  # (each sentence's reference cue words)
    fig_sents: list[tuple[int, int]] = []  # the sentence of each figure
    for h in hits:
        while si < len(sents) - 1 and h.start >= sents[si][1]:
            si += 1
        ss, se = sents[si]
        if h.start < ss:
            ss = h.start
        sentence = text[ss:se] if se > ss else text[h.start:h.end]
        surface = text[h.start:h.end]
        if h.kind != "figure":
            num_rows.append({
                "start": h.start, "end": h.end, "surface": surface, "kind": h.kind,
                "value": h.values[0] if h.values else None, "sentence": sentence,
            })
            continue
        if h.group != "money" and text.startswith((" p", " P"), h.end):
            pm = POUNDS_RIGHT.match(text, h.end)
            if pm:  # "half a million pounds", "5 million pounds on agency staff": the word is the amount's "£"
                h = Hit(h.start, pm.end(), h.kind, h.group, h.values)
                surface = text[h.start:h.end]
        if st.named_before:
            st.prev_indicator = measure_named_before(st.before, text[:60])
            st.named_before = False
        if si != st.prev_sent:
            st.prev_fig_end_in_sent = -1
            st.prev_sent = si
            st.count_id_in_sent = None
        cl = clause_of(text, h, max(ss, st.prev_fig_end_in_sent), se)
        unit, rate_base = unit_of(text, h, ss, rules)
        if unit == "count" and text.find("(", max(0, h.start - 24), h.start) >= 0:
            bm = _ALONE_IN_BRACKETS.match(text, text.rfind("(", 0, h.start))
            if bm and bm.start(1) <= h.start and h.end <= bm.end(1):
                unit, rate_base = _bracketed_rate(text, bm.start(), ss, st.last_unit if st.prev_fig_end_in_sent >= 0 else "",
                                                  st.prev_per, unit, rate_base)
        if st.prev_fig_end_in_sent >= 0 and st.last_unit == "rate" and (unit == "count" or unit == "rate" and not rate_base):
            # "a rate of 125 per 10,000 population, higher than the Cumbria rate of 91", "with a rate of 50.0 and 61.0"
            unit, rate_base = rate_beside_rate(text, st.prev_fig_end_in_sent, h, st.prev_per, unit, rate_base, rules)
        if unit == "count" and bare_amount_is_money(text, h, unit, st.last_scaled_money, st.before):
            unit = "gbp"  # (r38units) "an overspend of 6,240k. ... increasing by 123k in August to reach 2.1m"
        if unit == "count" and surface.lower() == "zero" and st.prev_fig_end_in_sent >= 0:
            unit = st.prev_unit  # "the deficit of £18.2m must reduce to zero": zero pounds
        per = rate_base if unit == "rate" else per_of(text, h, unit, cl.end, rules)
        change = is_change(text, h, cl.left)
        money_prev = st.prev_money[0] if unit == "gbp" and st.prev_unit != "gbp" else ""
        if topic is None:
            topic = find_topic(text)
        if ptexts is None:
            ptexts = name_texts(text)
        indicator, how = indicator_phrase_of(ptexts, h, unit, cl.left, cl.right, ss, cl.start, st.prev_indicator, topic, se,
                                          st.prev_indicator if st.prev_fig_end_in_sent >= 0 else "", money_prev,
                                          rules=rules)
        placed = False
        carried_phrase = ""
        if indicator and text.endswith(("(", "( "), h.start - 2, h.start) and (
                indicator in st.place_names or how == "own" and place_only(indicator, text[max(0, h.start - 60):h.start])):
            # "These were Medway (11.0%) and Telford & Wrekin (14.0%)": the last measure of the same unit named
            # before, in this paragraph or (when none) the paragraph before
            placed = True
            st.place_names.add(indicator)
            same = st.prev_by_unit.get(unit) or (st.prev_by_unit.get("rate") if unit == "count" else None)
            if same is None and st.before:
                same = (measure_of_unit_in(st.before), None)
            if same and same[0] and not is_poor(same[0]):
                indicator, how = same[0], "inherited"
        if count_item and not indicator and h.start == 0:
            indicator, how = count_item, "own"  # "1 All through School" under "The county included:"
        if layout:
            # a line of values alone: what its words gave is a unit's residue ("£239.5mill" -> "ill") or nothing; the line
            # above the run names the measure
            indicator, how = layout, "part" if layout_part else "own"
        elif cell_of and h.start in cell_of:
            # a cell of a table's row under its header: the column's name and the row's label ("Current Admission Limit,
            # Bramley St Peters"), or the label and the column's period ("Residential care, 2022-23")
            indicator, how = cell_of[h.start], "own"
        elif st.before_measure and not st.prev_indicator and refers_back(text, h, indicator):
            # "... went £15 million over its budget." then "The staggering sum is around 30 per cent above ...";
            # "With that £2.6m, ...": the measure of the paragraph before's last figure
            indicator, how = st.before_measure, "inherited"
        elif how == "own" and st.prev_id_sent == -2 and si <= 1 \
                and (carried := carried_to_generic(indicator, st.before_measure, text[ss:h.start])) \
                and before_unit == unit:
            # (r30carry) a generic subject in the paragraph's first sentences, before any figure of it named a measure:
            # "Latest figures show the number had risen again to 692" (after "... there were 684 children in care"),
            # "But that figure has now risen to £2.5 million" (after "the budget could be £1.5 million overspent"): the
            # measure of the paragraph before's last figure, when that figure is of the same unit (set as the row is
            # written: the id is read as before, from the generic phrase and the paragraph before)
            carried_phrase = carried
        elif said and len(h.values) == 1 and (h.values[0], unit) in said \
                and restated_as_subject(text[ss:se], h.start - ss, h.end - ss):
            # (r31carry) an amount said again as its clause's subject, with no measure of its own: "The £16.5m includes:",
            # "Coral stated that the 95% included the following:", "The increase from £1.4m to £1.6m was due to the
            # number of tribunals received": the phrase of the same value and unit said before in the document (set as
            # the row is written, like r30carry's: the id is read as before)
            carried_phrase = said[(h.values[0], unit)]
        bare = False
        if not indicator:
            # (r20phrase) no rule gave a phrase: the sentence's subject, the noun a count counts, the measure named
            # before (a pronoun's or a list item's), or the heading; never none when the sentence has a noun phrase
            indicator, how = phrase_when_none(text, h.start, h.end, ss, se, unit, st.prev_indicator, st.before_measure,
                                              topic, rules)
            if not indicator:
                # (r38phrase) still none: a relative clause's antecedent, the value's "of" object or the noun after
                # it, a preposition's object ("which equates to £46,747", "£6.6million less for high needs funding")
                indicator, how = phrase_of_bare_value(text, h, unit, ss, se, st.prev_indicator
                                                      if st.prev_fig_end_in_sent >= 0 else "", rules)
            # (r25phrase) a bare figure's own part ("90 per cent were deemed ..."; ``how`` "part") names no whole: not
            # the measure a later figure inherits; its id is read as an own phrase's (no figure before is its whole)
            bare = how == "part"
            how = "own" if bare else how
        if not per and unit == "gbp":
            per = per_said_before(cl.left, rules)  # "per pupil funding of £3,500", "the cost per child per week is £2,500"
        if not per and week_said_apart(text, h.end, unit, indicator, cl.left):
            per = "week"  # "with the average weekly cost now at £5,200", "at £900 weekly"
        ev_prev = (st.prev_money[1], "gbp") if money_prev and indicator == money_prev else (st.prev_id, st.prev_unit)
        if unit == "count" and st.prev_unit != "count" and st.count_id_in_sent is not None:
            # an earlier value of the sentence's count after its change: "2,114 children in need - down nine per
            # cent from 2,314 a year before": the count's id, not the percentage's
            ev_prev = (st.count_id_in_sent, "count")
        elif how == "inherited" and (unit != st.prev_unit or st.prev_threshold) and unit in st.id_by_unit \
                and si - st.id_by_unit[unit][1] <= 1:
            # a figure that takes its measure from the one before, when a figure of another unit came between: "had
            # increased to 86% (30 schools). Oxfordshire remained above the national figure of 76%", "83% are judged
            # good or outstanding. For the 31 secondary schools it is (again) 83%"; or a threshold of a definition:
            # "around 22% of children in England were persistently absent - that is children missing 10% or more of
            # possible sessions. In Hull, this figure sits at 25%": the last id of its own unit (this sentence or the
            # one before)
            ev_prev = (st.id_by_unit[unit][0], unit)
        # (a comparator's value, "national average: <the measure before>": its id is the measure's, read from that phrase)
        ev_phrase = st.prev_indicator if how == "inherited" and st.prev_indicator and names_comparator(indicator) \
            else indicator
        evidence = Evidence(ev_phrase, how, text[cl.start:cl.end], sentence, unit, per, *ev_prev, context, text, st.before)
        indicator_id, vetoed = None, False
        if how == "inherited" and unit == "count" and text.startswith(")", h.end) \
                and _SHARE_BRACKET_LEFT.search(text, max(0, h.start - 4), h.start):
            pm = _BRACKET_PREDICATE.match(text, h.end)
            if pm:  # "82% (3,045) were being held open on a child in need basis": what the count is, said after it
                indicator_id = classify(Evidence(pm.group(1), "own", pm.group(1), sentence, unit, per, None, "", context,
                                                 text), indicators)
        if indicator_id is None:
            indicator_id, vetoed = classify_vetoed(evidence, indicators)
        if indicator_id is None and not vetoed and how == "own" and overran_budget_by(unit, text[max(ss, h.start - 160):h.start]):
            # "overran its £107m budget for 2021-22 by £5m", "is expected to exceed its limit by £7.757m": the amount a
            # budget was gone over by is its variance (a DSG block's at a Schools Forum: the high needs deficit), whatever
            # the phrase names (the clause's words decide, not the phrase's)
            indicator_id = classify(Evidence("overspend", "own", evidence.clause, sentence, unit, per, *ev_prev, context,
                                             text, st.before), indicators)
        if indicator_id in (None, "budget_variance") and not vetoed and not change and unit == "gbp" and how == "own" \
                and variance_pointed_back(text[ss:h.start], text[h.end:se], sentence,
                                          _sentence_right_before(text, sents, si, st.before), indicators):
            # (r38ids) the variance the clause points back at, the high needs money the sentence before names: "... this
            # related to the High Needs Block ... within the DSG. ... needed to address the overspend (approximately
            # £7.2m ...)", "... the Dedicated Schools Grant ... Walsall Council was £32m short in this part of the budget"
            # (the sentence before in the paragraph, or the last of the paragraph before at a paragraph's first sentence:
            # a news page's one-sentence paragraphs)
            indicator_id = "high_needs_deficit"
        if indicator_id is None and indicator and how == "own":
            # the same measure at another place, right after it: "57.8pc of its new EHC plans within 20 weeks, while
            # the figure in Barking and Dagenham was 83.1pc", "the percentage in Hampshire is 75 per cent" (the next
            # sentence too, or the paragraph before when no figure of this one came first); "... in Swindon it is 74 per
            # cent" (a place alone, or a time alone: "and special schools had 20 most recently": the same sentence
            # only); "This figure falls below the department target of 90 per cent" (its target or average, named by
            # whose it is)
            near_id, near_unit, near_sent = st.near()
            if near_id is not None and unit == near_unit and si - near_sent <= 1:
                named = names_only_a_place(indicator)
                if named == "measure" or named in ("place", "time") and (
                        si == near_sent or "ompar" in sentence[:40] and _COMPARED_OPENING.match(sentence)) \
                        or named == "place" and "," in sentence and _PLACE_LIST.search(sentence):
                    # (a place or time alone in the next sentence when that one opens by comparing: "... cost of a
                    # residential placement ... in excess of £6,000 per week. When compared to around £4,000 at the
                    # same time last year, ..."; or when that one lists places with their values: "The worst performing
                    # local authorities were Hartlepool, 0pc, Dorset, 1.9pc, Hampshire, 4.5pc")
                    indicator_id = near_id
        if indicator_id is None and not vetoed and unit == "count" and context and indicator is not None:
            indicator_id = child_count_of_heading(evidence, indicators)
        if indicator_id is None and not vetoed and st.before and st.prev_id_sent == -2 and si == 0 \
                and text.find("figure", ss, h.start) >= 0 and not change:
            # (the pointer before the value, in the paragraph's first sentence, no figure with a measure before it)
            indicator_id = measure_of_paragraph_before(evidence, text[ss:h.start], st.before, indicators)
        if indicator_id is None and not vetoed and not change and how == "own" \
                and (previous := _previous_in_paragraph(text, sents, si, ss)) is not None:
            # (round 22) the question or subject in the sentence before, the value in this one: "A Member asked about
            # caseloads. The Director advised that the average was 18." (not across paragraphs: a news report's next
            # paragraph is as often a part of the count before, "More than 200 are with independent fostering agencies")
            indicator_id = measure_of_sentence_before(evidence, previous, indicators, rules)
        if indicator_id is None and not vetoed and not change and unit == "count" and how == "own":
            # (round 23) the measure the sentence names as "the number of M" before the value: "The number of looked after
            # children rose again this year, to a new high of 640"
            indicator_id = measure_of_number_of(evidence, text[ss:h.start], indicators, rules.level_words)
        if indicator_id is None and not vetoed and unit == "count" and how == "own" and st.before and indicator \
                and ("equest" in indicator or "plan" in indicator or "Plan" in indicator):
            # "... 13,228 children with an EHCP." then "In 2015/16 it received 1,638 requests for assessment": the plans or
            # requests of the EHC plans the paragraph before names
            indicator_id = send_count_of_paragraph_before(evidence, st.before, indicators)
            if indicator_id is None and earlier and (chain := send_subject_earlier(st.before, earlier)):
                # the plans named a few paragraphs up and carried on by paragraphs of "plans" or "requests" alone ("...
                # education and health care plans (EHCP) ..." then "the number of assessment requests has almost doubled"
                # then "In 2020, there were 412 requests"): the chain back to them
                indicator_id = send_count_of_paragraph_before(evidence, chain, indicators)
        if indicator_id is None and how == "own" and h.start - ss < 60 and text[ss:ss + 4].lower().lstrip(' "“(').startswith(
                ("thi", "tha", "it")) and _POINTER_OPENING.match(text, ss, h.start):
            # a sentence that opens by pointing at the measure before and gives its value: "This was down from the 2,695
            # plans issued the year before" (after "2,563 children ... received an EHC plan"), "This was just up from
            # 60.1 per cent in 2018" (after the paragraph's "60.4 per cent of new plans were issued within 20 weeks")
            near_id, near_unit, near_sent = st.near()
            if near_id is not None and unit == near_unit and si - near_sent == 1 \
                    and not (unit == "percent" and text.startswith(" of ", h.end)):
                # (not a share of something named after it: "... issued within 20 weeks. It was 12% of all plans for
                # autism" is a part of the plans, not their timeliness)
                indicator_id = near_id
        if indicator_id is None and not vetoed and not change and how == "own" and unit in ("percent", "count") \
                and points_to_new_level(cl.left):
            # (r32id) a pronoun pointing back at the measure of the figure before and giving its new level, inside the
            # sentence: "Whereas 60% of plans were completed within that time in 2021, by the following year this had
            # reduced drastically to just 18%" (Sefton), "... the figure is 67 but in Eden it falls to just 20" (Cumbria)
            near_id, near_unit, near_sent = st.near()
            if near_id is not None and unit == near_unit and 0 <= si - near_sent <= 1 \
                    and not (unit == "percent" and text.startswith(" of ", h.end)):
                indicator_id = near_id
        if indicator_id is None and st.prev_id is not None and unit == st.prev_unit and si == st.prev_id_sent \
                and unit in ("percent", "rate") and text.endswith(("(", "( "), h.start - 2, h.start):
            pm = _PLACE_BEFORE_BRACKET.search(text, max(0, h.start - 50), h.start)
            if pm and place_only(pm.group(1), text[pm.start(1):h.start]):
                # a value in brackets after a place's name, the measure of the figure before in the sentence, whatever
                # phrase it got: "where 0% of new EHC plans were issued within the time limit ..., followed by Dorset
                # (1.9%), Hampshire (4.5%) and Walsall (5.3%)" (a share or a rate: a count in brackets after a capital
                # is as often a note's number, "Notes (1)")
                indicator_id = st.prev_id
        if indicator_id is None and unit == "count" and st.count_values and h.values \
                and h.values[0] in st.count_values and _RESTATED_LEFT.search(text, max(0, h.start - 20), h.start):
            # the whole said again: "Fostering experts say that of that 730 they are looking for placements for 520",
            # "Of the 396 children, 43 are aged 17", "Ninety two from the 147 were now in education" (the count, with
            # its id, earlier in this paragraph or the one before)
            indicator_id = st.count_values[h.values[0]]
        if indicator_id is None and not vetoed and not change and unit == "gbp" and how == "own" and h.values \
                and len(h.values) == 1 and h.values[0] in st.money_values:
            # (round 23) the same amount said again in the paragraph: "The high needs deficit is now £2.3m, up from a £1.9m
            # overspend in June. The rise from £1.9m to £2.3m reflects ...": that amount's measure
            indicator_id = st.money_values[h.values[0]]
        if indicator_id is None and not vetoed and not change and unit == "gbp" and not per and how == "own" and h.values \
                and placement_cost_unstated(evidence, h.values, text[ss:h.start], indicators):
            # (r31id) a placement's price said without its week: "children who they were looking to step down into foster
            # care currently cost between £3,500 - £4,500", "With places outside of Norfolk costing £3,091 compared with
            # £1,955" (West Berkshire, Hertfordshire, Norfolk, Cornwall)
            indicator_id = "placement_cost_weekly"
        # a change of a count ("a fall of 35", "13 more expected") is not the count: no id, like a % change of a count
        # indicator (the unit rule), nor a change of a share ("an increase of nine per cent on last year" in the schools
        # judged good or outstanding, "a drop of 48pc" in the plans issued within 20 weeks), nor a change of a budget's
        # variance ("increased by £1.4m since July"); what it measures is still the indicator's (its phrase, and the
        # next figure's evidence)
        if unit == "gbp" and indicator_id in VARIANCE_IDS and money_not_variance(text, h.start, h.end):
            # "agreed DSG £900,000 top slice, plus £85,000 carry forward", "A request for £180,000", "take the £45K out of this
            # year's underspend": money of another kind, whatever variance the words around it name
            indicator_id, vetoed = None, True
        elif unit == "gbp" and indicator_id in VARIANCE_IDS and funds_a_variance(text, h.start, h.end, ss, se, indicator or "",
                                                                                  indicators):
            # (r31id) money put to a variance, its phrase naming none: "the council utilising £53.789 m and £58.763 m ...
            # in order to balance this budget", "£10.222m of the special provision be vired to service budgets to fund the
            # projected overspends" (Derbyshire, Hertfordshire, Wokingham, Slough)
            indicator_id, vetoed = None, True
        elif unit == "gbp" and indicator_id in VARIANCE_IDS and variance_against_earlier(text, h.start, h.end):
            # "the final outturn was £787k better than the planned overspend", "an increase of more than £1 million on the
            # position reported in October", "continued to rise (approx. £21k since November's Forum)": said against an
            # earlier position of the variance, a change of it (no id, as the header's change of a variance)
            indicator_id, vetoed = None, True
        if indicator_id is not None and in_correction(sentence):
            # (r27id) a printed number put right ("'600 requests' being amended to correctly read '60 requests'"): no id
            indicator_id, vetoed = None, True
        if indicator_id is not None and per and per_contradicts(indicator_id, unit, per, indicators):
            # (r24id) the unit rule over every way an id is carried to a figure (the figure before's, the sentence's,
            # the paragraph's): a figure that says what it is per keeps no id its per rules out ("£20,000 a week,
            # equivalent to £1m a year": the yearly amount is not the weekly cost)
            indicator_id, vetoed = None, True
        if not change and indicator_id and unit == "gbp" and variance_changed_by(unit, indicator_id, cl.left):
            change = True  # "pressures have increased the previous overspend by £4.6m"
        if not change and unit == "gbp" and moved_by(unit, cl.left, text[h.end:min(se, h.end + 40)]):
            # (r46side) "a favourable movement of £1m, leaving an overspend of £6m": the £1m is a change; (r47dead) the
            # unit first (moved_by's own first test), so the text after a figure of another unit is not sliced
            change = True
        row_id = None if change and not change_keeps_id(unit, indicator_id, evidence.clause, per) else indicator_id
        if row_id is not None and layout and (layout_part or unit == "count" and text.startswith(")", h.end)
                                              and _SHARE_BRACKET_LEFT.search(text, max(0, h.start - 4), h.start)):
            # a label's value under a measure ("Foster care - 320" under "There were 450 children in care, of which:"), a
            # count in brackets after a share on a line of values ("2024- 41.2% (769)"): a part, not the measure's whole
            row_id = None
        if row_id is not None and unit == "count" and text.find(" times", h.end, h.end + 7) >= 0 and _TIMES_RIGHT.match(text, h.end):
            row_id = None  # "12 times the national average", "three times higher than": a multiple, not the count
        if row_id is not None and unit == "percent" and margin_against_comparator(text, h.end):
            row_id = None  # (r32id) "(2% below the national average)": a margin against a comparison point, not the share
        if unit == "count" and st.prev_unit == "count" and text.find("out of", max(0, h.start - 10), h.start) >= 0 \
                and _OUT_OF_LEFT.search(text, max(0, h.start - 30), h.start):
            # "(1,688 out of 2,342)": the whole is the count named before (the part before it gets none)
            if row_id is None:
                whole = st.prev_id if st.prev_id is not None else classify(
                    Evidence("", "own", text[cl.start:cl.end], sentence, unit, per, None, "", context, text), indicators)
                row_id = indicator_id = whole if whole in CHILD_COUNT_IDS else None
        elif row_id is not None and unit == "count" and text.find("out of", h.end, h.end + 10) >= 0 and _OUT_OF_RIGHT.match(text, h.end):
            row_id = None  # "1,688 out of 2,342": a part of the count
        elif row_id is not None and unit == "count" and text.startswith(" of ", h.end) and _OF_THE_N_RIGHT.match(text, h.end):
            row_id = None  # "12 of the 53 exclusions had prior attendance highlighted": a part of the count
        elif row_id is not None and unit == "count" and text.startswith(("Of ", "of "), ss) and h.start - ss < 120 \
                and part_of_whole_before(text[ss:h.start], row_id, indicators):
            row_id = None  # "Of these exclusions, 37 were temporary", "Of those in care, more than half - 327 - ...", "Of the
            #                94 pupils excluded last term ... 54 remain": a part of the whole the sentence opens with
        if row_id is not None and unit == "count" and text.startswith(")", h.end) \
                and _share_size_in_brackets(text, h.start):
            row_id = None  # (r37ids) "with the vast majority (152) in foster care": the share's size, a part of the count
        if row_id and unit == "count" and cl.left.rstrip().endswith(("additional", "extra", "further")) and \
                _EXTRA_LEFT.search(cl.left):
            row_id = None
        if row_id in CHILD_COUNT_IDS and unit == "count" and "." in surface and h.values and h.values[0] % 1 \
                and _PLAIN_DECIMAL.fullmatch(surface):
            row_id = None  # "The re-offending figures for Looked After Children dropped from 5.5 in April", "46.5 children who
            #                have been looked after for 2.5 years": a number of children is whole; a fraction is another
            #                measure of them (a rate, an average), not their count
        if row_id and unit == "count" and ("urvey" in cl.left or "oll" in cl.left) and _SURVEY_LEFT.search(cl.left):
            row_id = None  # "In a survey of 4,000 foster carers across the country, six in 10 said ...": the people asked
        if carried_phrase:
            indicator = carried_phrase  # (r30carry: the phrase only; the figures after it go on with it)
        if glossary and indicator and _HAS_CAPS.search(indicator):
            indicator = expand_acronyms(indicator, glossary)
        # a comparison point's kind ("compared with 65% nationally", "the target is 90%", "up from 60%"), None for the
        # council's own value (:mod:`.reference`; the compare stage never shows a comparison point as its value)
        reference = reference_kind(text, ss, se, h.start, h.end, _phrases_of(text, ss, se, sent_phrases), sent_cues,
                                   doc, rules=rules) or column_kind(indicator)
        # (r42area) a value of a part of the council's area ("the North locality had 45"): not its own value either;
        # (r43report) the part's words kept for the pages ("North locality")
        part = None if reference else part_named(text, ss, se, h.start, h.end, doc, rules=rules)
        direction = direction_of(text, h, cl.left, se, rules)
        if direction == "none" and st.prev_fig_end_in_sent >= 0 and st.prev_direction != "none" \
                and st.last_unit == unit and is_to_value(text, st.prev_fig_start, st.prev_fig_end_in_sent, h.start) \
                and h.values and moves_as(st.prev_direction, st.prev_value, h.values[0]) and reference is None:
            # (r47dir) "had risen from £4500 to £6500": the new level rose too; (r47review) only when it is higher (lower
            # for "down": "the rise was revised from 4% to 2%" is no rise of the 2%) and is no comparison point ("rose
            # from 30 last year compared to 45 nationally": the 45 is the nation's, which did not rise)
            direction = st.prev_direction
        fig_rows.append({
            "start": h.start, "end": h.end, "surface": surface,
            "value": h.values[0] if h.values else float("nan"),
            "value_max": h.values[1] if len(h.values) > 1 else None,
            "unit": unit, "per": per, "indicator": indicator or None, "indicator_id": row_id,
            "direction": direction, "is_change": change,
            "comparator": comparator_of(text, h, (ss, se), change, rules, sent_comparators, sent_phrases),
            "status": status_of(text, h, cl.end, se, rules),
            "reference": reference or ("part_of_area" if part is not None else None), "part": part,
            "sentence": sentence,
            # the rules found an id and a rule took it away (a change, a multiple, a part), or a label's value under a
            # measure (a part, :mod:`.layout`): the learnt second opinion (analysis.figures.learnt_id) must not give one back
            "id_vetoed": (indicator_id is not None or vetoed or layout_part) and row_id is None,
            # a complement ("the other 32%" after "68% of EHCPs were completed in time") is the remainder of the measure
            # before, never that measure: the rules give it no id, and the learnt reader may not give it the id of the
            # measure it is the rest of (it may give another: "only 64 are permanently employed - the remaining 88 come
            # from agencies")
            "id_not": st.prev_id if how == "complement" else None,
        })
        row = fig_rows[-1]
        # (r42bound) the bound the value's adjacent words put on it ("above 71%", "up to £7,000", "around 1,200")
        compared = row["reference"]
        if compared is None and st.prev_fig_end_in_sent >= 0 and names_comparison_after(text, h.end, rules.comparator_re):
            compared = "comparison"  # "45%, below 50% last year": 50% is last year's value (the reference rules miss it)
        row["bound"] = bound_of(text, h.start, h.end, rules.bounds, value_max=row["value_max"], sentence_start=ss,
                                prev_end=st.prev_fig_end_in_sent, reference=compared)
        # (r45side) the side of the budget a variance's words put it on ("an overspend of £2m": adverse), money of a
        # variance only; (r46speed) ``sentence_at`` is the value's sentence in ``text``, where the stage reads the side
        # of an amount of money the learnt reader gives a variance's id (:func:`side_of`, for those rows alone)
        row["side"] = None
        row["sentence_at"] = (ss, se)
        if unit == "gbp" and row_id in SIDE_IDS:
            said_side = side_of(text, h.start, h.end, ss, se, rules.sides)
            if len(h.values) == 1:
                if said_side is None:
                    said_side = st.money_sides.get(h.values[0])
                else:
                    st.money_sides[h.values[0]] = said_side
            row["side"] = said_side
        fig_sents.append((ss, se))
        if said is not None and indicator and not bare and len(h.values) == 1:
            remember_said(said, h.values[0], unit, indicator)
        st.prev_fig_end_in_sent = h.end
        st.prev_fig_start, st.prev_direction = h.start, direction
        st.prev_value = h.values[0] if h.values else float("nan")
        st.last_unit, st.prev_per = unit, per
        st.last_scaled_money = unit == "gbp" and scaled_amount(surface)
        # (a threshold of a definition: "missing 10% or more of possible sessions", "90% attendance or less")
        st.prev_threshold = text.startswith(" or ", h.end) and _OR_MORE_RIGHT.match(text, h.end) is not None
        if indicator and not bare:
            if not (how == "inherited" and st.prev_indicator and names_comparator(indicator)):
                # (a comparator's value, "national average: <the measure before>": a later figure inherits that measure)
                st.prev_indicator = indicator.removeprefix("rest of: ")
            st.prev_id, st.prev_unit, st.prev_id_sent = indicator_id, unit, si
            if unit == "count" and indicator_id is not None:
                st.count_id_in_sent = indicator_id
            if not placed:
                st.prev_by_unit[unit] = (st.prev_indicator, indicator_id)
            if indicator_id is not None:
                st.id_by_unit[unit] = (indicator_id, si)
            if unit == "gbp":
                st.prev_money = (st.prev_indicator, indicator_id)
        elif indicator_id is not None:
            st.bare_id = (indicator_id, unit, si)
        if unit == "gbp" and row_id is not None and len(h.values) == 1:
            st.money_values.setdefault(h.values[0], row_id)
        if unit == "count" and row_id is not None and len(h.values) == 1:
            st.count_values[h.values[0]] = row_id
    if fig_rows:  # (with no figure it changes nothing)
        status_from_relative_clause(text, fig_rows, fig_sents, rules)
    return fig_rows, num_rows


#: a sentence that opens by comparing with what the sentence before measured: "When compared to around £4,000 at the same
#: time last year", "Compared with 310 a year earlier", "This compares to 255 at the same point last year"
_COMPARED_OPENING = re.compile(r"(?i)\W*(?:(?:when|and|but|this|that|which|it)\s+)?(?:(?:is|was)\s+)?compar(?:ed|es|ing)\s+"
                               r"(?:with|to|against)\b")
#: a whole said again right before it: "of that 730", "Of the 396 children", "from the 147", "among those 52"
_RESTATED_LEFT = re.compile(r"(?i)\b(?:of|from|among|amongst)\s+(?:all\s+)?(?:the|that|those|these|this)\s+$")
#: a survey's or poll's sample right before the count: "In a survey of 4,000 foster carers", "a poll of more than 2,000
#: social workers", "surveyed 1,200 children in care"
_SURVEY_LEFT = re.compile(r"(?i)\b(?:survey|poll)(?:s|ed|ing)?\s+(?:of\s+)?(?:(?:more\s+than|over|some|around|about|nearly|"
                          r"almost|just\s+over|just\s+under)\s+)?$")
#: the opening of a sentence that points at the measure before, right up to its value: "This was down from the", "This
#: was just up from", "It was", "That is slightly higher than", "This compares with around". (r33tidy) The verbs of a
#: new level are :func:`analysis.vocab.level_verb_alternation`'s, the same as the pointer inside a sentence
#: (:func:`analysis.figures.indicators.points_to_new_level`); before, this list lacked the present forms ("This rises
#: to") and "went"/"goes" up or down, which that one read
_POINTER_OPENING = re.compile(
    r"(?i)\W*(?:this|that|it)\s+(?:(?:now\s+)?(?:was|is|had\s+been|has\s+been|compares|compared)|"
    # "This has now risen to 28%", "It now stands at 412", "This had since fallen to 380" (a level, not the change)
    r"(?:(?:has|had|have)\s+)?(?:(?:now|since|then|already|further|subsequently)\s+)*(?:(?:" + level_verb_alternation()
    + r")\s+to|(?:stands|stood)\s+at))\s+"
    r"(?:(?:just|only|slightly|well|still|now|also|again|even|much|far)\s+)*"
    r"(?:(?:up|down|higher|lower|more|less|fewer|an?\s+(?:increase|decrease|rise|fall|drop|reduction))\s+)?"
    r"(?:(?:from|on|than|to|with|against|at)\s+)?"
    r"(?:(?:the|a|an|around|about|some|nearly|almost|over|under|just|only|approximately|roughly)\s+)*$")
#: places listed with their values: "Hartlepool, 0pc, Dorset, 1.9pc, Hampshire, 4.5pc", "Surrey 94%, Kent 89%"
_PLACE_LIST = re.compile(r"(?:\b[A-Z][a-z'’]+(?:[\s-]+(?:and\s+|upon\s+|on\s+|&\s+)?[A-Z][a-z'’]+)*,?\s+\(?\d[\d.]*\s*(?:%|pc\b|per\s?cent\b)\)?"
                         r"(?:,\s*|\s+and\s+|;\s*)){2}")
#: the capitalised name right before a bracket: "followed by Dorset (", "and Telford & Wrekin ("
_PLACE_BEFORE_BRACKET = re.compile(r"\b([A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+|upon\s+|on\s+|of\s+)?[A-Z][\w'’-]*)*)\s*\(\s?$")
#: a multiple of a value, right after the figure: "12 times the national average", "three times higher than", "twice"
#: is a word the grammar does not read as a number
_TIMES_RIGHT = re.compile(r"\s+times\s+(?:the|as|higher|more|greater|larger|bigger|lower|smaller|that|over|what)\b", re.I)
#: the two numbers of "N out of M" (counts, not a ratio the grammar read as a percentage)
_OUT_OF_LEFT = re.compile(r"\d\s+out\s+of\s+(?:a\s+total\s+of\s+)?$")
_OUT_OF_RIGHT = re.compile(r"\s+out\s+of\s+(?:a\s+total\s+of\s+)?\d")
#: a threshold right after a figure: "10% or more", "or less", "or above", "or fewer"
_OR_MORE_RIGHT = re.compile(r" or\s+(?:more|less|above|below|over|under|fewer|higher|lower)\b")
#: "12 of the 53 exclusions", "40 of these 212 children": a part of the count named after it
_OF_THE_N_RIGHT = re.compile(r" of\s+(?:the|these|those|its|our|their)\s+\d[\d,]*\s+[a-zA-Z]")
#: values alone in brackets: "(385.3)", "(to 573.0)", "(694.2 and 608.3)"
_ALONE_IN_BRACKETS = re.compile(r"\((?:(?:up\s+|down\s+)?to\s+)?(\d[\d,]*(?:\.\d+)?(?:\s*(?:and|to|&|/)\s*\d[\d,]*(?:\.\d+)?)?)\)")
#: the word "rate" right before a bracket: "Derby's rate (76.0)", "the rate per 10,000 (331)"
_RATE_BEFORE_BRACKET = re.compile(r"\brates?(?:\s+per\s+[\d,]+(?:\s+[a-z]+)?)?\s*$", re.I)


def _bracketed_rate(text: str, bracket: int, sent_start: int, prev_unit: str, prev_per: str | None,
                    unit: str, base: str | None) -> tuple[str, str | None]:
    """The unit of a value alone in brackets (or two: "(694.2 and 608.3)"): a rate when the word before the bracket is "rate" ("Derby's rate
    (76.0) was below ...") or when the sentence's figure before it is a rate, the value being its comparator
    ("a rate of 397.9 per 10,000, which is higher than the comparator average (385.3) and national average
    (337.7)"); else ``unit`` and ``base`` unchanged.

    >>> t = "a rate of 397.9 per 10,000, higher than the national average (337.7)."
    >>> _bracketed_rate(t, 61, 0, "rate", "10,000", "count", None)
    ('rate', '10,000')
    >>> _bracketed_rate("Derby's rate (76.0) was lower.", 13, 0, "", None, "count", None)
    ('rate', None)
    >>> _bracketed_rate("There were 2,342 children in need (2,444 last year).", 34, 0, "count", None, "count", None)
    ('count', None)
    """
    if prev_unit == "rate":
        return "rate", prev_per
    if "rate" in text[max(sent_start, bracket - 40):bracket].lower():
        m = _RATE_BEFORE_BRACKET.search(text, max(sent_start, bracket - 40), bracket)
        if m:
            return "rate", None
    return unit, base


def extract_figures(
    text: str, indicators: list[Indicator] | None = None, rules: FigureRules | None = None
) -> pd.DataFrame:
    """One row per figure in ``text``: ``start``/``end`` offsets into ``text``, ``surface``,
    ``value`` (scale applied), ``value_max``, ``unit``, ``per``, ``indicator``, ``indicator_id``,
    ``direction``, ``is_change``, ``comparator``, ``status`` and ``sentence``.

    >>> f = extract_figures("The average cost of residential care had risen from £4500 to £6500/£7000 per week, per child.")
    >>> f[["surface", "value", "value_max", "unit", "per"]].values.tolist()
    [['£4500', 4500.0, nan, 'gbp', 'week, child'], ['£6500/£7000', 6500.0, 7000.0, 'gbp', 'week, child']]
    >>> extract_figures("The Government announced an additional £700m.")["value"].tolist()
    [700000000.0]
    """
    return extract(text, indicators, rules)[0]


def extract_numbers(text: str, rules: FigureRules | None = None) -> pd.DataFrame:
    """The non-figure numbers of ``text`` with their ``kind`` (date, year, period, reference, ...)."""
    return extract(text, None, rules)[1]
