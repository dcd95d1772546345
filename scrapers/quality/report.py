"""The auditors' report: one static HTML page per run, and an index of runs.

    build_report(settings, run_id) -> <reports_dir>/runs/<run_id>/index.html
                                      (and rewrites <reports_dir>/index.html)

Read-only on the warehouse. Everything scraped is hostile text: Jinja2 autoescaping is on
and nothing is marked safe except the SVG chart, which is built from numbers only.
"""
from __future__ import annotations

import html
import os
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
from psycopg.rows import dict_row

from scrapers.settings import Settings

MAX_ROWS = 500


def run_dir_name(run_id: str) -> str:
    """The run's directory name: the run id itself when it is a safe file name."""
    if re.fullmatch(r"[A-Za-z0-9_.:+\-]{1,150}", run_id) and not run_id.startswith("."):
        return run_id
    import hashlib

    safe = re.sub(r"[^A-Za-z0-9_.+\-]", "_", run_id)[:100].lstrip(".") or "run"
    return f"{safe}-{hashlib.sha256(run_id.encode()).hexdigest()[:8]}"


def report_path(settings: Settings, run_id: str) -> Path:
    return settings.reports_dir / "runs" / run_dir_name(run_id) / "index.html"


def build_report(settings: Settings, run_id: str, dsn: str | None = None) -> Path:
    """Write the run's report and the index of runs; return the run report's path."""
    from scrapers.quality.context import data_docs_index

    dsn = dsn or settings.dsn()
    out = report_path(settings, run_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    with psycopg.connect(dsn, connect_timeout=10, row_factory=dict_row) as conn:
        conn.read_only = True
        data = _run_data(conn, run_id)
        runs = _runs(conn)
    generated = datetime.now(timezone.utc)
    env = _env()
    docs = data_docs_index(settings)
    dbt_docs = settings.reports_dir / "dbt-docs" / "static_index.html"
    page = env.from_string(RUN_TEMPLATE).render(
        run_id=run_id, generated=generated, **data,
        trend_svg=_trend_svg(runs, highlight=run_id),
        data_docs=_rel(docs, out.parent), data_docs_exists=docs.exists(),
        dbt_docs=_rel(dbt_docs, out.parent), dbt_docs_exists=dbt_docs.exists(),
        index_href="../../index.html",
    )
    out.write_text(page, encoding="utf-8")
    index = settings.reports_dir / "index.html"
    for r in runs:
        r["href"] = "runs/" + quote(run_dir_name(r["run_id"]), safe="") + "/index.html"
        r["has_report"] = report_path(settings, r["run_id"]).exists()
    index.write_text(env.from_string(INDEX_TEMPLATE).render(
        runs=runs, generated=generated, trend_svg=_trend_svg(runs),
        data_docs=_rel(docs, index.parent), data_docs_exists=docs.exists(),
        dbt_docs=_rel(dbt_docs, index.parent), dbt_docs_exists=dbt_docs.exists(),
    ), encoding="utf-8")
    return out


def _env():
    import jinja2

    env = jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True)
    env.filters["ts"] = lambda v: v.strftime("%Y-%m-%d %H:%M:%S %Z") if isinstance(v, datetime) else (v or "")
    env.filters["short"] = lambda v, n=120: (v if len(v) <= n else v[: n - 1] + "…") if isinstance(v, str) else v
    return env


def _rel(target: Path, start: Path) -> str:
    return quote(os.path.relpath(target, start))


def _exists(conn, relation: str) -> bool:
    return conn.execute("select to_regclass(%s) is not null as ok", (relation,)).fetchone()["ok"]


def _columns(conn, schema: str, table: str) -> list[str]:
    return [r["column_name"] for r in conn.execute(
        "select column_name from information_schema.columns where table_schema = %s and table_name = %s"
        " order by ordinal_position", (schema, table)).fetchall()]


def _count(conn, relation: str) -> int | None:
    from psycopg import sql

    schema, name = relation.split(".", 1)
    try:
        with conn.transaction():
            return conn.execute(sql.SQL("select count(*) as n from {}.{}").format(
                sql.Identifier(schema), sql.Identifier(name))).fetchone()["n"]
    except psycopg.Error:
        return None


