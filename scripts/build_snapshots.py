#!/usr/bin/env python3
"""Build the offline snapshot of the source sites (scrapers/snapshots/) from the seeds.

Why generated, not saved from the web: the repository may carry only the five seed
articles (../shared/seeds/), not other published pages. So each seed site is rebuilt
"as its CMS would serve it": robots.txt, a two-page listing, the seed article inside
realistic site chrome (menus, "Tin khác", view counters, footer naming the host office)
and two short non-reform notices written for the snapshot (no numbers at all, so no
invented results can reach the warehouse). National publishers get one short,
number-free notice that says it is a snapshot placeholder.

Every line of a seed appears in its page: the article lines in the article body, the
seed's own chrome lines (counters, "Tin khác", comment form, footer) in the chrome,
image alt texts as ``alt``. The seed 003 paper is served as windows-1258 with a legacy
meta charset and no charset in the HTTP header, to exercise encoding handling.

Usage: .venv/bin/python scripts/build_snapshots.py [--seeds DIR] [--out DIR]
Deterministic: the same seeds give byte-identical output.
"""
from __future__ import annotations

import argparse
import html
import json
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scrapers.encoding import encode_cp1258  # noqa: E402

SEEDS_DIR = ROOT.parent / "shared" / "seeds"
OUT_DIR = ROOT / "scrapers" / "snapshots"
LAST_MODIFIED = "Fri, 01 Dec 2023 00:00:00 GMT"
ROBOTS = """User-agent: *
Crawl-delay: {delay}
Disallow: /admin/
Disallow: /tim-kiem
Disallow: /print/

User-agent: BadBot
Disallow: /
"""

e = html.escape


# ------------------------------------------------------------------ page model


@dataclass
class Block:
    kind: str  # 'p' | 'caption' | 'heading' | 'author' | 'img'
    text: str


@dataclass
class Article:
    path: str
    title: str
    blocks: list[Block]
    date_text: str = ""  # shown in the date element; '' = no date element
    counter: str = ""  # view counter text next to the date
    list_date: str = ""  # date shown on the listing page
    chrome: dict[str, list[str]] = field(default_factory=dict)  # seed chrome lines by slot


@dataclass
class Site:
    host: str
    name: str
    office: str  # named in the footer
    family: str
    listing_path: str
    page2_target: str
    articles_p1: list[Article]
    articles_p2: list[Article]
    encoding: str = "utf-8"
    crawl_delay: int = 1
    extra_listing_links: list[tuple[str, str]] = field(default_factory=list)
    footer_lines: list[str] = field(default_factory=list)


def seed_lines(seeds: Path, name: str) -> list[str]:
    return (seeds / name).read_text(encoding="utf-8").split("\n")


def blocks_from(lines: list[str], roles: dict[int, str], start: int, end: int) -> list[Block]:
    """Body blocks from 1-based seed lines start..end (blank lines skipped)."""
    out = []
    for n in range(start, end + 1):
        text = lines[n - 1]
        if not text.strip():
            continue
        out.append(Block(roles.get(n, "p"), text))
    return out


# ------------------------------------------------------------------ non-reform notices
# Written for the snapshot; deliberately without any number.

WEATHER = Article(
    path="",
    title="Khuyến cáo người dân chủ động phòng, chống nắng nóng",
    blocks=[
        Block("p", "Thời gian gần đây, trên địa bàn xuất hiện nhiều đợt nắng nóng kéo dài."),
        Block("p", "Cơ quan chuyên môn khuyến cáo người dân hạn chế ra ngoài vào buổi trưa, uống "
                   "đủ nước, che chắn cẩn thận khi đi đường và thường xuyên theo dõi bản tin dự báo "
                   "thời tiết trên các phương tiện thông tin đại chúng."),
    ],
    date_text="", list_date="",
)
SPORTS = Article(
    path="",
    title="Sôi nổi phong trào thể dục thể thao trong cán bộ, công chức",
    blocks=[
        Block("p", "Hưởng ứng cuộc vận động toàn dân rèn luyện thân thể, các cơ quan, đơn vị tổ "
                   "chức nhiều hoạt động giao lưu bóng chuyền, cầu lông, kéo co vào cuối tuần."),
        Block("p", "Các hoạt động góp phần nâng cao sức khỏe, tạo không khí vui tươi, gắn kết "
                   "giữa các đoàn viên, người lao động."),
    ],
)


