-- Comparison, operator classes, indexes, sorting, grouping and joins.

SELECT '1.00'::cny < '1.01'::cny AS lt, '-0.01'::cny < '0'::cny AS neg_lt,
       '1.00'::cny = '1'::cny AS eq, '1.00'::cny <> '1.01'::cny AS ne,
       '2'::cny >= '2.00'::cny AS ge, '2.01'::cny > '2'::cny AS gt,
       '2.00'::cny <= '1.99'::cny AS le;
SELECT greatest('1'::cny, '3', '2') AS greatest, least('1'::cny, '3', '-2') AS least;

-- The operator classes pass the access methods' own checks.
SELECT opc.opcname, am.amname, amvalidate(opc.oid)
FROM pg_opclass opc JOIN pg_am am ON am.oid = opc.opcmethod
WHERE opc.opcname IN ('cny_ops', 'cny_hash_ops') ORDER BY 1;

CREATE TABLE ledger (id int, amount cny);
INSERT INTO ledger VALUES (1, '300.00'), (2, '-0.01'), (3, '1000000.00'),
    (4, '300.00'), (5, NULL), (6, '0.00');

SELECT id, amount FROM ledger ORDER BY amount, id;
SELECT id, amount FROM ledger ORDER BY amount DESC NULLS LAST, id;
SELECT amount, count(*) FROM ledger GROUP BY amount ORDER BY amount;
SELECT DISTINCT amount FROM ledger ORDER BY 1;

CREATE INDEX ledger_amount ON ledger (amount);
CREATE INDEX ledger_amount_hash ON ledger USING hash (amount);
SET enable_seqscan = off;
SET enable_bitmapscan = off;
EXPLAIN (COSTS OFF) SELECT id FROM ledger WHERE amount > '299.99';
SELECT id FROM ledger WHERE amount > '299.99' ORDER BY id;
SET enable_indexscan = off;
SET enable_bitmapscan = on;
EXPLAIN (COSTS OFF) SELECT id FROM ledger WHERE amount = '300.00';
SELECT id FROM ledger WHERE amount = '300.00' ORDER BY id;
RESET enable_seqscan;
RESET enable_bitmapscan;
RESET enable_indexscan;

-- A hash join and a merge join on amounts.
CREATE TABLE limits (amount cny, label text);
INSERT INTO limits VALUES ('300.00', 'three hundred'), ('0.00', 'zero');
SET enable_mergejoin = off;
SET enable_nestloop = off;
EXPLAIN (COSTS OFF) SELECT l.id, m.label FROM ledger l JOIN limits m USING (amount);
SELECT l.id, m.label FROM ledger l JOIN limits m USING (amount) ORDER BY l.id;
SET enable_hashjoin = off;
SET enable_mergejoin = on;
EXPLAIN (COSTS OFF) SELECT l.id, m.label FROM ledger l JOIN limits m USING (amount);
SELECT l.id, m.label FROM ledger l JOIN limits m USING (amount) ORDER BY l.id;
RESET enable_hashjoin;
RESET enable_mergejoin;
RESET enable_nestloop;

-- A unique index sees equal amounts as equal whatever they were written as.
CREATE TABLE once (amount cny UNIQUE);
INSERT INTO once VALUES ('5');
INSERT INTO once VALUES ('5.00');

DROP TABLE ledger, limits, once;
