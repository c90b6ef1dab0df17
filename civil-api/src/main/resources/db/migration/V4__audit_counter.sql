-- The audit log numbers its entries from a counter (one short row lock per write) instead of
-- MAX(seq) + 1, which made concurrent writers collide and retry. The counter starts after the
-- entries already kept.
INSERT INTO counter (name, current_value)
SELECT 'audit', COALESCE(MAX(seq), 0) FROM audit_entry;
