"""python work/check.py: every gold row slices its file (figures: text[raw_start:raw_end] == surface; themes: the passage text),
every doc has a manifest row and a raw file, and the units are the ones data/indicators.yml documents."""
import sys
from pathlib import Path
SET = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(SET.parents[4] / 'scripts'))
import blindtools  # noqa: E402  (scripts/blindtools.py)

if __name__ == '__main__':
    blindtools.check_main(SET)
