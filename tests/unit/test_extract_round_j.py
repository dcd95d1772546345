"""Blind round J: whole articles written by a helper that never read the extractor.

The rounds in ``test_extract_articles.py`` were written by the same hand that tuned the
rules, so they share its blind spots. Round J was written by a separate agent given only
the facts schema, the domain notes, the seeds and the earlier rounds (to avoid their
phrasings), with the instruction not to read ``scrapers/`` or run the extractor. Scored
before any change for it (extractor 1.2.0):

* prose (16 articles): precision 0.907, recall 0.589 — the lowest first score since round
  B. What it found: an announcement paragraph, then the province's results in the next
  one without the index's name ("Theo báo cáo, Quảng Ninh tiếp tục đứng đầu ..."), broken
  by any sentence between; components after the run was broken; "Xếp ở vị trí thứ 2 là
  Hải Phòng"; "lần lượt đứng thứ hai, thứ ba với X và Y"; a site without a province whose
  headline names one; "tổng số 52 nhiệm vụ; ... đã hoàn thành 23 nhiệm vụ"; "từ đầu năm
  đến ngày 30/11/2023"; traps: "100% cơ quan", "95% kế hoạch", "đã 5 lần đứng đầu",
  tasks assigned on a tracking system, a median, a regional rank "trong 13 tỉnh của vùng".
* tables (3): F1 0.460 — an index-by-year table for one province, component columns,
  a "..." line inside an excerpt.
* negatives (2): nothing emitted.

After the fixes: prose 0.965 / 0.988, tables 1.000, negatives empty. What is left: 7 of
the 9 prose false positives are a ``rank_of`` carried from the article's "/63" (or "/30") to
ranks read from "dẫn đầu" or an enumeration: the seeds' gold does exactly that (seed 002
gives the leader and "tiếp đó là ..." rank_of 63), this round's gold does not, and the
extractor follows the seeds. The others: a year carried into the next sentence ("Năm 2022,
A xếp thứ 9. B tăng 25 bậc" read as 2022), "cả hai năm đều đứng đầu", and an online share
in a sentence that also gives the online-payment share (such sentences are skipped). The
aggregate targets are asserted below; the per-article misses are not, so that the round
stays an honest measurement.
None of these texts is copied from a published article; figures are invented.
"""
from __future__ import annotations

import datetime as dt

import pytest

from blind_rounds import assert_evidence_in_article, assert_nothing, assert_prose_targets, assert_table_target, ids
from test_extract_heldout import DTI, ICT, PAPI, PAR, PCI, PGI, SIPAS, SVC, Case, dos, idx, task

pytestmark = pytest.mark.unit

EGOV = "EGOV_MIC"
PAR_EGOV = "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"
PAR_IMPACT = "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH"

