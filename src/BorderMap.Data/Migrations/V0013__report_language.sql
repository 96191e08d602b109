-- The language an editor stated for a report ("en", "ru"); null when the text's letters decide.
-- Kept so that reprocessing reads the report the way it was submitted.
ALTER TABLE reports ADD COLUMN language text CHECK (language IN ('en', 'ru'));
