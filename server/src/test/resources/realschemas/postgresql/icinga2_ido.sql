--
-- PostgreSQL database dump
--

\restrict g62shulBDjSvFF4n7GMiOnoNmVkvoGxWgvo1DdCsRlMWnJG9XhGsuxQF7emzdmh

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
-- Name: from_unixtime(bigint); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.from_unixtime(bigint) RETURNS timestamp without time zone
    LANGUAGE sql
    AS $_$
  SELECT to_timestamp($1) AT TIME ZONE 'UTC' AS result
$_$;


ALTER FUNCTION public.from_unixtime(bigint) OWNER TO postgres;

--
-- Name: unix_timestamp(timestamp without time zone); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.unix_timestamp(timestamp without time zone) RETURNS bigint
    LANGUAGE sql
    AS $_$
  SELECT CAST(EXTRACT(EPOCH FROM $1) AS bigint) AS result;
$_$;


ALTER FUNCTION public.unix_timestamp(timestamp without time zone) OWNER TO postgres;

--
-- Name: updatedbversion(text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.updatedbversion(version_i text) RETURNS void
    LANGUAGE plpgsql
    AS $$
BEGIN
        IF EXISTS( SELECT * FROM icinga_dbversion WHERE name='idoutils')
        THEN
                UPDATE icinga_dbversion
                SET version=version_i, modify_time=NOW()
		WHERE name='idoutils';
        ELSE
                INSERT INTO icinga_dbversion (dbversion_id, name, version, create_time, modify_time) VALUES ('1', 'idoutils', version_i, NOW(), NOW());
        END IF;

        RETURN;
END;
$$;


ALTER FUNCTION public.updatedbversion(version_i text) OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: icinga_acknowledgements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_acknowledgements (
    acknowledgement_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    entry_time timestamp without time zone,
    entry_time_usec integer DEFAULT 0,
    acknowledgement_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    state integer DEFAULT 0,
    author_name text DEFAULT ''::text,
    comment_data text DEFAULT ''::text,
    is_sticky integer DEFAULT 0,
    persistent_comment integer DEFAULT 0,
    notify_contacts integer DEFAULT 0,
    end_time timestamp without time zone,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_acknowledgements OWNER TO postgres;

--
-- Name: icinga_acknowledgements_acknowledgement_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_acknowledgements_acknowledgement_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_acknowledgements_acknowledgement_id_seq OWNER TO postgres;

--
-- Name: icinga_acknowledgements_acknowledgement_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_acknowledgements_acknowledgement_id_seq OWNED BY public.icinga_acknowledgements.acknowledgement_id;


--
-- Name: icinga_commands; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_commands (
    command_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    command_line text DEFAULT ''::text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_commands OWNER TO postgres;

--
-- Name: icinga_commands_command_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_commands_command_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_commands_command_id_seq OWNER TO postgres;

--
-- Name: icinga_commands_command_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_commands_command_id_seq OWNED BY public.icinga_commands.command_id;


--
-- Name: icinga_commenthistory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_commenthistory (
    commenthistory_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    entry_time timestamp without time zone,
    entry_time_usec integer DEFAULT 0,
    comment_type integer DEFAULT 0,
    entry_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    comment_time timestamp without time zone,
    internal_comment_id bigint DEFAULT 0,
    author_name text DEFAULT ''::text,
    comment_data text DEFAULT ''::text,
    is_persistent integer DEFAULT 0,
    comment_source integer DEFAULT 0,
    expires integer DEFAULT 0,
    expiration_time timestamp without time zone,
    deletion_time timestamp without time zone,
    deletion_time_usec integer DEFAULT 0,
    name text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_commenthistory OWNER TO postgres;

--
-- Name: icinga_commenthistory_commenthistory_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_commenthistory_commenthistory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_commenthistory_commenthistory_id_seq OWNER TO postgres;

--
-- Name: icinga_commenthistory_commenthistory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_commenthistory_commenthistory_id_seq OWNED BY public.icinga_commenthistory.commenthistory_id;


--
-- Name: icinga_comments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_comments (
    comment_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    entry_time timestamp without time zone,
    entry_time_usec integer DEFAULT 0,
    comment_type integer DEFAULT 0,
    entry_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    comment_time timestamp without time zone,
    internal_comment_id bigint DEFAULT 0,
    author_name text DEFAULT ''::text,
    comment_data text DEFAULT ''::text,
    is_persistent integer DEFAULT 0,
    comment_source integer DEFAULT 0,
    expires integer DEFAULT 0,
    expiration_time timestamp without time zone,
    name text,
    session_token integer,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_comments OWNER TO postgres;

--
-- Name: icinga_comments_comment_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_comments_comment_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_comments_comment_id_seq OWNER TO postgres;

--
-- Name: icinga_comments_comment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_comments_comment_id_seq OWNED BY public.icinga_comments.comment_id;


--
-- Name: icinga_configfiles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_configfiles (
    configfile_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    configfile_type integer DEFAULT 0,
    configfile_path text DEFAULT ''::text
);


ALTER TABLE public.icinga_configfiles OWNER TO postgres;

--
-- Name: icinga_configfiles_configfile_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_configfiles_configfile_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_configfiles_configfile_id_seq OWNER TO postgres;

--
-- Name: icinga_configfiles_configfile_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_configfiles_configfile_id_seq OWNED BY public.icinga_configfiles.configfile_id;


--
-- Name: icinga_configfilevariables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_configfilevariables (
    configfilevariable_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    configfile_id bigint DEFAULT 0,
    varname text DEFAULT ''::text,
    varvalue text DEFAULT ''::text
);


ALTER TABLE public.icinga_configfilevariables OWNER TO postgres;

--
-- Name: icinga_configfilevariables_configfilevariable_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_configfilevariables_configfilevariable_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_configfilevariables_configfilevariable_id_seq OWNER TO postgres;

--
-- Name: icinga_configfilevariables_configfilevariable_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_configfilevariables_configfilevariable_id_seq OWNED BY public.icinga_configfilevariables.configfilevariable_id;


--
-- Name: icinga_conninfo; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_conninfo (
    conninfo_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    agent_name text DEFAULT ''::text,
    agent_version text DEFAULT ''::text,
    disposition text DEFAULT ''::text,
    connect_source text DEFAULT ''::text,
    connect_type text DEFAULT ''::text,
    connect_time timestamp without time zone,
    disconnect_time timestamp without time zone,
    last_checkin_time timestamp without time zone,
    data_start_time timestamp without time zone,
    data_end_time timestamp without time zone,
    bytes_processed bigint DEFAULT 0,
    lines_processed bigint DEFAULT 0,
    entries_processed bigint DEFAULT 0
);


ALTER TABLE public.icinga_conninfo OWNER TO postgres;

--
-- Name: icinga_conninfo_conninfo_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_conninfo_conninfo_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_conninfo_conninfo_id_seq OWNER TO postgres;

--
-- Name: icinga_conninfo_conninfo_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_conninfo_conninfo_id_seq OWNED BY public.icinga_conninfo.conninfo_id;


--
-- Name: icinga_contact_addresses; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contact_addresses (
    contact_address_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    contact_id bigint DEFAULT 0,
    address_number integer DEFAULT 0,
    address text DEFAULT ''::text
);


ALTER TABLE public.icinga_contact_addresses OWNER TO postgres;

--
-- Name: icinga_contact_addresses_contact_address_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contact_addresses_contact_address_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contact_addresses_contact_address_id_seq OWNER TO postgres;

--
-- Name: icinga_contact_addresses_contact_address_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contact_addresses_contact_address_id_seq OWNED BY public.icinga_contact_addresses.contact_address_id;


--
-- Name: icinga_contact_notificationcommands; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contact_notificationcommands (
    contact_notificationcommand_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    contact_id bigint DEFAULT 0,
    notification_type integer DEFAULT 0,
    command_object_id bigint DEFAULT 0,
    command_args text DEFAULT ''::text
);


ALTER TABLE public.icinga_contact_notificationcommands OWNER TO postgres;

--
-- Name: icinga_contact_notificationco_contact_notificationcommand_i_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contact_notificationco_contact_notificationcommand_i_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contact_notificationco_contact_notificationcommand_i_seq OWNER TO postgres;

--
-- Name: icinga_contact_notificationco_contact_notificationcommand_i_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contact_notificationco_contact_notificationcommand_i_seq OWNED BY public.icinga_contact_notificationcommands.contact_notificationcommand_id;


--
-- Name: icinga_contactgroup_members; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contactgroup_members (
    contactgroup_member_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    contactgroup_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0,
    session_token integer
);


ALTER TABLE public.icinga_contactgroup_members OWNER TO postgres;

--
-- Name: icinga_contactgroup_members_contactgroup_member_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contactgroup_members_contactgroup_member_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contactgroup_members_contactgroup_member_id_seq OWNER TO postgres;

--
-- Name: icinga_contactgroup_members_contactgroup_member_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contactgroup_members_contactgroup_member_id_seq OWNED BY public.icinga_contactgroup_members.contactgroup_member_id;


--
-- Name: icinga_contactgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contactgroups (
    contactgroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    contactgroup_object_id bigint DEFAULT 0,
    alias text DEFAULT ''::text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_contactgroups OWNER TO postgres;

--
-- Name: icinga_contactgroups_contactgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contactgroups_contactgroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contactgroups_contactgroup_id_seq OWNER TO postgres;

--
-- Name: icinga_contactgroups_contactgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contactgroups_contactgroup_id_seq OWNED BY public.icinga_contactgroups.contactgroup_id;


--
-- Name: icinga_contactnotificationmethods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contactnotificationmethods (
    contactnotificationmethod_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    contactnotification_id bigint DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    command_object_id bigint DEFAULT 0,
    command_args text DEFAULT ''::text
);


ALTER TABLE public.icinga_contactnotificationmethods OWNER TO postgres;

--
-- Name: icinga_contactnotificationmeth_contactnotificationmethod_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contactnotificationmeth_contactnotificationmethod_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contactnotificationmeth_contactnotificationmethod_id_seq OWNER TO postgres;

--
-- Name: icinga_contactnotificationmeth_contactnotificationmethod_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contactnotificationmeth_contactnotificationmethod_id_seq OWNED BY public.icinga_contactnotificationmethods.contactnotificationmethod_id;


--
-- Name: icinga_contactnotifications; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contactnotifications (
    contactnotification_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    notification_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_contactnotifications OWNER TO postgres;

--
-- Name: icinga_contactnotifications_contactnotification_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contactnotifications_contactnotification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contactnotifications_contactnotification_id_seq OWNER TO postgres;

--
-- Name: icinga_contactnotifications_contactnotification_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contactnotifications_contactnotification_id_seq OWNED BY public.icinga_contactnotifications.contactnotification_id;


--
-- Name: icinga_contacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contacts (
    contact_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    contact_object_id bigint DEFAULT 0,
    alias text DEFAULT ''::text,
    email_address text DEFAULT ''::text,
    pager_address text DEFAULT ''::text,
    host_timeperiod_object_id bigint DEFAULT 0,
    service_timeperiod_object_id bigint DEFAULT 0,
    host_notifications_enabled integer DEFAULT 0,
    service_notifications_enabled integer DEFAULT 0,
    can_submit_commands integer DEFAULT 0,
    notify_service_recovery integer DEFAULT 0,
    notify_service_warning integer DEFAULT 0,
    notify_service_unknown integer DEFAULT 0,
    notify_service_critical integer DEFAULT 0,
    notify_service_flapping integer DEFAULT 0,
    notify_service_downtime integer DEFAULT 0,
    notify_host_recovery integer DEFAULT 0,
    notify_host_down integer DEFAULT 0,
    notify_host_unreachable integer DEFAULT 0,
    notify_host_flapping integer DEFAULT 0,
    notify_host_downtime integer DEFAULT 0,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_contacts OWNER TO postgres;

--
-- Name: icinga_contacts_contact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contacts_contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contacts_contact_id_seq OWNER TO postgres;

--
-- Name: icinga_contacts_contact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contacts_contact_id_seq OWNED BY public.icinga_contacts.contact_id;


--
-- Name: icinga_contactstatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_contactstatus (
    contactstatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0,
    status_update_time timestamp without time zone,
    host_notifications_enabled integer DEFAULT 0,
    service_notifications_enabled integer DEFAULT 0,
    last_host_notification timestamp without time zone,
    last_service_notification timestamp without time zone,
    modified_attributes integer DEFAULT 0,
    modified_host_attributes integer DEFAULT 0,
    modified_service_attributes integer DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_contactstatus OWNER TO postgres;

--
-- Name: icinga_contactstatus_contactstatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_contactstatus_contactstatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_contactstatus_contactstatus_id_seq OWNER TO postgres;

--
-- Name: icinga_contactstatus_contactstatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_contactstatus_contactstatus_id_seq OWNED BY public.icinga_contactstatus.contactstatus_id;


--
-- Name: icinga_customvariables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_customvariables (
    customvariable_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    object_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    has_been_modified integer DEFAULT 0,
    varname text DEFAULT ''::text,
    varvalue text DEFAULT ''::text,
    is_json integer DEFAULT 0,
    session_token integer
);


ALTER TABLE public.icinga_customvariables OWNER TO postgres;

--
-- Name: icinga_customvariables_customvariable_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_customvariables_customvariable_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_customvariables_customvariable_id_seq OWNER TO postgres;

--
-- Name: icinga_customvariables_customvariable_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_customvariables_customvariable_id_seq OWNED BY public.icinga_customvariables.customvariable_id;


--
-- Name: icinga_customvariablestatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_customvariablestatus (
    customvariablestatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    object_id bigint DEFAULT 0,
    status_update_time timestamp without time zone,
    has_been_modified integer DEFAULT 0,
    varname text DEFAULT ''::text,
    varvalue text DEFAULT ''::text,
    is_json integer DEFAULT 0,
    session_token integer,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_customvariablestatus OWNER TO postgres;

--
-- Name: icinga_customvariablestatus_customvariablestatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_customvariablestatus_customvariablestatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_customvariablestatus_customvariablestatus_id_seq OWNER TO postgres;

--
-- Name: icinga_customvariablestatus_customvariablestatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_customvariablestatus_customvariablestatus_id_seq OWNED BY public.icinga_customvariablestatus.customvariablestatus_id;


--
-- Name: icinga_dbversion; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_dbversion (
    dbversion_id bigint NOT NULL,
    name text DEFAULT ''::text,
    version text DEFAULT ''::text,
    create_time timestamp without time zone,
    modify_time timestamp without time zone
);


ALTER TABLE public.icinga_dbversion OWNER TO postgres;

--
-- Name: icinga_dbversion_dbversion_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_dbversion_dbversion_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_dbversion_dbversion_id_seq OWNER TO postgres;

--
-- Name: icinga_dbversion_dbversion_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_dbversion_dbversion_id_seq OWNED BY public.icinga_dbversion.dbversion_id;


--
-- Name: icinga_downtimehistory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_downtimehistory (
    downtimehistory_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    downtime_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    entry_time timestamp without time zone,
    author_name text DEFAULT ''::text,
    comment_data text DEFAULT ''::text,
    internal_downtime_id bigint DEFAULT 0,
    triggered_by_id bigint DEFAULT 0,
    is_fixed integer DEFAULT 0,
    duration bigint DEFAULT 0,
    scheduled_start_time timestamp without time zone,
    scheduled_end_time timestamp without time zone,
    was_started integer DEFAULT 0,
    actual_start_time timestamp without time zone,
    actual_start_time_usec integer DEFAULT 0,
    actual_end_time timestamp without time zone,
    actual_end_time_usec integer DEFAULT 0,
    was_cancelled integer DEFAULT 0,
    is_in_effect integer DEFAULT 0,
    trigger_time timestamp without time zone,
    name text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_downtimehistory OWNER TO postgres;

--
-- Name: icinga_downtimehistory_downtimehistory_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_downtimehistory_downtimehistory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_downtimehistory_downtimehistory_id_seq OWNER TO postgres;

--
-- Name: icinga_downtimehistory_downtimehistory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_downtimehistory_downtimehistory_id_seq OWNED BY public.icinga_downtimehistory.downtimehistory_id;


--
-- Name: icinga_endpoints; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_endpoints (
    endpoint_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    endpoint_object_id bigint DEFAULT 0,
    zone_object_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    identity text,
    node text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_endpoints OWNER TO postgres;

--
-- Name: icinga_endpoints_endpoint_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_endpoints_endpoint_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_endpoints_endpoint_id_seq OWNER TO postgres;

--
-- Name: icinga_endpoints_endpoint_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_endpoints_endpoint_id_seq OWNED BY public.icinga_endpoints.endpoint_id;


--
-- Name: icinga_endpointstatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_endpointstatus (
    endpointstatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    endpoint_object_id bigint DEFAULT 0,
    zone_object_id bigint DEFAULT 0,
    status_update_time timestamp without time zone,
    identity text,
    node text,
    is_connected integer DEFAULT 0
);


ALTER TABLE public.icinga_endpointstatus OWNER TO postgres;

--
-- Name: icinga_endpointstatus_endpointstatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_endpointstatus_endpointstatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_endpointstatus_endpointstatus_id_seq OWNER TO postgres;

--
-- Name: icinga_endpointstatus_endpointstatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_endpointstatus_endpointstatus_id_seq OWNED BY public.icinga_endpointstatus.endpointstatus_id;


--
-- Name: icinga_eventhandlers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_eventhandlers (
    eventhandler_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    eventhandler_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    state integer DEFAULT 0,
    state_type integer DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    command_object_id bigint DEFAULT 0,
    command_args text DEFAULT ''::text,
    command_line text DEFAULT ''::text,
    timeout integer DEFAULT 0,
    early_timeout integer DEFAULT 0,
    execution_time double precision DEFAULT 0,
    return_code integer DEFAULT 0,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_eventhandlers OWNER TO postgres;

--
-- Name: icinga_eventhandlers_eventhandler_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_eventhandlers_eventhandler_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_eventhandlers_eventhandler_id_seq OWNER TO postgres;

--
-- Name: icinga_eventhandlers_eventhandler_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_eventhandlers_eventhandler_id_seq OWNED BY public.icinga_eventhandlers.eventhandler_id;


--
-- Name: icinga_externalcommands; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_externalcommands (
    externalcommand_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    entry_time timestamp without time zone,
    command_type integer DEFAULT 0,
    command_name text DEFAULT ''::text,
    command_args text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_externalcommands OWNER TO postgres;

--
-- Name: icinga_externalcommands_externalcommand_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_externalcommands_externalcommand_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_externalcommands_externalcommand_id_seq OWNER TO postgres;

--
-- Name: icinga_externalcommands_externalcommand_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_externalcommands_externalcommand_id_seq OWNED BY public.icinga_externalcommands.externalcommand_id;


--
-- Name: icinga_flappinghistory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_flappinghistory (
    flappinghistory_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    event_time timestamp without time zone,
    event_time_usec integer DEFAULT 0,
    event_type integer DEFAULT 0,
    reason_type integer DEFAULT 0,
    flapping_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    percent_state_change double precision DEFAULT 0,
    low_threshold double precision DEFAULT 0,
    high_threshold double precision DEFAULT 0,
    comment_time timestamp without time zone,
    internal_comment_id bigint DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_flappinghistory OWNER TO postgres;

--
-- Name: icinga_flappinghistory_flappinghistory_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_flappinghistory_flappinghistory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_flappinghistory_flappinghistory_id_seq OWNER TO postgres;

--
-- Name: icinga_flappinghistory_flappinghistory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_flappinghistory_flappinghistory_id_seq OWNED BY public.icinga_flappinghistory.flappinghistory_id;


--
-- Name: icinga_host_contactgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_contactgroups (
    host_contactgroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    host_id bigint DEFAULT 0,
    contactgroup_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_host_contactgroups OWNER TO postgres;

--
-- Name: icinga_host_contactgroups_host_contactgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_host_contactgroups_host_contactgroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_host_contactgroups_host_contactgroup_id_seq OWNER TO postgres;

--
-- Name: icinga_host_contactgroups_host_contactgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_host_contactgroups_host_contactgroup_id_seq OWNED BY public.icinga_host_contactgroups.host_contactgroup_id;


--
-- Name: icinga_host_contacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_contacts (
    host_contact_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    host_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_host_contacts OWNER TO postgres;

--
-- Name: icinga_host_contacts_host_contact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_host_contacts_host_contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_host_contacts_host_contact_id_seq OWNER TO postgres;

--
-- Name: icinga_host_contacts_host_contact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_host_contacts_host_contact_id_seq OWNED BY public.icinga_host_contacts.host_contact_id;


--
-- Name: icinga_host_parenthosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_host_parenthosts (
    host_parenthost_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    host_id bigint DEFAULT 0,
    parent_host_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_host_parenthosts OWNER TO postgres;

--
-- Name: icinga_host_parenthosts_host_parenthost_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_host_parenthosts_host_parenthost_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_host_parenthosts_host_parenthost_id_seq OWNER TO postgres;

--
-- Name: icinga_host_parenthosts_host_parenthost_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_host_parenthosts_host_parenthost_id_seq OWNED BY public.icinga_host_parenthosts.host_parenthost_id;


--
-- Name: icinga_hostchecks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostchecks (
    hostcheck_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    check_type integer DEFAULT 0,
    is_raw_check integer DEFAULT 0,
    current_check_attempt integer DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    state integer DEFAULT 0,
    state_type integer DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    command_object_id bigint DEFAULT 0,
    command_args text DEFAULT ''::text,
    command_line text DEFAULT ''::text,
    timeout integer DEFAULT 0,
    early_timeout integer DEFAULT 0,
    execution_time double precision DEFAULT 0,
    latency double precision DEFAULT 0,
    return_code integer DEFAULT 0,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    perfdata text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_hostchecks OWNER TO postgres;

--
-- Name: icinga_hostchecks_hostcheck_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostchecks_hostcheck_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostchecks_hostcheck_id_seq OWNER TO postgres;

--
-- Name: icinga_hostchecks_hostcheck_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostchecks_hostcheck_id_seq OWNED BY public.icinga_hostchecks.hostcheck_id;


--
-- Name: icinga_hostdependencies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostdependencies (
    hostdependency_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    dependent_host_object_id bigint DEFAULT 0,
    dependency_type integer DEFAULT 0,
    inherits_parent integer DEFAULT 0,
    timeperiod_object_id bigint DEFAULT 0,
    fail_on_up integer DEFAULT 0,
    fail_on_down integer DEFAULT 0,
    fail_on_unreachable integer DEFAULT 0
);


ALTER TABLE public.icinga_hostdependencies OWNER TO postgres;

--
-- Name: icinga_hostdependencies_hostdependency_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostdependencies_hostdependency_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostdependencies_hostdependency_id_seq OWNER TO postgres;

--
-- Name: icinga_hostdependencies_hostdependency_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostdependencies_hostdependency_id_seq OWNED BY public.icinga_hostdependencies.hostdependency_id;


--
-- Name: icinga_hostescalation_contactgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostescalation_contactgroups (
    hostescalation_contactgroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    hostescalation_id bigint DEFAULT 0,
    contactgroup_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_hostescalation_contactgroups OWNER TO postgres;

--
-- Name: icinga_hostescalation_contact_hostescalation_contactgroup_i_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostescalation_contact_hostescalation_contactgroup_i_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostescalation_contact_hostescalation_contactgroup_i_seq OWNER TO postgres;

--
-- Name: icinga_hostescalation_contact_hostescalation_contactgroup_i_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostescalation_contact_hostescalation_contactgroup_i_seq OWNED BY public.icinga_hostescalation_contactgroups.hostescalation_contactgroup_id;


--
-- Name: icinga_hostescalation_contacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostescalation_contacts (
    hostescalation_contact_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    hostescalation_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_hostescalation_contacts OWNER TO postgres;

--
-- Name: icinga_hostescalation_contacts_hostescalation_contact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostescalation_contacts_hostescalation_contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostescalation_contacts_hostescalation_contact_id_seq OWNER TO postgres;

--
-- Name: icinga_hostescalation_contacts_hostescalation_contact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostescalation_contacts_hostescalation_contact_id_seq OWNED BY public.icinga_hostescalation_contacts.hostescalation_contact_id;


--
-- Name: icinga_hostescalations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostescalations (
    hostescalation_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    timeperiod_object_id bigint DEFAULT 0,
    first_notification integer DEFAULT 0,
    last_notification integer DEFAULT 0,
    notification_interval double precision DEFAULT 0,
    escalate_on_recovery integer DEFAULT 0,
    escalate_on_down integer DEFAULT 0,
    escalate_on_unreachable integer DEFAULT 0
);


ALTER TABLE public.icinga_hostescalations OWNER TO postgres;

--
-- Name: icinga_hostescalations_hostescalation_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostescalations_hostescalation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostescalations_hostescalation_id_seq OWNER TO postgres;

--
-- Name: icinga_hostescalations_hostescalation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostescalations_hostescalation_id_seq OWNED BY public.icinga_hostescalations.hostescalation_id;


--
-- Name: icinga_hostgroup_members; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroup_members (
    hostgroup_member_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    hostgroup_id bigint DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    session_token integer
);


ALTER TABLE public.icinga_hostgroup_members OWNER TO postgres;

--
-- Name: icinga_hostgroup_members_hostgroup_member_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostgroup_members_hostgroup_member_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostgroup_members_hostgroup_member_id_seq OWNER TO postgres;

--
-- Name: icinga_hostgroup_members_hostgroup_member_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostgroup_members_hostgroup_member_id_seq OWNED BY public.icinga_hostgroup_members.hostgroup_member_id;


--
-- Name: icinga_hostgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hostgroups (
    hostgroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    hostgroup_object_id bigint DEFAULT 0,
    alias text DEFAULT ''::text,
    notes text,
    notes_url text,
    action_url text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_hostgroups OWNER TO postgres;

--
-- Name: icinga_hostgroups_hostgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hostgroups_hostgroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hostgroups_hostgroup_id_seq OWNER TO postgres;

--
-- Name: icinga_hostgroups_hostgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hostgroups_hostgroup_id_seq OWNED BY public.icinga_hostgroups.hostgroup_id;


--
-- Name: icinga_hosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hosts (
    host_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    alias text DEFAULT ''::text,
    display_name text DEFAULT ''::text,
    address text DEFAULT ''::text,
    address6 text DEFAULT ''::text,
    check_command_object_id bigint DEFAULT 0,
    check_command_args text DEFAULT ''::text,
    eventhandler_command_object_id bigint DEFAULT 0,
    eventhandler_command_args text DEFAULT ''::text,
    notification_timeperiod_object_id bigint DEFAULT 0,
    check_timeperiod_object_id bigint DEFAULT 0,
    failure_prediction_options text DEFAULT ''::text,
    check_interval double precision DEFAULT 0,
    retry_interval double precision DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    first_notification_delay double precision DEFAULT 0,
    notification_interval double precision DEFAULT 0,
    notify_on_down integer DEFAULT 0,
    notify_on_unreachable integer DEFAULT 0,
    notify_on_recovery integer DEFAULT 0,
    notify_on_flapping integer DEFAULT 0,
    notify_on_downtime integer DEFAULT 0,
    stalk_on_up integer DEFAULT 0,
    stalk_on_down integer DEFAULT 0,
    stalk_on_unreachable integer DEFAULT 0,
    flap_detection_enabled integer DEFAULT 0,
    flap_detection_on_up integer DEFAULT 0,
    flap_detection_on_down integer DEFAULT 0,
    flap_detection_on_unreachable integer DEFAULT 0,
    low_flap_threshold double precision DEFAULT 0,
    high_flap_threshold double precision DEFAULT 0,
    process_performance_data integer DEFAULT 0,
    freshness_checks_enabled integer DEFAULT 0,
    freshness_threshold integer DEFAULT 0,
    passive_checks_enabled integer DEFAULT 0,
    event_handler_enabled integer DEFAULT 0,
    active_checks_enabled integer DEFAULT 0,
    retain_status_information integer DEFAULT 0,
    retain_nonstatus_information integer DEFAULT 0,
    notifications_enabled integer DEFAULT 0,
    obsess_over_host integer DEFAULT 0,
    failure_prediction_enabled integer DEFAULT 0,
    notes text DEFAULT ''::text,
    notes_url text DEFAULT ''::text,
    action_url text DEFAULT ''::text,
    icon_image text DEFAULT ''::text,
    icon_image_alt text DEFAULT ''::text,
    vrml_image text DEFAULT ''::text,
    statusmap_image text DEFAULT ''::text,
    have_2d_coords integer DEFAULT 0,
    x_2d integer DEFAULT 0,
    y_2d integer DEFAULT 0,
    have_3d_coords integer DEFAULT 0,
    x_3d double precision DEFAULT 0,
    y_3d double precision DEFAULT 0,
    z_3d double precision DEFAULT 0,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_hosts OWNER TO postgres;

--
-- Name: icinga_hosts_host_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hosts_host_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hosts_host_id_seq OWNER TO postgres;

--
-- Name: icinga_hosts_host_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hosts_host_id_seq OWNED BY public.icinga_hosts.host_id;


--
-- Name: icinga_hoststatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_hoststatus (
    hoststatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    status_update_time timestamp without time zone,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    perfdata text DEFAULT ''::text,
    check_source character varying(255) DEFAULT ''::character varying,
    current_state integer DEFAULT 0,
    has_been_checked integer DEFAULT 0,
    should_be_scheduled integer DEFAULT 0,
    current_check_attempt integer DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    last_check timestamp without time zone,
    next_check timestamp without time zone,
    check_type integer DEFAULT 0,
    last_state_change timestamp without time zone,
    last_hard_state_change timestamp without time zone,
    last_hard_state integer DEFAULT 0,
    last_time_up timestamp without time zone,
    last_time_down timestamp without time zone,
    last_time_unreachable timestamp without time zone,
    state_type integer DEFAULT 0,
    last_notification timestamp without time zone,
    next_notification timestamp without time zone,
    no_more_notifications integer DEFAULT 0,
    notifications_enabled integer DEFAULT 0,
    problem_has_been_acknowledged integer DEFAULT 0,
    acknowledgement_type integer DEFAULT 0,
    current_notification_number integer DEFAULT 0,
    passive_checks_enabled integer DEFAULT 0,
    active_checks_enabled integer DEFAULT 0,
    event_handler_enabled integer DEFAULT 0,
    flap_detection_enabled integer DEFAULT 0,
    is_flapping integer DEFAULT 0,
    percent_state_change double precision DEFAULT 0,
    latency double precision DEFAULT 0,
    execution_time double precision DEFAULT 0,
    scheduled_downtime_depth integer DEFAULT 0,
    failure_prediction_enabled integer DEFAULT 0,
    process_performance_data integer DEFAULT 0,
    obsess_over_host integer DEFAULT 0,
    modified_host_attributes integer DEFAULT 0,
    original_attributes text,
    event_handler text DEFAULT ''::text,
    check_command text DEFAULT ''::text,
    normal_check_interval double precision DEFAULT 0,
    retry_check_interval double precision DEFAULT 0,
    check_timeperiod_object_id bigint DEFAULT 0,
    is_reachable integer DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_hoststatus OWNER TO postgres;

--
-- Name: icinga_hoststatus_hoststatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_hoststatus_hoststatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_hoststatus_hoststatus_id_seq OWNER TO postgres;

--
-- Name: icinga_hoststatus_hoststatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_hoststatus_hoststatus_id_seq OWNED BY public.icinga_hoststatus.hoststatus_id;


--
-- Name: icinga_instances; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_instances (
    instance_id bigint NOT NULL,
    instance_name text DEFAULT ''::text,
    instance_description text DEFAULT ''::text
);


ALTER TABLE public.icinga_instances OWNER TO postgres;

--
-- Name: icinga_instances_instance_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_instances_instance_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_instances_instance_id_seq OWNER TO postgres;

--
-- Name: icinga_instances_instance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_instances_instance_id_seq OWNED BY public.icinga_instances.instance_id;


--
-- Name: icinga_logentries; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_logentries (
    logentry_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    logentry_time timestamp without time zone,
    entry_time timestamp without time zone,
    entry_time_usec integer DEFAULT 0,
    logentry_type integer DEFAULT 0,
    logentry_data text DEFAULT ''::text,
    realtime_data integer DEFAULT 0,
    inferred_data_extracted integer DEFAULT 0,
    object_id bigint,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_logentries OWNER TO postgres;

--
-- Name: icinga_logentries_logentry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_logentries_logentry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_logentries_logentry_id_seq OWNER TO postgres;

--
-- Name: icinga_logentries_logentry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_logentries_logentry_id_seq OWNED BY public.icinga_logentries.logentry_id;


--
-- Name: icinga_notifications; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_notifications (
    notification_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    notification_type integer DEFAULT 0,
    notification_reason integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    state integer DEFAULT 0,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    escalated integer DEFAULT 0,
    contacts_notified integer DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_notifications OWNER TO postgres;

--
-- Name: icinga_notifications_notification_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_notifications_notification_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_notifications_notification_id_seq OWNER TO postgres;

--
-- Name: icinga_notifications_notification_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_notifications_notification_id_seq OWNED BY public.icinga_notifications.notification_id;


--
-- Name: icinga_objects; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_objects (
    object_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    objecttype_id bigint DEFAULT 0,
    name1 text,
    name2 text,
    is_active integer DEFAULT 0
);


ALTER TABLE public.icinga_objects OWNER TO postgres;

--
-- Name: icinga_objects_object_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_objects_object_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_objects_object_id_seq OWNER TO postgres;

--
-- Name: icinga_objects_object_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_objects_object_id_seq OWNED BY public.icinga_objects.object_id;


--
-- Name: icinga_processevents; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_processevents (
    processevent_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    event_type integer DEFAULT 0,
    event_time timestamp without time zone,
    event_time_usec integer DEFAULT 0,
    process_id bigint DEFAULT 0,
    program_name text DEFAULT ''::text,
    program_version text DEFAULT ''::text,
    program_date text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_processevents OWNER TO postgres;

--
-- Name: icinga_processevents_processevent_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_processevents_processevent_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_processevents_processevent_id_seq OWNER TO postgres;

--
-- Name: icinga_processevents_processevent_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_processevents_processevent_id_seq OWNED BY public.icinga_processevents.processevent_id;


--
-- Name: icinga_programstatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_programstatus (
    programstatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    program_version text,
    status_update_time timestamp without time zone,
    program_start_time timestamp without time zone,
    program_end_time timestamp without time zone,
    is_currently_running integer DEFAULT 0,
    endpoint_name text DEFAULT ''::text,
    process_id bigint DEFAULT 0,
    daemon_mode integer DEFAULT 0,
    last_command_check timestamp without time zone,
    last_log_rotation timestamp without time zone,
    notifications_enabled integer DEFAULT 0,
    disable_notif_expire_time timestamp without time zone,
    active_service_checks_enabled integer DEFAULT 0,
    passive_service_checks_enabled integer DEFAULT 0,
    active_host_checks_enabled integer DEFAULT 0,
    passive_host_checks_enabled integer DEFAULT 0,
    event_handlers_enabled integer DEFAULT 0,
    flap_detection_enabled integer DEFAULT 0,
    failure_prediction_enabled integer DEFAULT 0,
    process_performance_data integer DEFAULT 0,
    obsess_over_hosts integer DEFAULT 0,
    obsess_over_services integer DEFAULT 0,
    modified_host_attributes integer DEFAULT 0,
    modified_service_attributes integer DEFAULT 0,
    global_host_event_handler text DEFAULT ''::text,
    global_service_event_handler text DEFAULT ''::text,
    config_dump_in_progress integer DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_programstatus OWNER TO postgres;

--
-- Name: icinga_programstatus_programstatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_programstatus_programstatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_programstatus_programstatus_id_seq OWNER TO postgres;

--
-- Name: icinga_programstatus_programstatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_programstatus_programstatus_id_seq OWNED BY public.icinga_programstatus.programstatus_id;


--
-- Name: icinga_runtimevariables; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_runtimevariables (
    runtimevariable_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    varname text DEFAULT ''::text,
    varvalue text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_runtimevariables OWNER TO postgres;

--
-- Name: icinga_runtimevariables_runtimevariable_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_runtimevariables_runtimevariable_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_runtimevariables_runtimevariable_id_seq OWNER TO postgres;

--
-- Name: icinga_runtimevariables_runtimevariable_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_runtimevariables_runtimevariable_id_seq OWNED BY public.icinga_runtimevariables.runtimevariable_id;


--
-- Name: icinga_scheduleddowntime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_scheduleddowntime (
    scheduleddowntime_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    downtime_type integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    entry_time timestamp without time zone,
    author_name text DEFAULT ''::text,
    comment_data text DEFAULT ''::text,
    internal_downtime_id bigint DEFAULT 0,
    triggered_by_id bigint DEFAULT 0,
    is_fixed integer DEFAULT 0,
    duration bigint DEFAULT 0,
    scheduled_start_time timestamp without time zone,
    scheduled_end_time timestamp without time zone,
    was_started integer DEFAULT 0,
    actual_start_time timestamp without time zone,
    actual_start_time_usec integer DEFAULT 0,
    is_in_effect integer DEFAULT 0,
    trigger_time timestamp without time zone,
    name text,
    session_token integer,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_scheduleddowntime OWNER TO postgres;

--
-- Name: icinga_scheduleddowntime_scheduleddowntime_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_scheduleddowntime_scheduleddowntime_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_scheduleddowntime_scheduleddowntime_id_seq OWNER TO postgres;

--
-- Name: icinga_scheduleddowntime_scheduleddowntime_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_scheduleddowntime_scheduleddowntime_id_seq OWNED BY public.icinga_scheduleddowntime.scheduleddowntime_id;


--
-- Name: icinga_service_contactgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_contactgroups (
    service_contactgroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    service_id bigint DEFAULT 0,
    contactgroup_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_service_contactgroups OWNER TO postgres;

--
-- Name: icinga_service_contactgroups_service_contactgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_service_contactgroups_service_contactgroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_service_contactgroups_service_contactgroup_id_seq OWNER TO postgres;

--
-- Name: icinga_service_contactgroups_service_contactgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_service_contactgroups_service_contactgroup_id_seq OWNED BY public.icinga_service_contactgroups.service_contactgroup_id;


--
-- Name: icinga_service_contacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_service_contacts (
    service_contact_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    service_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_service_contacts OWNER TO postgres;

--
-- Name: icinga_service_contacts_service_contact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_service_contacts_service_contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_service_contacts_service_contact_id_seq OWNER TO postgres;

--
-- Name: icinga_service_contacts_service_contact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_service_contacts_service_contact_id_seq OWNED BY public.icinga_service_contacts.service_contact_id;


--
-- Name: icinga_servicechecks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicechecks (
    servicecheck_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    service_object_id bigint DEFAULT 0,
    check_type integer DEFAULT 0,
    current_check_attempt integer DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    state integer DEFAULT 0,
    state_type integer DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    command_object_id bigint DEFAULT 0,
    command_args text DEFAULT ''::text,
    command_line text DEFAULT ''::text,
    timeout integer DEFAULT 0,
    early_timeout integer DEFAULT 0,
    execution_time double precision DEFAULT 0,
    latency double precision DEFAULT 0,
    return_code integer DEFAULT 0,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    perfdata text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_servicechecks OWNER TO postgres;

--
-- Name: icinga_servicechecks_servicecheck_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_servicechecks_servicecheck_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_servicechecks_servicecheck_id_seq OWNER TO postgres;

--
-- Name: icinga_servicechecks_servicecheck_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_servicechecks_servicecheck_id_seq OWNED BY public.icinga_servicechecks.servicecheck_id;


--
-- Name: icinga_servicedependencies; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicedependencies (
    servicedependency_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    service_object_id bigint DEFAULT 0,
    dependent_service_object_id bigint DEFAULT 0,
    dependency_type integer DEFAULT 0,
    inherits_parent integer DEFAULT 0,
    timeperiod_object_id bigint DEFAULT 0,
    fail_on_ok integer DEFAULT 0,
    fail_on_warning integer DEFAULT 0,
    fail_on_unknown integer DEFAULT 0,
    fail_on_critical integer DEFAULT 0
);


ALTER TABLE public.icinga_servicedependencies OWNER TO postgres;

--
-- Name: icinga_servicedependencies_servicedependency_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_servicedependencies_servicedependency_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_servicedependencies_servicedependency_id_seq OWNER TO postgres;

--
-- Name: icinga_servicedependencies_servicedependency_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_servicedependencies_servicedependency_id_seq OWNED BY public.icinga_servicedependencies.servicedependency_id;


--
-- Name: icinga_serviceescalation_contactgroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_serviceescalation_contactgroups (
    serviceescalation_contactgroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    serviceescalation_id bigint DEFAULT 0,
    contactgroup_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_serviceescalation_contactgroups OWNER TO postgres;

--
-- Name: icinga_serviceescalation_cont_serviceescalation_contactgrou_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_serviceescalation_cont_serviceescalation_contactgrou_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_serviceescalation_cont_serviceescalation_contactgrou_seq OWNER TO postgres;

--
-- Name: icinga_serviceescalation_cont_serviceescalation_contactgrou_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_serviceescalation_cont_serviceescalation_contactgrou_seq OWNED BY public.icinga_serviceescalation_contactgroups.serviceescalation_contactgroup_id;


--
-- Name: icinga_serviceescalation_contacts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_serviceescalation_contacts (
    serviceescalation_contact_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    serviceescalation_id bigint DEFAULT 0,
    contact_object_id bigint DEFAULT 0
);


ALTER TABLE public.icinga_serviceescalation_contacts OWNER TO postgres;

--
-- Name: icinga_serviceescalation_conta_serviceescalation_contact_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_serviceescalation_conta_serviceescalation_contact_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_serviceescalation_conta_serviceescalation_contact_id_seq OWNER TO postgres;

--
-- Name: icinga_serviceescalation_conta_serviceescalation_contact_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_serviceescalation_conta_serviceescalation_contact_id_seq OWNED BY public.icinga_serviceescalation_contacts.serviceescalation_contact_id;


--
-- Name: icinga_serviceescalations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_serviceescalations (
    serviceescalation_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    service_object_id bigint DEFAULT 0,
    timeperiod_object_id bigint DEFAULT 0,
    first_notification integer DEFAULT 0,
    last_notification integer DEFAULT 0,
    notification_interval double precision DEFAULT 0,
    escalate_on_recovery integer DEFAULT 0,
    escalate_on_warning integer DEFAULT 0,
    escalate_on_unknown integer DEFAULT 0,
    escalate_on_critical integer DEFAULT 0
);


ALTER TABLE public.icinga_serviceescalations OWNER TO postgres;

--
-- Name: icinga_serviceescalations_serviceescalation_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_serviceescalations_serviceescalation_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_serviceescalations_serviceescalation_id_seq OWNER TO postgres;

--
-- Name: icinga_serviceescalations_serviceescalation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_serviceescalations_serviceescalation_id_seq OWNED BY public.icinga_serviceescalations.serviceescalation_id;


--
-- Name: icinga_servicegroup_members; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicegroup_members (
    servicegroup_member_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    servicegroup_id bigint DEFAULT 0,
    service_object_id bigint DEFAULT 0,
    session_token integer
);


ALTER TABLE public.icinga_servicegroup_members OWNER TO postgres;

--
-- Name: icinga_servicegroup_members_servicegroup_member_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_servicegroup_members_servicegroup_member_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_servicegroup_members_servicegroup_member_id_seq OWNER TO postgres;

--
-- Name: icinga_servicegroup_members_servicegroup_member_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_servicegroup_members_servicegroup_member_id_seq OWNED BY public.icinga_servicegroup_members.servicegroup_member_id;


--
-- Name: icinga_servicegroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicegroups (
    servicegroup_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    servicegroup_object_id bigint DEFAULT 0,
    alias text DEFAULT ''::text,
    notes text,
    notes_url text,
    action_url text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_servicegroups OWNER TO postgres;

--
-- Name: icinga_servicegroups_servicegroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_servicegroups_servicegroup_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_servicegroups_servicegroup_id_seq OWNER TO postgres;

--
-- Name: icinga_servicegroups_servicegroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_servicegroups_servicegroup_id_seq OWNED BY public.icinga_servicegroups.servicegroup_id;


--
-- Name: icinga_services; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_services (
    service_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    host_object_id bigint DEFAULT 0,
    service_object_id bigint DEFAULT 0,
    display_name text DEFAULT ''::text,
    check_command_object_id bigint DEFAULT 0,
    check_command_args text DEFAULT ''::text,
    eventhandler_command_object_id bigint DEFAULT 0,
    eventhandler_command_args text DEFAULT ''::text,
    notification_timeperiod_object_id bigint DEFAULT 0,
    check_timeperiod_object_id bigint DEFAULT 0,
    failure_prediction_options text DEFAULT ''::text,
    check_interval double precision DEFAULT 0,
    retry_interval double precision DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    first_notification_delay double precision DEFAULT 0,
    notification_interval double precision DEFAULT 0,
    notify_on_warning integer DEFAULT 0,
    notify_on_unknown integer DEFAULT 0,
    notify_on_critical integer DEFAULT 0,
    notify_on_recovery integer DEFAULT 0,
    notify_on_flapping integer DEFAULT 0,
    notify_on_downtime integer DEFAULT 0,
    stalk_on_ok integer DEFAULT 0,
    stalk_on_warning integer DEFAULT 0,
    stalk_on_unknown integer DEFAULT 0,
    stalk_on_critical integer DEFAULT 0,
    is_volatile integer DEFAULT 0,
    flap_detection_enabled integer DEFAULT 0,
    flap_detection_on_ok integer DEFAULT 0,
    flap_detection_on_warning integer DEFAULT 0,
    flap_detection_on_unknown integer DEFAULT 0,
    flap_detection_on_critical integer DEFAULT 0,
    low_flap_threshold double precision DEFAULT 0,
    high_flap_threshold double precision DEFAULT 0,
    process_performance_data integer DEFAULT 0,
    freshness_checks_enabled integer DEFAULT 0,
    freshness_threshold integer DEFAULT 0,
    passive_checks_enabled integer DEFAULT 0,
    event_handler_enabled integer DEFAULT 0,
    active_checks_enabled integer DEFAULT 0,
    retain_status_information integer DEFAULT 0,
    retain_nonstatus_information integer DEFAULT 0,
    notifications_enabled integer DEFAULT 0,
    obsess_over_service integer DEFAULT 0,
    failure_prediction_enabled integer DEFAULT 0,
    notes text DEFAULT ''::text,
    notes_url text DEFAULT ''::text,
    action_url text DEFAULT ''::text,
    icon_image text DEFAULT ''::text,
    icon_image_alt text DEFAULT ''::text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_services OWNER TO postgres;

--
-- Name: icinga_services_service_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_services_service_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_services_service_id_seq OWNER TO postgres;

--
-- Name: icinga_services_service_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_services_service_id_seq OWNED BY public.icinga_services.service_id;


--
-- Name: icinga_servicestatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_servicestatus (
    servicestatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    service_object_id bigint DEFAULT 0,
    status_update_time timestamp without time zone,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    perfdata text DEFAULT ''::text,
    check_source character varying(255) DEFAULT ''::character varying,
    current_state integer DEFAULT 0,
    has_been_checked integer DEFAULT 0,
    should_be_scheduled integer DEFAULT 0,
    current_check_attempt integer DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    last_check timestamp without time zone,
    next_check timestamp without time zone,
    check_type integer DEFAULT 0,
    last_state_change timestamp without time zone,
    last_hard_state_change timestamp without time zone,
    last_hard_state integer DEFAULT 0,
    last_time_ok timestamp without time zone,
    last_time_warning timestamp without time zone,
    last_time_unknown timestamp without time zone,
    last_time_critical timestamp without time zone,
    state_type integer DEFAULT 0,
    last_notification timestamp without time zone,
    next_notification timestamp without time zone,
    no_more_notifications integer DEFAULT 0,
    notifications_enabled integer DEFAULT 0,
    problem_has_been_acknowledged integer DEFAULT 0,
    acknowledgement_type integer DEFAULT 0,
    current_notification_number integer DEFAULT 0,
    passive_checks_enabled integer DEFAULT 0,
    active_checks_enabled integer DEFAULT 0,
    event_handler_enabled integer DEFAULT 0,
    flap_detection_enabled integer DEFAULT 0,
    is_flapping integer DEFAULT 0,
    percent_state_change double precision DEFAULT 0,
    latency double precision DEFAULT 0,
    execution_time double precision DEFAULT 0,
    scheduled_downtime_depth integer DEFAULT 0,
    failure_prediction_enabled integer DEFAULT 0,
    process_performance_data integer DEFAULT 0,
    obsess_over_service integer DEFAULT 0,
    modified_service_attributes integer DEFAULT 0,
    original_attributes text,
    event_handler text DEFAULT ''::text,
    check_command text DEFAULT ''::text,
    normal_check_interval double precision DEFAULT 0,
    retry_check_interval double precision DEFAULT 0,
    check_timeperiod_object_id bigint DEFAULT 0,
    is_reachable integer DEFAULT 0,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_servicestatus OWNER TO postgres;

--
-- Name: icinga_servicestatus_servicestatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_servicestatus_servicestatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_servicestatus_servicestatus_id_seq OWNER TO postgres;

--
-- Name: icinga_servicestatus_servicestatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_servicestatus_servicestatus_id_seq OWNED BY public.icinga_servicestatus.servicestatus_id;


--
-- Name: icinga_statehistory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_statehistory (
    statehistory_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    state_time timestamp without time zone,
    state_time_usec integer DEFAULT 0,
    object_id bigint DEFAULT 0,
    state_change integer DEFAULT 0,
    state integer DEFAULT 0,
    state_type integer DEFAULT 0,
    current_check_attempt integer DEFAULT 0,
    max_check_attempts integer DEFAULT 0,
    last_state integer DEFAULT '-1'::integer,
    last_hard_state integer DEFAULT '-1'::integer,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    check_source character varying(255) DEFAULT ''::character varying,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_statehistory OWNER TO postgres;

--
-- Name: icinga_statehistory_statehistory_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_statehistory_statehistory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_statehistory_statehistory_id_seq OWNER TO postgres;

--
-- Name: icinga_statehistory_statehistory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_statehistory_statehistory_id_seq OWNED BY public.icinga_statehistory.statehistory_id;


--
-- Name: icinga_systemcommands; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_systemcommands (
    systemcommand_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    start_time timestamp without time zone,
    start_time_usec integer DEFAULT 0,
    end_time timestamp without time zone,
    end_time_usec integer DEFAULT 0,
    command_line text DEFAULT ''::text,
    timeout integer DEFAULT 0,
    early_timeout integer DEFAULT 0,
    execution_time double precision DEFAULT 0,
    return_code integer DEFAULT 0,
    output text DEFAULT ''::text,
    long_output text DEFAULT ''::text,
    endpoint_object_id bigint
);


ALTER TABLE public.icinga_systemcommands OWNER TO postgres;

--
-- Name: icinga_systemcommands_systemcommand_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_systemcommands_systemcommand_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_systemcommands_systemcommand_id_seq OWNER TO postgres;

--
-- Name: icinga_systemcommands_systemcommand_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_systemcommands_systemcommand_id_seq OWNED BY public.icinga_systemcommands.systemcommand_id;


--
-- Name: icinga_timeperiod_timeranges; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiod_timeranges (
    timeperiod_timerange_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    timeperiod_id bigint DEFAULT 0,
    day integer DEFAULT 0,
    start_sec integer DEFAULT 0,
    end_sec integer DEFAULT 0
);


ALTER TABLE public.icinga_timeperiod_timeranges OWNER TO postgres;

--
-- Name: icinga_timeperiod_timeranges_timeperiod_timerange_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_timeperiod_timeranges_timeperiod_timerange_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_timeperiod_timeranges_timeperiod_timerange_id_seq OWNER TO postgres;

--
-- Name: icinga_timeperiod_timeranges_timeperiod_timerange_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_timeperiod_timeranges_timeperiod_timerange_id_seq OWNED BY public.icinga_timeperiod_timeranges.timeperiod_timerange_id;


--
-- Name: icinga_timeperiods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_timeperiods (
    timeperiod_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    timeperiod_object_id bigint DEFAULT 0,
    alias text DEFAULT ''::text,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_timeperiods OWNER TO postgres;

--
-- Name: icinga_timeperiods_timeperiod_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_timeperiods_timeperiod_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_timeperiods_timeperiod_id_seq OWNER TO postgres;

--
-- Name: icinga_timeperiods_timeperiod_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_timeperiods_timeperiod_id_seq OWNED BY public.icinga_timeperiods.timeperiod_id;


--
-- Name: icinga_zones; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_zones (
    zone_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    zone_object_id bigint DEFAULT 0,
    parent_zone_object_id bigint DEFAULT 0,
    config_type integer DEFAULT 0,
    is_global integer DEFAULT 0,
    config_hash character varying(64) DEFAULT NULL::character varying
);


ALTER TABLE public.icinga_zones OWNER TO postgres;

--
-- Name: icinga_zones_zone_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_zones_zone_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_zones_zone_id_seq OWNER TO postgres;

--
-- Name: icinga_zones_zone_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_zones_zone_id_seq OWNED BY public.icinga_zones.zone_id;


--
-- Name: icinga_zonestatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icinga_zonestatus (
    zonestatus_id bigint NOT NULL,
    instance_id bigint DEFAULT 0,
    zone_object_id bigint DEFAULT 0,
    parent_zone_object_id bigint DEFAULT 0,
    status_update_time timestamp without time zone
);


ALTER TABLE public.icinga_zonestatus OWNER TO postgres;

--
-- Name: icinga_zonestatus_zonestatus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icinga_zonestatus_zonestatus_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icinga_zonestatus_zonestatus_id_seq OWNER TO postgres;

--
-- Name: icinga_zonestatus_zonestatus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icinga_zonestatus_zonestatus_id_seq OWNED BY public.icinga_zonestatus.zonestatus_id;


--
-- Name: icinga_acknowledgements acknowledgement_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_acknowledgements ALTER COLUMN acknowledgement_id SET DEFAULT nextval('public.icinga_acknowledgements_acknowledgement_id_seq'::regclass);


--
-- Name: icinga_commands command_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_commands ALTER COLUMN command_id SET DEFAULT nextval('public.icinga_commands_command_id_seq'::regclass);


--
-- Name: icinga_commenthistory commenthistory_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_commenthistory ALTER COLUMN commenthistory_id SET DEFAULT nextval('public.icinga_commenthistory_commenthistory_id_seq'::regclass);


--
-- Name: icinga_comments comment_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_comments ALTER COLUMN comment_id SET DEFAULT nextval('public.icinga_comments_comment_id_seq'::regclass);


--
-- Name: icinga_configfiles configfile_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_configfiles ALTER COLUMN configfile_id SET DEFAULT nextval('public.icinga_configfiles_configfile_id_seq'::regclass);


--
-- Name: icinga_configfilevariables configfilevariable_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_configfilevariables ALTER COLUMN configfilevariable_id SET DEFAULT nextval('public.icinga_configfilevariables_configfilevariable_id_seq'::regclass);


--
-- Name: icinga_conninfo conninfo_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_conninfo ALTER COLUMN conninfo_id SET DEFAULT nextval('public.icinga_conninfo_conninfo_id_seq'::regclass);


--
-- Name: icinga_contact_addresses contact_address_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contact_addresses ALTER COLUMN contact_address_id SET DEFAULT nextval('public.icinga_contact_addresses_contact_address_id_seq'::regclass);


--
-- Name: icinga_contact_notificationcommands contact_notificationcommand_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contact_notificationcommands ALTER COLUMN contact_notificationcommand_id SET DEFAULT nextval('public.icinga_contact_notificationco_contact_notificationcommand_i_seq'::regclass);


--
-- Name: icinga_contactgroup_members contactgroup_member_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactgroup_members ALTER COLUMN contactgroup_member_id SET DEFAULT nextval('public.icinga_contactgroup_members_contactgroup_member_id_seq'::regclass);


--
-- Name: icinga_contactgroups contactgroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactgroups ALTER COLUMN contactgroup_id SET DEFAULT nextval('public.icinga_contactgroups_contactgroup_id_seq'::regclass);


--
-- Name: icinga_contactnotificationmethods contactnotificationmethod_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactnotificationmethods ALTER COLUMN contactnotificationmethod_id SET DEFAULT nextval('public.icinga_contactnotificationmeth_contactnotificationmethod_id_seq'::regclass);


--
-- Name: icinga_contactnotifications contactnotification_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactnotifications ALTER COLUMN contactnotification_id SET DEFAULT nextval('public.icinga_contactnotifications_contactnotification_id_seq'::regclass);


--
-- Name: icinga_contacts contact_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contacts ALTER COLUMN contact_id SET DEFAULT nextval('public.icinga_contacts_contact_id_seq'::regclass);


--
-- Name: icinga_contactstatus contactstatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactstatus ALTER COLUMN contactstatus_id SET DEFAULT nextval('public.icinga_contactstatus_contactstatus_id_seq'::regclass);


--
-- Name: icinga_customvariables customvariable_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_customvariables ALTER COLUMN customvariable_id SET DEFAULT nextval('public.icinga_customvariables_customvariable_id_seq'::regclass);


--
-- Name: icinga_customvariablestatus customvariablestatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_customvariablestatus ALTER COLUMN customvariablestatus_id SET DEFAULT nextval('public.icinga_customvariablestatus_customvariablestatus_id_seq'::regclass);


--
-- Name: icinga_dbversion dbversion_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dbversion ALTER COLUMN dbversion_id SET DEFAULT nextval('public.icinga_dbversion_dbversion_id_seq'::regclass);


--
-- Name: icinga_downtimehistory downtimehistory_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_downtimehistory ALTER COLUMN downtimehistory_id SET DEFAULT nextval('public.icinga_downtimehistory_downtimehistory_id_seq'::regclass);


--
-- Name: icinga_endpoints endpoint_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoints ALTER COLUMN endpoint_id SET DEFAULT nextval('public.icinga_endpoints_endpoint_id_seq'::regclass);


--
-- Name: icinga_endpointstatus endpointstatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpointstatus ALTER COLUMN endpointstatus_id SET DEFAULT nextval('public.icinga_endpointstatus_endpointstatus_id_seq'::regclass);


--
-- Name: icinga_eventhandlers eventhandler_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_eventhandlers ALTER COLUMN eventhandler_id SET DEFAULT nextval('public.icinga_eventhandlers_eventhandler_id_seq'::regclass);


--
-- Name: icinga_externalcommands externalcommand_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_externalcommands ALTER COLUMN externalcommand_id SET DEFAULT nextval('public.icinga_externalcommands_externalcommand_id_seq'::regclass);


--
-- Name: icinga_flappinghistory flappinghistory_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_flappinghistory ALTER COLUMN flappinghistory_id SET DEFAULT nextval('public.icinga_flappinghistory_flappinghistory_id_seq'::regclass);


--
-- Name: icinga_host_contactgroups host_contactgroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_contactgroups ALTER COLUMN host_contactgroup_id SET DEFAULT nextval('public.icinga_host_contactgroups_host_contactgroup_id_seq'::regclass);


--
-- Name: icinga_host_contacts host_contact_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_contacts ALTER COLUMN host_contact_id SET DEFAULT nextval('public.icinga_host_contacts_host_contact_id_seq'::regclass);


--
-- Name: icinga_host_parenthosts host_parenthost_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_parenthosts ALTER COLUMN host_parenthost_id SET DEFAULT nextval('public.icinga_host_parenthosts_host_parenthost_id_seq'::regclass);


--
-- Name: icinga_hostchecks hostcheck_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostchecks ALTER COLUMN hostcheck_id SET DEFAULT nextval('public.icinga_hostchecks_hostcheck_id_seq'::regclass);


--
-- Name: icinga_hostdependencies hostdependency_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostdependencies ALTER COLUMN hostdependency_id SET DEFAULT nextval('public.icinga_hostdependencies_hostdependency_id_seq'::regclass);


--
-- Name: icinga_hostescalation_contactgroups hostescalation_contactgroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalation_contactgroups ALTER COLUMN hostescalation_contactgroup_id SET DEFAULT nextval('public.icinga_hostescalation_contact_hostescalation_contactgroup_i_seq'::regclass);


--
-- Name: icinga_hostescalation_contacts hostescalation_contact_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalation_contacts ALTER COLUMN hostescalation_contact_id SET DEFAULT nextval('public.icinga_hostescalation_contacts_hostescalation_contact_id_seq'::regclass);


--
-- Name: icinga_hostescalations hostescalation_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalations ALTER COLUMN hostescalation_id SET DEFAULT nextval('public.icinga_hostescalations_hostescalation_id_seq'::regclass);


--
-- Name: icinga_hostgroup_members hostgroup_member_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_members ALTER COLUMN hostgroup_member_id SET DEFAULT nextval('public.icinga_hostgroup_members_hostgroup_member_id_seq'::regclass);


--
-- Name: icinga_hostgroups hostgroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroups ALTER COLUMN hostgroup_id SET DEFAULT nextval('public.icinga_hostgroups_hostgroup_id_seq'::regclass);


--
-- Name: icinga_hosts host_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hosts ALTER COLUMN host_id SET DEFAULT nextval('public.icinga_hosts_host_id_seq'::regclass);


--
-- Name: icinga_hoststatus hoststatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hoststatus ALTER COLUMN hoststatus_id SET DEFAULT nextval('public.icinga_hoststatus_hoststatus_id_seq'::regclass);


--
-- Name: icinga_instances instance_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_instances ALTER COLUMN instance_id SET DEFAULT nextval('public.icinga_instances_instance_id_seq'::regclass);


--
-- Name: icinga_logentries logentry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_logentries ALTER COLUMN logentry_id SET DEFAULT nextval('public.icinga_logentries_logentry_id_seq'::regclass);


--
-- Name: icinga_notifications notification_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notifications ALTER COLUMN notification_id SET DEFAULT nextval('public.icinga_notifications_notification_id_seq'::regclass);


--
-- Name: icinga_objects object_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_objects ALTER COLUMN object_id SET DEFAULT nextval('public.icinga_objects_object_id_seq'::regclass);


--
-- Name: icinga_processevents processevent_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_processevents ALTER COLUMN processevent_id SET DEFAULT nextval('public.icinga_processevents_processevent_id_seq'::regclass);


--
-- Name: icinga_programstatus programstatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_programstatus ALTER COLUMN programstatus_id SET DEFAULT nextval('public.icinga_programstatus_programstatus_id_seq'::regclass);


--
-- Name: icinga_runtimevariables runtimevariable_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_runtimevariables ALTER COLUMN runtimevariable_id SET DEFAULT nextval('public.icinga_runtimevariables_runtimevariable_id_seq'::regclass);


--
-- Name: icinga_scheduleddowntime scheduleddowntime_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduleddowntime ALTER COLUMN scheduleddowntime_id SET DEFAULT nextval('public.icinga_scheduleddowntime_scheduleddowntime_id_seq'::regclass);


--
-- Name: icinga_service_contactgroups service_contactgroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_contactgroups ALTER COLUMN service_contactgroup_id SET DEFAULT nextval('public.icinga_service_contactgroups_service_contactgroup_id_seq'::regclass);


--
-- Name: icinga_service_contacts service_contact_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_contacts ALTER COLUMN service_contact_id SET DEFAULT nextval('public.icinga_service_contacts_service_contact_id_seq'::regclass);


--
-- Name: icinga_servicechecks servicecheck_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicechecks ALTER COLUMN servicecheck_id SET DEFAULT nextval('public.icinga_servicechecks_servicecheck_id_seq'::regclass);


--
-- Name: icinga_servicedependencies servicedependency_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicedependencies ALTER COLUMN servicedependency_id SET DEFAULT nextval('public.icinga_servicedependencies_servicedependency_id_seq'::regclass);


--
-- Name: icinga_serviceescalation_contactgroups serviceescalation_contactgroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalation_contactgroups ALTER COLUMN serviceescalation_contactgroup_id SET DEFAULT nextval('public.icinga_serviceescalation_cont_serviceescalation_contactgrou_seq'::regclass);


--
-- Name: icinga_serviceescalation_contacts serviceescalation_contact_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalation_contacts ALTER COLUMN serviceescalation_contact_id SET DEFAULT nextval('public.icinga_serviceescalation_conta_serviceescalation_contact_id_seq'::regclass);


--
-- Name: icinga_serviceescalations serviceescalation_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalations ALTER COLUMN serviceescalation_id SET DEFAULT nextval('public.icinga_serviceescalations_serviceescalation_id_seq'::regclass);


--
-- Name: icinga_servicegroup_members servicegroup_member_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_members ALTER COLUMN servicegroup_member_id SET DEFAULT nextval('public.icinga_servicegroup_members_servicegroup_member_id_seq'::regclass);


--
-- Name: icinga_servicegroups servicegroup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroups ALTER COLUMN servicegroup_id SET DEFAULT nextval('public.icinga_servicegroups_servicegroup_id_seq'::regclass);


--
-- Name: icinga_services service_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_services ALTER COLUMN service_id SET DEFAULT nextval('public.icinga_services_service_id_seq'::regclass);


--
-- Name: icinga_servicestatus servicestatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicestatus ALTER COLUMN servicestatus_id SET DEFAULT nextval('public.icinga_servicestatus_servicestatus_id_seq'::regclass);


--
-- Name: icinga_statehistory statehistory_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_statehistory ALTER COLUMN statehistory_id SET DEFAULT nextval('public.icinga_statehistory_statehistory_id_seq'::regclass);


--
-- Name: icinga_systemcommands systemcommand_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_systemcommands ALTER COLUMN systemcommand_id SET DEFAULT nextval('public.icinga_systemcommands_systemcommand_id_seq'::regclass);


--
-- Name: icinga_timeperiod_timeranges timeperiod_timerange_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_timeranges ALTER COLUMN timeperiod_timerange_id SET DEFAULT nextval('public.icinga_timeperiod_timeranges_timeperiod_timerange_id_seq'::regclass);


--
-- Name: icinga_timeperiods timeperiod_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiods ALTER COLUMN timeperiod_id SET DEFAULT nextval('public.icinga_timeperiods_timeperiod_id_seq'::regclass);


--
-- Name: icinga_zones zone_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zones ALTER COLUMN zone_id SET DEFAULT nextval('public.icinga_zones_zone_id_seq'::regclass);


--
-- Name: icinga_zonestatus zonestatus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zonestatus ALTER COLUMN zonestatus_id SET DEFAULT nextval('public.icinga_zonestatus_zonestatus_id_seq'::regclass);


--
-- Name: icinga_acknowledgements pk_acknowledgement_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_acknowledgements
    ADD CONSTRAINT pk_acknowledgement_id PRIMARY KEY (acknowledgement_id);


--
-- Name: icinga_commands pk_command_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_commands
    ADD CONSTRAINT pk_command_id PRIMARY KEY (command_id);


--
-- Name: icinga_comments pk_comment_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_comments
    ADD CONSTRAINT pk_comment_id PRIMARY KEY (comment_id);


--
-- Name: icinga_commenthistory pk_commenthistory_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_commenthistory
    ADD CONSTRAINT pk_commenthistory_id PRIMARY KEY (commenthistory_id);


--
-- Name: icinga_configfiles pk_configfile_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_configfiles
    ADD CONSTRAINT pk_configfile_id PRIMARY KEY (configfile_id);


--
-- Name: icinga_configfilevariables pk_configfilevariable_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_configfilevariables
    ADD CONSTRAINT pk_configfilevariable_id PRIMARY KEY (configfilevariable_id);


--
-- Name: icinga_conninfo pk_conninfo_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_conninfo
    ADD CONSTRAINT pk_conninfo_id PRIMARY KEY (conninfo_id);


--
-- Name: icinga_contact_addresses pk_contact_address_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contact_addresses
    ADD CONSTRAINT pk_contact_address_id PRIMARY KEY (contact_address_id);


--
-- Name: icinga_contacts pk_contact_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contacts
    ADD CONSTRAINT pk_contact_id PRIMARY KEY (contact_id);


--
-- Name: icinga_contact_notificationcommands pk_contact_notificationcommand_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contact_notificationcommands
    ADD CONSTRAINT pk_contact_notificationcommand_id PRIMARY KEY (contact_notificationcommand_id);


--
-- Name: icinga_contactgroups pk_contactgroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactgroups
    ADD CONSTRAINT pk_contactgroup_id PRIMARY KEY (contactgroup_id);


--
-- Name: icinga_contactgroup_members pk_contactgroup_member_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactgroup_members
    ADD CONSTRAINT pk_contactgroup_member_id PRIMARY KEY (contactgroup_member_id);


--
-- Name: icinga_contactnotifications pk_contactnotification_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactnotifications
    ADD CONSTRAINT pk_contactnotification_id PRIMARY KEY (contactnotification_id);


--
-- Name: icinga_contactnotificationmethods pk_contactnotificationmethod_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactnotificationmethods
    ADD CONSTRAINT pk_contactnotificationmethod_id PRIMARY KEY (contactnotificationmethod_id);


--
-- Name: icinga_contactstatus pk_contactstatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactstatus
    ADD CONSTRAINT pk_contactstatus_id PRIMARY KEY (contactstatus_id);


--
-- Name: icinga_customvariables pk_customvariable_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_customvariables
    ADD CONSTRAINT pk_customvariable_id PRIMARY KEY (customvariable_id);


--
-- Name: icinga_customvariablestatus pk_customvariablestatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_customvariablestatus
    ADD CONSTRAINT pk_customvariablestatus_id PRIMARY KEY (customvariablestatus_id);


--
-- Name: icinga_dbversion pk_dbversion_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dbversion
    ADD CONSTRAINT pk_dbversion_id PRIMARY KEY (dbversion_id);


--
-- Name: icinga_downtimehistory pk_downtimehistory_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_downtimehistory
    ADD CONSTRAINT pk_downtimehistory_id PRIMARY KEY (downtimehistory_id);


--
-- Name: icinga_endpoints pk_endpoint_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoints
    ADD CONSTRAINT pk_endpoint_id PRIMARY KEY (endpoint_id);


--
-- Name: icinga_endpointstatus pk_endpointstatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpointstatus
    ADD CONSTRAINT pk_endpointstatus_id PRIMARY KEY (endpointstatus_id);


--
-- Name: icinga_eventhandlers pk_eventhandler_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_eventhandlers
    ADD CONSTRAINT pk_eventhandler_id PRIMARY KEY (eventhandler_id);


--
-- Name: icinga_externalcommands pk_externalcommand_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_externalcommands
    ADD CONSTRAINT pk_externalcommand_id PRIMARY KEY (externalcommand_id);


--
-- Name: icinga_flappinghistory pk_flappinghistory_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_flappinghistory
    ADD CONSTRAINT pk_flappinghistory_id PRIMARY KEY (flappinghistory_id);


--
-- Name: icinga_host_contacts pk_host_contact_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_contacts
    ADD CONSTRAINT pk_host_contact_id PRIMARY KEY (host_contact_id);


--
-- Name: icinga_host_contactgroups pk_host_contactgroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_contactgroups
    ADD CONSTRAINT pk_host_contactgroup_id PRIMARY KEY (host_contactgroup_id);


--
-- Name: icinga_hosts pk_host_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hosts
    ADD CONSTRAINT pk_host_id PRIMARY KEY (host_id);


--
-- Name: icinga_host_parenthosts pk_host_parenthost_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_host_parenthosts
    ADD CONSTRAINT pk_host_parenthost_id PRIMARY KEY (host_parenthost_id);


--
-- Name: icinga_hostchecks pk_hostcheck_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostchecks
    ADD CONSTRAINT pk_hostcheck_id PRIMARY KEY (hostcheck_id);


--
-- Name: icinga_hostdependencies pk_hostdependency_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostdependencies
    ADD CONSTRAINT pk_hostdependency_id PRIMARY KEY (hostdependency_id);


--
-- Name: icinga_hostescalation_contacts pk_hostescalation_contact_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalation_contacts
    ADD CONSTRAINT pk_hostescalation_contact_id PRIMARY KEY (hostescalation_contact_id);


--
-- Name: icinga_hostescalation_contactgroups pk_hostescalation_contactgroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalation_contactgroups
    ADD CONSTRAINT pk_hostescalation_contactgroup_id PRIMARY KEY (hostescalation_contactgroup_id);


--
-- Name: icinga_hostescalations pk_hostescalation_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalations
    ADD CONSTRAINT pk_hostescalation_id PRIMARY KEY (hostescalation_id);


--
-- Name: icinga_hostgroups pk_hostgroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroups
    ADD CONSTRAINT pk_hostgroup_id PRIMARY KEY (hostgroup_id);


--
-- Name: icinga_hostgroup_members pk_hostgroup_member_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroup_members
    ADD CONSTRAINT pk_hostgroup_member_id PRIMARY KEY (hostgroup_member_id);


--
-- Name: icinga_hoststatus pk_hoststatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hoststatus
    ADD CONSTRAINT pk_hoststatus_id PRIMARY KEY (hoststatus_id);


--
-- Name: icinga_instances pk_instance_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_instances
    ADD CONSTRAINT pk_instance_id PRIMARY KEY (instance_id);


--
-- Name: icinga_logentries pk_logentry_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_logentries
    ADD CONSTRAINT pk_logentry_id PRIMARY KEY (logentry_id);


--
-- Name: icinga_notifications pk_notification_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notifications
    ADD CONSTRAINT pk_notification_id PRIMARY KEY (notification_id);


--
-- Name: icinga_objects pk_object_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_objects
    ADD CONSTRAINT pk_object_id PRIMARY KEY (object_id);


--
-- Name: icinga_processevents pk_processevent_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_processevents
    ADD CONSTRAINT pk_processevent_id PRIMARY KEY (processevent_id);


--
-- Name: icinga_programstatus pk_programstatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_programstatus
    ADD CONSTRAINT pk_programstatus_id PRIMARY KEY (programstatus_id);


--
-- Name: icinga_runtimevariables pk_runtimevariable_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_runtimevariables
    ADD CONSTRAINT pk_runtimevariable_id PRIMARY KEY (runtimevariable_id);


--
-- Name: icinga_scheduleddowntime pk_scheduleddowntime_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_scheduleddowntime
    ADD CONSTRAINT pk_scheduleddowntime_id PRIMARY KEY (scheduleddowntime_id);


--
-- Name: icinga_service_contacts pk_service_contact_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_contacts
    ADD CONSTRAINT pk_service_contact_id PRIMARY KEY (service_contact_id);


--
-- Name: icinga_service_contactgroups pk_service_contactgroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_service_contactgroups
    ADD CONSTRAINT pk_service_contactgroup_id PRIMARY KEY (service_contactgroup_id);


--
-- Name: icinga_services pk_service_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_services
    ADD CONSTRAINT pk_service_id PRIMARY KEY (service_id);


--
-- Name: icinga_servicechecks pk_servicecheck_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicechecks
    ADD CONSTRAINT pk_servicecheck_id PRIMARY KEY (servicecheck_id);


--
-- Name: icinga_servicedependencies pk_servicedependency_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicedependencies
    ADD CONSTRAINT pk_servicedependency_id PRIMARY KEY (servicedependency_id);


--
-- Name: icinga_serviceescalation_contacts pk_serviceescalation_contact_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalation_contacts
    ADD CONSTRAINT pk_serviceescalation_contact_id PRIMARY KEY (serviceescalation_contact_id);


--
-- Name: icinga_serviceescalation_contactgroups pk_serviceescalation_contactgroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalation_contactgroups
    ADD CONSTRAINT pk_serviceescalation_contactgroup_id PRIMARY KEY (serviceescalation_contactgroup_id);


--
-- Name: icinga_serviceescalations pk_serviceescalation_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalations
    ADD CONSTRAINT pk_serviceescalation_id PRIMARY KEY (serviceescalation_id);


--
-- Name: icinga_servicegroups pk_servicegroup_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroups
    ADD CONSTRAINT pk_servicegroup_id PRIMARY KEY (servicegroup_id);


--
-- Name: icinga_servicegroup_members pk_servicegroup_member_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroup_members
    ADD CONSTRAINT pk_servicegroup_member_id PRIMARY KEY (servicegroup_member_id);


--
-- Name: icinga_servicestatus pk_servicestatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicestatus
    ADD CONSTRAINT pk_servicestatus_id PRIMARY KEY (servicestatus_id);


--
-- Name: icinga_statehistory pk_statehistory_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_statehistory
    ADD CONSTRAINT pk_statehistory_id PRIMARY KEY (statehistory_id);


--
-- Name: icinga_systemcommands pk_systemcommand_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_systemcommands
    ADD CONSTRAINT pk_systemcommand_id PRIMARY KEY (systemcommand_id);


--
-- Name: icinga_timeperiods pk_timeperiod_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiods
    ADD CONSTRAINT pk_timeperiod_id PRIMARY KEY (timeperiod_id);


--
-- Name: icinga_timeperiod_timeranges pk_timeperiod_timerange_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiod_timeranges
    ADD CONSTRAINT pk_timeperiod_timerange_id PRIMARY KEY (timeperiod_timerange_id);


--
-- Name: icinga_zones pk_zone_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zones
    ADD CONSTRAINT pk_zone_id PRIMARY KEY (zone_id);


--
-- Name: icinga_zonestatus pk_zonestatus_id; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zonestatus
    ADD CONSTRAINT pk_zonestatus_id PRIMARY KEY (zonestatus_id);


--
-- Name: icinga_commands uq_commands; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_commands
    ADD CONSTRAINT uq_commands UNIQUE (instance_id, object_id, config_type);


--
-- Name: icinga_configfiles uq_configfiles; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_configfiles
    ADD CONSTRAINT uq_configfiles UNIQUE (instance_id, configfile_type, configfile_path);


--
-- Name: icinga_contact_addresses uq_contact_addresses; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contact_addresses
    ADD CONSTRAINT uq_contact_addresses UNIQUE (contact_id, address_number);


--
-- Name: icinga_contact_notificationcommands uq_contact_notificationcommands; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contact_notificationcommands
    ADD CONSTRAINT uq_contact_notificationcommands UNIQUE (contact_id, notification_type, command_object_id, command_args);


--
-- Name: icinga_contactgroups uq_contactgroups; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactgroups
    ADD CONSTRAINT uq_contactgroups UNIQUE (instance_id, config_type, contactgroup_object_id);


--
-- Name: icinga_contactnotificationmethods uq_contactnotificationmethods; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactnotificationmethods
    ADD CONSTRAINT uq_contactnotificationmethods UNIQUE (instance_id, contactnotification_id, start_time, start_time_usec);


--
-- Name: icinga_contactnotifications uq_contactnotifications; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactnotifications
    ADD CONSTRAINT uq_contactnotifications UNIQUE (instance_id, contact_object_id, start_time, start_time_usec);


--
-- Name: icinga_contacts uq_contacts; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contacts
    ADD CONSTRAINT uq_contacts UNIQUE (instance_id, config_type, contact_object_id);


--
-- Name: icinga_contactstatus uq_contactstatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_contactstatus
    ADD CONSTRAINT uq_contactstatus UNIQUE (contact_object_id);


--
-- Name: icinga_customvariables uq_customvariables; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_customvariables
    ADD CONSTRAINT uq_customvariables UNIQUE (object_id, config_type, varname);


--
-- Name: icinga_customvariablestatus uq_customvariablestatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_customvariablestatus
    ADD CONSTRAINT uq_customvariablestatus UNIQUE (object_id, varname);


--
-- Name: icinga_dbversion uq_dbversion; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_dbversion
    ADD CONSTRAINT uq_dbversion UNIQUE (name);


--
-- Name: icinga_endpoints uq_endpoints; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpoints
    ADD CONSTRAINT uq_endpoints UNIQUE (instance_id, config_type, endpoint_object_id);


--
-- Name: icinga_endpointstatus uq_endpointstatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_endpointstatus
    ADD CONSTRAINT uq_endpointstatus UNIQUE (endpoint_object_id);


--
-- Name: icinga_eventhandlers uq_eventhandlers; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_eventhandlers
    ADD CONSTRAINT uq_eventhandlers UNIQUE (instance_id, object_id, start_time, start_time_usec);


--
-- Name: icinga_hostescalation_contactgroups uq_hostescalation_contactgroups; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalation_contactgroups
    ADD CONSTRAINT uq_hostescalation_contactgroups UNIQUE (hostescalation_id, contactgroup_object_id);


--
-- Name: icinga_hostescalation_contacts uq_hostescalation_contacts; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalation_contacts
    ADD CONSTRAINT uq_hostescalation_contacts UNIQUE (instance_id, hostescalation_id, contact_object_id);


--
-- Name: icinga_hostescalations uq_hostescalations; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostescalations
    ADD CONSTRAINT uq_hostescalations UNIQUE (instance_id, config_type, host_object_id, timeperiod_object_id, first_notification, last_notification);


--
-- Name: icinga_hostgroups uq_hostgroups; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hostgroups
    ADD CONSTRAINT uq_hostgroups UNIQUE (instance_id, hostgroup_object_id);


--
-- Name: icinga_hosts uq_hosts; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hosts
    ADD CONSTRAINT uq_hosts UNIQUE (instance_id, config_type, host_object_id);


--
-- Name: icinga_hoststatus uq_hoststatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_hoststatus
    ADD CONSTRAINT uq_hoststatus UNIQUE (host_object_id);


--
-- Name: icinga_notifications uq_notifications; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_notifications
    ADD CONSTRAINT uq_notifications UNIQUE (instance_id, object_id, start_time, start_time_usec);


--
-- Name: icinga_programstatus uq_programstatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_programstatus
    ADD CONSTRAINT uq_programstatus UNIQUE (instance_id);


--
-- Name: icinga_serviceescalation_contactgroups uq_serviceescalation_contactgro; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalation_contactgroups
    ADD CONSTRAINT uq_serviceescalation_contactgro UNIQUE (serviceescalation_id, contactgroup_object_id);


--
-- Name: icinga_serviceescalation_contacts uq_serviceescalation_contacts; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalation_contacts
    ADD CONSTRAINT uq_serviceescalation_contacts UNIQUE (instance_id, serviceescalation_id, contact_object_id);


--
-- Name: icinga_serviceescalations uq_serviceescalations; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_serviceescalations
    ADD CONSTRAINT uq_serviceescalations UNIQUE (instance_id, config_type, service_object_id, timeperiod_object_id, first_notification, last_notification);


--
-- Name: icinga_servicegroups uq_servicegroups; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicegroups
    ADD CONSTRAINT uq_servicegroups UNIQUE (instance_id, config_type, servicegroup_object_id);


--
-- Name: icinga_services uq_services; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_services
    ADD CONSTRAINT uq_services UNIQUE (instance_id, config_type, service_object_id);


--
-- Name: icinga_servicestatus uq_servicestatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_servicestatus
    ADD CONSTRAINT uq_servicestatus UNIQUE (service_object_id);


--
-- Name: icinga_systemcommands uq_systemcommands; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_systemcommands
    ADD CONSTRAINT uq_systemcommands UNIQUE (instance_id, start_time, start_time_usec);


--
-- Name: icinga_timeperiods uq_timeperiods; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_timeperiods
    ADD CONSTRAINT uq_timeperiods UNIQUE (instance_id, config_type, timeperiod_object_id);


--
-- Name: icinga_zones uq_zones; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zones
    ADD CONSTRAINT uq_zones UNIQUE (instance_id, config_type, zone_object_id);


--
-- Name: icinga_zonestatus uq_zonestatus; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icinga_zonestatus
    ADD CONSTRAINT uq_zonestatus UNIQUE (zone_object_id);


--
-- Name: cntgrpmbrs_cgid_coid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX cntgrpmbrs_cgid_coid ON public.icinga_contactgroup_members USING btree (contactgroup_id, contact_object_id);


--
-- Name: command_object_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX command_object_idx ON public.icinga_commands USING btree (object_id);


--
-- Name: commands_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX commands_i_id_idx ON public.icinga_commands USING btree (instance_id);


--
-- Name: commenthistory_delete_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX commenthistory_delete_idx ON public.icinga_commenthistory USING btree (instance_id, comment_time, internal_comment_id);


--
-- Name: comments_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX comments_i_id_idx ON public.icinga_comments USING btree (instance_id);


--
-- Name: configfiles_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX configfiles_i_id_idx ON public.icinga_configfiles USING btree (instance_id);


--
-- Name: configfilevariables_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX configfilevariables_i_id_idx ON public.icinga_configfilevariables USING btree (instance_id);


--
-- Name: contact_addresses_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contact_addresses_i_id_idx ON public.icinga_contact_addresses USING btree (instance_id);


--
-- Name: contact_notif_meth_notif_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contact_notif_meth_notif_idx ON public.icinga_contactnotificationmethods USING btree (contactnotification_id, command_object_id);


--
-- Name: contact_notifcommands_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contact_notifcommands_i_id_idx ON public.icinga_contact_notificationcommands USING btree (instance_id);


--
-- Name: contact_notification_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contact_notification_idx ON public.icinga_contactnotifications USING btree (notification_id, contact_object_id);


--
-- Name: contactgroup_members_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contactgroup_members_i_id_idx ON public.icinga_contactgroup_members USING btree (instance_id);


--
-- Name: contactgroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contactgroups_i_id_idx ON public.icinga_contactgroups USING btree (instance_id);


--
-- Name: contacts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contacts_i_id_idx ON public.icinga_contacts USING btree (instance_id);


--
-- Name: contacts_object_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contacts_object_id_idx ON public.icinga_contacts USING btree (contact_object_id);


--
-- Name: contactstatus_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX contactstatus_i_id_idx ON public.icinga_contactstatus USING btree (instance_id);


--
-- Name: customvariables_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX customvariables_i_id_idx ON public.icinga_customvariables USING btree (instance_id);


--
-- Name: customvariablestatus_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX customvariablestatus_i_id_idx ON public.icinga_customvariablestatus USING btree (instance_id);


--
-- Name: eventhandlers_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX eventhandlers_i_id_idx ON public.icinga_eventhandlers USING btree (instance_id);


--
-- Name: eventhandlers_time_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX eventhandlers_time_id_idx ON public.icinga_eventhandlers USING btree (start_time);


--
-- Name: externalcommands_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX externalcommands_i_id_idx ON public.icinga_externalcommands USING btree (instance_id);


--
-- Name: externalcommands_time_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX externalcommands_time_id_idx ON public.icinga_externalcommands USING btree (entry_time);


--
-- Name: host_contactgroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_contactgroups_i_id_idx ON public.icinga_host_contactgroups USING btree (instance_id);


--
-- Name: host_contacts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_contacts_i_id_idx ON public.icinga_host_contacts USING btree (instance_id);


--
-- Name: host_parenthosts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_parenthosts_i_id_idx ON public.icinga_host_parenthosts USING btree (instance_id);


--
-- Name: hostchecks_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostchecks_i_id_idx ON public.icinga_hostchecks USING btree (instance_id);


--
-- Name: hostchecks_time_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostchecks_time_id_idx ON public.icinga_hostchecks USING btree (start_time);


--
-- Name: hostchks_h_obj_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostchks_h_obj_id_idx ON public.icinga_hostchecks USING btree (host_object_id);


--
-- Name: hostdependencies_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostdependencies_i_id_idx ON public.icinga_hostdependencies USING btree (instance_id);


--
-- Name: hostesc_cgroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostesc_cgroups_i_id_idx ON public.icinga_hostescalation_contactgroups USING btree (instance_id);


--
-- Name: hostesc_contacts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostesc_contacts_i_id_idx ON public.icinga_hostescalation_contacts USING btree (instance_id);


--
-- Name: hostesc_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostesc_i_id_idx ON public.icinga_hostescalations USING btree (instance_id);


--
-- Name: hostgroup_members_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroup_members_i_id_idx ON public.icinga_hostgroup_members USING btree (instance_id);


--
-- Name: hostgroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hostgroups_i_id_idx ON public.icinga_hostgroups USING btree (instance_id);


--
-- Name: hosts_host_object_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_host_object_id_idx ON public.icinga_hosts USING btree (host_object_id);


--
-- Name: hosts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_i_id_idx ON public.icinga_hosts USING btree (instance_id);


--
-- Name: hoststatus_act_chks_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_act_chks_en_idx ON public.icinga_hoststatus USING btree (active_checks_enabled);


--
-- Name: hoststatus_check_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_check_type_idx ON public.icinga_hoststatus USING btree (check_type);


--
-- Name: hoststatus_current_state_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_current_state_idx ON public.icinga_hoststatus USING btree (current_state);


--
-- Name: hoststatus_event_hdl_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_event_hdl_en_idx ON public.icinga_hoststatus USING btree (event_handler_enabled);


--
-- Name: hoststatus_ex_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_ex_time_idx ON public.icinga_hoststatus USING btree (execution_time);


--
-- Name: hoststatus_flap_det_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_flap_det_en_idx ON public.icinga_hoststatus USING btree (flap_detection_enabled);


--
-- Name: hoststatus_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_i_id_idx ON public.icinga_hoststatus USING btree (instance_id);


--
-- Name: hoststatus_is_flapping_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_is_flapping_idx ON public.icinga_hoststatus USING btree (is_flapping);


--
-- Name: hoststatus_last_state_chg_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_last_state_chg_idx ON public.icinga_hoststatus USING btree (last_state_change);


--
-- Name: hoststatus_latency_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_latency_idx ON public.icinga_hoststatus USING btree (latency);


--
-- Name: hoststatus_notif_enabled_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_notif_enabled_idx ON public.icinga_hoststatus USING btree (notifications_enabled);


--
-- Name: hoststatus_p_state_chg_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_p_state_chg_idx ON public.icinga_hoststatus USING btree (percent_state_change);


--
-- Name: hoststatus_pas_chks_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_pas_chks_en_idx ON public.icinga_hoststatus USING btree (passive_checks_enabled);


--
-- Name: hoststatus_problem_ack_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_problem_ack_idx ON public.icinga_hoststatus USING btree (problem_has_been_acknowledged);


--
-- Name: hoststatus_sch_downt_d_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_sch_downt_d_idx ON public.icinga_hoststatus USING btree (scheduled_downtime_depth);


--
-- Name: hoststatus_stat_upd_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_stat_upd_time_idx ON public.icinga_hoststatus USING btree (status_update_time);


--
-- Name: hoststatus_state_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hoststatus_state_type_idx ON public.icinga_hoststatus USING btree (state_type);


--
-- Name: hstcntgrps_hid_cgoid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hstcntgrps_hid_cgoid ON public.icinga_host_contactgroups USING btree (host_id, contactgroup_object_id);


--
-- Name: hstgrpmbrs_hgid_hoid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hstgrpmbrs_hgid_hoid ON public.icinga_hostgroup_members USING btree (hostgroup_id, host_object_id);


--
-- Name: hstprnthsts_hid_phoid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hstprnthsts_hid_phoid ON public.icinga_host_parenthosts USING btree (host_id, parent_host_object_id);


--
-- Name: icinga_customvariables_i; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX icinga_customvariables_i ON public.icinga_customvariables USING btree (varname);


--
-- Name: icinga_customvariablestatus_i; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX icinga_customvariablestatus_i ON public.icinga_customvariablestatus USING btree (varname);


--
-- Name: icinga_objects_i; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX icinga_objects_i ON public.icinga_objects USING btree (objecttype_id, name1, name2);


--
-- Name: idx_commenthistory_remove; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_commenthistory_remove ON public.icinga_commenthistory USING btree (object_id, entry_time);


--
-- Name: idx_comments_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comments_object_id ON public.icinga_comments USING btree (object_id);


--
-- Name: idx_comments_remove; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comments_remove ON public.icinga_comments USING btree (object_id, entry_time);


--
-- Name: idx_comments_session_del; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_comments_session_del ON public.icinga_comments USING btree (instance_id, session_token);


--
-- Name: idx_contactgroup_members_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_contactgroup_members_object_id ON public.icinga_contactgroup_members USING btree (contact_object_id);


--
-- Name: idx_customvariables_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_customvariables_object_id ON public.icinga_customvariables USING btree (object_id);


--
-- Name: idx_downtimehistory_remove; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtimehistory_remove ON public.icinga_downtimehistory USING btree (object_id, entry_time, scheduled_start_time, scheduled_end_time);


--
-- Name: idx_downtimes_session_del; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_downtimes_session_del ON public.icinga_scheduleddowntime USING btree (instance_id, session_token);


--
-- Name: idx_endpoints_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_endpoints_object_id ON public.icinga_endpoints USING btree (endpoint_object_id);


--
-- Name: idx_endpoints_zone_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_endpoints_zone_object_id ON public.icinga_endpoints USING btree (zone_object_id);


--
-- Name: idx_endpointstatus_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_endpointstatus_object_id ON public.icinga_endpointstatus USING btree (endpoint_object_id);


--
-- Name: idx_endpointstatus_zone_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_endpointstatus_zone_object_id ON public.icinga_endpointstatus USING btree (zone_object_id);


--
-- Name: idx_host_contacts_host_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_host_contacts_host_id ON public.icinga_host_contacts USING btree (host_id);


--
-- Name: idx_hostdependencies; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostdependencies ON public.icinga_hostdependencies USING btree (instance_id, config_type, host_object_id, dependent_host_object_id, dependency_type, inherits_parent, fail_on_up, fail_on_down, fail_on_unreachable);


--
-- Name: idx_hostdependencies_dependent_host_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostdependencies_dependent_host_object_id ON public.icinga_hostdependencies USING btree (dependent_host_object_id);


--
-- Name: idx_hostgroup_members_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_hostgroup_members_object_id ON public.icinga_hostgroup_members USING btree (host_object_id);


--
-- Name: idx_scheduleddowntime_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_scheduleddowntime_object_id ON public.icinga_scheduleddowntime USING btree (object_id);


--
-- Name: idx_scheduleddowntime_remove; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_scheduleddowntime_remove ON public.icinga_scheduleddowntime USING btree (object_id, entry_time, scheduled_start_time, scheduled_end_time);


--
-- Name: idx_service_contacts_service_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_service_contacts_service_id ON public.icinga_service_contacts USING btree (service_id);


--
-- Name: idx_servicedependencies; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicedependencies ON public.icinga_servicedependencies USING btree (instance_id, config_type, service_object_id, dependent_service_object_id, dependency_type, inherits_parent, fail_on_ok, fail_on_warning, fail_on_unknown, fail_on_critical);


--
-- Name: idx_servicedependencies_dependent_service_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicedependencies_dependent_service_object_id ON public.icinga_servicedependencies USING btree (dependent_service_object_id);


--
-- Name: idx_servicegroup_members_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_servicegroup_members_object_id ON public.icinga_servicegroup_members USING btree (service_object_id);


--
-- Name: idx_statehistory_cleanup; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_statehistory_cleanup ON public.icinga_statehistory USING btree (instance_id, state_time);


--
-- Name: idx_zones_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_zones_object_id ON public.icinga_zones USING btree (zone_object_id);


--
-- Name: idx_zones_parent_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_zones_parent_object_id ON public.icinga_zones USING btree (parent_zone_object_id);


--
-- Name: idx_zonestatus_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_zonestatus_object_id ON public.icinga_zonestatus USING btree (zone_object_id);


--
-- Name: idx_zonestatus_parent_object_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX idx_zonestatus_parent_object_id ON public.icinga_zonestatus USING btree (parent_zone_object_id);


--
-- Name: loge_inst_id_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX loge_inst_id_time_idx ON public.icinga_logentries USING btree (instance_id, logentry_time);


--
-- Name: loge_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX loge_time_idx ON public.icinga_logentries USING btree (logentry_time);


--
-- Name: notification_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_idx ON public.icinga_notifications USING btree (notification_type, object_id, start_time);


--
-- Name: notification_object_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX notification_object_id_idx ON public.icinga_notifications USING btree (object_id);


--
-- Name: objects_inst_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objects_inst_id_idx ON public.icinga_objects USING btree (instance_id);


--
-- Name: objects_name1_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objects_name1_idx ON public.icinga_objects USING btree (name1);


--
-- Name: objects_name2_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objects_name2_idx ON public.icinga_objects USING btree (name2);


--
-- Name: objects_objtype_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objects_objtype_id_idx ON public.icinga_objects USING btree (objecttype_id);


--
-- Name: programstatus_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX programstatus_i_id_idx ON public.icinga_programstatus USING btree (instance_id);


--
-- Name: runtimevariables_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX runtimevariables_i_id_idx ON public.icinga_runtimevariables USING btree (instance_id);


--
-- Name: runtimevars_iid_varn; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX runtimevars_iid_varn ON public.icinga_runtimevariables USING btree (instance_id, varname);


--
-- Name: scgrps_sid_cgoid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scgrps_sid_cgoid ON public.icinga_service_contactgroups USING btree (service_id, contactgroup_object_id);


--
-- Name: scheduleddowntime_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scheduleddowntime_i_id_idx ON public.icinga_scheduleddowntime USING btree (instance_id);


--
-- Name: service_contactgroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_contactgroups_i_id_idx ON public.icinga_service_contactgroups USING btree (instance_id);


--
-- Name: service_contacts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_contacts_i_id_idx ON public.icinga_service_contacts USING btree (instance_id);


--
-- Name: servicechecks_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicechecks_i_id_idx ON public.icinga_servicechecks USING btree (instance_id);


--
-- Name: servicechecks_time_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicechecks_time_id_idx ON public.icinga_servicechecks USING btree (start_time);


--
-- Name: servicechks_s_obj_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicechks_s_obj_id_idx ON public.icinga_servicechecks USING btree (service_object_id);


--
-- Name: serviceesc_cgroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX serviceesc_cgroups_i_id_idx ON public.icinga_serviceescalation_contactgroups USING btree (instance_id);


--
-- Name: serviceesc_contacts_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX serviceesc_contacts_i_id_idx ON public.icinga_serviceescalation_contacts USING btree (instance_id);


--
-- Name: serviceesc_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX serviceesc_i_id_idx ON public.icinga_serviceescalations USING btree (instance_id);


--
-- Name: servicegroup_members_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroup_members_i_id_idx ON public.icinga_servicegroup_members USING btree (instance_id);


--
-- Name: servicegroups_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicegroups_i_id_idx ON public.icinga_servicegroups USING btree (instance_id);


--
-- Name: services_combined_object_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX services_combined_object_idx ON public.icinga_services USING btree (service_object_id, host_object_id);


--
-- Name: services_host_object_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX services_host_object_id_idx ON public.icinga_services USING btree (host_object_id);


--
-- Name: services_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX services_i_id_idx ON public.icinga_services USING btree (instance_id);


--
-- Name: servicestatus_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX servicestatus_i_id_idx ON public.icinga_servicestatus USING btree (instance_id);


--
-- Name: sgmbrs_sgid_soid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sgmbrs_sgid_soid ON public.icinga_servicegroup_members USING btree (servicegroup_id, service_object_id);


--
-- Name: sla_idx_dohist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sla_idx_dohist ON public.icinga_downtimehistory USING btree (object_id, actual_start_time, actual_end_time);


--
-- Name: sla_idx_obj; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sla_idx_obj ON public.icinga_objects USING btree (objecttype_id, is_active, name1);


--
-- Name: sla_idx_sthist; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sla_idx_sthist ON public.icinga_statehistory USING btree (object_id, state_time DESC);


--
-- Name: srvcstatus_act_chks_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_act_chks_en_idx ON public.icinga_servicestatus USING btree (active_checks_enabled);


--
-- Name: srvcstatus_check_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_check_type_idx ON public.icinga_servicestatus USING btree (check_type);


--
-- Name: srvcstatus_current_state_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_current_state_idx ON public.icinga_servicestatus USING btree (current_state);


--
-- Name: srvcstatus_event_hdl_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_event_hdl_en_idx ON public.icinga_servicestatus USING btree (event_handler_enabled);


--
-- Name: srvcstatus_ex_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_ex_time_idx ON public.icinga_servicestatus USING btree (execution_time);


--
-- Name: srvcstatus_flap_det_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_flap_det_en_idx ON public.icinga_servicestatus USING btree (flap_detection_enabled);


--
-- Name: srvcstatus_is_flapping_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_is_flapping_idx ON public.icinga_servicestatus USING btree (is_flapping);


--
-- Name: srvcstatus_last_state_chg_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_last_state_chg_idx ON public.icinga_servicestatus USING btree (last_state_change);


--
-- Name: srvcstatus_latency_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_latency_idx ON public.icinga_servicestatus USING btree (latency);


--
-- Name: srvcstatus_notif_enabled_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_notif_enabled_idx ON public.icinga_servicestatus USING btree (notifications_enabled);


--
-- Name: srvcstatus_p_state_chg_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_p_state_chg_idx ON public.icinga_servicestatus USING btree (percent_state_change);


--
-- Name: srvcstatus_pas_chks_en_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_pas_chks_en_idx ON public.icinga_servicestatus USING btree (passive_checks_enabled);


--
-- Name: srvcstatus_problem_ack_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_problem_ack_idx ON public.icinga_servicestatus USING btree (problem_has_been_acknowledged);


--
-- Name: srvcstatus_sch_downt_d_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_sch_downt_d_idx ON public.icinga_servicestatus USING btree (scheduled_downtime_depth);


--
-- Name: srvcstatus_stat_upd_time_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_stat_upd_time_idx ON public.icinga_servicestatus USING btree (status_update_time);


--
-- Name: srvcstatus_state_type_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX srvcstatus_state_type_idx ON public.icinga_servicestatus USING btree (state_type);


--
-- Name: statehist_i_id_o_id_s_ty_s_ti; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX statehist_i_id_o_id_s_ty_s_ti ON public.icinga_statehistory USING btree (instance_id, object_id, state_type, state_time);


--
-- Name: statehist_state_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX statehist_state_idx ON public.icinga_statehistory USING btree (object_id, state);


--
-- Name: systemcommands_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX systemcommands_i_id_idx ON public.icinga_systemcommands USING btree (instance_id);


--
-- Name: systemcommands_time_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX systemcommands_time_id_idx ON public.icinga_systemcommands USING btree (start_time);


--
-- Name: timeperiod_timeranges_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX timeperiod_timeranges_i_id_idx ON public.icinga_timeperiod_timeranges USING btree (instance_id);


--
-- Name: timeperiods_i_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX timeperiods_i_id_idx ON public.icinga_timeperiods USING btree (instance_id);


--
-- Name: tperiod_tid_d_ss_es; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX tperiod_tid_d_ss_es ON public.icinga_timeperiod_timeranges USING btree (timeperiod_id, day, start_sec, end_sec);


--
-- PostgreSQL database dump complete
--

\unrestrict g62shulBDjSvFF4n7GMiOnoNmVkvoGxWgvo1DdCsRlMWnJG9XhGsuxQF7emzdmh

