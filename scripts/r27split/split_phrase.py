"""Split an unsplit module (``phrase.py``, r27split; ``kinds.py``, r27split2) into its parts ``<module>_<seam>.py``,
moving code verbatim.

usage: python scripts/r27split/split_phrase.py UNSPLIT_PY OUTDIR [MODULE]
MODULE is ``phrase`` (the default; its parts in ``parts.json``) or another module of ``analysis.figures`` whose parts
are in ``parts_<MODULE>.json`` (``kinds``: ``parts_kinds.json``). Writes OUTDIR/<MODULE>.py (docstring: the map of
the parts; the original imports; every name of the parts re-exported; the entry points) and
OUTDIR/<MODULE>_<seam>.py, each with the imports it needs.

Each top-level statement goes to the part the parts file names for it ("names": name -> part); a statement it does not
know (added since) goes with the statement before it. Then, in ``order`` (lowest first: a part imports only parts
before it): a statement used by a lower part sinks to it (with all its definitions if its name is bound twice); a
constant used only by higher parts rises to the lowest of them. Statements keep their file order inside a part, with
the comments above them. Check the result with ``verify_split.py``.
"""
import ast
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

SRC, OUTDIR = Path(sys.argv[1]), Path(sys.argv[2])
MODULE = sys.argv[3] if len(sys.argv) > 3 else "phrase"
CONF = json.loads((Path(__file__).parent / ("parts.json" if MODULE == "phrase" else f"parts_{MODULE}.json"))
                  .read_text(encoding="utf-8"))
ORDER, DOCS, NAMES = CONF["order"], CONF["docs"], CONF["names"]
rank = {m: i for i, m in enumerate(ORDER)}
text = SRC.read_text(encoding="utf-8")
lines = text.splitlines(keepends=True)
tree = ast.parse(text)

header_end = 0  # the last line of the docstring and the imports at the top
body_nodes = []
for i, node in enumerate(tree.body):
    if not body_nodes and (isinstance(node, (ast.Import, ast.ImportFrom))
                           or (i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))):
        header_end = node.end_lineno
    else:
        body_nodes.append(node)
header_imports = {}
for node in tree.body:
    if node.lineno > header_end:
        break
    if isinstance(node, ast.Import):
        for a in node.names:
            header_imports[a.asname or a.name] = f"import {a.name}"
    elif isinstance(node, ast.ImportFrom):
        for a in node.names:
            header_imports[a.asname or a.name] = ("." * node.level + (node.module or ""), a.name, a.asname)

items, prev_end = [], header_end
for node in body_nodes:
    start = min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        names = [node.name]
    elif isinstance(node, ast.Assign):
        names = [n.id for t in node.targets for n in ast.walk(t) if isinstance(n, ast.Name)]
    elif isinstance(node, ast.AnnAssign):
        names = [node.target.id]
    else:
        raise SystemExit(f"line {start}: a top-level statement that is no definition")
    refs = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    items.append(dict(start=start, end=node.end_lineno, chunk_from=prev_end + 1, names=names, refs=refs,
                      kind=type(node).__name__))
    prev_end = node.end_lineno
prev_mod = ORDER[0]
for it in items:
    known = [NAMES[n] for n in it["names"] if n in NAMES]
    it["mod"] = prev_mod = known[0] if known else prev_mod
    if not known:
        print(f"new: {it['names']} -> {prev_mod} (with the statement before it)")
defs = defaultdict(list)
for it in items:
    for n in it["names"]:
        defs[n].append(it)
changed = True
while changed:  # sink
    changed = False
    for n, its in defs.items():
        lo = min(rank[i["mod"]] for i in its)
        for i in its:
            if rank[i["mod"]] != lo:
                i["mod"], changed = ORDER[lo], True
    for it in items:
        for r in it["refs"]:
            for d in defs.get(r, ()):
                if d is not it and rank[d["mod"]] > rank[it["mod"]]:
                    print(f"sank {d['names']} {d['mod']} -> {it['mod']} (used by {it['names']})")
                    d["mod"], changed = it["mod"], True
