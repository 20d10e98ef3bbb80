CREATE TABLE audit_events (id integer PRIMARY KEY, severity integer NOT NULL, body text);
CREATE PUBLICATION events_pub_1125 FOR TABLE audit_events (id, severity, body) WHERE (severity > 2);
