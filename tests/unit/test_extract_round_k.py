"""Blind round K: whole articles written by a helper that never read the extractor.

Written after round J by a separate agent given the facts schema, the domain notes, the
seeds and the earlier rounds (to avoid their phrasings), told not to read ``scrapers/``
nor run the extractor. Focus: provincial portals, Sở Nội vụ sites and papers reporting the province's own results (task
progress, dossiers by scope and period, the monthly service index, multi-year histories,
texts without diacritics). Scored before any change for it:

* prose (16 articles): precision 0.859, recall 0.727;
* tables (2): F1 0.000 (a province's PAR areas as rows; a monthly service-index table with a grade
  column and signed changes);
* negatives (2): nothing emitted.

What it taught the extractor (1.3.0 and after): "Trong năm" as the headline's year; "qua môi trường mạng"; "tổng số hồ sơ TTHC tiếp nhận mới
(trên địa bàn tỉnh) là"; "số hồ sơ đã có kết quả"; a reform report's "thực hiện kế hoạch: đã hoàn
thành 11/48 nhiệm vụ"; a target going on into the next clause ("phấn đấu ...; tỷ lệ ... đạt 80%");
"tỷ lệ giải ngân ... đạt 71,6%" not a score; "tăng từ 79,6% lên 82,91%"; "lũy kế 9 tháng"; a
district's own plan; period-led list items ("- Tháng 6/2024: 83,41 điểm, hạng 19/63"); "(2021:
80,12%; 2022: 81,95%; ...)"; the service index's official name; tables by component and by
header cell.

After the fixes: prose 0.982 / 0.949, tables 1.000, negatives empty. What is left: an interview whose period is "sau 6 tháng" (read as no period), a scope list "cấp huyện
88.310 hồ sơ" without a verb, and online counts after "Có ... hồ sơ được tiếp nhận qua
môi trường mạng".
The aggregate targets are asserted below, not a perfect score, so that the round stays a
measurement. None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, task

pytestmark = pytest.mark.unit

PAR_EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
PAR_IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"
PAR_LEAD = "Công tác chỉ đạo, điều hành CCHC"
TTPV = "Trung tâm Phục vụ hành chính công tỉnh"


def _sc(fact: dict, scope: str) -> dict:
    return {**fact, "scope": scope}


def _m(fact: dict, period: str) -> dict:
    return {**fact, "period": period}


ROUND_K: list[Case] = [
Case("K1 SNV year-end: '54 nhiệm vụ; ... đã thực hiện xong 51', dossiers split by level, online 'qua môi trường mạng', 2022 indices",
"https://sonoivu.baclieu.gov.vn/tin-tuc/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2023-bac-lieu-hoan-thanh-51-54-nhiem-vu-1871.html",
dt.date(2023, 12, 22),
"""Tổng kết công tác cải cách hành chính năm 2023: Bạc Liêu hoàn thành 51/54 nhiệm vụ
Lượt xem: 623
Ngày 21/12/2023, Ban Chỉ đạo cải cách hành chính tỉnh Bạc Liêu tổ chức hội nghị tổng kết công tác CCHC năm 2023 và triển khai nhiệm vụ năm 2024. Dự hội nghị có lãnh đạo 19 sở, ban, ngành; 7 huyện, thị xã, thành phố và đại diện 64 xã, phường, thị trấn.
Theo báo cáo của Sở Nội vụ (số liệu từ ngày 15/12/2022 đến ngày 14/12/2023), Kế hoạch CCHC năm 2023 của tỉnh (ban hành kèm theo Quyết định số 2310/QĐ-UBND ngày 28/12/2022) xác định 54 nhiệm vụ; đến thời điểm báo cáo, các cơ quan, đơn vị đã thực hiện xong 51 nhiệm vụ, 03 nhiệm vụ còn lại đang hoàn thiện hồ sơ trình cấp có thẩm quyền.
Công tác kiểm tra được duy trì thường xuyên: Đoàn kiểm tra của tỉnh đã kiểm tra 12 sở, ngành, 4 huyện và 16 xã; phát hiện, chấn chỉnh 37 trường hợp chậm cập nhật hồ sơ trên hệ thống. Các sở, ngành đã tham mưu UBND tỉnh công bố 412 TTHC mới ban hành, sửa đổi, bổ sung và bãi bỏ 236 TTHC.
Trong năm, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp nhận 265.918 hồ sơ TTHC và giải quyết 259.404 hồ sơ; số hồ sơ giải quyết quá hạn là 2.231 hồ sơ, chiếm 0,86%. Nếu tách theo cấp hành chính thì cấp tỉnh tiếp nhận 41.226 hồ sơ, cấp huyện 88.310 hồ sơ, cấp xã 136.382 hồ sơ. Có 171.052 hồ sơ được tiếp nhận qua môi trường mạng, chiếm 64,32% tổng số hồ sơ tiếp nhận; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 71,8%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 36,5%.
Về kết quả các chỉ số do Trung ương công bố trong năm, Chỉ số CCHC năm 2022 của tỉnh đạt 82,19%, xếp thứ 59/63; Chỉ số SIPAS năm 2022 đạt 78,63%, xếp thứ 51/63. Đây là những kết quả chưa tương xứng với nỗ lực của tỉnh.
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh yêu cầu năm 2024 phải đưa Chỉ số CCHC của tỉnh ra khỏi nhóm 10 địa phương cuối bảng, Chỉ số SIPAS đạt từ 82% trở lên; 100% hồ sơ được số hóa khi tiếp nhận; tỷ lệ hồ sơ trực tuyến đạt trên 70%.
Tin khác
Sở Nội vụ tổ chức Hội nghị cán bộ, công chức, viên chức năm 2024
BẢN QUYỀN THUỘC SỞ NỘI VỤ TỈNH BẠC LIÊU
Địa chỉ: Số 07 Nguyễn Tất Thành, phường 1, TP. Bạc Liêu. Điện thoại: 0291.3822.546""",
[task("Bạc Liêu", "2023", 51, 54),
 _sc(dos("Bạc Liêu", "2023", received=265918, resolved=259404, late_pct=0.86, online=171052, online_pct=64.32),
     "toàn tỉnh"),
 _sc(dos("Bạc Liêu", "2023", received=41226), "cấp tỉnh"),
 _sc(dos("Bạc Liêu", "2023", received=88310), "cấp huyện"),
 _sc(dos("Bạc Liêu", "2023", received=136382), "cấp xã"),
 idx("Bạc Liêu", PAR, 2022, score=82.19, rank=59, rank_of=63),
 idx("Bạc Liêu", SIPAS, 2022, score=78.63, rank=51, rank_of=63)]),

Case("K2 district site: the province's PAR and SIPAS 'đứng thứ 44 trong 63', the district's own score, rank and satisfaction",
"https://dakha.kontum.gov.vn/tin-tuc/huyen-dak-ha-trien-khai-khac-phuc-han-che-sau-cong-bo-chi-so-cchc-nam-2023.html",
dt.date(2024, 5, 9),
"""Huyện Đăk Hà triển khai khắc phục hạn chế sau công bố Chỉ số CCHC năm 2023
Thứ Năm, 09/05/2024 | 15:20
Sáng ngày 8/5, UBND huyện Đăk Hà tổ chức hội nghị quán triệt kết quả xác định Chỉ số CCHC năm 2023 và triển khai các giải pháp nâng cao chỉ số năm 2024. Tham dự có lãnh đạo 11 xã, thị trấn và 14 phòng, ban chuyên môn của huyện.
Theo Thông báo số 142/TB-UBND của UBND tỉnh, năm 2023 Chỉ số CCHC của tỉnh Kon Tum đạt 84,92%, đứng thứ 44 trong 63 tỉnh, thành phố; Chỉ số SIPAS đạt 81,37%, đứng thứ 38 trong 63 tỉnh, thành phố.
Đối với cấp huyện, kết quả chấm điểm Chỉ số CCHC năm 2023 do UBND tỉnh thực hiện cho thấy huyện Đăk Hà đạt 87,15 điểm, xếp thứ 3/10 huyện, thành phố, tăng 2 bậc so với năm 2022; tỷ lệ hài lòng của người dân đối với Bộ phận Một cửa huyện đạt 96,2%.
Phát biểu chỉ đạo, Chủ tịch UBND huyện yêu cầu các cơ quan, đơn vị khắc phục ngay các tiêu chí bị trừ điểm; phấn đấu năm 2024 huyện nằm trong nhóm 2 đơn vị dẫn đầu khối huyện, 100% hồ sơ TTHC được giải quyết đúng hạn, không để xảy ra tình trạng hồ sơ phải bổ sung quá 01 lần.
Cổng thông tin điện tử huyện Đăk Hà - Điện thoại: 0260.3820.214""",
[idx("Kon Tum", PAR, 2023, score=84.92, rank=44, rank_of=63),
 idx("Kon Tum", SIPAS, 2023, score=81.37, rank=38, rank_of=63)]),

Case("K3 portal: 766 index month by month as a dash list 'N điểm, hạng R/63', headline restating, month dossiers with an on-time count decoy",
"https://haugiang.gov.vn/tin-tuc/hau-giang-dung-thu-6-ca-nuoc-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-8-2024-2231.html",
dt.date(2024, 9, 16),
"""Hậu Giang đứng thứ 6 cả nước về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 8/2024
Theo kết quả đánh giá được công khai trên Cổng Dịch vụ công quốc gia, điểm Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp (theo Quyết định số 766/QĐ-TTg) của tỉnh Hậu Giang ba tháng gần đây như sau:
- Tháng 6/2024: 83,41 điểm, hạng 19/63;
- Tháng 7/2024: 85,77 điểm, hạng 11/63;
- Tháng 8/2024: 87,02 điểm, hạng 6/63.
Với kết quả tháng 8, tỉnh thuộc nhóm 9 địa phương được xếp loại Tốt; điểm bình quân của 63 tỉnh, thành phố trong tháng là 80,14 điểm. Tỉnh còn bị trừ điểm ở các chỉ tiêu về thanh toán trực tuyến và số hóa hồ sơ.
Cũng trong tháng 8/2024, toàn tỉnh tiếp nhận 31.270 hồ sơ TTHC, trong đó 22.118 hồ sơ được nộp trực tuyến; đã trả kết quả đúng hạn và trước hạn 29.904 hồ sơ.
Văn phòng UBND tỉnh đề nghị các sở, ngành, địa phương duy trì kết quả, phấn đấu từ tháng 9/2024 Bộ chỉ số của tỉnh đạt trên 88 điểm và giữ vị trí trong nhóm 10 địa phương dẫn đầu.""",
[_m(idx("Hậu Giang", SVC, 2024, score=83.41, rank=19, rank_of=63), "2024-06"),
 _m(idx("Hậu Giang", SVC, 2024, score=85.77, rank=11, rank_of=63), "2024-07"),
 _m(idx("Hậu Giang", SVC, 2024, score=87.02, rank=6, rank_of=63), "2024-08"),
 dos("Hậu Giang", "2024-08", received=31270, online=22118)]),

Case("K4 paper interview (province only in the host): SIPAS 'tăng 19 bậc, lên vị trí thứ 14', PAR 'đứng ở vị trí 31/63, giảm 2 bậc', components in answers, '46 nhiệm vụ; sau 6 tháng, 24 nhiệm vụ đã hoàn thành'",
"https://baoninhthuan.com.vn/news/145678p1c25/giam-doc-so-noi-vu-cai-thien-chi-so-cchc-phai-bat-dau-tu-co-so.htm",
dt.date(2024, 7, 8),
"""Giám đốc Sở Nội vụ: Cải thiện chỉ số CCHC phải bắt đầu từ cơ sở
Nhân dịp sơ kết công tác CCHC 6 tháng đầu năm 2024, phóng viên Báo Ninh Thuận có cuộc trao đổi với bà Phạm Thị Hồng Nhung, Giám đốc Sở Nội vụ, về kết quả và giải pháp cải thiện các chỉ số.
PV: Thưa bà, bức tranh các chỉ số CCHC của tỉnh năm 2023 có những điểm gì đáng chú ý?
Bà Phạm Thị Hồng Nhung: Điểm sáng rõ nhất là sự hài lòng của người dân. Chỉ số SIPAS năm 2023 của tỉnh đạt 84,06%, tăng 19 bậc, lên vị trí thứ 14 cả nước. Ngược lại, Chỉ số CCHC chỉ đạt 86,55%, hiện đứng ở vị trí 31/63, giảm 2 bậc so với năm trước.
PV: Vì sao Chỉ số CCHC lại giảm hạng, thưa bà?
Bà Phạm Thị Hồng Nhung: Trong 8 lĩnh vực, tỉnh mất điểm nhiều nhất ở Cải cách tài chính công, chỉ đạt 7,1 điểm, chủ yếu do tỷ lệ giải ngân vốn đầu tư công năm 2023 mới đạt 78,4% kế hoạch. Lĩnh vực Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội cũng chỉ đạt 11,9 điểm vì một số chỉ tiêu tăng trưởng không đạt nghị quyết. Bên cạnh đó, kết quả điều tra xã hội học với 410 phiếu cho thấy nhận thức của một bộ phận công chức về CCHC chưa đầy đủ.
PV: Sáu tháng đầu năm nay, tiến độ thực hiện kế hoạch ra sao?
Bà Phạm Thị Hồng Nhung: Kế hoạch CCHC năm 2024 có 46 nhiệm vụ; sau 6 tháng, 24 nhiệm vụ đã hoàn thành, số còn lại đang được các cơ quan triển khai đúng lộ trình. Toàn tỉnh tiếp nhận 103.560 hồ sơ TTHC, giải quyết 100.912 hồ sơ; hồ sơ trễ hạn chỉ chiếm 0,52%.
PV: Bà có thể chia sẻ mục tiêu của tỉnh trong năm 2024?
Bà Phạm Thị Hồng Nhung: Chúng tôi đặt mục tiêu Chỉ số CCHC năm 2024 đạt trên 88% và trở lại nhóm 25 địa phương dẫn đầu; SIPAS giữ vững trong nhóm 15. Để làm được điều đó, từ tháng 7 Sở sẽ phối hợp với 7 huyện, thành phố tổ chức 65 cuộc đối thoại với người dân ở cấp xã.
PV: Xin cảm ơn bà!""",
[idx("Ninh Thuận", SIPAS, 2023, score=84.06, rank=14, rank_change=19),
 idx("Ninh Thuận", PAR, 2023, score=86.55, rank=31, rank_of=63, rank_change=-2),
 idx("Ninh Thuận", PAR, 2023, "Cải cách tài chính công", score=7.1),
 idx("Ninh Thuận", PAR, 2023, PAR_IMPACT, score=11.9),
 task("Ninh Thuận", "2024-06H1", 24, 46),
 dos("Ninh Thuận", "2024-06H1", received=103560, resolved=100912, late_pct=0.52)]),

Case("K5 paper with ALL-CAPS headline and subheads: '48 nhiệm vụ; đến ngày 15/12, 46 nhiệm vụ đã được hoàn thành', online share in a subhead, timeliness counts without a total, PAPI and PAR",
"https://baogialai.com.vn/gia-lai-hoan-thanh-4648-nhiem-vu-cai-cach-hanh-chinh-nam-2024-post301234.html",
dt.date(2024, 12, 27),
"""GIA LAI HOÀN THÀNH 46/48 NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2024
(GLO)- Chiều 26/12, Ban Chỉ đạo CCHC tỉnh tổ chức hội nghị tổng kết công tác CCHC năm 2024 và triển khai nhiệm vụ năm 2025. Phó Chủ tịch UBND tỉnh chủ trì hội nghị.
Theo báo cáo, Kế hoạch CCHC năm 2024 giao cho các sở, ngành, địa phương 48 nhiệm vụ; đến ngày 15/12, 46 nhiệm vụ đã được hoàn thành, đạt 95,83%. Hai nhiệm vụ chưa hoàn thành là xây dựng cơ sở dữ liệu đất đai và sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025, do phụ thuộc tiến độ của Trung ương.
TỶ LỆ HỒ SƠ TRỰC TUYẾN ĐẠT 61,7%
Năm 2024, các cơ quan hành chính trên địa bàn tỉnh tiếp nhận 398.552 hồ sơ, trong đó 245.906 hồ sơ nộp trực tuyến (đạt 61,7%). Kết quả giải quyết: trước hạn 203.117 hồ sơ, đúng hạn 184.390 hồ sơ, trễ hạn 3.508 hồ sơ. Tỉnh đã thu phí, lệ phí trực tuyến hơn 42 tỷ đồng qua Nền tảng thanh toán quốc gia.
Về các chỉ số đánh giá, PAPI 2023 của Gia Lai đạt 40,87 điểm, thuộc nhóm trung bình thấp; Chỉ số CCHC năm 2023 đạt 85,02%, xếp thứ 45/63, tăng 8 bậc so với năm 2022.
MỤC TIÊU NĂM 2025
Năm 2025, tỉnh phấn đấu Chỉ số CCHC đạt trên 87%, tăng ít nhất 10 bậc; tỷ lệ hồ sơ trực tuyến đạt 80%; giảm 30% số hồ sơ trễ hạn so với năm 2024. Kinh phí bố trí cho công tác CCHC năm 2025 là 4,6 tỷ đồng.
HOÀNG NGỌC""",
[task("Gia Lai", "2024", 46, 48),
 dos("Gia Lai", "2024", received=398552, online=245906, online_pct=61.7),
 idx("Gia Lai", PAPI, 2023, score=40.87),
 idx("Gia Lai", PAR, 2023, score=85.02, rank=45, rank_of=63, rank_change=8)]),

Case("K6 portal without diacritics: quarter dossiers with counts and shares, 'Luy ke 9 thang' tasks and online share, PAR and SIPAS",
"https://daknong.gov.vn/tin-tuc/ket-qua-cong-tac-cai-cach-hanh-chinh-quy-iii-nam-2024-58213.html",
dt.date(2024, 10, 10),
"""Dak Nong: ket qua cong tac cai cach hanh chinh quy III nam 2024
Chieu 8/10, UBND tinh to chuc hop danh gia ket qua cong tac cai cach hanh chinh (CCHC) quy III va 9 thang nam 2024.
Bao cao cua So Noi vu cho biet, trong quy III/2024, cac co quan hanh chinh tren dia ban tinh da tiep nhan 52.417 ho so thu tuc hanh chinh, giai quyet 50.963 ho so; trong do giai quyet truoc han 31.044 ho so (60,91%), dung han 19.356 ho so (37,98%), qua han 563 ho so (1,10%).
Luy ke 9 thang, tinh da hoan thanh 30/41 nhiem vu theo Ke hoach CCHC nam 2024, dat 73,2%; ty le ho so truc tuyen toan trinh dat 43,6%, tang 9,1% so voi cung ky nam 2023.
Ve cac chi so, Chi so CCHC nam 2023 cua tinh dat 83,27%, xep thu 53/63, tang 4 bac so voi nam 2022; Chi so hai long SIPAS dat 80,4%.
Tai cuoc hop, Pho Chu tich UBND tinh yeu cau cac so, nganh, dia phuong tap trung hoan thanh 11 nhiem vu con lai truoc ngay 15/12/2024; phan dau ty le ho so truc tuyen toan trinh dat 50% vao cuoi nam.
Moi y kien phan anh, kien nghi ve TTHC xin lien he duong day nong 0261.3544.567.""",
[dos("Đắk Nông", "2024-Q3", received=52417, resolved=50963, early_pct=60.91, on_time_pct=37.98, late_pct=1.10),
 task("Đắk Nông", "2024-09M", 30, 41),
 dos("Đắk Nông", "2024-09M", online_pct=43.6),
 idx("Đắk Nông", PAR, 2023, score=83.27, rank=53, rank_of=63, rank_change=4),
 idx("Đắk Nông", SIPAS, 2023, score=80.4)]),

Case("K7 SNV SharePoint quarterly report as a dash/plus list: '11/48 nhiệm vụ (22,9%)', dossiers for the province, the centre, districts and communes, 766 ranks for three months",
"https://sonoivu.yenbai.gov.vn:443/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=1187&l=Tinhoatdong&lv=11",
dt.date(2024, 4, 9),
"""Kết quả công tác cải cách hành chính quý I năm 2024
Lượt xem: 318
Thực hiện Kế hoạch CCHC năm 2024 của UBND tỉnh, trong quý I/2024, Sở Nội vụ đã chủ trì tham mưu triển khai nhiều nhiệm vụ trọng tâm. Kết quả cụ thể như sau:
- Về thực hiện kế hoạch: đã hoàn thành 11/48 nhiệm vụ (22,9%), 37 nhiệm vụ đang triển khai theo tiến độ.
- Về kiểm soát TTHC: công bố 87 TTHC mới, bãi bỏ 42 TTHC; 100% TTHC được công khai trên Cổng Dịch vụ công quốc gia.
- Về giải quyết TTHC: quý I/2024, tổng số hồ sơ TTHC tiếp nhận trên địa bàn tỉnh là 78.406 hồ sơ, đã giải quyết 75.112 hồ sơ, tỷ lệ hồ sơ quá hạn là 0,41%. Trong đó:
+ Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 12.530 hồ sơ, giải quyết 12.047 hồ sơ;
+ Cấp huyện tiếp nhận 21.994 hồ sơ, giải quyết 20.871 hồ sơ;
+ Cấp xã tiếp nhận 43.882 hồ sơ, giải quyết 42.194 hồ sơ.
Số hồ sơ trực tuyến trên toàn tỉnh là 40.771 hồ sơ, chiếm 52% tổng số hồ sơ tiếp nhận.
- Về Bộ chỉ số phục vụ người dân, doanh nghiệp: tháng 1/2024 tỉnh đứng thứ 15, tháng 2/2024 đứng thứ 13 và tháng 3/2024 vươn lên thứ 9 cả nước.
Trong quý II, Sở Nội vụ sẽ tham mưu tổ chức 02 đoàn kiểm tra CCHC tại 6 huyện, thị xã, thành phố; phấn đấu đến ngày 30/6/2024 hoàn thành thêm 15 nhiệm vụ.
Sở Nội vụ tỉnh Yên Bái - Địa chỉ: Tầng 4, Khối cơ quan tỉnh, TP. Yên Bái. ĐT: 0216.3852.419""",
[task("Yên Bái", "2024-Q1", 11, 48),
 _sc(dos("Yên Bái", "2024-Q1", received=78406, resolved=75112, late_pct=0.41, online=40771, online_pct=52),
     "toàn tỉnh"),
 _sc(dos("Yên Bái", "2024-Q1", received=12530, resolved=12047), TTPV),
 _sc(dos("Yên Bái", "2024-Q1", received=21994, resolved=20871), "cấp huyện"),
 _sc(dos("Yên Bái", "2024-Q1", received=43882, resolved=42194), "cấp xã"),
 _m(idx("Yên Bái", SVC, 2024, rank=15), "2024-01"),
 _m(idx("Yên Bái", SVC, 2024, rank=13), "2024-02"),
 _m(idx("Yên Bái", SVC, 2024, rank=9), "2024-03")]),

Case("K8 portal: PAR 'tăng 1,27 điểm ... nhưng giảm 1 bậc, xếp thứ 54/63', all 8 areas as a dash list 'X/Y điểm' with a previous value, a component's drop, SIPAS 63/63",
"https://backan.gov.vn/Pages/chi-so-cchc-nam-2023-cua-tinh-bac-kan-tang-diem-nhung-giam-hang-2a3f.aspx",
dt.date(2024, 4, 24),
"""Chỉ số CCHC năm 2023 của tỉnh Bắc Kạn: tăng điểm nhưng giảm hạng
Ngày 17/4/2024, Bộ Nội vụ công bố kết quả Chỉ số CCHC năm 2023. Theo đó, Chỉ số CCHC của tỉnh Bắc Kạn đạt 83,84%, tăng 1,27 điểm so với năm 2022 nhưng giảm 1 bậc, xếp thứ 54/63 tỉnh, thành phố.
Điểm đạt được theo từng lĩnh vực như sau:
- Công tác chỉ đạo, điều hành CCHC: 8,92/9 điểm (năm 2022: 8,50/9 điểm);
- Cải cách thể chế: 8,02/10 điểm;
- Cải cách thủ tục hành chính: 11,45/13 điểm;
- Cải cách tổ chức bộ máy hành chính: 6,25/7 điểm;
- Cải cách chế độ công vụ: 10,20/12 điểm;
- Cải cách tài chính công: 7,41/11 điểm;
- Xây dựng và phát triển Chính quyền điện tử, Chính quyền số: 9,49/11 điểm;
- Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội: 22,10/27 điểm.
So với năm 2022, có 5/8 lĩnh vực tăng điểm; lĩnh vực Cải cách tài chính công giảm mạnh nhất (giảm 1,32 điểm) do tỷ lệ giải ngân vốn đầu tư công chỉ đạt 71,6% và 14/19 sở, ngành chưa hoàn thành phương án tự chủ tài chính của đơn vị sự nghiệp.
Cùng ngày, Chỉ số SIPAS năm 2023 của tỉnh được công bố đạt 76,42%, xếp thứ 63/63.
UBND tỉnh yêu cầu các cơ quan, đơn vị xây dựng kế hoạch khắc phục trước ngày 15/5/2024; phấn đấu năm 2024 Chỉ số CCHC đạt trên 85% và ra khỏi nhóm 10 địa phương cuối bảng.""",
[idx("Bắc Kạn", PAR, 2023, score=83.84, score_change=1.27, rank=54, rank_of=63, rank_change=-1),
 idx("Bắc Kạn", PAR, 2023, PAR_LEAD, score=8.92, prev_score=8.5),
 idx("Bắc Kạn", PAR, 2023, "Cải cách thể chế", score=8.02),
 idx("Bắc Kạn", PAR, 2023, "Cải cách thủ tục hành chính", score=11.45),
 idx("Bắc Kạn", PAR, 2023, "Cải cách tổ chức bộ máy hành chính", score=6.25),
 idx("Bắc Kạn", PAR, 2023, "Cải cách chế độ công vụ", score=10.2),
 idx("Bắc Kạn", PAR, 2023, "Cải cách tài chính công", score=7.41, score_change=-1.32),
 idx("Bắc Kạn", PAR, 2023, PAR_EGOV, score=9.49),
 idx("Bắc Kạn", PAR, 2023, PAR_IMPACT, score=22.1),
 idx("Bắc Kạn", SIPAS, 2023, score=76.42, rank=63, rank_of=63)]),

Case("K9 paper feature, histories: 'Từ vị trí 49/63 năm 2020 ... lần lượt vươn lên thứ 35/63 năm 2021, ...', SIPAS '(2021: X%; 2022: Y%; 2023: Z%)', PAPI below last year, DDCI",
"https://baotayninh.vn/nhin-lai-hanh-trinh-cai-thien-cac-chi-so-cai-cach-hanh-chinh-a178234.html",
dt.date(2024, 5, 15),
"""Nhìn lại hành trình cải thiện các chỉ số cải cách hành chính
Ba năm liền tăng hạng, Chỉ số CCHC của Tây Ninh đã có mặt trong nhóm 20 địa phương dẫn đầu cả nước. Tuy vậy, một số chỉ số quản trị khác vẫn chưa có chuyển biến tương xứng.
Từ vị trí 49/63 năm 2020, Chỉ số CCHC của tỉnh lần lượt vươn lên thứ 35/63 năm 2021, thứ 27/63 năm 2022 và thứ 16/63 năm 2023. Riêng năm 2023, tỉnh đạt 87,64%, cao hơn mức trung bình cả nước 1,47 điểm phần trăm.
Cùng xu hướng đó, mức độ hài lòng của người dân, tổ chức (SIPAS) liên tục được cải thiện (2021: 80,12%; 2022: 81,95%; 2023: 84,33%). Theo lãnh đạo Sở Nội vụ, việc tỉnh bố trí 45 nhân viên bưu điện hỗ trợ tại Trung tâm Phục vụ hành chính công và Bộ phận Một cửa 9 huyện, thị xã, thành phố đã giúp người dân giảm đáng kể thời gian chờ đợi.
Riêng PAPI lại chững lại: tổng điểm năm 2023 của tỉnh là 41,2 điểm, thấp hơn năm 2022 (42,05 điểm); các nội dung Quản trị môi trường và Quản trị điện tử đều dưới 4 điểm.
Ở khối sở, ngành, Chỉ số DDCI năm 2023 ghi nhận Sở Tư pháp lần thứ ba liên tiếp dẫn đầu với 84,7 điểm.
Năm 2024, tỉnh đặt mục tiêu duy trì Chỉ số CCHC trong nhóm 15 địa phương dẫn đầu, SIPAS đạt trên 86% và cải thiện ít nhất 10 bậc về PAPI. Tổng kinh phí dành cho các nhiệm vụ cải thiện chỉ số năm 2024 khoảng 2,8 tỷ đồng.""",
[idx("Tây Ninh", PAR, 2020, rank=49, rank_of=63),
 idx("Tây Ninh", PAR, 2021, rank=35, rank_of=63),
 idx("Tây Ninh", PAR, 2022, rank=27, rank_of=63),
 idx("Tây Ninh", PAR, 2023, rank=16, rank_of=63, score=87.64),
 idx("Tây Ninh", SIPAS, 2021, score=80.12),
 idx("Tây Ninh", SIPAS, 2022, score=81.95),
 idx("Tây Ninh", SIPAS, 2023, score=84.33),
 idx("Tây Ninh", PAPI, 2023, score=41.2, prev_score=42.05)]),

Case("K10 very short portal item: 766 index 'đứng thứ 8/63 ... với tổng điểm 88,04, vượt 12 bậc so với tháng trước'",
"https://caobang.gov.vn/tin-tuc-su-kien/cao-bang-vuot-12-bac-ve-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-10-1026543",
dt.date(2024, 11, 12),
"""Cao Bằng vượt 12 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10
Theo kết quả đánh giá của Văn phòng Chính phủ, tháng 10/2024, tỉnh Cao Bằng đứng thứ 8/63 địa phương trên bảng đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp với tổng điểm 88,04, vượt 12 bậc so với tháng trước. Đây là lần đầu tiên tỉnh lọt vào nhóm 10 địa phương có điểm số cao nhất.""",
[_m(idx("Cao Bằng", SVC, 2024, score=88.04, rank=8, rank_of=63, rank_change=12), "2024-10")]),

Case("K11 portal: chairman's speech in quotes with '(84,73%, xếp thứ 43)' previous values, SIPAS 'tăng từ X lên Y', component ranks, national figures and targets",
"https://phuyen.gov.vn/wps/portal/home/tin-tuc/chi-tiet/hoi-nghi-trien-khai-giai-phap-nang-cao-cac-chi-so-cchc-nam-2024",
dt.date(2024, 5, 8),
"""Hội nghị triển khai giải pháp nâng cao các chỉ số CCHC năm 2024
Sáng 7/5, UBND tỉnh tổ chức hội nghị phân tích kết quả Chỉ số CCHC, Chỉ số SIPAS năm 2023 và triển khai giải pháp nâng cao các chỉ số năm 2024.
Phát biểu khai mạc, đồng chí Chủ tịch UBND tỉnh nhấn mạnh: “Năm 2023, Chỉ số CCHC của tỉnh đạt 86,88%, xếp thứ 29/63, tăng 14 bậc so với năm 2022 (84,73%, xếp thứ 43). Chỉ số SIPAS tăng từ 79,6% lên 82,91%. Đây là kết quả rất đáng ghi nhận, nhưng chúng ta không được tự mãn, bởi cả nước hiện có tới 4/63 địa phương đạt trên 90% và giá trị trung bình đã lên 86,17%”.
Báo cáo của Sở Nội vụ cho thấy, trong 8 lĩnh vực, tỉnh có 6 lĩnh vực tăng điểm; Cải cách thể chế xếp thứ 7, là lĩnh vực có thứ hạng tốt nhất; Cải cách tài chính công xếp thứ 52, thấp nhất trong các lĩnh vực.
Kinh phí triển khai các giải pháp năm 2024 được bố trí 1,95 tỷ đồng từ ngân sách tỉnh. Đồng chí Chủ tịch UBND tỉnh giao Sở Nội vụ chủ trì, phối hợp với 9 huyện, thị xã, thành phố tổ chức khảo sát thử SIPAS với 2.700 phiếu trước ngày 30/9/2024; phấn đấu năm 2024 Chỉ số CCHC đạt trên 88%, vào nhóm 25 địa phương dẫn đầu, SIPAS đạt trên 85%.
Tại hội nghị, UBND tỉnh trao Bằng khen cho 8 tập thể, 12 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2023.""",
[idx("Phú Yên", PAR, 2023, score=86.88, rank=29, rank_of=63, rank_change=14, prev_score=84.73, prev_rank=43),
 idx("Phú Yên", SIPAS, 2023, score=82.91, prev_score=79.6),
 idx("Phú Yên", PAR, 2023, "Cải cách thể chế", rank=7),
 idx("Phú Yên", PAR, 2023, "Cải cách tài chính công", rank=52)]),

Case("K12 portal month report as a dash list: 'tiếp nhận mới ... (ngoài ra, kỳ trước chuyển sang ...)', 'Số hồ sơ đã có kết quả', in-process and withdrawn, late units, previous month's 766 score",
"https://lamdong.gov.vn/HOME/news/hotnews/SitePages/ket-qua-tiep-nhan-giai-quyet-ho-so-tthc-thang-5-2024.aspx",
dt.date(2024, 6, 6),
"""Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 5/2024
Căn cứ số liệu trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh lúc 17 giờ ngày 31/5/2024, Văn phòng UBND tỉnh tổng hợp kết quả tiếp nhận, giải quyết hồ sơ TTHC trên địa bàn tỉnh trong tháng như sau:
- Tổng số hồ sơ tiếp nhận mới trong tháng: 35.882 hồ sơ (ngoài ra, kỳ trước chuyển sang 2.417 hồ sơ).
- Hồ sơ nộp trực tuyến: 26.054 hồ sơ, chiếm 72,61%.
- Số hồ sơ đã có kết quả: 34.760 hồ sơ; trong đó trước hạn 78,44%, đúng hạn 20,87%, trễ hạn 0,69%.
- Số hồ sơ đang xử lý: 3.427 hồ sơ.
- Số hồ sơ trả lại hoặc công dân xin rút: 112 hồ sơ.
Đơn vị còn nhiều hồ sơ trễ hạn nhất là Văn phòng Đăng ký đất đai tỉnh (167 hồ sơ), tiếp đến là UBND thành phố Bảo Lộc (41 hồ sơ). Trong tháng, Trung tâm Phục vụ hành chính công tỉnh đã gửi 208 thư xin lỗi đến người dân, tổ chức.
Về Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 4/2024 tỉnh Lâm Đồng đạt 82,65 điểm, xếp loại Khá.
Văn phòng UBND tỉnh đề nghị các cơ quan có hồ sơ trễ hạn báo cáo nguyên nhân trước ngày 10/6/2024; mọi vướng mắc về kỹ thuật liên hệ số điện thoại 0263.3812.301.""",
[dos("Lâm Đồng", "2024-05", received=35882, online=26054, online_pct=72.61, resolved=34760,
     early_pct=78.44, on_time_pct=20.87, late_pct=0.69),
 _m(idx("Lâm Đồng", SVC, 2024, score=82.65), "2024-04")]),

Case("K13 SNV 2022 article on 2021 data: PAR 'tăng 11 bậc so với năm 2020 (xếp thứ 30)', SIPAS 'cao hơn 1,74%', five SIPAS factors 'mức độ hài lòng về ... đạt'",
"https://sonoivu.haiduong.gov.vn/tin-tuc/chi-so-par-index-va-sipas-nam-2021-cua-tinh-hai-duong-2215.html",
dt.date(2022, 6, 1),
"""Hải Dương tăng 11 bậc Chỉ số CCHC năm 2021
Ngày 25/5/2022, Ban Chỉ đạo CCHC của Chính phủ tổ chức hội nghị trực tuyến công bố Chỉ số CCHC năm 2021 và Chỉ số SIPAS năm 2021. Hội nghị được kết nối đến điểm cầu của 63 tỉnh, thành phố.
Kết quả công bố cho thấy, Chỉ số CCHC năm 2021 của tỉnh Hải Dương đạt 86,09%, đứng thứ 19/63, tăng 11 bậc so với năm 2020 (xếp thứ 30). Đây là năm đầu tiên tỉnh nằm trong nhóm 20 địa phương dẫn đầu.
Với Chỉ số SIPAS, năm 2021 tỉnh đạt 89,37%, cao hơn 1,74% so với năm 2020, xếp thứ 21. Xét theo 5 yếu tố của dịch vụ hành chính công, mức độ hài lòng về tiếp cận dịch vụ đạt 89,9%; về thủ tục hành chính đạt 90,12%; về công chức trực tiếp giải quyết công việc đạt 89,46%; về kết quả dịch vụ đạt 88,93%; về việc tiếp nhận, xử lý góp ý, phản ánh, kiến nghị đạt 83,1%.
Năm 2021 là năm thứ năm Bộ Nội vụ triển khai đo lường SIPAS trên phạm vi cả nước, với 35.932 phiếu khảo sát hợp lệ.
Để tiếp tục cải thiện các chỉ số, UBND tỉnh giao Sở Nội vụ tham mưu kế hoạch khắc phục trước ngày 30/6/2022; phấn đấu năm 2022 Chỉ số CCHC tăng ít nhất 3 bậc và Chỉ số SIPAS đạt trên 90%.""",
[idx("Hải Dương", PAR, 2021, score=86.09, rank=19, rank_of=63, rank_change=11, prev_rank=30),
 idx("Hải Dương", SIPAS, 2021, score=89.37, rank=21),
 {**idx("Hải Dương", SIPAS, 2021, score_change=1.74), "optional": True},
 idx("Hải Dương", SIPAS, 2021, "Tiếp cận dịch vụ", score=89.9),
 idx("Hải Dương", SIPAS, 2021, "Thủ tục hành chính", score=90.12),
 idx("Hải Dương", SIPAS, 2021, "Công chức trực tiếp giải quyết công việc", score=89.46),
 idx("Hải Dương", SIPAS, 2021, "Kết quả dịch vụ", score=88.93),
 idx("Hải Dương", SIPAS, 2021, "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", score=83.1)]),

Case("K14 paper: DTI 2023 published in 2025, pillars 'có thứ hạng tốt nhất, đứng thứ 9 với', a digital-transformation plan's tasks (not CCHC), online share, PAR and SIPAS ranks from April",
"https://baodongnai.com.vn/kinhte/202502/chi-so-chuyen-doi-so-cua-dong-nai-tang-6-bac-3187452/",
dt.date(2025, 2, 12),
"""Chỉ số chuyển đổi số của Đồng Nai tăng 6 bậc
Ngày 6/2, Bộ Thông tin và Truyền thông công bố Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2023 của các bộ, ngành, địa phương. Theo đó, Đồng Nai đạt 0,5617 điểm, xếp hạng 17/63, tăng 6 bậc so với năm 2022.
Trong ba trụ cột, Kinh tế số có thứ hạng tốt nhất, đứng thứ 9 với 0,5303 điểm; trụ cột Xã hội số đứng thứ 19 (0,5488 điểm), còn trụ cột Chính quyền số đứng thứ 21 (0,6012 điểm).
Theo Sở Thông tin và Truyền thông, năm 2024 tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến trên địa bàn tỉnh đạt 68,9%; 100% cơ quan nhà nước sử dụng văn bản điện tử; 96% hộ gia đình có kết nối cáp quang. Kế hoạch chuyển đổi số năm 2024 của tỉnh có 85 nhiệm vụ, đến cuối năm đã hoàn thành 61 nhiệm vụ.
Tổng vốn đầu tư cho các dự án chuyển đổi số giai đoạn 2021-2025 khoảng 1.250 tỷ đồng, trong đó riêng Trung tâm điều hành thông minh của tỉnh là 312 tỷ đồng. Năm 2025, tỉnh đặt mục tiêu đưa DTI vào nhóm 10 địa phương dẫn đầu, kinh tế số chiếm 20% GRDP.
Trước đó, kết quả công bố tháng 4/2024 cho thấy Chỉ số CCHC năm 2023 của Đồng Nai xếp thứ 24/63, Chỉ số SIPAS năm 2023 xếp thứ 28/63.""",
[idx("Đồng Nai", DTI, 2023, score=0.5617, rank=17, rank_of=63, rank_change=6),
 idx("Đồng Nai", DTI, 2023, "Kinh tế số", score=0.5303, rank=9),
 idx("Đồng Nai", DTI, 2023, "Xã hội số", score=0.5488, rank=19),
 idx("Đồng Nai", DTI, 2023, "Chính quyền số", score=0.6012, rank=21),
 dos("Đồng Nai", "2024", online_pct=68.9),
 idx("Đồng Nai", PAR, 2023, rank=24, rank_of=63),
 idx("Đồng Nai", SIPAS, 2023, rank=28, rank_of=63)]),

Case("K15 district site at a provincial online meeting: the province's 9-month tasks, dossiers and August 766 index; the district's own tasks and scores",
"https://tanuyen.laichau.gov.vn/tin-tuc/tan-uyen-du-hoi-nghi-truc-tuyen-danh-gia-cong-tac-cai-cach-hanh-chinh-9-thang-nam-2024.html",
dt.date(2024, 10, 14),
"""Tân Uyên: Dự hội nghị trực tuyến đánh giá công tác cải cách hành chính 9 tháng năm 2024
Chiều 11/10, UBND tỉnh tổ chức hội nghị trực tuyến đánh giá kết quả công tác CCHC 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2024. Tại điểm cầu huyện Tân Uyên, đồng chí Phó Chủ tịch UBND huyện chủ trì.
Theo báo cáo của UBND tỉnh, 9 tháng năm 2024, tỉnh đã hoàn thành 27/36 nhiệm vụ của Kế hoạch CCHC năm 2024. Các cơ quan hành chính trên địa bàn tỉnh đã tiếp nhận 98.214 hồ sơ TTHC, giải quyết 95.806 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 55,4%. Về Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 8/2024 tỉnh Lai Châu đạt 79,35 điểm, xếp thứ 41.
Đối với huyện Tân Uyên, 9 tháng qua huyện đã hoàn thành 22/25 nhiệm vụ theo Kế hoạch CCHC của huyện; kết quả tự chấm điểm Chỉ số CCHC năm 2024 của huyện đạt 85,5/100 điểm. Năm 2023, huyện xếp thứ 4/8 huyện, thành phố về Chỉ số CCHC.
Phát biểu tại điểm cầu, đồng chí Phó Chủ tịch UBND huyện yêu cầu các cơ quan chuyên môn hoàn thành 3 nhiệm vụ còn lại trước ngày 15/12/2024; nâng tỷ lệ hồ sơ trực tuyến ở cấp xã lên trên 40%.""",
[task("Lai Châu", "2024-09M", 27, 36),
 dos("Lai Châu", "2024-09M", received=98214, resolved=95806, online_pct=55.4),
 _m(idx("Lai Châu", SVC, 2024, score=79.35, rank=41), "2024-08")]),

Case("K16 very short portal item in ALL CAPS and without diacritics: SIPAS 'diem so tang 2,41 diem, thu hang giu nguyen'",
"https://binhthuan.gov.vn/tin-tuc/sipas-2023-binh-thuan-dat-81-26.html",
dt.date(2024, 4, 19),
"""BINH THUAN: CHI SO SIPAS NAM 2023 DAT 81,26%
Chi so hai long cua nguoi dan, to chuc doi voi su phuc vu cua co quan hanh chinh nha nuoc (SIPAS) nam 2023 cua tinh Binh Thuan dat 81,26%, xep thu 40/63; so voi nam 2022, diem so tang 2,41 diem, thu hang giu nguyen.""",
[idx("Bình Thuận", SIPAS, 2023, score=81.26, rank=40, rank_of=63, score_change=2.41),
 {**idx("Bình Thuận", SIPAS, 2023, rank_change=0), "optional": True}]),
]

TABLES_K: list[Case] = [
Case("KT1 pipe table: one province's PAR areas with a 'Điểm tối đa' column and a total row",
"https://hanam.gov.vn/Pages/ket-qua-chi-so-cchc-nam-2023-cua-tinh-theo-linh-vuc.aspx",
dt.date(2024, 4, 23),
"""Bảng 1. Kết quả Chỉ số CCHC năm 2023 của tỉnh Hà Nam theo lĩnh vực
TT | Lĩnh vực | Điểm tối đa | Điểm đạt được | Xếp hạng
1 | Công tác chỉ đạo, điều hành CCHC | 9 | 8,71 | 14
2 | Cải cách thể chế | 10 | 8,84 | 11
3 | Cải cách thủ tục hành chính | 13 | 11,98 | 6
4 | Cải cách tổ chức bộ máy hành chính | 7 | 6,62 | 9
5 | Cải cách chế độ công vụ | 12 | 10,35 | 20
6 | Cải cách tài chính công | 11 | 8,06 | 37
7 | Xây dựng và phát triển Chính quyền điện tử, Chính quyền số | 11 | 9,87 | 8
8 | Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH | 27 | 22,89 | 19
 | Tổng cộng | 100 | 87,32 | 17
