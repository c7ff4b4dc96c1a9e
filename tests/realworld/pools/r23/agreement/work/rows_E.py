"""Second annotator's figures of r23blindE (read from raw/ and manifest.csv only)."""
from pathlib import Path

from build_second import build

PE, RE, SL, S2, S3 = "r23e_peterborough_1", "r23e_redcar_1", "r23e_slough_1", "r23e_southampton_2", "r23e_southampton_3"
SW1, SW2, TA = "r23e_swindon_1", "r23e_swindon_2", "r23e_tameside_1"
WB1, WB2 = "r23e_westberkshire_1", "r23e_westberkshire_2"
W1, W2, W3, W4 = (f"r23e_wokingham_{i}" for i in range(1, 5))
ROWS = [
    (PE, "for 320 children", "320", 320, "", "count", "children_in_care", "children in public care the City Council was responsible for"),
    (PE, "Of those 240", "240", 240, "", "count", "", "children in care of statutory school age"),
    (PE, "Ten of this group", "Ten", 10, "", "count", "", "care leavers completing Higher Education courses"),
    (PE, "also 32 children", "32", 32, "", "count", "", "children in care from other local authorities educated in Peterborough schools"),
    (RE, "being 6.5 times", "6.5", 6.5, "", "rate", "", "Tees Valley arson rate as a multiple of the national average"),
    (SL, "£313,000", "£313,000", 313000, "", "gbp", "", "Schools Block cumulative carry forward"),
    (SL, "£18,000", "£18,000", 18000, "", "gbp", "", "Central Schools Services Block carry forward (licences)"),
    (SL, "£14m overspend", "£14m", 14000000, "", "gbp", "high_needs_deficit", "High Needs Block overspend"),
    (SL, "three local nurseries", "three", 3, "", "count", "", "local nurseries in deficit"),
    (S2, "seven schools", "seven", 7, "", "count", "", "schools with an increased deficit"),
    (S2, "three schools", "three", 3, "", "count", "", "schools with a reduced deficit"),
    (S2, "five schools", "five", 5, "", "count", "", "schools whose deficit recovery plans are awaited"),
    (S2, "just under £1 million", "£1 million", 1000000, "", "gbp", "high_needs_deficit", "Dedicated Schools Grant deficit (reduced) 2022-23"),
    (S3, "1% decrease", "1%", 1, "", "percent", "", "decrease in funding due to previous DfE errors"),
    (S3, "£47 per pupil", "£47", 47, "", "gbp", "", "funding decrease per primary pupil"),
    (S3, "£61 for", "£61", 61, "", "gbp", "", "funding decrease per secondary pupil"),
    (S3, "£575,000", "£575,000", 575000, "", "gbp", "budget_variance", "surplus from the NFF rate for all factors (provisional modelling)"),
    (S3, "£559,332", "£559,332", 559332, "", "gbp", "", "one-off additional funding to support maintained schools in financial difficulty"),
    (SW1, "£709k", "£709k", 709000, "", "gbp", "", "notional SEN budget required"),
    (SW1, "£400k", "£400k", 400000, "", "gbp", "", "current notional SEN budget"),
    (SW1, "1.3% & 1.75%", "1.3% & 1.75%", 1.3, 1.75, "percent", "", "share of the Age Weighted Pupil Unit in the Notional Income calculation"),
    (SW2, "from five to four", "five", 5, "", "count", "", "Maintained School Mainstream members of the Schools Forum (before)"),
    (SW2, "to four due", "four", 4, "", "count", "", "Maintained School Mainstream members of the Schools Forum (after)"),
    (SW2, "to two representatives", "two", 2, "", "count", "", "Academy Special school representatives on the Schools Forum"),
    (SW2, "being one representative", "one", 1, "", "count", "", "maintained special school representatives on the Schools Forum"),
    (SW2, "of three main", "three", 3, "", "count", "", "maintained special schools converted to academy status"),
    (TA, "the 4 DSG", "4", 4, "", "count", "", "DSG funding blocks"),
    (TA, "£3.907m", "£3.907m", 3907000, "", "gbp", "high_needs_deficit", "total DSG overspend in-year 2019-20"),
    (TA, "£114,000", "£114,000", 114000, "", "gbp", "budget_variance", "Schools Block surplus"),
    (TA, "£101,000", "£101,000", 101000, "", "gbp", "budget_variance", "surplus of growth funding"),
    (TA, "£4.568m", "£4.568m", 4568000, "", "gbp", "high_needs_deficit", "High Needs Block deficit"),
    (TA, "£251,000", "£251,000", 251000, "", "gbp", "budget_variance", "Early Years Block surplus"),
    (TA, "£296,000", "£296,000", 296000, "", "gbp", "", "possible additional Early Years allocation"),
    (WB1, "just under £600k", "£600k", 600000, "", "gbp", "high_needs_deficit", "High Needs Block deficit 2017/18"),
    (WB1, "just under £300k", "£300k", 300000, "", "gbp", "high_needs_deficit", "High Needs Block deficit 2018/19"),
    (WB2, "£307,452", "£307,452", 307452, "", "gbp", "", "value of the growth fund 2025-26"),
    (WB2, "at £200k", "£200k", 200000, "", "gbp", "", "proposed additional high needs fund budget 2025-26"),
    (W1, "£2.75m", "£2.75m", 2750000, "", "gbp", "high_needs_deficit", "forecast year-end High Needs Block deficit 2019/20"),
    (W2, "four local schools", "four", 4, "", "count", "", "local schools parents expressed preferences for"),
    (W3, "of the 35", "35", 35, "", "count", "", "maintained schools"),
    (W3, "18 went", "18", 18, "", "count", "", "maintained schools that went for the RPA insurance"),
    (W3, "and 17 stayed", "17", 17, "", "count", "", "maintained schools that stayed with the council's insurance"),
    (W3, "Of the 17", "17", 17, "", "count", "", "maintained schools that stayed with the council's insurance"),
    (W3, "5 had signed", "5", 5, "", "count", "", "schools that signed up for the 2 year insurance deal"),
    (W3, "the 2 year deal", "2 year", 2, "", "years", "", "length of the insurance deal offered"),
    (W4, "14 schools", "14", 14, "", "count", "", "schools that had responded to the consultation before the glitch"),
    (W4, "seven responded", "seven", 7, "", "count", "", "schools that responded again after the correction"),
    (W4, "at 58%", "58%", 58, "", "percent", "", "rate of response of schools to the consultation this year"),
    (W4, "a 43% rate", "43%", 43, "", "percent", "", "rate of response of schools to the consultation last year"),
]

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r23blindE", ROWS, here.parent / "r23blindE_figures_second.csv")
