"""Two years' results of one index in one sentence, "lần lượt" (respectively).

The press sums up a province's progress by naming two years and then their
scores, and sometimes their ranks, in the same order:

    "PCI năm 2021 và năm 2022 của Ninh Bình lần lượt đạt 64,81 điểm và 66,37
    điểm, tương ứng xếp hạng 31 và 20"

The sentence-level index rules read one year per clause and cannot pair these,
so this rule does: the i-th score (and rank) belongs to the i-th year. The
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
            for year, score, rank in zip(years, scores, ranks):
                out.append({"kind": "index_result", "province": province, "index": index, "year": year,
                            "component": None, "score": score, "rank": rank, "rank_of": None,
                            "prev_score": None, "prev_rank": None, "score_change": None, "rank_change": None,
                            "evidence": doc.evidence(m.start(), m.end())})
    return out
