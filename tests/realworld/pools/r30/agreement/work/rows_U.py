"""Second annotator's figures of r30blindU (read from raw/ and manifest.csv only)."""
from pathlib import Path

from build_second import build

P = "r30u_"
Q = "could be up to eighteen months"
ROWS = [
    (P + "hampshire_1", "a 66% increase", "66%", 66, "", "percent", "", "increase in the number of EHCPs since 2015"),
    (P + "hampshire_1", "totalling 8,300", "8,300", 8300, "", "count", "ehcp_count", "EHCPs (education, health and care plans) now in total"),
    (P + "hampshire_1", "a 100% completion", "100%", 100, "", "percent", "", "completion of statutory transfers of SEN statements to EHCPs by 31 August 2018"),
    (P + "hampshire_1", "transfers of 5,277 SEN", "5,277", 5277, "", "count", "ehcp_count", "SEN statements transferred to EHCPs"),
    (P + "hampshire_2", "that 50% of private", "50%", 50, "", "percent", "", "share of private (independent) care providers controlled by hedge funds"),
    (P + "hampshire_2", "by three Hedge", "three", 3, "", "count", "", "hedge funds controlling half of private care providers"),
    (P + "hampshire_2", "the seven principles", "seven", 7, "", "count", "", "principles of Corporate Parenting"),
    (P + "leeds_1", "that one school had", "one", 1, "", "count", "", "schools that had agreed to reduce their Published Admission Number (PAN)"),
    (P + "medway_1", "the six significant", "six", 6, "", "count", "", "significant recommendations on data protection compliance (DBS and DPA arrangements)"),
    (P + "medway_1", "Council’s three-year programme", "three-year", 3, "", "years", "", "length of the programme of reviewing financial management in Medway's schools"),
    (P + "oxfordshire_2", "over 50% of pupils", "50%", 50, "", "percent", "", "share of pupils in Oxfordshire attending academies"),
    (P + "oxfordshire_2", "delayed by one year", "one year", 1, "", "years", "", "delay to the national funding formula for schools and reformed DSG blocks"),
    (P + "oxfordshire_3", "one-year top-up increase", "one-year", 1, "", "years", "", "length of the SEND (high needs) top-up funding increase"),
    (P + "rutland_1", "the remaining 31 foster", "31", 31, "", "count", "", "remaining foster carers' cases reviewed by the Head of Service (outside those tested by audit)"),
    (P + "rutland_1", "under the 6 recommendations", "6", 6, "", "count", "", "recommendations of the fostering audit"),
    (P + "southampton_1", "· 4%.", "4%", 4, "", "percent", "", "PFI factor option for increasing the sinking fund"),
    (P + "stockport_1", "including the two Scrutiny", "two", 2, "", "count", "", "Scrutiny Reviews held by the Committee in 2020/2021"),
    (P + "wokingham_1", (Q, 0), "eighteen months", 18, "", "months", "", "waiting list for CAMHS support (as told by the GP)"),
    (P + "wokingham_1", ("counselling for six sessions", 0), "six", 6, "", "count", "", "ARC counselling sessions offered instead"),
    (P + "wokingham_1", ("there on two occasions", 0), "two", 2, "", "count", "", "occasions the CAMHS team said the waiting list was around one year"),
    (P + "wokingham_1", ("is around one year", 0), "one year", 1, "", "years", "", "waiting list for CAMHS (as said at the workshop)"),
    (P + "wokingham_1", "now only six weeks", "six weeks", 6, "", "weeks", "", "waiting list for CAMHS (as stated at the last Health and Wellbeing Board)"),
    (P + "wokingham_1", "Clinic £350 for", "£350", 350, "", "gbp", "", "cost paid privately for each psychiatrist appointment"),
    (P + "wokingham_1", "then £100 for", "£100", 100, "", "gbp", "", "cost paid privately for each psychologist appointment"),
    (P + "wokingham_1", (Q, 1), "eighteen months", 18, "", "months", "", "waiting list for CAMHS support (as told by the GP)"),
    (P + "wokingham_1", ("counselling for six sessions", 1), "six", 6, "", "count", "", "ARC counselling sessions offered instead"),
    (P + "wokingham_1", ("there on two occasions", 1), "two", 2, "", "count", "", "occasions the CAMHS team said the waiting list was around one year"),
    (P + "wokingham_1", ("is around one year", 1), "one year", 1, "", "years", "", "waiting list for CAMHS (as said at the workshop)"),
]

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r30blindU", ROWS, here.parent / "r30blindU_figures_second.csv")
