-- H2 gives each foreign key an index of its own (CONSTRAINT_INDEX_…) when it is declared: fact,
-- finding and reading_note carried two identical indexes on submission_id, one kept up for nothing on
-- every row inserted. PostgreSQL makes no index for a foreign key: there the named ones stay.
DROP INDEX fact_submission;
DROP INDEX finding_submission;
DROP INDEX reading_note_submission;
