"""Number grammar: every number expression in a text, its surface and its values.

One compiled master regular expression (:data:`MASTER_RE`) describes every number expression:
dates, financial years ("2023/24"), quarters ("Q2", "quarter one"), file sizes, hyphenated names
("6-to-8-week"), ordinals, money with scales ("£1.5bn", "£2.3 million"), ranges and alternatives
("6-8 weeks", "between 20 and 30", "£6500/£7000"), percentages ("%", "per cent", "percentage
points"), ratios and fractions ("1 in 5", "a third of") and written numbers ("six", "ninety-one",
"a dozen"). :func:`expressions` finds them with a cheap candidate scan (a digit, a currency sign or a
number word) and runs the master expression only around each candidate; :func:`values_of` turns a
matched surface into numbers, with scales applied. What kind of number each expression is (a
figure, a date, a reference, ...) is decided in :mod:`.kinds`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ..clean import paragraph_start, sentence_of
from ..vocab import MONTH_SHORT, month_alternation
from .rules import FigureRules, phrase_regex

_UNIT_WORDS = "one two three four five six seven eight nine".split()
_TEEN_WORDS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
WORD_VALUES: dict[str, int] = {w: i + 1 for i, w in enumerate(_UNIT_WORDS)}
WORD_VALUES.update({w: i + 10 for i, w in enumerate(_TEEN_WORDS)})
WORD_VALUES.update({w: (i + 2) * 10 for i, w in enumerate(_TENS_WORDS)})
ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth".split()

#: a month name or abbreviation (regex text)
MONTHS = rf"(?:{month_alternation()}|(?:{'|'.join(MONTH_SHORT)})\b\.?)"
#: a numeral: "10,412", "2.1" (regex text)
NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+|[½¼¾](?!\d))?"
#: a currency sign (regex text)
CUR = r"[£€$]"
#: a scale word after money, in any case: "m", "M", "mn", "bn", "k", "K", "million", "Million" (regex text)
#: a scale letter glued to the next word by a missing space, written right after the digits: "£4mgrant",
#: "£2.5mfunding" (not a word that starts with the letter: "£5more", "£10months")
_GLUED_SCALE = r"(?!m(?:illion|onth|ore|ost|ins?\b|inute)|k(?:ey|id))(?-i:m|bn|k)(?=[a-z]{3})"
SCALE = rf"(?:\s?(?i:bn|mn|m|k)\b|\s?(?i:million|billion|thousand)\b|{_GLUED_SCALE})"
#: a scale letter glued to a numeral without a currency sign: "1.2m", "15k", "2.5M", "3.2bn", "4mn" (regex text;
#: not "BN": a postcode's inward code, "RG40 1BN")
BARE_SCALE = r"(?:k|K|mn|m|M|bn)"
#: words of money: what names a bare amount as money when it comes before it (regex text)
MONEY_NOUNS = (r"budgets?|overspends?|overspent|underspends?|underspent|deficits?|funding|funded|grants?|"
               r"spend|spending|spent|costs?|savings?|income|allocations?|reserves?|surplus|shortfall|investment")
#: bare "points" are percentage points unless they are things counted: "3 points of focus", "five points to
#: consider", "two points were raised" ("rose by 3 points", "fell 4 points to 31%", "3 points above" stay)
_BARE_POINTS = r"\spoints?\b(?!\s+(?:of|that|which|were|was|raised|made|had|to\s+(?:consider|note|address|discuss|raise))\b)"
#: "25pc", "4 pc": the per cent of UK newspapers' house style (lower case: not "PC", a police constable or computer)
_NEWS_PC = r"\s?(?-i:pc)\b"
_PCT = rf"(?:\s?%(?:\s?points?\b)?|\s?per\s?cent\b|\s?percent\b|{_NEWS_PC}|\spercentage\spoints?\b|{_BARE_POINTS}|\s?pp\b|\s?ppts?\b)"
_TIME = r"(?:working\s+days?|school\s+days?|days?|weeks?|months?|years?|hours?|hrs?|miles?|km|kilometres?)\b"
_WORD_1_99 = (
    r"(?:(?:" + "|".join(_TENS_WORDS) + r")(?:[-\s](?:" + "|".join(_UNIT_WORDS) + r"))?"
    r"|" + "|".join(_TEEN_WORDS + _UNIT_WORDS) + r")"
)
#: a written number: "six", "ninety-one", "two hundred", "one hundred and fifty-five", "a dozen"
_WORDNUM = (
    rf"zero|(?:{_WORD_1_99}|a)\s+hundred(?:\s+and\s+{_WORD_1_99}\b)?|{_WORD_1_99}|a\s+dozen"
)
#: a part of a million or a billion written in words: "half a million", "three quarters of a billion" (regex text)
_PART_OF_SCALE = r"(?i:(?:half\s+a|three[-\s]quarters\s+of\s+a)\s+(?:million|billion))"
_PART_VALUES = {"half": 0.5, "three": 0.75}
_PART_OF_SCALE_RE = re.compile(_PART_OF_SCALE)
#: (r11prec) an amount whose thousands are set off by a space or by ", " (a typing slip): "for the sum of £812 663",
#: "additional funding of £900 000", "a pressure of £300, 000 to meet increased demand"; the group after the space
#: must end the amount (then the line's end, a stop, two spaces or a capital: "£500 600 700" in a table's row and
#: "£250 200 families" stay apart), after ", " not be listed on ("£300, 400 and £500" stays)
_SPACED_AMOUNT = (r"\d{1,3}(?:[ \xa0]\d{3})+(?![\d,.]\d)(?=[ \t\xa0]*(?:\n|$)|[.;:)](?!\d)|[ \t\xa0]{2}|[ \xa0][A-Z])"
                  r"|\d{1,3}(?:,[ \xa0]\d{3})+(?![\d,]|\.\d|\s+(?:and|or)\b)")
_MONEY = rf"{CUR}\s?(?:(?:{_SPACED_AMOUNT})|(?:\((?:{NUM})\)|(?:{NUM})){SCALE}?)"
_DASH = r"\s?(?:-|–|—|to)\s?"
#: a whole number and a fraction written apart, before a unit of time: "2 1/2 years", "3 ½ months" (regex text)
_MIXED = r"\d{1,2}[ \xa0](?:[13]/[24]|[½¼¾])(?=\s(?:working\s+|school\s+)?(?i:days?|weeks?|months?|years?|hours?|hrs?)\b)"

#: (r17values) the plural nouns of things counted ("pupils", "places", "children"), which a converted PDF may run into
#: their count: "900pupils", "1200pupils", "20places". (r17review) The one list of them: :data:`COUNT_NOUN_RIGHT` (a
#: count read before its noun, here and in :mod:`.kinds`) is built from it
GLUED_COUNT_NOUNS = ("children", "pupils", "students", "families", "cases", "referrals", "places", "schools", "staff",
                     "people", "adults", "households", "plans", "assessments", "requests", "applications", "posts",
                     "vacancies", "placements", "beds", "homes", "carers", "visits", "contacts", "learners", "workers")
_GLUED_COUNT_NOUN = "(?i:" + "|".join(GLUED_COUNT_NOUNS) + ")"
#: the things a count counts (regex text, read case-insensitively): the glued nouns, and two that a converted page does
#: not glue ("12 young people", "30 EHCPs"); :data:`COUNT_NOUN_RIGHT`, and (r43values) the "or more", "+" and "plus"
#: of a count's lower bound (:mod:`.bounds`, :func:`.kinds_business.counted_at_least`)
COUNTED_THINGS = "|".join(GLUED_COUNT_NOUNS + (r"young\s+people", "ehcps?"))
#: a count's noun right after it ("450 children", "12 young people", "30 EHCPs")
COUNT_NOUN_RIGHT = re.compile(r"^\s+(?:" + COUNTED_THINGS + r")\b", re.I)
#: (r18tidy) a counted noun and a participle after a number pair: the label of a count out of a total ("12/15 Children
#: Seen Within Timescales", "18/20 plans completed in 20 weeks", "8/10 Schools Judged Good"), so the pair is no short
#: year span ("12/15") and no minute number with its year ("8/10 ..."); not "looked" ("Children Looked After": a title)
#: (regex text, case-insensitive)
COUNTED_LABEL = (r"(?i:[ \t\xa0]+(?:" + "|".join(GLUED_COUNT_NOUNS + (r"young[ \t\xa0]+people", "ehcps?", "settings"))
                 + r")[ \t\xa0]+(?!looked\b)(?:[a-z]+(?:ed|en)|made|met|held|kept|put)\b)")

#: (r13prec) the hedges a fraction is written after without "by" ("increased almost a third", "less than a fifth are",
#: "Almost half of Norfolk children"), as look-behinds (regex text). Each is read in lower case and with a capital
#: first letter (a sentence's start), as "[Aa]lmost": not case-insensitive, which would read "ALMOST" and "More Than"
#: too (round 13 spelt both cases out; round 15 wrote one form, the same figures). "fewer than" and "well over" were
#: never read with a capital ("Fewer than a third of ..."), and still are not (no pool of rounds 8-13 has either).
_HEDGES_LOWER_ONLY = (r"fewer\sthan", r"well\sover")
_HEDGE_BEHIND = "|".join(
    rf"(?<=\b{w if w in _HEDGES_LOWER_ONLY else f'[{w[0]}{w[0].upper()}]{w[1:]}'}\s)" for w in (
        "almost", "nearly", "roughly", r"more\sthan", r"less\sthan", r"fewer\sthan", r"just\sover", r"just\sunder",
        r"well\sover",
        # (merge review) the commonest hedges of all, which the list left out: "About a third were late", "around a
        # quarter of", "over half of those referred", "approximately a fifth"
        "about", "around", "over", "approximately"))
#: The master expression's alternatives, in order (the first that matches wins), one named group
#: per family (the group names are the ``group`` of a :class:`Hit`).
_ALTERNATIVES = [
    # dates: "1 October", "31 March 2025", "January 2019", "12/03/2024"
    rf"(?P<date>\b\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}(?:,?\s+(?:19|20)\d{{2}})?(?![\w])"
    rf"|\b{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}\b"
    rf"|\b{MONTHS}\s+(?:19|20)\d{{2}}\b"
    r"|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d{2}\b)",
    # telephone numbers: "01234 567890", "0300 123 4567"
    # (r11prec) with the trunk zero in brackets after the country code: "+44 (0)7785 354701"
    r"(?P<phone>(?<![\w.,])(?:\+44\s?(?:\(0\)\s?)?|0)\d{2,4}(?:\s?\d){6,8}\b"
    # with the area code in brackets: "(01744) 676109", "(020) 7527 2000"
    r"|(?<=\()0\d{2,4}\)\s?\d{3,4}(?:\s?\d{3,4})?\b)",
    # times of day
    r"(?P<time>\b(?:\d{1,2}[.:]\d{2}\s?(?:-|–|to)\s?)?\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?\b"
    # (r11prec) a video transcript's time stamp run into its text: "Transcript 00:01North Tyneside Council is ..."
    r"|\b\d{2}:\d{2}(?=[A-Za-z]))",
    # financial years and year ranges: 2023/24, 2025-26, 2019/2020, FY24
    # (r11prec: not before a decimal's point, "2024- 41.2% (769) 2023- 57.4%" is a year and a percentage)
    r"(?P<fy>\b(?:FY\s?)?(?:19|20)\d{2}\s?[/\-–]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d%]|\.\d)"
    # (r18tidy) a short pair is no year span before a count's label ("12/15 Children Seen Within Timescales": a count
    # out of a total) unless a time word is before it ("in 14/15 children seen by the team": the year)
    # (the time word looked behind from the pair's end, so that only a pair pays for it)
    rf"|\b(?:FY\s?)?[12]\d/[12]\d\b(?![\d%/])(?:(?!{COUNTED_LABEL})|(?<=\bin\s\d\d/\d\d)|(?<=\bduring\s\d\d/\d\d)"
    r"|(?<=\bfor\s\d\d/\d\d)|(?<=\bsince\s\d\d/\d\d)|(?<=\bfrom\s\d\d/\d\d)|(?<=\bby\s\d\d/\d\d)|(?<=\bof\s\d\d/\d\d)"
    r"|(?<=\bto\s\d\d/\d\d)))",
    # ratios: "1 in 5 children", "seven out of ten schools" (a percentage); never "in 0" ("3 in 0.5" is no ratio:
    # a zero denominator has no value), nor "in zero" (r28fuzz: "one in zero" had the NaN value "in 0" had)
    # (r36words) or written with hyphens, as a headline does: "One-in-14 not in job, college or training", "nearly
    # one-in-14 young people" (blind gold, Suffolk r35blindAC; the spaced form is marked at 8 councils of the pools)
    r"(?P<ratio>\b(?:\d+|(?i:one|two|three|four|five|six|seven|eight|nine))(?:\s+(?:in|out\s+of)\s+|-(?i:in|out-of)-)"
    rf"(?!(?:19|20)\d{{2}}\b)(?!(?:0+|(?i:zero))\b)(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_WORDNUM}))\b(?!\s*(?:%|per\s?cent))"
    # (r36words) nor the start of a hyphenated name ("a one-in-one-out rota", "one in five-year-olds")
    r"(?!-[A-Za-z0-9]))",
    # quarters and terms
    r"(?P<quarter>\b(?:Q[1-4]\b|(?i:quarter)\s+(?:[1-4]|one|two|three|four)\b"
    r"|(?i:(?:first|second|third|fourth|final|last)\s+quarter)\b))",
    # file sizes
    r"(?P<size>\b\d+(?:\.\d+)?\s?(?:KB|MB|GB|kB|Kb|Mb|kb|mb)\b)",
    # adjectival durations and ages in names: 6-to-8-week, 12-week, 2-year-olds
    r"(?P<hyname>\b\d+(?:-to-\d+|-\d+)?-(?:week|day|month|year|hour|point|step|stage)(?:-olds?)?\b)",
    # numbers glued to letters: Post-16, KS2, COVID-19, 18s, 1a
    # (r17values) not a count run into its noun, the space lost by a converted PDF ("900pupils", "20places"): the
    # numeral alternative reads its digits
    rf"(?P<glued>\b[A-Za-z]+-?\d+[A-Za-z]*\b|\b\d+(?!st\b|nd\b|rd\b|th\b|{BARE_SCALE}\b|pc\b|{_GLUED_COUNT_NOUN}\b)[A-Za-z]+\b"
    r"|\b\d:\d\b(?![:.]?\d))",
    # fractions: "a third of", "two-thirds of" (a percentage)
    # (not "three quarters of a billion": an amount, read below)
    # (r9prec) and a change's size after "by": "has increased by a third", "jumped by almost a third", "fell by a quarter"
    # (r12prec) also after "by more than", "by less than", "by just over" ...: "referrals shot up by more than a third";
    # a bare "half" before "of" and a determiner ("half of the FTEs", "roughly half of all children"; "half of those" is
    # read by r32words' alternative below: the dev gold marks it, wokingham_1); a closing quote
    # before "of" ("“Around a quarter” of the overspend"); two or three thirds or fifths with no "of" ("Two thirds said
    # their workload was too high", "about two fifths moved to another council")
    # after "by" or after a hedge, with or without "by" before it ("by almost a third"; r13prec: "have increased almost a
    # third in the past year", "less than a fifth are being completed in time", "Nearly a quarter were"); every hedge
    # the "by" forms had is in _HEDGE_BEHIND
    # (r36words) or before the count or percentage it restates in brackets ("more than a fifth (1,308) were from the
    # county's schools", blind gold Norfolk r35blindAC; as "Just over half (262 cases)", "Three-quarters (75%)" were read)
    rf"(?P<fraction>(?:(?<=\bby\s)|{_HEDGE_BEHIND})"
    r"(?i:a[-\s](?:third|quarter|fifth))\b(?![-\w])(?=\s*(?:[.,;:)]|$|[ \t\xa0]\((?=\d[^()\n]{0,40}\))|\s(?:from|in|since|over|on|compared|to|between|during|"
    r"this|last|and|but|while|as|against|after|within|year|years|are|were|is|was|have|had|said|say|reported)\b))"
    r"|\b(?i:(?:a|one|two|three)[-\s](?:half|third|quarter|fifth)s?)(?=[”\"’]?\s+of\b)(?![”\"’]?\s+of\s+an?\s+(?i:million|billion)\b)"
    r"|\b(?i:half)(?=\s+of\s+(?i:all|the|our|its|their)\b)(?!\s+of\s+the\s+(?i:year|month|term|week|day|meeting|session)\b)"
    # (r13prec) after a hedge, "half of" anything: "Almost half of Norfolk children", "more than half of those referred"
    rf"|(?:{_HEDGE_BEHIND})(?i:half)(?=\s+of\b)(?!\s+of\s+(?:the\s+|this\s+|that\s+)?(?i:year|month|term|week|day|meeting|session)\b)"
    r"|\b(?i:(?:two|three)[-\s](?:thirds|fifths))\b(?![-\w])(?!\s+of\s+an?\s+(?i:million|billion)\b)"
    # (r17values) three quarters written with a hyphen and no "of" after it: "Three-quarters (75%) of requests were
    # agreed", "almost three-quarters do not live in Newham" (it was read as the count "Three"); written apart, "three
    # quarters" with no "of" is a count of quarters ("over the last three quarters"), which stays a period
    r"|\b(?i:three-quarters)\b(?![-\w])(?!\s+of\s+an?\s+(?i:million|billion)\b)"
    # (r17values) "half" as a change's size after "by" ("rose by more than half – 58 per cent", "has rocketed by almost
    # half in the last five years", "cut by half"), or after a hedge before a verb, a bracket or a dash ("more than half
    # are boys", "Just over half (262 cases) of the new CPPs"); not "half a day", "half-term", "half year"
    rf"|(?:(?<=\bby\s)|{_HEDGE_BEHIND})(?i:half)\b(?![-\w])(?=\s*(?:[.,;:)(]|$|\s[-–—]\s|\s(?:from|in|since|over|on|"
    r"compared|to|between|during|this|last|and|but|while|as|against|after|within|are|were|is|was|have|had|said|say|"
    r"reported)\b))"
    # (r17values) "half" on its own as the subject of a verb ("and half have a caseload below 21", "half were placed out
    # of area"), not a part of a time ("the second half was", "the first half is")
    # (r17review) nor the half of "a year and a half have passed", "two and a half were agency staff"
    r"|(?<![Ff]irst\s)(?<![Ss]econd\s)(?<![Ll]ast\s)(?<![Ll]atter\s)(?<![Ff]ormer\s)(?<![Tt]he\s)(?<![Tt]his\s)"
    r"(?<![Tt]hat\s)(?<!\band\sa\s)\b(?i:half)\b(?![-\w])(?=\s(?:are|were|have|had|said|say|reported)\b)"
    # (r17values) "Half of" at a sentence's start before any noun: "Half of Peterborough children in care are placed
    # outside the city" (the lower-case "half of" still needs a determiner after it); not "Half of the year"; "Half of
    # those" not here (r32review: the dev gold does mark it, wokingham_1; r32words' alternative below reads it)
    r"|(?<![\w-])Half(?=\s+of\s+(?!(?:the\s+|this\s+|that\s+)?(?i:year|month|term|week|day|meeting|session)s?\b)"
    r"(?!(?i:those|these|them|it|this|that)\b)[A-Za-z])"
    # (r32words) after a hedge, "half" before any other word than "of", an article or a word of time or manner: "over
    # half our Primaries Schools are Academies" (blind gold, Oxfordshire r31blindV), "More than half our CLA are placed",
    # "more than half led to no further action" (the rule before wanted "of", a stop or a verb of a short list); not
    # "over half term", "nearly half an hour", "more than half the time", "almost half as many"
    rf"|(?:{_HEDGE_BEHIND})(?i:half)\b(?![-\w])(?=[ \t\xa0]+(?!(?:a|an|the|of|and|or|to|as|that|this|then|than|"
    r"term|terms|year|years|yearly|day|days|hour|hours|time|times|way|past|century|decade|decades|month|months|week|"
    r"weeks|dozen|million|billion|mile|miles|price|hearted|page|pages|empty|full)\b)[a-z])"
    # (r32words) "half of" before a pronoun that takes up a count just given (tests/gold/README.md: "half of those" is a
    # share; dev gold wokingham_1 "133 were educated outside of Wokingham, with half of those in expensive independent
    # ..."; blind gold Wokingham r27blindQ "50 children were placed in foster care, half of which were placed in
    # in-house ..."), not the second half of a time ("the second half of those years")
    r"|(?<![Ff]irst\s)(?<![Ss]econd\s)(?<![Ll]ast\s)(?<![Ll]atter\s)(?<![Ff]ormer\s)(?<![Tt]he\s)(?<![Tt]his\s)"
    r"(?<![Tt]hat\s)(?<!\band\sa\s)\b(?i:half)(?=\s+of\s+(?:those|these|which|whom|them)\b))",
    # ordinals
    r"(?P<ordinal>\b\d+(?:st|nd|rd|th)\b|\b(?i:" + "|".join(ORDINAL_WORDS) + r")\b)",
    # "between X and Y"
    rf"(?P<between>\b(?i:between)\s+(?:{_MONEY}|(?:{NUM})|(?i:{_WORDNUM}))(?:{_PCT})?"
    rf"\s+and\s+(?:{_MONEY}|(?:{NUM})|(?i:{_WORDNUM}))(?:{_PCT}|\s{_TIME})?)",
    # money, with ranges and alternatives: £6500/£7000, £4-5m
    rf"(?P<money>{_MONEY}(?:(?:{_DASH}|\s?/\s?){CUR}?\s?(?:{NUM}){SCALE}?)?)",
    # numerals, with ranges, percentages, scale words and time units
    # ("4/5 years": an alternative of lengths written with a slash, only before a unit of time)
    # (r11prec) a mixed fraction before a unit of time: "after 2 1/2 years", "a wait of 3 ½ months" (one length)
    rf"(?P<num>(?<![\w.,/£€$=?&#@_-])(?:{_MIXED}|{NUM})(?:{_DASH}(?:{NUM})|/\d{{1,2}}(?=\s(?i:{_TIME})))?(?!\d)"
    rf"(?:{_PCT}|{BARE_SCALE}\b|\s(?i:million|billion|thousand)\b|\s{_TIME})?)",
    # written numbers
    # ("half a million", "three quarters of a billion": a part of a scale word, an amount)
    rf"(?P<word>\b{_PART_OF_SCALE}\b|\b(?i:{_WORDNUM})\b(?:{_PCT}|\s(?i:million|billion)\b|\s(?i:{_TIME}))?)",
]
#: every number expression
MASTER_RE = re.compile("|".join(_ALTERNATIVES))
#: (speed) The master expression at a position whose character is an ASCII digit or a currency sign:
#: only the alternatives that can begin with that character, in the same order (an alternative left
#: out cannot match there, so the first that matches is the same). Money is the only family that
#: begins with a currency sign; quarters, fractions, "between" and written numbers begin with a letter.
_MASTER_DIGIT = re.compile("|".join(a for a in _ALTERNATIVES if not re.match(r"\(\?P<(?:quarter|fraction|between|money|word)>", a)))
_MASTER_MONEY = re.compile("|".join(a for a in _ALTERNATIVES if a.startswith("(?P<money>")))
_MASTER_AT: dict[str, re.Pattern[str]] = {**dict.fromkeys("0123456789", _MASTER_DIGIT), **dict.fromkeys("£€$", _MASTER_MONEY)}
#: (speed) Only the numeral alternative: at a digit 1-9 whose run of digits is followed by the end or
#: by a character that is not a space, letter, digit or one of "/.:-–—" ("45%", "10,412", "(3)"),
#: every other alternative of _MASTER_DIGIT fails (each needs, right after its first digits, a space
#: (dates, times, years, ratios, sizes), a letter (ordinals, "18s", "am", "KB"), one of "/.:-–"
#: (dates, times, years, "6-week"), or a leading 0 (telephone numbers)), so the first that matches is this one.
_MASTER_NUM = re.compile("|".join(a for a in _ALTERNATIVES if a.startswith("(?P<num>")))


#: (speed) At a digit 1-9 whose run of digits is followed by whitespace, every alternative of _MASTER_DIGIT
#: but the numeral needs what follows the whitespace to begin with one of these: the first two letters
#: of a month (dates: "5 May", "5 Sept."), "in" or "ou" (ratios: "1 in 5", "7 out of 10"), and after one
#: whitespace character "am", "pm", "a.", "p." (times: "7 pm", "7 a.m."), a size's letters ("5 MB") or
#: one of "/-–" (years: "2023 / 24"); where it does not, the numeral alternative alone finds the same
#: expression.
_SPACE_THEN_OTHER_ALTERNATIVE = re.compile(
    r"\s+(?:Ja|Fe|Ma|Ap|Ju|Au|Se|Oc|No|De|in|ou)|\s(?:am|pm|a\.|p\.|[KMGkm][Bb]|[/\-–])")


def master_match(text: str, start: int, end: int | None = None) -> re.Match[str] | None:
    """``MASTER_RE.match(text, start, end)``, with only the alternatives that can begin with the
    character at ``start`` when it is an ASCII digit or a currency sign."""
    pat = _MASTER_AT.get(text[start:start + 1], MASTER_RE)
    return pat.match(text, start) if end is None else pat.match(text, start, end)


_NUM_RE = re.compile(NUM)
_MIXED_RE = re.compile(r"(\d{1,2})[ \xa0]([13]/[24]|[½¼¾])")
_SPACED_AMOUNT_RE = re.compile(rf"(?<=[£€$\s])(?:{_SPACED_AMOUNT})")
_THOUSANDS_GAP = re.compile(r"[,\s]")


def _trie_regex(words: list[str], any_case: bool = True) -> str:
    """A case-insensitive regex matching exactly ``words``, as a trie (fast to scan with); with
    ``any_case`` false, one matching the words as written (lower-case letters)."""
    trie: dict[str, dict] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alts = []
        end = "" in node
        for ch in sorted(k for k in node if k):
            alts.append((f"[{ch.upper()}{ch}]" if any_case else ch) + build(node[ch]))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if end else body

    return build(trie)


#: Every number expression contains one of these; the master expression runs only near them.
_CANDIDATE_WORDS = _UNIT_WORDS + _TEEN_WORDS + _TENS_WORDS + ORDINAL_WORDS + ["dozen", "hundred", "zero", "half", "quarter"]
#: (the leading look-ahead on the possible first characters lets the engine skip other text fast)
CANDIDATE_RE = re.compile(
    "(?=[\\d£€$" + "".join(sorted({c for w in _CANDIDATE_WORDS for c in (w[0], w[0].upper())})) + "])"
    r"(?:\d+|[£€$]|\b" + _trie_regex(_CANDIDATE_WORDS) + r"\b)"
)
_DIGIT_OR_CURRENCY = re.compile(r"[\d£€$]")
_ASCII_DIGIT_OR_CURRENCY = re.compile(r"[0-9£€$]")
#: (speed) CANDIDATE_RE without its number words (``\d+|[£€$]``), written to begin with one set of
#: characters, which the engine skips to fast: for a text without number words
_DIGIT_RUN = re.compile(r"[\d£€$](?:(?<=\d)\d*)?")
#: (speed) :data:`_DIGIT_RUN` for ASCII text, the same matches there (no "£" or "€", and every digit is
#: one of 0-9): a set of ASCII characters only, which the engine tests per character from a bitmap
#: (``\d`` of a ``str`` pattern asks the Unicode database at every character of the text)
_DIGIT_RUN_ASCII = re.compile(r"[\d$](?:(?<=\d)\d*)?", re.ASCII)
#: the characters of :data:`_ASCII_DIGIT_OR_CURRENCY` that ASCII text can hold
_ASCII_DIGITS_DOLLAR = tuple("0123456789$")
#: a ``bytes.translate`` table: ASCII lower-case letters kept, every other byte a space
_LETTERS_ONLY = bytes(c if 97 <= c <= 122 else 32 for c in range(256))
_CANDIDATE_BYTES = frozenset(w.encode() for w in _CANDIDATE_WORDS)
#: (speed) a number word of :data:`_CANDIDATE_WORDS` as a run of letters of its own in bytes whose
#: letters are lower-case ASCII and whose other bytes are not letters (group 1), the run of letters
#: between a space before it and a space after it (a trie: the engine goes to each space fast, from
#: the literal the pattern begins with, and follows one branch there). For bytes that are a-z and
#: spaces with a space at each end, the words it finds are those of ``split()`` among the words.
_NUMBER_WORD_TOKEN = re.compile(b" (" + _trie_regex(_CANDIDATE_WORDS, any_case=False).encode() + b")(?= )")


def may_have_number_words(text: str) -> bool:
    """A necessary condition for a number word of :data:`CANDIDATE_RE` in ``text``: one of the words,
    in any case, as a run of ASCII letters of its own. (The text is lower-cased, other characters
    than ASCII become "?" and every byte but a-z a space: a candidate word stands between non-word
    characters, which all become spaces.)

    >>> may_have_number_words("Seven schools"), may_have_number_words("Someone attended, often")
    (True, False)
    """
    b = text.lower().encode("ascii", "replace").translate(_LETTERS_ONLY)
    return _NUMBER_WORD_TOKEN.search(b" " + b + b" ") is not None  # (a word of ``b.split()`` among the words)


#: a ``bytes.translate`` table: ASCII letters lower-cased, ASCII digits "0", every other byte a space
_ASCII_LOWER_LETTERS_DIGITS = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 48 if 48 <= c <= 57 else 32 for c in range(256))


def _letters_digits(text: str) -> bytes:
    """``text`` one byte per character (other characters than ASCII "?"), with a space added at each
    end, translated by :data:`_ASCII_LOWER_LETTERS_DIGITS`: ``b[i + 1]`` stands for ``text[i]``."""
    return b" " + text.encode("ascii", "replace").translate(_ASCII_LOWER_LETTERS_DIGITS) + b" "


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is a word character of ``\\w`` (and ``\\b``) in a ``str`` pattern."""
    return ch.isalnum() or ch == "_"


