"""Blind round AE: dossier and task figures as provincial reports phrase them, 2020-2026.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic and article tests nor other rounds, and not to run the extractor).
Theme: the dossier (hồ sơ TTHC) and task paragraphs of provincial CCHC reports, as Sở Nội vụ
sites, provincial portals and provincial papers word them between 2020 and 2026:

* received counts with their breakdown in brackets ("tiếp nhận 96.841 hồ sơ (trong đó: trực
  tuyến 54.120 hồ sơ, chiếm 55,89%; trực tiếp và qua bưu chính 42.721 hồ sơ)"), resolved
  counts with early / on-time / late counts and shares in brackets, the dossiers carried from
  the previous period ("số hồ sơ kỳ trước chuyển sang") stated beside or added to a "tổng số
  hồ sơ phải giải quyết", dossiers "đang giải quyết" split into "trong hạn" / "quá hạn",
  "tạm dừng" dossiers, and resolved counts split "trong hạn / quá hạn" without shares;
* numbers in "nghìn", "ngàn" and "triệu" ("248,3 ngàn", "312,5 nghìn", "1,2 triệu", "1,02
  triệu"), English separators beside Vietnamese ones in one article (AE11);
* periods: quarters ("quý I/2024", "quý III/2025", a bare "quý II" after the title's year,
  "quý I/2026"), a single month beside "lũy kế 11 tháng", 6 and 9 months, year-end reports
  (one with a 16/12-15/12 reporting year);
* the provincial Trung tâm Phục vụ hành chính công beside the whole province ("toàn tỉnh",
  "cả 3 cấp"), per-level totals (cấp tỉnh / huyện / xã, the Trung tâm of every commune),
  and figures of one district, city, ward or commune that are not the province's;
* task progress of the year's reform plan named by number ("Kế hoạch số 215/KH-UBND ... đề ra
  40 nhiệm vụ. Hết quý I/2024 ... đã hoàn thành 7/40 nhiệm vụ, đang triển khai 33"; "đã hoàn
  thành 25/40 nhiệm vụ, đang triển khai 15 nhiệm vụ, đạt 62,5%"; "46 nhiệm vụ, đạt 95,83%";
  "18 nhiệm vụ (41,86%)"), beside other numbered plans (Đề án 06, chính quyền điện tử,
  chuyển đổi số) and targets written as fractions ("ít nhất 20/40", "41/41");
* index results in passing (PAR Index, SIPAS, the monthly service index x/63 and x/34);
* two ranking tables: the Central Highlands' online dossiers for 9 months of 2024 by
  province, pipes, with a regional average row and a lead restating the host's row (AET1);
  the service index of June 2024 for the North Central provinces, tab-separated, "(/63)" in
  the header and a signed change column with "=" (AET2);
* two negatives, figure-heavy pages with no fact under the schema: a district portal's
  9-month report (the district's plan, dossiers, communes, rank among districts, targets;
  AEN1) and a provincial portal announcing next year's CCHC plan (numbered plan, 40 tasks,
  targets in percent and fractions, procedure counts, budget; AEN2).

Gold notes (judgement calls):

* Dossier facts carry ``scope``; the scorer keys them by (province, period), so every scope's
  figures are further values under the province's key. Province-wide figures are one fact
  with scope "toàn tỉnh". The provincial Trung tâm Phục vụ hành chính công's own figures
  and per-level totals (cấp tỉnh, cấp huyện, cấp xã; "Trung tâm ... của 135 xã, phường" is
  the commune level) are required with their own scope, as in rounds O and Q. "Trung tâm
  Phục vụ hành chính công tỉnh và Trung tâm ... của 102 xã, phường" together is every body,
  so "toàn tỉnh" (as Y8). A named district's, city's, ward's or commune's figures inside a
  provincial report (TP. Phan Thiết, huyện Sông Hinh, TP. Biên Hòa, phường Quy Nhơn, xã Ia
  Púch, xã Cái Bè, huyện Trần Văn Thời, huyện Đà Bắc) are not facts.
* ``received``: "tiếp nhận X hồ sơ (trong đó ...)" is X; "kỳ trước chuyển sang" stated in a
  clause of its own is not added to it (AE1, AE9). "tiếp nhận mới X; cộng với ... kỳ trước
  chuyển sang, tổng số hồ sơ phải giải quyết là Y" and "số hồ sơ tiếp nhận mới trong kỳ X;
  tổng số hồ sơ phải giải quyết Y" give X, with Y an optional ``received`` (as Q4).
* ``resolved`` is the "đã giải quyết" count only: dossiers "đang giải quyết" (in or out of
  time) and "tạm dừng" are not resolved ones. A resolved count split "trong hạn A, quá hạn B"
  without shares gives no share slot; "tỷ lệ quá hạn 1,15%" is ``late_pct``.
* Shares printed after counts ("trước hạn 66.130 hồ sơ (70,8%)") are slots; counts without a
  share give none. A share of "trước hạn và đúng hạn" together (AE2, AE4's "100% ... trước
  và đúng hạn") is an optional ``on_time_pct``; a share of dossiers due ("trên tổng số hồ sơ
  đến hạn giải quyết", AE8) has no slot and is not in the gold.
* ``online_total`` is required only where printed as a fraction ("19.785/41.208 hồ sơ",
  AE6); where the online share is "chiếm X%" of the received count in the same sentence (or
  a table row gives both), ``online_total`` = received is optional. "trực tuyến mức độ 3, 4"
  and "trực tuyến (toàn trình và một phần)" are the online count / share. Dossiers "qua
  bưu chính", payment and digitisation shares give no slot.
* "1,2 triệu hồ sơ" and "1,02 triệu hồ sơ" stated as counts are required (as S10, O13); a
  headline rounding a body figure ("hơn 41 nghìn hồ sơ") is not a second figure; last year's
  count in brackets ("năm 2020 (0,98 triệu hồ sơ)") is an optional fact of the earlier
  period; growth shares ("tăng 18% so với cùng kỳ", "tăng 9,4%") give no slot.
* Periods: "quý I/2024" → 2024-Q1; AE12's "Trong quý II" takes the title's 2022; "lũy kế 9
  tháng" / "lũy kế đến hết tháng 9" → 09M; "6 tháng đầu năm" → 06H1; "trong tháng 11/2023" →
  2023-11 beside "lũy kế 11 tháng" → 2023-11M; AE7's reporting year "từ ngày 16/12/2019 đến
  ngày 15/12/2020" is 2020 (as S5).
* Tasks: only the year's CCHC plan, whatever its number; the number in "Kế hoạch số
  215/KH-UBND" is never a count. "đang triển khai N nhiệm vụ" and "đạt 62,5%" give no slot.
  Tasks done "hết quý I" / "trong quý I" take the quarter (as S6, O15); "đến hết năm" / "đến
  ngày 31/12/2020" the year. Tasks of Đề án 06, of an e-government or digital-transformation
  plan, and targets ("hoàn thành ít nhất 20/40 nhiệm vụ", "hoàn thành 41/41") are not facts.
* Index results: ``rank_of`` is required when printed with the rank; where only a table
  header "(/63)" implies it, it is a separate optional fact (``implied_rank_of``), and a
  change "=" is an optional ``rank_change`` 0 (as QT2). Monthly service-index facts carry
  ``period``; the scorer keys them by year.
* AET1: each row is a province-wide dossier fact for 9 months of 2024 (``online_total`` =
  the received column optional); "Bình quân vùng" is not a fact; "đứng thứ 2 trong 5 tỉnh Tây
  Nguyên" ranks a dossier share, not an index: no ``index_result``. The lead restating the
  host's row is the same fact.

First score (extractor 1.11.0 at 519ac77, on arrival): prose **0.981 / 0.945**, tables
**0.935**, negatives clean: both prose targets met at first sight. What it missed: "Tổng số
nhiệm vụ theo Kế hoạch số ... là 48 nhiệm vụ; ... đã hoàn thành 46 nhiệm vụ" (and it read an
e-government plan's "12/15 nhiệm vụ" as the reform plan's), a total "thực hiện 43 nhiệm vụ"
with the count done in the next sentence. After those fixes: 0.994 / 0.970, tables 0.935.
Left: an online count inside "(trong đó: trực tuyến 54.120 hồ sơ, chiếm 55,89%; ...)", "có
986.213 hồ sơ đã giải quyết", a period named after the figure ("tiếp nhận 15.610 hồ sơ trong 6
tháng", read with no period), a table of online shares by province (AET1's share column).
Each fix has a follow-up of its own sentences in ``test_extract_followups.py`` that fails
before it.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import PAR, SIPAS, SVC, Case, dos, idx, implied_rank_of, optional, svc, task

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
CENTRE = "Trung tâm Phục vụ hành chính công tỉnh"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


def _all(fact: dict[str, object]) -> dict[str, object]:
    """Province-wide dossier figures."""
    return _scope(fact, TT)


ROUND_AE: list[Case] = [
# ------------------------------------------------------------------ quarters and plans named by number
Case("AE1 SNV site, Q1/2024: 'Kế hoạch số 215/KH-UBND ... đề ra 40 nhiệm vụ', 'hoàn thành 7/40, đang triển khai 33', received with online / direct-and-post split in brackets, carried-over dossiers beside, counts with shares, in-process 'trong hạn / quá hạn / tạm dừng', February service index, a '20/40' target",
"https://sonoivu.hanam.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-cong-tac-cai-cach-hanh-chinh-quy-i-nam-2024-2315.html",
dt.date(2024, 4, 8),
"""Kết quả công tác cải cách hành chính quý I năm 2024
Trang chủ » Tin tức - Sự kiện » Cải cách hành chính
Ngày đăng: 08/04/2024 | Lượt xem: 187
Sở Nội vụ tỉnh Hà Nam vừa tổng hợp, báo cáo UBND tỉnh kết quả thực hiện công tác cải cách hành chính (CCHC) quý I năm 2024.
Kế hoạch số 215/KH-UBND ngày 22/12/2023 của UBND tỉnh về cải cách hành chính năm 2024 đề ra 40 nhiệm vụ. Hết quý I/2024, các cơ quan, đơn vị đã hoàn thành 7/40 nhiệm vụ, đang triển khai 33 nhiệm vụ, bảo đảm tiến độ đề ra; 100% sở, ban, ngành và UBND cấp huyện đã ban hành kế hoạch CCHC năm 2024 của đơn vị mình.
Về giải quyết thủ tục hành chính (TTHC), trong quý I/2024, toàn tỉnh tiếp nhận 96.841 hồ sơ (trong đó: trực tuyến 54.120 hồ sơ, chiếm 55,89%; trực tiếp và qua bưu chính 42.721 hồ sơ); số hồ sơ kỳ trước chuyển sang là 2.935 hồ sơ. Đã giải quyết 93.406 hồ sơ, trong đó giải quyết trước hạn 66.130 hồ sơ (70,8%), đúng hạn 26.809 hồ sơ (28,7%), quá hạn 467 hồ sơ (0,5%). Hiện còn 6.370 hồ sơ đang giải quyết (6.202 hồ sơ trong hạn, 156 hồ sơ quá hạn, 12 hồ sơ tạm dừng để chờ công dân bổ sung). Các cơ quan đã gửi 467 văn bản xin lỗi đối với hồ sơ quá hạn.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 2/2024 của tỉnh đạt 82,14 điểm, xếp thứ 17/63 tỉnh, thành phố.
Quý II/2024, Sở Nội vụ đề nghị các cơ quan, đơn vị phấn đấu 100% hồ sơ được giải quyết đúng hạn, tỷ lệ hồ sơ trực tuyến đạt trên 60%, hoàn thành ít nhất 20/40 nhiệm vụ theo kế hoạch.
Phòng Cải cách hành chính - Văn thư lưu trữ
Tin khác
- Hà Nam: Kiểm tra công vụ đột xuất tại Bộ phận Một cửa huyện Kim Bảng
- Tập huấn nghiệp vụ kiểm soát TTHC năm 2024
SỞ NỘI VỤ TỈNH HÀ NAM
Địa chỉ: Đường Trần Phú, TP. Phủ Lý, tỉnh Hà Nam""",
[task("Hà Nam", "2024-Q1", 7, 40),
 _all(dos("Hà Nam", "2024-Q1", received=96841, resolved=93406, early_pct=70.8, on_time_pct=28.7, late_pct=0.5,
          online=54120, online_pct=55.89)),
 optional(_all(dos("Hà Nam", "2024-Q1", online_total=96841))),
 svc("Hà Nam", "2024-02", score=82.14, rank=17, rank_of=63)]),

Case("AE2 provincial paper, first half of 2023: the provincial Trung tâm's own counts and shares first, then 'toàn tỉnh (cả 3 cấp)' in 'nghìn', a combined early+on-time share, a city's and an island district's counts, tasks '21/45', a headline 'hơn 41 nghìn'",
"https://baobinhthuan.com.vn/thoi-su/6-thang-trung-tam-phuc-vu-hanh-chinh-cong-tinh-tiep-nhan-hon-41-nghin-ho-so-108742.html",
dt.date(2023, 7, 12),
"""Bình Thuận: 6 tháng, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hơn 41 nghìn hồ sơ
Thứ Tư, 12/07/2023 - 06:30
Thời sự
(BBT) - Theo báo cáo của Trung tâm Phục vụ hành chính công tỉnh Bình Thuận, 6 tháng đầu năm 2023, Trung tâm đã tiếp nhận 41.286 hồ sơ TTHC của 17 sở, ngành (trong đó trực tuyến 29.904 hồ sơ, chiếm 72,43%), tăng 18% so với cùng kỳ. Đã giải quyết 39.870 hồ sơ, trong đó trước hạn 31.102 hồ sơ (78,01%), đúng hạn 8.450 hồ sơ (21,19%), quá hạn 318 hồ sơ (0,8%); đang giải quyết 1.416 hồ sơ trong hạn.
Hồ sơ quá hạn tập trung ở lĩnh vực đất đai, xây dựng; Trung tâm đã phối hợp với các sở gửi 318 thư xin lỗi đến người dân, doanh nghiệp.
Tính chung toàn tỉnh (cả 3 cấp), 6 tháng đầu năm 2023 tiếp nhận 312,5 nghìn hồ sơ, đã giải quyết 301,2 nghìn hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,2%; tỷ lệ hồ sơ trực tuyến đạt 38,6%, còn thấp so với mặt bằng chung. Ở cấp huyện, TP. Phan Thiết tiếp nhận nhiều hồ sơ nhất với 24.718 hồ sơ, huyện đảo Phú Quý ít nhất với 1.905 hồ sơ.
Cũng trong 6 tháng đầu năm, tỉnh đã hoàn thành 21/45 nhiệm vụ theo Kế hoạch CCHC năm 2023; 24 nhiệm vụ còn lại đang được triển khai.
Giám đốc Trung tâm cho biết, 6 tháng cuối năm, Trung tâm phấn đấu 100% hồ sơ được số hóa khi tiếp nhận, tỷ lệ hồ sơ trực tuyến tại Trung tâm đạt trên 80%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: N.Lân
Tin liên quan
- Phan Thiết: 100% xã, phường có Tổ công nghệ số cộng đồng
- Bình Thuận công bố 1.796 TTHC thuộc thẩm quyền giải quyết của UBND tỉnh
BÁO BÌNH THUẬN ĐIỆN TỬ""",
[_scope(dos("Bình Thuận", "2023-06H1", received=41286, resolved=39870, early_pct=78.01, on_time_pct=21.19,
            late_pct=0.8, online=29904, online_pct=72.43), CENTRE),
 optional(_scope(dos("Bình Thuận", "2023-06H1", online_total=41286), CENTRE)),
 _all(dos("Bình Thuận", "2023-06H1", received=312500, resolved=301200, online_pct=38.6)),
 # "trước hạn và đúng hạn" together
 optional(_all(dos("Bình Thuận", "2023-06H1", on_time_pct=98.2))),
 task("Bình Thuận", "2023-06H1", 21, 45)]),

Case("AE3 provincial portal, 9 months of 2022: 'đã hoàn thành 25/40 nhiệm vụ, đang triển khai 15 nhiệm vụ, đạt 62,5%', September alone beside 'lũy kế 9 tháng', counts in 'ngàn' with carried-over added into 'tổng số hồ sơ phải giải quyết', three levels with late shares, a district's extreme, digitisation",
"https://phuyen.gov.vn/wps/portal/Home/tin-tuc/chi-tiet/phu-yen-9-thang-nam-2022-hoan-thanh-25-40-nhiem-vu-cai-cach-hanh-chinh",
dt.date(2022, 10, 10),
"""Phú Yên: 9 tháng năm 2022 hoàn thành 25/40 nhiệm vụ cải cách hành chính
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
10/10/2022 | Lượt xem: 342
(PYO) - Theo báo cáo của UBND tỉnh về công tác cải cách hành chính (CCHC) quý III và 9 tháng năm 2022, lũy kế đến hết tháng 9, tỉnh đã hoàn thành 25/40 nhiệm vụ của Kế hoạch CCHC năm 2022, đang triển khai 15 nhiệm vụ, đạt 62,5% kế hoạch năm.
Trong tháng 9/2022, toàn tỉnh tiếp nhận 27.604 hồ sơ TTHC, đã giải quyết 26.915 hồ sơ.
Lũy kế 9 tháng năm 2022, toàn tỉnh tiếp nhận mới 248,3 ngàn hồ sơ; cộng với 4,1 ngàn hồ sơ kỳ trước chuyển sang, tổng số hồ sơ phải giải quyết là 252,4 ngàn hồ sơ. Đã giải quyết 241,6 ngàn hồ sơ, trong đó trước hạn 64,2%, đúng hạn 34,7%, quá hạn 1,1%; đang giải quyết 10,8 ngàn hồ sơ. Cụ thể, cấp tỉnh tiếp nhận 61.420 hồ sơ, tỷ lệ quá hạn 0,6%; cấp huyện tiếp nhận 79.115 hồ sơ, tỷ lệ quá hạn 2,3%; cấp xã tiếp nhận 107.765 hồ sơ, tỷ lệ quá hạn 0,4%. Huyện Sông Hinh có tỷ lệ hồ sơ quá hạn cao nhất tỉnh (5,7%).
Tỷ lệ hồ sơ trực tuyến 9 tháng đạt 31,07%, tăng 9,4% so với cùng kỳ năm 2021; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 27,5%.
Quý IV/2022, UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu hoàn thành 100% nhiệm vụ CCHC năm 2022, đưa tỷ lệ hồ sơ quá hạn xuống dưới 1%.
Quang cảnh phiên họp UBND tỉnh tháng 9/2022. Ảnh: PYO
Tin khác
- Phú Yên công bố danh mục TTHC tiếp nhận trực tuyến toàn trình
- Huyện Sông Hinh kiểm điểm trách nhiệm để hồ sơ quá hạn
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ YÊN""",
[task("Phú Yên", "2022-09M", 25, 40),
 _all(dos("Phú Yên", "2022-09", received=27604, resolved=26915)),
 _all(dos("Phú Yên", "2022-09M", received=248300, resolved=241600, early_pct=64.2, on_time_pct=34.7, late_pct=1.1,
          online_pct=31.07)),
 # the total to process (new + carried over), as Q4
 optional(_all(dos("Phú Yên", "2022-09M", received=252400))),
 _scope(dos("Phú Yên", "2022-09M", received=61420, late_pct=0.6), "cấp tỉnh"),
 _scope(dos("Phú Yên", "2022-09M", received=79115, late_pct=2.3), "cấp huyện"),
 _scope(dos("Phú Yên", "2022-09M", received=107765, late_pct=0.4), "cấp xã")]),

# ------------------------------------------------------------------ year-end reports, 'triệu' and 'nghìn'
Case("AE4 provincial paper, year-end 2021: 'Kế hoạch số 3620/KH-UBND ... 40 nhiệm vụ ... 38/40', a digital-transformation plan's tasks, '1,2 triệu' and '1,18 triệu', last year's '0,98 triệu' in brackets, online in 'nghìn', post, the Trung tâm's count and '100% trước và đúng hạn'",
"https://baohaiduong.vn/chinh-tri/hai-duong-nam-2021-hoan-thanh-38-40-nhiem-vu-cai-cach-hanh-chinh-201745",
dt.date(2022, 1, 12),
"""Hải Dương: Năm 2021 hoàn thành 38/40 nhiệm vụ cải cách hành chính
12/01/2022 07:15
Chính trị
(BHD) - Chiều 11/1, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức hội nghị tổng kết công tác CCHC năm 2021, triển khai nhiệm vụ năm 2022.
Theo báo cáo, Kế hoạch số 3620/KH-UBND ngày 25/12/2020 của UBND tỉnh về CCHC năm 2021 có 40 nhiệm vụ. Đến hết năm, tỉnh đã hoàn thành 38/40 nhiệm vụ; 2 nhiệm vụ chuyển sang năm 2022 do phụ thuộc hướng dẫn của Trung ương. Riêng Kế hoạch chuyển đổi số năm 2021 có 52 nhiệm vụ, đã hoàn thành 47 nhiệm vụ.
Dù chịu ảnh hưởng nặng nề của dịch Covid-19, năm 2021 toàn tỉnh tiếp nhận 1,2 triệu hồ sơ TTHC, tăng khoảng 22% so với năm 2020 (0,98 triệu hồ sơ). Đã giải quyết 1,18 triệu hồ sơ, tỷ lệ trước hạn 58,6%, đúng hạn 40,5%, trễ hạn 0,9%. Số hồ sơ nộp trực tuyến đạt 312,7 nghìn hồ sơ, chiếm 26,1% tổng số hồ sơ tiếp nhận; qua dịch vụ bưu chính công ích 18,4 nghìn hồ sơ.
Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 98.340 hồ sơ, 100% hồ sơ được giải quyết trước và đúng hạn.
Phát biểu kết luận, Chủ tịch UBND tỉnh đề nghị năm 2022 phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 50%, 100% hồ sơ trễ hạn có văn bản xin lỗi người dân.
Chủ tịch UBND tỉnh trao Bằng khen cho các tập thể có thành tích trong công tác CCHC. Ảnh: Thành Chung
Tin liên quan
- Hải Dương công bố Chỉ số CCHC năm 2021 của các sở, ngành, địa phương
BÁO HẢI DƯƠNG ĐIỆN TỬ""",
[task("Hải Dương", "2021", 38, 40),
 _all(dos("Hải Dương", "2021", received=1200000, resolved=1180000, early_pct=58.6, on_time_pct=40.5,
          late_pct=0.9, online=312700, online_pct=26.1)),
 optional(_all(dos("Hải Dương", "2021", online_total=1200000))),
 optional(_all(dos("Hải Dương", "2020", received=980000))),
 _scope(dos("Hải Dương", "2021", received=98340), CENTRE),
 # "trước và đúng hạn" together
 optional(_scope(dos("Hải Dương", "2021", on_time_pct=100), CENTRE))]),

Case("AE5 portal of a merged province (Gia Lai + Bình Định), Q3/2025: the provincial Trung tâm and the communes' Trung tâm counts, the province's total with online in brackets, shares, named ward and commune, 'lũy kế 9 tháng' in 'triệu' with both old provinces, 'Kế hoạch số 38/KH-UBND ... 36 nhiệm vụ; lũy kế 9 tháng ... 14', September service index x/34",
"https://gialai.gov.vn/tin-tuc/cai-cach-hanh-chinh/gia-lai-quy-iii-2025-ty-le-ho-so-truc-tuyen-dat-70-1-52817.html",
dt.date(2025, 10, 9),
"""Gia Lai: Quý III/2025, tỷ lệ hồ sơ trực tuyến đạt 70,1%
Trang chủ > Tin tức > Cải cách hành chính
09/10/2025 | 15:20
Quý III/2025 là quý đầu tiên tỉnh Gia Lai (mới), được hợp nhất từ tỉnh Gia Lai và tỉnh Bình Định, vận hành chính quyền địa phương 2 cấp với 135 xã, phường.
Theo báo cáo của Văn phòng UBND tỉnh, trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 52.318 hồ sơ; Trung tâm Phục vụ hành chính công của 135 xã, phường tiếp nhận 301.772 hồ sơ. Tính chung toàn tỉnh, quý III tiếp nhận 354.090 hồ sơ (trong đó trực tuyến 248.216 hồ sơ, chiếm 70,1%), đã giải quyết 336.905 hồ sơ, trong đó trước hạn 76,4%, đúng hạn 22,1%, quá hạn 1,5%; còn 17.185 hồ sơ đang giải quyết. Phường Quy Nhơn tiếp nhận nhiều hồ sơ nhất với 18.402 hồ sơ; xã Ia Púch ít nhất với 412 hồ sơ.
Lũy kế 9 tháng năm 2025 (gồm số liệu của hai tỉnh Gia Lai và Bình Định trước hợp nhất trong 6 tháng đầu năm), toàn tỉnh tiếp nhận 1,03 triệu hồ sơ, tỷ lệ hồ sơ trực tuyến đạt 63,8%.
Kế hoạch số 38/KH-UBND ngày 15/7/2025 của UBND tỉnh về CCHC năm 2025 (ban hành lại sau hợp nhất) gồm 36 nhiệm vụ; lũy kế 9 tháng, đã hoàn thành 14 nhiệm vụ, đang triển khai 22 nhiệm vụ.
Về Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 9/2025 tỉnh đạt 83,71 điểm, xếp thứ 14/34 tỉnh, thành phố.
Chủ tịch UBND tỉnh yêu cầu quý IV/2025 giảm tỷ lệ hồ sơ quá hạn xuống dưới 1%, phấn đấu 100% xã, phường có tỷ lệ hồ sơ trực tuyến trên 70%.
Lượt xem: 318
Tin khác
- Gia Lai công bố 1.905 TTHC thực hiện tại cấp xã
- Phường Quy Nhơn thí điểm "Một cửa không giấy"
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH GIA LAI""",
[_all(dos("Gia Lai", "2025-Q3", received=354090, resolved=336905, early_pct=76.4, on_time_pct=22.1, late_pct=1.5,
          online=248216, online_pct=70.1)),
 optional(_all(dos("Gia Lai", "2025-Q3", online_total=354090))),
 _scope(dos("Gia Lai", "2025-Q3", received=52318), CENTRE),
 _scope(dos("Gia Lai", "2025-Q3", received=301772), "cấp xã"),
 _all(dos("Gia Lai", "2025-09M", received=1030000, online_pct=63.8)),
 task("Gia Lai", "2025-09M", 14, 36),
 svc("Gia Lai", "2025-09", score=83.71, rank=14, rank_of=34)]),

Case("AE6 provincial portal, November 2023: the month's 'kỳ trước chuyển sang / tiếp nhận mới trong kỳ / tổng số phải giải quyết', resolved split 'trong hạn / quá hạn' without shares and a late share, in-process split, an online fraction; 'lũy kế 11 tháng' with shares; a district's count; 11-month tasks; October service index",
"https://camau.gov.vn/wps/portal/trang-chu/tin-tuc/chi-tiet/ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-11-va-11-thang-nam-2023",
dt.date(2023, 12, 5),
"""Cà Mau: Kết quả giải quyết thủ tục hành chính tháng 11 và 11 tháng năm 2023
Trang chủ » Tin tức » Cải cách hành chính
05/12/2023 | Lượt xem: 216
(CMO) - Theo Văn phòng UBND tỉnh, kết quả tiếp nhận, giải quyết hồ sơ TTHC trên Hệ thống thông tin giải quyết TTHC tỉnh trong tháng 11/2023 như sau: số hồ sơ kỳ trước chuyển sang 3.412 hồ sơ; số hồ sơ tiếp nhận mới trong kỳ 41.208 hồ sơ; tổng số hồ sơ phải giải quyết 44.620 hồ sơ. Đã giải quyết 41.983 hồ sơ (trong hạn 41.502 hồ sơ, quá hạn 481 hồ sơ), tỷ lệ quá hạn 1,15%; đang giải quyết 2.637 hồ sơ (trong hạn 2.590 hồ sơ, quá hạn 47 hồ sơ). Số hồ sơ trực tuyến trong tháng là 19.785/41.208 hồ sơ, chiếm 48,01%.
Lũy kế 11 tháng năm 2023, toàn tỉnh tiếp nhận 452.907 hồ sơ, đã giải quyết 447.615 hồ sơ, trong đó trước hạn 69,25%, đúng hạn 29,53%, quá hạn 1,22%; tỷ lệ hồ sơ trực tuyến đạt 47,3%. Huyện Trần Văn Thời có 126 hồ sơ quá hạn, nhiều nhất tỉnh.
Cũng theo báo cáo, lũy kế đến hết tháng 11, tỉnh đã hoàn thành 35/42 nhiệm vụ của Kế hoạch CCHC năm 2023; 7 nhiệm vụ còn lại phấn đấu hoàn thành trước ngày 31/12/2023.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2023 của tỉnh đạt 84,36 điểm, xếp thứ 11/63, tăng 4 bậc so với tháng 9/2023.
Tin khác
- Cà Mau: Tập huấn kỹ năng hướng dẫn nộp hồ sơ trực tuyến cho Tổ công nghệ số cộng đồng
- Huyện Trần Văn Thời chấn chỉnh tình trạng hồ sơ đất đai quá hạn
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU""",
[_all(dos("Cà Mau", "2023-11", received=41208, resolved=41983, late_pct=1.15, online=19785, online_total=41208,
          online_pct=48.01)),
 # the total to process (carried over + new), as Q4
 optional(_all(dos("Cà Mau", "2023-11", received=44620))),
 _all(dos("Cà Mau", "2023-11M", received=452907, resolved=447615, early_pct=69.25, on_time_pct=29.53,
          late_pct=1.22, online_pct=47.3)),
 task("Cà Mau", "2023-11M", 35, 42),
 svc("Cà Mau", "2023-10", score=84.36, rank=11, rank_of=63, rank_change=4)]),

Case("AE7 SNV site, year-end 2020: 'Tổng số nhiệm vụ theo Kế hoạch số 4521/KH-UBND ... là 48 nhiệm vụ; ... đã hoàn thành 46 nhiệm vụ, đạt 95,83%', an e-government plan's '12/15', the reporting year 16/12-15/12, online level 3-4 and post counts, counts with shares, the Trung tâm's counts and early share, PAR 2019",
"https://sonoivu.laocai.gov.vn/tin-tuc/cai-cach-hanh-chinh/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2020-1048.html",
dt.date(2021, 1, 8),
"""Tổng kết công tác cải cách hành chính năm 2020
Trang chủ > Tin tức > Cải cách hành chính
Ngày đăng: 08/01/2021 | Lượt xem: 402
Ngày 7/1, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh Lào Cai tổ chức hội nghị tổng kết công tác CCHC năm 2020, triển khai nhiệm vụ năm 2021.
Tổng số nhiệm vụ theo Kế hoạch số 4521/KH-UBND ngày 20/12/2019 của UBND tỉnh về CCHC năm 2020 là 48 nhiệm vụ; đến ngày 31/12/2020, đã hoàn thành 46 nhiệm vụ, đạt 95,83%; 02 nhiệm vụ đang triển khai. Đối với Kế hoạch số 122/KH-UBND về xây dựng chính quyền điện tử, tỉnh hoàn thành 12/15 nhiệm vụ.
Năm 2020 (số liệu từ ngày 16/12/2019 đến ngày 15/12/2020), toàn tỉnh tiếp nhận 358.216 hồ sơ, trong đó tiếp nhận trực tuyến mức độ 3, 4 là 47.930 hồ sơ (13,38%), qua dịch vụ bưu chính công ích 6.105 hồ sơ. Đã giải quyết 352.680 hồ sơ, trong đó trước hạn 235.312 hồ sơ (66,72%), đúng hạn 114.588 hồ sơ (32,49%), quá hạn 2.780 hồ sơ (0,79%).
Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 71.004 hồ sơ, giải quyết 70.112 hồ sơ, tỷ lệ giải quyết trước hạn đạt 88,1%.
Chỉ số CCHC năm 2019 của tỉnh đạt 81,27%, xếp thứ 16/63 tỉnh, thành phố.
Năm 2021, tỉnh phấn đấu 100% nhiệm vụ được hoàn thành đúng tiến độ, tỷ lệ hồ sơ trực tuyến đạt tối thiểu 30%.
Quang cảnh hội nghị. Ảnh: Phòng CCHC
Tin khác
- Lào Cai: Công bố Chỉ số CCHC năm 2020 của các sở, ban, ngành
- Kiểm tra công tác CCHC tại huyện Bát Xát
SỞ NỘI VỤ TỈNH LÀO CAI
Địa chỉ: Tầng 3, Khối 2, Đại lộ Trần Hưng Đạo, TP. Lào Cai""",
[task("Lào Cai", "2020", 46, 48),
 _all(dos("Lào Cai", "2020", received=358216, resolved=352680, early_pct=66.72, on_time_pct=32.49, late_pct=0.79,
          online=47930, online_pct=13.38)),
 optional(_all(dos("Lào Cai", "2020", online_total=358216))),
 _scope(dos("Lào Cai", "2020", received=71004, resolved=70112, early_pct=88.1), CENTRE),
 idx("Lào Cai", PAR, 2019, score=81.27, rank=16, rank_of=63)]),

Case("AE8 provincial paper, first half of 2024: '1,02 triệu' split into resolved / 'đang giải quyết' / 'tạm dừng', a share of dossiers due, online share of received, the Trung tâm in 'ngàn', a city's count, 'Kế hoạch số 186/KH-UBND ... 43 nhiệm vụ ... 18 nhiệm vụ (41,86%)', PAR and SIPAS 2023, targets",
"https://baodongnai.com.vn/chinh-tri/202407/6-thang-dau-nam-2024-dong-nai-tiep-nhan-102-trieu-ho-so-thu-tuc-hanh-chinh-3178425/",
dt.date(2024, 7, 15),
"""Đồng Nai: 6 tháng đầu năm 2024 tiếp nhận 1,02 triệu hồ sơ thủ tục hành chính
Thứ Hai, 15/07/2024 - 05:40
Thời sự
(ĐN) - Theo báo cáo của Sở Nội vụ, 6 tháng đầu năm 2024, các cơ quan hành chính 3 cấp trên địa bàn tỉnh tiếp nhận 1,02 triệu hồ sơ TTHC. Trong số này, có 986.213 hồ sơ đã giải quyết, 27.460 hồ sơ đang giải quyết và 6.327 hồ sơ tạm dừng xử lý do chờ người dân bổ sung giấy tờ, thực hiện nghĩa vụ tài chính. Tỷ lệ giải quyết đúng hạn trên tổng số hồ sơ đến hạn giải quyết đạt 98,7%. Hồ sơ nộp trực tuyến chiếm 52,4% tổng số hồ sơ tiếp nhận.
Riêng Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 118,6 ngàn hồ sơ, tỷ lệ trực tuyến đạt 91,2%. TP. Biên Hòa là địa phương cấp huyện có lượng hồ sơ lớn nhất với hơn 212 ngàn hồ sơ, tỷ lệ trực tuyến 61,5%.
Theo Kế hoạch số 186/KH-UBND ngày 29/12/2023 của UBND tỉnh, năm 2024 tỉnh thực hiện 43 nhiệm vụ CCHC. 6 tháng đầu năm đã hoàn thành 18 nhiệm vụ (41,86%), 25 nhiệm vụ đang triển khai đúng tiến độ.
Năm 2023, Chỉ số CCHC của tỉnh đạt 86,55%, xếp thứ 33/63; Chỉ số SIPAS đạt 80,94%, xếp thứ 47/63. Tỉnh đặt mục tiêu năm 2024 cải thiện ít nhất 10 bậc ở cả hai chỉ số, phấn đấu 100% hồ sơ được giải quyết đúng hạn.
Người dân nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: Hải Quân
Tin liên quan
- Biên Hòa: Ra mắt mô hình "Bộ phận Một cửa thân thiện"
- Đồng Nai công bố Chỉ số DDCI năm 2023
BÁO ĐỒNG NAI ĐIỆN TỬ""",
[_all(dos("Đồng Nai", "2024-06H1", received=1020000, resolved=986213, online_pct=52.4)),
 optional(_all(dos("Đồng Nai", "2024-06H1", online_total=1020000))),
 _scope(dos("Đồng Nai", "2024-06H1", received=118600, online_pct=91.2), CENTRE),
 task("Đồng Nai", "2024-06H1", 18, 43),
 idx("Đồng Nai", PAR, 2023, score=86.55, rank=33, rank_of=63),
 idx("Đồng Nai", SIPAS, 2023, score=80.94, rank=47, rank_of=63)]),

Case("AE9 paper of a merged province (Đồng Tháp + Tiền Giang), Q1/2026: the provincial Trung tâm and 102 communes' Trung tâm together (province-wide), online in brackets, carried-over beside, counts with shares, a commune's count, 'Kế hoạch số 12/KH-UBND ... 45 nhiệm vụ; trong quý I ... 8/45', March service index x/34, a headline 'trước hạn 77%'",
"https://baodongthap.vn/chinh-tri/quy-i-2026-dong-thap-giai-quyet-truoc-han-77-ho-so-thu-tuc-hanh-chinh-148215.aspx",
dt.date(2026, 4, 9),
"""Đồng Tháp: Quý I/2026 giải quyết trước hạn 77% hồ sơ thủ tục hành chính
Cập nhật: 09/04/2026 - 10:05
Chính trị
(ĐT) - Theo báo cáo của Sở Nội vụ, trong quý I/2026, Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục vụ hành chính công của 102 xã, phường trên địa bàn tỉnh Đồng Tháp tiếp nhận 289.540 hồ sơ, trong đó trực tuyến 231.054 hồ sơ (79,8%); số hồ sơ kỳ trước chuyển sang là 9.875 hồ sơ. Đã giải quyết 276.118 hồ sơ, trong đó trước hạn 212.611 hồ sơ (77%), đúng hạn 61.295 hồ sơ (22,2%), quá hạn 2.212 hồ sơ (0,8%); đang giải quyết 23.297 hồ sơ.
Khu vực Tiền Giang cũ tiếp tục có tỷ lệ hồ sơ trực tuyến cao; xã Cái Bè tiếp nhận nhiều hồ sơ nhất tỉnh với 9.412 hồ sơ.
Kế hoạch số 12/KH-UBND ngày 08/01/2026 của UBND tỉnh về cải cách hành chính năm 2026 có 45 nhiệm vụ; trong quý I, đã hoàn thành 8/45 nhiệm vụ, 37 nhiệm vụ đang triển khai theo lộ trình.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3/2026 của tỉnh đạt 88,4 điểm, xếp thứ 3/34 tỉnh, thành phố, tăng 2 bậc so với tháng 2/2026.
Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, UBND cấp xã phấn đấu quý II không để phát sinh hồ sơ quá hạn, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 85%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công xã Cái Bè. Ảnh: Hữu Nghĩa
Tin liên quan
- Đồng Tháp: 102/102 xã, phường triển khai thanh toán trực tuyến phí, lệ phí
BÁO ĐỒNG THÁP ĐIỆN TỬ""",
[_all(dos("Đồng Tháp", "2026-Q1", received=289540, resolved=276118, early_pct=77, on_time_pct=22.2, late_pct=0.8,
          online=231054, online_pct=79.8)),
 optional(_all(dos("Đồng Tháp", "2026-Q1", online_total=289540))),
 task("Đồng Tháp", "2026-Q1", 8, 45),
 svc("Đồng Tháp", "2026-03", score=88.4, rank=3, rank_of=34, rank_change=2)]),

Case("AE10 provincial portal, year-end 2023: 'triển khai 36 nhiệm vụ theo Kế hoạch số 275/KH-UBND ...; ... 34/36', an Đề án 06 plan by number with '28/31', three levels summed 'tổng cộng toàn tỉnh', shares, online 'toàn trình và một phần', payment share, PAR 2022, targets",
"https://backan.gov.vn/Pages/bac-kan-nam-2023-hoan-thanh-34-36-nhiem-vu-cai-cach-hanh-chinh-8c41.aspx",
dt.date(2024, 1, 16),
"""Bắc Kạn: Năm 2023 hoàn thành 34/36 nhiệm vụ cải cách hành chính
Trang chủ » Tin tức - Sự kiện » Tin trong tỉnh
16/01/2024 | Lượt xem: 295
Ngày 15/1, UBND tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, tỉnh triển khai 36 nhiệm vụ theo Kế hoạch số 275/KH-UBND ngày 30/12/2022 của UBND tỉnh về CCHC năm 2023; kết quả đã hoàn thành 34/36 nhiệm vụ, 2 nhiệm vụ chưa hoàn thành. Đối với Kế hoạch số 102/KH-UBND thực hiện Đề án 06 của Chính phủ, tỉnh đã hoàn thành 28/31 nhiệm vụ.
Trong năm, cấp tỉnh tiếp nhận 42.315 hồ sơ, cấp huyện tiếp nhận 31.870 hồ sơ, cấp xã tiếp nhận 68.452 hồ sơ; tổng cộng toàn tỉnh tiếp nhận 142.637 hồ sơ. Đã giải quyết 140.902 hồ sơ, tỷ lệ trước hạn 81,3%, đúng hạn 17,9%, quá hạn 0,8%. Tỷ lệ hồ sơ trực tuyến (toàn trình và một phần) đạt 44,6%; tỷ lệ thanh toán trực tuyến đạt 28,3%.
Chỉ số CCHC năm 2022 của tỉnh đạt 80,12%, xếp thứ 56/63 tỉnh, thành phố; đây là động lực để tỉnh quyết liệt hơn trong năm 2024.
Phát biểu kết luận, Chủ tịch UBND tỉnh yêu cầu năm 2024 phấn đấu Chỉ số CCHC tăng ít nhất 10 bậc, hoàn thành 100% nhiệm vụ theo kế hoạch, tỷ lệ hồ sơ trực tuyến đạt trên 60%.
Quang cảnh hội nghị. Ảnh: Thu Trang
Tin khác
- Bắc Kạn công bố Chỉ số CCHC năm 2023 của các sở, ngành, huyện
- Huyện Ba Bể ra mắt mô hình "Một cửa thân thiện"
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN""",
[task("Bắc Kạn", "2023", 34, 36),
 _all(dos("Bắc Kạn", "2023", received=142637, resolved=140902, early_pct=81.3, on_time_pct=17.9, late_pct=0.8,
          online_pct=44.6)),
 _scope(dos("Bắc Kạn", "2023", received=42315), "cấp tỉnh"),
 _scope(dos("Bắc Kạn", "2023", received=31870), "cấp huyện"),
 _scope(dos("Bắc Kạn", "2023", received=68452), "cấp xã"),
 idx("Bắc Kạn", PAR, 2022, score=80.12, rank=56, rank_of=63)]),

# ------------------------------------------------------------------ mixed conventions, a quarter inside a half-year
Case("AE11 provincial portal, first half of 2021: English thousands and decimals beside a Vietnamese online count, in-process 'trong hạn / quá hạn', the Trung tâm's Covid 'tạm dừng' dates, SIPAS 2020, a '41/41' target",
"https://ninhthuan.gov.vn/portal/Pages/2021-7-8/Ninh-Thuan-so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2021.aspx",
dt.date(2021, 7, 8),
"""Ninh Thuận sơ kết công tác cải cách hành chính 6 tháng đầu năm 2021
Trang chủ > Tin tức > Thời sự
08/07/2021 | Lượt xem: 264
Ngày 7/7, UBND tỉnh tổ chức hội nghị trực tuyến sơ kết công tác cải cách hành chính (CCHC) 6 tháng đầu năm 2021, triển khai nhiệm vụ 6 tháng cuối năm.
Theo báo cáo, 6 tháng đầu năm, tỉnh đã hoàn thành 19/41 nhiệm vụ theo Kế hoạch CCHC năm 2021; các nhiệm vụ còn lại đang được triển khai theo lộ trình.
Toàn tỉnh tiếp nhận 104,316 hồ sơ TTHC; đã giải quyết 100,847 hồ sơ, trong đó trước hạn 71.2%, đúng hạn 27.6%, trễ hạn 1.2%; đang giải quyết 3,469 hồ sơ (trong hạn 3,218 hồ sơ, quá hạn 251 hồ sơ). Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến mức độ 3, 4 là 21.730 hồ sơ, chiếm 20,83% tổng số hồ sơ tiếp nhận.
Do ảnh hưởng của dịch Covid-19, Trung tâm Phục vụ hành chính công tỉnh tạm dừng tiếp nhận hồ sơ trực tiếp từ ngày 15/6 đến ngày 30/6/2021, chuyển sang hướng dẫn người dân nộp hồ sơ trực tuyến và qua dịch vụ bưu chính công ích.
Năm 2020, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh đạt 84,06%, xếp thứ 30/63 tỉnh, thành phố.
Tỉnh phấn đấu đến cuối năm 2021 hoàn thành 41/41 nhiệm vụ, tỷ lệ hồ sơ trực tuyến mức độ 3, 4 đạt trên 30%.
Tin khác
- Ninh Thuận: Đẩy mạnh thanh toán trực tuyến trên Cổng dịch vụ công quốc gia
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN""",
[task("Ninh Thuận", "2021-06H1", 19, 41),
 _all(dos("Ninh Thuận", "2021-06H1", received=104316, resolved=100847, early_pct=71.2, on_time_pct=27.6,
          late_pct=1.2, online=21730, online_pct=20.83)),
 optional(_all(dos("Ninh Thuận", "2021-06H1", online_total=104316))),
 idx("Ninh Thuận", SIPAS, 2020, score=84.06, rank=30, rank_of=63)]),

Case("AE12 SNV site, Q2 and first half of 2022: 'Kế hoạch số 198/KH-UBND ... có 46 nhiệm vụ. 6 tháng đầu năm, đã hoàn thành 20 nhiệm vụ', a bare 'quý II' after the title's year, the half-year with shares and in-process late count, the Trung tâm's online count and share, a district's late share",
"https://sonoivu.hoabinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-cong-tac-cai-cach-hanh-chinh-quy-ii-va-6-thang-dau-nam-2022-1672.html",
dt.date(2022, 7, 6),
"""Kết quả công tác cải cách hành chính quý II và 6 tháng đầu năm 2022
Ngày đăng: 06/07/2022 | Lượt xem: 173
Sở Nội vụ tỉnh Hòa Bình vừa báo cáo UBND tỉnh kết quả công tác cải cách hành chính (CCHC) quý II và 6 tháng đầu năm 2022.
Kế hoạch số 198/KH-UBND ngày 27/12/2021 của UBND tỉnh về CCHC năm 2022 có 46 nhiệm vụ. 6 tháng đầu năm, đã hoàn thành 20 nhiệm vụ; 26 nhiệm vụ đang triển khai.
Trong quý II, toàn tỉnh tiếp nhận 58.214 hồ sơ TTHC, đã giải quyết 56.907 hồ sơ, tỷ lệ quá hạn 1,3%. Tính chung 6 tháng đầu năm 2022, toàn tỉnh tiếp nhận 109.530 hồ sơ, đã giải quyết 106.318 hồ sơ, trong đó trước hạn 62,4%, đúng hạn 36,2%, quá hạn 1,4%; đang giải quyết 3.212 hồ sơ, trong đó quá hạn 97 hồ sơ.
Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 15.610 hồ sơ trong 6 tháng, trong đó trực tuyến 9.128 hồ sơ (58,48%); tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 24,9%. Huyện Đà Bắc có tỷ lệ hồ sơ quá hạn cao nhất (3,6%).
6 tháng cuối năm, Sở Nội vụ đề nghị UBND tỉnh chỉ đạo các cơ quan, đơn vị phấn đấu 100% hồ sơ quá hạn có văn bản xin lỗi, hoàn thành các nhiệm vụ còn lại trước ngày 15/12/2022.
Phòng Cải cách hành chính
Tin khác
- Hòa Bình: Kiểm tra công tác CCHC tại huyện Đà Bắc
SỞ NỘI VỤ TỈNH HÒA BÌNH
Địa chỉ: Đường Trần Hưng Đạo, TP. Hòa Bình""",
[task("Hòa Bình", "2022-06H1", 20, 46),
 _all(dos("Hòa Bình", "2022-Q2", received=58214, resolved=56907, late_pct=1.3)),
 _all(dos("Hòa Bình", "2022-06H1", received=109530, resolved=106318, early_pct=62.4, on_time_pct=36.2,
          late_pct=1.4, online_pct=24.9)),
 _scope(dos("Hòa Bình", "2022-06H1", received=15610, online=9128, online_pct=58.48), CENTRE),
 optional(_scope(dos("Hòa Bình", "2022-06H1", online_total=15610), CENTRE))]),

# -- end ROUND_AE
]


# ------------------------------------------------------------------ ranking tables written as text
def _online_row(province: str, received: int, online: int, pct: float) -> list[dict[str, object]]:
    return [_all(dos(province, "2024-09M", received=received, online=online, online_pct=pct)),
            optional(_all(dos(province, "2024-09M", online_total=received)))]


def _svc_row(province: str, score: float, rank: int, change: int) -> list[dict[str, object]]:
    facts = [svc(province, "2024-06", score=score, rank=rank), implied_rank_of(province, SVC, 2024, 63)]
    if change:
        facts.append(svc(province, "2024-06", rank_change=change))
    else:  # "=" in the change column: unchanged, neither rewarded nor penalised
        facts.append(optional(svc(province, "2024-06", rank_change=0)))
    return facts


TABLES_AE: list[Case] = [
Case("AET1 provincial paper (Đắk Nông): online dossiers of the five Central Highlands provinces for 9 months of 2024, pipe-separated, ordered by share, a regional average row, a lead restating the host's row with 'đứng thứ 2 trong 5 tỉnh'",
"https://baodaknong.vn/9-thang-nam-2024-dak-nong-dung-thu-2-vung-tay-nguyen-ve-ty-le-ho-so-truc-tuyen-231457.html",
dt.date(2024, 10, 18),
"""9 tháng năm 2024: Đắk Nông đứng thứ 2 vùng Tây Nguyên về tỷ lệ hồ sơ trực tuyến
Thứ Sáu, 18/10/2024 - 09:15
Thời sự
(BĐN) - Theo số liệu trên Cổng Dịch vụ công quốc gia, 9 tháng năm 2024, tỉnh Đắk Nông tiếp nhận 156.204 hồ sơ TTHC, trong đó có 97.313 hồ sơ nộp trực tuyến, đạt 62,3%, đứng thứ 2 trong 5 tỉnh Tây Nguyên.
Kết quả tiếp nhận hồ sơ trực tuyến 9 tháng năm 2024 của các tỉnh Tây Nguyên:
STT | Tỉnh | Tổng số hồ sơ tiếp nhận | Hồ sơ trực tuyến | Tỷ lệ (%)
1 | Lâm Đồng | 402.118 | 281.081 | 69,90
2 | Đắk Nông | 156.204 | 97.313 | 62,30
3 | Gia Lai | 338.570 | 198.737 | 58,70
4 | Đắk Lắk | 512.906 | 285.688 | 55,70
5 | Kon Tum | 121.447 | 61.938 | 51,00
Bình quân vùng | 1.531.245 | 924.757 | 60,39
Nguồn: Cổng Dịch vụ công quốc gia
Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%.
Tin liên quan
- Đắk Nông: 71/71 xã, phường, thị trấn có Tổ công nghệ số cộng đồng
BÁO ĐẮK NÔNG ĐIỆN TỬ""",
_online_row("Lâm Đồng", 402118, 281081, 69.9) + _online_row("Đắk Nông", 156204, 97313, 62.3)
+ _online_row("Gia Lai", 338570, 198737, 58.7) + _online_row("Đắk Lắk", 512906, 285688, 55.7)
+ _online_row("Kon Tum", 121447, 61938, 51.0),
table=True),

Case("AET2 provincial paper (Quảng Bình): the service index of June 2024 for six North Central provinces, tab-separated, '(/63)' in the header, a signed change column with '=', a national average row, a lead restating the host's row with '19/63'",
"https://baoquangbinh.vn/chinh-tri/202407/thang-6-2024-quang-binh-xep-thu-19-63-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-2219874/",
dt.date(2024, 7, 20),
"""Tháng 6/2024, Quảng Bình xếp thứ 19/63 về Bộ chỉ số phục vụ người dân, doanh nghiệp
Thứ Bảy, 20/07/2024, 08:05 (GMT+7)
Chính trị
(QBĐT) - Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo thời gian thực tháng 6/2024 do Văn phòng Chính phủ công bố, tỉnh Quảng Bình đạt 84,15 điểm, xếp thứ 19/63, tăng 4 bậc so với tháng 5.
Kết quả của 6 tỉnh khu vực Bắc Trung Bộ:
Tỉnh\tĐiểm\tXếp hạng (/63)\tSo với tháng 5/2024
Thừa Thiên Huế\t87,92\t6\t+1
Thanh Hóa\t86,40\t11\t-3
Quảng Bình\t84,15\t19\t+4
Hà Tĩnh\t83,77\t22\t=
Nghệ An\t82,05\t30\t-2
Quảng Trị\t79,61\t41\t+5
Bình quân cả nước\t81,30\t-\t-
Nguồn: Cổng Dịch vụ công quốc gia
Thời gian tới, tỉnh phấn đấu nâng điểm nhóm chỉ số về số hóa hồ sơ, đưa Bộ chỉ số vào nhóm 15 địa phương dẫn đầu.
Tin liên quan
- Quảng Bình: Tập huấn số hóa hồ sơ, kết quả giải quyết TTHC
BÁO QUẢNG BÌNH ĐIỆN TỬ""",
_svc_row("Thừa Thiên Huế", 87.92, 6, 1) + _svc_row("Thanh Hóa", 86.4, 11, -3)
+ _svc_row("Quảng Bình", 84.15, 19, 4) + [svc("Quảng Bình", "2024-06", rank_of=63)]
+ _svc_row("Hà Tĩnh", 83.77, 22, 0) + _svc_row("Nghệ An", 82.05, 30, -2) + _svc_row("Quảng Trị", 79.61, 41, 5),
table=True),

# -- end TABLES_AE
]


NEGATIVES_AE: list[Case] = [
Case("AEN1 district portal under a provincial domain, 9 months of 2023: the district's numbered plan and '19/28' tasks, its one-stop counts with shares, carried-over and in-process dossiers, communes' figures, '38/38 xã', its rank among districts, a '28/28' target",
"https://dienchau.nghean.gov.vn/tin-tuc/hoat-dong-cua-huyen/huyen-dien-chau-so-ket-cong-tac-cai-cach-hanh-chinh-9-thang-nam-2023-5127.html",
dt.date(2023, 10, 11),
"""Huyện Diễn Châu sơ kết công tác cải cách hành chính 9 tháng năm 2023
Trang chủ > Tin tức - Sự kiện > Hoạt động của huyện
11/10/2023 | Lượt xem: 148
Chiều 10/10, UBND huyện Diễn Châu tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 9 tháng năm 2023, triển khai nhiệm vụ quý IV.
Theo Kế hoạch số 56/KH-UBND ngày 10/01/2023 của UBND huyện, năm 2023 huyện triển khai 28 nhiệm vụ CCHC; lũy kế 9 tháng đã hoàn thành 19/28 nhiệm vụ, đang triển khai 9 nhiệm vụ, đạt 67,9%.
Trong 9 tháng, Bộ phận Một cửa huyện tiếp nhận 9.846 hồ sơ (kỳ trước chuyển sang 214 hồ sơ), trong đó trực tuyến 6.127 hồ sơ, chiếm 62,2%. Đã giải quyết 9.615 hồ sơ, trong đó trước hạn 7.402 hồ sơ (76,98%), đúng hạn 2.118 hồ sơ (22,03%), quá hạn 95 hồ sơ (0,99%); đang giải quyết 445 hồ sơ, 6 hồ sơ tạm dừng. Bộ phận Một cửa của 38 xã, thị trấn tiếp nhận 31.720 hồ sơ; xã Diễn Kim có tỷ lệ hồ sơ trực tuyến cao nhất huyện (88,4%). Hiện 38/38 xã, thị trấn đã số hóa kết quả giải quyết TTHC.
Theo kết quả Chỉ số CCHC năm 2022 do UBND tỉnh công bố, huyện Diễn Châu đạt 84,7 điểm, xếp thứ 6/21 huyện, thành phố, thị xã, tăng 4 bậc.
Phát biểu kết luận, Chủ tịch UBND huyện yêu cầu các phòng, ban chuyên môn và UBND các xã, thị trấn phấn đấu hoàn thành 28/28 nhiệm vụ, 100% hồ sơ giải quyết đúng hạn, tỷ lệ hồ sơ trực tuyến đạt trên 70%.
Tin khác
- Diễn Châu: Ra mắt mô hình "Chính quyền thân thiện" tại xã Diễn Hoa
- Huyện Diễn Châu tập huấn kỹ năng số cho 150 cán bộ một cửa cấp xã
UBND HUYỆN DIỄN CHÂU - TỈNH NGHỆ AN
Địa chỉ: Thị trấn Diễn Châu, huyện Diễn Châu, tỉnh Nghệ An""",
[]),

Case("AEN2 provincial portal announcing next year's CCHC plan (late 2024): 'Kế hoạch số 301/KH-UBND' with 7 groups and 40 tasks, targets in percent and fractions ('40/40', '98%', '80%', 'nhóm 20'), procedure and online-service counts, a budget, 20 departments and 9 districts, deadlines",
"https://yenbai.gov.vn/tin-tuc/chi-dao-dieu-hanh/ubnd-tinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2025-38214.html",
dt.date(2024, 12, 30),
"""UBND tỉnh ban hành Kế hoạch cải cách hành chính năm 2025
Trang chủ > Tin tức > Chỉ đạo, điều hành
30/12/2024 | 16:40 | Lượt xem: 377
Ngày 27/12/2024, UBND tỉnh Yên Bái ban hành Kế hoạch số 301/KH-UBND về cải cách hành chính (CCHC) năm 2025, gồm 7 nhóm nội dung với 40 nhiệm vụ, giao cho 20 sở, ban, ngành và 9 huyện, thị xã, thành phố chủ trì thực hiện.
Kế hoạch đặt mục tiêu hoàn thành 40/40 nhiệm vụ đúng tiến độ; 100% TTHC được công khai đầy đủ trên Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn đạt trên 98%; tối thiểu 80% hồ sơ được nộp trực tuyến toàn trình; 100% hồ sơ được số hóa khi tiếp nhận; mức độ hài lòng của người dân, doanh nghiệp đạt tối thiểu 90%. Tỉnh phấn đấu Chỉ số CCHC, Chỉ số SIPAS năm 2025 nằm trong nhóm 20 tỉnh, thành phố dẫn đầu.
Hiện tỉnh đang thực hiện 1.874 TTHC, trong đó 1.215 TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình; 312 TTHC thực hiện tiếp nhận không phụ thuộc địa giới hành chính.
Kinh phí thực hiện Kế hoạch dự kiến 4,2 tỷ đồng từ ngân sách tỉnh. Các cơ quan, đơn vị báo cáo kết quả thực hiện hằng quý trước ngày 15 của tháng cuối quý, báo cáo năm trước ngày 15/12/2025.
Tin khác
- Yên Bái: Hội nghị tập huấn nghiệp vụ kiểm soát TTHC năm 2024
- Công bố danh mục TTHC thuộc thẩm quyền giải quyết của UBND cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI
Cơ quan chủ quản: UBND tỉnh Yên Bái""",
[]),

# -- end NEGATIVES_AE
]


def test_round_ae_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AE prose", ROUND_AE, capsys)


def test_round_ae_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AE)


@pytest.mark.parametrize("case", NEGATIVES_AE, ids=ids(NEGATIVES_AE))
def test_round_ae_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AE + TABLES_AE, ids=ids(ROUND_AE + TABLES_AE))
def test_round_ae_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