changed = True
while changed:  # lift
    changed = False
    for it in items:
        if it["kind"] not in ("Assign", "AnnAssign") or "__all__" in it["names"] or any(len(defs[n]) > 1 for n in it["names"]):
            continue
        users = [u for u in items if u is not it and set(it["names"]) & u["refs"]]
        if users and min(rank[u["mod"]] for u in users) > rank[it["mod"]]:
            lo = ORDER[min(rank[u["mod"]] for u in users)]
            if it["names"][0] in NAMES and NAMES[it["names"][0]] != lo:
                print(f"rose {it['names']} {it['mod']} -> {lo}")
            it["mod"], changed = lo, True

ident = re.compile(r"[A-Za-z_][A-Za-z_0-9]*")
owner = {}
for it in items:
    for n in it["names"]:
        owner.setdefault(n, it["mod"])


def doctest_refs(it):
    out = set()
    for line in lines[it["start"] - 1:it["end"]]:
        s = line.strip()
        if s.startswith(">>>") or s.startswith("..."):
            out |= set(ident.findall(s[3:]))
    return out


def assemble(its):
    out, prev_def = [], False
    for k, it in enumerate(its):
        chunk, lead = lines[it["chunk_from"] - 1:it["end"]], 0
        while chunk and not chunk[0].strip():
            chunk, lead = chunk[1:], lead + 1
        isdef = it["kind"] in ("FunctionDef", "AsyncFunctionDef", "ClassDef")
        sep = 0 if k == 0 else 2 if isdef or prev_def else min(lead, 2)
        out.append("\n" * sep + "".join(chunk))
        prev_def = isdef
    return "".join(out).rstrip("\n") + "\n"


def wrapped(head, names, force=False):
    line = head + ", ".join(names)
    if len(line) <= 120 and not force:
        return [line]
    res, cur = [head + "(" + ("  # noqa: F401" if force else "")], "   "
    for n in names:
        if len(cur) + len(n) + 2 > 119:
            res.append(cur.rstrip())
            cur = "   "
        cur += " " + n + ","
    return res + [cur, ")"]


def import_lines(used, m):
    plain, ext, intern = set(), defaultdict(list), defaultdict(set)
    for n in used:
        v = header_imports.get(n)
        if isinstance(v, str):
            plain.add(v)
        elif v:
            ext[v[0]].append(v[1] + (f" as {v[2]}" if v[2] else ""))
        elif owner.get(n, m) != m:
            intern[owner[n]].add(n)
    res = sorted(plain) + [f"from {k} import {', '.join(sorted(ext[k]))}" for k in sorted(ext) if not k.startswith(".")]
    if res:
        res.append("")
    for k in sorted((k for k in ext if k.startswith(".")), key=lambda x: (x.count(".") == 1, x)):
        res.append(f"from {k} import {', '.join(sorted(ext[k], key=lambda s: (s[0].islower(), s)))}")
    for o in sorted(intern, key=rank.get):
        assert rank[o] < rank[m], (o, m, intern[o])
        res += wrapped(f"from .{o} import ", sorted(intern[o], key=lambda s: (s.lstrip("_")[:1].islower(), s)))
    return res


for m in ORDER[:-1]:
    its = [it for it in items if it["mod"] == m]
    used = set().union(*(it["refs"] | doctest_refs(it) for it in its)) - {n for it in its for n in it["names"]}
    isdef = its[0]["kind"] in ("FunctionDef", "AsyncFunctionDef", "ClassDef")
    head = f'"""{DOCS[m]}"""\n\nfrom __future__ import annotations\n\n' + "\n".join(import_lines(used, m))
    (OUTDIR / f"{m}.py").write_text(head + ("\n\n\n" if isdef else "\n\n") + assemble(its), encoding="utf-8")
top = "".join(lines[:header_end]).rstrip("\n")
top = f'"""{DOCS[MODULE]}"""' + top[top.index('"""', 3) + 3:]
rex = []
for o in ORDER[:-1]:
    names = list(dict.fromkeys(n for it in items if it["mod"] == o for n in it["names"] if n != "__all__"))
    rex += wrapped(f"from .{o} import ", names, force=True)
its = [it for it in items if it["mod"] == ORDER[-1]]
(OUTDIR / f"{MODULE}.py").write_text(
    top + "\n\n# the parts (every name is re-exported here: callers import them from this module)\n" + "\n".join(rex)
    + "\n\n" + assemble(its), encoding="utf-8")
print("written:", ", ".join(ORDER))
