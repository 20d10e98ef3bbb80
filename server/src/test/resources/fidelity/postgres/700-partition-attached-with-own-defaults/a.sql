-- as pg_dump and Rails structure files write partitions: made on their own, attached, and the parent's default set
-- with ALTER TABLE ONLY afterwards, so the partition has no default; a partition's own default and NOT NULL too
CREATE TABLE audit_events (id bigint NOT NULL, author_id bigint, entity_path text, created_at timestamp NOT NULL) PARTITION BY RANGE (created_at);
CREATE SEQUENCE audit_events_id_seq OWNED BY audit_events.id;
CREATE TABLE audit_events_202501 (id bigint NOT NULL, author_id bigint NOT NULL, entity_path text DEFAULT 'root', created_at timestamp NOT NULL);
ALTER TABLE ONLY audit_events ATTACH PARTITION audit_events_202501 FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');
ALTER TABLE ONLY audit_events ALTER COLUMN id SET DEFAULT nextval('audit_events_id_seq'::regclass);
CREATE TABLE audit_events_202502 PARTITION OF audit_events FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');
CREATE TABLE users (id bigint PRIMARY KEY, name text);