def number_words(text: str, b: bytes | None = None) -> list[tuple[int, int]]:
    """The spans of the number words of :data:`CANDIDATE_RE` in ``text``, in order: the matches of
    its ``\\b`` word alternative, found without the regex (speed). The text is encoded one byte per
    character (other characters than ASCII become "?"), ASCII letters lower-cased, ASCII digits "0"
    and every other byte a space (:func:`_letters_digits`, which ``b`` is when given): a number word
    is a run of letters that is one of the words (:data:`_NUMBER_WORD_TOKEN`) with spaces around it
    there, and no word character of the text (a digit, "_", a letter not ASCII) on either side.

    >>> t = "One of seven, not someone nor 2one; Twelve_ or ELEVEN."
    >>> [t[a:b] for a, b in number_words(t)]
    ['One', 'seven', 'ELEVEN']
    """
    if b is None:
        b = _letters_digits(text)
    n = len(text)
    out: list[tuple[int, int]] = []
    for m in _NUMBER_WORD_TOKEN.finditer(b):
        i, j = m.span(1)
        i -= 1  # (the position in the text: b has one byte more at its start)
        j -= 1
        if (i == 0 or not _is_word_char(text[i - 1])) and (j == n or not _is_word_char(text[j])):
            out.append((i, j))
    return out


