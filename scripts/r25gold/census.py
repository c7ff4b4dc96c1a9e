"""r25gold census: the shapes `tests/gold/README.md` did not decide, in every OPEN figure-annotated page, and how each
source marked them.

Run from the worktree root (about 10 s):

    PYTHONPATH=src .venv/bin/python scripts/r25gold/census.py [--out tests/realworld/notes/r25_r25gold/items.csv]

Sources (never the test split, never ``pools/r25/``):

- ``seeds``: ``data/raw`` with ``tests/gold/figures_gold.csv``;
- ``dev``: ``tests/realworld/raw`` pages whose manifest ``split`` is ``dev``, with their rows of
  ``tests/realworld/figures_gold.csv`` (rows of other documents are dropped unread);
- ``blind``: the twelve open blind sets of rounds 21-24, each with its own ``figures_gold.csv``;
- ``second``: the second annotations of ``pools/r2[234]/agreement/`` on the same pages;
- ``judged``: every pool of rounds 8-21 with a ``judged.csv`` in the standard layout (a predicted number the reader
  judged ``is_figure`` 1 or 0, and the figures the reader added as missed). A number neither predicted nor added is
  ``unmarked`` there: the reader did not call it a figure, but looked at predictions, so that is weak evidence.

An item is a match of one question's pattern (:data:`QUESTIONS`); its ``mark`` in a gold source is ``figure`` when a gold
row overlaps the item's number, else ``not``. Each item gets a ``shape`` (a word test on its context, :func:`shape`)
that splits the question into the readings the README rule has to decide. Prints counts by question, shape, source
and council; writes every item with a short context to ``--out`` (sorted; byte-identical on rerun).
"""
from __future__ import annotations

import argparse
import csv
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path.cwd()
POOLS = ROOT / "tests/realworld/pools"
BLIND = ("r21/r21blind", "r21/r21blind2", "r22/r22blindA", "r22/r22blindB", "r22/r22blindC", "r23/r23blindD",
         "r23/r23blindE", "r23/r23blindF", "r23/r23blindG", "r24/r24blindH", "r24/r24blindI", "r24/r24blindJ")
JUDGED_ROUNDS = ("r8", "r9", "r10", "r11", "r12", "r13", "r14", "r16", "r18", "r19", "r20", "r21")

W = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
     "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred").split()
#: a number in digits or words (one word, or "twenty-five")
N = r"(?:\d[\d,]*(?:\.\d+)?|(?:%s)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)" % "|".join(W)
B = r"(?<![\w£$.,/-])"  # a number's left edge

Span = tuple[int, int]


@dataclass(frozen=True)
class Question:
    """One convention question: its key, a pattern whose group ``n`` is the number, and a shape test."""

    key: str
    pattern: re.Pattern[str]
    shape: Callable[[str, re.Match[str]], str]


def _before(text: str, m: re.Match[str], w: int = 60) -> str:
    return text[max(0, m.start("n") - w):m.start("n")].lower().replace("\n", " ")


def _after(text: str, m: re.Match[str], w: int = 60) -> str:
    return text[m.end("n"):m.end("n") + w].lower().replace("\n", " ")


def _near(text: str, m: re.Match[str], w: int = 120) -> str:
    return text[max(0, m.start("n") - w):m.end("n") + w].lower().replace("\n", " ")


# ---------------------------------------------------------------- 1. hours of the free early-years entitlement

def shape_hours(text: str, m: re.Match[str]) -> str:
    """Q1: "30 hours" as the offer's name (before a noun, "the 30 hours", a label) or as an amount of provision."""
    before, after = _before(text, m, 40), _after(text, m, 40)
    if not re.search(r"entitle|childcare|child care|funded|free|early years|nursery|eligib|offer|two[- ]year|"
                     r"working parent|expansion|places|provider", _near(text, m, 150)):
        return "x other hours (not an entitlement)"
    if re.match(r"\s*-?\s*hours?\s+(?:entitlement|offer|scheme|childcare|places?|funding|provision|codes?|testing|"
                r"eligibility|expansion|free|funded|take[- ]up|programme|policy|applications?|extended|early)", after):
        return "a name: N hours + noun (the N hours entitlement/offer/codes)"
    if re.search(r"(?:the|extended|universal|additional|new)\s+$", before) and not re.search(
            r"(?:to|of|for|receive|access|an)\s+(?:the\s+)?(?:extended|universal|additional|new)?\s*$", before):
        return "a name: 'the N hours' as a noun"
    if re.search(r"(?:to|of|for|up to|receive|receiving|access|accessing|take up|taking up|an additional|additional|"
                 r"extra|further|get|providing|provide|offer)\s+(?:a\s+|an\s+|the\s+)?(?:free\s+|funded\s+)?$", before):
        return "an amount: entitled to / receive / an additional N hours"
    return "other entitlement wording"


# ---------------------------------------------------------------- 2. top N

