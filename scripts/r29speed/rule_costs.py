"""(r29speed) What each of round 29's new figure rules costs a bench pass, by replaying the inputs it sees.

usage (from a checkout, its code on PYTHONPATH): python scripts/r29speed/rule_costs.py [OLD_COMMIT] [--work DIR]

One pass of ``instructions_figures.py``'s sample (``bench.quantulum3_sample`` of the generated corpus in DIR, made
by that script) is run with :func:`.kinds.classify` and :func:`.phrase._indicator_phrase` wrapped (each call's
arguments recorded) and with the patterns round 29 changed wrapped (each search's arguments recorded). Then, fastest
of R runs of each: the pass itself; every step round 29 added or changed, called on the numbers (figures) the chain
reaches it with, in the checkout's version and in OLD's (``git show OLD:...kinds_classify.py``, loaded beside it);
every changed pattern on its recorded inputs, new and OLD's pattern. The difference is the rule's cost; as a share
of the pass, timed on the same machine at the same time. CPU time, so a few percent noisy: small shares are bounds.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OLD = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "78955dbd"
WORK = Path(sys.argv[sys.argv.index("--work") + 1]) if "--work" in sys.argv else Path("/tmp/r29speed_bench")
R = 7

from analysis import bench, corpus, figures  # noqa: E402
from analysis.figures import indicators, kinds, kinds_classify as kc, kinds_furniture, phrase, phrase_cascade as pc  # noqa: E402
from analysis.figures import phrase_money  # noqa: E402
from analysis.io import read_table  # noqa: E402


def _old_module(path: str, name: str) -> types.ModuleType:
    src = subprocess.run(["git", "-C", str(ROOT), "show", f"{OLD}:{path}"], check=True, capture_output=True,
                         text=True).stdout
    mod = types.ModuleType(f"analysis.figures.{name}")
    mod.__package__ = "analysis.figures"
    sys.modules[mod.__name__] = mod
    exec(compile(src, f"{OLD}:{path}", "exec"), mod.__dict__)
    return mod


old_kc = _old_module("src/analysis/figures/kinds_classify.py", "_old_kinds_classify")
old_patterns = {
    name: getattr(_old_module(f"src/analysis/figures/{stem}.py", f"_old_{stem}"), name)
    for stem, name in (("indicators", "_OTHER_BUDGET"), ("kinds_furniture", "_PEOPLE_AGE_LEFT"),
                       ("phrase_money", "_FORECASTING"))
}


class Recorder:
    """A compiled pattern's stand-in that records each call's arguments."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.calls = pattern, []

    def __getattr__(self, name):
        fn = getattr(self.pattern, name)

        def call(*args, **kwargs):
            self.calls.append((name, args, kwargs))
            return fn(*args, **kwargs)
        return call


processed = WORK / "n1000" / "processed"
if not processed.exists():
    processed = next(WORK.glob("*/processed"))
documents, segments = bench.quantulum3_sample(read_table("documents", processed), read_table("segments", processed),
                                              bench.QUANTULUM_DOCS, bench.QUANTULUM_MIN_WORDS)
texts = corpus.load_texts(processed, documents["doc_id"].tolist())
inds = figures.load_indicators()
figures.figures_from_segments(segments.head(50), texts, documents, inds)


def one_pass() -> None:
    bench._clear_text_caches()
    figures.figures_from_segments(segments, texts, documents, inds)


one_pass()
classify_calls, phrase_calls = [], []
new_classify, new_phrase = kinds.classify, phrase._indicator_phrase


def rec_classify(*args):
    classify_calls.append(args)
    return new_classify(*args)


def rec_phrase(*args, **kwargs):
    phrase_calls.append((args, kwargs))
    return new_phrase(*args, **kwargs)


recorders = {"_OTHER_BUDGET": (indicators, Recorder(indicators._OTHER_BUDGET)),
             "_PEOPLE_AGE_LEFT": (kinds_furniture, Recorder(kinds_furniture._PEOPLE_AGE_LEFT)),
             "_FORECASTING": (phrase_money, Recorder(phrase_money._FORECASTING))}
kinds.classify, phrase._indicator_phrase = rec_classify, rec_phrase
for name, (mod, r) in recorders.items():
    setattr(mod, name, r)
one_pass()
kinds.classify, phrase._indicator_phrase = new_classify, new_phrase
for name, (mod, r) in recorders.items():
    setattr(mod, name, r.pattern)


def fastest(fn) -> float:
    best = float("inf")
    for _ in range(R):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


T = fastest(one_pass)
print(f"pass: {T * 1e3:.1f} ms (fastest of {R}); {len(classify_calls)} classify calls, {len(phrase_calls)} phrase calls")

# the states each classify step is reached with (the chain as classify runs it, every step recorded until one answers)
reached: dict[str, list] = {}
for text, kind, s, e, surface, rules in classify_calls:
    n = kc._Number(text, kind, s, e, surface, rules)
    done = False
    for read, field, if_not, if_so in kc._CASCADE_OF[kind]:
        if read is not None:
            read(n)
        for step in (if_so if field is not None and getattr(n, field) else if_not):
            reached.setdefault(step.__name__, []).append(n)
            if step(n):
                done = True
                break
        if done:
            break

rows = []
for name in ("_page_or_footnote", "_venue_or_age", "_age_band", "_reference_by_word", "_procedure_by_words_after",
             "_age", "_span_of_a_sum", "_one", "_report_code"):
    ns_ = reached.get(name, [])
    new_step = getattr(kc, name)
    old_step = getattr(old_kc, name, None)
    t_new = fastest(lambda: [new_step(n) for n in ns_])
    t_old = fastest(lambda: [old_step(n) for n in ns_]) if old_step else fastest(lambda: [None for n in ns_])
    rows.append((f"classify {name}", len(ns_), t_new - t_old, t_new))

# the phrase's new step, on the figures the per-unit cascade reaches it with (its own first tests only, then its rule)
reach_out = []
for args, kwargs in phrase_calls:
    f = pc._Figure(*args, **kwargs)
    for step in pc._CASCADE_OF[f.unit]:
        if step is pc._out_of_part:
            reach_out.append(f)
            break
        if step(f) is not None:
            break
t_new = fastest(lambda: [pc._out_of_part(f) for f in reach_out])
t_none = fastest(lambda: [None for f in reach_out])
rows.append(("phrase _out_of_part", len(reach_out), t_new - t_none, t_new))

for name, (mod, r) in recorders.items():
    new_p, old_p = r.pattern, old_patterns[name]
    calls = r.calls
    t_new = fastest(lambda: [getattr(new_p, m)(*a, **k) for m, a, k in calls])
    t_old = fastest(lambda: [getattr(old_p, m)(*a, **k) for m, a, k in calls])
    rows.append((f"pattern {name}", len(calls), t_new - t_old, t_new))

print(f"{'rule (new - OLD)':40s} {'calls':>7s} {'cost ms':>9s} {'of pass':>8s} {'all of it ms':>12s}")
for what, calls, cost, whole in rows:
    print(f"{what:40s} {calls:7d} {cost * 1e3:9.3f} {cost / T:8.2%} {whole * 1e3:12.3f}")
