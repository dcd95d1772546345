"""Task progress: how many tasks of the year's reform plan are done.

Only "N/M nhiệm vụ" in a sentence about administrative reform counts; other
fractions ("213/213 cơ sở", "20/20 bộ", "4.561/5.650 hồ sơ") are not tasks,
targets ("phấn đấu hoàn thành 38/38 nhiệm vụ") are not progress, and national or
ministerial tallies are not a province's.
"""
from __future__ import annotations

import re
from typing import Any

from .document import Document
from .periods import months_done_by, months_so_far
from .sentences import Sentence
from .subjects import NATIONAL_RE, PAST_RE, TARGET_RE

_TASK_RE = re.compile(
    r"(?<![\d/.,])(?:(?P<d>\d{1,3}) ?/ ?(?P<t>\d{1,3})|(?P<d2>\d{1,3}) (?:tren|trong (?:tong )?so) (?:tong so )?"
    r"(?P<t2>\d{1,3})) (?:nhiem vu|nv)(?![a-z])"
)
_VERB_BEFORE = re.compile(r"(?:(?:da|duoc) )?(?:hoan thanh|thuc hien(?: xong)?|trien khai|dat)(?: duoc)?\s*$")
_PLAN = re.compile(r"cai cach hanh chinh|cchc|ke hoach cai cach")
_ATTACHED_YEAR = re.compile(r"(?:\s*\([^()]{0,30}\))?"
                            r"(?: (?:cai cach hanh chinh|cchc|theo ke hoach|trong ke hoach|de ra|duoc giao|cua))*"
                            r" (?:cua |trong )?nam (?P<y>(?:19|20)\d{2}|nay)(?![\d])(?:(?: cua tinh)? (?:de ra|duoc giao))?")


#: "tổng số 52 nhiệm vụ; 6 tháng đầu năm đã hoàn thành 23 nhiệm vụ", "Kế hoạch CCHC năm 2017
#: đề ra 56 nhiệm vụ; tính đến ngày 30/6/2017, đã hoàn thành 24 nhiệm vụ": the plan's total
#: first, the count done later in the same sentence
_TOTAL_THEN_DONE = re.compile(r"(?<![a-z])(?:tong so|de ra|co|gom|voi|xac dinh|thuc hien|trien khai"
                              # "Tổng số nhiệm vụ theo Kế hoạch số 4521/KH-UBND ... là 48 nhiệm vụ"
                              r"|tong so (?:nhiem vu|nv)[^.;]{0,120}? la) (?:la )?(?P<t>\d{1,3}) (?:nhiem vu|nv)(?![a-z])"
                              r"(?P<gap>[^.]{0,80}?)(?:(?:da |duoc )?hoan thanh (?:duoc )?(?P<d>\d{1,3})"
                              r"(?: (?:nhiem vu|nv))?(?![a-z\d.,/%]| ?%| (?:ho so|van ban|thu tuc|tthc|chi tieu)(?![a-z]))"
                              # "...; sau 6 tháng, 24 nhiệm vụ đã hoàn thành"
                              r"|(?<![\d.,/])(?P<d3>\d{1,3}) (?:nhiem vu|nv) (?:da |duoc )?hoan thanh(?![a-z])"
                              # "gồm 52 nhiệm vụ; ... đã hoàn thành 100% nhiệm vụ": all of them, exactly
                              r"|(?:da |duoc )?hoan thanh (?P<all>100 ?%) (?:(?:so |cac )?(?:nhiem vu|nv))(?![a-z]))")
#: "số nhiệm vụ CCHC đã hoàn thành là 40/42": the fraction after the words
_DONE_IS = re.compile(r"(?<![a-z])(?:so )?(?:nhiem vu|nv)(?: (?:cchc|cai cach hanh chinh))?(?: (?:da|duoc))? hoan thanh"
                      r"(?: (?:la|dat))?\s?:?\s?(?P<d>\d{1,3}) ?/ ?(?P<t>\d{1,3})(?![\d/]| (?:nhiem vu|nv))")
