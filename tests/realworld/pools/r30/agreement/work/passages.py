"""Copy the passage-locating columns (doc_id, raw_start, raw_end, text) of a set's themes_gold.csv,
never its `theme` column, for the second annotator."""
from __future__ import annotations

import sys
from pathlib import Path

here = Path(__file__).resolve().parent
sys.path.insert(0, str(here.parents[5] / "scripts"))
import blindtools  # noqa: E402


def passages(setname: str) -> list[dict[str, str]]:
    """The first annotator's passages without their theme."""
    return blindtools.second_passages(here.parents[1], setname)


if __name__ == "__main__":
    blindtools.print_passages(here.parents[1], sys.argv[1])
