-- GitLab's p_ci_builds: an existing table attached as a partition keeps its own index and key names, which are not
-- the names PARTITION OF would give the partition's share of the parent's indexes
CREATE TABLE p_ci_builds (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint, name varchar, status varchar) PARTITION BY LIST (partition_id);
CREATE TABLE ci_builds (id bigint NOT NULL, partition_id bigint NOT NULL, project_id bigint, name varchar, status varchar);
ALTER TABLE ONLY ci_builds ADD CONSTRAINT ci_builds_pkey_old PRIMARY KEY (id, partition_id);
CREATE INDEX index_ci_builds_on_project_id_and_id ON ci_builds (project_id, id DESC NULLS LAST);
CREATE INDEX index_ci_builds_running ON ci_builds (name) INCLUDE (status) WHERE status::text = 'running';
ALTER TABLE ONLY p_ci_builds ATTACH PARTITION ci_builds FOR VALUES IN ('100', '101');
ALTER TABLE p_ci_builds ADD CONSTRAINT p_ci_builds_pkey PRIMARY KEY (id, partition_id);
CREATE INDEX index_p_ci_builds_on_project_id_and_id ON p_ci_builds (project_id, id DESC NULLS LAST);
CREATE INDEX index_p_ci_builds_running ON p_ci_builds (name) INCLUDE (status) WHERE status::text = 'running';
CREATE TABLE "Mixed Case Builds" PARTITION OF p_ci_builds FOR VALUES IN ('102');
ALTER INDEX "Mixed Case Builds_project_id_id_idx" RENAME TO "Index On Project";
CREATE INDEX index_p_ci_builds_on_name ON p_ci_builds (name);
