"""Blind round S: provincial administrative-reform reports 2018–2024, written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the seeds, the held-out helpers, the
first and last lines of round O and the scoring module only (told not to read the rest of
``scrapers/`` nor the follow-up tests, and not to run the extractor). Theme: the yearly,
half-year, quarterly and monthly CCHC reports of the 63 provinces (before the 2025 mergers)
as Sở Nội vụ sites, provincial portals and provincial papers publish them:

* task progress of the year's CCHC plan ("đã hoàn thành 28/35 nhiệm vụ", "35 nhiệm vụ, đã
  hoàn thành 20", counts with percentages) beside fractions that are not plan tasks
  ("15/15 sở", Đề án 06 tasks, tasks assigned by UBND tỉnh, "10/10 huyện");
* dossier figures: received with carried-over and new dossiers, resolved, early / on-time /
  late shares and counts, online counts and shares, per-level figures (cấp tỉnh / huyện /
  xã) beside province-wide ones, "đang giải quyết", online payment and digitisation shares
  that are not online dossier shares, "so với cùng kỳ" comparisons;
* an index result mentioned in passing (PAR Index, SIPAS, the monthly service index);
* traps: targets ("phấn đấu"), national figures, a district's own figures on a district
  portal, last year's figures quoted for comparison.

Gold notes: dossier slots are keyed by (province, period), so a period's province-wide
figures are one gold fact with ``scope`` "toàn tỉnh"; a level's or a body's own figures
(cấp tỉnh, cấp huyện, a Sở) are separate facts with that scope and are marked optional
(they share the province-period key with the province-wide fact, and the schema does not
say whether a per-level figure must be emitted). Shares stated only as counts are not
converted; counts of early / late dossiers without a share give no slot. Online payment and
digitisation shares give no slot. An online total that is only implied ("trong đó trực tuyến
421.502 hồ sơ (67,56%)" after the received count), a share of dossiers due, last year's share
quoted for comparison, a national share (province ``null``) and a link in a "Tin liên quan"
list are optional facts. Ranks out of 63 are given with ``rank_of`` only when the
total is printed.

First score (extractor at 3cd9a0d, the commit current when the round was commissioned):

* prose (10 articles): precision **0.721**, recall **0.664** — provincial reports again (as
  round Q, written at the same time by another author, showed): year-end reports whose only
  year is the title's, menu bars taken for the headline, Đề án 06 tasks beside the plan's;
* tables (1): F1 0.400 — a regional table whose STT order differs from its "x/63" column;
* negatives (1): clean.

The round arrived in the session's last minutes, after the fixes made for round Q and the
metamorphic tests (none of them made with this round in view): on that extractor, prose
**0.880 / 0.779**, tables 0.400. Below the targets; the tests held those levels as floors
until the next session worked through it.

Session 5 (with this round in view, so no longer a blind score): the plan's total stated
before the count done ("có 42 nhiệm vụ; ... đã hoàn thành 20"), "các sở, ngành, địa phương"
is not a commune, "9 tháng qua" and a bare "Trong 11 tháng" after the stated period, a
headline restating the year's task count, online counts and shares in more forms, payment
shares excluded per clause, and the regional table's "x/63" column read by column: prose
**0.991 / 0.982**, tables 1.000, negatives clean. The tests now hold the issue's targets.

Next session (1.9.0): the online count after "còn thấp, chỉ" (S8): **0.991 / 1.000**.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import PAR, SIPAS, Case, dos, idx, optional, svc, task

pytestmark = pytest.mark.unit


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


def _all(fact: dict[str, object]) -> dict[str, object]:
    """Province-wide dossier figures."""
    return _scope(fact, "toàn tỉnh")


ROUND_S: list[Case] = [
Case("S1 SNV year report 2019: plan tasks with a share beside 15/15 sở, carried-over + new dossiers, 'đang giải quyết', PAR 2018 in passing",
"https://sonoivu.quangtri.gov.vn/vi/news/cai-cach-hanh-chinh/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2019-1187.html",
dt.date(2020, 1, 14),
"""Tổng kết công tác cải cách hành chính năm 2019
Trang chủ > Tin tức > Cải cách hành chính
Ngày đăng: 14/01/2020 | Lượt xem: 231
Sáng 10/01, Ban Chỉ đạo CCHC tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2019 và triển khai nhiệm vụ năm 2020.
Kế hoạch CCHC năm 2019 của tỉnh đề ra 35 nhiệm vụ; đến ngày 15/12/2019, các cơ quan, đơn vị đã hoàn thành 33 nhiệm vụ, đạt 94,3%, 02 nhiệm vụ đang triển khai. 15/15 sở, ban, ngành và 10/10 huyện, thị xã, thành phố đã ban hành kế hoạch CCHC năm 2019.
Quang cảnh hội nghị. Ảnh: Minh Đức
Trong năm, toàn tỉnh tiếp nhận 412.305 hồ sơ TTHC (kỳ trước chuyển sang 8.214 hồ sơ, tiếp nhận mới 404.091 hồ sơ); đã giải quyết 398.660 hồ sơ, trong đó giải quyết trước hạn 61,25%, đúng hạn 37,9%, trễ hạn 0,85%; đang giải quyết 12.102 hồ sơ.
Năm 2018, Chỉ số CCHC của tỉnh đạt 78,12%, xếp thứ 31/63 tỉnh, thành phố.
Năm 2020, tỉnh phấn đấu 100% nhiệm vụ được hoàn thành đúng tiến độ, tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 99%.
Tin khác
- Quảng Trị: Tập huấn nghiệp vụ kiểm soát thủ tục hành chính năm 2019
- Kiểm tra công tác CCHC tại huyện Hướng Hóa
SỞ NỘI VỤ TỈNH QUẢNG TRỊ
Địa chỉ: 45 Hùng Vương, TP. Đông Hà, tỉnh Quảng Trị""",
[task("Quảng Trị", "2019", 33, 35),
 _all(dos("Quảng Trị", "2019", received=412305, resolved=398660, early_pct=61.25, on_time_pct=37.9, late_pct=0.85)),
 idx("Quảng Trị", PAR, 2018, score=78.12, rank=31, rank_of=63)]),
Case("S2 provincial portal, first half of 2022: '42 nhiệm vụ, đã hoàn thành 20', Đề án 06 fraction, online count/total/share, payment and digitisation shares, combined early+on-time share",
"https://binhdinh.gov.vn/tin-tuc/chinh-quyen/binh-dinh-so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2022-30418.html",
dt.date(2022, 7, 8),
"""Bình Định sơ kết công tác cải cách hành chính 6 tháng đầu năm 2022
08/07/2022 09:32 | Lượt xem: 412
(binhdinh.gov.vn) - Theo báo cáo của UBND tỉnh, Kế hoạch CCHC năm 2022 của tỉnh có 42 nhiệm vụ; tính đến ngày 20/6/2022, đã hoàn thành 20 nhiệm vụ, 22 nhiệm vụ còn lại đang triển khai theo tiến độ.
Đối với Đề án 06 của Chính phủ, tỉnh đã hoàn thành 18/25 nhiệm vụ được giao trong 6 tháng đầu năm.
Trong 6 tháng đầu năm 2022, các cơ quan, đơn vị trên địa bàn tỉnh tiếp nhận 220.514 hồ sơ TTHC, tăng 14.210 hồ sơ so với cùng kỳ năm 2021; đã giải quyết 205.880 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,9%, trễ hạn 2.265 hồ sơ (chiếm 1,1%).
Số hồ sơ tiếp nhận trực tuyến là 85.120/220.514 hồ sơ, đạt 38,6%. Tỷ lệ thanh toán trực tuyến nghĩa vụ tài chính đạt 21,4%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 32%.
Bộ phận Một cửa tỉnh Bình Định tiếp nhận hồ sơ của người dân. Ảnh: T.L
Tin khác
- Bình Định công bố danh mục 1.805 thủ tục hành chính
- Hội nghị trực tuyến triển khai Đề án 06 năm 2022
Cổng Thông tin điện tử tỉnh Bình Định
Cơ quan chủ quản: UBND tỉnh Bình Định""",
[task("Bình Định", "2022-06H1", 20, 42),
 _all(dos("Bình Định", "2022-06H1", received=220514, resolved=205880, late_pct=1.1,
          online=85120, online_total=220514, online_pct=38.6))]),

Case("S3 provincial paper, 9 months of 2023: per-level received and online shares beside the province-wide ones, tasks assigned by UBND tỉnh, SIPAS 2022 in passing",
"https://baonghean.vn/nghe-an-9-thang-tiep-nhan-hon-1-trieu-ho-so-thu-tuc-hanh-chinh-10251377.html",
dt.date(2023, 10, 12),
"""Nghệ An: 9 tháng tiếp nhận hơn 1 triệu hồ sơ thủ tục hành chính
12/10/2023 - 06:45
Tin nổi bật
(Baonghean.vn) - Theo Sở Nội vụ, 9 tháng năm 2023, công tác cải cách hành chính (CCHC) của tỉnh có nhiều chuyển biến; tỉnh đã hoàn thành 37/48 nhiệm vụ theo Kế hoạch CCHC năm 2023, đạt 77%.
Ngoài ra, trong số 126 nhiệm vụ UBND tỉnh giao cho các sở, ngành liên quan đến CCHC, đã hoàn thành 98 nhiệm vụ.
Về giải quyết TTHC, 9 tháng qua toàn tỉnh tiếp nhận 1.032.410 hồ sơ, trong đó cấp tỉnh 182.300 hồ sơ, cấp huyện 201.560 hồ sơ, cấp xã 648.550 hồ sơ; đã giải quyết 1.001.225 hồ sơ, trong đó trước hạn 71,3%, đúng hạn 27,2%, trễ hạn 1,5%.
Tỷ lệ hồ sơ trực tuyến ở cấp tỉnh đạt 82,4%, cấp huyện 41,7%, cấp xã 19,5%; tính chung toàn tỉnh đạt 36,9%, tăng 11,2% so với cùng kỳ năm 2022.
Năm 2022, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh đạt 81,45%, xếp thứ 35/63 tỉnh, thành phố.
Tỉnh phấn đấu đến cuối năm 2023, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt trên 50%.
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Thành Chung
Tin liên quan
- Nghệ An đứng thứ 22 về Chỉ số CCHC năm 2022
- Thành phố Vinh đẩy mạnh chuyển đổi số trong giải quyết TTHC
BÁO NGHỆ AN - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An""",
[task("Nghệ An", "2023-09M", 37, 48),
 _all(dos("Nghệ An", "2023-09M", received=1032410, resolved=1001225, early_pct=71.3, on_time_pct=27.2,
          late_pct=1.5, online_pct=36.9)),
 optional(_scope(dos("Nghệ An", "2023-09M", received=182300, online_pct=82.4), "cấp tỉnh")),
 optional(_scope(dos("Nghệ An", "2023-09M", received=201560, online_pct=41.7), "cấp huyện")),
 optional(_scope(dos("Nghệ An", "2023-09M", received=648550, online_pct=19.5), "cấp xã")),
 idx("Nghệ An", SIPAS, 2022, score=81.45, rank=35, rank_of=63),
 optional(idx("Nghệ An", PAR, 2022, rank=22))]),

Case("S4 SNV monthly report, May 2024: single month vs 5-month cumulative, counts without shares, online share of new dossiers, April service index with a national average",
"https://sonoivu.hagiang.gov.vn/tin-tuc/cai-cach-hanh-chinh/bao-cao-ket-qua-cai-cach-hanh-chinh-thang-5-nam-2024-9921.html",
dt.date(2024, 6, 4),
"""Báo cáo kết quả công tác cải cách hành chính tháng 5 năm 2024
Lượt xem: 158
Ngày đăng: 04/06/2024
Sở Nội vụ tỉnh Hà Giang tổng hợp kết quả thực hiện công tác cải cách hành chính (CCHC) tháng 5 và 5 tháng đầu năm 2024 như sau:
Lũy kế đến hết tháng 5, các cơ quan, đơn vị đã hoàn thành 14/39 nhiệm vụ của Kế hoạch CCHC năm 2024 của tỉnh; số nhiệm vụ còn lại đang được triển khai.
Trong tháng 5/2024, toàn tỉnh tiếp nhận 28.455 hồ sơ (tồn kỳ trước chuyển qua 1.920 hồ sơ, tiếp nhận mới 26.535 hồ sơ); đã giải quyết 26.010 hồ sơ, trong đó trước hạn 18.402 hồ sơ, đúng hạn 7.355 hồ sơ, quá hạn 253 hồ sơ; đang giải quyết trong hạn 2.445 hồ sơ.
Số hồ sơ tiếp nhận trực tuyến trong tháng là 15.870 hồ sơ, chiếm 59,8% tổng số hồ sơ tiếp nhận mới.
Tính chung 5 tháng đầu năm 2024, toàn tỉnh tiếp nhận 131.207 hồ sơ TTHC, tỷ lệ hồ sơ trực tuyến đạt 55,12%.
Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp do Văn phòng Chính phủ công bố, tháng 4/2024 tỉnh Hà Giang đạt 76,34 điểm, xếp thứ 41/63, tăng 5 bậc so với tháng 3; điểm trung bình cả nước đạt 78,9 điểm.
Phòng Cải cách hành chính - Văn thư lưu trữ
SỞ NỘI VỤ TỈNH HÀ GIANG
Địa chỉ: Số 195, đường Trần Hưng Đạo, TP. Hà Giang""",
[task("Hà Giang", "2024-05M", 14, 39),
 _all(dos("Hà Giang", "2024-05", received=28455, resolved=26010, online=15870, online_pct=59.8)),
 optional(dos("Hà Giang", "2024-05", online_total=26535)),
 _all(dos("Hà Giang", "2024-05M", received=131207, online_pct=55.12)),
 svc("Hà Giang", "2024-04", score=76.34, rank=41, rank_of=63, rank_change=5)]),

Case("S5 provincial portal, year 2020: 'hoàn thành 56/56' with 100%, counts with shares in brackets, an English decimal among Vietnamese numbers, a centre's own figures, PAR 2019 rank change",
"https://vinhlong.gov.vn/portal/Pages/2020-12-18/Vinh-Long-hoan-thanh-100-nhiem-vu-cai-cach-hanh-chinh-nam-2020.aspx",
dt.date(2020, 12, 18),
"""Vĩnh Long hoàn thành 100% nhiệm vụ cải cách hành chính năm 2020
18/12/2020 | Lượt xem: 1.027
Năm 2020, mặc dù chịu ảnh hưởng của dịch COVID-19, tỉnh Vĩnh Long đã hoàn thành 56/56 nhiệm vụ đề ra trong Kế hoạch cải cách hành chính năm 2020, đạt tỷ lệ 100%.
Từ ngày 16/12/2019 đến ngày 15/11/2020, toàn tỉnh tiếp nhận 1.284.630 hồ sơ TTHC, đã giải quyết 1.279.118 hồ sơ, trong đó trước hạn 1.102.336 hồ sơ (86,18%), đúng hạn 172.905 hồ sơ (13,52%), trễ hạn 3.877 hồ sơ (0,3%). Số hồ sơ nộp trực tuyến mức độ 3, 4 là 351.330 hồ sơ, chiếm 27.35% tổng số hồ sơ tiếp nhận.
Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 95.412 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,6%.
Chỉ số CCHC năm 2019 của tỉnh Vĩnh Long đạt 82,91%, xếp thứ 18/63 tỉnh, thành phố, tăng 3 bậc so với năm 2018.
Trung tâm Phục vụ hành chính công tỉnh Vĩnh Long. Ảnh: Thanh Hải
Các tin khác
- Vĩnh Long: 107/107 xã, phường, thị trấn có Bộ phận Một cửa hiện đại
- Ban hành Kế hoạch CCHC năm 2021
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Chịu trách nhiệm chính: Chánh Văn phòng UBND tỉnh""",
[task("Vĩnh Long", "2020", 56, 56),
 _all(dos("Vĩnh Long", "2020", received=1284630, resolved=1279118, early_pct=86.18, on_time_pct=13.52,
          late_pct=0.3, online=351330, online_pct=27.35)),
 optional(dos("Vĩnh Long", "2020", online_total=1284630)),
 optional(_scope(dos("Vĩnh Long", "2020", received=95412), "Trung tâm Phục vụ hành chính công tỉnh")),
 idx("Vĩnh Long", PAR, 2019, score=82.91, rank=18, rank_of=63, rank_change=3)]),

Case("S6 provincial paper, Q1 2022: '9 nhiệm vụ trong tổng số 41', 'so với cùng kỳ' with last year's share, a national share, online count/total",
"https://baolamdong.vn/chinh-tri/202204/lam-dong-quy-i-ty-le-ho-so-truc-tuyen-tang-gap-doi-cung-ky-3120457/",
dt.date(2022, 4, 15),
"""Lâm Đồng: Quý I, tỷ lệ hồ sơ trực tuyến tăng gấp đôi cùng kỳ
Cập nhật lúc 08:20, Thứ Sáu, 15/04/2022 (GMT+7)
Theo báo cáo của UBND tỉnh Lâm Đồng, trong quý I/2022, các sở, ngành, địa phương đã hoàn thành 9 nhiệm vụ trong tổng số 41 nhiệm vụ của Kế hoạch cải cách hành chính năm 2022.
Trong quý, toàn tỉnh tiếp nhận 162.558 hồ sơ TTHC, giảm 4,2% so với cùng kỳ năm 2021; đã giải quyết 158.101 hồ sơ, trong đó trước hạn 65,02%, đúng hạn 33,71%, quá hạn 1,27%.
Đáng chú ý, có 34.905/162.558 hồ sơ được nộp trực tuyến, đạt tỷ lệ 21,47%, trong khi cùng kỳ năm 2021 tỷ lệ này chỉ đạt 9,8%. Theo Văn phòng Chính phủ, tỷ lệ hồ sơ trực tuyến bình quân của cả nước trong quý I/2022 là 19,6%.
Người dân làm thủ tục tại Bộ phận Một cửa TP. Đà Lạt. Ảnh: V.Q
Tỉnh phấn đấu năm 2022 tỷ lệ hồ sơ trực tuyến đạt trên 40%.
Tin khác
- Lâm Đồng tổ chức Ngày Chuyển đổi số năm 2022
BÁO LÂM ĐỒNG ĐIỆN TỬ
Giấy phép số 151/GP-BTTTT""",
[task("Lâm Đồng", "2022-Q1", 9, 41),
 _all(dos("Lâm Đồng", "2022-Q1", received=162558, resolved=158101, early_pct=65.02, on_time_pct=33.71,
          late_pct=1.27, online=34905, online_total=162558, online_pct=21.47)),
 optional(_all(dos("Lâm Đồng", "2021-Q1", online_pct=9.8))),
 optional(dos(None, "2022-Q1", online_pct=19.6))]),

Case("S7 SNV site, 11 months of 2023: headline restating '28/35', online count in brackets after received, a share of dossiers due, PAR 2022 with previous rank, SIPAS rank without total",
"https://sonoivu.thaibinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/thai-binh-hoan-thanh-28-35-nhiem-vu-cai-cach-hanh-chinh-nam-2023-5512.html",
dt.date(2023, 12, 6),
"""Thái Bình hoàn thành 28/35 nhiệm vụ cải cách hành chính năm 2023
Ngày đăng: 06/12/2023 | Lượt xem: 305
Theo báo cáo của Sở Nội vụ, trong 11 tháng năm 2023, tỉnh Thái Bình đã hoàn thành 28/35 nhiệm vụ của Kế hoạch CCHC năm 2023 (đạt 80%); 07 nhiệm vụ đang thực hiện, dự kiến hoàn thành trong tháng 12.
Trong 11 tháng, toàn tỉnh tiếp nhận 742.116 hồ sơ (trực tuyến 398.450 hồ sơ, đạt 53,69%); đã giải quyết 735.290 hồ sơ; tỷ lệ hồ sơ giải quyết đúng hạn trên tổng số hồ sơ đến hạn giải quyết đạt 99,08%; đang giải quyết 6.826 hồ sơ.
Kết quả Chỉ số CCHC năm 2022 của tỉnh đạt 86,02%, xếp thứ 14/63 tỉnh, thành phố, tăng 11 bậc so với năm 2021 (xếp thứ 25). Chỉ số SIPAS năm 2022 đạt 82,37%, xếp thứ 29.
Đồng chí Giám đốc Sở Nội vụ phát biểu tại hội nghị. Ảnh: Phòng CCHC
Tin khác
- Thái Bình: 100% TTHC được công khai trên Cổng dịch vụ công
- Hội nghị tập huấn công tác CCHC năm 2023
SỞ NỘI VỤ TỈNH THÁI BÌNH
Địa chỉ: Số 76 Lê Lợi, TP. Thái Bình""",
[task("Thái Bình", "2023-11M", 28, 35),
 _all(dos("Thái Bình", "2023-11M", received=742116, resolved=735290, online=398450, online_pct=53.69)),
 optional(dos("Thái Bình", "2023-11M", on_time_pct=99.08, online_total=742116)),
 idx("Thái Bình", PAR, 2022, score=86.02, rank=14, rank_of=63, prev_rank=25, rank_change=11),
 idx("Thái Bình", SIPAS, 2022, score=82.37, rank=29)]),

Case("S8 provincial paper, year 2018: 'có 47 nhiệm vụ; hoàn thành 45', a district's own figures inside a province article, a lone online count, PAR 2017 falling rank",
"https://baokontum.com.vn/chinh-tri/kon-tum-tong-ket-cai-cach-hanh-chinh-nam-2018-nhieu-chuyen-bien-tich-cuc-23514.html",
dt.date(2019, 1, 22),
"""Kon Tum: Tổng kết cải cách hành chính năm 2018, nhiều chuyển biến tích cực
Cập nhật: 22-01-2019 | 16:05:12
BKT - Chiều 21/1, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2018, triển khai nhiệm vụ năm 2019.
Kế hoạch CCHC năm 2018 của tỉnh Kon Tum có 47 nhiệm vụ; đến cuối năm đã hoàn thành 45 nhiệm vụ, 02 nhiệm vụ chưa hoàn thành do vướng mắc về kinh phí.
Năm 2018, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận 198.734 hồ sơ TTHC, tăng 8,5% so với năm 2017; đã giải quyết 196.202 hồ sơ, tỷ lệ trễ hạn 1,06%. Số hồ sơ nộp trực tuyến mức độ 3, 4 còn thấp, chỉ 1.245 hồ sơ.
Riêng huyện Đăk Hà tiếp nhận 12.300 hồ sơ, tỷ lệ trễ hạn 0,4%, là đơn vị cấp huyện dẫn đầu tỉnh về công tác này.
Năm 2017, Chỉ số CCHC của tỉnh xếp thứ 57/63 tỉnh, thành phố, giảm 4 bậc so với năm 2016.
Lãnh đạo UBND tỉnh trao Bằng khen cho các tập thể có thành tích trong công tác CCHC năm 2018. Ảnh: HC
Bài liên quan
- Kon Tum: Công bố 1.730 thủ tục hành chính thuộc thẩm quyền giải quyết của cấp tỉnh
- Đăk Hà: 100% xã có Bộ phận Một cửa
BÁO KON TUM ĐIỆN TỬ
Tổng biên tập: Nguyễn Văn Lập""",
[task("Kon Tum", "2018", 45, 47),
 _all(dos("Kon Tum", "2018", received=198734, resolved=196202, late_pct=1.06, online=1245)),
 optional(_scope(dos("Kon Tum", "2018", received=12300, late_pct=0.4), "huyện Đăk Hà")),
 idx("Kon Tum", PAR, 2017, rank=57, rank_of=63, rank_change=-4)]),

Case("S9 SNV site, first half of 2024: share in brackets after the task fraction, Đề án 06 tasks assigned by UBND tỉnh, payment and digitisation shares, PAR and SIPAS 2023 with the leading province named",
"https://sonoivu.bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/cchc/content/ket-qua-cai-cach-hanh-chinh-6-thang-dau-nam-2024-3381.html",
dt.date(2024, 7, 3),
"""Kết quả cải cách hành chính 6 tháng đầu năm 2024
03/07/2024 | Lượt xem: 96
Trang chủ / Cải cách hành chính / Tin hoạt động
6 tháng đầu năm 2024, tỉnh Bắc Giang đã hoàn thành 24/51 nhiệm vụ (47,06%) theo Kế hoạch CCHC năm 2024; các nhiệm vụ còn lại đúng tiến độ. UBND tỉnh giao 37 nhiệm vụ thực hiện Đề án 06, đến nay đã hoàn thành 30/37 nhiệm vụ.
Về giải quyết TTHC, trong 6 tháng, toàn tỉnh tiếp nhận 623.900 hồ sơ, trong đó tiếp nhận trực tuyến 421.502 hồ sơ (67,56%); đã giải quyết 599.348 hồ sơ, tỷ lệ trễ hạn 0,58%. Tỷ lệ thanh toán trực tuyến đạt 48,3%; tỷ lệ số hóa kết quả giải quyết TTHC đạt 86,7%.
Kết quả Chỉ số CCHC năm 2023 của tỉnh đạt 89,75%, xếp thứ 6/63 tỉnh, thành phố, giảm 1 bậc so với năm 2022; Chỉ số SIPAS năm 2023 đạt 84,92%, xếp thứ 12/63. Dẫn đầu Chỉ số CCHC năm 2023 là thành phố Hải Phòng với 91,12%.
Lãnh đạo Sở Nội vụ kiểm tra công tác CCHC tại huyện Lục Ngạn. Ảnh: Sở Nội vụ
Tin cùng chuyên mục
- Bắc Giang công bố Chỉ số CCHC năm 2023 của các sở, ngành và UBND cấp huyện
- Kiểm tra công vụ quý II/2024
SỞ NỘI VỤ TỈNH BẮC GIANG
Địa chỉ: Số 48 Nguyễn Văn Cừ, TP. Bắc Giang""",
[task("Bắc Giang", "2024-06H1", 24, 51),
 _all(dos("Bắc Giang", "2024-06H1", received=623900, resolved=599348, late_pct=0.58, online=421502,
          online_pct=67.56)),
 optional(dos("Bắc Giang", "2024-06H1", online_total=623900)),
 idx("Bắc Giang", PAR, 2023, score=89.75, rank=6, rank_of=63, rank_change=-1),
 idx("Bắc Giang", SIPAS, 2023, score=84.92, rank=12, rank_of=63),
 idx("Hải Phòng", PAR, 2023, score=91.12, rank=1)]),

Case("S10 provincial portal, year 2021: '38/38', counts in 'triệu', a level's count, online share with a percentage-point change, PAR 2020 with a 'năm thứ 3 liên tiếp' history",
"https://www.soctrang.gov.vn/wps/portal/tin-tuc/soc-trang-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2021-2201.html",
dt.date(2022, 1, 10),
"""Sóc Trăng tổng kết công tác cải cách hành chính năm 2021
Ngày cập nhật 10/01/2022 | Lượt xem: 644
Trang chủ » Tin tức - Sự kiện » Tin trong tỉnh
Năm 2021, Kế hoạch cải cách hành chính của tỉnh Sóc Trăng gồm 38 nhiệm vụ; các cơ quan, đơn vị đã hoàn thành 38/38 nhiệm vụ, đạt 100% kế hoạch.
Cả năm, toàn tỉnh tiếp nhận 1,16 triệu hồ sơ TTHC, đã giải quyết 1,14 triệu hồ sơ, trong đó trước hạn 58,4%, đúng hạn 40,9%, trễ hạn 0,7%. Riêng cấp huyện tiếp nhận 212.480 hồ sơ, cao hơn năm 2020 là 18.300 hồ sơ.
Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 12,6%, tăng 7,1 điểm phần trăm so với năm 2020.
Chỉ số CCHC năm 2020 của tỉnh Sóc Trăng đạt 83,47%, xếp thứ 32/63 tỉnh, thành phố; đây là năm thứ 3 liên tiếp tỉnh nằm trong nhóm có kết quả trung bình.
Năm 2022, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến đạt từ 30% trở lên, 100% nhiệm vụ hoàn thành đúng hạn.
Đồng chí Chủ tịch UBND tỉnh phát biểu kết luận hội nghị. Ảnh: Hoàng Vũ
Tin khác
- Sóc Trăng: 109/109 xã, phường, thị trấn vận hành Bộ phận Một cửa điện tử
- Chuyển đổi số trong giải quyết TTHC tại TP. Sóc Trăng
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG
Địa chỉ: Số 01 Trần Hưng Đạo, Phường 2, TP. Sóc Trăng""",
[task("Sóc Trăng", "2021", 38, 38),
 _all(dos("Sóc Trăng", "2021", received=1160000, resolved=1140000, early_pct=58.4, on_time_pct=40.9,
          late_pct=0.7, online_pct=12.6)),
 optional(_scope(dos("Sóc Trăng", "2021", received=212480), "cấp huyện")),
 idx("Sóc Trăng", PAR, 2020, score=83.47, rank=32, rank_of=63)]),

# -- end ROUND_S
]


TABLES_S: list[Case] = [
Case("ST1 pipe-separated regional table of PAR Index 2021: regional order (STT) beside the national rank 'x/63', a national average row, a note with a target",
"https://baocantho.com.vn/chi-so-cai-cach-hanh-chinh-nam-2021-cac-tinh-dbscl-a145872.html",
dt.date(2022, 5, 28),
"""Chỉ số cải cách hành chính năm 2021 của các tỉnh, thành vùng ĐBSCL
Thứ Bảy, 28/05/2022, 14:20 (GMT+7)
(CT) - Bộ Nội vụ vừa công bố Chỉ số CCHC năm 2021 của các bộ, cơ quan ngang bộ và UBND các tỉnh, thành phố trực thuộc Trung ương. Kết quả của 8 địa phương trong vùng có thứ hạng cao nhất như sau:
STT | Tỉnh, thành phố | Điểm đạt được (%) | Xếp hạng toàn quốc
1 | Đồng Tháp | 88,63 | 4/63
2 | Cần Thơ | 87,10 | 9/63
3 | Long An | 86,45 | 13/63
4 | An Giang | 85,92 | 17/63
5 | Vĩnh Long | 85,01 | 24/63
6 | Bến Tre | 84,38 | 29/63
7 | Kiên Giang | 83,77 | 35/63
8 | Trà Vinh | 83,10 | 40/63
Trung bình cả nước | 83,82 | -
Nguồn: Bộ Nội vụ. Năm 2022, TP Cần Thơ phấn đấu vào nhóm 5 địa phương dẫn đầu.
Bản in | Gửi bài viết""",
[idx(p, PAR, 2021, score=s, rank=r, rank_of=63) for p, s, r in (
    ("Đồng Tháp", 88.63, 4), ("Cần Thơ", 87.1, 9), ("Long An", 86.45, 13), ("An Giang", 85.92, 17),
    ("Vĩnh Long", 85.01, 24), ("Bến Tre", 84.38, 29), ("Kiên Giang", 83.77, 35), ("Trà Vinh", 83.1, 40))],
table=True),

# -- end TABLES_S
]


NEGATIVES_S: list[Case] = [
Case("SN1 district portal, 9 months of 2022: the district's own plan tasks, dossiers and ranking among districts, a target, a national share",
"https://camlo.quangtri.gov.vn/vi/news/tin-tuc-su-kien/huyen-cam-lo-so-ket-cong-tac-cai-cach-hanh-chinh-9-thang-nam-2022-2715.html",
dt.date(2022, 10, 14),
"""Huyện Cam Lộ sơ kết công tác cải cách hành chính 9 tháng năm 2022
Trang chủ > Tin tức - Sự kiện
14/10/2022 | Lượt xem: 231
Sáng 12/10, UBND huyện Cam Lộ tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 9 tháng năm 2022.
Kế hoạch CCHC năm 2022 của huyện gồm 29 nhiệm vụ; đến nay đã hoàn thành 21/29 nhiệm vụ, đạt 72,4%. 8/8 xã, thị trấn đã ban hành kế hoạch CCHC năm 2022.
Trong 9 tháng, Bộ phận Một cửa huyện và các xã, thị trấn tiếp nhận 14.206 hồ sơ, đã giải quyết 13.980 hồ sơ, trong đó trước hạn 76,2%, đúng hạn 23,3%, trễ hạn 0,5%; tỷ lệ hồ sơ trực tuyến của huyện đạt 31,8%.
Chỉ số CCHC năm 2021 của huyện xếp thứ 3/10 huyện, thị xã, thành phố thuộc tỉnh.
Năm 2021, điểm trung bình Chỉ số CCHC của 63 tỉnh, thành phố là 83,82%.
Huyện phấn đấu năm 2022 hoàn thành 100% nhiệm vụ, tỷ lệ hồ sơ trực tuyến đạt trên 40%.
Tin khác
- Cam Lộ: Tập huấn kỹ năng số cho cán bộ một cửa cấp xã
- Xã Cam Thành ra mắt mô hình "Bộ phận một cửa thân thiện"
UBND HUYỆN CAM LỘ - TỈNH QUẢNG TRỊ
Địa chỉ: Khu phố 2, thị trấn Cam Lộ""",
[]),

# -- end NEGATIVES_S
]


def test_round_s_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round S prose", ROUND_S, capsys)


def test_round_s_tables_meet_the_target() -> None:
    assert_table_target(TABLES_S)


@pytest.mark.parametrize("case", NEGATIVES_S, ids=ids(NEGATIVES_S))
def test_round_s_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_S + TABLES_S, ids=ids(ROUND_S + TABLES_S))
def test_round_s_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
