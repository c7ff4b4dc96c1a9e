"""A learnt chooser over candidate indicator phrases (round 15, ``r15phrase``: an experiment, not wired in the stage).

The rules (:mod:`.phrase`) give one phrase per figure. This module offers a few alternatives that the figure's
sentence holds, each found by cheap string work on the figure's clause, and features by which a logistic regression
(``scripts/phrase_chooser_cv.py``) scores every candidate; the rules' phrase is replaced only when another candidate
beats it by a margin.

Candidate sources (:data:`SOURCES`; the rules' phrase is always candidate 0):

* ``after``: the noun phrase right after the value ("600 *new school places*", "27 *UASC*");
* ``of_after``: the noun phrase after "of" that follows the value ("53pc of *youngsters*", "22 of 56 *schools*");
* ``before``: the noun phrase right before the value ("the *Schools Block underspend* £2m");
* ``of_before``: the noun phrase before a linking word right before the value ("*England's overall rate* of 334",
  "*performance* dipped to 46%": the words before "of", "at", "to", "by", "was", ... and a verb);
* ``subject``: the clause's first words up to its first verb ("*the number of children in care* rose to 410");
* ``prev``: the rules' phrase of the figure before in the same sentence ("children in care rose from 325 to *390*");
* ``heading``: the segment's heading when it is short (at most :data:`_MAX` words: "KS1 reading" over a table).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..vocab import MONTH_NAMES, MONTH_SHORT

__all__ = ["SOURCES", "Candidate", "candidates", "features", "locate"]

SOURCES = ("rules", "after", "of_after", "before", "of_before", "subject", "prev", "heading")

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’&\-]*|\d[\d,.]*(?:%|pc)?|[£$€]|[^\sA-Za-z\d]")
#: marks that end a clause
_CLAUSE = {";", ":", "(", ")", "–", "—", "?", "!", "\"", "“", "”", "|"}
_DET = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "some", "all", "any",
        "each", "every", "which", "whose"}
_CONJ = {"and", "or", "but", "while", "whilst", "although", "though", "because", "as", "if", "when", "where", "so",
         "than", "then", "also", "only", "just", "nearly", "almost", "approximately", "around", "about", "over", "under",
         "some", "up", "down", "more", "less", "fewer", "further", "another", "total", "just", "still", "now"}
_LINK = {"of", "at", "to", "by", "from", "was", "is", "are", "were", "be", "been", "reached", "stands", "stood",
         "totalled", "totals", "remains", "remained", "rose", "fell", "increased", "decreased", "dipped", "reduced",
         "around", "approximately", "about", "nearly", "almost", "over", "under", "just", "some", "currently", "now",
         "had", "has", "have", "with", "for", "on", "in"}
_INNER = {"of", "in", "for", "with", "on", "and", "to", "under", "from", "per", "&"}
_VERBS = {
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "could", "should", "may",
    "might", "can", "must", "shall", "do", "does", "did", "rose", "rise", "rises", "risen", "fell", "fall", "falls",
    "fallen", "increased", "increase", "increases", "decreased", "decrease", "decreases", "reduced", "reduce",
    "reached", "reach", "reaches", "stands", "stood", "stand", "remains", "remained", "remain", "shows", "showed",
    "show", "shown", "said", "says", "say", "reported", "reports", "report", "compared", "represents", "represented",
    "equates", "equated", "totalled", "totals", "dipped", "grew", "grown", "grows", "went", "goes", "came", "comes",
    "saw", "sees", "see", "seen", "needed", "needs", "need", "received", "receive", "receives", "made", "makes", "make",
    "given", "gave", "gives", "spent", "spend", "spends", "cost", "costs", "agreed", "approved", "noted", "explained",
    "confirmed", "asked", "queried", "highlighted", "estimated", "expected", "projected", "forecast", "forecasts",
    "included", "includes", "include", "meant", "means", "mean", "became", "become", "becomes", "continues",
    "continued", "there", "it", "they", "we", "he", "she", "who",
}
_MONTHS = {m.lower() for m in MONTH_NAMES + MONTH_SHORT}
_MAX = 7  # words of a candidate
#: words a noun phrase does not run across (comparisons)
_BREAK = {"above", "below", "than", "against", "compared", "versus", "vs", "including", "excluding", "between", "since",
          "during", "upon", "at", "by", "into", "to", "until", "after", "before", "within", "across", "despite"}
#: words a candidate does not end on
_TAIL = {"per", "up", "down", "some", "about", "over", "currently", "now", "still", "already", "just", "only", "also",
         "all", "each", "alone", "combined", "overall"}


@dataclass(frozen=True)
class Candidate:
    """One phrase the chooser may pick: where it came from, the phrase, and its distance from the value in words."""

    source: str
    phrase: str
    distance: int


def locate(sentence: str, surface: str, left: str) -> int:
    """Where the figure's ``surface`` starts in ``sentence`` (``left``: the raw text before the figure, which tells
    two equal surfaces apart); -1 when the surface is not in the sentence.

    A surface inside a longer number or word is not the figure ("325" in "1,325" or "3250").

    >>> locate("from 325 to 390, then 325 again", "325", "rose then 325 again and from 325 to 390, then ")
    22
    >>> locate("of 1,325 children, 325 were placed", "325", "")
    19
    """
    pattern = r"(?<![0-9A-Za-z])(?<!\d[,.])" + re.escape(surface) + r"(?![0-9A-Za-z])(?![,.]\d)"
    spots = [m.start() for m in re.finditer(pattern, sentence)] if surface else []
    if len(spots) <= 1:
        return spots[0] if spots else -1
    flat = " ".join(left.split())

    def agree(i: int) -> int:
        before = " ".join(sentence[:i].split())
        n = 0
        while n < min(len(before), len(flat)) and before[-1 - n] == flat[-1 - n]:
            n += 1
        return n

    return max(spots, key=lambda i: (agree(i), -i))


def _words(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_word(t: str) -> bool:
    return t[:1].isalpha()


def _np_forward(toks: list[str]) -> list[str]:
    """The noun phrase at the start of ``toks``: words up to a verb, a clause mark or a comma (``of``/``in``/... only
    inside), at most :data:`_MAX` words."""
    out: list[str] = []
    for t in toks:
        lw = t.lower()
        if not _is_word(t) or lw in _VERBS or (lw in _DET and out) or lw in _BREAK or lw in ("which", "that", "who", "as"):
            break
        out.append(t)
        if len(out) >= _MAX:
            break
    while out and (out[-1].lower() in _INNER or out[-1].lower() in _DET or out[-1].lower() in _CONJ
                   or out[-1].lower() in _TAIL):
        out.pop()
    while out and (out[0].lower() in _DET or out[0].lower() in _CONJ):
        out.pop(0)
    return out


def _np_backward(toks: list[str]) -> list[str]:
    """The noun phrase at the end of ``toks`` (read backwards), as :func:`_np_forward`."""
    out: list[str] = []
    for t in reversed(toks):
        lw = t.lower()
        if not _is_word(t) or lw in _VERBS or lw in _DET or lw in _BREAK or lw in _CONJ and lw not in ("and",):
            break
        out.insert(0, t)
        if len(out) >= _MAX:
            break
    while out and (out[0].lower() in _INNER or out[0].lower() in _CONJ):
        out.pop(0)
    while out and (out[-1].lower() in _INNER or out[-1].lower() in _TAIL):
        out.pop()
    return out


def _clause(sentence: str, at: int, end: int) -> tuple[list[str], list[str]]:
    """The tokens of the value's clause before and after it (``at``:``end``, the value's place in ``sentence``)."""
    before = _words(sentence[:at])
    after = _words(sentence[end:])
    i = len(before)
    while i > 0 and before[i - 1] not in _CLAUSE:
        i -= 1
    j = 0
    while j < len(after) and after[j] not in _CLAUSE:
        j += 1
    return before[i:], after[:j]


def candidates(sentence: str, at: int, end: int, rules_phrase: str, prev: str = "", heading: str = "") -> list[Candidate]:
    """The rules' phrase (first) and the alternatives of :data:`SOURCES` the sentence offers (one each at most, empty and
    repeated phrases left out).

    >>> [(c.source, c.phrase) for c in candidates("That Southend take 27 UASC of the population.", 20, 22, "Southend take")]
    [('rules', 'Southend take'), ('after', 'UASC')]
    >>> s = "This is well above England's overall rate of 334 per 10,000."
    >>> [c.phrase for c in candidates(s, 45, 48, "")]
    ['', "England's overall rate"]
    """
    out = [Candidate("rules", rules_phrase, 0)]
    extra = []
    if prev:
        extra.append(Candidate("prev", prev.rsplit(": ", 1)[-1], 3))
    hw = _words(heading or "")
    if hw and len([t for t in hw if _is_word(t)]) <= _MAX:
        extra.append(Candidate("heading", " ".join(heading.split()), 10))
    if at < 0:
        return out + [c for c in extra if c.phrase.strip().lower() != rules_phrase.strip().lower()]
    left, right = _clause(sentence, at, end)
    # skip the value's own tail ("per cent", "million", "%", "pc") and a unit word
    k = 0
    while k < len(right) and right[k].lower() in ("per", "cent", "percent", "million", "m", "bn", "billion", "k", "%",
                                                  "pc", "thousand", "pounds"):
        k += 1
    rest = right[k:]
    found: list[Candidate] = []
    if rest and rest[0] not in (",", "."):
        found.append(Candidate("after", " ".join(_np_forward(rest)), 1))
    if len(rest) > 1 and rest[0].lower() == "of":
        tail = rest[1:]
        while tail and (tail[0][:1].isdigit() or tail[0].lower() in _DET or tail[0] in ("£", "$", "€")):
            tail = tail[1:]
        found.append(Candidate("of_after", " ".join(_np_forward(tail)), 2))
    lw = [t for t in left if t not in ("£", "$", "€")]
    if lw and lw[-1].lower() not in _LINK:
        found.append(Candidate("before", " ".join(_np_backward(lw)), 1))
    m = len(lw)
    while m > 0 and (lw[m - 1].lower() in _LINK or lw[m - 1].lower() in _VERBS) and len(lw) - m < 4:
        m -= 1
    if m < len(lw):
        found.append(Candidate("of_before", " ".join(_np_backward(lw[:m])), len(lw) - m + 1))
    s = 0
    while s < len(lw) and (not _is_word(lw[s]) or lw[s].lower() in _DET or lw[s].lower() in _CONJ
                           or lw[s].lower() in ("in", "at", "on", "by", "from", "since", "during") or lw[s].lower() in _MONTHS
                           or lw[s] == ","):
        s += 1
    subj = _np_forward(lw[s:]) if s < len(lw) else []
    if subj:
        found.append(Candidate("subject", " ".join(subj), len(lw) - s))
    seen = {rules_phrase.strip().lower()}
    for c in found + extra:
        key = c.phrase.strip().lower()
        if key and key not in seen:
            seen.add(key)
            out.append(c)
    return out


def _concept_words(indicators: Iterable[object]) -> frozenset[str]:
    """Lower-case words of every indicator's ``what`` and ``qualifier`` terms (3+ letters)."""
    words: set[str] = set()
    for ind in indicators:
        for term in tuple(getattr(ind, "what", ())) + tuple(getattr(ind, "qualifier", ())):
            words.update(w for w in re.findall(r"[a-z]+", str(term).lower()) if len(w) > 2)
    return frozenset(words)


