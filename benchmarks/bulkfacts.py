"""Figure 7 at warehouse scale: synthetic fact history and a ~1% nightly delta, loaded by COPY.

The reparse figures (5-6) produce a few thousand facts, a size at which ``dbt build`` is
all per-node overhead. Figure 7 is about the fact path's cost, so it can first add a
*history* of N facts straight into the raw tables (fixture setup, not measured):

* sources: three per province of ``ref_provinces`` (portal, home-affairs site, paper)
  plus one national publisher, by ``scrapers.load.upsert_sources``;
* articles: 1-3 facts each, ~1 KB bodies, published over 2012-2024;
* facts: index results (composite and components, prev values on some), task progress and
  dossier statistics over 63 provinces x 13 years x their periods/scopes/components, about
  a dozen facts per grain, 80 % of them agreeing with the grain's value, 3 % national.
  Rows come from ``scrapers.load.fact_row`` (same ids and payload as the extractor's).

:func:`load_delta` then adds what a night brings, ~1 % of the facts: new articles for
existing grains (some from a more trusted source with another value), brand-new grains
(2025), URLs re-published with a new body (the old version's facts drop out) and
re-extracted articles whose facts are replaced through ``scrapers.load.load_facts`` (one
fact dropped, one value corrected). Everything is derived from ``seed``.
"""
from __future__ import annotations

import csv
import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks.synthetic import FILLER, TITLES
from scrapers.load import FACT_COLUMNS, fact_row, load_facts, upsert_sources
from scrapers.records import SourceRow, article_id_for, sha256_hex

SEEDS = Path(__file__).resolve().parents[1] / "dbt_project" / "seeds"
EXTRACTOR_VERSION = "1.2.0"
HISTORY_AT = datetime(2024, 6, 1, tzinfo=timezone.utc)  # parsed/extracted long before the bench runs
YEARS = range(2012, 2025)
SCALE = {"PAR_INDEX": (60.0, 95.0, 2), "SIPAS": (75.0, 95.0, 2), "PAPI": (35.0, 50.0, 2), "PCI": (55.0, 75.0, 2),
         "DTI": (0.3, 0.8, 4), "ICT_INDEX": (0.3, 0.9, 4)}
INDEX_WEIGHTS = (("PAR_INDEX", 4), ("SIPAS", 1), ("PAPI", 2), ("PCI", 2), ("DTI", 1), ("ICT_INDEX", 1))
FIRST_YEAR = {"PAR_INDEX": 2012, "SIPAS": 2017, "PAPI": 2012, "PCI": 2012, "DTI": 2020, "ICT_INDEX": 2012}
TASK_PERIODS = ("",) + tuple(f"-{m:02d}M" for m in range(1, 12))  # the year, months to date
DOSSIER_PERIODS = (("", "-Q1", "-Q2", "-Q3", "-Q4", "-06M", "-09M", "-10M", "-11M")
                   + tuple(f"-{m:02d}" for m in range(1, 13)))  # + single months
SCOPES = ("toàn tỉnh", "cấp tỉnh", "cấp huyện", "cấp xã")
ARTICLE_COLUMNS = ("article_id", "source_id", "url", "page_sha256", "title", "body", "published_on", "parser",
                   "parser_version", "parsed_at", "loaded_at")
FACT_COPY_COLUMNS = ("fact_id", "article_id", "extractor_version", "kind", *FACT_COLUMNS, "evidence", "payload",
                     "extracted_at")


@dataclass(frozen=True)
class Province:
    name: str
    host: str


def provinces() -> list[Province]:
    with open(SEEDS / "ref_provinces.csv", encoding="utf-8") as fh:
        return [Province(r["province"], r["province_slug"].replace("-", "")) for r in csv.DictReader(fh)]


def components() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(SEEDS / "ref_index_components.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out.setdefault(r["index_code"], []).append(r["component"])
    return out


def sources(provs: list[Province]) -> list[SourceRow]:
    rows = [SourceRow("bulk_moha", "Bộ Nội vụ", None, "national_publisher", "https://moha.gov.vn", None, True)]
    for p in provs:
        rows += [
            SourceRow(f"bulk_{p.host}_portal", f"Cổng TTĐT tỉnh {p.name}", p.name, "provincial_portal",
                      f"https://{p.host}.gov.vn", None, True),
            SourceRow(f"bulk_{p.host}_snv", f"Sở Nội vụ tỉnh {p.name}", p.name, "home_affairs_site",
                      f"https://sonoivu.{p.host}.gov.vn", None, True),
            SourceRow(f"bulk_{p.host}_bao", f"Báo {p.name}", p.name, "provincial_paper",
                      f"https://bao{p.host}.vn", None, True),
        ]
    return rows


def _grain_rng(*parts) -> random.Random:
    """The grain's own generator: every fact of a grain starts from the same 'true' value."""
    return random.Random(int(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:12], 16))


