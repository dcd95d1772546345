"""Blind round W: long untidy pages as a nightly crawl keeps them, 2020-2026.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and U (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic and article tests, and not to run the extractor). Theme: the whole page
as the crawler keeps it, not a clean excerpt: menus, breadcrumbs, share buttons, view counters,
photo captions, long "Tin khác" / "Tin liên quan" / ">> Đọc thêm" / "Xem thêm" / "Related news"
lists whose headlines carry figures, reader comments, keyword tags, footers naming the host.
Article kinds:

* provincial portals and Sở Nội vụ sites (Liferay, SharePoint, NukeViet-style menus) with the
  index results of the year (W1 PAR/SIPAS 2023 with components and a weakest area "thấp nhất,
  thứ 51/63"), a SharePoint monthly report with in-body "Xem thêm" links and a "Tin liên quan"
  list about other months (W10), a year-end report full of districts' and departments' own
  figures (W13), a Sở TT&TT page on ICT Index 2020 and DTI 2020 (W14);
* PDF-converted reports: line-broken sentences, a hyphenated word, page numbers, repeated
  running headers, a "Nơi nhận" block (W2, quarter and 9 months of 2023); a year-end report
  whose dossier table by level is split across two pages with its header repeated (W16);
* pasted tables inside prose: a tab-separated table of one quarter by month (W3) and a
  markdown-style pipe table of one province's four indices in two years (W11);
* an interview (Q&A) with a reader-comment section (W4), a speech at a business dialogue on
  PCI 2022 components and PGI (W5), a regional conference of the five Tây Nguyên provinces
  (W6);
* English-language pages: a provincial paper's English edition on PAR/SIPAS 2022 with a
  neighbour's rank (W7) and a merged province's English page on the monthly service index out
  of 34 and the old provinces' PAPI 2024 (W15);
* a page crawled without diacritics (W8), a page with typos ("Chỉ sô", "tĩnh", "PAR lndex",
  "85, 06%", "điễm") and a paragraph duplicated by the CMS (W9), a 2026 provincial paper page
  with tags, in-body "Đọc thêm" links, photo captions and commune extremes (W12);
* three ranking tables written as text (WT1 the PDF appendix of PAR Index 2021, space-aligned,
  split across pages, an STT column beside a "Xếp hạng" column with a shared rank; WT2 an
  English PCI 2022 page, tab-separated, names without diacritics, a signed rank-change column;
  WT3 a pipe table of DTI 2023 for the North Central provinces with one rank column per pillar)
  and three negatives (WN1 a PDF-converted reform plan for 2025 with only targets and task
  counts by area; WN2 DDCI results of departments and districts in a pipe table; WN3 an English
  national page with averages, ministries and unnamed extremes).

Gold notes (judgement calls):

* Province keys are the canonical pre-2025 names; an English page's "Nghe An", "Ha Tinh",
  "Tuyen Quang" are Nghệ An, Hà Tĩnh, Tuyên Quang; "the former Tuyen Quang province" (W15) and
  the new unit share the key Tuyên Quang; "Thừa Thiên - Huế" and "Thua Thien Hue" are
  Thừa Thiên Huế; "TP. Hồ Chí Minh" is Hồ Chí Minh.
* Related-link headlines ("Tin khác", "Tin liên quan", "Tin cùng chuyên mục", ">> Đọc thêm",
  "Xem thêm", "Related news") that state a figure are optional facts, as in round S: true
  statements of another article. A link restating the article's own figure (W6 "Kon Tum tăng
  2 bậc") is the same fact. A link's rounded "hơn 460 nghìn" is not a figure.
* Reader comments are not the page's report and have no gold. W4's comment "năm 2022 tỉnh
  mình Chỉ số CCHC chỉ xếp thứ 28" contradicts the interview (2023: 18th, up 6 places), so
  emitting it (a PAR 2022 rank 28, or a prev_rank 28 on 2023) is a wrong slot.
* An index not named in the sentence that carries the figure (W4: Hải Dương "tỉnh xếp thứ 5 cả
  nước năm 2023 với 90,18%", in an answer about "các địa phương dẫn đầu") is optional.
* A province's weakest or best area of its own ("lĩnh vực cải cách tài chính công xếp thấp
  nhất, thứ 51/63", "public finance reform remained the weakest area, ranking 47th") is the
  province's component rank, required: it is not the national "thấp nhất" the schema excludes.
* Regional ranks and averages give no slot: "xếp thứ 3 trong vùng", "dẫn đầu vùng" (W6), a
  regional average, "trung vị cả nước" / "Median score" (W5, WT2), "cao hơn mức trung bình cả
  nước". The province's own value beside them is required (W6 Đắk Lắk's "dẫn đầu vùng về tỷ
  lệ hồ sơ trực tuyến ... với 68,3%" is its online share).
* Tables of one province across two years (W11): the 2023 values carry ``prev_score`` /
  ``prev_rank`` from the 2022 columns and ``rank_change`` from the signed column (the held-out
  "this and last year's ranks" table); the 2022 values as facts of 2022 are optional (round O's
  O6). PCI 2023 was published for 30 provinces only: its implied ``rank_of`` is 30 (optional).
* PDF conversion: a line break, a page number or a running header inside a sentence or a table
  does not change the fact. W16's dossier table gives counts only (no share slots from it); the
  shares and the online fraction are printed in the sentences below it and are slots. Per-level
  rows are required with their scope, as in round U.
* W3's table by month: each month is its own period (2022-04, 2022-05, 2022-06) beside the
  quarter's row (2022-Q2); the previous quarter's count in the text is optional.
* Dossiers: "trước hạn và đúng hạn" / "on time or ahead of schedule" given together is an
  optional ``on_time_pct``; ``online_total`` = received is optional where the online count or
  share is "chiếm" / "accounting for" / "(x%)" of the received dossiers; a single named
  district's or commune's figures inside a provincial report have no gold (W12, W13); one
  department's own figures are optional (W13), as in round U.
* Tasks: W2's "kiểm tra 18/25 cơ quan", "21/21", "10/10", W12's "65/65 xã, phường"
  and targets written as fractions ("44/44", "100% (44/44)") are not progress. W4's
  "Kế hoạch năm nay có 40 nhiệm vụ. Đến hết tháng 9, ... đã hoàn thành 29" is 2024-09M; W6's
  "trong 6 tháng đầu năm" is 2024-06H1 for both provinces named; W15's "By the end of October"
  is 2025-10M.
* ``rank_of`` is required when printed with the rank ("16th out of 63", "thứ 18 trong 63
  tỉnh"); where only "cả nước", "nationwide", a table's lead or the index's field implies it,
  it is a separate optional fact (``implied_rank_of``). A "0" in a rank-change column is an
  optional ``rank_change`` of 0 (round Q).
* WT1's "STT" column is not the rank: the STT 10 row (Bà Rịa - Vũng Tàu) shares rank 9 with
  TP. Hồ Chí Minh, and the STT 11 row is rank 11. The host's own row (Cao Bằng, 47) has
  ``rank_of`` and ``rank_change`` from the lead. WT3's lead states Quảng Bình's "36/63" and
  change; the pillar ranks are component facts ("Chính quyền số", "Kinh tế số", "Xã hội số").
* W14: ICT Index 2020 components use the domain's names (Hạ tầng kỹ thuật, Hạ tầng nhân lực,
  Ứng dụng CNTT); "năm 2021, Bộ không thực hiện xếp hạng ICT Index" is not a fact; the Sở's
  "Chỉ số chuyển đổi số cấp sở" and a district's lead are not provinces' results.
* Numbers: English thousands and decimals on English pages and WT2 ("1,652,340", "86.75%",
  "70.69"), "85, 06%" with a stray space (W9), "83,10%" in a space-aligned PDF table.

First score (extractor at 9317650, the commit current when the round was commissioned): prose
precision **0.797**, recall **0.536** (16 articles, 235 prose slots); tables F1 **0.580**;
negatives clean. On arrival (extractor 1.6.0 after that session's fixes for rounds U, N, O, P, L,
M and Q, none made with this round in view): prose 0.816 / 0.549, tables 0.580. The lowest
blind first score since round B: long untidy pages are where the rules are weakest.

Then fixed (with this round in view, each construction restated in follow-up sentences): site
banners and PDF letterheads are furniture, lines a PDF wrapped are one sentence, "đến hết quý
I", "Tính đến ngày 30/9/2023", a named district, city or department leading a clause gives no
provincial figure: prose **0.969 / 0.672**, tables 0.580, negatives clean. Held as floors.
Left: English-language pages (W7, W15), a quarter's dossiers by month in a tab table (W3), a
one-province pipe table over two years (W11), "Trong quý," fronted before the figure (W12), a
dossier table split by a page break (W16).

Extractor 1.7.0 (next session): table headers in English ("Rank | Province | PCI 2022 score |
Rank change vs 2021": the compared year is not the table's) and a pillar's rank column
("Chính quyền số (hạng)"): tables F1 **1.000**. Then one province's indices over two years in
a markdown table with a change column (W11), a quarter's dossiers by month (W3), a dossier
table across a page break and "Như vậy, tỷ lệ giải quyết trước hạn ..." after it (W16), a
fronted "Trong quý," governing the next sentence (W12): prose **0.980 / 0.851**. Both now held
to the targets. Then "- tỉnh đạt" after a dashed aside naming a ministry (W14) and a province
given as an example with its own result ("các tỉnh bạn như Lâm Đồng năm 2022 đã vươn lên thứ
19", W5): prose **0.986 / 0.872**. Then English sentences recognised and read by rules of their
own (W7, W15): prose **0.987 / 0.979**. Still left: "tăng 8 bậc Chỉ số PAPI" (the change before
the index), W6's regional leader, W4's task count, a reader's comment read as a fact (W4).

Next session (1.9.0): "lĩnh vực cải cách tài chính công xếp thấp nhất, thứ 51/63" (W1) and the
regional leader of the online share is no SIPAS fact (W6): **0.996 / 0.991**.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import (assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target,
                          ids)
from test_extract_heldout import (DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, implied_rank_of,
                                  optional, svc, task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
BOMAY = "Cải cách tổ chức bộ máy hành chính"
CONGVU = "Cải cách chế độ công vụ"
TAICHINH = "Cải cách tài chính công"
TTHC = "Cải cách thủ tục hành chính"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_W: list[Case] = [
# ------------------------------------------------------------------ portals and Sở Nội vụ sites
Case("W1 provincial portal with a full menu, share bar, rating widget, tags and a long 'Tin khác' list of figure headlines: PAR/SIPAS 2023 with two components and the weakest area",
"https://tuyenquang.gov.vn/tin-tuc-su-kien/cai-cach-hanh-chinh/chi-so-cchc-nam-2023-tuyen-quang-tang-3-bac-sipas-vao-nhom-15-tinh-dan-dau-48713.html",
dt.date(2024, 4, 22),
"""Cổng thông tin điện tử tỉnh Tuyên Quang
Giới thiệu | Tin tức - Sự kiện | Chính quyền | Công dân | Doanh nghiệp | Du khách | Văn bản | Hỏi đáp | English
Tìm kiếm...
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Chỉ số CCHC năm 2023: Tuyên Quang tăng 3 bậc, SIPAS vào nhóm 15 tỉnh dẫn đầu
Thứ Hai, 22/04/2024 | 15:47 | Lượt xem: 1.318
Chia sẻ: Facebook | Zalo | Twitter | In bài | Gửi email
(Tuyên Quang) - Ngày 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023. Tham dự tại điểm cầu tỉnh có đồng chí Phó Chủ tịch UBND tỉnh cùng lãnh đạo các sở, ban, ngành.
Theo kết quả công bố, Chỉ số CCHC năm 2023 của tỉnh Tuyên Quang đạt 87,36%, xếp thứ 24/63 tỉnh, thành phố, tăng 3 bậc so với năm 2022. Trong 8 lĩnh vực, tỉnh có 2 lĩnh vực nằm trong nhóm 10 địa phương dẫn đầu là cải cách tổ chức bộ máy hành chính (xếp thứ 6) và cải cách chế độ công vụ (xếp thứ 9); lĩnh vực cải cách tài chính công xếp thấp nhất, thứ 51/63.
Chỉ số SIPAS năm 2023 của tỉnh đạt 84,75%, xếp thứ 13/63, cao hơn mức trung bình cả nước (82,66%).
Ảnh: Quang cảnh hội nghị tại điểm cầu tỉnh Tuyên Quang. (Ảnh: Trung tâm Thông tin)
Năm 2024, tỉnh phấn đấu Chỉ số CCHC tăng ít nhất 4 bậc, Chỉ số SIPAS đạt trên 85%.
Tác giả: Minh Thư
Từ khóa: Chỉ số CCHC, SIPAS, PAR Index 2023
Đánh giá bài viết: ★★★★★ (12 lượt)
Tin khác
- Hà Giang tăng 7 bậc về Chỉ số CCHC năm 2023 (20/04/2024)
- Tuyên Quang: Quý I/2024 tiếp nhận 41.208 hồ sơ thủ tục hành chính (15/04/2024)
- Năm 2023, tỉnh hoàn thành 39/42 nhiệm vụ cải cách hành chính (05/01/2024)
- Chỉ số PAPI 2023: Tuyên Quang thuộc nhóm trung bình cao (03/04/2024)
- Hội nghị tập huấn nghiệp vụ Bộ phận Một cửa năm 2024 (28/03/2024)
Xem tiếp >>
Liên kết website: Chính phủ | Bộ Nội vụ | Cổng Dịch vụ công quốc gia
Thống kê truy cập: Đang online: 215 | Hôm nay: 12.406 | Tổng: 45.781.230
Bản quyền thuộc UBND tỉnh Tuyên Quang. Địa chỉ: Số 160 đường 17/8, phường Phan Thiết, TP. Tuyên Quang""",
[idx("Tuyên Quang", PAR, 2023, score=87.36, rank=24, rank_of=63, rank_change=3),
 idx("Tuyên Quang", PAR, 2023, BOMAY, rank=6),
 idx("Tuyên Quang", PAR, 2023, CONGVU, rank=9),
 idx("Tuyên Quang", PAR, 2023, TAICHINH, rank=51, rank_of=63),
 implied_rank_of("Tuyên Quang", PAR, 2023, 63, BOMAY), implied_rank_of("Tuyên Quang", PAR, 2023, 63, CONGVU),
 idx("Tuyên Quang", SIPAS, 2023, score=84.75, rank=13, rank_of=63),
 # 'Tin khác' headlines of other articles
 optional(idx("Hà Giang", PAR, 2023, rank_change=7)),
 optional(_scope(dos("Tuyên Quang", "2024-Q1", received=41208), TT)),
 optional(task("Tuyên Quang", "2023", 39, 42))]),

# ------------------------------------------------------------------ a PDF-converted report
Case("W2 SNV site serving a PDF-converted UBND report (quarter III and 9 months of 2023): national-motto header, line-broken sentences, page numbers and running headers, '18/25 cơ quan', '21/21', a hyphenated target, PAR/SIPAS 2022",
"https://sonoivu.binhthuan.gov.vn/Portals/0/VanBan/2023/BC-325-UBND-ket-qua-CCHC-quy-III-2023.pdf",
dt.date(2023, 10, 6),
"""ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH BÌNH THUẬN                          Độc lập - Tự do - Hạnh phúc
Số: 325/BC-UBND                  Bình Thuận, ngày 06 tháng 10 năm 2023
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính
quý III và 9 tháng năm 2023
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH
1. Về kế hoạch CCHC
Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 4512/KH-UBND ngày 28/12/2022
về cải cách hành chính năm 2023, với 44 nhiệm vụ. Tính đến ngày 30/9/2023,
đã hoàn thành 31/44 nhiệm vụ, đạt 70,45%; các nhiệm vụ còn lại đang triển khai
theo đúng tiến độ. 100% sở, ban, ngành (21/21) và UBND cấp huyện (10/10) đã
ban hành kế hoạch CCHC năm 2023.
2. Về kiểm tra CCHC
Trong 9 tháng, Đoàn kiểm tra CCHC của tỉnh đã kiểm tra 18/25 cơ quan, đơn vị
theo kế hoạch, đạt 72%.
                                        2
