CREATE TABLE state_groups_state (
    state_group bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    body text,
    amount numeric(12,2)
);
ALTER TABLE state_groups_state ALTER COLUMN room_id SET STATISTICS 200;
