-- Grading rules (issue 8 items 6-8): the lower regulator's consent before an application reaches
-- the organising body, referral of a report that reached only a lower level to that level's
-- regulator and body, and the accident facts of the year before applying (2011 preconditions).

-- consent: who must consent (the regulator one level below the approving one) and what it said
alter table grading_application add column consent_region_code varchar(6);
alter table grading_application add column consent_opinion varchar(500);
alter table grading_application add column consent_by varchar(128);
alter table grading_application
  add constraint grading_application_consent_region foreign key (consent_region_code)
  references region(code);
update grading_application set consent_region_code = case level_applied
    when 'FIRST' then province_code
    when 'SECOND' then city_code
    else coalesce(county_code, city_code)
  end;
create index grading_application_consent
  on grading_application (consent_region_code, state, held_since);

-- a lower level than applied for goes to that level's regulator and body
alter table grading_application add column referred_level varchar(16);

-- the level is the lower of the score level and the 安全绩效 level
alter table grading_application add column score_level varchar(16);
update grading_application set score_level = report_level;

-- accident facts of the year before applying
alter table grading_application add column deaths_last_year integer;
alter table grading_application add column major_accident_last_year boolean;
alter table grading_application add column leading_enterprise boolean;
alter table grading_application add column members_no_fatality_pct integer;
