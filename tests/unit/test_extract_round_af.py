"""Blind round AF: index components in depth, written by a helper that never read the extractor.

Written by a separate agent given the facts schema, the domain notes, the seeds and their gold,
the held-out helpers, ``blind_rounds``, the scoring module and rounds O, Q, S and Y (for the
format and the gold conventions) only (told not to read the rest of ``scrapers/`` nor the other
tests, and not to run the extractor). Theme: the components of the indices as Sở Nội vụ sites,
provincial portals, provincial papers and national papers write them, results for 2019–2024 of
the 63 provinces (before the 2025 mergers), each with the composite score and rank in the same
paragraph as its components:

* PAR Index fields (lĩnh vực): all 8 as "x/y điểm" with ranks, "xếp thứ 9/63, tăng 14 bậc",
  "giảm 0,62 điểm", "điểm thẩm định" and "điểm điều tra xã hội học" beside the total, the
  fields' shares of their maxima with "cao nhất / thấp nhất trong 8 lĩnh vực", the national
  leader (AF1, Hà Nam 2023); four fields "lần lượt đạt 8,05; 8,77; 11,92 và 9,10 điểm" in
  short forms, two "lần lượt xếp thứ 33 và thứ 17", a stray space in a change (AF2, Thái
  Nguyên 2022); the 2012–2021 method's field "hiện đại hóa hành chính" (AF11); field leaders
  of 2024 named on a national paper beside the national appraisal / survey averages (AF12); a
  Sở Nội vụ table of the 8 fields with maxima, this and last year's ranks and a total row (AFT1);
* SIPAS: the 5 component indices of 2020 with the province's highest and lowest, satisfaction
  per service, PAR 2020 split into appraisal and survey points (AF3); the 2022 method's policy
  groups and public-service satisfaction (AF2, AF12); one component of 2021 (AF11);
* PAPI: the 8 dimensions (chỉ số nội dung) of 2021 as a dashed list with signed changes, the
  province's own highest / lowest, the national highest of one dimension (AF4); a national
  paper's PAPI 2023 with "lần lượt xếp thứ 2 và 3", dimension leaders ("dẫn đầu", "có điểm cao
  nhất"), the biggest riser and national averages (AF5); short names and changes in a mixed
  round-up (AF11); a tab-separated 2019 / 2020 / change table with short names and a total
  row (AFT2);
* PCI: the 10 sub-indices of 2022 with the province's highest / lowest, changes and ranks of
  three, the previous score in parentheses, the national median and a national highest
  (AF6); 2019 in short forms ("các chỉ số minh bạch và năng động lần lượt đạt"), ranks and
  changes of sub-indices, the previous year in parentheses, a regional rank and two named
  provinces (AF7); sub-indices in a mixed round-up (AF11);
* DTI: the 3 pillars and the 8 main indices of 2022, English decimals in one paragraph, the
  main index "Hoạt động chính quyền số" beside the pillar "Chính quyền số" (AF8); the national
  DTI 2021 with "lần lượt xếp thứ hai và thứ ba", pillar and main-index leaders, one province
  leading two pillars in one clause, a maximum score shared by 16 provinces, ministries (AF9);
  a pillar's rank in a round-up (AF11);
* the monthly service index: its 5 groups of criteria as "x/y điểm" adding up to the total,
  the previous month in parentheses, a 9-month average, the national average and an unnamed
  leader (AF10);
* two negatives, figure-heavy pages with no fact under the schema: the 2022–2030 PAR method
  (maxima per field, appraisal and survey maxima, criteria counts, groups A/B/C, the
  province's self-assessed appraisal points awaiting the Ministry, "63/63", a target; AFN1),
  and a province's DDCI of departments and districts with PCI-named components, averages,
  highest / lowest and the PCI's weights (AFN2).

Gold notes (judgement calls):

* Component names are the domain's, whatever form the article uses: PAR fields ("công tác chỉ
  đạo, điều hành", "cải cách TTHC", "tổ chức bộ máy", "công vụ", "tài chính công", "xây dựng
  chính quyền điện tử, chính quyền số", "chỉ số tác động của CCHC", "... phát triển kinh tế -
  xã hội"), PAPI dimensions ("Công khai, minh bạch", "Kiểm soát tham nhũng" → the full names),
  PCI sub-indices ("chỉ số minh bạch" → Tính minh bạch, "năng động" → Tính năng động, "chỉ số
  tiếp cận đất đai" → Tiếp cận đất đai), DTI pillars and the 8 main indices (required, being
  named in the domain, as in round Y).
* A component score printed "x/y điểm" is x. Its share of the maximum ("có tỷ lệ đạt cao nhất
  trong 8 lĩnh vực (95,78%)") restates the same score: no slot. "cao nhất / thấp nhất trong 8
  lĩnh vực (5 chỉ số, 8 chỉ số chính, 10 chỉ số thành phần) của tỉnh" describes the province's
  own component: its score is a fact, it gives no rank. A named province's component "dẫn đầu"
  / "đứng đầu" is rank 1; "đạt điểm cao nhất cả nước" / "có điểm cao nhất" gives the score, and
  rank 1 is optional (round Y's Y9); the score shared by 16 provinces ("đạt điểm tối đa 1,0000
  ..., cùng với 15 địa phương khác", AF9) is a score, its rank 1 optional.
* The PAR Index's "điểm thẩm định" / "điểm đánh giá, thẩm định" and "điểm điều tra xã hội học"
  are parts of the total, not components in the domain's list: no slot (least of all as the
  composite score). Likewise no slot for the monthly service index's five groups (Công khai,
  minh bạch; Tiến độ giải quyết; Dịch vụ công trực tuyến; Mức độ hài lòng; Số hóa hồ sơ), for
  SIPAS satisfaction per service, per policy group or with public services (the 2022 method),
  and for DDCI components.
* SIPAS's 5 component indices (2017–2021) are required under the domain's names, which the
  domain writes in lower case ("tiếp cận dịch vụ", "thủ tục hành chính", "công chức trực tiếp
  giải quyết công việc", "kết quả dịch vụ", "tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"); the
  same fact with its first letter capitalised is optional (the domain marks these names
  unverified). PCI's "Thiết chế pháp lý (và an ninh trật tự)" is optional under that name, under
  "Thiết chế pháp lý" and under "Thiết chế pháp lý và an ninh trật tự". The 2012–2021 PAR field
  "hiện đại hóa hành chính" (the forerunner of the digital-government field, AF11) is optional
  under the digital-government field's name; under any other name it is a wrong slot.
* Previous values in parentheses after the change ("(năm 2021 đạt 64,02 điểm)", "(62,10 điểm,
  xếp thứ 47)", "(đạt 82,04 điểm, xếp thứ 20)", "(năm 2019 đạt 41,62 điểm, xếp thứ 42/63)") and
  a table's last-year column are required ``prev_*`` (the seeds and the held-out table); the
  same value as a fact of its own year (or month) is optional (round O's O6). A table's change
  column and total row give ``score_change`` and the composite.
* ``rank_of`` is required when printed with the rank ("xếp thứ 9/63", "xếp thứ 56/63", "xếp thứ
  11/63"); where the article only implies 63 (a component "xếp thứ 11", "dẫn đầu cả nước", a
  table's rank column), it is a separate optional fact (``implied_rank_of``).
* Not facts: national averages and medians (of an index, pillar, dimension or field, and the
  average appraisal / survey points), the unnamed national highest and lowest ("điểm cao nhất
  ở nội dung quản trị điện tử chỉ là 3,87 điểm", "địa phương dẫn đầu đạt 91,46 điểm"), regional
  ranks ("thứ 5/8 địa phương", "dẫn đầu khu vực"), ministries, DDCI of departments and
  districts, counts ("6/8 chỉ số nội dung", "42/63 tỉnh, thành phố", "6 địa phương"), quartile
  groups, survey sizes, a self-assessed score awaiting appraisal, maxima, weights, targets
  ("nhóm 15", "trên 18 điểm", "dưới 6 điểm", "trên 88%"), history ("năm thứ 15 liên tiếp",
  "năm thứ hai"), a gap to the average ("thấp hơn ... 0,0721 điểm").
* AF10's 9-month average of the monthly index is optional (period "2024-09M"; not one month's
  result). Monthly service-index facts carry ``period``; the scorer keys them by year.

First score (extractor 1.11.0 at 7107ef6, on arrival): prose **0.990 / 0.917**, tables
**0.429**, one negative with 9 facts: a method's maxima ("lĩnh vực X tối đa 9 điểm; cải cách
thể chế 10 điểm; ...") and a self-assessment ("tự đánh giá ... 56,20/62 điểm") read as
results; a component table with a column per year and a change column (PAPI 2019 | 2020 |
Tăng/giảm) read as nothing, and "Xếp hạng 2023 | Xếp hạng 2022" read the older column as the
rank. After those fixes and "mức độ hài lòng chung" on a national page as the country's:
prose 0.995 / 0.917, tables 0.991, negatives clean. Left: SIPAS's five criteria under their
lower-case names (AF3), DTI's "hoạt động" sub-indices (AF8), a headline "Chỉ số CCHC, SIPAS
năm 2024: Hải Phòng dẫn đầu" whose lead is given to both listed indices (one precision slip;
a rule that dropped figures after a list of indices cost recall in six other rounds and was
reverted). Each fix has a follow-up of its own sentences in ``test_extract_followups.py``
that fails before it.

None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, PAPI, PAR, PCI, SIPAS, Case, idx, implied_rank_of, optional, svc

pytestmark = pytest.mark.unit


# PAR Index fields (domain §1, QĐ 876/QĐ-BNV)
DIRECTION = "Công tác chỉ đạo, điều hành CCHC"
INSTIT = "Cải cách thể chế"
TTHC = "Cải cách thủ tục hành chính"
ORG = "Cải cách tổ chức bộ máy hành chính"
CIVIL = "Cải cách chế độ công vụ"
FIN = "Cải cách tài chính công"
EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"

# PAPI dimensions
PARTICIPATION = "Tham gia của người dân ở cấp cơ sở"
TRANSPARENCY = "Công khai, minh bạch trong việc ra quyết định ở địa phương"
ACCOUNTABILITY = "Trách nhiệm giải trình với người dân"
CORRUPTION = "Kiểm soát tham nhũng trong khu vực công"
PAPI_TTHC = "Thủ tục hành chính công"
SERVICES = "Cung ứng dịch vụ công"
ENVIRONMENT = "Quản trị môi trường"
EGOVERNANCE = "Quản trị điện tử"

# SIPAS component indices, 2017–2021 (the domain's names, in its lower case)
S_ACCESS = "tiếp cận dịch vụ"
S_TTHC = "thủ tục hành chính"
S_STAFF = "công chức trực tiếp giải quyết công việc"
S_RESULT = "kết quả dịch vụ"
S_FEEDBACK = "tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"

# PCI's tenth sub-index, whose domain name carries a parenthesis
LEGAL_FORMS = ("Thiết chế pháp lý (và an ninh trật tự)", "Thiết chế pháp lý", "Thiết chế pháp lý và an ninh trật tự")


def _sipas(province: str, year: int, name: str, **slots: object) -> list[dict[str, object]]:
    """A SIPAS component: required under the domain's lower-case name, optional capitalised."""
    return [idx(province, SIPAS, year, name, **slots),
            optional(idx(province, SIPAS, year, name[0].upper() + name[1:], **slots))]


