--
-- tiers literals: the six forms of issue 3 read exactly as written and
-- write back unchanged; other spellings with their canonical text (the want
-- column, written by hand); equality, hashing, binary round trip; every
-- rejected literal with its error and position.
--

-- The literals of the issue are their own canonical form.
SELECT t::tiers AS canonical,
       t::tiers::text = t AS unchanged,
       t::tiers::text::tiers = t::tiers AS reads_back
FROM (VALUES
    ('fixed: 50万'),
    ('step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万'),
    ('step: >50万 -> 2万, >80万 -> 5万, >150万 -> 10万, >300万 -> 25万'),
    ('rate: 50%; cap 500万'),
    ('rate: >=1000万 -> 20%; cap 500万'),
    ('marginal: >=0 -> 50%, >=100万 -> 40%, >=500万 -> 30%; cap 500万')
) AS v(t);

-- Other spellings; want is the canonical text expected.
SELECT given, given::tiers AS got, want, given::tiers::text = want AS ok,
       want::tiers = given::tiers AS reads_back
FROM (VALUES
    ('step: ≥10 → 5万, ≥30 -> 10万', 'step: >=10 -> 5万, >=30 -> 10万'),
    ('rate: >=0 -> 50%', 'rate: 50%'),
    ('rate: >0 -> 50%', 'rate: >0 -> 50%'),
    ('marginal: 30%', 'marginal: 30%'),
    ('  rate :  12.5000 %  ;  cap  900万  ', 'rate: 12.5%; cap 900万'),
    ('rate: 50%; 最高500万', 'rate: 50%; cap 500万'),
    ('rate: 50%; cap: 500万', 'rate: 50%; cap 500万'),
    ('rate: 50％', 'rate: 50%'),
    ('step: >1,000,000 -> 1,000.50, >2000000 -> 50000', 'step: >100万 -> 1000.5, >200万 -> 5万'),
    ('step: >=10 -> 5万; cap 0', 'step: >=10 -> 5万; cap 0'),
    ('fixed: 0', 'fixed: 0'),
    ('fixed: 0.01', 'fixed: 0.01'),
    ('fixed: 9999.99', 'fixed: 9999.99'),
    ('fixed: 10000', 'fixed: 1万'),
    ('fixed: 500000.01', 'fixed: 50.000001万'),
    ('fixed: 五十万元', 'fixed: 50万'),
    ('rate: >=一千万 -> 20%; cap 伍佰万元整', 'rate: >=1000万 -> 20%; cap 500万'),
    ('step: >=１０ -> ５万, >=30 -> 1.5万元', 'step: >=10 -> 5万, >=30 -> 1.5万'),
    ('fixed: 12345678901.23', 'fixed: 123.4567890123亿'),
    ('fixed: 92233720368547758.07', 'fixed: 922337203.6854775807亿'),
    ('rate: 0%', 'rate: 0%'),
    ('rate: 0.0001%', 'rate: 0.0001%'),
    ('rate: 100%', 'rate: 100%'),
    ('rate: 100.0000%', 'rate: 100%'),
    ('marginal: >100万 -> 10%, >=200万 -> 20.25%', 'marginal: >100万 -> 10%, >=200万 -> 20.25%')
) AS v(given, want);

