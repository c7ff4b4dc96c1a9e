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
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from ..clean import NEWS_LINK_LABEL, split_sentences
from ..vocab import MONTH_NAMES, MONTH_SHORT, SEASONS, month_alternation
from .grammar import (
    BARE_SCALE, COUNT_NOUN_RIGHT, COUNTED_LABEL, GLUED_COUNT_NOUNS, LIMIT_WORDS, MONEY_NOUNS, MONTHS, PCT_RE, POST_PRE, TIME_RE, Hit,
    LeftWords, expressions, may_end_with, values_of,
)
from .rules import FigureRules

__all__ = ["classify", "scan"]

# (speed) The searches of _REF_LEFT, _NAME_LEFT, _PERIOD_LEFT and _AGE_LEFT run only when the left
# context ends with one of their words (``may_end`` of the :class:`.grammar.LeftWords` they are built from).
#: the words before a reference ("page 39", "Item 6", "Agenda Item: 4")
_REF_WORDS = LeftWords(
    """pages, page, p., pp., paragraphs, paragraph, paras., paras, para., para, appendix, appendices, annexe, annex,
    items, item, agenda item, sections, section, tables, table, charts, chart, graphs, graph, figure, fig, fig., figs,
    figs., diagram, diagrams, exhibit, minutes, minute,
    no., nos., number, recommendations, recommendation, resolutions, resolution, clauses, clause, schedules, schedule,
    questions, question, slides, slide, ref., ref, reference, line, chapter, part, article, regulation, rule,
    standing order, circular, document, agenda no, item no, report no, minute no, urn, tel, telephone, phone, ext,
    ext., extension, fax, mobile, id, case no, column, columns, sentence"""
)
#: (r27review) a court's sentence, which "sentence" before a number in a youth justice table names, not a sentence of a
#: text ("paragraph 2, sentence 3"): "Custodial sentence 3 Community resolution 45"
_COURT_SENTENCE_LEFT = re.compile(
    r"(?i)\b(?:custodial|non-custodial|community|suspended|prison|detention|court|youth|life|immediate)\s+sentence\s*:?$")
_REF_LEFT = re.compile(
    rf"\b{_REF_WORDS.regex}\s*:?\s*$"
    r"|\d[A-Za-z]?\($",  # a sub-reference glued to a reference: "Section 100A(4)", "s.17(1)", "Regulation 5(2)"
    re.I,
)
#: (r20table) zero cells of a table whose cells the page text runs together: a run of zeros glued after a bracketed
#: amount and before the next cell ("(5,000)000(5,000)", "(1,480,219)0(4,440,656)"): several cells, none a value
_GLUED_ZERO_CELLS = re.compile(r"0+")
_GLUED_ZERO_CELLS_LEFT = re.compile(r"\d\)$")
_GLUED_ZERO_CELLS_RIGHT = re.compile(r"\(?\d")
#: the words before a name ("Year 6", "Key Stage 2", "Performance Measure 1"); (r22prec) "decision": a decision named by
#: its number, as an option or a proposal is ("in regards to decision 2"; one council's page, r21blind West Berkshire)
#: (r27prec) "options" ("the impacts of Options 1 and 2", r25blindL West Berkshire) and the bands of a distribution
#: ("schools with all data sets in quintile 5", r22blindB Waltham Forest), each one council's page
_NAME_WORDS = LeftWords(
    """year, years, key stage, ks, stage, phase, tier, level, band, measure, indicator, pi, kpi, priority, option,
    route, wave, step, round, lot, category, objective, outcome, standard, policy, cohort, group, unit, room, floor,
    module, version, cycle, pilot, programme, project, workstream, scheme, ward, district, zone, block, grade, class,
    form, set, team, pathway, criterion, criteria, principle, theme, strand, area, locality, site, session, model,
    action, scenario, task, tranche, panel, rooms, supplement, covid, sars-cov, proposal, proposals, dashboard, element,
    stages, grades, levels, phases, tiers, bands, update, decision, options, quintile, decile, quartile"""
)
#: (r27review) a band named by its place, whose value a benchmark table gives after it ("Upper quartile 67 Lower
#: quartile 45 England average 56"): the number is the band's value, not its name ("schools in quintile 5")
_BAND_VALUE_LEFT = re.compile(r"(?i)\b(?:top|bottom|upper|lower|highest|lowest|middle)\s+(?:quartile|quintile|decile)$")
_NAME_LEFT = re.compile(rf"\b{_NAME_WORDS.regex}\s*$", re.I)
#: (r17review) the plural name words (r17prec: "Stages 3-7", "grades 9 to 4"), which name a range or list of numbers
_PLURAL_NAME_WORDS = (" stages", " grades", " levels", " phases", " tiers", " bands", " options")
#: the words before a period ("month 4", "week 12")
_PERIOD_WORDS = LeftWords("term, semester, month, week, period, fy, financial year")
_PERIOD_LEFT = re.compile(rf"\b{_PERIOD_WORDS.regex}\s*$", re.I)
#: the words before an age ("aged 16", "under the age of 18")
_AGE_WORDS = LeftWords(
    "aged, age, ages, age of, ages of, aged between, aged from, under the age of, over the age of, young people aged"
)
_AGE_LEFT = re.compile(rf"\b{_AGE_WORDS.regex}\s*$", re.I)
_AGE_RIGHT = re.compile(
    r"^(?:\s*(?:-\s*)?(?:and|or|to|-)\s*\d+)?(?:\s*|-)(?:years?|yrs?)?(?:\s*|-)olds?\b|^s\b|^\+|^\s*(?:years?\s+)?(?:and|or)\s+(?:over|above|older|under|below|younger)\b",
    re.I,
)
_AGE_BANDS = {(0, 5), (0, 19), (0, 25), (2, 4), (3, 4), (5, 11), (5, 16), (11, 16), (11, 18), (11, 19), (13, 19),
              (14, 19), (16, 18), (16, 19), (16, 24), (16, 25), (18, 21), (18, 24), (18, 25), (19, 25)}
#: the age bands of the DfE's children-looked-after tables (under 1, 1-4, 5-9, 10-15, 16 and over), named bare in a
#: breakdown by age ("• 5-9 - 1,780 children"); alone ("5-9 children") they may be a range of counts
_CLA_AGE_BANDS = {(1, 4), (5, 9), (10, 15), (16, 17)}
#: a value right after a band, after a spaced dash or a colon: "1-4 - 1,529", "10-15: 2,683"
_BAND_VALUE_RIGHT = re.compile(r"^\s*(?:\s[-–]|:)\s*[£\d]")
_AGE_LEFT_SHORT = re.compile(r"\b(?:under|over|post|pre)[-\s]*$", re.I)
#: a change of an age limit: "leaving care age raised to 21", "the age limit was extended to 25"
_AGE_CHANGE_LEFT = re.compile(
    r"\bage(?:\s+limit)?\s+(?:(?:was|is|be(?:ing)?|been|has|had|will)\s+)*"
    r"(?:raised|lowered|increased|extended|reduced|rising|going\s+up|changed)\s+(?:from|to)\s*$",
    re.I,
)
#: "(under 18)", "under 25," : an age limit with no noun counted after it
_UNDER_AGE_LEFT = re.compile(r"\b(?:under|over|aged\s+under|aged\s+over)\s*$", re.I)
_SHARE_AGE_LEFT = re.compile(r"(?i)%\s*(?:(?:were|are|was|is|being)\s+)?(?:aged\s+)?(?:under|over|below|above)\s*$")
_UNDER_AGE_RIGHT = re.compile(r"^(?:\s*[),;:.](?!\d)|\s*$|\s+(?:and|or)\s+(?:under|over)\b)")
_THRESHOLD_LEFT = re.compile(
    r"\b(?:within(?:\s+(?:the|a))?(?:\s+(?:statutory|legal|required|agreed|target|recommended))?|in\s+under|in\s+less\s+than|less\s+than|more\s+than|longer\s+than|over|under|up\s+to|"
    r"at\s+least|after|beyond|exceeding|lasting|for\s+over|for\s+more\s+than|no\s+later\s+than|"
    r"of\s+more\s+than|of\s+less\s+than|(?:instead\s+of|rather\s+than|than|outside(?:\s+of)?|beyond)\s+the)\s*$",
    re.I,
)
_THRESHOLD_RIGHT = re.compile(r"^\s*(?:or\s+(?:more|longer|over|above|less|fewer|under)|and\s+over|\+)\b", re.I)
_LAST_N_LEFT = re.compile(
    r"\b(?:in|over|during|within)\s+(?:the\s+)?(?:last|past|previous|next|coming|first|following)\s*$"
    r"|\b(?:for|compared\s+(?:to|with)|than|on|with)\s+the\s+(?:last|past|previous|first|following)\s*$"
    r"|\b(?:(?:a|the)\s+(?:period|space|span|course)\s+of|in|after|every)(?:\s+(?:just|only))?\s*$"
    # "higher than they have been for 10 years", "the highest level for five years": the span a level is
    # compared over, not a measurement
    r"|\b(?:higher|lower|highest|lowest|greater|greatest|largest|smallest|biggest)\b[^.;:\n]{0,40}\bfor\s*$"
    # "the last 20 years have seen", "for about the last nine months", "over the the last 18 months": a stretch of
    # time back from now, whatever comes before "the"
    r"|\bthe\s+(?:last|past|previous)\s*$"

    # "gifts or hospitality received within the preceding three years", "in the prior 12 months": the same
    r"|\bthe\s+(?:preceding|prior)\s*$",
    re.I,
)
#: a time phrase that points back or forward from now: "6 months previously", "two years ago", "(improved) 2 years in a row"
_TIME_REF_RIGHT = re.compile(
    r"^\s+(?:or\s+so\s+ago|previously|ago|earlier|before(?:hand)?|later|hence|since|in\s+a\s+row|running)\b", re.I
)
#: (r17prec) the time a person has served or lived, not a measurement of a service: "two foster carers each with ten
#: years experience", "marked seven months in the job", "37 years her senior"
_TENURE_OF_LEFT = re.compile(
    r"(?i)\b(?:teacher|head\s*teacher|headteacher|social\s+worker|carer|councillor|member|officer|governor|volunteer|"
    r"nurse|resident|servant)\s+of$"
)
#: (r17review) a tenure averaged over a workforce, a measurement: "5 years experience on average", "2 years' experience,
#: on average"
_ON_AVERAGE_RIGHT = re.compile(r"(?i)^['’]?\s+(?:of\s+)?experience\s*,?\s+on\s+average\b")
#: (r17prec) a verb of an event coming after another: "It came one week after ...", "which happened two days after ..."
_CAME_LEFT = re.compile(r"(?i)\b(?:came|arrived|happened|took\s+place)$")
_TENURE_RIGHT = re.compile(
    r"(?i)^['’]?\s+(?:of\s+)?(?:experience|in\s+(?:the\s+)?(?:job|post|role|office)|(?:his|her|their)\s+(?:senior|junior))\b"
)
#: the lower end of a written range of time: "three" in "the next three to four months"
_TIME_RANGE_RIGHT = re.compile(r"^\s*(?:to|or|-|–)\s*[\w.]+\s+(?:days?|weeks?|months?|years?)\b", re.I)
_MEASURE_LEFT = re.compile(
    r"\b(?:wait|waiting|waits|took|takes|taking|average|averaged|median|mean)\b[^.]{0,25}$"
    r"|\b(?:have|has|had)\s+been\b[^.]{0,30}\bfor\s+(?:over|more\s+than|almost|nearly)\s*$",
    re.I,
)
_YEAR_COUNT_LEFT = re.compile(
    r"\b(?:risen\s+to|rose\s+to|increased\s+to|fallen\s+to|fell\s+to|decreased\s+to|total\s+of|"
    r"of\s+whom|stood\s+at|reached|totalled|totaled|reduction\s+of|increase\s+of|there\s+were|there\s+are)\s*$",
    re.I,
)
_MONTH_LEFT = re.compile(rf"{MONTHS}\s*,?\s*$")
#: (r20prec) the days may be listed with commas before their month: "on 12, 13 and 14 November", "2, 9, 16 and 23 March"
_MONTH_RIGHT = re.compile(
    rf"^\s*(?:st|nd|rd|th)?(?:\s*(?:,\s*(?:and|&)?|and|or|-|–|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?){{0,6}}\s*{MONTHS}"
)
_COUNT_NOUN_RIGHT = COUNT_NOUN_RIGHT  # (r17review) one list with the glued nouns: grammar.GLUED_COUNT_NOUNS
_TITLE_RIGHT = re.compile(
    r"^[ \t\xa0]+[A-Z][\w'’]*(?:[ \t\xa0]+(?:[A-Z&(][\w'’)]*|and|of|for|the|in|-))+"  # on the same line: a value
    # alone on its line before the next row's label ("Child protection plans\n 287\nChildren in need") is a value
    r"|^[ \t]+[A-Z][a-z][\w'’]*\s*(?:[,:]|$|\n)"  # "7 Date, time and business", "2 Apologies"
    r"|^[ \t]+\d{1,2}[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.)"  # "1 1:30pm - Members only briefing"
)
_RATE_BASE_LEFT = re.compile(r"\bper\s*$", re.I)
#: the meeting's own business: time set aside in minutes, attendance of the public, speakers, deputations, petitions,
#: substitutes and apologies, declarations, notice periods, a document's pages, copies or items, an agenda heading's
#: number ("4 Questions from the Public"). (r26recall) Not the counts the minutes record of the meeting's questions,
#: votes, members present or voting: by `tests/gold/README.md` (round 25) "counts in a meeting's
#: procedure: questions received, votes cast, abstentions, members present, co-optees" are figures (blind gold 8 of 8 at
#: 4 councils), and the rules that read them as procedure ("Notice had been received of 5 questions", "received 9 votes",
#: "51 councillors voting against", "(9 for, 2 against)", "7 of 9 members present", "Members present: 7", "appoint two
#: co-optees", "Councillors (12)") are gone
_PROCEDURE_RIGHT = re.compile(
    r"^\s+(?:minutes?|mins?)\b(?!\s+of\b)"
    r"|^\s+(?:members?\s+of\s+(?:the\s+)?(?:public|press)|public\s+speakers?|speakers?\b"
    r"|deputations?|petitions?\s+(?:was|were|(?:had|have|has)\s+been)\s+(?:received|presented)|substitutes?\b|apologies\b)"
    r"|^\s+declarations?\s+of\s+(?:interest|pecuniary)\b"
    r"|^[ \t\xa0]+(?-i:(?:Public\s+)?Questions?\s+(?:from|by|to)\s+(?:the\s+)?(?:Public|Members|Councillors))\b"  # a heading
    r"|^\s+clear\s+(?:working\s+)?days?\b"  # notice periods: "at least three clear working days"
    r"|^\s+pages?\b(?!\s+of\s+(?:the\s+)?(?:plan|report|strategy))"  # "Appendix 2, 24 pages": a document's length
    r"|^\s+(?:\w+\s+)?items?\s+(?:on|of)\s+(?:the\s+)?(?:agenda|business)\b"  # "3 items on the agenda"
    r"|^\s+(?:paper\s+|printed\s+|hard\s+)?copies\s+of\s+(?:the\s+)?(?:agenda|minutes|papers)\b"  # "Two paper copies of the agenda"
    # what the committee chose to ask about: "three areas on which to focus questions", "four areas for questioning"
    r"|^\s+(?:key\s+)?(?:areas?|topics?|themes?|issues?|lines?\s+of\s+(?:en|in)quiry)\s+"
    r"(?:(?:on|about)\s+which\s+to\s+(?:focus|ask|direct)\b|for\s+(?:questions?|questioning)\b)",
    re.I,
)
#: how the meeting's time is shared out: "meetings will last no more than three hours, with two hours
#: focused on the theme", "one hour of each meeting would be set aside for the theme"
_MEETING_LENGTH_LEFT = re.compile(r"(?i)\bmeetings?\b[^.;]{0,80}\b(?:last|lasts|lasted|lasting|run|runs|ran)\b[^.;]{0,60}$")
_MEETING_TIME_RIGHT = re.compile(
    r"(?i)^\s+(?:of\s+(?:each|every|the)\s+meeting\b|(?:focused|focussed|dedicated|devoted|given|allocated|set\s+aside)\s+"
    r"(?:on|to|for)\s+(?:the\s+)?(?:theme|themed|item|agenda|discussion|business)\b)")
_HOURS_END = re.compile(r"(?i)\b(?:hours?|hrs?)$")
#: how long the webcast stays on the website: "The video will remain available to view for 180 days"
_RECORDING_LEFT = re.compile(
    r"(?i)\b(?:video|recording|webcast|broadcast|footage|livestream)\b[^.;]{0,80}\bavailable\b[^.;]{0,40}$")
#: a stretch of financial, academic or school years after the number: "the following three financial years"
_QUALIFIED_TIME_RIGHT = re.compile(r"(?i)^\s+(?:financial|academic|school|calendar)\s+(?:years?|months?|terms?)\b")
_QUALIFIERS_FIRST = ("financial", "academic", "school", "calendar")
_DOUBTFUL_ONE = re.compile(r"^one$", re.I)
#: a sub-number in brackets after a reference glued to "No.": "Further to Minute No.19 (3) of 27 September"
_GLUED_NO_REF_LEFT = re.compile(
    r"(?i)\b(?:minutes?|items?|paragraphs?|paras?|sections?|rules?|orders?|regulations?|resolutions?|decisions?)\s+no\.?\s*\d{1,4}[a-z]?\s*\($")
#: a year cut short after its day and month: "held on Thursday 6 January 202, as circulated" (a typo of "2022")
_DAY_MONTH_LEFT = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}\.?$")

#: "one" counted beside another count of the same kind of thing: "build one secondary and 13 primary schools",
#: "one full-time and two part-time posts", "one special school or two resource bases" (a count with its unit
#: elided or shared), not a pronoun ("at one and two", "one of ...", "one another")
_ONE_COORD_RIGHT = re.compile(
    r"(?i)^\s+(?!(?:of|another|in|by|to|or|and|is|was|way|day|more)\b)[a-z][a-z-]*(?:\s+(?!(?:of|in|by|to|is|was)\b)[a-z][a-z-]*)?"
    r"\s+(?:and|or|plus)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+[a-z]")
#: (r20prec) "one" set against "one"/"the other" with and without something: "two options were presented, one with the
#: 0.5% transfer and one without" (a pronoun, not a count)
_ONE_CONTRAST_RIGHT = re.compile(
    r"(?i)^\s+with(?:out)?\b(?:[^.;]|\.(?=\d)){0,80}?(?:\band|\bor|,)\s+(?:one|the\s+other|another)\s+with(?:out)?\b")
_ONE_COORD_LEFT = re.compile(r"(?i)\b(?:at|any|no|the|this|that|each|every|which|only|of|than|for|and\s+a)\s*$")
#: a day range after its month: "from January 13 to 24", "January 13-24", "Jan 3 – 7"
_DAY_RANGE = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to)\s*(\d{1,2})(?:st|nd|rd|th)?")
_MONTH_BEFORE = re.compile(rf"{MONTHS}\.?\s*$")
#: a span of time that frames an event, not a measurement: "two years after social care was condemned as
#: inadequate", "Three years after Ofsted rated the service inadequate, ...", "Six months on from the inspection, ..."
#: (the number opens its clause; "adopted 18 months after entering care" is a measured interval and stays)
_AFTER_EVENT_RIGHT = re.compile(r"(?i)^\s+(?:after\s+(?![a-z]+ing\b)|on\s*,|on\s+from\b)")
#: what opens a clause before such a span: the start of a line, a sentence or a clause, a dash
_CLAUSE_OPEN_END = (".", "!", "?", ";", ":", ",", "-", "–", "—", "(", "â", "\u2013", "\u2014")
#: years of a condition the text blames, not a measured length: "10 years of austerity", "after 12 years of cuts"
_YEARS_OF_CONDITION_RIGHT = re.compile(
    r"(?i)^\s+of\s+(?:(?:government|council|funding|budget|public[-\s]sector|spending)\s+)?"
    r"(?:austerity|cuts|under-?funding|under-?investment|disinvestment|neglect|decline|reductions|stagnation|"
    r"pay\s+freezes?|lockdowns?|the\s+pandemic|covid)\b")
#: a distance in a placement's definition: "living 20 miles outside of the borough", "placed 20 miles from home",
#: "2,075 live 100 miles away" (a threshold: more than so far); "the furthest placement is 289 miles away" is a
#: measurement
_DISTANCE_LIMIT_RIGHT = re.compile(
    r"(?i)^\s+(?:or\s+(?:more|further)\s+)?(?:outside|away|out\s+of|beyond|from\s+(?:home|their|the|his|her|its|where))\b")
#: (r27prec) the statutory walking distance of home-to-school transport, a rule's bound (the gold README's `the walking
#: distance of three miles`; r24blindH Hampshire)
#: (r27review) "is"/"was" only after "statutory" or "legal": "the walking distance was 2.3 miles on average" is measured
_WALKING_DISTANCE_LEFT = re.compile(
    r"(?i)\b(?:the|statutory|legal)\s+walking\s+distances?\s+of$|\b(?:statutory|legal)\s+walking\s+distances?\s+(?:is|was)$")
_DISTANCE_MEASURE_LEFT = re.compile(
    r"(?i)\b(?:furthest|farthest|average|averaged|longest|nearest|closest|distance|travel\w*|journeys?)\b[^.;:\n]{0,20}$"
    r"|\b(?:is|was|are|were|be|been|being)\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|just\s+|roughly\s+)?$")
#: (r8prec2) the stretch a value was measured over, named back with "the": "saving £34m over the three-year period",
#: "across the four-year period", "during the 2 year period" (a period, like "over the next 5 year period"); "within a
#: five year period", "within a 12-month period" is a threshold (like "within 12 months")
_OVER_THE_PERIOD_LEFT = re.compile(r"(?i)\b(?:over|across|during|throughout)\s+(?:the|this|that)\s*$")
_WITHIN_PERIOD_LEFT = re.compile(r"(?i)\bwithin\s+(?:a|the|one|any)\s*$")
_PERIOD_NOUN_RIGHT = re.compile(r"(?i)^(?:-|\s+)?(?:years?|months?|weeks?)?\s*period\b")
#: (r8prec2) "a legacy of 16 years where ...", "the legacy of ten years of underfunding": the span of a condition
_LEGACY_LEFT = re.compile(r"(?i)\blegacy\s+of\s*$")
#: (r8prec2) the thresholds of national indicators' definitions: "at least five GCSEs", "5 or more good GCSEs",
#: "five A*-C GCSEs", "five A* to C grade GCSEs", "5 or more A*-C GCSE's" (attainment); "at least three placements
#: in 12 months", "more than two placement moves" (placement stability, like "three or more placements"); "looked
#: after for two and a half years", "in the same placement for two years", "continuously looked after for 2.5 years"
#: (long-term stability)
_GCSE_RIGHT = re.compile(
    r"(?i)^\+?\s+(?:or\s+more\s+)?(?:(?:good|higher|higher[-\s]grade|standard)\s+)?"
    r"(?:(?:grades?\s+)?(?:A\*?|9)\s?(?:-|–|to)\s?(?:C|4)\s+(?:grades?\s+)?)?(?:GCSEs|GCSE'?s|GCSE\s+(?:passes|grades)|passes)\b")
#: bare "five GCSEs" is a definition only after "at least", "more than" (not "she gained five GCSEs")
_GCSE_BARE_RIGHT = re.compile(r"(?i)^\s+(?:GCSEs|passes)\b")
_AT_LEAST_LEFT = re.compile(r"(?i)\b(?:at\s+least|more\s+than|no\s+fewer\s+than|a\s+minimum\s+of)\s*$")
_PLACEMENTS_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:different|separate|or\s+more)\s+)?(?:placements?|placement\s+(?:moves|changes)|moves|changes\s+of\s+placement)\b"
    r"[^.;:\n]{0,30}?(?:\b(?:in|during|within|over)\s+(?:a|the|one|12|twelve|the\s+(?:last|past|previous))"
    r"(?:\s+(?:12|twelve))?\s+(?:years?|months?)\b|\ba\s+year\b)")
_LONG_TERM_LEFT = re.compile(
    r"(?i)(?:\blooked\s+after|\bin\s+(?:the\s+same|their\s+current|one|a\s+single|a\s+stable)\s+(?:placement|home))"
    r"(?:\s+continuously)?\s+for\s*$")
#: the lengths of those definitions: two and a half years, two years, twelve months
_LONG_TERM_SURFACE = re.compile(r"(?i)(?:two|2|2\.5)\s+years?|(?:12|twelve)\s+months")
_LONG_TERM_MEASURE_LEFT = re.compile(r"(?i)\b(?:average|averaged|median|mean|typically|usually)\b[^.;:\n]{0,50}$")
_AND_A_HALF_YEARS_RIGHT = re.compile(r"(?i)^[-\s]+and[-\s]+a[-\s]+half[-\s]+years?\b")
#: the base of a rate, after it or before it: "172 in every 10,000 young people", "92 for every 10,000 children", "For
#: every 10,000 youngsters in the resort, 184 were in care", "Out of every 10,000 children, 92 ..." (a round base only:
#: "one in every five" is a share, its five no base)
_EVERY_BASE_LEFT = re.compile(r"(?i)\b(?:for|in|out\s+of|of)\s+(?:every|each)\s*$")
_RATE_BASES = frozenset(("1,000", "10,000", "100,000", "1000", "10000", "100000"))
#: (speed) the first words of the right context _GCSE_RIGHT and _PLACEMENTS_RIGHT can match ("": none, as "+ A*-C")
_GCSE_FIRST = frozenset(("", "or", "good", "higher", "standard", "grade", "grades", "a", "gcse", "gcses", "passes"))
_PLACEMENTS_FIRST = frozenset(("different", "separate", "or", "placement", "placements", "moves", "changes"))
_AT_LEAST_ENDS = ("least", "than", "of")
#: (speed) the first words of the right context _PERIOD_NOUN_RIGHT can match (besides a "-" first, or a word ending in
#: "period": "period", "year period" glued as "yearperiod")
_PERIOD_FIRST = frozenset(("year", "years", "month", "months", "week", "weeks"))
#: an age at an event of a child's life: "the youngest having arrived in Cornwall at 13", "came into care at 15 or 16",
#: "left care at 18 and ...", "had entered care at 14."
_AGE_AT_EVENT_LEFT = re.compile(
    r"(?i)\b(?:arriv(?:e|ed|es|ing)|c(?:a|o)me\s+(?:in)?to\s+care|com(?:e|es|ing)\s+(?:in)?to\s+care|enter(?:ed|ing|s)?\s+care|"
    r"(?:left|leave|leaves|leaving)\s+(?:care|school|home)|born|adopted|(?:was|were|been)\s+(?:placed|excluded|diagnosed|referred|accommodated)|"
    r"became\s+(?:looked\s+after|a\s+(?:mother|parent|carer)))\b[^.;:\n]{0,40}\bat$")
_AGE_AT_EVENT_RIGHT = re.compile(
    r"(?i)^(?:\s*(?:[.,;:)!?]|$)|\s+(?:or|and|to)\s+\d{1,2}\b(?!\s*(?:%|per))|\s+years?\s+(?:old|of\s+age)\b|\s+(?:and|but|when|after|before|with)\b)")
#: a line linking to another story on a news page (the clean stage drops it; text read without it keeps it)
_LINK_LINE = NEWS_LINK_LABEL