ROUND_J: list[Case] = [
Case("J1 SNV portal: PAR 'xếp thứ 9 trên 63', 'so với năm trước tăng 3 hạng', components, departments and districts",
"https://sonoivu.binhdinh.gov.vn/vi/tin-tuc/cai-cach-hanh-chinh/ket-qua-chi-so-cchc-nam-2023-cua-tinh-va-nhung-han-che-can-khac-phuc.html",
dt.date(2024, 5, 22),
"""Kết quả Chỉ số cải cách hành chính năm 2023 của tỉnh và những hạn chế cần khắc phục
Lượt xem: 1.326
Ngày 17/4/2024, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị trực tuyến công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023. Ngay sau hội nghị, Bộ Nội vụ đã ban hành Quyết định số 264/QĐ-BNV phê duyệt Báo cáo Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương.
Theo kết quả được công bố, năm 2023 Chỉ số CCHC của tỉnh Bình Định đạt 88,63%, xếp thứ 9 trên 63 tỉnh, thành phố; so với năm trước tăng 3 hạng. Đây là năm thứ hai liên tiếp tỉnh nằm trong nhóm 10 địa phương dẫn đầu cả nước và cũng là kết quả cao nhất của tỉnh kể từ khi Bộ Nội vụ triển khai xác định Chỉ số CCHC năm 2012. Giá trị trung bình Chỉ số CCHC của 63 tỉnh, thành phố năm 2023 là 86,17%; như vậy, tỉnh cao hơn mức bình quân chung 2,46 điểm phần trăm.
Phân tích theo từng lĩnh vực cho thấy, có 4/8 chỉ số thành phần được cải thiện về thứ hạng. Nổi bật là chỉ số thành phần Cải cách thủ tục hành chính đạt 12,02 điểm, đứng thứ 4 cả nước; chỉ số thành phần Xây dựng và phát triển Chính phủ điện tử, Chính phủ số đạt 8,74 điểm, ở vị trí thứ 6. Chỉ số thành phần Công tác chỉ đạo, điều hành CCHC tiếp tục đạt điểm tối đa, đồng hạng với nhiều địa phương khác.
Bên cạnh những kết quả tích cực, một số lĩnh vực vẫn còn bị trừ điểm nhiều. Chỉ số thành phần Cải cách tài chính công chỉ xếp thứ 47, giảm 15 bậc so với năm 2022; chỉ số thành phần Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội xếp thứ 31. Nguyên nhân chủ yếu là tỷ lệ giải ngân vốn đầu tư công chưa đạt yêu cầu, việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập còn chậm, một số chỉ tiêu kinh tế - xã hội chưa đạt kế hoạch.
Đối với Chỉ số SIPAS năm 2023, tỉnh đạt 84,95%, xếp vị trí thứ 24, giảm 5 bậc so với năm 2022. Người dân đánh giá cao thái độ phục vụ của công chức tại Bộ phận Một cửa các cấp, song vẫn còn phản ánh về thời gian chờ đợi và việc phải bổ sung hồ sơ nhiều lần.
Ở cấp tỉnh, kết quả xác định Chỉ số CCHC năm 2023 của các cơ quan, địa phương đã được UBND tỉnh công bố tại Quyết định số 1182/QĐ-UBND ngày 05/4/2024. Theo đó, ở khối sở, ban, ngành, Sở Tư pháp dẫn đầu với 94,18 điểm, tiếp theo là Sở Nội vụ (93,62 điểm) và Sở Thông tin và Truyền thông (92,90 điểm); đơn vị xếp cuối là Sở Xây dựng với 81,05 điểm. Ở khối UBND cấp huyện, thị xã Hoài Nhơn đứng đầu với 91,47 điểm, huyện Vĩnh Thạnh xếp cuối với 82,33 điểm.
Phát biểu tại hội nghị quán triệt, triển khai khắc phục hạn chế, Giám đốc Sở Nội vụ đề nghị các cơ quan, đơn vị nghiêm túc rà soát từng tiêu chí, tiêu chí thành phần bị mất điểm; phấn đấu năm 2024 Chỉ số CCHC của tỉnh đạt từ 90% trở lên, thuộc nhóm 5 tỉnh dẫn đầu; Chỉ số SIPAS tăng ít nhất 10 bậc. Đồng thời, tập trung nâng tỷ lệ hồ sơ trực tuyến toàn trình lên trên 60% và bảo đảm 100% hồ sơ TTHC được số hóa ngay khi tiếp nhận.
Sở Nội vụ cũng kiến nghị UBND tỉnh đưa kết quả Chỉ số CCHC vào tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của người đứng đầu năm 2024; các cơ quan có kết quả thấp phải báo cáo giải trình bằng văn bản trước ngày 30/6/2024.
Tin khác
Sở Nội vụ tổ chức lớp bồi dưỡng kiến thức quản lý nhà nước ngạch chuyên viên năm 2024
Thông báo kết quả xét tuyển công chức năm 2024
SỞ NỘI VỤ TỈNH BÌNH ĐỊNH
Địa chỉ: 96 Lê Lợi, TP. Quy Nhơn, tỉnh Bình Định. Điện thoại: 0256.3822.190""",
[idx("Bình Định", PAR, 2023, score=88.63, rank=9, rank_of=63, rank_change=3),
 idx("Bình Định", PAR, 2023, "Cải cách thủ tục hành chính", score=12.02, rank=4),
 idx("Bình Định", PAR, 2023, PAR_EGOV, score=8.74, rank=6),
 idx("Bình Định", PAR, 2023, "Cải cách tài chính công", rank=47, rank_change=-15),
 idx("Bình Định", PAR, 2023, PAR_IMPACT, rank=31),
 idx("Bình Định", SIPAS, 2023, score=84.95, rank=24, rank_change=-5)]),

Case("J2 provincial paper: PAPI leader with 8 dimensions in mixed shapes, earlier years, national low/average",
"https://baoquangninh.vn/papi-2023-quang-ninh-nam-thu-ba-lien-tiep-dung-dau-ca-nuoc-3287451.html",
dt.date(2024, 4, 3),
"""PAPI 2023: Quảng Ninh năm thứ ba liên tiếp đứng đầu cả nước
Sáng 2/4, tại Hà Nội, Trung tâm Nghiên cứu phát triển và Hỗ trợ cộng đồng (CECODES), Viện Nghiên cứu Mặt trận Tổ quốc và Chương trình Phát triển Liên hợp quốc (UNDP) tại Việt Nam công bố Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm 2023. Báo cáo phản ánh trải nghiệm của 19.536 người dân được chọn ngẫu nhiên ở cả 63 tỉnh, thành phố.
Theo báo cáo, Quảng Ninh tiếp tục đứng đầu bảng xếp hạng với tổng điểm 47,02/80 điểm, tăng 1,03 điểm so với năm 2022. Như vậy, đây là năm thứ ba liên tiếp tỉnh có tên ở vị trí số một, đồng thời là địa phương duy nhất có cả 8 chỉ số nội dung cùng thuộc nhóm đạt điểm cao nhất. Xếp ở vị trí thứ 2 là Hải Phòng với 45,87 điểm.
Xét theo từng lĩnh vực, chỉ số Tham gia của người dân ở cấp cơ sở của tỉnh đạt 5,62 điểm; Công khai, minh bạch trong việc ra quyết định ở địa phương đạt 6,01 điểm; Trách nhiệm giải trình với người dân đạt 5,34 điểm. Ở nội dung Kiểm soát tham nhũng trong khu vực công, tỉnh đạt 7,18 điểm, tăng 0,41 điểm và là lĩnh vực tăng mạnh nhất trong năm. Các chỉ số Thủ tục hành chính công (7,52 điểm), Cung ứng dịch vụ công (7,71 điểm) và Quản trị môi trường (4,03 điểm) duy trì ổn định. Riêng Quản trị điện tử, dù vẫn là lĩnh vực có điểm thấp nhất của tỉnh, cũng đạt 3,61 điểm, cao hơn đáng kể so với mặt bằng chung.
Trước đó, năm 2022 tỉnh đạt 45,99 điểm và năm 2021 đạt 45,37 điểm, cả hai năm đều đứng đầu cả nước.
Ngoài Quảng Ninh, nhóm các địa phương đạt điểm cao nhất năm 2023 còn có Hải Phòng, Bình Định, Thừa Thiên Huế, Đồng Tháp, Quảng Trị, Bà Rịa - Vũng Tàu... Điểm tổng hợp trung bình toàn quốc năm 2023 là 41,96 điểm; địa phương có điểm thấp nhất chỉ đạt 36,81 điểm.
Báo cáo cũng cho thấy, tỷ lệ người dân ở Quảng Ninh cho biết đã sử dụng Cổng dịch vụ công trực tuyến để thực hiện thủ tục hành chính đạt 14,2%, gần gấp ba mức trung bình cả nước; chỉ 6% người được hỏi cho biết phải “bôi trơn” khi xin giấy chứng nhận quyền sử dụng đất, giảm 4 điểm phần trăm so với năm trước.
Trao đổi với phóng viên, lãnh đạo Sở Nội vụ cho biết: “Kết quả PAPI là thước đo khách quan trải nghiệm của người dân đối với chính quyền các cấp. Năm 2024, tỉnh sẽ tập trung cải thiện nội dung quản trị điện tử và quản trị môi trường, phấn đấu giữ vững vị trí dẫn đầu và không để chỉ số nội dung nào thấp hơn mức trung bình”.
Kể từ khi PAPI được triển khai trên phạm vi toàn quốc năm 2011, Quảng Ninh đã 5 lần đứng đầu bảng xếp hạng.""",
[idx("Quảng Ninh", PAPI, 2023, score=47.02, rank=1, score_change=1.03),
 idx("Hải Phòng", PAPI, 2023, score=45.87, rank=2),
 idx("Quảng Ninh", PAPI, 2023, "Tham gia của người dân ở cấp cơ sở", score=5.62),
 idx("Quảng Ninh", PAPI, 2023, "Công khai, minh bạch trong việc ra quyết định ở địa phương", score=6.01),
 idx("Quảng Ninh", PAPI, 2023, "Trách nhiệm giải trình với người dân", score=5.34),
 idx("Quảng Ninh", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=7.18, score_change=0.41),
 idx("Quảng Ninh", PAPI, 2023, "Thủ tục hành chính công", score=7.52),
 idx("Quảng Ninh", PAPI, 2023, "Cung ứng dịch vụ công", score=7.71),
 idx("Quảng Ninh", PAPI, 2023, "Quản trị môi trường", score=4.03),
 idx("Quảng Ninh", PAPI, 2023, "Quản trị điện tử", score=3.61),
 idx("Quảng Ninh", PAPI, 2022, score=45.99, rank=1),
 idx("Quảng Ninh", PAPI, 2021, score=45.37, rank=1)]),

Case("J3 national MOHA release: 'vị trí số 1', 'đứng thứ hai (..), tiếp theo là', biggest movers, ministries, SIPAS 'lần lượt đứng thứ hai, thứ ba với'",
"https://moha.gov.vn/tintuc/Pages/danh-sach-tin-noi-bat.aspx?ItemID=55012",
dt.date(2024, 4, 18),
"""Công bố Chỉ số cải cách hành chính năm 2023 và Chỉ số SIPAS năm 2023
Chiều 17/4/2024, Ban Chỉ đạo cải cách hành chính của Chính phủ tổ chức Hội nghị trực tuyến toàn quốc công bố Chỉ số cải cách hành chính năm 2023 (PAR Index 2023) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2023 (SIPAS 2023). Phó Thủ tướng Chính phủ, Trưởng Ban Chỉ đạo chủ trì hội nghị.
Báo cáo tại hội nghị, Thứ trưởng Bộ Nội vụ cho biết, năm 2023 là năm đầu tiên Bộ Chỉ số được triển khai theo phương pháp mới ban hành tại Quyết định số 876/QĐ-BNV ngày 10/11/2022, với 8 lĩnh vực, 40 tiêu chí và 139 tiêu chí thành phần. Việc điều tra xã hội học được thực hiện đối với 25.960 người, gồm lãnh đạo, quản lý các cấp, đại biểu Hội đồng nhân dân và công chức trực tiếp giải quyết TTHC.
Ở khối bộ, cơ quan ngang bộ, giá trị trung bình Chỉ số CCHC đạt 84,96%; có 3/17 bộ đạt trên 90%. Bộ Tư pháp dẫn đầu với 92,14%, Ngân hàng Nhà nước Việt Nam và Bộ Tài chính lần lượt xếp thứ hai, thứ ba.
Đối với khối tỉnh, giá trị trung bình Chỉ số CCHC đạt 86,17%, tăng 1,69 điểm phần trăm so với năm 2022; có 4/63 địa phương đạt trên 90%. Hải Phòng lần đầu tiên vươn lên vị trí số 1 với 92,08%; Quảng Ninh đứng thứ hai (91,36%), tiếp theo là Hà Nội (90,52%), Bắc Giang (90,12%) và Đồng Tháp (89,87%). Địa phương có kết quả thấp nhất đạt 78,52%.
So với năm 2022, có 36 địa phương tăng hạng. Bình Phước có mức cải thiện ấn tượng nhất khi tăng 23 bậc, lên vị trí thứ 19; Lạng Sơn tăng 16 bậc. Ngược lại, Bạc Liêu tụt 19 bậc, chỉ còn xếp thứ 58.
Về Chỉ số SIPAS, Thứ trưởng cho biết đây là năm thứ hai Bộ Nội vụ mở rộng đo lường sự hài lòng đối với việc tổ chức thực hiện chính sách công, bên cạnh dịch vụ hành chính công. Kết quả khảo sát 36.210 phiếu hợp lệ cho thấy Chỉ số SIPAS 2023 trung bình cả nước đạt 80,08%, tăng 0,61 điểm phần trăm. Ninh Bình tiếp tục giữ vị trí đầu bảng với 89,18%; Bắc Ninh và Quảng Ninh lần lượt đứng thứ hai, thứ ba với 88,70% và 88,02%. Có 22/63 địa phương có Chỉ số SIPAS thấp hơn mức trung bình.
Phát biểu chỉ đạo, Phó Thủ tướng đề nghị các bộ, ngành, địa phương phân tích kỹ kết quả, làm rõ nguyên nhân tăng, giảm hạng, nhất là ở các tiêu chí về thu hút đầu tư, giải ngân vốn đầu tư công và số hóa hồ sơ. Năm 2024, phấn đấu 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 50%; mức độ hài lòng của người dân, doanh nghiệp đạt trên 85%.
Ban Chỉ đạo cũng giao Bộ Nội vụ nghiên cứu, hoàn thiện phương pháp đánh giá, bổ sung các tiêu chí về chuyển đổi số để áp dụng từ năm 2025.""",
[idx("Hải Phòng", PAR, 2023, score=92.08, rank=1),
 idx("Quảng Ninh", PAR, 2023, score=91.36, rank=2),
 idx("Hà Nội", PAR, 2023, score=90.52, rank=3),
 idx("Bắc Giang", PAR, 2023, score=90.12, rank=4),
 idx("Đồng Tháp", PAR, 2023, score=89.87, rank=5),
 idx("Bình Phước", PAR, 2023, rank=19, rank_change=23),
 idx("Lạng Sơn", PAR, 2023, rank_change=16),
 idx("Bạc Liêu", PAR, 2023, rank=58, rank_change=-19),
 idx("Ninh Bình", SIPAS, 2023, score=89.18, rank=1),
 idx("Bắc Ninh", SIPAS, 2023, score=88.7, rank=2),
 idx("Quảng Ninh", SIPAS, 2023, score=88.02, rank=3)]),

Case("J4 host without the province in its name: PCI 2023 '22/30', previous rank in parentheses, PCI sub-indices, region, PGI 'top 10', DDCI",
"https://baodongkhoi.vn/pci-2023-ben-tre-tang-7-bac-11052024-a131207.html",
dt.date(2024, 5, 11),
"""PCI 2023: Bến Tre tăng 7 bậc
Ngày 9/5, tại Hà Nội, Liên đoàn Thương mại và Công nghiệp Việt Nam (VCCI) công bố Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2023. Khác với các năm trước, báo cáo năm nay chỉ công bố điểm số và thứ hạng của 30 tỉnh, thành phố có kết quả cao nhất thay vì đầy đủ 63 địa phương.
Với 66,71 điểm, Bến Tre xếp hạng 22/30 trong danh sách được công bố, tăng 7 bậc so với năm 2022 (xếp thứ 29/63). Đây là lần thứ hai trong 5 năm gần đây tỉnh có mặt trong nhóm 30 địa phương dẫn đầu.
Trong 10 chỉ số thành phần, tỉnh có 6 chỉ số tăng điểm. Chi phí không chính thức đạt 7,42 điểm, tiếp tục là điểm sáng; Tính năng động và tiên phong của chính quyền tỉnh đạt 6,83 điểm; Hỗ trợ doanh nghiệp có mức cải thiện mạnh nhất, lên 6,47 điểm. Ở chiều ngược lại, Tiếp cận đất đai giảm 0,38 điểm, chỉ còn 6,05 điểm; Đào tạo lao động cũng sụt giảm nhẹ, đạt 5,91 điểm.
Cùng khu vực Đồng bằng sông Cửu Long, Long An đứng thứ 3 cả nước với 70,27 điểm, Đồng Tháp xếp thứ 4 với 69,51 điểm; Vĩnh Long và Trà Vinh lần lượt đứng thứ 14 và 19. Bến Tre xếp thứ 6 trong 13 tỉnh, thành phố của vùng.
Cùng ngày, VCCI cũng công bố Chỉ số Xanh cấp tỉnh (PGI) năm 2023 - bộ chỉ số đánh giá nỗ lực của chính quyền cấp tỉnh trong bảo vệ môi trường và phát triển xanh. PGI 2023 của tỉnh đạt 20,94 điểm, nằm trong top 10 địa phương có điểm số cao nhất cả nước.
Khảo sát PCI 2023 được thực hiện với 12.116 doanh nghiệp, trong đó có 11.085 doanh nghiệp dân doanh. Tỷ lệ doanh nghiệp trên địa bàn tỉnh cho biết phải trả chi phí không chính thức giảm còn 29,5%, thấp hơn mức trung vị cả nước (37,4%); 68% doanh nghiệp đánh giá cán bộ tỉnh năng động, sáng tạo trong giải quyết vướng mắc.
Giám đốc Sở Kế hoạch và Đầu tư cho biết, kết quả trên có đóng góp quan trọng của việc đánh giá Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI) được tỉnh duy trì từ năm 2019. Năm 2023, Sở Kế hoạch và Đầu tư dẫn đầu khối sở với 79,35 điểm; huyện Chợ Lách dẫn đầu khối huyện với 77,9 điểm. Năm 2024, tỉnh đặt mục tiêu PCI thuộc nhóm 20 địa phương dẫn đầu, chỉ số Tiếp cận đất đai đạt trên 6,5 điểm.
Năm 2023, tăng trưởng GRDP của tỉnh đạt 6,1%, xếp thứ 7 khu vực; tỉnh thu hút 12 dự án đầu tư với tổng vốn đăng ký 4.850 tỷ đồng, cấp mới 620 doanh nghiệp.""",
[idx("Bến Tre", PCI, 2023, score=66.71, rank=22, rank_of=30, rank_change=7, prev_rank=29),
 idx("Bến Tre", PCI, 2023, "Chi phí không chính thức", score=7.42),
 idx("Bến Tre", PCI, 2023, "Tính năng động", score=6.83),
 idx("Bến Tre", PCI, 2023, "Hỗ trợ doanh nghiệp", score=6.47),
 idx("Bến Tre", PCI, 2023, "Tiếp cận đất đai", score=6.05, score_change=-0.38),
 idx("Bến Tre", PCI, 2023, "Đào tạo lao động", score=5.91),
 idx("Long An", PCI, 2023, score=70.27, rank=3),
 idx("Đồng Tháp", PCI, 2023, score=69.51, rank=4),
 idx("Vĩnh Long", PCI, 2023, rank=14),
 idx("Trà Vinh", PCI, 2023, rank=19),
 idx("Bến Tre", PGI, 2023, score=20.94)]),

Case("J5 DTI 2023 published in 2025, 'TP. Huế' for Thừa Thiên Huế, pillars and main indices, earlier years, online share",
"https://stttt.hue.gov.vn/Tin-tuc/id/18734/chi-so-dti-nam-2023-hue-tiep-tuc-dung-thu-2-toan-quoc",
dt.date(2025, 2, 8),
"""Chỉ số DTI năm 2023: Huế tiếp tục đứng thứ 2 toàn quốc
Ngày 6/2/2025, Bộ Thông tin và Truyền thông công bố Báo cáo Chỉ số đánh giá mức độ chuyển đổi số (DTI) năm 2023 của các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và các tỉnh, thành phố trực thuộc Trung ương. Việc đánh giá được thực hiện trên cơ sở số liệu do các địa phương tự đánh giá, được thẩm định và kết hợp khảo sát xã hội học với hơn 1,1 triệu phiếu.
Theo đó, TP. Huế (thời điểm đánh giá là tỉnh Thừa Thiên Huế) đạt 0,6512 điểm, đứng thứ 2/63 địa phương, chỉ sau Đà Nẵng. Đây là năm thứ tư liên tiếp Huế nằm trong nhóm 3 địa phương dẫn đầu cả nước về chuyển đổi số. Đà Nẵng tiếp tục giữ ngôi đầu với 0,6830 điểm.
Ở cấp trụ cột, trụ cột Chính quyền số của Huế đạt 0,7213 điểm, xếp hạng 3; trụ cột Kinh tế số đạt 0,5120 điểm, hạng 5; trụ cột Xã hội số đạt 0,6008 điểm, hạng 4. Xét theo các chỉ số chính, Huế dẫn đầu cả nước về Hạ tầng số và đứng thứ 2 về Nhân lực số; tuy nhiên, chỉ số Hoạt động kinh tế số chỉ xếp thứ 19.
Trước đó, tại bảng xếp hạng DTI năm 2022, tỉnh Thừa Thiên Huế đạt 0,5825 điểm, cũng xếp thứ 2; năm 2021 tỉnh xếp thứ 3 và năm 2020 đứng thứ 2.
Giá trị trung bình DTI cấp tỉnh năm 2023 đạt 0,5206, tăng 9,4% so với năm 2022; có 37/63 địa phương có điểm DTI cao hơn mức trung bình. Ở khối bộ, ngành có cung cấp dịch vụ công, Bộ Tài chính đứng đầu.
Theo Sở Thông tin và Truyền thông, nền tảng Hue-S đến nay có hơn 1,2 triệu lượt tải, 950.000 tài khoản người dùng; 100% văn bản giữa các cơ quan nhà nước (trừ văn bản mật) được gửi, nhận dưới dạng điện tử; 141/141 xã, phường đã kết nối mạng truyền số liệu chuyên dùng. Năm 2024, tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến của thành phố đạt 72,4%; tỷ lệ thanh toán trực tuyến đạt 58,1%.
Mục tiêu đến năm 2025, Huế phấn đấu kinh tế số chiếm 20% GRDP, giữ vững vị trí trong nhóm 3 địa phương dẫn đầu về DTI; đến năm 2030 trở thành đô thị thông minh cấp quốc gia.""",
[idx("Thừa Thiên Huế", DTI, 2023, score=0.6512, rank=2, rank_of=63),
 idx("Đà Nẵng", DTI, 2023, score=0.683, rank=1),
 idx("Thừa Thiên Huế", DTI, 2023, "Chính quyền số", score=0.7213, rank=3),
 idx("Thừa Thiên Huế", DTI, 2023, "Kinh tế số", score=0.512, rank=5),
 idx("Thừa Thiên Huế", DTI, 2023, "Xã hội số", score=0.6008, rank=4),
 idx("Thừa Thiên Huế", DTI, 2023, "Hạ tầng số", rank=1),
 idx("Thừa Thiên Huế", DTI, 2023, "Nhân lực số", rank=2),
 idx("Thừa Thiên Huế", DTI, 2023, "Hoạt động kinh tế số", rank=19),
 idx("Thừa Thiên Huế", DTI, 2022, score=0.5825, rank=2),
 idx("Thừa Thiên Huế", DTI, 2021, rank=3),
 idx("Thừa Thiên Huế", DTI, 2020, rank=2),
 dos("Thừa Thiên Huế", "2024", online_pct=72.4)]),

Case("J6 quarterly meeting: 'N trong tổng số M nhiệm vụ', 'lũy kế 9 tháng' vs 'riêng quý III', monthly 766 index, per-day and growth decoys",
"https://nghean.gov.vn/tin-hoat-dong/ket-qua-cong-tac-cai-cach-hanh-chinh-quy-iii-va-9-thang-nam-2024-587431",
dt.date(2024, 10, 9),
"""Nghệ An: Công tác cải cách hành chính 9 tháng năm 2024 có nhiều chuyển biến
Sáng 8/10, đồng chí Phó Chủ tịch UBND tỉnh, Phó Trưởng Ban Thường trực Ban Chỉ đạo CCHC tỉnh chủ trì cuộc họp đánh giá kết quả công tác cải cách hành chính quý III và 9 tháng năm 2024, triển khai nhiệm vụ quý IV/2024.
Theo báo cáo của Sở Nội vụ, Kế hoạch CCHC năm 2024 của tỉnh được ban hành kèm theo Quyết định số 3862/QĐ-UBND ngày 25/12/2023. Trong 9 tháng năm 2024, các cơ quan, đơn vị đã hoàn thành 33 trong tổng số 45 nhiệm vụ của Kế hoạch, đạt 73,3%; 12 nhiệm vụ còn lại đang được triển khai theo lộ trình, dự kiến hoàn thành trong quý IV.
Công tác kiểm soát TTHC được chú trọng. Các sở, ngành đã rà soát 186 TTHC, kiến nghị đơn giản hóa 42 TTHC, ước tính tiết kiệm chi phí tuân thủ hơn 12 tỷ đồng mỗi năm; 21/21 sở, ngành và 20/20 huyện, thành phố, thị xã đã niêm yết công khai đầy đủ, đúng quy định các TTHC thuộc thẩm quyền giải quyết.
Về kết quả giải quyết TTHC, lũy kế 9 tháng, hệ thống thông tin giải quyết TTHC của tỉnh tiếp nhận 612.004 hồ sơ, trong đó có 405.118 hồ sơ được nộp trực tuyến, chiếm 66,2%; đã giải quyết 596.771 hồ sơ. Riêng quý III/2024, toàn tỉnh tiếp nhận 198.432 hồ sơ, giải quyết 190.877 hồ sơ; trong đó, trước hạn chiếm 71,25%, đúng hạn 27,9%, trễ hạn 0,85%. Bình quân mỗi ngày làm việc, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận khoảng 1.150 hồ sơ. So với cùng kỳ năm 2023, số hồ sơ trực tuyến tăng 18,7%.
Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 78,6%; tỷ lệ thanh toán trực tuyến đạt 41,2%; 100% kết quả giải quyết TTHC được cập nhật trên hệ thống.
Đối với Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công theo Quyết định số 766/QĐ-TTg, tháng 9/2024 tỉnh đạt 84,37 điểm, xếp thứ 17/63, tăng 9 bậc so với tháng 8/2024.
Tuy nhiên, trong 9 tháng vẫn còn 4.215 hồ sơ giải quyết quá hạn, tập trung ở lĩnh vực đất đai, xây dựng tại cấp huyện; việc số hóa hồ sơ ở cấp xã còn chậm; một số cơ quan chưa thực hiện nghiêm việc xin lỗi người dân khi để hồ sơ trễ hạn.
Kết luận cuộc họp, Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương khẩn trương hoàn thành các nhiệm vụ còn lại, phấn đấu đến ngày 31/12/2024 hoàn thành 100% nhiệm vụ; tỷ lệ hồ sơ trực tuyến đạt trên 80%; không để phát sinh hồ sơ quá hạn. Mọi phản ánh, kiến nghị về TTHC, người dân, doanh nghiệp có thể liên hệ đường dây nóng 0238.3599.268.""",
[task("Nghệ An", "2024-09M", 33, 45),
 dos("Nghệ An", "2024-09M", received=612004, online=405118, online_pct=66.2, resolved=596771),
 dos("Nghệ An", "2024-Q3", received=198432, resolved=190877, early_pct=71.25, on_time_pct=27.9, late_pct=0.85),
 {**idx("Nghệ An", SVC, 2024, score=84.37, rank=17, rank_of=63, rank_change=9), "period": "2024-09"}]),

Case("J7 SIPAS 'đứng thứ 11 toàn quốc', 'đứng vị trí 7/63, giữ nguyên', tasks 'số nhiệm vụ đã hoàn thành là 40/42', hospital and school satisfaction",
"https://baothainguyen.vn/chinh-tri/202404/chi-so-hai-long-cua-nguoi-dan-tang-11-bac-3f21a7c/",
dt.date(2024, 4, 22),
"""Chỉ số hài lòng của người dân tăng 11 bậc
Kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 vừa được Bộ Nội vụ công bố cho thấy, Thái Nguyên đạt 86,45%, đứng thứ 11 toàn quốc, tăng 11 bậc so với năm 2022. Người dân đánh giá cao việc công khai, minh bạch thông tin về chính sách và thái độ phục vụ của công chức tại Bộ phận Một cửa.
Cùng với SIPAS, Chỉ số CCHC năm 2023 của tỉnh đạt 89,54%, đứng vị trí 7/63, giữ nguyên thứ hạng so với năm trước. Trong khi đó, PAPI 2023 của tỉnh đạt 42,5 điểm, thuộc nhóm trung bình cao.
Theo lãnh đạo Sở Nội vụ, kết quả trên có được là nhờ tỉnh kiên trì thực hiện đồng bộ các giải pháp cải thiện chỉ số, gắn trách nhiệm người đứng đầu với kết quả của từng tiêu chí. Năm 2023, số nhiệm vụ CCHC đã hoàn thành là 40/42, hai nhiệm vụ còn lại chuyển tiếp sang năm 2024. Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận 98.734 hồ sơ, trả kết quả đúng hạn và trước hạn 98.512 hồ sơ; không để xảy ra tình trạng nhũng nhiễu, gây phiền hà.
Cũng trong năm 2023, lĩnh vực y tế ghi nhận nhiều chuyển biến: Bệnh viện Trung ương Thái Nguyên có 95,2% người bệnh nội trú hài lòng; Bệnh viện A Thái Nguyên xếp thứ 2 trong số 14 bệnh viện tuyến tỉnh về chất lượng bệnh viện. Chỉ số hài lòng của cha mẹ học sinh đối với dịch vụ giáo dục mầm non công lập đạt 91,3%.
Ở cấp huyện, tỉnh đã tự tổ chức đo lường sự hài lòng đối với UBND các huyện, thành phố; thành phố Phổ Yên dẫn đầu với 90,6%, huyện Võ Nhai đạt thấp nhất với 84,1%.
Trong khu vực trung du và miền núi phía Bắc, Thái Nguyên chỉ xếp sau Lào Cai về Chỉ số SIPAS.
Năm 2024, tỉnh phấn đấu Chỉ số SIPAS đạt trên 88% và nằm trong nhóm 10 địa phương dẫn đầu cả nước; 100% cơ quan hành chính các cấp thực hiện khảo sát sự hài lòng bằng phương thức điện tử, kết quả khảo sát được công khai hằng quý trên Cổng thông tin điện tử tỉnh.""",
[idx("Thái Nguyên", SIPAS, 2023, score=86.45, rank=11, rank_change=11),
 idx("Thái Nguyên", PAR, 2023, score=89.54, rank=7, rank_of=63),
 {**idx("Thái Nguyên", PAR, 2023, rank_change=0), "optional": True},
 idx("Thái Nguyên", PAPI, 2023, score=42.5),
 task("Thái Nguyên", "2023", 40, 42),
 dos("Thái Nguyên", "2023", received=98734)]),

Case("J8 ICT Index 2023 with four components, leaders 'tiếp đến là', EGOV ranking 2019, DTI 2022, ministry",
"https://baobinhduong.vn/binh-duong-xep-thu-6-ca-nuoc-ve-vietnam-ict-index-2023-a325678.html",
dt.date(2024, 8, 28),
"""Bình Dương xếp thứ 6 cả nước về Vietnam ICT Index 2023
Bộ Thông tin và Truyền thông vừa công bố Báo cáo Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin - truyền thông Việt Nam (Vietnam ICT Index) năm 2023. Đây là lần công bố đầu tiên sau 3 năm tạm dừng để điều chỉnh phương pháp đánh giá.
Theo đó, Bình Dương đạt 0,7215 điểm, đứng thứ 6/63 tỉnh, thành phố, tăng 3 bậc so với lần xếp hạng gần nhất (năm 2020 xếp thứ 9).
Xét theo từng nhóm chỉ số, tỉnh xếp thứ 4 về Hạ tầng kỹ thuật, thứ 21 về Hạ tầng nhân lực, thứ 7 về Ứng dụng CNTT với 0,6812 điểm và đặc biệt đứng thứ 3 về Công nghiệp CNTT, nhờ doanh thu công nghiệp phần cứng, điện tử năm 2023 đạt 28,6 tỷ USD, chiếm khoảng 19% cả nước.
Dẫn đầu bảng xếp hạng khối tỉnh, thành phố năm 2023 là Hà Nội, tiếp đến là TP. Hồ Chí Minh và Đà Nẵng. Ở khối bộ, cơ quan ngang bộ, Bộ Tài chính có chỉ số cao nhất với 0,8113 điểm.
Giám đốc Sở Thông tin và Truyền thông cho biết, hạ tầng nhân lực vẫn là điểm nghẽn: tỷ lệ cán bộ chuyên trách CNTT có trình độ đại học trở lên chỉ đạt 68%, mỗi năm các trường trên địa bàn mới đào tạo được khoảng 1.500 sinh viên ngành CNTT, chưa đáp ứng nhu cầu của doanh nghiệp.
Đây không phải lần đầu tỉnh có thứ hạng cao trong các bảng xếp hạng về CNTT, chuyển đổi số. Năm 2019, trong Báo cáo xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử của Bộ Thông tin và Truyền thông, tỉnh xếp thứ 11; Chỉ số chuyển đổi số (DTI) năm 2022 của tỉnh xếp thứ 8 cả nước.
Toàn tỉnh hiện có 1.235 doanh nghiệp hoạt động trong lĩnh vực CNTT, 4 khu công nghệ thông tin tập trung đang được đầu tư; 100% xã, phường, thị trấn có cáp quang; tỷ lệ dân số trưởng thành có điện thoại thông minh đạt 93%. Tỉnh phấn đấu đến năm 2025 nằm trong top 5 địa phương dẫn đầu ICT Index và top 10 về DTI.""",
[idx("Bình Dương", ICT, 2023, score=0.7215, rank=6, rank_of=63, rank_change=3, prev_rank=9),
 {**idx("Bình Dương", ICT, 2020, rank=9), "optional": True},
 idx("Bình Dương", ICT, 2023, "Hạ tầng kỹ thuật", rank=4),
 idx("Bình Dương", ICT, 2023, "Hạ tầng nhân lực", rank=21),
 idx("Bình Dương", ICT, 2023, "Ứng dụng CNTT", rank=7, score=0.6812),
 idx("Bình Dương", ICT, 2023, "Công nghiệp CNTT", rank=3),
 idx("Hà Nội", ICT, 2023, rank=1),
 idx("Hồ Chí Minh", ICT, 2023, rank=2),
 idx("Đà Nẵng", ICT, 2023, rank=3),
 idx("Bình Dương", EGOV, 2019, rank=11),
 idx("Bình Dương", DTI, 2022, rank=8)]),

Case("J9 SNV year-end report: reporting window 15/12-14/12, 44/46 tasks vs Đề án 06 tasks, dossier counts with late share, indices 'năm 2023 (công bố trong năm 2024)'",
"https://sonoivu.tuyenquang.gov.vn/GroupNews/5/Cai-cach-hanh-chinh/tong-ket-cong-tac-cai-cach-hanh-chinh-nam-2024-9871.html",
dt.date(2024, 12, 23),
"""Tổng kết công tác cải cách hành chính năm 2024
Ngày 20/12/2024, Ban Chỉ đạo cải cách hành chính tỉnh Tuyên Quang tổ chức hội nghị tổng kết công tác CCHC năm 2024, triển khai nhiệm vụ năm 2025.
Báo cáo tại hội nghị cho biết, số liệu được tổng hợp từ ngày 15/12/2023 đến ngày 14/12/2024. Năm 2024, UBND tỉnh ban hành Kế hoạch CCHC với 46 nhiệm vụ trọng tâm; đến thời điểm báo cáo đã hoàn thành 44/46 nhiệm vụ, đạt 95,7%; 02 nhiệm vụ đang thực hiện, dự kiến hoàn thành trước ngày 31/12/2024. Đối với Đề án 06 của Chính phủ, tỉnh đã hoàn thành 22/25 nhiệm vụ được giao.
Công tác cải cách thể chế, tổ chức bộ máy được chú trọng. Trong năm, HĐND, UBND tỉnh ban hành 68 văn bản quy phạm pháp luật; sắp xếp giảm 5 đơn vị sự nghiệp công lập, 12 phòng và tương đương; 138/138 xã, phường, thị trấn đã vận hành Bộ phận Một cửa điện tử. Tỉnh đã công bố 1.911 TTHC, trong đó 1.835/1.911 TTHC được cung cấp dịch vụ công trực tuyến.
Về giải quyết TTHC, trong năm 2024, toàn tỉnh tiếp nhận 412.765 hồ sơ; trong đó, hồ sơ trực tuyến là 298.013 hồ sơ, đạt 72,2%. Số hồ sơ đã giải quyết là 405.110 hồ sơ, gồm: trước hạn 301.223 hồ sơ, đúng hạn 102.447 hồ sơ, quá hạn 1.440 hồ sơ (chiếm 0,36%). Còn 7.655 hồ sơ đang trong thời hạn giải quyết. Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 91,4%; tỷ lệ thanh toán trực tuyến đạt 47,3%.
Theo Bộ chỉ số phục vụ người dân, doanh nghiệp, tháng 11/2024 tỉnh đạt 86,12 điểm, thuộc nhóm Tốt.
Về kết quả các chỉ số năm 2023 (công bố trong năm 2024): Chỉ số CCHC năm 2023 của tỉnh xếp thứ 27/63; Chỉ số SIPAS xếp thứ 12/63; Chỉ số PAPI đạt 43,18 điểm, xếp thứ 9.
Tại hội nghị, UBND tỉnh đã tặng Bằng khen cho 10 tập thể, 16 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2024; Sở Nội vụ được Thủ tướng Chính phủ tặng Bằng khen, 01 tập thể được đề nghị tặng Huân chương Lao động hạng Ba.
Năm 2025, tỉnh phấn đấu Chỉ số CCHC tăng ít nhất 5 bậc; tỷ lệ hồ sơ trực tuyến đạt trên 80%; 100% hồ sơ được số hóa khi tiếp nhận; tiếp tục duy trì Chỉ số PAPI trong nhóm 10 địa phương dẫn đầu.""",
[task("Tuyên Quang", "2024", 44, 46),
 dos("Tuyên Quang", "2024", received=412765, online=298013, online_pct=72.2, resolved=405110, late_pct=0.36),
 {**idx("Tuyên Quang", SVC, 2024, score=86.12), "period": "2024-11"},
 idx("Tuyên Quang", PAR, 2023, rank=27, rank_of=63),
 idx("Tuyên Quang", SIPAS, 2023, rank=12, rank_of=63),
 idx("Tuyên Quang", PAPI, 2023, score=43.18, rank=9)]),

Case("J10 national business paper: PGI 2023 leader and 'xếp thứ hai và thứ ba lần lượt là X (..) và Y (..)', PGI 2022 rank, PCI 'trên 73' bound",
"https://baodautu.vn/pgi-2023-ba-ria-vung-tau-dan-dau-chi-so-xanh-cap-tinh-d214567.html",
dt.date(2024, 5, 10),
"""PGI 2023: Bà Rịa-Vũng Tàu dẫn đầu Chỉ số Xanh cấp tỉnh
(Baodautu.vn) Lần thứ hai được công bố, Chỉ số Xanh cấp tỉnh (PGI) tiếp tục cho thấy nỗ lực không đồng đều giữa các địa phương trong bảo vệ môi trường và thúc đẩy tăng trưởng xanh.
PGI do VCCI thực hiện với sự hỗ trợ của USAID, được xây dựng dựa trên khảo sát hơn 8.500 doanh nghiệp và gồm 4 chỉ số thành phần: chi phí tiếp cận thông tin môi trường, các biện pháp thúc đẩy kinh doanh xanh, chính sách ưu đãi và thực thi pháp luật về môi trường.
Theo báo cáo công bố ngày 9/5, Bà Rịa-Vũng Tàu đứng đầu bảng xếp hạng PGI 2023 với 26,34 điểm. Xếp thứ hai và thứ ba lần lượt là Bắc Ninh (25,11 điểm) và Quảng Ninh (24,87 điểm). Đồng Nai xếp thứ 4, Bình Dương đứng thứ 5. Năm 2022, Bà Rịa-Vũng Tàu mới chỉ xếp thứ 9 về PGI. Cà Mau là địa phương có bước tiến lớn nhất, tăng 25 bậc.
Điểm trung vị PGI năm 2023 là 19,62 điểm, nhích nhẹ so với năm 2022 (18,95 điểm); địa phương có điểm thấp nhất chỉ đạt 15,4 điểm. Có 43% doanh nghiệp cho biết hoạt động sản xuất, kinh doanh từng chịu ảnh hưởng từ ô nhiễm môi trường, trong khi chỉ 21% doanh nghiệp được cơ quan nhà nước hướng dẫn về các tiêu chuẩn xanh.
Cùng ngày, VCCI cũng công bố PCI 2023. Quảng Ninh là địa phương duy nhất có điểm PCI trên 73 và tiếp tục giữ vị trí số 1 năm thứ bảy liên tiếp.
Đại diện nhóm nghiên cứu cho biết, các địa phương đứng đầu PGI đều có điểm chung là công khai đầy đủ thông tin về quy hoạch, đánh giá tác động môi trường; thời gian giải quyết thủ tục môi trường được rút ngắn; doanh nghiệp ít phải chịu chi phí không chính thức khi làm thủ tục. Ngược lại, nhiều tỉnh có PCI cao nhưng PGI chỉ ở mức trung bình do thực thi pháp luật về môi trường còn lỏng lẻo.
Nhóm nghiên cứu khuyến nghị các tỉnh sớm ban hành kế hoạch tăng trưởng xanh cấp tỉnh, dành tối thiểu 1% tổng chi ngân sách cho sự nghiệp môi trường và xây dựng cơ sở dữ liệu môi trường dùng chung.""",
[idx("Bà Rịa - Vũng Tàu", PGI, 2023, score=26.34, rank=1),
 idx("Bắc Ninh", PGI, 2023, score=25.11, rank=2),
 idx("Quảng Ninh", PGI, 2023, score=24.87, rank=3),
 idx("Đồng Nai", PGI, 2023, rank=4),
 idx("Bình Dương", PGI, 2023, rank=5),
 idx("Bà Rịa - Vũng Tàu", PGI, 2022, rank=9),
 idx("Cà Mau", PGI, 2023, rank_change=25),
 idx("Quảng Ninh", PCI, 2023, rank=1)]),

Case("J11 long feature with subheads: several indices and years, neighbours in parentheses, GRDP rank, 'lùi/tụt/cải thiện N bậc'",
"https://baoquangnam.vn/cac-chi-so-quan-tri-cua-quang-nam-nam-2023-nhin-tu-nhung-con-so-3131234.html",
dt.date(2024, 4, 26),
"""Các chỉ số quản trị của Quảng Nam năm 2023: nhìn từ những con số
Năm 2023, kinh tế Quảng Nam gặp nhiều khó khăn; GRDP giảm 2,1%, xếp thứ 62/63 về tốc độ tăng trưởng; thu ngân sách nhà nước đạt 24.135 tỷ đồng, bằng 98% dự toán. Trong bối cảnh đó, kết quả các chỉ số đánh giá năng lực quản trị, điều hành của tỉnh vừa được công bố cho thấy một bức tranh nhiều gam màu.
Chỉ số CCHC: lùi 4 bậc
Theo kết quả Bộ Nội vụ công bố ngày 17/4/2024, Chỉ số CCHC năm 2023 của Quảng Nam đạt 85,61%, xếp thứ 40/63, lùi 4 bậc so với năm 2022. Trước đó, năm 2021 tỉnh xếp thứ 46 và năm 2022 đã cải thiện lên vị trí 36. So với các địa phương lân cận, Quảng Nam đứng sau Đà Nẵng (xếp thứ 6) và Quảng Ngãi (xếp thứ 18).
Trong 8 lĩnh vực, tỉnh chỉ có Cải cách thể chế và Cải cách chế độ công vụ nằm trong nhóm 20 địa phương dẫn đầu; lĩnh vực Cải cách tổ chức bộ máy hành chính xếp thứ 51, thấp nhất từ trước đến nay.
SIPAS: tụt 14 bậc
Chỉ số SIPAS năm 2023 của tỉnh đạt 79,12%, xếp thứ 46, tụt 14 bậc, thấp hơn mức trung bình cả nước (80,08%). Người dân còn chưa hài lòng với thời gian giải quyết hồ sơ đất đai, xây dựng và việc tiếp nhận, xử lý phản ánh, kiến nghị ở cấp xã.
PAPI: tăng cả điểm lẫn hạng
PAPI 2023 của Quảng Nam đạt 41,87 điểm, tăng 0,96 điểm; xếp thứ 38/63, cải thiện 9 bậc so với năm 2022. Chỉ số nội dung Kiểm soát tham nhũng trong khu vực công đạt 6,72 điểm; Quản trị điện tử chỉ đạt 2,86 điểm, thấp hơn trung bình toàn quốc.
PCI: vắng bóng trong top 30
Do VCCI chỉ công bố 30 địa phương dẫn đầu, PCI 2023 của Quảng Nam không có tên trong danh sách. Năm 2022, PCI của tỉnh đạt 64,1 điểm, xếp thứ 37/63.
Chuyển đổi số: chờ kết quả mới
Kết quả DTI năm 2023 chưa được Bộ Thông tin và Truyền thông công bố. Ở lần xếp hạng gần nhất, Chỉ số DTI năm 2022 của tỉnh đạt 0,4855, xếp thứ 31.
Lời giải nào?
Giám đốc Sở Nội vụ nhìn nhận, việc một số chỉ số giảm hạng có nguyên nhân từ sự thiếu quyết liệt của một bộ phận người đứng đầu, tình trạng né tránh, sợ trách nhiệm và việc chậm giải quyết hồ sơ đất đai. “Chúng tôi đã tham mưu UBND tỉnh giao chỉ tiêu cụ thể cho từng sở, ngành, địa phương, gắn với kết quả đánh giá cán bộ cuối năm”, ông nói.
Năm 2024, tỉnh đặt mục tiêu Chỉ số CCHC đạt trên 87%, SIPAS trên 82%, PAPI tăng ít nhất 5 bậc, PCI trở lại nhóm 30 địa phương dẫn đầu. Tỉnh cũng thành lập Tổ công tác đặc biệt với 15 thành viên để xử lý dứt điểm 1.250 hồ sơ đất đai tồn đọng. Bình quân mỗi ngày, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận khoảng 1.800 hồ sơ.""",
[idx("Quảng Nam", PAR, 2023, score=85.61, rank=40, rank_of=63, rank_change=-4),
 idx("Quảng Nam", PAR, 2021, rank=46),
 idx("Quảng Nam", PAR, 2022, rank=36),
 idx("Đà Nẵng", PAR, 2023, rank=6),
 idx("Quảng Ngãi", PAR, 2023, rank=18),
 idx("Quảng Nam", PAR, 2023, "Cải cách tổ chức bộ máy hành chính", rank=51),
 idx("Quảng Nam", SIPAS, 2023, score=79.12, rank=46, rank_change=-14),
 idx("Quảng Nam", PAPI, 2023, score=41.87, score_change=0.96, rank=38, rank_of=63, rank_change=9),
 idx("Quảng Nam", PAPI, 2023, "Kiểm soát tham nhũng trong khu vực công", score=6.72),
 idx("Quảng Nam", PAPI, 2023, "Quản trị điện tử", score=2.86),
 idx("Quảng Nam", PCI, 2022, score=64.1, rank=37, rank_of=63),
 idx("Quảng Nam", DTI, 2022, score=0.4855, rank=31)]),

Case("J12 English decimals mixed with Vietnamese thousands, en dash province name, components '(9.25/10 điểm, hạng 8)', quarter dossiers",
"https://baria-vungtau.gov.vn/tin-tuc/chi-so-par-index-va-sipas-nam-2023-cua-tinh-cung-tang-hang-41235",
dt.date(2024, 4, 19),
"""Chỉ số PAR Index và SIPAS năm 2023 của tỉnh cùng tăng hạng
Theo Báo cáo Chỉ số CCHC năm 2023 của các bộ, cơ quan ngang bộ, UBND các tỉnh, thành phố trực thuộc Trung ương do Bộ Nội vụ công bố, Chỉ số CCHC năm 2023 của tỉnh Bà Rịa – Vũng Tàu đạt 88.79%, xếp thứ 11/63, tăng 6 bậc so với năm 2022; Chỉ số SIPAS đạt 85.02%, xếp thứ 22/63, tăng 2 bậc. Giá trị trung bình Chỉ số CCHC của các tỉnh là 86.17%.
Các chỉ số thành phần đạt kết quả cao gồm Cải cách thể chế (9.25/10 điểm, hạng 8) và Cải cách chế độ công vụ (11.84/13 điểm, hạng 10). Chỉ số thành phần Công tác chỉ đạo, điều hành CCHC đạt 8.6/9 điểm. Các lĩnh vực còn bị trừ điểm chủ yếu do chậm ban hành văn bản quy định chi tiết, tỷ lệ giải ngân vốn đầu tư công chưa đạt 95% kế hoạch.
Về giải quyết TTHC quý I/2024, Trung tâm Phục vụ hành chính công tỉnh và Bộ phận Một cửa các cấp đã tiếp nhận 156.789 hồ sơ, trong đó trực tuyến 98.006 hồ sơ, đạt 62.5%; đã giải quyết 151,230 hồ sơ, trước hạn 60.1%, đúng hạn 38.9%, trễ hạn 1.0%. Với kết quả này, tỉnh đứng thứ 3 cả nước về tỷ lệ hồ sơ trực tuyến trong quý.
Trong khối cấp huyện, TP. Vũng Tàu dẫn đầu Chỉ số CCHC năm 2023 với 90.12 điểm; thị xã Phú Mỹ xếp thứ hai với 89.4 điểm; huyện Côn Đảo xếp cuối với 81.3 điểm.
Để tiếp tục cải thiện các chỉ số, UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung rà soát, cắt giảm thành phần hồ sơ, thời gian giải quyết TTHC; đẩy mạnh thanh toán trực tuyến; tăng cường kiểm tra đột xuất việc thực thi công vụ tại Bộ phận Một cửa. Năm 2024, tỉnh phấn đấu đưa Chỉ số CCHC vào nhóm 10 địa phương dẫn đầu, Chỉ số SIPAS đạt trên 87%.
Đường dây nóng tiếp nhận phản ánh, kiến nghị về TTHC: 0254.3856.567.""",
[idx("Bà Rịa - Vũng Tàu", PAR, 2023, score=88.79, rank=11, rank_of=63, rank_change=6),
 idx("Bà Rịa - Vũng Tàu", SIPAS, 2023, score=85.02, rank=22, rank_of=63, rank_change=2),
 idx("Bà Rịa - Vũng Tàu", PAR, 2023, "Cải cách thể chế", score=9.25, rank=8),
 idx("Bà Rịa - Vũng Tàu", PAR, 2023, "Cải cách chế độ công vụ", score=11.84, rank=10),
 idx("Bà Rịa - Vũng Tàu", PAR, 2023, "Công tác chỉ đạo, điều hành CCHC", score=8.6),
 dos("Bà Rịa - Vũng Tàu", "2024-Q1", received=156789, online=98006, online_pct=62.5, resolved=151230,
     early_pct=60.1, on_time_pct=38.9, late_pct=1.0)]),

Case("J13 national paper, province only in the headline and a title: SIPAS with '(năm 2022: X%)', a neighbour's change, PAR, dossiers, monthly index",
"https://dantri.com.vn/xa-hoi/dien-bien-tang-17-bac-ve-chi-so-hai-long-cua-nguoi-dan-20240420101532146.htm",
dt.date(2024, 4, 20),
"""Điện Biên tăng 17 bậc về chỉ số hài lòng của người dân
(Dân trí) - Sau nhiều năm liền ở nhóm cuối bảng, năm 2023 chỉ số hài lòng của người dân về sự phục vụ hành chính tại tỉnh miền núi biên giới này đã có bước cải thiện rõ rệt.
Theo kết quả vừa được Bộ Nội vụ công bố, Chỉ số SIPAS năm 2023 của tỉnh đạt 83,71% (năm 2022: 79,85%), xếp thứ 30/63, tăng 17 bậc so với năm trước. Cùng khu vực Tây Bắc, Lai Châu tăng 12 bậc về chỉ số này.
Tuy vậy, Chỉ số CCHC năm 2023 của tỉnh mới đạt 84,16%, xếp thứ 52/63, giảm 3 bậc. Các lĩnh vực bị trừ nhiều điểm là cải cách tài chính công và tác động của CCHC đến phát triển kinh tế - xã hội.
Trao đổi với phóng viên Dân trí, Giám đốc Sở Nội vụ tỉnh Điện Biên cho biết, thay đổi lớn nhất đến từ cấp xã. Nhiều xã vùng cao như Sín Thầu, Chung Chải (huyện Mường Nhé) đã bố trí điểm hỗ trợ dịch vụ công, có công chức biết tiếng dân tộc hướng dẫn người dân nộp hồ sơ qua điện thoại. “Trước đây, để làm một thủ tục, bà con phải đi hàng chục cây số, có khi mất cả ngày. Nay nhiều việc chỉ cần đến trụ sở xã hoặc nhờ tổ công nghệ số cộng đồng”, ông nói.
Năm 2023, tỉnh tiếp nhận 74.320 hồ sơ TTHC, đã giải quyết 73.105 hồ sơ; số cuộc gọi đến đường dây nóng phản ánh về TTHC giảm gần một nửa so với năm 2022.
Theo Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 3/2024, tỉnh đạt 78,9 điểm, xếp thứ 45.
Dù vậy, vị lãnh đạo thừa nhận hạ tầng viễn thông ở nhiều bản còn yếu, tỷ lệ người dân có tài khoản định danh điện tử mức 2 mới đạt khoảng 45%, nên việc nộp hồ sơ trực tuyến còn hạn chế. Năm 2024, tỉnh đặt mục tiêu đưa Chỉ số SIPAS vào nhóm 25 địa phương dẫn đầu và không để Chỉ số CCHC tiếp tục giảm hạng.""",
[idx("Điện Biên", SIPAS, 2023, score=83.71, prev_score=79.85, rank=30, rank_of=63, rank_change=17),
 idx("Lai Châu", SIPAS, 2023, rank_change=12),
 idx("Điện Biên", PAR, 2023, score=84.16, rank=52, rank_of=63, rank_change=-3),
 dos("Điện Biên", "2023", received=74320, resolved=73105),
 {**idx("Điện Biên", SVC, 2024, score=78.9, rank=45), "period": "2024-03"}]),

Case("J14 CCHC site: 766 index by its full name, three months, another province leading, regional '3/8', half-year dossiers with combined share decoy",
"https://cchc.khanhhoa.gov.vn/vi/tin-tuc/ket-qua-danh-gia-bo-chi-so-766-thang-6-va-tinh-hinh-giai-quyet-tthc-6-thang-dau-nam-2024",
dt.date(2024, 7, 12),
"""Kết quả đánh giá Bộ chỉ số 766 tháng 6 và tình hình giải quyết TTHC 6 tháng đầu năm 2024
Theo dữ liệu trên Cổng Dịch vụ công quốc gia, kết quả đánh giá Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Bộ chỉ số 766) tháng 6/2024 của tỉnh Khánh Hòa đạt 80,12/100 điểm, xếp loại Khá, xếp hạng 28/63, tụt 6 bậc so với tháng 5. Trước đó, tháng 5/2024, tỉnh đạt 82,3 điểm, xếp thứ 22; tháng 4/2024 đạt 81,05 điểm, xếp thứ 25. Trong khu vực Nam Trung Bộ, tỉnh đứng thứ 3/8 địa phương.
Dẫn đầu cả nước tháng 6/2024 là tỉnh Bình Phước với 91,4 điểm. Điểm bình quân của các tỉnh, thành phố là 78,95 điểm.
Nguyên nhân giảm điểm chủ yếu do các nhóm chỉ tiêu về số hóa hồ sơ và thanh toán trực tuyến bị trừ điểm nhiều; một số cơ quan chưa cập nhật kịp thời trạng thái hồ sơ trên Hệ thống thông tin giải quyết TTHC của tỉnh, dẫn đến dữ liệu đồng bộ lên Cổng Dịch vụ công quốc gia chưa đầy đủ.
Tính chung 6 tháng đầu năm, các cơ quan hành chính nhà nước trên địa bàn tỉnh tiếp nhận 187.540 hồ sơ TTHC; đã giải quyết 180.211 hồ sơ, trong đó đúng và trước hạn đạt 97,8%; số hồ sơ nộp trực tuyến là 121.903 hồ sơ, chiếm 65%.
Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ngành, Chủ tịch UBND cấp huyện trực tiếp chỉ đạo, kiểm tra việc số hóa hồ sơ tại Bộ phận Một cửa; phấn đấu từ tháng 8/2024 Bộ chỉ số của tỉnh đạt trên 85 điểm, thuộc nhóm 20 địa phương dẫn đầu; tỷ lệ thanh toán trực tuyến đạt trên 50%.
Sở Nội vụ sẽ định kỳ hằng tháng công khai kết quả đánh giá của từng cơ quan, địa phương trên Trang thông tin cải cách hành chính tỉnh. Mọi ý kiến phản ánh xin gửi về Sở Nội vụ, số điện thoại 0258.3560.118.""",
[{**idx("Khánh Hòa", SVC, 2024, score=80.12, rank=28, rank_of=63, rank_change=-6), "period": "2024-06"},
 {**idx("Khánh Hòa", SVC, 2024, score=82.3, rank=22), "period": "2024-05"},
 {**idx("Khánh Hòa", SVC, 2024, score=81.05, rank=25), "period": "2024-04"},
 {**idx("Bình Phước", SVC, 2024, score=91.4, rank=1), "period": "2024-06"},
 dos("Khánh Hòa", "2024-06H1", received=187540, resolved=180211, online=121903, online_pct=65)]),

Case("J15 SNV half-year review: 'tổng số 52 nhiệm vụ; 6 tháng đầu năm đã hoàn thành 23', assigned-tasks and target fractions, dossiers due vs new",
"https://sonoivu.laocai.gov.vn/tin-tuc-su-kien/so-ket-cong-tac-cai-cach-hanh-chinh-6-thang-dau-nam-2024-1423567.html",
dt.date(2024, 7, 16),
"""Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024
Chiều 15/7, Ban Chỉ đạo cải cách hành chính tỉnh Lào Cai tổ chức hội nghị sơ kết công tác CCHC 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024. Hội nghị được kết nối trực tuyến đến 9 huyện, thị xã, thành phố.
Báo cáo (số liệu tính từ ngày 15/12/2023 đến ngày 14/6/2024) cho thấy, công tác CCHC tiếp tục được các cấp, các ngành quan tâm chỉ đạo; kỷ luật, kỷ cương hành chính được siết chặt.
Về thực hiện Kế hoạch CCHC năm 2024: tổng số 52 nhiệm vụ; 6 tháng đầu năm đã hoàn thành 23 nhiệm vụ, đạt 44,2%; đang triển khai 29 nhiệm vụ, không có nhiệm vụ chậm tiến độ. Đối với các nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao trên Hệ thống theo dõi nhiệm vụ, các cơ quan đã hoàn thành 312/340 nhiệm vụ đúng hạn.
Toàn tỉnh có 9/9 huyện, thị xã, thành phố và 152/152 xã, phường, thị trấn vận hành Bộ phận Một cửa theo mô hình mới; 100% cơ quan sử dụng chữ ký số trong gửi, nhận văn bản.
Về giải quyết TTHC, 6 tháng đầu năm, tổng số hồ sơ phải giải quyết là 154.320 hồ sơ (tiếp nhận mới 150.118 hồ sơ; kỳ trước chuyển sang 4.202 hồ sơ). Số hồ sơ tiếp nhận trực tuyến là 97.456 hồ sơ, bằng 64,92% số hồ sơ tiếp nhận mới. Đã giải quyết 149.876 hồ sơ (trước hạn 101.234 hồ sơ; đúng hạn 47.990 hồ sơ; quá hạn 652 hồ sơ); đang giải quyết 4.444 hồ sơ.
Về các chỉ số năm 2023, Chỉ số CCHC của tỉnh đạt 88,41%, xếp thứ 13/63; PAPI xếp thứ 6 cả nước.
Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh đề nghị các cơ quan, đơn vị tập trung hoàn thành 100% (52/52) nhiệm vụ trong năm; tỷ lệ hồ sơ trực tuyến đạt trên 70%; Chỉ số CCHC năm 2024 tăng ít nhất 3 bậc; xử lý nghiêm cán bộ, công chức gây phiền hà, sách nhiễu người dân.""",
[task("Lào Cai", "2024-06H1", 23, 52),
 dos("Lào Cai", "2024-06H1", received=150118, online=97456, online_pct=64.92, resolved=149876),
 idx("Lào Cai", PAR, 2023, score=88.41, rank=13, rank_of=63),
 idx("Lào Cai", PAPI, 2023, rank=6)]),

Case("J16 province never named (host only): 'từ đầu năm đến ngày 30/11', '1,08 triệu', '0,27 %', month online as 'N/M hồ sơ', tasks as a passive fraction",
"https://baovinhphuc.com.vn/thoi-su/105432/nang-cao-chat-luong-giai-quyet-thu-tuc-hanh-chinh.html",
dt.date(2023, 12, 8),
"""Nâng cao chất lượng giải quyết thủ tục hành chính
Từ đầu năm đến ngày 30/11/2023, hệ thống thông tin giải quyết TTHC của tỉnh đã tiếp nhận 1,08 triệu hồ sơ, giải quyết xong 1,06 triệu hồ sơ; tỷ lệ hồ sơ trễ hạn chỉ chiếm 0,27 %. Tỷ lệ hồ sơ tiếp nhận trực tuyến đạt 71,41%, xếp thứ 5 toàn quốc.
Những con số trên là kết quả của quá trình đổi mới cách thức phục vụ. Tại Trung tâm Phục vụ hành chính công tỉnh, mỗi quầy giao dịch đều có máy quét để số hóa hồ sơ ngay khi tiếp nhận; bình quân mỗi ngày Trung tâm tiếp nhận khoảng 650 hồ sơ. So với cùng kỳ năm 2022, số hồ sơ tiếp nhận tăng 112.000 hồ sơ, chủ yếu ở lĩnh vực đăng ký doanh nghiệp, đất đai và tư pháp - hộ tịch.
Riêng tháng 11, số hồ sơ nộp trực tuyến là 72.118/98.342 hồ sơ, chiếm 73,33%.
Đến nay, 35/37 nhiệm vụ trong Kế hoạch CCHC năm 2023 đã hoàn thành; 15/15 sở, ngành và 9/9 huyện, thành phố đã kết nối hệ thống quản lý văn bản với trục liên thông quốc gia.
Trong Bộ chỉ số phục vụ người dân, doanh nghiệp tháng 10/2023, tỉnh xếp thứ 6 cả nước với 85,27 điểm.
Chánh Văn phòng UBND tỉnh cho biết, thời gian tới tỉnh tiếp tục rà soát, tái cấu trúc quy trình đối với 250 TTHC có số lượng hồ sơ lớn. “Năm 2024, tỉnh phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên 80%, 100% hồ sơ được số hóa, không để người dân phải đi lại nhiều lần”, ông nói.
Người dân có thể phản ánh, kiến nghị về TTHC qua ứng dụng công dân số của tỉnh hoặc đường dây nóng 0211.3862.111.""",
[dos("Vĩnh Phúc", "2023-11M", received=1080000, resolved=1060000, late_pct=0.27, online_pct=71.41),
 dos("Vĩnh Phúc", "2023-11", online=72118, online_total=98342, online_pct=73.33),
 task("Vĩnh Phúc", "2023", 35, 37),
 {**idx("Vĩnh Phúc", SVC, 2023, score=85.27, rank=6), "period": "2023-10"}]),
]

