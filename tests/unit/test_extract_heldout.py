"""A held-out evaluation set: short articles written for this test, with hand-made gold.

None of these texts is copied from a published article or from the seeds; they
imitate the phrasing of provincial portals and papers (scores before the
province, enumerations, several years in one sentence, component lists, English
number conventions, headlines restating the body) and the traps the facts schema
names (targets, national averages, highest and lowest scores, ministries, DDCI,
non-task fractions, years in history, another province named as the subject).

The set is scored slot by slot with ``scrapers.extract.scoring`` and must meet
the judged targets: precision ≥ 0.95 and recall ≥ 0.85 on prose, F1 ≥ 0.9 on
ranking tables written as text. Every case must also keep precision on its own
(no case may emit a wrong slot): a wrong fact is what auditors notice.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.scoring import Score, score

pytestmark = pytest.mark.unit


def idx(province: str | None, index: str, year: int | None, component: str | None = None,
        **slots: Any) -> dict[str, Any]:
    return {"kind": "index_result", "province": province, "index": index, "year": year,
            "component": component, **slots}


def task(province: str | None, period: str | None, done: int, total: int) -> dict[str, Any]:
    return {"kind": "task_progress", "province": province, "period": period, "done": done, "total": total}


def dos(province: str | None, period: str | None, **slots: Any) -> dict[str, Any]:
    return {"kind": "dossier_stats", "province": province, "period": period, **slots}


def svc(province: str | None, period: str, **slots: Any) -> dict[str, Any]:
    """A monthly service-index result (Bộ chỉ số phục vụ người dân, doanh nghiệp): year and month."""
    return {**idx(province, SVC, int(period[:4]), **slots), "period": period}


def optional(fact: dict[str, Any]) -> dict[str, Any]:
    """A gold fact whose slots neither reward nor penalise (see ``scrapers.extract.scoring``)."""
    return {**fact, "optional": True}


def implied_rank_of(province: str, index: str, year: int, total: int, component: str | None = None) -> dict[str, Any]:
    """An optional ``rank_of`` slot: the total is implied by the article, not stated with the rank."""
    return optional(idx(province, index, year, component, rank_of=total))


@dataclass
class Case:
    name: str
    url: str | None
    published: dt.date
    text: str
    gold: list[dict[str, Any]] = field(default_factory=list)
    table: bool = False


PAR, SIPAS, PAPI, PCI, PGI, DTI, ICT, SVC = ("PAR_INDEX", "SIPAS", "PAPI", "PCI", "PGI", "DTI", "ICT_INDEX",
                                             "SERVICE_INDEX_766")
D24 = dt.date(2024, 5, 10)
D23 = dt.date(2023, 5, 10)

CASES: list[Case] = [
    # ---------------------------------------------------------------- prose: index results
    Case("percent score, rank change before rank", "https://ninhbinh.gov.vn/tin/1", D24,
         "Năm 2023, Chỉ số CCHC của tỉnh đạt 88,25%, tăng 3 bậc, xếp thứ 9/63 tỉnh, thành phố.",
         [idx("Ninh Bình", PAR, 2023, score=88.25, rank=9, rank_of=63, rank_change=3)]),
    Case("score before the province", "https://baobinhduong.vn/tin/2", D23,
         "Về Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm 2022, với 67,84 điểm, tỉnh Bình Dương xếp vị trí "
         "thứ 6 cả nước.",
         [idx("Bình Dương", PCI, 2022, score=67.84, rank=6)]),
    Case("leader and 'lần lượt' enumeration", "https://hatinh.gov.vn/tin/3", D23,
         "Theo kết quả Chỉ số CCHC năm 2022, Quảng Ninh dẫn đầu cả nước; Hải Phòng, Bắc Ninh, Đồng Tháp lần "
         "lượt xếp thứ 2, 3, 4.",
         [idx("Quảng Ninh", PAR, 2022, rank=1), idx("Hải Phòng", PAR, 2022, rank=2),
          idx("Bắc Ninh", PAR, 2022, rank=3), idx("Đồng Tháp", PAR, 2022, rank=4)]),
    Case("SIPAS with year right after the acronym", "https://hungyen.gov.vn/tin/4", D23,
         "Chỉ số SIPAS 2022 của tỉnh đạt 82,85%, đứng thứ 15.",
         [idx("Hưng Yên", SIPAS, 2022, score=82.85, rank=15)]),
    Case("PAPI headline-style with a quartile group", "https://laocai.gov.vn/tin/5", D24,
         "PAPI 2023: tỉnh đạt 42,6 điểm, thuộc nhóm cao nhất.",
         [idx("Lào Cai", PAPI, 2023, score=42.6)]),
    Case("PCI rank with 'giữ vững vị trí'", "https://vinhphuc.gov.vn/tin/6", D23,
         "Năm 2022, chỉ số PCI của tỉnh đạt 69,12 điểm, xếp thứ 7/63, giữ vững vị trí trong nhóm rất tốt.",
         [idx("Vĩnh Phúc", PCI, 2022, score=69.12, rank=7, rank_of=63)]),
    Case("DTI on a 0-1 scale", "https://dienbien.gov.vn/tin/7", D24,
         "Chỉ số DTI 2023 của tỉnh đạt 0,5893 điểm, xếp hạng 21/63, tăng 12 bậc so với năm 2022.",
         [idx("Điện Biên", DTI, 2023, score=0.5893, rank=21, rank_of=63, rank_change=12)]),
    Case("ICT Index rank only", "https://thainguyen.gov.vn/tin/8", dt.date(2021, 9, 1),
         "Theo công bố của Bộ Thông tin và Truyền thông, chỉ số ICT Index năm 2020 của tỉnh xếp thứ 12 toàn quốc.",
         [idx("Thái Nguyên", ICT, 2020, rank=12)]),
    Case("headline restating the body", "https://haugiang.gov.vn/tin/9", D23,
         "HẬU GIANG TĂNG 10 BẬC CHỈ SỐ PAPI\n"
         "Chỉ số PAPI năm 2022 của tỉnh Hậu Giang đạt 43,12 điểm, xếp hạng 20/63, tăng 10 bậc so với năm 2021.",
         [idx("Hậu Giang", PAPI, 2022, score=43.12, rank=20, rank_of=63, rank_change=10)]),
    Case("components with scores out of their maximum", "https://namdinh.gov.vn/tin/10", D24,
         "Chỉ số CCHC năm 2023 của tỉnh đạt 86,4 điểm, xếp thứ 18/63; trong đó: chỉ số thành phần Cải cách "
         "thủ tục hành chính đạt 12,5/14 điểm, xếp thứ 3; chỉ số thành phần Cải cách tài chính công đạt "
         "8,9/10 điểm, xếp thứ 25.",
         [idx("Nam Định", PAR, 2023, score=86.4, rank=18, rank_of=63),
          idx("Nam Định", PAR, 2023, "Cải cách thủ tục hành chính", score=12.5, rank=3),
          idx("Nam Định", PAR, 2023, "Cải cách tài chính công", score=8.9, rank=25)]),
    Case("several years in one sentence", "https://tayninh.gov.vn/tin/11", D24,
         "Chỉ số PCI của tỉnh liên tục cải thiện: năm 2021 xếp thứ 30, năm 2022 xếp thứ 18 và năm 2023 "
         "vươn lên thứ 10.",
         [idx("Tây Ninh", PCI, 2021, rank=30), idx("Tây Ninh", PCI, 2022, rank=18),
          idx("Tây Ninh", PCI, 2023, rank=10)]),
    Case("previous score in parentheses", "https://quangngai.gov.vn/tin/12", D24,
         "Chỉ số SIPAS năm 2023 của tỉnh đạt 84,12% (năm 2022 đạt 81,50%), xếp thứ 11/63.",
         [idx("Quảng Ngãi", SIPAS, 2023, score=84.12, prev_score=81.5, rank=11, rank_of=63)]),
    Case("named province, negative rank change", "https://baogialai.com.vn/tin/13", D23,
         "Năm 2022, chỉ số PAPI của tỉnh Gia Lai đạt 40,15 điểm, xếp thứ 52/63, giảm 5 bậc so với năm 2021.",
         [idx("Gia Lai", PAPI, 2022, score=40.15, rank=52, rank_of=63, rank_change=-5)]),
    Case("'tụt' rank change", "https://kontum.gov.vn/tin/14", D24,
         "Chỉ số PCI năm 2023 của Kon Tum xếp hạng 45, tụt 3 bậc so với năm trước.",
         [idx("Kon Tum", PCI, 2023, rank=45, rank_change=-3)]),
    Case("DTI pillars", "https://lamdong.gov.vn/tin/15", D23,
         "Năm 2022, Chỉ số chuyển đổi số (DTI) của tỉnh Lâm Đồng đạt 0,4713 điểm, xếp thứ 28/63; trong đó "
         "trụ cột Chính quyền số xếp thứ 17, trụ cột Kinh tế số xếp thứ 40.",
         [idx("Lâm Đồng", DTI, 2022, score=0.4713, rank=28, rank_of=63),
          idx("Lâm Đồng", DTI, 2022, "Chính quyền số", rank=17),
          idx("Lâm Đồng", DTI, 2022, "Kinh tế số", rank=40)]),
    Case("PGI", "https://ninhthuan.gov.vn/tin/16", D24,
         "Chỉ số Xanh cấp tỉnh (PGI) năm 2023 của tỉnh đạt 22,43 điểm, xếp thứ 8.",
         [idx("Ninh Thuận", PGI, 2023, score=22.43, rank=8)]),
    Case("central city named with 'thành phố'", "https://cantho.gov.vn/tin/17", D23,
         "Chỉ số CCHC năm 2022 của thành phố Cần Thơ đạt 87,09%, xếp hạng 14/63 tỉnh, thành phố.",
         [idx("Cần Thơ", PAR, 2022, score=87.09, rank=14, rank_of=63)]),
    Case("leader named after 'đứng đầu ... là'", "https://quangtri.gov.vn/tin/18", D24,
         "Đứng đầu bảng xếp hạng PAPI 2023 là tỉnh Quảng Trị với 45,8 điểm.",
         [idx("Quảng Trị", PAPI, 2023, rank=1, score=45.8)]),
    Case("from rank to rank", "https://phutho.gov.vn/tin/19", D24,
         "So với năm 2022, Chỉ số CCHC năm 2023 của tỉnh đã tăng từ vị trí thứ 35 lên vị trí thứ 22.",
         [idx("Phú Thọ", PAR, 2023, rank=22, prev_rank=35)]),
    Case("monthly service index", "https://bentre.gov.vn/tin/20", dt.date(2024, 4, 20),
         "Tháng 3/2024, Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh đạt 86,5 điểm, xếp thứ 10/63.",
         [idx("Bến Tre", SVC, 2024, score=86.5, rank=10, rank_of=63)]),
    Case("several indices after a year sentence", "https://travinh.gov.vn/tin/21", D24,
         "Năm 2023, tỉnh có 3 chỉ số tăng hạng. Cụ thể, Chỉ số PAR Index đạt 85,72 điểm, xếp thứ 32/63; "
         "Chỉ số SIPAS đạt 80,12%, xếp thứ 40/63.",
         [idx("Trà Vinh", PAR, 2023, score=85.72, rank=32, rank_of=63),
          idx("Trà Vinh", SIPAS, 2023, score=80.12, rank=40, rank_of=63)]),
    Case("score change and 'cả nước'", "https://dongthap.gov.vn/tin/22", D24,
         "Chỉ số PCI năm 2023 của tỉnh Đồng Tháp đạt 68,42 điểm, tăng 2,15 điểm so với năm 2022, xếp thứ 3 "
         "cả nước.",
         [idx("Đồng Tháp", PCI, 2023, score=68.42, score_change=2.15, rank=3)]),
    Case("text without diacritics", "https://baohoabinh.com.vn/tin/23", D24,
         "Chi so CCHC nam 2023 cua tinh dat 84,5 diem, xep thu 25/63.",
         [idx("Hòa Bình", PAR, 2023, score=84.5, rank=25, rank_of=63)]),
    Case("'chỉ sau' another province", "https://haiphong.gov.vn/tin/24", D23,
         "Chỉ số PCI năm 2022 của thành phố Hải Phòng đạt 72,1 điểm, đứng thứ 2 cả nước, chỉ sau Quảng Ninh.",
         [idx("Hải Phòng", PCI, 2022, score=72.1, rank=2)]),
    Case("national average next to the province's score", "https://camau.gov.vn/tin/25", D23,
         "Điểm trung bình DTI cấp tỉnh năm 2022 là 0,4428; tỉnh Cà Mau đạt 0,4532 điểm, xếp thứ 24.",
         [idx("Cà Mau", DTI, 2022, score=0.4532, rank=24)]),
    Case("another province named on the host's site", "https://baobacgiang.vn/tin/26", D24,
         "Tại hội nghị công bố Chỉ số CCHC năm 2023, Quảng Ninh dẫn đầu với 91,2 điểm; tỉnh Bắc Giang xếp "
         "thứ 11 với 88,05 điểm.",
         [idx("Quảng Ninh", PAR, 2023, rank=1, score=91.2), idx("Bắc Giang", PAR, 2023, rank=11, score=88.05)]),
    Case("years in history", "https://baoquangninh.vn/tin/27", D24,
         "PCI 2023 đánh dấu năm thứ 7 liên tiếp tỉnh Quảng Ninh dẫn đầu bảng xếp hạng; kể từ năm 2017, tỉnh "
         "luôn giữ vị trí số 1.",
         [idx("Quảng Ninh", PCI, 2023, rank=1)]),
    Case("rank with a leading zero", "https://yenbai.gov.vn/tin/28", D24,
         "Năm 2023, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước "
         "(SIPAS) của tỉnh đạt 86,01%, xếp hạng 05/63, tăng 04 bậc.",
         [idx("Yên Bái", SIPAS, 2023, score=86.01, rank=5, rank_of=63, rank_change=4)]),
    # ---------------------------------------------------------------- prose: tasks
    Case("tasks with a share in parentheses", "https://soctrang.gov.vn/tin/30", D24,
         "Năm 2023, tỉnh đã hoàn thành 45/48 nhiệm vụ theo Kế hoạch CCHC (đạt 93,75%).",
         [task("Sóc Trăng", "2023", 45, 48)]),
    Case("tasks with the plan's year after them", "https://phuyen.gov.vn/tin/31", dt.date(2024, 10, 5),
         "Tính đến ngày 30/9/2024, tỉnh đã triển khai 28/30 nhiệm vụ theo kế hoạch CCHC năm 2024.",
         [task("Phú Yên", "2024", 28, 30)]),
    Case("tasks as 'N trên tổng số M'", "https://kiengiang.gov.vn/tin/32", dt.date(2024, 10, 5),
         "Trong 9 tháng đầu năm 2024, tỉnh đã hoàn thành 40 trên tổng số 52 nhiệm vụ của Kế hoạch CCHC.",
         [task("Kiên Giang", "2024-09M", 40, 52)]),
    # ---------------------------------------------------------------- prose: dossiers
    Case("received and resolved, combined share", "https://bacgiang.gov.vn/tin/40", D24,
         "Năm 2023, toàn tỉnh tiếp nhận 125.430 hồ sơ, đã giải quyết 120.112 hồ sơ, trong đó trước và đúng "
         "hạn đạt 98,7%.",
         [dos("Bắc Giang", "2023", received=125430, resolved=120112)]),
    Case("online share", "https://angiang.gov.vn/tin/41", dt.date(2024, 7, 10),
         "Trong 6 tháng đầu năm 2024, tỷ lệ hồ sơ trực tuyến toàn trình đạt 62,3%.",
         [dos("An Giang", "2024-06H1", online_pct=62.3)]),
    Case("late dossiers with a share", "https://quangbinh.gov.vn/tin/42", D24,
         "Trong quý I/2024, số hồ sơ trễ hạn là 1.024 hồ sơ (chiếm 0,85%).",
         [dos("Quảng Bình", "2024-Q1", late_pct=0.85)]),
    Case("English number convention", "https://thanhhoa.gov.vn/tin/43", dt.date(2023, 10, 20),
         "9 tháng đầu năm 2023, toàn tỉnh tiếp nhận 125,430 hồ sơ, giải quyết "
         "118,204 hồ sơ; tỷ lệ giải quyết đúng hạn đạt 97.5%.",
         [dos("Thanh Hóa", "2023-09M", received=125430, resolved=118204, on_time_pct=97.5)]),
    Case("counts with shares in parentheses", "https://nghean.gov.vn/tin/44", dt.date(2024, 11, 10),
         "Trong tháng 10/2024, toàn tỉnh tiếp nhận 45.210 hồ sơ; đã giải quyết 43.870 hồ sơ, trong đó trước "
         "hạn 30.112 hồ sơ (đạt 68,6%), đúng hạn 13.101 hồ sơ (đạt 29,9%), quá hạn 657 hồ sơ (chiếm 1,5%).",
         [dos("Nghệ An", "2024-10", received=45210, resolved=43870, early_pct=68.6, on_time_pct=29.9,
              late_pct=1.5)]),
    Case("online received out of total", "https://binhphuoc.gov.vn/tin/45", D24,
         "Năm 2023, tỉnh tiếp nhận 312.450 hồ sơ trực tuyến trên tổng số 520.300 hồ sơ, đạt tỷ lệ 60,05%.",
         [dos("Bình Phước", "2023", online=312450, online_total=520300, online_pct=60.05)]),
    # ---------------------------------------------------------------- negatives: nothing to emit
    Case("targets", "https://longan.gov.vn/tin/50", D24,
         "Phấn đấu năm 2024 Chỉ số CCHC của tỉnh đạt trên 90%, xếp trong nhóm 20 tỉnh dẫn đầu cả nước.", []),
    Case("a goal for a ranking", "https://binhthuan.gov.vn/tin/51", D24,
         "Mục tiêu đến năm 2025, Chỉ số PCI của tỉnh xếp trong nhóm 20 tỉnh, thành phố dẫn đầu.", []),
    Case("national average, highest, lowest", "https://hanam.gov.vn/tin/52", D24,
         "Chỉ số CCHC năm 2023 trung bình cả nước đạt 85,12%; điểm cao nhất là 91,2%, thấp nhất là 76,5%.", []),
    Case("ministries", "https://tuyenquang.gov.vn/tin/53", D24,
         "Đối với khối bộ, ngành, Bộ Tư pháp dẫn đầu Chỉ số CCHC năm 2023 với 91,5 điểm; Ngân hàng Nhà nước "
         "Việt Nam xếp thứ 2.", []),
    Case("DDCI of departments and districts", "https://tayninh.gov.vn/tin/54", D24,
         "Kết quả Chỉ số DDCI năm 2023, Sở Tư pháp dẫn đầu khối sở, ngành với 85,3 điểm; huyện Tân Châu dẫn "
         "đầu khối huyện với 80,1 điểm.", []),
    Case("a hospital's rank after an index sentence", "https://bentre.gov.vn/tin/55", D24,
         "Chỉ số CCHC năm 2023 của tỉnh tăng 2 bậc. Bệnh viện Nguyễn Đình Chiểu xếp thứ 5 về chất lượng "
         "bệnh viện năm 2023.",
         [idx("Bến Tre", PAR, 2023, rank_change=2)]),
    Case("fractions that are not tasks", "https://vinhlong.gov.vn/tin/56", D24,
         "Toàn tỉnh có 107/107 xã đạt chuẩn nông thôn mới; 20/20 sở, ngành đã ban hành kế hoạch CCHC năm "
         "2024; Sở Nội vụ đã số hóa 4.561/5.650 hồ sơ cán bộ.", []),
    Case("a plan's tasks", "https://daknong.gov.vn/tin/57", D24,
         "Kế hoạch CCHC năm 2024 của tỉnh gồm 52 nhiệm vụ, phấn đấu hoàn thành 100% nhiệm vụ đúng tiến độ.", []),
    Case("a target for tasks and dossiers", "https://baclieu.gov.vn/tin/58", D24,
         "Năm 2024, tỉnh phấn đấu hoàn thành 48/48 nhiệm vụ CCHC, tỷ lệ hồ sơ trực tuyến toàn trình đạt "
         "trên 80%.", []),
    # ---------------------------------------------------------------- more prose phrasing
    Case("index named in the previous sentence", "https://baoangiang.com.vn/tin/60", D24,
         "Ngày 17/4, Bộ Nội vụ công bố Chỉ số CCHC năm 2023 của các tỉnh, thành phố. Theo đó, tỉnh đạt "
         "87,5 điểm, xếp thứ 16/63.",
         [idx("An Giang", PAR, 2023, score=87.5, rank=16, rank_of=63)]),
    Case("previous rank in parentheses", "https://sonla.gov.vn/tin/61", D24,
         "Chỉ số PAPI năm 2023 của tỉnh xếp thứ 61/63, giảm 2 bậc so với năm 2022 (xếp thứ 59).",
         [idx("Sơn La", PAPI, 2023, rank=61, rank_of=63, rank_change=-2, prev_rank=59)]),
    Case("PCI 2023 top 30 only", "https://longan.gov.vn/tin/62", D24,
         "Chỉ số PCI 2023 của tỉnh Long An đạt 68,45 điểm, xếp thứ 5/30 địa phương được công bố.",
         [idx("Long An", PCI, 2023, score=68.45, rank=5, rank_of=30)]),
    Case("leader on the host's own site", "https://quangninh.gov.vn/tin/63", D24,
         "Chỉ số CCHC năm 2023 của tỉnh đạt 91,26%, tiếp tục đứng đầu cả nước.",
         [idx("Quảng Ninh", PAR, 2023, score=91.26, rank=1)]),
    Case("leader then 'tiếp theo là'", None, D24,
         "Trong bảng xếp hạng DTI năm 2023, Bình Định đứng đầu với 0,6611 điểm, tiếp theo là Cần Thơ và Lào Cai.",
         [idx("Bình Định", DTI, 2023, rank=1, score=0.6611), idx("Cần Thơ", DTI, 2023, rank=2),
          idx("Lào Cai", DTI, 2023, rank=3)]),
    Case("several provinces' scores in one sentence", "https://quangbinh.gov.vn/tin/65", D24,
         "Năm 2023, Chỉ số PAPI của Quảng Trị đạt 45,1 điểm, Quảng Bình đạt 44,2 điểm và Thừa Thiên Huế đạt "
         "43,9 điểm.",
         [idx("Quảng Trị", PAPI, 2023, score=45.1), idx("Quảng Bình", PAPI, 2023, score=44.2),
          idx("Thừa Thiên Huế", PAPI, 2023, score=43.9)]),
    Case("changes in parentheses", "https://baothaibinh.com.vn/tin/66", D24,
         "Kết quả Chỉ số PCI năm 2023: tỉnh đạt 66,87 điểm (tăng 1,5 điểm), xếp thứ 19/63 (tăng 8 bậc).",
         [idx("Thái Bình", PCI, 2023, score=66.87, score_change=1.5, rank=19, rank_of=63, rank_change=8)]),
    Case("PAPI out of 80 with a change", "https://hagiang.gov.vn/tin/67", D24,
         "Chỉ số PAPI năm 2023 của tỉnh đạt 42,83/80 điểm, tăng 0,52 điểm so với năm 2022.",
         [idx("Hà Giang", PAPI, 2023, score=42.83, score_change=0.52)]),
    Case("rank stated before the index", "https://binhdinh.gov.vn/tin/68", D24,
         "Năm 2023, tỉnh xếp thứ 3/63 tỉnh, thành phố về Chỉ số DTI với 0,6102 điểm.",
         [idx("Bình Định", DTI, 2023, rank=3, rank_of=63, score=0.6102)]),
    Case("national and regional ranks together", "https://tiengiang.gov.vn/tin/69", D24,
         "Chỉ số PCI năm 2023 của tỉnh xếp thứ 15/63, đứng thứ 4 khu vực Đồng bằng sông Cửu Long.",
         [idx("Tiền Giang", PCI, 2023, rank=15, rank_of=63)]),
    Case("tasks done, then others in progress", "https://travinh.gov.vn/tin/70", dt.date(2024, 1, 10),
         "Kết quả thực hiện Kế hoạch CCHC năm 2023: có 46/50 nhiệm vụ đã hoàn thành, 4 nhiệm vụ đang triển khai.",
         [task("Trà Vinh", "2023", 46, 50)]),
    Case("received total stated last", "https://daklak.gov.vn/tin/71", dt.date(2024, 1, 10),
         "Năm 2023, tổng số hồ sơ tiếp nhận là 98.765 hồ sơ; đã giải quyết 97.001 hồ sơ, đang giải quyết "
         "1.520 hồ sơ.",
         [dos("Đắk Lắk", "2023", received=98765, resolved=97001)]),
    Case("received in thousands", "https://laichau.gov.vn/tin/72", dt.date(2024, 7, 10),
         "6 tháng đầu năm 2024, Trung tâm Phục vụ hành chính công tỉnh tiếp nhận 10,18 ngàn hồ sơ.",
         [dos("Lai Châu", "2024-06H1", received=10180)]),
    Case("departments' PAR Index", "https://tiengiang.gov.vn/tin/73", D24,
         "Chỉ số CCHC năm 2023 của các sở, ngành: Sở Tư pháp đạt 92,1 điểm, xếp thứ 1; Sở Nội vụ xếp thứ 2.", []),
    Case("an announcement with no figure", "https://hanam.gov.vn/tin/74", D24,
         "Hội nghị công bố Chỉ số CCHC năm 2023 được tổ chức ngày 17/4/2024 với sự tham gia của 63 tỉnh, "
         "thành phố.", []),
    Case("an expected score", "https://bacninh.gov.vn/tin/75", D24,
         "Chỉ số CCHC năm 2024 của tỉnh dự kiến đạt khoảng 88 điểm, xếp trong nhóm 10 tỉnh dẫn đầu.", []),
    Case("one of the leading provinces", "https://baoquangninh.vn/tin/76", D24,
         "Năm 2023, tỉnh là một trong 5 địa phương dẫn đầu Chỉ số SIPAS; PCI của tỉnh nằm trong top 10.", []),
    Case("procedures, not dossiers", "https://caobang.gov.vn/tin/77", D24,
         "Năm 2023, tỉnh có 1.850 thủ tục hành chính, trong đó 1.202 thủ tục được cung cấp trực tuyến toàn "
         "trình, đạt 65%.", []),
    # ---------------------------------------------------------------- second batch, written after the first fixes
    Case("province first, index after the figures", "https://baovinhlong.vn/tin/80", D24,
         "Tỉnh Vĩnh Long đạt 86,12 điểm, xếp thứ 20/63 về Chỉ số CCHC năm 2023.",
         [idx("Vĩnh Long", PAR, 2023, score=86.12, rank=20, rank_of=63)]),
    Case("previous rank as 'xếp hạng' in parentheses", "https://bacninh.gov.vn/tin/81", D24,
         "Chỉ số PCI của Bắc Ninh năm 2023 đạt 67,5 điểm, xếp hạng 13, giảm 7 bậc so với năm 2022 (xếp hạng 6).",
         [idx("Bắc Ninh", PCI, 2023, score=67.5, rank=13, rank_change=-7, prev_rank=6)]),
    Case("two indices, the second in its own clause", "https://hatinh.gov.vn/tin/82", D23,
         "Năm 2022, tỉnh Hà Tĩnh xếp thứ 26/63 về Chỉ số SIPAS với 80,2%; Chỉ số PAPI đạt 43,4 điểm, xếp thứ 14.",
         [idx("Hà Tĩnh", SIPAS, 2022, rank=26, rank_of=63, score=80.2),
          idx("Hà Tĩnh", PAPI, 2022, score=43.4, rank=14)]),
    Case("bare DTI score, 'chỉ sau'", "https://thuathienhue.gov.vn/tin/83", D23,
         "Chỉ số DTI năm 2022 của Thừa Thiên Huế đạt 0,5825, đứng thứ 2 toàn quốc, chỉ sau Đà Nẵng.",
         [idx("Thừa Thiên Huế", DTI, 2022, score=0.5825, rank=2)]),
    Case("'với tổng điểm' before the index", "https://langson.gov.vn/tin/84", D24,
         "Với tổng điểm 89,71%, Chỉ số CCHC năm 2023 của tỉnh Lạng Sơn xếp thứ 8/63.",
         [idx("Lạng Sơn", PAR, 2023, score=89.71, rank=8, rank_of=63)]),
    Case("change and rank before 'về <index>'", "https://binhduong.gov.vn/tin/85", D24,
         "Bình Dương giảm 2 bậc, xếp thứ 8 về Chỉ số PCI 2023.",
         [idx("Bình Dương", PCI, 2023, rank_change=-2, rank=8)]),
    Case("change stated before the index", "https://thaibinh.gov.vn/tin/86", D24,
         "Tăng 14 bậc so với năm 2022, Chỉ số CCHC năm 2023 của tỉnh xếp thứ 21/63.",
         [idx("Thái Bình", PAR, 2023, rank_change=14, rank=21, rank_of=63)]),
    Case("rank out of a total written in words", "https://kiengiang.gov.vn/tin/87", D24,
         "Theo công bố, Chỉ số hài lòng (SIPAS) năm 2023 của tỉnh Kiên Giang đạt 83,65%, xếp vị trí 31/63; Chỉ "
         "số CCHC đạt 85,11 điểm, xếp thứ 35 trong tổng số 63 tỉnh, thành phố.",
         [idx("Kiên Giang", SIPAS, 2023, score=83.65, rank=31, rank_of=63),
          idx("Kiên Giang", PAR, 2023, score=85.11, rank=35, rank_of=63)]),
    Case("below the national average", "https://soctrang.gov.vn/tin/88", D24,
         "Chỉ số CCHC năm 2023 của tỉnh đạt 82,1 điểm, thấp hơn mức trung bình cả nước 3,2 điểm.",
         [idx("Sóc Trăng", PAR, 2023, score=82.1)]),
    Case("resolved total 'là'", "https://kontum.gov.vn/tin/89", dt.date(2023, 10, 10),
         "Trong quý III/2023, tổng số hồ sơ đã giải quyết là 56.789 hồ sơ, tỷ lệ giải quyết trước hạn đạt 75,3%.",
         [dos("Kon Tum", "2023-Q3", resolved=56789, early_pct=75.3)]),
    Case("tasks with a share", "https://thanhhoa.gov.vn/tin/90", dt.date(2024, 1, 5),
         "Năm 2023, tỉnh đã hoàn thành 37/42 nhiệm vụ CCHC (đạt 88%), 5 nhiệm vụ đang thực hiện.",
         [task("Thanh Hóa", "2023", 37, 42)]),
    Case("ministries' tasks", "https://hanoi.gov.vn/tin/91", D24,
         "Năm 2023, cả nước có 15/22 bộ, ngành hoàn thành 100% nhiệm vụ CCHC; các bộ hoàn thành 410/450 nhiệm vụ.",
         []),
    Case("a district's PAR Index", "https://tiengiang.gov.vn/tin/92", D24,
         "Năm 2023, Chỉ số CCHC của huyện Cái Bè đạt 90,5 điểm, xếp thứ 1/11 huyện, thị xã, thành phố.", []),
    Case("sub-indices counted", "https://daknong.gov.vn/tin/93", D24,
         "Chỉ số PAPI năm 2023 của tỉnh giảm điểm ở 2/8 chỉ số nội dung, tăng ở 6/8 chỉ số.", []),
    Case("targets for two indices", "https://thanhhoa.gov.vn/tin/94", D24,
         "Thanh Hóa phấn đấu đến năm 2025 Chỉ số PCI thuộc nhóm 30 tỉnh dẫn đầu, Chỉ số CCHC đạt trên 88%.", []),
    Case("tab-separated table", None, D24,
         "Xếp hạng Chỉ số PCI năm 2023\nXếp hạng\tTỉnh\tĐiểm\n1\tHải Phòng\t73,42\n2\tLong An\t72,07\n"
         "3\tQuảng Ninh\t71,35\n",
         [idx("Hải Phòng", PCI, 2023, rank=1, score=73.42), idx("Long An", PCI, 2023, rank=2, score=72.07),
          idx("Quảng Ninh", PCI, 2023, rank=3, score=71.35)], table=True),
    Case("space-aligned table with an en dash", None, D24,
         "Top 4 Chỉ số SIPAS năm 2023:\n1   Quảng Ninh   88,12%\n2   Bà Rịa – Vũng Tàu   87,65%\n"
         "3   Hải Phòng   87,30%\n4   Đà Nẵng   86,91%\n",
         [idx("Quảng Ninh", SIPAS, 2023, rank=1, score=88.12), idx("Bà Rịa - Vũng Tàu", SIPAS, 2023, rank=2, score=87.65),
          idx("Hải Phòng", SIPAS, 2023, rank=3, score=87.3), idx("Đà Nẵng", SIPAS, 2023, rank=4, score=86.91)],
         table=True),
    # ---------------------------------------------------------------- ranking tables written as text
    Case("numbered list with colons", None, D24,
         "Bảng xếp hạng Chỉ số PAPI năm 2023 (các tỉnh đứng đầu):\n"
         "1. Quảng Ninh: 47,01 điểm\n2. Hải Phòng: 45,88 điểm\n3. Bà Rịa - Vũng Tàu: 45,70 điểm\n"
         "4. Bình Định: 45,12 điểm\n",
         [idx("Quảng Ninh", PAPI, 2023, rank=1, score=47.01), idx("Hải Phòng", PAPI, 2023, rank=2, score=45.88),
          idx("Bà Rịa - Vũng Tàu", PAPI, 2023, rank=3, score=45.7), idx("Bình Định", PAPI, 2023, rank=4, score=45.12)],
         table=True),
    Case("pipe table with header", None, D23,
         "Kết quả Chỉ số DTI cấp tỉnh năm 2022\nSTT | Tỉnh, thành phố | Điểm | Xếp hạng\n"
         "1 | Đà Nẵng | 0,6343 | 1\n2 | Thừa Thiên Huế | 0,5825 | 2\n3 | Quảng Ninh | 0,5664 | 3\n"
         "4 | Bắc Ninh | 0,5502 | 4\n",
         [idx("Đà Nẵng", DTI, 2022, rank=1, score=0.6343), idx("Thừa Thiên Huế", DTI, 2022, rank=2, score=0.5825),
          idx("Quảng Ninh", DTI, 2022, rank=3, score=0.5664), idx("Bắc Ninh", DTI, 2022, rank=4, score=0.5502)],
         table=True),
    Case("table with this and last year's ranks", None, D24,
         "Chỉ số CCHC năm 2023 của một số địa phương:\n"
         "Tỉnh | Điểm 2023 | Xếp hạng 2023 | Xếp hạng 2022\n"
         "Hải Dương | 89,14 | 6 | 9\nThái Bình | 88,60 | 8 | 12\nHưng Yên | 87,02 | 15 | 14\n",
         [idx("Hải Dương", PAR, 2023, score=89.14, rank=6, prev_rank=9),
          idx("Thái Bình", PAR, 2023, score=88.6, rank=8, prev_rank=12),
          idx("Hưng Yên", PAR, 2023, score=87.02, rank=15, prev_rank=14)],
         table=True),
]


def _run(case: Case) -> list[dict[str, Any]]:
    return extract_facts(case.text, url=case.url, published=case.published)


def _total(table: bool) -> Score:
    total = Score()
    for case in CASES:
        if case.table == table:
            total = total + score(case.gold, _run(case))
    return total


def report() -> str:
    lines = []
    for case in CASES:
        s = score(case.gold, _run(case))
        if s.fp or s.fn:
            lines.append(f"- {case.name}: {s.summary()}\n    FP {s.false_positives}\n    FN {s.false_negatives}")
    return "\n".join(lines)


def test_heldout_set_is_large_enough() -> None:
    assert len(CASES) >= 40
    assert sum(1 for c in CASES if not c.gold) >= 8


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_evidence_is_an_exact_substring(case: Case) -> None:
    for fact in _run(case):
        assert fact["evidence"] and fact["evidence"] in case.text


@pytest.mark.parametrize("case", [c for c in CASES if not c.gold], ids=[c.name for c in CASES if not c.gold])
def test_negative_cases_emit_nothing(case: Case) -> None:
    assert _run(case) == []


def test_heldout_prose_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    total = _total(table=False)
    with capsys.disabled():
        print(f"\nheld-out prose: {total.summary()}")
    assert total.precision >= 0.95, report()
    assert total.recall >= 0.85, report()


def test_heldout_tables_meet_the_target(capsys: pytest.CaptureFixture[str]) -> None:
    total = _total(table=True)
    with capsys.disabled():
        print(f"\nheld-out tables: {total.summary()}")
    assert total.f1 >= 0.9, report()


if __name__ == "__main__":  # pragma: no cover - a diagnostic for developers
    print("prose:", _total(False).summary())
    print("tables:", _total(True).summary())
    print(report())
