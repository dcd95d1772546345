"""Blind round V: look-alikes of a province's result, beside the real ones, written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
other tests, and not to run the extractor). Theme: pages published 2021–2024 (before the 2025
mergers) where figures that look like a province's index result, task progress or target are
not one, set beside the real results the extractor must still find:

* other indices with ranks "x/63" that are not under the schema: DDCI of departments and
  districts (scores, "xếp thứ 1/20", "tăng 3 bậc"), CPI (prices), IIP ("đứng thứ 14/63 về tốc
  độ tăng"), GRDP ("xếp thứ 21/63"), HDI ("0,742, xếp thứ 14/63"), PII ("xếp thứ 11/63, trong
  đó trụ cột Thể chế xếp thứ 6");
* the PAR Index of a district, a department (Sở) or a ministry (Bộ) beside the province's:
  the province's own ranking of its Sở and districts announced on the same page (V1, V6,
  VN2), a district-level city that shares the province's name ("thành phố Hà Tĩnh", "thành
  phố Sóc Trăng", "thành phố Hải Dương", "thành phố Quảng Ngãi"), ministries and agencies
  (Bộ Tư pháp, Ngân hàng Nhà nước, Bảo hiểm xã hội Việt Nam) in the national PAR, ICT and
  monthly service-index releases (V5, V8, V10);
* PCI beside PGI in one paragraph or one table (V2, V11, V12, VT1), DTI beside the Vietnam
  ICT Index (V3, V10, VT2), with their components (PCI sub-indices, DTI pillars and a main
  index, an ICT Index component);
* fractions that are not tasks ("213/213 cơ sở", "18/20 chỉ tiêu", "20/20 xã", "151/151
  xã", "4.561/5.650 hồ sơ", "62/63 địa phương", "63/63 tỉnh") beside real plan tasks ("đã
  hoàn thành 32/38 nhiệm vụ theo Kế hoạch CCHC", "36/37 nhiệm vụ");
* targets beside results: a year's plan ("phấn đấu đạt 88% trở lên", "hoàn thành 42/42
  nhiệm vụ", "tỷ lệ hồ sơ trực tuyến phấn đấu đạt 95%") beside last year's results, and a
  result followed by its missed target in parentheses ("đạt 62,3%, chưa đạt mục tiêu đề ra
  (phấn đấu đạt 80%)", V9);
* two ranking tables (PCI and PGI 2022 columns side by side; DTI 2022 beside an ICT Index
  2020 rank column) and two negatives (a statistics office's monthly report with CPI, IIP,
  GRDP and HDI ranks and non-task fractions; a provincial portal announcing DDCI and PAR
  Index results of departments and districts, with targets for the province).

Gold notes (judgement calls):

* Not facts: DDCI of any Sở, district or city; the PAR Index, SIPAS-like surveys or the
  monthly service index that a province computes for its own Sở and districts; a
  district-level city named like its province (its "dẫn đầu khối huyện với 89,35%" is the
  city's, not the province's); ministries', agencies', banks' and corporations' results in any
  index; CPI, IIP, GRDP, HDI, PII and their ranks or pillars; national averages and medians;
  unnamed highest and lowest scores ("Địa phương có kết quả thấp nhất đạt 82,37%"); counts of
  provinces ("62/63 địa phương đạt trên 80%", "63/63 tỉnh, thành phố đã gửi số liệu"); the
  fractions listed above; every target, including targets written as fractions ("38/38
  nhiệm vụ CCHC và 20/20 chỉ tiêu", "42/42 nhiệm vụ") and the "(phấn đấu đạt 80%)" after a
  result; history ("năm thứ 12 liên tiếp", "từ năm 2005", "năm thứ 5 liên tiếp").
* Named leaders are facts: "Địa phương dẫn đầu PCI 2022 là Quảng Ninh với 72,95 điểm" (V2),
  "Bình Dương dẫn đầu với 90,36 điểm" in the monthly service index (V8), "Quảng Ninh dẫn đầu
  nội dung Quản trị điện tử với 5,02 điểm" (V7). Ranks read from order follow the seeds:
  "tiếp đến là Quảng Ninh (91,67%), Bắc Ninh (91,12%), ..." after the leader gives ranks 2–5
  (V5), "Tiếp theo là Quảng Ninh và Hà Nội" after the third gives ranks 4 and 5 (V10).
* ``rank_of`` is required only when printed with the rank ("xếp thứ 28/63"); where only "cả
  nước", "dẫn đầu" or a table header implies 63, it is a separate optional fact
  (``implied_rank_of``), as in rounds O, Q and Y.
* Components use the domain's names: PCI sub-indices (Gia nhập thị trường, Chi phí không
  chính thức, Tính minh bạch, Tiếp cận đất đai, Chi phí thời gian, Đào tạo lao động, Tính
  năng động), PAPI dimensions (Công khai, minh bạch trong việc ra quyết định ở địa phương,
  Thủ tục hành chính công, Quản trị điện tử, Quản trị môi trường), PAR fields (Cải cách tài
  chính công, Cải cách thủ tục hành chính), DTI pillars and the main index An toàn thông tin
  mạng (required, being named in the domain, as in round Y), the ICT Index's Hạ tầng nhân
  lực. "giảm 0,35 điểm, chỉ còn 6,22 điểm" is a score with a change of -0.35.
* V3: the ICT Index of 2019 in the same sentence as 2020 ("năm 2019 tỉnh xếp thứ 36/63") is
  a fact of its own year. V8: last month's result in parentheses ("(86,90 điểm, xếp thứ
  5)") is the May fact's ``prev_score`` / ``prev_rank``; as an April fact it is optional
  (the scorer keys monthly facts by year, so it would be a second value under one key).
* V4: "213/213 cơ sở giáo dục", "18/20 chỉ tiêu", "20/20 xã" and the Trung tâm's "số hóa
  4.561/5.650 hồ sơ" give no slot; "đã hoàn thành 32/38 nhiệm vụ theo Kế hoạch CCHC năm
  2024" in 9 months is ``2024-09M``. V9: the plan for 2024 states only targets; the
  results it cites are for 2023 (tasks, dossiers) and 2022 (PAR, SIPAS, DTI).
* V10 (mic.gov.vn) writes English decimals ("0.8121"). DTI 2020 is a fact of 2020.
* Dossier facts carry ``scope`` "toàn tỉnh" as in round S. Gold facts carry no ``evidence``
  (as in rounds O, Q, S and Y): the scorer does not read it, and the evidence test checks the
  extractor's own.
* Tables: a lead sentence restating a row is the same fact; "Trung vị cả nước" and "Trung
  bình cả nước" rows are not facts; ranks in a column headed "Hạng" / "Xếp hạng" are out of
  63 by implication only (optional ``rank_of``).

First score (extractor 1.10.0 at a422afb, on arrival): prose **1.000 / 0.934** (precision /
recall; no look-alike was read as a province's result, every negative clean), tables **0.622**
F1. What it missed: a rank column naming another index ("Hạng PGI" beside "Hạng PCI" overwrote
the PCI rank; "Hạng ICT Index 2020" beside DTI 2022 was read as DTI's previous rank), "xếp
hạng từ năm 2021" read as "hạng tư" (fourth), "<tỉnh> lần đầu dẫn đầu" (every ICT Index result
of V10), and a monthly index's last month in parentheses ("so với tháng 4/2024 (86,90 điểm,
xếp thứ 5)"). After those fixes: prose 1.000 / 1.000, tables 1.000, negatives clean; each fix
has a follow-up of its own sentences in ``test_extract_followups.py`` that fails before it.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, implied_rank_of,
                                  optional, svc, task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
TRANSPARENCY = "Công khai, minh bạch trong việc ra quyết định ở địa phương"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


def _all(fact: dict[str, object]) -> dict[str, object]:
    """Province-wide dossier figures."""
    return _scope(fact, TT)


ROUND_V: list[Case] = [
# ------------------------------------------------------------------ PAR Index of Sở, districts and ministries beside the province's
Case("V1 SNV site: the province's PAR/SIPAS 2022 beside its own ranking of 20 Sở and 13 districts (a city named like the province leads), '18/20 sở', Bộ Tư pháp, targets '20/20 sở, ngành và 13/13 huyện'",
"https://sonoivu.hatinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022-cua-cac-so-nganh-va-ubnd-cap-huyen-2231.html",
dt.date(2023, 5, 26),
"""Công bố Chỉ số cải cách hành chính năm 2022 của các sở, ngành và UBND cấp huyện
Ngày đăng: 26/05/2023 | Lượt xem: 418
Trang chủ > Tin tức > Cải cách hành chính
Sáng 25/5, UBND tỉnh Hà Tĩnh tổ chức hội nghị công bố Chỉ số cải cách hành chính (CCHC) năm 2022 của các sở, ban, ngành và UBND các huyện, thị xã, thành phố.
Mở đầu hội nghị, lãnh đạo Sở Nội vụ thông tin: theo kết quả Bộ Nội vụ công bố ngày 19/4/2023, Chỉ số CCHC năm 2022 của tỉnh Hà Tĩnh đạt 86,14%, xếp thứ 21/63 tỉnh, thành phố, tăng 6 bậc so với năm 2021; Chỉ số SIPAS năm 2022 đạt 80,92%, xếp thứ 40/63.
Đối với kết quả do tỉnh tự đánh giá, khối sở, ban, ngành có điểm trung bình 84,05%; Sở Tư pháp dẫn đầu với 91,26%, xếp thứ 1/20 sở, ban, ngành, tăng 2 bậc; Sở Xây dựng xếp cuối với 76,43%. Có 18/20 sở, ban, ngành đạt trên 80%.
Khối huyện có điểm trung bình 82,77%; thành phố Hà Tĩnh dẫn đầu với 89,35%, huyện Can Lộc xếp thứ 2/13, thị xã Kỳ Anh xếp thứ 3; huyện Vũ Quang có kết quả thấp nhất với 75,02%, giảm 4 bậc so với năm 2021.
Ở cấp Trung ương, Bộ Tư pháp tiếp tục dẫn đầu Chỉ số CCHC của các bộ, cơ quan ngang bộ với 92,12%; Ngân hàng Nhà nước Việt Nam xếp thứ hai.
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị phân tích kỹ các tiêu chí bị mất điểm, phấn đấu năm 2023 Chỉ số CCHC của tỉnh đạt trên 88%, nằm trong nhóm 15 địa phương dẫn đầu; 20/20 sở, ngành và 13/13 huyện, thị xã, thành phố đạt trên 80%.
Lãnh đạo UBND tỉnh trao Giấy khen cho các đơn vị dẫn đầu. Ảnh: Phòng CCHC
Tin khác
- Hà Tĩnh: Kiểm tra công tác CCHC tại huyện Hương Khê
- Tập huấn nghiệp vụ kiểm soát thủ tục hành chính năm 2023
SỞ NỘI VỤ TỈNH HÀ TĨNH
Địa chỉ: Số 02 Nguyễn Chí Thanh, TP. Hà Tĩnh""",
[idx("Hà Tĩnh", PAR, 2022, score=86.14, rank=21, rank_of=63, rank_change=6),
 idx("Hà Tĩnh", SIPAS, 2022, score=80.92, rank=40, rank_of=63)]),

Case("V2 provincial paper: PCI 2022 with four sub-indices, PGI 2022 'xếp thứ 29/63 về PGI' in the next paragraph, named leaders of both, the median, DDCI 2021 of a Sở and a town, CPI of a month, targets",
"https://baophuyen.vn/kinh-te/202304/pci-2022-phu-yen-tang-9-bac-3041825/",
dt.date(2023, 4, 13),
"""PCI 2022: Phú Yên tăng 9 bậc
Thứ Năm, 13/04/2023, 07:15 (GMT+7)
Kinh tế
(BPY) - Theo Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố ngày 11/4, Phú Yên đạt 64,87 điểm, xếp thứ 38/63 tỉnh, thành phố, tăng 9 bậc so với năm 2021.
Trong 10 chỉ số thành phần, tỉnh có 6 chỉ số tăng điểm. Chỉ số Gia nhập thị trường đạt 7,12 điểm; Chi phí không chính thức đạt 6,95 điểm, xếp thứ 12; Tính minh bạch đạt 6,01 điểm, tăng 0,42 điểm. Ngược lại, chỉ số Tiếp cận đất đai giảm 0,35 điểm, chỉ còn 6,22 điểm.
Cũng tại lễ công bố, VCCI lần đầu giới thiệu Chỉ số Xanh cấp tỉnh (PGI). Phú Yên đạt 18,42 điểm, xếp thứ 29/63 về PGI, thứ hạng cao hơn vị trí của tỉnh trên bảng xếp hạng PCI.
Địa phương dẫn đầu PCI 2022 là Quảng Ninh với 72,95 điểm; dẫn đầu PGI 2022 là Bà Rịa - Vũng Tàu với 23,19 điểm. Điểm trung vị PCI của cả nước là 65,09 điểm.
Bên cạnh đó, tỉnh đang triển khai đánh giá Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2022. Ở kỳ đánh giá năm 2021, Sở Kế hoạch và Đầu tư dẫn đầu khối sở với 80,4 điểm, thị xã Sông Cầu dẫn đầu khối huyện với 77,9 điểm.
Cũng theo Cục Thống kê, chỉ số giá tiêu dùng (CPI) tháng 3/2023 trên địa bàn tỉnh tăng 0,21% so với tháng trước; giá các mặt hàng thiết yếu cơ bản ổn định.
Chủ tịch UBND tỉnh yêu cầu các sở, ngành phấn đấu năm 2023 đưa PCI của tỉnh vào nhóm 30 địa phương dẫn đầu, PGI đạt trên 20 điểm.
Tin liên quan
- Phú Yên đối thoại với doanh nghiệp quý I/2023
BÁO PHÚ YÊN ĐIỆN TỬ""",
[idx("Phú Yên", PCI, 2022, score=64.87, rank=38, rank_of=63, rank_change=9),
 idx("Phú Yên", PCI, 2022, "Gia nhập thị trường", score=7.12),
 idx("Phú Yên", PCI, 2022, "Chi phí không chính thức", score=6.95, rank=12),
 implied_rank_of("Phú Yên", PCI, 2022, 63, "Chi phí không chính thức"),
 idx("Phú Yên", PCI, 2022, "Tính minh bạch", score=6.01, score_change=0.42),
 idx("Phú Yên", PCI, 2022, "Tiếp cận đất đai", score=6.22, score_change=-0.35),
 idx("Phú Yên", PGI, 2022, score=18.42, rank=29, rank_of=63),
 idx("Quảng Ninh", PCI, 2022, score=72.95, rank=1),
 idx("Bà Rịa - Vũng Tàu", PGI, 2022, score=23.19, rank=1),
 implied_rank_of("Quảng Ninh", PCI, 2022, 63), implied_rank_of("Bà Rịa - Vũng Tàu", PGI, 2022, 63)]),

Case("V3 provincial portal: DTI 2022 with pillars and a main index, the Vietnam ICT Index 2020 and 2019 in one sentence, DTI of a Sở and a city 'xếp thứ 1/8', '18/20 chỉ tiêu', '151/151 xã', GRDP share, targets",
"https://quangbinh.gov.vn/tin-tuc/khoa-hoc-cong-nghe/quang-binh-tang-11-bac-ve-chi-so-chuyen-doi-so-cap-tinh-nam-2022-18734.html",
dt.date(2023, 7, 20),
"""Quảng Bình tăng 11 bậc về Chỉ số chuyển đổi số cấp tỉnh năm 2022
Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ
20/07/2023 14:30
Theo kết quả đánh giá Chỉ số chuyển đổi số (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố ngày 12/7/2023, tỉnh Quảng Bình đạt 0,4612 điểm, xếp thứ 28/63 tỉnh, thành phố, tăng 11 bậc so với năm 2021.
Ở 3 trụ cột, Chính quyền số đạt 0,5230 điểm, xếp thứ 22; Kinh tế số đạt 0,3815 điểm, xếp thứ 35; Xã hội số xếp thứ 26. Trong 8 chỉ số chính, chỉ số An toàn thông tin mạng của tỉnh xếp thứ 9 cả nước.
Trước khi có DTI, Bộ Thông tin và Truyền thông đánh giá mức độ sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông (Vietnam ICT Index). Theo ICT Index năm 2020, tỉnh Quảng Bình đạt 0,4377 điểm, xếp thứ 31/63; năm 2019 tỉnh xếp thứ 36/63.
Ở cấp sở, ngành, tỉnh đã tự đánh giá chỉ số chuyển đổi số năm 2022 của 19 sở, ngành và 8 huyện, thị xã, thành phố: Sở Thông tin và Truyền thông dẫn đầu khối sở với 0,7124 điểm; thành phố Đồng Hới dẫn đầu khối huyện với 0,6510 điểm, xếp thứ 1/8.
Năm 2022, tỉnh hoàn thành 18/20 chỉ tiêu của Kế hoạch chuyển đổi số; 151/151 xã, phường, thị trấn đã kết nối mạng truyền số liệu chuyên dùng. Tỷ trọng kinh tế số trong GRDP của tỉnh ước đạt 7,8%.
Năm 2023, tỉnh phấn đấu Chỉ số DTI vào nhóm 20 địa phương dẫn đầu cả nước, trụ cột Chính quyền số đạt trên 0,6 điểm.
Tác giả: Sở Thông tin và Truyền thông
Chia sẻ | In bài
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG BÌNH""",
[idx("Quảng Bình", DTI, 2022, score=0.4612, rank=28, rank_of=63, rank_change=11),
 idx("Quảng Bình", DTI, 2022, "Chính quyền số", score=0.523, rank=22),
 idx("Quảng Bình", DTI, 2022, "Kinh tế số", score=0.3815, rank=35),
 idx("Quảng Bình", DTI, 2022, "Xã hội số", rank=26),
 idx("Quảng Bình", DTI, 2022, "An toàn thông tin mạng", rank=9),
 implied_rank_of("Quảng Bình", DTI, 2022, 63, "Chính quyền số"),
 implied_rank_of("Quảng Bình", DTI, 2022, 63, "Kinh tế số"),
 implied_rank_of("Quảng Bình", DTI, 2022, 63, "Xã hội số"),
 implied_rank_of("Quảng Bình", DTI, 2022, 63, "An toàn thông tin mạng"),
 idx("Quảng Bình", ICT, 2020, score=0.4377, rank=31, rank_of=63),
 idx("Quảng Bình", ICT, 2019, rank=36, rank_of=63)]),

# ------------------------------------------------------------------ non-task fractions beside real tasks
Case("V4 provincial paper, UBND monthly session: GRDP, IIP, CPI, '18/20 chỉ tiêu', '213/213 cơ sở', '20/20 xã' beside 'đã hoàn thành 32/38 nhiệm vụ theo Kế hoạch CCHC', 9-month dossiers, a Trung tâm's '4.561/5.650 hồ sơ' digitised, August service index, targets '38/38' and '20/20'",
"https://baosonla.org.vn/kinh-te/son-la-kinh-te-xa-hoi-9-thang-nam-2024-tiep-tuc-phuc-hoi-2Bk7aQ3SR.html",
dt.date(2024, 10, 5),
"""Sơn La: Kinh tế - xã hội 9 tháng năm 2024 tiếp tục phục hồi
05/10/2024 - 08:40
(BSL) - Chiều 3/10, UBND tỉnh Sơn La họp phiên thường kỳ tháng 9/2024 để đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh 9 tháng và triển khai nhiệm vụ trọng tâm quý IV.
Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 6,12% so với cùng kỳ; chỉ số sản xuất công nghiệp (IIP) tăng 9,8%; chỉ số giá tiêu dùng (CPI) bình quân tăng 3,05%. Có 18/20 chỉ tiêu chủ yếu đạt và vượt tiến độ; 213/213 cơ sở giáo dục hoàn thành tự đánh giá kiểm định chất lượng; 20/20 xã trong kế hoạch năm đã được thẩm định đạt chuẩn nông thôn mới.
Về cải cách hành chính, 9 tháng năm 2024, tỉnh đã hoàn thành 32/38 nhiệm vụ theo Kế hoạch CCHC năm 2024, đạt 84,2%; các nhiệm vụ còn lại đang triển khai đúng tiến độ. Toàn tỉnh tiếp nhận 412.560 hồ sơ TTHC, đã giải quyết 398.214 hồ sơ, tỷ lệ trễ hạn 0,87 %; tỷ lệ hồ sơ trực tuyến đạt 46,3%. Riêng Trung tâm Phục vụ hành chính công tỉnh đã số hóa 4.561/5.650 hồ sơ tiếp nhận trong quý III.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2024 của tỉnh đạt 80,12 điểm, xếp thứ 27/63.
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung hoàn thành 38/38 nhiệm vụ CCHC và 20/20 chỉ tiêu kinh tế - xã hội, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 60%, tăng trưởng GRDP cả năm đạt 7%.
Quang cảnh phiên họp. Ảnh: Thảo Vy
Tin khác
- Sơn La: Khởi công cầu Tạ Bú mới
- Mộc Châu đón 2,1 triệu lượt khách du lịch
BÁO SƠN LA ĐIỆN TỬ""",
[task("Sơn La", "2024-09M", 32, 38),
 _all(dos("Sơn La", "2024-09M", received=412560, resolved=398214, late_pct=0.87, online_pct=46.3)),
 svc("Sơn La", "2024-08", score=80.12, rank=27, rank_of=63)]),

# ------------------------------------------------------------------ national releases with ministries
Case("V5 national news agency: PAR/SIPAS 2023 release, ministries first (Bộ Tư pháp, NHNN, Bộ Tài chính, lowest ministry), leader and 'tiếp đến là X (..), Y (..)' ranks 2-5, unnamed lowest, '62/63 địa phương', history",
"https://baotintuc.vn/thoi-su/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023-hai-phong-dan-dau-20240417174512345.htm",
dt.date(2024, 4, 17),
"""Công bố Chỉ số CCHC năm 2023: Hải Phòng dẫn đầu khối địa phương, Bộ Tư pháp đứng đầu khối bộ
17/04/2024 17:45
(TTXVN) - Chiều 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương (PAR Index 2023) và Chỉ số SIPAS 2023.
Ở khối bộ, Bộ Tư pháp đạt 91,86%, tiếp tục dẫn đầu; xếp thứ hai là Ngân hàng Nhà nước Việt Nam với 90,20%; Bộ Tài chính xếp thứ ba với 88,78%. Bộ có kết quả thấp nhất là Bộ Giao thông vận tải với 79,13%. Giá trị trung bình của khối bộ đạt 85,47%.
Ở khối địa phương, giá trị trung bình Chỉ số CCHC năm 2023 đạt 87,05%, tăng 1,9% so với năm 2022. TP. Hải Phòng dẫn đầu với 92,04%, tiếp đến là Quảng Ninh (91,67%), Bắc Ninh (91,12%), Hà Nội (90,87%) và Bình Định (90,44%). Địa phương có kết quả thấp nhất đạt 82,37%. Có 62/63 địa phương đạt trên 80%.
Về Chỉ số SIPAS 2023, mức độ hài lòng bình quân của cả nước đạt 82,66%; Hải Phòng xếp thứ nhất với 88,15%, Quảng Ninh thứ hai với 87,93%.
Chỉ số CCHC được Bộ Nội vụ triển khai từ năm 2012; năm 2023 là năm thứ 12 liên tiếp kết quả được công bố công khai.
Phát biểu chỉ đạo, Phó Thủ tướng đề nghị các bộ, địa phương phân tích nguyên nhân mất điểm, phấn đấu năm 2024 không còn đơn vị nào dưới 85%.
Tin liên quan
- Bộ Nội vụ hướng dẫn tự đánh giá Chỉ số CCHC năm 2024
- Hội nghị trực tuyến toàn quốc về cải cách thủ tục hành chính
BÁO TIN TỨC - TTXVN""",
[idx("Hải Phòng", PAR, 2023, score=92.04, rank=1),
 idx("Quảng Ninh", PAR, 2023, score=91.67, rank=2),
 idx("Bắc Ninh", PAR, 2023, score=91.12, rank=3),
 idx("Hà Nội", PAR, 2023, score=90.87, rank=4),
 idx("Bình Định", PAR, 2023, score=90.44, rank=5),
 implied_rank_of("Hải Phòng", PAR, 2023, 63), implied_rank_of("Quảng Ninh", PAR, 2023, 63),
 implied_rank_of("Bắc Ninh", PAR, 2023, 63), implied_rank_of("Hà Nội", PAR, 2023, 63),
 implied_rank_of("Bình Định", PAR, 2023, 63),
 idx("Hải Phòng", SIPAS, 2023, score=88.15, rank=1),
 idx("Quảng Ninh", SIPAS, 2023, score=87.93, rank=2),
 implied_rank_of("Hải Phòng", SIPAS, 2023, 63), implied_rank_of("Quảng Ninh", SIPAS, 2023, 63)]),

Case("V6 provincial portal: the province's district and Sở ranking first (a city named like the province leads with a change in points, 'xếp thứ 2/11, tăng 3 bậc'), a Sở satisfaction survey, then the province's PAR/SIPAS 2023 and two fields, targets",
"https://www.soctrang.gov.vn/wps/portal/tin-tuc/soc-trang-cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023-cua-cac-so-nganh-va-dia-phuong-3318.html",
dt.date(2024, 5, 8),
"""Sóc Trăng công bố Chỉ số CCHC năm 2023 của các sở, ngành và địa phương
Ngày cập nhật 08/05/2024 | Lượt xem: 352
Trang chủ » Tin tức - Sự kiện » Tin trong tỉnh
Ngày 7/5, UBND tỉnh Sóc Trăng ban hành quyết định công bố Chỉ số cải cách hành chính (CCHC) năm 2023 của các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố.
Theo đó, thành phố Sóc Trăng tiếp tục dẫn đầu khối huyện với 90,15%, tăng 1,2 điểm phần trăm so với năm 2022; huyện Mỹ Xuyên xếp thứ 2/11 với 88,62%, tăng 3 bậc; thị xã Vĩnh Châu xếp cuối với 79,40%. Ở khối sở, ban, ngành, Sở Nội vụ đứng đầu với 92,08%; Sở Tài nguyên và Môi trường có kết quả thấp nhất, đạt 78,55%.
Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với các sở, ngành do tỉnh tự tổ chức cho thấy Sở Tư pháp đạt 93,1%, cao nhất khối sở.
Trước đó, ngày 17/4/2024, Bộ Nội vụ công bố Chỉ số CCHC năm 2023 của tỉnh Sóc Trăng đạt 85,33%, xếp thứ 41/63 tỉnh, thành phố, tăng 8 bậc so với năm 2022; Chỉ số SIPAS năm 2023 của tỉnh đạt 81,07%, xếp thứ 46/63, giảm 5 bậc. Trong 8 lĩnh vực, cải cách tài chính công của tỉnh xếp thứ 15; cải cách thủ tục hành chính xếp thứ 44/63.
UBND tỉnh giao Sở Nội vụ hướng dẫn các cơ quan, đơn vị khắc phục tồn tại, hạn chế; phấn đấu năm 2024 Chỉ số CCHC của tỉnh đạt từ 87% trở lên, SIPAS đạt trên 83%, 100% cơ quan, đơn vị đạt trên 80%.
Tin khác
- Sóc Trăng: 109/109 xã, phường, thị trấn triển khai dịch vụ công trực tuyến toàn trình
- Thành phố Sóc Trăng ra mắt mô hình "Bộ phận Một cửa thân thiện"
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG""",
[idx("Sóc Trăng", PAR, 2023, score=85.33, rank=41, rank_of=63, rank_change=8),
 idx("Sóc Trăng", SIPAS, 2023, score=81.07, rank=46, rank_of=63, rank_change=-5),
 idx("Sóc Trăng", PAR, 2023, "Cải cách tài chính công", rank=15),
 implied_rank_of("Sóc Trăng", PAR, 2023, 63, "Cải cách tài chính công"),
 idx("Sóc Trăng", PAR, 2023, "Cải cách thủ tục hành chính", rank=44, rank_of=63)]),

# ------------------------------------------------------------------ other indices with ranks out of 63
Case("V7 provincial paper: PAPI 2023 with four dimensions, HDI 2022 'xếp thứ 14/63' and PII 2023 'xếp thứ 11/63' with a pillar, GRDP, national average and unnamed highest/lowest, a named province's dimension leader, history, target",
"https://baothainguyen.vn/chinh-tri/202404/papi-2023-thai-nguyen-vao-nhom-dat-diem-cao-nhat-8a21c3f/",
dt.date(2024, 4, 5),
"""PAPI 2023: Thái Nguyên vào nhóm đạt điểm cao nhất
Thứ Sáu, 05/04/2024 - 06:30
Chính trị
(BTN) - Theo Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 công bố ngày 2/4, Thái Nguyên đạt 44,86 điểm, xếp thứ 7/63 tỉnh, thành phố, tăng 5 bậc so với năm 2022, thuộc nhóm đạt điểm cao nhất.
Trong 8 chỉ số nội dung, tỉnh có điểm cao ở Công khai, minh bạch trong việc ra quyết định ở địa phương (5,81 điểm) và Thủ tục hành chính công (7,46 điểm, xếp thứ 4); nội dung Quản trị điện tử đạt 3,92 điểm, tăng 0,37 điểm. Nội dung Quản trị môi trường vẫn thấp, chỉ đạt 3,55 điểm.
Cùng thời điểm, nhiều chỉ số khác của tỉnh cũng được cải thiện. Chỉ số phát triển con người (HDI) năm 2022 của tỉnh đạt 0,742, xếp thứ 14/63 tỉnh, thành phố; Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2023 xếp thứ 11/63, trong đó trụ cột Thể chế xếp thứ 6. Tăng trưởng GRDP năm 2023 đạt 5,2%.
Trên phạm vi cả nước, điểm trung bình PAPI 2023 là 42,60 điểm; địa phương có điểm cao nhất đạt 46,27 điểm, thấp nhất 37,81 điểm. Quảng Ninh dẫn đầu nội dung Quản trị điện tử với 5,02 điểm.
PAPI được khảo sát lần đầu năm 2009 và thực hiện trên toàn bộ 63 tỉnh, thành phố từ năm 2011.
Năm 2024, tỉnh phấn đấu giữ vững vị trí trong nhóm đạt điểm cao nhất, không có chỉ số nội dung nào thấp hơn điểm trung bình của cả nước.
Tin liên quan
- Thái Nguyên: Đối thoại với Nhân dân về công tác giải phóng mặt bằng
- Phổ Yên hoàn thành 100% chỉ tiêu thu ngân sách
BÁO THÁI NGUYÊN ĐIỆN TỬ""",
[idx("Thái Nguyên", PAPI, 2023, score=44.86, rank=7, rank_of=63, rank_change=5),
 idx("Thái Nguyên", PAPI, 2023, TRANSPARENCY, score=5.81),
 idx("Thái Nguyên", PAPI, 2023, "Thủ tục hành chính công", score=7.46, rank=4),
 implied_rank_of("Thái Nguyên", PAPI, 2023, 63, "Thủ tục hành chính công"),
 idx("Thái Nguyên", PAPI, 2023, "Quản trị điện tử", score=3.92, score_change=0.37),
 idx("Thái Nguyên", PAPI, 2023, "Quản trị môi trường", score=3.55),
 idx("Quảng Ninh", PAPI, 2023, "Quản trị điện tử", score=5.02, rank=1),
 implied_rank_of("Quảng Ninh", PAPI, 2023, 63, "Quản trị điện tử")]),

Case("V8 provincial portal: May 2024 service index with April in parentheses, an agency and a ministry leading their group, Bình Dương leading the provinces, the province's own index of Sở and districts 'xếp thứ 1/12', 5-month dossiers, PAR 2023, history, targets",
"https://dongthap.gov.vn/tin-tuc/-/asset_publisher/cai-cach-hanh-chinh/content/dong-thap-xep-thu-3-ca-nuoc-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-5-2024",
dt.date(2024, 6, 20),
"""Đồng Tháp xếp thứ 3 cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2024
20/06/2024 | 09:15
Trang chủ / Tin tức / Cải cách hành chính
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực (Quyết định 766/QĐ-TTg) do Văn phòng Chính phủ công bố, tháng 5/2024, tỉnh Đồng Tháp đạt 88,47 điểm, xếp thứ 3/63 tỉnh, thành phố, tăng 2 bậc so với tháng 4/2024 (86,90 điểm, xếp thứ 5).
Ở khối bộ, ngành, Bảo hiểm xã hội Việt Nam dẫn đầu với 90,12 điểm, Bộ Công an xếp thứ hai; ở khối địa phương, Bình Dương dẫn đầu với 90,36 điểm.
Kết quả đánh giá Bộ chỉ số đối với các sở, ngành và địa phương do tỉnh triển khai cho thấy Sở Tư pháp đứng đầu khối sở với 92,5 điểm, Sở Xây dựng thấp nhất với 74,3 điểm; ở khối huyện, thành phố Sa Đéc dẫn đầu với 89,0 điểm, xếp thứ 1/12.
Lũy kế 5 tháng năm 2024, toàn tỉnh tiếp nhận 265.310 hồ sơ TTHC, tỷ lệ hồ sơ trực tuyến đạt 72,5%. Tỉnh phấn đấu tỷ lệ này đạt 80% vào cuối năm và duy trì vị trí trong nhóm 5 địa phương dẫn đầu Bộ chỉ số.
Năm 2023, Chỉ số CCHC của tỉnh đạt 89,78%, xếp thứ 9/63; đây là năm thứ 5 liên tiếp tỉnh nằm trong nhóm 10 địa phương dẫn đầu.
Tin khác
- Đồng Tháp: 143/143 xã, phường, thị trấn có Bộ phận Một cửa đạt chuẩn
- Hội nghị tập huấn kỹ năng giao tiếp cho công chức một cửa
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP""",
[svc("Đồng Tháp", "2024-05", score=88.47, rank=3, rank_of=63, rank_change=2, prev_score=86.9, prev_rank=5),
 # April's result in parentheses: the May fact's prev_*; an April fact is not wrong either
 optional(svc("Đồng Tháp", "2024-04", score=86.9, rank=5)),
 svc("Bình Dương", "2024-05", score=90.36, rank=1),
 implied_rank_of("Bình Dương", SVC, 2024, 63),
 _all(dos("Đồng Tháp", "2024-05M", received=265310, online_pct=72.5)),
 idx("Đồng Tháp", PAR, 2023, score=89.78, rank=9, rank_of=63)]),

# ------------------------------------------------------------------ targets beside results
Case("V9 SNV site: the 2024 plan's targets ('42/42 nhiệm vụ', 'phấn đấu đạt 88%', 'phấn đấu đạt 95%', DTI group) before the 2023 results (36/37 tasks, dossiers, an online share with its missed target in parentheses) and PAR/SIPAS/DTI 2022",
"https://sonoivu.quangtri.gov.vn/vi/news/cai-cach-hanh-chinh/quang-tri-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024-1532.html",
dt.date(2024, 1, 12),
"""Quảng Trị ban hành Kế hoạch cải cách hành chính năm 2024
Ngày đăng: 12/01/2024 | Lượt xem: 287
Ngày 10/1, UBND tỉnh Quảng Trị ban hành Kế hoạch cải cách hành chính (CCHC) năm 2024 với 42 nhiệm vụ, giao cho các sở, ngành, địa phương triển khai.
Kế hoạch đặt mục tiêu năm 2024 hoàn thành 42/42 nhiệm vụ; Chỉ số CCHC của tỉnh phấn đấu đạt 88% trở lên, Chỉ số SIPAS đạt trên 85%; tỷ lệ hồ sơ trực tuyến phấn đấu đạt 95%, tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt 99%; Chỉ số DTI vào nhóm 25 địa phương dẫn đầu.
Kế hoạch được xây dựng trên cơ sở kết quả năm 2023. Theo báo cáo của Sở Nội vụ, năm 2023 tỉnh đã hoàn thành 36/37 nhiệm vụ của Kế hoạch CCHC, đạt 97,3%; 1 nhiệm vụ chưa hoàn thành do chờ hướng dẫn của Trung ương. Cả năm, toàn tỉnh tiếp nhận 286.410 hồ sơ TTHC, đã giải quyết 281.907 hồ sơ, trong đó trước hạn 62,7%, đúng hạn 36,1%, trễ hạn 1,2%; tỷ lệ hồ sơ trực tuyến đạt 62,3%, chưa đạt mục tiêu đề ra (phấn đấu đạt 80%).
Đối với các chỉ số, Chỉ số CCHC năm 2022 của tỉnh đạt 84,92%, xếp thứ 35/63; Chỉ số SIPAS năm 2022 đạt 82,05%, xếp thứ 30/63. Chỉ số DTI năm 2022 của tỉnh đạt 0,4420 điểm, xếp thứ 33/63.
UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm nếu để xảy ra hồ sơ trễ hạn; phấn đấu 100% cơ quan cấp tỉnh có tỷ lệ trễ hạn dưới 0,5%.
Tin khác
- Quảng Trị: 125/125 xã, phường, thị trấn ban hành kế hoạch CCHC năm 2024
- Kiểm tra công vụ tại huyện Gio Linh
SỞ NỘI VỤ TỈNH QUẢNG TRỊ
Địa chỉ: Số 10 Hùng Vương, TP. Đông Hà, tỉnh Quảng Trị""",
[task("Quảng Trị", "2023", 36, 37),
 _all(dos("Quảng Trị", "2023", received=286410, resolved=281907, early_pct=62.7, on_time_pct=36.1, late_pct=1.2,
          online_pct=62.3)),
 idx("Quảng Trị", PAR, 2022, score=84.92, rank=35, rank_of=63),
 idx("Quảng Trị", SIPAS, 2022, score=82.05, rank=30, rank_of=63),
 idx("Quảng Trị", DTI, 2022, score=0.442, rank=33, rank_of=63)]),

# ------------------------------------------------------------------ ICT Index and DTI, ministries and banks
Case("V10 ministry site (English decimals): Vietnam ICT Index 2020 of provinces (leader, 2nd, 3rd, 'Tiếp theo là X và Y'), a component leader, ministries, banks and corporations, DTI 2020 leader and order in the same release, '63/63', history",
"https://mic.gov.vn/mic_2020/Pages/TinTuc/148213/Cong-bo-Bao-cao-Vietnam-ICT-Index-2020.html",
dt.date(2021, 7, 30),
"""Công bố Báo cáo Vietnam ICT Index 2020
30/07/2021 16:20
Ngày 30/7, Bộ Thông tin và Truyền thông phối hợp với Hội Tin học Việt Nam công bố Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông Việt Nam năm 2020 (Vietnam ICT Index 2020).
Đối với khối tỉnh, thành phố, Thừa Thiên Huế lần đầu dẫn đầu cả nước với 0.8121 điểm; Đà Nẵng xếp thứ hai với 0.7969 điểm; TP. Hồ Chí Minh xếp thứ ba với 0.7512 điểm. Tiếp theo là Quảng Ninh và Hà Nội. Ở chỉ số thành phần Hạ tầng nhân lực, Đà Nẵng xếp thứ nhất.
Đối với khối bộ, cơ quan ngang bộ có cung cấp dịch vụ công, Bộ Tài chính dẫn đầu với 0.8615 điểm, Bộ Tư pháp xếp thứ hai; ở khối không cung cấp dịch vụ công, Ngân hàng Nhà nước Việt Nam đứng đầu. Khối ngân hàng thương mại và khối tập đoàn, tổng công ty được xếp hạng riêng, trong đó Vietcombank dẫn đầu khối ngân hàng với 0.7730 điểm.
Cùng dịp, Bộ công bố kết quả đánh giá Chỉ số chuyển đổi số (DTI) năm 2020 lần đầu tiên; theo đó, Quảng Ninh dẫn đầu khối tỉnh với 0.5811 điểm, Đà Nẵng xếp thứ hai và Thừa Thiên Huế xếp thứ ba.
Theo Bộ Thông tin và Truyền thông, 63/63 tỉnh, thành phố đã gửi số liệu đúng hạn; ICT Index được thực hiện liên tục từ năm 2005. Từ năm 2021, Bộ sẽ tập trung đánh giá DTI, không xây dựng bảng xếp hạng ICT Index.
Tin liên quan
- Hội thảo chuyển đổi số quốc gia năm 2021
- Bộ TT&TT ban hành Bộ chỉ số đánh giá chuyển đổi số
BỘ THÔNG TIN VÀ TRUYỀN THÔNG""",
[idx("Thừa Thiên Huế", ICT, 2020, score=0.8121, rank=1),
 idx("Đà Nẵng", ICT, 2020, score=0.7969, rank=2),
 idx("Hồ Chí Minh", ICT, 2020, score=0.7512, rank=3),
 idx("Quảng Ninh", ICT, 2020, rank=4),
 idx("Hà Nội", ICT, 2020, rank=5),
 implied_rank_of("Thừa Thiên Huế", ICT, 2020, 63), implied_rank_of("Đà Nẵng", ICT, 2020, 63),
 implied_rank_of("Hồ Chí Minh", ICT, 2020, 63), implied_rank_of("Quảng Ninh", ICT, 2020, 63),
 implied_rank_of("Hà Nội", ICT, 2020, 63),
 idx("Đà Nẵng", ICT, 2020, "Hạ tầng nhân lực", rank=1),
 implied_rank_of("Đà Nẵng", ICT, 2020, 63, "Hạ tầng nhân lực"),
 idx("Quảng Ninh", DTI, 2020, score=0.5811, rank=1),
 idx("Đà Nẵng", DTI, 2020, rank=2),
 idx("Thừa Thiên Huế", DTI, 2020, rank=3),
 implied_rank_of("Quảng Ninh", DTI, 2020, 63), implied_rank_of("Đà Nẵng", DTI, 2020, 63),
 implied_rank_of("Thừa Thiên Huế", DTI, 2020, 63)]),

# ------------------------------------------------------------------ PCI beside PGI and DDCI
Case("V11 paper interview (Q&A) with a Giám đốc Sở KH&ĐT: PCI 2022 with two sub-indices and PGI 2022 in one answer, DDCI of a Sở and of a city named like the province 'xếp thứ 1/12, tăng 2 bậc', PAR/SIPAS/PAPI 2022, GRDP, CPI and an IIP rank, targets",
"https://baohaiduong.vn/chinh-tri/cai-thien-moi-truong-kinh-doanh-khong-chi-nhin-vao-thu-hang-231876",
dt.date(2023, 5, 15),
"""Cải thiện môi trường kinh doanh: Không chỉ nhìn vào thứ hạng
Thứ Hai, 15/05/2023 - 07:00
(Baohaiduong.vn) - Phóng viên Báo Hải Dương có cuộc trao đổi với ông Nguyễn Văn K., Giám đốc Sở Kế hoạch và Đầu tư, về kết quả các chỉ số năm 2022 của tỉnh.
PV: Thưa ông, các chỉ số đánh giá môi trường kinh doanh năm 2022 của tỉnh ra sao?
Ông Nguyễn Văn K.: Theo Báo cáo PCI 2022, Hải Dương đạt 67,76 điểm, xếp thứ 10/63, giảm 2 bậc so với năm 2021; chỉ số Chi phí thời gian xếp thứ 3 cả nước, Đào tạo lao động đạt 7,21 điểm. Với Chỉ số Xanh cấp tỉnh (PGI) lần đầu được công bố, tỉnh đạt 19,45 điểm, xếp thứ 16/63. Chỉ số DDCI năm 2022 do tỉnh tổ chức đánh giá 22 sở, ngành và 12 huyện, thị xã, thành phố: Sở Tư pháp dẫn đầu khối sở với 84,1 điểm; thành phố Hải Dương dẫn đầu khối huyện, xếp thứ 1/12, tăng 2 bậc.
PV: Còn các chỉ số về quản trị và hành chính công thì sao?
Ông Nguyễn Văn K.: Chỉ số CCHC năm 2022 của tỉnh đạt 87,96%, xếp thứ 7/63; Chỉ số SIPAS đạt 84,74%, xếp thứ 6. Chỉ số PAPI năm 2022 đạt 43,28 điểm, thuộc nhóm trung bình cao. Về kinh tế, GRDP năm 2022 tăng 9,3%; chỉ số giá tiêu dùng (CPI) bình quân tăng 3,1%; chỉ số sản xuất công nghiệp (IIP) tăng 9,4%, xếp thứ 12 cả nước về tốc độ tăng.
PV: Mục tiêu năm 2023 của tỉnh là gì?
Ông Nguyễn Văn K.: Tỉnh phấn đấu PCI 2023 vào nhóm 5 địa phương dẫn đầu, Chỉ số CCHC đạt trên 90%, 100% sở, ngành có điểm DDCI trên 80 điểm.
PV: Xin cảm ơn ông!
Ông Nguyễn Văn K. trao đổi với phóng viên. Ảnh: Thành Chung
BÁO HẢI DƯƠNG ĐIỆN TỬ""",
[idx("Hải Dương", PCI, 2022, score=67.76, rank=10, rank_of=63, rank_change=-2),
 idx("Hải Dương", PCI, 2022, "Chi phí thời gian", rank=3),
 implied_rank_of("Hải Dương", PCI, 2022, 63, "Chi phí thời gian"),
 idx("Hải Dương", PCI, 2022, "Đào tạo lao động", score=7.21),
 idx("Hải Dương", PGI, 2022, score=19.45, rank=16, rank_of=63),
 idx("Hải Dương", PAR, 2022, score=87.96, rank=7, rank_of=63),
 idx("Hải Dương", SIPAS, 2022, score=84.74, rank=6),
 implied_rank_of("Hải Dương", SIPAS, 2022, 63),
 idx("Hải Dương", PAPI, 2022, score=43.28)]),

Case("V12 provincial paper: DDCI 2023 of 20 Sở and 15 districts ('xếp thứ 1/20, tăng 3 bậc', 'xếp thứ 2/15, tăng 5 bậc', 'giảm 2,4 điểm'), a DDCI average, then PCI 2023 with two sub-indices and a PGI rank, targets",
"https://baolongan.vn/long-an-cong-bo-chi-so-ddci-nam-2023-a178420.html",
dt.date(2024, 6, 18),
"""Long An công bố Chỉ số DDCI năm 2023
Cập nhật: 18/06/2024 15:20
(BLA) - Ngày 17/6, UBND tỉnh Long An phối hợp với VCCI chi nhánh TP. Hồ Chí Minh công bố kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2023.
Khối sở, ngành có 20 đơn vị được đánh giá; Sở Kế hoạch và Đầu tư dẫn đầu với 81,42 điểm, xếp thứ 1/20, tăng 3 bậc so với năm 2022; Sở Tài nguyên và Môi trường xếp cuối với 66,05 điểm. Khối huyện, thị xã, thành phố có 15 đơn vị; thành phố Tân An dẫn đầu với 79,88 điểm, huyện Đức Hòa xếp thứ 2/15, tăng 5 bậc, còn thị xã Kiến Tường giảm 2,4 điểm.
Điểm trung bình DDCI khối sở năm 2023 đạt 74,6 điểm, cao hơn năm 2022 là 1,8 điểm; khối huyện đạt 72,9 điểm.
Theo Báo cáo PCI 2023 do VCCI công bố ngày 9/5/2024, Long An đạt 70,02 điểm, xếp thứ 4/63 tỉnh, thành phố, tăng 1 bậc so với năm 2022. Chỉ số thành phần Tính năng động đạt 7,35 điểm, xếp thứ 2; Chi phí không chính thức đạt 7,18 điểm. Chỉ số Xanh cấp tỉnh (PGI) năm 2023 của tỉnh xếp thứ 6.
Phó Chủ tịch UBND tỉnh đề nghị các sở, ngành, địa phương có điểm DDCI thấp xây dựng kế hoạch khắc phục, phấn đấu năm 2024 không có đơn vị nào dưới 70 điểm; PCI của tỉnh giữ vững vị trí trong nhóm 5 địa phương dẫn đầu.
Lãnh đạo tỉnh trao chứng nhận cho các đơn vị dẫn đầu DDCI năm 2023. Ảnh: Minh Trí
Tin khác
- Long An: Hội nghị gặp gỡ doanh nghiệp FDI năm 2024
BÁO LONG AN ĐIỆN TỬ""",
[idx("Long An", PCI, 2023, score=70.02, rank=4, rank_of=63, rank_change=1),
 idx("Long An", PCI, 2023, "Tính năng động", score=7.35, rank=2),
 implied_rank_of("Long An", PCI, 2023, 63, "Tính năng động"),
 idx("Long An", PCI, 2023, "Chi phí không chính thức", score=7.18),
 idx("Long An", PGI, 2023, rank=6),
 implied_rank_of("Long An", PGI, 2023, 63)]),

# -- end ROUND_V
]


# ------------------------------------------------------------------ ranking tables written as text
def _pci_pgi22(province: str, pci: float, pci_rank: int, pgi: float, pgi_rank: int) -> list[dict[str, object]]:
    return [idx(province, PCI, 2022, score=pci, rank=pci_rank), implied_rank_of(province, PCI, 2022, 63),
            idx(province, PGI, 2022, score=pgi, rank=pgi_rank), implied_rank_of(province, PGI, 2022, 63)]


def _dti22_ict20(province: str, dti: float, dti_rank: int, ict_rank: int) -> list[dict[str, object]]:
    return [idx(province, DTI, 2022, score=dti, rank=dti_rank), implied_rank_of(province, DTI, 2022, 63),
            idx(province, ICT, 2020, rank=ict_rank), implied_rank_of(province, ICT, 2020, 63)]


TABLES_V: list[Case] = [
Case("VT1 provincial paper: PCI 2022 and PGI 2022 of the Southeast side by side (pipes, a score and a rank column each), a lead restating the first row, a 'Trung vị cả nước' row, a target in the note",
"https://baobinhphuoc.com.vn/news/4/140215/pci-va-pgi-2022-cac-tinh-dong-nam-bo",
dt.date(2023, 4, 14),
"""PCI và PGI năm 2022 của các tỉnh, thành vùng Đông Nam Bộ
Thứ Sáu, 14/04/2023 | 08:30
(BP) - VCCI vừa công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 và lần đầu công bố Chỉ số Xanh cấp tỉnh (PGI). Bình Dương tiếp tục dẫn đầu vùng Đông Nam Bộ với 70,11 điểm PCI, xếp thứ 5 cả nước. Kết quả của 6 địa phương trong vùng như sau:
STT | Tỉnh, thành phố | PCI 2022 (điểm) | Hạng PCI | PGI 2022 (điểm) | Hạng PGI
1 | Bình Dương | 70,11 | 5 | 21,40 | 4
2 | Bà Rịa - Vũng Tàu | 67,62 | 11 | 23,19 | 1
3 | TP. Hồ Chí Minh | 67,25 | 16 | 19,88 | 12
4 | Đồng Nai | 66,90 | 19 | 18,76 | 24
5 | Tây Ninh | 65,71 | 28 | 19,12 | 19
6 | Bình Phước | 64,33 | 44 | 17,40 | 41
Trung vị cả nước | 65,09 | - | 17,95 | -
Nguồn: VCCI. Năm 2023, Bình Phước phấn đấu đưa PCI vào nhóm 30 địa phương dẫn đầu, PGI đạt trên 19 điểm.
Chia sẻ | In bài
BÁO BÌNH PHƯỚC ĐIỆN TỬ""",
_pci_pgi22("Bình Dương", 70.11, 5, 21.4, 4) + _pci_pgi22("Bà Rịa - Vũng Tàu", 67.62, 11, 23.19, 1)
+ _pci_pgi22("Hồ Chí Minh", 67.25, 16, 19.88, 12) + _pci_pgi22("Đồng Nai", 66.9, 19, 18.76, 24)
+ _pci_pgi22("Tây Ninh", 65.71, 28, 19.12, 19) + _pci_pgi22("Bình Phước", 64.33, 44, 17.4, 41),
table=True),

Case("VT2 provincial paper: DTI 2022 of the Central Highlands, space-aligned, with a 'Hạng ICT Index 2020' column, a regional lead, a lead restating a row, a national average row, a note on the ICT Index",
"https://baodaklak.vn/kinh-te/202307/tay-nguyen-tren-bang-xep-hang-chuyen-doi-so-nam-2022-5f61a2b/",
dt.date(2023, 7, 16),
"""Tây Nguyên trên bảng xếp hạng chuyển đổi số năm 2022
Chủ nhật, 16/07/2023, 08:00
Kinh tế
(BĐL) - Theo kết quả Chỉ số chuyển đổi số (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố ngày 12/7, Lâm Đồng tiếp tục dẫn đầu 5 tỉnh Tây Nguyên; Đắk Lắk xếp thứ 21 cả nước với 0,4856 điểm. So với Vietnam ICT Index 2020, bảng xếp hạng cuối cùng trước khi chuyển sang DTI, thứ hạng của cả 5 tỉnh đều được cải thiện.
Tỉnh                   DTI 2022 (điểm)   Hạng DTI 2022   Hạng ICT Index 2020
Lâm Đồng               0,5121            14              20
Đắk Lắk                0,4856            21              27
Gia Lai                0,4410            34              41
Kon Tum                0,4102            47              52
Đắk Nông               0,3907            55              58
Trung bình cả nước     0,4790            -               -
Ghi chú: ICT Index không được xếp hạng từ năm 2021. Điểm DTI tối đa là 1.
Nguồn: Bộ Thông tin và Truyền thông
Tin liên quan
- Đắk Lắk ra mắt Trung tâm giám sát, điều hành thông minh
BÁO ĐẮK LẮK ĐIỆN TỬ""",
_dti22_ict20("Lâm Đồng", 0.5121, 14, 20) + _dti22_ict20("Đắk Lắk", 0.4856, 21, 27)
+ _dti22_ict20("Gia Lai", 0.441, 34, 41) + _dti22_ict20("Kon Tum", 0.4102, 47, 52)
+ _dti22_ict20("Đắk Nông", 0.3907, 55, 58),
table=True),

# -- end TABLES_V
]


NEGATIVES_V: list[Case] = [
Case("VN1 statistics office site: a 10-month socio-economic report with CPI, IIP 'đứng thứ 14/63', GRDP 'xếp thứ 21/63', HDI 'xếp thứ 27/63', '18/20 chỉ tiêu', '20/20 xã', '213/213 cơ sở', shares of budget estimates, targets",
"https://thongkebinhthuan.gov.vn/tin-tuc/tinh-hinh-kinh-te-xa-hoi-thang-10-va-10-thang-nam-2023-1284.html",
dt.date(2023, 11, 6),
"""Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2023
Ngày đăng: 06/11/2023 | Lượt xem: 214
Trang chủ > Số liệu thống kê > Tình hình kinh tế - xã hội
Chỉ số giá tiêu dùng (CPI) tháng 10/2023 trên địa bàn tỉnh tăng 0,38% so với tháng trước và tăng 3,42% so với cùng kỳ năm trước; bình quân 10 tháng tăng 3,17%. Chỉ số giá vàng tăng 1,6%, chỉ số giá đô la Mỹ tăng 0,9%.
Chỉ số sản xuất công nghiệp (IIP) 10 tháng tăng 8,65% so với cùng kỳ, đứng thứ 14/63 tỉnh, thành phố về tốc độ tăng; trong đó ngành sản xuất và phân phối điện tăng 12,3%.
Tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 6,9%, xếp thứ 21/63 tỉnh, thành phố; GRDP bình quân đầu người ước đạt 78,5 triệu đồng. Chỉ số phát triển con người (HDI) năm 2022 của tỉnh đạt 0,714, xếp thứ 27/63.
Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng 10 tháng đạt 58.215 tỷ đồng, tăng 11,4%. Khách du lịch đến tỉnh ước đạt 6,9 triệu lượt, tăng 18,2%.
Thu ngân sách nhà nước 10 tháng đạt 9.870 tỷ đồng, bằng 82,3% dự toán. Có 18/20 chỉ tiêu kinh tế - xã hội chủ yếu đạt và vượt tiến độ; 20/20 xã theo kế hoạch năm đã hoàn thành hồ sơ đề nghị công nhận đạt chuẩn nông thôn mới; 213/213 cơ sở giáo dục công lập thực hiện thu học phí không dùng tiền mặt.
Tỷ lệ hộ nghèo giảm còn 1,85%; 98,6% dân số tham gia bảo hiểm y tế.
Năm 2023, tỉnh phấn đấu GRDP tăng 8%, CPI bình quân dưới 4%, hoàn thành 20/20 chỉ tiêu kế hoạch.
CỤC THỐNG KÊ TỈNH BÌNH THUẬN
Địa chỉ: Số 2 Nguyễn Tất Thành, TP. Phan Thiết""",
[]),

Case("VN2 provincial portal: DDCI 2023 and the province's own PAR Index 2023 of 19 Sở and 13 districts (a city named like the province 'xếp thứ 1/13'), a satisfaction average, '19/19 sở', history, the province's PAR and PCI still to be published, targets",
"https://quangngai.gov.vn/tin-tuc/quang-ngai-cong-bo-chi-so-ddci-va-chi-so-cai-cach-hanh-chinh-nam-2023-cua-cac-so-nganh-dia-phuong.html",
dt.date(2024, 3, 22),
"""Quảng Ngãi công bố Chỉ số DDCI và Chỉ số CCHC năm 2023 của các sở, ngành, địa phương
Trang chủ > Tin tức > Chính trị
22/03/2024 10:05 | Lượt xem: 640
Sáng 21/3, UBND tỉnh Quảng Ngãi tổ chức hội nghị công bố Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2023 và Chỉ số cải cách hành chính (CCHC) năm 2023 của các sở, ban, ngành, UBND các huyện, thị xã, thành phố. Đây là năm thứ 4 liên tiếp tỉnh tổ chức đánh giá DDCI.
Về DDCI năm 2023, khối sở, ngành có 19 đơn vị; Sở Kế hoạch và Đầu tư dẫn đầu với 82,15 điểm, Sở Tư pháp xếp thứ 2/19, tăng 4 bậc; Sở Giao thông vận tải xếp cuối với 65,30 điểm. Khối địa phương có 13 đơn vị; thành phố Quảng Ngãi dẫn đầu với 80,42 điểm, tăng 1,6 điểm, thị xã Đức Phổ xếp thứ 2/13; huyện Minh Long xếp cuối, giảm 3 bậc.
Về Chỉ số CCHC năm 2023 do tỉnh tự đánh giá, Sở Nội vụ đứng đầu khối sở với 91,70%; thành phố Quảng Ngãi đạt 88,51%, dẫn đầu khối huyện, xếp thứ 1/13. Có 19/19 sở, ngành và 13/13 huyện, thị xã, thành phố đạt từ 80% trở lên. Mức độ hài lòng của người dân, tổ chức đối với các sở, ngành đạt bình quân 86,2%.
Kết quả Chỉ số CCHC năm 2023 của tỉnh do Bộ Nội vụ thẩm định dự kiến được công bố trong tháng 4; Báo cáo PCI 2023 dự kiến được VCCI công bố vào tháng 5.
Phát biểu tại hội nghị, Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị xếp cuối bảng DDCI phải có kế hoạch khắc phục; phấn đấu năm 2024 Chỉ số PCI của tỉnh vào nhóm 30 địa phương dẫn đầu, Chỉ số CCHC đạt trên 88%, 100% sở, ngành đạt DDCI từ 70 điểm trở lên.
Tin khác
- Quảng Ngãi: 173/173 xã, phường, thị trấn vận hành Bộ phận Một cửa điện tử
- Hội nghị đối thoại với doanh nghiệp quý I/2024
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NGÃI""",
[]),

# -- end NEGATIVES_V
]


def test_round_v_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round V prose", ROUND_V, capsys)


def test_round_v_tables_meet_the_target() -> None:
    assert_table_target(TABLES_V)


@pytest.mark.parametrize("case", NEGATIVES_V, ids=ids(NEGATIVES_V))
def test_round_v_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_V + TABLES_V, ids=ids(ROUND_V + TABLES_V))
def test_round_v_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