TABLES_J: list[Case] = [
Case("JT1 tab table: one province, indices as rows, years as columns, 'N/63' cells and a dash",
"https://hatinh.gov.vn/bai-viet/thu-hang-mot-so-chi-so-cua-tinh-giai-doan-2021-2023-1718000123.html",
dt.date(2024, 6, 12),
"""Bảng 1. Thứ hạng một số chỉ số của tỉnh Hà Tĩnh giai đoạn 2021 - 2023
Chỉ số\tNăm 2021\tNăm 2022\tNăm 2023
Chỉ số CCHC (PAR Index)\t18/63\t22/63\t15/63
Chỉ số SIPAS\t12/63\t26/63\t16/63
Chỉ số PAPI\t25/63\t14/63\t20/63
Chỉ số PCI\t32/63\t24/63\t-
Ghi chú: PCI năm 2023 chỉ công bố 30 địa phương dẫn đầu.""",
[idx("Hà Tĩnh", PAR, 2021, rank=18, rank_of=63), idx("Hà Tĩnh", PAR, 2022, rank=22, rank_of=63),
 idx("Hà Tĩnh", PAR, 2023, rank=15, rank_of=63),
 idx("Hà Tĩnh", SIPAS, 2021, rank=12, rank_of=63), idx("Hà Tĩnh", SIPAS, 2022, rank=26, rank_of=63),
 idx("Hà Tĩnh", SIPAS, 2023, rank=16, rank_of=63),
 idx("Hà Tĩnh", PAPI, 2021, rank=25, rank_of=63), idx("Hà Tĩnh", PAPI, 2022, rank=14, rank_of=63),
 idx("Hà Tĩnh", PAPI, 2023, rank=20, rank_of=63),
 idx("Hà Tĩnh", PCI, 2021, rank=32, rank_of=63), idx("Hà Tĩnh", PCI, 2022, rank=24, rank_of=63)],
table=True),

Case("JT2 pipe table without outer pipes: DTI with pillar columns and an average row",
"https://dti.gov.vn/xep-hang-2023",
dt.date(2025, 2, 7),
"""Bảng xếp hạng Chỉ số DTI cấp tỉnh năm 2023 (trích 4 địa phương dẫn đầu)
Xếp hạng | Tỉnh/Thành phố | Điểm DTI | Chính quyền số | Kinh tế số | Xã hội số
1 | Đà Nẵng | 0,6830 | 0,7602 | 0,6011 | 0,6877
2 | Thừa Thiên Huế | 0,6512 | 0,7213 | 0,5120 | 0,6008
3 | TP. Hồ Chí Minh | 0,6405 | 0,6123 | 0,6684 | 0,6390
4 | Bắc Giang | 0,6001 | 0,6745 | 0,5233 | 0,5871
Trung bình cấp tỉnh | | 0,5206 | 0,5712 | 0,4305 | 0,5489""",
[idx("Đà Nẵng", DTI, 2023, rank=1, score=0.683),
 idx("Đà Nẵng", DTI, 2023, "Chính quyền số", score=0.7602),
 idx("Đà Nẵng", DTI, 2023, "Kinh tế số", score=0.6011),
 idx("Đà Nẵng", DTI, 2023, "Xã hội số", score=0.6877),
 idx("Thừa Thiên Huế", DTI, 2023, rank=2, score=0.6512),
 idx("Thừa Thiên Huế", DTI, 2023, "Chính quyền số", score=0.7213),
 idx("Thừa Thiên Huế", DTI, 2023, "Kinh tế số", score=0.512),
 idx("Thừa Thiên Huế", DTI, 2023, "Xã hội số", score=0.6008),
 idx("Hồ Chí Minh", DTI, 2023, rank=3, score=0.6405),
 idx("Hồ Chí Minh", DTI, 2023, "Chính quyền số", score=0.6123),
 idx("Hồ Chí Minh", DTI, 2023, "Kinh tế số", score=0.6684),
 idx("Hồ Chí Minh", DTI, 2023, "Xã hội số", score=0.639),
 idx("Bắc Giang", DTI, 2023, rank=4, score=0.6001),
 idx("Bắc Giang", DTI, 2023, "Chính quyền số", score=0.6745),
 idx("Bắc Giang", DTI, 2023, "Kinh tế số", score=0.5233),
 idx("Bắc Giang", DTI, 2023, "Xã hội số", score=0.5871)],
table=True),

Case("JT3 space-aligned PCI excerpt: this and last year's scores, gaps in ranks, name variants, a median row",
"https://pcivietnam.vn/bang-xep-hang-pci-2023",
dt.date(2024, 5, 10),
"""BẢNG XẾP HẠNG PCI 2023 (30 địa phương dẫn đầu - trích)
Thứ hạng   Tỉnh, thành phố        Điểm PCI 2023   Điểm PCI 2022
1          Quảng Ninh             73,02           72,95
2          Hải Phòng              71,05           70,61
3          Long An                70,27           69,88
4          Đồng Tháp              69,51           69,02
5          Bắc Giang              69,34           68,73
...
13         TP. Hồ Chí Minh        67,35           67,50
14         Vĩnh Long              67,18           65,80
19         Trà Vinh               66,92           64,77
22         Bến Tre                66,71           65,44
27         Bà Rịa-Vũng Tàu        66,02           66,06
Trung vị (30 tỉnh)                65,13           64,56""",
[idx("Quảng Ninh", PCI, 2023, rank=1, score=73.02, prev_score=72.95),
 idx("Hải Phòng", PCI, 2023, rank=2, score=71.05, prev_score=70.61),
 idx("Long An", PCI, 2023, rank=3, score=70.27, prev_score=69.88),
 idx("Đồng Tháp", PCI, 2023, rank=4, score=69.51, prev_score=69.02),
 idx("Bắc Giang", PCI, 2023, rank=5, score=69.34, prev_score=68.73),
 idx("Hồ Chí Minh", PCI, 2023, rank=13, score=67.35, prev_score=67.5),
 idx("Vĩnh Long", PCI, 2023, rank=14, score=67.18, prev_score=65.8),
 idx("Trà Vinh", PCI, 2023, rank=19, score=66.92, prev_score=64.77),
 idx("Bến Tre", PCI, 2023, rank=22, score=66.71, prev_score=65.44),
 idx("Bà Rịa - Vũng Tàu", PCI, 2023, rank=27, score=66.02, prev_score=66.06)],
table=True),
]

