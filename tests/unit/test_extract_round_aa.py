"""Blind round AA: English-language editions and bilingual pages.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S, U and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic and other round tests, and not to run the extractor). Theme: the
English pages a crawler meets beside the Vietnamese ones, 2023-2026, before and after the 2025
merger: English editions of national papers, a UN agency's press release, a provincial
portal's "/en/" page, an investor newsletter, the PCI's own English rankings page, and
bilingual pages that print a Vietnamese paragraph and then its English translation.

* AA1 a national English daily (Vietnam News style, diacritics kept) on the PAR Index and
  SIPAS 2023: "topped", "followed by X (..) and Y", "climbed 14 places, ranked fourth", "HCM
  City rose to 13th", the average of the 63, "came last", ministries, "60th in 2022, climbed to
  25th in 2023";
* AA2 an English news site without diacritics (VnExpress International style) on PCI 2023:
  "73.42 out of 100 points", "were fourth and fifth respectively", "up 8 places", "fell 12
  notches to 17th", top 30 only, a median, regional leaders, PGI 2023, a GRDP growth rank, a
  "Read more" link with a history headline and a country's Global Innovation Index rank;
* AA3 a UNDP-style press release on PAPI 2022: sample size, "14th iteration since ... 2009",
  national average and median, "topped ... followed by", the lowest named, two dimensions in
  English ("control of corruption in the public sector", "e-governance"), a score change, a
  country's Corruption Perceptions Index rank;
* AA4 a city portal's English page (Hue City, centrally run from 2025) on DTI 2023 with
  Vietnamese decimals leaking ("0,6418"), "up from 4th in 2022 and behind only Da Nang (0,7012
  points)", three pillars in English, the national average, ministries, a district's online
  rate, Viet Nam's UN E-Government rank, 2024 dossiers with English decimals;
* AA5 a bilingual Sở Nội vụ page (Vietnamese, then English): tasks "41/46" and "41 of the 46
  tasks", dossiers "1.652.340" and "1,652,340", PAR 2022 "xếp thứ 19/63, tăng 7 bậc" and
  "ranking 19th out of 63 ..., up 7 places", "20/20 sở" / "All 20 departments", a district's
  PAR Index, a target in both languages;
* AA6 a news agency's English interview (VietnamPlus style) with the new Lào Cai (Lào Cai + Yên
  Bái): PAR / SIPAS 2025 "fifth out of 34" and "seventh out of 34", the old Lào Cai's 2024 rank,
  the old Yên Bái's 2024 rank stated only inside a question, a hypothetical ("If ... were
  averaged, ... would have ranked"), 4-month dossiers and tasks, targets, a related link;
* AA7 an investor newsletter summarising PCI 2022 as a bulleted list ("1st (72.95 points)",
  "up 9 places", "down 13 notches"), the median, a GRDP growth rank "first among the 63
  localities", two sub-indices in English ("land access", "informal charges"), regional ranks,
  a country's Global Innovation Index and ASEAN ranks, an "expected to" forecast;
* AA8 a provincial paper's English edition after the merger (Nghệ An, unchanged) with
  Vietnamese number conventions throughout ("39/44 tasks", "1.245.610 dossiers", "72,4%"), the
  Government Office's monthly index in English ("Index of Serving People and Businesses",
  "14th out of 34 ..., up 6 places"), the national average, a ward's online rate, the PAR
  Index 2024 in a sentence of its own, targets;
* AA9 a provincial portal's English page (Long An, 2023): PAR Index 2022 with three components
  in English, SIPAS 2022, PCI 2022, PGI 2022, national average, regional ranks ("leading the
  Mekong Delta", "among the leading group"), a hypothetical ("Had all delayed tasks been
  completed ..., would have exceeded 88%"), DDCI of a city and a department's PAR Index,
  targets;
* AAT1 the PCI's English rankings page: "Rank | Province | Score 2023 | Change", English
  names without diacritics, "=" for unchanged, a median row;
* AAT2 a bilingual Sở Nội vụ page: a Vietnamese and an English lead restating the host's row
  ("tăng 4 bậc" / "up four places"), then "Hạng / Rank | Tỉnh, thành phố / Province | ...",
  each name printed twice in its cell ("Hải Phòng / Hai Phong"), Vietnamese decimals, "–" for
  unchanged, a national-average row;
* AAN1 an English daily on Viet Nam's UN E-Government Development Index (a country's world
  and ASEAN ranks, a city's LOSI rank, world and Asian averages, ministries' DTI, "among the
  leading group", "top 10", targets, a hypothetical "could be among the top 40");
* AAN2 a provincial portal's English page with only traps: a rank stated inside a question,
  targets ("aims to be among the top 5", "is expected to complete all 46 tasks"), a
  hypothetical, regional standing, a GRDP growth rank, DDCI, district-level figures, a median
  and a regional average, Viet Nam's FDI rank.

Gold notes (judgement calls):

* Province keys and component names are the canonical Vietnamese ones even when the text is
  English: "Hai Phong" / "Hải Phòng City" → Hải Phòng, "HCM City" / "Ho Chi Minh City" → Hồ
  Chí Minh, "Hanoi" / "Ha Noi" → Hà Nội, "Ba Ria-Vung Tau" → Bà Rịa - Vũng Tàu, "Thua
  Thien-Hue" / "Hue City" → Thừa Thiên Huế, "Dak Nong" → Đắk Nông, the new "Lao Cai" and "the
  former Lao Cai province" → Lào Cai. English component names map to the domain notes'
  Vietnamese ones: "digital government / economy / society" → Chính quyền số / Kinh tế số /
  Xã hội số; "control of corruption in the public sector" → Kiểm soát tham nhũng trong khu
  vực công; "e-governance" → Quản trị điện tử; "land access" → Tiếp cận đất đai; "informal
  charges" → Chi phí không chính thức; "administrative procedure reform" → Cải cách thủ tục
  hành chính; "public finance reform" → Cải cách tài chính công; "civil service reform" →
  Cải cách chế độ công vụ. The Government Office's "Index of Serving People and Businesses"
  is the monthly service index (``SERVICE_INDEX_766``), its facts carrying ``period``.
* A bilingual page states each fact twice (AA5, AAT2's lead and row): one gold fact. A table
  cell "Hải Phòng / Hai Phong" is one province.
* "topped" / "led" / "ranked first" is rank 1; "followed by X (..) and Y" gives ranks 2 and 3
  (held-out convention for "tiếp theo là"); "were fourth and fifth respectively" gives 4 and
  5. "up 8 places" / "up four places" is ``rank_change`` +8 / +4, "fell 12 notches to 17th" /
  "down 13 notches" is -12 / -13 with the rank; "climbed to 25th" and "rose to 13th" are ranks
  with no stated change (a change computed from two ranks is not stated). "73.42 out of 100
  points" and "47.14 points out of 80" are the scale, not ``rank_of``.
* ``rank_of`` is required only when printed with the rank ("ranking 2nd out of 63", "fifth out
  of 34", "14th out of 34", "3/63"); where the article only implies the total ("the average
  of the 63 provinces", "ranking all 63 provinces", "nationwide", a table lead "among the 63
  provinces and cities surveyed") it is a separate optional fact (``implied_rank_of``). AA2
  (PCI 2023, only the top 30 published, no total printed) gives no ``rank_of`` at all.
* Previous-year figures inside the sentence ("Tây Ninh, 60th in 2022, climbed to 25th in
  2023"; "up from 4th in 2022") are the fact's ``prev_rank``, and optional facts of their own
  year. AA2's "Quang Ninh, which had led the rankings for the previous six years" is history:
  an optional ``prev_rank`` 1 and an optional PCI 2022 rank 1. AA8's "In 2024, Nghe An ranked
  11th in the PAR Index with 89,15%" is a sentence of its own: a required 2024 fact.
* Named lowest results ("Lai Châu came last with 80.25 per cent", "Dak Nong had the lowest
  aggregate score") are optional (round N / O convention), rank 63 included. "posted the best
  score on informal charges (7.80)" gives the score; its rank 1 is optional (round Y's "cao
  nhất cả nước"). "behind only Da Nang (0,7012 points)" gives Đà Nẵng's score; its rank 1 is
  optional.
* Not facts: a figure stated only inside a question (AA6's "the former Yen Bai province
  ranked fourth", AAN2's "where it ranked 2nd in 2019"), hypotheticals ("If ... were averaged,
  ... would have ranked only around 10th", "Had all delayed tasks been completed ..., would
  have exceeded 88%", "could be among the top 40"), national averages and medians, "top 10",
  "top 30", "among the leading group", regional ranks ("led the Mekong Delta", "ranked second
  in the Southeast region", "topped the northern midlands and mountainous region"), targets
  ("aims to be in the top three ... by 2027", "is expected to complete all 46 tasks"), a
  forecast ("are expected to rejoin the top 10"), Viet Nam's world and ASEAN ranks (UN EGDI,
  Global Innovation Index, Corruption Perceptions Index, FDI), Hà Nội's rank among world
  cities (LOSI), ministries' PAR Index and DTI, a district's or a ward's figures (Trấn Yên,
  Phong Điền, Trường Vinh, Thủ Dầu Một, Bến Cát, Dĩ An), DDCI, GRDP growth ranks ("first
  among the 63 localities", "the second-fastest rate in the country"), "sixth year in a row",
  "14th iteration since ... 2009", "All 20 departments" / "20/20 sở".
* Dossiers: "98.7% were resolved on time" / "tỷ lệ giải quyết đúng hạn đạt 98,7%" (no early
  share printed) is ``on_time_pct``; "99.1 percent were handled on time or ahead of schedule"
  is the combined share, an optional ``on_time_pct``. An online share "of the total received"
  gives an optional ``online_total`` equal to the received count. The provincial centre and
  every commune-level centre together are "toàn tỉnh" (round Y's Y8). AA6's "By the end of
  April" of 2026 is "2026-04M"; AA8's "in the first 11 months of 2025" is "2025-11M".
* A "Related news" link restating a result ("PAR Index 2025: Hai Phong tops 34 localities")
  is optional (round S).

First score: prose **0.676 / 0.390** (tp=46 fp=22 fn=72), tables F1 0.717 (AAT2's bilingual
table not read), AAN2 emitted 3 facts, both on the extractor it was commissioned at (453212c)
and on arrival (6f32cde): the lowest blind first score since round B, so English pages are the
weakest kind the crawler keeps. First fixes (same session, extractor 1.10.0): ordinals in words
("came fourth", "fifth out of 34"), "rose to 13th" and "fell 12 notches to 17th", "followed by
A (x) and B", "A and B were fourth and fifth respectively", a short results sentence between
English ones, "the northern province", "Hanoi" and "HCM City", the former provinces a merged one
was formed from, English interview questions, ministries, the country, regional ranks, GRDP and
district-level indices, DDCI -> 0.833 / 0.593; then a bilingual table cell ("Hải Phòng / Hai
Phong"), an English comparison year before a table, dossier shares ("72,4% ahead of schedule,
26,1% on time"), "During the period", PAPI's dimensions in English, each figure's own
component, score changes ("gaining 2.15 points ... to reach"), PGI, "which had led" as
history, the headline's period, a bilingual banner and title, "Ho Chi Minh City", ", seventh
out of 34" -> prose **0.990 / 0.873** (tp=103 fp=1 fn=15), tables 1.000, negatives clean.
Left: "Tây Ninh, 60th in 2022, climbed to 25th" (AA1), pillars listed with their ranks and
"up from 4th in 2022" (AA4), a bulleted list's changes (AA7), a component "the weakest area,
ranking only 41st" (AA9).

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, implied_rank_of, optional, svc,
                                  task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
KSTN = "Kiểm soát tham nhũng trong khu vực công"
QTDT = "Quản trị điện tử"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_AA: list[Case] = [
# ------------------------------------------------------------------ national English editions
Case("AA1 national English daily (diacritics kept): PAR/SIPAS 2023, 'topped', 'followed by X (..) and Y', 'climbed 14 places, ranked fourth', 'HCM City rose to 13th', average of the 63, 'came last', ministries, '60th in 2022, climbed to 25th in 2023'",
"https://vietnamnews.vn/politics-laws/1654321/quang-ninh-leads-par-index-for-sixth-straight-year.html",
dt.date(2024, 4, 18),
"""VIETNAM NEWS
Politics & Law | Society | Economy | Life & Style | Opinion | Sports
POLITICS & LAW
Quảng Ninh leads PAR Index for sixth straight year
April 18, 2024 - 08:12
HÀ NỘI — Quảng Ninh Province has topped the Public Administration Reform Index (PAR Index) for the sixth year in a row, according to results announced on Wednesday by the Government's Steering Committee for Public Administration Reform.
The northern province scored 91.26 per cent in the PAR Index 2023, followed by Hải Phòng City (90.57 per cent) and Bắc Ninh Province. Thanh Hóa, which climbed 14 places, ranked fourth with 89.71 per cent, while HCM City rose to 13th.
The average PAR Index of the 63 provinces and cities was 85.12 per cent, up 0.6 percentage points from 2022. Lai Châu came last with 80.25 per cent.
Among the 17 ministries and ministerial-level agencies, the Ministry of Justice topped the rankings with 91.45 per cent, followed by the State Bank of Việt Nam.
In the Satisfaction Index of Public Administration Services (SIPAS) 2023, the national satisfaction rate was 80.08 per cent. Hải Phòng ranked first with 86.91 per cent, followed by Quảng Ninh and Lào Cai. Tây Ninh, 60th in 2022, climbed to 25th in 2023.
Speaking at the event, the Deputy Prime Minister asked ministries and localities to analyse the criteria on which they lost points, so that no province scores below 85 per cent in 2024.
Related news
- PAR Index 2022: Quảng Ninh, Hải Phòng keep top positions
- Government steering committee reviews first-quarter reform tasks
© Copyright Vietnam News, All rights reserved.""",
[idx("Quảng Ninh", PAR, 2023, score=91.26, rank=1),
 idx("Hải Phòng", PAR, 2023, score=90.57, rank=2),
 idx("Bắc Ninh", PAR, 2023, rank=3),
 idx("Thanh Hóa", PAR, 2023, score=89.71, rank=4, rank_change=14),
 idx("Hồ Chí Minh", PAR, 2023, rank=13),
 implied_rank_of("Quảng Ninh", PAR, 2023, 63), implied_rank_of("Hải Phòng", PAR, 2023, 63),
 implied_rank_of("Bắc Ninh", PAR, 2023, 63), implied_rank_of("Thanh Hóa", PAR, 2023, 63),
 implied_rank_of("Hồ Chí Minh", PAR, 2023, 63),
 # the named lowest: optional
 optional(idx("Lai Châu", PAR, 2023, score=80.25, rank=63, rank_of=63)),
 idx("Hải Phòng", SIPAS, 2023, score=86.91, rank=1),
 idx("Quảng Ninh", SIPAS, 2023, rank=2),
 idx("Lào Cai", SIPAS, 2023, rank=3),
 idx("Tây Ninh", SIPAS, 2023, rank=25, prev_rank=60),
 optional(idx("Tây Ninh", SIPAS, 2022, rank=60)),
 implied_rank_of("Hải Phòng", SIPAS, 2023, 63), implied_rank_of("Quảng Ninh", SIPAS, 2023, 63),
 implied_rank_of("Lào Cai", SIPAS, 2023, 63), implied_rank_of("Tây Ninh", SIPAS, 2023, 63)]),

Case("AA2 English news site without diacritics: PCI 2023 '73.42 out of 100 points', 'were fourth and fifth respectively', 'up 8 places', 'fell 12 notches to 17th', top 30 only, median, regional leaders, PGI 2023, GRDP rank, 'Read more' links",
"https://e.vnexpress.net/news/business/economy/hai-phong-tops-provincial-competitiveness-rankings-for-first-time-4745120.html",
dt.date(2024, 5, 10),
"""VnExpress International
News | Business | Travel | Life | Sports | World | Perspectives
Business > Economy
Hai Phong tops provincial competitiveness rankings for first time
By Minh Son   May 10, 2024 | 03:05 pm GMT+7
Northern port city Hai Phong has topped Vietnam's Provincial Competitiveness Index (PCI) for the first time, scoring 73.42 out of 100 points in the PCI 2023 rankings released by the Vietnam Chamber of Commerce and Industry (VCCI) on Thursday.
Long An came second with 72.07 points. Quang Ninh, which had led the rankings for the previous six years, came third with 71.35.
Ba Ria-Vung Tau and Bac Giang were fourth and fifth respectively, while Hanoi stood at 10th.
Ho Chi Minh City ranked 14th, up 8 places, and Da Nang fell 12 notches to 17th.
This year VCCI only published the scores of the top 30 localities. The median score was 65.7 points.
Long An led the Mekong Delta region, while Thai Nguyen topped the northern midlands and mountainous region.
Thai Nguyen also led the Provincial Green Index (PGI) 2023, released alongside the PCI, with 24.41 points.
Hai Phong's economy grew 10.34% last year, the second-fastest rate in the country, driven by manufacturing and logistics.
"Provinces that cut informal charges and time costs are the ones that rose," a VCCI official said.
Read more
- Vietnam ranks 46th in Global Innovation Index
- Quang Ninh leads PCI for sixth straight year
Copyright © 1997-2024 VnExpress. All rights reserved.""",
[idx("Hải Phòng", PCI, 2023, score=73.42, rank=1),
 idx("Long An", PCI, 2023, score=72.07, rank=2),
 idx("Quảng Ninh", PCI, 2023, score=71.35, rank=3),
 # history: six years at the top before 2023
 optional(idx("Quảng Ninh", PCI, 2023, prev_rank=1)),
 optional(idx("Quảng Ninh", PCI, 2022, rank=1)),
 idx("Bà Rịa - Vũng Tàu", PCI, 2023, rank=4),
 idx("Bắc Giang", PCI, 2023, rank=5),
 idx("Hà Nội", PCI, 2023, rank=10),
 idx("Hồ Chí Minh", PCI, 2023, rank=14, rank_change=8),
 idx("Đà Nẵng", PCI, 2023, rank=17, rank_change=-12),
 idx("Thái Nguyên", PGI, 2023, score=24.41, rank=1)]),

Case("AA3 UNDP-style press release: PAPI 2022, sample and history, national average and median, 'topped ... followed by', lowest named, two dimensions in English, a score change, a country's CPI rank",
"https://www.undp.org/vietnam/press-releases/papi-2022-citizens-report-improvements-e-governance-concerns-over-environmental-governance",
dt.date(2023, 4, 12),
"""UNDP Viet Nam
Home | About us | Our work | Publications | News centre | Careers
Press release
PAPI 2022: Citizens report improvements in e-governance, concerns over environmental governance
April 12, 2023
Ha Noi, 12 April 2023 – The 2022 Viet Nam Provincial Governance and Public Administration Performance Index (PAPI) Report was launched today by the Centre for Community Support and Development Studies (CECODES), the Centre for Research and Training of the Viet Nam Fatherland Front (VFF-CRT), Real-Time Analytics and the United Nations Development Programme (UNDP) in Viet Nam.
The report reflects the experiences of 16,117 randomly selected citizens across all 63 provinces and cities. It is the 14th iteration of PAPI since the index was piloted in 2009.
Nationwide, e-governance remained the weakest of the eight dimensions, with an average score of 3.58 points out of 10, while the national median aggregate score was 42.7 points out of 80.
At the provincial level, Quang Ninh topped the 2022 aggregate PAPI with 47.14 points out of 80, followed by Hai Phong (45.82) and Binh Dinh (45.33). Dak Nong had the lowest aggregate score, at 38.01 points.
Ben Tre led the country on control of corruption in the public sector with 7.41 points, and Thua Thien-Hue ranked second on e-governance with 4.62 points. Ha Giang recorded the largest improvement, gaining 2.15 points from 2021 to reach 42.60 points.
"Citizens' voices captured by PAPI should inform the next steps of public administration reform," the UNDP Resident Representative in Viet Nam said at the launch.
Internationally, Viet Nam ranked 78th out of 180 countries in the Corruption Perceptions Index 2022.
The full report and provincial profiles are available at www.papi.org.vn.
Media contact: Communications Unit, UNDP Viet Nam
© 2023 United Nations Development Programme""",
[idx("Quảng Ninh", PAPI, 2022, score=47.14, rank=1),
 idx("Hải Phòng", PAPI, 2022, score=45.82, rank=2),
 idx("Bình Định", PAPI, 2022, score=45.33, rank=3),
 implied_rank_of("Quảng Ninh", PAPI, 2022, 63), implied_rank_of("Hải Phòng", PAPI, 2022, 63),
 implied_rank_of("Bình Định", PAPI, 2022, 63),
 optional(idx("Đắk Nông", PAPI, 2022, score=38.01, rank=63, rank_of=63)),
 idx("Bến Tre", PAPI, 2022, KSTN, score=7.41, rank=1),
 idx("Thừa Thiên Huế", PAPI, 2022, QTDT, score=4.62, rank=2),
 implied_rank_of("Bến Tre", PAPI, 2022, 63, KSTN), implied_rank_of("Thừa Thiên Huế", PAPI, 2022, 63, QTDT),
 idx("Hà Giang", PAPI, 2022, score=42.6, score_change=2.15)]),

# ------------------------------------------------------------------ provincial English pages
Case("AA4 city portal's English page (Hue City): DTI 2023 with Vietnamese decimals '0,6418', 'up from 4th in 2022 and behind only Da Nang (0,7012 points)', pillars in English, national average, ministries, a district, UN EGDI, 2024 dossiers",
"https://hue.gov.vn/en/News/Digital-transformation/tid/Hue-ranks-second-nationwide-in-Digital-Transformation-Index-2023/newsid/4B7D21E0",
dt.date(2025, 2, 12),
"""HUE CITY PORTAL - ENGLISH
Home | About Hue | News | Investment | Tourism | Contact | Tiếng Việt
News > Digital transformation
Hue ranks second nationwide in Digital Transformation Index 2023
12/02/2025
On February 6, the Ministry of Information and Communications (MIC) announced the Digital Transformation Index (DTI) 2023 of ministries, agencies and the 63 provinces and cities. Hue City scored 0,6418 points, ranking 2nd out of 63 provinces and cities, up from 4th in 2022 and behind only Da Nang (0,7012 points).
Of the three pillars, Hue ranked 1st in digital government with 0,7230 points, 3rd in digital society and 12th in digital economy. The national average DTI was 0,5618 points.
Among ministries and ministerial-level agencies providing public services, the Ministry of Finance led the rankings; among those not providing public services, the Ministry of Foreign Affairs came first.
In 2024, the city's information system for administrative procedures received 612,450 dossiers, 81.2% of which were submitted online. Phong Dien town had the highest online rate among the city's districts and towns, at 93.4%.
At the national level, Viet Nam rose 15 places to 71st out of 193 countries in the United Nations E-Government Development Index 2024.
The city aims to remain in the top 3 of the DTI in the coming years and to make the digital economy 20% of its GRDP by 2030.
Related news
- Hue officially becomes a centrally-run city
- Hue Smart City Monitoring and Operation Centre marks six years
Copyright © Hue City People's Committee. Address: 16 Le Loi, Hue City.""",
[idx("Thừa Thiên Huế", DTI, 2023, score=0.6418, rank=2, rank_of=63, prev_rank=4),
 optional(idx("Thừa Thiên Huế", DTI, 2022, rank=4)),
 idx("Đà Nẵng", DTI, 2023, score=0.7012),
 # "behind only Da Nang": Đà Nẵng's rank 1 is a judgement call
 optional(idx("Đà Nẵng", DTI, 2023, rank=1, rank_of=63)),
 idx("Thừa Thiên Huế", DTI, 2023, "Chính quyền số", score=0.723, rank=1),
 idx("Thừa Thiên Huế", DTI, 2023, "Xã hội số", rank=3),
 idx("Thừa Thiên Huế", DTI, 2023, "Kinh tế số", rank=12),
 implied_rank_of("Thừa Thiên Huế", DTI, 2023, 63, "Chính quyền số"),
 implied_rank_of("Thừa Thiên Huế", DTI, 2023, 63, "Xã hội số"),
 implied_rank_of("Thừa Thiên Huế", DTI, 2023, 63, "Kinh tế số"),
 _scope(dos("Thừa Thiên Huế", "2024", received=612450, online_pct=81.2), "toàn thành phố"),
 optional(_scope(dos("Thừa Thiên Huế", "2024", online_total=612450), "toàn thành phố"))]),

