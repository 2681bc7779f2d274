-- Gongkai store, version 4: each version's title beside its content, so that lists and search read
-- a row instead of the whole document. Versions saved before this have none; readers fall back to
-- the document (published rows cannot be updated, see V3).
ALTER TABLE disclosure_versions ADD COLUMN title VARCHAR(1000);
