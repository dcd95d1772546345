"""Only articles about administrative reform are kept."""
from __future__ import annotations

import pytest

from scrapers.relevance import judge

pytestmark = pytest.mark.unit


def test_reform_articles_are_relevant(seeds_dir):
    for f in sorted(seeds_dir.glob("*.txt")):
        assert judge("", f.read_text(encoding="utf-8")).relevant, f.name


def test_a_reform_term_in_the_title_suffices():
    assert judge("Phiên họp Ban Chỉ đạo CCHC", "Nội dung ngắn.").relevant


@pytest.mark.parametrize("title, body", [
    ("Khuyến cáo người dân chủ động phòng, chống nắng nóng",
     "Cơ quan chuyên môn khuyến cáo người dân hạn chế ra ngoài vào buổi trưa."),
    ("Sôi nổi phong trào thể dục thể thao trong cán bộ, công chức",
     "Các cơ quan, đơn vị tổ chức giao lưu bóng chuyền, cầu lông, kéo co."),
    ("Giải bóng đá", "Đội tuyển tỉnh thi đấu với đội PCIX và DTIZ."),  # acronyms need word boundaries
])
def test_non_reform_articles_are_skipped(title, body):
    verdict = judge(title, body)
    assert not verdict.relevant and verdict.reason == "no reform terms"


def test_one_passing_mention_in_the_body_is_not_enough():
    assert not judge("Lễ hội văn hóa", "Người dân có thể tra cứu lịch trên cổng dịch vụ công.").relevant