def notice(path: str, base: Article) -> Article:
    return Article(path=path, title=base.title, blocks=list(base.blocks))


PLACEHOLDER = [
    Block("p", "Đây là trang trong bản chụp ngoại tuyến dùng để kiểm thử bộ thu thập dữ liệu "
               "của kho dữ liệu cải cách hành chính; nội dung không phải là bài đã đăng trên trang gốc."),
    Block("p", "Chuyên mục tổng hợp tin về cải cách hành chính, các chỉ số đánh giá cải cách hành "
               "chính, quản trị và hành chính công, năng lực cạnh tranh và chuyển đổi số của các "
               "tỉnh, thành phố."),
    Block("p", "Khi chạy ở chế độ trực tuyến, bộ thu thập đọc danh sách bài viết của trang gốc "
               "theo cấu hình trong sổ đăng ký nguồn."),
]


# ------------------------------------------------------------------ the seed sites


def seed_sites(seeds: Path) -> list[Site]:
    s0 = seed_lines(seeds, "000_27a07e0922efaf87.txt")
    s1 = seed_lines(seeds, "001_61497ec2e1e81797.txt")
    s2 = seed_lines(seeds, "002_9667a81df2ceb874.txt")
    s3 = seed_lines(seeds, "003_d0a19122d9eb2fae.txt")
    s4 = seed_lines(seeds, "004_0a33db17d466fc02.txt")

    travinh = Site(
        host="travinh.gov.vn", name="Cổng thông tin điện tử tỉnh Trà Vinh",
        office="Ủy ban nhân dân tỉnh Trà Vinh", family="numeric_path",
        listing_path="/1426/37932/73050/cai-cach-hanh-chinh",
        page2_target="/1426/37932/73050/cai-cach-hanh-chinh?page=2",
        articles_p1=[
            Article(
                path="/1426/37932/73050/700101/cai-cach-hanh-chinh/"
                     "tinh-tra-vinh-du-hop-truc-tuyen-tai-phien-hop-thu-sau-cua-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu",
                title=s0[0],
                blocks=blocks_from(s0, {5: "caption", 31: "author"}, 3, 31),
                list_date="14/11/2023",
                chrome={"other_news": [s0[32], s0[33]], "sidebar_title": [s0[34]],
                        "stats_title": [s0[35]], "stats": [l.strip().lstrip("•").strip() for l in s0[36:40]]},
            ),
            notice("/1426/37932/73050/700102/tin-tuc/khuyen-cao-nguoi-dan-chu-dong-phong-chong-nang-nong", WEATHER),
        ],
        articles_p2=[notice("/1426/37932/73050/700103/tin-tuc/soi-noi-phong-trao-the-duc-the-thao", SPORTS)],
        extra_listing_links=[("https://dichvucong.gov.vn/p/home/dvc-trang-chu.html", "Cổng Dịch vụ công quốc gia")],
    )
    tiengiang = Site(
        host="tiengiang.gov.vn", name="Cổng thông tin điện tử tỉnh Tiền Giang",
        office="Văn phòng Ủy ban nhân dân tỉnh Tiền Giang", family="liferay",
        listing_path="/web/guest/cai-cach-hanh-chinh",
        page2_target="/web/guest/cai-cach-hanh-chinh?cur=2",
        articles_p1=[
            Article(
                path="/web/guest/cai-cach-hanh-chinh/-/details/20182/cong-tac-cchc-gan-voi-cds-va-thuc-hien-de-an-06-8100001",
                # The seed has no headline; this title quotes the seed's own first sentence.
                title="Công tác CCHC gắn với CĐS và thực hiện Đề án 06",
                blocks=[Block("caption", "Quang cảnh hội nghị.")]
                + blocks_from(s1, {21: "caption", 39: "author"}, 3, 39),
                date_text="2023-08", list_date="2023-08",
                chrome={"date_label": ["date"]},
            ),
            notice("/web/guest/cai-cach-hanh-chinh/-/details/20182/khuyen-cao-phong-chong-nang-nong-8100002", WEATHER),
        ],
        articles_p2=[notice("/web/guest/cai-cach-hanh-chinh/-/details/20182/phong-trao-the-duc-the-thao-8100003", SPORTS)],
    )
    longan = Site(
        host="longan.gov.vn", name="Cổng thông tin điện tử tỉnh Long An",
        office="Ủy ban nhân dân tỉnh Long An", family="sharepoint",
        listing_path="/tin-tuc/Pages/cai-cach-hanh-chinh.aspx",
        page2_target="/tin-tuc/Pages/cai-cach-hanh-chinh.aspx?Page=2",
        articles_p1=[
            Article(
                path="/tin-tuc/Pages/tiep-tuc-cai-thien-chi-so-cai-cach-hanh-chinh.aspx",
                title=s2[6],
                blocks=blocks_from(s2, {15: "caption", 21: "heading", 31: "author"}, 11, 31),
                date_text=s2[8].split(" ")[0], counter=" ".join(s2[8].split(" ")[1:]),
                list_date="03/07/2023",
                chrome={"slogan": [s2[0]], "slides": [s2[1], s2[2]], "category": [s2[4]], "top": [s2[32]]},
            ),
            notice("/tin-tuc/Pages/khuyen-cao-nguoi-dan-chu-dong-phong-chong-nang-nong.aspx", WEATHER),
        ],
        articles_p2=[notice("/tin-tuc/Pages/soi-noi-phong-trao-the-duc-the-thao.aspx", SPORTS)],
    )
    paper = Site(
        host="baotinh.invalid", name="Báo tỉnh (bản chụp)", office="Báo tỉnh", family="wordpress",
        listing_path="/chuyen-muc/thoi-su/", page2_target="/chuyen-muc/thoi-su/page/2/",
        encoding="windows-1258",
        articles_p1=[
            Article(
                path="/xay-dung-va-thuc-hien-tot-cac-ke-hoach-cai-cach-hanh-chinh-nam-2017/",
                title=s3[0],
                blocks=blocks_from(s3, {3: "caption", 5: "heading", 13: "heading"}, 3, 21),
                chrome={"reply": [s3[22]], "reply_note": [s3[24]]},
            ),
            notice("/khuyen-cao-nguoi-dan-chu-dong-phong-chong-nang-nong/", WEATHER),
        ],
        articles_p2=[notice("/soi-noi-phong-trao-the-duc-the-thao/", SPORTS)],
    )
    body4 = [b if b.text.strip() != "anh tin bai" else Block("img", b.text)
             for b in blocks_from(s4, {10: "caption", 22: "caption", 40: "caption", 44: "author"}, 7, 44)]
    sonla = Site(
        host="sonoivu.sonla.gov.vn", name="Sở Nội vụ tỉnh Sơn La", office="Sở Nội vụ tỉnh Sơn La",
        family="nukeviet", listing_path="/vi/news/cai-cach-hanh-chinh/",
        page2_target="/vi/news/cai-cach-hanh-chinh/page-2",
        articles_p1=[
            Article(
                path="/vi/news/cai-cach-hanh-chinh/phien-hop-thu-6-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-5001.html",
                title=s4[4], blocks=body4, counter=s4[5], list_date="14/11/2023",
                chrome={"box_title": [s4[0]], "box_items": [l.strip().lstrip("•").strip() for l in s4[1:3]],
                        "box_pager": [s4[3]], "ads": [s4[47].strip(), s4[55].strip(), s4[57].strip()],
                        "trust": [s4[71].strip()]},
            ),
            notice("/vi/news/tin-tuc/khuyen-cao-nguoi-dan-chu-dong-phong-chong-nang-nong-5002.html", WEATHER),
        ],
        articles_p2=[notice("/vi/news/tin-tuc/soi-noi-phong-trao-the-duc-the-thao-5003.html", SPORTS)],
        footer_lines=[s4[62], s4[64], s4[65], s4[68], s4[69], s4[70]],
    )
    return [travinh, tiengiang, longan, paper, sonla]


