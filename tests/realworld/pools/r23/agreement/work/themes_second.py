"""Second annotator's themes for the first annotator's passages of r23blindD/E (their theme column never read).

THEMES[set] maps a theme to passage indices in the order of passages.py; unlisted passages are `other`.
"""
from __future__ import annotations

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[5] / "scripts"))
import blindtools  # noqa: E402
R = range
D = {
    "education_standards": [6, 29],
    "safeguarding": [7, 155, 156, 157, 158, 159, 160, 182],
    "children_in_care": [8, 9, 184, 191, 192],
    "finance": [15, 16, 83, 90],
    "send": [21, *R(23, 29), 30, 31, *R(65, 70), 87, 89, 96, 97, 99, 102, 103, 104, 106, 107, 111, 194, *R(197, 205), *R(213, 219)],
    "school_places_transport": [32, 34, 35, 36, 38, 40, 41],
    "early_help": [181, 183],
    "health_wellbeing": [186],
}
E_ = {
    "send": [7, 8, 63, 97, 113, 116, 120, 121, 122, 140, 158, *R(160, 167), 171, 172, 175, *R(177, 182), 183, 185, 188, 189],
    "safeguarding": [9, 10],
    "neet_youth_care_leavers": [*R(27, 34), 53, 54, 55, 156],
    "children_in_care": [44, 45],
    "finance": [*R(57, 63), 65, 66, *R(89, 97), 98, *R(104, 112), 112, 117, 124, 132, 134, *R(136, 140), 141, 142, 168, 169, 170, 173,
                206, 207, 208, *R(209, 213), *R(221, 227)],
    "health_wellbeing": [83],
    "school_places_transport": [123, *R(190, 197)],
    "attendance_exclusions": [154],
}


def write(setname: str, table: dict[str, list[int]]) -> None:
    """Write <set>_themes_second.csv (doc_id, raw_start, raw_end, theme, text), every passage once."""
    blindtools.write_second_themes(here.parents[1], here.parent, setname, table)


if __name__ == "__main__":
    write("r23blindD", D)
    write("r23blindE", E_)
