"""``cchc extract``: print the facts one article states, as JSON lines."""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys

NAME = "extract"
HELP = "extract facts (JSONL) from one article's text"
DESCRIPTION = """\
Read one article's plain text (UTF-8) and print the facts it states, one JSON
object per line (the format of shared/facts-schema.md): index results
(PAR Index, SIPAS, PAPI, PCI, PGI, DTI, ICT Index, ...), task progress and
dossier statistics, each with the exact sentence fragment as "evidence".
Nothing else is printed on stdout; no output (exit 0) means no facts.

--url sets the publishing site, whose province is the default subject
("của tỉnh"); --published anchors relative periods ("6 tháng đầu năm").
Unreadable input (missing file, not UTF-8) or a bad --published exits 2.

example:
  cchc extract --url https://tiengiang.gov.vn/tin/123 --published 2023-08 article.txt
  cat article.txt | cchc extract -
"""

_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")


def parse_published(value: str) -> dt.date:
    """``YYYY-MM`` or ``YYYY-MM-DD`` → a date (day 1 when absent)."""
    m = _DATE.fullmatch(value.strip())
    if not m:
        raise ValueError(f"--published must be YYYY-MM or YYYY-MM-DD, got {value!r}")
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3) or 1)
    return dt.date(year, month, day)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE|-", help="article text (UTF-8), or - for stdin")
    parser.add_argument("--url", help="where the article was published (its host decides the default province)")
    parser.add_argument("--published", metavar="YYYY-MM[-DD]", help="publication date, for relative years")


def _read(path: str) -> str:
    data = sys.stdin.buffer.read() if path == "-" else open(path, "rb").read()
    return data.decode("utf-8-sig")


def run(args: argparse.Namespace) -> int:
    try:
        published = parse_published(args.published) if args.published else None
    except ValueError as exc:
        print(f"cchc extract: {exc}", file=sys.stderr)
        return 2
    try:
        text = _read(args.file)
    except OSError as exc:
        print(f"cchc extract: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"cchc extract: {args.file} is not UTF-8 text ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    from scrapers.extract import extract_facts  # keep `cchc --help` fast

    out = sys.stdout
    for fact in extract_facts(text, url=args.url, published=published):
        out.write(json.dumps(fact, ensure_ascii=False) + "\n")
    out.flush()
    return 0