def shape_top(text: str, m: re.Match[str]) -> str:
    """Q2: "top N": a share band ("top 10%"), a rank band of a field ("in the top 10 authorities"), or a count of
    the selection ("the top 5 risks", "top three priorities")."""
    after, before = _after(text, m, 40), _before(text, m, 30)
    if re.match(r"\s*(?:%|per\s*cent|percent)", after):
        return "top N% (a share band)"
    if re.match(r"\s*(?:[a-z]+\s+)?(?:preferences?|choices?|options?\s+schools?)\b", after):
        return "rank band of a choice (one of their top N preferences)"
    if re.match(r"\s*(?:quartile|quintile|decile|tier|third|half)", after) or re.match(r"\s*-\s*\d", after):
        return "x a band's name (top quartile)"
    if re.search(r"\b(?:in|into|within|among|amongst|of|to)\s+(?:the\s+)?top\s+$", before) and re.match(
            r"\s*(?:[a-z]+\s+)?(?:of|in|nationally|national|authorit|councils?|local|la\b|las\b|performing|percent|"
            r"%|nationally|in\s+the\s+country)", after):
        return "rank band: in the top N (of a field)"
    if re.search(r"\b(?:in|into|within|among|amongst)\s+(?:the\s+)?top\s+$", before):
        return "rank band: in the top N (of a field)"
    return "a count of a selection (the top N things)"


# ---------------------------------------------------------------- 3. the span a plan delivers a change over

def shape_span(text: str, m: re.Match[str]) -> str:
    """Q3: "over the next N years" and kin: the span over which a plan, strategy or saving delivers a change."""
    near = _near(text, m, 160)
    before = _before(text, m, 40)
    has_money = bool(re.search(r"£\s?\d|\bsaving|\bsave\b|\binvest|\bspend|\bbudget", near))
    has_change = bool(re.search(r"reduc|increas|improv|deliver|grow|rise|fall|achiev|creat|expan|develop|build|"
                                r"additional|new\b", near))
    has_plan = bool(re.search(r"\bplan\b|plans\b|strateg|programme|approach|vision|roadmap|ambition|priorit", near))
    if not re.search(r"(?:next|coming|following)\s+$", before):
        if re.search(r"(?:last|past|previous|preceding)\b", _near(text, m, 40)) or re.search(r"\b(?:19|20)\d\d\b",
                                                                                                _after(text, m, 40)):
            return "x over N years looking back or with its own dates"
        kind = "money" if has_money else ("plan + change" if has_plan and has_change else
                                          ("plan" if has_plan else ("change" if has_change else "bare")))
        return f"over a N-year period / over N years, {kind}"
    lead = "over/during" if re.search(r"(?:over|during|across|throughout)\s+(?:the\s+)?(?:next|coming|following)?\s*$",
                                      before) else ("within/in" if re.search(r"(?:within|in)\s+(?:the\s+)?"
                                                                             r"(?:next|coming|following)?\s*$", before)
                                                    else "for")
    kind = "money" if has_money else ("plan + change" if has_plan and has_change else
                                      ("plan" if has_plan else ("change" if has_change else "bare")))
    return f"{lead} the next N, {kind}"


# ---------------------------------------------------------------- 4. frequencies

def shape_times(text: str, m: re.Match[str]) -> str:
    """Q4: "N times": a frequency ("N times a year"), a count of occasions ("met four times"), or a multiple
    ("three times more likely", "N times the national rate")."""
    after = _after(text, m, 50)
    if re.match(r"\s*times?\s+(?:a|per|each|every|in\s+(?:a|the|each)|annually|weekly|monthly|yearly|termly|over\s+the\s+"
                r"(?:year|term))\b", after):
        return "frequency: N times a year/per term"
    if re.match(r"\s*times?\s+(?:more|less|higher|lower|greater|bigger|larger|smaller|as\b|the\b|that\b|than\b|"
                r"over\b|increase|faster|slower|likely)", after) or re.search(r"\d\s*$", _before(text, m, 3)):
        return "multiple: N times more / the rate"
    return "count of occasions: N times (no period)"


# ---------------------------------------------------------------- 5. a number that names a rule

def shape_rule(text: str, m: re.Match[str]) -> str:
    """Q5: a number before the noun of a rule ("the 5% rule", "a 95% pass-through", "the 2% cap")."""
    if "noun" not in m.re.groupindex:
        return "a rate near a funding rule's words (pass-through, top slice, MFG, requirement): read by hand"
    noun = m.group("noun").lower()
    before = _before(text, m, 20)
    if re.search(r"\b(?:the)\s+$", before):
        return f"'the N {noun}' (a named rule)"
    return f"'a/other N {noun}' (an amount the rule sets)"


# ---------------------------------------------------------------- 6. counts in a meeting's procedure

def shape_proc(text: str, m: re.Match[str]) -> str:
    """Q6: procedural counts: questions received, votes, co-optees, members present, seats in a membership list."""
    what = m.group("what").lower()
    if what.startswith("("):
        return "seats in brackets after a party"
    if re.match(r"(?:public\s+|written\s+|supplementary\s+)?questions?", what):
        return "questions (received / asked / submitted)"
    if re.match(r"votes?|in favour|abstention", what):
        return "votes cast (for / against / abstentions)"
    if what.startswith("co") or "co-opted" in what:
        return "co-opted members"
    if what == "" :
        return "votes cast (for / against / abstentions)"
    if re.search(r"present|attend", what):
        return "members present"
    if re.search(r"vot|against|for$", what):
        return "votes cast (for / against / abstentions)"
    return "members of a committee (its size)"