# precompiled patterns of the hot paths (classification, phrases, scanning)
_AGE_BAND_RE = re.compile(r"(\d{1,2})\s?(?:-|–|to)\s?(\d{1,2})")
#: a range of ages named by what follows it: "the 5-18 cohort", "0-4 population", "the 10 to 17 age group"
_AGE_GROUP_RIGHT = re.compile(
    r"^\s+(?:cohorts?|populations?|age\s+(?:groups?|range|bands?)|year\s+olds?|yr\s+olds?|services?|provision|offer)\b", re.I
)
_ONE_TWO_DIGITS = re.compile(r"\d{1,2}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_NAME_SURFACE = re.compile(r"\d{1,2}(?:\s?(?:-|to)\s?\d{1,2}|\.\d{1,2})?|[a-zA-Z]+")
#: the name words a decimal can follow ("Room 2.14", "Version 3.0", "Phase 1.2"); after the others a
#: decimal is a value ("in the area 45.2 children per 10,000", "across the district 12.5 per 1,000")
_DECIMAL_NAME_LEFT = re.compile(r"(?i)\b(?:rooms?|version|phase|stage|step|priority|objective|action|option|task|"
                                r"standard|criterion|principle|outcome|measure|indicator|kpi|pi)\s*$")
_YEAR_SURFACE = re.compile(r"(?:19|20)\d{2}|(?:19|20)\d{2}\s?(?:-|–|to)\s?(?:19|20)\d{2}")
_OR_MORE_RIGHT = re.compile(r"^\s+or\s+(?:more|fewer|less|over)\b", re.I)
_QUARTERS_RIGHT = re.compile(r"^\s+(?:quarters|terms|semesters)\b(?!\s+of\b)")
_TERMS_RIGHT = re.compile(r"^\s+(?:quarters|terms|semesters)\b", re.I)
_STRETCH_LEFT = re.compile(r"\b(?:first|last|past|previous|next|final|remaining|coming)\s*$", re.I)
#: a number opening a numbered point inside a text: "RESOLVED: 1. That ...", "... noted. 2. That ..."
_POINT_LEFT = re.compile(r"(?:^|[.:;]\s+|[-–—]\s+)$")
_POINT_RIGHT = re.compile(r"^[.)]\s+[A-Z]")
#: (r27prec) an agenda item's title after its number and dot, with the pages of its papers in brackets on the same line:
#: ". Capital Programme (Pages 59 - 72)" (the agendas of North Yorkshire r26blindN and Cornwall write their items so;
#: Norfolk's without the dot): the number is the item's, whatever is run on before it
_ITEM_PAGES_RIGHT = re.compile(r"\.[ \t\xa0]+[A-Z][^\n.;]{0,110}?\((?:Pages?|pp?\.)[ \t\xa0]*\d{1,3}")

#: (r27review) the rest of the item's pages, closing its line: "(Pages 59 - 72)\n"
_PAGES_LINE_END = re.compile(r"(?:[ \t\xa0]*[-–][ \t\xa0]*\d{1,3})?\)[ \t\xa0]*(?:\n|$)")


def _item_neighbour(text: str, s: int, e: int, n: int) -> bool:
    """(r27review) Whether the agenda item number ``n`` (``text[s:e]``) has its neighbour in the agenda: ``n + 1`` in the
    600 characters after it or ``n - 1`` in the 600 before, each before a dot and a capitalised title.

    >>> t = "Items for Decision 4. High Needs Budget (Pages 17 - 28) 5. Proposed Element 3 (Pages 29 - 52)"
    >>> _item_neighbour(t, t.index("4."), t.index("4.") + 1, 4)
    True
    >>> t = "Care leavers in EET: Total 14. Members noted the Annual Report (Page 7) with interest."
    >>> _item_neighbour(t, t.index("14."), t.index("14.") + 2, 14)
    False
    """
    after = re.search(rf"(?<![\d.,£$]){n + 1}\.[ \t\xa0]+[A-Z]", text[e:e + 600])
    return after is not None or n > 1 and re.search(rf"(?<![\d.,£$]){n - 1}\.[ \t\xa0]+[A-Z]", text[max(0, s - 600):s]) is not None
#: (r13prec) a report's two-level paragraph number ("1.3", its dot after it) after a sentence's end or a heading's last
#: word ("Executive Summary 1.1. The purpose", "Regulation 2010 2.1. The Regulations"); "an average of 62.0. Sheffield"
#: (a lower-case word before) stays a value
#: (its two parts grouped: :func:`.layout.numbers_a_paragraph` reads them too, r23tidy)
PARA_NUMBER = re.compile(r"(\d{1,2})\.(\d{1,2})")
#: (r23prec) a two-level number cited as a part of a document by what follows it, whatever comes before ("noted in
#: 1.3 of the report", "for 1.1. of the report"; with its word before, "section 4.7 of the report", it is a reference
#: already): no value is "of the report"
_OF_THE_REPORT_RIGHT = re.compile(
    r"(?i)^\.?[ \t\xa0]+of[ \t\xa0]+(?:the|this|that)[ \t\xa0]+"
    r"(?:(?:covering|main|cabinet|officers?['’]?s?)[ \t\xa0]+)?(?:report|appendix|annex|annexe|paper|document)\b")
#: (r23tidy) what :data:`_OF_THE_REPORT_RIGHT` may open with: a dot or one of the spaces it allows (not "": a tuple)
_DOT_OR_SPACE = (".", " ", "\t", "\xa0")
#: (r20prec) a report's section number run into the text before its heading in capitals and the heading's first
#: sentence or line: "Equalities Analysis 1. SUMMARY Further to", "Risk Register 2. PURPOSE OF REPORT The report",
#: "DETAILS 1.\nINTRODUCTION\n"; the word before is capitalised (a title's last word), never a lower-case one or a
#: sign ("the total was 45. SUMMARY" keeps its value)
_CAPS_HEADING_RIGHT = re.compile(
    r"^\.[ \t\xa0]*\n?[ \t\xa0]*[A-Z]{4,}(?:[ \t\xa0]+(?:[A-Z]{2,}|&))*[ \t\xa0]*(?:\n|[ \t\xa0][A-Z][a-z])")
_CAPS_HEADING_LEFT = re.compile(r"(?:^|\s)[A-Z][A-Za-z’']*$")
#: (two capitalised words, or one after a section's number "2. Background": "The rate in England 12.5. The rate in
#: Leeds was 14.1" keeps its value)
_HEADING_END_LEFT = re.compile(r"(?:\b[A-Z][A-Za-z]*[ \t\xa0]+){2,}$|(?:^|\s)\d{1,2}\.?[ \t\xa0]+[A-Z][A-Za-z]*[ \t\xa0]+$|"
                               r"\b(?:19|20)\d{2}[ \t\xa0]+$")
#: (r13prec) a count opening a bullet's line before what it counts, in capitals ("4 Nursery Schools", "111 Primary
#: Schools", "304 Education Health and Care Plans ( EHCPs ) as of ..."): not an agenda item's title; "5 Schools Forum
#: Membership" (a capitalised word after the noun) stays a title
_COUNTED_TITLE_RIGHT = re.compile(
    r"^[ \t\xa0]+(?:[A-Z][\w'’]*[ \t\xa0]+(?:(?:and|of)[ \t\xa0]+)?){0,5}(?:Schools|Plans|EHCPs|Places|Settings|Pupils|Academies|"
    r"Nurseries|Placements|Referrals|Families|Carers|Vacancies|Beds)\b(?![ \t\xa0]*[A-Z\w])")
#: (r13prec) the number of preferences an admissions scheme allows: "one of their six preferences", "parents may
#: express up to three preferences", "increase from 3 to 5, the number of school preferences"
_PREFERENCES_RIGHT = re.compile(r"(?i)^\s+(?:school\s+)?preferences\b")
_PREFERENCES_LEFT = re.compile(r"(?i)\b(?:of\s+(?:their|the|your|his|her|its)|up\s+to|express(?:ing)?|list(?:ing)?|nam(?:e|ing)|"
                               r"mak(?:e|ing)|giv(?:e|ing)|all|allowed|permitted)$")
#: (r20prec) the number of preferences changed, named before the change: "the increase in preferences from 3 to 6",
#: "the number of school preferences was increased from three to five"
_PREFERENCES_FROM_LEFT = re.compile(
    r"(?i)\bpreferences\b(?:\s+[a-z]+){0,3}?\s+from(?:\s+(?:\d|one|two|three|four|five|six|seven|eight)\s+to)?$")
_NUMBER_OF_PREFERENCES_RIGHT = re.compile(
    r"(?i)^(?:\s+to\s+(?:\d{1,2}|one|two|three|four|five|six|seven|eight))?\s*,?\s+the\s+number\s+of\s+(?:school\s+)?preferences\b")
#: a plural length naming a thing: "a 12 months period", "the 3 years plan"
_PLURAL_NAME_RIGHT = re.compile(
    r"^\s+(?:period|plan|programme|strategy|review|average|window|cycle|contract|timescale|timeframe|pilot)\b", re.I
)
#: (r13prec) also a sub-item after a list letter: "Matters Arising on 20 May 2014 (b) (1), a representative ..."
_LIST_OPEN_LEFT = re.compile(r"(?:^|[;:.\-–—]\s*|\b(?:that|and|resolved|agreed)\s*|\((?:[a-h]|i{1,3}|iv|v|vi{1,3})\)[ \t]*)\($", re.I)

#: "between 2009 and 2014", "Between 2023 and 2028"
_YEAR_SPAN = re.compile(r"(?i:between)\s+(?:19|20)\d{2}\s+and\s+(?:19|20)\d{2}")
_AGE_BETWEEN = re.compile(r"(?i:between)\s+(\d{1,2})\s+and\s+(\d{1,2})(?:\s+years?)?")
#: people named just before a number: "children between 11 and 18", "young people 16-25 years"
_PEOPLE_LEFT = re.compile(r"\b(?:children|young\s+people|pupils|students|learners|people|adults|those|person|persons)\s*$", re.I)
_YEARS_END = re.compile(r"\s*(?:years?|yrs?)$", re.I)
#: (r20prec) a group of children or young people, or a school year, with a bracket opened after it: the range of years
#: in the bracket is the group's ages ("reception year children (4-5 years)", "children in year 6 (10-11 years)",
#: "young people (16-18 years)")
_GROUP_BRACKET_LEFT = re.compile(
    r"(?i)\b(?:children|young\s+people|pupils|students|learners|teenagers|infants|babies|toddlers|reception|"
    r"year\s*\d{1,2}|nursery)(?:\s+(?:year|class|group|cohort|age))?\s*\($")
_LISTED_KINDS = {"reference", "name", "age"}
_MONTH_SHORT_LEFT = re.compile(rf"{MONTHS}\s*'?\s*$")
#: a counted noun after "In March 12 ...": "new foster carers", "care leavers", "additional placements"
_COUNTED_AFTER_MONTH = re.compile(
    r"(?i)^\s+(?:(?:new|more|additional|further|extra|other|young|care|foster|social|agency|looked)\b"
    r"|(?!(?:this|thus|does|less|unless|towards|perhaps|always|across|whereas|besides|plus)\b)[a-z]{3,}s\b)"
)
#: (r17prec) the number of bedrooms of a house or flat, a kind of property rather than a count: "two three-bedroomed
#: properties", "three four-bed houses", "a 5 bedded house", "1-bedroom flats", "three to four-bedroom houses" (a home's
#: beds are left alone: "a 13-bed children's home" is its capacity)
_BED_SIZE_RIGHT = re.compile(
    r"(?i)^(?:\s*(?:to|or|-|–|/)\s*\w+)?[-\s]?bed(?:rooms?|roomed|ded)?\s+(?:(?:detached|semi-detached|terraced|family|"
    r"new|rental|social|private|council|residential)\s+)?(?:houses?|propert(?:y|ies)|flats?|bungalows?|dwellings?|apartments?)\b"
)
#: (r17review) a children's or care home named after a house's bedrooms, in the same sentence: the house is to be one
_HOME_USE_RIGHT = re.compile(r"(?i)^[^.;]*?\b(?:children['’]?s|care|residential)\s+homes?\b")
#: the lengths of time hyphened to a number that name a thing or span with it ("six-month reviews", "a three-year plan"):
#: one list for :data:`_HYPHEN_UNIT_NAME_RIGHT` and :data:`_HYPHEN_UNIT_AFTER_WORD` (units of time: grammar, kept here)
_HYPHEN_TIME_UNITS = ("day", "week", "month", "year")
#: (r19prec also "-point", "-step", "-stage": "the nine-point action plan", as grammar's hyname reads "9-point")
_HYPHEN_UNIT_NAME_RIGHT = re.compile(r"(?i)^-(?:" + "|".join(_HYPHEN_TIME_UNITS + ("hour", "minute", "point", "step", "stage"))
                                     + r")\s+(?!(?:of|and|or|to|in|on|at|for|was|were|is|are)\b)[a-z]")
#: (r23prec) a word that may qualify a plan's noun between its length and the noun ("a three-year strategic recovery
#: plan", "a 10-year high needs recovery plan", "a two-year service offer"): not a function word, a verb of being or
#: having, "old" (an age: "the 2 year old offer") or a recurring check's noun ("a 6 month review plan" names a review)
_PLAN_QUALIFIER = (r"(?!(?:of|and|or|to|in|on|at|for|by|with|from|into|the|a|an|its|their|our|this|that|these|those|"
                   r"which|who|was|were|is|are|be|been|being|has|have|had|will|would|can|could|may|old|review|reviews|"
                   r"check|checks)\b)[a-z][a-z’'-]*")
#: what a length in years can be the length of: "a 5 year strategy", "a three-year plan"
PLAN_NOUN_RIGHT = re.compile(
    r"(?i)^\s+(?:plans?|strateg(?:y|ies)|programmes?|programs?|period|timeline|timescale|deal|settlement|"
    r"contract|investment|funding|agreement|commitment|recovery\s+plan|improvement\s+plan)\b"
)
#: (r23prec) a plan, strategy, programme, course or service offer after up to three words that qualify it (its noun
#: phrase read to its head: tests/gold/README.md, "Stretches of time": the length of a plan, programme, course or
#: service offer is a figure), a singular one: a plural after qualifying words is a kind of plan many keep ("3-year
#: budget plans"; the gold's one unmarked plan length). (r23review) Only after a length said in the singular, as a
#: length before its noun is ("a three-year ... plan"): after "three years" the words are a clause's subject and verb
#: ("for three years schools plan to ...", "providers offer places"), not a plan (:func:`plan_noun_right`)
QUALIFIED_PLAN_RIGHT = re.compile(
    rf"(?i)^\s+(?:{_PLAN_QUALIFIER}\s+){{1,3}}(?:plan|strategy|programme|program|offer|course)\b"
)


def plan_noun_right(right: str, singular: bool) -> bool:
    """(r23review) Whether the words ``right`` after a length in years name what it is the length of: a plan's noun
    right after it (:data:`PLAN_NOUN_RIGHT`), or, when the length is said in the singular ("three-year", "5 year"), a
    plan's noun after up to three qualifying words (:data:`QUALIFIED_PLAN_RIGHT`).

    >>> plan_noun_right(" strategic recovery plan", True), plan_noun_right(" schools plan to", False)
    (True, False)
    >>> plan_noun_right(" strategy for schools", False)
    True
    """
    return PLAN_NOUN_RIGHT.match(right) is not None or singular and QUALIFIED_PLAN_RIGHT.match(right) is not None
#: a plan, strategy or programme named with capitals after its length: "a three-year Council Plan 2021-24",
#: "the 5 year Capital Programme", "a 10-year SEND Strategy"
NAMED_PLAN_RIGHT = re.compile(r"^\s+(?:[A-Z][\w&'’]*\s+){1,3}(?:[Pp]lans?|[Ss]trateg(?:y|ies)|[Pp]rogrammes?)\b")
_YEARS_END_RE = re.compile(r"(?i)(?:\s|-)years?$")
#: "-year" right after a number: "a 3-year plan" (also used by :mod:`.phrase`)
HYPHEN_YEARS_RIGHT = re.compile(r"(?i)^-years?\b")


#: the last characters a surface that ``_YEARS_END_RE`` finds can end with (re.IGNORECASE: "ſ" is an "s"; "$" also
#: matches before a final line break)
_YEARS_LAST = frozenset("rRsSſ\n")


def _plan_length(surface: str, right: str) -> bool:
    """Whether a number of years is the length of a plan, strategy, programme or period it names
    ("a 5 year strategy", "a three-year plan"): a measurement, unlike "a 6 month review" (a name)."""
    if surface[-1:] in _YEARS_LAST and _YEARS_END_RE.search(surface):  # (the pattern ends with "year(s)")
        return plan_noun_right(right, surface[-1:] in "rR") or NAMED_PLAN_RIGHT.match(right) is not None
    if right[:1] != "-":
        return False  # (HYPHEN_YEARS_RIGHT begins with "-")
    m = HYPHEN_YEARS_RIGHT.match(right)
    if m is None:
        return False
    rest = right[m.end():]
    return plan_noun_right(rest, m.end() == 5) or NAMED_PLAN_RIGHT.match(rest) is not None  # ("-year", not "-years")


#: a line holding only a page number: "3 of 12", "- 4 -", "Page 3"
_PAGE_LINE_AT = re.compile(r"[ \t\xa0]*(?:[-–][ \t]*\d{1,3}[ \t]*[-–]|\d{1,3}[ \t]+of[ \t]+\d{1,3})[ \t\xa0]*(?:\n|$)")


def _line_start(text: str, i: int) -> int:
    """Where the line holding ``text[i]`` starts."""
    return text.rfind("\n", 0, i) + 1


_MEMBERS_RIGHT = re.compile(r"(?i)^\s+(?:members|councillors|cllrs)\b(?!\s+of\s+(?:the\s+)?(?:staff|team|workforce))")
_ABSENCE_LEFT = re.compile(r"(?i)\b(?:apologies|absent|absence|substitut\w*)\b[^.;]{0,60}$")
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")
_CLOCK_LEFT = re.compile(
    rf"(?:\b(?:until|till|commencing|starting)|\d{{4}}|{MONTHS})\s*,?\s*$"
    # "at"/"from" only after the meeting's own verbs: "reconvened at 20.15", not "stood at 19.45"
    r"|\b(?:meeting|commenced|commences|started|starts?|began|begins?|closed|closes|ended|ends?|finished|"
    r"adjourned|reconvened|resumed|concluded|held|time)\b[^.;]{0,30}\b(?:at|from)\s*$",
    re.I,
)
_SUBNUMBER_RIGHT = re.compile(r"^\)\s*\(\s*(?:[a-z]{1,3}|\d{1,2})\s*\)")
_QUORUM_LEFT = re.compile(r"(?i)\bquorum\s*:?\s*$")
#: a rank band's head word after a determiner: "in the top 25%", "one of their top three preferences", "the lowest two bands"
_TOP_LEFT = re.compile(
    r"(?i)\b(?:in|into|within|among|amongst|of|the|their|its|our|your|his|her|my)\s+(?:the\s+)?(?:top|bottom|lowest|highest)\s*$"
)
#: the last letters of a rank band's head word (:data:`_TOP_LEFT`)
_TOP_ENDS = ("top", "bottom", "lowest", "highest")
#: (r18left) a noun of change after a share: "the highest 2.3% rise", "its lowest 4% increase" (a value, not a band)
_CHANGE_NOUN_RIGHT = re.compile(
    r"(?i)^\s+(?:rises?|increases?|falls?|drops?|reductions?|decreases?|growth|rates?|improvements?|jumps?|"
    r"levels?|figures?|scores?)\b")


_POSSESSIVES = (" its", " their", " our", " his", " her", " my", " your")


def _record_value(surface: str, lt: str, right: str, is_pct: bool) -> bool:
    """Whether the number ``surface`` after "highest" or "lowest" (``lt``: the left context without its spaces at the
    end) is a record value, not the size of a rank band: "Children's services had its highest 1,200 referrals in
    March", "Norfolk recorded the highest 2.3% rise in the region", "the service saw its lowest 45 contacts". A band's
    size is a small whole number ("the lowest two bands", "among the highest 10 authorities") or a share that its
    members fall in ("the highest 10% of earners", "in the lowest 20% funded"), or a count after "the" ("the lowest 30
    areas"); "top" and "bottom" name bands alone.

    >>> [_record_value(s, "its highest", r, p) for s, r, p in (("1,200", " referrals", False), ("2.3%", " rise", True),
    ...     ("45", " contacts", False), ("5%", " rise", True), ("two", " bands", False), ("10", " authorities", False),
    ...     ("10%", " of earners", True))]
    [True, True, True, True, False, False, False]
    >>> _record_value("45", "the top", " schools", False), _record_value("30", "the lowest", " areas", False)
    (False, False)
    >>> _record_value("30", "our lowest", " schools", False), _record_value("25", "its lowest", " performing schools", False)
    (False, False)
    """
    if not lt[-7:].lower().endswith(("highest", "lowest")):
        return False
    if "," in surface or "." in surface:
        return True  # "its highest 1,200 referrals", "the highest 2.3% rise": a band is no decimal or thousands
    if is_pct:
        return _CHANGE_NOUN_RIGHT.match(right) is not None
    # a count above 20 after a possessive: "its lowest 45 contacts" ("the lowest 30 areas" stays a band); (r18review) not
    # before the members a band ranks, or a participle that ranks them: "our lowest 30 schools", "its lowest 25
    # performing schools", "its highest 40 earners"
    return surface.isdecimal() and int(surface) > 20 and (" " + lt[:lt.rfind(" ")].lower()).endswith(_POSSESSIVES) \
        and not _BAND_MEMBER_RIGHT.match(right)


#: (r18review) what a rank band of a count ranks: places and bodies, earners, or a participle of ranking
_BAND_MEMBER_RIGHT = re.compile(
    r"(?i)^\s+(?:[a-z]+ing\b|ranked\b|schools?\b|academies\b|settings?\b|providers?\b|authorities\b|councils?\b|areas?\b|"
    r"wards?\b|lsoas?\b|neighbourhoods?\b|districts?\b|boroughs?\b|regions?\b|earners?\b|performers?\b|trusts?\b)")
#: (r26mend) the words of a vote's tally, "For 6 Against 3 Abstentions 0": a count after (or before) one of them is the
#: meeting's vote, a figure (`tests/gold/README.md`), never a number inside a name
_VOTE_WORD = r"(?:For|Against|Abstentions?|Abstain(?:ed|ing|s)?)\b"
#: a one-digit number inside a name: "Progress 8", "Attainment 8", "Change 4 Life" (not between the words of a vote's
#: tally: :data:`_VOTE_WORD`)
_BRAND_NUMBER = re.compile(
    rf"\b(?:Progress|Attainment)\s+(8)\b|\b(?!{_VOTE_WORD})[A-Z][a-z]+\s+(\d)\s+(?!{_VOTE_WORD})[A-Z][a-z]+\b")


def _brand_number(text: str, s: int) -> bool:
    """Whether the one-digit number at ``text[s]`` is inside a name ("Progress 8", "Change 4 Life")."""
    for m in _BRAND_NUMBER.finditer(text, max(0, s - 14), min(len(text), s + 12)):
        if s in (m.start(1), m.start(2)):
            return True
    return False
#: a length that is a wait or a delay is a measurement, hyphenated or not: "a 10-day delay", "the 18-week wait"
_WAIT_NOUN_RIGHT = re.compile(r"(?i)^\s+(?:waits?|waiting\s+(?:times?|lists?)|delays?|backlogs?)\b")
_CASELOAD_LEFT = re.compile(r"(?i)\b(?:caseloads?|cases|case\s+loads?)\b[^.;]{0,30}$")
_SLASH_YEAR_RIGHT = re.compile(r"^/(?:19|20)\d{2}\b")
#: (r20prec) a code in capitals, then a number and a two-digit year: "CAB 45/24", "EXE 12/23" (as "45/19 MINUTES")
_SHORT_YEAR_CODE_RIGHT = re.compile(r"^/(?:0\d|1\d|2\d|30)\b(?![/\d.,%])")
_CODE_WORD_LEFT = re.compile(r"(?:^|[\s(])[A-Z]{2,6}$")
_FREQUENCY_RIGHT = re.compile(r"^(?:\s+|-)(?:monthly|weekly|yearly|daily|hourly)\b", re.I)
_SHORT_FY = re.compile(r"(?:FY\s?)?([12]\d)/([12]\d)")
#: (r13prec) also after the body a recommendation is put to: "It is recommended that the Committee 1) Identify any issues"
_LIST_START_LEFT = re.compile(
    r"(?:^|[;:]\s*|\bthat\s+(?:the\s+)?(?:Committee|Cabinet|Panel|Board|Forum|Council|Sub-Committee|Members|Executive)\s+)$")


def _line_start_left(left: str) -> bool:
    """Whether a ``left`` that ends with a space, tab or no-break space has only those characters back
    to its start or to a line break (the pattern ``(?:^|\\n)[ \\t\\xa0]+$``, without a regex)."""
    rest = left.rstrip(" \t\xa0")
    return not rest or rest.endswith("\n")


#: (r14prec) what follows a point's number and its mark: spaces and a capitalised word ("2. Using", "(3) Persons");
#: (r26prec) or a heading in capitals ("2. MEMBERSHIP UPDATE Ms Shaw ...": the next item's title)
_POINT_OPENING_AT = re.compile(r"[ \t\xa0]+[A-Z](?:[a-z]|[A-Z]{3,}[ \t\xa0\n])")


def _standalone(text: str, key: str, lo: int, hi: int, tries: int = 4) -> Iterator[int]:
    """The first ``tries`` places of ``key`` in ``text[lo:hi]`` (a neighbouring point "2." or paragraph "2.2"
    looked for by :func:`_point_in_sequence` and :func:`_paragraph_in_sequence`), those that stand on their own:
    not after a letter, a digit, a stop, a comma or a currency sign.

    >>> t = "see 12. and (2. also 2. Here"
    >>> list(_standalone(t, "2.", 0, len(t)))
    [13, 21]
    """
    i = text.find(key, lo, hi)
    for _ in range(tries):
        if i < 0:
            return
        if i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,£$€"):
            yield i
        i = text.find(key, i + 1, hi)


def _month_after(right: str, surface: str, small: bool) -> bool:
    """Whether a month follows the number whose right context is ``right``, directly or after the other days listed
    with it ("14 November", "12 and 14 November"; (r20prec) "12, 13 and 14 November"). Days listed with a comma are
    one or two digits up to 31: "received 45, 12 March" keeps its count.

    >>> _month_after(", 13 and 14 November", "12", True), _month_after(", 12 March", "45", True)
    (True, False)
    """
    m = _MONTH_RIGHT.match(right)
    if m is None:
        return False
    return "," not in m.group(0) or (small and 1 <= int(surface) <= 31)


def _point_in_sequence(text: str, s: int, e: int, surface: str, left: str) -> bool:
    """Whether the small number ``text[s:e]``, marked as a point ("1." or "(1)") before a capitalised word but not
    after a sentence's end or a line's start, is a numbered point run into the text by a converted page: the point
    ``n + 1`` (in the 800 characters after) or ``n - 1`` (in the 800 before) stands with the same mark before a
    capitalised word. The word before must not be a lower-case one, nor a comma or a figure's sign, where a value
    ends its sentence ("fell from 3 to 2. The ..."). "CASELOADS ANALYSIS 1. Systems are in place ... FACS Scrutiny
    (date) 2. Using the information", "Notes (1) Councillors are advised ... (2) Members of the public ... 80 80 (3)
    Persons making": points of converted pages whose line breaks were lost.

    >>> t = "Key issues ANALYSIS 1. Systems are in place. Extract (date) 2. Using the extract, 311 cases were open."
    >>> [_point_in_sequence(t, t.index(x + ". "), t.index(x + ". ") + 1, x, t[:t.index(x + ". ")]) for x in "12"]
    [True, True]
    >>> t = "The number fell from 3 to 2. The team had 1. The"
    >>> _point_in_sequence(t, t.index("2."), t.index("2.") + 1, "2", t[:t.index("2.")])
    False
    >>> t = "resolved to: 3) Agree the budget set out in the report 4) Delegate authority to the Director."
    >>> _point_in_sequence(t, t.index("4)"), t.index("4)") + 1, "4", t[:t.index("4)")])
    True
    >>> t = "The total (which fell to 4) The team 5) Another"
    >>> _point_in_sequence(t, t.index("4)"), t.index("4)") + 1, "4", t[:t.index("4)")])
    False
    """
    mark = text[e]
    half = False  # (r27prec) a point closed by its bracket alone: "; 3) Agree Option 2 ... of the report 4) Delegate"
    if mark == ")":
        if left[-1:] != "(":
            if left.rfind("(") > left.rfind(")") or not left[-1:].isspace():
                return False  # (a bracket open before it: "(fell to 4) The")
            half = True
        lt = left[:-1].rstrip() if not half else left.rstrip()
    else:
        lt = left.rstrip()
    if not half and not _point_left_ok(lt) and lt[-1:] != "]":
        # (a lower-case word before: "fell from 3 to 2. The ..."; (r27prec) not a bracket's end, as an address hidden
        # by the page leaves it: "Email: [email protected] 1. Taking into account ...")
        return False
    n = int(surface)
    for m, lo, hi in ((n + 1, e, e + 800), (n - 1, max(0, s - 800), s)):
        if m < 1:
            continue
        key = f"{m})" if half else f"({m})" if mark == ")" else f"{m}."
        for i in _standalone(text, key, lo, hi):
            if _POINT_OPENING_AT.match(text, i + len(key)) \
                    and (i == 0 or half and text[i - 1] != "(" or not half and _point_left_ok(
                        text[max(0, i - 40):i - (mark == ")")].rstrip())):
                return True  # (the neighbour, too, after no lower-case word or sign: not "a regional rate of 1. The")
    return False


#: (r26prec) an agenda item's number before its title on the same line: a mark (a dot, or a slash between spaces: "2 /
#: Increasing cost of ...", a table's two cells run together) or none, then a capitalised word and another word
#: ("3 Declaration of Interests", "5 FM Category Procurement Plan", "1 / Apologies for Absence", "2. MEMBERSHIP UPDATE")
_ITEM_TITLE_AT = re.compile(r"(?:\.|[ \t\xa0]+/)?[ \t\xa0]+[A-Z][A-Za-z'’]*[ \t\xa0]+[A-Za-z(]")
#: (r26prec) a count's noun among the first capitalised words after the number: "3 Primary Schools were inspected",
#: "4 New Homes opened" (what a count opening a sentence counts; an item's title seldom begins so); not a possessive,
#: which names ("312 NORTHTOWN SCHOOLS' FORUM")
_ITEM_COUNTED_AT = re.compile(
    r"[ \t\xa0]+(?:[A-Z][\w'’-]*[ \t\xa0]+){0,3}(?i:" + "|".join(GLUED_COUNT_NOUNS + ("young people", "ehcps?", "academies",
                                                                                "nurseries", "settings", "units", "sites"))
    + r")\b(?!['’])")
#: (r26review) a count opening a sentence as its subject: one to three capitalised words, then a verb in lower case (a
#: word in "-ed" or an auxiliary): "3 Members asked about ...", "9 Members voted For and 2 Against", "15 Secondary
#: Headteachers responded" (an item's title is a noun phrase: "3 Declaration of Interests", "2 Rising cost of places";
#: "need" and its like end in "ed" but are nouns: "4 Unmet need")
_ITEM_SUBJECT_AT = re.compile(
    r"[ \t\xa0]+(?:[A-Z][\w'’-]*[ \t\xa0]+){1,3}(?:(?!(?:need|feed|speed|seed|bed|red|shed|breed)\b)[a-z]+ed"
    r"|were|was|are|is|has|have|had|will|would|could|should|can|may|might|did|do|does)\b")
#: (r26prec) a heading in capitals after a number: two or more words in capitals, the first of three letters or more
#: ("3\\n\\nCOUNTY COUNCIL REVENUE AND CAPITAL BUDGET MONITOR", "461 REDCAR & CLEVELAND SCHOOLS' FORUM MINUTES"), not the
#: capitals opening a sentence ("40 THE END of it")
_CAPS_TITLE_AT = re.compile(r"\s+[A-Z][A-Z'’]{2,}(?:[ \t\xa0]+(?:[A-Z][A-Z'’]+|&))++(?![ \t\xa0]+[a-z])")


def _before_caps_title(text: str, e: int) -> bool:
    """(r26prec) Whether a heading in capitals (:data:`_CAPS_TITLE_AT`) follows the number ending at ``e``, and it
    names no count's noun first (:data:`_ITEM_COUNTED_AT`: "45 LOOKED AFTER CHILDREN" keeps its count). A number
    before a title in capitals numbers the page, the agenda item or the report the title heads ("AT 2.00 P.M. 3
    COUNTY COUNCIL REVENUE AND CAPITAL BUDGET MONITOR", "at 3pm 461 REDCAR & CLEVELAND SCHOOLS' FORUM MINUTES") or is
    part of a name in capitals ("THE INSPIRE 2 LEARN CENTRE"); a count before such a heading counts what it names.

    >>> t = "MONDAY 18 DECEMBER AT 2.00 P.M. 3\\n\\nCOUNTY COUNCIL REVENUE BUDGET MONITOR\\nThere were 45 LOOKED AFTER CHILDREN"
    >>> _before_caps_title(t, t.index("3\\n") + 1), _before_caps_title(t, t.index("45") + 2)
    (True, False)
    >>> t = "UKIP 79\\nLabour 40 THE END of it; 12 NEW HOMES OPENED"
    >>> [_before_caps_title(t, t.index(x) + 2) for x in ("79", "40", "12")]
    [False, False, False]

    (r26review) Nor a number after a word in lower case, a count of running text before what it counts in capitals
    ("the council runs 3 CHILDREN'S CENTRES", "in total 14 OFSTED INSPECTIONS"); a time in lower case ("at 3pm 461
    ...") is no word.

    >>> t = "the council runs 3 CHILDREN'S CENTRES\\nin total 14 OFSTED INSPECTIONS\\nat 3pm 461 REDCAR SCHOOLS' FORUM"
    >>> [_before_caps_title(t, t.index(x) + len(x)) for x in (" 3", "14", "461")]
    [False, False, True]
    """
    return _CAPS_TITLE_AT.match(text, e) is not None and _ITEM_COUNTED_AT.match(text, e) is None \
        and _LOWER_WORD_BEFORE.search(text, max(0, e - 40), _digits_start(text, e)) is None


#: (r26review) a word in lower case (letters only) and the spaces after it, ending where a number starts
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’.-])[a-z]+\s+$")


def _digits_start(text: str, e: int) -> int:
    """(r26review) Where the run of digits ending at ``e`` starts."""
    i = e
    while i > 0 and text[i - 1].isdigit():
        i -= 1
    return i


#: (speed) the first characters of :data:`_CAPS_TITLE_AT`
_SPACE_FIRST = (" ", "\t", "\xa0", "\n", "\r")


def _opens_sentence_or_line(text: str, s: int) -> bool:
    """(r26prec) Whether ``text[s]`` opens a line (only spaces before it on its line) or a sentence (a full stop, "!" or
    "?" and a space before it): the places an agenda item's number stands when a page's lines were run together."""
    i = s
    while i > 0 and text[i - 1] in " \t\xa0":
        i -= 1
    return i == 0 or text[i - 1] == "\n" or (i < s and text[i - 1] in ".!?")


def item_title_after(text: str, s: int, e: int) -> bool:
    """(r26prec) Whether the number ``text[s:e]`` stands as an agenda item's number does: opening a sentence or a line,
    before a title (:data:`_ITEM_TITLE_AT`) that names no count's noun first (:data:`_ITEM_COUNTED_AT`: "3 Primary
    Schools were ...") and is no sentence's subject before its verb (:data:`_ITEM_SUBJECT_AT`, r26review: "3 Members
    asked ..."). One such number may be a count opening a sentence; a series of them numbers the minutes' items
    (:func:`.layout.numbers_an_item`).

    >>> t = "The posts are for two years. 3 Declaration of Interests\\n4 / Minutes of the meeting. 5 Primary Schools were"
    >>> [item_title_after(t, t.index(x + " "), t.index(x + " ") + 1) for x in "345"]
    [True, True, False]
    >>> t = "Agreed. 3 Members asked about it. 9 Members voted For. 4 Unmet need"  # (r26review) a sentence's subject
    >>> [item_title_after(t, t.index(x + " "), t.index(x + " ") + 1) for x in "394"]
    [False, False, True]
    >>> t = "It was 3 Declaration of Interests, 4. Next"
    >>> [item_title_after(t, t.index(x), t.index(x) + 1) for x in "34"]
    [False, False]
    """
    return _opens_sentence_or_line(text, s) and _ITEM_TITLE_AT.match(text, e) is not None \
        and _ITEM_COUNTED_AT.match(text, e) is None and _ITEM_SUBJECT_AT.match(text, e) is None


#: (r14prec) a paragraph's opening after its number: a capitalised word and a lower-case one ("2.2 Demand is",
#: "1.1 To update"), a heading in capitals ("3.0 BACKGROUND") or a word that opens a sentence ("2.1 The Council");
#: a table's "2.1 Target Met" is none of them
_PARA_OPENING_RIGHT = re.compile(
    r"^[ \t\xa0]+(?:[A-Z][a-z’']*[ \t\xa0]+[a-z]|[A-Z]{3,}\b|(?:The|This|These|That|To|In|It|A|An|As|At|For|On|Our|We|There)\b)")
_PARA_NEXT_AT = re.compile(r"\.?[ \t\xa0]+[A-Z]")
_YEARISH = re.compile(r"(?:19|20)\d{2}(?:/\d{2,4})?")


def _para_left_ok(left: str) -> bool:
    """Whether the text before a paragraph number ends as a paragraph number's does: a sentence's end, a colon or a
    bracket, a capitalised word or a year (not a lower-case word or a sign: "the average was 2.2 The")."""
    lt = left.rstrip()
    word = lt[lt.rfind(" ") + 1:]
    return bool(word) and (word[-1] in ".:;)" or word[0].isupper() or bool(_YEARISH.fullmatch(word)))


def _point_left_ok(lt: str) -> bool:
    """Whether the text before a point's mark (stripped at its end) ends as a numbered point's does: not a
    lower-case word, a comma or a figure's sign ("fell from 3 to 2. The ...")."""
    last = lt[-1:]
    if last in (".", ":", ";", "!", "?"):
        return True  # a sentence's end: "... planned for this meeting. (2) Members of the public ..."
    return bool(last) and last not in ",%£$€-–" and not lt[lt.rfind(" ") + 1:][:1].islower()


def _paragraph_in_sequence(text: str, s: int, e: int, surface: str, left: str) -> bool:
    """Whether the two-level number ``text[s:e]`` ("2.1"), before a paragraph's opening words, is a report's
    paragraph number run into the text by a converted page: after a sentence's end, a capitalised word, a bracket
    or a year (not a lower-case word or a sign), with the paragraph ``a.(b+1)`` in the 1,500 characters after it or
    ``a.(b-1)`` in the 1,500 before, also before a capitalised word. "The figures are set out below. 2.1 The Council
    has 45 homes. 2.2 Demand is rising", "Purpose of Report 1.1 To update Members ... 1.2 To note", "in 2011/12 1.3
    The report seeks ... 1.4 It is".

    >>> t = "The figures are set out below. 2.1 The Council has 45 homes. 2.2 Demand is rising."
    >>> [_paragraph_in_sequence(t, t.index(x), t.index(x) + 3, x, t[:t.index(x)]) for x in ("2.1", "2.2")]
    [True, True]
    >>> t = "The average rose to 2.1 The year before. It was 2.2 Then."
    >>> _paragraph_in_sequence(t, t.index("2.1"), t.index("2.1") + 3, "2.1", t[:t.index("2.1")])
    False
    """
    a, b = surface.split(".")
    if b == "1" and _section_heading_before(text, s, a):
        return True  # (r25prec) "1. Purpose of report 1.1 The purpose": the first paragraph after its section's heading
    if not _para_left_ok(left):
        return False
    if len(b) > 1 and b[0] == "0":
        return False
    n = int(b)
    for key, lo, hi in ((f"{a}.{n + 1}", e, e + 1500), (f"{a}.{n - 1}" if n > 0 else "", max(0, s - 1500), s)):
        if not key:
            continue
        for i in _standalone(text, key, lo, hi):
            j = i + len(key)
            if not text[j:j + 1].isdigit() and _PARA_NEXT_AT.match(text, j) and _para_left_ok(text[max(0, i - 40):i]):
                return True  # (the neighbour, too, after a stop, a capital, a bracket or a year: not "was 2.2 The")
    return False


#: (r25prec) a section's heading between its number and its first paragraph's: capitalised, then words, spaces and
#: the marks of a heading ("Purpose of report", "Background : Connexions Targets"), no digit and no sentence's end
_HEADING_WORDS = r"[A-Z][A-Za-z'’&,/()\- \t\xa0:]{0,60}?[ \t\xa0]"
#: (speed) the last characters before a paragraph number that :func:`_section_heading_before` may find its heading in
_HEADING_ENDS = frozenset(" \t\xa0")


def _section_heading_before(text: str, s: int, a: str) -> bool:
    """(r25prec) Whether the paragraph number ``a.1`` at ``s`` follows its section's number and heading on the same
    line: ``a`` (a dot after it or none) after a line's or sentence's start or a capitalised word, then a heading
    (:data:`_HEADING_WORDS`). "... Families 1. Purpose of report 1.1 The purpose of this report", "... 2004. 1
    Background : Connexions Targets 1.1 The primary target": a report's numbering run into one line, whose heading
    may end in a lower-case word (:func:`_para_left_ok` asks a capital or a stop of the words right before).

    >>> t = "Executive Member for Families 1. Purpose of report 1.1 The purpose is"
    >>> _section_heading_before(t, t.index("1.1"), "1"), _section_heading_before(t, t.index("1.1"), "2")
    (True, False)
    >>> t = "The rate was 1 in 5 in the report 1.1 The"
    >>> _section_heading_before(t, t.index("1.1"), "1")
    False
    """
    if text[s - 1:s] not in _HEADING_ENDS:
        return False
    window = text[s - 90:s] if s > 90 else "\n" + text[:s]  # (a text's start as a line's)
    m = re.search(rf"(?:[\n.:;!?]|\b[A-Z][A-Za-z'’]*[ \t\xa0])[ \t\xa0]*{a}\.?[ \t\xa0]+{_HEADING_WORDS}$", window)
    return m is not None


def section_before_paragraph(text: str, e: int, surface: str) -> bool:
    """(r25prec) Whether the small number ``surface`` ending at ``e`` is the number of a section whose heading and first
    paragraph ``surface.1`` follow it on the same line: "2004. 1 Background : Connexions Targets 1.1 The primary".

    >>> t = "as at 24 November 2004. 1 Background : Connexions Targets 1.1 The primary target"
    >>> section_before_paragraph(t, t.index(" Background"), "1"), section_before_paragraph(t, 5, "at")
    (True, False)
    """
    return surface.isdecimal() and re.match(rf"\.?[ \t\xa0]+{_HEADING_WORDS}{surface}\.1[ \t\xa0]+[A-Z]",
                                            text[e:e + 90]) is not None


_SMALL_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
#: the rest of a line after a label's number ("Action 1", "Option 2:"); a number alone on its line is
#: tested with _LINE_ALONE_RIGHT
_LINE_END_RIGHT = re.compile(r"^[ \t\xa0]*[:.]?[ \t\xa0]*(?:\n|$)")
#: the rest of a line holding a number alone, and a blank line or the end after it: a ModernGov item
#: number ("1\n\nApologies were received") or a page number, not a table's value ("Children in care\n312\nCare leavers")
_LINE_ALONE_RIGHT = re.compile(r"^[ \t\xa0]*[./]?[ \t\xa0]*(?:\n[ \t\xa0]*(?:\n|$)|$)")
#: a label word alone before the number on its line: "Action 1", "Recommendation 2", "Scenario 3"
#: (not a line of a table: "Referrals 45", "Total 45", "Average 18")
_LABEL_LINE_LEFT = re.compile(
    r"(?:^|\n)[ \t\xa0]*(?:Action|Option|Scenario|Proposal|Decision|Motion|Amendment|Recommendation|Resolution|"
    r"Question|Priority|Objective|Outcome|Risk|Issue|Point|Task|Step|Stage|Phase|Tranche|Workstream|Theme|Item|"
    r"Appendix|Annex|Schedule|Part|Section|Slide)[ \t\xa0]+$"
)
#: (r25prec) a label opening a sentence or a line: one capitalised word (after the sentence's or line's start), its
#: number, then a colon or a spaced dash and a capitalised word ("Change 1: To stop", "RECOMMENDATION 5: To continue")
_OPENING_LABEL_LEFT = re.compile(r"(?:^|[\n.:;!?])[ \t\xa0]*([A-Z][A-Za-z'’]*)[ \t\xa0]+$")
_OPENING_LABEL_RIGHT = re.compile(r"^[ \t\xa0]*(?::|[ \t\xa0][-–—])[ \t\xa0]+[A-Z]")
#: (speed) the first characters _OPENING_LABEL_RIGHT can match
_OPENING_LABEL_FIRST = frozenset(": \t\xa0")


def _opening_label(text: str, s: int, left: str, right: str) -> bool:
    """(r25prec) Whether the small number at ``s`` (``left``, ``right`` its 40 characters before and 60 after) is the
    number of a label that opens a sentence or a line: one capitalised word before it, nothing but a sentence's or
    line's end (or the text's start) before that word, and a colon or a spaced dash then a capitalised word after it.
    A count stands before what it counts; a number between a heading word and the clause it heads names an item, as
    "Performance Measure 1" does (tests/gold/README.md), whatever the word ("Change 1: To stop ...", after
    "changes: ...").

    >>> t = "The changes: Change 1: To stop the service. Referrals 45: a rise. Total was 45 - The"
    >>> [_opening_label(t, i, t[max(0, i - 40):i], t[i + len(x):i + len(x) + 60]) for x, i in
    ...     (("1", t.index("1")), ("45", t.index("45")), ("45", t.rindex("45")))]
    [True, False, False]
    >>> t = "Boys 12 - Girls 5. Total 45: This rose."
    >>> [_opening_label(t, i, t[max(0, i - 40):i], t[i + 2:i + 62]) for i in (t.index("12"), t.index("45"))]
    [False, False]
    """
    m = _OPENING_LABEL_LEFT.search(left)
    if m is None or (m.start() == 0 and s > len(left) and left[:1] not in "\n.:;!?"):
        return False  # (a word cut by the 40 characters' window is not known to open its sentence)
    if m.group(1).lower() in NOT_LABEL_WORDS:
        return False  # (r25review) "Total 45: This is higher": an amount's modifier names no label
    r = _OPENING_LABEL_RIGHT.match(right)
    return r is not None and _NEXT_ROW_VALUE.match(right, r.end() - 1) is None


