"""Blind round AH: ranking tables in the many shapes pages give them, and short ranking news.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
other tests, and not to run the extractor). Theme: ranking tables written as text, in the
shapes pages give them, and the short news items that go with them:

* six short articles (2024-2025, one after the merger) stating ranks in prose: PAPI 2023 with
  three dimensions and two neighbours (AH1); PAR Index 2023 with a shared rank ("đồng hạng
  5/63 với tỉnh Hà Nam", AH2); DTI 2024 of the 34 units with pillars, the regional leader and
  the old provinces' DTI 2023 (AH3); PCI 2023 (top 30 only) with the previous rank in
  parentheses, four sub-indices and PGI (AH4); PAR / SIPAS 2024 with signed score and rank
  changes on a Sở Nội vụ site (AH5); the monthly service index with a quarter's figure beside
  the month's and a month's dossiers (AH6);
* six tables: a markdown table with a rule line under a caption naming the index and year
  ("Bảng xếp hạng Chỉ số PAPI 2023 – 10 tỉnh dẫn đầu") and rank "5" twice (AHT1); a pipe table
  with the province first, "%" in the cells and a signed "Tăng/giảm bậc" column (AHT2); a
  tab-separated SIPAS 2025 table of the 34 units with "x/34" cells and an average row (AHT3);
  space-aligned columns with "5=" shared ranks, a province name wrapped onto two lines, a
  national-average row and a notes line (AHT4); a stacked table, one cell per line, province
  first, in regional (not rank) order, with a note naming a province outside the published
  top 30 (AHT5); a pipe table with a rule line and no outer pipes, "%" in the header, a
  previous year's rank column, a national-average row and a notes line naming the total
  (AHT6);
* two negatives with tables full of figures but no fact under the schema: a provincial Sở
  Nội vụ site's PAR Index of its departments and districts ("Thành phố Hà Tĩnh" is a city of
  the province, not the province; AHN1), and a paper's table of GRDP growth and CPI by
  province with an "x/63" rank column (AHN2).

Gold notes (judgement calls):

* Province keys are the canonical pre-2025 names: "TP. Huế" → Thừa Thiên Huế, "TP. Hải Phòng"
  → Hải Phòng, "Đăk Nông" → Đắk Nông, "TP. Hồ Chí Minh" → Hồ Chí Minh, "Bà Rịa -" wrapped
  onto "Vũng Tàu" → Bà Rịa - Vũng Tàu; AH3's "Đồng Tháp (hợp nhất từ Đồng Tháp và Tiền
  Giang)" for 2024 → Đồng Tháp, "Đồng Tháp (cũ)" for 2023 → Đồng Tháp.
* Shared ranks: every row of a tie gets the shared rank ("5" twice, "5=" twice, "đồng hạng 5"
  gives both provinces rank 5). The "=" is no part of the number.
* ``rank_of`` is required when printed with the rank ("25/63" in a lead, "x/34" cells, "xếp
  thứ 15/34"); where only a header, a note ("Xếp hạng trên 63 tỉnh, thành phố"), the number
  of provinces in the lead or "cả nước" implies it, it is a separate optional fact
  (``implied_rank_of``), as in rounds O and Y. A lead sentence restating a row is the same
  fact; what the lead adds (AHT6's "tăng 6 bậc", AHT2's "/63") is required.
* Signed cells of a "Tăng/giảm bậc" column are ``rank_change`` ("+9" → 9, "-4" → -4); a "0"
  is optional (true, but a reader may take it as no change stated). A column of the previous
  year's ranks ("Hạng 2023") may be read as ``prev_rank`` of the 2024 fact or as the 2023
  rank: both readings are optional. AH4's "(xếp thứ 12)" after "tăng 4 bậc so với năm 2022"
  is ``prev_rank`` (as the held-out "previous score in parentheses"); the same figure as a
  2022 fact is optional.
* Not facts: average rows ("Trung bình cả nước", "Bình quân 34 địa phương"), unnamed highest
  scores ("tỉnh có điểm cao nhất đạt 46,42 điểm"), regional ranks ("cao nhất vùng", "đứng
  đầu" the region, "đứng thứ hai vùng ĐBSCL"), quartile groups, targets ("vào nhóm 15",
  "tốp 5"), departments' and districts' scores, GRDP, CPI and their ranks, a note that a
  province is outside the published top 30, and rank changes a reader could compute from
  AHT6's previous-rank column (only the lead's "tăng 6 bậc" is stated).
* Components use the domain's names: PAPI dimensions (Công khai, minh bạch trong việc ra
  quyết định ở địa phương; Quản trị môi trường; Quản trị điện tử), PAR fields (Cải cách thủ
  tục hành chính, Cải cách tài chính công, Cải cách chế độ công vụ, Tác động ...), PCI
  sub-indices, DTI pillars. A component "x/14 điểm" is x.
* Monthly service-index facts carry ``period``; AH6's "Tính chung quý I/2024" is its own fact
  with period "2024-Q1" (the scorer keys both by year, so they are two values under one key).
  AH6's month's dossiers are "toàn tỉnh", period "2024-03".

First score (extractor 1.11.0 at 8eac448, on arrival): prose **1.000 / 0.989**, tables
**0.809** F1, negatives clean. What it missed: a markdown rule line ("--- | ---") taken for the
header (AHT6's year fell back to 2023 and "Hạng 2023" was lost), score cells with a "%" sign
("89,12%"), shared ranks written "5=", a note under a stacked table ("Quảng Bình không nằm
trong nhóm 30 địa phương ...") read as a row. After those fixes: tables 0.967. Left: a
province name wrapped onto two lines in a space-aligned table ("Bà Rịa -" / "Vũng Tàu"),
which also loses the rows after it (AHT4). Each fix has a follow-up of its own sentences in
``test_extract_followups.py`` that fails before it.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, implied_rank_of, optional, svc

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"
TRANSPARENCY = "Công khai, minh bạch trong việc ra quyết định ở địa phương"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_AH: list[Case] = [
# ------------------------------------------------------------------ short ranking news
Case("AH1 provincial paper (Quảng Trị): PAPI 2023 x/63 with a rank change, three dimensions, two neighbours, a regional 'cao nhất vùng', the national average and an unnamed highest score, a target",
"https://baoquangtri.vn/papi-2023-quang-tri-tang-9-bac-thuoc-nhom-trung-binh-cao-185412.htm",
dt.date(2024, 4, 3),
"""PAPI 2023: Quảng Trị tăng 9 bậc, thuộc nhóm trung bình cao
Thứ Tư, 03/04/2024 - 07:05
Thời sự
(QT) - Sáng 2/4, tại Hà Nội, UNDP và CECODES công bố Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023. Quảng Trị đạt 43,56 điểm, xếp thứ 21/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022, thuộc nhóm trung bình cao.
Trong 8 chỉ số nội dung, chỉ số Công khai, minh bạch trong việc ra quyết định ở địa phương của tỉnh đạt 5,41 điểm và Quản trị môi trường đạt 3,92 điểm, đều thuộc nhóm cao nhất. Chỉ số Quản trị điện tử vẫn thấp, chỉ đạt 2,87 điểm, xếp thứ 49.
Trong khu vực Bắc Trung Bộ, Hà Tĩnh đạt 44,85 điểm, cao nhất vùng; Quảng Bình đạt 42,10 điểm, xếp thứ 38.
Điểm trung bình của cả nước năm 2023 là 42,55 điểm; tỉnh có điểm cao nhất đạt 46,42 điểm.
Tỉnh phấn đấu năm 2024 đưa Chỉ số PAPI vào nhóm 15 địa phương dẫn đầu, cải thiện rõ chỉ số Quản trị điện tử.
HOÀNG AN
Tin liên quan
- Quảng Trị: Tập huấn nâng cao Chỉ số PAPI cho cán bộ cấp xã
BÁO QUẢNG TRỊ ĐIỆN TỬ""",
[idx("Quảng Trị", PAPI, 2023, score=43.56, rank=21, rank_of=63, rank_change=9),
 idx("Quảng Trị", PAPI, 2023, TRANSPARENCY, score=5.41),
 idx("Quảng Trị", PAPI, 2023, "Quản trị môi trường", score=3.92),
 idx("Quảng Trị", PAPI, 2023, "Quản trị điện tử", score=2.87, rank=49),
 implied_rank_of("Quảng Trị", PAPI, 2023, 63, "Quản trị điện tử"),
 idx("Hà Tĩnh", PAPI, 2023, score=44.85),
 idx("Quảng Bình", PAPI, 2023, score=42.1, rank=38),
 implied_rank_of("Quảng Bình", PAPI, 2023, 63)]),

Case("AH2 provincial portal (Bắc Giang): PAR 2023 shared rank 'đồng hạng 5/63 với tỉnh Hà Nam', the leader and runner-up, SIPAS with a signed change in points, two components 'x/14', 'x/10', the national average, a target 'tốp 3'",
"https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/chi-so-cchc-nam-2023-bac-giang-dong-hang-5-voi-ha-nam-4183.html",
dt.date(2024, 4, 18),
"""Chỉ số CCHC năm 2023: Bắc Giang đồng hạng 5 với Hà Nam
18/04/2024 | Lượt xem: 1.204
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Chiều 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố. Bắc Giang đạt 90,12%, đồng hạng 5/63 với tỉnh Hà Nam (cũng đạt 90,12%), tăng 2 bậc so với năm 2022. Dẫn đầu cả nước là Hải Phòng với 92,47%; Quảng Ninh xếp thứ 2 với 92,08%.
Chỉ số SIPAS năm 2023 của tỉnh đạt 84,90%, xếp thứ 19/63, giảm 1,36 điểm phần trăm so với năm trước.
Ở các lĩnh vực thành phần, Cải cách thủ tục hành chính của tỉnh đạt 13,05/14 điểm, xếp thứ 4; Cải cách tài chính công đạt 8,62/10 điểm.
Giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố là 87,19%.
Năm 2024, tỉnh phấn đấu đưa Chỉ số CCHC vào tốp 3 cả nước, Chỉ số SIPAS đạt trên 87%.
Tác giả: Sở Nội vụ
Tin khác
- Bắc Giang: 100% xã, phường, thị trấn tiếp nhận hồ sơ trực tuyến
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG""",
[idx("Bắc Giang", PAR, 2023, score=90.12, rank=5, rank_of=63, rank_change=2),
 idx("Hà Nam", PAR, 2023, score=90.12, rank=5),
 implied_rank_of("Hà Nam", PAR, 2023, 63),
 idx("Hải Phòng", PAR, 2023, score=92.47, rank=1), implied_rank_of("Hải Phòng", PAR, 2023, 63),
 idx("Quảng Ninh", PAR, 2023, score=92.08, rank=2), implied_rank_of("Quảng Ninh", PAR, 2023, 63),
 idx("Bắc Giang", SIPAS, 2023, score=84.9, rank=19, rank_of=63, score_change=-1.36),
 idx("Bắc Giang", PAR, 2023, "Cải cách thủ tục hành chính", score=13.05, rank=4),
 implied_rank_of("Bắc Giang", PAR, 2023, 63, "Cải cách thủ tục hành chính"),
 idx("Bắc Giang", PAR, 2023, "Cải cách tài chính công", score=8.62)]),

Case("AH3 paper of a merged province (Đồng Tháp + Tiền Giang): DTI 2024 x/34 with three pillars, the regional leader Cần Thơ, Vĩnh Long, the old provinces' DTI 2023 x/63, the average of 34 units and a target",
"https://baodongthap.vn/khoa-hoc-cong-nghe/dti-2024-dong-thap-xep-thu-12-34-tinh-thanh-pho-142687.aspx",
dt.date(2025, 10, 23),
"""DTI 2024: Đồng Tháp xếp thứ 12/34 tỉnh, thành phố
Thứ Năm, 23/10/2025 - 06:40
Khoa học - Công nghệ
(BĐT) - Ngày 21/10, Bộ Khoa học và Công nghệ công bố kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2024 của các bộ, ngành và 34 tỉnh, thành phố sau sắp xếp. Tỉnh Đồng Tháp (hợp nhất từ Đồng Tháp và Tiền Giang) đạt 0,6511 điểm, xếp thứ 12/34.
Theo trụ cột, Chính quyền số của tỉnh đạt 0,6932 điểm, xếp thứ 8; Kinh tế số đạt 0,5874 điểm; Xã hội số đạt 0,6420 điểm, xếp thứ 15/34.
Trong vùng Đồng bằng sông Cửu Long, TP. Cần Thơ đứng đầu với 0,6805 điểm, xếp thứ 7/34; Vĩnh Long đạt 0,6190 điểm, xếp thứ 19/34.
Trước khi hợp nhất, DTI 2023 của Đồng Tháp (cũ) xếp thứ 14/63, Tiền Giang xếp thứ 22/63.
Điểm DTI trung bình của 34 địa phương là 0,6127 điểm. Tỉnh đặt mục tiêu năm 2025 đưa DTI vào nhóm 10 địa phương dẫn đầu.
MINH TRÍ
Tin liên quan
- Đồng Tháp: Ra mắt Trung tâm điều hành thông minh tỉnh
BÁO ĐỒNG THÁP ĐIỆN TỬ""",
[idx("Đồng Tháp", DTI, 2024, score=0.6511, rank=12, rank_of=34),
 idx("Đồng Tháp", DTI, 2024, "Chính quyền số", score=0.6932, rank=8),
 implied_rank_of("Đồng Tháp", DTI, 2024, 34, "Chính quyền số"),
 idx("Đồng Tháp", DTI, 2024, "Kinh tế số", score=0.5874),
 idx("Đồng Tháp", DTI, 2024, "Xã hội số", score=0.642, rank=15, rank_of=34),
 idx("Cần Thơ", DTI, 2024, score=0.6805, rank=7, rank_of=34),
 idx("Vĩnh Long", DTI, 2024, score=0.619, rank=19, rank_of=34),
 idx("Đồng Tháp", DTI, 2023, rank=14, rank_of=63),
 idx("Tiền Giang", DTI, 2023, rank=22, rank_of=63)]),

Case("AH4 provincial paper (Long An): PCI 2023 (top 30 published) with the previous rank in parentheses, four sub-indices one with a signed change, PGI 2023, the national leader and a neighbour, a regional rank",
"https://baolongan.vn/pci-2023-long-an-vao-top-10-ca-nuoc-a171245.html",
dt.date(2024, 5, 10),
"""PCI 2023: Long An vào tốp 10 cả nước
10/05/2024 - 08:15
Kinh tế
(LA) - Theo Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 do VCCI công bố chiều 9/5, Long An đạt 68,20 điểm, xếp thứ 8, tăng 4 bậc so với năm 2022 (xếp thứ 12). Năm nay, VCCI chỉ công bố 30 địa phương có điểm số cao nhất.
Trong 10 chỉ số thành phần, Long An có Chi phí thời gian đạt 7,36 điểm, Tính minh bạch đạt 6,58 điểm, Hỗ trợ doanh nghiệp đạt 6,91 điểm. Chỉ số Tiếp cận đất đai giảm 0,42 điểm, còn 6,05 điểm.
Chỉ số Xanh cấp tỉnh (PGI) năm 2023 của tỉnh đạt 20,14 điểm, xếp thứ 17.
Đứng đầu bảng xếp hạng PCI 2023 là Hải Phòng với 73,15 điểm. Trong vùng Đồng bằng sông Cửu Long, Long An đứng thứ hai, sau Đồng Tháp (xếp thứ 6 cả nước).
Tỉnh tiếp tục phấn đấu đưa PCI vào nhóm 5 địa phương dẫn đầu trong năm 2024.
THANH TÂM
BÁO LONG AN ĐIỆN TỬ""",
[idx("Long An", PCI, 2023, score=68.2, rank=8, rank_change=4, prev_rank=12),
 implied_rank_of("Long An", PCI, 2023, 63),
 optional(idx("Long An", PCI, 2022, rank=12)),
 idx("Long An", PCI, 2023, "Chi phí thời gian", score=7.36),
 idx("Long An", PCI, 2023, "Tính minh bạch", score=6.58),
 idx("Long An", PCI, 2023, "Hỗ trợ doanh nghiệp", score=6.91),
 idx("Long An", PCI, 2023, "Tiếp cận đất đai", score=6.05, score_change=-0.42),
 idx("Long An", PGI, 2023, score=20.14, rank=17),
 idx("Hải Phòng", PCI, 2023, score=73.15, rank=1),
 idx("Đồng Tháp", PCI, 2023, rank=6),
 implied_rank_of("Hải Phòng", PCI, 2023, 63), implied_rank_of("Đồng Tháp", PCI, 2023, 63)]),

Case("AH5 Sở Nội vụ site (Thanh Hóa): PAR 2024 x/63 with signed rank and score changes, SIPAS 2024 with a rank change, two fields with signed changes, the national average and the leader, a target",
"https://sonoivu.thanhhoa.gov.vn/portal/Pages/2025-4-8/Thanh-Hoa-Chi-so-CCHC-nam-2024-tang-6-bac.aspx",
dt.date(2025, 4, 8),
"""Thanh Hóa: Chỉ số CCHC năm 2024 tăng 6 bậc
Ngày đăng: 08/04/2025 | Lượt xem: 743
Theo kết quả Bộ Nội vụ công bố ngày 4/4/2025, Chỉ số CCHC năm 2024 của tỉnh Thanh Hóa đạt 90,38%, xếp thứ 10/63 tỉnh, thành phố, tăng 6 bậc và tăng 1,92 điểm phần trăm so với năm 2023. Chỉ số SIPAS năm 2024 đạt 86,15%, xếp thứ 16/63, tăng 3 bậc.
Trong 8 lĩnh vực đánh giá, tỉnh có 5 lĩnh vực tăng điểm; lĩnh vực Cải cách chế độ công vụ đạt 12,90 điểm, tăng 0,85 điểm. Ngược lại, lĩnh vực Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội giảm 0,64 điểm, xếp thứ 41.
Điểm trung bình Chỉ số CCHC của 63 tỉnh, thành phố năm 2024 là 88,09%; Hải Phòng dẫn đầu cả nước với 93,10%.
Giám đốc Sở Nội vụ đề nghị các sở, ngành, địa phương khắc phục hạn chế, phấn đấu năm 2025 đưa Chỉ số CCHC của tỉnh vào tốp 5 cả nước.
Tác giả: Phòng CCHC
SỞ NỘI VỤ TỈNH THANH HÓA""",
[idx("Thanh Hóa", PAR, 2024, score=90.38, rank=10, rank_of=63, rank_change=6, score_change=1.92),
 idx("Thanh Hóa", SIPAS, 2024, score=86.15, rank=16, rank_of=63, rank_change=3),
 idx("Thanh Hóa", PAR, 2024, "Cải cách chế độ công vụ", score=12.9, score_change=0.85),
 idx("Thanh Hóa", PAR, 2024, IMPACT, score_change=-0.64, rank=41),
 implied_rank_of("Thanh Hóa", PAR, 2024, 63, IMPACT),
 idx("Hải Phòng", PAR, 2024, score=93.1, rank=1),
 implied_rank_of("Hải Phòng", PAR, 2024, 63)]),

Case("AH6 provincial portal (Ninh Bình): the monthly service index of March 2024 x/63 with a rank change, the first quarter's figure beside it, the month's dossiers, two neighbours, the national average",
"https://ninhbinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-3-2024-ninh-binh-xep-thu-6-63-58214.html",
dt.date(2024, 4, 12),
"""Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3/2024: Ninh Bình xếp thứ 6/63
12/04/2024 09:30
Cải cách hành chính
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định số 766/QĐ-TTg) do Văn phòng Chính phủ công bố, tháng 3/2024 tỉnh Ninh Bình đạt 87,42 điểm, xếp thứ 6/63 tỉnh, thành phố, tăng 4 bậc so với tháng 2. Tính chung quý I/2024, tỉnh đạt 86,10 điểm, xếp thứ 9.
Trong tháng 3, toàn tỉnh tiếp nhận 21.480 hồ sơ thủ tục hành chính, đã giải quyết 20.915 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 72,4%.
Cùng tháng, tỉnh Nam Định đạt 84,05 điểm, xếp thứ 23; tỉnh Hà Nam xếp thứ 15.
Điểm trung bình cả nước tháng 3/2024 là 80,77 điểm.
Văn phòng UBND tỉnh
Tin khác
- Ninh Bình: Số hóa 100% kết quả giải quyết TTHC còn hiệu lực
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH""",
[svc("Ninh Bình", "2024-03", score=87.42, rank=6, rank_of=63, rank_change=4),
 svc("Ninh Bình", "2024-Q1", score=86.1, rank=9),
 _scope(dos("Ninh Bình", "2024-03", received=21480, resolved=20915, online_pct=72.4), TT),
 svc("Nam Định", "2024-03", score=84.05, rank=23),
 svc("Hà Nam", "2024-03", rank=15),
 optional(svc("Nam Định", "2024-03", rank_of=63)), optional(svc("Hà Nam", "2024-03", rank_of=63))]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _row(province: str, index: str, year: int, score: float, rank: int, total: int | None = None,
         **slots: object) -> list[dict[str, object]]:
    """One table row; ``total`` None means the rank's total is only implied (an optional 63)."""
    if total is not None:
        return [idx(province, index, year, score=score, rank=rank, rank_of=total, **slots)]
    return [idx(province, index, year, score=score, rank=rank, **slots), implied_rank_of(province, index, year, 63)]


