"""Table → official rows: numbers, shared ranks, name variants, missing rows, malformed tables."""
from __future__ import annotations

import csv

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scrapers.official.provinces import UNIT_2025, canonical_province, expected_units
from scrapers.official.rankings import (
    MalformedTableError, parse_rank, parse_score, parse_table, ranking_id_for,
)
from scrapers.official.tables import Row, Table
from scrapers.settings import PROJECT_ROOT

pytestmark = pytest.mark.unit

DOC = dict(publisher="test", document_url="https://fixtures.invalid/t.html", raw_sha256="0" * 64)


def table(header, rows):
    return Table(header=[list(h) for h in header], locator="table#1",
                 rows=[Row(tuple(r), f"table#1, row {i}") for i, r in enumerate(rows, start=1)])


def parse(t, index="PAR_INDEX", year=2022, **kw):
    return parse_table(t, index_code=index, year=year, **DOC, **kw)


def composite(parsed):
    return {r.province: r for r in parsed.rows if r.component is None}


# ------------------------------------------------------------------ numbers
@pytest.mark.parametrize("cell,value", [
    ("87,42", 87.42), ("87.42", 87.42), ("0.8002", 0.8002), ("0,6077", 0.6077), ("82,92%", 82.92),
    ("86,57 %", 86.57), ("87,42 điểm", 87.42), ("40,62/80", 40.62), ("46,0415", 46.0415), ("90", 90.0),
])
def test_scores_in_both_conventions(cell, value):
    assert parse_score(cell) == pytest.approx(value)


@pytest.mark.parametrize("cell", ["", "-", "—", "x", "N/A", "Không xếp hạng"])
def test_empty_score_cells_are_none(cell):
    assert parse_score(cell) is None


@pytest.mark.parametrize("cell", ["abc", "1.234,5,6", "cao"])
def test_unreadable_scores_raise(cell):
    with pytest.raises(ValueError):
        parse_score(cell)


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False), st.sampled_from([",", "."]))
def test_score_round_trip_either_separator(value, sep):
    assert parse_score(f"{value:.2f}".replace(".", sep)) == pytest.approx(float(value))


@pytest.mark.parametrize("cell,rank", [("5", 5), ("5=", 5), ("=5", 5), ("(5)", 5), ("05", 5), ("5/63", 5),
                                       ("Hạng 5", 5), ("12*", 12)])
def test_rank_forms(cell, rank):
    assert parse_rank(cell) == rank


# ------------------------------------------------------------------ shared ranks, variants, missing rows
HEADER = [("Xếp hạng", "Tỉnh/thành phố", "Tổng điểm")]


def test_shared_ranks_repeated_equals_sign_and_blank():
    t = table(HEADER, [("1", "Quảng Ninh", "91,05"), ("2", "Hà Nội", "90,10"), ("2", "Hải Phòng", "90,10"),
                       ("4=", "Đà Nẵng", "89,00"), ("", "Bắc Ninh", "89,00"), ("6", "Cần Thơ", "88,00")])
    rows = composite(parse(t))
    assert [rows[p].rank for p in ("Quảng Ninh", "Hà Nội", "Hải Phòng", "Đà Nẵng", "Bắc Ninh", "Cần Thơ")] == \
        [1, 2, 2, 4, 4, 6]


def test_province_name_variants_are_conformed():
    t = table(HEADER, [("1", "TP. Hồ Chí Minh", "91"), ("2", "Thừa Thiên - Huế", "90"), ("3", "Đăk Lăk", "89"),
                       ("4", "Khánh Hoà", "88"), ("5", "Ba Ria - Vung Tau", "87"), ("6", "Tỉnh Quảng Ninh", "86")])
    got = {r.province: r.province_printed for r in parse(t).rows}
    assert got == {"Hồ Chí Minh": "TP. Hồ Chí Minh", "Thừa Thiên Huế": "Thừa Thiên - Huế", "Đắk Lắk": "Đăk Lăk",
                   "Khánh Hòa": "Khánh Hoà", "Bà Rịa - Vũng Tàu": "Ba Ria - Vung Tau", "Quảng Ninh": "Tỉnh Quảng Ninh"}


def test_missing_row_is_just_absent_and_aggregates_skipped():
    t = table(HEADER, [("1", "Quảng Ninh", "91"), ("3", "Hải Phòng", "89"), ("", "Trung bình cả nước", "80")])
    parsed = parse(t)
    assert set(composite(parsed)) == {"Quảng Ninh", "Hải Phòng"}
    assert composite(parsed)["Hải Phòng"].rank == 3
    assert not parsed.skipped


def test_rank_of_is_national_count_for_a_complete_table_minus_one_row():
    names = [p for p in UNIT_2025 if p != "Lai Châu"]
    t = table(HEADER, [(str(i), p, f"{90 - i * 0.1:.2f}") for i, p in enumerate(names, start=1)])
    rows = parse(t).rows
    assert len(rows) == 62 and {r.rank_of for r in rows} == {63}


def test_rank_of_for_a_partial_table_is_what_it_ranks():
    t = table(HEADER, [("1", "Quảng Ninh", "91"), ("2", "Hà Nội", "90"), ("3", "Hải Phòng", "89")])
    assert {r.rank_of for r in parse(t).rows} == {3}
    assert {r.rank_of for r in parse(t, rank_of=63).rows} == {63}


