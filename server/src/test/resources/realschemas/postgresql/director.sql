--
-- Schema of Icinga Director 1.10.2 (Debian package icingaweb2-module-director 1.10.2-1, usr/share/icingaweb2/modules/director/schema/pgsql.sql), GNU GPL v2 (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict 2KcMd1sWQ7hVgmGTslJxlxgJ2yuvMfMhI53JCGbTSFODMSfU0R9YX4faP0CJEhX

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
-- Name: d_smallint; Type: DOMAIN; Schema: public; Owner: postgres
--

CREATE DOMAIN public.d_smallint AS integer
	CONSTRAINT d_smallint_check CHECK ((VALUE >= 0))
	CONSTRAINT d_smallint_check1 CHECK ((VALUE < 65536));


ALTER DOMAIN public.d_smallint OWNER TO postgres;

--
-- Name: enum_activity_action; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_activity_action AS ENUM (
    'create',
    'delete',
    'modify'
);


ALTER TYPE public.enum_activity_action OWNER TO postgres;

--
-- Name: enum_apply_object_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_apply_object_type AS ENUM (
    'object',
    'template',
    'apply',
    'external_object'
);


ALTER TYPE public.enum_apply_object_type OWNER TO postgres;

--
-- Name: enum_boolean; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_boolean AS ENUM (
    'y',
    'n'
);


ALTER TYPE public.enum_boolean OWNER TO postgres;

--
-- Name: enum_branch_action; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_branch_action AS ENUM (
    'create',
    'modify',
    'delete'
);


ALTER TYPE public.enum_branch_action OWNER TO postgres;

--
-- Name: enum_command_object_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_command_object_type AS ENUM (
    'object',
    'template',
    'external_object'
);


ALTER TYPE public.enum_command_object_type OWNER TO postgres;

--
-- Name: enum_host_service; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_host_service AS ENUM (
    'host',
    'service'
);


ALTER TYPE public.enum_host_service OWNER TO postgres;

--
-- Name: enum_merge_behaviour; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_merge_behaviour AS ENUM (
    'set',
    'add',
    'substract',
    'override'
);


ALTER TYPE public.enum_merge_behaviour OWNER TO postgres;

--
-- Name: enum_object_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_object_type AS ENUM (
    'object',
    'template',
    'external_object'
);


ALTER TYPE public.enum_object_type OWNER TO postgres;

--
-- Name: enum_object_type_all; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_object_type_all AS ENUM (
    'object',
    'template',
    'apply',
    'external_object'
);


ALTER TYPE public.enum_object_type_all OWNER TO postgres;

--
-- Name: enum_owner_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_owner_type AS ENUM (
    'user',
    'usergroup',
    'role'
);


ALTER TYPE public.enum_owner_type OWNER TO postgres;

--
-- Name: enum_property_format; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_property_format AS ENUM (
    'string',
    'expression',
    'json'
);


ALTER TYPE public.enum_property_format OWNER TO postgres;

--
-- Name: enum_set_merge_behaviour; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_set_merge_behaviour AS ENUM (
    'override',
    'extend',
    'blacklist'
);


ALTER TYPE public.enum_set_merge_behaviour OWNER TO postgres;

--
-- Name: enum_state_name; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_state_name AS ENUM (
    'OK',
    'Warning',
    'Critical',
    'Unknown',
    'Up',
    'Down'
);


ALTER TYPE public.enum_state_name OWNER TO postgres;

--
-- Name: enum_sync_property_merge_policy; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_sync_property_merge_policy AS ENUM (
    'override',
    'merge'
);


ALTER TYPE public.enum_sync_property_merge_policy OWNER TO postgres;

--
-- Name: enum_sync_rule_object_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_sync_rule_object_type AS ENUM (
    'host',
    'service',
    'command',
    'user',
    'hostgroup',
    'servicegroup',
    'usergroup',
    'datalistEntry',
    'endpoint',
    'zone',
    'timePeriod',
    'serviceSet',
    'scheduledDowntime',
    'notification',
    'dependency'
);


ALTER TYPE public.enum_sync_rule_object_type OWNER TO postgres;

--
-- Name: enum_sync_rule_purge_action; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_sync_rule_purge_action AS ENUM (
    'delete',
    'disable'
);


ALTER TYPE public.enum_sync_rule_purge_action OWNER TO postgres;

--
-- Name: enum_sync_rule_update_policy; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_sync_rule_update_policy AS ENUM (
    'merge',
    'override',
    'ignore',
    'update-only'
);


ALTER TYPE public.enum_sync_rule_update_policy OWNER TO postgres;

--
-- Name: enum_sync_state; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_sync_state AS ENUM (
    'unknown',
    'in-sync',
    'pending-changes',
    'failing'
);


ALTER TYPE public.enum_sync_state OWNER TO postgres;

--
-- Name: enum_timeperiod_range_type; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_timeperiod_range_type AS ENUM (
    'include',
    'exclude'
);


ALTER TYPE public.enum_timeperiod_range_type OWNER TO postgres;

--
-- Name: enum_type_name; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.enum_type_name AS ENUM (
    'DowntimeStart',
    'DowntimeEnd',
    'DowntimeRemoved',
    'Custom',
    'Acknowledgement',
    'Problem',
    'Recovery',
    'FlappingStart',
    'FlappingEnd'
);


ALTER TYPE public.enum_type_name OWNER TO postgres;

--
-- Name: unix_timestamp(timestamp with time zone); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.unix_timestamp(timestamp with time zone) RETURNS bigint
    LANGUAGE sql
    AS $_$
        SELECT EXTRACT(EPOCH FROM $1)::bigint AS result
$_$;


ALTER FUNCTION public.unix_timestamp(timestamp with time zone) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: branched_icinga_apiuser; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_apiuser (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean NOT NULL,
    password character varying(255) DEFAULT NULL::character varying,
    client_dn character varying(64) DEFAULT NULL::character varying,
    permissions text,
    set_null text,
    CONSTRAINT branched_icinga_apiuser_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_apiuser_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_apiuser OWNER TO postgres;

--
-- Name: branched_icinga_command; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_command (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean NOT NULL,
    methods_execute character varying(64) DEFAULT NULL::character varying,
    command text,
    is_string public.enum_boolean,
    timeout smallint,
    zone character varying(255) DEFAULT NULL::character varying,
    imports text,
    arguments text,
    set_null text,
    CONSTRAINT branched_icinga_command_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_command_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_command OWNER TO postgres;

--
-- Name: branched_icinga_dependency; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_dependency (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean,
    apply_to public.enum_host_service,
    parent_host character varying(255) DEFAULT NULL::character varying,
    parent_host_var character varying(128) DEFAULT NULL::character varying,
    parent_service character varying(255) DEFAULT NULL::character varying,
    child_host character varying(255) DEFAULT NULL::character varying,
    child_service character varying(255) DEFAULT NULL::character varying,
    disable_checks public.enum_boolean,
    disable_notifications public.enum_boolean,
    ignore_soft_states public.enum_boolean,
    period_id integer,
    zone_id integer,
    assign_filter text,
    parent_service_by_name character varying(255),
    imports text,
    set_null text,
    CONSTRAINT branched_icinga_dependency_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_dependency_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_dependency OWNER TO postgres;

--
-- Name: branched_icinga_endpoint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_endpoint (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    zone character varying(255) DEFAULT NULL::character varying,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean NOT NULL,
    host character varying(255) DEFAULT NULL::character varying,
    port public.d_smallint DEFAULT NULL::integer,
    log_duration character varying(32) DEFAULT NULL::character varying,
    apiuser character varying(255) DEFAULT NULL::character varying,
    imports text,
    set_null text,
    CONSTRAINT branched_icinga_endpoint_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_endpoint_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_endpoint OWNER TO postgres;

--
-- Name: branched_icinga_host; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_host (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    address character varying(255) DEFAULT NULL::character varying,
    address6 character varying(45) DEFAULT NULL::character varying,
    check_command character varying(255) DEFAULT NULL::character varying,
    max_check_attempts integer,
    check_period character varying(255) DEFAULT NULL::character varying,
    check_interval character varying(8) DEFAULT NULL::character varying,
    retry_interval character varying(8) DEFAULT NULL::character varying,
    check_timeout smallint,
    enable_notifications public.enum_boolean,
    enable_active_checks public.enum_boolean,
    enable_passive_checks public.enum_boolean,
    enable_event_handler public.enum_boolean,
    enable_flapping public.enum_boolean,
    enable_perfdata public.enum_boolean,
    event_command character varying(255) DEFAULT NULL::character varying,
    flapping_threshold_high smallint,
    flapping_threshold_low smallint,
    volatile public.enum_boolean,
    zone character varying(255) DEFAULT NULL::character varying,
    command_endpoint character varying(255) DEFAULT NULL::character varying,
    notes text,
    notes_url character varying(255) DEFAULT NULL::character varying,
    action_url character varying(255) DEFAULT NULL::character varying,
    icon_image character varying(255) DEFAULT NULL::character varying,
    icon_image_alt character varying(255) DEFAULT NULL::character varying,
    has_agent public.enum_boolean,
    master_should_connect public.enum_boolean,
    accept_config public.enum_boolean,
    custom_endpoint_name character varying(255) DEFAULT NULL::character varying,
    api_key character varying(40) DEFAULT NULL::character varying,
    imports text,
    groups text,
    vars text,
    set_null text,
    CONSTRAINT branched_icinga_host_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_host_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_host OWNER TO postgres;

--
-- Name: branched_icinga_hostgroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_hostgroup (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    assign_filter text,
    set_null text,
    CONSTRAINT branched_icinga_hostgroup_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_hostgroup_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_hostgroup OWNER TO postgres;

--
-- Name: branched_icinga_notification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_notification (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    apply_to public.enum_host_service,
    host character varying(255) DEFAULT NULL::character varying,
    service character varying(255) DEFAULT NULL::character varying,
    times_begin integer,
    times_end integer,
    notification_interval integer,
    command character varying(255) DEFAULT NULL::character varying,
    period character varying(255) DEFAULT NULL::character varying,
    zone character varying(255) DEFAULT NULL::character varying,
    assign_filter text,
    states text,
    types text,
    users text,
    usergroups text,
    imports text,
    vars text,
    set_null text,
    CONSTRAINT branched_icinga_notification_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_notification_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_notification OWNER TO postgres;

--
-- Name: branched_icinga_scheduled_downtime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_scheduled_downtime (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    zone_id integer,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    apply_to public.enum_host_service,
    assign_filter text,
    author character varying(255) DEFAULT NULL::character varying,
    comment text,
    fixed public.enum_boolean,
    duration integer,
    with_services public.enum_boolean,
    imports text,
    ranges text,
    set_null text,
    CONSTRAINT branched_icinga_scheduled_downtime_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_scheduled_downtime_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_scheduled_downtime OWNER TO postgres;

--
-- Name: branched_icinga_service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_service (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    host character varying(255) DEFAULT NULL::character varying,
    service_set character varying(255) DEFAULT NULL::character varying,
    check_command character varying(255) DEFAULT NULL::character varying,
    max_check_attempts integer,
    check_period character varying(255) DEFAULT NULL::character varying,
    check_interval character varying(8) DEFAULT NULL::character varying,
    retry_interval character varying(8) DEFAULT NULL::character varying,
    check_timeout smallint,
    enable_notifications public.enum_boolean,
    enable_active_checks public.enum_boolean,
    enable_passive_checks public.enum_boolean,
    enable_event_handler public.enum_boolean,
    enable_flapping public.enum_boolean,
    enable_perfdata public.enum_boolean,
    event_command character varying(255) DEFAULT NULL::character varying,
    flapping_threshold_high smallint,
    flapping_threshold_low smallint,
    volatile public.enum_boolean,
    zone character varying(255) DEFAULT NULL::character varying,
    command_endpoint character varying(255) DEFAULT NULL::character varying,
    notes text,
    notes_url character varying(255) DEFAULT NULL::character varying,
    action_url character varying(255) DEFAULT NULL::character varying,
    icon_image character varying(255) DEFAULT NULL::character varying,
    icon_image_alt character varying(255) DEFAULT NULL::character varying,
    use_agent public.enum_boolean,
    apply_for character varying(255) DEFAULT NULL::character varying,
    use_var_overrides public.enum_boolean,
    assign_filter text,
    imports text,
    groups text,
    vars text,
    set_null text,
    CONSTRAINT branched_icinga_service_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_service_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_service OWNER TO postgres;

--
-- Name: branched_icinga_service_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_service_set (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    host character varying(255) DEFAULT NULL::character varying,
    description text,
    assign_filter text,
    imports text,
    vars text,
    set_null text,
    CONSTRAINT branched_icinga_service_set_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_service_set_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_service_set OWNER TO postgres;

--
-- Name: branched_icinga_servicegroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_servicegroup (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    assign_filter text,
    set_null text,
    CONSTRAINT branched_icinga_servicegroup_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_servicegroup_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_servicegroup OWNER TO postgres;

--
-- Name: branched_icinga_timeperiod; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_timeperiod (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    display_name character varying(255) DEFAULT NULL::character varying,
    update_method character varying(64) DEFAULT NULL::character varying,
    zone character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    prefer_includes public.enum_boolean,
    imports text,
    ranges text,
    set_null text,
    CONSTRAINT branched_icinga_timeperiod_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_timeperiod_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_timeperiod OWNER TO postgres;

--
-- Name: branched_icinga_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_user (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    email character varying(255) DEFAULT NULL::character varying,
    pager character varying(255) DEFAULT NULL::character varying,
    enable_notifications public.enum_boolean,
    period character varying(255) DEFAULT NULL::character varying,
    zone character varying(255) DEFAULT NULL::character varying,
    imports text,
    groups text,
    vars text,
    set_null text,
    CONSTRAINT branched_icinga_user_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_user_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_user OWNER TO postgres;

--
-- Name: branched_icinga_usergroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_usergroup (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    assign_filter text,
    set_null text,
    CONSTRAINT branched_icinga_usergroup_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_usergroup_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_usergroup OWNER TO postgres;

--
-- Name: branched_icinga_zone; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.branched_icinga_zone (
    uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    branch_created public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    branch_deleted public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    object_name character varying(255) DEFAULT NULL::character varying,
    parent character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all,
    disabled public.enum_boolean,
    is_global public.enum_boolean,
    imports text,
    set_null text,
    CONSTRAINT branched_icinga_zone_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT branched_icinga_zone_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.branched_icinga_zone OWNER TO postgres;

--
-- Name: director_activity_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_activity_log (
    id bigint NOT NULL,
    object_type character varying(64) NOT NULL,
    object_name character varying(255) NOT NULL,
    action_name public.enum_activity_action NOT NULL,
    old_properties text,
    new_properties text,
    author character varying(64) NOT NULL,
    change_time timestamp with time zone NOT NULL,
    checksum bytea NOT NULL,
    parent_checksum bytea,
    CONSTRAINT director_activity_log_check CHECK (((parent_checksum IS NULL) OR (length(checksum) = 20))),
    CONSTRAINT director_activity_log_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.director_activity_log OWNER TO postgres;

--
-- Name: COLUMN director_activity_log.old_properties; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_activity_log.old_properties IS 'Property hash, JSON';


--
-- Name: COLUMN director_activity_log.new_properties; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_activity_log.new_properties IS 'Property hash, JSON';


--
-- Name: director_activity_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.director_activity_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.director_activity_log_id_seq OWNER TO postgres;

--
-- Name: director_activity_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.director_activity_log_id_seq OWNED BY public.director_activity_log.id;


--
-- Name: director_activity_log_remark; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_activity_log_remark (
    first_related_activity bigint NOT NULL,
    last_related_activity bigint NOT NULL,
    remark text NOT NULL
);


ALTER TABLE public.director_activity_log_remark OWNER TO postgres;

--
-- Name: director_basket; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_basket (
    uuid bytea NOT NULL,
    basket_name character varying(64) NOT NULL,
    owner_type public.enum_owner_type NOT NULL,
    owner_value character varying(255) NOT NULL,
    objects text NOT NULL,
    CONSTRAINT director_basket_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.director_basket OWNER TO postgres;

--
-- Name: director_basket_content; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_basket_content (
    checksum bytea NOT NULL,
    summary character varying(500) NOT NULL,
    content text NOT NULL,
    CONSTRAINT director_basket_content_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.director_basket_content OWNER TO postgres;

--
-- Name: director_basket_snapshot; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_basket_snapshot (
    basket_uuid bytea NOT NULL,
    ts_create bigint NOT NULL,
    content_checksum bytea NOT NULL,
    CONSTRAINT director_basket_snapshot_basket_uuid_check CHECK ((length(basket_uuid) = 16)),
    CONSTRAINT director_basket_snapshot_content_checksum_check CHECK ((length(content_checksum) = 20))
);


ALTER TABLE public.director_basket_snapshot OWNER TO postgres;

--
-- Name: director_branch; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_branch (
    uuid bytea NOT NULL,
    owner character varying(255) NOT NULL,
    branch_name character varying(255) NOT NULL,
    description text,
    ts_merge_request bigint,
    CONSTRAINT director_branch_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.director_branch OWNER TO postgres;

--
-- Name: director_branch_activity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_branch_activity (
    timestamp_ns bigint NOT NULL,
    object_uuid bytea NOT NULL,
    branch_uuid bytea NOT NULL,
    action public.enum_branch_action NOT NULL,
    object_table character varying(64) NOT NULL,
    author character varying(255) NOT NULL,
    former_properties text NOT NULL,
    modified_properties text NOT NULL,
    CONSTRAINT director_branch_activity_branch_uuid_check CHECK ((length(branch_uuid) = 16)),
    CONSTRAINT director_branch_activity_object_uuid_check CHECK ((length(object_uuid) = 16))
);


ALTER TABLE public.director_branch_activity OWNER TO postgres;

--
-- Name: director_daemon_info; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_daemon_info (
    instance_uuid_hex character varying(32) NOT NULL,
    schema_version smallint NOT NULL,
    fqdn character varying(255) NOT NULL,
    username character varying(64) NOT NULL,
    pid integer NOT NULL,
    binary_path character varying(128) NOT NULL,
    binary_realpath character varying(128) NOT NULL,
    php_binary_path character varying(128) NOT NULL,
    php_binary_realpath character varying(128) NOT NULL,
    php_version character varying(64) NOT NULL,
    php_integer_size smallint NOT NULL,
    running_with_systemd public.enum_boolean,
    ts_started bigint NOT NULL,
    ts_stopped bigint,
    ts_last_modification bigint,
    ts_last_update bigint NOT NULL,
    process_info text NOT NULL
);


ALTER TABLE public.director_daemon_info OWNER TO postgres;

--
-- Name: director_datafield; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_datafield (
    id integer NOT NULL,
    category_id integer,
    varname character varying(64) NOT NULL,
    caption character varying(255) NOT NULL,
    description text,
    datatype character varying(255) NOT NULL,
    format public.enum_property_format
);


ALTER TABLE public.director_datafield OWNER TO postgres;

--
-- Name: director_datafield_category; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_datafield_category (
    id integer NOT NULL,
    category_name character varying(255) NOT NULL,
    description text
);


ALTER TABLE public.director_datafield_category OWNER TO postgres;

--
-- Name: director_datafield_category_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.director_datafield_category_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.director_datafield_category_id_seq OWNER TO postgres;

--
-- Name: director_datafield_category_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.director_datafield_category_id_seq OWNED BY public.director_datafield_category.id;


--
-- Name: director_datafield_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.director_datafield_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.director_datafield_id_seq OWNER TO postgres;

--
-- Name: director_datafield_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.director_datafield_id_seq OWNED BY public.director_datafield.id;


--
-- Name: director_datafield_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_datafield_setting (
    datafield_id integer NOT NULL,
    setting_name character varying(64) NOT NULL,
    setting_value text NOT NULL
);


ALTER TABLE public.director_datafield_setting OWNER TO postgres;

--
-- Name: director_datalist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_datalist (
    id integer NOT NULL,
    list_name character varying(255) NOT NULL,
    owner character varying(255) NOT NULL
);


ALTER TABLE public.director_datalist OWNER TO postgres;

--
-- Name: director_datalist_entry; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_datalist_entry (
    list_id integer NOT NULL,
    entry_name character varying(255) NOT NULL,
    entry_value text,
    format public.enum_property_format,
    allowed_roles character varying(255) DEFAULT NULL::character varying
);


ALTER TABLE public.director_datalist_entry OWNER TO postgres;

--
-- Name: director_datalist_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.director_datalist_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.director_datalist_id_seq OWNER TO postgres;

--
-- Name: director_datalist_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.director_datalist_id_seq OWNED BY public.director_datalist.id;


--
-- Name: director_deployment_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_deployment_log (
    id bigint NOT NULL,
    config_checksum bytea,
    last_activity_checksum bytea,
    peer_identity character varying(64) NOT NULL,
    start_time timestamp with time zone NOT NULL,
    end_time timestamp with time zone,
    abort_time timestamp with time zone,
    duration_connection integer,
    duration_dump integer,
    stage_name character varying(96),
    stage_collected public.enum_boolean,
    connection_succeeded public.enum_boolean,
    dump_succeeded public.enum_boolean,
    startup_succeeded public.enum_boolean,
    username character varying(64) DEFAULT NULL::character varying,
    startup_log text,
    CONSTRAINT director_deployment_log_config_checksum_check CHECK ((length(config_checksum) = 20)),
    CONSTRAINT director_deployment_log_config_checksum_check1 CHECK ((length(config_checksum) = 20))
);


ALTER TABLE public.director_deployment_log OWNER TO postgres;

--
-- Name: COLUMN director_deployment_log.duration_connection; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_deployment_log.duration_connection IS 'The time it took to connect to an Icinga node (ms)';


--
-- Name: COLUMN director_deployment_log.duration_dump; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_deployment_log.duration_dump IS 'Time spent dumping the config (ms)';


--
-- Name: COLUMN director_deployment_log.username; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_deployment_log.username IS 'The user that triggered this deployment';


--
-- Name: director_deployment_log_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.director_deployment_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.director_deployment_log_id_seq OWNER TO postgres;

--
-- Name: director_deployment_log_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.director_deployment_log_id_seq OWNED BY public.director_deployment_log.id;


--
-- Name: director_generated_config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_generated_config (
    checksum bytea NOT NULL,
    director_version character varying(64) DEFAULT NULL::character varying,
    director_db_version integer,
    duration integer,
    first_activity_checksum bytea NOT NULL,
    last_activity_checksum bytea NOT NULL,
    CONSTRAINT director_generated_config_checksum_check CHECK ((length(checksum) = 20)),
    CONSTRAINT director_generated_config_first_activity_checksum_check CHECK ((length(first_activity_checksum) = 20)),
    CONSTRAINT director_generated_config_last_activity_checksum_check CHECK ((length(last_activity_checksum) = 20))
);


ALTER TABLE public.director_generated_config OWNER TO postgres;

--
-- Name: COLUMN director_generated_config.checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_generated_config.checksum IS 'SHA1(last_activity_checksum;file_path=checksum;file_path=checksum;...)';


--
-- Name: COLUMN director_generated_config.duration; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_generated_config.duration IS 'Config generation duration (ms)';


--
-- Name: director_generated_config_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_generated_config_file (
    config_checksum bytea NOT NULL,
    file_checksum bytea,
    file_path character varying(128) NOT NULL,
    CONSTRAINT director_generated_config_file_config_checksum_check CHECK ((length(config_checksum) = 20)),
    CONSTRAINT director_generated_config_file_file_checksum_check CHECK ((length(file_checksum) = 20))
);


ALTER TABLE public.director_generated_config_file OWNER TO postgres;

--
-- Name: COLUMN director_generated_config_file.file_path; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_generated_config_file.file_path IS 'e.g. zones/nafta/hosts.conf';


--
-- Name: director_generated_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_generated_file (
    checksum bytea NOT NULL,
    content text,
    cnt_object smallint DEFAULT 0 NOT NULL,
    cnt_template smallint DEFAULT 0 NOT NULL,
    cnt_apply smallint DEFAULT 0 NOT NULL,
    CONSTRAINT director_generated_file_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.director_generated_file OWNER TO postgres;

--
-- Name: COLUMN director_generated_file.checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.director_generated_file.checksum IS 'SHA1(content)';


--
-- Name: director_job; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_job (
    id integer NOT NULL,
    job_name character varying(64) NOT NULL,
    job_class character varying(72) NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    run_interval integer NOT NULL,
    timeperiod_id integer,
    last_attempt_succeeded public.enum_boolean,
    ts_last_attempt timestamp with time zone,
    ts_last_error timestamp with time zone,
    last_error_message text
);


ALTER TABLE public.director_job OWNER TO postgres;

--
-- Name: director_job_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.director_job_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.director_job_id_seq OWNER TO postgres;

--
-- Name: director_job_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.director_job_id_seq OWNED BY public.director_job.id;


--
-- Name: director_job_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_job_setting (
    job_id integer NOT NULL,
    setting_name character varying(64) NOT NULL,
    setting_value text
);


ALTER TABLE public.director_job_setting OWNER TO postgres;

--
-- Name: director_schema_migration; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_schema_migration (
    schema_version smallint NOT NULL,
    migration_time timestamp with time zone NOT NULL
);


ALTER TABLE public.director_schema_migration OWNER TO postgres;

--
-- Name: director_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.director_setting (
    setting_name character varying(64) NOT NULL,
    setting_value character varying(255) NOT NULL
);


ALTER TABLE public.director_setting OWNER TO postgres;

--
-- Name: icinga_apiuser; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_apiuser (
    id bigint NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    password character varying(255) DEFAULT NULL::character varying,
    client_dn character varying(64) DEFAULT NULL::character varying,
    permissions text,
    CONSTRAINT icinga_apiuser_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_apiuser OWNER TO postgres;

--
-- Name: COLUMN icinga_apiuser.permissions; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_apiuser.permissions IS 'JSON-encoded permissions';


--
-- Name: icinga_apiuser_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_apiuser_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_apiuser_id_seq OWNER TO postgres;

--
-- Name: icinga_apiuser_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_apiuser_id_seq OWNED BY public.icinga_apiuser.id;


--
-- Name: icinga_command; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_command (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    methods_execute character varying(64) DEFAULT NULL::character varying,
    command text,
    is_string public.enum_boolean,
    timeout smallint,
    zone_id integer,
    CONSTRAINT icinga_command_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_command OWNER TO postgres;

--
-- Name: COLUMN icinga_command.object_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_command.object_type IS 'external_object is an attempt to work with existing commands';


--
-- Name: icinga_command_argument; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_command_argument (
    id integer NOT NULL,
    command_id integer NOT NULL,
    argument_name character varying(64) NOT NULL,
    argument_value text,
    argument_format public.enum_property_format,
    key_string character varying(64) DEFAULT NULL::character varying,
    description text,
    skip_key public.enum_boolean,
    set_if character varying(255) DEFAULT NULL::character varying,
    set_if_format public.enum_property_format,
    sort_order smallint,
    repeat_key public.enum_boolean,
    required public.enum_boolean
);


ALTER TABLE public.icinga_command_argument OWNER TO postgres;

--
-- Name: COLUMN icinga_command_argument.argument_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_command_argument.argument_name IS '-x, --host';


--
-- Name: COLUMN icinga_command_argument.key_string; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_command_argument.key_string IS 'Overrides name';


--
-- Name: COLUMN icinga_command_argument.repeat_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_command_argument.repeat_key IS 'Useful with array values';


--
-- Name: icinga_command_argument_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_command_argument_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_command_argument_id_seq OWNER TO postgres;

--
-- Name: icinga_command_argument_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_command_argument_id_seq OWNED BY public.icinga_command_argument.id;


--
-- Name: icinga_command_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_command_field (
    command_id integer NOT NULL,
    datafield_id integer NOT NULL,
    is_required public.enum_boolean NOT NULL,
    var_filter text
);


ALTER TABLE public.icinga_command_field OWNER TO postgres;

--
-- Name: icinga_command_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_command_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_command_id_seq OWNER TO postgres;

--
-- Name: icinga_command_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_command_id_seq OWNED BY public.icinga_command.id;


--
-- Name: icinga_command_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_command_inheritance (
    command_id integer NOT NULL,
    parent_command_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_command_inheritance OWNER TO postgres;

--
-- Name: icinga_command_resolved_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_command_resolved_var (
    command_id integer NOT NULL,
    varname character varying(255) NOT NULL,
    checksum bytea NOT NULL,
    CONSTRAINT icinga_command_resolved_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_command_resolved_var OWNER TO postgres;

--
-- Name: icinga_command_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_command_var (
    command_id integer NOT NULL,
    checksum bytea,
    varname character varying(255) NOT NULL,
    varvalue text,
    format public.enum_property_format DEFAULT 'string'::public.enum_property_format NOT NULL,
    CONSTRAINT icinga_command_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_command_var OWNER TO postgres;

--
-- Name: icinga_dependency; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_dependency (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean,
    apply_to public.enum_host_service,
    parent_host_id integer,
    parent_host_var character varying(128) DEFAULT NULL::character varying,
    parent_service_id integer,
    child_host_id integer,
    child_service_id integer,
    disable_checks public.enum_boolean,
    disable_notifications public.enum_boolean,
    ignore_soft_states public.enum_boolean,
    period_id integer,
    zone_id integer,
    assign_filter text,
    parent_service_by_name character varying(255),
    CONSTRAINT icinga_dependency_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_dependency OWNER TO postgres;

--
-- Name: icinga_dependency_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_dependency_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_dependency_id_seq OWNER TO postgres;

--
-- Name: icinga_dependency_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_dependency_id_seq OWNED BY public.icinga_dependency.id;


--
-- Name: icinga_dependency_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_dependency_inheritance (
    dependency_id integer NOT NULL,
    parent_dependency_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_dependency_inheritance OWNER TO postgres;

--
-- Name: icinga_dependency_states_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_dependency_states_set (
    dependency_id integer NOT NULL,
    property public.enum_state_name NOT NULL,
    merge_behaviour public.enum_set_merge_behaviour DEFAULT 'override'::public.enum_set_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_dependency_states_set OWNER TO postgres;

--
-- Name: COLUMN icinga_dependency_states_set.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_dependency_states_set.merge_behaviour IS 'override: = [], extend: += [], blacklist: -= []';


--
-- Name: icinga_endpoint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_endpoint (
    id integer NOT NULL,
    uuid bytea,
    zone_id integer,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    host character varying(255) DEFAULT NULL::character varying,
    port public.d_smallint DEFAULT NULL::integer,
    log_duration character varying(32) DEFAULT NULL::character varying,
    apiuser_id integer,
    CONSTRAINT icinga_endpoint_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_endpoint OWNER TO postgres;

--
-- Name: COLUMN icinga_endpoint.host; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_endpoint.host IS 'IP address / hostname of remote node';


--
-- Name: COLUMN icinga_endpoint.port; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_endpoint.port IS '5665 if not set';


--
-- Name: COLUMN icinga_endpoint.log_duration; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_endpoint.log_duration IS '1d if not set';


--
-- Name: icinga_endpoint_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_endpoint_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_endpoint_id_seq OWNER TO postgres;

--
-- Name: icinga_endpoint_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_endpoint_id_seq OWNED BY public.icinga_endpoint.id;


--
-- Name: icinga_endpoint_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_endpoint_inheritance (
    endpoint_id integer NOT NULL,
    parent_endpoint_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_endpoint_inheritance OWNER TO postgres;

--
-- Name: icinga_flat_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_flat_var (
    var_checksum bytea NOT NULL,
    flatname_checksum bytea NOT NULL,
    flatname character varying(512) NOT NULL,
    flatvalue text NOT NULL,
    CONSTRAINT icinga_flat_var_flatname_checksum_check CHECK ((length(flatname_checksum) = 20)),
    CONSTRAINT icinga_flat_var_var_checksum_check CHECK ((length(var_checksum) = 20))
);


ALTER TABLE public.icinga_flat_var OWNER TO postgres;

--
-- Name: icinga_host; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    display_name character varying(255) DEFAULT NULL::character varying,
    address character varying(255) DEFAULT NULL::character varying,
    address6 character varying(45) DEFAULT NULL::character varying,
    check_command_id integer,
    max_check_attempts integer,
    check_period_id integer,
    check_interval character varying(8) DEFAULT NULL::character varying,
    retry_interval character varying(8) DEFAULT NULL::character varying,
    check_timeout smallint,
    enable_notifications public.enum_boolean,
    enable_active_checks public.enum_boolean,
    enable_passive_checks public.enum_boolean,
    enable_event_handler public.enum_boolean,
    enable_flapping public.enum_boolean,
    enable_perfdata public.enum_boolean,
    event_command_id integer,
    flapping_threshold_high smallint,
    flapping_threshold_low smallint,
    volatile public.enum_boolean,
    zone_id integer,
    command_endpoint_id integer,
    notes text,
    notes_url character varying(255) DEFAULT NULL::character varying,
    action_url character varying(255) DEFAULT NULL::character varying,
    icon_image character varying(255) DEFAULT NULL::character varying,
    icon_image_alt character varying(255) DEFAULT NULL::character varying,
    has_agent public.enum_boolean,
    master_should_connect public.enum_boolean,
    accept_config public.enum_boolean,
    custom_endpoint_name character varying(255) DEFAULT NULL::character varying,
    api_key character varying(40) DEFAULT NULL::character varying,
    template_choice_id integer,
    CONSTRAINT icinga_host_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_host OWNER TO postgres;

--
-- Name: icinga_host_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_field (
    host_id integer NOT NULL,
    datafield_id integer NOT NULL,
    is_required public.enum_boolean NOT NULL,
    var_filter text
);


ALTER TABLE public.icinga_host_field OWNER TO postgres;

--
-- Name: COLUMN icinga_host_field.host_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_host_field.host_id IS 'Makes only sense for templates';


--
-- Name: icinga_host_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_host_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_host_id_seq OWNER TO postgres;

--
-- Name: icinga_host_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_host_id_seq OWNED BY public.icinga_host.id;


--
-- Name: icinga_host_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_inheritance (
    host_id integer NOT NULL,
    parent_host_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_host_inheritance OWNER TO postgres;

--
-- Name: icinga_host_resolved_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_resolved_var (
    host_id integer NOT NULL,
    varname character varying(255) NOT NULL,
    checksum bytea NOT NULL,
    CONSTRAINT icinga_host_resolved_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_host_resolved_var OWNER TO postgres;

--
-- Name: icinga_host_service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_service (
    host_id integer NOT NULL,
    service_id integer NOT NULL
);


ALTER TABLE public.icinga_host_service OWNER TO postgres;

--
-- Name: icinga_host_service_blacklist; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_service_blacklist (
    host_id integer NOT NULL,
    service_id integer NOT NULL
);


ALTER TABLE public.icinga_host_service_blacklist OWNER TO postgres;

--
-- Name: icinga_host_template_choice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_template_choice (
    id integer NOT NULL,
    object_name character varying(64) NOT NULL,
    description text,
    min_required smallint DEFAULT 0 NOT NULL,
    max_allowed smallint DEFAULT 1 NOT NULL,
    required_template_id integer,
    allowed_roles character varying(255) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_host_template_choice OWNER TO postgres;

--
-- Name: icinga_host_template_choice_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_host_template_choice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_host_template_choice_id_seq OWNER TO postgres;

--
-- Name: icinga_host_template_choice_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_host_template_choice_id_seq OWNED BY public.icinga_host_template_choice.id;


--
-- Name: icinga_host_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_var (
    host_id integer NOT NULL,
    checksum bytea,
    varname character varying(255) NOT NULL,
    varvalue text,
    format public.enum_property_format,
    CONSTRAINT icinga_host_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_host_var OWNER TO postgres;

--
-- Name: icinga_hostgroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroup (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    display_name character varying(255) DEFAULT NULL::character varying,
    assign_filter text,
    CONSTRAINT icinga_hostgroup_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_hostgroup OWNER TO postgres;

--
-- Name: icinga_hostgroup_host; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroup_host (
    hostgroup_id integer NOT NULL,
    host_id integer NOT NULL
);


ALTER TABLE public.icinga_hostgroup_host OWNER TO postgres;

--
-- Name: icinga_hostgroup_host_resolved; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroup_host_resolved (
    hostgroup_id integer NOT NULL,
    host_id integer NOT NULL
);


ALTER TABLE public.icinga_hostgroup_host_resolved OWNER TO postgres;

--
-- Name: icinga_hostgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostgroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostgroup_id_seq OWNER TO postgres;

--
-- Name: icinga_hostgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostgroup_id_seq OWNED BY public.icinga_hostgroup.id;


--
-- Name: icinga_hostgroup_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroup_inheritance (
    hostgroup_id integer NOT NULL,
    parent_hostgroup_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_hostgroup_inheritance OWNER TO postgres;

--
-- Name: icinga_hostgroup_parent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroup_parent (
    hostgroup_id integer NOT NULL,
    parent_hostgroup_id integer NOT NULL
);


ALTER TABLE public.icinga_hostgroup_parent OWNER TO postgres;

--
-- Name: icinga_notification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    apply_to public.enum_host_service,
    host_id integer,
    service_id integer,
    times_begin integer,
    times_end integer,
    notification_interval integer,
    command_id integer,
    period_id integer,
    zone_id integer,
    assign_filter text,
    CONSTRAINT icinga_notification_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_notification OWNER TO postgres;

--
-- Name: icinga_notification_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_field (
    notification_id integer NOT NULL,
    datafield_id integer NOT NULL,
    is_required public.enum_boolean NOT NULL,
    var_filter text
);


ALTER TABLE public.icinga_notification_field OWNER TO postgres;

--
-- Name: COLUMN icinga_notification_field.notification_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_notification_field.notification_id IS 'Makes only sense for templates';


--
-- Name: icinga_notification_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_notification_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_notification_id_seq OWNER TO postgres;

--
-- Name: icinga_notification_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_notification_id_seq OWNED BY public.icinga_notification.id;


--
-- Name: icinga_notification_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_inheritance (
    notification_id integer NOT NULL,
    parent_notification_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_notification_inheritance OWNER TO postgres;

--
-- Name: icinga_notification_resolved_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_resolved_var (
    notification_id integer NOT NULL,
    varname character varying(255) NOT NULL,
    checksum bytea NOT NULL,
    CONSTRAINT icinga_notification_resolved_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_notification_resolved_var OWNER TO postgres;

--
-- Name: icinga_notification_states_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_states_set (
    notification_id integer NOT NULL,
    property public.enum_state_name NOT NULL,
    merge_behaviour public.enum_set_merge_behaviour DEFAULT 'override'::public.enum_set_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_notification_states_set OWNER TO postgres;

--
-- Name: COLUMN icinga_notification_states_set.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_notification_states_set.merge_behaviour IS 'override: = [], extend: += [], blacklist: -= []';


--
-- Name: icinga_notification_types_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_types_set (
    notification_id integer NOT NULL,
    property public.enum_type_name NOT NULL,
    merge_behaviour public.enum_set_merge_behaviour DEFAULT 'override'::public.enum_set_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_notification_types_set OWNER TO postgres;

--
-- Name: COLUMN icinga_notification_types_set.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_notification_types_set.merge_behaviour IS 'override: = [], extend: += [], blacklist: -= []';


--
-- Name: icinga_notification_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_user (
    notification_id integer NOT NULL,
    user_id integer NOT NULL
);


ALTER TABLE public.icinga_notification_user OWNER TO postgres;

--
-- Name: icinga_notification_usergroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_usergroup (
    notification_id integer NOT NULL,
    usergroup_id integer NOT NULL
);


ALTER TABLE public.icinga_notification_usergroup OWNER TO postgres;

--
-- Name: icinga_notification_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notification_var (
    notification_id integer NOT NULL,
    checksum bytea,
    varname character varying(255) NOT NULL,
    varvalue text,
    format public.enum_property_format,
    CONSTRAINT icinga_notification_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_notification_var OWNER TO postgres;

--
-- Name: icinga_scheduled_downtime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_scheduled_downtime (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    zone_id integer,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    apply_to public.enum_host_service,
    assign_filter text,
    author character varying(255) DEFAULT NULL::character varying,
    comment text,
    fixed public.enum_boolean,
    duration integer,
    with_services public.enum_boolean,
    CONSTRAINT icinga_scheduled_downtime_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_scheduled_downtime OWNER TO postgres;

--
-- Name: icinga_scheduled_downtime_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_scheduled_downtime_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_scheduled_downtime_id_seq OWNER TO postgres;

--
-- Name: icinga_scheduled_downtime_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_scheduled_downtime_id_seq OWNED BY public.icinga_scheduled_downtime.id;


--
-- Name: icinga_scheduled_downtime_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_scheduled_downtime_inheritance (
    scheduled_downtime_id integer NOT NULL,
    parent_scheduled_downtime_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_scheduled_downtime_inheritance OWNER TO postgres;

--
-- Name: icinga_scheduled_downtime_range; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_scheduled_downtime_range (
    scheduled_downtime_id integer NOT NULL,
    range_key character varying(255) NOT NULL,
    range_value character varying(255) NOT NULL,
    range_type public.enum_timeperiod_range_type DEFAULT 'include'::public.enum_timeperiod_range_type NOT NULL,
    merge_behaviour public.enum_merge_behaviour DEFAULT 'set'::public.enum_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_scheduled_downtime_range OWNER TO postgres;

--
-- Name: COLUMN icinga_scheduled_downtime_range.range_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_scheduled_downtime_range.range_key IS 'monday, ...';


--
-- Name: COLUMN icinga_scheduled_downtime_range.range_value; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_scheduled_downtime_range.range_value IS '00:00-24:00, ...';


--
-- Name: COLUMN icinga_scheduled_downtime_range.range_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_scheduled_downtime_range.range_type IS 'include -> ranges {}, exclude ranges_ignore {} - not yet';


--
-- Name: COLUMN icinga_scheduled_downtime_range.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_scheduled_downtime_range.merge_behaviour IS 'set -> = {}, add -> += {}, substract -> -= {}';


--
-- Name: icinga_scheduled_downtime_range_scheduled_downtime_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_scheduled_downtime_range_scheduled_downtime_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_scheduled_downtime_range_scheduled_downtime_id_seq OWNER TO postgres;

--
-- Name: icinga_scheduled_downtime_range_scheduled_downtime_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_scheduled_downtime_range_scheduled_downtime_id_seq OWNED BY public.icinga_scheduled_downtime_range.scheduled_downtime_id;


--
-- Name: icinga_service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean,
    display_name character varying(255) DEFAULT NULL::character varying,
    host_id integer,
    service_set_id integer,
    check_command_id integer,
    max_check_attempts integer,
    check_period_id integer,
    check_interval character varying(8) DEFAULT NULL::character varying,
    retry_interval character varying(8) DEFAULT NULL::character varying,
    check_timeout smallint,
    enable_notifications public.enum_boolean,
    enable_active_checks public.enum_boolean,
    enable_passive_checks public.enum_boolean,
    enable_event_handler public.enum_boolean,
    enable_flapping public.enum_boolean,
    enable_perfdata public.enum_boolean,
    event_command_id integer,
    flapping_threshold_high smallint,
    flapping_threshold_low smallint,
    volatile public.enum_boolean,
    zone_id integer,
    command_endpoint_id integer,
    notes text,
    notes_url character varying(255) DEFAULT NULL::character varying,
    action_url character varying(255) DEFAULT NULL::character varying,
    icon_image character varying(255) DEFAULT NULL::character varying,
    icon_image_alt character varying(255) DEFAULT NULL::character varying,
    use_agent public.enum_boolean,
    apply_for character varying(255) DEFAULT NULL::character varying,
    use_var_overrides public.enum_boolean,
    assign_filter text,
    template_choice_id integer,
    CONSTRAINT icinga_service_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_service OWNER TO postgres;

--
-- Name: icinga_service_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_field (
    service_id integer NOT NULL,
    datafield_id integer NOT NULL,
    is_required public.enum_boolean NOT NULL,
    var_filter text
);


ALTER TABLE public.icinga_service_field OWNER TO postgres;

--
-- Name: COLUMN icinga_service_field.service_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_service_field.service_id IS 'Makes only sense for templates';


--
-- Name: icinga_service_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_service_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_service_id_seq OWNER TO postgres;

--
-- Name: icinga_service_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_service_id_seq OWNED BY public.icinga_service.id;


--
-- Name: icinga_service_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_inheritance (
    service_id integer NOT NULL,
    parent_service_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_service_inheritance OWNER TO postgres;

--
-- Name: icinga_service_resolved_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_resolved_var (
    service_id integer NOT NULL,
    varname character varying(255) NOT NULL,
    checksum bytea NOT NULL,
    CONSTRAINT icinga_service_resolved_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_service_resolved_var OWNER TO postgres;

--
-- Name: icinga_service_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_set (
    id integer NOT NULL,
    uuid bytea,
    host_id integer,
    object_name character varying(128) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    description text,
    assign_filter text,
    CONSTRAINT icinga_service_set_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_service_set OWNER TO postgres;

--
-- Name: icinga_service_set_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_service_set_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_service_set_id_seq OWNER TO postgres;

--
-- Name: icinga_service_set_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_service_set_id_seq OWNED BY public.icinga_service_set.id;


--
-- Name: icinga_service_set_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_set_inheritance (
    service_set_id integer NOT NULL,
    parent_service_set_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_service_set_inheritance OWNER TO postgres;

--
-- Name: icinga_service_set_resolved_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_set_resolved_var (
    service_set_id integer NOT NULL,
    varname character varying(255) NOT NULL,
    checksum bytea NOT NULL,
    CONSTRAINT icinga_service_set_resolved_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_service_set_resolved_var OWNER TO postgres;

--
-- Name: icinga_service_set_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_set_var (
    service_set_id integer NOT NULL,
    checksum bytea,
    varname character varying(255) NOT NULL,
    varvalue text,
    format public.enum_property_format DEFAULT 'string'::public.enum_property_format NOT NULL,
    CONSTRAINT icinga_service_set_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_service_set_var OWNER TO postgres;

--
-- Name: icinga_service_template_choice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_template_choice (
    id integer NOT NULL,
    object_name character varying(64) NOT NULL,
    description text,
    min_required smallint DEFAULT 0 NOT NULL,
    max_allowed smallint DEFAULT 1 NOT NULL,
    required_template_id integer,
    allowed_roles character varying(255) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_service_template_choice OWNER TO postgres;

--
-- Name: icinga_service_template_choice_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_service_template_choice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_service_template_choice_id_seq OWNER TO postgres;

--
-- Name: icinga_service_template_choice_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_service_template_choice_id_seq OWNED BY public.icinga_service_template_choice.id;


--
-- Name: icinga_service_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_var (
    service_id integer NOT NULL,
    checksum bytea,
    varname character varying(255) NOT NULL,
    varvalue text,
    format public.enum_property_format,
    CONSTRAINT icinga_service_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_service_var OWNER TO postgres;

--
-- Name: icinga_servicegroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicegroup (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    display_name character varying(255) DEFAULT NULL::character varying,
    assign_filter text,
    CONSTRAINT icinga_servicegroup_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_servicegroup OWNER TO postgres;

--
-- Name: icinga_servicegroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_servicegroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_servicegroup_id_seq OWNER TO postgres;

--
-- Name: icinga_servicegroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_servicegroup_id_seq OWNED BY public.icinga_servicegroup.id;


--
-- Name: icinga_servicegroup_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicegroup_inheritance (
    servicegroup_id integer NOT NULL,
    parent_servicegroup_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_servicegroup_inheritance OWNER TO postgres;

--
-- Name: icinga_servicegroup_service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicegroup_service (
    servicegroup_id integer NOT NULL,
    service_id integer NOT NULL
);


ALTER TABLE public.icinga_servicegroup_service OWNER TO postgres;

--
-- Name: icinga_servicegroup_service_resolved; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicegroup_service_resolved (
    servicegroup_id integer NOT NULL,
    service_id integer NOT NULL
);


ALTER TABLE public.icinga_servicegroup_service_resolved OWNER TO postgres;

--
-- Name: icinga_timeperiod; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiod (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    display_name character varying(255) DEFAULT NULL::character varying,
    update_method character varying(64) DEFAULT NULL::character varying,
    zone_id integer,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    prefer_includes public.enum_boolean,
    CONSTRAINT icinga_timeperiod_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_timeperiod OWNER TO postgres;

--
-- Name: COLUMN icinga_timeperiod.update_method; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_timeperiod.update_method IS 'Usually LegacyTimePeriod';


--
-- Name: icinga_timeperiod_exclude; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiod_exclude (
    timeperiod_id integer NOT NULL,
    exclude_id integer NOT NULL
);


ALTER TABLE public.icinga_timeperiod_exclude OWNER TO postgres;

--
-- Name: icinga_timeperiod_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_timeperiod_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_timeperiod_id_seq OWNER TO postgres;

--
-- Name: icinga_timeperiod_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_timeperiod_id_seq OWNED BY public.icinga_timeperiod.id;


--
-- Name: icinga_timeperiod_include; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiod_include (
    timeperiod_id integer NOT NULL,
    include_id integer NOT NULL
);


ALTER TABLE public.icinga_timeperiod_include OWNER TO postgres;

--
-- Name: icinga_timeperiod_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiod_inheritance (
    timeperiod_id integer NOT NULL,
    parent_timeperiod_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_timeperiod_inheritance OWNER TO postgres;

--
-- Name: icinga_timeperiod_range; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiod_range (
    timeperiod_id integer NOT NULL,
    range_key character varying(255) NOT NULL,
    range_value character varying(255) NOT NULL,
    range_type public.enum_timeperiod_range_type DEFAULT 'include'::public.enum_timeperiod_range_type NOT NULL,
    merge_behaviour public.enum_merge_behaviour DEFAULT 'set'::public.enum_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_timeperiod_range OWNER TO postgres;

--
-- Name: COLUMN icinga_timeperiod_range.range_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_timeperiod_range.range_key IS 'monday, ...';


--
-- Name: COLUMN icinga_timeperiod_range.range_value; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_timeperiod_range.range_value IS '00:00-24:00, ...';


--
-- Name: COLUMN icinga_timeperiod_range.range_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_timeperiod_range.range_type IS 'include -> ranges {}, exclude ranges_ignore {} - not yet';


--
-- Name: COLUMN icinga_timeperiod_range.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_timeperiod_range.merge_behaviour IS 'set -> = {}, add -> += {}, substract -> -= {}';


--
-- Name: icinga_timeperiod_range_timeperiod_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_timeperiod_range_timeperiod_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_timeperiod_range_timeperiod_id_seq OWNER TO postgres;

--
-- Name: icinga_timeperiod_range_timeperiod_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_timeperiod_range_timeperiod_id_seq OWNED BY public.icinga_timeperiod_range.timeperiod_id;


--
-- Name: icinga_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) DEFAULT NULL::character varying,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    display_name character varying(255) DEFAULT NULL::character varying,
    email character varying(255) DEFAULT NULL::character varying,
    pager character varying(255) DEFAULT NULL::character varying,
    enable_notifications public.enum_boolean,
    period_id integer,
    zone_id integer,
    CONSTRAINT icinga_user_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_user OWNER TO postgres;

--
-- Name: icinga_user_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user_field (
    user_id integer NOT NULL,
    datafield_id integer NOT NULL,
    is_required public.enum_boolean NOT NULL,
    var_filter text
);


ALTER TABLE public.icinga_user_field OWNER TO postgres;

--
-- Name: COLUMN icinga_user_field.user_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_user_field.user_id IS 'Makes only sense for templates';


--
-- Name: icinga_user_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_user_id_seq OWNER TO postgres;

--
-- Name: icinga_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_user_id_seq OWNED BY public.icinga_user.id;


--
-- Name: icinga_user_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user_inheritance (
    user_id integer NOT NULL,
    parent_user_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_user_inheritance OWNER TO postgres;

--
-- Name: icinga_user_resolved_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user_resolved_var (
    user_id integer NOT NULL,
    varname character varying(255) NOT NULL,
    checksum bytea NOT NULL,
    CONSTRAINT icinga_user_resolved_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_user_resolved_var OWNER TO postgres;

--
-- Name: icinga_user_states_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user_states_set (
    user_id integer NOT NULL,
    property public.enum_state_name NOT NULL,
    merge_behaviour public.enum_set_merge_behaviour DEFAULT 'override'::public.enum_set_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_user_states_set OWNER TO postgres;

--
-- Name: COLUMN icinga_user_states_set.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_user_states_set.merge_behaviour IS 'override: = [], extend: += [], blacklist: -= []';


--
-- Name: icinga_user_types_set; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user_types_set (
    user_id integer NOT NULL,
    property public.enum_type_name NOT NULL,
    merge_behaviour public.enum_set_merge_behaviour DEFAULT 'override'::public.enum_set_merge_behaviour NOT NULL
);


ALTER TABLE public.icinga_user_types_set OWNER TO postgres;

--
-- Name: COLUMN icinga_user_types_set.merge_behaviour; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.icinga_user_types_set.merge_behaviour IS 'override: = [], extend: += [], blacklist: -= []';


--
-- Name: icinga_user_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_user_var (
    user_id integer NOT NULL,
    checksum bytea,
    varname character varying(255) NOT NULL,
    varvalue text,
    format public.enum_property_format DEFAULT 'string'::public.enum_property_format NOT NULL,
    CONSTRAINT icinga_user_var_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_user_var OWNER TO postgres;

--
-- Name: icinga_usergroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_usergroup (
    id integer NOT NULL,
    uuid bytea,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    display_name character varying(255) DEFAULT NULL::character varying,
    zone_id integer,
    CONSTRAINT icinga_usergroup_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_usergroup OWNER TO postgres;

--
-- Name: icinga_usergroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_usergroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_usergroup_id_seq OWNER TO postgres;

--
-- Name: icinga_usergroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_usergroup_id_seq OWNED BY public.icinga_usergroup.id;


--
-- Name: icinga_usergroup_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_usergroup_inheritance (
    usergroup_id integer NOT NULL,
    parent_usergroup_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_usergroup_inheritance OWNER TO postgres;

--
-- Name: icinga_usergroup_parent; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_usergroup_parent (
    usergroup_id integer NOT NULL,
    parent_usergroup_id integer NOT NULL
);


ALTER TABLE public.icinga_usergroup_parent OWNER TO postgres;

--
-- Name: icinga_usergroup_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_usergroup_user (
    usergroup_id integer NOT NULL,
    user_id integer NOT NULL
);


ALTER TABLE public.icinga_usergroup_user OWNER TO postgres;

--
-- Name: icinga_var; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_var (
    checksum bytea NOT NULL,
    rendered_checksum bytea NOT NULL,
    varname character varying(255) NOT NULL,
    varvalue text NOT NULL,
    rendered text NOT NULL,
    CONSTRAINT icinga_var_checksum_check CHECK ((length(checksum) = 20)),
    CONSTRAINT icinga_var_checksum_check1 CHECK ((length(checksum) = 20))
);


ALTER TABLE public.icinga_var OWNER TO postgres;

--
-- Name: icinga_zone; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_zone (
    id integer NOT NULL,
    uuid bytea,
    parent_id integer,
    object_name character varying(255) NOT NULL,
    object_type public.enum_object_type_all NOT NULL,
    disabled public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    is_global public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    CONSTRAINT icinga_zone_uuid_check CHECK ((length(uuid) = 16))
);


ALTER TABLE public.icinga_zone OWNER TO postgres;

--
-- Name: icinga_zone_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_zone_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_zone_id_seq OWNER TO postgres;

--
-- Name: icinga_zone_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_zone_id_seq OWNED BY public.icinga_zone.id;


--
-- Name: icinga_zone_inheritance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_zone_inheritance (
    zone_id integer NOT NULL,
    parent_zone_id integer NOT NULL,
    weight integer
);


ALTER TABLE public.icinga_zone_inheritance OWNER TO postgres;

--
-- Name: import_row_modifier; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.import_row_modifier (
    id bigint NOT NULL,
    source_id integer NOT NULL,
    property_name character varying(255) NOT NULL,
    target_property character varying(255) DEFAULT NULL::character varying,
    provider_class character varying(128) NOT NULL,
    priority integer NOT NULL,
    description text
);


ALTER TABLE public.import_row_modifier OWNER TO postgres;

--
-- Name: import_row_modifier_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.import_row_modifier_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.import_row_modifier_id_seq OWNER TO postgres;

--
-- Name: import_row_modifier_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.import_row_modifier_id_seq OWNED BY public.import_row_modifier.id;


--
-- Name: import_row_modifier_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.import_row_modifier_setting (
    row_modifier_id integer NOT NULL,
    setting_name character varying(64) NOT NULL,
    setting_value text
);


ALTER TABLE public.import_row_modifier_setting OWNER TO postgres;

--
-- Name: import_row_modifier_setting_row_modifier_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.import_row_modifier_setting_row_modifier_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.import_row_modifier_setting_row_modifier_id_seq OWNER TO postgres;

--
-- Name: import_row_modifier_setting_row_modifier_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.import_row_modifier_setting_row_modifier_id_seq OWNED BY public.import_row_modifier_setting.row_modifier_id;


--
-- Name: import_run; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.import_run (
    id integer NOT NULL,
    source_id integer NOT NULL,
    rowset_checksum bytea,
    start_time timestamp with time zone NOT NULL,
    end_time timestamp with time zone,
    succeeded public.enum_boolean,
    CONSTRAINT import_run_rowset_checksum_check CHECK ((length(rowset_checksum) = 20))
);


ALTER TABLE public.import_run OWNER TO postgres;

--
-- Name: import_run_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.import_run_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.import_run_id_seq OWNER TO postgres;

--
-- Name: import_run_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.import_run_id_seq OWNED BY public.import_run.id;


--
-- Name: import_source; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.import_source (
    id integer NOT NULL,
    source_name character varying(64) NOT NULL,
    key_column character varying(64) NOT NULL,
    provider_class character varying(128) NOT NULL,
    import_state public.enum_sync_state DEFAULT 'unknown'::public.enum_sync_state NOT NULL,
    last_error_message text,
    last_attempt timestamp with time zone,
    description text
);


ALTER TABLE public.import_source OWNER TO postgres;

--
-- Name: import_source_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.import_source_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.import_source_id_seq OWNER TO postgres;

--
-- Name: import_source_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.import_source_id_seq OWNED BY public.import_source.id;


--
-- Name: import_source_setting; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.import_source_setting (
    source_id integer NOT NULL,
    setting_name character varying(64) NOT NULL,
    setting_value text NOT NULL
);


ALTER TABLE public.import_source_setting OWNER TO postgres;

--
-- Name: imported_property; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.imported_property (
    checksum bytea NOT NULL,
    property_name character varying(64) NOT NULL,
    property_value text NOT NULL,
    format public.enum_property_format,
    CONSTRAINT imported_property_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.imported_property OWNER TO postgres;

--
-- Name: imported_row; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.imported_row (
    checksum bytea NOT NULL,
    object_name character varying(255) NOT NULL,
    CONSTRAINT imported_row_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.imported_row OWNER TO postgres;

--
-- Name: COLUMN imported_row.checksum; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.imported_row.checksum IS 'sha1(object_name;property_checksum;...)';


--
-- Name: imported_row_property; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.imported_row_property (
    row_checksum bytea NOT NULL,
    property_checksum bytea NOT NULL,
    CONSTRAINT imported_row_property_property_checksum_check CHECK ((length(property_checksum) = 20)),
    CONSTRAINT imported_row_property_row_checksum_check CHECK ((length(row_checksum) = 20))
);


ALTER TABLE public.imported_row_property OWNER TO postgres;

--
-- Name: imported_rowset; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.imported_rowset (
    checksum bytea NOT NULL,
    CONSTRAINT imported_rowset_checksum_check CHECK ((length(checksum) = 20))
);


ALTER TABLE public.imported_rowset OWNER TO postgres;

--
-- Name: imported_rowset_row; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.imported_rowset_row (
    rowset_checksum bytea NOT NULL,
    row_checksum bytea NOT NULL,
    CONSTRAINT imported_rowset_row_row_checksum_check CHECK ((length(row_checksum) = 20)),
    CONSTRAINT imported_rowset_row_rowset_checksum_check CHECK ((length(rowset_checksum) = 20))
);


ALTER TABLE public.imported_rowset_row OWNER TO postgres;

--
-- Name: sync_property; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sync_property (
    id integer NOT NULL,
    rule_id integer NOT NULL,
    source_id integer NOT NULL,
    source_expression character varying(255) NOT NULL,
    destination_field character varying(64),
    priority smallint NOT NULL,
    filter_expression text,
    merge_policy public.enum_sync_property_merge_policy
);


ALTER TABLE public.sync_property OWNER TO postgres;

--
-- Name: sync_property_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.sync_property_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sync_property_id_seq OWNER TO postgres;

--
-- Name: sync_property_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.sync_property_id_seq OWNED BY public.sync_property.id;


--
-- Name: sync_rule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sync_rule (
    id integer NOT NULL,
    rule_name character varying(255) NOT NULL,
    object_type public.enum_sync_rule_object_type NOT NULL,
    update_policy public.enum_sync_rule_update_policy NOT NULL,
    purge_existing public.enum_boolean DEFAULT 'n'::public.enum_boolean NOT NULL,
    purge_action public.enum_sync_rule_purge_action,
    filter_expression text,
    sync_state public.enum_sync_state DEFAULT 'unknown'::public.enum_sync_state NOT NULL,
    last_error_message text,
    last_attempt timestamp with time zone,
    description text
);


ALTER TABLE public.sync_rule OWNER TO postgres;

--
-- Name: sync_rule_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.sync_rule_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sync_rule_id_seq OWNER TO postgres;

--
-- Name: sync_rule_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.sync_rule_id_seq OWNED BY public.sync_rule.id;


--
-- Name: sync_run; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sync_run (
    id bigint NOT NULL,
    rule_id integer,
    rule_name character varying(255) NOT NULL,
    start_time timestamp with time zone NOT NULL,
    duration_ms integer,
    objects_deleted integer DEFAULT 0,
    objects_created integer DEFAULT 0,
    objects_modified integer DEFAULT 0,
    last_former_activity bytea,
    last_related_activity bytea,
    CONSTRAINT sync_run_last_former_activity_check CHECK ((length(last_former_activity) = 20)),
    CONSTRAINT sync_run_last_related_activity_check CHECK ((length(last_related_activity) = 20))
);


ALTER TABLE public.sync_run OWNER TO postgres;

--
-- Name: sync_run_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.sync_run_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.sync_run_id_seq OWNER TO postgres;

--
-- Name: sync_run_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.sync_run_id_seq OWNED BY public.sync_run.id;


--
-- Name: director_activity_log id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_activity_log ALTER COLUMN id SET DEFAULT nextval('public.director_activity_log_id_seq'::regclass);


--
-- Name: director_datafield id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield ALTER COLUMN id SET DEFAULT nextval('public.director_datafield_id_seq'::regclass);


--
-- Name: director_datafield_category id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield_category ALTER COLUMN id SET DEFAULT nextval('public.director_datafield_category_id_seq'::regclass);


--
-- Name: director_datalist id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datalist ALTER COLUMN id SET DEFAULT nextval('public.director_datalist_id_seq'::regclass);


--
-- Name: director_deployment_log id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_deployment_log ALTER COLUMN id SET DEFAULT nextval('public.director_deployment_log_id_seq'::regclass);


--
-- Name: director_job id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_job ALTER COLUMN id SET DEFAULT nextval('public.director_job_id_seq'::regclass);


--
-- Name: icinga_apiuser id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_apiuser ALTER COLUMN id SET DEFAULT nextval('public.icinga_apiuser_id_seq'::regclass);


--
-- Name: icinga_command id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command ALTER COLUMN id SET DEFAULT nextval('public.icinga_command_id_seq'::regclass);


--
-- Name: icinga_command_argument id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_argument ALTER COLUMN id SET DEFAULT nextval('public.icinga_command_argument_id_seq'::regclass);


--
-- Name: icinga_dependency id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency ALTER COLUMN id SET DEFAULT nextval('public.icinga_dependency_id_seq'::regclass);


--
-- Name: icinga_endpoint id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint ALTER COLUMN id SET DEFAULT nextval('public.icinga_endpoint_id_seq'::regclass);


--
-- Name: icinga_host id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host ALTER COLUMN id SET DEFAULT nextval('public.icinga_host_id_seq'::regclass);


--
-- Name: icinga_host_template_choice id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_template_choice ALTER COLUMN id SET DEFAULT nextval('public.icinga_host_template_choice_id_seq'::regclass);


--
-- Name: icinga_hostgroup id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup ALTER COLUMN id SET DEFAULT nextval('public.icinga_hostgroup_id_seq'::regclass);


--
-- Name: icinga_notification id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification ALTER COLUMN id SET DEFAULT nextval('public.icinga_notification_id_seq'::regclass);


--
-- Name: icinga_scheduled_downtime id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime ALTER COLUMN id SET DEFAULT nextval('public.icinga_scheduled_downtime_id_seq'::regclass);


--
-- Name: icinga_scheduled_downtime_range scheduled_downtime_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime_range ALTER COLUMN scheduled_downtime_id SET DEFAULT nextval('public.icinga_scheduled_downtime_range_scheduled_downtime_id_seq'::regclass);


--
-- Name: icinga_service id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service ALTER COLUMN id SET DEFAULT nextval('public.icinga_service_id_seq'::regclass);


--
-- Name: icinga_service_set id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set ALTER COLUMN id SET DEFAULT nextval('public.icinga_service_set_id_seq'::regclass);


--
-- Name: icinga_service_template_choice id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_template_choice ALTER COLUMN id SET DEFAULT nextval('public.icinga_service_template_choice_id_seq'::regclass);


--
-- Name: icinga_servicegroup id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup ALTER COLUMN id SET DEFAULT nextval('public.icinga_servicegroup_id_seq'::regclass);


--
-- Name: icinga_timeperiod id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod ALTER COLUMN id SET DEFAULT nextval('public.icinga_timeperiod_id_seq'::regclass);


--
-- Name: icinga_timeperiod_range timeperiod_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_range ALTER COLUMN timeperiod_id SET DEFAULT nextval('public.icinga_timeperiod_range_timeperiod_id_seq'::regclass);


--
-- Name: icinga_user id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user ALTER COLUMN id SET DEFAULT nextval('public.icinga_user_id_seq'::regclass);


--
-- Name: icinga_usergroup id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup ALTER COLUMN id SET DEFAULT nextval('public.icinga_usergroup_id_seq'::regclass);


--
-- Name: icinga_zone id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone ALTER COLUMN id SET DEFAULT nextval('public.icinga_zone_id_seq'::regclass);


--
-- Name: import_row_modifier id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_row_modifier ALTER COLUMN id SET DEFAULT nextval('public.import_row_modifier_id_seq'::regclass);


--
-- Name: import_row_modifier_setting row_modifier_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_row_modifier_setting ALTER COLUMN row_modifier_id SET DEFAULT nextval('public.import_row_modifier_setting_row_modifier_id_seq'::regclass);


--
-- Name: import_run id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_run ALTER COLUMN id SET DEFAULT nextval('public.import_run_id_seq'::regclass);


--
-- Name: import_source id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_source ALTER COLUMN id SET DEFAULT nextval('public.import_source_id_seq'::regclass);


--
-- Name: sync_property id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_property ALTER COLUMN id SET DEFAULT nextval('public.sync_property_id_seq'::regclass);


--
-- Name: sync_rule id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_rule ALTER COLUMN id SET DEFAULT nextval('public.sync_rule_id_seq'::regclass);


--
-- Name: sync_run id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_run ALTER COLUMN id SET DEFAULT nextval('public.sync_run_id_seq'::regclass);


--
-- Name: branched_icinga_apiuser branched_icinga_apiuser_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_apiuser
    ADD CONSTRAINT branched_icinga_apiuser_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_command branched_icinga_command_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_command
    ADD CONSTRAINT branched_icinga_command_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_dependency branched_icinga_dependency_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_dependency
    ADD CONSTRAINT branched_icinga_dependency_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_endpoint branched_icinga_endpoint_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_endpoint
    ADD CONSTRAINT branched_icinga_endpoint_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_host branched_icinga_host_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_host
    ADD CONSTRAINT branched_icinga_host_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_hostgroup branched_icinga_hostgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_hostgroup
    ADD CONSTRAINT branched_icinga_hostgroup_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_notification branched_icinga_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_notification
    ADD CONSTRAINT branched_icinga_notification_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_scheduled_downtime branched_icinga_scheduled_downtime_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_scheduled_downtime
    ADD CONSTRAINT branched_icinga_scheduled_downtime_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_service branched_icinga_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_service
    ADD CONSTRAINT branched_icinga_service_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_service_set branched_icinga_service_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_service_set
    ADD CONSTRAINT branched_icinga_service_set_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_servicegroup branched_icinga_servicegroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_servicegroup
    ADD CONSTRAINT branched_icinga_servicegroup_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_timeperiod branched_icinga_timeperiod_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_timeperiod
    ADD CONSTRAINT branched_icinga_timeperiod_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_user branched_icinga_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_user
    ADD CONSTRAINT branched_icinga_user_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_usergroup branched_icinga_usergroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_usergroup
    ADD CONSTRAINT branched_icinga_usergroup_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: branched_icinga_zone branched_icinga_zone_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_zone
    ADD CONSTRAINT branched_icinga_zone_pkey PRIMARY KEY (branch_uuid, uuid);


--
-- Name: director_activity_log director_activity_log_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_activity_log
    ADD CONSTRAINT director_activity_log_checksum_key UNIQUE (checksum);


--
-- Name: director_activity_log director_activity_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_activity_log
    ADD CONSTRAINT director_activity_log_pkey PRIMARY KEY (id);


--
-- Name: director_activity_log_remark director_activity_log_remark_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_activity_log_remark
    ADD CONSTRAINT director_activity_log_remark_pkey PRIMARY KEY (first_related_activity, last_related_activity);


--
-- Name: director_basket_content director_basket_content_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_basket_content
    ADD CONSTRAINT director_basket_content_pkey PRIMARY KEY (checksum);


--
-- Name: director_basket director_basket_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_basket
    ADD CONSTRAINT director_basket_pkey PRIMARY KEY (uuid);


--
-- Name: director_basket_snapshot director_basket_snapshot_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_basket_snapshot
    ADD CONSTRAINT director_basket_snapshot_pkey PRIMARY KEY (basket_uuid, ts_create);


--
-- Name: director_branch_activity director_branch_activity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_branch_activity
    ADD CONSTRAINT director_branch_activity_pkey PRIMARY KEY (timestamp_ns);


--
-- Name: director_branch director_branch_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_branch
    ADD CONSTRAINT director_branch_pkey PRIMARY KEY (uuid);


--
-- Name: director_daemon_info director_daemon_info_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_daemon_info
    ADD CONSTRAINT director_daemon_info_pkey PRIMARY KEY (instance_uuid_hex);


--
-- Name: director_datafield_category director_datafield_category_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield_category
    ADD CONSTRAINT director_datafield_category_pkey PRIMARY KEY (id);


--
-- Name: director_datafield director_datafield_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield
    ADD CONSTRAINT director_datafield_pkey PRIMARY KEY (id);


--
-- Name: director_datafield_setting director_datafield_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield_setting
    ADD CONSTRAINT director_datafield_setting_pkey PRIMARY KEY (datafield_id, setting_name);


--
-- Name: director_datalist_entry director_datalist_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datalist_entry
    ADD CONSTRAINT director_datalist_entry_pkey PRIMARY KEY (list_id, entry_name);


--
-- Name: director_datalist director_datalist_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datalist
    ADD CONSTRAINT director_datalist_pkey PRIMARY KEY (id);


--
-- Name: director_deployment_log director_deployment_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_deployment_log
    ADD CONSTRAINT director_deployment_log_pkey PRIMARY KEY (id);


--
-- Name: director_generated_config_file director_generated_config_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_generated_config_file
    ADD CONSTRAINT director_generated_config_file_pkey PRIMARY KEY (config_checksum, file_path);


--
-- Name: director_generated_config director_generated_config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_generated_config
    ADD CONSTRAINT director_generated_config_pkey PRIMARY KEY (checksum);


--
-- Name: director_generated_file director_generated_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_generated_file
    ADD CONSTRAINT director_generated_file_pkey PRIMARY KEY (checksum);


--
-- Name: director_job director_job_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_job
    ADD CONSTRAINT director_job_pkey PRIMARY KEY (id);


--
-- Name: director_job_setting director_job_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_job_setting
    ADD CONSTRAINT director_job_setting_pkey PRIMARY KEY (job_id, setting_name);


--
-- Name: director_schema_migration director_schema_migration_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_schema_migration
    ADD CONSTRAINT director_schema_migration_pkey PRIMARY KEY (schema_version);


--
-- Name: director_setting director_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_setting
    ADD CONSTRAINT director_setting_pkey PRIMARY KEY (setting_name);


--
-- Name: icinga_apiuser icinga_apiuser_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_apiuser
    ADD CONSTRAINT icinga_apiuser_pkey PRIMARY KEY (id);


--
-- Name: icinga_apiuser icinga_apiuser_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_apiuser
    ADD CONSTRAINT icinga_apiuser_uuid_key UNIQUE (uuid);


--
-- Name: icinga_command_argument icinga_command_argument_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_argument
    ADD CONSTRAINT icinga_command_argument_pkey PRIMARY KEY (id);


--
-- Name: icinga_command_field icinga_command_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_field
    ADD CONSTRAINT icinga_command_field_pkey PRIMARY KEY (command_id, datafield_id);


--
-- Name: icinga_command_inheritance icinga_command_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_inheritance
    ADD CONSTRAINT icinga_command_inheritance_pkey PRIMARY KEY (command_id, parent_command_id);


--
-- Name: icinga_command icinga_command_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command
    ADD CONSTRAINT icinga_command_pkey PRIMARY KEY (id);


--
-- Name: icinga_command_resolved_var icinga_command_resolved_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_resolved_var
    ADD CONSTRAINT icinga_command_resolved_var_pkey PRIMARY KEY (command_id, checksum);


--
-- Name: icinga_command icinga_command_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command
    ADD CONSTRAINT icinga_command_uuid_key UNIQUE (uuid);


--
-- Name: icinga_command_var icinga_command_var_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_var
    ADD CONSTRAINT icinga_command_var_checksum_key UNIQUE (checksum);


--
-- Name: icinga_command_var icinga_command_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_var
    ADD CONSTRAINT icinga_command_var_pkey PRIMARY KEY (command_id, varname);


--
-- Name: icinga_dependency_inheritance icinga_dependency_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency_inheritance
    ADD CONSTRAINT icinga_dependency_inheritance_pkey PRIMARY KEY (dependency_id, parent_dependency_id);


--
-- Name: icinga_dependency icinga_dependency_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_pkey PRIMARY KEY (id);


--
-- Name: icinga_dependency_states_set icinga_dependency_states_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency_states_set
    ADD CONSTRAINT icinga_dependency_states_set_pkey PRIMARY KEY (dependency_id, property, merge_behaviour);


--
-- Name: icinga_dependency icinga_dependency_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_uuid_key UNIQUE (uuid);


--
-- Name: icinga_endpoint_inheritance icinga_endpoint_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint_inheritance
    ADD CONSTRAINT icinga_endpoint_inheritance_pkey PRIMARY KEY (endpoint_id, parent_endpoint_id);


--
-- Name: icinga_endpoint icinga_endpoint_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint
    ADD CONSTRAINT icinga_endpoint_pkey PRIMARY KEY (id);


--
-- Name: icinga_endpoint icinga_endpoint_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint
    ADD CONSTRAINT icinga_endpoint_uuid_key UNIQUE (uuid);


--
-- Name: icinga_flat_var icinga_flat_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_flat_var
    ADD CONSTRAINT icinga_flat_var_pkey PRIMARY KEY (var_checksum, flatname_checksum);


--
-- Name: icinga_host_field icinga_host_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_field
    ADD CONSTRAINT icinga_host_field_pkey PRIMARY KEY (host_id, datafield_id);


--
-- Name: icinga_host_inheritance icinga_host_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_inheritance
    ADD CONSTRAINT icinga_host_inheritance_pkey PRIMARY KEY (host_id, parent_host_id);


--
-- Name: icinga_host icinga_host_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_pkey PRIMARY KEY (id);


--
-- Name: icinga_host_resolved_var icinga_host_resolved_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_resolved_var
    ADD CONSTRAINT icinga_host_resolved_var_pkey PRIMARY KEY (host_id, checksum);


--
-- Name: icinga_host_service_blacklist icinga_host_service_blacklist_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_service_blacklist
    ADD CONSTRAINT icinga_host_service_blacklist_pkey PRIMARY KEY (host_id, service_id);


--
-- Name: icinga_host_service icinga_host_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_service
    ADD CONSTRAINT icinga_host_service_pkey PRIMARY KEY (host_id, service_id);


--
-- Name: icinga_host_template_choice icinga_host_template_choice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_template_choice
    ADD CONSTRAINT icinga_host_template_choice_pkey PRIMARY KEY (id);


--
-- Name: icinga_host icinga_host_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_uuid_key UNIQUE (uuid);


--
-- Name: icinga_host_var icinga_host_var_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_var
    ADD CONSTRAINT icinga_host_var_checksum_key UNIQUE (checksum);


--
-- Name: icinga_host_var icinga_host_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_var
    ADD CONSTRAINT icinga_host_var_pkey PRIMARY KEY (host_id, varname);


--
-- Name: icinga_hostgroup_host icinga_hostgroup_host_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_host
    ADD CONSTRAINT icinga_hostgroup_host_pkey PRIMARY KEY (hostgroup_id, host_id);


--
-- Name: icinga_hostgroup_host_resolved icinga_hostgroup_host_resolved_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_host_resolved
    ADD CONSTRAINT icinga_hostgroup_host_resolved_pkey PRIMARY KEY (hostgroup_id, host_id);


--
-- Name: icinga_hostgroup_inheritance icinga_hostgroup_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_inheritance
    ADD CONSTRAINT icinga_hostgroup_inheritance_pkey PRIMARY KEY (hostgroup_id, parent_hostgroup_id);


--
-- Name: icinga_hostgroup_parent icinga_hostgroup_parent_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_parent
    ADD CONSTRAINT icinga_hostgroup_parent_pkey PRIMARY KEY (hostgroup_id, parent_hostgroup_id);


--
-- Name: icinga_hostgroup icinga_hostgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup
    ADD CONSTRAINT icinga_hostgroup_pkey PRIMARY KEY (id);


--
-- Name: icinga_hostgroup icinga_hostgroup_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup
    ADD CONSTRAINT icinga_hostgroup_uuid_key UNIQUE (uuid);


--
-- Name: icinga_notification_field icinga_notification_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_field
    ADD CONSTRAINT icinga_notification_field_pkey PRIMARY KEY (notification_id, datafield_id);


--
-- Name: icinga_notification_inheritance icinga_notification_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_inheritance
    ADD CONSTRAINT icinga_notification_inheritance_pkey PRIMARY KEY (notification_id, parent_notification_id);


--
-- Name: icinga_notification icinga_notification_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_pkey PRIMARY KEY (id);


--
-- Name: icinga_notification_resolved_var icinga_notification_resolved_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_resolved_var
    ADD CONSTRAINT icinga_notification_resolved_var_pkey PRIMARY KEY (notification_id, checksum);


--
-- Name: icinga_notification_states_set icinga_notification_states_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_states_set
    ADD CONSTRAINT icinga_notification_states_set_pkey PRIMARY KEY (notification_id, property, merge_behaviour);


--
-- Name: icinga_notification_types_set icinga_notification_types_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_types_set
    ADD CONSTRAINT icinga_notification_types_set_pkey PRIMARY KEY (notification_id, property, merge_behaviour);


--
-- Name: icinga_notification_user icinga_notification_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_user
    ADD CONSTRAINT icinga_notification_user_pkey PRIMARY KEY (notification_id, user_id);


--
-- Name: icinga_notification_usergroup icinga_notification_usergroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_usergroup
    ADD CONSTRAINT icinga_notification_usergroup_pkey PRIMARY KEY (notification_id, usergroup_id);


--
-- Name: icinga_notification icinga_notification_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_uuid_key UNIQUE (uuid);


--
-- Name: icinga_notification_var icinga_notification_var_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_var
    ADD CONSTRAINT icinga_notification_var_checksum_key UNIQUE (checksum);


--
-- Name: icinga_notification_var icinga_notification_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_var
    ADD CONSTRAINT icinga_notification_var_pkey PRIMARY KEY (notification_id, varname);


--
-- Name: icinga_scheduled_downtime_inheritance icinga_scheduled_downtime_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime_inheritance
    ADD CONSTRAINT icinga_scheduled_downtime_inheritance_pkey PRIMARY KEY (scheduled_downtime_id, parent_scheduled_downtime_id);


--
-- Name: icinga_scheduled_downtime icinga_scheduled_downtime_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime
    ADD CONSTRAINT icinga_scheduled_downtime_pkey PRIMARY KEY (id);


--
-- Name: icinga_scheduled_downtime_range icinga_scheduled_downtime_range_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime_range
    ADD CONSTRAINT icinga_scheduled_downtime_range_pkey PRIMARY KEY (scheduled_downtime_id, range_type, range_key);


--
-- Name: icinga_scheduled_downtime icinga_scheduled_downtime_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime
    ADD CONSTRAINT icinga_scheduled_downtime_uuid_key UNIQUE (uuid);


--
-- Name: icinga_service_field icinga_service_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_field
    ADD CONSTRAINT icinga_service_field_pkey PRIMARY KEY (service_id, datafield_id);


--
-- Name: icinga_service_inheritance icinga_service_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_inheritance
    ADD CONSTRAINT icinga_service_inheritance_pkey PRIMARY KEY (service_id, parent_service_id);


--
-- Name: icinga_service icinga_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_pkey PRIMARY KEY (id);


--
-- Name: icinga_service_resolved_var icinga_service_resolved_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_resolved_var
    ADD CONSTRAINT icinga_service_resolved_var_pkey PRIMARY KEY (service_id, checksum);


--
-- Name: icinga_service_set_inheritance icinga_service_set_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_inheritance
    ADD CONSTRAINT icinga_service_set_inheritance_pkey PRIMARY KEY (service_set_id, parent_service_set_id);


--
-- Name: icinga_service_set icinga_service_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set
    ADD CONSTRAINT icinga_service_set_pkey PRIMARY KEY (id);


--
-- Name: icinga_service_set_resolved_var icinga_service_set_resolved_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_resolved_var
    ADD CONSTRAINT icinga_service_set_resolved_var_pkey PRIMARY KEY (service_set_id, checksum);


--
-- Name: icinga_service_set icinga_service_set_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set
    ADD CONSTRAINT icinga_service_set_uuid_key UNIQUE (uuid);


--
-- Name: icinga_service_set_var icinga_service_set_var_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_var
    ADD CONSTRAINT icinga_service_set_var_checksum_key UNIQUE (checksum);


--
-- Name: icinga_service_set_var icinga_service_set_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_var
    ADD CONSTRAINT icinga_service_set_var_pkey PRIMARY KEY (service_set_id, varname);


--
-- Name: icinga_service_template_choice icinga_service_template_choice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_template_choice
    ADD CONSTRAINT icinga_service_template_choice_pkey PRIMARY KEY (id);


--
-- Name: icinga_service icinga_service_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_uuid_key UNIQUE (uuid);


--
-- Name: icinga_service_var icinga_service_var_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_var
    ADD CONSTRAINT icinga_service_var_checksum_key UNIQUE (checksum);


--
-- Name: icinga_service_var icinga_service_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_var
    ADD CONSTRAINT icinga_service_var_pkey PRIMARY KEY (service_id, varname);


--
-- Name: icinga_servicegroup_inheritance icinga_servicegroup_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_inheritance
    ADD CONSTRAINT icinga_servicegroup_inheritance_pkey PRIMARY KEY (servicegroup_id, parent_servicegroup_id);


--
-- Name: icinga_servicegroup icinga_servicegroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup
    ADD CONSTRAINT icinga_servicegroup_pkey PRIMARY KEY (id);


--
-- Name: icinga_servicegroup_service icinga_servicegroup_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_service
    ADD CONSTRAINT icinga_servicegroup_service_pkey PRIMARY KEY (servicegroup_id, service_id);


--
-- Name: icinga_servicegroup_service_resolved icinga_servicegroup_service_resolved_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_service_resolved
    ADD CONSTRAINT icinga_servicegroup_service_resolved_pkey PRIMARY KEY (servicegroup_id, service_id);


--
-- Name: icinga_servicegroup icinga_servicegroup_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup
    ADD CONSTRAINT icinga_servicegroup_uuid_key UNIQUE (uuid);


--
-- Name: icinga_timeperiod_exclude icinga_timeperiod_exclude_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_exclude
    ADD CONSTRAINT icinga_timeperiod_exclude_pkey PRIMARY KEY (timeperiod_id, exclude_id);


--
-- Name: icinga_timeperiod_include icinga_timeperiod_include_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_include
    ADD CONSTRAINT icinga_timeperiod_include_pkey PRIMARY KEY (timeperiod_id, include_id);


--
-- Name: icinga_timeperiod_inheritance icinga_timeperiod_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_inheritance
    ADD CONSTRAINT icinga_timeperiod_inheritance_pkey PRIMARY KEY (timeperiod_id, parent_timeperiod_id);


--
-- Name: icinga_timeperiod icinga_timeperiod_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod
    ADD CONSTRAINT icinga_timeperiod_pkey PRIMARY KEY (id);


--
-- Name: icinga_timeperiod_range icinga_timeperiod_range_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_range
    ADD CONSTRAINT icinga_timeperiod_range_pkey PRIMARY KEY (timeperiod_id, range_type, range_key);


--
-- Name: icinga_timeperiod icinga_timeperiod_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod
    ADD CONSTRAINT icinga_timeperiod_uuid_key UNIQUE (uuid);


--
-- Name: icinga_user_field icinga_user_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_field
    ADD CONSTRAINT icinga_user_field_pkey PRIMARY KEY (user_id, datafield_id);


--
-- Name: icinga_user_inheritance icinga_user_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_inheritance
    ADD CONSTRAINT icinga_user_inheritance_pkey PRIMARY KEY (user_id, parent_user_id);


--
-- Name: icinga_user icinga_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user
    ADD CONSTRAINT icinga_user_pkey PRIMARY KEY (id);


--
-- Name: icinga_user_resolved_var icinga_user_resolved_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_resolved_var
    ADD CONSTRAINT icinga_user_resolved_var_pkey PRIMARY KEY (user_id, checksum);


--
-- Name: icinga_user_states_set icinga_user_states_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_states_set
    ADD CONSTRAINT icinga_user_states_set_pkey PRIMARY KEY (user_id, property, merge_behaviour);


--
-- Name: icinga_user_types_set icinga_user_types_set_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_types_set
    ADD CONSTRAINT icinga_user_types_set_pkey PRIMARY KEY (user_id, property, merge_behaviour);


--
-- Name: icinga_user icinga_user_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user
    ADD CONSTRAINT icinga_user_uuid_key UNIQUE (uuid);


--
-- Name: icinga_user_var icinga_user_var_checksum_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_var
    ADD CONSTRAINT icinga_user_var_checksum_key UNIQUE (checksum);


--
-- Name: icinga_user_var icinga_user_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_var
    ADD CONSTRAINT icinga_user_var_pkey PRIMARY KEY (user_id, varname);


--
-- Name: icinga_usergroup_inheritance icinga_usergroup_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_inheritance
    ADD CONSTRAINT icinga_usergroup_inheritance_pkey PRIMARY KEY (usergroup_id, parent_usergroup_id);


--
-- Name: icinga_usergroup_parent icinga_usergroup_parent_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_parent
    ADD CONSTRAINT icinga_usergroup_parent_pkey PRIMARY KEY (usergroup_id, parent_usergroup_id);


--
-- Name: icinga_usergroup icinga_usergroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup
    ADD CONSTRAINT icinga_usergroup_pkey PRIMARY KEY (id);


--
-- Name: icinga_usergroup_user icinga_usergroup_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_user
    ADD CONSTRAINT icinga_usergroup_user_pkey PRIMARY KEY (usergroup_id, user_id);


--
-- Name: icinga_usergroup icinga_usergroup_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup
    ADD CONSTRAINT icinga_usergroup_uuid_key UNIQUE (uuid);


--
-- Name: icinga_var icinga_var_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_var
    ADD CONSTRAINT icinga_var_pkey PRIMARY KEY (checksum);


--
-- Name: icinga_zone_inheritance icinga_zone_inheritance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone_inheritance
    ADD CONSTRAINT icinga_zone_inheritance_pkey PRIMARY KEY (zone_id, parent_zone_id);


--
-- Name: icinga_zone icinga_zone_object_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone
    ADD CONSTRAINT icinga_zone_object_name_key UNIQUE (object_name);


--
-- Name: icinga_zone icinga_zone_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone
    ADD CONSTRAINT icinga_zone_pkey PRIMARY KEY (id);


--
-- Name: icinga_zone icinga_zone_uuid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone
    ADD CONSTRAINT icinga_zone_uuid_key UNIQUE (uuid);


--
-- Name: import_row_modifier import_row_modifier_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_row_modifier
    ADD CONSTRAINT import_row_modifier_pkey PRIMARY KEY (id);


--
-- Name: import_row_modifier_setting import_row_modifier_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_row_modifier_setting
    ADD CONSTRAINT import_row_modifier_setting_pkey PRIMARY KEY (row_modifier_id, setting_name);


--
-- Name: import_run import_run_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_run
    ADD CONSTRAINT import_run_pkey PRIMARY KEY (id);


--
-- Name: import_source import_source_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_source
    ADD CONSTRAINT import_source_pkey PRIMARY KEY (id);


--
-- Name: import_source_setting import_source_setting_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_source_setting
    ADD CONSTRAINT import_source_setting_pkey PRIMARY KEY (source_id, setting_name);


--
-- Name: imported_property imported_property_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_property
    ADD CONSTRAINT imported_property_pkey PRIMARY KEY (checksum);


--
-- Name: imported_row imported_row_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_row
    ADD CONSTRAINT imported_row_pkey PRIMARY KEY (checksum);


--
-- Name: imported_row_property imported_row_property_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_row_property
    ADD CONSTRAINT imported_row_property_pkey PRIMARY KEY (row_checksum, property_checksum);


--
-- Name: imported_rowset imported_rowset_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_rowset
    ADD CONSTRAINT imported_rowset_pkey PRIMARY KEY (checksum);


--
-- Name: imported_rowset_row imported_rowset_row_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_rowset_row
    ADD CONSTRAINT imported_rowset_row_pkey PRIMARY KEY (rowset_checksum, row_checksum);


--
-- Name: sync_property sync_property_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_property
    ADD CONSTRAINT sync_property_pkey PRIMARY KEY (id);


--
-- Name: sync_rule sync_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_rule
    ADD CONSTRAINT sync_rule_pkey PRIMARY KEY (id);


--
-- Name: sync_run sync_run_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_run
    ADD CONSTRAINT sync_run_pkey PRIMARY KEY (id);


--
-- Name: activity_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX activity_checksum ON public.director_generated_config USING btree (last_activity_checksum);


--
-- Name: activity_log_author; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX activity_log_author ON public.director_activity_log USING btree (author);


--
-- Name: activity_log_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX activity_log_search_idx ON public.director_activity_log USING btree (object_name);


--
-- Name: activity_log_search_idx2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX activity_log_search_idx2 ON public.director_activity_log USING btree (object_type, object_name, change_time);


--
-- Name: activity_log_sort_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX activity_log_sort_idx ON public.director_activity_log USING btree (change_time);


--
-- Name: apiuser_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX apiuser_branch_object_name ON public.branched_icinga_apiuser USING btree (branch_uuid, object_name);


--
-- Name: basket_basket_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX basket_basket_name ON public.director_basket USING btree (basket_name);


--
-- Name: basket_snapshot_sort_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX basket_snapshot_sort_idx ON public.director_basket_snapshot USING btree (ts_create);


--
-- Name: branch_activity_branch_uuid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branch_activity_branch_uuid ON public.director_branch_activity USING btree (branch_uuid);


--
-- Name: branch_activity_object_uuid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branch_activity_object_uuid ON public.director_branch_activity USING btree (object_uuid);


--
-- Name: branch_branch_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX branch_branch_name ON public.director_branch USING btree (branch_name);


--
-- Name: branched_apiuser_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_apiuser_search_object_name ON public.branched_icinga_apiuser USING btree (object_name);


--
-- Name: branched_command_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_command_search_object_name ON public.branched_icinga_command USING btree (object_name);


--
-- Name: branched_dependency_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_dependency_search_object_name ON public.branched_icinga_dependency USING btree (object_name);


--
-- Name: branched_endpoint_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_endpoint_search_object_name ON public.branched_icinga_endpoint USING btree (object_name);


--
-- Name: branched_host_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_host_search_display_name ON public.branched_icinga_host USING btree (display_name);


--
-- Name: branched_host_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_host_search_object_name ON public.branched_icinga_host USING btree (object_name);


--
-- Name: branched_hostgroup_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_hostgroup_search_display_name ON public.branched_icinga_hostgroup USING btree (display_name);


--
-- Name: branched_hostgroup_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_hostgroup_search_object_name ON public.branched_icinga_hostgroup USING btree (object_name);


--
-- Name: branched_notification_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_notification_search_object_name ON public.branched_icinga_notification USING btree (object_name);


--
-- Name: branched_scheduled_downtime_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_scheduled_downtime_search_object_name ON public.branched_icinga_scheduled_downtime USING btree (object_name);


--
-- Name: branched_service_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_service_search_display_name ON public.branched_icinga_service USING btree (display_name);


--
-- Name: branched_service_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_service_search_object_name ON public.branched_icinga_service USING btree (object_name);


--
-- Name: branched_service_set_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_service_set_search_object_name ON public.branched_icinga_service_set USING btree (object_name);


--
-- Name: branched_servicegroup_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_servicegroup_search_display_name ON public.branched_icinga_servicegroup USING btree (display_name);


--
-- Name: branched_servicegroup_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_servicegroup_search_object_name ON public.branched_icinga_servicegroup USING btree (object_name);


--
-- Name: branched_timeperiod_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_timeperiod_search_display_name ON public.branched_icinga_timeperiod USING btree (display_name);


--
-- Name: branched_timeperiod_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_timeperiod_search_object_name ON public.branched_icinga_timeperiod USING btree (object_name);


--
-- Name: branched_user_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_user_search_display_name ON public.branched_icinga_user USING btree (display_name);


--
-- Name: branched_user_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_user_search_object_name ON public.branched_icinga_user USING btree (object_name);


--
-- Name: branched_usergroup_search_display_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_usergroup_search_display_name ON public.branched_icinga_usergroup USING btree (display_name);


--
-- Name: branched_usergroup_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_usergroup_search_object_name ON public.branched_icinga_usergroup USING btree (object_name);


--
-- Name: branched_zone_search_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX branched_zone_search_object_name ON public.branched_icinga_zone USING btree (object_name);


--
-- Name: checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX checksum ON public.director_generated_config_file USING btree (file_checksum);


--
-- Name: command_argument_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_argument_command ON public.icinga_command_argument USING btree (command_id);


--
-- Name: command_argument_sort_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_argument_sort_idx ON public.icinga_command_argument USING btree (command_id, sort_order);


--
-- Name: command_argument_unique_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX command_argument_unique_idx ON public.icinga_command_argument USING btree (command_id, argument_name);


--
-- Name: command_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX command_branch_object_name ON public.branched_icinga_command USING btree (branch_uuid, object_name);


--
-- Name: command_inheritance_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_inheritance_command ON public.icinga_command_inheritance USING btree (command_id);


--
-- Name: command_inheritance_command_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_inheritance_command_parent ON public.icinga_command_inheritance USING btree (parent_command_id);


--
-- Name: command_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX command_inheritance_unique_order ON public.icinga_command_inheritance USING btree (command_id, weight);


--
-- Name: command_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX command_object_name ON public.icinga_command USING btree (object_name);


--
-- Name: command_resolved_var_command_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_resolved_var_command_id ON public.icinga_command_resolved_var USING btree (command_id);


--
-- Name: command_resolved_var_schecksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_resolved_var_schecksum ON public.icinga_command_resolved_var USING btree (checksum);


--
-- Name: command_resolved_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_resolved_var_search_varname ON public.icinga_command_resolved_var USING btree (varname);


--
-- Name: command_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_var_checksum ON public.icinga_command_var USING btree (checksum);


--
-- Name: command_var_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_var_command ON public.icinga_command_var USING btree (command_id);


--
-- Name: command_var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_var_search_idx ON public.icinga_command_var USING btree (varname);


--
-- Name: command_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_zone ON public.icinga_command USING btree (zone_id);


--
-- Name: config; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX config ON public.director_generated_config_file USING btree (config_checksum);


--
-- Name: datafield_category; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX datafield_category ON public.director_datafield USING btree (category_id);


--
-- Name: datafield_category_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX datafield_category_name ON public.director_datafield_category USING btree (category_name);


--
-- Name: datalist_entry_datalist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX datalist_entry_datalist ON public.director_datalist_entry USING btree (list_id);


--
-- Name: datalist_list_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX datalist_list_name ON public.director_datalist USING btree (list_name);


--
-- Name: dependency_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX dependency_branch_object_name ON public.branched_icinga_dependency USING btree (branch_uuid, object_name);


--
-- Name: dependency_child_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_child_host ON public.icinga_dependency USING btree (child_host_id);


--
-- Name: dependency_child_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_child_service ON public.icinga_dependency USING btree (child_service_id);


--
-- Name: dependency_inheritance_dependency; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_inheritance_dependency ON public.icinga_dependency_inheritance USING btree (dependency_id);


--
-- Name: dependency_inheritance_dependency_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_inheritance_dependency_parent ON public.icinga_dependency_inheritance USING btree (parent_dependency_id);


--
-- Name: dependency_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX dependency_inheritance_unique_order ON public.icinga_dependency_inheritance USING btree (dependency_id, weight);


--
-- Name: dependency_parent_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_parent_host ON public.icinga_dependency USING btree (parent_host_id);


--
-- Name: dependency_parent_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_parent_service ON public.icinga_dependency USING btree (parent_service_id);


--
-- Name: dependency_period; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_period ON public.icinga_dependency USING btree (period_id);


--
-- Name: dependency_states_set_dependency; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_states_set_dependency ON public.icinga_dependency_states_set USING btree (dependency_id);


--
-- Name: dependency_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dependency_zone ON public.icinga_dependency USING btree (zone_id);


--
-- Name: director_datafield_datafield; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX director_datafield_datafield ON public.director_datafield_setting USING btree (datafield_id);


--
-- Name: director_job_setting_job; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX director_job_setting_job ON public.director_job_setting USING btree (job_id);


--
-- Name: director_job_unique_job_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX director_job_unique_job_name ON public.director_job USING btree (job_name);


--
-- Name: endpoint_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX endpoint_branch_object_name ON public.branched_icinga_endpoint USING btree (branch_uuid, object_name);


--
-- Name: endpoint_inheritance_endpoint; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX endpoint_inheritance_endpoint ON public.icinga_endpoint_inheritance USING btree (endpoint_id);


--
-- Name: endpoint_inheritance_endpoint_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX endpoint_inheritance_endpoint_parent ON public.icinga_endpoint_inheritance USING btree (parent_endpoint_id);


--
-- Name: endpoint_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX endpoint_inheritance_unique_order ON public.icinga_endpoint_inheritance USING btree (endpoint_id, weight);


--
-- Name: endpoint_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX endpoint_object_name ON public.icinga_endpoint USING btree (object_name);


--
-- Name: endpoint_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX endpoint_zone ON public.icinga_endpoint USING btree (zone_id);


--
-- Name: first_related_activity; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX first_related_activity ON public.director_activity_log_remark USING btree (first_related_activity);


--
-- Name: flat_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX flat_var_search_varname ON public.icinga_flat_var USING btree (flatname);


--
-- Name: flat_var_search_varvalue; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX flat_var_search_varvalue ON public.icinga_flat_var USING btree (flatvalue);


--
-- Name: flat_var_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX flat_var_var_checksum ON public.icinga_flat_var USING btree (var_checksum);


--
-- Name: host_api_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX host_api_key ON public.icinga_host USING btree (api_key);


--
-- Name: host_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX host_branch_object_name ON public.branched_icinga_host USING btree (branch_uuid, object_name);


--
-- Name: host_check_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_check_command ON public.icinga_host USING btree (check_command_id);


--
-- Name: host_command_endpoint; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_command_endpoint ON public.icinga_host USING btree (command_endpoint_id);


--
-- Name: host_event_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_event_command ON public.icinga_host USING btree (event_command_id);


--
-- Name: host_field_datafield; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_field_datafield ON public.icinga_host_field USING btree (datafield_id);


--
-- Name: host_field_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_field_host ON public.icinga_host_field USING btree (host_id);


--
-- Name: host_field_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX host_field_key ON public.icinga_host_field USING btree (host_id, datafield_id);


--
-- Name: host_inheritance_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_inheritance_host ON public.icinga_host_inheritance USING btree (host_id);


--
-- Name: host_inheritance_host_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_inheritance_host_parent ON public.icinga_host_inheritance USING btree (parent_host_id);


--
-- Name: host_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX host_inheritance_unique_order ON public.icinga_host_inheritance USING btree (host_id, weight);


--
-- Name: host_resolved_var_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_resolved_var_host_id ON public.icinga_host_resolved_var USING btree (host_id);


--
-- Name: host_resolved_var_schecksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_resolved_var_schecksum ON public.icinga_host_resolved_var USING btree (checksum);


--
-- Name: host_resolved_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_resolved_var_search_varname ON public.icinga_host_resolved_var USING btree (varname);


--
-- Name: host_service_bl_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_service_bl_host ON public.icinga_host_service_blacklist USING btree (host_id);


--
-- Name: host_service_bl_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_service_bl_service ON public.icinga_host_service_blacklist USING btree (service_id);


--
-- Name: host_service_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_service_host ON public.icinga_host_service USING btree (host_id);


--
-- Name: host_service_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_service_service ON public.icinga_host_service USING btree (service_id);


--
-- Name: host_template_choice; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_template_choice ON public.icinga_host USING btree (template_choice_id);


--
-- Name: host_template_choice_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX host_template_choice_object_name ON public.icinga_host_template_choice USING btree (object_name);


--
-- Name: host_template_choice_required_template; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_template_choice_required_template ON public.icinga_host_template_choice USING btree (required_template_id);


--
-- Name: host_timeperiod; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_timeperiod ON public.icinga_host USING btree (check_period_id);


--
-- Name: host_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_var_checksum ON public.icinga_host_var USING btree (checksum);


--
-- Name: host_var_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_var_host ON public.icinga_host_var USING btree (host_id);


--
-- Name: host_var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_var_search_idx ON public.icinga_host_var USING btree (varname);


--
-- Name: host_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_zone ON public.icinga_host USING btree (zone_id);


--
-- Name: hostgroup_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX hostgroup_branch_object_name ON public.branched_icinga_hostgroup USING btree (branch_uuid, object_name);


--
-- Name: hostgroup_host_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_host_host ON public.icinga_hostgroup_host USING btree (host_id);


--
-- Name: hostgroup_host_hostgroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_host_hostgroup ON public.icinga_hostgroup_host USING btree (hostgroup_id);


--
-- Name: hostgroup_host_resolved_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_host_resolved_host ON public.icinga_hostgroup_host_resolved USING btree (host_id);


--
-- Name: hostgroup_host_resolved_hostgroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_host_resolved_hostgroup ON public.icinga_hostgroup_host_resolved USING btree (hostgroup_id);


--
-- Name: hostgroup_inheritance_hostgroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_inheritance_hostgroup ON public.icinga_hostgroup_inheritance USING btree (hostgroup_id);


--
-- Name: hostgroup_inheritance_hostgroup_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_inheritance_hostgroup_parent ON public.icinga_hostgroup_inheritance USING btree (parent_hostgroup_id);


--
-- Name: hostgroup_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX hostgroup_inheritance_unique_order ON public.icinga_hostgroup_inheritance USING btree (hostgroup_id, weight);


--
-- Name: hostgroup_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX hostgroup_object_name ON public.icinga_hostgroup USING btree (object_name);


--
-- Name: hostgroup_parent_hostgroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_parent_hostgroup ON public.icinga_hostgroup_parent USING btree (hostgroup_id);


--
-- Name: hostgroup_parent_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_parent_parent ON public.icinga_hostgroup_parent USING btree (parent_hostgroup_id);


--
-- Name: hostgroup_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_search_idx ON public.icinga_hostgroup USING btree (display_name);


--
-- Name: import_row_modifier_prio; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX import_row_modifier_prio ON public.import_row_modifier USING btree (source_id, priority);


--
-- Name: import_row_modifier_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX import_row_modifier_search_idx ON public.import_row_modifier USING btree (property_name);


--
-- Name: import_run_import_source; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX import_run_import_source ON public.import_run USING btree (source_id);


--
-- Name: import_run_rowset; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX import_run_rowset ON public.import_run USING btree (rowset_checksum);


--
-- Name: import_source_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX import_source_name ON public.import_source USING btree (source_name);


--
-- Name: import_source_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX import_source_search_idx ON public.import_source USING btree (key_column);


--
-- Name: import_source_setting_source; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX import_source_setting_source ON public.import_source_setting USING btree (source_id);


--
-- Name: imported_property_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX imported_property_search_idx ON public.imported_property USING btree (property_name);


--
-- Name: imported_row_property_property_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX imported_row_property_property_checksum ON public.imported_row_property USING btree (property_checksum);


--
-- Name: imported_row_property_row_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX imported_row_property_row_checksum ON public.imported_row_property USING btree (row_checksum);


--
-- Name: imported_rowset_row_row_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX imported_rowset_row_row_checksum ON public.imported_rowset_row USING btree (row_checksum);


--
-- Name: imported_rowset_row_rowset_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX imported_rowset_row_rowset_checksum ON public.imported_rowset_row USING btree (rowset_checksum);


--
-- Name: last_related_activity; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX last_related_activity ON public.director_activity_log_remark USING btree (last_related_activity);


--
-- Name: notification_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX notification_branch_object_name ON public.branched_icinga_notification USING btree (branch_uuid, object_name);


--
-- Name: notification_field_datafield; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_field_datafield ON public.icinga_notification_field USING btree (datafield_id);


--
-- Name: notification_field_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX notification_field_key ON public.icinga_notification_field USING btree (notification_id, datafield_id);


--
-- Name: notification_field_notification; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_field_notification ON public.icinga_notification_field USING btree (notification_id);


--
-- Name: notification_inheritance; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX notification_inheritance ON public.icinga_notification_inheritance USING btree (notification_id, weight);


--
-- Name: notification_resolved_var_notification_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_resolved_var_notification_id ON public.icinga_notification_resolved_var USING btree (notification_id);


--
-- Name: notification_resolved_var_schecksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_resolved_var_schecksum ON public.icinga_notification_resolved_var USING btree (checksum);


--
-- Name: notification_resolved_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_resolved_var_search_varname ON public.icinga_notification_resolved_var USING btree (varname);


--
-- Name: notification_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_var_checksum ON public.icinga_notification_var USING btree (checksum);


--
-- Name: notification_var_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_var_command ON public.icinga_notification_var USING btree (notification_id);


--
-- Name: notification_var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_var_search_idx ON public.icinga_notification_var USING btree (varname);


--
-- Name: object_name_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX object_name_host ON public.icinga_host USING btree (object_name, zone_id);


--
-- Name: scheduled_downtime_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX scheduled_downtime_branch_object_name ON public.branched_icinga_scheduled_downtime USING btree (branch_uuid, object_name);


--
-- Name: scheduled_downtime_inheritance_scheduled_downtime; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scheduled_downtime_inheritance_scheduled_downtime ON public.icinga_scheduled_downtime_inheritance USING btree (scheduled_downtime_id);


--
-- Name: scheduled_downtime_inheritance_scheduled_downtime_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scheduled_downtime_inheritance_scheduled_downtime_parent ON public.icinga_scheduled_downtime_inheritance USING btree (parent_scheduled_downtime_id);


--
-- Name: scheduled_downtime_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX scheduled_downtime_inheritance_unique_order ON public.icinga_scheduled_downtime_inheritance USING btree (scheduled_downtime_id, weight);


--
-- Name: scheduled_downtime_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX scheduled_downtime_object_name ON public.icinga_scheduled_downtime USING btree (object_name);


--
-- Name: scheduled_downtime_range_scheduled_downtime; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scheduled_downtime_range_scheduled_downtime ON public.icinga_scheduled_downtime_range USING btree (scheduled_downtime_id);


--
-- Name: scheduled_downtime_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scheduled_downtime_zone ON public.icinga_scheduled_downtime USING btree (zone_id);


--
-- Name: search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX search_idx ON public.director_datafield USING btree (varname);


--
-- Name: service_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_branch_object_name ON public.branched_icinga_service USING btree (branch_uuid, object_name);


--
-- Name: service_check_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_check_command ON public.icinga_service USING btree (check_command_id);


--
-- Name: service_command_endpoint; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_command_endpoint ON public.icinga_service USING btree (command_endpoint_id);


--
-- Name: service_event_command; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_event_command ON public.icinga_service USING btree (event_command_id);


--
-- Name: service_field_datafield; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_field_datafield ON public.icinga_service_field USING btree (datafield_id);


--
-- Name: service_field_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_field_key ON public.icinga_service_field USING btree (service_id, datafield_id);


--
-- Name: service_field_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_field_service ON public.icinga_service_field USING btree (service_id);


--
-- Name: service_inheritance_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_inheritance_service ON public.icinga_service_inheritance USING btree (service_id);


--
-- Name: service_inheritance_service_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_inheritance_service_parent ON public.icinga_service_inheritance USING btree (parent_service_id);


--
-- Name: service_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_inheritance_unique_order ON public.icinga_service_inheritance USING btree (service_id, weight);


--
-- Name: service_resolved_var_schecksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_resolved_var_schecksum ON public.icinga_service_resolved_var USING btree (checksum);


--
-- Name: service_resolved_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_resolved_var_search_varname ON public.icinga_service_resolved_var USING btree (varname);


--
-- Name: service_resolved_var_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_resolved_var_service_id ON public.icinga_service_resolved_var USING btree (service_id);


--
-- Name: service_set_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_set_branch_object_name ON public.branched_icinga_service_set USING btree (branch_uuid, object_name);


--
-- Name: service_set_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_host ON public.icinga_service_set USING btree (host_id);


--
-- Name: service_set_inheritance_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_inheritance_parent ON public.icinga_service_set_inheritance USING btree (parent_service_set_id);


--
-- Name: service_set_inheritance_set; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_inheritance_set ON public.icinga_service_set_inheritance USING btree (service_set_id);


--
-- Name: service_set_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_set_inheritance_unique_order ON public.icinga_service_set_inheritance USING btree (service_set_id, weight);


--
-- Name: service_set_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_set_name ON public.icinga_service_set USING btree (object_name, host_id);


--
-- Name: service_set_resolved_var_schecksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_resolved_var_schecksum ON public.icinga_service_set_resolved_var USING btree (checksum);


--
-- Name: service_set_resolved_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_resolved_var_search_varname ON public.icinga_service_set_resolved_var USING btree (varname);


--
-- Name: service_set_resolved_var_service_set_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_resolved_var_service_set_id ON public.icinga_service_set_resolved_var USING btree (service_set_id);


--
-- Name: service_set_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_var_checksum ON public.icinga_service_set_var USING btree (checksum);


--
-- Name: service_set_var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_var_search_idx ON public.icinga_service_set_var USING btree (varname);


--
-- Name: service_set_var_service_set; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_set_var_service_set ON public.icinga_service_set_var USING btree (service_set_id);


--
-- Name: service_template_choice; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_template_choice ON public.icinga_service USING btree (template_choice_id);


--
-- Name: service_template_choice_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX service_template_choice_object_name ON public.icinga_service_template_choice USING btree (object_name);


--
-- Name: service_template_choice_required_template; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_template_choice_required_template ON public.icinga_service_template_choice USING btree (required_template_id);


--
-- Name: service_timeperiod; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_timeperiod ON public.icinga_service USING btree (check_period_id);


--
-- Name: service_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_var_checksum ON public.icinga_service_var USING btree (checksum);


--
-- Name: service_var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_var_search_idx ON public.icinga_service_var USING btree (varname);


--
-- Name: service_var_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_var_service ON public.icinga_service_var USING btree (service_id);


--
-- Name: service_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_zone ON public.icinga_service USING btree (zone_id);


--
-- Name: servicegroup_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX servicegroup_branch_object_name ON public.branched_icinga_servicegroup USING btree (branch_uuid, object_name);


--
-- Name: servicegroup_inheritance_servicegroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_inheritance_servicegroup ON public.icinga_servicegroup_inheritance USING btree (servicegroup_id);


--
-- Name: servicegroup_inheritance_servicegroup_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_inheritance_servicegroup_parent ON public.icinga_servicegroup_inheritance USING btree (parent_servicegroup_id);


--
-- Name: servicegroup_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX servicegroup_inheritance_unique_order ON public.icinga_servicegroup_inheritance USING btree (servicegroup_id, weight);


--
-- Name: servicegroup_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX servicegroup_object_name ON public.icinga_servicegroup USING btree (object_name);


--
-- Name: servicegroup_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_search_idx ON public.icinga_servicegroup USING btree (display_name);


--
-- Name: servicegroup_service_resolved_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_service_resolved_service ON public.icinga_servicegroup_service_resolved USING btree (service_id);


--
-- Name: servicegroup_service_resolved_servicegroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_service_resolved_servicegroup ON public.icinga_servicegroup_service_resolved USING btree (servicegroup_id);


--
-- Name: servicegroup_service_service; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_service_service ON public.icinga_servicegroup_service USING btree (service_id);


--
-- Name: servicegroup_service_servicegroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_service_servicegroup ON public.icinga_servicegroup_service USING btree (servicegroup_id);


--
-- Name: start_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX start_time_idx ON public.director_deployment_log USING btree (start_time);


--
-- Name: sync_property_rule; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sync_property_rule ON public.sync_property USING btree (rule_id);


--
-- Name: sync_property_source; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sync_property_source ON public.sync_property USING btree (source_id);


--
-- Name: sync_rule_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sync_rule_name ON public.sync_rule USING btree (rule_name);


--
-- Name: timeperiod_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX timeperiod_branch_object_name ON public.branched_icinga_timeperiod USING btree (branch_uuid, object_name);


--
-- Name: timeperiod_inheritance_timeperiod; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX timeperiod_inheritance_timeperiod ON public.icinga_timeperiod_inheritance USING btree (timeperiod_id);


--
-- Name: timeperiod_inheritance_timeperiod_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX timeperiod_inheritance_timeperiod_parent ON public.icinga_timeperiod_inheritance USING btree (parent_timeperiod_id);


--
-- Name: timeperiod_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX timeperiod_inheritance_unique_order ON public.icinga_timeperiod_inheritance USING btree (timeperiod_id, weight);


--
-- Name: timeperiod_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX timeperiod_object_name ON public.icinga_timeperiod USING btree (object_name, zone_id);


--
-- Name: timeperiod_range_timeperiod; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX timeperiod_range_timeperiod ON public.icinga_timeperiod_range USING btree (timeperiod_id);


--
-- Name: timeperiod_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX timeperiod_zone ON public.icinga_timeperiod USING btree (zone_id);


--
-- Name: user_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX user_branch_object_name ON public.branched_icinga_user USING btree (branch_uuid, object_name);


--
-- Name: user_field_datafield; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_field_datafield ON public.icinga_user_field USING btree (datafield_id);


--
-- Name: user_field_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX user_field_key ON public.icinga_user_field USING btree (user_id, datafield_id);


--
-- Name: user_field_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_field_user ON public.icinga_user_field USING btree (user_id);


--
-- Name: user_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX user_inheritance_unique_order ON public.icinga_user_inheritance USING btree (user_id, weight);


--
-- Name: user_inheritance_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_inheritance_user ON public.icinga_user_inheritance USING btree (user_id);


--
-- Name: user_inheritance_user_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_inheritance_user_parent ON public.icinga_user_inheritance USING btree (parent_user_id);


--
-- Name: user_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX user_object_name ON public.icinga_user USING btree (object_name, zone_id);


--
-- Name: user_resolved_var_schecksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_resolved_var_schecksum ON public.icinga_user_resolved_var USING btree (checksum);


--
-- Name: user_resolved_var_search_varname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_resolved_var_search_varname ON public.icinga_user_resolved_var USING btree (varname);


--
-- Name: user_resolved_var_user_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_resolved_var_user_id ON public.icinga_user_resolved_var USING btree (user_id);


--
-- Name: user_states_set_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_states_set_user ON public.icinga_user_states_set USING btree (user_id);


--
-- Name: user_types_set_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_types_set_user ON public.icinga_user_types_set USING btree (user_id);


--
-- Name: user_var_checksum; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_var_checksum ON public.icinga_user_var USING btree (checksum);


--
-- Name: user_var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_var_search_idx ON public.icinga_user_var USING btree (varname);


--
-- Name: user_var_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_var_user ON public.icinga_user_var USING btree (user_id);


--
-- Name: user_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX user_zone ON public.icinga_user USING btree (zone_id);


--
-- Name: usergroup_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX usergroup_branch_object_name ON public.branched_icinga_usergroup USING btree (branch_uuid, object_name);


--
-- Name: usergroup_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX usergroup_inheritance_unique_order ON public.icinga_usergroup_inheritance USING btree (usergroup_id, weight);


--
-- Name: usergroup_inheritance_usergroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_inheritance_usergroup ON public.icinga_usergroup_inheritance USING btree (usergroup_id);


--
-- Name: usergroup_inheritance_usergroup_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_inheritance_usergroup_parent ON public.icinga_usergroup_inheritance USING btree (parent_usergroup_id);


--
-- Name: usergroup_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_object_name ON public.icinga_usergroup USING btree (object_name);


--
-- Name: usergroup_parent_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_parent_parent ON public.icinga_usergroup_parent USING btree (parent_usergroup_id);


--
-- Name: usergroup_parent_usergroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_parent_usergroup ON public.icinga_usergroup_parent USING btree (usergroup_id);


--
-- Name: usergroup_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX usergroup_search_idx ON public.icinga_usergroup USING btree (display_name);


--
-- Name: usergroup_user_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_user_user ON public.icinga_usergroup_user USING btree (user_id);


--
-- Name: usergroup_user_usergroup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_user_usergroup ON public.icinga_usergroup_user USING btree (usergroup_id);


--
-- Name: usergroup_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX usergroup_zone ON public.icinga_usergroup USING btree (zone_id);


--
-- Name: var_search_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX var_search_idx ON public.icinga_var USING btree (varname);


--
-- Name: zone_branch_object_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX zone_branch_object_name ON public.branched_icinga_zone USING btree (branch_uuid, object_name);


--
-- Name: zone_inheritance_unique_order; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX zone_inheritance_unique_order ON public.icinga_zone_inheritance USING btree (zone_id, weight);


--
-- Name: zone_inheritance_zone; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zone_inheritance_zone ON public.icinga_zone_inheritance USING btree (zone_id);


--
-- Name: zone_inheritance_zone_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zone_inheritance_zone_parent ON public.icinga_zone_inheritance USING btree (parent_zone_id);


--
-- Name: zone_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX zone_parent ON public.icinga_zone USING btree (parent_id);


--
-- Name: director_activity_log_remark activity_log_remark_begin; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_activity_log_remark
    ADD CONSTRAINT activity_log_remark_begin FOREIGN KEY (first_related_activity) REFERENCES public.director_activity_log(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: director_activity_log_remark activity_log_remark_end; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_activity_log_remark
    ADD CONSTRAINT activity_log_remark_end FOREIGN KEY (last_related_activity) REFERENCES public.director_activity_log(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: director_basket_snapshot basked_snapshot_basket; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_basket_snapshot
    ADD CONSTRAINT basked_snapshot_basket FOREIGN KEY (basket_uuid) REFERENCES public.director_basket(uuid) ON UPDATE RESTRICT ON DELETE CASCADE;


--
-- Name: director_basket_snapshot basked_snapshot_content; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_basket_snapshot
    ADD CONSTRAINT basked_snapshot_content FOREIGN KEY (content_checksum) REFERENCES public.director_basket_content(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: director_branch_activity branch_activity_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_branch_activity
    ADD CONSTRAINT branch_activity_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command_resolved_var command_resolved_var_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_resolved_var
    ADD CONSTRAINT command_resolved_var_checksum FOREIGN KEY (checksum) REFERENCES public.icinga_var(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: icinga_command_resolved_var command_resolved_var_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_resolved_var
    ADD CONSTRAINT command_resolved_var_command FOREIGN KEY (command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: director_deployment_log config_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_deployment_log
    ADD CONSTRAINT config_checksum FOREIGN KEY (config_checksum) REFERENCES public.director_generated_config(checksum) ON UPDATE RESTRICT ON DELETE SET NULL;


--
-- Name: director_datafield_setting datafield_id_settings; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield_setting
    ADD CONSTRAINT datafield_id_settings FOREIGN KEY (datafield_id) REFERENCES public.director_datafield(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: director_datafield director_datafield_category; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datafield
    ADD CONSTRAINT director_datafield_category FOREIGN KEY (category_id) REFERENCES public.director_datafield_category(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: director_datalist_entry director_datalist_entry_datalist; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_datalist_entry
    ADD CONSTRAINT director_datalist_entry_datalist FOREIGN KEY (list_id) REFERENCES public.director_datalist(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: director_generated_config director_generated_config_activity; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_generated_config
    ADD CONSTRAINT director_generated_config_activity FOREIGN KEY (last_activity_checksum) REFERENCES public.director_activity_log(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: director_generated_config_file director_generated_config_file_config; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_generated_config_file
    ADD CONSTRAINT director_generated_config_file_config FOREIGN KEY (config_checksum) REFERENCES public.director_generated_config(checksum) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: director_generated_config_file director_generated_config_file_file; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_generated_config_file
    ADD CONSTRAINT director_generated_config_file_file FOREIGN KEY (file_checksum) REFERENCES public.director_generated_file(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: director_job director_job_period; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_job
    ADD CONSTRAINT director_job_period FOREIGN KEY (timeperiod_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: director_job_setting director_job_setting_job; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.director_job_setting
    ADD CONSTRAINT director_job_setting_job FOREIGN KEY (job_id) REFERENCES public.director_job(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_flat_var flat_var_var; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_flat_var
    ADD CONSTRAINT flat_var_var FOREIGN KEY (var_checksum) REFERENCES public.icinga_var(checksum) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_resolved_var host_resolved_var_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_resolved_var
    ADD CONSTRAINT host_resolved_var_checksum FOREIGN KEY (checksum) REFERENCES public.icinga_var(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: icinga_host_resolved_var host_resolved_var_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_resolved_var
    ADD CONSTRAINT host_resolved_var_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_template_choice host_template_choice_required_template; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_template_choice
    ADD CONSTRAINT host_template_choice_required_template FOREIGN KEY (required_template_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_endpoint icinga_apiuser; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint
    ADD CONSTRAINT icinga_apiuser FOREIGN KEY (apiuser_id) REFERENCES public.icinga_apiuser(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_apiuser icinga_apiuser_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_apiuser
    ADD CONSTRAINT icinga_apiuser_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command_argument icinga_command_argument_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_argument
    ADD CONSTRAINT icinga_command_argument_command FOREIGN KEY (command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: branched_icinga_command icinga_command_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_command
    ADD CONSTRAINT icinga_command_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command_field icinga_command_field_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_field
    ADD CONSTRAINT icinga_command_field_command FOREIGN KEY (command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command_field icinga_command_field_datafield; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_field
    ADD CONSTRAINT icinga_command_field_datafield FOREIGN KEY (datafield_id) REFERENCES public.director_datafield(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command_inheritance icinga_command_inheritance_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_inheritance
    ADD CONSTRAINT icinga_command_inheritance_command FOREIGN KEY (command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command_inheritance icinga_command_inheritance_parent_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_inheritance
    ADD CONSTRAINT icinga_command_inheritance_parent_command FOREIGN KEY (parent_command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_command_var icinga_command_var_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command_var
    ADD CONSTRAINT icinga_command_var_command FOREIGN KEY (command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_command icinga_command_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_command
    ADD CONSTRAINT icinga_command_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_dependency icinga_dependency_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_dependency
    ADD CONSTRAINT icinga_dependency_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_dependency icinga_dependency_child_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_child_host FOREIGN KEY (child_host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_dependency icinga_dependency_child_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_child_service FOREIGN KEY (child_service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_dependency_inheritance icinga_dependency_inheritance_dependency; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency_inheritance
    ADD CONSTRAINT icinga_dependency_inheritance_dependency FOREIGN KEY (dependency_id) REFERENCES public.icinga_dependency(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_dependency_inheritance icinga_dependency_inheritance_parent_dependency; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency_inheritance
    ADD CONSTRAINT icinga_dependency_inheritance_parent_dependency FOREIGN KEY (parent_dependency_id) REFERENCES public.icinga_dependency(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_dependency icinga_dependency_parent_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_parent_host FOREIGN KEY (parent_host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_dependency icinga_dependency_parent_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_parent_service FOREIGN KEY (parent_service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_dependency icinga_dependency_period; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_period FOREIGN KEY (period_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_dependency_states_set icinga_dependency_states_set_dependency; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency_states_set
    ADD CONSTRAINT icinga_dependency_states_set_dependency FOREIGN KEY (dependency_id) REFERENCES public.icinga_dependency(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_dependency icinga_dependency_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dependency
    ADD CONSTRAINT icinga_dependency_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_endpoint icinga_endpoint_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_endpoint
    ADD CONSTRAINT icinga_endpoint_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_endpoint_inheritance icinga_endpoint_inheritance_endpoint; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint_inheritance
    ADD CONSTRAINT icinga_endpoint_inheritance_endpoint FOREIGN KEY (endpoint_id) REFERENCES public.icinga_endpoint(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_endpoint_inheritance icinga_endpoint_inheritance_parent_endpoint; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint_inheritance
    ADD CONSTRAINT icinga_endpoint_inheritance_parent_endpoint FOREIGN KEY (parent_endpoint_id) REFERENCES public.icinga_endpoint(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_endpoint icinga_endpoint_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoint
    ADD CONSTRAINT icinga_endpoint_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_host icinga_host_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_host
    ADD CONSTRAINT icinga_host_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host icinga_host_check_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_check_command FOREIGN KEY (check_command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_host icinga_host_check_period; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_check_period FOREIGN KEY (check_period_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_host icinga_host_command_endpoint; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_command_endpoint FOREIGN KEY (command_endpoint_id) REFERENCES public.icinga_endpoint(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_host icinga_host_event_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_event_command FOREIGN KEY (event_command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_host_field icinga_host_field_datafield; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_field
    ADD CONSTRAINT icinga_host_field_datafield FOREIGN KEY (datafield_id) REFERENCES public.director_datafield(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_field icinga_host_field_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_field
    ADD CONSTRAINT icinga_host_field_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_inheritance icinga_host_inheritance_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_inheritance
    ADD CONSTRAINT icinga_host_inheritance_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_inheritance icinga_host_inheritance_parent_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_inheritance
    ADD CONSTRAINT icinga_host_inheritance_parent_host FOREIGN KEY (parent_host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_host_service_blacklist icinga_host_service__bl_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_service_blacklist
    ADD CONSTRAINT icinga_host_service__bl_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_service_blacklist icinga_host_service_bl_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_service_blacklist
    ADD CONSTRAINT icinga_host_service_bl_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_service icinga_host_service_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_service
    ADD CONSTRAINT icinga_host_service_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host_service icinga_host_service_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_service
    ADD CONSTRAINT icinga_host_service_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host icinga_host_template_choice; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_template_choice FOREIGN KEY (template_choice_id) REFERENCES public.icinga_host_template_choice(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: icinga_host_var icinga_host_var_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_var
    ADD CONSTRAINT icinga_host_var_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_host icinga_host_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host
    ADD CONSTRAINT icinga_host_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_hostgroup icinga_hostgroup_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_hostgroup
    ADD CONSTRAINT icinga_hostgroup_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_host icinga_hostgroup_host_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_host
    ADD CONSTRAINT icinga_hostgroup_host_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_host icinga_hostgroup_host_hostgroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_host
    ADD CONSTRAINT icinga_hostgroup_host_hostgroup FOREIGN KEY (hostgroup_id) REFERENCES public.icinga_hostgroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_host_resolved icinga_hostgroup_host_resolved_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_host_resolved
    ADD CONSTRAINT icinga_hostgroup_host_resolved_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_host_resolved icinga_hostgroup_host_resolved_hostgroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_host_resolved
    ADD CONSTRAINT icinga_hostgroup_host_resolved_hostgroup FOREIGN KEY (hostgroup_id) REFERENCES public.icinga_hostgroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_inheritance icinga_hostgroup_inheritance_hostgroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_inheritance
    ADD CONSTRAINT icinga_hostgroup_inheritance_hostgroup FOREIGN KEY (hostgroup_id) REFERENCES public.icinga_hostgroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_inheritance icinga_hostgroup_inheritance_parent_hostgroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_inheritance
    ADD CONSTRAINT icinga_hostgroup_inheritance_parent_hostgroup FOREIGN KEY (parent_hostgroup_id) REFERENCES public.icinga_hostgroup(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_hostgroup_parent icinga_hostgroup_parent_hostgroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_parent
    ADD CONSTRAINT icinga_hostgroup_parent_hostgroup FOREIGN KEY (hostgroup_id) REFERENCES public.icinga_hostgroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_hostgroup_parent icinga_hostgroup_parent_parent; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_parent
    ADD CONSTRAINT icinga_hostgroup_parent_parent FOREIGN KEY (parent_hostgroup_id) REFERENCES public.icinga_hostgroup(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_notification icinga_notification_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_notification
    ADD CONSTRAINT icinga_notification_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification icinga_notification_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_command FOREIGN KEY (command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_notification_field icinga_notification_field_datafield; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_field
    ADD CONSTRAINT icinga_notification_field_datafield FOREIGN KEY (datafield_id) REFERENCES public.director_datafield(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_field icinga_notification_field_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_field
    ADD CONSTRAINT icinga_notification_field_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification icinga_notification_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_inheritance icinga_notification_inheritance_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_inheritance
    ADD CONSTRAINT icinga_notification_inheritance_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_inheritance icinga_notification_inheritance_parent_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_inheritance
    ADD CONSTRAINT icinga_notification_inheritance_parent_notification FOREIGN KEY (parent_notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_notification icinga_notification_period; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_period FOREIGN KEY (period_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_notification icinga_notification_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_states_set icinga_notification_states_set_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_states_set
    ADD CONSTRAINT icinga_notification_states_set_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_types_set icinga_notification_types_set_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_types_set
    ADD CONSTRAINT icinga_notification_types_set_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_user icinga_notification_user_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_user
    ADD CONSTRAINT icinga_notification_user_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_user icinga_notification_user_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_user
    ADD CONSTRAINT icinga_notification_user_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_usergroup icinga_notification_usergroup_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_usergroup
    ADD CONSTRAINT icinga_notification_usergroup_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_usergroup icinga_notification_usergroup_usergroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_usergroup
    ADD CONSTRAINT icinga_notification_usergroup_usergroup FOREIGN KEY (usergroup_id) REFERENCES public.icinga_usergroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_var icinga_notification_var_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_var
    ADD CONSTRAINT icinga_notification_var_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification icinga_notification_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification
    ADD CONSTRAINT icinga_notification_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_scheduled_downtime icinga_scheduled_downtime_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_scheduled_downtime
    ADD CONSTRAINT icinga_scheduled_downtime_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_scheduled_downtime_inheritance icinga_scheduled_downtime_inheritance_parent_scheduled_downtime; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime_inheritance
    ADD CONSTRAINT icinga_scheduled_downtime_inheritance_parent_scheduled_downtime FOREIGN KEY (parent_scheduled_downtime_id) REFERENCES public.icinga_scheduled_downtime(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_scheduled_downtime_inheritance icinga_scheduled_downtime_inheritance_scheduled_downtime; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime_inheritance
    ADD CONSTRAINT icinga_scheduled_downtime_inheritance_scheduled_downtime FOREIGN KEY (scheduled_downtime_id) REFERENCES public.icinga_scheduled_downtime(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_scheduled_downtime_range icinga_scheduled_downtime_range_scheduled_downtime; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime_range
    ADD CONSTRAINT icinga_scheduled_downtime_range_scheduled_downtime FOREIGN KEY (scheduled_downtime_id) REFERENCES public.icinga_scheduled_downtime(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_scheduled_downtime icinga_scheduled_downtime_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduled_downtime
    ADD CONSTRAINT icinga_scheduled_downtime_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_service icinga_service_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_service
    ADD CONSTRAINT icinga_service_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: branched_icinga_service_set icinga_service_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_service_set
    ADD CONSTRAINT icinga_service_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service icinga_service_check_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_check_command FOREIGN KEY (check_command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_service icinga_service_check_period; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_check_period FOREIGN KEY (check_period_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_service icinga_service_command_endpoint; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_command_endpoint FOREIGN KEY (command_endpoint_id) REFERENCES public.icinga_endpoint(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_service icinga_service_event_command; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_event_command FOREIGN KEY (event_command_id) REFERENCES public.icinga_command(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_service_field icinga_service_field_datafield; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_field
    ADD CONSTRAINT icinga_service_field_datafield FOREIGN KEY (datafield_id) REFERENCES public.director_datafield(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_field icinga_service_field_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_field
    ADD CONSTRAINT icinga_service_field_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service icinga_service_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_inheritance icinga_service_inheritance_parent_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_inheritance
    ADD CONSTRAINT icinga_service_inheritance_parent_service FOREIGN KEY (parent_service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_service_inheritance icinga_service_inheritance_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_inheritance
    ADD CONSTRAINT icinga_service_inheritance_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service icinga_service_service_set; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_service_set FOREIGN KEY (service_set_id) REFERENCES public.icinga_service_set(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_set icinga_service_set_host; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set
    ADD CONSTRAINT icinga_service_set_host FOREIGN KEY (host_id) REFERENCES public.icinga_host(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_set_inheritance icinga_service_set_inheritance_parent; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_inheritance
    ADD CONSTRAINT icinga_service_set_inheritance_parent FOREIGN KEY (parent_service_set_id) REFERENCES public.icinga_service_set(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_service_set_inheritance icinga_service_set_inheritance_set; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_inheritance
    ADD CONSTRAINT icinga_service_set_inheritance_set FOREIGN KEY (service_set_id) REFERENCES public.icinga_service_set(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_set_var icinga_service_set_var_service_set; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_var
    ADD CONSTRAINT icinga_service_set_var_service_set FOREIGN KEY (service_set_id) REFERENCES public.icinga_service_set(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service icinga_service_template_choice; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_template_choice FOREIGN KEY (template_choice_id) REFERENCES public.icinga_service_template_choice(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: icinga_service_var icinga_service_var_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_var
    ADD CONSTRAINT icinga_service_var_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service icinga_service_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service
    ADD CONSTRAINT icinga_service_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_servicegroup icinga_servicegroup_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_servicegroup
    ADD CONSTRAINT icinga_servicegroup_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_servicegroup_inheritance icinga_servicegroup_inheritance_parent_servicegroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_inheritance
    ADD CONSTRAINT icinga_servicegroup_inheritance_parent_servicegroup FOREIGN KEY (parent_servicegroup_id) REFERENCES public.icinga_servicegroup(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_servicegroup_inheritance icinga_servicegroup_inheritance_servicegroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_inheritance
    ADD CONSTRAINT icinga_servicegroup_inheritance_servicegroup FOREIGN KEY (servicegroup_id) REFERENCES public.icinga_servicegroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_servicegroup_service_resolved icinga_servicegroup_service_resolved_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_service_resolved
    ADD CONSTRAINT icinga_servicegroup_service_resolved_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_servicegroup_service_resolved icinga_servicegroup_service_resolved_servicegroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_service_resolved
    ADD CONSTRAINT icinga_servicegroup_service_resolved_servicegroup FOREIGN KEY (servicegroup_id) REFERENCES public.icinga_servicegroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_servicegroup_service icinga_servicegroup_service_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_service
    ADD CONSTRAINT icinga_servicegroup_service_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_servicegroup_service icinga_servicegroup_service_servicegroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_service
    ADD CONSTRAINT icinga_servicegroup_service_servicegroup FOREIGN KEY (servicegroup_id) REFERENCES public.icinga_servicegroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: branched_icinga_timeperiod icinga_timeperiod_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_timeperiod
    ADD CONSTRAINT icinga_timeperiod_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_timeperiod_exclude icinga_timeperiod_exclude; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_exclude
    ADD CONSTRAINT icinga_timeperiod_exclude FOREIGN KEY (timeperiod_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_timeperiod_include icinga_timeperiod_include; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_include
    ADD CONSTRAINT icinga_timeperiod_include FOREIGN KEY (timeperiod_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_timeperiod_inheritance icinga_timeperiod_inheritance_parent_timeperiod; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_inheritance
    ADD CONSTRAINT icinga_timeperiod_inheritance_parent_timeperiod FOREIGN KEY (parent_timeperiod_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_timeperiod_inheritance icinga_timeperiod_inheritance_timeperiod; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_inheritance
    ADD CONSTRAINT icinga_timeperiod_inheritance_timeperiod FOREIGN KEY (timeperiod_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_timeperiod_range icinga_timeperiod_range_timeperiod; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_range
    ADD CONSTRAINT icinga_timeperiod_range_timeperiod FOREIGN KEY (timeperiod_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_timeperiod_exclude icinga_timeperiod_timeperiod_exclude; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_exclude
    ADD CONSTRAINT icinga_timeperiod_timeperiod_exclude FOREIGN KEY (exclude_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_timeperiod_include icinga_timeperiod_timeperiod_include; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_include
    ADD CONSTRAINT icinga_timeperiod_timeperiod_include FOREIGN KEY (include_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_timeperiod icinga_timeperiod_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod
    ADD CONSTRAINT icinga_timeperiod_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_user icinga_user_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_user
    ADD CONSTRAINT icinga_user_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user_field icinga_user_field_datafield; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_field
    ADD CONSTRAINT icinga_user_field_datafield FOREIGN KEY (datafield_id) REFERENCES public.director_datafield(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user_field icinga_user_field_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_field
    ADD CONSTRAINT icinga_user_field_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user_states_set icinga_user_filter_state_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_states_set
    ADD CONSTRAINT icinga_user_filter_state_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user_types_set icinga_user_filter_type_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_types_set
    ADD CONSTRAINT icinga_user_filter_type_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user_inheritance icinga_user_inheritance_parent_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_inheritance
    ADD CONSTRAINT icinga_user_inheritance_parent_user FOREIGN KEY (parent_user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_user_inheritance icinga_user_inheritance_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_inheritance
    ADD CONSTRAINT icinga_user_inheritance_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user icinga_user_period; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user
    ADD CONSTRAINT icinga_user_period FOREIGN KEY (period_id) REFERENCES public.icinga_timeperiod(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_user_var icinga_user_var_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_var
    ADD CONSTRAINT icinga_user_var_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_user icinga_user_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user
    ADD CONSTRAINT icinga_user_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_usergroup icinga_usergroup_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_usergroup
    ADD CONSTRAINT icinga_usergroup_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_usergroup_inheritance icinga_usergroup_inheritance_parent_usergroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_inheritance
    ADD CONSTRAINT icinga_usergroup_inheritance_parent_usergroup FOREIGN KEY (parent_usergroup_id) REFERENCES public.icinga_usergroup(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_usergroup_inheritance icinga_usergroup_inheritance_usergroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_inheritance
    ADD CONSTRAINT icinga_usergroup_inheritance_usergroup FOREIGN KEY (usergroup_id) REFERENCES public.icinga_usergroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_usergroup_parent icinga_usergroup_parent_parent; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_parent
    ADD CONSTRAINT icinga_usergroup_parent_parent FOREIGN KEY (parent_usergroup_id) REFERENCES public.icinga_usergroup(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_usergroup_parent icinga_usergroup_parent_usergroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_parent
    ADD CONSTRAINT icinga_usergroup_parent_usergroup FOREIGN KEY (usergroup_id) REFERENCES public.icinga_usergroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_usergroup_user icinga_usergroup_user_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_user
    ADD CONSTRAINT icinga_usergroup_user_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_usergroup_user icinga_usergroup_user_usergroup; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup_user
    ADD CONSTRAINT icinga_usergroup_user_usergroup FOREIGN KEY (usergroup_id) REFERENCES public.icinga_usergroup(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_usergroup icinga_usergroup_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_usergroup
    ADD CONSTRAINT icinga_usergroup_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: branched_icinga_zone icinga_zone_branch; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.branched_icinga_zone
    ADD CONSTRAINT icinga_zone_branch FOREIGN KEY (branch_uuid) REFERENCES public.director_branch(uuid) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_zone_inheritance icinga_zone_inheritance_parent_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone_inheritance
    ADD CONSTRAINT icinga_zone_inheritance_parent_zone FOREIGN KEY (parent_zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: icinga_zone_inheritance icinga_zone_inheritance_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone_inheritance
    ADD CONSTRAINT icinga_zone_inheritance_zone FOREIGN KEY (zone_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_zone icinga_zone_parent_zone; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zone
    ADD CONSTRAINT icinga_zone_parent_zone FOREIGN KEY (parent_id) REFERENCES public.icinga_zone(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: import_run import_run_rowset; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_run
    ADD CONSTRAINT import_run_rowset FOREIGN KEY (rowset_checksum) REFERENCES public.imported_rowset(checksum) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: import_run import_run_source; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_run
    ADD CONSTRAINT import_run_source FOREIGN KEY (source_id) REFERENCES public.import_source(id) ON UPDATE RESTRICT ON DELETE CASCADE;


--
-- Name: import_source_setting import_source_settings_source; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_source_setting
    ADD CONSTRAINT import_source_settings_source FOREIGN KEY (source_id) REFERENCES public.import_source(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: imported_row_property imported_row_property_property; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_row_property
    ADD CONSTRAINT imported_row_property_property FOREIGN KEY (property_checksum) REFERENCES public.imported_property(checksum) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: imported_row_property imported_row_property_row; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_row_property
    ADD CONSTRAINT imported_row_property_row FOREIGN KEY (row_checksum) REFERENCES public.imported_row(checksum) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: imported_rowset_row imported_rowset_row_row; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_rowset_row
    ADD CONSTRAINT imported_rowset_row_row FOREIGN KEY (row_checksum) REFERENCES public.imported_row(checksum) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: imported_rowset_row imported_rowset_row_rowset; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.imported_rowset_row
    ADD CONSTRAINT imported_rowset_row_rowset FOREIGN KEY (rowset_checksum) REFERENCES public.imported_rowset(checksum) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_notification_resolved_var notification_resolved_var_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_resolved_var
    ADD CONSTRAINT notification_resolved_var_checksum FOREIGN KEY (checksum) REFERENCES public.icinga_var(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: icinga_notification_resolved_var notification_resolved_var_notification; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notification_resolved_var
    ADD CONSTRAINT notification_resolved_var_notification FOREIGN KEY (notification_id) REFERENCES public.icinga_notification(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: import_row_modifier row_modifier_import_source; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_row_modifier
    ADD CONSTRAINT row_modifier_import_source FOREIGN KEY (source_id) REFERENCES public.import_source(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: import_row_modifier_setting row_modifier_settings; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.import_row_modifier_setting
    ADD CONSTRAINT row_modifier_settings FOREIGN KEY (row_modifier_id) REFERENCES public.import_row_modifier(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_resolved_var service_resolved_var_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_resolved_var
    ADD CONSTRAINT service_resolved_var_checksum FOREIGN KEY (checksum) REFERENCES public.icinga_var(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: icinga_service_resolved_var service_resolved_var_service; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_resolved_var
    ADD CONSTRAINT service_resolved_var_service FOREIGN KEY (service_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_set_resolved_var service_set_resolved_var_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_resolved_var
    ADD CONSTRAINT service_set_resolved_var_checksum FOREIGN KEY (checksum) REFERENCES public.icinga_var(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: icinga_service_set_resolved_var service_set_resolved_var_service_set; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_set_resolved_var
    ADD CONSTRAINT service_set_resolved_var_service_set FOREIGN KEY (service_set_id) REFERENCES public.icinga_service_set(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: icinga_service_template_choice service_template_choice_required_template; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_template_choice
    ADD CONSTRAINT service_template_choice_required_template FOREIGN KEY (required_template_id) REFERENCES public.icinga_service(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: sync_property sync_property_rule; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_property
    ADD CONSTRAINT sync_property_rule FOREIGN KEY (rule_id) REFERENCES public.sync_rule(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- Name: sync_property sync_property_source; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_property
    ADD CONSTRAINT sync_property_source FOREIGN KEY (source_id) REFERENCES public.import_source(id) ON UPDATE CASCADE ON DELETE RESTRICT;


--
-- Name: sync_run sync_run_rule; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sync_run
    ADD CONSTRAINT sync_run_rule FOREIGN KEY (rule_id) REFERENCES public.sync_rule(id) ON UPDATE CASCADE ON DELETE SET NULL;


--
-- Name: icinga_user_resolved_var user_resolved_var_checksum; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_resolved_var
    ADD CONSTRAINT user_resolved_var_checksum FOREIGN KEY (checksum) REFERENCES public.icinga_var(checksum) ON UPDATE RESTRICT ON DELETE RESTRICT;


--
-- Name: icinga_user_resolved_var user_resolved_var_user; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_user_resolved_var
    ADD CONSTRAINT user_resolved_var_user FOREIGN KEY (user_id) REFERENCES public.icinga_user(id) ON UPDATE CASCADE ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict 2KcMd1sWQ7hVgmGTslJxlxgJ2yuvMfMhI53JCGbTSFODMSfU0R9YX4faP0CJEhX

