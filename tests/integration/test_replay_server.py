"""The replay server: routing by Host, validators and 304, deterministic faults."""
from __future__ import annotations

import pytest
import requests

from scrapers.replay import ReplayServer

pytestmark = [pytest.mark.integration, pytest.mark.timeout(30)]


def get(srv, host, target, **headers):
    return requests.get(srv.base_url + target, headers={"Host": host, **headers}, allow_redirects=False, timeout=5)


def test_routes_by_host_header_with_etag_and_304():
    with ReplayServer() as srv:
        r = get(srv, "travinh.gov.vn", "/robots.txt")
        assert r.status_code == 200 and "Crawl-delay" in r.text and "Disallow" in r.text
        page = get(srv, "travinh.gov.vn", "/1426/37932/73050/cai-cach-hanh-chinh?page=2")
        assert page.status_code == 200 and page.headers["ETag"] and page.headers["Last-Modified"]
        assert get(srv, "travinh.gov.vn", "/1426/37932/73050/cai-cach-hanh-chinh?page=9").status_code == 404
        assert get(srv, "unknown.example", "/").status_code == 404
        assert get(srv, "travinh.gov.vn", "/1426/37932/73050/cai-cach-hanh-chinh?page=2",
                   **{"If-None-Match": page.headers["ETag"]}).status_code == 304
        assert get(srv, "travinh.gov.vn", "/1426/37932/73050/cai-cach-hanh-chinh?page=2",
                   **{"If-Modified-Since": page.headers["Last-Modified"]}).status_code == 304
        assert get(srv, "travinh.gov.vn", "/../../etc/passwd").status_code == 404
        legacy = get(srv, "baotinh.invalid", "/chuyen-muc/thoi-su/")
        assert legacy.headers["Content-Type"] == "text/html" and b"charset=windows-1258" in legacy.content


def test_rate_faults_are_deterministic_for_a_seed():
    def statuses(seed):
        with ReplayServer(faults=f"seed={seed};travinh.gov.vn:status=503,rate=0.5") as srv:
            return [get(srv, "travinh.gov.vn", "/robots.txt").status_code for _ in range(20)]

    a, b = statuses(11), statuses(11)
    assert a == b and 503 in a and 200 in a
    assert statuses(12) != a
