"""Blind round M: pages as a scraper gets them, written by a helper that never read the extractor.

Written after rounds J, K and L were fixed, by a separate agent given the facts schema, the
domain notes, the seeds and rounds B–I (and told not to read ``scrapers/``, the later
rounds, or to run the extractor). Focus: the noise around real articles (breadcrumbs, dates,
authors, captions, "Tin liên quan" lists, footers), headlines repeated or in capitals,
relative periods, district and department portals, the 2025 merger. Scored before any
change for it (the extractor after rounds J–L):

* prose (16 articles): precision 0.939, recall 0.923 — the first round to meet the recall
  target at first sight, which is the best evidence this session has that the J–L fixes
  generalise;
* tables (2): F1 0.697 (a "Hạng tháng 5" column in June's table, a column named "DTI 2023");
* negatives (2): a district's portal gave 9 wrong facts (its own dossiers and tasks read as
  the province's).

What it taught: a district portal ("Huyện X ..." headline) keeps the district's dossiers and
tasks out, "của huyện" marks a district's figure, a plan "năm nay", "từ ngày 01/01/2024 đến
ngày 31/5/2024"; tables: another month's rank column, a column named after the index, row
numbers as ranks when scores never rise.

After the fixes: prose 0.978 / 0.948 (0.973 / 0.944 before round N's fixes), tables 1.000, negatives
empty. What is left: a
merged province's old name read as the new unit, a rank and score given before the year
they belong to, and two online shares of other provinces.
Extractor 1.6.0 (next session, before any new round was scored): "Sơn La và Điện Biên lần lượt
tăng 18 và 14 bậc" gives each its rank change: prose **0.996 / 0.987**.
None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, Case, dos, idx, optional, svc, task

pytestmark = pytest.mark.unit

# --------------------------------------------------------------------------------------------- M1
M1_TEXT = """Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024: nhiều chỉ số tiếp tục được cải thiện
Trang chủ > Tin tức - Sự kiện > Hoạt động của tỉnh > Cải cách hành chính
Cập nhật lúc 16:42 ngày 12/07/2024
Lượt xem: 1.284
Cỡ chữ: A- A A+ | In bài | Gửi email | Chia sẻ: Facebook Zalo
(BĐ) - Chiều 11/7, Ban Chỉ đạo cải cách hành chính (CCHC) tỉnh tổ chức hội nghị sơ kết công tác CCHC 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Phó Chủ tịch UBND tỉnh Lâm Hữu Phước, Phó Trưởng Ban Thường trực Ban Chỉ đạo chủ trì hội nghị. Hội nghị được kết nối trực tuyến đến 11 điểm cầu cấp huyện và 155 điểm cầu cấp xã với hơn 1.200 đại biểu tham dự.
Quang cảnh hội nghị tại điểm cầu tỉnh. Ảnh: Minh Tâm
Chuyển biến trên nhiều lĩnh vực
Theo báo cáo của Sở Nội vụ - cơ quan thường trực của Ban Chỉ đạo, 6 tháng đầu năm nay (kỳ báo cáo tính từ ngày 15/12/2023 đến ngày 14/6/2024), công tác CCHC của tỉnh được triển khai đồng bộ, bám sát Kế hoạch CCHC năm 2024 ban hành kèm theo Quyết định số 4712/QĐ-UBND ngày 28/12/2023 của UBND tỉnh. Đến thời điểm báo cáo, tỉnh đã hoàn thành 27/49 nhiệm vụ đề ra trong kế hoạch, đạt 55,1%; 22 nhiệm vụ còn lại đang được triển khai theo đúng lộ trình, không có nhiệm vụ nào chậm tiến độ.
Ngay từ đầu năm, 100% cơ quan, đơn vị, địa phương (gồm 21/21 sở, ban, ngành và 11/11 UBND cấp huyện) đã ban hành kế hoạch CCHC, kế hoạch tuyên truyền CCHC và kế hoạch kiểm tra CCHC của đơn vị mình. Ban Chỉ đạo tỉnh đã thành lập 2 đoàn kiểm tra, làm việc tại 8 cơ quan, đơn vị, qua đó chấn chỉnh kịp thời những tồn tại trong việc tiếp nhận, giải quyết hồ sơ tại Bộ phận Một cửa. Công tác tuyên truyền được đổi mới với 46 chuyên mục phát thanh, truyền hình và hơn 300 tin, bài đăng trên các trang thông tin điện tử.
Về cải cách thể chế, các cơ quan chuyên môn đã tham mưu HĐND, UBND tỉnh ban hành 38 văn bản quy phạm pháp luật; tự kiểm tra 214 văn bản, phát hiện 6 văn bản có nội dung chưa phù hợp và đã kiến nghị xử lý theo quy định. Công tác theo dõi thi hành pháp luật được triển khai trên các lĩnh vực trọng tâm như đất đai, xây dựng, bảo vệ môi trường và an toàn thực phẩm.
Về cải cách thủ tục hành chính (TTHC), Chủ tịch UBND tỉnh đã ban hành 41 quyết định công bố 612 TTHC mới ban hành, sửa đổi, bổ sung hoặc bãi bỏ; phê duyệt 37 quy trình nội bộ giải quyết TTHC. Hiện nay, tổng số TTHC thuộc thẩm quyền giải quyết của 3 cấp chính quyền trên địa bàn tỉnh là 1.946 thủ tục, trong đó 1.102 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình.
Trong kỳ báo cáo, toàn tỉnh tiếp nhận 498.207 hồ sơ TTHC (trong đó có 311.452 hồ sơ nộp trực tuyến, chiếm 62,51%); đã giải quyết 481.936 hồ sơ, trong đó giải quyết trước hạn 63,04%, đúng hạn 36,12%, quá hạn 0,84%; hiện còn 16.271 hồ sơ đang giải quyết trong hạn. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,6%; có 41.208 hồ sơ được thanh toán phí, lệ phí trực tuyến. Ở cấp huyện, huyện Tây Sơn và huyện Phù Cát có tỷ lệ hồ sơ giải quyết trước và đúng hạn đạt 100%, trong khi thị xã Hoài Nhơn còn 412 hồ sơ quá hạn, chiếm 1,62% số hồ sơ đã giải quyết của thị xã.
Về cải cách tổ chức bộ máy, tỉnh đã hoàn thành việc sắp xếp, kiện toàn tổ chức bên trong của 4 sở, giảm 3 phòng chuyên môn và 12 đơn vị sự nghiệp công lập so với đầu năm. Về cải cách chế độ công vụ, tỉnh tổ chức tuyển dụng 132 công chức; kiểm tra công vụ đột xuất 19 cơ quan, đơn vị, phát hiện và nhắc nhở 7 trường hợp vi phạm giờ giấc làm việc.
Về cải cách tài chính công, đến ngày 30/6/2024, giải ngân vốn đầu tư công đạt 38,2% kế hoạch vốn giao; 100% đơn vị sự nghiệp công lập đã xây dựng phương án tự chủ tài chính giai đoạn 2023 - 2025. Về xây dựng chính quyền điện tử, chính quyền số, tỷ lệ văn bản điện tử trao đổi giữa các cơ quan hành chính nhà nước đạt 98,7%; 100% cán bộ, công chức cấp tỉnh, cấp huyện được cấp chữ ký số cá nhân; Trung tâm Giám sát, điều hành thông minh của tỉnh đã kết nối dữ liệu với 14 hệ thống thông tin chuyên ngành.
Các chỉ số của tỉnh tiếp tục tăng hạng
Tại hội nghị, đại diện Sở Nội vụ thông tin về kết quả các bộ chỉ số đánh giá năm 2023. Theo công bố của Ban Chỉ đạo CCHC của Chính phủ ngày 17/4/2024, Chỉ số CCHC năm 2023 của tỉnh đạt 88,37%, xếp thứ 13/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022 (năm 2022 đạt 86,05%, xếp thứ 19) và cao hơn giá trị trung bình của cả nước (86,17%). Trong các tỉnh duyên hải miền Trung, Chỉ số CCHC năm 2023 của tỉnh chỉ đứng sau Đà Nẵng (89,81%).
Trong 8 lĩnh vực đánh giá, cải cách thể chế xếp thứ 5/63; cải cách tổ chức bộ máy hành chính xếp thứ 9/63; xây dựng và phát triển chính quyền điện tử, chính quyền số xếp thứ 11/63. Tuy vậy, một số lĩnh vực còn ở nhóm thấp như cải cách tài chính công (xếp thứ 47/63) và tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội (xếp thứ 36/63).
Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2023 của tỉnh đạt 84,92%, xếp thứ 20/63, giảm 2 bậc so với năm 2022. Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 đạt 44,06 điểm, thuộc nhóm đạt điểm cao nhất, xếp thứ 6/63, tăng 2,18 điểm so với năm 2022. Với 67,38 điểm, Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 của tỉnh xếp thứ 14 toàn quốc; đây là năm đầu tiên VCCI chỉ công bố kết quả của 30 địa phương có điểm số cao nhất.
Đối với Chỉ số đánh giá chuyển đổi số (DTI), Bộ Thông tin và Truyền thông chưa công bố kết quả năm 2023; theo kết quả gần nhất, DTI năm 2022 của tỉnh đạt 0,5561 điểm, xếp thứ 7/63.
Riêng Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo thời gian thực do Văn phòng Chính phủ đánh giá, tháng 5/2024 tỉnh đạt 84,26 điểm, xếp loại Tốt, đứng thứ 9/63 tỉnh, thành phố; điểm bình quân của các địa phương trong tháng là 79,4 điểm.
Tồn tại, hạn chế
Bên cạnh kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế. Một số cơ quan, địa phương chưa thực hiện nghiêm việc gửi thư xin lỗi đối với hồ sơ quá hạn; tỷ lệ hồ sơ trực tuyến toàn trình ở cấp xã còn thấp, nhiều xã miền núi chỉ đạt dưới 30%. Việc số hóa hồ sơ, kết quả giải quyết TTHC ở cấp huyện, cấp xã chưa đạt chỉ tiêu 80% theo kế hoạch. Một số chỉ số nội dung của PAPI như Quản trị điện tử và Kiểm soát tham nhũng trong khu vực công chưa có sự cải thiện rõ nét; việc khai thác, sử dụng dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư trong giải quyết TTHC còn hạn chế.
Phát biểu tại hội nghị, ông Võ Đình Khải, Giám đốc Sở Nội vụ cho biết: “Kết quả các chỉ số năm 2023 là nỗ lực chung của cả hệ thống chính trị. Tuy nhiên, để giữ vững và cải thiện thứ hạng, các cơ quan, đơn vị cần xác định rõ các tiêu chí bị mất điểm, nhất là ở lĩnh vực cải cách tài chính công và tác động của CCHC, từ đó có giải pháp khắc phục cụ thể, tránh tình trạng chạy theo thành tích”.
Đại diện UBND thị xã Hoài Nhơn giải trình về nguyên nhân hồ sơ quá hạn, chủ yếu thuộc lĩnh vực đất đai do phải chờ kết quả đo đạc, xác minh nguồn gốc đất. Đại diện Sở Thông tin và Truyền thông đề xuất tiếp tục nâng cấp Hệ thống thông tin giải quyết TTHC của tỉnh, bảo đảm kết nối, đồng bộ với Cổng Dịch vụ công quốc gia; đồng thời bố trí kinh phí trang bị máy quét, máy tính cho Bộ phận Một cửa cấp xã để đẩy nhanh tiến độ số hóa.
Phấn đấu vào nhóm 10 tỉnh dẫn đầu
Kết luận hội nghị, Phó Chủ tịch UBND tỉnh Lâm Hữu Phước ghi nhận, biểu dương những kết quả mà các cơ quan, đơn vị, địa phương đã đạt được trong 6 tháng đầu năm. Đồng chí yêu cầu trong 6 tháng cuối năm, các cơ quan, đơn vị tập trung hoàn thành 22 nhiệm vụ còn lại của Kế hoạch CCHC năm 2024; phấn đấu Chỉ số CCHC năm 2024 của tỉnh đạt trên 89%, nằm trong nhóm 10 tỉnh, thành phố dẫn đầu cả nước; Chỉ số SIPAS đạt trên 86%; tỷ lệ hồ sơ trực tuyến toàn trình đạt 70% trở lên và 100% hồ sơ quá hạn đều có thư xin lỗi.
Phó Chủ tịch UBND tỉnh đề nghị Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan rà soát từng tiêu chí, tiêu chí thành phần của Bộ Chỉ số CCHC, Bộ chỉ số SIPAS, PAPI; phân công cụ thể cho từng cơ quan chịu trách nhiệm cải thiện. Văn phòng UBND tỉnh theo dõi, đôn đốc kết quả giải quyết hồ sơ hằng tháng, công khai danh sách cơ quan có hồ sơ quá hạn trên Cổng thông tin điện tử tỉnh. Sở Thông tin và Truyền thông tham mưu triển khai các giải pháp nâng cao chất lượng dịch vụ công trực tuyến, kiên quyết không để xảy ra tình trạng hồ sơ trực tuyến “ảo”.
Đối với UBND cấp huyện, Phó Chủ tịch UBND tỉnh yêu cầu người đứng đầu trực tiếp chỉ đạo công tác CCHC, thường xuyên kiểm tra hoạt động của Bộ phận Một cửa cấp xã; kiên quyết xử lý những cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp. Các địa phương có tỷ lệ hồ sơ quá hạn cao phải báo cáo nguyên nhân, giải pháp khắc phục bằng văn bản trước ngày 31/7/2024.
Minh Tâm (Sở Nội vụ)
Tin liên quan:
- Bình Định tổ chức Hội thi tìm hiểu CCHC năm 2024 dành cho 2.000 đoàn viên (05/07/2024)
- Thị xã An Nhơn dẫn đầu Chỉ số CCHC cấp huyện năm 2023 với 91,42 điểm (22/03/2024)
- Phấn đấu 100% TTHC đủ điều kiện được cung cấp trực tuyến toàn trình (14/02/2024)
- Đối thoại doanh nghiệp quý II/2024: giải đáp 27 kiến nghị (28/06/2024)
Các tin khác:
- Công bố 45 TTHC mới trong lĩnh vực giáo dục và đào tạo
- Triển khai Kế hoạch kiểm tra CCHC năm 2024 tại 16 cơ quan, đơn vị
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH
Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bình Định
Cơ quan thường trực: Văn phòng UBND tỉnh - Số 01 Trần Phú, TP. Quy Nhơn
Điện thoại: (0256) 3822.811 - Fax: (0256) 3822.330 - Email: banbientap@binhdinh.gov.vn
Giấy phép số 12/GP-TTĐT ngày 15/3/2021 của Sở Thông tin và Truyền thông
Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Bình Định” khi phát hành lại thông tin từ website này."""

M1_GOLD = [
    task("Bình Định", "2024-06H1", 27, 49),
    dos("Bình Định", "2024-06H1", received=498207, online=311452, online_pct=62.51, resolved=481936,
        early_pct=63.04, on_time_pct=36.12, late_pct=0.84),
    idx("Bình Định", PAR, 2023, score=88.37, rank=13, rank_of=63, rank_change=6, prev_score=86.05, prev_rank=19),
    idx("Đà Nẵng", PAR, 2023, score=89.81),
    idx("Bình Định", PAR, 2023, "Cải cách thể chế", rank=5, rank_of=63),
    idx("Bình Định", PAR, 2023, "Cải cách tổ chức bộ máy hành chính", rank=9, rank_of=63),
    idx("Bình Định", PAR, 2023, "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", rank=11, rank_of=63),
    idx("Bình Định", PAR, 2023, "Cải cách tài chính công", rank=47, rank_of=63),
    idx("Bình Định", PAR, 2023, "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH", rank=36, rank_of=63),
    idx("Bình Định", SIPAS, 2023, score=84.92, rank=20, rank_of=63, rank_change=-2),
    idx("Bình Định", PAPI, 2023, score=44.06, rank=6, rank_of=63, score_change=2.18),
    idx("Bình Định", PCI, 2023, score=67.38, rank=14),
    idx("Bình Định", DTI, 2022, score=0.5561, rank=7, rank_of=63),
    svc("Bình Định", "2024-05", score=84.26, rank=9, rank_of=63),
]

# --------------------------------------------------------------------------------------------- M2
M2_TEXT = """Cải cách hành chính năm 2024: Tạo chuyển biến từ cơ sở
Trang chủ › Chính trị › Xây dựng chính quyền
Thứ Sáu, 27/12/2024, 06:05 [GMT+7]
Chia sẻ: Facebook | Zalo | Twitter | Sao chép liên kết
Năm 2024, công tác cải cách hành chính (CCHC) của tỉnh có nhiều chuyển biến rõ nét, từ việc cắt giảm thời gian giải quyết thủ tục, mở rộng dịch vụ công trực tuyến đến thay đổi phong cách phục vụ của đội ngũ cán bộ, công chức. Tuy vậy, để các chỉ số đánh giá cải thiện một cách bền vững, tỉnh vẫn còn nhiều việc phải làm.
Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công tỉnh. Ảnh: HOÀNG NAM
Hoàn thành phần lớn nhiệm vụ
Theo Sở Nội vụ, năm nay, tỉnh đã hoàn thành 44/47 nhiệm vụ đề ra trong Kế hoạch CCHC; 3 nhiệm vụ còn lại liên quan đến việc xây dựng cơ sở dữ liệu chuyên ngành sẽ được hoàn thành trước ngày 31/12. So với năm 2023, số nhiệm vụ hoàn thành đúng tiến độ tăng thêm 6 nhiệm vụ. UBND tỉnh đã ban hành 17 quyết định phê duyệt phương án đơn giản hóa 96 TTHC, ước tính tiết kiệm cho người dân, doanh nghiệp hơn 21 tỷ đồng mỗi năm.
Điểm nhấn của năm là việc đưa vào vận hành Hệ thống thông tin giải quyết TTHC dùng chung cho cả 3 cấp chính quyền. Trong 11 tháng năm nay, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp nhận 1.126.540 hồ sơ, giải quyết 1.098.215 hồ sơ; tỷ lệ giải quyết trước hạn và đúng hạn đạt 98,9%. Đáng chú ý, số hồ sơ nộp trực tuyến là 689.412/1.126.540 hồ sơ, đạt 61,2%, cao gấp gần 1,5 lần so với cùng kỳ năm 2023.
Ông Trần Quốc Việt, Phó Giám đốc Trung tâm Phục vụ hành chính công tỉnh cho biết: “Trước đây, mỗi ngày trung tâm đón khoảng 600 lượt người đến nộp hồ sơ, nay chỉ còn hơn 250 lượt, bởi phần lớn hồ sơ đã được nộp qua mạng. Cán bộ của trung tâm cũng chuyển sang hướng dẫn, hỗ trợ người dân thao tác trên môi trường số”. Theo ông Việt, từ tháng 6, trung tâm bố trí 4 nhân viên bưu điện và 6 đoàn viên thanh niên trực hỗ trợ người dân vào tất cả các ngày làm việc trong tuần, kể cả sáng thứ Bảy.
Ở cấp huyện, TP. Nha Trang tiếp nhận khoảng 312.000 hồ sơ, nhiều nhất tỉnh; huyện miền núi Khánh Sơn có tỷ lệ hồ sơ trực tuyến đạt 34,5%, thấp nhất tỉnh nhưng đã tăng gần 20% so với năm trước. TP. Cam Ranh là địa phương đầu tiên triển khai mô hình “Bộ phận Một cửa không giấy tờ” ở tất cả 15 xã, phường; huyện Cam Lâm thí điểm trả kết quả giải quyết TTHC tại nhà cho người cao tuổi, người khuyết tật.
Cùng với cải cách TTHC, việc sắp xếp tổ chức bộ máy được thực hiện quyết liệt. Trong năm, tỉnh giảm 27 phòng chuyên môn thuộc sở và tương đương, giảm 41 đơn vị sự nghiệp công lập, tinh giản 386 biên chế. Việc thực hiện Đề án 06 cũng đạt nhiều kết quả: tỉnh đã thu nhận hơn 1,1 triệu hồ sơ cấp căn cước, kích hoạt 742.000 tài khoản định danh điện tử mức độ 2; 100% cơ sở khám, chữa bệnh tiếp nhận khám bảo hiểm y tế bằng căn cước gắn chíp.
Bước tiến trên bảng xếp hạng
Kết quả các bộ chỉ số năm 2023 được công bố trong năm nay cho thấy những bước tiến đáng ghi nhận. Chỉ số CCHC của tỉnh những năm trước thường nằm ở nửa dưới bảng xếp hạng: năm 2019 xếp thứ 41, năm 2020 xếp thứ 38, năm 2021 xếp thứ 33. Năm 2023, tỉnh đạt 86,87%, xếp thứ 24/63 tỉnh, thành phố, tăng 7 bậc so với năm 2022, lần đầu tiên lọt vào nửa trên của bảng xếp hạng. Trong khi đó, tỉnh láng giềng Ninh Thuận đạt 85,03%, xếp thứ 45/63.
Theo kết quả công bố, Quảng Ninh dẫn đầu cả nước về Chỉ số CCHC năm 2023 với 91,67%, tiếp đó là Hải Phòng, Bắc Giang và Đồng Tháp. Giá trị trung bình của các tỉnh, thành phố đạt 86,17%; như vậy kết quả của tỉnh đã vượt mức trung bình chung.
Chỉ số SIPAS năm 2023 của tỉnh đạt 83,41%, xếp thứ 35/63, tăng 4 bậc so với năm 2022. Ở Chỉ số PAPI năm 2023, tỉnh đạt 42,37 điểm, thuộc nhóm trung bình thấp. Trong 8 chỉ số nội dung, chỉ số Thủ tục hành chính công của tỉnh đạt 7,26 điểm; riêng chỉ số Quản trị điện tử chỉ đạt 3,05 điểm, thấp nhất trong 8 chỉ số nội dung của tỉnh. Đối với Chỉ số PCI năm 2023, tỉnh không nằm trong nhóm 30 địa phương được VCCI công bố kết quả.
Đặc biệt, tại Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng CNTT-TT (Vietnam ICT Index) năm 2023 do Bộ Thông tin và Truyền thông công bố hồi tháng 8, tỉnh đạt 0,5312 điểm, xếp thứ 17/63, trong đó chỉ số Hạ tầng kỹ thuật xếp thứ 10 và chỉ số Ứng dụng CNTT xếp thứ 15.
Về Bộ chỉ số phục vụ người dân, doanh nghiệp do Văn phòng Chính phủ đánh giá, tháng 11 vừa qua tỉnh đạt 86,72 điểm, xếp thứ 14 cả nước, tăng 9 bậc so với tháng 10. Đây là thứ hạng cao nhất của tỉnh kể từ khi Bộ chỉ số được áp dụng vào tháng 12/2022.
Năm 2024 cũng là năm thứ ba tỉnh tổ chức đánh giá Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI). Kết quả DDCI năm 2023, Sở Kế hoạch và Đầu tư dẫn đầu khối sở, ngành với 82,4 điểm; TP. Cam Ranh dẫn đầu khối địa phương với 80,9 điểm; huyện Trường Sa không tham gia đánh giá.
Những điểm nghẽn cần tháo gỡ
Dù có nhiều chuyển biến, công tác CCHC của tỉnh vẫn còn không ít điểm nghẽn. Hồ sơ trễ hạn tập trung ở lĩnh vực đất đai, chiếm gần 70% tổng số hồ sơ trễ hạn của toàn tỉnh; trong 11 tháng, còn 1.284 hồ sơ đất đai bị quá hạn, chủ yếu do khâu xác định nghĩa vụ tài chính và đo đạc địa chính. Một số dịch vụ công trực tuyến toàn trình có lượng hồ sơ phát sinh rất thấp, thậm chí không phát sinh hồ sơ nào trong nhiều tháng.
Theo khảo sát của Sở Nội vụ tại 35 xã, phường, nhiều người dân, nhất là người cao tuổi ở vùng nông thôn, miền núi vẫn gặp khó khi tự thao tác trên Cổng Dịch vụ công; hạ tầng mạng ở một số thôn của huyện Khánh Vĩnh, Khánh Sơn chưa ổn định. Việc số hóa kết quả giải quyết TTHC ở cấp xã mới đạt khoảng 58%, thấp hơn nhiều so với yêu cầu.
Bà Nguyễn Thị Lệ Hằng, Giám đốc Sở Nội vụ thẳng thắn nhìn nhận: “Thứ hạng của tỉnh đã cải thiện nhưng chưa tương xứng với tiềm năng. Có những tiêu chí bị mất điểm liên tục qua nhiều năm mà chưa được khắc phục triệt để, như việc công khai kết quả giải quyết phản ánh, kiến nghị hay thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập”.
Theo bà Hằng, năm 2025, tỉnh phấn đấu Chỉ số CCHC đạt trên 88%, vào nhóm 20 tỉnh, thành phố dẫn đầu; Chỉ số SIPAS đạt trên 85%; 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình và tỷ lệ hồ sơ trực tuyến đạt từ 70% trở lên. Để làm được điều đó, Sở Nội vụ sẽ tham mưu UBND tỉnh giao chỉ tiêu cụ thể cho từng sở, ngành, địa phương, gắn kết quả CCHC với đánh giá, xếp loại người đứng đầu.
Ông Lê Minh Sơn, một doanh nghiệp kinh doanh vật liệu xây dựng ở TP. Nha Trang chia sẻ: “Năm nay tôi làm thủ tục điều chỉnh giấy chứng nhận đăng ký đầu tư hoàn toàn trên mạng, chỉ mất 9 ngày thay vì gần một tháng như trước. Điều doanh nghiệp mong muốn là các thủ tục liên quan đến đất đai, xây dựng cũng được rút ngắn như vậy”.
Lãnh đạo UBND tỉnh cho biết, trong năm 2025, tỉnh sẽ tiếp tục rà soát, cắt giảm tối thiểu 20% thời gian giải quyết các TTHC liên quan đến hoạt động đầu tư, kinh doanh; đẩy mạnh thanh toán trực tuyến và khai thác dữ liệu dân cư để người dân không phải nộp lại những giấy tờ mà cơ quan nhà nước đã có. Đồng thời, tỉnh sẽ xử lý nghiêm những trường hợp cán bộ, công chức gây khó khăn, nhũng nhiễu, chậm trễ trong giải quyết hồ sơ.
MINH CHÂU
Tin liên quan:
- Khánh Hòa: Đưa 100% TTHC lên hệ thống một cửa điện tử dùng chung
- Năm 2025, phấn đấu Chỉ số SIPAS đạt trên 85%
- TP. Nha Trang dẫn đầu tỉnh về số hồ sơ trực tuyến
- Hội thảo nâng cao Chỉ số PAPI thu hút 120 đại biểu tham dự
Bình luận (0) | Gửi bình luận
BÁO KHÁNH HÒA ĐIỆN TỬ
Cơ quan của Đảng bộ tỉnh Khánh Hòa
Tòa soạn: 3 Lê Thánh Tôn, TP. Nha Trang, Khánh Hòa. Điện thoại: (0258) 3822.503 - Fax: (0258) 3826.172
Giấy phép hoạt động báo điện tử số 221/GP-BTTTT ngày 12/5/2022."""

M2_GOLD = [
    task("Khánh Hòa", "2024", 44, 47),
    dos("Khánh Hòa", "2024-11M", received=1126540, resolved=1098215, online=689412, online_total=1126540,
        online_pct=61.2),
    idx("Khánh Hòa", PAR, 2019, rank=41),
    idx("Khánh Hòa", PAR, 2020, rank=38),
    idx("Khánh Hòa", PAR, 2021, rank=33),
    idx("Khánh Hòa", PAR, 2023, score=86.87, rank=24, rank_of=63, rank_change=7),
    idx("Ninh Thuận", PAR, 2023, score=85.03, rank=45, rank_of=63),
    idx("Quảng Ninh", PAR, 2023, score=91.67, rank=1, rank_of=63),
    idx("Hải Phòng", PAR, 2023, rank=2, rank_of=63),
    idx("Bắc Giang", PAR, 2023, rank=3, rank_of=63),
    idx("Đồng Tháp", PAR, 2023, rank=4, rank_of=63),
    idx("Khánh Hòa", SIPAS, 2023, score=83.41, rank=35, rank_of=63, rank_change=4),
    idx("Khánh Hòa", PAPI, 2023, score=42.37),
    idx("Khánh Hòa", PAPI, 2023, "Thủ tục hành chính công", score=7.26),
    idx("Khánh Hòa", PAPI, 2023, "Quản trị điện tử", score=3.05),
    idx("Khánh Hòa", ICT, 2023, score=0.5312, rank=17, rank_of=63),
    idx("Khánh Hòa", ICT, 2023, "Hạ tầng kỹ thuật", rank=10),
    idx("Khánh Hòa", ICT, 2023, "Ứng dụng CNTT", rank=15),
    svc("Khánh Hòa", "2024-11", score=86.72, rank=14, rank_change=9),
]

# --------------------------------------------------------------------------------------------- M6
M6_TEXT = """Kết quả PCI, PGI năm 2023 của tỉnh và kết quả DDCI năm 2023
Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
Tin tức - Sự kiện > Hỗ trợ doanh nghiệp
Ngày đăng: 20/05/2024 | Người đăng: Phòng Doanh nghiệp, KTTT và KTTN
Ngày 9/5/2024, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023. Năm nay, báo cáo chỉ công bố kết quả của 30 địa phương có điểm số cao nhất; điểm trung vị của các địa phương là 64,98 điểm.
Theo đó, Chỉ số PCI năm 2023 của tỉnh Quảng Nam đạt 66,21 điểm, xếp thứ 19/30 địa phương được công bố. Trong 10 chỉ số thành phần, tỉnh có 3 chỉ số đạt điểm khá: Chi phí không chính thức đạt 7,02 điểm; Tính năng động của chính quyền tỉnh đạt 6,45 điểm; Hỗ trợ doanh nghiệp đạt 6,31 điểm. Chỉ số Đào tạo lao động chỉ đạt 5,88 điểm, cần tiếp tục cải thiện.
Cùng với PCI, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2023; tỉnh đạt 19,84 điểm, xếp thứ 27.
Tại địa phương, UBND tỉnh cũng vừa công bố kết quả Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) năm 2023. Ở khối sở, ban, ngành, Sở Tài nguyên và Môi trường dẫn đầu với 78,2 điểm; Sở Kế hoạch và Đầu tư xếp thứ 4/19 đơn vị với 75,6 điểm, tăng 3 bậc so với năm 2022. Ở khối địa phương, thị xã Điện Bàn dẫn đầu với 80,5 điểm, tiếp theo là thành phố Hội An và huyện Thăng Bình.
Trong 4 tháng đầu năm 2024, Sở Kế hoạch và Đầu tư đã cấp đăng ký thành lập mới cho 812 doanh nghiệp với tổng vốn đăng ký 6.420 tỷ đồng; 100% thủ tục đăng ký doanh nghiệp được thực hiện qua mạng. Sở cũng đã tổ chức 3 hội nghị đối thoại, tiếp nhận 46 kiến nghị của doanh nghiệp, đến nay đã trả lời 41/46 kiến nghị.
Thời gian tới, Sở Kế hoạch và Đầu tư sẽ tham mưu UBND tỉnh ban hành kế hoạch cải thiện PCI giai đoạn 2024 - 2025, phấn đấu đưa tỉnh trở lại nhóm 20 địa phương dẫn đầu.
Tệp đính kèm: Bao-cao-PCI-2023.pdf (2,4 MB)
Các tin khác
- Hội nghị đối thoại doanh nghiệp quý I/2024
- Ban hành Kế hoạch triển khai DDCI năm 2024
SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG NAM
Địa chỉ: 62 Hùng Vương, TP. Tam Kỳ, tỉnh Quảng Nam
Điện thoại: 0235.3810.447 - Fax: 0235.3811.021
Email: skhdt@quangnam.gov.vn"""

# --------------------------------------------------------------------------------------------- M7
M7_TEXT = """Huyện Triệu Phong tổng kết công tác cải cách hành chính năm 2023
Trang chủ » Tin tức » Tin hoạt động
15:30 | 16/01/2024
Ngày 15/01/2024, UBND huyện Triệu Phong tổ chức hội nghị tổng kết công tác cải cách hành chính (CCHC) năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện Sở Nội vụ tỉnh, lãnh đạo các phòng, ban chuyên môn và Chủ tịch UBND 18 xã, thị trấn.
Năm 2023, UBND huyện đã hoàn thành 28/28 nhiệm vụ theo Kế hoạch CCHC của huyện. Bộ phận Một cửa huyện tiếp nhận 14.206 hồ sơ, đã giải quyết 13.985 hồ sơ, tỷ lệ giải quyết trước và đúng hạn đạt 99,6%; tỷ lệ hồ sơ trực tuyến của huyện đạt 61,4%. Bộ phận Một cửa các xã, thị trấn tiếp nhận 38.512 hồ sơ, trong đó xã Triệu Thành và xã Triệu Trạch có tỷ lệ hồ sơ trực tuyến cao nhất huyện.
Theo kết quả UBND tỉnh công bố, Chỉ số CCHC năm 2022 của huyện đạt 87,35 điểm, xếp thứ 2/10 huyện, thị xã, thành phố, tăng 3 bậc so với năm 2021.
Tại hội nghị, đại diện Sở Nội vụ thông tin: năm 2023, toàn tỉnh đã hoàn thành 48/50 nhiệm vụ CCHC; tỷ lệ hồ sơ trực tuyến toàn tỉnh đạt 56,3%. Chỉ số CCHC năm 2022 của tỉnh Quảng Trị xếp thứ 27/63 tỉnh, thành phố.
Năm 2024, huyện phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 70%, không có hồ sơ quá hạn; Chỉ số CCHC của huyện nằm trong nhóm 3 địa phương dẫn đầu tỉnh.
Hải Yến - Văn phòng HĐND và UBND huyện
Chia sẻ bài viết: Facebook Zalo
Tin cùng chuyên mục:
- Xã Triệu Long ra mắt mô hình “Chủ nhật xanh” (12/01/2024)
- Huyện Triệu Phong chi trả 2,1 tỷ đồng hỗ trợ người lao động (10/01/2024)
TRANG THÔNG TIN ĐIỆN TỬ HUYỆN TRIỆU PHONG
Địa chỉ: Thị trấn Ái Tử, huyện Triệu Phong, tỉnh Quảng Trị
Điện thoại: 0233.3861.204"""

# --------------------------------------------------------------------------------------------- M8
M8_TEXT = """PAPI 2024: Bến Tre dẫn đầu, Hà Giang tăng 25 bậc
Thời sự › Chính trị
Thứ tư, 16/4/2025, 15:30 (GMT+7)
Bến Tre lần đầu đứng đầu bảng xếp hạng Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh năm 2024, trong khi Hà Giang là địa phương tăng hạng mạnh nhất.
Báo cáo PAPI 2024 được Chương trình Phát triển Liên hợp quốc (UNDP) và các đối tác công bố sáng 16/4 tại Hà Nội, dựa trên ý kiến của 19.436 người dân được chọn ngẫu nhiên ở 63 tỉnh, thành phố. Đây là năm thứ 16 liên tiếp PAPI được thực hiện trên phạm vi toàn quốc.
Theo báo cáo, Bến Tre dẫn đầu với 47,12/80 điểm. Xếp sau lần lượt là Quảng Trị (46,85 điểm), Bình Định (46,20 điểm) và TP. Huế (45,93 điểm). Điểm trung bình toàn quốc đạt 42,91 điểm; địa phương có điểm thấp nhất chỉ đạt 37,21 điểm.
Đại biểu tại lễ công bố báo cáo PAPI 2024 ở Hà Nội. Ảnh: Giang Huy
Hà Giang tăng 25 bậc so với năm 2023, là mức tăng mạnh nhất cả nước; Sơn La và Điện Biên lần lượt tăng 18 và 14 bậc. Ở chiều ngược lại, một số địa phương giảm trên 20 bậc, chủ yếu do điểm ở các chỉ số Quản trị môi trường và Quản trị điện tử đi xuống.
Về từng chỉ số nội dung, Bến Tre cũng có điểm cao nhất cả nước ở chỉ số Kiểm soát tham nhũng trong khu vực công với 7,64 điểm. Chỉ số Quản trị điện tử vẫn là lĩnh vực có điểm trung bình thấp nhất, chỉ 3,41 điểm.
Nhóm các tỉnh đạt điểm cao nhất năm nay tập trung ở khu vực Bắc Trung Bộ, duyên hải miền Trung và đồng bằng sông Cửu Long, như Nghệ An, Hà Tĩnh, Quảng Bình, Vĩnh Long và Trà Vinh. Nhóm đạt điểm thấp nhất gồm nhiều địa phương ở Đông Nam Bộ và Tây Nguyên.
Theo nhóm nghiên cứu, tỷ lệ người dân cho biết phải chi thêm tiền ngoài quy định khi xin cấp giấy chứng nhận quyền sử dụng đất giảm từ 24% năm 2023 xuống 19%; khoảng 41% người được hỏi đã từng sử dụng Cổng Dịch vụ công quốc gia hoặc cổng dịch vụ công cấp tỉnh. Đại diện UNDP cho biết, từ năm 2025, bộ công cụ khảo sát sẽ được điều chỉnh để phù hợp với việc sắp xếp đơn vị hành chính cấp tỉnh, cấp xã.
Giang Huy
Xem thêm:
- Những điều người dân quan tâm nhất năm 2025
- Gần 20.000 người dân tham gia khảo sát PAPI mỗi năm
Chia sẻ Facebook | Sao chép liên kết"""

# --------------------------------------------------------------------------------------------- M9
M9_TEXT = """PCI 2023: Bà Rịa - Vũng Tàu tăng 4 bậc, xếp thứ 9
Trang chủ > Kinh tế > Doanh nghiệp
Thứ Bảy, 11/5/2024, 07:10
Cỡ chữ A A A | Nghe đọc bài | In
PCI 2023: Bà Rịa - Vũng Tàu tăng 4 bậc, xếp thứ 9
BR-VT - Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023 vừa được VCCI công bố cho thấy, tỉnh đạt 69,02 điểm, xếp thứ 9/30 địa phương được công bố, tăng 4 bậc so với năm 2022 (xếp thứ 13).
Các đại biểu tại lễ công bố PCI 2023 ở Hà Nội. Ảnh: QUANG VŨ
So với năm trước, tỉnh cải thiện điểm số ở 6/10 chỉ số thành phần. Trong đó, Gia nhập thị trường đạt 7,41 điểm; Tiếp cận đất đai đạt 6,12 điểm; Chi phí thời gian đạt 7,08 điểm. Chỉ số Cạnh tranh bình đẳng giảm nhẹ, còn 5,47 điểm.
Trong vùng Đông Nam Bộ, Bình Dương xếp thứ 8 với 69,11 điểm; Bình Phước và Đồng Nai không nằm trong nhóm 30 địa phương được công bố năm nay.
Cũng trong dịp này, VCCI công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2023. Tỉnh đạt 21,06 điểm, xếp thứ 11/63, giảm 2 bậc so với năm đầu tiên công bố.
Ông Nguyễn Văn Thành, Phó Giám đốc Sở Kế hoạch và Đầu tư cho biết, dù tăng hạng nhưng khoảng cách điểm số giữa tỉnh với nhóm dẫn đầu vẫn còn lớn, nhất là ở chỉ số Tiếp cận đất đai. Năm 2024, tỉnh phấn đấu đưa PCI vào nhóm 5 địa phương dẫn đầu, đồng thời cải thiện ít nhất 3 bậc Chỉ số Xanh cấp tỉnh.
QUANG VŨ
Chia sẻ: Facebook Zalo
Tin liên quan
- Chỉ số SIPAS năm 2023 của tỉnh đạt 85,74%
- Doanh nghiệp kiến nghị rút ngắn thời gian giao đất, cho thuê đất
- Phấn đấu PCI 2024 vào top 5
BÁO BÀ RỊA - VŨNG TÀU
Cơ quan của Đảng bộ tỉnh Bà Rịa - Vũng Tàu
Tòa soạn: 02 Trần Hưng Đạo, phường 1, TP. Vũng Tàu. ĐT: (0254) 3852.497"""

# --------------------------------------------------------------------------------------------- M10
M10_TEXT = """Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính tháng 5
Trang chủ > Thông tin chỉ đạo điều hành > Cải cách hành chính
Đăng ngày: 05/06/2024 08:15 | Tác giả: Thu Hà - Văn phòng UBND tỉnh
Trong tháng 5 vừa qua, toàn tỉnh tiếp nhận 21.406 hồ sơ TTHC (trực tuyến 14.872 hồ sơ, chiếm 69,48%). Trong đó, cấp tỉnh tiếp nhận 6.210 hồ sơ, cấp huyện tiếp nhận 9.874 hồ sơ, cấp xã tiếp nhận 5.322 hồ sơ.
Số hồ sơ đã giải quyết là 20.315 hồ sơ, gồm: trước hạn 12.604 hồ sơ (62,04%), đúng hạn 7.495 hồ sơ (36,89%), quá hạn 216 hồ sơ (1,06%). Hiện còn 1.091 hồ sơ đang giải quyết, trong đó 37 hồ sơ đã quá hạn. Hồ sơ quá hạn tập trung chủ yếu ở lĩnh vực đất đai tại huyện Đắk Glong (89 hồ sơ) và thành phố Gia Nghĩa (54 hồ sơ).
Lũy kế từ ngày 01/01/2024 đến ngày 31/5/2024, toàn tỉnh tiếp nhận 98,774 hồ sơ, giải quyết 95,120 hồ sơ; tỷ lệ hồ sơ trực tuyến đạt 66.8%.
Chủ tịch UBND tỉnh yêu cầu thủ trưởng các cơ quan, đơn vị có hồ sơ quá hạn gửi thư xin lỗi tổ chức, cá nhân và báo cáo nguyên nhân về Văn phòng UBND tỉnh trước ngày 10/6/2024.
Ảnh: Cán bộ Trung tâm Phục vụ hành chính công tỉnh hướng dẫn người dân nộp hồ sơ trực tuyến.
Ý kiến bạn đọc | Gửi ý kiến
Tin cùng chuyên mục
- Công bố danh mục 124 TTHC được cắt giảm thời gian giải quyết
- Kiểm tra công tác CCHC tại huyện Krông Nô
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ĐẮK NÔNG
Địa chỉ: Đường 23/3, phường Nghĩa Trung, TP. Gia Nghĩa
Điện thoại: 0261.3544.288"""

# --------------------------------------------------------------------------------------------- M11
M11_TEXT = """Kết quả thực hiện công tác cải cách hành chính quý III/2024
Trang chủ / Tin tức - Sự kiện / Cải cách hành chính
Ngày cập nhật: 08/10/2024
Kết quả thực hiện công tác cải cách hành chính quý III/2024
Ngày 7/10, Sở Nội vụ có báo cáo gửi UBND tỉnh về kết quả thực hiện công tác cải cách hành chính (CCHC) quý III/2024.
Trong quý này, các cơ quan hành chính nhà nước trên địa bàn tỉnh đã tiếp nhận 72.915 hồ sơ, giải quyết 71.044 hồ sơ, trong đó giải quyết trước hạn và đúng hạn 70.802 hồ sơ; tỷ lệ hồ sơ nộp trực tuyến đạt 58,7%. Kết quả khảo sát qua hệ thống đánh giá tại Trung tâm Phục vụ hành chính công tỉnh cho thấy mức độ hài lòng của người dân đạt 97,4%.
Lũy kế 9 tháng đầu năm, tỉnh đã hoàn thành 33/45 nhiệm vụ của Kế hoạch CCHC năm 2024, các nhiệm vụ còn lại đang được triển khai.
Theo Bộ chỉ số phục vụ người dân, doanh nghiệp do Văn phòng Chính phủ công bố, tháng 9 tỉnh đạt 80,14 điểm, xếp thứ 37, giảm 4 bậc so với tháng 8.
Sở Nội vụ đề xuất UBND tỉnh chỉ đạo các cơ quan, đơn vị trong quý IV tập trung hoàn thành các nhiệm vụ còn lại, phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 65%.
Tác giả: Ngọc Hân
Chia sẻ: Facebook | Zalo | In trang
Tin khác
- Bạc Liêu: 64/64 xã, phường, thị trấn triển khai “Ngày thứ Bảy cùng dân”
- Tập huấn kỹ năng số cho 450 thành viên tổ công nghệ số cộng đồng"""

# --------------------------------------------------------------------------------------------- M12
M12_TEXT = """Vietnam ICT Index 2023: Hải Dương xếp thứ 14/63
Trang chủ > Tin tức - Sự kiện > Khoa học - Công nghệ
Cập nhật lúc 10:05 ngày 22/08/2024
Bộ Thông tin và Truyền thông vừa công bố Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin và truyền thông Việt Nam (Vietnam ICT Index) năm 2023. Theo đó, tỉnh Hải Dương đạt 0,5874 điểm, xếp thứ 14/63 tỉnh, thành phố, tăng 6 bậc so với năm 2022 (xếp thứ 20).
Xét theo các chỉ số thành phần, chỉ số Hạ tầng kỹ thuật của tỉnh đạt 0,6420 điểm, xếp thứ 9; Hạ tầng nhân lực đạt 0,4813 điểm, xếp thứ 22; Ứng dụng CNTT đạt 0,6005 điểm, xếp thứ 12.
Dẫn đầu bảng xếp hạng khối tỉnh, thành phố là Đà Nẵng với 0,8812 điểm, tiếp theo là Hà Nội và TP. Hồ Chí Minh. Điểm trung bình của 63 tỉnh, thành phố là 0,4970. Ở khối bộ, cơ quan ngang bộ, Bộ Tài chính tiếp tục đứng đầu.
Vietnam ICT Index được xây dựng từ năm 2005; năm 2021, do ảnh hưởng của dịch COVID-19, việc xếp hạng không được thực hiện. Kết quả năm 2023 là cơ sở để tỉnh rà soát, bổ sung các giải pháp phát triển hạ tầng số; năm 2024, tỉnh đặt mục tiêu nằm trong nhóm 10 địa phương dẫn đầu.
Nguồn: Sở Thông tin và Truyền thông
Lượt xem: 358 | In bài | Gửi bài viết
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HẢI DƯƠNG
Số 45 Quang Trung, TP. Hải Dương - Điện thoại: 0220.3852.771"""

# --------------------------------------------------------------------------------------------- M13
M13_TEXT = """CÀ MAU: CÔNG BỐ KẾT QUẢ CHỈ SỐ CCHC VÀ CHỈ SỐ SIPAS NĂM 2021
Trang chủ | Giới thiệu | Tin tức | Văn bản | Liên hệ | Đăng nhập
Tin tức > Cải cách hành chính
(30/05/2022)
Ngày 25/5/2022, Bộ Nội vụ công bố Chỉ số cải cách hành chính năm 2021 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2021.
Kết quả, Chỉ số CCHC năm 2021 của tỉnh đạt 84,57%, xếp thứ 34/63 tỉnh, thành phố, giảm 3 bậc so với năm 2020 (xếp thứ 31). Một số lĩnh vực có thứ hạng khá như: công tác chỉ đạo, điều hành CCHC đạt 9,12/10 điểm, xếp thứ 8; cải cách thủ tục hành chính đạt 12,45/14 điểm, xếp thứ 15. Lĩnh vực cải cách tổ chức bộ máy hành chính chỉ đạt 5,80/7 điểm, xếp thứ 52.
Chỉ số SIPAS năm 2021 của tỉnh đạt 86,35%, cao hơn mức bình quân chung của cả nước (84,64%). Trong 5 chỉ số thành phần, Tiếp cận dịch vụ đạt 88,02%; Công chức trực tiếp giải quyết công việc đạt 87,51%; Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị chỉ đạt 79,60%.
Xét về khu vực Đồng bằng sông Cửu Long, Chỉ số CCHC năm 2021 của tỉnh đứng thứ 7/13 tỉnh, thành phố; dẫn đầu khu vực là Đồng Tháp với 89,61%.
Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch khắc phục hạn chế, phấn đấu năm 2022 Chỉ số CCHC của tỉnh đạt trên 86%, Chỉ số SIPAS đạt trên 87%.
Nguyễn Thảo - Phòng CCHC
Số lượt truy cập: 1.052.369 | Đang truy cập: 27
SỞ NỘI VỤ TỈNH CÀ MAU
Địa chỉ: Số 6, đường Lưu Tấn Tài, phường 5, TP. Cà Mau - Điện thoại: 0290.3831.065"""

# --------------------------------------------------------------------------------------------- M14
M14_TEXT = """Chỉ số PAPI năm 2023 của tỉnh tăng 9 bậc
Thời sự - Chính trị
05/04/2024 | 09:40
Nghe bài viết | Cỡ chữ | In
(BKT) - Theo Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023 vừa được công bố, Chỉ số PAPI năm 2023 của tỉnh Kon Tum đạt 41,87 điểm (năm 2022: 40,32 điểm), xếp thứ 38/63, tăng 9 bậc, thuộc nhóm đạt điểm trung bình thấp.
Người dân thực hiện thủ tục tại Bộ phận Một cửa huyện Đăk Hà. Ảnh: T.H
Theo báo cáo, điểm của tỉnh ở 8 chỉ số nội dung như sau: Tham gia của người dân ở cấp cơ sở đạt 4,92 điểm; Công khai, minh bạch đạt 5,18 điểm; Trách nhiệm giải trình với người dân đạt 4,31 điểm; Kiểm soát tham nhũng đạt 6,40 điểm; Thủ tục hành chính công đạt 7,22 điểm; Cung ứng dịch vụ công đạt 7,31 điểm; Quản trị môi trường đạt 3,36 điểm và Quản trị điện tử đạt 3,17 điểm.
So với năm 2022, tỉnh tăng điểm ở 5/8 chỉ số nội dung, giảm điểm ở 3 chỉ số. Trong khu vực Tây Nguyên, tỉnh xếp thứ 3/5, sau Lâm Đồng và Đắk Lắk; Lâm Đồng dẫn đầu khu vực với 43,58 điểm.
Theo Sở Nội vụ, thời gian tới tỉnh tập trung cải thiện các chỉ số nội dung có điểm thấp, nhất là Quản trị môi trường và Quản trị điện tử; phấn đấu năm 2024 PAPI của tỉnh tăng ít nhất 5 bậc.
Báo cáo PAPI 2023 được thực hiện dựa trên ý kiến của 19.536 người dân; điểm trung bình toàn quốc đạt 42,21 điểm.
Quang Huy
Tin cùng chuyên mục
- Huyện Ngọc Hồi ra mắt tổ công nghệ số cộng đồng tại 8 xã
- Tỉnh ủy quán triệt các nghị quyết của Trung ương cho 600 đảng viên
BÁO KON TUM ĐIỆN TỬ
Địa chỉ: 126 Trần Hưng Đạo, TP. Kon Tum - Điện thoại: 0260.3862.254"""

# --------------------------------------------------------------------------------------------- M15
M15_TEXT = """Chỉ số chuyển đổi số năm 2023: Lào Cai xếp thứ 8/63
Trang chủ > Tin tức - Sự kiện > Chuyển đổi số
Thứ Tư, 12/02/2025 - 14:37
Bộ Thông tin và Truyền thông vừa công bố kết quả đánh giá Chỉ số chuyển đổi số (DTI) năm 2023 của các bộ, cơ quan ngang bộ và các tỉnh, thành phố trực thuộc Trung ương. Theo đó, Chỉ số DTI năm 2023 của tỉnh đạt 0,5964 điểm, xếp thứ 8/63, tăng 2 bậc so với năm 2022 (xếp thứ 10); cao hơn giá trị trung bình cấp tỉnh (0,5206).
Theo 3 trụ cột, Chính quyền số xếp thứ 5, Kinh tế số xếp thứ 14, Xã hội số xếp thứ 9. Trong 8 chỉ số chính, chỉ số Thể chế số đạt 0,9500 điểm, xếp thứ 3; Hoạt động chính quyền số đạt 0,6810 điểm, xếp thứ 6; Nhân lực số đạt 0,4125 điểm, xếp thứ 31.
Ở cấp tỉnh, Đà Nẵng tiếp tục dẫn đầu với 0,6968 điểm. Ở khối bộ có cung cấp dịch vụ công, Bộ Tài chính dẫn đầu; khối bộ không cung cấp dịch vụ công, Bộ Ngoại giao dẫn đầu.
Trong khu vực Trung du và miền núi phía Bắc, tỉnh đứng thứ 2, chỉ sau Bắc Giang. Cũng trong dịp này, tỉnh công bố Chỉ số chuyển đổi số cấp sở, ngành năm 2024, trong đó Sở Thông tin và Truyền thông dẫn đầu với 0,8610 điểm.
Năm 2025, tỉnh đặt mục tiêu duy trì vị trí trong nhóm 10 địa phương dẫn đầu, nâng điểm chỉ số Nhân lực số lên trên mức trung bình cả nước.
Tác giả: Minh Đức - Trung tâm Phục vụ hành chính công
Chia sẻ | In | Lượt xem: 642"""

# --------------------------------------------------------------------------------------------- M16
M16_TEXT = """Tỉnh Vĩnh Long (mới) đẩy mạnh cải cách hành chính sau hợp nhất
Trang chủ > Tin tức > Cải cách hành chính
Cập nhật lúc 09:20 ngày 15/9/2025
Sau hơn 2 tháng vận hành chính quyền địa phương 2 cấp, tỉnh Vĩnh Long (mới), được hợp nhất từ 3 tỉnh Vĩnh Long, Bến Tre và Trà Vinh, đang tập trung kiện toàn bộ máy, bảo đảm việc giải quyết thủ tục hành chính cho người dân, doanh nghiệp không bị gián đoạn.
Trước khi hợp nhất, cả 3 tỉnh đều có kết quả CCHC khá. Theo Chỉ số CCHC năm 2024 do Bộ Nội vụ công bố ngày 20/5/2025, tỉnh Bến Tre đạt 89,40%, xếp thứ 11/63; tỉnh Vĩnh Long đạt 88,92%, xếp thứ 15/63; tỉnh Trà Vinh đạt 86,45%, xếp thứ 39/63. Về Chỉ số SIPAS năm 2024, Bến Tre đạt 87,15%, Vĩnh Long đạt 85,60% và Trà Vinh đạt 84,02%.
Riêng tỉnh Trà Vinh (cũ), trong 6 tháng đầu năm 2025 đã hoàn thành 19/41 nhiệm vụ theo Kế hoạch CCHC năm 2025.
Hiện nay, tỉnh có 124 đơn vị hành chính cấp xã, gồm 105 xã và 19 phường; Trung tâm Phục vụ hành chính công tỉnh có 3 cơ sở tại phường Thanh Đức, phường An Hội và phường Trà Vinh, mỗi ngày tiếp nhận bình quân 3.200 hồ sơ. Mục tiêu đến hết năm 2025, 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ trực tuyến toàn trình đạt 80%.
Ảnh: Người dân làm thủ tục tại cơ sở 2 của Trung tâm Phục vụ hành chính công tỉnh (phường An Hội).
Thanh Tâm
Chia sẻ: Facebook | Zalo | In
CỔNG THÔNG TIN ĐIỆN TỬ TỈNH VĨNH LONG
Địa chỉ: Số 88 Hoàng Thái Hiếu, phường Thanh Đức, tỉnh Vĩnh Long - Điện thoại: 0270.3822.458"""


ROUND_M: list[Case] = [
    Case("M1 very long provincial portal: six-month review with every index, boilerplate",
         "https://binhdinh.gov.vn/tin-tuc/hoat-dong-cua-tinh/so-ket-cong-tac-cchc-6-thang-dau-nam-2024-12876.html",
         dt.date(2024, 7, 12), M1_TEXT, M1_GOLD),
    Case("M2 very long paper feature: relative year, history, enumeration, ICT, service index",
         "https://baokhanhhoa.vn/chinh-tri/xay-dung-chinh-quyen/202412/cai-cach-hanh-chinh-nam-2024-tao-chuyen-bien-tu-co-so-8f31a2c/",
         dt.date(2024, 12, 27), M2_TEXT, M2_GOLD),
    Case("M3 very short, ALL-CAPS headline naming the province, national paper",
         "https://dangcongsan.vn/thoi-su/thai-nguyen-chi-so-sipas-nam-2023-dat-86-12-662871.html", dt.date(2024, 4, 18),
         """THÁI NGUYÊN: CHỈ SỐ SIPAS NĂM 2023 ĐẠT 86,12%
