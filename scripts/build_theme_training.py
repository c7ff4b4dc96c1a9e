"""Build ``data/themes_training.csv``: hand-coded passages the theme model learns from.

Sources (never the real-minutes ``test`` split, which is kept for measuring):

* ``seeds``: the seed segments (``data/raw``) with their hand theme (``tests/gold/themes_gold.csv``);
* ``heldout``: the in-house held-out passages (``tests/gold/heldout_themes.csv``);
* ``realworld-dev``: the hand-coded passages of the ``dev`` split of ``tests/realworld``;
* ``pools-r11`` (left out with ``--without-pools``): the passages of round 11's pools judged for themes by ``r12themes``
  (``tests/realworld/pools/r12themes/themes_judged.csv``, both halves, 40 councils). Their
  ``doc_id`` is ``<council key>_<pool doc_id>`` with the council key of the ``dev`` split's files
  (``bury``, ``central-bedfordshire``, ``southend``), so :func:`analysis.themes.cross_validated`
  holds a council's pool and dev passages out together.

* ``pools-r12`` (left out with ``--without-r12`` or ``--without-pools``): round 12's fresh pools judged blind by
  ``r12themesB`` (``tests/realworld/pools/r12themesB/themes_judged.csv``, 646 passages, 28 councils), open
  for tuning from round 13 on; keyed like ``pools-r11`` (``bury_r12freshB--bury-1``). Round 13 chose it by
  council-grouped CV (configuration C of tests/realworld/notes/r13_themes.md, with
  ``analysis.themes.FEATURE_WEIGHT`` 0.5): it helps the held-out pool passages and the dev segments held out
  with their council, while the accuracy on all training passages falls because its own passages are harder.

* ``pools-r13`` (only with ``--with-r13``, never with ``--without-pools``): round 13's blind theme pool judged by
  ``r13themesJ`` (``tests/realworld/pools/r13/r13themesJ/themes_judged.csv``, 299 passages, 19 councils; its
  manifest is ``raw/manifest.csv`` and its judged doc_ids carry the pool's name, ``r13themesJ__barnet_1``), open
  for tuning from round 14 on; keyed like ``pools-r11`` (``barnet_r13themesJ--barnet-1``). Not in the committed
  file: round 14's declared council-grouped CV tied with and without it (segments of all pool passages held out
  with their council, 1,790 of 2,168 both; tests/realworld/notes/r14_themes.md), and the rule wired it only if it
  rose. Round 15's declared CV (isolated, passages not ``other``, tests/realworld/notes/r15_r15themes.md) rose a
  little with it (0.715 -> 0.717; 0.718 with ``themes.OTHER_WEIGHT`` 0.75) but the in-sample dev row fell, so it
  stayed out again.

* ``pools-r21blind`` (only with ``--with-r21blind``): round 21's blind-annotated set
  (``tests/realworld/pools/r21/r21blind``: ``themes_gold.csv``, 187 passages of 14 councils, all of the dev split's
  councils but Hertfordshire and Salford), open from round 22 on; keyed by the council's dev key
  (``camden_r21b-camden-1``), so a council's blind passages are held out with its dev and pool passages.

Never a pool judged blind for the current round (its judgements are the measure).

Columns: ``source, doc_id, theme, text``; one row per passage (duplicates of the same text and
theme dropped), sorted, so the file is byte-identical on every run. Rerun after editing any of
the gold tables::

    .venv/bin/python scripts/build_theme_training.py [--without-pools] [--without-r12] [--with-r13] [--with-r21blind]
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis import clean, corpus, evaluation, io, topics
from analysis.realworld import load_gold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "data" / "themes_training.csv"
POOLS = ROOT / "tests" / "realworld" / "pools" / "r12themes"
R13 = ROOT / "tests" / "realworld" / "pools" / "r13" / "r13themesJ"
#: Theme-judged pools: (source, folder with ``themes_judged.csv``, its manifest, the pages' doc_id prefix in the
#: judged file when the manifest's file names have none).
POOL_SOURCES = (("pools-r11", POOLS, POOLS / "manifest.csv", ""),
                ("pools-r12", ROOT / "tests" / "realworld" / "pools" / "r12themesB",
                 ROOT / "tests" / "realworld" / "pools" / "r12themesB" / "manifest.csv", ""),
                ("pools-r13", R13, R13 / "raw" / "manifest.csv", "r13themesJ__"))
R21BLIND = ROOT / "tests" / "realworld" / "pools" / "r21" / "r21blind"
#: Council names of the pools whose key is not their lower-cased, hyphenated name (the dev split's key).
_KEY_ALIASES = {"Southend-on-Sea": "southend"}


def council_key(name: str) -> str:
    """The key of a council name as in the dev split's file names.

    >>> council_key("Central Bedfordshire"), council_key("Southend-on-Sea"), council_key("Kensington and Chelsea")
    ('central-bedfordshire', 'southend', 'kensington-and-chelsea')
    """
    return _KEY_ALIASES.get(name) or "-".join(name.lower().replace("_", " ").split())


def pool_passages(source: str = "pools-r11", folder: Path = POOLS, manifest: Path | None = None,
                  prefix: str = "") -> pd.DataFrame:
    """A theme-judged pool's passages (``source``, e.g. ``pools-r11``: round 11's pools), keyed by council.
    ``manifest`` (default ``folder/manifest.csv``) names each page's council; ``prefix`` is what the judged
    doc_ids add to the manifest's file stems (``r13themesJ__``)."""
    judged = pd.read_csv(folder / "themes_judged.csv", dtype=str, keep_default_na=False)
    manifest = manifest or folder / "manifest.csv"
    pages = pd.read_csv(manifest, dtype=str, keep_default_na=False)
    council = {prefix + Path(f).stem: council_key(c) for f, c in zip(pages["file"], pages["council"])}
    missing = sorted(set(judged["doc_id"]) - set(council))
    if missing:
        raise ValueError(f"{manifest}: no council for {missing[:5]}")
    doc = [f"{council[d]}_{d.replace('_', '-')}" for d in judged["doc_id"]]
    return judged.assign(source=source, doc_id=doc)[["source", "doc_id", "theme", "text"]]


