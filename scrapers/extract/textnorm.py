"""Text normalisation that never loses track of the original characters.

Every rule in the extractor matches on a *folded* copy of the text: lower case,
no Vietnamese diacritics, ``đ`` → ``d``, odd spaces → ``" "``. Folding is done
character by character so the folded copy has exactly the length of the
(NFC-normalised) text, and a match span in the folded copy is a span in the text.
That is what lets every fact carry ``evidence`` that is an exact substring of the
input, while the rules themselves are written once in plain ASCII and also match
articles typed without diacritics.

Input that is not NFC (decomposed accents) is normalised first and an offset map
back to the original string is kept (:class:`Text`).
"""
from __future__ import annotations

import bisect
import re
import unicodedata
from typing import Any, Iterator

from .repeats import cut, repeated_spans
from dataclasses import dataclass, field

_SPACES = "\u00a0\u2009\u202f\u200b\u3000\t"
_DASHES = "\u2013\u2014\u2012\u2212"
_fold_cache: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """One character folded to one character (or left alone if that is impossible)."""
    if ch in _SPACES:
        return " "
    if ch in _DASHES:
        return "-"
    if ch in "đĐ":
        return "d"
    if ord(ch) < 128:
        return ch.lower()
    base = unicodedata.normalize("NFD", ch)[0]
    low = base.lower()
    return low if len(low) == 1 else ch


def fold(text: str) -> str:
    """Lower-case, strip diacritics; ``len(fold(t)) == len(t)`` always holds."""
    table = _fold_cache
    new = set(text).difference(table)
    if new:
        for ch in new:
            table[ch] = _fold_char(ch)
        _extend_ord_table(new)
    if len(text) < _ARRAY_FROM:
        return text.translate(_ord_table)
    return _fold_array(text)


#: from this length on, folding goes through a numpy code-point array: ``str.translate``
#: looks every character up in a Python list (~90 ns each, 0.18 s for 2 MB), numpy does
#: the same lookup five times faster. numpy is imported only then: its import (~0.25 s)
#: would cost a one-shot ``cchc extract`` more than translating a few hundred KB does
#: (after :mod:`.repeats`, even most multi-MB pages fold less than this)
_ARRAY_FROM = 500_000
_array_table: list[Any] = []  # [numpy array: code point -> folded code point], rebuilt after the table changes


def _fold_array(text: str) -> str:
    import numpy as np

    if not _array_table:
        _array_table[:] = [np.array([x if isinstance(x, int) else ord(x) for x in _ord_table], dtype=np.uint32)]
    lut = _array_table[0]
    # surrogatepass: a lone surrogate (broken input) is a code point like any other here
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded = points.copy()
    mapped = points < len(lut)  # code points past the table's end are left alone
    folded[mapped] = lut[points[mapped]]
    return folded.tobytes().decode("utf-32-le", "surrogatepass")


#: ``str.translate`` table indexed by code point: an int (the code point itself) for a
#: character left alone, the folded character otherwise. A list lookup is much cheaper
#: per character than a dict lookup; code points past its end raise ``IndexError`` and
#: are left alone, like unmapped keys of a dict table.
_ord_table: list[int | str] = []


def _extend_ord_table(chars: set[str]) -> None:
    _array_table.clear()  # entries change below the table's end too: the array copy is stale
    top = max(map(ord, chars)) + 1
    if top > len(_ord_table):
        _ord_table.extend(range(len(_ord_table), top))
    for ch in chars:
        folded = _fold_cache[ch]
        if folded != ch:
            _ord_table[ord(ch)] = folded


_GROUP = re.compile(r".[\u0300-\u036f]*", re.DOTALL)
#: characters a reader never sees or that split one number, dropped before the rules read the
#: text (evidence still slices the original): soft hyphens and zero-width spaces inside words
#: and numbers ("Tính minh b\u00adạch", "21,\u200b37"); a no-break or thin space between
#: thousands ("268\u202f415 hồ sơ"); stray spaces around a thousands dot ("812 . 537 hồ sơ");
#: a line break a PDF put inside a number ("đạt 84,\n37%", "tiếp nhận 523.\n118 hồ sơ")
_DROP = re.compile(
    "[\u00ad\u200b\u200c\u200d\u2060\ufeff]"
    # every other alternative starts at a digit: a scan of 2 MB costs a few milliseconds
    "|\\d(?:(?P<nb>[\u00a0\u202f\u2009])(?=\\d{3}(?!\\d))"
    # (not "xếp thứ 12. 100% xã": a share after a sentence's end)
    "|(?P<sp1> )\\.(?P<sp2> )?(?=\\d{3}(?![\\d.,]| ?%))|\\.(?P<sp3> )(?=\\d{3}(?![\\d.,]| ?%))"
    "|[.,](?P<br>\r?\n)(?=\\d{1,3}(?![\\d.,])(?: ?%| [^\\W\\d_])))"
)
_DROP_GROUPS = ("nb", "sp1", "sp2", "sp3")
#: a PDF's wrapped line is a full line of the page (see :data:`_WRAPPED_LINE`)
_FULL_LINE = 40


