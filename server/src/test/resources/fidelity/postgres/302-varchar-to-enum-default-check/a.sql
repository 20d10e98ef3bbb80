CREATE TABLE ticket (id bigint PRIMARY KEY, status varchar(20) NOT NULL DEFAULT 'open' CONSTRAINT ticket_status_check CHECK (status IN ('open', 'closed', 'on hold')), prio text);
CREATE INDEX ticket_status_idx ON ticket (status);
