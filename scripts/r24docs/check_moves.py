"""Round 24, helper r24docs: check the README move (names kept, text verbatim, links resolve).

Compares the READMEs of a base commit (default 89021d0, end of round 23) with the working tree:

1. names: every inline code span, command line of a code block, ``make <target>``, ``VAR=`` and ``CM_``/``BENCH_``/
   ``FETCH_``/``DASK_`` variable and file name of the old ``README.md`` must appear in the new ``README.md`` or in
   ``docs/`` / ``tests/realworld/*.md``;
2. verbatim: every non-empty line of the old ``README.md`` and ``tests/realworld/README.md`` (whitespace normalised)
   appears in the new files; lines cut at a round boundary are checked half by half;
3. links: every relative link and anchor of the project's main Markdown files resolves (GitHub heading slugs).

Usage::

    python scripts/r24docs/check_moves.py [BASE] [-v]
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def norm(text: str) -> str:
    """Text with every run of whitespace made one space."""
    return re.sub(r"\s+", " ", text)


def old_file(base: str, path: str) -> str:
    """The file as committed at ``base``."""
    return subprocess.run(["git", "show", f"{base}:{path}"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout


def names_of(text: str) -> set[str]:
    """Commands, targets, variables and file names a reader may rely on."""
    names = {c.strip() for c in re.findall(r"`([^`\n]+)`", text)}
    for block in re.findall(r"```bash\n(.*?)```", text, re.S):
        names |= {ln.split("#")[0].strip() for ln in block.splitlines() if ln.split("#")[0].strip()}
    names |= set(re.findall(r"\bmake [a-z][a-z0-9-]*", text))
    names |= set(re.findall(r"\b[A-Z][A-Z0-9_]{2,}\b(?==)", text))
    names |= set(re.findall(r"\$?\b(?:CM|BENCH|FETCH|DASK)_[A-Z_]+\b", text))
    names |= set(re.findall(r"[\w./-]+\.(?:py|md|csv|yml|yaml|json|txt|sqlite|ipynb|html|mk|lock|in|parquet)\b", text))
    return names


def missing_lines(old: str, new: str) -> list[str]:
    """Non-empty old lines not found in ``new``, after trying each line cut at a "Round N" boundary."""
    out = []
    for line in old.split("\n"):
        if not line.strip() or norm(line).strip() in new:
            continue
        m = re.search(r"\. (Rounds? \d+)", line)
        if m and norm(line[:m.start() + 1]).strip() in new and norm(line[m.start() + 2:]).strip() in new:
            continue
        out.append(line)
    return out


def slugs(path: Path) -> set[str]:
    """GitHub's anchors of a Markdown file's headings."""
    seen: dict[str, int] = {}
    out, fence = set(), False
    for line in path.read_text().split("\n"):
        if line.startswith("```"):
            fence = not fence
        m = None if fence else re.match(r"#{1,6} (.*)", line)
        if m:
            s = re.sub(r"[^\w\- ]", "", m.group(1).strip().lower()).replace(" ", "-")
            k = seen.get(s, 0)
            seen[s] = k + 1
            out.add(s if k == 0 else f"{s}-{k}")
    return out


def bad_links(files: list[str]) -> list[str]:
    """Relative links whose file or anchor does not exist."""
    bad = []
    for f in files:
        p = ROOT / f
        for target in re.findall(r"\]\(([^)\s]+)\)", p.read_text()):
            if target.startswith(("http:", "https:", "mailto:")):
                continue
            file, _, anchor = target.partition("#")
            tp = (p.parent / file).resolve() if file else p
            if not tp.exists() or (anchor and anchor not in slugs(tp)):
                bad.append(f"{f}: {target}")
    return bad


def main(argv: list[str]) -> int:
    base = next((a for a in argv if not a.startswith("-")), "89021d0")
    verbose = "-v" in argv
    old_readme, old_rw = old_file(base, "README.md"), old_file(base, "tests/realworld/README.md")
    readme = norm((ROOT / "README.md").read_text())
    docs = norm("\n".join((ROOT / f).read_text() for f in
                          ["docs/history.md", "docs/design.md", "docs/robustness.md", "tests/realworld/README.md",
                           "tests/realworld/HISTORY.md"]))
    names = names_of(old_readme)
    only_docs = sorted(n for n in names if norm(n) not in readme and norm(n) in docs)
    lost = sorted(n for n in names if norm(n) not in readme and norm(n) not in docs)
    print(f"names: {len(names)}, in README {len(names) - len(only_docs) - len(lost)}, only in docs {len(only_docs)}, "
          f"lost {len(lost)}")
    for n in lost + (only_docs if verbose else []):
        print("   ", "LOST" if n in lost else "docs", n)
    m1 = missing_lines(old_readme, readme + " " + norm((ROOT / "docs/history.md").read_text()))
    m2 = missing_lines(old_rw, norm((ROOT / "tests/realworld/README.md").read_text()
                                    + (ROOT / "tests/realworld/HISTORY.md").read_text()))
    print(f"old lines not found verbatim: README {len(m1)}, tests/realworld/README.md {len(m2)}")
    for ln in m1 + m2:
        print("   ", ln[:120])
    bad = bad_links(["README.md", "docs/history.md", "docs/design.md", "docs/robustness.md", "scripts/README.md",
                     "tests/realworld/README.md", "tests/realworld/HISTORY.md", "tests/realworld/pools/README.md"])
    print(f"bad links: {len(bad)}")
    for b in bad:
        print("   ", b)
    return 1 if lost or bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