_HINT_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u00a0\u202f\u2009"
#: each starts with a literal, which the regex engine scans for fast (an alternation would not)
_HINTS = tuple(re.compile(p) for p in (r"\. \d", r"\.\n\d", r",\n\d", r"\.\r\n\d", r",\r\n\d"))


def _may_drop(text: str) -> bool:
    """A cheap first look (substring searches, a few milliseconds for 2 MB) for what
    :data:`_DROP` removes: most pages have none of it and skip the scan."""
    return any(ch in text for ch in _HINT_CHARS) or " ." in text or any(h.search(text) for h in _HINTS)


def _drops(text: str) -> list[int]:
    """Offsets of the characters :data:`_DROP` removes (a break inside a number only at the end
    of a full line: a short line ends where its writer ended it)."""
    out: list[int] = []
    if not _may_drop(text):
        return out
    for m in _DROP.finditer(text):
        if m.group()[0] in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
            out.append(m.start())
            continue
        if m.group("br"):
            a = m.start("br")
            if a - (text.rfind("\n", 0, a) + 1) >= _FULL_LINE:
                out.extend(range(a, m.end("br")))
            continue
        out.extend(m.start(g) for g in _DROP_GROUPS if m.group(g))
    return out
_SPACE_RUN = re.compile(r" {2,}")
#: a line longer than this is prose, never a table row (the table rules read rows up to 160
#: characters), so a run of spaces in it is a typing accident, not a column gap
_PROSE_LINE = 160


def _extra_spaces(text: str) -> list[tuple[int, int]]:
    """Runs of two or more spaces in prose: the rules are written for one space ("xếp  thứ 9"
    must read as "xếp thứ 9"). Space-aligned table rows keep theirs: a short line with a run
    of three spaces or more is read as a row (columns are padded to line up), and its runs
    are left alone unless the text goes on in lower case or the run follows a comma."""
    out: list[tuple[int, int]] = []
    prose: dict[int, bool] = {}
    for m in _SPACE_RUN.finditer(text):
        start = text.rfind("\n", 0, m.start()) + 1
        if start not in prose:
            end = text.find("\n", m.end())
            end = len(text) if end < 0 else end
            prose[start] = end - start > _PROSE_LINE or "   " not in text[start:end]
        nxt = text[m.end():m.end() + 1]
        if prose[start] or nxt.islower() or text[m.start() - 1:m.start()] == ",":
            # a cell starts with a capital or a digit, a clause goes on in lower case after a comma
            out.append(m.span())
    return out


#: a line break inside a sentence: a text converted from PDF (or pasted from a narrow column)
#: wraps its lines wherever the page ended ("... đã tiếp\nnhận 98.417 hồ sơ")
_WRAP = re.compile(r"(?<=[^\W_]|[,(])[ ]*\r?\n(?=[^\W\d_]|\d+(?:[.,]\d+)*(?:\s?%|\s[^\W\d_]))")
#: a wrapped line is a full line of the page; a shorter one ends where its writer ended it
#: (but no line ends on "năm" before its year: "Chỉ số SIPAS năm\n2022 của tỉnh")
_WRAPPED_LINE = 40
_CELLS = re.compile(r"\t| \| ")
_PERIOD_WORD_END = re.compile(r"(?<![^\W\d_])(?:năm|nam|tháng|thang|quý|quy)[ ]*$", re.IGNORECASE)


def _wraps(text: str) -> Iterator[re.Match[str]]:
    """What ``_WRAP.finditer(text)`` finds, tried only where a line break can start a match:
    a pattern that opens with a lookbehind is tried at every character, which on a 2 MB page
    costs a fifth of a second for nothing."""
    i = text.find("\n")
    while i >= 0:
        j = i - 1 if i and text[i - 1] == "\r" else i
        while j and text[j - 1] == " ":
            j -= 1
        m = _WRAP.match(text, j)
        if m:
            yield m
        i = text.find("\n", i + 1)


