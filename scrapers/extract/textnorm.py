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

import re
import unicodedata
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
    return text.translate(_ord_table)


#: ``str.translate`` table indexed by code point: an int (the code point itself) for a
#: character left alone, the folded character otherwise. A list lookup is much cheaper
#: per character than a dict lookup; code points past its end raise ``IndexError`` and
#: are left alone, like unmapped keys of a dict table.
_ord_table: list[int | str] = []


def _extend_ord_table(chars: set[str]) -> None:
    top = max(map(ord, chars)) + 1
    if top > len(_ord_table):
        _ord_table.extend(range(len(_ord_table), top))
    for ch in chars:
        folded = _fold_cache[ch]
        if folded != ch:
            _ord_table[ord(ch)] = folded


_GROUP = re.compile(r".[\u0300-\u036f]*", re.DOTALL)


@dataclass
class Text:
    """An article's text in three aligned forms.

    ``nfc`` is what the rules see (through ``folded``); ``original`` is what the
    caller passed; :meth:`evidence` slices ``original`` for a span of ``nfc``.
    """

    original: str
    nfc: str = field(init=False)
    folded: str = field(init=False)
    _start: list[int] | None = field(init=False, default=None, repr=False)
    _end: list[int] | None = field(init=False, default=None, repr=False)

    def __post_init__(self) -> None:
        nfc = unicodedata.normalize("NFC", self.original)
        if nfc != self.original:
            starts: list[int] = []
            ends: list[int] = []
            parts: list[str] = []
            for m in _GROUP.finditer(self.original):
                piece = unicodedata.normalize("NFC", m.group())
                parts.append(piece)
                starts.extend([m.start()] * len(piece))
                ends.extend([m.end()] * len(piece))
            nfc = "".join(parts)
            self._start, self._end = starts, ends
        self.nfc = nfc
        self.folded = fold(nfc)

    def evidence(self, start: int, end: int) -> str:
        """The original substring behind ``nfc[start:end]``, trimmed of spaces."""
        while start < end and self.nfc[start].isspace():
            start += 1
        while end > start and self.nfc[end - 1].isspace():
            end -= 1
        if self._start is None or self._end is None:
            return self.original[start:end]
        if start >= end:
            return ""
        return self.original[self._start[start]: self._end[end - 1]]
