-- Icinga 2 IDO PostgreSQL schema 2.7.1 (github Icinga/icinga2, tag v2.7.1, lib/db_ido_pgsql/schema/pgsql.sql): the four tables
-- the 2.8.0 upgrade touches, with their indexes, as written there (its functions left out)
CREATE TABLE  icinga_commenthistory (
  commenthistory_id bigserial,
  instance_id bigint default 0,
  entry_time timestamp,
  entry_time_usec INTEGER  default 0,
  comment_type INTEGER  default 0,
  entry_type INTEGER  default 0,
  object_id bigint default 0,
  comment_time timestamp,
  internal_comment_id bigint default 0,
  author_name TEXT  default '',
  comment_data TEXT  default '',
  is_persistent INTEGER  default 0,
  comment_source INTEGER  default 0,
  expires INTEGER  default 0,
  expiration_time timestamp,
  deletion_time timestamp,
  deletion_time_usec INTEGER  default 0,
  name TEXT default NULL,
  CONSTRAINT PK_commenthistory_id PRIMARY KEY (commenthistory_id) ,
  CONSTRAINT UQ_commenthistory UNIQUE (instance_id,object_id,comment_time,internal_comment_id)
);

CREATE TABLE  icinga_comments (
  comment_id bigserial,
  instance_id bigint default 0,
  entry_time timestamp,
  entry_time_usec INTEGER  default 0,
  comment_type INTEGER  default 0,
  entry_type INTEGER  default 0,
  object_id bigint default 0,
  comment_time timestamp,
  internal_comment_id bigint default 0,
  author_name TEXT  default '',
  comment_data TEXT  default '',
  is_persistent INTEGER  default 0,
  comment_source INTEGER  default 0,
  expires INTEGER  default 0,
  expiration_time timestamp,
  name TEXT default NULL,
  session_token INTEGER default NULL,
  CONSTRAINT PK_comment_id PRIMARY KEY (comment_id) ,
  CONSTRAINT UQ_comments UNIQUE (instance_id,object_id,comment_time,internal_comment_id)
)  ;

CREATE TABLE  icinga_downtimehistory (
  downtimehistory_id bigserial,
  instance_id bigint default 0,
  downtime_type INTEGER  default 0,
  object_id bigint default 0,
  entry_time timestamp,
  author_name TEXT  default '',
  comment_data TEXT  default '',
  internal_downtime_id bigint default 0,
  triggered_by_id bigint default 0,
  is_fixed INTEGER  default 0,
  duration BIGINT  default 0,
  scheduled_start_time timestamp,
  scheduled_end_time timestamp,
  was_started INTEGER  default 0,
  actual_start_time timestamp,
  actual_start_time_usec INTEGER  default 0,
  actual_end_time timestamp,
  actual_end_time_usec INTEGER  default 0,
  was_cancelled INTEGER  default 0,
  is_in_effect INTEGER  default 0,
  trigger_time timestamp,
  name TEXT default NULL,
  CONSTRAINT PK_downtimehistory_id PRIMARY KEY (downtimehistory_id) ,
  CONSTRAINT UQ_downtimehistory UNIQUE (instance_id,object_id,entry_time,internal_downtime_id)
) ;

CREATE TABLE  icinga_scheduleddowntime (
  scheduleddowntime_id bigserial,
  instance_id bigint default 0,
  downtime_type INTEGER  default 0,
  object_id bigint default 0,
  entry_time timestamp,
  author_name TEXT  default '',
  comment_data TEXT  default '',
  internal_downtime_id bigint default 0,
  triggered_by_id bigint default 0,
  is_fixed INTEGER  default 0,
  duration BIGINT  default 0,
  scheduled_start_time timestamp,
  scheduled_end_time timestamp,
  was_started INTEGER  default 0,
  actual_start_time timestamp,
  actual_start_time_usec INTEGER  default 0,
  is_in_effect INTEGER  default 0,
  trigger_time timestamp,
  name TEXT default NULL,
  session_token INTEGER default NULL,
  CONSTRAINT PK_scheduleddowntime_id PRIMARY KEY (scheduleddowntime_id) ,
  CONSTRAINT UQ_scheduleddowntime UNIQUE (instance_id,object_id,entry_time,internal_downtime_id)
) ;

ALTER TABLE icinga_comments ADD COLUMN endpoint_object_id bigint default NULL;

ALTER TABLE icinga_scheduleddowntime ADD COLUMN endpoint_object_id bigint default NULL;

ALTER TABLE icinga_commenthistory ADD COLUMN endpoint_object_id bigint default NULL;

ALTER TABLE icinga_downtimehistory ADD COLUMN endpoint_object_id bigint default NULL;

CREATE INDEX comments_i_id_idx on icinga_comments(instance_id);

CREATE INDEX scheduleddowntime_i_id_idx on icinga_scheduleddowntime(instance_id);

CREATE INDEX sla_idx_dohist ON icinga_downtimehistory (object_id, actual_start_time, actual_end_time);

CREATE INDEX commenthistory_delete_idx ON icinga_commenthistory (instance_id, comment_time, internal_comment_id);

CREATE INDEX idx_comments_object_id on icinga_comments(object_id);

CREATE INDEX idx_scheduleddowntime_object_id on icinga_scheduleddowntime(object_id);

CREATE INDEX idx_comments_session_del ON icinga_comments (instance_id, session_token);

CREATE INDEX idx_downtimes_session_del ON icinga_scheduleddowntime (instance_id, session_token);
