"""Raw facts suite: every extracted number is plausible and traceable to its article."""
from __future__ import annotations

from expectations import StageContext, StageSuites, SuiteSpec
from expectations.articles import scope_query as articles_scope

# The slot of a fact: one article version states one value for it.
SLOT = ("article_id", "extractor_version", "kind", "province", "index_code", "year",
        "component", "period", "scope")


def scope_query(ctx: StageContext) -> str:
    """The run's facts: extracted during the run, or from one of the run's articles."""
    if ctx.window_start is None:
        return "select f.* from raw.facts f"
    return (
        f"select f.* from raw.facts f where {ctx.window_sql('f.extracted_at')}"
        f" or f.article_id in (select s.article_id from ({articles_scope(ctx)}) as s)"
    )


def build(ctx: StageContext) -> StageSuites:
    t = ctx.t
    ref = ctx.reference
    max_rank = ctx.max_rank_of_sql("coalesce(year, 0)")
    slot = ", ".join(SLOT)
    checks = [
        ctx.check(
            "facts.index_result_names_an_index",
            "Every index_result fact names its index (extractor contract).",
            "index_code not null for kind = 'index_result'",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select fact_id, article_id, 'index_result without index_code' as reason"
                " from {batch} where kind = 'index_result' and index_code is null"
            ),
        ),
        ctx.check(
            "facts.no_duplicate_slot",
            "No article version states two facts for the same slot "
            "(kind, province, index, year, component, period, scope).",
            "0 slots with more than one fact",
            "UnexpectedRowsExpectation", key_columns=("fact_ids",),
            unexpected_rows_query=(
                f"select {slot}, count(*) as facts, string_agg(fact_id, ',' order by fact_id) as fact_ids,"
                " 'duplicate fact for the same article/version/slot' as reason"
                f" from {{batch}} group by {slot} having count(*) > 1"
            ),
        ),
        ctx.check(
            "facts.index_code_known", "The index is one of the reference indices.",
            "index_code in ref_indices", "ExpectColumnValuesToBeInSet",
            column="index_code", value_set=sorted(ref.indices),
        ),
        ctx.check(
            "facts.score_within_index_scale",
            "Scores (and previous scores) lie within their index's scale.",
            "scale_min <= score <= scale_max (ref_indices)",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select b.fact_id, b.article_id, b.index_code, b.year, b.province, b.score, b.prev_score,"
                " case when b.score < r.scale_min or b.score > r.scale_max then 'score ' || b.score"
                " else 'previous score ' || b.prev_score end"
                " || ' outside the ' || b.index_code || ' scale [' || r.scale_min || ', ' || r.scale_max || ']'"
                " as reason"
                f" from {{batch}} b join {ctx.index_scales_values()} as r(index_code, scale_min, scale_max)"
                " on r.index_code = b.index_code"
                " where b.kind = 'index_result' and (b.score < r.scale_min or b.score > r.scale_max"
                " or b.prev_score < r.scale_min or b.prev_score > r.scale_max)"
            ),
        ),
        ctx.check(
            "facts.rank_within_rank_of",
            f"Ranks lie between 1 and rank_of, and rank_of is at most {t.provinces_before_reform} "
            f"({t.provinces_from_reform} for {t.reform_year} and later).",
            f"1 <= rank <= rank_of <= {t.provinces_before_reform} "
            f"({t.provinces_from_reform} from {t.reform_year})",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select fact_id, article_id, index_code, year, province, rank, rank_of, prev_rank,"
                " 'rank ' || coalesce(rank::text, '-') || '/' || coalesce(rank_of::text, '-')"
                f" || ' (previous ' || coalesce(prev_rank::text, '-') || ') outside 1..' || {max_rank}"
                " as reason from {batch}"
                " where kind = 'index_result' and ("
                f" rank < 1 or rank > rank_of or rank > {max_rank}"
                f" or rank_of < 1 or rank_of > {max_rank}"
                f" or prev_rank < 1 or prev_rank > {t.provinces_before_reform})"
            ),
        ),
        ctx.check(
            "facts.year_not_after_publication",
            "A fact's year (or period's year) is not after its article's publication year.",
            "year <= extract(year from published_on)",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select b.fact_id, b.article_id, b.year, b.period, a.published_on, a.source_id,"
                " 'year ' || coalesce(b.year::text, b.period) || ' after publication on ' || a.published_on"
                " as reason"
                " from {batch} b join raw.articles a on a.article_id = b.article_id"
                " where a.published_on is not null and coalesce(b.year,"
                " substring(b.period from '^([0-9]{{4}})')::int) > extract(year from a.published_on)"
            ),
        ),
        ctx.check(
            "facts.province_in_reference",
            "The province is a canonical province name (pre-2025 list or 2025 units); "
            "null = a national figure.",
            "province in ref_provinces ∪ ref_units_2025 or null", "ExpectColumnValuesToBeInSet",
            column="province", value_set=ref.all_places,
        ),
        ctx.check(
            "facts.evidence_in_article_body",
            "The evidence quoted for each fact occurs in its article (headline and body, the text "
            "the extractor reads).",
            "strpos(title || body, evidence) > 0 (whitespace-normalised)",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select b.fact_id, b.article_id, a.source_id, left(b.evidence, 200) as evidence,"
                " case when btrim(b.evidence) = '' then 'evidence is empty'"
                " else 'evidence not found in the article body' end as reason"
                " from {batch} b join raw.articles a on a.article_id = b.article_id"
                " where btrim(b.evidence) = '' or strpos(regexp_replace("
                "coalesce(a.title, '') || E'\\n\\n' || a.body, '\\s+', ' ', 'g'),"
                " btrim(regexp_replace(b.evidence, '\\s+', ' ', 'g'))) = 0"
            ),
        ),
        ctx.check(
            "facts.task_progress_consistent",
            "Task progress is done <= total with positive totals.",
            "0 <= done <= total, total > 0",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select fact_id, article_id, province, period, done, total,"
                " 'tasks done ' || coalesce(done::text, '-') || ' of ' || coalesce(total::text, '-')"
                " || ' is inconsistent' as reason"
                " from {batch} where kind = 'task_progress'"
                " and (done < 0 or total <= 0 or done > total)"
            ),
        ),
        ctx.check(
            "facts.dossier_shares_in_range",
            "Dossier shares are percentages and online dossiers do not exceed their total.",
            f"0 <= early/on-time/late/online pct <= {t.max_pct}; online <= online_total",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select fact_id, article_id, province, period, early_pct, on_time_pct, late_pct, online_pct,"
                " 'dossier share outside 0..100 or online > online_total' as reason"
                " from {batch} where kind = 'dossier_stats' and ("
                f" early_pct < 0 or early_pct > {t.max_pct} or on_time_pct < 0 or on_time_pct > {t.max_pct}"
                f" or late_pct < 0 or late_pct > {t.max_pct} or online_pct < 0 or online_pct > {t.max_pct}"
                " or online > online_total)"
            ),
        ),
    ]
    return StageSuites(
        suites=[SuiteSpec(name="cchc.facts", asset="facts_run", key_columns=("fact_id",),
                          checks=checks, query=scope_query(ctx), source_column=None)],
        scope="all raw.facts (run unknown)" if ctx.window_start is None else
        "raw.facts extracted during the run or from the run's articles",
    )