def national_sites() -> list[Site]:
    def one(host, name, family, listing, article_path, title):
        return Site(host=host, name=name, office=name, family=family, listing_path=listing,
                    page2_target="", articles_p1=[Article(path=article_path, title=title, blocks=list(PLACEHOLDER))],
                    articles_p2=[])

    return [
        one("caicachhanhchinh.gov.vn", "Trang thông tin Cải cách hành chính", "drupal", "/tin-tuc",
            "/tin-tuc/chuyen-muc-tin-cai-cach-hanh-chinh-ban-chup-ngoai-tuyen",
            "Chuyên mục tin cải cách hành chính (bản chụp ngoại tuyến)"),
        one("moha.gov.vn", "Cổng thông tin điện tử Bộ Nội vụ", "generic", "/tin-tuc",
            "/tin-tuc/chuyen-muc-cai-cach-hanh-chinh-ban-chup-ngoai-tuyen",
            "Chuyên mục cải cách hành chính (bản chụp ngoại tuyến)"),
        one("dti.gov.vn", "Chỉ số chuyển đổi số DTI", "generic", "/tin-tuc",
            "/tin-tuc/chuyen-muc-chuyen-doi-so-ban-chup-ngoai-tuyen",
            "Chuyên mục chuyển đổi số (bản chụp ngoại tuyến)"),
        one("papi.org.vn", "PAPI", "wordpress", "/chuyen-muc/tin-tuc/",
            "/chuyen-muc-tin-papi-ban-chup-ngoai-tuyen/",
            "Chuyên mục tin PAPI (bản chụp ngoại tuyến)"),
        one("pcivietnam.vn", "PCI Việt Nam", "wordpress", "/chuyen-muc/tin-tuc/",
            "/chuyen-muc-tin-pci-ban-chup-ngoai-tuyen/",
            "Chuyên mục tin PCI (bản chụp ngoại tuyến)"),
    ]


