"""Second annotator's themes for the first annotator's passages of r24blindH/I (their theme column never read).

THEMES[set] maps a theme to passage indices in the order of passages.py; unlisted passages are `other`.
"""
from __future__ import annotations

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[5] / "scripts"))
import blindtools  # noqa: E402
R = range
H = {
    "safeguarding": [12, 13, 14, 46, *R(194, 202), 204],
    "health_wellbeing": [26, 202, 217],
    "workforce": [27],
    "neet_youth_care_leavers": [43, 44, 45, *R(47, 54)],
    "send": [54, 55, 57, 58, 61, 62, 64, 65, 66, 137, 145, 146, 147, 150, 161, 162, 163, 164, 165, 168],
    "finance": [56, 67, 68, 138, 140, 229],
    "education_standards": [74, 120, 121, 230, 231, 232, 234, 235],
    "early_help": [117, 118, 119, 169, 178],
    "children_in_care": [133],
    "school_places_transport": [155, 189, 190, 191, 193],
    "attendance_exclusions": [212, 218, 219, 220, 246, 252, 253, 254, 261, 263],
}
I_ = {
    "health_wellbeing": [7, 29, 30, 31, 32, 33, *R(104, 115), 127],
    "send": [13, 102, 131, 132, *R(136, 146), 150, 168, 169, 171, 172, 198, 199, 200, 201, 202, 203],
    "finance": [15, 129, 130, 133, 147, 148, 149, 151, 152, 153, 154, *R(157, 164), 173, 174, 175, *R(177, 182), 192, 196, 197, 204,
                206, 207, 208, 209],
    "neet_youth_care_leavers": [36, 125],
    "school_places_transport": [*R(37, 42), 43, 50, 194],
    "education_standards": [88, 89, 123, 124, 126],
    "attendance_exclusions": [134],
}


def write(setname: str, table: dict[str, list[int]]) -> None:
    """Write <set>_themes_second.csv (doc_id, raw_start, raw_end, theme, text), every passage once."""
    blindtools.write_second_themes(here.parents[1], here.parent, setname, table)


if __name__ == "__main__":
    write("r24blindH", H)
    write("r24blindI", I_)
