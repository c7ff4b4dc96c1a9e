"""Second annotator's figures of r23blindD (read from raw/ and manifest.csv only)."""
from pathlib import Path

from build_second import build

BL, CA = "r23d_blackpool_1", "r23d_cambridgeshire_1"
C1, C2, C3, C4, C5 = (f"r23d_camden_{i}" for i in range(1, 6))
DE1, DE2, HA2 = "r23d_derbyshire_1", "r23d_derbyshire_2", "r23d_hackney_2"
HE2, HO, LA, LI = "r23d_hertfordshire_2", "r23d_hounslow_1", "r23d_lambeth_1", "r23d_liverpool_1"
K = 1000  # the Cambridgeshire finance table is in £000 (its chart is labelled '000; the text gives 6,240k)
FO = "forecast outturn variance at July (£000)"
ROWS = [
    (BL, "were three indicators", "three", 3, "", "count", "", "Council Plan indicators in which performance deteriorated in Quarter 2"),
    # Cambridgeshire: the readable whole cells of the Forecast Outturn table; cells cut by the transcription ("47,", "319,") are left out
    (CA, "% 17 Adults", "17", 17 * K, "", "gbp", "budget_variance", f"Adults & Safeguarding {FO}"),
    (CA, "153,944", "153,944", 153944 * K, "", "gbp", "", "Adults & Safeguarding budget 2018/19"),
    (CA, "% 3,755 Commissioning", "3,755", 3755 * K, "", "gbp", "budget_variance", f"Commissioning {FO}"),
    (CA, "44,025", "44,025", 44025 * K, "", "gbp", "", "Commissioning budget 2018/19"),
    (CA, "31,855", "31,855", 31855 * K, "", "gbp", "", "Commissioning actual spend to August"),
    (CA, "% -50 Communities", "-50", -50 * K, "", "gbp", "budget_variance", f"Communities & Safety {FO}"),
    (CA, "6,693", "6,693", 6693 * K, "", "gbp", "", "Communities & Safety budget 2018/19"),
    (CA, "% 607 Children", "607", 607 * K, "", "gbp", "budget_variance", f"Children & Safeguarding {FO}"),
    (CA, "51,453", "51,453", 51453 * K, "", "gbp", "", "Children & Safeguarding budget 2018/19"),
    (CA, "21,220", "21,220", 21220 * K, "", "gbp", "", "Children & Safeguarding actual spend to August"),
    (CA, "% 867 Education", "867", 867 * K, "", "gbp", "budget_variance", f"Education {FO}"),
    (CA, "62,847", "62,847", 62847 * K, "", "gbp", "", "Education budget 2018/19"),
    (CA, "41,041", "41,041", 41041 * K, "", "gbp", "", "Education actual spend to August"),
    (CA, "% 304 Executive", "304", 304 * K, "", "gbp", "budget_variance", f"Executive Director {FO}"),
    (CA, "% 5,499 Total", "5,499", 5499 * K, "", "gbp", "budget_variance", f"total expenditure {FO}"),
    (CA, "% -809 Grant", "-809", -809 * K, "", "gbp", "budget_variance", f"grant funding {FO}"),
    (CA, "-79,941", "-79,941", -79941 * K, "", "gbp", "", "grant funding budget 2018/19"),
    (CA, "-35,797", "-35,797", -35797 * K, "", "gbp", "", "grant funding actual to August"),
    (CA, "% 4,690 Total", "4,690", 4690 * K, "", "gbp", "budget_variance", f"P&C total {FO}"),
    (CA, "overspend of 6,240k", "6,240k", 6240000, "", "gbp", "budget_variance", "overall P&C forecast overspend at end of August 2018"),
    (CA, "increasing by 123k", "123k", 123000, "", "gbp", "", "increase in the forecast variance on the Learning Disability Partnership in August"),
    (CA, "to reach 2.1m", "2.1m", 2100000, "", "gbp", "budget_variance", "forecast variance on the Council's share of the Learning Disability Partnership"),
    (C1, "76.3%", "76.3%", 76.3, "", "percent", "ehcp_timeliness", "new EHCPs issued within 20 weeks"),
    (C1, "average of 54%", "54%", 54, "", "percent", "ehcp_timeliness", "national average of new EHCPs issued within 20 weeks"),
    (C1, "90-97%", "90-97%", 90, 97, "percent", "ehcp_timeliness", "EHCPs issued within 20 weeks previously achieved by Camden"),
    (C1, "97% of schools", "97%", 97, "", "percent", "ofsted_good_or_better", "schools in Camden rated good or outstanding by Ofsted"),
    (C1, "37% of primary", "37%", 37, "", "percent", "", "primary schools rated outstanding"),
    (C1, "nearly 50%", "50%", 50, "", "percent", "", "Camden pupils with EHCPs attending mainstream settings"),
    (C2, "removed 10 forms", "10", 10, "", "count", "", "forms of entry removed from the reception intake since 2018"),
    (C2, "over 30%", "30%", 30, "", "percent", "", "reduction in birth rates across the borough"),
    (C2, "four school closures", "four", 4, "", "count", "", "school closures"),
    (C2, "rise 6.7%", "6.7%", 6.7, "", "percent", "", "primary surplus over the reception admission number in 2023"),
    (C2, "to 28% by", "28%", 28, "", "percent", "", "primary surplus over the reception admission number by 2032/33"),
    (C2, "from 12% in", "12%", 12, "", "percent", "", "secondary Year 7 surplus in 2023"),
    (C2, "to 21% by", "21%", 21, "", "percent", "", "secondary Year 7 surplus by 2032/33"),
    (C3, "were 43 complaints", "43", 43, "", "count", "", "complaints received by Children's Services 2023/24"),
    (C3, "29 in 2022/23", "29", 29, "", "count", "", "complaints received by Children's Services 2022/23"),
    (C3, "almost 300 years", "300 years", 300, "", "years", "", "years Coram has been working to support vulnerable children"),
    (C3, "provided 68 advocacy episodes to 62 children and young people. Common issues young people sought support with included:\n- Housing\n- Concerns about allocated",
     "68", 68, "", "count", "", "advocacy episodes provided by Coram Voice 2022-23"),
    (C3, "episodes to 62 children and young people. Common issues young people sought support with included:\n- Housing\n- Concerns about allocated",
     "62", 62, "", "count", "", "children and young people given advocacy by Coram Voice 2022-23"),
    (C3, "provided 68 advocacy episodes to 62 children and young people. Common issues young people sought support with included:\n- Housing\n- Concerns about their",
     "68", 68, "", "count", "", "advocacy episodes provided by Coram Voice 2023-24"),
    (C3, "episodes to 62 children and young people. Common issues young people sought support with included:\n- Housing\n- Concerns about their",
     "62", 62, "", "count", "", "children and young people given advocacy by Coram Voice 2023-24"),
    (C4, "£2.5 million", "£2.5 million", 2500000, "", "gbp", "", "capital grants to adapt school buildings for pupils with SEND"),
    (C4, "£1.3 million", "£1.3 million", 1300000, "", "gbp", "", "investment in restructuring the SEND and Inclusion team"),
    (C4, "£625k", "£625k", 625000, "", "gbp", "", "annual investment in a redesigned neurodiversity diagnostic pathway"),
    (C5, "five-year strategy", "five-year", 5, "", "years", "", "length of the Local Area SEND Strategy"),
    (C5, "£625,000", "£625,000", 625000, "", "gbp", "", "additional ICB funding allocated to increase capacity"),
    (DE1, "the two key challenges", "two", 2, "", "count", "", "key challenges affecting the school"),
    (DE1, "first £6,000", "£6,000", 6000, "", "gbp", "", "first amount every school contributes from the notional SEN budget"),
    (DE2, "£7 million", "£7 million", 7000000, "", "gbp", "", "SEND high needs capital allocation for mainstream provision"),
    (HA2, "its six priorities", "six", 6, "", "count", "", "priorities of the Safeguarding Children Partnership for the year"),
    (HE2, "four key ambitions", "four", 4, "", "count", "", "key ambitions of the Children and Young People's Strategic Plan"),
    (HO, "one boy", "one", 1, "", "count", "", "boy who was successful at helping other young people"),
    (HO, "over 20 professionals", "20", 20, "", "count", "", "professionals trained by young people at the Total Respect event"),
    (LA, "three sources", "three", 3, "", "count", "", "sources of funding for SEND"),
    (LI, "on its five strategic", "five", 5, "", "count", "", "strategic priorities of the SEND Strategy"),
    (LI, "The five strategic", "five", 5, "", "count", "", "strategic priorities of the SEND Strategy"),
]

if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    build(here.parents[1] / "r23blindD", ROWS, here.parent / "r23blindD_figures_second.csv")
