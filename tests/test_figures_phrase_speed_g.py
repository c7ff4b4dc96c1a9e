"""The indicator phrase's patterns are compiled once (round 7, speedG), and its per-phrase patterns
are replaced by fixed ones where that is sure to give the same answer.

``re.match("...", s)`` with a pattern string looks the pattern up in ``re``'s cache of 512 entries;
the project uses more, so such patterns are recompiled again and again. These tests hold the
f-string patterns next to their replacements and compare them on council-style text and on awkward
strings (other cases, non-ASCII letters that case-insensitive patterns fold to ASCII, tabs,
newlines, text cut mid-word), and check that no pattern string is left inline in phrase.py.
"""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

from analysis.figures import phrase
from analysis.figures.phrase import _MONEY_VERB, _money_verb_after, _participle_after, _plural_before

RIGHTS = [
    " grant funding secured for the new centres",
    " funding received had reached settings in March",
    "  children supported were placed in homes",
    " the 95% funding received had reached settings",
    " Funding Received was paid",
    " funding\treceived\nhad reached",
    " funding spent on repairs",
    " FUNDING SPENT ON REPAIRS",
    " Funding allocated to schools",
    " funding allocatedly",
    " funding  invested  in housing",
    " young people reported were placed",
    " ſunding spent on it",
    " funding ſpent on it",
    " İnvestment committed to",
    " investment committed to",
    " Kelvin claimed",
    " kelvin claimed",
    "\u212aelvin claimed",
    " café received had",
    " Café received had",
    " CAFÉ received had",
    "funding received had",
    " ",
    "",
    " f",
    " funding",
    " funding received",
]

WORDS = ["funding", "Funding", "FUNDING", "children supported", "children", "young people reported",
         "investment", "İnvestment", "kelvin", "Kelvin", "café", "Café", "ſunding", "fund", "funding received",
         "grant funding", "the", "s", "K", "k"]


def _awkward_rights(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    pieces = ["funding", "Funding", "received", "RECEIVED", "spent", "had", "were", "is", "children", "ſ", "s",
              "K", "\u212a", "k", "İ", "i", "café", "CAFÉ", "ed", "allocated", "savedly", "saved", "_", "-", "'"]
    spaces = [" ", "  ", "\t", "\n", " \n "]
    out = []
    for _ in range(n):
        words = [rng.choice(pieces) for _ in range(rng.randint(0, 5))]
        text = "".join(rng.choice(spaces) + w for w in words)
        out.append(text[: rng.randint(0, len(text))] if rng.random() < 0.2 else text)
    return out


def test_participle_after_is_the_pattern_per_phrase():
    rights = RIGHTS + _awkward_rights(4000, 11)
    rng = random.Random(5)
    checked = 0
    for right in rights:
        phrases = [" ".join(right.split()[:k]) for k in range(1, 4)] + [rng.choice(WORDS)]
        for np_ in phrases:
            if not np_:
                continue  # (the caller's phrase is never empty)
            plain = re.match(rf"\s+{re.escape(np_)}\s+(\w+ed)\s+(?:had|has|have|was|were|is|are)\b", right)
            fast = _participle_after(right, np_)
            assert (plain is None) == (fast is None), (right, np_)
            if plain is not None:
                assert plain.group(1) == fast.group(1), (right, np_)
                checked += 1
    assert checked > 20  # (the inputs do hold participles)


def test_money_verb_after_is_the_pattern_per_word():
    rights = RIGHTS + _awkward_rights(4000, 12)
    rng = random.Random(6)
    checked = 0
    for right in rights:
        words = right.split()[:1] + [rng.choice(WORDS), rng.choice(WORDS).upper(), rng.choice(WORDS).lower()]
        for word in words:
            if len(word.split()) != 1:
                continue  # (the caller asks for one word only)
            plain = re.match(rf"(?i)^\s+{re.escape(word)}\s+({_MONEY_VERB})\b", right)
            fast = _money_verb_after(right, word)
            assert (plain is None) == (fast is None), (right, word)
            if plain is not None:
                assert plain.group(1) == fast.group(1), (right, word)
                checked += 1
    assert checked > 50


def test_plural_before_is_the_f_string_pattern():
    texts = ["There were no exclusions from special schools, one from primary and 20 from",
             "Referrals in March, contacts in April and visits at home; Visits At home, cases on hold",
             "placements across the county, beds within the unit and moves into care, caseS into",
             "the numbers  on\ntrack, rates\ton target, ſchools in, café's in , items_s on "] + _awkward_rights(500, 13)
    hits = 0
    for prep in ("from", "in", "at", "on", "across", "within", "into"):
        for text in texts:
            plain = [(m.span(), m.group(1)) for m in re.finditer(rf"\b([a-z][\w'’-]*s)\s+{prep}\s", text)]
            assert [(m.span(), m.group(1)) for m in _plural_before(prep).finditer(text)] == plain
            hits += len(plain)
    assert hits > 10


def test_no_pattern_string_is_left_inline():
    """phrase.py (and its parts, phrase_*.py: r27split) calls ``re.match``/``re.search``/... only with a pattern
    built at run time in a reference path, never with a pattern string (which ``re`` would look up, or recompile,
    per call)."""
    here = Path(phrase.__file__).parent
    parts = [here / "phrase.py"] + sorted(p for p in here.glob("phrase_*.py")
                                          if p.name not in ("phrase_chooser.py", "phrase_reader.py"))
    assert len(parts) > 10
    inline = []
    for part in parts:
        src = part.read_text(encoding="utf-8")
        for node in ast.walk(ast.parse(src)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"
                    and node.func.attr in ("match", "search", "fullmatch", "sub", "subn", "split", "findall",
                                           "finditer")):
                inline.append(src.splitlines()[node.lineno - 1])
    # the one left: the case-insensitive fallback of _money_verb_after (non-ASCII text only)
    assert len(inline) == 1, inline
    assert "re.escape(word)" in inline[0]


# --- step 2: gates and bounds of the patterns that cost most per figure ---

from analysis.figures.phrase import (  # noqa: E402
    _CHANGE_TO_LEFT,
    _CHANGE_TO_WORDS,
    _PRONOUN_VERB,
    _TRAIL_FUNCTION_WORD_SET,
    _TRAIL_FUNCTION_WORDS,
    _change_to_from,
    _ends_with_trail_word,
    _has_pronoun_subject,
)

#: the pronoun-subject pattern as phrase.py wrote it before :func:`_has_pronoun_subject` split it (round 6): the
#: reference the split is held to
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:it|this|they|this\s+figure|the\s+figure|this\s+number|that\s+figure|this\s+proportion|(?:and|but)\s+that|"
    r"\w+['’]s\s+figure|the\s+(?:national|regional|england)\s+figure)" + _PRONOUN_VERB,
    re.I,
)

