-- Icinga 2 IDO PostgreSQL schema 2.5.4 (github Icinga/icinga2, tag v2.5.4, lib/db_ido_pgsql/schema/pgsql.sql): three of the
-- tables the 2.6.0 upgrade alters, with their indexes, as written there (its functions left out)
CREATE TABLE  icinga_acknowledgements (
  acknowledgement_id bigserial,
  instance_id bigint default 0,
  entry_time timestamp with time zone default '1970-01-01 00:00:00+00',
  entry_time_usec INTEGER  default 0,
  acknowledgement_type INTEGER  default 0,
  object_id bigint default 0,
  state INTEGER  default 0,
  author_name TEXT  default '',
  comment_data TEXT  default '',
  is_sticky INTEGER  default 0,
  persistent_comment INTEGER  default 0,
  notify_contacts INTEGER  default 0,
  end_time timestamp with time zone default '1970-01-01 00:00:00+00',
  CONSTRAINT PK_acknowledgement_id PRIMARY KEY (acknowledgement_id)
) ;

CREATE TABLE  icinga_comments (
  comment_id bigserial,
  instance_id bigint default 0,
  entry_time timestamp with time zone default '1970-01-01 00:00:00+00',
  entry_time_usec INTEGER  default 0,
  comment_type INTEGER  default 0,
  entry_type INTEGER  default 0,
  object_id bigint default 0,
  comment_time timestamp with time zone default '1970-01-01 00:00:00+00',
  internal_comment_id bigint default 0,
  author_name TEXT  default '',
  comment_data TEXT  default '',
  is_persistent INTEGER  default 0,
  comment_source INTEGER  default 0,
  expires INTEGER  default 0,
  expiration_time timestamp with time zone default '1970-01-01 00:00:00+00',
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
  entry_time timestamp with time zone default '1970-01-01 00:00:00+00',
  author_name TEXT  default '',
  comment_data TEXT  default '',
  internal_downtime_id bigint default 0,
  triggered_by_id bigint default 0,
  is_fixed INTEGER  default 0,
  duration BIGINT  default 0,
  scheduled_start_time timestamp with time zone default '1970-01-01 00:00:00+00',
  scheduled_end_time timestamp with time zone default '1970-01-01 00:00:00+00',
  was_started INTEGER  default 0,
  actual_start_time timestamp with time zone default '1970-01-01 00:00:00+00',
  actual_start_time_usec INTEGER  default 0,
  actual_end_time timestamp with time zone default '1970-01-01 00:00:00+00',
  actual_end_time_usec INTEGER  default 0,
  was_cancelled INTEGER  default 0,
  is_in_effect INTEGER  default 0,
  trigger_time timestamp with time zone default '1970-01-01 00:00:00+00',
  name TEXT default NULL,
  CONSTRAINT PK_downtimehistory_id PRIMARY KEY (downtimehistory_id) ,
  CONSTRAINT UQ_downtimehistory UNIQUE (instance_id,object_id,entry_time,internal_downtime_id)
) ;

CREATE INDEX comments_i_id_idx on icinga_comments(instance_id);

CREATE INDEX sla_idx_dohist ON icinga_downtimehistory (object_id, actual_start_time, actual_end_time);

CREATE INDEX idx_comments_object_id on icinga_comments(object_id);

CREATE INDEX idx_comments_session_del ON icinga_comments (instance_id, session_token);
