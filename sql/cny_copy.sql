-- Binary and text COPY round trips keep every amount exactly.
CREATE TABLE copied (id int, amount cny);
INSERT INTO copied VALUES (1, '0.00'), (2, '-0.01'), (3, '1234567.89'),
    (4, cny_from_fen(9223372036854775807)), (5, cny_from_fen(-9223372036854775808)),
    (6, NULL);
\copy copied TO 'results/cny_copy.bin' (FORMAT binary)
\copy copied TO 'results/cny_copy.txt'
CREATE TABLE from_binary (LIKE copied);
CREATE TABLE from_text (LIKE copied);
\copy from_binary FROM 'results/cny_copy.bin' (FORMAT binary)
\copy from_text FROM 'results/cny_copy.txt'
SELECT c.id, c.amount, b.amount IS NOT DISTINCT FROM c.amount AS binary_same,
       t.amount IS NOT DISTINCT FROM c.amount AS text_same
FROM copied c JOIN from_binary b USING (id) JOIN from_text t USING (id) ORDER BY id;
-- A binary value of the wrong length is refused by cny_recv.
CREATE TABLE short_int (id int, amount int4);
INSERT INTO short_int VALUES (1, 5);
\copy short_int TO 'results/cny_copy_int4.bin' (FORMAT binary)
\copy from_binary FROM 'results/cny_copy_int4.bin' (FORMAT binary)
DROP TABLE copied, from_binary, from_text, short_int;
