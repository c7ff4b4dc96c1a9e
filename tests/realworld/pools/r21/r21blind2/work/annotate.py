"""Write r21blind2's raw files, figures_gold.csv and themes_gold.csv (annotated blind, before any run of the pipeline).

PYTHONPATH=src .venv/bin/python tests/realworld/pools/r21/r21blind2/work/annotate.py   (from the worktree root)

Each figure is given as (doc, surface, anchor, value, value_max, unit, indicator_id, indicator): its span is the first
occurrence of `surface` at or after the first occurrence of `anchor`. Each theme row is one non-blank line of the file
(a paragraph, bullet or heading), given by the first characters of the line; lines not listed are `other`.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from texts import T  # noqa: E402

SET = Path(__file__).resolve().parents[1]

F = [
    # Slough: DSG budget monitoring (schools forum)
    ("r21b2_slough_1", "£32,000", "anticipated", "32000", "", "gbp", "budget_variance", "underspend in Schools Block (centrally retained)"),
    ("r21b2_slough_1", "£3.4M", "total overspend", "3400000", "", "gbp", "high_needs_deficit", "DSG total overspend"),
    ("r21b2_slough_1", "£720,000", "forecasting an underspend", "720000", "", "gbp", "budget_variance", "Early Years underspend"),
    ("r21b2_slough_1", "£4.14M", "reported overspend", "4140000", "", "gbp", "high_needs_deficit", "High Needs Block overspend"),
    ("r21b2_slough_1", "£1.5M", "included", "1500000", "", "gbp", "high_needs_deficit", "High Needs Block overspend carried forward"),
    ("r21b2_slough_1", "£400,000", "totalling approximately", "400000", "", "gbp", "", "unaccrued invoices discovered"),
    # Wiltshire: early years block (schools forum)
    ("r21b2_wiltshire_1", "£52.886m", "provisional EYB settlement", "52886000", "", "gbp", "", "provisional Early Years Block settlement"),
    ("r21b2_wiltshire_1", "100%", "proposed that", "100", "", "percent", "", "share of 2-year-old disadvantaged funding passed through to providers"),
    ("r21b2_wiltshire_1", "95%", "providers and", "95", "", "percent", "", "minimum share of other early years funding passed through"),
    # Torbay: improvement plan
    ("r21b2_torbay_1", "thirty", "reduced from more than", "30", "", "count", "social_worker_caseload", "caseloads per social worker (before)"),
    ("r21b2_torbay_1", "twenty", "approximately", "20", "", "count", "social_worker_caseload", "caseloads per social worker"),
    ("r21b2_torbay_1", "fifteen to twenty", "was set at", "15", "20", "count", "social_worker_caseload", "national guidance on cases per social worker"),
    # Hampshire: home to school transport
    ("r21b2_hampshire_1", "152", "That currently", "152", "", "count", "", "children eligible for home to school transport from one area"),
    # West Berkshire: fostering
    ("r21b2_westberkshire_1", "five", "There were around", "5", "", "count", "", "children in residential homes awaiting foster carers"),
    ("r21b2_westberkshire_1", "£3,500 - £4,500", "currently cost between", "3500", "4500", "gbp", "placement_cost_weekly", "cost of children to be stepped down into foster care"),
    ("r21b2_westberkshire_1", "£6,500", "overall cost was", "6500", "", "gbp", "placement_cost_weekly", "overall cost of residential placements"),
    # Stockport: correction to minutes
    ("r21b2_stockport_1", "600", "second bullet point", "600", "", "count", "", "SEND requests (as first minuted)"),
    ("r21b2_stockport_1", "60", "correctly read", "60", "", "count", "", "SEND requests (corrected)"),
    # Oxfordshire: cabinet questions; call-in follow-up
    ("r21b2_oxfordshire_2", "51", "motion with", "51", "", "count", "", "councillors voting against the proposals"),
    # Wokingham: matters arising (school preferences); the second page has thresholds in a definition only (no figure)
    ("r21b2_wokingham_1", "42%", "had received", "42", "", "percent", "", "first preferences for Year 7 received by one secondary school"),
    ("r21b2_wokingham_1", "36%", "Addington Primary received", "36", "", "percent", "", "first preferences for first entry received by one primary school"),
    # Central Bedfordshire: fostering service
    ("r21b2_centralbedfordshire_1", "12", "forecast to increase by", "12", "", "count", "", "annual increase in special guardianship orders granted"),
]

# theme of a line: (doc, line prefix) -> theme; every other non-blank line is `other`
TH = {
    ("r21b2_slough_1", "2017/18 DSG Budget"): "finance",
    ("r21b2_slough_1", "It was noted there was an anticipated"): "finance",
    ("r21b2_slough_1", "George Grant"): "finance",
    ("r21b2_slough_1", "Early Years was currently"): "finance",
    ("r21b2_slough_1", "It was noted that the main area"): "finance",
    ("r21b2_slough_1", "The Task Group"): "finance",
    ("r21b2_wiltshire_1", "Dedicated Schools Grant - Early Years"): "finance",
    ("r21b2_wiltshire_1", "The report of Marie Taylor"): "finance",
    ("r21b2_wiltshire_1", "Marie Taylor, Head"): "finance",
    ("r21b2_wiltshire_1", "·       Paragraphs 3 to 9"): "finance",
    ("r21b2_wiltshire_1", "·       Officers drew"): "finance",
    ("r21b2_wiltshire_1", "·       Appendix 2"): "finance",
    ("r21b2_torbay_1", "Children's Partnership Improvement Plan"): "safeguarding",
    ("r21b2_torbay_1", "To consider Children’s Safeguarding"): "safeguarding",
    ("r21b2_torbay_1", "The Board considered"): "workforce",
    ("r21b2_torbay_1", "The Acting Director"): "safeguarding",
    ("r21b2_torbay_1", "In response to questions concerning"): "workforce",
    ("r21b2_hampshire_1", "Proposed Changes"): "school_places_transport",
    ("r21b2_hampshire_1", "To subject to pre-decision"): "school_places_transport",
    ("r21b2_hampshire_1", "The Committee received a report"): "school_places_transport",
    ("r21b2_hampshire_1", "The report set out the outcomes"): "school_places_transport",
    ("r21b2_hampshire_1", "The recommendations in the report"): "school_places_transport",
    ("r21b2_hampshire_1", "·         Consultation feedback"): "school_places_transport",
    ("r21b2_hampshire_1", "·         That currently 152"): "school_places_transport",
    ("r21b2_westberkshire_1", "Fostering in West Berkshire"): "fostering_adoption",
    ("r21b2_westberkshire_1", "Purpose: To provide"): "fostering_adoption",
    ("r21b2_westberkshire_1", "Dave Wraight presented"): "fostering_adoption",
    ("r21b2_westberkshire_1", "·       Members asked about the differences"): "fostering_adoption",
    ("r21b2_westberkshire_1", "·       A question was asked"): "children_in_care",
    ("r21b2_westberkshire_1", "·       Members asked about the potential"): "children_in_care",
    ("r21b2_stockport_1", "To approve as a correct record"): "other",
    ("r21b2_stockport_1", "Children and Young People Plan"): "other",
    ("r21b2_oxfordshire_2", "Follow-up to Call in"): "school_places_transport",
    ("r21b2_oxfordshire_2", "Councillor Emma Turnbull"): "school_places_transport",
    ("r21b2_wokingham_1", "Members asked why the Special"): "send",
    ("r21b2_wokingham_1", "Councillor Miall asked for information"): "school_places_transport",
    ("r21b2_wokingham_1", "Councillor Miall asked for an audit"): "children_in_care",
    ("r21b2_wokingham_1", "In response to a question Jim Leviers"): "send",
    ("r21b2_wokingham_2", "Members reiterated"): "education_standards",
    ("r21b2_wokingham_2", "The Chairman stated that a query"): "education_standards",
    ("r21b2_wokingham_2", "Officers clarified"): "education_standards",
    ("r21b2_wokingham_2", "An ‘independent school’"): "education_standards",
    ("r21b2_centralbedfordshire_1", "Quarter One Report on the Fostering"): "fostering_adoption",
    ("r21b2_centralbedfordshire_1", "To consider a report outlining"): "fostering_adoption",
    ("r21b2_centralbedfordshire_1", "The Panel received a report"): "fostering_adoption",
    ("r21b2_centralbedfordshire_1", "·         Recruitment of Foster Carers"): "fostering_adoption",
    ("r21b2_centralbedfordshire_1", "The Head of Corporate Parenting stated that the report"): "fostering_adoption",
    ("r21b2_centralbedfordshire_1", "In response to Members’ queries"): "children_in_care",
}


def main() -> int:
    raw = SET / "raw"
    raw.mkdir(exist_ok=True)
    for doc, text in T.items():
        (raw / f"{doc}.txt").write_text(text, encoding="utf-8")
    rows = []
    for doc, surface, anchor, value, vmax, unit, iid, phrase in F:
        text = T[doc]
        a = text.index(anchor)
        s = text.index(surface, a)
        assert text[s:s + len(surface)] == surface
        rows.append({"doc_id": doc, "surface": surface, "raw_start": s, "raw_end": s + len(surface), "value": value,
                     "value_max": vmax, "unit": unit, "indicator_id": iid, "indicator": phrase})
    rows.sort(key=lambda r: (r["doc_id"], r["raw_start"]))
    with open(SET / "figures_gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["doc_id", "surface", "raw_start", "raw_end", "value", "value_max", "unit", "indicator_id", "indicator"],
                           lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    used = set()
    th = []
    for doc, text in T.items():
        pos = 0
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            stripped = line.strip()
            if not stripped:
                continue
            s = start + (len(line) - len(line.lstrip()))
            e = start + len(line.rstrip())
            theme = "other"
            for (d, prefix), t in TH.items():
                if d == doc and text[s:e].startswith(prefix):
                    theme = t
                    used.add((d, prefix))
            th.append({"doc_id": doc, "raw_start": s, "raw_end": e, "theme": theme, "text": text[s:e]})
    missing = set(TH) - used
    assert not missing, missing
    with open(SET / "themes_gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, ["doc_id", "raw_start", "raw_end", "theme", "text"], lineterminator="\n")
        w.writeheader()
        w.writerows(th)
    print(f"{len(T)} files, {len(rows)} figures, {len(th)} theme rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