# ---------------------------------------------------------------- 7. partitions

def shape_part(text: str, m: re.Match[str]) -> str:
    """Q7: a count that splits a count just given ("N of which/whom", "the remaining N", "the other N")."""
    g = m.group(0).lower()
    if m.group("n").lower() == "one" and re.search(r"of\s+(?:these|those|them|which|whom)", g):
        return "one of these/which (picks an item)"
    if re.search(r"\ball\s+$", _before(text, m, 8)):
        return "all N of these (repeats the whole)"
    if re.search(r"of\s+(?:which|whom)", g):
        return "N of which/whom (a part)"
    if re.search(r"of\s+(?:these|those|them)", g):
        return "N of these/those/them (a part)"
    return "the remaining/other N (the rest)"


def _q(key: str, pat: str, fn: Callable[[str, re.Match[str]], str], flags: int = re.I) -> Question:
    return Question(key, re.compile(pat, flags), fn)


QUESTIONS: tuple[Question, ...] = (
    _q("Q1 entitlement hours", B + r"(?P<n>%s)(?=\s*-?\s*hours?\b)" % N, shape_hours),
    _q("Q2 top N", r"\btop\s+(?P<n>%s)(?![\w-])" % N, shape_top),
    _q("Q3 span of a plan", r"\b(?:over|during|across|throughout|within|in|for)\s+the\s+(?:next|coming|following)\s+"
       r"(?P<n>%s)(?=[\s-]+(?:financial\s+|academic\s+|school\s+)?(?:years?|months?)\b)" % N, shape_span),
    _q("Q3 span of a plan", r"\b(?:over|across|during|throughout)\s+(?:a\s+|the\s+)?(?P<n>%s)(?=[\s-]+(?:financial\s+|"
       r"academic\s+)?(?:years?|months?)\b(?:\s+period)?)" % N, shape_span),
    _q("Q4 N times", B + r"(?P<n>%s)(?=\s+(?-i:times)\b)" % N, shape_times),
    _q("Q5 a number naming a rule", B + r"(?P<n>%s\s*(?:%%|per\s?cent)?)\s*-?\s*(?P<noun>rule|pass[- ]?through|"
       r"top[- ]slice|principle|guarantee|cap|floor|limit|threshold|requirement|ceiling|de\s+minimis)\b" % N, shape_rule),
    _q("Q5 a number naming a rule", B + r"(?P<n>\d+(?:\.\d+)?\s*%)(?=[^.%\n]{0,50}?(?:pass(?:ed)?[- ]?through|passport|"
       r"top[- ]?slic|minimum funding guarantee|\bMFG\b|\brule\b|de minimis|requirement))" , shape_rule),
    _q("Q5 a number naming a rule", r"(?:pass(?:ed)?[- ]?through|passport\w*|top[- ]?slic\w*|minimum funding guarantee|\bMFG\b|"
       r"\brule\b|requirement)[^.%\n]{0,50}?(?<![\w£$.,/-])(?P<n>\d+(?:\.\d+)?\s*%)", shape_rule),
    _q("Q6 procedure counts", B + r"(?P<n>%s)\s+(?P<what>(?:public\s+|written\s+|supplementary\s+)?questions?\b|votes?\b|"
       r"abstentions?\b|in\s+favour\b|co-?opt\w*|(?:elected\s+)?(?:members?|councillors?)\s+(?:were\s+)?(?:present|voted|"
       r"voting|in\s+attendance|attended|against|for\b))" % N, shape_proc),
    _q("Q6 procedure counts", r"(?:\bvoted|\bvotes?)\s+(?:by\s+)?(?:\w+\s+){0,3}?(?P<what>)(?P<n>%s)(?=\s+(?:for|against|to|in\s+favour|"
       r"with)\b)" % N, shape_proc),
    _q("Q6 procedure counts", r"\b(?:comprises|comprising|consists\s+of|consisting\s+of|made\s+up\s+of|membership\s+of)\s+"
       r"(?P<n>%s)(?P<what>\s+(?:elected\s+|voting\s+|co-opted\s+)?(?:members?|councillors?))" % N, shape_proc),
    _q("Q6 procedure counts", r"(?:Conservatives?|Labour|Liberal Democrats?|Lib Dems?|Greens?|Independents?|Reform"
       r"(?: UK)?|Plaid Cymru|SNP)(?: Group)?\s*(?P<what>\((?P<n>\d{1,2})\))", shape_proc, 0),
    _q("Q7 partitions", B + r"(?P<n>%s)\s+of\s+(?:which|whom|these|those|them)\b" % N, shape_part),
    _q("Q7 partitions", r"\b(?:the\s+)?(?:remaining|other)\s+(?P<n>%s)(?![\w%%.-])" % N, shape_part),
    _q("Q7 partitions", r"\b(?:and|while|whilst|with|but)\s+(?P<n>one)\s+(?:had|has|was|is|were|being|remain\w*)\b",
       lambda t, m: "a trailing 'one' (one of the things just counted?)"),
    _q("X share bands, distances, round-the-clock", r"\b(?<!at\s)(?:most|least)\s+(?P<n>\d+(?:\.\d+)?\s*%)(?=\s+(?:\w+\s+)?deprived)",
       lambda t, m: "a share band: the most N% deprived"),
    _q("X share bands, distances, round-the-clock", r"(?<![\w£$.,/-])(?P<n>\d+(?:\.\d+)?\s*%)(?=\s+(?:most|least)\s+deprived)",
       lambda t, m: "a share band: the most N% deprived"),
    _q("X share bands, distances, round-the-clock", B + r"(?P<n>%s)(?=\s*-?\s*miles?\b)" % N,
       lambda t, m: "a distance: N miles (walking distance?)" if re.search(r"walk|statutory|distance|eligib|transport",
                                                                          _near(t, m, 100)) else "a distance: N miles (other)"),
    _q("X share bands, distances, round-the-clock", r"(?<![\w/])(?P<n>24\s*/\s*7)\b",
       lambda t, m: "round the clock: 24/7, 365 days"),
    _q("X share bands, distances, round-the-clock", r"(?<![\w£$.,/-])(?P<n>365)(?=\s+days)",
       lambda t, m: "round the clock: 24/7, 365 days"),
    _q("X rank out of", B + r"(?P<n>\d+(?:st|nd|rd|th)|%s)\s+(?:out\s+)?of\s+(?:the\s+)?\d+\s+(?:local|authorit|"
       r"councils?|las?\b|statistical|comparator|neighbours?|regions?|in\b)" % N,
       lambda t, m: "rank: Nth out of M" if re.search(r"\d(?:st|nd|rd|th)|(?:first|second|third)$", m.group("n"), re.I)
       else "N of M (a count or a rank)"),
)