def test_from_2025_provinces_are_the_34_units():
    t = table(HEADER, [("1", "Huế", "91"), ("2", "TP. Hồ Chí Minh", "90"), ("3", "Ninh Bình", "89")])
    rows = composite(parse(t, year=2025))
    assert set(rows) == {"Huế", "Hồ Chí Minh", "Ninh Bình"}
    assert expected_units(2025) == 34 and expected_units(2024) == 63


def test_components_and_composite_rows():
    t = table([("Tỉnh", "Cải cách thể chế", "Cải cách tài chính công", "Tổng điểm", "Xếp hạng")],
              [("Hà Nội", "7,5", "6,25", "88,1", "2"), ("Quảng Ninh", "7,9", "-", "90,1", "1")])
    rows = {(r.province, r.component): r for r in parse(t).rows}
    assert rows[("Hà Nội", "Cải cách thể chế")].score == 7.5
    assert rows[("Hà Nội", None)].score == 88.1 and rows[("Hà Nội", None)].rank == 2
    assert ("Quảng Ninh", "Cải cách tài chính công") not in rows  # empty cell: no value, no row


def test_a_few_unreadable_values_become_warnings_not_errors():
    t = table(HEADER, [("1", "Quảng Ninh", "91"), ("2", "Hà Nội", "??"), ("3", "Hải Phòng", "89"),
                       ("4", "Đà Nẵng", "88")])
    parsed = parse(t)
    assert composite(parsed)["Hà Nội"].score is None and composite(parsed)["Hà Nội"].rank == 2
    assert any("'??'" in w for w in parsed.warnings)


def test_unrecognised_province_row_is_skipped_and_reported():
    rows = [(str(i), p, "80") for i, p in enumerate(list(UNIT_2025)[:20], start=1)] + [("21", "Atlantis", "70")]
    parsed = parse(table(HEADER, rows))
    assert len(parsed.rows) == 20
    assert [s.reason for s in parsed.skipped] == ["unrecognised province name 'Atlantis'"]


def test_province_column_found_by_content_when_header_is_silent():
    t = table([("Hạng", "", "Điểm")], [("1", "Quảng Ninh", "91"), ("2", "Hà Nội", "90"), ("3", "Hải Phòng", "89")])
    assert set(composite(parse(t))) == {"Quảng Ninh", "Hà Nội", "Hải Phòng"}


# ------------------------------------------------------------------ malformed tables
@pytest.mark.parametrize("header,rows,message", [
    (HEADER, [("1", "Hà Nội", "91"), ("2", "Hải Phòng", "90"), ("3", "Hà Nội", "89")],
     r"duplicate province rows: 'Hà Nội' appears at table#1, row 1 and at table#1, row 3"),
    (HEADER, [("1", "Hà Nội", "cao"), ("2", "Hải Phòng", "khá"), ("3", "Đà Nẵng", "89")],
     r"column 'Tổng điểm': 2 of 3 values are not numbers"),
    (HEADER, [("1", "Hà Nội", "91"), ("99", "Hải Phòng", "90")], r"rank 99 at table#1, row 2 is outside 1\.\.63"),
    (HEADER, [("0", "Hà Nội", "91")], r"rank 0 at table#1, row 1 is outside 1\.\.63"),
    ([("Xếp hạng", "Mã", "Tổng điểm")], [("1", "A1", "91"), ("2", "B2", "90")], "no province column"),
    ([("STT", "Tỉnh/thành phố", "Ghi chú")], [("1", "Hà Nội", "tốt"), ("2", "Hải Phòng", "khá")],
     "no score or rank column"),
    (HEADER, [("1", "Mordor", "91"), ("2", "Gondor", "90"), ("3", "Rohan", "89"), ("4", "Hà Nội", "88")],
     "3 of 4 rows have no recognisable province"),
])
def test_malformed_tables_are_rejected_with_a_clear_message(header, rows, message):
    with pytest.raises(MalformedTableError, match=message):
        parse(table(header, rows))


def test_rank_above_34_is_malformed_from_2025():
    with pytest.raises(MalformedTableError, match=r"outside 1\.\.34"):
        parse(table(HEADER, [("1", "Hà Nội", "91"), ("40", "Huế", "90")]), year=2025)


# ------------------------------------------------------------------ ids and reference data
def test_ranking_id_is_stable_and_distinguishes_components():
    a = ranking_id_for("u", "s" * 64, "PAR_INDEX", 2022, None, "Hà Nội")
    assert a == ranking_id_for("u", "s" * 64, "PAR_INDEX", 2022, None, "Hà Nội") and len(a) == 32
    assert a != ranking_id_for("u", "s" * 64, "PAR_INDEX", 2022, "Cải cách thể chế", "Hà Nội")


def test_unit_2025_matches_the_seed():
    seed = PROJECT_ROOT / "dbt_project" / "seeds" / "ref_provinces.csv"
    if not seed.exists():
        pytest.skip("seed not present")
    with seed.open(encoding="utf-8") as f:
        assert {r["province"]: r["unit_2025"] for r in csv.DictReader(f)} == UNIT_2025


@pytest.mark.parametrize("cell,name", [("TP.HCM", "Hồ Chí Minh"), ("Thành phố Hà Nội", "Hà Nội"),
                                       ("TP.Hải Phòng", "Hải Phòng"), ("Hà Nội*", "Hà Nội"), ("Hoà Bình", "Hòa Bình"),
                                       ("Dak Nong", "Đắk Nông"), ("Trung bình", None), ("", None)])
def test_canonical_province(cell, name):
    assert canonical_province(cell) == name