def blind_passages(folder: Path = R21BLIND, source: str = "pools-r21blind") -> pd.DataFrame:
    """A blind-annotated set's gold passages (``themes_gold.csv``; its ``manifest.csv`` names each page's council),
    keyed by the council's key in the dev split (the key of the dev files of the same council name), else by
    :func:`council_key` of the name without "London Borough of" / "Council" / "County" / "City" ("Salford")."""
    gold = pd.read_csv(folder / "themes_gold.csv", dtype=str, keep_default_na=False)
    pages = pd.read_csv(folder / "manifest.csv", dtype=str, keep_default_na=False)
    dev = pd.read_csv(ROOT / "tests" / "realworld" / "raw" / "manifest.csv", dtype=str, keep_default_na=False)
    dev = dev[dev["split"] == "dev"]
    dev_key = {c: f.rsplit(".", 1)[0].rsplit("_", 1)[0] for f, c in zip(dev["file"], dev["council"])}

    def key(name: str) -> str:
        short = " ".join(w for w in name.replace("London Borough of", "").split()
                         if w not in ("Council", "County", "City", "Borough"))
        return dev_key.get(name) or council_key(short)

    council = {Path(f).stem: key(c) for f, c in zip(pages["file"], pages["council"])}
    missing = sorted(set(gold["doc_id"]) - set(council))
    if missing:
        raise ValueError(f"{folder / 'manifest.csv'}: no council for {missing[:5]}")
    doc = [f"{council[d]}_{d.replace('_', '-')}" for d in gold["doc_id"]]
    return gold.assign(source=source, doc_id=doc)[["source", "doc_id", "theme", "text"]]


def build(with_pools: bool = True, with_r12: bool = True, with_r13: bool = False,
          with_r21blind: bool = False) -> pd.DataFrame:
    docs = corpus.load_corpus(ROOT / "data" / "raw")
    segs = clean.clean_documents(docs).reset_index(drop=True)
    segs["theme"] = evaluation.match_gold(segs, pd.read_csv(ROOT / "tests" / "gold" / "themes_gold.csv"))
    seeds = segs[segs["theme"].notna()].assign(source="seeds")[["source", "doc_id", "theme", "text"]]
    held = pd.read_csv(ROOT / "tests" / "gold" / "heldout_themes.csv").assign(source="heldout")
    manifest, _, gold = load_gold(ROOT / "tests" / "realworld")
    dev = set(manifest.loc[manifest["split"] == "dev", "doc_id"])
    real = gold[gold["doc_id"].isin(dev)].assign(source="realworld-dev")
    cols = ["source", "doc_id", "theme", "text"]
    left_out = {"pools-r12"} if not with_r12 else set()
    left_out |= {"pools-r13"} if not with_r13 else set()
    pools = [pool_passages(src, f, m, pre) for src, f, m, pre in POOL_SOURCES if with_pools and src not in left_out]
    if with_r21blind:
        pools.append(blind_passages())
    out = pd.concat([seeds, held[cols], real[cols], *pools])
    out["text"] = [" ".join(str(t).split()) for t in out["text"]]
    out = out[out["text"].str.len() > 0].drop_duplicates(["theme", "text"])
    return out.sort_values(["source", "doc_id", "theme", "text"], kind="mergesort").reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    table = build(with_pools="--without-pools" not in args, with_r12="--without-r12" not in args,
                  with_r13="--with-r13" in args, with_r21blind="--with-r21blind" in args)
    io.write_text(OUT, table.to_csv(index=False, lineterminator="\n"))
    print(f"{OUT}: {len(table)} passages ({table['source'].value_counts().sort_index().to_dict()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
