-- What each part of the office's tree (a child of the root unit: a district or a commune) was made of when a
-- run last checked it across documents ('checks') or wrote its copy under theo-huyen/ ('copy'): a later run
-- whose part has the same inputs carries the findings or the copy over instead of making them again.
-- computed_run is the run that made them from the documents (the run itself, or the one it carried them from);
-- made_at the time the run's outputs state (the run's start).
CREATE TABLE part_key (
    run_id       BIGINT       NOT NULL,
    purpose      VARCHAR(10)  NOT NULL,
    part_code    VARCHAR(100) NOT NULL,
    input_key    CHAR(64)     NOT NULL,
    computed_run BIGINT       NOT NULL,
    made_at      TIMESTAMP    NOT NULL,
    PRIMARY KEY (run_id, purpose, part_code)
);