Case("AA5 bilingual SNV page (Vietnamese then English): tasks '41/46' and '41 of the 46 tasks', dossiers '1.652.340' and '1,652,340', PAR 2022 '19/63, tăng 7 bậc' and '19th out of 63, up 7 places', '20/20 sở', a district's PAR Index, targets in both languages",
"https://sonoivu.yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=1187&l=Tinhoatdong&lv=11",
dt.date(2024, 1, 15),
"""SỞ NỘI VỤ TỈNH YÊN BÁI - YEN BAI DEPARTMENT OF HOME AFFAIRS
Trang chủ | Giới thiệu | Tin tức | Văn bản | English
Kết quả cải cách hành chính năm 2023 / Administrative reform results in 2023
15/01/2024 | Lượt xem: 214
[Tiếng Việt]
Năm 2023, tỉnh Yên Bái đã hoàn thành 41/46 nhiệm vụ của Kế hoạch CCHC năm 2023; 5 nhiệm vụ còn lại chuyển sang năm 2024. 20/20 sở, ban, ngành và 9/9 huyện, thị xã, thành phố đã ban hành kế hoạch CCHC của đơn vị mình.
Toàn tỉnh tiếp nhận 1.652.340 hồ sơ TTHC, đã giải quyết 1.640.118 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 98,7%; tỷ lệ hồ sơ nộp trực tuyến chiếm 54,3%.
Chỉ số CCHC năm 2022 của tỉnh đạt 85,91%, xếp thứ 19/63 tỉnh, thành phố, tăng 7 bậc so với năm 2021. Huyện Trấn Yên dẫn đầu Chỉ số CCHC cấp huyện năm 2022 với 91,2 điểm.
Năm 2024, tỉnh phấn đấu Chỉ số CCHC vào nhóm 15 tỉnh, thành phố dẫn đầu, tỷ lệ hồ sơ trực tuyến đạt trên 60%.
[English]
In 2023, Yen Bai province completed 41 of the 46 tasks in its 2023 administrative reform plan; the remaining 5 tasks were carried over to 2024. All 20 departments and all 9 districts, towns and cities issued their own reform plans.
The province received 1,652,340 dossiers and resolved 1,640,118 of them; 98.7% were resolved on time and 54.3% were submitted online.
The province's Public Administration Reform Index (PAR Index) 2022 reached 85.91%, ranking 19th out of 63 provinces and cities, up 7 places from 2021. Tran Yen district led the district-level PAR Index 2022 with 91.2 points.
In 2024, the province aims to be among the top 15 in the PAR Index and to raise the online submission rate above 60%.
Bản quyền thuộc Sở Nội vụ tỉnh Yên Bái | Copyright © Yen Bai Department of Home Affairs
Địa chỉ / Address: Tổ 1, phường Đồng Tâm, TP. Yên Bái | ĐT: 0216.3852.164""",
[task("Yên Bái", "2023", 41, 46),
 _scope(dos("Yên Bái", "2023", received=1652340, resolved=1640118, on_time_pct=98.7, online_pct=54.3), TT),
 optional(_scope(dos("Yên Bái", "2023", online_total=1652340), TT)),
 idx("Yên Bái", PAR, 2022, score=85.91, rank=19, rank_of=63, rank_change=7)]),

