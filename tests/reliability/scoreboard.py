"""Print the reliability scoreboard from .local/reliability/results.jsonl.

    python -m tests.reliability.scoreboard [RESULTS_FILE]

One row per scenario (tried, survived, rows lost, duplicates created) and a last line
summing them. Exits 1 if a scenario did not survive, lost or duplicated rows, or never
recorded its counts; 2 if there are no results at all.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = Path(os.environ.get("CCHC_RELIABILITY_RESULTS") or ROOT / ".local" / "reliability" / "results.jsonl")


def load(path: Path) -> list[dict]:
    if not path.is_file():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rows.append(json.loads(line))
    return rows


def render(rows: list[dict]) -> tuple[str, bool]:
    header = ("scenario", "tried", "survived", "rows lost", "duplicates created")
    table = []
    tried = survived = lost = dup = 0
    ok = bool(rows)
    for r in rows:
        r_lost, r_dup = r.get("rows_lost"), r.get("duplicates_created")
        good = bool(r.get("survived")) and r_lost == 0 and r_dup == 0
        ok &= good
        tried += int(r.get("tried", 1))
        survived += int(bool(r.get("survived")))
        lost += r_lost or 0
        dup += r_dup or 0
        verdict = "yes" if r.get("survived") else ("NO (known bug, xfail)" if r.get("xfail") else "NO")
        table.append((r["scenario"], str(r.get("tried", 1)), verdict,
                       "?" if r_lost is None else str(r_lost), "?" if r_dup is None else str(r_dup)))
    total = ("TOTAL", str(tried), f"{survived}/{tried}", str(lost), str(dup))
    widths = [max(len(x[i]) for x in [header, *table, total]) for i in range(len(header))]

    def fmt(row):
        return "  ".join(c.ljust(widths[0]) if i == 0 else c.rjust(widths[i]) for i, c in enumerate(row))

    rule = "-" * len(fmt(header))
    lines = [fmt(header), rule, *map(fmt, table), rule, fmt(total)]
    return "\n".join(lines), ok


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    path = Path(argv[0]) if argv else DEFAULT
    rows = load(path)
    if not rows:
        print(f"no reliability results in {path}: run `make reliability`", file=sys.stderr)
        return 2
    text, ok = render(rows)
    print(text)
    if not ok:
        bad = [r["scenario"] for r in rows
               if not r.get("survived") or r.get("rows_lost") != 0 or r.get("duplicates_created") != 0]
        print(f"\n{len(bad)} scenario(s) did not survive cleanly: {', '.join(bad)}", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
