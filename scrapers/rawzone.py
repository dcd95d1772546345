"""The raw zone (bronze layer): every fetched body, gzip-compressed and content-addressed.

Layout: ``<raw_root>/<source_id>/<yyyy>/<mm>/<sha256>.html.gz``, the month being the one
the body was first seen. The same bytes fetched again (any month) map to the existing
file, so a nightly re-crawl of unchanged pages writes nothing. Writes go to a temporary
file in the same directory and are renamed into place, so a crash never leaves a
truncated body under a valid name. Parsing reads bodies only from here, which is what
makes reparse and backfill work without the network.
"""
from __future__ import annotations

import gzip
import logging
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from scrapers.records import sha256_hex

log = logging.getLogger(__name__)

_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
SUFFIX = ".html.gz"


@dataclass(frozen=True)
class StoredBody:
    sha256: str
    raw_path: str  # relative to the raw root, '/'-separated (stored in raw.pages.raw_path)
    created: bool  # False when an identical body was already in the zone
    bytes: int


class RawZone:
    """Content-addressed store of page bodies under one root directory."""

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def relative_path(self, source_id: str, sha256: str, seen_at: datetime) -> str:
        _check(source_id, sha256)
        return f"{source_id}/{seen_at:%Y}/{seen_at:%m}/{sha256}{SUFFIX}"

    def find(self, source_id: str, sha256: str) -> str | None:
        """Relative path of an existing body with this hash for this source, if any."""
        _check(source_id, sha256)
        base = self.root / source_id
        if not base.is_dir():
            return None
        for p in sorted(base.glob(f"[0-9][0-9][0-9][0-9]/[0-9][0-9]/{sha256}{SUFFIX}")):
            return p.relative_to(self.root).as_posix()
        return None

    def store(self, source_id: str, body: bytes, seen_at: datetime) -> StoredBody:
        """Keep ``body``; returns where it lives and whether a new file was written."""
        sha = sha256_hex(body)
        existing = self.find(source_id, sha)
        if existing:
            log.debug("rawzone: %s already stored at %s", sha[:12], existing)
            return StoredBody(sha, existing, False, len(body))
        rel = self.relative_path(source_id, sha, seen_at)
        dest = self.root / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        # mtime=0: identical bodies give identical files (reproducible raw zone).
        data = gzip.compress(body, compresslevel=6, mtime=0)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=SUFFIX, dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, dest)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        log.info("rawzone: stored %s (%d bytes, %d gzipped) at %s", sha[:12], len(body), len(data), rel)
        return StoredBody(sha, rel, True, len(body))

    def read(self, raw_path: str, expected_sha256: str | None = None) -> bytes:
        """The body stored at ``raw_path`` (relative to the root), checked against its hash."""
        path = (self.root / raw_path).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise ValueError(f"raw path {raw_path!r} escapes the raw root")
        body = gzip.decompress(path.read_bytes())
        sha = sha256_hex(body)
        want = expected_sha256 or path.name.removesuffix(SUFFIX)
        if _SHA_RE.match(want) and sha != want:
            raise RawZoneCorrupt(f"{raw_path}: content hash {sha} does not match {want}")
        return body

    def read_by_sha(self, source_id: str, sha256: str) -> bytes:
        rel = self.find(source_id, sha256)
        if rel is None:
            raise FileNotFoundError(f"no body {sha256} for source {source_id} under {self.root}")
        return self.read(rel, sha256)

    def files(self, source_id: str | None = None) -> list[Path]:
        base = self.root / source_id if source_id else self.root
        return sorted(p for p in base.rglob(f"*{SUFFIX}") if not p.name.startswith(".tmp-"))


class RawZoneCorrupt(RuntimeError):
    """A stored body no longer matches its content address."""


def _check(source_id: str, sha256: str) -> None:
    if not re.match(r"^[a-z0-9_]+$", source_id):
        raise ValueError(f"invalid source id for a raw-zone path: {source_id!r}")
    if not _SHA_RE.match(sha256):
        raise ValueError(f"not a sha256 hex digest: {sha256!r}")
