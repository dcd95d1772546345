"""Official ranking documents into a fresh warehouse: idempotent, refusals quarantined, nothing lost."""
from __future__ import annotations

from pathlib import Path

import pytest

from scrapers.official import ingest_document, load_rankings, parse_document

pytestmark = pytest.mark.integration

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "official"
BASE = "https://fixtures.invalid/official/"


def _ingest(conn, name: str, index_code: str, content_type: str, year: int = 2022):
    return ingest_document(conn, url=BASE + name, body=(FIXTURES / name).read_bytes(), content_type=content_type,
                           publisher="test publisher", index_code=index_code, year=year, is_test_data=True)


def _count(conn, sql: str = "select count(*) from raw.official_rankings") -> int:
    return conn.execute(sql).fetchone()[0]


def _snapshot(conn):
    return conn.execute(
        "select ranking_id, publisher, index_code, year, component, province, score, rank, rank_of, document_url,"
        " raw_sha256, locator, is_test_data, loaded_at from raw.official_rankings order by ranking_id"
    ).fetchall()


def test_html_and_pdf_load_and_rerun_adds_nothing(warehouse):
    dti = _ingest(warehouse, "dti_2022_ranking.html", "DTI", "text/html; charset=utf-8")
    par = _ingest(warehouse, "par_index_2022_annex.pdf", "PAR_INDEX", "application/pdf")
    assert (dti.tables_rejected, par.tables_rejected) == (0, 0)
    assert dti.rows_loaded == 62 * 4 and par.rows_loaded == 62 * 9
    total = _count(warehouse)
    assert total == dti.rows_loaded + par.rows_loaded
    before = _snapshot(warehouse)

    again = [_ingest(warehouse, "dti_2022_ranking.html", "DTI", "text/html"),
             _ingest(warehouse, "par_index_2022_annex.pdf", "PAR_INDEX", "application/pdf")]
    assert [s.rows_loaded for s in again] == [0, 0]
    assert _snapshot(warehouse) == before  # not even loaded_at moved


def test_loaded_values_are_typed_and_marked_as_test_data(warehouse):
    _ingest(warehouse, "par_index_2022_annex.pdf", "PAR_INDEX", "application/pdf")
    row = warehouse.execute(
        "select score, rank, rank_of, locator, is_test_data, publisher, year, raw_sha256"
        " from raw.official_rankings where province = %s and component is null",
        ("Hồ Chí Minh",),
    ).fetchone()
    score, rank, rank_of, locator, is_test, publisher, year, sha = row
    assert 0 < float(score) <= 100 and 1 <= rank <= 63 and rank_of == 63
    assert locator.startswith("page 2, table 1, row ") and is_test is True
    assert (publisher, year, len(sha)) == ("test publisher", 2022, 64)
    assert _count(warehouse, "select count(*) from raw.official_rankings where not is_test_data") == 0
    assert _count(warehouse, "select count(distinct province) from raw.official_rankings") == 62


def test_malformed_document_is_quarantined_and_loaded_rows_untouched(warehouse):
    _ingest(warehouse, "dti_2022_ranking.html", "DTI", "text/html")
    before = _snapshot(warehouse)

    bad = _ingest(warehouse, "malformed_ranking.html", "PAR_INDEX", "text/html")
    assert bad.rows_loaded == 0 and bad.tables_rejected == 1 and bad.quarantined == 1
    assert "duplicate province rows: 'Hà Nội'" in bad.reasons[0]
    assert _snapshot(warehouse) == before

    stage, reason, key, payload = warehouse.execute(
        "select stage, reason, record_key, payload from raw.quarantine").fetchone()
    assert stage == "official" and "duplicate province rows" in reason
    assert key.endswith(":table#1")
    assert payload["url"] == BASE + "malformed_ranking.html" and payload["table"]["n_rows"] == 5
    assert payload["is_test_data"] is True

    _ingest(warehouse, "malformed_ranking.html", "PAR_INDEX", "text/html")  # the same refusal is stored once
    assert _count(warehouse, "select count(*) from raw.quarantine") == 1


def test_good_tables_of_a_document_load_even_when_another_is_refused(warehouse):
    html = """<html><body><p>DỮ LIỆU KIỂM THỬ — không phải số liệu thật</p>
      <table><tr><th>Xếp hạng</th><th>Tỉnh/thành phố</th><th>Điểm</th></tr>
        <tr><td>1</td><td>Quảng Ninh</td><td>80,5</td></tr><tr><td>2</td><td>Hà Nội</td><td>79,1</td></tr></table>
      <table><tr><th>Xếp hạng</th><th>Mã</th><th>Điểm</th></tr>
        <tr><td>1</td><td>X1</td><td>1</td></tr><tr><td>2</td><td>X2</td><td>2</td></tr></table>
      <table><tr><th>Hạng</th><th>Tỉnh</th><th>Điểm</th></tr>
        <tr><td>3</td><td>Hải Phòng</td><td>78,0</td></tr><tr><td>4</td><td>Bắc Ninh</td><td>77</td></tr>
        <tr><td>5</td><td>Atlantis</td><td>76</td></tr></table>
    </body></html>""".encode()
    s = ingest_document(warehouse, url=BASE + "mixed.html", body=html, content_type="text/html", publisher="test",
                        index_code="PAPI", year=2022)
    assert s.is_test_data and s.tables_parsed == 2 and s.tables_rejected == 1 and s.rows_loaded == 4
    assert "no province column" in s.reasons[0]
    reasons = [r[0] for r in warehouse.execute("select reason from raw.quarantine order by reason")]
    assert any(r.startswith("malformed table (table#2): no province column") for r in reasons)
    assert "unrecognised province name 'Atlantis'" in reasons
    ranks = dict(warehouse.execute("select province, rank_of from raw.official_rankings").fetchall())
    assert set(ranks) == {"Quảng Ninh", "Hà Nội", "Hải Phòng", "Bắc Ninh"} and set(ranks.values()) == {4}  # partial: what it ranks


def test_corrected_parse_updates_in_place(warehouse):
    doc = parse_document(url=BASE + "dti_2022_ranking.html", body=(FIXTURES / "dti_2022_ranking.html").read_bytes(),
                         content_type="text/html", publisher="test", index_code="DTI", year=2022, is_test_data=True)
    assert load_rankings(warehouse, doc.rows) == len(doc.rows)
    from dataclasses import replace

    fixed = [replace(doc.rows[0], score=0.1234)] + doc.rows[1:]
    assert load_rankings(warehouse, fixed) == 1
    assert _count(warehouse) == len(doc.rows)


def test_cli_loads_into_the_configured_warehouse(fresh_db_dsn, monkeypatch, capsys):
    import psycopg

    from scrapers.cli import main

    monkeypatch.setenv("CCHC_DATABASE_URL", fresh_db_dsn)
    args = [str(FIXTURES / "dti_2022_ranking.html"), "--publisher", "test", "--index", "dti", "--year", "2022",
            "--document-url", BASE + "dti_2022_ranking.html", "--test-data"]
    assert main(["official", *args]) == 0
    assert main(["official", *args]) == 0
    assert "0 loaded or changed" in capsys.readouterr().err
    with psycopg.connect(fresh_db_dsn) as conn:
        assert _count(conn) == 62 * 4
    assert main(["official", str(FIXTURES / "malformed_ranking.html"), "--publisher", "test", "--index", "PAR",
                 "--year", "2022"]) == 1
