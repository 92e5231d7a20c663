-- Sharing ceilings and budgets among rows, exact to the fen: window
-- functions (src/windows.c) and instalments (src/installments.c).

CREATE FUNCTION @extschema@.cap_allocate(amount @extschema@.cny, cap @extschema@.cny)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'cap_allocate'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.cap_allocate(@extschema@.cny, @extschema@.cny) IS
'window function: first come first served in the window order, each row least(amount, what the cap has left); peers share what is left pro rata';

CREATE FUNCTION @extschema@.pro_rata(amount @extschema@.cny, pool @extschema@.cny)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'pro_rata'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.pro_rata(@extschema@.cny, @extschema@.cny) IS
'window function: each row its amount if the partition fits the pool, else its proportional share floored to the fen plus largest-remainder fen; shares add up to the pool';

CREATE FUNCTION @extschema@.installments(total @extschema@.cny, shares integer[], first_year integer)
RETURNS TABLE (year integer, amount @extschema@.cny)
AS 'MODULE_PATHNAME', 'installments'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE ROWS 3;
COMMENT ON FUNCTION @extschema@.installments(@extschema@.cny, integer[], integer) IS
'an amount paid over years by whole-percentage shares summing to 100: one row per year, exact to the fen (largest remainder, earlier year first on a tie)';

CREATE FUNCTION @extschema@.installment_shares_valid(shares integer[]) RETURNS boolean
AS 'MODULE_PATHNAME', 'installment_shares_valid'
LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.installment_shares_valid(integer[]) IS
'whether installments() takes these shares: one-dimensional, no NULL or negative share, adding up to 100';

CREATE FUNCTION @extschema@.tier_increment(schedule @extschema@.tiers, measure @extschema@.cny)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'tier_increment_cny'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_increment(@extschema@.tiers, @extschema@.cny) IS
'window function, 进档差额: the amount of the highest tier reached so far minus the highest reached on earlier rows of the window (0 when the measure falls back)';

CREATE FUNCTION @extschema@.tier_increment(schedule @extschema@.tiers, measure numeric)
RETURNS @extschema@.cny
AS 'MODULE_PATHNAME', 'tier_increment_numeric'
LANGUAGE C WINDOW IMMUTABLE CALLED ON NULL INPUT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.tier_increment(@extschema@.tiers, numeric) IS
'window function, 进档差额 on a count or yuan measure: the amount of the highest tier reached so far minus the highest reached on earlier rows (0 when it falls back)';