_ODD_LETTERS = ["İ", "ı", "ſ", "\u212a", "é", "_", "'", "’"]
_SPACES = [" ", "  ", "\t", "\n", " \n", "\u00a0", "\u2003"]


def _case(rng: random.Random, w: str) -> str:
    r = rng.random()
    if r < 0.15:
        return w.upper()
    if r < 0.3:
        return w.capitalize()
    if r < 0.4:  # letters a case-insensitive pattern takes for ASCII ones
        return w.replace("i", rng.choice(["İ", "ı", "i"])).replace("s", rng.choice(["ſ", "s"])).replace("k", "\u212a")
    return w


def _texts(rng: random.Random, vocab: list[str], n: int, max_words: int = 7) -> list[str]:
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(0, max_words)):
            parts.append(rng.choice(_SPACES) if rng.random() < 0.9 else "")
            parts.append(_case(rng, rng.choice(vocab)))
        if rng.random() < 0.6:
            parts.append(rng.choice(_SPACES))
        text = "".join(parts)
        out.append(text[rng.randint(0, 3):] if rng.random() < 0.1 else text)
    return out


def test_change_to_search_from_its_bound_finds_what_the_whole_search_finds():
    rng = random.Random(21)
    vocab = list(_CHANGE_TO_WORDS) + ["to", "to", "to", "around", "about", "nearly", "a", "an", "the", "slight",
                                      "further", "with", "4.1%", "(", ",", "increases", "rise.", "x", "toaround",
                                      "deterioration", "improvement"] + _ODD_LETTERS
    texts = _texts(rng, vocab, 30000) + [
        "4.1% in March with a slight increase to ", "a further fall to around ", "an improvement to\n",
        "the Deterioration   TO  nearly  ", "a rise to about", "rise\tto\n", "increase to around\n", "drop toabout ",
        "a fall to about to ", "x" * 200 + " increase to "]
    hits = 0
    for b in texts:
        whole = _CHANGE_TO_LEFT.search(b) is not None
        assert (_CHANGE_TO_LEFT.search(b, _change_to_from(b)) is not None) == whole, b
        hits += whole
    assert hits > 500


