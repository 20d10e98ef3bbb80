--
-- PostgreSQL database dump
--

\restrict NF5ooeAE5bYBLNQxWv33bkRszMzv944OkQajjvlsxIHK2MRHz7TyH6ks9VOPfTp

-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: biguint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.biguint AS bigint
	CONSTRAINT positive CHECK (((VALUE IS NULL) OR (0 <= VALUE)));


ALTER DOMAIN public.biguint OWNER TO postgres;

--
-- Name: boolenum; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.boolenum AS ENUM (
    'n',
    'y'
);


ALTER TYPE public.boolenum OWNER TO postgres;

--
-- Name: bytea16; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.bytea16 AS bytea
	CONSTRAINT exactly_16_bytes_long CHECK (((VALUE IS NULL) OR (octet_length(VALUE) = 16)));


ALTER DOMAIN public.bytea16 OWNER TO postgres;

--
-- Name: bytea20; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.bytea20 AS bytea
	CONSTRAINT exactly_20_bytes_long CHECK (((VALUE IS NULL) OR (octet_length(VALUE) = 20)));


ALTER DOMAIN public.bytea20 OWNER TO postgres;

--
-- Name: bytea4; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.bytea4 AS bytea
	CONSTRAINT exactly_4_bytes_long CHECK (((VALUE IS NULL) OR (octet_length(VALUE) = 4)));


ALTER DOMAIN public.bytea4 OWNER TO postgres;

--
-- Name: checkable_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.checkable_type AS ENUM (
    'host',
    'service'
);


ALTER TYPE public.checkable_type OWNER TO postgres;

--
-- Name: comment_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.comment_type AS ENUM (
    'comment',
    'ack'
);


ALTER TYPE public.comment_type OWNER TO postgres;

--
-- Name: history_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.history_type AS ENUM (
    'state_change',
    'ack_clear',
    'downtime_end',
    'flapping_end',
    'comment_remove',
    'comment_add',
    'flapping_start',
    'downtime_start',
    'ack_set',
    'notification'
);


ALTER TYPE public.history_type OWNER TO postgres;

--
-- Name: notification_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.notification_type AS ENUM (
    'downtime_start',
    'downtime_end',
    'downtime_removed',
    'custom',
    'acknowledgement',
    'problem',
    'recovery',
    'flapping_start',
    'flapping_end'
);


ALTER TYPE public.notification_type OWNER TO postgres;

--
-- Name: smalluint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.smalluint AS integer
	CONSTRAINT between_0_and_65535 CHECK (((VALUE IS NULL) OR ((VALUE >= 0) AND (VALUE <= 65535))));


ALTER DOMAIN public.smalluint OWNER TO postgres;

--
-- Name: state_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.state_type AS ENUM (
    'hard',
    'soft'
);


ALTER TYPE public.state_type OWNER TO postgres;

--
-- Name: tinyuint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.tinyuint AS smallint
	CONSTRAINT between_0_and_255 CHECK (((VALUE IS NULL) OR ((VALUE >= 0) AND (VALUE <= 255))));


ALTER DOMAIN public.tinyuint OWNER TO postgres;

--
-- Name: uint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.uint AS bigint
	CONSTRAINT between_0_and_4294967295 CHECK (((VALUE IS NULL) OR ((VALUE >= 0) AND (VALUE <= '4294967295'::bigint))));


ALTER DOMAIN public.uint OWNER TO postgres;

--
-- Name: anynonarrayliketext(anynonarray, text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.anynonarrayliketext(anynonarray, text) RETURNS boolean
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    AS $_$
    BEGIN
      RETURN $1::TEXT LIKE $2;
    END;
  $_$;


ALTER FUNCTION public.anynonarrayliketext(anynonarray, text) OWNER TO postgres;

--
-- Name: get_sla_ok_percent(public.bytea20, public.bytea20, public.biguint, public.biguint); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.get_sla_ok_percent(in_host_id public.bytea20, in_service_id public.bytea20, in_start_time public.biguint, in_end_time public.biguint) RETURNS numeric
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    AS $$
DECLARE
  last_event_time biguint := in_start_time;
  last_hard_state tinyuint;
  active_downtimes uint := 0;
  problem_time biguint := 0;
  total_time biguint;
  row record;
BEGIN
  IF in_end_time <= in_start_time THEN
    RAISE 'end time must be greater than start time';
  END IF;

  total_time := in_end_time - in_start_time;

  -- Use the latest event at or before the beginning of the SLA interval as the initial state.
  SELECT hard_state INTO last_hard_state
  FROM sla_history_state s
  WHERE s.host_id = in_host_id
    AND ((in_service_id IS NULL AND s.service_id IS NULL) OR s.service_id = in_service_id)
    AND s.event_time <= in_start_time
  ORDER BY s.event_time DESC
  LIMIT 1;

  -- If this does not exist, use the previous state from the first event after the beginning of the SLA interval.
  IF last_hard_state IS NULL THEN
    SELECT previous_hard_state INTO last_hard_state
    FROM sla_history_state s
    WHERE s.host_id = in_host_id
      AND ((in_service_id IS NULL AND s.service_id IS NULL) OR s.service_id = in_service_id)
      AND s.event_time > in_start_time
    ORDER BY s.event_time ASC
    LIMIT 1;
  END IF;

  -- If this also does not exist, use the current host/service state.
  IF last_hard_state IS NULL THEN
    IF in_service_id IS NULL THEN
      SELECT hard_state INTO last_hard_state
      FROM host_state s
      WHERE s.host_id = in_host_id;
    ELSE
      SELECT hard_state INTO last_hard_state
      FROM service_state s
      WHERE s.host_id = in_host_id
        AND s.service_id = in_service_id;
    END IF;
  END IF;

  IF last_hard_state IS NULL THEN
    last_hard_state := 0;
  END IF;

  FOR row IN
    (
      -- all downtime_start events before the end of the SLA interval
      -- for downtimes that overlap the SLA interval in any way
      SELECT
        GREATEST(downtime_start, in_start_time) AS event_time,
        'downtime_start' AS event_type,
        1 AS event_prio,
        NULL::tinyuint AS hard_state,
        NULL::tinyuint AS previous_hard_state
      FROM sla_history_downtime d
      WHERE d.host_id = in_host_id
        AND ((in_service_id IS NULL AND d.service_id IS NULL) OR d.service_id = in_service_id)
        AND d.downtime_start < in_end_time
        AND d.downtime_end >= in_start_time
    ) UNION ALL (
      -- all downtime_end events before the end of the SLA interval
      -- for downtimes that overlap the SLA interval in any way
      SELECT
        downtime_end AS event_time,
        'downtime_end' AS event_type,
        2 AS event_prio,
        NULL::tinyuint AS hard_state,
        NULL::tinyuint AS previous_hard_state
      FROM sla_history_downtime d
      WHERE d.host_id = in_host_id
        AND ((in_service_id IS NULL AND d.service_id IS NULL) OR d.service_id = in_service_id)
        AND d.downtime_start < in_end_time
        AND d.downtime_end >= in_start_time
        AND d.downtime_end < in_end_time
    ) UNION ALL (
      -- all state events strictly in interval
      SELECT
        event_time,
        'state_change' AS event_type,
        0 AS event_prio,
        hard_state,
        previous_hard_state
      FROM sla_history_state s
      WHERE s.host_id = in_host_id
        AND ((in_service_id IS NULL AND s.service_id IS NULL) OR s.service_id = in_service_id)
        AND s.event_time > in_start_time
        AND s.event_time < in_end_time
    ) UNION ALL (
      -- end event to keep loop simple, values are not used
      SELECT
        in_end_time AS event_time,
        'end' AS event_type,
        3 AS event_prio,
        NULL::tinyuint AS hard_state,
        NULL::tinyuint AS previous_hard_state
    )
    ORDER BY event_time, event_prio
  LOOP
    IF row.previous_hard_state = 99 THEN
      total_time := total_time - (row.event_time - last_event_time);
    ELSEIF ((in_service_id IS NULL AND last_hard_state > 0) OR (in_service_id IS NOT NULL AND last_hard_state > 1))
      AND last_hard_state != 99
      AND active_downtimes = 0
    THEN
      problem_time := problem_time + row.event_time - last_event_time;
    END IF;

    last_event_time := row.event_time;
    IF row.event_type = 'state_change' THEN
      last_hard_state := row.hard_state;
    ELSEIF row.event_type = 'downtime_start' THEN
      active_downtimes := active_downtimes + 1;
    ELSEIF row.event_type = 'downtime_end' THEN
      active_downtimes := active_downtimes - 1;
    END IF;
  END LOOP;

  RETURN (100 * (total_time - problem_time)::decimal / total_time)::decimal(7, 4);
END;
$$;


ALTER FUNCTION public.get_sla_ok_percent(in_host_id public.bytea20, in_service_id public.bytea20, in_start_time public.biguint, in_end_time public.biguint) OWNER TO postgres;

--
-- Name: ~~; Type: OPERATOR; Schema: public; Owner: postgres
--

CREATE OPERATOR public.~~ (
    FUNCTION = public.anynonarrayliketext,
    LEFTARG = anynonarray,
    RIGHTARG = text
);


ALTER OPERATOR public.~~ (anynonarray, text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: acknowledgement_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acknowledgement_history (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    set_time public.biguint NOT NULL,
    clear_time public.biguint DEFAULT NULL::bigint,
    author public.citext,
    cleared_by public.citext,
    comment text,
    expire_time public.biguint DEFAULT NULL::bigint,
    is_sticky public.boolenum,
    is_persistent public.boolenum
);
ALTER TABLE ONLY public.acknowledgement_history ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.acknowledgement_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.acknowledgement_history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.acknowledgement_history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.acknowledgement_history ALTER COLUMN service_id SET STORAGE PLAIN;


ALTER TABLE public.acknowledgement_history OWNER TO postgres;

--
-- Name: COLUMN acknowledgement_history.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.id IS 'sha1(environment.id + "Host"|"Service" + host|service.name + set_time)';


--
-- Name: COLUMN acknowledgement_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.environment_id IS 'environment.id';


--
-- Name: COLUMN acknowledgement_history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN acknowledgement_history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.host_id IS 'host.id';


--
-- Name: COLUMN acknowledgement_history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.service_id IS 'service.id';


--
-- Name: COLUMN acknowledgement_history.author; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.author IS 'NULL if ack_set event happened before Icinga DB history recording';


--
-- Name: COLUMN acknowledgement_history.comment; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.comment IS 'NULL if ack_set event happened before Icinga DB history recording';


--
-- Name: COLUMN acknowledgement_history.is_sticky; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.is_sticky IS 'NULL if ack_set event happened before Icinga DB history recording';


--
-- Name: COLUMN acknowledgement_history.is_persistent; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acknowledgement_history.is_persistent IS 'NULL if ack_set event happened before Icinga DB history recording';


--
-- Name: action_url; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.action_url (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    action_url public.citext NOT NULL
);
ALTER TABLE ONLY public.action_url ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.action_url ALTER COLUMN environment_id SET STORAGE PLAIN;


ALTER TABLE public.action_url OWNER TO postgres;

--
-- Name: COLUMN action_url.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.action_url.id IS 'sha1(environment.id + action_url)';


--
-- Name: COLUMN action_url.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.action_url.environment_id IS 'environment.id';


--
-- Name: checkcommand; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.checkcommand (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    command text NOT NULL,
    timeout public.uint NOT NULL
);
ALTER TABLE ONLY public.checkcommand ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand ALTER COLUMN zone_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.checkcommand OWNER TO postgres;

--
-- Name: COLUMN checkcommand.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand.id IS 'sha1(environment.id + type + name)';


--
-- Name: COLUMN checkcommand.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand.environment_id IS 'env.id';


--
-- Name: COLUMN checkcommand.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand.zone_id IS 'zone.id';


--
-- Name: COLUMN checkcommand.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN checkcommand.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand.properties_checksum IS 'sha1(all properties)';


--
-- Name: checkcommand_argument; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.checkcommand_argument (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    checkcommand_id public.bytea20 NOT NULL,
    argument_key character varying(255) NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    argument_value text,
    argument_order smallint,
    description text,
    argument_key_override public.citext,
    repeat_key public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    required public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    set_if character varying(255) DEFAULT NULL::character varying,
    separator character varying(255) DEFAULT NULL::character varying,
    skip_key public.boolenum DEFAULT 'n'::public.boolenum NOT NULL
);
ALTER TABLE ONLY public.checkcommand_argument ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_argument ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_argument ALTER COLUMN checkcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_argument ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.checkcommand_argument OWNER TO postgres;

--
-- Name: COLUMN checkcommand_argument.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_argument.id IS 'sha1(environment.id + checkcommand_id + argument_key)';


--
-- Name: COLUMN checkcommand_argument.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_argument.environment_id IS 'env.id';


--
-- Name: COLUMN checkcommand_argument.checkcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_argument.checkcommand_id IS 'checkcommand.id';


--
-- Name: COLUMN checkcommand_argument.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_argument.properties_checksum IS 'sha1(all properties)';


--
-- Name: checkcommand_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.checkcommand_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    checkcommand_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.checkcommand_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_customvar ALTER COLUMN checkcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.checkcommand_customvar OWNER TO postgres;

--
-- Name: COLUMN checkcommand_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_customvar.id IS 'sha1(environment.id + checkcommand_id + customvar_id)';


--
-- Name: COLUMN checkcommand_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN checkcommand_customvar.checkcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_customvar.checkcommand_id IS 'checkcommand.id';


--
-- Name: COLUMN checkcommand_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_customvar.customvar_id IS 'customvar.id';


--
-- Name: checkcommand_envvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.checkcommand_envvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    checkcommand_id public.bytea20 NOT NULL,
    envvar_key character varying(255) NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    envvar_value text NOT NULL
);
ALTER TABLE ONLY public.checkcommand_envvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_envvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_envvar ALTER COLUMN checkcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.checkcommand_envvar ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.checkcommand_envvar OWNER TO postgres;

--
-- Name: COLUMN checkcommand_envvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_envvar.id IS 'sha1(environment.id + checkcommand_id + envvar_key)';


--
-- Name: COLUMN checkcommand_envvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_envvar.environment_id IS 'env.id';


--
-- Name: COLUMN checkcommand_envvar.checkcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_envvar.checkcommand_id IS 'checkcommand.id';


--
-- Name: COLUMN checkcommand_envvar.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.checkcommand_envvar.properties_checksum IS 'sha1(all properties)';


--
-- Name: comment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(548) NOT NULL,
    author public.citext NOT NULL,
    text text NOT NULL,
    entry_type public.comment_type DEFAULT 'comment'::public.comment_type NOT NULL,
    entry_time public.biguint NOT NULL,
    is_persistent public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_sticky public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    expire_time public.biguint DEFAULT NULL::bigint,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.comment ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.comment OWNER TO postgres;

--
-- Name: COLUMN comment.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN comment.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.environment_id IS 'environment.id';


--
-- Name: COLUMN comment.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.host_id IS 'host.id';


--
-- Name: COLUMN comment.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.service_id IS 'service.id';


--
-- Name: COLUMN comment.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN comment.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN comment.name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.name IS '255+1+255+1+36, i.e. "host.name!service.name!UUID"';


--
-- Name: COLUMN comment.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment.zone_id IS 'zone.id';


--
-- Name: comment_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.comment_history (
    comment_id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    entry_time public.biguint NOT NULL,
    author public.citext NOT NULL,
    removed_by public.citext,
    comment text NOT NULL,
    entry_type public.comment_type DEFAULT 'comment'::public.comment_type NOT NULL,
    is_persistent public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_sticky public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    expire_time public.biguint DEFAULT NULL::bigint,
    remove_time public.biguint DEFAULT NULL::bigint,
    has_been_removed public.boolenum DEFAULT 'n'::public.boolenum NOT NULL
);
ALTER TABLE ONLY public.comment_history ALTER COLUMN comment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment_history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment_history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.comment_history ALTER COLUMN service_id SET STORAGE PLAIN;


ALTER TABLE public.comment_history OWNER TO postgres;

--
-- Name: COLUMN comment_history.comment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment_history.comment_id IS 'comment.id';


--
-- Name: COLUMN comment_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment_history.environment_id IS 'environment.id';


--
-- Name: COLUMN comment_history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment_history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN comment_history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment_history.host_id IS 'host.id';


--
-- Name: COLUMN comment_history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.comment_history.service_id IS 'service.id';


--
-- Name: customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    name public.citext NOT NULL,
    value text NOT NULL
);
ALTER TABLE ONLY public.customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.customvar ALTER COLUMN name_checksum SET STORAGE PLAIN;


