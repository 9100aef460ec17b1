-- Grouping rows of GB/T 2260 (北京/天津/上海/重庆's 市辖区 and 县, 省/自治区直辖县级行政区划) are no
-- government: V3 gave each a regulator organisation that records climbed through and nobody could
-- act as. From here on they are region data only (Region.isGrouping); this moves what they hold to
-- the real regulator, keeps every history line, and retires or removes the phantom regulators.
-- A grouping is always a CITY-level row, so it sits at the city place of a path:
-- /000000/<province>/<grouping>/<county>/. Portable SQL (PostgreSQL and H2).

-- 1. Census records held by a grouping. Returned from above: on down to the county below it on
--    the route; otherwise (submitted from below, or the grouping was the supervising level): up to
--    the province. One history line each says so (action REROUTE, actor "system").
insert into census_history (record_id, occurred_at, action, actor_username, actor_organisation_id,
                            actor_organisation_name, actor_level, to_holder_region_code, reason)
select r.id, current_timestamp, 'REROUTE', 'system', null, null, null,
       case when r.arrival = 'RETURNED_BY_UPPER' and length(r.supervising_path) = 29
              then substr(r.supervising_path, 23, 6)
            else g.parent_code end,
       null
from census_record r join region g on g.code = r.holder_region_code
where g.level = 'CITY' and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划');

update census_record
set holder_region_code =
      (select case when census_record.arrival = 'RETURNED_BY_UPPER'
                        and length(census_record.supervising_path) = 29
                     then substr(census_record.supervising_path, 23, 6)
                   else g.parent_code end
       from region g where g.code = census_record.holder_region_code)
where holder_region_code in
      (select code from region
       where level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));

-- 2. Review paths without the grouping: /000000/110000/110100/110105/ becomes /000000/110000/110105/.
update census_record
set supervising_path =
      (select replace(census_record.supervising_path, '/' || g.code || '/', '/')
       from region g
       where g.level = 'CITY' and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')
         and census_record.supervising_path like '%/' || g.code || '/%')
where exists
      (select 1 from region g
       where g.level = 'CITY' and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划')
         and census_record.supervising_path like '%/' || g.code || '/%');

-- 3. Grading applications handled by a grouping go to its province (the competent regulator).
update grading_application
set handling_region_code = (select g.parent_code from region g where g.code = handling_region_code)
where handling_region_code in
      (select code from region
       where level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));

-- 4. Enterprises supervised directly by a grouping are supervised by its province.
update organisation
set supervising_region_code = (select g.parent_code from region g where g.code = supervising_region_code)
where supervising_region_code in
      (select code from region
       where level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));

-- 5. Organising bodies and evaluation agencies placed at a grouping (they take their regulator's
--    region) move to the province, with the ancestry of a province; bodies are then managed by the
--    province's regulator.
update organisation
set region_code = (select g.parent_code from region g where g.code = region_code),
    city_code = null,
    county_code = null
where kind in ('ORGANIZING_BODY', 'EVALUATION_AGENCY')
  and region_code in
      (select code from region
       where level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));

update organisation
set parent_id = (select p.id from organisation p where p.regulator_region_code = organisation.region_code)
where kind = 'ORGANIZING_BODY'
  and parent_id in
      (select ph.id from organisation ph join region g on g.code = ph.regulator_region_code
       where g.level = 'CITY' and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));

-- 6. Phantom regulators: logins of them are disabled; those nothing refers to are removed, the
--    others are retired (no longer the regulator of any region; name and history stay).
update user_account
set enabled = false
where organisation_id in
      (select ph.id from organisation ph join region g on g.code = ph.regulator_region_code
       where g.level = 'CITY' and g.name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));

delete from organisation
where kind = 'REGULATOR'
  and regulator_region_code in
      (select code from region
       where level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'))
  and not exists (select 1 from user_account a where a.organisation_id = organisation.id)
  and not exists (select 1 from organisation c where c.parent_id = organisation.id)
  and not exists (select 1 from census_history h where h.actor_organisation_id = organisation.id)
  and not exists (select 1 from grading_history h where h.actor_organisation_id = organisation.id);

update organisation
set regulator_region_code = null
where kind = 'REGULATOR'
  and regulator_region_code in
      (select code from region
       where level = 'CITY' and name in ('市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'));
