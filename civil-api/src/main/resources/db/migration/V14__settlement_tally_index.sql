-- What a period's report sums from the settlements (SettlementTally), in one index: the database
-- reads the index alone, never the rows (about two kilobytes each, most of it the steps), whether
-- the report is of now or as of an earlier instant (recorded_at). A city's half year is a million
-- settlements: 2 GB of rows against about 150 MB of index.
CREATE INDEX settlement_tally ON settlement (settled_on, reversed_on, recorded_at, category, hospital_code,
  resident_id, aid, total, basic, critical, self_pay);
