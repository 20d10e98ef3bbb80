CREATE TABLE state_groups_state (
    state_group bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    body text,
    amount numeric(12,2),
    payload jsonb
);
ALTER TABLE state_groups_state ALTER COLUMN state_group SET (n_distinct=-0.02);
ALTER TABLE state_groups_state ALTER COLUMN event_id SET STATISTICS 1000;
ALTER TABLE state_groups_state ALTER COLUMN body SET STORAGE EXTERNAL;
ALTER TABLE state_groups_state ALTER COLUMN body SET COMPRESSION lz4;
ALTER TABLE state_groups_state ALTER COLUMN amount SET STORAGE EXTENDED;
ALTER TABLE state_groups_state ALTER COLUMN payload SET (n_distinct=500, n_distinct_inherited=-0.5);
ALTER TABLE state_groups_state ALTER COLUMN payload SET STORAGE MAIN;

CREATE TABLE event_json (
    event_id text NOT NULL,
    json text NOT NULL
);
ALTER TABLE event_json ALTER COLUMN json SET STORAGE EXTERNAL;
ALTER TABLE event_json ALTER COLUMN event_id SET STATISTICS 50;
