--
-- award: text form "granted of claimed", accessors, the cast to cny, +,
-- sum (also in a forced-parallel plan), ordering, binary round trip, and
-- rejected input.  Wanted values are written by hand.
--

SELECT given, given::award AS got, want, given::award::text = want AS ok,
       want::award = given::award AS reads_back
FROM (VALUES
    ('9000000.00 of 15000000.00', '9000000.00 of 15000000.00'),
    ('900万 of 1500万元', '9000000.00 of 15000000.00'),
    ('  900万   of 1500万 ', '9000000.00 of 15000000.00'),
    ('500万', '5000000.00 of 5000000.00'),
    ('0', '0.00 of 0.00'),
    ('0 of 0.01', '0.00 of 0.01'),
    ('1,234.5 of 2,000', '1234.50 of 2000.00'),
    ('92233720368547758.07', '92233720368547758.07 of 92233720368547758.07')
) AS v(given, want);

SELECT granted(a), claimed(a), cut(a), a::cny AS as_cny
FROM (VALUES ('900万 of 1500万'::award), ('5 of 5'), ('0 of 0.01')) AS v(a);

-- The cast to cny is for assignment: storing keeps what was granted ...
CREATE TEMP TABLE paid (amount cny);
INSERT INTO paid SELECT award_for('rate: 30%; cap 900万', '50000000'::cny);
SELECT amount, amount = '9000000'::cny AS ok FROM paid;
-- ... but an expression does not drop the claimed part silently.
SELECT '5 of 6'::award = '5'::cny;

-- From cny: award(amount) and the cast cut nothing; award(granted, claimed).
SELECT award('500万'::cny) AS one, '0.01'::cny::award AS cast,
       award('900万', '1500万') AS parts, '9000000.00 of 15000000.00' AS want_parts;
CREATE TEMP TABLE given (a award);
INSERT INTO given SELECT '300万'::cny;
SELECT a, a = '3000000.00 of 3000000.00'::award AS ok FROM given;
SELECT award('-0.01'::cny);
SELECT award('1500万', '900万');
SELECT award('-1', '5');

-- + and sum add granted to granted and claimed to claimed; NULLs ignored.
SELECT '900万 of 1500万'::award + '5 of 6'::award AS plus,
       '9000005.00 of 15000006.00' AS want;
SELECT sum(a) AS got, '9000005.00 of 15000006.00' AS want
FROM (VALUES ('900万 of 1500万'::award), (NULL), ('5 of 6')) AS v(a);
SELECT sum(a) IS NULL AS empty_is_null FROM (SELECT '1'::award AS a WHERE false) AS v;
-- As a window aggregate over a moving frame (the state is added in place).
SELECT i, sum(a) OVER (ORDER BY i ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS got, want
FROM (VALUES (1, '5 of 6'::award, '5.00 of 6.00'), (2, '1 of 2', '6.00 of 8.00'),
             (3, '3 of 3', '4.00 of 5.00')) AS v(i, a, want)
ORDER BY i;
\set VERBOSITY default
SELECT '92233720368547758.07'::award + '0.01'::award;

-- sum in a forced-parallel plan equals the serial one and the hand value:
-- i = 1 .. 100000 yuan at 50% capped at 100: claimed 0.5 x 5000050000 =
-- 2500025000.00; granted 0.5 x (1 + ... + 200) = 10050 plus 100 x 99800.
CREATE TABLE award_rows AS
    SELECT award_for('rate: 50%; cap 100', i) AS a FROM generate_series(1, 100000) AS i;
ANALYZE award_rows;
SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
EXPLAIN (COSTS OFF) SELECT sum(a) FROM award_rows;
SELECT sum(a) AS got, '9990050.00 of 2500025000.00' AS want FROM award_rows;
RESET max_parallel_workers_per_gather;
SET max_parallel_workers_per_gather = 0;
SELECT sum(a) AS serial FROM award_rows;
RESET ALL;
DROP TABLE award_rows;

-- Ordering: by granted, then claimed; btree and hash opclasses.
SELECT a FROM (VALUES ('5 of 9'::award), ('6 of 6'), ('5 of 5'), ('0 of 7')) AS v(a) ORDER BY a;
SELECT '5 of 6'::award = '5 of 6'::award AS eq, '5 of 6'::award <> '5 of 7'::award AS ne,
       '5 of 9'::award < '6 of 6'::award AS lt, '5 of 6'::award <= '5 of 6'::award AS le;
SELECT opcname, amvalidate(oid) FROM pg_opclass WHERE opcname IN ('award_btree_ops', 'award_hash_ops') ORDER BY 1;
SET enable_sort = off;
SELECT a, count(*) FROM (VALUES ('5 of 6'::award), ('5 of 6'), ('5 of 7')) AS v(a) GROUP BY a ORDER BY count(*);
RESET enable_sort;

-- Binary COPY round trip.
CREATE TEMP TABLE award_copy (id int, a award);
INSERT INTO award_copy VALUES (1, '900万 of 1500万'), (2, '0'), (3, '92233720368547758.07');
\copy award_copy TO 'results/award.bin' WITH (FORMAT binary)
CREATE TEMP TABLE award_copy2 (LIKE award_copy);
\copy award_copy2 FROM 'results/award.bin' WITH (FORMAT binary)
SELECT id, a.a = b.a AS same, b.a FROM award_copy a JOIN award_copy2 b USING (id) ORDER BY id;

-- Binary input is checked as text input is: a 16-byte value with granted
-- 1000.00 > claimed 500.00, and a tiers value whose thresholds descend
-- (step, no cap, 2 brackets: >=30 -> 1.00, >=10 -> 2.00), written through
-- a bytea column, whose binary form is its raw bytes.
CREATE TEMP TABLE raw (b bytea);
INSERT INTO raw VALUES ('\x00000000000186a0000000000000c350');
\copy raw TO 'results/bad_award.bin' WITH (FORMAT binary)
\copy award_copy2 (a) FROM 'results/bad_award.bin' WITH (FORMAT binary)
TRUNCATE raw;
INSERT INTO raw VALUES ('\x020000020000000000000000010000000000000bb800000000000000640100000000000003e800000000000000c8');
\copy raw TO 'results/bad_tiers.bin' WITH (FORMAT binary)
CREATE TEMP TABLE tiers_in (t tiers);
\copy tiers_in FROM 'results/bad_tiers.bin' WITH (FORMAT binary)

-- Rejected text: 22P02 with the text and why; 22003 out of range.
SELECT '1500万 of 900万'::award;
SELECT '-1 of 5'::award;
SELECT 'abc'::award;
SELECT '5 of'::award;
SELECT ' of 5'::award;
SELECT '5 of 6 of 7'::award;
SELECT ''::award;
SELECT '92233720368547758.08'::award;