def _run_data(conn, run_id: str) -> dict[str, Any]:
    run = conn.execute("select run_id, started_at, finished_at, trigger, status from audit.runs"
                       " where run_id = %s", (run_id,)).fetchone()
    span = conn.execute(
        "select min(t) as first, max(t) as last from (select fetched_at as t from raw.fetch_log where run_id = %s"
        " union all select validated_at from audit.validation_results where run_id = %s) s",
        (run_id, run_id)).fetchone()
    fetches = conn.execute(
        "select source_id, url, fetched_at, status, outcome, sha256, bytes, error from raw.fetch_log"
        " where run_id = %s order by source_id, fetched_at, fetch_id limit %s", (run_id, MAX_ROWS)).fetchall()
    sources = conn.execute(
        "select source_id, count(*) as attempts, count(*) filter (where status = 200) as ok,"
        " count(*) filter (where outcome = 'unchanged') as unchanged,"
        " count(*) filter (where outcome in ('failed', 'refused')) as failed,"
        " count(distinct url) as urls from raw.fetch_log where run_id = %s group by source_id order by source_id",
        (run_id,)).fetchall()
    n_fetches = sum(s["attempts"] for s in sources)
    # latest result per check (a stage validated twice keeps its history in audit)
    checks = conn.execute(
        "select distinct on (stage, suite, expectation) stage, suite, expectation, severity, success,"
        " observed_value, threshold, details->>'description' as description,"
        " coalesce((details->>'quarantined')::int, 0) as quarantined, validated_at,"
        " count(*) over (partition by stage, suite, expectation) as attempts"
        " from audit.validation_results where run_id = %s"
        " order by stage, suite, expectation, validated_at desc, result_id desc", (run_id,)).fetchall()
    stage_order = {s: i for i, s in enumerate(("fetch_log", "articles", "facts", "official", "marts"))}
    checks.sort(key=lambda c: (stage_order.get(c["stage"], 99), c["suite"], c["success"], c["expectation"]))
    summary = {
        "total": len(checks), "passed": sum(c["success"] for c in checks),
        "critical": sum((not c["success"]) and c["severity"] == "critical" for c in checks),
        "warning": sum((not c["success"]) and c["severity"] == "warning" for c in checks),
    }
    quarantine = conn.execute(
        "select stage, source_id, record_key, reason, quarantined_at from raw.quarantine where run_id = %s"
        " order by stage, reason, record_key limit %s", (run_id, MAX_ROWS)).fetchall()
    n_quarantine = conn.execute("select count(*) as n from raw.quarantine where run_id = %s",
                                (run_id,)).fetchone()["n"]
    return {
        "run": run, "span": span, "fetches": fetches, "n_fetches": n_fetches, "sources": sources,
        "checks": checks, "summary": summary, "quarantine": quarantine, "n_quarantine": n_quarantine,
        "reconciliation": _reconciliation(conn, run_id),
        "conflicts": _table_sample(conn, "marts", "fct_fact_conflicts", None),
        "claims": _table_sample(conn, "marts", "fct_claim_checks", "status = 'differs'"),
    }


def _reconciliation(conn, run_id: str) -> list[dict[str, Any]]:
    """raw -> staging -> marts: counts recorded at validation time, beside counts now."""
    recorded = {r["relation"]: r for r in conn.execute(
        "select layer, relation, row_count from audit.row_counts where run_id = %s", (run_id,)).fetchall()}
    relations: list[tuple[str, str]] = [("raw", f"raw.{t}") for t in
                                        ("fetch_log", "pages", "articles", "facts", "official_rankings", "quarantine")]
    for r in conn.execute(
        "select table_schema, table_name from information_schema.tables"
        " where table_schema in ('staging', 'marts') order by table_schema = 'marts', table_name"
    ).fetchall():
        relations.append(("marts" if r["table_schema"] == "marts" else "staging",
                          f"{r['table_schema']}.{r['table_name']}"))
    for rel, r in recorded.items():
        if rel not in {x[1] for x in relations}:
            relations.append((r["layer"], rel))
    in_run = {
        "raw.fetch_log": ("select count(*) as n from raw.fetch_log where run_id = %s", (run_id,)),
        "raw.quarantine": ("select count(*) as n from raw.quarantine where run_id = %s", (run_id,)),
    }
    rows = []
    layer_order = {"raw": 0, "staging": 1, "marts": 2}
    for layer, rel in sorted(relations, key=lambda x: layer_order.get(x[0], 3)):
        now = _count(conn, rel) if _exists(conn, rel) else None
        run_rows = None
        if rel in in_run:
            run_rows = conn.execute(*in_run[rel]).fetchone()["n"]
        rows.append({"layer": layer, "relation": rel, "in_run": run_rows,
                     "at_validation": recorded.get(rel, {}).get("row_count"), "now": now})
    return rows


