"""The page's and the meeting's furniture: marks, venues, ages and coordinated stretches (part of :mod:`.kinds`).

``_meeting_furniture`` (the numbers that belong to the page or the meeting's rules), a venue line or an age limit
(``_venue_or_age_limit``), marks of the page between words (:func:`mark_between`), footnote markers and a year with
its marker, coordinated stretches of time and ages; the age, person and count patterns other parts read.
"""

from __future__ import annotations

import re

from ..vocab import COUNT_CHANGE_NOUNS, MONTH_NAMES, SEASONS, change_verb_forms, month_alternation
from .grammar import COUNTED_LABEL, COUNT_NOUN_RIGHT, LIMIT_WORDS, WORD_VALUES, LeftWords, POST_PRE, TIME_RE, may_end_with
from .kinds_items import _before_caps_title, _line_start_left

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
_NAME_LEFT = re.compile(rf"\b{_NAME_WORDS.regex}\s*$", re.I)
_AGE_BANDS = {(0, 5), (0, 19), (0, 25), (2, 4), (3, 4), (5, 11), (5, 16), (11, 16), (11, 18), (11, 19), (13, 19),
              (14, 19), (16, 18), (16, 19), (16, 24), (16, 25), (18, 21), (18, 24), (18, 25), (19, 25)}
#: "(under 18)", "under 25," : an age limit with no noun counted after it
_UNDER_AGE_LEFT = re.compile(r"\b(?:under|over|aged\s+under|aged\s+over)\s*$", re.I)
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
_COUNT_NOUN_RIGHT = COUNT_NOUN_RIGHT  # (r17review) one list with the glued nouns: grammar.GLUED_COUNT_NOUNS


_MEMBERS_RIGHT = re.compile(r"(?i)^\s+(?:members|councillors|cllrs)\b(?!\s+of\s+(?:the\s+)?(?:staff|team|workforce))")


_SMALL_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve".split())
#: the rest of a line after a label's number ("Action 1", "Option 2:"); a number alone on its line is
#: tested with _LINE_ALONE_RIGHT
_LINE_END_RIGHT = re.compile(r"^[ \t\xa0]*[:.]?[ \t\xa0]*(?:\n|$)")


