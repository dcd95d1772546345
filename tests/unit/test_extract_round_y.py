"""Blind round Y: the years after the 2025 merger, and mixed provincial news.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and U (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic and article tests nor other rounds, and not to run the extractor).
Theme: pages published in 2025-2026 by the merged provinces (the new 34 units) and by the
provinces left unchanged, which still cite the old provinces' results for 2024 and earlier:

* interviews with a provincial leader citing several indices and components in one answer:
  a Giám đốc Sở Nội vụ of the new Tuyên Quang (PAR / SIPAS 2025 x/34, three PAR components
  scored "x/10", "x/14", "x/9", both old provinces' PAR 2024, PAPI 2025 with a dimension; Y1),
  a Phó Chủ tịch of the new Khánh Hòa (DTI 2024 x/34 with a pillar, the December service
  index, both old provinces' PAR / SIPAS / PCI 2024, two PCI sub-indices, the year's tasks;
  Y10);
* provincial papers' round-ups comparing the province with its neighbours: Hà Tĩnh's PCI 2025
  beside Thanh Hóa, Nghệ An and Quảng Trị (mới), with four sub-indices, PGI 2025 and last
  year's ranks of Quảng Bình and Quảng Trị (cũ) (Y2); Lạng Sơn's PAR / SIPAS 2025 beside Lào
  Cai, Thái Nguyên (mới), Cao Bằng, Quảng Ninh and Bắc Ninh, with a regional rank and three
  components (Y6);
* merged provinces recalling their old parts' results for 2023-2024: the three old provinces'
  PAPI 2024 with dimensions in a new Lâm Đồng plan (Y3); Đắk Lắk + Phú Yên's first steering
  committee meeting with 8-month tasks, two months of the service index x/34 and PAR / SIPAS
  2024 (Y4); An Giang's DTI 2024 x/34 with pillars and two of the 8 main indices, Cần Thơ as
  the regional leader, the old provinces' DTI 2023 (Y5); Bắc Ninh + Bắc Giang's business
  dialogue with PCI 2024, four sub-indices, PGI 2024 ranks and DDCI (Y7); Quảng Ngãi + Kon
  Tum's year-end 2025 report with tasks, dossiers, quý IV alone and both old provinces' PAR /
  SIPAS / PAPI 2024 (Y8);
* an old province's paper still publishing after the merger (baobariavungtau.com.vn, whose
  host default is Bà Rịa - Vũng Tàu) about the new TP. Hồ Chí Minh: "của thành phố" is the
  city, "của tỉnh" after "tỉnh Bà Rịa - Vũng Tàu" is the old province (Y9);
* two ranking tables: PCI 2025 of the Mekong units, pipes, regional order (STT) beside "x/34"
  and a sixth row out of score order (YT1); PAR Index 2024 of the Red River delta grouped by
  new unit, tab-separated, the new unit's cell empty on its later rows and the new unit's
  name beside a differently named old province (YT2);
* two negatives, figure-heavy pages with no fact under the schema: a merged province's
  9-month socio-economic meeting (GRDP, IIP, CPI, FDI, PII x/34, a commune DDCI, "16/19 chỉ
  tiêu", a ward's dossiers, targets for PCI and PAR; YN1), and the PAPI 2025 survey under way
  (sample sizes, history, last year's national average and unnamed highest / lowest, the
  province's sample and target; YN2).

Gold notes (judgement calls):

* Province keys follow rounds O and U: a new unit is keyed by its canonical pre-2025 name
  (the new Tuyên Quang → Tuyên Quang, "Quảng Trị (mới)" → Quảng Trị, "Thái Nguyên (mới, gồm
  ...)" → Thái Nguyên, "TP. Hồ Chí Minh (mới)" → Hồ Chí Minh, "TP. Cần Thơ" → Cần Thơ); an
  old province's result for 2024 or earlier keeps the old key ("Hà Giang", "Phú Yên", "Kon
  Tum", "Bắc Giang (cũ)", "Ninh Thuận", "Bà Rịa - Vũng Tàu"), and the "(cũ)" / "(trước hợp
  nhất)" part of the same name keeps the same key (Tuyên Quang (cũ) → Tuyên Quang). In YT2
  the fact belongs to the second column (the old province), never to the first.
* Years: the measured year, not the publication year (PCI / PAR 2025 published in May 2026;
  DTI 2024 published in October 2025 for the 34 units; Y8's "các chỉ số năm 2024 (công bố
  năm 2025 ...)" are 2024). Ranks of 2024 and earlier are out of 63, of 2025 out of 34.
* ``rank_of`` is required when printed with the rank ("xếp thứ 25/34", "thứ 34/34", "xếp
  thứ 6/34" for a DTI main index) or when the total is in the ranking's own phrase "(63 tỉnh,
  thành phố)" (Y5, as O10); where only the article implies it (a neighbour "xếp thứ 11", a
  component "xếp thứ 5", "dẫn đầu cả nước", a table header "(/63)"), it is a separate optional
  fact (``implied_rank_of``). Y2's "Quảng Bình và Quảng Trị (cũ) lần lượt xếp thứ 33 và 47"
  (after "21/63") gives the ranks; their total is optional.
* Last year's value in a sentence of its own ("Năm 2024, ... PCI của Hà Tĩnh xếp thứ 21/63";
  Lạng Sơn's 2024 PAR and SIPAS; Đắk Lắk's July service index after August's) is a required
  fact of its own year (or month); read as the newer fact's ``prev_*`` it is optional.
* Components use the domain's names: PAR fields (cải cách tổ chức bộ máy hành chính, thủ tục
  hành chính, chế độ công vụ, công tác chỉ đạo điều hành, chính quyền điện tử / số, tác
  động), PAPI dimensions (Kiểm soát tham nhũng trong khu vực công, Cung ứng dịch vụ công,
  Quản trị môi trường, Thủ tục hành chính công, Quản trị điện tử), PCI sub-indices (Chi phí
  không chính thức, Tính năng động, Tiếp cận đất đai, Đào tạo lao động, Gia nhập thị
  trường, Chi phí thời gian, Hỗ trợ doanh nghiệp, Tính minh bạch), DTI pillars and two of
  DTI's 8 main indices (Hạ tầng số, An toàn thông tin mạng; required, being named in the
  domain). A component score printed "x/10 điểm" is x. "là lĩnh vực thấp nhất của tỉnh" is
  still the province's own result.
* Not facts: regional ranks ("dẫn đầu khu vực Bắc Trung Bộ", "đứng thứ 2 vùng ĐBSCL", "giữ
  vị trí thứ hai ... chỉ sau tỉnh Lào Cai": Lào Cai's national rank is the one stated
  later), "nằm trong tốp 3" (Quảng Ninh's score is a fact, its rank is not), "4 chỉ số tăng
  điểm", "thuộc nhóm cao nhất", medians, averages, the unnamed leader's score ("địa phương
  dẫn đầu đạt 73,80 điểm"), a difference ("cao hơn Khánh Hòa (cũ) 3,4 điểm phần trăm" gives
  Khánh Hòa no SIPAS score), DDCI of a Sở and a city, PII, CPI, targets ("8/9 điểm", "nhóm
  20/34", "tốp 5/34", "nhóm 10/34", "6/8 chỉ số nội dung"), "124/124 xã", "18/18 sở", "16/19
  chỉ tiêu", a special zone's or a ward's figures (đặc khu Lý Sơn, phường Vũng Tàu, phường
  Việt Trì), and the history "năm thứ hai liên tiếp", "năm thứ 17 ... kể từ ... 2009".
* A named province's dimension "cao nhất cả nước" (Y9) gives its score; rank 1 is optional.
  Y9's figures for "30 xã, phường, đặc khu thuộc khu vực Bà Rịa - Vũng Tàu trước đây" are an
  optional fact under the old key (neither the city's nor a commune's); emitted under Hồ Chí
  Minh they are wrong slots. Y10's "gần 1,2 triệu hồ sơ" (an approximation) is optional.
* Tasks: "thực hiện 44 nhiệm vụ ..., đã hoàn thành 42 nhiệm vụ" (Y8), "gồm 41 nhiệm vụ; tính
  đến ngày 31/8/2025, đã hoàn thành 17" (Y4, period "2025-08M"), "có 48 nhiệm vụ, đến ngày
  31/12/2025 đã hoàn thành 45" (Y10, period "2025"). Dossier facts carry ``scope`` ("toàn
  tỉnh", "toàn thành phố"); Y8's "Trung tâm Phục vụ hành chính công tỉnh và 96 Trung tâm ...
  cấp xã" is every body, so "toàn tỉnh", period "2025-Q4". Monthly service-index facts carry
  ``period``; the scorer keys them by year, so Y4's two months are two values under one key.
* Tables: a lead sentence restating a row is the same fact; "Bình quân vùng" is not a fact;
  YT1's "Tây Ninh (*)" is Tây Ninh.

First score (extractor at 44f0f4e, 1.6.0, the commit current when the round was commissioned):
prose precision **0.945**, recall **0.913** (10 articles, 207 prose slots); tables F1 **0.714**;
negatives clean. On arrival (1540fd0, after the session's fixes for round W's tables and pages,
none made with this round in view): the same, 0.945 / 0.913 and 0.714.

Then fixed (this round in view, each construction restated in follow-up sentences): a table's
"Địa phương trước sắp xếp" column names the row and a pasted rowspan leaves the first cell
empty (YT2); provinces in a figure-less aside after a province ("Vĩnh Long (hợp nhất từ Vĩnh
Long, Bến Tre và Trà Vinh)") are not the subject; the plan's year named after another index's
year; "thực hiện 44 nhiệm vụ ..., đã hoàn thành 42"; "Đặc khu" is a unit below the province:
prose **0.985 / 0.947**, tables **1.000**. Held to the targets. Left: "toàn thành phố" on an old
province's paper meaning the new city (Y9), "thuộc nhóm đạt điểm thấp nhất, xếp thứ 58/63"
(Y3), components listed with "lần lượt" ranks in Y6.

Next session (1.9.0): "toàn thành phố" on an old province's paper is the new TP. Hồ Chí Minh just
named (Y9): **0.995 / 0.981**.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, implied_rank_of, optional, svc,
                                  task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"
DIRECTION = "Công tác chỉ đạo, điều hành CCHC"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_Y: list[Case] = [
# ------------------------------------------------------------------ interviews and round-ups of 2025 results
Case("Y1 paper interview (Q&A) in a merged province (Tuyên Quang + Hà Giang): PAR/SIPAS 2025 x/34 and three components in one answer, both old provinces' PAR 2024, PAPI 2025 with a dimension, targets '8/9 điểm' and 'nhóm 20/34'",
"https://baotuyenquang.com.vn/chinh-tri/xay-dung-chinh-quyen/202605/giam-doc-so-noi-vu-chi-so-cai-cach-hanh-chinh-2025-la-diem-tua-de-tang-toc-a215873.html",
dt.date(2026, 5, 21),
"""Giám đốc Sở Nội vụ: Chỉ số cải cách hành chính năm 2025 là điểm tựa để tăng tốc
Thứ Năm, 21/05/2026 - 06:15
Trang chủ / Chính trị / Xây dựng chính quyền
(BTQ) - Năm 2025 là năm đầu tiên tỉnh Tuyên Quang, sau khi hợp nhất với tỉnh Hà Giang, được đánh giá các chỉ số cải cách hành chính (CCHC) trên địa bàn mới. Phóng viên Báo Tuyên Quang có cuộc trao đổi với ông Lê Văn T., Giám đốc Sở Nội vụ tỉnh.
PV: Thưa ông, kết quả các chỉ số năm 2025 của tỉnh ra sao?
Ông Lê Văn T.: Theo kết quả Ban Chỉ đạo CCHC của Chính phủ công bố ngày 12/5 vừa qua, Chỉ số CCHC năm 2025 của tỉnh đạt 86,74%, xếp thứ 24/34 tỉnh, thành phố; Chỉ số SIPAS đạt 83,18%, đứng thứ 27. Trong 8 lĩnh vực, cải cách tổ chức bộ máy hành chính đạt 9,35/10 điểm, xếp thứ 5; cải cách thủ tục hành chính đạt 11,86/14 điểm, xếp thứ 19; còn xây dựng và phát triển chính quyền điện tử, chính quyền số mới đạt 6,02/9 điểm, xếp thứ 31/34, là lĩnh vực thấp nhất của tỉnh.
PV: So với trước khi hợp nhất thì sao, thưa ông?
Ông Lê Văn T.: Nếu nhìn lại Chỉ số CCHC năm 2024, Tuyên Quang (cũ) đạt 87,95%, xếp thứ 38/63, còn Hà Giang đạt 84,61%, xếp thứ 57/63. Như vậy, vị trí hiện nay tương đương nhóm giữa của Tuyên Quang trước đây, nhưng là bước tiến rõ rệt đối với khu vực Hà Giang cũ. Về Chỉ số PAPI, tỉnh mới đạt 42,37 điểm trong Báo cáo PAPI 2025, trong đó nội dung Kiểm soát tham nhũng trong khu vực công đạt 6,84 điểm, thuộc nhóm cao nhất cả nước.
PV: Để cải thiện lĩnh vực chính quyền số, Sở có giải pháp gì?
Ông Lê Văn T.: Chúng tôi đã tham mưu UBND tỉnh ban hành kế hoạch chuyên đề, phấn đấu năm 2026 lĩnh vực này đạt trên 8/9 điểm và Chỉ số CCHC vào nhóm 20/34 địa phương; 124/124 xã, phường hoàn thành số hóa kết quả giải quyết TTHC còn hiệu lực.
PV: Xin cảm ơn ông!
Ông Lê Văn T. trao đổi với phóng viên. Ảnh: Thu Phương
Tin liên quan
- Tuyên Quang: 124 Trung tâm Phục vụ hành chính công cấp xã đi vào nền nếp
- Công bố Chỉ số CCHC năm 2025 của các sở, ngành và UBND cấp xã
BÁO TUYÊN QUANG ĐIỆN TỬ
Cơ quan của Đảng bộ tỉnh Tuyên Quang""",
[idx("Tuyên Quang", PAR, 2025, score=86.74, rank=24, rank_of=34),
 idx("Tuyên Quang", SIPAS, 2025, score=83.18, rank=27),
 implied_rank_of("Tuyên Quang", SIPAS, 2025, 34),
 idx("Tuyên Quang", PAR, 2025, "Cải cách tổ chức bộ máy hành chính", score=9.35, rank=5),
 idx("Tuyên Quang", PAR, 2025, "Cải cách thủ tục hành chính", score=11.86, rank=19),
 idx("Tuyên Quang", PAR, 2025, EGOV, score=6.02, rank=31, rank_of=34),
 implied_rank_of("Tuyên Quang", PAR, 2025, 34, "Cải cách tổ chức bộ máy hành chính"),
 implied_rank_of("Tuyên Quang", PAR, 2025, 34, "Cải cách thủ tục hành chính"),
 idx("Tuyên Quang", PAR, 2024, score=87.95, rank=38, rank_of=63),
 idx("Hà Giang", PAR, 2024, score=84.61, rank=57, rank_of=63),
 idx("Tuyên Quang", PAPI, 2025, score=42.37),
 idx("Tuyên Quang", PAPI, 2025, "Kiểm soát tham nhũng trong khu vực công", score=6.84)]),

Case("Y2 paper round-up of an unchanged province (Hà Tĩnh) against its neighbours: PCI 2025 x/34, Thanh Hóa / Nghệ An / Quảng Trị (mới), the 2024 ranks of Quảng Bình and Quảng Trị (cũ) 'lần lượt', four sub-indices, median and unnamed leader, PGI 2025, a 'Tin liên quan' link restating 2024",
"https://baohatinh.vn/pci-2025-ha-tinh-vuon-len-thu-9-34-dan-dau-khu-vuc-bac-trung-bo-post298412.html",
dt.date(2026, 5, 9),
"""PCI 2025: Hà Tĩnh vươn lên thứ 9/34, dẫn đầu khu vực Bắc Trung Bộ
09/05/2026 - 07:30
Kinh tế
(Baohatinh.vn) - Theo Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố sáng 7/5, Hà Tĩnh đạt 69,42 điểm, xếp thứ 9/34 tỉnh, thành phố, dẫn đầu khu vực Bắc Trung Bộ.
Lãnh đạo tỉnh đối thoại với doanh nghiệp tại Khu kinh tế Vũng Áng. Ảnh: TL
So với các địa phương lân cận, Thanh Hóa đạt 68,95 điểm, xếp thứ 11; Nghệ An đạt 67,60 điểm, xếp thứ 16; Quảng Trị (mới) đạt 65,08 điểm, xếp thứ 25/34. Năm 2024, khi cả nước còn 63 tỉnh, thành phố, PCI của Hà Tĩnh xếp thứ 21/63, Quảng Bình và Quảng Trị (cũ) lần lượt xếp thứ 33 và 47.
Trong 10 chỉ số thành phần, Hà Tĩnh có 4 chỉ số tăng điểm. Đáng chú ý, chỉ số Chi phí không chính thức đạt 7,48 điểm, xếp thứ 3; Tính năng động đạt 7,02 điểm, tăng 0,61 điểm so với năm 2024. Ngược lại, chỉ số Tiếp cận đất đai giảm còn 6,15 điểm, xếp thứ 28; Đào tạo lao động đạt 6,33 điểm.
Điểm trung vị PCI 2025 của 34 địa phương là 66,12 điểm; địa phương dẫn đầu đạt 73,80 điểm.
Cùng với PCI, Chỉ số Xanh cấp tỉnh (PGI) năm 2025 của Hà Tĩnh đạt 21,36 điểm, xếp thứ 14.
Phát biểu tại buổi gặp mặt doanh nghiệp, Chủ tịch UBND tỉnh đề nghị các sở, ngành phấn đấu năm 2026 đưa PCI vào nhóm 5 địa phương dẫn đầu, chỉ số Tiếp cận đất đai đạt trên 7 điểm.
THU HÀ
Tin liên quan
- Hà Tĩnh: Đối thoại với hơn 300 doanh nghiệp về thủ tục đất đai
- PCI 2024: Hà Tĩnh xếp thứ 21/63
BÁO HÀ TĨNH ĐIỆN TỬ""",
[idx("Hà Tĩnh", PCI, 2025, score=69.42, rank=9, rank_of=34),
 idx("Thanh Hóa", PCI, 2025, score=68.95, rank=11),
 idx("Nghệ An", PCI, 2025, score=67.6, rank=16),
 idx("Quảng Trị", PCI, 2025, score=65.08, rank=25, rank_of=34),
 implied_rank_of("Thanh Hóa", PCI, 2025, 34), implied_rank_of("Nghệ An", PCI, 2025, 34),
 idx("Hà Tĩnh", PCI, 2024, rank=21, rank_of=63),
 # last year's rank in its own sentence: a 2024 fact; read as the 2025 fact's prev_rank it is not wrong
 optional(idx("Hà Tĩnh", PCI, 2025, prev_rank=21)),
 idx("Quảng Bình", PCI, 2024, rank=33),
 idx("Quảng Trị", PCI, 2024, rank=47),
 implied_rank_of("Quảng Bình", PCI, 2024, 63), implied_rank_of("Quảng Trị", PCI, 2024, 63),
 idx("Hà Tĩnh", PCI, 2025, "Chi phí không chính thức", score=7.48, rank=3),
 idx("Hà Tĩnh", PCI, 2025, "Tính năng động", score=7.02, score_change=0.61),
 idx("Hà Tĩnh", PCI, 2025, "Tiếp cận đất đai", score=6.15, rank=28),
 idx("Hà Tĩnh", PCI, 2025, "Đào tạo lao động", score=6.33),
 implied_rank_of("Hà Tĩnh", PCI, 2025, 34, "Chi phí không chính thức"),
 implied_rank_of("Hà Tĩnh", PCI, 2025, 34, "Tiếp cận đất đai"),
 idx("Hà Tĩnh", PGI, 2025, score=21.36, rank=14),
 implied_rank_of("Hà Tĩnh", PGI, 2025, 34)]),

# ------------------------------------------------------------------ merged provinces recalling the old ones
Case("Y3 portal of a merged province (Lâm Đồng + Đắk Nông + Bình Thuận): a PAPI plan recalling the three old provinces' PAPI 2024 with ranks, a rank change, a quartile group, four dimensions, a national average, targets '6/8'",
"https://lamdong.gov.vn/sites/home/tin-tuc/chinh-quyen/SitePages/lam-dong-moi-nang-cao-chi-so-papi-tu-nen-tang-cua-ba-tinh.aspx",
dt.date(2025, 8, 19),
"""Lâm Đồng (mới): Nâng cao Chỉ số PAPI từ nền tảng của ba tỉnh
Trang chủ / Tin tức - Sự kiện / Chính quyền
Cập nhật: 19/08/2025 14:05
Ngày 18/8, UBND tỉnh Lâm Đồng ban hành Kế hoạch nâng cao Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) giai đoạn 2025 - 2030, áp dụng trên địa bàn tỉnh mới được hợp nhất từ ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.
Theo Báo cáo PAPI 2024 (công bố tháng 4/2025), cả ba tỉnh đều chưa vào nhóm đạt điểm cao nhất. Tỉnh Lâm Đồng (cũ) đạt 42,18 điểm, xếp thứ 35/63; tỉnh Bình Thuận đạt 41,96 điểm, xếp thứ 39/63, giảm 6 bậc so với năm 2023; tỉnh Đắk Nông đạt 40,05 điểm, thuộc nhóm đạt điểm thấp nhất, xếp thứ 58/63.
Xét theo 8 chỉ số nội dung, Lâm Đồng (cũ) có kết quả khá ở nội dung Cung ứng dịch vụ công (7,31 điểm) và Quản trị môi trường (4,12 điểm); Bình Thuận dẫn đầu cả nước ở nội dung Thủ tục hành chính công với 7,65 điểm; trong khi nội dung Quản trị điện tử của Đắk Nông chỉ đạt 3,04 điểm, thấp hơn điểm trung bình toàn quốc (3,61 điểm).
Kế hoạch đặt mục tiêu đến năm 2030, Chỉ số PAPI của tỉnh thuộc nhóm đạt điểm cao nhất; hằng năm có ít nhất 6/8 chỉ số nội dung tăng điểm; 100% xã, phường, đặc khu công khai kế hoạch sử dụng đất và dự toán ngân sách theo quy định.
UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp Ủy ban MTTQ Việt Nam tỉnh theo dõi, đánh giá kết quả thực hiện từng chỉ số nội dung.
Tin khác
- Lâm Đồng: Tập huấn kỹ năng đối thoại với Nhân dân cho cán bộ cấp xã
- Đặc khu Phú Quý tiếp nhận hồ sơ TTHC trực tuyến 100%
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG
Cơ quan chủ quản: UBND tỉnh Lâm Đồng""",
[idx("Lâm Đồng", PAPI, 2024, score=42.18, rank=35, rank_of=63),
 idx("Bình Thuận", PAPI, 2024, score=41.96, rank=39, rank_of=63, rank_change=-6),
 idx("Đắk Nông", PAPI, 2024, score=40.05, rank=58, rank_of=63),
 idx("Lâm Đồng", PAPI, 2024, "Cung ứng dịch vụ công", score=7.31),
 idx("Lâm Đồng", PAPI, 2024, "Quản trị môi trường", score=4.12),
 idx("Bình Thuận", PAPI, 2024, "Thủ tục hành chính công", score=7.65, rank=1),
 implied_rank_of("Bình Thuận", PAPI, 2024, 63, "Thủ tục hành chính công"),
 idx("Đắk Nông", PAPI, 2024, "Quản trị điện tử", score=3.04)]),

Case("Y4 SNV site of a merged province (Đắk Lắk + Phú Yên): the steering committee's first meeting, 'gồm 41 nhiệm vụ; tính đến 31/8 đã hoàn thành 17', 18/18 sở, 102/102 xã, the service index of August and of July x/34, both old provinces' PAR and SIPAS 2024",
"https://sonoivu.daklak.gov.vn/tin-tuc/cai-cach-hanh-chinh/ban-chi-dao-cai-cach-hanh-chinh-tinh-hop-phien-thu-nhat-sau-hop-nhat-2315.html",
dt.date(2025, 9, 12),
"""Ban Chỉ đạo cải cách hành chính tỉnh họp phiên thứ nhất sau hợp nhất
Trang chủ » Tin tức » Cải cách hành chính
Ngày đăng: 12/09/2025 | Lượt xem: 263
Chiều 10/9, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh Đắk Lắk (kiện toàn sau khi hợp nhất tỉnh Đắk Lắk và tỉnh Phú Yên) tổ chức phiên họp thứ nhất. Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì phiên họp.
Báo cáo tại phiên họp cho biết, Kế hoạch CCHC năm 2025 của tỉnh (ban hành lại ngày 25/7/2025) gồm 41 nhiệm vụ; tính đến ngày 31/8/2025, đã hoàn thành 17 nhiệm vụ, 24 nhiệm vụ đang triển khai. 18/18 sở, ngành và 102/102 xã, phường đã ban hành kế hoạch CCHC năm 2025 của đơn vị.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2025 của tỉnh đạt 81,64 điểm, xếp thứ 22/34 tỉnh, thành phố; tháng 7/2025 đạt 79,90 điểm, xếp thứ 26/34.
Nhìn lại kết quả trước hợp nhất, Chỉ số CCHC năm 2024 của tỉnh Đắk Lắk (cũ) đạt 86,03%, xếp thứ 45/63; tỉnh Phú Yên đạt 87,52%, xếp thứ 36/63, tăng 11 bậc so với năm 2023. Về Chỉ số SIPAS năm 2024, Phú Yên đạt 85,76%, Đắk Lắk (cũ) đạt 82,40%.
Trưởng Ban Chỉ đạo yêu cầu các thành viên bám sát địa bàn được phân công, phấn đấu Chỉ số CCHC năm 2025 của tỉnh vào nhóm 20 địa phương dẫn đầu, SIPAS đạt trên 85%; kiên quyết không để hồ sơ trễ hạn tại 102 Trung tâm Phục vụ hành chính công cấp xã.
Quang cảnh phiên họp. Ảnh: Phòng CCHC
Tin khác
- Đắk Lắk công bố 1.984 TTHC thuộc thẩm quyền giải quyết của cấp xã
- Phường Tuy Hòa ra mắt mô hình "Một cửa không chờ"
SỞ NỘI VỤ TỈNH ĐẮK LẮK
Địa chỉ: Số 8 Nguyễn Tất Thành, phường Buôn Ma Thuột, tỉnh Đắk Lắk""",
[task("Đắk Lắk", "2025-08M", 17, 41),
 svc("Đắk Lắk", "2025-08", score=81.64, rank=22, rank_of=34),
 svc("Đắk Lắk", "2025-07", score=79.9, rank=26, rank_of=34),
 # July's result read as August's previous value
 optional(svc("Đắk Lắk", "2025-08", prev_score=79.9, prev_rank=26)),
 idx("Đắk Lắk", PAR, 2024, score=86.03, rank=45, rank_of=63),
 idx("Phú Yên", PAR, 2024, score=87.52, rank=36, rank_of=63, rank_change=11),
 idx("Phú Yên", SIPAS, 2024, score=85.76),
 idx("Đắk Lắk", SIPAS, 2024, score=82.4)]),

Case("Y5 portal of a merged province (An Giang + Kiên Giang): DTI 2024 for 34 units, regional rank 'sau TP. Cần Thơ' with the city's score and rank, three pillars, two of the 8 main indices x/34, the old provinces' DTI 2023 '(63 tỉnh, thành phố)', a national average",
"https://angiang.gov.vn/tin-tuc/khoa-hoc-cong-nghe/chi-so-chuyen-doi-so-nam-2024-an-giang-xep-thu-13-34-75031.html",
dt.date(2025, 10, 24),
"""Chỉ số chuyển đổi số năm 2024: An Giang xếp thứ 13/34
Trang chủ > Tin tức > Khoa học - Công nghệ
24/10/2025 | Lượt xem: 311
Bộ Khoa học và Công nghệ vừa công bố kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2024 của 34 tỉnh, thành phố, được tổng hợp trên cơ sở số liệu của các địa phương trước sắp xếp. Theo đó, tỉnh An Giang (hợp nhất từ tỉnh An Giang và tỉnh Kiên Giang) đạt 0,6274 điểm, xếp thứ 13/34, đứng thứ 2 vùng Đồng bằng sông Cửu Long, sau TP. Cần Thơ (0,6489 điểm, xếp thứ 8/34).
Ở 3 trụ cột, trụ cột Chính quyền số của tỉnh đạt 0,6812 điểm, xếp thứ 10; Xã hội số đạt 0,6047 điểm, xếp thứ 17; Kinh tế số đạt 0,5530 điểm, xếp thứ 21. Trong 8 chỉ số chính, chỉ số Hạ tầng số xếp thứ 6/34, chỉ số An toàn thông tin mạng xếp thứ 29/34.
Trên bảng xếp hạng DTI năm 2023 (63 tỉnh, thành phố), Kiên Giang xếp thứ 18 với 0,5712 điểm, An Giang (cũ) xếp thứ 31 với 0,5264 điểm.
Giá trị DTI trung bình cấp tỉnh năm 2024 đạt 0,6018 điểm; có 12/34 địa phương đạt trên 0,65 điểm.
Sở Khoa học và Công nghệ cho biết, năm 2025, tỉnh phấn đấu đưa DTI vào nhóm 10 địa phương dẫn đầu, kinh tế số chiếm 15% GRDP; 102/102 xã, phường, đặc khu có tổ công nghệ số cộng đồng hoạt động hiệu quả.
Tác giả: Thanh Tâm - Sở Khoa học và Công nghệ
Tin khác
- An Giang: Khai trương Trung tâm giám sát, điều hành thông minh tỉnh
- Đặc khu Phú Quốc thí điểm bản đồ số du lịch
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH AN GIANG""",
[idx("An Giang", DTI, 2024, score=0.6274, rank=13, rank_of=34),
 idx("Cần Thơ", DTI, 2024, score=0.6489, rank=8, rank_of=34),
 idx("An Giang", DTI, 2024, "Chính quyền số", score=0.6812, rank=10),
 idx("An Giang", DTI, 2024, "Xã hội số", score=0.6047, rank=17),
 idx("An Giang", DTI, 2024, "Kinh tế số", score=0.553, rank=21),
 implied_rank_of("An Giang", DTI, 2024, 34, "Chính quyền số"),
 implied_rank_of("An Giang", DTI, 2024, 34, "Xã hội số"),
 implied_rank_of("An Giang", DTI, 2024, 34, "Kinh tế số"),
 idx("An Giang", DTI, 2024, "Hạ tầng số", rank=6, rank_of=34),
 idx("An Giang", DTI, 2024, "An toàn thông tin mạng", rank=29, rank_of=34),
 idx("Kiên Giang", DTI, 2023, score=0.5712, rank=18, rank_of=63),
 idx("An Giang", DTI, 2023, score=0.5264, rank=31, rank_of=63)]),

Case("Y6 paper round-up of an unchanged province (Lạng Sơn) against its neighbours: PAR 2025 x/34, a regional rank 'chỉ sau tỉnh Lào Cai', Thái Nguyên (mới, gồm ...), Cao Bằng 'cuối bảng, thứ 34/34', Quảng Ninh 'trong tốp 3', SIPAS 2025 comparisons in parentheses, 2024 in its own sentence, two components 'dẫn đầu cả nước' and one x/34",
"https://baolangson.vn/chi-so-cai-cach-hanh-chinh-nam-2025-lang-son-giu-vung-nhom-dau-vung-dong-bac-5068214.html",
dt.date(2026, 5, 14),
"""Chỉ số cải cách hành chính năm 2025: Lạng Sơn giữ vững nhóm đầu vùng Đông Bắc
Thứ Năm, 14/05/2026 05:45
Thời sự
LSO - Chỉ số cải cách hành chính (CCHC) năm 2025 của tỉnh đạt 90,36%, xếp thứ 8/34 tỉnh, thành phố, giữ vị trí thứ hai trong các địa phương vùng trung du và miền núi phía Bắc, chỉ sau tỉnh Lào Cai.
Kết quả do Ban Chỉ đạo CCHC của Chính phủ công bố ngày 12/5 cho thấy sự phân hóa rõ giữa các địa phương lân cận. Lào Cai đạt 90,91%, xếp thứ 6; Thái Nguyên (mới, gồm Thái Nguyên và Bắc Kạn) đạt 88,47%, xếp thứ 17; Cao Bằng đứng cuối bảng, thứ 34/34, với 81,95%. Ở phía Đông, Quảng Ninh tiếp tục nằm trong tốp 3 với 92,90%, còn Bắc Ninh xếp thứ 7 (90,52%).
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Lạng Sơn. Ảnh: HOÀNG ANH
Đối với Chỉ số SIPAS năm 2025, Lạng Sơn đạt 86,03%, xếp thứ 12, thấp hơn Lào Cai (87,15%) nhưng cao hơn Thái Nguyên (84,22%) và Cao Bằng (82,60%).
Năm 2024, trước khi sắp xếp đơn vị hành chính, Chỉ số CCHC của Lạng Sơn đạt 89,20%, xếp thứ 15/63; SIPAS đạt 84,97%.
Trong 8 lĩnh vực, tỉnh có 2 lĩnh vực dẫn đầu cả nước là cải cách chế độ công vụ và công tác chỉ đạo, điều hành CCHC; lĩnh vực tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội xếp thứ 22/34.
Để giữ vững kết quả, UBND tỉnh yêu cầu các cơ quan, đơn vị khắc phục ngay các tiêu chí bị trừ điểm, phấn đấu năm 2026 đưa Chỉ số CCHC của tỉnh vào tốp 5, SIPAS đạt trên 88%.
MINH NGỌC
Tin liên quan
- Lạng Sơn: 65/65 xã, phường vận hành Trung tâm Phục vụ hành chính công
- Công bố Chỉ số CCHC năm 2025 của các sở, ban, ngành
BÁO LẠNG SƠN ĐIỆN TỬ""",
[idx("Lạng Sơn", PAR, 2025, score=90.36, rank=8, rank_of=34),
 idx("Lào Cai", PAR, 2025, score=90.91, rank=6),
 idx("Thái Nguyên", PAR, 2025, score=88.47, rank=17),
 idx("Cao Bằng", PAR, 2025, score=81.95, rank=34, rank_of=34),
 idx("Quảng Ninh", PAR, 2025, score=92.9),
 idx("Bắc Ninh", PAR, 2025, score=90.52, rank=7),
 implied_rank_of("Lào Cai", PAR, 2025, 34), implied_rank_of("Thái Nguyên", PAR, 2025, 34),
 implied_rank_of("Bắc Ninh", PAR, 2025, 34),
 idx("Lạng Sơn", SIPAS, 2025, score=86.03, rank=12),
 implied_rank_of("Lạng Sơn", SIPAS, 2025, 34),
 idx("Lào Cai", SIPAS, 2025, score=87.15),
 idx("Thái Nguyên", SIPAS, 2025, score=84.22),
 idx("Cao Bằng", SIPAS, 2025, score=82.6),
 idx("Lạng Sơn", PAR, 2024, score=89.2, rank=15, rank_of=63),
 idx("Lạng Sơn", SIPAS, 2024, score=84.97),
 # 2024 in its own sentence, read as the 2025 facts' previous values
 optional(idx("Lạng Sơn", PAR, 2025, prev_score=89.2, prev_rank=15)),
 optional(idx("Lạng Sơn", SIPAS, 2025, prev_score=84.97)),
 idx("Lạng Sơn", PAR, 2025, "Cải cách chế độ công vụ", rank=1),
 idx("Lạng Sơn", PAR, 2025, DIRECTION, rank=1),
 idx("Lạng Sơn", PAR, 2025, IMPACT, rank=22, rank_of=34),
 implied_rank_of("Lạng Sơn", PAR, 2025, 34, "Cải cách chế độ công vụ"),
 implied_rank_of("Lạng Sơn", PAR, 2025, 34, DIRECTION)]),

Case("Y7 portal (Liferay) of a merged province (Bắc Ninh + Bắc Giang): a business dialogue recalling both old provinces' PCI 2024, 'năm thứ hai liên tiếp', four sub-indices, PGI 2024 ranks, the October service index x/34, DDCI of a Sở and a city, a 'tốp 5/34' target",
"https://bacninh.gov.vn/news/-/details/20182/bac-ninh-doi-thoai-voi-doanh-nghiep-nang-cao-chi-so-pci-tren-dia-ban-moi-52418907",
dt.date(2025, 11, 20),
"""Giới thiệu | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Du khách
Bắc Ninh: Đối thoại với doanh nghiệp, quyết tâm nâng cao Chỉ số PCI trên địa bàn mới
Ngày 20/11/2025 | 16:45
Chiều 19/11, tại phường Bắc Giang, UBND tỉnh Bắc Ninh tổ chức Hội nghị đối thoại với doanh nghiệp năm 2025, hội nghị đối thoại đầu tiên kể từ khi tỉnh Bắc Ninh và tỉnh Bắc Giang hợp nhất thành tỉnh Bắc Ninh (mới).
Báo cáo tại hội nghị, Sở Tài chính cho biết, theo Báo cáo PCI 2024 do VCCI công bố, Bắc Giang (cũ) đạt 71,06 điểm, xếp thứ 3/63 tỉnh, thành phố, là năm thứ hai liên tiếp nằm trong tốp 5; Bắc Ninh (trước hợp nhất) đạt 68,77 điểm, xếp thứ 12/63, tăng 1 bậc so với năm 2023.
Ở các chỉ số thành phần PCI 2024, Bắc Giang (cũ) dẫn đầu cả nước về Gia nhập thị trường (8,61 điểm) và xếp thứ 2 về Chi phí thời gian; Bắc Ninh (cũ) có chỉ số Hỗ trợ doanh nghiệp đạt 7,05 điểm, xếp thứ 4, nhưng Tính minh bạch chỉ đạt 5,92 điểm, xếp thứ 49.
Lãnh đạo UBND tỉnh trả lời kiến nghị của doanh nghiệp. Ảnh: Đức Thuận
Về Chỉ số Xanh cấp tỉnh (PGI) năm 2024, Bắc Ninh (cũ) xếp thứ 5, Bắc Giang (cũ) xếp thứ 20.
Từ ngày 01/7/2025 đến nay, các sở, ngành đã trả lời 412 kiến nghị của doanh nghiệp. Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2025 của tỉnh đạt 87,21 điểm, xếp thứ 5/34.
Theo kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2024 của Bắc Giang (cũ), Sở Kế hoạch và Đầu tư dẫn đầu khối sở, ngành với 85,6 điểm; thành phố Bắc Giang dẫn đầu khối huyện, thành phố với 83,9 điểm.
Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, UBND cấp xã tháo gỡ dứt điểm vướng mắc về mặt bằng, phấn đấu PCI 2025 của tỉnh đứng trong tốp 5/34 tỉnh, thành phố.
Tin khác
- Bắc Ninh công bố 1.872 TTHC thuộc thẩm quyền giải quyết của cấp xã
- Phường Kinh Bắc ra mắt mô hình "Cà phê doanh nhân"
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH
Cơ quan chủ quản: UBND tỉnh Bắc Ninh - phường Kinh Bắc, tỉnh Bắc Ninh""",
[idx("Bắc Giang", PCI, 2024, score=71.06, rank=3, rank_of=63),
 idx("Bắc Ninh", PCI, 2024, score=68.77, rank=12, rank_of=63, rank_change=1),
 idx("Bắc Giang", PCI, 2024, "Gia nhập thị trường", score=8.61, rank=1),
 idx("Bắc Giang", PCI, 2024, "Chi phí thời gian", rank=2),
 idx("Bắc Ninh", PCI, 2024, "Hỗ trợ doanh nghiệp", score=7.05, rank=4),
 idx("Bắc Ninh", PCI, 2024, "Tính minh bạch", score=5.92, rank=49),
 implied_rank_of("Bắc Giang", PCI, 2024, 63, "Gia nhập thị trường"),
 implied_rank_of("Bắc Giang", PCI, 2024, 63, "Chi phí thời gian"),
 implied_rank_of("Bắc Ninh", PCI, 2024, 63, "Hỗ trợ doanh nghiệp"),
 implied_rank_of("Bắc Ninh", PCI, 2024, 63, "Tính minh bạch"),
 idx("Bắc Ninh", PGI, 2024, rank=5),
 idx("Bắc Giang", PGI, 2024, rank=20),
 implied_rank_of("Bắc Ninh", PGI, 2024, 63), implied_rank_of("Bắc Giang", PGI, 2024, 63),
 svc("Bắc Ninh", "2025-10", score=87.21, rank=5, rank_of=34)]),

Case("Y8 SNV site of a merged province (Quảng Ngãi + Kon Tum): year-end 2025, 'thực hiện 44 nhiệm vụ ..., đã hoàn thành 42', the year including Kon Tum cũ, quý IV alone, a special zone's extreme, '2024 (công bố năm 2025)', both old provinces' PAR and SIPAS 2024, Kon Tum's PAPI 2024 change",
"https://sonoivu.quangngai.gov.vn/tin-tuc/cai-cach-hanh-chinh/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2025-2189.html",
dt.date(2026, 1, 13),
"""Tổng kết công tác cải cách hành chính năm 2025
Trang chủ » Tin tức - Sự kiện » Cải cách hành chính
Ngày đăng: 13/01/2026 | Lượt xem: 389
Sáng 12/1, UBND tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2025 và triển khai nhiệm vụ năm 2026. Đây là hội nghị tổng kết đầu tiên của tỉnh Quảng Ngãi sau khi hợp nhất với tỉnh Kon Tum.
Theo báo cáo của Sở Nội vụ, năm 2025 tỉnh thực hiện 44 nhiệm vụ theo Kế hoạch CCHC (điều chỉnh sau hợp nhất), đã hoàn thành 42 nhiệm vụ, đạt 95,45%; 2 nhiệm vụ chưa hoàn thành do phụ thuộc hướng dẫn của bộ, ngành Trung ương.
Cả năm, toàn tỉnh tiếp nhận 1.024.786 hồ sơ TTHC (gồm số liệu của tỉnh Kon Tum cũ trong 6 tháng đầu năm), đã giải quyết 1.003.512 hồ sơ, trong đó trước hạn 69,7%, đúng hạn 28,9%, trễ hạn 1,4%. Tỷ lệ hồ sơ trực tuyến đạt 71,25%.
Riêng quý IV/2025, Trung tâm Phục vụ hành chính công tỉnh và 96 Trung tâm Phục vụ hành chính công cấp xã tiếp nhận 281.406 hồ sơ; đặc khu Lý Sơn có tỷ lệ trễ hạn cao nhất tỉnh (4,8%).
Về các chỉ số năm 2024 (công bố năm 2025, trước khi hợp nhất), Chỉ số CCHC của tỉnh Quảng Ngãi đạt 88,74%, xếp thứ 28/63; Kon Tum đạt 86,92%, xếp thứ 42/63. Chỉ số SIPAS năm 2024 của Quảng Ngãi đạt 83,55%, xếp thứ 33, của Kon Tum đạt 84,10%, xếp thứ 27. Chỉ số PAPI năm 2024 của Kon Tum đạt 41,30 điểm, tăng 1,12 điểm so với năm 2023.
Tại hội nghị, UBND tỉnh tặng Bằng khen cho 12 tập thể, 20 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2025.
Năm 2026, tỉnh phấn đấu hoàn thành 100% nhiệm vụ, Chỉ số CCHC vào nhóm 15/34 địa phương dẫn đầu, tỷ lệ trễ hạn dưới 1%.
Tin khác
- Quảng Ngãi: Công bố Chỉ số CCHC năm 2025 của các sở, ngành và UBND cấp xã
- Phường Kon Tum thí điểm "Một cửa số"
SỞ NỘI VỤ TỈNH QUẢNG NGÃI
Địa chỉ: 52 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi""",
[task("Quảng Ngãi", "2025", 42, 44),
 _scope(dos("Quảng Ngãi", "2025", received=1024786, resolved=1003512, early_pct=69.7, on_time_pct=28.9, late_pct=1.4,
            online_pct=71.25), TT),
 _scope(dos("Quảng Ngãi", "2025-Q4", received=281406), TT),
 idx("Quảng Ngãi", PAR, 2024, score=88.74, rank=28, rank_of=63),
 idx("Kon Tum", PAR, 2024, score=86.92, rank=42, rank_of=63),
 idx("Quảng Ngãi", SIPAS, 2024, score=83.55, rank=33),
 idx("Kon Tum", SIPAS, 2024, score=84.1, rank=27),
 implied_rank_of("Quảng Ngãi", SIPAS, 2024, 63), implied_rank_of("Kon Tum", SIPAS, 2024, 63),
 idx("Kon Tum", PAPI, 2024, score=41.3, score_change=1.12)]),

Case("Y9 an old province's paper (host default Bà Rịa - Vũng Tàu) on the new TP. Hồ Chí Minh: the August service index x/34, 'của thành phố' meaning the city, the old province's area and a ward inside it, BR-VT's PAR/SIPAS 2024 with 'của tỉnh', Bình Dương and TP. Hồ Chí Minh (cũ), PAPI 2024 with a dimension 'cao nhất cả nước'",
"https://baobariavungtau.com.vn/chinh-tri/202509/khu-vuc-ba-ria-vung-tau-gop-phan-nang-hang-bo-chi-so-phuc-vu-cua-tphcm-1061245/",
dt.date(2025, 9, 16),
"""Khu vực Bà Rịa - Vũng Tàu góp phần nâng hạng Bộ chỉ số phục vụ của TP. Hồ Chí Minh
Thứ Ba, 16/09/2025, 10:20 (GMT+7)
Chính trị
(BR-VT) - Theo kết quả đánh giá của Văn phòng Chính phủ, tháng 8/2025, Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công của TP. Hồ Chí Minh (mới) đạt 88,62 điểm, xếp thứ 4/34 tỉnh, thành phố, tăng 3 bậc so với tháng 7.
Trong tháng 8/2025, toàn thành phố tiếp nhận 612.408 hồ sơ TTHC, tỷ lệ hồ sơ nộp trực tuyến của thành phố đạt 84,3%. Tại 30 xã, phường, đặc khu thuộc khu vực Bà Rịa - Vũng Tàu trước đây, các Trung tâm Phục vụ hành chính công tiếp nhận 41.270 hồ sơ, tỷ lệ trực tuyến 86,9%; phường Vũng Tàu dẫn đầu với 97,2%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Bà Rịa. Ảnh: QUANG VŨ
Trước khi hợp nhất, tỉnh Bà Rịa - Vũng Tàu là một trong những địa phương có kết quả CCHC tốt nhất cả nước. Chỉ số CCHC năm 2024 của tỉnh đạt 91,85%, xếp thứ 2/63; Chỉ số SIPAS năm 2024 đạt 87,30%, xếp thứ 5. Cùng năm, Bình Dương xếp thứ 11/63 về Chỉ số CCHC với 89,64%, còn TP. Hồ Chí Minh (cũ) xếp thứ 13/63 với 89,40%.
Theo Báo cáo PAPI 2024, Bà Rịa - Vũng Tàu đạt 44,65 điểm, thuộc nhóm đạt điểm cao nhất, trong đó nội dung Quản trị điện tử đạt 4,88 điểm, cao nhất cả nước.
Hiện Sở Nội vụ TP. Hồ Chí Minh đang xây dựng Kế hoạch CCHC năm 2026, phấn đấu Bộ chỉ số của thành phố duy trì trong tốp 3/34.
NGỌC HẢI
Tin liên quan
- Đặc khu Côn Đảo: 100% hồ sơ được tiếp nhận trực tuyến
- TP. Hồ Chí Minh công bố 2.105 TTHC cấp xã
BÁO BÀ RỊA - VŨNG TÀU ĐIỆN TỬ""",
[svc("Hồ Chí Minh", "2025-08", score=88.62, rank=4, rank_of=34, rank_change=3),
 _scope(dos("Hồ Chí Minh", "2025-08", received=612408, online_pct=84.3), "toàn thành phố"),
 # the old province's territory inside the new city: neither a commune nor the city; not required
 optional(_scope(dos("Bà Rịa - Vũng Tàu", "2025-08", received=41270, online_pct=86.9),
                 "khu vực Bà Rịa - Vũng Tàu trước đây")),
 idx("Bà Rịa - Vũng Tàu", PAR, 2024, score=91.85, rank=2, rank_of=63),
 idx("Bà Rịa - Vũng Tàu", SIPAS, 2024, score=87.3, rank=5),
 implied_rank_of("Bà Rịa - Vũng Tàu", SIPAS, 2024, 63),
 idx("Bình Dương", PAR, 2024, score=89.64, rank=11, rank_of=63),
 idx("Hồ Chí Minh", PAR, 2024, score=89.4, rank=13, rank_of=63),
 idx("Bà Rịa - Vũng Tàu", PAPI, 2024, score=44.65),
 idx("Bà Rịa - Vũng Tàu", PAPI, 2024, "Quản trị điện tử", score=4.88),
 # "cao nhất cả nước" said of a named province's dimension score: rank 1, a judgement call
 optional(idx("Bà Rịa - Vũng Tàu", PAPI, 2024, "Quản trị điện tử", rank=1, rank_of=63))]),

Case("Y10 paper interview (dashes) with a Phó Chủ tịch of a merged province (Khánh Hòa + Ninh Thuận): one answer citing DTI 2024 x/34 with a pillar, the December service index, both old provinces' PAR 2024, Ninh Thuận's SIPAS 2024 and a difference in points, both PCI 2024; a second answer with 'gần 1,2 triệu hồ sơ', two PCI sub-indices and the year's tasks; targets 'nhóm 10/34'",
"https://baokhanhhoa.vn/chinh-tri/202601/pho-chu-tich-ubnd-tinh-cai-cach-hanh-chinh-phai-do-bang-su-hai-long-cua-nguoi-dan-8f31c27/",
dt.date(2026, 1, 28),
"""Phó Chủ tịch UBND tỉnh: Cải cách hành chính phải đo bằng sự hài lòng của người dân
Thứ Tư, 28/01/2026 - 07:50
Chính trị | Phỏng vấn
Nhân dịp đầu xuân Bính Ngọ, phóng viên Báo Khánh Hòa đã có cuộc trao đổi với ông Trần Quốc N., Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo cải cách hành chính tỉnh, về kết quả cải cách hành chính năm 2025, năm đầu tiên tỉnh Khánh Hòa vận hành trên địa bàn mới sau khi hợp nhất với tỉnh Ninh Thuận.
- Thưa ông, ông đánh giá thế nào về vị trí của tỉnh trên các bảng xếp hạng?
- Ông Trần Quốc N.: Các chỉ số năm 2025 của tỉnh mới sẽ được công bố trong năm nay, nên tôi xin dẫn các kết quả gần nhất. Với Chỉ số chuyển đổi số (DTI) năm 2024, bảng xếp hạng đầu tiên tính cho 34 tỉnh, thành phố, Khánh Hòa đạt 0,6390 điểm, xếp thứ 11/34, trong đó trụ cột Chính quyền số xếp thứ 7. Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 12/2025 của tỉnh đạt 86,15 điểm, đứng thứ 9/34, tăng 5 bậc so với tháng 11. Còn với các chỉ số năm 2024, khi hai tỉnh còn riêng rẽ, Chỉ số CCHC của Khánh Hòa (cũ) đạt 88,46%, xếp thứ 31/63, Ninh Thuận đạt 89,02%, xếp thứ 24/63; Chỉ số SIPAS của Ninh Thuận đạt 86,70%, xếp thứ 9, cao hơn Khánh Hòa (cũ) 3,4 điểm phần trăm; Chỉ số PCI 2024 của Ninh Thuận đạt 66,92 điểm, xếp thứ 27, còn Khánh Hòa (cũ) đạt 65,40 điểm, xếp thứ 41.
- Vậy đâu là điểm nghẽn cần tháo gỡ, thưa ông?
- Ông Trần Quốc N.: Điểm nghẽn lớn nhất vẫn là thủ tục đất đai. Năm 2025, toàn tỉnh tiếp nhận gần 1,2 triệu hồ sơ, nhưng phần lớn hồ sơ trễ hạn tập trung ở lĩnh vực này. Ở Chỉ số PCI 2024, chỉ số thành phần Tiếp cận đất đai của Khánh Hòa (cũ) chỉ đạt 5,46 điểm, xếp thứ 60/63; chỉ số Chi phí thời gian đạt 6,81 điểm. Kế hoạch CCHC năm 2025 của tỉnh có 48 nhiệm vụ, đến ngày 31/12/2025 đã hoàn thành 45 nhiệm vụ; 3 nhiệm vụ liên quan đến cơ sở dữ liệu đất đai phải chuyển sang năm 2026.
- Mục tiêu năm 2026 của tỉnh là gì, thưa ông?
- Ông Trần Quốc N.: Tỉnh phấn đấu Chỉ số CCHC và SIPAS năm 2026 vào nhóm 10/34 địa phương dẫn đầu, 100% hồ sơ đất đai được giải quyết đúng hạn, tỷ lệ hồ sơ trực tuyến toàn trình trên 80%.
- Xin cảm ơn ông!
MINH CHÂU (thực hiện)
Tin liên quan
- Khánh Hòa: 65/65 xã, phường, đặc khu vận hành ổn định Trung tâm Phục vụ hành chính công
- Phường Phan Rang ra mắt Tổ công nghệ số cộng đồng
BÁO KHÁNH HÒA ĐIỆN TỬ""",
[idx("Khánh Hòa", DTI, 2024, score=0.639, rank=11, rank_of=34),
 idx("Khánh Hòa", DTI, 2024, "Chính quyền số", rank=7),
 implied_rank_of("Khánh Hòa", DTI, 2024, 34, "Chính quyền số"),
 svc("Khánh Hòa", "2025-12", score=86.15, rank=9, rank_of=34, rank_change=5),
 idx("Khánh Hòa", PAR, 2024, score=88.46, rank=31, rank_of=63),
 idx("Ninh Thuận", PAR, 2024, score=89.02, rank=24, rank_of=63),
 idx("Ninh Thuận", SIPAS, 2024, score=86.7, rank=9),
 idx("Ninh Thuận", PCI, 2024, score=66.92, rank=27),
 idx("Khánh Hòa", PCI, 2024, score=65.4, rank=41),
 implied_rank_of("Ninh Thuận", SIPAS, 2024, 63), implied_rank_of("Ninh Thuận", PCI, 2024, 63),
 implied_rank_of("Khánh Hòa", PCI, 2024, 63),
 idx("Khánh Hòa", PCI, 2024, "Tiếp cận đất đai", score=5.46, rank=60, rank_of=63),
 idx("Khánh Hòa", PCI, 2024, "Chi phí thời gian", score=6.81),
 task("Khánh Hòa", "2025", 45, 48),
 # "gần 1,2 triệu" is an approximation, not a count
 optional(_scope(dos("Khánh Hòa", "2025", received=1200000), TT))]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _par24(province: str, score: float, rank: int) -> list[dict[str, object]]:
    return [idx(province, PAR, 2024, score=score, rank=rank), implied_rank_of(province, PAR, 2024, 63)]


TABLES_Y: list[Case] = [
Case("YT1 paper of a merged province (Vĩnh Long + Bến Tre + Trà Vinh): PCI 2025 of the Mekong units, pipe-separated, regional order (STT) beside 'x/34', a sixth row out of score order with a footnote mark, a regional average row, a lead restating the host's row",
"https://baovinhlong.vn/kinh-te/202605/pci-2025-vinh-long-dung-thu-3-vung-dong-bang-song-cuu-long-3218804/",
dt.date(2026, 5, 10),
"""PCI 2025: Vĩnh Long đứng thứ 3 vùng Đồng bằng sông Cửu Long
Chủ nhật, 10/05/2026 - 08:10
Kinh tế
(VL) - Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2025 được VCCI công bố ngày 7/5 cho thấy các địa phương vùng Đồng bằng sông Cửu Long (ĐBSCL) tiếp tục duy trì vị thế tốt. Tỉnh Vĩnh Long (hợp nhất từ Vĩnh Long, Bến Tre và Trà Vinh) đạt 68,04 điểm, xếp thứ 14/34 cả nước.
Kết quả PCI 2025 của các địa phương vùng ĐBSCL:
STT | Tỉnh, thành phố | Điểm PCI 2025 | Xếp hạng toàn quốc
1 | Đồng Tháp | 70,25 | 4/34
2 | TP. Cần Thơ | 69,13 | 8/34
3 | Vĩnh Long | 68,04 | 14/34
4 | An Giang | 67,71 | 15/34
5 | Cà Mau | 65,88 | 23/34
6 | Tây Ninh (*) | 68,90 | 10/34
Bình quân vùng ĐBSCL | 67,56 | -
(*) Tây Ninh thuộc vùng Đông Nam Bộ, có khu vực Long An cũ thuộc ĐBSCL.
Nguồn: VCCI
Tin liên quan
- Vĩnh Long: Gặp mặt doanh nghiệp đầu xuân Bính Ngọ 2026
Chia sẻ | In bài
BÁO VĨNH LONG ĐIỆN TỬ""",
[idx(p, PCI, 2025, score=s, rank=r, rank_of=34) for p, s, r in (
    ("Đồng Tháp", 70.25, 4), ("Cần Thơ", 69.13, 8), ("Vĩnh Long", 68.04, 14), ("An Giang", 67.71, 15),
    ("Cà Mau", 65.88, 23), ("Tây Ninh", 68.9, 10))],
table=True),

Case("YT2 paper of a merged province (Hưng Yên + Thái Bình): PAR Index 2024 of the Red River delta by new unit and old province, tab-separated, the new unit's cell left empty on its later rows (a pasted rowspan), '(/63)' in the header, a lead restating two rows",
"https://baohungyen.vn/nhin-lai-chi-so-cai-cach-hanh-chinh-nam-2024-cua-cac-dia-phuong-vung-dong-bang-song-hong-3184527.html",
dt.date(2025, 8, 5),
"""Nhìn lại Chỉ số cải cách hành chính năm 2024 của các địa phương vùng đồng bằng sông Hồng
05/08/2025 08:30
Thời sự - Chính trị
(BHY) - Chỉ số CCHC năm 2024 là bảng xếp hạng cuối cùng của 63 tỉnh, thành phố trước khi sắp xếp đơn vị hành chính. Năm 2024, Hưng Yên (cũ) xếp thứ 21/63, Thái Bình xếp thứ 12/63. Kết quả của các địa phương vùng đồng bằng sông Hồng, nhóm theo tỉnh, thành phố sau sắp xếp, như sau:
Tỉnh, thành phố (mới)\tĐịa phương trước sắp xếp\tChỉ số CCHC 2024 (%)\tXếp hạng 2024 (/63)
TP. Hải Phòng\tHải Phòng\t93,10\t1
\tHải Dương\t90,42\t8
Quảng Ninh\tQuảng Ninh\t92,76\t2
Bắc Ninh\tBắc Giang\t91,48\t3
\tBắc Ninh\t91,20\t4
Hà Nội\tHà Nội\t90,95\t5
Ninh Bình\tNinh Bình\t90,64\t6
\tHà Nam\t89,51\t14
\tNam Định\t88,05\t27
Hưng Yên\tThái Bình\t89,87\t12
\tHưng Yên\t88,93\t21
Nguồn: Bộ Nội vụ
Tin liên quan
- Hưng Yên: 104/104 xã, phường ban hành kế hoạch CCHC năm 2025
BÁO HƯNG YÊN ĐIỆN TỬ""",
_par24("Hải Phòng", 93.1, 1) + _par24("Hải Dương", 90.42, 8) + _par24("Quảng Ninh", 92.76, 2)
+ _par24("Bắc Giang", 91.48, 3) + _par24("Bắc Ninh", 91.2, 4) + _par24("Hà Nội", 90.95, 5)
+ _par24("Ninh Bình", 90.64, 6) + _par24("Hà Nam", 89.51, 14) + _par24("Nam Định", 88.05, 27)
+ [idx("Thái Bình", PAR, 2024, score=89.87, rank=12, rank_of=63),
   idx("Hưng Yên", PAR, 2024, score=88.93, rank=21, rank_of=63)],
table=True),
]


NEGATIVES_Y: list[Case] = [
Case("YN1 portal of a merged province (Phú Thọ + Vĩnh Phúc + Hòa Bình): a 9-month socio-economic report with GRDP, IIP, CPI, FDI, budget, PII x/34, a commune DDCI, '16/19 chỉ tiêu', '148/148 xã', a ward's dossiers and targets for PCI and PAR",
"https://phutho.gov.vn/tin-tuc/kinh-te/phu-tho-kinh-te-xa-hoi-9-thang-nam-2025-tang-truong-grdp-uoc-dat-8-12-49317.html",
dt.date(2025, 10, 8),
"""Phú Thọ: Kinh tế - xã hội 9 tháng năm 2025, tăng trưởng GRDP ước đạt 8,12%
Trang chủ > Tin tức - Sự kiện > Kinh tế
Thứ Tư, 08/10/2025 - 09:40 | Lượt xem: 512
Chiều 7/10, UBND tỉnh Phú Thọ họp phiên thường kỳ tháng 9/2025, đánh giá tình hình kinh tế - xã hội 9 tháng, lần đầu tiên tổng hợp đầy đủ số liệu của ba tỉnh Phú Thọ, Vĩnh Phúc và Hòa Bình trước đây.
Theo báo cáo, tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2025 ước tăng 8,12% so với cùng kỳ; chỉ số sản xuất công nghiệp (IIP) tăng 11,4%; chỉ số giá tiêu dùng (CPI) bình quân tăng 3,26%. Thu hút đầu tư trực tiếp nước ngoài đạt 1,34 tỷ USD, bằng 112% kế hoạch; tổng thu ngân sách nhà nước ước đạt 38.615 tỷ đồng, bằng 81,7% dự toán. Giải ngân vốn đầu tư công đạt 62,4% kế hoạch vốn giao. Có 16/19 chỉ tiêu chủ yếu đạt và vượt tiến độ.
Theo Bộ Khoa học và Công nghệ, Chỉ số đổi mới sáng tạo cấp địa phương (PII) năm 2024 của tỉnh xếp thứ 9/34, trong đó trụ cột thể chế xếp thứ 4.
Toàn tỉnh hiện có 148/148 xã, phường vận hành Trung tâm Phục vụ hành chính công; riêng phường Việt Trì tiếp nhận 21.315 hồ sơ trong 9 tháng, tỷ lệ trực tuyến 93,6%. Kết quả đánh giá Chỉ số DDCI cấp xã quý III/2025, phường Vĩnh Phúc dẫn đầu với 88,2 điểm, xã Mai Châu xếp cuối với 71,4 điểm.
Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành phấn đấu tăng trưởng GRDP cả năm đạt trên 8,5%, Chỉ số PCI năm 2025 vào nhóm 10 địa phương dẫn đầu, Chỉ số CCHC đạt trên 90%; hoàn thành 19/19 chỉ tiêu kinh tế - xã hội.
Quang cảnh phiên họp. Ảnh: Thu Hương
Tin khác
- Phú Thọ: Khởi công khu công nghiệp Phú Hà mở rộng
- Phường Hòa Bình tổ chức Lễ hội Xên Mường năm 2025
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH PHÚ THỌ
Địa chỉ: Đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ""",
[]),

Case("YN2 paper of an unchanged province (Quảng Ninh): the PAPI 2025 survey under way, sample sizes, the 8 dimensions, history 'năm thứ 17' and 'từ năm 2009', last year's national average, unnamed highest and lowest, '34/34', the province's villages surveyed and its target",
"https://baoquangninh.vn/papi-2025-khao-sat-hon-19-nghin-nguoi-dan-tai-34-tinh-thanh-pho-3362981.html",
dt.date(2025, 11, 3),
"""PAPI 2025: Khảo sát hơn 19 nghìn người dân tại 34 tỉnh, thành phố
03/11/2025 06:20
Thời sự
(BQN) - Từ tháng 8 đến tháng 12/2025, các nhóm điều tra viên của Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES) cùng các đối tác tiến hành khảo sát Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2025 tại 34/34 tỉnh, thành phố. Đây là năm thứ 17 PAPI được thực hiện, kể từ lần thí điểm năm 2009, và là năm đầu tiên khảo sát theo địa giới hành chính mới.
Theo kế hoạch, khoảng 19.400 người dân được chọn ngẫu nhiên, mỗi tỉnh, thành phố từ 420 đến 1.200 người, trả lời bảng hỏi về 8 chỉ số nội dung: tham gia của người dân ở cấp cơ sở; công khai, minh bạch; trách nhiệm giải trình; kiểm soát tham nhũng; thủ tục hành chính công; cung ứng dịch vụ công; quản trị môi trường và quản trị điện tử. Thang điểm của mỗi chỉ số nội dung là 1 - 10 điểm, điểm tổng hợp tối đa là 80 điểm.
Trong Báo cáo PAPI 2024, điểm trung bình của cả nước đạt 42,53 điểm; điểm cao nhất là 47,12 điểm và thấp nhất là 38,04 điểm. Chỉ số nội dung Quản trị điện tử vẫn có điểm trung bình thấp nhất, 3,61 điểm.
Tại Quảng Ninh, 960 người dân ở 12 xã, phường và 24 thôn, khu phố được chọn vào mẫu khảo sát; 100% phiếu được thu thập bằng máy tính bảng.
Tỉnh đặt mục tiêu Chỉ số PAPI năm 2025 tiếp tục thuộc nhóm đạt điểm cao nhất, không có chỉ số nội dung nào dưới mức trung bình của cả nước. Kết quả PAPI 2025 dự kiến được công bố vào tháng 4/2026.
Điều tra viên phỏng vấn người dân phường Hạ Long. Ảnh: Thu Chung
Tin liên quan
- Quảng Ninh quán triệt kế hoạch nâng cao Chỉ số PAPI, PCI, SIPAS năm 2025
- Hạ Long: Đối thoại với người dân về giải phóng mặt bằng
BÁO QUẢNG NINH ĐIỆN TỬ""",
[]),
]


def test_round_y_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round Y prose", ROUND_Y, capsys)


def test_round_y_tables_meet_the_target() -> None:
    assert_table_target(TABLES_Y)


@pytest.mark.parametrize("case", NEGATIVES_Y, ids=ids(NEGATIVES_Y))
def test_round_y_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_Y + TABLES_Y, ids=ids(ROUND_Y + TABLES_Y))
def test_round_y_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