#: a per-week cost for Q8: money near a placement, with or without a period on the page near it
MONEY = re.compile(r"£\s?(?P<n>\d[\d,]*(?:\.\d+)?)\s*(?:k\b|m\b|million|bn|billion)?", re.I)
UNIT = re.compile(r"per\s+(?:child|placement|young\s+person|bed|place|head)|\b(?:a|each|one|single|per)\s+(?:residential\s+|"
                  r"external\s+|independent\s+|foster\w*\s+|care\s+)?placement\b|(?:average|unit)\s+cost|cost(?:s|ing)?\s+"
                  r"(?:of\s+)?(?:up\s+to|around|about|between|over|in\s+excess|as\s+much)|placements?\s+(?:costing|cost|at)\b|"
                  r"between\s+£|from\s+£|a\s+child\b|one\s+child|each\s+child", re.I)
PLACE = re.compile(r"placement|residential|foster|in care|looked after|unit cost|cost of care|per child|a child", re.I)


@dataclass(frozen=True)
class Page:
    """One annotated page of one source."""

    source: str
    subset: str
    doc: str
    council: str
    text: str
    gold: dict[Span, tuple[str, str]]  # span -> (mark, indicator_id); mark is "figure" or "not" (judged 0)


def _read(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _gold(rows: list[dict[str, str]], docs: set[str]) -> dict[str, dict[Span, tuple[str, str]]]:
    out: dict[str, dict[Span, tuple[str, str]]] = defaultdict(dict)
    for r in rows:
        if r["doc_id"] in docs:
            out[r["doc_id"]][(int(r["raw_start"]), int(r["raw_end"]))] = ("figure", r.get("indicator_id", ""))
    return out


def pages() -> list[Page]:
    """Every open annotated page, by source (see the module docstring); a judged page met again in a later pool is kept
    once, with the judgements of every pool that holds it."""
    out: list[Page] = []
    sd = ROOT / "data/raw"
    seeds = {r["file"].rsplit(".", 1)[0]: r["council"] for r in _read(sd / "manifest.csv")}
    g = _gold(_read(ROOT / "tests/gold/figures_gold.csv"), set(seeds))
    for d, c in sorted(seeds.items()):
        out.append(Page("seeds", "seeds", d, c, (sd / f"{d}.txt").read_text(encoding="utf-8"), g.get(d, {})))
    rw = ROOT / "tests/realworld/raw"
    dev = {r["file"].rsplit(".", 1)[0]: r["council"] for r in _read(rw / "manifest.csv") if r["split"] == "dev"}
    g = _gold(_read(ROOT / "tests/realworld/figures_gold.csv"), set(dev))
    for d, c in sorted(dev.items()):
        out.append(Page("dev", "dev", d, c, (rw / f"{d}.txt").read_text(encoding="utf-8"), g.get(d, {})))
    for s in BLIND:
        sdir = POOLS / s
        name = sdir.name
        man = {r["file"].rsplit(".", 1)[0]: r["council"] for r in _read(sdir / "manifest.csv")}
        texts = {d: (sdir / "raw" / f"{d}.txt").read_text(encoding="utf-8") for d in sorted(man)}
        g = _gold(_read(sdir / "figures_gold.csv"), set(man))
        for d in sorted(man):
            out.append(Page("blind", name, d, man[d], texts[d], g.get(d, {})))
        second = POOLS / s.split("/")[0] / "agreement" / f"{name}_figures_second.csv"
        if second.exists():
            rows = _read(second)
            g2 = _gold(rows, set(man))
            for d in sorted({r["doc_id"] for r in rows} & set(man)):
                out.append(Page("second", name, d, man[d], texts[d], g2.get(d, {})))
    judged_texts: dict[str, Page] = {}
    for rnd in JUDGED_ROUNDS:
        for p in sorted((POOLS / rnd).iterdir()):
            j, m = p / "judged.csv", p / "raw" / "manifest.csv"
            if not (j.exists() and m.exists()):
                continue
            rows = _read(j)
            if not rows or "is_figure" not in rows[0] or "raw_start" not in rows[0]:
                continue
            man = {r["file"].rsplit(".", 1)[0]: r["council"] for r in _read(m)}
            gj: dict[str, dict[Span, tuple[str, str]]] = defaultdict(dict)
            for r in rows:
                if str(r["is_figure"]).strip() == "" or not str(r["raw_start"]).strip():
                    continue
                mark = "figure" if str(r["is_figure"]).strip() in ("1", "1.0", "True") else "not"
                a = int(r["raw_start"])
                b = int(r["raw_end"]) if r.get("raw_end") else a + len(r["surface"])
                gj[r["doc_id"]][(a, b)] = (mark, r.get("reader_id", ""))
            for d in sorted(man):
                f = p / "raw" / f"{d}.txt"
                if not f.exists():
                    continue
                text = f.read_text(encoding="utf-8")
                marks = gj.get(d, {})
                if text in judged_texts:  # the same page in an earlier pool: counted once, its judgements merged
                    first = judged_texts[text]
                    for k, v in marks.items():
                        if k not in first.gold or v[0] == "figure":
                            first.gold[k] = v
                    continue
                page = Page("judged", p.name, d, man[d], text, dict(marks))
                judged_texts[text] = page
                out.append(page)
    return out


def mark_of(page: Page, s: int, e: int) -> tuple[str, str]:
    """How the page's source marked the number at s:e (``figure`` / ``not`` / ``unmarked`` and the id)."""
    hits = sorted((k, v) for k, v in page.gold.items() if k[0] < e and s < k[1])
    if not hits:
        return ("not" if page.source != "judged" else "unmarked", "")
    for k, v in hits:
        if v[0] == "figure":
            return v
    return hits[0][1]


def ctx(text: str, s: int, e: int, w: int = 70) -> str:
    return (text[max(0, s - w):s] + "[[" + text[s:e] + "]]" + text[e:e + w]).replace("\n", " ").replace("\r", " ")


def items(ps: list[Page]) -> list[dict[str, str]]:
    """Every question's items on every page, and Q8's placement money."""
    out = []
    for p in ps:
        seen: set[tuple[str, int]] = set()
        for q in QUESTIONS:
            for m in q.pattern.finditer(p.text):
                s, e = m.span("n")
                if (q.key, s) in seen:
                    continue
                seen.add((q.key, s))
                mark, iid = mark_of(p, s, e)
                out.append({"question": q.key, "shape": q.shape(p.text, m), "source": p.source, "set": p.subset,
                            "doc_id": p.doc, "council": p.council, "start": str(s), "number": p.text[s:e],
                            "mark": mark, "indicator_id": iid, "context": ctx(p.text, s, e)})
        for m in MONEY.finditer(p.text):
            s, e = m.span()
            near = p.text[max(0, s - 150):e + 150]
            if not PLACE.search(near):
                continue
            mark, iid = mark_of(p, s, e)
            if mark != "figure":
                continue
            local = p.text[max(0, s - 60):e + 60]
            if re.search(r"\b(?:per|a|each)\s+(?:child\s+)?(?:per\s+)?week\b|weekly|/\s?(?:wk|week)|pw\b|p\.w\.", local, re.I):
                period = "a week named beside it"
            elif re.search(r"\b(?:per|a|each)\s+(?:year|annum)\b|annual|yearly|p\.?a\.?\b|/\s?y(?:ea)?r", local, re.I):
                period = "a year named beside it"
            elif re.search(r"week", near, re.I):
                period = "'week' further off (150 chars)"
            else:
                period = "no period near it"
            kind = "weekly id" if iid == "placement_cost_weekly" else ("other id" if iid else "no id")
            unit = "unit cost" if UNIT.search(p.text[max(0, s - 80):e + 80]) else "a total"
            out.append({"question": "Q8 placement money", "shape": f"{unit}, {period} -> {kind}", "source": p.source,
                        "set": p.subset, "doc_id": p.doc, "council": p.council, "start": str(s),
                        "number": p.text[s:e], "mark": mark, "indicator_id": iid, "context": ctx(p.text, s, e)})
    out.sort(key=lambda r: (r["question"], r["shape"], r["source"], r["set"], r["doc_id"], int(r["start"])))
    return out


#: the reading a README rule decides, by (question, shape prefix); :data:`READ_BY_HAND` overrides it for one item
READINGS: tuple[tuple[str, str, str], ...] = (
    ("Q1", "a name", "1a entitlement hours as the offer's name (30 hours provision/offer/entitlement/pilot)"),
    ("Q1", "an amount", "1b entitlement hours as the offer's size (entitled to / an additional N hours)"),
    ("Q1", "other entitlement", "1a entitlement hours as the offer's name (30 hours provision/offer/entitlement/pilot)"),
    ("Q1", "x other", "-"),
    ("Q2", "a count", "2a top N things: a count of a selection that is listed or reported"),
    ("Q2", "rank band of a choice", "2b one of their top N preferences (a band in a measure's definition)"),
    ("Q2", "rank band: in the top", "2c in the top N of a field (a rank band)"),
    ("Q2", "top N%", "2d top N% / the most N% deprived (a share band)"),
    ("Q3", "for the next N, plan", "3a the length of the plan, task or review itself (for the next N)"),
    ("Q3", "over/during the next N, plan", "3a the length of the plan, task or review itself (for the next N)"),
    ("Q3", "over/during the next N, money", "3c the span a sum is spent, saved or invested over"),
    ("Q3", "for the next N, money", "3d the span a yearly sum recurs over (each year for the next N)"),
    ("Q3", "over/during the next N, change", "3b the span over which a change or target is to be reached"),
    ("Q3", "over/during the next N, bare", "3b the span over which a change or target is to be reached"),
    ("Q3", "within/in the next N, change", "3b the span over which a change or target is to be reached"),
    ("Q3", "within/in the next N", "3e a window in which something may happen (in the next N)"),
    ("Q3", "x over", "-"),
    ("Q3", "over a N-year period", "-"),
    ("Q4", "frequency", "4a a frequency (N times a year)"),
    ("Q4", "multiple", "4c a multiple (N times the average, N times more likely)"),
    ("Q4", "count of occasions", "4b a count of occasions that happened (excluded N times)"),
    ("Q5", "a rate near", "5b a rate a funding rule sets or a council chooses (pass through N%, MFG at N%)"),
    ("Q5", "'the N", "5a a number used as a rule's name (the N% rule, the N% threshold)"),
    ("Q5", "'a/other", "-"),
    ("Q6", "", "6 a count in a meeting's procedure (questions, votes, co-optees, members)"),
    ("Q7", "one of these/which", "7c 'one of these' picking an item (no count)"),
    ("Q7", "all N of these", "7d a count repeating a whole just given (all three of these)"),
    ("Q7", "N of", "7a a part of a count just given (N of which/whom/these)"),
    ("Q7", "the remaining", "7b the rest of a count just given (the remaining/other N)"),
    ("Q7", "a trailing", "-"),
    ("Q8", "unit cost, a week", "8a a placement's cost with the week named"),
    ("Q8", "a total, a week", "8a a placement's cost with the week named"),
    ("Q8", "unit cost, a year", "8b a placement's cost with the year named"),
    ("Q8", "", "-"),
    ("X rank", "", "Xa a rank and its field (Nth out of M)"),
    ("X share", "a share band", "2d top N% / the most N% deprived (a share band)"),
    ("X share", "a distance: N miles (walking", "Xb a distance bounding a rule or a measure (within N miles)"),
    ("X share", "a distance: N miles (other)", "Xb a distance bounding a rule or a measure (within N miles)"),
    ("X share", "round the clock", "Xc round the clock (24/7, 365 days)"),
)

#: hand readings where the shape test reads wrong: (doc_id, start) -> reading ("-": not the question's shape)
READ_BY_HAND: dict[tuple[str, int], str] = {
    # Q1: the offer's name in other words; a rate's definition; a provider's hours (not the entitlement)
    ("r24j_wokingham_2", 1406): "1c entitlement hours defining a funding rate (15 hours for 38 weeks)",
    ("west-berkshire_1", 1014): "-", ("west-berkshire_1", 1071): "-",
    ("oxfordshire_4", 1954): "-",
    ("r24i_wokingham_1", 1783): "1a entitlement hours as the offer's name (30 hours provision/offer/entitlement/pilot)",
    # Q2: a selection of offences set out in a table; the top 5 of a ranked list; an agency count
    ("southend_1", 662): "2b one of their top N preferences (a band in a measure's definition)",
    # Q3
    ("r21b_southwark_1", 1906): "3a the length of the plan, task or review itself (for the next N)",
    ("r24i_newham_1", 1930): "3a the length of the plan, task or review itself (for the next N)",
    ("r22a_camden_1", 358): "3f the next N with the plan's own dates (a period, README)",
    ("r22a_camden_1", 1041): "3f the next N with the plan's own dates (a period, README)",
    ("r21b2_torbay_1", 404): "3b the span over which a change or target is to be reached",
    ("slough_1", 1922): "3b the span over which a change or target is to be reached",
    ("cambridgeshire_1", 1262): "3c the span a sum is spent, saved or invested over",
    ("knowsley_2", 595): "3a the length of the plan, task or review itself (for the next N)",
    ("liverpool_1", 1307): "3a the length of the plan, task or review itself (for the next N)",
    ("walsall_1", 1626): "3c the span a sum is spent, saved or invested over",
    ("walsall_1", 1971): "3b the span over which a change or target is to be reached",
    ("liverpool_2", 1502): "3b the span over which a change or target is to be reached",
    ("lambeth_1", 825): "3e a window in which something may happen (in the next N)",
    ("slough_4", 1709): "3b the span over which a change or target is to be reached",
    ("suffolk_1", 144): "3c the span a sum is spent, saved or invested over",
    ("barnsley_1", 383): "3c the span a sum is spent, saved or invested over",
    ("medway_1", 1841): "3c the span a sum is spent, saved or invested over",
    ("sthelens_1", 130): "3b the span over which a change or target is to be reached",
    ("sthelens_1", 1794): "3b the span over which a change or target is to be reached",
    ("knowsley_1", 1218): "3b the span over which a change or target is to be reached",
    ("cambridgeshire_1", 1726): "3b the span over which a change or target is to be reached",
    ("tameside_1", 590): "3b the span over which a change or target is to be reached",
    ("cambridgeshire_1", 1658): "3b the span over which a change or target is to be reached",
    ("slough_1", 954): "3e a window in which something may happen (in the next N)",
    ("bury_1", 1308): "3f the next N with the plan's own dates (a period, README)",
    ("newham_1", 157): "3f the next N with the plan's own dates (a period, README)",
    # Q4
    ("torbay_1", 1629): "-",  # a threshold in a definition (README)
    ("luton_1", 84): "4c a multiple (N times the average, N times more likely)",
    ("luton_1", 1979): "4b a count of occasions that happened (excluded N times)",
    # Q6: an agenda item's number before its title; a limit in standing orders (threshold)
    ("essex_1", 1064): "-", ("oxfordshire_2", 373): "-", ("oxfordshire_7", 766): "-",
    # X: "one of N authorities" (a pronoun, not a rank)
    ("r24j_northumberland_1", 714): "-", ("knowsley_1", 282): "-",
    # Q8: a placement's cost with no period on the page near it
    ("r21b2_westberkshire_1", 1566): "8c a placement's cost, no period on the page",
    ("r21b2_westberkshire_1", 1575): "8c a placement's cost, no period on the page",
    ("r21b2_westberkshire_1", 1604): "8c a placement's cost, no period on the page",
}


def reading(r: dict[str, str]) -> str:
    """The item's reading: by hand (:data:`READ_BY_HAND`), else the first :data:`READINGS` row its question and shape
    start with."""
    hand = READ_BY_HAND.get((r["doc_id"], int(r["start"])))
    if hand:
        return hand
    for q, sh, rd in READINGS:
        if r["question"].startswith(q) and r["shape"].startswith(sh):
            return rd
    return "-"


def report_readings(rows: list[dict[str, str]]) -> None:
    """Per reading: the gold (seeds, dev, blind) marked / n and its councils, the second annotator, the judged pools."""
    by: dict[str, list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        if r["reading"] != "-":
            by[r["reading"]].append(r)
    print("\n# By reading (gold = seeds + dev + the twelve blind sets; second = their second annotations)")
    for rd, rs in sorted(by.items()):
        gold = [r for r in rs if r["source"] in ("seeds", "dev", "blind")]
        sec = [r for r in rs if r["source"] == "second"]
        jud = [r for r in rs if r["source"] == "judged"]
        cf = sorted({council_key(r["council"]) for r in gold if r["mark"] == "figure"})
        cn = sorted({council_key(r["council"]) for r in gold if r["mark"] != "figure"})
        jf = sorted({council_key(r["council"]) for r in jud if r["mark"] == "figure"})
        jn = sorted({council_key(r["council"]) for r in jud if r["mark"] != "figure"})
        print(f"- {rd}")
        if rd.startswith("8"):
            wk = [r for r in gold if r["indicator_id"] == "placement_cost_weekly"]
            jw = [r for r in jud if r["indicator_id"] == "placement_cost_weekly"]
            print(f"    id placement_cost_weekly: gold {len(wk)}/{len(gold)} (at {', '.join(sorted({council_key(r['council']) for r in wk})) or '-'});"
                  f" second {sum(r['indicator_id'] == 'placement_cost_weekly' for r in sec)}/{len(sec)};"
                  f" judged reader id {len(jw)}/{len(jud)} (at {', '.join(sorted({council_key(r['council']) for r in jw})) or '-'})")
        print(f"    gold {sum(r['mark'] == 'figure' for r in gold)}/{len(gold)} figure (figure at {', '.join(cf) or '-'};"
              f" not at {', '.join(cn) or '-'}); second {sum(r['mark'] == 'figure' for r in sec)}/{len(sec)}")
        print(f"    judged {sum(r['mark'] == 'figure' for r in jud)} figure / {sum(r['mark'] == 'not' for r in jud)} not /"
              f" {sum(r['mark'] == 'unmarked' for r in jud)} unmarked (figure at {', '.join(jf) or '-'};"
              f" not or unmarked at {', '.join(jn) or '-'})")


#: the direction each README rule takes, by reading prefix ("figure" or "not"; 8c: the weekly id is left empty)
RULE: dict[str, str] = {"1a": "not", "1b": "not", "1c": "not", "2a": "figure", "2b": "not", "2c": "not", "2d": "not",
                        "3a": "figure", "3b": "not", "3c": "figure", "4a": "figure", "4b": "figure", "4c": "figure",
                        "5a": "not", "5b": "figure", "6 ": "figure", "7a": "figure", "7b": "figure", "7c": "not",
                        "8a": "weekly id", "8b": "no id", "8c": "no id", "Xa": "not", "Xb": "not", "Xc": "not"}


def _agrees(r: dict[str, str], rule: str) -> bool:
    if rule == "weekly id":
        return r["indicator_id"] == "placement_cost_weekly"
    if rule == "no id":
        return r["indicator_id"] != "placement_cost_weekly"
    return (r["mark"] == "figure") == (rule == "figure")


def report_leave_one_set_out(rows: list[dict[str, str]]) -> None:
    """Per rule: the items of every open source that agree with it (all, and with each blind set left out in turn:
    the worst case), and the councils that agree. A rule "stands" without a set when most of the rest agree and they
    come from 3+ councils."""
    print("\n# Leave one blind set out (all sources; agree / items, councils that agree; worst set left out)")
    sets = sorted({r["set"] for r in rows if r["source"] == "blind"})
    for key, rule in RULE.items():
        rs = [r for r in rows if r["reading"].startswith(key)]
        if not rs:
            continue
        agree = [r for r in rs if _agrees(r, rule)]
        worst = None
        for s in sets:
            rest = [r for r in rs if r["set"] != s]
            ag = [r for r in rest if _agrees(r, rule)]
            cs = {council_key(r["council"]) for r in ag}
            stands = bool(rest) and 2 * len(ag) > len(rest) and len(cs) >= 3
            score = (stands, len(ag) / len(rest) if rest else 0.0)
            if worst is None or score < worst[0]:
                worst = (score, s, len(ag), len(rest), len(cs), stands)
        assert worst is not None
        print(f"- {key.strip()} {rule}: {len(agree)}/{len(rs)} agree at {len({council_key(r['council']) for r in agree})} councils;"
              f" without {worst[1]}: {worst[2]}/{worst[3]} at {worst[4]} -> {'stands' if worst[5] else 'does NOT stand'}")


def council_key(c: str) -> str:
    """A council's name without its title words, so that a set's and a pool's spelling meet."""
    c = re.sub(r"\b(?:London Borough of|Royal Borough of|City of|Metropolitan|Borough|County|City|District|Council|"
               r"Unitary|Authority)\b", " ", c)
    return re.sub(r"\s+", " ", c).strip()


def report(rows: list[dict[str, str]]) -> None:
    """Counts by question and shape: per source n / figure (and judged: not, unmarked), and councils."""
    by: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for r in rows:
        by[(r["question"], r["shape"])].append(r)
    q0 = None
    for (q, sh), rs in sorted(by.items()):
        if q != q0:
            print(f"\n## {q}")
            q0 = q
        parts = []
        for src in ("seeds", "dev", "blind", "second", "judged"):
            sr = [r for r in rs if r["source"] == src]
            if not sr:
                continue
            fig = sum(r["mark"] == "figure" for r in sr)
            if src == "judged":
                no = sum(r["mark"] == "not" for r in sr)
                parts.append(f"judged {fig} fig/{no} not/{len(sr) - fig - no} unmarked")
            else:
                parts.append(f"{src} {fig}/{len(sr)}")
        gold = [r for r in rs if r["source"] in ("seeds", "dev", "blind")]
        cf = sorted({council_key(r["council"]) for r in gold if r["mark"] == "figure"})
        cn = sorted({council_key(r["council"]) for r in gold if r["mark"] != "figure"})
        print(f"- {sh}: " + "; ".join(parts))
        print(f"    gold figure at {len(cf)}: {', '.join(cf)}")
        print(f"    gold not at {len(cn)}: {', '.join(cn)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default="tests/realworld/notes/r25_r25gold/items.csv")
    a = ap.parse_args()
    ps = list(pages())
    print("pages by source: " + ", ".join(f"{s} {sum(p.source == s for p in ps)}"
                                          for s in ("seeds", "dev", "blind", "second", "judged")))
    rows = items(ps)
    for r in rows:
        r["reading"] = reading(r)
    out = Path(a.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    report(rows)
    report_readings(rows)
    report_leave_one_set_out(rows)


if __name__ == "__main__":
    main()