def _join_wrapped_lines(text: str) -> str:
    """``text`` with each line break inside a sentence made a space (same length, so every
    offset still maps to the original): a break after a letter, a digit or a comma, before a
    word in lower case (or a count or share after one), at the end of a line of at least
    :data:`_WRAPPED_LINE` characters."""
    if "\n" not in text:
        return text
    breaks = [i for m in _wraps(text)
              if (text[m.end()].islower() or text[m.end()].isdigit() and text[m.start() - 1].islower())
              # a table's row or header (cells split by tabs or pipes) ends where its writer ended it
              and not _CELLS.search(text, text.rfind("\n", 0, m.start()) + 1, m.start())
              and (m.start() - (text.rfind("\n", 0, m.start()) + 1) >= _WRAPPED_LINE
                   or text[m.end()].isdigit() and _PERIOD_WORD_END.search(text, max(0, m.start() - 6), m.start()))
              for i in range(m.start(), m.end()) if text[i] in "\r\n"]  # a CRLF break is two characters
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


def _merge(cuts: list[tuple[int, int]], extra: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Both lists of spans (sorted, each without overlaps) as one, an extra span inside a cut dropped."""
    if not extra:
        return cuts
    if not cuts:
        return extra
    out: list[tuple[int, int]] = []
    k = 0
    for a, b in extra:
        while k < len(cuts) and cuts[k][1] <= a:
            out.append(cuts[k])
            k += 1
        if k < len(cuts) and cuts[k][0] < b:
            continue  # overlaps the next cut sentence (which holds it)
        out.append((a, b))
    out.extend(cuts[k:])
    return out


@dataclass
class Text:
    """An article's text in three aligned forms.

    ``nfc`` is what the rules see (through ``folded``): the NFC-normalised text, with
    repeated sentences of a very large page each cut to one space (:mod:`.repeats`) and
    runs of spaces in prose lines cut to one;
    ``original`` is what the caller passed; :meth:`evidence` slices ``original`` for a
    span of ``nfc``, so evidence stays an exact substring of the input.
    """

    original: str
    nfc: str = field(init=False)
    folded: str = field(init=False)
    #: per character of the full NFC text: where it starts / ends in ``original``
    #: (only when normalising changed the text)
    _start: list[int] | None = field(init=False, default=None, repr=False)
    _end: list[int] | None = field(init=False, default=None, repr=False)
    #: when repeats were cut: ``nfc`` offsets where each kept run starts, and the
    #: full-NFC offsets they came from (a piecewise map, one entry per run)
    _runs_at: list[int] | None = field(init=False, default=None, repr=False)
    _runs_from: list[int] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        src, kept = self.original, None
        dropped = _drops(src)
        if dropped:
            gone = set(dropped)
            kept = [i for i in range(len(src)) if i not in gone]  # source offset of each kept character
            src = "".join(src[i] for i in kept)
        nfc = unicodedata.normalize("NFC", src)
        if nfc != self.original:
            starts: list[int] = []
            ends: list[int] = []
            parts: list[str] = []
            for m in _GROUP.finditer(src):
                piece = unicodedata.normalize("NFC", m.group())
                parts.append(piece)
                a, b = (kept[m.start()], kept[m.end() - 1] + 1) if kept else (m.start(), m.end())
                starts.extend([a] * len(piece))
                ends.extend([b] * len(piece))
            nfc = "".join(parts)
            self._start, self._end = starts, ends
        nfc = _join_wrapped_lines(nfc)
        spans = _merge(repeated_spans(nfc), _extra_spaces(nfc))
        if spans:
            nfc, self._runs_at, self._runs_from = cut(nfc, spans)
        self.nfc = nfc
        self.folded = fold(nfc)

    def _full(self, pos: int) -> int:
        """The full-NFC offset of ``nfc[pos]``."""
        if self._runs_at is None or self._runs_from is None:
            return pos
        k = bisect.bisect_right(self._runs_at, pos) - 1
        return self._runs_from[k] + pos - self._runs_at[k]

    def evidence(self, start: int, end: int) -> str:
        """The original substring behind ``nfc[start:end]``, trimmed of spaces."""
        while start < end and self.nfc[start].isspace():
            start += 1
        while end > start and self.nfc[end - 1].isspace():
            end -= 1
        if start >= end:
            return ""
        start, end = self._full(start), self._full(end - 1) + 1
        if self._start is None or self._end is None:
            return self.original[start:end]
        return self.original[self._start[start]: self._end[end - 1]]