Case("AA6 news agency's English interview with the new Lào Cai (Lào Cai + Yên Bái): PAR/SIPAS 2025 'fifth out of 34' / 'seventh out of 34', old Lào Cai's 2024 rank, old Yên Bái's rank only in a question, a hypothetical, 4-month dossiers and tasks, targets, a related link",
"https://en.vietnamplus.vn/lao-cai-aims-higher-after-climbing-into-par-index-top-five-post321458.vnp",
dt.date(2026, 5, 18),
"""VietnamPlus
Politics | Business | Society | Culture | Sports | Multimedia
Lao Cai aims higher after climbing into PAR Index top five
Monday, May 18, 2026 14:20 [GMT+7]
Lao Cai (VNA) – The newly merged province of Lao Cai, formed on July 1, 2025 from the former provinces of Lao Cai and Yen Bai, ranked fifth out of 34 provinces and cities in the Public Administration Reform Index (PAR Index) 2025 with 91.20 percent, according to results released by the Government's Steering Committee for Public Administration Reform on May 12. Its Satisfaction Index of Public Administration Services (SIPAS) 2025 stood at 86.45 percent, seventh out of 34.
Vietnam News Agency talked with Nguyen Van K., Director of the provincial Department of Home Affairs, about the results.
Question: In 2024, the former Yen Bai province ranked fourth in the PAR Index. How will the merged province build on that?
Answer: We kept the approaches that worked in both localities. In 2024, the former Lao Cai province ranked 22nd out of 63 with 87.64 percent. If the two former provinces' 2024 scores were averaged, the new province would have ranked only around 10th, so this year's fifth place shows real progress.
Question: What about the workload of administrative procedures?
Answer: In the first four months of 2026, the provincial public administrative service centre and the 99 commune-level centres received 245,310 dossiers, and 99.1 percent were handled on time or ahead of schedule. By the end of April we had completed 14 of the 48 tasks in our 2026 reform plan.
Question: What are the targets for the coming years?
Answer: The province aims to be in the top three of the PAR Index by 2027 and to keep SIPAS among the leading group.
Related news
- PAR Index 2025: Hai Phong tops 34 localities
- Lao Cai launches digital one-stop shops in 99 communes
VietnamPlus - Vietnam News Agency (VNA) © 2026""",
[idx("Lào Cai", PAR, 2025, score=91.2, rank=5, rank_of=34),
 idx("Lào Cai", SIPAS, 2025, score=86.45, rank=7, rank_of=34),
 idx("Lào Cai", PAR, 2024, score=87.64, rank=22, rank_of=63),
 _scope(dos("Lào Cai", "2026-04M", received=245310), TT),
 # "on time or ahead of schedule" together
 optional(_scope(dos("Lào Cai", "2026-04M", on_time_pct=99.1), TT)),
 task("Lào Cai", "2026-04M", 14, 48),
 # a related link
 optional(idx("Hải Phòng", PAR, 2025, rank=1, rank_of=34))]),

