"""The meeting's own business and labels (part of :mod:`.kinds`).

``_meeting_business_or_label`` (procedure, membership, text edits, headings' points and petition rules: list
numbers run into a list or a heading, a site's or contents page's numbers), the bound of a subset a sentence counts
(``_subset_bound``), a percentage that is a rule's threshold (``_percent_threshold_of_rule``) and (r43values) a count
given as a lower bound that still measures (:func:`counted_at_least`: "there were 300 or more children waiting").
"""

from __future__ import annotations

import re

from ..clean import split_sentences
from ..vocab import month_alternation
from .kinds_items import _CAPS_HEADING_RIGHT, _line_start_left
from .kinds_furniture import _SMALL_WORDS
from .grammar import COUNTED_THINGS

_OF_THAN_LEFT = re.compile(r"\b(?:of|than)\s*$", re.I)


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
#: (r34figs) how many things a rule lets or makes someone pick: "the respondents of the consultation were asked to pick
#: three types of youth-related ASB", "The Commission may identify up to three services or policy areas", "Pupils have to
#: correctly identify 32 words for a pass". The number is the rule's parameter, not a count of what was picked (README:
#: a number that records how many were chosen is a figure, one that only names a rule is not). A verb of picking (pick,
#: choose, select, identify, nominate) under a modal of permission or obligation ("may", "can", "have/has to", "asked /
#: required / allowed / invited to"), an adverb between, a bound or "their"/"the"/"top" after. Not a record ("chose eight
#: themes", "identified five priority areas": figures at 8 councils of the open gold and pools), nor a plan or target
#: ("will identify", "aims to identify", "needs to identify 30 more carers", "were able to identify 30 families": no
#: such modal). Open gold, all of it: Gravesham r33blindX, Hackney r27blindP, Luton r26blindM, each unmarked and each a
#: figure on BASE e9ee53d0; no wording of the kind is marked anywhere in the open evidence. Counts only: a sum or a
#: share so picked ("may identify up to £5m of savings") is left to the money and share rules.
#: (r34review) "identify" after "may" or "can" is also what something is able to find ("the new system can identify 120
#: children missing education", "the review may identify 20 further cases", "officers can now identify the 45 young
#: people who are NEET": counts, figures on BASE): read as a rule's only with a bound after it (group ``bound``:
#: Hackney's "may identify up to three services")
_PICK_UNDER_RULE_LEFT = re.compile(
    r"(?i)\b(?P<modal>may|can|(?:have|has|asked|required|allowed|invited)\s+to)\s+(?:(?:[a-z]+ly|only|each|also|then|now)\s+)?"
    r"(?P<verb>pick|choose|select|identify|nominate)(?:\s+(?:(?P<bound>up\s+to|a\s+maximum\s+of|no\s+more\s+than|at\s+most)|"
    r"at\s+least|their|the|his|her|top))*$")
_PICK_VERBS = ("pick", "choose", "select", "identify", "nominate")


def _pick_under_rule(lt: str) -> bool:
    """(r34figs, r34review) Whether the text before a number, ``lt``, ends with a verb of picking under a rule
    (:data:`_PICK_UNDER_RULE_LEFT`), "identify" after "may" or "can" only with a bound.

    >>> [_pick_under_rule(t) for t in ("were asked to pick", "may identify up to", "can identify", "may identify",
    ...                                 "can now identify the", "can choose", "have to correctly identify")]
    [True, True, False, False, False, True, True]
    """
    m = _PICK_UNDER_RULE_LEFT.search(lt)
    if m is None:
        return False
    return m.group("bound") is not None or m.group("verb").lower() != "identify" or m.group("modal").lower() not in ("may", "can")
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
    minutes"), a local telephone number on a contact line ("Contact: Rita Glen Gallo 463611"), (r34figs) how many things
    a rule lets or makes someone pick ("were asked to pick three types", ``threshold``). None when it is none of
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
    if any(v in left for v in _PICK_VERBS) and surface[:1] not in "£$€" and "%" not in surface \
            and _pick_under_rule(lt):
        return "threshold"  # (r34figs) "were asked to pick three types", "may identify up to three services"
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


#: (r43values) the words of a lower bound right after a count, then the things counted, optionally after one adjective:
#: "300 or more children", "40+ young people", "100 plus new applications", "20+ UASC families" (group ``plus``: the
#: sign or the word, which an age takes too: "16+ young people", "the 18 plus cohort")
_AT_LEAST_COUNT_RIGHT = re.compile(
    r"(?i)(?:\s+or\s+(?:more|over)|(?P<plus>\+|[ \t\xa0]+plus))[ \t\xa0]+(?:(?-i:[a-z]+|[A-Z]{2,6})[ \t\xa0]+)?"
    r"(?:" + COUNTED_THINGS + r")\b")
#: (r43values) the ages a "+" or "plus" follows as an age limit ("11+", "16+ young people", "18 plus", "65+"): no count
_PLUS_AGE_LIMITS = frozenset({"11", "14", "16", "18", "19", "21", "25", "50", "55", "60", "65"})
#: (r43values) what before such a count says it is there, counted: "there were", "there are now", "there have been
#: about"; a verb whose object is the things counted: "received", "supported", "attended by"
_AT_LEAST_MEASURED_LEFT = re.compile(
    r"(?i)(?:\bthere\s+(?:is|are|was|were|have\s+been|has\s+been|had\s+been|will\s+be|would\s+be|remain|remained)"
    r"|\b(?:received|receives|receiving|supported|supports|supporting|helped|helps|recruited|recruits|welcomed|welcomes"
    r"|attracted|attracts|engaged|engages|reached|reaches|trained|trains|accommodated|accommodates|accommodate"
    r"|accommodating|housed|enrolled|registered|employed|employs|attended\s+by|seen\s+by|(?:is|are|was|were)\s+now))"
    r"(?:\s+(?:now|currently|still|already|recently|so\s+far|to\s+date|in\s+total))?\s*$")
