"""A part of a whole named before, counted objects, bracket labels (part of :mod:`.phrase`).

:func:`part_of_whole`, :func:`part_after_clause`, :func:`part_of_opened_whole` ("Of these, 12 ..."),
:func:`count_relative`, :func:`counted_object`, :func:`bracket_label`, and :func:`tidy_phrase` (the last tidy of a
phrase).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .grammar import fold
from .phrase_words import _PREPOSITIONS, _WORD_TOKEN, _clean_phrase, _ends_with, _is_generic, is_poor
from .phrase_subject import _CLAUSE_VERBS, _NP_BOUNDARY_WORDS, _RELATIVES
from .phrase_shares import _PART_HEADS, _PART_PRED_END, _PART_THINGS, _SHARE_PEOPLE, _base_of, _object_relative
from .phrase_np import _DETERMINERS, _PERFECT_PARTICIPLES
from .phrase_names import time_only_phrase
from .phrase_clauses import _CONNECTIVES, _DANGLING, _OR_LAST_RIGHT, _PART_PARTICIPLE, _VALUE_PARTICIPLES

#: a clause that opens with the whole a figure is a part of: "Of the 448 EHCPs drawn up, just", "and of those,", "Of these
#: adolescents," (group 1: the whole named; 2: the pronoun; 3: the noun after the pronoun)
_OF_WHOLE_LEFT = re.compile(
    r"(?i)(?:^|[.;:]\s+|,\s+and\s+|\band\s+)of\s+(?:the\s+(?:(?:\d[\d,]*|total|overall)\s+)?([^,;:.()]{2,60}?)|"
    r"(these|those|them|this|which)(?:\s+([a-z][^,;:.()\d]{1,40}?))?)\s*,?\s*"
    r"(?:(?:just|only|around|about|some|nearly|almost|over|approximately|a\s+further)\s+)*$")
#: (round 16, r16part) a sentence that opens with the whole its figures are parts of, in the forms
#: :data:`_OF_WHOLE_LEFT` does not read: "Out of 2,148 applications, 1,886 (88%) received an offer", "Overall, out of
#: 238 primary schools in Cornwall, 83% are judged good", "Of the 240 children who took part in the questionnaire, 33
#: per cent posed a concern" (a whole longer than 60 characters), and a later part of the same list ("Of the 30
#: teenagers in year 11, 70 per cent were in full-time education and 20 per cent were unemployed"). Group "whole": the
#: whole's words after its determiner and count; "item": the earlier part of the list; "count": the count whose share
#: the figure is, in brackets ("1,886 (" before "88%")
_WHOLE_OPENER_LEFT = re.compile(
    r"(?i)^(?:(?:overall|in\s+total|in\s+(?:19|20)\d\d(?:[/-]\d{2,4})?)\s*,\s*)?(?:out\s+of|of|among|amongst)\s+"
    r"(?:(?:the|these|those|its|their|our|all)\s+)*(?:(?:about|around|almost|nearly|over|some)\s+)?(?:\d[\d,]*\s+)?"
    r"(?P<whole>[a-z][^,;:.()]{1,140}?)\s*,\s*"
    r"(?P<item>[^,;:.()]*?\d[^;:.()]*?(?:,\s*(?:and\s+)?|\s+and\s+))?"
    r"(?P<count>\d[\d,]*\s*\(\s*)?"
    r"(?:(?:just|only|around|about|some|nearly|almost|over|approximately)\s+)*$")
#: what an earlier part of the list may not hold: a comparison ("compared with 65 per cent nationally")
_NOT_LIST_ITEM = re.compile(r"(?i)\b(?:compar\w*|than|against|average|national\w*|regional\w*|england|while|whilst|whereas)\b")
#: the verb (and its object) right after a part-count or share whose whole the sentence opened with, when it is no
#: copula (:data:`_PART_COMPLEMENT_RIGHT` reads those): "posed a concern", "received an offer for their first
#: preference", "had special educational needs", "only made a single preference" (group "v": the verb; "obj": its
#: object, up to a clause's end)
_PART_VERB_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*|\)\s*)?(?:(?:only|just|also|then|all|subsequently|eventually)\s+)?"
    r"(?P<v>had|have|has|[a-z]{3,}ed|took|made|went|got|came|left|gave|won|lost|met|became|needed)\s+"
    r"(?!(?:been|to|by|than|from|up|down|more|less|fewer|over|under|around|about|almost|nearly)\b)(?P<obj>[a-z\"'‘“][^,;:.()\d]{1,90}?)"
    r"(?=\s*(?:[,;:.()]|\s[-–—]\s|\s(?:and|or|but|while|whilst|which|who|where|compared|than|because|although)\b|\s\d|$))")
#: verbs after a part that say no part: a change, a comparison, a report ("Of these, 40 increased ...")
_NOT_PART_VERBS = frozenset(
    "increased decreased reduced dropped declined grew rose fell compared represented accounted equated totalled "
    "totaled amounted reported said stated noted showed recorded needed".split())
#: what the part was, right after the figure: "were done within the 20 weeks", "(3,045) were being held open on a child
#: in need basis", "have been housed outside of Southend", "are 16-17 year olds in semi-independent accommodation"
_PART_COMPLEMENT_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+)?"
    r"((?:(?!\s+(?:and|or|but|while|whilst|which|who|where|with\s+\d)\b)[^,;:.()])+?)(?=\s*(?:[,;:.()]|\s(?:and|or|but|"
    r"while|whilst|which|who|where)\b|$))")


_GENERAL_POPULATION = frozenset("residents population people inhabitants citizens".split())
_PEOPLE_START = re.compile(r"(?i)(?:\w+\s+){0,2}?" + _SHARE_PEOPLE.pattern[4:])
_BETWEEN_AND = re.compile(r"\s+and\s+[\d,.]+(?:\s+(?:years?|months?|weeks?))?")


def part_of_whole(before: str, right: str, prev: str) -> str:
    """The part a figure counts when its clause opens with the whole ("Of the 448 EHCPs drawn up, just 5.6pc were done
    within the 20 weeks" -> "done within the 20 weeks (of EHCPs drawn up)"; "Of those, 173 have been housed outside of
    Southend" -> "housed outside of Southend (of <the measure before>)"); "" when it does not.

    >>> part_of_whole("Of the 448 EHCPs drawn up, just ", " were done within the 20 weeks, the fifth lowest.", "")
    'done within the 20 weeks (of EHCPs drawn up)'
    >>> part_of_whole("Of these adolescents, ", " are 16-17 year olds in semi-independent accommodation.", "")
    '16-17 year olds in semi-independent accommodation (of adolescents)'
    >>> part_of_whole("there were 3,711 cases open overall, and of those, ", " (3,045) were being held open on a child in need basis, 9% (346)", "cases open overall")
    'held open on a child in need basis (of cases open overall)'
    >>> part_of_whole("Of these almost ", " were children aged between 0 and 19 years.", "")
    'children aged between 0 and 19 years'
    >>> part_of_whole("In total, ", " were done within the 20 weeks.", "")
    ''
    """
    m = _OF_WHOLE_LEFT.search(before)
    if not m:
        return ""
    c = _PART_COMPLEMENT_RIGHT.match(right)
    if not c:
        return ""
    comp = c.group(1)
    if comp.rsplit(None, 2)[-2:-1] == ["between"] and (bm := _BETWEEN_AND.match(right, c.end(1))):
        comp += bm.group(0)  # "were children aged between 0 and 19 years"
    comp = _clean_phrase(comp, 12)
    if not comp or is_poor(comp) or len(comp.split()) < 2:
        return ""
    whole = m.group(1) or m.group(3) or (_base_of(prev) if prev and not is_poor(prev) else "")
    whole = _clean_phrase(whole, 8) if whole else ""
    if not whole or is_poor(whole) or whole.split()[-1].lower() in comp.lower().split() \
            or _GENERAL_POPULATION.intersection(whole.lower().split()) and _PEOPLE_START.match(comp):
        # "Of these exclusions, 37 were temporary exclusions", "Of the 186,500 residents, 22.8 percent are children
        # aged under 18": the part names its own noun (of a whole that is everyone)
        return comp
    return f"{comp} (of {whole})"


#: (round 18) a share or count opening a clause joined to the one before: ", and just ", ", but ", " - but only ",
#: "; while around " (a hedge may follow the conjunction)
_JOINED_PART_LEFT = re.compile(
    r"(?i)(?:(?:,|;|\s[-–—])\s*(?:(?:and|but|while|whilst|yet)\s+)?|\s(?:and|but|while|whilst)\s+)"
    r"(?:(?:just|only|some|around|about|nearly|almost|over|under|approximately|roughly|a\s+further|another)\s+)*$")
#: the copula of such a part, an adverb, and its complement (group 1), as _PART_COMPLEMENT_RIGHT's
_JOINED_PART_RIGHT = re.compile(
    r"(?i)^\s*(?:\(\s*[\d,.%]+\s*\)\s*)?(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+(?:being\s+)?"
    r"(?:(?:only|also|now|still|currently|then|subsequently|successfully)\s+)?"
    r"((?:(?!\s+(?:and|or|but|while|whilst|which|who|where|with\s+\d)\b)[^,;:.()])+?)(?=\s*(?:[,;:.()]|\s(?:and|or|but|"
    r"while|whilst|which|who|where|compared|against|than)\b|\s[-–—]\s|$))")


def part_after_clause(left: str, right: str, whole: str) -> str:
    """(round 18) The part a share or count counts when it opens a clause joined to the one before and its copula's
    complement says which part: "2,099 EHCPs were issued in 2024, but just 54% were issued within expected timescales"
    -> "issued within expected timescales (of EHCPs issued)"; "applications were down on last year, but 98.7 per cent
    were allocated to one of their preferred schools" -> "allocated to one of their preferred schools (of applications)".
    ``left`` is the sentence up to the figure, ``right`` the text after it, ``whole`` what the clause before counted
    (the figure before's phrase, or the sentence's subject; "" when none: the complement alone). "" when the figure
    opens no such clause, or its complement names no part (a value, a time, a comparison).

    >>> part_after_clause("Some 4,120 pupils applied, and ", " were only offered a place at their third choice.", "pupils applied")
    'offered a place at their third choice (of pupils applied)'
    >>> part_after_clause("Figures also reveal that 88% got a first choice, and ", " were handed a place they did not list.", "Figures also reveal")
    'handed a place they did not list'
    >>> part_after_clause("Some 4,120 pupils applied, and ", " were in 2023.", "pupils applied")
    ''
    >>> part_after_clause("Timeliness was 54% in 2023, but ", " was recorded in 2024.", "Timeliness")
    ''
    >>> part_after_clause("The rate was 54% in 2023, but ", " was 12 points higher than the national rate.", "rate")
    ''
    """
    if not _JOINED_PART_LEFT.search(left[-40:]):
        return ""
    c = _JOINED_PART_RIGHT.match(right)
    if not c or not _PART_PARTICIPLE.match(c.group(1)):
        return ""
    comp = _clean_phrase(_QUOTE_MARK.sub("", c.group(1)), 12)  # ('within "expected timescales"')
    if not comp or len(comp.split()) < 2 or _is_generic(comp) or time_only_phrase(comp) \
            or comp.split()[-1].lower() in _DANGLING or comp.split()[0].lower() in _VALUE_PARTICIPLES:
        return ""  # (not is_poor: "offered a place" is a participle and its object)
    whole = _clean_phrase(_base_of(whole), 8) if whole else ""
    if not whole or is_poor(whole) or whole.lower() in comp.lower() \
            or any(w.lower() in _NP_BOUNDARY_WORDS for w in whole.split()):  # ("Figures also reveal": no whole)
        return comp
    return f"{comp} (of {whole})"


_QUOTE_MARK = re.compile(r"(?<!\w)['‘\"“](?=\w)|(?<=\w)['’\"”](?!\w)")
_WHOLE_CUT = re.compile(r"(?i)\s+(?:which|where|whose)\b")


#: (round 16) a count's noun phrase and the restrictive relative clause after it: "(143) children who left care",
#: "(40) children in the City that need residential care provision" (groups: "np" the noun phrase, "head" its noun, "pp"
#: a place or setting between the noun and the clause, "pron" who/that, "clause" the words after it)
_COUNT_RELATIVE_RIGHT = re.compile(
    r"^\s+(?P<np>(?:[A-Za-z'’-]+\s+){0,4}?(?P<head>[A-Za-z'’-]+)(?:\s+(?P<pp>(?:in|from|at|across|within)\s+"
    r"[^,;:.()\d]{1,40}?))?)\s+(?P<pron>who|that)\s+(?P<clause>[^,;:.()\d]{3,160})")
#: the count is the whole of a part or share before it, or opens the sentence as one: "11% of the", "Of the", "most
#: of the", "out of its"
_WHOLE_COUNT_LEFT = re.compile(r"(?i)\b(?:out\s+of|of)\s+(?:the|its|our|their|these|those|all\s+the)\s+"
                               r"(?:(?:some|around|about|almost|nearly|over)\s+)?$")
#: where a relative clause ends: a new clause, a comparison, or the main clause's own verb ("who left care | were
#: adopted")
#: the verbs a "that" clause may open with, besides -s and -ed forms ("schools that set a deficit budget")
_THAT_VERBS = frozenset("need have had were are was set get got went did do live attend require remain meet met left took "
                        "made came come go".split())
#: a relative clause's verb that one thing does (a count's plural noun does not: the clause is the place's)
_SINGULAR_VERBS = frozenset("is was has does".split())
_SINGULAR_HEADS = frozenset("child ehcp staff".split())
_RELATIVE_END_WORDS = frozenset("were was are is had have has will would could should".split())
_RELATIVE_END = re.compile(r"(?i)\s(?:which|where|whose|while|whilst|but|because|although|compared|than|"
                           r"were|was|are|is|had|have|has|will|would|could|should|said|says)\b|\s[-–—]\s")


def count_relative(phrase: str, left: str, right: str) -> str:
    """(round 16, r16part) A count's noun with its restrictive relative clause when the phrase ``phrase`` was the noun
    alone: the count of a whole ("11% of the 143 children who left care were adopted" -> "children who left care", "Of
    the 240 children who took part in a questionnaire which ..." -> "children who took part in a questionnaire"), or a
    count whose clause follows a place ("around 40 children in the City that need residential care provision").
    ``left``/``right``: the text before and after the count; "" when no such clause follows (a count right before its
    clause, not a whole, is read by :func:`share_clause`), or the clause is negated.

    >>> count_relative("children", "In 2022, 11% of the ", " children who left care were adopted.")
    'children who left care'
    >>> count_relative("children in the county", "There are around ", " children in the county that need residential care.")
    'children in the county that need residential care'
    >>> count_relative("parents", "Of the ", " parents who had not been given their first preference, a quarter ...")
    ''
    >>> count_relative("children", "There are ", " children who need care.")
    ''
    """
    m = _COUNT_RELATIVE_RIGHT.match(right)
    if not m or m.group("head").lower() not in _PART_HEADS:
        return ""
    np_, low_phrase, pron = " ".join(m.group("np").split()).lower(), phrase.lower(), m.group("pron").lower()  # (the phrase is the noun phrase, or the noun phrase and the rest of the sentence)
    if not m.group("pp") and not _WHOLE_COUNT_LEFT.search(left):
        return ""
    clause = m.group("clause")
    first = clause.split()[0].lower()
    if pron == "that" and not (first.endswith(("s", "ed")) or first in _THAT_VERBS):
        return ""  # "that" as a determiner ("exclusions from secondary schools that academic year")
    if first in _SINGULAR_VERBS and m.group("head").lower() not in _SINGULAR_HEADS:
        return ""  # "500 children in a county that has seen rising demand", "350 children in Wigan that is a rise": a
        #            verb of one thing is said of the place or the sentence, not of the children counted
    end = _RELATIVE_END.search(clause, len(first) if first in ("were", "was", "are", "is", "had", "have", "has") else 0)
    clause = _PART_PRED_END.sub("", " ".join((clause[:end.start()] if end else clause).split()[:8])).strip()
    low = f" {clause.lower()} "
    if len(clause.split()) < 2 or " not " in low or "n't" in low or " no " in low or " never " in low:
        return ""
    out = f"{' '.join(m.group('np').split())} {pron} {clause}"
    more = low_phrase[len(out):].split(None, 1) if low_phrase.startswith(out.lower() + " ") else []
    if np_.startswith(low_phrase) or more and more[0] in _RELATIVE_END_WORDS | {"who", "that"}:
        # the phrase was the noun phrase alone, or the clause run on into the main clause's verb ("children who left
        # care who were adopted"); a phrase that holds its clause otherwise keeps it
        return out
    return ""


def _words_within(phrase: str, left: str) -> bool:
    """Whether every word of ``phrase`` but "total" is a word of ``left`` (the phrase only repeats the whole the
    sentence opened with: "total applications" after "Out of 2,148 applications").

    >>> _words_within("total applications", "Out of 2,148 applications, "), _words_within("children placed", "Of the children, ")
    (True, False)
    """
    have = {w.lower() for w in _WORD_TOKEN.findall(left)}
    return all(w.lower() in have or w.lower() == "total" for w in _WORD_TOKEN.findall(phrase))


def part_of_opened_whole(sentence_left: str, right: str) -> str:
    """(round 16, r16part) The part a count or share counts when its sentence opens with the whole in a form
    :func:`part_of_whole` does not read (:data:`_WHOLE_OPENER_LEFT`: "out of", a count without "the", a long whole, a
    later part of a list, the share of a count in brackets), or says the part with a verb other than a copula
    (:data:`_PART_VERB_RIGHT`): the part's predicate, of the whole. ``sentence_left`` is the sentence up to the figure,
    ``right`` the text after it; "" when the sentence does not open with a whole, or no predicate follows the figure.

    >>> part_of_opened_whole("Out of 1,950 applications, ", " (87%) received an offer of their first preference.")
    'applications that received an offer of their first preference'
    >>> part_of_opened_whole("Out of 1,950 applications, 1,702 (", ") received an offer of their first preference.")
    'applications that received an offer of their first preference'
    >>> part_of_opened_whole("Of the 180 children who completed the survey which asks about wellbeing, ", " posed a concern.")
    'children who completed the survey who posed a concern'
    >>> part_of_opened_whole("Of the 45 young people in year 11, 60 per cent were in education and ", " were unemployed.")
    'unemployed (of young people in year 11)'
    >>> part_of_opened_whole("Of the 9,000 pupils in the borough, 1,100 pupils are on SEND support and ", " have an EHCP - a total of 2,100.")
    'pupils in the borough with an EHCP'
    >>> part_of_opened_whole("Overall, out of 240 primary schools in the county, ", " are judged by Ofsted as 'good or outstanding'.")
    'judged by Ofsted as good or outstanding (of primary schools in the county)'
    >>> part_of_opened_whole("Out of these, 48 pupils (", ") had an EHCP.")
    ''
    >>> part_of_opened_whole("Of the 45 young people, 60 per cent compared with 55 per cent nationally and ", " were unemployed.")
    ''
    >>> part_of_opened_whole("Of the 420 applications, ", " increased by a tenth.")
    ''
    >>> part_of_opened_whole("Of the 50 councils surveyed, ", " had increased their spending.")
    ''
    """
    m = _WHOLE_OPENER_LEFT.match(sentence_left)
    if not m or m.group("item") and _NOT_LIST_ITEM.search(m.group("item")):
        return ""
    if bool(m.group("count")) != (right.lstrip()[:1] == ")"):
        return ""  # a share in brackets belongs to the count before it, and only then does a bracket close after it
    whole = _WHOLE_CUT.split(m.group("whole"))[0]
    if whole.split()[0].lower() in ("these", "those", "them", "this", "which", "whom", "remainder", "rest", "total"):
        return ""  # "Out of these, ...": the whole is the measure before (part_of_whole's)
    whole = _PART_PRED_END.sub("", " ".join(whole.split()[:12])).strip()
    if not whole or is_poor(whole):
        return ""
    right = right[1:] if right[:1] == ")" else right
    comp, participle = "", False
    if (c := _PART_COMPLEMENT_RIGHT.match(right)) is not None:
        comp = c.group(1)
        if (alt := _OR_LAST_RIGHT.match(right, c.end(1))) is not None:
            comp += alt.group(1)  # "are judged by Ofsted as 'good or outstanding'": the choice ends the complement
        comp = _QUOTE_MARK.sub("", _clean_phrase(comp, 12)).strip()
        if len(comp.split()) < 2 and not comp.lower().endswith("ed"):
            comp = ""  # one word: only a participle or an adjective in -ed ("were unemployed", "were adopted")
        elif comp.split()[0].lower().endswith("ed"):
            participle = True  # "judged by Ofsted as good": a passive's agent is no verb's object (is_poor's test)
    elif (v := _PART_VERB_RIGHT.match(right)) is not None and v.group("v").lower() not in _NOT_PART_VERBS:
        # a verb and its object: the whole, and a relative clause or "with" ("applications that received an offer",
        # "pupils with an EHCP"), as share_clause words a share's verb
        obj = _PART_PRED_END.sub("", " ".join(v.group("obj").split()[:10])).strip(" '\"‘’“”")
        verb = v.group("v").lower()
        if not obj or is_poor(obj) and not obj.lower().startswith(("a ", "an ", "the ", "their ", "its ")):
            return ""
        if verb in ("had", "have", "has"):
            first = obj.split()[0].lower()
            if first.endswith(("ed", "en", "wn")) or first in _PERFECT_PARTICIPLES:
                return ""  # "30 had increased their spending": a perfect tense, no thing they had
            return f"{whole} with {obj}"
        rel = "that" if whole.split()[-1].lower() in _PART_THINGS else "who"
        return f"{whole} {rel} {verb} {obj}"
    if not comp or comp.lower().split()[0] in _NOT_PART_VERBS or (" " in comp and not participle and is_poor(comp)):
        return ""  # (one word in -ed is a participle or adjective, which is_poor refuses alone: "unemployed")
    if whole.split()[-1].lower() in comp.lower().split():
        return comp
    return f"{comp} (of {whole})"


#: a verb whose object is the count right after it, and a hedge: "looking after", "has supported",
#: "expelled", "appointing", "received around" (group "v": the verb; not its bare form: "will recruit 12 additional
#: social workers to reduce caseloads" counts no one recruited yet; nor "caring for": "fostering households caring
#: for 171 children" are no count of children in care, round 8)
_COUNT_OBJECT_VERB = re.compile(
    r"(?i)\b(?P<v>look(?:s|ed|ing)\s+after|support(?:s|ed|ing)|foster(?:s|ed|ing)|exclud(?:es|ed|ing)|"
    r"expel(?:s|led|ling)|appoint(?:s|ed|ing)|recruit(?:s|ed|ing)|plac(?:es|ed|ing)|hous(?:e|es|ed|ing)|"
    r"accommodat(?:e|es|ed|ing)|employ(?:s|ed|ing)|help(?:s|ed|ing)|refer(?:s|red|ring)|assess(?:es|ed|ing)|"
    r"approv(?:es|ed|ing)|adopt(?:s|ed|ing)|receiv(?:es|ed|ing)|visit(?:s|ed|ing)|train(?:s|ed|ing)|"
    r"welcom(?:es|ed|ing)|identif(?:ies|ied|ying)|protect(?:s|ed|ing)|"
    r"affect(?:s|ed|ing)?|involv(?:e|es|ed|ing)|cater(?:s|ed|ing)?\s+for|serv(?:e|es|ed|ing))"
    r"(?:\s+(?:a\s+further|an?\s+(?:extra|additional|further)|a\s+total\s+of|around|about|over|up\s+to|nearly|almost|"
    r"approximately|some|more\s+than|just|only|at\s+least|roughly))*\s*$")
#: (r20head: "foster": "the couple have fostered nearly 150 children" -> "children fostered")
#: the participle of each of those verbs, by its first four letters
_COUNT_OBJECT_PARTICIPLE = {
    "look": "looked after", "supp": "supported", "fost": "fostered", "excl": "excluded",
    "expe": "expelled", "appo": "appointed", "recr": "recruited", "plac": "placed", "hous": "housed",
    "acco": "accommodated", "empl": "employed", "help": "helped", "refe": "referred", "asse": "assessed",
    "appr": "approved", "adop": "adopted", "rece": "received", "visi": "visited", "trai": "trained",
    "welc": "welcomed", "iden": "identified", "prot": "protected",
    "affe": "affected", "invo": "involved", "cate": "catered for", "serv": "served"}
#: (r19phrase) the words a noun phrase before a participle ends at, going left: "46 missing episodes involving",
#: "a crisis in special needs education affecting", "cases involving"
_AGENT_STOP = frozenset("of over from with to for were was are is has have had there and or but which that who at "
                        "on by as than".split())
#: the preposition a participle's agent takes: "families affected by a crisis ...", "children involved in missing episodes"
_AGENT_PREP = {"affe": "by", "invo": "in"}
#: nouns a count of people or cases ends with ("children", "young people", "new requests", "agency staff")
_COUNTED_NOUNS = frozenset(
    "children child pupils students learners people families households staff workers carers parents youngsters "
    "adults babies cases requests referrals applications assessments plans ehcps enquiries complaints contacts "
    "schools places posts placements".split())


@lru_cache(maxsize=4096)  # (speed: pure; 327 calls of a bench pass, 216 distinct)
def counted_object(phrase: str, before: str, right: str) -> str:
    """A count's noun with the participle of the verb whose object the count is: "The authority is looking after 582
    children" -> "children looked after", "this service has supported 71 young people" -> "young people supported",
    "schools had expelled 195 pupils last term" -> "pupils expelled last term"; "" when
    the count is no such object or the phrase does not open with its noun.

    >>> counted_object("children", "The authority is looking after ", " children, double the number")
    'children looked after'
    >>> counted_object("pupils last term", "schools had expelled ", " pupils last term")
    'pupils expelled last term'
    >>> counted_object("young people", "The service has supported around ", " young people to remain at home")
    'young people supported'
    >>> counted_object("children", "There were ", " children"), counted_object("children looked after", "caring for ", " children looked after")
    ('', '')
    """
    words = phrase.split()
    head = 0
    for i, w in enumerate(words[:3]):
        if w.lower() in _COUNTED_NOUNS:
            head = i + 1
    if not head or not right.lstrip().lower().startswith(" ".join(words[:head]).lower()):
        return ""
    rest = words[head:]
    for i, w in enumerate(rest):
        if w.lower() in ("and", "or", "but", "while", "whilst"):
            rest = rest[:i]  # "80 new requests and turned around 106 plans"
            break
    if rest and rest[0].lower() not in ("each", "per", "every", "last", "this", "since", "during", "over", "a"):
        return ""  # "children looked after", "young people in custody": the phrase already says which
    tail = before[-50:]
    m = _COUNT_OBJECT_VERB.search(tail)
    if not m:
        return ""
    v = m.group("v").lower()
    part = _COUNT_OBJECT_PARTICIPLE[v[:4]]
    if v.endswith("ing") and v[:4] in _AGENT_PREP and not rest \
            and (agent := _np_before_participle(before[:len(before) - len(tail) + m.start()])):
        # (r19phrase) "46 missing episodes involving 29 children", "a crisis in special needs education affecting about
        # 10,000 families": what the participle's noun phrase names says which are counted
        part = f"{part} {_AGENT_PREP[v[:4]]} {agent}"
    return " ".join(words[:head] + [part] + rest)


def _np_before_participle(before: str) -> str:
    """The noun phrase right before a participle that modifies it, as its words go left until a number, a preposition
    of another phrase or a verb (:data:`_AGENT_STOP`), without quotes; "" when it has no noun or no such boundary.

    >>> _np_before_participle('appealing for help over a "crisis" in special needs education ')
    'a crisis in special needs education'
    >>> _np_before_participle("In May 2025, there were 46 missing episodes "), _np_before_participle("there were 46 ")
    ('missing episodes', '')
    >>> _np_before_participle('risis" in special needs education '), _np_before_participle("a shortage of places ")
    ('', '')

    """
    out: list[str] = []
    for w in reversed(before.split()):
        bare = w.strip('"“”‘’\'')
        if not bare or not bare[0].isalpha() or bare.lower() in _AGENT_STOP or w[-1] in ",;:()":
            if bare.lower() == "of" and not (out and out[-1].lower() in ("a", "an", "the")):
                return ""  # "a shortage of places affecting": the head is the noun before "of" ("warned of a crisis": not)
            break
        out.append(bare)
        if len(out) == 6:
            break
    else:
        return ""  # (no boundary: the words may be cut at the window's start)
    while out and out[-1].lower() == "in":
        out.pop()
    return " ".join(reversed(out)) if out and out[0].lower() not in ("in", "a", "an", "the") else ""


#: where the label of a value in brackets starts: after the item before ("(43), ", "(7) and "), a comma, a colon, a
#: semicolon, a bullet, or a verb that opens the list ("included", "were")
_LABEL_START = re.compile(
    r"(?i)(?:\)\s*(?:,|;|\band\b|\bor\b)?|[,;:•·]|\b(?:included|includes|including|were|was|are|is|comprised|"
    r"comprising|namely|such\s+as)\b)\s*")
#: words that end a bracketed value's label early when the phrase was cut at them: "physical assault against a
#: pupil (424)" (the phrase was "pupil"), "foster care with relatives (45)"
_LABEL_CUT_WORDS = frozenset("against with without for from towards by to".split())
#: words before such a preposition that make it no part of a label: "along with", "compared to", "in line with"
_LABEL_NOT_NOUN = frozenset("along together compared comparison line contrast addition due according up down".split())


def bracket_label(text: str, start: int, sent_start: int, phrase: str) -> str:
    """The whole label of a value in brackets when ``phrase`` is only its end after a preposition: "... racist abuse
    (7), physical assault against a pupil (424)" -> "physical assault against a pupil"; "" otherwise.

    >>> t = "Reasons included racist abuse (7), physical assault against a pupil (424) and abuse against an adult (65)."
    >>> bracket_label(t, t.index("424"), 0, "pupil"), bracket_label(t, t.index("65"), 0, "adult")
    ('physical assault against a pupil', 'abuse against an adult')
    >>> bracket_label(t, t.index("7"), 0, "racist abuse")
    ''
    """
    k = text.rfind("(", max(sent_start, start - 3), start)
    if k < 0:
        return ""
    seg_start = max(sent_start, k - 100)
    m = None
    for m in _LABEL_START.finditer(text, seg_start, k):
        pass
    label = " ".join(text[m.end() if m else seg_start:k].split())
    if not label or len(label.split()) > 9 or not label.lower().endswith(" " + phrase.lower()):
        return ""
    head = label[:-len(phrase)].split()
    if head and head[-1].lower() in ("a", "an", "the"):
        head = head[:-1]
    if len(head) < 2 or head[-1].lower() not in _LABEL_CUT_WORDS or head[-2].lower() in _LABEL_NOT_NOUN \
            or any(w in _LABEL_CUT_WORDS for w in phrase.lower().split()):
        return ""  # ("along with the transfer from Schools Block (£0.878m)": no label)
    label = _clean_phrase(label, 9)
    return label if label and not is_poor(label) else ""


_LEAD_CONNECTIVE = re.compile(
    r"(?i)^(?:(?:however|therefore|thus|furthermore|moreover|meanwhile|nonetheless|nevertheless|additionally|"
    r"consequently|similarly|conversely),?|(?:overall|again),)\s+(?=\w)"
)
#: a hedge or a comparison left at the end of a phrase: "households by at least", "staff up to"
_TRAIL_HEDGE = re.compile(r"(?i)(?:\s+by)?\s+(?:at\s+least|at\s+most|up\s+to|more\s+than|less\s+than|fewer\s+than|in\s+excess\s+of|"
    r"in\s+the\s+(?:region|order)(?:\s+of)?)$")


#: (speed) patterns of :func:`tidy_phrase`, compiled once
_ABBREVIATION_END = re.compile(r"(?i)\b(?:approx|etc|no|nos|inc|incl|ltd|co|st|[a-z])\.$")


#: (r34phrase) a share of those who said something, and what they said (:func:`.phrase_cascade._share_saying`)
_SHARE_SAYING_LEAD = re.compile(r"share\s+(?:of\s+[^,;:]{1,60}?\s+)?(?:saying|reporting|feeling|thinking|agreeing|"
                                r"disagreeing|believing|stating|indicating)\s")


@lru_cache(maxsize=4096)
def tidy_phrase(phrase: str) -> str:
    """A phrase cut to the noun phrase it opens with: before the verb of a clause ("payment will help"
    -> "payment"), without a hedge at its end ("households by at least" -> "households") and without a
    verb and its article at its start ("agree an increase in the charges" -> "increase in the charges").

    >>> [tidy_phrase(p) for p in ("payment will help", "General Fund pressure remained unchanged",
    ...                           "children who were looked after", "agree an increase in the charges for the scheme")]
    ['payment', 'General Fund pressure', 'children who were looked after', 'increase in the charges for the scheme']
    """
    first = phrase.split(None, 1)[0] if phrase and not phrase[:1].isspace() else ""
    if fold(first).rstrip(",") in _CONNECTIVES:  # (speed: the word first)
        phrase = _LEAD_CONNECTIVE.sub("", phrase) or phrase  # "however interest" -> "interest"
    words = phrase.split()
    own_verb = 0  # the index of a relative clause's own verb, which is no main clause's verb
    if words[:1] == ["share"] and _SHARE_SAYING_LEAD.match(phrase):
        own_verb = len(words)  # (r34phrase) "share of schools reporting that falling rolls were ...": what they said is
        # a clause of its own, its verb no main clause's
    for i in range(1, len(words)):
        w = words[i].lower()
        if w in _RELATIVES and i + 1 < len(words) and _object_relative(w, words[i + 1]):
            # "children whose homes are in Sedgemoor", "LAC that the council looks after": the verb after the relative
            # clause's own subject is the clause's; a later one ends the phrase ("children who we support remained")
            own_verb = i + (3 if words[i + 1].lower() in _DETERMINERS else 2)
            continue
        if i <= own_verb:
            continue
        if w in _CLAUSE_VERBS and words[i - 1].lower() not in _RELATIVES and "(" not in " ".join(words[:i]):
            head = _clean_phrase(" ".join(words[:i]))
            if head and not is_poor(head) and not _is_generic(head):
                phrase = head
            break
    if phrase.endswith(".") and not _ABBREVIATION_END.search(phrase):
        phrase = phrase.rstrip(".")  # "carried forward to next year." (the sentence's full stop)
    cut = _TRAIL_HEDGE.sub("", phrase) if _ends_with(phrase, ("least", "most", "to", "than", "of", "region", "order")) else phrase
    if cut != phrase and cut and not is_poor(cut):
        phrase = cut
    words = phrase.split()
    if len(words) >= 3 and words[0].islower() and words[0] not in _PREPOSITIONS and words[1].lower() in _DETERMINERS:
        rest = " ".join(words[2:])
        if not is_poor(rest) and not _is_generic(rest):
            phrase = rest
    return phrase
