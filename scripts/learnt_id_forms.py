r"""The candidate forms tried for the learnt id fallback in round 10 (``r10model``; none wired: see
``tests/realworld/notes/r10_learnt_id.md``). Form 1 is the wired one (:func:`analysis.figures.learnt_id.candidates`);
the others are kept here, out of the stage, so that ``scripts/learnt_id_cv.py --form N`` reproduces their scores.

* form 2: the rings carry their side: the phrase; the words just before the figure in its sentence; the words just
  after it; the sentence; the raw text before its sentence (the previous sentence, a heading); the raw text after
  its sentence. Added features: id x unit, what-ring x qualifier-ring. Money with a ``per`` that is not a unit
  cost's base (per annum, per year, per month) may have an id without ``per``, as the rules allow.
* form 3: form 2 + cues near the figure (a rate, a comparator, a target), each also x unit.
* form 4: form 3 + a heading ring (:func:`heading_before`).

>>> t = "5. Children in Care Annual Report\nMinutes:\nThe committee noted it.\nThere were 412 at the end of March."
>>> heading_before(t, t.index("412"))
'5. Children in Care Annual Report'
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from analysis.figures import learnt_id as L  # noqa: E402
from analysis.figures.indicators import _UNIT_COST_BASE, find_concepts  # noqa: E402

#: (form 4) how far back a heading of a figure is looked for, in raw characters
HEADING_REACH = 1500
#: (form 3) cues that a figure near an indicator's words is another measure of it: a rate read as a count, a
#: comparator's value (England, national, regional, statistical neighbours, an average), a target
_CUES = (("rate", re.compile(r"(?i)\brates?\b|per\s+10,?000|per\s+(?:ten\s+)?thousand")),
         ("comparator", re.compile(r"(?i)\b(?:national(?:ly)?|england|regional|region|statistical\s+neighbou?rs?|"
                                   r"comparators?|average|nationwide|uk)\b")),
         ("target", re.compile(r"(?i)\btargets?\b|\baim(?:s|ed)?\b|\bambition\b")))


def heading_before(text: str, start: int, reach: int = HEADING_REACH) -> str:
    """(form 4) The nearest line before the line of a figure at ``start`` that reads as a heading: 3 to 90
    characters, opening with a letter or digit (not a bullet), a letter in it, not ending as a sentence, a clause or
    a lead-in does ("Minutes:"); ``""`` if none within ``reach``."""
    lo = max(0, start - reach)
    end = text.rfind("\n", lo, start)
    while end > lo:
        b = text.rfind("\n", lo, end)
        if b < 0:
            if lo > 0:
                return ""  # (a line cut by the reach)
            b = -1
        line = text[b + 1:end].strip()
        if 3 <= len(line) <= 90 and line[-1] not in ".,;:" and line[0].isalnum() and any(c.isalpha() for c in line):
            return line
        end = b
    return ""


def allowed(indicators: Sequence[object], unit: str, per: str, is_change: bool, form: int = 1) -> frozenset[str]:
    """:func:`analysis.figures.learnt_id.allowed`; form >= 2: money per annum / year / month may have an id without
    ``per`` (as the rules' matcher allows)."""
    out = L.allowed(indicators, unit, per, is_change)
    if form >= 2 and unit == "gbp" and per and not _UNIT_COST_BASE.search(per):
        # the ids with no ``per`` of their own, which L.allowed refuses to money with any ``per``: L.allowed without it
        out |= L.allowed(indicators, unit, "", is_change)
    return out


def _rings2(phrase: str, sentence: str, left: str, right: str) -> list[str]:
    lsent, rsent = L._sentence_sides(left, right)
    return [phrase, lsent[-60:], rsent[:60], sentence, left[: len(left) - len(lsent)], right[len(rsent):]]


def _cues(phrase: str, left: str, right: str) -> tuple[str, ...]:
    lsent, rsent = L._sentence_sides(left, right)
    near = phrase + " " + lsent[-60:] + " " + rsent[:60]
    return tuple(name for name, rx in _CUES if rx.search(near))


def candidates(phrase: str, sentence: str, left: str, right: str, unit: str, per: str, is_change: bool,
               indicators: Sequence[object], form: int = 1, heading: str = "") -> dict[str, list[str]]:
    """:func:`analysis.figures.learnt_id.candidates` (form 1) or the round 10 forms 2-4."""
    if form == 1:
        return L.candidates(phrase, sentence, left, right, unit, per, is_change, indicators)
    ok = allowed(indicators, unit, per, is_change, form)
    if not ok:
        return {}
    texts = _rings2(phrase, sentence, left, right)
    if form >= 4:
        texts.append(heading)
    found = find_concepts(texts, unit, per or None, indicators)  # type: ignore[arg-type]
    by_id = {ind.id: ind for ind in indicators}  # type: ignore[attr-defined]
    rings = {}
    for iid, slot in found.items():
        if iid not in ok or "what" not in slot and "qualifier" not in slot:
            continue
        rings[iid] = (slot.get("what", (9, 0))[0], slot.get("qualifier", (9, 0))[0])
    if not rings:
        return {}
    nearest = min(min(w, q) for w, q in rings.values())
    words = [t for t in L.features(phrase, "", left, right, unit, per, is_change) if not t.startswith("s=")]
    cues = _cues(phrase, left, right) if form >= 3 else ()
    out = {}
    for iid, (w, q) in rings.items():
        hasq = bool(by_id[iid].qualifier)  # type: ignore[attr-defined]
        qs = q if hasq else "-"
        out[iid] = [f"id={iid}", f"wr={w}", f"qr={qs}", f"id={iid}|wr={w}", f"id={iid}|qr={qs}",
                    f"near={int(min(w, q) == nearest)}", f"n={min(len(rings), 3)}", *words,
                    f"id={iid}|u={unit}", f"w={w}|q={qs}"]
        out[iid] += [f"cmp={c}" for c in cues] + [f"cmp={c}|u={unit}" for c in cues]
    return out