#: (r25review) a capitalised word and a number after a label's colon or dash: the next value of a row of values ("Boys
#: 12 - Girls 5", "Referrals 45 – Assessments 40"), so the number before is a value too, not a label's
_NEXT_ROW_VALUE = re.compile(r"[A-Z][A-Za-z'’]*[ \t\xa0]+[£$€]?\d")


def measure_acronym_count(text: str, s: int, e: int, acronyms: Collection[str]) -> bool:
    """(r25review) Whether the number ``text[s:e]`` of two or three digits, which :func:`_acronym_code` reads as an
    acronym's code, follows an acronym of what is measured (``acronyms``: the indicators' ``glossary:``): then it
    counts what the acronym names ("CLA 345 (rate 56)", "the LAC 345 and CIN 120 figures"). A single digit after such
    an acronym stays a code ("the early years DSG 1").

    >>> t = "The LAC 345 and CIN 120 figures rose; the YOS 12 music evaluation."
    >>> [measure_acronym_count(t, t.index(x), t.index(x) + len(x), {"LAC", "CIN"}) for x in ("345", "120", "12")]
    [True, True, False]
    """
    surface = text[s:e]
    if not (2 <= len(surface) <= 3 and surface.isdecimal()):
        return False
    left, right = text[max(0, s - 40):s], text[e:e + 60]
    m = _ACRONYM_LEFT.search(left)
    return m is not None and m.group(2) in acronyms and _acronym_code(left, right)


#: (r25prec) the words before a number that name no label: articles, prepositions, verbs of being and having,
#: conjunctions, pronouns and the modifiers of an amount ("of 5", "was 6", "and 4", "about 3", "total 12", "ALMOST 500");
#: the closed class of English, not a list of labels (:func:`.layout.label_numbering`, :func:`_acronym_code`)
NOT_LABEL_WORDS = frozenset("""a an the of in to for and or nor but with without at on by from into onto as than was
were is are be been being has have had its their our his her my your this that these those it which who whom whose
per about around approximately nearly almost over under only just some all each every no not if so plus minus via vs
up down total another further additional extra i""".split())
#: (r25prec) an acronym in capitals (one to six letters) right before a number, after a space, a bracket or a line's
#: start; group 1 the acronym, group 2 the word before it (if any)
_ACRONYM_LEFT = re.compile(r"(?:^|(\S+)[ \t\xa0]+|[(\n])([A-Z]{1,6})[ \t\xa0]+$")
#: (r25prec) what may follow an acronym's code: a colon, a bracket or a dash, or a word not in capitals
_ACRONYM_CODE_RIGHT = re.compile(r"^(?:[ \t\xa0]*[:(–—]|[ \t\xa0]+-[ \t\xa0]|[ \t\xa0]+(?![A-Z]{2,}\b)[A-Za-z])")


def _acronym_code(left: str, right: str) -> bool:
    """(r25prec) Whether a bare number of one to three digits (``left``, ``right`` its context) is the number of a code
    after an acronym in capitals: "CHAS 546: Youth Service Review", "the report CHAS 546 Youth Services", "the YOS 1
    evaluation", "the early years DSG 1 had", "for the Q 3 period". A count stands before what it counts; after an
    acronym a number is its code, as "Performance Measure 1" names (tests/gold/README.md). Not after a function word in
    capitals ("ALMOST 500"), nor after another word in capitals (a headline), nor before a counted noun ("YOS 12
    young people"), a word in capitals or a line's end (a table's row: "UKIP 79").

    >>> [_acronym_code(l, r) for l, r in [("Decision on CHAS ", ": Youth"), ("the YOS ", " music therapy"),
    ...     ("ALMOST ", " children"), ("the YOS ", " young people"), ("James UKIP ", "\\n"), ("FOSTER CARE ", " new")]]
    [True, True, False, False, False, False]
    """
    m = _ACRONYM_LEFT.search(left)
    if m is None or m.group(2).lower() in NOT_LABEL_WORDS:
        return False
    before = m.group(1)
    if before is not None and len(before) > 1 and before.isupper():
        return False  # (a headline in capitals)
    return _ACRONYM_CODE_RIGHT.match(right) is not None and COUNT_NOUN_RIGHT.match(right) is None


#: documents the meeting received, counted: "received two reports of the Director", "three papers from officers"
_PAPERS_RIGHT = re.compile(
    r"^\s+(?:of\s+)?(?:reports?|papers?|presentations?|briefings?)\s+(?:of|from|by)\s+(?:the\s+)?"
    r"(?i:director|officers?|head|chief|cabinet|executive|assistant|service|corporate|strategic|deputy|interim|"
    r"councillor|cllr|portfolio|lead\s+member|chair)\b"
)


#: a venue line: "Venue: Room 102, Town Hall", "Venue: 0.01 Chamber - Quadrant", "Venue: David Hicks 1 - Civic Offices"
_VENUE_LEFT = re.compile(r"(?i)\bvenue\s*:[^\n.;:]{0,50}$")
#: an age limit after "post" or "pre": "Post 16 SEND Transport Policy", "support provided to children post 16"
#: (r25prec2) or a dash with spaces on both sides ("Post – 16", "Pre - 16"), (r26mend) or before it only ("Post -16")
_POST_AGE_LEFT = re.compile(r"(?i)\b(?:post|pre)(?:[-\s]?|\s+[-–—]\s*)$")
#: an age after the people it limits: "young people under 18 in the borough", "children over 11 who ..."
_PEOPLE_AGE_LEFT = re.compile(
    r"(?i)\b(?:children|young\s+people|people|pupils|students|learners|girls|boys|adults|persons)\s+"
    r"(?:aged\s+)?(?:under|over|below|above)\s*$"
)
#: "16 years of age", "18 of age"
_OF_AGE_RIGHT = re.compile(r"(?i)^\s*(?:years?\s+)?of\s+age\b")
#: an age limit then "plus", as "16+": "16-plus pupils", "the 18 plus cohort" (not "16 plus 4", "11 plus the")
_PLUS_AGE_RIGHT = re.compile(
    r"(?i)^[-\s]plus\b(?![\s-]*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|another|the|a|an)\b)")
#: the ages such an age limit takes: the ends of the age bands above 10 (not 20 or 30: "20-plus pupils" is a count)
_PLUS_AGES = frozenset(n for band in _AGE_BANDS for n in band if n > 10)
#: the group an age limit after "under"/"over" bounds: "the under 18 population", "the over 16 cohort"
_AGE_GROUP_NOUN_RIGHT = re.compile(r"(?i)^[-\s]*(?:populations?|cohorts?|age\s+(?:groups?|range|bands?))\b")


#: (r25prec2) a person reaching an age: "when they reach 18", "until the young person reaches 21" (a count "reached 300"
#: has a measure, not a person, for its subject)
_PERSON_REACH_LEFT = re.compile(
    r"(?i)\b(?:they|he|she|child|children|young\s+(?:people|persons?)|pupils?|students?|learners?|leavers?)\s+"
    r"(?:reach|reaches|reached|reaching)\s*$")
#: the last four letters (lower-cased) of a left context, without its spaces, that _PERSON_REACH_LEFT can match
_PERSON_REACH_TAILS = ("each", "ches", "ched", "hing")
#: (r25prec2) an age said of the word "age" itself: "raising the school leaving age to 18", "expanding the age range for
#: additional support from 3-19" (the age, or the ends of the range, a limit of eligibility)
_AGE_WORD_LEFT = re.compile(r"(?i)\bage(?:\s+range)?(?:\s+(?:for|of)(?:\s+[a-z]+){1,3})?\s+(?:to|from)\s*$")
#: (r25prec2) what may follow an age a person reaches or the word "age" is raised to: the end of a clause, a word that
#: opens what comes next or a verb ("the leaving age to 18 would ..."; no noun: "when they reach 18 children" is no age),
#: "years old"/"of age", the second end of a range ("3-19 to 0-25")
_AGE_SAID_RIGHT = re.compile(
    r"(?i)^(?:\s*[.,;:)!?]|\s*$|\s+(?:who|whose|that|which|and|or|with|in|to|into|when|as|at|for|would|will|could|should|"
    r"may|might|is|was|are|were|has|had|have|years?\s+(?:old|of\s+age))\b"
    r"|\s?[-–]\s?\d{1,2}\b)")


#: (speed) the patterns written inline in :func:`_venue_or_age_limit` and :func:`classify`, compiled once
_PCT_WORD = re.compile(r"%|per\s?cent", re.I)
_QUARTER_LEFT = re.compile(r"\bQuarter\s+$")
_POINT_WORD_LEFT = re.compile(r"(?i)\bpoints?\s+$")
_POINT_OF_RIGHT = re.compile(r"(?i)^\s+(?:on|of|in)\s+(?:page|the\s+(?:guidance|report|agenda|policy|plan|document))\b")
_DIGITS_WORD = re.compile(r"\d{1,2}\b")
#: "16 years", "18" or a range "3 to 7 years" before "of age"
_DIGITS_YEARS = re.compile(r"\d{1,2}(?:\s?(?:-|–|to)\s?\d{1,2})?(?:\s*years?)?")
_FRACTION_PERIOD_LEFT = re.compile(r"\b(?:first|last|past|next|final|previous)\s*$", re.I)
_RANK_LEFT = re.compile(r"\b(?:ranked|ranking|rank|position|placed|positioned)\s*$", re.I)
#: (r27prec) before a rank's field or a bare rank: "9th out of", "110th out of", "ranked", "ranking"
_RANK_FIELD_LEFT = re.compile(
    r"(?i)(?:\b\d{1,3}(?:st|nd|rd|th)|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth))"
    r"\s+out\s+of\s*$|\b(?:ranked|ranking)\s*$")
_RANK_FIELD_ENDS = ("out of", "ranked", "ranking")
_CLOSE_SPACE = re.compile(r"^\)\s")
_PCT_RIGHT = re.compile(r"^\s*(?:%|per\s?cent)")
_DECIMAL = re.compile(r"\d+\.\d+")
_MINUTE_TEXT_RIGHT = re.compile(r"^\)?\s+[A-Z]")
_DOT_SPACE = re.compile(r"^\.\s")
_DIGITS = re.compile(r"\d+")
_ONE_TO_THREE_DIGITS = re.compile(r"\d{1,3}")
_NAMED_THING_RIGHT = re.compile(
    r"^\s+(?!(?:of|and|or|to|ago|in|on|at|for|later|earlier|before|after|olds?|from|since|by|with|was|is|"
    r"were|are|had|has|will|would|so|as|the|a|an)\b)[a-z]"
)
_OF_THAN_LEFT = re.compile(r"\b(?:of|than)\s*$", re.I)
_ZERO_VALUE_LEFT = re.compile(r"\b(?:to|at|of|was|were|is|are|be|been|reach(?:ed)?|remain(?:ed|s)?|stood\s+at)\s*$", re.I)


def _venue_or_age_limit(kind: str, surface: str, left: str, right: str) -> str:
    """``name`` for a number of a venue line or one glued inside a word by a bracket ("in[1]depth"),
    ``age`` for an age limit ("Post 16", "young people under 18 in the borough", "16 years of age"), an age a person
    reaches ("when they reach 18") or one said of the word "age" ("the school leaving age to 18", "the age range for
    support from 3-19"), else "".

    >>> [_venue_or_age_limit("num", n, l, r) for n, l, r in [
    ...     ("102", "Venue: Room ", ", Town Hall"), ("16", "Item 10 Post ", " SEND Transport Policy"),
    ...     ("18", "health of young people under ", " in the borough"), ("16 years", "children ", " of age"),
    ...     ("16", "an increase of ", " children"), ("16", "to review Post – ", " transport policy")]]
    ['name', 'age', 'age', 'age', '', 'age']
    >>> [_venue_or_age_limit("num", n, l, r) for n, l, r in [("18", "status when they reach ", "; if the"),
    ...     ("18", "the school leaving age to ", " would have"), ("3", "the age range for extra support from ", "-19 to 0-25"),
    ...     ("300", "numbers reached ", "."), ("18", "the deficit would reach ", " million"),
    ...     ("12", "the average age of ", " children"), ("18", "when they reach ", " children in care"),
    ...     ("16", "from ", " - 18 years")]]
    ['age', 'age', 'age', '', '', '', '', '']
    """
    if kind not in ("num", "word"):
        return ""
    if ":" in left and _VENUE_LEFT.search(left) and not _PCT_WORD.search(surface):  # (the pattern needs a colon)
        return "name"  # page furniture: where the meeting was held
    if left.endswith("[") and right.startswith("]") and left[-2:-1].isalpha() and right[1:2].isalpha():
        return "name"  # "in[1]depth": a pasted bullet or footnote mark inside a word
    if surface.lower() in _SMALL_WORDS and left.rstrip().endswith("Quarter") and _QUARTER_LEFT.search(left):
        return "period"  # "the Quarter Three 2012/13 report"
    # (speed) a surface of digits alone (``\d+``: str.isdecimal) is tested by its length, not by the patterns
    # _ONE_TWO_DIGITS, _DIGITS_WORD and _DIGITS_YEARS (``\d{1,2}`` then a word boundary or "year(s)")
    decimal = surface.isdecimal()
    if decimal and len(surface) <= 2 and _POINT_OF_RIGHT.match(right) \
            and _POINT_WORD_LEFT.search(left):
        return "name"  # "reading out point 3 on page 4 of the guidance": a point of a document
    if decimal:
        if len(surface) > 2:
            return ""
        n = int(surface)
    else:
        digits = _DIGITS_WORD.match(surface)
        if digits is None:
            return ""
        n = int(digits.group())
    if (decimal or _DIGITS_YEARS.fullmatch(surface)) and (not right.isascii() or "age" in right.lower()) and _OF_AGE_RIGHT.match(right):
        return "age"
    if surface.isdigit() and 11 <= n <= 19 and may_end_with(left.rstrip().rstrip("-–—"), _POST_PRE) \
            and _POST_AGE_LEFT.search(left):
        return "age"
    if surface.isdigit() and 5 <= n <= 25 and may_end_with(left, _LIMIT_WORDS) and _PEOPLE_AGE_LEFT.search(left) \
            and not _COUNT_NOUN_RIGHT.match(right) and not TIME_RE.match(right.lstrip()):
        return "age"
    if surface.isdigit() and n in _PLUS_AGES and right[1:5].lower() == "plus" and _PLUS_AGE_RIGHT.match(right):
        return "age"  # "16-plus pupils": an age limit, like "16+"
    if surface.isdigit() and 5 <= n <= 25 and may_end_with(left, _LIMIT_WORDS) and _UNDER_AGE_LEFT.search(left) \
            and _AGE_GROUP_NOUN_RIGHT.match(right):
        return "age"  # "per 10,000 of the under 18 population": the age of the group, not a count
    if decimal and n <= 25:
        lt = left.rstrip()
        tail = lt[-4:].lower()
        if tail in _PERSON_REACH_TAILS and _PERSON_REACH_LEFT.search(lt) and _AGE_SAID_RIGHT.match(right):
            return "age"  # (r25prec2) "when they reach 18": the age a person reaches
        if (tail == "from" or tail.endswith(" to")) and _AGE_WORD_LEFT.search(lt) and _AGE_SAID_RIGHT.match(right):
            return "age"  # (r25prec2) "the school leaving age to 18", "the age range for support from 3-19"
    return ""


#: a minute number with its year, alone at the head of a line: "163/21", "85/22" (ModernGov, Derbyshire style)
_MINUTE_YEAR_RIGHT = re.compile(r"^/\d{2}(?:\d{2})?[ \t\xa0]*(?:\n|$)")
#: (r18left) a minute number with its year run in before its title at the head of a line: "45/19 MINUTES RESOLVED",
#: "46/19 NEW INSTRUMENTS OF GOVERNMENT", "15/01 Derbyshire's Early Help Offer" (a word in capitals, or two words
#: with capitals: "12/15 children" or "3/4 of" stay what they were)
#: (r18review) the year a plausible one, "/00" to "/39" or "/1999", "/2024": "45/50 Schools Rated Good" is a ratio;
#: (r18tidy) and no count's label after it, a counted noun and a participle: "12/15 Children Seen Within Timescales"
#: is a count out of a total (:data:`.grammar.COUNTED_LABEL`; "12/15 Children Looked After" stays a minute)
_MINUTE_YEAR_TITLE_RIGHT = re.compile(
    rf"^/(?:[0-3]\d|(?:19|20)\d\d)(?!{COUNTED_LABEL})[ \t\xa0]+(?:[A-Z]{{2,}}[A-Z'’]*\b|[A-Z][\w'’-]*[ \t\xa0]+[A-Z])")
#: (r18left) what follows a footnote marker glued after a bracket or a closing quote: "the Care Quality Commission
#: (CQC)3.", "titled 'School Persistent Absence (November 2024)'1 and available" (a mark, no count: nothing it counts)
_FOOTNOTE_RIGHT = re.compile(r"^(?:[.,;:]|\s+(?:and|or|by|of|in|on|is|was|were|are|has|had|have|which|that|the|to|for)\b)")
#: (r18left) a season or month and a year, or a year glued to the next word, right after a marker: "the survey 9 Spring
#: 2023 reported", "school 2 2014The" (a footnote or a page's furniture between a word and a date); (r18review) not a
#: year alone: a flattened table row writes a count before its year ("Permanent exclusions 12 2019-20", "Schools in
#: deficit 14 2022/23")
#: the month names in lower case, and "sept"; also the last words of an excerpt cut inside a date: "held on 9 Se",
#: "died on 7 Octobe" (:data:`_MONTH_PREFIXES`)
_MONTH_NAMES = tuple(m.lower() for m in MONTH_NAMES) + ("sept",)
_MARKER_DATE_RIGHT = re.compile(
    r"^ (?:(?:" + "|".join(SEASONS) + "|" + month_alternation()
    + r")\s+(?:19|20)\d\d(?!\d)|(?:19|20)\d\d(?=[A-Z][a-z]))")
#: (speed) the first letters of :data:`_MARKER_DATE_RIGHT` after its space
_MARKER_DATE_FIRST = frozenset("12SWAJFMOND")
#: (speed) every beginning of two letters or more of a month's name: ``rest in _MONTH_PREFIXES`` is
#: ``any(m.startswith(rest) for m in _MONTH_NAMES)`` for ``len(rest) >= 2``
_MONTH_PREFIXES = frozenset(m[:i] for m in _MONTH_NAMES for i in range(2, len(m) + 1))
_HELD_ON_LEFT = re.compile(r"(?i)\b(?:held|dated|meeting\s+of|meeting\s+on)\s+(?:on\s+)?(?:the\s+)?$")
#: a number glued after a bracketed sub-reference: "Section 100(A)4", "s.17(1)2"
_GLUED_SUBREF_LEFT = re.compile(r"\d\([A-Za-z0-9]{1,3}\)$")
#: "Procedure Rule No 219", "Standing Order No. 12", "Minute No 4": a reference word, then "No"
_REF_NO_LEFT = re.compile(
    r"(?i)\b(?:rules?|orders?|regulations?|minutes?|items?|sections?|paragraphs?|reports?|schedules?|"
    r"decisions?|notices?|resolutions?)\s+no\.?\s*$")
#: a statutory instrument: "(SI 2020 392)", "S.I. 2020/392", "(s1 2020 392)"
_SI_LEFT = re.compile(r"(?i)\b(?:s\.?\s?i\.?|s1)\s+(?:19|20)\d{2}\s*(?:/|no\.?)?\s*$")
#: time limits of the meeting's rules: "on the expiry of 3 working days after publication"
_RULE_TIME_LEFT = re.compile(r"(?i)\b(?:expiry|lapse)\s+of\s*(?:the\s+)?$")
_WORKING_DAYS_RIGHT = re.compile(r"(?i)(?:^|(?<=\w))\s+(?:clear\s+)?(?:working\s+|calendar\s+)?days?\b")
#: a contact line's extension: "Contact: Peter Thomson  4715"
_CONTACT_LINE_LEFT = re.compile(r"(?i)\b(?:contact|tel|telephone|ext|extension)\b[^\n]{0,60}$")
#: a local telephone number after its label: "Tel: 474 3830", "Telephone 01234 567 890", "Tel. no. 3830"
_TEL_LEFT = re.compile(r"(?i)\b(?:tel|telephone|phone)\b\.?\s*(?:no\.?\s*)?:?\s*(?:\(?\d{3,5}\)?\s)?(?:\d{3,4}\s)?$")
#: a telephone area code just before a number: "Contact: Mrs KM Howard  01744 67(6106)"
#: (r27prec) a local telephone number of three and four digits after a name on a contact officer's line (r22blindB
#: Salford): the three digits before " NNNN", the four after "Name NNN "
_LOCAL_NUMBER_RIGHT = re.compile(r"^ \d{4}(?![\d.,%/])")
_LOCAL_NUMBER_LEFT = re.compile(r"[A-Z][a-z]+ \d{3} $")
#: (r27review) the label of a contact line ("CONTACT OFFICER :", "Contact details:", "Contact:"), not the word "contact"
#: alone, which heads the front door's counts ("Contact and referral activity by area: Wigan 812 1023 Bolton 655 701")
_CONTACT_LABEL_LEFT = re.compile(r"(?i)\bcontact(?:\s+(?:officers?|details|names?|persons?)\s*:?|\s*:)[^\n]{0,60}$")
_AREA_CODE_LEFT = re.compile(r"(?:^|[\s(])0\d{3,4}\)?[ ]$")
#: a time of day in words: "12 noon", "12 midnight"
_NOON_RIGHT = re.compile(r"(?i)^\s*(?:noon|midday|midnight)\b")
#: a number word inside a capitalised name: "the National Three Peaks challenge"
_CAP_NAME_LEFT = re.compile(r"[A-Z][a-z]+ $")
_CAP_NAME_RIGHT = re.compile(r"^ [A-Z][a-z]+")


def _may_cite_si(left: str) -> bool:
    """A necessary condition for ``_SI_LEFT``: "SI", "S.I." or "s1" among the last characters."""
    tail = left[-16:].lower()
    return "si " in tail or "s1 " in tail or "s.i" in tail or "s i" in tail


#: a television channel number of a news site's page furniture: "live on Freeview channel 276", "Freely 565"
_TV_CHANNEL_LEFT = re.compile(r"(?i)\b(?:freeview|freely|freesat|sky|virgin(?:\s+media)?)(?:\s+channel)?\s+$|\b(?:tv|television)\s+channel\s+$")


def _meeting_furniture(text: str, kind: str, s: int, e: int, surface: str, left: str, right: str) -> str:
    """The non-figure kind of numbers that belong to the page or the meeting's rules rather than to
    what is measured, else "": a minute number with its year heading a line ("163/21"), a date cut off
    by the end of an excerpt ("died on 7 Octobe", "the meeting held on 24"), references written with
    "No" or a glued sub-reference ("Procedure Rule No 219", "Section 100(A)4", "SI 2020 392"), the
    call-in time limit ("the expiry of 3 working days"), a contact line's extension, "12 noon" and a
    number word inside a capitalised name ("the National Three Peaks challenge").

    Each test sits behind a cheap check on the first or last characters around the number.

    >>> t = "87/22\\n\\nChairman's announcements"
    >>> _meeting_furniture(t, "num", 0, 2, "87", "", t[2:62])
    'minute'
    >>> t = "Councillor Sears died on 7 Octobe"
    >>> _meeting_furniture(t, "num", 25, 26, "7", t[:25], t[26:])
    'date'
    >>> [_meeting_furniture("", k, 0, 0, n, l, r) for k, n, l, r in [
    ...     ("num", "219", "provisions of Procedure Rule No ", "."), ("num", "4", "pursuant to Section 100(A)", " of the Act"),
    ...     ("num", "3", "implemented on the expiry of ", " working days after"), ("num", "12", "no later than ", " noon"),
    ...     ("word", "Three", "completed the National ", " Peaks challenge"), ("num", "45", "there were ", " referrals")]]
    ['reference', 'reference', 'threshold', 'time', 'name', '']
    >>> _meeting_furniture("", "num", 0, 0, "4715", "Venue: Riverside\\n\\nContact: Peter Thomson  ", "\\n\\nNo. Item")
    'reference'
    >>> [_meeting_furniture("", "num", 0, 0, n, l, "(6106)") for n, l in [("01744", "Howard  "), ("67", "Howard  01744 ")]]
    ['phone', 'phone']
    >>> _meeting_furniture("", "num", 0, 0, "3 working days", "on the expiry of ", " after publication")
    'threshold'
    >>> _meeting_furniture("", "word", 0, 0, "two", "call-in received from any ", " Members of the Committee")
    'procedure'
    """
    last = left[-1:]
    if last == " ":
        if left.endswith("any ") and _MEMBERS_RIGHT.match(right):
            return "procedure"  # "a request ... from any two Members of the Committee": a rule, not a count
        if left.endswith((" of ", " the ")) and _RULE_TIME_LEFT.search(left) and (
                _WORKING_DAYS_RIGHT.match(right) or _WORKING_DAYS_RIGHT.search(surface)):
            return "threshold"
    if kind == "word":
        if last == " " and surface[:1].isupper() and right[:1] == " " \
                and _CAP_NAME_LEFT.search(left) and _CAP_NAME_RIGHT.match(right):
            return "name"
        return ""
    if kind != "num" or not surface.isdigit():
        return ""
    first = right[:1]
    if first == "/" and (_MINUTE_YEAR_RIGHT.match(right) or _MINUTE_YEAR_TITLE_RIGHT.match(right)) \
            and (s == 0 or text[s - 1] == "\n" or _line_start_left(left)):
        return "minute"  # "163/21" alone on its line; (r18left) "45/19 MINUTES RESOLVED" before its title
    if surface[0] == "0" and len(surface) >= 4:
        return "phone"  # "01744 67(6106)": an area code and what follows it
    if last == " ":
        near = left[-8:]
        if (" 0" in near or "(0" in near or near[:1] == "0") and _AREA_CODE_LEFT.search(left, len(left) - 8):
            return "phone"
        before = left[-2:-1]
        if before in ("o", "O", ".") and may_end_with(left, _NO_WORDS) and _REF_NO_LEFT.search(left):
            return "reference"
        if (before.isdigit() or before in ("/", "o", "O", ".")) and _may_cite_si(left) and _SI_LEFT.search(left, len(left) - 24):
            return "reference"
        tail = left[-20:].lower()
        if ("channel" in tail or "free" in tail or "sky" in tail or "virgin" in tail) and _TV_CHANNEL_LEFT.search(left):
            return "name"  # "live on Freeview channel 276", "on Freeview 262 or Freely 565": a news site's TV channel
        if len(surface) <= 2 and right[:1] == " " and right[1:2] in _MARKER_DATE_FIRST and left[-2:-1].isalpha() \
                and _MARKER_DATE_RIGHT.match(right) and not _marker_left_names(left.rstrip()):
            return "reference"  # (r18left) "the survey 9 Spring 2023 reported", "school 2 2014The": a marker before a date
    elif last == ")":
        if _GLUED_SUBREF_LEFT.search(left):
            return "reference"
        if _footnote_marker(surface, right):
            return "reference"  # (r18left) "the Care Quality Commission (CQC)3.": a footnote marker
    elif last in "'’”\"" and (left[-2:-1] == ")" or left[-2:-1].isalpha()) and _footnote_marker(surface, right):
        # (r18left) "titled 'School Persistent Absence (November 2024)'1 and": a footnote marker; (r24prec) also after
        # a quote closing a word: "the Committee's 'Scrutiny Report'1, which" (an opening quote has a space before it)
        return "reference"
    elif last == "." and may_end_with(left, _NO_WORDS) and _REF_NO_LEFT.search(left):
        return "reference"
    if e >= len(text) - 10:
        rest = right.strip().lower()
        if (len(rest) >= 2 and rest in _MONTH_PREFIXES) or (
                not rest and last == " " and _HELD_ON_LEFT.search(left)):
            return "date"
    if first == " " and right[1:2] in ("n", "m", "N", "M") and _NOON_RIGHT.match(right):
        return "time"
    if len(surface) == 5 and last == " " and _year_with_marker(surface, left, right):
        return "reference"  # (r24prec) "the Children and Families Act 20141.": a year and its footnote marker run together
    if len(surface) <= 2 and last in _MARK_SPACES and first in _MARK_SPACES and _mark_between(left, right):
        if right[1:2] in _POINT_OPENERS_FIRST and _POINT_OPENER_RIGHT.match(right):
            return "list"  # "... reports listed.  2  To agree the ...": the number of a point run into the text
        return "reference"  # (r24prec) "... school. 1 The report", "STRATEGY 2012 1 | Title": a mark that counts nothing
    if 3 <= len(surface) <= 6 and first in ("\n", " ", "\t", "") and _LINE_END_RIGHT.match(right) \
            and _CONTACT_LINE_LEFT.search(left):
        return "reference"  # (as "ext. 2345" after a "Tel" or "ext" word)
    if 3 <= len(surface) <= 5 and ("tel" in left[-16:].lower() or "hone" in left[-16:]) and _TEL_LEFT.search(left):
        return "phone"  # "Officer Contact: Michael Henry on Tel: 474 3830 or email": a local number without its code
    if (len(surface) == 3 and right[:1] == " " and _LOCAL_NUMBER_RIGHT.match(right) and _CAP_NAME_LEFT.search(left)
            or len(surface) == 4 and _LOCAL_NUMBER_LEFT.search(left)) and surface.isdecimal() and _CONTACT_LABEL_LEFT.search(text, max(0, s - 80), s):
        return "phone"  # (r27prec) "CONTACT OFFICER : Paul Woltman 793 2243 Keith Darragh 793 3225": local numbers, no "Tel"
    return ""


#: (r24prec) the names of legislation, which carry their year: a five-digit number after one is the year and a footnote
#: marker run together ("the Education Act 19961.", "the Children and Families Act 20141. The strategy")
_LEGISLATION_LEFT = re.compile(r"\b(?:Act|Acts|Regulations|Order|Bill)\s+$")
#: (r24prec) what may follow a year's footnote marker: punctuation, a space, the end of the text
_YEAR_MARKER_RIGHT = re.compile(r"^(?:[.,;:)]|\s|$)")


def _year_with_marker(surface: str, left: str, right: str) -> bool:
    """(r24prec) Whether a five-digit ``surface`` after the name of a piece of legislation is its year with a footnote
    marker glued after it, as a page converted from a document writes a superscript: "the Education Act 19961.", "the
    Children and Families Act 20141." (a plausible year, 1900-2039, then one digit; an Act's year is written bare).

    >>> _year_with_marker("20141", "the Children and Families Act ", ". The"), _year_with_marker("19961", "Education Act ", ",")
    (True, True)
    >>> _year_with_marker("20141", "a total of ", " children"), _year_with_marker("45141", "Education Act ", ".")
    (False, False)
    """
    return surface[:2] in ("19", "20") and (surface[:2] == "19" or surface[2] in "0123") and surface.isdigit() \
        and _LEGISLATION_LEFT.search(left) is not None and _YEAR_MARKER_RIGHT.match(right) is not None


#: (r24prec) the characters on each side of a mark between two pieces of text (:func:`_mark_between`)
_MARK_SPACES = frozenset(" \t\xa0\n")
#: (r24prec) a sentence's end (a word of three letters or more, or a closing quote or bracket, then its stop) or a
#: title's year ("STRATEGY 2012", "Strategy 2011-12") before the spaces before a mark. (r24review) The stop is a full stop
#: or an exclamation mark, not a question's mark: a number after a question is its answer ("How many were placed out of
#: the county? 12 The rest ...")
_MARK_SENTENCE_END_LEFT = re.compile(r"(?:[a-z]{3}|[)\]'’\"”])[.!]['’\"”)]?\s+$")
_MARK_TITLE_YEAR_LEFT = re.compile(r"\b[A-Za-z]{3,}[ \t\xa0]+(?:19|20)\d\d(?:[-–/]\d\d)?\s+$")
#: (r24prec) a new sentence's first word that nothing is counted by (a determiner, pronoun or preposition with its
#: capital: "1 The report also", "1 A g e n d a"), or a page's furniture: a running title's bar ("1 | HCC Interim
#: Self-Assessment"), a capitalised label and its colon ("1 Upload: others")
_MARK_SENTENCE_RIGHT = re.compile(
    r"^\s+(?:The|This|These|That|Those|A|An|It|Its|In|On|At|To|We|Our|As|There|He|She|They|If|When|Where)\b"
    r"(?![ \t\xa0]*(?:[-–%*]|[Ll]evels?\b))")  # ("3 A levels", "5 A*": counts of grades)
#: (r24review) a running title's bar is followed by the title's capital: a bar before a value is a flattened table's
#: next cell ("Permanent exclusions 2019 12 | 2020 9": a count)
_MARK_FURNITURE_RIGHT = re.compile(r"^\s+(?:\|[ \t\xa0]*[A-Z]|[A-Z][a-z]+:)")


def mark_between(text: str, start: int, end: int) -> bool:
    """(r24prec) :func:`_mark_between` of the bare number ``text[start:end]`` with its spaces on both sides (or, r26prec, a
    heading in capitals after it: :func:`_before_caps_title`): the test the stage makes again over the whole document for
    a number at the edge of its segment (whose context the segment cut).

    >>> t = "Strategy Progress Report. 1\\nThe report"
    >>> mark_between(t, 26, 27), mark_between("a total of 1 The", 11, 12)
    (True, False)
    >>> t = "MONDAY 18 DECEMBER 2006 AT 2.00 P.M. 3\\n\\nCOUNTY COUNCIL REVENUE BUDGET MONITOR"
    >>> mark_between(t, t.index("3\\n"), t.index("3\\n") + 1)  # (r26prec) before a heading in capitals
    True
    """
    return end - start <= 2 and text[start:end].isdigit() and text[start - 1:start] in _MARK_SPACES \
        and text[end:end + 1] in _MARK_SPACES and (_mark_between(text[max(0, start - 40):start], text[end:end + 60])
                                                   or _before_caps_title(text, end))


def _mark_between(left: str, right: str) -> bool:
    """(r24prec) Whether a bare number of one or two digits between ``left`` and ``right`` is a mark of the page (a list
    number, footnote or page number run into the text by a converted page) rather than a count: it stands after a
    sentence's end and before a new sentence's first word that it cannot count ("... a local authority-maintained
    school. 1 The report also outlined", "... Progress Report. 1 The report scheduled"), or after a title's year and
    before a running title's bar or a label's colon ("SELF ASSESSMENT 2012 1 | HCC Interim", "Strategy 2011-12 1 Upload:").
    A count opens a sentence before its noun ("... in April. 12 children were"), and a list of points keeps its letter
    ("ii. 13 SEND cases").

    >>> [_mark_between(l, r) for l, r in [("maintained school. ", " The report"), ("SELF ASSESSMENT 2012\\n\\n", " | HCC"),
    ...                                    ("Strategy 2011-12 ", "\\n\\nUpload: others"), ("Progress Report. ", "\\nThe report")]]
    [True, True, True, True]
    >>> [_mark_between(l, r) for l, r in [("in April. ", " children were"), ("ii. ", " The cases"),
    ...                                    ("has risen to ", " The number"), ("in 2019 ", " | 2020")]]
    [False, False, False, False]
    >>> _mark_between("placed out of the county? ", " The rest"), _mark_between("Permanent exclusions 2019 ", " | 2020 9")
    (False, False)
    """
    end = left.rstrip()[-1:]  # (speed) a stop or a closing quote or bracket ends a sentence, a digit a title's year
    if end in _MARK_SENTENCE_ENDS:
        return _MARK_SENTENCE_END_LEFT.search(left) is not None and _MARK_SENTENCE_RIGHT.match(right) is not None
    return end.isdigit() and _MARK_FURNITURE_RIGHT.match(right) is not None and _MARK_TITLE_YEAR_LEFT.search(left) is not None


#: (speed) the last characters of a sentence's end (:data:`_MARK_SENTENCE_END_LEFT`) before its spaces
_MARK_SENTENCE_ENDS = frozenset(".!'’\"”)")


#: (speed) how the left context of the second of two coordinated numbers ends (:data:`_COORDINATED_BEFORE`)
_COORDINATION_ENDS = (" and", " or", ",", "&", "\tand", "\xa0and")
#: (r24prec) a number coordinated before a stretch of time ("3 and" in "the last 3 and 5 years") and one after a number
#: ("and 5 years" after "the last 3"): they share the words before the first ("the last") and the unit after the second
_COORDINATED_BEFORE = re.compile(r"(?i)\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
                                 r"[ \t\xa0]*(?:,|and|or|&)[ \t\xa0]*$")
_COORDINATED_TIME_AFTER = re.compile(r"(?i)^[ \t\xa0]*(?:,|and|or|&)[ \t\xa0]*(?:\d{1,3}|[a-z]+)[ \t\xa0-]*"
                                     r"(?:days?|weeks?|months?|years?)\b")