Case("AA7 investor newsletter: PCI 2022 as a bulleted list ('1st (72.95 points)', 'up 9 places', 'down 13 notches'), median, a GRDP rank 'first among the 63 localities', two sub-indices in English, regional ranks, GII and ASEAN ranks, a forecast",
"https://vir.com.vn/investor-newsletter-pci-2022-what-the-provincial-rankings-mean-for-investors-101845.html",
dt.date(2023, 4, 20),
"""VIR - Vietnam Investment Review | Investor Newsletter
Home | Investing | Finance | Companies | Property | Newsletter
Investor Newsletter, April 20, 2023
PCI 2022: What the provincial rankings mean for investors
The Vietnam Chamber of Commerce and Industry (VCCI) released its Provincial Competitiveness Index (PCI) 2022 report on April 11, ranking all 63 provinces and cities on the quality of their economic governance. For foreign investors choosing where to set up manufacturing, the index remains one of the most-cited benchmarks.
Key results
- Quang Ninh: 1st (72.95 points), its sixth straight year at the top
- Hai Phong: 2nd (70.61 points)
- Long An: 3rd (70.37 points)
- Bac Giang: 4th (69.56 points), up 9 places
- Bac Ninh: 26th (64.83 points), down 13 notches
The national median score was 65.05 points. Bac Giang was also the country's fastest-growing economy in 2022, with GRDP growth of 19.3 percent, first among the 63 localities.
Sub-indices: Bac Giang led the nation on land access with 7.65 points, while Long An posted the best score on informal charges (7.80).
Regional picture: Long An led the Mekong Delta, and Ba Ria-Vung Tau ranked second in the Southeast region.
Viet Nam as a whole climbed to 48th out of 132 economies in the Global Innovation Index 2022 and ranked 4th in ASEAN.
Hanoi and Ho Chi Minh City are expected to rejoin the top 10 in 2023, according to VCCI.
Subscribe to the Investor Newsletter | Contact our research desk
© Vietnam Investment Review. All rights reserved.""",
[idx("Quảng Ninh", PCI, 2022, score=72.95, rank=1),
 idx("Hải Phòng", PCI, 2022, score=70.61, rank=2),
 idx("Long An", PCI, 2022, score=70.37, rank=3),
 idx("Bắc Giang", PCI, 2022, score=69.56, rank=4, rank_change=9),
 idx("Bắc Ninh", PCI, 2022, score=64.83, rank=26, rank_change=-13),
 implied_rank_of("Quảng Ninh", PCI, 2022, 63), implied_rank_of("Hải Phòng", PCI, 2022, 63),
 implied_rank_of("Long An", PCI, 2022, 63), implied_rank_of("Bắc Giang", PCI, 2022, 63),
 implied_rank_of("Bắc Ninh", PCI, 2022, 63),
 idx("Bắc Giang", PCI, 2022, "Tiếp cận đất đai", score=7.65, rank=1),
 implied_rank_of("Bắc Giang", PCI, 2022, 63, "Tiếp cận đất đai"),
 idx("Long An", PCI, 2022, "Chi phí không chính thức", score=7.8),
 # "posted the best score": rank 1 is a judgement call
 optional(idx("Long An", PCI, 2022, "Chi phí không chính thức", rank=1, rank_of=63))]),