def has_candidate(text: str) -> bool:
    """Whether ``text`` has a candidate of a number (``CANDIDATE_RE.search(text) is not None``,
    faster: a digit or currency sign is found at once, and text whose words include no number word
    is done without the word scan).

    >>> has_candidate("Attendance was 93%."), has_candidate("Seven schools"), has_candidate("Someone attended")
    (True, True, False)
    """
    if text.isascii():
        for ch in _ASCII_DIGITS_DOLLAR:  # (speed: ``in`` finds one character faster than a regex's set)
            if ch in text:
                return True
    elif _ASCII_DIGIT_OR_CURRENCY.search(text) is not None or _DIGIT_OR_CURRENCY.search(text) is not None:
        return True  # (an ASCII digit or a currency sign is found faster than any Unicode digit)
    if not may_have_number_words(text):
        return False
    return CANDIDATE_RE.search(text) is not None


_WORD_RE = re.compile(rf"(?i:{_WORDNUM})")
_SCALES = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9}
_SCALE_RE = re.compile(r"(bn|mn|m|k|million|billion|thousand)\b", re.I)
#: a percentage or percentage-points marker in a surface
PCT_RE = re.compile(r"%|per\s?cent|percent|points?|pp|ppts?|(?-i:pc)\b", re.I)
PP_RE = re.compile(r"points?\b|\bpp\b|\bppts?\b", re.I)
#: a time or distance unit at the end of a surface
TIME_RE = re.compile(r"(days?|weeks?|months?|years?|hours?|hrs?|miles?|km|kilometres?)\s*$", re.I)
TIME_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years", "hour": "hours", "hr": "hours",
               "mile": "miles", "km": "km", "kilometre": "km"}