def test_has_pronoun_subject_is_the_pattern():
    rng = random.Random(22)
    vocab = ["it", "this", "they", "that", "the", "and", "but", "figure", "number", "proportion", "national",
             "regional", "england", "Swindon's", "Derby’s", "its", "had", "has", "was", "is", "rose", "fell", "to",
             "now", "dipped", "declined", "reached", "itself", "thisfigure", "bit", "at", "x", ",", "(", "s",
             "Figure"] + _ODD_LETTERS
    texts = _texts(rng, vocab, 30000) + ["Officers confirmed it had reduced from ", "Swindon's figure had dropped to ",
                                         "and that dropped in 2020-21 to ", "the national figure was ",
                                         "THIS PROPORTION ROSE to ", "İt has ", "ıt was ", "the ſwindon’s figure is "]
    hits = 0
    for left in texts:
        plain = _PRONOUN_SUBJECT.search(left) is not None
        assert _has_pronoun_subject(left) == plain, left
        hits += plain
    assert hits > 500


def test_trail_word_gate_is_a_necessary_condition():
    rng = random.Random(23)
    vocab = sorted(_TRAIL_FUNCTION_WORD_SET) + ["children", "in care", "theatre", "others", "x", "aged 16",
                                                "Thé", "ſ", "wHo", "ıts", "\u212a"] + _ODD_LETTERS
    texts = _texts(rng, vocab, 30000) + ["children in care of the", " the", "the", "\tthe", "children the\n",
                                         "children THE", "children ıN", "children fOR  ", ""]
    hits = 0
    for p in texts:
        plain = _TRAIL_FUNCTION_WORDS.sub("", p)
        assert (_TRAIL_FUNCTION_WORDS.sub("", p) if _ends_with_trail_word(p) else p) == plain, p
        hits += plain != p
    assert hits > 2000


from analysis.figures.phrase import (  # noqa: E402
    _HAD_MONEY_OF,
    _HAD_MONEY_OF_ENDS,
    _LIST_JOIN_END,
    _SHARE_OPEN_LEFT,
    _SPEAKER,
    _SPEAKER_ENDS,
    _WHICH_THAT_TRAIL,
    _ends_with,
    _share_open,
    _speaker_end,
)


def _gate_cases(seed: int, words: list[str], n: int = 20000) -> list[str]:
    rng = random.Random(seed)
    vocab = words + ["x", "the", "a", "an", "its", "just", "more", "less", "fewer", "than", "forecast", "net",
                     "overspend", "deficit", "faced", "had", "in-year", "x-asked", "(", ",", ";", ".", "-"] + _ODD_LETTERS
    return _texts(rng, vocab, n)


def test_end_word_gates_are_necessary_conditions():
    """Each pattern that must end with one of a few words (then whitespace) is searched only where
    :func:`_ends_with` says the text ends so; the gate never hides a match."""
    cases = [  # (the pattern, its gate's words, the words of its text: written out, not taken from the gate)
        (_SPEAKER, _SPEAKER_ENDS, "asked queried questioned noted said stated advised explained reported confirmed "
                                  "highlighted wondered commented whether if that about how why what"),
        (_LIST_JOIN_END, (",", "and", "or"), ", and or"),
        (_WHICH_THAT_TRAIL, ("which", "that"), "which that"),
        (_HAD_MONEY_OF, _HAD_MONEY_OF_ENDS, "of around about approximately nearly almost over under some"),
    ]
    rng = random.Random(39)
    money = []  # "the service faced an in-year overspend of around ": _HAD_MONEY_OF's words in order, or some of them
    for _ in range(20000):
        parts = [rng.choice(["", "x ", "The service ", "(", "it "]), rng.choice(["faced", "had", "shows", "reported", "x"]),
                 rng.choice(["an", "a", "the", "its", "An"]), rng.choice(["forecast", "in-year", "net", "", ""]),
                 rng.choice(["overspend", "deficit", "budget gap", "savings", "x"]), rng.choice(["of", "of", "at"]),
                 rng.choice(["", "", "around", "just over", "some", "x"])]
        parts = [_case(rng, w) for w in parts if w and rng.random() < 0.95]
        money.append("".join(w + rng.choice(_SPACES) for w in parts)[: None if rng.random() < 0.8 else -1])
    for i, (pattern, ends, words) in enumerate(cases):
        hits = 0
        for t in _gate_cases(30 + i, words.split() * 3) + money:
            m = pattern.search(t)
            if m is not None:
                assert _ends_with(t, ends), (pattern.pattern, t)
                hits += 1
        assert hits > 300, pattern.pattern


