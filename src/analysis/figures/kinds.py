"""Non-figure kinds: which number expressions are not figures, and what they are instead.

Every number that is not a figure goes to the ``numbers`` table with its kind: ``date`` ("1
October"), ``time`` ("10:00am"), ``year`` ("since 2020"), ``period`` ("2023/24", "Q2", "in the last
12 months"), ``reference`` ("page 39", "Item 6"), ``minute`` / ``list`` ("33.2", "1.", "(2)"),
``filesize``, ``phone``, ``ordinal`` ("a third reopening", "ranked 12 out of 150"), ``name``
("Year 6", "a 6 month review"), ``age`` ("aged 16 years and over", "under 18s", "11-16 provision"),
``threshold`` ("within 12 months", "two years or more"), ``rate_base`` ("per 10,000") and
``procedure`` (the meeting's own business: "30 minutes for public questions", "two members of the
public attended", "three clear days", "Quorum: 3", the papers it received "two reports of the Director", "24
pages"; not, since r26recall, the counts its minutes record of questions, votes, members present or co-optees: "(11
votes)", "2 against", "Members present: 7" are figures, as `tests/gold/README.md` has them). Page furniture is a ``reference``: a page number on a line of its own
("3 of 12", "- 4 -"), a ModernGov item number alone on its line with a blank line after it.

:func:`classify` decides with cheap look-ups on a short window either side of the expression;
:func:`scan` runs the grammar over a text and classifies every expression (with its values).

Choices: "one" is a figure only with a unit ("one year"), beside another count, or (r26recall) counting the noun
that closes its clause ("consists of one manager, a chair and ...", "just one carer was approved"); a four-digit number 1990-2039 without a
comma is a year unless the text says it is a count ("had risen to 2018", "2018 children"); ages and
eligibility thresholds are not measurements; adjectival durations in names of things ("the
6-to-8-week check", "a 12-week programme", "six-month reviews") are names, while a number of years
a plan, strategy, programme or period runs ("a 5 year strategy", "a three-year plan") is a figure; a stretch of time the text looks through ("in
the next five years", "6 months previously") is a period, while the length of something ("forward
planning for the next three years", "foster carers for over 20 years") is a figure.

The code is split along its seams into sibling modules (lowest first: each imports only the ones above it in this
list; every name of every part is re-exported here, so ``from .kinds import X`` works as before the split):

* :mod:`.kinds_values`: a plan's length (:func:`plan_noun_right`), a record's value, a number inside a name, line starts;
* :mod:`.kinds_items`: list numbers, points and paragraphs in sequence, agenda item titles
  (:func:`item_title_after`), a section before its paragraph, codes read as acronyms (:func:`measure_acronym_count`);
* :mod:`.kinds_furniture`: the page's and the meeting's furniture (``_meeting_furniture``), marks of the page
  (:func:`mark_between`), footnote markers, venues and age limits, coordinated stretches and ages;
* :mod:`.kinds_years`: compounds and retention periods, bare scales that are amounts, year-shaped counts, financial
  years glued or short, page counters;
* :mod:`.kinds_limits`: limits, ages, a childcare offer's hours, page ranges (round 11's families,
  ``_r11_not_figure``), :func:`items_over_left`, ``PARA_NUMBER``;
* :mod:`.kinds_business`: the meeting's own business and labels (``_meeting_business_or_label``), subset bounds,
  percentage thresholds of rules;
* :mod:`.kinds_ends`: the ends of ranges and alternatives :func:`scan` reads, link lines, "one" as a count;
* :mod:`.kinds_scales`: the ends of a rating scale, quarters listed, age groups (round 12's families,
  ``_r12_not_figure``);
* :mod:`.kinds_classify`: :func:`classify` and the patterns it alone reads;
* here: the entry point :func:`scan` (with the length names it reads) and the re-export of every part's names.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterator

from ..clean import NEWS_LINK_LABEL, split_sentences
from ..vocab import MONTH_NAMES, MONTH_SHORT, SEASONS, month_alternation
from .grammar import (
    BARE_SCALE, COUNT_NOUN_RIGHT, COUNTED_LABEL, GLUED_COUNT_NOUNS, LIMIT_WORDS, MONEY_NOUNS, MONTHS, PCT_RE, POST_PRE, TIME_RE, Hit,
    LeftWords, expressions, may_end_with, values_of,
)
from .rules import FigureRules

# the parts (every name is re-exported here: callers import them from this module)
from .kinds_values import (  # noqa: F401
    _ONE_TWO_DIGITS, _FOUR_DIGITS, _PLAN_QUALIFIER, PLAN_NOUN_RIGHT, QUALIFIED_PLAN_RIGHT, plan_noun_right,
    NAMED_PLAN_RIGHT, _YEARS_END_RE, HYPHEN_YEARS_RIGHT, _YEARS_LAST, _plan_length, _line_start, _CHANGE_NOUN_RIGHT,
    _POSSESSIVES, _record_value, _BAND_MEMBER_RIGHT, _VOTE_WORD, _BRAND_NUMBER, _brand_number,
)
from .kinds_items import (  # noqa: F401
    _MONTH_RIGHT, _item_neighbour, _CAPS_HEADING_RIGHT, _line_start_left, _POINT_OPENING_AT, _standalone, _month_after,
    _point_in_sequence, _ITEM_TITLE_AT, _ITEM_COUNTED_AT, _ITEM_SUBJECT_AT, _CAPS_TITLE_AT, _before_caps_title,
    _LOWER_WORD_BEFORE, _digits_start, _opens_sentence_or_line, item_title_after, _PARA_NEXT_AT, _YEARISH,
    _para_left_ok, _point_left_ok, _paragraph_in_sequence, _HEADING_WORDS, _HEADING_ENDS, _section_heading_before,
    section_before_paragraph, _OPENING_LABEL_LEFT, _OPENING_LABEL_RIGHT, _opening_label, _NEXT_ROW_VALUE,
    measure_acronym_count, NOT_LABEL_WORDS, _ACRONYM_LEFT, _ACRONYM_CODE_RIGHT, _acronym_code,
)
from .kinds_furniture import (  # noqa: F401
    _NAME_WORDS, _NAME_LEFT, _AGE_BANDS, _UNDER_AGE_LEFT, _LAST_N_LEFT, _COUNT_NOUN_RIGHT, _MEMBERS_RIGHT,
    _SMALL_WORDS, _LINE_END_RIGHT, _VENUE_LEFT, _POST_AGE_LEFT, _PEOPLE_AGE_LEFT, _OF_AGE_RIGHT, _PLUS_AGE_RIGHT,
    _PLUS_AGES, _AGE_GROUP_NOUN_RIGHT, _PERSON_REACH_LEFT, _PERSON_REACH_TAILS, _AGE_WORD_LEFT, _AGE_SAID_RIGHT,
    _PCT_WORD, _QUARTER_LEFT, _POINT_WORD_LEFT, _POINT_OF_RIGHT, _DIGITS_WORD, _DIGITS_YEARS, _DIGITS,
    _ONE_TO_THREE_DIGITS, _venue_or_age_limit, _MINUTE_YEAR_RIGHT, _MINUTE_YEAR_TITLE_RIGHT, _FOOTNOTE_RIGHT,
    _MONTH_NAMES, _MARKER_DATE_RIGHT, _MARKER_DATE_FIRST, _MONTH_PREFIXES, _HELD_ON_LEFT, _CUT_YEAR_LEFT,
    _CUT_COMPOUND_REST, _CUT_CHANGE_LEFT, _CUT_CHANGE_WORDS, _cut_by_excerpt_end, _GLUED_SUBREF_LEFT,
    _REF_NO_LEFT, _SI_LEFT, _RULE_TIME_LEFT, _WORKING_DAYS_RIGHT, _CONTACT_LINE_LEFT, _TEL_LEFT, _LOCAL_NUMBER_RIGHT,
    _LOCAL_NUMBER_LEFT, _CONTACT_LABEL_LEFT, _AREA_CODE_LEFT, _NOON_RIGHT, _CAP_NAME_LEFT, _CAP_NAME_RIGHT,
    _CAP_NUMBER_WORDS, _CAP_NAME_RANGE_RIGHT, _CAP_NAME_RANGE_LEFT, _CAP_NAME_LIST_LEFT, _CAP_NAME_LIST_RIGHT,
    _ROOM_LEFT, _ROOM_NUMBER, _GLUED_YEAR_TIME, _TIME_AFTER_YEAR, _MONTH_BEFORE_YEAR, _CHECK_NAME_SURFACE,
    _CHECK_NOUN_RIGHT, _CHECK_TITLE_RIGHT, _CHECK_WORDS_RIGHT, _CHECK_UNIT_END, _CHECK_RANGE_WORDS_RIGHT,
    _may_cite_si, _TV_CHANNEL_LEFT, _meeting_furniture, _LEGISLATION_LEFT, _YEAR_MARKER_RIGHT, _year_with_marker,
    _MARK_SPACES, _MARK_SENTENCE_END_LEFT, _MARK_TITLE_YEAR_LEFT, _MARK_SENTENCE_RIGHT, _MARK_FURNITURE_RIGHT,
    mark_between, _mark_between, _MARK_SENTENCE_ENDS, _COORDINATED_BEFORE, _COORDINATED_TIME_AFTER,
    _coordinated_stretch, _AGE_NUMBER, _COORDINATED_AGES_RIGHT, _AGE_NUMBER_RE, _coordinated_age, _footnote_marker,
    _COUNT_AFTER_WORDS, _marker_left_names, _LIMIT_WORDS, _POST_PRE, _NO_WORDS, _POINT_OPENER_RIGHT,
    _POINT_OPENERS_FIRST,
)
from .kinds_years import (  # noqa: F401
    _WAY_RIGHT, _AFTER_MEETING_RIGHT, _compound_or_retention, _SCALE_LETTER_END, _MONEY_BEFORE, _bare_scale_is_amount,
    _MONTH_TAILS, _may_end16, _ends_with_month, _FROM_END, _TO_COUNT_RIGHT, _from_year_to_count, _PAGE_MARK_RIGHT,
    _PAGE_MARK_LEFT, _page_or_footnote_mark, _GLUED_FY, _SHORT_HYPHEN_FY, _SHORT_FY_NOUN_RIGHT, _glued_or_short_year,
    _RUN_YEAR, _RUN_YEAR_RIGHT, _run_together_year,
)
from .kinds_limits import (  # noqa: F401
    PARA_NUMBER, _OF_THE_REPORT_RIGHT, _DOT_OR_SPACE, _PCT_RIGHT, _AGE_LIMIT_LEFT, _AGE_REACHED_LEFT, _AGE_END,
    _AGE_NEXT_WORDS, _AGE_LIMIT_RIGHT, _AGE_UNTIL_LEFT, _AGE_UNTIL_ENDS, _AGE_UNTIL_SUBJECT, _AGE_UNTIL_RIGHT,
    _age_until, _WINDOW_LEFT, _WINDOW_RIGHT, _GONE_RIGHT, _INTO_LEFT, _AGO_RANGE_RIGHT, _EHC_LIMIT_SURFACE,
    _EHC_CONTEXT, _EHC_BAND_LEFT, _EHC_BAND_ENDS, _BAND_PAIR_RIGHT, _WAITING_BEYOND_LEFT, _EHC_HYPHEN_LIMIT,
    _MEASURED_LEFT, _RETURN_RIGHT, _PAGE_FOOTER_RIGHT, _PAGE_BAR_LEFT, _LIMIT_OF_LEFT, _LICENCE_LEFT, _LICENCE_RIGHT,
    _HOURS_OFFER_RIGHT, _HOURS_OFFER_SURFACE, _HOURS_OFFER_LEFT, _HOURS_OFFER_LEFT_ENDS, _HOURS_YEAR_RIGHT,
    _HOURS_YEAR_LEFT, _THIRTY_EIGHT_WEEKS, _EARLY_YEARS_NEAR, _HOURS_MEASURED_RIGHT, _HOURS_STEP_RIGHT,
    _HOURS_WORD_RIGHT, _AGE_LIST_RIGHT, _GLUED_PARA_RIGHT, _NAME_COMMA_LEFT, _AGE_APPOSITIVE_RIGHT, _noun_alternation,
    items_over_left, _PAGE_RANGE, _AGENDA_TITLE_RIGHT, _AGENDA_HEAD, _ONE_OF_THE_LEFT, _SUPERLATIVE_SET_RIGHT,
    _DAY_N_LEFT, _SHARE_OF_DEFINITION_LEFT, _YEAR_TO_LEFT, _OF_N_SITE_RIGHT, _SITE_FURNITURE_RIGHT, _range_at,
    _RANGE_BEFORE_ITEM, _RANGE_BEFORE, _RANGE_AFTER, _TITLE_AT, _item_at, _agenda_item_number, _ICON_LEFT,
    _hours_offer, _SPOKEN_NUMBERS, _SPOKEN_OPEN_LEFT, _spoken_point, _r11_not_figure, _ROUND_NUMBER, _PLURAL_OF_RIGHT,
    _ALWAYS_RIGHT, _vague_or_always, _LIMIT_NOUN_LEFT, _LIMIT_NOUN_REACH, _LIMIT_NOUN_SURFACE, _LIMIT_NOUN_RIGHT,
    _limit_noun_after,
)
from .kinds_business import (  # noqa: F401
    _OF_THAN_LEFT, _CODE_LINE_LEFT, _CODE_LINE_RIGHT, _MEASURE_CODES, _RULE_CODE_LEFT, _RULES_PLURAL_LEFT,
    _HEAR_UP_TO_LEFT, _HEARD_FIRST, _A4_RIGHT, _A4_FIRST, _LONG_TERM_QUAL_LEFT, _STREET_WORDS, _STREET_GOES_ON,
    _STREET_RIGHT, _FILE_EXT_RIGHT, _SERVICE_NUMBERS, _CALL_LEFT, _QUESTIONS_LIMIT_LEFT, _ASKED_FIRST, _MAY_ASK_LEFT,
    _PICK_UNDER_RULE_LEFT, _PICK_VERBS, _pick_under_rule, _QUOTED_LIST_RIGHT, _OF_THAT_RIGHT, _CONDITION_BEFORE, _NUMBERED_LEFT,
    _ABBREV_REFS, _CAPS_MONTH_RIGHT,
    _CAPS_MONTH_GLUED, _CAPS_CLOCK_RIGHT, _CLOCK_SURFACE, _BARE_HOUR, _AMENDMENTS_RIGHT, _CONTACT_LEFT,
    _CONTACT_END_RIGHT, _IF_BOUND_LEFT, _WHERE_SHARE_BOUND_LEFT, _MISS_LEFT, _OR_MORE_SESSIONS_RIGHT, _BELOW_LEFT,
    _CLASSED_ABSENT_RIGHT, _RAG_BOUND_LEFT, _GROUP_ATTENDANCE_LEFT, _GROUP_WHO_HAD_LEFT, _ATTENDANCE_RIGHT,
    _OF_TARGET_RIGHT, _NOUN_OR_MORE_RIGHT, _AN_A_HALF_YEARS_RIGHT, _HEADING_NUMBER_BEFORE, _POINT_LABEL_LEFT,
    _POINT_LOWER_LEFT, _POINT_REF_RIGHT, _POINT_NUMBER, _SIGNATURES_RIGHT, _SIGN_CONDITION_LEFT, _PETITIONS_WITH_LEFT,
    _SIGNED_BY_LEFT, _RULE_MODAL, _MINUTE_YY_HEADING_RIGHT, _MINUTE_YY_SUBREF_RIGHT, _TEXT_UNITS_RIGHT,
    _TEXT_EDIT_LEFT, _VALUE_LEAD_WORD, _run_on_list_number, _DAY_MON_YEAR_RIGHT, _COUNTER_LINE_RIGHT,
    _COUNTER_LABEL_LEFT, _COUNTER_LABEL_RIGHT, _MEDIA_OF_LEFT, _OF_NUMBER_RIGHT, _TOC_HEADER, _CONTENTS_HEADER,
    _NEXT_ITEM_RIGHT, _PAGE_RANGE_SURFACE, _ITEM_AFTER_PAGE_LEFT, _TITLE_WORD_RIGHT, _TITLE_WORDS, _TOC_LINE_TITLE,
    _TOC_LINE_RIGHT, _LINE_END_HERE, _NET_ZERO_LEFT, _site_or_contents_number, _membership_or_text_edit,
    _heading_point_or_petition_rule, _BALANCE_BOUND_LEFT, _BALANCE_BOUND_ENDS, _MEASURED_ENDS,
    _ATTENDANCE_OR_LESS_RIGHT, _RULE_BOUND_RIGHT, _MAXIMUM_ALLOWED_RIGHT, _HELD_BOUND_LEFT, _SHARE_SUBJECT_END,
    _COUNT_SUBJECT_END, _WORKERS_PARTICIPLE_END, _HELD_BOUND_ENDS, _subset_bound, _percent_threshold_of_rule,
    _meeting_business_or_label, _AT_LEAST_COUNT_RIGHT, _PLUS_AGE_LIMITS, _AT_LEAST_MEASURED_LEFT,
    _DEFINING_BEFORE_VERB, _CLAUSE_START_LEFT, _SUBJECT_VERB_RIGHT, counted_at_least, _PARTICIPLE_WINDOW_RIGHT,
)
from .kinds_ends import (  # noqa: F401
    _LINK_LINE, _HYPHEN_TIME_UNITS, _SUBREF_GAP, _TITLED_LIST_GAP, _listed_reference, _WORD_RANGE_GAP, _FROM_BEFORE,
    _COUNT_RANGE_GAP, _BY_BEFORE, _NOUN_AFTER, _range_end, _word_after, _ALTERNATIVE_GAP, _BARE_COUNT,
    _alternative_end, _NUMBERED_NAME_RIGHT, _numbered_place_name, _ROUND_THE_CLOCK, _ROUND_THE_CLOCK_RIGHT,
    _ALWAYS_LEFT, _round_the_clock, _POST_PRE_AGE, _AGE_RANGE_GAP, _LEARNERS_OR_END_RIGHT, _post_age_range_end,
    _RESTATED_GAP, _RESTATED_CLOSE, _DAYS_IN, _LENGTH_UNIT, _BARE_WHOLE, _RESTATED_KINDS, _STRETCH_WORD_LEFT, _days,
    _restated_in_brackets,
    _HYPHEN_UNIT_AFTER_WORD, _word_unit_end, _on_link_line, _ONE_LIST_LEFT, _ONE_BEDS_RIGHT, _ONE_STEP_RIGHT,
    _THERE_WAS_LEFT, _ONE_COUNT_NOT_RIGHT, _ONE_CHILD_PLACED_RIGHT, _ONE_PER_LEFT, _ONE_NOUN_PHRASE_RIGHT,
    _ONE_NOUN_RIGHT, _ONE_NOT_COUNT_LEFT, _one_is_count, _ONE_RECEIVED_RIGHT, _ONE_RECEIVED_NOT_LEFT,
    _ONE_SUBJECT_COUNT_RIGHT, _ONE_SUBJECT_NOT_LEFT, _ONE_SUBJECT_SAYING, _ONE_BOUND_WORDS, _ONE_RATE_RIGHT,
)
from .kinds_scales import (  # noqa: F401
    _AND_A_HALF_YEARS_RIGHT, _UNDER_OVER_ENDS, _PAGE_OF_END_RIGHT, _PAGE_OF_END_LEFT, _SCALE_OF_LEFT,
    _SCALE_WHERE_RIGHT, _SCALE_POLE_RIGHT, _SCALE_POLE_LEFT_ENDS, _scale_end, _WINDOW_COMMA_LEFT, _WHO_UNDER_LEFT,
    _AGE_WORD, _SEND_LIMIT_RIGHT, _SMALL_RANGE, _CHECK_AT_LEFT, _CHECK_AGE_SURFACE, _PLUS_RIGHT, _MAX_MIN_OF_LEFT,
    _WEEKDAY_LEFT, _DOT_MONTH_RIGHT, _AT_STREET_RIGHT, _QUARTERS_LIST_LEFT, _quarters_listed, _QUARTER_NUMBERS,
    _TIER_RIGHT, _r12_not_figure,
)
from .kinds_classify import (  # noqa: F401
    funded_length, plan_runs_over_the_next, _FUNDED_TERM_RIGHT, _BASIS_RIGHT, _FUNDING_IN_CLAUSE, _ONE_YEAR_SURFACE,
    _YEAR_AFTER, _OVER_THE_NEXT_LEFT, _PLAN_IN_SENTENCE, _CHANGE_IN_SENTENCE,
    _REF_WORDS, _COURT_SENTENCE_LEFT, _REF_LEFT, _GLUED_ZERO_CELLS, _GLUED_ZERO_CELLS_LEFT, _GLUED_ZERO_CELLS_RIGHT,
    _BAND_VALUE_LEFT, _PLURAL_NAME_WORDS, _PERIOD_WORDS, _PERIOD_LEFT, _AGE_WORDS, _AGE_LEFT, _AGE_RIGHT,
    _CLA_AGE_BANDS, _BAND_VALUE_RIGHT, _AGE_LEFT_SHORT, _AGE_CHANGE_LEFT, _SHARE_AGE_LEFT, _UNDER_AGE_RIGHT,
    _THRESHOLD_LEFT, _THRESHOLD_RIGHT, _TIME_REF_RIGHT, _TENURE_OF_LEFT, _ON_AVERAGE_RIGHT, _CAME_LEFT, _TENURE_RIGHT,
    _TIME_RANGE_RIGHT, _MEASURE_LEFT, _YEAR_COUNT_LEFT, _MONTH_LEFT, _TITLE_RIGHT, _RATE_BASE_LEFT, _PROCEDURE_RIGHT,
    _MEETING_LENGTH_LEFT, _MEETING_TIME_RIGHT, _HOURS_END, _RECORDING_LEFT, _QUALIFIED_TIME_RIGHT, _QUALIFIERS_FIRST,
    _DOUBTFUL_ONE, _GLUED_NO_REF_LEFT, _DAY_MONTH_LEFT, _ONE_COORD_RIGHT, _ONE_CONTRAST_RIGHT, _ONE_COORD_LEFT,
    _ALL_BUT_LEFT, _ONE_COUNT_NOT_RIGHT_ALL_BUT, _ONE_OR_RIGHT, _PEOPLE_ARE_LEFT, _PERSON_IS_LEFT, _PERSON_AGE_RIGHT,
    _person_is_age,
    _DAY_RANGE, _MONTH_BEFORE, _AFTER_EVENT_RIGHT, _CLAUSE_OPEN_END, _YEARS_OF_CONDITION_RIGHT, _DISTANCE_LIMIT_RIGHT,
    _WALKING_DISTANCE_LEFT, _DISTANCE_MEASURE_LEFT, _OVER_THE_PERIOD_LEFT, _WITHIN_PERIOD_LEFT, _PERIOD_NOUN_RIGHT,
    _LEGACY_LEFT, _GCSE_RIGHT, _GCSE_BARE_RIGHT, _AT_LEAST_LEFT, _PLACEMENTS_RIGHT, _LONG_TERM_LEFT,
    _LONG_TERM_SURFACE, _LONG_TERM_MEASURE_LEFT, _EVERY_BASE_LEFT, _RATE_BASES, _GCSE_FIRST, _PLACEMENTS_FIRST,
    _AT_LEAST_ENDS, _PERIOD_FIRST, _AGE_AT_EVENT_LEFT, _AGE_AT_EVENT_RIGHT, _AGE_BAND_RE, _AGE_GROUP_RIGHT,
    _NAME_SURFACE, _DECIMAL_NAME_LEFT, _YEAR_SURFACE, _OR_MORE_RIGHT, _GROUPS_OF_LEFT, _QUARTERS_RIGHT, _TERMS_RIGHT, _STRETCH_LEFT,
    _POINT_LEFT, _POINT_RIGHT, _ITEM_PAGES_RIGHT, _PAGES_LINE_END, _CAPS_HEADING_LEFT, _HEADING_END_LEFT,
    _COUNTED_TITLE_RIGHT, _PREFERENCES_RIGHT, _PREFERENCES_LEFT, _PREFERENCES_FROM_LEFT, _NUMBER_OF_PREFERENCES_RIGHT,
    _PLURAL_NAME_RIGHT, _LIST_OPEN_LEFT, _YEAR_SPAN, _AGE_BETWEEN, _PEOPLE_LEFT, _YEARS_END, _GROUP_BRACKET_LEFT,
    _MONTH_SHORT_LEFT, _COUNTED_AFTER_MONTH, _BED_SIZE_RIGHT, _HOME_USE_RIGHT, _HYPHEN_UNIT_NAME_RIGHT, _PAGE_LINE_AT,
    _ABSENCE_LEFT, _CLOCK, _CLOCK_LEFT, _SUBNUMBER_RIGHT, _QUORUM_LEFT, _TOP_LEFT, _TOP_ENDS, _WAIT_NOUN_RIGHT,
    _CASELOAD_LEFT, _SLASH_YEAR_RIGHT, _SHORT_YEAR_CODE_RIGHT, _CODE_WORD_LEFT, _FREQUENCY_RIGHT, _SHORT_FY,
    _LIST_START_LEFT, _SPACE_FIRST, _PARA_OPENING_RIGHT, _LINE_ALONE_RIGHT, _LABEL_LINE_LEFT, _OPENING_LABEL_FIRST,
    _PAPERS_RIGHT, _FRACTION_PERIOD_LEFT, _RANK_LEFT, _RANK_FIELD_LEFT, _RANK_FIELD_ENDS, _CLOSE_SPACE, _DECIMAL,
    _MINUTE_TEXT_RIGHT, _DOT_SPACE, _NAMED_THING_RIGHT, _ZERO_VALUE_LEFT, _COORDINATION_ENDS, _COORDINATED_AGES_FIRST,
    _SPACED_DOT_POINT,
    _SCALE_ENDS, _FIRST_WORD, _PROCEDURE_FIRST, _PAPERS_FIRST, _MEMBERS_FIRST, _FREQUENCY_FIRST, _AGE_RIGHT_FIRST,
    _TERMS_FIRST, _ONE_NOT_FIRST, _MONTH_RIGHT_FIRST, _LINE_END_FIRST, _PAGE_NUMBER_AFTER, _YEAR_COUNT_ENDS,
    _LAST_N_ENDS, _THRESHOLD_ENDS, _SEASON_TAILS, _SPLIT_YEAR_LEFT, _MOST_SHARE_LEFT, _DEPRIVED_RIGHT,
    _EARLY_DAYS_SURFACE, _EARLY_DAYS_RIGHT, _TIME_BAND_SURFACE, _BAND_COUNT_CLAUSE, _BAND_AFTER_EVENT_RIGHT,
    _BAND_NOT_LEFT,
    _GRADES_AT_GCSE_RIGHT, _LIFE_STAGE_RIGHT, _GLUED_BAND_RIGHT, _REPORT_NUMBER_RIGHT, _SPAN_LEAD, _SPAN_OF_SUM_LEFT,
    _SPAN_OPENS_CLAUSE_LEFT, _SPAN_OPENS_CLAUSE_RIGHT,
    _SUM_IN_CLAUSE, _OWN_DATES_RIGHT, classify, _MOST_DEPRIVED_RIGHT, _POOREST_LEFT, _PART_OF_YEAR_RIGHT, _RANK_AT_LEFT,
    _PAID_OVER_LEFT, _PAID_OVER_ENDS, _ITEMS_OVER_ENDS, _KEY_SPEND_LEFT, _DIGITS_S, _UNDER_OVER_DIGIT,
    _PLURAL_TIME_END, _SINGULAR_TIME_END, _HOURS_LAST, _PLAN_NOUN, _STEPS_NAME_RIGHT, _STEPS_PLAN_RIGHT,
    # (r28classify) classify's cascade: the context of one number, its steps in order and the chain
    _Number, Kind, Step, _kind_of_group, _scaled_label, _financial_year_or_quarter, _fraction_of_time, _ratio_rank,
    _rank_in_field, _glued_financial_year, _ratio_fraction_or_size, _between_years_or_ages, _hyphenated_name,
    _glued_number, _money_band_or_amount, _venue_or_age, _page_or_footnote, _furniture, _compound_or_retention_period,
    _count_at_least, _glued_zero_cells, _list_number, _age_band, _line_start_number, _label_line, _rate_base, _reference_by_word,
    _period_by_word, _procedure_by_words_after, _name_by_word, _label_code_or_heading, _date_part,
    _over_or_within_the_period, _length_of_a_plan, _thing_named_by_number, _clock_time, _sub_paragraph_or_page,
    _absence_or_quorum, _document_number, _frequency, _bound_of_subset_or_rank_band, _definition_of_an_indicator,
    _school_preferences, _long_term_or_legacy, _brand, _percentage, _age, _year, _always_open, _plan_named_by_steps,
    _meeting_time, _time_framing_an_event, _distance_of_a_rule, _band_of_a_counted_group, _time_looked_through,
    _length_names_thing,
    _last_n_or_coordinated_stretch, _threshold, _one, _zero, _quarters_or_terms, _meeting_business,
    _round_11_families, _round_12_families, _report_code, _span_of_a_sum, CASCADE, _for_kinds, _when, _CASCADE_OF,
    _cascade_for,
    # (r31prec) the ends of an age range, the span of a change, one-to-one working, "for the next N" that frames a change
    _AGE_RANGE_LEFT, _AGE_RANGE_SURFACE, _AGE_RANGE_TO_LEFT, _AGE_END_SURFACE, _EARLY_YEARS_FOR_LEFT,
    _EARLY_YEARS_AGES, _EARLY_YEARS_END_RIGHT, _CHANGE_WORDS, _CHANGE_IN_CLAUSE, _FRAMED_FOR_THE_NEXT_LEFT,
    _MONEY_IN_SENTENCE, _over_a_period_of_change, _ONE_FORMS, _ONE_TO_ONE_NOUN, _ONE_TO_ONE_RIGHT, _ONE_TO_ONE_LEFT,
    _ONE_TO_ONE_NOUN_RIGHT, _ONE_TO_ONE_NOT_LEFT,
)

__all__ = ["classify", "scan"]
_LISTED_KINDS = {"reference", "name", "age"}
_DIGITS_DOTS = re.compile(r"[\d.]+")
_LISTED_GAP = re.compile(r"\s*(?:and|or|&|,\s*(?:and|or))\s+")
_COMMA_GAP = re.compile(r"\s*,\s*")
#: (r17prec) the gap of a range of names: "grades 9 to 4"
_NAME_TO_GAP = re.compile(r"\s+to\s+")
#: (r12prec) a list whose middle numbers the grammar left out, glued by commas: "the reports to items 12,13 and 14"
_GLUED_LIST_GAP = re.compile(r",\d{1,3}(?:,\d{1,3})*\s*(?:,\s*)?(?:and|or|&)\s+")
_LISTED_NEXT = re.compile(r"\s*(?:,|and|or|&)\s*\d")
_OF_GAP = re.compile(r"\s+of\s+")
_RANGE_GAP = re.compile(r"\s*(?:to|or|-|–)\s*")


_LINK_WORD = re.compile(r"READ|Read|read|ALSO|Also|SEE|See|RELATED|Related|MORE|You")


#: (r20prec) a length that names a thing, by its surface ("12-month", "twelve week") or by the hyphened unit after it
#: ("twelve" in "twelve-month intervals": :data:`_HYPHEN_UNIT_NAME_RIGHT`)
_LENGTH_NAME_SURFACE = re.compile(r"(?i)(?:\d{1,2}|[a-z]+)(?:-|[ \t])(?:day|week|month|year)s?")
#: the gap before the last member of a list: "and", "or", "- and" ("six- and twelve-month"), ", and"
_LAST_LISTED_GAP = re.compile(r"-?\s*(?:,\s*)?(?:and|or|&)\s+")


def _names_a_length(text: str, group: str, s: int, e: int, surface: str) -> bool:
    """Whether the number at ``s:e``, read as a name, is a length that names a thing: "twelve" in "at six and
    twelve-month intervals", "12-month" in "at 6 and 12-month reviews", "twelve week" in "six and twelve week
    programmes"."""
    if group in ("num", "word") and text[e:e + 1] == "-":
        return _HYPHEN_UNIT_NAME_RIGHT.match(text[e:e + 40]) is not None  # (its "^" holds only at a string's start)
    return _LENGTH_NAME_SURFACE.fullmatch(surface) is not None


