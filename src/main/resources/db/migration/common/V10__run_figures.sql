-- A run's figures that depend on which versions are current (units reported, findings reported), counted
-- once the run's findings are final (its deliver step) and kept: they say what the run reported, and
-- counting them again for every run that status lists took seconds per run at 10,000 schools.
CREATE TABLE run_figures (
    run_id         BIGINT PRIMARY KEY,
    units_reported INT    NOT NULL,
    errors         BIGINT NOT NULL,
    warnings       BIGINT NOT NULL
);
