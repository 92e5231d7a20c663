-- Reading cny from text: every accepted form with the amount it means, and
-- every refused form with its SQLSTATE and detail.  The want column is
-- computed by hand; ok is true when got equals it.

-- The canonical text of t read as cny, or 'SQLSTATE: detail' when refused.
CREATE FUNCTION pg_temp.read_cny(t text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    detail text;
BEGIN
    RETURN t::cny::text;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS detail = PG_EXCEPTION_DETAIL;
    RETURN SQLSTATE || ': ' || detail;
END
$$;

-- Plain, signed, blank-padded and grouped numbers.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('1234.56', '1234.56'),
    ('-0.5', '-0.50'),
    ('+1', '1.00'),
    ('0', '0.00'),
    ('-0', '0.00'),
    ('007', '7.00'),
    ('.5', '0.50'),
    ('5.', '5.00'),
    ('  12.30  ', '12.30'),
    (E'\t12\n', '12.00'),
    ('　12　', '12.00'),
    ('1,234,567.89', '1234567.89'),
    ('1,234', '1234.00'),
    ('-1,000.5', '-1000.50'),
    ('1234.56元', '1234.56'),
    ('500元整', '500.00'),
    ('¥1234.56', '1234.56'),
    ('￥1,234.56', '1234.56'),
    ('¥ 5', '5.00'),
    ('-¥5', '-5.00'),
    ('¥-5', '-5.00'),
    ('人民币500元', '500.00')
) AS t(input, want);

-- 万 and 亿, alone, mixed and compound (万亿 is 万 × 亿).
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('500万', '5000000.00'),
    ('500万元', '5000000.00'),
    ('1.5亿元', '150000000.00'),
    ('0.0001万', '1.00'),
    ('0.00001万', '0.10'),
    ('0.000001亿', '100.00'),
    ('1.23456789亿', '123456789.00'),
    ('1.234567万元', '12345.67'),
    ('12000万元', '120000000.00'),
    ('1,500万元', '15000000.00'),
    ('1亿5000万元', '150000000.00'),
    ('1亿零500万元', '105000000.00'),
    ('1亿0.5万', '100005000.00'),
    ('3万2000元', '32000.00'),
    ('3万2000.5元', '32000.50'),
    ('2万亿', '2000000000000.00'),
    ('1.5万亿元', '1500000000000.00'),
    ('0.5万元', '5000.00'),
    ('1亿亿', '10000000000000000.00'),
    ('500萬圓', '5000000.00')
) AS t(input, want);

-- Chinese numerals: 零 for a run of zeros, 两, 〇, 十 with or without 一.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('五百万元', '5000000.00'),
    ('一千五百万', '15000000.00'),
    ('一千零五', '1005.00'),
    ('十五', '15.00'),
    ('一十五', '15.00'),
    ('一百一十五', '115.00'),
    ('一百十五', '115.00'),
    ('十万', '100000.00'),
    ('两千', '2000.00'),
    ('三万五千', '35000.00'),
    ('一万零五', '10005.00'),
    ('二十万零三百', '200300.00'),
    ('两亿三千万', '230000000.00'),
    ('一亿零三百万', '103000000.00'),
    ('十亿', '1000000000.00'),
    ('一万亿', '1000000000000.00'),
    ('零', '0.00'),
    ('〇', '0.00')
) AS t(input, want);

-- Financial numerals as on vouchers, with the PBoC examples.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('伍佰万元整', '5000000.00'),
    ('人民币伍佰万元整', '5000000.00'),
    ('壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分', '1234567.89'),
    ('壹仟肆佰零玖元伍角', '1409.50'),
    ('壹仟肆佰零玖元伍角整', '1409.50'),
    ('陆仟零柒元壹角肆分', '6007.14'),
    ('壹仟陆佰捌拾元零叁角贰分', '1680.32'),
    ('壹仟陆佰捌拾元叁角贰分', '1680.32'),
    ('壹万陆仟肆佰零玖元零贰分', '16409.02'),
    ('叁佰贰拾伍元零肆分', '325.04'),
    ('壹拾万柒仟元零伍角叁分', '107000.53'),
    ('壹拾万零柒仟元伍角叁分', '107000.53'),
    ('壹拾元整', '10.00'),
    ('拾元整', '10.00'),
    ('零元整', '0.00'),
    ('壹万零伍元整', '10005.00'),
    ('壹元零伍分', '1.05'),
    ('壹佰元零伍分', '100.05'),
    ('壹佰元伍角', '100.50'),
    ('伍角', '0.50'),
    ('叁角伍分', '0.35'),
    ('伍分', '0.05'),
    ('零元伍角', '0.50'),
    ('壹佰元正', '100.00'),
    ('壹佰萬圓整', '1000000.00'),
    ('壹万亿元整', '1000000000000.00')
) AS t(input, want);