def _word_value(word: str) -> float:
    """Value of a written number: "ninety-one" -> 91, "two hundred" -> 200, "a dozen" -> 12."""
    w = SPACES.sub(" ", word.lower().replace("-", " ")).strip()
    if w == "a dozen":
        return 12.0
    if w.endswith("illion") and w.split()[0] in _PART_VALUES:
        return _PART_VALUES[w.split()[0]] * (1e9 if w.endswith("billion") else 1e6)  # "half a million"
    parts = w.split()
    total = 0
    for p in parts:
        if p == "hundred":
            total = (total or 1) * 100
        elif p in WORD_VALUES:
            total += WORD_VALUES[p]
    return float(total)


#: a vulgar fraction glued to its whole number: "3½ years", "2¼ hours"
_VULGAR = {"½": 0.5, "¼": 0.25, "¾": 0.75}


def _numeral_value(token: str) -> float:
    """The value of a numeral: "1,250" -> 1250, "3½" -> 3.5.

    >>> _numeral_value("1,250.5"), _numeral_value("7½")
    (1250.5, 7.5)
    """
    frac = _VULGAR.get(token[-1:])
    if frac is not None:
        return float(token[:-1]) + frac
    return float(token.replace(",", ""))


def _number_values(s: str) -> list[float]:
    """Numeric values in a matched expression, scales applied ("£2.3 million" -> [2300000.0]); (r26recall) a leading
    minus sign makes the first value negative ("-2.7%" -> [-2.7]: :func:`expressions` puts the sign in the span only
    where it is one)."""
    if s.isascii() and s.isdigit():
        return [float(s)]  # (speed) digits alone, the commonest: the same as the loop's one value
    if s[:1] == "-" and s[1:2].isdigit():
        vals = _number_values(s[1:])
        return [-vals[0], *vals[1:]] if vals else vals
    out: list[float] = []
    for m in _NUM_RE.finditer(s):
        v = _numeral_value(m.group())
        rest = s[m.end():]
        if rest.startswith(")") and s[: m.start()].rstrip().endswith("("):
            v, rest = -v, rest[1:]  # accounting negative: "£(2.1)m"
        rest = rest.lstrip()
        sm = _SCALE_RE.match(rest)
        if sm and (rest[: sm.end()].lower() in _SCALES):
            v = scaled(v, _SCALES[rest[: sm.end()].lower()])
        out.append(v)
    if not out and s[-7:].lower().endswith("illion") and _PART_OF_SCALE_RE.fullmatch(s):
        return [_word_value(s)]  # "half a million", "three quarters of a billion"
    if not out:
        out = [_word_value(m.group()) for m in _WORD_RE.finditer(s)]
        if out and s.endswith(("illion", "ILLION")):
            out = _scale_written(out, s)
    return out


def scaled(value: float, scale: float) -> float:
    """``value`` times a scale, without binary float noise: "£8.2m" is 8200000, not 8199999.999999999.

    A written amount has at most a few decimals, so the product rounded to six decimals is the amount the
    minutes state (and the same double on every platform).

    >>> scaled(8.2, 1e6), scaled(64.79, 1e6), scaled(1.5, 1e3), scaled(0.0125, 1e9)
    (8200000.0, 64790000.0, 1500.0, 12500000.0)
    """
    return round(value * scale, 6)


def _scale_written(vals: list[float], s: str) -> list[float]:
    """A written number with a scale word: "two million" -> 2000000.

    >>> _scale_written([2.0], "two million"), _scale_written([3.0], "three Billion")
    ([2000000.0], [3000000000.0])
    """
    scale = 1e9 if s[-7:].lower() == "billion" else 1e6
    return [v * scale for v in vals]


def _apply_shared_scale(vals: list[float], s: str) -> list[float]:
    """"£4-5m": the scale written once applies to both ends of a range."""
    if len(vals) == 2 and vals[1] >= 1000 and vals[0] < vals[1] / 1000 and _SCALE_RE.search(s):
        m = _SCALE_RE.search(s)
        assert m is not None
        scale = _SCALES.get(m.group().lower(), 1.0)
        if vals[0] * scale <= vals[1]:
            vals = [scaled(vals[0], scale), vals[1]]
    return vals


def may_end_with(left: str, endings: tuple[str, ...], colon: bool = False) -> bool:
    r"""Whether ``left``, without the spaces (and, with ``colon``, one colon between spaces) at its
    end, ends with one of ``endings`` in any case: a necessary condition for a left-context
    pattern ``\b(?:words)\s*$`` (``\s*:?\s*$``) to match. Text not ASCII there is always a maybe
    (case-insensitive matching of other letters is left to the pattern).

    >>> may_end_with("as set out on Page  ", ("page",)), may_end_with("in the table: ", ("table",), True)
    (True, True)
    >>> may_end_with("the total was ", ("page",))
    False
    """
    t = left.rstrip()
    if colon and t.endswith(":"):
        t = t[:-1].rstrip()
    tail = t[-16:]
    return not tail.isascii() or tail.lower().endswith(endings)


#: the characters other than ASCII letters that a case-insensitive pattern matches to an ASCII letter
#: (``re.IGNORECASE``: "İ" and "ı" to "i", "ſ" to "s"; the Kelvin sign "K" lower-cases to "k")
_FOLD_TO_ASCII = {0x130: "i", 0x131: "i", 0x17F: "s"}
#: (r45speed) the three characters :data:`_FOLD_TO_ASCII` translates (unpacked: a fourth entry fails here, at import,
#: until :func:`fold`'s test of them names it too)
_FOLD_I_DOT, _FOLD_I_DOTLESS, _FOLD_LONG_S = map(chr, _FOLD_TO_ASCII)


