"""Second annotator's figures of r22blindC (read from raw/ only)."""
from pathlib import Path
from build_second import build

CB, H1, H2, LA, O1, O2 = "r22c_centralbedfordshire_1", "r22c_hampshire_1", "r22c_hampshire_2", "r22c_lambeth_1", "r22c_oldham_1", "r22c_oldham_2"
PE, SL, SO, ST, TO, WO = "r22c_peterborough_1", "r22c_slough_1", "r22c_southampton_1", "r22c_stockport_1", "r22c_torbay_1", "r22c_wokingham_1"
HN = "high_needs_deficit"
ROWS = [
    (CB, "2018/19 and the 0.5% investment", "0.5%", 0.5, "", "percent", "", "investment (transfer) into the HNB for this financial year"),
    (CB, "update on the 0.5% investment", "0.5%", 0.5, "", "percent", "", "investment (transfer) into the HNB for this financial year"),
    (CB, "DfE, the 0.5% investment", "0.5%", 0.5, "", "percent", "", "investment (transfer) into the HNB for this financial year"),
    (CB, "forecast as £1.6M", "£1.6M", 1600000, "", "gbp", HN, "in-year (18/19) HN Block deficit forecast"),
    (CB, "the £1.4m overspend", "£1.4m", 1400000, "", "gbp", HN, "HN Block overspend previously advised"),
    (CB, "from £1.4m to", "£1.4m", 1400000, "", "gbp", HN, "HN Block overspend forecast (before)"),
    (CB, "to £1.6m was", "£1.6m", 1600000, "", "gbp", HN, "HN Block overspend forecast (now)"),
    (H1, "constitute a 12% increase", "12%", 12, "", "percent", "", "increase in the number of children in care in Hampshire"),
    (H2, "equates to 0.007%", "0.007%", 0.007, "", "percent", "", "UASC to be supported as a share of the population"),
    (H2, "would be 195 children", "195", 195, "", "count", "", "UASC Hampshire would support (children and young people)"),
    (H2, "completed by two Social", "two", 2, "", "count", "", "social workers completing an age assessment"),
    (LA, "currently 242 permanent", "242", 242, "", "count", "", "permanent social work staff"),
    (LA, "and 193 agency", "193", 193, "", "count", "agency_social_workers", "agency workers"),
    (LA, "2024, 13 international", "13", 13, "", "count", "", "international social workers recruited in 2024"),
    (O1, "combined was 6685", "6685", 6685, "", "count", "", "average Year 12/13 cohort number across 2023"),
    (O1, "2022 by 284", "284", 284, "", "count", "", "increase in the cohort from 2022"),
    (O1, "that 93.76% of Year", "93.76%", 93.76, "", "percent", "", "Year 12 participating in education, employment or training"),
    (O1, "was at 5%", "5%", 5, "", "percent", "neet", "not in education, employment or training"),
    (O1, "only 1% of", "1%", 1, "", "percent", "neet", "young people unknown to education, employment or training (not known)"),
    (O2, "currently 94.2% of", "94.2%", 94.2, "", "percent", "", "Year 12s participating in some form of EET"),
    (O2, "sat at 3.4%", "3.4%", 3.4, "", "percent", "neet", "NEET rate"),
    (PE, "showed 97.6% of", "97.6%", 97.6, "", "percent", "", "initial assessments completed within 10 days"),
    (PE, "and 88.8% of core", "88.8%", 88.8, "", "percent", "", "core assessments completed within 35 days"),
    (PE, "now 73 permanent", "73", 73, "", "count", "", "permanent social workers in front-line teams"),
    (PE, "from 49 only", "49", 49, "", "count", "", "permanent social workers in front-line teams six months ago"),
    (SL, "year to 61.5% of CLA", "61.5%", 61.5, "", "percent", "", "CLA (under 16, in care 2.5 years or more) in a stable placement"),
    (SL, "neighbours at 92%", "92%", 92, "", "percent", "", "CLA in a stable placement (statistical neighbours)"),
    (SL, "year to 85.7%", "85.7%", 85.7, "", "percent", "", "CLA seen alone within timescale"),
    (SL, "increase to 50% from", "50%", 50, "", "percent", "", "care experienced young people (19-21) in education, employment or training"),
    (SL, "increased to 27.1", "27.1", 27.1, "", "count", "", "average number of young people allocated to CEYP Personal Advisors"),
    (SL, "(24.8)", "24.8", 24.8, "", "count", "", "average number of young people per CEYP Personal Advisor (previous year)"),
    (SO, "a 66% increase", "66%", 66, "", "percent", "", "increase in children with CIN plans since January 2019"),
    (ST, "114 young offenders", "114", 114, "", "count", "", "young offenders recorded (first six months of 2013/14)"),
    (ST, "to 72 during", "72", 72, "", "count", "", "young offenders recorded (first six months of 2014/15)"),
    (ST, "surplus of £0.162m", "£0.162m", 162000, "", "gbp", "budget_variance", "out turn forecast surplus at Q2"),
    (ST, "reduction of £0.177m", "£0.177m", 177000, "", "gbp", "", "reduction in forecast surplus since Q1"),
    (ST, "the £0.339m reported", "£0.339m", 339000, "", "gbp", "budget_variance", "forecast surplus reported in Q1"),
    (TO, "with 95% of cases", "95%", 95, "", "percent", "", "MASH cases with a decision made within 24 hours"),
    (TO, "were at 138", "138", 138, "", "count", "child_protection_plans", "child protection figures (now)"),
    (TO, "from 238 in", "238", 238, "", "count", "child_protection_plans", "child protection figures (February 2021)"),
    (TO, "was 297 which", "297", 297, "", "count", "children_in_care", "cared for children and young people"),
    (TO, "from 368 through", "368", 368, "", "count", "children_in_care", "cared for children and young people (before)"),
    (TO, "There were 4 unaccompanied", "4", 4, "", "count", "", "unaccompanied asylum seekers placed through the national transfer scheme"),
    (TO, "and two new families", "two", 2, "", "count", "", "new families being assessed to support unaccompanied asylum seekers"),
    (TO, "was 12% of children", "12%", 12, "", "percent", "", "children with three or more placement moves"),
    (TO, "average of 11%", "11%", 11, "", "percent", "", "children with three or more placement moves (national average)"),
    (WO, "cost of £4,400,000", "£4,400,000", 4400000, "", "gbp", "", "estimated capital cost of the Addington School expansion"),
]
if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r22blindC", ROWS, here.parent / "r22blindC_figures_second.csv")
