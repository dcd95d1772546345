"""Helpers for the fetcher tests: a one-host snapshot, its registry entry, a fetcher with
recorded sleeps (so backoff and Retry-After are asserted without waiting)."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from scrapers.fetch import Fetcher, FetchOptions
from scrapers.rawzone import RawZone
from scrapers.registry import Listing, Pagination, Registry, Selectors, Source
from scrapers.replay import ReplayServer
from scrapers.settings import Settings

HOST = "tinh-thu.gov.vn"
OTHER_HOST = "khac.gov.vn"
PAGE = "<html><head><meta charset='utf-8'><title>t</title></head><body><h1>Tiêu đề</h1><p>Cải cách hành chính</p></body></html>"


def write_site(root: Path, host: str, pages: dict[str, tuple[bytes | str, str]], robots: str | None = None) -> None:
    """pages: target -> (body, content type)."""
    d = root / host
    d.mkdir(parents=True, exist_ok=True)
    routes = {}
    if robots is not None:
        pages = {"/robots.txt": (robots, "text/plain; charset=utf-8"), **pages}
    for i, (target, (body, ctype)) in enumerate(pages.items()):
        name = f"f{i}.bin"
        (d / name).write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        routes[target] = {"file": name, "content_type": ctype}
    (d / "_routes.json").write_text(json.dumps({"routes": routes}), encoding="utf-8")


def source(host: str = HOST, crawl_delay_s: float | None = None, encoding: str | None = None) -> Source:
    return Source(
        id=host.split(".")[0].replace("-", "_"), name=host, province=None, kind="national_publisher",
        base_url=f"https://{host}/", allowed_hosts=(host,), cms="generic",
        listings=(Listing(f"https://{host}/tin-tuc", Pagination("", 1)),), selectors=Selectors(),
        crawl_delay_s=crawl_delay_s, encoding=encoding,
    )


@dataclass
class Kit:
    server: ReplayServer
    settings: Settings
    fetcher: Fetcher
    source: Source
    zone: RawZone
    sleeps: list[float] = field(default_factory=list)

    def served(self, target: str) -> list:
        return [r for r in self.server.requests if r.target == target]


def make_kit(server: ReplayServer, tmp_path: Path, src: Source | None = None, *, mode: str = "offline",
             resolver=None, **option_overrides) -> Kit:
    src = src or source()
    settings = Settings.from_env().with_overrides(
        mode=mode, replay_port=server.port, raw_root=tmp_path / "raw", min_host_interval_s=0.0)
    registry = Registry((src,))
    opts = dict(max_crawl_delay_s=0.0, backoff_base_s=0.2, connect_timeout_s=2.0, read_timeout_s=2.0, max_retries=3)
    opts.update(option_overrides)
    sleeps: list[float] = []
    kw = {"resolver": resolver} if resolver else {}
    fetcher = Fetcher(settings, registry, FetchOptions.from_settings(settings, **opts), sleep=sleeps.append, **kw)
    return Kit(server, settings, fetcher, src, RawZone(settings.raw_root), sleeps)
