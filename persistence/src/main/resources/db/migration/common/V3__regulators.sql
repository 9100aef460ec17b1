-- Every region has its work-safety regulator; the system administrator has an organisation too.
insert into organisation (kind, name, region_code, province_code, city_code, county_code,
                          regulator_region_code, created_at, version)
select 'REGULATOR',
       case when r.level = 'NATIONAL' then '国家安全生产监督管理总局'
            -- groupings such as 北京 市辖区 or 湖北 省直辖县级行政区划 are named with their province
            when r.level = 'CITY' and r.name in ('市辖区', '县', '省直辖县级行政区划')
              then (select p.name from region p where p.code = r.parent_code) || r.name || '安全生产监督管理局'
            else r.name || '安全生产监督管理局' end,
       r.code,
       case r.level when 'PROVINCE' then r.code
                    when 'CITY' then r.parent_code
                    when 'COUNTY' then (select p.parent_code from region p where p.code = r.parent_code)
       end,
       case r.level when 'CITY' then r.code when 'COUNTY' then r.parent_code end,
       case r.level when 'COUNTY' then r.code end,
       r.code, current_timestamp, 0
from region r;

insert into organisation (kind, name, region_code, created_at, version)
values ('ADMINISTRATION', '系统管理', '000000', current_timestamp, 0);