#: a venue line: "Venue: Room 102, Town Hall", "Venue: 0.01 Chamber - Quadrant", "Venue: David Hicks 1 - Civic Offices"
_VENUE_LEFT = re.compile(r"(?i)\bvenue\s*:[^\n.;:]{0,50}$")
#: (r32prec) a room named by its number after the capitalised word, outside a "Venue:" line too: "Note: Open to the public
#: at Room 105 Civic Centre" (r31blindV Southampton); three or four digits, as room numbers run ("Room 102", Hackney;
#: "(Room 108AB)", Rochdale; one or two digits are :data:`_NAME_WORDS`' already). Capital "Room" before a number is never
#: a marked figure in the evidence (45 at 18 councils); "room for 105 pupils" has no number after the word
_ROOM_LEFT = re.compile(r"(?<![A-Za-z])Room[ \t\xa0]+$")
_ROOM_NUMBER = re.compile(r"\d{3,4}[A-Z]{0,2}")
#: an age limit after "post" or "pre": "Post 16 SEND Transport Policy", "support provided to children post 16"
#: (r25prec2) or a dash with spaces on both sides ("Post – 16", "Pre - 16"), (r26mend) or before it only ("Post -16")
_POST_AGE_LEFT = re.compile(r"(?i)\b(?:post|pre)(?:[-\s]?|\s+[-–—]\s*)$")
#: an age after the people it limits: "young people under 18 in the borough", "children over 11 who ..."
#: (r29prec) the group's initials in brackets may come between: "Looked After Children (LAC) under 18 had arrived"
#: (r35ages) and "population": "52 per 10,000 population under 18 on a child protection plan" (Swindon r34blindZ), the
#: rate base's age limit after its noun, as "per 10,000 of the under 18 population" is before it
_PEOPLE_AGE_LEFT = re.compile(
    r"(?i)\b(?:children|young\s+people|people|pupils|students|learners|girls|boys|adults|persons|populations?)\s+"
    r"(?:\((?-i:[A-Z]{2,6})s?\)\s+)?(?:aged\s+)?(?:under|over|below|above)\s*$"
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
#: (r31prec) the number's full stop before "of" as well ("in relation to point 17. of the report presented": Oxfordshire;
#: gold 0 of 3 "point N of/on" at 3 councils: Wokingham, Swindon, Oxfordshire)
_POINT_OF_RIGHT = re.compile(r"(?i)^\.?\s+(?:on|of|in)\s+(?:page|the\s+(?:guidance|report|agenda|policy|plan|document))\b")
_DIGITS_WORD = re.compile(r"\d{1,2}\b")
#: "16 years", "18" or a range "3 to 7 years" before "of age"
_DIGITS_YEARS = re.compile(r"\d{1,2}(?:\s?(?:-|–|to)\s?\d{1,2})?(?:\s*years?)?")
_DIGITS = re.compile(r"\d+")
_ONE_TO_THREE_DIGITS = re.compile(r"\d{1,3}")


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
    >>> [_venue_or_age_limit("num", n, "Note: Open to the public at Room ", " Civic Centre") for n in ("105", "108AB")]
    ['name', 'name']
    >>> _venue_or_age_limit("num", "105", "there was room for ", " pupils")
    ''
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
    if left.rstrip(" \t\xa0")[-1:] == "m" and _ROOM_NUMBER.fullmatch(surface) and _ROOM_LEFT.search(left) and not _COUNT_NOUN_RIGHT.match(right):
        return "name"  # (r32prec) "Open to the public at Room 105 Civic Centre": the room the meeting is held in
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
#: (r34figs) a number the end of an excerpt cuts so that its value cannot be read, the text ending there with no stop:
#: a year cut to three digits after a word of time ("a plan to run to the end of 202", "until 31 March 201"), a compound
#: cut inside its second word ("working parents of 2-ye"), a bare one or two digits after "the" ("it be noted that the
#: latest projection on the 2"). Blind gold unmarked at North Tyneside r25blindL, North Yorkshire r33blindY, Swindon
#: r26blindN (each a figure on BASE e9ee53d0; r32prec and r33figs listed them as "numbers cut at a text's end"); the
#: pools' cut dates of the same shape (Central Bedfordshire, North Tyneside) are unjudged. Not a sum or a count cut
#: after its digits ("£409,00", "an increase of 5", "£12": judged figures in the pools at Slough, Swindon, Rochdale):
#: its value may be short, but it is a figure
_CUT_YEAR_LEFT = re.compile(
    r"(?i)(?:\b(?:end|start|beginning|middle|spring|summer|autumn|winter)\s+of|\b(?:in|by|until|till|since|from|during)|"
    r"\b(?:" + "|".join(_MONTH_NAMES) + r"))\s$")
_CUT_COMPOUND_REST = re.compile(r"-[a-z]{1,4}")
#: (r34review) "by" or "from" after a word of change: the cut number is the change's size or its start ("has risen by
#: 202", "down from 201"), a count, not a year
#: (r35twins) its words from :mod:`analysis.vocab` (the forms of the verbs of a change but "go" and "progress", which
#: are no change's size before "by"/"from", and "narrow"; the nouns of a count's change, "improvement" and "cut", each
#: with its plural), then "down", "up", "more", "fewer", "less": no copy of those lists here
_CUT_CHANGE_WORDS: tuple[str, ...] = tuple(sorted(
    {*change_verb_forms("rise", "grow", "fall", "drop", "decline", "increase", "decrease", "reduce", "improve", "change"),
     *(n + s for n in (*COUNT_CHANGE_NOUNS, "improvement", "cut") for s in ("", "s")),
     "down", "up", "more", "fewer", "less"}, key=lambda w: (-len(w), w)))
_CUT_CHANGE_LEFT = re.compile(rf"(?i)\b(?:{'|'.join(_CUT_CHANGE_WORDS)})\s+(?:by|from)\s$")


def _cut_by_excerpt_end(surface: str, left: str, rest: str) -> str:
    """The kind of a number the end of an excerpt cuts (``rest``: what is left of the text after it, stripped and lower
    case), else "": ``year`` for a year cut to three digits ("to the end of 202"), ``skip`` for a compound cut inside
    its second word ("parents of 2-ye") or a bare number after "the" ("the latest projection on the 2").

    >>> [_cut_by_excerpt_end(n, l, r) for n, l, r in [("202", "to run to the end of ", ""), ("2", "working parents of ", "-ye"),
    ...     ("2", "latest projection on the ", ""), ("202", "a total of ", ""), ("5", "an increase of ", ""), ("2", "of ", "-year-olds."),
    ...     ("202", "the number in care has risen by ", ""), ("201", "down from ", "")]]
    ['year', 'skip', 'skip', '', '', '', '', '']
    """
    if not surface.isdecimal():
        return ""
    if not rest:
        if len(surface) == 3 and surface[:2] in ("19", "20") and _CUT_YEAR_LEFT.search(left) \
                and not _CUT_CHANGE_LEFT.search(left):
            return "year"
        if len(surface) <= 2 and left[-5:].lower() == " the ":
            return "skip"
        return ""
    return "skip" if len(surface) <= 2 and _CUT_COMPOUND_REST.fullmatch(rest) else ""
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
#: (r34figs) a capitalised written number in a name whose words run on past the word after it: a range of such numbers
#: inside the name ("STEP (Swindon Ten to Eighteen Project)", Swindon r33blindX) and a name in a list of capitalised
#: names ("Broxbourne, Dacorum, Hertsmere, St Albans, Three Rivers and Welwyn Hatfield", Hertfordshire r22blindA): both
#: gold-unmarked, figures on BASE e9ee53d0; the class (a number word inside a capitalised name, r19prec's and the rule
#: above's) is unmarked at Isles of Scilly and Wigan in the pools too. Disclosed: these two shapes at one council each
#: (r34review: built from the grammar's :data:`.grammar.WORD_VALUES`, not a second list) "One" ... "Twenty"
_CAP_NUMBER_WORDS = "|".join(w.capitalize() for w, v in WORD_VALUES.items() if v <= 20)
_CAP_NAME_RANGE_RIGHT = re.compile(rf"^ (?:to|and|-|–) (?:{_CAP_NUMBER_WORDS}) [A-Z][a-z]+")
_CAP_NAME_RANGE_LEFT = re.compile(rf"[A-Z][a-z]+ (?:{_CAP_NUMBER_WORDS}) (?:to|and|-|–) $")
_CAP_NAME_LIST_LEFT = re.compile(r"[A-Z][a-z]+, $")
#: (r34review) the counted nouns in the singular too: "Broxbourne, One School and Two Academies" counts a school
_CAP_NAME_LIST_RIGHT = re.compile(
    r"^ (?!(?:Schools?|Services?|Homes?|Famil(?:y|ies)|Carers?|Parents?|Pupils?|Settings?|Academ(?:y|ies)|Members?|"
    r"Councillors?|Child|Children|Staff|Places?|Posts?)\b)[A-Z][a-z]+(?:,| and) [A-Z][a-z]")


def _may_cite_si(left: str) -> bool:
    """A necessary condition for ``_SI_LEFT``: "SI", "S.I." or "s1" among the last characters."""
    tail = left[-16:].lower()
    return "si " in tail or "s1 " in tail or "s.i" in tail or "s i" in tail


#: a television channel number of a news site's page furniture: "live on Freeview channel 276", "Freely 565"
_TV_CHANNEL_LEFT = re.compile(r"(?i)\b(?:freeview|freely|freesat|sky|virgin(?:\s+media)?)(?:\s+channel)?\s+$|\b(?:tv|television)\s+channel\s+$")


#: (r32prec) a date's year run into the time of day by the page's flattening: "Held 24th January, 201810.00am - 1.00pm"
#: (r31blindV Cumbria), "5 March 20197.00 pm", "14 March 201910:00 am": the year (1990-2039), then an hour and maybe
#: its minutes, glued; the time's marker after it and a month before it say so
_GLUED_YEAR_TIME = re.compile(r"(?:199\d|20[0-3]\d)(?:0?[1-9]|1[0-2])(?:[.:][0-5]\d)?")
_TIME_AFTER_YEAR = re.compile(r"^(?:[.:][0-5]\d)?[ \t\xa0]?(?:[aApP]\.?[mM]\b|noon\b)")
_MONTH_BEFORE_YEAR = re.compile(rf"(?i)\b(?:{month_alternation()}|sept?|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug)\.?,?[ \t\xa0]+$")
#: (r32prec) a length in a capitalised title of a recurring check or review ("6-8 Week Breastfeeding Performance Review",
#: r31blindV Oldham; "the 27-30 Month Check"): the gold README's name of a check ("the 6-to-8-week check"), which the
#: grammar reads as a length only in lower case ("6-8 week check", "six-month reviews"); after the length up to three
#: capitalised words, then the check's noun. "the 5 Year Plan" (dev Slough: a figure) names no check
_CHECK_NAME_SURFACE = re.compile(r"\d{1,2}(?:[ \t\xa0]?[-–][ \t\xa0]?\d{1,2}|[ \t\xa0]to[ \t\xa0]\d{1,2})?(?:[ \t\xa0]?½)?")
_CHECK_NOUN_RIGHT = (r"(?:[ \t\xa0-]+Olds?)?(?:[ \t\xa0]+[A-Z][A-Za-z'’-]*){0,3}?"
                     r"[ \t\xa0]+(?:[Cc]hecks?|[Rr]eviews?|[Vv]isits?|[Aa]ssessments?)\b")
_CHECK_TITLE_RIGHT = re.compile(r"^(?:[ \t\xa0]?½)?[ \t\xa0-]+(?:Day|Week|Month|Year)s?" + _CHECK_NOUN_RIGHT)
#: the same after a written length whose capitalised unit the grammar took in ("The Six to Eight Week Review")
_CHECK_WORDS_RIGHT = re.compile("^" + _CHECK_NOUN_RIGHT)
_CHECK_UNIT_END = re.compile(r"[ \t\xa0-](?:Day|Week|Month|Year)s?$")
#: and the lower end before it ("The [Six] to Eight Week Review")
_CHECK_RANGE_WORDS_RIGHT = re.compile(
    r"^[ \t\xa0]*(?:to|-|–)[ \t\xa0]*[A-Za-z]+[ \t\xa0-](?:Day|Week|Month|Year)s?" + _CHECK_NOUN_RIGHT)


def _meeting_furniture(text: str, kind: str, s: int, e: int, surface: str, left: str, right: str) -> str:
    """The non-figure kind of numbers that belong to the page or the meeting's rules rather than to
    what is measured, else "": a minute number with its year heading a line ("163/21"), a date cut off
    by the end of an excerpt ("died on 7 Octobe", "the meeting held on 24"), references written with
    "No" or a glued sub-reference ("Procedure Rule No 219", "Section 100(A)4", "SI 2020 392"), the
    call-in time limit ("the expiry of 3 working days"), a contact line's extension, "12 noon", a
    number word inside a capitalised name ("the National Three Peaks challenge"; r34figs: a range or list of such
    names, "Swindon Ten to Eighteen Project") and (r34figs) a number the end of an excerpt cuts
    (:func:`_cut_by_excerpt_end`: "to the end of 202", "parents of 2-ye").

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
    >>> [_meeting_furniture("", "num", 0, 0, n, l, r) for n, l, r in [
    ...     ("201810.00", "Held 24th January, ", "am - 1.00pm"), ("201910", "14 March ", ":00 am"),
    ...     ("201810", "The school had ", " pupils"), ("201810.00", "in January ", " children")]]
    ['date', 'date', '', '']
    >>> [_meeting_furniture("", "num", 0, 0, n, "", r) for n, r in [("6-8", " Week Breastfeeding Performance Review"),
    ...     ("27-30", " Month Check"), ("6 to 8", " Week Review"), ("5", " Year Plan"), ("12", " Week Course")]]
    ['name', 'name', 'name', '', '']
    >>> [_meeting_furniture("", "word", 0, 0, n, "offered a ", r) for n, r in [("Six to Eight Week", " Review"),
    ...     ("Six", " to Eight Week Review"), ("Five Year", " Plan"), ("six weeks", " for a review")]]
    ['name', 'name', '', '']
    """
    last = left[-1:]
    if last == " ":
        if left.endswith("any ") and _MEMBERS_RIGHT.match(right):
            return "procedure"  # "a request ... from any two Members of the Committee": a rule, not a count
        if left.endswith((" of ", " the ")) and _RULE_TIME_LEFT.search(left) and (
                _WORKING_DAYS_RIGHT.match(right) or _WORKING_DAYS_RIGHT.search(surface)):
            return "threshold"
    if kind == "word":
        if right[:1] in (" ", "\xa0", "\t", "-", "–") and (
                _CHECK_UNIT_END.search(surface) and _CHECK_WORDS_RIGHT.match(right) or _CHECK_RANGE_WORDS_RIGHT.match(right)):
            return "name"  # (r32prec) "The Six to Eight Week Review": the name of a check
        if last == " " and surface[:1].isupper() and right[:1] == " ":
            if _CAP_NAME_LEFT.search(left) and _CAP_NAME_RIGHT.match(right):
                return "name"
            if _CAP_NAME_LEFT.search(left) and _CAP_NAME_RANGE_RIGHT.match(right) \
                    or _CAP_NAME_RANGE_LEFT.search(left) and _CAP_NAME_RIGHT.match(right) \
                    or _CAP_NAME_LIST_LEFT.search(left) and _CAP_NAME_LIST_RIGHT.match(right):
                return "name"  # (r34figs) "(Swindon Ten to Eighteen Project)", "St Albans, Three Rivers and Welwyn"
        return ""
    if kind == "num" and 5 <= len(surface) <= 9 and surface[:2] in ("19", "20") and _GLUED_YEAR_TIME.fullmatch(surface) \
            and _TIME_AFTER_YEAR.match(right) and _MONTH_BEFORE_YEAR.search(left):
        return "date"  # (r32prec) "24th January, 201810.00am": a date run into its time, not a figure
    if kind == "num" and right[:1] in (" ", "-", "\xa0", "\t", "½") and _CHECK_TITLE_RIGHT.match(right) \
            and _CHECK_NAME_SURFACE.fullmatch(surface):
        return "name"  # (r32prec) "6-8 Week Breastfeeding Performance Review": the name of a check, as "6-8 week check"
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
        if kind == "num" and e >= len(text) - 5:
            cut = _cut_by_excerpt_end(surface, left, rest)
            if cut:
                return cut  # (r34figs) "to the end of 202", "parents of 2-ye": a number the excerpt's end cuts
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


#: (speed) the last words of the left-context patterns below (``\\b(?:...)\\s*$``, case-insensitive): a
#: pattern can match only if the left context, without its whitespace at the end, ends with one of them
_LIMIT_WORDS = LIMIT_WORDS  # _UNDER_AGE_LEFT, _SHARE_AGE_LEFT, _PEOPLE_AGE_LEFT (the grammar's, which is_minus_sign reads too)
_POST_PRE = POST_PRE  # _POST_AGE_LEFT (before one "-" or space, or a dash between spaces)
_NO_WORDS = ("no", "no.")  # _REF_NO_LEFT
#: a numbered point opening its line with a sentence (a word no count comes before): "1  To highlight reports ...",
#: "3 If so, to formally pass the following resolution", "2 The Committee noted ..."
_POINT_OPENER_RIGHT = re.compile(
    r"^[ \t]+(?:To|If|That|The|This|It|There|Where|When|Whether|Following|Having|Subject|Resolved|RESOLVED|Noted|Agreed|"
    r"Further|Once|Although|However)\b")
_POINT_OPENERS_FIRST = frozenset("TIWFHSRNAO\t ")
