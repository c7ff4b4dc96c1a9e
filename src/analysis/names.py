"""Council names and slugs, and the text no file can hold: the one definition of each that a light module (the search
command, which must start fast) and a heavy one (:mod:`analysis.corpus`, which reads pandas and the cleaning rules) both
import. The standard library only: importing it costs nothing.

(r31twins) ``slugify`` and ``match_council`` moved here from :mod:`analysis.corpus` (which re-exports them), and
:func:`one_council` is the one place that turns their matches into one slug or an error; ``LONE_SURROGATE`` was written
twice (``corpus._SURROGATE``, ``search._LONE_SURROGATE``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping

#: a UTF-16 surrogate (U+D800 to U+DFFF): no UTF-8 file can hold one alone. pypdf gives them from a font's ToUnicode
#: map (:func:`analysis.corpus.no_lone_surrogates` joins the pairs), and argv decoded with ``surrogateescape`` gives
#: them for bytes that are not UTF-8 (:func:`analysis.search.parse_query` refuses such a query)
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def slugify(name: str) -> str:
    """A file-name-safe slug of a council name: lower-case ASCII letters, digits and hyphens.

    >>> slugify("Warwickshire County Council")
    'warwickshire-county-council'
    >>> slugify("../Brighton & Hove/'City' Council")
    'brighton-hove-city-council'
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def match_council(council: str, slugs: Iterable[str]) -> list[str]:
    """The slugs among ``slugs`` that a COUNCIL= value names: its slug, its name (any capitals, any punctuation)
    or a whole-word part of the slug. One slug when the value names one council, several when a part is in
    several slugs, none when it names nothing. The one reader of COUNCIL= for ``make search`` and ``make report``.

    >>> cs = ["torbay-council", "west-sussex-county-council", "warwickshire-county-council"]
    >>> [match_council(c, cs) for c in ("torbay-council", "Torbay Council", "torbay", "West Sussex")]
    [['torbay-council'], ['torbay-council'], ['torbay-council'], ['west-sussex-county-council']]
    >>> match_council("county council", cs), match_council("sussex county", cs), match_council("war", cs)
    (['west-sussex-county-council', 'warwickshire-county-council'], ['west-sussex-county-council'], [])
    """
    slugs = list(dict.fromkeys(slugs))
    if council in slugs:
        return [council]
    wanted = slugify(council)
    if wanted in slugs:
        return [wanted]
    return [s for s in slugs if wanted and f"-{wanted}-" in f"-{s}-"]


def match_theme(theme: str, themes: Mapping[str, str]) -> list[str]:
    """(r44) The theme ids among ``themes`` (``{id: readable name}``) that a THEME= value names: the id, the name (any
    capitals), or whole words of either ("early help", "ehcps", "Ofsted"), as COUNCIL= takes whole words of a slug.
    One id when the value names one theme, several when its words are in several, none when it names nothing.

    >>> ts = {"send": "SEND and EHCPs", "children_in_care": "Children in care and placements",
    ...       "neet_youth_care_leavers": "NEET, youth services and care leavers", "early_help": "Early help"}
    >>> [match_theme(t, ts) for t in ("send", "sEnD and ehcps", "early help", "EHCPs", "care leavers")]
    [['send'], ['send'], ['early_help'], ['send'], ['neet_youth_care_leavers']]
    >>> match_theme("care", ts), match_theme("hel", ts)
    (['children_in_care', 'neet_youth_care_leavers'], [])
    """
    if theme in themes:
        return [theme]
    wanted = slugify(theme)
    if not wanted:
        return []
    exact = [t for t, name in themes.items() if wanted in (slugify(t), slugify(name or ""))]
    if exact:
        return exact[:1]
    return [t for t, name in themes.items()
            if f"-{wanted}-" in f"-{slugify(t)}-" or f"-{wanted}-" in f"-{slugify(name or '')}-"]


def part_of_word_hint(council: str, slugs: Iterable[str]) -> str:
    """(r43walk) What to add to an "unknown council" error when ``council`` is part of a word of council slugs but no
    whole word (:func:`match_council` reads whole words: "tames" named nothing, silently, beside "tameside"): the
    slugs holding it and the whole word to give; "" when no slug holds it.

    >>> cs = ["tameside-metropolitan-borough-council", "west-sussex-county-council"]
    >>> part_of_word_hint("tames", cs)
    "'tames' is only part of a word of tameside-metropolitan-borough-council: COUNCIL= takes whole words, such as COUNCIL=tameside"
    >>> part_of_word_hint("West Sus", cs)
    "'West Sus' is only part of a word of west-sussex-county-council: COUNCIL= takes whole words, such as COUNCIL='west sussex'"
    >>> part_of_word_hint("nowhere", cs)
    ''
    """
    wanted = slugify(council)
    found = [s for s in dict.fromkeys(slugs) if wanted and wanted in s]
    if not found:
        return ""
    slug = found[0]
    at = slug.index(wanted)
    start = slug.rfind("-", 0, at) + 1
    end = slug.find("-", at + len(wanted))
    words = slug[start:] if end < 0 else slug[start:end]
    example = words if "-" not in words else repr(words.replace("-", " "))
    return (f"{council!r} is only part of a word of {', '.join(found)}: COUNCIL= takes whole words, "
            f"such as COUNCIL={example}")


def one_council(council: str, slugs: Iterable[str], several: Callable[[list[str]], Exception],
                unknown: Callable[[], Exception]) -> str:
    """The one slug among ``slugs`` that ``council`` names (:func:`match_council`); else the error ``several(found)``
    (it names more than one) or ``unknown()`` (it names none) raised: each caller words its own errors
    (:func:`analysis.search.resolve_council`, :func:`analysis.corpus.resolve_council_cli`).

    >>> cs = ["torbay-council", "west-sussex-county-council", "warwickshire-county-council"]
    >>> one_council("Torbay", cs, lambda found: ValueError(found), lambda: KeyError("none"))
    'torbay-council'
    >>> one_council("county council", cs, lambda found: ValueError(found), lambda: KeyError("none"))
    Traceback (most recent call last):
    ...
    ValueError: ['west-sussex-county-council', 'warwickshire-county-council']
    >>> one_council("war", cs, lambda found: ValueError(found), lambda: KeyError("none"))
    Traceback (most recent call last):
    ...
    KeyError: 'none'
    """
    found = match_council(council, slugs)
    if len(found) == 1:
        return found[0]
    raise several(found) if found else unknown()
