"""Figures: the numbers in minutes that measure something, and what they measure.

A *figure* is a number that measures services, people, money or performance: a count ("3700
children"), a percentage ("68%", "23 per cent", "1 in 5", "a third of"), money ("£700m"), a rate
("331 per 10,000") or a duration that is a measurement ("an average wait of 16 weeks"). Every other
number goes to the ``numbers`` table with its ``kind`` (date, time, year, period, reference, minute,
list, filesize, phone, ordinal, name, age, threshold, rate_base, procedure), so nothing is dropped silently.

The subpackage follows the steps of the extraction, one module each:

=================  ==============================================================================
``grammar``        number grammar: one master regular expression, the candidate scan, values
``kinds``          non-figure kinds (dates, years, periods, references, ages, thresholds, ...); its
                   code in parts ``kinds_<seam>`` (lowest first: values, items, furniture, years,
                   limits, business, ends, scales, classify), mapped in its docstring
``context``        sentence (clean's splitter) and clause; unit, per, direction, change, comparator,
                   status
``phrase``         the indicator phrase: what the figure measures, in the minutes' words; its code
                   in parts ``phrase_<seam>`` (words, subject, shares, np, lists, names, clauses,
                   nomeasure, money, parts, changes, places, repair, cascade), mapped in its
                   docstring; ``phrase_acronyms`` (outside the split) writes out an acronym the
                   document defines
``indicators``     canonical indicators (``data/indicators.yml``) and :func:`classify`, which picks a
                   figure's ``indicator_id``
``places``         whether a phrase only names a place, body or group (not a measure)
``learnt_id``      a learnt second opinion on the id where the rules give none (trained on
                   ``data/learnt_id_rows.csv``; applied in one batch by the stage)
``rules``          the researcher-editable rules (``data/figure_rules.yml``): comparators, status
                   phrases, direction words, the nouns of a rate's population, of a count and of
                   what a figure is per
``extraction``     :func:`extract`: all of the above on one text (the rules' ids; the learnt
                   fallback is applied by the stage)
``stage``          the stage: :func:`figures_from_segments`, :func:`run`, :func:`check_spans`,
                   :func:`reporting_periods`
=================  ==============================================================================

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
