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
#: English words that are also Vietnamese syllables typed without marks ("thể", "tổ", "in")
_ALSO_VIETNAMESE = frozenset({"the", "to", "in"})
_VIET_LETTER = re.compile(r"[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]")


def is_english(nfc: str, folded: str) -> bool:
    """Whether a sentence (its NFC and folded text) is English: at least three English
    function words (two of them no Vietnamese syllable), and Vietnamese letters at most a gloss ("(hồ sơ TTHC)"): a Vietnamese
    sentence marks most of its syllables."""
    words = _EN_WORDS.findall(folded)
    if len(words) < 3 or sum(1 for w in words if w not in _ALSO_VIETNAMESE) < 2:
        return False
    return _marks_at_most_in_names(nfc)


_WORD = re.compile(r"[^\W\d_]+")


def _marks_at_most_in_names(nfc: str) -> bool:
    """Whether Vietnamese marks are at most a gloss or names: a tenth of the letters at most,
    or marks only on capitalised words, the names an English page keeps with their
    diacritics ("Hải Phòng ranked first ..., followed by Đắk Lắk and Lào Cai"), with a tenth
    of the lower-case words at most (a Vietnamese sentence marks most of its syllables)."""
    letters = sum(1 for ch in nfc if ch.isalpha())
    if not letters:
        return False
    if len(_VIET_LETTER.findall(nfc)) <= letters * 0.1:
        return True
    lower = [w for w in _WORD.findall(nfc) if w[0].islower()]
    return bool(lower) and sum(1 for w in lower if _VIET_LETTER.search(w)) <= len(lower) * 0.1


#: English words of a short results sentence ("Long An came second with 72.07 points.")
_EN_RESULT_WORDS = re.compile(r"(?<![a-z])(?:came|led|topped|rose|fell|climbed|dropped|slipped|notches|percent"
                              r"|points|second|third|fourth|fifth|place|places|up|down|with|and|the|was|were)(?![a-z])")


def is_english_beside(nfc: str, folded: str) -> bool:
    """Whether a short sentence next to English ones is English too: too few function words
    for :func:`is_english`, two English words of results, and Vietnamese marks at most in
    a name kept with its diacritics ("Lai Châu came last with 80.25 per cent.")."""
    if not _marks_at_most_in_names(nfc):
        return False
    return len(set(_EN_RESULT_WORDS.findall(folded))) >= 2
