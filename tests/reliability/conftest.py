"""The reliability suite's rig: a synthetic site on the real replay server (optionally behind
a misbehaving TCP proxy), the real fetcher/scraper/parser/loader on a fresh PostgreSQL
database, integrity counts, and the scoreboard recorder.

Every test here gets a :class:`Score` (autouse). The test sets ``rows_lost`` and
``duplicates_created`` from what it counted in the database and the raw zone; after the
test, one JSON line per scenario is appended to ``.local/reliability/results.jsonl``
with ``survived`` = the test passed (an xfail is a scenario that did not survive).
"""
from __future__ import annotations

import json
import os
import pickle
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass, field
from fnmatch import fnmatch
from pathlib import Path
from typing import Iterator

import pytest

ROOT = Path(__file__).resolve().parents[2]
RESULTS = Path(os.environ.get("CCHC_RELIABILITY_RESULTS") or ROOT / ".local" / "reliability" / "results.jsonl")

# --------------------------------------------------------------------------- scoreboard


@dataclass
class Score:
    scenario: str
    rows_lost: int | None = None
    duplicates_created: int | None = None
    notes: list[str] = field(default_factory=list)

    def measure(self, lost: int, dup: int) -> None:
        """Record the counted loss and duplication (call before the final asserts)."""
        self.rows_lost = int(lost)
        self.duplicates_created = int(dup)


def _scenario_name(item: pytest.Item) -> str:
    module = item.module.__name__.rsplit(".", 1)[-1].removeprefix("test_")
    name = item.name.removeprefix("test_")
    return f"{module}: {name}"


@pytest.fixture(scope="session")
def _results_file() -> Path:
    """Cleared once per session (the first reliability test), appended to by each test."""
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("", encoding="utf-8")
    return RESULTS


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    rep = outcome.get_result()
    if rep.when == "call" or (rep.when == "setup" and rep.outcome != "passed"):
        item._reliability_report = rep  # type: ignore[attr-defined]


@pytest.fixture(autouse=True)
def score(request, _results_file: Path) -> Iterator[Score]:
    s = Score(_scenario_name(request.node))
    yield s
    rep = getattr(request.node, "_reliability_report", None)
    survived = bool(rep is not None and rep.passed and not hasattr(rep, "wasxfail"))
    line = {
        "scenario": s.scenario,
        "tried": 1,
        "survived": survived,
        "rows_lost": s.rows_lost,
        "duplicates_created": s.duplicates_created,
        "xfail": bool(rep is not None and hasattr(rep, "wasxfail")),
        "nodeid": request.node.nodeid,
    }
    with _results_file.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(line, ensure_ascii=False) + "\n")


# --------------------------------------------------------------------------- synthetic sites

ROBOTS = "User-agent: *\nAllow: /\n"
HOST_A = "tinh-a.gov.vn"
HOST_B = "tinh-b.gov.vn"


def article_body(i: int = 1, score: str = "85,12", rank: int = 12, done: int = 32) -> str:
    return (
        f"Ngày 14/11/2023, UBND tỉnh Trà Vinh cho biết Chỉ số cải cách hành chính (PAR Index) năm 2022 "
        f"của tỉnh đạt {score} điểm, xếp hạng {rank}/63 tỉnh, thành phố. Năm 2023 tỉnh hoàn thành "
        f"{done}/38 nhiệm vụ cải cách hành chính, đẩy mạnh chuyển đổi số và dịch vụ công trực tuyến "
        f"toàn trình cho người dân và doanh nghiệp (bài số {i})."
    )


def article_html(title: str, body: str, date: str = "14/11/2023", charset: str = "utf-8") -> str:
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<html><head><meta charset='{charset}'><title>{title}</title></head><body>"
            f"<h1 class='title'>{title}</h1><div class='date'>{date}</div>"
            f"<div class='content'>{paras}</div></body></html>")


def listing_html(hrefs: list[str]) -> str:
    items = "".join(f"<li class='item'><a class='title' href='{h}'>Bài {i}</a><span class='date'>14/11/2023</span></li>"
                    for i, h in enumerate(hrefs))
    return f"<html><head><meta charset='utf-8'><title>Tin tức</title></head><body><ul>{items}</ul></body></html>"


def write_site(root: Path, host: str, pages: dict[str, bytes | str], robots: str = ROBOTS,
               content_type: str = "text/html; charset=utf-8") -> dict[str, Path]:
    """Snapshot of one host for the replay server: target -> body. Returns target -> file."""
    d = root / host
    d.mkdir(parents=True, exist_ok=True)
    routes, files = {}, {}
    all_pages = {"/robots.txt": robots, **pages}
    for i, (target, body) in enumerate(all_pages.items()):
        name = f"f{i}.bin"
        (d / name).write_bytes(body.encode("utf-8") if isinstance(body, str) else body)
        ctype = "text/plain; charset=utf-8" if target == "/robots.txt" else content_type
        if isinstance(body, bytes) and target != "/robots.txt":
            ctype = "text/html"  # bytes: let the page's own meta declare its charset
        routes[target] = {"file": name, "content_type": ctype}
        files[target] = d / name
    (d / "_routes.json").write_text(json.dumps({"routes": routes}), encoding="utf-8")
    return files


