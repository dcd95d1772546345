"""Turn fetched bytes into NFC Unicode text, whatever the site declared.

Vietnamese government sites still serve windows-1258 pages (tone marks as separate
combining characters), mislabel UTF-8 as ISO-8859-1, or carry decomposed diacritics in
UTF-8. Extraction downstream matches words like "cải cách", so every page must come out
as NFC. Order of evidence: HTTP header charset, then a byte-order mark, then the
``<meta charset>``, then the registry's hint, then detection.
"""
from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from dataclasses import dataclass

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE
)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
# Labels servers send by default when nobody configured anything: a UTF-8 body behind
# them is far more likely than a real Latin-1 Vietnamese page.
_DEFAULT_SINGLE_BYTE = {"iso8859-1", "cp1252", "ascii", "latin-1"}
# Vietnamese tone marks; windows-1258 keeps them as combining characters.
TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


@dataclass(frozen=True)
class Decoded:
    """Decoded text plus how the encoding was chosen (logged and stored in raw.pages)."""

    text: str
    encoding: str  # Python codec name, e.g. 'utf-8', 'cp1258'
    source: str  # 'header' | 'bom' | 'meta' | 'hint' | 'detected' | 'fallback'


def codec_name(label: str | None) -> str | None:
    """Python codec name for a charset label, or None if unknown ('windows-1258' -> 'cp1258')."""
    if not label:
        return None
    try:
        return codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None


def meta_charset(body: bytes) -> str | None:
    """The charset declared in the first 4 KiB of the HTML (``<meta charset>`` or http-equiv)."""
    m = _META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def decode_html(
    body: bytes, content_type: str | None = None, hint: str | None = None, url: str = ""
) -> Decoded:
    """Decode an HTML body to NFC text, logging which evidence decided the encoding."""
    candidates: list[tuple[str, str | None]] = [("header", header_charset(content_type))]
    if body.startswith(codecs.BOM_UTF8):
        candidates.append(("bom", "utf-8-sig"))
    candidates += [("meta", meta_charset(body)), ("hint", hint)]
    has_non_ascii = any(b > 0x7F for b in body)
    for source, label in candidates:
        codec = codec_name(label)
        if label and codec is None:
            log.warning("encoding: %s charset %r is unknown, ignoring (%s)", source, label, url)
            continue
        if codec is None:
            continue
        if codec in _DEFAULT_SINGLE_BYTE and has_non_ascii and _is_utf8(body):
            log.warning(
                "encoding: %s says %s but the body is valid UTF-8; decoding as utf-8 (%s)",
                source, label, url,
            )
            return Decoded(nfc(body.decode("utf-8")), "utf-8", "detected")
        if codec.startswith("utf-8") and not _is_utf8(body.removeprefix(codecs.BOM_UTF8)):
            if _mostly_utf8(body):
                log.warning("encoding: %s says %s and the body is UTF-8 but for a few invalid bytes;"
                            " decoding with replacement (%s)", source, label, url)
                return Decoded(nfc(body.removeprefix(codecs.BOM_UTF8).decode("utf-8", errors="replace")),
                               "utf-8", source)
            log.warning("encoding: %s says %s but the body is not valid UTF-8; trying next (%s)",
                        source, label, url)
            continue
        text = body.decode(codec, errors="replace")
        if codec == "cp1258" or not unicodedata.is_normalized("NFC", text):
            log.debug("encoding: normalising %s text to NFC (%s)", codec, url)
        log.debug("encoding: %s from %s (%s)", codec, source, url)
        return Decoded(nfc(text), codec, source)
    if _is_utf8(body):
        return Decoded(nfc(body.decode("utf-8")), "utf-8", "detected")
    if _mostly_utf8(body):
        # A UTF-8 page with a few stray legacy bytes (pasted from an old document): keep
        # the UTF-8 reading and mark the stray bytes, rather than garble every word.
        log.warning("encoding: body is UTF-8 but for a few invalid bytes; decoding with replacement (%s)", url)
        return Decoded(nfc(body.decode("utf-8", errors="replace")), "utf-8", "detected")
    detected = _detect(body)
    if detected:
        log.info("encoding: no usable declaration, detected %s (%s)", detected, url)
        return Decoded(nfc(body.decode(detected, errors="replace")), detected, "detected")
    log.warning("encoding: could not determine the charset, using cp1258 with replacement (%s)", url)
    return Decoded(nfc(body.decode("cp1258", errors="replace")), "cp1258", "fallback")


def _mostly_utf8(body: bytes, max_bad_share: float = 0.01) -> bool:
    """True when multi-byte UTF-8 sequences dominate and invalid bytes are rare."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 0x7F and ch != "\ufffd")
    return multibyte > 0 and bad <= max(1, int(max_bad_share * len(text))) and multibyte >= 4 * bad


def _detect(body: bytes) -> str | None:
    """charset-normalizer's guess, preferring windows-1258 among single-byte Latin guesses."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - requests depends on it
        return None
    best = from_bytes(body).best()
    if best is None:
        return None
    codec = codec_name(best.encoding)
    # A Vietnamese page with combining tone marks in the 0xCC/0xD2/0xDE/0xEC/0xF2 slots
    # decodes "validly" as cp1252 too; cp1258 is the only sensible reading for our sites.
    if codec in {"cp1252", "iso8859-1", "cp1250", "iso8859-15"}:
        return "cp1258"
    return codec


def encode_cp1258(text: str) -> bytes:
    """Encode NFC Vietnamese text as windows-1258 (base letter + combining tone mark).

    Used by the snapshot builder and tests to produce the legacy pages that the decoder
    must turn back into the exact NFC text.
    """
    out = []
    for ch in text:
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(m for m in parts if m in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(m for m in parts if m not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")
