"""The polite fetcher: real HTTP with ``requests``, one page at a time per host.

What it guarantees, and why:

* Politeness. robots.txt is read once per host per run and obeyed (Disallow and
  Crawl-delay); consecutive requests to a host are spaced by the largest of our own
  minimum interval, the source's crawl delay and robots' Crawl-delay. Every request
  carries an identifying User-Agent with a contact URL. Different hosts are independent,
  so a crawl of many sites takes about as long as the slowest one (see scrape.py).
* Robustness. Connection errors, timeouts, truncated bodies, 429 and 5xx are retried
  with exponential backoff and jitter, honouring Retry-After (up to a cap: a server
  asking for an hour gets skipped until the next run, not waited for).
* Safety. Redirects are followed by hand so that each hop is checked by
  :class:`~scrapers.urlpolicy.UrlPolicy` (allowed hosts only, no private/loopback/
  link-local addresses, except the replay server in offline mode) and by robots.txt;
  bodies are streamed and abandoned beyond ``max_body_bytes``; only HTML is kept.
* Economy. Conditional GET (If-None-Match / If-Modified-Since) turns an unchanged page
  into a 304, and a 200 with the same sha256 as last time is "unchanged" too.

Every attempt becomes a :class:`~scrapers.records.FetchRecord` (one ``raw.fetch_log``
row) and a log line. Offline and live differ only in ``UrlPolicy.route``: offline, the
connection goes to the replay server with the site's Host header; URLs stay real.
"""
from __future__ import annotations

import email.utils
import logging
import random
import socket
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import Callable
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests
import urllib3

from scrapers.encoding import decode_html
from scrapers.records import FetchRecord, sha256_hex
from scrapers.registry import Registry, Source
from scrapers.settings import Settings
from scrapers.urlpolicy import Resolver, UrlPolicy, UrlRefused, system_resolver

log = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})


@dataclass(frozen=True)
class FetchOptions:
    """Fetcher limits; built from Settings, overridable (tests use tiny delays)."""

    user_agent: str
    connect_timeout_s: float = 10.0
    read_timeout_s: float = 20.0
    max_retries: int = 4
    backoff_base_s: float = 1.0
    backoff_cap_s: float = 60.0
    max_retry_after_s: float = 300.0
    max_redirects: int = 5
    max_body_bytes: int = 10 * 1024 * 1024
    min_host_interval_s: float = 1.0
    max_crawl_delay_s: float | None = None  # cap on robots/registry delays (None = obey fully)
    # Wall-clock budget for one response body. requests' read timeout applies to each socket
    # read, so a server trickling bytes (slowloris) would otherwise hold a fetch for days.
    max_response_s: float | None = None  # None = 6 x read_timeout_s
    accept_types: tuple[str, ...] = HTML_TYPES

    @classmethod
    def from_settings(cls, settings: Settings, **overrides) -> "FetchOptions":
        base = cls(
            user_agent=settings.user_agent,
            connect_timeout_s=min(10.0, settings.request_timeout_s),
            read_timeout_s=settings.request_timeout_s,
            max_retries=settings.max_retries,
            max_body_bytes=settings.max_body_bytes,
            min_host_interval_s=settings.min_host_interval_s,
            max_crawl_delay_s=settings.max_crawl_delay_s,
        )
        return replace(base, **overrides)


@dataclass(frozen=True)
class Conditional:
    """What we knew about a URL last time: sent as validators, compared after a 200."""

    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    raw_path: str | None = None


@dataclass
class FetchResult:
    url: str
    outcome: str  # 'fetched' | 'unchanged' | 'refused' | 'failed'
    status: int | None = None
    final_url: str | None = None
    body: bytes | None = None
    content_type: str | None = None
    encoding: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    sha256: str | None = None
    error: str | None = None
    fetched_at: datetime | None = None
    records: list[FetchRecord] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.outcome in ("fetched", "unchanged")