#: "Về thực hiện kế hoạch: đã hoàn thành 11/48 nhiệm vụ" in a report whose headline is about
#: administrative reform: the plan is the reform plan unless the sentence names another
_PLAN_WORD = re.compile(r"(?<![a-z])ke hoach(?![a-z])")
_OTHER_PROGRAMME = re.compile(r"chuyen doi so|chinh quyen dien tu|chinh quyen so|de an 06|kinh te - xa hoi|kinh te xa hoi|ktxh|nong thon moi|phong chong"
                              r"|an ninh|quoc phong|thi dua|tuyen truyen|dieu hanh cua ubnd|ubnd tinh giao")


#: "47 nhiệm vụ hoàn thành, chiếm 73,4% trong tổng số 64 nhiệm vụ", "hoàn thành 30 nhiệm vụ trên
#: tổng số 41 nhiệm vụ": the count done and the plan's total as two phrases of one clause
_DONE_OF_TOTAL = re.compile(
    r"(?<![\d/.,])(?:(?P<d>\d{1,3}) (?:nhiem vu|nv)(?: (?:cchc|cai cach hanh chinh))? (?:da |duoc )?hoan thanh"
    r"|(?<![a-z])hoan thanh (?P<d2>\d{1,3}) (?:nhiem vu|nv))(?![a-z])"
    r"(?P<gap>(?:[^.;\d]|[\d.,]+ ?%){0,40}?)(?<![a-z])(?:tren|trong)(?: tong)? so (?P<t>\d{1,3}) (?:nhiem vu|nv)(?![a-z])")

#: a district's or commune's own plan ("huyện đã hoàn thành 22/25 nhiệm vụ theo Kế hoạch CCHC của huyện")
#: (not "các sở, ban, ngành và UBND cấp huyện đã hoàn thành 13/52 nhiệm vụ": all the bodies of the province)
_LOCAL_PLAN = re.compile(r"(?<![a-z])(?<!dia )(?<!cap )(?<!cac )(?:(?:huyen|thi xa|xa|phuong)\s+(?:da\s+)?hoan thanh"
                         r"|ke hoach(?: cai cach hanh chinh| cchc)?(?: nam \d{4})? cua (?:huyen|thi xa|xa|phuong))(?![a-z])")


#: a department as the clause's subject ("Riêng Sở Tư pháp đã hoàn thành 12/12 nhiệm vụ"): its
#: own share of the plan, not the province's (read on the NFC text: "Sở" with a capital and a
#: name after it, not "số nhiệm vụ"; "Theo Sở Nội vụ, tỉnh ..." is a source)
_DEPARTMENT_DID = re.compile(r"(?<!\w)(?<!Theo )(?<!theo )(?:Sở|So) [A-ZĐ]\w*(?: \w+){0,5} "
                             r"(?:(?:đã|cũng|đều|da|cung|deu) )?(?:hoàn thành|thực hiện|hoan thanh|thuc hien)(?!\w)")


#: a cut-off date in parentheses right after the fraction: "(đến 31/5/2025)", "(tính đến ngày 20/9/2024)"
_CUTOFF_AFTER = re.compile(r"\s*(?:nhiem vu|nv)?(?:[^()\n]{0,40})?\s*\((?:tinh )?(?:den|toi) (?:het )?(?:ngay )?"
                           r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>(?:19|20)\d{2})\)")
#: a sum over several years ("Tính chung 4 năm, tỉnh đã hoàn thành 165/169 nhiệm vụ", "cả nhiệm kỳ")
_SEVERAL_YEARS = re.compile(r"(?<![a-z])(?:(?:tinh chung|trong|sau|qua|suot) (?:\d{1,2}|hai|ba|bon|nam) nam|ca nhiem ky"
                            r"|ca giai doan)(?![a-z])")


