"""The blind judgment: one theme per clean-stage segment (segments.csv, 1c2a88b), in page order, written by reading
the pages with only segments.csv open. Writes ../themes_judged.csv (doc_id,raw_start,raw_end,theme,text)."""
import csv
import pandas as pd
O, H, SP, ST, CIC, FA, SG, EH, ED, ATT, NEET, WF, FIN, SEND = ("other", "health_wellbeing", "school_places_transport",
    "school_places_transport", "children_in_care", "fostering_adoption", "safeguarding", "early_help",
    "education_standards", "attendance_exclusions", "neet_youth_care_leavers", "workforce", "finance", "send")
J = {
 "barnet_1": [H, O, H, H, O, H, H, H, H, O, O],
 "barnsley_1": [H] * 9,
 "bury_1": [O, ST, O, ST, O, ST, ST, ST, O, O, ST, O, ST],
 "central-bedfordshire_1": [NEET, NEET, NEET, O, NEET, NEET, O, NEET, NEET, NEET],
 "central-bedfordshire_2": [FA] * 5,
 "city-of-london_1": [EH, O, O, EH],
 "city-of-london_2": [CIC, O, CIC, CIC, CIC, NEET, NEET, CIC, ATT, O],
 "hillingdon_1": [H] * 4,
 "hillingdon_2": [EH, ATT, ATT, ATT, O, O, ATT, O, ATT, ATT, ATT, ATT, ATT],
 "leeds_1": [O, O, O, O, O, FIN, FIN, SG, SG, O, O],
 "leeds_2": [SP, SP, SP, O],
 "medway_1": [NEET, NEET, O, NEET, O, NEET, NEET, NEET, NEET],
 "milton-keynes_1": [CIC, O, CIC, O, O, O, O, O, O, O,          # 0-9
                     O, O, O, O, CIC, O, O, O, O, O,            # 10-19
                     O, O, O, O, CIC, O, CIC, O, CIC, O,        # 20-29
                     CIC, O, NEET, O, O, O, CIC, CIC, CIC],     # 30-38
 "northumberland_1": [O, O, O, O, O, O, O, O, O, O, H, H, H, H],
 "oxfordshire_1": [ST, ST, O, O, ST, O, ST, O],
 "sefton_1": [O, O, O, O, O, O, O, O, O, SG, SG, SG, SG, O, SG, SG, SG, SG, SG, O, O],
 "sefton_2": [O, O, O, O, O, O, O, O, O, O, EH, O, EH],
 "slough_1": [WF] * 6,
 "somerset_1": [FIN, O, FIN, O, SEND, CIC, FIN, O, CIC, CIC, SEND, CIC],
 "southampton_1": [O, ED, O, ED, ED, ED, O, ED, ED, ED, ED, ED, ED, ED, O, ED, ED],
 "southampton_2": [O, ST, ST, ST, ST, ST],
 "southwark_1": [NEET, O, O, NEET, NEET, NEET, NEET, NEET, NEET, O, NEET],
 "southwark_2": [NEET, NEET, NEET],
 "stockport_1": [SEND, O, O, SEND, O, O, SEND, O, O, O, O, SEND, SEND, SEND, SEND, O, O, O],
 "torbay_1": [WF, WF, CIC, WF, O, WF],
 "wokingham_1": [O, ED, O, ED, ED, ED, ED, ED, O],
 "wokingham_2": [SG, SG, SG, O, SG, SG, SG, SG, SG, SG, SG, SG, SG],
}
s = pd.read_csv("segments.csv", keep_default_na=False)
rows = []
for d, g in s.groupby("doc_id", sort=True):
    themes = J[d.split("__", 1)[1]]
    assert len(themes) == len(g), (d, len(themes), len(g))
    for t, r in zip(themes, g.itertuples()):
        raw = open(f"../raw/{d.split('__', 1)[1]}.txt", encoding="utf-8").read()
        assert raw[r.raw_start:r.raw_end] == r.text
        rows.append({"doc_id": d, "raw_start": r.raw_start, "raw_end": r.raw_end, "theme": t, "text": r.text})
assert len(J) == s.doc_id.nunique()
with open("../themes_judged.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc_id", "raw_start", "raw_end", "theme", "text"], lineterminator="\n")
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows"); print(pd.Series([r["theme"] for r in rows]).value_counts().to_string())
