"""Second annotator's figures of r30blindT (read from raw/ and manifest.csv only)."""
from pathlib import Path

from build_second import build

P = "r30t_"
ROWS = [
    (P + "oxfordshire_1", "where “44” should", "44", 44, "", "count", "", "permanent exclusions 2009/10 as first shown on the presentation slide (corrected)"),
    (P + "oxfordshire_1", "should read “45”", "45", 45, "", "count", "", "permanent exclusions 2009/10 (slide figure corrected to read)"),
    (P + "oxfordshire_1", "had had 4 permanent", "4", 4, "", "count", "exclusions", "permanent exclusions at West Berkshire Council (comparison)"),
    (P + "oxfordshire_1", "had had 124 and", "124", 124, "", "count", "exclusions", "permanent exclusions at Cambridgeshire County Council (comparison)"),
    (P + "oxfordshire_1", "currently one in three exclusions", "one in three", 33.3, "", "percent", "", "share of exclusions that were of female pupils (currently)"),
    (P + "oxfordshire_1", "had been one in four", "one in four", 25, "", "percent", "", "share of exclusions that were of female pupils (in the past)"),
    (P + "oxfordshire_1", "from 33 last year", "33", 33, "", "count", "exclusions", "exclusions due to persistent disruptive behaviour last year"),
    (P + "oxfordshire_1", "to 12 this year", "12", 12, "", "count", "exclusions", "exclusions due to persistent disruptive behaviour this year"),
    (P + "oxfordshire_1", "from 16 to 2", "16", 16, "", "count", "exclusions", "exclusions due to verbal abuse of an adult last year"),
    (P + "oxfordshire_1", "16 to 2 in the same", "2", 2, "", "count", "exclusions", "exclusions due to verbal abuse of an adult this year"),
    (P + "wiltshire_1", "the  £1.7M  recurring", "£1.7M", 1700000, "", "gbp", "", "recurring investment into the SEND service agreed by Cabinet"),
    (P + "wiltshire_1", "approval for £1.742M in", "£1.742M", 1742000, "", "gbp", "", "funding approved for 2022-23 to increase capacity in SEND and Inclusion Services"),
]

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r30blindT", ROWS, here.parent / "r30blindT_figures_second.csv")
