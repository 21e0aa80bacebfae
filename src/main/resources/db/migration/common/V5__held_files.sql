-- A file mailed from an address that is not its unit's is held (submission.outcome = 'HELD') when the
-- office chose tonghop.senders.unverified: hold. An officer's "accept" records the acceptance here and
-- removes the held reading, so the next run reads the file again and uses it.
CREATE TABLE sender_acceptance (
    received_file_id BIGINT PRIMARY KEY REFERENCES received_file (id),
    held_in_run      BIGINT        NOT NULL,
    sender           VARCHAR(500),
    accepted_at      TIMESTAMP     NOT NULL
);

-- Versions in the order files were read (the run that read the file, then when it was sent): a file an
-- officer accepted is read by the run after the acceptance and becomes its unit's newest version. A
-- file is otherwise read by the run that took it in, so nothing else changes order.
DROP VIEW submission_version;
CREATE VIEW submission_version AS
SELECT s.id AS submission_id, s.unit_code, s.file_name, s.sha256, r.run_id AS received_run_id, r.sent_at,
       r.sender,
       ROW_NUMBER() OVER (PARTITION BY s.unit_code ORDER BY s.run_id, r.sent_at, r.file_name, r.id) AS version,
       COUNT(*) OVER (PARTITION BY s.unit_code) AS version_count
FROM submission s JOIN received_file r ON r.id = s.received_file_id
WHERE s.outcome = 'READ' AND s.unit_code IS NOT NULL;
