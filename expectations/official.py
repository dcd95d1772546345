"""Official rankings suite: the national tables claims are checked against must be sound.

Validated as a whole table (a reference layer, reloaded rarely): one row per province per
ranking table, ranks 1..N with ties allowed, scores within the index's scale, ranks that
agree with scores.
"""
from __future__ import annotations

from expectations import StageContext, StageSuites, SuiteSpec

# One ranking table: a document's table for one index, year and component.
TABLE = ("document_url", "index_code", "year", "coalesce(component, '')")


def build(ctx: StageContext) -> StageSuites:
    t = ctx.t
    ref = ctx.reference
    table = ", ".join(TABLE)
    max_rank = ctx.max_rank_of_sql("year")
    checks = [
        ctx.check(
            "official.has_rows", "Official rankings are loaded.", ">= 1 row",
            "ExpectTableRowCountToBeBetween", min_value=1, quarantine=False,
        ),
        ctx.check(
            "official.one_row_per_province",
            "Each ranking table (document, index, year, component) has one row per province.",
            "0 duplicate (document_url, index_code, year, component, province)",
            "UnexpectedRowsExpectation", key_columns=("ranking_ids",),
            unexpected_rows_query=(
                f"select {table} as ranking_table, province, count(*) as rows_,"
                " string_agg(ranking_id, ',' order by ranking_id) as ranking_ids,"
                " 'province listed more than once in the same ranking table' as reason"
                f" from {{batch}} group by {table}, province having count(*) > 1"
            ),
        ),
        ctx.check(
            "official.raw_sha256_is_hex",
            "Every row carries the sha256 of the document it was read from.",
            "raw_sha256 ~ ^[0-9a-f]{64}$", "ExpectColumnValuesToMatchRegex",
            column="raw_sha256", regex="^[0-9a-f]{64}$",
        ),
        ctx.check(
            "official.score_within_index_scale", "Scores lie within their index's scale.",
            "scale_min <= score <= scale_max (ref_indices)", "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select b.ranking_id, b.index_code, b.year, b.province, b.score,"
                " 'score ' || b.score || ' outside the ' || b.index_code || ' scale ['"
                " || r.scale_min || ', ' || r.scale_max || ']' as reason"
                f" from {{batch}} b left join {ctx.index_scales_values()} as r(index_code, scale_min, scale_max)"
                " on r.index_code = b.index_code"
                " where r.index_code is null or b.score < r.scale_min or b.score > r.scale_max"
            ),
        ),
        ctx.check(
            "official.rank_between_1_and_n",
            "Ranks run from 1 to N (N = rank_of, else the table's row count; ties allowed), "
            f"N <= {t.provinces_before_reform} ({t.provinces_from_reform} from {t.reform_year}).",
            f"1 <= rank <= N <= {t.provinces_before_reform} ({t.provinces_from_reform} from {t.reform_year})",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select ranking_id, index_code, year, province, rank, rank_of, n,"
                " 'rank ' || coalesce(rank::text, '-') || ' outside 1..' || n as reason"
                " from (select ranking_id, index_code, year, province, rank, rank_of,"
                f"  coalesce(rank_of, count(*) over (partition by {table}))::int as n"
                " from {batch}) as ranked"
                f" where rank < 1 or rank > n or n > {max_rank}"
            ),
        ),
        ctx.check(
            "official.province_in_reference",
            "The province is a canonical province (pre-2025 list or 2025 units).",
            "province in ref_provinces ∪ ref_units_2025", "ExpectColumnValuesToBeInSet",
            column="province", value_set=ref.all_places,
        ),
        ctx.check(
            "official.ranks_consistent_with_scores",
            "Within a ranking table, a higher score never has a worse rank (ties allowed).",
            "no pair with score_a > score_b and rank_a > rank_b",
            "UnexpectedRowsExpectation",
            unexpected_rows_query=(
                "select a.ranking_id, a.index_code, a.year, a.province, a.score, a.rank,"
                " min(b.rank) as better_rank_with_lower_score,"
                " 'rank ' || a.rank || ' with score ' || a.score"
                " || ' is worse than rank ' || min(b.rank) || ' with a lower score' as reason"
                " from {batch} a join {batch} b"
                " on a.document_url = b.document_url and a.index_code = b.index_code and a.year = b.year"
                " and coalesce(a.component, '') = coalesce(b.component, '')"
                " where a.score > b.score and a.rank > b.rank"
                " group by a.ranking_id, a.index_code, a.year, a.province, a.score, a.rank"
            ),
        ),
    ]
    return StageSuites(
        suites=[SuiteSpec(name="cchc.official", asset="official_rankings", key_columns=("ranking_id",),
                          checks=checks, schema="raw", table="official_rankings", source_column=None)],
        scope="all raw.official_rankings (a reference layer)",
    )
