CREATE TABLE jobs (id bigint NOT NULL, queue text NOT NULL, state text DEFAULT 'new', tries integer) PARTITION BY LIST (queue);
CREATE TABLE jobs_mail PARTITION OF jobs FOR VALUES IN ('mail');
CREATE TABLE jobs_rest PARTITION OF jobs DEFAULT;
