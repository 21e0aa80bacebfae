-- A run's number is its job instance's id. H2 wrote this sequence's values 32 ahead, and a run killed (or a
-- power cut, or a full disk) lost them: the run after a killed run 1 was number 33, its folder «…_lan-33».
-- A run takes one value; written as it is taken, none is lost. (PostgreSQL logs its sequences ahead too, but
-- a crash of tonghop is not one of the server's.)
ALTER SEQUENCE BATCH_JOB_INSTANCE_SEQ NO CACHE;
