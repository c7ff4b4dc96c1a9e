"""Limits, ages, offers and page furniture: round 11's families of false figures (part of :mod:`.kinds`).

``_r11_not_figure``, read by :func:`classify` when every other rule left a figure: ages a support runs until, page
ranges, agenda items run into one line, the hours of a childcare offer, a speaker's numbered points, vague numbers
("100's of"); the pattern of items bounded by an amount (:func:`items_over_left`) and ``PARA_NUMBER``.
"""

from __future__ import annotations

import re

from .grammar import MONTHS, TIME_RE
from .kinds_furniture import _COUNT_NOUN_RIGHT

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
_PCT_RIGHT = re.compile(r"^\s*(?:%|per\s?cent)")
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
#: (r37limits) a standard's time limit named by its length before the limit's noun: "the 18 week wait was a very long
#: time", "issued within the 20 week timescale", "the 18 week target", "dealt with in the 20 week timeframe". Gold 0 of
#: 7 at 5 councils (Leeds, Wokingham, Hillingdon, Slough, Peterborough); years are left out (the length of a plan).
_LIMIT_NOUN_LEFT = re.compile(r"(?i)\bthe(?:\s+(?:statutory|legal|national|government(?:'s|’s)?))?\s*$")
#: (r38tidy) how far back :func:`_limit_noun_after` reads the left context: the classifier's window (40 characters),
#: more than "the government's" with a few spaces needs
_LIMIT_NOUN_REACH = 40
_LIMIT_NOUN_SURFACE = re.compile(
    r"(?i)(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|"
    r"twenty[-\s]six|thirty|fifty[-\s]two)[-\s](?:working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?)")
_LIMIT_NOUN_RIGHT = re.compile(
    r"(?i)^[-\s]+(?:statutory\s+|legal\s+)?(?:wait|waiting\s+times?|timescales?|time[-\s]?scales?|time\s*limits?|"
    r"time[-\s]?frames?|deadlines?|limits?|targets?|standards?|window)\b")


def _limit_noun_after(surface: str, lt: str, right: str) -> bool:
    """Whether a stretch of time is a standard's time limit named by its length: "the [statutory] N-week wait /
    timescale / timeframe / target / deadline / limit / standard / window" (a ``threshold``).

    >>> [_limit_noun_after(n, l, r) for n, l, r in [
    ...     ("18 week", "It was noted that the", " wait was a very long time"),
    ...     ("20 week", "issued within the statutory", " timescale;"),
    ...     ("18 week", "with the", " target being met"),
    ...     ("three year", "the", " plan"),
    ...     ("2 years", "the", " target"),
    ...     ("18 weeks", "an average wait of", " for a first appointment")]]
    [True, True, True, False, False, False]

    (r38tidy) Reads the last :data:`_LIMIT_NOUN_REACH` characters of ``lt`` only, as its siblings read a window: the
    classifier passes the 40 characters before the number (:meth:`.kinds_classify._Number.read_window`), so the answer
    is the same there, and a caller passing a whole document's left context costs no more per number.
    """
    return "the" in lt[-30:].lower() and _LIMIT_NOUN_LEFT.search(lt, max(0, len(lt) - _LIMIT_NOUN_REACH)) is not None \
        and _LIMIT_NOUN_SURFACE.fullmatch(surface) is not None and _LIMIT_NOUN_RIGHT.match(right) is not None


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
        if _limit_noun_after(surface, lt, right):
            return "threshold"  # (r37limits) "the 18 week wait", "the statutory 20 week timescale"
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


#: (r19prec) a round number's plural, "100's of" (as the glued "100s of" already is), and "24/7" (all the time)
_ROUND_NUMBER = re.compile(r"[1-9]0{1,5}|[1-9]0{0,2},000")
_PLURAL_OF_RIGHT = re.compile(r"^['’][sS]\s+of\b")
_ALWAYS_RIGHT = re.compile(r"^/7(?!\d|[/.,]\d)")  # (r19review: "runs 24/7." and "24/7, including" too; not "24/7/2023")


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
