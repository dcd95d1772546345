"""PDF annexes: the PAR Index-style test annex (with and without diacritics)."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.official import parse_document
from scrapers.official.pdf_tables import read_pdf_tables

pytestmark = pytest.mark.unit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "official"
PAR_AREAS = {
    "Công tác chỉ đạo, điều hành CCHC", "Cải cách thể chế", "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính", "Cải cách chế độ công vụ", "Cải cách tài chính công",
    "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    "Tác động của CCHC đến người dân, tổ chức và phát triển KT-XH",
}


def _parse(name: str):
    body = (FIXTURES / name).read_bytes()
    return parse_document(url=f"https://fixtures.invalid/official/{name}", body=body, content_type="application/pdf",
                          publisher="test", index_code="PAR_INDEX", year=2022, is_test_data=True)


@pytest.fixture(scope="module", params=["par_index_2022_annex.pdf", "par_index_2022_annex_ascii.pdf"])
def annex(request):
    return _parse(request.param)


def test_merged_pdf_header_is_expanded():
    tables, text = read_pdf_tables((FIXTURES / "par_index_2022_annex.pdf").read_bytes())
    [t] = tables  # the continuation on page 2 is joined to the table of page 1
    cols = t.columns
    assert cols[0] == ("STT",) and cols[1] == ("Tỉnh/thành phố",)
    assert cols[2] == ("Điểm các lĩnh vực cải cách hành chính", "Công tác chỉ đạo, điều hành CCHC")
    assert cols[-2:] == [("Tổng điểm",), ("Xếp hạng",)]
    assert "DỮ LIỆU KIỂM THỬ" in text


def test_annex_rows_components_and_locators(annex):
    assert not annex.rejected and not annex.skipped_rows
    assert {r.component for r in annex.rows} == PAR_AREAS | {None}
    comp = {r.province: r for r in annex.rows if r.component is None}
    assert len(comp) == 62 and "Bạc Liêu" not in comp  # the missing row
    assert {r.rank_of for r in comp.values()} == {63}
    pages = {r.locator.split(",")[0] for r in comp.values()}
    assert pages == {"page 1", "page 2"}
    assert all(r.locator.startswith(("page 1, table 1, row ", "page 2, table 1, row ")) for r in comp.values())


def test_annex_stt_is_not_the_rank(annex):
    comp = [r for r in annex.rows if r.component is None]
    first = next(r for r in comp if r.locator == "page 1, table 1, row 1")
    assert first.province == "Hà Giang" and first.rank != 1  # STT 1, ranked elsewhere
    assert sorted(r.rank for r in comp)[0] == 1


def test_annex_vietnamese_decimals_and_totals(annex):
    by = {}
    for r in annex.rows:
        by.setdefault(r.province, {})[r.component] = r.score
    for parts in by.values():
        total = parts.pop(None)
        assert 0 < total <= 100
        assert sum(parts.values()) == pytest.approx(total, abs=0.05)  # invented areas add up


def test_annex_shared_rank_and_variants(annex):
    comp = {r.province: r for r in annex.rows if r.component is None}
    ranks = sorted(r.rank for r in comp.values())
    assert ranks.count(3) == 2 and 4 not in ranks
    assert {"Hồ Chí Minh", "Thừa Thiên Huế", "Đắk Lắk", "Hòa Bình", "Bà Rịa - Vũng Tàu"} <= set(comp)


def test_broken_pdf_is_refused_not_crashed():
    doc = parse_document(url="https://fixtures.invalid/broken.pdf", body=b"%PDF-1.4 not really", content_type=None,
                         publisher="test", index_code="PAR_INDEX", year=2022)
    assert doc.rows == [] and doc.rejected[0].reason.startswith("unreadable PDF")
