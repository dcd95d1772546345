"""Blind round U: provincial reform reports, 2019-2026, before and after the 2025 merger.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q and S (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up and metamorphic tests, and not to run the extractor). Theme: a province's own report
on cải cách hành chính, the page the crawler keeps most, on both sides of 1/7/2025:

* 2019-2025 (63 provinces): a Sở Nội vụ year-end conference, a portal's monthly report (tháng
  3 and quý I/2024), a quarter just before the merger (quý I/2025, districts still in place),
  a provincial paper's half-year report, a UBND monthly meeting (9 months of 2021), a 10-month
  Sở Nội vụ conference, a paper's year-end report in "triệu", and a dossier table by level
  pasted with pipes;
* after 1/7/2025 (34 units): six reports of merged provinces (Đồng Tháp + Tiền Giang, Gia Lai +
  Bình Định, Ninh Bình + Hà Nam + Nam Định, Lào Cai + Yên Bái, Hưng Yên + Thái Bình, Cà Mau +
  Bạc Liêu) naming their former parts; two-tier government (Trung tâm Phục vụ hành chính công
  of the province and of every xã / phường, no "cấp huyện"); old provinces' pre-merger results;
  ranks out of 34 beside a plan's "30/34 nhiệm vụ";
* task progress in many phrasings ("đề ra 47 nhiệm vụ, đến nay đã hoàn thành 41 ...; còn 6
  nhiệm vụ đang thực hiện", "9 nhiệm vụ trong tổng số 44", "có 38 nhiệm vụ. Quý I ... đã hoàn
  thành 7 nhiệm vụ", "đạt 86,7% (39/45 nhiệm vụ)", "hoàn thành 30/34 nhiệm vụ", "đề ra 45
  nhiệm vụ, đến nay đã hoàn thành 39") beside fractions that are not the plan's (Đề án 06,
  chuyển đổi số, tasks of the Prime Minister's directives, "16/16 sở", "102/102 xã, phường")
  and targets ("hoàn thành 36/36", "nhóm 15/34");
* dossier figures: received with carried-over + new dossiers, resolved, early / on-time / late
  shares and counts, online counts, shares and fractions, "đang giải quyết", per level and per
  body, one month beside the cumulative period, last year's same period, "triệu" / "nghìn",
  English thousands separators ("612,850") and decimals;
* index results in passing: SIPAS 2018, PAR 2021 / 2023 / 2024 / 2025 (with two components),
  the monthly service index (out of 63 and out of 34);
* two ranking tables (the service index of January 2026 for the 34 units, with a header and two
  shared ranks; PAR Index 2020, tab-separated with no header and a shared rank) and three
  negatives (a ward portal's own report under the city's domain, a province's ranking of its
  departments and communes, next year's plan with only targets).

Gold notes (judgement calls):

* Province keys: a new unit is keyed by its canonical pre-2025 name (the new Đồng Tháp →
  Đồng Tháp, "TP. Huế" → Thừa Thiên Huế, "TP. Hồ Chí Minh" → Hồ Chí Minh); an old province's
  pre-merger result keeps the old key (Tiền Giang's June 2025 service index in U9, Lào Cai
  (cũ) and Yên Bái PAR 2024 in U12). Year-end 2025 figures that include the old provinces'
  first half (U10 10 months, U12 the year) belong to the new unit, as the article reports them.
* Dossier facts carry ``scope``: "toàn tỉnh" for province-wide figures. Per-level figures
  (cấp tỉnh / cấp huyện / cấp xã) and the provincial Trung tâm (Phục vụ) hành chính công are
  required with their own scope, as in rounds O and Q (the scorer keys dossier slots by
  province and period only, so they are further values under the province's key). One
  department's own figures (Sở Nông nghiệp và Môi trường in U13) are optional, as in round S.
  A single named district's, ward's or commune's figure inside a provincial report (huyện Mai
  Châu in U8, phường Quy Nhơn in U10, phường Thành Nam in U11, phường Bạc Liêu in U14) is not
  a fact and has no gold: emitting it under the province would be a wrong slot.
* Received with carried-over dossiers: where the text says "tiếp nhận X hồ sơ (kỳ trước
  chuyển sang a, tiếp nhận mới b)", X is ``received`` (as in round S) and the new-only b is an
  optional ``received`` (U1, U9, U13).
* "trước hạn và đúng hạn" given together (U2 "100% ... đúng hạn và trước hạn", U4, U6, U8) is
  an optional ``on_time_pct``. Early / on-time / late given only as counts (U3, U8's table,
  U9) yield no share slots; U8's shares are printed in the sentence under the table and only
  those are slots. U9's "Đã giải quyết 298.016 hồ sơ, đạt 95,98%" is the share of received
  dossiers resolved, which has no slot.
* ``online_total`` is required only when printed as a fraction ("36.104/52.318", "41.236/
  98.450", "598.210/846.390"). Where the online share is "chiếm X%" of the received dossiers, or
  the table gives "trong đó trực tuyến" beside "tiếp nhận", ``online_total`` = received is
  optional; in U13 the share is of the new dossiers, so the optional total is the new count.
* Previous-period figures are optional facts of the earlier period (U4 "cùng kỳ năm 2021
  (12,4%)", U5 "Cùng kỳ năm 2020 ... 276,1 nghìn", U7 "Năm 2023, con số tiếp nhận là 2,05 triệu",
  U14 "cùng kỳ năm 2025 (hai tỉnh cũ cộng lại ... 548,2 nghìn)", keyed to the new Cà Mau since
  the sum covers its territory).
* Periods: a month beside the cumulative figures is its own period (U2 "2024-03" vs "2024-Q1",
  U5, U10, U11, U13). A monthly meeting on 11 months whose task sentence says only "đến nay"
  gives "2025-11M" (U11); a Q3 report's tasks "lũy kế 9 tháng" are "2025-09M" while its
  dossiers are "2025-Q3" (U9); a year-end report counted "từ 16/12/2018 đến 15/12/2019" is
  2019 (U1). Monthly service-index facts carry ``period`` (the month); the scorer keys them by
  year.
* Tasks that are not the plan's give nothing: Đề án 06 (U3, U6), the chuyển đổi số plan (U7),
  tasks of the Prime Minister's directives (U4 "Chỉ thị số 23/CT-TTg", U11), "16/16 sở",
  "20/20 sở" and "x/x xã, phường". Targets written as fractions ("36/36", "45/45", "52/52",
  "43/43", "nhóm 15/34") are not facts. U10's headline "30/34 nhiệm vụ" is the plan's tasks,
  not a rank among the 34 units; the service index in the same article is "11/34".
* ``rank_of`` is required when printed with the rank; where only the table's lead ("của 34
  tỉnh, thành phố") or a ranking "cả nước" implies it, it is a separate optional fact
  (``implied_rank_of``). Shared ranks in tables are gold as printed (two rows with rank 4, two
  with rank 10; two with rank 7). A prose sentence restating a table row ("Ninh Bình đạt
  88,46 điểm, cùng xếp thứ 4 với Quảng Ninh") is the same fact. National-average rows and
  "Bình quân 34 tỉnh, thành phố" are not facts.
* U14's PAR Index 2025 components ("Lĩnh vực cải cách chế độ công vụ ... xếp thứ 9/34", "cải
  cách tài chính công chỉ xếp thứ 28/34") are required with the domain's component names.
* Headlines restating a body figure ("18/34", "86,7%", "74.3%") are not a second figure; a
  headline's rounded "hơn 310 nghìn" is not a figure.
* Number conventions: U14 writes "612,850" / "597,204" / "455,347" (English thousands) and
  "61.4%" (English decimals) beside "548,2 nghìn" (Vietnamese decimal); U5 writes "312,4
  nghìn", U7 "2,31 triệu".

First score (extractor at 3e91de0, the commit current when the round was commissioned):
prose precision **0.898**, recall **0.757** (14 articles); tables F1 1.000; negatives clean.

On arrival (extractor 1.5.0 at 18fbe99, after the session's fixes for rounds P, Q, S, K,
M and N, none made with this round in view): prose **0.941 / 0.910**, tables 1.000, negatives
clean. Recall meets the target at first sight; precision does not (a month's figures beside
the months so far in one UBND meeting report, a "45/45" target read as done, a merged
province's old parts).

Then fixed (with this round in view): a request ("Chủ tịch UBND tỉnh yêu cầu ... hoàn thành
45/45 nhiệm vụ") is not progress, "Cùng kỳ năm 2020, toàn tỉnh tiếp nhận ..." is last year's,
"Phường Bạc Liêu" is a ward, not the province, and a sentence led by a named ward or commune
gives no provincial dossier figure: prose **0.965 / 0.910**; the tests hold the targets.
Left then: a month's figure ("Riêng tháng 9, ... 26.915 hồ sơ") and the months so far carried
across paragraphs in a UBND meeting report, a monthly meeting's "đến nay" as the months so far.

Next session (extractor 1.6.0, before any new round was scored): a UBND monthly meeting's
headline month reviews the months so far its lead names, a bare "trong quý" is the quarter
last named, "trong đó hồ sơ trực tuyến là 36.104/52.318" keeps its total, "ghi nhận 846.390
hồ sơ tiếp nhận", "tỷ lệ ... toàn tỉnh đạt", "chỉ đạt", "trong 9 tháng đạt", "Ở cấp xã,
phường X" leading a ward's figure, a plan's total in one sentence and the count done in the
next: prose **1.000 / 0.981**; then "tháng 6/2025 tỉnh Tiền Giang đạt ..." (a period before the
province, no comma) going on with the index: **1.000 / 0.995**. Left: U1's lone online count
("... còn khiêm tốn, chỉ có 4.126 hồ sơ", too far from its subject to read safely).

Next session (1.9.0): the online count after "còn khiêm tốn, chỉ có" (U1): **1.000 / 1.000**.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import PAR, SIPAS, SVC, Case, dos, idx, implied_rank_of, optional, svc, task

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
TTPV = "Trung tâm Phục vụ hành chính công tỉnh"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_U: list[Case] = [
# ------------------------------------------------------------------ 2019-2025: the 63 provinces
Case("U1 SNV site, year-end 2019: 'đề ra 47 nhiệm vụ, đến nay đã hoàn thành 41; còn 6 ... đang thực hiện', carried-over + new, three levels, a lone online count, SIPAS 2018",
"https://sonoivu.ninhthuan.gov.vn/portal/Pages/2019-12-20/Tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2019.aspx",
dt.date(2019, 12, 20),
"""Tổng kết công tác cải cách hành chính năm 2019
Trang chủ > Tin tức > Cải cách hành chính
20/12/2019 | Lượt xem: 287
Sáng 19/12, Sở Nội vụ phối hợp với Văn phòng UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2019, triển khai nhiệm vụ năm 2020. Phó Chủ tịch UBND tỉnh dự và chỉ đạo hội nghị.
Báo cáo tại hội nghị cho biết, Kế hoạch CCHC năm 2019 của tỉnh đề ra 47 nhiệm vụ, đến nay đã hoàn thành 41 nhiệm vụ; còn 6 nhiệm vụ đang thực hiện, chủ yếu liên quan đến đầu tư hạ tầng công nghệ thông tin. 16/16 sở, ban, ngành và 7/7 huyện, thành phố đã ban hành kế hoạch CCHC năm 2019 của cơ quan, đơn vị mình.
Từ ngày 16/12/2018 đến ngày 15/12/2019, các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận 286.504 hồ sơ thủ tục hành chính (TTHC), trong đó kỳ trước chuyển sang 3.118 hồ sơ, tiếp nhận mới 283.386 hồ sơ; đã giải quyết 280.947 hồ sơ (trước hạn 52,6%, đúng hạn 46,1%, trễ hạn 1,3%); đang giải quyết 5.557 hồ sơ.
Ở cấp tỉnh, các sở, ban, ngành tiếp nhận 64.210 hồ sơ, tỷ lệ trễ hạn 0,6%; cấp huyện tiếp nhận 88.935 hồ sơ, tỷ lệ trễ hạn 2,4%; cấp xã tiếp nhận 133.359 hồ sơ, tỷ lệ trễ hạn 0,9%.
Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 còn khiêm tốn, chỉ có 4.126 hồ sơ.
Theo kết quả do Bộ Nội vụ công bố, Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2018 của tỉnh đạt 79,85%, xếp thứ 28/63 tỉnh, thành phố.
Năm 2020, tỉnh phấn đấu hoàn thành 100% nhiệm vụ CCHC, tỷ lệ hồ sơ trễ hạn ở cấp huyện dưới 1%, Chỉ số CCHC tăng ít nhất 5 bậc.
Quang cảnh hội nghị. Ảnh: Phòng CCHC
Tin khác
- Ninh Thuận: Kiểm tra công tác CCHC tại huyện Thuận Bắc
- Tập huấn nghiệp vụ cho công chức Bộ phận Một cửa cấp xã năm 2019
SỞ NỘI VỤ TỈNH NINH THUẬN
Địa chỉ: 450 đường 21 tháng 8, TP. Phan Rang - Tháp Chàm. ĐT: 0259.3822.410""",
[task("Ninh Thuận", "2019", 41, 47),
 _scope(dos("Ninh Thuận", "2019", received=286504, resolved=280947, early_pct=52.6, on_time_pct=46.1, late_pct=1.3,
            online=4126), TT),
 optional(_scope(dos("Ninh Thuận", "2019", received=283386), TT)),
 _scope(dos("Ninh Thuận", "2019", received=64210, late_pct=0.6), "cấp tỉnh"),
 _scope(dos("Ninh Thuận", "2019", received=88935, late_pct=2.4), "cấp huyện"),
 _scope(dos("Ninh Thuận", "2019", received=133359, late_pct=0.9), "cấp xã"),
 idx("Ninh Thuận", SIPAS, 2018, score=79.85, rank=28, rank_of=63)]),

Case("U2 portal (Liferay), tháng 3 and quý I/2024: '9 nhiệm vụ trong tổng số 44', the month's online fraction beside the quarter, Trung tâm Hành chính công, service index of February",
"https://bacninh.gov.vn/news/-/details/20182/bac-ninh-ket-qua-cai-cach-hanh-chinh-thang-3-va-quy-i-2024-51873204",
dt.date(2024, 4, 5),
"""Giới thiệu | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Du khách
Bắc Ninh: Kết quả cải cách hành chính tháng 3 và quý I/2024
Ngày 05/04/2024 | 08:10
Theo báo cáo của Sở Nội vụ, trong quý I/2024, các cơ quan, đơn vị đã hoàn thành 9 nhiệm vụ trong tổng số 44 nhiệm vụ của Kế hoạch cải cách hành chính (CCHC) năm 2024 của tỉnh; không có nhiệm vụ chậm tiến độ.
Trong tháng 3/2024, Bộ phận Một cửa các cấp tiếp nhận 52.318 hồ sơ TTHC, trong đó hồ sơ trực tuyến là 36.104/52.318 hồ sơ, đạt 69,01%; đã giải quyết 48.776 hồ sơ, tỷ lệ trễ hạn 0,34%.
Lũy kế quý I/2024, toàn tỉnh tiếp nhận 138.925 hồ sơ, đã giải quyết 131.460 hồ sơ, trong đó trước hạn 83,12%, đúng hạn 16,41%, trễ hạn 0,47%; tỷ lệ hồ sơ trực tuyến đạt 67,3%. So với quý I/2023, số hồ sơ tiếp nhận tăng 12,6%.
Trung tâm Hành chính công tỉnh tiếp nhận 11.206 hồ sơ trong quý, 100% được giải quyết đúng hạn và trước hạn.
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp của Văn phòng Chính phủ, tháng 2/2024 tỉnh Bắc Ninh đạt 86,92 điểm, xếp thứ 3/63 tỉnh, thành phố.
Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 52,8%; 126/126 xã, phường, thị trấn đã kết nối Hệ thống thông tin giải quyết TTHC của tỉnh.
Trong quý II, UBND tỉnh yêu cầu duy trì tỷ lệ hồ sơ trực tuyến trên 70%, phấn đấu không có hồ sơ trễ hạn ở cấp xã.
Tin khác
- Bắc Ninh công bố 29 TTHC mới ban hành lĩnh vực đất đai
- Hội nghị tập huấn số hóa hồ sơ, kết quả giải quyết TTHC
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Cơ quan chủ quản: UBND tỉnh Bắc Ninh - Số 10 Phù Đổng Thiên Vương, TP. Bắc Ninh""",
[task("Bắc Ninh", "2024-Q1", 9, 44),
 _scope(dos("Bắc Ninh", "2024-03", received=52318, resolved=48776, late_pct=0.34, online=36104, online_total=52318,
            online_pct=69.01), TT),
 _scope(dos("Bắc Ninh", "2024-Q1", received=138925, resolved=131460, early_pct=83.12, on_time_pct=16.41,
            late_pct=0.47, online_pct=67.3), TT),
 _scope(dos("Bắc Ninh", "2024-Q1", received=11206), "Trung tâm Hành chính công tỉnh"),
 # "100% được giải quyết đúng hạn và trước hạn": early and on-time together
 optional(_scope(dos("Bắc Ninh", "2024-Q1", on_time_pct=100), "Trung tâm Hành chính công tỉnh")),
 svc("Bắc Ninh", "2024-02", score=86.92, rank=3, rank_of=63)]),

Case("U3 portal, quý I/2025 before the merger: 'có 38 nhiệm vụ. Quý I ... hoàn thành 7', Đề án 06 '12/15', counts without shares, per-level online shares, service index 'giảm 4 bậc'",
"https://binhthuan.gov.vn/tin-tuc/cai-cach-hanh-chinh/binh-thuan-quy-i-2025-hoan-thanh-7-nhiem-vu-cai-cach-hanh-chinh-28714.html",
dt.date(2025, 4, 10),
"""Bình Thuận: Quý I/2025 hoàn thành 7 nhiệm vụ cải cách hành chính
Cổng thông tin điện tử tỉnh Bình Thuận
10/04/2025 | Lượt xem: 194
Chiều 8/4, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh họp đánh giá kết quả quý I/2025, triển khai nhiệm vụ quý II trong bối cảnh tỉnh đang khẩn trương chuẩn bị sắp xếp đơn vị hành chính, không tổ chức cấp huyện.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2025 của tỉnh có 38 nhiệm vụ. Quý I, các cơ quan, đơn vị đã hoàn thành 7 nhiệm vụ, 31 nhiệm vụ còn lại đang triển khai theo lộ trình. Riêng Kế hoạch thực hiện Đề án 06 năm 2025, tỉnh đã hoàn thành 12/15 nhiệm vụ được giao trong quý.
Trong quý I/2025, toàn tỉnh tiếp nhận 96.840 hồ sơ TTHC, đã giải quyết 91.227 hồ sơ, trong đó trước hạn 54.218 hồ sơ, đúng hạn 35.902 hồ sơ, trễ hạn 1.107 hồ sơ; đang giải quyết 5.613 hồ sơ.
Chia theo cấp, cấp tỉnh tiếp nhận 27.530 hồ sơ, cấp huyện 31.884 hồ sơ và cấp xã 37.426 hồ sơ. Hồ sơ nộp trực tuyến chiếm 58,3% tổng số hồ sơ tiếp nhận, trong đó cấp tỉnh đạt 86,5%, cấp huyện 49,7%, cấp xã 44,9%.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 2/2025 của tỉnh đạt 80,15 điểm, xếp thứ 35/63, giảm 4 bậc so với tháng 1.
Tỉnh phấn đấu quý II/2025 tỷ lệ hồ sơ trực tuyến đạt trên 65%, 100% hồ sơ trễ hạn có văn bản xin lỗi.
Phó Chủ tịch UBND tỉnh yêu cầu trong thời gian sắp xếp, không để gián đoạn việc tiếp nhận, giải quyết hồ sơ của người dân, doanh nghiệp.
Ảnh: Quang cảnh cuộc họp
Tin khác
- Bình Thuận: Tổng kết Chương trình chuyển đổi số năm 2024
- Lấy ý kiến Nhân dân về Đề án sắp xếp đơn vị hành chính cấp tỉnh, cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH THUẬN
Số 04 Nguyễn Tất Thành, TP. Phan Thiết""",
[task("Bình Thuận", "2025-Q1", 7, 38),
 _scope(dos("Bình Thuận", "2025-Q1", received=96840, resolved=91227, online_pct=58.3), TT),
 optional(_scope(dos("Bình Thuận", "2025-Q1", online_total=96840), TT)),
 _scope(dos("Bình Thuận", "2025-Q1", received=27530, online_pct=86.5), "cấp tỉnh"),
 _scope(dos("Bình Thuận", "2025-Q1", received=31884, online_pct=49.7), "cấp huyện"),
 _scope(dos("Bình Thuận", "2025-Q1", received=37426, online_pct=44.9), "cấp xã"),
 svc("Bình Thuận", "2025-02", score=80.15, rank=35, rank_of=63, rank_change=-4)]),

Case("U4 provincial paper, 6 months of 2022: headline restating '18/34', a Prime Minister's directive '9/11', online fraction, last year's share in brackets, PAR/SIPAS 2021",
"https://baobackan.vn/chinh-tri/202207/bac-kan-6-thang-dau-nam-hoan-thanh-18-34-nhiem-vu-cai-cach-hanh-chinh-3051872/",
dt.date(2022, 7, 12),
"""Bắc Kạn: 6 tháng đầu năm hoàn thành 18/34 nhiệm vụ cải cách hành chính
Thứ Ba, 12/07/2022 - 15:40
Trang chủ / Chính trị / Xây dựng chính quyền
(BBK) - Theo Sở Nội vụ, 6 tháng đầu năm 2022, các cơ quan, đơn vị trên địa bàn tỉnh đã hoàn thành 18/34 nhiệm vụ theo Kế hoạch cải cách hành chính (CCHC) năm 2022; còn 16 nhiệm vụ đang được triển khai, trong đó 2 nhiệm vụ có nguy cơ chậm tiến độ.
Thực hiện Chỉ thị số 23/CT-TTg của Thủ tướng Chính phủ về đẩy mạnh cải cách hành chính, tỉnh được giao 11 nhiệm vụ, đến nay đã hoàn thành 9/11 nhiệm vụ.
Về giải quyết TTHC, trong 6 tháng, các cơ quan hành chính 3 cấp tiếp nhận 98.450 hồ sơ, đã giải quyết 95.106 hồ sơ, tỷ lệ giải quyết trước và đúng hạn đạt 98,72%; đang giải quyết 3.344 hồ sơ. Số hồ sơ tiếp nhận trực tuyến là 41.236/98.450 hồ sơ, đạt 41,89%, tăng mạnh so với cùng kỳ năm 2021 (12,4%).
Theo kết quả Bộ Nội vụ công bố cuối tháng 5 vừa qua, Chỉ số CCHC năm 2021 của tỉnh đạt 81,74%, xếp thứ 49/63 tỉnh, thành phố, tăng 6 bậc so với năm 2020; Chỉ số SIPAS năm 2021 đạt 85,03%.
Bên cạnh kết quả đạt được, việc số hóa hồ sơ, kết quả giải quyết TTHC còn chậm, mới đạt 18,5%; một số cơ quan chưa cập nhật đầy đủ hồ sơ lên hệ thống một cửa điện tử.
Sở Nội vụ đề nghị 6 tháng cuối năm các cơ quan, đơn vị tập trung hoàn thành 34/34 nhiệm vụ, phấn đấu tỷ lệ hồ sơ trực tuyến đạt 50%.
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân làm thủ tục. Ảnh: Minh Hương
Tin liên quan
- Bắc Kạn: 108/108 xã, phường, thị trấn có Bộ phận Một cửa điện tử
- Hội nghị trực tuyến triển khai Đề án 06 năm 2022
BÁO BẮC KẠN ĐIỆN TỬ
Cơ quan của Đảng bộ tỉnh Bắc Kạn""",
[task("Bắc Kạn", "2022-06H1", 18, 34),
 _scope(dos("Bắc Kạn", "2022-06H1", received=98450, resolved=95106, online=41236, online_total=98450,
            online_pct=41.89), TT),
 # "trước và đúng hạn" together
 optional(_scope(dos("Bắc Kạn", "2022-06H1", on_time_pct=98.72), TT)),
 optional(_scope(dos("Bắc Kạn", "2021-06H1", online_pct=12.4), TT)),
 idx("Bắc Kạn", PAR, 2021, score=81.74, rank=49, rank_of=63, rank_change=6),
 idx("Bắc Kạn", SIPAS, 2021, score=85.03)]),

Case("U5 portal: UBND monthly meeting (September 2021), GRDP, 9-month tasks, 'nghìn' counts, one month's count beside the 9 months, same period of 2020",
"https://haiduong.gov.vn/tin-tuc/ubnd-tinh-hop-phien-thuong-ky-thang-9-2021-14207.html",
dt.date(2021, 10, 6),
"""UBND tỉnh họp phiên thường kỳ tháng 9/2021
Cổng thông tin điện tử tỉnh Hải Dương
Thứ Tư, 06/10/2021 - 10:22
Ngày 5/10, UBND tỉnh tổ chức phiên họp thường kỳ tháng 9/2021 để đánh giá tình hình kinh tế - xã hội 9 tháng, công tác phòng, chống dịch COVID-19 và nhiệm vụ quý IV/2021.
Theo báo cáo, 9 tháng năm 2021, dù chịu ảnh hưởng nặng nề của dịch bệnh, tổng sản phẩm trên địa bàn (GRDP) của tỉnh vẫn tăng 8,9% so với cùng kỳ.
Về cải cách hành chính, 9 tháng, tỉnh đã hoàn thành 29/40 nhiệm vụ của Kế hoạch CCHC năm 2021, đạt 72,5%.
Các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận 312,4 nghìn hồ sơ TTHC, giải quyết 305,8 nghìn hồ sơ; tỷ lệ hồ sơ trễ hạn 1,6%, giảm 0,7% so với cùng kỳ. Riêng tháng 9, do thực hiện giãn cách xã hội ở một số địa bàn, số hồ sơ tiếp nhận chỉ đạt 26.915 hồ sơ, giảm 31% so với tháng 8.
Cùng kỳ năm 2020, toàn tỉnh tiếp nhận 276,1 nghìn hồ sơ.
Tỷ lệ hồ sơ trực tuyến mức độ 3, 4 trong 9 tháng đạt 21,7%; 12/12 huyện, thị xã, thành phố đã đưa Bộ phận Một cửa điện tử vào hoạt động.
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung hoàn thành các nhiệm vụ CCHC còn lại trong quý IV, phấn đấu tỷ lệ hồ sơ trực tuyến cuối năm đạt 30%.
Quang cảnh phiên họp. Ảnh: Thành Chung
Tin khác
- Hải Dương nới lỏng một số biện pháp phòng, chống dịch COVID-19
- Kỳ họp thứ 3 HĐND tỉnh khóa XVII sẽ diễn ra trong tháng 12
Bản quyền thuộc UBND tỉnh Hải Dương - Địa chỉ: Số 45 Quang Trung, TP. Hải Dương""",
[task("Hải Dương", "2021-09M", 29, 40),
 _scope(dos("Hải Dương", "2021-09M", received=312400, resolved=305800, late_pct=1.6, online_pct=21.7), TT),
 _scope(dos("Hải Dương", "2021-09", received=26915), TT),
 optional(_scope(dos("Hải Dương", "2020-09M", received=276100), TT))]),

Case("U6 SNV site, 10 months of 2023: 'gồm 36 nhiệm vụ ... 30/36', Đề án 06 '27/32', online count with 'chiếm', Trung tâm's figures, one department's late count, service index 'tăng 9 bậc'",
"https://sonoivu.thanhhoa.gov.vn/portal/Pages/2023-11-8/So-Noi-vu-so-ket-cong-tac-cai-cach-hanh-chinh-10-thang-nam-2023.aspx",
dt.date(2023, 11, 8),
"""Sở Nội vụ sơ kết công tác cải cách hành chính 10 tháng năm 2023
Trang chủ » Tin tức » Cải cách hành chính
Ngày đăng: 08/11/2023 | Lượt xem: 318
Ngày 7/11, Sở Nội vụ tổ chức hội nghị đánh giá kết quả thực hiện công tác cải cách hành chính (CCHC) 10 tháng năm 2023 và bàn giải pháp hoàn thành kế hoạch năm.
Theo báo cáo, Kế hoạch CCHC năm 2023 của tỉnh gồm 36 nhiệm vụ. Đến ngày 31/10/2023, đã hoàn thành 30/36 nhiệm vụ; 6 nhiệm vụ đang triển khai, dự kiến hoàn thành trong tháng 12. Đối với Kế hoạch thực hiện Đề án 06 năm 2023, tỉnh đã hoàn thành 27/32 nhiệm vụ.
10 tháng năm 2023, toàn tỉnh tiếp nhận 1.187.642 hồ sơ TTHC, đã giải quyết 1.163.508 hồ sơ, trong đó trước hạn 71,85%, đúng hạn 26,74%, trễ hạn 1,41%. Hồ sơ trực tuyến đạt 487.915 hồ sơ, chiếm 41,08% tổng số hồ sơ tiếp nhận.
Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 102.340 hồ sơ, giải quyết 101.118 hồ sơ, tỷ lệ trước hạn và đúng hạn đạt 99,86%. Sở Tài nguyên và Môi trường vẫn là đơn vị có nhiều hồ sơ trễ hạn nhất với 1.245 hồ sơ.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2023 của tỉnh đạt 81,47 điểm, xếp thứ 17/63 tỉnh, thành phố, tăng 9 bậc so với tháng 8/2023.
Phát biểu kết luận, Giám đốc Sở Nội vụ đề nghị các phòng chuyên môn tham mưu UBND tỉnh đôn đốc các cơ quan, đơn vị hoàn thành 36/36 nhiệm vụ trước ngày 15/12/2023.
Phòng Cải cách hành chính
Tin khác
- Thanh Hóa công bố danh mục TTHC nội bộ trong hệ thống hành chính nhà nước
- Kiểm tra công vụ tại UBND huyện Nông Cống
SỞ NỘI VỤ TỈNH THANH HÓA
Địa chỉ: Số 29 Hạc Thành, phường Tân Sơn, TP. Thanh Hóa""",
[task("Thanh Hóa", "2023-10M", 30, 36),
 _scope(dos("Thanh Hóa", "2023-10M", received=1187642, resolved=1163508, early_pct=71.85, on_time_pct=26.74,
            late_pct=1.41, online=487915, online_pct=41.08), TT),
 optional(_scope(dos("Thanh Hóa", "2023-10M", online_total=1187642), TT)),
 _scope(dos("Thanh Hóa", "2023-10M", received=102340, resolved=101118), TTPV),
 optional(_scope(dos("Thanh Hóa", "2023-10M", on_time_pct=99.86), TTPV)),
 svc("Thanh Hóa", "2023-09", score=81.47, rank=17, rank_of=63, rank_change=9)]),

Case("U7 provincial paper, year-end 2024: 'đạt 86,7% (39/45 nhiệm vụ)' beside a digital-transformation plan, 'triệu' counts, 2023 in 'triệu', PAR 2023, service index of November",
"https://baodongnai.com.vn/chinh-tri/202412/dong-nai-nam-2024-ty-le-hoan-thanh-nhiem-vu-cai-cach-hanh-chinh-dat-867-3187420/",
dt.date(2024, 12, 28),
"""Đồng Nai: Năm 2024, tỷ lệ hoàn thành nhiệm vụ cải cách hành chính đạt 86,7%
Thứ Bảy, 28/12/2024 - 07:30
Thời sự | Chính trị
(ĐN) - Chiều 27/12, UBND tỉnh tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) và chuyển đổi số năm 2024.
Báo cáo của Sở Nội vụ cho thấy, tỷ lệ hoàn thành nhiệm vụ CCHC năm 2024 của tỉnh đạt 86,7% (39/45 nhiệm vụ); 6 nhiệm vụ chưa hoàn thành chủ yếu liên quan đến xây dựng cơ sở dữ liệu chuyên ngành. Trong khi đó, Kế hoạch chuyển đổi số năm 2024 có 58/64 nhiệm vụ đã hoàn thành.
Cả năm, toàn tỉnh tiếp nhận 2,31 triệu hồ sơ TTHC, tăng khoảng 12,7% so với năm trước; đã giải quyết 2,27 triệu hồ sơ, trong đó trước hạn 58,3%, đúng hạn 39,9%, trễ hạn 1,8%. Có 1,52 triệu hồ sơ được nộp trực tuyến, chiếm 65,8% tổng số hồ sơ. Năm 2023, con số tiếp nhận là 2,05 triệu hồ sơ.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 76,4%; 170/170 xã, phường, thị trấn đã thực hiện thanh toán trực tuyến phí, lệ phí.
Về các chỉ số đánh giá, Chỉ số CCHC năm 2023 của tỉnh đạt 86,11%, xếp thứ 35/63 tỉnh, thành phố; Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2024 đạt 84,03 điểm, xếp thứ 19/63.
Năm 2025, tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 20 địa phương dẫn đầu, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%.
Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc. Ảnh: Huy Anh
Tin liên quan
- Đồng Nai: Thí điểm Trung tâm Phục vụ hành chính công một cấp
- Biên Hòa đẩy mạnh số hóa hồ sơ đất đai
BÁO ĐỒNG NAI ĐIỆN TỬ
Cơ quan của Đảng bộ tỉnh Đồng Nai""",
[task("Đồng Nai", "2024", 39, 45),
 _scope(dos("Đồng Nai", "2024", received=2310000, resolved=2270000, early_pct=58.3, on_time_pct=39.9, late_pct=1.8,
            online=1520000, online_pct=65.8), TT),
 optional(_scope(dos("Đồng Nai", "2024", online_total=2310000), TT)),
 optional(_scope(dos("Đồng Nai", "2023", received=2050000), TT)),
 idx("Đồng Nai", PAR, 2023, score=86.11, rank=35, rank_of=63),
 svc("Đồng Nai", "2024-11", score=84.03, rank=19, rank_of=63)]),

Case("U8 portal: 6 months of 2024, dossier table by level pasted with pipes (counts only: online, resolved, early, on-time, late, pending), shares in the sentence below, a district's extreme, 19/46 tasks",
"https://hoabinh.gov.vn/cai-cach-hanh-chinh?p_p_id=com_soft_article_listnew_ArticleListNewPortlet&articleId=4517821",
dt.date(2024, 7, 9),
"""Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính 6 tháng đầu năm 2024
Cải cách hành chính | 09/07/2024
Văn phòng UBND tỉnh vừa tổng hợp kết quả tiếp nhận, giải quyết hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh Hòa Bình 6 tháng đầu năm 2024 (từ ngày 01/01/2024 đến ngày 30/6/2024), cụ thể như sau:
| Cấp | Tiếp nhận | Trong đó trực tuyến | Đã giải quyết | Trước hạn | Đúng hạn | Trễ hạn | Đang giải quyết |
| Cấp tỉnh | 31.652 | 24.890 | 30.417 | 22.318 | 7.905 | 194 | 1.235 |
| Cấp huyện | 28.410 | 13.577 | 26.902 | 15.734 | 10.486 | 682 | 1.508 |
| Cấp xã | 52.188 | 20.301 | 51.376 | 39.015 | 12.140 | 221 | 812 |
| Tổng cộng | 112.250 | 58.768 | 108.695 | 77.067 | 30.531 | 1.097 | 3.555 |
Như vậy, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 52,35%; tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,99%, trễ hạn 1,01%.
Huyện Mai Châu là đơn vị cấp huyện có tỷ lệ hồ sơ trực tuyến thấp nhất (31,2%).
Cũng theo Sở Nội vụ, 6 tháng đầu năm 2024, tỉnh đã hoàn thành 19/46 nhiệm vụ của Kế hoạch CCHC năm 2024; 27 nhiệm vụ đang thực hiện đúng tiến độ.
Tin liên quan
- Hòa Bình: 151/151 xã, phường, thị trấn triển khai thanh toán trực tuyến
- Công bố danh mục TTHC thuộc thẩm quyền giải quyết của Sở Xây dựng
Cổng Thông tin điện tử tỉnh Hòa Bình - Cơ quan chủ quản: Văn phòng UBND tỉnh""",
[task("Hòa Bình", "2024-06H1", 19, 46),
 _scope(dos("Hòa Bình", "2024-06H1", received=112250, resolved=108695, online=58768, online_pct=52.35,
            late_pct=1.01), TT),
 # the online column's denominator; "trước hạn và đúng hạn" together
 optional(_scope(dos("Hòa Bình", "2024-06H1", online_total=112250, on_time_pct=98.99), TT)),
 _scope(dos("Hòa Bình", "2024-06H1", received=31652, resolved=30417, online=24890), "cấp tỉnh"),
 _scope(dos("Hòa Bình", "2024-06H1", received=28410, resolved=26902, online=13577), "cấp huyện"),
 _scope(dos("Hòa Bình", "2024-06H1", received=52188, resolved=51376, online=20301), "cấp xã"),
 optional(_scope(dos("Hòa Bình", "2024-06H1", online_total=31652), "cấp tỉnh")),
 optional(_scope(dos("Hòa Bình", "2024-06H1", online_total=28410), "cấp huyện")),
 optional(_scope(dos("Hòa Bình", "2024-06H1", online_total=52188), "cấp xã"))]),

# ------------------------------------------------------------------ after 1/7/2025: the 34 units
Case("U9 portal of a merged province (Đồng Tháp + Tiền Giang): Q3/2025 dossiers with carried-over + new, counts only, cấp tỉnh / cấp xã online shares, 9-month tasks, service index x/34, Tiền Giang's June index",
"https://dongthap.gov.vn/tin-tuc/cai-cach-hanh-chinh/dong-thap-quy-iii-2025-tiep-nhan-hon-310-nghin-ho-so-thu-tuc-hanh-chinh-61842.html",
dt.date(2025, 10, 10),
"""Đồng Tháp: Quý III/2025 tiếp nhận hơn 310 nghìn hồ sơ thủ tục hành chính
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
10/10/2025 | 09:15 | Lượt xem: 276
Chiều 9/10, UBND tỉnh Đồng Tháp tổ chức hội nghị đánh giá công tác cải cách hành chính (CCHC) quý III và 9 tháng năm 2025. Đây là quý đầu tiên tỉnh Đồng Tháp (mới), được sắp xếp từ tỉnh Đồng Tháp và tỉnh Tiền Giang, vận hành chính quyền địa phương 2 cấp với 102 xã, phường.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2025 của tỉnh (ban hành lại sau sắp xếp) có 52 nhiệm vụ; lũy kế 9 tháng đã hoàn thành 31/52 nhiệm vụ, còn 21 nhiệm vụ đang thực hiện.
Trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục vụ hành chính công của 102/102 xã, phường đã tiếp nhận 310.482 hồ sơ, trong đó hồ sơ tồn kỳ trước chuyển sang 6.934 hồ sơ, hồ sơ mới tiếp nhận 303.548 hồ sơ. Đã giải quyết 298.016 hồ sơ, đạt 95,98%; trong đó đúng hạn và trước hạn 294.737 hồ sơ, quá hạn 3.279 hồ sơ.
Ở cấp tỉnh, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 84.215 hồ sơ, tỷ lệ trực tuyến 91,3%; cấp xã tiếp nhận 226.267 hồ sơ, tỷ lệ trực tuyến 68,4%. Tính chung, tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 74,6%.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025 của tỉnh đạt 85,30 điểm, xếp thứ 8/34 tỉnh, thành phố. Trước sắp xếp, tháng 6/2025 tỉnh Tiền Giang đạt 83,92 điểm, xếp thứ 14/63.
Chủ tịch UBND tỉnh yêu cầu quý IV/2025 giảm số hồ sơ quá hạn ít nhất 50%, hoàn thành 52/52 nhiệm vụ CCHC trước ngày 15/12.
Tin khác
- Đồng Tháp: 102 Trung tâm Phục vụ hành chính công cấp xã đi vào hoạt động ổn định
- Phường Mỹ Tho thí điểm tiếp nhận hồ sơ đất đai không phụ thuộc địa giới hành chính
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP""",
[task("Đồng Tháp", "2025-09M", 31, 52),
 _scope(dos("Đồng Tháp", "2025-Q3", received=310482, resolved=298016, online_pct=74.6), TT),
 optional(_scope(dos("Đồng Tháp", "2025-Q3", received=303548), TT)),
 _scope(dos("Đồng Tháp", "2025-Q3", received=84215, online_pct=91.3), "cấp tỉnh"),
 _scope(dos("Đồng Tháp", "2025-Q3", received=226267, online_pct=68.4), "cấp xã"),
 svc("Đồng Tháp", "2025-09", score=85.3, rank=8, rank_of=34),
 svc("Tiền Giang", "2025-06", score=83.92, rank=14, rank_of=63)]),

Case("U10 provincial paper of a merged province (Gia Lai + Bình Định): headline '30/34 nhiệm vụ' beside a service index '11/34', 10-month online fraction, the month of October, a ward's extreme, 135/135",
"https://baogialai.com.vn/gia-lai-hoan-thanh-30-34-nhiem-vu-cai-cach-hanh-chinh-trong-10-thang-post331207.html",
dt.date(2025, 11, 14),
"""Gia Lai hoàn thành 30/34 nhiệm vụ cải cách hành chính trong 10 tháng
14/11/2025 06:30
Thời sự
(GLO) - Theo báo cáo của Sở Nội vụ, 10 tháng năm 2025, tỉnh Gia Lai đã hoàn thành 30/34 nhiệm vụ theo Kế hoạch cải cách hành chính (CCHC) năm 2025 được ban hành sau khi hợp nhất tỉnh Gia Lai và tỉnh Bình Định; 4 nhiệm vụ còn lại đang được các sở, ngành khẩn trương thực hiện.
Trong 10 tháng, Hệ thống thông tin giải quyết TTHC của tỉnh ghi nhận 846.390 hồ sơ tiếp nhận (gồm số liệu của hai tỉnh trước hợp nhất trong 6 tháng đầu năm); đã giải quyết 821.775 hồ sơ, trong đó trước hạn 63,9%, đúng hạn 34,6%, trễ hạn 1,5%; 24.615 hồ sơ đang giải quyết. Hồ sơ trực tuyến đạt 598.210/846.390 hồ sơ, chiếm 70,68%.
Riêng tháng 10/2025, toàn tỉnh tiếp nhận 88.904 hồ sơ, tỷ lệ trực tuyến đạt 78,2%, cao nhất từ đầu năm.
Ở cấp xã, phường Quy Nhơn dẫn đầu với tỷ lệ hồ sơ trực tuyến 96,1%; 135/135 xã, phường đã bố trí công chức hướng dẫn người dân nộp hồ sơ trực tuyến.
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2025 của Văn phòng Chính phủ, Gia Lai đạt 84,88 điểm, xếp thứ 11/34 tỉnh, thành phố.
Năm 2025, tỉnh phấn đấu vào nhóm 10 địa phương dẫn đầu Bộ chỉ số, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Pleiku. Ảnh: Đ.T
Tin liên quan
- Gia Lai: Công bố 2.016 TTHC thuộc thẩm quyền giải quyết của cấp xã
- Phường Quy Nhơn Nam ra mắt mô hình "Một cửa thân thiện"
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH GIA LAI""",
[task("Gia Lai", "2025-10M", 30, 34),
 _scope(dos("Gia Lai", "2025-10M", received=846390, resolved=821775, early_pct=63.9, on_time_pct=34.6,
            late_pct=1.5, online=598210, online_total=846390, online_pct=70.68), TT),
 _scope(dos("Gia Lai", "2025-10", received=88904, online_pct=78.2), TT),
 svc("Gia Lai", "2025-10", score=84.88, rank=11, rank_of=34)]),

Case("U11 portal of a merged province (Ninh Bình + Hà Nam + Nam Định): UBND meeting on November 2025, 'đề ra 45 nhiệm vụ, đến nay đã hoàn thành 39', directives' tasks, the month beside 11 months, service index 'giảm 2 bậc'",
"https://ninhbinh.gov.vn/tin-tuc/hoat-dong-cua-lanh-dao-tinh/ubnd-tinh-hop-phien-thuong-ky-thang-11-nam-2025-d20251205.html",
dt.date(2025, 12, 5),
"""UBND tỉnh họp phiên thường kỳ tháng 11 năm 2025
Trang chủ | Tin tức - Sự kiện | Hoạt động của lãnh đạo tỉnh
05/12/2025 | Lượt xem: 342
Ngày 4/12, UBND tỉnh Ninh Bình tổ chức phiên họp thường kỳ tháng 11/2025, đánh giá tình hình kinh tế - xã hội 11 tháng và cho ý kiến vào các nội dung trình kỳ họp HĐND tỉnh cuối năm, kỳ họp thường lệ đầu tiên sau khi hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình.
Về cải cách hành chính, Kế hoạch CCHC năm 2025 của tỉnh (điều chỉnh sau hợp nhất) đề ra 45 nhiệm vụ, đến nay đã hoàn thành 39 nhiệm vụ; 6 nhiệm vụ còn lại sẽ hoàn thành trong tháng 12. Đối với các nhiệm vụ Thủ tướng Chính phủ giao tại các Chỉ thị về đẩy mạnh CCHC, tỉnh đã hoàn thành 14/16 nhiệm vụ.
Trong tháng 11/2025, toàn tỉnh tiếp nhận 118.406 hồ sơ TTHC, trong đó 94.127 hồ sơ nộp trực tuyến, đạt 79,5%; đã giải quyết 112.930 hồ sơ, trễ hạn 0,62%. Lũy kế 11 tháng năm 2025, toàn tỉnh tiếp nhận 1.236.518 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 72,84%, tỷ lệ trễ hạn 0,95%.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2025 của tỉnh đạt 86,54 điểm, xếp thứ 7/34 tỉnh, thành phố, giảm 2 bậc so với tháng 9.
Trên địa bàn khu vực Nam Định cũ, phường Thành Nam có tỷ lệ hồ sơ trực tuyến cao nhất (97,3%); 129/129 xã, phường đã vận hành ổn định Trung tâm Phục vụ hành chính công.
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương hoàn thành 45/45 nhiệm vụ CCHC năm 2025, phấn đấu tháng 12 Bộ chỉ số của tỉnh trở lại nhóm 5 địa phương dẫn đầu.
Quang cảnh phiên họp. Ảnh: Minh Đường
Tin khác
- Ninh Bình: Hội nghị xúc tiến đầu tư vào các khu công nghiệp năm 2025
- Khai mạc Tuần Du lịch Tràng An năm 2025
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH BÌNH""",
[task("Ninh Bình", "2025-11M", 39, 45),
 _scope(dos("Ninh Bình", "2025-11", received=118406, resolved=112930, late_pct=0.62, online=94127,
            online_pct=79.5), TT),
 optional(_scope(dos("Ninh Bình", "2025-11", online_total=118406), TT)),
 _scope(dos("Ninh Bình", "2025-11M", received=1236518, online_pct=72.84, late_pct=0.95), TT),
 svc("Ninh Bình", "2025-10", score=86.54, rank=7, rank_of=34, rank_change=-2)]),

Case("U12 SNV site of a merged province (Lào Cai + Yên Bái): year-end 2025 conference, '47/50', the year including both old provinces, the Trung tâm's early share, the two old provinces' PAR 2024, a '15/34' target",
"https://sonoivu.laocai.gov.vn/tin-tuc/cai-cach-hanh-chinh/hoi-nghi-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2025-1290471",
dt.date(2026, 1, 16),
"""Hội nghị tổng kết công tác cải cách hành chính năm 2025
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Ngày đăng: 16/01/2026 | Lượt xem: 204
Sáng 15/1, Sở Nội vụ tỉnh Lào Cai tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2025, triển khai nhiệm vụ năm 2026. Năm 2025 là năm đầu tiên tỉnh Lào Cai (mới), thành lập trên cơ sở hợp nhất tỉnh Lào Cai và tỉnh Yên Bái, vận hành mô hình chính quyền địa phương 2 cấp.
Theo báo cáo, Kế hoạch CCHC năm 2025 của tỉnh sau hợp nhất gồm 50 nhiệm vụ; đến ngày 31/12/2025 đã hoàn thành 47/50 nhiệm vụ, 3 nhiệm vụ chuyển sang năm 2026 do còn chờ hướng dẫn của Trung ương.
Cả năm 2025, toàn tỉnh tiếp nhận 702.415 hồ sơ TTHC (bao gồm số liệu của hai tỉnh trước hợp nhất); đã giải quyết 689.206 hồ sơ, trong đó trước hạn 66,1%, đúng hạn 32,7%, trễ hạn 1,2%. Số hồ sơ nộp trực tuyến là 468.930 hồ sơ, chiếm 66,76%.
Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 112.680 hồ sơ, tỷ lệ giải quyết trước hạn đạt 89,4%.
Trước khi hợp nhất, theo Chỉ số CCHC năm 2024 do Bộ Nội vụ công bố, tỉnh Lào Cai (cũ) đạt 89,12%, xếp thứ 12/63; tỉnh Yên Bái đạt 88,05%, xếp thứ 26/63. Chỉ số CCHC năm 2025 của tỉnh dự kiến được công bố trong quý II/2026.
Năm 2026, tỉnh phấn đấu Chỉ số CCHC nằm trong nhóm 15/34 địa phương dẫn đầu, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 75%.
Giám đốc Sở Nội vụ phát biểu tại hội nghị. Ảnh: Phòng CCHC
Tin khác
- Lào Cai: 99/99 xã, phường ban hành kế hoạch CCHC năm 2026
- Tập huấn nghiệp vụ kiểm soát TTHC cho công chức cấp xã
SỞ NỘI VỤ TỈNH LÀO CAI
Địa chỉ: phường Yên Bái, tỉnh Lào Cai""",
[task("Lào Cai", "2025", 47, 50),
 _scope(dos("Lào Cai", "2025", received=702415, resolved=689206, early_pct=66.1, on_time_pct=32.7, late_pct=1.2,
            online=468930, online_pct=66.76), TT),
 optional(_scope(dos("Lào Cai", "2025", online_total=702415), TT)),
 _scope(dos("Lào Cai", "2025", received=112680, early_pct=89.4), TTPV),
 idx("Lào Cai", PAR, 2024, score=89.12, rank=12, rank_of=63),
 idx("Yên Bái", PAR, 2024, score=88.05, rank=26, rank_of=63)]),

Case("U13 SNV site of a merged province (Hưng Yên + Thái Bình): Q1/2026, 'gồm 40 nhiệm vụ; quý I ... hoàn thành 8', 20/20 sở, carried-over + new, online share of new dossiers, March alone, one department, service index of February",
"https://sonoivu.hungyen.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-cai-cach-hanh-chinh-quy-i-2026-t2604.html",
dt.date(2026, 4, 9),
"""Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Liên hệ
Kết quả cải cách hành chính quý I/2026
Ngày 09/04/2026 | Lượt xem: 173
Sở Nội vụ tỉnh Hưng Yên vừa có báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) quý I/2026. Đây là năm đầu tiên tỉnh Hưng Yên (sau hợp nhất với tỉnh Thái Bình) xây dựng Kế hoạch CCHC cả năm trên địa bàn mới.
Kế hoạch CCHC năm 2026 của tỉnh gồm 40 nhiệm vụ; quý I, các cơ quan, đơn vị đã hoàn thành 8 nhiệm vụ, còn 32 nhiệm vụ đang thực hiện theo tiến độ. Ngoài ra, 20/20 sở, ban, ngành và 104/104 xã, phường đã ban hành kế hoạch CCHC năm 2026 của đơn vị.
Trong quý I/2026, toàn tỉnh tiếp nhận 241.530 hồ sơ TTHC (kỳ trước chuyển sang 5.218 hồ sơ, tiếp nhận mới 236.312 hồ sơ); đã giải quyết 233.884 hồ sơ, trong đó trước hạn 72,45%, đúng hạn 26,88%, trễ hạn 0,67%; đang giải quyết 7.646 hồ sơ. Hồ sơ trực tuyến là 186.420 hồ sơ, chiếm 78,89% số hồ sơ tiếp nhận mới.
Riêng tháng 3/2026, toàn tỉnh tiếp nhận 86.705 hồ sơ mới, tỷ lệ trực tuyến đạt 81,2%.
Sở Xây dựng là cơ quan có số hồ sơ trễ hạn nhiều nhất cấp tỉnh; Sở Nông nghiệp và Môi trường tiếp nhận 9.874 hồ sơ, tỷ lệ trễ hạn 2,3%.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 2/2026 của tỉnh đạt 83,76 điểm, xếp thứ 16/34, tăng 3 bậc so với tháng 1/2026.
Quý II/2026, Sở Nội vụ đề nghị các cơ quan, đơn vị phấn đấu không để phát sinh hồ sơ trễ hạn, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.
Phòng Cải cách hành chính
SỞ NỘI VỤ TỈNH HƯNG YÊN
Địa chỉ: phường Phố Hiến, tỉnh Hưng Yên - ĐT: 0221.3862.170""",
[task("Hưng Yên", "2026-Q1", 8, 40),
 _scope(dos("Hưng Yên", "2026-Q1", received=241530, resolved=233884, early_pct=72.45, on_time_pct=26.88,
            late_pct=0.67, online=186420, online_pct=78.89), TT),
 # the new dossiers: received without the carried-over ones, and the online share's denominator
 optional(_scope(dos("Hưng Yên", "2026-Q1", received=236312, online_total=236312), TT)),
 _scope(dos("Hưng Yên", "2026-03", received=86705, online_pct=81.2), TT),
 optional(_scope(dos("Hưng Yên", "2026-Q1", received=9874, late_pct=2.3), "Sở Nông nghiệp và Môi trường")),
 svc("Hưng Yên", "2026-02", score=83.76, rank=16, rank_of=34, rank_change=3)]),

Case("U14 provincial paper of a merged province (Cà Mau + Bạc Liêu): 6 months of 2026, English thousands and decimals, the two old provinces' sum last year, PAR/SIPAS 2025 x/34 with two components, a ward's extreme",
"https://baocamau.vn/ca-mau-6-thang-dau-nam-2026-ty-le-ho-so-truc-tuyen-dat-74-3-a52187.html",
dt.date(2026, 7, 10),
"""Cà Mau: 6 tháng đầu năm 2026 tỷ lệ hồ sơ trực tuyến đạt 74.3%
Thứ Sáu, 10/07/2026 | 14:20
Chính trị
(CMO) - Chiều 9/7, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức hội nghị sơ kết công tác CCHC 6 tháng đầu năm 2026. Đây là lần sơ kết giữa năm đầu tiên kể từ khi tỉnh Cà Mau và tỉnh Bạc Liêu hợp nhất thành tỉnh Cà Mau (mới).
Theo báo cáo, 6 tháng đầu năm 2026, tỉnh đã hoàn thành 21/43 nhiệm vụ của Kế hoạch CCHC năm 2026, đạt 48,8%; 22 nhiệm vụ còn lại đang triển khai, không có nhiệm vụ quá hạn.
Toàn tỉnh tiếp nhận 612,850 hồ sơ TTHC, đã giải quyết 597,204 hồ sơ (trước hạn 61.4%, đúng hạn 37.5%, trễ hạn 1.1%); 455,347 hồ sơ được nộp trực tuyến, đạt 74.3%. So với cùng kỳ năm 2025 (hai tỉnh cũ cộng lại tiếp nhận 548,2 nghìn hồ sơ), số hồ sơ tăng 11,8%.
Tại hội nghị, Sở Nội vụ thông tin kết quả Chỉ số CCHC năm 2025 do Ban Chỉ đạo CCHC của Chính phủ công bố tháng 5/2026: tỉnh đạt 87,90%, xếp thứ 20/34 tỉnh, thành phố; Chỉ số SIPAS năm 2025 đạt 84,45%, xếp thứ 22/34.
Lĩnh vực cải cách chế độ công vụ của tỉnh xếp thứ 9/34, trong khi cải cách tài chính công chỉ xếp thứ 28/34.
Phường Bạc Liêu dẫn đầu tỉnh về tỷ lệ hồ sơ trực tuyến với 95.8%.
Phó Chủ tịch UBND tỉnh yêu cầu 6 tháng cuối năm hoàn thành 43/43 nhiệm vụ, đưa Chỉ số CCHC năm 2026 vào nhóm 15 địa phương dẫn đầu.
Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công phường An Xuyên. Ảnh: Hữu Nghĩa
Tin liên quan
- Cà Mau: 64/64 xã, phường triển khai ký số kết quả giải quyết TTHC
- Phường Bạc Liêu ra mắt "Tổ công nghệ số cộng đồng"
BÁO VÀ PHÁT THANH, TRUYỀN HÌNH CÀ MAU""",
[task("Cà Mau", "2026-06H1", 21, 43),
 _scope(dos("Cà Mau", "2026-06H1", received=612850, resolved=597204, early_pct=61.4, on_time_pct=37.5,
            late_pct=1.1, online=455347, online_pct=74.3), TT),
 optional(_scope(dos("Cà Mau", "2026-06H1", online_total=612850), TT)),
 optional(_scope(dos("Cà Mau", "2025-06H1", received=548200), TT)),
 idx("Cà Mau", PAR, 2025, score=87.9, rank=20, rank_of=34),
 idx("Cà Mau", SIPAS, 2025, score=84.45, rank=22, rank_of=34),
 idx("Cà Mau", PAR, 2025, "Cải cách chế độ công vụ", rank=9, rank_of=34),
 idx("Cà Mau", PAR, 2025, "Cải cách tài chính công", rank=28, rank_of=34)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _svc26(province: str, rank: int, score: float) -> list[dict[str, object]]:
    return [svc(province, "2026-01", score=score, rank=rank), implied_rank_of(province, SVC, 2026, 34)]


def _par20(province: str, rank: int, score: float) -> list[dict[str, object]]:
    return [idx(province, PAR, 2020, score=score, rank=rank), implied_rank_of(province, PAR, 2020, 63)]


TABLES_U: list[Case] = [
Case("UT1 provincial paper reprinting the service-index ranking of January 2026 (34 units): tab-separated with a header, two shared ranks (4, 10), 'TP. Hồ Chí Minh' and 'TP. Huế', an average row, a lead restating the host's row",
"https://baoninhbinh.org.vn/bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-1-2026-ninh-binh-tro-lai-top-5-d218442.html",
dt.date(2026, 2, 12),
"""Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 1/2026: Ninh Bình trở lại tốp 5
Thứ Năm, 12/02/2026 | 08:05
(BNB) - Văn phòng Chính phủ vừa công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công tháng 1/2026 của 34 tỉnh, thành phố. Ninh Bình đạt 88,46 điểm, cùng xếp thứ 4 với Quảng Ninh. Dưới đây là 12 địa phương có điểm số cao nhất:
Xếp hạng\tTỉnh, thành phố\tĐiểm
1\tHải Phòng\t90,37
2\tTP. Hồ Chí Minh\t89,84
3\tThanh Hóa\t89,02
4\tQuảng Ninh\t88,46
4\tNinh Bình\t88,46
6\tVĩnh Long\t87,91
7\tBắc Ninh\t87,55
8\tTP. Huế\t87,13
9\tĐồng Tháp\t86,70
10\tHà Nội\t86,28
10\tPhú Thọ\t86,28
12\tLâm Đồng\t85,94
Bình quân 34 tỉnh, thành phố\t83,61
Nguồn: Cổng Dịch vụ công quốc gia
Tin liên quan
- Ninh Bình: 129/129 xã, phường vận hành Trung tâm Phục vụ hành chính công
Chia sẻ | In bài""",
_svc26("Hải Phòng", 1, 90.37) + _svc26("Hồ Chí Minh", 2, 89.84) + _svc26("Thanh Hóa", 3, 89.02)
+ _svc26("Quảng Ninh", 4, 88.46) + _svc26("Ninh Bình", 4, 88.46) + _svc26("Vĩnh Long", 6, 87.91)
+ _svc26("Bắc Ninh", 7, 87.55) + _svc26("Thừa Thiên Huế", 8, 87.13) + _svc26("Đồng Tháp", 9, 86.7)
+ _svc26("Hà Nội", 10, 86.28) + _svc26("Phú Thọ", 10, 86.28) + _svc26("Lâm Đồng", 12, 85.94),
table=True),

Case("UT2 SNV site: PAR Index 2020, 16 rows tab-separated with no header and '%' in the score column, a shared rank 7, the host's own row last (rank out of 63 and change in the lead)",
"https://sonoivu.hatinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2020-ha-tinh-xep-thu-16-63-3318.html",
dt.date(2021, 5, 27),
"""Công bố Chỉ số cải cách hành chính năm 2020: Hà Tĩnh xếp thứ 16/63
Ngày đăng: 27/05/2021 | Lượt xem: 642
Chiều 25/5, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị trực tuyến công bố Chỉ số CCHC năm 2020 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương. Hà Tĩnh đạt 86,02%, xếp thứ 16/63, tăng 5 bậc so với năm 2019.
Kết quả 16 địa phương dẫn đầu Chỉ số CCHC năm 2020:
1\tQuảng Ninh\t91,04%
2\tHải Phòng\t89,81%
3\tHà Nội\t89,47%
4\tBắc Ninh\t88,80%
5\tThừa Thiên Huế\t88,59%
6\tĐồng Tháp\t88,12%
7\tĐà Nẵng\t87,95%
7\tBình Dương\t87,95%
9\tBắc Giang\t87,60%
10\tVĩnh Phúc\t87,33%
11\tCần Thơ\t87,02%
12\tLào Cai\t86,84%
13\tQuảng Ngãi\t86,51%
14\tBình Định\t86,40%
15\tThái Nguyên\t86,27%
16\tHà Tĩnh\t86,02%
Nguồn: Bộ Nội vụ
Tin khác
- Hà Tĩnh ban hành Kế hoạch nâng cao Chỉ số CCHC năm 2021
SỞ NỘI VỤ TỈNH HÀ TĨNH - Địa chỉ: Số 8 Nguyễn Chí Thanh, TP. Hà Tĩnh""",
_par20("Quảng Ninh", 1, 91.04) + _par20("Hải Phòng", 2, 89.81) + _par20("Hà Nội", 3, 89.47)
+ _par20("Bắc Ninh", 4, 88.8) + _par20("Thừa Thiên Huế", 5, 88.59) + _par20("Đồng Tháp", 6, 88.12)
+ _par20("Đà Nẵng", 7, 87.95) + _par20("Bình Dương", 7, 87.95) + _par20("Bắc Giang", 9, 87.6)
+ _par20("Vĩnh Phúc", 10, 87.33) + _par20("Cần Thơ", 11, 87.02) + _par20("Lào Cai", 12, 86.84)
+ _par20("Quảng Ngãi", 13, 86.51) + _par20("Bình Định", 14, 86.4) + _par20("Thái Nguyên", 15, 86.27)
+ [idx("Hà Tĩnh", PAR, 2020, score=86.02, rank=16, rank_of=63, rank_change=5)],
table=True),
]


NEGATIVES_U: list[Case] = [
Case("UN1 ward portal under the city's domain, 9 months of 2025: the ward's own plan tasks, dossiers, online share and rank among the city's communes, a '22/22' target",
"https://haichau.danang.gov.vn/tin-tuc/phuong-hai-chau-so-ket-cong-tac-cai-cach-hanh-chinh-9-thang-nam-2025-2871.html",
dt.date(2025, 10, 10),
"""Phường Hải Châu sơ kết công tác cải cách hành chính 9 tháng năm 2025
Trang chủ > Tin tức > Hoạt động của phường
10/10/2025 | Lượt xem: 118
Chiều 8/10, UBND phường Hải Châu tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 9 tháng năm 2025, triển khai nhiệm vụ quý IV.
Theo báo cáo, Kế hoạch CCHC năm 2025 của phường (ban hành sau khi phường mới được thành lập từ ngày 01/7/2025) gồm 22 nhiệm vụ; đến nay đã hoàn thành 15/22 nhiệm vụ, 7 nhiệm vụ đang thực hiện.
Từ ngày 01/7 đến ngày 30/9/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 9.846 hồ sơ, đã giải quyết 9.512 hồ sơ, trong đó trước hạn 88,6%, đúng hạn 10,9%, trễ hạn 0,5%; tỷ lệ hồ sơ trực tuyến đạt 91,2%.
Theo kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp cấp xã do UBND thành phố đánh giá, tháng 9/2025 phường đạt 92,15 điểm, xếp thứ 3/94 xã, phường, đặc khu của thành phố.
Phát biểu kết luận, Chủ tịch UBND phường yêu cầu các bộ phận chuyên môn hoàn thành 22/22 nhiệm vụ trong năm 2025, phấn đấu giữ vững vị trí trong nhóm 5 đơn vị dẫn đầu thành phố.
Tin khác
- Phường Hải Châu ra mắt mô hình "Chính quyền thân thiện, phục vụ nhân dân"
- Hội nghị đối thoại giữa Chủ tịch UBND phường với đoàn viên thanh niên
UBND PHƯỜNG HẢI CHÂU - THÀNH PHỐ ĐÀ NẴNG
Địa chỉ: 270 Trưng Nữ Vương, phường Hải Châu, TP. Đà Nẵng""",
[]),

Case("UN2 SNV site of a merged province: the province's own PAR ranking of departments and communes for 2025 (averages, leaders, lowest, 'xếp thứ 9/96', '19/19 sở', '61/96'), the province's result still under appraisal",
"https://sonoivu.quangngai.gov.vn/tin-tuc/cai-cach-hanh-chinh/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2025-cua-cac-so-nganh-va-ubnd-cap-xa-2207.html",
dt.date(2026, 3, 18),
"""Công bố Chỉ số cải cách hành chính năm 2025 của các sở, ngành và UBND cấp xã
Ngày đăng: 18/03/2026 | Lượt xem: 466
Sáng 17/3, UBND tỉnh Quảng Ngãi tổ chức hội nghị công bố Chỉ số cải cách hành chính (CCHC) năm 2025 của các sở, ban, ngành và UBND các xã, phường, đặc khu. Đây là lần đầu tiên tỉnh xác định Chỉ số CCHC đối với 96 đơn vị hành chính cấp xã sau sắp xếp, trên địa bàn tỉnh Quảng Ngãi và tỉnh Kon Tum trước đây.
Kết quả, khối sở, ban, ngành có điểm trung bình 87,36%; Sở Tư pháp dẫn đầu với 93,05%, tiếp theo là Sở Tài chính (92,41%) và Sở Nội vụ (91,88%); thấp nhất là Sở Nông nghiệp và Môi trường với 80,14%.
Khối xã, phường, đặc khu có điểm trung bình 82,70%; phường Cẩm Thành dẫn đầu với 91,26%, phường Kon Tum đứng thứ hai với 90,83%, đặc khu Lý Sơn xếp thứ 9/96; xã có kết quả thấp nhất đạt 71,05%.
Cả 19/19 sở, ban, ngành đều đạt trên 80%; 61/96 xã, phường, đặc khu đạt từ 80% trở lên.
Kết quả tự đánh giá Chỉ số CCHC năm 2025 của tỉnh đã được gửi Bộ Nội vụ thẩm định.
Phó Chủ tịch UBND tỉnh đề nghị các cơ quan, đơn vị phân tích kỹ từng tiêu chí bị trừ điểm, phấn đấu năm 2026 không có đơn vị cấp xã nào dưới 75%.
Lãnh đạo UBND tỉnh trao Giấy khen cho 10 đơn vị dẫn đầu. Ảnh: Phòng CCHC
SỞ NỘI VỤ TỈNH QUẢNG NGÃI
Địa chỉ: 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi""",
[]),

Case("UN3 portal of a merged province: next year's reform plan with only targets ('100% (48/48)', 'nhóm 15/34', 'từ 85 điểm', 'trên 98,5%', '102/102')",
"https://angiang.gov.vn/tin-tuc/chi-dao-dieu-hanh/an-giang-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2026-74512.html",
dt.date(2025, 12, 26),
"""An Giang ban hành Kế hoạch cải cách hành chính năm 2026
Trang chủ > Tin tức > Chỉ đạo - Điều hành
26/12/2025 | Lượt xem: 157
UBND tỉnh An Giang vừa ban hành Kế hoạch cải cách hành chính (CCHC) năm 2026 với 48 nhiệm vụ cụ thể, giao cho các sở, ban, ngành và UBND 102 xã, phường, đặc khu tổ chức thực hiện.
Theo kế hoạch, năm 2026 tỉnh phấn đấu hoàn thành 100% (48/48) nhiệm vụ đúng tiến độ; Chỉ số CCHC và Chỉ số SIPAS của tỉnh nằm trong nhóm 15/34 địa phương dẫn đầu; Bộ chỉ số phục vụ người dân, doanh nghiệp đạt từ 85 điểm trở lên.
Về giải quyết TTHC, tỷ lệ hồ sơ được giải quyết trước hạn và đúng hạn phải đạt trên 98,5%, tỷ lệ trễ hạn dưới 1%; tối thiểu 80% hồ sơ được tiếp nhận trực tuyến; 100% hồ sơ, kết quả giải quyết TTHC được số hóa.
Đối với cấp xã, 102/102 Trung tâm Phục vụ hành chính công phải niêm yết đầy đủ, công khai TTHC; phấn đấu mỗi xã, phường, đặc khu có ít nhất 1 mô hình, sáng kiến CCHC.
Kế hoạch cũng giao Sở Nội vụ chủ trì xây dựng Bộ tiêu chí xác định Chỉ số CCHC của cấp xã, hoàn thành trong quý I/2026; Sở Khoa học và Công nghệ bảo đảm hạ tầng để 100% dịch vụ công đủ điều kiện được cung cấp trực tuyến toàn trình.
Tin khác
- An Giang: Hội nghị tổng kết công tác năm 2025 của ngành Nội vụ
- Đặc khu Phú Quốc thí điểm tiếp nhận hồ sơ TTHC không phụ thuộc địa giới hành chính
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG""",
[]),
]


def test_round_u_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round U prose", ROUND_U, capsys)


def test_round_u_tables_meet_the_target() -> None:
    assert_table_target(TABLES_U)


@pytest.mark.parametrize("case", NEGATIVES_U, ids=ids(NEGATIVES_U))
def test_round_u_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_U + TABLES_U, ids=ids(ROUND_U + TABLES_U))
def test_round_u_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
