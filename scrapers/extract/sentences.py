"""Paragraph, sentence and clause spans over the NFC text.

Facts quote their evidence as an exact substring, so splitting never copies or
rewrites text: it only returns ``(start, end)`` spans. Sentences end at ".", "!",
"?" or "…" followed by a capital, a digit, a quote or a dash, or at a line break;
"TP. Huế" and "ThS. Nguyễn" do not end a sentence. Clauses are cut at ";" outside
parentheses, because articles chain one result per clause with semicolons but
also put "; " inside a parenthesised breakdown.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREV = re.compile(r"(?:^|[\s(])(?:tp|tx|tt|ts|ths|pgs|gs|bs|ks|q|p|st|nxb|v\.v)$", re.IGNORECASE)
#: a sentence end (punctuation before a capital) or a run of line breaks; it starts with one
#: character class so the regex engine can skip the characters that cannot start it
_END = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<!\n)[.!?…]*[\"”')]*(?=\s+[\"“'(\-–•*]?[A-ZĐÀ-Ỹ0-9]))")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans with the index of the line (paragraph) they sit on."""
    out: list[Sentence] = []
    para = 0
    start = 0
    abbrev = _ABBREV.search
    for m in _END.finditer(text):
        a, b = m.span()
        if text[a] == "\n":
            if start < a:
                _add(out, text, start, a, para)
            para += 1
            start = b
            continue
        if abbrev(text[max(start, a - 6):a]):  # sliced: "^" must match where the slice starts
            continue
        _add(out, text, start, b, para)
        start = b
    _add(out, text, start, len(text), para)
    return out


#: an interview's speaker label opening a line ("Ông Nguyễn Văn X.: Năm 2020, tỉnh xếp hạng ..."):
#: a sentence of its own, so the answer reads as it would without it
_SPEAKER = re.compile(r"(?:Ông|Ong|Bà|Ba|Anh|Chị|Chi|Đồng chí|Dong chi|PV|P\.V\.?|Phóng viên|Phong vien)(?:\s+[A-ZĐÀ-Ỹ][^\s:]{0,15}){0,5}\s*:\s+"
                      r"(?=\S)")


def _add(out: list[Sentence], text: str, start: int, end: int, para: int) -> None:
    if start >= end:
        return
    if text[start].isspace() or text[end - 1].isspace():
        seg = text[start:end]
        stripped = seg.lstrip()
        start += len(seg) - len(stripped)
        end = start + len(stripped.rstrip())
    if end > start:
        if (not out or out[-1].paragraph != para) and text[start] in "ÔôOoBbAaCcĐđDdPp":
            label = _SPEAKER.match(text, start, end)
            if label:
                out.append(Sentence(start, label.end() - len(label.group()) + len(label.group().rstrip()), para))
                start = label.end()
        out.append(Sentence(start, end, para))


_MARKS = re.compile(r"[();]")


def clause_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Clause spans of ``text[start:end]``, cut at ";" outside parentheses."""
    spans: list[tuple[int, int]] = []
    depth = 0
    cur = start
    for m in _MARKS.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            spans.append((cur, i))
            cur = i + 1
    spans.append((cur, end))
    return spans


def paren_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Top-level ``(...)`` spans inside ``text[start:end]`` (unclosed ones run to ``end``)."""
    spans: list[tuple[int, int]] = []
    depth = 0
    open_at = -1
    for m in _MARKS.finditer(text, start, end):
        ch, i = m.group(), m.start()
        if ch == "(":
            if depth == 0:
                open_at = i
            depth += 1
        elif ch == ")" and depth:
            depth -= 1
            if depth == 0:
                spans.append((open_at, i + 1))
    if depth:
        spans.append((open_at, end))
    return spans