def _legal(province: str, year: int, **slots: object) -> list[dict[str, object]]:
    """PCI's Thiết chế pháp lý under any of the names the domain's entry allows: optional."""
    return [optional(idx(province, PCI, year, name, **slots)) for name in LEGAL_FORMS]


ROUND_AF: list[Case] = [
# ------------------------------------------------------------------ PAR Index: the 8 fields
Case("AF1 SNV site: PAR 2023 with all 8 fields 'x/y điểm', ranks and changes, appraisal and survey points beside the total, shares of the maxima 'cao nhất / thấp nhất trong 8 lĩnh vực', the national average and leader",
"https://sonoivu.hanam.gov.vn/tin-tuc/cai-cach-hanh-chinh/chi-so-cchc-nam-2023-cua-tinh-tang-7-bac-5-8-linh-vuc-tang-diem-3318.html",
dt.date(2024, 4, 22),
"""Chỉ số CCHC năm 2023 của tỉnh tăng 7 bậc, 5/8 lĩnh vực tăng điểm
Trang chủ > Tin tức > Cải cách hành chính
Ngày đăng: 22/04/2024 | Lượt xem: 412
Ngày 17/4/2024, Ban Chỉ đạo cải cách hành chính của Chính phủ công bố Chỉ số cải cách hành chính (CCHC) năm 2023. Theo đó, Chỉ số CCHC năm 2023 của tỉnh Hà Nam đạt 87,91%, xếp thứ 20/63 tỉnh, thành phố, tăng 7 bậc so với năm 2022. Trong tổng điểm, điểm thẩm định của tỉnh đạt 55,36/62 điểm, điểm điều tra xã hội học đạt 32,55/38 điểm.
Xét theo 8 lĩnh vực, công tác chỉ đạo, điều hành CCHC đạt 8,62/9 điểm, xếp thứ 11; cải cách thể chế đạt 8,40/10 điểm, xếp thứ 24; cải cách thủ tục hành chính đạt 12,73/14 điểm, xếp thứ 9/63, tăng 14 bậc; cải cách tổ chức bộ máy hành chính đạt 8,91/10 điểm; cải cách chế độ công vụ đạt 11,47/14 điểm, giảm 0,62 điểm so với năm 2022; cải cách tài chính công đạt 7,15/9 điểm, xếp thứ 40; xây dựng và phát triển chính quyền điện tử, chính quyền số đạt 11,86/14 điểm; tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội đạt 18,77/20 điểm.
So với điểm tối đa, lĩnh vực công tác chỉ đạo, điều hành có tỷ lệ đạt cao nhất trong 8 lĩnh vực (95,78%), lĩnh vực cải cách tài chính công thấp nhất (79,44%).
Giá trị trung bình Chỉ số CCHC năm 2023 của 63 tỉnh, thành phố là 85,12%; TP. Hải Phòng dẫn đầu với 91,55%, địa phương thấp nhất đạt 79,02%.
Giám đốc Sở Nội vụ cho biết, Sở sẽ tham mưu UBND tỉnh phân tích từng tiêu chí bị mất điểm, nhất là ở lĩnh vực tài chính công và thể chế; phấn đấu năm 2024 Chỉ số CCHC của tỉnh vào nhóm 15 địa phương dẫn đầu, không có lĩnh vực nào đạt dưới 85% điểm tối đa.
Tin khác
- Hà Nam công bố Chỉ số CCHC năm 2023 của các sở, ngành và UBND cấp huyện
SỞ NỘI VỤ TỈNH HÀ NAM
Địa chỉ: Đường Trần Phú, TP. Phủ Lý, tỉnh Hà Nam""",
[idx("Hà Nam", PAR, 2023, score=87.91, rank=20, rank_of=63, rank_change=7),
 idx("Hà Nam", PAR, 2023, DIRECTION, score=8.62, rank=11),
 idx("Hà Nam", PAR, 2023, INSTIT, score=8.4, rank=24),
 idx("Hà Nam", PAR, 2023, TTHC, score=12.73, rank=9, rank_of=63, rank_change=14),
 idx("Hà Nam", PAR, 2023, ORG, score=8.91),
 idx("Hà Nam", PAR, 2023, CIVIL, score=11.47, score_change=-0.62),
 idx("Hà Nam", PAR, 2023, FIN, score=7.15, rank=40),
 idx("Hà Nam", PAR, 2023, EGOV, score=11.86),
 idx("Hà Nam", PAR, 2023, IMPACT, score=18.77),
 implied_rank_of("Hà Nam", PAR, 2023, 63, DIRECTION), implied_rank_of("Hà Nam", PAR, 2023, 63, INSTIT),
 implied_rank_of("Hà Nam", PAR, 2023, 63, FIN),
 # appraisal / survey points and the shares of the maxima: no slot
 idx("Hải Phòng", PAR, 2023, score=91.55, rank=1),
 implied_rank_of("Hải Phòng", PAR, 2023, 63)]),

Case("AF2 provincial paper: PAR 2022 with fields in short forms 'lần lượt đạt' and 'lần lượt xếp thứ', signed changes with a stray space, SIPAS 2022 with policy-group and public-service satisfaction",
"https://baothainguyen.vn/chinh-tri/xay-dung-dang-chinh-quyen/202304/chi-so-cchc-nam-2022-giam-5-bac-linh-vuc-chinh-quyen-so-tang-manh-3a51f27/",
dt.date(2023, 4, 25),
"""Thái Nguyên: Chỉ số CCHC năm 2022 giảm 5 bậc, lĩnh vực chính quyền số tăng mạnh
Thứ Ba, 25/04/2023 | 07:45
Chính trị
(BTN) - Theo kết quả do Bộ Nội vụ công bố ngày 19/4, Chỉ số CCHC năm 2022 của tỉnh Thái Nguyên đạt 86,18%, xếp thứ 21/63 tỉnh, thành phố, giảm 5 bậc so với năm 2021. Đây là năm đầu tiên Chỉ số được xác định theo Quyết định số 876/QĐ-BNV, với nhiều tiêu chí mới và thang điểm mới cho từng lĩnh vực.
Phân tích 8 chỉ số thành phần cho thấy, các lĩnh vực chỉ đạo điều hành, cải cách thể chế, cải cách TTHC và cải cách tổ chức bộ máy lần lượt đạt 8,05; 8,77; 11,92 và 9,10 điểm. Ở lĩnh vực công vụ và tài chính công, tỉnh lần lượt xếp thứ 33 và thứ 17. Lĩnh vực xây dựng chính quyền điện tử, chính quyền số đạt 10,64 điểm, tăng 1,25 điểm so với năm trước, là lĩnh vực tăng mạnh nhất; ngược lại, chỉ số tác động của CCHC giảm 0, 84 điểm, còn 17,36 điểm.
Cùng ngày, Chỉ số SIPAS năm 2022 của tỉnh được công bố đạt 82,64%, xếp thứ 30. Từ năm 2022, SIPAS đo lường sự hài lòng đối với chính sách công ở 9 nhóm chính sách và đối với việc cung ứng dịch vụ hành chính công. Theo đó, người dân hài lòng cao nhất với chính sách điện sinh hoạt (89,2%) và giáo dục phổ thông (86,7%); thấp nhất là chính sách phát triển kinh tế (74,5%) và giao thông đường bộ (76,1%). Mức độ hài lòng đối với dịch vụ hành chính công đạt 87,40%.
Theo lãnh đạo Sở Nội vụ, nguyên nhân giảm bậc là do một số tiêu chí về tỷ lệ hồ sơ trực tuyến và số hóa kết quả giải quyết TTHC chưa đạt yêu cầu. Năm 2023, tỉnh phấn đấu đưa Chỉ số CCHC trở lại nhóm 15 địa phương dẫn đầu, SIPAS đạt trên 85%.
THU HẰNG
Tin liên quan
- Thái Nguyên: Công bố Chỉ số CCHC năm 2022 của các sở, ban, ngành
BÁO THÁI NGUYÊN ĐIỆN TỬ""",
[idx("Thái Nguyên", PAR, 2022, score=86.18, rank=21, rank_of=63, rank_change=-5),
 idx("Thái Nguyên", PAR, 2022, DIRECTION, score=8.05),
 idx("Thái Nguyên", PAR, 2022, INSTIT, score=8.77),
 idx("Thái Nguyên", PAR, 2022, TTHC, score=11.92),
 idx("Thái Nguyên", PAR, 2022, ORG, score=9.1),
 idx("Thái Nguyên", PAR, 2022, CIVIL, rank=33),
 idx("Thái Nguyên", PAR, 2022, FIN, rank=17),
 implied_rank_of("Thái Nguyên", PAR, 2022, 63, CIVIL), implied_rank_of("Thái Nguyên", PAR, 2022, 63, FIN),
 idx("Thái Nguyên", PAR, 2022, EGOV, score=10.64, score_change=1.25),
 idx("Thái Nguyên", PAR, 2022, IMPACT, score=17.36, score_change=-0.84),
 idx("Thái Nguyên", SIPAS, 2022, score=82.64, rank=30),
 implied_rank_of("Thái Nguyên", SIPAS, 2022, 63)]),
 # policy groups and public-service satisfaction: no slot

# ------------------------------------------------------------------ SIPAS: the 5 component indices
Case("AF3 SNV site: SIPAS 2020 with its 5 component indices, the province's highest and lowest, satisfaction per service, the national average, PAR 2020 split into appraisal and survey points",
"https://sonoivu.quangbinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-chi-so-sipas-nam-2020-cua-tinh-quang-binh-1942.html",
dt.date(2021, 6, 2),
"""Kết quả Chỉ số SIPAS năm 2020 của tỉnh Quảng Bình
Ngày đăng: 02/06/2021 | Lượt xem: 187
Trang chủ » Tin tức - Sự kiện » Cải cách hành chính
Ngày 25/5/2021, Bộ Nội vụ công bố Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2020. Theo đó, Chỉ số SIPAS 2020 của tỉnh Quảng Bình đạt 86,54%, xếp thứ 9/63 tỉnh, thành phố, tăng 4 bậc so với năm 2019 và cao hơn mức trung bình cả nước (83,08%).
Trong 5 chỉ số thành phần, chỉ số tiếp cận dịch vụ đạt 88,12%; chỉ số thủ tục hành chính đạt 87,03%; chỉ số công chức trực tiếp giải quyết công việc đạt 88,40%, cao nhất trong 5 chỉ số; chỉ số kết quả dịch vụ đạt 86,95%. Riêng chỉ số tiếp nhận, xử lý góp ý, phản ánh, kiến nghị chỉ đạt 72,30%, thấp nhất trong 5 chỉ số, do tỷ lệ người dân có góp ý, phản ánh còn thấp.
Xét theo dịch vụ được khảo sát, người dân hài lòng nhất với dịch vụ cấp phiếu lý lịch tư pháp (91,4%) và đăng ký hộ kinh doanh (89,8%); dịch vụ cấp giấy chứng nhận quyền sử dụng đất có mức hài lòng thấp nhất (80,6%).
Cùng với SIPAS, Chỉ số CCHC năm 2020 của tỉnh đạt 84,37%, xếp thứ 29/63; trong đó điểm đánh giá, thẩm định đạt 52,61 điểm và điểm điều tra xã hội học đạt 31,76 điểm.
Sở Nội vụ đề nghị các cơ quan, đơn vị tăng cường tiếp nhận, trả lời phản ánh, kiến nghị của người dân qua nhiều kênh, phấn đấu năm 2021 Chỉ số SIPAS của tỉnh đạt trên 88%.
Phòng Cải cách hành chính
SỞ NỘI VỤ TỈNH QUẢNG BÌNH
Địa chỉ: Số 2 Quang Trung, TP. Đồng Hới""",
[idx("Quảng Bình", SIPAS, 2020, score=86.54, rank=9, rank_of=63, rank_change=4),
 *_sipas("Quảng Bình", 2020, S_ACCESS, score=88.12),
 *_sipas("Quảng Bình", 2020, S_TTHC, score=87.03),
 *_sipas("Quảng Bình", 2020, S_STAFF, score=88.4),
 *_sipas("Quảng Bình", 2020, S_RESULT, score=86.95),
 *_sipas("Quảng Bình", 2020, S_FEEDBACK, score=72.3),
 # satisfaction per service, the national average and the appraisal / survey points: no slot
 idx("Quảng Bình", PAR, 2020, score=84.37, rank=29, rank_of=63)]),

# ------------------------------------------------------------------ PAPI: the 8 dimensions
Case("AF4 provincial paper: PAPI 2021 with all 8 dimensions as a dashed list with signed changes, 'nhóm đạt điểm cao nhất', the province's own highest and lowest dimension, a national highest, the sample",
"https://baodongthap.vn/chinh-tri/papi-2021-dong-thap-tang-2-bac-6-8-chi-so-noi-dung-tang-diem-108215.aspx",
dt.date(2022, 5, 12),
"""PAPI 2021: Đồng Tháp tăng 2 bậc, 6/8 chỉ số nội dung tăng điểm
Thứ Năm, 12/05/2022 - 06:30
(BĐT) - Theo Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2021 được công bố ngày 10/5, tỉnh Đồng Tháp đạt 44,12 điểm, xếp thứ 6/63 tỉnh, thành phố, tăng 2 bậc so với năm 2020 và tiếp tục thuộc nhóm đạt điểm cao nhất cả nước.
So với năm 2020, tỉnh có 6/8 chỉ số nội dung tăng điểm. Cụ thể:
- Tham gia của người dân ở cấp cơ sở: 5,31 điểm (tăng 0,24 điểm);
- Công khai, minh bạch trong việc ra quyết định ở địa phương: 5,52 điểm (tăng 0,18 điểm);
- Trách nhiệm giải trình với người dân: 5,06 điểm (tăng 0,31 điểm);
- Kiểm soát tham nhũng trong khu vực công: 7,12 điểm (tăng 0,09 điểm);
- Thủ tục hành chính công: 7,58 điểm (giảm 0,05 điểm);
- Cung ứng dịch vụ công: 7,71 điểm (tăng 0,12 điểm);
- Quản trị môi trường: 3,58 điểm (giảm 0,21 điểm);
- Quản trị điện tử: 2,24 điểm (tăng 0,47 điểm).
Như vậy, quản trị điện tử là nội dung tăng điểm nhiều nhất nhưng vẫn là nội dung có điểm thấp nhất trong 8 chỉ số nội dung của tỉnh; cung ứng dịch vụ công là nội dung có điểm cao nhất. Trên toàn quốc, điểm cao nhất ở nội dung quản trị điện tử chỉ là 3,87 điểm.
Năm 2021, nhóm nghiên cứu PAPI khảo sát 16.080 người dân trên cả nước, trong đó Đồng Tháp có 390 người được phỏng vấn trực tiếp tại 6 xã, phường.
UBND tỉnh giao Sở Nội vụ chủ trì xây dựng kế hoạch cải thiện các nội dung giảm điểm, phấn đấu năm 2022 không có chỉ số nội dung nào giảm điểm.
HOÀNG LÂM
Tin liên quan
- Đồng Tháp: Đối thoại với người dân về công khai ngân sách xã
BÁO ĐỒNG THÁP ĐIỆN TỬ""",
[idx("Đồng Tháp", PAPI, 2021, score=44.12, rank=6, rank_of=63, rank_change=2),
 idx("Đồng Tháp", PAPI, 2021, PARTICIPATION, score=5.31, score_change=0.24),
 idx("Đồng Tháp", PAPI, 2021, TRANSPARENCY, score=5.52, score_change=0.18),
 idx("Đồng Tháp", PAPI, 2021, ACCOUNTABILITY, score=5.06, score_change=0.31),
 idx("Đồng Tháp", PAPI, 2021, CORRUPTION, score=7.12, score_change=0.09),
 idx("Đồng Tháp", PAPI, 2021, PAPI_TTHC, score=7.58, score_change=-0.05),
 idx("Đồng Tháp", PAPI, 2021, SERVICES, score=7.71, score_change=0.12),
 idx("Đồng Tháp", PAPI, 2021, ENVIRONMENT, score=3.58, score_change=-0.21),
 idx("Đồng Tháp", PAPI, 2021, EGOVERNANCE, score=2.24, score_change=0.47)]),
 # the national highest (3,87) and the province's own highest / lowest: no further slot

Case("AF5 national paper: PAPI 2023 leader and 'lần lượt xếp thứ 2 và 3', the biggest riser with its change, dimension leaders ('đạt điểm cao nhất cả nước', 'dẫn đầu', 'có điểm cao nhất'), national averages and changes, an unnamed lowest, '42/63', history",
"https://www.vietnamplus.vn/papi-2023-quan-tri-moi-truong-va-quan-tri-dien-tu-tiep-tuc-la-diem-yeu-post938412.vnp",
dt.date(2024, 4, 3),
"""PAPI 2023: Quản trị môi trường và quản trị điện tử tiếp tục là điểm yếu
03/04/2024 07:10 GMT+7
Xã hội
Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 được công bố ngày 2/4 tại Hà Nội, dựa trên ý kiến của 19.536 người dân được chọn ngẫu nhiên tại 63 tỉnh, thành phố.
Theo báo cáo, Quảng Ninh dẫn đầu cả nước với 47,31 điểm; Thừa Thiên Huế và Bình Định lần lượt xếp thứ 2 và 3 với 46,02 điểm và 45,77 điểm. Lai Châu là địa phương có mức cải thiện lớn nhất, đạt 43,90 điểm, tăng 3,12 điểm so với năm 2022.
Ở cấp độ chỉ số nội dung, điểm trung bình toàn quốc ở nội dung Kiểm soát tham nhũng trong khu vực công tăng 0,18 điểm, nội dung Quản trị môi trường giảm 0,26 điểm so với năm 2022. Quảng Trị đạt điểm cao nhất cả nước về Trách nhiệm giải trình với người dân với 5,61 điểm; Bến Tre dẫn đầu nội dung Thủ tục hành chính công (7,86 điểm); còn ở nội dung Quản trị điện tử, Đà Nẵng có điểm cao nhất (4,45 điểm), trong khi địa phương thấp nhất chỉ đạt 2,03 điểm.
Đáng chú ý, có 42/63 tỉnh, thành phố giảm điểm ở nội dung Quản trị môi trường, phản ánh lo ngại của người dân về chất lượng không khí và nguồn nước. Điểm trung bình của nội dung này chỉ đạt 3,12 điểm.
Đại diện Chương trình Phát triển Liên hợp quốc (UNDP) cho biết, PAPI 2023 là năm thứ 15 liên tiếp báo cáo được thực hiện kể từ năm 2009, với tổng cộng hơn 200.000 lượt người dân được khảo sát.
Thanh Tùng (TTXVN/Vietnam+)
Tin liên quan
- PAPI 2022: Người dân lo ngại về tham nhũng vặt giảm""",
[idx("Quảng Ninh", PAPI, 2023, score=47.31, rank=1),
 idx("Thừa Thiên Huế", PAPI, 2023, score=46.02, rank=2),
 idx("Bình Định", PAPI, 2023, score=45.77, rank=3),
 implied_rank_of("Quảng Ninh", PAPI, 2023, 63), implied_rank_of("Thừa Thiên Huế", PAPI, 2023, 63),
 implied_rank_of("Bình Định", PAPI, 2023, 63),
 idx("Lai Châu", PAPI, 2023, score=43.9, score_change=3.12),
 idx("Quảng Trị", PAPI, 2023, ACCOUNTABILITY, score=5.61),
 optional(idx("Quảng Trị", PAPI, 2023, ACCOUNTABILITY, rank=1, rank_of=63)),
 idx("Bến Tre", PAPI, 2023, PAPI_TTHC, score=7.86, rank=1),
 implied_rank_of("Bến Tre", PAPI, 2023, 63, PAPI_TTHC),
 idx("Đà Nẵng", PAPI, 2023, EGOVERNANCE, score=4.45),
 optional(idx("Đà Nẵng", PAPI, 2023, EGOVERNANCE, rank=1, rank_of=63))]),
 # national averages and changes, the unnamed lowest (2,03), 42/63 and the history: no slot

# ------------------------------------------------------------------ PCI: the 10 sub-indices
Case("AF6 provincial portal: PCI 2022 with all 10 sub-indices, the previous score in parentheses, the province's highest / lowest with changes and a rank, one 'xếp thứ 5/63', the national median and a national highest, targets",
"https://www.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=218734&CatId=104",
dt.date(2023, 4, 14),
"""PCI 2022: Đồng Nai tăng 8 bậc, xếp thứ 22/63
Cập nhật: 14/04/2023 10:15 | Lượt xem: 1.248
Trang chủ > Tin tức - Sự kiện > Kinh tế
(dongnai.gov.vn) - Ngày 11/4, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022. Đồng Nai đạt 65,47 điểm, xếp thứ 22/63 tỉnh, thành phố, tăng 8 bậc so với năm 2021 (năm 2021 đạt 64,02 điểm).
Trong 10 chỉ số thành phần, tỉnh có 6 chỉ số tăng điểm, 4 chỉ số giảm điểm. Kết quả cụ thể: Gia nhập thị trường đạt 7,05 điểm; Tiếp cận đất đai 6,12 điểm; Tính minh bạch 6,31 điểm; Chi phí thời gian 7,20 điểm; Chi phí không chính thức 6,85 điểm; Cạnh tranh bình đẳng 5,48 điểm; Tính năng động 6,02 điểm; Hỗ trợ doanh nghiệp 6,44 điểm; Đào tạo lao động 6,91 điểm; Thiết chế pháp lý và an ninh trật tự 6,73 điểm.
Chỉ số có điểm cao nhất của tỉnh là Chi phí thời gian, tăng 0,58 điểm so với năm 2021 và xếp thứ 12 cả nước; thấp nhất là Cạnh tranh bình đẳng, giảm 0,37 điểm. Đáng chú ý, chỉ số Đào tạo lao động xếp thứ 5/63, thuộc nhóm dẫn đầu.
Theo VCCI, điểm trung vị PCI 2022 của cả nước là 65,04 điểm; điểm cao nhất ở chỉ số Tính minh bạch là 7,46 điểm.
Chủ tịch UBND tỉnh yêu cầu các sở, ngành phân tích nguyên nhân giảm điểm ở các chỉ số Cạnh tranh bình đẳng, Tiếp cận đất đai, Tính năng động và Tính minh bạch; phấn đấu năm 2023 PCI của tỉnh vào nhóm 15 địa phương dẫn đầu, không có chỉ số thành phần nào dưới 6 điểm.
Tin khác
- Đồng Nai đối thoại với doanh nghiệp FDI quý I/2023
- Khởi công Khu công nghiệp Long Đức 3
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐỒNG NAI""",
[idx("Đồng Nai", PCI, 2022, score=65.47, rank=22, rank_of=63, rank_change=8, prev_score=64.02),
 optional(idx("Đồng Nai", PCI, 2021, score=64.02)),
 idx("Đồng Nai", PCI, 2022, "Gia nhập thị trường", score=7.05),
 idx("Đồng Nai", PCI, 2022, "Tiếp cận đất đai", score=6.12),
 idx("Đồng Nai", PCI, 2022, "Tính minh bạch", score=6.31),
 idx("Đồng Nai", PCI, 2022, "Chi phí thời gian", score=7.2, score_change=0.58, rank=12),
 implied_rank_of("Đồng Nai", PCI, 2022, 63, "Chi phí thời gian"),
 idx("Đồng Nai", PCI, 2022, "Chi phí không chính thức", score=6.85),
 idx("Đồng Nai", PCI, 2022, "Cạnh tranh bình đẳng", score=5.48, score_change=-0.37),
 idx("Đồng Nai", PCI, 2022, "Tính năng động", score=6.02),
 idx("Đồng Nai", PCI, 2022, "Hỗ trợ doanh nghiệp", score=6.44),
 idx("Đồng Nai", PCI, 2022, "Đào tạo lao động", score=6.91, rank=5, rank_of=63),
 *_legal("Đồng Nai", 2022, score=6.73)]),
 # the median and the national highest of Tính minh bạch (7,46): no slot

Case("AF7 provincial paper: PCI 2019 in short forms ('chỉ số minh bạch và năng động lần lượt đạt'), sub-index ranks and changes, the previous year in parentheses, a regional rank, a neighbour 'dẫn đầu khu vực và xếp thứ 11 cả nước', a named city",
"https://baoquangngai.vn/channel/2025/202005/pci-2019-quang-ngai-tang-4-bac-nhung-van-o-nhom-trung-binh-3001876/",
dt.date(2020, 5, 8),
"""PCI 2019: Quảng Ngãi tăng 4 bậc nhưng vẫn ở nhóm trung bình
Cập nhật: 08-05-2020 | 15:20
Kinh tế
(Baoquangngai.vn) - Theo Báo cáo PCI 2019 do VCCI công bố, Chỉ số năng lực cạnh tranh cấp tỉnh của Quảng Ngãi đạt 63,24 điểm, xếp thứ 43/63, tăng 4 bậc so với năm 2018 (62,10 điểm, xếp thứ 47).
Điểm sáng của tỉnh là chỉ số chi phí không chính thức đạt 6,94 điểm, tăng 0,71 điểm, xếp thứ 8; chỉ số gia nhập thị trường đạt 7,38 điểm, cao nhất trong 10 chỉ số thành phần của tỉnh. Các chỉ số minh bạch và năng động lần lượt đạt 6,05 và 5,62 điểm.
Ngược lại, chỉ số tiếp cận đất đai chỉ đạt 5,87 điểm, giảm 0,42 điểm, xếp thứ 56/63; chỉ số đào tạo lao động đạt 5,60 điểm, thấp nhất trong các chỉ số thành phần của tỉnh. Chỉ số hỗ trợ doanh nghiệp xếp thứ 38, giảm 11 bậc.
Nhiều doanh nghiệp cho rằng thời gian chờ giao đất, cho thuê đất tại các khu công nghiệp còn kéo dài, chi phí tuân thủ thủ tục về môi trường, phòng cháy, chữa cháy vẫn cao.
Trong khu vực Nam Trung Bộ, Quảng Ngãi đứng thứ 5/8 địa phương; Bình Định dẫn đầu khu vực và xếp thứ 11 cả nước. Đà Nẵng tiếp tục dẫn đầu vùng duyên hải miền Trung với 70,15 điểm, xếp thứ 4 toàn quốc.
Tỉnh phấn đấu đến năm 2021 PCI vào nhóm 30 địa phương dẫn đầu, chỉ số tiếp cận đất đai đạt trên 6,5 điểm.
PHẠM LÝ
Bài liên quan
- Quảng Ngãi đối thoại với hơn 200 doanh nghiệp
BÁO QUẢNG NGÃI ĐIỆN TỬ""",
[idx("Quảng Ngãi", PCI, 2019, score=63.24, rank=43, rank_of=63, rank_change=4, prev_score=62.1, prev_rank=47),
 optional(idx("Quảng Ngãi", PCI, 2018, score=62.1, rank=47)),
 idx("Quảng Ngãi", PCI, 2019, "Chi phí không chính thức", score=6.94, score_change=0.71, rank=8),
 implied_rank_of("Quảng Ngãi", PCI, 2019, 63, "Chi phí không chính thức"),
 idx("Quảng Ngãi", PCI, 2019, "Gia nhập thị trường", score=7.38),
 idx("Quảng Ngãi", PCI, 2019, "Tính minh bạch", score=6.05),
 idx("Quảng Ngãi", PCI, 2019, "Tính năng động", score=5.62),
 idx("Quảng Ngãi", PCI, 2019, "Tiếp cận đất đai", score=5.87, score_change=-0.42, rank=56, rank_of=63),
 idx("Quảng Ngãi", PCI, 2019, "Đào tạo lao động", score=5.6),
 idx("Quảng Ngãi", PCI, 2019, "Hỗ trợ doanh nghiệp", rank=38, rank_change=-11),
 implied_rank_of("Quảng Ngãi", PCI, 2019, 63, "Hỗ trợ doanh nghiệp"),
 # the regional rank (5/8) and Bình Định's regional lead: no slot
 idx("Bình Định", PCI, 2019, rank=11),
 idx("Đà Nẵng", PCI, 2019, score=70.15, rank=4),
 implied_rank_of("Bình Định", PCI, 2019, 63), implied_rank_of("Đà Nẵng", PCI, 2019, 63)]),

# ------------------------------------------------------------------ DTI: 3 pillars and 8 main indices
Case("AF8 provincial portal: DTI 2022 'PDTI' with the 3 pillars and all 8 main indices (English decimals in that paragraph, two 'lần lượt'), the main index 'Hoạt động chính quyền số' beside the pillar, the province's best and lowest, the national average and a gap, a ministry",
"https://backan.gov.vn/Pages/bac-kan-tang-9-bac-ve-chi-so-chuyen-doi-so-cap-tinh-nam-2022-5c21.aspx",
dt.date(2023, 7, 18),
"""Bắc Kạn tăng 9 bậc về Chỉ số chuyển đổi số cấp tỉnh năm 2022
18/07/2023 08:40 | Lượt xem: 356
Trang chủ > Tin tức > Khoa học - Công nghệ
Ngày 12/7/2023, Bộ Thông tin và Truyền thông công bố kết quả Chỉ số đánh giá chuyển đổi số (DTI) năm 2022 của các bộ, ngành và địa phương. Theo đó, Chỉ số chuyển đổi số cấp tỉnh (PDTI) của Bắc Kạn đạt 0,4251 điểm, xếp thứ 47/63 tỉnh, thành phố, tăng 9 bậc so với năm 2021.
Xét theo 3 trụ cột, Chính quyền số đạt 0,5103 điểm, xếp thứ 35; Kinh tế số đạt 0,2987 điểm, xếp thứ 58; Xã hội số đạt 0,3820 điểm, xếp thứ 52.
Ở 8 chỉ số chính, Nhận thức số đạt 0.7500 điểm, xếp thứ 20/63, là chỉ số có thứ hạng tốt nhất của tỉnh; Thể chế số đạt 0.6250 điểm; Hạ tầng số đạt 0.3814 điểm; Nhân lực số đạt 0.2215 điểm, thấp nhất trong 8 chỉ số chính; An toàn thông tin mạng đạt 0.5000 điểm, tăng 0.1250 điểm; Hoạt động chính quyền số đạt 0.4860 điểm; Hoạt động kinh tế số và Hoạt động xã hội số lần lượt đạt 0.2473 và 0.3109 điểm.
Giá trị trung bình DTI cấp tỉnh năm 2022 là 0,4972 điểm; như vậy, tỉnh vẫn thấp hơn mức trung bình của cả nước 0,0721 điểm. Ở khối bộ, ngành, Bộ Tài chính dẫn đầu với 0,7142 điểm.
Sở Thông tin và Truyền thông đề xuất tập trung cải thiện trụ cột kinh tế số và chỉ số nhân lực số, phấn đấu năm 2023 DTI của tỉnh vào nhóm 40 địa phương, không có chỉ số chính nào dưới 0,3 điểm.
Tác giả: Thu Trang - Sở Thông tin và Truyền thông
Tin khác
- Bắc Kạn ra mắt 122 tổ công nghệ số cộng đồng
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC KẠN""",
[idx("Bắc Kạn", DTI, 2022, score=0.4251, rank=47, rank_of=63, rank_change=9),
 idx("Bắc Kạn", DTI, 2022, "Chính quyền số", score=0.5103, rank=35),
 idx("Bắc Kạn", DTI, 2022, "Kinh tế số", score=0.2987, rank=58),
 idx("Bắc Kạn", DTI, 2022, "Xã hội số", score=0.382, rank=52),
 implied_rank_of("Bắc Kạn", DTI, 2022, 63, "Chính quyền số"), implied_rank_of("Bắc Kạn", DTI, 2022, 63, "Kinh tế số"),
 implied_rank_of("Bắc Kạn", DTI, 2022, 63, "Xã hội số"),
 idx("Bắc Kạn", DTI, 2022, "Nhận thức số", score=0.75, rank=20, rank_of=63),
 idx("Bắc Kạn", DTI, 2022, "Thể chế số", score=0.625),
 idx("Bắc Kạn", DTI, 2022, "Hạ tầng số", score=0.3814),
 idx("Bắc Kạn", DTI, 2022, "Nhân lực số", score=0.2215),
 idx("Bắc Kạn", DTI, 2022, "An toàn thông tin mạng", score=0.5, score_change=0.125),
 idx("Bắc Kạn", DTI, 2022, "Hoạt động chính quyền số", score=0.486),
 idx("Bắc Kạn", DTI, 2022, "Hoạt động kinh tế số", score=0.2473),
 idx("Bắc Kạn", DTI, 2022, "Hoạt động xã hội số", score=0.3109)]),
 # the national average, the gap to it and the ministry: no slot

Case("AF9 national paper: DTI 2021 leader and 'lần lượt xếp thứ hai và thứ ba', 'tăng 12 bậc, lên thứ 5', one city leading two pillars in one clause, main-index leaders, a maximum shared by 16 provinces, an unnamed last, averages, ministries, the index's structure",
"https://vietnamnet.vn/dti-2021-da-nang-dan-dau-khoang-cach-giua-cac-dia-phuong-con-lon-2029914.html",
dt.date(2022, 6, 9),
"""DTI 2021: Đà Nẵng dẫn đầu, khoảng cách giữa các địa phương còn lớn
09/06/2022 17:25
Thông tin và Truyền thông
Bộ Thông tin và Truyền thông vừa công bố kết quả đánh giá Chỉ số chuyển đổi số (DTI) năm 2021 của 63 tỉnh, thành phố và các bộ, cơ quan ngang bộ.
Ở cấp tỉnh, Đà Nẵng tiếp tục đứng đầu với 0,6236 điểm; Thừa Thiên Huế và Quảng Ninh lần lượt xếp thứ hai và thứ ba với 0,5409 và 0,5211 điểm. Bình Dương tăng 12 bậc, lên thứ 5. Địa phương xếp cuối bảng đạt 0,2794 điểm, chưa bằng một nửa điểm của địa phương dẫn đầu.
Xét theo trụ cột, Đà Nẵng dẫn đầu cả trụ cột Chính quyền số (0,6712 điểm) và Xã hội số (0,5820 điểm); Bắc Ninh đứng đầu trụ cột Kinh tế số với 0,5036 điểm. Ở các chỉ số chính, Hà Nội dẫn đầu về Hạ tầng số, TP. Hồ Chí Minh dẫn đầu về Nhân lực số, còn Thừa Thiên Huế đạt điểm tối đa 1,0000 ở chỉ số Nhận thức số, cùng với 15 địa phương khác.
Giá trị trung bình DTI cấp tỉnh năm 2021 đạt 0,3989 điểm, tăng 13,6% so với năm 2020; trụ cột Kinh tế số có điểm trung bình thấp nhất (0,2657).
Ở khối bộ, ngành cung cấp dịch vụ công, Bộ Tài chính đứng đầu; ở khối không cung cấp dịch vụ công, Ngân hàng Nhà nước Việt Nam dẫn đầu.
Theo Bộ Thông tin và Truyền thông, bộ chỉ số DTI năm 2021 có 3 trụ cột, 8 chỉ số chính và 102 chỉ số thành phần cấp tỉnh; đây là năm thứ hai DTI được đánh giá.
Vân Anh
Bình luận (0)
Tin liên quan:
- Đà Nẵng ba năm liền dẫn đầu về chính quyền số""",
[idx("Đà Nẵng", DTI, 2021, score=0.6236, rank=1),
 idx("Thừa Thiên Huế", DTI, 2021, score=0.5409, rank=2),
 idx("Quảng Ninh", DTI, 2021, score=0.5211, rank=3),
 idx("Bình Dương", DTI, 2021, rank=5, rank_change=12),
 implied_rank_of("Đà Nẵng", DTI, 2021, 63), implied_rank_of("Thừa Thiên Huế", DTI, 2021, 63),
 implied_rank_of("Quảng Ninh", DTI, 2021, 63), implied_rank_of("Bình Dương", DTI, 2021, 63),
 idx("Đà Nẵng", DTI, 2021, "Chính quyền số", score=0.6712, rank=1),
 idx("Đà Nẵng", DTI, 2021, "Xã hội số", score=0.582, rank=1),
 idx("Bắc Ninh", DTI, 2021, "Kinh tế số", score=0.5036, rank=1),
 idx("Hà Nội", DTI, 2021, "Hạ tầng số", rank=1),
 idx("Hồ Chí Minh", DTI, 2021, "Nhân lực số", rank=1),
 implied_rank_of("Đà Nẵng", DTI, 2021, 63, "Chính quyền số"), implied_rank_of("Đà Nẵng", DTI, 2021, 63, "Xã hội số"),
 implied_rank_of("Bắc Ninh", DTI, 2021, 63, "Kinh tế số"), implied_rank_of("Hà Nội", DTI, 2021, 63, "Hạ tầng số"),
 implied_rank_of("Hồ Chí Minh", DTI, 2021, 63, "Nhân lực số"),
 idx("Thừa Thiên Huế", DTI, 2021, "Nhận thức số", score=1.0),
 # a maximum shared with 15 other provinces: rank 1 is a reading, not printed
 optional(idx("Thừa Thiên Huế", DTI, 2021, "Nhận thức số", rank=1, rank_of=63))]),

# ------------------------------------------------------------------ the monthly service index: groups of criteria
Case("AF10 provincial portal: the service index of September 2024 'x/100 điểm' with its 5 groups 'x/y điểm' adding up to the total, the previous month in parentheses, a group's change, the national average and an unnamed leader, a 9-month average, targets",
"https://haiduong.gov.vn/tin-tuc/cai-cach-hanh-chinh/thang-9-2024-hai-duong-tang-6-bac-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-41873.html",
dt.date(2024, 10, 15),
"""Tháng 9/2024, Hải Dương tăng 6 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp
15/10/2024 14:30 | Lượt xem: 289
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên Cổng Dịch vụ công quốc gia, tháng 9/2024 tỉnh Hải Dương đạt 85,21/100 điểm, xếp thứ 14/63 tỉnh, thành phố, tăng 6 bậc so với tháng 8/2024 (đạt 82,04 điểm, xếp thứ 20).
Bộ chỉ số gồm 5 nhóm chỉ số thành phần. Trong tháng 9, nhóm Công khai, minh bạch của tỉnh đạt 17,20/18 điểm; nhóm Tiến độ giải quyết đạt 19,64/20 điểm; nhóm Dịch vụ công trực tuyến đạt 14,43/22 điểm, là nhóm bị trừ điểm nhiều nhất; nhóm Mức độ hài lòng đạt 17,98/18 điểm; nhóm Số hóa hồ sơ đạt 15,96/22 điểm, tăng 2,31 điểm so với tháng trước.
Điểm bình quân của 63 tỉnh, thành phố trong tháng 9 là 80,37 điểm; địa phương dẫn đầu đạt 91,46 điểm.
Tính chung 9 tháng năm 2024, điểm bình quân Bộ chỉ số của tỉnh đạt 83,12 điểm.
Văn phòng UBND tỉnh đề nghị các sở, ngành, địa phương khắc phục ngay tình trạng hồ sơ trực tuyến chưa đạt mức độ toàn trình, chậm số hóa kết quả giải quyết; phấn đấu đến tháng 12/2024 tỉnh vào nhóm 10 địa phương dẫn đầu, nhóm Dịch vụ công trực tuyến đạt trên 18 điểm.
Nguồn: Văn phòng UBND tỉnh
Tin khác
- Hải Dương: 100% TTHC được công khai trên Cổng Dịch vụ công quốc gia
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG""",
[svc("Hải Dương", "2024-09", score=85.21, rank=14, rank_of=63, rank_change=6, prev_score=82.04, prev_rank=20),
 # August in parentheses: the seeds keep it as prev_*; a fact of its own month is not wrong either
 optional(svc("Hải Dương", "2024-08", score=82.04, rank=20)),
 optional(svc("Hải Dương", "2024-09M", score=83.12))]),
 # the five groups, the national average and the unnamed leader: no slot

# ------------------------------------------------------------------ mixed round-ups
Case("AF11 provincial paper: a round-up of 2021 with PCI, PAPI, PAR, SIPAS and DTI, each composite beside its components in one paragraph (ranks, 'tăng / giảm x điểm', a sub-index 'xếp thứ 3 cả nước', the 2012–2021 PAR field 'hiện đại hóa hành chính', a SIPAS component, a pillar 'xếp thứ 11/63'), a quartile group, targets",
"https://baovinhphuc.com.vn/Multimedia/Images/Id/81542/nhin-lai-cac-chi-so-danh-gia-nam-2021-cua-vinh-phuc",
dt.date(2022, 6, 10),
"""Nhìn lại các chỉ số đánh giá năm 2021 của Vĩnh Phúc
Thứ Sáu, 10/06/2022 - 08:15
Thời sự
(BVP) - Năm 2021, dù chịu tác động nặng nề của dịch COVID-19, Vĩnh Phúc vẫn duy trì thứ hạng khá ở hầu hết các bảng xếp hạng quốc gia.
Với PCI, tỉnh đạt 68,00 điểm, xếp thứ 9/63, giảm 2 bậc; trong đó chỉ số thành phần Tính năng động xếp thứ 3 cả nước, Hỗ trợ doanh nghiệp tăng 0,52 điểm, đạt 6,86 điểm, còn Chi phí không chính thức giảm 0,33 điểm. Về PAPI, tỉnh đạt 43,21 điểm, xếp thứ 15, thuộc nhóm trung bình cao; nội dung Kiểm soát tham nhũng trong khu vực công đạt 6,95 điểm, tăng 0,41 điểm, trong khi Công khai, minh bạch giảm 0,27 điểm.
Chỉ số CCHC năm 2021 của tỉnh đạt 88,16%, xếp thứ 5/63, tăng 1 bậc; theo phương pháp đánh giá giai đoạn 2012 - 2021, lĩnh vực hiện đại hóa hành chính của tỉnh xếp thứ 4, lĩnh vực cải cách thủ tục hành chính xếp thứ 7. Chỉ số SIPAS 2021 đạt 86,02%, xếp thứ 17, trong đó chỉ số thành phần kết quả dịch vụ đạt 88,93%.
Về chuyển đổi số, Chỉ số DTI 2021 của tỉnh đạt 0,4312 điểm, xếp thứ 19; trụ cột Kinh tế số xếp thứ 11/63, cao hơn hai trụ cột còn lại.
Theo Sở Kế hoạch và Đầu tư, các chỉ số giảm điểm chủ yếu do doanh nghiệp gặp khó khăn khi thực hiện thủ tục đầu tư, đất đai trong thời gian giãn cách xã hội.
Năm 2022, tỉnh phấn đấu PCI trở lại nhóm 5 địa phương dẫn đầu, PAPI thuộc nhóm đạt điểm cao nhất, Chỉ số CCHC và SIPAS đều đạt trên 88%.
THANH HẢI
Tin liên quan
- Vĩnh Phúc đối thoại với doanh nghiệp năm 2022
BÁO VĨNH PHÚC ĐIỆN TỬ""",
[idx("Vĩnh Phúc", PCI, 2021, score=68.0, rank=9, rank_of=63, rank_change=-2),
 idx("Vĩnh Phúc", PCI, 2021, "Tính năng động", rank=3),
 implied_rank_of("Vĩnh Phúc", PCI, 2021, 63, "Tính năng động"),
 idx("Vĩnh Phúc", PCI, 2021, "Hỗ trợ doanh nghiệp", score=6.86, score_change=0.52),
 idx("Vĩnh Phúc", PCI, 2021, "Chi phí không chính thức", score_change=-0.33),
 idx("Vĩnh Phúc", PAPI, 2021, score=43.21, rank=15),
 implied_rank_of("Vĩnh Phúc", PAPI, 2021, 63),
 idx("Vĩnh Phúc", PAPI, 2021, CORRUPTION, score=6.95, score_change=0.41),
 idx("Vĩnh Phúc", PAPI, 2021, TRANSPARENCY, score_change=-0.27),
 idx("Vĩnh Phúc", PAR, 2021, score=88.16, rank=5, rank_of=63, rank_change=1),
 # the 2012–2021 field "hiện đại hóa hành chính": no domain name of its own
 optional(idx("Vĩnh Phúc", PAR, 2021, EGOV, rank=4, rank_of=63)),
 idx("Vĩnh Phúc", PAR, 2021, TTHC, rank=7),
 implied_rank_of("Vĩnh Phúc", PAR, 2021, 63, TTHC),
 idx("Vĩnh Phúc", SIPAS, 2021, score=86.02, rank=17),
 implied_rank_of("Vĩnh Phúc", SIPAS, 2021, 63),
 *_sipas("Vĩnh Phúc", 2021, S_RESULT, score=88.93),
 idx("Vĩnh Phúc", DTI, 2021, score=0.4312, rank=19),
 implied_rank_of("Vĩnh Phúc", DTI, 2021, 63),
 idx("Vĩnh Phúc", DTI, 2021, "Kinh tế số", rank=11, rank_of=63)]),

Case("AF12 national paper: PAR / SIPAS 2024, leader 'tiếp theo là' two provinces with scores in parentheses, national appraisal and survey averages, field leaders 'dẫn đầu lĩnh vực ... với x/y điểm', 'đạt điểm cao nhất ở lĩnh vực', 'đứng đầu lĩnh vực', a field's national average share, SIPAS leader and second, policy groups, ministries",
"https://baochinhphu.vn/cong-bo-chi-so-cchc-sipas-nam-2024-hai-phong-dan-dau-102250506174012345.htm",
dt.date(2025, 5, 6),
"""Công bố Chỉ số CCHC, SIPAS năm 2024: Hải Phòng dẫn đầu
Thứ Ba, 06/05/2025 17:40 (GMT+7)
(Chinhphu.vn) - Chiều 6/5, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức hội nghị công bố Chỉ số CCHC năm 2024 và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2024. Đây là lần công bố cuối cùng trên cơ sở 63 tỉnh, thành phố trước khi sắp xếp đơn vị hành chính.
Ở khối địa phương, giá trị trung bình Chỉ số CCHC đạt 87,02%, tăng 1,9% so với năm 2023. TP. Hải Phòng dẫn đầu với 92,65%, tiếp theo là Quảng Ninh (92,17%) và Bắc Giang (91,64%). Điểm thẩm định trung bình của các địa phương đạt 54,80/62 điểm, điểm điều tra xã hội học trung bình đạt 32,22/38 điểm.
Xét theo lĩnh vực, Quảng Ninh dẫn đầu lĩnh vực cải cách thể chế với 9,85/10 điểm; Bà Rịa - Vũng Tàu đạt điểm cao nhất ở lĩnh vực cải cách TTHC (13,62/14 điểm); Đà Nẵng đứng đầu lĩnh vực xây dựng và phát triển chính quyền điện tử, chính quyền số với 13,71/14 điểm. Lĩnh vực cải cách tài chính công có điểm trung bình thấp nhất, chỉ đạt 80,3% điểm tối đa; có 6 địa phương đạt dưới 75% ở lĩnh vực này.
Về SIPAS năm 2024, mức độ hài lòng chung đạt 83,56%. Thừa Thiên Huế dẫn đầu với 89,41%, Quảng Ninh đứng thứ hai với 88,90%. Trong 9 nhóm chính sách, chính sách điện sinh hoạt có mức hài lòng cao nhất (87,9%), chính sách phát triển kinh tế thấp nhất (78,2%).
Ở khối bộ, cơ quan ngang bộ, Bộ Tư pháp dẫn đầu Chỉ số CCHC năm 2024 với 91,23%, Bộ Tài chính xếp thứ hai.
Phát biểu chỉ đạo, Phó Thủ tướng đề nghị các bộ, ngành, địa phương phân tích kỹ các tiêu chí bị mất điểm, nhất là ở lĩnh vực tài chính công, và bảo đảm việc sắp xếp bộ máy không làm gián đoạn giải quyết thủ tục hành chính.
Hoàng Anh
Tin liên quan
- Ban Chỉ đạo CCHC của Chính phủ họp phiên thứ chín""",
[idx("Hải Phòng", PAR, 2024, score=92.65, rank=1),
 idx("Quảng Ninh", PAR, 2024, score=92.17, rank=2),
 idx("Bắc Giang", PAR, 2024, score=91.64, rank=3),
 implied_rank_of("Hải Phòng", PAR, 2024, 63), implied_rank_of("Quảng Ninh", PAR, 2024, 63),
 implied_rank_of("Bắc Giang", PAR, 2024, 63),
 idx("Quảng Ninh", PAR, 2024, INSTIT, score=9.85, rank=1),
 implied_rank_of("Quảng Ninh", PAR, 2024, 63, INSTIT),
 idx("Bà Rịa - Vũng Tàu", PAR, 2024, TTHC, score=13.62),
 optional(idx("Bà Rịa - Vũng Tàu", PAR, 2024, TTHC, rank=1, rank_of=63)),
 idx("Đà Nẵng", PAR, 2024, EGOV, score=13.71, rank=1),
 implied_rank_of("Đà Nẵng", PAR, 2024, 63, EGOV),
 idx("Thừa Thiên Huế", SIPAS, 2024, score=89.41, rank=1),
 idx("Quảng Ninh", SIPAS, 2024, score=88.9, rank=2),
 implied_rank_of("Thừa Thiên Huế", SIPAS, 2024, 63), implied_rank_of("Quảng Ninh", SIPAS, 2024, 63)]),
 # national averages (composite, appraisal, survey, a field's share), policy groups and ministries: no slot

# -- end ROUND_AF
]


