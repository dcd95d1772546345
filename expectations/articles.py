"""Articles suite: parsed text is complete, plausible, Vietnamese and free of page chrome."""
from __future__ import annotations

from expectations import StageContext, StageSuites, SuiteSpec

_VI = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
VIETNAMESE_LETTERS = _VI + _VI.upper()
# Combining tone marks (decomposed text) count as Vietnamese too.
_VI_CLASS = VIETNAMESE_LETTERS + "\\u0300-\\u036f"


def scope_query(ctx: StageContext) -> str:
    """The run's articles: parsed from a page fetched in the run, or loaded during it."""
    if ctx.window_start is None:
        return "select a.* from raw.articles a"  # run unknown: validate every article
    return (
        "select a.* from raw.articles a where exists (select 1 from raw.fetch_log f"
        f" where f.run_id = {ctx.run_literal} and f.url = a.url and f.sha256 = a.page_sha256)"
        f" or {ctx.window_sql('a.loaded_at', 'a.parsed_at')}"
    )


def build(ctx: StageContext) -> StageSuites:
    t = ctx.t
    markers = ", ".join(f"({ctx.text_literal(m)}, {ctx.text_literal(m)})" for m in t.boilerplate_markers)
    checks = [
        ctx.check(
            "articles.title_not_empty", "Every article has a title.", "title not blank",
            "ExpectColumnValuesToNotMatchRegex", column="title", regex=r"^\s*$",
        ),
        ctx.check(
            "articles.body_not_empty", "Every article has body text.", "body not blank",
            "ExpectColumnValuesToNotMatchRegex", column="body", regex=r"^\s*$",
        ),
        ctx.check(
            "articles.body_length_in_range",
            "Body length is that of a news article, not a fragment or a whole site dump.",
            f"{t.body_min_chars} <= length(body) <= {t.body_max_chars}",
            "UnexpectedRowsExpectation",  # SQL: a column expectation would return whole bodies
            unexpected_rows_query=(
                "select article_id, source_id, url, length(body) as chars,"
                " 'body length ' || length(body) || ' outside "
                f"{t.body_min_chars}..{t.body_max_chars}' as reason"
                f" from {{batch}} where length(body) < {t.body_min_chars} or length(body) > {t.body_max_chars}"
            ),
        ),
        ctx.check(
            "articles.published_on_in_range",
            "The publication date is between 2005 and the run date.",
            f"{t.min_published_on.isoformat()} <= published_on <= {ctx.run_date.isoformat()}",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select article_id, source_id, url, published_on,"
                " 'published_on ' || published_on || ' outside "
                f"{t.min_published_on.isoformat()}..{ctx.run_date.isoformat()}' as reason"
                f" from {{batch}} where published_on < {ctx.date_literal(t.min_published_on)}"
                f" or published_on > {ctx.date_literal(ctx.run_date)}"
            ),
        ),
        ctx.check(
            "articles.vietnamese_text",
            "The body is Vietnamese text: enough of its letters carry Vietnamese diacritics.",
            f"diacritic letters / Latin letters >= {t.min_vietnamese_share}",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select article_id, source_id, url, round(share, 3) as share,"
                f" 'Vietnamese letter share ' || round(share, 3) || ' < {t.min_vietnamese_share}' as reason"
                " from (select article_id, source_id, url,"
                f"  length(regexp_replace(body, '[^{_VI_CLASS}]', '', 'g'))::numeric"
                f"  / nullif(length(regexp_replace(body, '[^A-Za-z{_VI_CLASS}]', '', 'g')), 0) as share"
                " from {batch}) as shares"
                f" where share < {t.min_vietnamese_share}"
            ),
        ),
        ctx.check(
            "articles.no_boilerplate_markers",
            "No page chrome left in the body (view counters, visitor stats, 'other news' lists).",
            "body contains none of: " + ", ".join(repr(m) for m in t.boilerplate_markers),
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select b.article_id, b.source_id, b.url, m.marker,"
                " 'boilerplate marker left in body: ' || m.marker as reason"
                " from {batch} b"
                f" join (values {markers}) as m(marker, pattern) on strpos(b.body, m.pattern) > 0"
            ),
        ),
        ctx.check(
            "articles.url_is_http", "Every article URL is an http(s) URL.", "url ~ ^https?://",
            "ExpectColumnValuesToMatchRegex", column="url", regex="^https?://",
        ),
    ]
    return StageSuites(
        suites=[SuiteSpec(name="cchc.articles", asset="articles_run", key_columns=("article_id",),
                          checks=checks, query=scope_query(ctx))],
        scope="all raw.articles (run unknown)" if ctx.window_start is None else
        "raw.articles parsed from pages fetched in the run or loaded during it",
    )