BC 325/BC-UBND - Kết quả CCHC quý III và 9 tháng năm 2023
II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CCHC
1. Cải cách thủ tục hành chính
a) Kết quả giải quyết hồ sơ TTHC
Trong quý III/2023, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp
nhận 98.417 hồ sơ (trực tuyến 36.502 hồ sơ, chiếm 37,09%); đã giải quyết
94.880 hồ sơ, trong đó: trước hạn 61.914 hồ sơ (65,26%), đúng hạn 31.695 hồ
sơ (33,41%), trễ hạn 1.271 hồ sơ (1,34%); đang giải quyết 3.537 hồ sơ.
Lũy kế 9 tháng năm 2023, toàn tỉnh tiếp nhận 286.154 hồ sơ, đã giải quyết
279.630 hồ sơ, tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,52%.
b) Cung cấp dịch vụ công trực tuyến
Tỷ lệ thanh toán trực tuyến đạt 28,6%; tỷ lệ số hóa hồ sơ, kết quả giải quyết
TTHC đạt 41,3%.
2. Chỉ số CCHC, Chỉ số SIPAS
Kết quả Chỉ số CCHC năm 2022 của tỉnh đạt 84,03%, xếp thứ 38/63 tỉnh, thành
phố, tăng 4 bậc; Chỉ số SIPAS năm 2022 đạt 80,95%, xếp thứ 42/63.
                                        3