-- Full-width digits and punctuation, other minus signs, 负.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('５００万元', '5000000.00'),
    ('１，２３４．５６', '1234.56'),
    ('－５', '-5.00'),
    ('＋５', '5.00'),
    ('￥１２３４', '1234.00'),
    ('−5', '-5.00'),
    ('负5', '-5.00'),
    ('负伍元整', '-5.00'),
    ('负500万元', '-5000000.00'),
    ('-人民币伍角', '-0.50')
) AS t(input, want);

-- The ends of the range, one fen inside and one fen outside; far outside,
-- 1701411834604692317元 is just below 2^127 units of 1e-20 yuan, where the
-- parser's own 128-bit sum must not wrap when 玖角 is added.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('92233720368547758.07', '92233720368547758.07'),
    ('92233720368547758.08',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.'),
    ('-92233720368547758.08', '-92233720368547758.08'),
    ('-92233720368547758.09',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.'),
    ('922337203.6854775807亿元', '92233720368547758.07'),
    ('922337203.6854775808亿元',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.'),
    ('玖亿亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分',
     '92233720368547758.07'),
    ('负玖亿亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零玖分',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.'),
    ('1701411834604692317元玖角',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.'),
    ('10亿亿',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.'),
    ('99999999999999999999999999999999999999999999',
     '22003: An amount must lie between -92233720368547758.08 and 92233720368547758.07.')
) AS t(input, want);

-- Refused: not an amount (22P02), with the reason.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('', '22P02: The text is empty or blank.'),
    ('   ', '22P02: The text is empty or blank.'),
    ('　', '22P02: The text is empty or blank.'),
    ('abc', '22P02: The text contains characters that are not part of an amount.'),
    ('-', '22P02: The text has no digits.'),
    ('¥', '22P02: The text has no digits.'),
    ('12abc', '22P02: The amount is followed by other text.'),
    ('12 34', '22P02: A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.'),
    ('1e5', '22P02: The amount is followed by other text.'),
    ('1万万', '22P02: The amount is followed by other text.'),
    ('0.001', '22P02: The amount has a fraction of a fen (0.01 yuan); it is not rounded.'),
    ('1.2345678万', '22P02: The amount has a fraction of a fen (0.01 yuan); it is not rounded.'),
    ('0.0000001万', '22P02: The amount has a fraction of a fen (0.01 yuan); it is not rounded.'),
    ('1,23', '22P02: Thousands separators must separate groups of exactly three digits.'),
    ('1234,567', '22P02: Thousands separators must separate groups of exactly three digits.'),
    ('12,34,567', '22P02: Thousands separators must separate groups of exactly three digits.'),
    ('万', '22P02: A unit (wan, yi, yuan, jiao or fen) needs a number before it.'),
    ('元', '22P02: A unit (wan, yi, yuan, jiao or fen) needs a number before it.'),
    ('亿元', '22P02: A unit (wan, yi, yuan, jiao or fen) needs a number before it.'),
    ('整', '22P02: A unit (wan, yi, yuan, jiao or fen) needs a number before it.'),
    ('--5', '22P02: An amount has at most one sign.'),
    ('+-5', '22P02: An amount has at most one sign.'),
    ('-负5', '22P02: An amount has at most one sign.'),
    ('一亿三百万', '22P02: A run of zero digits between Chinese numerals must be written as ling.'),
    ('壹佰元伍分', '22P02: A run of zero digits between Chinese numerals must be written as ling.'),
    ('一千零五百', '22P02: A ling stands where no digit is zero.'),
    ('壹元伍角零伍分', '22P02: A ling stands where no digit is zero.'),
    ('五五', '22P02: Two Chinese numerals follow each other without a unit between them.'),
    ('二〇二五', '22P02: Two Chinese numerals follow each other without a unit between them.'),
    ('零五', '22P02: A Chinese numeral does not start with ling.'),
    ('百万', '22P02: The units bai and qian need a numeral before them.'),
    ('五十百', '22P02: The units shi, bai and qian must decrease from left to right.'),
    ('1.5亿3000万', '22P02: Only the last number in an amount may have a decimal fraction.'),
    ('1万20000', '22P02: The number after a unit wan or yi must be smaller than that unit.'),
    ('1亿15000万', '22P02: The number after a unit wan or yi must be smaller than that unit.'),
    ('500万整', '22P02: Zheng may only follow yuan or jiao.'),
    ('伍分整', '22P02: Zheng may only follow yuan or jiao.'),
    ('壹佰伍角', '22P02: Jiao and fen after an integer need yuan between them.'),
    ('1²', '22P02: The text contains a superscript, circled, fraction or other compatibility character.'),
    ('①', '22P02: The text contains a superscript, circled, fraction or other compatibility character.'),
    ('½', '22P02: The text contains a superscript, circled, fraction or other compatibility character.')
) AS t(input, want);

-- Blanks inside an amount, as the policy text writes 500 万元: after a sign
-- or a currency mark and before 万, 亿, 元, 角 or 分; U+3000 and the
-- no-break space count as blanks, other typographic spaces do not.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('500 万', '5000000.00'),
    ('500 万元', '5000000.00'),
    ('1 亿元', '100000000.00'),
    ('1000 万元', '10000000.00'),
    ('1.5 亿元', '150000000.00'),
    ('五百万 元', '5000000.00'),
    ('500 万 元', '5000000.00'),
    ('5 元', '5.00'),
    ('伍 角', '0.50'),
    ('伍元零伍 分', '5.05'),
    ('500　万', '5000000.00'),
    (E'500\u00A0万', '5000000.00'),
    ('- 5', '-5.00'),
    ('负 五百', '-500.00'),
    ('- ¥ 5', '-5.00'),
    ('¥ -5', '-5.00'),
    ('人民币 500 元', '500.00'),
    ('1 .5', '22P02: A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.'),
    ('1 万 2000', '22P02: A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.'),
    ('1亿 5000万', '22P02: A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.'),
    ('2万 亿', '22P02: The amount is followed by other text.'),
    ('500元 整', '22P02: A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.'),
    ('1, 234', '22P02: The amount is followed by other text.'),
    (E'500\u2003万', '22P02: The text contains a space other than the ASCII blanks, U+3000 or the no-break space.'),
    (E'500\u2009万', '22P02: The text contains a space other than the ASCII blanks, U+3000 or the no-break space.')
) AS t(input, want);

-- An Arabic number with 十, 百 or 千, as news and reports write it: one
-- digit 1-9 before the point, one such unit, then only 万, 亿 or 元; after
-- a unit the 零 rules of Chinese numerals apply to it.  By hand: 5千万 =
-- 5 × 1000 × 10000; 2百万 = 2 × 100 × 10000; 1.5千万 = 1500 × 10000;
-- 3万2千 = 30000 + 2000; 1亿5千万 = 1亿 + 5000万; 1亿零5百万 = 1亿 + 500万
-- (the 零 for the empty 千万 place); 3万零2百 = 30000 + 200; 1.5千亿 =
-- 1500 × 1亿; 5千万亿 = 5000万 × 1亿 = 5 × 10^15; 1.2345千 = 1234.5.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('5千万元', '50000000.00'),
    ('3千', '3000.00'),
    ('2百万', '2000000.00'),
    ('1.5千万', '15000000.00'),
    ('3万2千', '32000.00'),
    ('3十万', '300000.00'),
    ('5十', '50.00'),
    ('1亿5千万', '150000000.00'),
    ('1亿零5百万', '105000000.00'),
    ('3万零2百', '30200.00'),
    ('9.99千', '9990.00'),
    ('1.2345千', '1234.50'),
    ('1.5千亿', '150000000000.00'),
    ('5千万亿', '5000000000000000.00'),
    ('5千万3000', '50003000.00'),
    ('一万3千', '13000.00'),
    ('5千元伍角', '5000.50'),
    ('-5千', '-5000.00'),
    ('5千 万', '50000000.00'),
    ('15百', '22P02: Before shi, bai or qian an Arabic number has one digit from 1 to 9 before its point, as in 5qian or 1.5qian; write 1500, not 15bai.'),
    ('0.5千', '22P02: Before shi, bai or qian an Arabic number has one digit from 1 to 9 before its point, as in 5qian or 1.5qian; write 1500, not 15bai.'),
    ('1,000千', '22P02: Before shi, bai or qian an Arabic number has one digit from 1 to 9 before its point, as in 5qian or 1.5qian; write 1500, not 15bai.'),
    ('5千5', '22P02: An Arabic number with shi, bai or qian ends there (5qian, 5qian wan); write 5500 or 5005 in digits, not 5qian5 or 5qian5bai.'),
    ('5千5百', '22P02: An Arabic number with shi, bai or qian ends there (5qian, 5qian wan); write 5500 or 5005 in digits, not 5qian5 or 5qian5bai.'),
    ('5千零5', '22P02: An Arabic number with shi, bai or qian ends there (5qian, 5qian wan); write 5500 or 5005 in digits, not 5qian5 or 5qian5bai.'),
    ('5千五', '22P02: An Arabic number with shi, bai or qian ends there (5qian, 5qian wan); write 5500 or 5005 in digits, not 5qian5 or 5qian5bai.'),
    ('3万2百', '22P02: A run of zero digits between Chinese numerals must be written as ling.'),
    ('1亿5百万', '22P02: A run of zero digits between Chinese numerals must be written as ling.'),
    ('9.999999千', '22P02: The amount has a fraction of a fen (0.01 yuan); it is not rounded.'),
    ('5 千', '22P02: A blank may stand only after a sign or currency mark and before a unit wan, yi, yuan, jiao or fen, never between digits.')
) AS t(input, want);

-- After 万 or 亿 a bare number (no unit of its own) that leaves the places
-- right below the unit empty is ambiguous: speech reads 一万五 and 1万5 as
-- 15000, the places as 10005.  It needs a 零 first or, in Arabic digits,
-- every place written.  A number with its own unit (1亿500万) says where it
-- stands.  By hand: 1万0005 = 10000 + 5; 1亿0500万 = 1亿 + 500万 =
-- 105000000; 1亿00005000 = 100005000; 十万零5000 = 100000 + 5000 (the 零
-- stands for the empty 万 place); 1万亿零5 = 1000000000000 + 5.
SELECT input, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    ('1万0005', '10005.00'),
    ('1万5000', '15000.00'),
    ('1万0000', '10000.00'),
    ('1万零5', '10005.00'),
    ('1万零500', '10500.00'),
    ('1万0500', '10500.00'),
    ('1亿0500万', '105000000.00'),
    ('1亿500万', '105000000.00'),
    ('1亿00005000', '100005000.00'),
    ('十万零5000', '105000.00'),
    ('一万0005', '10005.00'),
    ('1万亿零5', '1000000000005.00'),
    ('1万5', '22P02: The digits after the unit are ambiguous: "wan 5" can be read as wan 5000 or as wan 0005 (wan ling 5); write one of those.'),
    ('2万3', '22P02: The digits after the unit are ambiguous: "wan 3" can be read as wan 3000 or as wan 0003 (wan ling 3); write one of those.'),
    ('1万500', '22P02: The digits after the unit are ambiguous: "wan 500" can be read as wan 5000 or as wan 0500 (wan ling 500); write one of those.'),
    ('一万5', '22P02: The digits after the unit are ambiguous: "wan 5" can be read as wan 5000 or as wan 0005 (wan ling 5); write one of those.'),
    ('1亿5', '22P02: The digits after the unit are ambiguous: "yi 5" can be read as yi 50000000 or as yi 00000005 (yi ling 5); write one of those.'),
    ('1亿5000', '22P02: The digits after the unit are ambiguous: "yi 5000" can be read as yi 50000000 or as yi 00005000 (yi ling 5000); write one of those.'),
    ('1万亿5', '22P02: The digits after the unit are ambiguous: "yi 5" can be read as yi 50000000 or as yi 00000005 (yi ling 5); write one of those.'),
    ('1万0.5', '22P02: Arabic digits right after wan or yi must write every place below the unit, as in 1wan0002.5, or follow a ling, as in 1wan ling 2.5.'),
    ('1万零5000', '22P02: A ling stands where no digit is zero.'),
    ('1亿零5000万', '22P02: A ling stands where no digit is zero.'),
    ('1万00005', '22P02: Arabic digits right after wan or yi write at most the places below the unit: 4 after wan, 8 after yi.'),
    ('一千五', '22P02: The last numeral is ambiguous: "qian wu" can be read as qian wu bai (as in speech) or as qian ling wu; write one of those.'),
    ('一百五', '22P02: The last numeral is ambiguous: "bai wu" can be read as bai wu shi (as in speech) or as bai ling wu; write one of those.'),
    ('三百五', '22P02: The last numeral is ambiguous: "bai wu" can be read as bai wu shi (as in speech) or as bai ling wu; write one of those.'),
    ('一万五', '22P02: The last numeral is ambiguous: "wan wu" can be read as wan wu qian (as in speech) or as wan ling wu; write one of those.'),
    ('十万五', '22P02: The last numeral is ambiguous: "wan wu" can be read as wan wu qian (as in speech) or as wan ling wu; write one of those.'),
    ('一亿二', '22P02: The last numeral is ambiguous: "yi er" can be read as yi er qian wan (as in speech) or as yi ling er; write one of those.')
) AS t(input, want);

-- Text with non-ASCII characters is read up to 256 bytes: 85 full-width
-- zeros (3 bytes each) and one more digit make 256 bytes, two make 257.
SELECT octet_length(input) AS bytes, pg_temp.read_cny(input) AS got, want,
       pg_temp.read_cny(input) = want AS ok
FROM (VALUES
    (repeat('０', 85) || '5', '5.00'),
    (repeat('０', 85) || '05', '22P02: Text that is not plain ASCII is limited to 256 bytes.')
) AS t(input, want);

-- The whole message names the offending text.
SELECT '12abc'::cny;
SELECT '92233720368547758.08'::cny;
