"""Blind round T: typography and encodings of crawled provincial reform pages.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S, U and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the
follow-up, metamorphic or other tests, and not to run the extractor). Theme: ordinary
provincial pages on the PAR Index, SIPAS, PCI, PGI, PAPI, DTI, the monthly service index, plan
tasks and dossiers, written with the typography real crawled pages carry:

* decomposed (NFD) Vietnamese in a whole page (T1, TT2, TN2) and NFC and NFD mixed paragraph by
  paragraph and inside one sentence (T2); the texts are built in this module with
  ``unicodedata.normalize`` so the file stays readable;
* non-breaking spaces (U+00A0) and narrow no-break spaces (U+202F) as thousands separators
  ("268\\u202f415", "147\\u00a0930"), before "%" and "điểm", and between every cell and word of a
  ranking table (TT1); zero-width spaces (U+200B) and soft hyphens (U+00AD) inside words,
  inside a component's name and once inside a number (T7);
* ALL-CAPS headlines, an ALL-CAPS lead carrying the facts and an ALL-CAPS figures box (T3, T8);
  a body without any diacritics on a page whose title and footer keep them (T4);
* old-style tone placement and spelling variants: "Thanh Hoá", "Khánh Hoà" beside "Khánh Hòa",
  "Hoà Bình", "Đăk Lăk" / "Dak Lak", "Đăk Nông", "TT-Huế", "Tp. Cần Thơ", "TP.HCM", "Lam Dong";
* curly quotes, en and em dashes, bullets "•", "–", "✓" starting component lines (T6, T8);
* text pasted from a PDF report (T5): hard line wraps in mid-sentence, in a component's name
  and between "năm" and its year, a lone page number, a two-column letterhead, and two numbers
  split across lines ("84,\\n37%", "523.\\n118 hồ sơ");
* stray spaces inside numbers ("0, 84 điểm", "812 . 537 hồ sơ", "0, 31 %", "54, 63 %",
  "0, 4218 điểm", "24, 6 %", "5, 67 %");
* traps in the same typography: targets, national averages and medians, regional ranks, a
  district-level city with the province's name ("thành phố Hoà Bình", "thành phố Huế" in 2022,
  "huyện Quảng Ninh" of Quảng Bình), DDCI, a chuyển đổi số plan's tasks, an online payment share,
  "x/x" fractions of districts and departments, a visitor poll's "hài lòng" shares;
* two ranking tables (PAR Index 2023 top 10 with U+00A0 between cells and inside names; SIPAS
  2023 of seven provinces in NFD with spelling variants, pipes, an STT column that is not the
  rank and a "x/63" rank column) and two negatives (a Sở Nội vụ home page that is only capitalised
  menus, counters, phone numbers and dates; next year's plan with only targets, in NFD).

Gold notes (judgement calls):

* Gold values are canonical: province keys and component names in NFC with the domain's
  spelling ("Thanh Hoá" → Thanh Hóa, "Khánh Hoà" → Khánh Hòa, "Hoà Bình" → Hòa Bình, "Đăk Lăk" /
  "Dak Lak" → Đắk Lắk, "Đăk Nông" → Đắk Nông, "TT-Huế" → Thừa Thiên Huế, "Tp. Cần Thơ" → Cần Thơ,
  "TP.HCM" → Hồ Chí Minh, "Lam Dong" → Lâm Đồng), whatever the normalisation of the text. The
  evidence an extractor prints must still be a substring of the text as given (NFD, with its
  invisible characters), which the evidence test checks.
* Invisible characters (U+200B, U+00AD) do not change what a reader sees: "Chỉ\\u200b số",
  "Tính minh b\\u00adạch" and "21,\\u200b37 điểm" read as "Chỉ số", "Tính minh bạch" and 21.37, so
  those facts are required (T7). Non-breaking and narrow spaces inside a number are thousands
  separators ("268\\u202f415" → 268415).
* Stray spaces inside numbers are the numbers a reader takes (schema: "5, 67", "44,23 %"):
  "0, 84 điểm" → 0.84, "812 . 537" → 812537, "0, 4218" → 0.4218, all required.
* Numbers split by a PDF line wrap (T5): a reader of the PDF takes "84,\\n37%" as 84.37 and
  "523.\\n118 hồ sơ" as 523118, but the text as given never prints them whole and "523." could
  as well end a sentence; both are optional (their own slots, so emitting them is neither
  rewarded nor penalised). Emitting 84, 37, 523 or 118 is a wrong slot. The online share "đạt
  35,61%" after that received count is required; its total (the split received count) is
  optional. Words, component names and years wrapped across lines ("lĩnh vực cải cách tài chính
  \\ncông", "Chỉ số SIPAS năm\\n2022") are read joined and required. The letterhead's "Số:
  1625/BC-SNV", dates and the page number "2" give nothing.
* ALL-CAPS text states facts like any other: T3's caps lead is the only statement of the PAR
  Index rank and SIPAS, and its caps box ("SỐ LIỆU QUÝ I/2024: • TOÀN TỈNH TIẾP NHẬN ...") the
  only statement of the quarter's dossiers, so both are required; a caps headline restating the
  body (T3 "11/48", T8 "TĂNG 12 BẬC") is the same fact, not a second one. T3's "So với năm 2022,
  ... tăng 2,36 điểm" is the 2023 score's change.
* ``rank_of`` is required when printed with the rank ("31/63", "(xếp thứ 17/63)" → prev_rank
  17); where the article only implies the 63 (components "xếp thứ 8", "xếp thứ 3" in a bulleted
  list, DTI pillars, a PCI 2023 rank "cả nước" when VCCI published only the top 30, a leader),
  it is a separate optional fact (``implied_rank_of``), as in rounds O, U and Y. In tables, the
  rank column "x/63" gives ``rank_of``; in TT1 only the host's row (restated in the lead as
  "6/63") has it required.
* Last year's result in parentheses after this year's ("tăng 6 bậc so với năm 2022 (xếp thứ
  17/63)", "(xếp thứ 4)", "(0,3375 điểm, xếp thứ 53/63)") is the newer fact's ``prev_rank`` /
  ``prev_score`` (required, as seed 002); read as a fact of the earlier year it is true, so it is
  also given as an optional fact of that year (T1, T6, T8).
* Another province named with its own figure is its fact: T1 "TP. Hải Phòng với 91,27%" (rank
  1), T4 "Lam Dong dan dau ve Chi so CCHC voi 86,93%, xep thu 21/63" (the regional lead is no
  slot, the national rank is), T6 Quảng Ninh "(90,1%)", T7 Long An "(xếp thứ 4 cả nước)", Đồng
  Tháp "(thứ 7)", Quảng Ninh and TP.HCM, T8 Đà Nẵng "dẫn đầu với 0,6486 điểm". Cần Thơ's place in
  the Mekong region (third) has no slot.
* T6's SIPAS "đạt 85,3 %, đứng thứ 4/63 — một trong những địa phương có mức độ hài lòng cao
  nhất cả nước" is the province's own score (the "cao nhất" exclusion is for unnamed national
  highs), required.
* District-level units carrying the province's name are not the province: "UBND thành phố Hoà
  Bình dẫn đầu khối cấp huyện" (T3), "thành phố Huế dẫn đầu khối cấp huyện" in 2022 (T6, before
  TP. Huế became a centrally-run city), "huyện Quảng Ninh dẫn đầu khối huyện" in Quảng Bình's
  report (T5, not the province Quảng Ninh). No gold; emitting them is a wrong slot.
* Not facts: targets ("phấn đấu", "mục tiêu", "100\\u00a0% (47/47)", "nhóm 20/63"), national
  averages and medians ("giá trị trung bình ... 86,27%", "trung vị 65,12", "bình quân cả nước
  36,2%", DTI "trung bình cấp tỉnh 0,4515"), DDCI of a quận and a Sở, tasks of the chuyển đổi số
  plan (T8 "17/42"), the online payment share "5, 67 %" (T8), "x/x" fractions of districts and
  departments, the letterhead and signature of T5, counters, phone numbers, "1.845 THỦ TỤC" and a
  website poll's "HÀI LÒNG (22%)" on TN1.
* Periods: T1's tasks and dossiers are "quý I/2024" (2024-Q1); T2 "6 tháng đầu năm 2024"
  (2024-06H1) with the service index of "tháng 5/2024" (period 2024-05); T5's year report
  ("đến ngày 15/12/2023", "từ ngày 15/12/2022 đến ngày 14/12/2023") is 2023. Dossier facts carry
  ``scope`` "toàn tỉnh" ("toàn thành phố" has none here). Where the online share is "chiếm X% tổng
  số hồ sơ tiếp nhận" (T2) or follows the received count (T5, T6), ``online_total`` = received is
  optional.

First score: prose **0.910 / 0.840** (tp=131 fp=13 fn=25), tables F1 1.000, TN2 emitted 1 fact,
on the extractor the round was commissioned at (778951e) and the same on arrival (aece64b,
extractor 1.9.0 with that session's earlier fixes for rounds O, P, N, L and W). Fixes
(same session): soft hyphens and zero-width spaces dropped before the rules read the text, a
no-break or thin space between thousands, stray spaces around a thousands dot ("812 . 537"), a
PDF line break inside a number at the end of a full line ("84,\n37%", "523.\n118"), "SO VỚI" in
capitals is not a "Sở", "các sở, ban, ngành và UBND cấp huyện đã hoàn thành 13/52" is the
province's, a lead-in line's period ("SỐ LIỆU QUÝ I/2024:") governs the bullet lines below it, and
"đạt 60% trở lên" is a threshold, and no line ends on "năm" before its year (T5's "Chỉ số SIPAS
năm\n2022" on a 36-character line; the metamorphic dresses found it): prose 1.000 / 0.987,
tables 1.000, negatives clean. Then a late share in a sentence of its own after the dossiers
(T3's "TỶ LỆ TRỄ HẠN: 0,62%") and an online share before a payment share in the next clause (T8's
"24, 6 %, tỷ lệ thanh toán trực tuyến đạt 5, 67 %"): 1.000 / 1.000. Four follow-ups restate the
fixes in sentences of their own (each failed before).

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, implied_rank_of, optional, svc,
                                  task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
DIRECTION = "Công tác chỉ đạo, điều hành CCHC"
TTHC = "Cải cách thủ tục hành chính"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


def _nfd(text: str) -> str:
    """The text as a page with decomposed diacritics serves it."""
    return unicodedata.normalize("NFD", text)


def _nb(text: str) -> str:
    """Every ordinary space of the text made a non-breaking one (a table pasted from HTML &nbsp;)."""
    return text.replace(" ", "\u00a0")


ROUND_T: list[Case] = [
Case("T1 SNV site served entirely in NFD, 'Thanh Hoá': PAR/SIPAS 2023 with rank change and the previous rank in parentheses, two components x/63, the leader named, national average, quarter's tasks and dossiers, '26/26 huyện', target",
"https://sonoivu.thanhhoa.gov.vn/portal/Pages/2024-4-22/Thanh-Hoa-tang-6-bac-Chi-so-cai-cach-hanh-chinh-nam-2023.aspx",
dt.date(2024, 4, 22),
_nfd("""Trang chủ | Giới thiệu | Tin tức - Sự kiện | Cải cách hành chính | Văn bản | Liên hệ
Thanh Hoá tăng 6 bậc Chỉ số cải cách hành chính năm 2023
22/04/2024 | Lượt xem: 1.317
Chiều 17/4/2024, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị trực tuyến công bố Chỉ số cải cách hành chính (PAR Index) năm 2023 và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023. Tại điểm cầu tỉnh Thanh Hoá, đồng chí Phó Chủ tịch UBND tỉnh dự và chỉ đạo.
Theo kết quả công bố, Chỉ số CCHC năm 2023 của tỉnh Thanh Hoá đạt 88,96%, xếp thứ 11/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022 (xếp thứ 17/63). Chỉ số SIPAS năm 2023 của tỉnh đạt 83,71%, xếp thứ 24/63, giảm 3 bậc.
Trong 8 lĩnh vực, lĩnh vực cải cách thủ tục hành chính của tỉnh đạt 12,87/14 điểm, xếp thứ 4/63; lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số xếp thứ 38/63.
Dẫn đầu cả nước về Chỉ số CCHC năm 2023 là TP. Hải Phòng với 91,27%; giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố đạt 86,27%.
Quý I/2024, các sở, ban, ngành và UBND cấp huyện đã hoàn thành 13/52 nhiệm vụ của Kế hoạch CCHC năm 2024; 26/26 huyện, thị xã, thành phố đã ban hành kế hoạch CCHC năm 2024.
Cũng trong quý I/2024, toàn tỉnh tiếp nhận 412.856 hồ sơ TTHC, đã giải quyết 398.207 hồ sơ, trong đó trước hạn 71,35%, đúng hạn 27,92%, trễ hạn 0,73%; tỷ lệ hồ sơ trực tuyến đạt 54,6%.
Năm 2024, tỉnh phấn đấu Chỉ số CCHC đạt trên 90%, nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước.
Tin khác
- Thanh Hoá: Tập huấn nghiệp vụ kiểm soát thủ tục hành chính năm 2024
- Hội nghị giao ban công tác CCHC quý I/2024
SỞ NỘI VỤ TỈNH THANH HOÁ
Địa chỉ: Số 16 Đại lộ Lê Lợi, TP. Thanh Hoá - Điện thoại: 0237.3852.318"""),
[idx("Thanh Hóa", PAR, 2023, score=88.96, rank=11, rank_of=63, rank_change=6, prev_rank=17),
 optional(idx("Thanh Hóa", PAR, 2022, rank=17, rank_of=63)),  # the parentheses read as last year's fact
 idx("Thanh Hóa", SIPAS, 2023, score=83.71, rank=24, rank_of=63, rank_change=-3),
 idx("Thanh Hóa", PAR, 2023, TTHC, score=12.87, rank=4, rank_of=63),
 idx("Thanh Hóa", PAR, 2023, EGOV, rank=38, rank_of=63),
 idx("Hải Phòng", PAR, 2023, score=91.27, rank=1),
 implied_rank_of("Hải Phòng", PAR, 2023, 63),
 task("Thanh Hóa", "2024-Q1", 13, 52),
 _scope(dos("Thanh Hóa", "2024-Q1", received=412856, resolved=398207, early_pct=71.35, on_time_pct=27.92,
            late_pct=0.73, online_pct=54.6), TT)]),

Case("T2 CCHC site mixing NFC and NFD by paragraph and inside one sentence, 'Khánh Hoà' and 'Khánh Hòa' on one page: U+202F / U+00A0 thousands separators, U+00A0 before '%' and 'điểm', half-year tasks and dossiers, the May service index, PAPI 2023 with a dimension beside the national mean",
"https://cchc.khanhhoa.gov.vn/vi/tin-tuc/khanh-hoa-so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2024",
dt.date(2024, 7, 12),
"""Trang chủ | Tin tức | Việc cần làm ngay | Văn bản | Hỏi đáp
Khánh Hoà sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024
12/07/2024 – 15:20 | Lượt xem: 207
Sáng 10/7, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh Khánh Hoà tổ chức hội nghị sơ kết công tác CCHC 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm.
""" + _nfd("""Theo báo cáo của Sở Nội vụ, 6 tháng đầu năm 2024, tỉnh đã hoàn thành 19/46 nhiệm vụ theo Kế hoạch CCHC năm 2024 (đạt 41,3\u00a0%); 27 nhiệm vụ còn lại đang triển khai đúng tiến độ. 9/9 huyện, thị xã, thành phố đã ban hành kế hoạch kiểm tra CCHC năm 2024.
""") + """Trong 6 tháng, toàn tỉnh tiếp nhận 268\u202f415 hồ sơ TTHC, đã giải quyết 259\u202f377 hồ sơ, """ + _nfd(
"""trong đó trước hạn 62,08\u00a0%, đúng hạn 36,51\u00a0%, trễ hạn 1,41\u00a0%. Số hồ sơ nộp trực tuyến là 147\u00a0930 hồ sơ, chiếm 55,11\u202f% tổng số hồ sơ tiếp nhận.
Theo Văn phòng Chính phủ, Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công tháng 5/2024 của tỉnh đạt 80,42\u00a0điểm, xếp thứ 29/63, tăng 8 bậc so với tháng 4/2024.
""") + """Về Chỉ số PAPI năm 2023 (công bố ngày 2/4/2024), tỉnh Khánh Hòa đạt 42,18\u00a0điểm, thuộc nhóm trung bình cao; nội dung Quản trị điện tử đạt 3,46\u00a0điểm, thấp hơn mức trung bình toàn quốc (3,62\u00a0điểm).
""" + _nfd("""6 tháng cuối năm, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 60\u00a0%, không để phát sinh hồ sơ trễ hạn; Bộ chỉ số phục vụ người dân, doanh nghiệp đạt từ 85\u00a0điểm trở lên.
Quang cảnh hội nghị. Ảnh: Ban Chỉ đạo CCHC tỉnh
""") + """BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH TỈNH KHÁNH HÒA
Trang thông tin điện tử Cải cách hành chính – ĐT: 0258.3560.128""",
[task("Khánh Hòa", "2024-06H1", 19, 46),
 _scope(dos("Khánh Hòa", "2024-06H1", received=268415, resolved=259377, early_pct=62.08, on_time_pct=36.51,
            late_pct=1.41, online=147930, online_pct=55.11), TT),
 optional(_scope(dos("Khánh Hòa", "2024-06H1", online_total=268415), TT)),
 svc("Khánh Hòa", "2024-05", score=80.42, rank=29, rank_of=63, rank_change=8),
 idx("Khánh Hòa", PAPI, 2023, score=42.18),
 idx("Khánh Hòa", PAPI, 2023, "Quản trị điện tử", score=3.46)]),

Case("T3 provincial paper, 'Hoà Bình' in ALL CAPS: the caps lead alone states PAR/SIPAS 2023 x/63, 'So với năm 2022 ... tăng 2,36 điểm', components with implied totals, a caps subheading restating the quarter's tasks, a caps figures box with bullets, the provincial capital city leading the districts, history, target",
"https://baohoabinh.com.vn/12/190512/hoa-binh-tang-9-bac-chi-so-cai-cach-hanh-chinh.htm",
dt.date(2024, 4, 19),
"""HOÀ BÌNH TĂNG 9 BẬC CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023
Cập nhật: 19/04/2024 – 07:40
CHÍNH TRỊ | KINH TẾ | XÃ HỘI | VĂN HÓA | THỂ THAO | MULTIMEDIA
(BHB) – CHỈ SỐ CẢI CÁCH HÀNH CHÍNH (PAR INDEX) NĂM 2023 CỦA TỈNH HOÀ BÌNH ĐẠT 86,91%, XẾP THỨ 31/63 TỈNH, THÀNH PHỐ, TĂNG 9 BẬC SO VỚI NĂM 2022; CHỈ SỐ SIPAS NĂM 2023 ĐẠT 82,05%, XẾP THỨ 45/63.
Kết quả trên được Ban Chỉ đạo cải cách hành chính của Chính phủ công bố chiều 17/4. So với năm 2022, Chỉ số CCHC của tỉnh tăng 2,36 điểm; đây là năm thứ hai liên tiếp tỉnh tăng hạng.
Trong 8 lĩnh vực, lĩnh vực cải cách tổ chức bộ máy hành chính đạt 9,02 điểm, xếp thứ 8; lĩnh vực cải cách tài chính công còn thấp, xếp thứ 56.
Ở khối cấp huyện do tỉnh đánh giá, UBND thành phố Hoà Bình dẫn đầu với 88,73%, huyện Đà Bắc thấp nhất với 79,06%.
QUÝ I/2024: HOÀN THÀNH 11/48 NHIỆM VỤ
Theo Sở Nội vụ, trong quý I/2024, tỉnh đã hoàn thành 11/48 nhiệm vụ của Kế hoạch CCHC năm 2024; 10/10 huyện, thành phố đã ban hành kế hoạch CCHC.
SỐ LIỆU QUÝ I/2024:
• TOÀN TỈNH TIẾP NHẬN 98.412 HỒ SƠ TTHC, ĐÃ GIẢI QUYẾT 95.067 HỒ SƠ
• TỶ LỆ TRỄ HẠN: 0,62%
• TỶ LỆ HỒ SƠ TRỰC TUYẾN: 47,35%
Năm 2024, tỉnh phấn đấu Chỉ số CCHC vào nhóm 25 địa phương dẫn đầu, Chỉ số SIPAS đạt trên 85%.
NGƯỜI DÂN LÀM THỦ TỤC TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH. ẢNH: MINH HIẾU
TIN LIÊN QUAN
- Hoà Bình: 151/151 xã, phường, thị trấn vận hành Bộ phận Một cửa điện tử
BÁO HOÀ BÌNH ĐIỆN TỬ – ĐT: 0218.3852.431""",
[idx("Hòa Bình", PAR, 2023, score=86.91, rank=31, rank_of=63, rank_change=9, score_change=2.36),
 idx("Hòa Bình", SIPAS, 2023, score=82.05, rank=45, rank_of=63),
 idx("Hòa Bình", PAR, 2023, "Cải cách tổ chức bộ máy hành chính", score=9.02, rank=8),
 idx("Hòa Bình", PAR, 2023, "Cải cách tài chính công", rank=56),
 implied_rank_of("Hòa Bình", PAR, 2023, 63, "Cải cách tổ chức bộ máy hành chính"),
 implied_rank_of("Hòa Bình", PAR, 2023, 63, "Cải cách tài chính công"),
 task("Hòa Bình", "2024-Q1", 11, 48),
 _scope(dos("Hòa Bình", "2024-Q1", received=98412, resolved=95067, late_pct=0.62, online_pct=47.35), TT)]),

Case("T4 provincial portal whose title and footer keep their diacritics ('Đăk Lăk', 'ĐẮK LẮK') but whose body has none ('Dak Lak', 'xep thu 40/63', 'Lam Dong'): PAR/SIPAS/PCI/DTI 2022, another province's score and rank, half-year tasks and dossiers, national average, target",
"https://daklak.gov.vn/-/dak-lak-chi-so-cai-cach-hanh-chinh-nam-2022-tang-7-bac",
dt.date(2023, 7, 28),
"""Đăk Lăk: Chỉ số cải cách hành chính năm 2022 tăng 7 bậc
Trang chu > Tin tuc > Cai cach hanh chinh
28/07/2023 | Luot xem: 824
Theo ket qua do Bo Noi vu cong bo ngay 19/4/2023, Chi so cai cach hanh chinh (PAR Index) nam 2022 cua tinh Dak Lak dat 83,62%, xep thu 40/63 tinh, thanh pho, tang 7 bac so voi nam 2021. Trong khu vuc Tay Nguyen, Lam Dong dan dau ve Chi so CCHC voi 86,93%, xep thu 21/63.
Chi so hai long cua nguoi dan, to chuc doi voi su phuc vu cua co quan hanh chinh nha nuoc (SIPAS) nam 2022 cua tinh dat 79,84%, xep thu 48/63.
Cung trong nam 2022, Chi so nang luc canh tranh cap tinh (PCI) cua tinh dat 64,53 diem, xep thu 39/63; Chi so danh gia chuyen doi so (DTI) cap tinh do Bo Thong tin va Truyen thong cong bo ngay 12/7/2023 dat 0,4127 diem, xep thu 47/63.
6 thang dau nam 2023, tinh da hoan thanh 25/47 nhiem vu cua Ke hoach CCHC nam 2023; 15/15 huyen, thi xa, thanh pho da ban hanh ke hoach CCHC nam 2023.
Trong 6 thang, toan tinh tiep nhan 215.604 ho so TTHC, da giai quyet 207.931 ho so, trong do truoc han 58,21%, dung han 40,06%, tre han 1,73%; ty le ho so truc tuyen dat 31,4%, thap hon binh quan ca nuoc (36,2%).
Nam 2023, tinh phan dau Chi so CCHC tang it nhat 5 bac, ty le ho so truc tuyen dat tren 50%.
Tin khac
- Dak Lak: Tap huan ky nang so cho can bo mot cua cap xa
- Buon Ma Thuot ra mat Trung tam Phuc vu hanh chinh cong
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK LẮK
Địa chỉ: Số 09 Lê Duẩn, TP. Buôn Ma Thuột – ĐT: 0262.3852.115""",
[idx("Đắk Lắk", PAR, 2022, score=83.62, rank=40, rank_of=63, rank_change=7),
 idx("Đắk Lắk", SIPAS, 2022, score=79.84, rank=48, rank_of=63),
 idx("Lâm Đồng", PAR, 2022, score=86.93, rank=21, rank_of=63),
 idx("Đắk Lắk", PCI, 2022, score=64.53, rank=39, rank_of=63),
 idx("Đắk Lắk", DTI, 2022, score=0.4127, rank=47, rank_of=63),
 task("Đắk Lắk", "2023-06H1", 25, 47),
 _scope(dos("Đắk Lắk", "2023-06H1", received=215604, resolved=207931, early_pct=58.21, on_time_pct=40.06,
            late_pct=1.73, online_pct=31.4), TT)]),

Case("T5 SNV year report pasted from a PDF: two-column letterhead, hard line wraps in mid-sentence, in a component's name and between 'năm' and its year, a lone page number, two numbers split across lines ('84,\\n37%', '523.\\n118'), 'huyện Quảng Ninh' of Quảng Bình leading the districts, targets, signature block",
"https://sonoivu.quangbinh.gov.vn/documents/10181/0/BC-1625-ket-qua-CCHC-nam-2023.pdf",
dt.date(2023, 12, 20),
"""UBND TỈNH QUẢNG BÌNH                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     SỞ NỘI VỤ                             Độc lập - Tự do - Hạnh phúc
Số: 1625/BC-SNV                     Quảng Bình, ngày 18 tháng 12 năm 2023
BÁO CÁO
Kết quả thực hiện công tác cải cách hành chính năm 2023
và phương hướng, nhiệm vụ năm 2024
Thực hiện Văn bản số 5120/UBND-NCVX ngày 01/12/2023 của UBND tỉnh, Sở Nội vụ
báo cáo kết quả thực hiện công tác cải cách hành chính (CCHC) năm 2023 như sau:
I. KẾT QUẢ THỰC HIỆN
1. Công tác chỉ đạo, điều hành
Kế hoạch CCHC năm 2023 của tỉnh (ban hành kèm theo Quyết định số 3548/QĐ-UBND
ngày 26/12/2022) đề ra 44 nhiệm vụ; đến ngày 15/12/2023, các cơ quan, đơn vị đã
hoàn thành 41/44 nhiệm vụ, đạt 93,18%; 03 nhiệm vụ đang triển khai, chưa có nhiệm
vụ quá hạn. 20/20 sở, ban, ngành và 8/8 huyện, thị xã, thành phố đã ban hành kế
hoạch CCHC năm 2023.
Kết quả Chỉ số CCHC năm 2022 của tỉnh do Bộ Nội vụ công bố ngày 19/4/2023 đạt 84,
37%, xếp thứ 37/63 tỉnh, thành phố, tăng 4 bậc so với năm 2021; trong đó lĩnh vực
cải cách thể chế đạt 8,12/9 điểm, xếp thứ 6/63, lĩnh vực cải cách tài chính
công xếp thứ 52/63. Chỉ số SIPAS năm
2022 của tỉnh đạt 81,26%, xếp thứ 29/63. Trong khối cấp huyện do tỉnh đánh giá,
huyện Quảng Ninh dẫn đầu với 87,45%.
                                                                              2
