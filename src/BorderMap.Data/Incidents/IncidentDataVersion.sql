-- The incidents table's change counter (V0007): cached tiles of an older value may be stale.
SELECT last_value FROM incidents_data_version;
