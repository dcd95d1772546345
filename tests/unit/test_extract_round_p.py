"""Blind round P: how the press and national bodies write index results, written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the domain notes, the seeds, the held-out
helpers, rounds M and N (for the file format), a few gold lines of earlier rounds (for the
EGOV_MIC and component-name conventions) and the scoring module only; it did not read
``scrapers/`` (other than ``scoring.py``) or run the extractor. Theme: pages published
2019–2025 (pre-merger, 63 provinces) that report PAPI (8 dimensions, totals out of 80), PCI
(sub-indices, "điểm số", "thứ hạng", quality groups), DTI (0–1 scores and the three pillars),
the ICT Index, the MIC e-government ranking before DTI (EGOV_MIC), PGI, PAR Index and SIPAS
with components; national announcements, national papers and provincial papers reporting
their own province plus neighbours. Journalistic constructions: Q&A interviews, quotes, two
years compared in one sentence, "so với năm trước", "vươn lên", "tụt", "rơi xuống", "giữ
vững", ranks in words ("thứ nhất", "thứ hai, thứ ba", "hạng ba"), "top 10", regional
comparisons that are not national ranks, previous values in parentheses, provinces listed
with scores in parentheses (some lists deliberately not in rank order), headlines restating
the body, English number conventions, one article without diacritics. Traps: targets,
national averages and medians, highest/lowest, ministries' PAR and DTI results, DDCI of
departments and districts, indices outside the schema (PII, GRDP, HDI), years in history
("năm thứ 5 liên tiếp", "kể từ năm 2016").

Gold conventions used here: ``rank_of`` only when the text states it ("/63", "trong 63");
a leader named with "dẫn đầu"/"thứ nhất" is rank 1; "tiếp theo là A, B" after a leader gives
ranks by order (as in seed 002) but a list introduced by "trong đó có" or a regional order
does not; a previous value given in parentheses or as "từ X lên Y" is ``prev_*`` (its own-year
fact optional); a separate clause with its own year ("trong khi năm 2019 chỉ đứng thứ 38",
"năm 2021 và năm 2022 lần lượt ...") is a fact of that year (the ``prev_*`` reading optional);
"giữ vững"/"giữ" gives an optional ``rank_change`` of 0; the lowest-scoring province named is
optional.

Extractor 1.6.0 (next session, before any new round was scored): a leader "ở 3 lĩnh vực: A, B
và C" leads each component listed: prose **0.995 / 0.933**; two components then "lần lượt xếp
thứ 5 và thứ 9": **0.995 / 0.943**.
Next session (1.9.0): "rơi xuống vị trí thứ 5" after an apposition naming a group, provinces given
as examples ("như Lào Cai tăng 12 bậc"), SIPAS components "đạt cao nhất" and "thấp nhất là chỉ số
X": **0.995 / 0.979**.

None of these texts is copied from a published article; figures are invented.

First score (extractor at 630914e, the start of the session that received the round; 0.911 /
0.737 on the session's changes made before the round was read):

* prose (16 articles): precision 0.910, recall 0.727 — a year "kể từ khi PAPI được triển khai
  ... năm 2011" taken for the measured year (8 wrong slots in one article), ranks in words for
  two provinces without "lần lượt" ("Đà Nẵng và Thừa Thiên Huế xếp thứ hai, thứ ba"), "đứng
  đầu Chỉ số Xanh (PGI)" given to the PCI named earlier, "4 địa phương đứng đầu bảng xếp hạng
  lần lượt là", "Xếp sau Thừa Thiên Huế là ...", "bảng xếp hạng này", an interview's speaker
  labels hiding the answers, "từ vị trí 52 năm 2020 lên vị trí 19";
* tables (3): F1 0.667 — a change column "so với 2019" taken for the table's year;
* negatives (2): clean.

After the fixes: prose 0.988 / 0.856, tables 1.000. Left: components led by "dẫn đầu về ...
(score)", two years' PCI in one "lần lượt ... tương ứng" sentence, ranks in "giữ hạng ba",
"rơi xuống vị trí thứ 5" after an apposition, regional comparisons in an interview.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, optional

pytestmark = pytest.mark.unit

EGOV = "EGOV_MIC"


ROUND_P: list[Case] = [
# ------------------------------------------------------------------ national announcements / national papers
Case("P1 papi.org.vn: PAPI 2022 release, top group 'trong đó có' listed alphabetically with scores, "
     "leader in words, lowest, average, dimension highest, history years",
"https://papi.org.vn/cong-bo-bao-cao-papi-2022/",
dt.date(2023, 4, 12),
"""Công bố Báo cáo PAPI 2022: Chất lượng quản trị cấp tỉnh tiếp tục cải thiện
Đăng ngày: 12/04/2023 | Lượt xem: 2.315
Sáng 12/4/2023, tại Hà Nội, Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES), Trung tâm Bồi dưỡng cán bộ và Nghiên cứu khoa học Mặt trận Tổ quốc Việt Nam (VFF-CRT), Công ty Nghiên cứu và Tư vấn Phân tích thời gian thực (RTA) và Chương trình Phát triển Liên hợp quốc (UNDP) công bố Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2022. Đây là năm thứ 14 PAPI được thực hiện kể từ năm 2009, với 16.117 người dân được phỏng vấn trực tiếp trên cả 63 tỉnh, thành phố.
PAPI đo lường hiệu quả quản trị và hành chính công theo 8 chỉ số nội dung, mỗi chỉ số có thang điểm từ 1 đến 10; tổng điểm tối đa là 80 điểm.
Năm 2022, nhóm đạt điểm tổng hợp cao nhất gồm 16 địa phương, trong đó có Bến Tre (43,61 điểm), Bình Định (44,87 điểm), Hà Tĩnh (43,95 điểm), Quảng Ninh (45,41 điểm) và Thừa Thiên Huế (44,02 điểm). Quảng Ninh tiếp tục đứng đầu cả nước; địa phương có tổng điểm thấp nhất là Ninh Thuận với 37,92 điểm. Điểm trung bình toàn quốc đạt 42,35 điểm.
Sóc Trăng là địa phương cải thiện mạnh nhất, tăng 19 bậc so với năm 2021 và thoát khỏi nhóm đạt điểm thấp nhất.
Ở chỉ số nội dung Quản trị môi trường, Bến Tre đạt 4,31 điểm, cao nhất cả nước, trong khi điểm trung bình toàn quốc chỉ là 3,02 điểm. Tỷ lệ người dân cho biết đã từng sử dụng Cổng Dịch vụ công quốc gia tăng lên 8,1%.
Báo cáo khuyến nghị chính quyền các cấp tiếp tục đầu tư cho quản trị điện tử, bảo vệ môi trường và tăng cường công khai, minh bạch ngân sách cấp xã.
Tin liên quan
- Ra mắt Báo cáo PAPI 2021 (10/05/2022)
- Hội thảo chia sẻ kết quả PAPI tại khu vực miền Trung (22/06/2022)
© 2023 PAPI. Bản quyền thuộc CECODES và UNDP Việt Nam.""",
[idx("Bến Tre", PAPI, 2022, score=43.61),
 idx("Bình Định", PAPI, 2022, score=44.87),
 idx("Hà Tĩnh", PAPI, 2022, score=43.95),
 idx("Quảng Ninh", PAPI, 2022, score=45.41, rank=1),
 idx("Thừa Thiên Huế", PAPI, 2022, score=44.02),
 optional(idx("Ninh Thuận", PAPI, 2022, score=37.92)),
 idx("Sóc Trăng", PAPI, 2022, rank_change=19),
 idx("Bến Tre", PAPI, 2022, "Quản trị môi trường", score=4.31),
 optional(idx("Bến Tre", PAPI, 2022, "Quản trị môi trường", rank=1))]),

Case("P2 pcivietnam.vn: PCI 2019, 'vị trí thứ hai và thứ ba lần lượt thuộc về', top-10 list without ranks, "
     "quality groups, median, 'tụt ... rơi xuống hạng', sub-index leader, bottom of the table",
"https://pcivietnam.vn/tin-tuc/cong-bo-pci-2019-quang-ninh-ba-nam-lien-giu-ngoi-quan-quan",
dt.date(2020, 5, 6),
"""Công bố PCI 2019: Quảng Ninh ba năm liền giữ ngôi quán quân
Thứ Tư, 06/05/2020 10:12
Sáng 6/5/2020, Phòng Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2019 theo hình thức trực tuyến. Đây là năm thứ 15 liên tiếp báo cáo được thực hiện, với gần 12.400 doanh nghiệp tham gia trả lời khảo sát.
Toàn cảnh lễ công bố PCI 2019 theo hình thức trực tuyến. Ảnh: VCCI
Theo bảng xếp hạng, Quảng Ninh năm thứ ba liên tiếp giữ vị trí quán quân với điểm số 73,02. Vị trí thứ hai và thứ ba lần lượt thuộc về Đồng Tháp (71,84 điểm) và Long An (70,11 điểm). Nhóm 10 địa phương dẫn đầu còn có Bà Rịa - Vũng Tàu, Bắc Ninh, Bình Dương, Đà Nẵng, Hà Nội, Hải Phòng và Vĩnh Phúc.
Về phân nhóm, năm 2019 có 9 địa phương thuộc nhóm "Rất tốt", 35 địa phương thuộc nhóm "Tốt", 17 địa phương nhóm "Khá" và 2 địa phương nhóm "Trung bình". Điểm trung vị PCI năm 2019 đạt 64,74 điểm, cao nhất kể từ năm 2006.
Bứt phá mạnh nhất năm nay là Phú Yên, tăng 21 bậc, lên vị trí thứ 27. Ngược lại, Khánh Hòa tụt 10 bậc, rơi xuống hạng 41. Đứng cuối bảng xếp hạng là Bắc Kạn với 58,51 điểm.
Ở các chỉ số thành phần, Đồng Tháp dẫn đầu cả nước về Chi phí không chính thức với 7,12 điểm.
Phát biểu tại lễ công bố, Chủ tịch VCCI nhấn mạnh các địa phương cần tiếp tục cải thiện chất lượng điều hành, nhất là trong bối cảnh doanh nghiệp chịu tác động của dịch Covid-19.
Tin liên quan
- VCCI khởi động khảo sát PCI 2020
- Doanh nghiệp đánh giá thế nào về chi phí không chính thức?""",
[idx("Quảng Ninh", PCI, 2019, score=73.02, rank=1),
 optional(idx("Quảng Ninh", PCI, 2019, rank_change=0)),
 idx("Đồng Tháp", PCI, 2019, score=71.84, rank=2),
 idx("Long An", PCI, 2019, score=70.11, rank=3),
 idx("Phú Yên", PCI, 2019, rank=27, rank_change=21),
 idx("Khánh Hòa", PCI, 2019, rank=41, rank_change=-10),
 optional(idx("Bắc Kạn", PCI, 2019, score=58.51, rank=63)),
 idx("Đồng Tháp", PCI, 2019, "Chi phí không chính thức", score=7.12, rank=1)]),

Case("P3 vnexpress: DTI 2021 sapo with 'xếp thứ hai, thứ ba', last year's leader, pillar leaders with "
     "scores in parentheses, 'từ vị trí 52 năm 2020 lên vị trí 19', ministries, average",
"https://vnexpress.net/quang-ninh-dan-dau-chi-so-chuyen-doi-so-cap-tinh-nam-2021-4488123.html",
dt.date(2022, 7, 15),
"""Quảng Ninh dẫn đầu chỉ số chuyển đổi số cấp tỉnh năm 2021
Quảng Ninh đạt 0,6077 điểm, xếp thứ nhất về Chỉ số chuyển đổi số (DTI) cấp tỉnh năm 2021; Đà Nẵng và Thừa Thiên Huế xếp thứ hai, thứ ba.
Kết quả được Bộ Thông tin và Truyền thông công bố chiều 14/7 tại Hà Nội. Đây là năm thứ hai Bộ đánh giá, xếp hạng mức độ chuyển đổi số của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố.
Đà Nẵng, địa phương đứng đầu năm 2020, năm nay đạt 0,5868 điểm; Thừa Thiên Huế được 0,5705 điểm. Giá trị DTI trung bình cấp tỉnh là 0,4362, chỉ có 9 địa phương vượt mốc 0,5.
Xét theo trụ cột, Quảng Ninh dẫn đầu về chính quyền số (0,6321 điểm) và kinh tế số (0,5544 điểm), còn Thừa Thiên Huế đứng đầu về xã hội số với 0,6012 điểm.
Vĩnh Long là địa phương tăng hạng nhiều nhất, từ vị trí 52 năm 2020 lên vị trí 19.
Ở khối bộ, ngành có cung cấp dịch vụ công, Bộ Tư pháp dẫn đầu với 0,5712 điểm, Ngân hàng Nhà nước đứng thứ hai. Ở khối bộ không cung cấp dịch vụ công, Bộ Ngoại giao xếp thứ nhất.
Thứ trưởng Bộ Thông tin và Truyền thông phát biểu tại lễ công bố. Ảnh: Giang Huy
Theo Bộ Thông tin và Truyền thông, từ năm 2022 bộ chỉ số sẽ được điều chỉnh, tăng trọng số cho các chỉ tiêu đo lường hiệu quả thực chất của chuyển đổi số.
Lưu Quý""",
[idx("Quảng Ninh", DTI, 2021, score=0.6077, rank=1),
 idx("Đà Nẵng", DTI, 2021, score=0.5868, rank=2),
 idx("Thừa Thiên Huế", DTI, 2021, score=0.5705, rank=3),
 optional(idx("Đà Nẵng", DTI, 2020, rank=1)),
 optional(idx("Đà Nẵng", DTI, 2021, prev_rank=1)),
 idx("Quảng Ninh", DTI, 2021, "Chính quyền số", score=0.6321, rank=1),
 idx("Quảng Ninh", DTI, 2021, "Kinh tế số", score=0.5544, rank=1),
 idx("Thừa Thiên Huế", DTI, 2021, "Xã hội số", score=0.6012, rank=1),
 idx("Vĩnh Long", DTI, 2021, rank=19, prev_rank=52),
 optional(idx("Vĩnh Long", DTI, 2020, rank=52))]),

Case("P4 vneconomy Q&A interview: PCI 2021, 'giữ vững vị trí thứ nhất', 'vươn lên vị trí thứ hai', "
     "'giữ hạng ba', 'rơi xuống vị trí thứ 5', medians of two years, a city's weak sub-index",
"https://vneconomy.vn/pci-2021-cuoc-dua-cai-thien-moi-truong-kinh-doanh-ngay-cang-quyet-liet.htm",
dt.date(2022, 5, 12),
"""PCI 2021: "Cuộc đua cải thiện môi trường kinh doanh ngày càng quyết liệt"
12/05/2022, 08:30
Quảng Ninh tiếp tục giữ vững vị trí thứ nhất trên bảng xếp hạng PCI 2021, còn Hải Phòng lần đầu lọt vào top 3. Xung quanh kết quả này, phóng viên đã có cuộc trao đổi với ông Trần Văn D., Trưởng nhóm nghiên cứu PCI.
Phóng viên: Thưa ông, bức tranh PCI 2021 có những điểm gì đáng chú ý?
Ông Trần Văn D.: Quảng Ninh đạt 71,48 điểm, năm thứ năm liên tiếp đứng đầu. Hải Phòng vươn lên vị trí thứ hai với 70,08 điểm, tăng 5 bậc; Long An giữ hạng ba. Đồng Tháp, địa phương nhiều năm liền nằm trong top 3, năm nay rơi xuống vị trí thứ 5.
Phóng viên: Còn các địa phương ở nhóm cuối bảng thì sao?
Ông Trần Văn D.: Điểm trung vị năm nay là 65,1 điểm, cao hơn mức 64,4 điểm của năm 2020. Nhiều tỉnh miền núi phía Bắc vẫn ở nhóm cuối, nhưng cũng có những địa phương bứt phá như Lào Cai tăng 12 bậc, lên hạng 11, hay Hà Giang tăng 19 bậc.
Phóng viên: Theo ông, đâu là "điểm nghẽn" lớn nhất hiện nay?
Ông Trần Văn D.: Đó là tiếp cận đất đai và chi phí không chính thức. Chẳng hạn, ở chỉ số thành phần Chi phí không chính thức, Hà Nội chỉ đạt 5,96 điểm, thuộc nhóm thấp nhất cả nước.
Phóng viên: Xin cảm ơn ông!
Minh Anh (thực hiện)""",
[idx("Quảng Ninh", PCI, 2021, score=71.48, rank=1),
 optional(idx("Quảng Ninh", PCI, 2021, rank_change=0)),
 idx("Hải Phòng", PCI, 2021, score=70.08, rank=2, rank_change=5),
 idx("Long An", PCI, 2021, rank=3),
 optional(idx("Long An", PCI, 2021, rank_change=0)),
 idx("Đồng Tháp", PCI, 2021, rank=5),
 idx("Lào Cai", PCI, 2021, rank=11, rank_change=12),
 idx("Hà Giang", PCI, 2021, rank_change=19),
 idx("Hà Nội", PCI, 2021, "Chi phí không chính thức", score=5.96)]),

Case("P5 thanhnien: PCI 2022 top four 'lần lượt là' with scores in parentheses, median, bottom, "
     "PGI leader 'xếp thứ nhất' then 'tiếp theo là', 'lần thứ sáu liên tiếp'",
"https://thanhnien.vn/pci-2022-quang-ninh-lan-thu-sau-lien-tiep-dan-dau-185230411113215.htm",
dt.date(2023, 4, 11),
"""PCI 2022: Quảng Ninh lần thứ sáu liên tiếp dẫn đầu
11/04/2023 11:32 GMT+7
Quảng Ninh lần thứ sáu liên tiếp dẫn đầu bảng xếp hạng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI), trong khi Bà Rịa - Vũng Tàu đứng đầu Chỉ số Xanh cấp tỉnh (PGI) được công bố lần đầu.
Sáng 11/4, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo PCI 2022, dựa trên kết quả khảo sát hơn 11.300 doanh nghiệp.
Theo đó, 4 địa phương đứng đầu bảng xếp hạng lần lượt là: Quảng Ninh (70,64 điểm), Hải Phòng (70,02 điểm), Bà Rịa - Vũng Tàu (69,23 điểm) và Long An (68,96 điểm). Điểm trung vị PCI 2022 là 64,8 điểm, nhích nhẹ so với năm 2021; đứng cuối bảng là Cao Bằng với 59,12 điểm.
Ở bảng xếp hạng PGI 2022, Bà Rịa - Vũng Tàu đạt 25,39 điểm, xếp thứ nhất; tiếp theo là Quảng Ninh, Đồng Tháp và Đà Nẵng.
Theo VCCI, PGI gồm 4 chỉ số thành phần, phản ánh nỗ lực của chính quyền địa phương trong việc thúc đẩy tăng trưởng xanh và kiểm soát ô nhiễm.
Doanh nghiệp tham dự lễ công bố PCI 2022 tại Hà Nội. Ảnh: Ngọc Thắng""",
[idx("Quảng Ninh", PCI, 2022, score=70.64, rank=1),
 idx("Hải Phòng", PCI, 2022, score=70.02, rank=2),
 idx("Bà Rịa - Vũng Tàu", PCI, 2022, score=69.23, rank=3),
 idx("Long An", PCI, 2022, score=68.96, rank=4),
 optional(idx("Cao Bằng", PCI, 2022, score=59.12, rank=63)),
 idx("Bà Rịa - Vũng Tàu", PGI, 2022, score=25.39, rank=1),
 idx("Quảng Ninh", PGI, 2022, rank=2),
 idx("Đồng Tháp", PGI, 2022, rank=3),
 idx("Đà Nẵng", PGI, 2022, rank=4)]),

# ------------------------------------------------------------------ provincial papers
Case("P6 provincial paper: MIC e-government ranking 2019 'giữ vững vị trí thứ nhất', 'Xếp sau ... là', "
     "ICT Index 2018 with a component, history, online share, target",
"https://baothuathienhue.vn/khoa-hoc-cong-nghe/thua-thien-hue-giu-vung-vi-tri-thu-nhat-ve-ung-dung-cntt-a89213.html",
dt.date(2020, 7, 20),
"""Thừa Thiên Huế giữ vững vị trí thứ nhất về ứng dụng CNTT, phát triển chính quyền điện tử
Cập nhật lúc 07:15 20/07/2020
(TTH) - Theo Báo cáo xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử năm 2019 vừa được Bộ Thông tin và Truyền thông công bố, Thừa Thiên Huế đạt 0,7905 điểm, giữ vững vị trí thứ nhất trong khối tỉnh, thành phố trực thuộc Trung ương.
Trung tâm Giám sát, điều hành đô thị thông minh tỉnh. Ảnh: Đức Quang
Đây là năm thứ ba liên tiếp tỉnh dẫn đầu bảng xếp hạng này kể từ năm 2017. Xếp sau Thừa Thiên Huế là Đà Nẵng (0,7611 điểm) và Quảng Ninh (0,7420 điểm).
Trước đó, trong Báo cáo Vietnam ICT Index 2018, Thừa Thiên Huế xếp thứ 3/63 tỉnh, thành phố với 0,6912 điểm; riêng nhóm chỉ số Ứng dụng CNTT đứng thứ hai cả nước.
Năm 2019, tỷ lệ hồ sơ được xử lý trực tuyến mức độ 3, 4 của tỉnh đạt 32,5% tổng số hồ sơ tiếp nhận; ứng dụng Hue-S có hơn 120.000 lượt tải.
Ông Lê Văn T., Giám đốc Sở Thông tin và Truyền thông cho biết: "Năm 2020, tỉnh phấn đấu đạt 50% hồ sơ trực tuyến mức độ 3, 4 và duy trì vị trí dẫn đầu cả nước về chính quyền điện tử".
Tin liên quan
- Ra mắt phiên bản mới của ứng dụng Hue-S
- Thừa Thiên Huế đẩy mạnh thanh toán không dùng tiền mặt""",
[idx("Thừa Thiên Huế", EGOV, 2019, score=0.7905, rank=1),
 optional(idx("Thừa Thiên Huế", EGOV, 2019, rank_change=0)),
 idx("Đà Nẵng", EGOV, 2019, score=0.7611, rank=2),
 idx("Quảng Ninh", EGOV, 2019, score=0.742, rank=3),
 idx("Thừa Thiên Huế", ICT, 2018, score=0.6912, rank=3, rank_of=63),
 idx("Thừa Thiên Huế", ICT, 2018, "Ứng dụng CNTT", rank=2),
 dos("Thừa Thiên Huế", "2019", online_pct=32.5)]),

Case("P7 provincial paper Q&A: PAR 2020 with 'đứng đầu khu vực Tây Nguyên', this and last year in one "
     "answer, 'lần lượt xếp thứ 5 và thứ 9', SIPAS with the province's highest and lowest components, target",
"https://baodaklak.vn/chinh-tri/202106/chi-so-cchc-cua-dak-lak-tang-14-bac-giu-da-cai-thien-bang-giai-phap-cu-the-2e81f3a/",
dt.date(2021, 6, 10),
"""Chỉ số CCHC của Đắk Lắk tăng 14 bậc: Giữ đà cải thiện bằng giải pháp cụ thể
Thứ Năm, 10/06/2021, 07:30 [GMT+7]
Chỉ số cải cách hành chính (PAR Index) năm 2020 của tỉnh vừa được Bộ Nội vụ công bố đạt 84,11%, tăng 14 bậc so với năm 2019 và đứng đầu khu vực Tây Nguyên. Phóng viên Báo Đắk Lắk đã có cuộc trao đổi với ông Nguyễn Văn X., Giám đốc Sở Nội vụ, xung quanh kết quả này.
Phóng viên: Thưa ông, kết quả Chỉ số CCHC năm 2020 của tỉnh có điểm gì nổi bật?
Ông Nguyễn Văn X.: Năm 2020, tỉnh xếp hạng 24/63 tỉnh, thành phố, trong khi năm 2019 chỉ đứng thứ 38. Trong 8 lĩnh vực được đánh giá, cải cách thể chế và cải cách tài chính công có kết quả tốt nhất, lần lượt xếp thứ 5 và thứ 9. Tỉnh bạn Lâm Đồng xếp thứ 29 cả nước.
Phóng viên: Còn mức độ hài lòng của người dân thì sao, thưa ông?
Ông Nguyễn Văn X.: Chỉ số SIPAS năm 2020 của tỉnh đạt 82,96%, xếp thứ 35, cao hơn mức trung bình cả nước (80,08%). Trong 5 chỉ số thành phần, Tiếp cận dịch vụ đạt cao nhất với 86,1%; thấp nhất là chỉ số Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị, chỉ đạt 71,4%.
Phóng viên: Năm 2021, tỉnh đặt ra mục tiêu gì?
Ông Nguyễn Văn X.: Tỉnh phấn đấu Chỉ số CCHC đạt trên 86%, vào nhóm 20 địa phương dẫn đầu cả nước; SIPAS đạt trên 85%. Để làm được điều đó, Sở Nội vụ sẽ tham mưu giao chỉ tiêu cụ thể cho từng sở, ngành, địa phương.
Phóng viên: Xin cảm ơn ông!
Hoàng Minh (thực hiện)""",
[idx("Đắk Lắk", PAR, 2020, score=84.11, rank=24, rank_of=63, rank_change=14),
 optional(idx("Đắk Lắk", PAR, 2020, prev_rank=38)),
 idx("Đắk Lắk", PAR, 2019, rank=38),
 idx("Đắk Lắk", PAR, 2020, "Cải cách thể chế", rank=5),
 idx("Đắk Lắk", PAR, 2020, "Cải cách tài chính công", rank=9),
 idx("Lâm Đồng", PAR, 2020, rank=29),
 idx("Đắk Lắk", SIPAS, 2020, score=82.96, rank=35),
 idx("Đắk Lắk", SIPAS, 2020, "Tiếp cận dịch vụ", score=86.1),
 idx("Đắk Lắk", SIPAS, 2020, "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", score=71.4)]),

Case("P8 provincial paper: PAR 2021 leader, 'lần lượt đứng thứ hai và thứ ba với X và Y', three areas "
     "led, SIPAS 'xếp thứ hai, chỉ sau', ministries, average, DDCI, 'kể từ năm 2016'",
"https://baoquangninh.vn/quang-ninh-dan-dau-ca-nuoc-ve-chi-so-cchc-nam-2021-3186412.html",
dt.date(2022, 5, 26),
"""Quảng Ninh dẫn đầu cả nước về Chỉ số CCHC năm 2021
Cập nhật: 06:45, 26/05/2022 | Lượt xem: 3.112
Chiều 25/5, Ban Chỉ đạo CCHC của Chính phủ tổ chức hội nghị trực tuyến công bố Chỉ số CCHC năm 2021 và Chỉ số SIPAS năm 2021. Quảng Ninh tiếp tục đứng đầu bảng xếp hạng Chỉ số CCHC cấp tỉnh với 91,04%; đây là năm thứ tư liên tiếp tỉnh giữ vị trí số 1, và kể từ năm 2016 đến nay tỉnh chưa lần nào ra khỏi nhóm 3 địa phương dẫn đầu.
Quang cảnh hội nghị tại điểm cầu Quảng Ninh. Ảnh: Thu Chung
Hải Phòng và Bắc Ninh lần lượt đứng thứ hai và thứ ba với 89,59% và 88,97%. Giá trị trung bình Chỉ số CCHC của các tỉnh, thành phố đạt 83,74%.
Trong 8 lĩnh vực đánh giá, Quảng Ninh dẫn đầu cả nước ở 3 lĩnh vực: cải cách thể chế, cải cách thủ tục hành chính và cải cách chế độ công vụ.
Chỉ số SIPAS năm 2021 của tỉnh đạt 89,82%, xếp thứ hai cả nước, chỉ sau Hải Phòng.
Ở khối bộ, cơ quan ngang bộ, Bộ Tư pháp dẫn đầu với 89,95%, Ngân hàng Nhà nước Việt Nam đứng thứ hai.
Phát biểu tại điểm cầu Quảng Ninh, đồng chí Phạm Văn T., Giám đốc Sở Nội vụ cho biết: "Kết quả này là động lực để tỉnh tiếp tục đổi mới. Năm 2022, Quảng Ninh đặt mục tiêu giữ vững vị trí dẫn đầu cả ba chỉ số PAR Index, SIPAS và PCI".
Cũng trong tháng 5, tỉnh công bố Chỉ số DDCI năm 2021: Sở Tư pháp dẫn đầu khối sở, ngành với 85,12 điểm; thành phố Hạ Long dẫn đầu khối địa phương.
Tin liên quan
- Quảng Ninh: Đẩy mạnh thực hiện Đề án 06
- Hạ Long ra mắt Trung tâm hành chính công thế hệ mới""",
[idx("Quảng Ninh", PAR, 2021, score=91.04, rank=1),
 idx("Hải Phòng", PAR, 2021, score=89.59, rank=2),
 idx("Bắc Ninh", PAR, 2021, score=88.97, rank=3),
 idx("Quảng Ninh", PAR, 2021, "Cải cách thể chế", rank=1),
 idx("Quảng Ninh", PAR, 2021, "Cải cách thủ tục hành chính", rank=1),
 idx("Quảng Ninh", PAR, 2021, "Cải cách chế độ công vụ", rank=1),
 idx("Quảng Ninh", SIPAS, 2021, score=89.82, rank=2),
 optional(idx("Hải Phòng", SIPAS, 2021, rank=1))]),

Case("P9 provincial paper: PCI 2022 'vươn lên vị trí thứ 5, tăng 4 bậc so với năm trước (hạng 9)', "
     "regional 'xếp sau' with a score, neighbours' scores in parentheses, components with last year's "
     "score, PGI, median, DDCI, GRDP",
"https://baobinhduong.vn/pci-2022-binh-duong-vuon-len-thu-5-ca-nuoc-a301452.html",
dt.date(2023, 4, 12),
"""PCI 2022: Bình Dương vươn lên thứ 5 cả nước
Cập nhật: 12/04/2023 - 06:30
(BDO) Theo Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 vừa được Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố, Bình Dương đạt 68,69 điểm, vươn lên vị trí thứ 5, tăng 4 bậc so với năm trước (hạng 9), tiếp tục thuộc nhóm có chất lượng điều hành "Rất tốt".
Trong vùng Đông Nam Bộ, tỉnh chỉ xếp sau Bà Rịa - Vũng Tàu (69,23 điểm). Các địa phương còn lại trong vùng đều đứng ngoài nhóm 10, như TP. Hồ Chí Minh (65,15 điểm), Đồng Nai (64,42 điểm) và Tây Ninh (63,3 điểm).
Ở 10 chỉ số thành phần, Bình Dương có 6 chỉ số tăng điểm, nổi bật là Tính minh bạch đạt 7,64 điểm (năm 2021: 6,91 điểm). Ngược lại, Tiếp cận đất đai giảm 0,41 điểm, chỉ còn 6,08 điểm, thấp hơn trung vị cả nước (6,32 điểm).
Cùng dịp, VCCI lần đầu công bố Chỉ số Xanh cấp tỉnh (PGI); Bình Dương đạt 19,35 điểm, xếp thứ 17/63.
Năm 2022, tỉnh cũng lần thứ tư công bố DDCI; thành phố Thuận An dẫn đầu khối huyện, thị xã, thành phố với 80,2 điểm, Sở Tư pháp đứng đầu khối sở, ngành. GRDP bình quân đầu người của tỉnh đạt 165 triệu đồng, đứng thứ 3 cả nước.
Ông Nguyễn Văn Đ., Phó Giám đốc Sở Kế hoạch và Đầu tư, cho biết, năm 2023 tỉnh phấn đấu đưa PCI vào nhóm 3 địa phương dẫn đầu.
Tin khác
- Bình Dương đối thoại với doanh nghiệp về thủ tục đất đai
- Thu hút FDI quý I đạt hơn 600 triệu USD""",
[idx("Bình Dương", PCI, 2022, score=68.69, rank=5, rank_change=4, prev_rank=9),
 optional(idx("Bình Dương", PCI, 2021, rank=9)),
 idx("Bà Rịa - Vũng Tàu", PCI, 2022, score=69.23),
 idx("Hồ Chí Minh", PCI, 2022, score=65.15),
 idx("Đồng Nai", PCI, 2022, score=64.42),
 idx("Tây Ninh", PCI, 2022, score=63.3),
 idx("Bình Dương", PCI, 2022, "Tính minh bạch", score=7.64, prev_score=6.91),
 optional(idx("Bình Dương", PCI, 2021, "Tính minh bạch", score=6.91)),
 idx("Bình Dương", PCI, 2022, "Tiếp cận đất đai", score=6.08, score_change=-0.41),
 idx("Bình Dương", PGI, 2022, score=19.35, rank=17, rank_of=63)]),

Case("P10 provincial paper: PAPI 2021 out of 80 'lần đầu lọt top 10', neighbours listed not in rank "
     "order with scores, dimension rank, province's own lowest dimension vs national average, quote",
"https://baohatinh.vn/papi-2021-ha-tinh-lan-dau-lot-top-10-tang-9-bac-post229871.html",
dt.date(2022, 5, 12),
"""PAPI 2021: Hà Tĩnh lần đầu lọt top 10, tăng 9 bậc
12/05/2022 - 06:42
(Baohatinh.vn) - Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2021 của Hà Tĩnh đạt 44,37/80 điểm, xếp thứ 7/63 tỉnh, thành phố, tăng 9 bậc so với năm 2020, thuộc nhóm đạt điểm cao nhất.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: P.V
Đây là lần đầu tiên kể từ khi PAPI được triển khai trên toàn quốc năm 2011, Hà Tĩnh lọt vào top 10. Ở khu vực Bắc Trung Bộ, các tỉnh lân cận có kết quả: Quảng Bình (43,12 điểm), Nghệ An (42,06 điểm), Thanh Hóa (41,88 điểm) và Quảng Trị (43,57 điểm). Điểm trung bình toàn quốc là 42,54 điểm.
Trong 8 chỉ số nội dung, Hà Tĩnh có 5 chỉ số tăng điểm. Đáng chú ý, chỉ số Kiểm soát tham nhũng trong khu vực công đạt 7,41 điểm, đứng thứ 3 toàn quốc; Thủ tục hành chính công đạt 7,56 điểm. Quản trị điện tử vẫn là chỉ số có điểm thấp nhất của tỉnh với 3,41 điểm, dù cao hơn trung bình cả nước (3,01 điểm).
Ông Trần Văn K., Phó Giám đốc Sở Nội vụ cho biết: "Năm 2022, tỉnh đặt mục tiêu giữ vững vị trí trong nhóm cao nhất và nâng chỉ số Quản trị điện tử lên trên 4 điểm".
Tin liên quan
- Hà Tĩnh tổ chức đối thoại giữa người đứng đầu với người dân
- Nâng cao chất lượng phục vụ tại bộ phận một cửa cấp xã""",
[idx("Hà Tĩnh", PAPI, 2021, score=44.37, rank=7, rank_of=63, rank_change=9),
 idx("Quảng Bình", PAPI, 2021, score=43.12),
 idx("Nghệ An", PAPI, 2021, score=42.06),
 idx("Thanh Hóa", PAPI, 2021, score=41.88),
 idx("Quảng Trị", PAPI, 2021, score=43.57),
 idx("Hà Tĩnh", PAPI, 2021, "Kiểm soát tham nhũng trong khu vực công", score=7.41, rank=3),
 idx("Hà Tĩnh", PAPI, 2021, "Thủ tục hành chính công", score=7.56),
 idx("Hà Tĩnh", PAPI, 2021, "Quản trị điện tử", score=3.41)]),

Case("P11 provincial paper: headline restating SIPAS 2022 '+27 bậc', 'kể từ năm 2017', PAR down 3, "
     "PAPI 'Trước đó, ngày 12/4', HDI on a 0-1 scale, related-news list",
"https://baohagiang.vn/cai-cach-hanh-chinh/202304/ha-giang-tang-27-bac-ve-chi-so-hai-long-cua-nguoi-dan-829415/",
dt.date(2023, 4, 20),
"""Hà Giang tăng 27 bậc về Chỉ số hài lòng của người dân
Thứ Năm, 20/04/2023 - 15:40
(BHG) - Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2022 của tỉnh Hà Giang đạt 82,04%, xếp thứ 18/63 tỉnh, thành phố, tăng 27 bậc so với năm 2021. Đây là lần đầu tiên kể từ năm 2017, khi SIPAS được triển khai trên phạm vi cả nước, tỉnh lọt vào nhóm 20 địa phương có kết quả cao nhất.
Kết quả được công bố tại hội nghị trực tuyến của Ban Chỉ đạo CCHC của Chính phủ ngày 19/4. Cùng với SIPAS, Chỉ số CCHC năm 2022 của tỉnh đạt 83,15%, xếp hạng 46, giảm 3 bậc.
Trước đó, ngày 12/4, Báo cáo PAPI 2022 cũng ghi nhận Hà Giang đạt 41,32 điểm, xếp thứ 39.
Theo đồng chí Hoàng Văn S., Giám đốc Sở Nội vụ, kết quả SIPAS phản ánh nỗ lực cải thiện thái độ phục vụ của đội ngũ công chức, nhất là ở cấp xã.
Tuy nhiên, tỉnh vẫn còn nhiều khó khăn: Chỉ số phát triển con người (HDI) năm 2022 của tỉnh mới đạt 0,624, thuộc nhóm thấp nhất cả nước; thu nhập bình quân đầu người chỉ bằng khoảng 40% mức trung bình chung.
Tin liên quan
- Hà Giang: Hơn 2.000 hồ sơ được số hóa trong tháng 3
- Hội nghị trực tuyến triển khai nhiệm vụ CCHC năm 2023""",
[idx("Hà Giang", SIPAS, 2022, score=82.04, rank=18, rank_of=63, rank_change=27),
 idx("Hà Giang", PAR, 2022, score=83.15, rank=46, rank_change=-3),
 idx("Hà Giang", PAPI, 2022, score=41.32, rank=39)]),

Case("P12 provincial paper: PCI 2021 and 2022 in one 'lần lượt ... tương ứng xếp hạng' sentence, "
     "'tăng từ X lên Y', regional order, first PGI, GRDP rank, target",
"https://baoninhbinh.org.vn/pci-2022-ninh-binh-tang-11-bac/d20230415081203412.htm",
dt.date(2023, 4, 15),
"""PCI 2022: Ninh Bình tăng 11 bậc
Cập nhật: 15/04/2023 08:20
(BNB) - Theo kết quả công bố của VCCI, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2021 và năm 2022 của Ninh Bình lần lượt đạt 64,81 điểm và 66,37 điểm, tương ứng xếp hạng 31 và 20; như vậy chỉ sau một năm, tỉnh đã tăng 11 bậc.
Trong 10 chỉ số thành phần, chỉ số Chi phí thời gian cải thiện rõ nhất, tăng từ 6,52 điểm lên 7,18 điểm; Cạnh tranh bình đẳng đạt 6,01 điểm.
Trong vùng đồng bằng sông Hồng, Ninh Bình xếp sau Hải Phòng, Bắc Ninh, Hà Nội và Vĩnh Phúc.
Đặc biệt, ở Chỉ số Xanh cấp tỉnh (PGI) lần đầu được công bố, Ninh Bình xếp thứ 9 với 20,15 điểm.
Năm 2022, GRDP của tỉnh tăng 8,91%, đứng thứ 12 cả nước; tỉnh thu hút 52 dự án đầu tư mới.
Ông Trần Văn L., Giám đốc Sở Kế hoạch và Đầu tư, cho biết: "Tỉnh phấn đấu năm 2023 PCI vào nhóm 15 địa phương dẫn đầu".
Chia sẻ: Facebook | Zalo""",
[idx("Ninh Bình", PCI, 2021, score=64.81, rank=31),
 idx("Ninh Bình", PCI, 2022, score=66.37, rank=20, rank_change=11),
 optional(idx("Ninh Bình", PCI, 2022, prev_score=64.81, prev_rank=31)),
 idx("Ninh Bình", PCI, 2022, "Chi phí thời gian", score=7.18, prev_score=6.52),
 optional(idx("Ninh Bình", PCI, 2021, "Chi phí thời gian", score=6.52)),
 idx("Ninh Bình", PCI, 2022, "Cạnh tranh bình đẳng", score=6.01),
 idx("Ninh Bình", PGI, 2022, score=20.15, rank=9)]),

Case("P13 provincial paper: PAR 2022 with previous rank in parentheses and a regional rank, regional "
     "leader with national rank, the rest of the region 'lần lượt là' with scores, SIPAS below average, areas",
"https://baogialai.com.vn/gia-lai-xep-thu-2-khu-vuc-tay-nguyen-ve-chi-so-cchc-nam-2022-post254117.html",
dt.date(2023, 4, 21),
"""Gia Lai xếp thứ 2 khu vực Tây Nguyên về Chỉ số CCHC năm 2022
21/04/2023, 14:05
(GLO)- Năm 2022, Chỉ số CCHC của tỉnh Gia Lai đạt 84,25%, xếp thứ 32/63 tỉnh, thành phố, giảm 6 bậc so với năm 2021 (xếp thứ 26); trong khu vực Tây Nguyên, tỉnh đứng thứ 2.
Lâm Đồng đứng đầu khu vực với 86,91%, xếp thứ 15 cả nước. Các tỉnh còn lại lần lượt là Đắk Lắk (83,62%), Kon Tum (82,19%) và Đắk Nông (80,05%).
Chỉ số SIPAS năm 2022 của tỉnh đạt 80,12%, xếp thứ 44, thấp hơn mức trung bình cả nước (80,45%).
Xét theo lĩnh vực, cải cách tổ chức bộ máy hành chính đạt 5,91/6 điểm, xếp thứ 4; trong khi tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh chỉ xếp thứ 55.
Năm 2022, tăng trưởng GRDP của tỉnh đạt 7,8%, cao nhất khu vực Tây Nguyên.
Theo Sở Nội vụ, năm 2023 tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 25 địa phương dẫn đầu.
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân làm thủ tục. Ảnh: Hà Duy""",
[idx("Gia Lai", PAR, 2022, score=84.25, rank=32, rank_of=63, rank_change=-6, prev_rank=26),
 optional(idx("Gia Lai", PAR, 2021, rank=26)),
 idx("Lâm Đồng", PAR, 2022, score=86.91, rank=15),
 idx("Đắk Lắk", PAR, 2022, score=83.62),
 idx("Kon Tum", PAR, 2022, score=82.19),
 idx("Đắk Nông", PAR, 2022, score=80.05),
 idx("Gia Lai", SIPAS, 2022, score=80.12, rank=44),
 idx("Gia Lai", PAR, 2022, "Cải cách tổ chức bộ máy hành chính", score=5.91, rank=4),
 idx("Gia Lai", PAR, 2022, "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", rank=55)]),

# ------------------------------------------------------------------ portals, unusual encodings
Case("P14 page without diacritics: PAR 2023 with previous rank, SIPAS, two areas, regional order, average, target",
"https://diendancchc.vn/threads/vinh-long-tang-8-bac-chi-so-cchc-nam-2023.4821/",
dt.date(2024, 4, 19),
"""Vinh Long tang 8 bac Chi so CCHC nam 2023
Dang luc: 19/04/2024 09:05
Theo ket qua do Ban Chi dao CCHC cua Chinh phu cong bo ngay 17/4/2024, Chi so cai cach hanh chinh (PAR Index) nam 2023 cua tinh Vinh Long dat 88,53%, xep hang 13/63 tinh, thanh pho, tang 8 bac so voi nam 2022 (xep hang 21).
Chi so hai long cua nguoi dan, to chuc doi voi su phuc vu cua co quan hanh chinh nha nuoc (SIPAS) nam 2023 cua tinh dat 85,07%, dung thu 16.
Trong 8 linh vuc danh gia, linh vuc cai cach thu tuc hanh chinh dat 12,86 diem, xep thu 4 ca nuoc; rieng linh vuc cai cach tai chinh cong chi xep thu 52.
Trong khu vuc Dong bang song Cuu Long, Vinh Long dung thu ba, sau Dong Thap va Hau Giang. Gia tri trung binh Chi so CCHC cua 63 tinh, thanh pho la 86,17%.
Nam 2024, tinh phan dau dua Chi so CCHC vao nhom 10 dia phuong dan dau, Chi so SIPAS dat tren 87%.
Chia se: Facebook | Zalo""",
[idx("Vĩnh Long", PAR, 2023, score=88.53, rank=13, rank_of=63, rank_change=8, prev_rank=21),
 optional(idx("Vĩnh Long", PAR, 2022, rank=21)),
 idx("Vĩnh Long", SIPAS, 2023, score=85.07, rank=16),
 idx("Vĩnh Long", PAR, 2023, "Cải cách thủ tục hành chính", score=12.86, rank=4),
 idx("Vĩnh Long", PAR, 2023, "Cải cách tài chính công", rank=52)]),

Case("P15 provincial portal with English number conventions: DTI 2022 '0.5482', pillars with ranks in "
     "parentheses, two main indices, a neighbour, average, view counter '1,532'",
"https://bacgiang.gov.vn/web/guest/chi-tiet-tin-tuc/-/asset_publisher/St1kvLo2sZCn/content/chi-so-chuyen-doi-so-nam-2022-bac-giang-xep-thu-12-63",
dt.date(2023, 7, 14),
"""Chỉ số chuyển đổi số năm 2022: Bắc Giang xếp thứ 12/63
14/07/2023 15:20 | Lượt xem: 1,532
Ngày 12/7/2023, Bộ Thông tin và Truyền thông công bố kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2022 của các bộ, ngành, địa phương. Theo đó, DTI 2022 của tỉnh Bắc Giang đạt 0.5482 điểm, xếp thứ 12/63 tỉnh, thành phố, tăng 9 bậc so với năm 2021.
Ở 3 trụ cột, Chính quyền số đạt 0.5936 điểm (hạng 10); Kinh tế số đạt 0.4417 điểm (hạng 15); Xã hội số đạt 0.5104 điểm (hạng 20).
Đáng chú ý, chỉ số Hạ tầng số của tỉnh đạt 0.7213 điểm, đứng thứ 3 toàn quốc; chỉ số An toàn thông tin mạng đạt 0.6650 điểm.
Tỉnh bạn Bắc Ninh xếp thứ 7 với 0.5831 điểm. Giá trị DTI trung bình cấp tỉnh năm 2022 là 0.4972 điểm.
Hiện toàn tỉnh có 1,245 doanh nghiệp công nghệ số, 2,318 Tổ công nghệ số cộng đồng với hơn 13,500 thành viên.
Năm 2023, tỉnh phấn đấu đưa DTI vào top 10 địa phương dẫn đầu cả nước.
Trung tâm Thông tin - Truyền thông""",
[idx("Bắc Giang", DTI, 2022, score=0.5482, rank=12, rank_of=63, rank_change=9),
 idx("Bắc Giang", DTI, 2022, "Chính quyền số", score=0.5936, rank=10),
 idx("Bắc Giang", DTI, 2022, "Kinh tế số", score=0.4417, rank=15),
 idx("Bắc Giang", DTI, 2022, "Xã hội số", score=0.5104, rank=20),
 idx("Bắc Giang", DTI, 2022, "Hạ tầng số", score=0.7213, rank=3),
 idx("Bắc Giang", DTI, 2022, "An toàn thông tin mạng", score=0.665),
 idx("Bắc Ninh", DTI, 2022, score=0.5831, rank=7)]),

Case("P16 SNV SharePoint: PAR 2019 with '8,95/10 điểm, xếp thứ 11' in parentheses, SIPAS 2019 components, "
     "ministries, the provinces' leader, target, 'Tin khác' and footer",
"https://sonoivu.yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=214&l=Tinhoatdong&lv=11",
dt.date(2020, 5, 18),
"""Công bố Chỉ số cải cách hành chính năm 2019 của tỉnh Yên Bái
Ngày đăng: 18/05/2020 | Lượt xem: 742
Ngày 13/5/2020, Bộ Nội vụ tổ chức hội nghị trực tuyến công bố Chỉ số CCHC năm 2019 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2019.
Theo kết quả công bố, Chỉ số CCHC năm 2019 của tỉnh Yên Bái đạt 81,77%, xếp thứ 21/63 tỉnh, thành phố, giảm 5 bậc so với năm 2018. Tỉnh đạt kết quả tốt ở lĩnh vực công tác chỉ đạo, điều hành CCHC (8,95/10 điểm, xếp thứ 11) và cải cách thủ tục hành chính (xếp thứ 9); lĩnh vực cải cách tài chính công đạt 6,05 điểm, xếp thứ 48.
Chỉ số SIPAS năm 2019 của tỉnh đạt 85,24%, xếp thứ 12/63. Trong 5 chỉ số thành phần, chỉ số Kết quả dịch vụ đạt cao nhất với 88,17%; chỉ số Công chức trực tiếp giải quyết công việc đạt 87,03%.
Về Chỉ số CCHC, ở khối bộ, Bộ Tư pháp và Ngân hàng Nhà nước Việt Nam tiếp tục là hai đơn vị dẫn đầu; ở khối tỉnh, Quảng Ninh đứng đầu với 89,45%.
Năm 2020, tỉnh phấn đấu Chỉ số CCHC tăng ít nhất 3 bậc, Chỉ số SIPAS đạt trên 86%.
Phòng Cải cách hành chính
Tin khác
- Sở Nội vụ tổ chức Hội nghị tập huấn công tác văn thư, lưu trữ năm 2020
- Kiểm tra công tác CCHC tại UBND huyện Văn Chấn
Bản quyền thuộc Sở Nội vụ tỉnh Yên Bái. Địa chỉ: Tổ 2, phường Đồng Tâm, TP Yên Bái. Điện thoại: 0216.3852.307""",
[idx("Yên Bái", PAR, 2019, score=81.77, rank=21, rank_of=63, rank_change=-5),
 idx("Yên Bái", PAR, 2019, "Công tác chỉ đạo, điều hành CCHC", score=8.95, rank=11),
 idx("Yên Bái", PAR, 2019, "Cải cách thủ tục hành chính", rank=9),
 idx("Yên Bái", PAR, 2019, "Cải cách tài chính công", score=6.05, rank=48),
 idx("Yên Bái", SIPAS, 2019, score=85.24, rank=12, rank_of=63),
 idx("Yên Bái", SIPAS, 2019, "Kết quả dịch vụ", score=88.17),
 idx("Yên Bái", SIPAS, 2019, "Công chức trực tiếp giải quyết công việc", score=87.03),
 idx("Quảng Ninh", PAR, 2019, score=89.45, rank=1)]),
]


TABLES_P: list[Case] = [
Case("PT1 table: pipes, PAPI 2020 totals out of 80 with a signed rank-change column (+2, -1, 0)",
"https://vietnamnet.vn/papi-2020-ben-tre-lan-dau-dan-dau-ca-nuoc-725614.html",
dt.date(2021, 4, 14),
"""PAPI 2020: Bến Tre lần đầu dẫn đầu cả nước
14/04/2021 12:10
Bảng: 6 địa phương có tổng điểm PAPI 2020 cao nhất
Hạng | Tỉnh/thành phố | Tổng điểm (tối đa 80) | Thay đổi thứ hạng so với 2019
1 | Bến Tre | 46,12 | +2
2 | Quảng Bình | 45,87 | +5
3 | Thừa Thiên - Huế | 45,30 | -1
4 | Bình Định | 45,02 | 0
5 | Trà Vinh | 44,91 | +11
6 | Đồng Tháp | 44,76 | -4
Nguồn: Báo cáo PAPI 2020 (CECODES, VFF-CRT, RTA & UNDP)""",
[idx("Bến Tre", PAPI, 2020, rank=1, score=46.12, rank_change=2),
 idx("Quảng Bình", PAPI, 2020, rank=2, score=45.87, rank_change=5),
 idx("Thừa Thiên Huế", PAPI, 2020, rank=3, score=45.3, rank_change=-1),
 idx("Bình Định", PAPI, 2020, rank=4, score=45.02),
 optional(idx("Bình Định", PAPI, 2020, rank_change=0)),
 idx("Trà Vinh", PAPI, 2020, rank=5, score=44.91, rank_change=11),
 idx("Đồng Tháp", PAPI, 2020, rank=6, score=44.76, rank_change=-4)],
 table=True),

Case("PT2 table: tab-separated, regional order column differs from the national rank, last year's rank "
     "column, national-average row, host province among the rows",
"https://baocantho.com.vn/chi-so-cchc-nam-2021-cua-cac-dia-phuong-vung-dbscl-a145210.html",
dt.date(2022, 5, 27),
"Chỉ số CCHC năm 2021 của các địa phương vùng ĐBSCL\n"
"Cập nhật: 27-05-2022 05:50:12 | Chính trị | Lượt xem: 986\n"
"Bảng xếp hạng (6 địa phương dẫn đầu vùng):\n"
"TT\tTỉnh, thành phố\tChỉ số CCHC 2021 (%)\tXếp hạng cả nước\tXếp hạng năm 2020\n"
"1\tĐồng Tháp\t88,72\t4\t6\n"
"2\tLong An\t87,62\t15\t19\n"
"3\tCần Thơ\t87,05\t18\t11\n"
"4\tHậu Giang\t86,44\t23\t30\n"
"5\tVĩnh Long\t85,93\t27\t25\n"
"6\tBến Tre\t85,10\t33\t28\n"
"\tTrung bình cả nước\t83,74\t\t\n"
"Nguồn: Bộ Nội vụ\n",
[idx("Đồng Tháp", PAR, 2021, rank=4, score=88.72, prev_rank=6),
 idx("Long An", PAR, 2021, rank=15, score=87.62, prev_rank=19),
 idx("Cần Thơ", PAR, 2021, rank=18, score=87.05, prev_rank=11),
 idx("Hậu Giang", PAR, 2021, rank=23, score=86.44, prev_rank=30),
 idx("Vĩnh Long", PAR, 2021, rank=27, score=85.93, prev_rank=25),
 idx("Bến Tre", PAR, 2021, rank=33, score=85.1, prev_rank=28)]
+ [optional(idx(p, PAR, 2020, rank=r)) for p, r in (("Đồng Tháp", 6), ("Long An", 19), ("Cần Thơ", 11),
                                                ("Hậu Giang", 30), ("Vĩnh Long", 25), ("Bến Tre", 28))],
 table=True),

Case("PT3 table: space-aligned MIC e-government ranking 2018 (EGOV_MIC) with English decimals, "
     "last year's score column and a grade column",
"https://mic.gov.vn/mic_2020/Pages/TinTuc/138271/Cong-bo-Bao-cao-xep-hang-muc-do-ung-dung-CNTT-nam-2018.html",
dt.date(2019, 6, 28),
"""Bộ TT&TT công bố Báo cáo xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử năm 2018
28/06/2019
Khối tỉnh, thành phố trực thuộc Trung ương - 5 địa phương dẫn đầu:
Xếp hạng   Tỉnh/thành phố      Điểm 2018   Điểm 2017   Mức xếp loại
1          Thừa Thiên Huế      0.8125      0.7902      Tốt
2          Đà Nẵng             0.7934      0.7811      Tốt
3          Quảng Ninh          0.7602      0.7015      Khá
4          Bình Dương          0.7288      0.6930      Khá
5          TP. Hồ Chí Minh     0.7115      0.7204      Khá
Ghi chú: Điểm tối đa là 1.
Xem toàn văn Báo cáo tại Cổng thông tin điện tử Bộ Thông tin và Truyền thông.""",
[idx("Thừa Thiên Huế", EGOV, 2018, rank=1, score=0.8125, prev_score=0.7902),
 idx("Đà Nẵng", EGOV, 2018, rank=2, score=0.7934, prev_score=0.7811),
 idx("Quảng Ninh", EGOV, 2018, rank=3, score=0.7602, prev_score=0.7015),
 idx("Bình Dương", EGOV, 2018, rank=4, score=0.7288, prev_score=0.693),
 idx("Hồ Chí Minh", EGOV, 2018, rank=5, score=0.7115, prev_score=0.7204)]
+ [optional(idx(p, EGOV, 2017, score=v)) for p, v in (("Thừa Thiên Huế", 0.7902), ("Đà Nẵng", 0.7811),
                                                  ("Quảng Ninh", 0.7015), ("Bình Dương", 0.693),
                                                  ("Hồ Chí Minh", 0.7204))],
 table=True),
]


NEGATIVES_P: list[Case] = [
Case("PN1 provincial paper: DDCI of departments and districts (incl. Sở Nội vụ), PII score and rank, "
     "PCI absent from the top 30, GRDP regional rank, 'năm thứ 5 liên tiếp', targets",
"https://baolamdong.vn/kinh-te/202410/lam-dong-cong-bo-chi-so-ddci-nam-2023-5f21c7a/",
dt.date(2024, 10, 18),
"""Lâm Đồng công bố Chỉ số DDCI năm 2023
Cập nhật lúc 16:20, 18/10/2024
Chiều 17/10, UBND tỉnh Lâm Đồng tổ chức hội nghị công bố Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2023. Đây là năm thứ 5 liên tiếp tỉnh triển khai đánh giá DDCI, kể từ năm 2019.
Theo kết quả, ở khối sở, ngành, Sở Tư pháp dẫn đầu với 83,41 điểm, tiếp theo là Sở Kế hoạch và Đầu tư (82,96 điểm) và Sở Nội vụ (81,7 điểm); Sở Tài nguyên và Môi trường xếp cuối với 70,15 điểm. Ở khối địa phương, thành phố Bảo Lộc đứng đầu với 80,88 điểm, huyện Đam Rông thấp nhất với 68,2 điểm. Điểm trung bình DDCI toàn tỉnh đạt 76,4 điểm, tăng 1,9 điểm so với năm 2022.
Tại hội nghị, đại diện VCCI chi nhánh khu vực cho biết năm nay VCCI chỉ công bố PCI của 30 địa phương dẫn đầu và Lâm Đồng không có tên trong danh sách này.
Theo Bộ Khoa học và Công nghệ, Chỉ số Đổi mới sáng tạo cấp địa phương (PII) năm 2023 của Lâm Đồng đạt 34,52 điểm, xếp thứ 27/63. Năm 2023, GRDP của tỉnh tăng 7,1%, đứng thứ 2 vùng Tây Nguyên.
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương nghiêm túc khắc phục hạn chế, phấn đấu năm 2025 PCI của tỉnh vào nhóm 30 địa phương dẫn đầu, Chỉ số CCHC đạt trên 90%.
Đại diện các sở, ngành nhận chứng nhận DDCI năm 2023. Ảnh: Văn Báu
Tin liên quan
- Lâm Đồng đối thoại doanh nghiệp quý III/2024
- Bảo Lộc dẫn đầu khối địa phương về DDCI""",
[]),

Case("PN2 national government site: PAR 2020 and SIPAS 2020 announcement with only ministries, averages, "
     "unnamed highest and lowest, counts of provinces, history and a target",
"https://baochinhphu.vn/cong-bo-chi-so-cchc-nam-2020-gia-tri-trung-binh-cua-cac-bo-tinh-deu-tang-102293214.htm",
dt.date(2021, 5, 25),
"""Công bố Chỉ số CCHC năm 2020: Giá trị trung bình của các bộ, tỉnh đều tăng
25/05/2021 16:45
(Chinhphu.vn) - Chiều 25/5, Bộ Nội vụ tổ chức hội nghị trực tuyến công bố Chỉ số CCHC năm 2020 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương và Chỉ số SIPAS năm 2020. Đây là năm thứ 9 Bộ Nội vụ triển khai xác định Chỉ số CCHC, kể từ năm 2012.
Theo kết quả, giá trị trung bình Chỉ số CCHC năm 2020 của 17 bộ, cơ quan ngang bộ đạt 84,13%, tăng 2,09% so với năm 2019. Ngân hàng Nhà nước Việt Nam dẫn đầu với 91,28%, tiếp theo là Bộ Tư pháp và Bộ Tài chính; Bộ Văn hóa, Thể thao và Du lịch có kết quả thấp nhất.
Đối với các tỉnh, thành phố, giá trị trung bình đạt 83,19%; địa phương có kết quả cao nhất đạt 90,63%, thấp nhất đạt 77,08%. Có 13 tỉnh, thành phố đạt trên 85%, chỉ 3 địa phương dưới 80%.
Chỉ số SIPAS năm 2020 toàn quốc đạt 80,08%, tăng 1,86% so với năm 2019; 48/63 tỉnh, thành phố có chỉ số trên 80%.
Phát biểu kết luận, Bộ trưởng Bộ Nội vụ yêu cầu các bộ, ngành, địa phương phân tích kỹ những tiêu chí bị mất điểm, phấn đấu năm 2021 không còn địa phương nào có Chỉ số CCHC dưới 80%.
Quang cảnh hội nghị tại điểm cầu Bộ Nội vụ. Ảnh: VGP""",
[]),
]


def test_round_p_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round P prose", ROUND_P, capsys)


def test_round_p_tables_meet_the_table_target() -> None:
    assert_table_target(TABLES_P)


@pytest.mark.parametrize("case", NEGATIVES_P, ids=ids(NEGATIVES_P))
def test_round_p_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_P + TABLES_P, ids=ids(ROUND_P + TABLES_P))
def test_round_p_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