BC 325/BC-UBND - Kết quả CCHC quý III và 9 tháng năm 2023
III. NHIỆM VỤ TRỌNG TÂM QUÝ IV/2023
- Phấn đấu hoàn thành 44/44 nhiệm vụ CCHC năm 2023; tỷ lệ hồ sơ trực tuy-
ến đạt trên 45%.
- Nâng cao Chỉ số CCHC năm 2023, phấn đấu tăng ít nhất 5 bậc.
Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- Bộ Nội vụ;                                KT. CHỦ TỊCH
- TT Tỉnh ủy, TT HĐND tỉnh;                 PHÓ CHỦ TỊCH
- Lưu: VT, NC.
                                        4""",
[task("Bình Thuận", "2023-09M", 31, 44),
 _scope(dos("Bình Thuận", "2023-Q3", received=98417, resolved=94880, early_pct=65.26, on_time_pct=33.41,
            late_pct=1.34, online=36502, online_pct=37.09), TT),
 optional(_scope(dos("Bình Thuận", "2023-Q3", online_total=98417), TT)),
 _scope(dos("Bình Thuận", "2023-09M", received=286154, resolved=279630), TT),
 # "trước hạn và đúng hạn" together
 optional(_scope(dos("Bình Thuận", "2023-09M", on_time_pct=98.52), TT)),
 idx("Bình Thuận", PAR, 2022, score=84.03, rank=38, rank_of=63, rank_change=4),
 idx("Bình Thuận", SIPAS, 2022, score=80.95, rank=42, rank_of=63)]),

# ------------------------------------------------------------------ a table by month pasted with tabs
Case("W3 portal: a quarter's dossiers by month pasted with tabs (three months and the quarter's row), a data-extraction note, the previous quarter in the text, departments with the highest late share",
"https://laichau.gov.vn/tin-tuc/cai-cach-hanh-chinh/kiem-soat-tthc/ket-qua-giai-quyet-tthc-quy-ii-nam-2022-18342.html",
dt.date(2022, 7, 12),
"""Kết quả giải quyết thủ tục hành chính quý II/2022 trên Hệ thống một cửa điện tử tỉnh Lai Châu
Trang chủ » Tin tức » Cải cách hành chính » Kiểm soát TTHC
Đăng ngày: 12/07/2022 | Người đăng: Quản trị | Lượt xem: 203
[A-] [A+] | In trang | Gửi bạn bè
Văn phòng UBND tỉnh tổng hợp kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính (TTHC) quý II năm 2022 của các cơ quan hành chính trên địa bàn tỉnh theo từng tháng như sau:
Thời gian\tTiếp nhận\tĐã giải quyết\tTỷ lệ trễ hạn\tTỷ lệ trực tuyến
Tháng 4/2022\t9.215\t8.874\t1,92%\t18,40%
Tháng 5/2022\t10.402\t10.018\t1,35%\t21,06%
Tháng 6/2022\t11.356\t10.960\t0,98%\t24,71%
Cộng quý II\t30.973\t29.852\t1,39%\t21,56%
(Số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh lúc 8h00 ngày 01/7/2022)
So với quý I/2022 (tiếp nhận 27.640 hồ sơ), số hồ sơ tiếp nhận trong quý II tăng 12,06%. Sở Tài nguyên và Môi trường, UBND huyện Tam Đường là các đơn vị có tỷ lệ trễ hạn cao nhất.
Ảnh: Bộ phận Một cửa tỉnh Lai Châu hướng dẫn người dân nộp hồ sơ trực tuyến
Tin cùng chuyên mục:
- Công bố danh mục 25 TTHC mới ban hành lĩnh vực giáo dục và đào tạo
- Kiểm tra công tác kiểm soát TTHC tại huyện Sìn Hồ
- Tập huấn sử dụng Cổng Dịch vụ công tỉnh cho công chức cấp xã
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LAI CHÂU - Cơ quan chủ quản: Văn phòng UBND tỉnh""",
[_scope(dos("Lai Châu", "2022-04", received=9215, resolved=8874, late_pct=1.92, online_pct=18.4), TT),
 _scope(dos("Lai Châu", "2022-05", received=10402, resolved=10018, late_pct=1.35, online_pct=21.06), TT),
 _scope(dos("Lai Châu", "2022-06", received=11356, resolved=10960, late_pct=0.98, online_pct=24.71), TT),
 _scope(dos("Lai Châu", "2022-Q2", received=30973, resolved=29852, late_pct=1.39, online_pct=21.56), TT),
 optional(_scope(dos("Lai Châu", "2022-Q1", received=27640), TT))]),

# ------------------------------------------------------------------ interview, speech, regional conference
Case("W4 provincial paper interview (Q&A) with comments: PAR 2023 'thứ 18 trong 63', SIPAS 'giảm 4 bậc, xuống thứ 30', a component out of 14, '40 nhiệm vụ ... hoàn thành 29', another province without the index named, a commenter's wrong figure",
"https://baohanam.com.vn/chinh-tri/phong-van/giam-doc-so-noi-vu-moi-ho-so-tre-han-phai-co-dia-chi-trach-nhiem-142087.html",
dt.date(2024, 10, 14),
"""Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Media
Giám đốc Sở Nội vụ: "Mỗi hồ sơ trễ hạn phải có địa chỉ trách nhiệm"
Thứ Hai, 14/10/2024 - 06:30
Trang chủ / Chính trị / Phỏng vấn
(BHN) - Nhân dịp đánh giá kết quả 9 tháng thực hiện công tác cải cách hành chính (CCHC), phóng viên Báo Hà Nam có cuộc trao đổi với ông Trần Văn K., Giám đốc Sở Nội vụ tỉnh.
PV: Thưa ông, năm 2023 Hà Nam đã đạt những kết quả gì về các chỉ số CCHC?
Ông Trần Văn K.: Theo kết quả Bộ Nội vụ công bố tháng 4 vừa qua, Chỉ số CCHC năm 2023 của tỉnh đạt 88,12%, đứng thứ 18 trong 63 tỉnh, thành phố, tăng 6 bậc. Chỉ số SIPAS đạt 83,9%, tuy nhiên xếp hạng lại giảm 4 bậc, xuống thứ 30. Chúng tôi cũng nhìn thẳng vào thực tế là lĩnh vực cải cách thủ tục hành chính vẫn chỉ đạt 11,86/14 điểm.
Ông Trần Văn K. trả lời phỏng vấn. Ảnh: Hoàng Lan
PV: Còn kết quả 9 tháng năm 2024 thì sao, thưa ông?
Ông Trần Văn K.: Kế hoạch năm nay có 40 nhiệm vụ. Đến hết tháng 9, các cơ quan đã hoàn thành 29 nhiệm vụ, 11 nhiệm vụ còn lại bảo đảm tiến độ. Về TTHC, 9 tháng toàn tỉnh tiếp nhận 312.480 hồ sơ, giải quyết trước và đúng hạn đạt 99,2%; hồ sơ trực tuyến chiếm 72,4%. Cá biệt vẫn còn huyện có tỷ lệ trễ hạn trên 3%.
PV: Tỉnh học hỏi được gì từ các địa phương dẫn đầu?
Ông Trần Văn K.: Chúng tôi đã đi học tập tại Hải Dương, tỉnh xếp thứ 5 cả nước năm 2023 với 90,18%, và thấy rằng điều quan trọng nhất là số hóa hồ sơ ngay từ khâu tiếp nhận. Mục tiêu của Hà Nam là năm 2024 vào nhóm 15 và đến năm 2025 vào nhóm 10 tỉnh dẫn đầu.
PV: Xin cảm ơn ông!
Hoàng Lan (thực hiện)
Chia sẻ: Facebook | Zalo | Copy link
Bình luận (2)
Nguyễn Minh Đ.: Ở xã tôi làm sổ đỏ vẫn chậm lắm, mong tỉnh chỉ đạo quyết liệt hơn.
Trả lời | Thích (4)
Trần Thu H.: Nhớ năm 2022 tỉnh mình Chỉ số CCHC chỉ xếp thứ 28 thôi, giờ lên 18 là cố gắng lắm rồi.
Trả lời | Thích (9)
Gửi bình luận | Email của bạn sẽ không được hiển thị
BÁO HÀ NAM ĐIỆN TỬ - Cơ quan của Đảng bộ tỉnh Hà Nam""",
[idx("Hà Nam", PAR, 2023, score=88.12, rank=18, rank_of=63, rank_change=6),
 idx("Hà Nam", SIPAS, 2023, score=83.9, rank=30, rank_change=-4),
 implied_rank_of("Hà Nam", SIPAS, 2023, 63),
 idx("Hà Nam", PAR, 2023, TTHC, score=11.86),
 task("Hà Nam", "2024-09M", 29, 40),
 _scope(dos("Hà Nam", "2024-09M", received=312480, online_pct=72.4), TT),
 # "trước và đúng hạn" together; the online share's denominator
 optional(_scope(dos("Hà Nam", "2024-09M", on_time_pct=99.2, online_total=312480), TT)),
 # the index is not named in the answer
 optional(idx("Hải Dương", PAR, 2023, score=90.18, rank=5)),
 implied_rank_of("Hải Dương", PAR, 2023, 63)]),

Case("W5 portal: the chairman's speech at a business dialogue ('Kính thưa ...'): PCI 2022 with the previous rank in brackets, four sub-indices (a score drop, a rank out of 63 'thuộc nhóm thấp nhất'), PGI's first year, a neighbour's PCI rank, the national median",
"https://daknong.gov.vn/chi-dao-dieu-hanh/bai-phat-bieu/phat-bieu-cua-chu-tich-ubnd-tinh-tai-hoi-nghi-gap-mat-doi-thoai-voi-doanh-nghiep-nam-2023-61204.html",
dt.date(2023, 6, 16),
"""Cổng thông tin điện tử tỉnh Đắk Nông
Trang chủ > Chỉ đạo điều hành > Bài phát biểu
Phát biểu của Chủ tịch UBND tỉnh tại Hội nghị gặp mặt, đối thoại với doanh nghiệp năm 2023
Ngày 16/06/2023 | Lượt xem: 402 | In bài | Gửi email
Ông Hồ Văn M., Chủ tịch UBND tỉnh phát biểu tại hội nghị. Ảnh: Bảo Ngọc
Kính thưa các đồng chí lãnh đạo Tỉnh ủy, HĐND tỉnh!
Thưa các vị đại biểu, thưa cộng đồng doanh nghiệp!
Hôm nay, UBND tỉnh tổ chức Hội nghị gặp mặt, đối thoại với doanh nghiệp năm 2023 nhằm lắng nghe những khó khăn, vướng mắc và cùng nhau tìm giải pháp cải thiện môi trường đầu tư, kinh doanh.
Thưa các quý vị,
Kết quả Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022 vừa được VCCI công bố cho thấy những chuyển biến đáng ghi nhận: tỉnh Đắk Nông đạt 63,45 điểm, xếp thứ 41/63, tăng 9 bậc so với năm 2021 (xếp thứ 50). Trong 10 chỉ số thành phần, có 6 chỉ số tăng điểm, nổi bật là chỉ số Chi phí không chính thức đạt 7,02 điểm và chỉ số Tính minh bạch đạt 6,15 điểm. Tuy nhiên, chỉ số Tiếp cận đất đai giảm 0,84 điểm, chỉ còn 5,63 điểm, và chỉ số Đào tạo lao động xếp thứ 58/63, thuộc nhóm thấp nhất cả nước.
Về Chỉ số Xanh cấp tỉnh (PGI) lần đầu tiên được công bố, tỉnh đạt 18,12 điểm, đứng thứ 27.
Tôi cũng xin nói thẳng, trong khi các tỉnh bạn trong vùng như Lâm Đồng năm 2022 đã vươn lên thứ 19 về PCI, thì chúng ta vẫn ở nửa dưới bảng xếp hạng. Điểm PCI trung vị cả nước năm 2022 là 64,61 điểm, chúng ta vẫn còn thấp hơn.
Thưa các quý vị,
Mục tiêu của tỉnh là đến năm 2025, PCI vào nhóm 30 tỉnh, thành phố dẫn đầu; mỗi năm tăng ít nhất 3 bậc. Tôi đề nghị các sở, ngành tiếp thu đầy đủ ý kiến của doanh nghiệp tại hội nghị hôm nay, trả lời bằng văn bản trong vòng 15 ngày.
Xin trân trọng cảm ơn!
Chia sẻ bài viết | In bài | Về đầu trang
Các bài phát biểu khác:
- Phát biểu của Bí thư Tỉnh ủy tại Hội nghị tổng kết năm 2022
- Phát biểu bế mạc Kỳ họp thứ 5 HĐND tỉnh khóa IV
Bản quyền thuộc UBND tỉnh Đắk Nông""",
[idx("Đắk Nông", PCI, 2022, score=63.45, rank=41, rank_of=63, rank_change=9, prev_rank=50),
 idx("Đắk Nông", PCI, 2022, "Chi phí không chính thức", score=7.02),
 idx("Đắk Nông", PCI, 2022, "Tính minh bạch", score=6.15),
 idx("Đắk Nông", PCI, 2022, "Tiếp cận đất đai", score=5.63, score_change=-0.84),
 idx("Đắk Nông", PCI, 2022, "Đào tạo lao động", rank=58, rank_of=63),
 idx("Đắk Nông", PGI, 2022, score=18.12, rank=27),
 implied_rank_of("Đắk Nông", PGI, 2022, 63),
 idx("Lâm Đồng", PCI, 2022, rank=19),
 implied_rank_of("Lâm Đồng", PCI, 2022, 63)]),

Case("W6 host portal on a regional conference of five Tây Nguyên provinces: four neighbours' PAR 2023 scores and ranks, the host's own with a change, a regional SIPAS rank, two provinces' half-year tasks, a neighbour's online share 'dẫn đầu vùng', a regional average, history",
"https://kontum.gov.vn/tin-tuc-su-kien/tin-trong-tinh/hoi-nghi-giao-ban-cong-tac-cai-cach-hanh-chinh-cac-tinh-tay-nguyen-nam-2024-40218.html",
dt.date(2024, 6, 28),
"""Cổng thông tin điện tử tỉnh Kon Tum
Trang chủ / Tin tức - Sự kiện / Tin trong tỉnh
Hội nghị giao ban công tác cải cách hành chính các tỉnh Tây Nguyên năm 2024
Cập nhật: 28/06/2024 16:12 | Lượt xem: 367
[Tăng cỡ chữ] [Giảm cỡ chữ] [In bài]
Ngày 27/6, tại TP. Kon Tum, Sở Nội vụ 5 tỉnh Tây Nguyên gồm Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng tổ chức Hội nghị giao ban công tác cải cách hành chính (CCHC) năm 2024. Đây là năm thứ 6 liên tiếp hội nghị được tổ chức luân phiên giữa các tỉnh.
Ảnh: Các đại biểu dự hội nghị
Báo cáo tại hội nghị cho thấy kết quả Chỉ số CCHC năm 2023 của các tỉnh trong vùng còn chênh lệch: Lâm Đồng đạt 88,40%, xếp thứ 14/63, dẫn đầu vùng; Đắk Lắk đạt 86,91%, xếp thứ 31/63; Gia Lai 85,72%, xếp thứ 40/63; tỉnh Đắk Nông đạt 83,20%, đứng thứ 56/63. Giá trị bình quân của vùng là 85,84%, thấp hơn trung bình cả nước.
Riêng tỉnh Kon Tum, Chỉ số CCHC năm 2023 đạt 84,95%, xếp thứ 45/63, tăng 2 bậc so với năm 2022; Chỉ số SIPAS đạt 81,02%, xếp thứ 3 trong vùng.
Về thực hiện Kế hoạch CCHC năm 2024, trong 6 tháng đầu năm, tỉnh Kon Tum đã hoàn thành 21/45 nhiệm vụ; tỉnh Gia Lai hoàn thành 24/48 nhiệm vụ. Tỉnh Đắk Lắk dẫn đầu vùng về tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm với 68,3%.
Tại hội nghị, các đại biểu đã thảo luận, chia sẻ kinh nghiệm trong xây dựng chính quyền số, số hóa hồ sơ và nâng cao chất lượng phục vụ của Bộ phận Một cửa các cấp. Hội nghị năm 2025 sẽ được tổ chức tại tỉnh Gia Lai.
Tin liên quan
- Kon Tum tăng 2 bậc Chỉ số CCHC năm 2023
- Tập huấn nâng cao năng lực cho công chức làm công tác CCHC
Tin đọc nhiều
- Kon Tum: Công bố Quy hoạch tỉnh thời kỳ 2021-2030
- Lễ hội văn hóa cồng chiêng các dân tộc tỉnh Kon Tum
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM - Địa chỉ: 125 Lê Duẩn, TP. Kon Tum""",
[idx("Lâm Đồng", PAR, 2023, score=88.4, rank=14, rank_of=63),
 idx("Đắk Lắk", PAR, 2023, score=86.91, rank=31, rank_of=63),
 idx("Gia Lai", PAR, 2023, score=85.72, rank=40, rank_of=63),
 idx("Đắk Nông", PAR, 2023, score=83.2, rank=56, rank_of=63),
 idx("Kon Tum", PAR, 2023, score=84.95, rank=45, rank_of=63, rank_change=2),
 idx("Kon Tum", SIPAS, 2023, score=81.02),
 task("Kon Tum", "2024-06H1", 21, 45),
 task("Gia Lai", "2024-06H1", 24, 48),
 _scope(dos("Đắk Lắk", "2024-06H1", online_pct=68.3), TT)]),

# ------------------------------------------------------------------ English pages
Case("W7 provincial paper's English edition: PAR/SIPAS 2022 in English numbers, 'ranking 16th out of 63', a neighbour's rank and score, two component ranks (best and weakest), '41 of the 46 tasks', dossiers, a related headline",
"https://baonghean.vn/en/nghe-an-climbs-9-places-in-public-administration-reform-index-2022-10256318.html",
dt.date(2023, 4, 25),
"""Baonghean.vn - English
Home | Politics | Economy | Society | Culture | Travel | Tiếng Việt
Nghe An climbs 9 places in Public Administration Reform Index 2022
Tuesday, 25/04/2023 - 09:15
(Baonghean.vn) - According to the results announced by the Ministry of Home Affairs on April 19, Nghe An's Public Administration Reform Index (PAR Index, Chỉ số CCHC) for 2022 reached 86.75%, ranking 16th out of 63 provinces and cities, up 9 places compared to 2021.
Photo: Officials at the Public Administration Service Centre of Nghe An province. Photo: Thanh Le
The province's Satisfaction Index of Public Administrative Services (SIPAS) 2022 reached 81.62%, ranking 24th nationwide. Neighbouring Ha Tinh ranked 11th in the PAR Index with 87.93%, while Thanh Hoa came 27th.
Among the eight component areas, Nghe An scored best in administrative procedure reform, ranking 4th; public finance reform remained the weakest area, ranking 47th.
In 2022, the province completed 41 of the 46 tasks set out in its annual PAR plan. Agencies at three levels received 1,652,340 dossiers, of which 98.6% were settled on time or ahead of schedule; 512,905 dossiers were submitted online.
The province aims to be among the top 10 localities in the PAR Index by 2025.
Translated by Hoang Mai
Related news
- Nghe An ranks 25th in PAR Index 2021
- Provincial leaders hold dialogue with 300 businesses
Share: Facebook | Twitter | LinkedIn
Nghe An Newspaper - Agency of the Nghe An Provincial Party Committee""",
[idx("Nghệ An", PAR, 2022, score=86.75, rank=16, rank_of=63, rank_change=9),
 idx("Nghệ An", SIPAS, 2022, score=81.62, rank=24),
 implied_rank_of("Nghệ An", SIPAS, 2022, 63),
 idx("Hà Tĩnh", PAR, 2022, score=87.93, rank=11),
 idx("Thanh Hóa", PAR, 2022, rank=27),
 implied_rank_of("Hà Tĩnh", PAR, 2022, 63), implied_rank_of("Thanh Hóa", PAR, 2022, 63),
 idx("Nghệ An", PAR, 2022, TTHC, rank=4),
 idx("Nghệ An", PAR, 2022, TAICHINH, rank=47),
 implied_rank_of("Nghệ An", PAR, 2022, 63, TTHC), implied_rank_of("Nghệ An", PAR, 2022, 63, TAICHINH),
 task("Nghệ An", "2022", 41, 46),
 _scope(dos("Nghệ An", "2022", received=1652340, online=512905), TT),
 # "on time or ahead of schedule" together; the online count's denominator
 optional(_scope(dos("Nghệ An", "2022", on_time_pct=98.6, online_total=1652340), TT)),
 # 'Related news' headline
 optional(idx("Nghệ An", PAR, 2021, rank=25))]),

# ------------------------------------------------------------------ missing diacritics and typos
Case("W8 SNV site crawled without diacritics (year-end 2020): '38/40 nhiem vu', dossier shares, a lone online count, PAR 2019 'giam 4 bac', SIPAS 2019",
"https://sonoivu.travinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2020-2214.html",
dt.date(2021, 1, 15),
"""So Noi vu tinh Tra Vinh
Trang chu | Gioi thieu | Tin tuc | Van ban | Thu tuc hanh chinh | Lien he
Trang chu > Tin tuc > Cai cach hanh chinh
Tong ket cong tac cai cach hanh chinh nam 2020
Ngay dang: 15/01/2021 | Luot xem: 98
Sang 14/01, UBND tinh Tra Vinh to chuc hoi nghi tong ket cong tac cai cach hanh chinh (CCHC) nam 2020 va trien khai nhiem vu nam 2021.
Theo bao cao, nam 2020 tinh da hoan thanh 38/40 nhiem vu theo Ke hoach CCHC, dat 95%; 2 nhiem vu chua hoan thanh do anh huong cua dich Covid-19.
Toan tinh tiep nhan 412.306 ho so TTHC, da giai quyet 405.118 ho so, trong do truoc han 57,3%, dung han 41,9%, tre han 0,8%. So ho so tiep nhan truc tuyen muc do 3, 4 la 21.640 ho so.
Chi so CCHC nam 2019 cua tinh dat 83,56%, xep thu 22/63 tinh, thanh pho, giam 4 bac so voi nam 2018; Chi so SIPAS nam 2019 dat 84,1%.
Nam 2021, tinh phan dau Chi so CCHC tang it nhat 5 bac, ty le ho so truc tuyen dat 30%.
Tin khac
- Hoi nghi tap huan nghiep vu kiem soat thu tuc hanh chinh
- Kiem tra cong tac CCHC tai huyen Cau Ngang
Ban quyen thuoc So Noi vu tinh Tra Vinh""",
[task("Trà Vinh", "2020", 38, 40),
 _scope(dos("Trà Vinh", "2020", received=412306, resolved=405118, early_pct=57.3, on_time_pct=41.9, late_pct=0.8,
            online=21640), TT),
 idx("Trà Vinh", PAR, 2019, score=83.56, rank=22, rank_of=63, rank_change=-4),
 idx("Trà Vinh", SIPAS, 2019, score=84.1)]),

Case("W9 provincial paper with typos ('Chỉ sô', 'hành chinh', 'PAR lndex', 'tĩnh', 'vơi', 'xêp', 'điễm', 'nhiêm vụ'), a stray space '85, 06%', a paragraph duplicated by the CMS, PAR/SIPAS/DTI 2021, 5-month tasks",
"https://baophuyen.vn/chinh-tri/202206/phu-yen-chi-so-cchc-nam-2021-tang-12-bac-2871045/",
dt.date(2022, 6, 2),
"""Báo Phú Yên điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Phú Yên: Chỉ số CCHC năm 2021 tăng 12 bậc
Cập nhật lúc: 02/06/2022 08:45
Thời sự - Chính trị
(BPY) - Theo Quyết định công bố của Bộ Nội vụ, Chỉ sô cải cách hành chinh (PAR lndex) năm 2021 của tĩnh Phú Yên đạt 85, 06%, xếp thứ 21/63 tỉnh, thành phố, tăng 12 bậc so vơi năm 2020. Đây là năm đầu tiên tỉnh lọt vào nhóm 25 địa phương dẫn đầu.
(BPY) - Theo Quyết định công bố của Bộ Nội vụ, Chỉ sô cải cách hành chinh (PAR lndex) năm 2021 của tĩnh Phú Yên đạt 85, 06%, xếp thứ 21/63 tỉnh, thành phố, tăng 12 bậc so vơi năm 2020. Đây là năm đầu tiên tỉnh lọt vào nhóm 25 địa phương dẫn đầu.
Chỉ số SIPAS năm 2021 của tỉnh đạt 87,3 %, xêp thứ 18.
Ở lĩnh vực chuyển đổi số, Chỉ số DTI năm 2021 của Phú Yên đạt 0,4405 điễm, xếp thứ 35/63.
Trong 5 tháng đầu năm 2022, tỉnh đã hoàn thành 12/36 nhiêm vụ CCHC; tỷ lệ hồ sơ TTHC trễ hạn là 1,05%.
Thanh Trúc
Chia sẽ | In bài | Bình luận
Tin cùng chuyên mục
- Phú Yên tổ chức Hội nghị đối thoại với doanh nghiệp năm 2022
- Khai mạc Kỳ họp thứ 6 HĐND tỉnh khóa VIII
BÁO PHÚ YÊN - Cơ quan của Đảng bộ tỉnh Phú Yên""",
[idx("Phú Yên", PAR, 2021, score=85.06, rank=21, rank_of=63, rank_change=12),
 idx("Phú Yên", SIPAS, 2021, score=87.3, rank=18),
 implied_rank_of("Phú Yên", SIPAS, 2021, 63),
 idx("Phú Yên", DTI, 2021, score=0.4405, rank=35, rank_of=63),
 task("Phú Yên", "2022-05M", 12, 36),
 _scope(dos("Phú Yên", "2022-05M", late_pct=1.05), TT)]),

# ------------------------------------------------------------------ SharePoint monthly report with links inside and below
Case("W10 SNV SharePoint page: the month (August 2024) beside 8 months, an in-body 'Xem thêm' link and a 'Tin liên quan' list with figures of other months and indices, an attachment line, a comment form, service index of July",
"https://sonoivu.yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=512&l=Tinhoatdong&lv=11",
dt.date(2024, 9, 9),
"""SỞ NỘI VỤ TỈNH YÊN BÁI
Trang chủ | Giới thiệu | Tin tức | Văn bản | Thủ tục hành chính | Hỏi đáp | Sơ đồ cổng
Bạn đang ở: Trang chủ > Tin hoạt động
Kết quả công tác cải cách hành chính tháng 8 và 8 tháng năm 2024
09/09/2024
Lượt xem: 147
Sở Nội vụ vừa tổng hợp, báo cáo UBND tỉnh kết quả công tác cải cách hành chính (CCHC) tháng 8 và 8 tháng năm 2024.
Lũy kế 8 tháng, các cơ quan, đơn vị đã hoàn thành 27/41 nhiệm vụ của Kế hoạch CCHC năm 2024 của tỉnh, đạt 65,85%.
Trong tháng 8/2024, toàn tỉnh tiếp nhận 24.318 hồ sơ TTHC, trong đó 17.605 hồ sơ trực tuyến (72,4%); đã giải quyết 23.117 hồ sơ, tỷ lệ trước hạn và đúng hạn 99,31%.
Xem thêm: Yên Bái tăng 10 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2024
Tính chung 8 tháng năm 2024, toàn tỉnh tiếp nhận 181.906 hồ sơ, đã giải quyết 176.240 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 68,9%.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 7/2024 của tỉnh đạt 84,21 điểm, xếp thứ 12/63 tỉnh, thành phố, tăng 5 bậc so với tháng 6.
Tập tin đính kèm: BC-CCHC-T8-2024.pdf (312 KB)
Tin liên quan
- Tháng 7/2024: Yên Bái tiếp nhận 22.790 hồ sơ thủ tục hành chính
- Yên Bái xếp thứ 9 cả nước về Chỉ số SIPAS năm 2023
- Kế hoạch kiểm tra công tác CCHC năm 2024
Ý kiến bạn đọc
Họ tên: | Email: | Nội dung: | Mã xác nhận: [Gửi]
Bản quyền © Sở Nội vụ tỉnh Yên Bái | Địa chỉ: Tổ 13, phường Đồng Tâm, TP. Yên Bái""",
[task("Yên Bái", "2024-08M", 27, 41),
 _scope(dos("Yên Bái", "2024-08", received=24318, resolved=23117, online=17605, online_pct=72.4), TT),
 # the online count's denominator; "trước hạn và đúng hạn" together
 optional(_scope(dos("Yên Bái", "2024-08", online_total=24318, on_time_pct=99.31), TT)),
 _scope(dos("Yên Bái", "2024-08M", received=181906, resolved=176240, online_pct=68.9), TT),
 svc("Yên Bái", "2024-07", score=84.21, rank=12, rank_of=63, rank_change=5),
 # in-body and related links
 optional(svc("Yên Bái", "2024-06", rank_change=10)),
 optional(_scope(dos("Yên Bái", "2024-07", received=22790), TT)),
 optional(idx("Yên Bái", SIPAS, 2023, rank=9)),
 implied_rank_of("Yên Bái", SIPAS, 2023, 63)]),

# ------------------------------------------------------------------ a pipe table of one province in two years
Case("W11 provincial paper: a markdown-style pipe table of one province's PAR/SIPAS/PAPI/PCI in 2022 and 2023 with a signed rank-change column, PCI 2023 published for 30 provinces, DTI 2022 'chưa công bố' 2023, a neighbour's PAPI change",
"https://baothainguyen.vn/chinh-tri/202405/nam-2023-thai-nguyen-tang-hang-ca-4-chi-so-quan-trong-c3f2a81/",
dt.date(2024, 5, 20),
"""Báo Thái Nguyên điện tử
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Quốc phòng - An ninh | Bạn đọc
Năm 2023, Thái Nguyên tăng hạng cả 4 chỉ số quan trọng
20/05/2024 06:20
Chia sẻ | Bình luận | Lưu tin
(TN) - Với việc VCCI công bố Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 ngày 9/5 vừa qua, cả 4 chỉ số quan trọng đánh giá chất lượng điều hành của tỉnh năm 2023 đều tăng hạng, trong đó Chỉ số CCHC lần đầu tiên lọt vào tốp 10 cả nước.
Bảng: Kết quả các chỉ số của tỉnh Thái Nguyên năm 2022 và năm 2023
| Chỉ số | Điểm 2022 | Hạng 2022 | Điểm 2023 | Hạng 2023 | Thay đổi thứ hạng |
|---|---|---|---|---|---|
| PAR Index (%) | 87,05 | 19 | 89,11 | 7 | +12 |
| SIPAS (%) | 82,40 | 30 | 84,02 | 21 | +9 |
| PAPI (điểm) | 42,37 | 28 | 43,85 | 17 | +11 |
| PCI (điểm) | 65,11 | 19 | 66,90 | 15 | +4 |
Ghi chú: Năm 2023, VCCI chỉ công bố thứ hạng của 30 địa phương dẫn đầu về PCI.
Thái Nguyên là 1 trong 5 địa phương cả nước tăng hạng ở cả 4 chỉ số. Tỉnh Bắc Kạn lân cận cũng tăng 8 bậc Chỉ số PAPI năm 2023.
Về chuyển đổi số, Chỉ số DTI năm 2022 của tỉnh xếp thứ 8/63; kết quả DTI năm 2023 hiện chưa được Bộ Thông tin và Truyền thông công bố.
Năm 2024, tỉnh đặt mục tiêu giữ vững vị trí trong nhóm 10 về Chỉ số CCHC, đưa PCI vào nhóm 10 địa phương dẫn đầu.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên. Ảnh: Minh Hằng
Tin liên quan
- Thái Nguyên đề ra 12 nhóm giải pháp nâng cao Chỉ số PCI
- Hội nghị đối thoại doanh nghiệp năm 2024
BÁO THÁI NGUYÊN - Cơ quan của Đảng bộ tỉnh Thái Nguyên""",
[idx("Thái Nguyên", PAR, 2023, score=89.11, rank=7, prev_score=87.05, prev_rank=19, rank_change=12),
 idx("Thái Nguyên", SIPAS, 2023, score=84.02, rank=21, prev_score=82.4, prev_rank=30, rank_change=9),
 idx("Thái Nguyên", PAPI, 2023, score=43.85, rank=17, prev_score=42.37, prev_rank=28, rank_change=11),
 idx("Thái Nguyên", PCI, 2023, score=66.9, rank=15, prev_score=65.11, prev_rank=19, rank_change=4),
 implied_rank_of("Thái Nguyên", PAR, 2023, 63), implied_rank_of("Thái Nguyên", SIPAS, 2023, 63),
 implied_rank_of("Thái Nguyên", PAPI, 2023, 63), implied_rank_of("Thái Nguyên", PCI, 2023, 30),
 # the 2022 columns as 2022's own facts
 optional(idx("Thái Nguyên", PAR, 2022, score=87.05, rank=19)),
 optional(idx("Thái Nguyên", SIPAS, 2022, score=82.4, rank=30)),
 optional(idx("Thái Nguyên", PAPI, 2022, score=42.37, rank=28)),
 optional(idx("Thái Nguyên", PCI, 2022, score=65.11, rank=19)),
 idx("Bắc Kạn", PAPI, 2023, rank_change=8),
 idx("Thái Nguyên", DTI, 2022, rank=8, rank_of=63)]),

# ------------------------------------------------------------------ a 2026 paper page full of boilerplate
Case("W12 provincial paper 2026 (unchanged unit): tags, font-size bar, two in-body '>> Đọc thêm' links with figures, photo captions, Q1 tasks 'có 39 nhiệm vụ; ... hoàn thành 8', service index x/34 'giảm 1 bậc', a ward's and an unnamed commune's extremes",
"https://baolangson.vn/quy-i-2026-lang-son-giai-quyet-truoc-va-dung-han-99-1-ho-so-thu-tuc-hanh-chinh-5071842.html",
dt.date(2026, 4, 16),
"""Báo Lạng Sơn điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao | Pháp luật | Biên giới | Media
Thứ Năm, 16/04/2026 | 07:12 (GMT+7)
Chính trị
Quý I/2026: Lạng Sơn giải quyết trước và đúng hạn 99,1% hồ sơ thủ tục hành chính
16/04/2026 07:12
Chia sẻ | Lưu | Cỡ chữ A A A
LSO - Quý I/2026, công tác cải cách hành chính (CCHC) của tỉnh tiếp tục có chuyển biến tích cực, đặc biệt trong giải quyết thủ tục hành chính (TTHC) tại Trung tâm Phục vụ hành chính công tỉnh và 65 xã, phường.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2026 của tỉnh có 39 nhiệm vụ; đến hết quý I, các cơ quan, đơn vị đã hoàn thành 8 nhiệm vụ, đạt 20,5%.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Đông Kinh. Ảnh: Hải Đăng
Trong quý, toàn tỉnh tiếp nhận 118.206 hồ sơ TTHC, tăng 9,4% so với cùng kỳ; đã giải quyết 113.540 hồ sơ, trong đó giải quyết trước và đúng hạn 99,1%, trễ hạn 0,9%. Tỷ lệ hồ sơ nộp trực tuyến đạt 76,45%.
>> Đọc thêm: Tháng 12/2025, Lạng Sơn xếp thứ 6/34 về Bộ chỉ số phục vụ người dân, doanh nghiệp
>> Đọc thêm: Năm 2025, toàn tỉnh tiếp nhận hơn 460 nghìn hồ sơ TTHC
Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 2/2026 của tỉnh đạt 85,63 điểm, xếp thứ 10/34 tỉnh, thành phố, giảm 1 bậc so với tháng 1/2026.
Ở cấp xã, phường Tam Thanh có tỷ lệ hồ sơ trực tuyến cao nhất (94,2%); xã có tỷ lệ thấp nhất chỉ đạt 38,5%.
Theo kế hoạch, năm 2026, tỉnh phấn đấu Bộ chỉ số phục vụ người dân, doanh nghiệp luôn nằm trong nhóm 10 địa phương dẫn đầu.
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân sử dụng dịch vụ công trực tuyến. Ảnh: Minh Hạnh
Minh Hạnh
Từ khóa: cải cách hành chính | thủ tục hành chính | Bộ chỉ số 766
Tin cùng chuyên mục
- Lạng Sơn: 65/65 xã, phường kết nối Hệ thống thông tin giải quyết TTHC
- Phường Kỳ Lừa thí điểm tiếp nhận hồ sơ không phụ thuộc địa giới hành chính
- Năm 2025, Lạng Sơn hoàn thành 44/46 nhiệm vụ cải cách hành chính
Bình luận (0) | Gửi bình luận
BÁO LẠNG SƠN - Cơ quan của Đảng bộ tỉnh Lạng Sơn""",
[task("Lạng Sơn", "2026-Q1", 8, 39),
 _scope(dos("Lạng Sơn", "2026-Q1", received=118206, resolved=113540, late_pct=0.9, online_pct=76.45), TT),
 # "trước và đúng hạn" together (also in the headline); the online share's denominator
 optional(_scope(dos("Lạng Sơn", "2026-Q1", on_time_pct=99.1, online_total=118206), TT)),
 svc("Lạng Sơn", "2026-02", score=85.63, rank=10, rank_of=34, rank_change=-1),
 # in-body and related links
 optional(svc("Lạng Sơn", "2025-12", rank=6, rank_of=34)),
 optional(task("Lạng Sơn", "2025", 44, 46))]),

# ------------------------------------------------------------------ districts and departments inside a provincial report
Case("W13 SharePoint portal, year-end 2022: province-wide figures among four districts' and two departments' own figures, the province's ranking of its departments and districts, PAR/SIPAS 2021",
"https://vinhphuc.gov.vn/ct/cms/tintuc/Lists/tinhoatdong/View_Detail.aspx?ItemID=21873",
dt.date(2023, 1, 13),
"""CỔNG THÔNG TIN - GIAO TIẾP ĐIỆN TỬ TỈNH VĨNH PHÚC
Trang chủ | Giới thiệu | Tin tức | Chính quyền | Công dân | Doanh nghiệp | Hỏi đáp | Liên hệ
Trang chủ > Tin tức > Tin hoạt động
Vĩnh Phúc: Tổng kết công tác cải cách hành chính năm 2022
Ngày đăng: 13/01/2023 | Lượt xem: 521
(Cổng TTĐT) - Chiều 12/1, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức hội nghị tổng kết công tác CCHC năm 2022, triển khai nhiệm vụ năm 2023. Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Năm 2022, tỉnh đã hoàn thành 49/52 nhiệm vụ theo Kế hoạch CCHC; 3 nhiệm vụ chưa hoàn thành đã được chuyển sang năm 2023.
Toàn tỉnh tiếp nhận 758.213 hồ sơ TTHC; đã giải quyết 749.665 hồ sơ, trong đó trước hạn 80,12%, đúng hạn 19,05%, trễ hạn 0,83%.
Kết quả ở cấp huyện: TP. Vĩnh Yên tiếp nhận 41.306 hồ sơ, tỷ lệ trễ hạn 0,21%; TP. Phúc Yên tiếp nhận 28.114 hồ sơ, trễ hạn 0,45%; huyện Bình Xuyên tiếp nhận 35.902 hồ sơ, trễ hạn 1,12%; huyện Lập Thạch có tỷ lệ trễ hạn cao nhất với 2,86%.
Khối sở, ngành: Sở Tài nguyên và Môi trường tiếp nhận 12.480 hồ sơ, trễ hạn 3,02%; Sở Kế hoạch và Đầu tư tiếp nhận 9.915 hồ sơ, 100% trước hạn và đúng hạn.
Quang cảnh hội nghị. Ảnh: Thế Hùng
Chỉ số CCHC năm 2021 của tỉnh đạt 89,40%, xếp thứ 6/63, tăng 2 bậc; Chỉ số SIPAS năm 2021 đạt 87,52%, xếp thứ 9/63.
Tại hội nghị, UBND tỉnh đã công bố Chỉ số CCHC năm 2022 của các sở, ngành và UBND cấp huyện: Sở Tư pháp dẫn đầu khối sở với 92,8 điểm; TP. Vĩnh Yên dẫn đầu khối huyện với 91,4 điểm, huyện Sông Lô xếp cuối với 82,3 điểm.
Năm 2023, tỉnh phấn đấu giữ vững Chỉ số CCHC trong nhóm 10 địa phương dẫn đầu, tỷ lệ hồ sơ trễ hạn dưới 0,5%.
Các tin đã đưa:
- Vĩnh Phúc công bố 218 TTHC được cắt giảm thời gian giải quyết (05/01/2023)
- Hội nghị trực tuyến triển khai Đề án 06 năm 2023 (29/12/2022)
Cơ quan chủ quản: UBND tỉnh Vĩnh Phúc - Quản lý: Văn phòng UBND tỉnh""",
[task("Vĩnh Phúc", "2022", 49, 52),
 _scope(dos("Vĩnh Phúc", "2022", received=758213, resolved=749665, early_pct=80.12, on_time_pct=19.05,
            late_pct=0.83), TT),
 # one department's own figures
 optional(_scope(dos("Vĩnh Phúc", "2022", received=12480, late_pct=3.02), "Sở Tài nguyên và Môi trường")),
 optional(_scope(dos("Vĩnh Phúc", "2022", received=9915, on_time_pct=100), "Sở Kế hoạch và Đầu tư")),
 idx("Vĩnh Phúc", PAR, 2021, score=89.4, rank=6, rank_of=63, rank_change=2),
 idx("Vĩnh Phúc", SIPAS, 2021, score=87.52, rank=9, rank_of=63)]),

# ------------------------------------------------------------------ a department site, 2021
Case("W14 Sở TT&TT site: ICT Index 2020 'xếp thứ 14/63, tăng 6 bậc' with three component ranks, DTI 2020 (its first year) with a pillar, 'năm 2021 không xếp hạng', departments' and districts' DTI",
"https://stttt.ninhbinh.gov.vn/tin-tuc-su-kien/cong-nghe-thong-tin/ninh-binh-tang-6-bac-ve-chi-so-san-sang-ung-dung-cntt-tt-1842.html",
dt.date(2021, 10, 18),
"""SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH NINH BÌNH
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Chuyển đổi số | Văn bản | Dịch vụ công | Liên hệ
Tin tức - Sự kiện » Công nghệ thông tin
Ninh Bình tăng 6 bậc về Chỉ số sẵn sàng ứng dụng CNTT-TT
Ngày 18/10/2021 | Lượt xem: 233
Bộ Thông tin và Truyền thông vừa công bố Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông Việt Nam (Vietnam ICT Index) năm 2020. Theo đó, tỉnh Ninh Bình xếp thứ 14/63 tỉnh, thành phố, tăng 6 bậc so với năm 2019. Trong đó, chỉ số hạ tầng kỹ thuật xếp thứ 9, hạ tầng nhân lực xếp thứ 21, ứng dụng CNTT xếp thứ 12.
Trước đó, theo kết quả Chỉ số đánh giá chuyển đổi số cấp tỉnh (DTI) năm 2020 - năm đầu tiên Bộ Thông tin và Truyền thông triển khai đánh giá - tỉnh đạt 0,3512 điểm, xếp thứ 15/63; trụ cột chính quyền số xếp thứ 11.
Theo Sở Thông tin và Truyền thông, năm 2021, Bộ không thực hiện xếp hạng ICT Index; từ năm 2022, các nội dung đánh giá của chỉ số này được tích hợp vào Bộ chỉ số DTI.
Ở khối sở, ngành, Sở Thông tin và Truyền thông dẫn đầu Chỉ số chuyển đổi số cấp sở năm 2020 với 0,7215 điểm; huyện Yên Khánh dẫn đầu khối huyện.
Phấn đấu đến năm 2025, DTI của tỉnh nằm trong nhóm 10 tỉnh, thành phố dẫn đầu.
Tin cũ hơn:
- Ninh Bình: 100% xã, phường có cán bộ phụ trách chuyển đổi số
- Hội thảo chuyển đổi số trong doanh nghiệp năm 2021
Đơn vị quản lý: Sở Thông tin và Truyền thông tỉnh Ninh Bình""",
[idx("Ninh Bình", ICT, 2020, rank=14, rank_of=63, rank_change=6),
 idx("Ninh Bình", ICT, 2020, "Hạ tầng kỹ thuật", rank=9),
 idx("Ninh Bình", ICT, 2020, "Hạ tầng nhân lực", rank=21),
 idx("Ninh Bình", ICT, 2020, "Ứng dụng CNTT", rank=12),
 implied_rank_of("Ninh Bình", ICT, 2020, 63, "Hạ tầng kỹ thuật"),
 implied_rank_of("Ninh Bình", ICT, 2020, 63, "Hạ tầng nhân lực"),
 implied_rank_of("Ninh Bình", ICT, 2020, 63, "Ứng dụng CNTT"),
 idx("Ninh Bình", DTI, 2020, score=0.3512, rank=15, rank_of=63),
 idx("Ninh Bình", DTI, 2020, "Chính quyền số", rank=11),
 implied_rank_of("Ninh Bình", DTI, 2020, 63, "Chính quyền số")]),

# ------------------------------------------------------------------ English page of a merged province
Case("W15 English edition of a merged province's paper (Tuyên Quang + Hà Giang): service index of October 2025 'ranking 7th out of 34', ten months' dossiers in English numbers, 'completed 33 of the 47 tasks', the old provinces' PAPI 2024",
"https://en.baotuyenquang.com.vn/politics/tuyen-quang-ranks-7th-nationwide-in-service-index-for-citizens-and-businesses-in-october-214087.html",
dt.date(2025, 11, 13),
"""TUYEN QUANG NEWSPAPER - ENGLISH EDITION
Home | News | Politics | Economy | Culture - Society | Tourism | Tiếng Việt
Tuyen Quang ranks 7th nationwide in service index for citizens and businesses in October
Thursday, 13/11/2025 - 15:20
Print | Share
The Government Office has announced the October 2025 results of the Index of Serving Citizens and Businesses (Bộ chỉ số phục vụ người dân, doanh nghiệp). Tuyen Quang province scored 86.12 points, ranking 7th out of 34 provinces and cities, up 4 places from September.
In the first ten months of 2025, the public administration service centres of the province and its 124 communes and wards received 412,560 dossiers (hồ sơ TTHC), of which 305,294 were submitted online, accounting for 74%. A total of 401,877 dossiers have been settled, with an on-time or early rate of 98.7%.
By the end of October, the province had completed 33 of the 47 tasks in its 2025 PAR plan, which was revised after the merger of Tuyen Quang and Ha Giang provinces on July 1.
Before the merger, Ha Giang ranked 61st in the 2024 PAPI with 41.03 points, while the former Tuyen Quang province ranked 20th.
Photo: Staff at the Tuyen Quang Public Administration Service Centre guide citizens to submit applications online.
Related news:
- Tuyen Quang: 124/124 communes and wards operate public administration service centres
- Former Ha Giang region: 95% of land dossiers digitised
Tuyen Quang Newspaper - Agency of the Tuyen Quang Provincial Party Committee""",
[svc("Tuyên Quang", "2025-10", score=86.12, rank=7, rank_of=34, rank_change=4),
 _scope(dos("Tuyên Quang", "2025-10M", received=412560, resolved=401877, online=305294, online_pct=74), TT),
 # the online count's denominator; "on-time or early" together
 optional(_scope(dos("Tuyên Quang", "2025-10M", online_total=412560, on_time_pct=98.7), TT)),
 task("Tuyên Quang", "2025-10M", 33, 47),
 idx("Hà Giang", PAPI, 2024, score=41.03, rank=61),
 idx("Tuyên Quang", PAPI, 2024, rank=20),
 implied_rank_of("Hà Giang", PAPI, 2024, 63), implied_rank_of("Tuyên Quang", PAPI, 2024, 63)]),

# ------------------------------------------------------------------ a PDF-converted year-end report with a table across pages
Case("W16 portal serving a PDF-converted year-end 2024 report: '(số liệu từ 15/12/2023 đến 14/12/2024)', a dossier table by level (counts only) split across two pages with the header repeated, the shares and the online fraction below, 43/46 tasks, PAR 2023",
"https://haugiang.gov.vn/documents/20182/1184506/BC-UBND-tong-ket-CCHC-nam-2024.pdf",
dt.date(2024, 12, 20),
"""ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HẬU GIANG                           Độc lập - Tự do - Hạnh phúc
Số: 412/BC-UBND                  Hậu Giang, ngày 18 tháng 12 năm 2024
BÁO CÁO
Tổng kết công tác cải cách hành chính năm 2024
(Số liệu từ ngày 15/12/2023 đến ngày 14/12/2024)
I. KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC
Kế hoạch CCHC năm 2024 của tỉnh được ban hành với 46 nhiệm vụ. Đến thời điểm
báo cáo, tỉnh đã hoàn thành 43/46 nhiệm vụ, đạt 93,48%; 03 nhiệm vụ chưa hoàn
thành do phụ thuộc lộ trình của Trung ương.
II. KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH
Biểu 01: Kết quả tiếp nhận, giải quyết hồ sơ TTHC năm 2024
Cấp | Tiếp nhận | Đã giải quyết | Trước hạn | Đúng hạn | Trễ hạn
Cấp tỉnh | 45.812 | 44.906 | 30.115 | 14.402 | 389
                                        5
