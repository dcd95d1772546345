"""Whether a sentence is written in English (an English edition's page) or in Vietnamese.

English editions of provincial papers and national sites' English pages state results
in another grammar, read by :mod:`.rules_english`; the Vietnamese prose rules skip those
sentences (their patterns would read English words as Vietnamese ones). Tables are read
line by line whatever the language.
"""
from __future__ import annotations

import re

_EN_WORDS = re.compile(r"(?<![a-z])(?:the|of|and|with|in|to|its|was|were|has|have|ranked|ranking|ranks|province"
                       r"|provinces|reached|scored|dossiers|tasks|while|out|places|points|for|from|by|is|are|this|which|score"
                       r"|national|average|results|according)(?![a-z])")  # none a Vietnamese syllable typed plain
_VIET_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def is_english(nfc: str, folded: str) -> bool:
    """Whether a sentence (its NFC and folded text) is English: at least three English
    function words, and Vietnamese letters at most a gloss ("(hồ sơ TTHC)"): a Vietnamese
    sentence marks most of its syllables."""
    if len(_EN_WORDS.findall(folded)) < 3:
        return False
    letters = sum(1 for ch in nfc if ch.isalpha())
    return letters > 0 and len(_VIET_LETTER.findall(nfc)) <= letters * 0.1
