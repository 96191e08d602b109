-- Whether Hangfire's tables are in place (Hangfire creates its schema when the server starts).
SELECT to_regclass('hangfire.job') IS NOT NULL;
