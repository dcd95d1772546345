"""Blind round Z: what a nightly crawl keeps besides clean news (2021-2026).

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and U (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic and article tests, and not to run the extractor). Theme: the pages of
provincial portals and papers that are not one clean news article:

* category / listing pages with several news summaries one after another, each with its own
  date line and its own figures (a month's dossiers, 9 months' tasks, two months' service
  index, a district's own tasks and dossiers, the departments' ranking);
* announcements of a UBND decision publishing the province's own departments' and districts'
  (or, after 1/7/2025, communes') PAR results, where only the province's own index results
  count ("TP Bắc Giang dẫn đầu khối huyện", "TP Tuyên Quang", "phường Phan Thiết");
* infographic text (PCI 2022 with sub-indices, PGI 2022) and photo captions carrying figures;
* a Q&A column ("Hỏi - đáp") with the province's SIPAS / PAR / PAPI of 2021 and a methodology
  Q&A with only weights and thresholds (negative);
* the monthly service index (Bộ chỉ số phục vụ người dân, doanh nghiệp) month by month with
  "lần lượt", a same-month-last-year comparison and a region's best;
* PGI (Chỉ số Xanh cấp tỉnh) 2022 and 2023, with the leader and the median;
* pages mixing two years' results in one paragraph ("Năm 2022, hai chỉ số này lần lượt đạt
  84,11% (hạng 34/63) và 80,90% (hạng 45/63)", "năm 2022 tỉnh đạt 41,30 điểm và đứng thứ 33");
* two ranking tables written as text (PGI 2023 with pipes; the service index of September 2024,
  tab-separated with a signed change column) and two negatives (the methodology Q&A; a TTXVN
  infographic of the ministries' PAR Index 2023 with national averages only).

Gold notes (judgement calls):

* Listing pages: every summary is its own article; each figure takes the period its own
  summary states, not the listing's crawl date nor the item's date line (Z1, Z9). A summary
  with no year ("Quảng Ninh là địa phương nhiều năm liền dẫn đầu ...") gives nothing.
* Departments', districts', cities' and communes' PAR results inside a province's page are not
  facts, even when the city bears the province's name ("TP Bắc Giang dẫn đầu khối huyện với
  92,56%", "TP Tuyên Quang dẫn đầu khối huyện"); a district's own tasks and dossiers in a
  listing (huyện Sơn Dương, Z9) are not the province's.
* Two years in one paragraph: each year's stated values are required facts of that year (the
  schema's "each value its own year"). When the earlier year is written as a separate clause
  rather than as a comparison ("Năm 2022, hai chỉ số này lần lượt đạt ..."), the prev_score /
  prev_rank of the later fact are optional (Z7, Z8). Where the earlier value is a comparison in
  parentheses ("tăng 6 bậc so với năm 2022 (21,40 điểm, xếp thứ 10)"), prev_* are required and
  the earlier year's fact is optional, as in round O (Z6).
* A figure only in a caption or a headline ("Chỉ số CCHC năm 2023 của tỉnh giảm 4 bậc" under a
  photo, Z7; "PAPI 2023: Nghệ An tăng 8 bậc", Z8) is stated and required; a caption or related
  link repeating the body is the same fact.
* Infographic sub-indices of PCI are required components with the domain's names; "Thiết chế
  pháp lý & ANTT" is optional (the domain's name for it is uncertain). The median ("Trung vị")
  and "điểm trung vị" are not facts.
* Monthly service index: each month is its own ``svc`` fact (the scorer keys by year, so the
  months share the ``rank_of`` slot). "cao hơn 31 bậc so với cùng kỳ năm 2023" is a change over
  twelve months, not month to month: an optional ``rank_change``; the same month last year is
  an optional fact of 2023. A region's best ("Trong khu vực Nam Trung Bộ, ... Khánh Hòa đạt
  điểm cao nhất với 88,70 điểm") is an optional score and gives no rank. The service index's
  own groups ("công khai, minh bạch đạt 17,6/18 điểm") are not components the domain lists:
  optional with the names as printed.
* A province's own weakest PAPI dimension ("Quản trị điện tử vẫn là chỉ số có điểm thấp nhất
  của tỉnh với 3,12 điểm") is the province's, but "thấp nhất" may keep a careful reader out:
  optional. A quartile group ("thuộc nhóm đạt điểm thấp nhất") does not void the score (Z4).
* ``rank_of`` is required when printed with the rank; when only the article or the table lead
  implies it, ``implied_rank_of``. PCI 2023's "xếp thứ 12 trong nhóm 30 địa phương ... được
  công bố" gives no ``rank_of``.
* After the merger (Z10): old provinces' PAR 2024 results keep the old keys (Lâm Đồng (cũ),
  Bình Thuận, Đắk Nông); the new unit's service index of January 2026 is out of 34.
* Targets ("phấn đấu", "mục tiêu", "vào nhóm 10/34") and the national, ministries' and
  departments' averages, highest and lowest scores give nothing. "96/124 đơn vị cấp xã",
  "5/19 đơn vị" are not tasks.

First score (extractor at 841074d, 1.7.0, the commit current when the round was commissioned):
prose precision/recall **0.960 / 0.716 (6 articles, 67 prose slots)**; the same on the extractor of the moment the
file was taken (ab78a5c). The helper stopped before writing the round's tables and negatives
(the file was last written 25 minutes before it was taken), so this round has prose only.

Then fixed (this round in view, restated in follow-up sentences): a month's score after a long
"Theo số liệu ..." source and a period without a comma ("tháng 1/2024 tỉnh đạt"), the next
sentence led by "điểm số", "tăng lên 80,15 điểm" as a level, not a change: prose 0.965 / 0.821;
"nhiều năm liền dẫn đầu" (no year, no fact) and a rank "trong nhóm 30 địa phương có điểm số cao
nhất": 0.982 / 0.836. Next session (1.8.0): two months listed with "lần lượt" and their
ranks, a sentence opened by "Đến tháng 5/2024," is that month, and a monthly index's same month
last year is no previous value (Z5): **0.984 / 0.925**, which meets the targets; the test now
asserts them. Left: an infographic's lines (Z3).

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_prose_targets, ids
from test_extract_heldout import PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, implied_rank_of, optional, svc, task

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_Z: list[Case] = [
Case("Z1 portal category page (listing): six summaries with their own dates; a month's dossiers, 9 months' tasks, two months' service index, a study visit to Quảng Ninh with no year",
"https://tayninh.gov.vn/vi/news/thong-tin-cai-cach-hanh-chinh/page-12",
dt.date(2023, 10, 16),
"""Thông tin cải cách hành chính
Trang chủ / Tin tức / Thông tin cải cách hành chính
Tây Ninh: Kết quả giải quyết thủ tục hành chính tháng 9/2023
16/10/2023
Trong tháng 9/2023, các cơ quan hành chính ba cấp trên địa bàn tỉnh tiếp nhận 41.287 hồ sơ, đã giải quyết 39.905 hồ sơ, tỷ lệ trễ hạn 0,52%; 21.630 hồ sơ được nộp trực tuyến, chiếm 52,39%. Sở Tài nguyên và Môi trường vẫn là đơn vị có nhiều hồ sơ trễ hạn nhất...
Xem tiếp
Sơ kết công tác cải cách hành chính 9 tháng đầu năm 2023
06/10/2023
Chiều 5/10, Sở Nội vụ tổ chức hội nghị sơ kết công tác CCHC 9 tháng đầu năm 2023. Đến nay, tỉnh đã hoàn thành 30/41 nhiệm vụ theo Kế hoạch CCHC năm 2023, 11 nhiệm vụ còn lại đang triển khai đúng tiến độ; 20/20 sở, ngành đã niêm yết công khai TTHC...
Xem tiếp
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2023: Tây Ninh tăng 7 bậc
15/09/2023
Theo kết quả đánh giá của Văn phòng Chính phủ, tháng 8/2023 tỉnh đạt 85,31 điểm, xếp thứ 12/63 tỉnh, thành phố, tăng 7 bậc so với tháng 7/2023. Tỉnh đặt mục tiêu đến cuối năm vào nhóm 10 địa phương dẫn đầu...
Xem tiếp
Đoàn công tác tỉnh Tây Ninh học tập kinh nghiệm cải cách hành chính tại Quảng Ninh
08/09/2023
Quảng Ninh là địa phương nhiều năm liền dẫn đầu cả nước về Chỉ số CCHC, Chỉ số SIPAS và Chỉ số PCI. Đoàn đã trao đổi kinh nghiệm vận hành Trung tâm Phục vụ hành chính công với 35 quầy giao dịch...
Xem tiếp
Phát động Cuộc thi trực tuyến tìm hiểu về cải cách hành chính năm 2023
30/08/2023
Cuộc thi diễn ra từ ngày 01/9 đến ngày 30/9/2023, Ban Tổ chức dự kiến thu hút 20.000 lượt người tham gia, với 30 giải thưởng...
Xem tiếp
Bộ chỉ số phục vụ tháng 7/2023: Tây Ninh xếp thứ 19
14/08/2023
Tháng 7/2023, Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công của tỉnh đạt 82,97 điểm, xếp thứ 19/63 tỉnh, thành phố...
Xem tiếp
« Đầu ‹ Trước 10 11 12 13 14 Sau › Cuối »
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TÂY NINH
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tây Ninh
Đang online: 312 | Tổng lượt truy cập: 18.204.557""",
[_scope(dos("Tây Ninh", "2023-09", received=41287, resolved=39905, late_pct=0.52, online=21630, online_pct=52.39), TT),
 optional(_scope(dos("Tây Ninh", "2023-09", online_total=41287), TT)),
 task("Tây Ninh", "2023-09M", 30, 41),
 svc("Tây Ninh", "2023-08", score=85.31, rank=12, rank_of=63, rank_change=7),
 svc("Tây Ninh", "2023-07", score=82.97, rank=19, rank_of=63)]),

Case("Z2 SNV site: UBND decision publishing PAR 2022 of 19 departments and 10 districts ('TP Bắc Giang dẫn đầu khối huyện'), the province's own PAR and SIPAS 2021 recalled",
"https://sonoivu.bacgiang.gov.vn/node/205114",
dt.date(2023, 2, 20),
"""Công bố Chỉ số cải cách hành chính năm 2022 của các sở, cơ quan thuộc UBND tỉnh và UBND các huyện, thành phố
Ngày đăng: 20/02/2023 | Lượt xem: 731
Ngày 16/2/2023, Chủ tịch UBND tỉnh ký ban hành Quyết định số 178/QĐ-UBND công bố Chỉ số cải cách hành chính (CCHC) năm 2022 của các sở, cơ quan thuộc UBND tỉnh và UBND các huyện, thành phố.
Theo Quyết định, khối sở, cơ quan thuộc UBND tỉnh (19 đơn vị) có điểm trung bình đạt 86,92%. Sở Tư pháp dẫn đầu với 93,40%, Sở Nội vụ đứng thứ hai với 92,85%, Sở Thông tin và Truyền thông thứ ba với 91,77%; Sở Y tế có kết quả thấp nhất với 80,12%. Có 5/19 đơn vị được xếp loại Xuất sắc.
Khối UBND các huyện, thành phố (10 đơn vị): TP Bắc Giang dẫn đầu với 92,56%; huyện Hiệp Hòa xếp thứ 2 (91,03%); huyện Sơn Động thấp nhất với 82,47%. So với năm 2021, điểm trung bình khối huyện tăng 1,45%.
Năm 2021, Chỉ số CCHC của tỉnh Bắc Giang đạt 88,23%, xếp thứ 5/63 tỉnh, thành phố, tăng 2 bậc so với năm 2020; Chỉ số SIPAS 2021 đạt 87,10%, xếp thứ 12. Kết quả Chỉ số CCHC năm 2022 của tỉnh dự kiến được Bộ Nội vụ công bố trong quý II/2023.
Quyết định yêu cầu các cơ quan, đơn vị có kết quả thấp xây dựng kế hoạch khắc phục, phấn đấu năm 2023 không có đơn vị nào đạt dưới 85%.
File đính kèm: QD-178-UBND-2023.pdf (Lượt tải: 57)
Tin cùng chuyên mục
- Kiểm tra công tác CCHC tại huyện Lục Ngạn năm 2023
- Bắc Giang: 100% hồ sơ TTHC cấp tỉnh được số hóa
SỞ NỘI VỤ TỈNH BẮC GIANG
Địa chỉ: Số 8 đường Hoàng Văn Thụ, TP Bắc Giang""",
[idx("Bắc Giang", PAR, 2021, score=88.23, rank=5, rank_of=63, rank_change=2),
 idx("Bắc Giang", SIPAS, 2021, score=87.1, rank=12),
 implied_rank_of("Bắc Giang", SIPAS, 2021, 63)]),

Case("Z3 paper's infographic: PCI 2022 with five sub-index scores, the median, PGI 2022 first published (rank without total), the PGI leader, a related link restating the rank",
"https://baothanhhoa.vn/infographic-pci-va-pgi-nam-2022-cua-thanh-hoa-186514.htm",
dt.date(2023, 4, 14),
"""[Infographic] PCI và PGI năm 2022 của Thanh Hóa
Cập nhật: 14:20, 14/04/2023 (GMT+7)
(Baothanhhoa.vn) - Ngày 11/4, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 và lần đầu tiên công bố Chỉ số Xanh cấp tỉnh (PGI). Báo Thanh Hóa giới thiệu infographic kết quả của tỉnh.
PCI 2022 THANH HÓA
67,11 ĐIỂM
XẾP HẠNG 15/63
TĂNG 11 BẬC SO VỚI NĂM 2021
Trung vị PCI cả nước: 64,64 điểm
5 CHỈ SỐ THÀNH PHẦN TĂNG ĐIỂM
Gia nhập thị trường: 7,12 điểm
Chi phí thời gian: 7,45 điểm
Tính năng động: 6,03 điểm
Hỗ trợ doanh nghiệp: 6,36 điểm
Thiết chế pháp lý & ANTT: 7,02 điểm
PGI 2022 - CHỈ SỐ XANH CẤP TỈNH
21,08 điểm - xếp thứ 22
Địa phương dẫn đầu PGI 2022: Quảng Ninh (24,55 điểm)
Nội dung: Minh Hiếu - Đồ họa: Mạnh Cường
Tin liên quan
- Thanh Hóa vươn lên vị trí 15/63 về PCI 2022
- Doanh nghiệp đánh giá cao tính năng động của chính quyền tỉnh
Báo Thanh Hóa - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hóa""",
[idx("Thanh Hóa", PCI, 2022, score=67.11, rank=15, rank_of=63, rank_change=11),
 idx("Thanh Hóa", PCI, 2022, "Gia nhập thị trường", score=7.12),
 idx("Thanh Hóa", PCI, 2022, "Chi phí thời gian", score=7.45),
 idx("Thanh Hóa", PCI, 2022, "Tính năng động", score=6.03),
 idx("Thanh Hóa", PCI, 2022, "Hỗ trợ doanh nghiệp", score=6.36),
 optional(idx("Thanh Hóa", PCI, 2022, "Thiết chế pháp lý", score=7.02)),
 idx("Thanh Hóa", PGI, 2022, score=21.08, rank=22),
 implied_rank_of("Thanh Hóa", PGI, 2022, 63),
 idx("Quảng Ninh", PGI, 2022, score=24.55, rank=1),
 implied_rank_of("Quảng Ninh", PGI, 2022, 63)]),

Case("Z4 portal Q&A column ('Hỏi - đáp'): SIPAS, PAR and PAPI 2021 of the province, the national average, the previous rank in parentheses, a component, a quartile group named 'thấp nhất', another province leading, targets",
"https://hagiang.gov.vn/hoi-dap/hoi-dap-ve-cac-chi-so-danh-gia-cai-cach-hanh-chinh-715.html",
dt.date(2022, 7, 15),
"""Hỏi - đáp về các chỉ số đánh giá cải cách hành chính
Trang chủ > Hỏi đáp > Cải cách hành chính
15/07/2022 09:45 | Lượt xem: 1.204
Chuyên mục "Hỏi - đáp" kỳ này giải đáp một số câu hỏi của bạn đọc gửi về Ban biên tập liên quan đến các chỉ số đánh giá công tác cải cách hành chính.
Câu hỏi 1: Bạn đọc Nguyễn Văn T. (TP. Hà Giang) hỏi: Chỉ số SIPAS là gì và kết quả năm 2021 của tỉnh ta như thế nào?
Trả lời: SIPAS là Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước, do Bộ Nội vụ triển khai đo lường hằng năm từ năm 2017. Theo kết quả công bố ngày 25/5/2022, SIPAS 2021 của Hà Giang đạt 84,06%, xếp thứ 35/63 tỉnh, thành phố; chỉ số trung bình của cả nước là 85,80%.
Câu hỏi 2: Bạn đọc Lò Thị M. (huyện Vị Xuyên) hỏi: Năm 2021, tỉnh xếp thứ bao nhiêu về Chỉ số CCHC?
Trả lời: Chỉ số CCHC năm 2021 của tỉnh đạt 81,62%, đứng thứ 54/63, giảm 3 bậc so với năm 2020 (xếp thứ 51/63). Trong các lĩnh vực, cải cách tài chính công đạt điểm tối đa; riêng lĩnh vực cải cách thủ tục hành chính chỉ xếp thứ 60/63.
Câu hỏi 3: Bạn đọc Vàng Seo P. (huyện Mèo Vạc) hỏi: PAPI là gì, tỉnh ta đạt bao nhiêu điểm?
Trả lời: PAPI là Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh, phản ánh trải nghiệm của người dân với chính quyền các cấp qua 8 chỉ số nội dung. PAPI 2021 của tỉnh đạt 39,80 điểm, thuộc nhóm đạt điểm thấp nhất; địa phương dẫn đầu cả nước là Thừa Thiên - Huế với 45,21 điểm.
Câu hỏi 4: Bạn đọc Hoàng Văn K. (huyện Bắc Quang) hỏi: Tỉnh đặt mục tiêu gì để cải thiện các chỉ số này?
Trả lời: Theo Kế hoạch số 112/KH-UBND, đến năm 2025 tỉnh phấn đấu Chỉ số CCHC đạt trên 85%, Chỉ số SIPAS đạt trên 88%, Chỉ số PAPI vào nhóm trung bình cao. Riêng năm 2022, tỉnh đặt mục tiêu Chỉ số CCHC tăng ít nhất 5 bậc.
Bạn đọc có thắc mắc xin gửi về hộp thư: bbt@hagiang.gov.vn
Tin khác
- Hỏi - đáp về thủ tục cấp phiếu lý lịch tư pháp trực tuyến
- Hỏi - đáp về Đề án 06 trên địa bàn tỉnh
BAN BIÊN TẬP CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ GIANG""",
[idx("Hà Giang", SIPAS, 2021, score=84.06, rank=35, rank_of=63),
 idx("Hà Giang", PAR, 2021, score=81.62, rank=54, rank_of=63, rank_change=-3, prev_rank=51),
 optional(idx("Hà Giang", PAR, 2020, rank=51, rank_of=63)),
 idx("Hà Giang", PAR, 2021, "Cải cách thủ tục hành chính", rank=60, rank_of=63),
 idx("Hà Giang", PAPI, 2021, score=39.8),
 idx("Thừa Thiên Huế", PAPI, 2021, score=45.21, rank=1),
 implied_rank_of("Thừa Thiên Huế", PAPI, 2021, 63)]),

Case("Z5 paper: the monthly service index from January to May 2024 ('lần lượt' for two months, a rank in parentheses), the same month last year, a region's best, the index's own groups, a chart caption repeating the figures, a target",
"https://baophuyen.vn/chinh-tri/202406/bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-phu-yen-lien-tuc-cai-thien-thu-hang-3021587/",
dt.date(2024, 6, 18),
"""Bộ chỉ số phục vụ người dân, doanh nghiệp: Phú Yên liên tục cải thiện thứ hạng
Thứ Ba, 18/06/2024, 07:15 [GMT+7]
(Baophuyen.vn) - Từ đầu năm đến nay, điểm số và thứ hạng Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công của tỉnh có chuyển biến rõ nét.
Theo số liệu Văn phòng Chính phủ công khai trên Cổng Dịch vụ công quốc gia, tháng 1/2024 tỉnh đạt 78,42 điểm, xếp thứ 39/63 tỉnh, thành phố. Sang tháng 2, điểm số tăng lên 80,15 điểm (hạng 30). Tháng 3 và tháng 4, tỉnh lần lượt đạt 83,06 điểm và 84,90 điểm, xếp thứ 21 và 16. Đến tháng 5/2024, dù điểm số giảm nhẹ còn 84,12 điểm, tỉnh vẫn đứng thứ 19/63, cao hơn 31 bậc so với cùng kỳ năm 2023 (tháng 5/2023 tỉnh chỉ đạt 72,50 điểm, xếp thứ 50/63).
Biểu đồ: Điểm số Bộ chỉ số của tỉnh từ tháng 1 đến tháng 5/2024 (78,42 - 80,15 - 83,06 - 84,90 - 84,12). Đồ họa: T.Đ
Trong tháng 5, nhóm chỉ tiêu công khai, minh bạch đạt 17,6/18 điểm; nhóm chỉ tiêu thanh toán trực tuyến còn thấp, chỉ đạt 5,2/10 điểm. Trong khu vực Nam Trung Bộ, tháng 5/2024 Khánh Hòa đạt điểm cao nhất với 88,70 điểm.
Theo Văn phòng UBND tỉnh, thời gian tới tỉnh phấn đấu đến tháng 12/2024 đạt từ 85 điểm trở lên, vào nhóm 15 địa phương dẫn đầu cả nước.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: NGỌC HÂN
Tin liên quan
- Phú Yên: Tỷ lệ hồ sơ trực tuyến toàn trình 5 tháng đạt hơn 60%
BÁO PHÚ YÊN ĐIỆN TỬ""",
[svc("Phú Yên", "2024-01", score=78.42, rank=39, rank_of=63),
 svc("Phú Yên", "2024-02", score=80.15, rank=30),
 svc("Phú Yên", "2024-03", score=83.06, rank=21),
 svc("Phú Yên", "2024-04", score=84.9, rank=16),
 svc("Phú Yên", "2024-05", score=84.12, rank=19, rank_of=63),
 # twelve months' change, not the month-to-month change
 optional(svc("Phú Yên", "2024-05", rank_change=31)),
 optional(svc("Phú Yên", "2023-05", score=72.5, rank=50, rank_of=63)),
 optional({**svc("Phú Yên", "2024-05", score=17.6), "component": "Công khai, minh bạch"}),
 optional({**svc("Phú Yên", "2024-05", score=5.2), "component": "Thanh toán trực tuyến"}),
 # a region's best: a score, no rank
 optional(svc("Khánh Hòa", "2024-05", score=88.7))]),

Case("Z6 paper: PGI 2023 of the host province ('BR-VT') with the previous year in parentheses, the median, the leader and 'tiếp theo là', PCI 2023 among the 30 published",
"https://baobariavungtau.com.vn/kinh-te/202405/pgi-2023-ba-ria-vung-tau-vao-top-5-dia-phuong-xanh-nhat-ca-nuoc-1012345/",
dt.date(2024, 5, 11),
"""PGI 2023: Bà Rịa - Vũng Tàu vào tốp 5 địa phương "xanh" nhất cả nước
Thứ Bảy, 11/05/2024, 16:40
BR-VT - Theo kết quả Chỉ số Xanh cấp tỉnh (PGI) năm 2023 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố ngày 9/5, tỉnh BR-VT đạt 23,66 điểm, xếp thứ 4/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022 (21,40 điểm, xếp thứ 10).
PGI được VCCI xây dựng từ năm 2022 với sự hỗ trợ của USAID, đo lường nỗ lực của chính quyền cấp tỉnh trong bảo vệ môi trường và phát triển kinh tế xanh qua khảo sát hơn 8.700 doanh nghiệp. Điểm trung vị PGI 2023 của cả nước là 19,25 điểm.
Dẫn đầu PGI 2023 là TP. Hải Phòng với 26,10 điểm, tiếp theo là Bình Dương và Quảng Ninh.
Cùng đợt công bố, Chỉ số PCI 2023 của tỉnh xếp thứ 12 trong nhóm 30 địa phương có điểm số cao nhất được công bố, giảm 2 bậc so với năm 2022.
Theo Giám đốc Sở Tài nguyên và Môi trường, năm 2024 tỉnh phấn đấu giữ vững vị trí trong tốp 5 PGI, 100% khu công nghiệp có hệ thống xử lý nước thải tập trung đạt chuẩn.
Khu công nghiệp Phú Mỹ 3 được định hướng phát triển theo mô hình khu công nghiệp sinh thái. Ảnh: QUANG VŨ
Tin liên quan
- BR-VT: 17/17 khu công nghiệp đã có nhà máy xử lý nước thải
- PCI 2023: 30 địa phương dẫn đầu được công bố
BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ""",
[idx("Bà Rịa - Vũng Tàu", PGI, 2023, score=23.66, rank=4, rank_of=63, rank_change=6, prev_score=21.4, prev_rank=10),
 optional(idx("Bà Rịa - Vũng Tàu", PGI, 2022, score=21.4, rank=10)),
 idx("Hải Phòng", PGI, 2023, score=26.1, rank=1),
 idx("Bình Dương", PGI, 2023, rank=2),
 idx("Quảng Ninh", PGI, 2023, rank=3),
 implied_rank_of("Hải Phòng", PGI, 2023, 63), implied_rank_of("Bình Dương", PGI, 2023, 63),
 implied_rank_of("Quảng Ninh", PGI, 2023, 63),
 idx("Bà Rịa - Vũng Tàu", PCI, 2023, rank=12, rank_change=-2)]),
]


TABLES_Z: list[Case] = []


NEGATIVES_Z: list[Case] = []


def test_round_z_prose_holds_its_floors(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round Z prose", ROUND_Z, capsys)


@pytest.mark.parametrize("case", ROUND_Z + TABLES_Z, ids=ids(ROUND_Z + TABLES_Z))
def test_round_z_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
