"""Second annotator's themes for the first annotator's passages (their theme column never read).

THEMES[set] is a list of (index, theme) over the passages in the order of passages.py; a run of
indices may be written as a range. Unlisted passages are `other`.
"""
from __future__ import annotations

import sys
from pathlib import Path

from passages import passages

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[5] / "scripts"))
import blindtools  # noqa: E402
R = range
B = {
    "other": [*R(0, 6), *R(12, 19), *R(20, 23), 27, 34, *R(40, 48), 54, *R(58, 71), *R(72, 77), *R(80, 92), 94, 103, 106,
              113, 119, 120, 121, 122, 124, *R(126, 138), 140, *R(141, 148), 153, 163, 167, 170, 172, 175, 180, 181, 186],
    "safeguarding": [6, 7, 10, 11],
    "workforce": [8, 53],
    "finance": [9, *R(28, 32), 33, *R(35, 39), 93, 97, 102, 105, 107, 108, 109, 111, 112, 114, 115, 116, 154, 155, 156, 157,
                158, 160, 162, 164, 165, 166, 168, 169, 171, 177, 178, 182, 183, 184, 185, 187],
    "send": [19, 23, 24, 25, 26, 98, 99, 100, 110, 117, 118, 159, 173, 174, 176, 179],
    "children_in_care": [32, 39, 48, 50, 51, 52, 55, 57, 71, 77, 78],
    "early_help": [49, 92],
    "fostering_adoption": [56],
    "neet_youth_care_leavers": [79, 123, 125, 138, 139],
    "attendance_exclusions": [95, 96, *R(148, 153), 161],
    "school_places_transport": [101, 104],
}
C = {
    "other": [4, 18, *R(22, 27), 35, 36, 46, 47, 51, 54, 55, 60, 61, 62, 63, *R(66, 78), 82, 83, 84, 85, 93],
    "finance": [*R(0, 4), 5, 6, 7, 81],
    "children_in_care": [*R(8, 18), *R(19, 22), 52, 53, 56, 57, 88, 89, 90, 91],
    "workforce": [*R(27, 34), 50],
    "neet_youth_care_leavers": [34, *R(37, 46), 58, 59, 79],
    "safeguarding": [48, 49, 64, 65, 86, 87],
    "early_help": [78],
    "send": [80, 92, 95, 97],
    "school_places_transport": [94, 96],
}


def write(setname: str, table: dict[str, list[int]]) -> None:
    """Write <set>_themes_second.csv (doc_id, raw_start, raw_end, theme, text), checking each index once."""
    blindtools.write_second_themes(here.parents[1], here.parent, setname, table, complete=True)


if __name__ == "__main__":
    write("r22blindB", B)
    write("r22blindC", C)

A = {
    "safeguarding": [17],
    "school_places_transport": [23, *R(25, 30), 32, 35, 36, *R(128, 131), *R(132, 138), 150, 151, 153, 154, 155, 156, 158,
                                *R(165, 170), 181, 183, 184, 185, *R(197, 203), 207, 208],
    "children_in_care": [39, 47, 48, 49, 57, 58, 101, 108, 232, 234, 248, 251, 252, 262, 263, 271, 275, 278, 279, 280, 282, 283],
    "fostering_adoption": [51, 100],
    "early_help": [52],
    "neet_youth_care_leavers": [53, 64, 66, 69, 71],
    "finance": [54, 118, 119, 120, *R(122, 127), 273],
    "send": [106, 157, 221],
    "education_standards": [219, 250],
}


def write_a() -> None:
    """Second annotator's themes of r22blindA: every passage not listed above is `other`."""
    n = len(passages("r22blindA"))
    listed = {i for idx in A.values() for i in idx}
    write("r22blindA", {**A, "other": [i for i in range(n) if i not in listed]})


if __name__ == "__main__":
    write_a()
