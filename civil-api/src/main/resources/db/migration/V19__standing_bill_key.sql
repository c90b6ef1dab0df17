-- A bill has at most one standing settlement, and now the database says so itself: each settlement
-- row carries its bill's key while it stands (NULL once reversed) under a unique index. Two desks
-- settling one bill at once meet at that index, and the one that comes second is run again and
-- finds the first one's settlement. This replaces a lock row per bill (bill_lock, one row for every
-- bill ever sent, written by every settlement), and the standing settlement of a bill is found by
-- the same index, so the (bill_key, seq) index goes too.
ALTER TABLE settlement ADD COLUMN standing_bill_key VARCHAR(80);
ALTER TABLE settlement_version ADD COLUMN standing_bill_key VARCHAR(80);
UPDATE settlement SET standing_bill_key = bill_key WHERE reversed_on IS NULL;
UPDATE settlement_version SET standing_bill_key = bill_key WHERE reversed_on IS NULL;
CREATE UNIQUE INDEX settlement_standing_bill ON settlement (standing_bill_key);
DROP INDEX settlement_bill_key;
DROP TABLE bill_lock;