# ------------------------------------------------------------------ rendering

MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Cải cách hành chính", "Văn bản", "Liên hệ"]


def head(site: Site, title: str) -> str:
    if site.encoding == "utf-8":
        meta = '<meta charset="utf-8">'
    else:
        meta = f'<meta http-equiv="Content-Type" content="text/html; charset={site.encoding}">'
    gen = '\n<meta name="generator" content="NukeViet v4.5">' if site.family == "nukeviet" else ""
    return (f"<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n{meta}{gen}\n<title>{e(title)} - {e(site.name)}</title>\n"
            f"<link rel=\"stylesheet\" href=\"/themes/default/style.css\">\n"
            f"<script>window.dataLayer = window.dataLayer || [];</script>\n</head>\n")


def menu(site: Site) -> str:
    items = "".join(f'<li><a href="/">{e(m)}</a></li>' for m in MENU)
    return (f'<header class="site-header"><div class="logo"><a href="/">{e(site.name)}</a></div>\n'
            f'<nav class="main-menu"><ul>{items}</ul></nav>\n'
            f'<form class="search" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm"></form></header>\n')


def footer(site: Site) -> str:
    lines = site.footer_lines or [
        f"Bản quyền thuộc {site.office}.",
        "Ghi rõ nguồn khi phát hành lại thông tin từ trang này.",
    ]
    body = "\n".join(f"<p>{e(l)}</p>" for l in lines)
    return f'<footer class="site-footer">\n{body}\n</footer>\n'


def render_blocks(blocks: list[Block]) -> str:
    out = []
    for b in blocks:
        t = e(b.text)
        if b.kind == "caption":
            out.append(f'<figure class="image"><img src="/images/tin-anh.jpg" alt="">'
                       f'<figcaption>{t}</figcaption></figure>')
        elif b.kind == "heading":
            out.append(f"<h2><strong>{t}</strong></h2>")
        elif b.kind == "author":
            out.append(f'<p class="author" style="text-align: right;"><strong>{t}</strong></p>')
        elif b.kind == "img":
            out.append(f'<p><img src="/images/anh-tin-bai.jpg" alt="{t.strip()}"></p>')
        else:
            out.append(f"<p>{t}</p>")
    return "\n".join(out)