def fold(text: str) -> str:
    """``text`` lower-cased, with the few other letters a case-insensitive pattern matches to an ASCII
    letter made that letter: a word of ASCII letters that a case-insensitive pattern finds in
    ``text`` is a substring of ``fold(text)`` (a cheap necessary condition before a search).

    >>> fold("The NATIONAL average"), fold("Beſt İtem")
    ('the national average', 'best item')
    """
    if text.isascii() or not (_FOLD_I_DOT in text or _FOLD_I_DOTLESS in text or _FOLD_LONG_S in text):
        # (r45speed) without any of the three (most text that is not ASCII: "£", "’") the translation changes nothing,
        # and ``str.translate`` with a dict costs a lookup per character (three ``in`` scans cost far less)
        return text.lower()
    return text.translate(_FOLD_TO_ASCII).lower()


class LeftWords:
    r"""The words and phrases a left-context pattern ends with ("page", "agenda item"), kept in one
    list for both of its uses: the pattern is built from :attr:`regex` (their alternation, the words
    of a phrase separated by any whitespace), and its search is run only when :meth:`may_end` says
    it can match (a cheap necessary condition). An edit of the list changes both, so they cannot
    disagree.

    ``phrases`` is one string, phrases separated by commas. A pattern built as
    ``\b{regex}\s*$`` (or ``\s*:?\s*$`` with ``colon``), case-insensitive, can match ``left``
    only if ``may_end(left)`` (``may_end(left, colon=True)``).

    >>> agenda = LeftWords("item, items, agenda item")
    >>> agenda.may_end("see Agenda   Item: ", colon=True), agenda.may_end("the total was ")
    (True, False)
    """

    def __init__(self, phrases: str) -> None:
        self.phrases = tuple(" ".join(p.split()) for p in phrases.split(",") if p.strip())
        #: the alternation of the phrases (regex text, for a case-insensitive pattern), as a trie
        #: (:func:`.rules.phrase_regex`): at each place the engine follows one branch instead of
        #: trying every phrase
        self.regex = f"(?:{phrase_regex(self.phrases)})"
        self._endings = tuple(p.lower() for p in self.phrases)
        # (speed) the last words of the phrases: a cheap first test, before the words of a phrase
        # of several are compared with the whitespace between them made one space
        self._last = tuple(p.split()[-1].lower() for p in self.phrases)
        self._last_of_multi = tuple(p.split()[-1].lower() for p in self.phrases if " " in p)
        self._single = tuple(p.lower() for p in self.phrases if " " not in p)
        self._maxlen = max(len(p) for p in self.phrases)
        self._maxlast = max(len(w) for w in self._last)

    def may_end(self, left: str, colon: bool = False) -> bool:
        """Whether ``left``, without the whitespace (and, with ``colon``, one colon between
        whitespace) at its end, ends with one of the phrases in any case, with any whitespace
        between their words. Text not ASCII there is always a maybe (case-insensitive matching of
        other letters is left to the pattern)."""
        t = left.rstrip()
        if colon and t.endswith(":"):
            t = t[:-1].rstrip()
        return self.may_end_stripped(t)

    def may_end_stripped(self, t: str) -> bool:
        """:meth:`may_end` of a ``left`` whose whitespace at the end (and the colon, with ``colon``) is
        already taken off (``t``): for a caller that tests several lists on the same left context."""
        tail = t[-self._maxlast:]
        if not tail.isascii():
            return True
        low = tail.lower()
        if low.endswith(self._single):
            return True
        if not low.endswith(self._last_of_multi):
            return False
        tail = " ".join(t.split())[-self._maxlen:]  # (one space between words, as in the phrases)
        return not tail.isascii() or tail.lower().endswith(self._endings)


#: any run of whitespace
SPACES = re.compile(r"\s+")
_RANGE_MONEY_RE = re.compile(r"\d(?:\s?(?i:bn|mn|m|k|million|billion|thousand)\b)?\s?(?:to|-|–)\s?[£€$]?\d")
_TO_RANGE_RE = re.compile(r"\d(?:\s?(?i:bn|mn|m|k|million|billion|thousand)\b)?\s?to\s?[£€$]?\d")
_RANGE_NUM_RE = re.compile(r"\d\s?(?:to|-|–)\s?\d")


@dataclass(slots=True)
class Hit:
    """A number expression: span in the text, kind (``figure`` or a non-figure kind), the master
    expression's group that matched (``money``, ``num``, ``word``, ``ratio``, ...) and its values."""

    start: int
    end: int
    kind: str
    group: str
    values: list[float]


def _word_start(text: str, lo: int, hi: int) -> int:
    r"""Where the last word of ``text[lo:hi]`` (and any spaces after it) starts, at least ``lo``:
    the same as ``re.compile(r"[^\s(\[]*\s*$").search(text, lo, hi).start()`` for text without unusual
    spaces (words are separated by spaces and opening brackets).

    >>> _word_start("in January 2019", 0, 11)
    3
    """
    seg = text[lo:hi].rstrip()
    if not seg:
        return lo
    word = seg.rsplit(None, 1)[-1]  # after the last space; then after the last opening bracket
    return lo + len(seg) - len(word) + max(word.rfind("("), word.rfind("[")) + 1




#: a word read backwards: the whitespace after it, then its characters back to a whitespace or an
#: opening bracket (``\\s`` is ``str.isspace``, as in ``str.rstrip`` and ``str.rsplit``)
_BACK_WORD = re.compile(r"\s*[^\s(\[]*")


def _word_starts(text: str, pos: int, c: int) -> tuple[int, int]:
    """``(ws, pw)``: ``ws = _word_start(text, max(pos, c - 30), c)`` and ``pw = _word_start(text,
    max(pos, ws - 30), ws)``, the same, from two matches of :data:`_BACK_WORD` on the 60 characters
    before ``c`` (from ``pos``) reversed. A word start found further back than a window's start is
    that start (what :func:`_word_start` gives when no whitespace or bracket is inside its window).

    >>> t = "reported in January 2019"
    >>> _word_starts(t, 0, 20), (_word_start(t, 0, 20), _word_start(t, 0, 12))
    ((12, 9), (12, 9))
    """
    lo = pos if pos > c - 60 else c - 60
    back = text[lo:c][::-1]
    ws = c - _BACK_WORD.match(back).end()  # type: ignore[union-attr]
    if ws < c - 30 or ws < pos:
        ws = pos if pos > c - 30 else c - 30
    pw = c - _BACK_WORD.match(back, c - ws).end()  # type: ignore[union-attr]
    if pw < ws - 30 or pw < pos:
        pw = pos if pos > ws - 30 else ws - 30
    return ws, pw


#: How every expression of the master expression that starts with a letter (or "+") begins. An
#: expression starting before the candidate with a space between (the start of the word before it)
#: begins with one of these: it cannot start with a digit or currency sign (that would be an earlier
#: candidate) nor be a word glued to digits (no space inside). Checked first: most words are not.
_LETTER_START = re.compile(
    r"Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|FY|Q|\+|(?i:a[-\s]|" + phrase_regex(
        ["quarter", "final", "last", "between", "zero", "hundred", "dozen"]
        + _UNIT_WORDS + _TEEN_WORDS + _TENS_WORDS + ORDINAL_WORDS) + ")"  # (a trie: one branch per place)
)


#: (speed) the patterns of :func:`expressions` written inline before, compiled once
_FROM_LEFT = re.compile(r"\bfrom\s*$", re.I)
_FROM_SINCE_LEFT = re.compile(r"\b(?:from|since)\s*$", re.I)
_YEAR_FIRST = re.compile(r"(?:19|20)\d{2}.*")
#: (r17values) a numeral range from a year-shaped number to another written with four or more digits: "2014 to 2250"
#: (a dash only with spaces: "2014-2250" glued is left alone, its second end could not be read apart)
_YEAR_TO_COUNT = re.compile(r"((?:19|20)\d\d)(?:\s?to\s?|\s[-–—]\s)(\d{1,3}(?:,\d{3})+|\d{4,})")
_MONEY_CUT = re.compile(r"\s?(?:to|-|–)\s?[£€$]?\d")
_NUM_TAIL = re.compile(r"\s?(?:%|per\s?cent|million|billion|thousand)")
_NUM_CUT = re.compile(r"\s?(?:to|-|–)\s?\d")
#: "Under 1 - 403": a band's "1", a spaced dash and a count (not a percentage) after it
_UNDER_ONE_DASH = re.compile(r"1\s[-–]\s\d[\d,]*$")
_UNDER_LEFT = re.compile(r"(?i)\bunder\s+$")
#: (r18left) a name's number "to" a count: "Wave 2 to 60 schools", "Tier 2 to 40 places" (the second end, 14 or more,
#: is past the numbers such names take: "Year 7 to 11", "Key Stage 2 to 4", "Phase 1 to 3" stay ranges of names)
_NAME_NUMBER_TO_COUNT = re.compile(r"(\d{1,2})\s?to\s?(\d{1,3}(?:,\d{3})+|\d{2,})")
#: (r18left) a decimal number of forms of entry, before its glued "FE": "2.5FE", "1.5fe"
_DECIMAL_FE = re.compile(r"\d{1,2}\.5")
#: the singular name words before such a number (:data:`_NAME_NUMBER_TO_COUNT`)
_SINGULAR_NAME_LEFT = re.compile(
    r"(?i)\b(?:wave|tier|phase|stage|band|round|lot|level|step|cohort|tranche|grade|group|priority|option|category|"
    r"pilot|cycle|zone|block|unit|module|version|scheme|project|year)\s+$")


#: a run of digits in the bytes of :func:`_letters_digits`
_ZEROS = re.compile(b"0+")


