"""The measure a page's layout names for figures that stand on lines of their own.

Freedom-of-information answers, lists of yearly values and flattened tables put a value on a line with nothing but its
period ("2018/19: 339,672", "2024- 41.2% (769)", "2013 - 480") or nothing at all ("£9.98 |"); what the value measures
is said by the line above the run of such lines: a question ("4. What is your annual spend on Independent Fostering
Agencies?"), a label ("Number of EHC plans not issued within 20 weeks", "Total Funding:"), a heading or a row label.
:func:`value_line` tells such a line (and its period); :func:`measure_of_line` turns the line above into the measure
phrase its values take (the stage carries it down the run: :func:`analysis.figures.stage.figures_from_segments`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .kinds import NOT_LABEL_WORDS, PARA_NUMBER, item_title_after
from .phrase import is_poor

__all__ = ["COUNT_ITEM_MAX", "MEASURE_LINE_MAX", "VALUE_LINE_MAX", "WHOLE_LABELS", "count_item", "label_of_value", "measure_of_line",
           "TABLE_LINE_MAX", "header_columns", "LabelSeries", "label_numbering", "line_table_cells", "numbers_a_label",
           "numbers_an_item", "period_groups", "unmarked_cells",
           "numbers_a_paragraph", "paragraph_numbering", "row_label", "row_values", "table_cells", "value_line",
           "whole_of_which"]

#: a period that labels a value on its own line: "2018/19", "2018-2019", "2021-22", "2024", "Q2 2023/24", "March 2023"
_PERIOD = (r"(?:(?:as\s+)?at\s+|end\s+(?:of\s+)?)?(?:(?:Q[1-4]|Quarter\s+[1-4]|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|"
           r"Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*)\s+)?(?:19|20)\d\d(?:\s*[/-]\s*(?:19|20)?\d\d)?(?:\s+Q[1-4])?"
           r"|\d{1,2}/\d{1,2}/(?:19|20)?\d\d")
#: a value (or a value and its count in brackets), with its unit's residue ("£239.5mill", "85,043", "41.2% (769)")
_VALUE = r"[£€$]?\d[\d,]*(?:\.\d+)?\s*(?:%|k|mn|m|bn|mill(?:ion)?|per\s?cent|pc)?"
#: a line that is a period and its values only (a list item's mark before it, a cell's "|" or "?" after it)
_PERIOD_LINE = re.compile(
    rf"[\s•·*▪‣◦-]*({_PERIOD})(?:\s*[:=–—-]\s*|\s+)(?:{_VALUE})(?:\s*\(\s*{_VALUE}\s*\)|\s*[|/]\s*{_VALUE})?[\s|?.;]*",
    re.I)
#: a line that is a value and its period after it: "450 (March 2024)", "£2.1m (2023/24)", "472 as at 31 March 2024"
_VALUE_PERIOD_LINE = re.compile(
    rf"[\s•·*▪‣◦-]*(?:{_VALUE})\s*(?:\(\s*({_PERIOD})\s*\)|[,–—-]?\s*(?:as\s+at|at|in|for|to)\s+({_PERIOD}))[\s|?.;]*", re.I)
#: a line that is values only: a flattened table's cell ("£9.98 |", "98%?")
_VALUE_ONLY = re.compile(rf"[\s•·*▪‣◦-]*(?:{_VALUE})(?:\s*\(\s*{_VALUE}\s*\))?[\s|?.;]*", re.I)
#: a header cell: a period alone ("2018/19?", "Year")
_PERIOD_ONLY = re.compile(rf"[\s|]*(?:{_PERIOD}|year)[\s|?:]*", re.I)
_DIGIT = re.compile(r"\d")
#: the longest line whose values a value line takes
VALUE_LINE_MAX = 60


def value_line(text: str) -> tuple[bool, str]:
    """Whether ``text`` (one segment) is a line of values alone, and the period that labels them ("" when none): a
    period's line or a cell takes its measure from the line above the run; a header cell of periods keeps the run going
    (its period is "" and it holds no figure).

    >>> [value_line(t) for t in ("• 2018/19: 339,672", "2024- 41.2% (769)", "2013 - 480", "£9.98 |", "2023/24- £239.5mill")]
    [(True, '2018/19'), (True, '2024'), (True, '2013'), (True, ''), (True, '2023/24')]
    >>> [value_line(t) for t in ("As at 31 March 2023: 450", "31/03/2025 - 480", "2023/24 Q1: £0.6m")]
    [(True, 'As at 31 March 2023'), (True, '31/03/2025'), (True, '2023/24 Q1')]
    >>> [value_line(t) for t in ("450 (March 2024)", "• £2.1m (2023/24)", "472 as at 31 March 2024")]
    [(True, 'March 2024'), (True, '2023/24'), (True, '31 March 2024')]
    >>> [value_line(t)[0] for t in ("2021-22: 18 pupils", "In 2023 there were 480", "Household - 10", "2018/19?")]
    [False, False, False, True]
    """
    if len(text) > VALUE_LINE_MAX:
        return False, ""
    if _DIGIT.search(text) is None:  # (speed: no value, no period: a header cell "Year" at most)
        return text.strip(" |?:").lower() == "year", ""
    m = _PERIOD_LINE.fullmatch(text)
    if m:
        return True, m.group(1)
    m = _VALUE_PERIOD_LINE.fullmatch(text)
    if m:
        return True, m.group(1) or m.group(2)
    return bool(_VALUE_ONLY.fullmatch(text) or len(text) <= 24 and _PERIOD_ONLY.fullmatch(text)), ""


#: a number, letter or bullet that opens a question or item: "4.", "3a.", "(b)", "Q2 -", "•"
_ITEM_MARK = re.compile(r"[\s•·*▪‣◦-]*(?:\(?Q(?:uestion)?\s*\d{1,2}[a-z]?[.):]?|\(?\d{1,2}[a-z]?[.):]|\(?[a-h][.)]|\([ivx]+\))?"
                        r"\s*(?:[-–—]\s*)?")
#: an opening that asks for the measure rather than names it
_ASKING = re.compile(r"(?i)(?:please\s+(?:can\s+you\s+)?(?:tell\s+(?:me|us)|confirm|state|provide|give|advise)\s+(?:of\s+)?"
                     r"|(?:can|could)\s+you\s+(?:please\s+)?(?:tell\s+(?:me|us)|confirm|state|provide|give)\s+)")
#: "What is your annual spend on X", "What was the total cost of X", "What are the numbers of X"
_WHAT_IS = re.compile(r"(?i)what\s+(?:is|was|are|were|has\s+been)\s+(?:your|the)\s+(?:(?:council|authority|local\s+authority)['’]s\s+)?")
#: "How many pupils were permanently excluded": the counted noun phrase, its auxiliary dropped
_HOW_MANY = re.compile(r"(?i)how\s+many\s+(.+?)\s+(?:were|are|was|is|have\s+been|has\s+been|had\s+been|did|do|does|have|has)\s+(.+)")
#: "How much did the council spend on X" -> "spending on X"
_HOW_MUCH_SPEND = re.compile(r"(?i)how\s+much\s+(?:money\s+)?(?:did|does|do|has|have)\s+(?:the\s+council|the\s+authority|your\s+"
                             r"(?:council|authority|organisation|organization)|you)\s+(?:spen[dt]|pa(?:y|id))\s+on\s+(.+)")
#: what a question adds after its measure: "in these years", "in each of the last five years", "for each year"
_ASKED_TAIL = re.compile(r"(?i)\s*,?\s*(?:(?:in|for|over|during)\s+(?:each\s+of\s+)?(?:these|those|the\s+(?:last|past|following)|"
                         r"each|every|the)\s+(?:\w+\s+)?(?:(?:financial|academic|calendar)\s+)?(?:years?|periods?)|"
                         r"at\s+(?:each|the\s+end\s+of\s+(?:each|the))\s+(?:(?:financial|academic)\s+)?(?:year|quarter|month)(?:\s+end)?|"
                         r"(?:broken\s+down|split)\s+by\s+.*|by\s+(?:financial\s+|academic\s+)?(?:year|month|quarter|term)s?|"
                         r"please\s+.*)$")
#: "The number of", "Total number of", "Number of": a count's measure is what follows
_NUMBER_OF = re.compile(r"(?i)(?:the\s+)?(?:total\s+)?number\s+of\s+")
#: a label naming the measure in brackets after a place or title: "Blackpool (Number of children looked after by the
#: local authority)"
_BRACKETED_MEASURE = re.compile(r"(?i)\((?:the\s+)?(?:total\s+)?(?:number|numbers|percentage|proportion|rate)\s+of\s+([^()]{3,120})\)")
#: a resolution's verb opening a list of values: "To set the following hourly rates for providers:", "That the Forum
#: approve the following allocations:"
_RESOLVED_OPENING = re.compile(r"(?i)(?:that\s+)?(?:the\s+(?:committee|cabinet|forum|panel|board)\s+)?(?:to\s+)?(?:set|agree|approve|"
                               r"note|confirm|endorse|recommend)s?\s+(?:the\s+following\s+|the\s+)?")
#: a list's opening that ends with its copula: "The number of children in care was:", "Numbers were as follows:"
_COPULA_END = re.compile(r"(?i)\s+(?:(?:was|were|is|are|has\s+been|have\s+been|stood\s+at|stands\s+at)(?:\s+as\s+follows)?|as\s+follows)$")
#: a list's opening that reports what was said: "Members were told:", "The key points included:", "It was noted that:"
_REPORTED_END = re.compile(r"(?i)\b(?:told|noted|reported|heard|asked|advised|informed|explained|highlighted|included?|"
                           r"includes|following|that|points|issues|headlines|figures|data|statistics|numbers)$")
#: the longest line that names the measure of the values below it
MEASURE_LINE_MAX = 250


def measure_of_line(text: str, heading: bool = False) -> str:
    """The measure that the line ``text`` names for the lines of values below it, or "" when it names none: a
    question (its first sentence asking "What is your ...", "How many ..."), a line that opens a list (ends with ":"),
    a label counting something ("Number of ..."), a bracketed measure after a place, or a short heading
    (``heading``: the clean stage's segment kind).

    >>> measure_of_line("4. What is your annual spend on Independent Fostering Agencies?")
    'annual spend on Independent Fostering Agencies'
    >>> measure_of_line("1. How many pupils were permanently excluded in your schools in these years?")
    'pupils permanently excluded in your schools'
    >>> measure_of_line("Number of ECHP plans not returned in the allotted 20 weeks")
    'ECHP plans not returned in the allotted 20 weeks'
    >>> measure_of_line("Blackpool (Number of children looked after by the local authority)")
    'children looked after by the local authority'
    >>> measure_of_line("To set the following hourly rates for providers:")
    'hourly rates for providers'
    >>> measure_of_line("The number of children in care was:"), measure_of_line("Members were told:")
    ('children in care', '')
    >>> measure_of_line("4. Total spend on agency staff"), measure_of_line("4. The minutes were agreed.")
    ('Total spend on agency staff', '')
    >>> measure_of_line("Total Funding:"), measure_of_line("The numbers:"), measure_of_line("Members asked about the plan.")
    ('Total Funding', '', '')
    """
    if len(text) > MEASURE_LINE_MAX:
        return ""
    q = text.find("?")
    first = text.lstrip()[:1]
    if q < 0 and not heading and text.rstrip()[-1:] != ":" and "umber" not in text and not first.isdigit() \
            and first not in "(Q" and not ("(" in text and " of " in text):
        return ""  # (speed: no question, no list's opening, no count's label, no item mark, no bracketed measure)
    if q >= 0:
        line = text[:q]
        line = line[_ITEM_MARK.match(line).end():]
        line = line[_ASKING.match(line).end():] if _ASKING.match(line) else line
        m = _WHAT_IS.match(line)
        if m:
            line = line[m.end():]
        else:
            m = _HOW_MUCH_SPEND.match(line)
            if m:
                line = "spending on " + m.group(1)
            else:
                m = _HOW_MANY.match(line)
                if m:
                    line = f"{m.group(1)} {m.group(2)}"
                elif not _NUMBER_OF.match(line):
                    return ""  # (a question that does not ask for a measure: "Is your organisation recruiting?")
        line = _ASKED_TAIL.sub("", line)
    else:
        m = _BRACKETED_MEASURE.search(text)
        if m:
            line = m.group(1)
        else:
            mark = _ITEM_MARK.match(text).end()
            line = text[mark:].strip()
            opens_list = line.endswith(":")
            # (a numbered item of a request that names what it asks for: "4. Total spend on agency staff")
            item = mark > 0 and any(c.isdigit() for c in text[:mark]) and len(line) <= 100 and line[-1:] not in ".!" \
                and not any(c.isdigit() for c in line)
            if not (opens_list or item or heading and not any(c.isdigit() for c in line) or _NUMBER_OF.match(line)) \
                    or len(line) > 150:
                return ""  # (a heading with a number of its own, "Councillors: 78", names its own value)
            line = line.rstrip(":").strip()
            if opens_list and _RESOLVED_OPENING.match(line):
                line = line[_RESOLVED_OPENING.match(line).end():]
    m = _NUMBER_OF.match(line)
    if m:
        line = line[m.end():]
    line = " ".join(line.replace(":", " ").split()).strip(" ,;.-–|")
    if q < 0:
        if _REPORTED_END.search(line):
            return ""  # "Members were told:", "Key points included:": a list of what was said, not of one measure's values
        line = _ASKED_TAIL.sub("", _COPULA_END.sub("", line))
        if line[:4].lower() == "the ":
            line = line[4:]
    if not line or is_poor(line) or not any(c.isalpha() for c in line):
        return ""
    return line


#: the longest row label of a flattened table
_LABEL_MAX = 80


def row_label(text: str) -> str:
    """``text`` as a flattened table's row label (a short line of words that is no sentence, no question and opens no
    list; its cell marks removed), or "".

    >>> row_label("Under 2-year-olds |"), row_label("3 and 4-year-olds (universal and working parents) |")
    ('Under 2-year-olds', '3 and 4-year-olds (universal and working parents)')
    >>> row_label("The report was noted."), row_label("Is your organisation recruiting?"), row_label("Totals:")
    ('', '', '')
    """
    if len(text) > _LABEL_MAX:
        return ""
    label = " ".join(text.replace("|", " ").split())
    if not label or label[-1] in ".?:!;" or not any(c.isalpha() for c in label):
        return ""
    return label


#: a line that is a short label and one value: "Household - 10", "Local authority foster carers – 221", "Residential: 45"
_LABEL_VALUE = re.compile(rf"[\s•·*▪‣◦-]*([A-Za-z][^:\d–—|?]{{1,50}}?)\s*(?:[:–—]|\s-)\s*(?:{_VALUE})(?:\s*\(\s*{_VALUE}\s*\))?[\s.;|]*")


#: labels that give the measure's own value, not a part of it: "Answer: 49", "Response - £812", "Total: £2.1m"
WHOLE_LABELS = frozenset(("answer", "response", "total", "overall", "figure", "number", "count", "all", "total number",
                          "grand total", "amount", "total amount", "total spend", "total cost"))


def label_of_value(text: str) -> str:
    """The label of a line that is a short label (at most six words) and one value, or "".

    >>> label_of_value("Household - 10"), label_of_value("• Local authority foster carers – 221"), label_of_value("Residential: 45")
    ('Household', 'Local authority foster carers', 'Residential')
    >>> label_of_value("The deficit rose by £2m in the year to March - 45"), label_of_value("2021-22: 18")
    ('', '')
    """
    if len(text) > _LABEL_MAX or _DIGIT.search(text) is None or not (":" in text or "-" in text or "–" in text or "—" in text):
        return ""
    m = _LABEL_VALUE.fullmatch(text)
    if not m or len(m.group(1).split()) > 6:
        return ""
    return m.group(1).strip()


#: (r37phrase2) a list line that is a name and one amount ("Beavers Community Primary School £1,387,000", "• The Willink
#: £12,728"): a name's words (capitalised, with "&", "for", "of", "and", "de", "the" between) and a pound amount ending the line
_NAME_AMOUNT = re.compile(
    r"[\s•·*▪‣◦-]*((?:The\s+)?(?:St\.?\s+)?[A-Z][A-Za-z'’.]*(?:\s+(?:[A-Z][A-Za-z'’.]*|&|for|of|and|de|the)){0,6})"
    r"\s+\(?(£\d[\d,]*(?:\.\d+)?\s*(?:k|m|bn|million)?)\)?[\s.;]*")
#: words a name of such a line never ends with (a label of a part, a total, or a period: "Total £2.1m", "April £3k")
_NOT_NAME_END = frozenset(("total", "totals", "of", "and", "for", "the", "de", "&", "subtotal", "balance", "cost", "budget",
                           "january", "february", "march", "april", "may", "june", "july", "august", "september",
                           "october", "november", "december"))


def name_of_amount(text: str) -> str:
    """(r37phrase2) The name of a list line that is a name (of a school, a setting, a project) and one pound amount,
    or "": the amount is a value of what the list's opening names, for that name (:func:`opening_measure`).

    >>> name_of_amount("Beavers Community Primary School £1,387,000"), name_of_amount("• The Willink £12,728")
    ('Beavers Community Primary School', 'The Willink')
    >>> name_of_amount("Isleworth & Syon School for Boys £2,599,000"), name_of_amount("St Mark's Catholic Primary School £2,146,000")
    ('Isleworth & Syon School for Boys', "St Mark's Catholic Primary School")
    >>> name_of_amount("Total £2.1m"), name_of_amount("The deficit rose to £2m"), name_of_amount("Household - 10")
    ('', '', '')
    """
    if len(text) > _NAME_LINE_MAX:
        return ""
    m = _NAME_AMOUNT.fullmatch(text)
    if not m:
        return ""
    name = m.group(1).strip()
    words = name.split()
    if words[-1].lower() in _NOT_NAME_END or all(w.lower() in _NOT_NAME_END for w in words):
        return ""
    return name


#: what the names of such a list are, not what their amounts measure ("the following schools were given:")
_NAMED_KINDS = frozenset(("schools", "academies", "settings", "providers", "projects", "organisations", "groups",
                          "nurseries", "following", "names", "people", "members", "they", "it", "these", "those"))
#: the longest line :func:`name_of_amount` reads
_NAME_LINE_MAX = 80
#: a list's opening whose last clause's subject is what its lines' amounts are ("noting that balances over £1m were
#: held by 15 schools in the borough, including:"; "and the relevant payments had been approved by the Head of
#: Education as follows:"): the subject after a clause's start, before a passive verb
_OPENING_PASSIVE = re.compile(
    r"(?:^|[,;.]\s+|\b(?:that|and|where|which)\s+)(?:[Tt]he\s+|[Tt]hese\s+|[Tt]hose\s+|[Tt]heir\s+)?"
    r"((?:(?!\b(?:that|and|where|which|who)\b)[a-z'’ -]){3,60}?)(?:\s+(?:of|over|above|below|under|totalling|exceeding)\s+£[\d.,]+\s*(?:k|m|bn|million)?)?"
    r"\s+(?:were|was|are|is|had\s+been|have\s+been|has\s+been|will\s+be|would\s+be)\s+(?:\w+ly\s+)?(?:[a-z]+(?:ed|en)|held|paid|made|set|spent|given)\b"
    r"[^;:]*:\s*$")


def opening_measure(text: str) -> str:
    """(r37phrase2) What a list's opening names for the name-and-amount lines under it (:func:`name_of_amount`): the
    subject of its last clause when that clause is passive and runs to the colon ("balances ... were held by", "the
    payments had been approved"), or "" (a list of names that says nothing of their amounts keeps the names).

    >>> opening_measure("The report noted that balances over £1m were held by 15 schools in the borough, including:")
    'balances'
    >>> opening_measure("In 2015/16 six schools met the criteria and the relevant payments had been approved as follows:")
    'relevant payments'
    >>> opening_measure("The grants were awarded to the following projects:")
    'grants'
    >>> opening_measure("Members were told:"), opening_measure("The schools are:"), opening_measure("The following schools were given:")
    ('', '', '')
    """
    if len(text) > 400 or not text.rstrip().endswith(":"):
        return ""
    found = ""
    for m in _OPENING_PASSIVE.finditer(text.rstrip()):
        found = m.group(1).strip()
    if not found or is_poor(found) or len(found.split()) > 5 or found.split()[-1] in _NAMED_KINDS:
        return ""
    return found


#: a list's opening that breaks a whole down: "There were 450 children in care, of which:", "Of the 450 children in care:"
_OF_WHICH = re.compile(r"(?i)(?:there\s+(?:were|are|was|is)\s+|of\s+the\s+)?(?:(?:a\s+total\s+of|some|around|about)\s+)?"
                       r"(?:[\d,]+\s+)?(.{3,80}?)(?:(?:,\s*|\s+)of\s+(?:which|whom)(?:\s+there\s+(?:were|are))?\s*:|\s*:)")


def whole_of_which(text: str) -> str:
    """The whole a list's opening breaks down into the values below it ("There were 450 children in care, of which:" ->
    "children in care"), or "".

    >>> whole_of_which("There were 450 children in care, of which:"), whole_of_which("Of the 312 EHC plans issued:")
    ('children in care', 'EHC plans issued')
    >>> whole_of_which("Members were told:")
    ''
    """
    if len(text) > 120 or not text.rstrip().endswith(":"):
        return ""
    low = text.lower()
    if "which" not in low and "whom" not in low and not low.lstrip().startswith("of the "):
        return ""
    m = _OF_WHICH.fullmatch(text.strip())
    if not m or is_poor(m.group(1)):
        return ""
    return m.group(1).strip()


#: a list's item that is a count and the things it counts, nothing else: "4 Nursery Schools", "111 primary schools",
#: "1 All through School", "0 PRU's / AP settings" (group 1: the things; at most six words, no other number)
_COUNT_ITEM = re.compile(
    r"\d[\d,]{0,6}[ \t\xa0]+([A-Za-z][\w'’]*(?:(?:[ \t\xa0]*/[ \t\xa0]*|[ \t\xa0]+)[A-Za-z][\w'’]*){0,5})[ \t\xa0]*[;.,]?")
#: words that make such an item an agenda's or report's numbered heading ("2 Apologies", "4 Financial Implications"),
#: or a sentence ("112 children are missing education"), not a count
_NOT_COUNTED = frozenset("apologies minutes declarations declaration interests implications recommendations considerations "
                         "appendices appendix matters items options questions actions papers reports documents "
                         "procedures arrangements issues objectives priorities resolutions decisions background summary "
                         "introduction purpose is are was were has have had will be been being".split())
#: the longest such item
COUNT_ITEM_MAX = 50


def count_item(text: str) -> str:
    """The things a list's item counts when the item is a count and those things alone (at most six words, none a verb
    or a heading's word), or "". The stage asks only of a bullet under a list's opening ("North Northamptonshire
    included:" then "4 Nursery Schools", "1 All through School"), where a number opening a line of title-case words is a
    count, not the number of an agenda item.

    >>> count_item("4 Nursery Schools"), count_item("1 All through School"), count_item("0 PRU's / AP settings")
    ('Nursery Schools', 'All through School', "PRU's / AP settings")
    >>> count_item("4 Financial Implications"), count_item("112 children are missing education"), count_item("2021 onwards")
    ('', '', '')
    """
    if len(text) > COUNT_ITEM_MAX:
        return ""
    m = _COUNT_ITEM.fullmatch(text.strip())
    if not m or text.lstrip()[:2] in ("19", "20") and len(text.lstrip().split()[0]) == 4:
        return ""  # (a year: "2021 onwards")
    words = m.group(1)
    if any(w.lower().strip("'’") in _NOT_COUNTED for w in words.replace("/", " ").split()):
        return ""
    return " ".join(words.split())


#: what parts a raw line of a table into cells: a bar, tabs, or a run of two or more spaces
_CELL_GAP = re.compile(r"[ \t\xa0]*\|[ \t\xa0]*|[ \xa0]*\t[ \t\xa0]*|[ \xa0]{2,}")
#: a cell that is one value: "45", "£14.3m", "12.5%", "1,529" (no count in brackets: one number a cell)
_ONE_VALUE = re.compile(r"[£€$]?\d[\d,]*(?:\.\d+)?(?:%|k|mn|m|bn)?")
#: a separator row of a table rendered with bars: "|---|---|", "| :-- | --: |"
_RULE_CELL = re.compile(r":?-+:?")
#: the marks of a list's items before a table's row
_BULLET_MARKS = frozenset("•·▪*‣◦–-o")
#: a cell that holds no value: a dash, "n/a", a suppression mark ("*", "x", "c", "..", "Suppressed")
_NO_VALUE_CELLS = frozenset(("", "-", "–", "—", "n/a", "na", "*", "x", "c", "..", "suppressed", "nil"))
#: the longest raw line read as a table's header or row, and the longest cell of a header
TABLE_LINE_MAX = 160
_HEADER_CELL_MAX = 45


def table_cells(line: str) -> list[str]:
    """The cells of a raw line of a table (bars, tabs or runs of two or more spaces between them; the outer bars
    dropped), or [] when it has fewer than two.

    >>> table_cells("School  Current Admission Limit  Proposed Admission Limit")
    ['School', 'Current Admission Limit', 'Proposed Admission Limit']
    >>> table_cells("| Children in care | 412 | 436 |"), table_cells("The report was noted.")
    (['Children in care', '412', '436'], [])
    >>> table_cells("                 Current    Proposed"), table_cells("•  Secure homes   2   3")
    (['', 'Current', 'Proposed'], ['Secure homes', '2', '3'])
    """
    indented = line[:2] in ("  ", "\t", " \t", "\xa0\xa0")
    s = line.strip(" \t\xa0")
    if s[:1] in _BULLET_MARKS and s[1:2] in (" ", "\t", "\xa0"):
        s, indented = s[1:].strip(" \t\xa0"), False  # (a bulleted row: "•  Residential care   41   38")
    if s[:1] == "|":
        s = s[1:]
    if s[-1:] == "|":
        s = s[:-1]
    cells = _CELL_GAP.split(s.strip(" \t\xa0"))
    if len(cells) < 2:
        return []
    if indented:
        cells.insert(0, "")  # (a header indented past the rows' labels: its stub is empty)
    return cells


def header_columns(cells: list[str]) -> tuple[list[str], bool] | None:
    """The column names of a table's header row of ``cells`` and whether its first cell heads the rows' labels (a
    stub), or None when the row is no header: every column a period ("2021-22", "2022/23") or a name of a few words
    without a number ("Current Admission Limit"); a stub of words, or none when every cell is a period.

    >>> header_columns(['School', 'Current Admission Limit', 'Proposed Admission Limit'])
    (['Current Admission Limit', 'Proposed Admission Limit'], True)
    >>> header_columns(['2021-22', '2022-23']), header_columns(['Placement type', '2022/23', '2023/24'])
    ((['2021-22', '2022-23'], False), (['2022/23', '2023/24'], True))
    >>> header_columns(['Children in care', '412', '436']), header_columns(['The report was noted.', 'Members asked'])
    (None, None)
    >>> header_columns(['Fostering Service', 'Annual Report']), header_columns(['Placement type', '2023/24'])
    (None, (['2023/24'], True))
    """
    if any(len(c) > _HEADER_CELL_MAX or c.endswith((".", ":", "?")) for c in cells):
        return None
    periods = [bool(_PERIOD_ONLY.fullmatch(c)) for c in cells]
    if all(periods):
        return cells, False
    stub, cols = cells[0], cells[1:]
    if _DIGIT.search(stub) or not any(ch.isalpha() for ch in stub) and stub:
        return None
    if len(cols) < 2 and not all(periods[1:]):
        return None  # one column of words: a heading or prose with a double space ("Fostering Service  Annual Report")
    for c, is_period in zip(cols, periods[1:]):
        if not is_period and (_DIGIT.search(c) or not any(ch.isalpha() for ch in c) or len(c.split()) > 6):
            return None
    return cols, True


def row_values(cells: list[str], columns: list[str]) -> tuple[str, list[str]] | None:
    """The label and the measure of each value cell of a table's row of ``cells`` under a header of ``columns``, or
    None when the row is no such row (a label of words, then one value a column): a column that is a period follows
    the label ("Residential care, 2022-23"), a column of words leads it ("Current Admission Limit, Bramley St Peters").

    >>> row_values(['Bramley St Peters', '45', '60'], ['Current Admission Limit', 'Proposed Admission Limit'])
    ('Bramley St Peters', ['Current Admission Limit, Bramley St Peters', 'Proposed Admission Limit, Bramley St Peters'])
    >>> row_values(['Residential care', '£12.1m', '£14.3m'], ['2021-22', '2022-23'])
    ('Residential care', ['Residential care, 2021-22', 'Residential care, 2022-23'])
    >>> row_values(['Residential care', '£12.1m'], ['2021-22', '2022-23']), row_values(['45', '60', '61'], ['a', 'b'])
    (None, None)
    >>> row_values(['Secure homes', '-', '3'], ['2021-22', '2022-23'])
    ('Secure homes', ['Secure homes, 2022-23'])
    """
    label, values = cells[0], cells[1:]
    if len(values) != len(columns) or not any(ch.isalpha() for ch in label) or len(label) > _LABEL_MAX:
        return None
    if not all(_ONE_VALUE.fullmatch(v) or v.lower() in _NO_VALUE_CELLS for v in values):
        return None
    label = " ".join(label.split())
    named = [f"{label}, {c}" if _PERIOD_ONLY.fullmatch(c) else f"{c}, {label}" for c, v in zip(columns, values)
             if v.lower() not in _NO_VALUE_CELLS]
    return (label, named) if named else None


#: a table's cell written on a line of its own that is one value: "£103,624", "7", "-£158,562", "12.5%", "£0.3m |"
_CELL_VALUE = re.compile(r"[\s|]*-?[£€$]?\d[\d,]*(?:\.\d+)?(?:%|k|m|bn)?[\s|]*")
#: a cell on a line of its own that holds a word, not a value: a dash, "n/a", a suppression mark, "Yes", "TBC"
_WORD_CELLS = _NO_VALUE_CELLS | frozenset(("yes", "no", "tbc", "tbd", "tba", "none", "n/k", "unknown"))
#: column names whose cells number or point at things rather than measure them ("No", "Ref", "Page", "Item", "Code")
_ID_COLUMNS = frozenset(("no", "ref", "reference", "page", "pages", "item", "code", "id", "para", "paragraph", "line",
                         "number", "appendix", "annex", "section", "minute", "rank"))
#: the most header cells of a table flattened one cell a line
_LINE_HEADER_MAX = 8


def _line_header_cell(line: str) -> bool:
    """Whether ``line`` may be a header cell of a table flattened one cell a line: a short name of a few words (no
    number but a period's), no sentence's or list's end."""
    s = line.strip(" |\t\xa0")
    if not s or len(s) > _HEADER_CELL_MAX or s[-1] in ".:?!;" or len(s.split()) > 6:
        return False
    if _DIGIT.search(s) is None:
        return any(c.isalpha() for c in s)
    return bool(_PERIOD_ONLY.fullmatch(s))


def _line_cell(line: str) -> str:
    """"value" when ``line`` is one value (a cell of a table flattened one cell a line), "word" when it is a cell with
    no value ("Yes", "TBC", "-", "n/a"), else ""."""
    if len(line) > 24:
        return ""
    if _CELL_VALUE.fullmatch(line):
        return "value"
    return "word" if line.strip(" |\t\xa0").lower() in _WORD_CELLS else ""


def _line_label(line: str, cell: str) -> str:
    """``line`` (whose :func:`_line_cell` is ``cell``) as the label of a row of a table flattened one cell a line
    (:func:`row_label`; no cell), or ""."""
    return "" if cell else row_label(line)


#: (r38tables) the longest line of a run of cells a page marks with a "?" each ("Reading?", "98%?", "2018/19?")
_MARKED_CELL_MAX = 45
#: (r38tables) the fewest value cells that make a run of "?"-ended lines a table's cells rather than questions
_MARKED_VALUES_MIN = 2


def unmarked_cells(lines: list[str]) -> list[str]:
    """(r38tables) ``lines`` with the "?" that ends each line of a run of cells a page marked so dropped: a converted
    table whose every cell ends with "?" (a cell's end mark turned into "?": "Reading?", "98%?", "2018/19?", " ?" for an
    empty cell). A run is the consecutive short lines ending with "?"; it is a table's only when two or more of them
    are a value with the mark ("98%?": no question is a bare value); other lines are returned as they are.

    >>> unmarked_cells(["Tables", "Year?", "2018/19?", "2021/22?", "Reading?", "98%?", "90%?", "The end."])
    ['Tables', 'Year', '2018/19', '2021/22', 'Reading', '98%', '90%', 'The end.']
    >>> unmarked_cells(["Is your organisation recruiting?", "How many staff?", "12%?", "Next"])
    ['Is your organisation recruiting?', 'How many staff?', '12%?', 'Next']
    >>> unmarked_cells([" ?", "EHCP?", "0%?", "100%?"])
    [' ', 'EHCP', '0%', '100%']
    """
    out = list(lines)
    n, i = len(lines), 0
    while i < n:
        j = i
        while j < n and len(lines[j]) <= _MARKED_CELL_MAX and lines[j].rstrip(" \t\xa0")[-1:] == "?":
            j += 1
        if j == i:
            i += 1
            continue
        run = [lines[m].rstrip(" \t\xa0")[:-1] for m in range(i, j)]
        if sum(bool(_CELL_VALUE.fullmatch(c)) for c in run if c.strip()) >= _MARKED_VALUES_MIN:
            out[i:j] = run
        i = j
    return out


def period_groups(before: list[str], columns: list[str]) -> list[str]:
    """(r38tables) The group each column of a two-level header belongs to, or [] when the header has one level: the
    ``columns`` are periods that repeat in the same order (``m`` of them, two or more times), and the names right
    before them (``before``, a stub such as "Year" that heads the rows' labels dropped) end with one name a repeat
    ("No Special Needs", "SEN support", "EHCP" over "2018/19", "2021/22", "2022/23" three times).

    >>> period_groups(["KS1", "No SEN", "SEN support", "EHCP", "Year"], ["2018/19", "2021/22"] * 3)
    ['No SEN', 'No SEN', 'SEN support', 'SEN support', 'EHCP', 'EHCP']
    >>> period_groups(["Placement type"], ["2022/23", "2023/24"]), period_groups(["A", "B"], ["2022/23", "2023/24"] * 2)
    ([], ['A', 'A', 'B', 'B'])
    >>> period_groups(["A", "B"], ["2022/23", "2023/24", "2023/24", "2022/23"]), period_groups(["B"], ["2022"] * 2)
    ([], [])
    """
    width = len(columns)
    if width < 4 or not all(_PERIOD_ONLY.fullmatch(c) for c in columns):
        return []
    names = list(before)
    while names and _PERIOD_ONLY.fullmatch(names[-1]):
        names.pop()  # (the rows' labels' stub: "Year")
    for m in range(2, width // 2 + 1):
        if width % m == 0 and len(set(columns[:m])) == m and all(columns[j] == columns[j % m] for j in range(width)):
            g = width // m
            if len(names) < g or any(_DIGIT.search(x) for x in names[-g:]):
                return []
            return [names[len(names) - g + j // m] for j in range(width)]
    return []


def _numbering_columns(lines: list[str], rows: list[tuple[str, list[int]]], width: int) -> set[int]:
    """The columns (by position) whose bare whole numbers rise from row to row, three or more of them: page or item
    numbers of a contents list or an agenda ("Introduction" 3, "Finance" 5, "Appendices" 9), not values."""
    out: set[int] = set()
    for j in range(width):
        nums = [int(t) for _, cells in rows if j < len(cells) and (t := lines[cells[j]].strip(" |\t\xa0")).isdigit()]
        if len(nums) >= 3 and all(a < b for a, b in zip(nums, nums[1:])):
            out.add(j)
    return out


def line_table_cells(lines: list[str]) -> dict[int, str]:
    """The measure of each value cell of the tables in ``lines`` (one document's segments in order) that a page
    flattened one cell a line: a header block of two or more column names, then two or more rows each of a label and
    its cells, one a line, in the columns' order (an HTML table whose cells the page's text puts on lines of their own;
    a row may end early, its empty cells dropped). Keys are indices into ``lines``; the measure is the column's name
    and the row's label ("Additional places, Oak Primary School"), or the label and the column's period ("Residential
    care, 2022-23"), as :func:`row_values` names a cell of a row on one line. The columns are the header's last names,
    as many as the longest row has cells (a name before them heads the rows' labels or captions the table). A column
    that numbers or points at things ("No", "Ref", "Page") gives no measure, nor one whose bare whole numbers rise from
    row to row (three or more: page or item numbers); a cell with no value ("Yes", "TBC", "-") none either.

    >>> lines = ["The projects were as follows:", "Project", "Capital cost", "Additional places", "Oak Primary School",
    ...          "£250,000", "12", "Elm Academy", "£90,000", "0", "Total", "£340,000", "The report was noted."]
    >>> line_table_cells(lines)
    {5: 'Capital cost, Oak Primary School', 6: 'Additional places, Oak Primary School', 8: 'Capital cost, Elm Academy', \
9: 'Additional places, Elm Academy', 11: 'Capital cost, Total'}
    >>> line_table_cells(["Fund A", "Fund B", "Budget set aside", "£5,000", "£2,000", "Unspent", "£1,000", "-"])
    {3: 'Fund A, Budget set aside', 4: 'Fund B, Budget set aside', 6: 'Fund A, Unspent'}
    >>> line_table_cells(["Placement type", "2022/23", "2023/24", "Residential", "41", "38", "Fostering", "320",
    ...                   "301"])[5]
    'Residential, 2023/24'
    >>> line_table_cells(["Children's services", "Spending", "Total spend", "£5m", "The report was noted."])
    {}
    >>> line_table_cells(["Capital projects", "Project", "Cost", "Places", "Oak School", "£9,000", "Ash School",
    ...                   "£5,000", "3"])
    {5: 'Cost, Oak School', 7: 'Cost, Ash School', 8: 'Places, Ash School'}
    >>> line_table_cells(["Report", "Heading", "Introduction", "3", "Budget", "5", "Risks", "8"])
    {}
    >>> line_table_cells(["Contents", "Page", "Introduction", "3", "Budget", "5"]), line_table_cells(["Minutes", "4"])
    ({}, {})
    """
    out: dict[int, str] = {}
    n = len(lines)
    if any(line.rstrip(" \t\xa0")[-1:] == "?" for line in lines):
        lines = unmarked_cells(lines)  # (r38tables) cells a page ends with "?" each: "Reading?", "98%?"
    cell = [_line_cell(line) for line in lines]  # (each line's kind of cell, found once)
    k = 2
    while k < n:
        # a value cell right after a row's label, and two or more header cells right before that label
        if cell[k] != "value" or not _line_label(lines[k - 1], cell[k - 1]):
            k += 1
            continue
        h = k - 1
        names = 0  # (r38tables) header cells that are no period: a row of periods, one a column, may be long
        while h > 0 and names < _LINE_HEADER_MAX and _line_header_cell(lines[h - 1]) and not cell[h - 1]:
            h -= 1
            names += not _PERIOD_ONLY.fullmatch(lines[h])
        header = [" ".join(c.strip(" |\t\xa0").split()) for c in lines[h:k - 1]]
        if len(header) < 2:
            k += 1
            continue
        rows: list[tuple[str, list[int]]] = []  # each row's label and the indices of its cells
        at = k - 1
        while at < n and (label := _line_label(lines[at], cell[at])):
            c = at + 1
            while c < n and c - at - 1 < len(header) and cell[c]:
                c += 1
            if c == at + 1 or c < n and cell[c]:
                break  # (a label with no cell, or more cells than the header has names: the table ends)
            rows.append((" ".join(label.split()), list(range(at + 1, c))))
            at = c
        if len(rows) < 2:
            k += 1
            continue  # (one row: headings above a label and its value are no table)
        # the columns are the last names of the header, as many as the longest row has cells: a name before them heads
        # the rows' labels, and one before that is the table's caption
        width = max(len(cells) for _, cells in rows)
        columns = header[-width:]
        groups = period_groups(header[:-width], columns)
        numbering = _numbering_columns(lines, rows, len(columns))
        for label, cells in rows:
            for j, (c, col) in enumerate(zip(cells, columns)):
                if cell[c] == "value" and col.lower().rstrip(".") not in _ID_COLUMNS and not (
                        j in numbering and lines[c].strip(" |\t\xa0").isdigit()):
                    period = _PERIOD_ONLY.fullmatch(col)
                    if groups and period:  # (r38tables) "Reading, SEN support, 2021/22"
                        out[c] = f"{label}, {groups[j]}, {col}"
                    else:
                        out[c] = f"{label}, {col}" if period else f"{col}, {label}"
        k = max(at, k + 1)
    return out


#: what follows a paragraph's number: its first word, capitalised, after a dot, spaces or nothing ("1.4I would ...")
_PARAGRAPH_OPENING = re.compile(r"\.?[ \t\xa0]*[A-Z]")
#: (r23prec) a report's two-level paragraph number (:data:`.kinds.PARA_NUMBER`) opening a line before its paragraph's
#: first word (:data:`_PARAGRAPH_OPENING`): "1.2 This document ...", "4.3Profile of ...", "2.0 Vision and ..."
_LINE_PARAGRAPH_BODY = rf"[ \t\xa0]*{PARA_NUMBER.pattern}(?={_PARAGRAPH_OPENING.pattern})"
#: (the definition; :func:`_line_paragraphs` finds its matches faster, and the tests hold the two equal)
_LINE_PARAGRAPH = re.compile(r"(?m)^" + _LINE_PARAGRAPH_BODY)
#: (speed) :data:`_LINE_PARAGRAPH` at the lines after the first: the line break it follows is a literal the engine finds
#: fast, where ``(?m)^`` is tried at every character of a document (the same matches: a match holds no line break)
_LINE_PARAGRAPH_AFTER_BREAK = re.compile(r"\n" + _LINE_PARAGRAPH_BODY)
#: (speed) :data:`_LINE_PARAGRAPH` at the text's start (its first line)
_LINE_PARAGRAPH_FIRST = re.compile(_LINE_PARAGRAPH_BODY)


def _line_paragraphs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_LINE_PARAGRAPH` in ``text`` as groups 1 and 2 give them (speed: the first line's, then those
    after a line break, found from the break).

    >>> t = "1.1 Scope\\n 1.2 Data\\nrose 2.1 The\\n2.3Next\\n\\n3.1 Last"
    >>> [m.groups() for m in _line_paragraphs(t)] == [m.groups() for m in _LINE_PARAGRAPH.finditer(t)]
    True
    """
    m = _LINE_PARAGRAPH_FIRST.match(text)
    if m is not None:
        yield m
    yield from _LINE_PARAGRAPH_AFTER_BREAK.finditer(text)


def paragraph_numbering(text: str) -> frozenset[tuple[int, int]]:
    """(r23prec) The two-level paragraph numbers ``(a, b)`` that open a line of a document's ``text`` before a
    capitalised word: the numbering of a report's paragraphs, read over the whole document (a segment alone may hold
    one paragraph, or a paragraph run into a heading or a contents line by a converted page). (r24prec) Also those
    inside a line with the same words around them (:data:`_INLINE_PARAGRAPH_AT`, :func:`_numbers_after`), when they number
    two sections or more: a page converted into one line keeps its numbering there ("... SUMMARY 1.1 Finance ...
    EXPENDITURE 2.1 Overall Position ... Month 2.2 Significant Issues"); decimals of one section beside capitals are
    more likely a row of values ("England 1.4 North West 1.5").

    >>> sorted(paragraph_numbering("1.0 Introduction\\n1.1 The plan\\n1.2This work\\nIt rose to\\n1.5 per cent."))
    [(1, 0), (1, 1), (1, 2)]
    >>> sorted(paragraph_numbering("SUMMARY 1.1 Finance Red 2.2 Green rose to 2.4 The cost £3.1 The 12.5.3 Act"))
    [(1, 1), (2, 2)]
    >>> sorted(paragraph_numbering("England 1.4 North West 1.5 Council"))
    []
    >>> sorted(paragraph_numbering("1.1 Scope\\n2.1 Data\\nEngland 1.4 North West 1.5 Council"))
    [(1, 1), (2, 1)]
    """
    found = {(int(m.group(1)), int(m.group(2))) for m in _line_paragraphs(text)}
    # (r24review) the sections counted are those of numbers read inside lines alone: the numbers that open lines (found
    # above, and by _inline_paragraphs again) must not make a row of values in a numbered report a numbering
    inline = {(int(m.group(1)), int(m.group(2))) for m in _inline_paragraphs(text) if _numbers_after(text, m.start())} - found
    if len({a for a, _b in inline}) >= 2:  # (r24prec) a numbering runs over sections; a row of values ("1.4 ... 1.5") not
        found |= inline
    return frozenset(found)


#: (r24prec) a two-level number inside a line before a capitalised word, not inside a longer number: the paragraph
#: numbers of a page whose lines a conversion ran together ("... Target Balanced SUMMARY 1.1 Finance ... EXPENDITURE 2.1
#: Overall Position ... Close Month 2.2 Significant Issues At the end ..."); matched where :data:`_DOT_DIGIT` finds a
#: dot before a digit (:func:`_inline_paragraphs`)
_INLINE_PARAGRAPH_AT = re.compile(rf"{PARA_NUMBER.pattern}(?![\d.,]\d)(?={_PARAGRAPH_OPENING.pattern})")
#: (speed) a dot before a digit: the only places a two-level number can be (a literal, searched fast)
_DOT_DIGIT = re.compile(r"\.\d")
#: the characters that may not stand right before a paragraph's number inside a line (a word's, a number's, a sum's)
_NOT_BEFORE_PARAGRAPH = frozenset("_.,£$€/-")


def _inline_paragraphs(text: str) -> Iterator[re.Match[str]]:
    """(r24prec) The matches of :data:`_INLINE_PARAGRAPH_AT` in ``text`` whose number of one or two digits has no word
    character, dot, comma, currency sign, slash or hyphen before it (as the lookbehind ``(?<![\\w.,£$€/-])`` would say),
    found from the dots before a digit (a pattern that opens with a lookbehind is tried at every character).

    >>> [m.group() for m in _inline_paragraphs("SUMMARY 1.1 Finance, 12.5 The, £2.1 The, 123.4 The, 2.1.3 Act")]
    ['1.1', '12.5']
    """
    for m in _DOT_DIGIT.finditer(text):
        i = j = m.start()
        while j > 0 and i - j < 3 and text[j - 1].isdecimal():
            j -= 1
        if not 1 <= i - j <= 2 or (j and (text[j - 1].isalnum() or text[j - 1] in _NOT_BEFORE_PARAGRAPH)):
            continue
        found = _INLINE_PARAGRAPH_AT.match(text, j)
        if found:
            yield found


def _numbers_after(text: str, start: int) -> bool:
    """(r24prec) Whether the word before the two-level number at ``start`` lets it number a paragraph: none (it opens a
    line), or one that is not a lower-case word nor a sign ("rose to 1.2 The" and "£1.2 The" keep their values).

    >>> [_numbers_after(t, t.index("2.1")) for t in ("SUMMARY 2.1 Finance", "2.1 Overall", "rose to 2.1 The", "£ 2.1 The")]
    [True, True, False, False]
    """
    left = text[max(0, start - 40):start].rsplit("\n", 1)[-1].rstrip()
    word = left[left.rfind(" ") + 1:]
    return not word or not (word[0].islower() or word[-1] in ",£$€%-–+=")


def numbers_a_paragraph(text: str, start: int, end: int, numbering: frozenset[tuple[int, int]]) -> bool:
    """(r23prec) Whether the bare two-level number ``text[start:end]`` ("1.1") is a paragraph's number of a document
    whose line-opening paragraph numbers are ``numbering`` (:func:`paragraph_numbering`): a capitalised word follows it
    (after a dot, spaces or nothing), the word before it (if any) is not a lower-case one nor a sign ("rose to 1.1 The"
    keeps its value; a number opening a line has no word before it, whatever ends the line above), and its neighbour
    in the numbering opens a line of the document: ``a.(b-1)`` or ``a.(b+1)``; for
    ``a.0`` (a section's number) ``a.1`` or ``(a+1).0``. "... Corporate Parenting.\\n\\n1.4I would also ..." between
    "1.3Unfortunately" and "1.5" at their lines' starts; "Contents 1.0 Introduction - ..." with "2.0 Vision" below; "...
    Strategies and Plans 1.1 The purpose ..." with "1.2 This document" at the next line's start.

    >>> doc = "1.1 The plan\\n1.2 Its aims\\n1.3 The cost"
    >>> numbering = paragraph_numbering(doc)
    >>> t = "Strategies and Plans 1.1 The purpose of this plan"
    >>> numbers_a_paragraph(t, 21, 24, numbering)
    True
    >>> t = "the rate rose to 1.2 The year before"
    >>> numbers_a_paragraph(t, 17, 20, numbering), numbers_a_paragraph(t, 17, 20, frozenset())
    (False, False)
    >>> t = "the plan was agreed\\n1.2 The cost"  # (r23tidy: the words of the line above are not before it)
    >>> numbers_a_paragraph(t, 20, 23, numbering)
    True
    """
    m = PARA_NUMBER.fullmatch(text, start, end)
    if m is None or not numbering or not _PARAGRAPH_OPENING.match(text, end):
        return False
    if not _numbers_after(text, start):  # (its line's words: none when it opens a line)
        return False
    a, b = int(m.group(1)), int(m.group(2))
    near = ((a, b - 1), (a, b + 1)) if b else ((a, 1), (a + 1, 0))
    return any(k in numbering for k in near)


#: (r25prec) a word and the bare number of one to three digits right after it on its line ("Change 2", "Point 8", "RC
#: 102"): not a decimal, a thousands group, a share or a longer number; the word is group 1 and the number group 2
_WORD_NUMBER = re.compile(r"([A-Za-z][A-Za-z'’]*)[ \t\xa0]+(\d{1,3})(?![\d%]|[.,]\d)")
#: (r26prec) a bare number of one or two digits, standing on its own (not inside a word, a decimal, an amount, a date
#: or a range): the candidates for an agenda item's number (:meth:`LabelSeries.items`)
_ITEM_NUMBER = re.compile(r"(?<![\w.,£$€/-])\d{1,2}(?![\w%])")
#: (r25prec) a lower-case word after a number: it may go on a value's sentence ("referrals 45 in April")
_LOWER_WORD_AFTER = re.compile(r"[ \t\xa0]+[a-z]")
#: (r25review) where a row's value ends: a full stop, a line's or the text's end, the next value of the row, or a comma
#: or a semicolon before the next label and value ("Boys 12\nGirls 15", "Boys 12, Girls 15.", "Referrals 45 52 61"):
#: the same row label before the values of two periods or two tables is no numbered series, and its values stay counts
#: ("amendment 2, on charges" is a label: no label and value after its comma)
_ROW_VALUE_END = re.compile(r"[ \t\xa0]*(?:[\r\n]|\.(?:\s|$)|$|[,;][ \t\xa0]*[A-Za-z][A-Za-z'’]*[ \t\xa0]+[£$€]?\d)"
                            r"|[ \t\xa0]+[£$€]?\d")


class LabelSeries:
    """(r25prec) The labels a document numbers in a series (:func:`label_numbering`), read lazily: the numbers the
    document writes after a word are found the first time the word is asked about (one search of the document for
    that word; a search of every word and number of every document cost ~10% of the figures stage)."""

    __slots__ = ("_text", "_numbers", "_items")

    def __init__(self, text: str) -> None:
        self._text = text
        self._numbers: dict[str, frozenset[int]] = {}
        self._items: frozenset[int] | None = None

    def items(self) -> frozenset[int]:
        """(r26prec) The numbers of one or two digits the document writes where an agenda item's number stands
        (:func:`.kinds.item_title_after`: opening a sentence or a line, before a title), read the first time asked."""
        if self._items is None:
            text = self._text
            self._items = frozenset(int(m.group()) for m in _ITEM_NUMBER.finditer(text)
                                    if item_title_after(text, m.start(), m.end()))
        return self._items

    def numbers(self, word: str) -> frozenset[int]:
        """The bare numbers of one to three digits the document writes right after ``word`` (lower-cased; any case
        in the text), as :data:`_WORD_NUMBER` reads them."""
        found = self._numbers.get(word)
        if found is None:
            after = re.compile(rf"(?<![A-Za-z'’]){re.escape(word)}[ \t\xa0]+(\d{{1,3}})(?![\d%]|[.,]\d)", re.I)
            found = self._numbers[word] = frozenset(int(m.group(1)) for m in after.finditer(self._text))
        return found

    def __contains__(self, label: tuple[str, int]) -> bool:
        word, n = label
        if word in NOT_LABEL_WORDS:
            return False
        numbers = self.numbers(word)
        return n in numbers and (n - 1 in numbers or n + 1 in numbers)


def label_numbering(text: str) -> LabelSeries:
    """(r25prec) The labels a document numbers in a series: each ``(word, n)`` (the word lower-cased) of a word then a
    bare number on its line (:data:`_WORD_NUMBER`) for which the document also writes the same word before ``n - 1`` or
    ``n + 1``: "Change 1: ... Change 2: ... Change 3:", "Under Point 7 ... under point 9 ... Under Point 8". A count
    stands before what it counts ("4 changes"); a number after a noun that numbers a series of that noun names an item
    of the series, as "Performance Measure 1" does (tests/gold/README.md), whatever the noun. The word before may not
    be a function word (:data:`.kinds.NOT_LABEL_WORDS`: "rose from 5 to 6", "was 5 ... was 6" keep their values).
    Read lazily (:class:`LabelSeries`): ask it with ``in``.

    >>> labels = label_numbering("Change 1: To stop. Change 2: To start. The total was 5 and then 6 in May.")
    >>> [x in labels for x in (("change", 1), ("change", 2), ("change", 3), ("was", 5), ("then", 6))]
    [True, True, False, False, False]
    >>> ("option", 2) in label_numbering("Option 2 was chosen; 45 pupils in Year 6.")
    False
    """
    return LabelSeries(text)


def numbers_a_label(text: str, start: int, end: int, labels: LabelSeries) -> bool:
    """(r25prec) Whether the bare number ``text[start:end]`` of one to three digits, after a word on its line and
    before no lower-case word, is a label of a series the document numbers (:func:`label_numbering`): "RECOMMENDATION
    2:" when the document also has "RECOMMENDATION 1" or "RECOMMENDATION 3"; "point 8 (costs)", "RC 102 Eccles".
    (r25review) Not where a row's value ends (:data:`_ROW_VALUE_END`: a full stop, a line's end, the row's next value,
    a comma before the next label and value): a table's row label repeated for two periods with values one apart ("Boys 12" ... "Boys 13") is no
    series.

    >>> labels = label_numbering("Under Point 7 the plan. Under Point 8 the cost.")
    >>> t = "The summary is written under point 8 (costs)."
    >>> numbers_a_label(t, t.index("8"), t.index("8") + 1, labels), numbers_a_label(t, 4, 11, labels)
    (True, False)
    >>> t = "Autumn term: Boys 12, Girls 15\\nSpring term: Boys 13, Girls 14\\n"
    >>> [numbers_a_label(t, t.index(x), t.index(x) + 2, label_numbering(t)) for x in ("12", "15", "13", "14")]
    [False, False, False, False]
    """
    if end - start > 3 or not text[start:end].isdecimal() or _LOWER_WORD_AFTER.match(text, end):
        return False  # (a lower-case word after it: "referrals 45 in April" may be a value, a label is seldom so)
    if _ROW_VALUE_END.match(text, end):
        return False  # (r25review) "Boys 12\n ... Boys 13\n": a row's value, a label has its item's words after it
    m = _WORD_NUMBER.match(text, _word_start(text, start))
    return m is not None and m.end(2) == end and (m.group(1).lower(), int(m.group(2))) in labels


def numbers_an_item(text: str, start: int, end: int, labels: LabelSeries) -> bool:
    """(r26prec) Whether the bare number ``text[start:end]`` of one or two digits is an agenda item's number run into
    the text: it stands as one does (:func:`.kinds.item_title_after`: opening a sentence or a line, before a title), and
    the document writes another item's number the same way (:meth:`LabelSeries.items`: any other number, since an
    excerpt of minutes may skip items, "2 ... 6 ... 8"). A converted minute page runs each item's number and title
    into the text of the item before ("... are for two years. 3 Declaration of Interests ... of interest. 4 Minutes of
    8 July"; "1 / Apologies for Absence" ... "2 / Rising cost of places", a table's cells run together); one number
    opening a sentence before a capitalised word may be a count, two or more number the items, as
    :func:`label_numbering` reads a series of labels.

    >>> doc = "Posts run for two years. 3 Declaration of Interests None. 4 Minutes of the meeting Agreed, 12 replies."
    >>> labels = label_numbering(doc)
    >>> [numbers_an_item(doc, doc.index(x + " "), doc.index(x + " ") + len(x), labels) for x in ("3", "4", "12")]
    [True, True, False]
    >>> doc = "Report of the Director. 2 Services Committee Minutes. Report of the Director. 6 Integrated Performance Report"
    >>> [numbers_an_item(doc, doc.index(x + " "), doc.index(x + " ") + 1, label_numbering(doc)) for x in "26"]
    [True, True]
    >>> doc = "It was agreed. 3 Foster Carers joined. Later 4 Social Workers left. 5 New Starters came."
    >>> [numbers_an_item(doc, doc.index(x + " "), doc.index(x + " ") + 1, label_numbering(doc)) for x in "345"]
    [False, False, False]
    """
    if end - start > 2 or not text[start:end].isdecimal() or not item_title_after(text, start, end):
        return False
    n = int(text[start:end])
    return n >= 1 and any(m != n and m >= 1 for m in labels.items())


def _word_start(text: str, start: int) -> int:
    """(r25prec) The start of the word before the number at ``start`` (spaces between), or ``start`` when none."""
    i = start
    while i > 0 and text[i - 1] in " \t\xa0":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isascii() and text[j - 1].isalpha() or text[j - 1] in "'’"):
        j -= 1
    return j if j < i else start