def _prev(province: str, prev: int) -> list[dict[str, object]]:
    """AHT6's 'Hạng 2023' column: as the 2024 fact's prev_rank or as the 2023 rank, both optional."""
    return [optional(idx(province, PAR, 2024, prev_rank=prev)), optional(idx(province, PAR, 2023, rank=prev)),
            implied_rank_of(province, PAR, 2023, 63)]


TABLES_AH: list[Case] = [
Case("AHT1 national paper: a caption naming the index and year ('Bảng xếp hạng Chỉ số PAPI 2023 – 10 tỉnh dẫn đầu'), a markdown table with an aligned rule line, rank first, rank '5' twice, a source line",
"https://baotintuc.vn/thoi-su/bang-xep-hang-chi-so-papi-2023-10-tinh-dan-dau-20240403092000812.htm",
dt.date(2024, 4, 3),
"""Bảng xếp hạng Chỉ số PAPI 2023 – 10 tỉnh dẫn đầu
03/04/2024 09:20
Thời sự
(Baotintuc.vn) - Báo cáo PAPI 2023 được công bố ngày 2/4 tại Hà Nội. Dưới đây là 10 tỉnh, thành phố có điểm tổng hợp cao nhất (thang điểm từ 10 đến 80).
| Hạng | Tỉnh, thành phố | Điểm tổng hợp |
|:---:|:---|---:|
| 1 | Quảng Ninh | 46,42 |
| 2 | Hải Phòng | 45,80 |
| 3 | Bình Định | 45,36 |
| 4 | Thanh Hóa | 45,10 |
| 5 | Phú Thọ | 44,97 |
| 5 | Bắc Giang | 44,97 |
| 7 | Hà Tĩnh | 44,85 |
| 8 | Vĩnh Long | 44,70 |
| 9 | Đồng Tháp | 44,52 |
| 10 | Thái Bình | 44,41 |
Nguồn: UNDP, CECODES. Điểm tổng hợp tối đa là 80 điểm.
Tin liên quan
- PAPI 2023: Người dân đánh giá cao hơn về kiểm soát tham nhũng""",
[f for p, s, r in (("Quảng Ninh", 46.42, 1), ("Hải Phòng", 45.8, 2), ("Bình Định", 45.36, 3),
                   ("Thanh Hóa", 45.1, 4), ("Phú Thọ", 44.97, 5), ("Bắc Giang", 44.97, 5),
                   ("Hà Tĩnh", 44.85, 7), ("Vĩnh Long", 44.7, 8), ("Đồng Tháp", 44.52, 9),
                   ("Thái Bình", 44.41, 10))
 for f in _row(p, PAPI, 2023, s, r)],
table=True),

Case("AHT2 provincial paper (Đắk Lắk): PAR 2023 of the five Tây Nguyên provinces, pipes without a rule line, province first, '%' in the cells, a signed 'Tăng/giảm bậc' column with a '0', 'Đăk Nông', a lead restating the host's row with '/63'",
"https://baodaklak.vn/chinh-tri/202404/chi-so-cchc-nam-2023-cua-5-tinh-tay-nguyen-9b61f2a/",
dt.date(2024, 4, 19),
"""Chỉ số CCHC năm 2023 của 5 tỉnh Tây Nguyên
Thứ Sáu, 19/04/2024, 10:45
Chính trị
(BĐL) - Theo kết quả Bộ Nội vụ công bố ngày 17/4, Chỉ số CCHC năm 2023 của Đắk Lắk đạt 86,40%, xếp thứ 25/63, giảm 4 bậc so với năm 2022. Kết quả của các tỉnh Tây Nguyên như sau:
Tỉnh | Chỉ số CCHC 2023 | Xếp hạng | Tăng/giảm bậc so với 2022
Lâm Đồng | 89,12% | 7 | +9
Đắk Lắk | 86,40% | 25 | -4
Gia Lai | 85,77% | 31 | +6
Kon Tum | 84,05% | 44 | 0
Đăk Nông | 82,90% | 56 | -2
Nguồn: Bộ Nội vụ
Tin liên quan
- Đắk Lắk: Công bố Chỉ số CCHC của các sở, ngành năm 2023
BÁO ĐẮK LẮK ĐIỆN TỬ""",
_row("Lâm Đồng", PAR, 2023, 89.12, 7, rank_change=9)
+ _row("Đắk Lắk", PAR, 2023, 86.4, 25, 63, rank_change=-4)
+ _row("Gia Lai", PAR, 2023, 85.77, 31, rank_change=6)
+ _row("Kon Tum", PAR, 2023, 84.05, 44) + [optional(idx("Kon Tum", PAR, 2023, rank_change=0))]
+ _row("Đắk Nông", PAR, 2023, 82.9, 56, rank_change=-2),
table=True),

Case("AHT3 provincial paper (Lạng Sơn): SIPAS 2025 of the 34 units, tab-separated, rank first as 'x/34' cells, '%' in the header, 'TP.' names of new units, an ellipsis row and an average row, a lead restating the host's row",
"https://baolangson.vn/sipas-2025-lang-son-xep-thu-6-34-tinh-thanh-pho-5061873.html",
dt.date(2026, 5, 14),
"""SIPAS 2025: Lạng Sơn xếp thứ 6/34 tỉnh, thành phố
14/05/2026 07:10
Thời sự
(LSO) - Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025 của Lạng Sơn đạt 88,96%, xếp thứ 6/34. Sáu địa phương dẫn đầu:
Xếp hạng\tTỉnh, thành phố\tSIPAS 2025 (%)
1/34\tTP. Huế\t91,20
2/34\tQuảng Ninh\t90,64
3/34\tNinh Bình\t90,05
4/34\tĐồng Tháp\t89,71
5/34\tTP. Hải Phòng\t89,33
6/34\tLạng Sơn\t88,96
...\t...\t...
Bình quân 34 địa phương\t\t85,12
Nguồn: Bộ Nội vụ
BÁO LẠNG SƠN ĐIỆN TỬ""",
[f for p, s, r in (("Thừa Thiên Huế", 91.2, 1), ("Quảng Ninh", 90.64, 2), ("Ninh Bình", 90.05, 3),
                   ("Đồng Tháp", 89.71, 4), ("Hải Phòng", 89.33, 5), ("Lạng Sơn", 88.96, 6))
 for f in _row(p, SIPAS, 2025, s, r, 34)],
table=True),

Case("AHT4 national paper: DTI 2023 top 8, space-aligned columns, '5=' shared ranks, 'Bà Rịa -' wrapped onto a second line 'Vũng Tàu', a national-average row and a notes line",
"https://vietnamnet.vn/top-8-dia-phuong-dan-dau-chi-so-chuyen-doi-so-dti-2023-2369841.html",
dt.date(2025, 2, 7),
"""Top 8 địa phương dẫn đầu Chỉ số chuyển đổi số DTI 2023
07/02/2025 16:30
Thông tin và Truyền thông
Bộ Thông tin và Truyền thông vừa công bố kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2023 của 63 tỉnh, thành phố. Tám địa phương dẫn đầu:
Hạng   Tỉnh, thành phố        DTI 2023
1      Đà Nẵng                0,6944
2      Hà Nội                 0,6817
3      Bắc Ninh               0,6623
4      Thừa Thiên Huế         0,6519
5=     Quảng Ninh             0,6402
5=     Bà Rịa -               0,6402
       Vũng Tàu
7      Hồ Chí Minh            0,6388
8      Bình Dương             0,6291
       Trung bình cả nước     0,5210
Ghi chú: Điểm tối đa là 1; dấu "=" là đồng hạng.
Chia sẻ | Bình luận""",
[f for p, s, r in (("Đà Nẵng", 0.6944, 1), ("Hà Nội", 0.6817, 2), ("Bắc Ninh", 0.6623, 3),
                   ("Thừa Thiên Huế", 0.6519, 4), ("Quảng Ninh", 0.6402, 5), ("Bà Rịa - Vũng Tàu", 0.6402, 5),
                   ("Hồ Chí Minh", 0.6388, 7), ("Bình Dương", 0.6291, 8))
 for f in _row(p, DTI, 2023, s, r)],
table=True),

Case("AHT5 provincial paper (Nghệ An): PCI 2023 of Bắc Trung Bộ as a stacked table (one cell per line), province first, regional order not rank order, 'TT-Huế', a note that Quảng Bình is outside the published top 30, a lead restating the host's row",
"https://baonghean.vn/pci-2023-nghe-an-xep-thu-18-ca-nuoc-10275418.html",
dt.date(2024, 5, 11),
"""PCI 2023: Nghệ An xếp thứ 18 cả nước
11/05/2024 06:50
Kinh tế
(Baonghean.vn) - Báo cáo PCI 2023 do VCCI công bố ngày 9/5 cho thấy Nghệ An đạt 66,72 điểm, xếp thứ 18. Kết quả các tỉnh Bắc Trung Bộ có trong bảng xếp hạng:
Tỉnh
Điểm PCI 2023
Xếp hạng
Thanh Hóa
67,85
11
Nghệ An
66,72
18
Hà Tĩnh
66,31
22
Quảng Trị
65,90
27
TT-Huế
67,40
13
Ghi chú: Quảng Bình không nằm trong nhóm 30 địa phương được VCCI công bố năm nay.
Nguồn: VCCI
BÁO NGHỆ AN ĐIỆN TỬ""",
[f for p, s, r in (("Thanh Hóa", 67.85, 11), ("Nghệ An", 66.72, 18), ("Hà Tĩnh", 66.31, 22),
                   ("Quảng Trị", 65.9, 27), ("Thừa Thiên Huế", 67.4, 13))
 for f in _row(p, PCI, 2023, s, r)],
table=True),

Case("AHT6 provincial paper (Đồng Nai): PAR 2024 of Đông Nam Bộ, pipes without outer pipes and a '---' rule line, rank first, '%' in the header, a previous year's rank column, a national-average row, a notes line naming the total, a lead adding the host's rank change",
"https://baodongnai.com.vn/chinh-tri/202504/chi-so-cchc-nam-2024-dong-nai-tang-6-bac-3f41c2b/",
dt.date(2025, 4, 10),
"""Chỉ số CCHC năm 2024: Đồng Nai tăng 6 bậc
10/04/2025 08:00
Chính trị
(ĐN) - Theo kết quả Bộ Nội vụ công bố, Chỉ số CCHC năm 2024 của Đồng Nai đạt 89,40%, xếp thứ 14/63, tăng 6 bậc so với năm 2023. Kết quả của các địa phương vùng Đông Nam Bộ:
Hạng | Tỉnh, thành phố | Chỉ số CCHC 2024 (%) | Hạng 2023
--- | --- | --- | ---
3 | Bình Dương | 91,85 | 6
9 | TP. Hồ Chí Minh | 90,52 | 15
14 | Đồng Nai | 89,40 | 20
22 | Bà Rịa - Vũng Tàu | 88,76 | 11
35 | Tây Ninh | 87,60 | 38
47 | Bình Phước | 86,05 | 45
Trung bình cả nước | 88,09 | – | –
Ghi chú: Xếp hạng trên 63 tỉnh, thành phố. Nguồn: Bộ Nội vụ.
BÁO ĐỒNG NAI ĐIỆN TỬ""",
_row("Bình Dương", PAR, 2024, 91.85, 3) + _prev("Bình Dương", 6)
+ _row("Hồ Chí Minh", PAR, 2024, 90.52, 9) + _prev("Hồ Chí Minh", 15)
+ _row("Đồng Nai", PAR, 2024, 89.4, 14, 63, rank_change=6) + _prev("Đồng Nai", 20)
+ _row("Bà Rịa - Vũng Tàu", PAR, 2024, 88.76, 22) + _prev("Bà Rịa - Vũng Tàu", 11)
+ _row("Tây Ninh", PAR, 2024, 87.6, 35) + _prev("Tây Ninh", 38)
+ _row("Bình Phước", PAR, 2024, 86.05, 47) + _prev("Bình Phước", 45),
table=True),
]