def _next_digit_run(b: bytes, pos: int) -> tuple[int, int]:
    """The span of ``_DIGIT_RUN_ASCII.search(text, pos)`` for an ASCII ``text`` without "$" whose
    :func:`_letters_digits` is ``b`` ((-1, -1) when there is none): the next run of "0" of ``b`` from
    ``pos``, found by ``bytes.find`` (memchr) instead of a regex that tests every character.

    >>> t = "In 2023, 45 of 120"
    >>> _next_digit_run(_letters_digits(t), 0), _next_digit_run(_letters_digits(t), 5), _next_digit_run(_letters_digits(t), 18)
    ((3, 7), (5, 7), (-1, -1))
    """
    i = b.find(b"0", pos + 1)
    if i < 0:
        return -1, -1
    return i - 1, _ZEROS.match(b, i).end() - 1  # type: ignore[union-attr]


#: what comes before the "-" of a minus sign (a space, a bracket, a line's start): "(-27)", " -2,070"
_SIGN_BEFORE = frozenset(" \t\n\xa0([")
#: (r26recall) the spaces before such a "-" and what they follow
_SPACES_BEFORE = re.compile(r"[ \t\xa0]+$")
#: the words right before an age limit: "Post 16", "Post – 16", "pre-16" (:data:`POST_PRE`); "under 18", "over 11"
#: (:data:`LIMIT_WORDS`). :mod:`.kinds` reads its age limits after them; (r26mend) a dash after one of them and a space,
#: before a whole number of one or two digits ("Post -16"), is the age limit's dash, not a minus sign
POST_PRE = ("post", "pre")
LIMIT_WORDS = ("under", "over", "below", "above")
_AGE_LIMIT_WORDS = POST_PRE + LIMIT_WORDS
_AGE_LIMIT_WORD_LEFT = re.compile(rf"(?i)\b(?:{'|'.join(_AGE_LIMIT_WORDS)})$")
#: (r26review) a year's four digits (1990-2039), which take no minus sign
_YEAR_DIGITS = re.compile(r"(?:199\d|20[0-3]\d)")


def is_minus_sign(text: str, i: int, end: int) -> bool:
    """Whether the "-" at ``text[i]``, before a numeral that ends at ``end``, is the value's minus sign (r26recall): after
    an opening bracket ("a change of (-27)"), or after spaces that follow a word or a value with its unit ("8.6% -2.7%
    11.5%" in a table's row of changes, "a -0.5% minimum funding guarantee", "Grant Funding -79,941"); not a dash that
    parts a label from its value ("16-25 -2,070 children", "ages of 0 -25 years": a digit before the spaces), not at a
    line's start (a bullet's dash), not a page's marker ("-1-").

    (r26review) Nor before a year (four digits 1990-2039 without a comma, as :mod:`.kinds` reads a year): a date's dash
    ("April -2024", "Summer term -2025"), which kept the year a date before the sign was read.

    >>> t = "change 8.6% -2.7% 11.5%; ages 16-25 -2,070 children; (-27); page -1- of; a -0.5% cap"
    >>> [is_minus_sign(t, t.index(x), t.index(x) + len(x.split("-")[1]) + 1) for x in ("-2.7", "-2,070", "-27", "-1", "-0.5")]
    [True, False, True, False, True]
    >>> t = "from April -2024; a fall of -2024 pupils in (-2024)"
    >>> [is_minus_sign(t, i, i + 5) for i in (t.index("-"), t.index("-", 12), t.rindex("-"))]
    [False, False, False]

    (r26mend) Nor after a word of an age limit ("post", "pre", "under", "over", "below", "above") before a whole number
    of one or two digits: "Post -16 provision" is the age limit "Post-16" with a stray space.

    >>> t = "Post -16 provision; pupils under -18; a variance of -16; below -2.5%"
    >>> [is_minus_sign(t, t.index(x), t.index(x) + n) for x, n in (("-16 p", 3), ("-18", 3), ("-16;", 3), ("-2.5%", 5))]
    [False, False, True, True]
    """
    if text[end:end + 1] == "-":
        return False  # "-1-": a page's marker
    if end - i == 5 and _YEAR_DIGITS.fullmatch(text, i + 1, end):
        return False  # (r26review) "April -2024": a year's dash, never its sign
    before = text[i - 1:i]
    if before in ("(", "["):
        return True
    if before not in (" ", "\t", "\xa0"):
        return False  # a line's start: a bullet's dash
    sp = _SPACES_BEFORE.search(text, max(0, i - 20), i)
    k = sp.start() if sp is not None else i
    prev = text[k - 1:k]
    if prev.isalpha() and end - i <= 3 and text[i + 1:end].isdigit() \
            and text[max(0, k - 6):k].lower().endswith(_AGE_LIMIT_WORDS) and _AGE_LIMIT_WORD_LEFT.search(text, max(0, k - 7), k):
        return False  # (r26mend) "Post -16 provision", "under -18": an age limit's dash after a stray space, not a sign
    return bool(prev) and (prev.isalpha() or prev in "%,:;")


#: a verb of change with its object, further back in the same clause before "from": "Increase the Published Admission
#: Number ... from", "reduce the planned admission number ... from" ("an increase in demand ... offer from 15 to 30
#: hours" is no change of the hours; "extend the age range of the school from 3 to 7 years of age" is a range of ages: no
#: "age" after the verb); no ".", ";" or "," after the verb, so the search needs no cut at the sentence's start
_CHANGE_VERB_OBJECT = re.compile(
    r"(?i)\b(?:increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|"
    r"lower(?:s|ed|ing)?|extend(?:s|ed|ing)?|cut(?:s|ting)?)\s+(?:the|its|their|our)\b(?![^.;,]*\bages?\b)[^.;,]*$")
#: children "from 2 to 4" after a verb of change: their ages, not a change ("fund places for children from 2 to 4")
_AGES_FROM_LEFT = re.compile(r"(?i)\b(?:children|aged|young\s+people|year\s+olds?|ages?)\s+from\s*$")
#: (r43values) the dashes that stand for a minus sign glued to a currency sign: the hyphen-minus, the minus sign (U+2212)
#: and the en dash a word processor puts for a typed minus ("a variance of –£1.2m")
MONEY_MINUS = "-\u2212\u2013"


def money_minus_sign(text: str, start: int, end: int) -> bool:
    """(r43values) Whether the dash right before the amount ``text[start:end]`` (which opens with its currency sign) is
    its minus sign: glued to the sign ("-£300,000", "–£1.2m", "−£45k"), where :func:`is_minus_sign` takes one before
    a numeral (after a word, a value's unit or a bracket: "a variance of -£300,000", "(-£2m)"; not a bullet's dash
    at a line's start, nor a range's dash after a digit, "£3,500 -£4,500"), and the amount is a single one (not a
    range or an alternative, "-£4-5m"). A dash set apart by a space ("Gross budget - £272m") parts a label from its
    value: no sign.

    >>> t = "a variance of -£300,000; costs of –£1.2m; Gross budget - £272m; £3,500 -£4,500; (-£2m)"
    >>> [money_minus_sign(t, t.index(x), t.index(x) + len(x)) for x in ("£300,000", "£1.2m", "£272m", "£4,500", "£2m")]
    [True, True, False, False, True]
    >>> money_minus_sign("-£158m saved", 1, 6)
    False

    (r44values) A dash at a line's start is a bullet's, except before an amount that stands alone on its line: a
    table's cell the page gives one to a line ("Less Payments Made", then "-£158,562" and "-£0" under it). A bullet is
    followed by its words ("-£13 million in 2025/26").

    >>> t = "Less Payments Made\\n\\n-£158,562\\n\\n-£0\\n-£13 million in 2025/26\\n"
    >>> [money_minus_sign(t, t.index(x), t.index(x) + n) for x, n in (("£158", 8), ("£0", 2), ("£13 m", 11))]
    [True, True, False]
    """
    if start < 1 or text[start - 1] not in MONEY_MINUS or text[start:start + 1] not in "£€$":
        return False
    if len(_values_of("money", text[start:end], "figure")) != 1:
        return False
    if is_minus_sign(text, start - 1, end):
        return True
    return amount_alone_on_line(text, start - 1, end)


#: (r44values) spaces only (r44review: the whole of a line's opening, however long), up to a position
_LINE_START_LEFT = re.compile(r"[ \t\xa0]*")
#: (r44values) spaces only, from a position to its line's end (or the text's)
_LINE_END_RIGHT = re.compile(r"[ \t\xa0]*(?:\r?\n|$)")


def amount_alone_on_line(text: str, start: int, end: int) -> bool:
    """(r44values) Whether ``text[start:end]`` stands alone on its line, spaces aside: a table's cell laid out one to a
    line, as a page copied from a table gives it.

    >>> t = "Balance\\n  -£1,200 \\n- £5m saved"
    >>> amount_alone_on_line(t, 10, 17), amount_alone_on_line(t, 19, 23)
    (True, False)

    (r44review) However far the line is indented: a page laid out in columns puts a cell 20 spaces in or more.

    >>> t = "Balance\\n" + " " * 40 + "-£1,200\\n"
    >>> amount_alone_on_line(t, t.index("-"), len(t) - 1)
    True
    """
    line = text.rfind("\n", 0, start) + 1
    return _LINE_START_LEFT.fullmatch(text, line, start) is not None and _LINE_END_RIGHT.match(text, end) is not None


