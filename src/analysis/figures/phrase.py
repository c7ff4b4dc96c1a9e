"""The indicator phrase: what a figure measures, as a short noun phrase from its sentence.

:func:`indicator_phrase` is the one place that decides the ``indicator`` column. In order:

1. a part of the previous figure ("of whom 412 were ...");
2. the object of "N% of X" / "£N of X" ("68% of EHCPs completed in time");
3. the noun a count modifies ("86 conceptions to under 18s", "six schools"), with a participle
   tail ("1,456 children were receiving SEN support");
4. the same verb left out ("64 were placed in homes and 287 with foster carers");
5. the subject of "X had risen to N", "X was N" (:func:`subject`), with the antecedent of "which",
   a pronoun's referent ("it had reduced") or, for a generic subject ("the rate", "figures"), the
   segment's lead-in topic ("Rereferrals - ...", :func:`find_topic`) or the previous figure's phrase.

It also says *how* the phrase was found (``own``, ``inherited``, ``part``, ``complement``), which
:func:`analysis.figures.indicators.classify` uses to decide the canonical ``indicator_id``.

The code is split along its seams into sibling modules (lowest first: each imports only the ones above it in
this list); every name stays importable from here, so callers import them from :mod:`.phrase`:

* :mod:`.phrase_words`: the words a phrase is trimmed of and the check of a poor phrase (:func:`is_poor`,
  ``_clean_phrase``, ``_is_generic``, dates, strays and names that are no measure);
* :mod:`.phrase_subject`: the subject of a clause (:func:`subject`, :func:`sentence_subject`), the segment's
  topic (:func:`find_topic`), the measure a paragraph names before (:func:`measure_named_before`, :func:`refers_back`);
* :mod:`.phrase_shares`: a share or part and its clause ("55% were boys", :func:`share_clause`), losses, "asked about";
* :mod:`.phrase_np`: a figure inside the noun phrase it measures (:func:`modified_noun`), a verb phrase mended
  (:func:`verb_led`), the noun phrase of an amount (:func:`np_of_value`);
* :mod:`.phrase_lists`: lists that leave out their noun (:func:`elided_head`, :func:`gapped_item`), a change's noun and
  its object (:func:`change_noun_pp`), a value's own noun, age bands as labels;
* :mod:`.phrase_names`: a phrase that is only a time (:func:`time_only_phrase`), names kept whole with their commas
  (:func:`protect_name_commas`, :func:`name_texts`);
* :mod:`.phrase_clauses`: bare parts and the subject of a complement, a perfect of change or a duration
  (:func:`bare_part`, :func:`complement_subject`, :func:`duration_subject`), reported clauses
  (:func:`reported_clause_start`), the phrase when the rules find none (:func:`phrase_when_none`);
* :mod:`.phrase_nomeasure`: a phrase that names no measure and what stands instead (:func:`names_no_measure`,
  :func:`said_object`, :func:`instead_of_no_measure`, :func:`light_noun_before`), and (r38phrase) a phrase for a
  figure left with none (:func:`phrase_of_bare_value`: a relative clause's antecedent, a preposition's object);
* :mod:`.phrase_money`: what an amount is spent on, paid for, moved to or over budget by (:func:`money_verb_noun`,
  :func:`money_moved`, :func:`overspend_by`), what it is for (:func:`purpose_after_amount`, r37phrase), the object of
  a share (:func:`share_object`);
* :mod:`.phrase_parts`: a part of a whole named before (:func:`part_of_whole`, :func:`part_of_opened_whole`), counted
  objects, bracket labels, :func:`tidy_phrase`;
* :mod:`.phrase_changes`: the measure a change is of (:func:`change_of_in`, :func:`change_of_count`), what money is for
  (:func:`money_purpose`), table row labels;
* :mod:`.phrase_places`: comparators and places' values (:func:`comparator_of`, :func:`place_value_of`), forecasts;
* :mod:`.phrase_repair`: the last resort and the repair of a poor phrase (:func:`last_resort`, ``_repair``);
* :mod:`.phrase_cascade`: ``_indicator_phrase``, the rules in order for one figure, and the patterns of the left
  context they read;
* :mod:`.phrase_acronyms` (r37phrase, outside the split): an acronym the document writes out ("the Minimum Funding
  Guarantee (MFG)") written out in a phrase that names it alone (:func:`acronyms_defined`,
  :func:`acronyms_written_out`; the stage applies it once per document);
* :mod:`.phrase_postmod` (r47phrase, outside the split): a bare head given the prepositional post-modifier the page
  writes after it or after its value (:func:`post_modifier`: "investigations into children believed to be at risk",
  "overspend of £260,000 on early years deprivation payments"), the last step of :func:`indicator_phrase_of`;
* here: the entry points :func:`indicator_phrase` (inheritance from the previous figure and the topic, then
  ``_named_phrase``: the cascade, its repair and last resort) and :func:`indicator_phrase_of` (a phrase for texts
  given apart, as the reader and the chooser use).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..vocab import month_alternation
from .context import CLAUSE_SPLIT_RIGHT, CLAUSE_WORDS, clause_of, CLAUSE_WORDS_RIGHT, EHC_COMMA_NEXT, NEET_COMMA_NEXT, SKIP_ALT
from .grammar import MONTHS, Hit, LeftWords, fold, may_end_with
from .kinds import HYPHEN_YEARS_RIGHT, NAMED_PLAN_RIGHT, plan_noun_right
from .places import COMPARATOR_ONLY_WORDS as _COMPARATOR_ONLY_WORDS, comparator_named, place_only  # (place_only: re-exported)
from .places import place_pp_only
from .rules import FigureRules, phrase_regex

# the parts (every name is re-exported here: callers import them from this module)
from .phrase_words import (  # noqa: F401
    _ends_with, _TRAIL_WORDS, _TRAIL_FUNCTION_WORDS, _TRAIL_FUNCTION_WORD_SET, _ends_with_trail_word,
    _TRAIL_PERIOD_NAME, _TRAIL_TIME, _LEAD_DET, _LEAD_TIME_PP, _LEAD_ING, _LEAD_CHANGE, _GENERIC, _FUNCTION_WORDS,
    _WORD_TOKEN, _words, _clean_phrase, _is_generic, _LEAD_SPACE, _shares_word, _DATE_OR_STRAY, _is_fragment, _is_name,
    _STRAY, _ORG_HEADS, _MONEY_VERB, _PREPOSITIONS, _LEAD_PREPOSITIONS, _PRONOUNS, _TITLES, _AFTER_VERB, _DATE_WORDS,
    _SPEAKER, _SPEAKER_ENDS, _speaker_end, is_poor, _adverb_or_participle, _EN_ED_NOUNS, _OF_NP_STOP,
    _COPULA_PARTICIPLE, _copula_participle, _np_of, _RELATIVE_PARTICIPLE, _MONEY_VERB_THEN, _money_verb_after,
)
from .phrase_subject import (  # noqa: F401
    _NP_TOKEN, _STOP_NP, _BAD_NP_START, _TRAIL_VERB, _TRAIL_AVG, _NP_BOUNDARY_WORDS, _NP_BOUNDARY, _OF_HEAD, _AVG_HEAD,
    _TOPIC_RE, _REPORTING_END, _PRONOUN_VERB, _PRONOUN_SUBJECT_LETTERS, _PRONOUN_SUBJECT_POSSESSIVE,
    _has_pronoun_subject, _SHARE_OPEN_LEFT, _SHARE_OPEN_ENDS, _share_open, _LISTED_PCT_LEFT, _A_NUMBER_OF,
    _last_of_head, _AGED_END, _AGE_BAND_TAIL, _with_age_band, _OPENS_WITH_ANAPHOR, _COUNT_OF_POPULATION,
    _VERB_AFTER_MEASURE, measure_named_before, _measure_after_head, measure_of_unit_in, _OPENS_WITH_SUM, _THAT_IS_LEFT,
    _DEMONSTRATIVE_LEFT, refers_back, _GENERIC_SUBJECT, _DEFINITE_GENERIC, carried_to_generic, restated_as_subject, _RESTATED_THE_LEFT, _RESTATED_VERB, _RESTATED_VERB_RIGHT, _RESTATED_CHANGE, prev_in_clause_list, _OUT_OF_PLACE_START, _DECADE_WORD, _NEW_PHRASE_AFTER_CONJ,
    _RATE_BASES, _EHC_PLAN_NEXT, _NEXT_WORD, _LABEL_NUMBER_BEFORE, _np_after, _COPULA_COMPLEMENT_RIGHT, _VALUE_OR_END,
    _complement_after, _CLAUSE_SPLIT_RIGHT_NO_WITH, _VALUE_OR_END_NOT_DURATION, _cut_clause, _OPEN_BRACKET_END,
    _RELATIVE_ASIDE_END, _PASSIVE_REPORTING_END, _REPORTING_ENDINGS, _AVG_WORDS, _FIGURE_IN_SUBJECT, _may_hold_figure,
    _AVERAGE_END, _CHANGE_VERBS, _CHANGE_THEN_TIME_END, _CHANGE_VERB_ADJUNCT, _PRONOUN_LAST, _CHANGE_TIME_LAST,
    subject, _NP_OF_BEFORE_AND, _DET_NEXT, _np_with_and, _CLOSE_TO_END, _LEAD_SENTENCE_ADVERB, _DEGREE_ONLY,
    _NOT_TOPIC, _TOPIC_STOPS, _may_open_with_topic, find_topic, _TIME_UNIT_NEXT, _TIME_LIMIT_WORD, _EHC_COMMA_RIGHT,
    _NOT_VERB_BEFORE_DET, NAME_COMMA, _CLAUSE_VERBS, _RELATIVES, _POSSESSIVES, _SEMICOLON_OR_COLON, _NAME_WORD,
    sentence_subject, _LEAD_IN, _lead_in, _CLAUSE_BETWEEN,
)
from .phrase_shares import (  # noqa: F401
    _ARE_AGE_BAND, _HAD_TAIL, _HAD_TAIL_CUT, _had_tail, _CUT_HEDGE_END, _SHARE_PRED, _PRED_PLACE, _HAVE_OBJECT,
    _SHARE_PEOPLE, _PRED_CUT, _share_predicate, _MANNER_ADVERB, _PART_THINGS, _PART_HEADS, _PART_VERB,
    _PARTICIPLE_NEXT, _PART_COPULA, _PART_ADVERB_PARTICIPLE, _PART_MODIFIER, _AND_POPULATION, _PART_RELATIVE,
    _PART_PERFECT, _SECOND_FINITE, _PART_PP, _AS_AFTER, _WORD_END, _RWM_COMMA_NEXT, _PART_PRED_CUT, _ENDING_WORDS,
    _PART_PRED_END, share_clause, _REL_OPEN, _REL_STOP, _OBJECT_REL_NEXT, _NOT_FINITE_BEFORE, _SPACE_BEFORE_WORD,
    _object_relative, _main_verb, _relative_main, _share_clause, _POPULATION_NP, _OVER_OWN_BUDGET, _loss_phrase,
    _VERB_OBJECT_TO, _verb_object_to, _ASKED, _COPULA_WORDS, _asked_about, _QUESTION_CUT, _cut_clause_words,
    _OF_BASE_BRACKET_END, _base_of,
)
from .phrase_np import (  # noqa: F401
    _CHANGE_NOUNS, _BY_CUT, _NP_OPENERS, _MIN_MAX_OF_END, _HEDGE_END, _NOT_HEAD, _HAVE_END, _PARTICIPLE_THEN_VERB,
    _participle_after, _head_np, _next_is_verb, _SPACE_LETTER, _SPACE_DASH, modified_noun, _VERB_LEAD, _MODAL_BEFORE,
    _AUX_BEFORE, _MODAL_ENDS, _AUX_ENDS, _OBJECT_AFTER_VERB, _first_word, verb_led, _CLAUSE_PUNCT, _SUBJECT_PP_CUT,
    _ASIDE_OPENERS, _CHUNK_DETERMINERS, _opens_chunk,
    _DIGIT, _mend_verb_phrase, _PARTICLES, _VERB_WORDS, _NP_OF_VALUE, _TO_A_MAXIMUM, _NP_OF_VALUE_ENDS, np_of_value,
    _NP_VERB_INSIDE, _nearest_np, _bare_np_of, _participle_and_particle, _bare_np_before,
    _DETERMINERS_BEFORE_PARTICIPLE, _is_determiner_or_possessive, _USE_NOUNS, _DETERMINERS, _FOR_ON_TOWARDS_RIGHT,
    _prefer_of_value, _ING_NOUNS, _S_VERBS_TO, _FINITE_NEXT, _ING_NEXT, _last_word, _clause_before_noun,
    _PERFECT_PARTICIPLES, _NP_OF_BREAK,
)
from .phrase_lists import (  # noqa: F401
    _TIME_PP, _PLACE_LIST_LEFT, _PLACE_RIGHT, _PREP_NP_RIGHT, _plural_before, elided_head, _bracket_owner,
    _WORD_BEFORE_OPENER, _verb_object_glued, _bare_object_noun, _CHANGE_NOUN_PP_RIGHT, _CHANGE_NP_OPENERS,
    _CHANGE_NP_OPENERS_OF,
    change_noun_pp, _PRONOUN_CHANGE_OF_LEFT, pronoun_change_of, _OWN_DETERMINERS, _DEMONSTRATIVES,
    own_noun_of_value, _WITH_PART_LEFT,
    _WITH_PART_RIGHT, _PART_END_PRONOUNS, _WITH_PART_CUT, with_part_clause, _prefer_modified_noun, _PROGRESSIVE_VERBS,
    _AGE_BAND_LABEL, _AGE_BAND_LABEL_ENDS, age_band_label, _GAP_PREPS, _GAP_AUX, _GAP_LEFT, _GAP_RIGHT, _GAP_LABELS,
    _GAP_LABEL_DIGIT, _GAP_TIME, _GAP_FUNCTION, _gap_kind, gapped_item, _NP_AFTER_BAD, _TIME_WORD_START,
    _LIST_NUM, _LIST_AND, _SHARED_HEAD_RIGHT, _NOT_MODIFIER_ALONE, _NOT_SHARED_HEAD, _LABEL_NOUN_LEFT,
    _MODIFIER_ALONE_RIGHT, shared_head, _ITEM_PP, _OWN_ITEM_RIGHT, _ITEM_BEFORE, _ITEM_CLAUSE_CUT, own_list_item,
)
from .phrase_names import (  # noqa: F401
    _TIME_ONLY, _CHANGE_OF_END, _BRACKET_RIGHT, time_only_phrase, instead_of_time, GLOSS_SPACE, _GLOSS_RUN,
    _NAME_COMMA, _ACRONYM_BRACKET, _GLOSS_SKIP, _GLOSS_WORD_BACK, gloss_name_start, protect_name_commas, name_texts,
    _protect_comma, _given_back,
)
from .phrase_clauses import (  # noqa: F401
    _PART_PARTICIPLE, _VALUE_PARTICIPLES, _OR_LAST_RIGHT, _CONNECTIVES, _DANGLING, _PERFECT_SUBJECT, _OR_ALTERNATIVE,
    _PRONOUN_OPENING, _BARE_PART_RIGHT, _BARE_PART_START, _NOT_BARE_PART_STARTS, _WITH_BEFORE, bare_part,
    phrase_when_none, _names_something, _RESTATING_LEFT, _SHARE_BASE_RIGHT, share_restating, _PERFECT_CHANGE_LEFT,
    _CHANGE_VERB_NOUN, _SUBJECT_STOP, perfect_change_subject, _NOT_PARTICIPLE, _COMPLEMENT_VERB_LEFT, _owner_heads_of,
    _owner_heads, _CHUNK_MAX, _CHUNK_WORDS, _CHUNK_ENDINGS, _may_be_chunk, _chunk_word, _SUBJECT_OPENERS,
    _SUBJECT_VERBS, _SUBJECT_ADVERBS, _SUBJECT_DETERMINERS, _inside_subject, _no_noun, complement_subject,
    _DURATION_VERB, _RELATIVE_OPENERS, _DURATION_VERB_WORDS, _walk_subject, duration_subject, _word_alternation,
    reporting_open, _REPORTED_LEAD_MAX, reported_clause_start, _REPORTED_PRED, _REPORTED_PRED_CUT, reported_predicate,
)
from .phrase_nomeasure import (  # noqa: F401
    _TO_VERB_END, _INFINITIVE_OBJECT_LEFT, infinitive_object, _SAID_AFTER, _CLAUSE_OPENERS, _DETERMINER_FIRST,
    said_object, _said_verb, verb_led_words, _PHRASE_MARKS, names_no_measure, _NOUN_ENDING, _WORD_PARTS,
    _CONNECTIVE_ADVERBS, no_noun_alone, not_a_measure_word, period_of_next, _a_measure_word, _AROUND_A_WORD, _UNIT_TAIL,
    _UNIT_TAIL_AFTER, _OF_AFTER_VALUE, _MODAL_CUT, _names_something_alone, _FROM_TO_LEFT, light_noun_before,
    instead_of_no_measure, _lone_verb_or_stray, _NEXT_LEFT, _NEXT_END, _FIGURE_BEFORE_LEAD, _NEXT_PREPOSITIONS,
    _NEXT_DETERMINERS, _UNIT_ALONE, unit_alone, measure_of_unit_alone, _SHORT_ASIDE,
    _ANTECEDENT_LEFT, _ANTECEDENT_START, _ITEM_LABEL_START, _FIGURE_IN_NP, _PREP_OBJECT_RIGHT, _TIME_HEADS, relative_antecedent,
    _names_something_alone_loose, preposition_object, _DATE_WORDS_LOW, _BRACKET_OF_RIGHT, phrase_of_bare_value,
    _TRAILING_PRONOUN, _DANGLING_END, trailing_pronoun_cut,
)
from .phrase_money import (  # noqa: F401
    _ALL_OF_THE, _OF_FOR_RIGHT, _PURPOSE_VERBS, _JUDGED_RIGHT, _JUDGED_CUT, _judged_complement, _PAYER,
    _SPEND_VERB_ONLY, _PAID_FOR_RIGHT, _PAYER_ONLY, _PAYING_LEFT, _spend_verb_only, _paid_for, _MONEY_VERB_LEFT,
    _MONEY_VERB_HINTS, _MONEY_VERB_NOUN, _INFINITIVE_HEDGE, _COST_INFINITIVE_RIGHT, _INFINITIVE_COUNT, _CHARGE_RIGHT,
    _MONEY_ON_RIGHT, _MORE_ON_THAN_RIGHT, _overspend_on, _verb_before_amount, _MONEY_DESTINATION_RIGHT,
    money_destination, _MONEY_PURPOSE_RIGHT, _PURPOSE_COUNT, purpose_after_amount, _EXTRA_WORDS, extra_money,
    money_verb_noun, _MOVE_VERB_LEFT, _MOVE_VERB_HINTS, _MOVE_VERB_NOUN,
    _MOVED_WHERE_RIGHT, _SUBJECT_OF_VERB_END, money_moved, _VERB_BEFORE_SHARE, _NOT_SHARE_ACTION,
    _IRREGULAR_PARTICIPLE, _VOWELS, _participle, share_object, _PP_OF_VERB, _TRAIL_TIME_IN, _OVERSPEND_BY_LEFT,
    _FORECASTING, _OVERSPEND_VERB_ONLY, overspend_by, _TIME_WORD, _FORECAST_LEADS,
)
from .phrase_parts import (  # noqa: F401
    _OF_WHOLE_LEFT, _WHOLE_OPENER_LEFT, _NOT_LIST_ITEM, _PART_VERB_RIGHT, _NOT_PART_VERBS, _PART_COMPLEMENT_RIGHT,
    _GENERAL_POPULATION, _PEOPLE_START, _BETWEEN_AND, part_of_whole, _JOINED_PART_LEFT, _JOINED_PART_RIGHT,
    part_after_clause, _QUOTE_MARK, _WHOLE_CUT, _COUNT_RELATIVE_RIGHT, _WHOLE_COUNT_LEFT, _THAT_VERBS, _SINGULAR_VERBS,
    _SINGULAR_HEADS, _RELATIVE_END_WORDS, _RELATIVE_END, count_relative, _words_within, part_of_opened_whole,
    _COUNT_OBJECT_VERB, _COUNT_OBJECT_PARTICIPLE, _AGENT_STOP, _AGENT_PREP, _COUNTED_NOUNS, counted_object,
    _np_before_participle, _LABEL_START, _LABEL_CUT_WORDS, _LABEL_NOT_NOUN, bracket_label, _LEAD_CONNECTIVE,
    _TRAIL_HEDGE, _ABBREVIATION_END, tidy_phrase, _SHARE_SAYING_LEAD,
)
from .phrase_changes import (  # noqa: F401
    _OF_NUMBER, _CHANGE_OF_LEFT, _IN_NP_RIGHT, _LEAD_ARTICLE, _YEAR_OR_PERIOD_START, change_of_in,
    _CHANGE_OF_COUNT_LEFT, change_of_count, _SUBJECT_INNER_STOP, _NUMBER_OF_SUBJECT_SAW, _CHANGED_NOW_AT_LEFT,
    _BUT_REMAINS_AT_LEFT, changed_now_at_subject, _APPROVAL_FOR_LEFT, _TO_PURPOSE_RIGHT, _ALLOCATED_RIGHT,
    _COPULA_AT_OF_END, _FOR_FUNDING, _MONEY_ADJECTIVE_END, money_purpose, _WHICH_LEAD, status_complement_re,
    _STATUS_COMPLEMENT_GRAMMAR, _says_which,
    _NO_LABEL_CELL, _row_label, _BEING_NP_STOPS, _np_before_being, _WHERE_OF_VERB, _CAUSE_CUT, seen_change_of,
    _SEEN_CHANGE_LEFT, _SEEN_CHANGE_RIGHT, _SEEN_WHO_LEAD, _SEEN_WHO_NONE, _SEEN_WHO_WATCHER, _SEEN_CHANGE_OF_RIGHT, accounted_for_by,
    _PARTICIPLE_PART_LEFT, _PARTICIPLE_SUBJECT_LEAD, _PARTICIPLE_SUBJECT, _NUMBER_WORDS_LEAD, participle_part_of,
    _PARTICIPLE_RANKED_SUBJECT, _PARTICIPLE_COMPLEMENT, _PARTICIPLE_SUBJECT_NONE, _PARTICIPLE_REPORTING_PP,
    _ACCOUNTED_FOR_LEFT, _ACCOUNTED_BASE_RIGHT, _ACCOUNTED_WHO_NONE, _ACCOUNTED_BASE_CUT, _lower_lead,
)
from .phrase_places import (  # noqa: F401
    _COMPARATOR_PLACE_LEFT, comparator_of, _ENGLAND, _FOR_PLACE_END, _OWNER_POSSESSIVE, _PLACE_OWNER,
    _NOT_PLACE_OWNERS, _COMPARATOR_HEAD, names_comparator, _PLACE_VALUE_RIGHT, _COMPARED_JOIN_LEFT,
    _REGION_FIGURE_HEAD, _OWNER_START, _IN_PLACE, _IN_PLACE_ADJECTIVE, _PLACE_AVERAGE_RIGHT, _PLACE_LED,
    _COMPARATOR_WORDS, _REGION_IN, place_value_of, _FORECAST_AFTER_NP, _FORECAST_NP_STOP, forecast_of_np,
)
from .phrase_repair import (  # noqa: F401
    _MODIFIERS, _AT_A_COST_LEFT, _COST_VERB_LEFT, _SINCE_WHEN_CUT, _LEAD_DETERMINER, _TRAIL_MODAL, _COST_PRONOUN,
    _COST_TO_RIGHT, _CLAUSE_LINK_SPLIT, _LEAD_DETERMINER_OR_ONE, _cost_of_named, _HEDGE, _CUT_OF_LEFT, _CUT_IN_RIGHT,
    _CUT_VERB_LEFT, _FROM_OF_RIGHT, _cut_or_saving, last_resort, _PART_WORDS, _MONEY_RIGHT, _MONEY_LEFT_VERB,
    _OFF_RIGHT, _DURATION_NP, _OF_ANY, _COMPARED_VALUE, _FROM_PP_RIGHT, _ED_WORD_START, _HYPHEN_LETTER_START, _repair,
)
from .phrase_restated import restated_sentence  # noqa: F401
from .phrase_said import reported_clause, said_clause_cut  # noqa: F401
from .phrase_postmod import post_modifier, prepositional_tail  # noqa: F401
from .phrase_acronyms import acronyms_defined, acronyms_written_out  # noqa: F401
from .phrase_cascade import (  # noqa: F401
    _SHARE_OF_PREV_LEFT, _LEAD_PERIOD, _PCT_CHANGE_IN_RIGHT, _PCT_CHANGE_BARE_RIGHT, _COMPARATOR_VALUE_LEFT,
    _EQUATES_LEFT, _FIGURE_FOR_LEFT, _CHANGE_TO_LEFT, _LIST_OF_LEFT, _PAID_TO_LEFT, _MODAL_END, _INCOME_LEFT,
    _FUNDING_NP_RIGHT, _TOTALLING, _TOTALLING_LEFT, _LEAD_VERB_CLAUSE, _OUT_OF_LEFT, _OUT_OF_PART_RIGHT, _NOT_COUNTED_BEFORE_OUT,
    _PLACE_LABEL_LEFT, _BEFORE_ENDS,
    _WHICH_THAT_END, _TO_END, _OF_WHICH_END, _COMPARATOR_VALUE_WORDS, _CHANGE_TO_WORDS, _HEDGE_LENGTHS,
    _CHANGE_TO_MAXLEN, _change_to_from, _totalling_from, _may_total, _TOTALLING_FOLDED, _COMPARATIVE_PRED,
    _OF_WHICH_RIGHT, _LEAD_PRONOUN, _FIGURE_OF_PLACE, _AGE_SHARE_RIGHT, _LEAD_PREP, _BRACKETED_COUNT,
    _PCT_OPEN_BRACKET_END, _UP_DOWN_BRACKET_END, _FIGURE_END, _CHANGE_VERB_END, _OWNER_BEFORE_BRACKET,
    _OVER_BUDGET_BY_LEFT, _INCLUDED_END, _INCLUDED_WORDS, _RANGE_FROM_LEFT, _PCT_WORDS_RIGHT, _RELATED_TO_RIGHT,
    _OF_THESE_OPEN, _AGE_BAND_RIGHT, _SHARE_COMPLEMENT, _ANAPHOR_LEFT, _FROM_FIGURE, _FROM_FIGURE_STARTS, _ED_AS,
    _PURPOSE_AFTER, _COMPLEMENT_VERB, _ED_TAIL, _ING_TAIL, _EARLIER_VALUE_RIGHT, _COPULA_END, _MONEY_NOUN, _MONEY_WORD,
    _MONEY_MODIFIES_LEFT, _NOT_MODIFIED_HEAD, _LOSS_FIRST, _LOSS_RIGHT, _PLACE_POSSESSIVE_COUNT, _POSSESSIVE_COUNT,
    _THE_COUNT, _SHARE_OF_USE, _OPEN_SUBJECT, _LABEL_LEFT, _RAG_WORDS, _LABEL_ENDS, _MORE_FEWER, _SHARE_VERB_LEFT,
    _SHARE_WHICH_END, _LAST_NP_BOUNDARY, _OF_NEXT, _HAD_MONEY_OF_ENDS, _HAD_MONEY_OF, _HEDGE_LAST, _ANAPHORIC_DET,
    _AGE_BAND_LEAD, _MARK_WORDS, _MARK_VERB_END, _AMOUNT_ENDS_CLAUSE, _PER_OR_PREPOSITION, _WHICH_THAT_START,
    _THAT_IS_LEAD, _THAT_IS_END, _THIS_SUM_LEFT, _VERB_NEXT, _STILL_TAIL, _BEING_THE_RIGHT, _INCLUDING_END,
    _USE_TAIL_CUT, _REST, _OF_DETERMINER_RIGHT, _LEAD_COUNT, _OF_TAIL_CUT, _COUNT_IS_WHOLE_LEFT, _COUNT_COPULAS,
    _COUNT_TAIL_CUT, _AT_END_OF_CUT, _IN_AREA_CUT, _RATING_START, _LIST_JOIN_END, _PREP_PP_RIGHT, _LEAD_COPULA,
    _SPEND_SUBJECT, _ON_IN_FOR_TO_RIGHT, _WHICH_THAT_TRAIL, _FROM_END, _CHANGE_FROM_END, _FROM_VALUE_TO_END,
    _CONNECTOR_ONLY, _FOR_RIGHT, _PREDICATE_RIGHT, _BRACKETS, _AMOUNT_SUBJECT_VERB_STARTS, _CLAUSE_OPEN_END,
    _AMOUNT_PASSIVE_RIGHT, _SPEND_WORDS, _MORE_THAN_BUDGET_RIGHT, _OVER_ON_RIGHT, _BY_HEDGE_ENDS, _CHANGE_BY_LEFT,
    _FINITE_VERB_IN, _ANAPHORIC_HEADS, _INCREASE_STARTS, _CELL_END_RIGHT, _BEING_THAN_RIGHT, _TIMES_THE_AVERAGE_RIGHT,
    _TIMES_OF_CUT, _MONEY_KIND_RIGHT, _OWN_NOUN_OF_END, money_kind_after, _indicator_phrase, Found, _MONEY_UNITS,
    _Figure, _length_of_plan, _with_being_the,
    _table_row_label, _differs_from_estimate, _times_the_average, _bare_change_of_prev, _change_in_what_follows,
    _change_of_in_step, _change_of_count_step, _changed_now_at, _comparator_value, _equates_to, _range_of_values,
    _change_to_new_value, _changed_from_value, _CHANGED_OBJECT_FROM_LEFT, _CHANGED_SUBJECT_FROM_LEFT, _LAST_CLAUSE_NP,
    _SUBJECT_LAST_FUNCTION, _ITEM_BREAK, _INSERTED_RELATIVE_END, _CHANGED_PRONOUN_END, _list_of_counted, _this_sum,
    _spent_more_than_budget, _over_on, _changed_by, _paid_to,
    _income, _money_purpose_step, _amount_as_subject, _related_to, _including_funding, _money_in_bracket,
    _over_budget_by, _share_saying, _SHARE_SAYING_RIGHT, _SHARE_NOT_SUBJECT_LEFT, _SAYING_PARTICIPLE, _SAID_CLAUSE_END,
    _SAID_TRAIL, _SHARE_RESTATES_LEFT, _DASH_CUT,
    _share_of_prev, _share_restates_prev, _totalling, _out_of_whole, _OutOfRight, _out_of_part, _place_label, _scorecard_label,
    _change_in_brackets,
    _age_band_part, _of_which_after, _count_of_bracketed_share, _count_in_share_bracket, _breakdown_share,
    _share_verb_subject, _verb_object, _share_of_use, _population_of, _of_object, _counted_np, _mark_subject,
    _which_counted, _counted_population, _counted_noun, _included_part, _same_verb_left_out, _rest_of_prev,
    _of_which_before, _lead_pronoun, _change_from_prev, _had_money_of, _money_noun_after, _loss_after_amount,
    _amount_modifies_noun, _spent_on, _extra_money, _which_that_antecedent, _from_value_to, _asked_about_before,
    _figure_heads_noun, _DETERMINER_BEFORE, _NP_TAIL_CUT, _LAST_WORD_OF, _FUNCTION_BEFORE_ADJECTIVE, _NOT_FIGURE_HEAD,
    _figure_sizes_change, _FIGURE_CHANGE_RIGHT, _CHANGE_COMPLEMENT, _RAW_COMPLEMENT, _NOT_CHANGED_PREV,
    _CHANGE_NAMED_BEFORE, _SIZED_CHANGE_NOUNS,
    _pronoun_referent, _own_list_item, _connector_only, _own_subject, _shared_head_noun, _generic_subject_of_topic, _complement_of_base,
    _money_predicate, _generic_subject_of_base, _base_alone, _sentence_subject, CASCADE,
    _for_units, _CASCADE_OF, _steps_for, _lazy,
)

__all__ = ["find_topic", "indicator_phrase", "subject"]


#: (r27phrase) a pronoun with a verb contracted onto it, read as a phrase ("that's", "we've", "it's")
_CONTRACTED_PRONOUN = re.compile(r"(?i)^(?:that|it|this|there|we|they|you|he|she|i)['’](?:s|ve|re|ll|d)$")
#: (r27review2) a phrase that is only the verb of :data:`_PRONOUN_CHANGE_OF_LEFT` ("This reflects an increase of £1m":
#: "reflects"): no measure, as a contracted pronoun is none ("increase in reflects" was written)
_CHANGE_OF_VERB = re.compile(r"(?i)^(?:is|was|has\s+been|had\s+been|represents|represented|shows?|showed|reflects?|"
                             r"reflected)$")


#: an acronym in brackets (and the space before it), as a phrase may hold it after a name
_BRACKETED_ACRONYM = re.compile(r"\s*\([A-Z][A-Za-z\s]{1,12}\)")


#: (r21phrase) (speed) how the text right before a later item's figure ends (a list's mark or a hedge after it)
_GAP_MARK_ENDS = (",", "and", ";", "while", "whilst", "another", "just", "only", "around", "about", "some", "nearly",
                  "almost", "over", "further")


#: (r35phrase2) a participle sizing a part right before a figure (:func:`participle_part_of`)
_PARTICIPLE_HINT = re.compile(r"(?i)(?:accounting\s+for|representing|equating\s+to|equivalent\s+to)\s+\S*\s*$")


#: (r35phrase) the verbs of :func:`seen_change_of`, as a poor phrase's first word ("seen a growth")
_SEEN_VERBS = frozenset(("seen", "experienced", "witnessed", "recorded"))


def indicator_phrase_of(
    texts: tuple[str, str, str], h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "", *, rules: FigureRules,
) -> tuple[str, str]:
    """The phrase of :func:`_phrase_of_texts` (every rule's phrase, read on the page's text), unless it is a word alone
    that names nothing measured (:func:`names_no_measure`): then the next candidate (:func:`instead_of_no_measure`),
    or (r26phrase), for an adverb or a connective alone (:func:`no_noun_alone`) with no such candidate, the measure of
    the figure before it in its sentence (``prev_in_sentence``: "93% for 2017/18 and 95% thereafter").

    >>> from .rules import load_rules
    >>> t = "Figures show that 30% of the 11% increase in plans seen last year were in early years."
    >>> h = Hit(t.index("30%"), t.index("30%") + 3, "figure", "percent", (30.0,))
    >>> indicator_phrase_of((t, t, t), h, "percent", t[:h.start], t[h.end:], 0, 0, "", "", len(t), rules=load_rules())
    ('11% increase in plans seen', 'own')
    """
    if "(" in texts[0][max(sent_start, h.start - 2):h.end + 60] and \
            (restated := restated_sentence(texts[0], h, unit, sent_start, sent_end)) is not None:
        # (r30phrase) "Three-quarters (75%) of requests for EHCPs", "Warrington has 224 (61.5%) children in care ...":
        # a figure in brackets restating the quantity before it, and that quantity, are read in the sentence with
        # the restatement undone (:mod:`.phrase_restated`); the phrase read so stands unless it names nothing
        s2, h2, unit2 = restated
        cl = clause_of(s2, h2, 0, len(s2))
        p2, how2 = indicator_phrase_of(name_texts(s2), h2, unit2, cl.left, cl.right, 0, cl.start, prev, topic, len(s2),
                                       "", prev_money, rules=rules)
        if p2 and not is_poor(p2) and "(of " not in p2:  # (a part of a whole named twice: "cases (of cases)")
            return p2, how2
    phrase, how = _phrase_of_texts(texts, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end,
                                   prev_in_sentence, prev_money, rules=rules)
    if how == "own" and (not phrase or phrase.split(None, 1)[0].lower() in _SEEN_VERBS) \
            and (seen := seen_change_of(texts[0][max(sent_start, h.start - 200):h.start],
                                        texts[0][h.end:sent_end if sent_end > h.end else h.end + 160])):
        # (r35phrase) "customer services had seen an increase of 33 per cent", "Funding for high needs pupils has seen
        # a 5% increase": the change the clause's subject has seen (the phrase was none, or the verb "seen a growth")
        return seen, how
    if how == "own" and unit in ("count", "percent") and "ccount" in texts[0][max(sent_start, h.start - 40):h.start] \
            and (part := accounted_for_by(texts[0][max(sent_start, h.start - 200):h.start],
                                          texts[0][h.end:sent_end if sent_end > h.end else h.end + 160], unit)):
        # (r35phrase) "physical abuse accounted for 12 children", "teenage anti-social behaviour accounted for 22% of
        # reported antisocial behaviour": the base the figure is a part of, and the part that accounts for it (the
        # phrase was one of the two)
        return part, how
    if how == "own" and unit in ("count", "percent") \
            and _PARTICIPLE_HINT.search(texts[0][max(sent_start, h.start - 40):h.start]) \
            and (part := participle_part_of(texts[0][max(sent_start, h.start - 300):h.start],
                                            texts[0][h.end:sent_end if sent_end > h.end else h.end + 160], unit,
                                            phrase)):
        # (r35phrase2) "autistic spectrum disorder was the most common need, accounting for 28% of plans", "with EHCPs
        # representing approximately 3.64% of the population": the part a participle sizes, named by the main
        # clause's subject (with no figure in it) or a "with X"
        return part, how
    if how == "own" and phrase and (cut := trailing_pronoun_cut(phrase)) is not None:
        # (r39phrase) "a scheme whereby up to £200,000", "now it's over 500": a phrase that ran into the next clause
        # and stopped on its pronoun subject; without the pronoun when what is left names something; when the phrase
        # was the pronoun alone, the next candidate (:func:`instead_of_no_measure`) or the measure of the figure
        # before it in its sentence; otherwise ("predicting they") as it was
        if cut and not names_no_measure(cut, rules):
            phrase = cut
        elif not cut and (instead := instead_of_no_measure(texts[0], h, unit, sent_start, sent_end,
                                                           prev_in_sentence, rules, cut)):
            return instead
        elif not cut and prev_in_sentence and _names_something_alone(prev_in_sentence, rules):
            return prev_in_sentence, "inherited"
    if how in ("own", "part") and phrase and names_no_measure(phrase, rules):
        if how == "own" and (instead := instead_of_no_measure(texts[0], h, unit, sent_start, sent_end,
                                                              prev_in_sentence, rules, phrase.strip())):
            return instead
        if prev_in_sentence and no_noun_alone(phrase, rules) and _names_something_alone(prev_in_sentence, rules):
            # (r26phrase) "confirmed as 93% for 2017/18 and 95% thereafter", "at 5% or, for example, at 10%": a word
            # beside the value that is no noun, with no candidate of its own; a further value of the measure the
            # sentence's figure before named
            return prev_in_sentence, "inherited"
    if how in ("own", "part") and phrase and unit_alone(phrase) \
            and (measure := measure_of_unit_alone(texts[0], h, sent_start, prev_in_sentence, rules)):
        # (r36unit) "£7,300 per week and £380,000 per year", "£90,000 p.a.", "£5.13 per hour": a phrase that is only
        # the value's unit or period; the measure the sentence's subject or the figure before it names
        return measure, how
    if how == "own" and phrase and phrase[-1:].isalpha() and " to " in phrase \
            and (done := infinitive_object(phrase, texts[0][sent_start:h.start])):
        return done, how
    if how == "own" and phrase and phrase.count(" ") >= 2 and (said := said_object(phrase, rules)):
        return said, how
    if how == "own" and phrase and (cut := said_clause_cut(phrase)) is not None \
            and (instead := _instead_of_said(texts, h, unit, sent_start, sent_end, prev, topic, prev_in_sentence,
                                             prev_money, cut, rules)) is not None:
        # (r45phrase) "Senior officers say last year's peak of 150", "Ms Farach said: \"... with 52 per 10,000 ...\"":
        # who says it is no part of the measure (the phrase was the clause of saying)
        return instead
    if how == "own" and phrase and len(phrase) < 40 and (pm := post_modifier(
            phrase, texts[0][max(sent_start, h.start - 120):h.start],
            texts[0][h.end:sent_end if sent_end > h.end else h.end + 200])):
        # (r47phrase) "almost 2,900 investigations into children believed to be at risk of serious harm are underway",
        # "an overspend of £260,000 on early years deprivation payments": a bare head gets the prepositional phrase the
        # page writes after it or after its value (:mod:`.phrase_postmod`)
        return pm, how
    return phrase, how


def _instead_of_said(texts: tuple[str, str, str], h: Hit, unit: str, sent_start: int, sent_end: int, prev: str,
                     topic: str, prev_in_sentence: str, prev_money: str, cut: str,
                     rules: FigureRules) -> tuple[str, str] | None:
    """(r45phrase) The phrase of a figure whose phrase held a clause of saying (:func:`said_clause_cut` gave ``cut``,
    what is left of it): ``cut`` when it names something; else the phrase read in the reported clause alone
    (:func:`reported_clause`), when that names something and is no clause of saying itself; else the measure of the
    figure before it in its sentence, when that names something; else None (the phrase stays as it was)."""
    if cut and _names_something_alone(cut, rules):
        return cut, "own"
    if (rep := reported_clause(texts[0], h, sent_start, sent_end)) is not None:
        s2, h2 = rep
        cl = clause_of(s2, h2, 0, len(s2))
        p2, how2 = indicator_phrase_of(name_texts(s2), h2, unit, cl.left, cl.right, 0, cl.start, prev, topic, len(s2),
                                       "", prev_money, rules=rules)
        if p2 and said_clause_cut(p2) is None and _names_something_alone(p2, rules):
            return p2, how2
    if prev_in_sentence and _names_something_alone(prev_in_sentence, rules):
        return prev_in_sentence, "inherited"
    return None


def _phrase_of_texts(
    texts: tuple[str, str, str], h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "", *, rules: FigureRules,
) -> tuple[str, str]:
    """(r21phrase) :func:`indicator_phrase` read on the text with the commas inside the names of measures protected
    (:func:`protect_name_commas`), with those commas given back in the phrase. ``texts``: the text as the page wrote it,
    with only those commas protected, and with the acronyms' brackets after those names blanked too. Where the figure's
    sentence holds such a bracket, the phrase read past it is kept only when it says more than the one read up to it
    (words other than the acronym), and then gets its acronym back ("youngsters with education, health and care plans
    (EHCP) put in place within 20 weeks"); else the phrase read with the bracket stands, as before."""
    original, commas, glossless = texts
    if commas is original:  # (speed) no comma of a name in this text: left and right as they are
        phrase, how = indicator_phrase(commas, h, unit, left, right_clause, sent_start, clause_start, prev, topic,
                                       sent_end, prev_in_sentence, prev_money, rules=rules)
    else:
        phrase, how = indicator_phrase(commas, h, unit, protect_name_commas(left, False),
                                       protect_name_commas(right_clause, False), sent_start, clause_start, prev, topic,
                                       sent_end, prev_in_sentence, prev_money, rules=rules)
        phrase = _given_back(phrase) if phrase else phrase
    if how == "own" and phrase and (rs := reported_clause_start(original, sent_start, h.start, phrase, rules)) > 0:
        # (r22phrase) "Figures also reveal that 5.5 per cent were only offered ...", "X queried why £17M had been
        # quoted for income": the phrase was read from the reporting clause; the reported clause, read as the sentence
        p2, how2 = indicator_phrase(commas, h, unit, left[max(0, len(left) - (h.start - rs)):], right_clause, rs,
                                    max(clause_start, rs), prev, topic, sent_end, prev_in_sentence, prev_money,
                                    rules=rules)
        p2 = _given_back(p2) if p2 and commas is not original else p2
        if not p2 or p2 == phrase:  # (none, or the reporting clause's words again): the reported predicate
            pred = reported_predicate(original[h.end:(sent_end if sent_end >= 0 else h.end + 200)])
            if pred and _names_something(pred):
                phrase, how = pred, "own"
        elif p2 != phrase and not is_poor(p2):
            phrase, how = p2, how2
    end = sent_end if sent_end >= 0 else min(len(original), h.end + 300)
    if how == "inherited" and phrase and phrase == prev_in_sentence \
            and original[max(sent_start, h.start - 12):h.start].rstrip(" +£$€").endswith(_GAP_MARK_ENDS) \
            and (gi := gapped_item(original[max(sent_start, h.start - 200):h.start], original[h.end:min(end, h.end + 120)],
                                   phrase)):
        # "8 fostering households have joined us ... and 18 have de-registered": the later item's own words, not the
        # earlier item's, with the measure the list states once
        return gi, how
    if glossless is commas or not phrase or GLOSS_SPACE not in glossless[h.end:min(end, h.end + 150)]:
        return phrase, how  # (speed) no acronym's bracket after the figure in its sentence
    last = phrase.rsplit(None, 1)[-1].lower()
    for m in _ACRONYM_BRACKET.finditer(original, h.end, end):
        if glossless[m.start()] == GLOSS_SPACE and (words := original[max(0, m.start() - 40):m.start()].split()) \
                and words[-1].lower() == last:
            break  # the phrase stopped at the bracket: read past it
    else:
        return phrase, how  # (speed) the phrase did not stop at such a bracket
    phrase2, how2 = indicator_phrase(glossless, h, unit, protect_name_commas(left), protect_name_commas(right_clause),
                                     sent_start, clause_start, prev, topic, sent_end, prev_in_sentence, prev_money,
                                     rules=rules)
    phrase2 = _given_back(phrase2) if phrase2 else phrase2
    if not phrase2 or phrase2 == _BRACKETED_ACRONYM.sub("", phrase or "") or len(phrase2) <= len(phrase or ""):
        return phrase, how  # no more said past the bracket
    for m in _ACRONYM_BRACKET.finditer(original, sent_start, end):
        if glossless[m.start()] != GLOSS_SPACE or (at := gloss_name_start(commas, m.start(), m.group(1))) < 0:
            continue
        name = original[at:m.start()].rstrip()
        if name in phrase2 and m.group() not in phrase2:
            phrase2 = phrase2.replace(name, f"{name} {m.group()}", 1)  # the acronym, as the page wrote it
    return phrase2, how2


def indicator_phrase(
    text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "", *, rules: FigureRules,
) -> tuple[str, str]:
    """What the figure measures, as a short phrase from its sentence, and how it was found
    (:func:`_named_phrase`), with a phrase of its own tidied (:func:`tidy_phrase`)."""
    if h.group == "glued" and text[h.end - 2:h.end] in ("FE", "fe"):
        return "forms of entry", "own"  # (r17values) "from 6FE to 8FE", "a 2FE primary": a school's size, its measure
    if unit in ("count", "percent") and text[h.start - 2:h.start].rstrip()[-1:] in _AGE_BAND_LABEL_ENDS \
            and (band := age_band_label(text, h, sent_start)):
        # a breakdown by age group: "- 1 to 4 years: 10%", "• 5-9 - 1,780 children" (the band was no label: none,
        # "over", or the noun after the count alone)
        return band, "own"
    phrase, how = _named_phrase(text, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end,
                                prev_in_sentence, prev_money, rules)
    if how in ("own", "inherited") and (change := pronoun_change_of(text[max(sent_start, h.start - 90):h.start])) \
            and change not in phrase.lower().replace("(", " ").split():
        # (r27phrase) "The overspend ... This is an improvement of 0.750m", "the overall schools budget which was an
        # increase of £2.223m", "and that's shows a decrease of £30 K": the figure is the size of a change of what the
        # pronoun or the relative points back to (the phrase was that measure alone, or the pronoun), written as the
        # rules write "<change> in <measure>" for a change noun as subject
        base = phrase if phrase and not is_poor(phrase) and not _CONTRACTED_PRONOUN.match(phrase) \
            and not _CHANGE_OF_VERB.match(phrase) else prev if prev and not is_poor(prev) else ""
        if not base:
            phrase, how = change, "own"
        else:
            phrase, how = f"{change} in {base}", (how if base == phrase else "inherited")
    elif how == "inherited" and phrase and phrase == prev and (own := own_noun_of_value(text, h, unit, left, phrase)):
        # (r27phrase) "The forecast surplus ... this related to £0.355m unallocated growth", "This was in contrast to the
        # previous year's £3.087m underspend": the measure named before (a pronoun's, or the last resort's) gives way
        # to the noun the figure's own words give it
        phrase, how = own, "own"
    if prev_in_sentence and (text[h.end:h.end + 1] in " %" or text[h.end - 1:h.end] in "%t") and (
            pv := place_value_of(text[max(sent_start, h.start - 80):h.start], text[h.end:h.end + 60], prev_in_sentence)):
        # (r19phrase2) "6.2%, compared to 6.4% nationally", "49.3% in the East of England and 55.7% in England as a
        # whole": the measure before, as the value of the place named after the figure (the phrase was the measure
        # before, often with the council's own place, read as the council's own value)
        return pv, "inherited"
    if phrase and phrase[-1:] in "0123456789,.: tT" and time_only_phrase(phrase) \
            and (instead := instead_of_time(text, h, sent_start, sent_end, prev_in_sentence or prev)) is not None:
        # a phrase that is only a time names no measure ("For 2022-23 this would be £160m", "an increase of £1.687m
        # from 2020-21"): the change the figure sizes, the noun after it, or the measure named before
        phrase, how = instead
    if how == "own" and phrase and (phrase[-1] in _JUDGED_LAST or phrase[-1].isspace()) \
            and phrase.rsplit(None, 1)[-1].lower() in _JUDGED:
        # "1,387 children deemed to be in need of help", "45 young people were classed as missing from education":
        # the participle's complement says which of them are counted
        phrase = _judged_complement(phrase, text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])
    tidy = tidy_phrase(phrase) if how == "own" and phrase and unit not in ("days", "weeks", "months", "years", "hours") \
        else phrase
    if how == "own" and prev and phrase and len(phrase) < 60 \
            and all(w in _COMPARATOR_ONLY_WORDS or w in _COMPARED_TIME for w in phrase.lower().split()) \
            and not is_poor(prev):  # (speed: the words first, is_poor only for a phrase of comparison words)
        # "one per cent below the figure of 1,396", "3% above the level": words of a comparison only, no measure
        return prev, "inherited"
    if how == "own" and prev and phrase and (comparator_named(text, h.start, sent_start, phrase) or tidy != phrase and tidy
                                            and comparator_named(text, h.start, sent_start, tidy)) and not is_poor(prev):
        # "the comparator authority average (14%)": the measure before, at the comparator; also when only the
        # tidied phrase is a place ("Derby is exactly equal to the national percentage (15.0%)" -> "Derby")
        return prev, "inherited"
    if how == "own" and prev and place_pp_only(phrase) and not is_poor(prev):
        # "residential care will cost £2,901 within the authority and around £4,608 from providers elsewhere": a place
        # of the value before names no measure of its own: the measure before, at another place
        return prev, "inherited"
    if how == "own" and prev and phrase[:6].lower() == "target" and _TARGET_WHEN_ONLY.fullmatch(phrase) and not is_poor(prev):
        # "... there were 1,147 looked after children ... The target for March 2017 is 770": the target of the
        # measure named before, named only by its date (as "the target for 2025" already was)
        return f"{phrase}: {prev}", "inherited"
    if how == "own" and prev_in_sentence and phrase[:3].lower() in _RECORDED_STARTS and _RECORDED_ONLY.fullmatch(phrase):
        # "1,147 looked after children, just two fewer than the 1,149 recorded in November": an earlier value of the
        # measure named before in the sentence, named only by when it was recorded
        return prev_in_sentence, "inherited"
    if how == "own" and (prev_in_sentence or prev) and "ompar" in text[max(sent_start, h.start - 40):h.start] \
            and _COMPARED_WITH_LEFT.search(text, max(sent_start, h.start - 40), h.start):
        # "This compares to 255 at the same point last year", "It compares to 28.5pc in Suffolk", "£61.4m for 2024/25 in
        # comparison to £24.7m for 2018/19": the measure named before, at another time or place (the phrase was the
        # verb of comparison, its subject, or the time or place), unless a noun after the figure names its own
        right0 = text[h.end:h.end + 120]
        own = _np_after(right0)
        was = prev_in_sentence or prev
        if not (own and phrase.lower().startswith(own.lower()) or _OF_FOR_RIGHT.match(right0)) and was != phrase \
                and not is_poor(was):
            return was, "inherited"
    if how == "own" and unit == "count" and phrase and (" who " in text[h.end:h.end + 90] or " that " in text[h.end:h.end + 90]) \
            and (cr := count_relative(phrase, text[max(sent_start, h.start - 20):h.start], text[h.end:h.end + 200])):
        # (round 16) "11% of the 143 children who left care were adopted", "Of the 240 children who took part in a
        # questionnaire, ...", "around 40 children in the City that need residential care provision": the count's
        # restrictive relative clause says which children it counts (the phrase was the noun alone)
        return cr, "own"
    if how == "own" and unit == "count" and phrase and text[max(0, h.start - 9):h.start].rstrip()[-4:].lower() in _WHOLE_LEFT_ENDS \
            and _WHOLE_OF_PART_LEFT.search(text, max(sent_start, h.start - 40), h.start):
        # "40 of the 396 children in our care were placed out of area", "12 of the 53 exclusions involved pupils with
        # an EHC plan": the whole is the population alone; what it did or was says which part the first count counts
        right0 = text[h.end:h.end + 200]
        pop, _ = _share_clause(_np_after(right0), right0.lstrip())
        if pop and phrase != pop and phrase.startswith(pop) and not is_poor(pop):
            return pop, "own"
    if how == "own" and phrase and text[h.end:h.end + 1] == ")" and "(" in text[h.start - 2:h.start] \
            and (lb := bracket_label(text, h.start, sent_start, phrase)):
        # "racist abuse (7), physical assault against a pupil (424) and verbal abuse against an adult (655)": the
        # whole label before the bracket (the phrase was cut at its preposition)
        return lb, "own"
    if unit in ("count", "percent") and "of " in text[max(sent_start, h.start - 90):h.start].lower() \
            and any(w in text[h.end:h.end + 30] for w in (" were ", " was ", " are ", " is ", " have ", " has ", " had ")) \
            and (
            pw := part_of_whole(text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 160],
                                prev_in_sentence or prev)):
        # "Of the 448 EHCPs drawn up, just 5.6pc were done within the 20 weeks", "Of those, 173 have been housed
        # outside of Southend": the part the clause's complement names, of the whole it opened with (the phrase was
        # the whole, or the complement's last words)
        return pw, "part"
    if unit in ("count", "percent") and text[sent_start:sent_start + 12].lower().lstrip().startswith(_WHOLE_OPENERS) \
            and (not phrase or phrase == prev_in_sentence or is_poor(phrase) or _is_generic(phrase)
                 or _words_within(phrase, text[sent_start:h.start])) \
            and (po := part_of_opened_whole(text[sent_start:h.start], text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # (round 16) "Out of 2,148 applications, 1,886 (88%) received an offer for their first preference", "Of the 240
        # children who took part in the questionnaire, 33 per cent posed a concern", "..., 70 per cent were in full-time
        # education and 20 per cent were unemployed": the part the predicate names, of the whole the sentence opened
        # with (the phrase was the whole: "total applications", "children"; none; or the list's first part)
        return po, how
    if unit in ("count", "percent") and how in ("own", "inherited") and text[h.end:h.end + 14].lstrip(" (0123456789,.%)")[:3].lower() \
            in _JOINED_COPULA_STARTS and (pa := part_after_clause(
                text[sent_start:h.start], text[h.end:(sent_end if sent_end >= 0 else h.end + 200)],
                prev_in_sentence or (tidy if how == "own" and tidy and tidy in text[sent_start:h.start] else ""))):
        # (round 18) "2,099 EHCPs were issued in 2024, but just 54% were issued within expected timescales", "the
        # number of applications was down, but 98.7 per cent were allocated to one of their preferred schools": the part
        # the joined clause's complement names, of what the clause before counted (the phrase was that whole; its own
        # "how" is kept, as part_of_opened_whole's: the id the phrase gave stays)
        return pa, how
    if how == "own" and unit in ("gbp", "eur", "usd") and phrase and "spen" in text[max(sent_start, h.start - 30):h.start] \
            and (ob := overspend_by(phrase, text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 160])):
        # "the council predicts it will overspend by £8.7 million on children's services", "is forecast to overspend
        # by £2.3m": the (forecast) overspend, on what follows (the phrase was the verb, its forecast, or who said it)
        return ob, "own"
    if how == "own" and unit == "count" and phrase and (
            co := counted_object(phrase, text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 120])):
        # "The authority is looking after 582 children", "heads took steps to expel 195 pupils": the count is the
        # verb's object; its participle says which are counted (the phrase was the noun alone)
        return co, "own"
    if how == "own" and unit == "gbp" and phrase and _spend_verb_only(phrase, text[max(sent_start, h.start - 40):h.start]):
        paid = _paid_for(text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])
        if paid:
            return paid, "own"  # "the council paying up to £6,000 a week to keep children in residential homes"
    if how == "own" and unit in ("gbp", "eur", "usd", "percent") and phrase \
            and (mt := money_moved(phrase, text[max(sent_start, h.start - 90):h.start],
                                   text[h.end:(sent_end if sent_end >= 0 else h.end + 200)], unit)):
        # "a request to move £100k to the CSSB", "confirmed transferring 0.55% of the Schools Block to the High Needs
        # Block", "will need to draw another £440,000 from its reserves", "the Virtual School would retain £400": the
        # money a verb moves, named by the verb's noun and where it goes (the phrase was the verb chunk or its subject)
        return mt, "own"
    if how == "own" and unit == "percent" and text[h.end:h.end + 4] == " of " and left[-1:] == " " \
            and (so := share_object(phrase, text[max(sent_start, h.start - 60):h.start],
                                    text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # "the Council finalises 90% of EHCPs within the 20-week timescale", "the Strand had achieved 38% of its action
        # plan", "has managed to trace three quarters of those youngsters": the share is the verb's object; the part it
        # counts is the whole the verb was done to (the phrase was the whole alone, or the verb)
        return so, "own"
    if prev_in_sentence and "with" in text[max(sent_start, h.start - 40):h.start].lower() and (
            phrase == prev_in_sentence or how == "own" and phrase and _adverb_or_participle(_first_word(phrase).lower())
            or phrase[:5].lower() in ("aged", "aged ") or _first_word(phrase).lower().endswith("ing")) \
            and (wp := with_part_clause(text[max(sent_start, h.start - 60):h.start],
                                        text[h.end:(sent_end if sent_end >= 0 else h.end + 200)], prev_in_sentence,
                                        unit)):
        # "3,516 working days were lost to sickness, with 1,470 resulting from stress", "a £26.5 million overspend on
        # its DSG, with £27.7 million related to SEND provision": the part the absolute clause names, of the whole the
        # figure before names (the phrase was the whole, or the participle alone)
        return wp, ("own" if unit in ("gbp", "eur", "usd") else "part")  # (a part of an overspend is an overspend)
    if how == "own" and unit in ("gbp", "eur", "usd") and (
            mv := money_verb_noun(phrase, text[max(sent_start, h.start - 60):h.start],
                                  text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # "Suffolk County Council spent £32m on residential care placements", "the county council expected to save
        # £2.5 million", "Council seeks £11m": the noun of the verb of money (the phrase was the verb and its subject)
        return mv, "own"
    if how == "own" and unit in ("gbp", "eur", "usd") and phrase.lower() in _BARE_MONEY_NOUNS and (
            md := money_destination(phrase, text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # (r20head) "£1 million of the funding will go towards the Mockingbird programme", "a transfer of £0.025m to
        # support the High Needs Block": what the money goes to (the phrase was the bare noun of money)
        return md, "own"
    if how == "own" and unit in ("gbp", "eur", "usd") and " to " in text[h.end:h.end + 60] \
            and (not phrase or names_no_measure(phrase, rules) or is_poor(phrase)) \
            and (mp := purpose_after_amount(text[h.end:(sent_end if sent_end >= 0 else h.end + 200)])):
        # (r37phrase) "The council will set aside up to £200,000 a year to pay for such adaptations", "an amount of
        # £6,000, to support this approach", "a staggering £7.23m a year to support the 77 children": what the money is
        # for, from the infinitive of purpose after it (the phrase was the subject, a light noun or an adjective)
        return mp, "own"
    if how == "own" and _FORECAST_ONLY.fullmatch(phrase) and "ted" in text[max(sent_start, h.start - 40):h.start] \
            and (fn := forecast_of_np(text[max(sent_start, h.start - 160):h.start])):
        # (r19phrase) "a significant overspend on DSG funded activities, currently forecasted at £2.992m", "a gap in the
        # budget for SEND provision which is expected to hit about £58 million": the noun phrase the participle follows,
        # with its hedge (the phrase was the participle, or none)
        return fn, "own"
    if how == "own" and tidy and tidy[:3].lower() in _CHANGE_PARTICIPLE_STARTS \
            and (pc := perfect_change_subject(text[max(sent_start, h.start - 120):h.start], tidy)):
        # (r20phrase) "the average wait had risen back up to 250 days", "EHE cases had risen nationally by 38%": the
        # subject of the perfect of change, or its change (the phrase was the verb chunk: "risen back")
        return pc, "own"
    if how == "own" and unit == "percent" and tidy and prev_in_sentence \
            and (sh := share_restating(text[max(sent_start, h.start - 90):h.start], text[h.end:h.end + 100], tidy,
                                       prev_in_sentence)):
        # (r20phrase) "4,353 pupils were receiving SEN support - 13.4% of the school-aged population": the share
        # restates the figure before as a part of the base after it (the phrase was the base alone)
        return sh, "own"
    if how == "own" and tidy and _may_be_chunk(tidy) \
            and (cs := complement_subject(text[max(sent_start, h.start - 200):h.start], tidy, rules)):
        # (r22phrase) "The deficit on the reserve now stands at a considerable £54.2 million", "The inspection had
        # lasted four weeks": the subject of the clause the figure is the complement of (the phrase named nothing, or
        # was the verb chunk)
        return cs, "own"
    if how == "own" and unit in _DURATION_UNITS and (ds := duration_subject(text[max(sent_start, h.start - 200):h.start],
                                                                           phrase, rules)):
        # (r22phrase) "The longest-serving carer had been with the council for 40 years", "a course that took place
        # over six months": the subject of the duration's clause (the phrase was a place alone, the verb, or none)
        return ds, "own"
    if how == "own" and unit in _DURATION_UNITS and "next" in text[max(sent_start, h.start - 12):h.start] \
            and (pn := period_of_next(text[max(sent_start, h.start - 200):h.start], phrase, prev_in_sentence, rules)):
        # (r36phrase) "overarching priorities for the next three years", "an investment of up to £1.16m over the next
        # 18 months": the period of what comes before the lead (the phrase stopped on "for the next", or was "next")
        return pn, "own"
    return tidy, how  # (a duration's verb is its measure: "take a minimum of 6 months": not tidied)


#: a part-count or share right before the count of its whole: "40 of the", "29 out of its", "all but three of the",
#: "41% of the" (_WHOLE_LEFT_ENDS: the last four letters before the count, without spaces, its cheap first test)
_WHOLE_OF_PART_LEFT = re.compile(
    r"(?i)(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|third|"
    r"quarter|half|fifth|fifths|thirds|quarters)|%|\bper\s?cent)\s+(?:out\s+of|of|from)\s+"
    r"(?:the|its|our|their|these|those|all|all\s+the)\s*$")
_WHOLE_LEFT_ENDS = frozenset((" the", " its", " our", "heir", "hese", "hose", " all"))
#: a phrase that is only a participle of recording and when: "recorded in November", "reported last year", "seen in
#: March 2023" (the earlier value of the measure before it: "two fewer than the 1,149 recorded in November 2013")
_RECORDED_ONLY = re.compile(
    r"(?i)(?:recorded|reported|seen|registered|logged|counted|published)(?:\s+(?:in|at|on|during|by|for|over|last|this|"
    r"the|a|previous|same|period|time|year|month|quarter|week|end|of|" + month_alternation(lower=True) + "|"
    r"spring|summer|autumn|winter|(?:19|20)\d{2}(?:[/-]\d{2,4})?|q[1-4]))*")
#: a target named only by its date: "target for March 2017", "target by 2025/26", "target"
_TARGET_WHEN_ONLY = re.compile(
    r"(?i)targets?(?:\s+(?:for|by)\s+(?:the\s+)?(?:end\s+of\s+)?(?:(?:" + month_alternation(lower=True) + r")\s+)?"
    r"(?:(?:19|20)\d{2}(?:[/-]\d{2,4})?|this\s+year|next\s+year|the\s+year))?")
_RECORDED_STARTS = ("rec", "rep", "see", "reg", "log", "cou", "pub")

#: time words of a comparison that names no measure ("above the figure for the same quarter last year")
_COMPARED_TIME = frozenset("same previous last this quarter year month period time".split())
#: participles of a judgement whose "to be" / "as" complement says which of a population are counted
_JUDGED = frozenset("deemed considered judged classed classified assessed identified thought believed known found "
                    "defined regarded described recorded registered reported categorised categorized".split())
#: (speed) the last letters of those participles, in either case: a phrase ending otherwise (but for spaces) is none
_JUDGED_LAST = frozenset("dDtTnN")


#: a comparison right before a figure: "compared to (just)", "This compares with", "in comparison to"
_COMPARED_WITH_LEFT = re.compile(
    r"(?i)\b(?:compared|compares|comparing|in\s+comparison|comparison)\s+(?:to|with|against)\s+(?:(?:just|only|around|"
    r"about|nearly|almost|over|under|approximately|roughly|some|a|an)\s+)*$")


#: (r20head) a noun of money that names no measure alone ("funding", "transfer"): what the money goes to does
_BARE_MONEY_NOUNS = frozenset("funding money cash grant allocation transfer investment".split())


#: (speed) how a sentence that :data:`_WHOLE_OPENER_LEFT` may match opens, lower case
_WHOLE_OPENERS = ("of ", "out of ", "among", "overall", "in total", "in 19", "in 20")


def _named_phrase(
    text: str, h: Hit, unit: str, left: str, right_clause: str, sent_start: int, clause_start: int,
    prev: str, topic: str, sent_end: int = -1, prev_in_sentence: str = "", prev_money: str = "",
    rules: FigureRules | None = None,
) -> tuple[str, str]:
    """What the figure measures, as a short phrase from its sentence, and how it was found (``rules``: the stage's
    figure rules, passed on to the cascade; None for the shipped file).

    The second element is ``"own"`` (the phrase is the figure's own: look up the canonical id in
    it), ``"inherited"`` (borrowed from the previous figure: the previous figure's id applies),
    ``"part"`` (a part of the previous figure's population, "of whom 412 were ...": its own id
    only) or ``"complement"`` ("the other 32%": no id).

    A phrase of the figure's own that names nothing (:func:`is_poor`: a stray word, an adverb, a
    date, a name, a verb) is repaired by :func:`_repair` from the rest of the sentence.
    """
    phrase, how = _indicator_phrase(text, h, unit, left, right_clause, sent_start, clause_start, prev, topic, sent_end,
                                    prev_money, rules)
    # (speed) only money whose clause says "cost" just before it
    if unit in ("gbp", "eur", "usd") and "cost" in left[-48:].lower() and (named := _cost_of_named(left, right_clause)):
        return named, "own"  # "funding the secure welfare provision at a cost of £32k", "a placement can cost up to £5,000"
    # (speed) only money with a cut, a saving or a loss named right before or after it (its left lower-cased once)
    if unit in ("gbp", "eur", "usd") and (any(w in low40 for low40 in [left[-40:].lower()] for w in ("cut", "sav", "reduction", "los"))
                                          or right_clause[:6].lower() in (" in bu", " in sa", " in cu")) \
            and (cut := _cut_or_saving(left, right_clause)):
        return cut, "own"  # "budget cuts of £2.9m", "£53m in budget cuts", "saving almost £6m from the annual care budget"
    kind = ""
    if how in ("own", "inherited") and unit in ("gbp", "eur", "usd") and right_clause[:4].lower() in (" of ", " in ") \
            and (kind := money_kind_after(text[h.end:h.end + 160], text[max(sent_start, h.start - 120):h.start])) \
            and not names_money_kind(phrase, kind):
        # (r42phrase) "the disapplication of £1.1m of the Early Years Reserve", "over £18,000 in youth grants": the kind
        # of money named after the sum, not the noun "of" which it is the value, the verb before it ("comprising of")
        # or the clause's subject; a phrase that already names that money ("additional funding for ...") stays, and
        # is not traded below for the noun "of" which the sum is the value
        return kind, "own"
    if how in ("own", "inherited") and (elided := elided_head(text, h, unit, left, sent_start, prev_in_sentence)) is not None:
        return elided
    if how == "inherited" and not prev_in_sentence and (changed := change_noun_pp(left, text[h.end:h.end + 160], unit)):
        # (r23ind) "The projection indicated an 8.1% annual increase in numbers looked after": the figure sizes the
        # change its own noun phrase names; the measure named in an earlier sentence is not its measure
        return changed, "own"
    if how == "own":
        modified = modified_noun(text, h, unit, left)
        changed = "" if modified else change_noun_pp(left, text[h.end:h.end + 160], unit)
        if changed and changed.split()[0] not in phrase.lower().split():
            # "the 4% increase to the base rate", "a £331k improvement since last Forum": the figure sizes the change
            # its noun phrase names (the phrase was the clause's subject and verb, or the determiner)
            modified = changed
        # (r32phrase) nor is a figure that opens a change's noun phrase the value "of" the noun before it ("the on-
        # going issue of £180k per annum increase in operating costs": the phrase already names that change)
        of_value = "" if modified or changed else np_of_value(left, unit, text[h.end:h.end + 60])
        named = phrase
        phrase = _prefer_modified_noun(phrase, modified) if modified else _prefer_of_value(
            phrase, of_value, text[h.end:h.end + 60], left)
        if kind and not names_money_kind(phrase, kind) and len(phrase.split()) > 1:
            # (r42phrase) the phrase named the kind of money after the sum: it stays, not the noun phrase "of" which
            # the sum is the value ("the request for the disapplication of"); a lone word there ("the targeting of")
            # goes on to r25's repair of a word that names no measure, as before
            phrase = named
        if modified and phrase != modified and _verb_object_glued(phrase, left):
            # "The council faces a £55.7 million deficit on its High Needs Block": the figure opens the verb's object;
            # the phrase glued the subject and the verb to the object's noun ("council faces deficit on ...")
            phrase = modified
        elif not modified and unit in ("gbp", "eur", "usd", "percent") and phrase and left[-1:] in " £$€" \
                and (bare := _bare_object_noun(phrase, left, text[h.end:h.end + 120])):
            # "as council forecasts £261,000 overspend", "Nottingham was allocated 20.5% growth": the figure opens the
            # verb's object with no determiner; the phrase was the subject and the verb
            phrase = bare
    if how == "own" and not is_poor(phrase) and verb_led(text, phrase, h, sent_start):
        if of_value and not verb_led(text, of_value, h, sent_start):
            return of_value, "own"  # "(were having to be budgeted for) at a cost of £460k"
        mended = _mend_verb_phrase(text, h, unit, phrase, sent_start, prev)
        if mended is not None:
            return mended
    if how == "own" and is_poor(phrase):
        fm = _LEAD_FRAGMENT.match(phrase)  # "reduced the deficit", "after an in-year deficit"
        if fm and not is_poor(fm.group(1)):
            phrase = fm.group(1)
    if how == "own":
        lead = _lead_in(text, sent_start, clause_start)
        if lead and not _shares_word(lead, phrase) and (
                is_poor(phrase) or _POPULATION_HEAD.search(left)):
            # "With regard to persistent absence, the figure for secondary schools was 22%"
            return f"{lead}: {phrase}" if phrase and not is_poor(phrase) else lead, "own"
    if how == "own" and is_poor(phrase):
        better = _repair(text, h, left, sent_start, sent_end if sent_end >= 0 else len(text), prev_in_sentence,
                         phrase=phrase, unit=unit, prev=prev)
        if better is not None:
            return better
        owner = _bracket_owner(text, h, unit, sent_start, prev)
        if owner is not None:  # "interest was having to be paid (currently at around £1.5m per annum)"
            return owner
        if _DATE_OR_STRAY(phrase):  # never a date or a stray word: the sentence's subject, the measure named before, or none
            return last_resort(text, h.start, sent_start, prev, topic, "")
        if verb_led(text, phrase, h, sent_start):  # "992 fines were issued in 2013/14 and not 481 ..."
            mended = _mend_verb_phrase(text, h, unit, phrase, sent_start, prev)
            if mended is not None:
                return mended
        lone = phrase.split()
        if len(lone) == 1 and _lone_verb_or_stray(lone[0]):  # "expected", "claimed" (not "targets")
            return last_resort(text, h.start, sent_start, prev, topic, phrase)
    return phrase, how


def names_money_kind(phrase: str, kind: str) -> bool:
    """(r42phrase) Whether ``phrase`` already names the kind of money ``kind`` (:func:`.phrase_cascade.money_kind_after`):
    it holds the kind's last word, its head, in the singular or plural.

    >>> names_money_kind("additional funding for children's social care", "additional funding")
    True
    >>> names_money_kind("reserves to balance the budget", "reserves"), names_money_kind("Early Years reserve", "Early Years Reserve")
    (True, True)
    >>> names_money_kind("request for the disapplication", "Early Years Reserve"), names_money_kind("", "youth grants")
    (False, False)
    """
    head = kind.split()[-1].lower()
    stem = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    words = {w.strip(",.;:()'\"").lower() for w in phrase.split()}
    return stem in words or stem + "s" in words

#: a phrase that starts with a verb or preposition and its article: the noun phrase after it
_LEAD_FRAGMENT = re.compile(
    r"(?i)^(?:(?:we|they|it|this|there)\s+)?(?:\w+ed|set|put|had|has|have|was|is|leaves|leaving|after|before|"
    r"following|despite|including|with|from|by)\s+(?:(?:on|in|for|to|at|of)\s+)?(?:an?|the|its|their|our|this)\s+"
    r"(\w.*)$"
)
#: the measure is named as a population or part of one ("the figure for secondary schools", "performance")
_POPULATION_HEAD = re.compile(
    r"(?i)\b(?:figures?|rates?|levels?|performance|percentage|proportion|numbers?)(?:\s+(?:for|in|at|among|of))?\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:was|were|is|are|had|has|stood|stands|of|at)?\s*$|^\s*(?:performance|it|this)\b"
)
#: (round 18) the first letters of a copula after a share or count (:func:`part_after_clause`'s cheap first test)
_JOINED_COPULA_STARTS = frozenset(("wer", "was", "are", "is ", "hav", "has", "had"))


#: a phrase that is only a forecast's participle (or none): "forecasted", "expected to hit", ""
_FORECAST_ONLY = re.compile(
    r"(?i)(?:(?:currently|now|also|still)\s+)?(?:(?:forecast(?:ed)?|projected|predicted|estimated|expected)"
    r"(?:\s+to\s+(?:be|hit|reach|total))?)?")


#: (r20phrase) (speed) the first letters of the participles of :data:`_PERFECT_CHANGE_LEFT`
_CHANGE_PARTICIPLE_STARTS = frozenset(("ris", "gro", "fal", "inc", "dec", "dro", "red", "cli", "soa", "jum", "dou", "dip",
                                       "gon"))


#: (r22phrase) the units of a duration
_DURATION_UNITS = frozenset(("days", "weeks", "months", "years", "hours"))
