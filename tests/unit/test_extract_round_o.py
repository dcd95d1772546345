"""Blind round O: the era after the 2025 reorganisation, written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the domain notes, the seeds, rounds M and N
(and excerpts of J and L for the merger conventions), the held-out helpers and the scoring
module only (told not to read the rest of ``scrapers/`` nor the follow-up tests, and not to
run the extractor). Theme: pages a crawler meets between
July 2025 and November 2026, after 63 provinces became 34 units on 1/7/2025:

* PAR Index / SIPAS 2024 (63 provinces) recalled in post-merger articles, old provinces'
  pre-merger results ("trước khi hợp nhất, tỉnh Vĩnh Phúc từng xếp thứ 6/63", "Đồng Nai (cũ)",
  "Hải Dương cũ"), which keep the old province as the key;
* PAR Index / SIPAS 2025 for the 34 new units ("xếp thứ 4/34", "đứng đầu 34 tỉnh, thành phố"),
  DTI 2024 published after the mergers (year 2024, ranks out of 34), the monthly service index
  of new units; a new unit is keyed by its canonical pre-2025 name ("TP. Huế" → Thừa Thiên Huế,
  "tỉnh Phú Thọ (mới)" → Phú Thọ, "TP.HCM" → Hồ Chí Minh);
* two-tier local government (communes, wards, special zones; no districts; "Trung tâm Phục vụ
  hành chính công" of every commune), tasks and dossiers of 2025/2026 reported with English or
  mixed number conventions, stray spaces ("0, 45 %"), "triệu" and "nghìn";
* traps: targets, national and ministry averages, highest/lowest, ministries' results, commune
  and department rankings, "124/124 xã"-style fractions, years in history, a regional rank,
  PII, GRDP and DDCI, a host whose default province is an old one (baodongkhoi.vn → Bến Tre)
  carrying news of the new Vĩnh Long, a sum of two old provinces' tasks in a headline.

Gold notes: ``rank_of`` is required only when the total is stated with the rank (or, by the
seeds' convention, for ranks read from order in a sentence that states the total); where the
total is only implied (a component "xếp thứ 9" in an article about the 34-unit ranking, a
"dẫn đầu cả nước" for 2024), the ``rank_of`` slot is given as a separate optional fact, so it
neither rewards nor costs. Named lowest scores are optional, as in round N.

First score (extractor at 630914e, the start of the session that received the round; the
same within 0.005 on the session's changes made before the round was read):

* prose (16 articles): precision 0.967, recall 0.871 — the first blind round to meet both
  prose targets at first sight; misses: ranks out of 34 read from order without their
  "/34", a sum of two old provinces' tasks in a headline, "triệu" online counts;
* tables (2): F1 0.222 — a header with one column per index ("PAR INDEX 2025 (%)", "SIPAS
  2025 (%)") read as SIPAS's ranking, and a "Địa phương trước sắp xếp" column naming several
  old provinces per row, which hid every row;
* negatives (2): a ward's portal gave the city five dossier slots.

After the fixes (a column per index, a second column of names, ward and commune portals kept
out like districts): prose 0.967 / 0.876, tables 1.000, negatives clean.
Extractor 1.6.0 (next session, before any new round was scored): dossier figures keyed by
province as well as scope and period ("tỉnh Long An tiếp nhận ...; tỉnh Tây Ninh (cũ) tiếp nhận
..."), a province inside a closed aside not taken as the subject of what follows: prose
**0.990 / 0.950**; "tỷ lệ trễ hạn chỉ 0, 45 %" and a paper's dateline "(Baothanhhoa.vn) - " before
the province that goes on with the headline's index: **0.990 / 0.960**.
Next session (1.9.0): "Hà Nam xếp thứ 19, Ninh Bình thứ 28 và Nam Định thứ 32", "bảng xếp hạng
DTI năm 2023 của 63 tỉnh" and the PII's rank (O10): **0.995 / 0.985**.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, PAPI, PAR, SIPAS, SVC, Case, dos, idx, implied_rank_of, optional, svc, task

pytestmark = pytest.mark.unit


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"

ROUND_O: list[Case] = [
# ------------------------------------------------------------------ new units recalling old provinces
Case("O1 portal of a merged province: three old provinces' PAR 2024, first month's dossiers, 8-month tasks",
"https://phutho.gov.vn/tin-tuc/cai-cach-hanh-chinh/phu-tho-moi-ke-thua-nen-tang-cai-cach-hanh-chinh-cua-ba-tinh-48215.html",
dt.date(2025, 9, 5),
"""Tỉnh Phú Thọ (mới): Kế thừa, phát huy nền tảng cải cách hành chính của ba tỉnh
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Thứ Sáu, 05/09/2025 - 15:10 | Lượt xem: 736
Sau hơn 2 tháng vận hành mô hình chính quyền địa phương 2 cấp, tỉnh Phú Thọ (mới) – được hợp nhất từ các tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình – với 148 đơn vị hành chính cấp xã đang từng bước ổn định tổ chức bộ máy, bảo đảm việc tiếp nhận, giải quyết thủ tục hành chính (TTHC) cho người dân, doanh nghiệp thông suốt, không bị gián đoạn.
Trước khi hợp nhất, cả ba địa phương đều có kết quả cải cách hành chính (CCHC) ở mức khá trở lên. Theo Chỉ số CCHC năm 2024 do Bộ Nội vụ công bố, tỉnh Vĩnh Phúc từng xếp thứ 6/63 tỉnh, thành phố với 90,88%; tỉnh Phú Thọ (cũ) đạt 88,75%, xếp thứ 17/63; tỉnh Hòa Bình đạt 86,12%, xếp thứ 44/63.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Vĩnh Phúc. Ảnh: Thu Hương
Riêng trong tháng 7/2025, tháng đầu tiên vận hành chính quyền 2 cấp, Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục vụ hành chính công của 148/148 xã, phường đã tiếp nhận 96.412 hồ sơ, giải quyết 88.275 hồ sơ; tỷ lệ hồ sơ nộp trực tuyến đạt 71,35%.
Theo báo cáo của Sở Nội vụ, 8 tháng đầu năm 2025, tỉnh đã hoàn thành 12/46 nhiệm vụ của Kế hoạch CCHC năm 2025 (được ban hành lại sau hợp nhất); 34 nhiệm vụ còn lại đang được triển khai theo lộ trình.
Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, UBND cấp xã tập trung khắc phục tình trạng hồ sơ trễ hạn trong lĩnh vực đất đai; phấn đấu năm 2025 Chỉ số CCHC của tỉnh nằm trong nhóm 10/34 tỉnh, thành phố dẫn đầu, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.
Tin khác
- Phú Thọ công bố 1.926 TTHC thực hiện tại cấp xã
- Tập huấn nghiệp vụ một cửa cho 600 công chức cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ - Điện thoại: 0210.3846.125""",
[idx("Vĩnh Phúc", PAR, 2024, score=90.88, rank=6, rank_of=63),
 idx("Phú Thọ", PAR, 2024, score=88.75, rank=17, rank_of=63),
 idx("Hòa Bình", PAR, 2024, score=86.12, rank=44, rank_of=63),
 dos("Phú Thọ", "2025-07", received=96412, resolved=88275, online_pct=71.35),
 task("Phú Thọ", "2025-08M", 12, 46)]),

Case("O2 short provincial paper, July 2025: two old provinces' half-year tasks and dossiers, a summed headline",
"https://baotayninh.vn/tay-ninh-moi-hai-tinh-cu-hoan-thanh-53-88-nhiem-vu-cchc-a192345.html",
dt.date(2025, 7, 18),
"""TÂY NINH (MỚI): HAI TỈNH CŨ HOÀN THÀNH 53/88 NHIỆM VỤ CCHC TRONG 6 THÁNG ĐẦU NĂM
18/07/2025 | 10:05
(BTN) - Theo báo cáo tổng hợp của Sở Nội vụ tỉnh Tây Ninh (mới), trong 6 tháng đầu năm 2025, trước khi hợp nhất, tỉnh Long An đã hoàn thành 31/48 nhiệm vụ theo Kế hoạch CCHC năm 2025, tỉnh Tây Ninh (cũ) hoàn thành 22/40 nhiệm vụ.
Cũng trong 6 tháng, Bộ phận Một cửa các cấp của tỉnh Long An tiếp nhận 612.340 hồ sơ TTHC, tỷ lệ nộp trực tuyến đạt 61,2%; tỉnh Tây Ninh (cũ) tiếp nhận 298.115 hồ sơ, tỷ lệ trực tuyến đạt 58,04 %.
Từ ngày 01/7/2025, Kế hoạch CCHC năm 2025 của tỉnh Tây Ninh (mới) sẽ được xây dựng lại trên cơ sở hợp nhất nhiệm vụ của hai tỉnh.
Chia sẻ | In bài""",
[task("Long An", "2025-06H1", 31, 48),
 task("Tây Ninh", "2025-06H1", 22, 40),
 dos("Long An", "2025-06H1", received=612340, online_pct=61.2),
 dos("Tây Ninh", "2025-06H1", received=298115, online_pct=58.04),
 # the headline sums two old provinces' plans: not one plan; neither rewarded nor penalised
 optional(task("Tây Ninh", "2025-06H1", 53, 88))]),

Case("O3 old province's paper (host default Bến Tre) on the new Vĩnh Long: service index, 10-month tasks, Bến Tre's PAPI",
"https://baodongkhoi.vn/tinh-vinh-long-tang-4-bac-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-10112025-a151207.html",
dt.date(2025, 11, 10),
"""Tỉnh Vĩnh Long tăng 4 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp
Cập nhật: 10/11/2025 - 16:02
(BĐK) - Theo kết quả đánh giá của Văn phòng Chính phủ, tháng 10/2025, tỉnh Vĩnh Long đạt 87,35 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công, xếp thứ 6/34 tỉnh, thành phố, tăng 4 bậc so với tháng 9/2025.
Cũng theo Sở Nội vụ, 10 tháng năm 2025, tỉnh Vĩnh Long đã hoàn thành 37/44 nhiệm vụ của Kế hoạch CCHC năm 2025 (kế hoạch được ban hành lại sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh); 124/124 xã, phường đã niêm yết công khai TTHC đúng quy định.
Trên địa bàn khu vực Bến Tre cũ, phường An Hội dẫn đầu toàn tỉnh về tỷ lệ hồ sơ trực tuyến (95,2%). Trước khi hợp nhất, Bến Tre từng dẫn đầu cả nước về Chỉ số PAPI năm 2024 với 47,12 điểm.
Thời gian tới, tỉnh phấn đấu đến tháng 12/2025 vào nhóm 5 địa phương dẫn đầu Bộ chỉ số.
THÀNH NAM
Tin liên quan:
- Bến Tre cũ: 100% hồ sơ đất đai được số hóa
- Vĩnh Long: 124 Trung tâm Phục vụ hành chính công cấp xã đi vào hoạt động
Báo Đồng Khởi - Cơ quan của Đảng bộ tỉnh""",
[svc("Vĩnh Long", "2025-10", score=87.35, rank=6, rank_of=34, rank_change=4),
 task("Vĩnh Long", "2025-10M", 37, 44),
 idx("Bến Tre", PAPI, 2024, score=47.12, rank=1),
 implied_rank_of("Bến Tre", PAPI, 2024, 63)]),

# ------------------------------------------------------------------ national releases for 34 units
Case("O4 national: PAR/SIPAS 2025 for 34 units, ministries first, 'vị trí thứ hai và thứ ba lần lượt thuộc về', lowest, '9/34'",
"https://baochinhphu.vn/cong-bo-chi-so-cchc-nam-2025-lan-dau-xep-hang-34-tinh-thanh-pho-sau-sap-xep-102260512180512345.htm",
dt.date(2026, 5, 12),
"""Công bố Chỉ số CCHC năm 2025: lần đầu xếp hạng 34 tỉnh, thành phố sau sắp xếp
Thứ Ba, 12/05/2026 18:05 (GMT+7)
(Chinhphu.vn) - Chiều 12/5, tại Hà Nội, Ban Chỉ đạo cải cách hành chính (CCHC) của Chính phủ tổ chức Hội nghị trực tuyến công bố Chỉ số CCHC năm 2025 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025. Đây là năm thứ 14 Chỉ số CCHC được triển khai và là lần đầu tiên kết quả được xác định cho 34 tỉnh, thành phố sau sắp xếp đơn vị hành chính.
Phó Thủ tướng Chính phủ chủ trì hội nghị. Ảnh: VGP
Ở khối bộ, giá trị trung bình Chỉ số CCHC năm 2025 đạt 87,25%. Bộ Tư pháp tiếp tục dẫn đầu với 92,60%, Ngân hàng Nhà nước Việt Nam xếp thứ hai; thấp nhất là Bộ Xây dựng với 81,30%.
Ở khối địa phương, giá trị trung bình đạt 88,41%, tăng 1,39% so với năm 2024. TP. Hải Phòng đứng đầu 34 tỉnh, thành phố với 93,74%; vị trí thứ hai và thứ ba lần lượt thuộc về Quảng Ninh (92,90%) và Ninh Bình (92,15%). Có 9/34 địa phương đạt trên 90%; địa phương có kết quả thấp nhất là Cao Bằng với 82,07%.
Về Chỉ số SIPAS năm 2025, mức độ hài lòng chung của người dân, tổ chức đạt 84,96%. TP. Huế dẫn đầu với 90,30%, tiếp theo là Ninh Bình, Quảng Ninh và Hải Phòng. Cả 34/34 tỉnh, thành phố có Chỉ số SIPAS trên 80%, lần đầu tiên kể từ năm 2017.
Phát biểu kết luận, Phó Thủ tướng đề nghị các bộ, ngành, địa phương phân tích kỹ các tiêu chí bị mất điểm, phấn đấu năm 2026 không còn địa phương nào có Chỉ số CCHC dưới 85% và tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 80%.
Thu Hằng
Tin liên quan
- Ban Chỉ đạo CCHC của Chính phủ họp phiên thứ 10
- Hướng dẫn xác định Chỉ số CCHC sau sắp xếp đơn vị hành chính
Chia sẻ: Facebook | Zalo""",
[idx("Hải Phòng", PAR, 2025, score=93.74, rank=1, rank_of=34),
 idx("Quảng Ninh", PAR, 2025, score=92.9, rank=2, rank_of=34),
 idx("Ninh Bình", PAR, 2025, score=92.15, rank=3, rank_of=34),
 optional(idx("Cao Bằng", PAR, 2025, score=82.07)),
 idx("Thừa Thiên Huế", SIPAS, 2025, score=90.3, rank=1),
 idx("Ninh Bình", SIPAS, 2025, rank=2),
 idx("Quảng Ninh", SIPAS, 2025, rank=3),
 idx("Hải Phòng", SIPAS, 2025, rank=4),
 implied_rank_of("Thừa Thiên Huế", SIPAS, 2025, 34), implied_rank_of("Ninh Bình", SIPAS, 2025, 34),
 implied_rank_of("Quảng Ninh", SIPAS, 2025, 34), implied_rank_of("Hải Phòng", SIPAS, 2025, 34)]),

Case("O5 national paper: DTI 2024 published after the mergers, 34 units, 'X (..) và Y (..) lần lượt đứng thứ hai và thứ ba', pillars, ministries",
"https://vietnamnet.vn/dti-2024-tphcm-dan-dau-34-tinh-thanh-pho-ve-chuyen-doi-so-2455871.html",
dt.date(2025, 10, 21),
"""DTI 2024: TP.HCM dẫn đầu 34 tỉnh, thành phố về chuyển đổi số
21/10/2025 16:40
Bộ Khoa học và Công nghệ vừa công bố Chỉ số đánh giá chuyển đổi số (DTI) năm 2024 của các bộ, cơ quan ngang bộ và các tỉnh, thành phố. Đây là năm đầu tiên kết quả cấp tỉnh được tổng hợp cho 34 tỉnh, thành phố sau sắp xếp, trên cơ sở số liệu của các địa phương trước hợp nhất.
Theo đó, TP.HCM đạt 0,7385 điểm, đứng đầu 34 địa phương. Đà Nẵng (0,7214 điểm) và Hà Nội (0,7102 điểm) lần lượt đứng thứ hai và thứ ba. Giá trị DTI trung bình cấp tỉnh đạt 0,6018, tăng 7,2% so với năm 2023; điểm thấp nhất thuộc về Điện Biên với 0,4871.
Xét theo 3 trụ cột, Đà Nẵng dẫn đầu Chính quyền số với 0,7820 điểm; Bắc Ninh đứng đầu Kinh tế số, còn TP. Huế dẫn đầu Xã hội số.
Ở khối bộ, ngành có cung cấp dịch vụ công, Bộ Tài chính đứng đầu với 0,8123 điểm, Bộ Công an xếp thứ hai; ở khối không cung cấp dịch vụ công, Bộ Ngoại giao dẫn đầu.
Chỉ số DTI được Bộ Thông tin và Truyền thông (nay là Bộ Khoa học và Công nghệ) triển khai đánh giá từ năm 2020. Theo Bộ Khoa học và Công nghệ, từ kỳ đánh giá năm 2025, bộ chỉ số sẽ được điều chỉnh để đo lường cả cấp xã.
Duy Vũ
Bình luận (0)
Tin liên quan:
- Chỉ số đổi mới sáng tạo cấp địa phương 2024: Hà Nội, TP.HCM dẫn đầu
- 34 tỉnh, thành phố hoàn thành kết nối nền tảng dữ liệu dùng chung""",
[idx("Hồ Chí Minh", DTI, 2024, score=0.7385, rank=1, rank_of=34),
 idx("Đà Nẵng", DTI, 2024, score=0.7214, rank=2),
 idx("Hà Nội", DTI, 2024, score=0.7102, rank=3),
 implied_rank_of("Đà Nẵng", DTI, 2024, 34), implied_rank_of("Hà Nội", DTI, 2024, 34),
 optional(idx("Điện Biên", DTI, 2024, score=0.4871)),
 idx("Đà Nẵng", DTI, 2024, "Chính quyền số", score=0.782, rank=1),
 idx("Bắc Ninh", DTI, 2024, "Kinh tế số", rank=1),
 idx("Thừa Thiên Huế", DTI, 2024, "Xã hội số", rank=1),
 implied_rank_of("Đà Nẵng", DTI, 2024, 34, "Chính quyền số"), implied_rank_of("Bắc Ninh", DTI, 2024, 34, "Kinh tế số"),
 implied_rank_of("Thừa Thiên Huế", DTI, 2024, 34, "Xã hội số")]),

# ------------------------------------------------------------------ new units' own results (2025 indices)
Case("O6 city portal: TP Huế PAR 2025 x/34 with the 2024 result in parentheses, SIPAS leader, three components sharing 'dẫn đầu', commune and department ranks",
"https://hue.gov.vn/Tin-tuc/Cai-cach-hanh-chinh/tid/chi-so-cchc-nam-2025-hue-xep-thu-4-34/newsid/8F21C7A0",
dt.date(2026, 5, 14),
"""Chỉ số CCHC năm 2025: Huế xếp thứ 4/34, dẫn đầu cả nước về mức độ hài lòng
Trang chủ > Tin tức > Cải cách hành chính
14/05/2026 09:12 | Lượt xem: 1.532
Theo kết quả do Ban Chỉ đạo cải cách hành chính của Chính phủ công bố chiều 12/5/2026, Chỉ số CCHC năm 2025 của thành phố Huế đạt 91,88%, xếp thứ 4/34 tỉnh, thành phố, tăng 5 bậc so với năm 2024 (năm 2024 đạt 90,07%, xếp thứ 9/63).
Đáng chú ý, Chỉ số SIPAS năm 2025 của thành phố đạt 90,30%, đứng đầu cả nước; đây cũng là lần thứ ba Huế giữ vị trí này kể từ năm 2021.
Trong 8 lĩnh vực đánh giá, thành phố có 3 lĩnh vực dẫn đầu cả nước là cải cách thể chế, cải cách tổ chức bộ máy hành chính và xây dựng, phát triển chính quyền điện tử, chính quyền số. Lĩnh vực cải cách tài chính công còn hạn chế, chỉ xếp thứ 17/34.
Cùng ngày, UBND thành phố công bố Chỉ số CCHC năm 2025 của các cơ quan, đơn vị: Sở Tư pháp dẫn đầu khối sở, ban, ngành với 94,85 điểm; phường Thuận Hóa dẫn đầu 40 xã, phường với 93,20 điểm, xã A Lưới 5 xếp cuối với 80,14 điểm.
Chủ tịch UBND thành phố yêu cầu năm 2026 phấn đấu Chỉ số CCHC vào nhóm 3 địa phương dẫn đầu, SIPAS tiếp tục giữ vị trí số 1.
Ảnh: Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công thành phố Huế.
Hoài Thu
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ
Cơ quan chủ quản: UBND thành phố Huế. Địa chỉ: 16 Lê Lợi, phường Thuận Hóa, thành phố Huế""",
[idx("Thừa Thiên Huế", PAR, 2025, score=91.88, rank=4, rank_of=34, rank_change=5, prev_score=90.07, prev_rank=9),
 # the previous year's result in parentheses: the seeds keep it as prev_*; a 2024 fact is not wrong either
 optional(idx("Thừa Thiên Huế", PAR, 2024, score=90.07, rank=9, rank_of=63)),
 idx("Thừa Thiên Huế", SIPAS, 2025, score=90.3, rank=1),
 idx("Thừa Thiên Huế", PAR, 2025, "Cải cách thể chế", rank=1),
 idx("Thừa Thiên Huế", PAR, 2025, "Cải cách tổ chức bộ máy hành chính", rank=1),
 idx("Thừa Thiên Huế", PAR, 2025, EGOV, rank=1),
 idx("Thừa Thiên Huế", PAR, 2025, "Cải cách tài chính công", rank=17, rank_of=34),
 implied_rank_of("Thừa Thiên Huế", SIPAS, 2025, 34),
 implied_rank_of("Thừa Thiên Huế", PAR, 2025, 34, "Cải cách thể chế"),
 implied_rank_of("Thừa Thiên Huế", PAR, 2025, 34, "Cải cách tổ chức bộ máy hành chính"),
 implied_rank_of("Thừa Thiên Huế", PAR, 2025, 34, EGOV)]),

Case("O7 paper: PAR/SIPAS 2025 of a merged province below the national average, components, both old provinces' 2024 ranks, commune DDCI",
"https://baodongnai.com.vn/chinh-tri/202605/chi-so-cchc-nam-2025-cua-dong-nai-xep-thu-21-34-3241876/",
dt.date(2026, 5, 16),
"""Chỉ số CCHC năm 2025 của Đồng Nai xếp thứ 21/34
Cập nhật lúc 16:30, Thứ Bảy, 16/05/2026 (GMT+7)
Theo kết quả Ban Chỉ đạo cải cách hành chính của Chính phủ công bố ngày 12/5, Chỉ số CCHC năm 2025 của tỉnh Đồng Nai đạt 87,64%, xếp thứ 21/34 tỉnh, thành phố, thấp hơn giá trị trung bình cả nước (88,41%). Chỉ số SIPAS năm 2025 của tỉnh đạt 84,20%, xếp thứ 24.
Ở các lĩnh vực thành phần, cải cách thủ tục hành chính đạt 12,31/14 điểm, xếp thứ 9; cải cách chế độ công vụ chỉ xếp thứ 30/34.
Đây là năm đầu tiên Đồng Nai được đánh giá với tư cách tỉnh mới, hợp nhất từ Đồng Nai và Bình Phước. Với Chỉ số CCHC năm 2024, Đồng Nai (cũ) xếp thứ 25/63, còn Bình Phước vượt 29 bậc, lên vị trí thứ 21/63.
Cùng dịp, UBND tỉnh công bố Chỉ số CCHC năm 2025 của các sở, ngành và 95 xã, phường: Sở Nội vụ đứng đầu khối sở với 93,6 điểm; phường Trấn Biên dẫn đầu cấp xã với 91,8 điểm. Kết quả Chỉ số DDCI năm 2025 sẽ được công bố vào tháng 6.
Phát biểu tại hội nghị, Chủ tịch UBND tỉnh đề nghị năm 2026 đưa Chỉ số CCHC vào nhóm 15 địa phương dẫn đầu, SIPAS đạt trên 86%.
HẠNH DUNG
Tin liên quan
- Đồng Nai: 95/95 xã, phường có Trung tâm Phục vụ hành chính công
- Sở Nội vụ dẫn đầu Chỉ số CCHC khối sở, ngành
BÁO ĐỒNG NAI ĐIỆN TỬ""",
[idx("Đồng Nai", PAR, 2025, score=87.64, rank=21, rank_of=34),
 idx("Đồng Nai", SIPAS, 2025, score=84.2, rank=24),
 idx("Đồng Nai", PAR, 2025, "Cải cách thủ tục hành chính", score=12.31, rank=9),
 idx("Đồng Nai", PAR, 2025, "Cải cách chế độ công vụ", rank=30, rank_of=34),
 idx("Đồng Nai", PAR, 2024, rank=25, rank_of=63),
 idx("Bình Phước", PAR, 2024, rank=21, rank_of=63, rank_change=29),
 implied_rank_of("Đồng Nai", SIPAS, 2025, 34),
 implied_rank_of("Đồng Nai", PAR, 2025, 34, "Cải cách thủ tục hành chính")]),

Case("O8 paper interview (Q&A): PAR/SIPAS 2025 of Gia Lai (mới), old Bình Định and Gia Lai 2024 ranks, PAPI 2025 group",
"https://baogialai.com.vn/gia-lai-chi-so-cchc-nam-2025-vao-nua-tren-bang-xep-hang-post331208.html",
dt.date(2026, 5, 20),
"""Gia Lai: Chỉ số CCHC năm 2025 vào nửa trên bảng xếp hạng
Thứ Tư, 20/05/2026, 09:30
(GLO) - Kết quả Chỉ số CCHC và Chỉ số SIPAS năm 2025 vừa được công bố. Phóng viên Báo Gia Lai đã trao đổi với bà Nguyễn Thị H., Giám đốc Sở Nội vụ tỉnh.
PV: Xin bà cho biết kết quả các chỉ số năm 2025 của tỉnh?
Bà Nguyễn Thị H.: Năm 2025, năm đầu tiên tỉnh Gia Lai mới (hợp nhất Gia Lai và Bình Định) được đánh giá, Chỉ số CCHC của tỉnh đạt 88,05%, xếp thứ 18/34 tỉnh, thành phố. Chỉ số SIPAS đạt 85,41%, xếp thứ 11/34. Lĩnh vực cải cách tổ chức bộ máy hành chính đứng thứ 3 cả nước, nhờ việc sắp xếp 135 xã, phường, đặc khu được thực hiện đúng tiến độ.
PV: So với trước khi hợp nhất thì sao, thưa bà?
Bà Nguyễn Thị H.: Năm 2024, về Chỉ số CCHC, Bình Định xếp thứ 12/63, còn Gia Lai (cũ) chỉ đứng thứ 36/63. Như vậy tỉnh mới đã giữ được nền tảng tốt của Bình Định và cải thiện đáng kể ở khu vực phía Tây.
PV: Còn Chỉ số PAPI thì sao?
Bà Nguyễn Thị H.: Theo Báo cáo PAPI 2025 công bố tháng 4 vừa qua, tỉnh đạt 44,12 điểm, thuộc nhóm đạt điểm cao nhất. Mục tiêu năm 2026 là Chỉ số CCHC vào nhóm 10 và SIPAS vào nhóm 5 địa phương dẫn đầu.
PV: Xin cảm ơn bà!
Chia sẻ: Facebook | Zalo
BÁO GIA LAI ĐIỆN TỬ""",
[idx("Gia Lai", PAR, 2025, score=88.05, rank=18, rank_of=34),
 idx("Gia Lai", SIPAS, 2025, score=85.41, rank=11, rank_of=34),
 idx("Gia Lai", PAR, 2025, "Cải cách tổ chức bộ máy hành chính", rank=3),
 idx("Bình Định", PAR, 2024, rank=12, rank_of=63),
 idx("Gia Lai", PAR, 2024, rank=36, rank_of=63),
 idx("Gia Lai", PAPI, 2025, score=44.12),
 implied_rank_of("Gia Lai", PAR, 2025, 34, "Cải cách tổ chức bộ máy hành chính")]),

Case("O9 city portal: Đà Nẵng PAR 2025 'giảm 1 bậc so với năm 2024 (khi ... xếp thứ 5/63)', component scores 'x/9 điểm', old Quảng Nam, commune DDCI",
"https://danang.gov.vn/web/guest/chinh-quyen/chi-tiet?id=71245&_c=3",
dt.date(2026, 5, 15),
"""Đà Nẵng xếp thứ 6/34 về Chỉ số cải cách hành chính năm 2025
Trang chủ » Tin tức » Chính quyền
15/05/2026 | 08:00 | Lượt xem: 917
Theo kết quả công bố của Ban Chỉ đạo cải cách hành chính của Chính phủ, Chỉ số CCHC năm 2025 của thành phố Đà Nẵng đạt 91,02%, xếp thứ 6/34 tỉnh, thành phố, giảm 1 bậc so với năm 2024 (khi thành phố xếp thứ 5/63).
Chỉ số SIPAS năm 2025 của thành phố đạt 86,75%, xếp thứ 8/34, tăng 3 bậc.
Lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số đạt 8,72/9 điểm, dẫn đầu cả nước; cải cách thể chế đạt 8,95/10 điểm, xếp thứ 4; riêng tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội chỉ xếp thứ 20.
Về Chỉ số CCHC năm 2024, tỉnh Quảng Nam (cũ) đạt 87,90%, xếp thứ 33/63. Sau hợp nhất, thành phố có 94 đơn vị hành chính cấp xã (23 phường, 70 xã và đặc khu Hoàng Sa); 94/94 đơn vị đã đưa Trung tâm Phục vụ hành chính công vào hoạt động ổn định.
Thành phố cũng lần đầu tổ chức đánh giá Chỉ số DDCI cấp xã; kết quả năm 2025, phường Hải Châu dẫn đầu với 86,4 điểm.
Năm 2026, thành phố phấn đấu trở lại nhóm 3 địa phương dẫn đầu Chỉ số CCHC; SIPAS đạt trên 88%.
Nguồn: Sở Nội vụ thành phố Đà Nẵng
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG""",
[idx("Đà Nẵng", PAR, 2025, score=91.02, rank=6, rank_of=34, rank_change=-1, prev_rank=5),
 optional(idx("Đà Nẵng", PAR, 2024, rank=5, rank_of=63)),
 idx("Đà Nẵng", SIPAS, 2025, score=86.75, rank=8, rank_of=34, rank_change=3),
 idx("Đà Nẵng", PAR, 2025, EGOV, score=8.72, rank=1),
 idx("Đà Nẵng", PAR, 2025, "Cải cách thể chế", score=8.95, rank=4),
 idx("Đà Nẵng", PAR, 2025, IMPACT, rank=20),
 idx("Quảng Nam", PAR, 2024, score=87.9, rank=33, rank_of=63),
 implied_rank_of("Đà Nẵng", PAR, 2025, 34, EGOV), implied_rank_of("Đà Nẵng", PAR, 2025, 34, "Cải cách thể chế"),
 implied_rank_of("Đà Nẵng", PAR, 2025, 34, IMPACT)]),

Case("O10 portal: DTI 2024 of Ninh Bình (mới) x/34 with pillars, the three old provinces' DTI 2023 ranks, regional rank, PII, department DTI",
"https://ninhbinh.gov.vn/tin-tuc/khoa-hoc-cong-nghe/chi-so-chuyen-doi-so-nam-2024-ninh-binh-xep-thu-9-34-20251027102000.html",
dt.date(2025, 10, 27),
"""Chỉ số chuyển đổi số năm 2024: Ninh Bình xếp thứ 9/34
Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ
27/10/2025 10:20
Theo kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2024 do Bộ Khoa học và Công nghệ công bố ngày 21/10/2025, tỉnh Ninh Bình (sau hợp nhất các tỉnh Hà Nam, Nam Định và Ninh Bình) đạt 0,6542 điểm, xếp thứ 9/34 tỉnh, thành phố và đứng thứ 3 vùng đồng bằng sông Hồng.
Ở 3 trụ cột, Chính quyền số đạt 0,7011 điểm, xếp thứ 6; Kinh tế số đạt 0,5893 điểm, xếp thứ 14; Xã hội số đạt 0,6350 điểm, xếp thứ 11.
Trước hợp nhất, trên bảng xếp hạng DTI năm 2023 của 63 tỉnh, thành phố, Hà Nam xếp thứ 19, Ninh Bình thứ 28 và Nam Định thứ 32.
Cùng với DTI, Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2024 của tỉnh xếp thứ 15/34. Trong khối sở, ngành, Sở Khoa học và Công nghệ dẫn đầu Chỉ số chuyển đổi số cấp sở với 0,8610 điểm.
Hiện 129/129 xã, phường của tỉnh đã kết nối mạng truyền số liệu chuyên dùng. Năm 2025, tỉnh phấn đấu DTI vào nhóm 5 địa phương dẫn đầu, kinh tế số chiếm 18% GRDP.
Tác giả: Minh Khang - Sở Khoa học và Công nghệ
Chia sẻ | In bài | Lượt xem: 389""",
[idx("Ninh Bình", DTI, 2024, score=0.6542, rank=9, rank_of=34),
 idx("Ninh Bình", DTI, 2024, "Chính quyền số", score=0.7011, rank=6),
 idx("Ninh Bình", DTI, 2024, "Kinh tế số", score=0.5893, rank=14),
 idx("Ninh Bình", DTI, 2024, "Xã hội số", score=0.635, rank=11),
 idx("Hà Nam", DTI, 2023, rank=19, rank_of=63),
 idx("Ninh Bình", DTI, 2023, rank=28, rank_of=63),
 idx("Nam Định", DTI, 2023, rank=32, rank_of=63),
 implied_rank_of("Ninh Bình", DTI, 2024, 34, "Chính quyền số"), implied_rank_of("Ninh Bình", DTI, 2024, 34, "Kinh tế số"),
 implied_rank_of("Ninh Bình", DTI, 2024, 34, "Xã hội số")]),

# ------------------------------------------------------------------ tasks, dossiers and the monthly index of new units
Case("O11 portal: first quarter of the two-tier government, counts with shares of resolved, 'đang giải quyết', commune extremes, service index x/34",
"https://lamdong.gov.vn/sites/home/tin-tuc/cai-cach-hanh-chinh/SitePages/ket-qua-giai-quyet-tthc-quy-iii-2025.aspx",
dt.date(2025, 10, 14),
"""Lâm Đồng: Kết quả giải quyết thủ tục hành chính quý III/2025
Trang chủ / Tin tức - Sự kiện / Cải cách hành chính
Cập nhật: 14/10/2025 08:30
Quý III/2025 là quý đầu tiên tỉnh Lâm Đồng sau sắp xếp (hợp nhất từ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận) vận hành chính quyền địa phương 2 cấp, với 124 đơn vị hành chính cấp xã, gồm 103 xã, 20 phường và 1 đặc khu.
Theo Văn phòng UBND tỉnh, trong quý III/2025, Trung tâm Phục vụ hành chính công tỉnh và Trung tâm Phục vụ hành chính công của 124/124 xã, phường, đặc khu đã tiếp nhận 412.806 hồ sơ TTHC; đã giải quyết 389.540 hồ sơ, gồm trước hạn 251.217 hồ sơ (64,49%), đúng hạn 133.902 hồ sơ (34,37%) và trễ hạn 4.421 hồ sơ (1,13%); còn 23.266 hồ sơ đang giải quyết. Số hồ sơ tiếp nhận trực tuyến là 297.628 hồ sơ, đạt 72,1%.
Ở cấp xã, phường Xuân Hương - Đà Lạt có tỷ lệ hồ sơ trực tuyến cao nhất tỉnh (93,5%), trong khi xã Quảng Trực thấp nhất (41,2%).
Về Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công do Văn phòng Chính phủ đánh giá, tháng 9/2025 tỉnh đạt 84,67 điểm, xếp thứ 12/34 tỉnh, thành phố, tăng 5 bậc so với tháng 8/2025; điểm bình quân của 34 địa phương là 83,20 điểm.
Chủ tịch UBND tỉnh yêu cầu trong quý IV/2025 giảm tỷ lệ hồ sơ trễ hạn xuống dưới 1%, nâng tỷ lệ hồ sơ trực tuyến lên 80% và 100% hồ sơ trễ hạn phải có văn bản xin lỗi.
Lượt xem: 508
Tin khác
- Lâm Đồng công bố 1.842 TTHC thực hiện tại cấp xã
- Đặc khu Phú Quý tiếp nhận hồ sơ trực tuyến qua Zalo
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG""",
[dos("Lâm Đồng", "2025-Q3", received=412806, resolved=389540, early_pct=64.49, on_time_pct=34.37, late_pct=1.13,
     online=297628, online_pct=72.1),
 svc("Lâm Đồng", "2025-09", score=84.67, rank=12, rank_of=34, rank_change=5)]),

Case("O12 city portal: 10-month report with mixed Vietnamese/English number conventions, tasks, service index, Bình Dương's old month",
"https://hochiminhcity.gov.vn/-/tp-hcm-10-thang-nam-2025-tiep-nhan-hon-3-2-trieu-ho-so-thu-tuc-hanh-chinh",
dt.date(2025, 11, 12),
"""TP.HCM: 10 tháng năm 2025 tiếp nhận hơn 3,2 triệu hồ sơ thủ tục hành chính
Trang chủ | Tin tức - Sự kiện | Cải cách hành chính
12/11/2025 - 14:25
Sáng 11/11, UBND TP.HCM tổ chức hội nghị đánh giá công tác cải cách hành chính 10 tháng năm 2025. Đây là kỳ báo cáo đầu tiên tổng hợp đầy đủ số liệu của Thành phố sau khi hợp nhất với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu.
Theo báo cáo, 10 tháng năm 2025, Thành phố đã hoàn thành 48/57 nhiệm vụ của Kế hoạch CCHC năm 2025; 168/168 phường, xã, đặc khu đã ban hành kế hoạch CCHC của đơn vị mình.
Hệ thống thông tin giải quyết TTHC Thành phố ghi nhận 3.214.507 hồ sơ được tiếp nhận, đã giải quyết 3,102,880 hồ sơ (96.5%), trong đó trước hạn 71.2%, đúng hạn 27,9%, trễ hạn 0.9%; 111.627 hồ sơ đang giải quyết. Số hồ sơ nộp trực tuyến là 2,655,183 hồ sơ, chiếm 82.6%.
Về Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 10/2025 Thành phố đạt 88,10 điểm, xếp thứ 3/34 tỉnh, thành phố. Trước sắp xếp, tỉnh Bình Dương từng nhiều tháng dẫn đầu cả nước về Bộ chỉ số này; riêng tháng 6/2024, Bình Dương đứng đầu với 90,14 điểm.
Hội nghị cũng thông tin, tăng trưởng GRDP 9 tháng của Thành phố đạt 7,5%; Chỉ số DDCI năm 2025 sẽ được triển khai đánh giá đối với 168 phường, xã, đặc khu.
Chủ tịch UBND Thành phố yêu cầu phấn đấu đến cuối năm 2025 hoàn thành 100% nhiệm vụ, tỷ lệ trễ hạn dưới 0,5%.
Lượt xem: 2.317
Tin liên quan
- TP.HCM thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính
- Phường Sài Gòn dẫn đầu Thành phố về tỷ lệ hồ sơ trực tuyến""",
[task("Hồ Chí Minh", "2025-10M", 48, 57),
 dos("Hồ Chí Minh", "2025-10M", received=3214507, resolved=3102880, early_pct=71.2, on_time_pct=27.9, late_pct=0.9,
     online=2655183, online_pct=82.6),
 svc("Hồ Chí Minh", "2025-10", score=88.1, rank=3, rank_of=34),
 svc("Bình Dương", "2024-06", score=90.14, rank=1),
 implied_rank_of("Bình Dương", SVC, 2024, 63)]),

Case("O13 paper: year-end 2025 of Hải Phòng (mới), 'triệu' counts, 62/62 tasks, December index, 2024 leader 'năm thứ ba liên tiếp', Hải Dương cũ, GRDP",
"https://baohaiphong.vn/nam-2025-hai-phong-hoan-thanh-100-nhiem-vu-cai-cach-hanh-chinh-531208.html",
dt.date(2026, 1, 8),
"""Năm 2025, Hải Phòng hoàn thành 100% nhiệm vụ cải cách hành chính
Thứ Năm, 08/01/2026 - 07:45
(BHP) - Năm 2025, năm đầu tiên thành phố Hải Phòng (mới) vận hành mô hình chính quyền địa phương 2 cấp sau khi hợp nhất với tỉnh Hải Dương, công tác cải cách hành chính (CCHC) tiếp tục đạt nhiều kết quả nổi bật.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2025 của thành phố (điều chỉnh sau hợp nhất) gồm 62 nhiệm vụ; đến ngày 31/12/2025, thành phố đã hoàn thành 62/62 nhiệm vụ.
Cả năm 2025, toàn thành phố tiếp nhận 1,86 triệu hồ sơ TTHC (bao gồm số liệu của tỉnh Hải Dương cũ trong 6 tháng đầu năm), đã giải quyết 1.812.406 hồ sơ; tỷ lệ giải quyết trước hạn 68,2%, đúng hạn 30,9%, trễ hạn 0,9%. Có 1,41 triệu hồ sơ được nộp trực tuyến, chiếm 75,8% tổng số hồ sơ tiếp nhận.
Về Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 12/2025 thành phố đạt 90,05 điểm, xếp thứ 2/34 tỉnh, thành phố.
Trước đó, năm 2024, Hải Phòng dẫn đầu cả nước về Chỉ số CCHC với 93,10%, năm thứ ba liên tiếp giữ vị trí này; tỉnh Hải Dương (cũ) xếp thứ 8 với 90,42%.
Ngoài ra, tăng trưởng GRDP năm 2025 của thành phố ước đạt 11,2%, thuộc nhóm cao nhất cả nước; 114/114 xã, phường, đặc khu đã vận hành ổn định Trung tâm Phục vụ hành chính công.
Năm 2026, thành phố đặt mục tiêu giữ vững vị trí dẫn đầu Chỉ số CCHC, tỷ lệ hồ sơ trực tuyến toàn trình đạt 85%.
Trung tâm Phục vụ hành chính công thành phố Hải Phòng. Ảnh: Hoàng Việt
Lượt xem: 1.206
BÁO HẢI PHÒNG ĐIỆN TỬ
Cơ quan của Đảng bộ thành phố Hải Phòng""",
[task("Hải Phòng", "2025", 62, 62),
 dos("Hải Phòng", "2025", received=1860000, resolved=1812406, early_pct=68.2, on_time_pct=30.9, late_pct=0.9,
     online=1410000, online_pct=75.8),
 svc("Hải Phòng", "2025-12", score=90.05, rank=2, rank_of=34),
 idx("Hải Phòng", PAR, 2024, score=93.1, rank=1),
 idx("Hải Dương", PAR, 2024, score=90.42, rank=8),
 implied_rank_of("Hải Phòng", PAR, 2024, 63), implied_rank_of("Hải Dương", PAR, 2024, 63)]),

Case("O14 paper: service index 'giảm 2 bậc', 11-month dossiers in 'nghìn', late share vs national average, three old units' PAR 2024, PII, DDCI",
"https://baocantho.com.vn/tp-can-tho-giam-2-bac-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-11-a198734.html",
dt.date(2025, 12, 10),
"""TP Cần Thơ giảm 2 bậc Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 11
Thứ Tư, 10/12/2025, 06:12 (GMT+7)
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công của Văn phòng Chính phủ, tháng 11/2025, TP Cần Thơ đạt 82,05 điểm, xếp thứ 19/34 tỉnh, thành phố, giảm 2 bậc so với tháng 10.
Lũy kế 11 tháng năm 2025, toàn thành phố tiếp nhận 987,5 nghìn hồ sơ TTHC; tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 96,8%, tỷ lệ trễ hạn 3,2% - cao hơn nhiều so với bình quân cả nước (1,4%). Hồ sơ trễ hạn tập trung ở lĩnh vực đất đai tại các xã thuộc tỉnh Sóc Trăng cũ.
Trước khi hợp nhất, kết quả Chỉ số CCHC năm 2024 của ba địa phương khá chênh lệch: Hậu Giang xếp thứ 7/63 với 90,71%, TP Cần Thơ (cũ) xếp thứ 23/63 với 88,31%, còn Sóc Trăng dù tăng 25 bậc vẫn chỉ đứng thứ 30/63.
Theo Sở Khoa học và Công nghệ, Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2024 của thành phố xếp thứ 12 cả nước. Thành phố cũng đang xây dựng Bộ chỉ số DDCI để đánh giá 103 xã, phường từ năm 2026.
Phó Chủ tịch UBND thành phố yêu cầu các sở, ngành, UBND cấp xã khẩn trương khắc phục, phấn đấu tháng 12 trở lại nhóm 15 địa phương dẫn đầu.
Minh Huyền
Tin cùng chuyên mục
- 103/103 xã, phường của TP Cần Thơ vận hành hệ thống một cửa điện tử dùng chung
- Cần Thơ: Tập huấn kỹ năng số cho 1.200 cán bộ cấp xã
BÁO CẦN THƠ ONLINE""",
[svc("Cần Thơ", "2025-11", score=82.05, rank=19, rank_of=34, rank_change=-2),
 dos("Cần Thơ", "2025-11M", received=987500, late_pct=3.2),
 idx("Hậu Giang", PAR, 2024, score=90.71, rank=7, rank_of=63),
 idx("Cần Thơ", PAR, 2024, score=88.31, rank=23, rank_of=63),
 idx("Sóc Trăng", PAR, 2024, rank=30, rank_of=63, rank_change=25)]),

Case("O15 SNV site: Q1 2026 tasks, dossiers in 'nghìn' with a per-level split (cấp tỉnh / cấp xã), March index, old Quảng Bình's SIPAS 2024",
"https://sonoivu.quangtri.gov.vn/vi/news/cai-cach-hanh-chinh/ket-qua-cong-tac-cai-cach-hanh-chinh-quy-i-2026-1842.html",
dt.date(2026, 4, 10),
"""Kết quả công tác cải cách hành chính quý I/2026
Lượt xem: 241
Ngày đăng: 10/04/2026
Sở Nội vụ vừa ban hành báo cáo kết quả công tác cải cách hành chính (CCHC) quý I/2026 trên địa bàn tỉnh Quảng Trị.
Kế hoạch CCHC năm 2026 của tỉnh xác định 52 nhiệm vụ. Trong quý I/2026, các cơ quan, đơn vị đã hoàn thành 9/52 nhiệm vụ; 78/78 xã, phường, đặc khu đã ban hành kế hoạch CCHC năm 2026.
Về giải quyết TTHC, trong quý I, toàn tỉnh tiếp nhận 132,6 nghìn hồ sơ, trong đó cấp tỉnh tiếp nhận 38.204 hồ sơ, cấp xã tiếp nhận 94.396 hồ sơ; đã giải quyết 128,9 nghìn hồ sơ. Tỷ lệ hồ sơ trực tuyến đạt 69,4%.
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3/2026 của tỉnh đạt 85,02 điểm, xếp thứ 15/34.
Trước khi hợp nhất, tỉnh Quảng Bình từng xếp thứ 14/63 về Chỉ số SIPAS năm 2024 với 86,20%; đây là nền tảng để tỉnh Quảng Trị (mới) đặt mục tiêu năm 2026 Chỉ số SIPAS vào nhóm 10 địa phương dẫn đầu.
Phòng Cải cách hành chính
Bản quyền thuộc Sở Nội vụ tỉnh Quảng Trị. Địa chỉ: phường Đồng Hới, tỉnh Quảng Trị.""",
[task("Quảng Trị", "2026-Q1", 9, 52),
 dos("Quảng Trị", "2026-Q1", received=132600, resolved=128900, online_pct=69.4),
 _scope(dos("Quảng Trị", "2026-Q1", received=38204), "cấp tỉnh"),
 _scope(dos("Quảng Trị", "2026-Q1", received=94396), "cấp xã"),
 svc("Quảng Trị", "2026-03", score=85.02, rank=15, rank_of=34),
 idx("Quảng Bình", SIPAS, 2024, score=86.2, rank=14, rank_of=63)]),

Case("O16 short paper item: October 2026 index 'dẫn đầu 34 tỉnh', '10 tháng năm nay', 'triệu', a stray space '0, 45 %', 166/166",
"https://baothanhhoa.vn/thang-10-2026-thanh-hoa-dan-dau-34-tinh-thanh-pho-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-298765.htm",
dt.date(2026, 11, 6),
"""Tháng 10/2026, Thanh Hóa dẫn đầu 34 tỉnh, thành phố về Bộ chỉ số phục vụ người dân, doanh nghiệp
06/11/2026 07:40
(Baothanhhoa.vn) - Theo kết quả đánh giá của Văn phòng Chính phủ công bố trên Cổng Dịch vụ công quốc gia, tháng 10/2026, tỉnh Thanh Hóa đạt 89,12 điểm, dẫn đầu 34 tỉnh, thành phố; đây là lần đầu tiên tỉnh đứng đầu kể từ khi Bộ chỉ số được áp dụng năm 2022. 10 tháng năm nay, toàn tỉnh tiếp nhận 1,38 triệu hồ sơ, trong đó 1,02 triệu hồ sơ nộp trực tuyến, chiếm 73,9%; tỷ lệ trễ hạn chỉ 0, 45 %. Hiện 166/166 xã, phường của tỉnh đã triển khai thanh toán trực tuyến phí, lệ phí.
Lê Hà""",
[svc("Thanh Hóa", "2026-10", score=89.12, rank=1, rank_of=34),
 dos("Thanh Hóa", "2026-10M", received=1380000, online=1020000, online_pct=73.9, late_pct=0.45)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _par_row(province: str, rank: int, par: float, sipas: float) -> list[dict[str, object]]:
    return [idx(province, PAR, 2025, score=par, rank=rank),
            idx(province, SIPAS, 2025, score=sipas),
            implied_rank_of(province, PAR, 2025, 34)]


def _dti_row(province: str, rank: int, cq: float, kt: float, xh: float, total: float) -> list[dict[str, object]]:
    return [idx(province, DTI, 2024, score=total, rank=rank),
            idx(province, DTI, 2024, "Chính quyền số", score=cq),
            idx(province, DTI, 2024, "Kinh tế số", score=kt),
            idx(province, DTI, 2024, "Xã hội số", score=xh),
            implied_rank_of(province, DTI, 2024, 34)]


TABLES_O: list[Case] = [
Case("OT1 space-aligned infographic text: PAR 2025 top 10 of 34 with a SIPAS column, 'TP.' names of new units, an average row",
"https://infographics.vn/interactive-10-dia-phuong-dan-dau-chi-so-cchc-nam-2025/231456.vna",
dt.date(2026, 5, 13),
"""Infographic: 10 địa phương dẫn đầu Chỉ số CCHC năm 2025
13/05/2026 10:15
Nguồn: Bộ Nội vụ | Thực hiện: TTXVN
Xếp hạng   Tỉnh/thành phố          PAR INDEX 2025 (%)   SIPAS 2025 (%)
1          TP. Hải Phòng           93,74                88,60
2          Quảng Ninh              92,90                89,10
3          Ninh Bình               92,15                89,80
4          TP. Huế                 91,88                90,30
5          Phú Thọ                 91,40                86,20
6          TP. Đà Nẵng             91,02                86,75
7          Bắc Ninh                90,77                87,90
8          Hà Nội                  90,51                87,02
9          Đồng Tháp               90,13                87,40
10         TP. Hồ Chí Minh         89,96                85,90
Trung bình 34 tỉnh, thành phố      88,41                84,96
Ghi chú: Địa phương đạt từ 90% trở lên thuộc nhóm A.
Chia sẻ | Tải ảnh""",
_par_row("Hải Phòng", 1, 93.74, 88.6) + _par_row("Quảng Ninh", 2, 92.9, 89.1)
+ _par_row("Ninh Bình", 3, 92.15, 89.8) + _par_row("Thừa Thiên Huế", 4, 91.88, 90.3)
+ _par_row("Phú Thọ", 5, 91.4, 86.2) + _par_row("Đà Nẵng", 6, 91.02, 86.75)
+ _par_row("Bắc Ninh", 7, 90.77, 87.9) + _par_row("Hà Nội", 8, 90.51, 87.02)
+ _par_row("Đồng Tháp", 9, 90.13, 87.4) + _par_row("Hồ Chí Minh", 10, 89.96, 85.9),
table=True),

Case("OT2 tab-separated DTI 2024 table for new units with a 'before the merger' column naming old provinces, English decimals",
"https://dti.gov.vn/tin-tuc/bang-xep-hang-chi-so-chuyen-doi-so-cap-tinh-nam-2024",
dt.date(2025, 10, 22),
"Bảng xếp hạng Chỉ số chuyển đổi số cấp tỉnh năm 2024 (8 địa phương dẫn đầu)\n"
"Trang chủ / Tin tức / Kết quả đánh giá\n"
"Ngày đăng: 22/10/2025\n"
"Hạng\tTỉnh, thành phố\tĐịa phương trước sắp xếp\tChính quyền số\tKinh tế số\tXã hội số\tDTI 2024\n"
"1\tTP. Hồ Chí Minh\tTP. Hồ Chí Minh, Bình Dương, Bà Rịa - Vũng Tàu\t0.7411\t0.7602\t0.7150\t0.7385\n"
"2\tTP. Đà Nẵng\tĐà Nẵng, Quảng Nam\t0.7820\t0.6633\t0.7105\t0.7214\n"
"3\tHà Nội\tHà Nội\t0.7388\t0.6921\t0.6990\t0.7102\n"
"4\tTP. Huế\tThừa Thiên Huế\t0.7502\t0.6010\t0.7433\t0.6988\n"
"5\tBắc Ninh\tBắc Ninh, Bắc Giang\t0.6905\t0.7810\t0.6011\t0.6902\n"
"6\tQuảng Ninh\tQuảng Ninh\t0.7120\t0.6402\t0.6588\t0.6815\n"
"7\tTP. Hải Phòng\tHải Phòng, Hải Dương\t0.6850\t0.6712\t0.6490\t0.6733\n"
"8\tLào Cai\tLào Cai, Yên Bái\t0.7040\t0.5630\t0.6211\t0.6597\n"
"Ghi chú: Điểm tối đa của mỗi trụ cột và của chỉ số tổng hợp là 1. "
"Xem bảng đầy đủ 34 tỉnh, thành phố tại dti.gov.vn/xep-hang-2024\n"
"Chia sẻ: Facebook | Twitter\n",
_dti_row("Hồ Chí Minh", 1, 0.7411, 0.7602, 0.715, 0.7385)
+ _dti_row("Đà Nẵng", 2, 0.782, 0.6633, 0.7105, 0.7214)
+ _dti_row("Hà Nội", 3, 0.7388, 0.6921, 0.699, 0.7102)
+ _dti_row("Thừa Thiên Huế", 4, 0.7502, 0.601, 0.7433, 0.6988)
+ _dti_row("Bắc Ninh", 5, 0.6905, 0.781, 0.6011, 0.6902)
+ _dti_row("Quảng Ninh", 6, 0.712, 0.6402, 0.6588, 0.6815)
+ _dti_row("Hải Phòng", 7, 0.685, 0.6712, 0.649, 0.6733)
+ _dti_row("Lào Cai", 8, 0.704, 0.563, 0.6211, 0.6597),
table=True),
]


NEGATIVES_O: list[Case] = [
Case("ON1 ward portal after the reorganisation: a ward's own tasks, dossiers, commune-level index ranks, targets",
"https://thuanhoa.hue.gov.vn/tin-tuc/hoat-dong-cua-phuong/phuong-thuan-hoa-so-ket-cong-tac-cchc-9-thang-nam-2025-2214.html",
dt.date(2025, 10, 20),
"""Phường Thuận Hóa sơ kết công tác cải cách hành chính 9 tháng năm 2025
Trang chủ > Tin tức > Hoạt động của phường
20/10/2025 15:40 | Lượt xem: 187
Chiều 18/10, UBND phường Thuận Hóa tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 9 tháng năm 2025, triển khai nhiệm vụ quý IV.
Theo báo cáo, Kế hoạch CCHC năm 2025 của phường (ban hành sau khi sắp xếp, kiện toàn chính quyền cấp xã từ ngày 01/7/2025) gồm 24 nhiệm vụ; đến nay phường đã hoàn thành 18/24 nhiệm vụ, đạt 75%.
Từ ngày 01/7 đến ngày 30/9/2025, Trung tâm Phục vụ hành chính công phường tiếp nhận 18.402 hồ sơ, đã giải quyết 17.960 hồ sơ, trong đó trước hạn 79,4%, đúng hạn 20,1%, trễ hạn 0,5%; tỷ lệ hồ sơ trực tuyến của phường đạt 88,2%. Phường có 21/21 tổ dân phố thành lập tổ công nghệ số cộng đồng.
Theo kết quả đánh giá của UBND thành phố Huế, điểm Bộ chỉ số phục vụ người dân, doanh nghiệp cấp xã tháng 9/2025 của phường đạt 91,2 điểm, xếp thứ 3/40 xã, phường.
Phát biểu chỉ đạo, Chủ tịch UBND phường đề nghị trong quý IV hoàn thành 100% nhiệm vụ, phấn đấu phường dẫn đầu Chỉ số CCHC năm 2025 trong 40 xã, phường của thành phố.
Tác giả: Văn phòng HĐND và UBND phường
Tin khác
- Phường Thuận Hóa ra mắt mô hình "Chiều thứ Bảy cùng dân"
- Hội nghị đối thoại với 120 hộ kinh doanh trên địa bàn phường
UBND PHƯỜNG THUẬN HÓA - THÀNH PHỐ HUẾ""",
[]),

Case("ON2 ministry site: PAR 2025 of ministries, averages, unnamed highest/lowest, '34/34', history, targets",
"https://moha.gov.vn/tintuc/Pages/tin-tuc-su-kien.aspx?ItemID=61877",
dt.date(2026, 5, 13),
"""Chỉ số CCHC năm 2025 của các bộ, cơ quan ngang bộ: Bộ Tư pháp dẫn đầu năm thứ tư liên tiếp
13/05/2026
Theo kết quả Chỉ số CCHC năm 2025 được Ban Chỉ đạo cải cách hành chính của Chính phủ công bố ngày 12/5/2026, giá trị trung bình của 14 bộ, cơ quan ngang bộ đạt 87,25%, tăng 0,85% so với năm 2024.
Bộ Tư pháp tiếp tục dẫn đầu với 92,60%; Ngân hàng Nhà nước Việt Nam xếp thứ hai với 91,47%; Bộ Nội vụ xếp thứ ba. Bộ Xây dựng có kết quả thấp nhất với 81,30%. Trong 8 lĩnh vực, cải cách thể chế có giá trị trung bình cao nhất (92,1%), cải cách tài chính công thấp nhất (78,4%).
Đối với khối địa phương, giá trị trung bình của 34 tỉnh, thành phố đạt 88,41%; điểm cao nhất là 93,74%, thấp nhất là 82,07%. Chỉ số SIPAS năm 2025 bình quân đạt 84,96%; 34/34 tỉnh, thành phố đạt trên 80%.
Theo Bộ Nội vụ, đây là năm đầu tiên Chỉ số CCHC được xác định theo Bộ chỉ số sửa đổi phù hợp với mô hình chính quyền địa phương 2 cấp; từ năm 2026, Bộ sẽ thí điểm đánh giá Chỉ số CCHC cấp xã tại 5 tỉnh, thành phố.
Năm 2026, Ban Chỉ đạo đặt mục tiêu 100% bộ, cơ quan ngang bộ đạt trên 85%, không còn địa phương nào dưới 85%.
Cổng Thông tin điện tử Bộ Nội vụ
Lượt truy cập: 12.483.905 | Đang trực tuyến: 312""",
[]),
]



def test_round_o_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round O prose", ROUND_O, capsys)


def test_round_o_tables_meet_the_table_target() -> None:
    assert_table_target(TABLES_O)


@pytest.mark.parametrize("case", NEGATIVES_O, ids=ids(NEGATIVES_O))
def test_round_o_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_O + TABLES_O, ids=ids(ROUND_O + TABLES_O))
def test_round_o_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
