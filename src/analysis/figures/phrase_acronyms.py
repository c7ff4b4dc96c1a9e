"""(r37phrase) An acronym the document itself writes out: "the Minimum Funding Guarantee (MFG)", "an Approved Pupil
Number (APN) of 178", "Education Health and Care Plans (EHCPs)". A figure's phrase that later names the measure by the
acronym alone ("a -0.5% MFG", "to an APN of 212", "The number of EHCPs had risen to 1026") reads "MFG", which names
nothing to a reader who has not seen the definition (nor to a key-word match with the words it stands for): the phrase
is given the words the document wrote, the acronym kept in brackets ("Minimum Funding Guarantee (MFG)"), as
:func:`.indicators.expand_acronyms` does for the indicators' glossary. Only the document's own definitions are read: no
list of the sector's acronyms.
"""

from __future__ import annotations

import re

#: "Long Form (ACR)" / "(ACRs)": an acronym of 2-7 letters, at least two capitals, in brackets
_DEFINED = re.compile(r"\(([A-Z][A-Za-z]{1,6}?)(s?)\)")
#: the words before the bracket, read backwards to spell the acronym
_WORD = re.compile(r"[A-Za-z][\w'’-]*|&")
#: a possessive or a closing quote at the end of a word ("Education’s", "Children’", "provision'")
_TRAILING_MARK = re.compile(r"['’](?:s)?$")
#: function words a long form may hold between the words its capitals stand for ("Special Educational Needs and
#: Disabilities", "Department for Education")
_FUNCTION = frozenset("and & of for the in on to with at".split())
#: how far before the bracket the long form may start
_REACH = 160
#: an acronym in a phrase: not in brackets already, not followed by a bracket or an apostrophe ("EHCP's")
_IN_PHRASE = re.compile(r"(?<![(\w])([A-Z][A-Za-z]{1,6}?)(s?)\b(?!\s*\(|['’])")


def _long_form(words: list[str], letters: str) -> str:
    """The words at the end of ``words`` whose initials spell ``letters`` (function words between them allowed), or
    "" when they do not.

    >>> _long_form(["the", "Minimum", "Funding", "Guarantee"], "MFG")
    'Minimum Funding Guarantee'
    >>> _long_form(["Special", "Educational", "Needs", "and", "Disabilities"], "SEND")
    'Special Educational Needs and Disabilities'
    >>> _long_form(["the", "new", "plan"], "EHCP")
    ''
    >>> _long_form(["Office", "of", "the", "Schools", "Adjudicator"], "OSA")
    ''
    """
    i, j = len(words) - 1, len(letters) - 1
    start = len(words)
    while i >= 0 and j >= 0:
        w = words[i]
        if w[0].upper() == letters[j] and w != "&":
            start, i, j = i, i - 1, j - 1
        elif w.lower() in _FUNCTION and start < len(words):
            i -= 1
        else:
            return ""
    if j >= 0 or words[start] in _FUNCTION:
        return ""  # (r37review) "Office of the Schools Adjudicator (OSA)" read as "of the Schools Adjudicator": no
        #            long form starts on a lower-case function word
    return " ".join(words[start:])


def acronyms_defined(text: str) -> dict[str, str]:
    """Each acronym ``text`` writes out as "Long Form (ACR)" -> its long form (the first the text gives).

    >>> d = acronyms_defined("the use of the Minimum Funding Guarantee (MFG) to flex; Education Health and Care Plans "
    ...                      "(EHCPs) rose; the Children in Need (CiN) plans; the plan (EHCP); our total (TT)")
    >>> sorted(d.items())
    [('CiN', 'Children in Need'), ('EHCP', 'Education Health and Care Plan'), ('MFG', 'Minimum Funding Guarantee')]
    """
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acronym = m.group(1)
        letters = "".join(c for c in acronym if c.isupper())
        if len(letters) < 2 or acronym in out:
            continue
        words = _WORD.findall(text[max(0, m.start() - _REACH):m.start()])
        if words:  # (r37review) "the Department for Education’s (DfE)", "‘Looked After Children’ (LAC)": no
            #        possessive or closing quote on the long form's last word
            words[-1] = _TRAILING_MARK.sub("", words[-1]) or words[-1]
        full = _long_form(words, letters)
        if full and not _person_initials(text, m.start(), m.end(), full):
            out[acronym] = _singular(full) if m.group(2) else full  # ("Plans (EHCPs)": the one plan is "EHCP")
    return out


