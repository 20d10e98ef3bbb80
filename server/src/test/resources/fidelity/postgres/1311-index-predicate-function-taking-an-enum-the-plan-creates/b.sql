-- River's river_job_unique_idx: a partial unique index calls the schema's own function, whose argument is the schema's
-- enum; the plan must create the enum before the function it creates for the index
CREATE TABLE queues (name text PRIMARY KEY);
CREATE TYPE job_state AS ENUM ('available', 'running', 'completed');
CREATE FUNCTION job_state_in_bitmask(bitmask bit, state job_state) RETURNS boolean LANGUAGE sql IMMUTABLE
    AS $$ SELECT get_bit(bitmask, 7 - CASE state WHEN 'available' THEN 0 WHEN 'running' THEN 1 ELSE 2 END) = 1 $$;
CREATE TABLE jobs (id bigint PRIMARY KEY, state job_state NOT NULL, unique_states bit(8), unique_key bytea);
CREATE UNIQUE INDEX jobs_unique_idx ON jobs (unique_key) WHERE unique_key IS NOT NULL AND job_state_in_bitmask(unique_states, state);