def other_news(site: Site, art: Article, label: str = "Tin khác", pager: str = "") -> str:
    others = [a for a in site.articles_p1 + site.articles_p2 if a.path != art.path]
    lis = "".join(f'<li><a href="{e(a.path)}">{e(a.title)}</a></li>' for a in others)
    links = "".join(f'<a href="#">{e(x)}</a>\xa0' for x in pager.split("\xa0") if x)
    pg = f'<div class="pager">{links}</div>' if pager else ""
    return f"<h3>{e(label)}</h3><ul>{lis}</ul>{pg}"


def render_article(site: Site, art: Article) -> str:
    c = art.chrome
    blocks = render_blocks(art.blocks)
    f = site.family
    if f == "numeric_path":
        stats = "".join(f"<li>{e(x)}</li>" for x in c.get("stats", []))
        tin_khac = c.get("other_news", ["Tin khác", ""])
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="{site.listing_path}">Cải cách hành chính</a></div>\n'
            f'<div class="news-detail">\n<h1 class="news-detail-title">{e(art.title)}</h1>\n'
            f'<div class="share-tools"><a href="#">Chia sẻ</a> <a href="#">In bài</a></div>\n'
            f'<div class="news-detail-content">\n{blocks}\n'
            f'<div class="other-news">{other_news(site, art, tin_khac[0], tin_khac[1])}</div>\n</div>\n</div>\n'
        )
        side = (f'<aside class="sidebar"><div class="box"><h3>{e((c.get("sidebar_title") or ["THÔNG BÁO"])[0])}</h3>'
                f'<ul><li><a href="#">Lịch tiếp công dân</a></li></ul></div>\n'
                f'<div class="box stats"><h3>{e((c.get("stats_title") or ["Thống kê truy cập"])[0])}</h3>'
                f'<ul>{stats}</ul></div></aside>\n')
    elif f == "liferay":
        label = (c.get("date_label") or [""])[0]
        date = (f'<div class="asset-publish-date"><span class="label">{e(label)}</span> {e(art.date_text)}</div>\n'
                if art.date_text else "")
        main = (
            f'<div class="portlet-boundary portlet-journal-content"><div class="journal-content-article">\n'
            f'<h1 class="header-title">{e(art.title)}</h1>\n{date}'
            f'<div class="article-body">\n{blocks}\n</div>\n'
            f'<div class="taglib-ratings">Đánh giá bài viết</div>\n'
            f'<div class="view-count">Lượt xem: chưa có</div>\n</div></div>\n'
            f'<div class="related-assets">{other_news(site, art)}</div>\n'
        )
        side = '<aside class="sidebar"><div class="box"><h3>Liên kết</h3><ul><li><a href="#">Dịch vụ công</a></li></ul></div></aside>\n'
    elif f == "sharepoint":
        slides = "".join(f'<div class="slide"><img src="/images/slide.jpg" alt="{e(x)}"></div>' for x in c.get("slides", []))
        slogan = "".join(f'<div class="slogan">{e(x)}</div>' for x in c.get("slogan", []))
        category = (c.get("category") or ["Tin tức"])[0]
        counter = f' <span class="view-count">{e(art.counter)}</span>' if art.counter else ""
        date = f'<div class="article-date">{e(art.date_text)}{counter}</div>\n' if art.date_text else ""
        main = (
            f'{slogan}<div class="banner-slider">{slides}</div>\n'
            f'<div class="ms-webpart-zone"><div class="category-title">{e(category)}</div>\n'
            f'<div class="ms-rtestate-field">\n<h1 class="article-title">{e(art.title)}</h1>\n{date}'
            f'<div class="article-content">\n{blocks}\n</div>\n</div>\n'
            f'<div class="related-news">{other_news(site, art, "Các tin khác")}</div>\n'
            f'<a class="back-to-top" href="#">{e((c.get("top") or ["Top"])[0])}</a></div>\n'
        )
        side = ""
    elif f == "wordpress":
        reply = (c.get("reply") or ["Trả lời"])[0]
        note = (c.get("reply_note") or ["Email của bạn sẽ không được hiển thị công khai."])[0]
        time_el = f'<time class="entry-date">{e(art.date_text)}</time>' if art.date_text else ""
        main = (
            f'<article class="post type-post">\n<header class="entry-header"><h1 class="entry-title">{e(art.title)}</h1>'
            f'<div class="entry-meta">{time_el}</div></header>\n'
            f'<div class="entry-content">\n{blocks}\n'
            f'<div class="sharedaddy"><h3>Chia sẻ:</h3><a href="#">Facebook</a></div>\n</div>\n</article>\n'
            f'<div class="jp-relatedposts">{other_news(site, art, "Bài liên quan")}</div>\n'
            f'<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{e(reply)}</h3>\n'
            f'<form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">{e(note)}</p>'
            f'<textarea name="comment"></textarea><input type="submit" value="Phản hồi"></form></div>\n'
        )
        side = '<aside class="widget-area"><section class="widget"><h2>Chuyên mục</h2><ul><li><a href="#">Thời sự</a></li></ul></section></aside>\n'
    elif f == "nukeviet":
        counter = f'<div class="hitcount">{e(art.counter)}</div>\n' if art.counter else ""
        box_items = "".join(f'<li><a href="#">{e(x)}</a></li>' for x in c.get("box_items", []))
        pager = (c.get("box_pager") or [""])[0]
        pager_html = f'<div class="pagination">{e(pager)}</div>' if pager else ""
        ads = "".join(f'<div class="banner"><img src="/images/qc.jpg" alt="{e(x)}"></div>' for x in c.get("ads", []))
        main = (
            f'<div class="news_column panel">\n<h1 class="title">{e(art.title)}</h1>\n'
            f'{counter}<div id="news-bodyhtml" class="bodytext">\n{blocks}\n</div>\n'
            f'<div class="news-related">{other_news(site, art)}</div>\n</div>\n'
        )
        side = (f'<aside class="col-right"><div class="panel"><h3>{e((c.get("box_title") or ["Tin mới"])[0])}</h3>'
                f'<ul>{box_items}</ul>{pager_html}</div>{ads}</aside>\n')
    elif f == "drupal":
        main = (
            f'<h1 class="page-title">{e(art.title)}</h1>\n<div class="node node-article">\n'
            f'<div class="field-name-body">\n{blocks}\n</div>\n'
            f'<ul class="links"><li><a href="#">Bản in</a></li></ul></div>\n'
        )
        side = ""
    else:  # generic: no known classes, trafilatura territory
        main = f"<main><article><h1>{e(art.title)}</h1>\n{blocks}\n</article></main>\n"
        side = '<aside><ul class="tin-moi"><li><a href="/">Trang chủ</a></li></ul></aside>\n'
    trust = "".join(f'<img src="/images/tinnhiem.png" alt="{e(x)}">' for x in c.get("trust", []))
    return (head(site, art.title) + "<body>\n" + menu(site) + '<div id="wrapper">\n' + main + side
            + "</div>\n" + footer(site).replace("</footer>", f"{trust}</footer>") + "</body>\n</html>\n")