#: (r43values) a relative or conditional word before that verb: the count then defines who is meant ("schools that
#: received 10 or more referrals", "where there are 30 or more pupils", "if there were 5 or more cases")
_DEFINING_BEFORE_VERB = re.compile(
    r"(?i)\b(?:who|whom|that|which|whose|where|if|when|whether|unless|once|until|with|having)\s+(?:\S+\s+){0,2}$")
#: (r43values) the start of a clause: a sentence's or a line's start, a list's bullet, after ";" or ":"
_CLAUSE_START_LEFT = re.compile(r"(?:^|[.;:!?\n]|[•·▪\-–*][ \t\xa0])[ \t\xa0]*$")
#: (r43values) a finite verb after the things counted, so the count is the clause's subject: "40+ young people attended
#: the event", "300 or more children were waiting", "100 plus families have been helped"
_SUBJECT_VERB_RIGHT = re.compile(
    r"(?i)[ \t\xa0]+(?:(?:now|currently|still|already|have|has|had)[ \t\xa0]+)?"
    r"(?:were|was|are|is|have|has|had|will|took|take|attended|attend|joined|responded|completed|came|received|waited"
    r"|remain|remained|(?-i:[a-z]+ed))\b")
#: (r44values) a bare participle right after the things counted (no auxiliary before it: "referrals received", not
#: "carers have been recruited"), then a window each case is counted in: "within 12 months", "in any 12-month period",
#: "in a rolling year", "over a 12 month period". The count then says which cases are meant: a cohort's definition, a
#: threshold ("3 or more referrals received within 12 months"), not how many there were
_PARTICIPLE_WINDOW_RIGHT = re.compile(
    r"(?i)[ \t\xa0]+(?-i:[a-z]+ed)[ \t\xa0]+(?:within\b|(?:in|over|during)[ \t\xa0]+(?:any|a|one|the\s+same)[ \t\xa0]+"
    r"(?:rolling[ \t\xa0]+)?(?:\S+[- \t\xa0]+)?(?:days?|weeks?|months?|years?|periods?|terms?)\b)")


def counted_at_least(text: str, s: int, e: int, surface: str) -> bool:
    """(r43values) Whether the count ``text[s:e]``, given with a lower bound after it ("300 or more children", "40+
    young people", "100 plus applications"), measures something: the figures table keeps it as a figure (its ``bound``
    says ``at_least``). It does when the things counted follow and the text says they are there: after "there were"
    ("there were 300 or more children waiting"), after a verb whose object they are ("the service supported 40+ young
    people"), or as the subject of a verb at the start of a clause ("40+ young people attended the event"). A count that
    qualifies a group stays a threshold: after "with", "of", a relative or a condition ("children with 10 or more
    absences", "schools that received 10 or more referrals", "where there are 30 or more pupils"), as do an age limit
    before "+" or "plus" ("16+ young people") and a count with no verb saying so ("3 or more placements in a year").

    >>> t = "There were 300 or more children waiting. Children with 10 or more absences were tracked."
    >>> counted_at_least(t, 11, 14, "300"), counted_at_least(t, 59, 61, "10")
    (True, False)
    >>> t = "40+ young people attended. The team supported 20+ UASC families; 16+ young people came."
    >>> [counted_at_least(t, t.index(x), t.index(x) + len(x), x) for x in ("40", "20", "16")]
    [True, True, False]
    >>> t = "Schools that received 10 or more referrals; 3 or more placements in a year."
    >>> [counted_at_least(t, t.index(x), t.index(x) + len(x), x) for x in ("10", "3")]
    [False, False]

    (r44values) A bare participle with a window after the things counted defines a cohort, after a ":" or a bullet as
    anywhere ("Repeat referrals: 3 or more referrals received within 12 months"); with an auxiliary, or with no window,
    the clause still says how many there were ("• 60 or more carers recruited this year").

    >>> t = "Repeat referrals: 3 or more referrals received within 12 months. • 60 or more carers recruited this year."
    >>> [counted_at_least(t, t.index(x), t.index(x) + len(x), x) for x in ("3", "60")]
    [False, True]
    """
    m = _AT_LEAST_COUNT_RIGHT.match(text, e, e + 80)
    if m is None:
        return False
    if m.group("plus") and surface in _PLUS_AGE_LIMITS:
        return False  # "16+ young people": an age limit
    left = text[max(0, s - 80):s]
    v = _AT_LEAST_MEASURED_LEFT.search(left)
    if v is not None:
        return _DEFINING_BEFORE_VERB.search(left, 0, v.start()) is None
    if _PARTICIPLE_WINDOW_RIGHT.match(text, m.end(), m.end() + 60):
        return False  # (r44values) "3 or more referrals received within 12 months": who is meant, a threshold
    return _CLAUSE_START_LEFT.search(left) is not None and _SUBJECT_VERB_RIGHT.match(text, m.end(), m.end() + 40) is not None
