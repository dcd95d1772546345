"""Read-only queries the scraper needs from the raw tables (parameterised SQL only).

Conditional GET needs, per URL, the validators and content hash of the last body we
kept; the raw tables are the memory between nightly runs, so nothing is cached on disk.
"""
from __future__ import annotations

from typing import Iterable

import psycopg

from scrapers.fetch import Conditional

_LAST_STATE_SQL = """
select distinct on (p.url)
       p.url, p.sha256, p.raw_path, f.etag, f.last_modified
  from raw.pages p
  left join lateral (
        select fl.etag, fl.last_modified
          from raw.fetch_log fl
         where fl.url = p.url and fl.sha256 = p.sha256 and fl.outcome in ('fetched', 'unchanged')
           and (fl.etag is not null or fl.last_modified is not null)
         order by fl.fetched_at desc
         limit 1
       ) f on true
 where p.source_id = %(source_id)s
 order by p.url, p.last_fetched_at desc
"""


def last_states(conn: psycopg.Connection, source_id: str) -> dict[str, Conditional]:
    """URL -> what we kept last time (sha256, raw path, ETag, Last-Modified) for one source."""
    with conn.cursor() as cur:
        cur.execute(_LAST_STATE_SQL, {"source_id": source_id})
        rows = cur.fetchall()
    conn.commit()  # end the read transaction: the connection is shared with writers
    return {
        url: Conditional(etag=etag, last_modified=lm, sha256=sha.strip(), raw_path=raw_path)
        for url, sha, raw_path, etag, lm in rows
    }


def known_urls(conn: psycopg.Connection, source_ids: Iterable[str]) -> set[str]:
    with conn.cursor() as cur:
        cur.execute("select distinct url from raw.pages where source_id = any(%s)", (list(source_ids),))
        rows = cur.fetchall()
    conn.commit()
    return {r[0] for r in rows}
