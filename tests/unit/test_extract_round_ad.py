"""Blind round AD: results over many years in one page, written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the other
tests, and not to run the extractor). Theme: pages that give a province's results for many
years at once, published between 2020 and 2025 (all but one before the 2025 mergers):

* retrospectives: "10 năm xác định Chỉ số CCHC" with the first year (PAR 2012 published in
  2013), the worst year, a "từ năm 2016 đến 2020 ... lần lượt xếp thứ 25, 19, 14, 11 và 8"
  series and the best year (AD1); "5 năm đo lường Chỉ số SIPAS" with "năm 2018 đạt 80,12%,
  năm 2019 tăng lên 83,40%" (AD2); a decade of ICT Index, the MIC e-government ranking and
  DTI, with the ICT Index year that was never ranked (2021) stated as such (AD3); PAPI
  2019-2023 as a "lần lượt là" list of scores (AD4); 20 years of PCI from 2005 ("dẫn đầu 42
  tỉnh"), "liên tiếp các năm 2006, 2007 và 2008", and PGI 2022-2024 (AD5); DTI 2020-2023
  year by year under a headline with a four-year change (AD6); PCI 2016-2020 as "xếp thứ 52
  (2016), 47 (2017), 44 (2019) và 38 (2020)", 2018 missing (AD7);
* term reviews: "nhiệm kỳ 2020-2025" with tasks and dossiers per year, a four-year task sum,
  "tăng từ 9,8% năm 2021 lên 61,3% năm 2024", "PCI năm 2020 xếp thứ 42/63 thì đến năm 2024
  đã vươn lên thứ 19/63" (AD8); "nhiệm kỳ 2015-2020" with "Các năm 2016, 2017, 2018 và 2019,
  tỉnh lần lượt hoàn thành 30/32, 35/35, 38/39 và 41/41 nhiệm vụ" and the publication year
  beside the measured one ("Chỉ số CCHC công bố năm 2016 (kết quả năm 2015)") (AD9); a
  provincial congress after the mergers (Nghệ An, unchanged) with PAR 2020-2024 "lần lượt
  ... trong 63 tỉnh, thành phố", PCI "từ vị trí thứ 30 (năm 2020) lên thứ 11 (năm 2024)" and
  a self-assessed 2025 estimate (AD10);
* anniversaries: 25 years since a province was re-established (1997-2022), with "PCI 2015 xếp
  thứ 40, đến PCI 2020 vươn lên thứ 13" and "Cùng năm" carrying the year to SIPAS and PAPI
  (AD11); 75 years of the Home Affairs sector (1945-2020), with "từ vị trí thứ 55/63 năm 2013
  đã vươn lên thứ 13/63 năm 2019" and tasks per year written "năm 2018: 45/45 nhiệm vụ" (AD12);
* two ranking tables: a row per year (year, score, rank, "(/63)" in the header, a lead
  restating the last row; ADT1); a column per year (indices as rows, 2019-2023 as columns, "-"
  for DTI 2019 and for PCI 2023, which published only the top 30; ADT2);
* two negatives: a ministry site's 10-year national retrospective (averages per year, unnamed
  highest / lowest, counts of provinces, a ministry "dẫn đầu khối bộ bốn năm liên tiếp", SIPAS
  levels; ADN1); a district portal's term review (the district's ranks among districts for
  five years, its own tasks and dossiers, DDCI and a district SIPAS; ADN2).

Gold notes (judgement calls):

* Every value of a series is a fact of its own year: "từ năm 2016 đến 2020 ... lần lượt xếp
  thứ 25, 19, 14, 11 và 8" gives 2016 → 25 ... 2020 → 8; "xếp thứ 52 (2016), 47 (2017), 44
  (2019) và 38 (2020)" gives four facts and nothing for the missing 2018; "liên tiếp các năm
  2006, 2007 và 2008" gives rank 1 to each year named. A year stated as not ranked ("Năm 2021,
  Bộ ... không thực hiện xếp hạng Vietnam ICT Index") gives nothing.
* Years: the measured year, not the publication year ("Chỉ số CCHC năm 2012 ... được công bố
  vào tháng 6/2013" → 2012; "công bố năm 2016 (kết quả năm 2015)" → 2015; "PCI năm 2019
  (công bố tháng 5/2020)" → 2019; "DTI 2023 ... công bố tháng 2/2025" → 2023). "Cùng năm"
  after a year's result carries that year (AD11).
* A province's own best or worst year ("là thứ hạng thấp nhất trong 10 năm", "cao nhất từ
  trước đến nay", "năm cao nhất nhiệm kỳ với 88,02%") is its result for that year; the
  schema's "cao nhất / thấp nhất" exclusion is about national extremes ("địa phương có SIPAS
  cao nhất đạt 91,32%", "địa phương dẫn đầu đạt 46,92 điểm"), which stay out.
* Changes and previous values over several years are not facts: "tăng 23 bậc sau 4 năm",
  "tăng 14 bậc sau 5 năm", the headline "tăng 25 bậc", "từ 78,52% (năm 2017) lên 87,06% (năm
  2021)" give each year its value but no ``rank_change``, ``score_change``, ``prev_rank`` or
  ``prev_score`` (emitted, they are wrong slots: the earlier value is not the previous
  year's). A change stated against the previous year ("tăng 2 bậc so với năm 2020", "tăng
  3,28 điểm phần trăm", "giảm 2 bậc") is required; the previous year's value read from the
  series as that fact's ``prev_*`` is optional.
* Not facts: ranges and bands ("giai đoạn 2021-2025 luôn nằm trong tốp 15", "luôn duy trì trên
  84%", "luôn nằm trong tốp 10", "8 lần dẫn đầu"), sums over a term ("Tính chung 4 năm ...
  165/169 nhiệm vụ", "Cả nhiệm kỳ ... hơn 2,6 triệu hồ sơ", "hơn 1,2 triệu hồ sơ"): a term is
  no period of the schema; a self-assessed estimate ("ước đạt khoảng 89 điểm"), the tasks of a
  digital-transformation plan ("52/56 nhiệm vụ của Kế hoạch chuyển đổi số"), national
  averages, ministries, departments, districts, DDCI, regional ranks, GRDP, targets, and
  years in history (1945, 1991, 1997, "kể từ năm 2012", "năm thứ 10").
* ``rank_of`` is required when printed with the rank ("xếp thứ 37/63", "dẫn đầu 42 tỉnh, thành
  phố" for PCI 2005) or in the ranking's own phrase ("lần lượt xếp thứ 23, ... và 9 trong 63
  tỉnh, thành phố", as O10 and Y5); where only the article implies it ("cả nước", another
  rank's "/63", a table header "(/63)", a footnote "Xếp hạng trên tổng số 63"), it is a
  separate optional fact (``implied_rank_of``). PCI 2006-2008 have none (64 provinces then).
* Index names: "Vietnam ICT Index" is ``ICT_INDEX``; "xếp hạng mức độ ứng dụng CNTT, phát
  triển Chính phủ điện tử" before DTI is ``EGOV_MIC``. "Huế dẫn đầu cả nước" in 2025 is
  Thừa Thiên Huế. AD3's "chỉ sau Đà Nẵng" gives Đà Nẵng DTI 2022 rank 1 as an optional fact.
* Dossier facts carry ``scope`` "toàn tỉnh"; "tỷ lệ giải quyết trước hạn và đúng hạn" together
  is an optional ``on_time_pct`` (round Q). Task and dossier periods are the years named in
  the series ("năm 2021 ... 412.560 hồ sơ" → "2021"), "9 tháng đầu năm 2020" → "2020-09M",
  "quý I/2025" → "2025-Q1", "Lũy kế 9 tháng năm 2025" → "2025-09M".
* Tables: ADT1's lead "xếp thứ 10/63" restates the 2022 row and makes its ``rank_of``
  required; the other rows' total is optional. ADT2's "-" cells are no facts; its note
  "(PCI 2023 chỉ công bố 30 địa phương dẫn đầu)" gives nothing.

First score (extractor 1.11.0 at 52f1dea, and the same on the working tree it arrived at):
prose **0.948 / 0.749**, tables **0.822**, negatives clean. What it missed: runs of years
with one value each ("Từ năm 2016 đến 2020 ... lần lượt xếp thứ 25, 19, 14, 11 và 8",
"giai đoạn 2019-2023 ... lần lượt là 43,12; ...; 44,27 điểm", "các năm 2022, 2023 và 2024
... lần lượt xếp thứ 15, 11 và 7", "Các năm 2016, ..., 2019, tỉnh lần lượt hoàn thành 30/32,
... nhiệm vụ"), ranks with their years in parentheses ("xếp thứ 52 (2016), 47 (2017)"), a
rank row in a table with a column per year ("Xếp hạng Chỉ số CCHC | 45 | 40 ..."); and it read
changes over several years ("tăng 23 bậc sau 4 năm") and a term's sum ("Tính chung 4 năm, ...
165/169 nhiệm vụ") as one year's. After those fixes: prose 0.983 / 0.903, tables 1.000,
negatives clean; then "Cùng năm, Chỉ số SIPAS ..." (the year of the sentence before, it was
read as the publication's) and a year-led sentence with no subject ("Năm 2018 đạt 80,12%, năm
2019 tăng lên 83,40%"): 0.995 / 0.928. Left: PCI 2006-2008 "giữ vị trí số 1 liên tiếp các năm ...", the MIC e-government
ranking of 2018-2019 read as DTI, a share "tăng từ 9,8% năm 2021 lên 61,3% năm 2024", "năm
2023 là năm cao nhất nhiệm kỳ với 88,02%". Each fix has a follow-up of its own sentences in
``test_extract_followups.py`` that fails before it.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import (DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, implied_rank_of, optional,
                                  task)

pytestmark = pytest.mark.unit


TT = "toàn tỉnh"
EGOV_MIC = "EGOV_MIC"


def _scope(fact: dict[str, object], scope: str) -> dict[str, object]:
    return {**fact, "scope": scope}


def _all(fact: dict[str, object]) -> dict[str, object]:
    """Province-wide dossier figures."""
    return _scope(fact, TT)


def _series(province: str, index: str, ranks: dict[int, int], of: int | None = 63) -> list[dict[str, object]]:
    """One rank per year; the total, when only implied, as an optional fact per year."""
    facts: list[dict[str, object]] = []
    for year, rank in ranks.items():
        facts.append(idx(province, index, year, rank=rank))
        if of:
            facts.append(implied_rank_of(province, index, year, of))
    return facts


ROUND_AD: list[Case] = [
# ------------------------------------------------------------------ retrospectives of one index
Case("AD1 SNV site: '10 năm xác định Chỉ số CCHC', PAR 2012 published in 2013, the worst year, 'từ năm 2016 đến 2020 ... lần lượt', the best year with a change, two components, SIPAS 2017 → 2021, national counts, departments and a district",
"https://sonoivu.haiduong.gov.vn/tin-tuc/cai-cach-hanh-chinh/10-nam-xac-dinh-chi-so-cai-cach-hanh-chinh-hai-duong-tu-nhom-giua-vao-top-10-1648.html",
dt.date(2022, 6, 20),
"""10 năm xác định Chỉ số cải cách hành chính: Hải Dương từ nhóm giữa vào tốp 10
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Ngày đăng: 20/06/2022 | Lượt xem: 418
Năm 2021 là năm thứ 10 Bộ Nội vụ xác định Chỉ số cải cách hành chính (Chỉ số CCHC) của các tỉnh, thành phố. Sau 10 năm, Chỉ số CCHC của tỉnh Hải Dương có nhiều chuyển biến tích cực.
Chỉ số CCHC năm 2012, năm đầu tiên thực hiện, được Bộ Nội vụ công bố vào tháng 6/2013; khi đó tỉnh đạt 71,36 điểm, xếp thứ 37/63 tỉnh, thành phố. Giai đoạn 2013-2015, kết quả của tỉnh chưa ổn định, có năm tụt xuống nhóm cuối: năm 2014, tỉnh chỉ xếp thứ 52, là thứ hạng thấp nhất trong 10 năm.
Từ năm 2016 đến 2020, Chỉ số CCHC của tỉnh lần lượt xếp thứ 25, 19, 14, 11 và 8. Năm 2021, tỉnh đạt 88,76%, xếp thứ 6/63, tăng 2 bậc so với năm 2020, là thứ hạng cao nhất từ trước đến nay. Trong 8 lĩnh vực năm 2021, cải cách thủ tục hành chính xếp thứ 3, cải cách tài chính công xếp thứ 27.
Đối với Chỉ số SIPAS, được đo lường từ năm 2017, mức độ hài lòng của người dân, tổ chức trên địa bàn tỉnh tăng từ 78,52% (năm 2017) lên 87,06% (năm 2021).
Theo Bộ Nội vụ, giá trị trung bình Chỉ số CCHC của các tỉnh, thành phố năm 2021 là 83,04%; số địa phương đạt trên 80% tăng từ 5 địa phương năm 2012 lên 52 địa phương năm 2021.
Cũng trong năm 2021, theo kết quả Chỉ số CCHC của các cơ quan, đơn vị do UBND tỉnh công bố, Sở Tư pháp dẫn đầu khối sở, ngành với 93,15 điểm; thị xã Kinh Môn dẫn đầu khối huyện với 91,02 điểm.
Giai đoạn 2022-2025, tỉnh phấn đấu Chỉ số CCHC luôn nằm trong nhóm 10 tỉnh, thành phố dẫn đầu, Chỉ số SIPAS đạt trên 90%.
Phòng Cải cách hành chính
Tin khác
- Hải Dương ban hành Kế hoạch nâng cao Chỉ số CCHC năm 2022
SỞ NỘI VỤ TỈNH HẢI DƯƠNG
Địa chỉ: Số 1 Đô Lương, TP. Hải Dương""",
[idx("Hải Dương", PAR, 2012, score=71.36, rank=37, rank_of=63),
 idx("Hải Dương", PAR, 2014, rank=52),
 implied_rank_of("Hải Dương", PAR, 2014, 63)]
+ _series("Hải Dương", PAR, {2016: 25, 2017: 19, 2018: 14, 2019: 11, 2020: 8})
+ [idx("Hải Dương", PAR, 2021, score=88.76, rank=6, rank_of=63, rank_change=2),
   # 2020's rank from the series, read as 2021's previous rank
   optional(idx("Hải Dương", PAR, 2021, prev_rank=8)),
   idx("Hải Dương", PAR, 2021, "Cải cách thủ tục hành chính", rank=3),
   idx("Hải Dương", PAR, 2021, "Cải cách tài chính công", rank=27),
   implied_rank_of("Hải Dương", PAR, 2021, 63, "Cải cách thủ tục hành chính"),
   implied_rank_of("Hải Dương", PAR, 2021, 63, "Cải cách tài chính công"),
   idx("Hải Dương", SIPAS, 2017, score=78.52),
   idx("Hải Dương", SIPAS, 2021, score=87.06)]),

Case("AD2 SNV site: '5 năm đo lường Chỉ số SIPAS', 'năm 2018 đạt 80,12%, năm 2019 tăng lên 83,40%, tăng 3,28 điểm phần trăm', the best of five years, a national average and an unnamed highest, survey counts, PAR 2021 in the same release",
"https://sonoivu.quangnam.gov.vn/tin-tuc/cai-cach-hanh-chinh/5-nam-do-luong-chi-so-sipas-su-hai-long-cua-nguoi-dan-quang-nam-tang-deu-qua-tung-nam-2210.html",
dt.date(2022, 6, 15),
"""5 năm đo lường Chỉ số SIPAS: Sự hài lòng của người dân Quảng Nam tăng đều qua từng năm
Trang chủ » Tin tức » Cải cách hành chính
Ngày đăng: 15/06/2022 | Lượt xem: 276
Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) được Bộ Nội vụ triển khai đo lường trên phạm vi toàn quốc từ năm 2017. Sau 5 năm, kết quả SIPAS của tỉnh Quảng Nam có sự cải thiện liên tục.
Năm 2017, năm đầu tiên thực hiện, SIPAS của tỉnh đạt 76,41%, xếp thứ 44/63 tỉnh, thành phố. Năm 2018 đạt 80,12%, năm 2019 tăng lên 83,40%, tăng 3,28 điểm phần trăm. Năm 2020, dù chịu ảnh hưởng của dịch COVID-19, SIPAS của tỉnh vẫn đạt 84,66%, xếp thứ 23.
Theo kết quả công bố ngày 25/5/2022, SIPAS năm 2021 của tỉnh đạt 86,90%, xếp thứ 15/63, là kết quả cao nhất trong 5 năm. Mức hài lòng trung bình của cả nước năm 2021 là 84,14%; địa phương có SIPAS cao nhất đạt 91,32%.
Cùng đợt công bố, Chỉ số CCHC năm 2021 của tỉnh đạt 84,87%, xếp thứ 26/63.
Mỗi năm, Bộ Nội vụ phát 600 phiếu điều tra xã hội học tại 14/18 huyện, thị xã, thành phố của tỉnh; năm 2021, tỷ lệ phiếu hợp lệ đạt 98,5%. Người dân đánh giá cao nhất ở khâu tiếp nhận hồ sơ và thấp nhất ở khâu tiếp nhận, xử lý phản ánh, kiến nghị.
Để tiếp tục nâng cao sự hài lòng, Sở Nội vụ đề xuất UBND tỉnh giao chỉ tiêu SIPAS cho từng huyện, phấn đấu đến năm 2025 SIPAS của tỉnh đạt trên 90%, nằm trong nhóm 10 địa phương dẫn đầu.
Tin khác
- Hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC năm 2022
- Quảng Nam: 241/241 xã, phường, thị trấn niêm yết công khai TTHC
SỞ NỘI VỤ TỈNH QUẢNG NAM
Địa chỉ: 62 Hùng Vương, TP. Tam Kỳ, tỉnh Quảng Nam""",
[idx("Quảng Nam", SIPAS, 2017, score=76.41, rank=44, rank_of=63),
 idx("Quảng Nam", SIPAS, 2018, score=80.12),
 idx("Quảng Nam", SIPAS, 2019, score=83.4, score_change=3.28),
 optional(idx("Quảng Nam", SIPAS, 2019, prev_score=80.12)),
 idx("Quảng Nam", SIPAS, 2020, score=84.66, rank=23),
 implied_rank_of("Quảng Nam", SIPAS, 2020, 63),
 idx("Quảng Nam", SIPAS, 2021, score=86.9, rank=15, rank_of=63),
 idx("Quảng Nam", PAR, 2021, score=84.87, rank=26, rank_of=63)]),

Case("AD3 city portal (2025, TP. Huế): a decade of ICT Index with the unranked 2021, the MIC e-government ranking 'dẫn đầu ... các năm 2018 và 2019', DTI 2020-2023 with 'chỉ sau Đà Nẵng' and a pillar, Hue-S figures",
"https://hue.gov.vn/Tin-tuc/Khoa-hoc-cong-nghe/tid/hue-mot-thap-ky-giu-vung-nhom-dan-dau-ve-ung-dung-cntt-va-chuyen-doi-so/newsid/2B94E1C3",
dt.date(2025, 3, 12),
"""Huế: Một thập kỷ giữ vững nhóm dẫn đầu về ứng dụng CNTT và chuyển đổi số
Trang chủ > Tin tức > Khoa học - Công nghệ
12/03/2025 09:30 | Lượt xem: 864
Từ năm 2015, khi bắt đầu xây dựng đô thị thông minh, đến nay Huế (trước đây là tỉnh Thừa Thiên Huế) luôn là một trong những địa phương dẫn đầu cả nước về ứng dụng công nghệ thông tin (CNTT) và chuyển đổi số.
Theo Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT-TT (Vietnam ICT Index), năm 2018 Thừa Thiên Huế đạt 0,7128 điểm, xếp thứ 3/63; năm 2019 xếp thứ 2; năm 2020 đạt 0,8485 điểm, tiếp tục đứng thứ 2 cả nước. Năm 2021, Bộ Thông tin và Truyền thông không thực hiện xếp hạng Vietnam ICT Index. Năm 2022, tỉnh xếp thứ 3 với 0,8012 điểm.
Về xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử do Bộ Thông tin và Truyền thông công bố trước khi có Chỉ số DTI, Thừa Thiên Huế dẫn đầu cả nước trong các năm 2018 và 2019.
Từ năm 2020, khi Chỉ số đánh giá chuyển đổi số (DTI) được áp dụng, địa phương luôn nằm trong nhóm 5 tỉnh, thành phố dẫn đầu: DTI 2020 xếp thứ 2, DTI 2021 xếp thứ 4, DTI 2022 đạt 0,5825 điểm, xếp thứ 2, chỉ sau Đà Nẵng. Theo kết quả công bố ngày 6/2/2025, DTI 2023 của Thừa Thiên Huế đạt 0,6230 điểm, xếp thứ 5/63; trong đó trụ cột Xã hội số dẫn đầu cả nước.
Nền tảng Hue-S hiện có hơn 1,2 triệu lượt tải, tiếp nhận trên 150.000 phản ánh hiện trường, tỷ lệ xử lý đạt 98,6%. Kinh tế số ước chiếm 13,2% GRDP năm 2024; 100% cơ quan nhà nước sử dụng văn bản điện tử có ký số.
Năm 2025, năm đầu tiên hoạt động với tư cách thành phố trực thuộc Trung ương, Huế phấn đấu DTI tiếp tục nằm trong nhóm 3 địa phương dẫn đầu, 100% hồ sơ TTHC được số hóa.
Tác giả: Minh Hiền - Sở Thông tin và Truyền thông
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ HUẾ""",
[idx("Thừa Thiên Huế", ICT, 2018, score=0.7128, rank=3, rank_of=63),
 idx("Thừa Thiên Huế", ICT, 2019, rank=2),
 idx("Thừa Thiên Huế", ICT, 2020, score=0.8485, rank=2),
 idx("Thừa Thiên Huế", ICT, 2022, score=0.8012, rank=3),
 implied_rank_of("Thừa Thiên Huế", ICT, 2019, 63), implied_rank_of("Thừa Thiên Huế", ICT, 2020, 63),
 implied_rank_of("Thừa Thiên Huế", ICT, 2022, 63),
 idx("Thừa Thiên Huế", EGOV_MIC, 2018, rank=1),
 idx("Thừa Thiên Huế", EGOV_MIC, 2019, rank=1),
 implied_rank_of("Thừa Thiên Huế", EGOV_MIC, 2018, 63), implied_rank_of("Thừa Thiên Huế", EGOV_MIC, 2019, 63)]
+ _series("Thừa Thiên Huế", DTI, {2020: 2, 2021: 4, 2022: 2})
+ [idx("Thừa Thiên Huế", DTI, 2022, score=0.5825),
   # "xếp thứ 2, chỉ sau Đà Nẵng": the leader implied, not stated
   optional(idx("Đà Nẵng", DTI, 2022, rank=1)),
   idx("Thừa Thiên Huế", DTI, 2023, score=0.623, rank=5, rank_of=63),
   idx("Thừa Thiên Huế", DTI, 2023, "Xã hội số", rank=1),
   implied_rank_of("Thừa Thiên Huế", DTI, 2023, 63, "Xã hội số")]),

Case("AD4 provincial paper: PAPI 2023 x/63 with a change, 'giai đoạn 2019-2023 ... lần lượt là' five scores, 2018's rank alone, three dimensions, a national average, an unnamed leader, survey sizes",
"https://baovinhlong.vn/thoi-su/202404/papi-2023-vinh-long-dat-diem-cao-nhat-sau-5-nam-3171842/",
dt.date(2024, 4, 8),
"""PAPI 2023: Vĩnh Long đạt điểm cao nhất sau 5 năm
Thứ Hai, 08/04/2024 - 05:40
Thời sự
(VLO) - Theo Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 được công bố ngày 2/4, tỉnh Vĩnh Long đạt 44,27 điểm, xếp thứ 9/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022.
Nhìn lại giai đoạn 2019-2023, điểm PAPI của tỉnh lần lượt là 43,12; 43,58; 42,95; 43,60 và 44,27 điểm. Như vậy, năm 2023 là năm tỉnh đạt điểm số cao nhất trong 5 năm; các năm 2019, 2020 và 2022 tỉnh đều thuộc nhóm đạt điểm trung bình cao. Năm 2018, tỉnh chỉ xếp thứ 41.
Xét theo 8 chỉ số nội dung năm 2023, Kiểm soát tham nhũng trong khu vực công đạt 7,12 điểm, xếp thứ 2; Thủ tục hành chính công đạt 7,48 điểm; Quản trị điện tử chỉ đạt 3,35 điểm, thấp hơn mức trung bình toàn quốc (3,52 điểm).
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: THẢO LY
Điểm trung bình PAPI 2023 của cả nước là 42,49 điểm; địa phương dẫn đầu đạt 46,92 điểm. Năm 2023, có 14.800 người dân được khảo sát trên toàn quốc, trong đó tại Vĩnh Long là 240 người ở 12 xã, phường.
Ông Nguyễn Văn P., Giám đốc Sở Nội vụ, cho biết tỉnh sẽ tập trung cải thiện nội dung Quản trị điện tử, phấn đấu năm 2024 PAPI của tỉnh vào nhóm 5 địa phương dẫn đầu, không có chỉ số nội dung nào dưới mức trung bình cả nước.
THẢO LY
Tin liên quan
- Vĩnh Long: 107/107 xã, phường, thị trấn công khai TTHC đúng quy định
- PAPI 2022: Vĩnh Long thuộc nhóm trung bình cao
BÁO VĨNH LONG ĐIỆN TỬ""",
[idx("Vĩnh Long", PAPI, 2023, score=44.27, rank=9, rank_of=63, rank_change=6),
 # 2022's score from the series, read as 2023's previous score
 optional(idx("Vĩnh Long", PAPI, 2023, prev_score=43.6)),
 idx("Vĩnh Long", PAPI, 2019, score=43.12),
 idx("Vĩnh Long", PAPI, 2020, score=43.58),
 idx("Vĩnh Long", PAPI, 2021, score=42.95),
 idx("Vĩnh Long", PAPI, 2022, score=43.6),
 idx("Vĩnh Long", PAPI, 2018, rank=41),
 implied_rank_of("Vĩnh Long", PAPI, 2018, 63),
 idx("Vĩnh Long", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=7.12, rank=2),
 implied_rank_of("Vĩnh Long", PAPI, 2023, 63, "Kiểm soát tham nhũng trong khu vực công"),
 idx("Vĩnh Long", PAPI, 2023, "Thủ tục hành chính công", score=7.48),
 idx("Vĩnh Long", PAPI, 2023, "Quản trị điện tử", score=3.35)]),

Case("AD5 provincial paper: '20 năm PCI', PCI 2005 'dẫn đầu 42 tỉnh', 'liên tiếp các năm 2006, 2007 và 2008', a band 'luôn nằm trong tốp 10', 2022-2024 year by year with changes, the 2024 leader, PGI 2022-2024 'lần lượt', '8 lần dẫn đầu'",
"https://baobinhduong.vn/20-nam-pci-binh-duong-ben-bi-trong-nhom-dan-dau-a338415.html",
dt.date(2025, 5, 16),
"""20 năm PCI: Bình Dương bền bỉ trong nhóm dẫn đầu
Cập nhật: 16/05/2025 - 07:20
Kinh tế
(BDO) Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2024 vừa được Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố, đánh dấu chặng đường 20 năm thực hiện PCI. Bình Dương là một trong số ít địa phương luôn nằm trong nhóm dẫn đầu suốt hai thập kỷ.
Ngay trong năm đầu tiên VCCI công bố PCI (2005), Bình Dương đã dẫn đầu 42 tỉnh, thành phố được xếp hạng, và giữ vị trí số 1 liên tiếp các năm 2006, 2007 và 2008. Giai đoạn 2015-2020, PCI của tỉnh luôn nằm trong tốp 10 cả nước.
Những năm gần đây, PCI của tỉnh có biến động: năm 2022 đạt 67,84 điểm, xếp thứ 6; năm 2023 giảm 2 bậc, xếp thứ 8. Với PCI 2024, Bình Dương đạt 70,15 điểm, xếp thứ 5/63, tăng 3 bậc so với năm 2023. Hải Phòng tiếp tục dẫn đầu cả nước với 73,62 điểm.
Doanh nghiệp sản xuất tại Khu công nghiệp VSIP III. Ảnh: KIM HÀ
Về Chỉ số Xanh cấp tỉnh (PGI), được VCCI công bố từ năm 2022, các năm 2022, 2023 và 2024 tỉnh lần lượt xếp thứ 15, 11 và 7.
Trong 20 năm, Bình Dương 8 lần dẫn đầu bảng xếp hạng PCI; số doanh nghiệp đang hoạt động tăng từ 2.500 năm 2005 lên hơn 68.000 năm 2024; vốn đầu tư trực tiếp nước ngoài lũy kế đạt 41,8 tỷ USD.
Tỉnh đặt mục tiêu giai đoạn 2025-2030 PCI luôn trong nhóm 5 địa phương dẫn đầu, không có chỉ số thành phần nào dưới 6 điểm.
KIM HÀ
Tin liên quan
- Bình Dương đối thoại với 500 doanh nghiệp FDI
BÁO BÌNH DƯƠNG ĐIỆN TỬ""",
[idx("Bình Dương", PCI, 2005, rank=1, rank_of=42),
 idx("Bình Dương", PCI, 2006, rank=1),
 idx("Bình Dương", PCI, 2007, rank=1),
 idx("Bình Dương", PCI, 2008, rank=1),
 idx("Bình Dương", PCI, 2022, score=67.84, rank=6),
 idx("Bình Dương", PCI, 2023, rank=8, rank_change=-2),
 optional(idx("Bình Dương", PCI, 2023, prev_rank=6)),
 implied_rank_of("Bình Dương", PCI, 2022, 63), implied_rank_of("Bình Dương", PCI, 2023, 63),
 idx("Bình Dương", PCI, 2024, score=70.15, rank=5, rank_of=63, rank_change=3),
 optional(idx("Bình Dương", PCI, 2024, prev_rank=8)),
 idx("Hải Phòng", PCI, 2024, score=73.62, rank=1),
 implied_rank_of("Hải Phòng", PCI, 2024, 63)]
+ _series("Bình Dương", PGI, {2022: 15, 2023: 11, 2024: 7})),

Case("AD6 portal: DTI 2020-2023 year by year under a headline 'tăng 25 bậc' over four years, 'công bố tháng 2/2025', three pillars, a national average and an unnamed leader, tasks of the digital-transformation plan",
"https://camau.gov.vn/wps/portal/trang-chu/tin-tuc/khoa-hoc-cong-nghe/sau-4-nam-chi-so-chuyen-doi-so-cua-ca-mau-tang-25-bac-318452",
dt.date(2025, 3, 20),
"""Sau 4 năm, Chỉ số chuyển đổi số của Cà Mau tăng 25 bậc
Ngày 20/03/2025 | Lượt xem: 356
Năm 2020, năm đầu tiên Bộ Thông tin và Truyền thông đánh giá Chỉ số chuyển đổi số (DTI) cấp tỉnh, Cà Mau đạt 0,3512 điểm, xếp thứ 42/63 tỉnh, thành phố. Sau 4 năm, tỉnh đã vươn lên nhóm giữa của bảng xếp hạng.
Cụ thể, DTI 2021 của tỉnh đạt 0,4106 điểm, xếp thứ 33; DTI 2022 đạt 0,4532 điểm, xếp thứ 24. Theo kết quả được công bố tháng 2/2025, DTI 2023 của tỉnh đạt 0,5468 điểm, xếp thứ 17/63, tăng 7 bậc so với năm 2022. Trong 3 trụ cột năm 2023, Chính quyền số xếp thứ 12, Xã hội số xếp thứ 15, Kinh tế số xếp thứ 30.
Giá trị DTI trung bình cấp tỉnh năm 2023 là 0,5288 điểm; địa phương dẫn đầu đạt 0,6611 điểm.
Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến. Ảnh: Hoàng Vũ
Trong năm 2024, tỉnh đã hoàn thành 52/56 nhiệm vụ của Kế hoạch chuyển đổi số; 100% xã, phường, thị trấn có cáp quang đến trung tâm xã; ứng dụng Cà Mau-S có hơn 450.000 người dùng; kinh tế số ước chiếm 9,5% GRDP.
Tỉnh phấn đấu năm 2025 DTI vào nhóm 15 địa phương dẫn đầu, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.
Tác giả: Hoàng Vũ - Sở Thông tin và Truyền thông
Tin khác
- Cà Mau: 101/101 xã, phường, thị trấn có tổ công nghệ số cộng đồng
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU""",
[idx("Cà Mau", DTI, 2020, score=0.3512, rank=42, rank_of=63),
 idx("Cà Mau", DTI, 2021, score=0.4106, rank=33),
 idx("Cà Mau", DTI, 2022, score=0.4532, rank=24),
 implied_rank_of("Cà Mau", DTI, 2021, 63), implied_rank_of("Cà Mau", DTI, 2022, 63),
 idx("Cà Mau", DTI, 2023, score=0.5468, rank=17, rank_of=63, rank_change=7),
 optional(idx("Cà Mau", DTI, 2023, prev_rank=24))]
+ [f for comp, rank in (("Chính quyền số", 12), ("Xã hội số", 15), ("Kinh tế số", 30))
   for f in (idx("Cà Mau", DTI, 2023, comp, rank=rank), implied_rank_of("Cà Mau", DTI, 2023, 63, comp))]),

Case("AD7 portal: PCI 2020 with a score change, 'xếp thứ 52 (2016), 47 (2017), 44 (2019) và 38 (2020)' with 2018 missing, 'tăng 14 bậc sau 5 năm', three sub-indices, PAR and SIPAS 2020, DDCI, a target",
"https://soctrang.gov.vn/wps/portal/Home/tin-tuc/kinh-te/pci-2020-soc-trang-tiep-tuc-cai-thien-thu-hang-28713",
dt.date(2021, 6, 18),
"""PCI 2020: Sóc Trăng tiếp tục cải thiện thứ hạng
18/06/2021 | 10:05
Kinh tế
Theo Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2020 do Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố, tỉnh Sóc Trăng đạt 64,12 điểm, tăng 1,05 điểm so với năm 2019, xếp thứ 38/63 tỉnh, thành phố.
Giai đoạn 2016-2020, PCI của tỉnh xếp thứ 52 (2016), 47 (2017), 44 (2019) và 38 (2020), tăng 14 bậc sau 5 năm. Đây là kết quả của việc tỉnh ban hành và triển khai đồng bộ các kế hoạch cải thiện môi trường đầu tư, kinh doanh hằng năm.
Trong 10 chỉ số thành phần năm 2020, Gia nhập thị trường đạt 7,45 điểm; Chi phí không chính thức đạt 6,88 điểm, xếp thứ 14; Tiếp cận đất đai giảm 0,32 điểm, còn 6,02 điểm.
Cùng với PCI, Chỉ số CCHC năm 2020 của tỉnh xếp thứ 49/63; Chỉ số SIPAS đạt 83,50%.
Kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2020 cho thấy Sở Kế hoạch và Đầu tư dẫn đầu khối sở, ngành với 82,4 điểm; thị xã Vĩnh Châu dẫn đầu khối huyện, thị xã, thành phố với 80,7 điểm.
Năm 2021, tỉnh phấn đấu PCI tăng ít nhất 5 bậc, chỉ số Tiếp cận đất đai đạt trên 6,5 điểm; 100% sở, ngành, địa phương tổ chức đối thoại với doanh nghiệp ít nhất 2 lần/năm.
Tin khác
- Sóc Trăng: Hội nghị gặp gỡ doanh nghiệp năm 2021
- Sóc Trăng công bố 1.896 thủ tục hành chính
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH SÓC TRĂNG""",
[idx("Sóc Trăng", PCI, 2020, score=64.12, score_change=1.05, rank=38, rank_of=63)]
+ _series("Sóc Trăng", PCI, {2016: 52, 2017: 47, 2019: 44})
+ [optional(idx("Sóc Trăng", PCI, 2020, prev_rank=44))]
+ [idx("Sóc Trăng", PCI, 2020, "Gia nhập thị trường", score=7.45),
   idx("Sóc Trăng", PCI, 2020, "Chi phí không chính thức", score=6.88, rank=14),
   implied_rank_of("Sóc Trăng", PCI, 2020, 63, "Chi phí không chính thức"),
   idx("Sóc Trăng", PCI, 2020, "Tiếp cận đất đai", score=6.02, score_change=-0.32),
   idx("Sóc Trăng", PAR, 2020, rank=49, rank_of=63),
   idx("Sóc Trăng", SIPAS, 2020, score=83.5)]),

# ------------------------------------------------------------------ term reviews
Case("AD8 provincial paper: 'nhiệm kỳ 2020-2025', tasks per year and their four-year sum, dossiers in 2021 and 2024, 'tăng từ 9,8% năm 2021 lên 61,3% năm 2024', a term total, quý I/2025, 'PCI năm 2020 xếp thứ 42/63 thì đến năm 2024 ... thứ 19/63', the best PAR year of the term, SIPAS 2024",
"https://baoquangngai.vn/thoi-su/202505/nhiem-ky-2020-2025-cai-cach-hanh-chinh-tao-chuyen-bien-ro-net-7a41c95/",
dt.date(2025, 5, 20),
"""Nhiệm kỳ 2020-2025: Cải cách hành chính tạo chuyển biến rõ nét
Thứ Ba, 20/05/2025 - 06:30
Thời sự
(Baoquangngai.vn) - Nhìn lại nhiệm kỳ 2020-2025, công tác cải cách hành chính (CCHC) của tỉnh Quảng Ngãi đạt được nhiều kết quả quan trọng, góp phần cải thiện môi trường đầu tư, kinh doanh.
Kế hoạch CCHC hằng năm được triển khai quyết liệt. Năm 2021, tỉnh hoàn thành 36/38 nhiệm vụ; năm 2022 hoàn thành 40/40 nhiệm vụ; năm 2023 hoàn thành 43/45 nhiệm vụ và năm 2024 hoàn thành 46/46 nhiệm vụ. Tính chung 4 năm, tỉnh đã hoàn thành 165/169 nhiệm vụ CCHC.
Số hồ sơ thủ tục hành chính (TTHC) tăng mạnh qua từng năm. Năm 2021, toàn tỉnh tiếp nhận 412.560 hồ sơ; năm 2024 tiếp nhận 698.214 hồ sơ, gấp gần 1,7 lần, tỷ lệ giải quyết trước hạn và đúng hạn đạt 99,12%. Tỷ lệ hồ sơ nộp trực tuyến tăng từ 9,8% năm 2021 lên 61,3% năm 2024. Cả nhiệm kỳ, toàn tỉnh tiếp nhận hơn 2,6 triệu hồ sơ. Riêng quý I/2025, toàn tỉnh tiếp nhận 185.402 hồ sơ.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: PV
Các chỉ số đánh giá của tỉnh cũng có bước tiến. Nếu năm 2020, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) xếp thứ 42/63 thì đến năm 2024 đã vươn lên thứ 19/63, tăng 23 bậc sau 4 năm. Chỉ số CCHC giai đoạn 2020-2024 luôn duy trì trên 84%; năm 2023 là năm cao nhất nhiệm kỳ với 88,02%. Chỉ số SIPAS năm 2024 đạt 84,70%, xếp thứ 26.
Bước sang nhiệm kỳ 2025-2030, tỉnh phấn đấu PCI vào nhóm 15 tỉnh, thành phố dẫn đầu, 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình.
THANH NHƯ
Tin liên quan
- Quảng Ngãi: 173/173 xã, phường, thị trấn có Bộ phận Một cửa đạt chuẩn
BÁO QUẢNG NGÃI ĐIỆN TỬ""",
[task("Quảng Ngãi", "2021", 36, 38),
 task("Quảng Ngãi", "2022", 40, 40),
 task("Quảng Ngãi", "2023", 43, 45),
 task("Quảng Ngãi", "2024", 46, 46),
 _all(dos("Quảng Ngãi", "2021", received=412560, online_pct=9.8)),
 _all(dos("Quảng Ngãi", "2024", received=698214, online_pct=61.3)),
 # "trước hạn và đúng hạn" together
 optional(_all(dos("Quảng Ngãi", "2024", on_time_pct=99.12))),
 _all(dos("Quảng Ngãi", "2025-Q1", received=185402)),
 idx("Quảng Ngãi", PCI, 2020, rank=42, rank_of=63),
 idx("Quảng Ngãi", PCI, 2024, rank=19, rank_of=63),
 idx("Quảng Ngãi", PAR, 2023, score=88.02),
 idx("Quảng Ngãi", SIPAS, 2024, score=84.7, rank=26),
 implied_rank_of("Quảng Ngãi", SIPAS, 2024, 63)]),

Case("AD9 portal before the 2020 congress: 'nhiệm kỳ 2015-2020', 'Các năm 2016, 2017, 2018 và 2019, tỉnh lần lượt hoàn thành 30/32, 35/35, 38/39 và 41/41 nhiệm vụ', 9 months of 2020, 'Chỉ số CCHC công bố năm 2016 (kết quả năm 2015)', SIPAS and PCI 2019 with their release, PCI 2015 alone, a term total",
"https://laocai.gov.vn/tin-tuc-su-kien/chinh-tri/nhiem-ky-2015-2020-lao-cai-but-pha-trong-cai-cach-hanh-chinh-1055873",
dt.date(2020, 10, 5),
"""Nhiệm kỳ 2015-2020: Lào Cai bứt phá trong cải cách hành chính
Trang chủ > Tin tức - Sự kiện > Chính trị
05/10/2020 | 14:20
Hướng tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XVI, nhiệm kỳ 2020-2025, Cổng Thông tin điện tử tỉnh giới thiệu loạt bài nhìn lại các kết quả nổi bật của tỉnh Lào Cai trong nhiệm kỳ 2015-2020.
Cải cách hành chính (CCHC) được xác định là một trong ba khâu đột phá của nhiệm kỳ. Các năm 2016, 2017, 2018 và 2019, tỉnh lần lượt hoàn thành 30/32, 35/35, 38/39 và 41/41 nhiệm vụ theo Kế hoạch CCHC. Trung tâm Phục vụ hành chính công tỉnh đi vào hoạt động từ năm 2018. Trong 9 tháng đầu năm 2020, toàn tỉnh tiếp nhận 256.108 hồ sơ TTHC, giải quyết 249.730 hồ sơ, trong đó trước hạn 78,2%, đúng hạn 21,3%, trễ hạn 0,5%.
Nhờ đó, các chỉ số đánh giá của tỉnh cải thiện rõ rệt. Chỉ số CCHC công bố năm 2016 (kết quả năm 2015), tỉnh xếp thứ 17/63; đến Chỉ số CCHC công bố năm 2020 (kết quả năm 2019), tỉnh vươn lên thứ 5/63 với 85,47 điểm. Chỉ số SIPAS năm 2019, công bố cùng đợt, đạt 84,25%.
Về môi trường kinh doanh, Chỉ số PCI năm 2019 (công bố tháng 5/2020) đạt 67,92 điểm, xếp thứ 7/63; năm 2015, PCI của tỉnh xếp thứ 9. Cả nhiệm kỳ, tỉnh giải quyết hơn 1,2 triệu hồ sơ TTHC, thu hút 320 dự án đầu tư với tổng vốn đăng ký trên 45.000 tỷ đồng.
Nhiệm kỳ 2020-2025, tỉnh phấn đấu Chỉ số CCHC và PCI luôn trong nhóm 10 tỉnh dẫn đầu, 100% TTHC đủ điều kiện được cung cấp trực tuyến mức độ 3, 4.
Tin khác
- Lào Cai: 152/152 xã, phường, thị trấn vận hành phần mềm một cửa điện tử
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÀO CAI""",
[task("Lào Cai", "2016", 30, 32),
 task("Lào Cai", "2017", 35, 35),
 task("Lào Cai", "2018", 38, 39),
 task("Lào Cai", "2019", 41, 41),
 _all(dos("Lào Cai", "2020-09M", received=256108, resolved=249730, early_pct=78.2, on_time_pct=21.3, late_pct=0.5)),
 idx("Lào Cai", PAR, 2015, rank=17, rank_of=63),
 idx("Lào Cai", PAR, 2019, score=85.47, rank=5, rank_of=63),
 idx("Lào Cai", SIPAS, 2019, score=84.25),
 idx("Lào Cai", PCI, 2019, score=67.92, rank=7, rank_of=63),
 idx("Lào Cai", PCI, 2015, rank=9),
 implied_rank_of("Lào Cai", PCI, 2015, 63)]),

Case("AD10 paper before a congress after the mergers (Nghệ An, unchanged): PAR 2020-2024 'lần lượt ... trong 63 tỉnh, thành phố', SIPAS 2024 best ever, a band, PCI 'từ vị trí thứ 30 (năm 2020) lên thứ 11 (năm 2024)', PAPI 2024, 'trên 95%' and 2024 tasks, dossiers in 'triệu', 9 months of 2025, a self-assessed 2025 estimate",
"https://baonghean.vn/nhin-lai-5-nam-cai-cach-hanh-chinh-truoc-them-dai-hoi-dang-bo-tinh-10305412.html",
dt.date(2025, 10, 12),
"""Nhìn lại 5 năm cải cách hành chính trước thềm Đại hội Đảng bộ tỉnh
Chủ Nhật, 12/10/2025 - 06:00
Chính trị
(Baonghean.vn) - Nhiệm kỳ 2020-2025, cải cách hành chính (CCHC) là một trong những điểm sáng của tỉnh Nghệ An, được dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XX đánh giá cao.
Chỉ số CCHC của tỉnh cải thiện qua từng năm: từ năm 2020 đến năm 2024 lần lượt xếp thứ 23, 18, 20, 12 và 9 trong 63 tỉnh, thành phố. Chỉ số SIPAS năm 2024 đạt 87,02%, xếp thứ 10/63, cao nhất từ trước đến nay; giai đoạn 2021-2025, SIPAS của tỉnh luôn nằm trong tốp 15. Về môi trường kinh doanh, PCI của tỉnh từ vị trí thứ 30 (năm 2020) lên thứ 11 (năm 2024); PAPI 2024 đạt 43,90 điểm.
Hằng năm, tỉnh hoàn thành trên 95% nhiệm vụ CCHC; riêng năm 2024 hoàn thành 56/57 nhiệm vụ. Năm 2024, toàn tỉnh tiếp nhận 1,52 triệu hồ sơ TTHC, tỷ lệ hồ sơ trực tuyến đạt 64,2%. Lũy kế 9 tháng năm 2025, sau khi vận hành chính quyền địa phương 2 cấp với 130 xã, phường, toàn tỉnh tiếp nhận 1,31 triệu hồ sơ, tỷ lệ trễ hạn 0,62%.
Toàn cảnh hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến vào dự thảo văn kiện. Ảnh: Thành Duy
Kết quả Chỉ số CCHC năm 2025, lần đầu xếp hạng cho 34 tỉnh, thành phố, dự kiến được công bố vào quý II/2026. Theo kết quả tự đánh giá, tỉnh ước đạt khoảng 89 điểm.
Giai đoạn 2021-2025, tăng trưởng GRDP bình quân của tỉnh đạt 8,4%/năm; 21/24 chỉ tiêu chủ yếu đạt và vượt kế hoạch.
Nhiệm kỳ 2025-2030, tỉnh đặt mục tiêu Chỉ số CCHC, SIPAS và PCI vào nhóm 10 địa phương dẫn đầu, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%.
HOÀI THU
BÁO NGHỆ AN ĐIỆN TỬ""",
[idx(p, PAR, y, rank=r, rank_of=63) for p, y, r in (
    ("Nghệ An", 2020, 23), ("Nghệ An", 2021, 18), ("Nghệ An", 2022, 20), ("Nghệ An", 2023, 12), ("Nghệ An", 2024, 9))]
+ [idx("Nghệ An", SIPAS, 2024, score=87.02, rank=10, rank_of=63)]
+ _series("Nghệ An", PCI, {2020: 30, 2024: 11})
+ [idx("Nghệ An", PAPI, 2024, score=43.9),
   task("Nghệ An", "2024", 56, 57),
   _all(dos("Nghệ An", "2024", received=1520000, online_pct=64.2)),
   _all(dos("Nghệ An", "2025-09M", received=1310000, late_pct=0.62))]),

# ------------------------------------------------------------------ anniversaries
Case("AD11 portal: 25 years since the province was re-established (1997-2022), budget and GRDP history, 'PCI 2015 xếp thứ 40, đến PCI 2020 vươn lên thứ 13', PAR 2020 'cao nhất kể từ ... (năm 2012)', 'Cùng năm' SIPAS and PAPI, staff cuts, '209/209', targets",
"https://bacgiang.gov.vn/chi-tiet-tin-tuc/-/asset_publisher/St1HKdBlZZFW/content/25-nam-tai-lap-tinh-bac-giang-1997-2022-tu-tinh-thuan-nong-den-diem-sang-thu-hut-dau-tu",
dt.date(2022, 1, 3),
"""25 năm tái lập tỉnh Bắc Giang (1997-2022): Từ tỉnh thuần nông đến điểm sáng thu hút đầu tư
03/01/2022 08:15 | Lượt xem: 2.140
Ngày 1/1/1997, tỉnh Bắc Giang được tái lập trên cơ sở chia tách tỉnh Hà Bắc. Khi đó, tỉnh có 9 huyện, 1 thị xã, quy mô kinh tế nhỏ, thu ngân sách chỉ đạt 93 tỷ đồng. Sau 25 năm, năm 2021 tổng sản phẩm trên địa bàn (GRDP) của tỉnh tăng 7,82%, thu ngân sách đạt 15.235 tỷ đồng, gấp hơn 160 lần năm 1997.
Môi trường đầu tư, kinh doanh được cải thiện mạnh mẽ. PCI 2015 của tỉnh xếp thứ 40, đến PCI 2020 vươn lên thứ 13, lần đầu tiên vào nhóm tỉnh có chất lượng điều hành rất tốt. Toàn tỉnh hiện có 11.200 doanh nghiệp đang hoạt động, gấp 37 lần so với năm 2005.
Công tác cải cách hành chính có nhiều đột phá. Chỉ số CCHC năm 2020 của tỉnh đạt 88,30%, xếp thứ 4/63 tỉnh, thành phố, là kết quả cao nhất kể từ khi Bộ Nội vụ triển khai xác định chỉ số này (năm 2012). Cùng năm, Chỉ số SIPAS của tỉnh đạt 86,75%, Chỉ số PAPI đạt 45,12 điểm, thuộc nhóm đạt điểm cao nhất cả nước.
Lễ mít tinh kỷ niệm 25 năm tái lập tỉnh. Ảnh: Khánh Linh
Bộ máy hành chính được sắp xếp tinh gọn; giai đoạn 2016-2021, tỉnh giảm 6 đơn vị hành chính cấp xã và 1.052 biên chế công chức, viên chức. 209/209 xã, phường, thị trấn đã kết nối mạng truyền số liệu chuyên dùng.
Phát biểu tại lễ kỷ niệm, Bí thư Tỉnh ủy đề nghị phấn đấu đến năm 2025 Chỉ số CCHC và PCI của tỉnh nằm trong nhóm 10 địa phương dẫn đầu, GRDP bình quân đầu người đạt 5.000 USD.
Tin khác
- Bắc Giang đón nhận Huân chương Lao động hạng Nhất
- Khánh thành cầu Đồng Sơn nối thành phố Bắc Giang với huyện Yên Dũng
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG""",
_series("Bắc Giang", PCI, {2015: 40, 2020: 13})
+ [idx("Bắc Giang", PAR, 2020, score=88.3, rank=4, rank_of=63),
   idx("Bắc Giang", SIPAS, 2020, score=86.75),
   idx("Bắc Giang", PAPI, 2020, score=45.12)]),

Case("AD12 SNV site: 75 years of the Home Affairs sector (1945-2020), the province re-established in 1991, 'từ vị trí thứ 55/63 năm 2013 đã vươn lên thứ 13/63 năm 2019', PAR 2019 published in 2020 with a change, SIPAS 2018 and 2019, tasks per year 'năm 2018: 45/45 nhiệm vụ', staff cuts",
"https://sonoivu.tuyenquang.gov.vn/GroupNews/5/Nganh-Noi-vu-Tuyen-Quang-75-nam-xay-dung-va-truong-thanh.html",
dt.date(2020, 8, 27),
"""Ngành Nội vụ Tuyên Quang: 75 năm xây dựng và trưởng thành
Ngày đăng: 27/08/2020 | Lượt xem: 512
Nhân kỷ niệm 75 năm Ngày truyền thống ngành Tổ chức nhà nước (28/8/1945 - 28/8/2020), Sở Nội vụ tỉnh Tuyên Quang tổ chức gặp mặt các thế hệ cán bộ, công chức ngành Nội vụ qua các thời kỳ.
Kể từ khi tỉnh Tuyên Quang được tái lập năm 1991, ngành Nội vụ đã tham mưu sắp xếp tổ chức bộ máy, xây dựng đội ngũ cán bộ, công chức, viên chức và thực hiện công tác cải cách hành chính (CCHC). Giai đoạn 2015-2020, tỉnh giảm 1.234 biên chế (10,2%), giảm 5 đơn vị sự nghiệp công lập; 138/138 xã, phường, thị trấn có Bộ phận Một cửa hoạt động hiệu quả.
Nhờ sự chỉ đạo quyết liệt, Chỉ số CCHC của tỉnh từ vị trí thứ 55/63 năm 2013 đã vươn lên thứ 13/63 năm 2019. Chỉ số CCHC năm 2019 do Bộ Nội vụ công bố tháng 8/2020 đạt 81,98%, tăng 2 bậc so với năm 2018. Chỉ số SIPAS năm 2018 đạt 79,60%, năm 2019 đạt 83,21%.
Kế hoạch CCHC của tỉnh được thực hiện nghiêm túc: năm 2017 hoàn thành 40/42 nhiệm vụ; năm 2018: 45/45 nhiệm vụ; năm 2019: 47/48 nhiệm vụ.
Quang cảnh buổi gặp mặt. Ảnh: Phòng Tổ chức - Biên chế
Với những thành tích đạt được, Sở Nội vụ vinh dự được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì năm 2015; nhiều tập thể, cá nhân được Bộ Nội vụ tặng Bằng khen.
Phát biểu tại buổi gặp mặt, Giám đốc Sở Nội vụ đề nghị cán bộ, công chức trong ngành tiếp tục phát huy truyền thống, phấn đấu năm 2020 Chỉ số CCHC của tỉnh vào nhóm 10 tỉnh, thành phố dẫn đầu.
SỞ NỘI VỤ TỈNH TUYÊN QUANG
Địa chỉ: Đường 17/8, phường Minh Xuân, TP. Tuyên Quang""",
[idx("Tuyên Quang", PAR, 2013, rank=55, rank_of=63),
 idx("Tuyên Quang", PAR, 2019, score=81.98, rank=13, rank_of=63, rank_change=2),
 idx("Tuyên Quang", SIPAS, 2018, score=79.6),
 idx("Tuyên Quang", SIPAS, 2019, score=83.21),
 optional(idx("Tuyên Quang", SIPAS, 2019, prev_score=79.6)),
 task("Tuyên Quang", "2017", 40, 42),
 task("Tuyên Quang", "2018", 45, 45),
 task("Tuyên Quang", "2019", 47, 48)]),
]


# ------------------------------------------------------------------ ranking tables written as text
def _year_row(year: int, score: float, rank: int) -> list[dict[str, object]]:
    return [idx("Hậu Giang", PAR, year, score=score, rank=rank), implied_rank_of("Hậu Giang", PAR, year, 63)]


def _kt(index: str, values: dict[int, float], slot: str) -> list[dict[str, object]]:
    facts: list[dict[str, object]] = []
    for year, value in values.items():
        facts.append(idx("Kon Tum", index, year, **{slot: value}))
        if slot == "rank":
            facts.append(implied_rank_of("Kon Tum", index, year, 63))
    return facts


TABLES_AD: list[Case] = [
Case("ADT1 portal: PAR Index by year, a row per year (year, score, rank), space-aligned, '(/63)' in the header, a lead restating the last row with '10/63' and a regional rank, a footnote with a release date",
"https://haugiang.gov.vn/cai-cach-hanh-chinh/chi-so-cai-cach-hanh-chinh-cua-tinh-hau-giang-qua-cac-nam-2016-2022-41827",
dt.date(2023, 6, 12),
"""Chỉ số cải cách hành chính của tỉnh Hậu Giang qua các năm (2016-2022)
Trang chủ > Cải cách hành chính > Số liệu thống kê
12/06/2023 | Lượt xem: 233
Năm 2022, Chỉ số CCHC của tỉnh Hậu Giang đạt 87,15%, xếp thứ 10/63 tỉnh, thành phố, đứng thứ 2 khu vực Đồng bằng sông Cửu Long. Sở Nội vụ tổng hợp kết quả Chỉ số CCHC của tỉnh do Bộ Nội vụ công bố hằng năm như sau:
Năm      Điểm (%)    Xếp hạng (/63)
2016     74,05       30
2017     77,12       24
2018     79,40       18
2019     82,31       12
2020     85,67       9
2021     86,93       11
2022     87,15       10
Ghi chú: Kết quả năm 2022 được Bộ Nội vụ công bố ngày 19/4/2023; năm 2021 được công bố ngày 25/5/2022.
Nguồn: Sở Nội vụ tỉnh Hậu Giang
Chia sẻ | In bài
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẬU GIANG""",
_year_row(2016, 74.05, 30) + _year_row(2017, 77.12, 24) + _year_row(2018, 79.4, 18) + _year_row(2019, 82.31, 12)
+ _year_row(2020, 85.67, 9) + _year_row(2021, 86.93, 11)
+ [idx("Hậu Giang", PAR, 2022, score=87.15, rank=10, rank_of=63)],
table=True),

Case("ADT2 portal: six indicators of one province, a column per year 2019-2023, tab-separated, score and rank rows, '-' for DTI 2019 (no DTI yet) and for PCI 2023 (top 30 only), a footnote 'Xếp hạng trên tổng số 63'",
"https://kontum.gov.vn/pages/detail/41208/Ket-qua-cac-chi-so-danh-gia-cua-tinh-Kon-Tum-giai-doan-2019-2023.html",
dt.date(2024, 6, 5),
"Kết quả các chỉ số đánh giá của tỉnh Kon Tum giai đoạn 2019-2023\n"
"Trang chủ / Tin tức / Cải cách hành chính\n"
"05/06/2024 | Lượt xem: 198\n"
"Văn phòng UBND tỉnh tổng hợp kết quả các chỉ số đánh giá năng lực điều hành, quản trị của tỉnh Kon Tum "
"trong 5 năm gần đây:\n"
"Chỉ số\t2019\t2020\t2021\t2022\t2023\n"
"Chỉ số CCHC (%)\t78,12\t81,05\t82,40\t80,96\t84,33\n"
"Xếp hạng Chỉ số CCHC\t45\t40\t37\t50\t38\n"
"Chỉ số SIPAS (%)\t80,15\t82,51\t84,02\t79,88\t81,73\n"
"Chỉ số PAPI (điểm)\t41,02\t42,11\t42,35\t40,86\t41,90\n"
"Xếp hạng PCI\t55\t48\t51\t46\t-\n"
"Xếp hạng DTI\t-\t46\t40\t38\t35\n"
"(-): chưa có chỉ số hoặc không được công bố (PCI 2023 chỉ công bố 30 địa phương dẫn đầu).\n"
"Xếp hạng trên tổng số 63 tỉnh, thành phố.\n"
"Nguồn: Văn phòng UBND tỉnh Kon Tum\n"
"CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KON TUM\n",
_kt(PAR, {2019: 78.12, 2020: 81.05, 2021: 82.4, 2022: 80.96, 2023: 84.33}, "score")
+ _kt(PAR, {2019: 45, 2020: 40, 2021: 37, 2022: 50, 2023: 38}, "rank")
+ _kt(SIPAS, {2019: 80.15, 2020: 82.51, 2021: 84.02, 2022: 79.88, 2023: 81.73}, "score")
+ _kt(PAPI, {2019: 41.02, 2020: 42.11, 2021: 42.35, 2022: 40.86, 2023: 41.9}, "score")
+ _kt(PCI, {2019: 55, 2020: 48, 2021: 51, 2022: 46}, "rank")
+ _kt(DTI, {2020: 46, 2021: 40, 2022: 38, 2023: 35}, "rank"),
table=True),
]


NEGATIVES_AD: list[Case] = [
Case("ADN1 ministry site: a 10-year national retrospective of the PAR Index and SIPAS, averages per year, unnamed highest and lowest, counts of provinces, a ministry leading 'bốn năm liên tiếp (2018-2021)', survey sizes, history, targets",
"https://caicachhanhchinh.gov.vn/tin-tuc/10-nam-chi-so-cai-cach-hanh-chinh-2012-2021-nhung-con-so-biet-noi-9841.html",
dt.date(2022, 6, 30),
"""10 năm Chỉ số cải cách hành chính (2012-2021): Những con số biết nói
Thứ Năm, 30/06/2022 | 08:00
Năm 2012, Bộ Nội vụ lần đầu triển khai xác định Chỉ số cải cách hành chính (PAR Index) đối với 19 bộ, cơ quan ngang bộ và 63 tỉnh, thành phố trực thuộc Trung ương. Sau 10 năm, Chỉ số CCHC đã trở thành công cụ quan trọng để theo dõi, đánh giá kết quả cải cách hành chính hằng năm.
Giá trị trung bình Chỉ số CCHC của các tỉnh, thành phố tăng từ 71,43% năm 2012 lên 77,42% năm 2016 và 83,04% năm 2021. Khoảng cách giữa địa phương cao nhất và thấp nhất thu hẹp từ 27,4 điểm (năm 2012) xuống còn 12,8 điểm (năm 2021); năm 2021, điểm cao nhất của khối địa phương là 89,82%, thấp nhất là 77,03%. Số địa phương đạt trên 80% tăng từ 5 năm 2012 lên 52 năm 2021.
Ở khối bộ, giá trị trung bình tăng từ 74,80% năm 2012 lên 86,17% năm 2021. Bộ Tư pháp dẫn đầu khối bộ bốn năm liên tiếp (2018-2021), năm 2021 đạt 92,08%; Ngân hàng Nhà nước Việt Nam xếp thứ hai các năm 2020 và 2021.
Chỉ số SIPAS được triển khai từ năm 2017; mức hài lòng chung của người dân, tổ chức tăng từ 80,09% (năm 2017) lên 84,14% (năm 2021). Năm 2021, có 46/63 tỉnh, thành phố đạt trên 80%, không còn địa phương nào dưới 75%. Mỗi năm, Bộ Nội vụ phát khoảng 35.000 phiếu điều tra xã hội học tại 63/63 tỉnh, thành phố, mỗi tỉnh 550 phiếu.
Trong 8 lĩnh vực, cải cách thể chế có giá trị trung bình cao nhất năm 2021 (89,5%), cải cách tài chính công thấp nhất (71,2%).
Bộ Nội vụ đang xây dựng Bộ chỉ số CCHC giai đoạn 2022-2030, phấn đấu đến năm 2025 có 100% tỉnh, thành phố đạt trên 80% và mức hài lòng chung đạt trên 90%.
Trang thông tin điện tử Cải cách hành chính - Bộ Nội vụ
Lượt truy cập: 8.412.905""",
[]),

Case("ADN2 district portal under a provincial domain: a district's term review with its ranks among districts for 2020-2024 'lần lượt', its own tasks, dossiers and online share, a district SIPAS, DDCI, '16/16 xã', targets",
"https://cailay.tiengiang.gov.vn/tin-tuc/hoat-dong-cua-huyen/huyen-cai-lay-nhin-lai-5-nam-cai-cach-hanh-chinh-2020-2024-2318.html",
dt.date(2025, 4, 10),
"""Huyện Cai Lậy: Nhìn lại 5 năm cải cách hành chính (2020-2024)
Trang chủ > Tin tức - Sự kiện > Hoạt động của huyện
10/04/2025 | Lượt xem: 174
Thực hiện Nghị quyết Đại hội Đảng bộ huyện lần thứ XII, nhiệm kỳ 2020-2025, công tác cải cách hành chính (CCHC) của huyện Cai Lậy có nhiều chuyển biến tích cực.
Theo kết quả do UBND tỉnh công bố, Chỉ số CCHC của huyện từ năm 2020 đến năm 2024 lần lượt xếp thứ 6, 4, 3, 2 và 1 trong 11 huyện, thị xã, thành phố; năm 2024, huyện đạt 91,25 điểm, lần đầu tiên dẫn đầu khối huyện.
Kế hoạch CCHC của huyện được triển khai đầy đủ: năm 2021 hoàn thành 28/30 nhiệm vụ, năm 2024 hoàn thành 32/32 nhiệm vụ. 16/16 xã, thị trấn ban hành kế hoạch CCHC hằng năm đúng thời gian.
Năm 2024, Bộ phận Một cửa huyện tiếp nhận 24.512 hồ sơ, giải quyết trước và đúng hạn 99,6%; tỷ lệ hồ sơ trực tuyến đạt 58,3%, tăng gấp 6 lần so với năm 2020 (9,5%). Chỉ số hài lòng của người dân đối với Bộ phận Một cửa huyện do tỉnh khảo sát năm 2024 đạt 92,4%.
Về Chỉ số năng lực cạnh tranh cấp sở, ngành và huyện (DDCI) năm 2024, huyện xếp thứ 2 với 82,6 điểm, tăng 3 bậc.
Giai đoạn tới, huyện phấn đấu giữ vững vị trí dẫn đầu về Chỉ số CCHC, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%, góp phần nâng cao Chỉ số CCHC, SIPAS và PCI của tỉnh.
Tác giả: Văn phòng HĐND và UBND huyện
Tin khác
- Huyện Cai Lậy tổ chức đối thoại với 150 hộ kinh doanh
UBND HUYỆN CAI LẬY - TỈNH TIỀN GIANG
Địa chỉ: Quốc lộ 1, xã Long Khánh, huyện Cai Lậy, tỉnh Tiền Giang""",
[]),
]


def test_round_ad_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AD prose", ROUND_AD, capsys)


def test_round_ad_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AD)


@pytest.mark.parametrize("case", NEGATIVES_AD, ids=ids(NEGATIVES_AD))
def test_round_ad_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AD + TABLES_AD, ids=ids(ROUND_AD + TABLES_AD))
def test_round_ad_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
