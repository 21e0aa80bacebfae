-- The year of a table's current value as its header dates it ("Hiện trạng 9/2023": 2023): which
-- collection round (tonghop.timeliness.rounds) a file answers. NULL when the header names no year (the
-- file is then placed by when it was sent) and for files read before this column existed.
ALTER TABLE submission ADD COLUMN current_year INTEGER;

-- The one reminder a unit gets for a collection round when its deadline passed and it had sent nothing
-- readable: recorded once the mail server took it, so it is never sent twice for the same round. The
-- message itself is in delivery, under the run that sent it.
CREATE TABLE reminder (
    unit_code  VARCHAR(100) NOT NULL,
    round_year INTEGER      NOT NULL,
    run_id     BIGINT       NOT NULL,
    recipient  VARCHAR(500) NOT NULL,
    sent_at    TIMESTAMP    NOT NULL,
    PRIMARY KEY (unit_code, round_year)
);
