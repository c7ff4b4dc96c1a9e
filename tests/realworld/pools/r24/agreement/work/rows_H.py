"""Second annotator's figures of r24blindH (read from raw/ and manifest.csv only)."""
from pathlib import Path

from build_second import build

P = "r24h_"
ROWS = [
    (P + "bury_1", "retention of 4 new", "4", 4, "", "count", "", "new caseworkers and managers retained"),
    (P + "bury_1", "A period of 30 minutes", "30 minutes", 30, "", "minutes", "", "length of public question time"),
    (P + "bury_1", "meeting. Minutes:\nNotice had been received of 5 questions", "5", 5, "", "count", "", "public questions received"),
    (P + "bury_1", "up to 15 minutes", "15 minutes", 15, "", "minutes", "", "time allocated for members' questions"),
    (P + "bury_1", "discretion of the chair. Minutes:\nNotice had been received of 5 questions", "5", 5, "", "count", "", "members' questions received"),
    (P + "centralbeds_2", "fallen 2 places", "2 places", 2, "", "count", "", "places fallen in GCSE ranking against statistical neighbours"),
    (P + "centralbeds_2", "to 9th out of 11", "9th", 9, "", "rank", "", "GCSE ranking position among 11 statistical neighbours"),
    (P + "cityoflondon_1", "received 9 votes", "9", 9, "", "count", "", "votes for candidate in Deputy Chair ballot"),
    (P + "cityoflondon_1", "received 8 votes", "8", 8, "", "count", "", "votes for other candidate in Deputy Chair ballot"),
    (P + "cityoflondon_1", "Appointment of two co-optees", "two", 2, "", "count", "", "co-optees to be appointed"),
    (P + "cityoflondon_1", "To appoint two Parent", "two", 2, "", "count", "", "parent governor co-optees to be appointed"),
    (P + "derbyshire_1", "against 33 strategic", "33", 33, "", "count", "", "strategic objectives progress reported against"),
    (P + "derbyshire_1", "19,990 Crisis", "19,990", 19990, "", "count", "", "crisis payments awarded"),
    (P + "derbyshire_1", "over £1.66m", "£1.66m", 1660000, "", "gbp", "", "total of crisis payments"),
    (P + "derbyshire_1", "over 1,000 children in care", "1,000", 1000, "", "count", "children_in_care", "children in care given safe homes"),
    (P + "derbyshire_1", "a £47m Bus", "£47m", 47000000, "", "gbp", "", "Bus Service Improvement Plan cost"),
    (P + "derbyshire_1", "a £120m highways", "£120m", 120000000, "", "gbp", "", "highways investment programme"),
    (P + "derbyshire_1", "underspend of £0.582m", "£0.582m", 582000, "", "gbp", "budget_variance", "net actual underspend against revenue budget 2024-25"),
    (P + "hertfordshire_2", "accounted for 41% of", "41%", 41, "", "percent", "", "share of contacts handled by Families First Triage (Early Help)"),
    (P + "hertfordshire_2", "with 24% during", "24%", 24, "", "percent", "", "share of contacts to Families First Triage same period last year"),
    (P + "hounslow_1", "visits to three schools", "three", 3, "", "count", "", "schools visited by the panel"),
    (P + "hounslow_2", "top 10 authorities", "10", 10, "", "rank", "", "Key Stage 1 ranking band among authorities"),
    (P + "lambeth_1", "for 180 days", "180 days", 180, "", "days", "", "time the meeting video stays available"),
]

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r24blindH", ROWS, here.parent / "r24blindH_figures_second.csv")
