"""A learnt token reader of what a figure measures (round 26, ``r26tagger``: a declared experiment, NOT wired in the stage).

The rules of :mod:`.phrase` give each figure one ``indicator`` phrase. This module scores every WORD of the figure's
sentence (and of its segment's heading, marked as such) by how likely it is to be one of the key words
(:func:`analysis.evaluation.key_words`) of the phrase a reader would give, and keeps the rules' phrase unless that phrase
holds no word the model believes in while another word does; then the phrase becomes the short noun phrase around the
best word (:func:`noun_phrase`). It differs from round 15's chooser (:mod:`.phrase_chooser`), which scored a few WHOLE
candidate phrases made by clause-string rules.

* :func:`tokens`: the word tokens of a text with their character spans;
* :func:`token_features`: the features of each candidate word of one figure (its stem and shape, its offset from the
  figure in words and clause marks, whether a verb or "of"/"for"/"in" stands between, whether it is in the rules'
  phrase, its neighbours, the figure's unit);
* :func:`noun_phrase`: the short noun phrase of a text around one of its tokens (contiguous words, so a slice of it);
* :func:`decide`: the rule that keeps or replaces the rules' phrase given the token scores.

The cross-validation that decides whether it is wired is ``scripts/phrase_reader_cv.py``
(``tests/realworld/notes/r26_r26tagger.md``).

>>> [t for t, _a, _b in tokens("The 412 children-in-care rose.")]
['The', '412', 'children', 'in', 'care', 'rose']
>>> s = "The number of children in care rose to 412 in March."
>>> noun_phrase(s, tokens(s), 3)
(14, 30)
>>> s[14:30]
'children in care'
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

__all__ = ["Token", "decide", "noun_phrase", "stem", "token_features", "tokens"]

Token = tuple[str, int, int]

_WORD = re.compile(r"[A-Za-z0-9]+")
#: the generic words of :mod:`analysis.evaluation` (never a key word, so never scored)
GENERIC = frozenset({
    "the", "a", "an", "of", "in", "to", "for", "and", "or", "with", "on", "at", "by", "from", "number",
    "numbers", "total", "figure", "figures", "rate", "proportion", "percentage", "level", "per", "cent",
    "amount", "this", "that", "were", "was", "is", "are", "had", "been",
})
_VERBS = frozenset({
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "must", "do", "does", "did", "rose", "rise", "rises", "fell", "fall", "falls", "increased",
    "increase", "decreased", "decrease", "reduced", "reached", "stands", "stood", "remains", "remained", "shows",
    "showed", "said", "reported", "compared", "represents", "totalled", "grew", "saw", "received", "made", "spent",
    "cost", "costs", "agreed", "approved", "noted", "explained", "confirmed", "asked", "highlighted", "estimated",
    "expected", "included", "includes", "became", "continues", "continued", "went", "given", "gave",
})
_DET = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "some", "all",
                  "any", "each", "every", "which", "whose", "there", "it", "they", "we", "he", "she", "who", "what"})
_PREP = frozenset({"of", "in", "for", "to", "by", "from", "on", "at", "with", "than", "since", "as", "into", "over",
                   "under", "between", "per", "against", "across", "during", "within", "and", "or", "but", "while",
                   "whilst", "because", "if", "when", "where", "so", "then", "also", "only", "just", "not", "no",
                   "nearly", "almost", "approximately", "around", "about", "up", "down", "more", "less", "fewer",
                   "further", "very", "currently", "now", "still"})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                     "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
                     "nov", "dec", "year", "years", "month", "months", "week", "weeks", "day", "days", "quarter"})
#: words an inner preposition of a noun phrase may be ("number of children in care")
_INNER = frozenset({"of", "in", "for"})
_MAX_WORDS = 6


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """The lower-cased Snowball stem of ``word`` (as :func:`analysis.evaluation.key_words` stems).

    >>> stem("Placements"), stem("children")
    ('placement', 'children')
    """
    return _stemmer()(word.lower())


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    from nltk.stem.snowball import SnowballStemmer

    return SnowballStemmer("english").stem


def tokens(text: str) -> list[Token]:
    """The word tokens of ``text`` (runs of letters and digits, as the key words are cut) with their spans."""
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text.replace("’", "'"))]


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if any(c.isdigit() for c in word):
        return "xd"
    if word.isupper() and len(word) > 1:
        return "X"
    if word[:1].isupper():
        return "Xx"
    return "x"


def _offset_bucket(k: int) -> str:
    a = abs(k)
    b = str(a) if a <= 3 else "4-6" if a <= 6 else "7-10" if a <= 10 else "11+"
    return ("-" if k < 0 else "+") + b


def _is_verb(w: str) -> bool:
    return w in _VERBS or (len(w) > 4 and w.endswith("ed"))


def candidate(word: str) -> bool:
    """Whether a word can be a key word at all (not generic, not one letter)."""
    w = word.lower()
    return len(w) > 1 and w not in GENERIC


def token_features(sentence: str, at: tuple[int, int], heading: str, rules_keys: frozenset[str] | set[str],
                   unit: str, is_change: bool) -> list[tuple[str, int, list[str]]]:
    """For one figure (``sentence[at[0]:at[1]]`` is its surface; ``at`` (-1, -1) when not found): each candidate word
    of the sentence and of ``heading`` as (``"s"`` or ``"h"``, its index in :func:`tokens` of that text, features).

    >>> fs = token_features("There were 412 children in care.", (11, 14), "", {"care"}, "count", False)
    >>> [(w, i) for w, i, _ in fs]
    [('s', 0), ('s', 3), ('s', 5)]
    >>> sorted(f for f in fs[1][2] if f.startswith(("o=", "st=", "in_r", "p1=")))
    ['in_rules=0', 'o=+1', 'p1=412', 'st=children']
    """
    out: list[tuple[str, int, list[str]]] = []
    common = [f"u={unit}", f"ch={int(bool(is_change))}", f"empty_rules={int(not rules_keys)}"]
    toks = tokens(sentence)
    a, b = at
    fig = [i for i, (_w, s, e) in enumerate(toks) if a >= 0 and s < b and a < e]
    lo, hi = (fig[0], fig[-1]) if fig else (-1, -1)
    lows = [w.lower() for w, _s, _e in toks]
    for i, (w, s, e) in enumerate(toks):
        if lo <= i <= hi and lo >= 0:
            continue
        if not candidate(w):
            continue
        lw = lows[i]
        st = stem(lw)
        f = [f"st={st}", f"sh={_shape(w)}", f"in_rules={int(st in rules_keys)}", "src=s",
             f"p1={lows[i - 1] if i else '^'}", f"n1={lows[i + 1] if i + 1 < len(toks) else '$'}", *common]
        if lo >= 0:
            if i < lo:
                k, gap, words = i - lo, sentence[e:a], lows[i + 1:lo]
            else:
                k, gap, words = i - hi, sentence[toks[hi][2]:s], lows[hi + 1:i]
            marks = sum(gap.count(c) for c in ",;:()") + sum(x in ("and", "or") for x in words)
            ob = _offset_bucket(k)
            f += [f"o={ob}", f"cl={min(marks, 3)}", f"verb={int(any(_is_verb(x) for x in words))}",
                  f"prep={int(any(x in _INNER for x in words))}", f"o_cl={ob}_{min(marks, 3)}",
                  f"side={'L' if k < 0 else 'R'}_{int(st in rules_keys)}"]
        else:
            f.append("o=none")
        out.append(("s", i, f))
    if heading:
        htoks = tokens(heading)
        hl = [w.lower() for w, _s, _e in htoks]
        for i, (w, _s, _e) in enumerate(htoks):
            if not candidate(w):
                continue
            st = stem(hl[i])
            out.append(("h", i, [f"st={st}", f"sh={_shape(w)}", f"in_rules={int(st in rules_keys)}", "src=h", "o=head",
                                 f"hp1={hl[i - 1] if i else '^'}", f"hlen={min(len(htoks), 8)}", *common]))
    return out


def _np_word(w: str) -> bool:
    lw = w.lower()
    return not (lw in _VERBS or lw in _DET or lw in _PREP or lw in _MONTHS or lw.isdigit() or any(c.isdigit() for c in lw)
                or (len(lw) > 4 and lw.endswith("ly")))


def noun_phrase(text: str, toks: Sequence[Token], i: int) -> tuple[int, int]:
    """The character span in ``text`` of the short noun phrase around token ``i`` (at most six words): noun-like words
    either side of it (no verb, determiner, preposition, date, number or adverb), then on the right at most one "of",
    "in" or "for" followed by noun-like words; words joined only by spaces or hyphens; a trailing inner word dropped."""
    def joined(j: int, k: int) -> bool:  # tokens j and k (= j + 1) joined by spaces or a hyphen only
        return text[toks[j][2]:toks[k][1]].strip(" -'") == ""

    first = last = i
    while first > 0 and last - first + 1 < _MAX_WORDS and joined(first - 1, first) and _np_word(toks[first - 1][0]):
        first -= 1
    inner_used = False
    while last + 1 < len(toks) and last - first + 1 < _MAX_WORDS and joined(last, last + 1):
        w = toks[last + 1][0]
        if _np_word(w) and not _is_verb(w.lower()):  # (after the head an -ed word is a verb: "carers numbered")
            last += 1
        elif w.lower() in _INNER and not inner_used and last + 2 < len(toks) and joined(last + 1, last + 2) \
                and _np_word(toks[last + 2][0]) and last - first + 2 < _MAX_WORDS:
            last += 2
            inner_used = True
        else:
            break
    return toks[first][1], toks[last][2]


def decide(scores: Sequence[tuple[str, int, bool, float]], threshold: float) -> tuple[str, int] | None:
    """Which token replaces the rules' phrase, if any: ``scores`` holds (source, token index, in the rules' phrase,
    probability) per candidate word. None (keep the rules' phrase) when a word of the rules' phrase reaches
    ``threshold`` or no word does; else the best word's (source, index).

    >>> decide([("s", 1, True, 0.2), ("s", 4, False, 0.7)], 0.5)
    ('s', 4)
    >>> decide([("s", 1, True, 0.6), ("s", 4, False, 0.9)], 0.5) is None
    True
    """
    if any(inr and p >= threshold for _s, _i, inr, p in scores):
        return None
    best = max((sc for sc in scores if not sc[2]), key=lambda sc: (sc[3], sc[0] == "s", -sc[1]), default=None)
    if best is None or best[3] < threshold:
        return None
    return best[0], best[1]
