-- Issue 12 items 2-4. Portable SQL: PostgreSQL and H2.

-- Item 3: usernames are unique whatever their case ('Admin' beside 'admin' is refused) and a login
-- finds its account by any case. H2 indexes no expressions, so the lower-case name is a column of
-- its own (set by UserAccount). Existing names that differ only in case make the unique index,
-- and so this migration, fail with the duplicate key: rename one of each pair first.
alter table user_account add column username_key varchar(32);
update user_account set username_key = lower(username);
alter table user_account alter column username_key set not null;
create unique index user_account_username_lower on user_account (username_key);

-- Item 2: raised whenever the account's credentials change (password set or reset, disabled);
-- a session signed in under an older stamp is refused on its next request, on every node.
alter table user_account add column credential_stamp bigint default 0 not null;

-- Items 3 and 4: registrations counted per address and wrong passwords per account and address,
-- both read from the security audit.
create index security_event_address on security_event (remote_address, occurred_at);
create index security_event_subject on security_event (subject_username, occurred_at);

-- Item 3: a county's newest enterprises first.
create index organisation_county_created on organisation (county_code, kind, created_at);
