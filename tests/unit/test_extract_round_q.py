"""Blind round Q: provincial reports of administrative reform (2017–2024, 63 provinces), written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, round O (for the file format), ``blind_rounds`` and the scoring module
only (told not to read the rest of ``scrapers/`` nor the follow-up tests, and not to run the
extractor). Theme: the most common page the crawler keeps, a province's own report on
cải cách hành chính published between 2017 and 2024 (before the 2025 mergers):

* Sở Nội vụ sites, provincial portals, a dedicated CCHC site and a district portal under the
  provincial domain; UBND "phiên họp thường kỳ", "hội nghị sơ kết / tổng kết"; monthly,
  quarterly, 6-month, 9-month, 11-month and annual reports;
* task progress in many phrasings ("28/35", "100% ... (45/45)", "đề ra 56 nhiệm vụ; ... đã
  hoàn thành 24 nhiệm vụ, 32 nhiệm vụ còn lại", "đạt 71,43% (25/35 nhiệm vụ)", "38 nhiệm vụ
  trên tổng số 41"), next to tasks that are not the reform plan (Đề án 06, chuyển đổi số, a
  department's "nhiệm vụ được UBND tỉnh giao") and targets written as fractions
  ("phấn đấu ... hoàn thành 35/35 nhiệm vụ");
* dossier figures as counts and shares, per level (cấp tỉnh / cấp huyện / cấp xã), for the
  Trung tâm Phục vụ hành chính công, carried over ("kỳ trước chuyển qua") vs newly received,
  online counts split into "toàn trình" and "một phần", online payment and digitisation
  shares, "đang giải quyết" and "quá hạn đang xử lý", apology letters, shares of dossiers due,
  a single month next to the cumulative period, two dossier tables pasted as text;
* a few index results in passing (PAR Index, SIPAS, the monthly service index), one whose
  year is known only from the release date; department and district rankings as traps.

Gold notes (judgement calls):

* Dossier facts carry ``scope``. Per-level and Trung tâm figures are required with their own
  scope (as in round O): the scorer keys dossier slots by (province, period) only, so they
  count as further values under the province's key. A single named district's or commune's
  figures inside a provincial report (highest late share, district leader) are not facts.
* "tiếp nhận mới trong quý" is ``received``; the "tổng số hồ sơ phải giải quyết" that adds the
  carried-over dossiers is given as an optional ``received`` (Q4).
* A share of "trước hạn và đúng hạn" together is not ``on_time_pct`` by the round-O reading,
  but some readers take it so: it is an optional fact. A lone "đúng hạn X%" in reports that do
  not split early from on-time (2017–2018) is ``on_time_pct``.
* Early / on-time / late given only as counts yield no share slots (computed shares are not
  stated). A share of dossiers due ("đạt 98,52% số hồ sơ đến hạn") has no slot.
* ``online_total`` is required only when printed as a fraction ("21.584/40.217"); where the
  online share is "chiếm X%" of the received count in the same sentence, ``online_total`` =
  received is optional. Counts of "toàn trình" and "một phần" alone are not the online count
  when the total online count is printed.
* Previous-period figures ("cùng kỳ năm 2019: 2.905 hồ sơ", "So với năm 2023 (... 0,94 triệu
  hồ sơ)") are optional facts of the earlier period: true, but not what the article reports.
* Q14 gives no year for the PAR Index / SIPAS announced on 17/4/2024: by the schema's
  convention (results are published the year after) they are 2023 results.
* ``rank_of`` is required when printed with the rank; where only "cả nước" / "toàn quốc" or a
  table header implies 63, it is a separate optional fact (round O's ``_of``).
* Monthly service-index facts carry ``period`` (the month); the scorer keys them by year.
* Headlines that round a body figure ("hơn 1 triệu hồ sơ") are not a second figure.

First score (extractor at 8fef9ae, the commit current when the round was commissioned;
0.795 / 0.640 on the session's starting extractor 630914e):

* prose (16 articles): precision **0.798**, recall **0.650** — the lowest first score since
  round N, on the kind of page the crawler keeps most: year-end reports whose only year is
  the title's ("Hội nghị tổng kết công tác CCHC năm 2022"), so every dossier figure lost its
  period (each such slot counts as a wrong one and a missed one); a dossier table by level
  pasted with pipes (20 slots, no table rule reads dossiers); a department's own tasks beside
  the province's; Đề án 06 and chuyển đổi số tasks read as the reform plan's; one month's
  figures beside the cumulative ones;
* tables (2): F1 0.821;
* negatives (2): a district portal's page gave the province a PAR score and change.

The same session, in its last hour, fixed three things: a bare year in a report's title is
its figures' period when that year has begun and the title is not about a plan (0.865 /
0.705), a menu bar ("Giới thiệu | Tin tức | Văn bản | ...") is not the headline, and the tasks
of Đề án 06, of chuyển đổi số or assigned to a department by the province are not the reform
plan's, and online dossiers "qua dịch vụ công trực tuyến mức độ 3, 4": prose **0.956 /
0.765**, tables 0.821. Precision meets the target; recall and the tables do not (left: the
dossier table by level, one month beside the cumulative figures, "đề ra 56 ... hoàn thành
24"); its
tests held the measured levels as floors and marked the negative as an expected failure,
until the next session worked through it.

Session 5 (with this round in view, so no longer a blind score): "đề ra 56 nhiệm vụ; ... đã
hoàn thành 24", dossier facts per scope and period (one month beside the months so far),
dossier tables by level (Q11, Q14: a new rule), a table header "So với tháng 3/2024" (the
"hạng" inside "tháng" made it a rank column), a district ranking's score and change kept
out ("huyện xếp thứ 4/13 huyện ... với 86,35 điểm, tăng 3 bậc", QN1), a named district's
own dossiers in a provincial report (Q13): prose **0.995 / 0.990**, tables 1.000,
negatives clean. The tests now hold the issue's targets.

Extractor 1.6.0 (next session, before any new round was scored): a late share "trên tổng số hồ
sơ đã giải quyết" after a share of dossiers due: prose **1.000 / 1.000**.
None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import PAR, SIPAS, SVC, Case, dos, idx, implied_rank_of, optional, svc, task

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"

ROUND_Q: list[Case] = [
# ------------------------------------------------------------------ 2017–2019: early reports
Case("Q1 SNV site 2017: 6-month conference, 'đề ra 56 ... hoàn thành 24 ..., 32 còn lại', provincial and district levels, PAR 2016 below the average",
"https://sonoivu.quangngai.gov.vn/tin-tuc/cai-cach-hanh-chinh/so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2017-1245.html",
dt.date(2017, 7, 14),
"""Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2017
Trang chủ » Tin tức - Sự kiện » Cải cách hành chính
Ngày đăng: 14/07/2017 09:25 | Lượt xem: 326
Sáng 12/7, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức hội nghị sơ kết công tác CCHC 6 tháng đầu năm 2017 và triển khai nhiệm vụ 6 tháng cuối năm. Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo CCHC tỉnh chủ trì hội nghị.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2017 của tỉnh đề ra 56 nhiệm vụ; tính đến ngày 30/6/2017, đã hoàn thành 24 nhiệm vụ, 32 nhiệm vụ còn lại đang được các cơ quan, đơn vị triển khai theo đúng tiến độ. Có 19/19 sở, ban, ngành và 14/14 huyện, thành phố đã ban hành kế hoạch CCHC năm 2017 của đơn vị mình.
Trong 6 tháng, các cơ quan hành chính cấp tỉnh đã tiếp nhận 38.412 hồ sơ thủ tục hành chính (TTHC), giải quyết 36.905 hồ sơ, trong đó đúng hạn đạt 97,51%, trễ hạn 2,49%; cấp huyện tiếp nhận 61.230 hồ sơ, giải quyết 59.874 hồ sơ, tỷ lệ giải quyết đúng hạn 98,2%.
Quang cảnh hội nghị. Ảnh: T.H
Về kết quả Chỉ số CCHC năm 2016 do Bộ Nội vụ công bố, tỉnh đạt 74,62 điểm, xếp thứ 35/63 tỉnh, thành phố, tăng 9 bậc so với năm 2015 nhưng vẫn thấp hơn giá trị trung bình của các tỉnh, thành phố (75,09 điểm).
Phát biểu kết luận, Phó Chủ tịch UBND tỉnh yêu cầu các cơ quan, đơn vị tập trung khắc phục tình trạng hồ sơ trễ hạn trong lĩnh vực đất đai, xây dựng; phấn đấu Chỉ số CCHC năm 2017 của tỉnh tăng ít nhất 5 bậc, tỷ lệ hồ sơ giải quyết đúng hạn ở các cấp đạt trên 99%.
Hoàng Nguyên - Phòng CCHC
Tin khác
- Tập huấn nghiệp vụ kiểm soát thủ tục hành chính năm 2017
- Kiểm tra công tác CCHC tại huyện Bình Sơn và huyện Sơn Tịnh
SỞ NỘI VỤ TỈNH QUẢNG NGÃI
Địa chỉ: 52 Hùng Vương, TP. Quảng Ngãi | ĐT: 0255.3822.614 | Email: snv@quangngai.gov.vn""",
[task("Quảng Ngãi", "2017-06H1", 24, 56),
 dos("Quảng Ngãi", "2017-06H1", scope="cấp tỉnh", received=38412, resolved=36905, on_time_pct=97.51, late_pct=2.49),
 dos("Quảng Ngãi", "2017-06H1", scope="cấp huyện", received=61230, resolved=59874, on_time_pct=98.2),
 idx("Quảng Ngãi", PAR, 2016, score=74.62, rank=35, rank_of=63, rank_change=9)]),

Case("Q2 portal 2019: year-end 2018, '100% nhiệm vụ (45/45)', province-wide and Trung tâm Hành chính công, online share 2,18%, PAR/SIPAS 2017, department leaders",
"https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/St1H7anTlIam/content/nam-2018-bac-giang-hoan-thanh-100-nhiem-vu-cai-cach-hanh-chinh",
dt.date(2019, 1, 18),
"""Năm 2018: Bắc Giang hoàn thành 100% nhiệm vụ cải cách hành chính
Trang chủ > Tin tức - Sự kiện > Tin hoạt động
Thứ Sáu, 18/01/2019 - 08:40
(BGP) - Chiều 17/1, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2018, triển khai nhiệm vụ năm 2019. Chủ tịch UBND tỉnh chủ trì hội nghị.
Năm 2018, tỉnh đã hoàn thành 100% nhiệm vụ đề ra trong Kế hoạch CCHC (45/45 nhiệm vụ). Công tác kiểm soát TTHC được quan tâm; UBND tỉnh đã công bố 1.786 TTHC, trong đó có 312 TTHC được cắt giảm thời gian giải quyết từ 30% trở lên.
Toàn tỉnh tiếp nhận 1.126.540 hồ sơ TTHC, đã giải quyết 1.119.812 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 99,37%. Có 24.608 hồ sơ được tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4, chiếm 2,18% tổng số hồ sơ. Riêng Trung tâm Hành chính công tỉnh, sau gần một năm đi vào hoạt động, đã tiếp nhận 86.215 hồ sơ, tỷ lệ trả kết quả trước và đúng hạn đạt 99,92%.
Chỉ số CCHC năm 2017 của tỉnh xếp thứ 6/63 tỉnh, thành phố; Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2017 đạt 82,16%, xếp thứ 12 toàn quốc.
Tại hội nghị, UBND tỉnh công bố Chỉ số CCHC năm 2018 của các sở, cơ quan thuộc UBND tỉnh và UBND các huyện, thành phố: Sở Kế hoạch và Đầu tư dẫn đầu khối sở với 92,35 điểm; huyện Lạng Giang dẫn đầu khối huyện với 89,70 điểm.
Chủ tịch UBND tỉnh đề nghị năm 2019 phấn đấu giữ vững Chỉ số CCHC trong nhóm 10 tỉnh, thành phố dẫn đầu, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt tối thiểu 10%.
Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc trong công tác CCHC năm 2018. Ảnh: Đức Thuận
Tin liên quan:
- Bắc Giang công bố Chỉ số CCHC năm 2018 của các sở, ngành, địa phương
- Trung tâm Hành chính công tỉnh: một năm nhìn lại
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG
Cơ quan chủ quản: UBND tỉnh Bắc Giang - Điện thoại: 0204.3854.296 - Email: banbientap@bacgiang.gov.vn""",
[task("Bắc Giang", "2018", 45, 45),
 dos("Bắc Giang", "2018", scope=TT, received=1126540, resolved=1119812, on_time_pct=99.37, online=24608,
     online_pct=2.18),
 optional(dos("Bắc Giang", "2018", scope=TT, online_total=1126540)),
 dos("Bắc Giang", "2018", scope="Trung tâm Hành chính công tỉnh", received=86215),
 # "trước và đúng hạn" together
 optional(dos("Bắc Giang", "2018", scope="Trung tâm Hành chính công tỉnh", on_time_pct=99.92)),
 idx("Bắc Giang", PAR, 2017, rank=6, rank_of=63),
 idx("Bắc Giang", SIPAS, 2017, score=82.16, rank=12),
 implied_rank_of("Bắc Giang", SIPAS, 2017, 63)]),

Case("Q3 portal: UBND monthly meeting (October 2023), 10-month tasks, one month's online fraction next to the 10-month count, service index of September, a '35/35' target",
"https://namdinh.gov.vn/portal/Pages/2023-11-3/UBND-tinh-hop-phien-thuong-ky-thang-10-nam-2023.aspx",
dt.date(2023, 11, 3),
"""UBND tỉnh họp phiên thường kỳ tháng 10 năm 2023
Cổng thông tin điện tử tỉnh Nam Định
Ngày 03/11/2023 | Lượt xem: 412
Sáng 2/11, UBND tỉnh tổ chức phiên họp thường kỳ tháng 10 năm 2023 để đánh giá tình hình phát triển kinh tế - xã hội tháng 10, 10 tháng và nhiệm vụ trọng tâm tháng 11/2023. Chủ tịch UBND tỉnh chủ trì phiên họp.
Theo báo cáo, 10 tháng năm 2023, chỉ số sản xuất công nghiệp (IIP) ước tăng 11,6% so với cùng kỳ; tổng thu ngân sách nhà nước trên địa bàn ước đạt 5.214 tỷ đồng.
Về công tác cải cách hành chính, 10 tháng năm 2023, tỉnh đã hoàn thành 28/35 nhiệm vụ của Kế hoạch CCHC năm 2023; các nhiệm vụ còn lại đang được khẩn trương triển khai.
Số hồ sơ TTHC tiếp nhận trực tuyến trong tháng 10 là 21.584/40.217 hồ sơ, chiếm 53,67%; lũy kế 10 tháng, toàn tỉnh tiếp nhận 372.905 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,9%. Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 24,6%.
Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công tháng 9/2023 của tỉnh đạt 80,12 điểm, xếp thứ 25/63 tỉnh, thành phố.
Quang cảnh phiên họp. Ảnh: Viết Dư
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu đến hết năm hoàn thành 35/35 nhiệm vụ CCHC, tỷ lệ hồ sơ trực tuyến đạt trên 60%; tập trung giải ngân vốn đầu tư công, bảo đảm an sinh xã hội dịp cuối năm.
Tin khác
- Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20
- Nam Định tổ chức Tuần Văn hóa - Du lịch năm 2023
Bản quyền thuộc UBND tỉnh Nam Định. Điện thoại: 0228.3849.616""",
[task("Nam Định", "2023-10M", 28, 35),
 dos("Nam Định", "2023-10", scope=TT, online=21584, online_total=40217, online_pct=53.67),
 dos("Nam Định", "2023-10M", scope=TT, received=372905),
 optional(dos("Nam Định", "2023-10M", scope=TT, on_time_pct=98.9)),
 svc("Nam Định", "2023-09", score=80.12, rank=25, rank_of=63)]),

# ------------------------------------------------------------------ 2020–2022
Case("Q4 SNV site: Q3/2022 report, carried-over vs newly received, counts with shares of resolved, 'đang giải quyết', apology letters, 9-month tasks, '12/15 cơ quan'",
"https://sonoivu.hatinh.gov.vn/cai-cach-hanh-chinh/ket-qua-cong-tac-cai-cach-hanh-chinh-quy-iii-nam-2022.html",
dt.date(2022, 10, 12),
"""SỞ NỘI VỤ HÀ TĨNH
Trang chủ / Cải cách hành chính / Tin CCHC
Kết quả công tác cải cách hành chính quý III năm 2022
12/10/2022 | Lượt xem: 198
Sở Nội vụ vừa tổng hợp, báo cáo UBND tỉnh kết quả thực hiện công tác cải cách hành chính (CCHC) quý III năm 2022 trên địa bàn tỉnh.
Theo đó, lũy kế 9 tháng năm 2022, các cơ quan, đơn vị đã hoàn thành 30/41 nhiệm vụ của Kế hoạch CCHC năm 2022 của tỉnh. Đoàn kiểm tra CCHC của tỉnh đã kiểm tra 12/15 cơ quan, đơn vị theo kế hoạch.
Trong quý III/2022, tổng số hồ sơ TTHC phải giải quyết trên địa bàn tỉnh là 125.406 hồ sơ, trong đó số hồ sơ kỳ trước chuyển qua là 4.118 hồ sơ, số hồ sơ tiếp nhận mới trong quý là 121.288 hồ sơ (tiếp nhận trực tuyến 38.670 hồ sơ, chiếm 31,88%). Đã giải quyết 119.730 hồ sơ, trong đó trước hạn 84.411 hồ sơ (70,5%), đúng hạn 34.361 hồ sơ (28,7%), trễ hạn 958 hồ sơ (0,8%); còn 5.676 hồ sơ đang giải quyết. Đối với các hồ sơ trễ hạn, các cơ quan đã gửi 612 thư xin lỗi đến tổ chức, cá nhân.
Bộ phận Một cửa UBND huyện Thạch Hà hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: P.V
Thời gian tới, Sở Nội vụ tiếp tục tham mưu UBND tỉnh đôn đốc các cơ quan, đơn vị hoàn thành 100% nhiệm vụ năm 2022, phấn đấu tỷ lệ hồ sơ trực tuyến cả năm đạt 40%.
Bản quyền thuộc Sở Nội vụ tỉnh Hà Tĩnh
Địa chỉ: Số 05 Nguyễn Tất Thành, TP Hà Tĩnh - Điện thoại: 0239.3856.312""",
[task("Hà Tĩnh", "2022-09M", 30, 41),
 dos("Hà Tĩnh", "2022-Q3", scope=TT, received=121288, resolved=119730, early_pct=70.5, on_time_pct=28.7,
     late_pct=0.8, online=38670, online_pct=31.88),
 # the total to process (carried over + new) and the online share's denominator
 optional(dos("Hà Tĩnh", "2022-Q3", scope=TT, received=125406, online_total=121288))]),

Case("Q5 portal: 6 months of 2024 with the reporting cut-off dates, counts without shares, 'trước và đúng hạn', 'quá hạn đang xử lý', payment and digitisation shares, SIPAS 2023",
"https://thanhhoa.gov.vn/portal/Pages/2024-7-5/Thanh-Hoa-6-thang-dau-nam-2024-tiep-nhan-hon-1-trieu-ho-so-thu-tuc-hanh-chinh.aspx",
dt.date(2024, 7, 5),
"""Thanh Hóa: 6 tháng đầu năm 2024 tiếp nhận hơn 1 triệu hồ sơ thủ tục hành chính
Trang chủ > Tin tức > Cải cách hành chính
05/07/2024 14:20
Theo Báo cáo của UBND tỉnh về công tác cải cách hành chính (CCHC) 6 tháng đầu năm 2024 (số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024), tỉnh đã hoàn thành 19/46 nhiệm vụ của Kế hoạch CCHC năm 2024; 27 nhiệm vụ còn lại đang triển khai, bảo đảm tiến độ.
Các cơ quan, đơn vị trên địa bàn tỉnh đã tiếp nhận 1.046.285 hồ sơ TTHC; đã giải quyết 1.002.417 hồ sơ, trong đó trước hạn 812.603 hồ sơ, đúng hạn 184.219 hồ sơ, trễ hạn 5.595 hồ sơ; tỷ lệ giải quyết trước và đúng hạn đạt 99,44%. Hiện còn 43.868 hồ sơ đang giải quyết, trong đó có 1.207 hồ sơ quá hạn đang xử lý. Các cơ quan, đơn vị đã ban hành 4.920 văn bản xin lỗi đối với các hồ sơ trễ hạn.
Tỷ lệ hồ sơ trực tuyến đạt 48,26%; tỷ lệ thanh toán trực tuyến đạt 39,8%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 67,2%.
Về Chỉ số SIPAS năm 2023 được công bố tháng 4 vừa qua, tỉnh đạt 83,45%, xếp thứ 22/63 tỉnh, thành phố, tăng 15 bậc so với năm 2022; giá trị trung bình của cả nước là 82,66%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Minh Hiếu
Tin liên quan
- Thanh Hóa triển khai thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính
- Tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến cho cán bộ cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA
Địa chỉ: 35 Đại lộ Lê Lợi, TP. Thanh Hóa. Điện thoại: 0237.3852.140""",
[task("Thanh Hóa", "2024-06H1", 19, 46),
 dos("Thanh Hóa", "2024-06H1", scope=TT, received=1046285, resolved=1002417, online_pct=48.26),
 optional(dos("Thanh Hóa", "2024-06H1", scope=TT, on_time_pct=99.44)),
 idx("Thanh Hóa", SIPAS, 2023, score=83.45, rank=22, rank_of=63, rank_change=15)]),

Case("Q6 SNV site: 9 months of 2021, 'đạt 71,43% (25/35 nhiệm vụ)', province total then three levels with late shares, a district's extreme, PAR 2020 'giảm 3 bậc'",
"https://sonoivu.quangbinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-9-thang-nam-2021-3127.html",
dt.date(2021, 10, 8),
"""Kết quả thực hiện công tác cải cách hành chính 9 tháng năm 2021
Lượt xem: 275
Ngày đăng: 08/10/2021 | Chuyên mục: Cải cách hành chính
Sở Nội vụ vừa có báo cáo gửi UBND tỉnh về kết quả thực hiện công tác cải cách hành chính (CCHC) 9 tháng năm 2021 trên địa bàn tỉnh Quảng Bình.
Kế hoạch CCHC năm 2021 của tỉnh gồm 35 nhiệm vụ; tỷ lệ hoàn thành đến nay đạt 71,43% (25/35 nhiệm vụ), 10 nhiệm vụ đang thực hiện. Dù chịu ảnh hưởng của dịch Covid-19, 8/8 huyện, thị xã, thành phố vẫn duy trì tiếp nhận hồ sơ qua dịch vụ bưu chính công ích.
Về giải quyết TTHC, 9 tháng năm 2021 toàn tỉnh tiếp nhận 412.950 hồ sơ, đã giải quyết 401.338 hồ sơ. Ở cấp tỉnh, các sở, ban, ngành tiếp nhận 98.214 hồ sơ, giải quyết 95.870 hồ sơ, tỷ lệ trễ hạn 0,42%; cấp huyện tiếp nhận 136.502 hồ sơ, giải quyết 132.615 hồ sơ, tỷ lệ trễ hạn 1,85%; cấp xã tiếp nhận 178.234 hồ sơ, giải quyết 172.853 hồ sơ, tỷ lệ trễ hạn 0,96%. Huyện Minh Hóa có tỷ lệ hồ sơ trễ hạn cao nhất tỉnh (4,12%).
Chỉ số CCHC năm 2020 của tỉnh đạt 84,26%, xếp thứ 27/63 tỉnh, thành phố, giảm 3 bậc so với năm 2019.
Trong quý IV, Sở Nội vụ đề nghị các cơ quan, đơn vị phấn đấu đưa tỷ lệ hồ sơ trễ hạn xuống dưới 1% ở cả 3 cấp.
Tác giả: Phòng Cải cách hành chính
Tin khác
- Kiểm tra công tác CCHC tại UBND thị xã Ba Đồn
- Hội nghị tập huấn xác định Chỉ số CCHC năm 2021
Bản quyền thuộc Sở Nội vụ tỉnh Quảng Bình - ĐT: 0232.3822.409""",
[task("Quảng Bình", "2021-09M", 25, 35),
 dos("Quảng Bình", "2021-09M", scope=TT, received=412950, resolved=401338),
 dos("Quảng Bình", "2021-09M", scope="cấp tỉnh", received=98214, resolved=95870, late_pct=0.42),
 dos("Quảng Bình", "2021-09M", scope="cấp huyện", received=136502, resolved=132615, late_pct=1.85),
 dos("Quảng Bình", "2021-09M", scope="cấp xã", received=178234, resolved=172853, late_pct=0.96),
 idx("Quảng Bình", PAR, 2020, score=84.26, rank=27, rank_of=63, rank_change=-3)]),

Case("Q7 SNV site 2020: the department's own tasks and PAR rank among departments, the province's plan, same period last year in parentheses, PAR/SIPAS 2019",
"https://sonoivu.daklak.gov.vn/tin-tuc/so-noi-vu-so-ket-cong-tac-6-thang-dau-nam-2020-854.html",
dt.date(2020, 7, 10),
"""Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Liên hệ
Sở Nội vụ sơ kết công tác 6 tháng đầu năm 2020
Ngày đăng: 10/07/2020 | Lượt xem: 441
Ngày 9/7, Sở Nội vụ tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2020. Giám đốc Sở chủ trì hội nghị.
Mặc dù chịu tác động của dịch Covid-19, 6 tháng đầu năm 2020, Sở đã hoàn thành 18/19 nhiệm vụ được UBND tỉnh giao tại Chương trình công tác năm 2020; Chỉ số CCHC năm 2019 của Sở đạt 91,2 điểm, xếp thứ 2/20 sở, ban, ngành.
Là cơ quan thường trực về CCHC, Sở đã tham mưu UBND tỉnh ban hành Kế hoạch CCHC năm 2020 của tỉnh với 42 nhiệm vụ; đến ngày 20/6/2020 đã hoàn thành 17/42 nhiệm vụ, các nhiệm vụ còn lại đang triển khai theo lộ trình.
Trên địa bàn tỉnh, 6 tháng đầu năm 2020 các cơ quan hành chính các cấp đã tiếp nhận 298.417 hồ sơ TTHC, tăng 21.356 hồ sơ so với cùng kỳ năm 2019 (277.061 hồ sơ); đã giải quyết 290.052 hồ sơ, trong đó trước hạn 61,3%, đúng hạn 36,9%, trễ hạn 1,8%. Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 8.714 hồ sơ (cùng kỳ năm 2019: 2.905 hồ sơ).
Theo kết quả Chỉ số CCHC năm 2019 do Bộ Nội vụ công bố, tỉnh Đắk Lắk xếp thứ 49/63 tỉnh, thành phố; Chỉ số SIPAS năm 2019 của tỉnh đạt 80,71%.
Giám đốc Sở Nội vụ phát biểu kết luận hội nghị.
6 tháng cuối năm, Sở phấn đấu hoàn thành 19/19 nhiệm vụ được giao, tham mưu cải thiện ít nhất 10 bậc Chỉ số CCHC của tỉnh.
SỞ NỘI VỤ TỈNH ĐẮK LẮK
Địa chỉ: 09 Lê Duẩn, TP. Buôn Ma Thuột - ĐT: 0262.3852.271""",
[task("Đắk Lắk", "2020-06H1", 17, 42),
 dos("Đắk Lắk", "2020-06H1", scope=TT, received=298417, resolved=290052, early_pct=61.3, on_time_pct=36.9,
     late_pct=1.8, online=8714),
 optional(dos("Đắk Lắk", "2019-06H1", scope=TT, received=277061, online=2905)),
 idx("Đắk Lắk", PAR, 2019, rank=49, rank_of=63),
 idx("Đắk Lắk", SIPAS, 2019, score=80.71)]),

# ------------------------------------------------------------------ 2022–2024: online dossiers and the service index
Case("Q8 portal: 9 months of 2024, online count split into 'toàn trình' and 'một phần', payment share beating a target, digitisation, service index 'tăng 6 bậc'",
"https://binhdinh.gov.vn/tin-tuc/tin-tuc-su-kien/9-thang-nam-2024-ty-le-ho-so-truc-tuyen-cua-tinh-dat-59-14-25871.html",
dt.date(2024, 10, 9),
"""Bình Định - Điểm đến hấp dẫn, an toàn, thân thiện
Slide 1 2 3
9 tháng năm 2024: Tỷ lệ hồ sơ trực tuyến của tỉnh đạt 59,14%
Ngày đăng: 09/10/2024 | Lượt xem: 284
Theo báo cáo của Văn phòng UBND tỉnh, 9 tháng năm 2024, toàn tỉnh tiếp nhận 702.318 hồ sơ TTHC, trong đó hồ sơ nộp trực tuyến là 415.376 hồ sơ (trực tuyến toàn trình 248.910 hồ sơ, trực tuyến một phần 166.466 hồ sơ), chiếm 59,14%. Đã giải quyết 689.054 hồ sơ; tỷ lệ giải quyết đúng hạn (gồm trước hạn và đúng hạn) đạt 98,61%, trễ hạn 1,39%; còn 13.264 hồ sơ đang giải quyết.
Trong 9 tháng, tỷ lệ hồ sơ thanh toán trực tuyến đạt 41,5%, vượt chỉ tiêu Chính phủ giao (30%); tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 82,7%; tỷ lệ cấp kết quả giải quyết TTHC điện tử đạt 88,3%.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2024 của tỉnh đạt 86,03 điểm, xếp thứ 9/63 tỉnh, thành phố, tăng 6 bậc so với tháng 7/2024.
Quý IV/2024, UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt 50%, không để phát sinh hồ sơ trễ hạn trong lĩnh vực đất đai.
Tin khác
- Bình Định công bố danh mục TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công tỉnh
- Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Số 01 Trần Phú, TP. Quy Nhơn - ĐT: 0256.3822.108""",
[dos("Bình Định", "2024-09M", scope=TT, received=702318, resolved=689054, late_pct=1.39, online=415376,
     online_pct=59.14),
 # "đúng hạn (gồm trước hạn và đúng hạn)"; the online share's denominator
 optional(dos("Bình Định", "2024-09M", scope=TT, on_time_pct=98.61, online_total=702318)),
 svc("Bình Định", "2024-08", score=86.03, rank=9, rank_of=63, rank_change=6)]),

Case("Q9 dedicated CCHC site: year-end 2022, '38 nhiệm vụ trên tổng số 41', Trung tâm Phục vụ hành chính công as scope, 3-level total, SIPAS/PAR 2021, district and department leaders",
"https://cchc.khanhhoa.gov.vn/vi/tin-tuc/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2022",
dt.date(2023, 1, 13),
"""Trang chủ | Giới thiệu | Tin tức | Việc cần làm ngay | Văn bản
Hội nghị tổng kết công tác cải cách hành chính năm 2022
13/01/2023
Chiều 12/1, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức Hội nghị tổng kết công tác CCHC năm 2022, triển khai nhiệm vụ năm 2023.
Năm 2022, tỉnh hoàn thành 38 nhiệm vụ trên tổng số 41 nhiệm vụ của Kế hoạch CCHC; 3 nhiệm vụ chưa hoàn thành do còn vướng mắc về quy định của Trung ương.
Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 148.236 hồ sơ, giải quyết 146.907 hồ sơ, trong đó trước hạn 78,25%, đúng hạn 21,02%, trễ hạn 0,73%; tỷ lệ hồ sơ nộp trực tuyến tại Trung tâm đạt 46,8%. Tính chung cả 3 cấp, toàn tỉnh tiếp nhận 632.540 hồ sơ, tỷ lệ trễ hạn 1,64%.
Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2021 của tỉnh đạt 86,12%, xếp thứ 31/63; Chỉ số CCHC năm 2021 đạt 86,90%, xếp thứ 20/63, tăng 13 bậc so với năm 2020.
Tại hội nghị, UBND tỉnh công bố kết quả Chỉ số CCHC năm 2022 của các sở, ngành và địa phương: huyện Cam Lâm dẫn đầu khối huyện với 90,12 điểm; Sở Tư pháp dẫn đầu khối sở với 91,47 điểm.
Năm 2023, tỉnh phấn đấu Chỉ số SIPAS đạt trên 88%, tỷ lệ hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh đạt 60%.
Lãnh đạo UBND tỉnh trao Bằng khen cho các tập thể. Ảnh: Thùy Dung
Trang thông tin điện tử Cải cách hành chính tỉnh Khánh Hòa
Cơ quan chủ quản: Sở Nội vụ tỉnh Khánh Hòa - ĐT: 0258.3822.736""",
[task("Khánh Hòa", "2022", 38, 41),
 dos("Khánh Hòa", "2022", scope="Trung tâm Phục vụ hành chính công tỉnh", received=148236, resolved=146907,
     early_pct=78.25, on_time_pct=21.02, late_pct=0.73, online_pct=46.8),
 dos("Khánh Hòa", "2022", scope=TT, received=632540, late_pct=1.64),
 idx("Khánh Hòa", SIPAS, 2021, score=86.12, rank=31, rank_of=63),
 idx("Khánh Hòa", PAR, 2021, score=86.9, rank=20, rank_of=63, rank_change=13)]),

Case("Q10 portal: 6-month conference on CCHC, chuyển đổi số and Đề án 06 (three task fractions, one of them the plan's), share of dossiers due, service index of May vs national average",
"https://hungyen.gov.vn/tin-tuc/so-ket-cong-tac-cai-cach-hanh-chinh-chuyen-doi-so-va-de-an-06-sau-thang-dau-nam-2023-t11257.html",
dt.date(2023, 7, 14),
"""Sơ kết công tác cải cách hành chính, chuyển đổi số và Đề án 06 sáu tháng đầu năm 2023
Trang chủ > Tin tức > Tin hoạt động
14/07/2023 08:15 | Lượt xem: 367
Ngày 13/7, UBND tỉnh tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC), chuyển đổi số và thực hiện Đề án 06 sáu tháng đầu năm 2023.
Theo báo cáo, 6 tháng đầu năm 2023, tỉnh đã hoàn thành 23/47 nhiệm vụ CCHC theo kế hoạch; đối với Đề án 06, hoàn thành 21/29 nhiệm vụ; về chuyển đổi số, hoàn thành 33/60 nhiệm vụ của Kế hoạch chuyển đổi số năm 2023.
Toàn tỉnh tiếp nhận 286.419 hồ sơ TTHC; đã giải quyết 270.118 hồ sơ, đạt 98,52% số hồ sơ đến hạn giải quyết; tỷ lệ trễ hạn trên tổng số hồ sơ đã giải quyết là 0,61%. Hồ sơ trực tuyến chiếm 41,07% tổng số hồ sơ tiếp nhận.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2023 của tỉnh đạt 72,3 điểm, xếp thứ 40/63 tỉnh, thành phố; điểm bình quân cả nước là 75,4 điểm.
Các đại biểu dự hội nghị tại điểm cầu tỉnh. Ảnh: Thu Hà
Phát biểu kết luận, Chủ tịch UBND tỉnh đề nghị 6 tháng cuối năm phấn đấu Bộ chỉ số vào nhóm 30 địa phương dẫn đầu; 100% hồ sơ trễ hạn phải có văn bản xin lỗi.
Đang online: 23 | Tổng truy cập: 4.318.702
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HƯNG YÊN""",
[task("Hưng Yên", "2023-06H1", 23, 47),
 dos("Hưng Yên", "2023-06H1", scope=TT, received=286419, resolved=270118, late_pct=0.61, online_pct=41.07),
 svc("Hưng Yên", "2023-05", score=72.3, rank=40, rank_of=63)]),

Case("Q11 portal: dossier table of 2023 pasted with '|' (levels and a total row, shares of resolved), carried into 2024, online count and share",
"https://tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/ket-qua-tiep-nhan-giai-quyet-ho-so-thu-tuc-hanh-chinh-nam-2023-8725.html",
dt.date(2024, 1, 10),
"""Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính năm 2023
Thông tin cải cách hành chính | 10/01/2024 | Lượt xem: 231
Theo số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh, kết quả tiếp nhận, giải quyết hồ sơ TTHC năm 2023 (từ ngày 01/01/2023 đến ngày 31/12/2023) như sau:
Cấp | Tiếp nhận | Đã giải quyết | Trước hạn (%) | Đúng hạn (%) | Trễ hạn (%)
Cấp tỉnh | 96.318 | 94.702 | 72,15 | 26,91 | 0,94
Cấp huyện | 121.547 | 118.960 | 65,40 | 32,78 | 1,82
Cấp xã | 214.806 | 213.115 | 80,06 | 19,57 | 0,37
Toàn tỉnh | 432.671 | 426.777 | 74,22 | 24,88 | 0,90
Số hồ sơ đang giải quyết chuyển sang năm 2024 là 5.894 hồ sơ. Có 236.412 hồ sơ được nộp trực tuyến, chiếm 54,64% tổng số hồ sơ tiếp nhận. Trong năm, các cơ quan, đơn vị đã gửi 3.102 thư xin lỗi tổ chức, cá nhân do giải quyết hồ sơ trễ hạn.
Tin liên quan
- Tây Ninh công bố Bộ TTHC chuẩn hóa năm 2023
- Trung tâm Phục vụ hành chính công tỉnh triển khai ký số kết quả giải quyết TTHC
Cổng Thông tin điện tử tỉnh Tây Ninh - Điện thoại: 0276.3822.404""",
[dos("Tây Ninh", "2023", scope=TT, received=432671, resolved=426777, early_pct=74.22, on_time_pct=24.88,
     late_pct=0.9, online=236412, online_pct=54.64),
 optional(dos("Tây Ninh", "2023", scope=TT, online_total=432671)),
 dos("Tây Ninh", "2023", scope="cấp tỉnh", received=96318, resolved=94702, early_pct=72.15, on_time_pct=26.91,
     late_pct=0.94),
 dos("Tây Ninh", "2023", scope="cấp huyện", received=121547, resolved=118960, early_pct=65.4, on_time_pct=32.78,
     late_pct=1.82),
 dos("Tây Ninh", "2023", scope="cấp xã", received=214806, resolved=213115, early_pct=80.06, on_time_pct=19.57,
     late_pct=0.37)]),

Case("Q12 portal: UBND monthly meeting (November 2022), 11-month tasks vs a digital-transformation plan, online share 'vượt chỉ tiêu năm (40%)', digitisation, service index 'xếp thứ 5 cả nước'",
"https://vinhphuc.gov.vn/ct/cms/tintuc/Lists/tintucsukien/View_Detail.aspx?ItemID=24815",
dt.date(2022, 12, 6),
"""UBND tỉnh họp phiên thường kỳ tháng 11/2022
Tin tức - Sự kiện | 06/12/2022
Ngày 5/12, UBND tỉnh họp phiên thường kỳ tháng 11/2022, cho ý kiến về tình hình kinh tế - xã hội 11 tháng, nhiệm vụ trọng tâm tháng 12 và một số nội dung trình kỳ họp HĐND tỉnh cuối năm.
Theo báo cáo, 11 tháng năm 2022, tổng thu ngân sách nhà nước trên địa bàn ước đạt 31.460 tỷ đồng, bằng 96,2% dự toán.
Về CCHC, 11 tháng năm 2022, tỉnh đã hoàn thành 37/40 nhiệm vụ CCHC. Kế hoạch chuyển đổi số năm 2022 có 64 nhiệm vụ, đến nay đã hoàn thành 52 nhiệm vụ.
Toàn tỉnh tiếp nhận 356.920 hồ sơ TTHC; tỷ lệ hồ sơ trực tuyến 11 tháng đạt 43,8%, vượt chỉ tiêu năm (40%); tỷ lệ số hóa hồ sơ đạt 46%.
Theo Bộ chỉ số phục vụ người dân, doanh nghiệp do Văn phòng Chính phủ công bố, tháng 10/2022 tỉnh đạt 78,45 điểm, xếp thứ 5 cả nước.
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các ngành tập trung hoàn thành 100% nhiệm vụ năm 2022, chuẩn bị tốt các điều kiện phục vụ Nhân dân vui Xuân, đón Tết.
Các tin khác:
- Vĩnh Phúc: Hội nghị xúc tiến đầu tư với doanh nghiệp Hàn Quốc
- Khai mạc Hội chợ Xuân Quý Mão 2023
Bản quyền © UBND tỉnh Vĩnh Phúc. ĐT: 0211.3862.480""",
[task("Vĩnh Phúc", "2022-11M", 37, 40),
 dos("Vĩnh Phúc", "2022-11M", scope=TT, received=356920, online_pct=43.8),
 svc("Vĩnh Phúc", "2022-10", score=78.45, rank=5),
 implied_rank_of("Vĩnh Phúc", SVC, 2022, 63)]),

# ------------------------------------------------------------------ district news, an undated release, month vs cumulative, mixed conventions
Case("Q13 district portal under the provincial domain: the province's 6-month conference (facts) next to the district's own dossiers and rank (not facts)",
"http://sonduong.tuyenquang.gov.vn/tin-tuc/hoi-nghi-truc-tuyen-so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2018.html",
dt.date(2018, 7, 20),
"""Hội nghị trực tuyến sơ kết công tác cải cách hành chính 6 tháng đầu năm 2018
Thứ Sáu, 20/07/2018 | Lượt xem: 152
Ngày 19/7, UBND tỉnh tổ chức hội nghị trực tuyến sơ kết công tác cải cách hành chính (CCHC) 6 tháng đầu năm 2018. Tại điểm cầu huyện Sơn Dương, đồng chí Chủ tịch UBND huyện chủ trì.
Theo báo cáo của UBND tỉnh, 6 tháng đầu năm 2018, tỉnh đã hoàn thành 21/52 nhiệm vụ của Kế hoạch CCHC năm 2018. Các cơ quan hành chính 3 cấp trên địa bàn tỉnh đã tiếp nhận 246.310 hồ sơ TTHC, tỷ lệ giải quyết đúng hạn đạt 99,21%. Chỉ số CCHC năm 2017 của tỉnh xếp thứ 20/63 tỉnh, thành phố, tăng 8 bậc so với năm 2016.
Tại huyện Sơn Dương, 6 tháng đầu năm, Bộ phận tiếp nhận và trả kết quả của huyện đã tiếp nhận 9.815 hồ sơ, giải quyết đúng hạn 99,8%; 32/32 xã, thị trấn thực hiện cơ chế một cửa theo quy định. Kết quả Chỉ số CCHC năm 2017, huyện Sơn Dương xếp thứ 2/7 huyện, thành phố.
Phát biểu kết luận, Chủ tịch UBND huyện yêu cầu các cơ quan chuyên môn, UBND các xã, thị trấn phấn đấu năm 2018 không để xảy ra hồ sơ trễ hạn, giữ vững vị trí trong nhóm 3 đơn vị dẫn đầu của tỉnh.
Điểm cầu huyện Sơn Dương. Ảnh: Văn phòng HĐND và UBND huyện
Tin khác
- Sơn Dương: Tổng kết phong trào thi đua "Dân vận khéo"
- Hội nghị tiếp xúc cử tri trước kỳ họp thứ 6 HĐND huyện
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN SƠN DƯƠNG - TỈNH TUYÊN QUANG""",
[task("Tuyên Quang", "2018-06H1", 21, 52),
 dos("Tuyên Quang", "2018-06H1", scope=TT, received=246310, on_time_pct=99.21),
 idx("Tuyên Quang", PAR, 2017, rank=20, rank_of=63, rank_change=8)]),

Case("Q14 SNV site: PAR/SIPAS announced 17/4/2024 with no year (2023 results), department and district leaders, a tab-separated Q1/2024 dossier table with late and online shares",
"https://sonoivu.langson.gov.vn/tin-tuc/lang-son-tang-11-bac-ve-chi-so-cai-cach-hanh-chinh.html",
dt.date(2024, 4, 25),
"""Lạng Sơn tăng 11 bậc về Chỉ số cải cách hành chính
Trang chủ > Tin tức > Cải cách hành chính
25/04/2024 | Lượt xem: 389
Ngày 17/4/2024, Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ tổ chức Hội nghị trực tuyến công bố Chỉ số CCHC và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS). Theo kết quả được công bố, Chỉ số CCHC của tỉnh Lạng Sơn đạt 86,75%, xếp thứ 30/63 tỉnh, thành phố, tăng 11 bậc; Chỉ số SIPAS của tỉnh đạt 82,94%, xếp thứ 41/63.
Cùng ngày, UBND tỉnh công bố Chỉ số CCHC năm 2023 của các sở, ban, ngành và UBND các huyện, thành phố: Sở Tư pháp đứng đầu khối sở với 93,12%; UBND thành phố Lạng Sơn đứng đầu khối huyện với 90,45%.
Về giải quyết TTHC, kết quả quý I/2024 như sau:
Đơn vị\tSố hồ sơ tiếp nhận\tSố hồ sơ đã giải quyết\tTỷ lệ trễ hạn\tTỷ lệ hồ sơ trực tuyến
Cấp tỉnh\t18.420\t17.905\t0,52%\t78,40%
Cấp huyện\t24.316\t23.514\t2,14%\t56,12%
Cấp xã\t41.087\t40.668\t0,81%\t47,95%
Tổng\t83.823\t82.087\t1,13%\t57,01%
Năm 2024, tỉnh phấn đấu Chỉ số CCHC vào nhóm 25 địa phương dẫn đầu, tỷ lệ hồ sơ trễ hạn ở cấp huyện dưới 1%.
Tác giả: Phòng Cải cách hành chính
Bản quyền thuộc Sở Nội vụ tỉnh Lạng Sơn. Địa chỉ: Số 2 Hoàng Văn Thụ, TP. Lạng Sơn. ĐT: 0205.3812.325""",
[idx("Lạng Sơn", PAR, 2023, score=86.75, rank=30, rank_of=63, rank_change=11),
 idx("Lạng Sơn", SIPAS, 2023, score=82.94, rank=41, rank_of=63),
 dos("Lạng Sơn", "2024-Q1", scope=TT, received=83823, resolved=82087, late_pct=1.13, online_pct=57.01),
 dos("Lạng Sơn", "2024-Q1", scope="cấp tỉnh", received=18420, resolved=17905, late_pct=0.52, online_pct=78.4),
 dos("Lạng Sơn", "2024-Q1", scope="cấp huyện", received=24316, resolved=23514, late_pct=2.14, online_pct=56.12),
 dos("Lạng Sơn", "2024-Q1", scope="cấp xã", received=41087, resolved=40668, late_pct=0.81, online_pct=47.95)]),

Case("Q15 portal: UBND monthly meeting (September 2023), the month's dossiers next to the 9-month ones, national average, unnamed national highest, service index 'giảm 7 bậc'",
"https://www.soctrang.gov.vn/wps/portal/Home/tin-tuc/chi-tiet/ubnd-tinh-hop-phien-thuong-ky-thang-9-nam-2023",
dt.date(2023, 10, 6),
"""UBND tỉnh họp phiên thường kỳ tháng 9 năm 2023
Trang chủ » Tin tức » Hoạt động của lãnh đạo tỉnh
06/10/2023 | Lượt xem: 298
Ngày 5/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9 năm 2023 nhằm đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh 9 tháng và triển khai nhiệm vụ quý IV/2023.
Về công tác cải cách hành chính, 9 tháng năm 2023, tỉnh hoàn thành 33/40 nhiệm vụ CCHC (đạt 82,5%).
Trong tháng 9/2023, toàn tỉnh tiếp nhận 41.206 hồ sơ TTHC, giải quyết 39.874 hồ sơ, tỷ lệ trễ hạn 1,12%. Lũy kế 9 tháng năm 2023, tiếp nhận 352.718 hồ sơ, giải quyết 341.905 hồ sơ, trong đó trước hạn 63,48%, đúng hạn 35,07%, trễ hạn 1,45%. Tỷ lệ hồ sơ trực tuyến 9 tháng đạt 38,2%, thấp hơn bình quân cả nước (43,5%).
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2023 của tỉnh đạt 74,16 điểm, xếp thứ 38/63, giảm 7 bậc so với tháng 7; địa phương có điểm cao nhất cả nước đạt 88,9 điểm.
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương khẩn trương khắc phục tình trạng hồ sơ trễ hạn, phấn đấu quý IV tỷ lệ hồ sơ trực tuyến đạt trên 45%.
Quang cảnh phiên họp. Ảnh: Trung tâm Tin học tỉnh
Tin khác
- Sóc Trăng: Khai mạc Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2023
- Đoàn công tác của tỉnh làm việc với huyện Trần Đề
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG - ĐT: 0299.3822.119""",
[task("Sóc Trăng", "2023-09M", 33, 40),
 dos("Sóc Trăng", "2023-09", scope=TT, received=41206, resolved=39874, late_pct=1.12),
 dos("Sóc Trăng", "2023-09M", scope=TT, received=352718, resolved=341905, early_pct=63.48, on_time_pct=35.07,
     late_pct=1.45, online_pct=38.2),
 svc("Sóc Trăng", "2023-08", score=74.16, rank=38, rank_of=63, rank_change=-7)]),

Case("Q16 portal: year-end 2024 conference, headline repeating '40/43', 'triệu' and 'nghìn', English decimals, the previous year in parentheses, service index of November",
"https://quangnam.gov.vn/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL371542",
dt.date(2024, 12, 27),
"""Quảng Nam: Năm 2024 hoàn thành 40/43 nhiệm vụ cải cách hành chính
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
27/12/2024 | 16:05
(QNP) - Chiều 26/12, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024 (số liệu tính đến ngày 14/12/2024), tỉnh hoàn thành 40/43 nhiệm vụ theo Kế hoạch CCHC, đạt 93%; 3 nhiệm vụ chuyển sang năm 2025.
Toàn tỉnh tiếp nhận 1,02 triệu hồ sơ TTHC, đã giải quyết 1.008.245 hồ sơ, trong đó tỷ lệ trước hạn 70.25%, đúng hạn 28.9%, trễ hạn 0.85%; có 612,4 nghìn hồ sơ nộp trực tuyến, chiếm 60,04%. So với năm 2023 (tiếp nhận 0,94 triệu hồ sơ), số hồ sơ tăng khoảng 8,5%.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2024 của tỉnh đạt 85.5 điểm, xếp thứ 14/63.
Hiện 18/18 huyện, thị xã, thành phố và 241/241 xã, phường, thị trấn đã sử dụng Hệ thống thông tin giải quyết TTHC dùng chung của tỉnh.
Năm 2025, tỉnh phấn đấu hoàn thành 100% nhiệm vụ CCHC, tỷ lệ hồ sơ trực tuyến toàn trình đạt 60%.
Ảnh: Lãnh đạo UBND tỉnh chủ trì hội nghị.
Tin liên quan
- Quảng Nam công bố Chỉ số CCHC của các sở, ban, ngành năm 2023
- Tam Kỳ khai trương Trung tâm Phục vụ hành chính công thành phố
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM
Số 62 Hùng Vương, TP. Tam Kỳ - ĐT: 0235.3810.582""",
[task("Quảng Nam", "2024", 40, 43),
 dos("Quảng Nam", "2024", scope=TT, received=1020000, resolved=1008245, early_pct=70.25, on_time_pct=28.9,
     late_pct=0.85, online=612400, online_pct=60.04),
 optional(dos("Quảng Nam", "2024", scope=TT, online_total=1020000)),
 optional(dos("Quảng Nam", "2023", scope=TT, received=940000)),
 svc("Quảng Nam", "2024-11", score=85.5, rank=14, rank_of=63)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _par19(province: str, rank: int, score: float) -> list[dict[str, object]]:
    return [idx(province, PAR, 2019, score=score, rank=rank), implied_rank_of(province, PAR, 2019, 63)]


def _svc_row(province: str, rank: int, score: float, change: int) -> list[dict[str, object]]:
    facts = [svc(province, "2024-04", score=score, rank=rank), implied_rank_of(province, SVC, 2024, 63)]
    if change:
        facts.append(svc(province, "2024-04", rank_change=change))
    else:  # "=" in the change column: unchanged, neither rewarded nor penalised
        facts.append(optional(svc(province, "2024-04", rank_change=0)))
    return facts


TABLES_Q: list[Case] = [
Case("QT1 portal: PAR 2019 excerpt pasted with '|' and no header, top 10, an ellipsis, then the host's own row (rank out of 63 in the headline)",
"https://hagiang.gov.vn/tin-tuc/chi-so-cai-cach-hanh-chinh-nam-2019-ha-giang-xep-thu-51-63.html",
dt.date(2020, 8, 20),
"""Chỉ số cải cách hành chính năm 2019: Hà Giang xếp thứ 51/63
Trang chủ > Tin tức > Cải cách hành chính
20/08/2020 | Lượt xem: 1.024
Bảng xếp hạng Chỉ số CCHC năm 2019 của các tỉnh, thành phố trực thuộc Trung ương (trích):
1 | Quảng Ninh | 90,84
2 | Hải Phòng | 89,63
3 | Đồng Tháp | 88,91
4 | Hà Nội | 88,20
5 | Bắc Ninh | 87,96
6 | Đà Nẵng | 87,54
7 | Bình Dương | 86,97
8 | Thừa Thiên Huế | 86,52
9 | Long An | 86,17
10 | Bắc Giang | 85,90
...
51 | Hà Giang | 77,38
Nguồn: Quyết định công bố Chỉ số CCHC năm 2019 của Bộ Nội vụ
Tin khác
- Hà Giang ban hành Kế hoạch khắc phục hạn chế, nâng cao Chỉ số CCHC
Cổng thông tin điện tử tỉnh Hà Giang - ĐT: 0219.3866.130""",
_par19("Quảng Ninh", 1, 90.84) + _par19("Hải Phòng", 2, 89.63) + _par19("Đồng Tháp", 3, 88.91)
+ _par19("Hà Nội", 4, 88.2) + _par19("Bắc Ninh", 5, 87.96) + _par19("Đà Nẵng", 6, 87.54)
+ _par19("Bình Dương", 7, 86.97) + _par19("Thừa Thiên Huế", 8, 86.52) + _par19("Long An", 9, 86.17)
+ _par19("Bắc Giang", 10, 85.9)
+ [idx("Hà Giang", PAR, 2019, score=77.38, rank=51, rank_of=63)],
table=True),

Case("QT2 portal: service index of April 2024, space-aligned top 10 with a signed change column ('=' for unchanged) and a national-average row",
"https://binhduong.gov.vn/tin-tuc/binh-duong-dan-dau-ca-nuoc-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-4-2024.html",
dt.date(2024, 5, 14),
"""Bình Dương dẫn đầu cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 4/2024
Trang chủ / Tin tức / Cải cách hành chính
Ngày 14/05/2024
Kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công tháng 4/2024 của 63 tỉnh, thành phố (10 địa phương dẫn đầu):
Hạng   Tỉnh, thành phố     Điểm    So với tháng 3/2024
1      Bình Dương          89,62   +1
2      Quảng Ninh          88,95   -1
3      Đồng Tháp           88,10   +2
4      Hà Nội              87,44   =
5      Cà Mau              87,02   +4
6      Bắc Ninh            86,75   -3
7      Long An             86,30   +1
8      Thừa Thiên Huế      85,91   -1
9      Hải Phòng           85,47   +6
10     Lào Cai             85,12   -2
Bình quân cả nước          79,85
Nguồn: Cổng Dịch vụ công quốc gia
Chia sẻ | In bài""",
_svc_row("Bình Dương", 1, 89.62, 1) + _svc_row("Quảng Ninh", 2, 88.95, -1) + _svc_row("Đồng Tháp", 3, 88.1, 2)
+ _svc_row("Hà Nội", 4, 87.44, 0) + _svc_row("Cà Mau", 5, 87.02, 4) + _svc_row("Bắc Ninh", 6, 86.75, -3)
+ _svc_row("Long An", 7, 86.3, 1) + _svc_row("Thừa Thiên Huế", 8, 85.91, -1) + _svc_row("Hải Phòng", 9, 85.47, 6)
+ _svc_row("Lào Cai", 10, 85.12, -2),
table=True),
]


NEGATIVES_Q: list[Case] = [
Case("QN1 district portal under a provincial domain: the district's own plan, dossiers, online share and rank among districts, a '34/34' target",
"https://camxuyen.hatinh.gov.vn/tin-tuc/hoat-dong-cua-huyen/huyen-cam-xuyen-so-ket-cong-tac-cai-cach-hanh-chinh-9-thang-nam-2023-4412.html",
dt.date(2023, 10, 12),
"""Huyện Cẩm Xuyên sơ kết công tác cải cách hành chính 9 tháng năm 2023
Trang chủ > Tin tức - Sự kiện > Hoạt động của huyện
12/10/2023 | Lượt xem: 163
Chiều 11/10, UBND huyện Cẩm Xuyên tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 9 tháng năm 2023, triển khai nhiệm vụ quý IV.
Theo báo cáo, Kế hoạch CCHC năm 2023 của huyện gồm 34 nhiệm vụ; đến nay đã hoàn thành 27/34 nhiệm vụ, 7 nhiệm vụ đang triển khai.
9 tháng năm 2023, Bộ phận Một cửa huyện tiếp nhận 7.412 hồ sơ, đã giải quyết 7.280 hồ sơ, trong đó trước hạn 81,2%, đúng hạn 18,1%, trễ hạn 0,7%; tỷ lệ hồ sơ trực tuyến đạt 62,5%. Bộ phận Một cửa cấp xã tiếp nhận 21.906 hồ sơ; 23/23 xã, thị trấn có tỷ lệ hồ sơ trực tuyến trên 50%.
Theo kết quả Chỉ số CCHC năm 2022 do UBND tỉnh công bố, huyện xếp thứ 4/13 huyện, thành phố, thị xã với 86,35 điểm, tăng 3 bậc.
Phát biểu kết luận, Chủ tịch UBND huyện yêu cầu các phòng, ban và UBND các xã, thị trấn phấn đấu hoàn thành 34/34 nhiệm vụ, đưa Chỉ số CCHC năm 2023 của huyện vào nhóm 3 đơn vị dẫn đầu tỉnh.
Tin khác
- Cẩm Xuyên: Ra mắt mô hình "Cà phê số" tại xã Cẩm Quan
- Huyện Cẩm Xuyên tập huấn dịch vụ công trực tuyến cho 250 cán bộ
UBND HUYỆN CẨM XUYÊN - TỈNH HÀ TĨNH
Địa chỉ: Thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh. Điện thoại: 0239.3861.247""",
[]),

Case("QN2 SNV site: the province's own ranking of departments and districts (scores, averages, highest/lowest), '20/20 sở', '63/63 tỉnh', history, targets",
"https://sonoivu.binhphuoc.gov.vn/tin-tuc/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2022-cua-cac-so-ban-nganh-va-ubnd-cap-huyen-1987.html",
dt.date(2023, 2, 17),
"""Công bố Chỉ số cải cách hành chính năm 2022 của các sở, ban, ngành và UBND cấp huyện
Ngày 17/02/2023 | Lượt xem: 512
Sáng 16/2, UBND tỉnh tổ chức hội nghị công bố Chỉ số CCHC năm 2022 của các sở, ban, ngành, UBND các huyện, thị xã, thành phố. Đây là năm thứ 8 liên tiếp tỉnh tổ chức xác định Chỉ số CCHC đối với các cơ quan, đơn vị, địa phương.
Kết quả, khối sở, ban, ngành có điểm trung bình 85,41%; Sở Tư pháp dẫn đầu với 92,17%, tiếp theo là Sở Nội vụ (91,60%) và Sở Kế hoạch và Đầu tư (90,88%); thấp nhất là Sở Xây dựng với 78,02%. Khối huyện có điểm trung bình 83,96%; thành phố Đồng Xoài dẫn đầu với 90,24%, huyện Bù Đốp xếp cuối với 77,15%.
Cả 20/20 sở, ban, ngành và 11/11 huyện, thị xã, thành phố đều đạt trên 75%. Kết quả tự đánh giá Chỉ số CCHC năm 2022 của tỉnh đang được Bộ Nội vụ thẩm định, dự kiến công bố trong quý II/2023; cả nước có 63/63 tỉnh, thành phố hoàn thành tự đánh giá đúng thời hạn.
Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh đề nghị các cơ quan, đơn vị phân tích kỹ các tiêu chí bị mất điểm, phấn đấu năm 2023 Chỉ số CCHC của tỉnh tăng ít nhất 10 bậc, không có cơ quan nào dưới 80%.
Lãnh đạo UBND tỉnh trao Giấy khen cho các đơn vị dẫn đầu. Ảnh: Phòng CCHC
SỞ NỘI VỤ TỈNH BÌNH PHƯỚC
Địa chỉ: Tầng 8, Tòa nhà Trung tâm hành chính tỉnh, phường Tân Phú, TP. Đồng Xoài. ĐT: 0271.3879.162""",
[]),
]


def test_round_q_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round Q prose", ROUND_Q, capsys)


def test_round_q_tables_meet_the_target() -> None:
    assert_table_target(TABLES_Q)


@pytest.mark.parametrize("case", NEGATIVES_Q, ids=ids(NEGATIVES_Q))
def test_round_q_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_Q + TABLES_Q, ids=ids(ROUND_Q + TABLES_Q))
def test_round_q_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
