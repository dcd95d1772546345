"""Blind round AC: short-form and social publishing as the crawler keeps it.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
other tests, and not to run the extractor). Theme: the short pages a crawler keeps from
provincial portals and papers, 2019-2026, many of them copied from social channels:

* fanpage and Zalo OA posts copied to a portal ("Bài đăng lại từ Fanpage ...", "Nguồn: Zalo
  OA ..."): an ALL-CAPS headline between emoji, one fact a line behind "👉", "✅", "📌",
  "▪️", "🏅", hashtags, a "🎯" target line, a hotline: PAR / SIPAS 2023 with three PAR fields
  and a field's fall (AC1), a month's dossiers with "⏳ Đang giải quyết" and the month's
  service index (AC2), a 2019 year-end post with the plan's tasks, dossiers and PAR / SIPAS
  2018 (AC11), a 2026 post of an unchanged province with the January service index x/34,
  the month's dossiers and the 2025 plan's tasks (AC12);
* news briefs (tin vắn, 60-150 words): PCI and PAPI 2022 in one brief with a PAPI dimension
  beside the national average, the host never named (AC3); a digest of four briefs with the
  9-month tasks beside a Sở's "12/12 nhiệm vụ", dossiers under a rounded brief title, a
  district's online share and SIPAS 2020 (AC4);
* infographic alt-text and photo captions: "[Ảnh: Infographic: ...]" restating the body of a
  DTI 2022 card with three pillars, a national average and a named leader (AC5); PAR 2019 in
  the body, SIPAS 2019 only in a chart's caption, another province's lead in a screenshot's
  caption (AC6);
* headline + sapo teasers: an aggregator's teaser cut short after the PAR rank, with a
  "Cùng chủ đề" link (AC7); a Sở Nội vụ listing page of four teasers, each with its own
  date and year, the rank only in a teaser's headline (AC8);
* a "Tin liên quan" block repeating other articles' headline figures (AC9), one of them the
  body's own fact;
* quick-stat lines ("PAR INDEX 2024: 88,07% – hạng 27/63 ⬆️3"), a sidebar of eight lines of
  five indices, the service index, tasks and dossiers, published after the merger by an
  unchanged province (AC10);
* two ranking tables written as text: a fanpage's SIPAS 2022 top 10 with medals, en dashes
  ("Bà Rịa - Vũng Tàu – 86,88%"), an ellipsis and the host's own "📍" row (ACT1); the
  September 2023 service index of the Central Highlands, pipe-separated, "x/63" and arrow
  changes with "➖" for unchanged (ACT2);
* two negatives, figure-heavy but with no fact under the schema: a district's fanpage post on
  its portal (the district's own plan, one-stop dossiers, Đề án 06 tasks, a rank among
  districts, "14/14 xã", a target for the province; ACN1), and an infographic on a provincial
  portal of the national PAR / SIPAS 2023 release (averages, unnamed highest and lowest,
  "12/63", ministries, history, a target; ACN2).

Gold notes (judgement calls):

* A headline (or an alt-text, a brief's title, a link) restating the body is the same fact.
  A teaser's headline carrying a figure the sapo leaves out (AC8 "xếp thứ 13/63") states the
  teaser's fact: required.
* Emoji arrows beside a rank are the rank's change, signed as drawn: "hạng 27/63 ⬆️3" → +3,
  "⬇️6" → -6, "⬆️14 bậc" → +14; "➖" in a change column is unchanged, an optional 0 (round Q's
  "="). Medals before a numbered row add nothing to the number.
* ``rank_of`` is required when printed with the rank ("x/63", "x/34"); where only the article
  implies it (a PAR field "hạng 4", a pillar "hạng 15", a brief's second result "xếp thứ 27",
  a named leader, a table's rows), it is a separate optional fact (``implied_rank_of``).
* A PAR field "13,12/14 điểm" scores 13.12. "Lĩnh vực xây dựng và phát triển chính quyền điện
  tử, chính quyền số giảm 12 bậc" is that field's rank change (-12).
* Links in "Tin liên quan" / "Cùng chủ đề" with figures the body does not state are optional
  facts (round S): true as far as the page goes, but not what it reports. A link without a
  year would have none to key it, so the links here carry their years.
* A teaser cut with "..." keeps the figures printed before the cut (AC7 "xếp thứ 24/63,
  tăng..." gives the rank and its total, no change).
* Years: the measured year (PAR / SIPAS 2023 published 17/4/2024; DTI 2022 on 12/7/2023; PCI /
  PAPI 2022 in April 2023). AC10, published in June 2025 by Nghệ An (unchanged by the merger),
  keeps 2024 ranks and April 2025's service-index rank out of 63; AC12's January 2026 rank is
  out of 34. AC12's "Kế hoạch CCHC năm 2025: hoàn thành 44/46" posted in February 2026 is the
  2025 plan (period "2025"); AC10's "(đến 31/5/2025)" is "2025-05M".
* Dossiers carry ``scope`` "toàn tỉnh". "Trước và đúng hạn" together is not ``on_time_pct``
  (optional, as rounds O and Q); a lone "đúng hạn" in a 2019 report that does not split early
  from on-time is (AC11). An online count "(70,96%)" after the month's received count gives
  ``online_total`` = received only as an optional slot. "⏳ Đang giải quyết" is not resolved.
  AC8's "tỷ lệ hồ sơ trực tuyến đạt 58,3%" in the March teaser is March's ``online_pct``.
* Not facts: "🎯" targets ("TOP 5", "TOP 5/34", "trên 90%"), national averages and the unnamed
  highest / lowest, ministries, "nhóm trung bình cao" (AC10's PAPI keeps its score), "vào tốp
  10" in a headline, a district's figures in a digest (AC4 "Huyện Phụng Hiệp ... cao nhất
  tỉnh"), a Sở's tasks (AC4), Đề án 06 tasks, "159/159 xã", "166/166 xã", "64/64 xã",
  counts of VNeID accounts, history ("năm thứ 12", "kể từ năm 2012", "cao nhất từ trước đến
  nay" said of the province's own SIPAS, which stays a fact), a rounded brief title ("Hơn
  97% hồ sơ đúng hạn").
* A named leader in an alt-text or caption ("Dẫn đầu cả nước: Đà Nẵng (0,6514)", "Quảng Ninh
  dẫn đầu với 90,79%") is that province's rank 1 and score (the schema's "Quảng Ninh dẫn đầu
  với 90,1 điểm").

First score (extractor 1.11.0 at ea3fae2, on arrival): prose **0.942 / 0.784**, tables
**0.923**, one negative with a fact. What it missed: arrows as rank changes ("hạng 27/63 ⬆️3",
a table column of "⬆️3" / "⬇️2"), a department's own tasks ("Riêng Sở Tư pháp đã hoàn thành
12/12 nhiệm vụ") read as the province's, a district page whose headline opens with an emoji
("💥 HUYỆN BẠCH THÔNG: ..."), an infographic card's lines under its title ("🔹 Điểm tổng hợp:
0,4921 | Hạng: 19/63", "🔹 Dẫn đầu cả nước: Đà Nẵng (0,6514)"). After those fixes: 0.965 /
0.872, tables 0.976, negatives clean. Then: a plan named in the line ("📌 Kế hoạch CCHC năm
2025: hoàn thành 44/46 nhiệm vụ") against a headline's month, a cut-off date in parentheses
("(đến 31/5/2025)"), a line led by its month under a headline naming the monthly index, "của
các bộ, tỉnh" covering the provinces, the clause before another index going on with the last
one, a headline's month after the figure: 1.000 / 0.944, tables 0.976. Left: a teaser's
second sentence after a date line (AC8's March service index), dossier figures split by "|"
("tiếp nhận 512.306 | đã giải quyết 498.771"), the host's own row after a top-10 list ("📍 Hà
Nam: hạng 19/63 – 84,02%"). Each fix has a follow-up of its own sentences in
``test_extract_followups.py`` that fails before it.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, PAPI, PAR, PCI, SIPAS, Case, dos, idx, implied_rank_of, optional, svc, task

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
TTHC = "Cải cách thủ tục hành chính"
BOMAY = "Cải cách tổ chức bộ máy hành chính"
TAICHINH = "Cải cách tài chính công"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


ROUND_AC: list[Case] = [
# ------------------------------------------------------------------ fanpage and Zalo OA posts copied to a portal
Case("AC1 provincial portal reposting a Sở Nội vụ fanpage post: ALL-CAPS headline between emoji, '👉 PAR INDEX 2023: x% – xếp thứ 10/63 ⬆️7', SIPAS 2023, three PAR fields '✅ ... x/14 điểm – hạng 4', a field's fall in words, a '🎯' target, hashtags, '159/159 xã' in 'Tin khác'",
"https://binhdinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/binh-dinh-tang-7-bac-chi-so-cai-cach-hanh-chinh-nam-2023-1284.html",
dt.date(2024, 4, 19),
"""🎉 BÌNH ĐỊNH TĂNG 7 BẬC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 🎉
Trang chủ > Tin tức > Cải cách hành chính
19/04/2024 | Lượt xem: 842
(Bài đăng lại từ Fanpage Sở Nội vụ tỉnh Bình Định)
Chiều 17/4, Ban Chỉ đạo CCHC của Chính phủ công bố Chỉ số CCHC (PAR INDEX) và Chỉ số SIPAS năm 2023. Kết quả của tỉnh ta:
👉 PAR INDEX 2023: 89,27% – xếp thứ 10/63 ⬆️7
👉 SIPAS 2023: 84,66% – xếp thứ 21/63
✅ Lĩnh vực cải cách thủ tục hành chính: 13,12/14 điểm – hạng 4
✅ Lĩnh vực cải cách tổ chức bộ máy hành chính: 9,48/10 điểm – hạng 6
✅ Lĩnh vực cải cách tài chính công: hạng 38
❗ Lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số giảm 12 bậc, cần tập trung khắc phục.
🎯 Năm 2024, tỉnh phấn đấu vào TOP 5 cả nước!
Cảm ơn sự đồng hành của người dân, doanh nghiệp 💙
#CCHC #BinhDinh #PARINDEX2023 #SIPAS2023
Tin khác
- Bình Định: 159/159 xã, phường, thị trấn niêm yết TTHC đúng quy định
- Tập huấn Chỉ số SIPAS cho công chức Bộ phận Một cửa
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH""",
[idx("Bình Định", PAR, 2023, score=89.27, rank=10, rank_of=63, rank_change=7),
 idx("Bình Định", SIPAS, 2023, score=84.66, rank=21, rank_of=63),
 idx("Bình Định", PAR, 2023, TTHC, score=13.12, rank=4),
 idx("Bình Định", PAR, 2023, BOMAY, score=9.48, rank=6),
 idx("Bình Định", PAR, 2023, TAICHINH, rank=38),
 implied_rank_of("Bình Định", PAR, 2023, 63, TTHC),
 implied_rank_of("Bình Định", PAR, 2023, 63, BOMAY),
 implied_rank_of("Bình Định", PAR, 2023, 63, TAICHINH),
 idx("Bình Định", PAR, 2023, EGOV, rank_change=-12)]),

Case("AC2 provincial portal copying a Zalo OA post of the Trung tâm Phục vụ hành chính công: one month's dossiers as '✅ Tiếp nhận: ...' lines, 'trước và đúng hạn' together, online count with its share, '⏳ Đang giải quyết', the month's service index with a change, a hotline",
"https://laocai.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-giai-quyet-thu-tuc-hanh-chinh-thang-5-2024-1187402",
dt.date(2024, 6, 12),
"""📊 KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH THÁNG 5/2024
Nguồn: Zalo OA Trung tâm Phục vụ hành chính công tỉnh Lào Cai
12/06/2024 08:15
Trong tháng 5/2024, trên địa bàn toàn tỉnh:
✅ Tiếp nhận: 38.214 hồ sơ
✅ Đã giải quyết: 36.905 hồ sơ
✅ Giải quyết trước và đúng hạn: 99,12%
✅ Nộp trực tuyến: 27.118 hồ sơ (70,96%)
⏳ Đang giải quyết: 1.309 hồ sơ
🏅 Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 5/2024 của tỉnh đạt 86,41 điểm, xếp thứ 8/63, tăng 2 bậc so với tháng 4.
📱 Quét mã QR trên phiếu hẹn để tra cứu tình trạng hồ sơ. Hotline: 0214.3822.559
#LaoCai #DichVuCong #HanhChinhCong
Chia sẻ | In bài""",
[_scope(dos("Lào Cai", "2024-05", received=38214, resolved=36905, online=27118, online_pct=70.96), TT),
 # "trước và đúng hạn" together; the online share's denominator is the received count
 optional(_scope(dos("Lào Cai", "2024-05", on_time_pct=99.12, online_total=38214), TT)),
 svc("Lào Cai", "2024-05", score=86.41, rank=8, rank_of=63, rank_change=2)]),

# ------------------------------------------------------------------ news briefs (tin vắn)
Case("AC3 provincial paper's brief (about 80 words), the host never named: PCI 2022 x/63 with a fall, PAPI 2022 rank without its total and a rise, a PAPI dimension beside the national average, a target",
"https://baoquangngai.vn/kinh-te/202304/tin-van-chi-so-pci-va-papi-2022-cua-tinh-3174521/",
dt.date(2023, 4, 13),
"""Tin vắn: PCI và PAPI 2022 của tỉnh
13/04/2023 - 06:30
(Báo Quảng Ngãi) - Theo Báo cáo PCI 2022 do VCCI công bố ngày 11/4, tỉnh đạt 64,82 điểm, xếp thứ 33/63, giảm 2 bậc so với năm 2021. Ngày 12/4, Báo cáo PAPI 2022 cũng được công bố: tỉnh đạt 42,18 điểm, xếp thứ 27, tăng 11 bậc; nội dung Quản trị điện tử đạt 3,95 điểm, cao hơn mức trung bình cả nước (3,57 điểm). Tỉnh phấn đấu năm 2023 đưa PCI vào nhóm 25 địa phương dẫn đầu.
T.Q
Chia sẻ | In bài""",
[idx("Quảng Ngãi", PCI, 2022, score=64.82, rank=33, rank_of=63, rank_change=-2),
 idx("Quảng Ngãi", PAPI, 2022, score=42.18, rank=27, rank_change=11),
 implied_rank_of("Quảng Ngãi", PAPI, 2022, 63),
 idx("Quảng Ngãi", PAPI, 2022, "Quản trị điện tử", score=3.95)]),

Case("AC4 provincial paper's digest of four briefs: 9-month tasks beside a Sở's '12/12 nhiệm vụ', dossiers under a rounded title 'Hơn 97%', 'trước và đúng hạn' together, a district's online share 'cao nhất tỉnh', SIPAS 2020 'cao nhất từ trước đến nay'",
"https://baohaugiang.com.vn/cai-cach-hanh-chinh/tin-van-cai-cach-hanh-chinh-ngay-8-10-2021-109876.html",
dt.date(2021, 10, 8),
"""TIN VẮN CẢI CÁCH HÀNH CHÍNH
Thứ Sáu, 08/10/2021 - 14:20
* Hoàn thành 30/42 nhiệm vụ: Theo Sở Nội vụ, 9 tháng năm 2021, tỉnh đã hoàn thành 30/42 nhiệm vụ theo Kế hoạch CCHC năm 2021, 12 nhiệm vụ còn lại đang triển khai đúng tiến độ. Riêng Sở Tư pháp đã hoàn thành 12/12 nhiệm vụ được giao trong kế hoạch.
* Hơn 97% hồ sơ đúng hạn: 9 tháng qua, toàn tỉnh tiếp nhận 142.680 hồ sơ TTHC, đã giải quyết 138.904 hồ sơ, tỷ lệ giải quyết trước và đúng hạn đạt 97,6%.
* Huyện Phụng Hiệp dẫn đầu về hồ sơ trực tuyến: Trong quý III, huyện tiếp nhận 3.215 hồ sơ trực tuyến, chiếm 41,2%, cao nhất tỉnh.
* SIPAS tăng hạng: Chỉ số SIPAS năm 2020 của tỉnh đạt 87,02%, xếp thứ 6/63 tỉnh, thành phố, là kết quả cao nhất từ trước đến nay.
THANH HOA
Tin cùng chuyên mục
- Hậu Giang: Tập huấn sử dụng hệ thống một cửa điện tử cho cán bộ cấp xã
BÁO HẬU GIANG ĐIỆN TỬ""",
[task("Hậu Giang", "2021-09M", 30, 42),
 _scope(dos("Hậu Giang", "2021-09M", received=142680, resolved=138904), TT),
 # "trước và đúng hạn" together
 optional(_scope(dos("Hậu Giang", "2021-09M", on_time_pct=97.6), TT)),
 idx("Hậu Giang", SIPAS, 2020, score=87.02, rank=6, rank_of=63)]),

# ------------------------------------------------------------------ infographic alt-text and photo captions
Case("AC5 department site's infographic page: '[Ảnh: Infographic: ...]' alt-text restating the card, '🔹 Điểm tổng hợp: x | Hạng: 19/63 | ⬆️14 bậc', three pillars 'x – hạng n', a national average, a named leader in brackets",
"https://stttt.hatinh.gov.vn/tin-tuc/chuyen-doi-so/infographic-chi-so-dti-2022-cua-ha-tinh-2041.html",
dt.date(2023, 7, 14),
"""Infographic: Chỉ số chuyển đổi số (DTI) năm 2022 của Hà Tĩnh
14/07/2023 | Lượt xem: 405
Trang chủ > Chuyển đổi số
[Ảnh: Infographic: Hà Tĩnh xếp thứ 19/63 về Chỉ số DTI năm 2022 với 0,4921 điểm, tăng 14 bậc so với năm 2021]
CHỈ SỐ DTI 2022 – HÀ TĨNH
🔹 Điểm tổng hợp: 0,4921 | Hạng: 19/63 | ⬆️14 bậc
🔹 Chính quyền số: 0,5210 – hạng 15
🔹 Kinh tế số: 0,3802 – hạng 33
🔹 Xã hội số: 0,5544 – hạng 21
🔹 Điểm trung bình cả nước: 0,4778
🔹 Dẫn đầu cả nước: Đà Nẵng (0,6514)
Thiết kế: Minh Hiếu – Nguồn: Bộ Thông tin và Truyền thông
Tin khác
- Hà Tĩnh ra mắt 216 tổ công nghệ số cộng đồng
SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ TĨNH""",
[idx("Hà Tĩnh", DTI, 2022, score=0.4921, rank=19, rank_of=63, rank_change=14),
 idx("Hà Tĩnh", DTI, 2022, "Chính quyền số", score=0.521, rank=15),
 idx("Hà Tĩnh", DTI, 2022, "Kinh tế số", score=0.3802, rank=33),
 idx("Hà Tĩnh", DTI, 2022, "Xã hội số", score=0.5544, rank=21),
 implied_rank_of("Hà Tĩnh", DTI, 2022, 63, "Chính quyền số"),
 implied_rank_of("Hà Tĩnh", DTI, 2022, 63, "Kinh tế số"),
 implied_rank_of("Hà Tĩnh", DTI, 2022, 63, "Xã hội số"),
 idx("Đà Nẵng", DTI, 2022, score=0.6514, rank=1),
 implied_rank_of("Đà Nẵng", DTI, 2022, 63)]),

Case("AC6 provincial portal, a conference with three photo captions: PAR 2019 in the body, SIPAS 2019 only in a chart's caption '(x%, xếp thứ 31/63)', another province's lead in a screenshot's caption, a target",
"https://soctrang.gov.vn/tin-tuc/soc-trang-quan-triet-ket-qua-chi-so-cchc-va-sipas-nam-2019-28154.html",
dt.date(2020, 6, 3),
"""Sóc Trăng quán triệt kết quả Chỉ số CCHC và SIPAS năm 2019
03/06/2020 09:10 | Lượt xem: 296
Chiều 2/6, UBND tỉnh tổ chức hội nghị quán triệt kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2019 và triển khai giải pháp khắc phục hạn chế. Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Quang cảnh hội nghị. Ảnh: Minh Khang
Theo kết quả Bộ Nội vụ công bố, Chỉ số CCHC năm 2019 của tỉnh Sóc Trăng đạt 79,12%, xếp thứ 44/63, giảm 6 bậc so với năm 2018.
Biểu đồ kết quả Chỉ số SIPAS năm 2019 của tỉnh (82,35%, xếp thứ 31/63). Ảnh: Minh Khang
Tại hội nghị, Giám đốc Sở Nội vụ phân tích các tiêu chí bị mất điểm, tập trung ở lĩnh vực hiện đại hóa hành chính và cải cách tài chính công.
Ảnh chụp màn hình bảng xếp hạng Chỉ số CCHC năm 2019: Quảng Ninh dẫn đầu với 90,79%. Ảnh: Minh Khang
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương phấn đấu năm 2020 Chỉ số CCHC của tỉnh tăng ít nhất 10 bậc.
Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo. Ảnh: Minh Khang
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG""",
[idx("Sóc Trăng", PAR, 2019, score=79.12, rank=44, rank_of=63, rank_change=-6),
 idx("Sóc Trăng", SIPAS, 2019, score=82.35, rank=31, rank_of=63),
 idx("Quảng Ninh", PAR, 2019, score=90.79, rank=1),
 implied_rank_of("Quảng Ninh", PAR, 2019, 63)]),
# ------------------------------------------------------------------ headline + sapo teasers
Case("AC7 news aggregator (no host province) keeping a paper's headline and sapo only: SIPAS 2022 x/63 with a rise, PAR 2022 'xếp thứ 24/63, tăng...' cut short, 'vào tốp 10' in the headline, a 'Cùng chủ đề' link with the 9-month tasks of 2022",
"https://baomoi.com/sipas-2022-ca-mau-vao-top-10-ca-nuoc-c45712390.epi",
dt.date(2023, 4, 21),
"""SIPAS 2022: Cà Mau vào tốp 10 cả nước
Báo Cà Mau - 21/04/2023 07:12
(CMO) Theo kết quả Bộ Nội vụ vừa công bố, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2022 của tỉnh Cà Mau đạt 85,92%, đứng thứ 7/63 tỉnh, thành phố, tăng 15 bậc so với năm 2021. Cùng với đó, Chỉ số CCHC năm 2022 của tỉnh xếp thứ 24/63, tăng...
Đọc bài gốc tại Báo Cà Mau »
Cùng chủ đề
- Cà Mau: 9 tháng năm 2022 hoàn thành 35/45 nhiệm vụ cải cách hành chính
- Phó Chủ tịch UBND tỉnh kiểm tra công tác CCHC tại huyện Trần Văn Thời
Báo Mới - Tin tức 24h""",
[idx("Cà Mau", SIPAS, 2022, score=85.92, rank=7, rank_of=63, rank_change=15),
 idx("Cà Mau", PAR, 2022, rank=24, rank_of=63),
 # a linked article's headline
 optional(task("Cà Mau", "2022-09M", 35, 45))]),

Case("AC8 Sở Nội vụ category page of four teasers (headline, date, sapo, 'Xem tiếp'): PAR 2023 rank only in the headline, SIPAS 2023, March 2024 service index with a fall and online share, the 2023 plan's '28/30 nhiệm vụ', a teaser without figures, pagination",
"https://sonoivu.tuyenquang.gov.vn/GroupNews/5/Cai-cach-hanh-chinh.html",
dt.date(2024, 5, 6),
"""CẢI CÁCH HÀNH CHÍNH
Trang chủ / Tin tức / Cải cách hành chính
Chỉ số CCHC năm 2023 của tỉnh Tuyên Quang xếp thứ 13/63
18/04/2024
Ngày 17/4/2024, Ban Chỉ đạo CCHC của Chính phủ công bố Chỉ số CCHC năm 2023 của các bộ, tỉnh. Tuyên Quang đạt 88,46%, tăng 9 bậc so với năm 2022; Chỉ số SIPAS đạt 84,10%... Xem tiếp
Tháng 3/2024: Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 84,90 điểm
12/04/2024
Theo Văn phòng Chính phủ, tháng 3/2024 tỉnh xếp thứ 17/63, giảm 4 bậc so với tháng 2; tỷ lệ hồ sơ trực tuyến đạt 58,3%... Xem tiếp
Năm 2023: Tuyên Quang hoàn thành 28/30 nhiệm vụ CCHC
10/01/2024
Năm 2023, tỉnh đã hoàn thành 28/30 nhiệm vụ theo Kế hoạch CCHC, 2 nhiệm vụ chuyển sang năm 2024 do phụ thuộc hướng dẫn của Trung ương... Xem tiếp
Tập huấn nghiệp vụ kiểm soát TTHC năm 2024
05/01/2024
Sở Nội vụ phối hợp Văn phòng UBND tỉnh tổ chức tập huấn cho 180 công chức làm công tác kiểm soát TTHC, Bộ phận Một cửa các cấp... Xem tiếp
Trang 1 2 3 4 5 ... 42
SỞ NỘI VỤ TỈNH TUYÊN QUANG""",
[idx("Tuyên Quang", PAR, 2023, score=88.46, rank=13, rank_of=63, rank_change=9),
 idx("Tuyên Quang", SIPAS, 2023, score=84.1),
 svc("Tuyên Quang", "2024-03", score=84.9, rank=17, rank_of=63, rank_change=-4),
 _scope(dos("Tuyên Quang", "2024-03", online_pct=58.3), TT),
 task("Tuyên Quang", "2023", 28, 30)]),

# ------------------------------------------------------------------ a "Tin liên quan" block
Case("AC9 provincial paper, DTI 2022 with two pillars, a photo caption, a target; a 'Tin liên quan' block repeating the body's fact and three other articles' headline figures (PAPI 2022 x/63, PAR 2022 rank and rise, another province's PCI 2022)",
"https://baodongnai.com.vn/chuyen-doi-so/202307/dti-2022-dong-nai-tang-9-bac-3162847/",
dt.date(2023, 7, 18),
"""DTI 2022: Đồng Nai tăng 9 bậc
Thứ Ba, 18/07/2023 - 06:45
(ĐN) - Theo kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2022 do Bộ Thông tin và Truyền thông công bố ngày 12/7, Đồng Nai đạt 0,4704 điểm, xếp thứ 23/63 tỉnh, thành phố, tăng 9 bậc so với năm 2021. Trong 3 trụ cột, Xã hội số của tỉnh xếp thứ 12, Chính quyền số xếp thứ 27.
Người dân tra cứu hồ sơ trên ứng dụng Đồng Nai Smart. Ảnh: H.Lộc
Sở Thông tin và Truyền thông cho biết, năm 2023 tỉnh phấn đấu đưa DTI vào nhóm 15 địa phương dẫn đầu.
HẠNH DUNG
Tin liên quan
- Đồng Nai tăng 9 bậc về chuyển đổi số
- PAPI 2022: Đồng Nai đạt 41,86 điểm, xếp thứ 30/63
- Chỉ số CCHC năm 2022 của Đồng Nai tăng 6 bậc, xếp thứ 35
- Bình Dương xếp thứ 2 cả nước về Chỉ số PCI 2022
Bình luận (0)
BÁO ĐỒNG NAI ĐIỆN TỬ""",
[idx("Đồng Nai", DTI, 2022, score=0.4704, rank=23, rank_of=63, rank_change=9),
 idx("Đồng Nai", DTI, 2022, "Xã hội số", rank=12),
 idx("Đồng Nai", DTI, 2022, "Chính quyền số", rank=27),
 implied_rank_of("Đồng Nai", DTI, 2022, 63, "Xã hội số"),
 implied_rank_of("Đồng Nai", DTI, 2022, 63, "Chính quyền số"),
 # other articles' headlines in "Tin liên quan"
 optional(idx("Đồng Nai", PAPI, 2022, score=41.86, rank=30, rank_of=63)),
 optional(idx("Đồng Nai", PAR, 2022, rank=35, rank_change=6, rank_of=63)),
 optional(idx("Bình Dương", PCI, 2022, rank=2, rank_of=63))]),

# ------------------------------------------------------------------ quick-stat lines
Case("AC10 Sở Nội vụ sidebar 'SỐ LIỆU NHANH' of an unchanged province, June 2025: eight '📌' lines, 'PAR INDEX 2024: x% – hạng 27/63 ⬆️3', SIPAS '⬇️6', PAPI with a quartile group, PCI 2024, DTI 2023, April 2025's service index x/63, tasks '(đến 31/5/2025)', 5-month dossiers with '|', a target line",
"https://sonoivu.nghean.gov.vn/tin-tuc/cai-cach-hanh-chinh/so-lieu-nhanh-cai-cach-hanh-chinh-3312.html",
dt.date(2025, 6, 3),
"""SỐ LIỆU NHANH CẢI CÁCH HÀNH CHÍNH NGHỆ AN
Cập nhật: 03/06/2025
📌 PAR INDEX 2024: 88,07% – hạng 27/63 ⬆️3
📌 SIPAS 2024: 83,30% – hạng 40/63 ⬇️6
📌 PAPI 2024: 42,05 điểm – nhóm trung bình cao
📌 PCI 2024: 66,37 điểm – hạng 24/63 ⬆️11
📌 DTI 2023: 0,5420 điểm – hạng 26/63
📌 Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 4/2025: 84,55 điểm – hạng 19/63
📌 Kế hoạch CCHC năm 2025: hoàn thành 14/47 nhiệm vụ (đến 31/5/2025)
📌 Hồ sơ 5 tháng đầu năm 2025: tiếp nhận 512.306 | đã giải quyết 498.771 | trực tuyến 64,8%
🎯 Mục tiêu năm 2025: PAR INDEX trên 90%, SIPAS trên 85%
Nguồn: Sở Nội vụ tỉnh Nghệ An
SỞ NỘI VỤ TỈNH NGHỆ AN - Số 2 Trường Thi, TP. Vinh""",
[idx("Nghệ An", PAR, 2024, score=88.07, rank=27, rank_of=63, rank_change=3),
 idx("Nghệ An", SIPAS, 2024, score=83.3, rank=40, rank_of=63, rank_change=-6),
 idx("Nghệ An", PAPI, 2024, score=42.05),
 idx("Nghệ An", PCI, 2024, score=66.37, rank=24, rank_of=63, rank_change=11),
 idx("Nghệ An", DTI, 2023, score=0.542, rank=26, rank_of=63),
 svc("Nghệ An", "2025-04", score=84.55, rank=19, rank_of=63),
 task("Nghệ An", "2025-05M", 14, 47),
 _scope(dos("Nghệ An", "2025-05M", received=512306, resolved=498771, online_pct=64.8), TT)]),

# ------------------------------------------------------------------ more reposts: 2019 and 2026
Case("AC11 provincial portal copying its own Zalo OA post, January 2020: '📌 NĂM 2019 – ... HOÀN THÀNH 35/36 NHIỆM VỤ' headline restated in a '▪️' line, dossiers with a lone 'đúng hạn' and 'trễ hạn', online count 'mức độ 3, 4', '64/64 xã', PAR 2018 rank and SIPAS 2018 in one line, a target",
"https://baclieu.gov.vn/-/nam-2019-bac-lieu-hoan-thanh-35-36-nhiem-vu-cai-cach-hanh-chinh",
dt.date(2020, 1, 9),
"""📌 NĂM 2019 – BẠC LIÊU HOÀN THÀNH 35/36 NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH
09/01/2020 | 15:30
(Tin từ Zalo OA Cổng Thông tin điện tử tỉnh Bạc Liêu)
Một số kết quả nổi bật năm 2019:
▪️ Hoàn thành 35/36 nhiệm vụ theo Kế hoạch CCHC năm 2019 (đạt 97,2%).
▪️ Tiếp nhận 186.420 hồ sơ TTHC; đã giải quyết 184.117 hồ sơ.
▪️ Tỷ lệ giải quyết đúng hạn: 99,2%; trễ hạn: 0,8%.
▪️ Hồ sơ trực tuyến mức độ 3, 4: 12.306 hồ sơ.
▪️ 64/64 xã, phường, thị trấn có Bộ phận Một cửa hiện đại.
▪️ Chỉ số CCHC năm 2018 của tỉnh xếp hạng 41/63; Chỉ số SIPAS năm 2018 đạt 80,46%.
👉 Năm 2020, tỉnh phấn đấu 100% TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3, 4.
#BacLieu #CCHC
Ý kiến bạn đọc (0)""",
[task("Bạc Liêu", "2019", 35, 36),
 _scope(dos("Bạc Liêu", "2019", received=186420, resolved=184117, on_time_pct=99.2, late_pct=0.8, online=12306), TT),
 idx("Bạc Liêu", PAR, 2018, rank=41, rank_of=63),
 idx("Bạc Liêu", SIPAS, 2018, score=80.46)]),

Case("AC12 provincial portal reposting a fanpage post of an unchanged province, February 2026: '🔥 ... TĂNG 5 BẬC ... 🔥', January 2026 service index x/34 '⬆️5', the month's dossiers with '|', a late share, '166/166 xã', the 2025 plan's tasks posted in 2026, a 'TOP 5/34' target",
"https://thanhhoa.gov.vn/portal/Pages/2026-2-12/thanh-hoa-tang-5-bac-bo-chi-so-phuc-vu-thang-1-2026.aspx",
dt.date(2026, 2, 12),
"""🔥 THANH HÓA TĂNG 5 BẬC BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP THÁNG 1/2026 🔥
12/02/2026 | 09:05
(Đăng lại từ Fanpage "Thanh Hóa - Chính quyền số")
Theo kết quả Văn phòng Chính phủ công bố trên Cổng Dịch vụ công quốc gia:
📌 Tháng 1/2026: 88,74 điểm – xếp thứ 4/34 tỉnh, thành phố ⬆️5
📌 Hồ sơ tiếp nhận trong tháng: 102.316 | nộp trực tuyến: 81.240 (79,4%)
📌 Tỷ lệ hồ sơ trễ hạn: 0,62%
📌 166/166 xã, phường đã triển khai thanh toán trực tuyến phí, lệ phí
📌 Kế hoạch CCHC năm 2025: hoàn thành 44/46 nhiệm vụ
🎯 Năm 2026: phấn đấu giữ vững TOP 5/34 tỉnh, thành phố
👏 Cảm ơn người dân, doanh nghiệp đã đồng hành cùng chính quyền tỉnh!
#ThanhHoa #DichVuCong #CCHC
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA""",
[svc("Thanh Hóa", "2026-01", score=88.74, rank=4, rank_of=34, rank_change=5),
 _scope(dos("Thanh Hóa", "2026-01", received=102316, online=81240, online_pct=79.4, late_pct=0.62), TT),
 # the online share's denominator is the month's received count
 optional(_scope(dos("Thanh Hóa", "2026-01", online_total=102316), TT)),
 task("Thanh Hóa", "2025", 44, 46)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _sipas22(province: str, rank: int, score: float) -> list[dict[str, object]]:
    return [idx(province, SIPAS, 2022, score=score, rank=rank), implied_rank_of(province, SIPAS, 2022, 63)]


def _svc_row(province: str, score: float, rank: int, change: int) -> list[dict[str, object]]:
    facts = [svc(province, "2023-09", score=score, rank=rank, rank_of=63)]
    if change:
        facts.append(svc(province, "2023-09", rank_change=change))
    else:  # "➖" in the change column: unchanged, neither rewarded nor penalised
        facts.append(optional(svc(province, "2023-09", rank_change=0)))
    return facts


TABLES_AC: list[Case] = [
Case("ACT1 SNV site reposting a fanpage's SIPAS 2022 top 10: ALL-CAPS title 'CAO NHẤT CẢ NƯỚC', medals before the first three numbered rows, 'Tỉnh – x%' with an en dash (and 'Bà Rịa - Vũng Tàu – x%'), an ellipsis, the host's '📍' row x/63, a national average, hashtags",
"https://sonoivu.hanam.gov.vn/tin-tuc/top-10-dia-phuong-co-chi-so-sipas-2022-cao-nhat-2218.html",
dt.date(2023, 4, 21),
"""🏆 TOP 10 ĐỊA PHƯƠNG CÓ CHỈ SỐ SIPAS 2022 CAO NHẤT CẢ NƯỚC
21/04/2023 | Lượt xem: 517
(Đăng lại từ Fanpage Sở Nội vụ tỉnh Hà Nam)
🥇 1. Quảng Ninh – 88,95%
🥈 2. Hải Phòng – 88,12%
🥉 3. Bắc Giang – 87,60%
4. Ninh Bình – 87,31%
5. Đồng Tháp – 87,05%
6. Bà Rịa - Vũng Tàu – 86,88%
7. Hà Tĩnh – 86,70%
8. Thừa Thiên Huế – 86,52%
9. Long An – 86,39%
10. Bình Dương – 86,21%
...
📍 Hà Nam: hạng 19/63 – 84,02%
📉 Trung bình cả nước: 81,96%
#SIPAS2022 #HaNam
Nguồn: Bộ Nội vụ
SỞ NỘI VỤ TỈNH HÀ NAM""",
_sipas22("Quảng Ninh", 1, 88.95) + _sipas22("Hải Phòng", 2, 88.12) + _sipas22("Bắc Giang", 3, 87.6)
+ _sipas22("Ninh Bình", 4, 87.31) + _sipas22("Đồng Tháp", 5, 87.05) + _sipas22("Bà Rịa - Vũng Tàu", 6, 86.88)
+ _sipas22("Hà Tĩnh", 7, 86.7) + _sipas22("Thừa Thiên Huế", 8, 86.52) + _sipas22("Long An", 9, 86.39)
+ _sipas22("Bình Dương", 10, 86.21)
+ [idx("Hà Nam", SIPAS, 2022, score=84.02, rank=19, rank_of=63)],
table=True),

Case("ACT2 provincial paper: the September 2023 service index of the Central Highlands, pipe-separated, national rank 'x/63', arrow changes '⬆️3' / '⬇️2' with '➖' for unchanged, a national-average row, a headline restating the host's row",
"https://baogialai.com.vn/bo-chi-so-phuc-vu-thang-9-2023-gia-lai-xep-thu-22-63-post279514.html",
dt.date(2023, 10, 12),
"""Bộ chỉ số phục vụ tháng 9/2023: Gia Lai xếp thứ 22/63
Thứ Năm, 12/10/2023, 07:20
(GLO) - Văn phòng Chính phủ vừa công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công tháng 9/2023 của 63 tỉnh, thành phố.
📊 KẾT QUẢ CÁC TỈNH TÂY NGUYÊN – THÁNG 9/2023
Tỉnh | Điểm | Hạng toàn quốc | So với tháng 8
Lâm Đồng | 85,12 | 14/63 | ⬆️3
Gia Lai | 83,47 | 22/63 | ⬇️2
Đắk Lắk | 81,90 | 29/63 | ➖
Kon Tum | 80,26 | 35/63 | ⬆️8
Đắk Nông | 76,05 | 51/63 | ⬇️5
Bình quân cả nước | 79,41 | – | –
Nguồn: Cổng Dịch vụ công quốc gia
Tin liên quan
- Gia Lai: 220/220 xã, phường, thị trấn số hóa kết quả giải quyết TTHC
BÁO GIA LAI ĐIỆN TỬ""",
_svc_row("Lâm Đồng", 85.12, 14, 3) + _svc_row("Gia Lai", 83.47, 22, -2) + _svc_row("Đắk Lắk", 81.9, 29, 0)
+ _svc_row("Kon Tum", 80.26, 35, 8) + _svc_row("Đắk Nông", 76.05, 51, -5),
table=True),
]


NEGATIVES_AC: list[Case] = [
Case("ACN1 district portal under a provincial domain reposting the district's fanpage post: the district's own plan '18/25 nhiệm vụ', its one-stop dossiers and online share, Đề án 06 '24/25 nhiệm vụ', '14/14 xã', VNeID accounts, a rank among districts '2/8', a target for the province's PAR",
"https://bachthong.backan.gov.vn/tin-tuc/hoat-dong-cua-huyen/bach-thong-6-thang-dau-nam-2024-nhung-con-so-an-tuong-ve-cchc-1562.html",
dt.date(2024, 7, 8),
"""💥 HUYỆN BẠCH THÔNG: 6 THÁNG ĐẦU NĂM 2024 – NHỮNG CON SỐ ẤN TƯỢNG VỀ CCHC VÀ CHUYỂN ĐỔI SỐ 💥
Trang chủ > Tin tức > Hoạt động của huyện
08/07/2024 | Lượt xem: 211
(Theo Fanpage UBND huyện Bạch Thông)
✅ Hoàn thành 18/25 nhiệm vụ theo Kế hoạch CCHC năm 2024 của huyện
✅ Bộ phận Một cửa huyện tiếp nhận 3.412 hồ sơ, giải quyết đúng hạn 99,6%
✅ Tỷ lệ hồ sơ trực tuyến cấp huyện: 71,3%
✅ Đề án 06: hoàn thành 24/25 nhiệm vụ
✅ 14/14 xã, thị trấn có tổ công nghệ số cộng đồng
✅ 8.350 tài khoản định danh điện tử mức độ 2 được kích hoạt
🏆 Chỉ số CCHC năm 2023 của huyện xếp thứ 2/8 huyện, thành phố
🎯 6 tháng cuối năm: phấn đấu hoàn thành 25/25 nhiệm vụ, góp phần đưa Chỉ số CCHC của tỉnh vào TOP 30 cả nước
#BachThong #BacKan #CCHC
UBND HUYỆN BẠCH THÔNG - TỈNH BẮC KẠN""",
[]),

Case("ACN2 provincial portal's infographic page on the national PAR / SIPAS 2023 release: alt-text, '📌' lines of averages, unnamed highest and lowest, '12/63 địa phương', ministries' average and leader, SIPAS average, '59/63', the fields' averages, history 'năm thứ 12 ... kể từ năm 2012', a national target",
"https://ninhthuan.gov.vn/portal/Pages/2024-4-19/Infographic-Chi-so-CCHC-va-SIPAS-nam-2023-nhung-con-so-noi-bat.aspx",
dt.date(2024, 4, 19),
"""Infographic: Chỉ số CCHC và SIPAS năm 2023 – những con số nổi bật
Trang chủ > Cải cách hành chính
19/04/2024 | Lượt xem: 358
[Ảnh: Infographic những con số nổi bật về Chỉ số CCHC, SIPAS năm 2023 của các bộ, tỉnh]
📌 Năm thứ 12 triển khai xác định Chỉ số CCHC (kể từ năm 2012)
📌 Giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố: 87,08%, tăng 2,13% so với năm 2022
📌 Điểm cao nhất: 91,66% | Điểm thấp nhất: 80,09%
📌 12/63 địa phương đạt trên 90% (nhóm A)
📌 Khối bộ: trung bình 86,97%; Bộ Tư pháp dẫn đầu với 91,81%, Ngân hàng Nhà nước Việt Nam xếp thứ 2
📌 SIPAS 2023 trung bình cả nước: 82,66%; 59/63 tỉnh, thành phố đạt trên 80%
📌 Lĩnh vực cải cách thủ tục hành chính có giá trị trung bình cao nhất, cải cách tài chính công thấp nhất
🎯 Mục tiêu đến năm 2025: 100% tỉnh, thành phố đạt trên 85%
Thiết kế: Thanh Tùng – Nguồn: Bộ Nội vụ
Tin khác
- Tập huấn kỹ năng khảo sát Chỉ số SIPAS năm 2024
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN""",
[]),
]


def test_round_ac_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AC prose", ROUND_AC, capsys)


def test_round_ac_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AC)


@pytest.mark.parametrize("case", NEGATIVES_AC, ids=ids(NEGATIVES_AC))
def test_round_ac_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AC + TABLES_AC, ids=ids(ROUND_AC + TABLES_AC))
def test_round_ac_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
