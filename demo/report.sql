-- The reports an agency runs on the sample database of demo/generate.sql,
-- reading every rule from the catalog of 成高管发〔2025〕4号.
--
--   psql -f demo/report.sql
--
-- The steps, each a view the next one reads:
--   eligible every application in the policy's period that meets its
--            conditions, with what its schedule gives it (earns);
--   line     every application the district pays under, with its award:
--            within the yearly quotas (taken in order of decision: the
--            policy selects on merit, which the sample data does not
--            record), once only where the policy says so (仅享受一次: the
--            first application that earns something), and paying only the
--            difference when a higher tier is reached later;
--   support  line together with the awards received from other levels;
--   kind_year per enterprise, year and kind: the district's amount under
--            its yearly limits, the best other level, and what the district
--            owes on top (就高补差);
--   payable  kind_year cut to each programme's yearly budget (pro rata);
--   paid     payable spread over the years of its instalments;
--   enterprise_year what each enterprise gets in a year from all levels, what
--            the other levels' awards count for, what the budgets cut and
--            what the district pays: granted - other - budget cut = paid.

\set ON_ERROR_STOP on
\pset null '·'

-- Amounts are exact to the fen throughout; for reading, the reports show
-- them in 万元 with two decimals (rounded to the 百元, half away from zero),
-- as numbers, so that psql aligns a column on its right and it scans.  Each
-- figure is rounded on its own, so a sum shown may differ from its parts
-- shown by 0.01.
CREATE FUNCTION pg_temp.wan(amount cny) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT (round(amount, '100')::numeric / 10000)::numeric(18, 2) $$;

CREATE TEMP VIEW eligible AS
SELECT a.*, c.kind, c.limit_group, c.annual_limit, c.rule, c.pays_difference,
       c.once_only, c.programme, g.annual_quota,
       coalesce(g.part_of, g.code) AS budget_programme,
       coalesce(award_for(c.rule, a.amount), award_for(c.rule, a.units::numeric)) AS earns
  FROM demo.application a
  JOIN clause c ON c.code = a.clause
  JOIN policy p ON p.id = c.policy_id
  LEFT JOIN programme g ON g.code = c.programme
 WHERE p.effective @> a.decided                                -- 十五
   AND (a.clause <> '3' OR a.rd_intensity >= 20)                -- 达 20% 以上
   AND (a.clause <> '4.general' OR a.parameters > 100000000000) -- 超过千亿
   AND NOT (a.clause = '14.1' AND EXISTS (                      -- 享受过类似政策补贴的不再享受
            SELECT FROM demo.received r
             WHERE r.enterprise = a.enterprise AND r.kind = c.kind
               AND r.year <= a.year));

-- A once-only award is enjoyed once: an application below the clause's
-- threshold (a financing round under 1000万) earns nothing and does not use
-- it up, so the first application that earns something is the one kept;
-- when none does, the first.
CREATE TEMP TABLE line AS
WITH chosen AS (
    SELECT e.*,
           row_number() OVER (PARTITION BY enterprise, clause
                              ORDER BY granted(earns) = 0, decided, id) AS nth,
           row_number() OVER (PARTITION BY programme, year
                              ORDER BY decided, id) AS selected_as
      FROM eligible e
)
SELECT id, enterprise, year, clause, kind, limit_group, annual_limit, budget_programme,
       CASE WHEN pays_difference    -- 进档差额
            THEN tier_increment(rule, coalesce(amount::numeric, units))
                     OVER (PARTITION BY enterprise, clause ORDER BY year, decided, id)
                     ::award  -- nothing cut
            ELSE earns
       END AS award
  FROM chosen
 WHERE (NOT once_only OR nth = 1)
   AND (annual_quota IS NULL OR selected_as <= annual_quota);

-- An amount from elsewhere is an award with nothing cut: award(cny) gives
-- '5000000.00 of 5000000.00' for 500万.
CREATE TEMP VIEW support AS
SELECT enterprise, year, 'district' AS level, kind, limit_group, annual_limit, award
  FROM line
UNION ALL
SELECT enterprise, year, level, kind, NULL, NULL, amount::award
  FROM demo.received;

