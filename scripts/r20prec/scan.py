"""Every predicted figure over the judged pools (allpools CSVs in DIR) and dev whose surface fullmatches SURF and whose
left/right text match LEFT (search, 80 chars before) / RIGHT (match, after), with its judgement (pools) or dev gold.
usage: scan.py DIR SURF [LEFT] [RIGHT]
(Now a thin caller of scripts/pooltools.py, r21tidy: same usage and output.)"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pooltools  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from errors import pools  # noqa: E402

pooltools.scan_main(sys.argv[1:], pools())
