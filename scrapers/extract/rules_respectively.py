"""Several years' results of one index in one sentence, "lần lượt" (respectively).

The press sums up a province's progress by naming two years, or a run of years,
and then their scores or ranks in the same order:

    "PCI năm 2021 và năm 2022 của Ninh Bình lần lượt đạt 64,81 điểm và 66,37
    điểm, tương ứng xếp hạng 31 và 20"
    "Từ năm 2016 đến 2020, Chỉ số CCHC của tỉnh lần lượt xếp thứ 25, 19, 14, 11 và 8"
    "giai đoạn 2019-2023, điểm PAPI của tỉnh lần lượt là 43,12; 43,58; 42,95; 43,60 và 44,27"

The sentence-level index rules read one year per clause and cannot pair these,
so this rule does: the i-th score (and rank) belongs to the i-th year. A run of
years is read only when it has exactly one value per year (a series with a
year left out says nothing about which one). The
index is the one named just before the years, the province the sentence's
subject (else the host's).
"""
from __future__ import annotations

import re
from typing import Any

from .document import Document
from .indices import BLOCKED, SCORE_RANGE
from .numbers import NUM
from .subjects import TARGET_RE

_YEAR = r"(?:19|20)\d{2}"
_SCORE = r"(?P<{g}>" + NUM + r")\s?(?:diem|%)?"
_RESPECTIVE = re.compile(
    r"(?<![a-z])nam (?P<y1>" + _YEAR + r") (?:va|,) (?:nam )?(?P<y2>" + _YEAR + r")(?!\d)"
    r"(?P<mid>[^.;:\d]{0,60}?) lan luot (?:dat(?: duoc)?|la|voi|o muc) "
    + _SCORE.format(g="s1") + r" va " + _SCORE.format(g="s2")
    + r"(?:,? (?:tuong ung|lan luot)(?: (?:voi|la))? (?:xep hang|xep thu|dung thu|o vi tri|vi tri|hang)(?: thu)? "
    r"(?P<r1>\d{1,2}) va (?:thu |hang )?(?P<r2>\d{1,2})(?!\d))?"
)


_RUN = re.compile(
    r"(?<![a-z])(?:(?:tu nam|tu|giai doan|cac nam)\s(?P<a>" + _YEAR + r")\s?(?:-|\u2013|(?:den|toi)(?: nam)?\s)\s?(?P<b>"
    + _YEAR + r")(?!\d)"
    # "Các năm 2016, 2017, 2018 và 2019, tỉnh lần lượt ...": the years listed
    r"|(?:cac |trong cac )?nam (?P<list>" + _YEAR + r"(?:(?:, | va )(?:nam )?" + _YEAR + r"){2,15})(?!\d))"
    r"(?P<mid>[^.;:\d]{0,80}?[,:]?\s?[^.;:\d]{0,60}?) lan luot "
    # "... lần lượt hoàn thành 30/32, 35/35, 38/39 và 41/41 nhiệm vụ theo Kế hoạch CCHC"
    r"(?:(?:da )?hoan thanh (?P<tasks>\d{1,3}/\d{1,3}(?:(?:, | va )\d{1,3}/\d{1,3}){1,15}) (?:nhiem vu|nv)(?![a-z])|"
    r"(?:(?:xep|dung)(?: o)?(?: (?:hang|thu|vi tri))?(?: thu)? (?P<ranks>\d{1,2}(?:(?:, ?| va )(?:thu )?\d{1,2}){1,15})"
    r"(?![\d/]|[.,]\d)(?: trong (?:tong so )?(?P<of>\d{2}) (?:tinh|dia phuong))?"
    r"|(?:dat(?: duoc)?|la|o muc)\s?:?\s(?P<scores>" + NUM + r"(?:\s?(?:diem|%))?(?:(?:\s?;\s?|, | va )"
    + NUM + r"(?:\s?(?:diem|%))?){1,15})(?!\d|[.,]\d)))"
)
#: "PCI của tỉnh xếp thứ 52 (2016), 47 (2017), 44 (2019) và 38 (2020)": each rank with its year
_PAIRS = re.compile(r"(?<![a-z])(?:xep|dung)(?: o)?(?: (?:hang|thu|vi tri))?(?: thu)? (?P<pairs>\d{1,2} \((?:nam )?" + _YEAR
                    + r"\)(?:(?:, | va )(?:thu )?\d{1,2} \((?:nam )?" + _YEAR + r"\)){1,15})")
#: the reform plan ("Kế hoạch CCHC"), which task fractions must be of
_PLAN = re.compile(r"cai cach hanh chinh|cchc")
_VALUE = re.compile(NUM)


def _index_result(province: str, index: str, year: int, evidence: str, **slots: Any) -> dict[str, Any]:
    """An index-result fact with the slots given and every other slot empty."""
    rec: dict[str, Any] = {"kind": "index_result", "province": province, "index": index, "year": year,
                           "component": None, "score": None, "rank": None, "rank_of": None, "prev_score": None,
                           "prev_rank": None, "score_change": None, "rank_change": None}
    rec.update(slots)
    rec["evidence"] = evidence
    return rec