class FactMaker:
    def __init__(self, seed: int, years: range = YEARS):
        self.provs = provinces()
        self.comps = components()
        self.years = years
        self.rng = random.Random(seed)
        self.indices = [code for code, w in INDEX_WEIGHTS for _ in range(w)]

    def fact(self, province: str | None, agree: float = 0.8) -> dict:
        rng = self.rng
        kind = rng.choices(("index_result", "task_progress", "dossier_stats"), (5, 2, 3))[0]
        year = rng.choice(self.years)
        if kind == "index_result":
            index = rng.choice(self.indices)
            year = max(year, FIRST_YEAR[index])
            comp = rng.choice(self.comps[index]) if rng.random() < 0.35 else None
            lo, hi, nd = SCALE[index]
            g = _grain_rng(province, index, year, comp)
            score, rank = round(g.uniform(lo, hi), nd), g.randint(1, 63)
            if rng.random() > agree:
                score, rank = round(min(hi, score + rng.uniform(0.05, 2.0) * (hi - lo) / 50), nd), max(1, rank - rng.randint(1, 5))
            f = {"kind": kind, "index": index, "province": province, "year": year, "component": comp,
                 "score": score, "rank": rank, "rank_of": 63,
                 "evidence": f"{index} năm {year} của tỉnh {province} đạt {score} điểm, xếp hạng {rank}/63"}
            if comp is None and rng.random() < 0.25:
                f |= {"prev_score": round(g.uniform(lo, hi), nd), "prev_rank": g.randint(1, 63)}
                f["rank_change"] = f["prev_rank"] - rank
            return f
        if kind == "task_progress":
            period = f"{year}{rng.choice(TASK_PERIODS)}"
            g = _grain_rng(province, period)
            total = g.randint(20, 60)
            done = g.randint(total * 2 // 3, total)
            if rng.random() > agree:
                done = rng.randint(total // 2, total)
            return {"kind": kind, "province": province, "period": period, "done": done, "total": total,
                    "evidence": f"đã hoàn thành {done}/{total} nhiệm vụ"}
        period = f"{year}{rng.choice(DOSSIER_PERIODS)}"
        scope = rng.choice(SCOPES)
        g = _grain_rng(province, period, scope)
        rec = g.randint(20_000, 900_000)
        res = g.randint(int(rec * 0.9), rec)
        if rng.random() > agree:
            res = rng.randint(int(rec * 0.8), rec)
        early = round(g.uniform(40.0, 70.0), 2)
        late = round(g.uniform(0.1, 2.0), 2)
        f = {"kind": kind, "province": province, "period": period, "scope": scope, "received": rec, "resolved": res,
             "early_pct": early, "on_time_pct": round(100 - early - late, 2), "late_pct": late,
             "evidence": f"tiếp nhận {rec} hồ sơ, giải quyết {res} hồ sơ"}
        if rng.random() < 0.3:
            tot = g.randint(10_000, 90_000)
            f |= {"online": tot * 6 // 10, "online_total": tot, "online_pct": 60}
        return f


def _article(rng: random.Random, source: SourceRow, n: int, facts: list[dict], parsed_at: datetime,
             url: str | None = None) -> tuple[tuple, list[dict]]:
    year = max((f.get("year") or int(str(f.get("period") or "2020")[:4])) for f in facts)
    published = date(min(year + 1, 2025), rng.randint(1, 12), rng.randint(1, 28))
    paras = [FILLER[(n + j) % len(FILLER)] for j in range(6)] + [f["evidence"] + "." for f in facts]
    body = "\n\n".join(paras)
    facts = [{k: v for k, v in f.items() if v is not None} for f in facts]
    facts = list({fact_row("", EXTRACTOR_VERSION, f)[0]: f for f in facts}.values())  # an article states a fact once
    url = url or f"{source.base_url}/tin-tuc/cai-cach-hanh-chinh-{n}"
    sha = sha256_hex(body)
    row = (article_id_for(url, sha), source.source_id, url, sha, TITLES[n % len(TITLES)], body, published,
           "bulk", "1", parsed_at, parsed_at)
    return row, facts


def _copy(conn, articles: list[tuple], facts: list[tuple]) -> None:
    with conn.cursor() as cur:
        with cur.copy(f"copy raw.articles ({', '.join(ARTICLE_COLUMNS)}) from stdin") as cp:
            for r in articles:
                cp.write_row(r)
        with cur.copy(f"copy raw.facts ({', '.join(FACT_COPY_COLUMNS)}) from stdin") as cp:
            for r in facts:
                cp.write_row(r)
    conn.commit()


def load_history(dsn: str, n_facts: int, seed: int = 707, chunk: int = 50_000) -> dict:
    """~n_facts facts (and their articles and sources) into raw.*, by COPY; returns counts."""
    import psycopg

    maker = FactMaker(seed)
    rng = random.Random(seed + 1)
    srcs = sources(maker.provs)
    by_prov = {s.province: [] for s in srcs}
    for s in srcs:
        by_prov[s.province].append(s)
    n_art = n_fact = 0
    with psycopg.connect(dsn) as conn:
        upsert_sources(conn, srcs)
        arts, rows = [], []
        while n_fact < n_facts:
            p = rng.choice(maker.provs)
            if rng.random() < 0.08:
                src, prov = srcs[0], p.name  # national publisher about one province
            else:
                src, prov = rng.choice(by_prov[p.name]), p.name
                if src.kind == "provincial_paper" and rng.random() < 0.1:
                    prov = rng.choice(maker.provs).name  # the press writes about other provinces too
            facts = [maker.fact(None if rng.random() < 0.03 else prov) for _ in range(rng.choice((1, 1, 2, 2, 3)))]
            at = HISTORY_AT + timedelta(seconds=n_art)
            art, facts = _article(rng, src, n_art, facts, at)
            arts.append(art)
            for f in facts:
                rows.append((*fact_row(art[0], EXTRACTOR_VERSION, f), at))
            n_art += 1
            n_fact += len(facts)
            if len(rows) >= chunk:
                _copy(conn, arts, rows)
                arts, rows = [], []
        _copy(conn, arts, rows)
        conn.execute("analyze raw.articles")
        conn.execute("analyze raw.facts")
        conn.commit()
    return {"sources": len(srcs), "articles": n_art, "facts": n_fact}


def load_delta(dsn: str, n_facts: int, seed: int = 808) -> dict:
    """What a night adds to a loaded history: ~n_facts new facts in new articles (existing
    grains, some from a more trusted source; new 2025 grains; re-published URLs) and a few
    re-extracted articles whose facts are replaced (one dropped, one corrected)."""
    import psycopg

    maker = FactMaker(seed)
    rng = random.Random(seed + 1)
    now = datetime.now(timezone.utc)
    srcs = sources(maker.provs)
    by_prov: dict[str | None, list[SourceRow]] = {}
    for s in srcs:
        by_prov.setdefault(s.province, []).append(s)
    out = {"new_articles": 0, "new_facts": 0, "republished_urls": 0, "reextracted_articles": 0}
    with psycopg.connect(dsn) as conn:
        arts, rows = [], []
        # URLs re-published with a new body: a new article (new id) for an old URL, new facts
        old = conn.execute(
            "select a.url, a.source_id from raw.articles a where a.parser = 'bulk'"
            " order by md5(a.article_id || %s) limit %s", (str(seed), max(1, n_facts // 100))).fetchall()
        n = 0
        for url, source_id in old:
            src = next(s for s in srcs if s.source_id == source_id)
            prov = src.province or rng.choice(maker.provs).name
            art, facts = _article(rng, src, 10_000_000 + n, [maker.fact(prov, agree=0.5)], now, url=url)
            arts.append(art)
            rows += [(*fact_row(art[0], EXTRACTOR_VERSION, f), now)
                     for f in facts]
            n += 1
        out["republished_urls"] = n
        while len(rows) < n_facts:
            p = rng.choice(maker.provs)
            if rng.random() < 0.2:
                maker.years = range(2025, 2026)  # a grain nobody reported before
            else:
                maker.years = range(2021, 2025)
            src = srcs[0] if rng.random() < 0.15 else rng.choice(by_prov[p.name])
            facts = [maker.fact(p.name, agree=0.6) for _ in range(rng.choice((1, 2, 3)))]
            art, facts = _article(rng, src, 20_000_000 + n, facts, now)
            arts.append(art)
            rows += [(*fact_row(art[0], EXTRACTOR_VERSION, f), now)
                     for f in facts]
            n += 1
        _copy(conn, arts, rows)
        out["new_articles"], out["new_facts"] = len(arts), len(rows)
        # re-extraction of the same extractor version: the loader replaces the article's facts
        multi = conn.execute(
            "select article_id, array_agg(payload order by fact_id) from raw.facts"
            " where extractor_version = %s group by article_id having count(*) >= 2"
            " order by md5(article_id || %s) limit %s",
            (EXTRACTOR_VERSION, str(seed), max(2, n_facts // 200))).fetchall()
        replaced = []
        for i, (article_id, payloads) in enumerate(multi):
            facts = list(payloads)[1:]  # one fact dropped
            if i % 2 and facts[0].get("kind") == "task_progress":
                facts[0] = {**facts[0], "done": max(0, facts[0]["done"] - 1)}  # one value corrected
            replaced.append((article_id, EXTRACTOR_VERSION, facts))
        load_facts(conn, replaced)
        out["reextracted_articles"] = len(replaced)
    return out
