"""The shared steps of the BLIND sets' work scripts (``tests/realworld/pools/r2*/r2*blind*/work/`` and the
agreement sets' ``tests/realworld/pools/r2*/agreement/work/``): what rounds 21-24 copied into each set's folder.

A blind set differs from a judged pool (:mod:`pooltools`): its manifest is at the set's root, and its truth is a gold
annotated from the page before any run (``figures_gold.csv``, ``themes_gold.csv``), written by ``work/annotate.py``
from hand rows that place each figure by its surface and an occurrence or a context. So this module holds:

- Annotation: :func:`place_span` (a surface placed by an occurrence or a context; REFUSES an ambiguous placement or
  one inside a longer number, :class:`PlacementError`), :func:`passages` (a page's passages for themes),
  :func:`figure_rows`, :func:`theme_rows`, :func:`gold_rows`, :func:`gold_csvs` and :func:`annotate` (``work/annotate.py``).
- Checks: :func:`check_gold` (``work/check.py``: every gold row slices its raw file; :class:`GoldError` names the
  file and the row), :func:`overlap_set` (``work/overlap.py``), :func:`used_set` (``work/used.py``),
  :func:`decode_set` (``work/decode.py``, :func:`pooltools.decode` into the set's root manifest).
- Agreement (``agreement/work/``): :func:`figure_agreement` (both ways with ``analysis.evaluation.score``, ids on the
  matched figures), :func:`theme_agreement` (Cohen's kappa), :func:`load_pair`, :func:`to_md`,
  :func:`second_passages`, :func:`build_second`, :func:`write_second_themes`.

Each set's script stays a thin caller (its data: hand rows, theme codes, which folder is this round's measure).
Import it from a set's ``work/`` with ``sys.path.insert(0, <repo>/scripts)``. Heavy imports (pandas, sklearn, the
package) are made inside the agreement functions, so the checks run without them.
"""

from __future__ import annotations

import csv
import glob
import io
import os
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

Row = dict[str, Any]
#: how a hand row places its surface: the k-th occurrence of the surface in the file (0 = first); a context that
#: occurs once in the file and holds the surface once; or (context, k): the k-th occurrence of a context that holds
#: the surface once
Where = Union[int, str, tuple[str, int]]

#: the units data/indicators.yml documents (what check_gold accepts)
UNITS = frozenset({'count', 'percent', 'gbp', 'days', 'weeks', 'months', 'years', 'rate', 'percentage_points'})
#: the short theme codes of the annotation scripts (rounds 22-24; some sets use fewer or other codes and pass theirs)
THEME_CODES = {'o': 'other', 'cic': 'children_in_care', 'fa': 'fostering_adoption', 'sg': 'safeguarding',
               'eh': 'early_help', 'ed': 'education_standards', 'ae': 'attendance_exclusions',
               'school': 'school_places_transport', 'ny': 'neet_youth_care_leavers', 'wf': 'workforce',
               'fin': 'finance', 'hw': 'health_wellbeing', 'send': 'send'}
#: lines that are page furniture, never a passage
PASSAGE_SKIP = frozenset({'Minutes:', 'Decision:', 'Items', 'No. Item', 'Agenda and minutes', 'Agenda item',
                          'Additional documents:', 'Supporting documents:', 'Media', 'Agenda and draft minutes'})
FIGURE_COLUMNS = ['doc_id', 'surface', 'raw_start', 'raw_end', 'value', 'value_max', 'unit', 'indicator_id', 'indicator']
THEME_COLUMNS = ['doc_id', 'raw_start', 'raw_end', 'theme', 'text']


# ---------------------------------------------------------------- annotation

class PlacementError(ValueError):
    """A hand row that does not place its surface at exactly one sound span."""