#: "Chủ tịch UBND tỉnh yêu cầu ... hoàn thành 45/45 nhiệm vụ": what is asked for, not done
_REQUESTED = re.compile(r"(?<![a-z])(?:yeu cau|de nghi)(?![a-z])")

#: "Hai tỉnh cũ hoàn thành 53/88 nhiệm vụ": several provinces' tasks summed, no one province's
_PLURAL_SUBJECT = re.compile(r"(?<![a-z])(?:hai|ba|bon|cac|nhieu) tinh(?![a-z])")


#: "Kế hoạch CCHC năm 2025 của tỉnh có 38 nhiệm vụ." a sentence stating the plan's total alone ...
_TOTAL_ALONE = re.compile(r"(?<![a-z])(?:tong so|de ra|co|gom|voi|xac dinh|(?<!da )(?:thuc hien|trien khai)) (?:la )?(?P<t>\d{1,3})"
                          r" (?:nhiem vu|nv)(?![a-z])")
#: ... and the next one the count done: "Quý I, các cơ quan, đơn vị đã hoàn thành 7 nhiệm vụ"
_DONE_ALONE = re.compile(r"(?<![a-z])(?:(?:da|duoc) )?hoan thanh (?:duoc )?(?P<d>\d{1,3}) (?:nhiem vu|nv)(?![a-z])")


_PLAN_YEAR = re.compile(r"(?<![a-z])ke hoach (?:cai cach hanh chinh|cchc)(?: cua (?:tinh|thanh pho))? nam (?P<y>(?:19|20)\d{2})(?!\d)")


def _about_reform(doc: Document) -> bool:
    """Whether the headline (first line) is about administrative reform."""
    return doc.headline_span is not None and _PLAN.search(doc.folded, *doc.headline_span) is not None


#: tasks assigned by the province's leaders and tracked elsewhere, not the reform plan's
_ASSIGNED = re.compile(r"(?<![a-z])(?:giao tren|he thong theo doi nhiem vu|nhiem vu (?:duoc )?(?:ubnd|chu tich)[^;]{0,40}giao)")


#: "UBND tỉnh giao 37 nhiệm vụ", "37 nhiệm vụ được giao": not the reform plan's
_ASSIGNED_IN = re.compile(r"(?<![a-z])giao (?:\d{1,3} )?(?:nhiem vu|nv)(?![a-z])|(?<![a-z])(?:nhiem vu|nv) (?:duoc |do )?(?:ubnd[^;,.]{0,20})?giao(?![a-z])")


_ASSIGNED_AFTER = re.compile(r"\s*(?:cchc |cai cach hanh chinh )?(?:duoc |do )?(?:ubnd|uy ban nhan dan|chu tich)"
                             r"[^;,.]{0,30}?giao(?![a-z])")


def extract_task_progress(doc: Document) -> list[dict[str, Any]]:
    """Task-progress facts, one per stated "N/M nhiệm vụ" (or "tổng số M ...; hoàn thành N")."""
    out: list[dict[str, Any]] = []
    f = doc.folded
    for i in doc.sentences_with("nhiem vu", " nv"):
        sent = doc.sentences[i]
        if doc.is_english(sent) or doc.is_question(sent):
            continue  # read by the English rules; a question's figures are not results
        chunk = f[sent.start:sent.end]
        for m in _TASK_RE.finditer(chunk):
            fact = _task(doc, i, sent, m.start(), m.end(), int(m.group("d") or m.group("d2")),
                         int(m.group("t") or m.group("t2")))
            if fact:
                out.append(fact)
        for m in _DONE_IS.finditer(chunk):
            fact = _task(doc, i, sent, m.start("d"), m.end(), int(m.group("d")), int(m.group("t")),
                         evidence_from=m.start())
            if fact:
                out.append(fact)
        for m in _DONE_OF_TOTAL.finditer(chunk):
            if _TASK_RE.search(m.group()) or TARGET_RE.search(m.group("gap")):
                continue
            d = m.group("d") or m.group("d2")
            fact = _task(doc, i, sent, m.start(), m.end(), int(d), int(m.group("t")))
            if fact:
                out.append(fact)
        for m in _TOTAL_THEN_DONE.finditer(chunk):
            if _TASK_RE.search(m.group()) or TARGET_RE.search(m.group("gap")) or _ASSIGNED_IN.search(m.group()) \
                    or (_OTHER_PROGRAMME.search(m.group()) and not _PLAN.search(m.group())):
                continue  # a target, or the tasks of another programme or assigned by the province's leaders
            d = "d" if m.group("d") else "d3" if m.group("d3") else "all"
            done = int(m.group("t")) if d == "all" else int(m.group(d))
            fact = _task(doc, i, sent, m.start(d), m.end(), done, int(m.group("t")), evidence_from=m.start())
            if fact:
                out.append(fact)
        fact = _done_after_total(doc, i, sent, chunk)
        if fact:
            out.append(fact)
    return out


