"""Which raw pages the parser should read (parameterised, read-only SQL).

"Not yet parsed" means no article row for this (url, page sha256) and no parse
quarantine for it; pages skipped as irrelevant are read again on the next run, which
is cheap and lets a widened relevance filter pick them up without ``--reparse``.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import psycopg


@dataclass(frozen=True)
class PageRow:
    source_id: str
    url: str
    sha256: str
    raw_path: str
    content_type: str | None
    encoding: str | None
    fetched_at: datetime


_SQL = """
select p.source_id, p.url, p.sha256, p.raw_path, p.content_type, p.encoding, p.first_fetched_at
  from raw.pages p
 where (%(sources)s::text[] is null or p.source_id = any(%(sources)s::text[]))
   and (%(since)s::timestamptz is null or p.last_fetched_at >= %(since)s::timestamptz)
   and (%(until)s::timestamptz is null or p.first_fetched_at < %(until)s::timestamptz)
   and (%(reparse)s or (
        not exists (select 1 from raw.articles a where a.url = p.url and a.page_sha256 = p.sha256)
        and not exists (select 1 from raw.quarantine q
                         where q.stage = 'parse'
                           and q.record_key = substr(encode(sha256(convert_to(p.url || chr(10) || p.sha256, 'UTF8')), 'hex'), 1, 32))
   ))
 order by p.source_id, p.first_fetched_at, p.url
"""


def pages_to_parse(
    conn: psycopg.Connection,
    source_ids: list[str] | None,
    since: date | None,
    until: date | None,
    reparse: bool,
) -> list[PageRow]:
    """Pages in [since, until] (dates inclusive, by fetch time) that need parsing."""
    params = {
        "sources": source_ids,
        "since": datetime.combine(since, datetime.min.time()) if since else None,
        "until": datetime.combine(until + timedelta(days=1), datetime.min.time()) if until else None,
        "reparse": reparse,
    }
    with conn.cursor() as cur:
        cur.execute(_SQL, params)
        rows = cur.fetchall()
    conn.commit()
    return [PageRow(s, u, sha.strip(), rp, ct, enc, ts) for s, u, sha, rp, ct, enc, ts in rows]
