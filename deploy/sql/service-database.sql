-- One service's database, its owner role (Flyway and the writes) and a SELECT-only reader role (the read
-- datasource). Idempotent. Run as a superuser connected to any database, with psql variables:
--
--   psql -v ON_ERROR_STOP=1 -v owner=indicators -v password=... -v reader=indicators_reader \
--        -v reader_password=... -v db=indicators -f deploy/sql/service-database.sql
--
-- Used by deploy/local/db.sh and by the PostgreSQL container of deploy/compose; on Kubernetes, CloudNativePG
-- creates the database and owner and deploy/kubernetes/base/databases.yaml grants the reader the same.
select format('create role %I login password %L', :'owner', :'password')
 where not exists (select 1 from pg_roles where rolname = :'owner') \gexec
select format('alter role %I login password %L', :'owner', :'password') \gexec
select format('create role %I login password %L', :'reader', :'reader_password')
 where not exists (select 1 from pg_roles where rolname = :'reader') \gexec
-- A reader can read and nothing else, and its sessions are read-only, as on a streaming replica.
select format('alter role %I login password %L nosuperuser nocreatedb nocreaterole noinherit',
              :'reader', :'reader_password') \gexec
select format('alter role %I set default_transaction_read_only = on', :'reader') \gexec
select format('create database %I owner %I encoding %L template template0', :'db', :'owner', 'UTF8')
 where not exists (select 1 from pg_database where datname = :'db') \gexec

\connect :"db"
select format('revoke all on database %I from public', :'db') \gexec
select format('grant connect on database %I to %I', :'db', :'reader') \gexec
-- What exists now, and (default privileges of the owner, in every schema) what its later migrations create.
select format('grant usage on schema %I to %I', nspname, :'reader')
  from pg_namespace where nspname = 'public' or pg_get_userbyid(nspowner) = :'owner' \gexec
select format('grant select on all tables in schema %I to %I', nspname, :'reader')
  from pg_namespace where nspname = 'public' or pg_get_userbyid(nspowner) = :'owner' \gexec
select format('alter default privileges for role %I grant select on tables to %I', :'owner', :'reader') \gexec
select format('alter default privileges for role %I grant usage on schemas to %I', :'owner', :'reader') \gexec
