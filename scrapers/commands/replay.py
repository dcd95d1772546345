"""`cchc replay-server`: serve the bundled offline snapshot of the source sites."""
from __future__ import annotations

import argparse
import logging

from scrapers.settings import Settings

NAME = "replay-server"
HELP = "serve the bundled offline snapshot of the source sites on 127.0.0.1"
DESCRIPTION = """\
Serve scrapers/snapshots/ over HTTP, routing by Host header, with ETag/Last-Modified
and optional fault injection. `cchc scrape` in offline mode (the default) sends every
request here. Faults: e.g. --faults 'seed=1;travinh.gov.vn:status=503,rate=0.3;*:latency=0.05'
or --faults faults.json (see scrapers/replay.py for all keys).
"""

log = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    settings = Settings.from_env()
    parser.add_argument("--host", default=settings.replay_host, help="bind address (loopback only by default)")
    parser.add_argument("--port", type=int, default=settings.replay_port)
    parser.add_argument("--snapshot-dir", default=None, help="default: scrapers/snapshots")
    parser.add_argument("--faults", default=None, help="fault spec string or JSON file")
    parser.add_argument("--allow-non-loopback", action="store_true",
                        help="allow binding to a non-loopback address (exposes the server)")


def run(args: argparse.Namespace) -> int:
    from scrapers.replay import DEFAULT_SNAPSHOT_DIR, ReplayServer

    try:
        server = ReplayServer(
            args.snapshot_dir or DEFAULT_SNAPSHOT_DIR, host=args.host, port=args.port,
            faults=args.faults, allow_non_loopback=args.allow_non_loopback,
        )
    except (ValueError, FileNotFoundError, OSError) as exc:
        log.error("%s", exc)
        return 2
    log.info("hosts: %s", ", ".join(server.hosts()))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping")
    return 0
