"""Data quality: GX suites per stage (``expectations/``), the fail/warn policy, the audit
trail and the auditors' report. Import the submodules; GX itself is imported lazily."""
from __future__ import annotations

__all__ = ["validate_stage", "CriticalValidationError", "build_report"]


def __getattr__(name: str):
    if name in ("validate_stage", "CriticalValidationError", "StageResult"):
        from scrapers.quality import runner
        return getattr(runner, name)
    if name == "build_report":
        from scrapers.quality.report import build_report
        return build_report
    raise AttributeError(name)
