"""Encoding: header, then meta, then detection; legacy Vietnamese becomes NFC."""
from __future__ import annotations

import unicodedata

import pytest

from scrapers.encoding import decode_html, encode_cp1258

pytestmark = pytest.mark.unit

VI = "Chỉ số cải cách hành chính (PAR Index) – “một cửa”…"


def page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}</head><body><p>{text}</p></body></html>"


def test_every_seed_survives_a_windows_1258_round_trip(seeds_dir):
    for f in sorted(seeds_dir.glob("*.txt")):
        text = f.read_text(encoding="utf-8")
        html = page(text, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">')
        decoded = decode_html(encode_cp1258(html), "text/html")
        assert decoded.encoding == "cp1258" and decoded.source == "meta"
        assert text in decoded.text, f.name


def test_header_charset_wins_over_meta():
    body = page(VI, '<meta charset="windows-1258">').encode("utf-8")
    d = decode_html(body, "text/html; charset=UTF-8")
    assert (d.encoding, d.source) == ("utf-8", "header") and VI in d.text


def test_latin1_header_on_a_utf8_body_is_overruled(caplog):
    d = decode_html(page(VI).encode("utf-8"), "text/html; charset=ISO-8859-1")
    assert d.encoding == "utf-8" and VI in d.text
    assert "body is valid UTF-8" in caplog.text


def test_utf8_claim_on_a_legacy_body_falls_through_to_meta():
    body = encode_cp1258(page(VI, '<meta charset="windows-1258">'))
    d = decode_html(body, "text/html; charset=utf-8")
    assert d.encoding == "cp1258" and VI in d.text


def test_decomposed_diacritics_become_nfc():
    nfd = unicodedata.normalize("NFD", VI)
    assert nfd != VI
    d = decode_html(page(nfd).encode("utf-8"), "text/html; charset=utf-8")
    assert VI in d.text and unicodedata.is_normalized("NFC", d.text)


def test_registry_hint_then_detection_when_nothing_is_declared():
    legacy = encode_cp1258(page(VI))
    assert VI in decode_html(legacy, "text/html", hint="windows-1258").text
    assert decode_html(page(VI).encode("utf-8"), None).encoding == "utf-8"
    guessed = decode_html(legacy, None)
    assert guessed.source in ("detected", "fallback")


def test_bom_and_unknown_labels():
    d = decode_html(b"\xef\xbb\xbf" + page(VI).encode("utf-8"), "text/html; charset=x-nonsense")
    assert VI in d.text and not d.text.startswith("\ufeff")
