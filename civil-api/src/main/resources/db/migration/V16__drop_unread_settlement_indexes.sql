-- Every settlement writes an entry into each of the settlement table's indexes; two of them serve
-- no read any more:
-- - settled_on alone: the report's index (V14, which begins with settled_on) serves a span of
--   days as well;
-- - (bill_id, seq): a bill has been looked up by its key (hospital or manual desk, then bill id)
--   since V6, by (bill_key, seq).
DROP INDEX settlement_settled_on;
DROP INDEX settlement_bill;
