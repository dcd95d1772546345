"""Figure 2b: ``extract_facts`` on long articles, from 0.25 to 2 MB of text.

The issue asks that no pattern backtracks catastrophically: "a 2 MB article must
finish in well under a second". Three kinds of text, each built to the size asked:

* ``typical``: the synthetic corpus's article bodies (filler paragraphs with one
  to three fact sentences each) one after another;
* ``dense``: nothing but fact sentences, every sentence a scored, ranked,
  counted fact (the worst realistic case: every rule fires on every sentence);
* ``hostile``: runs of digits, dots, brackets, repeated keywords and province
  names, and 5,000-character words (what backtracking would choke on);
* ``repeated``: one synthetic article (headline, filler, fact sentences) pasted
  again and again, the shape of most oversized real pages (archives, listings).

Past 200 KB the extractor reads each repeated sentence once
(``scrapers/extract/repeats.py``), so ``typical`` (whose filler paragraphs recur)
and ``repeated`` cost little; ``dense`` has no repeats and shows the per-fact cost.

Time must grow linearly with size: the ``linearity`` detail is the time for 2 MB
over eight times the time for 0.25 MB (1.0 = perfectly linear; quadratic
behaviour would show as ~8).
"""
from __future__ import annotations

import datetime as dt
import random
import time

from benchmarks.synthetic import FACT_MAKERS, FILLER, make_sites

SIZES = (250_000, 500_000, 1_000_000, 2_000_000)


def typical_text(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    sites = make_sites(12)
    parts: list[str] = []
    n = 0
    while n < size:
        site = rng.choice(sites)
        paras = list(rng.sample(FILLER, rng.randint(6, 11)))
        for mk in rng.sample(FACT_MAKERS, rng.choice((1, 1, 2, 2, 3))):
            sentence, _fact = mk(rng, site, rng.choice((2021, 2022, 2023)))
            paras.insert(rng.randint(1, len(paras)), sentence)
        block = "\n\n".join(paras) + "\n\n"
        parts.append(block)
        n += len(block)
    return "".join(parts)[:size]


def dense_text(size: int, seed: int = 11) -> str:
    rng = random.Random(seed)
    sites = make_sites(12)
    parts: list[str] = []
    n = 0
    while n < size:
        sentence, _fact = rng.choice(FACT_MAKERS)(rng, rng.choice(sites), rng.choice((2021, 2022, 2023)))
        parts.append(sentence + " ")
        n += len(sentence) + 1
        if rng.random() < 0.2:
            parts.append("\n\n")
    return "".join(parts)[:size]


def hostile_text(size: int) -> str:
    pieces = [
        "Năm 2023, Chỉ số CCHC của tỉnh đạt 85,12 điểm, xếp hạng 12/63 tỉnh, thành phố; tăng 3 bậc. ",
        "1 | Hà Nam | 0,6611 | 1\n",
        "1.2.3.4.5.6.7.8.9 " * 20 + "\n",
        "(((((((((( xếp hạng xếp hạng xếp hạng " + "9" * 300 + " ,,,,,, ;;;;; ",
        "Quảng Ninh, Hải Phòng, Hà Nội, Bắc Giang, " * 10 + "tiếp đó là " + "Hà Nội và " * 30 + "\n",
        "a" * 5000 + " " + "tăng " * 500 + "\n",
    ]
    out, n = [], 0
    while n < size:
        for p in pieces:
            out.append(p)
            n += len(p)
    return "".join(out)[:size]


def repeated_text(size: int, seed: int = 5) -> str:
    rng = random.Random(seed)
    site = make_sites(1)[0]
    paras = ["Kết quả cải cách hành chính của tỉnh năm 2023"] + list(rng.sample(FILLER, 8))
    for mk in FACT_MAKERS:
        paras.insert(rng.randint(1, len(paras)), mk(rng, site, 2023)[0])
    block = "\n\n".join(paras) + "\n\n"
    return (block * (size // len(block) + 1))[:size]


KINDS = {"typical": typical_text, "dense": dense_text, "hostile": hostile_text, "repeated": repeated_text}


def _time(text: str, rounds: int = 2) -> tuple[float, float, int]:
    from scrapers.extract import extract_facts

    best_wall, best_cpu, facts = float("inf"), float("inf"), 0
    for _ in range(rounds):
        w0, c0 = time.perf_counter(), time.process_time()
        facts = len(extract_facts(text, "https://hanam.gov.vn/tin/1", dt.date(2024, 1, 1)))
        best_wall = min(best_wall, time.perf_counter() - w0)
        best_cpu = min(best_cpu, time.process_time() - c0)
    return best_wall, best_cpu, facts


def fig_extract_scaling(row, sizes: tuple[int, ...] = SIZES) -> list[dict]:
    """One row per kind of text: wall time at the largest size, with every size in the details."""
    out = []
    for kind, make in KINDS.items():
        per_size = []
        for size in sizes:
            wall, cpu, facts = _time(make(size))
            per_size.append({"bytes": size, "wall_s": wall, "cpu_s": cpu, "facts": facts})
        big, small = per_size[-1], per_size[0]
        linearity = big["cpu_s"] / (small["cpu_s"] * sizes[-1] / sizes[0]) if small["cpu_s"] else None
        out.append(row("2b", f"extract_facts on {sizes[-1] / 1e6:g} MB of {kind} text (1 process)",
                       big["wall_s"], "s", 1.0, "1 s", big["wall_s"], "< 1 s, linear in size",
                       big["wall_s"] < 1.0, kind=kind, sizes=per_size, linearity=linearity,
                       mb_per_s=sizes[-1] / 1e6 / big["wall_s"]))
    return out
