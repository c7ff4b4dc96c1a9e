"""The figures stage: figures and numbers of every segment, mapped back to the raw text.

:func:`run` reads ``documents``, ``segments`` and the document texts, extracts the figures of every
segment (:func:`figures_from_segments`, per document through :mod:`analysis.parallel`) and writes the
``figures`` and ``numbers`` tables. A segment's clean text and its map back to the raw text come from
the clean stage (the ``text`` and ``offset_map`` columns), so nothing is normalised twice; every span
is checked: ``doc_text[raw_start:raw_end] == surface`` for every figure and number.
:func:`reporting_periods` gives each document's reporting period from its ``period`` numbers.
"""

from __future__ import annotations

import functools
import operator
import os
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from . import learnt_id
from .. import corpus, io, parallel, paths
from ..clean import normalise, offset_pairs
from ..errors import PipelineError, SchemaError
from ..periods import horizon_flags, period_label
from ..schemas import check_table
from .extraction import extract_rows
from .phrase_acronyms import acronyms_defined, acronyms_written_out
from .area import area_names, inside_capitalised_words, lower_case_words
from .reference import DocumentRef, document_ref
from .grammar import has_candidate
from .kinds import mark_between
from .indicators import Indicator, load_indicators
from .layout import (_RULE_CELL, TABLE_LINE_MAX, VALUE_LINE_MAX, WHOLE_LABELS, LabelSeries, count_item, header_columns,
                     label_numbering, label_of_value, line_table_cells, measure_of_line, name_of_amount, opening_measure,
                     paragraph_numbering, row_label, row_values, table_cells, value_line, whole_of_which)
from .rules import FigureRules, load_rules
from .side import SIDE_IDS, side_of

__all__ = ["check_spans", "figures_from_segments", "reporting_periods", "run"]

_FIG_OUT = [c for c in ("figure_id doc_id council meeting_date segment_id surface value value_max bound unit per "
                        "indicator indicator_id id_source direction is_change comparator status side reference part sentence "
                        "raw_start raw_end").split()]
_NUM_OUT = "doc_id segment_id surface kind value sentence raw_start raw_end".split()

#: text that normalising leaves unchanged: printable ASCII, £, €, single spaces, no space at either end
_NORMAL_ASCII = re.compile(r"(?![ ])(?:[!-~£€]| (?! ))*(?<! )")


def _is_normal_ascii(s: str) -> bool:
    """``_NORMAL_ASCII.fullmatch(s) is not None``, with string methods (speed: once per number).

    >>> xs = ("£4.5m", "6 to 8", "6  8", " 6", "6\t8", "€5", "5°", "", "6 ", "a\x7fb", "6\xa08")
    >>> [_is_normal_ascii(x) for x in xs][:7]
    [True, True, False, False, False, True, False]
    >>> [_is_normal_ascii(x) for x in xs] == [_NORMAL_ASCII.fullmatch(x) is not None for x in xs]  # (r47dead: its spec)
    True
    """
    if not s.isascii():
        s = s.replace("£", "x").replace("€", "x")
        if not s.isascii():
            return False
    return s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " "


#: the fields of a figure's row copied as they are (a NaN and None give the same missing value in the
#: typed table: value_max goes through ``pd.to_numeric``, the others are string or boolean arrays)
_FIG_FIELDS = ("value_max", "bound", "unit", "per", "indicator", "indicator_id")
_fig_fields = operator.itemgetter(*_FIG_FIELDS)
#: the fields after ``id_source`` (which the stage sets: "rules", "learnt" or missing)
_FIG_FIELDS_AFTER = ("direction", "is_change", "comparator", "status", "side", "reference", "part")
_fig_fields_after = operator.itemgetter(*_FIG_FIELDS_AFTER)
#: (r46speed) where the side of an amount of money is read (:func:`.side.side_of`'s text, value span and sentence
#: span): only for a figure the learnt reader gives a variance's id, after the batch
_SideAt = tuple[str, int, int, int, int]
#: a figure the rules gave no id: its index in the figures, its raw span, the document's text, the id a complement may
#: not take, and where its side is read (None: not money)
_NoId = tuple[int, int, int, str, "str | None", "_SideAt | None"]