def listing_item(site: Site, art: Article) -> str:
    d = art.list_date
    f = site.family
    if f == "numeric_path":
        return (f'<div class="news-item"><a class="news-title" href="{e(art.path)}">{e(art.title)}</a>'
                f'{f"<span class=news-date>{e(d)}</span>" if d else ""}</div>')
    if f == "liferay":
        return (f'<div class="asset-abstract"><h3 class="asset-title"><a href="{e(art.path)}">{e(art.title)}</a></h3>'
                f'{f"<span class=asset-date>{e(d)}</span>" if d else ""}</div>')
    if f == "sharepoint":
        return (f'<div class="news-list-item"><a class="news-title" href="{e(art.path)}">{e(art.title)}</a>'
                f'{f"<span class=news-date>{e(d)}</span>" if d else ""}</div>')
    if f == "wordpress":
        return (f'<article class="post"><h2 class="entry-title"><a href="{e(art.path)}">{e(art.title)}</a></h2>'
                f'{f"<time class=entry-date>{e(d)}</time>" if d else ""}</article>')
    if f == "nukeviet":
        return (f'<div class="news-item"><h3><a href="{e(art.path)}">{e(art.title)}</a></h3>'
                f'{f"<span class=news-time>{e(d)}</span>" if d else ""}</div>')
    if f == "drupal":
        return f'<div class="views-row"><span class="views-field-title"><a href="{e(art.path)}">{e(art.title)}</a></span></div>'
    return f'<li><a href="{e(art.path)}">{e(art.title)}</a></li>'