def _coordinated_stretch(surface: str, left: str, right: str, time_unit: bool) -> bool:
    """(r24prec) Whether ``surface`` is one of two coordinated stretches of time back or forward from now ("in the last 3
    and 5 years", "over the next two or three years"): the words before the first (:data:`_LAST_N_LEFT`) make both a
    period, as they make "the last 5 years" one. The first takes its unit from the second (:data:`_COORDINATED_TIME_AFTER`),
    the second its words before from the first (:data:`_COORDINATED_BEFORE`).

    >>> _coordinated_stretch("3", "excluded in the last ", " and 5 years.", False)
    True
    >>> _coordinated_stretch("5 years", "excluded in the last 3 and ", ".", True)
    True
    >>> _coordinated_stretch("5 years", "a total of 3 and ", ".", True), _coordinated_stretch("3", "the last ", " and 5 pupils", False)
    (False, False)
    """
    if time_unit:
        m = _COORDINATED_BEFORE.search(left)
        return m is not None and _LAST_N_LEFT.search(left, 0, m.start()) is not None
    return _COORDINATED_TIME_AFTER.match(right) is not None and _LAST_N_LEFT.search(left) is not None


#: (r25prec) an age of 0 to 25, in digits or words
_AGE_NUMBER = r"(?:1?\d|2[0-5]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
              r"sixteen|seventeen|eighteen|nineteen)"
#: (r25prec) the ages coordinated after a number, the last before "year olds": ", 3- and 4-year olds", " to four year olds",
#: " or 17 year old"; each after a comma, "and", "or", "to" or "&" (a suspended hyphen after it)
_COORDINATED_AGES_RIGHT = re.compile(
    rf"(?i)^(?:[ \t\xa0]*-?[ \t\xa0]*(?:,|and|or|to|&)[ \t\xa0]*{_AGE_NUMBER}(?:[ \t\xa0]*-)?)+[ \t\xa0-]*(?:years?|yrs?)?"
    r"[ \t\xa0-]*olds?\b")
#: (speed) the first characters _COORDINATED_AGES_RIGHT can match
_COORDINATED_AGES_FIRST = frozenset(", \t\xa0-&")
_AGE_NUMBER_RE = re.compile(_AGE_NUMBER, re.I)


def _coordinated_age(surface: str, right: str) -> bool:
    """(r25prec) Whether ``surface`` is the first of ages coordinated before "year olds" (:data:`_COORDINATED_AGES_RIGHT`):
    coordination gives every member the kind of the last, as "the last 3 and 5 years" makes both periods
    (:func:`_coordinated_stretch`); an age of 0 to 25 only ("45, 16-year-olds" keeps its count).

    >>> [_coordinated_age(x, r) for x, r in [("2", ", 3- and 4-year olds are"), ("three", " to four year olds from"),
    ...     ("45", ", 16-year-olds"), ("3", " and 4 children")]]
    [True, True, False, False]
    """
    return _AGE_NUMBER_RE.fullmatch(surface) is not None and _COORDINATED_AGES_RIGHT.match(right) is not None


def _footnote_marker(surface: str, right: str) -> bool:
    """(r18left) Whether a number glued after a bracket or a closing quote is a footnote marker: one digit, or two
    (r18review) only before punctuation ("(LGA)12, which"; "(CLA)45 and (CIN)120" are counts), and then what a
    marker is followed by (:data:`_FOOTNOTE_RIGHT`).

    >>> _footnote_marker("3", ". The"), _footnote_marker("12", ", which"), _footnote_marker("45", " and (CIN)")
    (True, True, False)
    """
    return (len(surface) == 1 or len(surface) == 2 and right[:1] in ".,;:") and _FOOTNOTE_RIGHT.match(right) is not None


#: (r18left) the words after which a number is a value, not a marker: "rose to 45 2019: 52", "a total of 12 2019-20"
_COUNT_AFTER_WORDS = frozenset(
    "to of by at from with than was were is are be been and or about around some only just over under nearly almost "
    "approximately total totalled reached rose fell had has have saw see".split())


def _marker_left_names(lt: str) -> bool:
    """Whether the last word of ``lt`` (a left context without its spaces at the end) gives the number after it a
    name, a date or a reading as a value of its own ("Year 6 2019", "Key Stage 2 2019", "March 12 2019", "rose to 45
    2019", a verb's object "inspected 12 2019-20"), so that it is no marker.

    >>> [_marker_left_names(t) for t in ("Pupils in Year", "in March", "rose to", "Ofsted inspected", "The survey", "school")]
    [True, True, True, True, False, False]
    """
    word = lt[lt.rfind(" ") + 1:].lower()
    return word in _MONTH_NAMES or word in _COUNT_AFTER_WORDS or word.endswith("ed") or bool(_NAME_LEFT.search(lt))


#: "a two way conversation", "a two-way dialogue": a compound adjective, not a count
_WAY_RIGHT = re.compile(r"(?i)^[ -]way\b(?!s)")
#: how long a webcast or a record is kept: "viewed on our website for twelve months after the meeting"
_AFTER_MEETING_RIGHT = re.compile(
    r"(?i)^\s+(?:after|following|from)\s+the\s+(?:date\s+of\s+the\s+)?(?:meeting|broadcast|webcast)\b")


def _compound_or_retention(surface: str, right: str) -> str:
    """``name`` for a number in a compound adjective ("a two way conversation", "two-way"),
    ``procedure`` for how long the meeting's record is kept ("for twelve months after the meeting"),
    else "".

    >>> [_compound_or_retention(n, r) for n, r in [("two", " way understanding"), ("two", "-way dialogue"),
    ...     ("twelve months", " after the meeting. After that"), ("two", " ways to apply"), ("6 months", " after the review")]]
    ['name', 'name', 'procedure', '', '']
    """
    head = right[:1]
    if head in (" ", "-") and right[1:4].lower() == "way" and _WAY_RIGHT.match(right):
        return "name"
    if head == " " and surface[-1:] in "sS" and _AFTER_MEETING_RIGHT.match(right):
        return "procedure"
    return ""


#: last letters of a numeral with a scale letter glued to it ("1.2m", "15k", "3.2bn")
_SCALE_ENDS = frozenset("kKmMn")
_SCALE_LETTER_END = re.compile(rf"\d{BARE_SCALE}$")
#: money named before a bare amount in the same stretch of text (the words of money, and of a gap in it)
_MONEY_BEFORE = re.compile(rf"\b(?:{MONEY_NOUNS}|costing|allocated|pressures?|gap|balance|variance)\b", re.I)



def _bare_scale_is_amount(text: str, s: int, surface: str) -> bool:
    """Whether a numeral with a scale letter and no currency sign is an amount ("an overspend of 1.2m",
    "savings of 15k", "2.5m people"): a decimal before the letter, or money named in the 100
    characters before it. An integer with a letter and nothing of money about it is a distance or a
    label ("her 800m title", "the 5k run").

    >>> [_bare_scale_is_amount(t, t.index(x), x) for t, x in [
    ...     ("Savings of 15k were made.", "15k"), ("She won the 800m title.", "800m"), ("About 1.5M people.", "1.5M")]]
    [True, False, True]
    """
    if not _SCALE_LETTER_END.search(surface):
        return True  # not a scale letter ("10 km" is not this group's)
    if "." in surface:
        return True
    if s and text[s - 1] == "\ufffd":
        return True  # "more than \ufffd15m": a currency sign mis-encoded by a news site (a "£" read as UTF-8)
    return _MONEY_BEFORE.search(text, max(0, s - 100), s) is not None


#: (speed) necessary conditions of the right-context patterns in :func:`classify` (checked against
#: every number of the test, bench and silver texts: the cheap test never says no where the pattern matches)
_FIRST_WORD = re.compile(r"\s*([A-Za-z]+)")
#: the words _PROCEDURE_RIGHT's alternatives begin with (beside "... item(s)", tested as a substring)
_PROCEDURE_FIRST = ("min", "member", "public", "speaker", "deputation", "petition", "substitute", "apologies", "written",
                    "supplementary", "question", "vote", "for", "in", "abstention", "abstained", "against",
                    "councillor", "declaration", "clear", "of", "page", "paper", "printed", "hard", "copies",
                    "key", "area", "topic", "theme", "issue", "line", "valid")
_PAPERS_FIRST = ("of", "report", "paper", "presentation", "briefing")
_MEMBERS_FIRST = ("members", "councillors", "cllrs")
_FREQUENCY_FIRST = ("monthly", "weekly", "yearly", "daily", "hourly")
#: _AGE_RIGHT: "s" ("18s"), "year(s) and over", "and/or over|under ..."; "...olds" is tested as a substring
_AGE_RIGHT_FIRST = ("s", "year", "and", "or")
_TERMS_FIRST = ("quarters", "terms", "semesters")
#: the first words after "one" where _ONE_COORD_RIGHT cannot match
_ONE_NOT_FIRST = frozenset(("of", "another", "in", "by", "to", "or", "and", "is", "was", "way", "day", "more"))
#: the first character of the right context after its spaces where _MONTH_RIGHT can match: a day's
#: suffix ("st", "nd", "rd", "th"), a range ("and", "or", "-", "–", "to", "&"), a list's comma or a month's capital
_MONTH_RIGHT_FIRST = frozenset("snrtao-–&,JFMASOND")
#: the first character after spaces and tabs where _LINE_END_RIGHT can match ("" at the end)
_LINE_END_FIRST = frozenset((":", ".", "\n", ""))
#: what the line before a number of a line _PAGE_LINE_AT matches ends with, without its spaces: a dash
#: ("- 4 -") or "of" ("3 of 12"); or nothing (tested apart: the number opens the line or the left context)
_PAGE_NUMBER_AFTER = ("-", "–", "of")


#: (speed) the last words of the left-context patterns below (``\\b(?:...)\\s*$``, case-insensitive): a
#: pattern can match only if the left context, without its whitespace at the end, ends with one of them
_LIMIT_WORDS = LIMIT_WORDS  # _UNDER_AGE_LEFT, _SHARE_AGE_LEFT, _PEOPLE_AGE_LEFT (the grammar's, which is_minus_sign reads too)
_POST_PRE = POST_PRE  # _POST_AGE_LEFT (before one "-" or space, or a dash between spaces)
_NO_WORDS = ("no", "no.")  # _REF_NO_LEFT
_YEAR_COUNT_ENDS = ("to", "of", "whom", "at", "reached", "totalled", "totaled", "were", "are")  # _YEAR_COUNT_LEFT
_LAST_N_ENDS = ("last", "past", "previous", "preceding", "prior", "next", "coming", "first", "following", "of", "in", "after", "every",
                "just", "only", "for")
_THRESHOLD_ENDS = ("within", "the", "a", "statutory", "legal", "required", "agreed", "target", "recommended", "under", "than", "over",
                   "to", "least", "after", "beyond", "exceeding", "lasting")
#: what a left context that _MONTH_LEFT or _MONTH_SHORT_LEFT (``{MONTHS}\\s*[,']?\\s*$``, case-sensitive) finds ends
#: with, once its whitespace and then the comma or quote and the whitespace before it are taken off
#: (r17prec) the seasons a budget or term is named by ("the Autumn 202 budget": a year cut short after one)
_SEASON_TAILS = SEASONS
#: (r17prec) a year's first three digits after a month, its last digit next: "24 October 201 3"
_SPLIT_YEAR_LEFT = re.compile(rf"{MONTHS}\s+20[0-2]$")
_MONTH_TAILS = MONTH_NAMES + tuple(a + dot for a in MONTH_SHORT for dot in ("", "."))


def _may_end16(low16: str | None, endings: tuple[str, ...]) -> bool:
    """:func:`.grammar.may_end_with` on the last 16 characters of the left context without its whitespace,
    lower-cased (``None`` when they are not ASCII: a maybe), as :func:`classify` computes them once."""
    return low16 is None or low16.endswith(endings)


def _ends_with_month(lt: str, sep: str) -> bool:
    """Whether ``lt`` (a left context without its whitespace at the end), less one ``sep`` and the
    whitespace before it, ends with a month's name or abbreviation: a necessary condition of
    ``{MONTHS}\\s*{sep}?\\s*$``."""
    if lt.endswith(sep):
        lt = lt[:-1].rstrip()
    return lt.endswith(_MONTH_TAILS)


#: (r17values) "from" right before a number, and "to" another written with four or more digits right after it
_FROM_END = re.compile(r"(?i)\bfrom$")
_TO_COUNT_RIGHT = re.compile(r"(?:\s?to\s?|\s[-–—]\s)(\d{1,3}(?:,\d{3})+|\d{4,})(?![\d/])")


def _from_year_to_count(surface: str, lt: str, right: str) -> bool:
    """(r17values) Whether a year-shaped number is the first of two counts of a change "from X to Y", Y being no year
    (above 2100, or below X): "the number of requests rose from 2014 to 2250" (``lt`` is the left context, stripped).

    >>> _from_year_to_count("2014", "requests rose from", " to 2250 this year"), _from_year_to_count("2014", "from", " to 2019")
    (True, False)
    >>> _from_year_to_count("2019", "fell from", " to 1,850 last year"), _from_year_to_count("2014", "in", " to 2250")
    (True, False)
    """
    if not surface.isdigit() or not _FROM_END.search(lt[-5:]) or (m := _TO_COUNT_RIGHT.match(right)) is None:
        return False
    return not int(surface) <= int(m.group(1).replace(",", "")) <= 2100


# ---- round 25 (r25prec2): a page's number or a footnote's mark run into the text ----
#: a number between the marks of a printed page's number, never around a figure: "primary, -1- secondary" (a page
#: counter run into the text)
_PAGE_MARK_RIGHT = re.compile(r"^-(?=\s|$)")
_PAGE_MARK_LEFT = re.compile(r"(?:^|[\s,;:])-$")


def _page_or_footnote_mark(surface: str, left: str, right: str) -> bool:
    """(r25prec2) Whether a number is a printed page's counter run into a line ("primary, -1- secondary": up to three
    digits between two dashes, a space or the line's edge outside them) or a Markdown footnote reference ("pathway.
    [^3]"): typography that marks a place in the document and never wraps a figure.

    >>> [_page_or_footnote_mark(n, l, r) for n, l, r in [("1", "with the primary, -", "- secondary heads"),
    ...     ("3", "the pathway. [^", "]\\n- The report"), ("-1", "fell by ", " to 40"), ("4", "from 3-", "-5 years"),
    ...     ("2", "the [", "] report")]]
    [True, True, False, False, False]
    """
    if not surface.isdecimal():
        return False
    last = left[-1:]
    if last == "^" and left[-2:-1] == "[" and right[:1] == "]":
        return True  # "[^3]": a Markdown footnote reference
    return last == "-" and right[:1] == "-" and len(surface) <= 3 and _PAGE_MARK_LEFT.search(left) is not None \
        and _PAGE_MARK_RIGHT.match(right) is not None


#: (r25prec2) "the most 20% deprived", "the least 10% disadvantaged": the share that defines a group of areas, in the
#: other order than "the 20% most deprived" (:data:`_MOST_DEPRIVED_RIGHT`)
_MOST_SHARE_LEFT = re.compile(r"(?i)\b(?:most|least)\s*$")
_DEPRIVED_RIGHT = re.compile(r"(?i)^\s+(?:deprived|disadvantaged|affluent)\b")
#: (r25prec2) "five or more A* - C grades at GCSE": an attainment measure's definition with "at GCSE" after its grades
#: (the other order of :data:`_GCSE_RIGHT`'s "5 or more A*-C GCSEs")
_GRADES_AT_GCSE_RIGHT = re.compile(
    r"(?i)^\s+(?:or\s+more\s+)?(?:good\s+)?(?:A\*?\s?(?:-|–|to)\s?C\s+|9\s?(?:-|–|to)\s?4\s+)grades?\s+(?:at|in)\s+GCSE")


#: (r27prec) a financial year without its separator ("202425") or written short with a hyphen ("22-23"), and what a short
#: one names after it
_GLUED_FY = re.compile(r"20(\d\d)(\d\d)")
_SHORT_HYPHEN_FY = re.compile(r"(\d\d)[-–](\d\d)")
_SHORT_FY_NOUN_RIGHT = re.compile(r"(?i)\s+(?:budgets?|financial\s+years?|outturns?|allocations?|accounts?|settlements?)\b")


def _glued_or_short_year(text: str, s: int, e: int, surface: str) -> bool:
    """(r27prec) Whether a bare number is a financial year: "202425" when the text writes the same year with its separator
    elsewhere ("2024-25", "2024/25"; r24blindH Derbyshire), or "22-23" before a budget's noun ("the report on the 22-23
    budget"; r26blindM Barnet); the second year is the first's next.

    >>> t = "the financial year 2024-25. The Outturn 202425 report"
    >>> _glued_or_short_year(t, t.index("202425"), t.index("202425") + 6, "202425")
    True
    >>> _glued_or_short_year("a total of 202425 visits", 11, 17, "202425"), _glued_or_short_year("the 22-23 budget", 4, 9, "22-23")
    (False, True)
    >>> _glued_or_short_year("aged 22-23 years", 5, 10, "22-23")
    False
    """
    glued = _GLUED_FY.fullmatch(surface)
    if glued:
        a, b = glued.groups()
        return int(b) == (int(a) + 1) % 100 and (f"20{a}-{b}" in text or f"20{a}/{b}" in text or f"20{a}–{b}" in text)
    short = _SHORT_HYPHEN_FY.fullmatch(surface)
    return short is not None and int(short.group(2)) == (int(short.group(1)) + 1) % 100 \
        and _SHORT_FY_NOUN_RIGHT.match(text, e) is not None


def classify(text: str, kind: str, s: int, e: int, surface: str, rules: FigureRules) -> str:
    """The kind of the expression ``text[s:e]`` (``surface``) of grammar group ``kind``: ``figure``,
    ``skip`` (not a number: "one of the schools") or one of the non-figure kinds. ``rules``: the figure rules the stage
    was given (their word lists: :attr:`.rules.FigureRules.items_over_left`).

    >>> from .rules import load_rules
    >>> t = "The table on page 39 showed 68%."
    >>> classify(t, "num", 18, 20, "39", load_rules()), classify(t, "num", 28, 31, "68%", load_rules())
    ('reference', 'figure')
    """
    if kind in ("date", "time", "ordinal", "phone"):
        return kind
    if kind == "num" and surface[-1:] in _SCALE_ENDS and not _bare_scale_is_amount(text, s, surface):
        return "name"  # "her 800m title": a distance or a label, not 800 million
    if kind == "fy" or kind == "quarter":
        short = _SHORT_FY.fullmatch(surface)
        if short and int(short.group(2)) != int(short.group(1)) + 1:
            return "reference"
        return "period"
    if kind == "fraction" and text[e:e + 4] == " of " and _PART_OF_YEAR_RIGHT.match(text, e):
        return "period"  # "during one quarter of the year": a stretch of time, not a share
    if kind == "fraction" and _FRACTION_PERIOD_LEFT.search(text[max(0, s - 12):s]):
        return "period"  # "the first three quarters of the year"
    if kind == "ratio" and (_RANK_LEFT.search(text[max(0, s - 20):s]) or (
            text[max(0, s - 4):s].lower().endswith("at ") and _RANK_AT_LEFT.search(text, max(0, s - 60), s))):
        return "ordinal"  # "ranked 12 out of 150": a rank, not a share
    if kind == "num" and text[max(0, s - 9):s].rstrip().lower().endswith(_RANK_FIELD_ENDS) and _RANK_FIELD_LEFT.search(text, max(0, s - 40), s) \
            and (text[max(0, s - 9):s].rstrip().lower().endswith("out of")
                 or surface.isdecimal() and not _COUNT_NOUN_RIGHT.match(text[e:e + 40])):
        # (r27review) a bare rank is a whole number alone: "the measure ranked 67%" (a value) and "ranking 12 schools" (a
        # count of what is ranked) stay figures
        # (r27prec) the field a rank is given in, or a rank with no "th": "fallen 2 places to 9th out of 11" (r24blindH
        # Central Bedfordshire), "ranked 110th out of 152 LA's", "the LA ranked 33 against all other LAs" (r26blindO
        # Slough), "ranked 145th out of 151" (r23blindD Cambridgeshire), "60th out of 152" (r14freshA St Helens): an
        # ordinal, as "ranked 12 out of 150" is (the gold README's `9th out of 11`)
        return "ordinal"
    if kind == "num" and len(surface) in (5, 6) and surface[2:3] in "-–20" and _glued_or_short_year(text, s, e, surface):
        return "period"  # (r27prec) "the Outturn 202425 report" (2024-25 said before), "the report on the 22-23 budget"
    if kind in ("ratio", "fraction"):
        return "figure"
    if kind == "size":
        return "filesize"
    if kind == "between" and _YEAR_SPAN.fullmatch(surface):
        return "period"  # "between 2009 and 2014": a span of years, not a range of values
    if kind == "between":
        ages = _AGE_BETWEEN.fullmatch(surface)
        if ages and int(ages.group(1)) < int(ages.group(2)) <= 25 and _PEOPLE_LEFT.search(text[max(0, s - 30):s]) \
                and not _COUNT_NOUN_RIGHT.match(text[e:e + 30]):
            return "age"  # "children between 11 and 18 attended": an age group, not a range of counts
    if kind == "hyname":
        if _plan_length(surface, text[e:e + 40]) or _WAIT_NOUN_RIGHT.match(text[e:e + 30]):
            return "figure"  # "a 3-year period", "a 10-year strategy", "the 18-week wait"
        return "age" if "old" in surface.lower() else "name"
    left = text[max(0, s - 40):s]
    right = text[e:e + 60]
    if kind == "glued":
        if _DIGITS_S.fullmatch(surface) and _AGE_LEFT_SHORT.search(left):
            return "age"
        if _UNDER_OVER_DIGIT.match(surface):
            return "age"
        if surface[-2:] in ("FE", "fe") and len(surface) <= 6 and (surface[:-2].isdecimal() and len(surface) <= 4
                                                                   or surface[-4:-2] == ".5"):
            # (r17values) a school's forms of entry: "to increase from 6FE to 8FE", "a 2FE primary"; (r18left) "2.5FE"
            return "figure"
        if surface[-1:] == "p" and surface[:-1].isdecimal() and len(surface) <= 4 and text[s - 1:s] not in (".", ","):
            return "figure"  # (r13prec) pence: "an increase of 17p per hour", "an additional 10p per child/hour", "lost 75p"
        return "name"
    if kind == "money":
        lt = left.rstrip()
        if (lt and lt[-1] in "><≥≤") or (lt[-4:].lower() in _PAID_OVER_ENDS and _PAID_OVER_LEFT.search(lt)):
            # "Financial Impact>£500K", "Reason Key: Expenditure > £500,000", "executives who are paid over £100K",
            # "staff earning in excess of £150,000", "household income of less than £16,190": a band, not an amount
            return "threshold"
        if lt[-4:].lower() in _ITEMS_OVER_ENDS and rules.items_over_left.search(lt):
            return "threshold"  # (r22prec) "balances over £1m were held by 15 schools", "approval for all spending over £500"
        wide = text[max(0, s - 80):s].rstrip()
        if "key" in wide.lower():
            key = _KEY_SPEND_LEFT.search(wide)
            if key and (key.group(1) is None or _OR_MORE_RIGHT.match(right)):
                return "threshold"  # (r20prec) "Reason Key: Expenditure over £500,000": what makes a decision key
        return "figure"
    # (speed) the ASCII letters that begin the right context after its spaces, lower-cased (None when the
    # right context is not ASCII: every test on it is a maybe): a pattern ``^\s*word`` (or ``^\s+word``,
    # case-insensitive or not) can match only if they start with the word
    if right.isascii():
        w1m = _FIRST_WORD.match(right)
        w1: str | None = w1m.group(1).lower() if w1m else ""
    else:
        w1 = None
    r0 = right[:1]
    other = _venue_or_age_limit(kind, surface, left, right)
    if other:
        return other
    if kind in ("num", "word") and left[-1:] in ("^", "-") and _page_or_footnote_mark(surface, left, right):
        return "reference"  # (r25prec2) "primary, -1- secondary", "[^3]": a page's counter, a footnote's mark
    other = _meeting_furniture(text, kind, s, e, surface, left, right)
    if other:
        return other
    if kind in ("num", "word") and (right[1:4].lower() == "way" or (surface[-1:] in ("s", "S") and right[:1] == " ")):
        other = _compound_or_retention(surface, right)
        if other:
            return other
    # (speed) the surface's shape from string methods, once: digits alone (``\d+``: no unit, no sign, no
    # percentage), which stands for the patterns _DIGITS, _ONE_TWO_DIGITS, _ONE_TO_THREE_DIGITS and _FOUR_DIGITS by its length
    # and makes PCT_RE and TIME_RE (which need a letter or "%") fail on it
    decimal = surface.isdecimal()
    is_pct = (not decimal and bool(PCT_RE.search(surface[1:]))) if kind != "word" else ("%" in surface or "cent" in surface)
    small = decimal and len(surface) <= 2  # one or two digits ("5", "12")
    # (speed) the left context without its whitespace at the end, and its last 16 characters lower-cased
    # when they are ASCII (None: a maybe), shared by the tests of its last words
    # (``may_end_with(left, endings)`` is ``low16 is None or low16.endswith(endings)``)
    lt = left.rstrip()
    tail16 = lt[-16:]
    low16 = tail16.lower() if tail16.isascii() else None
    if kind == "num" and surface[:1] == "0" and _GLUED_ZERO_CELLS.fullmatch(surface) and _GLUED_ZERO_CELLS_LEFT.search(left) \
            and _GLUED_ZERO_CELLS_RIGHT.match(right):
        return "skip"  # (r20table) "(5,000)000(5,000)": zero cells of a flattened table run together, not one value
    # list markers inside a text: "(1) ...", "RESOLVED that: (2) ...", "; 3) ..."
    if kind == "num" and small and (
        (left.endswith(("(", "(\n")) and _LIST_OPEN_LEFT.search(left) and right.startswith(")"))
        or (right.startswith(")") and _CLOSE_SPACE.match(right) and _LIST_START_LEFT.search(left))
    ):
        return "list"
    if kind == "num" and small and _POINT_RIGHT.match(right) and _POINT_LEFT.search(left):
        return "list"
    if kind == "num" and small and right[:2] == ". " and "(" in text[e:e + 130] and (not lt or _point_left_ok(lt)) \
            and (pages := _ITEM_PAGES_RIGHT.match(text, e)) and surface.isdecimal() \
            and (_PAGES_LINE_END.match(text, pages.end()) or _item_neighbour(text, s, e, int(surface))):
        # (r27review) with the pages closing the item's line or the next or the previous item in the agenda: "Care leavers
        # in EET: Total 14. Members noted the Annual Report (Page 7) with interest." is a count before a sentence that
        # cites a page
        return "list"  # (r27prec) "Items for Consultation and Guidance 7. Capital Programme (Pages 59 - 72)": an item's number
    if kind == "num" and small and right[:1] == "." and int(surface) <= 20 and _CAPS_HEADING_RIGHT.match(right) \
            and _CAPS_HEADING_LEFT.search(lt):
        return "list"  # (r20prec) "Equalities Analysis 1. SUMMARY Further to": a section's number before its heading
    if kind == "num" and right[:2] == ". " and PARA_NUMBER.fullmatch(surface) and _POINT_RIGHT.match(right) \
            and (_POINT_LEFT.search(left) or _HEADING_END_LEFT.search(left)):
        return "list"  # (r13prec) a report's numbered paragraph run into the text: "... in 2011/12. 1.3. The report seeks"
    if kind == "num" and small and right[:1] in ". " and _point_left_ok(lt) and section_before_paragraph(text, e, surface):
        return "list"  # (r25prec) "2004. 1 Background : Connexions Targets 1.1 The primary": a section's number
    if kind == "num" and small and right[:1] in ".)" and _POINT_RIGHT.match(right) and _point_in_sequence(text, s, e, surface, left):
        return "list"  # (r14prec) a numbered point run into the text, its neighbour near: "CASELOADS ANALYSIS 1. Systems ..."
    if kind == "num" and "." in surface and len(surface) <= 5 and right[:1] in (" ", "\t", "\xa0") \
            and PARA_NUMBER.fullmatch(surface) and _PARA_OPENING_RIGHT.match(right) \
            and _paragraph_in_sequence(text, s, e, surface, left):
        return "list"  # (r14prec) a report's paragraph number without its dot run into the text: "... below. 2.1 The Council"
    # age bands: "11-16 provision", "the 0-25 SEND service", "16-19 bursary"
    if surface.endswith(("years", "year", "Years")):
        band = _AGE_BAND_RE.fullmatch(_YEARS_END.sub("", surface))
        if band and (int(band.group(1)), int(band.group(2))) in _AGE_BANDS \
                and (band.group(1) == "0" or _PEOPLE_LEFT.search(left) or _AGE_WORDS.may_end_stripped(lt) and _AGE_LEFT.search(left)):
            return "age"  # "services for 0 – 19 years", "young people 16-25 years": ages, not a duration
        if band and lt[-1:] == "(" and int(band.group(1)) < int(band.group(2)) <= 25 and right.lstrip(" \t\xa0")[:1] == ")" \
                and _GROUP_BRACKET_LEFT.search(lt):
            return "age"  # (r20prec) "children in year 6 (10-11 years)": the group's ages in brackets
    band = _AGE_BAND_RE.fullmatch(surface) if ("-" in surface or "–" in surface or "to" in surface) else None
    if band and (int(band.group(1)), int(band.group(2))) in _AGE_BANDS and not _PCT_RIGHT.match(right):
        return "age"
    if band and int(band.group(1)) < int(band.group(2)) <= 25 and _AGE_GROUP_RIGHT.match(right):
        return "age"
    if surface[-1:] in "sS" and _BAND_VALUE_RIGHT.match(right):
        yband = _AGE_BAND_RE.fullmatch(_YEARS_END.sub("", surface))
        if yband and (int(yband.group(1)), int(yband.group(2))) in _CLA_AGE_BANDS:
            return "age"  # "- 1 to 4 years: 10%, a decrease since 2021": the DfE age bands of a breakdown, with "years"
    if band and (int(band.group(1)), int(band.group(2))) in _CLA_AGE_BANDS and _BAND_VALUE_RIGHT.match(right):
        return "age"  # "• 1-4 - 1,529 children", "5-9: 1,780": the DfE age bands of a breakdown, each before its count
    if surface == "1" and lt[-5:].lower() == "under" and _BAND_VALUE_RIGHT.match(right) and _AGE_LEFT_SHORT.search(left):
        return "age"  # "• Under 1 - 403 children", "Under 1: 40": the youngest DfE age band before its count
    # start of a text: agenda item "5 Year End ...", minute "33.2 The ...", list "1. The ..."
    at_line_start = s == 0 or text[s - 1] == "\n" or (text[s - 1] in " \t\xa0" and _line_start_left(left))
    if at_line_start and kind == "num" and not is_pct:
        if _DECIMAL.fullmatch(surface) and (_MINUTE_TEXT_RIGHT.match(right) or right[:2] == ") "):
            return "minute"  # "33.2 The Committee ...", "6.1) It was recommended ..."
        if _DOT_SPACE.match(right):
            return "list"
        if decimal and _TITLE_RIGHT.match(right) and not (len(right) > 8 and _COUNTED_TITLE_RIGHT.match(right)):
            return "reference"
        if decimal and len(surface) <= 3 and _LINE_ALONE_RIGHT.match(right):
            return "reference"  # a number alone on its line measures nothing
        if small and right[:1] in ("\t", " ") and right[1:2] in _POINT_OPENERS_FIRST and _POINT_OPENER_RIGHT.match(right) \
                and text.count(" ", e, text.find("\n", e) if "\n" in text[e:e + 400] else e + 400) >= 6:
            return "list"  # "1  To highlight reports or appendices which ...", "3 If so, to pass the resolution": a numbered point
    if kind == "num" and small and right.lstrip(" \t\xa0")[:1] in _LINE_END_FIRST and _LINE_END_RIGHT.match(right) \
            and _LABEL_LINE_LEFT.search(left):
        return "name"  # "Action 1", "Option 2:" as a line of its own
    if not is_pct:  # (cheap tests on the surface before the searches of the left context)
        if (low16 is None or low16.endswith("per")) and _RATE_BASE_LEFT.search(left):
            return "rate_base"
        if surface in _RATE_BASES and (low16 is None or low16.endswith(("every", "each"))) and _EVERY_BASE_LEFT.search(lt):
            return "rate_base"  # "92 in every 10,000 children", "For every 10,000 youngsters in the resort, 184 were in care"
        if (lt.endswith("(") or _REF_WORDS.may_end_stripped(lt[:-1].rstrip() if lt.endswith(":") else lt)) \
                and _REF_LEFT.search(left) and not (lt[-2:-1].isdigit() and "," in surface) \
                and not ("entence" in lt[-10:] and _COURT_SENTENCE_LEFT.search(lt)):
            # (r27review) not a court's sentence: "young people given a custodial sentence 4 (last year 7)" counts
            # (r20table) a sub-reference glued to a reference ("Section 100A(4)") is short: a bracketed amount with a
            # thousands comma after a digit is a table's next cell run on ("(5,000)000(5,000)": the row's total)
            return "reference"
        if (small or surface.lower() in _SMALL_WORDS) and _PERIOD_WORDS.may_end_stripped(lt) and _PERIOD_LEFT.search(left):
            return "period"  # "month 4", "at month four", "week 12"
        if (((w1 is None or w1.startswith(_PROCEDURE_FIRST) or "item" in right.lower()) and _PROCEDURE_RIGHT.match(right))
                or ((w1 is None or w1.startswith(_PAPERS_FIRST)) and _PAPERS_RIGHT.match(right))) \
                and not _MEASURE_LEFT.search(left):
            return "procedure"
        if _NAME_SURFACE.fullmatch(surface) and _NAME_WORDS.may_end_stripped(lt) and _NAME_LEFT.search(left) \
                and ("." not in surface or _DECIMAL_NAME_LEFT.search(left)) and lt[-6:] != "update" \
                and not (lt[-1:] in "sS" and lt.lower().endswith(_PLURAL_NAME_WORDS) and _COUNT_NOUN_RIGHT.match(right)) \
                and not (lt[-4:].lower() == "tile" and _BAND_VALUE_LEFT.search(lt)):
            # "Year 6", "Key Stage 2", "Performance Measure 1" (a name); "year 2024" falls through; (r17review) "Update 2"
            # is a title's name only with its capital: "since the last update 12 children were placed" counts; a plural
            # name word names no number counted before its noun ("staffing levels 20 posts below establishment")
            return "name"
    # (after the references and names by their words: "Fig 2:" stays a reference)
    if kind == "num" and small and right[:1] in _OPENING_LABEL_FIRST and _opening_label(text, s, left, right):
        return "name"  # (r25prec) "Change 1: To stop ...", "RECOMMENDATION 5: To continue ...": a label opening a sentence
    if kind == "num" and decimal and len(surface) <= 3 and lt[-1:].isupper() and _acronym_code(left, right):
        return "name"  # (r25prec) "CHAS 546: Youth Service Review", "the YOS 1 evaluation", "the Q 3 period": a code
    if kind == "num" and decimal and len(surface) <= 3 and right[:1] in _SPACE_FIRST and _before_caps_title(text, e):
        return "reference"  # (r26prec) "P.M. 3\n\nCOUNTY COUNCIL REVENUE AND CAPITAL BUDGET": the number of what the heading heads
    if decimal and len(surface) == 3 and surface[:2] == "20" and lt.endswith(_MONTH_TAILS) and _DAY_MONTH_LEFT.search(lt) \
            and not _COUNT_NOUN_RIGHT.match(right):
        return "date"  # "held on Thursday 6 January 202, as circulated": a year cut short
    if decimal and len(surface) == 3 and surface[:2] == "20" and lt.endswith(_SEASON_TAILS) \
            and not _COUNT_NOUN_RIGHT.match(right) and not _COUNTED_AFTER_MONTH.match(right):
        # (r17prec) "The Autumn 202 budget included": a year cut short after a season; (r17review) not a count of a
        # term before its noun, as after a month: "In Spring 205 new EHC plans were issued", "Summer 206 enquiries"
        return "date"
    if decimal and len(surface) == 1 and lt[-3:] in ("200", "201", "202") and left[-1:] == " " and _SPLIT_YEAR_LEFT.search(lt):
        return "date"  # (r17prec) "Thursday 24 October 201 3 2:00pm": the last digit of a year split by a space
    if not decimal and kind == "num" and ("-" in surface or "–" in surface or "to" in surface) \
            and lt.endswith(_MONTH_TAILS) and _MONTH_BEFORE.search(lt):  # (speed) _DAY_RANGE needs "-", "–" or "to"
        days = _DAY_RANGE.fullmatch(surface)
        if days and 1 <= int(days.group(1)) < int(days.group(2)) <= 31 and not _PCT_RIGHT.match(right) \
                and not _COUNT_NOUN_RIGHT.match(right):
            return "date"  # "from January 13 to 24", "January 13-24": days of a month, not a range of values
    if (right.lstrip()[:1] in _MONTH_RIGHT_FIRST and _month_after(right, surface, small)) or (
            len(surface) == 4 and decimal and _ends_with_month(lt, ",") and _MONTH_LEFT.search(left)):
        return "date"
    if kind == "num" and small and _ends_with_month(lt, "'") and _MONTH_SHORT_LEFT.search(left) \
            and not _COUNT_NOUN_RIGHT.match(right) and not _COUNTED_AFTER_MONTH.match(right) \
            and not _PCT_RIGHT.match(right):
        return "date"  # "in April 17", "November '23", "June 30": a day or a two-digit year after its month
    if (w1 is None or r0 == "-" or w1 in _PERIOD_FIRST or w1.endswith("period")) \
            and lt.endswith(("the", "this", "that", "a", "one", "any")) and _PERIOD_NOUN_RIGHT.match(right) \
            and (surface[-1:] in _YEARS_LAST or "-" in right[:1] or TIME_RE.search(surface)):
        if _OVER_THE_PERIOD_LEFT.search(lt):
            return "period"  # "saving £34m over the three-year period": the stretch a value is measured over
        if _WITHIN_PERIOD_LEFT.search(lt):
            return "threshold"  # "the second inadequate judgement within a five year period"
    if _plan_length(surface, right) and not (_may_end16(low16, _LAST_N_ENDS) and _LAST_N_LEFT.search(left)):
        return "figure"  # "a 5 year strategy", "a three-year plan", "a 3-year period": how long the plan runs
    if kind in ("num", "word") and "bed" in right[:16].lower() and _BED_SIZE_RIGHT.match(right) \
            and not _HOME_USE_RIGHT.search(right, 0, 120):
        # (r17prec) "two three-bedroomed properties", "a 5 bedded house": a kind of property; (r17review) not a house
        # to be a children's home, whose beds are its places ("two 3 bed houses to open as children's homes")
        return "name"
    if kind == "word" and r0 == " " and _numbered_place_name(surface, right):
        return "name"  # (r19prec) "the Five Islands School budget": the number begins a proper name
    if kind in ("num", "word") and r0 == "-" and _HYPHEN_UNIT_NAME_RIGHT.match(right) and not _WAIT_NOUN_RIGHT.match(
            right[right.find(" "):] if " " in right else ""):
        return "name"  # "six-month reviews", "a 12-week programme": the length names a thing
    clock = kind == "num" and ("." in surface or ":" in surface) and _CLOCK.fullmatch(surface) is not None
    if clock and left.endswith("(") and right.startswith(")"):
        return "time"  # "Children's Social Care Data Briefing (19.05)": the time an item was taken
    if clock and _CLOCK_LEFT.search(left):
        return "time"  # "Printed minutes 12th-Dec-2023 19.00", "at 18.30"
    if kind == "num" and small and left.endswith("(") and _SUBNUMBER_RIGHT.match(right):
        return "reference"  # "Minute 12 (3)(b)": a sub-paragraph
    if kind == "num" and small and right[:1] == ")" and left.rstrip().endswith("(") and _GLUED_NO_REF_LEFT.search(left):
        return "reference"  # "Further to Minute No.19 (3)": a sub-paragraph of a minute
    if kind == "num":
        line_left = left[left.rfind("\n") + 1:].rstrip(" \t\xa0")  # (the number's line before it, in the window)
        if (not line_left or line_left.endswith(_PAGE_NUMBER_AFTER)) and _PAGE_LINE_AT.match(text, _line_start(text, s)) is not None:
            return "reference"  # a page number on a line of its own: "3 of 12", "- 4 -"
    if kind in ("num", "word") and (w1 is None or w1.startswith(_MEMBERS_FIRST)) and _MEMBERS_RIGHT.match(right) \
            and _ABSENCE_LEFT.search(left):
        return "procedure"  # "Apologies for absence were received from 2 Members"
    if kind == "num" and left[-12:].lower().rstrip(" :\t\xa0").endswith("quorum") and _QUORUM_LEFT.search(left):
        return "procedure"  # "Quorum: 3": a rule of the meeting (r26recall: "Members present: 7" is a count, a figure)
    if kind == "num" and r0 == "/" and _SLASH_YEAR_RIGHT.match(right):
        return "reference"  # "Decision Notice 23/2023", "Circular 5/2019": a document number (or a date)
    if (r0 == "-" or w1 is None or w1.startswith(_FREQUENCY_FIRST)) and _FREQUENCY_RIGHT.match(right):
        return "period"  # "a six monthly update", "three-weekly visits": how often, not how many
    if _may_end16(low16, _HELD_BOUND_ENDS) and _subset_bound(text, s, left, lt, is_pct or kind == "fraction"):
        return "threshold"  # (r17prec) "30 per cent of social workers were responsible for more than 20 children"
    if _may_end16(low16, _TOP_ENDS) and _TOP_LEFT.search(left) and not _record_value(surface, lt, right, is_pct):
        # "in the top 25% of schools", "the top 10 offences", (r17prec) "one of their top three preferences", "pupils
        # in the lowest two bands of need": a rank band, not a measurement; (r18left) but a record value after
        # "highest"/"lowest" is a figure: "its highest 1,200 referrals", "the highest 2.3% rise"
        return "threshold"
    if not is_pct and (small or not decimal and surface.lower() in _SMALL_WORDS):
        if (w1 is None or w1 in _GCSE_FIRST) and (not decimal or int(surface) <= 10) and (
                (_GCSE_RIGHT.match(right) and (not _GCSE_BARE_RIGHT.match(right) or _AT_LEAST_LEFT.search(lt)))
                or _GRADES_AT_GCSE_RIGHT.match(right)):
            # "at least five GCSEs", "5 or more good GCSEs", (r25prec2) "five or more A* - C grades at GCSE": an attainment
            # measure's definition
            return "threshold"
        if (w1 is None or w1 in _PLACEMENTS_FIRST) and _PLACEMENTS_RIGHT.match(right) \
                and (not decimal or int(surface) <= 5) and _may_end16(low16, _AT_LEAST_ENDS) and _AT_LEAST_LEFT.search(lt):
            return "threshold"  # "at least three placements in 12 months": a placement-stability definition
    if "preferences" in right[:48] and (small or not decimal and surface.lower() in _SMALL_WORDS) and (
            (_PREFERENCES_RIGHT.match(right) and _PREFERENCES_LEFT.search(lt)) or _NUMBER_OF_PREFERENCES_RIGHT.match(right)):
        return "threshold"  # (r13prec) "one of their six preferences", "increase from 3 to 5, the number of school preferences"
    if "preferences" in lt[-40:] and (small and int(surface) <= 10 or not decimal and surface.lower() in _SMALL_WORDS) \
            and _PREFERENCES_FROM_LEFT.search(lt):
        return "threshold"  # (r20prec) "the increase in preferences from 3 to 6": the scheme's rule, not a count
    if (low16 is None or low16.endswith(" for")) and (
            _LONG_TERM_SURFACE.fullmatch(surface) or (surface.lower() in ("two", "2") and _AND_A_HALF_YEARS_RIGHT.match(right))) \
            and _LONG_TERM_LEFT.search(lt) and not _LONG_TERM_MEASURE_LEFT.search(left):
        return "threshold"  # "looked after for two and a half years", "in the same placement for two years"
    if (low16 is None or low16.endswith(" of")) and _LEGACY_LEFT.search(lt) and TIME_RE.search(surface):
        return "period"  # "a legacy of 16 years where it had more looked after children"
    if kind == "num" and len(surface) == 1 and _brand_number(text, s):
        return "name"  # "Progress 8", "Attainment 8", "Change 4 Life": a measure's or a programme's name
    if is_pct:
        if r0 == " " and surface[-5:].lower() == "point" and _STEPS_PLAN_RIGHT.match(right):
            return "name"  # (r20prec) "the 10 point plan": a plan named by its points, not percentage points
        if (r0 == " " and right[1:3] in ("mo", "le") and _MOST_DEPRIVED_RIGHT.match(right)) or (
                lt.endswith(("poorest", "deprived", "disadvantaged")) and _POOREST_LEFT.search(lt)) or (
                lt[-4:].lower() in ("most", "east") and _MOST_SHARE_LEFT.search(lt) and _DEPRIVED_RIGHT.match(right)):
            # "from the 30% most deprived areas", "the poorest 20 per cent of families", (r25prec2) "the most 20% deprived":
            # a definition
            return "threshold"
        if _percent_threshold_of_rule(left, right, lt, text[max(0, s - 140):s]):
            # "if less than 20% of those voting", "if they miss 10% of sessions or more", "schools with balances
            # exceeding 10 per cent of their funding", "persistent absenteeism - a child with 85% attendance or less"
            return "threshold"
        return "figure"
    if (_AGE_WORDS.may_end_stripped(lt) and _AGE_LEFT.search(left)) or (
            (w1 is None or r0 == "+" or w1.startswith(_AGE_RIGHT_FIRST) or "old" in right.lower()) and _AGE_RIGHT.match(right)) or (
            (low16 is None or low16.endswith(("from", "to"))) and _AGE_CHANGE_LEFT.search(left)):
        return "age"
    if r0 in _COORDINATED_AGES_FIRST and _coordinated_age(surface, right):
        return "age"  # (r25prec) "for 2, 3- and 4-year olds", "for three to four year olds": the first of coordinated ages
    if (small and 5 <= int(surface) <= 25 and _may_end16(low16, _LIMIT_WORDS) and _UNDER_AGE_LEFT.search(left)
            and not _MEASURE_LEFT.search(left) and not _CASELOAD_LEFT.search(left)
            and _UNDER_AGE_RIGHT.match(right)):
        return "age"  # "248 children looked after (under 18)"
    if (small and int(surface) <= 25 and _may_end16(low16, _LIMIT_WORDS) and _SHARE_AGE_LEFT.search(left)
            and not _COUNT_NOUN_RIGHT.match(right) and not TIME_RE.match(right.lstrip())):
        return "age"  # "50% were under 10", "36% aged under 10 and 64% over 10": an age group of a breakdown
    if small and lt.endswith(" at") and int(surface) <= 25 and _AGE_AT_EVENT_LEFT.search(lt) \
            and _AGE_AT_EVENT_RIGHT.match(right):
        return "age"  # "the youngest having arrived in Cornwall at 13", "came into care at 15 or 16"
    if surface[:1] in ("1", "2") and _YEAR_SURFACE.fullmatch(surface):
        if not ((_may_end16(low16, _YEAR_COUNT_ENDS) and _YEAR_COUNT_LEFT.search(left)) or _COUNT_NOUN_RIGHT.match(right)
                or _from_year_to_count(surface, lt, right)):
            return "year"
    time_unit = (not decimal and TIME_RE.search(surface)) or (kind in ("num", "word") and _TIME_RANGE_RIGHT.match(right)) or (
        kind in ("num", "word") and (w1 is None or w1 in _QUALIFIERS_FIRST) and _QUALIFIED_TIME_RIGHT.match(right))
    if time_unit and r0 == " " and _round_the_clock(surface, right, lt):
        return "name"  # (r20prec) "open 24 hours a day, seven days a week": "always", as "24/7"
    if r0 == " " and kind in ("num", "word") and (
            right[1:2] in ("p", "s", "P", "S") and _STEPS_NAME_RIGHT.match(right)
            or surface[-5:].lower() == "point" and _STEPS_PLAN_RIGHT.match(right)):
        return "name"  # (r20prec) "a 3 step process", "a five point plan": the number names the plan, as "9-point"
    if time_unit and surface[-1:] in _HOURS_LAST and _HOURS_END.search(surface) and (
            _MEETING_TIME_RIGHT.match(right) or _MEETING_LENGTH_LEFT.search(text, max(0, s - 140), s)):
        return "procedure"  # "with two hours focused on the theme": the meeting's time, not a measurement
    if time_unit and "vailable" in text[max(0, s - 60):s] and _RECORDING_LEFT.search(text, max(0, s - 140), s):
        return "procedure"  # "The video will remain available to view for 180 days"
    if time_unit and (w1 is None or w1 in ("after", "on")) and _AFTER_EVENT_RIGHT.match(right) \
            and (not lt or lt.endswith(_CLAUSE_OPEN_END) or left[left.rfind("\n") + 1:].strip() == "") \
            and not _MEASURE_LEFT.search(left):
        return "period"  # "– two years after social care was condemned", "Six months after the inspection, ..."
    if time_unit and (w1 is None or w1 == "of") and _YEARS_OF_CONDITION_RIGHT.match(right):
        return "period"  # "10 years of austerity has led to ...": the span of a condition, not a measurement
    if time_unit and surface[-1:] in "sSe" and surface.lower().endswith(("mile", "miles")) \
            and _DISTANCE_LIMIT_RIGHT.match(right) and not _DISTANCE_MEASURE_LEFT.search(left):
        return "threshold"  # "living 20 miles outside of the borough": the distance of a placement indicator
    if time_unit and surface[-1:] in "sSe" and lt[-2:] in ("of", "is", "as") and surface.lower().endswith(("mile", "miles")) \
            and _WALKING_DISTANCE_LEFT.search(lt):
        return "threshold"  # (r27prec) "to implement the walking distance of three miles on a child's 8th birthday": a rule
    if time_unit and _TIME_REF_RIGHT.match(right):
        return "period"  # "6 months previously", "two years ago", (r17prec) "10 years or so ago" ("letters sent 3 days late" is a delay measured)
    if time_unit and (_TENURE_RIGHT.match(right) or (lt[-3:] == " of" and _TENURE_OF_LEFT.search(lt))) \
            and not _MEASURE_LEFT.search(left) and not _ON_AVERAGE_RIGHT.match(right):
        # ((r17review) not a workforce's mean: "social workers had 5 years experience on average")
        # (r17prec) "each with ten years experience", "as he marked seven months in the job", "a former teacher of 17 years"
        return "period"
    if time_unit and lt[-4:] in ("came", "ived", "ened", "lace") and _CAME_LEFT.search(lt) \
            and _AFTER_EVENT_RIGHT.match(right):
        return "period"  # (r17prec) "It came one week after the committee recommended": a time between two events
    if time_unit and _PLURAL_TIME_END.search(surface) and _PLURAL_NAME_RIGHT.match(right):
        return "name"  # "across a 12 months period"
    if time_unit and _SINGULAR_TIME_END.search(surface) and not _WAIT_NOUN_RIGHT.match(right) and _NAMED_THING_RIGHT.match(right):
        return "name"  # "a 5 year plan", "the 12 month period": the name of a thing, not a measurement
    if time_unit and _may_end16(low16, _LAST_N_ENDS) and _LAST_N_LEFT.search(left):
        return "period"
    if kind in ("num", "word") and (lt.endswith(_COORDINATION_ENDS) if time_unit else r0 == "," or r0 == " " and (
            w1 is None or w1 in ("and", "or") or right.lstrip()[:1] in (",", "&"))) \
            and _coordinated_stretch(surface, left, right, bool(time_unit)):
        # (r24prec) "in the last 3 and 5 years": two stretches back from now, coordinated; (r24review) the first one's comma
        # right after it as well ("the last 3, 5 years"), as the second one's left context ends with it
        return "period"
    if time_unit:
        if _may_end16(low16, _THRESHOLD_ENDS) and _THRESHOLD_LEFT.search(left) and not _MEASURE_LEFT.search(left):
            return "threshold"
        if _THRESHOLD_RIGHT.match(right):
            return "threshold"
    elif (w1 is None or w1.startswith("or")) and _OR_MORE_RIGHT.match(right) and not _OF_THAN_LEFT.search(left):
        return "threshold"  # "three or more placements", "two or more plans": a definition
    if kind == "word" and not time_unit and _DOUBTFUL_ONE.match(surface):
        if right[:5].lower() == " with" and _ONE_CONTRAST_RIGHT.match(right):
            return "skip"  # (r20prec) "two options, one with the transfer and one without": a pronoun
        if (w1 is None or w1 not in _ONE_NOT_FIRST) and _ONE_COORD_RIGHT.match(right) and not _ONE_COORD_LEFT.search(left):
            return "figure"  # "build one secondary and 13 primary schools": a count beside a count
        if _one_is_count(right, lt, text, s):
            return "figure"
        return "skip"
    if kind == "word" and surface.lower() == "zero" and not _ZERO_VALUE_LEFT.search(left):
        return "skip"  # "zero tolerance", "zero-based": not a value
    # "the first three quarters", "two terms": a stretch of time
    if (w1 is None or w1.startswith(_TERMS_FIRST)) and (
            _QUARTERS_RIGHT.match(right) or (_TERMS_RIGHT.match(right) and _STRETCH_LEFT.search(left))):
        return "period"
    other = _meeting_business_or_label(text, s, kind, surface, left, right, lt, low16, w1, r0)
    if other:
        return other
    other = _r11_not_figure(text, kind, s, surface, left, right, lt, r0, decimal, small, bool(time_unit))
    if other:
        return other
    other = _r12_not_figure(text, kind, s, surface, left, right, lt, r0, decimal, small, bool(time_unit))
    if other:
        return other
    if kind == "num" and r0 == "/" and small and lt[-1:].isupper() and _SHORT_YEAR_CODE_RIGHT.match(right) \
            and _CODE_WORD_LEFT.search(lt):
        return "reference"  # (r20prec) "Cabinet report CAB 45/24": a report's code, its number and year (a minute's
        # code alone on its line, "CYP 31/09", is a minute number, read before)
    return "figure"



