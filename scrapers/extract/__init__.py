"""Fact extraction from one article's text (``cchc extract``).

:func:`extract_facts` returns the facts an article states, in the format of
``shared/facts-schema.md``: index results, task progress and dossier figures,
each with the exact substring of the text that states it.
"""
from __future__ import annotations

import datetime as dt
from typing import Any

from .dedupe import dedupe
from .document import Document
from .rules_dossier import extract_dossier_stats
from .rules_dossier_table import extract_dossier_tables
from .rules_index import extract_index_results
from .rules_respectively import extract_respective_years
from .rules_english import extract_english
from .rules_table import (extract_component_tables, extract_index_year_tables, extract_table_results,
                          extract_year_row_tables)
from .rules_tasks import extract_task_progress

EXTRACTOR_VERSION = "1.11.0"

__all__ = ["EXTRACTOR_VERSION", "extract_facts"]


def extract_facts(text: str, url: str | None = None,
                  published: dt.date | None = None) -> list[dict[str, Any]]:
    """Facts stated in ``text``; ``url`` gives the host province, ``published`` relative years."""
    doc = Document(text, url=url, published=published)
    facts: list[dict[str, Any]] = []
    facts.extend(extract_index_results(doc))
    facts.extend(extract_respective_years(doc))
    facts.extend(extract_table_results(doc))
    facts.extend(extract_index_year_tables(doc))
    facts.extend(extract_component_tables(doc))
    facts.extend(extract_year_row_tables(doc))
    facts.extend(extract_task_progress(doc))
    facts.extend(extract_dossier_stats(doc))
    facts.extend(extract_dossier_tables(doc))
    facts.extend(extract_english(doc))
    return dedupe(facts)