def _share_length_name(text: str, hits: list[Hit], s: int) -> None:
    """(r20prec) Give the bare numbers listed right before a length that names a thing the name's kind: "at [six] and
    twelve-month intervals", "at [6], [12] and 18-month reviews", "[three] and six-month checks" (each number is a
    length of the same name: "six-month and twelve-month intervals"). The last gap must be "and"/"or" (not a comma
    alone: "45, 12-month reviews" keeps its count); earlier ones may be commas. Each number is one or two digits or a
    small written number, with no unit of its own.

    >>> t = "Progress is reviewed at 6, 12 and 18-month intervals."
    >>> hits = [Hit(24, 25, "figure", "num", [6.0]), Hit(27, 29, "figure", "num", [12.0])]
    >>> _share_length_name(t, hits, 34); [h.kind for h in hits]
    ['name', 'name']
    """
    end, i = s, len(hits) - 1
    while i >= 0:
        h = hits[i]
        gap = text[h.end:end]
        if h.kind != "figure" or h.group not in ("num", "word"):
            break
        n = text[h.start:h.end]
        if not (n.isdigit() and len(n) <= 2 or n.lower() in _SMALL_WORDS):
            break
        if not (_LAST_LISTED_GAP.fullmatch(gap) if end == s else _COMMA_GAP.fullmatch(gap)):
            break
        h.kind = "name"
        end, i = h.start, i - 1


