"""The researcher-editable rules of the figures stage (``data/figure_rules.yml``).

Comparators ("the national average", "last year", "target"), status phrases ("on track", "rated
red"), direction words ("rose", "fell") and the nouns of a rate's population ("per 10,000 children"),
of a count ("20 cases a week"), of what a figure is per ("£85 per placement") and (r45side) the side of a budget variance
("overspend", "underspend") live in a data file documented in its header, next to
``data/indicators.yml``. :func:`load_rules` reads it through :func:`analysis.io.read_config_yaml`,
validates it (one clear :class:`~analysis.errors.ConfigError` naming the file and the entry) and
compiles each phrase list into one case-insensitive regular expression (a trie of the phrases, so
the longest phrase at a place wins and the engine tries each place once).

Phrases may use two shorthands, expanded when the file is read (:func:`expand`): ``[x]`` (optional)
and ``(a|b)`` (one of).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from .. import io, paths
from ..errors import ConfigError

__all__ = ["ASCII_SPACES", "FigureRules", "ascii_phrase_alternatives", "ascii_phrase_regex", "ascii_phrase_scan", "ascii_twin",
           "direction_scan", "expand", "load_rules", "phrase_regex"]

#: at most this many phrases from one entry after expansion (a typo should not hang the stage)
MAX_EXPANSION = 5000

_HINT = "fix the file (see the comment at its top for the format) and run again"


def expand(pattern: str) -> list[str]:
    """Every phrase a pattern stands for: ``[x]`` is optional, ``(a|b)`` one of; spaces collapsed.

    >>> expand("[the ]previous (year|quarter)")
    ['previous year', 'previous quarter', 'the previous year', 'the previous quarter']
    >>> expand("neighbour[s][']")
    ['neighbour', "neighbour'", 'neighbours', "neighbours'"]
    """
    out = [" ".join(p.split()) for p in _expand(pattern)]
    return [p for p in dict.fromkeys(out) if p]


def _expand(s: str) -> list[str]:
    if not s:
        return [""]
    c = s[0]
    if c in "[(":
        close = "]" if c == "[" else ")"
        depth, i = 0, 0
        for i, ch in enumerate(s):
            depth += ch in "[("
            depth -= ch in "])"
            if depth == 0:
                break
        if depth or s[i] != close:
            raise ValueError(f"unbalanced '{c}' in {s!r}")
        inner, rest = s[1:i], _expand(s[i + 1:])
        if c == "[":
            heads = ["", *_expand(inner)]
        else:
            heads = [h for alt in _split_top(inner) for h in _expand(alt)]
        if len(heads) * len(rest) > MAX_EXPANSION:
            raise ValueError(f"expands to more than {MAX_EXPANSION} phrases")
        return [h + r for h in heads for r in rest]
    if c in "])|":
        raise ValueError(f"unexpected '{c}' in {s!r}")
    j = 0
    while j < len(s) and s[j] not in "[(])|":
        j += 1
    return [s[:j] + r for r in _expand(s[j:])]


def _split_top(s: str) -> list[str]:
    """Split ``a|b[c|d]`` at the top-level ``|`` only."""
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(s):
        depth += ch in "[("
        depth -= ch in "])"
        if ch == "|" and depth == 0:
            parts.append(s[start:i])
            start = i + 1
    parts.append(s[start:])
    return parts


def _phrase_trie(phrases: list[str] | tuple[str, ...]) -> dict[str, dict]:
    """The lower-cased phrases (runs of whitespace as one space) as a character trie; ``""`` marks an end."""
    trie: dict[str, dict] = {}
    for p in phrases:
        node = trie
        for ch in " ".join(p.lower().split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _trie_regex(node: dict[str, dict]) -> str:
    """The regex of a trie node's continuations (a space matches any run of whitespace), optional
    where a phrase may end there."""
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie_regex(node[ch]) for ch in sorted(k for k in node if k)]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


def phrase_regex(phrases: list[str] | tuple[str, ...]) -> str:
    """A regex (to compile with ``re.I``) matching exactly ``phrases``, longest first at a place.

    The phrases form a character trie; a space matches any run of whitespace. A leading look-ahead
    on the possible first characters lets the engine skip other text fast. No word boundaries are
    added: the caller puts the phrase in context (``\\b...\\b``).

    >>> re.fullmatch(phrase_regex(["on track", "not on track"]), "Not  on track", re.I) is not None
    True
    """
    trie = _phrase_trie(phrases)
    first = sorted({c for k in trie for c in (k, k.upper())})
    return "(?=[" + "".join(re.escape(c) for c in first) + "])" + _trie_regex(trie)


#: a word character, a whitespace character (one character)
_WORD_CHAR = re.compile(r"\w")
_SPACE_CHAR = re.compile(r"\s")
#: (ascii_twin) in a pattern's text: a group's name or a back-reference by name; an escape of an upper-case
#: letter (\\S, \\W, ...); any escape; a character class
_GROUP_NAME = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
_UPPER_ESCAPE = re.compile(r"\\[A-Z]")
_ESCAPE = re.compile(r"\\.")
_CHAR_CLASS = re.compile(r"\[[^\]]*\]")


def ascii_phrase_alternatives(phrases: list[str] | tuple[str, ...]) -> list[str] | None:
    """(speed) The top-level alternatives of :func:`ascii_phrase_regex` (one per first letter, each
    with its boundaries), to join with other alternatives that open with other literal characters;
    None when a phrase is not ASCII."""
    if not all(p.isascii() for p in phrases):
        return None
    trie = _phrase_trie(phrases)
    # \b before the first character: no word character before a word character, one before any other
    return [re.escape(ch) + (r"(?<!\w.)" if _WORD_CHAR.match(ch) else r"(?<=\w.)") + _trie_regex(trie[ch]) + r"\b"
            for ch in sorted(k for k in trie if k)]


def ascii_phrase_regex(phrases: list[str] | tuple[str, ...], group: str | None = None) -> str | None:
    """(speed) :func:`phrase_regex` with word boundaries, for lower-cased ASCII text, in a form the
    regex engine scans fast; None when a phrase is not ASCII. With ``group``, the phrase is that
    named group.

    ``re.compile(ascii_phrase_regex(ps)).finditer(t.lower())`` finds the spans that
    ``re.compile(rf"\\b(?:{phrase_regex(ps)})\\b", re.I).finditer(t)`` finds in an ASCII text ``t``
    (lower case changes no offset there, and matches no ASCII letter differently from ``re.I``).
    The leading boundary is a look-behind after the first letter, so the pattern opens with a
    choice of literal letters, which the engine skips to without trying the other places.

    >>> p = re.compile(ascii_phrase_regex(["national average", "last year"]))
    >>> [m.span() for m in p.finditer("above the national average, unlike last year's")]
    [(10, 26), (35, 44)]
    """
    alts = ascii_phrase_alternatives(phrases)
    if alts is None:
        return None
    return ("(?:" if group is None else f"(?P<{group}>") + "|".join(alts) + ")"


def ascii_phrase_scan(phrases: list[str] | tuple[str, ...]) -> re.Pattern[str] | None:
    """(speed) The places of :func:`ascii_phrase_regex`'s matches in a lower-cased ASCII text, found from the
    character before each: a non-word character followed by a phrase (group 1, with its boundary after it).
    None when a phrase is not ASCII or does not open with a word character.

    A phrase opening with a word character has a boundary before it exactly when the character before it
    is not a word character (or there is none: the caller puts a space before the text). The pattern opens
    with ``\\W``, which the engine skips to: it tries the phrases only after spaces and punctuation, and
    without a look-behind. Its matches overlap where phrases do: keep, in order, each one that starts at
    or after the end of the last one kept (:func:`analysis.figures.context._comparator_spans`), and they are
    the matches of ``ascii_phrase_regex``.

    >>> p = ascii_phrase_scan(["national average", "last year"])
    >>> [m.span(1) for m in p.finditer(" above the national average, unlike last year's")]
    [(11, 27), (36, 45)]
    """
    if not all(p.isascii() for p in phrases):
        return None
    trie = _phrase_trie(phrases)
    if not trie or not all(_WORD_CHAR.match(ch) for ch in trie if ch):
        return None
    body = "|".join(re.escape(ch) + _trie_regex(trie[ch]) for ch in sorted(k for k in trie if k))
    return re.compile(rf"\W(?=({body})\b)")


def direction_scan(up: tuple[str, ...], down: tuple[str, ...], not_direction: tuple[str, ...]
                   ) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]] | None:
    """(speed) Patterns for lower-cased ASCII text that find what :attr:`FigureRules.direction_ascii` finds, each
    opening with a choice of literal characters (which the engine skips to) and its boundary a look-behind after
    the first character: the not-direction phrases (:func:`ascii_phrase_regex`); a direction word of either list
    (a trie of both) after no hyphen or word character; the lists' lower-cased phrases of ``up``; any direction
    word on whole words (a necessary condition of the direction after the figure). None when a phrase is not
    ASCII, or when a phrase of one list starts another's (then a place could hold an up and a down word, where
    the plain pattern takes the up word whatever their lengths).

    >>> nd, dr, ups, _ = direction_scan(("rose", "went up"), ("fell",), ("up to",))
    >>> [(m.group(), m.group() in ups) for m in dr.finditer(nd.sub(" ", "it went  up to 5, fell and rose"))]
    [('fell', False), ('rose', True)]
    """
    phrases = up + down + not_direction
    if not (up and down and not_direction) or not all(p.isascii() for p in phrases):
        return None
    ups = {" ".join(p.lower().split()) for p in up}
    downs = {" ".join(p.lower().split()) for p in down}
    if any(u.startswith(d) or d.startswith(u) for u in ups for d in downs):
        return None
    trie = _phrase_trie(up + down)
    alts = [re.escape(ch) + r"(?<![-\w].)" + _trie_regex(trie[ch]) for ch in sorted(k for k in trie if k)]
    return (re.compile(ascii_phrase_regex(not_direction)),  # type: ignore[arg-type]
            re.compile("(?:" + "|".join(alts) + r")\b"), frozenset(ups),
            re.compile(ascii_phrase_regex(up + down)))  # type: ignore[arg-type]


#: (speed) the ASCII characters ``\s`` matches, for patterns that open with a literal character
ASCII_SPACES = tuple(chr(i) for i in range(128) if _SPACE_CHAR.match(chr(i)))


def ascii_twin(pattern: re.Pattern[str], phrases: tuple[str, ...] = ()) -> re.Pattern[str] | None:
    """(speed) A case-insensitive pattern for lower-cased ASCII text: the same pattern without ``re.I``,
    which finds in ``t.lower()`` the spans the pattern finds in an ASCII text ``t``. None when it or
    one of the ``phrases`` it was built from is not ASCII, or when it holds an upper-case letter other
    than in a group name or in a character class that holds its lower-case letter too (the letters
    :func:`phrase_regex` writes are lower case).

    >>> ascii_twin(re.compile(r"\\b(?P<w>rose|fell)\\b", re.I)).pattern, ascii_twin(re.compile(r"Care", re.I))
    ('\\\\b(?P<w>rose|fell)\\\\b', None)
    """
    text = pattern.pattern
    if not text.isascii() or not all(p.isascii() for p in phrases):
        return None
    rest = _GROUP_NAME.sub("", text)
    if _UPPER_ESCAPE.search(rest):
        return None  # \\S, \\W, \\B, \\D, \\A, \\Z
    rest = _ESCAPE.sub("", rest)
    for cls in _CHAR_CLASS.findall(rest):
        if any(c.isupper() and c.lower() not in cls for c in cls):
            return None
    if any(c.isupper() for c in _CHAR_CLASS.sub("", rest)):
        return None
    return re.compile(text, pattern.flags & ~re.I)


@dataclass(frozen=True)
class FigureRules:
    """The compiled rules (see ``data/figure_rules.yml``) and the phrases they came from."""

    path: str
    comparators: tuple[str, ...]
    status_phrases: tuple[str, ...]
    colours: tuple[str, ...]
    missed_target: tuple[str, ...]
    up: tuple[str, ...]
    down: tuple[str, ...]
    not_direction: tuple[str, ...]
    #: a comparator phrase, on whole words
    comparator_re: re.Pattern[str]
    #: a status phrase (group ``status``), on whole words
    status_re: re.Pattern[str]
    #: a RAG colour right after the number (group ``c``)
    colour_after_re: re.Pattern[str]
    #: the direction word regex body: group ``up`` or group ``down`` (no boundaries)
    direction_body: str
    #: a direction word on whole words (not after a hyphen: "follow-up")
    direction_re: re.Pattern[str]
    #: a direction word shortly after a figure ("68, an increase"; groups ``up`` / ``down``)
    direction_after_re: re.Pattern[str]
    #: phrases holding a direction word that say nothing about a direction (blanked before searching)
    not_direction_re: re.Pattern[str]
    #: a relative clause saying that the figure before it misses its target
    missed_target_re: re.Pattern[str]
    #: words one of which a text must contain for :attr:`missed_target_re` to match (a cheap test)
    missed_target_words: tuple[str, ...]
    #: (speed) :attr:`comparator_re` for lower-cased ASCII text (:func:`ascii_phrase_regex`); None when a
    #: comparator is not ASCII
    comparator_ascii_re: re.Pattern[str] | None = None
    #: (speed) :attr:`not_direction_re`, :attr:`direction_re` and :attr:`direction_after_re` for lower-cased
    #: ASCII text (:func:`ascii_twin`); None when a phrase is not ASCII
    direction_ascii: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None
    #: (speed) :attr:`status_re` for lower-cased ASCII text; None when a phrase is not ASCII
    status_ascii_re: re.Pattern[str] | None = None
    #: (speed) the comparators' :func:`ascii_phrase_scan`; None when a comparator is not ASCII or does not open
    #: with a word character
    comparator_scan_re: re.Pattern[str] | None = None
    #: (speed) :func:`direction_scan` of the direction phrases; None when it declines them
    direction_scan: tuple[re.Pattern[str], re.Pattern[str], frozenset[str], re.Pattern[str]] | None = None
    #: the population nouns a rate's base keeps ("per 10,000 children"), also counted nouns after a value
    population_nouns: tuple[str, ...] = ()
    #: other nouns that, right after a value, say it counts them ("a rate of 20 cases a week" is a count)
    counted_nouns: tuple[str, ...] = ()
    #: the patterns of a rate's base and of a counted noun (:func:`.context.unit_patterns` of the two lists above)
    units: Any = None
    #: the nouns a figure may be per ("£85 per placement"; the units of time are grammar, in the code)
    per_nouns: tuple[str, ...] = ()
    #: the patterns of what a figure is per (:func:`.context.per_patterns` of :attr:`per_nouns`)
    per: Any = None
    #: (r34status) ``status.aims``: words before a status phrase in its clause that make it an aim, a hope or a plan,
    #: not a reported state ("to bring the plan back on track"); on whole words, None when the file lists none
    status_aim_re: re.Pattern[str] | None = None
    #: (r35twins) ``status.off_track`` / ``status.on_track``: the phrases of a sentence the compare stage lists as
    #: flagged not on track / on track (``analysis.compare.track_statements``, ``track_status``), as read, and their
    #: patterns on whole words (case-insensitive; a space matches any run of whitespace)
    off_track: tuple[str, ...] = ()
    on_track: tuple[str, ...] = ()
    off_track_re: re.Pattern[str] | None = None
    on_track_re: re.Pattern[str] | None = None
    #: (r35twins) the last words of those phrases, lower case: a text spelling none of them holds no such phrase
    #: (the compare stage's fast gate, ``compare._may_track``)
    track_words: frozenset[str] = frozenset()
    #: (r35twins2) one example of each phrase the file lists under ``status.off_track`` / ``status.on_track``, in its
    #: order: the first phrase the line stands for ("not [yet ]on (track|target)" -> "not on track"); the pages' note of
    #: what "on track" means names these (``report.track_examples``)
    off_track_examples: tuple[str, ...] = ()
    on_track_examples: tuple[str, ...] = ()
    #: (r22data) ``words.level_words``: words of a level that name no measure ("a peak of 1180"), lower case
    level_words: frozenset[str] = frozenset()
    #: (r22data) ``words.spending_nouns`` and ``words.item_nouns``: spending after "all", "any", "each" or "every",
    #: and the plural nouns of money held or paid, that an amount after "over", "above" ... bounds ("all spending over
    #: £500", "balances over £1m"): :func:`.kinds.items_over_left` builds the pattern from them
    spending_nouns: tuple[str, ...] = ()
    item_nouns: tuple[str, ...] = ()
    #: the pattern :func:`.kinds.items_over_left` built from the two lists above
    items_over_left: Any = None
    #: (r22data) ``words.owner_heads``: last words of a subject that owns or reports a measure rather than naming it
    #: ("the report", "schools"), besides the names of bodies (``phrase._ORG_HEADS``), lower case
    owner_heads: frozenset[str] = frozenset()
    #: (r22data) ``words.reporting_verbs`` and ``words.reporting_verbs_to``: verbs of saying or showing before a
    #: reported clause ("noted that", "queried why"), and those that take whom they told first ("informed Members that")
    reporting_verbs: tuple[str, ...] = ()
    reporting_verbs_to: tuple[str, ...] = ()
    #: the pattern :func:`.phrase.reporting_open` built from the two lists above
    reporting_open: Any = None
    #: (r22data) ``words.not_after_nationally``: words after "nationally" that make it qualify a standard ("nationally
    #: recognised"), not name the country; :func:`.reference.benchmarks` builds the patterns from them (per word list,
    #: when the stage's rules reach :func:`.reference.reference_kind`: r23rules)
    not_after_nationally: tuple[str, ...] = ()
    #: (r24phrase) ``words.light_nouns`` and ``words.no_measure_words``: single words that, standing alone as a figure's
    #: phrase, name nothing measured (a light noun: "amount", "figures"; a word beside the value: "due", "next"), lower
    #: case; such a phrase gives way to the next candidate (:func:`.phrase.instead_of_no_measure`)
    light_nouns: frozenset[str] = frozenset()
    #: (r24phrase) ``words.deciding_verbs``: verbs of a meeting's decision ("agreed", "approved"), lower case; with
    #: :attr:`reporting_verbs` they make :attr:`said_verbs`, the verbs whose object a phrase read as their clause gives
    #: (:func:`.phrase.said_object`)
    deciding_verbs: frozenset[str] = frozenset()
    said_verbs: frozenset[str] = frozenset()
    no_measure_words: frozenset[str] = frozenset()
    #: the pattern of a light noun after "the" (and one word) before a figure (:func:`.phrase.light_noun_before`)
    the_light_noun: Any = None
    #: (r25id) the words of the open evidence's measure phrases (``measure_words.txt`` beside the rules file, built by
    #: ``scripts/measure_words.py``), lower case: a figure's phrase that is one word alone and not among them names
    #: nothing measured (:func:`.phrase.names_no_measure`); empty (no file) turns that check off
    measure_words: frozenset[str] = frozenset()
    #: (r42bound) ``bounds:``: the words beside a value that make it a bound or an approximation, compiled
    #: (:class:`.bounds.BoundRules`, read by :func:`.bounds.bound_of` for the figures table's ``bound`` column)
    bounds: Any = None
    #: (r42area) ``words.area_nouns``, ``words.area_compass_nouns`` and ``words.not_place_words``: the nouns of a part of
    #: a council's area after a place's name or a compass word ("the Carlisle district", "the North locality"), those
    #: read only after a compass word ("the East hub", "the North team"), and the capitalised words that name no place
    #: ("the Local Area", "in March"), lower case (:mod:`.area`)
    area_nouns: tuple[str, ...] = ()
    area_compass_nouns: tuple[str, ...] = ()
    not_place_words: frozenset[str] = frozenset()
    #: (r45side) ``sides:``: the words that say a variance is adverse or favourable, compiled (:class:`.side.SideRules`,
    #: read by :func:`.side.side_of` for the figures table's ``side`` column)
    sides: Any = None


def load_rules(path: str | os.PathLike[str] | None = None) -> FigureRules:
    """Read, validate and compile the figure rules (default ``data/figure_rules.yml``, or
    ``$CM_FIGURE_RULES``). Cached per file and modification time.

    >>> r = load_rules()
    >>> r.comparator_re.search("above the national average").group()
    'the national average'
    """
    p = paths.config_file("figure_rules.yml", path)
    words = p.parent / MEASURE_WORDS_FILE  # (r25review) read with the rules: an edit of either reloads them
    return _load_cached(str(p), p.stat().st_mtime_ns if p.exists() else 0,
                        words.stat().st_mtime_ns if words.is_file() else 0)


def _phrases(data: dict, key: str, where: str, path: Path) -> tuple[str, ...]:
    value = data.get(key)
    if not isinstance(value, list) or not value or not all(isinstance(x, str) and x.strip() for x in value):
        raise ConfigError(f"{path}: {where}{key}: expected a non-empty list of phrases (strings); {_HINT}")
    out: list[str] = []
    for x in value:
        try:
            out.extend(expand(x))
        except ValueError as exc:
            raise ConfigError(f"{path}: {where}{key}: phrase {x!r}: {exc}; {_HINT}") from None
    return tuple(dict.fromkeys(out))


def _first_forms(phrases: list[str]) -> tuple[str, ...]:
    """(r35twins2) The first phrase each of ``phrases`` (a list :func:`_phrases` has checked) stands for, once each, in
    order: an example per line of the file.

    >>> _first_forms(["not [yet ]on (track|target)", "off(-| )(track|target)", "on track"])
    ('not on track', 'off-track', 'on track')
    """
    return tuple(dict.fromkeys(expand(p)[0] for p in phrases))


def _single_words(data: dict, key: str, where: str, path: Path) -> frozenset[str]:
    """(r24review2) A list of :func:`_phrases` that the code reads word by word (``words.light_nouns``,
    ``words.no_measure_words``, ``words.deciding_verbs``), lower case; a phrase of two or more words in it would never
    match, so it is refused with the file and the key named."""
    out = frozenset(w.lower() for w in _phrases(data, key, where, path))
    if several := sorted(w for w in out if len(w.split()) != 1):
        raise ConfigError(f"{path}: {where}{key}: single words only, not {several}; {_HINT}")
    return out


#: (r25id) the file of measure words, beside the figure rules file (:func:`read_measure_words`; named in
#: :data:`analysis.paths.MEASURE_WORDS_FILE`, which the config stamps read too)
MEASURE_WORDS_FILE = paths.MEASURE_WORDS_FILE


#: (r25review) one measure word as the check reads it: letters, an apostrophe inside ("year-old" is read part by part,
#: so its parts are listed each on its own line)
_MEASURE_WORD = re.compile(r"[a-z](?:[a-z'’]*[a-z])?")


def read_measure_words(path: Path) -> frozenset[str]:
    r"""(r25id) The measure words of a ``measure_words.txt`` (one a line, lower case; ``#`` starts a comment line), or
    none when there is no such file. (r25review) A line that is not one word of letters (two words, a hyphen, a digit:
    the check reads a phrase's word part by part and would never match it) is refused with the file and the line named.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     p = Path(d) / "measure_words.txt"
    ...     _ = p.write_text("# a comment\nChildren\n  plans \n", encoding="utf-8")
    ...     sorted(read_measure_words(p)), read_measure_words(Path(d) / "none.txt")
    (['children', 'plans'], frozenset())
    """
    if not path.is_file():
        return frozenset()
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason}); save it as UTF-8 and run again") from None
    out: set[str] = set()
    for n, line in enumerate(lines, start=1):
        w = line.strip().lower()
        if not w or w.startswith("#"):
            continue
        if _MEASURE_WORD.fullmatch(w) is None:
            raise ConfigError(f"{path}: line {n}: {line.strip()!r} is not one word of letters (one word a line; list "
                              f"the parts of a hyphenated word each on its own line); {_HINT}")
        out.add(w.replace("’", "'"))
    return frozenset(out)


def _mapping(data: object, where: str, keys: set[str], path: Path, optional: frozenset[str] = frozenset()) -> dict:
    """``data`` as a mapping holding every key of ``keys`` (those of ``optional`` may be absent) and no other; else a
    :class:`ConfigError` naming the file, the place and the keys missing or unknown."""
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: {where or 'the file'}: expected a mapping with {', '.join(sorted(keys))}; {_HINT}")
    missing = sorted(keys - optional - set(data))
    unknown = sorted(set(data) - keys)
    if missing:
        raise ConfigError(f"{path}: {where or 'top level'}: missing {', '.join(missing)}; {_HINT}")
    if unknown:
        raise ConfigError(f"{path}: {where or 'top level'}: unknown field(s) {unknown}; {_HINT}")
    return data


#: (r35twins) the track statements' lists of ``status``; (r35review) each may be absent: :func:`_track_phrases`
_TRACK_KEYS = ("off_track", "on_track")


def _track_phrases(status: dict, key: str, path: Path) -> tuple[str, ...]:
    """(r35review) ``status.<key>`` (``off_track`` or ``on_track``) of the rules file at ``path``. A researcher's file
    without the key (a copy of the rules made before round 35, when the compare stage kept these phrases in its code)
    takes the shipped file's list (``data/figure_rules.yml`` of the package, not ``$CM_FIGURE_RULES``), so such a copy
    reads the track statements as before; listing the key (non-empty) replaces the shipped phrases. The shipped file
    itself must list both: without them it is refused, naming the key."""
    if key in status:
        return _phrases(status, key, "status.", path)
    return getattr(_shipped_rules(key, path), key)


#: (r42area) the word lists of a part of the council's area (:mod:`.area`); each may be absent: :func:`_area_words`
_AREA_KEYS = ("area_nouns", "area_compass_nouns", "not_place_words")


def _area_words(words: dict, key: str, path: Path) -> frozenset[str]:
    """(r42area) ``words.<key>`` (one of :data:`_AREA_KEYS`) of the rules file at ``path``, single words in lower case.
    A researcher's file without the key (a copy made before round 42) reads the shipped file's list, as
    :func:`_track_phrases` does; the shipped file itself must list it."""
    if key in words:
        return _single_words(words, key, "words.", path)
    return frozenset(getattr(_shipped_rules(key, path, "words"), key))


def _shipped_rules(key: str, path: Path, where: str = "status") -> FigureRules:
    """The shipped ``data/figure_rules.yml``'s rules, read for a researcher's file at ``path`` that leaves out
    ``<where>.<key>`` (``status``; r42area ``words``; r42bound the top level's ``bounds``); the shipped file itself
    (or a package without it) is refused, naming the key."""
    shipped = paths.DATA_DIR / "figure_rules.yml"
    if path.resolve() == shipped.resolve() or not shipped.is_file():
        raise ConfigError(f"{path}: {where}: missing {key}; {_HINT}")
    return load_rules(shipped)


def _track_examples(status: dict, key: str, path: Path) -> tuple[str, ...]:
    """The first form of each line of ``status.<key>`` (:func:`_first_forms`), for the pages' note on what "on track"
    means; a researcher's file without the key (:func:`_track_phrases`) shows the shipped file's examples, the phrases
    it then reads."""
    if key in status:
        return _first_forms(status[key])
    return getattr(_shipped_rules(key, path), f"{key}_examples")


#: (r42bound) the lists of ``bounds:``; the file may leave the whole section out (:func:`_bounds`)
_BOUND_KEYS = {"before", "after", "modifiers", "not_bounds"}


def _bounds(data: dict, path: Path) -> Any:
    """(r42bound) The compiled ``bounds:`` of the rules file at ``path`` (:func:`.bounds.compile_bounds`). A researcher's
    file without the section (a copy made before round 42) reads the shipped file's, as a file without ``status.off_track``
    does (:func:`_track_phrases`); the shipped file itself must have it. ``before`` and ``after`` map a bound of
    :data:`.bounds.BOUND_KINDS` to its phrases; a phrase listed under two bounds is refused, naming both."""
    from .bounds import BOUND_KINDS, compile_bounds  # (here: the bounds module is read by the extraction only)

    if "bounds" not in data:
        return _shipped_rules("bounds", path, "top level").bounds
    section = _mapping(data["bounds"], "bounds", _BOUND_KEYS, path, optional=frozenset({"after", "not_bounds"}))
    lists: dict[str, dict[str, tuple[str, ...]]] = {}
    for where in ("before", "after"):
        if where not in section:
            lists[where] = {}
            continue
        kinds = _mapping(section[where], f"bounds.{where}", set(BOUND_KINDS), path, optional=frozenset(BOUND_KINDS))
        lists[where] = {k: _phrases(kinds, k, f"bounds.{where}.", path) for k in BOUND_KINDS if k in kinds}
        seen: dict[str, str] = {}
        for k, phrases in lists[where].items():
            for p in phrases:
                other = seen.setdefault(" ".join(p.lower().split()), k)
                if other != k:
                    raise ConfigError(f"{path}: bounds.{where}: {p!r} listed both under {other} and under {k}; {_HINT}")
    if not lists["before"]:
        raise ConfigError(f"{path}: bounds.before: expected at least one of {', '.join(BOUND_KINDS)}; {_HINT}")
    modifiers = _phrases(section, "modifiers", "bounds.", path)
    not_bounds = _phrases(section, "not_bounds", "bounds.", path) if "not_bounds" in section else ()
    return compile_bounds(lists["before"], lists["after"], modifiers, not_bounds)


#: (r45side) the lists of ``sides:``; the file may leave the whole section out (:func:`_sides`)
_SIDE_KEYS = {"adverse", "favourable"}


def _sides(data: dict, path: Path) -> Any:
    """(r45side) The compiled ``sides:`` of the rules file at ``path`` (:func:`.side.compile_sides`). A researcher's file
    without the section (a copy made before round 45) reads the shipped file's, as a file without ``bounds`` does
    (:func:`_bounds`); the shipped file itself must have it. Both lists are needed; a phrase listed under both sides is
    refused, naming it."""
    from .side import compile_sides  # (here: the side module reads the context module, which reads this one)

    if "sides" not in data:
        return _shipped_rules("sides", path, "top level").sides
    section = _mapping(data["sides"], "sides", _SIDE_KEYS, path)
    adverse = _phrases(section, "adverse", "sides.", path)
    favourable = _phrases(section, "favourable", "sides.", path)
    both = sorted({" ".join(p.lower().split()) for p in adverse} & {" ".join(p.lower().split()) for p in favourable})
    if both:
        raise ConfigError(f"{path}: sides: {both} listed both as adverse and as favourable; {_HINT}")
    return compile_sides(adverse, favourable)


@lru_cache(maxsize=8)
def _load_cached(p: str, _mtime: int, _words_mtime: int = 0) -> FigureRules:
    path = Path(p)
    data = _mapping(io.read_config_yaml(path, "figure rules", _HINT), "",
                    {"comparators", "status", "direction", "units", "words", "bounds", "sides"}, path,
                    optional=frozenset({"bounds", "sides"}))
    comparators = _phrases(data, "comparators", "", path)
    status = _mapping(data["status"], "status", {"phrases", "colours", "missed_target", "aims", *_TRACK_KEYS}, path,
                      optional=frozenset(_TRACK_KEYS))
    direction = _mapping(data["direction"], "direction", {"up", "down", "not_direction"}, path)
    status_phrases = _phrases(status, "phrases", "status.", path)
    colours = _phrases(status, "colours", "status.", path)
    missed = _phrases(status, "missed_target", "status.", path)
    aims = _phrases(status, "aims", "status.", path) if "aims" in status else ()
    off_track, on_track = (_track_phrases(status, key, path) for key in _TRACK_KEYS)
    up = _phrases(direction, "up", "direction.", path)
    down = _phrases(direction, "down", "direction.", path)
    both = sorted(set(up) & set(down))
    if both:
        raise ConfigError(f"{path}: direction: {both} listed both as up and as down; {_HINT}")
    not_dir = _phrases(direction, "not_direction", "direction.", path)
    units = _mapping(data["units"], "units", {"population_nouns", "counted_nouns", "per_nouns"}, path)
    population_nouns = _phrases(units, "population_nouns", "units.", path)
    counted_nouns = _phrases(units, "counted_nouns", "units.", path)
    per_nouns = _phrases(units, "per_nouns", "units.", path)
    words = _mapping(data["words"], "words", {"level_words", "spending_nouns", "item_nouns", "owner_heads",
                                         "reporting_verbs", "reporting_verbs_to", "not_after_nationally",
                                         "light_nouns", "no_measure_words", "deciding_verbs", *_AREA_KEYS}, path,
                     optional=frozenset(_AREA_KEYS))
    level_words = frozenset(w.lower() for w in _phrases(words, "level_words", "words.", path))
    spending_nouns = _phrases(words, "spending_nouns", "words.", path)
    item_nouns = _phrases(words, "item_nouns", "words.", path)
    owner_heads = frozenset(w.lower() for w in _phrases(words, "owner_heads", "words.", path))
    reporting_verbs = _phrases(words, "reporting_verbs", "words.", path)
    reporting_verbs_to = _phrases(words, "reporting_verbs_to", "words.", path)
    not_after_nationally = _phrases(words, "not_after_nationally", "words.", path)
    light_nouns = _single_words(words, "light_nouns", "words.", path)
    no_measure_words = _single_words(words, "no_measure_words", "words.", path)
    deciding_verbs = _single_words(words, "deciding_verbs", "words.", path)
    area_nouns, area_compass_nouns, not_place_words = (_area_words(words, key, path) for key in _AREA_KEYS)
    from .phrase import light_noun_before  # (here: the phrase module reads this one)
    from .phrase import reporting_open  # (here: the phrase module reads this one)
    from .kinds import items_over_left  # (here: the kinds module reads this one)
    from .context import per_patterns, unit_patterns  # (here: the context module reads this one)
    direction_body = rf"(?P<up>{phrase_regex(up)})|(?P<down>{phrase_regex(down)})"
    not_direction_re = re.compile(rf"\b(?:{phrase_regex(not_dir)})\b", re.I)
    direction_re = re.compile(rf"(?<![-\w])(?:{direction_body})\b", re.I)
    direction_after_re = re.compile(rf"^(?:[^,.;]{{0,30}}?|[^.;]{{0,60}}?,\s*(?:an?\s+)?)\b(?:{direction_body})\b", re.I)
    status_re = re.compile(rf"\b(?P<status>{phrase_regex(status_phrases)})\b", re.I)
    twins = tuple(ascii_twin(r, up + down + not_dir) for r in (not_direction_re, direction_re, direction_after_re))
    return FigureRules(
        path=str(path),
        comparators=comparators,
        status_phrases=status_phrases,
        colours=colours,
        missed_target=missed,
        up=up,
        down=down,
        not_direction=not_dir,
        comparator_re=re.compile(rf"\b(?:{phrase_regex(comparators)})\b", re.I),
        status_re=status_re,
        colour_after_re=re.compile(rf"^\s+(?P<c>{phrase_regex(colours)})\b", re.I),
        direction_body=direction_body,
        direction_re=direction_re,
        direction_after_re=direction_after_re,
        not_direction_re=not_direction_re,
        missed_target_re=re.compile(
            r"\b(?:(?:which|that)\s+)?(?:is|was|are|were|remains|remained|has\s+been|had\s+been)\s+"
            r"(?:(?:currently|still|now|slightly|well|just|therefore|so\s+far)\s+)?"
            rf"(?:{phrase_regex(missed)})\b",
            re.I,
        ),
        missed_target_words=tuple(sorted({m.split()[-1].lower() for m in missed})),
        comparator_ascii_re=re.compile(fast) if (fast := ascii_phrase_regex(comparators)) is not None else None,
        direction_ascii=twins if all(t is not None for t in twins) else None,  # type: ignore[arg-type]
        status_ascii_re=re.compile(fast) if (fast := ascii_phrase_regex(status_phrases, "status")) is not None else None,
        comparator_scan_re=ascii_phrase_scan(comparators),
        direction_scan=direction_scan(up, down, not_dir),
        population_nouns=population_nouns,
        counted_nouns=counted_nouns,
        units=unit_patterns(population_nouns, counted_nouns),
        per_nouns=per_nouns,
        per=per_patterns(per_nouns),
        status_aim_re=re.compile(rf"\b(?:{phrase_regex(aims)})\b", re.I) if aims else None,
        off_track=off_track,
        on_track=on_track,
        off_track_re=re.compile(rf"\b(?:{phrase_regex(off_track)})\b", re.I),
        on_track_re=re.compile(rf"\b(?:{phrase_regex(on_track)})\b", re.I),
        track_words=frozenset(re.findall(r"\w+", p)[-1].lower() for p in off_track + on_track),
        off_track_examples=_track_examples(status, "off_track", path),
        on_track_examples=_track_examples(status, "on_track", path),
        level_words=level_words,
        spending_nouns=spending_nouns,
        item_nouns=item_nouns,
        items_over_left=items_over_left(spending_nouns, item_nouns),
        owner_heads=owner_heads,
        reporting_verbs=reporting_verbs,
        reporting_verbs_to=reporting_verbs_to,
        reporting_open=reporting_open(reporting_verbs, reporting_verbs_to),
        not_after_nationally=not_after_nationally,
        light_nouns=light_nouns,
        deciding_verbs=deciding_verbs,
        said_verbs=deciding_verbs | frozenset(w.lower() for w in reporting_verbs),
        no_measure_words=no_measure_words,
        the_light_noun=light_noun_before(tuple(sorted(light_nouns))),
        measure_words=read_measure_words(path.parent / MEASURE_WORDS_FILE),
        bounds=_bounds(data, path),
        sides=_sides(data, path),
        area_nouns=tuple(sorted(area_nouns)),
        area_compass_nouns=tuple(sorted(area_compass_nouns)),
        not_place_words=frozenset(not_place_words),
    )