def _runs(doc: Document) -> list[dict[str, Any]]:
    """Index results from "từ năm A đến B ... lần lượt xếp thứ r1, ..., rn" (or "đạt s1; ...; sn")."""
    out: list[dict[str, Any]] = []
    f = doc.folded
    for i in doc.sentences_with("lan luot"):
        sent = doc.sentences[i]
        if doc.is_question(sent):
            continue
        for m in _RUN.finditer(f, sent.start, sent.end):
            if m.group("list"):
                years = [int(y) for y in re.findall(_YEAR, m.group("list"))]
            else:
                years = list(range(int(m.group("a")), int(m.group("b")) + 1))
            if not 2 <= len(years) <= 16 or years != sorted(set(years)) or TARGET_RE.search(f, sent.start, m.end("mid")):
                continue
            if m.group("tasks"):
                out.extend(_task_run(doc, sent, m, years))
                continue
            named = [x.name for x in doc.indices_in(sent.start, m.end("mid"))
                     if x.name != BLOCKED and x.name in SCORE_RANGE]
            if not named:
                continue
            index = named[-1]
            if m.group("ranks"):
                values = [int(x) for x in re.findall(r"\d+", m.group("ranks"))]
                slot, ok = "rank", all(1 <= v <= 63 for v in values)
            else:
                values = [doc.number(x.group()) for x in _VALUE.finditer(m.group("scores"))]
                lo, hi = SCORE_RANGE[index]
                slot, ok = "score", all(lo <= v <= hi for v in values)
            if len(values) != len(years) or not ok:
                continue
            province = doc.subject_province(sent.start, m.end("mid"))
            if province is None:
                continue
            of = {"rank_of": int(m.group("of"))} if slot == "rank" and m.group("of") else {}
            evidence = doc.evidence(m.start(), m.end())
            out.extend(_index_result(province, index, year, evidence, **{slot: value}, **of)
                       for year, value in zip(years, values))
    for i in doc.sentences_with(" (19", " (20"):
        sent = doc.sentences[i]
        if doc.is_question(sent):
            continue
        for m in _PAIRS.finditer(f, sent.start, sent.end):
            named = [x.name for x in doc.indices_in(sent.start, m.start()) if x.name != BLOCKED and x.name in SCORE_RANGE]
            pairs = [(int(y), int(r)) for r, y in re.findall(r"(\d{1,2}) \((?:nam )?(" + _YEAR + r")\)", m.group("pairs"))]
            province = doc.subject_province(sent.start, m.start())
            if not named or province is None or TARGET_RE.search(f, sent.start, m.start()) \
                    or not all(1 <= r <= 63 for _y, r in pairs):
                continue
            evidence = doc.evidence(m.start(), m.end())
            out.extend(_index_result(province, named[-1], year, evidence, rank=rank) for year, rank in pairs)
    return out


def _task_run(doc: Document, sent: Any, m: re.Match[str], years: list[int]) -> list[dict[str, Any]]:
    """"Các năm 2016, 2017 và 2018, tỉnh lần lượt hoàn thành 30/32, 35/35 và 38/39 nhiệm vụ theo
    Kế hoạch CCHC": one year's plan per fraction."""
    fractions = [(int(d), int(t)) for d, t in re.findall(r"(\d{1,3})/(\d{1,3})", m.group("tasks"))]
    province = doc.subject_province(sent.start, m.end("mid"))
    if len(fractions) != len(years) or province is None or not _PLAN.search(doc.folded, sent.start, sent.end) \
            or any(t == 0 or d > t for d, t in fractions):
        return []
    return [{"kind": "task_progress", "province": province, "period": str(year), "done": d, "total": t,
             "evidence": doc.evidence(m.start(), m.end())} for year, (d, t) in zip(years, fractions)]


def extract_respective_years(doc: Document) -> list[dict[str, Any]]:
    """Index results from "năm Y1 và năm Y2 ... lần lượt đạt S1 và S2 (, tương ứng xếp hạng R1 và R2)"."""
    out: list[dict[str, Any]] = []
    f = doc.folded
    for i in doc.sentences_with("lan luot"):
        sent = doc.sentences[i]
        if doc.is_question(sent):
            continue
        for m in _RESPECTIVE.finditer(f, sent.start, sent.end):
            if TARGET_RE.search(f, sent.start, m.end("mid")):
                continue  # "phấn đấu Chỉ số CCHC năm 2025 và 2026 lần lượt đạt 90% và 92%"
            named = [x.name for x in doc.indices_in(sent.start, m.start("mid") + len(m.group("mid")))
                     if x.name != BLOCKED and x.name in SCORE_RANGE]
            if not named:
                continue
            index = named[-1]
            lo, hi = SCORE_RANGE[index]
            years = (int(m.group("y1")), int(m.group("y2")))
            scores = (doc.number(m.group("s1")), doc.number(m.group("s2")))
            ranks = (int(m.group("r1")), int(m.group("r2"))) if m.group("r1") else (None, None)
            if years[0] == years[1] or not all(lo <= s <= hi for s in scores) \
                    or any(r is not None and not 1 <= r <= 63 for r in ranks):
                continue
            province = doc.subject_province(sent.start, m.start("mid") + len(m.group("mid")))
            if province is None:
                continue
            evidence = doc.evidence(m.start(), m.end())
            out.extend(_index_result(province, index, year, evidence, score=score, rank=rank)
                       for year, score, rank in zip(years, scores, ranks))
    return out + _runs(doc)
