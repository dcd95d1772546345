"""Index names (acronyms, full Vietnamese names, without diacritics) and components."""
from __future__ import annotations

import datetime as dt

import pytest

from scrapers.extract import extract_facts
from scrapers.extract.indices import find_components, find_indices
from scrapers.extract.textnorm import fold

pytestmark = pytest.mark.unit
URL = "https://baobentre.vn/tin/1"
PUB = dt.date(2024, 5, 10)


@pytest.mark.parametrize("phrase, index", [
    ("PAR Index", "PAR_INDEX"), ("Chỉ số CCHC", "PAR_INDEX"), ("chỉ số cải cách hành chính", "PAR_INDEX"),
    ("chi so cai cach hanh chinh", "PAR_INDEX"), ("SIPAS", "SIPAS"),
    ("Chỉ số hài lòng về sự phục vụ hành chính", "SIPAS"), ("PAPI", "PAPI"),
    ("Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh", "PAPI"),
    ("chi so hieu qua quan tri va hanh chinh cong", "PAPI"), ("PCI", "PCI"),
    ("Chỉ số năng lực cạnh tranh cấp tỉnh", "PCI"), ("PGI", "PGI"), ("Chỉ số Xanh cấp tỉnh", "PGI"),
    ("DTI", "DTI"), ("Chỉ số chuyển đổi số cấp tỉnh", "DTI"), ("Chỉ số CĐS", "DTI"),
    ("Vietnam ICT Index", "ICT_INDEX"),
    ("Chỉ số sẵn sàng cho phát triển và ứng dụng công nghệ thông tin", "ICT_INDEX"),
    ("xếp hạng mức độ ứng dụng CNTT, phát triển Chính phủ điện tử", "EGOV_MIC"),
    ("Bộ chỉ số phục vụ người dân, doanh nghiệp", "SERVICE_INDEX_766"),
    ("DDCI", "BLOCKED"), ("Chỉ số năng lực cạnh tranh cấp sở, ngành", "BLOCKED"),
    ("Chỉ số CCHC của các sở", "BLOCKED"),
])
def test_index_names_are_recognised(phrase: str, index: str) -> None:
    assert [m.name for m in find_indices(fold(phrase))] == [index]


def test_restated_acronym_is_one_mention() -> None:
    assert len(find_indices(fold("Chỉ số chuyển đổi số (DTI) năm 2023"))) == 1


@pytest.mark.parametrize("phrase, index, component", [
    ("cải cách TTHC", "PAR_INDEX", "Cải cách thủ tục hành chính"),
    ("cải cách bộ máy", "PAR_INDEX", "Cải cách tổ chức bộ máy hành chính"),
    ("chính quyền số", "PAR_INDEX", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số"),
    ("chính quyền số", "DTI", "Chính quyền số"),
    ("kiểm soát tham nhũng", "PAPI", "Kiểm soát tham nhũng trong khu vực công"),
    ("chi phí không chính thức", "PCI", "Chi phí không chính thức"),
    ("hạ tầng kỹ thuật", "ICT_INDEX", "Hạ tầng kỹ thuật"),
])
def test_components_map_to_canonical_names_by_governing_index(phrase: str, index: str, component: str) -> None:
    assert [m.name for m in find_components(fold(phrase), index)] == [component]


@pytest.mark.parametrize("sentence, index, score", [
    ("Năm 2023, Chỉ số SIPAS của tỉnh đạt 84,9%.", "SIPAS", 84.9),
    ("Chỉ số PGI 2023 của tỉnh đạt 21,4 điểm.", "PGI", 21.4),
    ("Năm 2019, chỉ số ICT Index của tỉnh đạt 0,5123 điểm.", "ICT_INDEX", 0.5123),
    ("Chi so PCI nam 2021 cua tinh dat 64,2 diem.", "PCI", 64.2),
])
def test_each_index_carries_its_score(sentence: str, index: str, score: float) -> None:
    facts = extract_facts(sentence, URL, PUB)
    assert [(f["index"], f["score"]) for f in facts] == [(index, pytest.approx(score))]


def test_components_inherit_index_year_and_province_of_the_previous_sentence() -> None:
    text = ("Chỉ số PAPI năm 2023 của tỉnh đạt 43,1 điểm. "
            "Trong đó, các chỉ số thành phần như quản trị điện tử đạt 4,02 điểm, kiểm soát tham nhũng đạt 7,1 điểm.")
    comps = {f["component"]: f["score"] for f in extract_facts(text, URL, PUB) if f["component"]}
    assert comps == {"Quản trị điện tử": 4.02, "Kiểm soát tham nhũng trong khu vực công": 7.1}


def test_component_words_in_prose_without_a_component_context_are_not_components() -> None:
    facts = extract_facts("Nhờ đẩy mạnh cải cách thể chế, Chỉ số CCHC năm 2023 của tỉnh xếp thứ 9.", URL, PUB)
    assert [(f["component"], f["rank"]) for f in facts] == [(None, 9)]


def test_a_sentence_without_an_index_does_not_inherit_one() -> None:
    text = ("Chỉ số DTI năm 2023 của tỉnh xếp thứ 11. "
            "Tỉnh đã tích hợp 980 dịch vụ công lên Cổng quốc gia, đứng thứ 21/63 tỉnh, thành phố.")
    assert [f["rank"] for f in extract_facts(text, URL, PUB)] == [11]
