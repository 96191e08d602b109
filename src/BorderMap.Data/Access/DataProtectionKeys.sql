-- Every Data Protection key element, oldest first (the key ring reads them all).
SELECT xml FROM data_protection_keys ORDER BY id;