# ---- round 11 (r11prec): families of false figures seen across the pools of rounds 8-10 ----
#: a share that defines a group of areas or families: "the 30% most deprived areas", "the 10 per cent least deprived"
_MOST_DEPRIVED_RIGHT = re.compile(r"(?i)^\s+(?:most|least)\s+(?:deprived|disadvantaged|affluent)\b")
_POOREST_LEFT = re.compile(r"(?i)\b(?:the\s+)?(?:poorest|most\s+deprived|least\s+deprived|most\s+disadvantaged)$")
#: the age limit of a service or a plan: "children and young people aged up to 25", "anyone under 25 who needs",
#: "support up to the age of 25"
#: ((r20prec) and the upper end of an age range from birth: "works with children from birth to 19")
_AGE_LIMIT_LEFT = re.compile(
    r"(?i)(?:\baged\s+up\s+to|\bup\s+to\s+(?:the\s+)?age\s+(?:of\s+)?|\b(?:anyone|those|everyone|people|persons|adults|"
    r"children|learners|pupils)\s+(?:aged\s+)?(?:under|below|up\s+to)|\bbirth\s+(?:to|until|up\s+to))\s*$")
#: an age a young person reaches: "as they turned 18", "supported beyond 18", "after turning 16"
_AGE_REACHED_LEFT = re.compile(r"(?i)\b(?:turn|turns|turned|turning|beyond|past)\s*$")
#: what may follow an age (a limit, one reached, one support runs until): punctuation, the end, or a word that opens what
#: comes next (a relative pronoun, a conjunction, a preposition; not a noun: "until 20 more places open" is a count);
#: :data:`_AGE_LIMIT_RIGHT` and :data:`_AGE_UNTIL_RIGHT` add their own words (grammar, kept here)
_AGE_END = r"\s*[.,;:)!?]|\s*$"
_AGE_NEXT_WORDS = ("who", "whose", "that", "which", "and", "or", "with", "in")
_AGE_LIMIT_RIGHT = re.compile(r"^(?:" + _AGE_END + r"|\s+(?:" + "|".join(_AGE_NEXT_WORDS + ("to", "into", "through")) + r")\b)")
#: (r19prec) the age support or eligibility runs to: "eligible for support until 25 without ...", "stay put till 21"
#: ((r20prec) also with the young person named: "can get help until they are 21", "until he reaches 18")
_AGE_UNTIL_LEFT = re.compile(
    r"(?i)\b(?:until|till|untill)(?:\s+(?:they|he|she|the\s+(?:young\s+person|child))\s+(?:are|is|reach|reaches))?\s*$")
#: the last letters of the left context (without its spaces) with which _AGE_UNTIL_LEFT can match
_AGE_UNTIL_ENDS = ("ntil", "till", " are", " is", "each", "ches")
#: (r19review) what says the number after "until" is a person's age, in the clause before it: support, eligibility, a
#: placement or a stay, or the young people themselves ("Referrals kept rising until 19, when ..." is a count)
_AGE_UNTIL_SUBJECT = re.compile(
    r"(?i)\b(?:support\w*|eligib\w*|entitle\w*|stay\w*|remain\w*|care|carers?|leavers?|young\s+(?:people|persons?|adults?)|looked\s+after|"
    r"EHCP?s?|plans?|education|placements?|provision|funded|funding)\b[^.;:]*$")
_AGE_UNTIL_RIGHT = re.compile(
    r"(?i)^(?:" + _AGE_END + r"|\s+(?:" + "|".join(_AGE_NEXT_WORDS + ("without", "for", "but", "so", "unless", "if", "when", "because",
                                                                    "instead", "rather", "at", "as"))
    + r")\b|\s+years?\s+(?:old|of\s+age)\b)")


def _age_until(n: int, lt: str, right: str) -> bool:
    """Whether a number 16-25 after "until"/"till" is the age a young person's support runs to, not a count: "young people
    are eligible for support until 25 without resources", "care leavers can stay put till 21, and ..." (the words that
    govern it, as "turned 18" and "beyond 18", with what runs to it said before: :data:`_AGE_UNTIL_SUBJECT`); not "until
    20 more places open" (a counted noun follows), "referrals kept rising until 19, when ..." (nothing that runs to an
    age) nor a date, which the grammar reads before.

    >>> _age_until(25, "eligible for support until", " without resources"), _age_until(20, "wait until", " places open")
    (True, False)
    >>> _age_until(19, "Referrals kept rising until", ", when the new team started")
    False
    >>> _age_until(21, "Care leavers can get help until they are", "."), _age_until(18, "The number of places until there are", ".")
    (True, False)
    """
    return 16 <= n <= 25 and lt[-4:].lower().endswith(_AGE_UNTIL_ENDS) and _AGE_UNTIL_LEFT.search(lt) is not None \
        and _AGE_UNTIL_RIGHT.match(right) is not None and _AGE_UNTIL_SUBJECT.search(lt[-120:]) is not None


#: the window a figure is counted over: "in the 12 months to March", "the 12 months leading up to the end of March",
#: "in the 12 months ending in April", "over the three months to June"
_WINDOW_LEFT = re.compile(r"(?i)\b(?:in|over|during|for|across|of)\s+the$")
_WINDOW_RIGHT = re.compile(
    rf"(?i)^\s+(?:(?:leading\s+)?up\s+to|to|ending|ended|until|till|through|prior\s+to)\s+(?:(?:in|at|on)\s+)?(?:the\s+)?"
    rf"(?:end\b|start\b|beginning\b|{MONTHS}|\d|date\b|now\b|today\b|this\b|last\b|mid)")
#: a stretch of time from now or into something: "with 18 months gone", "currently two years into the programme";
#: a range or a half before "ago": "Two to three years ago", "opened two and a half years ago"
_GONE_RIGHT = re.compile(r"(?i)^\s+(?:gone|into)\b")
_INTO_LEFT = re.compile(r"(?i)(?:\b(?:currently|now|just|only|are|is|was|were|being|we're|it's|they're)|[’']s)$")
_AGO_RANGE_RIGHT = re.compile(
    r"(?i)^(?:\s*(?:to|or|-|–)\s*[\w.]+|[-\s]+and[-\s]+a[-\s]+half)\s+(?:days?|weeks?|months?|years?)\s+ago\b")
#: the statutory time limit of an EHC plan (20 weeks from the request; 26 for a statement before 2014; 140 days)
_EHC_LIMIT_SURFACE = re.compile(r"(?i)(?:20|twenty|26|twenty[-\s]six)\s+weeks?|140\s+days")
_EHC_CONTEXT = re.compile(r"(?i)\b(?:EHC|EHCPs?|ECHPs?|health\s+and\s+care|plans?|statements?|SEND?|assessments?|statutory|legal)\b")
#: (r13prec) EHC plans or assessments banded by their time ("reduced the issuance of EHC plans over 30 and 52 weeks",
#: "update EHC plans older than 3 years", "EHCPs open longer than 12 months"): the bands' bounds, not measurements
_EHC_BAND_LEFT = re.compile(
    r"(?i)(?:\b(?:EHC|EHCP|health\s+and\s+care)\s+(?:needs\s+)?(?:plans?|assessments?)|\bEHCPs?)\s+(?:issued\s+|open\s+)?"
    r"(?:over|older\s+than|more\s+than|longer\s+than|beyond|exceeding)(?:\s+\d{1,3}\s+(?:and|or))?$")
_EHC_BAND_ENDS = ("over", "than", "yond", "ding", " and", " or")
_BAND_PAIR_RIGHT = re.compile(r"(?i)^\s+(?:and|or)\s+\d{1,3}\s+(?:weeks?|months?|years?)\b")
#: (r13prec) waiting beyond the 20-week limit: "families still waiting more than 20 weeks", "had waited over 20 weeks"
_WAITING_BEYOND_LEFT = re.compile(r"(?i)\b(?:waiting|waited|wait)\s+(?:(?:more|longer)\s+than|over)$")
#: (r13prec) the EHC limit with its unit after a hyphen, plural: "within 20-weeks"
_EHC_HYPHEN_LIMIT = re.compile(r"(?i)20|twenty")
_MEASURED_LEFT = re.compile(
    r"(?i)\b(?:was|were|took|taking|takes|take|averaged?|average\s+of|median|mean|typically|of|at|by|in|over|waited|"
    r"waits?|lasted|spent)\s*$")
#: a return or a collection named by its number: "the Children Looked After 903 Return", "the SSDA 903 data"
_RETURN_RIGHT = re.compile(r"(?i)^\s+(?:return|data\s+(?:return|collection)|collection|submission)\b")
#: a converted PDF's page footer: "1 | P a g e", "12 | Page"
_PAGE_FOOTER_RIGHT = re.compile(r"^\s*\|\s*P\s?a\s?g\s?e\b")
_PAGE_BAR_LEFT = re.compile(r"\bP\s?a\s?g\s?e\s*\|$")  # "Page | 3"
#: a time limit named as such: "the legal deadline of 20 weeks", "a statutory timescale of 20 weeks"
_LIMIT_OF_LEFT = re.compile(r"(?i)\b(?:deadline|timescale|time\s*limit|time\s*frame|timeframe|limit|requirement|target)\s+of$")
#: a numbered point opening its line with a sentence (a word no count comes before): "1  To highlight reports ...",
#: "3 If so, to formally pass the following resolution", "2 The Committee noted ..."
_POINT_OPENER_RIGHT = re.compile(
    r"^[ \t]+(?:To|If|That|The|This|It|There|Where|When|Whether|Following|Having|Subject|Resolved|RESOLVED|Noted|Agreed|"
    r"Further|Once|Although|However)\b")
_POINT_OPENERS_FIRST = frozenset("TIWFHSRNAO\t ")
#: a map's or a licence's number: "Ordnance Survey 100019178", "Licence No. 100019118", "Version: 1.0"
_LICENCE_LEFT = re.compile(r"(?i)\b(?:ordnance\s+survey|licen[cs]e\s+(?:no\.?|number))\s*:?\s*$|\bversion\s*:\s*$")
_LICENCE_RIGHT = re.compile(r"(?i)^\s+licen[cs]e\b")
#: the free childcare entitlements by their hours: "the 30 Hours entitlement", "demand-led 30 hours provision",
#: "the 15 hours free childcare offer"
_HOURS_OFFER_RIGHT = re.compile(
    r"(?i)^(?:\s+hours?)?\s+(?:of\s+)?(?:(?:free|funded|extended)\s+)*(?:entitlements?|offer|provision|childcare|places?|scheme|funding)\b")
#: (r13prec) also the step from one offer to the other ("from 15 to 30 hours of free childcare") and "of" before the
#: childcare ("30 hours of funded childcare")
_HOURS_OFFER_SURFACE = re.compile(r"(?i)(?:15|30|fifteen|thirty)(?:\s+hours?)?|(?:15|fifteen)\s?(?:to|-|–)\s?(?:30|thirty)\s+hours?")
#: (r13prec) the extended offer named by its hours alone: "the take up of the additional 15 hours had been slow",
#: "the budget for the extended 30 hours"; "an additional 15 hours of respite" (no "the") stays a figure
_HOURS_OFFER_LEFT = re.compile(r"(?i)\bthe\s+(?:additional|extra|extended)$|\bearly\s+years$|\bextended\s+(?:for|to)$")
#: (r27prec) also the offer after "Early Years" ("an update on the Early Years 30 hours testing") and its size after
#: "extended for" ("the offer had been extended for 30 hours in settings"): the gold README's hours of the free
#: early-years entitlement (r23blindE Swindon, r24blindJ Wiltshire)
_HOURS_OFFER_LEFT_ENDS = ("ional", "extra", "ended", "years", "d for", "ed to")
#: (r27prec) the entitlement's hours in a funding rate, over the school year's 38 weeks: "£2,462 per year (15 hours for
#: 38 weeks of the year at an average hourly rate of £4.32)" (r24blindJ Wokingham): both numbers name the offer
_HOURS_YEAR_RIGHT = re.compile(r"(?i)^\s+(?:for|over|across)\s+(?:38|thirty[-\s]eight)\s+weeks\b")
_HOURS_YEAR_LEFT = re.compile(r"(?i)\b(?:15|30|fifteen|thirty)\s+hours?\s+(?:a\s+week\s+)?(?:for|over|across)$")
_THIRTY_EIGHT_WEEKS = re.compile(r"(?i)(?:38|thirty[-\s]eight)\s+weeks")
#: (r27review) what says the hours "extended for/to" are the free early-years entitlement's: early years or childcare
#: spoken of near them (r24blindJ Wiltshire: "For the early years budgets ... the offer had been extended for 30 hours in
#: settings so that working parents could take advantage of it")
_EARLY_YEARS_NEAR = re.compile(
    r"(?i)\b(?:early[\s-]+years?|child[\s-]?care|nurser(?:y|ies)|free\s+entitlements?|working\s+parents|pre-?schools?|"
    r"two[\s-]+year[\s-]+olds?|EYSFF|EYNFF)\b")
_HOURS_MEASURED_RIGHT = re.compile(r"(?i)^\s+(?:of|per|a|an|each|every)\b")
#: (r13prec) the first offer where the grammar reads the step in two: "the move from 15 to 30 hours of free childcare",
#: "from 15 hours to 30 hours of funded childcare"
_HOURS_STEP_RIGHT = re.compile(
    r"(?i)^(?:\s+hours?)?\s+to\s+(?:30|thirty)(?:\s+hours?)?\s+(?:of\s+)?(?:(?:free|funded|extended)\s+)*"
    r"(?:entitlements?|offer|provision|childcare|places?|scheme|funding)\b")
_HOURS_WORD_RIGHT = re.compile(r"(?i)^\s+hours?\b")
#: ages listed before "year olds": "3 & 4 year old children", "2/3/4 year olds", "the 2, 3 and 4 year old rates",
#: "three and four year olds", "the mandatory 2 ½ year old check"
_AGE_LIST_RIGHT = re.compile(
    r"(?i)^(?:\s?[½¼¾]|\s1/2)?(?:\s*(?:,|&|and|or|to|/|-|–)\s*(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?:\s?[½¼¾]|\s1/2)?)*(?:\s*|-)(?:years?|yrs?)(?:-?\s*)olds?\b")
#: a numbered paragraph run into its text by a PDF's text layer: "2.Using the information", "4.1The report",
#: "1.2There were no declarations"
_GLUED_PARA_RIGHT = re.compile(r"^\.?[A-Z](?:[a-z]|[A-Z]{3,}\b)")
#: a person's age in a news report: "Charlene Downes, 14, who disappeared", "said Karen, 59, who has fostered"
_NAME_COMMA_LEFT = re.compile(r"(?:^|[^\w])[A-Z][a-z'’-]+, $")
_AGE_APPOSITIVE_RIGHT = re.compile(
    r"^,\s+(?:who|whose|was|is|has|had|from|of|said|says|died|appeared|admitted|denied|pleaded|told)\b")
#: "one quarter of the year", "a third of the way through the year": a stretch of time; (r18left) "within
#: three-quarters of an hour", "a quarter of an hour", "a third of a century": a duration, not a share
_PART_OF_YEAR_RIGHT = re.compile(
    r"(?i) of (?:(?:the|a|this|that|each|every)\s+(?:(?:financial|school|academic|calendar)\s+)?(?:year|month|term|week|day)\b"
    r"|an\s+hour\b|a\s+(?:minute|century|decade|second)\b)")
#: a rank "at 87 out of 150": "West Berkshire's ranking is much lower, at 87 out of 150 local authorities"
_RANK_AT_LEFT = re.compile(r"(?i)\b(?:ranked|ranking|rank|position|placed|league\s+table)\b[^.;:]{0,40}\bat\s*$")
#: an amount that bounds a pay band: "executives who are paid over £100K", "staff earning more than £150,000"
_PAID_OVER_LEFT = re.compile(
    r"(?i)(?:\b(?:who|that)\s+(?:are|were|is|was|get|gets|got)\s+paid|\bearning|\bearn|\bearns|\bsalar(?:y|ies)(?:\s+of)?|"
    r"\b(?:household|family|families'?|annual|yearly|taxable|joint)\s+incomes?(?:\s+of)?|(?:[(,:;]\s*|\b(?:with|whose|where|if)\s+(?:an?\s+|their\s+)?)incomes?(?:\s+of)?|\bearnings(?:\s+of)?)"
    r"\s+(?:over|more\s+than|above|in\s+excess\s+of|less\s+than|lower\s+than|below|under|not\s+exceeding|up\s+to)$")
#: (speed) the last four characters, lower-cased, with which _PAID_OVER_LEFT can match (the left context without its
#: spaces at the end): "over", "than", "bove", "s of" ("in excess of"; the test on the left with its spaces, "ss of",
#: never met "in excess of " and left it unreachable), "elow", "nder", "ding", "p to"
_PAID_OVER_ENDS = ("over", "than", "bove", "s of", "elow", "nder", "ding", "p to")
#: (r22prec) a set of items bounded by an amount: a plural noun of money held or paid ("balances over £1m were held by
#: 15 schools", "contracts above £100,000 go to Cabinet"), or spending after "all", "any", "each" or "every" ("senior
#: approval for all spending over £500"), then "over", "above", "in excess of", "exceeding" or "greater than" (a "held"
#: before them allowed). Not "the council is spending over £1m" (a verb), "savings of more than £2m" (an amount saved)
#: nor "schools held balances of more than £2m" (after "of" the amount is the balances' size: the lead dropped
#: r22prec's "of more than" branch, which no open page used). Bedford, Hounslow; the percentage of a balance was
#: bounded so before (West Berkshire, r11freshC)
#: The nouns are ``words.spending_nouns`` and ``words.item_nouns`` of data/figure_rules.yml (r22data);
#: :func:`items_over_left` builds the pattern (:attr:`.rules.FigureRules.items_over_left`).


def _noun_alternation(nouns: tuple[str, ...]) -> str:
    """The regex text of one of ``nouns`` (longest first; a space matches any run of whitespace)."""
    return "|".join(r"\s+".join(map(re.escape, n.lower().split())) for n in sorted(nouns, key=lambda n: (-len(n), n)))


def items_over_left(spending_nouns: tuple[str, ...], item_nouns: tuple[str, ...]) -> re.Pattern[str]:
    """(r22data) The pattern of a set of items bounded by an amount, read on the text left of it, built from the
    spending nouns (after "all", "any", "each" or "every") and the plural item nouns of the rules file.

    >>> p = items_over_left(("spending",), ("balances",))
    >>> [bool(p.search(t)) for t in ("approval for all spending over", "balances held above", "spending over")]
    [True, True, False]
    """
    spending, items = _noun_alternation(spending_nouns), _noun_alternation(item_nouns)
    return re.compile(
        rf"(?i)\b(?:(?:all|any|each|every)\s+(?:{spending})|{items})\s+"
        r"(?:held\s+)?(?:over|above|in\s+excess\s+of|exceeding|greater\s+than)$")
#: (speed) the last four characters, lower-cased, with which :func:`items_over_left`'s pattern can match
_ITEMS_OVER_ENDS = ("over", "bove", "s of", "ding", "than")
#: (r20prec) the spending that makes a decision a key decision: "Reason Key: Expenditure over £500,000", "a decision
#: is key if it involves spending of more than £250,000", "Key decision: expenditure of £500,000 or more" (after a bare
#: "of", only with "or more" after the amount); "the key savings of more than £2m" (no decision named key) stays an amount
_KEY_SPEND_LEFT = re.compile(
    r"(?i)\b(?:reason\s+key|key\s+decisions?|(?:is|are|be)\s+key)\b\s*[:–-]?\s*(?:[a-z]+\s+){0,3}?(?:expenditure|spend(?:ing)?|savings?)\s+"
    r"(?:(?:of\s+)?(?:over|more\s+than|above|in\s+excess\s+of|exceeding|greater\s+than|at\s+least)|(of))$")
