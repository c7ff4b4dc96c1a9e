"""Second annotator's themes for the first annotator's passages of r30blindT/U (their theme column never read).

THEMES[set] maps a theme to passage indices in the order of passages.py; unlisted passages are `other`.
"""
from __future__ import annotations

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[5] / "scripts"))
import blindtools  # noqa: E402
R = range
T = {
    "safeguarding": [0, 2, 3, 4, 7, *R(33, 39), 58, 59, 60, 93, 94, 109],
    "children_in_care": [8, 9, 10, 12, 13, 16, 73, 76, 78, 81, 107],
    "attendance_exclusions": [14, 15, 62, *R(64, 68), 77, 80],
    "school_places_transport": [70, 71, 72],
    "education_standards": [75],
    "send": [79, *R(120, 127)],
    "workforce": [108, 119],
}
U = {
    "send": [0, 1, *R(3, 7), *R(56, 65), *R(67, 92), 112, 146, 147],
    "children_in_care": [*R(7, 9), *R(10, 14), 100, 116, 118, 144, 151, 158, 164, 165],
    "school_places_transport": [*R(14, 23), 30, 31],
    "fostering_adoption": [36, 97, 98, 99, 102, 103],
    "finance": [37, 38, 55, 96, 111, 113, 114, 115],
    "safeguarding": [*R(39, 48)],
    "education_standards": [48, 51, 52, 53, 54],
    "workforce": [101, 148],
    "early_help": [149],
    "health_wellbeing": [173, 175, 176, 177, 178, *R(180, 190)],
}

def write(setname: str, table: dict[str, list[int]]) -> None:
    """Write <set>_themes_second.csv (doc_id, raw_start, raw_end, theme, text), every passage once."""
    blindtools.write_second_themes(here.parents[1], here.parent, setname, table)


if __name__ == "__main__":
    write("r30blindT", T)
    write("r30blindU", U)
