"""The lxml tree and text helpers of scrapers.parse: the semantics the BeautifulSoup version had."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from scrapers.parse import css_xpath, element_text, html_tree, parse_document
from scrapers.registry import Listing, Pagination, RegistryError, Selectors, Source, load_registry

pytestmark = pytest.mark.unit

FETCHED = datetime(2023, 12, 5, tzinfo=timezone.utc)
URL = "https://la.gov.vn/tin/cai-cach-1"

PARAS = ("<p>Trong quý III, các cơ quan, đơn vị tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất "
         "lượng phục vụ người dân và doanh nghiệp.</p><p>Việc tiếp nhận, giải quyết hồ sơ qua bộ phận một cửa "
         "được duy trì nền nếp; dịch vụ công trực tuyến được mở rộng tới cấp xã.</p>")


def _source(title="h1.tieu-de", body=".noi-dung", date_sel=".ngay", drop=(".luot-xem", "script")) -> Source:
    return Source(id="la_portal", name="x", province=None, kind="provincial_portal",
                  base_url="https://la.gov.vn/", allowed_hosts=("la.gov.vn",), cms="numeric_path",
                  listings=(Listing("https://la.gov.vn/tin", Pagination("", 1)),),
                  selectors=Selectors(title=title, body=body, date=date_sel, drop=drop))


def _page(body: str, head: str = "", before: str = "") -> str:
    return (f"{before}<html><head><meta charset='utf-8'>{head}<title>Tiêu đề thẻ title - Sở Nội vụ</title></head>"
            f"<body><h1 class='tieu-de'>Kết quả cải cách hành chính quý III</h1><div class='ngay'>14/11/2023</div>"
            f"<div class='noi-dung'>{body}</div></body></html>")


def _body_el(html: str, sel: str = "div"):
    return css_xpath(sel)(html_tree(html))[0]


# ------------------------------------------------------------------ element_text


def test_inline_markup_never_splits_words_and_blocks_make_lines():
    el = _body_el("<div><p>Chỉ số<b>CCHC</b> đạt <i>82,58</i> điểm</p><p>Đoạn <span>2</span></p>"
                  "<ul><li>một</li><li>h<em>a</em>i</li></ul></div>")
    assert element_text(el) == ["Chỉ sốCCHC đạt 82,58 điểm", "Đoạn 2", "một", "hai"]


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />", "<BR>"])
def test_br_is_a_line_break(br):
    el = _body_el(f"<div><p>dòng một{br}dòng hai</p></div>")
    assert element_text(el) == ["dòng một", "dòng hai"]


def test_skipped_elements_and_comments_keep_the_text_after_them():
    el = _body_el("<div><p>trước <script>var a = '<p>x</p>';</script>sau<!-- ghi chú --> cùng"
                  "<style>p{}</style> nữa<?php echo 1; ?> h<!-- x -->ết</p></div>")
    assert element_text(el) == ["trước sau cùng nữa hết"]  # a comment inside a word does not split it


def test_whitespace_collapsed_and_empty_lines_dropped():
    el = _body_el("<div>\n  <p>  a \t\u00a0 b  </p>\n\n<p> </p><div><p>c</p></div>\r\n</div>")
    assert element_text(el) == ["a b", "c"]


def test_deep_nesting_does_not_hit_the_recursion_limit():
    # The bs4 version walked recursively and raised RecursionError past ~1000 levels.
    el = _body_el("<div class='b'>" + "<span>" * 1500 + "sâu" + "</span>" * 1500 + "</div>", ".b")
    assert element_text(el) == ["sâu"]


# ------------------------------------------------------------------ drop selectors


def test_drop_removes_the_element_but_keeps_its_tail_text():
    html = _page(PARAS + "<p>Lượt xem trong đoạn: <span class='luot-xem'>1234</span>còn lại của câu.</p>"
                 "<div class='luot-xem'>Lượt xem: 99</div>Đoạn văn sau khối bị bỏ.")
    a = parse_document(_source(), URL, html, FETCHED).article
    assert a is not None and a.parser == "bs4:numeric_path"
    assert "1234" not in a.body and "Lượt xem: 99" not in a.body
    assert a.body.split("\n\n")[-2:] == ["Lượt xem trong đoạn: còn lại của câu.", "Đoạn văn sau khối bị bỏ."]


def test_drop_matches_with_an_ancestor_outside_the_body_but_only_removes_inside_it():
    html = _page(PARAS + "<p class='rac'>Cập nhật ngày 01/01/2022</p>").replace("<body>", "<body class='trang'>")
    html = html.replace("</body>", "<p class='rac'>Ngày đăng 02/10/2023</p></body>")
    # ".trang" is <body>, above the body container; the date is selected after the drops
    src = _source(date_sel="p.rac", drop=(".trang .rac",))
    a = parse_document(src, URL, html, FETCHED).article
    assert "01/01/2022" not in a.body
    assert a.published_on == date(2023, 10, 2)  # the p.rac outside the body container was left alone


# ------------------------------------------------------------------ selectors


def test_comma_separated_alternatives_are_tried_in_order_not_in_document_order():
    html = _page(PARAS).replace("<body>", "<body><h2 class='phu'>Tiêu đề phụ đứng trước</h2>")
    a = parse_document(_source(title="h1.tieu-de, h2.phu"), URL, html, FETCHED).article
    assert a.title == "Kết quả cải cách hành chính quý III"  # h2 comes first in the page, h1 first in the list
    a = parse_document(_source(title="h1.khong-co, h2.phu"), URL, html, FETCHED).article
    assert a.title == "Tiêu đề phụ đứng trước"  # first alternative absent: the next one


def test_selectors_are_compiled_once():
    css_xpath.cache_clear()
    assert css_xpath(".noi-dung p") is css_xpath(".noi-dung p")
    assert css_xpath.cache_info().misses == 1 and css_xpath.cache_info().hits == 1


def test_title_text_joins_text_nodes_with_spaces_and_skips_comments_and_scripts():
    html = _page(PARAS).replace("quý III</h1>", "quý<!-- x -->III<script>var t = 1;</script></h1>")
    assert parse_document(_source(), URL, html, FETCHED).article.title == "Kết quả cải cách hành chính quý III"


def test_title_fallbacks_og_title_then_h1_then_title_tag():
    src = _source(title="h1.khong-co")
    head = '<meta property="og:title" content="  Tiêu đề og cải cách  ">'
    assert parse_document(src, URL, _page(PARAS, head=head), FETCHED).article.title == "Tiêu đề og cải cách"
    assert parse_document(src, URL, _page(PARAS), FETCHED).article.title == "Kết quả cải cách hành chính quý III"
    no_h1 = _page(PARAS).replace("h1", "h2")
    assert parse_document(src, URL, no_h1, FETCHED).article.title == "Tiêu đề thẻ title"


def test_date_from_selector_then_meta_then_time_element():
    assert parse_document(_source(), URL, _page(PARAS), FETCHED).article.published_on == date(2023, 11, 14)
    src = _source(date_sel=".khong-co")
    meta = '<meta name="pubdate" content="2023-10-02T08:00:00+07:00">'
    assert parse_document(src, URL, _page(PARAS, head=meta), FETCHED).article.published_on == date(2023, 10, 2)
    timed = _page(PARAS + '<time datetime="">x</time><time datetime="2023-09-03">3/9</time>')
    assert parse_document(src, URL, timed, FETCHED).article.published_on is None  # first <time datetime> is empty
    timed = _page(PARAS + '<time>3/8</time><time datetime="2023-09-03">3/9</time>')
    assert parse_document(src, URL, timed, FETCHED).article.published_on == date(2023, 9, 3)


# ------------------------------------------------------------------ decoding and hostile input


@pytest.mark.parametrize("decl", ['<?xml version="1.0" encoding="utf-8"?>\n',
                                  "<?xml version='1.0' encoding='windows-1252'?>"])
def test_xml_declaration_in_a_str_is_parsed_and_does_not_re_decode(decl):
    html = _page(PARAS, head="<meta charset='windows-1258'>", before=decl)
    a = parse_document(_source(), URL, html, FETCHED).article
    assert a.title == "Kết quả cải cách hành chính quý III"
    assert a.body.startswith("Trong quý III, các cơ quan, đơn vị tiếp tục đẩy mạnh cải cách")


@pytest.mark.parametrize("html", ["", "   \n\t ", "<html>", "<html></html>", '<?xml version="1.0"?>',
                                  "<!DOCTYPE html>", "<!-- chỉ có chú thích -->", "\x00\x00", "\ufeff"])
def test_empty_documents_give_a_failed_outcome(html):
    out = parse_document(_source(), URL, html, FETCHED)
    assert out.status == "failed" and out.article is None
    assert "no article body found" in out.reason


def test_nul_bytes_and_unclosed_tags_still_parse():
    html = _page(PARAS.replace("quý III", "quý\x00III").replace("</p>", ""))
    a = parse_document(_source(), URL, html, FETCHED).article
    assert a.body.startswith("Trong quý\ufffdIII, các cơ quan")  # libxml2 turns NUL into U+FFFD
    assert len(a.body.split("\n\n")) == 2


def test_registry_rejects_article_selectors_lxml_cannot_compile(tmp_path):
    reg = tmp_path / "sources.yml"
    reg.write_text("""
sources:
  - id: la_portal
    name: x
    province: null
    kind: provincial_portal
    base_url: https://la.gov.vn/
    allowed_hosts: [la.gov.vn]
    cms: numeric_path
    listings: [{url: https://la.gov.vn/tin}]
    selectors:
      body: ".noi-dung:-soup-contains('cải cách')"
""", encoding="utf-8")
    with pytest.raises(RegistryError, match="not supported by cssselect"):
        load_registry(reg)
