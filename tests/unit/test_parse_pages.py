"""parse_page on the bundled snapshot pages and on unknown layouts (no network, no DB)."""
from __future__ import annotations

import json
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from scrapers.encoding import decode_html
from scrapers.parse import PARSER_VERSION, element_text, html_tree, parse_document, parse_page
from scrapers.records import sha256_hex
from scrapers.registry import Listing, Pagination, Selectors, Source, load_registry
from scrapers.replay import DEFAULT_SNAPSHOT_DIR
from scrapers.settings import Settings

pytestmark = pytest.mark.unit

FETCHED = datetime(2023, 12, 5, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def registry():
    return load_registry(Settings.from_env().sources_file)


def snapshot_pages():
    for host_dir in sorted(p for p in DEFAULT_SNAPSHOT_DIR.iterdir() if p.is_dir()):
        routes = json.loads((host_dir / "_routes.json").read_text(encoding="utf-8"))["routes"]
        for target, r in routes.items():
            if target != "/robots.txt":
                yield host_dir.name, target, host_dir / r["file"], r["content_type"]


def parse_snapshot(registry, host, target, path: Path, ctype):
    src = registry.source_for_host(host)
    body = path.read_bytes()
    text = decode_html(body, ctype, hint=src.encoding).text
    return parse_document(src, f"https://{host}{target}", text, FETCHED, sha256_hex(body))


def test_every_snapshot_page_parses_to_an_article_a_skip_or_a_listing(registry):
    statuses: dict[str, int] = {}
    for host, target, path, ctype in snapshot_pages():
        out = parse_snapshot(registry, host, target, path, ctype)
        statuses[out.status] = statuses.get(out.status, 0) + 1
        if out.status == "parsed":
            a = out.article
            assert a.title and len(a.body) > 200 and a.parser_version == PARSER_VERSION
            assert a.article_id and a.source_id == registry.source_for_host(host).id
    assert statuses == {"parsed": 10, "irrelevant": 10, "not_article": 15}


def test_seed_articles_have_titles_dates_and_no_furniture(registry):
    pages = {(h, t): (p, c) for h, t, p, c in snapshot_pages()}
    sonla = next(k for k in pages if k[0] == "sonoivu.sonla.gov.vn" and k[1].endswith("-5001.html"))
    a = parse_snapshot(registry, *sonla, *pages[sonla]).article
    assert a.title == "Phiên họp thứ 6 Ban Chỉ đạo Cải cách hành chính của Chính phủ"
    assert a.published_on == date(2023, 11, 14)  # from "Ngày 14/11/2023, ..." opening the article
    assert a.body.startswith("Ngày 14/11/2023, đồng chí Phạm Minh Chính")
    assert a.body.endswith("Tác giả: Khúc Thị Thu Hằng - Phòng CCHC&VTLT, Sở Nội vụ")
    for junk in ("Lượt xem", "Điểm tin trong ngày", "Bản quyền", "anh tin bai", "Tin khác"):
        assert junk not in a.body
    travinh = next(k for k in pages if k[0] == "travinh.gov.vn" and "700101" in k[1])
    a = parse_snapshot(registry, *travinh, *pages[travinh]).article
    assert a.published_on == date(2023, 11, 14)  # "Chiều ngày 14/11" + the page's year
    assert "Thống kê truy cập" not in a.body and "Đang online" not in a.body


def _generic_source() -> Source:
    return Source(id="unknown_site", name="x", province=None,
                  kind="national_publisher", base_url="https://la.gov.vn/", allowed_hosts=("la.gov.vn",),
                  cms="generic", listings=(Listing("https://la.gov.vn/tin", Pagination("", 1)),),
                  selectors=Selectors(title="h1.khong-co", body=".khong-co-noi-dung", drop=("script",)))


UNKNOWN_LAYOUT = """<html><head><meta charset="utf-8"><title>Kết quả cải cách hành chính - Sở</title>
<meta property="article:published_time" content="2023-11-20T08:00:00+07:00"></head><body>
<div class="menu"><a href="/">Trang chủ</a><a href="/">Giới thiệu</a></div>
<div class="khung"><h1>Kết quả cải cách hành chính quý III</h1>
<p>Trong quý III, các cơ quan, đơn vị tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp.</p>
<p>Việc tiếp nhận, giải quyết hồ sơ qua bộ phận một cửa được duy trì nền nếp; dịch vụ công trực tuyến được mở rộng tới cấp xã.</p>
<p>Thời gian tới, Sở tiếp tục rà soát, đơn giản hóa quy trình, tăng cường kiểm tra công vụ và chuyển đổi số trong hoạt động quản lý.</p>
</div><div class="footer">Bản quyền thuộc Sở Nội vụ. Lượt xem: 12</div></body></html>"""


def test_unknown_layout_falls_back_to_trafilatura():
    a = parse_page(_generic_source(), "https://la.gov.vn/tin/ket-qua", UNKNOWN_LAYOUT, FETCHED)
    assert a is not None and a.parser == "trafilatura"
    assert a.title == "Kết quả cải cách hành chính quý III"
    assert a.published_on == date(2023, 11, 20)
    assert "một cửa" in a.body and "Lượt xem" not in a.body and "Trang chủ" not in a.body


def test_non_reform_and_empty_pages():
    src = _generic_source()
    weather = UNKNOWN_LAYOUT.replace("cải cách", "thời tiết").replace("thủ tục hành chính", "mùa màng") \
        .replace("một cửa", "đồng ruộng").replace("dịch vụ công", "chợ").replace("chuyển đổi số", "nông nghiệp")
    assert parse_document(src, "https://la.gov.vn/tin/a", weather, FETCHED).status == "irrelevant"
    empty = parse_document(src, "https://la.gov.vn/tin/b", "<html><body></body></html>", FETCHED)
    assert empty.status == "failed" and "no article body" in empty.reason
    assert parse_page(src, "https://la.gov.vn/tin/b", "<html></html>", FETCHED) is None


def test_element_text_keeps_inline_markup_inside_words():
    root = html_tree("<div><p>Chỉ số<b>CCHC</b> đạt <i>82,58</i> điểm<br>dòng hai</p><p>Đoạn 2</p>"
                     "<script>x()</script><!-- c --></div>")
    assert element_text(root.find(".//div")) == ["Chỉ sốCCHC đạt 82,58 điểm", "dòng hai", "Đoạn 2"]