# ------------------------------------------------------------------ ranking tables written as text
def _hg_field(component: str, score: float, rank: int, prev_rank: int) -> list[dict[str, object]]:
    """A row of AFT1: Hậu Giang's PAR 2023 field with this and last year's ranks (of 63, implied)."""
    return [idx("Hậu Giang", PAR, 2023, component, score=score, rank=rank, prev_rank=prev_rank),
            implied_rank_of("Hậu Giang", PAR, 2023, 63, component)]


def _kt_dim(component: str, y2019: float, y2020: float, change: float) -> list[dict[str, object]]:
    """A row of AFT2: Kon Tum's PAPI dimension, 2019 as the previous score (its own-year fact optional)."""
    return [idx("Kon Tum", PAPI, 2020, component, score=y2020, prev_score=y2019, score_change=change),
            optional(idx("Kon Tum", PAPI, 2019, component, score=y2019))]


TABLES_AF: list[Case] = [
Case("AFT1 SNV site: PAR 2023 of one province by field, pipe-separated, a 'Điểm tối đa' column, this and last year's ranks, field names in long and short forms, a total row restating the lead",
"https://sonoivu.haugiang.gov.vn/tin-tuc/cai-cach-hanh-chinh/ket-qua-chi-so-cchc-nam-2023-cua-tinh-hau-giang-theo-tung-linh-vuc-2741.html",
dt.date(2024, 4, 26),
"""Kết quả Chỉ số CCHC năm 2023 của tỉnh Hậu Giang theo từng lĩnh vực
Ngày đăng: 26/04/2024 | Lượt xem: 204
Trang chủ » Tin tức » Cải cách hành chính
Chỉ số CCHC năm 2023 của tỉnh Hậu Giang đạt 86,35%, xếp thứ 30/63 tỉnh, thành phố, tăng 4 bậc so với năm 2022. Kết quả cụ thể theo từng lĩnh vực như sau:
STT | Lĩnh vực | Điểm tối đa | Điểm đạt được | Xếp hạng 2023 | Xếp hạng 2022
1 | Công tác chỉ đạo, điều hành CCHC | 9 | 8,45 | 18 | 25
2 | Cải cách thể chế | 10 | 8,62 | 20 | 31
3 | Cải cách TTHC | 14 | 12,20 | 28 | 22
4 | Cải cách tổ chức bộ máy hành chính | 10 | 9,04 | 15 | 15
5 | Cải cách chế độ công vụ | 14 | 11,80 | 26 | 40
6 | Cải cách tài chính công | 9 | 7,31 | 37 | 35
7 | Xây dựng, phát triển chính quyền điện tử, chính quyền số | 14 | 11,03 | 41 | 47
8 | Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội | 20 | 17,90 | 29 | 33
Tổng cộng | | 100 | 86,35 | 30 | 34
Nguồn: Quyết định công bố Chỉ số CCHC năm 2023 của Bộ Nội vụ.
SỞ NỘI VỤ TỈNH HẬU GIANG""",
[idx("Hậu Giang", PAR, 2023, score=86.35, rank=30, rank_of=63, rank_change=4, prev_rank=34),
 optional(idx("Hậu Giang", PAR, 2022, rank=34, rank_of=63))]
+ _hg_field(DIRECTION, 8.45, 18, 25) + _hg_field(INSTIT, 8.62, 20, 31) + _hg_field(TTHC, 12.2, 28, 22)
+ _hg_field(ORG, 9.04, 15, 15) + _hg_field(CIVIL, 11.8, 26, 40) + _hg_field(FIN, 7.31, 37, 35)
+ _hg_field(EGOV, 11.03, 41, 47) + _hg_field(IMPACT, 17.9, 29, 33),
table=True),

Case("AFT2 provincial portal: PAPI 2020 of one province by dimension, tab-separated, 2019 / 2020 / signed change columns, short dimension names, a total row, the lead with last year in parentheses",
"https://kontum.gov.vn/pages/detail/41872/Chi-so-PAPI-nam-2020-cua-tinh-Kon-Tum-5-8-chi-so-noi-dung-tang-diem.html",
dt.date(2021, 4, 20),
"""Chỉ số PAPI năm 2020 của tỉnh Kon Tum: 5/8 chỉ số nội dung tăng điểm
20/04/2021 | 09:10 | Lượt xem: 1.106
Theo Báo cáo PAPI 2020 công bố ngày 14/4/2021, Chỉ số PAPI năm 2020 của tỉnh Kon Tum đạt 42,05 điểm, xếp thứ 36/63 tỉnh, thành phố (năm 2019 đạt 41,62 điểm, xếp thứ 42/63). Kết quả từng chỉ số nội dung như sau:
Chỉ số nội dung\tNăm 2019\tNăm 2020\tTăng/giảm
Tham gia của người dân ở cấp cơ sở\t4,92\t5,10\t+0,18
Công khai, minh bạch\t5,21\t5,16\t-0,05
Trách nhiệm giải trình với người dân\t4,88\t5,02\t+0,14
Kiểm soát tham nhũng\t6,75\t6,91\t+0,16
Thủ tục hành chính công\t7,30\t7,21\t-0,09
Cung ứng dịch vụ công\t7,44\t7,63\t+0,19
Quản trị môi trường\t3,46\t3,23\t-0,23
Quản trị điện tử\t1,66\t1,79\t+0,13
Tổng điểm\t41,62\t42,05\t+0,43
Nguồn: Báo cáo PAPI 2020 (CECODES, VFF-CRT, RTA và UNDP)
Chia sẻ | In bài""",
[idx("Kon Tum", PAPI, 2020, score=42.05, rank=36, rank_of=63, prev_score=41.62, prev_rank=42, score_change=0.43),
 optional(idx("Kon Tum", PAPI, 2019, score=41.62, rank=42, rank_of=63))]
+ _kt_dim(PARTICIPATION, 4.92, 5.1, 0.18) + _kt_dim(TRANSPARENCY, 5.21, 5.16, -0.05)
+ _kt_dim(ACCOUNTABILITY, 4.88, 5.02, 0.14) + _kt_dim(CORRUPTION, 6.75, 6.91, 0.16)
+ _kt_dim(PAPI_TTHC, 7.3, 7.21, -0.09) + _kt_dim(SERVICES, 7.44, 7.63, 0.19)
+ _kt_dim(ENVIRONMENT, 3.46, 3.23, -0.23) + _kt_dim(EGOVERNANCE, 1.66, 1.79, 0.13),
table=True),

# -- end TABLES_AF
]