CREATE TEMP TABLE kind_year AS
WITH grp AS (
    SELECT enterprise, year, kind, limit_group,
           granted(cap_sum(award, annual_limit)) AS amount
      FROM line
     GROUP BY enterprise, year, kind, limit_group
), best_other AS (
    SELECT DISTINCT ON (enterprise, year, kind) enterprise, year, kind, level, amount
      FROM demo.received
     ORDER BY enterprise, year, kind, amount DESC, level
)
SELECT d.enterprise, d.year, d.kind, d.district, o.level AS other_level, o.amount AS other,
       d.owed
  FROM (SELECT enterprise, year, kind, max(amount) FILTER (WHERE payer) AS district,
               top_up_per_kind(kind, amount, payer) AS owed
          FROM (SELECT enterprise, year, kind, amount, true AS payer FROM grp
                UNION ALL
                SELECT enterprise, year, kind, amount, false FROM demo.received) AS s
         GROUP BY enterprise, year, kind) AS d
  LEFT JOIN best_other o USING (enterprise, year, kind)
 WHERE d.district IS NOT NULL;

CREATE TEMP TABLE payable AS
SELECT k.*, b.code AS programme, b.annual_budget,
       CASE WHEN b.annual_budget IS NULL THEN k.owed
            ELSE pro_rata(k.owed, b.annual_budget)
                     OVER (PARTITION BY b.code, k.year ORDER BY k.enterprise)
       END AS paid
  FROM kind_year k
  LEFT JOIN (SELECT DISTINCT c.kind, coalesce(g.part_of, g.code) AS code
               FROM clause c JOIN programme g ON g.code = c.programme) AS kp USING (kind)
  LEFT JOIN programme b ON b.code = kp.code;

CREATE TEMP VIEW paid AS
SELECT p.enterprise, p.year AS award_year, p.kind, i.year, i.amount
  FROM payable p
  LEFT JOIN (SELECT DISTINCT kind, installment_shares FROM clause
              WHERE installment_shares IS NOT NULL) s USING (kind),
       LATERAL installments(p.paid, coalesce(s.installment_shares, '{100}'), p.year) AS i;

-- Per kind the district owes what its amount exceeds the best other
-- level's (就高补差), so over an enterprise-year the district's share of
-- granted is granted less the other levels' best amount per kind
-- (highest_per_kind: several awards of one kind count once), and it pays
-- that less what the budgets cut.
CREATE TEMP VIEW enterprise_year AS
SELECT t.enterprise, t.year, t.awards, t.total, coalesce(r.other, '0') AS other,
       p.owed - p.paid AS budget_cut, p.paid
  FROM (SELECT enterprise, year,
               count(*) FILTER (WHERE level = 'district' AND granted(award) > 0) AS awards,
               annual_total(kind, limit_group, award, annual_limit) AS total
          FROM support GROUP BY enterprise, year) AS t
  JOIN (SELECT enterprise, year, sum(owed) AS owed, sum(paid) AS paid
          FROM payable GROUP BY enterprise, year) AS p USING (enterprise, year)
  LEFT JOIN (SELECT enterprise, year, highest_per_kind(kind, amount) AS other
               FROM demo.received GROUP BY enterprise, year) AS r USING (enterprise, year);

\echo
\echo '成高管发〔2025〕4号 on the sample database'
SELECT (SELECT count(*) FROM demo.enterprise) AS enterprises,
       (SELECT count(*) FROM demo.application) AS applications,
       (SELECT count(*) FROM line WHERE granted(award) > 0) AS "district awards",
       (SELECT count(*) FROM line WHERE granted(award) = 0) AS "eligible, earning nothing",
       (SELECT count(*) FROM demo.received) AS "awards from other levels";

\echo '1. The ten largest enterprise-years: what all levels grant together (annual_total) and what the district pays, 万元'
\echo '   granted - other levels (their best award of each kind) - budget cut = district pays, each figure rounded on its own'
SELECT e.name AS enterprise, y.year, y.awards AS "district awards",
       pg_temp.wan(claimed(y.total)) AS claimed, pg_temp.wan(cut(y.total)) AS cut,
       pg_temp.wan(granted(y.total)) AS granted, pg_temp.wan(y.other) AS "other levels",
       pg_temp.wan(y.budget_cut) AS "budget cut", pg_temp.wan(y.paid) AS "district pays"
  FROM enterprise_year y
  JOIN demo.enterprise e ON e.id = y.enterprise
 ORDER BY granted(y.total) DESC, e.id, y.year
 LIMIT 10;

