"""Blind round A: interviews, press conferences and Q&A.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S, U and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic or other test files, and not to run the extractor). Theme: pages where
the facts come in dialogue and speech rather than in a report's prose:

* a provincial paper's interview with a Giám đốc Sở Nội vụ ("PV:" / "Ông Hoàng Văn Q.:") whose
  first question states a wrong figure the official corrects (A1);
* a UBND quarterly press conference (họp báo) summarised with five officials answering
  journalists: a rounded opening figure then the exact one, PCI with sub-indices, DTI, the
  plan's tasks, other provinces' PCI ranks, DDCI, a district's extreme (A2);
* a National Assembly delegate's question and the minister's answer naming provinces: the
  delegate's wrong rank corrected, national averages, the leader and the lowest, a ministry,
  a regional comparison, the delegate's history figure in his rejoinder (A3);
* a Chủ tịch UBND tỉnh's year-end speech quoted at length ("Năm qua, tỉnh ta đã hoàn thành
  37/40 nhiệm vụ ..."), "khoảng 1,2 triệu hồ sơ", last year's late share, a department and a
  district, PCI 2016 recalled as history, another province's rank change, a hypothetical (A4);
* a portal's reader Q&A box ("Câu hỏi:" / "Trả lời:") correcting a rumour from social media (A5);
* a podcast summary with timestamps ("01:15 - ...", "Thời lượng: 18:42"), DTI with pillars, the
  host's wrong figure, Đà Nẵng as the leader, online dossiers "trên tổng số", the monthly
  service index (A6);
* a paper's online exchange (giao lưu trực tuyến) with three guests answering readers: tasks,
  a rumoured "tụt 10 bậc", dossiers, the Trung tâm, PAPI of the province and of Nam Định (A7);
* a national site's interview with a Chủ tịch UBND thành phố (no host province): PCI with
  sub-indices, the leader and "xếp thứ hai" in words, PAR and SIPAS, a rounded dossier count,
  a projection "nếu giữ được tốc độ ..." (A8);
* ranking tables: a reader Q&A answered with a pipe table of the five Tây Nguyên provinces'
  PAPI 2023 (STT beside "Xếp hạng (/63)", a national-average row; AT1), and a Q&A answered with
  one province's PAR Index by year, tab-separated, one row per year (AT2);
* negatives: an interview about a plan's methods and targets only (AN1), and a reader's
  question quoting rumoured figures with no answer yet (AN2).

Gold notes (judgement calls):

* Corrected figures: a figure stated in a question (PV, journalist, delegate, reader, podcast
  host) and corrected in the answer is not a fact; only the corrected figure is (A1 "85,6% và
  đứng thứ 33", A3 "đứng thứ 62/63", A5 "giảm 7 bậc, xuống thứ 48", A6 "thứ 3 về Chính quyền
  số", A7 "tụt 10 bậc", AT1 "thứ 40"). Where the answer reassigns the questioner's figure to
  another year ("thứ 33 là vị trí năm 2022 của tỉnh" in A1, "vị trí 62/63 là kết quả năm 2021"
  in A3), that year's rank is true but read through the question: optional, both as a fact of
  its own year and as the newer fact's ``prev_rank``. A1's "85,6% là điểm tự đánh giá" is a
  self-assessment, not a result: no gold. AT1's "Năm 2022, Kon Tum xếp thứ 38/63 chứ không
  phải thứ 40" states the year's result in its own sentence: required.
* A figure that appears only inside a question is not a fact, whether or not an answer
  follows (AN2); A3's delegate rejoinder ("năm 2020, Chỉ số CCHC của Đắk Nông còn xếp thứ
  45") is a statement, not a question, and is required (history stated as the province's
  result for its year).
* Approximate figures in speech ("gần 1,1 triệu hồ sơ" A2, "khoảng 1,2 triệu hồ sơ" A4, A8)
  and lower bounds ("trên 98%", "trên 99% ... đúng hạn") are optional, as Y10's "gần 1,2
  triệu": true to the speaker, not exact enough for an auditor. Where the exact count follows
  (A2), the exact one is required.
* Hypotheticals and projections ("Nếu lĩnh vực này đạt 9 điểm", "nếu đạt 90 điểm ... nhóm A",
  "nếu cải thiện được ... tăng từ 3 đến 5 điểm", "nếu Kinh tế số vào tốp 20", "Nếu giữ được tốc
  độ ... trên 72 điểm") and targets ("phấn đấu ... 45/45", "nhóm 20", "60%", "trên 85%") give
  nothing.
* Other provinces: a comparison stated as that province's result is a fact for it (Quảng Trị
  PAR 2023 in A1; Bình Dương and Bà Rịa - Vũng Tàu PCI 2022 ranks in A2; Lâm Đồng, Kon Tum, Gia
  Lai, Đắk Lắk, Quảng Ninh in A3; Khánh Hòa's "tăng 18 bậc PCI" in A4; Đà Nẵng in A6; Nam Định
  in A7; Quảng Ninh and Đồng Tháp in A8). Differences ("cao hơn chúng tôi khoảng 2,5 điểm",
  "cao hơn Nam Định 0,27 điểm", "Khoảng cách ... gần 5 điểm"), regional ranks ("dẫn đầu khu
  vực", "kết quả tốt nhất" in Tây Nguyên, "tỉnh miền núi duy nhất trong tốp 10"), "năm nào
  cũng ở tốp đầu" give nothing.
* The whole country: national averages and medians ("giá trị trung bình ... 84,48%", "bình
  quân cả nước (85,29%)", "Điểm trung vị PCI", "DTI bình quân cả nước", AT1's "Trung bình toàn
  quốc" row), "36/63 địa phương tăng điểm" and a ministry's result (Bộ Tư pháp) have no slot.
  A named lowest province (A3 Bạc Liêu) is optional, as in rounds N and O.
* ``rank_of`` is required when printed with the rank; where only "cả nước", a table header
  "(/63)" or the article implies it, it is a separate optional fact (``implied_rank_of``).
  "dẫn đầu" is rank 1 and "xếp thứ hai" rank 2. "giữ nguyên vị trí" (A5) is an optional
  ``rank_change`` 0; the unprinted previous rank is not gold.
* Previous-period figures inside a speech ("trong khi năm 2022 là 2,1%", A4) are optional facts
  of their period, as in rounds Q and U. A1's "Năm 2023, tỉnh hoàn thành 40/41 nhiệm vụ" in an
  April 2024 interview is the previous year's plan stated as its result: required, period
  "2023"; the current plan's "tính đến hết quý I ... 9 nhiệm vụ" is "2024-Q1".
* Periods: A2's press conference on 5/10 reports "từ ngày 01/01 đến ngày 30/9/2023" and tasks
  "tính đến ngày 30/9/2023": "2023-09M"; A4's "Năm qua" at a year-end conference on 4/1/2024
  is 2023; A7's tasks "tính đến ngày 15/12/2022" are the year's plan at year end, "2022", and
  its dossiers "Trong 11 tháng" (and the Trung tâm's "11 tháng qua") "2022-11M"; A5's "5 tháng
  đầu năm 2024" is "2024-05M"; A6's "6 tháng đầu năm 2023" is "2023-06H1" and the service index
  of "tháng 6/2023" carries period "2023-06".
* Dossier facts carry ``scope`` ("toàn tỉnh"; A8 "toàn thành phố"; A7's Trung tâm Phục vụ hành
  chính công tỉnh is required with its own scope, as in rounds O, Q and U). "trước hạn và đúng
  hạn" together is an optional ``on_time_pct``. A6's "138.562 hồ sơ trực tuyến trên tổng số
  201.730 hồ sơ tiếp nhận": received and online are required, ``online_total`` optional (the
  convention requires it only for a printed "x/y"). Not facts: a department's late count (A4
  Sở Tài nguyên và Môi trường), a district's share (A2 huyện Long Thành, A4 huyện Vân Canh, A7
  huyện Hưng Hà), DDCI (A2, A8), "8/8 huyện" (A1), counts of questions and guests.
* AT2's table gives each year its own fact (score, rank out of 63 as printed, and the signed
  change on the rows that print one); "cao nhất của tỉnh kể từ ... năm 2012" is history.
* Negatives: AN1 states a plan's size ("52 nhiệm vụ cụ thể"), a methodology's size (8 lĩnh vực,
  37 tiêu chí), a pilot survey's sample and targets only; AN2 is a reader's question quoting
  rumoured figures ("tụt xuống thứ 50/63, giảm 12 bậc", "chỉ đạt 81 điểm") with the status
  "Đang chờ trả lời": a question is not a result.

First score: prose **0.872 / 0.850** (tp=102 fp=15 fn=18), tables F1 0.596 (AT2's year rows
not read), AN2 emitted 1 fact, on the extractor at arrival (ab39b73, 1.9.0, blind to this
round). Fixes (same session, extractor 1.10.0): a table with a year per row ("Năm | Điểm (%) |
Xếp hạng | Tăng/giảm bậc"); a questioner's turn ("PV:", "Nội dung câu hỏi:", a reader or a
delegate who asks), a sentence ending in "?" and a reported question ("hỏi có phải ...") give
no results but still set the context the answer reads; a hypothetical with a modal consequence
("Nếu ... thì ... sẽ / có thể"); a paper's masthead ("Báo Điện tử Chính phủ") is not the
headline; "năm qua" early in the next year; "chỉ còn 0,84%" and "chỉ còn thứ 21"; "trên tổng
số N hồ sơ tiếp nhận"; "tiếp theo là Kon Tum xếp thứ 52, ..." keeps each own rank; the
ministries' block in passing; "cao hơn Nam Định 0,27 điểm" is a gap; ", riêng huyện X có ..."
is the district's; a speech quoted over several paragraphs keeps the period its opening names
-> prose **1.000 / 1.000** (tp=120), tables 1.000, negatives clean.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, PAPI, PAR, PCI, SIPAS, Case, dos, idx, implied_rank_of, optional, svc,
                                  task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
TTHC = "Cải cách thủ tục hành chính"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_A: list[Case] = [
Case("A1 paper interview with a Giám đốc Sở Nội vụ (PV: / Ông ...:): the PV's wrong '85,6% và đứng thứ 33' corrected (self-assessment, last year's rank), PAR/SIPAS 2023, two components, a hypothetical, Quảng Trị as a comparison, PAR 2019 as history, last year's and this quarter's tasks, targets",
"https://baoquangbinh.vn/thoi-su/202404/giam-doc-so-noi-vu-tang-6-bac-la-ket-qua-cua-viec-do-dem-tung-nhiem-vu-2218734/",
dt.date(2024, 4, 26),
"""Giám đốc Sở Nội vụ: “Tăng 6 bậc là kết quả của việc đo đếm từng nhiệm vụ”
Thứ Sáu, 26/04/2024 - 07:30
Trang chủ / Thời sự / Chính trị
(QBĐT) - Ngày 17/4, Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ công bố Chỉ số CCHC và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023. Nhân dịp này, phóng viên Báo Quảng Bình có cuộc trao đổi với ông Hoàng Văn Q., Giám đốc Sở Nội vụ tỉnh Quảng Bình.
PV: Thưa ông, theo một số thông tin ban đầu, Chỉ số CCHC năm 2023 của tỉnh chỉ đạt 85,6% và đứng thứ 33. Ông đánh giá thế nào về kết quả này?
Ông Hoàng Văn Q.: Tôi xin nói rõ để bạn đọc khỏi nhầm. Con số 85,6% là điểm tự đánh giá mà tỉnh gửi Bộ Nội vụ hồi đầu năm, còn thứ 33 là vị trí năm 2022 của tỉnh. Theo kết quả chính thức, Chỉ số CCHC năm 2023 của Quảng Bình đạt 86,51%, xếp thứ 27/63 tỉnh, thành phố, tăng 6 bậc. Chỉ số SIPAS năm 2023 đạt 82,14%, đứng thứ 35.
PV: Những lĩnh vực nào giúp tỉnh tăng hạng, và đâu là điểm nghẽn?
Ông Hoàng Văn Q.: Lĩnh vực cải cách thủ tục hành chính đạt 12,08/14 điểm, xếp thứ 12/63, là kết quả tốt nhất của lĩnh vực này từ trước đến nay. Ngược lại, cải cách tài chính công chỉ đạt 8,12 điểm, xếp thứ 49. Nếu lĩnh vực này đạt 9 điểm thì tỉnh đã có thể vào nhóm 20 địa phương dẫn đầu.
PV: So với các tỉnh trong khu vực Bắc Trung Bộ thì sao, thưa ông?
Ông Hoàng Văn Q.: Hà Tĩnh vẫn dẫn đầu khu vực, cao hơn chúng tôi khoảng 2,5 điểm phần trăm. Quảng Trị năm 2023 đạt 84,02%, xếp thứ 44/63. Nhìn xa hơn, năm 2019 Quảng Bình từng xếp thứ 17/63, sau đó có hai năm liền tụt hạng; vì vậy kết quả năm nay mới là bước đầu lấy lại vị trí.
PV: Việc thực hiện kế hoạch CCHC được theo dõi ra sao?
Ông Hoàng Văn Q.: Năm 2023, tỉnh hoàn thành 40/41 nhiệm vụ của Kế hoạch CCHC; nhiệm vụ còn lại là xây dựng kho dữ liệu dùng chung, đã chuyển sang năm 2024. Kế hoạch CCHC năm 2024 có 45 nhiệm vụ; tính đến hết quý I, các cơ quan đã hoàn thành 9 nhiệm vụ. 8/8 huyện, thị xã, thành phố đã ký cam kết với Chủ tịch UBND tỉnh về thực hiện nhiệm vụ CCHC.
PV: Mục tiêu của tỉnh trong năm 2024 là gì?
Ông Hoàng Văn Q.: Tỉnh phấn đấu hoàn thành 45/45 nhiệm vụ, đưa Chỉ số CCHC năm 2024 vào nhóm 20 địa phương dẫn đầu và Chỉ số SIPAS đạt trên 85%.
PV: Xin cảm ơn ông!
Ông Hoàng Văn Q. trao đổi với phóng viên. Ảnh: T.H
Tin liên quan
- Quảng Bình: Công bố Chỉ số CCHC năm 2023 của các sở, ngành, địa phương
- Hội nghị tập huấn nghiệp vụ CCHC năm 2024
BÁO QUẢNG BÌNH - Cơ quan của Đảng bộ tỉnh Quảng Bình
Địa chỉ: 06 Trần Hưng Đạo, TP. Đồng Hới | Lượt xem: 1.342""",
[idx("Quảng Bình", PAR, 2023, score=86.51, rank=27, rank_of=63, rank_change=6),
 # "thứ 33 là vị trí năm 2022 của tỉnh": the PV's figure reassigned by the answer
 optional(idx("Quảng Bình", PAR, 2023, prev_rank=33)),
 optional(idx("Quảng Bình", PAR, 2022, rank=33)),
 idx("Quảng Bình", SIPAS, 2023, score=82.14, rank=35),
 implied_rank_of("Quảng Bình", SIPAS, 2023, 63),
 idx("Quảng Bình", PAR, 2023, TTHC, score=12.08, rank=12, rank_of=63),
 idx("Quảng Bình", PAR, 2023, "Cải cách tài chính công", score=8.12, rank=49),
 implied_rank_of("Quảng Bình", PAR, 2023, 63, "Cải cách tài chính công"),
 idx("Quảng Trị", PAR, 2023, score=84.02, rank=44, rank_of=63),
 idx("Quảng Bình", PAR, 2019, rank=17, rank_of=63),
 task("Quảng Bình", "2023", 40, 41),
 task("Quảng Bình", "2024-Q1", 9, 45)]),

Case("A2 UBND quarterly press conference (họp báo) with five officials: 'gần 1,1 triệu ... trên 98%' then the exact 9-month figures, 'đang giải quyết', a district's late share, PCI 2022 with two sub-indices, Bình Dương and BR-VT as comparisons, a national median, DTI with a pillar and the national average, the plan's tasks against a journalist's 'hơn một nửa', DDCI",
"https://www.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=318452&CatId=104",
dt.date(2023, 10, 6),
"""Cổng Thông tin điện tử tỉnh Đồng Nai
Trang chủ > Tin tức - Sự kiện > Thông cáo báo chí
Họp báo định kỳ quý III/2023: Người phát ngôn trả lời về hồ sơ trễ hạn, PCI và chuyển đổi số
Ngày đăng: 06/10/2023 | Lượt xem: 1.024
Chiều 5/10, UBND tỉnh Đồng Nai tổ chức họp báo định kỳ quý III/2023 để thông tin tình hình kinh tế - xã hội 9 tháng và trả lời câu hỏi của các cơ quan báo chí. Ông Nguyễn Văn A., Chánh Văn phòng UBND tỉnh, người phát ngôn của UBND tỉnh chủ trì họp báo.
Mở đầu, ông Nguyễn Văn A. cho biết trong 9 tháng, các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận gần 1,1 triệu hồ sơ thủ tục hành chính (TTHC), tỷ lệ giải quyết đúng hạn trên 98%.
Trả lời câu hỏi của phóng viên Báo Lao Động về hồ sơ trễ hạn, bà Trần Thị B., Phó Chánh Văn phòng UBND tỉnh, cung cấp số liệu cụ thể: từ ngày 01/01 đến ngày 30/9/2023, toàn tỉnh tiếp nhận 1.086.412 hồ sơ, đã giải quyết 1.041.230 hồ sơ, tỷ lệ trễ hạn 1,72%; còn 45.182 hồ sơ đang giải quyết. Theo bà B., hồ sơ trễ hạn tập trung ở lĩnh vực đất đai của TP. Biên Hòa và huyện Long Thành, riêng huyện Long Thành có tỷ lệ trễ hạn 6,4%.
Phóng viên Báo Tuổi Trẻ đặt câu hỏi: Chỉ số PCI năm 2022 của tỉnh giảm mạnh, nguyên nhân vì đâu? Ông Lê Văn C., Phó Giám đốc Sở Kế hoạch và Đầu tư, cho biết: PCI 2022 của Đồng Nai đạt 65,12 điểm, xếp thứ 27/63, giảm 9 bậc so với năm 2021. Trong 10 chỉ số thành phần, chỉ số Chi phí không chính thức giảm mạnh nhất, chỉ còn 5,38 điểm; chỉ số Tiếp cận đất đai đạt 5,91 điểm, xếp thứ 55. Cũng theo ông C., Bình Dương năm 2022 xếp thứ 6, Bà Rịa - Vũng Tàu xếp thứ 18, "đó là những tỉnh bạn mà Đồng Nai phải học hỏi". Điểm trung vị PCI 2022 của cả nước là 65,53 điểm.
Về chuyển đổi số, ông Phạm Văn D., Giám đốc Sở Thông tin và Truyền thông, thông tin: Chỉ số DTI năm 2022 của tỉnh đạt 0,4862, xếp thứ 32/63; trong đó trụ cột Chính quyền số xếp thứ 21. DTI bình quân cả nước là 0,4920, "nghĩa là tỉnh vẫn dưới mức trung bình".
Phóng viên Báo Đồng Nai hỏi: Có phải đến nay tỉnh mới hoàn thành hơn một nửa nhiệm vụ CCHC năm 2023? Bà Vũ Thị E., Phó Giám đốc Sở Nội vụ, khẳng định: Kế hoạch CCHC năm 2023 của tỉnh có 52 nhiệm vụ; tính đến ngày 30/9/2023, đã hoàn thành 38 nhiệm vụ, 14 nhiệm vụ còn lại đang triển khai đúng tiến độ. Bà E. cũng cho biết, theo kết quả Chỉ số DDCI năm 2022, Sở Tư pháp dẫn đầu khối sở, ngành với 82,10 điểm.
Kết luận họp báo, ông Nguyễn Văn A. cho biết UBND tỉnh đặt mục tiêu đưa PCI năm 2023 trở lại nhóm 20 địa phương dẫn đầu và giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1% trong quý IV.
Quang cảnh buổi họp báo. Ảnh: Huy Anh
Tin cùng chuyên mục
- Thông cáo báo chí họp báo định kỳ quý II/2023
- Đồng Nai công bố 12 TTHC mới trong lĩnh vực đầu tư
Cơ quan chủ quản: UBND tỉnh Đồng Nai. Địa chỉ: Số 2 Nguyễn Văn Trị, phường Thanh Bình, TP. Biên Hòa""",
[_scope(dos("Đồng Nai", "2023-09M", received=1086412, resolved=1041230, late_pct=1.72), TT),
 # the spokesman's rounded opening: "gần 1,1 triệu", "đúng hạn trên 98%"
 optional(_scope(dos("Đồng Nai", "2023-09M", received=1100000, on_time_pct=98), TT)),
 idx("Đồng Nai", PCI, 2022, score=65.12, rank=27, rank_of=63, rank_change=-9),
 idx("Đồng Nai", PCI, 2022, "Chi phí không chính thức", score=5.38),
 idx("Đồng Nai", PCI, 2022, "Tiếp cận đất đai", score=5.91, rank=55),
 implied_rank_of("Đồng Nai", PCI, 2022, 63, "Tiếp cận đất đai"),
 idx("Bình Dương", PCI, 2022, rank=6),
 implied_rank_of("Bình Dương", PCI, 2022, 63),
 idx("Bà Rịa - Vũng Tàu", PCI, 2022, rank=18),
 implied_rank_of("Bà Rịa - Vũng Tàu", PCI, 2022, 63),
 idx("Đồng Nai", DTI, 2022, score=0.4862, rank=32, rank_of=63),
 idx("Đồng Nai", DTI, 2022, "Chính quyền số", rank=21),
 implied_rank_of("Đồng Nai", DTI, 2022, 63, "Chính quyền số"),
 task("Đồng Nai", "2023-09M", 38, 52)]),

Case("A3 National Assembly question time on a national site (no host province): the delegate's '62/63' corrected to 2021, Đắk Nông PAR/SIPAS 2022, the national average and '36/63', Quảng Ninh leading, the named lowest, a ministry, four Tây Nguyên provinces ('kết quả tốt nhất' is regional), a hypothetical, the delegate's PAR 2020 in his rejoinder",
"https://daibieunhandan.vn/chat-van-ve-cai-cach-hanh-chinh-vi-sao-cac-tinh-tay-nguyen-o-nua-cuoi-bang-xep-hang-10331245.html",
dt.date(2023, 6, 7),
"""Đại biểu Nhân dân | Quốc hội | Kỳ họp thứ Năm
Chất vấn về cải cách hành chính: Vì sao các tỉnh Tây Nguyên ở nửa cuối bảng xếp hạng?
Thứ Tư, 07/06/2023 - 16:40
(ĐBND) - Sáng 7/6, tiếp tục phiên chất vấn và trả lời chất vấn tại Kỳ họp thứ Năm, Quốc hội khóa XV, nhiều đại biểu quan tâm đến kết quả Chỉ số cải cách hành chính (PAR Index) và Chỉ số SIPAS năm 2022 vừa được công bố.
Đại biểu Trần Văn F. (Đoàn ĐBQH tỉnh Đắk Nông) nêu: "Theo kết quả vừa công bố, Chỉ số CCHC năm 2022 của Đắk Nông đứng thứ 62/63, các tỉnh Tây Nguyên đều nằm ở nửa cuối bảng. Đề nghị Bộ trưởng cho biết nguyên nhân và giải pháp của Bộ."
Trả lời chất vấn, Bộ trưởng Bộ Nội vụ trước hết trao đổi lại với đại biểu: vị trí 62/63 là kết quả năm 2021 của Đắk Nông. Năm 2022, Chỉ số CCHC của tỉnh Đắk Nông đạt 80,74%, xếp thứ 60/63, tăng 2 bậc; Chỉ số SIPAS đạt 77,02%, xếp thứ 58.
Bộ trưởng cho biết, năm 2022 giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố đạt 84,48%; 36/63 địa phương tăng điểm so với năm 2021. Quảng Ninh tiếp tục dẫn đầu với 90,09%; địa phương có kết quả thấp nhất là tỉnh Bạc Liêu với 78,48%. Ở khối bộ, ngành, Bộ Tư pháp dẫn đầu với 91,25%.
Trong khu vực Tây Nguyên, Lâm Đồng có kết quả tốt nhất, đạt 85,83%, xếp thứ 34; tiếp theo là Kon Tum xếp thứ 52, Gia Lai thứ 55 và Đắk Lắk thứ 57. Theo Bộ trưởng, điểm chung của các tỉnh này là lĩnh vực cải cách thủ tục hành chính và chính quyền số còn yếu; "nếu cải thiện được hai lĩnh vực này, mỗi tỉnh có thể tăng từ 3 đến 5 điểm".
Tranh luận lại, đại biểu Trần Văn F. tiếp thu ý kiến của Bộ trưởng và cho rằng điều đáng lo là xu hướng: năm 2020, Chỉ số CCHC của Đắk Nông còn xếp thứ 45, chỉ sau hai năm đã xuống nhóm cuối bảng.
Bộ trưởng cho biết năm 2023, Bộ sẽ tăng số phiếu điều tra xã hội học lên khoảng 38.000 phiếu, đồng thời đề nghị các địa phương phấn đấu để không còn tỉnh nào dưới 80%.
Tin liên quan
- Quốc hội chất vấn nhóm vấn đề thuộc lĩnh vực nội vụ
- Toàn cảnh phiên chất vấn sáng 7/6
Báo Đại biểu Nhân dân - Cơ quan của Quốc hội nước CHXHCN Việt Nam""",
[idx("Đắk Nông", PAR, 2022, score=80.74, rank=60, rank_of=63, rank_change=2),
 # "vị trí 62/63 là kết quả năm 2021": the delegate's figure reassigned by the minister
 optional(idx("Đắk Nông", PAR, 2022, prev_rank=62)),
 optional(idx("Đắk Nông", PAR, 2021, rank=62, rank_of=63)),
 idx("Đắk Nông", SIPAS, 2022, score=77.02, rank=58),
 implied_rank_of("Đắk Nông", SIPAS, 2022, 63),
 idx("Quảng Ninh", PAR, 2022, score=90.09, rank=1),
 implied_rank_of("Quảng Ninh", PAR, 2022, 63),
 # the named lowest: optional, as in rounds N and O
 optional(idx("Bạc Liêu", PAR, 2022, score=78.48, rank=63, rank_of=63)),
 idx("Lâm Đồng", PAR, 2022, score=85.83, rank=34),
 implied_rank_of("Lâm Đồng", PAR, 2022, 63),
 idx("Kon Tum", PAR, 2022, rank=52),
 implied_rank_of("Kon Tum", PAR, 2022, 63),
 idx("Gia Lai", PAR, 2022, rank=55),
 implied_rank_of("Gia Lai", PAR, 2022, 63),
 idx("Đắk Lắk", PAR, 2022, rank=57),
 implied_rank_of("Đắk Lắk", PAR, 2022, 63),
 idx("Đắk Nông", PAR, 2020, rank=45),
 implied_rank_of("Đắk Nông", PAR, 2020, 63)]),
Case("A4 Chủ tịch UBND tỉnh's year-end speech quoted at length: 'Năm qua, tỉnh ta đã hoàn thành 37/40 nhiệm vụ', 'khoảng 1,2 triệu hồ sơ', this year's late share against last year's, a department's late count and a district's online share, PAR/SIPAS/PAPI 2022, PCI 2016 recalled as history, Khánh Hòa's rank change, a hypothetical 'nếu ... đạt 90 điểm', targets",
"https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=287415",
dt.date(2024, 1, 5),
"""Báo Bình Định điện tử
Thời sự | Chính trị | Kinh tế | Xã hội
Chủ tịch UBND tỉnh: “Cải cách hành chính phải đo bằng sự hài lòng của người dân”
Cập nhật: 05/01/2024, 06:12
(BĐ) - Sáng 4/1, UBND tỉnh Bình Định tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2023, triển khai nhiệm vụ năm 2024. Báo Bình Định trích giới thiệu phần phát biểu chỉ đạo của đồng chí Chủ tịch UBND tỉnh tại hội nghị.
"Thưa các đồng chí, năm qua, tỉnh ta đã hoàn thành 37/40 nhiệm vụ của Kế hoạch CCHC năm 2023; 3 nhiệm vụ chưa hoàn thành đều liên quan đến đầu tư hạ tầng số, nguyên nhân chủ yếu là vướng thủ tục đầu tư.
Các cơ quan hành chính ba cấp đã tiếp nhận khoảng 1,2 triệu hồ sơ. Điều tôi muốn nhấn mạnh là tỷ lệ hồ sơ trễ hạn của toàn tỉnh chỉ còn 0,84%, trong khi năm 2022 là 2,1%. Tỷ lệ hồ sơ nộp trực tuyến đạt 52,3%, lần đầu tiên vượt quá một nửa. Tuy nhiên, Sở Tài nguyên và Môi trường vẫn là nơi có nhiều hồ sơ trễ hạn nhất, với 2.314 hồ sơ; huyện Vân Canh thì ngược lại, tỷ lệ trực tuyến đã đạt 78%.
Về các chỉ số, Chỉ số CCHC năm 2022 công bố hồi tháng 4 vừa qua, tỉnh ta xếp thứ 26/63; Chỉ số SIPAS đạt 81,9%, tăng 4 bậc. Chỉ số PAPI năm 2022 của tỉnh đạt 41,77 điểm, thuộc nhóm trung bình cao.
Các đồng chí còn nhớ, năm 2016, Chỉ số PCI của tỉnh ta đứng thứ 7 cả nước; đến năm 2022 chỉ còn thứ 21. Đà Nẵng, láng giềng của chúng ta, năm nào cũng ở tốp đầu; Khánh Hòa năm 2022 tăng 18 bậc PCI. Chúng ta không được phép ngủ quên trên thành tích.
Nếu Chỉ số CCHC năm 2023 đạt 90 điểm thì tỉnh ta sẽ lần đầu vào nhóm A, nhưng muốn vậy thì không thể làm theo cách cũ.
Năm 2024, tôi đề nghị các sở, ngành, địa phương phấn đấu hoàn thành 100% nhiệm vụ, tỷ lệ hồ sơ trực tuyến đạt 60%, đưa PCI trở lại nhóm 15 địa phương dẫn đầu."
Tại hội nghị, UBND tỉnh đã khen thưởng 12 tập thể, 20 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2023.
Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị. Ảnh: N.Đ
Tin liên quan
- Bình Định: 159/159 xã, phường, thị trấn vận hành Bộ phận Một cửa điện tử
BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ tỉnh Bình Định | Lượt xem: 876""",
[task("Bình Định", "2023", 37, 40),
 _scope(dos("Bình Định", "2023", late_pct=0.84, online_pct=52.3), TT),
 # "khoảng 1,2 triệu hồ sơ": an approximation in speech
 optional(_scope(dos("Bình Định", "2023", received=1200000), TT)),
 # "trong khi năm 2022 là 2,1%": last year's share quoted for comparison
 optional(_scope(dos("Bình Định", "2022", late_pct=2.1), TT)),
 idx("Bình Định", PAR, 2022, rank=26, rank_of=63),
 idx("Bình Định", SIPAS, 2022, score=81.9, rank_change=4),
 idx("Bình Định", PAPI, 2022, score=41.77),
 idx("Bình Định", PCI, 2016, rank=7),
 implied_rank_of("Bình Định", PCI, 2016, 63),
 idx("Bình Định", PCI, 2022, rank=21),
 implied_rank_of("Bình Định", PCI, 2022, 63),
 idx("Khánh Hòa", PCI, 2022, rank_change=18)]),

Case("A5 portal's reader Q&A box (Câu hỏi: / Trả lời:): a rumour 'giảm 7 bậc, xuống thứ 48' corrected, SIPAS/PAR 2023 with 'giữ nguyên vị trí', 5 months of 2024 with 'trước hạn và đúng hạn', DTI 2022 and 'DTI 2023 chưa công bố', the box's dates and counters",
"https://hanam.gov.vn/Pages/hoi-dap-truc-tuyen.aspx?ItemID=2417&cid=12",
dt.date(2024, 6, 12),
"""Cổng thông tin điện tử tỉnh Hà Nam
Hỏi đáp trực tuyến | Gửi câu hỏi | Tra cứu câu hỏi
Chỉ số SIPAS năm 2023 của tỉnh có giảm 7 bậc?
Mã câu hỏi: HD-2024-0603-017 | Lĩnh vực: Nội vụ | Trạng thái: Đã trả lời
Ngày gửi: 03/06/2024 | Ngày trả lời: 12/06/2024
Câu hỏi:
Bạn đọc Nguyễn Thị G. (phường Lê Hồng Phong, TP. Phủ Lý) hỏi: Tôi đọc trên mạng xã hội thấy nói Chỉ số SIPAS năm 2023 của tỉnh giảm 7 bậc, xuống thứ 48. Xin hỏi thông tin này có chính xác không? Kết quả các chỉ số khác của tỉnh năm 2023 thế nào? Ngoài ra, tỉnh có được xếp hạng về chuyển đổi số không?
Trả lời:
Sở Nội vụ tỉnh Hà Nam trả lời như sau:
Cảm ơn bạn đọc đã quan tâm. Theo kết quả Ban Chỉ đạo CCHC của Chính phủ công bố ngày 17/4/2024, Chỉ số SIPAS năm 2023 của tỉnh Hà Nam đạt 82,93%, xếp thứ 31/63, giảm 2 bậc so với năm 2022, không phải giảm 7 bậc như thông tin bạn đọc nêu. Chỉ số CCHC năm 2023 của tỉnh đạt 87,84%, xếp thứ 15/63, giữ nguyên vị trí so với năm 2022.
Về giải quyết TTHC, 5 tháng đầu năm 2024, toàn tỉnh tiếp nhận 168.420 hồ sơ; tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99,62%.
Về chuyển đổi số, theo Bộ Thông tin và Truyền thông, Chỉ số DTI năm 2022 của tỉnh xếp thứ 12/63; kết quả DTI năm 2023 đến nay Bộ chưa công bố.
Bạn đọc có thể tra cứu kết quả chi tiết các chỉ số tại Trang thông tin điện tử CCHC của tỉnh hoặc liên hệ Phòng CCHC, Sở Nội vụ (ĐT: 0226.3852.704) để được hướng dẫn.
Câu hỏi khác
- Thủ tục cấp bản sao trích lục khai sinh mất bao nhiêu ngày?
- Điều kiện xét tuyển viên chức giáo dục năm 2024?
Tổng số câu hỏi: 1.286 | Đã trả lời: 1.251""",
[idx("Hà Nam", SIPAS, 2023, score=82.93, rank=31, rank_of=63, rank_change=-2),
 idx("Hà Nam", PAR, 2023, score=87.84, rank=15, rank_of=63),
 # "giữ nguyên vị trí so với năm 2022"
 optional(idx("Hà Nam", PAR, 2023, rank_change=0)),
 _scope(dos("Hà Nam", "2024-05M", received=168420), TT),
 optional(_scope(dos("Hà Nam", "2024-05M", on_time_pct=99.62), TT)),
 idx("Hà Nam", DTI, 2022, rank=12, rank_of=63)]),
Case("A6 podcast summary with timestamps ('01:15 - ...', 'Thời lượng: 18:42', '2,3 N lượt nghe'): DTI 2022 with three pillars, the host's wrong 'thứ 3' corrected, Đà Nẵng leading, the national average, 6 months' online dossiers 'trên tổng số', a hypothetical, targets, the June service index",
"https://baolaocai.vn/podcast-lao-cai-va-hanh-trinh-vao-top-10-chuyen-doi-so-post371820.html",
dt.date(2023, 7, 25),
"""Báo Lào Cai điện tử
Podcast | Multimedia | Video
Podcast: Lào Cai và hành trình vào tốp 10 chuyển đổi số
Thứ Ba, 25/07/2023 - 20:00
Thời lượng: 18:42 | 2,3 N lượt nghe
Trong số podcast "Chuyện cải cách" tuần này, khách mời là bà Nguyễn Thị K., Giám đốc Sở Thông tin và Truyền thông tỉnh Lào Cai. Dưới đây là tóm tắt nội dung theo mốc thời gian:
00:00 - Giới thiệu chương trình và khách mời.
01:15 - Bà K. cho biết, theo kết quả Bộ Thông tin và Truyền thông công bố ngày 12/7, Chỉ số DTI năm 2022 của tỉnh Lào Cai đạt 0,5512, xếp thứ 9/63, tăng 7 bậc so với năm 2021.
04:30 - Người dẫn chương trình hỏi có phải Lào Cai đứng thứ 3 về Chính quyền số. Bà K. đính chính: trụ cột Chính quyền số của tỉnh xếp thứ 6, Xã hội số xếp thứ 14; Kinh tế số vẫn là điểm yếu, chỉ đứng thứ 38.
07:02 - So sánh với các địa phương khác: Đà Nẵng dẫn đầu DTI 2022 với 0,7016; Lào Cai là tỉnh miền núi duy nhất trong tốp 10. DTI bình quân cả nước năm 2022 đạt 0,4721.
09:48 - Dịch vụ công trực tuyến: 6 tháng đầu năm 2023, toàn tỉnh có 138.562 hồ sơ trực tuyến trên tổng số 201.730 hồ sơ tiếp nhận, đạt 68,69%.
12:20 - Bà K.: nếu Kinh tế số vào tốp 20, DTI của tỉnh có thể vào tốp 5 cả nước.
14:05 - Kế hoạch năm 2023: phấn đấu 80% hồ sơ được nộp trực tuyến toàn trình, 100% xã có tổ công nghệ số cộng đồng.
16:40 - Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2023: Lào Cai đạt 84,12 điểm, xếp thứ 5/63.
18:10 - Lời kết.
Nghe thêm
- Podcast: Một cửa điện tử cấp xã - từ thủ công đến số hóa (12:36)
- Video: Người dân Bát Xát làm thủ tục trên điện thoại (03:05)
BÁO LÀO CAI - Cơ quan của Đảng bộ tỉnh Lào Cai""",
[idx("Lào Cai", DTI, 2022, score=0.5512, rank=9, rank_of=63, rank_change=7),
 idx("Lào Cai", DTI, 2022, "Chính quyền số", rank=6),
 idx("Lào Cai", DTI, 2022, "Xã hội số", rank=14),
 idx("Lào Cai", DTI, 2022, "Kinh tế số", rank=38),
 implied_rank_of("Lào Cai", DTI, 2022, 63, "Chính quyền số"),
 implied_rank_of("Lào Cai", DTI, 2022, 63, "Xã hội số"),
 implied_rank_of("Lào Cai", DTI, 2022, 63, "Kinh tế số"),
 idx("Đà Nẵng", DTI, 2022, score=0.7016, rank=1),
 implied_rank_of("Đà Nẵng", DTI, 2022, 63),
 _scope(dos("Lào Cai", "2023-06H1", received=201730, online=138562, online_pct=68.69), TT),
 # "trên tổng số 201.730 hồ sơ tiếp nhận": the total in words, not a printed x/y
 optional(_scope(dos("Lào Cai", "2023-06H1", online_total=201730), TT)),
 svc("Lào Cai", "2023-06", score=84.12, rank=5, rank_of=63)]),

Case("A7 paper's online exchange (giao lưu trực tuyến) with three guests answering readers: the year's tasks 'tính đến ngày 15/12', a rumoured 'tụt 10 bậc' answered with rank, change and previous rank, SIPAS 2021 above the national average, 11 months' dossiers, a district's extreme, the Trung tâm's own figures, PAPI 2021 of the province and of Nam Định with their difference",
"https://baothaibinh.com.vn/tin-tuc/4/168204/giao-luu-truc-tuyen-cai-cach-hanh-chinh-nam-2022-nguoi-dan-duoc-gi",
dt.date(2022, 12, 20),
"""Báo Thái Bình điện tử
Giao lưu trực tuyến: “Cải cách hành chính năm 2022 - người dân được gì?”
Cập nhật: 20/12/2022 15:30
Chiều 19/12, Báo Thái Bình tổ chức giao lưu trực tuyến với chủ đề "Cải cách hành chính năm 2022 - người dân được gì?". Khách mời: ông Phạm Văn L., Giám đốc Sở Nội vụ; bà Đỗ Thị M., Chánh Văn phòng UBND tỉnh; ông Vũ Văn N., Giám đốc Trung tâm Phục vụ hành chính công tỉnh Thái Bình. Chương trình nhận được 146 câu hỏi của bạn đọc; Báo Thái Bình xin trích đăng một số nội dung.
Bạn đọc Bùi Văn P. (xã Vũ Phúc, TP. Thái Bình): Năm nay tỉnh đã làm được bao nhiêu nhiệm vụ cải cách hành chính?
Ông Phạm Văn L.: Kế hoạch CCHC năm 2022 của tỉnh có 46 nhiệm vụ. Tính đến ngày 15/12/2022, đã hoàn thành 44 nhiệm vụ; 2 nhiệm vụ còn lại sẽ hoàn thành trước ngày 31/12.
Bạn đọc Lê Thị Q. (huyện Kiến Xương): Tôi nghe nói năm 2021 Thái Bình bị tụt 10 bậc về Chỉ số CCHC, có đúng không?
Ông Phạm Văn L.: Thông tin đó không chính xác. Chỉ số CCHC năm 2021 của tỉnh xếp thứ 21/63, tăng 3 bậc so với năm 2020 (thứ 24). Chỉ số SIPAS năm 2021 của tỉnh đạt 87,26%, xếp thứ 18, cao hơn mức bình quân cả nước (85,29%).
Bạn đọc Trần Văn R. (TP. Thái Bình): Xin cho biết số hồ sơ thủ tục hành chính năm nay?
Bà Đỗ Thị M.: Trong 11 tháng năm 2022, toàn tỉnh tiếp nhận 426.318 hồ sơ, đã giải quyết 419.744 hồ sơ, trong đó trước hạn 71,35%, đúng hạn 27,92%, trễ hạn 0,73%. Huyện Hưng Hà là địa phương có tỷ lệ trễ hạn cao nhất, 2,1%.
Ông Vũ Văn N.: Riêng Trung tâm Phục vụ hành chính công tỉnh, 11 tháng qua đã tiếp nhận 58.204 hồ sơ, 100% được giải quyết đúng hạn và trước hạn; tỷ lệ hồ sơ nộp trực tuyến tại Trung tâm đạt 61,8%. Nếu người dân đều nộp trực tuyến, mỗi năm có thể tiết kiệm hàng chục tỷ đồng chi phí đi lại.
Bạn đọc Nguyễn Thị S. (huyện Vũ Thư): Thái Bình có thấp hơn Nam Định về Chỉ số PAPI không?
Ông Phạm Văn L.: Theo Báo cáo PAPI 2021, Thái Bình đạt 43,15 điểm, xếp thứ 15; Nam Định đạt 42,88 điểm. Như vậy, Thái Bình cao hơn Nam Định 0,27 điểm.
Kết thúc chương trình, ông Phạm Văn L. cho biết năm 2023 tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 15 địa phương dẫn đầu, tỷ lệ hồ sơ trực tuyến đạt 50%.
Các khách mời tại chương trình giao lưu trực tuyến. Ảnh: Thu Hiền
BÁO THÁI BÌNH - Cơ quan của Đảng bộ tỉnh Thái Bình""",
[task("Thái Bình", "2022", 44, 46),
 idx("Thái Bình", PAR, 2021, rank=21, rank_of=63, rank_change=3, prev_rank=24),
 # "(thứ 24)": the 2020 rank printed as the previous one
 optional(idx("Thái Bình", PAR, 2020, rank=24)),
 idx("Thái Bình", SIPAS, 2021, score=87.26, rank=18),
 implied_rank_of("Thái Bình", SIPAS, 2021, 63),
 _scope(dos("Thái Bình", "2022-11M", received=426318, resolved=419744, early_pct=71.35, on_time_pct=27.92,
            late_pct=0.73), TT),
 _scope(dos("Thái Bình", "2022-11M", received=58204, online_pct=61.8), TTPV),
 # "100% được giải quyết đúng hạn và trước hạn": early and on-time together
 optional(_scope(dos("Thái Bình", "2022-11M", on_time_pct=100), TTPV)),
 idx("Thái Bình", PAPI, 2021, score=43.15, rank=15),
 implied_rank_of("Thái Bình", PAPI, 2021, 63),
 idx("Nam Định", PAPI, 2021, score=42.88)]),

Case("A8 national site's interview with a Chủ tịch UBND thành phố (no host province, 'Phóng viên:' / 'Ông ...:'): PCI 2019 with two sub-indices, Quảng Ninh leading 'năm thứ ba liên tiếp' and Đồng Tháp 'xếp thứ hai' in words, a gap 'gần 5 điểm', the national median, PAR and SIPAS 2019, 'khoảng 1,2 triệu hồ sơ, trên 99%', DDCI, a projection",
"https://baochinhphu.vn/chu-tich-ubnd-tp-hai-phong-vao-top-3-pci-khong-phai-la-dich-den-102274519.htm",
dt.date(2020, 6, 10),
"""Báo Điện tử Chính phủ
Thời sự | Chính sách mới | Phỏng vấn
Chủ tịch UBND TP. Hải Phòng: “Vào tốp 3 PCI không phải là đích đến”
Thứ Tư, 10/06/2020 08:15
(Chinhphu.vn) - Năm 2019, lần đầu tiên Hải Phòng lọt vào nhóm 3 địa phương dẫn đầu Chỉ số năng lực cạnh tranh cấp tỉnh (PCI). Phóng viên Cổng TTĐT Chính phủ đã phỏng vấn ông Nguyễn Văn T., Chủ tịch UBND thành phố Hải Phòng, về kết quả này.
Phóng viên: Thưa ông, PCI 2019 của Hải Phòng tăng vượt bậc. Ông có thể chia sẻ cụ thể?
Ông Nguyễn Văn T.: PCI 2019 của thành phố đạt 68,73 điểm, xếp thứ 3/63 tỉnh, thành phố, tăng 6 bậc so với năm 2018. Trong các chỉ số thành phần, Chi phí thời gian của Hải Phòng xếp thứ 2 cả nước; Tiếp cận đất đai vẫn là điểm nghẽn, chỉ đạt 6,02 điểm.
Phóng viên: Có ý kiến cho rằng Hải Phòng vẫn "chỉ" đứng sau Quảng Ninh và Đồng Tháp?
Ông Nguyễn Văn T.: Đúng là Quảng Ninh năm thứ ba liên tiếp dẫn đầu với 73,40 điểm, Đồng Tháp xếp thứ hai với 72,10 điểm. Khoảng cách giữa chúng tôi và Quảng Ninh còn gần 5 điểm, đó là động lực để thành phố phấn đấu. Điểm trung vị PCI 2019 của cả nước là 64,0 điểm.
Phóng viên: Bên cạnh PCI, kết quả cải cách hành chính của thành phố thế nào?
Ông Nguyễn Văn T.: Chỉ số CCHC năm 2019 của thành phố đạt 85,52%, xếp thứ 5; Chỉ số SIPAS đạt 86,01%. Năm 2019, các cơ quan hành chính ba cấp tiếp nhận khoảng 1,2 triệu hồ sơ, trên 99% được giải quyết đúng hạn. Ở cấp sở, theo Chỉ số DDCI năm 2019, Sở Xây dựng dẫn đầu với 80,5 điểm.
Phóng viên: Mục tiêu của thành phố trong thời gian tới?
Ông Nguyễn Văn T.: Nếu giữ được tốc độ cải thiện như năm 2019, đến năm 2025 PCI thành phố có thể đạt trên 72 điểm. Chúng tôi phấn đấu giữ vững vị trí trong nhóm 3 PCI và đưa Chỉ số CCHC vào nhóm 3 địa phương dẫn đầu.
Phóng viên: Xin trân trọng cảm ơn ông!
Thu Trang (thực hiện)
Tin liên quan
- Hải Phòng: Đối thoại doanh nghiệp quý II/2020
Bản quyền thuộc Cổng Thông tin điện tử Chính phủ""",
[idx("Hải Phòng", PCI, 2019, score=68.73, rank=3, rank_of=63, rank_change=6),
 idx("Hải Phòng", PCI, 2019, "Chi phí thời gian", rank=2),
 implied_rank_of("Hải Phòng", PCI, 2019, 63, "Chi phí thời gian"),
 idx("Hải Phòng", PCI, 2019, "Tiếp cận đất đai", score=6.02),
 idx("Quảng Ninh", PCI, 2019, score=73.4, rank=1),
 implied_rank_of("Quảng Ninh", PCI, 2019, 63),
 idx("Đồng Tháp", PCI, 2019, score=72.1, rank=2),
 implied_rank_of("Đồng Tháp", PCI, 2019, 63),
 idx("Hải Phòng", PAR, 2019, score=85.52, rank=5),
 implied_rank_of("Hải Phòng", PAR, 2019, 63),
 idx("Hải Phòng", SIPAS, 2019, score=86.01),
 # "khoảng 1,2 triệu hồ sơ, trên 99% được giải quyết đúng hạn": approximations in speech
 optional(_scope(dos("Hải Phòng", "2019", received=1200000, on_time_pct=99), "toàn thành phố"))]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _papi23(province: str, score: float, rank: int) -> list[dict[str, object]]:
    return [idx(province, PAPI, 2023, score=score, rank=rank), implied_rank_of(province, PAPI, 2023, 63)]


def _vl(year: int, score: float, rank: int, change: int | None = None) -> dict[str, object]:
    slots: dict[str, object] = {"score": score, "rank": rank, "rank_of": 63}
    if change is not None:
        slots["rank_change"] = change
    return idx("Vĩnh Long", PAR, year, **slots)


TABLES_A: list[Case] = [
Case("AT1 paper's reader Q&A answered with a pipe table of the five Tây Nguyên provinces' PAPI 2023 (STT beside 'Xếp hạng (/63)', a national-average row), the reader's wrong 'thứ 40' corrected to 2022's 38/63, the answer's lead restating the host's row with its change",
"https://baokontum.com.vn/hop-thu-ban-doc/hoi-dap-chi-so-papi-2023-cua-kon-tum-va-cac-tinh-tay-nguyen-19842.html",
dt.date(2024, 4, 20),
"""Báo Kon Tum điện tử
Hộp thư bạn đọc
Hỏi - đáp: Chỉ số PAPI 2023 của Kon Tum và các tỉnh Tây Nguyên
Thứ Bảy, 20/04/2024 - 09:05
Bạn đọc Y Đ. (xã Đăk Rơ Wa, TP. Kon Tum) hỏi: Năm ngoái tôi đọc báo thấy Kon Tum xếp thứ 40 về Chỉ số PAPI. Năm nay tỉnh đứng thứ mấy, so với các tỉnh Tây Nguyên ra sao?
Trả lời: Theo Báo cáo PAPI 2023 công bố ngày 2/4/2024, Chỉ số PAPI 2023 của Kon Tum đạt 41,96 điểm, xếp thứ 33/63, tăng 5 bậc. Năm 2022, Kon Tum xếp thứ 38/63 chứ không phải thứ 40 như bạn đọc nhớ. Kết quả của 5 tỉnh Tây Nguyên như sau:
STT | Tỉnh | Điểm PAPI 2023 | Xếp hạng (/63)
1 | Lâm Đồng | 43,52 | 14
2 | Đắk Lắk | 42,18 | 29
3 | Kon Tum | 41,96 | 33
4 | Gia Lai | 41,02 | 47
5 | Đắk Nông | 40,31 | 55
Trung bình toàn quốc | 42,26 | -
Nguồn: papi.org.vn
Ban Biên tập
Tin cùng chuyên mục
- Hỏi - đáp: Thủ tục đăng ký hộ kinh doanh qua mạng
BÁO KON TUM - Cơ quan của Đảng bộ tỉnh Kon Tum""",
_papi23("Lâm Đồng", 43.52, 14) + _papi23("Đắk Lắk", 42.18, 29)
+ [idx("Kon Tum", PAPI, 2023, score=41.96, rank=33, rank_of=63, rank_change=5),
   idx("Kon Tum", PAPI, 2022, rank=38, rank_of=63)]
+ _papi23("Gia Lai", 41.02, 47) + _papi23("Đắk Nông", 40.31, 55),
table=True),

Case("AT2 SNV site's Q&A answered with one province's PAR Index by year: tab-separated, one row per year (2019-2023), 'x/63' in the rank column, a signed change column with '-' on the first row, 'kể từ ... năm 2012' as history",
"https://sonoivu.vinhlong.gov.vn/hoi-dap/ket-qua-chi-so-cai-cach-hanh-chinh-cua-tinh-qua-cac-nam-1187.html",
dt.date(2024, 5, 15),
"""SỞ NỘI VỤ TỈNH VĨNH LONG
Trang chủ | Giới thiệu | Tin tức | Hỏi đáp | Liên hệ
Hỏi đáp: Kết quả Chỉ số cải cách hành chính của tỉnh qua các năm
15/05/2024 | Lượt xem: 211
Hỏi: Tôi là sinh viên đang làm khóa luận về cải cách hành chính. Xin cho biết kết quả Chỉ số CCHC (PAR Index) của tỉnh Vĩnh Long trong 5 năm gần đây?
Đáp: Phòng Cải cách hành chính, Sở Nội vụ cung cấp kết quả Chỉ số CCHC của tỉnh Vĩnh Long giai đoạn 2019 - 2023 do Bộ Nội vụ công bố như sau:
Năm\tĐiểm (%)\tXếp hạng\tTăng/giảm bậc
2019\t80,35\t38/63\t-
2020\t84,61\t30/63\t+8
2021\t83,02\t41/63\t-11
2022\t85,77\t24/63\t+17
2023\t88,12\t11/63\t+13
Kết quả năm 2023 là cao nhất của tỉnh kể từ khi Bộ Nội vụ triển khai xác định Chỉ số CCHC năm 2012. Bạn có thể tham khảo báo cáo chi tiết tại Trang thông tin điện tử CCHC của tỉnh.
SỞ NỘI VỤ TỈNH VĨNH LONG - Địa chỉ: Số 79 đường 30/4, Phường 1, TP. Vĩnh Long""",
[_vl(2019, 80.35, 38), _vl(2020, 84.61, 30, 8), _vl(2021, 83.02, 41, -11), _vl(2022, 85.77, 24, 17),
 _vl(2023, 88.12, 11, 13)],
table=True),
]


NEGATIVES_A: list[Case] = [
Case("AN1 paper interview about a plan's methods and targets only: a plan's '52 nhiệm vụ cụ thể' with nothing done, a methodology's '8 lĩnh vực, 37 tiêu chí', targets 'từ 90% trở lên' / 'trên 85%' / 'dưới 0,5%', the PV's hypothetical 'Nếu đạt 90 điểm', a pilot survey of 1.200 phiếu not published",
"https://baoninhbinh.org.vn/nang-cao-chi-so-cchc-nam-2024-do-duoc-thi-moi-cai-thien-duoc-d207315.html",
dt.date(2024, 2, 20),
"""Báo Ninh Bình điện tử
Phỏng vấn | Chính trị
Nâng cao Chỉ số CCHC năm 2024: “Đo được thì mới cải thiện được”
Thứ Ba, 20/02/2024 - 06:40
(BNB) - UBND tỉnh Ninh Bình vừa ban hành Kế hoạch nâng cao Chỉ số CCHC, Chỉ số SIPAS năm 2024. Phóng viên Báo Ninh Bình trao đổi với bà Đinh Thị H., Phó Giám đốc Sở Nội vụ, về những điểm mới của kế hoạch.
PV: Thưa bà, kế hoạch năm nay có gì khác so với các năm trước?
Bà Đinh Thị H.: Kế hoạch có 6 nhóm giải pháp với 52 nhiệm vụ cụ thể. Điểm mới lớn nhất là chúng tôi giao chỉ tiêu đến từng tiêu chí thành phần. Bộ chỉ số của Bộ Nội vụ theo Quyết định số 876/QĐ-BNV có 8 lĩnh vực, 37 tiêu chí và 84 tiêu chí thành phần; mỗi tiêu chí đều có cơ quan chủ trì và thời hạn hoàn thành trước tháng 12/2024.
PV: Kế hoạch đặt ra mục tiêu cụ thể nào?
Bà Đinh Thị H.: Tỉnh phấn đấu Chỉ số CCHC năm 2024 đạt từ 90% trở lên, Chỉ số SIPAS đạt trên 85%; tỷ lệ hồ sơ giải quyết trễ hạn dưới 0,5%; 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
PV: Nếu đạt 90 điểm thì tỉnh sẽ ở vị trí nào, thưa bà?
Bà Đinh Thị H.: Khó nói trước, vì xếp hạng còn phụ thuộc các tỉnh khác. Nhưng nếu đạt 90 điểm, tỉnh sẽ vào nhóm A theo cách phân nhóm của Bộ, và đó là mục tiêu chúng tôi hướng tới. Nếu mỗi lĩnh vực tăng thêm 0,5 điểm thì tổng điểm có thể tăng khoảng 4 điểm.
PV: Việc lấy ý kiến người dân sẽ được làm thế nào?
Bà Đinh Thị H.: Sở sẽ phối hợp với Bưu điện tỉnh khảo sát thử 1.200 phiếu tại 8 huyện, thành phố trước đợt điều tra xã hội học chính thức của Bộ Nội vụ dự kiến vào quý III/2024. Kết quả khảo sát thử chỉ dùng nội bộ để điều chỉnh giải pháp, không công bố.
PV: Xin cảm ơn bà!
Tin liên quan
- Ninh Bình ban hành Kế hoạch CCHC năm 2024
BÁO NINH BÌNH - Cơ quan của Đảng bộ tỉnh Ninh Bình""",
[]),

Case("AN2 portal's reader Q&A with no answer yet ('Trạng thái: Đang chờ trả lời'): the reader quotes rumoured figures ('tụt xuống thứ 50/63, giảm 12 bậc', 'chỉ đạt 81 điểm') as a question, a late dossier's dates, the box's counters",
"https://binhphuoc.gov.vn/vi/hoi-dap/hoi-ve-ket-qua-chi-so-cchc-nam-2023-cua-tinh-va-ho-so-dat-dai-qua-han-5213.html",
dt.date(2024, 5, 8),
"""Cổng Thông tin điện tử tỉnh Bình Phước
Hỏi đáp | Gửi câu hỏi | Câu hỏi thường gặp
Hỏi về kết quả Chỉ số CCHC năm 2023 của tỉnh và hồ sơ đất đai quá hạn
Người hỏi: Phạm Văn T. | Địa chỉ: phường Tân Phú, TP. Đồng Xoài
Ngày gửi: 06/05/2024 | Lĩnh vực: Nội vụ, Tài nguyên và Môi trường
Trạng thái: Đang chờ trả lời
Nội dung câu hỏi:
Kính gửi UBND tỉnh, tôi thấy một số trang mạng đăng rằng Chỉ số CCHC năm 2023 của tỉnh Bình Phước tụt xuống thứ 50/63, giảm 12 bậc so với năm 2022, thậm chí có trang viết tỉnh chỉ đạt 81 điểm. Xin hỏi những thông tin này có đúng không, và kết quả chính thức là bao nhiêu?
Ngoài ra, hồ sơ chuyển mục đích sử dụng đất của gia đình tôi nộp tại Bộ phận Một cửa TP. Đồng Xoài từ ngày 12/3/2024, hẹn trả kết quả ngày 10/4/2024, đến nay đã quá hạn gần 1 tháng. Đề nghị cơ quan có thẩm quyền xem xét, trả lời.
Trả lời:
Câu hỏi đã được chuyển đến Sở Nội vụ và UBND TP. Đồng Xoài để trả lời. Thời hạn trả lời: 15 ngày làm việc kể từ ngày tiếp nhận. Nội dung trả lời sẽ được đăng tải tại mục này.
Câu hỏi cùng lĩnh vực
- Thủ tục đăng ký biến động đất đai khi thừa kế? (Đã trả lời)
- Thời hạn giải quyết hồ sơ cấp giấy chứng nhận lần đầu? (Đã trả lời)
Tổng số câu hỏi: 2.417 | Đã trả lời: 2.380 | Đang xử lý: 37""",
[]),
]


def test_round_a_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round A prose", ROUND_A, capsys)


def test_round_a_tables_meet_the_target() -> None:
    assert_table_target(TABLES_A)


@pytest.mark.parametrize("case", NEGATIVES_A, ids=ids(NEGATIVES_A))
def test_round_a_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_A + TABLES_A, ids=ids(ROUND_A + TABLES_A))
def test_round_a_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
