"""Numbers as Vietnamese and English pages print them.

Vietnamese writes ``987.406`` for 987406 and ``82,58`` for 82.58; some pages (and
dti.gov.vn) use the English convention, sometimes in the same paragraph. A
separator is only ambiguous when exactly three digits follow it and the integer
part is not 0 ("1.305", "1,305"); everything else is decided by the digits alone.
The ambiguous case falls back on the document's convention
(:func:`detect_convention`) or on what the caller knows (counts of dossiers are
integers).

The patterns here are written for the folded text (see ``textnorm``) and are
linear: separators are mandatory between digit groups, so no two quantifiers can
compete for the same characters.
"""
from __future__ import annotations

import re
from typing import Literal

Convention = Literal["vi", "en"]
Number = int | float

#: a number token: "87,42", "987.406", "1.234,5", "0.8002", "09"
NUM = r"\d+(?:[.,]\d+)*"
#: the same, tolerating one stray space after the separator ("5, 67") when a
#: unit follows; use for scores and percentages only
NUM_U = r"\d+(?:[.,]\d+)*(?:[.,] \d{1,4}(?=\s?(?:diem|%)))?"

MULTIPLIERS: dict[str, int] = {
    "trieu": 1_000_000,
    "ngan": 1_000,
    "nghin": 1_000,
    "ty": 1_000_000_000,
    "ti": 1_000_000_000,
}

_VI_EVIDENCE = re.compile(r"\d,\d{1,2}(?!\d)|\d\.\d{3}\.\d{3}(?!\d)|(?<![\d.,])[1-9]\d{0,2}\.\d{3}(?![\d.,])")
_EN_EVIDENCE = re.compile(r"(?<![\d.,])[1-9]\d*\.\d{1,2}(?![\d.,])|\d,\d{3},\d{3}(?!\d)")


def detect_convention(text: str) -> Convention:
    """Which convention a page uses for the ambiguous "d.ddd" / "d,ddd" tokens.

    Counts tokens that can only be read one way; Vietnamese wins ties because it
    is what the provincial sites print.
    """
    sample = text[:200_000]  # a page keeps one convention; bound the cost on huge pages
    vi = len(_VI_EVIDENCE.findall(sample))
    en = len(_EN_EVIDENCE.findall(sample))
    return "en" if en > vi else "vi"


def _as_number(value: float, decimal: bool) -> Number:
    value = round(value, 6)
    if not decimal and value == int(value):
        return int(value)
    return value


def parse_number(token: str, convention: Convention = "vi", integer: bool = False) -> Number:
    """Parse one number token.

    ``integer=True`` says the quantity is a count, so a lone separator followed by
    three digits is a thousands separator whatever the convention.
    """
    t = re.sub(r"\s+", "", token)
    seps = [(i, c) for i, c in enumerate(t) if c in ".,"]
    if not seps:
        return int(t)
    kinds = {c for _, c in seps}
    if len(kinds) == 2:
        dec_pos, dec = seps[-1]
        whole = t[:dec_pos].replace("." if dec == "," else ",", "")
        return _as_number(float(f"{whole}.{t[dec_pos + 1:]}"), True)
    sep = seps[0][1]
    if len(seps) > 1:
        groups = t.split(sep)
        if all(len(g) == 3 for g in groups[1:]):
            return int("".join(groups))
        # "1.2.3" is not a number anyone prints; keep the first decimal point
        return _as_number(float(groups[0] + "." + "".join(groups[1:])), True)
    whole, frac = t.split(sep)
    thousands = (
        len(frac) == 3
        and whole.lstrip("0") != ""
        and (integer or (sep == "." and convention == "vi") or (sep == "," and convention == "en"))
    )
    if thousands:
        return int(whole + frac)
    return _as_number(float(f"{whole}.{frac}"), True)


def parse_quantity(token: str, unit: str | None = None, convention: Convention = "vi") -> Number:
    """A count possibly scaled by a word: ("1,7", "trieu") → 1700000."""
    mult = MULTIPLIERS.get((unit or "").strip())
    if mult:
        value = parse_number(token, convention)
        return _as_number(float(value) * mult, False)
    return parse_number(token, convention, integer=True)


#: arrows social posts and infographics put before a change ("hạng 27/63 ⬆️3", a table cell "⬇️2")
ARROWS_UP, ARROWS_DOWN = "\u2b06\u2191\u25b2\U0001f53a\u2934", "\u2b07\u2193\u25bc\U0001f53b\u2935"