-- What a Chinese input method types reads as its ASCII counterpart:
-- full-width bounds, arrows and punctuation, ≧, full-width digits and
-- point in rates, the blanks U+3000 and U+00A0, keywords in any case, and
-- the policy's ceiling words 最高, 不超过, 不高于, 上限 for cap.
SELECT given, given::tiers AS got, want, given::tiers::text = want AS ok
FROM (VALUES
    ('step: ＞＝10 -> 5万', 'step: >=10 -> 5万'),
    ('step: ＞10 -> 5万', 'step: >10 -> 5万'),
    ('step: ≧10 -> 5万', 'step: >=10 -> 5万'),
    ('step: >＝10 －＞ 5万, ＞=30 -＞ 10万', 'step: >=10 -> 5万, >=30 -> 10万'),
    ('step：>=10 -> 5万', 'step: >=10 -> 5万'),
    ('step: >=10 -> 5万，>=30 -> 10万', 'step: >=10 -> 5万, >=30 -> 10万'),
    ('step: >=1,000 -> 5万，>=2,000 -> 6万', 'step: >=1000 -> 5万, >=2000 -> 6万'),
    ('step: >=30 -> 25万；cap 200万', 'step: >=30 -> 25万; cap 200万'),
    ('rate: １２.５％', 'rate: 12.5%'),
    ('rate: １２．５ ％', 'rate: 12.5%'),
    ('rate: ＞＝１０００万 －＞ ２０％', 'rate: >=1000万 -> 20%'),
    ('step:　>=10　->　5万　', 'step: >=10 -> 5万'),                  -- U+3000
    (E'step:\u00a0>=10\u00a0->\u00a05万;\u00a0cap\u00a01万', 'step: >=10 -> 5万; cap 1万'),
    ('STEP: >=10 -> 5万; CAP 1万', 'step: >=10 -> 5万; cap 1万'),
    ('Rate: 50%; Cap: 500万', 'rate: 50%; cap 500万'),
    ('rate: 50%; 不超过 500万', 'rate: 50%; cap 500万'),
    ('rate: 50%; 不高于500万元', 'rate: 50%; cap 500万'),
    ('rate: 50%; 上限：500万', 'rate: 50%; cap 500万'),
    ('marginal：＞＝0 → 50％，≧100万 －＞ 40％；最高 500万', 'marginal: >=0 -> 50%, >=100万 -> 40%; cap 500万'),
    ('step：＞＝１０ －＞ ５万，＞＝３０ －＞ １０万；上限 １２万', 'step: >=10 -> 5万, >=30 -> 10万; cap 12万')
) AS v(given, want);

-- Equality compares schedules, not spellings; hash opclass for GROUP BY.
SELECT 'rate: 50%'::tiers = 'rate: >=0 -> 50%'::tiers AS same,
       'rate: 50%'::tiers <> 'marginal: 50%'::tiers AS kind_differs,
       'step: >=10 -> 5万'::tiers = 'step: >10 -> 5万'::tiers AS bound_differs,
       'rate: 50%'::tiers = 'rate: 50%; cap 500万'::tiers AS cap_differs;
SET enable_sort = off;
SELECT t, count(*) FROM (VALUES ('rate: 50%'::tiers), ('rate: >=0 -> 50%'), ('rate: 50.00%'),
       ('fixed: 5万'), ('fixed: 50000')) AS v(t) GROUP BY t ORDER BY count(*);
RESET enable_sort;
SELECT amvalidate(oid) FROM pg_opclass WHERE opcname = 'tiers_hash_ops';

-- Binary COPY round trip.
CREATE TEMP TABLE tiers_copy (id int, t tiers);
INSERT INTO tiers_copy VALUES
    (1, 'fixed: 50万'),
    (2, 'step: >50万 -> 2万, >80万 -> 5万, >150万 -> 10万, >300万 -> 25万'),
    (3, 'marginal: >=0 -> 50%, >=100万 -> 40%, >=500万 -> 30%; cap 500万'),
    (4, 'rate: >=1000万 -> 0.0001%; cap 0.01');
\copy tiers_copy TO 'results/tiers.bin' WITH (FORMAT binary)
CREATE TEMP TABLE tiers_copy2 (LIKE tiers_copy);
\copy tiers_copy2 FROM 'results/tiers.bin' WITH (FORMAT binary)
SELECT a.id, a.t = b.t AS same, b.t FROM tiers_copy a JOIN tiers_copy2 b USING (id) ORDER BY id;