def _table_sample(conn, schema: str, table: str, where: str | None) -> dict[str, Any]:
    if not _exists(conn, f"{schema}.{table}"):
        return {"exists": False, "columns": [], "rows": [], "total": 0}
    cols = _columns(conn, schema, table)
    if where and "status" not in cols:
        return {"exists": True, "columns": cols, "rows": [], "total": 0, "note": "no status column"}
    from psycopg import sql

    cond = sql.SQL(" where " + where) if where else sql.SQL("")
    rel = sql.SQL("{}.{}").format(sql.Identifier(schema), sql.Identifier(table))
    total = conn.execute(sql.SQL("select count(*) as n from {}{}").format(rel, cond)).fetchone()["n"]
    rows = conn.execute(sql.SQL("select * from {}{} limit {}").format(rel, cond, sql.Literal(MAX_ROWS))).fetchall()
    return {"exists": True, "columns": cols, "rows": rows, "total": total}


def _runs(conn) -> list[dict[str, Any]]:
    return conn.execute(
        "with ids as (select run_id from audit.validation_results union select run_id from audit.runs"
        " union select run_id from raw.fetch_log),"
        " v as (select distinct on (run_id, stage, suite, expectation) run_id, severity, success, validated_at"
        "  from audit.validation_results order by run_id, stage, suite, expectation, validated_at desc)"
        " select ids.run_id, coalesce(r.started_at, (select min(validated_at) from audit.validation_results x"
        "  where x.run_id = ids.run_id), (select min(fetched_at) from raw.fetch_log f where f.run_id = ids.run_id))"
        "  as started_at, r.status,"
        " count(v.*) as checks, count(v.*) filter (where not v.success and v.severity = 'critical') as critical,"
        " count(v.*) filter (where not v.success and v.severity = 'warning') as warning"
        " from ids left join audit.runs r on r.run_id = ids.run_id left join v on v.run_id = ids.run_id"
        " group by ids.run_id, r.started_at, r.status order by started_at desc nulls last, ids.run_id limit 200"
    ).fetchall()


@dataclass
class _Bar:
    x: float
    y: float
    h: float
    kind: str
    title: str


