-- A resident's year to date is now the sum of their standing settlements of the year, read when
-- settling; it is no longer kept in a table of its own, which could disagree with the settlements
-- (an embedded database killed in the middle of a commit was seen to keep a settlement and lose
-- the separately kept total). The index serves that sum.
CREATE INDEX settlement_resident ON settlement (resident_id, settled_on);
DROP TABLE year_to_date;
