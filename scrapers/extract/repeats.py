"""Very large pages: each repeated sentence is read once.

A news article is a few kilobytes to a few tens of kilobytes of text. Pages far
beyond that are listing pages, archives pasted into one body, scraped dumps or
hostile input, and what makes them large is mostly the same text again: a teaser
per related article, a footer per item, one paragraph pasted a thousand times.
Every rule costs time per sentence, so a 2 MB page of one repeated fact sentence
would cost seconds while stating one fact: a repeat states what its first
occurrence stated, and de-duplication would drop its facts anyway.

So on a text longer than :data:`LARGE_TEXT`, every sentence of at least
:data:`MIN_REPEAT` characters that already appeared earlier is cut from what the
rules read, leaving one space (line breaks stay, so paragraphs keep their numbers);
:class:`.textnorm.Text` keeps the map back, so evidence is still sliced from the
original text. Short sentences ("Cụ thể:") are never cut: they cost nothing and
they set context for the lines after them. Below :data:`LARGE_TEXT` nothing is
cut, because inside an ordinary article a repeated sentence may be read in a
different context the second time.
"""
from __future__ import annotations

from .sentences import split_sentences

#: characters; the seed articles are 5-15 KB, the longest real articles a few times that
LARGE_TEXT = 200_000
#: a repeated sentence shorter than this is kept (lead-ins, list labels)
MIN_REPEAT = 30


def repeated_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` that repeat an earlier one verbatim (none for ordinary texts).

    Whole sentences as the rules split them, never parts: cutting a piece out of a
    sentence would leave the rules a different sentence.
    """
    if len(text) <= LARGE_TEXT:
        return []
    seen: set[str] = set()
    spans: list[tuple[int, int]] = []
    for sent in split_sentences(text):
        if sent.end - sent.start < MIN_REPEAT:
            continue
        key = text[sent.start:sent.end]
        if key in seen:
            spans.append((sent.start, sent.end))
        else:
            seen.add(key)
    return spans


def cut(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[int], list[int]]:
    """``text`` with every span (sorted, not overlapping) cut to one space, and the map back.

    The space keeps the words on either side apart and a line that held only a
    repeat still counts as a line, so paragraphs keep their numbers. Returns the
    new text and, for each kept run (the spaces included), where it starts in the
    new text and in ``text``.
    """
    parts: list[str] = []
    runs_at: list[int] = []
    runs_from: list[int] = []
    pos = out = 0
    for a, b in spans:
        parts.append(text[pos:a])
        runs_at.append(out)
        runs_from.append(pos)
        out += a - pos
        parts.append(" ")
        runs_at.append(out)
        runs_from.append(a)
        out += 1
        pos = b
    parts.append(text[pos:])
    runs_at.append(out)
    runs_from.append(pos)
    return "".join(parts), runs_at, runs_from
