"""HTML ranking tables: merged header cells, the DTI-style test page, layout tables."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.official import parse_document
from scrapers.official.html_tables import read_html_tables

pytestmark = pytest.mark.unit

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "official"
URL = "https://fixtures.invalid/official/dti_2022_ranking.html"


@pytest.fixture(scope="module")
def dti():
    body = (FIXTURES / "dti_2022_ranking.html").read_bytes()
    return parse_document(url=URL, body=body, content_type="text/html; charset=utf-8", publisher="test",
                          index_code="DTI", year=2022, is_test_data=True)


def test_merged_header_cells_become_multi_level_columns():
    html = """<table>
      <tr><th rowspan="2">Xếp hạng</th><th rowspan="2">Tỉnh/thành phố</th><th colspan="2">Chỉ số DTI</th></tr>
      <tr><th>Kinh tế số</th><th>Tổng</th></tr>
      <tr><td>1</td><td>Hà Nội</td><td>0.8</td><td>0.7</td></tr>
    </table>"""
    [t] = read_html_tables(html)
    assert t.columns == [("Xếp hạng",), ("Tỉnh/thành phố",), ("Chỉ số DTI", "Kinh tế số"), ("Chỉ số DTI", "Tổng")]
    assert [r.cells for r in t.rows] == [("1", "Hà Nội", "0.8", "0.7")]


def test_rowspan_in_the_body_is_repeated_down():
    html = """<table><tr><td>Xếp hạng</td><td>Tỉnh</td><td>Điểm</td></tr>
      <tr><td rowspan="2">2</td><td>Hà Nội</td><td>90</td></tr>
      <tr><td>Hải Phòng</td><td>90</td></tr></table>"""
    [t] = read_html_tables(html)
    assert t.columns == [("Xếp hạng",), ("Tỉnh",), ("Điểm",)]
    assert [r.cells for r in t.rows] == [("2", "Hà Nội", "90"), ("2", "Hải Phòng", "90")]


def test_nested_layout_table_text_stays_in_the_inner_table():
    html = """<table><tr><td>Trang chủ</td><td>Tin tức</td></tr><tr><td>menu</td><td>
      <table><tr><th>Hạng</th><th>Địa phương</th><th>Điểm</th></tr>
             <tr><td>1</td><td>Hà Nội</td><td>90</td></tr></table>
    </td></tr></table>"""
    outer, inner = read_html_tables(html)
    assert "Hà Nội" not in " ".join(c for r in outer.rows for c in r.cells) + " ".join(outer.column_labels())
    assert inner.locator == "table#2" and inner.rows[0].cells == ("1", "Hà Nội", "90")


def test_dti_page_reads_the_ranking_table_only(dti):
    # the one-row menu table is not read; the footer table is read and skipped as no ranking
    assert dti.tables_read == 2 and dti.tables_parsed == ["table#2"]
    assert not dti.rejected and not dti.skipped_rows


def test_dti_page_components_and_composite(dti):
    comps = {r.component for r in dti.rows}
    assert comps == {None, "Chính quyền số", "Kinh tế số", "Xã hội số"}
    assert all(0 < r.score < 1 for r in dti.rows)  # English decimals "0.8002"
    assert all(r.index_code == "DTI" and r.is_test_data for r in dti.rows)


def test_dti_page_shared_ranks(dti):
    ranks = sorted(r.rank for r in dti.rows if r.component is None)
    assert ranks.count(5) == 2 and 6 not in ranks  # "5" printed twice
    assert ranks.count(12) == 2 and 13 not in ranks  # "12=" then a blank cell


def test_dti_page_name_variants_missing_row_and_average(dti):
    comp = {r.province: r for r in dti.rows if r.component is None}
    assert len(comp) == 62 and "Lai Châu" not in comp  # missing row: absent, not invented
    assert comp["Hồ Chí Minh"].province_printed == "TP. Hồ Chí Minh"
    assert comp["Thừa Thiên Huế"].province_printed == "Thừa Thiên - Huế"
    assert comp["Đắk Lắk"].province_printed == "Đăk Lăk"
    assert comp["Khánh Hòa"].province_printed == "Khánh Hoà"
    assert {r.rank_of for r in comp.values()} == {63}
    assert all(r.locator.startswith("table#2, row ") for r in comp.values())


def test_test_data_marker_forces_the_flag():
    body = (FIXTURES / "dti_2022_ranking.html").read_bytes()
    doc = parse_document(url=URL, body=body, content_type="text/html", publisher="test", index_code="DTI",
                         year=2022, is_test_data=False)
    assert doc.is_test_data and all(r.is_test_data for r in doc.rows)


def test_malformed_page_is_refused_with_its_reason():
    body = (FIXTURES / "malformed_ranking.html").read_bytes()
    doc = parse_document(url="https://fixtures.invalid/official/malformed_ranking.html", body=body,
                         content_type="text/html", publisher="test", index_code="PAR_INDEX", year=2022)
    assert doc.rows == []
    [rej] = doc.rejected
    assert rej.locator == "table#1"
    assert "duplicate province rows: 'Hà Nội'" in rej.reason
    assert rej.sample["columns"] == ["Xếp hạng", "Tỉnh/thành phố", "Tổng điểm"]


def test_page_without_any_ranking_table_is_refused():
    body = "<html><body><table><tr><td>Liên hệ</td><td>test.invalid</td></tr><tr><td>Điện thoại</td><td>000</td></tr></table></body></html>".encode()
    doc = parse_document(url="https://fixtures.invalid/x.html", body=body, content_type="text/html",
                         publisher="test", index_code="PCI", year=2022)
    assert [r.reason for r in doc.rejected] == ["no ranking table found (1 table(s) read)"]


def test_fixture_builder_is_deterministic_and_fixtures_are_current(tmp_path):
    import runpy
    import sys

    script = Path(__file__).resolve().parents[2] / "scripts" / "build_official_fixtures.py"
    argv = sys.argv
    sys.argv = [str(script), "--out", str(tmp_path)]
    try:
        with pytest.raises(SystemExit) as done:
            runpy.run_path(str(script), run_name="__main__")
        assert done.value.code == 0
    finally:
        sys.argv = argv
    for name in ("dti_2022_ranking.html", "malformed_ranking.html", "par_index_2022_annex_ascii.pdf"):
        assert (tmp_path / name).read_bytes() == (FIXTURES / name).read_bytes(), f"{name} is stale: rebuild it"


def test_cli_dry_run_prints_jsonl(capsys):
    import json

    from scrapers.cli import main

    rc = main(["official", str(FIXTURES / "dti_2022_ranking.html"), "--publisher", "test", "--index", "DTI",
               "--year", "2022", "--dry-run"])
    out = capsys.readouterr().out.splitlines()
    assert rc == 0 and len(out) == 62 * 4
    row = json.loads(out[0])
    assert row["index_code"] == "DTI" and row["is_test_data"] is True and len(row["ranking_id"]) == 32
