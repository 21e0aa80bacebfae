-- A file may hold several documents: more than one kind (a self-assessment table and its plan), or a
-- sheet per school of a district's workbook. Each is a submission of its own, with its kind's code,
-- its unit, its outcome and findings, and its own versions: a unit's versions of one kind.
-- Rows from before were all phasing tables (or files in which none was found: no kind).
DROP VIEW submission_version;
ALTER TABLE submission ADD COLUMN kind VARCHAR(40);
UPDATE submission SET kind = 'phasing' WHERE outcome IN ('READ', 'UNKNOWN_UNIT', 'HELD');

-- One submission per received file no more: the column is moved to a new one (which drops its unique
-- index and its foreign key the same way in H2 and PostgreSQL, whatever they were named), and a file's
-- documents are unique by kind and unit.
ALTER TABLE submission ADD COLUMN received_file BIGINT;
UPDATE submission SET received_file = received_file_id;
ALTER TABLE submission DROP COLUMN received_file_id;
ALTER TABLE submission RENAME COLUMN received_file TO received_file_id;
ALTER TABLE submission ADD CONSTRAINT submission_received_file_fk FOREIGN KEY (received_file_id)
    REFERENCES received_file (id);
CREATE UNIQUE INDEX submission_document ON submission (received_file_id, kind, unit_code);

-- A unit's versions are its documents of one kind.
CREATE VIEW submission_version AS
SELECT s.id AS submission_id, s.unit_code, s.file_name, s.sha256, r.run_id AS received_run_id, r.sent_at,
       r.sender,
       ROW_NUMBER() OVER (PARTITION BY s.unit_code, s.kind ORDER BY s.run_id, r.sent_at, r.file_name, r.id)
           AS version,
       COUNT(*) OVER (PARTITION BY s.unit_code, s.kind) AS version_count,
       s.kind
FROM submission s JOIN received_file r ON r.id = s.received_file_id
WHERE s.outcome = 'READ' AND s.unit_code IS NOT NULL;