Case("AA8 provincial paper's English edition after the merger with Vietnamese number conventions: '39/44 tasks', '1.245.610 dossiers', '72,4%', the monthly index in English '14th out of 34, up 6 places', national average, a ward, PAR 2024 in its own sentence, targets",
"https://baonghean.vn/en/nghe-an-completes-39-of-44-administrative-reform-tasks-in-11-months-10312458.html",
dt.date(2025, 12, 8),
"""BAO NGHE AN - ENGLISH EDITION
News | Politics | Economy | Society | Culture | Travel | Tiếng Việt
Nghe An completes 39 of 44 administrative reform tasks in 11 months
08/12/2025 - 09:15
(Baonghean.vn) - According to the provincial Department of Home Affairs, in the first 11 months of 2025 Nghe An completed 39/44 tasks of its 2025 administrative reform plan; the remaining 5 tasks are being implemented.
During the period, the provincial public administrative service centre and the 130 commune-level centres received 1.245.610 dossiers, of which 1.201.332 were resolved: 72,4% ahead of schedule, 26,1% on time and 1,5% late. Online dossiers accounted for 68,9% of the total received.
In October 2025, Nghe An scored 84,36 points in the Government Office's Index of Serving People and Businesses, ranking 14th out of 34 provinces and cities, up 6 places from September. The national average was 81,02 points. Truong Vinh ward led the province with an online rate of 96,5%.
In 2024, Nghe An ranked 11th in the Public Administration Reform Index (PAR Index) with 89,15%.
The province aims to be in the top 10 of the service index by the end of 2025 and to bring the late rate below 1%.
Related news
- Nghe An: 130 communes and wards operate public administrative service centres
- Vinh Phu ward pilots cashless payment of fees
Copyright © Nghe An Newspaper - Voice of the Nghe An Provincial Party Committee""",
[task("Nghệ An", "2025-11M", 39, 44),
 _scope(dos("Nghệ An", "2025-11M", received=1245610, resolved=1201332, early_pct=72.4, on_time_pct=26.1, late_pct=1.5,
            online_pct=68.9), TT),
 optional(_scope(dos("Nghệ An", "2025-11M", online_total=1245610), TT)),
 svc("Nghệ An", "2025-10", score=84.36, rank=14, rank_of=34, rank_change=6),
 idx("Nghệ An", PAR, 2024, score=89.15, rank=11),
 implied_rank_of("Nghệ An", PAR, 2024, 63)]),