2. Cải cách thủ tục hành chính
Năm 2023 (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023), toàn tỉnh tiếp nhận 523.
118 hồ sơ TTHC; đã giải quyết 509.774 hồ sơ, trong đó trước hạn 64,15%, đúng
hạn 34,97%, trễ hạn 0,88%; đang giải quyết 13.344 hồ sơ. Số hồ sơ tiếp nhận
trực tuyến là 186.305 hồ sơ, đạt 35,61%.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024
- Phấn đấu Chỉ số CCHC năm 2024 của tỉnh đạt trên 87%, tăng ít nhất 5 bậc;
- Tỷ lệ hồ sơ trực tuyến đạt trên 50%; 100% nhiệm vụ hoàn thành đúng tiến độ.
Nơi nhận:                                                   KT. GIÁM ĐỐC
- UBND tỉnh (b/c);                                          PHÓ GIÁM ĐỐC
- Bộ Nội vụ (b/c);
- Lưu: VT, CCHC.                                              (Đã ký)""",
[task("Quảng Bình", "2023", 41, 44),
 idx("Quảng Bình", PAR, 2022, rank=37, rank_of=63, rank_change=4),
 # "84,\n37%": split by the PDF's line wrap; a reader takes 84.37, the text never prints it whole
 optional(idx("Quảng Bình", PAR, 2022, score=84.37)),
 idx("Quảng Bình", PAR, 2022, "Cải cách thể chế", score=8.12, rank=6, rank_of=63),
 idx("Quảng Bình", PAR, 2022, "Cải cách tài chính công", rank=52, rank_of=63),
 idx("Quảng Bình", SIPAS, 2022, score=81.26, rank=29, rank_of=63),
 _scope(dos("Quảng Bình", "2023", resolved=509774, early_pct=64.15, on_time_pct=34.97, late_pct=0.88,
            online=186305, online_pct=35.61), TT),
 # "523.\n118 hồ sơ": the received count split by the wrap (and the online share's total)
 optional(_scope(dos("Quảng Bình", "2023", received=523118, online_total=523118), TT))]),

Case("T6 provincial paper, 'TT-Huế': curly quotes, en/em dashes, bullet lines '•', '–', '✓' of five PAR components with implied totals, stray spaces ('0, 84 điểm', '812 . 537', '0, 31 %', '54, 63 %'), SIPAS 'một trong những ... cao nhất cả nước', the leader, 'thành phố Huế' leading the districts, DDCI, target",
"https://baothuathienhue.vn/chinh-tri/xay-dung-chinh-quyen/tt-hue-giu-vung-top-dau-ve-chi-so-cai-cach-hanh-chinh-140215.html",
dt.date(2023, 4, 21),
"""TT-Huế giữ vững tốp đầu về Chỉ số cải cách hành chính
Thứ Sáu, 21/04/2023 – 06:30
Chính trị — Xây dựng chính quyền
(TTH.VN) – Theo kết quả Chỉ số CCHC năm 2022 vừa được Bộ Nội vụ công bố, TT-Huế đạt 89,72%, xếp thứ 5/63 tỉnh, thành phố – giảm 1 bậc so với năm 2021 (xếp thứ 4) nhưng điểm số tăng 0, 84 điểm. Đứng đầu bảng xếp hạng năm 2022 là Quảng Ninh (90,1%).
Kết quả cụ thể ở các lĩnh vực:
• Công tác chỉ đạo, điều hành CCHC: 9,31/10 điểm – xếp thứ 3;
• Cải cách thể chế: 8,87/9 điểm – xếp thứ 2;
• Cải cách thủ tục hành chính: 12,94/14 điểm – xếp thứ 1;
– Cải cách tài chính công: xếp thứ 21;
✓ Xây dựng và phát triển Chính quyền điện tử, Chính quyền số: xếp thứ 7.
Chỉ số SIPAS 2022 của tỉnh đạt 85,3 %, đứng thứ 4/63 — một trong những địa phương có mức độ hài lòng cao nhất cả nước.
“Đây là kết quả của cả hệ thống chính trị, nhưng chúng ta không được chủ quan”, Chủ tịch UBND tỉnh nhấn mạnh tại hội nghị ‘Sơ kết CCHC quý I’.
Năm 2022, toàn tỉnh tiếp nhận 812 . 537 hồ sơ TTHC, đã giải quyết 805.129 hồ sơ, tỷ lệ trễ hạn chỉ 0, 31 %; có 443.860 hồ sơ được nộp trực tuyến (54, 63 %). Kế hoạch CCHC năm 2022 có 50 nhiệm vụ, đến cuối năm đã hoàn thành 49/50 nhiệm vụ.
Ở khối cấp huyện, thành phố Huế dẫn đầu với 88,61%; về Chỉ số DDCI năm 2022, Sở Kế hoạch và Đầu tư đứng đầu khối sở, ngành với 84,5 điểm.
Năm 2023, tỉnh phấn đấu trở lại tốp 3 cả nước về Chỉ số CCHC, tỷ lệ hồ sơ trực tuyến đạt trên 60 %.
NHẬT MINH
Bình luận (0) | Chia sẻ: Facebook – Zalo
BÁO THỪA THIÊN HUẾ ĐIỆN TỬ""",
[idx("Thừa Thiên Huế", PAR, 2022, score=89.72, rank=5, rank_of=63, rank_change=-1, prev_rank=4, score_change=0.84),
 optional(idx("Thừa Thiên Huế", PAR, 2021, rank=4)),  # the parentheses read as last year's fact
 idx("Quảng Ninh", PAR, 2022, score=90.1, rank=1),
 implied_rank_of("Quảng Ninh", PAR, 2022, 63),
 idx("Thừa Thiên Huế", PAR, 2022, DIRECTION, score=9.31, rank=3),
 idx("Thừa Thiên Huế", PAR, 2022, "Cải cách thể chế", score=8.87, rank=2),
 idx("Thừa Thiên Huế", PAR, 2022, TTHC, score=12.94, rank=1),
 idx("Thừa Thiên Huế", PAR, 2022, "Cải cách tài chính công", rank=21),
 idx("Thừa Thiên Huế", PAR, 2022, EGOV, rank=7),
 *[implied_rank_of("Thừa Thiên Huế", PAR, 2022, 63, c)
   for c in (DIRECTION, "Cải cách thể chế", TTHC, "Cải cách tài chính công", EGOV)],
 idx("Thừa Thiên Huế", SIPAS, 2022, score=85.3, rank=4, rank_of=63),
 _scope(dos("Thừa Thiên Huế", "2022", received=812537, resolved=805129, late_pct=0.31, online=443860,
            online_pct=54.63), TT),
 optional(_scope(dos("Thừa Thiên Huế", "2022", online_total=812537), TT)),
 task("Thừa Thiên Huế", "2022", 49, 50)]),

Case("T7 city paper, 'Tp. Cần Thơ' and 'TP.HCM': zero-width spaces and soft hyphens inside words, inside a PCI sub-index's name and inside a PGI score, PCI 2023 (top 30 published) with rank change, neighbours' national ranks beside a regional place, the leader, three sub-indices, median, PGI, DDCI of a quận, target",
"https://baocantho.com.vn/pci-2023-tp-can-tho-xep-thu-9-ca-nuoc-a168421.html",
dt.date(2024, 5, 10),
"""PCI 2023: Tp. Cần Thơ xếp thứ 9 cả nước
Thứ Sáu, 10/05/2024, 05:12 (GMT+7)
Kinh tế | Doanh nghiệp | Đầu tư
(CT) – Chiều 9/5, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Chỉ\u200b số năng lực c\u00adạnh tranh cấp tỉnh (PCI) năm 2023. Năm nay, VCCI chỉ công bố kết quả của 30 địa phương có điểm số cao nhất.
Theo đó, Tp.\u200b Cần Thơ đạt 69,41 điểm, xếp thứ 9 cả nước, tăng 3 bậc so với năm 2022. Trong vùng Đồng bằng sông Cửu Long, thành phố chỉ đứng sau Long An (xếp thứ 4 cả nước) và Đồng Tháp (thứ 7).
Quảng Ninh tiếp tục dẫn đầu bảng xếp hạng với 71,62 điểm; TP.HCM trở lại nhóm 20 địa phương dẫn đầu, xếp thứ 14 với 66,95 điểm. Điểm trung vị PCI 2023 là 65,12 điểm.
Ở các chỉ số thành phần, Tp. Cần Thơ có Tính minh b\u00adạch đạt 7,15 điểm, Chi phí không chính thức đạt 7,02 điểm, cùng tăng so với năm trước; riêng Tiếp cận đất đai giảm, chỉ đạt 5,81 điểm.
Cùng ngày, VCCI công bố Chỉ\u200b số Xanh cấp tỉnh (PGI) năm 2023; thành phố đạt 21,\u200b37 điểm, xếp thứ 11.
Về Chỉ số DDCI năm 2023 của thành phố, quận Ninh Kiều dẫn đầu khối quận, huyện với 82,14 điểm; Sở Tư pháp dẫn đầu khối sở, ngành.
Phó Chủ tịch UBND thành phố cho biết, năm 2024 Tp. Cần Thơ phấn đấu vào nhóm 5 địa phương dẫn đầu cả nước về PCI.
Doanh nghiệp làm thủ tục tại Trung tâm Phục vụ hành chính công thành phố. Ảnh: MỸ THANH
Tin liên quan
- Cần Thơ đối thoại với doanh nghiệp về thủ tục đầu tư
BÁO CẦN THƠ – Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Cần Thơ""",
[idx("Cần Thơ", PCI, 2023, score=69.41, rank=9, rank_change=3),
 idx("Long An", PCI, 2023, rank=4),
 idx("Đồng Tháp", PCI, 2023, rank=7),
 idx("Quảng Ninh", PCI, 2023, score=71.62, rank=1),
 idx("Hồ Chí Minh", PCI, 2023, score=66.95, rank=14),
 *[implied_rank_of(p, PCI, 2023, 63) for p in ("Cần Thơ", "Long An", "Đồng Tháp", "Quảng Ninh", "Hồ Chí Minh")],
 idx("Cần Thơ", PCI, 2023, "Tính minh bạch", score=7.15),
 idx("Cần Thơ", PCI, 2023, "Chi phí không chính thức", score=7.02),
 idx("Cần Thơ", PCI, 2023, "Tiếp cận đất đai", score=5.81),
 idx("Cần Thơ", PGI, 2023, score=21.37, rank=11),
 implied_rank_of("Cần Thơ", PGI, 2023, 63)]),

Case("T8 Sở TT&TT site, 'Đăk Nông', caps headline restating the body: DTI 2022 '0, 4218 điểm' with last year's score and rank in parentheses, three pillars on '–' lines and two main indices with implied totals, national average, the leader, tasks of the chuyển đổi số plan, online share '24, 6 %' beside a payment share '5, 67 %', target",
"https://stttt.daknong.gov.vn/tin-tuc/chuyen-doi-so/dti-2022-dak-nong-tang-12-bac-ve-chi-so-chuyen-doi-so-1342.html",
dt.date(2023, 7, 20),
"""ĐĂK NÔNG TĂNG 12 BẬC VỀ CHỈ SỐ CHUYỂN ĐỔI SỐ NĂM 2022
20/07/2023 — 14:35 | Lượt xem: 276
Trang chủ › Tin tức › Chuyển đổi số
Ngày 12/7/2023, Bộ Thông tin và Truyền thông công bố Chỉ số đánh giá chuyển đổi số (DTI) năm 2022 của các bộ, cơ quan ngang bộ và 63 tỉnh, thành phố. Theo đó, tỉnh Đăk Nông đạt 0, 4218 điểm, xếp thứ 41/63, tăng 12 bậc so với năm 2021 (0,3375 điểm, xếp thứ 53/63).
Xét theo 3 trụ cột:
– Chính quyền số: 0,4627 điểm, xếp thứ 33;
– Kinh tế số: 0,3391 điểm, xếp thứ 48;
– Xã hội số: 0,3980 điểm, xếp thứ 45.
Ở các chỉ số chính, Hạ tầng số của tỉnh xếp thứ 22, trong khi An toàn thông tin mạng chỉ xếp thứ 58.
Giá trị DTI trung bình cấp tỉnh năm 2022 là 0,4515 điểm; Đà Nẵng tiếp tục dẫn đầu với 0,6486 điểm.
Năm 2023, Kế hoạch chuyển đổi số của tỉnh có 42 nhiệm vụ; 6 tháng đầu năm đã hoàn thành 17/42 nhiệm vụ. Tỷ lệ hồ sơ trực tuyến 6 tháng đầu năm 2023 của tỉnh đạt 24, 6 %, tỷ lệ thanh toán trực tuyến đạt 5, 67 %.
Tỉnh phấn đấu năm 2023 đưa DTI vào nhóm 30 địa phương dẫn đầu cả nước.
SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH ĐĂK NÔNG
Địa chỉ: Đường 23/3, phường Nghĩa Đức, TP. Gia Nghĩa – ĐT: 0261.3544.668""",
[idx("Đắk Nông", DTI, 2022, score=0.4218, rank=41, rank_of=63, rank_change=12, prev_score=0.3375, prev_rank=53),
 optional(idx("Đắk Nông", DTI, 2021, score=0.3375, rank=53, rank_of=63)),  # the parentheses as last year's fact
 idx("Đắk Nông", DTI, 2022, "Chính quyền số", score=0.4627, rank=33),
 idx("Đắk Nông", DTI, 2022, "Kinh tế số", score=0.3391, rank=48),
 idx("Đắk Nông", DTI, 2022, "Xã hội số", score=0.398, rank=45),
 idx("Đắk Nông", DTI, 2022, "Hạ tầng số", rank=22),
 idx("Đắk Nông", DTI, 2022, "An toàn thông tin mạng", rank=58),
 *[implied_rank_of("Đắk Nông", DTI, 2022, 63, c)
   for c in ("Chính quyền số", "Kinh tế số", "Xã hội số", "Hạ tầng số", "An toàn thông tin mạng")],
 idx("Đà Nẵng", DTI, 2022, score=0.6486, rank=1),
 implied_rank_of("Đà Nẵng", DTI, 2022, 63),
 _scope(dos("Đắk Nông", "2023-06H1", online_pct=24.6), TT)]),

# -- end ROUND_T
]


# ------------------------------------------------------------------ ranking tables written as text
def _par23(province: str, rank: int, score: float) -> list[dict[str, object]]:
    return [idx(province, PAR, 2023, score=score, rank=rank), implied_rank_of(province, PAR, 2023, 63)]


TABLES_T: list[Case] = [
Case("TT1 provincial portal: PAR Index 2023 top 10 pasted from an HTML table, U+00A0 between every cell and inside every name, comma decimals, 'TP. Hồ Chí Minh', 'Khánh Hoà', a national-average row, the host's row restated in the lead with '6/63' and its rank change",
"https://bacninh.gov.vn/news/-/details/20182/chi-so-cai-cach-hanh-chinh-nam-2023-bac-ninh-xep-thu-6-63-42398716",
dt.date(2024, 4, 18),
"""Chỉ số cải cách hành chính năm 2023: Bắc Ninh xếp thứ 6/63
18/04/2024 | Lượt xem: 905
Chiều 17/4, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương. Bắc Ninh đạt 89,65%, xếp thứ 6/63, giảm 2 bậc so với năm 2022. Mười địa phương dẫn đầu:
""" + _nb("""Xếp hạng   Tỉnh, thành phố   Điểm (%)
1   Hải Phòng   91,27
2   Quảng Ninh   91,05
3   Hà Nội   90,64
4   Đồng Tháp   90,12
5   TP. Hồ Chí Minh   89,88
6   Bắc Ninh   89,65
7   Thừa Thiên Huế   89,43
8   Bắc Giang   89,30
9   Khánh Hoà   89,18
10   Long An   89,02
Trung bình cả nước   86,27""") + """
Nguồn: Bộ Nội vụ
Tin khác
- Bắc Ninh triển khai Kế hoạch nâng cao Chỉ số CCHC năm 2024
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC NINH""",
_par23("Hải Phòng", 1, 91.27) + _par23("Quảng Ninh", 2, 91.05) + _par23("Hà Nội", 3, 90.64)
+ _par23("Đồng Tháp", 4, 90.12) + _par23("Hồ Chí Minh", 5, 89.88)
+ [idx("Bắc Ninh", PAR, 2023, score=89.65, rank=6, rank_of=63, rank_change=-2)]
+ _par23("Thừa Thiên Huế", 7, 89.43) + _par23("Bắc Giang", 8, 89.3) + _par23("Khánh Hòa", 9, 89.18)
+ _par23("Long An", 10, 89.02),
table=True),

Case("TT2 provincial paper in NFD: SIPAS 2023 of seven provinces with pipes, an STT column that is not the rank, a 'x/63' rank column, spelling variants ('TT-Huế', 'Tp. Cần Thơ', 'TP.HCM', 'Thanh Hoá', 'Khánh Hoà', 'Hoà Bình', 'Đăk Lăk'), a national-average row with an en dash, the host's row restated in the lead",
"https://baodaklak.vn/chinh-tri/202404/chi-so-sipas-2023-dak-lak-xep-thu-52-63-8a51c2b/",
dt.date(2024, 4, 20),
_nfd("""Chỉ số SIPAS 2023: Đắk Lắk xếp thứ 52/63
Thứ Bảy, 20/04/2024 – 09:15
(Baodaklak.vn) – Theo kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 do Bộ Nội vụ công bố ngày 17/4, Đăk Lăk đạt 81,12%, xếp thứ 52/63. Bảng dưới đây so sánh kết quả của một số địa phương:
STT | Địa phương | Điểm (%) | Xếp hạng
1 | TT-Huế | 88,42 | 2/63
2 | Tp. Cần Thơ | 85,06 | 13/63
3 | TP.HCM | 84,11 | 19/63
4 | Thanh Hoá | 83,71 | 24/63
5 | Khánh Hoà | 82,87 | 33/63
6 | Hoà Bình | 82,05 | 45/63
7 | Đăk Lăk | 81,12 | 52/63
Trung bình cả nước | 83,36 | –
Nguồn: Bộ Nội vụ
Tin liên quan
- Đắk Lắk: Nâng cao chất lượng phục vụ tại Bộ phận Một cửa các cấp
BÁO ĐẮK LẮK ĐIỆN TỬ"""),
[idx(p, SIPAS, 2023, score=s, rank=r, rank_of=63) for p, s, r in (
    ("Thừa Thiên Huế", 88.42, 2), ("Cần Thơ", 85.06, 13), ("Hồ Chí Minh", 84.11, 19), ("Thanh Hóa", 83.71, 24),
    ("Khánh Hòa", 82.87, 33), ("Hòa Bình", 82.05, 45), ("Đắk Lắk", 81.12, 52))],
table=True),

# -- end TABLES_T
]


NEGATIVES_T: list[Case] = [
Case("TN1 Sở Nội vụ home page with no article: ALL-CAPS menus naming the indices, the date, hotlines, counters ('ĐANG ONLINE: 63'), counts of procedures and services, a website poll's 'HÀI LÒNG' shares, licence and copyright lines, U+00A0 and U+200B in the chrome",
"https://sonoivu.phuyen.gov.vn/",
dt.date(2024, 5, 6),
"""CỔNG THÔNG TIN ĐIỆN TỬ SỞ NỘI VỤ TỈNH PHÚ YÊN
TRANG CHỦ | GIỚI THIỆU | TIN TỨC – SỰ KIỆN | CẢI CÁCH HÀNH CHÍNH | CHỈ SỐ CCHC | SIPAS | VĂN BẢN | THỦ TỤC HÀNH CHÍNH | HỎI ĐÁP | LIÊN HỆ
THỨ HAI, 06/05/2024\u00a0\u00a0|\u00a0\u00a0ĐƯỜNG DÂY NÓNG: 0257.3842.215 – 0905.123.456
CẢI CÁCH HÀNH CHÍNH
› KẾT QUẢ CHỈ SỐ CCHC NĂM 2023
› KẾ HOẠCH CCHC NĂM 2024
› CHỈ\u200b SỐ HÀI LÒNG (SIPAS)
› BỘ CHỈ SỐ PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP (QĐ 766/QĐ-TTg)
› KIỂM SOÁT THỦ TỤC HÀNH CHÍNH
DỊCH VỤ CÔNG TRỰC TUYẾN
1.845 THỦ TỤC HÀNH CHÍNH\u00a0|\u00a01.207 DỊCH VỤ CÔNG TRỰC TUYẾN TOÀN TRÌNH\u00a0|\u00a0TRA CỨU HỒ SƠ
VĂN BẢN MỚI
• 1024/SNV-CCHC (03/05/2024) V/V BÁO CÁO CÔNG TÁC CCHC THÁNG 4/2024
• 87/KH-SNV (15/01/2024) KẾ HOẠCH CCHC NĂM 2024
THĂM DÒ Ý KIẾN: BẠN ĐÁNH GIÁ THẾ NÀO VỀ GIAO DIỆN CỔNG THÔNG TIN?
○ RẤT HÀI LÒNG (71%)\u00a0\u00a0○ HÀI LÒNG (22%)\u00a0\u00a0○ CHƯA HÀI LÒNG (7%)\u00a0\u00a0[BIỂU QUYẾT] [XEM KẾT QUẢ]
THỐNG KÊ TRUY CẬP
ĐANG ONLINE: 63
HÔM NAY: 1.024
THÁNG 5/2024: 12.458
TỔNG LƯỢT TRUY CẬP: 2.345.678
LIÊN KẾT WEBSITE: CHÍNH PHỦ | BỘ NỘI VỤ | CỔNG DỊCH VỤ CÔNG QUỐC GIA | UBND TỈNH PHÚ YÊN
GIẤY PHÉP SỐ 08/GP-TTĐT DO SỞ THÔNG TIN VÀ TRUYỀN THÔNG CẤP NGÀY 12/03/2019
ĐỊA CHỈ: 62 LÊ DUẨN, PHƯỜNG 7, TP. TUY HÒA, TỈNH PHÚ YÊN | ĐT: 0257.3842.215 | FAX: 0257.3842.216
© 2024 BẢN QUYỀN THUỘC SỞ NỘI VỤ TỈNH PHÚ YÊN – PHIÊN BẢN 2.0""",
[]),

Case("TN2 provincial portal in NFD with an ALL-CAPS headline: next year's CCHC plan with only targets ('100 % (47/47)', 'nhóm 20/63', '88 %', '98,5 %', '60 %' with U+00A0 / U+202F, '85 điểm', 'PCI tăng ít nhất 5 bậc'), bullet lines, the plan's size and its bodies",
"https://binhdinh.gov.vn/tin-tuc/chinh-quyen/binh-dinh-ban-hanh-ke-hoach-cai-cach-hanh-chinh-nam-2024-31904.html",
dt.date(2024, 1, 15),
_nfd("""BÌNH ĐỊNH ĐẶT MỤC TIÊU CHỈ SỐ CCHC NĂM 2024 VÀO NHÓM 20/63
15/01/2024 – 10:05 | Lượt xem: 318
(binhdinh.gov.vn) – UBND tỉnh vừa ban hành Kế hoạch cải cách hành chính (CCHC) năm 2024 với 47 nhiệm vụ, giao cho 20 sở, ban, ngành và 11 huyện, thị xã, thành phố tổ chức thực hiện.
Theo kế hoạch, năm 2024 tỉnh phấn đấu hoàn thành 100\u00a0% (47/47) nhiệm vụ đúng tiến độ; Chỉ số CCHC đạt từ 88\u00a0% trở lên, xếp trong nhóm 20/63 tỉnh, thành phố; Chỉ số SIPAS đạt trên 85\u00a0%; Chỉ số PCI tăng ít nhất 5 bậc và DTI nằm trong nhóm 25 địa phương dẫn đầu.
Các chỉ tiêu về giải quyết thủ tục hành chính:
• Tỷ lệ hồ sơ giải quyết trước hạn và đúng hạn đạt tối thiểu 98,5\u00a0%;
• Tỷ lệ hồ sơ trực tuyến toàn trình đạt 60\u202f% trở lên;
• 100\u00a0% hồ sơ, kết quả giải quyết TTHC được số hoá;
• Bộ chỉ số phục vụ người dân, doanh nghiệp đạt từ 85 điểm trở lên.
Kế hoạch cũng yêu cầu 11/11 huyện, thị xã, thành phố hoàn thành việc tổ chức Bộ phận Một cửa theo hướng hiện đại trước ngày 30/6/2024.
Tin khác
- Bình Định: Hội nghị tổng kết công tác nội vụ năm 2023
Cổng Thông tin điện tử tỉnh Bình Định – Cơ quan chủ quản: UBND tỉnh Bình Định"""),
[]),

# -- end NEGATIVES_T
]


def test_round_t_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round T prose", ROUND_T, capsys)


def test_round_t_tables_meet_the_target() -> None:
    assert_table_target(TABLES_T)


@pytest.mark.parametrize("case", NEGATIVES_T, ids=ids(NEGATIVES_T))
def test_round_t_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_T + TABLES_T, ids=ids(ROUND_T + TABLES_T))
def test_round_t_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
