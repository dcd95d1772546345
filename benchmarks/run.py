"""`make bench`: print the figures of issue 10 side by side, write .local/bench/*.json.

    python -m benchmarks.run [--quick] [--only 1,2,...] [--pages N] [--facts N]

Figures: 1 fetch efficiency vs the politeness bound; 2 parse+extract vs trafilatura;
2b extract_facts on 0.25-2 MB articles (linear time, < 1 s at 2 MB);
3 loaders vs bare COPY; 4 nightly rerun with nothing new (end to end); 5 reparse
backfill of N raw pages on the cores; 6 peak RSS per worker at two N; 7 dbt build after
~1% new facts vs a full refresh of the same data (the reparsed pages' facts topped up to
--facts with a synthetic history, benchmarks/bulkfacts.py). Figures 5-7 share one run
(``--only 5`` runs all three). Everything runs in a temporary directory and throwaway databases
``cchc_bench_*``; the demo warehouse is never touched.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

from scrapers.settings import PROJECT_ROOT


def _fmt(x, unit: str = "") -> str:
    if x is None:
        return "-"
    if isinstance(x, float):
        s = f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.3g}" if abs(x) < 10 else f"{x:.1f}"
    else:
        s = str(x)
    return f"{s} {unit}".strip()


def print_table(rows: list[dict]) -> str:
    head = ("fig", "what", "measured", "reference / bound", "ratio", "target", "result")
    lines = []
    for r in rows:
        verdict = {True: "PASS", False: "MISS", None: "info"}[r.get("pass")]
        if r.get("error"):
            verdict = "ERROR"
        ref = "-" if r.get("reference") is None else f"{_fmt(r['reference'])} ({r['reference_label']})"
        if r.get("reference") is None and r.get("reference_label"):
            ref = r["reference_label"]
        lines.append((r["figure"], r["name"], _fmt(r.get("measured"), r.get("unit", "")), ref,
                      "-" if r.get("ratio") is None else f"{r['ratio']:.2f}x", r.get("target", ""), verdict))
    widths = [max(len(str(x[i])) for x in [head] + lines) for i in range(len(head))]
    out = [" | ".join(str(h).ljust(w) for h, w in zip(head, widths)),
           "-+-".join("-" * w for w in widths)]
    out += [" | ".join(str(c).ljust(w) for c, w in zip(l, widths)) for l in lines]
    text = "\n".join(out)
    print(text)
    return text


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="CCHC warehouse benchmarks (issue 10)")
    ap.add_argument("--quick", action="store_true", help="smaller workloads (reparse 1k pages, 100k extrapolated)")
    ap.add_argument("--only", default="", help="comma-separated figure numbers (5, 6, 7 run together)")
    ap.add_argument("--pages", type=int, default=None,
                    help="raw pages for the reparse figures (default 3000; --quick 1000; 100000 = the full issue figure, hours on 2 cores)")
    ap.add_argument("--facts", type=int, default=None,
                    help="raw facts for figure 7: the reparsed pages' facts topped up with a synthetic history"
                         " by COPY (default 500000; --quick 100000; 0 = the reparsed pages' facts only)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 2, help="processes for the reparse backfill")
    ap.add_argument("--keep", action="store_true", help="keep the temporary work directory")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    for noisy in ("scrapers", "great_expectations", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.ERROR)
    only = {x.strip() for x in args.only.split(",") if x.strip()}
    if only & {"6", "7"}:
        only.add("5")
    n_big = args.pages or (1000 if args.quick else 3000)
    n_small = max(200, n_big // 10)  # figure 6 compares N/10 with N (10k vs 100k pages)
    n_facts = args.facts if args.facts is not None else (100_000 if args.quick else 500_000)

    from benchmarks import figures
    from benchmarks.extract_scaling import SIZES, fig_extract_scaling

    plan = [
        ("1", lambda w: figures.fig_fetch(w, hosts=8, k=10, delay=0.2, latency=0.05)),
        ("2", lambda w: figures.fig_parse(w, n=120 if args.quick else 300)),
        ("2b", lambda w: fig_extract_scaling(figures.row, sizes=(62_500, 125_000, 250_000, 500_000) if args.quick
                                             else SIZES)),
        ("3", lambda w: figures.fig_load(w, n_fetch=5000 if args.quick else 20000,
                                         n_articles=1500 if args.quick else 5000)),
        ("4", lambda w: figures.fig_nightly(w)),
        ("5", lambda w: figures.fig_reparse(w, n_small=n_small, n_big=n_big, workers=args.workers, n_facts=n_facts)),
    ]
    work = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    rows: list[dict] = []
    t_start = time.perf_counter()
    try:
        for fig, fn in plan:
            if only and fig not in only:
                continue
            print(f"==> figure {fig} ...", file=sys.stderr, flush=True)
            t0 = time.perf_counter()
            try:
                (work / f"fig{fig}").mkdir(parents=True, exist_ok=True)
                got = fn(work / f"fig{fig}")
            except Exception as exc:  # report the failure in the table, go on with the others
                traceback.print_exc()
                got = [figures.row(fig, f"figure {fig} failed: {type(exc).__name__}: {exc}"[:120], None, "", None,
                                   "", None, "", False)]
                got[0]["error"] = traceback.format_exc()
            print(f"    figure {fig} took {time.perf_counter() - t0:.0f} s", file=sys.stderr, flush=True)
            rows += got
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"work directory kept: {work}", file=sys.stderr)
    total = time.perf_counter() - t_start
    print()
    table = print_table(rows)
    print(f"\ntotal {total:.0f} s; mode {'quick' if args.quick else 'default'}; reparse N={n_big} "
          f"(small N={n_small}); figure 7 on {n_facts} raw facts; {args.workers} workers;"
          f" {os.cpu_count()} cores; load {os.getloadavg()[0]:.1f}")
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir = PROJECT_ROOT / ".local" / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    doc = {
        "timestamp": stamp, "command": "python -m benchmarks.run " + " ".join(argv if argv is not None else sys.argv[1:]),
        "mode": "quick" if args.quick else "default", "total_s": total,
        "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
        "reparse_pages": n_big, "reparse_small_pages": n_small, "dbt_facts": n_facts, "workers": args.workers,
        "figures": rows, "table": table,
    }
    text = json.dumps(doc, ensure_ascii=False, indent=1, default=str)
    (out_dir / f"{stamp}.json").write_text(text, encoding="utf-8")
    (out_dir / "latest.json").write_text(text, encoding="utf-8")
    print(f"written {out_dir / (stamp + '.json')} and {out_dir / 'latest.json'}")
    return 1 if any(r.get("error") for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