NEGATIVES_AF: list[Case] = [
Case("AFN1 SNV site: the 2022–2030 PAR method (8 fields with their maxima, appraisal and survey maxima, criteria counts, groups A/B/C), the province's self-assessed appraisal points awaiting the Ministry, '63/63', a target",
"https://sonoivu.ninhthuan.gov.vn/portal/Pages/2023-2-14/Nhung-diem-moi-trong-phuong-phap-xac-dinh-Chi-so-CCHC-giai-doan-2022-2030.aspx",
dt.date(2023, 2, 14),
"""Những điểm mới trong phương pháp xác định Chỉ số CCHC giai đoạn 2022 - 2030
Ngày đăng: 14/02/2023 | Lượt xem: 318
Trang chủ > Tin tức > Cải cách hành chính
Ngày 10/11/2022, Bộ trưởng Bộ Nội vụ ban hành Quyết định số 876/QĐ-BNV phê duyệt Đề án "Xác định Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương". Chỉ số CCHC năm 2022 là năm đầu tiên áp dụng phương pháp mới.
Theo Đề án, Chỉ số CCHC cấp tỉnh được cấu trúc thành 8 lĩnh vực, 38 tiêu chí và 92 tiêu chí thành phần, với thang điểm đánh giá là 100. Trong đó, điểm đánh giá, thẩm định tối đa là 62 điểm; điểm điều tra xã hội học tối đa là 38 điểm. Cụ thể, lĩnh vực công tác chỉ đạo, điều hành CCHC tối đa 9 điểm; cải cách thể chế 10 điểm; cải cách thủ tục hành chính 14 điểm; cải cách tổ chức bộ máy hành chính 10 điểm; cải cách chế độ công vụ 14 điểm; cải cách tài chính công 9 điểm; xây dựng và phát triển chính quyền điện tử, chính quyền số 14 điểm; tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội 20 điểm.
Hiện nay, tỉnh Ninh Thuận đã hoàn thành tự đánh giá, chấm điểm Chỉ số CCHC năm 2022, với 56,20/62 điểm ở phần đánh giá, thẩm định; kết quả chính thức sẽ do Hội đồng thẩm định của Bộ Nội vụ xác định và công bố trong quý II/2023. Cả nước có 63/63 tỉnh, thành phố gửi báo cáo tự đánh giá đúng hạn.
Theo kết quả, các địa phương được xếp theo 3 nhóm: nhóm A đạt từ 90% trở lên, nhóm B từ 80% đến dưới 90%, nhóm C từ 70% đến dưới 80%.
Sở Nội vụ đề nghị các sở, ngành, địa phương nghiên cứu kỹ bộ tiêu chí, phấn đấu năm 2023 Chỉ số CCHC của tỉnh đạt trên 88%, không có lĩnh vực nào đạt dưới 80% điểm tối đa.
SỞ NỘI VỤ TỈNH NINH THUẬN
Địa chỉ: 16 tháng 4, TP. Phan Rang - Tháp Chàm""",
[]),

Case("AFN2 provincial portal: DDCI 2022 of departments and districts (leaders, runners-up in parentheses, last places), PCI-named components' averages, a department's and a district's extremes, the PCI's weights, targets, '10/10'",
"https://binhthuan.gov.vn/4/469/41258/cong-bo-ket-qua-chi-so-ddci-nam-2022-so-tu-phap-va-thi-xa-la-gi-dan-dau.aspx",
dt.date(2023, 3, 20),
"""Công bố kết quả Chỉ số DDCI năm 2022: Sở Tư pháp và thị xã La Gi dẫn đầu
20/03/2023 15:05 | Lượt xem: 642
Trang chủ > Tin tức > Kinh tế - Xã hội
Sáng 17/3, UBND tỉnh Bình Thuận phối hợp với Chi nhánh VCCI tại TP. Hồ Chí Minh công bố kết quả Chỉ số năng lực cạnh tranh cấp sở, ngành và địa phương (DDCI) năm 2022, dựa trên 1.532 phiếu khảo sát doanh nghiệp, hợp tác xã và hộ kinh doanh.
Ở khối sở, ngành, Sở Tư pháp dẫn đầu với 82,47 điểm, tiếp theo là Sở Kế hoạch và Đầu tư (81,90 điểm) và Sở Công Thương (80,15 điểm); Sở Tài nguyên và Môi trường xếp cuối với 70,36 điểm. Ở khối huyện, thị xã, thành phố, thị xã La Gi đứng đầu với 79,88 điểm, huyện Phú Quý thấp nhất với 71,02 điểm.
Bộ chỉ số DDCI của tỉnh gồm 8 chỉ số thành phần. Ở khối sở, ngành, chỉ số Tính minh bạch có điểm trung bình 7,12 điểm, Chi phí thời gian 7,45 điểm, Chi phí không chính thức 7,90 điểm, Cạnh tranh bình đẳng 7,02 điểm, Tính năng động 6,84 điểm, Hỗ trợ doanh nghiệp 6,61 điểm, Thiết chế pháp lý 7,33 điểm và Vai trò người đứng đầu 7,58 điểm. Sở Tư pháp có điểm Tính minh bạch cao nhất (8,41 điểm); ở khối huyện, huyện Hàm Tân có điểm Tiếp cận đất đai thấp nhất (5,20 điểm).
Theo lãnh đạo UBND tỉnh, DDCI là công cụ quan trọng để cải thiện Chỉ số PCI. Trong cấu trúc PCI, các chỉ số Tính minh bạch, Hỗ trợ doanh nghiệp và Đào tạo lao động mỗi chỉ số chiếm trọng số 20%; Chi phí không chính thức chiếm 10%; 6 chỉ số còn lại mỗi chỉ số chiếm 5%.
Năm 2023, tỉnh phấn đấu PCI tăng ít nhất 5 bậc, không có chỉ số thành phần nào dưới 6 điểm; 100% sở, ngành và 10/10 huyện, thị xã, thành phố xây dựng kế hoạch cải thiện điểm DDCI.
Tin khác
- Bình Thuận đối thoại với doanh nghiệp về thủ tục đất đai
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH THUẬN""",
[]),

# -- end NEGATIVES_AF
]


def test_round_af_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round AF prose", ROUND_AF, capsys)


def test_round_af_tables_meet_the_target() -> None:
    assert_table_target(TABLES_AF)


@pytest.mark.parametrize("case", NEGATIVES_AF, ids=ids(NEGATIVES_AF))
def test_round_af_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_AF + TABLES_AF, ids=ids(ROUND_AF + TABLES_AF))
def test_round_af_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
