-- Writing cny: canonical text, 大写 (to_daxie) and 万/亿 (to_wan).  The want
-- column is computed by hand from the PBoC writing rules and docs/cny.md;
-- ok is true when got equals it.

-- Canonical text: always two decimals, INT64_MIN fen included.
SELECT fen, cny_from_fen(fen)::text AS got, want,
       cny_from_fen(fen)::text = want AS ok
FROM (VALUES
    (0::bigint, '0.00'),
    (1, '0.01'),
    (-50, '-0.50'),
    (100, '1.00'),
    (123456, '1234.56'),
    (9223372036854775807, '92233720368547758.07'),
    (-9223372036854775808, '-92233720368547758.08')
) AS t(fen, want);

-- 大写: the PBoC examples, then the places above 万 and the ends of the range.
SELECT amount, to_daxie(amount::cny) AS got, want,
       to_daxie(amount::cny) = want AS ok
FROM (VALUES
    ('1409.50', '壹仟肆佰零玖元伍角'),
    ('6007.14', '陆仟零柒元壹角肆分'),
    ('1680.32', '壹仟陆佰捌拾元零叁角贰分'),
    ('107000.53', '壹拾万零柒仟元零伍角叁分'),
    ('16409.02', '壹万陆仟肆佰零玖元零贰分'),
    ('325.04', '叁佰贰拾伍元零肆分'),
    ('10.00', '壹拾元整'),
    ('0.00', '零元整'),
    ('10005.00', '壹万零伍元整'),
    ('1.05', '壹元零伍分'),
    ('5000000.00', '伍佰万元整'),
    ('1234567.89', '壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'),
    ('-1234567.89', '负壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分'),
    ('1010.10', '壹仟零壹拾元零壹角'),
    ('110.00', '壹佰壹拾元整'),
    ('100.05', '壹佰元零伍分'),
    ('0.50', '伍角'),
    ('0.05', '伍分'),
    ('0.35', '叁角伍分'),
    ('100000000.00', '壹亿元整'),
    ('100010000.00', '壹亿零壹万元整'),
    ('1000000000000.00', '壹万亿元整'),
    ('10000000000005.00', '壹拾万亿零伍元整'),
    ('10000000000000000.00', '壹亿亿元整'),
    ('92233720368547758.07',
     '玖亿亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分'),
    ('-92233720368547758.08',
     '负玖亿亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分')
) AS t(amount, want);

-- 万/亿: 亿元 from 1亿, 万元 from 1万, else 元; one fen below each step.
SELECT amount, to_wan(amount::cny) AS got, want,
       to_wan(amount::cny) = want AS ok
FROM (VALUES
    ('5000000.00', '500万元'),
    ('150000000.00', '1.5亿元'),
    ('12345.67', '1.234567万元'),
    ('1234567.89', '123.456789万元'),
    ('9999.99', '9999.99元'),
    ('10000.00', '1万元'),
    ('99999999.99', '9999.999999万元'),
    ('100000000.00', '1亿元'),
    ('100000000.01', '1.0000000001亿元'),
    ('0.00', '0元'),
    ('0.50', '0.5元'),
    ('-5000000.00', '-500万元'),
    ('92233720368547758.07', '922337203.6854775807亿元'),
    ('-92233720368547758.08', '-922337203.6854775808亿元')
) AS t(amount, want);

-- Every form reads back as the same amount: every amount up to ±200.00 and
-- each power of ten of fen with its neighbours, 40001 + 18 * 2 * 3 + 2 in all.
SELECT count(*) AS amounts,
       count(*) FILTER (WHERE x::text::cny = x) AS canonical_ok,
       count(*) FILTER (WHERE to_daxie(x)::cny = x) AS daxie_ok,
       count(*) FILTER (WHERE to_wan(x)::cny = x) AS wan_ok
FROM (SELECT cny_from_fen(f) AS x
      FROM (SELECT generate_series(-20000, 20000) AS f
            UNION ALL
            SELECT s * (10::numeric ^ e)::bigint + d
            FROM generate_series(1, 18) AS e,
                 (VALUES (-1), (1)) AS sign(s),
                 (VALUES (-1), (0), (1)) AS delta(d)
            UNION ALL
            VALUES (9223372036854775807), (-9223372036854775808)) AS fens) AS amounts;