NEGATIVES_J: list[Case] = [
Case("JN1 SNV conference on the 2025 plan: targets, plan size, departments', districts' and DDCI results, awards, per-day rate, phone",
"https://sonoivu.quangbinh.gov.vn/tin-tuc/hoi-nghi-trien-khai-nhiem-vu-cai-cach-hanh-chinh-nam-2025-2310.html",
dt.date(2025, 1, 16),
"""Hội nghị triển khai nhiệm vụ cải cách hành chính năm 2025
Lượt xem: 845
Sáng 15/01/2025, UBND tỉnh Quảng Bình tổ chức hội nghị triển khai Kế hoạch cải cách hành chính năm 2025 (ban hành kèm theo Quyết định số 3187/QĐ-UBND ngày 27/12/2024). Kế hoạch gồm 7 nội dung với 48 nhiệm vụ và 112 sản phẩm cụ thể, giao cho 19 sở, ban, ngành và 8 huyện, thị xã, thành phố chủ trì thực hiện.
Mục tiêu năm 2025, Chỉ số CCHC của tỉnh đạt từ 88% trở lên, nằm trong nhóm 25 tỉnh, thành phố dẫn đầu; Chỉ số SIPAS đạt trên 85%; Chỉ số PAPI và PCI tăng ít nhất 5 bậc so với năm 2024; 100% TTHC đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; tỷ lệ hồ sơ trực tuyến đạt tối thiểu 80%; tỷ lệ hồ sơ giải quyết đúng hạn đạt trên 98%; 90% hồ sơ được số hóa ngay khi tiếp nhận.
Tại hội nghị, UBND tỉnh công bố kết quả xác định Chỉ số CCHC năm 2024 của các sở, ban, ngành và UBND cấp huyện. Ở khối sở, Sở Tư pháp xếp thứ nhất với 93,41 điểm, Sở Nội vụ xếp thứ hai với 92,87 điểm, Sở Xây dựng có điểm thấp nhất với 80,06 điểm. Ở khối huyện, thành phố Đồng Hới dẫn đầu với 91,2 điểm, huyện Minh Hóa xếp cuối với 82,5 điểm. Kết quả đo lường sự hài lòng của người dân đối với UBND cấp huyện cho thấy thị xã Ba Đồn đạt cao nhất với 89,4%, huyện Tuyên Hóa thấp nhất với 81,7%.
Cũng tại hội nghị, Ban Chỉ đạo công bố Chỉ số DDCI năm 2024: Sở Kế hoạch và Đầu tư đứng đầu khối sở, ngành với 78,9 điểm; huyện Bố Trạch đứng đầu khối địa phương với 76,3 điểm. Có 145/151 xã, phường, thị trấn được đánh giá đạt chuẩn tiếp cận pháp luật; 8/8 huyện, thị xã, thành phố đã đưa Bộ phận Một cửa cấp huyện vào hoạt động theo mô hình mới.
Phát biểu tại hội nghị, Giám đốc Sở Nội vụ cho biết, Bộ Nội vụ đang tổ chức thẩm định và dự kiến công bố Chỉ số CCHC năm 2024 của các tỉnh, thành phố trong quý II/2025. Bình quân mỗi ngày, Bộ phận Một cửa các cấp trong tỉnh tiếp nhận khoảng 1.250 hồ sơ; riêng Trung tâm Phục vụ hành chính công tỉnh có 24 quầy giao dịch với 41 công chức, viên chức làm việc.
Dịp này, UBND tỉnh tặng Bằng khen cho 15 tập thể, 22 cá nhân có thành tích xuất sắc trong công tác CCHC năm 2024; đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể và đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho 1 tập thể.
Kết luận hội nghị, Chủ tịch UBND tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị trực tiếp chỉ đạo công tác CCHC, coi kết quả Chỉ số CCHC là tiêu chí quan trọng để đánh giá, xếp loại cán bộ; kiên quyết xử lý cán bộ, công chức có hành vi nhũng nhiễu, gây phiền hà.
Cơ quan chủ quản: Sở Nội vụ tỉnh Quảng Bình. Điện thoại: 0232.3822.427""",
[]),

Case("JN2 national government portal: 766 index averages for ministries and localities, national portal counts, an agency leading, provinces named without figures",
"https://baochinhphu.vn/thang-5-2024-diem-binh-quan-bo-chi-so-phuc-vu-nguoi-dan-doanh-nghiep-cua-cac-dia-phuong-tang-32-diem-102240620153045.htm",
dt.date(2024, 6, 21),
"""Tháng 5/2024: Điểm bình quân Bộ chỉ số phục vụ người dân, doanh nghiệp của các địa phương tăng 3,2 điểm
(Chinhphu.vn) - Theo Báo cáo số 3812/BC-VPCP của Văn phòng Chính phủ về tình hình, kết quả thực hiện nhiệm vụ cải cách TTHC tháng 5/2024, chất lượng phục vụ người dân, doanh nghiệp của các bộ, ngành, địa phương tiếp tục có chuyển biến.
Tháng 5/2024, điểm bình quân Bộ chỉ số phục vụ người dân, doanh nghiệp của các bộ, cơ quan ngang bộ đạt 68,45 điểm; của các địa phương đạt 79,82 điểm, tăng 3,2 điểm so với tháng 4. Có 11/63 địa phương đạt loại Tốt (từ 85 điểm trở lên), 47 địa phương đạt loại Khá; không có địa phương nào xếp loại Yếu. Ở khối bộ, ngành, Bảo hiểm xã hội Việt Nam dẫn đầu với 88,6 điểm, Bộ Tư pháp xếp thứ hai với 84,1 điểm.
Cũng theo báo cáo, 5 tháng đầu năm 2024, Cổng Dịch vụ công quốc gia đã tiếp nhận 4,2 triệu hồ sơ trực tuyến; thực hiện 6,1 triệu giao dịch thanh toán trực tuyến với số tiền 5.230 tỷ đồng. Tỷ lệ hồ sơ trực tuyến toàn trình của các địa phương bình quân đạt 41,3%; tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC đạt 52,7%; 36/63 địa phương có tỷ lệ hồ sơ trễ hạn dưới 1%. Địa phương có tỷ lệ hồ sơ trực tuyến cao nhất đạt 95,1%, thấp nhất chỉ 12,4%.
Trong tháng, Tổ công tác của Thủ tướng Chính phủ về rà soát, tháo gỡ vướng mắc trong thực hiện TTHC đã làm việc tại Hà Nội, TP. Hồ Chí Minh, Đà Nẵng, Bình Dương và Đồng Nai; qua đó phát hiện 1.345 TTHC còn yêu cầu giấy tờ không cần thiết, kiến nghị bãi bỏ 214 thành phần hồ sơ.
Về thực hiện Kế hoạch rà soát, cắt giảm quy định kinh doanh năm 2024, các bộ, ngành đã hoàn thành 18/25 nhiệm vụ; 14/18 bộ, cơ quan đã công bố đầy đủ danh mục TTHC nội bộ.
Văn phòng Chính phủ đề nghị các bộ, ngành, địa phương có điểm dưới 75 điểm khẩn trương khắc phục các chỉ tiêu bị trừ điểm; phấn đấu năm 2024 tỷ lệ hồ sơ trực tuyến toàn trình đạt tối thiểu 50%, 100% hồ sơ được số hóa khi tiếp nhận, tỷ lệ thanh toán trực tuyến đạt trên 45%.""",
[]),
]



def test_round_j_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    assert_prose_targets("round J prose", ROUND_J, capsys)


def test_round_j_tables_meet_the_table_target() -> None:
    assert_table_target(TABLES_J)


@pytest.mark.parametrize("case", NEGATIVES_J, ids=ids(NEGATIVES_J))
def test_round_j_negatives_emit_nothing(case: Case) -> None:
    assert_nothing(case)


@pytest.mark.parametrize("case", ROUND_J + TABLES_J, ids=ids(ROUND_J + TABLES_J))
def test_round_j_evidence_is_in_the_article(case: Case) -> None:
    assert_evidence_in_article(case)