#: (r33figs) "from £A to £B", a sign on both ends: a sum that changes (two figures) whatever the verb ("projected to
#: overspend from £38.3m to £105.1m per year", Leeds r25blindK; "should be amended from £3.606m to £3.306m", Tameside
#: r26blindN; "the budget swelled from £30m to £50m", Wiltshire pool): the open gold marks two figures at all 5 of its
#: councils with the wording (North Yorkshire, Central Bedfordshire, Slough, Leeds, Tameside); the 10 wordings of all the
#: evidence are changes (a verb of change was found before at the other 8). Only after a verb: a past form or an
#: infinitive right before "from" (:data:`_VERB_FROM_LEFT`; "Grants from £500 to £2,000 are available" is a band); not
#: after "ranging", "varying" or "between" (a band of amounts; none in the evidence). (r33review) The infinitive's word
#: ends in no single "s": "to" before a plural noun is a preposition ("Grants to schools from £500 to £2,000 are
#: available" is the band above, with its recipients); the one infinitive of the evidence is Leeds' "to overspend" (and
#: Bedford's "to rise", read by its direction before)
_MONEY_FROM_TO = re.compile(r"[£€$]\s?\d[\d,.]*(?:\s?(?i:bn|mn|m|k|million|billion|thousand)\b)?\s?to\s?[£€$]\d")
_VERB_FROM_LEFT = re.compile(r"(?i)(?:\b[a-z]{2,}ed|\bto\s+(?![a-z]*[^s\W]s\b)[a-z]{3,})\s+from\s*$")
#: (r33review2) Read only where :data:`_VERB_FROM_LEFT` matched the same "from": "ranged"/"varied", "to range"/"to vary"
#: and "to anywhere" ("could come to anywhere from £5m to £7m" stays a band); "ranges" and "varies" were dropped, the
#: infinitive's word ending in no single "s"
_BAND_FROM_LEFT = re.compile(r"(?i)\b(?:rang(?:e|ed|ing)|var(?:y|ied|ying)|anywhere|between)\s+from\s*$")


#: (r38units) a verb of change anywhere earlier in the sentence of "from A to B" (counts: "to permanently expand Mill
#: Green Special School from 93 to 106", St Helens r33blindY; "increased by 47 between May and September this year,
#: from 872 to 919", Hertfordshire r36blindAE), past the 45 characters the direction words are read in
_CHANGE_VERB_EARLIER = re.compile(
    r"(?i)\b(?:increas(?:e|es|ed|ing)|expand(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
    r"r(?:ise|ises|isen|ose|ising)|f(?:all|alls|ell|allen|alling)|gr(?:ow|ows|ew|own|owing)|"
    r"d(?:rop|rops|ropped|ropping)|went\s+(?:up|down)|gone\s+(?:up|down)|chang(?:e|es|ed|ing))\b")
#: (r38review2) a band's verb with a word between it and "from" that :data:`_BAND_FROM_LEFT` does not allow: "class
#: sizes ranged widely from 26 to 30", "caseloads vary considerably from 12 to 20", "ranges from" (a band whatever verb
#: of change stood earlier in the sentence)
_BAND_ADVERB_FROM_LEFT = re.compile(r"(?i)\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))(?:\s+[a-z]+ly)?\s+from\s*$")


def sentence_start(text: str, pos: int) -> int:
    """(r39tools) Where the sentence of ``text`` holding position ``pos`` starts, by clean's splitter: the start of
    :func:`analysis.clean.sentence_of` (r40tidy; the one splitter of every stage, :func:`analysis.clean.split_sentences`:
    an abbreviation such as "No." or "Cllr." ends no sentence). A position between sentences belongs to the next one;
    a text with no sentence gives ``pos``; a position past the last sentence, its start.

    (r39review) clean memoises the whole split per text: a text with many positions asked of it (a long segment with
    many "from A to B" changes) is split once, not once per position.

    >>> t = "The increase was noted. Cllr. Smith said sizes range from 26 to 30."
    >>> t[sentence_start(t, t.index("26")):]
    'Cllr. Smith said sizes range from 26 to 30.'
    >>> sentence_start("", 0), sentence_start("  Noted.", 0), sentence_start("Noted. It rose.", 99)
    (0, 0, 7)
    """
    return sentence_of(text, pos, pos + 1)[0]


def change_before_from(text: str, start: int, rules: FigureRules) -> bool:
    """(r38units) Whether "from A to B" of counts starting at ``start`` (A's first character, "from" right before it)
    changes one count into another, by a verb of change anywhere earlier in its sentence (its start by clean's
    splitter, :func:`sentence_start`, and not before a blank line, r39tools; up to 200 characters back;
    :data:`_CHANGE_VERB_EARLIER` or a direction word of ``rules``): two figures, not a range. Not after "ranging",
    "varying", "between" or "anywhere" right before "from" (or a band's verb and an adverb: "ranged widely from",
    r38review2), nor the ages of "children from 2 to 4". The open gold marks
    "from A to B" as two figures at every one of its 23 occurrences (15 councils); BASE read 21 so, with a direction
    word within 45 characters.

    >>> from .rules import load_rules
    >>> r = load_rules()
    >>> t = "To approve the proposal to permanently expand Mill Green Special School from 93 to 106 for 2020-21."
    >>> change_before_from(t, t.index("93"), r)
    True
    >>> t = "The increase was noted. Class sizes range from 26 to 30."
    >>> change_before_from(t, t.index("26"), r)
    False
    >>> t = "The number of pupils increased this year and class sizes ranged widely from 26 to 30."
    >>> change_before_from(t, t.index("26"), r)
    False
    >>> t = "The grant will increase the places for children from 2 to 4."
    >>> change_before_from(t, t.index("2 to"), r)
    False
    """
    left = text[max(0, start - 200):start]
    if _AGES_FROM_LEFT.search(left) or _BAND_FROM_LEFT.search(left) or _BAND_ADVERB_FROM_LEFT.search(left):
        return False
    # (a paragraph's start: no sentence crosses a blank line, r40tidy: nor a line of only whitespace)
    left = text[max(sentence_start(text, start), paragraph_start(text, max(0, start - 200), start)):start]
    return bool(_CHANGE_VERB_EARLIER.search(left) or rules.direction_re.search(rules.not_direction_re.sub(" ", left)))