ALTER TABLE public.customvar OWNER TO postgres;

--
-- Name: COLUMN customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar.id IS 'sha1(environment.id + name + value)';


--
-- Name: COLUMN customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN customvar.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar.name_checksum IS 'sha1(name)';


--
-- Name: customvar_flat; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customvar_flat (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL,
    flatname_checksum public.bytea20 NOT NULL,
    flatname public.citext NOT NULL,
    flatvalue text
);
ALTER TABLE ONLY public.customvar_flat ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.customvar_flat ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.customvar_flat ALTER COLUMN customvar_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.customvar_flat ALTER COLUMN flatname_checksum SET STORAGE PLAIN;


ALTER TABLE public.customvar_flat OWNER TO postgres;

--
-- Name: COLUMN customvar_flat.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar_flat.id IS 'sha1(environment.id + flatname + flatvalue)';


--
-- Name: COLUMN customvar_flat.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar_flat.environment_id IS 'environment.id';


--
-- Name: COLUMN customvar_flat.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar_flat.customvar_id IS 'sha1(customvar.id)';


--
-- Name: COLUMN customvar_flat.flatname_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar_flat.flatname_checksum IS 'sha1(flatname after conversion)';


--
-- Name: COLUMN customvar_flat.flatname; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.customvar_flat.flatname IS 'Path converted with `.` and `[ ]`';


--
-- Name: dependency_edge; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dependency_edge (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    from_node_id public.bytea20 NOT NULL,
    to_node_id public.bytea20 NOT NULL,
    dependency_edge_state_id public.bytea20 NOT NULL,
    display_name text NOT NULL
);
ALTER TABLE ONLY public.dependency_edge ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_edge ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_edge ALTER COLUMN from_node_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_edge ALTER COLUMN to_node_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_edge ALTER COLUMN dependency_edge_state_id SET STORAGE PLAIN;


ALTER TABLE public.dependency_edge OWNER TO postgres;

--
-- Name: COLUMN dependency_edge.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge.id IS 'sha1(from_node_id + to_node_id)';


--
-- Name: COLUMN dependency_edge.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge.environment_id IS 'environment.id';


--
-- Name: COLUMN dependency_edge.from_node_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge.from_node_id IS 'dependency_node.id';


--
-- Name: COLUMN dependency_edge.to_node_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge.to_node_id IS 'dependency_node.id';


--
-- Name: COLUMN dependency_edge.dependency_edge_state_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge.dependency_edge_state_id IS 'sha1(dependency_edge_state.id)';


--
-- Name: dependency_edge_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dependency_edge_state (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    failed public.boolenum NOT NULL
);
ALTER TABLE ONLY public.dependency_edge_state ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_edge_state ALTER COLUMN environment_id SET STORAGE PLAIN;


ALTER TABLE public.dependency_edge_state OWNER TO postgres;

--
-- Name: COLUMN dependency_edge_state.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge_state.id IS 'sha1([dependency_edge.from_node_id|parent_name + timeperiod.name + states + ignore_soft_states] + dependency_edge.to_node_id)';


--
-- Name: COLUMN dependency_edge_state.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_edge_state.environment_id IS 'environment.id';


--
-- Name: dependency_node; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dependency_node (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    host_id public.bytea20 DEFAULT NULL::bytea,
    service_id public.bytea20 DEFAULT NULL::bytea,
    redundancy_group_id public.bytea20 DEFAULT NULL::bytea,
    CONSTRAINT ck_dependency_node_either_checkable_or_redundancy_group_id CHECK (
CASE
    WHEN (redundancy_group_id IS NULL) THEN (host_id IS NOT NULL)
    ELSE ((host_id IS NULL) AND (service_id IS NULL))
END)
);
ALTER TABLE ONLY public.dependency_node ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_node ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_node ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_node ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.dependency_node ALTER COLUMN redundancy_group_id SET STORAGE PLAIN;


ALTER TABLE public.dependency_node OWNER TO postgres;

--
-- Name: COLUMN dependency_node.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_node.id IS 'host.id|service.id|redundancy_group.id';


--
-- Name: COLUMN dependency_node.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_node.environment_id IS 'environment.id';


--
-- Name: COLUMN dependency_node.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_node.host_id IS 'host.id';


--
-- Name: COLUMN dependency_node.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_node.service_id IS 'service.id';


--
-- Name: COLUMN dependency_node.redundancy_group_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.dependency_node.redundancy_group_id IS 'redundancy_group.id';


