"""Blind round L: whole articles written by a helper that never read the extractor.

Written after round J by a separate agent given the facts schema, the domain notes, the
seeds and the earlier rounds (to avoid their phrasings), told not to read ``scrapers/``
nor run the extractor. Focus: national announcements and papers comparing many provinces (releases of PAR Index, SIPAS,
PAPI, PCI, PGI, DTI, ICT Index and the monthly service index; top and bottom lists, regions,
name variants, the 2025 merger). Scored before any change for it:

* prose (16 articles): precision 0.981, recall 0.433 — national articles about many provinces
  were mostly missed;
* tables (3): F1 0.444;
* negatives (2): nothing emitted.

What it taught the extractor (1.3.0 and after): the headline's index going on over paragraphs about ministries and
averages; "xếp theo thứ tự từ cao xuống thấp: A (..), B (..)" and "ba vị trí dẫn đầu lần lượt
là" as ranks; "á quân"; "các vị trí từ thứ 4 đến thứ 6 lần lượt là"; "lần lượt giữ các vị
trí 2, 3, 4"; "theo thứ tự ở vị trí thứ hai và thứ ba"; "A, B và C cùng tăng 19 bậc"; a
rank out of "/63" stated anywhere in the article for ranks read from order (the seeds'
convention); lists after a colon; "xuống thứ 58/63"; "cao nhất vùng" not a national maximum;
one-cell-per-line table headers and "59/63" cells; a month for the service index's tables.

After the fixes: prose 0.990 / 0.884 (0.876 when first fixed; later rounds' fixes added to it), tables
1.000, negatives empty. What is left: an op-ed giving leaders year by year ("năm 2013 thành phố đứng số 1 ... đến năm
2016 vẫn giữ ngôi đầu"), ranks "dẫn đầu khối bộ và khối tỉnh" shared between a ministry and a
province, a figure before the index it belongs to, and online shares after a province
("tỷ lệ hồ sơ nộp trực tuyến ..., Bình Dương đạt 93,4%").
The aggregate targets are asserted below, not a perfect score, so that the round stays a
measurement.

Extractor 1.6.0 (next session, before any new round was scored): the online share named as the
sentence's topic, then each province's own ("Về tỷ lệ hồ sơ nộp trực tuyến trong tháng 8/2024,
Bình Dương đạt 93,4%, trong khi Hà Giang chỉ đạt 21,7%"): prose **0.995 / 0.910**.
Next session (1.9.0): the leader in an aside ", nơi Quảng Ninh dẫn đầu với 90,15%, Chỉ số CCHC năm
2022 ..." (L11), "xếp sau Quảng Ninh là" after a ministry's clause (L16): **0.995 / 0.936**.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, task

pytestmark = pytest.mark.unit

PAR_EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
PAR_IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"

ROUND_L: list[Case] = [
Case("L1 MOHA release: group A listed 'theo thứ tự từ cao xuống thấp', group C '63/63', movers, ministries, SIPAS 'vươn lên thứ hai'",
"https://moha.gov.vn/tintuc/Pages/tin-hoat-dong.aspx?ItemID=56012",
dt.date(2024, 4, 18),
"""Công bố PAR Index 2023: 6 địa phương thuộc nhóm A
Chiều 17/4/2024, Ban Chỉ đạo CCHC của Chính phủ tổ chức Hội nghị công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023. Hội nghị được kết nối trực tuyến tới 63 tỉnh, thành phố trực thuộc Trung ương.
Theo phương pháp đánh giá mới, các địa phương được chia thành 3 nhóm: nhóm A đạt từ 90% trở lên, nhóm B từ 80% đến dưới 90% và nhóm C dưới 80%.
Nhóm A có 6 địa phương, xếp theo thứ tự từ cao xuống thấp: Hải Phòng (92,14%), Quảng Ninh (91,27%), Hà Nội (90,95%), Bắc Giang (90,61%), Đồng Tháp (90,48%) và Thừa Thiên Huế (90,02%). Nhóm B gồm 56 tỉnh, thành phố. Nhóm C chỉ có Bạc Liêu với 79,05%, xếp thứ 63/63.
So với năm 2022, Quảng Trị, Bình Phước và Phú Yên cùng tăng 19 bậc, là mức cải thiện lớn nhất; ở chiều ngược lại, Kon Tum tụt 21 bậc, xuống thứ 58/63. Giá trị trung bình PAR Index của khối tỉnh đạt 86,71%.
Ở khối 17 bộ, cơ quan ngang bộ, Bộ Tư pháp (91,03%) và Ngân hàng Nhà nước (90,40%) là hai đơn vị duy nhất thuộc nhóm A; Bộ Y tế có kết quả thấp nhất với 75,91%.
Ở SIPAS 2023, Ninh Bình giữ ngôi đầu với 89,30%, Lào Cai vươn lên thứ hai với 88,95%, tăng 9 bậc. Mức hài lòng bình quân cả nước đạt 80,08%, nhích 0,42 điểm phần trăm so với năm trước.
Phát biểu chỉ đạo, Phó Thủ tướng yêu cầu các địa phương xếp hạng thấp phân tích rõ nguyên nhân, phấn đấu năm 2024 không còn địa phương nào thuộc nhóm C.""",
[idx("Hải Phòng", PAR, 2023, score=92.14, rank=1, rank_of=63),
 idx("Quảng Ninh", PAR, 2023, score=91.27, rank=2, rank_of=63),
 idx("Hà Nội", PAR, 2023, score=90.95, rank=3, rank_of=63),
 idx("Bắc Giang", PAR, 2023, score=90.61, rank=4, rank_of=63),
 idx("Đồng Tháp", PAR, 2023, score=90.48, rank=5, rank_of=63),
 idx("Thừa Thiên Huế", PAR, 2023, score=90.02, rank=6, rank_of=63),
 idx("Bạc Liêu", PAR, 2023, score=79.05, rank=63, rank_of=63),
 idx("Quảng Trị", PAR, 2023, rank_change=19),
 idx("Bình Phước", PAR, 2023, rank_change=19),
 idx("Phú Yên", PAR, 2023, rank_change=19),
 idx("Kon Tum", PAR, 2023, rank=58, rank_of=63, rank_change=-21),
 idx("Ninh Bình", SIPAS, 2023, score=89.3, rank=1),
 idx("Lào Cai", SIPAS, 2023, score=88.95, rank=2, rank_change=9)]),

Case("L2 national paper on PAPI 2023: range and median, 'hai vị trí kế tiếp theo thứ tự', Tây Nguyên list with 'Đăk Lăk', dimension leaders, score changes",
"https://vnexpress.net/papi-2023-quang-ninh-dung-dau-tay-nguyen-o-nua-duoi-4729915.html",
dt.date(2024, 4, 3),
"""PAPI 2023: Quảng Ninh đứng đầu, các tỉnh Tây Nguyên vẫn ở nửa dưới bảng
Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 được Trung tâm Nghiên cứu phát triển và hỗ trợ cộng đồng (CECODES) cùng Chương trình Phát triển Liên hợp quốc (UNDP) công bố sáng 2/4, dựa trên ý kiến của 19.536 người dân được khảo sát ngẫu nhiên tại 63 tỉnh, thành phố.
Trên thang điểm 80, điểm tổng hợp của các địa phương dao động trong khoảng 38,61 - 46,09 điểm, trung vị ở mức 42,35 điểm. Quảng Ninh đứng đầu với 46,09 điểm; hai vị trí kế tiếp theo thứ tự thuộc về Bình Định (45,44 điểm) và Thừa Thiên - Huế (45,02 điểm).
Nhóm 16 địa phương đạt điểm cao nhất phần lớn nằm ở đồng bằng sông Hồng và Bắc Trung Bộ. Trong khi đó, cả 5 tỉnh Tây Nguyên đều thuộc nhóm trung bình thấp hoặc thấp nhất: Lâm Đồng đạt 41,20 điểm, Đăk Lăk 40,76 điểm, Gia Lai 39,95 điểm, Kon Tum 39,37 điểm và Đắk Nông 38,61 điểm, cũng là mức thấp nhất cả nước.
Xét theo từng chỉ số nội dung, Bến Tre dẫn đầu về Kiểm soát tham nhũng trong khu vực công với 7,61 điểm, còn Long An đứng đầu chỉ số Quản trị điện tử (5,12 điểm). Riêng chỉ số Quản trị môi trường, điểm trung bình toàn quốc chỉ đạt 3,25 điểm.
So với năm 2022, Hậu Giang tăng 2,31 điểm và Sóc Trăng tăng 1,98 điểm, là hai địa phương cải thiện nhiều nhất; Bà Rịa - Vũng Tàu giảm 1,47 điểm.
Các chuyên gia khuyến nghị chính quyền các tỉnh tiếp tục công khai ngân sách, quy hoạch sử dụng đất và tăng cường đối thoại với người dân.""",
[idx("Quảng Ninh", PAPI, 2023, score=46.09, rank=1),
 idx("Bình Định", PAPI, 2023, score=45.44, rank=2),
 idx("Thừa Thiên Huế", PAPI, 2023, score=45.02, rank=3),
 idx("Lâm Đồng", PAPI, 2023, score=41.2),
 idx("Đắk Lắk", PAPI, 2023, score=40.76),
 idx("Gia Lai", PAPI, 2023, score=39.95),
 idx("Kon Tum", PAPI, 2023, score=39.37),
 idx("Đắk Nông", PAPI, 2023, score=38.61),
 {**idx("Đắk Nông", PAPI, 2023, rank=63), "optional": True},
 idx("Bến Tre", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=7.61, rank=1),
 idx("Long An", PAPI, 2023, "Quản trị điện tử", score=5.12, rank=1),
 idx("Hậu Giang", PAPI, 2023, score_change=2.31),
 idx("Sóc Trăng", PAPI, 2023, score_change=1.98),
 idx("Bà Rịa - Vũng Tàu", PAPI, 2023, score_change=-1.47)]),

Case("L3 national paper on PCI/PGI 2023: 'ngôi quán quân', 'Á quân thuộc về', 'các vị trí từ thứ 4 đến thứ 6 lần lượt là', sub-index leaders, region counts, PGI 'theo sau là'",
"https://dantri.com.vn/kinh-doanh/pci-2023-quang-ninh-giu-ngoi-quan-quan-long-an-vuon-len-a-quan-20240510094512345.htm",
dt.date(2024, 5, 10),
"""PCI 2023: Quảng Ninh giữ vững ngôi vị, Long An vươn lên á quân
Ngày 9/5/2024, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023. Khác các năm trước, báo cáo chỉ công bố thứ hạng của 30 địa phương có điểm số cao nhất.
Quảng Ninh năm thứ bảy liên tiếp giữ ngôi quán quân, đạt 73,02 điểm. Á quân thuộc về Long An với 71,40 điểm, tăng 4 bậc so với năm 2022; vị trí thứ ba là Hải Phòng (70,68 điểm). Các vị trí từ thứ 4 đến thứ 6 lần lượt là Đồng Tháp, Bắc Ninh và Bắc Giang.
Điểm trung vị PCI 2023 đạt 64,92 điểm; khoảng cách giữa địa phương đứng đầu và địa phương thứ 30 là 8,1 điểm.
Ở các chỉ số thành phần, Bắc Giang dẫn đầu về Chi phí thời gian, Đồng Tháp đứng đầu về Tính năng động với 7,85 điểm, còn TP.HCM xếp số 1 về Đào tạo lao động.
Đồng bằng sông Cửu Long có 7 đại diện trong nhóm 30, nhiều nhất trong các vùng. Tây Nguyên chỉ có Lâm Đồng góp mặt, ở vị trí 24 với 65,10 điểm.
Song song với PCI, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) 2023: Bắc Ninh dẫn đầu với 25,41 điểm, theo sau là Quảng Ninh và Hải Phòng; Khánh Hoà đứng thứ 5 với 23,09 điểm.""",
[idx("Quảng Ninh", PCI, 2023, score=73.02, rank=1),
 idx("Long An", PCI, 2023, score=71.4, rank=2, rank_change=4),
 idx("Hải Phòng", PCI, 2023, score=70.68, rank=3),
 idx("Đồng Tháp", PCI, 2023, rank=4),
 idx("Bắc Ninh", PCI, 2023, rank=5),
 idx("Bắc Giang", PCI, 2023, rank=6),
 idx("Bắc Giang", PCI, 2023, "Chi phí thời gian", rank=1),
 idx("Đồng Tháp", PCI, 2023, "Tính năng động", score=7.85, rank=1),
 idx("Hồ Chí Minh", PCI, 2023, "Đào tạo lao động", rank=1),
 idx("Lâm Đồng", PCI, 2023, score=65.1, rank=24),
 idx("Bắc Ninh", PGI, 2023, score=25.41, rank=1),
 idx("Quảng Ninh", PGI, 2023, rank=2),
 idx("Hải Phòng", PGI, 2023, rank=3),
 idx("Khánh Hòa", PGI, 2023, score=23.09, rank=5)]),

Case("L4 national DTI 2023 release: leader, 'lần lượt giữ các vị trí 2, 3, 4' broken by a dash aside on TP. Huế, pillar leaders, movers, last two places",
"https://vietnamnet.vn/cong-bo-chi-so-chuyen-doi-so-dti-2023-da-nang-giu-vung-ngoi-dau-2369015.html",
dt.date(2025, 2, 7),
"""DTI 2023: Đà Nẵng giữ vững ngôi đầu, TP. Huế vào top 3
Ngày 6/2/2025, Bộ Thông tin và Truyền thông công bố kết quả Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2023 của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố.
Ở khối bộ, ngành có cung cấp dịch vụ công, Ngân hàng Nhà nước xếp đầu với 0,7704 điểm, Bộ Tư pháp xếp thứ hai.
Ở cấp tỉnh, Đà Nẵng tiếp tục xếp thứ nhất với 0,7012 điểm. TP.HCM, TP. Huế – thành phố trực thuộc Trung ương từ đầu năm 2025 – và Bình Dương lần lượt giữ các vị trí 2, 3, 4; Quảng Ninh đứng thứ năm với 0,6385 điểm.
Xét theo trụ cột, Đà Nẵng dẫn đầu Chính quyền số với 0,7420 điểm, Bắc Ninh dẫn đầu Kinh tế số, còn trụ cột Xã hội số có TP. Huế đứng đầu.
Điểm DTI trung bình cấp tỉnh đạt 0,5507, tăng 5,8% so với năm 2022. Quảng Bình tăng 23 bậc, lên thứ 19; Lạng Sơn cũng tăng 17 bậc.
Hai vị trí cuối bảng lần lượt thuộc về Lai Châu (thứ 62) và Hà Giang (thứ 63).""",
[idx("Đà Nẵng", DTI, 2023, score=0.7012, rank=1),
 idx("Hồ Chí Minh", DTI, 2023, rank=2),
 idx("Thừa Thiên Huế", DTI, 2023, rank=3),
 idx("Bình Dương", DTI, 2023, rank=4),
 idx("Quảng Ninh", DTI, 2023, score=0.6385, rank=5),
 idx("Đà Nẵng", DTI, 2023, "Chính quyền số", score=0.742, rank=1),
 idx("Bắc Ninh", DTI, 2023, "Kinh tế số", rank=1),
 idx("Thừa Thiên Huế", DTI, 2023, "Xã hội số", rank=1),
 idx("Quảng Bình", DTI, 2023, rank=19, rank_change=23),
 idx("Lạng Sơn", DTI, 2023, rank_change=17),
 idx("Lai Châu", DTI, 2023, rank=62),
 idx("Hà Giang", DTI, 2023, rank=63)]),

Case("L5 MIC release on ICT Index 2023: top 3 with bare 0-1 scores in parentheses, 'lần lượt xếp thứ 4 và thứ 5', component leaders, ministries, earlier years in parentheses",
"https://mic.gov.vn/cong-bo-vietnam-ict-index-2023-197240820101530123.htm",
dt.date(2024, 8, 21),
"""Vietnam ICT Index 2023: Hà Nội vượt Đà Nẵng
Bộ Thông tin và Truyền thông phối hợp với Hội Tin học Việt Nam vừa công bố Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông Việt Nam năm 2023 (Vietnam ICT Index 2023). Năm 2021 không thực hiện xếp hạng do ảnh hưởng của dịch Covid-19.
Trong khối tỉnh, thành phố, ba vị trí dẫn đầu lần lượt là Hà Nội (0,8912), TP. Hồ Chí Minh (0,8640) và Đà Nẵng (0,8471). Bắc Ninh và Thừa Thiên Huế lần lượt xếp thứ 4 và thứ 5.
Xét theo chỉ số thành phần, Đà Nẵng đứng đầu về Hạ tầng nhân lực, TP. Hồ Chí Minh dẫn đầu về Công nghiệp CNTT, còn Hà Nội xếp thứ nhất về Hạ tầng kỹ thuật và thứ ba về Ứng dụng CNTT.
Ở khối bộ, ngành có dịch vụ công, Bộ Tài chính xếp thứ nhất, Bộ Công Thương xếp thứ hai. Điểm trung bình của khối tỉnh đạt 0,5206; địa phương thấp nhất chỉ đạt 0,3120 điểm.
Trước đó, Đà Nẵng từng đứng đầu ICT Index năm 2019 (0,8433 điểm) và năm 2020 (0,8527 điểm).""",
[idx("Hà Nội", ICT, 2023, score=0.8912, rank=1),
 idx("Hồ Chí Minh", ICT, 2023, score=0.864, rank=2),
 idx("Đà Nẵng", ICT, 2023, score=0.8471, rank=3),
 idx("Bắc Ninh", ICT, 2023, rank=4),
 idx("Thừa Thiên Huế", ICT, 2023, rank=5),
 idx("Đà Nẵng", ICT, 2023, "Hạ tầng nhân lực", rank=1),
 idx("Hồ Chí Minh", ICT, 2023, "Công nghiệp CNTT", rank=1),
 idx("Hà Nội", ICT, 2023, "Hạ tầng kỹ thuật", rank=1),
 idx("Hà Nội", ICT, 2023, "Ứng dụng CNTT", rank=3),
 idx("Đà Nẵng", ICT, 2019, score=0.8433, rank=1),
 idx("Đà Nẵng", ICT, 2020, score=0.8527, rank=1)]),

Case("L6 government portal on the 766 index, August 2024: long official name, 'theo thứ tự ở vị trí thứ hai và thứ ba', mover, bottom two '(thứ 62, 68,40 điểm)', online shares, ministries",
"https://baochinhphu.vn/bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-8-2024-hai-duong-tiep-tuc-dung-dau-102240912163015.htm",
dt.date(2024, 9, 12),
"""Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2024: Hải Dương tiếp tục đứng đầu
Văn phòng Chính phủ vừa có báo cáo kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (ban hành kèm Quyết định 766/QĐ-TTg) của các bộ, ngành, địa phương trong tháng 8/2024.
Điểm trung bình của 63 địa phương đạt 81,37 điểm, tăng 1,12 điểm so với tháng 7. Có 21 địa phương xếp loại Tốt (từ 85 điểm trở lên), 40 địa phương xếp loại Khá và 2 địa phương xếp loại Trung bình.
Hải Dương tiếp tục dẫn đầu với 92,81 điểm; Bắc Ninh (91,05 điểm) và Bà Rịa - Vũng Tàu (90,66 điểm) theo thứ tự ở vị trí thứ hai và thứ ba. Đáng chú ý, Khánh Hoà tăng 19 bậc so với tháng trước, lên vị trí 14 với 87,02 điểm.
Hai địa phương xếp loại Trung bình là Kon Tum (thứ 62, 68,40 điểm) và Bắc Kạn (thứ 63, 66,95 điểm).
Về tỷ lệ hồ sơ nộp trực tuyến trong tháng 8/2024, Bình Dương đạt 93,4%, trong khi Hà Giang chỉ đạt 21,7%.
Ở khối bộ, ngành, Bộ Công an đạt 90,12 điểm, xếp thứ nhất; Bảo hiểm xã hội Việt Nam xếp thứ hai.""",
[{**idx("Hải Dương", SVC, 2024, score=92.81, rank=1), "period": "2024-08"},
 {**idx("Bắc Ninh", SVC, 2024, score=91.05, rank=2), "period": "2024-08"},
 {**idx("Bà Rịa - Vũng Tàu", SVC, 2024, score=90.66, rank=3), "period": "2024-08"},
 {**idx("Khánh Hòa", SVC, 2024, score=87.02, rank=14, rank_change=19), "period": "2024-08"},
 {**idx("Kon Tum", SVC, 2024, score=68.4, rank=62), "period": "2024-08"},
 {**idx("Bắc Kạn", SVC, 2024, score=66.95, rank=63), "period": "2024-08"},
 dos("Bình Dương", "2024-08", online_pct=93.4),
 dos("Hà Giang", "2024-08", online_pct=21.7)]),

Case("L7 national paper on the Mekong delta: regional 'cao nhất vùng' is not rank 1, '/63' ranks, 'lần lượt đứng thứ 57/63 và 63/63', SIPAS scores, a neighbour's target",
"https://thanhnien.vn/chi-so-cchc-2023-buc-tranh-khong-dong-deu-o-mien-tay-185240420153012345.htm",
dt.date(2024, 4, 20),
"""Chỉ số CCHC 2023: bức tranh không đồng đều ở miền Tây
Kết quả PAR Index 2023 do Bộ Nội vụ công bố cho thấy 13 tỉnh, thành vùng Đồng bằng sông Cửu Long có sự phân hóa rõ rệt.
Đồng Tháp là địa phương có thứ hạng cao nhất vùng, đạt 90,48%, xếp thứ 5/63; Long An xếp thứ 7/63 với 89,71%.
Cần Thơ đạt 87,86%, tăng 4 bậc, lên vị trí 16/63. Hậu Giang và Bến Tre lần lượt xếp thứ 20/63 và 23/63.
Ở nhóm cuối, Sóc Trăng (83,02%) và Bạc Liêu (79,05%) lần lượt đứng thứ 57/63 và 63/63; Trà Vinh giảm 12 bậc, xuống thứ 49/63.
Với SIPAS 2023, mức hài lòng bình quân của vùng là 81,2%, cao hơn bình quân cả nước. Vĩnh Long đạt 85,44%, cao nhất vùng; An Giang đạt 84,10%.
Sở Nội vụ Kiên Giang cho biết tỉnh đặt mục tiêu năm 2024 lọt vào nhóm 20 địa phương dẫn đầu PAR Index.""",
[idx("Đồng Tháp", PAR, 2023, score=90.48, rank=5, rank_of=63),
 idx("Long An", PAR, 2023, score=89.71, rank=7, rank_of=63),
 idx("Cần Thơ", PAR, 2023, score=87.86, rank=16, rank_of=63, rank_change=4),
 idx("Hậu Giang", PAR, 2023, rank=20, rank_of=63),
 idx("Bến Tre", PAR, 2023, rank=23, rank_of=63),
 idx("Sóc Trăng", PAR, 2023, score=83.02, rank=57, rank_of=63),
 idx("Bạc Liêu", PAR, 2023, score=79.05, rank=63, rank_of=63),
 idx("Trà Vinh", PAR, 2023, rank=49, rank_of=63, rank_change=-12),
 idx("Vĩnh Long", SIPAS, 2023, score=85.44),
 idx("An Giang", SIPAS, 2023, score=84.1)]),

Case("L8 Đắk Lắk paper on Tây Nguyên: host's own result as 'tỉnh ta', 'Đăk Lăk', neighbours with '/63', PCI top-30 absence, PGI above the median, a quoted sub-index",
"https://baodaklak.vn/kinh-te/202405/tay-nguyen-tren-cac-bang-xep-hang-nam-2023-can-but-pha-tu-cai-cach-hanh-chinh-b3f1a20/",
dt.date(2024, 5, 15),
"""Tây Nguyên trên các bảng xếp hạng năm 2023: cần bứt phá từ cải cách hành chính
Theo Báo cáo PCI 2023 do VCCI công bố, trong 5 tỉnh Tây Nguyên chỉ Lâm Đồng lọt vào nhóm 30 địa phương được công bố thứ hạng, xếp thứ 24 với 65,10 điểm.
Đăk Lăk, Gia Lai, Kon Tum và Đắk Nông không có tên trong danh sách này. Ở Chỉ số Xanh cấp tỉnh (PGI) 2023, Đăk Lăk đạt 19,86 điểm, cao hơn điểm trung vị cả nước (18,90 điểm).
Về Chỉ số CCHC năm 2023, Gia Lai xếp thứ 31/63 với 86,95%, cao nhất khu vực; tỉnh ta đạt 86,02%, đứng thứ 40/63, tăng 8 bậc so với năm 2022. Lâm Đồng đứng thứ 45/63, Đắk Nông thứ 52/63, còn Kon Tum chỉ xếp thứ 58/63.
Theo ông Nguyễn Văn Cường, Phó Giám đốc Sở Kế hoạch và Đầu tư, các tỉnh trong vùng cần học cách làm của Lâm Đồng, địa phương có chỉ số thành phần Tính minh bạch PCI 2023 đạt 6,88 điểm, cao nhất Tây Nguyên.
Mục tiêu đến năm 2025, Đắk Lắk phấn đấu vào nhóm 30 địa phương dẫn đầu PCI và cải thiện ít nhất 10 bậc Chỉ số CCHC.""",
[idx("Lâm Đồng", PCI, 2023, score=65.1, rank=24),
 idx("Đắk Lắk", PGI, 2023, score=19.86),
 idx("Gia Lai", PAR, 2023, score=86.95, rank=31, rank_of=63),
 idx("Đắk Lắk", PAR, 2023, score=86.02, rank=40, rank_of=63, rank_change=8),
 idx("Lâm Đồng", PAR, 2023, rank=45, rank_of=63),
 idx("Đắk Nông", PAR, 2023, rank=52, rank_of=63),
 idx("Kon Tum", PAR, 2023, rank=58, rank_of=63),
 idx("Lâm Đồng", PCI, 2023, "Tính minh bạch", score=6.88)]),

Case("L9 post-merger feature (2025): new units named, old units' results as '(cũ)', 'ba địa phương ... lần lượt đạt', Hà Giang cũ PAPI, TP. Huế 'khi đó là tỉnh Thừa Thiên Huế'",
"https://vnexpress.net/cac-tinh-moi-thua-huong-nen-tang-cai-cach-hanh-chinh-ra-sao-4920115.html",
dt.date(2025, 8, 5),
"""Các tỉnh mới thừa hưởng nền tảng cải cách hành chính ra sao
Từ ngày 1/7/2025, cả nước còn 34 đơn vị hành chính cấp tỉnh, gồm 28 tỉnh và 6 thành phố trực thuộc Trung ương. Kết quả các chỉ số quản trị những năm gần đây cho thấy nhiều đơn vị mới được ghép từ những địa phương có điểm xuất phát chênh lệch.
TP.HCM mới được hình thành từ TP.HCM, Bình Dương và Bà Rịa - Vũng Tàu, ba địa phương có Chỉ số CCHC năm 2024 lần lượt đạt 88,35%, 90,12% và 89,04%.
Tỉnh An Giang mới gồm An Giang và Kiên Giang cũ. Trên bảng xếp hạng PAR Index 2024, An Giang (cũ) xếp thứ 21, còn Kiên Giang (cũ) xếp thứ 35.
Tuyên Quang sau hợp nhất với Hà Giang cũng có nền tảng không đồng đều: PAPI 2023 của Hà Giang cũ chỉ đạt 39,88 điểm, xếp thứ 59, trong khi Tuyên Quang (cũ) đạt 42,70 điểm.
TP. Huế giữ nguyên địa giới sau sắp xếp. Năm 2023, địa phương này (khi đó là tỉnh Thừa Thiên Huế) đạt 0,6623 điểm DTI, xếp thứ 3 cả nước.
Theo Bộ Nội vụ, từ kỳ đánh giá năm 2025, Chỉ số CCHC sẽ được xác định cho 34 tỉnh, thành phố mới.""",
[idx("Hồ Chí Minh", PAR, 2024, score=88.35),
 idx("Bình Dương", PAR, 2024, score=90.12),
 idx("Bà Rịa - Vũng Tàu", PAR, 2024, score=89.04),
 idx("An Giang", PAR, 2024, rank=21),
 idx("Kiên Giang", PAR, 2024, rank=35),
 idx("Hà Giang", PAPI, 2023, score=39.88, rank=59),
 idx("Tuyên Quang", PAPI, 2023, score=42.7),
 idx("Thừa Thiên Huế", DTI, 2023, score=0.6623, rank=3)]),

Case("L10 op-ed on two decades of PCI: leaders by year, 'từ vị trí 18 năm 2019 ... thứ 7 năm 2022 rồi ... á quân năm 2023', a fall, medians across years",
"https://tuoitre.vn/gan-hai-thap-nien-pci-cuoc-dua-khong-co-vach-dich-20240520080512345.htm",
dt.date(2024, 5, 20),
"""Gần hai thập niên PCI: cuộc đua không có vạch đích
Khi VCCI công bố PCI lần đầu vào năm 2005, chỉ 42 tỉnh, thành được xếp hạng. Gần hai mươi năm sau, bảng xếp hạng ấy đã trở thành thước đo mà lãnh đạo địa phương nào cũng dõi theo.
Đà Nẵng từng là biểu tượng của cuộc đua: năm 2013 thành phố đứng số 1 với 66,45 điểm, và đến năm 2016 vẫn giữ ngôi đầu với 70,00 điểm.
Quảng Ninh lần đầu vươn lên dẫn đầu vào năm 2017 với 70,69 điểm; đến PCI 2023, tỉnh vẫn đứng đầu với 73,02 điểm.
Câu chuyện của Long An còn ấn tượng hơn: từ vị trí 18 năm 2019, tỉnh leo lên thứ 7 năm 2022 rồi giành ngôi á quân năm 2023. Ngược lại, Bình Dương, từng đứng thứ 2 năm 2015, đến năm 2022 chỉ còn xếp thứ 8.
Trung vị PCI đã tăng từ 59,5 điểm năm 2015 lên 64,92 điểm năm 2023, nhưng khoảng cách giữa nhóm đầu và nhóm cuối chưa thu hẹp đáng kể.
Điều doanh nghiệp cần không phải thứ hạng, mà là chi phí không chính thức giảm thực chất, chỉ số mà nhiều địa phương vẫn dậm chân tại chỗ.""",
[idx("Đà Nẵng", PCI, 2013, score=66.45, rank=1),
 idx("Đà Nẵng", PCI, 2016, score=70.0, rank=1),
 idx("Quảng Ninh", PCI, 2017, score=70.69, rank=1),
 idx("Quảng Ninh", PCI, 2023, score=73.02, rank=1),
 idx("Long An", PCI, 2019, rank=18),
 idx("Long An", PCI, 2022, rank=7),
 idx("Long An", PCI, 2023, rank=2),
 idx("Bình Dương", PCI, 2015, rank=2),
 idx("Bình Dương", PCI, 2022, rank=8)]),

Case("L11 national paper on PAR 2022 components: leader in an aside, area leaders in lower case, 'Thừa Thiên-Huế', ministries leading areas, an area average",
"https://laodong.vn/thoi-su/chi-so-cchc-2022-nhung-quan-quan-o-tung-linh-vuc-1184512.ldo",
dt.date(2023, 4, 25),
"""Chỉ số CCHC 2022: những “quán quân” ở từng lĩnh vực
Bên cạnh bảng xếp hạng tổng thể, nơi Quảng Ninh dẫn đầu với 90,15%, Chỉ số CCHC năm 2022 còn cho thấy thứ hạng của các địa phương ở từng lĩnh vực thành phần.
Ở lĩnh vực cải cách thể chế, Bắc Ninh đứng đầu với 9,52/10 điểm. Lĩnh vực cải cách TTHC có Đồng Tháp xếp thứ nhất, còn cải cách tổ chức bộ máy hành chính có Hải Phòng dẫn đầu.
Về xây dựng và phát triển chính quyền điện tử, chính quyền số, Đà Nẵng giữ vị trí số 1, Thừa Thiên-Huế ở vị trí thứ hai.
Lĩnh vực tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội có Quảng Ninh đứng đầu, TP.HCM xếp thứ 3.
Ở khối bộ, Bộ Tư pháp dẫn đầu lĩnh vực cải cách thể chế, còn Ngân hàng Nhà nước đứng đầu về cải cách TTHC.
Cải cách tài chính công vẫn là lĩnh vực có điểm trung bình thấp nhất, chỉ đạt 76,1% số điểm tối đa.""",
[idx("Quảng Ninh", PAR, 2022, score=90.15, rank=1),
 idx("Bắc Ninh", PAR, 2022, "Cải cách thể chế", score=9.52, rank=1),
 idx("Đồng Tháp", PAR, 2022, "Cải cách thủ tục hành chính", rank=1),
 idx("Hải Phòng", PAR, 2022, "Cải cách tổ chức bộ máy hành chính", rank=1),
 idx("Đà Nẵng", PAR, 2022, PAR_EGOV, rank=1),
 idx("Thừa Thiên Huế", PAR, 2022, PAR_EGOV, rank=2),
 idx("Quảng Ninh", PAR, 2022, PAR_IMPACT, rank=1),
 idx("Hồ Chí Minh", PAR, 2022, PAR_IMPACT, rank=3)]),

Case("L12 short item: 'TT-Huế', PAPI 2022 score and rank in one sentence",
"https://baochinhphu.vn/papi-2022-tt-hue-tiep-tuc-thuoc-nhom-diem-cao-nhat-102230413101010.htm",
dt.date(2023, 4, 13),
"""PAPI 2022: TT-Huế tiếp tục thuộc nhóm điểm cao nhất
Theo báo cáo PAPI 2022 vừa được công bố, TT-Huế đạt 44,71 điểm, đứng thứ 5 toàn quốc.""",
[idx("Thừa Thiên Huế", PAPI, 2022, score=44.71, rank=5)]),

Case("L13 short item: 'Khánh Hoà' DTI 2022 'xếp thứ 9 trong 63 tỉnh, thành', headline restating the change, an earlier year",
"https://vov.vn/cong-nghe/khanh-hoa-tang-14-bac-ve-chuyen-doi-so-post1032145.vov",
dt.date(2023, 7, 14),
"""Khánh Hoà tăng 14 bậc về chuyển đổi số
Năm 2022, Chỉ số chuyển đổi số cấp tỉnh (DTI) của Khánh Hoà đạt 0,5318 điểm, xếp thứ 9 trong 63 tỉnh, thành, tăng 14 bậc so với năm 2021. Năm 2020, tỉnh chỉ đứng thứ 31.""",
[idx("Khánh Hòa", DTI, 2022, score=0.5318, rank=9, rank_of=63, rank_change=14),
 idx("Khánh Hòa", DTI, 2020, rank=31)]),

Case("L14 short item: monthly 766 index 'Bà Rịa – Vũng Tàu' second 'chỉ đứng sau' another, a fall in the next sentence without the index name",
"https://nhandan.vn/ba-ria-vung-tau-dung-thu-hai-ca-nuoc-ve-phuc-vu-nguoi-dan-doanh-nghiep-post812345.html",
dt.date(2024, 6, 14),
"""Bà Rịa – Vũng Tàu đứng thứ hai cả nước về phục vụ người dân, doanh nghiệp
Tháng 5/2024, Bà Rịa – Vũng Tàu xếp thứ 2 toàn quốc về Bộ chỉ số phục vụ người dân, doanh nghiệp với 88,4 điểm, chỉ đứng sau Hải Dương. Cũng trong tháng 5, Đắk Lắk giảm 11 bậc, xuống vị trí 47.""",
[{**idx("Bà Rịa - Vũng Tàu", SVC, 2024, score=88.4, rank=2), "period": "2024-05"},
 {**idx("Đắk Lắk", SVC, 2024, rank=47, rank_change=-11), "period": "2024-05"}]),

Case("L15 analysis: max/min gap, median vs mean, a mover with '/63', regional shares, SIPAS max/min, two provinces' task fractions from a national report",
"https://plo.vn/chi-so-cchc-2023-khoang-cach-giua-nhom-dau-va-nhom-cuoi-thu-hep-post785123.html",
dt.date(2024, 4, 25),
"""Chỉ số CCHC 2023: khoảng cách giữa nhóm đầu và nhóm cuối thu hẹp
Năm 2023, điểm PAR Index cao nhất của khối tỉnh là 92,14%, thấp nhất 79,05%; chênh lệch 13,09 điểm phần trăm, giảm so với mức 14,5 điểm phần trăm của năm 2022.
Trung vị của 63 địa phương ở mức 86,52%, thấp hơn giá trị trung bình 86,71%; 33 địa phương có điểm cao hơn trung bình.
Đáng chú ý nhất là Phú Yên: tỉnh tăng 19 bậc so với năm 2022, lên thứ 36/63 với 86,30%.
Trong 10 địa phương dẫn đầu có tới 7 tỉnh, thành thuộc vùng đồng bằng sông Hồng. Ở chiều ngược lại, 4 trong 5 địa phương đứng cuối là các tỉnh miền núi hoặc Tây Nguyên.
Về SIPAS, chênh lệch giữa tỉnh cao nhất (89,30%) và tỉnh thấp nhất (75,66%) là 13,64 điểm phần trăm.
Theo báo cáo của Bộ Nội vụ, năm 2023 Bắc Giang hoàn thành 52/52 nhiệm vụ trong kế hoạch CCHC, trong khi Kon Tum mới hoàn thành 38/45 nhiệm vụ.
Nhóm nghiên cứu cho rằng các địa phương cần chuyển từ “chạy điểm” sang cải thiện chất lượng dịch vụ một cách thực chất.""",
[idx("Phú Yên", PAR, 2023, score=86.3, rank=36, rank_of=63, rank_change=19),
 task("Bắc Giang", "2023", 52, 52),
 task("Kon Tum", "2023", 38, 45)]),

Case("L16 national paper on PAR/SIPAS 2022 with English decimals: a ministry and a province 'lần lượt dẫn đầu khối bộ và khối tỉnh', 'xếp sau Quảng Ninh là', southern provinces' ranks and changes, 'Khánh Hòa'",
"https://tienphong.vn/par-index-2022-tphcm-tut-hang-ba-ria-vung-tau-vao-top-10-post1524301.tpo",
dt.date(2023, 4, 20),
"""PAR Index 2022: TP.HCM tụt hạng, Bà Rịa - Vũng Tàu vào top 10
Ngày 19/4/2023, Bộ Nội vụ công bố Chỉ số CCHC năm 2022 của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố. Bộ Tư pháp (90.92%) và Quảng Ninh (90.15%) lần lượt dẫn đầu khối bộ và khối tỉnh; xếp sau Quảng Ninh là Hải Phòng (89.61%) và Hà Nội (89.50%).
Ở khu vực Đông Nam Bộ, Bà Rịa - Vũng Tàu xếp thứ 9 với 87.36%, tăng 11 bậc; Bình Dương xếp thứ 13, còn TP.HCM chỉ đứng thứ 33 với 85.79%, giảm 12 bậc so với năm 2021.
Khánh Hòa đạt 84.12%, đứng thứ 47; Đồng Nai giảm 2 bậc.
Về SIPAS 2022, Bà Rịa - Vũng Tàu xếp thứ 4 (86.24%), trong khi TP.HCM xếp thứ 52 (78.60%). Mức bình quân cả nước là 80.44%.
TP.HCM đặt mục tiêu năm 2023 trở lại nhóm 20 địa phương dẫn đầu.""",
[idx("Quảng Ninh", PAR, 2022, score=90.15, rank=1),
 idx("Hải Phòng", PAR, 2022, score=89.61, rank=2),
 idx("Hà Nội", PAR, 2022, score=89.5, rank=3),
 idx("Bà Rịa - Vũng Tàu", PAR, 2022, score=87.36, rank=9, rank_change=11),
 idx("Bình Dương", PAR, 2022, rank=13),
 idx("Hồ Chí Minh", PAR, 2022, score=85.79, rank=33, rank_change=-12),
 idx("Khánh Hòa", PAR, 2022, score=84.12, rank=47),
 idx("Đồng Nai", PAR, 2022, rank_change=-2),
 idx("Bà Rịa - Vũng Tàu", SIPAS, 2022, score=86.24, rank=4),
 idx("Hồ Chí Minh", SIPAS, 2022, score=78.6, rank=52)]),
]

TABLES_L: list[Case] = [
Case("LT1 cell-per-line table: bottom five of SIPAS 2023, STT column differs from the 'N/63' rank column, 'Đăk Nông'",
"https://baotintuc.vn/thoi-su/sipas-2023-nam-dia-phuong-co-chi-so-thap-nhat-20240418170512345.htm",
dt.date(2024, 4, 18),
"""Năm địa phương có Chỉ số SIPAS 2023 thấp nhất
STT
Tỉnh, thành phố
Chỉ số SIPAS (%)
Xếp hạng
1
Bình Thuận
77,02
59/63
2
Kon Tum
76,85
60/63
3
Lai Châu
76,31
61/63
4
Đăk Nông
76,02
62/63
5
Bắc Kạn
75,66
63/63""",
[idx("Bình Thuận", SIPAS, 2023, score=77.02, rank=59, rank_of=63),
 idx("Kon Tum", SIPAS, 2023, score=76.85, rank=60, rank_of=63),
 idx("Lai Châu", SIPAS, 2023, score=76.31, rank=61, rank_of=63),
 idx("Đắk Nông", SIPAS, 2023, score=76.02, rank=62, rank_of=63),
 idx("Bắc Kạn", SIPAS, 2023, score=75.66, rank=63, rank_of=63)],
table=True),

Case("LT2 numbered list with en dashes: PAR 2023 top 8, 'TT-Huế', 'Bà Rịa – Vũng Tàu – 89,66%'",
"https://vnexpress.net/top-8-dia-phuong-dan-dau-chi-so-cchc-2023-4737001.html",
dt.date(2024, 4, 18),
"""Top 8 địa phương dẫn đầu Chỉ số CCHC năm 2023
1. Hải Phòng – 92,14%
2. Quảng Ninh – 91,27%
3. Hà Nội – 90,95%
4. Bắc Giang – 90,61%
5. Đồng Tháp – 90,48%
6. TT-Huế – 90,02%
7. Long An – 89,71%
8. Bà Rịa – Vũng Tàu – 89,66%""",
[idx("Hải Phòng", PAR, 2023, score=92.14, rank=1),
 idx("Quảng Ninh", PAR, 2023, score=91.27, rank=2),
 idx("Hà Nội", PAR, 2023, score=90.95, rank=3),
 idx("Bắc Giang", PAR, 2023, score=90.61, rank=4),
 idx("Đồng Tháp", PAR, 2023, score=90.48, rank=5),
 idx("Thừa Thiên Huế", PAR, 2023, score=90.02, rank=6),
 idx("Long An", PAR, 2023, score=89.71, rank=7),
 idx("Bà Rịa - Vũng Tàu", PAR, 2023, score=89.66, rank=8)],
table=True),

Case("LT3 tab-separated monthly 766 table, September 2024: a ministries section before the provinces, last month's rank column, 'TPHCM', 'Khánh Hoà'",
"https://dichvucong.gov.vn/p/home/dvc-danh-gia-chi-so.html?thang=9&nam=2024",
dt.date(2024, 10, 10),
"""Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2024 (trích)
Khối bộ, ngành
Hạng\tĐơn vị\tĐiểm\tHạng tháng 8
1\tBộ Công an\t89,75\t1
2\tBảo hiểm xã hội Việt Nam\t87,10\t3
Khối địa phương
Hạng\tĐơn vị\tĐiểm\tHạng tháng 8
1\tHải Dương\t93,02\t1
2\tBà Rịa - Vũng Tàu\t91,40\t3
3\tBắc Ninh\t90,88\t2
4\tTPHCM\t89,95\t9
5\tKhánh Hoà\t89,30\t14""",
[{**idx("Hải Dương", SVC, 2024, score=93.02, rank=1, prev_rank=1), "period": "2024-09"},
 {**idx("Bà Rịa - Vũng Tàu", SVC, 2024, score=91.4, rank=2, prev_rank=3), "period": "2024-09"},
 {**idx("Bắc Ninh", SVC, 2024, score=90.88, rank=3, prev_rank=2), "period": "2024-09"},
 {**idx("Hồ Chí Minh", SVC, 2024, score=89.95, rank=4, prev_rank=9), "period": "2024-09"},
 {**idx("Khánh Hòa", SVC, 2024, score=89.3, rank=5, prev_rank=14), "period": "2024-09"}],
table=True),
]

NEGATIVES_L: list[Case] = [
Case("LN1 national mid-year session: ministries' and localities' task shares, group counts, max/min, national SIPAS and 766 averages, '18/63 địa phương', targets",
"https://moha.gov.vn/tintuc/Pages/tin-hoat-dong.aspx?ItemID=57240",
dt.date(2024, 7, 25),
"""Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024
Sáng 24/7, Ban Chỉ đạo CCHC của Chính phủ tổ chức phiên họp sơ kết công tác CCHC 6 tháng đầu năm 2024, kết nối trực tuyến với 63 tỉnh, thành phố.
Theo báo cáo, trong 6 tháng đầu năm, các bộ, ngành đã hoàn thành 44,8% nhiệm vụ của kế hoạch CCHC năm; các địa phương đạt 47,9%. Các bộ đã cắt giảm, đơn giản hóa 1.215 quy định kinh doanh, bằng 62% chỉ tiêu năm.
Nhìn lại kết quả năm 2023, giá trị trung bình Chỉ số CCHC của khối tỉnh đạt 86,71%, của khối bộ đạt 84,62%; có 6 tỉnh, thành phố thuộc nhóm A, 56 địa phương thuộc nhóm B và 1 địa phương thuộc nhóm C. Điểm cao nhất khối tỉnh là 92,14%, thấp nhất là 79,05%. Chỉ số SIPAS bình quân cả nước đạt 80,08%.
Về Bộ chỉ số phục vụ người dân, doanh nghiệp, điểm trung bình của các địa phương trong tháng 6/2024 đạt 80,45 điểm; 18/63 địa phương xếp loại Tốt, không còn địa phương xếp loại Yếu. Khối bộ, ngành đạt bình quân 78,3 điểm.
Ban Chỉ đạo đề nghị phấn đấu đến hết năm 2024 hoàn thành 100% nhiệm vụ, không địa phương nào có Chỉ số CCHC dưới 80% và 80% hồ sơ được số hóa.""",
[]),

Case("LN2 host-province paper on the PCI 2023 survey: national shares and median, an alphabetical top-10 list, the host absent from the top 30, DDCI of a city and a department, targets",
"https://baobinhduong.vn/pci-2023-doanh-nghiep-noi-gi-ve-moi-truong-kinh-doanh-a326012.html",
dt.date(2024, 5, 12),
"""PCI 2023: doanh nghiệp nói gì về môi trường kinh doanh?
Báo cáo PCI 2023 được xây dựng dựa trên phản hồi của hơn 12.000 doanh nghiệp, trong đó có 10.500 doanh nghiệp tư nhân trong nước và khoảng 1.500 doanh nghiệp có vốn đầu tư nước ngoài.
Theo báo cáo, tỷ lệ doanh nghiệp phải trả chi phí không chính thức giảm từ 41,5% năm 2021 xuống 31,2% năm 2023; 72% doanh nghiệp cho biết thủ tục đất đai vẫn là trở ngại lớn nhất. Điểm trung vị PCI toàn quốc đạt 64,92 điểm, điểm cao nhất là 73,02.
Nhóm 10 địa phương có điểm PCI 2023 cao nhất, liệt kê theo vần chữ cái, gồm: Bắc Giang, Bắc Ninh, Bình Định, Đồng Tháp, Hà Nội, Hải Phòng, Long An, Quảng Ninh, Thừa Thiên Huế và Vĩnh Phúc.
Năm nay, Bình Dương không nằm trong nhóm 30 địa phương được VCCI công bố thứ hạng. Trên địa bàn tỉnh, kết quả khảo sát Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023 cho thấy thành phố Thủ Dầu Một dẫn đầu khối huyện với 82,4 điểm, Sở Tư pháp đứng đầu khối sở với 84,1 điểm.
Tỉnh đặt mục tiêu đến năm 2025 trở lại nhóm 10 địa phương dẫn đầu PCI, với ít nhất 8/10 chỉ số thành phần tăng điểm.""",
[]),
]



def test_round_l_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round L prose", ROUND_L, capsys)


def test_round_l_tables_meet_the_table_target() -> None:
    assert_table_target(TABLES_L)


@pytest.mark.parametrize("case", NEGATIVES_L, ids=ids(NEGATIVES_L))
def test_round_l_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_L + TABLES_L, ids=ids(ROUND_L + TABLES_L))
def test_round_l_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
