"""Second annotator's themes for the first annotator's passages of r29blindS (their theme column never read).

S maps a theme to passage indices in the order of passages.py; unlisted passages are `other`.
"""
from __future__ import annotations

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[5] / "scripts"))
import blindtools  # noqa: E402
R = range
S = {
    "send": [1, 2, 4, 6, 7, 8, 49, 94, 109, 120, 121, 129, 136],
    "children_in_care": [9, 11, 12, 14, 15, 16, 18, 19, 33, 92, 93, 95, 96, 99],
    "neet_youth_care_leavers": [17, 26, 27, 28, *R(72, 92), 97, 98, 100, 170, 171, 173, 176, 177],
    "safeguarding": [22, 23, 29, 30, 31, 32, 34, *R(35, 40)],
    "finance": [50, *R(59, 65), *R(68, 72), 113, 114, *R(123, 129), *R(132, 136), 137, 191, 192, 193, 209, 212, 213, 214,
                223, 225, 226, 227],
    "attendance_exclusions": [110, 112, 210],
    "school_places_transport": [211],
    "health_wellbeing": [140, 141, 142, *R(144, 153)],
}


def write(setname: str, table: dict[str, list[int]]) -> None:
    """Write <set>_themes_second.csv (doc_id, raw_start, raw_end, theme, text), every passage once."""
    blindtools.write_second_themes(here.parents[1], here.parent, setname, table)


if __name__ == "__main__":
    write("r29blindS", S)