@dataclass(slots=True)
class _Carried:
    """What the stage carries from one segment of a document to the next (one per document)."""

    #: the last paragraph: the lead-in of the bullets after it
    lead: str = ""
    #: the last paragraph that opened a list (ends with ":"), else ""
    list_lead: str = ""
    #: the segment before (whatever its kind): what "That figure ..." refers to
    last: str = ""
    #: the two segments before ``last`` (oldest first): where the subject a few one-sentence paragraphs carry on was
    #: named (the EHC plans, for a paragraph of "412 requests": :func:`.indicators.send_subject_earlier`)
    earlier: tuple[str, ...] = ()
    #: the id and unit of the last figure with a measure of the segment before, when it has an id: what "The figure in
    #: Hampshire is 75 per cent" or "This figure falls below the department target of 90 per cent" opening a paragraph is
    #: a value of (the segment right before only, as the three after it)
    measure: tuple[str, str] | None = None
    #: the last figure's measure of the segment before (if it had one)
    phrase: str = ""
    #: the last id of each unit in the segment before: what a figure of the next segment's first sentence that takes its
    #: measure from the one before (of another unit) is a value of ("The figure has increased by about 40 per cent, from
    #: 350" after a paragraph on the children in care)
    ids: dict[str, str] | None = None
    #: the id of each count value of the segment before
    values: dict[float, str] | None = None
    #: (r31twins) the unit of the segment before's last figure, "" when it has none: what a generic subject opening the
    #: next paragraph carries the measure of only when it is of the same unit (:func:`.extraction.extract_rows`)
    unit: str = ""
    #: (r31carry) the phrase of each value and unit said so far in the document: what the same amount said again as its
    #: clause's subject measures ("The £16.5m includes:")
    said: dict[tuple[float, str], str] = field(default_factory=dict)
    #: the last line that was not a line of values alone: the measure it names (a question, a label, a list's opening, a
    #: heading) is what the run of value lines below it measures ("4. What is your annual spend on Independent Fostering
    #: Agencies?" then "2018/19: 339,672", "2019/20: 223,679"): its text, kind, the list's opening before it while rows
    #: of a table follow that opening, and the measure when looked for (:func:`_line_measure`, only when a line of values
    #: comes: speed)
    above: list | None = None
    #: the column names of the table whose header row came last, while its rows follow (a header "School  Current
    #: Admission Limit  Proposed Admission Limit" or "| Placement type | 2022/23 | 2023/24 |"): what each value cell of a
    #: row below it measures, with the row's label (:func:`.layout.row_values`)
    columns: list[str] | None = None


@dataclass(frozen=True, slots=True)
class _Document:
    """(r38tidy) What the stage reads once of a whole document, at its first segment with a candidate number
    (:func:`_read_document`): before, three blocks of the loop, each once per document, read these apart."""

    #: the paragraph numbers of its text (r23prec: :func:`.layout.paragraph_numbering`)
    numbering: frozenset[tuple[int, int]]
    #: the labels it numbers (r25prec: :func:`.layout.label_numbering`)
    labels: LabelSeries
    #: the document's context for its figures: the documents table's (:func:`_document_context`), and "Schools Forum"
    #: for Schools Forum minutes that never say so (r36ids: :func:`schools_forum_minutes`)
    about: str
    #: its council and meeting year, for the reference column (:func:`.reference.document_ref`)
    ref: DocumentRef
    #: its council and meeting date (NaN as None), for the figures table
    council: object
    meeting_date: object
    #: the acronyms it writes out (r37phrase: "the Minimum Funding Guarantee (MFG)",
    #: :func:`.phrase_acronyms.acronyms_defined`)
    acronyms: dict[str, str]


def _read_document(doc_text: str, info: dict, about: str, rules: FigureRules | None = None) -> _Document:
    """(r38tidy) The :class:`_Document` of ``doc_text``, whose row of the documents table gives ``info`` (its council
    and meeting date; empty when the document has no row) and :func:`_document_context` ``about``. Each part is a pure
    function of these, so reading them all at the first segment with a candidate gives what the three blocks did."""
    if schools_forum_minutes(doc_text):
        about = " | ".join(filter(None, (about, "Schools Forum")))
    council, md = info.get("council"), info.get("meeting_date")
    ref = document_ref(council, md)
    if rules is not None and ref.own is not None:  # (r42area) the places it names as parts of its council's area
        ref = ref._replace(common=lower_case_words(doc_text))  # (r42review) its common words: "In Fostering" no place
        ref = ref._replace(inside=inside_capitalised_words(doc_text))  # (r43area) its names inside a sentence
        ref = ref._replace(parts=area_names(doc_text, ref, rules))
    return _Document(paragraph_numbering(doc_text), label_numbering(doc_text), about, ref,
                     council, None if md is None or pd.isna(md) else md, acronyms_defined(doc_text))


#: a list item written as a paragraph is short ("(b) Home to school SEND Transport (£1.7m) (slide 5):")
_ITEM_MAX = 200


