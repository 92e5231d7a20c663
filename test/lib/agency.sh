# Sourced by the scenarios that follow an agency's own catalog rows through
# dump, restore and upgrade.  Needs psql_ (psql with ON_ERROR_STOP) defined.

# As the database owner $2 in database $1 (where subsidy is installed): a
# provincial policy of its own with a programme and two clauses, a policy
# added and deleted again (so the id sequence has moved on), and a table of
# its own that refers to clauses, shipped and its own.
agency_rows() {
    psql_ -U "$2" -d "$1" <<'SQL'
INSERT INTO policy (doc_number, title, level, issuer, effective)
VALUES ('示例省级政策〔2025〕1号', '示例省级人工智能政策', 'provincial', '示例省厅',
        '[2025-01-01,2027-01-01)'),
       ('示例市级政策〔2024〕9号', '示例市级算力政策', 'municipal', '示例市局',
        '[2024-07-01,2026-07-01)');
DELETE FROM policy WHERE doc_number = '示例市级政策〔2024〕9号';
INSERT INTO programme (code, policy_id, title, annual_budget, annual_quota)
SELECT 'sc-compute', id, '示例省级算力券', '5000万', NULL
  FROM policy WHERE doc_number = '示例省级政策〔2025〕1号';
INSERT INTO clause (code, policy_id, programme, title, kind, rule, measure,
                    limit_group, annual_limit, installment_shares, once_only, source)
SELECT v.code, p.id, v.programme, v.title, v.kind, v.rule::tiers, v.measure,
       v.grp, v.lim::cny, v.shares::int[], v.once, v.source
  FROM policy p,
       (VALUES ('sc.compute', 'sc-compute', '省级算力券', 'compute',
                'marginal: >=0 -> 40%, >=200万 -> 30%; cap 300万', 'compute fees',
                'sc.compute', '300万', NULL, false, '示例：按算力费用分档补贴。'),
               ('sc.leader', NULL, '省级链主企业', 'chain-leader', 'fixed: 150万',
                'recognition as chain leader', 'sc.leader', NULL, '{50,50}', true,
                '示例：链主企业奖励。')) AS v(code, programme, title, kind, rule, measure,
                                        grp, lim, shares, once, source)
 WHERE p.doc_number = '示例省级政策〔2025〕1号';
CREATE TABLE application (id int PRIMARY KEY, code text NOT NULL REFERENCES clause,
                          amount cny);
INSERT INTO application VALUES (1, '1.domestic', '800万'), (2, 'sc.compute', '300万');
SQL
}

# What database $1 holds, read as role $2, in a stable order: the catalog
# rows ($3 = all) or only the agency's own ($3 = own), the id sequence, and
# the agency's table with the award each of its own clauses gives.
agency_catalog() {
    local which="true"
    [ "$3" = own ] && which="NOT shipped"
    psql_ -U "$2" -d "$1" -A -t <<SQL
SELECT 'policy', p.* FROM policy p WHERE $which ORDER BY id;
SELECT 'programme', g.* FROM programme g WHERE $which ORDER BY code;
SELECT 'clause', c.* FROM clause c WHERE $which ORDER BY code;
SELECT 'sequence', last_value, is_called FROM policy_id_seq;
SELECT 'application', a.*, CASE WHEN $which THEN granted(award_for(c.rule, a.amount)) END
  FROM application a JOIN clause c USING (code) ORDER BY id;
SQL
}
