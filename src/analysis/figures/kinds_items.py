"""List numbers, points and paragraphs in sequence, item titles and codes (part of :mod:`.kinds`).

A numbered point or paragraph with its neighbours (``_point_in_sequence``, ``_paragraph_in_sequence``,
``_standalone``), an agenda item's neighbour (``_item_neighbour``) and title (:func:`item_title_after`, headings in
capitals), a section's number before its paragraph (:func:`section_before_paragraph`), an opening label, a code read
as an acronym's (:func:`measure_acronym_count`, ``_acronym_code``), a month after a day; the left contexts of a
line start and a point.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from .grammar import COUNT_NOUN_RIGHT, GLUED_COUNT_NOUNS, MONTHS

#: (r20prec) the days may be listed with commas before their month: "on 12, 13 and 14 November", "2, 9, 16 and 23 March"
_MONTH_RIGHT = re.compile(
    rf"^\s*(?:st|nd|rd|th)?(?:\s*(?:,\s*(?:and|&)?|and|or|-|–|to|&)\s*\d{{1,2}}(?:st|nd|rd|th)?){{0,6}}\s*{MONTHS}"
)


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


#: (r20prec) a report's section number run into the text before its heading in capitals and the heading's first
#: sentence or line: "Equalities Analysis 1. SUMMARY Further to", "Risk Register 2. PURPOSE OF REPORT The report",
#: "DETAILS 1.\nINTRODUCTION\n"; the word before is capitalised (a title's last word), never a lower-case one or a
#: sign ("the total was 45. SUMMARY" keeps its value)
_CAPS_HEADING_RIGHT = re.compile(
    r"^\.[ \t\xa0]*\n?[ \t\xa0]*[A-Z]{4,}(?:[ \t\xa0]+(?:[A-Z]{2,}|&))*[ \t\xa0]*(?:\n|[ \t\xa0][A-Z][a-z])")


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


#: (r25prec) a label opening a sentence or a line: one capitalised word (after the sentence's or line's start), its
#: number, then a colon or a spaced dash and a capitalised word ("Change 1: To stop", "RECOMMENDATION 5: To continue")
_OPENING_LABEL_LEFT = re.compile(r"(?:^|[\n.:;!?])[ \t\xa0]*([A-Z][A-Za-z'’]*)[ \t\xa0]+$")
_OPENING_LABEL_RIGHT = re.compile(r"^[ \t\xa0]*(?::|[ \t\xa0][-–—])[ \t\xa0]+[A-Z]")


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


#: an agenda item's number before its heading in capitals, where a printed agenda's text layer glues or slashes it
#: or runs it on after other text: "1.MINUTES", "3.PUBLIC QUESTIONS", "2 / PUBLIC PETITIONS", "...councilm170914
#: 5. RECEIPT OF PETITIONS" (a heading of three capitals or more; "a total of 12. CHILDREN" keeps its count: the
#: character before the number must not be a lower-case letter, a comma or a colon)
_CAPS_HEADING_RIGHT = re.compile(r"^(?:\.[ \t\xa0]*|[ \t\xa0]*/[ \t\xa0]*)[A-Z][A-Z'’]{2,}(?![a-z])")