Ghi chú: Giá trị trung bình Chỉ số CCHC năm 2023 của 63 tỉnh, thành phố là 86,17%.""",
[idx("Hà Nam", PAR, 2023, PAR_LEAD, score=8.71, rank=14),
 idx("Hà Nam", PAR, 2023, "Cải cách thể chế", score=8.84, rank=11),
 idx("Hà Nam", PAR, 2023, "Cải cách thủ tục hành chính", score=11.98, rank=6),
 idx("Hà Nam", PAR, 2023, "Cải cách tổ chức bộ máy hành chính", score=6.62, rank=9),
 idx("Hà Nam", PAR, 2023, "Cải cách chế độ công vụ", score=10.35, rank=20),
 idx("Hà Nam", PAR, 2023, "Cải cách tài chính công", score=8.06, rank=37),
 idx("Hà Nam", PAR, 2023, PAR_EGOV, score=9.87, rank=8),
 idx("Hà Nam", PAR, 2023, PAR_IMPACT, score=22.89, rank=19),
 idx("Hà Nam", PAR, 2023, score=87.32, rank=17)],
table=True),

Case("KT2 tab table: 766 index for one month, a grade column, signed rank changes, a gap, the host province's row and an average row",
"https://vinhlong.gov.vn/tin-tuc/ket-qua-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-9-2024",
dt.date(2024, 10, 15),
"""Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 9/2024 (trích)
Hạng\tĐịa phương\tĐiểm\tXếp loại\tTăng (+)/giảm (-) bậc so với tháng 8
1\tBình Phước\t91,42\tTốt\t+2
2\tBắc Ninh\t90,87\tTốt\t-1
3\tQuảng Ninh\t90,15\tTốt\t+4
4\tBà Rịa-Vũng Tàu\t89,60\tTốt\t-2
5\tHoà Bình\t89,02\tTốt\t+6
...
21\tVĩnh Long\t84,11\tKhá\t+9
Bình quân các địa phương\t\t80,36\t\t""",
[_m(idx("Bình Phước", SVC, 2024, rank=1, score=91.42, rank_change=2), "2024-09"),
 _m(idx("Bắc Ninh", SVC, 2024, rank=2, score=90.87, rank_change=-1), "2024-09"),
 _m(idx("Quảng Ninh", SVC, 2024, rank=3, score=90.15, rank_change=4), "2024-09"),
 _m(idx("Bà Rịa - Vũng Tàu", SVC, 2024, rank=4, score=89.6, rank_change=-2), "2024-09"),
 _m(idx("Hòa Bình", SVC, 2024, rank=5, score=89.02, rank_change=6), "2024-09"),
 _m(idx("Vĩnh Long", SVC, 2024, rank=21, score=84.11, rank_change=9), "2024-09")],
table=True),
]

NEGATIVES_K: list[Case] = [
Case("KN1 SNV: the province's own satisfaction survey of departments and districts, departments' and a city's PAR scores, staff files, recruitment, targets",
"https://sonoivu.dienbien.gov.vn/tin-tuc/cong-bo-ket-qua-do-luong-su-hai-long-doi-voi-cac-co-quan-cap-tinh-cap-huyen-nam-2023-3342.html",
dt.date(2024, 3, 15),
"""Công bố kết quả đo lường sự hài lòng đối với các cơ quan cấp tỉnh, cấp huyện năm 2023
Lượt xem: 402
Thực hiện Kế hoạch số 118/KH-UBND ngày 12/01/2023 của UBND tỉnh, Sở Nội vụ phối hợp với Trường Chính trị tỉnh tự tổ chức khảo sát 4.500 phiếu tại 19 sở, ban, ngành và 10 huyện, thị xã, thành phố; số phiếu hợp lệ thu về là 4.312 phiếu (95,8%).
Theo kết quả khảo sát do tỉnh thực hiện, mức độ hài lòng bình quân của người dân đối với 19 sở, ban, ngành đạt 88,42%, đối với UBND 10 huyện, thị xã, thành phố đạt 86,95%. Sở Tư pháp có mức độ hài lòng cao nhất (93,1%), Sở Tài nguyên và Môi trường thấp nhất (79,6%); ở khối huyện, thị xã Mường Lay dẫn đầu với 91,2%, huyện Nậm Pồ xếp cuối với 81,4%.
Cũng theo Quyết định số 412/QĐ-UBND ngày 8/3/2024 của UBND tỉnh, Chỉ số CCHC năm 2023 của Sở Nội vụ đạt 92,36 điểm, xếp thứ 2/19 sở, ngành; UBND thành phố Điện Biên Phủ đạt 90,18 điểm, xếp thứ 1/10 đơn vị cấp huyện, tăng 3 bậc so với năm 2022.
Trong năm 2023, Sở đã thẩm định 126 hồ sơ đề nghị nâng bậc lương trước thời hạn, tuyển dụng 318 công chức, viên chức và xử lý kỷ luật 9 trường hợp vi phạm; 100% cơ quan, đơn vị đã cập nhật hồ sơ cán bộ lên Cơ sở dữ liệu quốc gia.
Năm 2024, tỉnh phấn đấu mức độ hài lòng bình quân đối với các cơ quan đạt trên 90%; 100% cơ quan thực hiện khảo sát bằng hình thức trực tuyến; Chỉ số SIPAS của tỉnh tăng ít nhất 5 bậc so với năm 2023.
Sở Nội vụ tỉnh Điện Biên - Điện thoại: 0215.3825.176 - Email: snv@dienbien.gov.vn""",
[]),

Case("KN2 portal monthly socio-economic digest: GRDP, CPI/IIP 'chỉ số', budget and disbursement rank, exports, Đề án 06, business registration, 18/20 targets, PCI target",
"https://quangngai.gov.vn/tin-tuc/tinh-hinh-kinh-te-xa-hoi-thang-10-va-10-thang-nam-2024.html",
dt.date(2024, 11, 2),
"""Tình hình kinh tế - xã hội tháng 10 và 10 tháng năm 2024
Chỉ số sản xuất công nghiệp (IIP) tháng 10/2024 ước tăng 6,8% so với cùng kỳ; tính chung 10 tháng tăng 9,2%. Chỉ số giá tiêu dùng (CPI) bình quân 10 tháng tăng 3,21%. Kim ngạch xuất khẩu 10 tháng đạt 1,72 tỷ USD, bằng 86,4% kế hoạch năm.
Tổng thu ngân sách nhà nước trên địa bàn 10 tháng ước đạt 24.870 tỷ đồng, bằng 91,3% dự toán. Giải ngân vốn đầu tư công đạt 5.120 tỷ đồng, bằng 62,3% kế hoạch, xếp thứ 8/63 tỉnh, thành phố về tỷ lệ giải ngân.
Trong 10 tháng, toàn tỉnh có 612 doanh nghiệp thành lập mới, tăng 8% so với cùng kỳ, với tổng vốn đăng ký 6.450 tỷ đồng; thu hút 14 dự án đầu tư ngoài khu kinh tế. Về Đề án 06, tỉnh đã kích hoạt 510.000 tài khoản định danh điện tử mức 2, đạt 74% chỉ tiêu; 183/183 xã, phường, thị trấn đã triển khai thanh toán không dùng tiền mặt đối với chi trả an sinh xã hội.
Đến nay, tỉnh đã đạt và vượt 18/20 chỉ tiêu chủ yếu của Nghị quyết HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2024. Trong tháng 11, UBND tỉnh sẽ tổ chức hội nghị đối thoại với khoảng 150 doanh nghiệp, phấn đấu Chỉ số PCI năm 2024 trở lại nhóm 30 địa phương dẫn đầu.
Mọi thông tin chi tiết xin liên hệ Cục Thống kê tỉnh, điện thoại 0255.3822.610.""",
[]),
]



def test_round_k_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round K prose", ROUND_K, capsys)


def test_round_k_tables_meet_the_table_target() -> None:
    assert_table_target(TABLES_K)


@pytest.mark.parametrize("case", NEGATIVES_K, ids=ids(NEGATIVES_K))
def test_round_k_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_K + TABLES_K, ids=ids(ROUND_K + TABLES_K))
def test_round_k_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