\echo '2. What the ceilings and 取高不重复 cut, all enterprises and years, 万元'
WITH per_group AS (
    SELECT enterprise, year, kind, limit_group,
           sum(granted(award)) AS before_limit,
           granted(cap_sum(award, annual_limit)) AS after_limit,
           sum(cut(award)) AS cut_by_caps
      FROM support GROUP BY enterprise, year, kind, limit_group
), per_year AS (
    SELECT enterprise, year, annual_total(kind, limit_group, award, annual_limit) AS total
      FROM support GROUP BY enterprise, year
)
SELECT step, pg_temp.wan(amount) AS "万元" FROM (
    SELECT 1, 'claimed under the rules' , (SELECT sum(claimed(total)) FROM per_year)
    UNION ALL
    SELECT 2, '− clause caps (最高 X)', (SELECT sum(cut_by_caps) FROM per_group)
    UNION ALL
    SELECT 3, '− yearly limits per enterprise (每年最高)',
           (SELECT sum(before_limit - after_limit) FROM per_group)
    UNION ALL
    SELECT 4, '− 取高不重复 (one kind, the highest)',
           (SELECT sum(after_limit) FROM per_group) - (SELECT sum(granted(total)) FROM per_year)
    UNION ALL
    SELECT 5, '= granted, all levels', (SELECT sum(granted(total)) FROM per_year)
) AS s(n, step, amount) ORDER BY n;

\echo '3. Where several levels support one kind, which level is highest, and what the district tops up (就高补差), 万元'
SELECT kind, count(*) AS contested,
       count(*) FILTER (WHERE district > other) AS district,
       count(*) FILTER (WHERE other > district AND other_level = 'national') AS national,
       count(*) FILTER (WHERE other > district AND other_level = 'provincial') AS provincial,
       count(*) FILTER (WHERE other > district AND other_level = 'municipal') AS municipal,
       count(*) FILTER (WHERE other = district) AS tie,
       pg_temp.wan(sum(owed)) AS "district tops up"
  FROM kind_year
 WHERE other IS NOT NULL
 GROUP BY kind ORDER BY count(*) DESC, kind;

\echo '4. Each programme against its yearly budget (总额控制), pro rata where oversubscribed, 万元'
\echo '   enterprises: those the district owes something under the programme, each counted once'
SELECT b.code AS programme, y.year, pg_temp.wan(b.annual_budget) AS budget,
       coalesce(d.enterprises, 0) AS enterprises,
       pg_temp.wan(coalesce(d.owed, '0')) AS demand, pg_temp.wan(coalesce(d.paid, '0')) AS paid,
       CASE WHEN d.owed > b.annual_budget THEN 'pro rata' ELSE 'in full' END AS how,
       d.paid = least(d.owed, b.annual_budget) AS exact
  FROM programme b
  CROSS JOIN (VALUES (2025), (2026), (2027)) AS y(year)
  LEFT JOIN (SELECT programme, year, count(DISTINCT enterprise) FILTER (WHERE owed > 0) AS enterprises,
                    sum(owed) AS owed, sum(paid) AS paid
               FROM payable GROUP BY programme, year) AS d
         ON d.programme = b.code AND d.year = y.year
 WHERE b.annual_budget IS NOT NULL
 ORDER BY b.code, y.year;

\echo '   and the yearly quotas: applications approved against the number allowed'
SELECT g.code AS programme, a.year, count(*) AS approved, g.annual_quota AS quota,
       least(count(*), g.annual_quota) AS selected
  FROM demo.application a
  JOIN clause c ON c.code = a.clause
  JOIN programme g ON g.code = c.programme
  JOIN policy p ON p.id = c.policy_id
 WHERE g.annual_quota IS NOT NULL AND p.effective @> a.decided
 GROUP BY g.code, g.annual_quota, a.year
 ORDER BY g.code, a.year;

\echo '5. What the district pays by calendar year, after instalments (分三年按 40%、30%、30%), 万元'
SELECT year AS paid_in,
       pg_temp.wan(coalesce(sum(amount) FILTER (WHERE award_year = 2025), '0')) AS "awards of 2025",
       pg_temp.wan(coalesce(sum(amount) FILTER (WHERE award_year = 2026), '0')) AS "of 2026",
       pg_temp.wan(coalesce(sum(amount) FILTER (WHERE award_year = 2027), '0')) AS "of 2027",
       pg_temp.wan(sum(amount)) AS total
  FROM paid GROUP BY year ORDER BY year;
