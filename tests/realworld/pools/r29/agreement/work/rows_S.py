"""Second annotator's figures of r29blindS (read from raw/ and manifest.csv only)."""
from pathlib import Path

from build_second import build

P = "r29s_"
ROWS = [
    (P + "cityoflondon_1", "recognition of three City", "three", 3, "", "count", "", "City of London young people recognised as shining stars at a Pan London awards ceremony"),
    (P + "cityoflondon_1", "only 86% of health", "86%", 86, "", "percent", "", "health assessments of children in care carried out within the timescale"),
    (P + "cityoflondon_2", "only two allegations", "two", 2, "", "count", "", "LADO allegations that resulted in an allegation meeting"),
    (P + "cityoflondon_3", "on the six commitments", "six", 6, "", "count", "", "commitments of the Pan London Care Leavers Compact"),
    (P + "cityoflondon_3", "to the six commitment set", "six", 6, "", "count", "", "commitments of the Pan London Care Leavers Compact to sign up to"),
    (P + "hampshire_2", "the three phased approach", "three", 3, "", "count", "", "phases of the approach to the response to Covid-19"),
    (P + "hounslow_1", "three-year funding for EAL", "three-year", 3, "", "years", "", "length of EAL funding (PLASC home-language data)"),
    (P + "slough_1", "95% of the allocated", "95%", 95, "", "percent", "", "share of allocated Early Years funding passed through to settings"),
    (P + "slough_1", "the 5% retained element", "5%", 5, "", "percent", "", "share of Early Years funding centrally retained"),
    (P + "slough_1", "amounts to £18.383 million", "£18.383 million", 18383000, "", "gbp", "", "Early Years pass-through budget 2024-25"),
    (P + "slough_1", "block total to £19.3 million", "£19.3 million", 19300000, "", "gbp", "", "Early Years Block total 2024-25"),
    (P + "slough_2", "accumulated deficit of £18.6m", "£18.6m", 18600000, "", "gbp", "high_needs_deficit", "accumulated DSG deficit on the balance sheet"),
    (P + "slough_2", "of which £19.4m was", "£19.4m", 19400000, "", "gbp", "high_needs_deficit", "High Needs Block share of the accumulated DSG deficit"),
    (P + "slough_2", "forward of £289,000 underspend", "£289,000", 289000, "", "gbp", "budget_variance", "Schools Block underspend balance brought forward"),
    (P + "slough_2", "DSG Settlement of £138.9m", "£138.9m", 138900000, "", "gbp", "", "DSG settlement added to the Schools Block"),
    (P + "slough_2", "£102m had been recouped", "£102m", 102000000, "", "gbp", "", "Schools Block funding recouped for academies"),
    (P + "slough_2", "all £36.9m had been allocated", "£36.9m", 36900000, "", "gbp", "", "Schools Block funding allocated out to schools"),
    (P + "slough_2", "transfer of £255,000 from HNB", "£255,000", 255000, "", "gbp", "", "transfer from the High Needs Block to central school services (in-house services)"),
    (P + "slough_2", "reserves of £29,000", "£29,000", 29000, "", "gbp", "", "CSSB carry forward into reserves"),
    (P + "slough_2", "had been £15.5m", "£15.5m", 15500000, "", "gbp", "", "Early Years final settlement for the year"),
    (P + "slough_2", "underspend of £0.148m", "£0.148m", 148000, "", "gbp", "budget_variance", "Early Years underspend within maintained settings"),
    (P + "slough_2", "and £0.76m within", "£0.76m", 760000, "", "gbp", "budget_variance", "Early Years underspend within primary"),
    (P + "slough_2", "increased by £1.2m", "£1.2m", 1200000, "", "gbp", "", "increase in private sector early years take-up"),
    (P + "slough_2", "underspend of £833,000", "£833,000", 833000, "", "gbp", "budget_variance", "Early Years total carry forward underspend"),
    (P + "southwark_1", "set out seven points", "seven", 7, "", "count", "", "points of identified action in the care leavers' education and employment action plan"),
    (P + "torbay_1", "additional 0.6 post", "0.6", 0.6, "", "count", "", "additional Elective Home Education post (FTE) agreed by Forum"),
    (P + "torbay_2", "Sub-Board two letters", "two", 2, "", "count", "", "letters from St Margarets circulated to members"),
    (P + "westberks_1", "cumulative deficit of £1.6m", "£1.6m", 1600000, "", "gbp", "high_needs_deficit", "DSG cumulative deficit"),
    (P + "westberks_1", "deficit position to £1.46m", "£1.46m", 1460000, "", "gbp", "high_needs_deficit", "DSG cumulative deficit after the 2020/21 outturn"),
    (P + "westberks_1", "underspend of £147k", "£147k", 147000, "", "gbp", "budget_variance", "DSG in-year underspend 2020/21"),
    (P + "westberks_1", "over a five year period", "five year", 5, "", "years", "", "length of the Early Years Block deficit recovery plan"),
    (P + "westberks_1", "stood at £2.3m", "£2.3m", 2300000, "", "gbp", "high_needs_deficit", "High Needs Block cumulative deficit at 31 March 2021"),
    (P + "westberks_1", "would be £3.6m", "£3.6m", 3600000, "", "gbp", "high_needs_deficit", "expected High Needs Block deficit by March 2022"),
    (P + "westberks_2", "was £115k less", "£115k", 115000, "", "gbp", "budget_variance", "DSG funding received less than budgeted"),
    (P + "westberks_2", "underspent by £479k", "£479k", 479000, "", "gbp", "budget_variance", "DSG expenditure underspend"),
    (P + "westberks_2", "deficit reserve of £100k", "£100k", 100000, "", "gbp", "high_needs_deficit", "DSG deficit reserve at year end"),
    (P + "westberks_2", "deficit reserve of £521k", "£521k", 521000, "", "gbp", "high_needs_deficit", "High Needs Block deficit reserve"),
    (P + "westberks_3", "from 18.9 to", "18.9", 18.9, "", "percent", "", "reception children overweight or obese (previous rate)"),
    (P + "westberks_3", "to 19.3%", "19.3%", 19.3, "", "percent", "", "reception children overweight or obese"),
    (P + "westberks_3", "just under 30 percent", "30 percent", 30, "", "percent", "", "children in year six overweight or obese"),
    (P + "wokingham_1", "where it said £270 it", "£270", 270, "", "gbp", "", "amount in the previous minutes as first written (corrected)"),
    (P + "wokingham_1", "should say £270K", "£270K", 270000, "", "gbp", "", "amount in the previous minutes as corrected"),
    (P + "wokingham_1", "the £32K reduction", "£32K", 32000, "", "gbp", "", "reduction in funding for Foundry College"),
    (P + "wokingham_2", "the £1.7million deficit", "£1.7million", 1700000, "", "gbp", "high_needs_deficit", "deficit shown in the Schools Forum revenue monitoring report (DSG)"),
    (P + "wokingham_3", "amounting to £279,000", "£279,000", 279000, "", "gbp", "", "staff reductions in Learning & Achievement to address the ESG shortfall"),
]

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r29blindS", ROWS, here.parent / "r29blindS_figures_second.csv")