#: a printed agenda's page range ("3 - 8") and an item's number run into one line with its neighbours: "... 2018 3 - 8 2
#: Apologies for Absence 3 Declarations of Interests ... 4 Annual Refresh of ...", "Report by the Director 10 The
#: Council's Responsibilities ... 11 Response to ..."
_PAGE_RANGE = re.compile(r"(\d{1,3})[ \t]?[-–][ \t]?(\d{1,3})")
_AGENDA_TITLE_RIGHT = re.compile(r"^[ \t]+[A-Z][a-z’']")
_AGENDA_HEAD = re.compile(r"\b(?:AGENDA|Agenda|A g e n d a)\b")
#: a rank band of a superlative: "one of the five worst performing local authorities", "among the 10 schools with the
#: highest number of exclusions", "in one of the 20 most deprived wards"
_ONE_OF_THE_LEFT = re.compile(r"(?i)\b(?:one\s+of|among(?:st)?|two\s+of|three\s+of)\s+the$")
_SUPERLATIVE_SET_RIGHT = re.compile(
    r"(?i)^\s+(?:[a-z’'-]+\s+){0,4}?(?:worst|best|highest|lowest|largest|smallest|biggest|fastest|slowest|most|least|"
    r"poorest|richest)\b(?!\s+recent)")
#: "from day 6 of the exclusion", "as of day 6": a statutory day
_DAY_N_LEFT = re.compile(r"(?i)\b(?:from|of|on|by|until|before|after|as\s+of)\s+day$")
#: the definition of a measure given as a share: "% of children in care who have more than 1 allocated social worker"
_SHARE_OF_DEFINITION_LEFT = re.compile(
    r"(?i)(?:%|\bpercentage|\bproportion)\s+of\s+[^.;:\d%]{3,60}\b(?:who|with|having|that)\b[^.;:\d%]{0,40}"
    r"\b(?:more\s+than|fewer\s+than|less\s+than|at\s+least|over|under)\s*$")
#: "from 2013 to 17": a year and a span's end written with two digits
_YEAR_TO_LEFT = re.compile(r"\b((?:19|20)\d{2})\s?(?:to|-|–)$")
#: a document site's page counter: "Boosbeck 1 of 56  Upload: vuquynh"
_OF_N_SITE_RIGHT = re.compile(r"^ of \d{1,4}\s+(?:Upload|Download)\b")
_SITE_FURNITURE_RIGHT = re.compile(r"^\s+(?:Upload|Download)\b")


def _range_at(text: str, lo: int, hi: int, m: int, ends: bool) -> bool:
    """Whether a page range starting with ``m`` ("9 - 16"; or, with ``ends``, ending with it: "29 - 34") stands in
    ``text[lo:hi]`` (the last few places of ``m`` tried). (speed: str.rfind, not a pattern built for each number)"""
    key = str(m)
    for _ in range(4):
        i = text.rfind(key, lo, hi)
        if i < 0:
            return False
        j = i + len(key)
        if ends:
            if not text[j:j + 1].isdigit() and not text[i - 1:i].isdigit() and _RANGE_BEFORE.search(text, max(0, i - 10), i):
                return True
        elif (i == 0 or text[i - 1] in " \t\xa0\n(") and _RANGE_AFTER.match(text, j):
            return True
        hi = i
    return False


_RANGE_BEFORE_ITEM = re.compile(r"(?<![\d.,£$€])\b\d{1,3}[ \t]?[-–][ \t]?\d{1,3}[ \t]+$")
_RANGE_BEFORE = re.compile(r"(?<![\d.,£$€])\b\d{1,3}[ \t]?[-–][ \t]?$")
_RANGE_AFTER = re.compile(r"[ \t]?[-–][ \t]?\d{1,3}\b")
_TITLE_AT = re.compile(r"[ \t]+[A-Z][a-z’']")  # (_AGENDA_TITLE_RIGHT without "^", matched at a position)


def _item_at(text: str, lo: int, hi: int, m: int, last: bool) -> bool:
    """Whether the number ``m`` stands alone before spaces and a capitalised word ("4 Annual") in ``text[lo:hi]`` (the
    last such place when ``last``, else the first; a few tried). (speed: str.find, as :func:`_range_at`)"""
    key = f"{m} "
    k = len(key)
    for _ in range(4):
        i = text.rfind(key, lo, hi) if last else text.find(key, lo, hi)
        if i < 0:
            return False
        if (i == 0 or text[i - 1] in " \t\xa0\n(") and _TITLE_AT.match(text, i + k - 1):
            return True
        if last:
            hi = i
        else:
            lo = i + 1
    return False


def _agenda_item_number(text: str, s: int, n: int, left: str) -> bool:
    """Whether ``n``, before a capitalised title, is an item of a numbered agenda run into one line without dots: the
    items ``n - 1`` and ``n + 1`` (each before a capitalised word) in the 400 characters around it, or one of them
    under an "Agenda" heading in the 2,000 characters before ("AGENDA 1 Minutes of the last meeting ... 2 Apologies for
    Absence 3 Declarations of Interests", Nottinghamshire's printed agenda).

    >>> t = "AGENDA 1 Minutes of the last meeting 2 Apologies for Absence 3 Declarations of Interests"
    >>> [_agenda_item_number(t, t.index(x + " "), int(x), t[:t.index(x + " ")]) for x in "123"]
    [True, True, True]
    >>> t = "There were 12 Members present. Later 13 Officers joined."
    >>> _agenda_item_number(t, t.index("12"), 12, t[:t.index("12")])
    False
    """
    if n < 1:
        return False
    e = s + len(str(n))
    before = n > 1 and _item_at(text, max(0, s - 400), s, n - 1, True)
    after = _item_at(text, e, e + 400, n + 1, False)
    if before and after:
        return True
    if (before or after) and left[-1:] == " " and left.rstrip()[-1:].isdigit() and _RANGE_BEFORE_ITEM.search(left):
        return True  # "... Virtual School 21 - 56 7 Fostering Annual Report 57 - 80": after the last item's pages
    return bool((before or after or n == 1 and left.rstrip().endswith(("AGENDA", "Agenda")))
                and _AGENDA_HEAD.search(text, max(0, s - 2000), s))


#: a web theme's icon names at the head of a page: "icon Fill 1 Copy 10 Untitled-1 tt copy 3"
_ICON_LEFT = re.compile(r"(?:Copy|copy) $")


def _hours_offer(surface: str, right: str, hours_read: bool) -> bool:
    """Whether a number (before ``right``) names a free childcare offer by its hours: "the 30 hours entitlement", "15
    hours free childcare offer", or the first offer of the step from one to the other ("from 15 to 30 hours of free
    childcare", "from 15 hours to 30 hours of funded childcare"). ``hours_read``: the surface is a unit of time (its
    "hours" are in it, "15 hours"); else a bare number ("15", "thirty") must have "hours" next for an offer (not for a
    step: "15 to 30 hours", where the hours come after the second number).

    One rule for both kinds of surface (round 13 wrote it twice). The two copies differ in the test before the step's
    expression, kept as it was: "to" anywhere in the ten characters after a unit of time, but right after the one
    space after a bare number, so "15  to 30 hours" and "15  hours to 30 hours" (two spaces, as pages often have)
    leave the bare "15" a figure. (Round 15 measured no figure of the pools or dev that hangs on the difference.)

    >>> [_hours_offer(s, r, h) for s, r, h in [("30 hours", " entitlement", True), ("15", " hours of funded childcare", False),
    ...  ("15", " to 30 hours of free childcare", False), ("15 hours", " to 30 hours of funded childcare", True),
    ...  ("15", " places available", False), ("15", " free childcare places", False), ("15 hours", " a week", True)]]
    [True, True, True, True, False, False, False]
    """
    if not _HOURS_OFFER_SURFACE.fullmatch(surface):
        return False
    if (hours_read or _HOURS_WORD_RIGHT.match(right)) and _HOURS_OFFER_RIGHT.match(right):
        return True
    return ("to" in right[:10] if hours_read else right[1:3] == "to") and _HOURS_STEP_RIGHT.match(right) is not None


_SPOKEN_NUMBERS = ("one", "two", "three", "four", "five", "six")
#: where a spoken point opens: a sentence's end, a quote or a line's start, then spaces
_SPOKEN_OPEN_LEFT = re.compile(r"(?:^|[.!?:;“\"‘'\n])[ \t\xa0]*$")


def _spoken_point(text: str, s: int, surface: str, lt: str) -> bool:
    """Whether a capitalised written number before a comma, opening its sentence, is a speaker's numbered point, the
    point before it opening a sentence the same way in the 400 characters before: "“One, they are more costly. Two,
    they're not registered" ("Two, three or four children" counts: no "One," before it).

    >>> t = "He said: “One, they cost more. Two, they are not registered.”"
    >>> _spoken_point(t, t.index("Two"), "Two", t[:t.index("Two")].rstrip())
    True
    >>> t = "Two, three or four children may share a home."
    >>> _spoken_point(t, 0, "Two", "")
    False
    """
    low = surface.lower()
    if low not in _SPOKEN_NUMBERS[1:] or not _SPOKEN_OPEN_LEFT.search(lt):
        return False
    before = _SPOKEN_NUMBERS[_SPOKEN_NUMBERS.index(low) - 1].capitalize() + ","
    lo = max(0, s - 400)
    i = text.rfind(before, lo, s)
    return i >= 0 and _SPOKEN_OPEN_LEFT.search(text[max(0, i - 40):i].rstrip()) is not None


def _r11_not_figure(text: str, kind: str, s: int, surface: str, left: str, right: str, lt: str, r0: str,
                    decimal: bool, small: bool, time_unit: bool) -> str:
    """The non-figure kind of a number that every other rule of :func:`classify` left a figure, for the families
    of round 11 (each behind a cheap test of a character or a word around the number), else "".

    >>> [_r11_not_figure("", k, 0, n, l, r, l.rstrip(), r[:1], n.isdecimal(), n.isdecimal() and len(n) <= 2, t)
    ...  for k, n, l, r, t in [
    ...     ("num", "25", "children and young people aged up to ", " who need", False),
    ...     ("num", "12 months", "numbers rose in the ", " to March 2024", True),
    ...     ("num", "2", "information.  ", ".Using the data", False),
    ...     ("num", "14", "Jane Smith, ", ", who went missing", False),
    ...     ("num", "45", "there were ", " referrals", False)]]
    ['age', 'period', 'list', 'age', '']
    """
    if kind == "word":
        if surface[-5:].lower() == "point" and lt[-3:].lower() in (" at", "at") and surface[:3].lower() == "one":
            return "skip"  # "at one point a social worker had 30 families": an idiom, not a percentage point
        if surface.lower() == "one day" and lt[-4:].lower() == " any":
            return "skip"  # "On any one day"
        if lt[-3:].lower() == "the" and _ONE_OF_THE_LEFT.search(lt) and _SUPERLATIVE_SET_RIGHT.match(right):
            return "threshold"
        if r0 == "," and surface[:1].isupper() and _spoken_point(text, s, surface, lt):
            return "list"  # (r20prec) '"One, they are more costly. Two, they're not registered': a speaker's points
    if time_unit:
        if lt.endswith(" the") and r0 == " " and _WINDOW_RIGHT.match(right) and _WINDOW_LEFT.search(lt):
            return "period"
        if r0 == " " and right[1:2] in ("g", "i", "G", "I") and _GONE_RIGHT.match(right) and (
                right[1:2] in ("g", "G") or _INTO_LEFT.search(lt)):
            return "period"
        if surface[:1] in "12tT" and _EHC_LIMIT_SURFACE.fullmatch(surface) \
                and (not _MEASURED_LEFT.search(lt) or lt.endswith(" of") and _LIMIT_OF_LEFT.search(lt)) \
                and _EHC_CONTEXT.search(text, max(0, s - 250), s):
            return "threshold"  # "the allotted 20 weeks", "a legal minimum requirement for 20 weeks"
        if lt.endswith(_EHC_BAND_ENDS) and _EHC_BAND_LEFT.search(lt):
            return "threshold"  # (r13prec) "reduced the issuance of EHC plans over 30 and 52 weeks", "EHCPs older than 3 years"
        if lt[-4:] in ("than", "over") and surface[:1] in "12tT" and _EHC_LIMIT_SURFACE.fullmatch(surface) \
                and _WAITING_BEYOND_LEFT.search(lt):
            return "threshold"  # (r13prec) "72% of families still waiting more than 20 weeks": the statutory limit
        if r0 == " " and _hours_offer(surface, right, True):
            return "name"  # "the 30 hours entitlement", (r13prec) "from 15 hours to 30 hours of funded childcare"
        if lt[-5:].lower() in _HOURS_OFFER_LEFT_ENDS and _HOURS_OFFER_SURFACE.fullmatch(surface) \
                and _HOURS_OFFER_LEFT.search(lt) and not _HOURS_MEASURED_RIGHT.match(right) \
                and (lt[-5:].lower() not in ("d for", "ed to") or _EARLY_YEARS_NEAR.search(text, max(0, s - 600), s + 200)):
            # (r27review) "extended for/to 30 hours" is the offer's size only where early years or childcare is spoken of:
            # "the tutoring offer was extended to 30 hours", "opening hours were extended to 30 hours" stay figures
            return "name"  # (r13prec) "the take up by parents of the additional 15 hours had been slow"
        if r0 == " " and _HOURS_OFFER_SURFACE.fullmatch(surface) and _HOURS_YEAR_RIGHT.match(right):
            return "name"  # (r27prec) "(15 hours for 38 weeks of the year at an average hourly rate of £4.32)"
        if surface[:2] in ("38", "th", "Th") and lt[-3:].lower() in ("for", "ver", "oss") and _HOURS_YEAR_LEFT.search(lt) \
                and _THIRTY_EIGHT_WEEKS.fullmatch(surface):
            return "name"  # (r27prec) "... (15 hours for 38 weeks of the year ...)": the offer's weeks
    if "ago" in right[:40] and _AGO_RANGE_RIGHT.match(right):
        return "period"
    if time_unit:
        return ""
    if "old" in right[:48] and _AGE_LIST_RIGHT.match(right):
        return "age"
    if r0 == " " and surface == "903" and _RETURN_RIGHT.match(right):
        return "name"
    if "|" in right[:3] and _PAGE_FOOTER_RIGHT.match(right) or lt.endswith("|") and _PAGE_BAR_LEFT.search(lt):
        return "reference"
    if (lt.endswith(("Survey", "survey", "No.", "no.", "number", "Number", ":")) and _LICENCE_LEFT.search(lt)) or (
            r0 == " " and "." in surface and _LICENCE_RIGHT.match(right)):
        return "reference"
    if r0 == " " and _hours_offer(surface, right, False):
        # a number the grammar left without its "hours" ("15 places available" is a count of places); (r13prec) the
        # first offer of a step, "the move from 15 to 30 hours of free childcare". The same rule as the one for a unit
        # of time above (:func:`_hours_offer`); it stays here, after the page-bar and licence rules, as it was
        return "name"
    if r0 == "-" and right[1:5].lower() == "week" and surface[:1] in "2tT" and _EHC_HYPHEN_LIMIT.fullmatch(surface) \
            and not _MEASURED_LEFT.search(lt) and _EHC_CONTEXT.search(text, max(0, s - 250), s):
        return "threshold"  # (r13prec) "the rate of EHC plans issued within 20-weeks has reduced"
    if r0 == " " and right[1:4] in ("and", "or ") and lt.endswith(_EHC_BAND_ENDS) and _BAND_PAIR_RIGHT.match(right) \
            and _EHC_BAND_LEFT.search(lt):
        return "threshold"  # (r13prec) the first of two bands: "EHC plans over 30 and 52 weeks"
    if r0 == "°":
        return "name"  # "max temp: 18°C": a news site's weather, not a measurement of the services
    if r0 in ("'", "’", "/") and _vague_or_always(surface, right):
        return "name"  # (r19prec) "100's of premium titles", "a 24/7 service"
    if kind != "num":
        return ""
    if r0 == " " and right[1:2] == "-" or r0 == "-" or "–" in surface or " - " in surface:
        pr = _PAGE_RANGE.fullmatch(surface)
        if pr and int(pr.group(1)) < int(pr.group(2)) and (
                _range_at(text, s + len(surface), s + len(surface) + 320, int(pr.group(2)) + 1, False)
                or _range_at(text, max(0, s - 320), s, int(pr.group(1)) - 1, True)):
            return "reference"  # "3 - 8 2 Apologies ... 9 - 16": a printed agenda's page ranges, each running on from the last
    if small and int(surface) <= 25:
        if 5 <= int(surface) and _AGE_LIMIT_LEFT.search(lt) and not _COUNT_NOUN_RIGHT.match(right) \
                and not TIME_RE.match(right.lstrip()) and not _PCT_RIGHT.match(right):
            return "age"
        if 16 <= int(surface) and lt[-4:].lower() in ("turn", "urns", "rned", "ning", "yond", "past") \
                and _AGE_REACHED_LEFT.search(lt) and _AGE_LIMIT_RIGHT.match(right):
            return "age"
        if _age_until(int(surface), lt, right):
            return "age"
    if r0 == "." and right[1:2].isdigit() and "." in surface and decimal is False:
        return "reference"  # "(see 4.4.6 and 4.4.7)": a paragraph of a report, read as "4.4" and ".6"
    if r0 in _DOT_OR_SPACE and "." in surface and PARA_NUMBER.fullmatch(surface) and _OF_THE_REPORT_RIGHT.match(right):
        return "reference"  # (r23prec) "noted in 1.3 of the report that": a report's paragraph cited without its word
    if (len(surface) <= 2 or "." in surface and len(surface) <= 5) and (r0 == "." or ("." in surface and r0.isupper())) \
            and _GLUED_PARA_RIGHT.match(right) and (
            not lt or lt.endswith((".", ":", ";", "!", "?", ")")) or left.endswith(("\n", "  "))):
        return "list"
    if small and r0 in " \t" and _AGENDA_TITLE_RIGHT.match(right) and _agenda_item_number(text, s, int(surface), left):
        return "list"
    if lt[-3:].lower() == "the" and _ONE_OF_THE_LEFT.search(lt) and _SUPERLATIVE_SET_RIGHT.match(right):
        return "threshold"  # "one of the five worst performing authorities", "among the 10 schools with the highest"
    if small and lt[-4:].lower() in (" day", "\nday") and _DAY_N_LEFT.search(lt):
        return "period"  # "education from day 6 of an exclusion", "as of day 6"
    if small and lt[-4:].lower() in ("than", "over", "nder", "east") and _SHARE_OF_DEFINITION_LEFT.search(text, max(0, s - 120), s):
        return "threshold"  # "% of children in care who have more than 1 allocated social worker": a measure's definition
    if small and lt.endswith(("to", "-", "–")) and (y := _YEAR_TO_LEFT.search(lt)):
        if int(y.group(1)) % 100 < int(surface) <= int(y.group(1)) % 100 + 10:
            return "year"  # "from 2013 to 17": the end of a span of years written short
    if small and r0 == "," and lt.endswith(",") and _NAME_COMMA_LEFT.search(left) and _AGE_APPOSITIVE_RIGHT.match(right):
        return "age"
    if r0 == " " and "pload" in right[:24] and (_OF_N_SITE_RIGHT.match(right) or (lt.endswith(" of") and _SITE_FURNITURE_RIGHT.match(right))):
        return "reference"  # "1 of 56  Upload: ...  Post on 27-Mar-2018": a document site's page counter
    if small and r0 == " " and _ICON_LEFT.search(left) and ("Untitled-" in text[max(0, s - 200):s] or "icon" in text[max(0, s - 200):s]):
        return "name"
    return ""


#: a minute number with its committee's code on a line of its own: "EXE 42", "COU 70", "HWB 5.", "CYP 23/09"
#: (the code, then the number, nothing else on the line)
_CODE_LINE_LEFT = re.compile(r"(?:^|\n)[ \t\xa0]*[A-Z]{2,5}[ \t\xa0]+$")
_CODE_LINE_RIGHT = re.compile(r"^(?:/\d{2,4})?\.?[ \t\xa0]*(?:\n[ \t\xa0]*(?:\n|$)|$)")
#: the codes of measures a table's line may hold before its value ("LAC 452" is a count, not a minute)
_MEASURE_CODES = frozenset(("CLA", "LAC", "CIC", "CIN", "CP", "CPP", "NEET", "EHCP", "EHCPS", "SEN", "SEND", "FTE", "UASC",
                            "KPI", "NHS", "GCSE", "KS", "EYFS"))
#: a rule of the constitution cited by its short name or in the plural: "(ESO 6)" (Executive Standing Order),
#: "(SO 12)", "(CPR 10)" (Council Procedure Rule), "FPR 4.2", "Standing Orders 2 (vi) and 17", "Procedure Rules 11"
_RULE_CODE_LEFT = re.compile(r"(?:^|[\s(\[])(?:[A-Z]{0,2}SOs?|[A-Z]{0,3}PRs?)[ \t\xa0]*(?:No\.?[ \t\xa0]*)?$")
_RULES_PLURAL_LEFT = re.compile(r"(?i)\b(?:standing\s+orders|procedure\s+rules|rules\s+of\s+procedure)\s*(?:nos?\.?\s*)?$")
#: how many people the meeting will hear: "the Executive will hear up to four people, each of whom ...",
#: "the Chair will allow up to three people to address the committee", "will permit a maximum of 5 speakers"
_HEAR_UP_TO_LEFT = re.compile(
    r"(?i)\b(?:hear|allow|permit|invite)\b[^.;:\n]{0,30}\b(?:up\s+to|a\s+maximum\s+of|no\s+more\s+than)\s*$")
_HEARD_FIRST = frozenset(("people", "persons", "speakers", "individuals", "questioners", "petitioners", "deputations"))
#: a written submission's length: "no longer than 1 A4 sheet", "two sides of A4", "one A4 page"
_A4_RIGHT = re.compile(r"^[ \t\xa0]+(?:A4\b|(?:sides?|sheets?|pages?)\s+of\s+A4\b)", re.I)
_A4_FIRST = frozenset(("a", "side", "sides", "sheet", "sheets", "page", "pages"))
#: a long-term stability definition after "more than", "at least": "in the same placement for more than two
#: and a half years" (also as written "two-an-a-half years"), "looked after for at least 2.5 years"
_LONG_TERM_QUAL_LEFT = re.compile(
    r"(?i)(?:\blooked\s+after|\bin\s+(?:the\s+same|their\s+current|one|a\s+single|a\s+stable)\s+(?:placement|home))"
    r"(?:\s+continuously)?\s+for\s+(?:more\s+than|at\s+least|over|longer\s+than)\s*$")
#: a street number: "Observatory House, 25 Windsor Road, SL1 2EL" (a venue line whose "Venue:" lies beyond the
#: left window), "1 Silver Street", "160 Tooley Street", "3 Market Pl." (the number, then one to three capitalised words
#: ending with a street word; the street words are shared with _AT_STREET_RIGHT)
_STREET_WORDS = (r"(?:Road|Rd|Street|St|Lane|Avenue|Ave|Way|Square|Place|Pl|Drive|Terrace|Crescent|Row|Walk|Gardens|"
                 r"Parade|Close|Hill|Mews|Quay|Wharf|Boulevard|Broadway|Circus|Grove)")
#: (r20prec) a lower-case word after the street is a count's noun ("25 Windsor Road residents"), unless it is a
#: preposition, a conjunction or a verb that a sentence goes on with: "moved to 4 Market Place in March", "the office at
#: 15 Victoria Avenue is closing"
_STREET_GOES_ON = r"(?:in|on|at|from|to|for|by|and|or|is|was|will|would|has|had|have|last|next|since|until|where|which|opened|opens|closed|closes)\b"
_STREET_RIGHT = re.compile(
    rf"^ (?:(?:St\.?|[A-Z][a-z'’]+)\s){{1,3}}{_STREET_WORDS}\b\.?"
    rf"(?![ \t]+(?:(?!{_STREET_GOES_ON})[a-z]|School|Academy|Primary|Nursery))")
#: (r20prec) the short numbers of emergency, health, police and helpline services, dialled or texted: "call 999",
#: "ring 111", "contact the police on 101", "text SHOUT to 85258" (a verb of calling, then at most four words and "on" or
#: "to"; "calls to the helpline rose to 111" counts)
#: (r20prec) a file's extension after a number: the number is part of the file's name ("D:\\98940084.doc", "report 45.pdf")
_FILE_EXT_RIGHT = re.compile(r"(?i)^\.(?:docx?|pdf|xlsx?|xlsm|pptx?|csv|odt|rtf|txt|html?|jpe?g|png|zip)\b")
_SERVICE_NUMBERS = frozenset(("999", "111", "101", "112", "85258"))
_CALL_LEFT = re.compile(
    r"(?i)\b(?:call|dial|ring|phone|telephone|text|contact)(?:ing)?"
    r"(?:(?:\s+(?!(?:rose|fell|increased|decreased|went|grew|dropped|reached|up|down)\b)[A-Za-z’']+){0,4}\s+(?:on|to))?$")
#: how many questions or speakers a rule allows: "The number of questions which may be asked by any councillor at
#: any one meeting is limited to two", "each member may ask a maximum of 3 questions", "no more than two motions"
_QUESTIONS_LIMIT_LEFT = re.compile(
    r"(?i)\b(?:questions?|speakers?|motions?|petitions?|deputations?)\b[^.;\n]{0,90}\b(?:limited\s+to|a\s+maximum\s+of|no\s+more\s+than)\s*$")
_ASKED_FIRST = frozenset(("questions", "question", "supplementary", "motions", "petitions", "deputations"))
_MAY_ASK_LEFT = re.compile(r"(?i)\b(?:may|can|shall|will|to)\s+(?:ask|put|submit|table|present)\s+(?:a\s+maximum\s+of|no\s+more\s+than|up\s+to)\s*$")
#: the number of a quoted, numbered question at its line's start: "“1. In the Resource briefing last week ...",
#: '"2. Will the Cabinet Member ...'
_QUOTED_LIST_RIGHT = re.compile(r"^[.)][ \t\xa0]+[A-Z]")
#: the span of a condition named just before and pointed at: "politically motivated austerity ... ten years of
#: that now is pushing it out", "a decade of cuts ... and after 12 years of it"
_OF_THAT_RIGHT = re.compile(
    r"(?i)^\s+of\s+(?:that|this|it)(?=\s*(?:[,.;:)!?—–-]|$)|\s+(?:now|has|have|had|is|was|are|were|and|but|which)\b)")
_CONDITION_BEFORE = re.compile(r"(?i)\b(?:austerity|cuts|under-?funding|under-?investment|disinvestment|pay\s+freezes?|lockdowns?)\b")
#: a document part cited by "numbered" ("the actions numbered 4 and 6 had not received responses", "the
#: recommendations numbered 3 to 5", "item numbered 7") or a regulation, schedule or article by its abbreviation ("the
#: costs of a ballot (Reg 20)", "Regs 3 and 4", "Sch 2", "Art. 8"); "referrals numbered 1,200" (totalled) stays
_NUMBERED_LEFT = re.compile(
    r"(?i)\b(?:actions?|items?|recommendations?|paragraphs?|questions?|points?|sections?|pages?|minutes?|appendix|"
    r"appendices|annexe?s?|resolutions?|motions?|amendments?|options?|proposals?)\s+(?:were\s+|was\s+)?numbered(?:\s+as)?\s*$")
_ABBREV_REFS = frozenset(("Reg", "Regs", "Sch", "Art", "Arts", "Para", "Paras", "Cl", "Reg.", "Regs.", "Sch.", "Art."))
#: a day before its month in capitals (printed minutes' headings): "12 SEPTEMBER 2012", "WEDNESDAY, 24 FEBRUARY
#: 2021", "3 MARCH at County Hall"; "MAY" and the short names only before a year or the line's end ("45 MAY BE ...")
_CAPS_MONTH_RIGHT = re.compile(
    r"^[ \t\xa0]+(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|"
    r"(?:MAY|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)\.?(?=[ \t\xa0,]*(?:\d{2,4}\b|\n|$)))(?![A-Za-z])")
#: the same date glued by a PDF's text layer ("PANEL 14NOVEMBER2006", "7 NOVEMBER2007"): a full month name in
#: capitals right after the day, then a year
_CAPS_MONTH_GLUED = re.compile(
    rf"^(?:{month_alternation(upper=True)})[ \t\xa0,]*(?:19|20)\d\d(?!\d)")
#: a clock time in capitals: "at 9.00 AM", "7.30 PM" (the same headings)
_CAPS_CLOCK_RIGHT = re.compile(r"^[ \t\xa0]?(?:AM|PM|A\.M\.|P\.M\.)(?![A-Za-z])")
_CLOCK_SURFACE = re.compile(r"\d{1,2}[.:][0-5]\d")
#: (r27prec) an hour alone, before "A.M." or "P.M." in capitals (r25blindL Redcar)
_BARE_HOUR = re.compile(r"1[0-2]|[1-9]")
#: amendments moved to the meeting's own papers: "Labour Members proposed three amendments to the minutes",
#: "two amendments to the motion were moved", "an amendment to recommendation 2"
_AMENDMENTS_RIGHT = re.compile(
    r"(?i)^\s+amendments?\s+(?:to|of)\s+(?:the\s+)?(?:minutes?|motions?|recommendations?|resolutions?|report|"
    r"budget\s+proposals?|constitution|terms\s+of\s+reference|standing\s+orders|agenda)\b")
#: a local telephone number on a contact line: "Contact: Rita Glen Gallo 463611  email: ...", "Tel: 463602",
#: "Enquiries to: John Smith 55160 / email"; after "Contact:", "Tel:", "Phone:", "Enquiries (to):", before the line's end,
#: an email or a separator ("Contact us: 12000 families ..." stays)
_CONTACT_LEFT = re.compile(r"\b(?:Contact|Tel|Telephone|Phone|Enquiries(?:\s+to)?|Ask\s+for)\s*:[^.;:\n]{0,40}$", re.I)
_CONTACT_END_RIGHT = re.compile(r"^[ \t\xa0]*(?:$|\n|\||[Ee]-?mail\b|[Ff]ax\b|or\s+\d|/|,|\))")
#: a percentage that is the threshold of a rule or a definition, not a measurement: a condition's bound ("the
#: BID would not proceed if less than 20% of those voting voted in favour", "if more than 50% of those voting vote
#: yes"; not after "where": "a borough where over 40% of children live in poverty" is a measurement), the persistent or severe absence definition ("if they miss 10% of sessions or more", "missing 50% or more of
#: sessions", "attendance below 90% is classed as persistently absent")
_IF_BOUND_LEFT = re.compile(
    r"(?i)\b(?:if|unless|provided(?:\s+that)?)\s+(?:(?:less|more|fewer)\s+than|at\s+least|over|under|below|above)\s+$")
#: (r20prec) a share bounded in a condition on a number: "schools where the number of pupils with an EHCP exceeds 3% of
#: the total roll", "if the proportion of pupils eligible for free meals is above 40%"
_WHERE_SHARE_BOUND_LEFT = re.compile(
    r"(?i)\b(?:where|when|whenever|if|unless)\s+(?:the\s+|their\s+|its\s+)?(?:number|proportion|percentage|share|rate)\s+of\s+"
    r"[^.;:]{1,80}?\b(?:exceeds?|exceeding|(?:is|are)\s+(?:above|over|more\s+than|greater\s+than|below|under|less\s+than)|"
    r"falls?\s+below|rises?\s+above)\s+$")
_MISS_LEFT = re.compile(r"(?i)\bmiss(?:es|ed|ing)?\s+$")
_OR_MORE_SESSIONS_RIGHT = re.compile(r"(?i)^\s+(?:of\s+(?:(?:their|all|possible|school)\s+){0,2}(?:sessions|school\s+time)\s+)?or\s+(?:more|over|above)\b")
_BELOW_LEFT = re.compile(r"(?i)\b(?:below|under|less\s+than)\s+$")
#: ((r20prec) also said directly: "pupils with attendance below 90% are persistently absent", "... count as persistent
#: absentees")
_CLASSED_ABSENT_RIGHT = re.compile(
    r"(?i)^[^.;\n]{0,40}?\b(?:(?:is|are|be|being)\s+(?:(?:classed|classified|considered|defined|deemed|categorised|categorized|"
    r"counted)\s+as\s+(?:a\s+)?)?(?:persistent(?:ly)?|severe(?:ly)?)\s+absen|counts?\s+as\s+(?:a\s+)?(?:persistent|severe)\s+absen)")
#: (r20prec) a RAG rating's band, named by its colour before the bound: "reports as Amber, being within 5% of the
#: target", "Amber: within 5% of target", "red where it is more than 10% below target"
_RAG_BOUND_LEFT = re.compile(
    r"(?i)\b(?:amber|green|red|RAG(?:\s+rated)?)\b[^.;\n%]{0,30}\b(?:within|more\s+than|less\s+than|over|under)\s*$")
#: (r20prec) a group defined by its attendance: "pupils with attendance below 90%", "children whose attendance is less
#: than 50%", "those who had attendance of under 80%"
_GROUP_ATTENDANCE_LEFT = re.compile(
    r"(?i)\b(?:with|who\s+(?:have|had)|having|whose)\s+(?:an?\s+)?(?:overall\s+)?attendance\s+(?:rates?\s+)?(?:(?:is|was)\s+)?"
    r"(?:of\s+)?(?:below|under|less\s+than|lower\s+than|above|over|more\s+than)\s*$")
#: (r20prec) or by an attendance it names before the word: "83.9% of pupils who had 100% attendance achieved ...",
#: "children with 100% attendance"
_GROUP_WHO_HAD_LEFT = re.compile(
    r"(?i)\b(?:pupils|children|students|learners|young\s+people|those)\s+(?:who\s+(?:have|had|achieved|achieve)|with|achieving)\s*$")
_ATTENDANCE_RIGHT = re.compile(r"(?i)^\s+(?:overall\s+)?attendance\b")
_OF_TARGET_RIGHT = re.compile(r"(?i)^\s+(?:of|above|below|off|from)\s+(?:the\s+|its\s+|their\s+)?targets?\b")
#: a count of events with its noun before "or more" is the threshold of an indicator's definition, as "three or
#: more placements" is: "those experiencing four worker changes or more", "three placements or more in the year",
#: "two plans or more" (the events counted in stability and repeat measures; "45 children or more" is not read)
_NOUN_OR_MORE_RIGHT = re.compile(
    r"^[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}(?:placements|moves|changes|plans|social[ \t]+workers|episodes|referrals|assessments|"
    r"exclusions|absences|sessions)[ \t]+or[ \t]+(?:more|over|above)\b")
_AN_A_HALF_YEARS_RIGHT = re.compile(r"(?i)^[-\s]+an?d?[-\s]+a[-\s]+half[-\s]+years?\b|^\s+years?\b")


#: an agenda item's number before its heading in capitals, where a printed agenda's text layer glues or slashes it
#: or runs it on after other text: "1.MINUTES", "3.PUBLIC QUESTIONS", "2 / PUBLIC PETITIONS", "...councilm170914
#: 5. RECEIPT OF PETITIONS" (a heading of three capitals or more; "a total of 12. CHILDREN" keeps its count: the
#: character before the number must not be a lower-case letter, a comma or a colon)
_CAPS_HEADING_RIGHT = re.compile(r"^(?:\.[ \t\xa0]*|[ \t\xa0]*/[ \t\xa0]*)[A-Z][A-Z'’]{2,}(?![a-z])")
_HEADING_NUMBER_BEFORE = frozenset(".)]!?\"”’'*•|")
#: a numbered point of a document: "Point 3 states that ...", "Point 3.1 states", "bullet point 2", "see point 4 of the
#: report" (a capitalised "Point" or "bullet point" before the number; after a lower-case "point" only when a
#: reference follows: "at one point 30 children" keeps its count)
_POINT_LABEL_LEFT = re.compile(r"(?:\bPoints?|\b[Bb]ullet\s+[Pp]oints?)\s+$")
_POINT_LOWER_LEFT = re.compile(r"(?i)\b(?:see|under|in|at|to|and|per)\s+points?\s+$")
_POINT_REF_RIGHT = re.compile(r"(?i)^(?:\s+(?:of|in|on|above|below|states?|stated|says?|refers?)\b|\s*[),;:])")
_POINT_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}")
#: the threshold of a petition scheme: "If a petition contains more than 500 signatures, it will be debated",
#: "Petitions with 2,000 signatures can be presented to a Full Council meeting", "If your petition has received 1,000
#: signatures or more", "must be signed by at least 100 residents or business ratepayers", "A petition must include
#: ..., be signed by at least 20 people" (a condition, a rule's modal or "petitions with" before the number; "a
#: petition signed by 1,234 residents was presented", "The petition has received 1,000 signatures" keep their counts)
_SIGNATURES_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:legitimate|valid|verified|eligible|genuine|online|paper)\s+)?(?:signatures|signatories|names)\b")
_SIGN_CONDITION_LEFT = re.compile(r"(?i)\b(?:if|where|once|when|unless|must|should|shall|needs?|requires?|required|threshold)\b[^.;]{0,60}$")
_PETITIONS_WITH_LEFT = re.compile(
    r"(?i)\bpetitions\s+(?:with|containing|of|signed\s+by|that\s+(?:have|receive|reach|attract))\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|at\s+least\s+|over\s+|a\s+minimum\s+of\s+|up\s+to\s+)?$")
