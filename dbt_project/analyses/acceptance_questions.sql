-- The questions the marts must answer with plain SQL (issue 5 acceptance). `dbt compile`
-- renders this file; run the statements directly against the warehouse.

-- PAR Index rank by year for Long An
select year, par_index_score, par_index_rank, par_index_rank_change, par_index_value_source
from {{ ref('mart_province_scorecard') }}
where province = 'Long An'
order by year;

-- Which old provinces form today's Tây Ninh
select province
from {{ ref('dim_province') }}
where unit_2025 = 'Tây Ninh'
order by province;

-- Claims that differ from the official tables
select province, index_code, year, component, claimed_score, official_score, claimed_rank, official_rank, claim_url
from {{ ref('fct_claim_checks') }}
where status = 'differs'
order by province, index_code, year;