def expressions(text: str, rules: FigureRules) -> Iterator[tuple[int, int, str]]:
    """Every number expression of ``text`` as ``(start, end, group)``, left to right (one scan).

    A change from one value to another ("risen from £4500 to £6500") is two expressions, not a
    range, and a range must ascend ("6 to 8", not "16 to 1"): ``rules`` gives the direction words.

    >>> from .rules import load_rules
    >>> t = "Costs rose from £4500 to £6500 in 6-8 weeks."
    >>> [t[s:e] for s, e, _ in expressions(t, load_rules())]
    ['£4500', '£6500', '6-8 weeks']
    """
    pos = 0
    n = len(text)
    dir_re, not_dir = rules.direction_re, rules.not_direction_re
    # (speed) the candidates of CANDIDATE_RE: runs of digits and currency signs (``_DIGIT_RUN.search``
    # from pos: the run at cs..ce, cs -1 when there is none), number words (most texts have none) found
    # once beforehand. In ASCII text without "$" a run of digits is a run of "0" of the translated
    # bytes b (``b[i + 1]`` stands for ``text[i]``), found by bytes.find (memchr) instead of a regex
    # that tests every character against its set.
    b = _letters_digits(text)
    words = number_words(text, b)
    nw = len(words)
    wi = 0
    plain = text.isascii() and "$" not in text
    digit_run = (_DIGIT_RUN_ASCII if text.isascii() else _DIGIT_RUN).search
    if plain:
        cs, ce = _next_digit_run(b, 0)
    else:
        cm = digit_run(text)
        cs, ce = cm.span() if cm is not None else (-1, -1)
    while pos < n:
        # cheap candidate scan (a digit, a currency sign or a number word), then the master
        # expression only on a window around the candidate: most text has no numbers
        if 0 <= cs < pos:  # (a run found from an earlier pos that is still ahead is the same)
            if plain:
                cs, ce = _next_digit_run(b, pos)
            else:
                cm = digit_run(text, pos)
                cs, ce = cm.span() if cm is not None else (-1, -1)
        if nw:
            while wi < nw and words[wi][0] < pos:
                wi += 1  # (a word that starts before pos is no candidate: pos is inside it or after it)
            if wi < nw and (cs < 0 or words[wi][0] < cs):
                c, c_end = words[wi]
            elif cs < 0:
                break
            else:
                c, c_end = cs, ce
        elif cs < 0:
            break
        else:
            c, c_end = cs, ce
        end = min(n, c_end + 120)
        # an expression starts at the candidate, at the start of its word ("Post-16", "Q2") or at
        # the start of the word before ("January 2019", "between 20", "Quarter 2", "a dozen")
        # (speed) ws = _word_start(text, max(pos, c - 30), c), pw = _word_start(text, max(pos, ws - 30), ws):
        # both from one reversed window of 60 characters (see _word_starts)
        ws, pw = _word_starts(text, pos, c)
        m = None
        # (speed) text[start:c] is one word (no whitespace) only if the character before the candidate is not whitespace
        glued = c > 0 and not text[c - 1].isspace()
        for start in ((pw, ws) if pw < ws else (ws,)):  # (pw <= ws <= c: in order, each once)
            if start < c and (_LETTER_START.match(text, start) or (glued and text[start:c].split() == [text[start:c]])):
                # (speed: elsewhere the master expression cannot match, see _LETTER_START)
                m = master_match(text, start, end)
                if m is not None:
                    break
        if m is None:  # (master_match at the candidate)
            nxt = text[c_end:c_end + 1]  # (after the candidate's whole run of digits)
            # (a "." that no digit follows ends a sentence: every other alternative needs a digit after it)
            if text[c] in "123456789" and (not nxt or not (nxt.isspace() or nxt.isalnum() or nxt in "/.:-–—") or (
                    nxt.isspace() and _SPACE_THEN_OTHER_ALTERNATIVE.match(text, c_end) is None) or (
                    nxt == "." and not text[c_end + 1:c_end + 2].isdecimal())):
                m = _MASTER_NUM.match(text, c, end)
            else:
                m = _MASTER_AT.get(text[c], MASTER_RE).match(text, c, end)
        off = 0
        if m is None and c > 1 and text[c - 1] == "-" and text[c - 2] in _SIGN_BEFORE and text[c] in "0123456789":
            # a value after a "-" that is no hyphen inside a word: "a reduction of 6.1% (-27)", "16-25 -2,070 children"
            # (the patterns' look-behind refuses a digit after "-"; the value is read here, and (r26recall) its span and
            # value take the "-" when it is a minus sign: :func:`is_minus_sign`)
            m = _MASTER_NUM.match(text[c:end])
            off = c
        if m is None:
            pos = c_end
            continue
        if not off and m.end() >= end - 1 and end < n:
            m = master_match(text, m.start()) or m
        group = m.lastgroup or "num"
        s, e = m.span()
        if off:
            s, e = s + off, e + off
        surface = m.group()
        # (speed) both range patterns need "to", "-" or "–" in the surface
        ranged = "-" in surface or "to" in surface or "–" in surface
        # "risen from £4500 to £6500": a change from one value to another is two figures, not a range
        if ranged and group in ("money", "num") and _RANGE_MONEY_RE.search(surface):
            left = text[max(0, s - 60):s]
            to_range = _TO_RANGE_RE.search(surface) is not None
            from_left = _FROM_LEFT.search(left) is not None
            # (r10prec) after "from", the direction word may stand further back: "Proposal to Increase the Published
            # Admission Number (PAN) at Brimble Hill Primary Special School from 77 to 85", "increase the published
            # admission number of the school from 30 to 60 places"
            if (from_left or to_range) and (dir_re.search(not_dir.sub(" ", left[-45:])) or from_left and to_range and _CHANGE_VERB_OBJECT.search(
                    text[max(0, s - 110):s]) and not _AGES_FROM_LEFT.search(left)) or _FROM_SINCE_LEFT.search(left) and group == "num" and _YEAR_FIRST.fullmatch(surface) \
                    or from_left and group == "money" and _MONEY_FROM_TO.match(surface) and _VERB_FROM_LEFT.search(left) \
                    and not _BAND_FROM_LEFT.search(left) \
                    or from_left and to_range and group == "num" and change_before_from(text, s, rules):
                cut = _MONEY_CUT.search(surface)
                assert cut is not None
                e = s + cut.start()
                surface = text[s:e]
        # (r17values) "in 2014 to 2250 as of March 2019", "rose from 2014 to 2250": a first end shaped as a year and a
        # second that cannot be one (above 2100, or below the first) are no range: a year and a count, or two counts
        # (r17review) but a range of counts before their noun stays one ("between 2000 to 2500 children", "1900 to 2400
        # pupils"), unless a change "from" one to the other ("rose from 2014 to 2250 children": two counts)
        if ranged and group == "num" and surface[:2] in ("19", "20") and (yc := _YEAR_TO_COUNT.fullmatch(surface)) \
                and not int(yc.group(1)) <= int(yc.group(2).replace(",", "")) <= 2100 \
                and not (COUNT_NOUN_RIGHT.match(text[e:e + 30]) and not _FROM_LEFT.search(text, max(0, s - 8), s)):
            e = s + 4
            surface = text[s:e]
            ranged = False
        # (r18left) "Wave 2 to 60 schools", "Tier 2 to 40 places": a name's number, then the count it goes "to"
        if ranged and group == "num" and (nc := _NAME_NUMBER_TO_COUNT.fullmatch(surface)) \
                and int(nc.group(1)) <= 12 and int(nc.group(2).replace(",", "")) >= 14 \
                and _SINGULAR_NAME_LEFT.search(text, max(0, s - 12), s):
            e = s + nc.end(1)
            surface = text[s:e]
            ranged = False
        # "• Under 1 - 403 children": the DfE age band "under 1" before its count after a spaced dash, not a range
        if ranged and group == "num" and surface[:1] == "1" and _UNDER_ONE_DASH.match(surface) \
                and _UNDER_LEFT.search(text, max(0, s - 8), s):
            e = s + 1
            surface = text[s:e]
            ranged = False
        # (r18left) "from 2FE to 2.5FE": a school's forms of entry glued to a decimal, one span as "2FE" is
        if group == "num" and text[e:e + 2] in ("FE", "fe") and not text[e + 2:e + 3].isalnum() \
                and _DECIMAL_FE.fullmatch(surface):
            e += 2
            group = "glued"
        # "6 to 8" must ascend to be a range; "16 to 1" is not
        if ranged and group == "num" and _RANGE_NUM_RE.search(surface):
            vals = _number_values(_NUM_TAIL.split(surface)[0])
            if len(vals) == 2 and not vals[0] < vals[1]:
                cut = _NUM_CUT.search(surface)
                assert cut is not None
                e = s + cut.start()
        if off and s == off and is_minus_sign(text, s - 1, e):
            s -= 1  # (r26recall) "-2.7%": the value with its minus sign (values_of reads the sign)
        elif group == "money" and s >= 1 and text[s - 1] in MONEY_MINUS and money_minus_sign(text, s, e):
            s -= 1  # (r43values) "-£300,000", "–£1.2m": the amount with its minus sign (values_of reads the sign)
        yield s, e, group
        pos = e if e > pos else pos + 1


_RATIO_GAP = re.compile(r"\s+(?:in|out\s+of)\s+|-(?:in|out-of)-", re.IGNORECASE)
_FRACTION_GAP = re.compile(r"[-\s]")


def ratio_terms(surface: str) -> tuple[float, float]:
    """The two numbers of a ratio: "7 out of 10" -> (7.0, 10.0), "one in 40" -> (1.0, 40.0)."""
    a, b = _RATIO_GAP.split(surface, maxsplit=1)
    num = _number_values(a) or [_word_value(a)]
    den = _number_values(b) or [_word_value(b)]
    return num[0], den[0]


#: "one in N" with N at least this is odds ("one in 40 children"), kept as the rate N, not a percent
ODDS_MIN = 20


def is_odds(num: float, den: float) -> bool:
    """Whether a ratio is odds ("1 in 40": value 40, unit ``rate``) rather than a share ("1 in 5": 20%).

    >>> is_odds(1, 40), is_odds(1, 5), is_odds(7, 100)
    (True, False, False)
    """
    return num == 1 and den >= ODDS_MIN


def values_of(group: str, surface: str, kind: str) -> list[float]:
    """The values of an expression of ``group`` (scales applied; ratios and fractions as percent).

    >>> values_of("money", "£4-5m", "figure"), values_of("ratio", "1 in 5", "figure")
    ([4000000.0, 5000000.0], [20.0])
    """
    return list(_values_of(group, surface, kind))  # (a new list each call: a caller may keep or change it)


@lru_cache(maxsize=4096)
def _values_of(group: str, surface: str, kind: str) -> tuple[float, ...]:
    """:func:`values_of`, memoised (speed: a pure function of its three strings, and the same surfaces recur in a
    text and across texts: "£1m", "2023/24", "10%"; about half of the calls of a bench pass repeat one)."""
    if group == "money" and surface[:1] in MONEY_MINUS and surface[1:2] in ("£", "€", "$"):
        return tuple(0.0 - v for v in _values_of(group, surface[1:], kind))  # (r43values) "-£300,000": -300000; (r44values) "-£0": 0, never -0
    vals = _number_values(surface if group != "between" else surface[7:])
    # (a no-break space parts them too: "2\xa01/2 years", "3\xa0½ months")
    if group == "num" and len(vals) == 3 and (" " in surface[:3] or "\xa0" in surface[:3]) and "/" in surface:
        mixed = _MIXED_RE.match(surface)
        if mixed is not None:  # "2 1/2 years": 2.5, not 2, 1 and 2
            whole, part = mixed.group(1), mixed.group(2)
            vals = [float(whole) + int(part[0]) / int(part[2])]
    elif group == "num" and len(vals) == 1 and (" " in surface[:3] or "\xa0" in surface[:3]) \
            and surface[2:4].strip(" \xa0")[:1] in _VULGAR:
        mixed = _MIXED_RE.match(surface)
        if mixed is not None:  # "3 ½ months"
            vals = [float(mixed.group(1)) + _VULGAR[mixed.group(2)]]
    if group == "glued" and surface[-1:] == "p" and kind == "figure":
        vals = [v / 100 for v in vals]  # (r13prec) pence: "17p" is £0.17
    if group == "fraction":
        part = _FRACTION_GAP.split(surface.lower())
        if len(part) == 1:  # "half of the FTEs"
            part = ["a"] + part
        num_ = {"a": 1, "one": 1, "two": 2, "three": 3}[part[0]]
        den_ = {"half": 2, "halve": 2, "third": 3, "quarter": 4, "fifth": 5}[part[1].rstrip("s")]
        vals = [100.0 * num_ / den_]
    if group == "ratio":
        num, den = ratio_terms(surface)
        if is_odds(num, den):
            vals = [den]
        else:
            vals = [100.0 * num / den] if den else []
    if group == "money":
        if " " in surface or "\xa0" in surface:
            spaced = _SPACED_AMOUNT_RE.search(surface)
            if spaced is not None:  # "£812 663", "£300, 000": one amount
                vals = [float(_THOUSANDS_GAP.sub("", spaced.group()))]
        vals = _apply_shared_scale(vals, surface)
    if kind == "figure" and group == "word" and not vals:
        vals = [_word_value(surface)]
    return tuple(vals) if 0.0 not in vals else no_negative_zero(vals)


def no_negative_zero(vals: list[float]) -> tuple[float, ...]:
    """(r45robust) The values with a negative zero made 0.0: "-0%", "-0.0" and "£(0)m" state no sign, and a table cell
    "-0.0" would read as a fall (``0.0 == -0.0``, so the caller's ``0.0 in vals`` finds both).

    >>> no_negative_zero([-0.0, -2.5, 0.0])
    (0.0, -2.5, 0.0)
    """
    return tuple(0.0 if v == 0.0 else v for v in vals)