def test_speaker_end_and_share_open_are_their_patterns():
    for t in _gate_cases(40, list(_SPEAKER_ENDS) * 2) + ["Members asked whether", "x-asked", "asked\n", "ASKED  how "]:
        assert _speaker_end(t) == (_SPEAKER.search(t) is not None), t
    words = ["that", "and", "with", "while", "whilst", "whereas", "over", "under", "around", "about", "almost",
             "nearly", "approximately", "than", "just"]
    hits = 0
    for t in _gate_cases(41, words * 2) + ["", " ", "over ", "  just  over ", "x,", "x.\n", "\t"]:
        plain = _SHARE_OPEN_LEFT.search(t) is not None
        assert _share_open(t) == plain, t
        hits += plain
    assert hits > 1000


from analysis.figures.phrase import (  # noqa: E402
    _COPULA_PARTICIPLE,
    _NP_BOUNDARY,
    _NP_BOUNDARY_WORDS,
    _VERB_OBJECT_TO,
    _copula_participle,
    _verb_object_to,
)

#: _NP_BOUNDARY as it was written before (round 6): a plain alternation (with round 12's reporting verbs, once
#: _REPORT_BOUNDARY)
_NP_BOUNDARY_PLAIN = re.compile(
    r"^.*\b(?:that|which|who|there|than|whereas|below|above|against|and(?!\s+(?-i:[A-Z]))|showed|shows|noted|reported|"
    r"confirmed|advised|explained|informed|stated|highlighted|said|told|indicated|saw|see|sees|"
    r"with|while|whilst|but|including|included|was|were|is|are|had|has|have|been|would|will|"
    r"could|should|can|may|might|now|for\s+the\s+first\s+time|"
    r"show|says|heard|suggest|suggests|suggested|reveal|reveals|revealed)\s+",
    re.I | re.S,
)


def test_np_boundary_trie_ends_where_the_plain_alternation_ends():
    rng = random.Random(51)
    vocab = list(_NP_BOUNDARY_WORDS) + ["and", "And", "AND", "Children", "children", "the", "number", "for", "first",
                                        "time", "seen", "wasn't", "thats", "x", "(", ",", "ſaid", "İs", "ıs"] + _ODD_LETTERS
    texts = _texts(rng, vocab, 30000) + ["Members noted that the average cost of residential care was ",
                                         "and Children in care", "it was for  the\tfirst time ", "sees ", "see"]
    moved = 0
    for t in texts:
        plain = _NP_BOUNDARY_PLAIN.match(t)
        fast = _NP_BOUNDARY.match(t)
        assert (None if plain is None else plain.end()) == (None if fast is None else fast.end()), t
        moved += plain is not None
    assert moved > 10000


def test_memoised_left_searches_are_the_searches():
    rng = random.Random(52)
    vocab = ["reduced", "increased", "cut", "brought", "the", "its", "a", "deficit", "DSG", "down", "up", "to", "was",
             "is", "has been", "currently", "placed", "spent", "by", "at", "Children", "and", "x", "ent"] + _ODD_LETTERS
    templates = []  # "the council has reduced its DSG deficit down to ", "the pupils were currently placed by "
    for _ in range(5000):
        head = [rng.choice(["", "x ", "The council has ", "("]), rng.choice(["reduced", "cut", "raise", "grew", "x"]),
                rng.choice(["its", "the", "a", "x"]), rng.choice(["DSG deficit", "deficit", "ab", "number of CIN"]),
                rng.choice(["", "down", "up"]), rng.choice(["to", "to", "at"])]
        cop = [rng.choice(["", "The pupils ", "x", "Children & Families"]), rng.choice(["were", "has been", "is", "x"]),
               rng.choice(["", "currently", "now"]), rng.choice(["placed", "spent", "x", "ent"]),
               rng.choice(["", "by", "at", "to"])]
        for parts in (head, cop):
            templates.append("".join(_case(rng, w) + rng.choice(_SPACES) for w in parts if w and rng.random() < 0.95))
    hits = [0, 0]
    for t in _texts(rng, vocab, 6000) + templates:
        for i, (pattern, fast) in enumerate(((_VERB_OBJECT_TO, _verb_object_to), (_COPULA_PARTICIPLE, _copula_participle))):
            plain = pattern.search(t)
            got = fast(t)
            assert (None if plain is None else (plain.span(), plain.groups())) == \
                (None if got is None else (got.span(), got.groups())), t
            hits[i] += plain is not None
    assert min(hits) > 100, hits