def in_longer_number(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a piece of a longer number: it begins with a digit or letter and a digit
    stands before it, or a decimal point or comma with a digit before that; or the same at its end (a digit after
    it, or a point or comma and then a digit). Letters around a surface are not refused: pages glue words
    ("ofthree") and the gold keeps such rows.

    >>> t = 'a total of 4,126 cases; 26 such appeals; 3.5 days; 1,000'
    >>> in_longer_number(t, t.index('26'), t.index('26') + 2)
    True
    >>> s = t.index('26 such'); in_longer_number(t, s, s + 2)
    False
    >>> in_longer_number(t, t.index('5 days'), t.index('5 days') + 1), in_longer_number(t, t.index('3.5'), t.index('3.5') + 1)
    (True, True)
    >>> in_longer_number(t, t.index('1,000'), t.index('1,000') + 1)
    True
    >>> in_longer_number('cost £5. Then 2, 3', 5, 7), in_longer_number('cost £5. Then 2, 3', 14, 15)
    (False, False)
    """
    surface = text[start:end]
    if not surface:
        return False
    if surface[0].isalnum() and start > 0:
        before = text[start - 1]
        if before.isdigit() or (surface[0].isdigit() and before in '.,' and start > 1 and text[start - 2].isdigit()):
            return True
    if surface[-1].isalnum() and end < len(text):
        after = text[end]
        if after.isdigit() or (surface[-1].isdigit() and after in '.,' and end + 1 < len(text) and text[end + 1].isdigit()):
            return True
    return False


def _occurrences(text: str, needle: str) -> list[int]:
    """The starts of the non-overlapping occurrences of ``needle`` in ``text``, in order."""
    return [m.start() for m in re.finditer(re.escape(needle), text)]


def place_span(text: str, surface: str, where: Where, doc: str = '') -> tuple[int, int]:
    """The span ``(start, end)`` of ``surface`` in ``text`` placed by ``where`` (see :data:`Where`).

    Raises :class:`PlacementError` (naming ``doc``, the surface and the placement) when the placement is ambiguous or
    missing (a context found 0 or 2+ times in the file, a surface not exactly once in its context, an occurrence
    past the last) or when the span is inside a longer number (:func:`in_longer_number`): "26" is never
    placed inside "4,126".

    >>> t = 'Appeals: 4,126 lodged in all; 26 such appeals were heard.'
    >>> place_span(t, '26', '26 such appeals')
    (30, 32)
    >>> try:
    ...     place_span(t, '26', 0)
    ... except PlacementError as err:
    ...     print(err)
    doc '': '26' at 12-14 (where=0) is inside a longer number: '4,126 lo'
    >>> place_span(t, '26', ('; 26 such', 0))
    (30, 32)
    """
    def fail(why: str) -> PlacementError:
        return PlacementError(f'doc {doc!r}: {surface!r} {why}')
    if isinstance(where, bool) or not isinstance(where, (int, str, tuple)):
        raise fail(f'has no placement (where={where!r}: an int, a context or (context, k))')
    if isinstance(where, int):
        starts = _occurrences(text, surface)
        if not 0 <= where < len(starts):
            raise fail(f'occurrence {where} asked, {len(starts)} in the file')
        s = starts[where]
    else:
        ctx, k = (where, None) if isinstance(where, str) else where
        if ctx.count(surface) != 1:
            raise fail(f'is {ctx.count(surface)} times in its context {ctx!r} (must be once)')
        starts = _occurrences(text, ctx)
        if k is None and len(starts) != 1:
            raise fail(f'context {ctx!r} is {len(starts)} times in the file (must be once, or give (context, k))')
        k = 0 if k is None else k
        if not 0 <= k < len(starts):
            raise fail(f'context {ctx!r}: occurrence {k} asked, {len(starts)} in the file')
        s = starts[k] + ctx.index(surface)
    e = s + len(surface)
    assert text[s:e] == surface
    if in_longer_number(text, s, e):
        raise fail(f'at {s}-{e} (where={where!r}) is inside a longer number: {text[max(0, s - 3):e + 3]!r}')
    return s, e


def passages(text: str, skip: Iterable[str] = PASSAGE_SKIP) -> list[tuple[int, int, str]]:
    """``(start, end, text)`` of each passage: a non-empty line, stripped; page furniture (lines of 3 characters or
    fewer, the ``skip`` lines, 'Venue:' and 'Contact:' lines) is left out.

    >>> passages('  Minutes:\\n 1.\\n  Budget is set.  \\nVenue: Hall\\n')
    [(17, 31, 'Budget is set.')]
    """
    skip = frozenset(skip)
    out = []
    for m in re.finditer(r'[^\n]+', text):
        s = m.group().strip()
        if not s or len(s) <= 3 or s in skip or s.startswith('Venue:') or s.startswith('Contact:'):
            continue
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        out.append((start, start + len(s), s))
    return out


def figure_rows(texts: Mapping[str, str], prefix: str, figures: Iterable[Sequence[Any]],
                unique_starts: bool = True) -> list[Row]:
    """The figures gold rows of hand rows ``(doc, surface, where, value, value_max, unit, indicator_id, indicator)``
    (``doc`` without the set's ``prefix``), each placed by :func:`place_span`, sorted by doc and start. With
    ``unique_starts``, two rows at one start raise :class:`PlacementError`."""
    figs = []
    for doc, surface, where, value, vmax, unit, iid, ind in figures:
        s, e = place_span(texts[prefix + doc], surface, where, prefix + doc)
        figs.append({'doc_id': prefix + doc, 'surface': surface, 'raw_start': s, 'raw_end': e, 'value': value,
                     'value_max': vmax, 'unit': unit, 'indicator_id': iid, 'indicator': ind})
    figs.sort(key=lambda r: (r['doc_id'], r['raw_start']))
    if unique_starts and len({(r['doc_id'], r['raw_start']) for r in figs}) != len(figs):
        raise PlacementError('two hand rows place a figure at the same start')
    return figs


def theme_rows(texts: Mapping[str, str], prefix: str, themes: Mapping[str, str],
               codes: Mapping[str, str] = THEME_CODES, sort: bool = False) -> list[Row]:
    """The themes gold rows: ``themes`` maps each doc (without ``prefix``) to one code a passage, in file order
    (space-separated; ``codes`` spells them out). Every page of ``texts`` must have its entry. With ``sort``, the
    rows are sorted by doc and start (else in the order of ``themes``)."""
    rows: list[Row] = []
    for doc, line in themes.items():
        ps, cs = passages(texts[prefix + doc]), line.split()
        if len(ps) != len(cs):
            raise PlacementError(f'{prefix + doc}: {len(ps)} passages, {len(cs)} theme codes')
        rows += [{'doc_id': prefix + doc, 'raw_start': a, 'raw_end': b, 'theme': codes[c], 'text': s}
                 for (a, b, s), c in zip(ps, cs)]
    if set(themes) != {k[len(prefix):] for k in texts}:
        raise PlacementError(f'pages and theme entries differ: {sorted(set(themes) ^ {k[len(prefix):] for k in texts})}')
    if sort:
        rows.sort(key=lambda r: (r['doc_id'], r['raw_start']))
    return rows


def _csv_text(rows: Sequence[Row], columns: Sequence[str]) -> str:
    """``rows`` as CSV text (header first, one ``\\n`` a line), as the annotation scripts wrote them."""
    buf = io.StringIO(newline='')
    w = csv.DictWriter(buf, fieldnames=list(columns), lineterminator='\n')
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def set_texts(set_dir: Path) -> dict[str, str]:
    """The set's pages: ``raw/*.txt`` by file stem."""
    return {p.stem: p.read_text(encoding='utf-8') for p in sorted((Path(set_dir) / 'raw').glob('*.txt'))}


def gold_rows(set_dir: Path, prefix: str, figures: Iterable[Sequence[Any]], themes: Mapping[str, str],
              codes: Mapping[str, str] = THEME_CODES, sort_themes: bool = False,
              unique_starts: bool = True) -> tuple[list[Row], list[Row]]:
    """The figures and themes gold rows a set's hand annotation gives (:func:`figure_rows`, :func:`theme_rows`)."""
    texts = set_texts(set_dir)
    return (figure_rows(texts, prefix, figures, unique_starts),
            theme_rows(texts, prefix, themes, codes, sort_themes))


def gold_csvs(set_dir: Path, prefix: str, figures: Iterable[Sequence[Any]], themes: Mapping[str, str],
              codes: Mapping[str, str] = THEME_CODES, sort_themes: bool = False,
              unique_starts: bool = True) -> tuple[str, str]:
    """The text of ``figures_gold.csv`` and ``themes_gold.csv`` a set's hand annotation gives (nothing written)."""
    figs, rows = gold_rows(set_dir, prefix, figures, themes, codes, sort_themes, unique_starts)
    return _csv_text(figs, FIGURE_COLUMNS), _csv_text(rows, THEME_COLUMNS)


def annotate(set_dir: Path, prefix: str, figures: Sequence[Sequence[Any]], themes: Mapping[str, str],
             codes: Mapping[str, str] = THEME_CODES, sort_themes: bool = False, unique_starts: bool = True) -> None:
    """``work/annotate.py``: writes the set's ``figures_gold.csv`` and ``themes_gold.csv`` (see :func:`gold_rows`).
    Never re-run on a set whose gold is committed: the gold is the record."""
    figs, rows = gold_rows(set_dir, prefix, figures, themes, codes, sort_themes, unique_starts)
    (Path(set_dir) / 'figures_gold.csv').write_text(_csv_text(figs, FIGURE_COLUMNS), encoding='utf-8', newline='')
    (Path(set_dir) / 'themes_gold.csv').write_text(_csv_text(rows, THEME_COLUMNS), encoding='utf-8', newline='')
    print(len(figs), 'figures,', len(rows), 'passages')


# ---------------------------------------------------------------- the councils' halves


def council_key(name: str) -> str:
    """One key per council, however a manifest names it ("London Borough of Barnet", "Barnet" -> "barnet"; round 44:
    "City of London Corporation", as the blind sets and the dev split name it, and "City of London" -> "london").
    (r45robust: moved here from ``learnt_id_rows``, which imports it, for :func:`council_halves`.)

    >>> council_key("Barnsley Metropolitan Borough Council"), council_key("City of Wolverhampton Council")
    ('barnsley', 'wolverhampton')
    >>> council_key("City of London Corporation"), council_key("City of London")
    ('london', 'london')
    """
    s = name.lower().replace("&", "and")
    s = re.sub(r"\b(?:london borough of|royal borough of|city of|metropolitan borough|borough|county|city|council|"
               r"district|unitary authority|mbc|corporation)\b", " ", s)
    return "-".join(re.findall(r"[a-z]+", s))


def _manifest_councils(set_dirs: Iterable[Path]) -> set[str]:
    """The council names the manifests of ``set_dirs`` write (each file read and closed)."""
    names: set[str] = set()
    for folder in set_dirs:
        with open(folder / "manifest.csv", encoding="utf-8", newline="") as fh:
            names.update(r["council"] for r in csv.DictReader(fh))
    return names


def key_halves(set_dirs: Iterable[Path | str]) -> dict[str, str]:
    """(r45robust) ``{council key: "A" | "B"}`` over the councils of the sets' manifests (``<set>/manifest.csv``), by
    :func:`council_key`: the keys in alphabetical order, the first half ``A`` (the larger when the count is odd), the
    rest ``B``. The one definition of the rounds' halves (rules are declared on ``A`` and counted on ``B``): a council
    two manifests name two ways ("Southwark Council", "London Borough of Southwark") is one council, in one half.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "manifest.csv").write_text("file,council\\na.txt,Southwark Council\\nb.txt,London Borough of Southwark\\n"
    ...                                     "c.txt,Norfolk County Council\\nd.txt,Bury Council\\n", encoding="utf-8")
    >>> key_halves([d])
    {'bury': 'A', 'norfolk': 'A', 'southwark': 'B'}
    """
    keys = sorted({council_key(name) for name in _manifest_councils(Path(folder) for folder in set_dirs)})
    cut = (len(keys) + 1) // 2
    return {k: "A" if i < cut else "B" for i, k in enumerate(keys)}


def council_halves(set_dirs: Iterable[Path | str]) -> dict[str, str]:
    """(r45robust) ``{council name, as a manifest writes it: "A" | "B"}``: each name's half by its key
    (:func:`key_halves`), so every name of one council is in the same half.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "manifest.csv").write_text("file,council\\na.txt,Southwark Council\\nb.txt,London Borough of Southwark\\n"
    ...                                     "c.txt,Norfolk County Council\\n", encoding="utf-8")
    >>> council_halves([d])
    {'London Borough of Southwark': 'B', 'Norfolk County Council': 'A', 'Southwark Council': 'B'}
    """
    set_dirs = [Path(folder) for folder in set_dirs]
    halves = key_halves(set_dirs)
    names = sorted(_manifest_councils(set_dirs))
    return {name: halves[council_key(name)] for name in names}


# ---------------------------------------------------------------- checks

class GoldError(ValueError):
    """A gold row (or a page) of a set that does not hold."""


def check_gold(set_dir: Path, units: Iterable[str] = UNITS) -> tuple[int, int, int]:
    """``work/check.py``: every doc has a manifest row and a raw file; every figures gold row slices its raw file
    (``text[raw_start:raw_end] == surface``), has a documented unit and a numeric value; every themes gold row slices
    its passage text. Returns (pages, figure rows, theme rows); raises :class:`GoldError` naming the file and the
    row (its line in the CSV) on the first that fails."""
    set_dir = Path(set_dir)
    texts = {p.stem: p.read_text(encoding='utf-8') for p in (set_dir / 'raw').glob('*.txt')}
    with open(set_dir / 'manifest.csv', encoding='utf-8') as f:
        man = {r['file'][:-4] for r in csv.DictReader(f)}
    if man != set(texts):
        raise GoldError(f'{set_dir / "manifest.csv"}: manifest and raw/ differ: {sorted(man ^ set(texts))}')
    units = frozenset(units)
    counts = []
    for name, field in (('figures_gold.csv', 'surface'), ('themes_gold.csv', 'text')):
        path = set_dir / name
        n = 0
        with open(path, encoding='utf-8') as f:
            rd = csv.DictReader(f)
            for r in rd:
                where = f'{path}, row at line {rd.line_num} ({r.get("doc_id")!r} {r.get("raw_start")}-{r.get("raw_end")} {r.get(field)!r})'
                if r['doc_id'] not in texts:
                    raise GoldError(f'{where}: no raw file {r["doc_id"]}.txt')
                try:
                    got = texts[r['doc_id']][int(r['raw_start']):int(r['raw_end'])]
                except ValueError as err:
                    raise GoldError(f'{where}: offsets are not integers') from err
                if got != r[field]:
                    raise GoldError(f'{where}: the span slices {got!r}, not its {field}')
                if field == 'surface':
                    if r['unit'] not in units:
                        raise GoldError(f'{where}: unit {r["unit"]!r} is not one of {sorted(units)}')
                    try:
                        float(r['value'])
                    except ValueError as err:
                        raise GoldError(f'{where}: value {r["value"]!r} is not a number') from err
                n += 1
        counts.append(n)
    return len(texts), counts[0], counts[1]


def check_main(set_dir: Path) -> None:
    """``work/check.py``'s output: one line of counts when every row holds (else :class:`GoldError`)."""
    pages, n, m = check_gold(set_dir)
    print('ok:', pages, 'files,', n, 'figure rows and', m, 'theme rows slice their files')


def decode_set(set_dir: Path) -> None:
    """``work/decode.py``: ``work/src/NAME.jsonstr`` -> ``raw/NAME.txt`` and ``work/sources.csv`` -> the set's
    ``manifest.csv`` (at its root), by :func:`pooltools.decode`."""
    import pooltools
    pooltools.decode(Path(set_dir), manifest=Path(set_dir) / 'manifest.csv')


def overlap_set(set_dir: Path, measure: str | Sequence[str]) -> None:
    """``work/overlap.py``: 60-character windows (whitespace collapsed) the set's pages share with any earlier text:
    every pool page under tests/realworld/pools/ whose path holds none of ``measure`` (e.g. "/pools/r24/": the
    round's measure; or several), the dev split's pages and the seeds. Prints each pair and a count line."""
    set_dir = Path(set_dir)
    skip = (measure,) if isinstance(measure, str) else tuple(measure)
    w = str(set_dir.parents[4])  # worktree root
    import pooltools
    pooltools.shared_windows(w, sorted(glob.glob(str(set_dir / 'raw' / '*.txt'))), pooltools.earlier_pages(w, skip),
                             names=True)


def _url_key(n: str) -> tuple[None, str] | None:
    """A normalised URL's meeting or document id ("mid=123", "meetings/123" ...), when it has one."""
    m = re.search(r'(?:[?&](?:mid|meetingid)=|[?&]id=|[?&]iid=|meetings/|doc/)(\d+)', n)
    return (None, m.group(0).lstrip('?&').replace('meetingid', 'mid')) if m else None


def used_set(set_dir: Path, urls: Sequence[str], measure: str = '/pools/r24/', keep: str | None = None,
             name_hits: bool = False, bases: Sequence[str] = ('tests', 'data', 'docs', 'notebooks')) -> int:
    """``work/used.py URL...``: is each source_url new? First every manifest.csv under tests/realworld/ (but those
    whose path holds ``measure``, unless it matches the regex ``keep``): the normalised URL, one holding the other,
    or the same meeting/document id on the same site. Then the URL's path (host dropped) as text in every .md, .csv,
    .txt, .yml, .json of ``bases`` (not raw/ folders, not ``measure``); with ``name_hits`` the files are named.
    Prints USED/new per URL (and TEXT-HIT lines); returns 1 when any is used, else 0."""
    from pooltools import url_norm as _url_norm  # (the pools' normalisation: scheme, "www.", session part, slash)
    realworld = str(Path(set_dir).resolve().parents[2])  # tests/realworld
    manif = set()
    for m in glob.glob(realworld + '/**/manifest.csv', recursive=True):
        if measure in m and not (keep and re.search(keep, m)):
            continue
        with open(m, encoding='utf-8') as fh:
            for r in csv.DictReader(fh):
                if r.get('source_url'):
                    manif.add(_url_norm(r['source_url']))
    keys: dict[str, list[str]] = {}
    for x in manif:
        k = _url_key(x)
        if k:
            keys.setdefault(k[1], []).append(x)
    bad = 0
    for u in urls:
        n = _url_norm(u)
        k = _url_key(n)
        near = [x for x in keys.get(k[1], []) if x.split('/')[0].split('.')[-2] == n.split('/')[0].split('.')[-2]] if k else []
        hit = n in manif or any(n in x or x in n for x in manif) or bool(near)
        print('USED' if hit else 'new ', u, near[:2])
        bad += hit
    root = Path(realworld).parents[1]
    blob = []
    for base in bases:
        for dp, _dn, fn in os.walk(root / base):
            if measure.rstrip('/') in dp:
                continue
            for f in fn:
                if f.endswith(('.md', '.csv', '.txt', '.yml', '.json')) and '/raw' not in dp:
                    try:
                        body = open(os.path.join(dp, f), encoding='utf-8', errors='replace').read().lower()
                    except OSError:
                        continue
                    blob.append(os.path.join(dp, f) + '\n' + body if name_hits else body)
    big = '\n'.join(blob)
    for u in urls:
        n = _url_norm(u)
        path = n.split('/', 1)[1] if '/' in n else n
        if path in big:
            if name_hits:
                where = [b.split('\n', 1)[0].split('/tests/')[-1] for b in blob if path in b]
                print('  TEXT-HIT', u, where[:3])
            else:
                print('  TEXT-HIT', u)
            bad += 1
    return 1 if bad else 0


# ---------------------------------------------------------------- agreement (two annotators of one set)

def _id(v: object) -> str:
    """An indicator id cell as text ('' for an empty / NaN cell)."""
    return v.strip() if isinstance(v, str) else ''


def load_pair(pools: Path, agreement: Path, setname: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """First and second figures, first and second themes of one set (first: the set's gold under ``pools``;
    second: ``<agreement>/<set>_figures_second.csv`` and ``..._themes_second.csv``)."""
    import pandas as pd
    f1 = pd.read_csv(Path(pools) / setname / 'figures_gold.csv')
    f2 = pd.read_csv(Path(agreement) / f'{setname}_figures_second.csv')
    t1 = pd.read_csv(Path(pools) / setname / 'themes_gold.csv')
    t2 = pd.read_csv(Path(agreement) / f'{setname}_themes_second.csv')
    return f1, f2, t1, t2


def figure_agreement(f1: pd.DataFrame, f2: pd.DataFrame, lines: list[str]) -> dict[str, float]:
    """Figures of two annotators: scores both ways with ``analysis.evaluation.score`` (second as pred against first
    as gold, and the reverse), indicator and id agreement on the matched figures, and the disagreeing rows (appended
    to ``lines``)."""
    import math

    from analysis.evaluation import key_words, match_figures, same_indicator, score
    f1 = f1.reset_index(drop=True)
    f2 = f2.reset_index(drop=True)
    s21 = score(f2, f1)  # second as pred, first as gold
    s12 = score(f1, f2)  # first as pred, second as gold
    pairs = match_figures(f2, f1)  # first index -> second index
    both = agree = only1 = only2 = 0
    ind_agree = exact_span = half_words = 0
    for gi, pi in pairs.items():
        a, b = f1.loc[gi], f2.loc[pi]
        exact_span += int(a["raw_start"]) == int(b["raw_start"]) and int(a["raw_end"]) == int(b["raw_end"])
        ka, kb = key_words(str(a["indicator"])), key_words(str(b["indicator"]))
        half_words += bool(ka | kb) and len(ka & kb) / len(ka | kb) >= 0.5
        ia, ib = _id(a["indicator_id"]), _id(b["indicator_id"])
        if same_indicator(a["indicator"], b["indicator"]):
            ind_agree += 1
        else:
            lines.append(f"PHRASE {a['doc_id']} {a['surface']!r}: first={a['indicator']!r} second={b['indicator']!r}")
        if ia and ib:
            both += 1
            agree += ia == ib
            if ia != ib:
                lines.append(f"ID-DIFF {a['doc_id']} {a['surface']!r}: first={ia} second={ib}")
        elif ia:
            only1 += 1
            lines.append(f"ID-FIRST-ONLY {a['doc_id']} {a['surface']!r}: first={ia} ({a['indicator']!r}) second=- ({b['indicator']!r})")
        elif ib:
            only2 += 1
            lines.append(f"ID-SECOND-ONLY {a['doc_id']} {a['surface']!r}: second={ib} ({b['indicator']!r}) first=- ({a['indicator']!r})")
        if str(a["unit"]) != str(b["unit"]):
            lines.append(f"UNIT {a['doc_id']} {a['surface']!r}: first={a['unit']} second={b['unit']}")
    matched2 = set(pairs.values())
    for gi, a in f1.iterrows():
        if gi not in pairs:
            lines.append(f"FIRST-ONLY {a['doc_id']} {a['surface']!r} @{a['raw_start']} ({a['indicator']!r}, id={_id(a['indicator_id']) or '-'})")
    for pi, b in f2.iterrows():
        if pi not in matched2:
            lines.append(f"SECOND-ONLY {b['doc_id']} {b['surface']!r} @{b['raw_start']} ({b['indicator']!r}, id={_id(b['indicator_id']) or '-'})")
    p, r = s21["precision"], s21["recall"]
    return {
        "n_first": len(f1), "n_second": len(f2), "matched": len(pairs),
        "P(2|1)": p, "R(2|1)": r, "F1": 2 * p * r / (p + r) if p + r else 0.0,
        "ind(2|1)": s21["indicator"], "ind(1|2)": s12["indicator"], "ind_pairs": ind_agree / len(pairs) if pairs else math.nan,
        "exact_span": exact_span / len(pairs) if pairs else math.nan,
        "ind_jaccard>=.5": half_words / len(pairs) if pairs else math.nan,
        "id(2|1)": s21["indicator_id"], "id(1|2)": s12["indicator_id"],
        "ids_first": int((f1["indicator_id"].map(_id) != "").sum()), "ids_second": int((f2["indicator_id"].map(_id) != "").sum()),
        "id_both": both, "id_both_agree": agree, "id_only_first": only1, "id_only_second": only2,
    }


def theme_agreement(t1: pd.DataFrame, t2: pd.DataFrame, lines: list[str]) -> dict[str, float]:
    """Themes of two annotators on the same passages (raw offsets): share with the same theme and Cohen's kappa,
    over all passages and over those either marked other than 'other'; the disagreeing passages into ``lines``."""
    from sklearn.metrics import cohen_kappa_score
    m = t1.merge(t2, on=["doc_id", "raw_start", "raw_end"], suffixes=("_1", "_2"))
    assert len(m) == len(t1) == len(t2), (len(m), len(t1), len(t2))
    for _, r in m[m["theme_1"] != m["theme_2"]].iterrows():
        lines.append(f"THEME {r['doc_id']} {r['raw_start']}-{r['raw_end']}: first={r['theme_1']} second={r['theme_2']} [{str(r['text_1'])[:50]!r}]")
    nother = m[(m["theme_1"] != "other") | (m["theme_2"] != "other")]
    return {
        "passages": len(m), "agree": float((m["theme_1"] == m["theme_2"]).mean()),
        "kappa": float(cohen_kappa_score(m["theme_1"], m["theme_2"])),
        "non_other_passages": len(nother), "agree_non_other": float((nother["theme_1"] == nother["theme_2"]).mean()),
        "kappa_non_other": float(cohen_kappa_score(nother["theme_1"], nother["theme_2"])),
    }


def to_md(df: pd.DataFrame, fractions_of_one: bool = False) -> str:
    """A small markdown table (no tabulate dependency): floats to 3 places, whole floats as integers (with
    ``fractions_of_one``, 1.0 and -1.0 stay "1.000": rounds 22-23's tables).

    >>> import pandas as pd
    >>> print(to_md(pd.DataFrame({'n': [3.0], 'kappa': [1.0]}, index=['s'])))
    | set | n | kappa |
    |---|---|---|
    | s | 3 | 1 |
    >>> print(to_md(pd.DataFrame({'kappa': [1.0]}, index=['s']), fractions_of_one=True).splitlines()[-1])
    | s | 1.000 |
    """
    import math

    def cell(v: object) -> str:
        if isinstance(v, float) and not math.isnan(v) and v != int(v):
            return f"{v:.3f}"
        if isinstance(v, float) and not math.isnan(v):
            if fractions_of_one:
                return str(int(v)) if abs(v) > 1 or v == 0 else f"{v:.3f}"
            return str(int(v))
        return str(v)
    head = "| set | " + " | ".join(df.columns) + " |"
    sep = "|---" * (len(df.columns) + 1) + "|"
    rows = ["| " + str(i) + " | " + " | ".join(cell(v) for v in r) + " |" for i, r in df.iterrows()]
    return "\n".join([head, sep, *rows])


def second_passages(pools: Path, setname: str) -> list[dict[str, str]]:
    """The first annotator's passages of a set (doc_id, raw_start, raw_end, text), never their ``theme``: what the
    second annotator codes (``agreement/work/passages.py``)."""
    with (Path(pools) / setname / "themes_gold.csv").open(encoding="utf-8") as fh:
        return [{k: r[k] for k in ("doc_id", "raw_start", "raw_end", "text")} for r in csv.DictReader(fh)]


def print_passages(pools: Path, setname: str) -> None:
    """``agreement/work/passages.py SET``: the passages, numbered, one a line."""
    for i, p in enumerate(second_passages(pools, setname)):
        print(f"[{i}] {p['doc_id']} {p['raw_start']}-{p['raw_end']}: {p['text']}")


def second_figure_rows(setdir: Path, rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
    """The second annotator's figure rows ``(doc, context, surface, value, value_max, unit, indicator_id,
    indicator)`` placed by :func:`place_span` (the context once in the file, the surface once in it), sorted."""
    recs = []
    for doc, ctx, surface, value, vmax, unit, iid, ind in rows:
        text = (Path(setdir) / "raw" / f"{doc}.txt").read_text(encoding="utf-8")
        s, e = place_span(text, surface, ctx, doc)
        recs.append([doc, surface, s, e, value, vmax, unit, iid, ind])
    recs.sort(key=lambda r: (r[0], r[2]))
    return recs


def build_second(setdir: Path, rows: Iterable[Sequence[Any]], out: Path) -> None:
    """``agreement/work/build_second.py``: write the second annotator's figures CSV (:func:`second_figure_rows`)."""
    recs = second_figure_rows(setdir, rows)
    with Path(out).open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(FIGURE_COLUMNS)
        w.writerows(recs)
    print(out, len(recs))


def second_theme_rows(ps: Sequence[Mapping[str, str]], table: Mapping[str, Sequence[int]],
                      setname: str = '') -> tuple[list[list[str]], int]:
    """The second annotator's themes and how many passages ``table`` lists: ``table`` maps a theme to passage
    indices of ``ps``; every passage not listed is 'other'. A passage given twice or an index out of range raises."""
    theme: dict[int, str] = {}
    for th, idx in table.items():
        for i in idx:
            assert i not in theme, (setname, i, th, theme.get(i))
            assert 0 <= i < len(ps), (setname, i)
            theme[i] = th
    rows = [[p["doc_id"], p["raw_start"], p["raw_end"], theme.get(i, "other"), p["text"]] for i, p in enumerate(ps)]
    return rows, len(theme)


def write_second_themes(pools: Path, agreement: Path, setname: str, table: Mapping[str, Sequence[int]],
                        complete: bool = False) -> None:
    """``agreement/work/themes_second.py``: write ``<agreement>/<set>_themes_second.csv`` (doc_id, raw_start,
    raw_end, theme, text), every passage once; prints the set, its passages and how many the table lists. With
    ``complete`` (round 22's tables), every passage must be listed and the count line leaves the listed count out."""
    ps = second_passages(pools, setname)
    rows, listed = second_theme_rows(ps, table, setname)
    if complete:
        names = {int(i) for idx in table.values() for i in idx}
        missing = [i for i in range(len(ps)) if i not in names]
        assert not missing, (setname, missing)
    with (Path(agreement) / f"{setname}_themes_second.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(THEME_COLUMNS)
        w.writerows(rows)
    if complete:
        print(setname, len(ps))
    else:
        print(setname, len(ps), listed, "non-other")