BÁO CÁO TỔNG KẾT CÔNG TÁC CCHC NĂM 2024 - UBND TỈNH HẬU GIANG
Cấp | Tiếp nhận | Đã giải quyết | Trước hạn | Đúng hạn | Trễ hạn
Cấp huyện | 62.340 | 60.118 | 38.207 | 20.954 | 957
Cấp xã | 98.605 | 97.880 | 71.342 | 26.107 | 431
Tổng | 206.757 | 202.904 | 139.664 | 61.463 | 1.777
Như vậy, tỷ lệ giải quyết trước hạn đạt 68,83%, đúng hạn 30,29%, trễ hạn
0,88%. Số hồ sơ tiếp nhận trực tuyến là 131.402/206.757 hồ sơ, đạt 63,55%.
III. KẾT QUẢ CÁC CHỈ SỐ
Chỉ số CCHC năm 2023 của tỉnh đạt 88,97%, xếp thứ 13/63 tỉnh, thành phố.
IV. PHƯƠNG HƯỚNG NĂM 2025
Phấn đấu hoàn thành 100% nhiệm vụ; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên
70%; Chỉ số CCHC năm 2024 tăng ít nhất 3 bậc.
                                        6""",
[task("Hậu Giang", "2024", 43, 46),
 _scope(dos("Hậu Giang", "2024", received=206757, resolved=202904, early_pct=68.83, on_time_pct=30.29,
            late_pct=0.88, online=131402, online_total=206757, online_pct=63.55), TT),
 _scope(dos("Hậu Giang", "2024", received=45812, resolved=44906), "cấp tỉnh"),
 _scope(dos("Hậu Giang", "2024", received=62340, resolved=60118), "cấp huyện"),
 _scope(dos("Hậu Giang", "2024", received=98605, resolved=97880), "cấp xã"),
 idx("Hậu Giang", PAR, 2023, score=88.97, rank=13, rank_of=63)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _par21(province: str, rank: int, score: float) -> list[dict[str, object]]:
    return [idx(province, PAR, 2021, score=score, rank=rank), implied_rank_of(province, PAR, 2021, 63)]


def _pci22(province: str, rank: int, score: float, change: int) -> list[dict[str, object]]:
    facts = [idx(province, PCI, 2022, score=score, rank=rank), implied_rank_of(province, PCI, 2022, 63)]
    if change:
        facts.append(idx(province, PCI, 2022, rank_change=change))
    else:  # "0" in the change column: unchanged, neither rewarded nor penalised
        facts.append(optional(idx(province, PCI, 2022, rank_change=0)))
    return facts


def _dti23(province: str, cq: int, kt: int, xh: int, score: float, rank: int) -> list[dict[str, object]]:
    facts = [idx(province, DTI, 2023, score=score, rank=rank), implied_rank_of(province, DTI, 2023, 63)]
    for pillar, r in (("Chính quyền số", cq), ("Kinh tế số", kt), ("Xã hội số", xh)):
        facts += [idx(province, DTI, 2023, pillar, rank=r), implied_rank_of(province, DTI, 2023, 63, pillar)]
    return facts


TABLES_W: list[Case] = [
Case("WT1 SNV site pasting the PDF appendix of PAR Index 2021: space-aligned columns STT / name / score / rank, the page break with the running header repeated, a shared rank 9 (STT 10), ellipses, the host's row (rank out of 63 and change in the lead)",
"https://sonoivu.caobang.gov.vn/tin-tuc/cai-cach-hanh-chinh/cong-bo-chi-so-cchc-nam-2021-cao-bang-xep-thu-47-63-1128.html",
dt.date(2022, 6, 6),
"""SỞ NỘI VỤ TỈNH CAO BẰNG
Trang chủ | Giới thiệu | Tin tức | Văn bản | Cải cách hành chính | Liên hệ
Tin tức > Cải cách hành chính
Công bố Chỉ số CCHC năm 2021: Cao Bằng xếp thứ 47/63
Ngày đăng: 06/06/2022 | Lượt xem: 388
Ngày 25/5/2022, Bộ Nội vụ công bố Chỉ số CCHC năm 2021 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương. Cao Bằng đạt 83,10%, xếp thứ 47/63, tăng 5 bậc so với năm 2020. Dưới đây là trích Phụ lục kèm theo Quyết định công bố (bản chuyển từ tệp PDF):
PHỤ LỤC II
CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2021 CỦA CÁC TỈNH, THÀNH PHỐ TRỰC THUỘC TRUNG ƯƠNG
(Kèm theo Quyết định công bố ngày 25/5/2022 của Bộ trưởng Bộ Nội vụ)
STT   Tỉnh, thành phố        Điểm đạt được (%)   Xếp hạng
1     Quảng Ninh             91,25               1
2     Hải Phòng              90,03               2
3     Bắc Ninh               89,87               3
4     Hà Nội                 89,46               4
5     Đồng Tháp              89,12               5
6     Bình Dương             88,77               6
                                                          1
