CREATE TABLE jobs (id bigint NOT NULL, queue text NOT NULL, state varchar(20) NOT NULL DEFAULT 'queued', tries integer NOT NULL DEFAULT 0) PARTITION BY LIST (queue);
CREATE TABLE jobs_mail PARTITION OF jobs FOR VALUES IN ('mail');
CREATE TABLE jobs_rest PARTITION OF jobs DEFAULT;
