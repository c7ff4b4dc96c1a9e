"""The verbatim excerpts of r21blind2 (pages corpus of the search tool), written to raw/ by annotate.py."""
T = {}
T["r21b2_slough_1"] = """Agenda item

2017/18 DSG Budget Monitoring report (Schools Block, High Needs Block, Early Years Block & Centrally Retained)

Minutes:

It was noted there was an anticipated £32,000 underspend in Schools Block (centrally retained) due to staff vacancies within the Admissions service.

 

George Grant confirmed the anticipated DSG projections for 2017-18 was a total overspend of £3.4M across the Schools, Early Years and High Needs blocks.

 

8.20am: Angela Mellish and Vikram Hansrani arrived at the meeting

 

Early Years was currently forecasting an underspend of £720,000, which was due to a lower than expected uptake of 30-hour provision.  The underspend would be carried into the next academic year.  Members noted these figures were best estimate as not all factors were yet known and, for example, would depend on level of uptake of child care entitlement for working parents.

 

8.25pm: Johnny Kyriacou arrived at the meeting

 

It was noted that the main area of concern was the High Needs Block (HNB) which had a reported overspend of £4.14M plus and included £1.5M carried forward from 2016/17.  The overspend from the previous year reflected that of the current year and commitments were more than budgeted.  Further to these pressures, unaccrued invoices from 2016/17, totalling approximately £400,000 had been discovered.  It was understood this was in part due to budget management issues and the move in returning the service to the Local Authority (LA). Assurance was given that this would not reoccur and that the SBC team continued to work towards achieving accurate costings. A list of measures to bring the budget back in line had been compiled but there had been an assurance not to transfer monies from the Schools Block.  Members were informed that the overspend could not be rectified in the short term.

 

The Task Group were in discussion about possible methods of saving money, in consultation with schools.
"""
T["r21b2_wiltshire_1"] = """Agenda item

Dedicated Schools Grant - Early Years Block Update 2024-25 (Indicative Allocations)

The report of Marie Taylor (Head of Finance – Children and Education) seeks to update Schools Forum on issues relating to the early years block for 2024-25 and the decisions that will need to be made as part of the budget setting process for 2024-25.

Minutes:

Marie Taylor, Head of Finance – Children & Education, presented the report which updated the Schools Forum on issues relating to the Early Years Block (EYB) for 2024-25 and the decisions that needed to be made as part of the budget setting process. The following was then highlighted:

 

·       Paragraphs 3 to 9 detailed the main considerations for Members and noting that in the Spring budget of 2023, the Government had launched a largescale Childcare Expansion which included increased funding rates and extensions to the age entitlements for parents of eligible children. As such, the provisional EYB settlement for Wiltshire was £52.886m with Paragraph 5 showing a breakdown of the different funding elements.

·       Officers drew Members’ attention to Appendix 1 and Paragraph 7 which listed the criterion in place for setting a local formula and the main changes to the Early Years Entitlements: Local Authority Operational Guide 2024-25 which was published in November 2023; Bullet Points 1 and 2 of Paragraph 7 were specifically highlighted for Members’ awareness. It was further confirmed that the criterion had been universally agreed at the Early Years Reference Group (EYRG).

·       Appendix 2 detailed the Council’s passporting process in which it was proposed that 100% of the 2-year-old disadvantaged funding would be passed through to providers and 95% minimum of the other funding streams.
"""
T["r21b2_torbay_1"] = """Agenda item

Children's Partnership Improvement Plan

To consider Children’s Safeguarding within Torbay.

Minutes:

The Board considered a report on the Children’s Partnership Improvement Plan.  The Executive Lead Member for Children, Schools and Families introduced the Children’s Partnership Improvement Plan to the Board.  The Board was advised that the Plan would deliver a marked improvement over a two-year period.  The Board was informed that a backlog of cases had been addressed and that caseloads were reduced from more than thirty to approximately twenty per social worker. 

 

The Acting Director of Children’s Services acknowledged previous assurances given around improvements being made in six months and indicated that improvements would take at least two years.  The Board was advised that the Plan would involve children and young people, a group of parents, and frontline staff from across agencies. The Board was informed of further details of the Plan, including the appointment of an experienced project manager to the project and the formation of a project board.  Arrangements to help learn best practice from high performing Children’s Services at other local authorities were outlined to the Board.  The Acting Director of Children’s Services indicated a need to change culture within Children’s Services and that this was an aim of the improvement plan.

 

In response to questions concerning social worker capacity and training, the Board was advised that national guidance on the number of cases per social worker was set at fifteen to twenty and that this had informed the improvement plan.  The Board was advised of investment in new staff and new training.  The Board was informed of a continuing national shortage of qualified social workers.
"""
T["r21b2_hampshire_1"] = """Agenda item

Proposed Changes to the Home to School Transport Policy and Post 16 Transport Policy Statement

To subject to pre-decision scrutiny the proposed changes to the Home to School Transport Policy and Post 16 Transport Policy Statement.

Minutes:

The Committee received a report of the Director of Children’s Services setting out recommendations to the Executive Lead Member for Children’s Services regarding Proposed Changes to the Home to School Transport Policy and Post 16 Transport Policy Statement (see Item 6 in the Minute Book).

 

The report set out the outcomes of the public consultation on changes to the Home to School Transport and Post 16 Transport Policies to bring the policy in line with the County Council’s statutory responsibilities and remove the discretionary elements from the service.  The Committee also received a presentation which addressed key areas and set out the responsibility of the local authority to provide free home to school transport for children of compulsory school age in certain circumstances prescribed in legislation.  The circumstances for eligibility were set out, and the costs in providing both statutory and discretionary provision were explained to Members.  Comparisons between the cost of home to school transport for rural and urban authorities was also highlighted as well as the discretionary features of the current home to school policy.

 

The recommendations in the report were detailed to the Committee, which would be considered by the Executive Lead Member for Children’s Services at his decision day later in the afternoon.

 

In response to questions, Members heard:

·         Consultation feedback and responses had been examined and taken into account as well as taking into account managing statutory and discretionary home to school transport services within a reduced budget.

·         That currently 152 children were eligible for home to school transport from Ancells Farm
"""
T["r21b2_westberkshire_1"] = """To report any issues with the information below please email executivecycle@westberks.gov.uk.

Agenda item

Fostering in West Berkshire

Purpose: To provide an oversight of the recruitment, remuneration and initiatives that are both taking place and planned with foster carers in West Berkshire.

Minutes:

Dave Wraight presented the report on Fostering in West Berkshire (Agenda Item 7).

The following points were raised in the debate:

·       Members were very supportive of the report and congratulated the officers.

·       Members asked about the differences in outcomes for fostered children compared with those in other forms of care. It was explained that stability was important. Fostered children cited having someone who cared / looked out for them and was interested in them as being the most important thing to them. Foster carers provided stability, love, care and attention and were de facto parents. This made a tangible difference to those children.

·       A question was asked about how many children were in a care home who didn’t need to be. Officers explained that children were not placed into residential homes who did not need it or unless there were no other placements available. There were around five children who were in residential homes where foster carers were being sought, but there was a shortage of places.

·       Members asked about the potential saving from moving children from residential care to foster homes. Officers indicated that children who they were looking to step down into foster care currently cost between £3,500 - £4,500. The overall cost was £6,500, but that included some children with particular needs who required 2:1 staffing, where it would not be possible to step them down into foster care.
"""
T["r21b2_stockport_1"] = """Venue: Committee Room 2, Town Hall, Stockport. View directions
Contact: Charles Yankiah (0161 474 3206)
No. | Item | ||||||
To approve as a correct record and sign the Minutes of the meeting held on 12 June 2024. Additional documents: Minutes: The Minutes (copies of which had been circulated) of the meeting held on 12 June 2024 were approved as a correct record and signed by the Chair subject to Minute No. 3 - Children, Families & Education Portfolio Performance and Resources Report: 2023/24 Annual Report - “Priority 3: Special Educational Needs and Disabilities”, second bullet point, ‘600 requests’ being amended to correctly read ’60 requests’ |
Declarations of Interest Councillors and officers to declare any interests which they have in any of the items on the agenda for the meeting. Additional documents: Minutes: Councillors and officers were invited to declare any interest which they had in any of the items on the agenda for the meeting.
The following interests were declared:-
Call-In To consider call-in items (if any). Additional documents: Minutes: There were no call-in items to consider. |
Children and Young People Plan 2024-27 To consider a report of the Executive Director People and Integration and Director of Children’s Services.
The report sets out the vision, ambition, and overarching priorities for the next three years. It is a partnership strategy with a shared borough-wide vision and shared ambitions which can only be achieved through harnessing the skills, knowledge, and shared resources across services in public, private, and third sector to meet the needs of our communities.
The Scrutiny Committee is asked to comment on and to endorse the report for submission to Cabinet.
"""
T["r21b2_oxfordshire_2"] = """Agenda item

Follow-up to Call in - Home to School Transport and Travel Policy

At their meeting on 5 July 2018, the Performance Scrutiny Committee considered the decision of Cabinet made on 19 June 2018 following proper notice of a call in. The Committee agreed to refer the decision back to Cabinet for it to consider in the light of material concerns: 

 

The following documents are attached (CA6)

 

(a)       a note of the material concerns of the Performance Scrutiny Committee

 

(b)       a report setting out the names of the Councillors who have required the call in and the reasons given for the Call in.

 

(c)        the report considered by Cabinet on 19 June 2018together with a note of the recommendation of the Education Scrutiny Committee who considered the Cabinet report at their meeting on 18 June 2018. The minute of the Cabinet meeting can be found elsewhere on this agenda.

 

(d)       additional information provided to the Performance Scrutiny Committee in response to the call in

Minutes:

At their meeting on 5 July 2018, the Performance Scrutiny Committee considered the decision of Cabinet made on 19 June 2018 following proper notice of a call in. The Committee referred the decision back to Cabinet for it to consider in the light of material concerns.

 

Councillor Emma Turnbull, Shadow Cabinet Member, Public Health & Education, referred to the recent debate of the Council motion with 51 councillors voting against the proposals following a well informed and insightful debate. Councillor Turnbull stated that the policy had been rushed through and the eligibility criteria unclear. The Strategy was misguided and misjudged and should be part of the wider review. The alternative funding had been shown not to be realistic as it was already being fully used and would affect parent’s child benefit. Councillor Turnbull drew attention to problems with the criteria and suggested that consultation had been lacking.
"""
T["r21b2_centralbedfordshire_1"] = """Agenda item

Agenda item

Quarter One Report on the Fostering Service

 

To consider a report outlining the activity in the Fostering Service during Quarter One.

Minutes:

 

The Panel received a report by the Assistant Director Children’s Services Operations which outlined activity in the Fostering Service during Quarter One (April to June 2015).

 

The report contained updates on various issues including the following:

 

·         Recruitment of Foster Carers

·         Assessments

·         Referrals/Placements

·         Training

·         Ofsted Notifications

·         Allegations

·         Complaints

·         Compliments

·         Annual Budget

·         Reporting to Members – Legal Requirements

·         Risk Management

·         Staffing

·         Conclusion and Next Steps

 

The Head of Corporate Parenting stated that the report before Members was quantitative in its approach but that the Quarter Two report would be qualitative in its content.  He then introduced the Quarter One report, drawing Members’ attention to items of note.  With regard to training, the Head of Corporate Parenting stated that action would be taken to ensure a greater awareness of mental and emotional health issues.

 

In response to Members’ queries the Head of Corporate Parenting stated that funding for asylum seekers under the age of 18 was provided almost in full by the Home Office and he was confident this arrangement would continue.  With regard to the increasing grant of Special Guardianship Orders (SGOs) the Head of Corporate Parenting explained that the increase was nationwide across all local authorities with associated budget pressures.  The grant of SGOs by Central Bedfordshire was forecast to increase by 12 a year though he expected changes relating to the grant of SGOs to be introduced soon.
"""
T["r21b2_wokingham_1"] = """Agenda and minutes

Venue: David Hicks 1 - Civic Offices, Shute End, Wokingham RG40 1BN

Contact: Luciane Bowker  Democratic & Electoral Services Specialist

Items
No. Item

15.

Apologies

To receive any apologies for absence.

Minutes:

Apologies for absence were submitted from Darryl Ward and Councillor Pauline Helliar-Symonds.

16.

Minutes of Previous Meeting pdf icon PDF 386 KB

To confirm the Minutes of the Meeting held on 18 June 2019.

 

Minutes:

The Minutes of the meeting of the Committee held on 18 June 2019 were confirmed as a correct record and signed by the Chairman.

 

Matters arising

 

Members asked why the Special Educational Needs and Disability (SEND) Strategy had not been included in the Agenda.  Jim Leviers, Interim Assistant Director for Education stated that one of the recommendations made by Ofsted was that the strategy should be co-produced.  Therefore the strategy was being revisited through the SEND Improvement Board to include the element of co-production.  The strategy would be submitted to the Committee in the new year.

 

Councillor Miall asked for information relating to the number of first preferences for schools in the Maiden Erlegh ward.  Jim Leviers stated that Maiden Erlegh School had received 42% of first preferences for Year 7 and Addington Primary received 36% of first preferences for first entry to school.

 

Councillor Miall asked for an audit report on the Members’ Christmas collection for Children In Care.  Carol Cammiss, Director of Children’s Services agreed to circulate this information to Members of the Committee.

 

In response to a question Jim Leviers stated that the SEND Improvement Board had held its first meeting and that Health professionals were taking part in the development of the SEND Strategy.

17.

Declaration of Interest

To receive any declarations of interest.

Minutes:

There were no declarations of interest.
"""
T["r21b2_wokingham_2"] = """Agenda and minutes

Children's Services Overview and Scrutiny Committee - Tuesday, 7th January, 2020 7.00 pm

Venue: LGF4 - Civic Offices, Shute End, Wokingham RG40 1BN

Contact: Luciane Bowker  Democratic & Electoral Services Specialist

No. Item



To receive any apologies for absence.


Apologies for absence were submitted from Darryl Ward and Councillor Jenny Cheng.


Minutes of Previous Meeting pdf icon PDF 238 KB

To confirm the Minutes of the Meeting held on 17 September 2019.



The Minutes of the meeting of the Committee held on 17 September 2019 were confirmed as a correct record and signed by the Chairman.


Matters arising


Members reiterated that they would like to receive a report about home educated children.  It was requested that any data available and the educational outcomes of homed educated children be included in the report.  Subsequently it was agreed to add this item to the 17 March 2020 meeting of the Committee.


The Chairman stated that a query had been received in relation to the statement on page 10 which read: “In response to a question Jim Leviers stated that home educators would have to register with Ofsted when they reached a certain number of children.”


Officers clarified by reading out point 3 on page 4 of the guidance issued by the Department for Education:


An ‘independent school’ is defined as a school that is not maintained by a local authority or is not a non-maintained special school, and at which full-time education is provided (a) for five or more pupils of compulsory school age or (b) for at least one pupil of that age who is looked after by a local authority (within the meaning of section 22 of the Children Act 1989) or has a statement of special educational needs or an education, health and care plan.


The document that Officers referred to can be found in the link below:


Declaration of Interest

To receive any declarations of interest


There were no declarations of interest.
"""
