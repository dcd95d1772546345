"""Serve the offline snapshot of the source sites over real HTTP on loopback.

The fetcher in offline mode sends every request here with the site's own ``Host``
header, so the whole crawl path (robots, pagination, redirects, conditional GET,
encodings) runs exactly as it would live, without the network. Fault injection makes
the server misbehave on purpose, deterministically from a seed, so that tests and
benchmarks can prove the fetcher's retries, limits and refusals.

Snapshot layout (written by ``scripts/build_snapshots.py``)::

    <snapshot_dir>/<host>/_routes.json   {"routes": {"/path?query": {"file": ..,
                                          "content_type": .., "last_modified": ..}}}
    <snapshot_dir>/<host>/<files>        bodies, byte-exact as the site would send them

A request target is looked up in ``_routes.json`` first, then as a file path under the
host directory (``/`` and directories map to ``index.html``).

Fault spec (``--faults``): ``[seed=N;]RULE[;RULE...]`` with RULE =
``HOSTGLOB[/PATHGLOB]:key=value[,key=value...]``, e.g.
``travinh.gov.vn:status=503,first=2;*/robots.txt:latency=0.2``. Keys: ``latency``
(seconds), ``status`` (+ ``rate`` 0..1, ``first`` N requests only, ``retry_after``),
``hang`` (seconds before closing without a response), ``truncate`` (bytes of body
actually sent), ``charset`` (declared in Content-Type instead of the real one),
``content_type``, ``giant`` (bytes of an endless-looking body), ``redirect`` (URL),
``loop`` (redirect to itself forever). A ``.json`` file with ``{"seed": N, "rules":
[{...}]}`` works too.
"""
from __future__ import annotations

import dataclasses
import email.utils
import fnmatch
import ipaddress
import json
import logging
import random
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapers.records import sha256_hex

log = logging.getLogger(__name__)

DEFAULT_SNAPSHOT_DIR = Path(__file__).with_name("snapshots")
# Fixed so that ETag/Last-Modified and thus 304s are reproducible across builds.
DEFAULT_LAST_MODIFIED = "Fri, 01 Dec 2023 00:00:00 GMT"


# ------------------------------------------------------------------------------ faults


@dataclass(frozen=True)
class FaultRule:
    host: str = "*"
    path: str = "*"
    latency_s: float = 0.0
    status: int | None = None
    rate: float = 1.0
    first: int | None = None
    retry_after: str | None = None
    hang_s: float = 0.0
    truncate: int | None = None
    charset: str | None = None
    content_type: str | None = None
    giant_bytes: int | None = None
    redirect: str | None = None
    loop: bool = False

    def matches(self, host: str, target: str) -> bool:
        return fnmatch.fnmatch(host, self.host) and fnmatch.fnmatch(target, self.path)


@dataclass(frozen=True)
class FaultPlan:
    rules: tuple[FaultRule, ...] = ()
    seed: int = 0


_ALIASES = {"latency": "latency_s", "hang": "hang_s", "giant": "giant_bytes", "type": "content_type"}


def _coerce(name: str, value: Any) -> Any:
    f = {f.name: f for f in dataclasses.fields(FaultRule)}.get(name)
    if f is None:
        raise ValueError(f"unknown fault key {name!r}; known: "
                         f"{sorted(set(_ALIASES) | {x.name for x in dataclasses.fields(FaultRule)})}")
    t = str(f.type)
    if value is None:
        return None
    if "bool" in t:
        return value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes", "on")
    if "float" in t:
        return float(value)
    if "int" in t:
        return int(value)
    return str(value)


def parse_faults(spec: str | dict | FaultPlan | None) -> FaultPlan:
    """A FaultPlan from a spec string, a JSON file path, a dict, or None (no faults)."""
    if spec is None or spec == "":
        return FaultPlan()
    if isinstance(spec, FaultPlan):
        return spec
    if isinstance(spec, str):
        path = Path(spec.removeprefix("@"))
        if spec.startswith("@") or (spec.endswith(".json") and path.is_file()):
            spec = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(spec, dict):
        rules = []
        for r in spec.get("rules", []):
            kw = {_ALIASES.get(k, k): _coerce(_ALIASES.get(k, k), v) for k, v in r.items()}
            rules.append(FaultRule(**kw))
        return FaultPlan(tuple(rules), int(spec.get("seed", 0)))
    seed = 0
    rules = []
    for item in filter(None, (x.strip() for x in spec.split(";"))):
        if item.startswith("seed="):
            seed = int(item[5:])
            continue
        target, sep, opts = item.partition(":")
        if not sep:
            raise ValueError(f"fault rule {item!r} needs HOST[/PATH]:key=value,...")
        host, slash, path = target.partition("/")
        kw: dict[str, Any] = {"host": host or "*", "path": f"/{path}" if slash else "*"}
        for opt in filter(None, (o.strip() for o in opts.split(","))):
            k, eq, v = opt.partition("=")
            k = _ALIASES.get(k.strip(), k.strip())
            kw[k] = _coerce(k, v.strip() if eq else "true")
        rules.append(FaultRule(**kw))
    return FaultPlan(tuple(rules), seed)


