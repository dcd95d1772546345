"""Which URLs the fetcher may contact, and where the connection really goes.

Two questions are answered here, apart from HTTP so they can be unit-tested:

* Is this URL allowed? Only http(s), only hosts in the registry entry of the source
  being crawled, never an IP literal, never a host that resolves to a private,
  loopback, link-local (169.254.169.254, the cloud metadata address), multicast or
  reserved address: a hostile page or redirect must not turn the crawler into a probe
  of the machine it runs on.
* Where does the TCP connection go? Live mode: wherever DNS says (after the check
  above). Offline mode: every allowed host is routed to the replay server
  (settings.replay_host:replay_port), the one loopback address that is allowed, keeping
  the original Host header. That is the only difference between the modes.
"""
from __future__ import annotations

import ipaddress
import logging
import socket
from dataclasses import dataclass
from typing import Callable, Iterable
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

Resolver = Callable[[str], list[str]]


class UrlRefused(Exception):
    """The URL must not be fetched; ``reason`` says why (logged and stored in fetch_log)."""

    def __init__(self, url: str, reason: str):
        super().__init__(f"refused {url}: {reason}")
        self.url = url
        self.reason = reason


def system_resolver(host: str) -> list[str]:
    infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    return sorted({info[4][0] for info in infos})


def is_public_ip(ip: str) -> bool:
    addr = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return addr.is_global and not (
        addr.is_private or addr.is_loopback or addr.is_link_local or addr.is_multicast
        or addr.is_reserved or addr.is_unspecified
    )


def _is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return True


@dataclass(frozen=True)
class Route:
    """Where a request for ``url`` is sent: ``connect_base`` replaces scheme://host:port."""

    url: str
    host: str
    connect_base: str | None  # e.g. 'http://127.0.0.1:8765' in offline mode; None = direct


class UrlPolicy:
    """Allow-list check plus address check for one crawl; see module docstring."""

    def __init__(
        self,
        allowed_hosts: Iterable[str],
        *,
        offline: bool,
        replay_address: tuple[str, int] | None = None,
        resolver: Resolver = system_resolver,
    ):
        self.allowed_hosts = {h.lower().rstrip(".") for h in allowed_hosts}
        self.offline = offline
        self.replay_address = replay_address
        self.resolver = resolver
        if offline and replay_address is None:
            raise ValueError("offline mode needs the replay server address")

    def route(self, url: str, allowed_hosts: Iterable[str] | None = None) -> Route:
        """Check ``url`` and say where to connect; raise :class:`UrlRefused` otherwise."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https"):
            raise UrlRefused(url, f"scheme {parts.scheme!r} is not http(s)")
        host = (parts.hostname or "").lower().rstrip(".")
        if not host:
            raise UrlRefused(url, "no host")
        if parts.username or parts.password:
            raise UrlRefused(url, "credentials in URL")
        allowed = self.allowed_hosts if allowed_hosts is None else {
            h.lower().rstrip(".") for h in allowed_hosts
        }
        if _is_ip_literal(host):
            raise UrlRefused(url, f"IP-literal host {host} is never fetched (only registry hosts)")
        if host not in allowed:
            raise UrlRefused(url, f"host {host} is not an allowed host of this source")
        if self.offline:
            rhost, rport = self.replay_address  # type: ignore[misc]
            return Route(url, host, f"http://{rhost}:{rport}")
        try:
            ips = self.resolver(host)
        except OSError as exc:
            raise UrlRefused(url, f"cannot resolve {host}: {exc}") from exc
        bad = [ip for ip in ips if not is_public_ip(ip)]
        if not ips or bad:
            raise UrlRefused(url, f"host {host} resolves to non-public address(es) {bad or ips}")
        return Route(url, host, None)