_STOP = _DET | _CONJ | _INNER | {"at", "by", "as", "it", "is", "was", "be"}


def _text_features(phrase: str, concepts: frozenset[str]) -> list[float]:
    ws = re.findall(r"[A-Za-z][A-Za-z'’\-]*|\d+", phrase)
    n = len(ws)
    lw = [w.lower() for w in ws]
    return [
        float(n == 0),
        min(n, 10) / 10.0,
        float(any(w.rstrip("s") in concepts or w in concepts for w in lw)),
        sum(w in _STOP for w in lw) / n if n else 0.0,
        float(any(w in _VERBS for w in lw)),
        float(any(w.endswith("ing") or w.endswith("ed") for w in lw)),
        sum(w[:1].isupper() for w in ws[1:]) / (n - 1) if n > 1 else float(bool(ws) and ws[0][:1].isupper()),
        float(any(w in _MONTHS for w in lw) or bool(re.search(r"\d", phrase))),
        float(":" in phrase),
        float(bool(lw) and lw[-1] in _STOP),
    ]


def features(cands: list[Candidate], concepts: frozenset[str], key_words) -> list[list[float]]:
    """One feature vector per candidate: its source (one-hot), its distance from the value, its text (emptiness,
    length, a concept word of ``data/indicators.yml``, stop-word share, verb-looking words, names, dates, a colon, a
    dangling stop word), its key-word overlap with the rules' phrase, and the rules' phrase's own text features (so the
    model learns when the rules' phrase is weak). ``key_words``: :func:`analysis.evaluation.key_words`-like."""
    rules = cands[0].phrase
    rk = key_words(rules)
    rf = _text_features(rules, concepts)
    out = []
    for c in cands:
        ck = key_words(c.phrase)
        onehot = [float(c.source == s) for s in SOURCES]
        jac = len(ck & rk) / len(ck | rk) if ck | rk else 1.0
        cf = _text_features(c.phrase, concepts)
        lc, lr = c.phrase.lower(), rules.lower()
        inside = [float(bool(lc) and lc in lr), float(bool(lr) and lr in lc), float(bool(ck - rk))]
        out.append(onehot + [min(c.distance, 10) / 10.0, jac] + cf + rf + [a - b for a, b in zip(cf, rf)] + inside)
    return out