def render_listing(site: Site, articles: list[Article], page: int, has_next: bool, extra: list[tuple[str, str]]) -> str:
    items = [listing_item(site, a) for a in articles]
    items += [listing_item(site, Article(path=href, title=t, blocks=[])) for href, t in extra]
    body = "\n".join(items)
    nxt = f'<a class="next" href="{e(site.page2_target)}">Trang sau ›</a>' if has_next else ""
    prev = f'<a class="prev" href="{e(site.listing_path)}">‹ Trang trước</a>' if page > 1 else ""
    wrap = {
        "numeric_path": ('<div class="news-list">', "</div>"),
        "liferay": ('<div class="asset-publisher">', "</div>"),
        "sharepoint": ('<div class="news-list">', "</div>"),
        "wordpress": ('<div class="post-list">', "</div>"),
        "nukeviet": ('<div class="news_column news-list">', "</div>"),
        "drupal": ('<div class="view-content">', "</div>"),
    }.get(site.family, ('<ul class="tin-moi">', "</ul>"))
    title = "Cải cách hành chính" + (f" - Trang {page}" if page > 1 else "")
    return (head(site, title) + "<body>\n" + menu(site) + f'<div id="wrapper">\n<h1 class="category">{e(title)}</h1>\n'
            + wrap[0] + "\n" + body + "\n" + wrap[1] + f'\n<div class="paging">{prev} {nxt}</div>\n</div>\n'
            + footer(site) + "</body>\n</html>\n")


# ------------------------------------------------------------------ writing


def encode(site: Site, text: str) -> bytes:
    return encode_cp1258(text) if site.encoding == "windows-1258" else text.encode("utf-8")


def write_site(out: Path, site: Site) -> int:
    d = out / site.host
    routes: dict[str, dict] = {}
    ctype = "text/html" if site.encoding != "utf-8" else "text/html; charset=utf-8"

    def put(target: str, rel: str, data: bytes, content_type: str = ctype) -> None:
        p = d / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
        routes[target] = {"file": rel, "content_type": content_type, "last_modified": LAST_MODIFIED}

    put("/robots.txt", "robots.txt", ROBOTS.format(delay=site.crawl_delay).encode(), "text/plain; charset=utf-8")
    has_p2 = bool(site.articles_p2)
    put(site.listing_path, "listing/page-1.html",
        encode(site, render_listing(site, site.articles_p1, 1, has_p2, site.extra_listing_links)))
    if has_p2:
        put(site.page2_target, "listing/page-2.html", encode(site, render_listing(site, site.articles_p2, 2, False, [])))
    for i, art in enumerate(site.articles_p1 + site.articles_p2, 1):
        put(art.path, f"articles/{i:02d}.html", encode(site, render_article(site, art)))
    (d / "_routes.json").write_text(json.dumps({"host": site.host, "routes": routes}, ensure_ascii=False, indent=1,
                                               sort_keys=True) + "\n", encoding="utf-8")
    return len(routes)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seeds", type=Path, default=SEEDS_DIR)
    ap.add_argument("--out", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)
    if not args.seeds.is_dir():
        print(f"seeds directory not found: {args.seeds}", file=sys.stderr)
        return 2
    sites = seed_sites(args.seeds) + national_sites()
    for site in sites:
        target = args.out / site.host
        if target.exists():
            shutil.rmtree(target)
        n = write_site(args.out, site)
        print(f"{site.host}: {n} routes ({site.family}, {site.encoding})", file=sys.stderr)
    readme = args.out / "README.md"
    readme.write_text(
        "# Offline snapshot of the source sites\n\n"
        "Generated by `scripts/build_snapshots.py` from `../shared/seeds/`; do not edit by hand.\n"
        "Served by `cchc replay-server` (routing by Host header). Each seed site holds robots.txt,\n"
        "a two-page listing, the seed article in site chrome and two short non-reform notices\n"
        "written for the snapshot (no numbers). National publishers hold one number-free\n"
        "placeholder notice. `baotinh.invalid` (seed 003, paper unknown) is windows-1258.\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
