"""Figures: the numbers in minutes that measure something, and what they measure.

A *figure* is a number that measures services, people, money or performance: a count ("3700
children"), a percentage ("68%", "23 per cent", "1 in 5", "a third of"), money ("£700m"), a rate
("331 per 10,000") or a duration that is a measurement ("an average wait of 16 weeks"). Every other
number goes to the ``numbers`` table with its ``kind`` (date, time, year, period, reference, minute,
list, filesize, phone, ordinal, name, age, threshold, rate_base, procedure), so nothing is dropped silently.

The module map (r47dead; checked by import graph: ``tests/test_r47_dead.py`` runs the stage and lists the modules
it loaded). The stage (:mod:`.stage`) reads each document once (step 1), runs the extraction on each text (steps 2-6,
:func:`.extraction.extract_rows`), then applies the learnt id in one batch and writes the tables (step 7). Every module
below is imported by the stage, except the three experiments at the end.

=====================  ==========================================================================================
**1. the document**    read once per document by the stage, before any figure
``stage``              the stage: :func:`figures_from_segments`, :func:`run`, :func:`check_spans`,
                       :func:`reporting_periods`; maps every row back to the raw text
``rules``              the researcher-editable rules (``data/figure_rules.yml``): comparators, status phrases,
                       direction words, side words, area nouns, the nouns of a rate's population, of a count and
                       of what a figure is per
``reference``          the document's council and year (:func:`.reference.document_ref`); later, step 5
``area``               the parts of the council's area the document names (:func:`.area.area_names`); later,
                       step 5
``phrase_acronyms``    the acronyms the document writes out; the stage writes them out in the output's phrases
``layout``             the measure a page's layout names: paragraph and label numbering, a table flattened one
                       cell a line, a label's row of values
**2. the numbers**     :func:`.kinds.scan`: every number expression, and which are not figures
``grammar``            number grammar: one master regular expression, the candidate scan, values
``kinds``              non-figure kinds (dates, years, periods, references, ages, thresholds, ...) and
                       :func:`.kinds.scan`; its code in parts ``kinds_<seam>`` (lowest first: ``values``,
                       ``items``, ``furniture``, ``years``, ``limits``, ``business``, ``ends``, ``scales``,
                       ``classify``, the cascade of steps), mapped in its docstring
``cascade``            the mechanism of an ordered cascade of steps and the chain each case needs (shared by
                       ``kinds_classify`` and ``phrase_cascade``)
**3. the context**     each figure's sentence and clause, unit, per, direction, change, comparator, status
``context``            sentence (clean's splitter) and clause; unit, ``per``, direction, change, comparator, status
``bounds``             the ``bound`` column: "more than 71%", "about 1,200"
**4. the measure**     what the figure measures (``indicator``) and which canonical indicator (``indicator_id``)
``phrase``             the indicator phrase, in the minutes' words; its code in parts ``phrase_<seam>``
                       (``words``, ``subject``, ``shares``, ``np``, ``lists``, ``names``, ``clauses``,
                       ``nomeasure``, ``money``, ``parts``, ``changes``, ``places``, ``repair``, ``cascade``: the
                       rules in order), mapped in its docstring, and more of its rules: ``phrase_restated``
                       (a bracketed figure restating the one before), ``phrase_said`` (a reading that stops on the
                       words around the measure), ``phrase_postmod`` (a bare head's prepositional post-modifier:
                       "transfer from the Schools Block to the High Needs Block")
``places``             whether a phrase only names a place, body or group (not a measure)
``indicators``         canonical indicators (``data/indicators.yml``) and :func:`classify`, which picks a
                       figure's ``indicator_id``; the vetoes (a change of a variance, a corrected number, a
                       contradicting ``per``)
**5. the comparison**  whether the figure is the council's own value
``reference``          the ``reference`` column: a comparison point and its kind (national, regional,
                       neighbours, target, previous, ...)
``area``               the ``part_of_area`` reference and the ``part`` column (:func:`.area.part_named`)
**6. the side**        the ``side`` column of a variance's money
``side``               adverse or favourable (:func:`.side.side_of`); a movement of a position is a change
                       (:func:`.side.moved_by`); the word the pages show (:func:`.side.side_word_at`)
``extraction``         :func:`extract`: steps 2-6 on one text, a row per figure and per other number
**7. the batch**       after every text
``learnt_id``          a learnt second opinion on the id where the rules give none (trained on
                       ``data/learnt_id_rows.csv``; applied in one batch by the stage)
**experiments**        kept for the scripts of past rounds; the stage never imports them
``learnt``             issue 11's learnt filter on the figures the rules find (``scripts/figure_filter_*.py``)
``phrase_chooser``     round 15's learnt chooser over candidate phrases (``scripts/phrase_chooser_*.py``,
                       ``scripts/phrase_reader_cv.py``)
``phrase_reader``      round 26's learnt token reader of the measure (``scripts/phrase_reader_*.py``)
=====================  ==========================================================================================

Gold-table scoring lives in :mod:`analysis.evaluation`, out of the stage's import path.
"""

from __future__ import annotations

from .extraction import FIGURE_COLUMNS, NUMBER_COLUMNS, extract, extract_figures, extract_numbers
from .grammar import MASTER_RE, ORDINAL_WORDS, WORD_VALUES
from .indicators import Evidence, Indicator, IndicatorList, classify, load_indicators, match_indicator
from .rules import FigureRules, load_rules
from .stage import check_spans, figures_from_segments, reporting_periods, run

__all__ = [
    "FIGURE_COLUMNS",
    "MASTER_RE",
    "NUMBER_COLUMNS",
    "ORDINAL_WORDS",
    "WORD_VALUES",
    "Evidence",
    "FigureRules",
    "Indicator",
    "IndicatorList",
    "check_spans",
    "classify",
    "extract",
    "extract_figures",
    "extract_numbers",
    "figures_from_segments",
    "load_indicators",
    "load_rules",
    "match_indicator",
    "reporting_periods",
    "run",
]