Thời sự | Thứ Năm, 18/04/2024 - 10:25
Năm 2023, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) của tỉnh đạt 86,12%, xếp thứ 9/63 tỉnh, thành phố, tăng 5 bậc so với năm 2022 và cao hơn trung bình cả nước 5,6%.
Chia sẻ | In bài | Về đầu trang""",
         [idx("Thái Nguyên", SIPAS, 2023, score=86.12, rank=9, rank_of=63, rank_change=5)]),
    Case("M4 very short monthly service index, 'tháng 8 vừa qua'",
         "https://phuyen.gov.vn/wps/portal/Home/tin-tuc/cai-cach-hanh-chinh/thang-8-phu-yen-tang-15-bac", dt.date(2024, 9, 9),
         """Tháng 8, Phú Yên tăng 15 bậc về Bộ chỉ số phục vụ người dân, doanh nghiệp
Trang chủ / Tin tức - Sự kiện / Cải cách hành chính
09/09/2024 14:20
Theo kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công do Văn phòng Chính phủ công bố, tháng 8 vừa qua tỉnh đạt 83,05/100 điểm, xếp thứ 21/63 tỉnh, thành phố, tăng 15 bậc so với tháng 7.
Lê Hoa
In bài | Gửi email | Quay lại""",
         [svc("Phú Yên", "2024-08", score=83.05, rank=21, rank_of=63, rank_change=15)]),
    Case("M5 very short, ALL-CAPS headline repeating the body, cut-off date, 'năm nay' plan",
         "https://hoabinh.gov.vn/tin-tuc-su-kien?p_p_id=com_soft_article_listnew_INSTANCE_x1&articleId=5512034",
         dt.date(2024, 11, 26),
         """ĐẾN NGÀY 20/11, TỈNH HOÀN THÀNH 41/46 NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH
Cải cách hành chính | 26/11/2024 | Lượt xem: 213
Tính đến ngày 20/11/2024, tỉnh đã hoàn thành 41/46 nhiệm vụ theo Kế hoạch CCHC năm nay; 5 nhiệm vụ còn lại dự kiến hoàn thành trước ngày 15/12. Có 20/20 sở, ngành đã tự chấm điểm Chỉ số CCHC năm 2024.
Chia sẻ: Facebook Twitter""",
         [task("Hòa Bình", "2024", 41, 46)]),
    Case("M6 department site (Sở KH&ĐT): province PCI/PGI among DDCI and the department's own figures",
         "https://skhdt.quangnam.gov.vn/tin-tuc/ket-qua-pci-pgi-nam-2023-cua-tinh-va-ddci-2023-1025.html",
         dt.date(2024, 5, 20), M6_TEXT,
         [idx("Quảng Nam", PCI, 2023, score=66.21, rank=19, rank_of=30),
          idx("Quảng Nam", PCI, 2023, "Chi phí không chính thức", score=7.02),
          idx("Quảng Nam", PCI, 2023, "Tính năng động", score=6.45),
          idx("Quảng Nam", PCI, 2023, "Hỗ trợ doanh nghiệp", score=6.31),
          idx("Quảng Nam", PCI, 2023, "Đào tạo lao động", score=5.88),
          idx("Quảng Nam", PGI, 2023, score=19.84, rank=27)]),
    Case("M7 district site: district's own results, one paragraph of province-level facts",
         "https://trieuphong.quangtri.gov.vn/tin-tuc/tin-hoat-dong/huyen-trieu-phong-tong-ket-cong-tac-cchc-nam-2023-2201.html",
         dt.date(2024, 1, 16), M7_TEXT,
         [task("Quảng Trị", "2023", 48, 50),
          dos("Quảng Trị", "2023", online_pct=56.3),
          idx("Quảng Trị", PAR, 2022, rank=27, rank_of=63)]),
    Case("M8 national news site: PAPI 2024 leader, 'lần lượt' enumeration, TP. Huế, rank changes",
         "https://vnexpress.net/papi-2024-ben-tre-dan-dau-ha-giang-tang-25-bac-4875123.html", dt.date(2025, 4, 16), M8_TEXT,
         [idx("Bến Tre", PAPI, 2024, score=47.12, rank=1),
          idx("Quảng Trị", PAPI, 2024, score=46.85, rank=2),
          idx("Bình Định", PAPI, 2024, score=46.2, rank=3),
          idx("Thừa Thiên Huế", PAPI, 2024, score=45.93, rank=4),
          idx("Hà Giang", PAPI, 2024, rank_change=25),
          idx("Sơn La", PAPI, 2024, rank_change=18),
          idx("Điện Biên", PAPI, 2024, rank_change=14),
          optional(idx("Bến Tre", PAPI, 2024, "Kiểm soát tham nhũng trong khu vực công", score=7.64))]),
    Case("M9 paper: headline repeated as the body's first line, PCI components, PGI, a neighbour",
         "https://baobariavungtau.com.vn/kinh-te/202405/pci-2023-ba-ria-vung-tau-tang-4-bac-xep-thu-9-1012345/",
         dt.date(2024, 5, 11), M9_TEXT,
         [idx("Bà Rịa - Vũng Tàu", PCI, 2023, score=69.02, rank=9, rank_of=30, rank_change=4, prev_rank=13),
          idx("Bà Rịa - Vũng Tàu", PCI, 2023, "Gia nhập thị trường", score=7.41),
          idx("Bà Rịa - Vũng Tàu", PCI, 2023, "Tiếp cận đất đai", score=6.12),
          idx("Bà Rịa - Vũng Tàu", PCI, 2023, "Chi phí thời gian", score=7.08),
          idx("Bà Rịa - Vũng Tàu", PCI, 2023, "Cạnh tranh bình đẳng", score=5.47),
          idx("Bình Dương", PCI, 2023, score=69.11, rank=8),
          idx("Bà Rịa - Vũng Tàu", PGI, 2023, score=21.06, rank=11, rank_of=63, rank_change=-2),
          optional(idx("Bà Rịa - Vũng Tàu", SIPAS, 2023, score=85.74))]),
    Case("M10 monthly dossier report: 'tháng 5 vừa qua', per-level counts, cumulative in English format",
         "https://daknong.gov.vn/thong-tin-chi-dao-dieu-hanh/ket-qua-tiep-nhan-giai-quyet-ho-so-tthc-thang-5-2024-41872",
         dt.date(2024, 6, 5), M10_TEXT,
         [dos("Đắk Nông", "2024-05", received=21406, online=14872, online_pct=69.48, resolved=20315,
              early_pct=62.04, on_time_pct=36.89, late_pct=1.06),
          {**dos("Đắk Nông", "2024-05", received=6210), "scope": "cấp tỉnh"},
          {**dos("Đắk Nông", "2024-05", received=9874), "scope": "cấp huyện"},
          {**dos("Đắk Nông", "2024-05", received=5322), "scope": "cấp xã"},
          dos("Đắk Nông", "2024-05M", received=98774, resolved=95120, online_pct=66.8)]),
    Case("M11 quarterly report: 'quý này' after the headline's quarter, tasks 9 months, service index",
         "https://baclieu.gov.vn/web/guest/-/ket-qua-thuc-hien-cong-tac-cai-cach-hanh-chinh-quy-iii-2024",
         dt.date(2024, 10, 8), M11_TEXT,
         [dos("Bạc Liêu", "2024-Q3", received=72915, resolved=71044, online_pct=58.7),
          task("Bạc Liêu", "2024-09M", 33, 45),
          svc("Bạc Liêu", "2024-09", score=80.14, rank=37, rank_change=-4)]),
    Case("M12 ICT Index 2023 with components and the leading provinces",
         "https://haiduong.gov.vn/tin-tuc-su-kien/khoa-hoc-cong-nghe/vietnam-ict-index-2023-hai-duong-xep-thu-14-63.html",
         dt.date(2024, 8, 22), M12_TEXT,
         [idx("Hải Dương", ICT, 2023, score=0.5874, rank=14, rank_of=63, rank_change=6, prev_rank=20),
          idx("Hải Dương", ICT, 2023, "Hạ tầng kỹ thuật", score=0.642, rank=9),
          idx("Hải Dương", ICT, 2023, "Hạ tầng nhân lực", score=0.4813, rank=22),
          idx("Hải Dương", ICT, 2023, "Ứng dụng CNTT", score=0.6005, rank=12),
          idx("Đà Nẵng", ICT, 2023, score=0.8812, rank=1, rank_of=63),
          idx("Hà Nội", ICT, 2023, rank=2, rank_of=63),
          idx("Hồ Chí Minh", ICT, 2023, rank=3, rank_of=63)]),
    Case("M13 SNV site, ALL-CAPS headline: PAR and SIPAS 2021 with components, regional rank",
         "https://sonoivu.camau.gov.vn/wps/portal/?1dmy&page=trangchitiet&urile=wcm:path:/snvlibrary/snvsite/tintuc/cchc/cong-bo-par-sipas-2021",
         dt.date(2022, 5, 30), M13_TEXT,
         [idx("Cà Mau", PAR, 2021, score=84.57, rank=34, rank_of=63, rank_change=-3, prev_rank=31),
          idx("Cà Mau", PAR, 2021, "Công tác chỉ đạo, điều hành CCHC", score=9.12, rank=8),
          idx("Cà Mau", PAR, 2021, "Cải cách thủ tục hành chính", score=12.45, rank=15),
          idx("Cà Mau", PAR, 2021, "Cải cách tổ chức bộ máy hành chính", score=5.8, rank=52),
          idx("Cà Mau", SIPAS, 2021, score=86.35),
          idx("Cà Mau", SIPAS, 2021, "Tiếp cận dịch vụ", score=88.02),
          idx("Cà Mau", SIPAS, 2021, "Công chức trực tiếp giải quyết công việc", score=87.51),
          idx("Cà Mau", SIPAS, 2021, "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", score=79.6),
          idx("Đồng Tháp", PAR, 2021, score=89.61)]),
    Case("M14 paper: PAPI with previous score, all 8 dimensions in short names, regional leader",
         "https://baokontum.com.vn/thoi-su/chi-so-papi-nam-2023-cua-tinh-tang-9-bac-31452.html",
         dt.date(2024, 4, 5), M14_TEXT,
         [idx("Kon Tum", PAPI, 2023, score=41.87, prev_score=40.32, rank=38, rank_of=63, rank_change=9),
          idx("Kon Tum", PAPI, 2023, "Tham gia của người dân ở cấp cơ sở", score=4.92),
          idx("Kon Tum", PAPI, 2023, "Công khai, minh bạch trong việc ra quyết định ở địa phương", score=5.18),
          idx("Kon Tum", PAPI, 2023, "Trách nhiệm giải trình với người dân", score=4.31),
          idx("Kon Tum", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=6.4),
          idx("Kon Tum", PAPI, 2023, "Thủ tục hành chính công", score=7.22),
          idx("Kon Tum", PAPI, 2023, "Cung ứng dịch vụ công", score=7.31),
          idx("Kon Tum", PAPI, 2023, "Quản trị môi trường", score=3.36),
          idx("Kon Tum", PAPI, 2023, "Quản trị điện tử", score=3.17),
          idx("Lâm Đồng", PAPI, 2023, score=43.58)]),
    Case("M15 portal: DTI 2023 with pillars and main indices, leader, regional rank",
         "https://laocai.gov.vn/tin-tuc-su-kien/chuyen-doi-so/chi-so-chuyen-doi-so-nam-2023-lao-cai-xep-thu-8-63-1281734",
         dt.date(2025, 2, 12), M15_TEXT,
         [idx("Lào Cai", DTI, 2023, score=0.5964, rank=8, rank_of=63, rank_change=2, prev_rank=10),
          idx("Lào Cai", DTI, 2023, "Chính quyền số", rank=5),
          idx("Lào Cai", DTI, 2023, "Kinh tế số", rank=14),
          idx("Lào Cai", DTI, 2023, "Xã hội số", rank=9),
          idx("Lào Cai", DTI, 2023, "Thể chế số", score=0.95, rank=3),
          idx("Lào Cai", DTI, 2023, "Hoạt động chính quyền số", score=0.681, rank=6),
          idx("Lào Cai", DTI, 2023, "Nhân lực số", score=0.4125, rank=31),
          idx("Đà Nẵng", DTI, 2023, score=0.6968, rank=1, rank_of=63)]),
    Case("M16 merged province after 1/7/2025: the three old provinces' results and one's tasks",
         "https://vinhlong.gov.vn/tin-tuc/cai-cach-hanh-chinh/tinh-vinh-long-moi-day-manh-cai-cach-hanh-chinh-sau-hop-nhat-77120",
         dt.date(2025, 9, 15), M16_TEXT,
         [idx("Bến Tre", PAR, 2024, score=89.4, rank=11, rank_of=63),
          idx("Vĩnh Long", PAR, 2024, score=88.92, rank=15, rank_of=63),
          idx("Trà Vinh", PAR, 2024, score=86.45, rank=39, rank_of=63),
          idx("Bến Tre", SIPAS, 2024, score=87.15),
          idx("Vĩnh Long", SIPAS, 2024, score=85.6),
          idx("Trà Vinh", SIPAS, 2024, score=84.02),
          task("Trà Vinh", "2025-06H1", 19, 41)]),
]


# --------------------------------------------------------------------------------------------- tables
MT1_TEXT = (
    "Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 6/2024\n"
    "Trang chủ > Tin tức > Tin hoạt động\n"
    "10/07/2024\n"
    "Văn phòng Chính phủ công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện "
    "thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử tháng 6/2024. Điểm bình quân "
    "của các địa phương là 80,37 điểm.\n"
    "Bảng 1. Các địa phương dẫn đầu\n"
    "STT\tTỉnh, thành phố\tTổng điểm\tXếp loại\tHạng tháng 5\n"
    "1\tBình Dương\t90,14\tTốt\t1\n"
    "2\tĐồng Tháp\t89,76\tTốt\t4\n"
    "3\tTP. Hồ Chí Minh\t88,91\tTốt\t2\n"
    "4\tBà Rịa - Vũng Tàu\t88,45\tTốt\t7\n"
    "5\tThừa Thiên Huế\t88,02\tTốt\t3\n"
    "6\tQuảng Ninh\t87,60\tTốt\t5\n"
    "(Nguồn: Cổng Dịch vụ công quốc gia)\n"
    "Chi tiết kết quả xem tại: https://dichvucong.gov.vn/p/home/dvc-index-tinh-tong-hop.html\n"
    "Chia sẻ | In\n"
)

MT2_TEXT = """Công bố kết quả Chỉ số chuyển đổi số cấp tỉnh năm 2023
Trang chủ / Tin tức / Kết quả đánh giá
Ngày đăng: 08/02/2025
Kết quả đánh giá DTI cấp tỉnh năm 2023 (4 địa phương dẫn đầu):
Xếp hạng    Tỉnh/Thành phố       Chính quyền số    Kinh tế số    Xã hội số    DTI 2023
1           Đà Nẵng              0.7420            0.6105        0.6892       0.6968
2           Thừa Thiên - Huế     0.7311            0.5410        0.6120       0.6433
3           TP. Hồ Chí Minh      0.6205            0.6733        0.6011       0.6297
4           Bình Định            0.6842            0.5122        0.5907       0.6104
Ghi chú: Điểm tối đa của mỗi trụ cột và của chỉ số tổng hợp là 1.
Xem đầy đủ bảng xếp hạng 63 tỉnh, thành phố tại dti.gov.vn/xep-hang-2023
Chia sẻ: Facebook | Twitter"""


def _dti_row(province: str, rank: int, cq: float, kt: float, xh: float, total: float) -> list[dict[str, object]]:
    return [idx(province, DTI, 2023, score=total, rank=rank),
            idx(province, DTI, 2023, "Chính quyền số", score=cq),
            idx(province, DTI, 2023, "Kinh tế số", score=kt),
            idx(province, DTI, 2023, "Xã hội số", score=xh)]


TABLES_M: list[Case] = [
    Case("MT1 tab-separated monthly service-index table with last month's rank, page noise around it",
         "https://thutuchanhchinh.vn/tin-tuc/ket-qua-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-thang-6-2024",
         dt.date(2024, 7, 10), MT1_TEXT,
         [svc("Bình Dương", "2024-06", score=90.14, rank=1, prev_rank=1),
          svc("Đồng Tháp", "2024-06", score=89.76, rank=2, prev_rank=4),
          svc("Hồ Chí Minh", "2024-06", score=88.91, rank=3, prev_rank=2),
          svc("Bà Rịa - Vũng Tàu", "2024-06", score=88.45, rank=4, prev_rank=7),
          svc("Thừa Thiên Huế", "2024-06", score=88.02, rank=5, prev_rank=3),
          svc("Quảng Ninh", "2024-06", score=87.6, rank=6, prev_rank=5)],
         table=True),
    Case("MT2 space-aligned DTI table with pillar columns and English decimals",
         "https://dti.gov.vn/tin-tuc/cong-bo-ket-qua-chi-so-chuyen-doi-so-cap-tinh-nam-2023",
         dt.date(2025, 2, 8), MT2_TEXT,
         _dti_row("Đà Nẵng", 1, 0.742, 0.6105, 0.6892, 0.6968)
         + _dti_row("Thừa Thiên Huế", 2, 0.7311, 0.541, 0.612, 0.6433)
         + _dti_row("Hồ Chí Minh", 3, 0.6205, 0.6733, 0.6011, 0.6297)
         + _dti_row("Bình Định", 4, 0.6842, 0.5122, 0.5907, 0.6104),
         table=True),
]


# --------------------------------------------------------------------------------------------- negatives
MN1_TEXT = """Huyện Lộc Ninh sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024
Trang chủ > Tin tức - Sự kiện > Cải cách hành chính
Thứ năm - 18/07/2024 10:12 | Lượt xem: 318
Ngày 17/7, UBND huyện Lộc Ninh tổ chức hội nghị sơ kết công tác cải cách hành chính (CCHC) 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Theo báo cáo, 6 tháng đầu năm 2024, UBND huyện đã hoàn thành 18/31 nhiệm vụ theo Kế hoạch CCHC năm 2024 của huyện; 13 nhiệm vụ còn lại đang triển khai. 100% (16/16) xã, thị trấn đã niêm yết công khai TTHC đúng quy định.
Bộ phận Một cửa huyện tiếp nhận 9.482 hồ sơ, đã giải quyết 9.210 hồ sơ, trong đó trước hạn 71,3%, đúng hạn 28,1%, quá hạn 0,6%; tỷ lệ hồ sơ trực tuyến đạt 73,9%. Bộ phận Một cửa cấp xã tiếp nhận 21.045 hồ sơ, giải quyết đúng hạn 99,8%. Xã Lộc Thái có tỷ lệ hồ sơ trực tuyến cao nhất huyện (91,2%), xã Lộc Thịnh thấp nhất (42,5%).
Về kết quả đánh giá năm 2023, Chỉ số CCHC của huyện đạt 86,74 điểm, xếp thứ 5/11 huyện, thị xã, thành phố, tăng 2 bậc so với năm 2022; Chỉ số DDCI năm 2023 của huyện đạt 72,15 điểm, xếp thứ 6/11. Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp của huyện tháng 6/2024 đạt 84,2 điểm, xếp thứ 4/11 đơn vị cấp huyện.
Phát biểu chỉ đạo, Chủ tịch UBND huyện đề nghị các cơ quan, đơn vị phấn đấu năm 2024 Chỉ số CCHC của huyện nằm trong nhóm 3 đơn vị dẫn đầu tỉnh; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 80%; 100% hồ sơ trễ hạn có văn bản xin lỗi.
Tác giả: Văn Tiến - Văn phòng HĐND và UBND huyện
Tin mới hơn / Tin cũ hơn
- Lộc Ninh: trao 120 suất quà cho gia đình chính sách (15/07/2024)
- Huyện Lộc Ninh có thêm 2 xã đạt chuẩn nông thôn mới nâng cao (10/07/2024)
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỘC NINH - TỈNH BÌNH PHƯỚC
Địa chỉ: Khu phố Ninh Thái, thị trấn Lộc Ninh, huyện Lộc Ninh, tỉnh Bình Phước
Điện thoại: 0271.3566.102"""

MN2_TEXT = """Văn phòng Chính phủ công bố kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp quý III/2024
Trang chủ » Tin tức » Cải cách hành chính
Cập nhật lúc 07:45 ngày 15/10/2024
Lượt xem: 402
Theo thông báo của Văn phòng Chính phủ, kết quả đánh giá Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, cung cấp dịch vụ công theo thời gian thực trên môi trường điện tử quý III/2024 cho thấy nhiều chuyển biến tích cực.
Đối với khối bộ, ngành, điểm bình quân đạt 74,62 điểm, tăng 3,15 điểm so với quý II; Bảo hiểm xã hội Việt Nam dẫn đầu với 89,3 điểm, Bộ Công an xếp thứ 2 với 87,9 điểm. Đối với khối địa phương, điểm bình quân đạt 81,08 điểm; có 21/63 địa phương đạt loại Tốt, 40/63 địa phương đạt loại Khá và 2 địa phương đạt loại Trung bình; điểm cao nhất là 90,55 điểm, thấp nhất là 71,20 điểm.
Về công khai, minh bạch, 100% bộ, ngành, địa phương đã công khai TTHC trên Cổng Dịch vụ công quốc gia. Tỷ lệ hồ sơ trực tuyến bình quân của các địa phương đạt 46,8%; tỷ lệ số hóa hồ sơ đạt 62,4%. Trong quý, Cổng Dịch vụ công quốc gia tiếp nhận 3,2 triệu hồ sơ trực tuyến, xử lý 1,1 triệu giao dịch thanh toán trực tuyến với tổng số tiền 1.850 tỷ đồng.
Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương tiếp tục rà soát, tái cấu trúc quy trình, nâng cao chất lượng dịch vụ công trực tuyến. Tại tỉnh, Sở Nội vụ đề nghị các sở, ban, ngành, UBND cấp huyện tập trung khắc phục các chỉ tiêu bị mất điểm, phấn đấu quý IV/2024 điểm đánh giá của tỉnh đạt trên 85 điểm.
Chi tiết kết quả của từng bộ, ngành, địa phương được công khai tại Cổng Dịch vụ công quốc gia.
Phòng CCHC - Sở Nội vụ
Tin liên quan
- Hội nghị tập huấn nghiệp vụ kiểm soát TTHC năm 2024 cho 250 học viên
- Ban hành Kế hoạch kiểm tra CCHC năm 2024 tại 12 cơ quan, đơn vị
SỞ NỘI VỤ TỈNH NINH BÌNH
Địa chỉ: Đường Lê Hồng Phong, phường Đông Thành, TP. Ninh Bình - Điện thoại: 0229.3871.096"""

NEGATIVES_M: list[Case] = [
    Case("MN1 district portal: a district's tasks, dossiers, PAR, DDCI and service index, nothing provincial",
         "https://locninh.binhphuoc.gov.vn/vi/news/cai-cach-hanh-chinh/huyen-loc-ninh-so-ket-cong-tac-cchc-6-thang-dau-nam-2024-1187.html",
         dt.date(2024, 7, 18), MN1_TEXT, []),
    Case("MN2 national service-index report on a provincial SNV site: averages, ministries, counts only",
         "https://sonoivu.ninhbinh.gov.vn/tin-tuc/cai-cach-hanh-chinh/vpcp-cong-bo-ket-qua-bo-chi-so-phuc-vu-quy-iii-2024",
         dt.date(2024, 10, 15), MN2_TEXT, []),
]



def test_round_m_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round M prose", ROUND_M, capsys)


def test_round_m_tables_meet_the_table_target() -> None:
    assert_table_target(TABLES_M)


@pytest.mark.parametrize("case", NEGATIVES_M, ids=ids(NEGATIVES_M))
def test_round_m_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_M + TABLES_M, ids=ids(ROUND_M + TABLES_M))
def test_round_m_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