def make_source(host: str = HOST_A, extra_hosts: tuple[str, ...] = ()):
    from scrapers.registry import Listing, Pagination, Selectors, Source

    return Source(
        id=host.split(".")[0].replace("-", "_"), name=host, province="Trà Vinh", kind="provincial_portal",
        base_url=f"https://{host}/", allowed_hosts=(host, *extra_hosts), cms="generic",
        listings=(Listing(f"https://{host}/tin-tuc", Pagination("", 1)),),
        selectors=Selectors(listing_links="li.item a.title", listing_date=".date", title="h1.title",
                            date=".date", body=".content"),
        article_url_pattern=r"^/bai/",
    )


def standard_site(root: Path, host: str = HOST_A, n: int = 5, extra_links: list[str] | None = None) -> list[str]:
    """A listing with n reform articles at /bai/1..n; returns the article URLs."""
    hrefs = [f"/bai/{i}" for i in range(1, n + 1)]
    pages: dict[str, bytes | str] = {"/tin-tuc": listing_html(hrefs + (extra_links or []))}
    for i in range(1, n + 1):
        pages[f"/bai/{i}"] = article_html(f"Cải cách hành chính: bài {i}", article_body(i, rank=10 + i))
    write_site(root, host, pages)
    return [f"https://{host}{h}" for h in hrefs]


# --------------------------------------------------------------------------- a misbehaving proxy


class FaultProxy:
    """TCP proxy on loopback in front of the replay server; one HTTP request per connection.

    rules: (path glob, mode, first N matching requests or None = all) with mode
    ``reset`` (read the request, then close with RST), ``trickle:<bytes>:<seconds>``
    (forward the response a few bytes at a time) or ``pass``.
    """

    def __init__(self, upstream_port: int):
        self.upstream_port = upstream_port
        self.rules: list[tuple[str, str, int | None]] = []
        self.counts: dict[int, int] = {}
        self.log: list[tuple[str, str]] = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.thread = threading.Thread(target=self._serve, daemon=True, name="fault-proxy")

    def __enter__(self) -> "FaultProxy":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.sock.close()
        with self.lock:
            for c in self.conns:
                try:
                    c.close()
                except OSError:
                    pass

    def _mode(self, path: str) -> str:
        with self.lock:
            for i, (glob, mode, first) in enumerate(self.rules):
                if fnmatch(path, glob):
                    n = self.counts.get(i, 0)
                    self.counts[i] = n + 1
                    if first is None or n < first:
                        self.log.append((path, mode))
                        return mode
            self.log.append((path, "pass"))
            return "pass"

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                client, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            with self.lock:
                self.conns.append(client)
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        try:
            client.settimeout(10)
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = client.recv(4096)
                if not chunk:
                    return
                head += chunk
            path = head.split(b" ", 2)[1].decode("latin-1")
            mode = self._mode(path)
            if mode == "reset":
                client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                client.close()
                return
            req, _, rest = head.partition(b"\r\n\r\n")
            lines = [l for l in req.split(b"\r\n") if not l.lower().startswith(b"connection:")]
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port), timeout=10)
            with upstream:
                upstream.sendall(b"\r\n".join(lines) + b"\r\nConnection: close\r\n\r\n" + rest)
                injected = False
                buf = b""
                while not self.stopping.is_set():
                    data = upstream.recv(65536)
                    if not data:
                        break
                    if not injected:
                        buf += data
                        if b"\r\n" not in buf:
                            continue
                        status, _, after = buf.partition(b"\r\n")
                        data = status + b"\r\nConnection: close\r\n" + after
                        injected = True
                    if mode.startswith("trickle:"):
                        _, size, pause = mode.split(":")
                        step, delay = int(size), float(pause)
                        for i in range(0, len(data), step):
                            if self.stopping.is_set():
                                return
                            client.sendall(data[i:i + step])
                            time.sleep(delay)
                    else:
                        client.sendall(data)
        except OSError:
            pass
        finally:
            try:
                client.close()
            except OSError:
                pass


