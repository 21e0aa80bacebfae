-- Each submission's values in one row (ValuesBlob: indicator, measure, value and cell of each fact, as its
-- fact row gives them back), written with its facts. Every night reads every unit's current values and the
-- cells of its copied figures: from 10,000 of these rows at 10,000 schools, not from 1.9 million fact rows.
-- Submissions stored before this have none; their values are read from their fact rows, as before.
CREATE TABLE submission_values (
    submission_id BIGINT PRIMARY KEY REFERENCES submission (id),
    data          BYTEA  NOT NULL
);
