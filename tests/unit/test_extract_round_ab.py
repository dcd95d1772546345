"""Blind round AB: national results announcements and their provincial rewrites, written as long prose lists.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the other
tests, and not to run the extractor). Theme: the day a national ranking is announced and the
days after, when each province's portal, Sở Nội vụ site or paper rewrites the national list
around its own result (63 provinces, 2022-2024 results; the monthly service index also for
the 34 units of 2025):

* national announcements in long prose lists: PAR Index / SIPAS 2023 with the top five
  "lần lượt là X (92,14%), Y (91,63%) ...", a tie ("đồng hạng 5"), the bottom five with ranks in
  the parentheses ("Kon Tum (80,02%, xếp thứ 59)"), bands ("nhóm có điểm trên 90%"), SIPAS
  leader "tiếp theo là ..." and the named lowest (AB1); PAPI 2023 with "các vị trí tiếp theo
  thuộc về", a tie at 8, a regional leader with its national rank, dimension leaders (AB4);
  PCI 2022 with "lần lượt ở các vị trí từ thứ 2 đến thứ 5", a tie at 6, the bottom three, the
  median, bands "Rất tốt" / "Tốt", sub-index leaders and the first PGI (AB6); DTI 2022 with
  ranks in words ("xếp thứ hai", "thứ ba"), a tie at 4, pillar leaders, the bottom three (AB8);
* provincial rewrites, where "của tỉnh" is the host's province: Bình Dương's paper (a tie
  "đồng hạng 5/63 với TP. Hà Nội", the previous year in parentheses, "nhóm A", the Đông Nam Bộ
  order "đứng đầu; tiếp theo là X (xếp thứ 10 cả nước ...)", three PAR components, SIPAS with
  a rank change and last year in parentheses; AB2); Cao Bằng's portal at the bottom of the
  list (63/63, the other four of the bottom five with last year's ranks in parentheses,
  neighbours, components, a gap to the national average in percentage points; AB3); Lâm
  Đồng's paper on PAPI ("đứng đầu vùng Tây Nguyên", the eight dimensions in one long list
  with two changes and one rank, the four other Tây Nguyên provinces; AB5); Quảng Ngãi's paper
  on PCI 2023 (only 30 provinces published, "22/30", the ten sub-indices each with last year's
  score in parentheses or a change, "Top 5 còn có ...", PGI; AB7); Yên Bái's portal on DTI
  2023 (regional second "chỉ sau Lào Cai (..., xếp thứ 10)", the national top three, three
  pillars with changes, three of the 8 main indices; AB9); Gia Lai's paper reviewing all its
  indices of the year (regional first, the Tây Nguyên order by national rank, "chưa nằm trong
  nhóm 30 địa phương được công bố", last year's PCI in a sentence of its own; AB12);
* the monthly service index (Bộ chỉ số phục vụ người dân, doanh nghiệp): May 2024 on Vĩnh
  Long's portal (x/63, April in parentheses, the national top five, five groups of criteria,
  the month's dossiers; AB10); September 2025 on the new Đồng Tháp's portal (x/34, "thứ nhất",
  "thứ hai" in words, regional order, a 9-month average, both old provinces' June x/63; AB11);
* two ranking tables: PAR Index 2023 top ten with pipes, a tie (two rows "5"), a signed
  change column with a "0", a national-average row, a lead restating the host's row (ABT1);
  the service index of September 2025 for the 34 units, tab-separated, last month's rank in
  a column, "TP." names of new units, an average row, a lead restating the host's row (ABT2);
* two negatives, figure-heavy pages with no fact under the schema: a national page giving
  the PAR 2023 results by band only (nhóm A listed alphabetically, counts, averages, unnamed
  highest / lowest, ministries, history; ABN1), and a province's plan to raise its indices
  (targets for every index, "6/8 chỉ số nội dung", a plan's 47 tasks, departments' and
  districts' PAR and DDCI scores, "thành phố Kon Tum" as a district-level unit; ABN2).

Gold notes (judgement calls):

* Ranks read from order are required when the sentence gives the order: "lần lượt là",
  "tiếp theo là" / "tiếp đến là" after a leader, "các vị trí tiếp theo (lần lượt) là / thuộc
  về", "lần lượt ở các vị trí từ thứ 2 đến thứ 5", ranks in words ("xếp thứ hai", "thứ ba",
  "thứ nhất"). A membership list without an order ("Top 5 còn có Bắc Giang và Đồng Tháp",
  "nhóm A gồm ..., xếp theo thứ tự chữ cái", "nhóm đạt điểm cao nhất gồm 16 địa phương") gives
  no rank. A tie gives both provinces the rank ("Bình Dương cũng đạt 90,31%, đồng hạng 5 với Hà
  Nội"; "đồng hạng 5/63 với TP. Hà Nội": the partner's rank is required, its total optional).
* ``rank_of`` is required only when printed with the rank ("xếp thứ 63/63", "22/30 địa phương
  được công bố", "xếp thứ 3/34"); a list's ranks, "cả nước", a bottom five's "thứ 63" and a
  table header give it only as a separate optional fact (``implied_rank_of``). For PCI 2023
  (30 of 63 published) both 63 and 30 are accepted for the unprinted totals.
* Not facts: regional ranks and orders ("đứng đầu vùng Tây Nguyên", "đứng thứ 2 vùng trung du
  và miền núi phía Bắc", "Trong vùng Đông Nam Bộ, Bình Dương đứng đầu; tiếp theo là ..." gives
  the national ranks printed in the parentheses, never 2, 3, ...), bands and groups ("nhóm A",
  "nhóm có điểm trên 90%", "thuộc nhóm đạt điểm trung bình cao", "nhóm Rất tốt"), counts of
  provinces per band, medians, the gap between first and last, a difference to the average
  ("thấp hơn 2,82 điểm phần trăm so với mức bình quân" is no score change), a share of firms
  paying informal charges, ministries, departments, districts, DDCI, targets.
* National averages are optional facts with province ``null`` (as round S); a named lowest
  stated as "thấp nhất" ("Lai Châu có mức hài lòng thấp nhất, 77,30%") is optional (as round
  O); a province in a bottom-five list with its score and rank is an ordinary, required fact.
  "Dẫn đầu" / "đứng đầu" / "vị trí số 1" is rank 1; "có điểm cao nhất ở" a dimension gives the
  score, its rank 1 optional (as round Y).
* Previous values in parentheses ("(năm 2022: 84,16%, xếp thứ 12)", "(42,87 điểm, xếp thứ 30)",
  "(84,70 điểm, xếp thứ 11/63)", a PCI sub-index's "(6,02 điểm)" after a first "(năm 2022: 6,88
  điểm)") are the newer fact's ``prev_score`` / ``prev_rank``; the same values as a fact of the
  earlier year (or month) are optional (as round O6). Last year's value in a sentence of its
  own with no newer fact beside it ("năm 2022, PCI của tỉnh xếp thứ 45/63 với 63,04 điểm") is
  a required fact of its year. Table columns of last month's rank are ``prev_rank``; a signed
  change column is ``rank_change`` ("0" optional, as round Q's "=").
* Components use the domain's names: PAR fields (with "xây dựng, phát triển chính quyền điện
  tử, chính quyền số" as the e-government field), PAPI's eight dimensions, PCI sub-indices
  (the tenth, printed "thiết chế pháp lý và an ninh trật tự", is optional under both
  "Thiết chế pháp lý" and "Thiết chế pháp lý và an ninh trật tự", the domain leaving the name
  open), DTI pillars and three of the 8 main indices (Nhận thức số, Hạ tầng số, An toàn thông
  tin mạng; required). A component printed "13,12/14 điểm" scores 13.12. The service index's
  groups of criteria have no name in the domain: optional, under the printed names.
* Monthly service-index facts carry ``period``; the scorer keys them by year, so a month and
  the previous month (or a 9-month average, optional, period "2025-09M") share one key.
  Dossier facts carry ``scope`` "toàn tỉnh".

First score (extractor 1.10.0 at 014eb3a, on arrival): prose **0.979 / 0.874**, tables
**1.000**, negatives clean — both prose targets met at first sight. What it missed: a bare
"thứ 60" closing a province's parentheses ("Hà Giang (79,85%, thứ 60)"), last year's aside
after a semicolon in them ("(80,02%, xếp thứ 59; năm 2022 xếp thứ 55)" took the sentence to
2022), "các vị trí tiếp theo thuộc về A (…), B (…)", ties ("A và B cùng đạt 68,81 điểm, đồng
hạng 6" gave B only; "đồng hạng 5/63 với TP. Hà Nội"), "lần lượt ở các vị trí từ thứ 2 đến
thứ 5", "trở lại vị trí số 1 với ...", "(thứ nhất, 89,41 điểm)", the top of a band ("đạt từ
0,4 đến 0,5 điểm") read as a score, a monthly index's month not carried to the next sentence,
and a compared province's national place in parentheses after a regional statement ("đứng
đầu vùng ĐBSCL, trên TP. Cần Thơ (thứ 11)") dropped as regional. After those fixes: prose
1.000 / 0.984, tables 1.000, negatives clean; left: AB7's bare "(6,02 điểm)" after each
sub-index as last year's (only the first says "năm 2022:"; read as no value rather than
guessed). Each fix has a follow-up of its own sentences in ``test_extract_followups.py`` that
fails before it; the round is in the metamorphic dresses.

None of these texts is copied from a published article; figures are invented (within the
round they agree: AB1's PAR / SIPAS 2023 list with AB2, AB3, AB12 and ABT1; AB4's PAPI with
AB5 and AB12; AB11 with ABT2).
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, implied_rank_of, optional,
                                  svc)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"
PROCEDURES = "Cải cách thủ tục hành chính"
FINANCE = "Cải cách tài chính công"
INSTITUTIONS = "Cải cách thể chế"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


def _listed(index: str, year: int, rows: tuple[tuple[str, float | None, int], ...], total: int = 63,
            component: str | None = None) -> list[dict[str, object]]:
    """Provinces read from a prose list (province, score, rank): score and rank required, the total implied."""
    facts: list[dict[str, object]] = []
    for province, score, rank in rows:
        facts += [idx(province, index, year, component, score=score, rank=rank),
                  implied_rank_of(province, index, year, total, component)]
    return facts


def _svc_listed(period: str, rows: tuple[tuple[str, float | None, int], ...], total: int) -> list[dict[str, object]]:
    """The monthly service index read from a prose list: score and rank required, the total implied."""
    facts: list[dict[str, object]] = []
    for province, score, rank in rows:
        facts += [svc(province, period, score=score, rank=rank), implied_rank_of(province, SVC, int(period[:4]), total)]
    return facts


ROUND_AB: list[Case] = [
# ------------------------------------------------------------------ PAR Index / SIPAS 2023: the national list and its rewrites
Case("AB1 national paper: PAR/SIPAS 2023 announced, top five 'lần lượt là X (..%)', a tie 'đồng hạng 5', bands by count, the bottom five with ranks in parentheses, SIPAS leader 'tiếp theo là', a named lowest, national averages, ministries, history, targets",
"https://nhandan.vn/cong-bo-chi-so-cai-cach-hanh-chinh-nam-2023-hai-phong-dan-dau-ca-nuoc-post806512.html",
dt.date(2024, 4, 17),
"""Công bố Chỉ số cải cách hành chính năm 2023: Hải Phòng dẫn đầu cả nước
Thứ Tư, 17-04-2024, 18:20
NDO - Chiều 17/4, tại Hà Nội, Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ tổ chức Hội nghị công bố Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023. Đây là năm thứ 12 Chỉ số CCHC được triển khai.
Đối với khối tỉnh, giá trị trung bình Chỉ số CCHC năm 2023 đạt 86,12%, tăng 1,57% so với năm 2022. Năm địa phương dẫn đầu lần lượt là Hải Phòng (92,14%), Quảng Ninh (91,63%), Bắc Ninh (90,87%), Đồng Tháp (90,52%) và Hà Nội (90,31%). Bình Dương cũng đạt 90,31%, đồng hạng 5 với Hà Nội; Long An xếp thứ 7 với 90,05%.
Nhóm có điểm trên 90% gồm 7 địa phương nêu trên; 52 địa phương đạt từ 80% đến dưới 90% và 4 địa phương dưới 80%.
Ở chiều ngược lại, năm địa phương xếp cuối bảng gồm Kon Tum (80,02%, xếp thứ 59), Hà Giang (79,85%, thứ 60), Lai Châu (79,61%, thứ 61), Bắc Kạn (79,40%, thứ 62) và Cao Bằng (78,96%, thứ 63).
Về Chỉ số SIPAS năm 2023, mức độ hài lòng bình quân của người dân, tổ chức đạt 82,66%. Thừa Thiên Huế dẫn đầu với 89,12%, tiếp theo là Hải Phòng (88,95%), Quảng Ninh (88,40%), Ninh Bình (87,91%) và Bà Rịa - Vũng Tàu (87,56%). Lai Châu có mức hài lòng thấp nhất, 77,30%.
Đối với khối bộ, Bộ Tư pháp dẫn đầu Chỉ số CCHC năm 2023 với 91,28%, tiếp theo là Ngân hàng Nhà nước Việt Nam và Bộ Nội vụ; giá trị trung bình của 17 bộ, cơ quan ngang bộ đạt 86,81%.
Phát biểu kết luận, Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo đề nghị các bộ, ngành, địa phương phân tích kỹ nguyên nhân các tiêu chí bị mất điểm; phấn đấu năm 2024 có ít nhất 15 địa phương đạt trên 90%, không còn địa phương nào dưới 80%.
MINH HẠNH
Tin liên quan
- Bộ Nội vụ hướng dẫn tự đánh giá Chỉ số CCHC năm 2024""",
_listed(PAR, 2023, (("Hải Phòng", 92.14, 1), ("Quảng Ninh", 91.63, 2), ("Bắc Ninh", 90.87, 3),
                    ("Đồng Tháp", 90.52, 4), ("Hà Nội", 90.31, 5), ("Bình Dương", 90.31, 5), ("Long An", 90.05, 7),
                    ("Kon Tum", 80.02, 59), ("Hà Giang", 79.85, 60), ("Lai Châu", 79.61, 61), ("Bắc Kạn", 79.4, 62),
                    ("Cao Bằng", 78.96, 63)))
+ _listed(SIPAS, 2023, (("Thừa Thiên Huế", 89.12, 1), ("Hải Phòng", 88.95, 2), ("Quảng Ninh", 88.4, 3),
                        ("Ninh Bình", 87.91, 4), ("Bà Rịa - Vũng Tàu", 87.56, 5)))
# a named lowest; the national averages (province null)
+ [optional(idx("Lai Châu", SIPAS, 2023, score=77.3)),
   optional(idx(None, PAR, 2023, score=86.12, score_change=1.57)),
   optional(idx(None, SIPAS, 2023, score=82.66))]),

Case("AB2 provincial paper (host Bình Dương): 'đồng hạng 5/63 tỉnh, thành phố với TP. Hà Nội', last year in parentheses, 'nhóm A', the four above 'tiếp đến là', the Đông Nam Bộ order with national ranks in parentheses, three PAR components 'x/14', 'x/9', SIPAS with a change and last year in parentheses, the national SIPAS average",
"https://baobinhduong.vn/binh-duong-dong-hang-5-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-nam-2023-a312455.html",
dt.date(2024, 4, 18),
"""Bình Dương đồng hạng 5 cả nước về Chỉ số cải cách hành chính năm 2023
Cập nhật: 18/04/2024 06:30
Thời sự
(BDO) Theo kết quả Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ công bố chiều 17/4, Chỉ số CCHC năm 2023 của tỉnh Bình Dương đạt 90,31%, đồng hạng 5/63 tỉnh, thành phố với TP. Hà Nội, tăng 3 bậc so với năm 2022 (đạt 88,74%, xếp thứ 8). Đây là lần đầu tiên tỉnh thuộc nhóm A (đạt từ 90% trở lên).
Dẫn đầu cả nước là TP. Hải Phòng (92,14%), tiếp đến là Quảng Ninh (91,63%), Bắc Ninh (90,87%) và Đồng Tháp (90,52%).
Trong vùng Đông Nam Bộ, Bình Dương đứng đầu; tiếp theo là Bà Rịa - Vũng Tàu (xếp thứ 10 cả nước, 89,60%), TP. Hồ Chí Minh (thứ 15, 88,20%), Đồng Nai (thứ 22), Tây Ninh (thứ 28) và Bình Phước (thứ 41).
Ở 8 lĩnh vực thành phần, tỉnh đạt điểm cao ở lĩnh vực cải cách thủ tục hành chính (13,12/14 điểm) và xây dựng, phát triển chính quyền điện tử, chính quyền số (8,45/9 điểm, dẫn đầu cả nước); lĩnh vực cải cách tài chính công chỉ đạt 7,02/9 điểm, xếp thứ 31.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: T.LÝ
Về Chỉ số SIPAS năm 2023, tỉnh đạt 85,07%, xếp thứ 14, giảm 2 bậc (năm 2022: 84,16%, xếp thứ 12); cao hơn mức bình quân cả nước (82,66%).
Theo Giám đốc Sở Nội vụ, năm 2024 tỉnh phấn đấu giữ vững nhóm A, đưa Chỉ số SIPAS vào tốp 10; tập trung cải thiện lĩnh vực tài chính công và tỷ lệ giải ngân vốn đầu tư công.
NGỌC THANH
Tin liên quan
- Bình Dương: 100% hồ sơ TTHC được số hóa khi tiếp nhận
- Công bố Chỉ số CCHC năm 2023 của các sở, ngành, địa phương""",
[idx("Bình Dương", PAR, 2023, score=90.31, rank=5, rank_of=63, rank_change=3, prev_score=88.74, prev_rank=8),
 optional(idx("Bình Dương", PAR, 2022, score=88.74, rank=8)),
 # the tie partner: its rank is stated, its total only with the host's rank
 idx("Hà Nội", PAR, 2023, rank=5), implied_rank_of("Hà Nội", PAR, 2023, 63)]
+ _listed(PAR, 2023, (("Hải Phòng", 92.14, 1), ("Quảng Ninh", 91.63, 2), ("Bắc Ninh", 90.87, 3),
                     ("Đồng Tháp", 90.52, 4)))
# the regional order: the national ranks in the parentheses, not 2, 3, ...
+ _listed(PAR, 2023, (("Bà Rịa - Vũng Tàu", 89.6, 10), ("Hồ Chí Minh", 88.2, 15), ("Đồng Nai", None, 22),
                      ("Tây Ninh", None, 28), ("Bình Phước", None, 41)))
+ [idx("Bình Dương", PAR, 2023, PROCEDURES, score=13.12),
   idx("Bình Dương", PAR, 2023, EGOV, score=8.45, rank=1),
   idx("Bình Dương", PAR, 2023, FINANCE, score=7.02, rank=31),
   implied_rank_of("Bình Dương", PAR, 2023, 63, EGOV), implied_rank_of("Bình Dương", PAR, 2023, 63, FINANCE),
   idx("Bình Dương", SIPAS, 2023, score=85.07, rank=14, rank_change=-2, prev_score=84.16, prev_rank=12),
   implied_rank_of("Bình Dương", SIPAS, 2023, 63),
   optional(idx("Bình Dương", SIPAS, 2022, score=84.16, rank=12)),
   optional(idx(None, SIPAS, 2023, score=82.66))]),

Case("AB3 provincial portal at the bottom of the list (host Cao Bằng): '63/63', last year in parentheses, the other four of the bottom five with last year's ranks in parentheses, Đông Bắc neighbours 'xếp thứ 19 (87,45%)', three components, SIPAS below the average by 'điểm phần trăm', '13/13 sở', targets",
"https://caobang.gov.vn/tin-tuc/cai-cach-hanh-chinh/nhin-thang-vao-ket-qua-chi-so-cai-cach-hanh-chinh-nam-2023-1049312.html",
dt.date(2024, 4, 25),
"""Nhìn thẳng vào kết quả Chỉ số cải cách hành chính năm 2023
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
25/04/2024 | Lượt xem: 418
Theo kết quả Chỉ số cải cách hành chính (CCHC) năm 2023 do Bộ Nội vụ công bố ngày 17/4/2024, Chỉ số CCHC của tỉnh đạt 78,96%, xếp thứ 63/63 tỉnh, thành phố, giảm 4 bậc so với năm 2022 (đạt 79,45%, xếp thứ 59). Tỉnh là một trong 4 địa phương thuộc nhóm có điểm dưới 80%.
Cùng nhóm cuối bảng còn có Kon Tum (80,02%, xếp thứ 59; năm 2022 xếp thứ 55), Hà Giang (79,85%, thứ 60; năm 2022 thứ 61), Lai Châu (79,61%, thứ 61) và Bắc Kạn (79,40%, thứ 62; năm 2022 thứ 58).
Trong khi đó, các tỉnh lân cận trong vùng Đông Bắc đạt kết quả khá: Lạng Sơn xếp thứ 19 (87,45%), Tuyên Quang thứ 24 (86,90%), Thái Nguyên thứ 26 (86,72%).
Ở 8 lĩnh vực, tỉnh bị mất nhiều điểm nhất ở lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số (5,12/9 điểm, xếp thứ 62) và lĩnh vực tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội (xếp thứ 60); lĩnh vực cải cách thể chế đạt 8,41/9 điểm, xếp thứ 27.
Chỉ số SIPAS năm 2023 của tỉnh đạt 79,84%, xếp thứ 60, thấp hơn 2,82 điểm phần trăm so với mức bình quân cả nước (82,66%).
Tại hội nghị phân tích kết quả các chỉ số năm 2023, Chủ tịch UBND tỉnh yêu cầu 13/13 sở, ngành và 10/10 huyện, thành phố xây dựng kế hoạch khắc phục trước ngày 15/5/2024; phấn đấu năm 2024 Chỉ số CCHC của tỉnh tăng ít nhất 10 bậc, ra khỏi nhóm dưới 80%.
Tin khác
- Cao Bằng: Tập huấn kỹ năng số cho công chức một cửa cấp xã
- Kiểm tra công tác CCHC tại huyện Bảo Lạc
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CAO BẰNG
Cơ quan chủ quản: Văn phòng UBND tỉnh Cao Bằng""",
[idx("Cao Bằng", PAR, 2023, score=78.96, rank=63, rank_of=63, rank_change=-4, prev_score=79.45, prev_rank=59),
 optional(idx("Cao Bằng", PAR, 2022, score=79.45, rank=59)),
 idx("Kon Tum", PAR, 2023, score=80.02, rank=59, prev_rank=55),
 idx("Hà Giang", PAR, 2023, score=79.85, rank=60, prev_rank=61),
 idx("Lai Châu", PAR, 2023, score=79.61, rank=61),
 idx("Bắc Kạn", PAR, 2023, score=79.4, rank=62, prev_rank=58),
 optional(idx("Kon Tum", PAR, 2022, rank=55)), optional(idx("Hà Giang", PAR, 2022, rank=61)),
 optional(idx("Bắc Kạn", PAR, 2022, rank=58))]
+ [implied_rank_of(p, PAR, 2023, 63) for p in ("Kon Tum", "Hà Giang", "Lai Châu", "Bắc Kạn")]
+ _listed(PAR, 2023, (("Lạng Sơn", 87.45, 19), ("Tuyên Quang", 86.9, 24), ("Thái Nguyên", 86.72, 26)))
+ [idx("Cao Bằng", PAR, 2023, EGOV, score=5.12, rank=62),
   idx("Cao Bằng", PAR, 2023, IMPACT, rank=60),
   idx("Cao Bằng", PAR, 2023, INSTITUTIONS, score=8.41, rank=27)]
+ [implied_rank_of("Cao Bằng", PAR, 2023, 63, c) for c in (EGOV, IMPACT, INSTITUTIONS)]
+ [idx("Cao Bằng", SIPAS, 2023, score=79.84, rank=60),
   implied_rank_of("Cao Bằng", SIPAS, 2023, 63),
   optional(idx(None, SIPAS, 2023, score=82.66))]),

# ------------------------------------------------------------------ PAPI 2023: the national report and a province's eight dimensions
Case("AB4 national paper: PAPI 2023 released, leader and 'các vị trí tiếp theo thuộc về X (.. điểm)', a band by count, a regional leader with its national rank, a tie 'đồng hạng 8', dimension leaders ('dẫn đầu về', 'có điểm cao nhất ở'), national averages, history",
"https://www.vietnamplus.vn/papi-2023-quang-ninh-dan-dau-16-dia-phuong-thuoc-nhom-dat-diem-cao-nhat-post937215.vnp",
dt.date(2024, 4, 2),
"""PAPI 2023: Quảng Ninh dẫn đầu, 16 địa phương thuộc nhóm đạt điểm cao nhất
02/04/2024 16:05 GMT+7
Sáng 2/4, tại Hà Nội, Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES) cùng Chương trình Phát triển Liên hợp quốc (UNDP) và các đối tác công bố Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023, dựa trên ý kiến của 19.536 người dân được chọn ngẫu nhiên tại 63 tỉnh, thành phố.
Theo báo cáo, điểm tổng hợp trung bình của 63 tỉnh, thành phố đạt 42,41/80 điểm. Quảng Ninh đứng đầu với 46,88 điểm; các vị trí tiếp theo thuộc về Bình Định (46,05 điểm), Hải Phòng (45,72 điểm), Thừa Thiên Huế (45,31 điểm) và Quảng Trị (45,10 điểm). Nhóm đạt điểm cao nhất gồm 16 địa phương, trải đều ở cả ba miền.
Ở vùng Tây Nguyên, Lâm Đồng đứng đầu vùng với 43,95 điểm, xếp thứ 21 cả nước, thuộc nhóm đạt điểm trung bình cao. Đáng chú ý, Bà Rịa - Vũng Tàu và Long An cùng đạt 44,62 điểm, đồng hạng 8.
Ở từng chỉ số nội dung, Quảng Trị dẫn đầu về tham gia của người dân ở cấp cơ sở (5,71 điểm); Bình Định dẫn đầu về công khai, minh bạch trong việc ra quyết định ở địa phương (6,02 điểm); Quảng Ninh có điểm cao nhất ở kiểm soát tham nhũng trong khu vực công (7,45 điểm) và quản trị điện tử (4,92 điểm). Điểm trung bình toàn quốc của chỉ số nội dung quản trị điện tử chỉ đạt 3,48 điểm, thấp nhất trong 8 chỉ số nội dung.
Nhóm đạt điểm thấp nhất gồm 15 địa phương, chủ yếu ở vùng miền núi phía Bắc và Đồng bằng sông Cửu Long.
Phát biểu tại lễ công bố, đại diện UNDP cho rằng sau 15 năm thực hiện, kể từ lần thí điểm năm 2009, PAPI đã trở thành nguồn dữ liệu tham khảo quan trọng để các địa phương cải thiện chất lượng quản trị.
Bích Ngọc (TTXVN/Vietnam+)""",
_listed(PAPI, 2023, (("Quảng Ninh", 46.88, 1), ("Bình Định", 46.05, 2), ("Hải Phòng", 45.72, 3),
                     ("Thừa Thiên Huế", 45.31, 4), ("Quảng Trị", 45.1, 5), ("Lâm Đồng", 43.95, 21),
                     ("Bà Rịa - Vũng Tàu", 44.62, 8), ("Long An", 44.62, 8)))
+ _listed(PAPI, 2023, (("Quảng Trị", 5.71, 1),), component="Tham gia của người dân ở cấp cơ sở")
+ _listed(PAPI, 2023, (("Bình Định", 6.02, 1),), component="Công khai, minh bạch trong việc ra quyết định ở địa phương")
+ [idx("Quảng Ninh", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=7.45),
   idx("Quảng Ninh", PAPI, 2023, "Quản trị điện tử", score=4.92),
   # "có điểm cao nhất ở": the score; rank 1 a judgement call
   optional(idx("Quảng Ninh", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", rank=1, rank_of=63)),
   optional(idx("Quảng Ninh", PAPI, 2023, "Quản trị điện tử", rank=1, rank_of=63)),
   optional(idx(None, PAPI, 2023, score=42.41)),
   optional(idx(None, PAPI, 2023, "Quản trị điện tử", score=3.48))]),

Case("AB5 provincial paper (host Lâm Đồng): PAPI 2023 'x/80 điểm', x/63, a rank change, last year in parentheses, 'đứng đầu vùng Tây Nguyên', the eight dimensions in one long list with two changes and one rank, the dimension average, the other four Tây Nguyên provinces 'xếp thứ 35 (42,60 điểm)', the national leader and average",
"https://baolamdong.vn/chinh-tri/202404/papi-2023-lam-dong-dung-dau-vung-tay-nguyen-3312984/",
dt.date(2024, 4, 4),
"""PAPI 2023: Lâm Đồng đứng đầu vùng Tây Nguyên
Thứ Năm, 04/04/2024 - 07:15
Chính trị
(LĐ) - Theo Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 vừa được công bố, Chỉ số PAPI của tỉnh Lâm Đồng đạt 43,95/80 điểm, xếp thứ 21/63 tỉnh, thành phố, tăng 9 bậc so với năm 2022 (42,87 điểm, xếp thứ 30), đứng đầu vùng Tây Nguyên và thuộc nhóm đạt điểm trung bình cao.
Xét theo 8 chỉ số nội dung, tham gia của người dân ở cấp cơ sở đạt 5,12 điểm; công khai, minh bạch trong việc ra quyết định ở địa phương đạt 5,48 điểm; trách nhiệm giải trình với người dân đạt 5,30 điểm, tăng 0,41 điểm; kiểm soát tham nhũng trong khu vực công đạt 6,71 điểm; thủ tục hành chính công đạt 7,35 điểm, xếp thứ 8 cả nước; cung ứng dịch vụ công đạt 7,40 điểm; quản trị môi trường chỉ đạt 3,02 điểm, giảm 0,35 điểm so với năm 2022; quản trị điện tử đạt 3,57 điểm, cao hơn mức trung bình toàn quốc (3,48 điểm).
Trong vùng Tây Nguyên, Đắk Lắk xếp thứ 35 (42,60 điểm), Gia Lai thứ 44 (41,88 điểm), Đắk Nông thứ 52 (41,02 điểm) và Kon Tum thứ 58 (40,35 điểm).
Đứng đầu cả nước năm nay là Quảng Ninh với 46,88 điểm; điểm trung bình của 63 tỉnh, thành phố là 42,41 điểm.
Người dân phường 1, TP. Đà Lạt tham gia trả lời phiếu khảo sát PAPI. Ảnh: N.N
Theo Sở Nội vụ, nội dung quản trị môi trường giảm điểm chủ yếu do người dân chưa hài lòng với chất lượng không khí và việc thu gom rác thải ở khu vực nông thôn. Năm 2024, tỉnh phấn đấu nội dung này tăng ít nhất 0,5 điểm và đưa Chỉ số PAPI vào nhóm đạt điểm cao nhất.
NGUYỄN NGHĨA
Tin liên quan
- Lâm Đồng ban hành kế hoạch nâng cao Chỉ số PAPI giai đoạn 2024 - 2025
BÁO LÂM ĐỒNG ĐIỆN TỬ""",
[idx("Lâm Đồng", PAPI, 2023, score=43.95, rank=21, rank_of=63, rank_change=9, prev_score=42.87, prev_rank=30),
 optional(idx("Lâm Đồng", PAPI, 2022, score=42.87, rank=30)),
 idx("Lâm Đồng", PAPI, 2023, "Tham gia của người dân ở cấp cơ sở", score=5.12),
 idx("Lâm Đồng", PAPI, 2023, "Công khai, minh bạch trong việc ra quyết định ở địa phương", score=5.48),
 idx("Lâm Đồng", PAPI, 2023, "Trách nhiệm giải trình với người dân", score=5.3, score_change=0.41),
 idx("Lâm Đồng", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=6.71),
 idx("Lâm Đồng", PAPI, 2023, "Thủ tục hành chính công", score=7.35, rank=8),
 implied_rank_of("Lâm Đồng", PAPI, 2023, 63, "Thủ tục hành chính công"),
 idx("Lâm Đồng", PAPI, 2023, "Cung ứng dịch vụ công", score=7.4),
 idx("Lâm Đồng", PAPI, 2023, "Quản trị môi trường", score=3.02, score_change=-0.35),
 idx("Lâm Đồng", PAPI, 2023, "Quản trị điện tử", score=3.57),
 optional(idx(None, PAPI, 2023, "Quản trị điện tử", score=3.48)),
 optional(idx(None, PAPI, 2023, score=42.41))]
+ _listed(PAPI, 2023, (("Đắk Lắk", 42.6, 35), ("Gia Lai", 41.88, 44), ("Đắk Nông", 41.02, 52), ("Kon Tum", 40.35, 58),
                      ("Quảng Ninh", 46.88, 1)))),

# ------------------------------------------------------------------ PCI: the 2022 national report and a 2023 rewrite (30 published)
Case("AB6 national paper: PCI 2022 released, 'vị trí số 1', 'lần lượt ở các vị trí từ thứ 2 đến thứ 5', a tie 'đồng hạng 6', rank changes, the median, bands 'Rất tốt' / 'Tốt', the bottom three '(thứ 61, 58,44 điểm)', sub-index leaders, a share of firms, a regional leader, the first PGI",
"https://baodautu.vn/pci-2022-quang-ninh-tro-lai-ngoi-vi-dan-dau-d187245.html",
dt.date(2023, 4, 11),
"""PCI 2022: Quảng Ninh trở lại ngôi vị dẫn đầu
11/04/2023 14:30
Đầu tư
(Baodautu.vn) - Sáng 11/4, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022, dựa trên kết quả khảo sát hơn 11.000 doanh nghiệp, trong đó có 1.500 doanh nghiệp có vốn đầu tư nước ngoài.
Quảng Ninh trở lại vị trí số 1 với 72,95 điểm. Hải Phòng (70,88 điểm), Long An (70,41 điểm), Bắc Giang (69,23 điểm) và Bà Rịa - Vũng Tàu (69,02 điểm) lần lượt ở các vị trí từ thứ 2 đến thứ 5. Đà Nẵng và Đồng Tháp cùng đạt 68,81 điểm, đồng hạng 6. Đáng chú ý, Bắc Giang tăng 9 bậc so với năm 2021, còn Hải Phòng tăng 4 bậc.
Điểm trung vị PCI 2022 đạt 64,13 điểm; nhóm "Rất tốt" gồm 8 địa phương và nhóm "Tốt" có 23 địa phương.
Ở chiều ngược lại, ba địa phương cuối bảng là Hà Giang (thứ 61, 58,44 điểm), Đắk Nông (thứ 62, 58,03 điểm) và Cao Bằng (thứ 63, 57,12 điểm).
Xét theo 10 chỉ số thành phần, Long An dẫn đầu cả nước về tiếp cận đất đai (7,68 điểm); Bắc Giang đứng đầu về chi phí thời gian (7,96 điểm); Quảng Ninh dẫn đầu về tính năng động (7,52 điểm) và đào tạo lao động (7,21 điểm). Ở khu vực Đồng bằng sông Cửu Long, Long An tiếp tục đứng đầu vùng.
Theo VCCI, tỷ lệ doanh nghiệp phải trả chi phí không chính thức giảm còn 41%, so với 45% của năm 2021.
Cùng ngày, Chỉ số Xanh cấp tỉnh (PGI) lần đầu tiên được công bố; Bà Rịa - Vũng Tàu dẫn đầu với 20,61 điểm.
Thanh Hương
Bình luận (0)
Tin liên quan
- Doanh nghiệp FDI đánh giá cao môi trường kinh doanh các tỉnh phía Bắc""",
_listed(PCI, 2022, (("Quảng Ninh", 72.95, 1), ("Hải Phòng", 70.88, 2), ("Long An", 70.41, 3), ("Bắc Giang", 69.23, 4),
                    ("Bà Rịa - Vũng Tàu", 69.02, 5), ("Đà Nẵng", 68.81, 6), ("Đồng Tháp", 68.81, 6),
                    ("Hà Giang", 58.44, 61), ("Đắk Nông", 58.03, 62), ("Cao Bằng", 57.12, 63)))
+ [idx("Bắc Giang", PCI, 2022, rank_change=9), idx("Hải Phòng", PCI, 2022, rank_change=4)]
+ _listed(PCI, 2022, (("Long An", 7.68, 1),), component="Tiếp cận đất đai")
+ _listed(PCI, 2022, (("Bắc Giang", 7.96, 1),), component="Chi phí thời gian")
+ _listed(PCI, 2022, (("Quảng Ninh", 7.52, 1),), component="Tính năng động")
+ _listed(PCI, 2022, (("Quảng Ninh", 7.21, 1),), component="Đào tạo lao động")
+ _listed(PGI, 2022, (("Bà Rịa - Vũng Tàu", 20.61, 1),))),

Case("AB7 provincial paper (host Quảng Ngãi): PCI 2023 'xếp thứ 22/30 địa phương được công bố', a change and last year in parentheses, the national top three, 'Top 5 còn có' two names, a regional order, the ten sub-indices each with last year in parentheses '(6,02 điểm)' or a change, PGI 2023 x/63, a target",
"https://baoquangngai.vn/kinh-te/202405/pci-2023-quang-ngai-tang-17-bac-3f2a1b0/",
dt.date(2024, 5, 10),
"""PCI 2023: Quảng Ngãi tăng 17 bậc, vào nhóm 30 địa phương được công bố
Thứ Sáu, 10/05/2024 - 06:40
Kinh tế
(Baoquangngai.vn) - Theo Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 do VCCI công bố ngày 9/5, Quảng Ngãi đạt 66,05 điểm, xếp thứ 22/30 địa phương được công bố điểm, tăng 17 bậc so với năm 2022 (62,95 điểm, xếp thứ 39/63).
Năm nay, VCCI chỉ công bố điểm số và thứ hạng của 30 địa phương có kết quả cao nhất. Dẫn đầu là Hải Phòng với 73,42 điểm; tiếp theo là Long An (72,07 điểm) và Quảng Ninh (71,35 điểm). Top 5 còn có Bắc Giang và Đồng Tháp. Trong vùng Duyên hải Nam Trung Bộ, Quảng Ngãi xếp sau Đà Nẵng và Bình Định.
Xét theo 10 chỉ số thành phần, tỉnh có 8 chỉ số tăng điểm, 2 chỉ số giảm điểm. Cụ thể, gia nhập thị trường đạt 7,12 điểm (năm 2022: 6,88 điểm); tiếp cận đất đai 6,45 điểm (6,02 điểm); tính minh bạch 6,21 điểm, tăng 0,52 điểm; chi phí thời gian 7,05 điểm (6,71 điểm); chi phí không chính thức 6,88 điểm (6,40 điểm); cạnh tranh bình đẳng 5,96 điểm, giảm 0,18 điểm; tính năng động 6,54 điểm (5,87 điểm); hỗ trợ doanh nghiệp 6,12 điểm, giảm 0,09 điểm; đào tạo lao động 5,87 điểm (5,42 điểm); thiết chế pháp lý và an ninh trật tự 7,01 điểm (6,63 điểm).
Cùng với PCI, Chỉ số Xanh cấp tỉnh (PGI) năm 2023 của tỉnh đạt 19,84 điểm, xếp thứ 27/63.
Theo Sở Kế hoạch và Đầu tư, năm 2024 tỉnh phấn đấu đưa PCI vào nhóm 20 địa phương dẫn đầu, chỉ số cạnh tranh bình đẳng đạt trên 6,5 điểm.
BẠCH ĐẰNG
Tin liên quan
- Quảng Ngãi đối thoại với doanh nghiệp trong Khu kinh tế Dung Quất""",
[idx("Quảng Ngãi", PCI, 2023, score=66.05, rank=22, rank_of=30, rank_change=17, prev_score=62.95, prev_rank=39),
 optional(idx("Quảng Ngãi", PCI, 2022, score=62.95, rank=39, rank_of=63)),
 idx("Hải Phòng", PCI, 2023, score=73.42, rank=1),
 idx("Long An", PCI, 2023, score=72.07, rank=2),
 idx("Quảng Ninh", PCI, 2023, score=71.35, rank=3)]
# 30 of 63 published: either total is accepted where it is not printed
+ [implied_rank_of(p, PCI, 2023, n) for p in ("Hải Phòng", "Long An", "Quảng Ninh") for n in (63, 30)]
+ [idx("Quảng Ngãi", PCI, 2023, "Gia nhập thị trường", score=7.12, prev_score=6.88),
   idx("Quảng Ngãi", PCI, 2023, "Tiếp cận đất đai", score=6.45, prev_score=6.02),
   idx("Quảng Ngãi", PCI, 2023, "Tính minh bạch", score=6.21, score_change=0.52),
   idx("Quảng Ngãi", PCI, 2023, "Chi phí thời gian", score=7.05, prev_score=6.71),
   idx("Quảng Ngãi", PCI, 2023, "Chi phí không chính thức", score=6.88, prev_score=6.4),
   idx("Quảng Ngãi", PCI, 2023, "Cạnh tranh bình đẳng", score=5.96, score_change=-0.18),
   idx("Quảng Ngãi", PCI, 2023, "Tính năng động", score=6.54, prev_score=5.87),
   idx("Quảng Ngãi", PCI, 2023, "Hỗ trợ doanh nghiệp", score=6.12, score_change=-0.09),
   idx("Quảng Ngãi", PCI, 2023, "Đào tạo lao động", score=5.87, prev_score=5.42),
   # the tenth sub-index: the domain leaves its name open
   optional(idx("Quảng Ngãi", PCI, 2023, "Thiết chế pháp lý", score=7.01, prev_score=6.63)),
   optional(idx("Quảng Ngãi", PCI, 2023, "Thiết chế pháp lý và an ninh trật tự", score=7.01, prev_score=6.63)),
   idx("Quảng Ngãi", PGI, 2023, score=19.84, rank=27, rank_of=63)]),

# ------------------------------------------------------------------ DTI: the 2022 national release and a 2023 rewrite
Case("AB8 national trade site: DTI 2022 released, 'dẫn đầu', ranks in words 'xếp thứ hai', 'thứ ba' with a change, a tie 'đồng hạng 4', pillar leaders, the bottom three with one score, the gap, bands by count, ministries, history",
"https://ictvietnam.vn/cong-bo-chi-so-chuyen-doi-so-cap-tinh-nam-2022-da-nang-dan-dau-nam-thu-ba-lien-tiep-45123.html",
dt.date(2023, 7, 12),
"""DTI 2022: Đà Nẵng dẫn đầu năm thứ ba liên tiếp
12/07/2023 17:20
Chuyển đổi số
Chiều 12/7, Bộ Thông tin và Truyền thông công bố Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2022 của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố trực thuộc Trung ương. Năm 2022 là năm thứ ba DTI được triển khai đánh giá.
Ở cấp tỉnh, giá trị DTI trung bình đạt 0,4702, tăng 12,5% so với năm 2021. Đà Nẵng dẫn đầu với 0,6521 điểm, Thừa Thiên Huế xếp thứ hai (0,5987 điểm), Quảng Ninh thứ ba (0,5812 điểm, tăng 2 bậc so với năm 2021). Bình Dương và Bắc Ninh cùng đạt 0,5655 điểm, đồng hạng 4.
Xét theo 3 trụ cột, Thừa Thiên Huế dẫn đầu trụ cột chính quyền số với 0,7012 điểm; Bắc Ninh dẫn đầu kinh tế số (0,5530 điểm); Đà Nẵng dẫn đầu xã hội số (0,6408 điểm).
Các địa phương xếp cuối bảng là Điện Biên (thứ 61), Hà Giang (thứ 62) và Lai Châu (thứ 63) với 0,3101 điểm; khoảng cách giữa địa phương dẫn đầu và địa phương cuối bảng là 0,342 điểm. Nhóm có DTI trên 0,5 điểm gồm 14 địa phương; 33 địa phương đạt từ 0,4 đến 0,5 điểm.
Ở khối bộ, ngành cung cấp dịch vụ công, Bộ Tài chính dẫn đầu với 0,7634 điểm; Bộ Tư pháp dẫn đầu khối không cung cấp dịch vụ công.
Theo Bộ Thông tin và Truyền thông, bộ chỉ số năm 2023 sẽ được điều chỉnh theo hướng đo lường hiệu quả thực chất, bổ sung các chỉ số về dữ liệu số.
Hoàng Nam
Tin cùng chuyên mục
- Hội nghị giao ban chuyển đổi số quý II/2023""",
_listed(DTI, 2022, (("Đà Nẵng", 0.6521, 1), ("Thừa Thiên Huế", 0.5987, 2), ("Quảng Ninh", 0.5812, 3),
                    ("Bình Dương", 0.5655, 4), ("Bắc Ninh", 0.5655, 4),
                    ("Điện Biên", None, 61), ("Hà Giang", None, 62), ("Lai Châu", 0.3101, 63)))
+ [idx("Quảng Ninh", DTI, 2022, rank_change=2)]
+ _listed(DTI, 2022, (("Thừa Thiên Huế", 0.7012, 1),), component="Chính quyền số")
+ _listed(DTI, 2022, (("Bắc Ninh", 0.553, 1),), component="Kinh tế số")
+ _listed(DTI, 2022, (("Đà Nẵng", 0.6408, 1),), component="Xã hội số")
+ [optional(idx(None, DTI, 2022, score=0.4702))]),

Case("AB9 provincial portal (host Yên Bái, SharePoint): DTI 2023 x/63 with a change and last year in parentheses, regional second 'chỉ sau Lào Cai (.., xếp thứ 10)', the national top three 'lần lượt là', the average, three pillars with changes, three of the 8 main indices, '173/173 xã', a target",
"https://yenbai.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=41287&l=Tintrongtinh&lv=5",
dt.date(2025, 2, 10),
"""Chỉ số chuyển đổi số năm 2023: Yên Bái tăng 11 bậc, xếp thứ 14/63
Cập nhật: 10/02/2025 | Lượt xem: 623
Theo kết quả đánh giá Chỉ số chuyển đổi số cấp tỉnh (DTI) năm 2023 do Bộ Thông tin và Truyền thông công bố ngày 6/2/2025, tỉnh Yên Bái đạt 0,5917 điểm, xếp thứ 14/63 tỉnh, thành phố, tăng 11 bậc so với năm 2022 (0,4986 điểm, xếp thứ 25). Tỉnh đứng thứ 2 vùng trung du và miền núi phía Bắc, chỉ sau Lào Cai (0,6105 điểm, xếp thứ 10).
Ba địa phương dẫn đầu cả nước lần lượt là Bình Định (0,6752 điểm), Đà Nẵng (0,6618 điểm) và Cần Thơ (0,6504 điểm); giá trị trung bình cấp tỉnh đạt 0,5478 điểm.
Ở 3 trụ cột, chính quyền số của tỉnh đạt 0,6502 điểm, xếp thứ 9, tăng 15 bậc; xã hội số đạt 0,6112 điểm, xếp thứ 12; kinh tế số đạt 0,4580 điểm, xếp thứ 27, giảm 3 bậc.
Trong 8 chỉ số chính, chỉ số nhận thức số đạt 0,8750 điểm, xếp thứ 3; chỉ số hạ tầng số xếp thứ 5; riêng chỉ số an toàn thông tin mạng chỉ xếp thứ 40.
Ảnh: Trung tâm Giám sát, điều hành đô thị thông minh tỉnh Yên Bái.
Sở Thông tin và Truyền thông cho biết, hiện 173/173 xã, phường, thị trấn đã thành lập tổ công nghệ số cộng đồng. Năm 2025, tỉnh phấn đấu đưa DTI vào nhóm 10 địa phương dẫn đầu, kinh tế số chiếm 12% GRDP.
Tin khác
- Yên Bái: Ra mắt nền tảng bản đồ số du lịch
- Tập huấn an toàn thông tin cho cán bộ cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH YÊN BÁI""",
[idx("Yên Bái", DTI, 2023, score=0.5917, rank=14, rank_of=63, rank_change=11, prev_score=0.4986, prev_rank=25),
 optional(idx("Yên Bái", DTI, 2022, score=0.4986, rank=25))]
+ _listed(DTI, 2023, (("Lào Cai", 0.6105, 10), ("Bình Định", 0.6752, 1), ("Đà Nẵng", 0.6618, 2), ("Cần Thơ", 0.6504, 3)))
+ [optional(idx(None, DTI, 2023, score=0.5478)),
   idx("Yên Bái", DTI, 2023, "Chính quyền số", score=0.6502, rank=9, rank_change=15),
   idx("Yên Bái", DTI, 2023, "Xã hội số", score=0.6112, rank=12),
   idx("Yên Bái", DTI, 2023, "Kinh tế số", score=0.458, rank=27, rank_change=-3),
   idx("Yên Bái", DTI, 2023, "Nhận thức số", score=0.875, rank=3),
   idx("Yên Bái", DTI, 2023, "Hạ tầng số", rank=5),
   idx("Yên Bái", DTI, 2023, "An toàn thông tin mạng", rank=40)]
+ [implied_rank_of("Yên Bái", DTI, 2023, 63, c)
   for c in ("Chính quyền số", "Xã hội số", "Kinh tế số", "Nhận thức số", "Hạ tầng số", "An toàn thông tin mạng")]),

# ------------------------------------------------------------------ the monthly service index, x/63 and x/34
Case("AB10 provincial portal (host Vĩnh Long): the May 2024 service index x/63 with April in parentheses, the national top five 'các vị trí tiếp theo lần lượt là', the average, a regional rank, five groups of criteria 'x/18', 'x/20', 'x/22 điểm', the month's dossiers, a target",
"https://vinhlong.gov.vn/tin-tuc/cai-cach-hanh-chinh/thang-5-2024-vinh-long-tang-5-bac-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-18522.html",
dt.date(2024, 6, 12),
"""Tháng 5/2024: Vĩnh Long tăng 5 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Ngày đăng: 12/06/2024 | Lượt xem: 355
Theo kết quả đánh giá của Văn phòng Chính phủ trên Cổng Dịch vụ công quốc gia, tháng 5/2024, Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công của tỉnh Vĩnh Long đạt 86,95 điểm, xếp thứ 6/63 tỉnh, thành phố, tăng 5 bậc so với tháng 4/2024 (84,70 điểm, xếp thứ 11/63).
Dẫn đầu cả nước tháng 5 là Bình Dương với 90,12 điểm; các vị trí tiếp theo lần lượt là Quảng Ninh (89,55 điểm), Đồng Tháp (88,91 điểm), Bắc Ninh (88,03 điểm) và Thừa Thiên Huế (87,42 điểm). Điểm bình quân của 63 địa phương đạt 78,62 điểm. Trong vùng Đồng bằng sông Cửu Long, Vĩnh Long xếp thứ 2, sau Đồng Tháp.
Ở 5 nhóm chỉ tiêu, tỉnh đạt điểm tối đa ở nhóm công khai, minh bạch (18/18 điểm); nhóm tiến độ giải quyết đạt 19,2/20 điểm; nhóm số hóa hồ sơ đạt 15,85/22 điểm, là nhóm thấp nhất của tỉnh.
Trong tháng 5/2024, toàn tỉnh tiếp nhận 24.816 hồ sơ TTHC, đã giải quyết 23.905 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 71,4%.
UBND tỉnh yêu cầu các sở, ngành, địa phương tiếp tục đẩy mạnh số hóa hồ sơ, kết quả giải quyết TTHC, phấn đấu tháng 6/2024 vào nhóm 5 địa phương dẫn đầu cả nước.
Tác giả: Phòng Kiểm soát TTHC - Văn phòng UBND tỉnh
Tin khác
- Vĩnh Long: 107/107 xã, phường, thị trấn kết nối hệ thống một cửa điện tử
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG""",
[svc("Vĩnh Long", "2024-05", score=86.95, rank=6, rank_of=63, rank_change=5, prev_score=84.7, prev_rank=11),
 optional(svc("Vĩnh Long", "2024-04", score=84.7, rank=11, rank_of=63))]
+ _svc_listed("2024-05", (("Bình Dương", 90.12, 1), ("Quảng Ninh", 89.55, 2), ("Đồng Tháp", 88.91, 3),
                          ("Bắc Ninh", 88.03, 4), ("Thừa Thiên Huế", 87.42, 5)), 63)
+ [optional(svc(None, "2024-05", score=78.62)),
   # the groups of criteria have no name in the domain
   optional(svc("Vĩnh Long", "2024-05", component="Công khai, minh bạch", score=18)),
   optional(svc("Vĩnh Long", "2024-05", component="Tiến độ giải quyết", score=19.2)),
   optional(svc("Vĩnh Long", "2024-05", component="Số hóa hồ sơ", score=15.85)),
   _scope(dos("Vĩnh Long", "2024-05", received=24816, resolved=23905, online_pct=71.4), TT)]),

Case("AB11 portal of a merged province (Đồng Tháp + Tiền Giang): the September 2025 service index x/34 with a change, the two above 'thứ nhất', 'thứ hai' in words, the regional order with national ranks, a 9-month average, both old provinces' June x/63, the month's dossiers, '102/102 xã'",
"https://dongthap.gov.vn/chi-tiet-tin/-/view-article/1/13/dong-thap-xep-thu-3-34-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-9-2025-9182",
dt.date(2025, 10, 14),
"""Đồng Tháp xếp thứ 3/34 về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025
14/10/2025 | 15:20
Theo kết quả đánh giá của Văn phòng Chính phủ, tháng 9/2025, Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công của tỉnh Đồng Tháp (hợp nhất từ tỉnh Đồng Tháp và tỉnh Tiền Giang) đạt 88,20 điểm, xếp thứ 3/34 tỉnh, thành phố, tăng 2 bậc so với tháng 8/2025.
Xếp trên tỉnh là TP. Hồ Chí Minh (thứ nhất, 89,41 điểm) và Thanh Hóa (thứ hai, 88,65 điểm). Tỉnh tiếp tục đứng đầu vùng Đồng bằng sông Cửu Long, trên TP. Cần Thơ (thứ 11) và Vĩnh Long (thứ 14).
Bình quân 9 tháng năm 2025, tỉnh đạt 86,70 điểm. Trước khi hợp nhất, tháng 6/2025, tỉnh Đồng Tháp (cũ) đạt 88,05 điểm, xếp thứ 4/63; tỉnh Tiền Giang đạt 84,10 điểm, xếp thứ 12/63.
Trong tháng 9/2025, toàn tỉnh tiếp nhận 58.240 hồ sơ TTHC, tỷ lệ hồ sơ nộp trực tuyến đạt 78,6%; 102/102 xã, phường công khai đầy đủ TTHC trên Cổng Dịch vụ công quốc gia.
Cán bộ Trung tâm Phục vụ hành chính công phường Mỹ Tho hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Hữu Nghĩa
Chủ tịch UBND tỉnh đề nghị các sở, ngành, UBND cấp xã duy trì kết quả, phấn đấu đến tháng 12/2025 giữ vững vị trí trong nhóm 3 địa phương dẫn đầu.
Tin khác
- Đồng Tháp công bố 1.905 TTHC thuộc thẩm quyền cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG THÁP""",
[svc("Đồng Tháp", "2025-09", score=88.2, rank=3, rank_of=34, rank_change=2)]
+ _svc_listed("2025-09", (("Hồ Chí Minh", 89.41, 1), ("Thanh Hóa", 88.65, 2), ("Cần Thơ", None, 11),
                          ("Vĩnh Long", None, 14)), 34)
# an average of nine months: not one month's result
+ [optional(svc("Đồng Tháp", "2025-09M", score=86.7)),
   svc("Đồng Tháp", "2025-06", score=88.05, rank=4, rank_of=63),
   svc("Tiền Giang", "2025-06", score=84.1, rank=12, rank_of=63),
   _scope(dos("Đồng Tháp", "2025-09", received=58240, online_pct=78.6), TT)]),

# ------------------------------------------------------------------ a province's year of indices, regional order
Case("AB12 provincial paper (host Gia Lai): every index of 2023 in one review, 'lần đầu đứng đầu vùng Tây Nguyên', the Tây Nguyên order by national rank, SIPAS with last year in parentheses, PAPI with two dimensions, 'chưa nằm trong nhóm 30 địa phương được VCCI công bố', last year's PCI in its own sentence, DTI 2022 with a change, targets",
"https://baogialai.com.vn/nam-2023-gia-lai-cai-thien-manh-cac-chi-so-quan-tri-dia-phuong-post278514.html",
dt.date(2024, 5, 15),
"""Gia Lai cải thiện mạnh các chỉ số quản trị địa phương năm 2023
Thứ Tư, 15/05/2024, 07:05
Thời sự
(GLO) - Với việc Bộ Nội vụ, CECODES và VCCI lần lượt công bố kết quả, bức tranh các chỉ số quản trị của tỉnh năm 2023 đã khá đầy đủ.
Về Chỉ số cải cách hành chính (CCHC) năm 2023, tỉnh đạt 87,12%, xếp thứ 28/63, tăng 10 bậc so với năm 2022 và lần đầu đứng đầu vùng Tây Nguyên. Các tỉnh còn lại trong vùng trên bảng xếp hạng cả nước: Lâm Đồng xếp thứ 31, Đắk Lắk thứ 36, Đắk Nông thứ 50 và Kon Tum thứ 59.
Chỉ số SIPAS năm 2023 của tỉnh đạt 83,47%, xếp thứ 30 (năm 2022: 80,15%, xếp thứ 47).
Với Chỉ số PAPI năm 2023, tỉnh đạt 41,88 điểm, xếp thứ 44, thuộc nhóm đạt điểm trung bình thấp; trong đó nội dung kiểm soát tham nhũng trong khu vực công đạt 6,35 điểm, tăng 0,27 điểm, nhưng nội dung quản trị điện tử chỉ đạt 2,98 điểm, xếp thứ 57.
Riêng Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023, tỉnh chưa nằm trong nhóm 30 địa phương được VCCI công bố điểm số. Năm 2022, PCI của tỉnh xếp thứ 45/63 với 63,04 điểm.
Chỉ số chuyển đổi số (DTI) năm 2022 (công bố tháng 7/2023) của tỉnh xếp thứ 38, tăng 6 bậc so với năm 2021.
Trao đổi với phóng viên, Giám đốc Sở Nội vụ cho biết năm 2024 tỉnh phấn đấu Chỉ số CCHC vào nhóm 20 địa phương dẫn đầu, SIPAS đạt trên 85%, PAPI vào nhóm đạt điểm trung bình cao.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Gia Lai. Ảnh: H.T
ĐỨC THỤY
Tin liên quan
- Gia Lai: Đối thoại với doanh nghiệp về thủ tục đất đai
BÁO GIA LAI ĐIỆN TỬ""",
[idx("Gia Lai", PAR, 2023, score=87.12, rank=28, rank_of=63, rank_change=10)]
+ _listed(PAR, 2023, (("Lâm Đồng", None, 31), ("Đắk Lắk", None, 36), ("Đắk Nông", None, 50), ("Kon Tum", None, 59)))
+ [idx("Gia Lai", SIPAS, 2023, score=83.47, rank=30, prev_score=80.15, prev_rank=47),
   implied_rank_of("Gia Lai", SIPAS, 2023, 63),
   optional(idx("Gia Lai", SIPAS, 2022, score=80.15, rank=47)),
   idx("Gia Lai", PAPI, 2023, score=41.88, rank=44),
   implied_rank_of("Gia Lai", PAPI, 2023, 63),
   idx("Gia Lai", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=6.35, score_change=0.27),
   idx("Gia Lai", PAPI, 2023, "Quản trị điện tử", score=2.98, rank=57),
   implied_rank_of("Gia Lai", PAPI, 2023, 63, "Quản trị điện tử"),
   idx("Gia Lai", PCI, 2022, score=63.04, rank=45, rank_of=63),
   idx("Gia Lai", DTI, 2022, rank=38, rank_change=6),
   implied_rank_of("Gia Lai", DTI, 2022, 63)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _par23_row(province: str, rank: int, score: float, change: int) -> list[dict[str, object]]:
    facts = [idx(province, PAR, 2023, score=score, rank=rank), implied_rank_of(province, PAR, 2023, 63)]
    if change:
        facts.append(idx(province, PAR, 2023, rank_change=change))
    else:  # "0" in the change column: unchanged, neither rewarded nor penalised
        facts.append(optional(idx(province, PAR, 2023, rank_change=0)))
    return facts


def _svc_row(province: str, rank: int, score: float, prev_rank: int) -> list[dict[str, object]]:
    return [svc(province, "2025-09", score=score, rank=rank, prev_rank=prev_rank),
            implied_rank_of(province, SVC, 2025, 34)]


TABLES_AB: list[Case] = [
Case("ABT1 SNV site (host Long An): PAR Index 2023 top ten, pipe-separated, a tie (two rows '5'), a signed change column with a '0', a national-average row, a lead restating the host's row 'xếp thứ 7/63, giảm 2 bậc' and 'nhóm A'",
"https://sonoivu.longan.gov.vn/Lists/TinTuc/DispForm.aspx?ID=2871",
dt.date(2024, 4, 19),
"""Chỉ số cải cách hành chính năm 2023: Long An xếp thứ 7/63
Ngày đăng: 19/04/2024 | Lượt xem: 289
Ngày 17/4/2024, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số CCHC năm 2023 của các tỉnh, thành phố. Long An đạt 90,05%, xếp thứ 7/63, giảm 2 bậc so với năm 2022 nhưng vẫn thuộc nhóm A. Kết quả 10 địa phương dẫn đầu như sau:
Hạng | Tỉnh, thành phố | Chỉ số CCHC 2023 (%) | Tăng (+)/giảm (-) bậc so với 2022
1 | Hải Phòng | 92,14 | +1
2 | Quảng Ninh | 91,63 | -1
3 | Bắc Ninh | 90,87 | +3
4 | Đồng Tháp | 90,52 | 0
5 | Hà Nội | 90,31 | +2
5 | Bình Dương | 90,31 | +3
7 | Long An | 90,05 | -2
8 | Thừa Thiên Huế | 89,90 | +4
9 | Ninh Bình | 89,76 | +6
10 | Bà Rịa - Vũng Tàu | 89,60 | -1
Trung bình 63 tỉnh, thành phố | 86,12 |
Nguồn: Bộ Nội vụ
SỞ NỘI VỤ TỈNH LONG AN
Địa chỉ: 61 Nguyễn Huệ, phường 1, TP. Tân An, tỉnh Long An""",
_par23_row("Hải Phòng", 1, 92.14, 1) + _par23_row("Quảng Ninh", 2, 91.63, -1) + _par23_row("Bắc Ninh", 3, 90.87, 3)
+ _par23_row("Đồng Tháp", 4, 90.52, 0) + _par23_row("Hà Nội", 5, 90.31, 2) + _par23_row("Bình Dương", 5, 90.31, 3)
+ _par23_row("Long An", 7, 90.05, -2) + _par23_row("Thừa Thiên Huế", 8, 89.9, 4) + _par23_row("Ninh Bình", 9, 89.76, 6)
+ _par23_row("Bà Rịa - Vũng Tàu", 10, 89.6, -1)
# the lead prints the host's total; the average row is a national figure
+ [idx("Long An", PAR, 2023, rank_of=63), optional(idx(None, PAR, 2023, score=86.12))],
table=True),

Case("ABT2 portal (host Thanh Hóa, SharePoint): the service index of September 2025 for the 34 units, tab-separated, last month's rank in a column, 'TP.' names of new units, an average row with '-', a lead restating the host's row 'xếp thứ 2/34, giảm 1 bậc'",
"https://thanhhoa.gov.vn/portal/Pages/2025-10-15/Bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-9-2025-Thanh-Hoa-xep-thu-2-34.aspx",
dt.date(2025, 10, 15),
"""Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2025: Thanh Hóa xếp thứ 2/34
15/10/2025 09:10
Theo Văn phòng Chính phủ, tháng 9/2025, Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công của tỉnh Thanh Hóa đạt 88,65 điểm, xếp thứ 2/34, giảm 1 bậc so với tháng 8. Kết quả 8 địa phương dẫn đầu:
Hạng\tTỉnh, thành phố\tĐiểm tháng 9/2025\tHạng tháng 8/2025
1\tTP. Hồ Chí Minh\t89,41\t2
2\tThanh Hóa\t88,65\t1
3\tĐồng Tháp\t88,20\t5
4\tQuảng Ninh\t87,92\t3
5\tBắc Ninh\t87,60\t4
6\tTP. Huế\t87,05\t9
7\tLào Cai\t86,88\t6
8\tNinh Bình\t86,40\t12
Bình quân 34 tỉnh, thành phố\t81,37\t-
Nguồn: Cổng Dịch vụ công quốc gia
Chia sẻ | In bài""",
_svc_row("Hồ Chí Minh", 1, 89.41, 2) + _svc_row("Thanh Hóa", 2, 88.65, 1) + _svc_row("Đồng Tháp", 3, 88.2, 5)
+ _svc_row("Quảng Ninh", 4, 87.92, 3) + _svc_row("Bắc Ninh", 5, 87.6, 4) + _svc_row("Thừa Thiên Huế", 6, 87.05, 9)
+ _svc_row("Lào Cai", 7, 86.88, 6) + _svc_row("Ninh Bình", 8, 86.4, 12)
+ [svc("Thanh Hóa", "2025-09", rank_of=34, rank_change=-1), optional(svc(None, "2025-09", score=81.37))],
table=True),
]


NEGATIVES_AB: list[Case] = [
Case("ABN1 national CCHC site: PAR 2023 by band only, 'nhóm A' listed alphabetically, counts per band, average, unnamed highest and lowest and the gap, '41/63', field averages, ministries with scores, SIPAS average and '59/63', history, a target",
"https://caicachhanhchinh.gov.vn/tin-tuc/chi-so-cai-cach-hanh-chinh-nam-2023-ket-qua-theo-nhom-9812.html",
dt.date(2024, 4, 20),
"""Chỉ số cải cách hành chính năm 2023: kết quả theo nhóm
Ngày đăng: 20/04/2024
Kết quả Chỉ số CCHC năm 2023 được Ban Chỉ đạo cải cách hành chính của Chính phủ công bố ngày 17/4/2024 cho thấy sự chuyển biến tích cực ở cả khối bộ và khối tỉnh.
Đối với khối tỉnh, giá trị trung bình đạt 86,12%, tăng 1,57% so với năm 2022; điểm cao nhất là 92,14%, thấp nhất là 78,96%, khoảng cách giữa địa phương cao nhất và thấp nhất thu hẹp còn 13,18%. Có 41/63 địa phương tăng điểm so với năm trước.
Nhóm A (đạt từ 90% trở lên) gồm 7 địa phương, xếp theo thứ tự chữ cái: Bắc Ninh, Bình Dương, Đồng Tháp, Hà Nội, Hải Phòng, Long An, Quảng Ninh. Nhóm B (từ 80% đến dưới 90%) gồm 52 địa phương; nhóm C (từ 70% đến dưới 80%) gồm 4 địa phương; không có địa phương nào dưới 70%.
Trong 8 lĩnh vực thành phần, cải cách thể chế có giá trị trung bình cao nhất (90,4%), xây dựng và phát triển chính quyền điện tử, chính quyền số có giá trị trung bình thấp nhất (74,9%).
Đối với khối bộ, giá trị trung bình đạt 86,81%; Bộ Tư pháp dẫn đầu với 91,28%, Ngân hàng Nhà nước Việt Nam và Bộ Nội vụ cũng thuộc nhóm A; Bộ Giao thông vận tải có kết quả thấp nhất với 80,05%.
Chỉ số SIPAS năm 2023 bình quân đạt 82,66%; 59/63 địa phương có mức độ hài lòng trên 80%.
Năm 2023 là năm thứ 12 Chỉ số CCHC được triển khai, kể từ năm 2012. Ban Chỉ đạo đặt mục tiêu đến năm 2025 có ít nhất một nửa số địa phương thuộc nhóm A.
Ban Biên tập Cổng thông tin điện tử Cải cách hành chính
Lượt truy cập: 5.418.226 | Đang trực tuyến: 87""",
[]),

Case("ABN2 provincial portal (host Kon Tum): a plan to raise PAR/SIPAS/PAPI/PCI/DTI in 2024, targets for every index ('tăng ít nhất 10 bậc', '6/8 chỉ số nội dung', 'nhóm 30 địa phương được công bố', 'trên 80 điểm'), the plan's 47 tasks, '20/20 sở', departments' and districts' PAR scores, 'thành phố Kon Tum' leading the districts, DDCI, survey sample, budget",
"https://kontum.gov.vn/pages/detail/41876/Ke-hoach-nang-cao-cac-chi-so-PAR-INDEX-SIPAS-PAPI-PCI-DTI-nam-2024.html",
dt.date(2024, 5, 28),
"""Kế hoạch nâng cao các chỉ số PAR INDEX, SIPAS, PAPI, PCI và DTI năm 2024
Ngày 28/05/2024 | Lượt xem: 274
UBND tỉnh vừa ban hành Kế hoạch số 1845/KH-UBND về nâng cao các chỉ số PAR INDEX, SIPAS, PAPI, PCI và DTI năm 2024, gồm 5 nhóm giải pháp với 47 nhiệm vụ cụ thể, giao 20/20 sở, ban, ngành và 10/10 huyện, thành phố tổ chức thực hiện.
Mục tiêu năm 2024: Chỉ số CCHC của tỉnh tăng ít nhất 10 bậc, đạt trên 84%; Chỉ số SIPAS đạt trên 82%; Chỉ số PAPI có ít nhất 6/8 chỉ số nội dung tăng điểm, tổng điểm đạt trên 41 điểm; Chỉ số PCI nằm trong nhóm 30 địa phương được công bố; Chỉ số DTI tăng ít nhất 5 bậc; Bộ chỉ số phục vụ người dân, doanh nghiệp hằng tháng đạt trên 80 điểm.
Kế hoạch cũng nêu, theo Chỉ số CCHC năm 2023 của các sở, ngành do UBND tỉnh công bố, Sở Tư pháp dẫn đầu với 91,05 điểm, Sở Xây dựng thấp nhất với 78,34 điểm; ở khối huyện, thành phố Kon Tum dẫn đầu với 88,20 điểm, huyện Ia H'Drai xếp cuối (thứ 10/10) với 76,91 điểm. Về Chỉ số DDCI năm 2023, huyện Đắk Hà đứng đầu khối huyện với 82,6 điểm.
Sở Nội vụ được giao tổ chức khảo sát 1.200 phiếu lấy ý kiến người dân, tổ chức về chất lượng phục vụ trước ngày 30/9/2024; Sở Kế hoạch và Đầu tư tổ chức 4 hội nghị đối thoại với doanh nghiệp. Tổng kinh phí thực hiện kế hoạch là 2,35 tỷ đồng.
Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm nếu chỉ số thành phần thuộc lĩnh vực phụ trách giảm điểm.
Tin khác
- Kon Tum: Sơ kết 5 tháng thực hiện Đề án 06
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM""",
[]),
]


def test_round_ab_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AB prose", ROUND_AB, capsys)


def test_round_ab_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AB)


@pytest.mark.parametrize("case", NEGATIVES_AB, ids=ids(NEGATIVES_AB))
def test_round_ab_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AB + TABLES_AB, ids=ids(ROUND_AB + TABLES_AB))
def test_round_ab_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