--
-- Name: downtime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.downtime (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    triggered_by_id public.bytea20 DEFAULT NULL::bytea,
    parent_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(548) NOT NULL,
    author public.citext NOT NULL,
    comment text NOT NULL,
    entry_time public.biguint NOT NULL,
    scheduled_start_time public.biguint NOT NULL,
    scheduled_end_time public.biguint NOT NULL,
    scheduled_duration public.biguint NOT NULL,
    is_flexible public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    flexible_duration public.biguint NOT NULL,
    is_in_effect public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    start_time public.biguint DEFAULT NULL::bigint,
    end_time public.biguint DEFAULT NULL::bigint,
    duration public.biguint NOT NULL,
    scheduled_by character varying(767) DEFAULT NULL::character varying,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.downtime ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN triggered_by_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN parent_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.downtime OWNER TO postgres;

--
-- Name: COLUMN downtime.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN downtime.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.environment_id IS 'environment.id';


--
-- Name: COLUMN downtime.triggered_by_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.triggered_by_id IS 'The ID of the downtime that triggered this downtime. This is set when creating downtimes on a host or service higher up in the dependency chain using the "child_option" "DowntimeTriggeredChildren" and can also be set manually via the API.';


--
-- Name: COLUMN downtime.parent_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.parent_id IS 'For service downtimes, the ID of the host downtime that created this downtime by using the "all_services" flag of the schedule-downtime API.';


--
-- Name: COLUMN downtime.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.host_id IS 'host.id';


--
-- Name: COLUMN downtime.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.service_id IS 'service.id';


--
-- Name: COLUMN downtime.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN downtime.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN downtime.name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.name IS '255+1+255+1+36, i.e. "host.name!service.name!UUID"';


--
-- Name: COLUMN downtime.start_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.start_time IS 'Time when the host went into a problem state during the downtimes timeframe';


--
-- Name: COLUMN downtime.end_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.end_time IS 'Problem state assumed: scheduled_end_time if fixed, start_time + flexible_duration otherwise';


--
-- Name: COLUMN downtime.duration; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.duration IS 'Duration of the downtime: When the downtime is flexible, this is the same as flexible_duration otherwise scheduled_duration';


--
-- Name: COLUMN downtime.scheduled_by; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.scheduled_by IS 'Name of the ScheduledDowntime which created this Downtime. 255+1+255+1+255, i.e. "host.name!service.name!scheduled-downtime-name"';


--
-- Name: COLUMN downtime.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime.zone_id IS 'zone.id';


--
-- Name: downtime_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.downtime_history (
    downtime_id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    triggered_by_id public.bytea20 DEFAULT NULL::bytea,
    parent_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    entry_time public.biguint NOT NULL,
    author public.citext NOT NULL,
    cancelled_by public.citext,
    comment text NOT NULL,
    is_flexible public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    flexible_duration public.biguint NOT NULL,
    scheduled_start_time public.biguint NOT NULL,
    scheduled_end_time public.biguint NOT NULL,
    start_time public.biguint NOT NULL,
    end_time public.biguint NOT NULL,
    scheduled_by character varying(767) DEFAULT NULL::character varying,
    has_been_cancelled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    trigger_time public.biguint NOT NULL,
    cancel_time public.biguint DEFAULT NULL::bigint
);
ALTER TABLE ONLY public.downtime_history ALTER COLUMN downtime_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime_history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime_history ALTER COLUMN triggered_by_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime_history ALTER COLUMN parent_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime_history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.downtime_history ALTER COLUMN service_id SET STORAGE PLAIN;


ALTER TABLE public.downtime_history OWNER TO postgres;

--
-- Name: COLUMN downtime_history.downtime_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.downtime_id IS 'downtime.id';


--
-- Name: COLUMN downtime_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.environment_id IS 'environment.id';


--
-- Name: COLUMN downtime_history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN downtime_history.triggered_by_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.triggered_by_id IS 'The ID of the downtime that triggered this downtime. This is set when creating downtimes on a host or service higher up in the dependency chain using the "child_option" "DowntimeTriggeredChildren" and can also be set manually via the API.';


--
-- Name: COLUMN downtime_history.parent_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.parent_id IS 'For service downtimes, the ID of the host downtime that created this downtime by using the "all_services" flag of the schedule-downtime API.';


--
-- Name: COLUMN downtime_history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.host_id IS 'host.id';


--
-- Name: COLUMN downtime_history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.service_id IS 'service.id';


--
-- Name: COLUMN downtime_history.start_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.start_time IS 'Time when the host went into a problem state during the downtimes timeframe';


--
-- Name: COLUMN downtime_history.end_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.end_time IS 'Problem state assumed: scheduled_end_time if fixed, start_time + duration otherwise';


--
-- Name: COLUMN downtime_history.scheduled_by; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.downtime_history.scheduled_by IS 'Name of the ScheduledDowntime which created this Downtime. 255+1+255+1+255, i.e. "host.name!service.name!scheduled-downtime-name"';


--
-- Name: endpoint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.endpoint (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    zone_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.endpoint ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.endpoint ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.endpoint ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.endpoint ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.endpoint ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.endpoint OWNER TO postgres;

--
-- Name: COLUMN endpoint.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.endpoint.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN endpoint.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.endpoint.environment_id IS 'environment.id';


--
-- Name: COLUMN endpoint.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.endpoint.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN endpoint.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.endpoint.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN endpoint.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.endpoint.zone_id IS 'zone.id';


--
-- Name: environment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.environment (
    id public.bytea20 NOT NULL,
    name character varying(255) NOT NULL
);
ALTER TABLE ONLY public.environment ALTER COLUMN id SET STORAGE PLAIN;


ALTER TABLE public.environment OWNER TO postgres;

--
-- Name: COLUMN environment.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.environment.id IS 'sha1(Icinga CA public key)';


--
-- Name: eventcommand; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eventcommand (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    command text NOT NULL,
    timeout public.smalluint NOT NULL
);
ALTER TABLE ONLY public.eventcommand ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand ALTER COLUMN zone_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.eventcommand OWNER TO postgres;

--
-- Name: COLUMN eventcommand.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand.id IS 'sha1(environment.id + type + name)';


--
-- Name: COLUMN eventcommand.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand.environment_id IS 'env.id';


--
-- Name: COLUMN eventcommand.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand.zone_id IS 'zone.id';


--
-- Name: COLUMN eventcommand.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN eventcommand.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand.properties_checksum IS 'sha1(all properties)';


--
-- Name: eventcommand_argument; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eventcommand_argument (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    eventcommand_id public.bytea20 NOT NULL,
    argument_key character varying(255) NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    argument_value text,
    argument_order smallint,
    description text,
    argument_key_override public.citext,
    repeat_key public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    required public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    set_if character varying(255) DEFAULT NULL::character varying,
    separator character varying(255) DEFAULT NULL::character varying,
    skip_key public.boolenum DEFAULT 'n'::public.boolenum NOT NULL
);
ALTER TABLE ONLY public.eventcommand_argument ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_argument ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_argument ALTER COLUMN eventcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_argument ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.eventcommand_argument OWNER TO postgres;

--
-- Name: COLUMN eventcommand_argument.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_argument.id IS 'sha1(environment.id + eventcommand_id + argument_key)';


--
-- Name: COLUMN eventcommand_argument.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_argument.environment_id IS 'env.id';


--
-- Name: COLUMN eventcommand_argument.eventcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_argument.eventcommand_id IS 'eventcommand.id';


--
-- Name: COLUMN eventcommand_argument.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_argument.properties_checksum IS 'sha1(all properties)';


--
-- Name: eventcommand_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eventcommand_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    eventcommand_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.eventcommand_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_customvar ALTER COLUMN eventcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.eventcommand_customvar OWNER TO postgres;

--
-- Name: COLUMN eventcommand_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_customvar.id IS 'sha1(environment.id + eventcommand_id + customvar_id)';


--
-- Name: COLUMN eventcommand_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN eventcommand_customvar.eventcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_customvar.eventcommand_id IS 'eventcommand.id';


--
-- Name: COLUMN eventcommand_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_customvar.customvar_id IS 'customvar.id';


--
-- Name: eventcommand_envvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eventcommand_envvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    eventcommand_id public.bytea20 NOT NULL,
    envvar_key character varying(255) NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    envvar_value text NOT NULL
);
ALTER TABLE ONLY public.eventcommand_envvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_envvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_envvar ALTER COLUMN eventcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.eventcommand_envvar ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.eventcommand_envvar OWNER TO postgres;

--
-- Name: COLUMN eventcommand_envvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_envvar.id IS 'sha1(environment.id + eventcommand_id + envvar_key)';


--
-- Name: COLUMN eventcommand_envvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_envvar.environment_id IS 'env.id';


--
-- Name: COLUMN eventcommand_envvar.eventcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_envvar.eventcommand_id IS 'eventcommand.id';


--
-- Name: COLUMN eventcommand_envvar.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eventcommand_envvar.properties_checksum IS 'sha1(all properties)';


--
-- Name: flapping_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.flapping_history (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    start_time public.biguint NOT NULL,
    end_time public.biguint DEFAULT NULL::bigint,
    percent_state_change_start double precision,
    percent_state_change_end double precision,
    flapping_threshold_low double precision NOT NULL,
    flapping_threshold_high double precision NOT NULL
);
ALTER TABLE ONLY public.flapping_history ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.flapping_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.flapping_history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.flapping_history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.flapping_history ALTER COLUMN service_id SET STORAGE PLAIN;


ALTER TABLE public.flapping_history OWNER TO postgres;

--
-- Name: COLUMN flapping_history.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.flapping_history.id IS 'sha1(environment.id + "Host"|"Service" + host|service.name + start_time)';


--
-- Name: COLUMN flapping_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.flapping_history.environment_id IS 'environment.id';


--
-- Name: COLUMN flapping_history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.flapping_history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN flapping_history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.flapping_history.host_id IS 'host.id';


--
-- Name: COLUMN flapping_history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.flapping_history.service_id IS 'service.id';


--
-- Name: history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    notification_history_id public.bytea20 DEFAULT NULL::bytea,
    state_history_id public.bytea20 DEFAULT NULL::bytea,
    downtime_history_id public.bytea20 DEFAULT NULL::bytea,
    comment_history_id public.bytea20 DEFAULT NULL::bytea,
    flapping_history_id public.bytea20 DEFAULT NULL::bytea,
    acknowledgement_history_id public.bytea20 DEFAULT NULL::bytea,
    event_type public.history_type DEFAULT 'state_change'::public.history_type NOT NULL,
    event_time public.biguint NOT NULL
);
ALTER TABLE ONLY public.history ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN notification_history_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN state_history_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN downtime_history_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN comment_history_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN flapping_history_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.history ALTER COLUMN acknowledgement_history_id SET STORAGE PLAIN;


ALTER TABLE public.history OWNER TO postgres;

--
-- Name: COLUMN history.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.id IS 'sha1(environment.name + event_type + x...) given that sha1(environment.name + x...) = *_history_id';


--
-- Name: COLUMN history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.environment_id IS 'environment.id';


--
-- Name: COLUMN history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.host_id IS 'host.id';


--
-- Name: COLUMN history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.service_id IS 'service.id';


--
-- Name: COLUMN history.notification_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.notification_history_id IS 'notification_history.id';


--
-- Name: COLUMN history.state_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.state_history_id IS 'state_history.id';


--
-- Name: COLUMN history.downtime_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.downtime_history_id IS 'downtime_history.downtime_id';


--
-- Name: COLUMN history.comment_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.comment_history_id IS 'comment_history.comment_id';


--
-- Name: COLUMN history.flapping_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.flapping_history_id IS 'flapping_history.id';


--
-- Name: COLUMN history.acknowledgement_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.history.acknowledgement_history_id IS 'acknowledgement_history.id';


