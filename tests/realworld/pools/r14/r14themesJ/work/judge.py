"""The blind judgment: one theme per clean-stage segment (segments.csv, 55af81a's corpus.run), in page order, written
by reading the pages with only seg_view.txt (the segments table, no theme column) open.
Writes ../themes_judged.csv (doc_id,raw_start,raw_end,theme,text) and asserts text == raw[raw_start:raw_end]."""
import csv
import pandas as pd
O, H, SP, CIC, FA, SG, EH, ED, ATT, NEET, WF, FIN, SEND = ("other", "health_wellbeing", "school_places_transport",
    "children_in_care", "fostering_adoption", "safeguarding", "early_help", "education_standards",
    "attendance_exclusions", "neet_youth_care_leavers", "workforce", "finance", "send")
J = {
 "hackney_1": [O] * 18 + [SG, SG, SG, SG],                                   # unregistered educational settings (call A)
 "hackney_2": [O] * 19 + [SG, O, O, O, O, SG],                               # Child Q safeguarding practice review
 "hertfordshire_1": [FA, O, O, O, FA, O, O, O, O, FA, O, FA, O, FA, FA, FA, FA, O, FA, WF, FA],
 "hillingdon_1": [O] * 7 + [SP, SP, O, SP, SP, O, SP],
 "hillingdon_2": [O] * 18 + [O, O, SG, SG, SG],                              # 18: list of five topics (call D)
 "lambeth_1": [O] * 11 + [SG, O, O, O, O],                                   # 9: minutes amendment naming SEND (call E)
 "medway_1": [O, SP, O, SP, O, SP, SP, SP, O, O, SP, O, SP],
 "north-northamptonshire_1": [NEET, O, O, O, O, NEET, NEET, NEET, NEET, NEET, NEET, O, O, O],
 "north-tyneside_1": [O] * 18 + [H, H, H, H],
 "north-tyneside_2": [O] * 14 + [H, H, H, O, H, H],
 "north-tyneside_3": [O] * 19 + [SG, SG, O],                                 # 19-20: assessment and fostering teams (call F)
 "peterborough_1": [ED, ED, ED, ED, ED, ED, NEET, ED, ED, O, ED, ED],        # 6: IAG / work-based learning (call G)
 "peterborough_2": [ED, O, O, ED, O, O, O, ED, O, O, ED, ED],
 "redbridge_1": [O, O, O, O, O, SEND, SEND, O, SEND, SEND, O, SEND, O, WF, SEND, SEND, SEND, O],  # 4, 13-16 (call H)
 "rutland_1": [SG, O, SG, SG, SG, O, O, O, SG, SG],                          # 9: adults' safeguarding concerns (call I)
 "slough_1": [ED, ED, ED, O, ED, ED, ED],
 "stockport_1": [O, EH, O, EH, O, EH, O, O, EH, O, O, EH, EH, EH],
 "waltham-forest_1": [O] * 11 + [SEND, SEND, WF, SEND],
 "warrington_1": [O] * 9 + [CIC, SG, SG, CIC, CIC],                          # 10-11 ILACS (call B); 12-13 CiC health (call C)
 "west-berkshire_1": [H] * 7,
 "wiltshire_1": [O, WF, O, WF, WF, WF, WF, WF],
 "wokingham_1": [O, ED, O, ED, ED, ED, ED, ED, ED, ED, ED, ED],
 "wokingham_2": [O] * 18 + [SP, O, SP, SP, O],                               # 18, 20: investment / value for money (call J)
 "central-bedfordshire_1": [CIC, CIC, CIC, O, CIC, CIC, CIC, FA, CIC, CIC, CIC, CIC, O, NEET],  # 9-10, 12 (call K); 13 16-17s' hostels (call L)
 "leeds_1": [CIC, CIC, CIC, O, CIC, CIC, FA, CIC, O, O, O, CIC, O, CIC, FA, CIC, FA, CIC, CIC, CIC, O],  # 4 ToR (call K); 18 referrals (call K)
 "rochdale_1": [O, FIN, O, O, O, O, FIN, O, FIN, FIN, FIN, FIN, FIN, FIN, O, FIN, O, FIN, O, O, O, O, O, O],
 "somerset_1": [FIN, O, O, FIN, FIN, FIN, O, FIN, FIN, FIN, O, SEND],    # 5, 9 DSG deficit (call M); 11 EHC plans (call M)
 "wiltshire_2": [O, O, NEET, O, NEET, O, NEET, NEET, NEET, NEET, NEET],    # 10 cost of the scheme (call N)
 "bury_1": [O] * 15 + [ATT, ATT, ATT],
 "stockport_2": [O] * 11 + [ATT, O, O, O, O, O, O, ATT, ATT],             # 19 funding of PRUs from the HNB (call N)
}
s = pd.read_csv("segments.csv", keep_default_na=False)
rows = []
for d, g in s.groupby("doc_id", sort=True):
    themes = J[d.split("__", 1)[1]]
    assert len(themes) == len(g), (d, len(themes), len(g))
    raw = open(f"../raw/{d.split('__', 1)[1]}.txt", encoding="utf-8").read()
    for t, r in zip(themes, g.itertuples()):
        assert raw[r.raw_start:r.raw_end] == r.text
        rows.append({"doc_id": d, "raw_start": r.raw_start, "raw_end": r.raw_end, "theme": t, "text": r.text})
assert len(J) == s.doc_id.nunique()
with open("../themes_judged.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.DictWriter(f, fieldnames=["doc_id", "raw_start", "raw_end", "theme", "text"], lineterminator="\n")
    w.writeheader(); w.writerows(rows)
print(len(rows), "rows"); print(pd.Series([r["theme"] for r in rows]).value_counts().to_string())
