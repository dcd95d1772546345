"""`cchc official`: read a national ranking table (HTML page or PDF annex) into raw.official_rankings."""
from __future__ import annotations

import argparse
import json
import mimetypes
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

NAME = "official"
HELP = "parse national ranking tables (HTML/PDF) into raw.official_rankings"
DESCRIPTION = """\
Parse one national publisher's ranking document (dti.gov.vn / papi.org.vn /
pcivietnam.vn HTML tables, Bộ Nội vụ PDF annexes) and load it into
raw.official_rankings. Columns are recognised by their headers' meaning; province names
are conformed to the warehouse keys. A table that looks like a ranking but cannot be
trusted (no province column, duplicate provinces, unreadable numbers, ranks out of
range) goes to raw.quarantine (stage 'official') with the reason; the other tables of
the document are still loaded. Reruns on the same document change nothing.

Examples:
  cchc official annex.pdf --publisher "Bộ Nội vụ" --index PAR_INDEX --year 2022 \\
      --document-url https://moha.gov.vn/.../phu-luc.pdf
  cchc official https://dti.gov.vn/xep-hang-2022 --publisher "Bộ TT&TT" --index DTI --year 2022 --dry-run

In offline mode (the default) a URL is fetched from the replay server, like the scraper.
Exit status: 0 loaded (or nothing to refuse), 1 some table was refused, 2 usage error.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("source", metavar="FILE_OR_URL", help="a local HTML/PDF file or an http(s) URL")
    p.add_argument("--publisher", required=True, help="who published the table, e.g. 'Bộ Nội vụ'")
    p.add_argument("--index", required=True, dest="index_code",
                   help="index code: PAR_INDEX, SIPAS, PAPI, PCI, PGI, DTI, ICT_INDEX, ...")
    p.add_argument("--year", required=True, type=int, help="the year the index measures (data year)")
    p.add_argument("--document-url", help="URL to record for a local file (default: file:// path)")
    p.add_argument("--content-type", help="override the content type (default: from the response or suffix)")
    p.add_argument("--rank-of", type=int, help="how many provinces the publisher ranked, if the table is partial")
    p.add_argument("--test-data", action="store_true", help="mark the rows as test data (is_test_data)")
    p.add_argument("--dry-run", action="store_true", help="print the parsed rows as JSONL; touch no database")


def _fetch(url: str) -> tuple[bytes, str | None]:
    import requests

    from scrapers.settings import Settings
    from scrapers.urlpolicy import UrlPolicy

    settings = Settings.from_env()
    host = (urlsplit(url).hostname or "").lower()
    policy = UrlPolicy([host], offline=settings.mode == "offline",
                       replay_address=(settings.replay_host, settings.replay_port))
    route = policy.route(url)
    target, headers = url, {"User-Agent": settings.user_agent}
    if route.connect_base:
        parts = urlsplit(url)
        target = route.connect_base + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers["Host"] = parts.netloc
    with requests.get(target, headers=headers, timeout=settings.request_timeout_s, stream=True) as resp:
        resp.raise_for_status()
        body = b""
        for chunk in resp.iter_content(65536):
            body += chunk
            if len(body) > settings.max_body_bytes:
                raise ValueError(f"{url}: body larger than {settings.max_body_bytes} bytes")
        return body, resp.headers.get("Content-Type")


def run(args: argparse.Namespace) -> int:
    from scrapers.official import ingest_document, parse_document
    from scrapers.official.columns import normalize_index_code

    try:
        index_code = normalize_index_code(args.index_code)
    except ValueError as exc:
        print(f"cchc official: {exc}", file=sys.stderr)
        return 2
    if urlsplit(args.source).scheme in ("http", "https"):
        try:
            body, content_type = _fetch(args.source)
        except Exception as exc:
            print(f"cchc official: cannot fetch {args.source}: {exc}", file=sys.stderr)
            return 1
        url = args.document_url or args.source
    else:
        path = Path(args.source)
        if not path.is_file():
            print(f"cchc official: no such file: {path}", file=sys.stderr)
            return 2
        body = path.read_bytes()
        content_type = mimetypes.guess_type(path.name)[0]
        url = args.document_url or path.resolve().as_uri()
    content_type = args.content_type or content_type
    common = dict(url=url, body=body, content_type=content_type, publisher=args.publisher,
                  index_code=index_code, year=args.year, is_test_data=args.test_data, rank_of=args.rank_of)

    if args.dry_run:
        doc = parse_document(**common)
        try:
            for row in doc.rows:
                print(json.dumps(row.as_dict(), ensure_ascii=False, default=str))
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the interpreter's final flush
        for r in doc.rejected:
            print(f"refused {r.locator}: {r.reason}", file=sys.stderr)
        for r in doc.skipped_rows:
            print(f"skipped {r.locator}: {r.reason}", file=sys.stderr)
        print(f"{len(doc.rows)} row(s) from {len(doc.tables_parsed)} table(s); {len(doc.rejected)} refused"
              f"{' (test data)' if doc.is_test_data else ''}", file=sys.stderr)
        return 1 if doc.rejected else 0

    from scrapers.db import DatabaseUnreachable, connect

    try:
        with connect() as conn:
            summary = ingest_document(conn, **common)
    except DatabaseUnreachable as exc:
        print(f"cchc official: {exc}", file=sys.stderr)
        return 1
    for reason in summary.reasons:
        print(f"refused: {reason}", file=sys.stderr)
    print(f"{summary.rows_parsed} row(s) parsed, {summary.rows_loaded} loaded or changed, "
          f"{summary.tables_rejected} table(s) refused, {summary.quarantined} quarantine record(s)"
          f"{' (test data)' if summary.is_test_data else ''}", file=sys.stderr)
    return 1 if summary.tables_rejected else 0