#: another bracketed set of initials (or a role) just before the long form, as in a list of people ("Mike Alder (MA) /
#: Rod Lane (RL)", "Rod Lane (RL) (Chair) / Jeff Fair (JF)")
_INITIALS_BEFORE = re.compile(r"\([A-Z][A-Za-z]{1,4}\)\s*(?:[/,;&]|and)?\s*$")
#: the next name of such a list just after the bracket ("(MA) / Rod Lane (RL)", "(JT), Russell Ayling (RA)")
_INITIALS_AFTER = re.compile(r"^(?:\s*\([A-Za-z ]{2,20}\))*\s*(?:[/,;&]|and)\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s*\([A-Z][A-Za-z]{1,4}\)")
#: words that put a name before the bracket: who attends, sends apologies or chairs, or a person's title
_PERSON_CUE = re.compile(r"(?i)\b(?:attendance|present|apologies|attendees|observers|cllr|councillors?|mr|mrs|ms|miss|dr)\b")
#: how far (characters) before the long form :func:`_person_initials` looks; after the bracket it looks twice as far
#: (the next name and its initials must fit)
_PERSON_REACH = 45


def _person_initials(text: str, start: int, end: int, full: str) -> bool:
    """(lead, round 37) Whether "Long Form (XY)" at ``text[start:end]`` gives a person's initials: a long form of two or
    three capitalised words and no function word, in a list of such brackets or after a word that names people
    ("In Attendance Mike Alder (MA) / Rod Lane (RL)", "apologies were received from Julia Thomas (JT), ...", "Cllr
    Stephen Castle (SC)"). A phrase's "LA" or "HR" must not become a person's name; a list of a budget's blocks
    ("Schools Block (SB), High Needs Block (HNB)") is left unexpanded too, as before round 37.

    >>> t = "In Attendance Mike Alder (MA) / Rod Lane (RL). The Local Authority (LA) agreed."
    >>> sorted(acronyms_defined(t).items())
    [('LA', 'Local Authority')]
    >>> acronyms_defined("Apologies: Helen Roberts (HR). HR data was late.")
    {}
    """
    ws = full.split()
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() for w in ws):
        return False
    opens = start - len(full) - 1
    before = text[max(0, opens - _PERSON_REACH):max(0, opens)]
    after = text[end:end + 2 * _PERSON_REACH]
    return bool(_INITIALS_BEFORE.search(before) or _INITIALS_AFTER.match(after) or _PERSON_CUE.search(before))


def _singular(full: str) -> str:
    """A plural long form's last word made singular ("Education Health and Care Plans" -> "... Plan", "Local
    Authorities" -> "Local Authority"); a word in "ss" ("Business") or not in "s" is kept.

    >>> _singular("Education Health and Care Plans"), _singular("Local Authorities"), _singular("Business")
    ('Education Health and Care Plan', 'Local Authority', 'Business')
    """
    head, _, last = full.rpartition(" ")
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"  # (r37review) "Authorities" -> "Authority", not "Authoritie"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    return f"{head} {last}" if head else last


def _plural(full: str) -> str:
    """A long form said of the acronym's plural ("EHCPs", "LAs"): its last word made plural ("Plan" -> "Plans",
    "Authority" -> "Authorities"); a last word already in "s" ("Education Health and Care Plans (EHCP)" defined so) is
    kept.

    >>> _plural("Education Health and Care Plan"), _plural("Local Authority"), _plural("Education Health and Care Plans")
    ('Education Health and Care Plans', 'Local Authorities', 'Education Health and Care Plans')
    """
    head, _, last = full.rpartition(" ")
    if last.endswith("s") and not last.endswith("ss"):
        return full
    if last.endswith("y") and len(last) > 2 and last[-2].lower() not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def acronyms_written_out(phrase: str, defined: dict[str, str]) -> str:
    """``phrase`` with each acronym ``defined`` (:func:`acronyms_defined`) written out, the acronym kept in brackets;
    an acronym already written out beside it, or in brackets, is left alone.

    >>> d = {"MFG": "Minimum Funding Guarantee", "EHCP": "Education Health and Care Plan"}
    >>> acronyms_written_out("MFG", d), acronyms_written_out("new EHCPs issued", d)
    ('Minimum Funding Guarantee (MFG)', 'new Education Health and Care Plans (EHCPs) issued')
    >>> acronyms_written_out("Education Health and Care Plans (EHCPs)", d), acronyms_written_out("an EHCP", d)
    ('Education Health and Care Plans (EHCPs)', 'an Education Health and Care Plan (EHCP)')
    """
    if not phrase or not defined:
        return phrase
    low = phrase.lower()

    def sub(m: re.Match[str]) -> str:
        full = defined.get(m.group(1))
        if not full or full.lower() in low:
            return m.group()
        # (the acronym's plural on the long form: "EHCPs" -> "... Plans", "LAs" -> "Local Authorities")
        return f"{_plural(full) if m.group(2) else full} ({m.group()})"

    return _IN_PHRASE.sub(sub, phrase)
