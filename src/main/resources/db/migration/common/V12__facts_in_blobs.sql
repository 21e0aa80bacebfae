-- A submission's facts are stored whole in its submission_values row from now on (ValuesBlob's format 2),
-- without fact rows: inserting 1.9 million rows (and their index, and committing them) was a quarter of a
-- first night's CPU at 10,000 schools. Rows stored before stay as they are, and are read as before; so are
-- the blobs beside them (format 1, values only). fact_count is how many facts a blob of format 2 holds (what
-- COUNT(*) over the fact rows says for the others).
ALTER TABLE submission_values ADD COLUMN fact_count INTEGER;