def _done_after_total(doc: Document, i: int, sent: Sentence, chunk: str) -> dict[str, Any] | None:
    """The count done in a sentence whose total the sentence before stated alone (same paragraph)."""
    done = _DONE_ALONE.search(chunk)
    if done is None or not i or _TASK_RE.search(chunk) or _TOTAL_THEN_DONE.search(chunk) \
            or _DONE_OF_TOTAL.search(chunk):
        return None
    prev = doc.sentences[i - 1]
    if prev.paragraph != sent.paragraph:
        return None
    f = doc.folded
    prev_text = f[prev.start:prev.end]
    totals = list(_TOTAL_ALONE.finditer(prev_text))
    if len(totals) != 1 or not _PLAN.search(prev_text) or _OTHER_PROGRAMME.search(prev_text) \
            or "hoan thanh" in prev_text or _TASK_RE.search(prev_text) or TARGET_RE.search(prev_text):
        return None
    return _task(doc, i, sent, done.start("d"), done.end(), int(done.group("d")), int(totals[0].group("t")),
                 evidence_from=prev.start + totals[0].start() - sent.start)


def _task(doc: Document, i: int, sent: Sentence, rel_a: int, rel_b: int, done: int, total: int,
          evidence_from: int | None = None) -> dict[str, Any] | None:
    f = doc.folded
    a, b = sent.start + rel_a, sent.start + rel_b
    if total == 0 or done > total:
        return None
    prev_text = f[doc.sentences[i - 1].start:doc.sentences[i - 1].end] if i else ""
    here = f[sent.start:sent.end]
    if not (_PLAN.search(here) or (i and doc.sentences[i - 1].paragraph == sent.paragraph and _PLAN.search(prev_text))
            or (_about_reform(doc) and _PLAN_WORD.search(here) and not _OTHER_PROGRAMME.search(here))):
        return None
    paren = f.rfind("(", sent.start, a)
    if paren >= 0 and f.find(")", paren, a) >= 0:
        paren = -1  # closed before the fraction: "Riêng tỉnh Trà Vinh (cũ), ... 19/41 nhiệm vụ"
    clause_start = max(f.rfind(";", sent.start, a) + 1, paren + 1, sent.start)
    before = f[max(clause_start, a - 60):a]
    clause_end = f.find(";", b, sent.end)
    clause_end = sent.end if clause_end < 0 else clause_end
    if _OTHER_PROGRAMME.search(f, clause_start, clause_end) and not _PLAN.search(f, clause_start, clause_end):
        return None  # "...; đối với Đề án 06, hoàn thành 21/29 nhiệm vụ" beside the reform plan's
    if _ASSIGNED_AFTER.match(f, b, clause_end):
        return None  # "Sở đã hoàn thành 18/19 nhiệm vụ được UBND tỉnh giao"
    target = TARGET_RE.search(f, sent.start, a)
    if target and not PAST_RE.search(f, target.end(), a):
        # "Tỉnh phấn đấu đến hết năm 2024, tỷ lệ hồ sơ trực tuyến đạt 55%, hoàn thành 45/45 nhiệm
        # vụ": the target governs the sentence until a clause reports what was done ("đã")
        return None
    if TARGET_RE.search(before) or _REQUESTED.search(before) or NATIONAL_RE.search(f[clause_start:a]) or _ASSIGNED.search(f, sent.start, a) \
            or _LOCAL_PLAN.search(f, sent.start, sent.end) or doc.about_district(clause_start, a) \
            or _PLURAL_SUBJECT.search(f, clause_start, a) or _DEPARTMENT_DID.search(doc.nfc, clause_start, a) \
            or _SEVERAL_YEARS.search(f, clause_start, a):
        return None
    tail = _ATTACHED_YEAR.match(f, b, sent.end)
    stated = doc.period_obj_before(a, sent)
    period = stated.period if stated else None
    tail_year = (doc.published.year if doc.published else None) if tail and tail.group("y") == "nay" \
        else int(tail.group("y")) if tail else None
    if tail and tail_year is None:
        tail = None
    # ("Tính đến ngày 25/11/2024, ... 39/44 nhiệm vụ theo Kế hoạch CCHC năm nay": a cut-off date,
    # not a period the report states, so the plan's year stands)
    cutoff = stated is not None and f.startswith(("tinh den", "tinh toi"), stated.start)
    if tail and not (stated and not cutoff and stated.kind in ("cum", "h1", "quarter") and stated.year == tail_year):
        # "... 32/38 nhiệm vụ CCHC năm 2016": the plan's year, unless a cumulative period of
        # that same year was stated before ("6 tháng đầu năm 2024, ... 21/52 nhiệm vụ ... năm 2024")
        period = str(tail_year)
    lo = doc.sentences[i - 1].start if evidence_from is not None and evidence_from < 0 else sent.start
    plans = list(_PLAN_YEAR.finditer(f, max(lo, stated.end if stated and stated.kind == "year" and not tail else lo), a)) \
        if period is None or (stated and stated.kind == "year" and not tail) else []
    if not plans and stated is not None and stated.start < sent.start and not tail:
        # "📌 Kế hoạch CCHC năm 2025: hoàn thành 44/46 nhiệm vụ" under a headline of January 2026:
        # the plan the sentence names is nearer than a period of another year stated before the
        # sentence (one of the same year, "6 tháng đầu năm 2024", is the more precise)
        plans = [m for m in _PLAN_YEAR.finditer(f, sent.start, a) if int(m.group("y")) != stated.year]
    if plans:
        # "Kế hoạch CCHC năm 2025 của thành phố gồm 62 nhiệm vụ; đến ngày 31/12/2025, đã hoàn
        # thành 62/62 nhiệm vụ": the plan named earlier in the sentence gives its year (from the
        # sentence before when the evidence starts there: its total named the plan), and a plan
        # named after another year ("Ở Chỉ số PCI 2024, ... Kế hoạch CCHC năm 2025 ...") wins
        period = plans[-1].group("y")
    until = _CUTOFF_AFTER.match(f, b, sent.end)
    if until and 1 <= int(until.group("m")) <= 12:
        # "hoàn thành 14/47 nhiệm vụ (đến 31/5/2025)": the months done by the cut-off date
        month = months_done_by(int(until.group("d")), int(until.group("m")))
        if month >= 1:
            period = months_so_far(month, int(until.group("y")))[0]
    end = tail.end() if tail else b
    verb = _VERB_BEFORE.search(f, max(sent.start, a - 30), a)
    start = verb.start() if verb else a
    if evidence_from is not None:
        start = sent.start + evidence_from
    return {
        "kind": "task_progress",
        "province": doc.subject_province(clause_start, a),
        "period": period,
        "done": done,
        "total": total,
        "evidence": doc.evidence(start, end),
    }