--
-- Name: host; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.host (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    address character varying(255) NOT NULL,
    address6 character varying(255) NOT NULL,
    address_bin public.bytea4 DEFAULT NULL::bytea,
    address6_bin public.bytea16 DEFAULT NULL::bytea,
    checkcommand_name public.citext NOT NULL,
    checkcommand_id public.bytea20 NOT NULL,
    max_check_attempts public.uint NOT NULL,
    check_timeperiod_name public.citext NOT NULL,
    check_timeperiod_id public.bytea20 DEFAULT NULL::bytea,
    check_timeout double precision,
    check_interval double precision NOT NULL,
    check_retry_interval double precision NOT NULL,
    total_children public.uint DEFAULT NULL::bigint,
    active_checks_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    passive_checks_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    event_handler_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    notifications_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    flapping_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    flapping_threshold_low double precision NOT NULL,
    flapping_threshold_high double precision NOT NULL,
    perfdata_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    eventcommand_name public.citext NOT NULL,
    eventcommand_id public.bytea20 DEFAULT NULL::bytea,
    is_volatile public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    action_url_id public.bytea20 DEFAULT NULL::bytea,
    notes_url_id public.bytea20 DEFAULT NULL::bytea,
    notes text NOT NULL,
    icon_image_id public.bytea20 DEFAULT NULL::bytea,
    icon_image_alt text NOT NULL,
    zone_name public.citext NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea,
    command_endpoint_name public.citext NOT NULL,
    command_endpoint_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.host ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN address_bin SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN address6_bin SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN checkcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN check_timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN eventcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN action_url_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN notes_url_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN icon_image_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN zone_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host ALTER COLUMN command_endpoint_id SET STORAGE PLAIN;


ALTER TABLE public.host OWNER TO postgres;

--
-- Name: COLUMN host.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN host.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.environment_id IS 'environment.id';


--
-- Name: COLUMN host.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN host.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN host.checkcommand_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.checkcommand_name IS 'checkcommand.name';


--
-- Name: COLUMN host.checkcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.checkcommand_id IS 'checkcommand.id';


--
-- Name: COLUMN host.check_timeperiod_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.check_timeperiod_name IS 'timeperiod.name';


--
-- Name: COLUMN host.check_timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.check_timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN host.eventcommand_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.eventcommand_name IS 'eventcommand.name';


--
-- Name: COLUMN host.eventcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.eventcommand_id IS 'eventcommand.id';


--
-- Name: COLUMN host.action_url_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.action_url_id IS 'action_url.id';


--
-- Name: COLUMN host.notes_url_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.notes_url_id IS 'notes_url.id';


--
-- Name: COLUMN host.icon_image_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.icon_image_id IS 'icon_image.id';


--
-- Name: COLUMN host.zone_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.zone_name IS 'zone.name';


--
-- Name: COLUMN host.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.zone_id IS 'zone.id';


--
-- Name: COLUMN host.command_endpoint_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.command_endpoint_name IS 'endpoint.name';


--
-- Name: COLUMN host.command_endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host.command_endpoint_id IS 'endpoint.id';


--
-- Name: host_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.host_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    host_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.host_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_customvar ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.host_customvar OWNER TO postgres;

--
-- Name: COLUMN host_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_customvar.id IS 'sha1(environment.id + host_id + customvar_id)';


--
-- Name: COLUMN host_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN host_customvar.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_customvar.host_id IS 'host.id';


--
-- Name: COLUMN host_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_customvar.customvar_id IS 'customvar.id';


--
-- Name: host_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.host_state (
    id public.bytea20 NOT NULL,
    host_id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    state_type public.state_type DEFAULT 'hard'::public.state_type NOT NULL,
    soft_state public.tinyuint NOT NULL,
    hard_state public.tinyuint NOT NULL,
    previous_soft_state public.tinyuint NOT NULL,
    previous_hard_state public.tinyuint NOT NULL,
    check_attempt public.uint NOT NULL,
    severity public.smalluint NOT NULL,
    output text,
    long_output text,
    performance_data text,
    normalized_performance_data text,
    check_commandline text,
    is_problem public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_handled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_reachable public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_flapping public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_overdue public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_acknowledged public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_sticky_acknowledgement public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    acknowledgement_comment_id public.bytea20 DEFAULT NULL::bytea,
    last_comment_id public.bytea20 DEFAULT NULL::bytea,
    in_downtime public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    affects_children public.boolenum NOT NULL,
    execution_time double precision,
    latency double precision,
    check_timeout double precision,
    check_source text,
    scheduling_source text,
    last_update public.biguint DEFAULT NULL::bigint,
    last_state_change public.biguint NOT NULL,
    next_check public.biguint NOT NULL,
    next_update public.biguint NOT NULL
);
ALTER TABLE ONLY public.host_state ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_state ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_state ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_state ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_state ALTER COLUMN acknowledgement_comment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.host_state ALTER COLUMN last_comment_id SET STORAGE PLAIN;


ALTER TABLE public.host_state OWNER TO postgres;

--
-- Name: COLUMN host_state.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_state.id IS 'host.id';


--
-- Name: COLUMN host_state.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_state.host_id IS 'host.id';


--
-- Name: COLUMN host_state.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_state.environment_id IS 'environment.id';


--
-- Name: COLUMN host_state.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_state.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN host_state.acknowledgement_comment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_state.acknowledgement_comment_id IS 'comment.id';


--
-- Name: COLUMN host_state.last_comment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.host_state.last_comment_id IS 'comment.id';


--
-- Name: hostgroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hostgroup (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.hostgroup ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.hostgroup OWNER TO postgres;

--
-- Name: COLUMN hostgroup.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN hostgroup.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup.environment_id IS 'environment.id';


--
-- Name: COLUMN hostgroup.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN hostgroup.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN hostgroup.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup.zone_id IS 'zone.id';


--
-- Name: hostgroup_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hostgroup_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    hostgroup_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.hostgroup_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup_customvar ALTER COLUMN hostgroup_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.hostgroup_customvar OWNER TO postgres;

--
-- Name: COLUMN hostgroup_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_customvar.id IS 'sha1(environment.id + hostgroup_id + customvar_id)';


--
-- Name: COLUMN hostgroup_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN hostgroup_customvar.hostgroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_customvar.hostgroup_id IS 'hostgroup.id';


--
-- Name: COLUMN hostgroup_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_customvar.customvar_id IS 'customvar.id';


--
-- Name: hostgroup_member; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hostgroup_member (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    host_id public.bytea20 NOT NULL,
    hostgroup_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.hostgroup_member ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup_member ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup_member ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.hostgroup_member ALTER COLUMN hostgroup_id SET STORAGE PLAIN;


ALTER TABLE public.hostgroup_member OWNER TO postgres;

--
-- Name: COLUMN hostgroup_member.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_member.id IS 'sha1(environment.id + host_id + hostgroup_id)';


--
-- Name: COLUMN hostgroup_member.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_member.environment_id IS 'environment.id';


--
-- Name: COLUMN hostgroup_member.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_member.host_id IS 'host.id';


--
-- Name: COLUMN hostgroup_member.hostgroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.hostgroup_member.hostgroup_id IS 'hostgroup.id';


--
-- Name: icingadb_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingadb_instance (
    id public.bytea16 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    heartbeat public.biguint NOT NULL,
    responsible public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icinga2_version character varying(255) NOT NULL,
    icinga2_start_time public.biguint NOT NULL,
    icinga2_notifications_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icinga2_active_service_checks_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icinga2_active_host_checks_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icinga2_event_handlers_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icinga2_flap_detection_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icinga2_performance_data_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    icingadb_version character varying(255) NOT NULL,
    icingadb_service_user character varying(255) NOT NULL,
    notifications_healthy public.boolenum,
    notifications_discovered_socket_path text
);
ALTER TABLE ONLY public.icingadb_instance ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.icingadb_instance ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.icingadb_instance ALTER COLUMN endpoint_id SET STORAGE PLAIN;


ALTER TABLE public.icingadb_instance OWNER TO postgres;

--
-- Name: COLUMN icingadb_instance.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icingadb_instance.id IS 'UUIDv4';


--
-- Name: COLUMN icingadb_instance.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icingadb_instance.environment_id IS 'environment.id';


--
-- Name: COLUMN icingadb_instance.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icingadb_instance.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN icingadb_instance.heartbeat; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icingadb_instance.heartbeat IS '*nix timestamp';


--
-- Name: icingadb_schema; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingadb_schema (
    id public.uint NOT NULL,
    version public.smalluint NOT NULL,
    "timestamp" public.biguint NOT NULL
);


ALTER TABLE public.icingadb_schema OWNER TO postgres;

--
-- Name: icingadb_schema_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icingadb_schema_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icingadb_schema_id_seq OWNER TO postgres;

--
-- Name: icingadb_schema_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icingadb_schema_id_seq OWNED BY public.icingadb_schema.id;


--
-- Name: icon_image; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icon_image (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    icon_image public.citext NOT NULL
);
ALTER TABLE ONLY public.icon_image ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.icon_image ALTER COLUMN environment_id SET STORAGE PLAIN;


ALTER TABLE public.icon_image OWNER TO postgres;

--
-- Name: COLUMN icon_image.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icon_image.id IS 'sha1(environment.id + icon_image)';


--
-- Name: COLUMN icon_image.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icon_image.environment_id IS 'environment.id';


--
-- Name: notes_url; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notes_url (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notes_url public.citext NOT NULL
);
ALTER TABLE ONLY public.notes_url ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notes_url ALTER COLUMN environment_id SET STORAGE PLAIN;


ALTER TABLE public.notes_url OWNER TO postgres;

--
-- Name: COLUMN notes_url.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notes_url.id IS 'sha1(environment.id + notes_url)';


--
-- Name: COLUMN notes_url.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notes_url.environment_id IS 'environment.id';


--
-- Name: notification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(767) NOT NULL,
    name_ci public.citext NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    notificationcommand_id public.bytea20 NOT NULL,
    times_begin public.uint DEFAULT NULL::bigint,
    times_end public.uint DEFAULT NULL::bigint,
    notification_interval public.uint NOT NULL,
    timeperiod_id public.bytea20 DEFAULT NULL::bytea,
    states public.tinyuint NOT NULL,
    types public.smalluint NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.notification ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN notificationcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.notification OWNER TO postgres;

--
-- Name: COLUMN notification.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN notification.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.environment_id IS 'environment.id';


--
-- Name: COLUMN notification.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN notification.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN notification.name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.name IS '255+1+255+1+255, i.e. "host.name!service.name!notification.name"';


--
-- Name: COLUMN notification.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.host_id IS 'host.id';


--
-- Name: COLUMN notification.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.service_id IS 'service.id';


--
-- Name: COLUMN notification.notificationcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.notificationcommand_id IS 'command.id';


--
-- Name: COLUMN notification.timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN notification.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification.zone_id IS 'zone.id';


--
-- Name: notification_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notification_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.notification_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_customvar ALTER COLUMN notification_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.notification_customvar OWNER TO postgres;

--
-- Name: COLUMN notification_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_customvar.id IS 'sha1(environment.id + notification_id + customvar_id)';


--
-- Name: COLUMN notification_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN notification_customvar.notification_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_customvar.notification_id IS 'notification.id';


--
-- Name: COLUMN notification_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_customvar.customvar_id IS 'customvar.id';


--
-- Name: notification_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification_history (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    notification_id public.bytea20 NOT NULL,
    type public.notification_type DEFAULT 'downtime_start'::public.notification_type NOT NULL,
    send_time public.biguint NOT NULL,
    state public.tinyuint NOT NULL,
    previous_hard_state public.tinyuint NOT NULL,
    author text NOT NULL,
    text text NOT NULL,
    users_notified public.smalluint NOT NULL
);
ALTER TABLE ONLY public.notification_history ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_history ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_history ALTER COLUMN notification_id SET STORAGE PLAIN;


ALTER TABLE public.notification_history OWNER TO postgres;

--
-- Name: COLUMN notification_history.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_history.id IS 'sha1(environment.name + notification.name + type + send_time)';


--
-- Name: COLUMN notification_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_history.environment_id IS 'environment.id';


--
-- Name: COLUMN notification_history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN notification_history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_history.host_id IS 'host.id';


--
-- Name: COLUMN notification_history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_history.service_id IS 'service.id';


--
-- Name: COLUMN notification_history.notification_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_history.notification_id IS 'notification.id';


--
-- Name: notification_recipient; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification_recipient (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notification_id public.bytea20 NOT NULL,
    user_id public.bytea20,
    usergroup_id public.bytea20
);
ALTER TABLE ONLY public.notification_recipient ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_recipient ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_recipient ALTER COLUMN notification_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_recipient ALTER COLUMN user_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_recipient ALTER COLUMN usergroup_id SET STORAGE PLAIN;


ALTER TABLE public.notification_recipient OWNER TO postgres;

--
-- Name: COLUMN notification_recipient.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_recipient.id IS 'sha1(environment.id + notification_id + (user_id | usergroup_id))';


--
-- Name: COLUMN notification_recipient.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_recipient.environment_id IS 'environment.id';


--
-- Name: COLUMN notification_recipient.notification_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_recipient.notification_id IS 'notification.id';


--
-- Name: COLUMN notification_recipient.user_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_recipient.user_id IS 'user.id';


--
-- Name: COLUMN notification_recipient.usergroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_recipient.usergroup_id IS 'usergroup.id';


--
-- Name: notification_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification_user (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notification_id public.bytea20 NOT NULL,
    user_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.notification_user ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_user ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_user ALTER COLUMN notification_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_user ALTER COLUMN user_id SET STORAGE PLAIN;


ALTER TABLE public.notification_user OWNER TO postgres;

--
-- Name: COLUMN notification_user.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_user.id IS 'sha1(environment.id + notification_id + user_id)';


--
-- Name: COLUMN notification_user.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_user.environment_id IS 'environment.id';


--
-- Name: COLUMN notification_user.notification_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_user.notification_id IS 'notification.id';


--
-- Name: COLUMN notification_user.user_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_user.user_id IS 'user.id';


--
-- Name: notification_usergroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notification_usergroup (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notification_id public.bytea20 NOT NULL,
    usergroup_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.notification_usergroup ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_usergroup ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_usergroup ALTER COLUMN notification_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notification_usergroup ALTER COLUMN usergroup_id SET STORAGE PLAIN;


ALTER TABLE public.notification_usergroup OWNER TO postgres;

--
-- Name: COLUMN notification_usergroup.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_usergroup.id IS 'sha1(environment.id + notification_id + usergroup_id)';


--
-- Name: COLUMN notification_usergroup.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_usergroup.environment_id IS 'environment.id';


--
-- Name: COLUMN notification_usergroup.notification_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_usergroup.notification_id IS 'notification.id';


--
-- Name: COLUMN notification_usergroup.usergroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notification_usergroup.usergroup_id IS 'usergroup.id';


--
-- Name: notificationcommand; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notificationcommand (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    command text NOT NULL,
    timeout public.smalluint NOT NULL
);
ALTER TABLE ONLY public.notificationcommand ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand ALTER COLUMN zone_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.notificationcommand OWNER TO postgres;

--
-- Name: COLUMN notificationcommand.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand.id IS 'sha1(environment.id + type + name)';


--
-- Name: COLUMN notificationcommand.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand.environment_id IS 'env.id';


--
-- Name: COLUMN notificationcommand.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand.zone_id IS 'zone.id';


--
-- Name: COLUMN notificationcommand.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN notificationcommand.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand.properties_checksum IS 'sha1(all properties)';


--
-- Name: notificationcommand_argument; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notificationcommand_argument (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notificationcommand_id public.bytea20 NOT NULL,
    argument_key character varying(255) NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    argument_value text,
    argument_order smallint,
    description text,
    argument_key_override public.citext,
    repeat_key public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    required public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    set_if character varying(255) DEFAULT NULL::character varying,
    separator character varying(255) DEFAULT NULL::character varying,
    skip_key public.boolenum DEFAULT 'n'::public.boolenum NOT NULL
);
ALTER TABLE ONLY public.notificationcommand_argument ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_argument ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_argument ALTER COLUMN notificationcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_argument ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.notificationcommand_argument OWNER TO postgres;

--
-- Name: COLUMN notificationcommand_argument.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_argument.id IS 'sha1(environment.id + notificationcommand_id + argument_key)';


--
-- Name: COLUMN notificationcommand_argument.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_argument.environment_id IS 'env.id';


--
-- Name: COLUMN notificationcommand_argument.notificationcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_argument.notificationcommand_id IS 'notificationcommand.id';


--
-- Name: COLUMN notificationcommand_argument.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_argument.properties_checksum IS 'sha1(all properties)';


--
-- Name: notificationcommand_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notificationcommand_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notificationcommand_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.notificationcommand_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_customvar ALTER COLUMN notificationcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.notificationcommand_customvar OWNER TO postgres;

--
-- Name: COLUMN notificationcommand_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_customvar.id IS 'sha1(environment.id + notificationcommand_id + customvar_id)';


--
-- Name: COLUMN notificationcommand_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN notificationcommand_customvar.notificationcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_customvar.notificationcommand_id IS 'notificationcommand.id';


--
-- Name: COLUMN notificationcommand_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_customvar.customvar_id IS 'customvar.id';


--
-- Name: notificationcommand_envvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.notificationcommand_envvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notificationcommand_id public.bytea20 NOT NULL,
    envvar_key character varying(255) NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    envvar_value text NOT NULL
);
ALTER TABLE ONLY public.notificationcommand_envvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_envvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_envvar ALTER COLUMN notificationcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.notificationcommand_envvar ALTER COLUMN properties_checksum SET STORAGE PLAIN;


ALTER TABLE public.notificationcommand_envvar OWNER TO postgres;

--
-- Name: COLUMN notificationcommand_envvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_envvar.id IS 'sha1(environment.id + notificationcommand_id + envvar_key)';


--
-- Name: COLUMN notificationcommand_envvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_envvar.environment_id IS 'env.id';


--
-- Name: COLUMN notificationcommand_envvar.notificationcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_envvar.notificationcommand_id IS 'notificationcommand.id';


--
-- Name: COLUMN notificationcommand_envvar.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.notificationcommand_envvar.properties_checksum IS 'sha1(all properties)';


--
-- Name: redundancy_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.redundancy_group (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    display_name text NOT NULL
);
ALTER TABLE ONLY public.redundancy_group ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.redundancy_group ALTER COLUMN environment_id SET STORAGE PLAIN;


ALTER TABLE public.redundancy_group OWNER TO postgres;

--
-- Name: COLUMN redundancy_group.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.redundancy_group.id IS 'sha1(name + all(member parent_name + timeperiod.name + states + ignore_soft_states))';


--
-- Name: COLUMN redundancy_group.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.redundancy_group.environment_id IS 'environment.id';


--
-- Name: redundancy_group_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.redundancy_group_state (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    redundancy_group_id public.bytea20 NOT NULL,
    failed public.boolenum NOT NULL,
    is_reachable public.boolenum NOT NULL,
    last_state_change public.biguint NOT NULL
);
ALTER TABLE ONLY public.redundancy_group_state ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.redundancy_group_state ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.redundancy_group_state ALTER COLUMN redundancy_group_id SET STORAGE PLAIN;


ALTER TABLE public.redundancy_group_state OWNER TO postgres;

--
-- Name: COLUMN redundancy_group_state.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.redundancy_group_state.id IS 'redundancy_group.id';


--
-- Name: COLUMN redundancy_group_state.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.redundancy_group_state.environment_id IS 'environment.id';


--
-- Name: COLUMN redundancy_group_state.redundancy_group_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.redundancy_group_state.redundancy_group_id IS 'redundancy_group.id';


--
-- Name: service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    host_id public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    checkcommand_name public.citext NOT NULL,
    checkcommand_id public.bytea20 NOT NULL,
    max_check_attempts public.uint NOT NULL,
    check_timeperiod_name public.citext NOT NULL,
    check_timeperiod_id public.bytea20 DEFAULT NULL::bytea,
    check_timeout double precision,
    check_interval double precision NOT NULL,
    check_retry_interval double precision NOT NULL,
    total_children public.uint DEFAULT NULL::bigint,
    active_checks_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    passive_checks_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    event_handler_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    notifications_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    flapping_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    flapping_threshold_low double precision NOT NULL,
    flapping_threshold_high double precision NOT NULL,
    perfdata_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    eventcommand_name public.citext NOT NULL,
    eventcommand_id public.bytea20 DEFAULT NULL::bytea,
    is_volatile public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    action_url_id public.bytea20 DEFAULT NULL::bytea,
    notes_url_id public.bytea20 DEFAULT NULL::bytea,
    notes text NOT NULL,
    icon_image_id public.bytea20 DEFAULT NULL::bytea,
    icon_image_alt text NOT NULL,
    zone_name public.citext NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea,
    command_endpoint_name public.citext NOT NULL,
    command_endpoint_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.service ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN checkcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN check_timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN eventcommand_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN action_url_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN notes_url_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN icon_image_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN zone_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service ALTER COLUMN command_endpoint_id SET STORAGE PLAIN;


ALTER TABLE public.service OWNER TO postgres;

--
-- Name: COLUMN service.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN service.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.environment_id IS 'environment.id';


--
-- Name: COLUMN service.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN service.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN service.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.host_id IS 'sha1(host.id)';


--
-- Name: COLUMN service.checkcommand_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.checkcommand_name IS 'checkcommand.name';


--
-- Name: COLUMN service.checkcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.checkcommand_id IS 'checkcommand.id';


--
-- Name: COLUMN service.check_timeperiod_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.check_timeperiod_name IS 'timeperiod.name';


--
-- Name: COLUMN service.check_timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.check_timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN service.eventcommand_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.eventcommand_name IS 'eventcommand.name';


--
-- Name: COLUMN service.eventcommand_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.eventcommand_id IS 'eventcommand.id';


--
-- Name: COLUMN service.action_url_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.action_url_id IS 'action_url.id';


--
-- Name: COLUMN service.notes_url_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.notes_url_id IS 'notes_url.id';


--
-- Name: COLUMN service.icon_image_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.icon_image_id IS 'icon_image.id';


--
-- Name: COLUMN service.zone_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.zone_name IS 'zone.name';


--
-- Name: COLUMN service.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.zone_id IS 'zone.id';


--
-- Name: COLUMN service.command_endpoint_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.command_endpoint_name IS 'endpoint.name';


--
-- Name: COLUMN service.command_endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service.command_endpoint_id IS 'endpoint.id';


--
-- Name: service_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    service_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.service_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_customvar ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.service_customvar OWNER TO postgres;

--
-- Name: COLUMN service_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_customvar.id IS 'sha1(environment.id + service_id + customvar_id)';


--
-- Name: COLUMN service_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN service_customvar.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_customvar.service_id IS 'service.id';


--
-- Name: COLUMN service_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_customvar.customvar_id IS 'customvar.id';


--
-- Name: service_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_state (
    id public.bytea20 NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    state_type public.state_type DEFAULT 'hard'::public.state_type NOT NULL,
    soft_state public.tinyuint NOT NULL,
    hard_state public.tinyuint NOT NULL,
    previous_soft_state public.tinyuint NOT NULL,
    previous_hard_state public.tinyuint NOT NULL,
    check_attempt public.uint NOT NULL,
    severity public.smalluint NOT NULL,
    output text,
    long_output text,
    performance_data text,
    normalized_performance_data text,
    check_commandline text,
    is_problem public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_handled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_reachable public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_flapping public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_overdue public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_acknowledged public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    is_sticky_acknowledgement public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    acknowledgement_comment_id public.bytea20 DEFAULT NULL::bytea,
    last_comment_id public.bytea20 DEFAULT NULL::bytea,
    in_downtime public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    affects_children public.boolenum NOT NULL,
    execution_time double precision,
    latency double precision,
    check_timeout double precision,
    check_source text,
    scheduling_source text,
    last_update public.biguint DEFAULT NULL::bigint,
    last_state_change public.biguint NOT NULL,
    next_check public.biguint NOT NULL,
    next_update public.biguint NOT NULL
);
ALTER TABLE ONLY public.service_state ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_state ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_state ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_state ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_state ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_state ALTER COLUMN acknowledgement_comment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.service_state ALTER COLUMN last_comment_id SET STORAGE PLAIN;


ALTER TABLE public.service_state OWNER TO postgres;

--
-- Name: COLUMN service_state.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.id IS 'service.id';


--
-- Name: COLUMN service_state.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.host_id IS 'host.id';


--
-- Name: COLUMN service_state.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.service_id IS 'service.id';


--
-- Name: COLUMN service_state.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.environment_id IS 'environment.id';


--
-- Name: COLUMN service_state.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN service_state.acknowledgement_comment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.acknowledgement_comment_id IS 'comment.id';


--
-- Name: COLUMN service_state.last_comment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.service_state.last_comment_id IS 'comment.id';


--
-- Name: servicegroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.servicegroup (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.servicegroup ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.servicegroup OWNER TO postgres;

--
-- Name: COLUMN servicegroup.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN servicegroup.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup.environment_id IS 'environment.id';


--
-- Name: COLUMN servicegroup.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN servicegroup.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN servicegroup.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup.zone_id IS 'zone.id';


--
-- Name: servicegroup_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.servicegroup_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    servicegroup_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.servicegroup_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup_customvar ALTER COLUMN servicegroup_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.servicegroup_customvar OWNER TO postgres;

--
-- Name: COLUMN servicegroup_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_customvar.id IS 'sha1(environment.id + servicegroup_id + customvar_id)';


--
-- Name: COLUMN servicegroup_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN servicegroup_customvar.servicegroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_customvar.servicegroup_id IS 'servicegroup.id';


--
-- Name: COLUMN servicegroup_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_customvar.customvar_id IS 'customvar.id';


--
-- Name: servicegroup_member; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.servicegroup_member (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    service_id public.bytea20 NOT NULL,
    servicegroup_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.servicegroup_member ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup_member ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup_member ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.servicegroup_member ALTER COLUMN servicegroup_id SET STORAGE PLAIN;


ALTER TABLE public.servicegroup_member OWNER TO postgres;

--
-- Name: COLUMN servicegroup_member.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_member.id IS 'sha1(environment.id + servicegroup_id + service_id)';


--
-- Name: COLUMN servicegroup_member.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_member.environment_id IS 'environment.id';


--
-- Name: COLUMN servicegroup_member.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_member.service_id IS 'service.id';


--
-- Name: COLUMN servicegroup_member.servicegroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.servicegroup_member.servicegroup_id IS 'servicegroup.id';


--
-- Name: sla_history_downtime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sla_history_downtime (
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    downtime_id public.bytea20 NOT NULL,
    downtime_start public.biguint NOT NULL,
    downtime_end public.biguint NOT NULL
);
ALTER TABLE ONLY public.sla_history_downtime ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_downtime ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_downtime ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_downtime ALTER COLUMN service_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_downtime ALTER COLUMN downtime_id SET STORAGE PLAIN;


ALTER TABLE public.sla_history_downtime OWNER TO postgres;

--
-- Name: COLUMN sla_history_downtime.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.environment_id IS 'environment.id';


--
-- Name: COLUMN sla_history_downtime.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN sla_history_downtime.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.host_id IS 'host.id';


--
-- Name: COLUMN sla_history_downtime.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.service_id IS 'service.id';


--
-- Name: COLUMN sla_history_downtime.downtime_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.downtime_id IS 'downtime.id (may reference already deleted rows)';


--
-- Name: COLUMN sla_history_downtime.downtime_start; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.downtime_start IS 'start time of the downtime';


--
-- Name: COLUMN sla_history_downtime.downtime_end; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_downtime.downtime_end IS 'end time of the downtime';


--
-- Name: sla_history_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sla_history_state (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    event_time public.biguint NOT NULL,
    hard_state public.tinyuint NOT NULL,
    previous_hard_state public.tinyuint NOT NULL
);
ALTER TABLE ONLY public.sla_history_state ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_state ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_state ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_state ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.sla_history_state ALTER COLUMN service_id SET STORAGE PLAIN;


ALTER TABLE public.sla_history_state OWNER TO postgres;

--
-- Name: COLUMN sla_history_state.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.id IS 'state_history.id (may reference already deleted rows)';


--
-- Name: COLUMN sla_history_state.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.environment_id IS 'environment.id';


--
-- Name: COLUMN sla_history_state.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN sla_history_state.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.host_id IS 'host.id';


--
-- Name: COLUMN sla_history_state.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.service_id IS 'service.id';


--
-- Name: COLUMN sla_history_state.event_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.event_time IS 'unix timestamp the event occurred';


--
-- Name: COLUMN sla_history_state.hard_state; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.hard_state IS 'hard state after this event';


--
-- Name: COLUMN sla_history_state.previous_hard_state; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.sla_history_state.previous_hard_state IS 'hard state before this event';


--
-- Name: state_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.state_history (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    endpoint_id public.bytea20 DEFAULT NULL::bytea,
    object_type public.checkable_type DEFAULT 'host'::public.checkable_type NOT NULL,
    host_id public.bytea20 NOT NULL,
    service_id public.bytea20 DEFAULT NULL::bytea,
    event_time public.biguint NOT NULL,
    state_type public.state_type DEFAULT 'hard'::public.state_type NOT NULL,
    soft_state public.tinyuint NOT NULL,
    hard_state public.tinyuint NOT NULL,
    previous_soft_state public.tinyuint NOT NULL,
    previous_hard_state public.tinyuint NOT NULL,
    check_attempt public.uint NOT NULL,
    output text,
    long_output text,
    max_check_attempts public.uint NOT NULL,
    check_source text,
    scheduling_source text
);
ALTER TABLE ONLY public.state_history ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.state_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.state_history ALTER COLUMN endpoint_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.state_history ALTER COLUMN host_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.state_history ALTER COLUMN service_id SET STORAGE PLAIN;


ALTER TABLE public.state_history OWNER TO postgres;

--
-- Name: COLUMN state_history.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.state_history.id IS 'sha1(environment.name + host|service.name + event_time)';


--
-- Name: COLUMN state_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.state_history.environment_id IS 'environment.id';


--
-- Name: COLUMN state_history.endpoint_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.state_history.endpoint_id IS 'endpoint.id';


--
-- Name: COLUMN state_history.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.state_history.host_id IS 'host.id';


--
-- Name: COLUMN state_history.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.state_history.service_id IS 'service.id';


--
-- Name: timeperiod; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timeperiod (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    prefer_includes public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.timeperiod ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.timeperiod OWNER TO postgres;

--
-- Name: COLUMN timeperiod.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN timeperiod.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod.environment_id IS 'env.id';


--
-- Name: COLUMN timeperiod.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN timeperiod.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN timeperiod.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod.zone_id IS 'zone.id';


--
-- Name: timeperiod_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timeperiod_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    timeperiod_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.timeperiod_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_customvar ALTER COLUMN timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.timeperiod_customvar OWNER TO postgres;

--
-- Name: COLUMN timeperiod_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_customvar.id IS 'sha1(environment.id + timeperiod_id + customvar_id)';


--
-- Name: COLUMN timeperiod_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN timeperiod_customvar.timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_customvar.timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN timeperiod_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_customvar.customvar_id IS 'customvar.id';


--
-- Name: timeperiod_override_exclude; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timeperiod_override_exclude (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    timeperiod_id public.bytea20 NOT NULL,
    override_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.timeperiod_override_exclude ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_override_exclude ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_override_exclude ALTER COLUMN timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_override_exclude ALTER COLUMN override_id SET STORAGE PLAIN;


ALTER TABLE public.timeperiod_override_exclude OWNER TO postgres;

--
-- Name: COLUMN timeperiod_override_exclude.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_exclude.id IS 'sha1(environment.id + exclude_id + timeperiod_id)';


--
-- Name: COLUMN timeperiod_override_exclude.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_exclude.environment_id IS 'env.id';


--
-- Name: COLUMN timeperiod_override_exclude.timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_exclude.timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN timeperiod_override_exclude.override_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_exclude.override_id IS 'timeperiod.id';


--
-- Name: timeperiod_override_include; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timeperiod_override_include (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    timeperiod_id public.bytea20 NOT NULL,
    override_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.timeperiod_override_include ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_override_include ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_override_include ALTER COLUMN timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_override_include ALTER COLUMN override_id SET STORAGE PLAIN;


ALTER TABLE public.timeperiod_override_include OWNER TO postgres;

--
-- Name: COLUMN timeperiod_override_include.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_include.id IS 'sha1(environment.id + include_id + timeperiod_id)';


--
-- Name: COLUMN timeperiod_override_include.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_include.environment_id IS 'env.id';


--
-- Name: COLUMN timeperiod_override_include.timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_include.timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN timeperiod_override_include.override_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_override_include.override_id IS 'timeperiod.id';


--
-- Name: timeperiod_range; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timeperiod_range (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    timeperiod_id public.bytea20 NOT NULL,
    range_key public.citext NOT NULL,
    range_value text NOT NULL
);
ALTER TABLE ONLY public.timeperiod_range ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_range ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.timeperiod_range ALTER COLUMN timeperiod_id SET STORAGE PLAIN;


ALTER TABLE public.timeperiod_range OWNER TO postgres;

--
-- Name: COLUMN timeperiod_range.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_range.id IS 'sha1(environment.id + range_id + timeperiod_id)';


--
-- Name: COLUMN timeperiod_range.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_range.environment_id IS 'env.id';


--
-- Name: COLUMN timeperiod_range.timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.timeperiod_range.timeperiod_id IS 'timeperiod.id';


--
-- Name: user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."user" (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    email character varying(255) NOT NULL,
    pager character varying(255) NOT NULL,
    notifications_enabled public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    timeperiod_id public.bytea20 DEFAULT NULL::bytea,
    states public.tinyuint NOT NULL,
    types public.smalluint NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public."user" ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public."user" ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public."user" ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public."user" ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public."user" ALTER COLUMN timeperiod_id SET STORAGE PLAIN;
ALTER TABLE ONLY public."user" ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public."user" OWNER TO postgres;

--
-- Name: COLUMN "user".id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."user".id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN "user".environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."user".environment_id IS 'environment.id';


--
-- Name: COLUMN "user".name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."user".name_checksum IS 'sha1(name)';


--
-- Name: COLUMN "user".properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."user".properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN "user".timeperiod_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."user".timeperiod_id IS 'timeperiod.id';


--
-- Name: COLUMN "user".zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public."user".zone_id IS 'zone.id';


--
-- Name: user_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    user_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.user_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.user_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.user_customvar ALTER COLUMN user_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.user_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.user_customvar OWNER TO postgres;

--
-- Name: COLUMN user_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_customvar.id IS 'sha1(environment.id + user_id + customvar_id)';


--
-- Name: COLUMN user_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN user_customvar.user_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_customvar.user_id IS 'user.id';


--
-- Name: COLUMN user_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_customvar.customvar_id IS 'customvar.id';


--
-- Name: user_notification_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_notification_history (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    notification_history_id public.bytea20 NOT NULL,
    user_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.user_notification_history ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.user_notification_history ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.user_notification_history ALTER COLUMN notification_history_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.user_notification_history ALTER COLUMN user_id SET STORAGE PLAIN;


ALTER TABLE public.user_notification_history OWNER TO postgres;

--
-- Name: COLUMN user_notification_history.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_notification_history.id IS 'sha1(notification_history_id + user_id)';


--
-- Name: COLUMN user_notification_history.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_notification_history.environment_id IS 'environment.id';


--
-- Name: COLUMN user_notification_history.notification_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_notification_history.notification_history_id IS 'UUID notification_history.id';


--
-- Name: COLUMN user_notification_history.user_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.user_notification_history.user_id IS 'user.id';


--
-- Name: usergroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.usergroup (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    display_name public.citext NOT NULL,
    zone_id public.bytea20 DEFAULT NULL::bytea
);
ALTER TABLE ONLY public.usergroup ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup ALTER COLUMN zone_id SET STORAGE PLAIN;


ALTER TABLE public.usergroup OWNER TO postgres;

--
-- Name: COLUMN usergroup.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN usergroup.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup.environment_id IS 'environment.id';


--
-- Name: COLUMN usergroup.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN usergroup.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN usergroup.zone_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup.zone_id IS 'zone.id';


--
-- Name: usergroup_customvar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.usergroup_customvar (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    usergroup_id public.bytea20 NOT NULL,
    customvar_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.usergroup_customvar ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup_customvar ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup_customvar ALTER COLUMN usergroup_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup_customvar ALTER COLUMN customvar_id SET STORAGE PLAIN;


ALTER TABLE public.usergroup_customvar OWNER TO postgres;

--
-- Name: COLUMN usergroup_customvar.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_customvar.id IS 'sha1(environment.id + usergroup_id + customvar_id)';


--
-- Name: COLUMN usergroup_customvar.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_customvar.environment_id IS 'environment.id';


--
-- Name: COLUMN usergroup_customvar.usergroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_customvar.usergroup_id IS 'usergroup.id';


--
-- Name: COLUMN usergroup_customvar.customvar_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_customvar.customvar_id IS 'customvar.id';


--
-- Name: usergroup_member; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.usergroup_member (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    user_id public.bytea20 NOT NULL,
    usergroup_id public.bytea20 NOT NULL
);
ALTER TABLE ONLY public.usergroup_member ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup_member ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup_member ALTER COLUMN user_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.usergroup_member ALTER COLUMN usergroup_id SET STORAGE PLAIN;


ALTER TABLE public.usergroup_member OWNER TO postgres;

--
-- Name: COLUMN usergroup_member.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_member.id IS 'sha1(environment.id + usergroup_id + user_id)';


--
-- Name: COLUMN usergroup_member.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_member.environment_id IS 'environment.id';


--
-- Name: COLUMN usergroup_member.user_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_member.user_id IS 'user.id';


--
-- Name: COLUMN usergroup_member.usergroup_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.usergroup_member.usergroup_id IS 'usergroup.id';


--
-- Name: zone; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.zone (
    id public.bytea20 NOT NULL,
    environment_id public.bytea20 NOT NULL,
    name_checksum public.bytea20 NOT NULL,
    properties_checksum public.bytea20 NOT NULL,
    name character varying(255) NOT NULL,
    name_ci public.citext NOT NULL,
    is_global public.boolenum DEFAULT 'n'::public.boolenum NOT NULL,
    parent_id public.bytea20 DEFAULT NULL::bytea,
    depth public.tinyuint NOT NULL
);
ALTER TABLE ONLY public.zone ALTER COLUMN id SET STORAGE PLAIN;
ALTER TABLE ONLY public.zone ALTER COLUMN environment_id SET STORAGE PLAIN;
ALTER TABLE ONLY public.zone ALTER COLUMN name_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.zone ALTER COLUMN properties_checksum SET STORAGE PLAIN;
ALTER TABLE ONLY public.zone ALTER COLUMN parent_id SET STORAGE PLAIN;


ALTER TABLE public.zone OWNER TO postgres;

--
-- Name: COLUMN zone.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.zone.id IS 'sha1(environment.id + name)';


--
-- Name: COLUMN zone.environment_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.zone.environment_id IS 'environment.id';


--
-- Name: COLUMN zone.name_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.zone.name_checksum IS 'sha1(name)';


--
-- Name: COLUMN zone.properties_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.zone.properties_checksum IS 'sha1(all properties)';


--
-- Name: COLUMN zone.parent_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.zone.parent_id IS 'zone.id';


--
-- Name: icingadb_schema id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingadb_schema ALTER COLUMN id SET DEFAULT nextval('public.icingadb_schema_id_seq'::regclass);


--
-- Name: acknowledgement_history pk_acknowledgement_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acknowledgement_history
    ADD CONSTRAINT pk_acknowledgement_history PRIMARY KEY (id);


--
-- Name: action_url pk_action_url; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.action_url
    ADD CONSTRAINT pk_action_url PRIMARY KEY (id);


--
-- Name: checkcommand pk_checkcommand; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.checkcommand
    ADD CONSTRAINT pk_checkcommand PRIMARY KEY (id);


--
-- Name: checkcommand_argument pk_checkcommand_argument; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.checkcommand_argument
    ADD CONSTRAINT pk_checkcommand_argument PRIMARY KEY (id);


--
-- Name: checkcommand_customvar pk_checkcommand_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.checkcommand_customvar
    ADD CONSTRAINT pk_checkcommand_customvar PRIMARY KEY (id);


--
-- Name: checkcommand_envvar pk_checkcommand_envvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.checkcommand_envvar
    ADD CONSTRAINT pk_checkcommand_envvar PRIMARY KEY (id);


--
-- Name: comment pk_comment; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment
    ADD CONSTRAINT pk_comment PRIMARY KEY (id);


--
-- Name: comment_history pk_comment_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.comment_history
    ADD CONSTRAINT pk_comment_history PRIMARY KEY (comment_id);


--
-- Name: customvar pk_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customvar
    ADD CONSTRAINT pk_customvar PRIMARY KEY (id);


--
-- Name: customvar_flat pk_customvar_flat; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customvar_flat
    ADD CONSTRAINT pk_customvar_flat PRIMARY KEY (id);


--
-- Name: dependency_edge pk_dependency_edge; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dependency_edge
    ADD CONSTRAINT pk_dependency_edge PRIMARY KEY (id);


--
-- Name: dependency_edge_state pk_dependency_edge_state; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dependency_edge_state
    ADD CONSTRAINT pk_dependency_edge_state PRIMARY KEY (id);


--
-- Name: dependency_node pk_dependency_node; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dependency_node
    ADD CONSTRAINT pk_dependency_node PRIMARY KEY (id);


--
-- Name: downtime pk_downtime; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.downtime
    ADD CONSTRAINT pk_downtime PRIMARY KEY (id);


--
-- Name: downtime_history pk_downtime_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.downtime_history
    ADD CONSTRAINT pk_downtime_history PRIMARY KEY (downtime_id);


--
-- Name: endpoint pk_endpoint; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.endpoint
    ADD CONSTRAINT pk_endpoint PRIMARY KEY (id);


--
-- Name: environment pk_environment; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.environment
    ADD CONSTRAINT pk_environment PRIMARY KEY (id);


--
-- Name: eventcommand pk_eventcommand; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eventcommand
    ADD CONSTRAINT pk_eventcommand PRIMARY KEY (id);


--
-- Name: eventcommand_argument pk_eventcommand_argument; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eventcommand_argument
    ADD CONSTRAINT pk_eventcommand_argument PRIMARY KEY (id);


--
-- Name: eventcommand_customvar pk_eventcommand_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eventcommand_customvar
    ADD CONSTRAINT pk_eventcommand_customvar PRIMARY KEY (id);


--
-- Name: eventcommand_envvar pk_eventcommand_envvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eventcommand_envvar
    ADD CONSTRAINT pk_eventcommand_envvar PRIMARY KEY (id);


--
-- Name: flapping_history pk_flapping_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.flapping_history
    ADD CONSTRAINT pk_flapping_history PRIMARY KEY (id);


--
-- Name: history pk_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT pk_history PRIMARY KEY (id);


--
-- Name: host pk_host; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host
    ADD CONSTRAINT pk_host PRIMARY KEY (id);


--
-- Name: host_customvar pk_host_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_customvar
    ADD CONSTRAINT pk_host_customvar PRIMARY KEY (id);


--
-- Name: host_state pk_host_state; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_state
    ADD CONSTRAINT pk_host_state PRIMARY KEY (id);


--
-- Name: hostgroup pk_hostgroup; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hostgroup
    ADD CONSTRAINT pk_hostgroup PRIMARY KEY (id);


--
-- Name: hostgroup_customvar pk_hostgroup_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hostgroup_customvar
    ADD CONSTRAINT pk_hostgroup_customvar PRIMARY KEY (id);


--
-- Name: hostgroup_member pk_hostgroup_member; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hostgroup_member
    ADD CONSTRAINT pk_hostgroup_member PRIMARY KEY (id);


--
-- Name: icingadb_instance pk_icingadb_instance; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingadb_instance
    ADD CONSTRAINT pk_icingadb_instance PRIMARY KEY (id);


--
-- Name: icingadb_schema pk_icingadb_schema; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingadb_schema
    ADD CONSTRAINT pk_icingadb_schema PRIMARY KEY (id);


--
-- Name: icon_image pk_icon_image; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icon_image
    ADD CONSTRAINT pk_icon_image PRIMARY KEY (id);


--
-- Name: notes_url pk_notes_url; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notes_url
    ADD CONSTRAINT pk_notes_url PRIMARY KEY (id);


--
-- Name: notification pk_notification; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification
    ADD CONSTRAINT pk_notification PRIMARY KEY (id);


--
-- Name: notification_customvar pk_notification_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_customvar
    ADD CONSTRAINT pk_notification_customvar PRIMARY KEY (id);


--
-- Name: notification_history pk_notification_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_history
    ADD CONSTRAINT pk_notification_history PRIMARY KEY (id);


--
-- Name: notification_recipient pk_notification_recipient; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_recipient
    ADD CONSTRAINT pk_notification_recipient PRIMARY KEY (id);


--
-- Name: notification_user pk_notification_user; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_user
    ADD CONSTRAINT pk_notification_user PRIMARY KEY (id);


--
-- Name: notification_usergroup pk_notification_usergroup; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notification_usergroup
    ADD CONSTRAINT pk_notification_usergroup PRIMARY KEY (id);


--
-- Name: notificationcommand pk_notificationcommand; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notificationcommand
    ADD CONSTRAINT pk_notificationcommand PRIMARY KEY (id);


--
-- Name: notificationcommand_argument pk_notificationcommand_argument; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notificationcommand_argument
    ADD CONSTRAINT pk_notificationcommand_argument PRIMARY KEY (id);


--
-- Name: notificationcommand_customvar pk_notificationcommand_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notificationcommand_customvar
    ADD CONSTRAINT pk_notificationcommand_customvar PRIMARY KEY (id);


--
-- Name: notificationcommand_envvar pk_notificationcommand_envvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.notificationcommand_envvar
    ADD CONSTRAINT pk_notificationcommand_envvar PRIMARY KEY (id);


--
-- Name: redundancy_group pk_redundancy_group; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.redundancy_group
    ADD CONSTRAINT pk_redundancy_group PRIMARY KEY (id);


--
-- Name: redundancy_group_state pk_redundancy_group_state; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.redundancy_group_state
    ADD CONSTRAINT pk_redundancy_group_state PRIMARY KEY (id);


--
-- Name: service pk_service; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service
    ADD CONSTRAINT pk_service PRIMARY KEY (id);


--
-- Name: service_customvar pk_service_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_customvar
    ADD CONSTRAINT pk_service_customvar PRIMARY KEY (id);


--
-- Name: service_state pk_service_state; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_state
    ADD CONSTRAINT pk_service_state PRIMARY KEY (id);


--
-- Name: servicegroup pk_servicegroup; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.servicegroup
    ADD CONSTRAINT pk_servicegroup PRIMARY KEY (id);


--
-- Name: servicegroup_customvar pk_servicegroup_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.servicegroup_customvar
    ADD CONSTRAINT pk_servicegroup_customvar PRIMARY KEY (id);


--
-- Name: servicegroup_member pk_servicegroup_member; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.servicegroup_member
    ADD CONSTRAINT pk_servicegroup_member PRIMARY KEY (id);


--
-- Name: sla_history_downtime pk_sla_history_downtime; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_history_downtime
    ADD CONSTRAINT pk_sla_history_downtime PRIMARY KEY (downtime_id);


--
-- Name: sla_history_state pk_sla_history_state; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_history_state
    ADD CONSTRAINT pk_sla_history_state PRIMARY KEY (id);


--
-- Name: state_history pk_state_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.state_history
    ADD CONSTRAINT pk_state_history PRIMARY KEY (id);


--
-- Name: timeperiod pk_timeperiod; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timeperiod
    ADD CONSTRAINT pk_timeperiod PRIMARY KEY (id);


--
-- Name: timeperiod_customvar pk_timeperiod_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timeperiod_customvar
    ADD CONSTRAINT pk_timeperiod_customvar PRIMARY KEY (id);


--
-- Name: timeperiod_override_exclude pk_timeperiod_override_exclude; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timeperiod_override_exclude
    ADD CONSTRAINT pk_timeperiod_override_exclude PRIMARY KEY (id);


--
-- Name: timeperiod_override_include pk_timeperiod_override_include; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timeperiod_override_include
    ADD CONSTRAINT pk_timeperiod_override_include PRIMARY KEY (id);


--
-- Name: timeperiod_range pk_timeperiod_range; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timeperiod_range
    ADD CONSTRAINT pk_timeperiod_range PRIMARY KEY (id);


--
-- Name: user pk_user; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."user"
    ADD CONSTRAINT pk_user PRIMARY KEY (id);


--
-- Name: user_customvar pk_user_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_customvar
    ADD CONSTRAINT pk_user_customvar PRIMARY KEY (id);


--
-- Name: user_notification_history pk_user_notification_history; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_notification_history
    ADD CONSTRAINT pk_user_notification_history PRIMARY KEY (id);


--
-- Name: usergroup pk_usergroup; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.usergroup
    ADD CONSTRAINT pk_usergroup PRIMARY KEY (id);


--
-- Name: usergroup_customvar pk_usergroup_customvar; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.usergroup_customvar
    ADD CONSTRAINT pk_usergroup_customvar PRIMARY KEY (id);


--
-- Name: usergroup_member pk_usergroup_member; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.usergroup_member
    ADD CONSTRAINT pk_usergroup_member PRIMARY KEY (id);


--
-- Name: zone pk_zone; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.zone
    ADD CONSTRAINT pk_zone PRIMARY KEY (id);


--
-- Name: idx_acknowledgement_history_env_clear_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_acknowledgement_history_env_clear_time ON public.acknowledgement_history USING btree (environment_id, clear_time);


--
-- Name: INDEX idx_acknowledgement_history_env_clear_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_acknowledgement_history_env_clear_time IS 'Filter for history retention';


--
-- Name: idx_action_url; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_action_url ON public.action_url USING btree (action_url);


--
-- Name: idx_action_url_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_action_url_checksum ON public.host USING btree (action_url_id);


--
-- Name: INDEX idx_action_url_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_action_url_checksum IS 'cleanup';


--
-- Name: idx_checkcommand_customvar_checkcommand_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_checkcommand_customvar_checkcommand_id ON public.checkcommand_customvar USING btree (checkcommand_id, customvar_id);


--
-- Name: idx_checkcommand_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_checkcommand_customvar_customvar_id ON public.checkcommand_customvar USING btree (customvar_id, checkcommand_id);


--
-- Name: idx_comment_author; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comment_author ON public.comment USING btree (author);


--
-- Name: INDEX idx_comment_author; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_comment_author IS 'Comment list filtered/ordered by author';


--
-- Name: idx_comment_entry_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comment_entry_time ON public.comment USING btree (entry_time);


--
-- Name: INDEX idx_comment_entry_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_comment_entry_time IS 'Comment list fileted/ordered by entry_time';


--
-- Name: idx_comment_expire_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comment_expire_time ON public.comment USING btree (expire_time);


--
-- Name: INDEX idx_comment_expire_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_comment_expire_time IS 'Comment list filtered/ordered by expire_time';


--
-- Name: idx_comment_history_env_remove_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comment_history_env_remove_time ON public.comment_history USING btree (environment_id, remove_time);


--
-- Name: INDEX idx_comment_history_env_remove_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_comment_history_env_remove_time IS 'Filter for history retention';


--
-- Name: idx_comment_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comment_name ON public.comment USING btree (name);


--
-- Name: INDEX idx_comment_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_comment_name IS 'Comment detail filter';


--
-- Name: idx_customvar_flat_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_customvar_flat_customvar_id ON public.customvar_flat USING btree (customvar_id);


--
-- Name: idx_customvar_flat_flatname_flatvalue; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_customvar_flat_flatname_flatvalue ON public.customvar_flat USING btree (flatname, flatvalue);


--
-- Name: INDEX idx_customvar_flat_flatname_flatvalue; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_customvar_flat_flatname_flatvalue IS 'Lists filtered by custom variable';


--
-- Name: idx_dependency_edge_from_node_to_node_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_dependency_edge_from_node_to_node_id ON public.dependency_edge USING btree (from_node_id, to_node_id);


--
-- Name: idx_dependency_node_host_service_redundancygroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_dependency_node_host_service_redundancygroup_id ON public.dependency_node USING btree (host_id, service_id, redundancy_group_id);


--
-- Name: idx_downtime_author; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_author ON public.downtime USING btree (author);


--
-- Name: INDEX idx_downtime_author; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_author IS 'Downtime list filtered/ordered by author';


--
-- Name: idx_downtime_duration; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_duration ON public.downtime USING btree (duration);


--
-- Name: INDEX idx_downtime_duration; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_duration IS 'Downtime list filtered/ordered by duration';


--
-- Name: idx_downtime_end_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_end_time ON public.downtime USING btree (end_time);


--
-- Name: INDEX idx_downtime_end_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_end_time IS 'Downtime list filtered/ordered by end_time';


--
-- Name: idx_downtime_entry_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_entry_time ON public.downtime USING btree (entry_time);


--
-- Name: INDEX idx_downtime_entry_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_entry_time IS 'Downtime list filtered/ordered by entry_time';


--
-- Name: idx_downtime_history_env_end_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_history_env_end_time ON public.downtime_history USING btree (environment_id, end_time);


--
-- Name: INDEX idx_downtime_history_env_end_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_history_env_end_time IS 'Filter for history retention';


--
-- Name: idx_downtime_is_in_effect; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_is_in_effect ON public.downtime USING btree (is_in_effect, start_time);


--
-- Name: INDEX idx_downtime_is_in_effect; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_is_in_effect IS 'Downtime list filtered/ordered by severity';


--
-- Name: idx_downtime_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_name ON public.downtime USING btree (name);


--
-- Name: INDEX idx_downtime_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_name IS 'Downtime detail filter';


--
-- Name: idx_downtime_scheduled_end_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_scheduled_end_time ON public.downtime USING btree (scheduled_end_time);


--
-- Name: INDEX idx_downtime_scheduled_end_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_scheduled_end_time IS 'Downtime list filtered/ordered by scheduled_end_time';


--
-- Name: idx_downtime_scheduled_start_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_scheduled_start_time ON public.downtime USING btree (scheduled_start_time);


--
-- Name: INDEX idx_downtime_scheduled_start_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_scheduled_start_time IS 'Downtime list filtered/ordered by scheduled_start_time';


--
-- Name: idx_downtime_start_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtime_start_time ON public.downtime USING btree (start_time);


--
-- Name: INDEX idx_downtime_start_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_downtime_start_time IS 'Downtime list filtered/ordered by start_time';


--
-- Name: idx_environment_id_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_environment_id_id ON public.zone USING btree (environment_id, id);


--
-- Name: idx_eventcommand_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_eventcommand_customvar_customvar_id ON public.eventcommand_customvar USING btree (customvar_id, eventcommand_id);


--
-- Name: idx_eventcommand_customvar_eventcommand_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_eventcommand_customvar_eventcommand_id ON public.eventcommand_customvar USING btree (eventcommand_id, customvar_id);


--
-- Name: idx_flapping_history_env_end_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_flapping_history_env_end_time ON public.flapping_history USING btree (environment_id, end_time);


--
-- Name: INDEX idx_flapping_history_env_end_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_flapping_history_env_end_time IS 'Filter for history retention';


--
-- Name: idx_history_acknowledgement; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_acknowledgement ON public.history USING btree (acknowledgement_history_id);


--
-- Name: idx_history_comment; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_comment ON public.history USING btree (comment_history_id);


--
-- Name: idx_history_downtime; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_downtime ON public.history USING btree (downtime_history_id);


--
-- Name: idx_history_event_time_event_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_event_time_event_type ON public.history USING btree (event_time, event_type);


--
-- Name: INDEX idx_history_event_time_event_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_history_event_time_event_type IS 'History filtered/ordered by event_time/event_type';


--
-- Name: idx_history_flapping; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_flapping ON public.history USING btree (flapping_history_id);


--
-- Name: idx_history_host_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_host_service_id ON public.history USING btree (host_id, service_id, event_time);


--
-- Name: INDEX idx_history_host_service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_history_host_service_id IS 'Host/service history detail filter';


--
-- Name: idx_history_notification; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_notification ON public.history USING btree (notification_history_id);


--
-- Name: idx_history_state; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_history_state ON public.history USING btree (state_history_id);


--
-- Name: idx_host_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_customvar_customvar_id ON public.host_customvar USING btree (customvar_id, host_id);


--
-- Name: idx_host_customvar_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_customvar_host_id ON public.host_customvar USING btree (host_id, customvar_id);


--
-- Name: idx_host_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_display_name ON public.host USING btree (display_name);


--
-- Name: INDEX idx_host_display_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_display_name IS 'Host list filtered/ordered by display_name';


--
-- Name: idx_host_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_name ON public.host USING btree (name);


--
-- Name: INDEX idx_host_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_name IS 'Host list filtered/ordered by name; Host detail filter';


--
-- Name: idx_host_name_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_name_ci ON public.host USING btree (name_ci);


--
-- Name: INDEX idx_host_name_ci; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_name_ci IS 'Host list filtered using quick search';


--
-- Name: idx_host_state_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_host_state_host_id ON public.host_state USING btree (host_id);


--
-- Name: idx_host_state_is_problem; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_state_is_problem ON public.host_state USING btree (is_problem, severity);


--
-- Name: INDEX idx_host_state_is_problem; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_state_is_problem IS 'Host list filtered by is_problem ordered by severity';


--
-- Name: idx_host_state_last_state_change; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_state_last_state_change ON public.host_state USING btree (last_state_change);


--
-- Name: INDEX idx_host_state_last_state_change; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_state_last_state_change IS 'Host list filtered/ordered by last_state_change';


--
-- Name: idx_host_state_severity; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_state_severity ON public.host_state USING btree (severity);


--
-- Name: INDEX idx_host_state_severity; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_state_severity IS 'Host list filtered/ordered by severity';


--
-- Name: idx_host_state_soft_state; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_state_soft_state ON public.host_state USING btree (soft_state, last_state_change);


--
-- Name: INDEX idx_host_state_soft_state; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_host_state_soft_state IS 'Host list filtered/ordered by soft_state; recently recovered filter';


--
-- Name: idx_hostgroup_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_customvar_customvar_id ON public.hostgroup_customvar USING btree (customvar_id, hostgroup_id);


--
-- Name: idx_hostgroup_customvar_hostgroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_customvar_hostgroup_id ON public.hostgroup_customvar USING btree (hostgroup_id, customvar_id);


--
-- Name: idx_hostgroup_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_display_name ON public.hostgroup USING btree (display_name);


--
-- Name: INDEX idx_hostgroup_display_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_hostgroup_display_name IS 'Hostgroup list filtered/ordered by display_name';


--
-- Name: idx_hostgroup_member_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_member_host_id ON public.hostgroup_member USING btree (host_id, hostgroup_id);


--
-- Name: idx_hostgroup_member_hostgroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_member_hostgroup_id ON public.hostgroup_member USING btree (hostgroup_id, host_id);


--
-- Name: idx_hostgroup_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_name ON public.hostgroup USING btree (name);


--
-- Name: INDEX idx_hostgroup_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_hostgroup_name IS 'Host/service/host group list filtered by host group name; Hostgroup detail filter';


--
-- Name: idx_hostgroup_name_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_name_ci ON public.hostgroup USING btree (name_ci);


--
-- Name: INDEX idx_hostgroup_name_ci; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_hostgroup_name_ci IS 'Hostgroup list filtered using quick search';


--
-- Name: idx_icon_image; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_icon_image ON public.icon_image USING btree (icon_image);


--
-- Name: idx_icon_image_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_icon_image_checksum ON public.host USING btree (icon_image_id);


--
-- Name: INDEX idx_icon_image_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_icon_image_checksum IS 'cleanup';


--
-- Name: idx_notes_url; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notes_url ON public.notes_url USING btree (notes_url);


--
-- Name: idx_notes_url_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notes_url_checksum ON public.host USING btree (notes_url_id);


--
-- Name: INDEX idx_notes_url_checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_notes_url_checksum IS 'cleanup';


--
-- Name: idx_notification_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_customvar_customvar_id ON public.notification_customvar USING btree (customvar_id, notification_id);


--
-- Name: idx_notification_customvar_notification_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_customvar_notification_id ON public.notification_customvar USING btree (notification_id, customvar_id);


--
-- Name: idx_notification_history_env_send_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_history_env_send_time ON public.notification_history USING btree (environment_id, send_time);


--
-- Name: INDEX idx_notification_history_env_send_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_notification_history_env_send_time IS 'Filter for history retention';


--
-- Name: idx_notification_history_send_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_history_send_time ON public.notification_history USING btree (send_time DESC);


--
-- Name: INDEX idx_notification_history_send_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_notification_history_send_time IS 'Notification list filtered/ordered by send_time';


--
-- Name: idx_notification_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_host_id ON public.notification USING btree (host_id);


--
-- Name: idx_notification_recipient_notification_id_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_recipient_notification_id_user ON public.notification_recipient USING btree (notification_id, user_id);


--
-- Name: idx_notification_recipient_notification_id_usergroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_recipient_notification_id_usergroup ON public.notification_recipient USING btree (notification_id, usergroup_id);


--
-- Name: idx_notification_recipient_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_recipient_user_id ON public.notification_recipient USING btree (user_id, notification_id);


--
-- Name: idx_notification_recipient_usergroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_recipient_usergroup_id ON public.notification_recipient USING btree (usergroup_id, notification_id);


--
-- Name: idx_notification_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_service_id ON public.notification USING btree (service_id);


--
-- Name: idx_notification_user_notification_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_user_notification_id ON public.notification_user USING btree (notification_id, user_id);


--
-- Name: idx_notification_user_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_user_user_id ON public.notification_user USING btree (user_id, notification_id);


--
-- Name: idx_notification_usergroup_notification_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_usergroup_notification_id ON public.notification_usergroup USING btree (notification_id, usergroup_id);


--
-- Name: idx_notification_usergroup_usergroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notification_usergroup_usergroup_id ON public.notification_usergroup USING btree (usergroup_id, notification_id);


--
-- Name: idx_notificationcommand_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notificationcommand_customvar_customvar_id ON public.notificationcommand_customvar USING btree (customvar_id, notificationcommand_id);


--
-- Name: idx_notificationcommand_customvar_notificationcommand_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_notificationcommand_customvar_notificationcommand_id ON public.notificationcommand_customvar USING btree (notificationcommand_id, customvar_id);


--
-- Name: idx_redundancy_group_state_redundancy_group_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_redundancy_group_state_redundancy_group_id ON public.redundancy_group_state USING btree (redundancy_group_id);


--
-- Name: idx_service_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_customvar_customvar_id ON public.service_customvar USING btree (customvar_id, service_id);


--
-- Name: idx_service_customvar_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_customvar_service_id ON public.service_customvar USING btree (service_id, customvar_id);


--
-- Name: idx_service_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_display_name ON public.service USING btree (display_name);


--
-- Name: INDEX idx_service_display_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_display_name IS 'Service list filtered/ordered by display_name';


--
-- Name: idx_service_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_host_id ON public.service USING btree (host_id, display_name);


--
-- Name: INDEX idx_service_host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_host_id IS 'Service list filtered by host and ordered by display_name';


--
-- Name: idx_service_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_name ON public.service USING btree (name);


--
-- Name: INDEX idx_service_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_name IS 'Service list filtered/ordered by name; Service detail filter';


--
-- Name: idx_service_name_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_name_ci ON public.service USING btree (name_ci);


--
-- Name: INDEX idx_service_name_ci; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_name_ci IS 'Service list filtered using quick search';


--
-- Name: idx_service_state_is_problem; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_state_is_problem ON public.service_state USING btree (is_problem, severity);


--
-- Name: INDEX idx_service_state_is_problem; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_state_is_problem IS 'Service list filtered by is_problem ordered by severity';


--
-- Name: idx_service_state_last_state_change; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_state_last_state_change ON public.service_state USING btree (last_state_change);


--
-- Name: INDEX idx_service_state_last_state_change; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_state_last_state_change IS 'Service list filtered/ordered by last_state_change';


--
-- Name: idx_service_state_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_service_state_service_id ON public.service_state USING btree (service_id);


--
-- Name: idx_service_state_severity; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_state_severity ON public.service_state USING btree (severity);


--
-- Name: INDEX idx_service_state_severity; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_state_severity IS 'Service list filtered/ordered by severity';


--
-- Name: idx_service_state_soft_state; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_state_soft_state ON public.service_state USING btree (soft_state, last_state_change);


--
-- Name: INDEX idx_service_state_soft_state; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_service_state_soft_state IS 'Service list filtered/ordered by soft_state; recently recovered filter';


--
-- Name: idx_servicegroup_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_customvar_customvar_id ON public.servicegroup_customvar USING btree (customvar_id, servicegroup_id);


--
-- Name: idx_servicegroup_customvar_servicegroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_customvar_servicegroup_id ON public.servicegroup_customvar USING btree (servicegroup_id, customvar_id);


--
-- Name: idx_servicegroup_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_display_name ON public.servicegroup USING btree (display_name);


--
-- Name: INDEX idx_servicegroup_display_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_servicegroup_display_name IS 'Servicegroup list filtered/ordered by display_name';


--
-- Name: idx_servicegroup_member_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_member_service_id ON public.servicegroup_member USING btree (service_id, servicegroup_id);


--
-- Name: idx_servicegroup_member_servicegroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_member_servicegroup_id ON public.servicegroup_member USING btree (servicegroup_id, service_id);


--
-- Name: idx_servicegroup_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_name ON public.servicegroup USING btree (name);


--
-- Name: INDEX idx_servicegroup_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_servicegroup_name IS 'Host/service/service group list filtered by service group name; Servicegroup detail filter';


--
-- Name: idx_servicegroup_name_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_name_ci ON public.servicegroup USING btree (name_ci);


--
-- Name: INDEX idx_servicegroup_name_ci; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_servicegroup_name_ci IS 'Servicegroup list filtered using quick search';


--
-- Name: idx_sla_history_downtime_env_downtime_end; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_sla_history_downtime_env_downtime_end ON public.sla_history_downtime USING btree (environment_id, downtime_end);


--
-- Name: INDEX idx_sla_history_downtime_env_downtime_end; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_sla_history_downtime_env_downtime_end IS 'Filter for sla history retention';


--
-- Name: idx_sla_history_downtime_event; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_sla_history_downtime_event ON public.sla_history_downtime USING btree (host_id, service_id, downtime_start, downtime_end);


--
-- Name: INDEX idx_sla_history_downtime_event; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_sla_history_downtime_event IS 'Filter for calculating the sla reports';


--
-- Name: idx_sla_history_state_env_event_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_sla_history_state_env_event_time ON public.sla_history_state USING btree (environment_id, event_time);


--
-- Name: INDEX idx_sla_history_state_env_event_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_sla_history_state_env_event_time IS 'Filter for history retention';


--
-- Name: idx_sla_history_state_event; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_sla_history_state_event ON public.sla_history_state USING btree (host_id, service_id, event_time);


--
-- Name: INDEX idx_sla_history_state_event; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_sla_history_state_event IS 'Filter for calculating the sla reports';


--
-- Name: idx_state_history_env_event_time; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_state_history_env_event_time ON public.state_history USING btree (environment_id, event_time);


--
-- Name: INDEX idx_state_history_env_event_time; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_state_history_env_event_time IS 'Filter for history retention';


--
-- Name: idx_timeperiod_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_timeperiod_customvar_customvar_id ON public.timeperiod_customvar USING btree (customvar_id, timeperiod_id);


--
-- Name: idx_timeperiod_customvar_timeperiod_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_timeperiod_customvar_timeperiod_id ON public.timeperiod_customvar USING btree (timeperiod_id, customvar_id);


--
-- Name: idx_user_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_user_customvar_customvar_id ON public.user_customvar USING btree (customvar_id, user_id);


--
-- Name: idx_user_customvar_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_user_customvar_user_id ON public.user_customvar USING btree (user_id, customvar_id);


--
-- Name: idx_user_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_user_display_name ON public."user" USING btree (display_name);


--
-- Name: INDEX idx_user_display_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_user_display_name IS 'User list filtered/ordered by display_name';


--
-- Name: idx_user_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_user_name ON public."user" USING btree (name);


--
-- Name: INDEX idx_user_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_user_name IS 'User list filtered/ordered by name; User detail filter';


--
-- Name: idx_user_name_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_user_name_ci ON public."user" USING btree (name_ci);


--
-- Name: INDEX idx_user_name_ci; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_user_name_ci IS 'User list filtered using quick search';


--
-- Name: idx_user_notification_history_notification_history_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_user_notification_history_notification_history_id ON public.user_notification_history USING btree (notification_history_id);


--
-- Name: INDEX idx_user_notification_history_notification_history_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_user_notification_history_notification_history_id IS 'Speed up ON DELETE CASCADE';


--
-- Name: idx_usergroup_customvar_customvar_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_customvar_customvar_id ON public.usergroup_customvar USING btree (customvar_id, usergroup_id);


--
-- Name: idx_usergroup_customvar_usergroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_customvar_usergroup_id ON public.usergroup_customvar USING btree (usergroup_id, customvar_id);


--
-- Name: idx_usergroup_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_display_name ON public.usergroup USING btree (display_name);


--
-- Name: INDEX idx_usergroup_display_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_usergroup_display_name IS 'Usergroup list filtered/ordered by display_name';


--
-- Name: idx_usergroup_member_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_member_user_id ON public.usergroup_member USING btree (user_id, usergroup_id);


--
-- Name: idx_usergroup_member_usergroup_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_member_usergroup_id ON public.usergroup_member USING btree (usergroup_id, user_id);


--
-- Name: idx_usergroup_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_name ON public.usergroup USING btree (name);


--
-- Name: INDEX idx_usergroup_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_usergroup_name IS 'Usergroup list filtered/ordered by name; User detail filter';


--
-- Name: idx_usergroup_name_ci; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_usergroup_name_ci ON public.usergroup USING btree (name_ci);


--
-- Name: INDEX idx_usergroup_name_ci; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.idx_usergroup_name_ci IS 'Usergroup list filtered using quick search';


--
-- Name: idx_zone_parent_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_zone_parent_id ON public.zone USING btree (parent_id);


--
-- Name: history fk_history_acknowledgement_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT fk_history_acknowledgement_history FOREIGN KEY (acknowledgement_history_id) REFERENCES public.acknowledgement_history(id) ON DELETE CASCADE;


--
-- Name: history fk_history_comment_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT fk_history_comment_history FOREIGN KEY (comment_history_id) REFERENCES public.comment_history(comment_id) ON DELETE CASCADE;


--
-- Name: history fk_history_downtime_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT fk_history_downtime_history FOREIGN KEY (downtime_history_id) REFERENCES public.downtime_history(downtime_id) ON DELETE CASCADE;


--
-- Name: history fk_history_flapping_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT fk_history_flapping_history FOREIGN KEY (flapping_history_id) REFERENCES public.flapping_history(id) ON DELETE CASCADE;


--
-- Name: history fk_history_notification_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT fk_history_notification_history FOREIGN KEY (notification_history_id) REFERENCES public.notification_history(id) ON DELETE CASCADE;


--
-- Name: history fk_history_state_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT fk_history_state_history FOREIGN KEY (state_history_id) REFERENCES public.state_history(id) ON DELETE CASCADE;


--
-- Name: user_notification_history fk_user_notification_history_notification_history; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_notification_history
    ADD CONSTRAINT fk_user_notification_history_notification_history FOREIGN KEY (notification_history_id) REFERENCES public.notification_history(id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict NF5ooeAE5bYBLNQxWv33bkRszMzv944OkQajjvlsxIHK2MRHz7TyH6ks9VOPfTp