def _trend_svg(runs: list[dict[str, Any]], highlight: str | None = None, last: int = 30):
    """A small stacked bar chart of failed checks per run (oldest left). Numbers only."""
    from markupsafe import Markup

    series = list(reversed(runs[:last]))
    width, height, pad = 640, 160, 24
    if not series:
        return Markup('<svg class="trend" width="640" height="40" role="img" aria-label="no runs yet">'
                      '<text x="8" y="24">no runs yet</text></svg>')
    top = max([r["critical"] + r["warning"] for r in series] + [1])
    slot = (width - 2 * pad) / len(series)
    bar_w = max(min(slot * 0.7, 40), 2)
    parts = [f'<svg class="trend" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}"'
             f' viewBox="0 0 {width} {height}" role="img" aria-label="failed checks per run">',
             f'<line x1="{pad}" y1="{height - pad}" x2="{width - pad}" y2="{height - pad}" stroke="#888"/>',
             f'<text x="{pad}" y="14" font-size="11">max {top} failed check(s)</text>']
    for i, r in enumerate(series):
        x = pad + i * slot + (slot - bar_w) / 2
        base = height - pad
        scale = (height - 2 * pad - 6) / top
        label = html.escape(f"{r['run_id']}: {r['critical']} critical, {r['warning']} warning", quote=True)
        for kind, n, color in (("critical", r["critical"], "#c0392b"), ("warning", r["warning"], "#e6a23c")):
            h = n * scale
            if n:
                parts.append(f'<rect class="bar {kind}" x="{x:.1f}" y="{base - h:.1f}" width="{bar_w:.1f}"'
                             f' height="{h:.1f}" fill="{color}"><title>{label}</title></rect>')
                base -= h
        if not (r["critical"] or r["warning"]):
            parts.append(f'<rect class="bar ok" x="{x:.1f}" y="{height - pad - 2}" width="{bar_w:.1f}" height="2"'
                         f' fill="#27ae60"><title>{label}</title></rect>')
        if r["run_id"] == highlight:
            parts.append(f'<text x="{x:.1f}" y="{height - 6}" font-size="10">this run</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#222;max-width:1400px}
h1{font-size:1.5rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}td.num{text-align:right;font-variant-numeric:tabular-nums}
.pass{color:#1e7e34;font-weight:600}.fail-critical{color:#fff;background:#c0392b;font-weight:600}
.fail-warning{background:#fdebd0;font-weight:600}.muted{color:#777}code{font-size:.8rem;word-break:break-all}
.summary span{display:inline-block;margin-right:1.2rem}nav a{margin-right:1rem}
"""

RUN_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CCHC run {{ run_id }}: data quality report</title><style>""" + STYLE + """</style></head>
<body>
<nav><a href="{{ index_href }}">All runs</a>
{% if data_docs_exists %}<a href="{{ data_docs }}">GX Data Docs</a>{% else %}<span class="muted">GX Data Docs (not built yet)</span>{% endif %}
{% if dbt_docs_exists %}<a href="{{ dbt_docs }}">dbt docs</a>{% else %}<a href="{{ dbt_docs }}" class="muted">dbt docs (not generated yet)</a>{% endif %}</nav>
<h1>Run <code id="run-id">{{ run_id }}</code></h1>
<p>{% if run %}Started {{ run.started_at|ts }}{% if run.finished_at %}, finished {{ run.finished_at|ts }}{% endif %}; trigger {{ run.trigger or "?" }}; status <b>{{ run.status }}</b>.
{% elif span.first %}First activity {{ span.first|ts }}, last {{ span.last|ts }} (no audit.runs row).
{% else %}No activity recorded for this run.{% endif %}
Report generated {{ generated|ts }}.</p>
<p class="summary" id="summary"><span>{{ summary.total }} checks</span><span class="pass">{{ summary.passed }} passed</span>
<span class="{{ 'fail-critical' if summary.critical else '' }}">{{ summary.critical }} critical failure(s)</span>
<span class="{{ 'fail-warning' if summary.warning else '' }}">{{ summary.warning }} warning(s)</span>
<span>{{ n_quarantine }} row(s) quarantined</span></p>

<h2 id="checks">Checks</h2>
{% if checks %}
<table id="checks-table"><thead><tr><th>Stage</th><th>Check</th><th>Description</th><th>Severity</th><th>Threshold</th>
<th>Observed</th><th>Result</th><th>Quarantined</th><th>Validated</th></tr></thead><tbody>
{% for c in checks %}
<tr class="check {{ 'passed' if c.success else 'failed' }}" data-check="{{ c.expectation }}">
<td>{{ c.stage }}</td><td><code>{{ c.expectation }}</code></td><td>{{ c.description or "" }}</td><td>{{ c.severity }}</td>
<td>{{ c.threshold or "" }}</td><td>{{ c.observed_value|short(200) }}</td>
<td class="{{ 'pass' if c.success else 'fail-' ~ c.severity }}">{{ 'PASS' if c.success else 'FAIL' }}</td>
<td class="num">{{ c.quarantined }}</td><td>{{ c.validated_at|ts }}{% if c.attempts > 1 %} <span class="muted">({{ c.attempts }} runs)</span>{% endif %}</td></tr>
{% endfor %}</tbody></table>
{% else %}<p class="muted">No validation results for this run.</p>{% endif %}

<h2 id="trend">Failed checks over runs</h2>
{{ trend_svg }}
<p class="muted">Red: critical, orange: warning, green line: all checks passed. Latest {{ 30 }} runs, oldest left.</p>

<h2 id="sources">Sources and URLs fetched</h2>
{% if sources %}
<table><thead><tr><th>Source</th><th>Attempts</th><th>Distinct URLs</th><th>HTTP 200</th><th>Unchanged</th><th>Failed/refused</th></tr></thead><tbody>
{% for s in sources %}<tr><td>{{ s.source_id }}</td><td class="num">{{ s.attempts }}</td><td class="num">{{ s.urls }}</td>
<td class="num">{{ s.ok }}</td><td class="num">{{ s.unchanged }}</td><td class="num">{{ s.failed }}</td></tr>{% endfor %}
</tbody></table>
<table id="fetches"><thead><tr><th>Source</th><th>URL</th><th>Fetched</th><th>Status</th><th>Outcome</th><th>Raw sha256</th><th>Bytes</th><th>Error</th></tr></thead><tbody>
{% for f in fetches %}<tr><td>{{ f.source_id }}</td><td><code>{{ f.url }}</code></td><td>{{ f.fetched_at|ts }}</td>
<td>{{ f.status if f.status is not none else "—" }}</td><td>{{ f.outcome }}</td><td><code>{{ f.sha256 or "" }}</code></td>
<td class="num">{{ f.bytes if f.bytes is not none else "" }}</td><td>{{ (f.error or "")|short }}</td></tr>{% endfor %}
</tbody></table>
{% if n_fetches > fetches|length %}<p class="muted">First {{ fetches|length }} of {{ n_fetches }} fetch attempts shown.</p>{% endif %}
{% else %}<p class="muted">No fetch attempts recorded for this run.</p>{% endif %}

<h2 id="reconciliation">Row-count reconciliation: raw → staging → marts</h2>
<table><thead><tr><th>Layer</th><th>Relation</th><th>Rows in this run</th><th>Rows at validation</th><th>Rows now</th></tr></thead><tbody>
{% for r in reconciliation %}<tr><td>{{ r.layer }}</td><td><code>{{ r.relation }}</code></td>
<td class="num">{{ r.in_run if r.in_run is not none else "" }}</td>
<td class="num">{{ r.at_validation if r.at_validation is not none else "" }}</td>
<td class="num">{{ r.now if r.now is not none else "missing" }}</td></tr>{% endfor %}
</tbody></table>

<h2 id="quarantine">Quarantined rows</h2>
{% if quarantine %}
<table id="quarantine-table"><thead><tr><th>Stage</th><th>Source</th><th>Record key</th><th>Reason</th><th>When</th></tr></thead><tbody>
{% for q in quarantine %}<tr><td>{{ q.stage }}</td><td>{{ q.source_id or "" }}</td><td><code>{{ q.record_key or "" }}</code></td>
<td>{{ q.reason }}</td><td>{{ q.quarantined_at|ts }}</td></tr>{% endfor %}
</tbody></table>
{% if n_quarantine > quarantine|length %}<p class="muted">First {{ quarantine|length }} of {{ n_quarantine }} shown.</p>{% endif %}
{% else %}<p class="muted">Nothing quarantined in this run.</p>{% endif %}

<h2 id="conflicts">Fact conflicts between sources</h2>
{% if not conflicts.exists %}<p class="muted">marts.fct_fact_conflicts does not exist (marts not built).</p>
{% elif not conflicts.rows %}<p>No conflicts.</p>
{% else %}<p>{{ conflicts.total }} conflict(s).</p>
<table><thead><tr>{% for c in conflicts.columns %}<th>{{ c }}</th>{% endfor %}</tr></thead><tbody>
{% for r in conflicts.rows %}<tr>{% for c in conflicts.columns %}<td>{{ r[c] if r[c] is not none else "" }}</td>{% endfor %}</tr>{% endfor %}
</tbody></table>{% endif %}

<h2 id="claims">Claims that differ from the official rankings</h2>
{% if not claims.exists %}<p class="muted">marts.fct_claim_checks does not exist (marts not built).</p>
{% elif not claims.rows %}<p>No claim differs from the official rankings.</p>
{% else %}<p>{{ claims.total }} claim(s) differ.</p>
<table><thead><tr>{% for c in claims.columns %}<th>{{ c }}</th>{% endfor %}</tr></thead><tbody>
{% for r in claims.rows %}<tr>{% for c in claims.columns %}<td>{{ r[c] if r[c] is not none else "" }}</td>{% endfor %}</tr>{% endfor %}
</tbody></table>{% endif %}
</body></html>
"""

INDEX_TEMPLATE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>CCHC warehouse: data quality reports</title><style>""" + STYLE + """</style></head>
<body>
<nav>{% if data_docs_exists %}<a href="{{ data_docs }}">GX Data Docs</a>{% endif %}
{% if dbt_docs_exists %}<a href="{{ dbt_docs }}">dbt docs</a>{% else %}<a href="{{ dbt_docs }}" class="muted">dbt docs (not generated yet)</a>{% endif %}</nav>
<h1>CCHC warehouse: data quality reports</h1>
<p class="muted">Generated {{ generated|ts }}.</p>
{{ trend_svg }}
<table id="runs"><thead><tr><th>Run</th><th>Started</th><th>Status</th><th>Checks</th><th>Critical failures</th><th>Warnings</th></tr></thead><tbody>
{% for r in runs %}<tr><td>{% if r.has_report %}<a href="{{ r.href }}">{{ r.run_id }}</a>{% else %}{{ r.run_id }}{% endif %}</td>
<td>{{ r.started_at|ts }}</td><td>{{ r.status or "" }}</td><td class="num">{{ r.checks }}</td>
<td class="num {{ 'fail-critical' if r.critical else '' }}">{{ r.critical }}</td>
<td class="num {{ 'fail-warning' if r.warning else '' }}">{{ r.warning }}</td></tr>{% endfor %}
</tbody></table>
</body></html>
"""
