r"""A learnt second opinion on the canonical ``indicator_id`` where the rules give none (issue 11, round 9).

The rules of :mod:`.indicators` give each figure an id from ``data/indicators.yml``; on councils never seen they
are right for only about half to two thirds of the figures a reader gives an id, and most of the misses are
figures left without one. The figures stage (:func:`analysis.figures.stage.figures_from_segments`) therefore asks
this module, in one batch, about every figure the rules left without an id and did not refuse one (a change, a
multiple, a part, or an id :func:`.indicators.classify_vetoed` found and then refused):

* :func:`candidates`: the ids of the *loaded* indicators the figure may have (:func:`allowed`: its unit and
  ``per``, a change of a count gets none) whose ``what`` or ``qualifier`` terms are found near it (its phrase, the
  words either side in its sentence, the sentence, the raw text either side), each described by where its terms
  were found and the words around the figure;
* :func:`second_opinion`: a yes/no logistic regression scores each candidate (fitted once per process from the
  committed rows, ``data/learnt_id_rows.csv``, built by ``scripts/learnt_id_rows.py`` from allowed data only:
  :func:`check_rows`), and the best is given when its probability reaches :data:`THRESHOLD`.

Measures (council-grouped CV, ``scripts/learnt_id_cv.py``; ``tests/realworld/notes/r14_learnt.md``): round 14 chose the
rows on M3, the fallback behind each judged pool's *first-run* rules (rules that had not read the page, as on a council
never seen; 827 figures with a reader's id, first-run rules 515 right, 130 ids where none fits). The rows of every
pool of rounds 8-12 (2,823 rows, 83 councils) add +70 right ids for +18 where none fits (the three sources of rounds
9-13, 1,431 rows: +54 / +14). Behind today's rules, tuned on those pools (M1), it adds +12 right for +33 where none
fits; on round 8's first runs (M2) +12 / +4. The fit costs about 0.2 s more per process than on the three sources
(the first fit of a process, with sklearn's import, about 1.3-1.4 s of CPU on a loaded machine; a refit 0.3-0.6 s).
Round 15 added round 13's two fresh pools (3,085 rows, 959 with a reader's id; M3 on every source's rows: +4 right,
no more wrong or where none fits). Round 18 tried rounds 14 and 16's pools (sources ``r14``, ``r16``; 3,458 rows):
on M3 they add +1 right and -1 wrong for +3 where none fits (at 0.80: +10 right for +11), so the rows stay
(``tests/realworld/notes/r18_r18learnt.md``). Round 19 tried every source on its rules with round 18's pool too (source
``r18``; 3,581 rows): +4 right for +4 where none fits at 0.85, so the rows stay (``tests/realworld/notes/r19_r19id.md``).
Round 40 rebuilt the same sources' rows with today's figures stage (3,088 rows, 959 with a reader's id: round 15's
had drifted in the phrase, unit, per, is_change and span the fit reads); a test checks a sample of pages against a
build (``tests/test_figures_r40_learnt_rows.py``, ``tests/realworld/notes/r40_learnt.md``). Round 44 tried the later
fresh pools and the 34 open blind sets (sources ``r19``-``r21``, ``blind``; 5,287 rows, 1,418 with a reader's id): on M3
they add +2 right ids, -2 wrong, +1 where none fits, and lose 4 right on the counted half of councils, so the rows stay
(``tests/realworld/notes/r44_learnt.md``).

The rules stay first (an id they give is never changed), a researcher who edits or deletes an indicator changes
what the model can give, and ``$CM_LEARNT_ID=off`` switches it off. The first form tried, a multi-class word model
(:func:`features`, :func:`fit`, :func:`decide`), is kept for ``scripts/learnt_id_cv.py``, which reproduces the
council-grouped cross-validation that chose the concept model (``tests/realworld/notes/r9_learnt_id.md``).

>>> feats = features("children in care", "There were 412 children in care in March.", "There were ", " children in care in March.", "count", "", False)
>>> sorted(f for f in feats if f.startswith(("u=", "p=", "l1=", "r1=")))
['p=care', 'p=child', 'p=in', 'r1=child', 'u=count']
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np

from .. import model_cache
from ..clean import split_sentences
from ..errors import ConfigError
from ..paths import config_file, learnt_id_enabled, model_cache_dir
from .indicators import _UNIT_COMPAT, _concepts_of_rings, _matcher

__all__ = ["SIDE", "THRESHOLD", "allowed", "cache_key", "candidates", "check_rows", "decide", "enabled", "features", "fit",
           "rows_path", "second_opinion"]

#: the probability the concept model's id must reach: chosen by the inner council-grouped CV on all training rows
#: (``scripts/learnt_id_cv.py --concepts --penalty 2``; see the notes) in round 9, kept by round 14's M3 (the inner
#: choice on M3's base, 0.80, was configuration B, not the one the declared rule picked)
THRESHOLD = 0.85
#: raw characters either side of a figure the features read (as ``scripts/learnt_id_rows.py``)
SIDE = 120
#: the columns of the training rows the model reads
ROW_COLUMNS = ("indicator", "sentence", "left", "right", "unit", "per", "is_change", "reader_id")
#: the sources a training row with a ``source`` column may come from (``scripts/learnt_id_rows.py``'s: the dev split,
#: the judged pools of rounds 8-21 and (round 44) the open blind sets; never the test split): a row of any other is
#: refused
ROW_SOURCES = frozenset({"dev", "r8", "r9", "r9check", "r10", "r11", "r12", "r13", "r14", "r16", "r18", "r19", "r20", "r21",
                         "blind"})


def enabled() -> bool:
    """Whether the stage applies the learnt second opinion (``$CM_LEARNT_ID=off`` gives the rules' ids alone;
    :func:`analysis.paths.learnt_id_enabled`)."""
    return learnt_id_enabled()


def rows_path() -> Path:
    """The training rows in use: ``$CM_LEARNT_ID_ROWS``, else the committed ``data/learnt_id_rows.csv`` (built from
    allowed data only by ``scripts/learnt_id_rows.py``); resolved when the model is fitted."""
    return config_file("learnt_id_rows.csv")


def check_rows(path: Path | None = None, data: bytes | None = None) -> list[dict[str, str]]:
    """The training rows, read and checked: a missing, unreadable or malformed file is a
    :class:`~analysis.errors.ConfigError` that names it. ``data``: the file's bytes, already read (r40review2: the
    fit reads the very bytes its cache key was made of, so a file edited meanwhile never stores one model under the
    other's key)."""
    p = rows_path() if path is None else path
    hint = ("the learnt id fallback's training rows (data/learnt_id_rows.csv, built by scripts/learnt_id_rows.py; "
            "$CM_LEARNT_ID_ROWS points elsewhere, $CM_LEARNT_ID=off switches the fallback off)")
    try:
        with (open(p, encoding="utf-8", newline="") if data is None
              else io.StringIO(data.decode("utf-8"), newline="")) as f:
            reader = csv.DictReader(f)
            missing = [c for c in ROW_COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise ConfigError(f"{p}: {hint} lack the column(s) {', '.join(missing)}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ConfigError(f"{p}: cannot read {hint}: {e}") from e
    other = sorted({r["source"] for r in rows} - ROW_SOURCES) if "source" in (reader.fieldnames or ()) else []
    if other:
        raise ConfigError(f"{p}: {hint} hold rows of source(s) {', '.join(other)}: only {', '.join(sorted(ROW_SOURCES))} "
                          "(allowed data, never the test split) may train the fallback")
    if not any(r["reader_id"] for r in rows):
        raise ConfigError(f"{p}: {hint} hold no figure with a reader's id: nothing to learn from")
    return rows
#: words either side of the figure, within its sentence
WINDOW = 4

_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?|£|%")
#: a blank line in the raw text either side of a figure: its paragraph ends there
_PARA_END = re.compile(r"\n\s*\n")
#: the stops that end a sentence (left off the words after a figure)
_STOPS = (".", "!", "?")
_STOP = frozenset("a an the of to and or for on at by with as is are was were be been has have had this that these "
                  "those it its their there which who from than".split())


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A light stem: plural, possessive and common verb endings off ("children" -> "child").

    >>> [_stem(w) for w in ("children", "placements", "council's", "increased", "rising", "plans", "cases")]
    ['child', 'placement', 'council', 'increas', 'ris', 'plan', 'case']
    """
    if word == "children":
        return "child"
    for suffix in ("'s", "ing", "ed", "ies", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "es" and not word.endswith(("sses", "xes", "ches", "shes")):
                return word[:-1]
            if suffix == "s" and word.endswith("ss"):
                return word
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def _words(s: str) -> list[str]:
    return list(map(_stem, _WORD.findall(s.lower())))  # ((r28speedl) map: the same list, no comprehension frame)


def _sentence_sides(left: str, right: str) -> tuple[str, str]:
    """The parts of the raw text before and after a figure that are in its sentence: within its paragraph (no blank
    line), the sentence clean's splitter puts the figure in (:func:`analysis.clean.split_sentences`, a "0" standing for
    the figure), without the sentence's final stop.

    >>> _sentence_sides("The item closed. Cllr. Smith said there were ", " cases (e.g. new ones). Next")
    ('Cllr. Smith said there were ', ' cases (e.g. new ones)')
    >>> _sentence_sides("A heading\\n\\nThere were ", " cases")
    ('There were ', ' cases')
    """
    cut = None
    for m in _PARA_END.finditer(left):
        cut = m.end()
    lpar = left[cut:] if cut is not None else left
    m = _PARA_END.search(right)
    rpar = right[: m.start()] if m else right
    at = len(lpar)
    a, b = split_sentences(f"{lpar}0{rpar}", at)[-1]  # (the figure's sentence: no sentence after it is split)
    rsent = rpar[:max(0, b - at - 1)]
    return lpar[min(a, at):], rsent[:-1] if rsent[-1:] in _STOPS else rsent


def features(phrase: str, sentence: str, left: str, right: str, unit: str, per: str, is_change: bool) -> list[str]:
    """Feature tokens of one figure: ``left``/``right`` are the raw text just before/after it (cut at its sentence)."""
    return _features_of_sides(phrase, sentence, *_sentence_sides(left, right), unit, per, is_change)


def _nearest_stems(words: Iterable[str], side: str) -> list[str]:
    """The features of the first :data:`WINDOW` stems of ``words`` (nearest the figure first) that are not stop words:
    ``<side>1=<stem>`` for the nearest, ``<side>2=<stem>`` for the rest (stemmed only until WINDOW are found)."""
    out: list[str] = []
    for w in words:
        w = _stem(w)
        if w not in _STOP:
            out.append(f"{side}{min(len(out) + 1, 2)}={w}")
            if len(out) == WINDOW:
                break
    return out


def _features_of_sides(phrase: str, sentence: str, lsent: str, rsent: str, unit: str, per: str,
                       is_change: bool) -> list[str]:
    """:func:`features` given the parts of the raw text either side that are in the figure's sentence
    (:func:`_sentence_sides`; speed: :func:`candidates` cuts them once for its rings and its words)."""
    out = [f"u={unit}", f"per={per}" if per else "per=", f"chg={unit}" if is_change else "chg="]
    pw = [w for w in _words(phrase) if w not in ("£", "%")]
    out += [f"p={w}" for w in pw]
    out += [f"pp={a}_{b}" for a, b in zip(pw, pw[1:])]
    if not pw:
        out.append("p=")
    # the last WINDOW words before the figure (nearest first) and the first WINDOW after it that are not stop words
    # ((r28speedl) stemmed from the figure outwards only until WINDOW are found: the same words as stemming them all,
    # keeping those not in _STOP and taking the nearest WINDOW)
    out += _nearest_stems(reversed(_WORD.findall(lsent.lower())), "l")
    out += _nearest_stems(_WORD.findall(rsent.lower()), "r")
    if sentence:  # (the learnt fallback's candidates read no sentence words: "")
        out += [f"s={w}" for w in sorted({w for w in _words(sentence) if w not in _STOP})]
    return out


def allowed(indicators: Sequence[object], unit: str, per: str, is_change: bool) -> frozenset[str]:
    """The ids of the loaded ``indicators`` a figure of ``unit`` and ``per`` may have (none for a change of a count).

    >>> from analysis.figures.indicators import load_indicators
    >>> sorted(allowed(load_indicators(), "gbp", "week", False))
    ['placement_cost_weekly']
    >>> allowed(load_indicators(), "count", "", True)
    frozenset()
    """
    if is_change and unit == "count":
        return frozenset()
    out = set()
    for ind in indicators:
        if unit not in _UNIT_COMPAT.get(ind.unit, {ind.unit}):  # type: ignore[attr-defined]
            continue
        ind_per = ind.per  # type: ignore[attr-defined]
        if ind_per and not (per and any(p in per for p in ind_per)):
            continue
        if not ind_per and unit == "gbp" and per:
            continue  # money per week, per child, ...: a unit cost, never a budget's total
        out.add(ind.id)  # type: ignore[attr-defined]
    return frozenset(out)


def fit(rows: Sequence[Sequence[str]], labels: Sequence[str], c: float = 4.0):  # type: ignore[no-untyped-def]
    """A logistic regression on the feature tokens ``rows`` with classes ``labels`` (ids, ``""`` = none)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    model = make_pipeline(DictVectorizer(), LogisticRegression(C=c, max_iter=2000, random_state=0))
    model.fit([dict.fromkeys(r, 1) for r in rows], list(labels))
    return model


def decide(model, rows: Sequence[Sequence[str]], rules_ids: Sequence[str | None],  # type: ignore[no-untyped-def]
           allowed_ids: Sequence[frozenset[str]], threshold: float = THRESHOLD) -> list[str | None]:
    """The ids of a batch of figures: the rules' id where they give one, else the model's where it is sure enough.

    One ``predict_proba`` call for the whole batch (figures the rules gave an id, or that may have none, are not
    scored). The model's id must be one of the figure's ``allowed_ids``; it is given when its probability is at least
    ``threshold`` and higher than the model's probability of no id.
    """
    out: list[str | None] = list(rules_ids)
    todo = [i for i, (r, a) in enumerate(zip(rules_ids, allowed_ids)) if not r and a]
    if not todo:
        return out
    proba = model.predict_proba([dict.fromkeys(rows[i], 1) for i in todo])
    classes = list(model.classes_)
    none_col = classes.index("") if "" in classes else None
    for i, p in zip(todo, proba):
        best, best_p = None, 0.0
        for j, cls in enumerate(classes):
            if cls and cls in allowed_ids[i] and p[j] > best_p:
                best, best_p = cls, float(p[j])
        if best is not None and best_p >= threshold and (none_col is None or best_p > p[none_col]):
            out[i] = best
    return out


def probabilities(model, rows: Sequence[Sequence[str]]) -> tuple[list[str], np.ndarray]:  # type: ignore[no-untyped-def]
    """(classes, probabilities of each row) for the CV script."""
    return list(model.classes_), model.predict_proba([dict.fromkeys(r, 1) for r in rows])


# ---- the second form: a yes/no model over the figure's candidate ids (the concepts of indicators.yml found near it)

def _rings_of_sides(phrase: str, sentence: str, left: str, right: str, lsent: str, rsent: str) -> list[str]:
    """The evidence about a figure, nearest first: its phrase, the words either side of it in its sentence (``lsent``,
    ``rsent``: :func:`_sentence_sides` of ``left`` and ``right``), its sentence, and the raw text either side of it."""
    return [phrase, lsent[-60:] + " " + rsent[:60], sentence, left + " " + right]


def candidates(phrase: str, sentence: str, left: str, right: str, unit: str, per: str, is_change: bool,
               indicators: Sequence[object]) -> dict[str, list[str]]:
    """``{id: feature tokens}`` for each id the figure may have (:func:`allowed`) whose concept (a ``what`` or
    ``qualifier`` term of ``indicators``) is found near it.

    >>> from analysis.figures.indicators import load_indicators
    >>> c = candidates("children in care", "There were 412 children in care.", "There were ", " children in care.", "count", "", False, load_indicators())
    >>> sorted(c), c["children_in_care"][:3]
    (['children_in_care'], ['id=children_in_care', 'wr=0', 'qr=-'])
    """
    return _candidates(phrase, sentence, left, right, unit, per, is_change, allowed(indicators, unit, per, is_change),
                       indicators, {ind.id: ind for ind in indicators})  # type: ignore[attr-defined]


def _candidates(phrase: str, sentence: str, left: str, right: str, unit: str, per: str, is_change: bool,
                ok: frozenset[str], indicators: Sequence[object], by_id: dict[str, object]) -> dict[str, list[str]]:
    """:func:`candidates` given the figure's :func:`allowed` ids ``ok`` and the indicators by id (speed:
    :func:`second_opinion` computes both once per batch and (unit, per, is_change), not once per figure); the
    sides of the raw text in the figure's sentence are cut once, for the rings and the words."""
    if not ok:
        return {}
    found = _found_rings(phrase, sentence, left, right, unit, per, is_change, ok,
                         _matcher(indicators, unit, per or None))  # type: ignore[arg-type]
    if found is None:
        return {}
    return _tokens_of(*found, by_id)


def _found_rings(phrase: str, sentence: str, left: str, right: str, unit: str, per: str, is_change: bool,
                 ok: frozenset[str], m: object) -> tuple[dict[str, tuple[int, int]], list[str]] | None:
    """The candidates of :func:`_candidates` before their tokens: ``({id: (ring of its what, ring of its qualifier)},
    the figure's word tokens)``, or None without a candidate. ``m`` is :func:`.indicators._matcher` of the figure's unit
    and ``per`` (what :func:`.indicators.find_concepts` looks up; None: no indicator fits, so no concept and no
    candidate, and the raw text is not split). (r28speedl: the matcher once per batch and (unit, per); the word tokens
    built once per figure, not once per candidate id.)"""
    if m is None:
        return None
    lsent, rsent = _sentence_sides(left, right)
    found = _concepts_of_rings(m, _rings_of_sides(phrase, sentence, left, right, lsent, rsent))  # type: ignore[arg-type]
    rings = {}
    for iid, slot in found.items():
        if iid not in ok or "what" not in slot and "qualifier" not in slot:
            continue
        rings[iid] = (slot.get("what", (9, 0))[0], slot.get("qualifier", (9, 0))[0])
    if not rings:
        return None
    # (the sentence "": no "s=" token, so none to leave off)
    return rings, _features_of_sides(phrase, "", lsent, rsent, unit, per, is_change)


def _id_tokens(iid: str, w: int, q: int, hasq: bool, nearest: int, n: int) -> list[str]:
    """The seven tokens of candidate ``iid`` that are its own (its what found in ring ``w``, its qualifier in ring ``q``;
    ``hasq``: the indicator has qualifier terms; ``nearest``: the nearest ring of any candidate of the figure; ``n``: its
    candidates), before the figure's word tokens. All different, and none a word token (other names before "=")."""
    qs = q if hasq else "-"
    return [f"id={iid}", f"wr={w}", f"qr={qs}", f"id={iid}|wr={w}", f"id={iid}|qr={qs}", f"near={int(min(w, q) == nearest)}",
            f"n={min(n, 3)}"]


def _tokens_of(rings: dict[str, tuple[int, int]], words: list[str], by_id: dict[str, object]) -> dict[str, list[str]]:
    """``{id: feature tokens}`` of a figure's candidates (:func:`_found_rings`): each id's own tokens, then the words."""
    nearest = min(min(w, q) for w, q in rings.values())
    return {iid: [*_id_tokens(iid, w, q, bool(by_id[iid].qualifier), nearest, len(rings)), *words]  # type: ignore[attr-defined]
            for iid, (w, q) in rings.items()}


def _batch_candidates(rows: Sequence[tuple[str, str, str, str, str, str, bool]], indicators: Sequence[object]):  # type: ignore[no-untyped-def]
    """:func:`candidates` of each row (phrase, sentence, left, right, unit, per, is_change), in order (speed: the
    allowed ids once per (unit, per, is_change) and the indicators by id once, not once per row)."""
    by_id = {ind.id: ind for ind in indicators}  # type: ignore[attr-defined]
    for r, ok, m in _with_allowed(rows, indicators):
        found = None if not ok else _found_rings(*r, ok, m)
        yield {} if found is None else _tokens_of(*found, by_id)


def _with_allowed(rows: Sequence[tuple[str, str, str, str, str, str, bool]], indicators: Sequence[object]):  # type: ignore[no-untyped-def]
    """Each row with its :func:`allowed` ids and its unit's and ``per``'s concept matcher (:func:`.indicators._matcher`,
    None for none), both looked up once per (unit, per, is_change)."""
    of: dict[tuple[str, str, bool], tuple[frozenset[str], object]] = {}
    for r in rows:
        key = (r[4], r[5], r[6])
        got = of.get(key)
        if got is None:
            ok = allowed(indicators, *key)
            got = of[key] = (ok, _matcher(indicators, key[0], key[1] or None) if ok else None)  # type: ignore[arg-type]
        yield r, got[0], got[1]


def fit_candidates(cands: Sequence[dict[str, list[str]]], labels: Sequence[str], c: float = 1.0):  # type: ignore[no-untyped-def]
    """A yes/no logistic regression: is a candidate id the reader's id of its figure?"""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline

    xs, ys = [], []
    for cand, label in zip(cands, labels):
        for iid in sorted(cand):
            xs.append(dict.fromkeys(cand[iid], 1))
            ys.append(int(iid == label))
    model = make_pipeline(DictVectorizer(), LogisticRegression(C=c, **FIT_PARAMS))
    model.fit(xs, ys)
    return model


def best_candidates(model, cands: Sequence[dict[str, list[str]]]) -> list[tuple[str, float]]:  # type: ignore[no-untyped-def]
    """For each figure its most likely candidate id and that probability (``("", 0.0)`` without one), one batch."""
    flat = [(k, iid) for k, cand in enumerate(cands) for iid in sorted(cand)]
    out: list[tuple[str, float]] = [("", 0.0)] * len(cands)
    if not flat:
        return out
    proba = model.predict_proba([dict.fromkeys(cands[k][iid], 1) for k, iid in flat])[:, 1]
    for (k, iid), p in zip(flat, proba):
        if p > out[k][1]:
            out[k] = (iid, float(p))
    return out


#: the fitted concept model per (rows file, its modification time, loaded indicators list): fitted once per process
#: and refitted when the rows are edited (the rows and the fit are deterministic)
_MODELS: dict[tuple[object, ...], object] = {}
#: the regularisation of the concept model (:func:`fit_candidates`' ``c``)
FIT_C = 1.0
#: (r41keys) the concept model's other logistic-regression parameters (:func:`fit_candidates`; the rest are
#: scikit-learn's defaults, whose version is in the key), read when the model is fitted and when its key is made
FIT_PARAMS: dict[str, object] = {"max_iter": 2000, "random_state": 0}
#: (r40cache2) the fitted model's files in the on-disk model cache (:mod:`analysis.model_cache`): their prefix, the
#: version of their layout (bump it when what is stored changes) and how many are kept
CACHE_KIND = "learnt_id"
CACHE_FORMAT = 1
CACHE_ENTRIES = 16
_CACHE_NAMES = ("tokens", "weights", "intercept")


def _fitted(indicators: Sequence[object]):  # type: ignore[no-untyped-def]
    p = rows_path()
    try:
        mtime = p.stat().st_mtime_ns
    except OSError:
        mtime = -1  # (check_rows says what is wrong)
    # (r41keys) with what the fit reads as it is now: a harness that changes a constant in the process refits
    reads = fit_reads()
    key = (str(p), mtime, tuple(indicators), json.dumps(reads, sort_keys=True))
    model = _MODELS.get(key)
    if model is None:
        model = _MODELS[key] = _stored_or_fitted(p, indicators, reads)
    return model


def _stored_or_fitted(p: Path, indicators: Sequence[object],
                      reads: Mapping[str, object] | None = None) -> tuple[dict[str, float], float]:
    """(r40cache2) The model of the rows at ``p`` and ``indicators``: read from the on-disk model cache
    (``$CM_MODEL_CACHE``, :func:`analysis.paths.model_cache_dir`) when an earlier process fitted it
    (:func:`cache_key`), else fitted (:func:`_fit_weights`) and stored there. The stored floats are the fitted ones,
    bit for bit; a missing, corrupt or foreign file is refitted and replaced. ``reads``: :func:`fit_reads` as the
    caller already took it (the same snapshot names the file), else taken here."""
    folder = model_cache_dir()
    try:
        data = None if folder is None else p.read_bytes()
    except OSError:
        data = None  # (check_rows says what is wrong)
    key = None if data is None else cache_key(data, indicators, reads)
    if folder is not None and key is not None:
        stored = model_cache.load(folder, CACHE_KIND, key, _CACHE_NAMES, _valid_stored)
        if stored is not None:
            return dict(zip(stored["tokens"].tolist(), stored["weights"].tolist())), float(stored["intercept"][0])
    # (r41review) no memo of values a harness has changed since: the fit reads them as its key does (the memoised
    # helpers it calls, and the concept matchers kept with a loaded indicators list)
    model_cache.forget_memos([_fit_weights])
    matchers = getattr(indicators, "matchers", None)
    if isinstance(matchers, dict):
        matchers.clear()
    weights, bias = _fit_weights(p, indicators, data)
    if folder is not None and key is not None:
        model_cache.save(folder, CACHE_KIND, key, {"tokens": np.array(list(weights), dtype=str),
                                                    "weights": np.array(list(weights.values()), dtype=np.float64),
                                                    "intercept": np.array([bias], dtype=np.float64)}, CACHE_ENTRIES)
    return weights, bias


def cache_key(rows_bytes: bytes, indicators: Sequence[object], reads: Mapping[str, object] | None = None) -> str | None:
    """(r40cache2) The digest that names the model fitted on a rows file of ``rows_bytes`` for ``indicators``: the file's
    bytes, the indicators' content (every field of each, in order: the ids, units, ``per`` and terms the candidates are
    found by), :data:`FIT_C`, :data:`CACHE_FORMAT`, the library versions and the source bytes of this module and every
    package module it imports (the candidates' and features' code); r41keys: and every module-level value the fit may
    read as it is when the key is made (:func:`fit_reads`: :data:`WINDOW`, ``_STOP``, :data:`FIT_PARAMS`,
    ``indicators._UNIT_COMPAT``, the sentence splitter's abbreviations, ..., and which functions are in place), so a
    value a harness changes at run time names another file (``reads``: :func:`fit_reads` already taken by the caller,
    else taken here). ``None`` for indicators without a canonical form (then nothing is cached)."""
    head = {"format": CACHE_FORMAT, "indicators": list(indicators), "c": FIT_C,
            "source": model_cache.source_digest("figures/learnt_id.py"),
            "reads": fit_reads() if reads is None else reads}
    return model_cache.digest(head, [rows_bytes])


def fit_reads() -> dict[str, object]:
    """(r41keys) The module-level values the fit (:func:`_fit_weights`) may read, as they are now
    (:func:`analysis.model_cache.global_reads`): ``{"module:name": canonical value}``."""
    return model_cache.global_reads([_fit_weights])


def _valid_stored(a: dict[str, np.ndarray]) -> bool:
    """Whether stored arrays are a model: one float64 weight per token, tokens all different, one intercept."""
    tokens = a["tokens"]
    return (tokens.ndim == 1 and a["weights"].shape == tokens.shape and a["weights"].dtype == np.float64
            and a["intercept"].shape == (1,) and a["intercept"].dtype == np.float64
            and len(set(tokens.tolist())) == len(tokens))


def _fit_weights(p: Path, indicators: Sequence[object], data: bytes | None = None) -> tuple[dict[str, float], float]:
    """The concept model fitted on the rows at ``p`` (``data``: its bytes, already read) for ``indicators``, as its
    weight per token and its intercept."""
    rows = check_rows(p, data)
    cands = list(_batch_candidates([(r["indicator"], r["sentence"], r["left"], r["right"], r["unit"], r["per"],
                                     r["is_change"] == "True") for r in rows], indicators))
    if not any(c.get(r["reader_id"]) for c, r in zip(cands, rows)):
        raise ConfigError(f"{p}: no training figure's id is among the candidates of the loaded indicators "
                          "(an indicators.yml with other ids than the rows'?): the learnt id fallback cannot be "
                          "fitted; $CM_LEARNT_ID=off switches it off")
    fitted = fit_candidates(cands, [r["reader_id"] for r in rows], c=FIT_C)
    vec, lr = fitted[0], fitted[-1]
    # (speed) the yes/no model as its weight per token: a figure's score is the sum of its tokens' weights, so
    # a batch costs no vectoriser and no matrix (the same probabilities as predict_proba, to rounding)
    coef = lr.coef_[0]
    return {t: float(coef[j]) for t, j in vec.vocabulary_.items()}, float(lr.intercept_[0])


def prefit(indicators: Sequence[object]) -> None:
    """Fit the fallback for ``indicators`` now, memoised as at its first use (:func:`_fitted`), so that worker
    processes forked after it (or threads) share this fit instead of fitting it once each (the figures stage, before it
    maps a large corpus over local workers: :func:`analysis.parallel.workers_share_memory`). The fit is the same
    whoever makes it (deterministic rows and fit), so no figure changes. A fit that fails here (rows with no id among
    these indicators' candidates) is left to the first figure that needs it, which raises as it did without this call.
    """
    try:
        _fitted(indicators)
    except ConfigError:
        pass


def second_opinion(rows: Sequence[tuple[str, str, str, str, str, str, bool]], indicators: Sequence[object],
                   threshold: float = THRESHOLD) -> list[str | None]:
    """The learnt id of each figure the rules gave none (``rows``: phrase, sentence, raw text before and after it,
    unit, per, is_change), or None: one batch. Only ids of the loaded ``indicators`` the figure may have, found
    near it, and with a probability of at least ``threshold``; figures without a candidate cost no model call."""
    out: list[str | None] = [None] * len(rows)
    weights: dict[str, float] | None = None
    bias = 0.0
    by_id = {ind.id: ind for ind in indicators}  # type: ignore[attr-defined]
    for k, (r, ok, m) in enumerate(_with_allowed(rows, indicators)):
        found = None if not ok else _found_rings(*r, ok, m)
        if found is None:
            continue
        if weights is None:
            weights, bias = _fitted(indicators)
        rings, words = found
        # (r28speedl) a candidate's score: the weights of its tokens without repeats, in order (its own seven, all
        # different, then the figure's word tokens, the same for every candidate and none of them one of the seven),
        # summed as one sequence as before: the same floats in the same order, the same sum
        word_weights = list(map(weights.get, dict.fromkeys(words), repeat(0.0)))
        nearest = min(min(w, q) for w, q in rings.values())
        best, best_z = None, -math.inf
        for iid in sorted(rings):
            w, q = rings[iid]
            own = _id_tokens(iid, w, q, bool(by_id[iid].qualifier), nearest, len(rings))  # type: ignore[attr-defined]
            z = bias + sum([*map(weights.get, own, repeat(0.0)), *word_weights])
            if z > best_z:
                best, best_z = iid, z
        if 1.0 / (1.0 + math.exp(-best_z)) >= threshold:
            out[k] = best
    return out
