"""Is an article about administrative reform? Skipped articles are counted, not loaded.

Portals publish weather warnings, sports days and holiday notices in the same listings
as reform news; loading them would only feed the extractor noise. The test is cheap and
explicit: a reform term in the title, or at least two distinct reform terms in the body.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# (label, pattern). Acronyms need word boundaries ("PCI" inside a word is not PCI).
TERMS: tuple[tuple[str, str], ...] = (
    ("cải cách hành chính", r"cải cách hành chính"),
    ("CCHC", r"\bcchc\b"),
    ("PAR Index", r"\bpar index\b|chỉ số cải cách"),
    ("SIPAS", r"\bsipas\b|chỉ số hài lòng"),
    ("PAPI", r"\bpapi\b|hiệu quả quản trị và hành chính công"),
    ("PCI", r"\bpci\b|năng lực cạnh tranh"),
    ("DTI", r"\bdti\b|chuyển đổi số|\bcđs\b"),
    ("TTHC", r"thủ tục hành chính|\btthc\b"),
    ("dịch vụ công", r"dịch vụ công"),
    ("một cửa", r"một cửa"),
    ("chính quyền số", r"chính quyền (số|điện tử)|chính phủ (số|điện tử)"),
    ("Đề án 06", r"đề án 06"),
    ("ICT Index", r"\bict index\b|sẵn sàng cho phát triển và ứng dụng"),
)
_COMPILED = tuple((label, re.compile(p, re.IGNORECASE)) for label, p in TERMS)


@dataclass(frozen=True)
class Verdict:
    relevant: bool
    terms: tuple[str, ...]

    @property
    def reason(self) -> str:
        return f"reform terms: {', '.join(self.terms)}" if self.terms else "no reform terms"


def _terms(text: str) -> set[str]:
    text = unicodedata.normalize("NFC", text)
    return {label for label, rx in _COMPILED if rx.search(text)}


def judge(title: str, body: str) -> Verdict:
    in_title = _terms(title)
    in_body = _terms(body)
    terms = tuple(sorted(in_title | in_body))
    return Verdict(bool(in_title) or len(in_body) >= 2, terms)
