"""Judgement calls: how the table / isolated accuracy of the code on PYTHONPATH moves if a second reader codes a group
of rows differently (indices are the segment's position within its page, as in seg_view.txt / judge.py).
Runs the pipeline once the way scripts/score_themes_pool.py does (its build_raw). Run from a worktree root:
PYTHONPATH=src .venv/bin/python /work/staging/r14/r14themesJ/work/sensitivity.py"""
import sys, tempfile, warnings
from pathlib import Path
import pandas as pd
sys.path.insert(0, str(Path.cwd() / "scripts"))
from score_themes_pool import build_raw
from analysis.realworld import match_passages, run_pipeline
from analysis.topics import assign_themes
POOL = "/work/staging/r14/r14themesJ"
with tempfile.TemporaryDirectory() as tmp, warnings.catch_warnings():
    warnings.simplefilter("ignore")
    build_raw(Path(tmp) / "raw", POOL)
    tables = run_pipeline(Path(tmp) / "raw", Path(tmp) / "p")
gold = pd.read_csv(f"{POOL}/themes_judged.csv", dtype={"doc_id": str, "theme": str, "text": str}, keep_default_na=False)
m = match_passages(gold, tables["topics"]); m["iso"] = assign_themes(m["text"].tolist())
m["i"] = m.groupby("doc_id").cumcount()
def acc(t, x=None):
    x = m if x is None else x
    no = t[x.index] != "other"
    return (f"table {(x.pred_theme == t[x.index]).mean():.3f} iso {(x.iso == t[x.index]).mean():.3f}"
            f"  non-other table {(x.pred_theme[no] == t[x.index][no]).mean():.3f} iso {(x.iso[no] == t[x.index][no]).mean():.3f}")
print("as judged:", acc(m.theme))
P = "r14themesJ__"
SG, CIC, NEET, O, H, FA, ED, SEND, WF, FIN, SP, ATT = ("safeguarding", "children_in_care", "neet_youth_care_leavers",
    "other", "health_wellbeing", "fostering_adoption", "education_standards", "send", "workforce", "finance",
    "school_places_transport", "attendance_exclusions")
alts = {
 "A Hackney unregistered educational settings (4 rows, safeguarding) -> attendance_exclusions (missing education)":
    [(P+"hackney_1", [18, 19, 20, 21], ATT)],
 "B Warrington Ofsted (ILACS) findings (2, safeguarding) -> children_in_care / neet (care leavers)":
    [(P+"warrington_1", [10], CIC), (P+"warrington_1", [11], NEET)],
 "C Warrington NHS Children in Care annual report, health assessments (2, children_in_care) -> health_wellbeing":
    [(P+"warrington_1", [12, 13], H)],
 "D Hillingdon list of five briefing topics (1, other) -> safeguarding":
    [(P+"hillingdon_2", [18], SG)],
 "E Lambeth minutes amendment naming SEND and PRUs (1, other) -> send":
    [(P+"lambeth_1", [9], SEND)],
 "F North Tyneside 'Social Work Assessment and Fostering Teams' (2, safeguarding) -> fostering_adoption":
    [(P+"north-tyneside_3", [19, 20], FA)],
 "G Peterborough IAG / work-based learning (1, neet) -> education_standards":
    [(P+"peterborough_1", [6], ED)],
 "H Redbridge: meeting summary (other -> send), 'Workforce development' (workforce -> send), other action-plan themes (send -> other)":
    [(P+"redbridge_1", [4, 13], SEND), (P+"redbridge_1", [14, 15, 16], O)],
 "I Rutland adults' safeguarding concerns line (1, safeguarding) -> other":
    [(P+"rutland_1", [9], O)],
 "J Wokingham 'investment decision / value for money' lines (2, school places) -> finance":
    [(P+"wokingham_2", [18, 20], FIN)],
 "K placement-strategy contents / ToR / referrals lines (CB 2 cic->other, 1 other->cic; Leeds ToR cic->other, referrals cic->safeguarding)":
    [(P+"central-bedfordshire_1", [9, 10], O), (P+"central-bedfordshire_1", [12], CIC),
     (P+"leeds_1", [4], O), (P+"leeds_1", [18], SG)],
 "L Central Bedfordshire hostels for 16-17s (1, neet) -> children_in_care":
    [(P+"central-bedfordshire_1", [13], CIC)],
 "M Somerset DSG deficit lines (2, finance) -> send; EHC-plan count line (1, send) -> finance":
    [(P+"somerset_1", [5, 9], SEND), (P+"somerset_1", [11], FIN)],
 "N cost of a subject: care leavers' council-tax scheme cost (Wiltshire, neet), PRU funding (Stockport, attendance) -> finance":
    [(P+"wiltshire_2", [10], FIN), (P+"stockport_2", [19], FIN)],
 "O Hertfordshire adoption-service staff retention (1, workforce) -> fostering_adoption":
    [(P+"hertfordshire_1", [19], FA)],
 "P 'X presented / received the report of <subject>' lines (4, subject) -> other":
    [(P+"rutland_1", [2], O), (P+"wokingham_1", [5], O), (P+"stockport_1", [8], O), (P+"bury_1", [15], O)],
 "Q item lines with no theme word coded by the item (Peterborough congratulations 2, Redbridge briefing intro 1, Medway 'proposed changes' 1) -> other":
    [(P+"peterborough_1", [8, 10], O), (P+"redbridge_1", [8], O), (P+"medway_1", [7], O)],
 "R North Northamptonshire report file name '... Care Leavers ... Report.pdf' (1, neet) -> other":
    [(P+"north-northamptonshire_1", [10], O)],
}
allt = m.theme.copy()
for name, changes in alts.items():
    t = m.theme.copy()
    for d, idx, th in changes:
        sel = (m.doc_id == d) & m.i.isin(idx)
        assert sel.sum() == len(idx), (name, d, idx)
        t[sel] = th; allt[sel] = th
    print(f"{name}: {acc(t)}  (rows changed {(t != m.theme).sum()})")
print("all alternatives together:", acc(allt), f"(rows changed {(allt != m.theme).sum()})")
hosts = m.doc_id.isin([P+"warrington_1", P+"waltham-forest_1", P+"redbridge_1", P+"north-northamptonshire_1", P+"hertfordshire_1"])
print(f"council sites only (without the 5 third-party-host pages, {hosts.sum()} rows): passages {(~hosts).sum()} {acc(m.theme, m[~hosts])}")
print(f"the 5 third-party-host pages: passages {hosts.sum()} {acc(m.theme, m[hosts])}")
rut = m.doc_id == P+"rutland_1"
print(f"without rutland_1 (joint Leicestershire and Rutland LSCB report; Leicestershire is reserved), passages {(~rut).sum()}: {acc(m.theme, m[~rut])}")
print("per council (passages, table / iso):")
for c, x in m.groupby(m.doc_id.str.split("__").str[1].str.rsplit("_", n=1).str[0]):
    print(f"  {c:24s} {len(x):3d}  {(x.pred_theme == x.theme).mean():.2f} / {(x.iso == x.theme).mean():.2f}")
