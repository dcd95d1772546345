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
    for ch in set(text).difference(table):
        table[ch] = _fold_char(ch)
    return text.translate(_translation(table))


_translation_cache: dict[int, dict[int, str]] = {}


def _translation(table: dict[str, str]) -> dict[int, str]:
    """``str.translate`` map for the folded characters seen so far (rebuilt only as it grows)."""
    cached = _translation_cache.get(len(table))
    if cached is None:
        _translation_cache.clear()
        cached = _translation_cache[len(table)] = {ord(k): v for k, v in table.items() if k != v}
    return cached


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