PHỤ LỤC II - CHỈ SỐ CCHC NĂM 2021 CỦA CÁC TỈNH, THÀNH PHỐ
STT   Tỉnh, thành phố        Điểm đạt được (%)   Xếp hạng
7     Thừa Thiên - Huế       88,40               7
8     Đà Nẵng                88,21               8
9     TP. Hồ Chí Minh        87,95               9
10    Bà Rịa - Vũng Tàu      87,95               9
11    Long An                87,60               11
...   ...                    ...                 ...
47    Cao Bằng               83,10               47
...   ...                    ...                 ...
                                                          2
Tin khác
- Cao Bằng ban hành Kế hoạch nâng cao Chỉ số CCHC năm 2022
Bản quyền thuộc Sở Nội vụ tỉnh Cao Bằng""",
_par21("Quảng Ninh", 1, 91.25) + _par21("Hải Phòng", 2, 90.03) + _par21("Bắc Ninh", 3, 89.87)
+ _par21("Hà Nội", 4, 89.46) + _par21("Đồng Tháp", 5, 89.12) + _par21("Bình Dương", 6, 88.77)
+ _par21("Thừa Thiên Huế", 7, 88.4) + _par21("Đà Nẵng", 8, 88.21) + _par21("Hồ Chí Minh", 9, 87.95)
+ _par21("Bà Rịa - Vũng Tàu", 9, 87.95) + _par21("Long An", 11, 87.6)
+ [idx("Cao Bằng", PAR, 2021, score=83.1, rank=47, rank_of=63, rank_change=5)],
table=True),

Case("WT2 English page of the PCI site: PCI 2022 top 10, tab-separated, English decimals, province names without diacritics, a signed rank-change column with a 0, a median row, no host province",
"https://pcivietnam.vn/en/rankings/pci-2022-top-10",
dt.date(2023, 4, 12),
"""PCI - Provincial Competitiveness Index
Home | About PCI | Rankings | Data | Publications | Tiếng Việt
PCI 2022: Top 10 provinces
Released: 11/04/2023 | VCCI - USAID
Rank\tProvince\tPCI 2022 score\tRank change vs 2021
1\tQuang Ninh\t70.69\t0
2\tHai Phong\t70.21\t+1
3\tLong An\t69.84\t-1
4\tBac Giang\t69.12\t+9
5\tDa Nang\t68.63\t+2
6\tBinh Duong\t68.30\t-2
7\tVinh Phuc\t67.92\t+4
8\tDong Thap\t67.45\t-3
9\tBa Ria - Vung Tau\t67.11\t+1
10\tThua Thien Hue\t66.87\t+6
Median score\t64.61
Source: VCCI, PCI 2022 report. Download full dataset (.xlsx)
Share: Facebook | LinkedIn""",
_pci22("Quảng Ninh", 1, 70.69, 0) + _pci22("Hải Phòng", 2, 70.21, 1) + _pci22("Long An", 3, 69.84, -1)
+ _pci22("Bắc Giang", 4, 69.12, 9) + _pci22("Đà Nẵng", 5, 68.63, 2) + _pci22("Bình Dương", 6, 68.3, -2)
+ _pci22("Vĩnh Phúc", 7, 67.92, 4) + _pci22("Đồng Tháp", 8, 67.45, -3) + _pci22("Bà Rịa - Vũng Tàu", 9, 67.11, 1)
+ _pci22("Thừa Thiên Huế", 10, 66.87, 6),
table=True),

Case("WT3 provincial paper: DTI 2023 of the six North Central provinces in a pipe table with a rank column per pillar and an overall rank out of 63, released in February 2025, the host's rank and change in the lead",
"https://baoquangbinh.vn/khoa-hoc-cong-nghe/202502/chi-so-chuyen-doi-so-nam-2023-quang-binh-xep-thu-36-63-2231847/",
dt.date(2025, 2, 10),
"""Báo Quảng Bình điện tử
Thời sự | Kinh tế | Xã hội | Khoa học - Công nghệ | Văn hóa | Thể thao
Chỉ số chuyển đổi số năm 2023: Quảng Bình xếp thứ 36/63
10/02/2025 07:30
(QBĐT) - Bộ Thông tin và Truyền thông vừa công bố Chỉ số đánh giá chuyển đổi số (DTI) năm 2023 của các bộ, ngành và 63 tỉnh, thành phố. Quảng Bình đạt 0,5607 điểm, xếp thứ 36/63, giảm 3 bậc so với năm 2022. Kết quả của các tỉnh Bắc Trung Bộ như sau:
| Tỉnh | Chính quyền số (hạng) | Kinh tế số (hạng) | Xã hội số (hạng) | DTI 2023 (điểm) | Xếp hạng chung |
| Thừa Thiên Huế | 3 | 15 | 2 | 0,6702 | 4 |
| Thanh Hóa | 12 | 9 | 18 | 0,6355 | 10 |
| Nghệ An | 20 | 14 | 25 | 0,6120 | 17 |
| Hà Tĩnh | 17 | 31 | 22 | 0,5984 | 22 |
| Quảng Trị | 28 | 40 | 19 | 0,5811 | 29 |
| Quảng Bình | 35 | 38 | 41 | 0,5607 | 36 |
Nguồn: dti.gov.vn
Phấn đấu năm 2025, DTI của tỉnh vào nhóm 25 địa phương dẫn đầu.
Bình luận | Chia sẻ
BÁO QUẢNG BÌNH - Cơ quan của Đảng bộ tỉnh Quảng Bình""",
_dti23("Thừa Thiên Huế", 3, 15, 2, 0.6702, 4) + _dti23("Thanh Hóa", 12, 9, 18, 0.6355, 10)
+ _dti23("Nghệ An", 20, 14, 25, 0.612, 17) + _dti23("Hà Tĩnh", 17, 31, 22, 0.5984, 22)
+ _dti23("Quảng Trị", 28, 40, 19, 0.5811, 29) + _dti23("Quảng Bình", 35, 38, 41, 0.5607, 36)
+ [idx("Quảng Bình", DTI, 2023, rank_of=63, rank_change=-3)],
table=True),
]


NEGATIVES_W: list[Case] = [
Case("WN1 portal serving a PDF-converted reform plan for 2025: targets only ('từ 88% trở lên', '100% (44/44)', 'trên 98,5%', 'tối thiểu 60%', '19/19 sở'), task counts by area, budget, page numbers and a running header",
"https://hoabinh.gov.vn/documents/20182/2250417/KH-215-UBND-cai-cach-hanh-chinh-nam-2025.pdf",
dt.date(2024, 12, 26),
"""ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH HÒA BÌNH                            Độc lập - Tự do - Hạnh phúc
Số: 215/KH-UBND                  Hòa Bình, ngày 25 tháng 12 năm 2024
KẾ HOẠCH
Cải cách hành chính năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Tiếp tục đẩy mạnh cải cách hành chính gắn với chuyển đổi số, bảo đảm thực hiện
đồng bộ, hiệu quả các nhiệm vụ trong Chương trình tổng thể CCHC nhà nước giai
đoạn 2021 - 2030.
II. MỤC TIÊU, CHỈ TIÊU
1. Phấn đấu Chỉ số CCHC năm 2025 của tỉnh đạt từ 88% trở lên, tăng ít nhất 5 bậc;
Chỉ số SIPAS đạt trên 85%.
2. 100% (44/44) nhiệm vụ trong Kế hoạch được hoàn thành đúng tiến độ.
3. Tỷ lệ hồ sơ TTHC được giải quyết trước hạn, đúng hạn đạt trên 98,5%; tỷ lệ hồ
sơ trực tuyến toàn trình đạt tối thiểu 60%.
4. 100% cơ quan, đơn vị (19/19 sở, ngành và 10/10 huyện, thành phố) ban hành
kế hoạch CCHC năm 2025 trước ngày 15/01/2025.
                                        1
