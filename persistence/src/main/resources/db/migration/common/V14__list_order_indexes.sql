-- Lists without a narrowing condition sort by the time an item has been held: the whole country's
-- 达标查询 and a national office's 信息追踪. With these indexes the database walks the index in that
-- order and stops after the page, instead of sorting every row of the table. The lists break ties
-- by id in the same direction, so each index serves both directions.
CREATE INDEX grading_application_held ON grading_application (held_since, id);
CREATE INDEX census_record_held ON census_record (held_since, id);
