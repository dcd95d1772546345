"""Acceptance: crawl the five seed sites from the replay server into the raw zone and raw
tables, parse them, and get back exactly the seed articles without site furniture.

The expected bodies are computed here from ../shared/seeds independently of the snapshot
builder: the seed text minus its headline and minus the lines listed as chrome below.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from scrapers.fetch import Fetcher, FetchOptions
from scrapers.parse import parse_pages
from scrapers.rawzone import RawZone
from scrapers.registry import load_registry
from scrapers.replay import ReplayServer
from scrapers.scrape import scrape_sources
from scrapers.settings import Settings

pytestmark = [pytest.mark.integration, pytest.mark.timeout(120)]

SEED_SOURCES = ["travinh_portal", "tiengiang_portal", "longan_portal", "provincial_paper_2016", "sonla_sonoivu"]

# seed file prefix -> (article URL, lines of the seed that are title or site chrome)
SEEDS = {
    "000": (
        "https://travinh.gov.vn/1426/37932/73050/700101/cai-cach-hanh-chinh/"
        "tinh-tra-vinh-du-hop-truc-tuyen-tai-phien-hop-thu-sau-cua-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu",
        ["Tỉnh Trà Vinh dự họp trực tuyến tại phiên họp thứ sáu của Ban chỉ đạo cải cách hành chính của Chính phủ",
         "Tin khác", "1 2 3 4 5", "THÔNG BÁO", "Thống kê truy cập", "• Đang online: 10", "• Hôm nay: 52",
         "• Trong tuần: 1 421", "• Tất cả: 1608916"],
    ),
    "001": (
        "https://tiengiang.gov.vn/web/guest/cai-cach-hanh-chinh/-/details/20182/"
        "cong-tac-cchc-gan-voi-cds-va-thuc-hien-de-an-06-8100001",
        [],  # no headline in the seed; its first line starts with the date element "date 2023-08"
    ),
    "002": (
        "https://longan.gov.vn/tin-tuc/Pages/tiep-tuc-cai-thien-chi-so-cai-cach-hanh-chinh.aspx",
        ["Chúng tôi luôn thấu hiểu bệnh nhân và luôn cố gắng đáp ứng yêu cầu của bệnh nhân.", "Slide1", "Slide2",
         "Cải cách hành chính", "Tiếp tục cải thiện Chỉ số cải cách hành chính", "03/07/2023 50 Đã xem", "Top"],
    ),
    "003": (
        "https://baotinh.invalid/xay-dung-va-thuc-hien-tot-cac-ke-hoach-cai-cach-hanh-chinh-nam-2017/",
        ["Xây dựng và thực hiện tốt các kế hoạch cải cách hành chính năm 2017", "Trả lời",
         "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *"],
    ),
    "004": (
        "https://sonoivu.sonla.gov.vn/vi/news/cai-cach-hanh-chinh/"
        "phien-hop-thu-6-ban-chi-dao-cai-cach-hanh-chinh-cua-chinh-phu-5001.html",
        ["Điểm tin trong ngày", "• Màn chào hỏi của công đoàn sở nội vụ Tỉnh Sơn La", "• Dấu ấn tình nguyện hè xanh",
         "Trang đầu « 1 » Trang cuối", "Phiên họp thứ 6 Ban Chỉ đạo Cải cách hành chính của Chính phủ",
         "Lượt xem: 470", "anh tin bai", "image advertisement", "Bản quyền thuộc Sở Nội vụ tỉnh Sơn La.",
         "Chịu trách nhiệm quản lý nội dung: Lương Thị Như Hoa - Giám đốc Sở", "Chung nhan Tin Nhiem Mang"],
    ),
}
SEED_004_FOOTER_PREFIXES = ("Địa chỉ:", "ĐT:", "E-mail:", "Được thiết lập theo Giấy phép")
# Lines that must never be in any article body (domain.md §5 boilerplate).
BOILERPLATE = ["Tin khác", "Lượt xem", "Thống kê truy cập", "Đang online", "Đã xem", "Trả lời",
               "Email của bạn sẽ không được hiển thị", "Bản quyền thuộc", "Trang cuối", "Slide1"]
EXPECTED_DATES = {"000": "2023-11-14", "001": "2023-08-01", "002": "2023-07-03", "003": None, "004": "2023-11-14"}


def norm(text: str) -> str:
    return " ".join(text.split())


def expected_body(seeds_dir: Path, prefix: str) -> str:
    text = next(seeds_dir.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")
    chrome = {norm(l) for l in SEEDS[prefix][1]}
    keep = [l for l in text.split("\n")
            if norm(l) not in chrome and not (prefix == "004" and norm(l).startswith(SEED_004_FOOTER_PREFIXES))]
    body = norm("\n".join(keep))
    return body.removeprefix("date 2023-08 ") if prefix == "001" else body


@pytest.fixture
def replay():
    with ReplayServer() as srv:
        yield srv


@pytest.fixture
def crawl_env(replay, tmp_path):
    settings = Settings.from_env().with_overrides(
        mode="offline", replay_port=replay.port, raw_root=tmp_path / "raw", min_host_interval_s=0.0
    )
    registry = load_registry(settings.sources_file)
    # Tiny delays: robots.txt of the snapshot asks for 2 s between requests.
    options = FetchOptions.from_settings(settings, max_crawl_delay_s=0.0, backoff_base_s=0.01)
    fetcher = Fetcher(settings, registry, options)
    yield settings, registry, fetcher
    fetcher.close()


def _counts(conn) -> dict[str, int]:
    return {t: conn.execute(f"select count(*) from raw.{t}").fetchone()[0]
            for t in ("fetch_log", "pages", "articles", "quarantine")}


def test_crawl_seed_sites_yields_exact_seed_articles_and_is_idempotent(crawl_env, warehouse, seeds_dir, caplog):
    settings, registry, fetcher = crawl_env
    caplog.set_level(logging.INFO)

    summaries = scrape_sources(settings, SEED_SOURCES, "run-1", conn=warehouse, fetcher=fetcher, registry=registry)
    by_id = {s.source_id: s for s in summaries}
    assert set(by_id) == set(SEED_SOURCES)
    for s in summaries:
        # 2 listing pages + seed article + 2 non-reform notices
        assert (s.fetched, s.failed, s.refused, s.listing_pages) == (5, 0, 0, 2), s.line()
    assert "REFUSED off-host link https://dichvucong.gov.vn/" in caplog.text  # travinh listing links out
    assert by_id["travinh_portal"].skipped == 1 and by_id["longan_portal"].skipped == 0

    zone = RawZone(settings.raw_root)
    files_1 = sorted(p.relative_to(settings.raw_root) for p in zone.files())
    assert len(files_1) == 25
    for f in files_1:  # <source_id>/<yyyy>/<mm>/<sha256>.html.gz
        assert f.parts[0] in SEED_SOURCES and len(f.parts[1]) == 4 and len(f.parts[2]) == 2
        assert f.name.endswith(".html.gz") and len(f.name) == 64 + len(".html.gz")

    summary = parse_pages(settings, warehouse, SEED_SOURCES, registry=registry)
    assert (summary.parsed, summary.irrelevant, summary.not_article, summary.failed) == (5, 10, 10, 0), summary.line()

    rows = {r[0]: r[1:] for r in warehouse.execute(
        "select url, title, body, published_on::text, parser, source_id from raw.articles")}
    assert len(rows) == 5
    for prefix, (url, _) in SEEDS.items():
        title, body, published, parser, source_id = rows[url]
        assert norm(body) == expected_body(seeds_dir, prefix), f"seed {prefix} body differs"
        for line in BOILERPLATE:
            assert line not in body, f"seed {prefix}: boilerplate {line!r} in body"
        assert published == EXPECTED_DATES[prefix], prefix
        assert parser.startswith("bs4:")
        assert title
    # The legacy page was served as windows-1258 and decoded to the exact NFC text.
    enc = warehouse.execute("select encoding from raw.pages where url = %s", (SEEDS["003"][0],)).fetchone()[0]
    assert enc == "cp1258"

    counts_1 = _counts(warehouse)
    assert counts_1["pages"] == 25 and counts_1["quarantine"] == 0

    # Second night: nothing changed on the sites.
    caplog.clear()
    summaries_2 = scrape_sources(settings, SEED_SOURCES, "run-2", conn=warehouse, fetcher=fetcher, registry=registry)
    for s in summaries_2:
        assert (s.fetched, s.unchanged, s.new_files) == (0, 5, 0), s.line()
    assert "304 Not Modified" in caplog.text
    files_2 = sorted(p.relative_to(settings.raw_root) for p in zone.files())
    assert files_2 == files_1, "a second crawl wrote raw files"
    summary_2 = parse_pages(settings, warehouse, SEED_SOURCES, registry=registry)
    assert summary_2.parsed == 0 and summary_2.loaded == 0
    counts_2 = _counts(warehouse)
    assert counts_2["pages"] == counts_1["pages"] and counts_2["articles"] == counts_1["articles"]
    assert counts_2["fetch_log"] > counts_1["fetch_log"]  # attempts are history
    outcomes = dict(warehouse.execute(
        "select outcome, count(*) from raw.fetch_log where run_id = 'run-2' group by outcome").fetchall())
    assert outcomes == {"unchanged": 25}

    # Reparse from the raw zone alone (no replay server needed) gives the same articles.
    summary_3 = parse_pages(settings, warehouse, SEED_SOURCES, reparse=True, registry=registry)
    assert summary_3.parsed == 5 and _counts(warehouse)["articles"] == 5


def test_refetch_downloads_again_but_stores_nothing_new(crawl_env, warehouse):
    settings, registry, fetcher = crawl_env
    scrape_sources(settings, ["sonla_sonoivu"], "run-1", conn=warehouse, fetcher=fetcher, registry=registry)
    files = RawZone(settings.raw_root).files()
    [s] = scrape_sources(settings, ["sonla_sonoivu"], "run-2", refetch=True, conn=warehouse, fetcher=fetcher,
                         registry=registry)
    assert s.fetched == 5 and s.new_files == 0
    assert RawZone(settings.raw_root).files() == files
    assert warehouse.execute("select count(*) from raw.pages").fetchone()[0] == 5


def test_since_skips_older_listed_articles(crawl_env, warehouse, caplog):
    settings, registry, fetcher = crawl_env
    caplog.set_level(logging.INFO)
    from datetime import date

    [s] = scrape_sources(settings, ["longan_portal"], "run-1", since=date(2023, 8, 1), conn=warehouse,
                         fetcher=fetcher, registry=registry)
    assert s.skipped == 1  # the seed article is listed on 03/07/2023
    assert "before --since 2023-08-01" in caplog.text
    urls = {r[0] for r in warehouse.execute("select url from raw.pages")}
    assert SEEDS["002"][0] not in urls


def test_hosts_are_crawled_concurrently(replay, tmp_path, warehouse):
    """With 0.1 s latency per request, 5 hosts x 6 requests take ~0.6 s in parallel, 3 s in series."""
    replay.set_faults("*:latency=0.1")
    settings = Settings.from_env().with_overrides(
        mode="offline", replay_port=replay.port, raw_root=tmp_path / "raw", min_host_interval_s=0.0)
    registry = load_registry(settings.sources_file)
    fetcher = Fetcher(settings, registry, FetchOptions.from_settings(settings, max_crawl_delay_s=0.0))
    t0 = time.monotonic()
    summaries = scrape_sources(settings, SEED_SOURCES, "run-c", conn=warehouse, fetcher=fetcher, registry=registry)
    elapsed = time.monotonic() - t0
    fetcher.close()
    assert sum(s.fetched for s in summaries) == 25
    assert elapsed < 2.0, f"crawl took {elapsed:.2f}s: hosts were not fetched concurrently"