_SIGNED_BY_LEFT = re.compile(r"(?i)\bsigned\s+by\s+(?:at\s+least|a\s+minimum\s+of|no\s+fewer\s+than|not\s+less\s+than)?\s*$")
_RULE_MODAL = re.compile(r"(?i)\b(?:must|should|shall|needs?\s+to|has\s+to|have\s+to|required\s+to)\b")


#: a minute cited by its number and two-digit year, as a heading or with its sub-paragraph: "40/02. MINUTES",
#: "at 23/02(a)(i)(d) bullet point four" (Oxfordshire's printed minutes of the 2000s)
_MINUTE_YY_HEADING_RIGHT = re.compile(r"^/\d{2}\.[ \t\xa0]*[A-Z][A-Z'’]{2,}(?![a-z])")
_MINUTE_YY_SUBREF_RIGHT = re.compile(r"^/\d{2}\((?:[a-z]{1,4}|\d{1,2})\)")
#: the text of the minutes: "to the deletion of the first two sentences", "the last three words be removed" (r26recall: not
#: the meeting's membership, "co-opt three additional members": co-optees are counted, a figure by `tests/gold/README.md`)
_TEXT_UNITS_RIGHT = re.compile(r"(?i)^\s+(?:sentences?|words?|lines?|paragraphs?|bullet\s+points?)\b")
_TEXT_EDIT_LEFT = re.compile(
    r"(?i)\b(?:delet\w*|insert\w*|amend\w*|remov\w*|replac\w*|substitut\w*|strik\w*)\b[^.;:\n]{0,30}$"
    r"|\b(?:the\s+)?(?:first|last|final|opening|closing)\s*$")


#: a word that leads to a value, ending the text before a number ("rose to 21.", "held 22.", "was 3."): no agenda
#: title ends in one, so the number ends a sentence as a value, not an item of a run-on list
_VALUE_LEAD_WORD = re.compile(
    r"\b(?:to|at|of|by|from|than|was|were|is|are|be|been|now|only|just|about|around|approximately|nearly|almost|over|"
    r"under|rose|fell|grew|held|had|has|have|reached|totalled|totaled|stood|stands|remained|increased|decreased|"
    r"dropped|received|numbered)[ \t\xa0]+$")


def _run_on_list_number(text: str, s: int, e: int, n: int) -> bool:
    """Whether the number ``n`` at ``text[s:e]``, before ". " and a capital, is one of a numbered list run into one
    line (a printed agenda's text layer: "Agenda 1. Apologies for Absence 2. Election of Chairman 3. ..."): the number
    before it ("n-1. " and a capital) within the 300 characters before, or the one after it within the 300 after,
    with no sentence's end between them (a title, not "fell to 3. The Committee noted ... there were 4. The").

    >>> t = "Agenda 1. Apologies for Absence 2. Election of Chairman 3. Minutes (Pages 1 - 7)"
    >>> [_run_on_list_number(t, t.index(x), t.index(x) + 1, int(x)) for x in "123"]
    [True, True, True]
    >>> t = "The number of placements fell to 3. The Committee noted the report. In 2019 there were 4. The Chair spoke."
    >>> _run_on_list_number(t, t.index("3"), t.index("3") + 1, 3), _run_on_list_number(t, t.index("4"), t.index("4") + 1, 4)
    (False, False)

    A value ending its sentence after a word that leads to a value ("rose to 21. The west team held 22. The east
    ..."): two values in a row are no list, whatever the gap (an agenda's title does not end in "to" or "held").

    >>> t = "Children in care rose to 21. The west team held 22. The east team held 30."
    >>> [_run_on_list_number(t, t.index(x), t.index(x) + 2, int(x)) for x in ("21", "22")]
    [False, False]
    """
    if _VALUE_LEAD_WORD.search(text, max(0, s - 24), s):
        return False
    for m, lo, hi in ((n - 1, max(0, s - 300), s), (n + 1, e, e + 300)):
        if m < 1:
            continue
        key = f"{m}. "
        i = text.rfind(key, lo, hi) if m < n else text.find(key, lo, hi)
        if i >= 0 and (i == 0 or text[i - 1] in " \t\xa0\n(") and text[i + len(key):i + len(key) + 1].isupper() \
                and not _VALUE_LEAD_WORD.search(text, max(0, i - 24), i):
            # the title between the two numbers, with the later number, is one sentence (clean's splitter)
            gap = text[i + len(key):e] if m < n else text[e + 2:i + len(key) - 2]
            if len(split_sentences(gap)) <= 1:
                return True
    return False


#: a day glued to its month and year by dashes: "Post on 09-Jul-2020" (a document site's date), "27-Mar-2018"
_DAY_MON_YEAR_RIGHT = re.compile(r"^-(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?-(?:\d{4}|\d{2})(?!\d)")
#: a document site's counters, each alone on its line: "2 views", "0 download"; (r20prec) a news page's: "12 comments",
#: "34 shares", "1 reply"
_COUNTER_LINE_RIGHT = re.compile(
    r"^[ \t]+(?:views?|downloads?|comments?|shares|likes|reactions|repl(?:y|ies)|followers)[ \t]*(?:\n|$)", re.I)
#: (r20prec) a news page's counter after its label, alone on its line: "Comments (12)", "Shares: 34"
_COUNTER_LABEL_LEFT = re.compile(r"(?:^|\n)[ \t]*(?:Comments?|Shares|Likes|Reactions|Replies)[ \t]*(?:\(|:)?[ \t]*$")
_COUNTER_LABEL_RIGHT = re.compile(r"^\)?[ \t]*(?:\n|$)")
#: (r20prec) a gallery's or a slideshow's counter: "Photo 3 of 12", "Picture 2 of 8" (as "Image 1 of 4" ending its line)
_MEDIA_OF_LEFT = re.compile(r"(?:^|[^\w])(?:Image|Photo|Photograph|Picture|Gallery|Video|Slide)[ \t]+$")
_OF_NUMBER_RIGHT = re.compile(r"^ of \d{1,3}\b")
#: a contents page: "Section Page\n\n1 Introduction 2\n\n2 Executive Summary 2\n\n...11 Adoption 23" (an item's number
#: opening its line, a page number ending it), or the same run into one line ("Introduction 2  2 Executive Summary 2",
#: "Care Leavers 25  13  14"), under a "Contents", "Page" or "Agenda" heading in the 1,200 characters before (the
#: run-on line: not "Agenda", see _CONTENTS_HEADER)
_TOC_HEADER = re.compile(r"\b(?:Contents|CONTENTS|Section\s+Page|Page\s+No\.?|AGENDA|Agenda)\b")
#: the same without "Agenda", which heads nearly every set of minutes: a number run into one line with the next
#: item's number and no title after it ("Care Leavers 25  13  14") is a page number only under a contents heading;
#: under "Agenda" the next item must open its title ("Apologies 3  4 Minutes of the last meeting"), else "Adoptions 12
#: 14 16" of a table in minutes would lose its values
_CONTENTS_HEADER = re.compile(r"\b(?:Contents|CONTENTS|Section\s+Page|Page\s+No\.?)\b")
_NEXT_ITEM_RIGHT = re.compile(r"^[ \t]+\d{1,2}[ \t]+(?:[A-Z][a-z]|\d{1,2}\b)")
_PAGE_RANGE_SURFACE = re.compile(r"\d{1,3}(?:[ \t]?[-–][ \t]?\d{1,3})?")
_ITEM_AFTER_PAGE_LEFT = re.compile(r"(?:\b\d{1,3}|\bPage|\bContents|\bAGENDA|\bAgenda)[ \t]+$")
_TITLE_WORD_RIGHT = re.compile(r"^[ \t]+[A-Z][a-z]")
#: a contents line on its own (a segment of its own once the page is cleaned): its item's number, its title in title
#: case (capitalised words and "and", "of", "for" ...), its page number at the line's end: "8 Foster Care 13",
#: "12 Supported Accommodation for Care Leavers 25" ("1 Children in care 345" is no title: "care" is not capitalised)
_TITLE_WORDS = r"(?:[A-Z][\w'’&-]*|and|of|for|the|in|on|to|with|&)(?:[ \t]+(?:[A-Z][\w'’&-]*|and|of|for|the|in|on|to|with|&)){0,12}"
_TOC_LINE_TITLE = re.compile(rf"(\d{{1,2}})[ \t]+{_TITLE_WORDS}[ \t]+$")  # (matched from the line's start: no "^")
_TOC_LINE_RIGHT = re.compile(rf"^[ \t]+{_TITLE_WORDS}[ \t]+(\d{{1,3}})[ \t]*(?:\n|$)")
_LINE_END_HERE = re.compile(r"^[ \t]*(?:\n|$)")
#: the year of a net-zero ambition written short: "has both zero 40 and zero 45 ambitions", "Net Zero 2030"
_NET_ZERO_LEFT = re.compile(r"(?i)\b(?:net[ -]?)?zero[ \t]+$")


def _site_or_contents_number(text: str, s: int, surface: str, left: str, right: str, lt: str, r0: str) -> str:
    """The kind of a number of a document site's or a contents page's furniture, else "": a day glued to its month
    and year ("09-Jul-2020": ``date``), a site's counter alone on its line ("2 views": ``reference``), a page number or an
    item's number of a contents page ("1 Introduction 2": ``list`` and ``reference``), a net-zero year written short
    ("zero 40": ``name``). Each test behind the characters around the number.

    >>> t = "Contents\\n\\nSection Page\\n\\n1 Introduction 2\\n\\n2 Executive Summary 2\\n\\n"
    >>> [_site_or_contents_number(t, i, t[i], t[max(0, i - 40):i], t[i + 1:i + 61], t[max(0, i - 40):i].rstrip(), t[i + 1:i + 2])
    ...  for i in (t.index("1 I"), t.index("n 2") + 2)]
    ['list', 'reference']
    >>> [_site_or_contents_number("", 0, n, l, r, l.rstrip(), r[:1]) for n, l, r in [("09", "Post on ", "-Jul-2020  2 views"),
    ...     ("223", "\\n", " views\\n"), ("40", "has both zero ", " and zero 45"), ("2", "There were ", " views expressed")]]
    ['date', 'reference', 'name', '']
    >>> [_site_or_contents_number("", 0, n, l, r, l.rstrip(), r[:1]) for n, l, r in [("12", "\\n", " comments\\n"),
    ...     ("12", "\\nComments (", ")\\n"), ("3", "\\nPhoto ", " of 12\\n"), ("45", "received ", " comments from parents")]]
    ['reference', 'reference', 'reference', '']
    """
    if r0 == "-" and right[1:2].isupper() and len(surface) <= 2 and _DAY_MON_YEAR_RIGHT.match(right):
        return "date"
    line_left = left[left.rfind("\n") + 1:]
    first = right[1:2]
    if first in "vVdDcCsSlLrRfF" and _COUNTER_LINE_RIGHT.match(right) and not line_left.strip():
        return "reference"
    if lt[-1:] in ("s", "(", ":") and _COUNTER_LABEL_RIGHT.match(right) and _COUNTER_LABEL_LEFT.search(left):
        return "reference"  # (r20prec) "Comments (12)": a news page's counter
    if r0 == " " and right[1:3] == "of" and _OF_NUMBER_RIGHT.match(right) and _MEDIA_OF_LEFT.search(left):
        return "reference"  # (r20prec) "Photo 3 of 12": a gallery's counter
    if lt[-4:].lower() == "zero" and _NET_ZERO_LEFT.search(left):
        return "name"
    if not surface.isdecimal() and not _PAGE_RANGE_SURFACE.fullmatch(surface):
        return ""
    if r0 in " \t":
        if lt[-1:].isalpha() and (nx := _NEXT_ITEM_RIGHT.match(right)) and (
                _CONTENTS_HEADER.search(text, max(0, s - 1200), s)
                or right[nx.end() - 1:nx.end()].isalpha() and _TOC_HEADER.search(text, max(0, s - 1200), s)):
            return "reference"  # "Introduction 2  2 Executive Summary 2": run into one line
        if len(surface) <= 2 and _TITLE_WORD_RIGHT.match(right):
            if not line_left.strip():
                toc = _TOC_LINE_RIGHT.match(right)
                if toc and int(toc.group(1)) >= int(surface):
                    return "list"  # "11 Adoption 23": the item's number opening its contents line
            if _ITEM_AFTER_PAGE_LEFT.search(left) and _TOC_HEADER.search(text, max(0, s - 1200), s):
                return "list"
    if (not r0 or r0 == "\n" or r0 in " \t" and _LINE_END_HERE.match(right)) and len(surface) <= 3 and surface.isdecimal() \
            and lt[-1:].isalpha():
        toc = _TOC_LINE_TITLE.match(text, max(text.rfind("\n", 0, s) + 1, s - 200), s)
        if toc and int(surface) >= int(toc.group(1)):
            # "1 Introduction 2": the page number ending its contents line. A contents heading cannot be asked for:
            # each contents line is a segment of its own once the page is cleaned. Known cost: a table's row with a
            # row number, a label in title case and its value alone on a line ("1 Foster Carers 245") reads the same.
            return "reference"
    return ""


def _membership_or_text_edit(left: str, right: str) -> str:
    """``procedure`` for a small count of the words of its minutes ("the deletion of the first two sentences"), else "".
    (r26recall) A count of the meeting's own membership ("co-opt three additional members to the sub-group") is no longer
    procedure: co-optees are counted, a figure by `tests/gold/README.md`.

    >>> [_membership_or_text_edit(l, r) for l, r in [("(b) co-opt ", " additional members to the sub-group"),
    ...     ("to the deletion of the first ", " sentences"), ("the service recruited ", " new members of staff"),
    ...     ("there were ", " sentences imposed by the court")]]
    ['', 'procedure', '', '']
    """
    r5 = right[:30].lower()
    if ("sentence" in r5 or "word" in r5 or "line" in r5 or "paragraph" in r5 or "bullet" in r5) \
            and _TEXT_UNITS_RIGHT.match(right) and _TEXT_EDIT_LEFT.search(left):
        return "procedure"
    return ""


def _heading_point_or_petition_rule(text: str, s: int, kind: str, surface: str, left: str, right: str, lt: str,
                                    r0: str) -> str:
    """``list`` for an agenda item's number run into its heading in capitals ("1.MINUTES", "2 / PUBLIC PETITIONS",
    "...councilm170914 5. RECEIPT OF PETITIONS"), ``reference`` for a numbered point of a document ("Point 3.1
    states"), ``threshold`` for a petition scheme's number of signatures ("If a petition contains more than 500
    signatures, it will be debated"), else "". Each test behind a literal: "." or "/" after the number, "oint"
    before it, "sign" around it.

    >>> t = "PART I (PUBLIC) AGENDA  1.MINUTES  To confirm"
    >>> _heading_point_or_petition_rule(t, 24, "num", "1", t[:24], t[25:], t[:24].rstrip(), ".")
    'list'
    >>> t = "there were a total of 12. CHILDREN IN CARE"
    >>> _heading_point_or_petition_rule(t, 22, "num", "12", t[:22], t[24:], t[:22].rstrip(), ".")
    ''
    >>> [_heading_point_or_petition_rule("", 0, "num", n, l, r, l.rstrip(), r[:1]) for n, l, r in [
    ...     ("3.1", "schools from 2009. Point ", " states that"), ("30", "at one point ", " children were waiting"),
    ...     ("500", "If a petition contains more than ", " signatures, it will be debated"),
    ...     ("1,000", "The petition has received ", " signatures and was presented.")]]
    ['reference', '', 'threshold', '']
    """
    if kind == "num" and (not r0 or r0 in "- \t\n)" or lt[-4:].lower() == "zero"):
        other = _site_or_contents_number(text, s, surface, left, right, lt, r0)
        if other:
            return other
    if kind == "word":
        if lt[-4:] in ("oint", "ints") and surface.lower() in _SMALL_WORDS and _POINT_LABEL_LEFT.search(left):
            return "reference"  # "bullet point four"
        if surface.lower() in _SMALL_WORDS:
            return _membership_or_text_edit(left, right)
        return ""
    if r0 in "./ \t\xa0" and surface.isdecimal() and len(surface) <= 2 and ("/" in right[:4] or r0 == ".") \
            and (not lt or lt[-1].isdigit() or lt[-1].isupper() or lt[-1] in _HEADING_NUMBER_BEFORE) \
            and _CAPS_HEADING_RIGHT.match(right):
        return "list"
    if r0 == "." and right[1:2] in (" ", "\t", "\xa0") and surface.isdecimal() and len(surface) <= 2 \
            and _run_on_list_number(text, s, s + len(surface), int(surface)):
        return "list"  # "Agenda 1. Apologies for Absence 2. Election of Chairman 3. ..."
    if r0 == "/" and surface.isdecimal() and len(surface) <= 3:
        if _MINUTE_YY_HEADING_RIGHT.match(right):
            return "minute"  # "40/02. MINUTES"
        if _MINUTE_YY_SUBREF_RIGHT.match(right):
            return "reference"  # "at 23/02(a)(i)(d)"
    if lt[-4:] in ("oint", "ints") and _POINT_NUMBER.fullmatch(surface) and (
            _POINT_LABEL_LEFT.search(left) or (_POINT_LOWER_LEFT.search(left) and _POINT_REF_RIGHT.match(right))):
        return "reference"
    if surface.isdecimal() and len(surface) <= 2:
        other = _membership_or_text_edit(left, right)
        if other:
            return other
    if kind == "num" and ("sign" in right[:30] or "signed" in left[-40:]):
        if _SIGNATURES_RIGHT.match(right) and (_SIGN_CONDITION_LEFT.search(left) or _PETITIONS_WITH_LEFT.search(left)):
            return "threshold"
        if _SIGNED_BY_LEFT.search(lt):
            before = text[max(0, s - 200):s]  # (the modal in the figure's sentence: clean's splitter)
            if _RULE_MODAL.search(before, split_sentences(before)[-1][0] if before.strip() else 0):
                return "threshold"
    return ""


#: a share that bounds a school's balance: "balances exceeding 10 per cent of their funding", "surpluses of more than 8%",
#: (r22prec) "balances held in excess of 8% of their funding"
_BALANCE_BOUND_LEFT = re.compile(
    r"(?i)\b(?:balances?|surplus(?:es)?|reserves?)\s*(?:\(\s*)?(?:held\s+)?(?:of\s+)?(?:exceeding|in\s+excess\s+of|more\s+than|over|above|"
    r"greater\s+than|at\s+least)$")
_BALANCE_BOUND_ENDS = ("ding", "s of", "than", "over", "bove", "east")
#: attendance that defines persistent absence: "a child with 85% attendance or less", "attendance of 90% or below"
_MEASURED_ENDS = (" to", " at", " was", " were", " is", " are", " by", " from")
_ATTENDANCE_OR_LESS_RIGHT = re.compile(
    r"(?i)^\s+(?:(?:attendance|absence)\s+)?or\s+(?:less|lower|below|under|more|above|over|higher)\b")


#: (r13prec) a share named as a rule's bound: "the 0.5% threshold for Schools Forum approval", "a 2% cap", "the 5% limit"
_RULE_BOUND_RIGHT = re.compile(r"(?i)^\s+(?:thresholds?|caps?|ceilings?|limits?)\b(?!\s+(?:of|on)\s+(?:spend|spending|expenditure)\b)")
#: (r13prec) a share said to be the most or least a rule allows: "a 5% central retention was the maximum allowed",
#: "1% is the minimum permitted"
_MAXIMUM_ALLOWED_RIGHT = re.compile(
    r"(?i)^[^.;:%£\d]{0,30}\b(?:is|was|are|were|being)\s+the\s+(?:maximum|minimum)\s+(?:allowed|permitted|allowable)\b")