Case("AA9 provincial portal's English page (Long An, 2023): PAR 2022 with three components in English, SIPAS, PCI and PGI 2022, national average, 'leading the Mekong Delta', 'among the leading group', a hypothetical, DDCI, a department, targets",
"https://www.longan.gov.vn/en/Pages/news-detail.aspx?ItemID=2318&cat=government",
dt.date(2023, 5, 8),
"""LONG AN PROVINCE PORTAL
Home | Government | Investment | News | Tourism | Tiếng Việt
News > Government
Long An improves in major governance indices
08/05/2023
Long An's Public Administration Reform Index (PAR Index) 2022 reached 86.35%, ranking 17th out of 63 provinces and cities, up 7 places from 2021, according to results announced by the Ministry of Home Affairs on April 19. The national average was 84.79%.
Among the component indices, administrative procedure reform ranked 5th with 12.81 points out of 14, and public finance reform ranked 3rd. Civil service reform was the weakest area, ranking only 41st.
The province's Satisfaction Index of Public Administration Services (SIPAS) 2022 reached 81.62%, ranking 28th; the province was among the leading group in the Mekong Delta.
In the Provincial Competitiveness Index (PCI) 2022 released by VCCI, Long An scored 70.37 points and ranked 3rd nationwide, leading the Mekong Delta for the second year. In the Provincial Green Index (PGI), published for the first time in 2022, the province scored 18.47 points and ranked 9th.
Had all delayed tasks been completed on schedule, the province's PAR Index would have exceeded 88%, the Department of Home Affairs estimated.
Tan An City led the province's DDCI 2022 with 84.6 points, while the Department of Justice topped the department-level PAR Index.
The province aims to be in the top 10 of the PAR Index and the top 5 of the PCI by 2025.
Related articles
- Long An hosts investment promotion conference 2023
- Long An: 100% of communes connected to the shared one-stop system
Copyright © Long An Provincial People's Committee""",
[idx("Long An", PAR, 2022, score=86.35, rank=17, rank_of=63, rank_change=7),
 idx("Long An", PAR, 2022, "Cải cách thủ tục hành chính", score=12.81, rank=5),
 idx("Long An", PAR, 2022, "Cải cách tài chính công", rank=3),
 idx("Long An", PAR, 2022, "Cải cách chế độ công vụ", rank=41),
 implied_rank_of("Long An", PAR, 2022, 63, "Cải cách thủ tục hành chính"),
 implied_rank_of("Long An", PAR, 2022, 63, "Cải cách tài chính công"),
 implied_rank_of("Long An", PAR, 2022, 63, "Cải cách chế độ công vụ"),
 idx("Long An", SIPAS, 2022, score=81.62, rank=28),
 implied_rank_of("Long An", SIPAS, 2022, 63),
 idx("Long An", PCI, 2022, score=70.37, rank=3),
 implied_rank_of("Long An", PCI, 2022, 63),
 idx("Long An", PGI, 2022, score=18.47, rank=9),
 implied_rank_of("Long An", PGI, 2022, 63)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _row(province: str, index: str, year: int, rank: int, score: float, change: int | None) -> list[dict[str, object]]:
    facts = [idx(province, index, year, score=score, rank=rank), implied_rank_of(province, index, year, 63)]
    if change is None:  # "=" / "–" in the change column: unchanged, neither rewarded nor penalised
        facts.append(optional(idx(province, index, year, rank_change=0)))
    else:
        facts.append(idx(province, index, year, rank_change=change))
    return facts


TABLES_AA: list[Case] = [
Case("AAT1 the PCI's English rankings page: 'Rank | Province | Score 2023 | Change', names without diacritics, '=' for unchanged, a median row",
"https://pcivietnam.vn/en/news/pci-2023-rankings-top-10-provinces-and-cities",
dt.date(2024, 5, 9),
"""PCI Viet Nam | The Provincial Competitiveness Index
Home | About PCI | Rankings | Publications | Tiếng Việt
PCI 2023 rankings: top 10 provinces and cities
09/05/2024
The table below shows the ten best-performing localities in the PCI 2023 among the 63 provinces and cities surveyed. Change: places versus PCI 2022.
Rank | Province | Score 2023 | Change
1 | Hai Phong | 73.42 | +1
2 | Long An | 72.07 | +1
3 | Quang Ninh | 71.35 | -2
4 | Ba Ria - Vung Tau | 70.95 | +5
5 | Bac Giang | 70.60 | -1
6 | Dong Thap | 70.18 | =
7 | Thua Thien Hue | 69.74 | +8
8 | Bac Ninh | 69.51 | +18
9 | Vinh Phuc | 69.12 | -2
10 | Ha Noi | 68.82 | +4
Median (63 provinces) | 65.70 |
Source: VCCI, PCI 2023 report
Download the full report (PDF, 12 MB)
© VCCI - USAID""",
_row("Hải Phòng", PCI, 2023, 1, 73.42, 1) + _row("Long An", PCI, 2023, 2, 72.07, 1)
+ _row("Quảng Ninh", PCI, 2023, 3, 71.35, -2) + _row("Bà Rịa - Vũng Tàu", PCI, 2023, 4, 70.95, 5)
+ _row("Bắc Giang", PCI, 2023, 5, 70.6, -1) + _row("Đồng Tháp", PCI, 2023, 6, 70.18, None)
+ _row("Thừa Thiên Huế", PCI, 2023, 7, 69.74, 8) + _row("Bắc Ninh", PCI, 2023, 8, 69.51, 18)
+ _row("Vĩnh Phúc", PCI, 2023, 9, 69.12, -2) + _row("Hà Nội", PCI, 2023, 10, 68.82, 4),
table=True),

Case("AAT2 bilingual SNV page: Vietnamese and English leads restating the host's row ('tăng 4 bậc' / 'up four places'), 'Hạng / Rank | Tỉnh, thành phố / Province | ...', each name twice in its cell, Vietnamese decimals, '–' for unchanged, a national-average row",
"https://sonoivu.bacgiang.gov.vn/node/201458",
dt.date(2025, 5, 22),
"""SỞ NỘI VỤ TỈNH BẮC GIANG | BAC GIANG DEPARTMENT OF HOME AFFAIRS
Trang chủ / Home > Tin tức / News
Bắc Giang xếp thứ 3/63 về Chỉ số CCHC năm 2024 / Bac Giang ranks 3rd in PAR Index 2024
22/05/2025 | Lượt xem: 356
Theo kết quả Chỉ số CCHC năm 2024 do Ban Chỉ đạo CCHC của Chính phủ công bố, tỉnh Bắc Giang đạt 91,37%, xếp thứ 3/63, tăng 4 bậc so với năm 2023.
According to the PAR Index 2024 announced by the Government's Steering Committee for Public Administration Reform, Bac Giang scored 91.37%, ranking 3rd out of 63, up four places from 2023.
Bảng xếp hạng 10 địa phương dẫn đầu / Top 10 localities
Hạng / Rank | Tỉnh, thành phố / Province | Điểm / Score (%) | Thay đổi / Change
1 | Hải Phòng / Hai Phong | 92,88 | +1
2 | Quảng Ninh / Quang Ninh | 92,41 | -1
3 | Bắc Giang / Bac Giang | 91,37 | +4
4 | Bà Rịa - Vũng Tàu / Ba Ria - Vung Tau | 91,05 | +6
5 | Hà Nội / Ha Noi | 90,83 | +3
6 | Vĩnh Phúc / Vinh Phuc | 90,52 | –
7 | Thanh Hóa / Thanh Hoa | 90,36 | -3
8 | Ninh Bình / Ninh Binh | 90,11 | +5
9 | Đồng Tháp / Dong Thap | 89,97 | -4
10 | Bắc Ninh / Bac Ninh | 89,80 | -7
Trung bình cả nước / National average | 87,14 |
Nguồn / Source: Bộ Nội vụ / Ministry of Home Affairs
Bản quyền thuộc Sở Nội vụ tỉnh Bắc Giang | © Bac Giang Department of Home Affairs""",
_row("Hải Phòng", PAR, 2024, 1, 92.88, 1) + _row("Quảng Ninh", PAR, 2024, 2, 92.41, -1)
+ _row("Bắc Giang", PAR, 2024, 3, 91.37, 4) + [idx("Bắc Giang", PAR, 2024, rank_of=63)]
+ _row("Bà Rịa - Vũng Tàu", PAR, 2024, 4, 91.05, 6) + _row("Hà Nội", PAR, 2024, 5, 90.83, 3)
+ _row("Vĩnh Phúc", PAR, 2024, 6, 90.52, None) + _row("Thanh Hóa", PAR, 2024, 7, 90.36, -3)
+ _row("Ninh Bình", PAR, 2024, 8, 90.11, 5) + _row("Đồng Tháp", PAR, 2024, 9, 89.97, -4)
+ _row("Bắc Ninh", PAR, 2024, 10, 89.8, -7),
table=True),
]


NEGATIVES_AA: list[Case] = [
Case("AAN1 English daily on Viet Nam's UN E-Government rank: a country's world and ASEAN ranks, a city's LOSI rank, world and Asian averages, ministries' DTI, 'among the leading group', 'top 10', targets, 'could be among the top 40'",
"https://vietnamnews.vn/society/1667012/viet-nam-climbs-15-places-in-un-e-government-ranking.html",
dt.date(2024, 9, 20),
"""VIETNAM NEWS
Politics & Law | Society | Economy | Life & Style | Opinion | Sports
SOCIETY
Việt Nam climbs 15 places in UN e-government ranking
September 20, 2024 - 07:45
HÀ NỘI — Việt Nam has risen 15 places to 71st out of 193 countries in the United Nations E-Government Development Index (EGDI) 2024, moving into the group of countries with a "very high" EGDI for the first time.
Việt Nam's EGDI score reached 0.7709, above the world average of 0.6382 and the Asian average of 0.6990. Within ASEAN, the country ranked fifth, behind Singapore, Malaysia, Thailand and Brunei. Its Online Services Index ranked 59th, up 27 places.
Hà Nội climbed 8 places to 42nd among 193 world cities in the Local Online Service Index (LOSI) assessed alongside the EGDI.
Domestically, the Ministry of Information and Communications said the average provincial Digital Transformation Index (DTI) had risen every year since 2020, and the average DTI of ministries reached 0.6523, with the Ministry of Finance leading the ministries.
Several localities, including Đà Nẵng, Thừa Thiên-Huế and Bình Định, are among the leading group in digital government, while Hà Nội and HCM City remain in the top 10 of the DTI.
Under the national digital transformation programme, Việt Nam aims to be among the top 50 countries by 2030, and localities are expected to provide 80 per cent of public services fully online by 2025.
If the current momentum continues, Việt Nam could be among the top 40 by 2026, the ministry said.
Related news
- Digital transformation: 63 provinces connect to the national data sharing platform
- Việt Nam launches national digital transformation awards
© Copyright Vietnam News, All rights reserved.""",
[]),

Case("AAN2 provincial portal's English page with only traps: a rank inside a question, targets, 'is expected to complete all 46 tasks', a hypothetical, regional standing, GRDP rank, DDCI, district-level figures, median and regional average, FDI rank",
"https://www.binhduong.gov.vn/en/news/binh-duong-targets-return-to-pci-top-five-3125.html",
dt.date(2024, 3, 12),
"""BINH DUONG PROVINCE - ENGLISH PORTAL
Home | Overview | Investment | News | Contact | Tiếng Việt
Binh Duong targets return to PCI top five
12/03/2024
At a conference with businesses on March 11, leaders of Binh Duong province set out targets for improving the investment environment in 2024.
Can Binh Duong return to the PCI top five, where it ranked 2nd in 2019? Provincial leaders believe it can. The province aims to be among the top 5 of the PCI and the top 10 of the PAR Index by 2025, and is expected to complete all 46 tasks of its 2024 administrative reform plan.
If the province's land-access score recovered to its 2020 level, its PCI would rise by about 2 points, VCCI experts estimated.
Binh Duong remains in the leading group of the Southeast region, and its GRDP growth of 3.1 percent in 2023 ranked 5th in the region.
At the local level, Thu Dau Mot City led the province's DDCI 2023 with 82.5 points, and Ben Cat town's online dossier rate reached 91.3%. Di An City ranked first in the district-level PAR Index 2023 with 89.4 points.
The median PCI 2023 score of the 63 provinces was 65.7 points, while the average SIPAS 2023 of the Southeast region was 84.1%.
Viet Nam attracted US$36.6 billion of registered FDI in 2023, ranking among the top three in ASEAN.
Related news
- Binh Duong hosts dialogue with Korean businesses
- Binh Duong: 100% of dossiers accepted online at commune level by 2025
Copyright © Binh Duong Provincial People's Committee""",
[]),
]


def test_round_aa_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AA prose", ROUND_AA, capsys)


def test_round_aa_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AA)


@pytest.mark.parametrize("case", NEGATIVES_AA, ids=ids(NEGATIVES_AA))
def test_round_aa_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AA + TABLES_AA, ids=ids(ROUND_AA + TABLES_AA))
def test_round_aa_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
