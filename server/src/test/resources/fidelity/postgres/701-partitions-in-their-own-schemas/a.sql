-- GitLab's layout: partitioned tables in public, their partitions in gitlab_partitions_static (hash, list) and
-- gitlab_partitions_dynamic (by time), each made on its own, attached, its indexes attached to the parent's
CREATE SCHEMA gitlab_partitions_dynamic;
COMMENT ON SCHEMA gitlab_partitions_dynamic IS 'Schema to hold partitions managed dynamically from the application, e.g. for time space partitioning.';
CREATE SCHEMA gitlab_partitions_static;
COMMENT ON SCHEMA gitlab_partitions_static IS 'Schema to hold static partitions, e.g. for hash partitioning';
CREATE TABLE ci_runner_machines (id bigint NOT NULL, runner_id bigint NOT NULL, runner_type smallint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL) PARTITION BY LIST (runner_type);
CREATE TABLE gitlab_partitions_static.instance_type_ci_runner_machines (id bigint NOT NULL, runner_id bigint NOT NULL,
    runner_type smallint NOT NULL, created_at timestamp with time zone DEFAULT now() NOT NULL);
CREATE TABLE issue_search_data (project_id bigint NOT NULL, issue_id bigint NOT NULL, search_vector tsvector) PARTITION BY HASH (project_id);
CREATE TABLE gitlab_partitions_static.issue_search_data_00 (project_id bigint NOT NULL, issue_id bigint NOT NULL, search_vector tsvector);
CREATE TABLE gitlab_partitions_static.issue_search_data_01 (project_id bigint NOT NULL, issue_id bigint NOT NULL, search_vector tsvector);
CREATE TABLE p_ci_builds_metadata (project_id bigint NOT NULL, build_id bigint NOT NULL, partition_id bigint NOT NULL,
    id bigint NOT NULL) PARTITION BY LIST (partition_id);
CREATE TABLE gitlab_partitions_dynamic.ci_builds_metadata_100 (project_id bigint NOT NULL, build_id bigint NOT NULL,
    partition_id bigint NOT NULL, id bigint NOT NULL);
CREATE SEQUENCE ci_runner_machines_id_seq;
CREATE SEQUENCE ci_builds_metadata_id_seq;
ALTER TABLE ONLY ci_runner_machines ATTACH PARTITION gitlab_partitions_static.instance_type_ci_runner_machines FOR VALUES IN ('1');
ALTER TABLE ONLY issue_search_data ATTACH PARTITION gitlab_partitions_static.issue_search_data_00 FOR VALUES WITH (modulus 2, remainder 0);
ALTER TABLE ONLY issue_search_data ATTACH PARTITION gitlab_partitions_static.issue_search_data_01 FOR VALUES WITH (modulus 2, remainder 1);
ALTER TABLE ONLY p_ci_builds_metadata ATTACH PARTITION gitlab_partitions_dynamic.ci_builds_metadata_100 FOR VALUES IN ('100');
ALTER TABLE ONLY ci_runner_machines ALTER COLUMN id SET DEFAULT nextval('ci_runner_machines_id_seq'::regclass);
ALTER TABLE ONLY p_ci_builds_metadata ALTER COLUMN id SET DEFAULT nextval('ci_builds_metadata_id_seq'::regclass);
ALTER TABLE ONLY ci_runner_machines ADD CONSTRAINT ci_runner_machines_pkey PRIMARY KEY (id, runner_type);
ALTER TABLE ONLY gitlab_partitions_static.instance_type_ci_runner_machines ADD CONSTRAINT instance_type_ci_runner_machines_pkey PRIMARY KEY (id, runner_type);
ALTER TABLE ONLY issue_search_data ADD CONSTRAINT issue_search_data_pkey PRIMARY KEY (project_id, issue_id);
ALTER TABLE ONLY gitlab_partitions_static.issue_search_data_00 ADD CONSTRAINT issue_search_data_00_pkey PRIMARY KEY (project_id, issue_id);
ALTER TABLE ONLY gitlab_partitions_static.issue_search_data_01 ADD CONSTRAINT issue_search_data_01_pkey PRIMARY KEY (project_id, issue_id);
ALTER TABLE ONLY p_ci_builds_metadata ADD CONSTRAINT p_ci_builds_metadata_pkey PRIMARY KEY (id, partition_id);
ALTER TABLE ONLY gitlab_partitions_dynamic.ci_builds_metadata_100 ADD CONSTRAINT ci_builds_metadata_100_pkey PRIMARY KEY (id, partition_id);
CREATE INDEX index_ci_runner_machines_on_runner_id ON ONLY ci_runner_machines USING btree (runner_id);
CREATE INDEX instance_type_ci_runner_machines_runner_id_idx ON gitlab_partitions_static.instance_type_ci_runner_machines USING btree (runner_id);
CREATE INDEX index_issue_search_data_on_search_vector ON ONLY issue_search_data USING gin (search_vector);
CREATE INDEX issue_search_data_00_search_vector_idx ON gitlab_partitions_static.issue_search_data_00 USING gin (search_vector);
CREATE INDEX issue_search_data_01_search_vector_idx ON gitlab_partitions_static.issue_search_data_01 USING gin (search_vector);
ALTER INDEX ci_runner_machines_pkey ATTACH PARTITION gitlab_partitions_static.instance_type_ci_runner_machines_pkey;
ALTER INDEX index_ci_runner_machines_on_runner_id ATTACH PARTITION gitlab_partitions_static.instance_type_ci_runner_machines_runner_id_idx;
ALTER INDEX issue_search_data_pkey ATTACH PARTITION gitlab_partitions_static.issue_search_data_00_pkey;
ALTER INDEX issue_search_data_pkey ATTACH PARTITION gitlab_partitions_static.issue_search_data_01_pkey;
ALTER INDEX index_issue_search_data_on_search_vector ATTACH PARTITION gitlab_partitions_static.issue_search_data_00_search_vector_idx;
ALTER INDEX index_issue_search_data_on_search_vector ATTACH PARTITION gitlab_partitions_static.issue_search_data_01_search_vector_idx;
ALTER INDEX p_ci_builds_metadata_pkey ATTACH PARTITION gitlab_partitions_dynamic.ci_builds_metadata_100_pkey;
