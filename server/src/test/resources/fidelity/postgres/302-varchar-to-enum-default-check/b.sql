CREATE TYPE "Ticket Status" AS ENUM ('open', 'on hold', 'closed');
CREATE TABLE ticket (id bigint PRIMARY KEY, status "Ticket Status" NOT NULL DEFAULT 'open', prio text);
CREATE INDEX ticket_status_idx ON ticket (status);
