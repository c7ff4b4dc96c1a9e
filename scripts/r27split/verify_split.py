"""Check a split of phrase.py (r27split) or kinds.py (r27split2) moved code and did not change it.

usage: python scripts/r27split/verify_split.py UNSPLIT_PY [FIGURES_DIR [MODULE]]
MODULE is ``phrase`` (the default; parts in ``parts.json``) or e.g. ``kinds`` (parts in ``parts_kinds.json``).
Every top-level statement of the unsplit file but its docstring and imports is in exactly one part (<MODULE>.py or a
<MODULE>_<seam>.py of the parts file), with the same source text, and the parts hold no other statement; every comment
line at the start of a line is there too. Exit 1 otherwise.
"""
import ast
import collections
import json
import sys
from pathlib import Path


def statements(path: Path) -> list[str]:
    src = path.read_text(encoding="utf-8")
    lines = src.splitlines(keepends=True)
    out = []
    for i, node in enumerate(ast.parse(src).body):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        if i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            continue
        start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
        out.append("".join(lines[start - 1:node.end_lineno]))
    return out


def comments(path: Path) -> list[str]:
    return [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.startswith("#")]


unsplit = Path(sys.argv[1])
here = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(__file__).resolve().parents[2] / "src/analysis/figures"
module = sys.argv[3] if len(sys.argv) > 3 else "phrase"
conf = Path(__file__).parent / ("parts.json" if module == "phrase" else f"parts_{module}.json")
parts = [here / f"{m}.py" for m in json.loads(conf.read_text())["order"]]
old, new = collections.Counter(statements(unsplit)), collections.Counter()
old_c, new_c = collections.Counter(comments(unsplit)), collections.Counter()
for p in parts:
    new.update(statements(p))
    new_c.update(comments(p))
new_c -= collections.Counter(["# the parts (every name is re-exported here: callers import them from this module)"])
ok = old == new and old_c == new_c
print(f"{len(parts)} parts; statements: {sum(old.values())} before, {sum(new.values())} after; "
      f"comment lines: {sum(old_c.values())} before, {sum(new_c.values())} after; "
      + ("moved verbatim" if ok else "DIFFERENT"))
for s in (old - new):
    print("  only before:", s[:100])
for s in (new - old):
    print("  only after:", s[:100])
for s in (old_c - new_c) + (new_c - old_c):
    print("  comment:", s[:100])
sys.exit(0 if ok else 1)
