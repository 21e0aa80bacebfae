-- H2 writes an identity column's next values ahead, 32 at a time, and each time commits that on its own
-- (a commit is on disk when it returns: WRITE_DELAY=0). Storing a chunk of 20 files (3,700 facts)
-- thus wrote the database 116 times in mid-transaction, every page the chunk had changed so far each
-- time: 1.1 KB written per fact of 85 bytes. With 100,000 values ahead a chunk is written once, when it
-- commits. A crash (or a backup of the open database restored) skips the values ahead: ids keep their
-- order, with a gap, and nothing reads them as counts.
ALTER TABLE fact ALTER COLUMN id SET CACHE 100000;
ALTER TABLE finding ALTER COLUMN id SET CACHE 100000;
ALTER TABLE reading_note ALTER COLUMN id SET CACHE 100000;
ALTER TABLE submission ALTER COLUMN id SET CACHE 100000;