KH 215/KH-UBND - Cải cách hành chính năm 2025
III. NHIỆM VỤ (44 nhiệm vụ, chi tiết tại Phụ lục kèm theo)
1. Công tác chỉ đạo, điều hành CCHC: 7 nhiệm vụ.
2. Cải cách thể chế: 5 nhiệm vụ.
3. Cải cách thủ tục hành chính: 9 nhiệm vụ.
4. Cải cách tổ chức bộ máy hành chính: 6 nhiệm vụ.
5. Cải cách chế độ công vụ: 5 nhiệm vụ.
6. Cải cách tài chính công: 4 nhiệm vụ.
7. Xây dựng và phát triển chính quyền điện tử, chính quyền số: 8 nhiệm vụ.
IV. KINH PHÍ THỰC HIỆN
Tổng kinh phí dự kiến 4,86 tỷ đồng từ nguồn ngân sách tỉnh năm 2025.
V. TỔ CHỨC THỰC HIỆN
Sở Nội vụ chủ trì, theo dõi, đôn đốc; định kỳ hằng quý báo cáo UBND tỉnh trước
ngày 15 của tháng cuối quý.
                                        2""",
[]),

Case("WN2 provincial paper: DDCI 2023 of departments and districts in a pipe table (scores, ranks, averages, highest, lowest), '20 sở, ngành và 11 huyện', a PCI target, share buttons and related links",
"https://baobinhdinh.vn/viewer.aspx?macm=1&macmp=1&mabb=318742",
dt.date(2024, 3, 22),
"""Báo Bình Định điện tử
Thời sự | Kinh tế | Xã hội | Văn hóa | Thể thao | Bạn đọc
Công bố Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023
22/03/2024 | Lượt xem: 845
(BĐ) - Sáng 21/3, UBND tỉnh phối hợp với VCCI chi nhánh Đà Nẵng công bố kết quả DDCI năm 2023, đánh giá 20 sở, ngành và 11 huyện, thị xã, thành phố.
Kết quả, khối sở, ngành có điểm trung bình 74,36 điểm, tăng 1,82 điểm so với năm 2022; khối địa phương có điểm trung bình 72,15 điểm.
| Khối | Đơn vị dẫn đầu | Điểm | Đơn vị xếp cuối | Điểm |
| Sở, ngành | Sở Kế hoạch và Đầu tư | 82,41 | Sở Xây dựng | 66,08 |
| Huyện, thị xã, thành phố | TP. Quy Nhơn | 80,77 | Huyện An Lão | 63,90 |
Xếp thứ 2 khối sở là Sở Tư pháp (81,05 điểm), thứ 3 là Sở Công Thương (79,60 điểm); thị xã An Nhơn đứng thứ 2 khối địa phương với 78,12 điểm, tăng 3 bậc.
Theo UBND tỉnh, DDCI là công cụ quan trọng để cải thiện Chỉ số PCI; tỉnh phấn đấu năm 2024 đưa PCI vào nhóm 10 địa phương dẫn đầu cả nước.
Chia sẻ | In bài
Tin liên quan
- Bình Định tổ chức Hội nghị gặp mặt doanh nghiệp đầu xuân 2024
- Khởi công dự án khu đô thị mới Nhơn Hội
BÁO BÌNH ĐỊNH - Cơ quan của Đảng bộ tỉnh Bình Định""",
[]),

Case("WN3 English news page on the national PAR Index 2019: ministries' scores, national averages, unnamed highest and lowest, counts of localities, years in history, targets; no province named",
"https://en.vietnamplus.vn/par-index-2019-ministry-of-justice-leads-ministries-for-third-year-post172045.vnp",
dt.date(2020, 8, 20),
"""VietnamPlus - English
Home | Politics | Business | Society | Sci-Tech | Travel
PAR Index 2019: Ministry of Justice leads ministries for third year
Thursday, 20/08/2020 - 10:05
Hanoi (VNA) - The Ministry of Home Affairs on August 19 announced the 2019 Public Administration Reform Index (PAR Index, Chỉ số CCHC) of ministries, ministerial-level agencies and the 63 provinces and centrally-run cities.
Among 17 ministries and agencies, the Ministry of Justice topped the ranking with 90.13%, followed by the State Bank of Vietnam with 89.46% and the Ministry of Finance with 88.97%. The Ministry of Culture, Sports and Tourism came last with 76.50%.
For localities, the average PAR Index reached 81.30%, up 1.2 percentage points from 2018. The highest score was 90.84% and the lowest 75.02%; 29 of the 63 localities scored above the national average, and 8 localities scored above 85%.
The Satisfaction Index of Public Administrative Services (SIPAS) 2019 averaged 85.10% nationwide, the third year the index has been measured since 2017.
The ministry said the index, first applied in 2012, will be revised to reflect digital transformation. By 2025, all ministries and localities are targeted to score above 80%.
VNA
Related news
- Government calls for faster digital transformation in public services
- Online public service portal connects 63 localities
Share: Facebook | Twitter""",
[]),
]


def test_round_w_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round W prose", ROUND_W, capsys)


def test_round_w_tables_meet_the_target() -> None:
    assert_table_target(TABLES_W)


@pytest.mark.parametrize("case", NEGATIVES_W, ids=ids(NEGATIVES_W))
def test_round_w_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_W + TABLES_W, ids=ids(ROUND_W + TABLES_W))
def test_round_w_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
