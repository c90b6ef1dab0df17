-- A nursing home counts in a period's homes, beds and bed-months from the day it opened. Homes
-- registered before this version carry no opening day; they are taken as open before any record
-- (1900-01-01), so their past reports read as before.
ALTER TABLE nursing_home ADD COLUMN opened_on DATE;
UPDATE nursing_home SET opened_on = DATE '1900-01-01';
ALTER TABLE nursing_home ALTER COLUMN opened_on SET NOT NULL;
