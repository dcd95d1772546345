"""Blind round X: dossiers and task progress at every level, before and after the 2025 merger.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S, U and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic and article tests nor other rounds, and not to run the extractor).
Theme: the figures a province's reform reports are made of (dossiers received, resolved,
early / on time / late, online and "toàn trình" counts and shares; the tasks of the year's CCHC
plan) as Sở Nội vụ sites, provincial portals, Trung tâm Phục vụ hành chính công sites, Văn phòng
UBND reports and provincial papers print them, mixed with figures that are not the province's:

* X1 SNV site of an old province (Quảng Nam), year-end 2023: "đề ra 42 nhiệm vụ; ... đã hoàn
  thành 40/42", "18/18 sở", "241/241 xã", province-wide dossiers with three shares and an
  online count "chiếm", three levels, a district's extreme, last year's count, a national
  average from Cổng Dịch vụ công quốc gia, PAR 2022 in passing, targets;
* X2 a Trung tâm Phục vụ hành chính công site (Bình Dương), May 2024: the Trung tâm's month
  (direct + online counts, counts with shares in parentheses, "toàn trình" as a share of the
  online dossiers, "đang giải quyết"), the Trung tâm's 5 months, one Sở's own count, the
  province-wide month from the provincial system, the April service index, a "Tin liên quan"
  link with "hơn 53 nghìn";
* X3 a provincial paper (Thái Nguyên), 6 months of 2024: a headline restating "19/40", the
  chuyển đổi số plan's "27/35", an online fraction "152.300/240.118" with a "toàn trình" count
  beside it, "trước và đúng hạn" together, digitisation and payment shares, a district-level
  city ("TP. Phổ Yên") and a district, last year's share, the May service index;
* X7 a Văn phòng UBND report on a portal (Hậu Giang), tháng 10 and 10 months of 2023:
  "33/39", the month with a share of dossiers due and a late count, online count split into
  "toàn trình" and "một phần", the Trung tâm's month "100% ... trước và đúng hạn", 10 months
  with counts only and a late share "trên tổng số hồ sơ đã giải quyết", a district's and a Sở's
  late counts, payment and digitisation shares, "75/75 xã", the September service index;
* X4 a merged province's portal (Tây Ninh + Long An), quý III/2025: "gồm 46 nhiệm vụ; lũy kế 9
  tháng ... 28", the quarter for the Trung tâm of the province and of 96 communes, September
  alone, cấp tỉnh / cấp xã, both old provinces' first half before the merger ("tỉnh Long An",
  "tỉnh Tây Ninh (cũ)"), a ward named "Phường Long An" and a commune's extreme, a rank on the
  online share from Cổng DVC quốc gia ("xếp thứ 12/34"), the August service index x/34;
* X5 a merged province's portal (Phú Thọ + Vĩnh Phúc + Hòa Bình), Văn phòng UBND's year-end
  2025 report: "gồm 52 nhiệm vụ; ... đã hoàn thành 100% nhiệm vụ", "triệu" counts that include
  the old provinces' first half, a "toàn trình" share beside the online share, quý IV for the
  Trung tâm and the communes, a ward's extreme, a Sở's late count, last year's sum of the
  three old provinces, their PAR 2024, the November service index x/34, targets "10/34";
* X6 a merged province's paper (Đồng Nai + Bình Phước), 2 months of 2026: "6 nhiệm vụ trong
  tổng số 44" beside Đề án 06's "30 ... 4", "nghìn" counts, a lone "toàn trình" count and share,
  TP. Hồ Chí Minh's share in parentheses, February alone, the Trung tâm's online share, one
  Sở, a commune's extreme, a national count, last year's sum, the January service index;
* X8 a provincial paper (Thanh Hóa), 9 months of 2024 from the Government Office's national
  report: a national count and average on Cổng DVC quốc gia, ministries' "186/247 nhiệm vụ"
  and "20/20 bộ", "14/63", three named provinces' online shares, the province's dossiers, its
  "toàn trình" share with a rank, the district-level "TP. Thanh Hóa", "có 45 nhiệm vụ; ... đã
  hoàn thành 34", a "45/45" target;
* two tables: XT1 the online and late shares of 9 months of 2025 for the five North Central
  units from Cổng DVC quốc gia (pipes, STT, "Quảng Trị (mới)", "TP. Huế", a "Toàn quốc" row, a
  lead restating the host's row); XT2 a quý I/2024 dossier table by unit of an old province
  (Hà Nam: the provincial level, six district-level units including "TP. Phủ Lý" and two "Thị
  xã", a "Toàn tỉnh" row; tab-separated, a lead restating the total);
* two negatives: XN1 a ward's page under a merged province's domain (phường Phủ Lý, Ninh Bình:
  the ward's Trung tâm's dossiers with every share, its own plan "18/18 nhiệm vụ", its rank
  "3/129 xã, phường", targets); XN2 a portal page on procedures, not dossiers (Yên Bái 2024:
  "1.102 TTHC ... toàn trình (59,4%)", "1.640/1.856 TTHC", digitisation and payment shares,
  Đề án 06 "25/27", "173/173 xã", "213/213 cơ sở giáo dục", "năm thứ 5 liên tiếp", next year's
  plan "gồm 45 nhiệm vụ" with targets).

Gold notes (judgement calls):

* Province keys follow rounds O, U and Y: a new unit is keyed by its canonical pre-2025 name
  ("Quảng Trị (mới)" → Quảng Trị, "TP. Huế" → Thừa Thiên Huế, "TP. Hồ Chí Minh" → Hồ Chí
  Minh); an old province's own figures before the merger keep the old key (X4: "tỉnh Long An"
  → Long An, "tỉnh Tây Ninh (cũ)" → Tây Ninh, both "2025-06H1", required as in round O's
  "tỉnh Long An tiếp nhận ...; tỉnh Tây Ninh (cũ) tiếp nhận ..."). Year-end 2025 figures that
  include the old provinces' first half belong to the new unit (X5, as round U). A ward named
  like an old province ("Phường Long An", X4) or a district-level city named like its province
  ("TP. Thanh Hóa", X8; "TP. Phổ Yên", X3; "TP. Phủ Lý", XT2) is not the province.
* Dossier facts carry ``scope`` ("toàn tỉnh"; "cấp tỉnh" / "cấp huyện" / "cấp xã"; "Trung tâm
  Phục vụ hành chính công tỉnh"). Per-level and provincial Trung tâm figures are required with
  their own scope (rounds O, Q, U: the scorer keys dossier slots by province and period only,
  so they are further values under the province's key). The Trung tâm of the province and of
  every commune together is "toàn tỉnh" (X4, as Y8). One Sở's own figures are optional
  (rounds S, U). A single named district's, commune's or ward's figure inside a provincial
  report, and a district's row in XT2, is not a fact (no gold: emitted under the province it
  is a wrong slot).
* Online: a "toàn trình" count or share printed beside the total online count or share is not
  the online figure (X2 "50,4%" of the online dossiers, X3 "71.845", X5 "41,5%", X7 "7.118",
  X8 "31,4%"), as round Q. A lone "toàn trình" count and share with no total online figure (X6)
  is the online figure, as the held-out "online share" case reads "tỷ lệ hồ sơ trực tuyến toàn
  trình đạt 62,3%"; TP. Hồ Chí Minh's "(38,7%)" compared with it is the city's, same period.
  ``online_total`` is required only when printed as a fraction (X3); the received count read
  as the online share's denominator is optional. A rank on the online share ("xếp thứ 12/34",
  "xếp thứ 22/63") is no index result and no slot.
* Shares: early / on-time / late given only as counts give no share slot (X7's 10 months; a
  late count alone, X7's month); X7's "Tỷ lệ hồ sơ trễ hạn trên tổng số hồ sơ đã giải quyết là
  1,13%" is ``late_pct``; "đạt 98,6% số hồ sơ đến hạn" has no slot; "trước và đúng hạn" /
  "đúng và trước hạn" together is an optional ``on_time_pct`` (X3, X5, X7). Counts with shares in
  parentheses (X2) give the shares. Payment and digitisation shares give no slot.
* Tasks: X5's "gồm 52 nhiệm vụ; ... đã hoàn thành 100% nhiệm vụ" is 52/52 (required: 100% of a
  stated total is a count, not a computed share). Not tasks of the plan: the chuyển đổi số
  plan's "27/35" (X3), Đề án 06's "30 nhiệm vụ ... 4" and "25/27" (X6, XN2), ministries'
  "186/247" (X8), a ward's own plan "18/18" (XN1), "18/18 sở", "241/241 xã", "213/213 cơ sở".
  Targets as fractions ("40/40", "46/46", "44/44", "45/45", "nhóm 10/34") and a plan without
  progress (XN2 "gồm 45 nhiệm vụ") are not facts.
* Periods: "Lũy kế 5 tháng" → "2024-05M"; "2 tháng đầu năm 2026" → "2026-02M"; a month beside
  the cumulative period is its own period (X4 "2025-09", X6 "2026-02", X7 "2023-10"); X4's
  tasks "lũy kế 9 tháng" are "2025-09M" while its dossiers are "2025-Q3" (as U9). Monthly
  service-index facts carry ``period``; the scorer keys them by year.
* Optional: previous-period figures (X1 2022, X3 "cùng kỳ năm 2023 (41,7%)", X5 and X6 the old
  provinces' sums last year), national figures with province ``null`` (X1's average, X6's
  count, X8's count and average, XT1's "Toàn quốc" row), X2's linked "hơn 53 nghìn".
* Tables: a lead sentence restating a row is the same fact; regional order ("đứng thứ 3 trong
  5 địa phương") is no slot.

First score (extractor at a7814fb, 1.7.0, the commit current when the round was commissioned):
prose precision **0.906**, recall **0.899** (8 articles, 129 required prose slots); tables F1
**0.683** (XT1 0.235: a pipe table of five units' shares and counts); negatives: XN1 (a ward's
page under a merged province's domain) gave 2 facts, XN2 clean. On arrival (2580876, 1.8.0,
after the session's fixes for rounds R and Z, none made with this round in view): the same.

Then fixed (this round in view, each construction restated in follow-up sentences): a paragraph
breaking the figures down by level ("Chia theo cấp, ...") keeps the period the last paragraph
opened with, not its comparison year (X1); "toàn trình" figures after the online figure of the
same dossiers are a part of it (X2, X8); dossier tables with a row per province after an STT
column (XT1); a ward's or district's page gives the province only figures whose clause names
it (XN1); "Ở cấp huyện, TP. X" and the provincial city of the province's name are below the
province (X3, X8); a target opening the sentence governs its task fraction (X8): prose
**1.000 / 0.946**, tables **1.000**, negatives clean; then "hoàn thành 100% nhiệm vụ" of a
stated total of 52 (X5) and an aside of counts in parentheses before the online share (X7):
**1.000 / 0.969**. Held to the targets. Left: the online shares of provinces led by "dẫn đầu
với" and "tiếp theo là B (84,7%)" (X8), a compared city's share in parentheses (X6).

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import PAR, Case, dos, idx, optional, svc, task

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
TTPV = "Trung tâm Phục vụ hành chính công tỉnh"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_X: list[Case] = [
# ------------------------------------------------------------------ 2023-2025: the 63 provinces
Case("X1 SNV site of an old province (Quảng Nam), year-end 2023: 'đề ra 42 nhiệm vụ; ... đã hoàn thành 40/42', '18/18 sở', '241/241 xã', province-wide dossiers with shares and an online count 'chiếm', three levels, a district's extreme, last year's count, a national average from Cổng DVC quốc gia, PAR 2022 in passing, targets",
"https://sonoivu.quangnam.gov.vn/tin-tuc/cai-cach-hanh-chinh/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2023-trien-khai-nhiem-vu-nam-2024-5172.html",
dt.date(2024, 1, 18),
"""Tổng kết công tác cải cách hành chính năm 2023, triển khai nhiệm vụ năm 2024
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Ngày đăng: 18/01/2024 | Lượt xem: 417
Sáng 17/1, UBND tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2023 và triển khai nhiệm vụ năm 2024. Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo CCHC tỉnh chủ trì hội nghị.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2023 của tỉnh đề ra 42 nhiệm vụ; đến ngày 31/12/2023, các cơ quan, đơn vị đã hoàn thành 40/42 nhiệm vụ, đạt 95,2%; 2 nhiệm vụ chưa hoàn thành liên quan đến xây dựng cơ sở dữ liệu chuyên ngành. 18/18 sở, ban, ngành và 18/18 huyện, thị xã, thành phố đã ban hành kế hoạch CCHC năm 2023 của cơ quan, đơn vị; 241/241 xã, phường, thị trấn niêm yết công khai TTHC đúng quy định.
Năm 2023, toàn tỉnh tiếp nhận 1.065.318 hồ sơ TTHC, đã giải quyết 1.042.760 hồ sơ, trong đó trước hạn 64,18%, đúng hạn 34,57%, trễ hạn 1,25%; đang giải quyết 22.558 hồ sơ. Số hồ sơ tiếp nhận trực tuyến là 512.406 hồ sơ, chiếm 48,1% tổng số hồ sơ tiếp nhận. Năm 2022, con số tiếp nhận là 987.204 hồ sơ.
Chia theo cấp, cấp tỉnh tiếp nhận 186.420 hồ sơ, tỷ lệ trễ hạn 0,42%; cấp huyện tiếp nhận 301.877 hồ sơ, tỷ lệ trễ hạn 2,36%; cấp xã tiếp nhận 577.021 hồ sơ, tỷ lệ trễ hạn 0,88%. Huyện Đại Lộc là địa phương có tỷ lệ hồ sơ trễ hạn cao nhất với 5,12% (1.904 hồ sơ).
Theo số liệu trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến bình quân của các địa phương trong cả nước năm 2023 đạt 40,02%; tỉnh nằm trong nhóm 20 địa phương có tỷ lệ cao nhất.
Về Chỉ số CCHC năm 2022 do Bộ Nội vụ công bố năm 2023, tỉnh đạt 84,95%, xếp thứ 34/63 tỉnh, thành phố.
Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh yêu cầu năm 2024 hoàn thành 100% nhiệm vụ CCHC, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50%, tỷ lệ trễ hạn ở cấp huyện dưới 1%.
Quang cảnh hội nghị. Ảnh: Phòng CCHC
Tin khác
- Quảng Nam: Kiểm tra công tác CCHC tại huyện Đại Lộc
- Tập huấn kỹ năng tiếp nhận hồ sơ trực tuyến cho công chức Bộ phận Một cửa cấp xã
SỞ NỘI VỤ TỈNH QUẢNG NAM
Địa chỉ: 62 Hùng Vương, TP. Tam Kỳ, tỉnh Quảng Nam""",
[task("Quảng Nam", "2023", 40, 42),
 _scope(dos("Quảng Nam", "2023", received=1065318, resolved=1042760, early_pct=64.18, on_time_pct=34.57, late_pct=1.25,
            online=512406, online_pct=48.1), TT),
 # the online share's denominator, "chiếm ... tổng số hồ sơ tiếp nhận"
 optional(_scope(dos("Quảng Nam", "2023", online_total=1065318), TT)),
 # last year's count, quoted for comparison
 optional(_scope(dos("Quảng Nam", "2022", received=987204), TT)),
 _scope(dos("Quảng Nam", "2023", received=186420, late_pct=0.42), "cấp tỉnh"),
 _scope(dos("Quảng Nam", "2023", received=301877, late_pct=2.36), "cấp huyện"),
 _scope(dos("Quảng Nam", "2023", received=577021, late_pct=0.88), "cấp xã"),
 # a national average of the localities on Cổng Dịch vụ công quốc gia
 optional(dos(None, "2023", online_pct=40.02)),
 idx("Quảng Nam", PAR, 2022, score=84.95, rank=34, rank_of=63)]),

Case("X2 a Trung tâm Phục vụ hành chính công site (Bình Dương), May 2024: the Trung tâm's month with direct + online counts and shares in parentheses, 'toàn trình' as a share of online dossiers, the Trung tâm's 5 months, one Sở's own count, the province-wide month, the April service index",
"https://hanhchinhcong.binhduong.gov.vn/tin-tuc/ket-qua-tiep-nhan-giai-quyet-ho-so-thang-5-2024-1846.html",
dt.date(2024, 6, 4),
"""Giới thiệu | Tin tức | Thủ tục hành chính | Tra cứu hồ sơ | Hỏi đáp | Liên hệ
Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 5/2024
Ngày đăng: 04/06/2024 | Lượt xem: 238
Trong tháng 5/2024, Trung tâm Phục vụ hành chính công tỉnh Bình Dương tiếp nhận 14.862 hồ sơ TTHC của các sở, ngành, trong đó tiếp nhận trực tiếp 2.105 hồ sơ, tiếp nhận trực tuyến 12.757 hồ sơ (đạt 85,84%). Trong số hồ sơ trực tuyến, có 6.430 hồ sơ trực tuyến toàn trình, chiếm 50,4%.
Trung tâm đã giải quyết 14.310 hồ sơ, trong đó trước hạn 11.902 hồ sơ (83,17%), đúng hạn 2.351 hồ sơ (16,43%), trễ hạn 57 hồ sơ (0,4%); đang giải quyết 1.146 hồ sơ.
Lũy kế 5 tháng năm 2024, Trung tâm tiếp nhận 68.215 hồ sơ, giải quyết 66.904 hồ sơ, tỷ lệ trễ hạn 0,52%; tỷ lệ hồ sơ trực tuyến đạt 84,1%.
Sở Tài nguyên và Môi trường là đơn vị tiếp nhận nhiều hồ sơ nhất trong tháng với 5.318 hồ sơ, trong đó 41 hồ sơ trễ hạn, chủ yếu thuộc lĩnh vực đất đai.
Theo Hệ thống thông tin giải quyết TTHC tỉnh, trong tháng 5/2024, toàn tỉnh (cả 3 cấp) tiếp nhận 96.540 hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 79,3%.
Theo kết quả đánh giá của Văn phòng Chính phủ trên Cổng Dịch vụ công quốc gia, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 4/2024 của tỉnh đạt 88,71 điểm, xếp thứ 3/63 tỉnh, thành phố.
Trong tháng 6, Trung tâm tiếp tục hướng dẫn người dân, doanh nghiệp nộp hồ sơ trực tuyến, phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: TTPVHCC
Tin liên quan
- Trung tâm Phục vụ hành chính công tỉnh: 4 tháng đầu năm tiếp nhận hơn 53 nghìn hồ sơ
- Hướng dẫn tra cứu tình trạng hồ sơ qua mã QR
TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH BÌNH DƯƠNG
Địa chỉ: Tầng 1, Tháp A, Trung tâm Hành chính tập trung tỉnh, phường Hòa Phú, TP. Thủ Dầu Một""",
[_scope(dos("Bình Dương", "2024-05", received=14862, resolved=14310, early_pct=83.17, on_time_pct=16.43, late_pct=0.4,
            online=12757, online_pct=85.84), TTPV),
 # the online share is of the dossiers received
 optional(_scope(dos("Bình Dương", "2024-05", online_total=14862), TTPV)),
 _scope(dos("Bình Dương", "2024-05M", received=68215, resolved=66904, late_pct=0.52, online_pct=84.1), TTPV),
 # one department's own count at the Trung tâm
 optional(_scope(dos("Bình Dương", "2024-05", received=5318), "Sở Tài nguyên và Môi trường")),
 _scope(dos("Bình Dương", "2024-05", received=96540, online_pct=79.3), TT),
 svc("Bình Dương", "2024-04", score=88.71, rank=3, rank_of=63),
 # a "Tin liên quan" link with a rounded count ("hơn 53 nghìn")
 optional(_scope(dos("Bình Dương", "2024-04M", received=53000), TTPV))]),

Case("X3 provincial paper (Thái Nguyên), 6 months of 2024: headline restating '19/40', chuyển đổi số tasks '27/35', online fraction 'x/y', a 'toàn trình' count beside it, 'trước và đúng hạn' together, digitisation and payment shares, a district-level city's figures ('TP. Phổ Yên'), last year's share, the May service index",
"https://baothainguyen.vn/chinh-tri/202407/thai-nguyen-6-thang-dau-nam-hoan-thanh-19-40-nhiem-vu-cai-cach-hanh-chinh-3a71f52/",
dt.date(2024, 7, 11),
"""Thái Nguyên: 6 tháng đầu năm hoàn thành 19/40 nhiệm vụ cải cách hành chính
Thứ Năm, 11/07/2024 - 16:05
Trang chủ / Chính trị / Xây dựng chính quyền
(BTN) - Theo báo cáo của UBND tỉnh trình kỳ họp thường lệ giữa năm của HĐND tỉnh, 6 tháng đầu năm 2024, tỉnh đã hoàn thành 19/40 nhiệm vụ theo Kế hoạch cải cách hành chính (CCHC) năm 2024, đạt 47,5%; 21 nhiệm vụ còn lại đang được triển khai đúng tiến độ. Đối với Kế hoạch chuyển đổi số năm 2024, các cơ quan, đơn vị đã hoàn thành 27/35 nhiệm vụ.
Trong 6 tháng, Hệ thống thông tin giải quyết TTHC của tỉnh tiếp nhận 240.118 hồ sơ, đã giải quyết 232.604 hồ sơ, tỷ lệ giải quyết trước và đúng hạn đạt 99,21%; 7.514 hồ sơ đang giải quyết. Số hồ sơ trực tuyến là 152.300/240.118 hồ sơ, đạt 63,43%, tăng mạnh so với cùng kỳ năm 2023 (41,7%); riêng hồ sơ trực tuyến toàn trình là 71.845 hồ sơ.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 68,5%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 41,2%.
Ở cấp huyện, TP. Phổ Yên tiếp nhận nhiều hồ sơ nhất với 18.406 hồ sơ, tỷ lệ trực tuyến 88,6%; huyện Võ Nhai có tỷ lệ trực tuyến thấp nhất (39,8%).
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2024 của tỉnh đạt 84,12 điểm, xếp thứ 9/63 tỉnh, thành phố, tăng 2 bậc so với tháng 4.
Công chức Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Thu Hà
UBND tỉnh đề ra mục tiêu 6 tháng cuối năm hoàn thành 40/40 nhiệm vụ CCHC, tỷ lệ hồ sơ trực tuyến đạt trên 70%, 100% hồ sơ được số hóa khi tiếp nhận.
Tin liên quan
- Thái Nguyên: 178/178 xã, phường, thị trấn triển khai thanh toán không dùng tiền mặt
- TP. Phổ Yên dẫn đầu tỉnh về tỷ lệ hồ sơ trực tuyến
BÁO THÁI NGUYÊN ĐIỆN TỬ
Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên""",
[task("Thái Nguyên", "2024-06H1", 19, 40),
 _scope(dos("Thái Nguyên", "2024-06H1", received=240118, resolved=232604, online=152300, online_total=240118,
            online_pct=63.43), TT),
 # "trước và đúng hạn" together
 optional(_scope(dos("Thái Nguyên", "2024-06H1", on_time_pct=99.21), TT)),
 # last year's share, quoted for comparison
 optional(_scope(dos("Thái Nguyên", "2023-06H1", online_pct=41.7), TT)),
 svc("Thái Nguyên", "2024-05", score=84.12, rank=9, rank_of=63, rank_change=2)]),

Case("X7 portal (Văn phòng UBND), tháng 10 and 10 months of 2023 (Hậu Giang): '33/39 nhiệm vụ', the month's dossiers with a share of dossiers due, online count split into 'toàn trình' and 'một phần', the Trung tâm's month, 10 months with counts only and a late share 'trên tổng số hồ sơ đã giải quyết', a district's and a Sở's late counts, payment and digitisation shares, the September service index",
"https://haugiang.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-giai-quyet-ho-so-thu-tuc-hanh-chinh-thang-10-va-10-thang-nam-2023-21846.html",
dt.date(2023, 11, 7),
"""Kết quả giải quyết hồ sơ thủ tục hành chính tháng 10 và 10 tháng năm 2023
Cổng thông tin điện tử tỉnh Hậu Giang
Cải cách hành chính | 07/11/2023 | Lượt xem: 186
Văn phòng UBND tỉnh vừa có báo cáo tình hình tiếp nhận, giải quyết hồ sơ TTHC và kết quả thực hiện nhiệm vụ cải cách hành chính (CCHC) tháng 10 và 10 tháng năm 2023.
Theo báo cáo, 10 tháng năm 2023, tỉnh đã hoàn thành 33/39 nhiệm vụ của Kế hoạch CCHC năm 2023; 6 nhiệm vụ còn lại đang thực hiện, dự kiến hoàn thành trong tháng 12.
Trong tháng 10/2023, các cơ quan hành chính 3 cấp tiếp nhận 24.871 hồ sơ, đã giải quyết 23.905 hồ sơ, đạt 98,6% số hồ sơ đến hạn; trễ hạn 214 hồ sơ. Hồ sơ trực tuyến là 13.402 hồ sơ (toàn trình 7.118 hồ sơ, một phần 6.284 hồ sơ), đạt 53,89%. Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 5.216 hồ sơ, 100% được giải quyết trước và đúng hạn.
Lũy kế 10 tháng, toàn tỉnh tiếp nhận 236.540 hồ sơ, đã giải quyết 229.118 hồ sơ, trong đó trước hạn 159.806 hồ sơ, đúng hạn 66.733 hồ sơ, trễ hạn 2.579 hồ sơ; đang giải quyết 7.422 hồ sơ. Tỷ lệ hồ sơ trễ hạn trên tổng số hồ sơ đã giải quyết là 1,13%. Huyện Long Mỹ có 612 hồ sơ trễ hạn, nhiều nhất tỉnh; ở cấp tỉnh, Sở Tài nguyên và Môi trường có 318 hồ sơ trễ hạn.
Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 38,5%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 61,2%; 75/75 xã, phường, thị trấn đã kết nối Hệ thống thông tin giải quyết TTHC của tỉnh.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2023 của tỉnh đạt 80,43 điểm, xếp thứ 21/63, tăng 6 bậc so với tháng 8.
Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị gửi thư xin lỗi đối với 100% hồ sơ trễ hạn và phấn đấu đến cuối năm tỷ lệ hồ sơ trực tuyến đạt 55%.
Tin khác
- Hậu Giang công bố danh mục TTHC được cắt giảm thời gian giải quyết
- Tập huấn kỹ năng số cho công chức Bộ phận Một cửa cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG
Cơ quan chủ quản: Văn phòng UBND tỉnh Hậu Giang - Số 02 Đường 3/2, phường V, TP. Vị Thanh""",
[task("Hậu Giang", "2023-10M", 33, 39),
 # "đạt 98,6% số hồ sơ đến hạn" is a share of dossiers due: no slot; the late count alone: no slot
 _scope(dos("Hậu Giang", "2023-10", received=24871, resolved=23905, online=13402, online_pct=53.89), TT),
 optional(_scope(dos("Hậu Giang", "2023-10", online_total=24871), TT)),
 _scope(dos("Hậu Giang", "2023-10", received=5216), TTPV),
 optional(_scope(dos("Hậu Giang", "2023-10", on_time_pct=100), TTPV)),
 # counts only for early / on time; the late share is printed
 _scope(dos("Hậu Giang", "2023-10M", received=236540, resolved=229118, late_pct=1.13), TT),
 svc("Hậu Giang", "2023-09", score=80.43, rank=21, rank_of=63, rank_change=6)]),

# ------------------------------------------------------------------ after 1/7/2025: the 34 units
Case("X4 portal of a merged province (Tây Ninh + Long An), quý III/2025: 'gồm 46 nhiệm vụ; lũy kế 9 tháng ... 28 nhiệm vụ', the quarter for the Trung tâm of the province and 96 communes, September alone, cấp tỉnh / cấp xã, both old provinces' first half, a ward's and a commune's extremes, a rank on the online share from Cổng DVC quốc gia, the August service index x/34",
"https://tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/tay-ninh-ket-qua-cai-cach-hanh-chinh-quy-iii-nam-2025-12684.html",
dt.date(2025, 10, 9),
"""Tây Ninh: Kết quả cải cách hành chính quý III năm 2025
Trang chủ > Tin tức > Thông tin cải cách hành chính
09/10/2025 | Lượt xem: 301
Chiều 8/10, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh Tây Ninh họp đánh giá kết quả quý III và 9 tháng năm 2025, quý đầu tiên tỉnh Tây Ninh (mới), được hợp nhất từ tỉnh Tây Ninh và tỉnh Long An, vận hành chính quyền địa phương 2 cấp với 96 xã, phường.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2025 của tỉnh (ban hành lại sau hợp nhất) gồm 46 nhiệm vụ; lũy kế 9 tháng, các cơ quan, đơn vị đã hoàn thành 28 nhiệm vụ, 18 nhiệm vụ đang triển khai theo lộ trình.
Trong quý III/2025 (từ ngày 01/7 đến ngày 30/9/2025), Trung tâm Phục vụ hành chính công tỉnh và 96 Trung tâm Phục vụ hành chính công cấp xã tiếp nhận 318.652 hồ sơ TTHC, đã giải quyết 305.117 hồ sơ, trong đó trước hạn 68,02%, đúng hạn 30,46%, trễ hạn 1,52%. Hồ sơ nộp trực tuyến là 226.431 hồ sơ, đạt 71,06%. Riêng tháng 9/2025, toàn tỉnh tiếp nhận 109.820 hồ sơ, tỷ lệ trực tuyến 74,9%.
Ở cấp tỉnh, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 62.415 hồ sơ, tỷ lệ trễ hạn 0,31%; cấp xã tiếp nhận 256.237 hồ sơ, tỷ lệ trễ hạn 1,81%. Phường Long An tiếp nhận nhiều hồ sơ nhất cấp xã (14.226 hồ sơ), xã Tân Hòa có tỷ lệ trễ hạn cao nhất (6,3%).
Trước khi hợp nhất, 6 tháng đầu năm 2025, tỉnh Long An tiếp nhận 402.316 hồ sơ, tỷ lệ trễ hạn 0,96%; tỉnh Tây Ninh (cũ) tiếp nhận 187.540 hồ sơ, tỷ lệ trễ hạn 0,58%.
Theo số liệu trên Cổng Dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến của tỉnh trong quý III xếp thứ 12/34 địa phương. Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025 của tỉnh đạt 83,05 điểm, xếp thứ 15/34 tỉnh, thành phố.
Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo yêu cầu quý IV hoàn thành 46/46 nhiệm vụ, đưa tỷ lệ trễ hạn ở cấp xã xuống dưới 1%; 96/96 xã, phường bố trí đủ công chức hướng dẫn nộp hồ sơ trực tuyến.
Quang cảnh cuộc họp. Ảnh: Phòng CCHC
Tin khác
- Tây Ninh: 96 Trung tâm Phục vụ hành chính công cấp xã hoạt động ổn định
- Phường Tân Ninh thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH""",
[task("Tây Ninh", "2025-09M", 28, 46),
 # the Trung tâm of the province and of every commune: every body, so "toàn tỉnh" (round Y, Y8)
 _scope(dos("Tây Ninh", "2025-Q3", received=318652, resolved=305117, early_pct=68.02, on_time_pct=30.46,
            late_pct=1.52, online=226431, online_pct=71.06), TT),
 optional(_scope(dos("Tây Ninh", "2025-Q3", online_total=318652), TT)),
 _scope(dos("Tây Ninh", "2025-09", received=109820, online_pct=74.9), TT),
 _scope(dos("Tây Ninh", "2025-Q3", received=62415, late_pct=0.31), "cấp tỉnh"),
 _scope(dos("Tây Ninh", "2025-Q3", received=256237, late_pct=1.81), "cấp xã"),
 # the old provinces' own first half, before the merger, under their old keys (round O)
 _scope(dos("Long An", "2025-06H1", received=402316, late_pct=0.96), TT),
 _scope(dos("Tây Ninh", "2025-06H1", received=187540, late_pct=0.58), TT),
 svc("Tây Ninh", "2025-08", score=83.05, rank=15, rank_of=34)]),

Case("X5 portal of a merged province (Phú Thọ + Vĩnh Phúc + Hòa Bình), Văn phòng UBND's year-end 2025 report: 'gồm 52 nhiệm vụ; ... đã hoàn thành 100% nhiệm vụ', 'triệu' counts including the three old provinces' first half, a 'toàn trình' share beside the online share, quý IV for the Trung tâm and the communes, a ward's extreme, last year's sum of the three, the three old provinces' PAR 2024, the November service index",
"https://phutho.gov.vn/tin-tuc/chinh-quyen/van-phong-ubnd-tinh-bao-cao-ket-qua-cai-cach-hanh-chinh-nam-2025-51207.html",
dt.date(2026, 1, 9),
"""Trang chủ > Tin tức - Sự kiện > Chính quyền
Kết quả công tác cải cách hành chính năm 2025: hoàn thành toàn bộ nhiệm vụ kế hoạch
Thứ Sáu, 09/01/2026 - 08:30 | Lượt xem: 446
Văn phòng UBND tỉnh vừa có báo cáo tổng hợp kết quả công tác cải cách hành chính (CCHC) và kiểm soát TTHC năm 2025, năm đầu tiên tỉnh Phú Thọ (mới), được hợp nhất từ ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình, vận hành chính quyền địa phương 2 cấp với 148 xã, phường.
Theo báo cáo, Kế hoạch CCHC năm 2025 của tỉnh (điều chỉnh sau hợp nhất) gồm 52 nhiệm vụ; đến ngày 31/12/2025, các cơ quan, đơn vị đã hoàn thành 100% nhiệm vụ, trong đó 6 nhiệm vụ hoàn thành trước thời hạn.
Cả năm 2025, toàn tỉnh tiếp nhận 1,86 triệu hồ sơ TTHC (gồm số liệu của ba tỉnh trước hợp nhất trong 6 tháng đầu năm), đã giải quyết 1,83 triệu hồ sơ, tỷ lệ trễ hạn 0,84%. Tỷ lệ hồ sơ trực tuyến đạt 76,2%, trong đó trực tuyến toàn trình 41,5%. Năm 2024, ba tỉnh cộng lại tiếp nhận 1,71 triệu hồ sơ.
Riêng quý IV/2025, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 58.204 hồ sơ, 100% được giải quyết đúng và trước hạn; cấp xã tiếp nhận 412.760 hồ sơ, tỷ lệ trễ hạn 1,12%. Phường Vĩnh Yên là đơn vị cấp xã tiếp nhận nhiều hồ sơ nhất với 38.415 hồ sơ; 148/148 xã, phường đã số hóa kết quả giải quyết TTHC còn hiệu lực.
Sở Nông nghiệp và Môi trường vẫn là cơ quan có nhiều hồ sơ trễ hạn nhất với 2.104 hồ sơ, chủ yếu trong lĩnh vực đất đai.
Trước khi hợp nhất, theo Chỉ số CCHC năm 2024 do Bộ Nội vụ công bố, Vĩnh Phúc đạt 90,12%, xếp thứ 7/63; Phú Thọ (cũ) đạt 88,34%, xếp thứ 29/63; Hòa Bình đạt 86,10%, xếp thứ 47/63.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11/2025 của tỉnh đạt 87,96 điểm, xếp thứ 5/34 tỉnh, thành phố.
Năm 2026, tỉnh đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%, không để phát sinh hồ sơ trễ hạn ở cấp tỉnh, Chỉ số CCHC nằm trong nhóm 10/34 địa phương dẫn đầu.
Tin khác
- Phú Thọ: Tổng kết 6 tháng vận hành chính quyền địa phương 2 cấp
- Phường Hòa Bình ra mắt mô hình "Một cửa thân thiện"
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Cơ quan chủ quản: UBND tỉnh Phú Thọ - Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ""",
[# "gồm 52 nhiệm vụ; ... đã hoàn thành 100% nhiệm vụ": all 52 of the plan done
 task("Phú Thọ", "2025", 52, 52),
 # the year includes the three old provinces' first half: the new unit's, as reported (round U)
 _scope(dos("Phú Thọ", "2025", received=1860000, resolved=1830000, late_pct=0.84, online_pct=76.2), TT),
 # last year's sum of the three old provinces, quoted for comparison
 optional(_scope(dos("Phú Thọ", "2024", received=1710000), TT)),
 _scope(dos("Phú Thọ", "2025-Q4", received=58204), TTPV),
 # "100% được giải quyết đúng và trước hạn": early and on-time together
 optional(_scope(dos("Phú Thọ", "2025-Q4", on_time_pct=100), TTPV)),
 _scope(dos("Phú Thọ", "2025-Q4", received=412760, late_pct=1.12), "cấp xã"),
 idx("Vĩnh Phúc", PAR, 2024, score=90.12, rank=7, rank_of=63),
 idx("Phú Thọ", PAR, 2024, score=88.34, rank=29, rank_of=63),
 idx("Hòa Bình", PAR, 2024, score=86.1, rank=47, rank_of=63),
 svc("Phú Thọ", "2025-11", score=87.96, rank=5, rank_of=34)]),

Case("X6 provincial paper of a merged province (Đồng Nai + Bình Phước), 2 months of 2026: '6 nhiệm vụ trong tổng số 44' beside Đề án 06's tasks, 'nghìn' counts, a lone 'toàn trình' count and share, TP. Hồ Chí Minh's share in parentheses, February alone, the Trung tâm's online share, one Sở, a commune's extreme, a national count from Cổng DVC quốc gia, last year's sum, the January service index",
"https://baodongnai.com.vn/chinh-tri/202603/dong-nai-2-thang-dau-nam-2026-hoan-thanh-6-44-nhiem-vu-cai-cach-hanh-chinh-4a1c2e7/",
dt.date(2026, 3, 12),
"""Đồng Nai: 2 tháng đầu năm 2026 hoàn thành 6/44 nhiệm vụ cải cách hành chính
Thứ Năm, 12/03/2026 - 06:45
Chính trị
(ĐN) - Sở Nội vụ vừa báo cáo UBND tỉnh kết quả công tác cải cách hành chính (CCHC) 2 tháng đầu năm 2026. Theo đó, Kế hoạch CCHC năm 2026 của tỉnh gồm 44 nhiệm vụ; sau 2 tháng, các cơ quan, đơn vị đã hoàn thành 6 nhiệm vụ trong tổng số 44 nhiệm vụ, đạt 13,6%. Riêng Kế hoạch thực hiện Đề án 06 năm 2026 có 30 nhiệm vụ, đến nay đã hoàn thành 4 nhiệm vụ.
Trong 2 tháng, toàn tỉnh tiếp nhận 198,6 nghìn hồ sơ TTHC, đã giải quyết 187,3 nghìn hồ sơ, trong đó trước hạn 70,5%, đúng hạn 28,3%, trễ hạn 1,2%. Số hồ sơ trực tuyến toàn trình là 52.410 hồ sơ, chiếm 26,4% tổng số hồ sơ tiếp nhận, thấp hơn TP. Hồ Chí Minh (38,7%). Riêng tháng 2/2026, trùng dịp nghỉ Tết Nguyên đán Bính Ngọ, toàn tỉnh chỉ tiếp nhận 81.204 hồ sơ.
Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 24.915 hồ sơ, tỷ lệ hồ sơ nộp trực tuyến đạt 93,1%. Sở Xây dựng tiếp nhận 3.208 hồ sơ, tỷ lệ trễ hạn 2,9%, cao nhất khối sở, ngành; ở cấp xã, xã Bù Đăng có tỷ lệ trễ hạn cao nhất (5,4%).
Cùng kỳ năm 2025, hai tỉnh Đồng Nai và Bình Phước (cũ) cộng lại tiếp nhận 176,4 nghìn hồ sơ. Theo Cổng Dịch vụ công quốc gia, 2 tháng đầu năm 2026, cả nước có 9,7 triệu hồ sơ được nộp trực tuyến toàn trình.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 1/2026 của tỉnh đạt 85,47 điểm, xếp thứ 13/34 tỉnh, thành phố, tăng 4 bậc so với tháng 12/2025.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Đồng Xoài. Ảnh: Hoàng Lộc
Sở Nội vụ đề nghị các cơ quan, đơn vị phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình năm 2026 đạt trên 50%, hoàn thành 44/44 nhiệm vụ trước ngày 15/12/2026.
Tin liên quan
- Đồng Nai: 95/95 xã, phường kết nối Hệ thống thông tin giải quyết TTHC của tỉnh
- Phường Biên Hòa tiếp nhận hơn 12 nghìn hồ sơ trong tháng 1
BÁO ĐỒNG NAI ĐIỆN TỬ""",
[task("Đồng Nai", "2026-02M", 6, 44),
 # a lone "toàn trình" count and share (no total online count printed) is the online figure (held-out "online share")
 _scope(dos("Đồng Nai", "2026-02M", received=198600, resolved=187300, early_pct=70.5, on_time_pct=28.3, late_pct=1.2,
            online=52410, online_pct=26.4), TT),
 optional(_scope(dos("Đồng Nai", "2026-02M", online_total=198600), TT)),
 # another province's share named for comparison belongs to that province
 _scope(dos("Hồ Chí Minh", "2026-02M", online_pct=38.7), "toàn thành phố"),
 _scope(dos("Đồng Nai", "2026-02", received=81204), TT),
 _scope(dos("Đồng Nai", "2026-02M", received=24915, online_pct=93.1), TTPV),
 optional(_scope(dos("Đồng Nai", "2026-02M", received=3208, late_pct=2.9), "Sở Xây dựng")),
 # last year's sum of the two old provinces; a national count
 optional(_scope(dos("Đồng Nai", "2025-02M", received=176400), TT)),
 optional(dos(None, "2026-02M", online=9700000)),
 svc("Đồng Nai", "2026-01", score=85.47, rank=13, rank_of=34, rank_change=4)]),

# ------------------------------------------------------------------ national figures and other provinces' on the host's page
Case("X8 provincial paper (Thanh Hóa), 9 months of 2024 from a national report: Cổng DVC quốc gia's national count and average, ministries' '186/247 nhiệm vụ' and '20/20 bộ', three named provinces' online shares, '14/63', the province's dossiers and a 'toàn trình' share with a rank, the district-level TP. Thanh Hóa, 'có 45 nhiệm vụ; ... đã hoàn thành 34'",
"https://baothanhhoa.vn/thoi-su/9-thang-nam-2024-thanh-hoa-co-ty-le-ho-so-truc-tuyen-dat-50-85-228614.htm",
dt.date(2024, 10, 12),
"""9 tháng năm 2024: Thanh Hóa có tỷ lệ hồ sơ trực tuyến đạt 50,85%
12/10/2024 - 07:20
Thời sự
(Baothanhhoa.vn) - Theo báo cáo của Văn phòng Chính phủ tại phiên họp thứ chín của Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ, 9 tháng năm 2024, Cổng Dịch vụ công quốc gia ghi nhận 57,2 triệu hồ sơ được tiếp nhận trực tuyến; tỷ lệ hồ sơ trực tuyến bình quân của các bộ, ngành, địa phương đạt 43,6%. Các bộ, ngành đã hoàn thành 186/247 nhiệm vụ trong Chương trình công tác năm 2024 của Ban Chỉ đạo; 20/20 bộ, ngành đã kết nối, tích hợp dữ liệu với Cổng Dịch vụ công quốc gia.
Ở khối địa phương, 14/63 tỉnh, thành phố có tỷ lệ hồ sơ trực tuyến trên 60%; Quảng Ninh dẫn đầu với 88,4%, tiếp theo là Bắc Giang (84,7%) và Đồng Tháp (81,3%). Vẫn còn 9 địa phương có tỷ lệ dưới 30%.
Tại Thanh Hóa, 9 tháng năm 2024, toàn tỉnh tiếp nhận 1.204.317 hồ sơ TTHC, trong đó 612.406 hồ sơ trực tuyến, đạt 50,85%; đã giải quyết 1.176.520 hồ sơ, tỷ lệ trễ hạn 1,02%. Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh đạt 31,4%, xếp thứ 22/63 tỉnh, thành phố. Ở cấp huyện, TP. Thanh Hóa tiếp nhận nhiều hồ sơ nhất với 61.250 hồ sơ, tỷ lệ trực tuyến 72,3%.
Kế hoạch CCHC năm 2024 của tỉnh có 45 nhiệm vụ; đến hết tháng 9, các cơ quan, đơn vị đã hoàn thành 34 nhiệm vụ, 11 nhiệm vụ đang triển khai.
Người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Minh Hằng
Tỉnh phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến đạt 55%, hoàn thành 45/45 nhiệm vụ CCHC.
Tin liên quan
- Thanh Hóa: 559/559 xã, phường, thị trấn triển khai thanh toán trực tuyến
- Quảng Ninh dẫn đầu cả nước về tỷ lệ hồ sơ trực tuyến
BÁO THANH HÓA ĐIỆN TỬ""",
[task("Thanh Hóa", "2024-09M", 34, 45),
 _scope(dos("Thanh Hóa", "2024-09M", received=1204317, resolved=1176520, late_pct=1.02, online=612406,
            online_pct=50.85), TT),
 optional(_scope(dos("Thanh Hóa", "2024-09M", online_total=1204317), TT)),
 # named provinces' shares belong to them; the province's "toàn trình" share beside its online share is no slot
 _scope(dos("Quảng Ninh", "2024-09M", online_pct=88.4), TT),
 _scope(dos("Bắc Giang", "2024-09M", online_pct=84.7), TT),
 _scope(dos("Đồng Tháp", "2024-09M", online_pct=81.3), TT),
 # national figures: a count on Cổng Dịch vụ công quốc gia and an average
 optional(dos(None, "2024-09M", online=57200000, online_pct=43.6))]),
]


def _nc25(province: str, received: int, online_pct: float, late_pct: float, scope: str = TT) -> dict[str, object]:
    return _scope(dos(province, "2025-09M", received=received, online_pct=online_pct, late_pct=late_pct), scope)


TABLES_X: list[Case] = [
Case("XT1 paper of a merged province (Quảng Trị + Quảng Bình): dossier figures of 9 months of 2025 for the five North Central units from Cổng DVC quốc gia, pipe-separated with STT, 'Quảng Trị (mới)' and 'TP. Huế', a national row, a lead restating the host's row",
"https://baoquangtri.vn/chinh-tri/202510/9-thang-nam-2025-quang-tri-dung-thu-3-vung-bac-trung-bo-ve-ty-le-ho-so-truc-tuyen-2c81f04/",
dt.date(2025, 10, 16),
"""9 tháng năm 2025: Quảng Trị đứng thứ 3 vùng Bắc Trung Bộ về tỷ lệ hồ sơ trực tuyến
Thứ Năm, 16/10/2025 - 07:15
Chính trị
(QT) - Theo số liệu trên Cổng Dịch vụ công quốc gia, 9 tháng năm 2025, tỉnh Quảng Trị (hợp nhất từ Quảng Bình và Quảng Trị) tiếp nhận 608.114 hồ sơ TTHC, tỷ lệ hồ sơ trực tuyến đạt 68,90%, đứng thứ 3 trong 5 địa phương vùng Bắc Trung Bộ.
Kết quả tiếp nhận, giải quyết hồ sơ TTHC 9 tháng năm 2025 của các địa phương vùng Bắc Trung Bộ:
STT | Địa phương | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) | Tỷ lệ trễ hạn (%)
1 | Thanh Hóa | 1.386.205 | 66,42 | 0,87
2 | Nghệ An | 1.251.930 | 62,18 | 1,24
3 | Hà Tĩnh | 512.407 | 71,05 | 0,46
4 | Quảng Trị (mới) | 608.114 | 68,90 | 0,92
5 | TP. Huế | 437.826 | 79,36 | 0,35
Toàn quốc | 48.612.330 | 58,71 | 1,08
Nguồn: Cổng Dịch vụ công quốc gia (số liệu đến ngày 30/9/2025)
Tin liên quan
- Quảng Trị: 78/78 xã, phường, đặc khu vận hành Trung tâm Phục vụ hành chính công
BÁO QUẢNG TRỊ ĐIỆN TỬ""",
[_nc25("Thanh Hóa", 1386205, 66.42, 0.87), _nc25("Nghệ An", 1251930, 62.18, 1.24),
 _nc25("Hà Tĩnh", 512407, 71.05, 0.46), _nc25("Quảng Trị", 608114, 68.9, 0.92),
 _nc25("Thừa Thiên Huế", 437826, 79.36, 0.35, "toàn thành phố"),
 # the national row
 optional(dos(None, "2025-09M", received=48612330, online_pct=58.71, late_pct=1.08))],
table=True),

Case("XT2 SNV site of an old province (Hà Nam): quý I/2024 dossier table by unit, the provincial level, six district-level units (two 'thị xã', 'TP. Phủ Lý') and a 'Toàn tỉnh' row, tab-separated, a lead restating the total",
"https://sonoivu.hanam.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-giai-quyet-ho-so-thu-tuc-hanh-chinh-quy-i-2024-2947.html",
dt.date(2024, 4, 10),
"""Kết quả giải quyết hồ sơ thủ tục hành chính quý I/2024
Trang chủ > Tin tức > Cải cách hành chính
Ngày đăng: 10/04/2024 | Lượt xem: 152
Theo số liệu trên Hệ thống thông tin giải quyết TTHC tỉnh Hà Nam, quý I/2024, toàn tỉnh tiếp nhận 85.294 hồ sơ, tỷ lệ trễ hạn 1,32%. Kết quả cụ thể của từng cấp, từng đơn vị (cấp huyện gồm cả cấp xã trên địa bàn) như sau:
Đơn vị	Tiếp nhận	Đã giải quyết	Trước hạn (%)	Đúng hạn (%)	Trễ hạn (%)	Trực tuyến (%)
Cấp tỉnh (sở, ban, ngành)	21.406	20.873	78,42	21,05	0,53	81,27
TP. Phủ Lý	15.218	14.902	70,16	28,61	1,23	64,80
Thị xã Duy Tiên	11.574	11.306	66,35	31,92	1,73	58,42
Thị xã Kim Bảng	9.812	9.655	72,08	27,10	0,82	55,19
Huyện Thanh Liêm	8.936	8.741	61,47	36,25	2,28	49,63
Huyện Bình Lục	8.105	7.990	69,90	29,41	0,69	47,85
Huyện Lý Nhân	10.243	9.987	64,12	33,06	2,82	51,36
Toàn tỉnh	85.294	83.454	70,27	28,41	1,32	62,15
Sở Nội vụ đề nghị các đơn vị có tỷ lệ trễ hạn trên 2% rà soát, làm rõ nguyên nhân và gửi thư xin lỗi tổ chức, cá nhân theo quy định.
Phòng Cải cách hành chính
Tin khác
- Hà Nam: Công bố danh mục TTHC thực hiện tiếp nhận hồ sơ trực tuyến toàn trình
SỞ NỘI VỤ TỈNH HÀ NAM
Địa chỉ: Đường Trần Phú, phường Quang Trung, TP. Phủ Lý""",
[_scope(dos("Hà Nam", "2024-Q1", received=85294, resolved=83454, early_pct=70.27, on_time_pct=28.41, late_pct=1.32,
            online_pct=62.15), TT),
 _scope(dos("Hà Nam", "2024-Q1", received=21406, resolved=20873, early_pct=78.42, on_time_pct=21.05, late_pct=0.53,
            online_pct=81.27), "cấp tỉnh")],
table=True),
]


NEGATIVES_X: list[Case] = [
Case("XN1 a ward's page under a merged province's domain (phường Phủ Lý, Ninh Bình): the ward's Trung tâm's quý IV/2025 dossiers with shares and online counts, the ward's own plan '18/18 nhiệm vụ', its rank among 129 communes, 'x/x tổ dân phố', targets",
"https://phuly.ninhbinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/phuong-phu-ly-tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2025-1184.html",
dt.date(2026, 1, 8),
"""UBND PHƯỜNG PHỦ LÝ
Trang chủ | Giới thiệu | Tin tức | Thủ tục hành chính | Liên hệ
Phường Phủ Lý tổng kết công tác cải cách hành chính năm 2025
08/01/2026 | Lượt xem: 97
Chiều 7/1, UBND phường Phủ Lý tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2025, 6 tháng đầu tiên phường vận hành theo mô hình chính quyền địa phương 2 cấp.
Theo báo cáo, Kế hoạch CCHC năm 2025 của phường (ban hành sau khi thành lập phường) gồm 18 nhiệm vụ; đến ngày 31/12/2025, phường đã hoàn thành 18/18 nhiệm vụ, đạt 100%.
Từ ngày 01/7 đến ngày 31/12/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 21.684 hồ sơ, đã giải quyết 21.312 hồ sơ, trong đó trước hạn 82,6%, đúng hạn 16,9%, trễ hạn 0,5%. Hồ sơ nộp trực tuyến là 19.427 hồ sơ, đạt 89,59%. Riêng quý IV/2025, Trung tâm tiếp nhận 11.905 hồ sơ, tỷ lệ trực tuyến 91,2%.
Theo kết quả đánh giá của UBND tỉnh, chất lượng phục vụ người dân, doanh nghiệp của phường quý IV/2025 đạt 91,4 điểm, xếp thứ 3/129 xã, phường; 24/24 tổ dân phố đã thành lập tổ công nghệ số cộng đồng.
Năm 2026, phường phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 70%, không có hồ sơ trễ hạn, hoàn thành 20/20 nhiệm vụ CCHC.
Chủ tịch UBND phường trao giấy khen cho các tập thể, cá nhân. Ảnh: Văn phòng HĐND - UBND phường
Tin khác
- Phường Phủ Lý ra mắt mô hình "Cà phê số"
- Hướng dẫn nộp hồ sơ đăng ký hộ kinh doanh trực tuyến
UBND PHƯỜNG PHỦ LÝ - TỈNH NINH BÌNH
Địa chỉ: Số 1 Trần Phú, phường Phủ Lý, tỉnh Ninh Bình""",
[]),

Case("XN2 portal of an old province (Yên Bái): procedures, not dossiers ('1.102 TTHC ... toàn trình (59,4%)', '1.640/1.856 TTHC'), digitisation and payment shares, Đề án 06 '25/27', '173/173 xã', '213/213 cơ sở giáo dục', 'năm thứ 5 liên tiếp', next year's plan 'gồm 45 nhiệm vụ' and targets",
"https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=41873&l=Tintrongtinh",
dt.date(2024, 12, 20),
"""Yên Bái: Nâng cao chất lượng cung cấp dịch vụ công trực tuyến
Trang chủ > Tin tức > Tin trong tỉnh
20/12/2024 15:40 | Lượt xem: 342
Hiện nay, tỉnh Yên Bái có 1.856 thủ tục hành chính (TTHC), trong đó 1.102 TTHC được cung cấp dịch vụ công trực tuyến toàn trình (59,4%), 754 TTHC được cung cấp dịch vụ công trực tuyến một phần. Tỉnh đã tích hợp 1.640/1.856 TTHC lên Cổng Dịch vụ công quốc gia, đạt 88,4%.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 72,4%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 46,8%; 100% kết quả giải quyết TTHC được ký số. Trong Kế hoạch thực hiện Đề án 06 năm 2024, tỉnh đã hoàn thành 25/27 nhiệm vụ.
173/173 xã, phường, thị trấn đã có tổ công nghệ số cộng đồng; 213/213 cơ sở giáo dục thu học phí không dùng tiền mặt. Năm 2024 là năm thứ 5 liên tiếp tỉnh tổ chức Ngày hội chuyển đổi số.
Ngày 18/12, UBND tỉnh ban hành Kế hoạch CCHC năm 2025 gồm 45 nhiệm vụ, đặt mục tiêu tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 60%, 100% hồ sơ được số hóa khi tiếp nhận, tỷ lệ hồ sơ trễ hạn dưới 0,5%.
Công chức Bộ phận Một cửa hướng dẫn người dân sử dụng ứng dụng VNeID. Ảnh: Thanh Miền
Tin liên quan
- Yên Bái: Công bố 126 TTHC được cắt giảm thời gian giải quyết
- Hội nghị tập huấn ký số cho công chức cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
Cơ quan chủ quản: UBND tỉnh Yên Bái""",
[]),
]


def test_round_x_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round X prose", ROUND_X, capsys)


def test_round_x_tables_meet_the_target() -> None:
    assert_table_target(TABLES_X)


@pytest.mark.parametrize("case", NEGATIVES_X, ids=ids(NEGATIVES_X))
def test_round_x_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_X + TABLES_X, ids=ids(ROUND_X + TABLES_X))
def test_round_x_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