# ------------------------------------------------------------------------------ server


@dataclass(frozen=True)
class ServedRequest:
    """One request the server saw (tests count attempts and check headers with these)."""

    host: str
    target: str
    method: str
    headers: dict[str, str]
    status: int | None
    at: float = field(default_factory=time.monotonic)


@dataclass(frozen=True)
class _Route:
    file: Path
    content_type: str
    last_modified: str


def _guess_type(path: Path) -> str:
    if path.name == "robots.txt" or path.suffix == ".txt":
        return "text/plain; charset=utf-8"
    if path.suffix in (".html", ".htm", ".aspx", ""):
        return "text/html; charset=utf-8"
    return "application/octet-stream"


class SnapshotSite:
    """The routes of one host directory."""

    def __init__(self, root: Path):
        self.root = root.resolve()
        meta = root / "_routes.json"
        self.routes: dict[str, _Route] = {}
        if meta.is_file():
            for target, r in json.loads(meta.read_text(encoding="utf-8")).get("routes", {}).items():
                f = (root / r["file"]).resolve()
                self.routes[target] = _Route(
                    f, r.get("content_type") or _guess_type(f), r.get("last_modified") or DEFAULT_LAST_MODIFIED
                )

    def lookup(self, target: str) -> _Route | None:
        if target in self.routes:
            return self.routes[target]
        path = urlsplit(target).path
        if urlsplit(target).query:
            return None
        candidate = (self.root / path.lstrip("/")).resolve()
        if not candidate.is_relative_to(self.root):
            return None
        if candidate.is_dir():
            candidate = candidate / "index.html"
        if candidate.is_file() and not candidate.name.startswith("_"):
            return _Route(candidate, _guess_type(candidate), DEFAULT_LAST_MODIFIED)
        return None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address, snapshot_dir: Path, plan: FaultPlan):
        super().__init__(address, _Handler)
        self.snapshot_dir = Path(snapshot_dir)
        self.plan = plan
        self.sites: dict[str, SnapshotSite] = {}
        self.lock = threading.Lock()
        self.counters: dict[int, int] = {}
        self.served: list[ServedRequest] = []
        self.stopping = threading.Event()

    def site(self, host: str) -> SnapshotSite | None:
        with self.lock:
            if host not in self.sites:
                d = self.snapshot_dir / host
                if not d.is_dir() or host.startswith((".", "_")):
                    return None
                self.sites[host] = SnapshotSite(d)
            return self.sites[host]

    def active_faults(self, host: str, target: str) -> list[FaultRule]:
        active = []
        with self.lock:
            for i, rule in enumerate(self.plan.rules):
                if not rule.matches(host, target):
                    continue
                n = self.counters.get(i, 0)
                self.counters[i] = n + 1
                if rule.first is not None and n >= rule.first:
                    continue
                if rule.rate < 1.0:
                    rng = random.Random(f"{self.plan.seed}:{i}:{n}")
                    if rng.random() >= rule.rate:
                        continue
                active.append(rule)
        return active


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
    server_version = "cchc-replay/1.0"

    def log_message(self, fmt: str, *args: Any) -> None:  # route to logging, not stderr
        log.debug("replay: %s %s", self.address_string(), fmt % args)

    def do_HEAD(self) -> None:
        self._handle(head=True)

    def do_GET(self) -> None:
        self._handle(head=False)

    # --------------------------------------------------------------------------
    def _record(self, host: str, status: int | None) -> None:
        with self.server.lock:
            self.server.served.append(
                ServedRequest(host, self.path, self.command, dict(self.headers.items()), status)
            )

    def _send(self, status: int, body: bytes, headers: dict[str, str], head: bool, host: str) -> None:
        self._record(host, status)
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _handle(self, head: bool) -> None:
        host = (self.headers.get("Host") or "").split(":")[0].lower().rstrip(".")
        target = self.path
        faults = self.server.active_faults(host, target)
        for f in faults:
            if f.latency_s:
                time.sleep(f.latency_s)
        for f in faults:
            if f.hang_s:
                log.info("replay fault: hang %.1fs then close (%s%s)", f.hang_s, host, target)
                self._record(host, None)
                self.server.stopping.wait(f.hang_s)
                self.close_connection = True
                return
            if f.loop:
                sep = "&" if "?" in target else "?"
                loc = f"{target}{sep}loop=1"
                self._send(302, b"", {"Location": loc}, head, host)
                return
            if f.redirect:
                self._send(302, b"", {"Location": f.redirect}, head, host)
                return
            if f.status:
                extra = {"Content-Type": "text/plain; charset=utf-8"}
                if f.retry_after is not None:
                    extra["Retry-After"] = f.retry_after
                self._send(f.status, f"injected fault {f.status}\n".encode(), extra, head, host)
                return
            if f.giant_bytes:
                self._giant(f.giant_bytes, host, head)
                return
        site = self.server.site(host)
        route = site.lookup(target) if site else None
        if route is None:
            why = "unknown host" if site is None else "no such page"
            self._send(404, f"404 {why}: {host}{target}\n".encode(), {"Content-Type": "text/plain"}, head, host)
            return
        body = route.file.read_bytes()
        etag = f'"{sha256_hex(body)[:20]}"'
        content_type = route.content_type
        for f in faults:
            if f.content_type:
                content_type = f.content_type
            if f.charset:
                content_type = content_type.split(";")[0] + f"; charset={f.charset}"
        headers = {"Content-Type": content_type, "ETag": etag, "Last-Modified": route.last_modified}
        if self._not_modified(etag, route.last_modified):
            self._record(host, 304)
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", route.last_modified)
            self.end_headers()
            return
        trunc = next((f.truncate for f in faults if f.truncate is not None), None)
        if trunc is not None and not head:
            self._record(host, 200)
            self.send_response(200)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[:trunc])
            self.wfile.flush()
            self.close_connection = True
            log.info("replay fault: truncated %s%s after %d of %d bytes", host, target, trunc, len(body))
            return
        self._send(200, body, headers, head, host)

    def _not_modified(self, etag: str, last_modified: str) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm:
            return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return email.utils.parsedate_to_datetime(ims) >= email.utils.parsedate_to_datetime(last_modified)
            except (TypeError, ValueError):
                return False
        return False

    def _giant(self, size: int, host: str, head: bool) -> None:
        """A body of ``size`` bytes without Content-Length (close-delimited)."""
        self._record(host, 200)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        if head:
            return
        chunk = b"<p>" + b"x" * 65530 + b"</p>\n"
        sent = 0
        try:
            while sent < size and not self.server.stopping.is_set():
                piece = chunk[: size - sent]
                self.wfile.write(piece)
                sent += len(piece)
        except (BrokenPipeError, ConnectionResetError):
            log.info("replay fault: client closed the giant body after %d bytes", sent)


