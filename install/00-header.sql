-- subsidy: exact CNY money, subsidy schedules, ceilings and 取高不重复.
-- Assembled by make from install/NN-*.sql; objects are created with CREATE
-- (never OR REPLACE) and referenced through @extschema@ so that no object
-- earlier in search_path can stand in for ours.

\echo Use "CREATE EXTENSION subsidy" to load this file. \quit
