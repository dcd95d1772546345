"""The raw zone: content-addressed, gzip, atomic, deduplicated, verified on read."""
from __future__ import annotations

import gzip
from datetime import datetime, timezone

import pytest

from scrapers.rawzone import RawZone, RawZoneCorrupt
from scrapers.records import sha256_hex

pytestmark = pytest.mark.unit

NOV = datetime(2023, 11, 14, tzinfo=timezone.utc)
DEC = datetime(2023, 12, 1, tzinfo=timezone.utc)


def test_layout_is_source_year_month_sha(tmp_path):
    zone = RawZone(tmp_path)
    body = "<p>Cải cách hành chính</p>".encode()
    stored = zone.store("travinh_portal", body, NOV)
    sha = sha256_hex(body)
    assert stored.raw_path == f"travinh_portal/2023/11/{sha}.html.gz"
    assert stored.created and stored.sha256 == sha and stored.bytes == len(body)
    assert gzip.decompress((tmp_path / stored.raw_path).read_bytes()) == body


def test_same_content_writes_no_new_file_even_in_a_later_month(tmp_path):
    zone = RawZone(tmp_path)
    first = zone.store("s", b"same", NOV)
    again = zone.store("s", b"same", DEC)
    assert not again.created and again.raw_path == first.raw_path
    assert len(zone.files()) == 1
    other = zone.store("s", b"different", DEC)
    assert other.created and other.raw_path.startswith("s/2023/12/")


def test_files_are_reproducible_and_no_temp_files_remain(tmp_path):
    a, b = RawZone(tmp_path / "a"), RawZone(tmp_path / "b")
    pa, pb = a.store("s", b"x" * 1000, NOV).raw_path, b.store("s", b"x" * 1000, NOV).raw_path
    assert (tmp_path / "a" / pa).read_bytes() == (tmp_path / "b" / pb).read_bytes()
    assert not list(tmp_path.rglob(".tmp-*"))


def test_read_back_by_path_and_by_sha(tmp_path):
    zone = RawZone(tmp_path)
    stored = zone.store("s", b"<html>body</html>", NOV)
    assert zone.read(stored.raw_path) == b"<html>body</html>"
    assert zone.read_by_sha("s", stored.sha256) == b"<html>body</html>"
    with pytest.raises(FileNotFoundError):
        zone.read_by_sha("s", "0" * 64)


def test_corruption_and_path_escapes_are_detected(tmp_path):
    zone = RawZone(tmp_path)
    stored = zone.store("s", b"original", NOV)
    (tmp_path / stored.raw_path).write_bytes(gzip.compress(b"tampered"))
    with pytest.raises(RawZoneCorrupt):
        zone.read(stored.raw_path)
    with pytest.raises(ValueError, match="escapes"):
        zone.read("../../etc/passwd")
    with pytest.raises(ValueError):
        zone.store("../evil", b"x", NOV)
