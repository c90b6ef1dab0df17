-- Whether the district's demo data was loaded in full. The first start of a new database writes
-- 'LOADING' before it loads the demo data and 'LOADED' once it is done; a start that finds
-- 'LOADING' knows that the load was cut short (the process died), removes what it left and loads
-- again. A database from before this table has no row: its demo data, if any, is complete.
CREATE TABLE demo_data_load (
  id INT PRIMARY KEY,
  status VARCHAR(16) NOT NULL
);