-- Rejected: 22P02 with the character where the problem is.
\set VERBOSITY default
SELECT ''::tiers;
SELECT 'bogus: 5'::tiers;
SELECT 'step >=10 -> 5万'::tiers;
SELECT 'step:'::tiers;
SELECT 'rate: ; cap 5万'::tiers;
SELECT 'step: >=30 -> 10万, >=10 -> 5万'::tiers;
SELECT 'step: >=10 -> 10万, >10 -> 5万'::tiers;
SELECT 'marginal: >=0 -> 50%, >=0 -> 40%'::tiers;
SELECT 'rate: -5%'::tiers;
SELECT 'rate: >=10 -> -5%'::tiers;
SELECT 'fixed: -5'::tiers;
SELECT 'step: >=-5 -> 1万'::tiers;
SELECT 'step: >=5 -> -1万'::tiers;
SELECT 'rate: 50%; cap -1'::tiers;
SELECT 'rate: 50%; cap 500万; cap 600万'::tiers;
SELECT 'rate: 50%; cap 500万; 最高 600万'::tiers;
SELECT 'step: 10 -> 5万'::tiers;
SELECT 'step: >=10 5万'::tiers;
SELECT 'step: >=10 -> 5万,'::tiers;
SELECT 'step: >=10 -> 5万, 30 -> 10万'::tiers;
SELECT 'rate: 5'::tiers;
SELECT 'rate: 12.34567%'::tiers;
SELECT 'rate: 12.%'::tiers;
SELECT 'rate: 100.0001%'::tiers;
SELECT 'rate: 101%'::tiers;
SELECT 'rate: 50%, >=10 -> 20%'::tiers;
SELECT 'rate: 20%; limit 5万'::tiers;
SELECT 'rate: 20%; cap5万'::tiers;
SELECT 'fixed: 50万 junk'::tiers;
SELECT 'rate: 50%; cap 500万 junk'::tiers;
SELECT 'step: >=10 -> 5万 5万'::tiers;
SELECT 'rate: 50% junk'::tiers;
SELECT 'rate: 50%%'::tiers;
SELECT 'rate: １２.５'::tiers;
SELECT 'rate: －5%'::tiers;
-- A rate where an amount belongs.
SELECT 'step: >=10 -> 5%'::tiers;
SELECT 'fixed: 50％'::tiers;
SELECT 'rate: >=50% -> 10%'::tiers;
SELECT 'rate: 50%; cap 10%'::tiers;
-- >= is one token; cap is a word.
SELECT 'step: > = 10 -> 5万'::tiers;
SELECT 'step: ＞ ＝10 -> 5万'::tiers;
SELECT 'rate: 50%; capital 5万'::tiers;
SELECT 'step: >=10 -> 5万 ; cap 1万 extra'::tiers;
SELECT 'fixed: 0.001'::tiers;
SELECT 'fixed: abc'::tiers;
-- An ambiguous amount's detail names the amount as written: "wan 25", not
-- one of the shorter prefixes tried to find where the error is.
SELECT 'fixed: 1万25'::tiers;
SELECT 'step: >=一万五 -> 5万'::tiers;
SELECT 'step: >=10 -> 5万, >=30 -> 10万, >=50 -> 25万, >=70 -> 30万; cap 一百万 元 元'::tiers;
-- A long literal is echoed cut at 64 characters.
SELECT ('step: ' || string_agg('>=' || i || ' -> ' || i || '万', ', ' ORDER BY i) || ', >=1 -> 1')::tiers
FROM generate_series(1, 20) AS i;
-- At most 64 brackets.
SELECT length(('step: ' || string_agg('>=' || i || ' -> 1', ', ' ORDER BY i))::tiers::text) > 0 AS ok64
FROM generate_series(1, 64) AS i;
SELECT ('step: ' || string_agg('>=' || i || ' -> 1', ', ' ORDER BY i))::tiers
FROM generate_series(1, 65) AS i;
-- Out of range: 22003.
SELECT 'fixed: 99999999999999999999'::tiers;
