-- A sample administrative database for the reference policy, deterministic
-- and of any size: enterprises, their applications under each clause of
-- 成高管发〔2025〕4号 from 2025 to 2027, and the awards they already received
-- from national, provincial and municipal programmes.  Everything is fiction.
--
--   psql -v size=5000 -f demo/generate.sql        (size: application rows)
--
-- Set-based (generate_series and hashing, no loops), so the same script
-- builds the 10-million-row benchmark: there is one enterprise for every 50
-- application rows, and about one award from another level for every 10.
-- The values come from hashint8extended(row, salt), which is stable across
-- platforms: one size always gives the same data.
-- Needs the subsidy extension in the search_path; replaces schema demo.

\set ON_ERROR_STOP on
SET client_min_messages = warning;
\if :{?size}
\else
\set size 5000
\endif

DROP SCHEMA IF EXISTS demo CASCADE;
CREATE SCHEMA demo;

-- A number in [0, n) from row i and a salt.
CREATE FUNCTION demo.pick(i bigint, salt bigint, n bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $$ SELECT (pg_catalog.hashint8extended(i, salt) & 9223372036854775807) % n $$;

-- How often each clause is applied for, and the range of its measure: an
-- amount in yuan (lo..hi), or a count (units_lo..units_hi).
CREATE TABLE demo.clause_mix (
    code     text PRIMARY KEY,
    weight   int NOT NULL,
    lo       numeric,
    hi       numeric,
    units_lo int,
    units_hi int
);
INSERT INTO demo.clause_mix VALUES
('1.domestic',      10, 100000,   15000000, NULL, NULL),
('1.foreign',        6, 100000,   20000000, NULL, NULL),
('2',                1, 500000,    4000000, NULL, NULL),
('3',                2, 5000000, 150000000, NULL, NULL),
('4.general',        1, 20000000, 200000000, NULL, NULL),
('4.special',        3, 2000000,  15000000, NULL, NULL),
('5.generative',     2, NULL, NULL, 1, 1),
('5.synthesis',      2, NULL, NULL, 1, 1),
('6.1',              1, NULL, NULL, 1, 1),
('6.2',              1, 500000,    3000000, NULL, NULL),
('6.3',              2, NULL, NULL, 1, 3),
('7.1',              2, NULL, NULL, 5, 60),
('7.2',              1, 200000,    3000000, NULL, NULL),
('8.1',              2, NULL, NULL, 1, 1),
('8.2.small',        2, 1000000,  20000000, NULL, NULL),
('8.2.medium',       2, 5000000,  30000000, NULL, NULL),
('8.2.large',        1, 10000000, 60000000, NULL, NULL),
('8.2.pilot',        3, 500000,    5000000, NULL, NULL),
('8.3',              1, NULL, NULL, 1, 1),
('9.1.api',          8, 100000,   12000000, NULL, NULL),
('9.1.private',      4, 500000,   30000000, NULL, NULL),
('9.2.provincial',   1, NULL, NULL, 1, 1),
('9.2.municipal',    1, NULL, NULL, 1, 1),
('9.2.product',      3, NULL, NULL, 1, 1),
('10.1',             2, 500000,   30000000, NULL, NULL),
('10.2.robot',       2, 5000000,  40000000, NULL, NULL),
('10.2.humanoid',    1, 3000000,  25000000, NULL, NULL),
('11.1',             1, 1000000,  15000000, NULL, NULL),
('11.2.build',       1, 3000000,  20000000, NULL, NULL),
('11.2.operate',     1, 500000,    5000000, NULL, NULL),
('12.1',            12, 300000,    4000000, NULL, NULL),
('12.2.founder.1',   1, NULL, NULL, 1, 1),
('12.2.founder.2',   1, NULL, NULL, 1, 1),
('12.2.founder.3',   1, NULL, NULL, 1, 1),
('12.2.employee.1',  1, NULL, NULL, 1, 1),
('12.2.employee.2',  1, NULL, NULL, 1, 1),
('12.2.employee.3',  2, NULL, NULL, 1, 1),
('12.3',             4, NULL, NULL, 15, 60),
('13',               2, 200000,    8000000, NULL, NULL),
('14.1',             2, 5000000,  50000000, NULL, NULL),
('14.2',             1, 5000000,  80000000, NULL, NULL);

-- Each clause code repeated by its weight: a row's clause is one draw.
CREATE TABLE demo.clause_draw AS
SELECT array_agg(code ORDER BY code, n) AS codes
  FROM demo.clause_mix, generate_series(1, weight) AS n;

SELECT greatest(:size / 50, 10) AS enterprises \gset
CREATE TABLE demo.enterprise (
    id   int PRIMARY KEY,
    name text NOT NULL
);
INSERT INTO demo.enterprise
SELECT e,
       (ARRAY['蓉','锦','天府','芙蓉','银杏','熊猫','岷江','金沙','青城','望江','玉林','桂溪'])[1 + e % 12]
       || (ARRAY['智算','智能','机器人','视觉','语音','数据','芯','模型','云图','星河'])[1 + (e / 12) % 10]
       || (ARRAY['科技','信息技术','智能装备','数据服务','软件'])[1 + (e / 120) % 5]
       || CASE WHEN e >= 600 THEN (e / 600)::text ELSE '' END
       || '有限公司'
  FROM generate_series(0, :enterprises - 1) AS e;

-- One row per application.  decided: the day of the decision, from
-- 2025-01-01 to 2027-12-31 (those before 2025-04-28 fall outside the
-- policy's period and are turned down by the report).  rd_intensity and
-- parameters are the conditions of clauses 3 and 4.general.
CREATE TABLE demo.application (
    id           bigint PRIMARY KEY,
    enterprise   int NOT NULL,
    clause       text NOT NULL,
    decided      date NOT NULL,
    year         int NOT NULL,
    amount       cny,
    units        int,
    rd_intensity numeric(4,1),
    parameters   bigint
);
INSERT INTO demo.application
SELECT i, r.enterprise, m.code, r.decided, extract(year FROM r.decided)::int,
       CASE WHEN m.lo IS NOT NULL
            THEN cny_from_fen((m.lo * 100)::bigint
                              + demo.pick(i, 3, ((m.hi - m.lo) * 100)::bigint)) END,
       CASE WHEN m.units_lo IS NOT NULL
            THEN m.units_lo + demo.pick(i, 4, m.units_hi - m.units_lo + 1)::int END,
       CASE WHEN m.code = '3' THEN 10 + demo.pick(i, 5, 300) / 10.0 END,
       CASE WHEN m.code = '4.general' THEN 50000000000 + demo.pick(i, 6, 100) * 2000000000 END
  FROM demo.clause_draw d,
       generate_series(1, :size) AS i,
       LATERAL (SELECT demo.pick(i, 1, :enterprises)::int AS enterprise,
                       date '2025-01-01' + demo.pick(i, 2, 1095)::int AS decided,
                       d.codes[1 + demo.pick(i, 0, cardinality(d.codes))::int] AS code) AS r
  JOIN demo.clause_mix m ON m.code = r.code;

-- Awards already received from other levels: national, provincial and
-- municipal support of the kinds the district policy also pays.
CREATE TABLE demo.other_programme (
    n     int PRIMARY KEY,
    level text NOT NULL,
    kind  text NOT NULL,
    title text NOT NULL,
    lo    numeric NOT NULL,
    hi    numeric NOT NULL
);
INSERT INTO demo.other_programme VALUES
(0,  'provincial', 'compute',                 '省级算力券（示例）',             200000,  6000000),
(1,  'municipal',  'compute',                 '市级算力券（示例）',             100000,  3000000),
(2,  'national',   'key-tech-rd',             '国家重点研发计划配套（示例）',  1000000, 15000000),
(3,  'provincial', 'key-tech-rd',             '省级关键技术攻关（示例）',       500000,  8000000),
(4,  'municipal',  'special-model',           '市级模型奖励（示例）',           500000,  3000000),
(5,  'provincial', 'chain-leader',            '省级产业链主（示例）',          2000000,  2000000),
(6,  'municipal',  'chain-leader',            '市级产业链主（示例）',          1000000,  1000000),
(7,  'municipal',  'high-paid-talent',        '市级人才补贴（示例）',            20000,   250000),
(8,  'provincial', 'first-of-kind-robot',     '省级首台套（示例）',             100000,  1000000),
(9,  'national',   'robot-industrialisation', '国家产业化专项（示例）',        1000000,  8000000),
(10, 'provincial', 'benchmark-scenario',      '省级应用场景（示例）',          1000000, 10000000),
(11, 'municipal',  'model-application',       '市级大模型应用（示例）',         200000,  4000000),
(12, 'municipal',  'industry-event',          '市级产业活动（示例）',           100000,  2000000),
(13, 'provincial', 'equity-financing',        '省级股权融资奖励（示例）',       200000,  2000000),
(14, 'national',   'public-service-platform', '国家公共服务平台（示例）',       500000,  3000000);

CREATE TABLE demo.received (
    id         bigint PRIMARY KEY,
    enterprise int NOT NULL,
    year       int NOT NULL,
    level      text NOT NULL,
    kind       text NOT NULL,
    programme  text NOT NULL,
    amount     cny NOT NULL
);
INSERT INTO demo.received
SELECT i, demo.pick(i, 11, :enterprises)::int,
       2025 + demo.pick(i, 12, 3)::int, o.level, o.kind, o.title,
       cny_from_fen((o.lo * 100)::bigint
                    + demo.pick(i, 13, ((o.hi - o.lo) * 100)::bigint + 1) / 10000 * 10000)
  FROM generate_series(1, greatest(:size / 10, 1)) AS i
  JOIN demo.other_programme o ON o.n = demo.pick(i, 10, 15);

CREATE INDEX ON demo.application (enterprise, year);
CREATE INDEX ON demo.received (enterprise, year);
ANALYZE demo.enterprise, demo.application, demo.received;