# ------------------------------------------------------------------------------ API


def _check_loopback(host: str, allow_non_loopback: bool) -> None:
    if allow_non_loopback or host == "localhost":
        return
    try:
        ok = ipaddress.ip_address(host).is_loopback
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(
            f"refusing to bind the replay server to {host}: only loopback addresses "
            "(127.0.0.0/8, ::1) unless --allow-non-loopback is given"
        )


class ReplayServer:
    """The snapshot server in a background thread; use as a context manager.

    >>> with ReplayServer(DEFAULT_SNAPSHOT_DIR) as srv:   # port 0 = any free port
    ...     srv.base_url
    """

    def __init__(
        self,
        snapshot_dir: Path | str = DEFAULT_SNAPSHOT_DIR,
        host: str = "127.0.0.1",
        port: int = 0,
        faults: str | dict | FaultPlan | None = None,
        allow_non_loopback: bool = False,
    ):
        _check_loopback(host, allow_non_loopback)
        self.snapshot_dir = Path(snapshot_dir)
        if not self.snapshot_dir.is_dir():
            raise FileNotFoundError(f"snapshot directory not found: {self.snapshot_dir}")
        self._server = _Server((host, port), self.snapshot_dir, parse_faults(faults))
        self._thread: threading.Thread | None = None

    @property
    def host(self) -> str:
        return self._server.server_address[0]

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def requests(self) -> list[ServedRequest]:
        with self._server.lock:
            return list(self._server.served)

    def hosts(self) -> list[str]:
        return sorted(p.name for p in self.snapshot_dir.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))

    def set_faults(self, faults: str | dict | FaultPlan | None) -> None:
        with self._server.lock:
            self._server.plan = parse_faults(faults)
            self._server.counters.clear()

    def start(self) -> "ReplayServer":
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="replay-server", daemon=True
        )
        self._thread.start()
        log.info("replay server on %s serving %s (%d hosts)", self.base_url, self.snapshot_dir, len(self.hosts()))
        return self

    def serve_forever(self) -> None:
        log.info("replay server on %s serving %s (%d hosts)", self.base_url, self.snapshot_dir, len(self.hosts()))
        try:
            self._server.serve_forever()
        finally:
            self._server.server_close()

    def stop(self) -> None:
        self._server.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread:
            self._thread.join(timeout=5)
        log.info("replay server on %s stopped", self.base_url)

    def __enter__(self) -> "ReplayServer":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