class TrapServer:
    """A listener on another loopback port that must never be contacted."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.hits = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        while not self.stopping.is_set():
            try:
                c, _ = self.sock.accept()
            except (socket.timeout, OSError):
                continue
            self.hits += 1
            c.close()

    def __enter__(self) -> "TrapServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopping.set()
        self.thread.join(timeout=5)
        self.sock.close()


# --------------------------------------------------------------------------- the rig


@dataclass
class Rig:
    """Replay server + (optional) proxy + fetcher + fresh database, for one test."""

    root: Path
    tmp: Path
    dsn: str
    conn: object
    server: object = None
    proxy: FaultProxy | None = None
    sources: tuple = ()
    settings: object = None
    registry: object = None
    options: object = None
    fetcher: object = None
    sleeps: list[float] = field(default_factory=list)

    # -- lifecycle
    def start(self, *sources, faults: str | None = None, proxy: bool = False, **option_overrides) -> "Rig":
        from scrapers.fetch import Fetcher, FetchOptions
        from scrapers.registry import Registry
        from scrapers.replay import ReplayServer
        from scrapers.settings import Settings

        self.sources = sources or (make_source(),)
        self.server = ReplayServer(self.root, faults=faults).start()
        port = self.server.port
        if proxy:
            self.proxy = FaultProxy(port).__enter__()
            port = self.proxy.port
        self.settings = Settings.from_env().with_overrides(
            mode="offline", replay_port=port, raw_root=self.tmp / "raw", min_host_interval_s=0.0,
            database_url=self.dsn)
        self.registry = Registry(tuple(self.sources))
        opts = dict(max_crawl_delay_s=0.0, backoff_base_s=0.01, connect_timeout_s=1.0, read_timeout_s=1.0,
                    max_retries=3)
        opts.update(option_overrides)
        self.options = FetchOptions.from_settings(self.settings, **opts)
        self.fetcher = self.new_fetcher()
        return self

    def new_fetcher(self):
        from scrapers.fetch import Fetcher

        def sleep(s: float) -> None:  # recorded; slept only a little so the suite stays fast
            self.sleeps.append(s)
            time.sleep(min(s, 0.02))

        return Fetcher(self.settings, self.registry, self.options, sleep=sleep, rng=random.Random(7))

    def stop(self) -> None:
        if self.fetcher is not None:
            self.fetcher.close()
        if self.proxy is not None:
            self.proxy.stop()
        if self.server is not None:
            self.server.stop()

    @property
    def zone(self):
        from scrapers.rawzone import RawZone

        return RawZone(self.settings.raw_root)

    # -- stages
    def scrape(self, run_id: str = "run-1", source_ids=None, conn=None, **kw):
        from scrapers.scrape import scrape_sources

        ids = source_ids or [s.id for s in self.sources]
        return scrape_sources(self.settings, ids, run_id, conn=conn or self.conn, fetcher=self.fetcher,
                              registry=self.registry, **kw)

    def parse(self, conn=None, **kw):
        from scrapers.parse import parse_pages

        return parse_pages(self.settings, conn or self.conn, registry=self.registry, **kw)

    def extract(self, run_id: str = "run-1", conn=None, **kw):
        from scrapers.extract_stage import extract_articles

        return extract_articles(conn or self.conn, run_id=run_id, **kw)

    def connect(self):
        import psycopg

        return psycopg.connect(self.dsn)

    def pickle_to(self, path: Path) -> Path:
        """Settings, registry and options for a subprocess that crawls the same site."""
        path.write_bytes(pickle.dumps({"settings": self.settings, "registry": self.registry,
                                       "options": self.options, "dsn": self.dsn}))
        return path

    # -- counts
    def q1(self, sql: str, params=None):
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as c:
            return c.execute(sql, params).fetchone()[0]

    def integrity(self) -> dict[str, int]:
        """Duplicates per natural key and broken links between raw rows and raw files."""
        import psycopg

        zone = self.zone
        files = [p.relative_to(zone.root).as_posix() for p in zone.files()] if zone.root.exists() else []
        tmp_left = [p for p in zone.root.rglob(".tmp-*")] if zone.root.exists() else []
        with psycopg.connect(self.dsn, autocommit=True) as c:
            q = lambda s: c.execute(s).fetchone()[0]  # noqa: E731
            page_paths = {r[0] for r in c.execute("select raw_path from raw.pages")}
            out = {
                "pages": q("select count(*) from raw.pages"),
                "articles": q("select count(*) from raw.articles"),
                "facts": q("select count(*) from raw.facts"),
                "extractions": q("select count(*) from raw.extractions"),
                "files": len(files),
                "dup_pages": q("select count(*) - count(distinct (url, sha256)) from raw.pages"),
                "dup_articles": q("select count(*) - count(distinct (url, page_sha256)) from raw.articles"),
                "dup_facts": q("select count(*) - count(distinct (article_id, extractor_version, payload))"
                               " from raw.facts"),
                "dup_files": len(files) - len({(f.split('/')[0], f.rsplit('/', 1)[-1]) for f in files}),
                "rows_without_file": len(page_paths - set(files)),
                "files_without_row": len(set(files) - page_paths),
                "tmp_files": len(tmp_left),
            }
        out["duplicates"] = out["dup_pages"] + out["dup_articles"] + out["dup_facts"] + out["dup_files"]
        return out

    def page_urls(self) -> set[str]:
        import psycopg

        with psycopg.connect(self.dsn, autocommit=True) as c:
            return {r[0] for r in c.execute("select url from raw.pages")}


@pytest.fixture
def rig(tmp_path: Path, fresh_db_dsn: str) -> Iterator[Rig]:
    import psycopg

    root = tmp_path / "snap"
    root.mkdir()
    with psycopg.connect(fresh_db_dsn) as conn:
        r = Rig(root=root, tmp=tmp_path, dsn=fresh_db_dsn, conn=conn)
        try:
            yield r
        finally:
            r.stop()


@pytest.fixture
def admin(pg_admin_dsn: str):
    import psycopg

    with psycopg.connect(pg_admin_dsn, autocommit=True) as c:
        yield c
