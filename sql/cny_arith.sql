-- cny arithmetic, rounding and casts.  Every "want" below is computed by
-- hand; "ok" compares it with what the extension returns.

CREATE FUNCTION pg_temp.err(q text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE q;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- Sums and differences are exact.
SELECT got, want, got = want AS ok FROM (VALUES
    ('1234.56'::cny + '0.44'::cny,  '1235.00'::cny),
    ('0.10'::cny - '0.25'::cny,     '-0.15'),
    (-'5.00'::cny,                  '-5.00'),
    (abs('-7.07'::cny),             '7.07'),
    ('100.00'::cny * 3,             '300.00'),
    (3 * '100.00'::cny,             '300.00'),
    ('100.00'::cny * 3::bigint,     '300.00'),
    (3::bigint * '100.00'::cny,     '300.00')
) AS t(got, want);

-- Products and quotients round half away from zero to the fen.
SELECT got, want, got = want AS ok FROM (VALUES
    ('0.01'::cny * 0.5,             '0.01'::cny),   -- 0.005  -> 0.01
    ('-0.01'::cny * 0.5,            '-0.01'),       -- -0.005 -> -0.01
    ('0.03'::cny * 0.5,             '0.02'),        -- 0.015  -> 0.02
    ('0.01'::cny * 0.4999,          '0.00'),        -- 0.004999 -> 0.00
    (0.3 * '50000000.00'::cny,      '15000000.00'), -- 30% of 5000万
    ('10.00'::cny / 3,              '3.33'),        -- 3.333…
    ('20.00'::cny / 3,              '6.67'),        -- 6.666…
    ('0.05'::cny / 2,               '0.03'),        -- 0.025
    ('-0.05'::cny / 2,              '-0.03'),
    ('0.05'::cny / -2,              '-0.03'),
    ('0.05'::cny / 2::bigint,       '0.03'),
    ('1.00'::cny / 3.0,             '0.33'),
    ('2.00'::cny / 3.0,             '0.67'),
    ('0.01'::cny / 2.0,             '0.01'),        -- 0.005
    ('0.01'::cny / 2.0000001,       '0.00'),        -- 0.00499999975
    -- 0.0049999999999999999999875: a quotient rounded to 20 places first
    -- would read 0.005 and round up; the exact rule gives 0.00.
    ('0.01'::cny / 2.000000000000000000005, '0.00'),
    ('-0.01'::cny / -2.0,           '0.01')
) AS t(got, want);

-- Quotients of every sign: half away from zero is away from zero on both
-- sides, so a negative quotient with a remainder of at least half a fen
-- moves down, one with less moves toward zero.  In fen:
-- -2000/3 = -666.67 -> -667; -1000/3 = -333.33 -> -333; -5/2 = -2.5 -> -3;
-- -100/1.5 = -66.67 -> -67; -3/0.4 = -7.5 -> -8; -20000/0.75 = -26666.67
-- -> -26667; -15/2 = -7.5 -> -8; -1/2.0000001 = -0.499999975 -> 0.
SELECT divisor, got, want, got = want AS ok FROM (VALUES
    ('numeric', '-20.00'::cny / 3.0,    '-6.67'::cny),
    ('numeric', '20.00'::cny / -3.0,    '-6.67'),
    ('numeric', '-20.00'::cny / -3.0,   '6.67'),
    ('numeric', '-10.00'::cny / 3.0,    '-3.33'),
    ('numeric', '10.00'::cny / -3.0,    '-3.33'),
    ('numeric', '-1.00'::cny / 1.5,     '-0.67'),
    ('numeric', '-200.00'::cny / 0.75,  '-266.67'),
    ('numeric', '200.00'::cny / -0.75,  '-266.67'),
    ('numeric', '-200.00'::cny / -0.75, '266.67'),
    ('numeric', '-0.05'::cny / 2.0,     '-0.03'),  -- tie -2.5 fen
    ('numeric', '0.05'::cny / -2.0,     '-0.03'),
    ('numeric', '-0.05'::cny / -2.0,    '0.03'),
    ('numeric', '-0.03'::cny / 0.4,     '-0.08'),  -- tie -7.5 fen
    ('numeric', '0.03'::cny / -0.4,     '-0.08'),
    ('numeric', '-0.03'::cny / -0.4,    '0.08'),
    ('numeric', '-0.01'::cny / 2.0000001, '0.00'), -- -0.499999975 fen
    ('numeric', '0.01'::cny / -2.000000000000000000005, '0.00'),
    ('numeric', '-1.25'::cny / 0.5,     '-2.50'),  -- exact
    ('int4',    '-20.00'::cny / 3,      '-6.67'),
    ('int4',    '20.00'::cny / -3,      '-6.67'),
    ('int4',    '-20.00'::cny / -3,     '6.67'),
    ('int4',    '-10.00'::cny / 3,      '-3.33'),
    ('int4',    '-0.15'::cny / 2,       '-0.08'),  -- tie -7.5 fen
    ('int4',    '0.15'::cny / -2,       '-0.08'),
    ('int4',    '-0.15'::cny / -2,      '0.08'),
    ('int8',    '-20.00'::cny / 3::bigint,    '-6.67'),
    ('int8',    '20.00'::cny / -3::bigint,    '-6.67'),
    ('int8',    '-20.00'::cny / -3::bigint,   '6.67'),
    ('int8',    '-10.00'::cny / 3::bigint,    '-3.33'),
    ('int8',    '-0.15'::cny / 2::bigint,     '-0.08'),
    ('int8',    '0.15'::cny / -2::bigint,     '-0.08'),
    ('int8',    '-0.15'::cny / -2::bigint,    '0.08')
) AS t(divisor, got, want);

-- An amount divided by an amount is a plain ratio.
SELECT '1.00'::cny / '4.00'::cny AS quarter,
       round('1.00'::cny / '3.00'::cny, 6) AS third;

-- Division by zero.
SELECT pg_temp.err($$SELECT '1.00'::cny / 0$$);
SELECT pg_temp.err($$SELECT '1.00'::cny / 0::bigint$$);
SELECT pg_temp.err($$SELECT '1.00'::cny / 0.0$$);
SELECT pg_temp.err($$SELECT '1.00'::cny / '0'::cny$$);

-- The range ends: 92233720368547758.07 and -92233720368547758.08.
SELECT cny_from_fen(9223372036854775807) AS max,
       cny_from_fen(-9223372036854775808) AS min,
       fen('12.34') AS fen, cny_from_fen(1234) AS from_fen;
SELECT cny_from_fen(9223372036854775807) * 1 AS max_times_1,
       cny_from_fen(9223372036854775807) / 1.0 AS max_over_1,
       cny_from_fen(-9223372036854775808) + '0.00' AS min_plus_0;

-- Every overflow is an error, never a wrapped value.
SELECT pg_temp.err($$SELECT cny_from_fen(9223372036854775807) + '0.01'::cny$$);
SELECT pg_temp.err($$SELECT cny_from_fen(-9223372036854775808) - '0.01'::cny$$);
SELECT pg_temp.err($$SELECT -cny_from_fen(-9223372036854775808)$$);
SELECT pg_temp.err($$SELECT abs(cny_from_fen(-9223372036854775808))$$);
SELECT pg_temp.err($$SELECT cny_from_fen(9223372036854775807) * 2$$);
SELECT pg_temp.err($$SELECT 2::bigint * cny_from_fen(9223372036854775807)$$);
SELECT pg_temp.err($$SELECT cny_from_fen(9223372036854775807) * 1.0000001$$);
SELECT pg_temp.err($$SELECT cny_from_fen(-9223372036854775808) / -1$$);
SELECT pg_temp.err($$SELECT cny_from_fen(-9223372036854775808) / -1.0$$);

-- round(amount, unit, mode).
SELECT amount, unit, mode, got, want, got = want AS ok FROM (
    SELECT a::cny AS amount, u::cny AS unit, m AS mode,
           round(a::cny, u::cny, m) AS got, w::cny AS want
    FROM (VALUES
        ('12345.67', '1', 'half_up', '12346.00'),
        ('12345.49', '1', 'half_up', '12345.00'),
        ('12345.50', '1', 'half_up', '12346.00'),
        ('-12345.50', '1', 'half_up', '-12346.00'),
        ('12345.50', '1', 'half_even', '12346.00'),
        ('12344.50', '1', 'half_even', '12344.00'),
        ('-12344.50', '1', 'half_even', '-12344.00'),
        ('-150.00', '100', 'half_even', '-200.00'),
        ('250.00', '100', 'half_even', '200.00'),
        ('1234567.89', '10000', 'half_up', '1230000.00'),
        ('1235000.00', '10000', 'half_up', '1240000.00'),
        ('1245000.00', '10000', 'half_even', '1240000.00'),
        ('1.99', '1', 'down', '1.00'),
        ('-1.99', '1', 'down', '-1.00'),
        ('1.01', '1', 'up', '2.00'),
        ('-1.01', '1', 'up', '-2.00'),
        ('1.99', '1', 'floor', '1.00'),
        ('-1.01', '1', 'floor', '-2.00'),
        ('1.01', '1', 'ceiling', '2.00'),
        ('-1.99', '1', 'ceiling', '-1.00'),
        ('3000000.00', '10000', 'up', '3000000.00'),
        ('0.07', '0.05', 'half_up', '0.05')
    ) AS v(a, u, m, w)
) AS t;
SELECT round('0.50'::cny, '1') AS default_is_half_up;
SELECT pg_temp.err($$SELECT round('1.00'::cny, '0')$$);
SELECT pg_temp.err($$SELECT round('1.00'::cny, '-1')$$);
SELECT pg_temp.err($$SELECT round('1.00'::cny, '1', 'bankers')$$);
SELECT pg_temp.err($$SELECT round(cny_from_fen(9223372036854775807), '1', 'up')$$);

-- Casts: exact or an error that says how to round.
SELECT 12.34::numeric::cny AS from_numeric, 5::cny AS from_int4,
       5000000000::bigint::cny AS from_int8, '12.34'::cny::numeric AS to_numeric,
       '-0.50'::cny::numeric AS negative_to_numeric;
SELECT pg_temp.err($$SELECT 12.345::numeric::cny$$);
SELECT pg_temp.err($$SELECT 'NaN'::numeric::cny$$);
SELECT pg_temp.err($$SELECT 'Infinity'::numeric::cny$$);
SELECT pg_temp.err($$SELECT 92233720368547758.08::numeric::cny$$);
SELECT pg_temp.err($$SELECT 9223372036854775807::bigint::cny$$);
\set VERBOSITY default
SELECT 12.345::numeric::cny;
-- An integer or numeric column fills a cny column on assignment.
CREATE TEMP TABLE assigned (amount cny);
INSERT INTO assigned VALUES (7), (7::bigint), (7.25);
SELECT amount FROM assigned;
-- A cny reads as numeric where only numeric fits.
SELECT '1.50'::cny > 1 AS compares_with_numeric, to_char('1234.50'::cny, 'FM999,990.00') AS to_char;
