-- One case per clause code of 成高管发〔2025〕4号 at each threshold the
-- policy names: at it, one fen (or one unit) below and above, and where a
-- cap or a yearly ceiling binds and where it does not.  The wanted amounts
-- are computed by hand from the policy text (以上/达/含 inclusive, 超过
-- exclusive; rates round half away from zero to the fen); each line shows
-- the clause's result beside them.

CREATE TEMP TABLE cases (
    code    text,
    amount  cny,        -- a money measure
    units   numeric,    -- a count measure (firms, students, platform level)
    granted cny,        -- wanted: what is paid
    claimed cny,        -- wanted: before the cap
    reading text
);

INSERT INTO cases VALUES
-- 二(一) 50% / 30% of compute fees, 每年最高 500 万元
('1.domestic',  '0',            NULL, '0',            '0',            'no fees'),
('1.domestic',  '999.99',       NULL, '500.00',       '500.00',       '499.995 rounds half away from zero'),
('1.domestic',  '9999999.98',   NULL, '4999999.99',   '4999999.99',   'just under the cap'),
('1.domestic',  '1000万',       NULL, '500万',        '500万',        'exactly at the cap'),
('1.domestic',  '10000000.02',  NULL, '500万',        '5000000.01',   'one fen over the cap'),
('1.domestic',  '2000万',       NULL, '500万',        '1000万',       'cap binds'),
('1.foreign',   '16666666.00',  NULL, '4999999.80',   '4999999.80',   '30%'),
('1.foreign',   '16666666.66',  NULL, '500万',        '500万',        '4999999.998 rounds to the cap'),
('1.foreign',   '16666667.00',  NULL, '500万',        '5000000.10',   'over the cap'),
-- 二(二) 最高 300 万元 of the approved amount
('2',           '2999999.99',   NULL, '2999999.99',   '2999999.99',   'under the cap'),
('2',           '300万',        NULL, '300万',        '300万',        'at the cap'),
('2',           '3000000.01',   NULL, '300万',        '3000000.01',   'one fen over'),
-- 三(三) 年度研发投入 1500 万元（含）以上: 10%, 每年最高 1000 万元
('3',           '14999999.99',  NULL, '0',            '0',            'one fen under 1500万: not eligible'),
('3',           '1500万',       NULL, '150万',        '150万',        '1500万（含）: eligible'),
('3',           '15000000.01',  NULL, '1500000.00',   '1500000.00',   '1500000.001 rounds down'),
('3',           '1亿',          NULL, '1000万',       '1000万',       '10% reaches the cap exactly'),
('3',           '100000010.00', NULL, '1000万',       '10000001.00',  'over the cap'),
-- 三(四) 30% of R&D cost, 最高 3000 万元 (general), 300 万元 per model (special)
('4.general',   '5000万',       NULL, '1500万',       '1500万',       'under the cap'),
('4.general',   '99999999.99',  NULL, '3000万',       '3000万',       '29999999.997 rounds to the cap'),
('4.general',   '100000001.00', NULL, '3000万',       '30000000.30',  'over the cap'),
('4.special',   '9999900.00',   NULL, '2999970.00',   '2999970.00',   'under the cap'),
('4.special',   '1000万',       NULL, '300万',        '300万',        'at the cap'),
('4.special',   '10000010.00',  NULL, '300万',        '3000003.00',   'over the cap'),
-- 三(五) fixed rewards
('5.generative', NULL,          1,    '50万',         '50万',         'one filing'),
('5.synthesis',  NULL,          1,    '5万',          '5万',          'one filing'),
-- 三(六) 1000 万元; 最高 200 万元; 200/100/50 万元 by level
('6.1',          NULL,          1,    '1000万',       '1000万',       'newly approved'),
('6.2',          '150万',       NULL, '150万',        '150万',        'under the cap'),
('6.2',          '200万',       NULL, '200万',        '200万',        'at the cap'),
('6.2',          '2000000.01',  NULL, '200万',        '2000000.01',   'one fen over'),
('6.3',          NULL,          0,    '0',            '0',            'no level'),
('6.3',          NULL,          1,    '50万',         '50万',         'municipal'),
('6.3',          NULL,          2,    '100万',        '100万',        'provincial'),
('6.3',          NULL,          3,    '200万',        '200万',        'national'),
-- 四(七) 首次达到 10家（含）、30家（含）、50家（含）以上: 5/10/25 万元
('7.1',          NULL,          9,    '0',            '0',            '9 firms: below 10'),
('7.1',          NULL,          10,   '5万',          '5万',          '10 firms（含）'),
('7.1',          NULL,          29,   '5万',          '5万',          '29 firms'),
('7.1',          NULL,          30,   '10万',         '10万',         '30 firms（含）'),
('7.1',          NULL,          49,   '10万',         '10万',         '49 firms'),
('7.1',          NULL,          50,   '25万',         '25万',         '50 firms（含）'),
('7.1',          NULL,          51,   '25万',         '25万',         '51 firms'),
('7.2',          '200万',       NULL, '200万',        '200万',        'at the cap'),
('7.2',          '2000000.01',  NULL, '200万',        '2000000.01',   'one fen over'),
-- 五(八) 10 万元; 50%/40%/30% of fixed assets 最高 900 万元; 10% 最高 30 万元; 300 万元
('8.1',          NULL,          1,    '10万',         '10万',         'one excellent solution'),
('8.2.small',    '17999999.98', NULL, '8999999.99',   '8999999.99',   'under the cap'),
('8.2.small',    '1800万',      NULL, '900万',        '900万',        'at the cap'),
('8.2.small',    '18000000.02', NULL, '900万',        '9000000.01',   'one fen over'),
('8.2.medium',   '2000万',      NULL, '800万',        '800万',        'under the cap'),
('8.2.medium',   '22499999.99', NULL, '900万',        '900万',        '8999999.996 rounds to the cap'),
('8.2.medium',   '2250万',      NULL, '900万',        '900万',        'at the cap'),
('8.2.large',    '3000万',      NULL, '900万',        '900万',        'at the cap'),
('8.2.large',    '5000万',      NULL, '900万',        '1500万',       'cap binds'),
('8.2.pilot',    '2999999.90',  NULL, '299999.99',    '299999.99',    'under the cap'),
('8.2.pilot',    '300万',       NULL, '30万',         '30万',         'at the cap'),
('8.2.pilot',    '400万',       NULL, '30万',         '40万',         'cap binds'),
('8.3',          NULL,          1,    '300万',        '300万',        'one national demonstration'),
-- 五(九) 不超过 50% / 20%, 每个企业每年累计不超过 500 万元
('9.1.api',      '100万',       NULL, '50万',         '50万',         'under the cap'),
('9.1.api',      '1000万',      NULL, '500万',        '500万',        'at the cap'),
('9.1.api',      '1200万',      NULL, '500万',        '600万',        'cap binds'),
('9.1.private',  '1000万',      NULL, '200万',        '200万',        'under the cap'),
('9.1.private',  '2500万',      NULL, '500万',        '500万',        'at the cap'),
('9.1.private',  '25000000.05', NULL, '500万',        '5000000.01',   '5000000.01 over the cap'),
-- 五(九) 2: 200 / 100 万元; 5 万元 per product
('9.2.provincial', NULL,        1,    '200万',        '200万',        'provincial chain leader'),
('9.2.municipal',  NULL,        1,    '100万',        '100万',        'municipal chain leader'),
('9.2.product',    NULL,        1,    '5万',          '5万',          'one product'),
-- 五(十) 1: 销售额达 100/500/2000 万元: 10/25/50 万元
('10.1',         '999999.99',   NULL, '0',            '0',            'one fen under 100万'),
('10.1',         '100万',       NULL, '10万',         '10万',         '达 100万'),
('10.1',         '4999999.99',  NULL, '10万',         '10万',         'one fen under 500万'),
('10.1',         '500万',       NULL, '25万',         '25万',         '达 500万'),
('10.1',         '19999999.99', NULL, '25万',         '25万',         'one fen under 2000万'),
('10.1',         '2000万',      NULL, '50万',         '50万',         '达 2000万'),
-- 五(十) 2: 1000 万元以上 20%, 500 万元以上 30%, 最高不超过 500 万元
('10.2.robot',   '9999999.99',  NULL, '0',            '0',            'one fen under 1000万: not eligible'),
('10.2.robot',   '1000万',      NULL, '200万',        '200万',        '1000万以上 includes 1000万'),
('10.2.robot',   '2500万',      NULL, '500万',        '500万',        'at the cap'),
('10.2.robot',   '25000000.05', NULL, '500万',        '5000000.01',   'over the cap'),
('10.2.humanoid','4999999.99',  NULL, '0',            '0',            'one fen under 500万: not eligible'),
('10.2.humanoid','500万',       NULL, '150万',        '150万',        '500万以上 includes 500万'),
('10.2.humanoid','16666666.67', NULL, '500万',        '500万',        '5000000.001 rounds to the cap'),
('10.2.humanoid','2000万',      NULL, '500万',        '600万',        'cap binds'),
-- 六(十一) 不超过 1000 万元 per building; 最高 1000 万元 once; 每年最高 300 万元
('11.1',         '800万',       NULL, '800万',        '800万',        'under the cap'),
('11.1',         '10000000.01', NULL, '1000万',       '10000000.01',  'one fen over'),
('11.2.build',   '1000万',      NULL, '1000万',       '1000万',       'at the cap'),
('11.2.build',   '1200万',      NULL, '1000万',       '1200万',       'cap binds'),
('11.2.operate', '2999999.99',  NULL, '2999999.99',   '2999999.99',   'under the cap'),
('11.2.operate', '3000000.01',  NULL, '300万',        '3000000.01',   'one fen over'),
-- 七(十二) 1: 超过 50/80/150/300 万元: 2/5/10/25 万元 per person
('12.1',         '50万',        NULL, '0',            '0',            '50万 is not 超过 50万'),
('12.1',         '500000.01',   NULL, '2万',          '2万',          'one fen over 50万'),
('12.1',         '80万',        NULL, '2万',          '2万',          '80万 is not 超过 80万'),
('12.1',         '800000.01',   NULL, '5万',          '5万',          'one fen over 80万'),
('12.1',         '150万',       NULL, '5万',          '5万',          '150万 is not 超过 150万'),
('12.1',         '1500000.01',  NULL, '10万',         '10万',         'one fen over 150万'),
('12.1',         '300万',       NULL, '10万',         '10万',         '300万 is not 超过 300万'),
('12.1',         '3000000.01',  NULL, '25万',         '25万',         'one fen over 300万'),
-- 七(十二) 2: founders 50/30/20 万元; employees 8/4/2 万元 per person
('12.2.founder.1',  NULL,       1,    '50万',         '50万',         'champion founds a company'),
('12.2.founder.2',  NULL,       1,    '30万',         '30万',         'runner-up founds a company'),
('12.2.founder.3',  NULL,       1,    '20万',         '20万',         'third place founds a company'),
('12.2.employee.1', NULL,       1,    '8万',          '8万',          'champion employed'),
('12.2.employee.2', NULL,       1,    '4万',          '4万',          'runner-up employed'),
('12.2.employee.3', NULL,       1,    '2万',          '2万',          'third place employed'),
-- 七(十二) 3: 30 人（含）以上: 25 万元 per course
('12.3',         NULL,          29,   '0',            '0',            '29 students'),
('12.3',         NULL,          30,   '25万',         '25万',         '30 students（含）'),
('12.3',         NULL,          31,   '25万',         '25万',         '31 students'),
-- 七(十三) 50% of event cost, 最高 300 万元
('13',           '5999999.97',  NULL, '2999999.99',   '2999999.99',   '2999999.985 rounds up'),
('13',           '600万',       NULL, '300万',        '300万',        'at the cap'),
('13',           '6000000.02',  NULL, '300万',        '3000000.01',   'one fen over'),
-- 七(十四) 单轮 1000 万元以上: 5% 最高 150 万元; 2% 最高 100 万元
('14.1',         '9999999.99',  NULL, '0',            '0',            'one fen under 1000万: not eligible'),
('14.1',         '1000万',      NULL, '50万',         '50万',         '1000万以上 includes 1000万'),
('14.1',         '3000万',      NULL, '150万',        '150万',        'at the cap'),
('14.1',         '30000000.10', NULL, '150万',        '1500000.01',   '1500000.005 rounds up, over the cap'),
('14.2',         '9999999.99',  NULL, '0',            '0',            'one fen under 1000万: not eligible'),
('14.2',         '1000万',      NULL, '20万',         '20万',         '1000万以上 includes 1000万'),
('14.2',         '5000万',      NULL, '100万',        '100万',        'at the cap'),
('14.2',         '6000万',      NULL, '100万',        '120万',        'cap binds');

-- Every clause has cases.
SELECT code FROM clause c WHERE NOT EXISTS (SELECT FROM cases WHERE cases.code = c.code);

-- One application of each clause at each case, under the clause's rule and
-- its yearly ceiling (annual_limit, for an enterprise with no other award
-- that year); ok when both amounts are as wanted.
CREATE TEMP VIEW result AS
SELECT k.*, granted(r.a) AS got_granted, claimed(r.a) AS got_claimed
  FROM cases k
  JOIN clause c USING (code),
       LATERAL (SELECT annual_total(c.kind, c.limit_group, one.a, c.annual_limit) AS a
                  FROM (SELECT coalesce(award_for(c.rule, k.amount),
                                        award_for(c.rule, k.units)) AS a) AS one) AS r;

SELECT code, coalesce(amount::text, units::text) AS measure, reading,
       got_granted AS granted, got_claimed AS claimed,
       got_granted = granted AND got_claimed = claimed AS ok
  FROM result
 ORDER BY split_part(code, '.', 1)::int, code, amount, units;

-- Nothing wrong: an empty list.
SELECT code, amount, units FROM result
 WHERE got_granted <> granted OR got_claimed <> claimed;