def scan(text: str, rules: FigureRules) -> list[Hit]:
    """Every number expression in ``text`` with its kind and values (one grammar scan).

    Expressions of kind ``skip`` are left out. A number listed right after a reference or a name
    is of the same kind: "sections 4 and 5", "Years 10 and 11", "items 5, 6 and 7", "page 5 of 12".

    >>> from .rules import load_rules
    >>> [(h.kind, h.values) for h in scan("Years 10 and 11: 45 pupils.", load_rules())]
    [('name', [10.0]), ('name', [11.0]), ('figure', [45.0])]
    """
    hits: list[Hit] = []
    may_link: bool | None = None
    for s, e, group in expressions(text, rules):
        surface = text[s:e]
        kind = classify(text, group, s, e, surface, rules)
        if kind == "figure" and group == "num" and hits and (hits[-1].kind in _LISTED_KINDS or hits[-1].group == "quarter") and _DIGITS_DOTS.fullmatch(surface):
            gap = text[hits[-1].end:s]
            listed = _LISTED_GAP.fullmatch(gap) or (
                _COMMA_GAP.fullmatch(gap) and _LISTED_NEXT.match(text[e:e + 8])
            ) or (hits[-1].kind == "reference" and gap[:1] == "," and _GLUED_LIST_GAP.fullmatch(gap)) or (
                hits[-1].kind == "name" and _NAME_TO_GAP.fullmatch(gap) and len(surface) <= 2
                and (text[max(0, hits[-1].start - 3):hits[-1].start].rstrip().endswith(("s", "S"))
                     or text[max(0, hits[-1].start - 7):hits[-1].start].rstrip().lower().endswith("grade")))
            # (r17prec) "grades 9 to 4", "Levels 2 to 3": the other end of a range of names (r17review: after a plural
            # name word; "increase the places in Phase 2 to 30" is a change to a count); (r20prec) "a grade 9 to 5
            # pass": a grade's range, named by the singular too
            if (listed or (hits[-1].kind == "reference" and _OF_GAP.fullmatch(gap))) and not (
                    hits[-1].kind == "age" and float(surface) > 25):
                kind = hits[-1].kind  # (an age is listed with ages only: "under 18 and 300 young people" counts)
        elif kind == "figure" and group == "word" and hits and hits[-1].group == "word" and hits[-1].kind in ("name", "reference") \
                and surface.lower() in _SMALL_WORDS and _LISTED_GAP.fullmatch(text[hits[-1].end:s]):
            kind = hits[-1].kind  # (r12prec) "Meeting suite rooms three and four": written numbers listed after a name
        elif kind == "figure" and hits and hits[-1].kind in ("period", "threshold") and TIME_RE.search(surface) and (
            _RANGE_GAP.fullmatch(text[hits[-1].end:s])
        ):
            kind = hits[-1].kind  # "in the next three to four months": the upper end of the same stretch
        elif kind == "figure" and (group == "word" or group == "num" and surface.isdigit() and len(surface) <= 2) and hits \
                and hits[-1].kind == "figure" and hits[-1].group == "word" and _range_end(text, hits[-1], s, e, surface, group):
            # "It takes between three to five years", "waits of two to three weeks": one figure, a written range of
            # lengths; (r12prec) "a community of six to ten satellite families", "six to 10 other carers": of counts
            prev = hits[-1]
            hits[-1] = Hit(prev.start, e, "figure", "word", [prev.values[0], values_of(group, surface, kind)[0]])
            continue
        elif kind == "figure" and hits and hits[-1].kind == "figure" and text[hits[-1].end:s].strip() == "or" \
                and _alternative_end(text, hits[-1], s, e, surface, group) \
                and not (len(hits) > 1 and _COMMA_GAP.fullmatch(text, hits[-2].end, hits[-1].start)):
            # (r22prec) "across 2 or 3 bases", "five or six children": one figure with both values (the gold README's
            # alternative, stored as a range is), not two counts; the end of a list ("Two, three or four children")
            # stays as it was
            prev = hits[-1]
            end = _word_unit_end(text, e) if group == "word" else e
            hits[-1] = Hit(prev.start, end, "figure", group, [prev.values[0], values_of(group, surface, kind)[0]])
            continue
        if kind == "figure" and (text[e:e + 1] == ")" or text[e:e + 2] == " )") and "(" in text[max(0, s - 16):s]:
            restated = _restated_in_brackets(text, hits[-1] if hits else None, s, e, surface,
                                             values_of(group, surface, kind)[0])
            if restated:
                kind = restated  # (r32prec) "the first 6 months (26 weeks)", "at least 40% (10)": the bracket says it again
        if kind == "figure" and group == "num" and surface.isdigit() and len(surface) <= 3 and _listed_reference(text, hits, s, e):
            kind = "reference"
        if kind == "figure" and group == "num" and hits and hits[-1].group == "glued" and _post_age_range_end(text, hits[-1], s, e):
            kind = "age"
        if kind == "figure":
            if may_link is None:  # (speed) once a text, at its first figure: a link line opens with one of these words
                may_link = _LINK_WORD.search(text) is not None
            if may_link and _on_link_line(text, s):
                kind = "reference"  # "ALSO READ: Approval for £8m expansion ...": another story's number
        if kind == "name" and hits and hits[-1].kind == "figure" and _names_a_length(text, group, s, e, surface):
            _share_length_name(text, hits, s)
        if kind != "skip":
            # (speed) a numeral of ASCII digits alone has its one value: what values_of gives
            vals = [float(surface)] if group == "num" and surface.isdigit() and surface.isascii() \
                else values_of(group, surface, kind)
            if kind == "figure" and not all(map(math.isfinite, vals)):
                continue  # (r28fuzz) a numeral past a float's range (over 308 digits, "£999...9bn") is infinite: no figure
            hits.append(Hit(s, _word_unit_end(text, e) if kind == "figure" and group == "word" else e, kind, group, vals))
    return hits