#: (r17prec) a bound on what each of a subset has, carries or answers for: "now have a caseload below 26", "have a
#: shortfall of over 10%" (group 1: an attribute of each member), "were responsible for more than 20 children",
#: "holding more than 21 cases" (no group 1)
_HELD_BOUND_LEFT = re.compile(
    r"(?i)\b(?:(?:have|has|had|having)\s+(?:an?\s+)?((?:caseload|case\s+load|shortfall|deficit|surplus)s?)\s+(?:of\s+)?"
    r"|(?:hold|holds|holding|held|carry|carries|carrying|carried|responsible\s+for)\s+)"
    r"(?:more\s+than|fewer\s+than|less\s+than|over|under|below|above|exceeding)\s*$"
)
#: (r17prec) the subject of the verb before the bound is a subset shared: "30 per cent of social workers (were)", "all
#: social workers (93%) now", "half", "the number of social workers"; (r20prec) "(almost) all social workers now"
_SHARE_SUBJECT_END = re.compile(
    r"(?i)(?:(?:%|\bper\s?cent|\b(?:half|most|majority|minority|number|proportion|percentage|share))\)?"
    r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[a-z’'-]+\s+){1,3}?)?"
    r"|\b(?:all|most)\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[a-z’'-]+\s+){1,2}?)\s*(?:(?:were|are|was|is|now|currently|still)\s+)*$"
)
#: (r17prec) or counted, before an attribute of each member: "seven boroughs (have a shortfall of over 10%)"
_COUNT_SUBJECT_END = re.compile(r"(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+[a-z]+s\s+(?:(?:now|still)\s+)?$")
#: (r20prec) or a plural of workers the participle describes, so the phrase names a subset a sentence goes on to count:
#: "Social workers holding more than 25 cases fell to 10%", "practitioners carrying over 20 children"
_WORKERS_PARTICIPLE_END = re.compile(
    r"(?i)\b(?:workers|practitioners|staff|officers|managers|teams|professionals|carers|schools|settings|providers)\s+$")
#: the last letters of a bound word (:data:`_HELD_BOUND_LEFT`)
_HELD_BOUND_ENDS = ("than", "over", "under", "below", "above", "exceeding")


def _subset_bound(text: str, s: int, left: str, lt: str, share: bool = False) -> bool:
    """Whether the number at ``s`` bounds the subset a sentence counts or shares ("30 per cent of social workers were
    responsible for more than 20 children", "half have a caseload below 21", "seven boroughs have a shortfall of over
    10%"): a definition, not a measurement. The verb's subject is a share, or a count when the bound is on an attribute
    of each member ("a caseload below", "a shortfall of over").

    (r17review) A number that is itself a share (``share``: a percentage or a fraction) after "hold", "carry" or
    "responsible for" is the part of a whole the subset has, a measurement: "20% of schools hold over 60% of the
    surplus balances", "10% of providers were responsible for more than half of the spend". After an attribute of each
    member it stays a bound ("have a shortfall of over 10%").

    >>> t = "Half of social workers have a caseload below 21."
    >>> _subset_bound(t, 44, t[4:44], t[4:44].rstrip())
    True
    >>> t = "The council runs 12 homes and is responsible for more than 300 children."
    >>> _subset_bound(t, 59, t[19:59], t[19:59].rstrip())
    False
    """
    if not lt[-9:].lower().endswith(_HELD_BOUND_ENDS):
        return False
    m = _HELD_BOUND_LEFT.search(left)
    if m is None or share and m.group(1) is None:
        return False
    head = text[max(0, s - 120):s - (len(left) - m.start())]
    if m.group(1) is None and left[m.start():m.start() + 8].lower() in ("holding ", "carrying") \
            and _WORKERS_PARTICIPLE_END.search(head):
        return True  # (r20prec) "Social workers holding more than 25 cases fell to 10%": the subset's definition
    return _SHARE_SUBJECT_END.search(head) is not None or (m.group(1) is not None and _COUNT_SUBJECT_END.search(head) is not None)


def _percent_threshold_of_rule(left: str, right: str, lt: str, wide: str = "") -> bool:
    """Whether a percentage is the threshold of a rule or a definition: a condition's bound ("if less than 20%
    of those voting voted in favour"), the persistent or severe absence definition ("if they miss 10% of sessions or
    more", "attendance below 90% is classed as persistently absent", "a child with 85% attendance or less"), a bound of
    a school's balance ("balances exceeding 10 per cent of their funding"), (r20prec) a RAG band ("Amber: within 5% of
    target"), a group by its attendance ("pupils with attendance below 90%", "pupils who had 100% attendance"), a share
    bounded in a condition on a number ("schools where the number of pupils with an EHCP exceeds 3%", read in ``wide``,
    the 140 characters before the number). Each test behind the left context's last letters, or a word of the right.

    >>> t = "The BID would not proceed if less than "
    >>> _percent_threshold_of_rule(t, " of those voting voted in favour.", t.rstrip()), _percent_threshold_of_rule("Less than ", " of pupils", "Less than")
    (True, False)
    """
    if right[:1] == " " and _RULE_BOUND_RIGHT.match(right):
        return True  # (r13prec) "exceeds the 0.5% threshold for Schools Forum approval", "the 2% cap on increases"
    if "imum" in right[:50] and _MAXIMUM_ALLOWED_RIGHT.match(right):
        return True  # (r13prec) "a 5% central retention was the maximum allowed by the government"
    end4 = lt[-4:].lower()
    if end4 in ("than", "east", "over", "nder", "elow", "bove") and _IF_BOUND_LEFT.search(left):
        return True
    if end4 in ("than", "over", "nder", "elow", "bove", "ceed", "eeds", "ding") \
            and ("number" in wide or "proportion" in wide or "percentage" in wide or "share" in wide or "rate" in wide) \
            and _WHERE_SHARE_BOUND_LEFT.search(wide):
        return True  # (r20prec) "schools where the number of pupils with an EHCP exceeds 3%": a condition's bound
    if end4[-3:] in ("iss", "sed", "ses", "ing") and _MISS_LEFT.search(left) and _OR_MORE_SESSIONS_RIGHT.match(right):
        return True
    if end4 in ("elow", "nder", "than") and _BELOW_LEFT.search(left) and _CLASSED_ABSENT_RIGHT.match(right):
        return True
    if end4 in ("elow", "nder", "than", "bove", "over") and "ttendance" in left and _GROUP_ATTENDANCE_LEFT.search(left):
        return True  # (r20prec) "pupils with attendance below 90%": the group's definition
    if right[:12].lower().lstrip().startswith(("attendance", "overall")) and _ATTENDANCE_RIGHT.match(right) \
            and _GROUP_WHO_HAD_LEFT.search(left):
        return True  # (r20prec) "pupils who had 100% attendance": the group's definition
    if end4 in ("thin", "than", "over", "nder") and "target" in right[:30].lower() and _OF_TARGET_RIGHT.match(right) \
            and _RAG_BOUND_LEFT.search(left):
        return True  # (r20prec) "Amber, being within 5% of the target": a rating's band
    if end4 in _BALANCE_BOUND_ENDS and _BALANCE_BOUND_LEFT.search(lt):
        return True
    return " or " in right[:16] and not lt.endswith(_MEASURED_ENDS) and (
        "ttend" in left or "bsen" in left or "ttend" in right[:12] or "bsen" in right[:12]) \
        and _ATTENDANCE_OR_LESS_RIGHT.match(right) is not None


def _meeting_business_or_label(text: str, s: int, kind: str, surface: str, left: str, right: str, lt: str,
                              low16: str | None, w1: str | None, r0: str) -> str | None:
    """The kind of a number that would otherwise be a figure, when it is the meeting's own business or a
    label: a minute number with its committee's code ("EXE 42" alone on its line), a rule of the constitution cited
    by code or in the plural ("(ESO 6)", "Standing Orders 2 (vi) and 17"), how many people the meeting will hear
    ("will hear up to four people"), a speed limit ("a speed restriction of 30 mph", as "30mph" is), a submission's
    length ("no longer than 1 A4 sheet"), a stability definition after "more than" ("in the same placement for more
    than two and a half years"), a street number ("Observatory House, 25 Windsor Road"), how many questions a rule
    allows ("is limited to two"), a quoted question's number ("“1. In the Resource briefing"), the span of a condition
    pointed at ("austerity ... ten years of that"), a document part cited by "numbered" or a regulation by its
    abbreviation ("the actions numbered 4 and 6", "(Reg 20)"), a day before its month in capitals ("12 SEPTEMBER
    2012") and a clock time in capitals ("9.00 AM"), amendments moved to the meeting's papers ("three amendments to the
    minutes"), a local telephone number on a contact line ("Contact: Rita Glen Gallo 463611"). None when it is none of
    these. Every test sits behind a literal of its wording.

    >>> t = "Items\\nEXE 42\\n\\nChair's Welcome"
    >>> _meeting_business_or_label(t, 10, "num", "42", t[:10], t[12:], t[:10].rstrip(), t[:10].rstrip()[-16:].lower(), "", "\\n")
    'minute'
    """
    if kind in ("num", "word") and " or " in right[:36] and _NOUN_OR_MORE_RIGHT.match(right) and not _OF_THAN_LEFT.search(left):
        return "threshold"  # "four worker changes or more": a stability measure's definition
    if kind == "num" or kind == "word":
        other = _heading_point_or_petition_rule(text, s, kind, surface, left, right, lt, r0)
        if other:
            return other
    if w1 == "of" and surface[-5:].lower() in ("years", " year", "decade") and _OF_THAT_RIGHT.match(right) \
            and _CONDITION_BEFORE.search(text, max(0, s - 160), s):
        return "period"  # "austerity ... ten years of that": the span of a condition, not a measurement
    if kind == "num" and right[1:2].isupper() and len(surface) <= 2 and surface.isdecimal() and 1 <= int(surface) <= 31 \
            and right[1:3].isupper() and _CAPS_MONTH_RIGHT.match(right):
        return "date"  # "12 SEPTEMBER 2012": a day before its month in capitals
    if kind == "num" and right[:2].isupper() and len(surface) <= 2 and surface.isdecimal() and 1 <= int(surface) <= 31 \
            and _CAPS_MONTH_GLUED.match(right):
        return "date"  # "14NOVEMBER2006": the same, glued by a PDF's text layer
    if kind == "num" and (r0 == " " or r0 in "AP") and _CAPS_CLOCK_RIGHT.match(right) and (
            _CLOCK_SURFACE.fullmatch(surface) or right[2:3] == "." and _BARE_HOUR.fullmatch(surface)):
        return "time"  # "at 9.00 AM", (r27prec) "MONDAY 21 OCTOBER 2019 3 P.M. AT THE CENTRE" (an hour alone: with the dots)
    if kind == "num" and 5 <= len(surface) <= 6 and surface.isdecimal() and surface[0] != "0" \
            and _CONTACT_END_RIGHT.match(right) and _CONTACT_LEFT.search(text, max(0, s - 60), s):
        return "phone"  # "Contact: Rita Glen Gallo 463611  email:": a local telephone number
    if kind == "num" and r0 == "." and right[1:2].isalpha() and _FILE_EXT_RIGHT.match(right):
        return "reference"  # (r20prec) "D:\\98940084.doc", "Appendix_2.pdf": a file's name
    if kind == "num" and surface in _SERVICE_NUMBERS and _CALL_LEFT.search(lt):
        return "phone"  # (r20prec) "call 999", "contact the police on 101", "text 85258": a service's short number
    if kind == "num" and r0 == " " and right[1:2].isupper() and len(surface) <= 4 and surface.isdecimal() \
            and _STREET_RIGHT.match(right):
        return "name"  # "Observatory House, 25 Windsor Road": a street number
    if low16 is not None and low16.endswith(("numbered", "numbered as")) and _NUMBERED_LEFT.search(lt):
        return "reference"  # "the actions numbered 4 and 6"
    if lt[-1:] in ("g", "s", "h", "t", "a", "l", ".") and lt[-7:].rsplit(None, 1)[-1].lstrip("([") in _ABBREV_REFS:
        return "reference"  # "(Reg 20)", "Sch 2": the word before the number, after a space or a bracket
    last = lt[-1:]
    if last.isupper():
        if kind == "num" and len(surface) <= 3 and _CODE_LINE_RIGHT.match(right) and _CODE_LINE_LEFT.search(left) \
                and lt.rsplit(None, 1)[-1] not in _MEASURE_CODES:
            return "minute"  # "EXE 42" on its own line
        if _RULE_CODE_LEFT.search(lt):
            return "reference"  # "(ESO 6)", "(CPR 10)"
    elif low16 is None or low16.endswith(("orders", "rules", "no", "no.", "nos", "nos.")):
        if _RULES_PLURAL_LEFT.search(lt):
            return "reference"  # "Standing Orders 2 (vi) and 17"
    if (low16 is None or low16.endswith(("limited to", "maximum of", "more than"))) \
            and _QUESTIONS_LIMIT_LEFT.search(text, max(0, s - 140), s - (len(left) - len(lt))):
        return "procedure"  # "the number of questions ... is limited to two"
    if w1 is not None and w1 in _ASKED_FIRST and low16 is not None and low16.endswith(("maximum of", "more than", "up to")) \
            and _MAY_ASK_LEFT.search(lt):
        return "procedure"  # "each member may ask a maximum of 3 questions"
    if kind == "num" and last in "“\"‘'" and last and len(surface) <= 2 and surface.isdecimal() \
            and _QUOTED_LIST_RIGHT.match(right) and _line_start_left(lt[:-1]):
        return "list"  # "“1. In the Resource briefing ...": a quoted question's number
    if (w1 is None or w1 in ("amendment", "amendments")) and _AMENDMENTS_RIGHT.match(right):
        return "procedure"  # "proposed three amendments to the minutes"
    if w1 is None or w1 in _HEARD_FIRST:
        if (low16 is None or low16.endswith(("up to", "maximum of", "more than"))) and _HEAR_UP_TO_LEFT.search(lt):
            return "procedure"  # "will hear up to four people"
    if w1 is None or w1 in ("mph", "kph"):
        if right[:1] == " " and right.lstrip(" \t\xa0")[:3].lower() in ("mph", "kph"):
            return "name"  # "a temporary speed restriction of 30 mph": a speed limit, as "30mph" glued
    if w1 is None or w1 in _A4_FIRST:
        if _A4_RIGHT.match(right):
            return "procedure"  # "no longer than 1 A4 sheet", "two sides of A4"
    if (r0 == "-" or r0 == " ") and (low16 is None or low16.endswith(("than", "least", "over"))) \
            and surface.lower() in ("two", "2", "2.5", "two and a half") and _AN_A_HALF_YEARS_RIGHT.match(right) \
            and _LONG_TERM_QUAL_LEFT.search(lt):
        return "threshold"  # "in the same placement for more than two-an-a-half years"
    return None


#: (speed) the patterns of :func:`classify` and :func:`scan` compiled once (not looked up in ``re``'s cache per call)
_DIGITS_S = re.compile(r"\d+s")
_UNDER_OVER_DIGIT = re.compile(r"(?i)(?:under|over)-?\d")
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
_PLURAL_TIME_END = re.compile(r"(?:days|weeks|months|years|hours)$", re.I)
_SINGULAR_TIME_END = re.compile(r"(?:day|week|month|year|hour)$", re.I)
#: the last letters of a surface that ``_HOURS_END`` can match ("hours", "hour", "hrs", "hr")
_HOURS_LAST = frozenset("sSrR")


#: a reference's sub-number in brackets right after it: "Minute No. 34 (3)"
_SUBREF_GAP = re.compile(r"[ \t\xa0]*\($")
#: a reference's number after its bracketed title: "agenda items 8 (Annual Report 2016/17) and 10 (...)"
_TITLED_LIST_GAP = re.compile(r"\s*\([^()\n]{1,100}\)\s*(?:,|and|or|&|,\s*and)\s+$")


def _listed_reference(text: str, hits: list[Hit], s: int, e: int) -> bool:
    """Whether the number at ``text[s:e]`` continues a reference just before it: a bracketed
    sub-number ("Minute No. 34 (3)") or the next number of a list of references whose numbers carry
    bracketed titles ("agenda items 8 (HealthWatch Annual Report 2016/17) and 10 (Obesity Action Group)").
    """
    if s and text[s - 1] == "(" and text[e:e + 1] == ")":
        if hits and hits[-1].kind in ("reference", "minute") and _SUBREF_GAP.fullmatch(text, hits[-1].end, s):
            return True
    if ")" not in text[max(0, s - 8):s]:
        return False
    for h in reversed(hits[-3:]):
        if h.kind == "reference" and s - h.end <= 110:
            return _TITLED_LIST_GAP.fullmatch(text, h.end, s) is not None
    return False

#: the gap of a written range of lengths: "three to five years", "two or three weeks", "two – three months" (a hyphen
#: only with spaces around it: "twenty-five years" is one number)
_WORD_RANGE_GAP = re.compile(r"\s+(?:to|or)\s+|\s?–\s?|\s-\s")
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")


_COUNT_RANGE_GAP = re.compile(r"\s+to\s+|\s?–\s?|\s-\s")
_BY_BEFORE = re.compile(r"(?i)\b(?:from|by)\s+$")
_NOUN_AFTER = re.compile(r"\s+(?:[a-z][a-z’'-]+\s+){0,2}?[a-z][a-z’'-]+")


def _range_end(text: str, prev: Hit, s: int, e: int, surface: str, group: str) -> bool:
    """Whether the number ``surface`` at ``s`` (to ``e``) ends a range begun by the written number ``prev``: with a
    unit of time on ``surface`` only, a range of lengths ("three to five years", "two or three weeks"); with none on
    either, a range of counts ("six to ten satellite families", "six to 10 other carers": no more than 100 nor four
    times the first, a word after it). Either ascends and is no change ("cut from three to two weeks", "from five to
    seven days", "increased by five to 215" are two values).

    >>> from .grammar import Hit
    >>> t = "It takes three to five years."
    >>> _range_end(t, Hit(9, 14, "figure", "word", [3.0]), 18, 28, "five years", "word")
    True
    >>> t = "The wait was cut from three to five weeks."
    >>> _range_end(t, Hit(22, 27, "figure", "word", [3.0]), 31, 41, "five weeks", "word")
    False
    >>> t = "a community of six to ten satellite families"
    >>> _range_end(t, Hit(15, 18, "figure", "word", [6.0]), 22, 25, "ten", "word")
    True
    >>> t = "the number rose by five to 21 carers"
    >>> _range_end(t, Hit(19, 23, "figure", "word", [5.0]), 27, 29, "21", "num")
    False
    """
    time_unit = TIME_RE.search(surface) is not None
    if s - prev.end > (6 if time_unit else 4) or not prev.values or TIME_RE.search(text, prev.start, prev.end):
        return False
    gap, before = (_WORD_RANGE_GAP, _FROM_BEFORE) if time_unit else (_COUNT_RANGE_GAP, _BY_BEFORE)
    if gap.fullmatch(text, prev.end, s) is None or before.search(text, max(0, prev.start - 8), prev.start):
        return False
    later = values_of(group, surface, "figure")
    if not later or not prev.values[0] < later[0]:
        return False
    if time_unit:
        return True
    if later[0] > 100 or later[0] > 4 * max(prev.values[0], 1):
        return False
    return _word_after(text, e)


def _word_after(text: str, e: int) -> bool:
    """Whether a word follows the count ending at ``e`` (a noun or a verb, :data:`_NOUN_AFTER`) and no unit of time
    does: the test that a range (:func:`_range_end`) or an alternative (:func:`_alternative_end`) of counts ends there.

    >>> _word_after("six to ten satellite families", 10), _word_after("six to ten, 11", 10), _word_after("2 or 3 weeks", 6)
    (True, False, False)
    """
    return _NOUN_AFTER.match(text, e) is not None and not TIME_RE.match(text[e:e + 20].lstrip())


#: (r22prec) the gap of an alternative of two counts: "2 or 3 bases", "five or six children"
_ALTERNATIVE_GAP = re.compile(r"[ \t\xa0]+or[ \t\xa0]+")
#: a bare count: digits (no unit, sign or decimal) or one written number word
_BARE_COUNT = re.compile(r"\d{1,3}|[A-Za-z]+")


def _alternative_end(text: str, prev: Hit, s: int, e: int, surface: str, group: str) -> bool:
    """Whether the number ``surface`` at ``s`` (to ``e``) is the other value of an alternative begun by the bare count
    ``prev`` ("across 2 or 3 bases", "five or six children", "2 or 3 weeks"): one figure with both values, as a range is
    and as the gold README stores an alternative (``value_max``). Both are bare counts (a unit of time allowed on the
    second only), the second greater but at most four times the first and at most 100 (with a unit of time too), after
    no "from" or "by" (a change: "cut from 3 or 4"), and, without a unit of time, a word follows (:func:`_word_after`:
    not a list of numbers "2 or 3, 4 or 5" nor a year).

    >>> from .grammar import Hit
    >>> t = "Merging centres across 2 or 3 bases"
    >>> _alternative_end(t, Hit(23, 24, "figure", "num", [2.0]), 28, 29, "3", "num")
    True
    >>> t = "the need of three or four officers"
    >>> _alternative_end(t, Hit(12, 17, "figure", "word", [3.0]), 21, 25, "four", "word")
    True
    >>> t = "it fell from 5 or 6 cases"
    >>> _alternative_end(t, Hit(13, 14, "figure", "num", [5.0]), 18, 19, "6", "num")
    False
    >>> t = "of 1152 or 69 per cent"
    >>> _alternative_end(t, Hit(3, 7, "figure", "num", [1152.0]), 11, 22, "69 per cent", "num")
    False
    """
    if prev.group not in ("num", "word") or group not in ("num", "word") or len(prev.values) != 1 or s - prev.end > 8:
        return False
    if _ALTERNATIVE_GAP.fullmatch(text, prev.end, s) is None or _BARE_COUNT.fullmatch(text, prev.start, prev.end) is None:
        return False
    time_unit = TIME_RE.search(surface) is not None
    m = _BARE_COUNT.match(surface)
    if m is None or (m.end() != len(surface) and not (time_unit and surface[m.end():m.end() + 1] in (" ", "-"))):
        return False  # ("69 per cent", "3.5": not a bare count; "3 weeks", "three-week" keep their unit)
    if _BY_BEFORE.search(text, max(0, prev.start - 8), prev.start):
        return False
    later = values_of(group, surface, "figure")
    first = prev.values[0]
    if not later or not first < later[0] <= min(100.0, 4 * max(first, 1.0)):
        return False
    return time_unit or _word_after(text, e)


#: (speed) a word every match of _LINK_LINE holds (case as written there): a text without one has no link line
#: (r19prec) a capitalised written number, a capitalised plural and a singular institution: a proper name; (r19review) a
#: plural, not a possessive ("Five Children's Centre sites": five sites of children's centres)
_NUMBERED_NAME_RIGHT = re.compile(
    r"^ (?!(?:Schools|Services|Homes|Families|Carers|Parents|Pupils|Settings|Academies|Members|Councillors)\b)[A-Z][a-z]+s"
    r"(?: [A-Z][\w'’]*){0,3} (?:School|Academy|College|Council|Centre|Center|Hall|House|Court|Road|Street|Lane|Park|Church|"
    r"Surgery)(?![\w'’])")


def _numbered_place_name(surface: str, right: str) -> bool:
    """Whether a capitalised written number begins a proper name: a capitalised plural and then a singular institution
    noun ("pressure on the Five Islands School budget", "Seven Kings High School", "Three Rivers District Council"). A
    plural cannot be counted by the number and then modify a singular noun, so the number counts nothing; a count of
    institutions ends on the plural ("Three Primary Schools were judged Good", "Two New Academies").

    >>> _numbered_place_name("Five", " Islands School budget"), _numbered_place_name("Three", " Primary Schools were")
    (True, False)
    >>> _numbered_place_name("Five", " Children's Centre sites"), _numbered_place_name("Two", " Children’s Home managers")
    (False, False)
    """
    return surface[:1].isupper() and right[1:2].isupper() and _NUMBERED_NAME_RIGHT.match(right) is not None


#: (r19prec) a round number's plural, "100's of" (as the glued "100s of" already is), and "24/7" (all the time)
_ROUND_NUMBER = re.compile(r"[1-9]0{1,5}|[1-9]0{0,2},000")
_PLURAL_OF_RIGHT = re.compile(r"^['’][sS]\s+of\b")
_ALWAYS_RIGHT = re.compile(r"^/7(?!\d|[/.,]\d)")  # (r19review: "runs 24/7." and "24/7, including" too; not "24/7/2023")


#: (r20prec) the whole of a day, a week or a year: "24 hours a day", "seven days a week", "365 days a year", "52 weeks
#: of the year"; the number only says "always" (as "24/7")
_ROUND_THE_CLOCK = {("24", "hour"): "day", ("twenty-four", "hour"): "day", ("7", "day"): "week", ("seven", "day"): "week",
                    ("365", "day"): "year", ("52", "week"): "year", ("fifty-two", "week"): "year"}
_ROUND_THE_CLOCK_RIGHT = re.compile(r"(?i)^\s+(?:a|per|each|every|of\s+the)\s+(day|week|year)\b")
#: what is open or available so: "open 24 hours a day", "available ... 24 hours a day, seven days a week", "the
#: helpline operates 365 days a year"; staff time is a measure of care ("needs require dedicated staff 24 hours per day"
#: is judged a figure in r8prec, Birmingham) and stays one
_ALWAYS_LEFT = re.compile(
    r"(?i)(?:\b(?:open|opens|available|operate[sd]?|operating|operational|runs?|running|accessible|answered|contactable|"
    r"on\s+call)(?:\s+24\s*/\s*7\s*,)?|\b(?:hours?|days?|weeks?)\s+(?:a|per|each|every)\s+(?:day|week|year)\s*,?(?:\s*and)?)$")
#: (r20prec) a plan named by its number of points, steps or stages: "a 3 step process", "the 10 point plan" (after a
#: spaced "point", the plan's noun); "a 3 point increase" (percentage points) stays a figure
_PLAN_NOUN = r"(?:action\s+)?(?:plans?|programmes?|process(?:es)?|approach(?:es)?|strateg(?:y|ies)|models?|frameworks?|checklists?|guides?)\b"
_STEPS_NAME_RIGHT = re.compile(rf"(?i)^[ \t](?:point|step|stage)[ \t]+{_PLAN_NOUN}")
#: (the plan's noun after "10 point": not :data:`PLAN_NOUN_RIGHT`, a length's plan)
_STEPS_PLAN_RIGHT = re.compile(rf"(?i)^[ \t]{_PLAN_NOUN}")


def _round_the_clock(surface: str, right: str, lt: str) -> bool:
    """Whether a length is the whole of the day, week or year after it, said of what is open or available, so only
    says "always": "open 24 hours a day", "available 24 hours a day, seven days a week", "open 365 days a year" (not
    "37 hours a week", "2 days a week", nor staff time: "dedicated staff 24 hours per day"). ``lt`` is the left
    context without its spaces at the end.

    >>> _round_the_clock("24 hours", " a day, 7 days", "is open"), _round_the_clock("7 days", " a week.", "open 24 hours a day,")
    (True, True)
    >>> _round_the_clock("2 days", " a week", "is open"), _round_the_clock("24 hours", " per day", "dedicated staff")
    (False, False)
    """
    number, _, unit = surface.lower().rpartition(" ")
    whole = _ROUND_THE_CLOCK.get((number, unit.rstrip("s")))
    if whole is None:
        return False
    m = _ROUND_THE_CLOCK_RIGHT.match(right)
    return m is not None and m.group(1).lower() == whole and _ALWAYS_LEFT.search(lt) is not None


def _vague_or_always(surface: str, right: str) -> bool:
    """Whether a number only says "many" or "always": a round number's plural with an apostrophe before "of" ("100's of
    premium titles", "1000’s of contacts": "hundreds of", as the glued "100s of" already reads) or "24/7" ("a 24/7
    service"). Neither counts anything.

    >>> _vague_or_always("100", "’s of premium titles"), _vague_or_always("24", "/7 service"), _vague_or_always("12", "'s of")
    (True, True, False)
    >>> _vague_or_always("24", "/7."), _vague_or_always("24", "/7, including"), _vague_or_always("24", "/7/2023")
    (True, True, False)
    """
    if right[:1] == "/":
        return surface == "24" and _ALWAYS_RIGHT.match(right) is not None
    return _ROUND_NUMBER.fullmatch(surface) is not None and _PLURAL_OF_RIGHT.match(right) is not None


#: (r19prec) an age limit glued to "post"/"pre" ("post-16", "Pre 16"), the first end of an age range
_POST_PRE_AGE = re.compile(r"(?i)(?:post|pre)[-\s]?(1\d)")
_AGE_RANGE_GAP = re.compile(r"\s+to\s+|\s?[-–]\s?")
#: what follows an age range's upper end: people learning, or no noun
_LEARNERS_OR_END_RIGHT = re.compile(
    r"(?i)^(?:" + _AGE_END + r"|\s+(?:students?|learners?|pupils?|young\s+people|year\s+olds?|provision|education|"
    r"transport|travel|services?|and|or|with|who|in)\b|-year-olds?\b)")


def _post_age_range_end(text: str, prev: Hit, s: int, e: int) -> bool:
    """Whether the number at ``s:e`` ends an age range opened by a "post-16"/"pre-16" before it: "contributions from SEND
    post-16 to 18 students", "post-16 to 19 transport" (an age, as "16 to 18 students" already is); not "increase
    post-16 to 20 places" (a count of places) nor a number above 25 or below the first end.

    >>> t = "from SEND post-16 to 18 students"
    >>> _post_age_range_end(t, Hit(10, 17, "name", "glued", [16.0]), 21, 23)
    True
    """
    m = _POST_PRE_AGE.fullmatch(text, prev.start, prev.end)
    if m is None or not _AGE_RANGE_GAP.fullmatch(text, prev.end, s):
        return False
    n = text[s:e]
    return n.isdigit() and int(m.group(1)) < int(n) <= 25 and _LEARNERS_OR_END_RIGHT.match(text[e:e + 30]) is not None


#: (r19prec) a time unit hyphened to a written number: "a three-year plan", "a six-week wait" (not "three-year-olds")
_HYPHEN_UNIT_AFTER_WORD = re.compile(r"-(?:" + "|".join(u + "s?" for u in _HYPHEN_TIME_UNITS) + r")\b(?!-)", re.I)


def _word_unit_end(text: str, e: int) -> int:
    """Where a written-number figure ending at ``e`` ends with the time unit hyphened to it: "a three-year plan" spans
    "three-year", as "a 3-year plan" spans "3-year" (the dev gold's span; the unit, "years", follows from it).

    >>> t = "a three-year plan and six weeks"
    >>> _word_unit_end(t, 7), _word_unit_end(t, 26)
    (12, 26)
    """
    if text[e:e + 1] != "-":
        return e
    m = _HYPHEN_UNIT_AFTER_WORD.match(text, e)
    return m.end() if m else e


_LINK_WORD = re.compile(r"READ|Read|read|ALSO|Also|SEE|See|RELATED|Related|MORE|You")


def _on_link_line(text: str, s: int) -> bool:
    """Whether the number at ``text[s]`` is on a line linking to another story ("ALSO READ: Approval for £8m
    expansion of ...", "READ MORE: ..."): page furniture of a news site. Such lines are short: a number more
    than 300 characters after its line's start is not on one.

    >>> t = "It was unsustainable.\\nALSO READ: Approval for £8m expansion of a school.\\nIt spent £15m."
    >>> _on_link_line(t, t.index("£8m")), _on_link_line(t, t.index("£15m"))
    (True, False)
    """
    nl = text.rfind("\n", max(0, s - 300), s)
    if nl < 0 and s > 300:
        return False
    return _LINK_LINE.match(text, nl + 1) is not None


#: (r12prec) "one" as a count: after a count of the same list ("two in Huyton and one in Kirkby", "four schools ...,
#: one school that expected to recover"), before a number of beds ("one 6 bedded children's home"), as a difference
#: ("achieved one grade higher than the national average"), after "there was (currently)" ("There was currently one
#: parent-and-child carer")
_ONE_LIST_LEFT = re.compile(
    rf"(?i)(?:^|[^\w/.,])(?:{'|'.join(sorted(_SMALL_WORDS - {'one'}))}|\d{{1,3}}(?!\d|/|\.\d|,\d))\s+"
    r"[^.;:!?]{0,100}(?:,|\band)$")
_ONE_BEDS_RIGHT = re.compile(r"(?i)^\s+\d{1,2}[-\s]?(?:bed|bedded|bedroom|bedroomed|beds)\b")
_ONE_STEP_RIGHT = re.compile(
    r"(?i)^\s+(?:whole\s+)?(?:grade|point|level|place|position|band)s?\s+(?:higher|lower|above|below|better|worse|more|less)\b")
_THERE_WAS_LEFT = re.compile(r"(?i)\bthere\s+(?:is|was|are|were)\s+(?:currently|now|only|just|still)\s*$")
_ONE_COUNT_NOT_RIGHT = re.compile(
    r"(?i)^\s+(?:of|another|other|way|day|more|off|thing|point|time|hand|side|issue|concern|member|councillor|officer|"
    r"person|parent|speaker|resident|head|chair|governor)\b(?!-)")


#: (r17values) "one" counting a child in a placement or a status, the child's noun and a verb of it right after: "until
#: recently one child had been placed by the council with a provider not registered with Ofsted", "one young person was
#: living in an unregistered home", "one pupil was permanently excluded", "one child remains missing" (not a cost's
#: unit, "£85,000 a week for just one child placed in residential care": see _ONE_PER_LEFT)
_ONE_CHILD_PLACED_RIGHT = re.compile(
    r"(?i)^\s+(?:child|young\s+person|pupil|baby|infant|care\s+leaver)\s+(?:(?:had|has|was|is|remains|remained)\s+"
    r"(?:been\s+|being\s+|still\s+)?)?(?:[a-z]+ly\s+)?(?:placed|living|housed|accommodated|missing|excluded|detained|remanded|adopted|"
    r"in\s+(?:care|custody|an?\s+unregistered)|looked\s+after)\b(?!\s+(?:for|in|out\s+of)\s+every\b)")
_ONE_PER_LEFT = re.compile(r"(?i)\b(?:for|per|on|with)(?:\s+(?:just|only|a\s+single))?$")
#: (r26recall) "one" counting the thing its noun names, the noun phrase ending the clause: an object or a complement, not
#: the subject of a verb ("consists of one full-time manager, a chair and ...", "along with one performance clinic.",
#: "three headteacher representatives and one governor.", "being one representative following the conversion", "by one
#: member of staff having to take time off", "(one class group)"). The noun phrase is one to three words (a word of a
#: person's role or a thing; a compound's hyphen kept), an "of" and a noun after its first word ("member of staff"),
#: then the clause's end (a stop, comma, semicolon, colon, closing bracket or the line's end), "and" or "or", or a
#: participle ("following", "having"). Not a function word or a verb after "one" ("one of", "one had", "one is"), not
#: a subject with its verb ("one boy had been", "One factor that ...", "one particular trend identified was"), not
#: "one ... to another" or "one-off" (no space).
_ONE_NOUN_PHRASE_RIGHT = re.compile(
    r"^[ \t\xa0]+(?!(?:of|another|other|in|on|at|by|to|for|from|with|or|and|is|was|were|are|had|has|have|would|will|could|"
    r"should|can|may|might|must|did|does|do|that|which|who|way|day|more|less|off|thing|time|hand|side|the|a|an|such|"
    r"per|each|every|too|also|only|just|again|said|says|forward|forwards|back|up|down|out|away|over|here|there|now|today|"
    r"yet|else|still|without|within|about|into|than|as|if|but|so|after|before|between|through|under|against|among|"
    r"being|itself|himself|herself|themselves|another's|one's|single|"
    # nouns that pick one of a set rather than count ("one element of", "in one example", "one aspect")
    r"element|aspect|part|example|factor|reason|option|form|kind|type|sort|source|instance)\b)[A-Za-z][a-z]*(?:-[a-z]+)*"
    r"(?:[ \t\xa0]+of[ \t\xa0]+[a-z]+(?:-[a-z]+)*"
    r"|(?:[ \t\xa0]+(?!(?:of|and|or|is|was|were|are|had|has|have|would|will|could|should|can|may|might|must|did|does|that|"
    r"which|who|to|in|on|at|by|for|from|with|per|the)\b)[A-Za-z][a-z]*(?:-[a-z]+)*){0,2})"
    r"(?=[ \t\xa0]*(?:[.,;:)](?!\d)|\n|$)|[ \t\xa0]+(?:and|or)\b|[ \t\xa0]+[a-z]+ing\b)")
#: (r26recall) the first word of such a noun phrase alone (after "just" or "only", which make "one" a count whatever follows
#: its noun: "just one person was appointed"; not "only one had a variance": a verb)
_ONE_NOUN_RIGHT = re.compile(_ONE_NOUN_PHRASE_RIGHT.pattern.split(r"(?:[ \t\xa0]+of")[0])
#: (r26recall) the left of a "one" that bounds a rule or a selection rather than counts: "at least one pupil", "no more
#: than one representative", "any one", "the one", "no one", "each one" (a pronoun or a limit), "in one place" (a
#: phrase), "children experiencing one change" (a group's definition)
_ONE_NOT_COUNT_LEFT = re.compile(
    r"(?i)(?:\b(?:at\s+least|at\s+most|no\s+more\s+than|more\s+than|less\s+than|fewer\s+than|up\s+to|over|under|"
    r"maximum\s+of|minimum\s+of|any|no|not|the|this|that|each|every|which|than|per|at|from|to|for|on|in|"
    r"(?<!along\s)(?<!together\s)with"
    # a group defined by its count ("children experiencing one change", "pupils receiving one exclusion"): a participle
    # before "one", not the copula or a verb of containing ("being one representative", "comprising one governor")
    r"|(?!being|including|comprising|containing|involving)[a-z]+ing)"
    r"(?:\s+(?:just|only|a\s+single))?|^)$")


def _one_is_count(right: str, lt: str, text: str, s: int) -> bool:
    """Whether "one" (``right`` its right context, ``lt`` its left without its spaces, ``s`` its start in ``text``)
    counts something: a member of a list of counts, before a number of beds, a difference of grades or
    places, after "there was currently", a child counted in a placement or status ("one child had been placed"), or
    (r26recall) the noun phrase after it closing its clause, or "just"/"only" before it (:data:`_ONE_NOUN_PHRASE_RIGHT`,
    :data:`_ONE_NOT_COUNT_LEFT`: "consists of one manager, a chair and ...", "just one carer was approved").

    >>> [_one_is_count(r, l.rstrip(), l, len(l)) for l, r in [("three units - two in Huyton and ", " in Kirkby."),
    ...     ("We currently have: ", " 6 bedded home"), ("every child achieved ", " grade higher than"),
    ...     ("There was currently ", " parent-and-child carer"), ("The details: ", " child, who came"),
    ...     ("two in Huyton and ", " of the houses")]]
    [True, True, True, True, False, False]
    """
    r1 = right[1:2]
    if r1.isdigit():
        return _ONE_BEDS_RIGHT.match(right) is not None
    if r1.isalpha() and text[s:s + 1] == "o" and (lt[-1:].isalpha() or lt[-1:] in ",(") \
            and not _ONE_NOT_COUNT_LEFT.search(lt[-20:]) and (
            _ONE_NOUN_PHRASE_RIGHT.match(right) or lt[-4:].lower() in ("just", "only") and _ONE_NOUN_RIGHT.match(right)):
        # (r26recall) "consists of one full-time manager, ...": the noun phrase's end closes the clause; "just one person
        # was appointed", "only one permanent exclusion recorded": a count stressed as small
        return True
    if _ONE_COUNT_NOT_RIGHT.match(right):
        return False
    if r1 in "gplbwGPLBW" and _ONE_STEP_RIGHT.match(right):
        return True
    if lt[-4:].lower() in ("ntly", " now", "only", "just", "till") and _THERE_WAS_LEFT.search(lt):
        return True
    if r1 in "cypbiCYPBI" and _ONE_CHILD_PLACED_RIGHT.match(right) and not _ONE_PER_LEFT.search(lt):
        return True  # (r17values) "one child had been placed with an unregistered provider"
    # (the left over 120 characters, cut only here: the list test is the last and the rarest)
    return (lt[-1:] == "," or lt[-3:].lower() == "and") \
        and _ONE_LIST_LEFT.search(text[max(0, s - 120):s].rstrip()) is not None


# ---- round 12 (r12prec): families of false figures seen across the 18 pools of rounds 8-11 ----
#: an age group written with an apostrophe: "under 5's", "the under-5’s", "over 65's"
_UNDER_OVER_ENDS = ("under", "over", "under-", "over-")
#: a document site's page counter at the end of a line, the clean stage having put its "Upload:" in another segment:
#: "Oxford Street, Boosbeck 1 of 56"
_PAGE_OF_END_RIGHT = re.compile(r"^ of \d{1,4}[ \t\xa0]*(?:\n|$)")
_PAGE_OF_END_LEFT = re.compile(r"(?:^|[^\d.,£$€])1 of$")
#: the ends of a rating or ranking scale: "on a scale of 1 to 10", "a scale from one to five", "comparisons from 1-152
#: where 1 equals worst performance and 152 equals best", "where 10 is the best"
_SCALE_OF_LEFT = re.compile(r"(?i)\bscale\s+(?:of|from)(?:\s+(?:\d{1,2}|one|zero|nought)\s*(?:to|-|–))?$")
_SCALE_WHERE_RIGHT = re.compile(r"(?i)^,?\s+where\s+\d{1,3}\s+(?:=|equals|is|represents|means)\b")
_SCALE_POLE_RIGHT = re.compile(
    r"(?i)^\s*(?:=|equals|is|represents|means|being)\s+(?:the\s+)?(?:very\s+)?(?:worst|best|highest|lowest|poorest|"
    r"excellent|poor|top|bottom|strongest|weakest|most|least)\b")
_SCALE_POLE_LEFT_ENDS = ("where", "and", "with", "(", ",", "while", "whereas")


def _scale_end(surface: str, lt: str, right: str) -> bool:
    """Whether ``surface`` (``lt`` its left without its spaces, ``right`` its right) is an end of a rating or ranking
    scale rather than a value.

    >>> [_scale_end(n, l, r) for n, l, r in [("1 to 10", "rated on a scale of", ", where 10 is best"),
    ...     ("10", "on a scale of 1 to 10, where", " is the best."), ("1-152", "comparisons from", " where 1 equals worst"),
    ...     ("152", "1 equals worst performance and", " equals best"), ("45", "there were", " children")]]
    [True, True, True, True, False]
    """
    if _SCALE_OF_LEFT.search(lt[-30:]):
        return True
    low = lt[-7:].lower()  # (the longest end tested, "whereas", has 7 letters)
    if _SCALE_WHERE_RIGHT.match(right) and (_SMALL_RANGE.fullmatch(surface) or low.endswith(("from", "of"))):
        return True
    return low.endswith(_SCALE_POLE_LEFT_ENDS) and _SCALE_POLE_RIGHT.match(right) is not None


#: the window a sentence's counts are over, set off by a comma: "Over the three months, there were 27 inquiries"
_WINDOW_COMMA_LEFT = re.compile(r"(?i)(?:^|[^\w\s]\s*|\n\s*)(?:over|during|across|in|throughout)\s+the$")
#: an age group after "who are": "children ... who are under 5 and living in ...", "those who were over 16"
_WHO_UNDER_LEFT = re.compile(r"(?i)\bwho\s+(?:are|were|is|was)\s+(?:aged\s+)?(?:under|over)$")
#: an age limit of a service beside an age range: "aged 0-19, and up to 25 for those with SEND"
_AGE_WORD = re.compile(r"(?i)\bage[ds]?\b")
_SEND_LIMIT_RIGHT = re.compile(
    r"(?i)^\s+(?:for\s+(?:those|young\s+people|people|children|learners|pupils)\s+with|with\s+(?:SEND|an?\s+EHC|EHC|special|"
    r"disabilit|a\s+disabilit|learning))")
#: an age range in brackets or after an age word: "under the age of 18 (mostly 9 to 17)", "children of ages 5 to 11"
_SMALL_RANGE = re.compile(r"(\d{1,2})\s?(?:-|–|to)\s?(\d{1,2})")
#: a developmental check at an age: "a review of a child that did not take up a nursery place at 2½ years",
#: "the health visitor check at two and a half years", "assessed at 27 months"
_CHECK_AT_LEFT = re.compile(
    r"(?i)\b(?:checks?|reviews?|reviewed|review(?:ing)?|assess(?:ed|ment|ments|ing)?|development(?:al)?|health\s+visit\w*|"
    r"screen\w*|seen|visits?|nursery)\b[^.;]{0,80}\bat$")
_CHECK_AGE_SURFACE = re.compile(r"(?i)(?:[1-5](?:\s?[½¼¾]|\.5|\s1/2)?|one|two|three|four|five)(?:\s|-)?years?|(?:[1-9]|[1-5]\d|60)(?:\s|-)?months?")
#: a band of length defined by its lower end: "long service (10 years plus)", "staff with 5 years plus service"
_PLUS_RIGHT = re.compile(r"(?i)^\s*(?:plus|\+)(?![\w\s]*?(?:\d|\b(?:a|an|one|two|three|four|five|six|half)\b))")
#: a limit set by a rule: "the maximum term of office of 10 years", "a minimum period of six months"
_MAX_MIN_OF_LEFT = re.compile(
    r"(?i)\b(?:maximum|minimum|max\.?|min\.?)\s+(?:term|period|length|duration|tenure|stay)(?:\s+of\s+(?:office|service|stay|appointment))?"
    r"\s+(?:of|for)$")
#: a day named with its weekday: "on Saturday 21 and Saturday 28 May", "Thursday 19 and Thursday 26 May"
_WEEKDAY_LEFT = re.compile(r"(?i)\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$")
#: a news site's date stamp "24.Nov 2015"
_DOT_MONTH_RIGHT = re.compile(rf"^\.\s?{MONTHS}")
#: a street address after "at", whatever follows it: "held at the hotel at 30 James Street on Thursday" (_STREET_RIGHT
#: leaves a street number before a lower-case word a count: "25 Windsor Road residents")
_AT_STREET_RIGHT = re.compile(
    rf"^ (?:[A-Z][a-z’']+ ){{1,2}}{_STREET_WORDS}\b"
    r"(?![ \t]+(?:School|Academy|Primary|Nursery|[a-z]+\s+(?:residents|families|homes|houses|pupils)\b))")
#: numbered quarters or terms listed: "comparison to Quarters One and Two", "Quarters 1, 2 and 3"
_QUARTERS_LIST_LEFT = re.compile(
    r"(?i)\bquarters?\s*(?:(?:[1-4]|one|two|three|four)\s*(?:,|and|&|to|-|–)\s*)*$")


def _quarters_listed(lt: str) -> bool:
    """Whether ``lt`` (a left context without its spaces at the end) ends with the quarters a number lists: "Quarters
    One and", "Quarters 1,"; or "Quarters", "Quarter" capitalised ("over the last quarter four carers" counts).

    >>> [_quarters_listed(t) for t in ("comparison to Quarters One and", "Quarters", "over the last quarter")]
    [True, True, False]
    """
    m = _QUARTERS_LIST_LEFT.search(lt)
    return m is not None and (lt[-1:] not in "rsRS" or lt.endswith(("Quarter", "Quarters", "QUARTER", "QUARTERS")))


_QUARTER_NUMBERS = frozenset(("1", "2", "3", "4", "one", "two", "three", "four"))
#: a structure named by its tiers: "the two tiered payment structure", "a three-tier model"
_TIER_RIGHT = re.compile(r"(?i)^(?:-|\s)tier(?:ed)?\b")


def _r12_not_figure(text: str, kind: str, s: int, surface: str, left: str, right: str, lt: str, r0: str,
                    decimal: bool, small: bool, time_unit: bool) -> str:
    """The non-figure kind of a number that every other rule of :func:`classify` left a figure, for the families
    of round 12 (each behind a cheap test of a character or a word around the number), else "".

    >>> [_r12_not_figure("", k, 0, n, l, r, l.rstrip(), r[:1], n.isdecimal(), n.isdecimal() and len(n) <= 2, t)
    ...  for k, n, l, r, t in [
    ...     ("num", "5", "to improve health for under ", "'s in the area", False),
    ...     ("num", "21", "events on Saturday ", " and Saturday 28 May", False),
    ...     ("num", "10 years", "long service (", " plus) retirees", True),
    ...     ("word", "two", "ensure that the ", " tiered payment structure", False),
    ...     ("num", "45", "there were ", " referrals", False)]]
    ['age', 'date', 'threshold', 'name', '']
    """
    if time_unit:
        if "plus" in right[:6].lower() or right[:1] == "+":
            if _PLUS_RIGHT.match(right):
                return "threshold"
        if lt[-3:] in (" of", "for") and _MAX_MIN_OF_LEFT.search(lt):
            return "threshold"  # "the maximum term of office of 10 years"
        if lt[-3:] == " at" and _CHECK_AGE_SURFACE.fullmatch(surface) and _CHECK_AT_LEFT.search(lt):
            return "age"  # "a review of a child ... at 2½ years"
        if r0 == "," and lt[-3:].lower() == "the" and _WINDOW_COMMA_LEFT.search(lt):
            return "period"  # "Over the three months, there were 27 inquiries": the window the counts are over
        return ""
    low = surface.lower()
    if ("cale" in lt[-24:] or "where" in right[:10] or r0 == " " and right[1:2] and right[1:2] in "=eirmb"
            and lt[-7:].lower().endswith(_SCALE_POLE_LEFT_ENDS)) and _scale_end(surface, lt, right):
        return "threshold"  # "on a scale of 1 to 10, where 10 is the best", "from 1-152 where 1 equals worst performance"
    if kind == "word":
        if lt[-3:] == " at" and low in ("two", "one", "three") and _AND_A_HALF_YEARS_RIGHT.match(right) \
                and _CHECK_AT_LEFT.search(lt):
            return "age"  # "the health visitor check at two and a half years"
        if low in _QUARTER_NUMBERS and ("uarter" in lt[-40:] or "UARTER" in lt[-40:]) \
                and _quarters_listed(lt):
            return "period"  # "Quarters One and Two"
        if low in _SMALL_WORDS and "tier" in right[:6].lower() and _TIER_RIGHT.match(right):
            return "name"
        return ""
    if kind != "num":
        return ""
    if small:
        n = int(surface)
        t12 = lt[-12:].lower()  # (speed) the left's last characters, lower-cased once
        if r0 in ("'", "’") and right[1:2] in ("s", "S") and not right[2:3].isalnum() and t12.endswith(_UNDER_OVER_ENDS):
            return "age"  # "under 5's", "the over 65’s"
        if t12[-5:] == "up to" and 16 <= n <= 25 and not _COUNT_NOUN_RIGHT.match(right) \
                and not TIME_RE.match(right.lstrip()) and not _PCT_RIGHT.match(right) \
                and (_SEND_LIMIT_RIGHT.match(right) or _AGE_WORD.search(text, max(0, s - 80), s)):
            return "age"  # "aged 0-19, and up to 25 for those with SEND"
        if t12[-5:] in ("under", " over") and _WHO_UNDER_LEFT.search(lt) and not _COUNT_NOUN_RIGHT.match(right) \
                and not _PCT_RIGHT.match(right) and not TIME_RE.match(right.lstrip()):
            return "age"  # "children within a reach area who are under 5 and living in a Lower Super Output Area"
        if t12.endswith(("aged over", "aged under", "aged above", "aged below")) and not _COUNT_NOUN_RIGHT.match(right) \
                and not _PCT_RIGHT.match(right):
            return "age"  # "a quarter of the population were aged over 65"
        if n <= 31 and t12[-3:] == "day" and _WEEKDAY_LEFT.search(lt) and not _COUNT_NOUN_RIGHT.match(right):
            return "date"  # "on Saturday 21 and Saturday 28 May"
        if n <= 31 and r0 == "." and _DOT_MONTH_RIGHT.match(right):
            return "date"  # "24.Nov 2015"
        if n <= 4 and ("uarter" in lt[-40:] or "UARTER" in lt[-40:]) and _quarters_listed(lt):
            return "period"  # "Quarters 1 and 2"
        if n <= 5 and "tier" in right[:6].lower() and _TIER_RIGHT.match(right):
            return "name"  # "a 3 tier model"
    if decimal and (surface == "1" and right[:4] == " of " and _PAGE_OF_END_RIGHT.match(right)
                    or lt[-4:] == "1 of" and right.lstrip(" \t\xa0")[:1] in ("\n", "") and _PAGE_OF_END_LEFT.search(lt)):
        return "reference"  # "... The Birches, Boosbeck 1 of 56" ending its line: a document site's page counter
    if decimal and len(surface) <= 3 and r0 == " " and right[1:2].isupper() and lt[-3:] == " at" and _AT_STREET_RIGHT.match(right):
        return "name"  # "at 30 James Street": an address
    if "-" in surface or "to" in surface or "–" in surface:
        band = _SMALL_RANGE.fullmatch(surface)  # (before lower-casing the left: "age" is also in page, average, ...)
        if band and "age" in left.lower() and int(band.group(1)) < int(band.group(2)) <= 25 and _AGE_WORD.search(left) \
                and not _COUNT_NOUN_RIGHT.match(right) and not _PCT_RIGHT.match(right):
            return "age"  # "under the age of 18 (mostly 9 to 17)"
    return ""


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
            hits.append(Hit(s, _word_unit_end(text, e) if kind == "figure" and group == "word" else e, kind, group, [float(surface)] if group == "num" and surface.isdigit() and surface.isascii()
                            else values_of(group, surface, kind)))
    return hits