NEGATIVES_AH: list[Case] = [
Case("AHN1 Sở Nội vụ site (Hà Tĩnh): PAR Index 2023 of the province's departments and districts in two tables (pipes; tab-separated with a signed change column), 'Thành phố Hà Tĩnh' a city of the province, block averages, a target",
"https://sonoivu.hatinh.gov.vn/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023-cua-cac-so-ban-nganh-va-ubnd-cap-huyen-1712.html",
dt.date(2024, 3, 20),
"""Công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành và UBND cấp huyện
20/03/2024 | Lượt xem: 356
Trang chủ > Tin tức > Cải cách hành chính
Ngày 18/3, UBND tỉnh ban hành Quyết định công bố Chỉ số CCHC năm 2023 của 19 sở, ban, ngành cấp tỉnh và 13 UBND huyện, thị xã, thành phố. Điểm trung bình khối sở, ngành đạt 86,12%; khối huyện đạt 84,37%.
Khối sở, ban, ngành (5 đơn vị dẫn đầu):
Hạng | Đơn vị | Điểm (%)
1 | Sở Nội vụ | 92,15
2 | Sở Tư pháp | 91,08
3 | Sở Kế hoạch và Đầu tư | 90,44
4 | Sở Thông tin và Truyền thông | 89,96
5 | Ban Quản lý Khu kinh tế tỉnh | 89,10
Khối UBND cấp huyện:
Hạng\tĐơn vị\tĐiểm (%)\tTăng/giảm bậc
1\tThành phố Hà Tĩnh\t88,12\t+2
2\tThị xã Hồng Lĩnh\t87,45\t-1
3\tThị xã Kỳ Anh\t86,90\t+4
4\tHuyện Can Lộc\t86,02\t0
5\tHuyện Thạch Hà\t85,37\t-2
Các đơn vị xếp cuối bảng sẽ phải giải trình với Ban Chỉ đạo CCHC tỉnh. Năm 2024, UBND tỉnh yêu cầu 100% sở, ngành và địa phương đạt trên 85%.
SỞ NỘI VỤ TỈNH HÀ TĨNH""",
[]),

Case("AHN2 provincial paper (Cần Thơ): GRDP growth and CPI of the Mekong provinces in the first half of 2024, a pipe table with a rule line and an 'x/63' rank column, a regional average row, a source line, a target",
"https://baocantho.com.vn/tang-truong-grdp-6-thang-dau-nam-2024-cua-cac-dia-phuong-vung-dbscl-a178432.html",
dt.date(2024, 7, 15),
"""Tăng trưởng GRDP 6 tháng đầu năm 2024 của các địa phương vùng ĐBSCL
15/07/2024 - 06:30
Kinh tế
(CT) - Theo số liệu của Tổng cục Thống kê, tăng trưởng tổng sản phẩm trên địa bàn (GRDP) 6 tháng đầu năm 2024 của TP Cần Thơ đạt 6,12%, xếp thứ 25/63 tỉnh, thành phố. Kết quả của một số địa phương trong vùng:
| Tỉnh, thành phố | Tăng trưởng GRDP (%) | Xếp hạng toàn quốc | CPI bình quân (%) |
|---|---|---|---|
| Kiên Giang | 7,35 | 12/63 | 4,02 |
| Cần Thơ | 6,12 | 25/63 | 3,85 |
| Long An | 5,96 | 28/63 | 3,71 |
| Hậu Giang | 5,40 | 37/63 | 3,90 |
| Sóc Trăng | 4,88 | 45/63 | 3,66 |
| Bình quân vùng | 5,94 | – | 3,80 |
Nguồn: Tổng cục Thống kê
Thành phố phấn đấu tăng trưởng GRDP cả năm 2024 đạt trên 7%.
BÁO CẦN THƠ ĐIỆN TỬ""",
[]),
]


def test_round_ah_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AH prose", ROUND_AH, capsys)


def test_round_ah_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AH)


@pytest.mark.parametrize("case", NEGATIVES_AH, ids=ids(NEGATIVES_AH))
def test_round_ah_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AH + TABLES_AH, ids=ids(ROUND_AH + TABLES_AH))
def test_round_ah_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