def figures_from_segments(
    segments: pd.DataFrame,
    texts: dict[str, str],
    documents: pd.DataFrame,
    indicators: list[Indicator] | None = None,
    rules: FigureRules | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Figures and numbers of ``segments`` (rows of the segments table), without any IO but the learnt id
    fallback's training rows (read and fitted once per process, at the first figure the rules leave without an id
    that has a candidate: :mod:`.learnt_id`; ``$CM_LEARNT_ID=off`` gives the rules' ids alone).

    ``texts`` maps doc_id -> the document's text (``text/<doc_id>.txt``); ``documents`` gives
    council and meeting_date. Each segment's clean ``text`` is searched and spans are mapped back
    through its ``offset_map`` (both written by the clean stage), so
    ``texts[doc_id][raw_start:raw_end] == surface`` (checked: :class:`SchemaError`).
    Callable per partition (Dask) or by the benchmark.
    """
    if indicators is None:
        indicators = load_indicators()
    if rules is None:
        rules = load_rules()
    if "offset_map" not in segments.columns:
        raise PipelineError("the segments table has no offset_map column (written by an older version); "
                            "rerun the clean stage (make all)")
    ids = documents["doc_id"].tolist()
    if len(set(ids)) == len(ids):  # (the same as the frame's to_dict, without its cost)
        meta = {d: {"council": c, "meeting_date": md} for d, c, md in zip(
            ids, documents["council"].tolist(), documents["meeting_date"].tolist())}
    else:  # (a repeated doc_id: to_dict's error)
        meta = documents.set_index("doc_id")[["council", "meeting_date"]].to_dict("index")
    about = _document_context(documents)
    kinds = segments["kind"].tolist() if "kind" in segments.columns else [""] * len(segments)
    headings = segments["heading"].tolist() if "heading" in segments.columns else [None] * len(segments)
    carried: dict[str, _Carried] = {}  # per document, what one segment hands the next
    read: dict[str, _Document] = {}  # per document, what is read once of its whole text (r38tidy)
    figs: list[tuple[object, ...]] = []  # rows in the order of _FIG_OUT
    no_id: list[_NoId] = []  # figures the rules gave no id: (index in figs, raw span, doc text, the id a complement may
    #                          not take, where an amount of money's side is read: :data:`_SideAt`)
    nums: list[tuple[object, ...]] = []  # rows in the order of _NUM_OUT
    doc_list, text_list = segments["doc_id"].tolist(), segments["text"].tolist()
    table_cell = _line_table_cells(doc_list, text_list)
    for at_seg, (doc_id, seg_id, rs, text, omap, kind, heading) in enumerate(zip(
        doc_list, segments["segment_id"].tolist(), map(int, segments["raw_start"].tolist()),
        text_list, segments["offset_map"].tolist(), kinds, headings,
    )):
        st = carried.get(doc_id)
        if st is None:
            st = carried[doc_id] = _Carried()
        lead_in = st.lead if kind == "bullet" else ""
        if kind != "bullet":
            opened = st.list_lead
            if opened and len(text) < _ITEM_MAX and text.rstrip().endswith(":"):
                # a lettered item of a list that a paragraph opened ("... key pressures, in relation to:"
                # then "(b) Home to school SEND Transport (£1.7m):"): the opening paragraph is its lead-in
                lead_in = opened
            else:
                st.list_lead = text if text.rstrip().endswith(":") else ""
            st.lead = text
        doc_text = texts.get(doc_id)
        if doc_text is None:
            raise PipelineError(
                f"segments of '{doc_id}' have no document text (text/{doc_id}.txt); rerun the clean stage (make all)"
            )
        before, st.last = st.last, text
        earlier = st.earlier
        if before:
            st.earlier = (*earlier[-1:], before)
        carry, st.measure = st.measure, None  # (the segment right before only)
        before_measure, st.phrase = st.phrase, ""
        carry_ids, st.ids = st.ids, None
        carry_values, st.values = st.values, None
        before_unit, st.unit = st.unit, ""
        layout, layout_part = "", False
        cells = None
        if len(text) <= TABLE_LINE_MAX:
            # a table whose cells the raw line parts with bars, tabs or runs of spaces (the clean text has one space): a
            # header row names the columns of the rows below it (r13struct)
            e0 = doc_text.find("\n", rs)
            line = doc_text[doc_text.rfind("\n", 0, rs) + 1:e0 if e0 >= 0 else None]  # (from the line's start: its indent)
            row = table_cells(line) if "  " in line or "|" in line or "\t" in line else []
            if row:
                if st.columns is not None and (rv := row_values(row, st.columns)) is not None:
                    cells = rv
                elif not all(_RULE_CELL.fullmatch(c) for c in row):  # (a rule "|---|---|" keeps the header)
                    hc = header_columns(row)
                    st.columns = hc[0] if hc is not None else None
            elif st.columns is not None and len(text) > 40:
                st.columns = None  # a line of prose ends the table (a short group label, "Primary", does not)
        elif st.columns is not None:
            st.columns = None
        is_value_line, period = value_line(text)
        if is_value_line:
            layout, _asked, layout_part = _line_measure(st.above)  # (under "..., of which:": a part)
            if layout and period:
                layout = f"{layout}, {period}"
        elif st.above is not None and len(text) <= VALUE_LINE_MAX and (label := label_of_value(text)):
            # a label and its value under the line naming the measure ("How many foster carers do you need to recruit
            # this year?" then "Households - 10"; "There were 450 children in care, of which:" then "Foster care - 320"):
            # the measure for that label (a part of it), and the run goes on; not under a heading ("Committee facts" then
            # "Wards: 76")
            measure, asked, _whole = _line_measure(st.above)
            if measure and asked:
                if label.lower() in WHOLE_LABELS:  # "Answer: 49", "Total: £2.1m": the measure's own value
                    layout = measure
                else:
                    layout, layout_part = f"{label} (of {measure})", True
        elif st.above is not None and st.above[2] and (name := name_of_amount(text)) and (
                opened_for := opening_measure(st.above[2])):
            # (r37phrase2) a name and its amount under a list's opening that says what the amounts are ("... balances over
            # £1m were held by 15 schools in the borough, including:" then "Beavers Community Primary School £1,387,000"):
            # that measure, for the name; the run goes on
            layout = f"{opened_for}, {name}"
        elif any(c.isalnum() for c in text):  # (a line of cell marks alone, "|", changes nothing)
            opening = st.above[2] if st.above is not None else None
            if text.endswith(":"):
                opening = text  # (a list's opening: its measure is the table's, for the row labels after it)
            elif opening is not None and ("?" in text or not row_label(text)):
                opening = None
            st.above = [text, kind, opening, None]
        in_table = at_seg in table_cell
        if in_table:
            # a value cell of a table flattened one cell a line (:func:`.layout.line_table_cells`): its column's name and
            # its row's label (r21table)
            layout, layout_part = table_cell[at_seg], False
        if not has_candidate(text):
            continue  # no digit, currency sign or number word
        doc = read.get(doc_id)
        if doc is None:  # (once per document)
            doc = read[doc_id] = _read_document(doc_text, meta.get(doc_id, {}), about.get(doc_id, ""), rules)
        context = " | ".join(filter(None, (lead_in, heading if isinstance(heading, str) else "", doc.about)))
        # a bullet that is a count and the things it counts under a list's opening ("North Northamptonshire included:"
        # then "4 Nursery Schools"): a count, not an agenda item's number (r13struct)
        item = count_item(text) if kind == "bullet" and text[:1].isdigit() and lead_in.endswith(":") else ""
        f, n = extract_rows(text, indicators, rules, context, before, carry, before_measure, carry_ids, carry_values, layout,
                            layout_part, item, cells, earlier, doc.ref, in_table, doc.numbering, doc.labels, before_unit,
                            st.said)
        if f and (_edge_number(f[0], text, True) or _edge_number(f[-1], text, False)):
            f, n = _edge_marks(f, n, text, doc_text, rs, omap)
        if f:
            st.unit = str(f[-1]["unit"])
        for rec in reversed(f):
            if rec["indicator"]:
                if rec["indicator_id"] is not None:
                    st.measure = (str(rec["indicator_id"]), str(rec["unit"]))
                break
        if f and f[-1]["indicator"]:
            st.phrase = f[-1]["indicator"].rsplit(": ", 1)[-1]  # ("figure: X", "rest of: X": X)
        ids_of_unit = {str(rec["unit"]): str(rec["indicator_id"]) for rec in f if rec["indicator_id"] is not None}
        if ids_of_unit:
            st.ids = ids_of_unit
            values = {rec["value"]: str(rec["indicator_id"]) for rec in f
                      if rec["unit"] == "count" and rec["indicator_id"] is not None and rec["value_max"] is None}
            if values:
                st.values = values
        if not f and not n:
            continue
        # (speed) a segment whose clean text is its raw text shifted (offset map "0:0", the commonest) maps a span by
        # adding its start: _raw_span without the index function (the same check of every surface)
        raw_at = None if omap == "0:0" else _raw_index(omap, rs)
        council, meeting_date, acronyms = doc.council, doc.meeting_date, doc.acronyms
        for rec in f:
            if acronyms and rec["indicator"]:  # (r37phrase) "MFG" -> "Minimum Funding Guarantee (MFG)": the output only,
                #                                 after the run's carried phrase and measure were taken from it
                rec["indicator"] = acronyms_written_out(str(rec["indicator"]), acronyms)
            if raw_at is None:
                a, b, surface = _shifted_span(rs, rec, doc_text, doc_id)
            else:
                a, b, surface = _raw_span(raw_at, rec, doc_text, doc_id)
            if rec["indicator_id"] is None and not rec["id_vetoed"]:
                no_id.append((len(figs), a, b, doc_text, rec.get("id_not"),
                              (text, rec["start"], rec["end"], *rec["sentence_at"]) if rec["unit"] == "gbp" else None))
            figs.append((f"{doc_id}:{a}-{b}", doc_id, council, meeting_date, seg_id, surface, rec["value"],
                         *_fig_fields(rec), None if rec["indicator_id"] is None else "rules", *_fig_fields_after(rec),
                         rec["sentence"], a, b))
        for rec in n:
            if raw_at is None:
                a, b, surface = _shifted_span(rs, rec, doc_text, doc_id)
            else:
                a, b, surface = _raw_span(raw_at, rec, doc_text, doc_id)
            nums.append((doc_id, seg_id, surface, rec["kind"], rec["value"], rec["sentence"], a, b))
    if no_id and learnt_id.enabled():
        _learnt_ids(figs, no_id, indicators, rules)
    return _typed(figs, _FIG_OUT), _typed(nums, _NUM_OUT)


#: the fewest segments a document has when a table flattened one cell a line may be among them (a header of two names,
#: two rows of a label and a cell)
_LINE_TABLE_MIN = 6


def _line_table_cells(doc_ids: list[str], texts: list[str]) -> dict[int, str]:
    """The measure of each segment (by its index in ``texts``) that is a value cell of a table flattened one cell a line
    (:func:`.layout.line_table_cells`, over each document's segments in order)."""
    by_doc: dict[str, list[int]] = {}
    for i, d in enumerate(doc_ids):
        by_doc.setdefault(d, []).append(i)
    out: dict[int, str] = {}
    for idx in by_doc.values():
        if len(idx) >= _LINE_TABLE_MIN:
            for j, measure in line_table_cells([texts[i] for i in idx]).items():
                out[idx[j]] = measure
    return out


def _line_measure(line: list | None) -> tuple[str, bool, bool]:
    """The measure the line above a run of value lines names, and whether a question, a list's opening, a label
    counting something or a row of a table under a list's opening names it (``True``: the measure of a label's value
    too) rather than a heading or title (``False``: of value lines only), and whether it is the whole of an "of which"
    list ("There were 450 children in care, of which:": a value line under it is a part). ``line`` is the stage's
    ``[text, kind, opening, found]`` (``found`` set here, once)."""
    if line is None:
        return "", False, False
    if line[3] is None:
        text, kind, opening = line[0], line[1], line[2]
        measure = whole_of_which(text) if text.endswith(":") else ""
        whole = bool(measure)
        if not measure:
            measure = measure_of_line(text)
        if not measure and opening and opening is not text:
            # a row of the table the list's opening named ("To set the following hourly rates for providers:" then
            # "Two-year-olds |", "£9.98 |")
            table = measure_of_line(opening)
            label = row_label(text) if table else ""
            measure = f"{table}: {label}" if label else ""
        found = (measure, True, whole) if measure else ("", False, False)
        if not measure and kind in ("heading", "title"):
            found = (measure_of_line(text, True), False, False)  # (a heading names the measure of value lines only)
        line[3] = found
    return line[3]


_ID_AT = _FIG_OUT.index("indicator_id")
_SOURCE_AT = _FIG_OUT.index("id_source")
_SIDE_AT = _FIG_OUT.index("side")
_ROW_FIELDS = [_FIG_OUT.index(c) for c in ("indicator", "sentence", "unit", "per", "is_change")]


def _learnt_ids(figs: list[tuple[object, ...]], no_id: list[_NoId], indicators: list[Indicator],
                rules: FigureRules) -> None:
    """The learnt second opinion (:mod:`.learnt_id`) on the figures the rules gave no id, in one batch: where the
    model is sure enough of an id the figure may have, the row takes it (in place); (r45side) an amount of money that
    takes a variance's id takes the side its words say (:func:`.side.side_of`, read here for those rows alone:
    r46speed)."""
    rows = []
    for k, a, b, doc_text, _, _ in no_id:
        phrase, sentence, unit, per, change = (figs[k][i] for i in _ROW_FIELDS)
        rows.append((str(phrase or ""), str(sentence or ""), doc_text[max(0, a - learnt_id.SIDE):a],
                     doc_text[b:b + learnt_id.SIDE], str(unit), str(per or ""), bool(change)))
    for (k, _, _, _, id_not, side_at), iid in zip(no_id, learnt_id.second_opinion(rows, indicators)):
        if iid is not None and iid != id_not:  # (a complement is never the measure it is the rest of)
            row = list(figs[k])
            row[_ID_AT] = iid
            row[_SOURCE_AT] = "learnt"
            if iid in SIDE_IDS and side_at is not None:
                row[_SIDE_AT] = side_of(*side_at, rules.sides)
            figs[k] = tuple(row)


def _checked_surface(a: int, b: int, rec: dict[str, object], doc_text: str, doc_id: str) -> str:
    """The document's text at ``[a, b)``, checked to be the row's surface or to normalise to it."""
    surface = doc_text[a:b]
    if not (surface == rec["surface"] and _is_normal_ascii(surface)) and normalise(surface).text != rec["surface"]:
        raise SchemaError(
            f"{doc_id}: span [{a}, {b}) of a number does not map back to '{rec['surface']}' "
            "(the segments table does not fit the document text: rerun the clean stage)"
        )
    return surface


def _edge_number(rec: dict[str, object], text: str, first: bool) -> bool:
    """(r24prec) Whether the row ``rec`` of a segment's ``text`` is a bare number of one or two digits with nothing but
    spaces between it and the segment's start (``first``) or end (else): a number whose context the segment cut."""
    surface = rec["surface"]
    if not (isinstance(surface, str) and len(surface) <= 2 and surface.isdigit()):
        return False
    return not text[:rec["start"]].strip() if first else not text[rec["end"]:].strip()  # type: ignore[misc]


def _edge_marks(f: list[dict], n: list[dict], text: str, doc_text: str, rs: int, omap: str) -> tuple[list[dict], list[dict]]:
    """(r24prec) The figure rows ``f`` of a segment without those at its edges (:func:`_edge_number`) that the whole
    document shows to be a mark of the page (:func:`.kinds.mark_between`: "... Progress Report." ending one segment,
    "1" the next, "The report ..." the one after; "ASSESSMENT 2012" then "1 | HCC Interim ..."), and the number rows
    ``n`` with those as references (in the text's order)."""
    raw_at = _raw_index(omap, rs)
    keep: list[dict] = []
    marks: list[dict] = []
    for i, rec in enumerate(f):
        if (i == 0 and _edge_number(rec, text, True) or i == len(f) - 1 and _edge_number(rec, text, False)) \
                and mark_between(doc_text, raw_at(rec["start"]), raw_at(rec["end"] - 1) + 1):
            marks.append({"start": rec["start"], "end": rec["end"], "surface": rec["surface"], "kind": "reference",
                          "value": rec["value"], "sentence": rec["sentence"]})
        else:
            keep.append(rec)
    if not marks:
        return f, n
    return keep, sorted(n + marks, key=lambda r: (r["start"], r["end"]))


def _raw_span(raw_at: Callable[[int], int], rec: dict[str, object], doc_text: str, doc_id: str) -> tuple[int, int, str]:
    """The span ``[a, b)`` in the document text of a row found in a segment's clean text, and the
    document's text there, checked: it is the row's surface, or normalises to it."""
    a = raw_at(rec["start"])  # type: ignore[arg-type]
    b = raw_at(rec["end"] - 1) + 1  # type: ignore[operator]
    return a, b, _checked_surface(a, b, rec, doc_text, doc_id)


def _shifted_span(raw_start: int, rec: dict[str, object], doc_text: str, doc_id: str) -> tuple[int, int, str]:
    """:func:`_raw_span` of a segment whose offset map is ``"0:0"`` (``_raw_index("0:0", raw_start)`` is
    ``i -> raw_start + i``), without the index function.

    >>> t = "xx Spend was £4.2m."
    >>> _shifted_span(3, {"start": 10, "end": 15, "surface": "£4.2m"}, t, "d") == _raw_span(
    ...     _raw_index("0:0", 3), {"start": 10, "end": 15, "surface": "£4.2m"}, t, "d")
    True
    """
    a = raw_start + rec["start"]  # type: ignore[operator]
    b = raw_start + rec["end"]  # type: ignore[operator]
    return a, b, _checked_surface(a, b, rec, doc_text, doc_id)


#: (r36ids) the minutes' own body called "the Forum" as a meeting that acts or meets: "The Forum welcomed ...", "Forum
#: members noted", "since the last Forum", "the budget agreed by Forum" (capital F: the body's name, not "a forum for
#: parents"). Schools Forum minutes often never write "Schools Forum" (14 councils of the open sets and pools:
#: Torbay, Wokingham, Slough, West Berkshire, Wiltshire, Swindon, Tameside, Hounslow, ...)
#: (r36review) what follows "Forum" when the word opens a sentence about the meeting ("Forum members noted")
_FORUM_ACTS = (r"(?:members?|welcomed|agreed|noted|resolved|RESOLVED|approved|voted|discussed|heard|asked|"
               r"(?:was|were)\s+(?:informed|advised|told|asked|reminded))\b")
_FORUM_BODY = re.compile(
    r"\b(?:[Tt]he|this|last|next|previous|each|every|that)\s+Forum\b(?!\s*(?:of|for)\b)"
    r"|\bForum\s+" + _FORUM_ACTS + r"|\bby\s+Forum\b")
#: a forum the minutes name that is not the Schools Forum ("the Youth Forum", "the Parent Carer Forum", "Heads Forum"):
#: their "the Forum" may be that one; and a document that names the Schools Forum itself is left as it is (it may be
#: another committee's minutes that speak of the Forum)
_NAMED_FORUM = re.compile(
    r"(?i:\b(?:youth|parents?|carers?|young\s+people['’]?s?|children['’]?s?|access|admissions?|headteachers?['’]?|"
    r"heads['’]?|providers?['’]?|partnership|business|community|citizens['’]?|early\s+years|send|disability|faith|"
    r"voluntary|health|participation|schools?['’]?)\s+forum\b)"
    # any other forum named by a capitalised word ("the Admissions Forum", "Hounslow Education Forum"); not a meeting's
    # month ("since Novembers Forum", "the March Forum": the same Forum's meetings)
    r"|\b(?!(?:The|This|That|Last|Next|Previous|Each|Every|By|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)(?:['’]?s)?\s)[A-Z][\w'’]*(?:[ \t\xa0]+Forum\b"
    # (r36review) a name wrapped onto the next line, but not a heading's last word before a line that opens with
    # "Forum members noted" ("2. Apologies" then "Forum members noted the apologies": no "Apologies Forum")
    r"|[ \t\xa0]*\n\s*Forum\b(?!\s+" + _FORUM_ACTS + r"))")


def schools_forum_minutes(doc_text: str) -> bool:
    """(r36ids) Whether a document is a Schools Forum's minutes that never name the Forum in full: its body speaks of
    "the Forum" as the meeting (:data:`_FORUM_BODY`) and names no forum (:data:`_NAMED_FORUM`, the Schools Forum
    included). Such minutes' money is the grant's, as under a "Schools Forum" heading (the gold's rule: a bare
    overspend or deficit at a Schools Forum is the high needs deficit).

    >>> schools_forum_minutes("The Forum welcomed Ken to the meeting. The current outturn is £947,000 overspend.")
    True
    >>> schools_forum_minutes("Forum members noted the report.")
    True
    >>> schools_forum_minutes("The Youth Forum met in March. The Forum agreed its priorities.")
    False
    >>> schools_forum_minutes("The Schools Forum agreed the transfer. The Forum noted the overspend.")
    False
    >>> schools_forum_minutes("The committee noted a forum for parents. The overspend was £2m.")
    False
    >>> schools_forum_minutes("School Admissions Forum. The Forum noted the £30m shortfall.")
    False
    >>> schools_forum_minutes("The Forum noted the overspend had risen since Novembers Forum.")
    True
    """
    # (r39speed) every alternative of _FORUM_BODY matches the literal "Forum" (case-sensitive): a document without it is
    # no Schools Forum's minutes, found without the pattern's scan of every character (3.5% of a bench pass)
    return "Forum" in doc_text and bool(_FORUM_BODY.search(doc_text)) and not _NAMED_FORUM.search(doc_text)


def _document_context(documents: pd.DataFrame) -> dict[str, str]:
    """Per document, its agenda item title and committee (what every figure of it is about)."""
    cols = [c for c in ("title", "committee") if c in documents.columns]
    out: dict[str, str] = {}
    for doc_id, *values in zip(*(documents[c].tolist() for c in ("doc_id", *cols))):
        out[doc_id] = " | ".join(v for v in values if isinstance(v, str) and v.strip())
    return out


def _raw_index(offset_map: str, raw_start: int) -> Callable[[int], int]:
    """A function from a clean index of the segment's text to its index in the document text.

    >>> f = _raw_index("0:0 4:5", 100)
    >>> f(2), f(4), f(6)
    (102, 105, 107)
    """
    if offset_map == "0:0":
        return lambda i: raw_start + i
    idx, raw = offset_pairs(offset_map)

    def at(i: int) -> int:
        k = bisect_right(idx, i) - 1
        return raw_start + raw[k] + i - idx[k]

    return at


def _typed(rows: list[tuple[object, ...]], order: list[str]) -> pd.DataFrame:
    """The table of the collected rows (tuples in the order of the columns ``order``), typed and
    sorted by doc_id, raw_start, raw_end (a stable sort: rows in the same place keep their order).
    Sorted and typed column by column, then made into a frame once (a frame built and then typed
    costs more than the work in it). The dict's keys are ``order`` in order, so the frame is made
    without ``columns=`` (which sends pandas through its much slower path of a dict of Series)."""
    import numpy as np

    d, a, b = order.index("doc_id"), order.index("raw_start"), order.index("raw_end")
    rows = sorted(rows, key=operator.itemgetter(d, a, b))
    string, int64, boolean = (pd.api.types.pandas_dtype(t) for t in ("string", "Int64", "boolean"))
    typed: dict[str, object] = {}
    for c, vals in zip(order, zip(*rows) if rows else [()] * len(order)):
        if c in ("value", "value_max"):
            typed[c] = pd.to_numeric(np.array(vals, dtype=object), errors="coerce").astype("float64")
        elif c in ("raw_start", "raw_end"):
            typed[c] = pd.array(list(vals), dtype=int64)
        elif c == "is_change":
            typed[c] = pd.array(list(vals), dtype=boolean)
        else:
            typed[c] = pd.array(list(vals), dtype=string)
    assert list(typed) == order
    return pd.DataFrame(typed)


def check_spans(table: pd.DataFrame, texts: dict[str, str]) -> None:
    """Raise :class:`SchemaError` unless ``texts[doc_id][raw_start:raw_end] == surface`` for every row."""
    for doc_id, a, b, surface in zip(table["doc_id"], table["raw_start"], table["raw_end"], table["surface"]):
        if texts[doc_id][int(a):int(b)] != surface:
            raise SchemaError(f"{doc_id}: [{a}, {b}) slices to {texts[doc_id][int(a):int(b)]!r}, not {surface!r}")


def run(
    raw_dir: str | os.PathLike[str] | None = None,
    processed_dir: str | os.PathLike[str] | None = None,
    indicators: str | os.PathLike[str] | None = None,
    rules: str | os.PathLike[str] | None = None,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The figures stage: read documents, segments and texts; extract; write ``figures`` and ``numbers``.

    ``indicators`` and ``rules`` name the researcher-editable files (default ``data/indicators.yml``
    and ``data/figure_rules.yml``). ``raw_dir`` is accepted for a uniform stage signature (the
    stage reads only processed data).
    """
    # load
    processed = paths.processed_dir(processed_dir)
    inds = load_indicators(indicators)
    rule_set = load_rules(rules)
    if learnt_id.enabled():
        learnt_id.check_rows()  # (a missing or malformed rows file fails here, whatever the corpus)
    documents = io.read_table("documents", processed)
    segments = io.read_table("segments", processed)
    texts = corpus.load_texts(processed, documents["doc_id"].tolist())
    if learnt_id.enabled() and parallel.workers_share_memory(int(segments["doc_id"].nunique()) if len(segments) else 0):
        # (speed) the learnt fallback fitted once here, where forked workers (or threads) find it, not once in each
        # worker (~1 s of CPU each); the same fit, so the same figures
        learnt_id.prefit(inds)
    # process: per document, through analysis.parallel (in this process for a small corpus, local
    # worker processes for a large one, or the Dask cluster named by $DASK_SCHEDULER)
    parts = parallel.map_frames(
        functools.partial(figures_from_segments, documents=documents, indicators=inds, rules=rule_set), segments, texts=texts
    )
    if len(parts) == 1:
        figures, numbers = parts[0]
    else:
        figures = check_table("figures", pd.concat([f for f, _ in parts], ignore_index=True))
        numbers = check_table("numbers", pd.concat([n for _, n in parts], ignore_index=True))
    check_spans(figures, texts)
    check_spans(numbers, texts)
    # save
    io.write_tables({"figures": figures, "numbers": numbers}, processed)
    return figures, numbers



def reporting_periods(numbers: pd.DataFrame, keep_horizons: bool = False) -> pd.DataFrame:
    """Each document's reporting period from its ``period`` numbers, e.g. ``"Q2 2025/26"``.

    A quarter followed (within a few words of the same sentence) by a financial year is combined;
    the most frequent label wins, the earliest on ties. Documents without periods are absent.

    >>> n = pd.DataFrame({"doc_id": ["d"] * 3, "kind": ["period"] * 3,
    ...                   "surface": ["Q2", "2025/26", "2023/24"], "raw_start": [0, 3, 50]})
    >>> reporting_periods(n).values.tolist()
    [['d', 'Q2 2025/26']]

    (r43periods) A period its sentence names as a horizon ("to 28% by 2032/33", "until 2021-22":
    :func:`analysis.periods.is_horizon`, read when the numbers have their ``sentence``) is a target's or a forecast's
    year, not one the document reports on: it is not counted, and a document naming no other period has none.
    ``keep_horizons`` counts them (the periods of one sentence, where "200 new places by 2026/27" is of 2026/27).

    >>> s = "The number is estimated to rise to 28% by 2032/33."
    >>> h = pd.DataFrame({"doc_id": ["d"], "kind": ["period"], "surface": ["2032/33"], "raw_start": [42],
    ...                   "sentence": [s]})
    >>> len(reporting_periods(h)), reporting_periods(h, keep_horizons=True).values.tolist()
    (0, [['d', '2032/33']])
    """
    per = numbers[(numbers["kind"] == "period") & numbers["doc_id"].notna()]
    per = per.sort_values(["doc_id", "raw_start"], kind="mergesort")
    # (r43scale) one pass over plain lists, not a pandas group per document: the rows are sorted by document, so a
    # document's numbers are one run of rows, in the order groupby(sort=True) gave (which left out a missing id).
    doc_ids = per["doc_id"].tolist()
    starts = per["raw_start"].tolist()
    surfaces = per["surface"].tolist()
    rows = []
    # (r43periods) each number's sentence says whether it is a horizon; read per document, as the k-th surface of a
    # sentence is counted within the document's run of rows
    sentences = per["sentence"].tolist() if not keep_horizons and "sentence" in per.columns else None
    begin = 0
    while begin < len(doc_ids):
        doc_id = doc_ids[begin]
        end = begin + 1
        while end < len(doc_ids) and doc_ids[end] == doc_id:
            end += 1
        texts = [str(x) for x in surfaces[begin:end]]
        horizon = horizon_flags(sentences[begin:end], texts) if sentences is not None else None
        best = document_period([(int(a), x) for a, x in zip(starts[begin:end], texts)], horizon)
        if best is not None:
            rows.append({"doc_id": doc_id, "period": best})
        begin = end
    return pd.DataFrame(rows, columns=["doc_id", "period"])


def document_period(numbers: list[tuple[int, str]], horizon: list[bool] | None = None) -> str | None:
    """The reporting period of one document from its period numbers ``(raw_start, surface)`` in order of position
    (:func:`reporting_periods`' rule), or ``None`` when none names a quarter or a financial year. (r43periods) A number
    whose ``horizon`` flag is set (a target's or forecast's year: :func:`analysis.periods.horizon_flags`) is not counted;
    a quarter and its year are one label, a horizon when the quarter's words make it one ("by Q4 2025/26").

    >>> document_period([(0, "Q2"), (3, "2025/26"), (50, "2023/24")])
    'Q2 2025/26'
    >>> document_period([(0, "2023/24"), (9, "Q3"), (90, "2023/24")]), document_period([(0, "2022-27")])
    ('2023/24', None)
    >>> document_period([(0, "2024/25"), (40, "2032/33")], [False, True]), document_period([(0, "2032/33")], [True])
    ('2024/25', None)
    """
    labels: list[str] = []
    items = [(a, *period_label(s)) for a, s in numbers]
    flags = horizon if horizon is not None else [False] * len(items)
    used: set[int] = set()
    for i, (a, q, y) in enumerate(items):
        if i in used:
            continue
        if q and i + 1 < len(items) and items[i + 1][2] and items[i + 1][0] - a <= 20:
            used.add(i + 1)
            if not flags[i]:  # ("by Q4 2025/26": the quarter's words make the pair a horizon)
                labels.append(f"{q} {items[i + 1][2]}")
        elif (q or y) and not flags[i]:
            labels.append(q or y)  # type: ignore[arg-type]
    if not labels:
        return None
    counts = Counter(labels)
    # prefer combined labels, then frequency, then first occurrence
    return max(labels, key=lambda x: (" " in x, counts[x], -labels.index(x)))

