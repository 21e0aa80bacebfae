-- No query looks facts up by unit and indicator: every one reaches a unit's facts through its submission
-- (fact.submission_id). The index cost every fact inserted a second entry in a random place of its tree
-- (a page rewritten per unit of each chunk) and 8 % of the facts' space.
DROP INDEX fact_unit_indicator;
