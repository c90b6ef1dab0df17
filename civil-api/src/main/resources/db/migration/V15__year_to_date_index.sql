-- A resident's year to date is summed under the resident's lock on every settlement. The index it
-- was read by named the rows only (resident, day), so each of the resident's settlements of the
-- year was fetched whole, steps included, to read ten amounts. This one holds what the sum reads,
-- so the database answers it from the index alone; it replaces the narrower one, whose order it
-- keeps (resident, then day).
CREATE INDEX settlement_year_to_date ON settlement (resident_id, settled_on, reversed_on,
  before_basic_paid, after_basic_paid, before_critical_base, after_critical_base,
  before_critical_paid, after_critical_paid, before_aid_base, after_aid_base, before_aid_paid, after_aid_paid);
DROP INDEX settlement_resident;