class _Retryable(Exception):
    def __init__(self, reason: str, status: int | None = None, retry_after: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.status = status
        self.retry_after = retry_after


class _Final(Exception):
    """A definitive outcome reached inside the redirect loop."""

    def __init__(self, outcome: str, reason: str, status: int | None = None):
        super().__init__(reason)
        self.outcome = outcome
        self.reason = reason
        self.status = status


@dataclass
class _HostState:
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_allowed: float = 0.0
    robots: urllib.robotparser.RobotFileParser | None = None
    robots_status: str = ""  # 'ok' | 'absent' | 'unreachable'
    session: requests.Session | None = None


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    now_dt = datetime.now(timezone.utc) if now is None else datetime.fromtimestamp(now, timezone.utc)
    return max(0.0, (when - now_dt).total_seconds())


class Fetcher:
    """Fetches pages of registry sources politely; thread-safe across hosts."""

    def __init__(
        self,
        settings: Settings,
        registry: Registry,
        options: FetchOptions | None = None,
        *,
        resolver: Resolver = system_resolver,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        rng: random.Random | None = None,
    ):
        self.settings = settings
        self.registry = registry
        self.options = options or FetchOptions.from_settings(settings)
        self.policy = UrlPolicy(
            registry.all_hosts(),
            offline=settings.mode == "offline",
            replay_address=(settings.replay_host, settings.replay_port),
            resolver=resolver,
        )
        self.sleep = sleep
        self.clock = clock
        self.rng = rng or random.Random()
        self._hosts: dict[str, _HostState] = {}
        self._hosts_lock = threading.Lock()
        log.info(
            "fetcher: mode=%s%s, user-agent %r, min interval %.2fs, retries %d, max body %d bytes",
            settings.mode,
            f" (replay server {settings.replay_host}:{settings.replay_port})" if settings.mode == "offline" else "",
            self.options.user_agent, self.options.min_host_interval_s, self.options.max_retries,
            self.options.max_body_bytes,
        )

    # ------------------------------------------------------------------ public

    def fetch(
        self, source: Source, url: str, run_id: str, conditional: Conditional | None = None
    ) -> FetchResult:
        """Fetch one page of ``source``; never raises for network or policy problems."""
        result = FetchResult(url=url, outcome="failed")
        try:
            self.policy.route(url, source.allowed_hosts)
        except UrlRefused as exc:
            return self._finish(result, source, run_id, "refused", exc.reason, started=self.clock())
        if not self.robots_allows(source, url, run_id, result):
            return result
        attempts = self.options.max_retries + 1
        for attempt in range(1, attempts + 1):
            started = self.clock()
            try:
                return self._attempt(source, url, run_id, conditional, result, started)
            except _Final as fin:
                return self._finish(result, source, run_id, fin.outcome, fin.reason, started, status=fin.status)
            except _Retryable as exc:
                if attempt == attempts:
                    return self._finish(result, source, run_id, "failed",
                                        f"{exc.reason}; gave up after {attempt} attempts", started, status=exc.status)
                delay = self._backoff(attempt)
                if exc.retry_after is not None:
                    if exc.retry_after > self.options.max_retry_after_s:
                        return self._finish(result, source, run_id, "failed",
                                            f"{exc.reason}; Retry-After {exc.retry_after:.0f}s exceeds the "
                                            f"{self.options.max_retry_after_s:.0f}s cap, skipped until next run", started,
                                            status=exc.status)
                    delay = max(delay, exc.retry_after)
                    log.warning("fetch: %s from %s; honouring Retry-After: waiting %.2fs (attempt %d/%d)",
                                exc.reason, url, delay, attempt, attempts)
                else:
                    log.warning("fetch: %s from %s; retrying in %.2fs (attempt %d/%d, exponential backoff)",
                                exc.reason, url, delay, attempt, attempts)
                self._record(result, source, run_id, "failed", started, status=exc.status,
                             error=f"{exc.reason}; retry in {delay:.2f}s (attempt {attempt}/{attempts})")
                self.sleep(delay)
        raise AssertionError("unreachable")  # pragma: no cover

    def robots_allows(self, source: Source, url: str, run_id: str, result: FetchResult | None = None) -> bool:
        """True if robots.txt of the URL's host lets our User-Agent fetch it (logs refusals)."""
        host = urlsplit(url).hostname or ""
        rp = self._robots(source, host, run_id)
        if rp is None:  # unreachable robots.txt: RFC 9309 says assume full disallow
            reason = f"robots.txt of {host} unreachable; treating the site as disallowed for this run"
        elif rp.can_fetch(self.options.user_agent, url):
            return True
        else:
            reason = f"robots.txt of {host} disallows {urlsplit(url).path}"
        if result is not None:
            self._finish(result, source, run_id, "refused", reason, started=self.clock())
        else:
            log.warning("fetch: REFUSED %s: %s", url, reason)
        return False

    def host_delay(self, source: Source, host: str) -> float:
        """Seconds between two requests to ``host``: max(our floor, registry, robots)."""
        state = self._host(host)
        delays = [self.options.min_host_interval_s, source.crawl_delay_s or 0.0]
        if state.robots is not None:
            cd = state.robots.crawl_delay(self.options.user_agent)
            if cd:
                delays.append(float(cd))
        delay = max(delays)
        cap = self.options.max_crawl_delay_s
        if cap is not None and delay > cap:
            log.debug("fetch: crawl delay %.2fs for %s capped at %.2fs by options", delay, host, cap)
            delay = max(cap, self.options.min_host_interval_s)
        return delay

    def close(self) -> None:
        with self._hosts_lock:
            for st in self._hosts.values():
                if st.session is not None:
                    st.session.close()

    # ------------------------------------------------------------------ internals

    def _host(self, host: str) -> _HostState:
        with self._hosts_lock:
            st = self._hosts.get(host)
            if st is None:
                st = self._hosts[host] = _HostState()
                st.session = requests.Session()
                st.session.trust_env = False  # no proxies from the environment: we control routing
            return st

    def _wait_turn(self, source: Source, host: str) -> None:
        st = self._host(host)
        delay = self.host_delay(source, host)
        with st.lock:
            now = self.clock()
            wait = st.next_allowed - now
            if wait > 0:
                log.debug("fetch: politeness wait %.2fs before next request to %s", wait, host)
                self.sleep(wait)
                now = self.clock()
            st.next_allowed = now + delay

    def _robots(self, source: Source, host: str, run_id: str) -> urllib.robotparser.RobotFileParser | None:
        st = self._host(host)
        if st.robots_status:
            return st.robots if st.robots_status != "unreachable" else None
        scheme = urlsplit(source.base_url).scheme or "https"
        robots_url = f"{scheme}://{host}/robots.txt"
        rp = urllib.robotparser.RobotFileParser(robots_url)
        result = FetchResult(url=robots_url, outcome="failed")
        status, text = None, ""
        for attempt in range(1, self.options.max_retries + 2):
            started = self.clock()
            try:
                status, text = self._get_text(source, robots_url)
                break
            except _Retryable as exc:
                self._record(result, source, run_id, "failed", started, status=exc.status, error=f"robots.txt: {exc.reason}")
                if attempt > self.options.max_retries:
                    break
                delay = max(self._backoff(attempt), exc.retry_after or 0.0)
                log.warning("fetch: robots.txt of %s: %s; retrying in %.2fs", host, exc.reason, delay)
                self.sleep(delay)
            except (_Final, UrlRefused) as exc:
                self._record(result, source, run_id, "failed", started, error=f"robots.txt: {exc}")
                status = 404  # a robots.txt we may not follow (e.g. off-host redirect) = none
                break
        if status is not None and 200 <= status < 300:
            rp.parse(text.splitlines())
            st.robots, st.robots_status = rp, "ok"
            log.info("fetch: robots.txt of %s read (crawl-delay %s)", host, rp.crawl_delay(self.options.user_agent))
        elif status is not None and 400 <= status < 500:
            rp.parse([])
            st.robots, st.robots_status = rp, "absent"
            log.info("fetch: robots.txt of %s absent (HTTP %s): everything allowed", host, status)
        else:
            st.robots_status = "unreachable"
            log.error("fetch: robots.txt of %s unreachable (status %s): not crawling this host in this run", host, status)
        return st.robots

    def _get_text(self, source: Source, url: str) -> tuple[int, str]:
        """GET a small text resource (robots.txt) through the same checked path."""
        resp, final = self._request(source, url, {}, accept="text/plain, */*;q=0.1")
        try:
            if resp.status_code in RETRY_STATUSES:
                raise _Retryable(f"HTTP {resp.status_code}", resp.status_code,
                                 parse_retry_after(resp.headers.get("Retry-After")))
            body = self._read_body(resp, url, limit=512 * 1024)
            return resp.status_code, body.decode("utf-8", errors="replace")
        finally:
            resp.close()

    def _request(self, source: Source, url: str, headers: dict[str, str], accept: str) -> tuple[requests.Response, str]:
        """Send GET, following up to max_redirects redirects, each hop checked. Returns (response, final url)."""
        current = url
        for hop in range(self.options.max_redirects + 1):
            try:
                route = self.policy.route(current, source.allowed_hosts)
            except UrlRefused as exc:
                if hop == 0:
                    raise
                raise _Final("refused", f"redirect to {current} refused: {exc.reason}")
            if hop > 0:
                rp = self._host(route.host).robots
                if rp is not None and not rp.can_fetch(self.options.user_agent, current):
                    raise _Final("refused", f"redirect to {current} disallowed by robots.txt")
            self._wait_turn(source, route.host)
            send_url, send_headers = current, {
                "User-Agent": self.options.user_agent,
                "Accept": accept,
                "Accept-Language": "vi,en;q=0.5",
                **(headers if hop == 0 else {}),
            }
            if route.connect_base:  # offline: same request, connection to the replay server
                parts = urlsplit(current)
                send_url = urlunsplit(urlsplit(route.connect_base)[:2] + (parts.path or "/", parts.query, ""))
                send_headers["Host"] = route.host
            session = self._host(route.host).session
            try:
                resp = session.get(  # type: ignore[union-attr]
                    send_url, headers=send_headers, allow_redirects=False, stream=True,
                    timeout=(self.options.connect_timeout_s, self.options.read_timeout_s),
                )
            except requests.exceptions.Timeout as exc:
                raise _Retryable(f"timeout ({type(exc).__name__})") from exc
            except requests.exceptions.ConnectionError as exc:
                raise _Retryable(f"connection error ({_short(exc)})") from exc
            except requests.exceptions.RequestException as exc:
                raise _Final("failed", f"request error: {_short(exc)}") from exc
            if resp.is_redirect or resp.status_code in (301, 302, 303, 307, 308):
                location = resp.headers.get("Location")
                resp.close()
                if not location:
                    raise _Final("failed", f"HTTP {resp.status_code} without Location", resp.status_code)
                nxt = urljoin(current, location)
                log.info("fetch: redirect %s %s -> %s", resp.status_code, current, nxt)
                current = nxt
                continue
            return resp, current
        raise _Final("failed", f"redirect limit ({self.options.max_redirects}) exceeded")

    def _attempt(
        self, source: Source, url: str, run_id: str, cond: Conditional | None, result: FetchResult, started: float
    ) -> FetchResult:
        headers: dict[str, str] = {}
        if cond and cond.etag:
            headers["If-None-Match"] = cond.etag
        if cond and cond.last_modified:
            headers["If-Modified-Since"] = cond.last_modified
        resp, final = self._request(source, url, headers, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
        try:
            status = resp.status_code
            result.final_url = final
            result.etag = resp.headers.get("ETag")
            result.last_modified = resp.headers.get("Last-Modified")
            result.content_type = resp.headers.get("Content-Type")
            if status in RETRY_STATUSES:
                raise _Retryable(f"HTTP {status}", status, parse_retry_after(resp.headers.get("Retry-After")))
            if status == 304:
                log.info("fetch: unchanged (304 Not Modified) %s", url)
                result.sha256 = cond.sha256 if cond else None
                return self._finish(result, source, run_id, "unchanged", None, started, status=304)
            if not 200 <= status < 300:
                raise _Final("failed", f"HTTP {status}", status)
            mime = (result.content_type or "").split(";")[0].strip().lower()
            if mime and mime not in self.options.accept_types:
                raise _Final("refused", f"content-type {mime!r} is not HTML", status)
            declared = resp.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > self.options.max_body_bytes:
                raise _Final("refused", f"Content-Length {declared} exceeds max body {self.options.max_body_bytes} bytes", status)
            body = self._read_body(resp, url, limit=self.options.max_body_bytes)
        finally:
            resp.close()
        result.body = body
        result.sha256 = sha256_hex(body)
        decoded = decode_html(body, result.content_type, hint=source.encoding, url=url)
        result.encoding = decoded.encoding
        if cond and cond.sha256 == result.sha256:
            log.info("fetch: unchanged (same sha256 %s) %s", result.sha256[:12], url)
            return self._finish(result, source, run_id, "unchanged", None, started, status=status)
        log.info("fetch: fetched %s -> %d, %d bytes, %s (encoding %s via %s)", url, status, len(body),
                 result.sha256[:12], decoded.encoding, decoded.source)
        return self._finish(result, source, run_id, "fetched", None, started, status=status)

    def _read_body(self, resp: requests.Response, url: str, limit: int) -> bytes:
        """Stream the body under a size cap and a wall-clock deadline.

        `read1` returns whatever has arrived (up to 64 KiB), so the deadline is checked
        even while a server trickles a few bytes at a time.
        """
        budget = self.options.max_response_s or 6 * self.options.read_timeout_s
        deadline = time.monotonic() + budget
        chunks, total = [], 0
        try:
            while chunk := resp.raw.read1(64 * 1024, decode_content=True):
                total += len(chunk)
                if total > limit:
                    raise _Final("refused", f"body exceeds max body {limit} bytes (aborted at {total})", resp.status_code)
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise _Retryable(f"body not complete after {budget:.1f}s ({total} bytes): too slow", resp.status_code)
        except (requests.exceptions.ChunkedEncodingError, requests.exceptions.ConnectionError,
                urllib3.exceptions.ProtocolError) as exc:
            raise _Retryable(f"truncated body ({_short(exc)})", resp.status_code) from exc
        except (requests.exceptions.Timeout, urllib3.exceptions.ReadTimeoutError, socket.timeout) as exc:
            raise _Retryable("timeout while reading body", resp.status_code) from exc
        return b"".join(chunks)

    def _backoff(self, attempt: int) -> float:
        """Exponential backoff with jitter: base * 2^(attempt-1), scaled by U[0.5, 1.0]."""
        raw = min(self.options.backoff_cap_s, self.options.backoff_base_s * (2 ** (attempt - 1)))
        return raw * (0.5 + self.rng.random() / 2)

    def _record(self, result: FetchResult, source: Source, run_id: str, outcome: str, started: float,
                status: int | None = None, error: str | None = None) -> None:
        now = datetime.now(timezone.utc)
        final = outcome in ("fetched", "unchanged")
        result.records.append(FetchRecord(
            run_id=run_id, source_id=source.id, url=result.url, fetched_at=now, status=status, outcome=outcome,
            sha256=result.sha256 if final else None,
            bytes=len(result.body) if (final and result.body is not None) else None,
            elapsed_ms=int((self.clock() - started) * 1000),
            etag=result.etag if final else None, last_modified=result.last_modified if final else None,
            content_type=result.content_type, error=error,
        ))

    def _finish(self, result: FetchResult, source: Source, run_id: str, outcome: str, error: str | None,
                started: float, status: int | None = None) -> FetchResult:
        result.outcome = outcome
        result.status = status
        result.error = error
        result.fetched_at = datetime.now(timezone.utc)
        if outcome not in ("fetched", "unchanged"):
            result.body = None
            if outcome == "failed" and error:
                log.error("fetch: FAILED %s: %s", result.url, error)
            elif outcome == "refused" and error:
                log.warning("fetch: REFUSED %s: %s", result.url, error)
        self._record(result, source, run_id, outcome, started, status=status, error=error)
        return result


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 200 else text[:197] + "..."
