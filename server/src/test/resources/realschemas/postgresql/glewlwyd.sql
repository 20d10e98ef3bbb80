--
-- Schema of Glewlwyd 2.7.5 (Debian package glewlwyd 2.7.5-3+deb12u1, usr/share/doc/glewlwyd/database/init.postgre.sql.gz), GNU GPL v3 (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict LUvfuaNmFF14kYA4SJ7A20V8gH3lMkjzckLtEscMK8e4lOVvypOufDppJ6F50Rq

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
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: 
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: g_api_key; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_api_key (
    gak_id integer NOT NULL,
    gak_token_hash character varying(512) NOT NULL,
    gak_counter integer DEFAULT 0,
    gak_username character varying(256) NOT NULL,
    gak_issued_at timestamp with time zone DEFAULT now() NOT NULL,
    gak_issued_for character varying(256),
    gak_user_agent character varying(256),
    gak_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_api_key OWNER TO postgres;

--
-- Name: g_api_key_gak_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_api_key_gak_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_api_key_gak_id_seq OWNER TO postgres;

--
-- Name: g_api_key_gak_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_api_key_gak_id_seq OWNED BY public.g_api_key.gak_id;


--
-- Name: g_client; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_client (
    gc_id integer NOT NULL,
    gc_client_id character varying(128) NOT NULL,
    gc_name character varying(256) DEFAULT ''::character varying,
    gc_description character varying(512) DEFAULT ''::character varying,
    gc_confidential smallint DEFAULT 0,
    gc_password character varying(256),
    gc_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_client OWNER TO postgres;

--
-- Name: g_client_gc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_gc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_gc_id_seq OWNER TO postgres;

--
-- Name: g_client_gc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_gc_id_seq OWNED BY public.g_client.gc_id;


--
-- Name: g_client_module_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_client_module_instance (
    gcmi_id integer NOT NULL,
    gcmi_module character varying(128) NOT NULL,
    gcmi_order integer NOT NULL,
    gcmi_name character varying(128) NOT NULL,
    gcmi_display_name character varying(256) DEFAULT ''::character varying,
    gcmi_parameters text,
    gcmi_readonly smallint DEFAULT 0,
    gcmi_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_client_module_instance OWNER TO postgres;

--
-- Name: g_client_module_instance_gcmi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_module_instance_gcmi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_module_instance_gcmi_id_seq OWNER TO postgres;

--
-- Name: g_client_module_instance_gcmi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_module_instance_gcmi_id_seq OWNED BY public.g_client_module_instance.gcmi_id;


--
-- Name: g_client_property; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_client_property (
    gcp_id integer NOT NULL,
    gc_id integer NOT NULL,
    gcp_name character varying(128) NOT NULL,
    gcp_value text
);


ALTER TABLE public.g_client_property OWNER TO postgres;

--
-- Name: g_client_property_gc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_property_gc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_property_gc_id_seq OWNER TO postgres;

--
-- Name: g_client_property_gc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_property_gc_id_seq OWNED BY public.g_client_property.gc_id;


--
-- Name: g_client_property_gcp_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_property_gcp_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_property_gcp_id_seq OWNER TO postgres;

--
-- Name: g_client_property_gcp_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_property_gcp_id_seq OWNED BY public.g_client_property.gcp_id;


--
-- Name: g_client_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_client_scope (
    gcs_id integer NOT NULL,
    gcs_name character varying(128) NOT NULL
);


ALTER TABLE public.g_client_scope OWNER TO postgres;

--
-- Name: g_client_scope_client; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_client_scope_client (
    gcsu_id integer NOT NULL,
    gc_id integer NOT NULL,
    gcs_id integer NOT NULL
);


ALTER TABLE public.g_client_scope_client OWNER TO postgres;

--
-- Name: g_client_scope_client_gc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_scope_client_gc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_scope_client_gc_id_seq OWNER TO postgres;

--
-- Name: g_client_scope_client_gc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_scope_client_gc_id_seq OWNED BY public.g_client_scope_client.gc_id;


--
-- Name: g_client_scope_client_gcs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_scope_client_gcs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_scope_client_gcs_id_seq OWNER TO postgres;

--
-- Name: g_client_scope_client_gcs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_scope_client_gcs_id_seq OWNED BY public.g_client_scope_client.gcs_id;


--
-- Name: g_client_scope_client_gcsu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_scope_client_gcsu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_scope_client_gcsu_id_seq OWNER TO postgres;

--
-- Name: g_client_scope_client_gcsu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_scope_client_gcsu_id_seq OWNED BY public.g_client_scope_client.gcsu_id;


--
-- Name: g_client_scope_gcs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_scope_gcs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_scope_gcs_id_seq OWNER TO postgres;

--
-- Name: g_client_scope_gcs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_scope_gcs_id_seq OWNED BY public.g_client_scope.gcs_id;


--
-- Name: g_client_user_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_client_user_scope (
    gcus_id integer NOT NULL,
    gs_id integer NOT NULL,
    gcus_username character varying(256) NOT NULL,
    gcus_client_id character varying(256) NOT NULL,
    gcus_granted timestamp with time zone DEFAULT now() NOT NULL,
    gcus_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_client_user_scope OWNER TO postgres;

--
-- Name: g_client_user_scope_gcus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_client_user_scope_gcus_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_client_user_scope_gcus_id_seq OWNER TO postgres;

--
-- Name: g_client_user_scope_gcus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_client_user_scope_gcus_id_seq OWNED BY public.g_client_user_scope.gcus_id;


--
-- Name: g_misc_config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_misc_config (
    gmc_id integer NOT NULL,
    gmc_type character varying(128) NOT NULL,
    gmc_name character varying(128),
    gmc_value text
);


ALTER TABLE public.g_misc_config OWNER TO postgres;

--
-- Name: g_misc_config_gmc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_misc_config_gmc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_misc_config_gmc_id_seq OWNER TO postgres;

--
-- Name: g_misc_config_gmc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_misc_config_gmc_id_seq OWNED BY public.g_misc_config.gmc_id;


--
-- Name: g_plugin_module_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_plugin_module_instance (
    gpmi_id integer NOT NULL,
    gpmi_module character varying(128) NOT NULL,
    gpmi_name character varying(128) NOT NULL,
    gpmi_display_name character varying(256) DEFAULT ''::character varying,
    gpmi_parameters text,
    gpmi_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_plugin_module_instance OWNER TO postgres;

--
-- Name: g_plugin_module_instance_gpmi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_plugin_module_instance_gpmi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_plugin_module_instance_gpmi_id_seq OWNER TO postgres;

--
-- Name: g_plugin_module_instance_gpmi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_plugin_module_instance_gpmi_id_seq OWNED BY public.g_plugin_module_instance.gpmi_id;


--
-- Name: g_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_scope (
    gs_id integer NOT NULL,
    gs_name character varying(128) NOT NULL,
    gs_display_name character varying(256) DEFAULT ''::character varying,
    gs_description character varying(512),
    gs_password_required smallint DEFAULT 1,
    gs_password_max_age integer DEFAULT 0,
    gs_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_scope OWNER TO postgres;

--
-- Name: g_scope_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_scope_group (
    gsg_id integer NOT NULL,
    gs_id integer,
    gsg_name character varying(128) NOT NULL,
    gsg_scheme_required integer DEFAULT 1
);


ALTER TABLE public.g_scope_group OWNER TO postgres;

--
-- Name: g_scope_group_auth_scheme_module_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_scope_group_auth_scheme_module_instance (
    gsgasmi_id integer NOT NULL,
    gsg_id integer NOT NULL,
    guasmi_id integer NOT NULL
);


ALTER TABLE public.g_scope_group_auth_scheme_module_instance OWNER TO postgres;

--
-- Name: g_scope_group_auth_scheme_module_instance_gsgasmi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_scope_group_auth_scheme_module_instance_gsgasmi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_scope_group_auth_scheme_module_instance_gsgasmi_id_seq OWNER TO postgres;

--
-- Name: g_scope_group_auth_scheme_module_instance_gsgasmi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_scope_group_auth_scheme_module_instance_gsgasmi_id_seq OWNED BY public.g_scope_group_auth_scheme_module_instance.gsgasmi_id;


--
-- Name: g_scope_group_gsg_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_scope_group_gsg_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_scope_group_gsg_id_seq OWNER TO postgres;

--
-- Name: g_scope_group_gsg_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_scope_group_gsg_id_seq OWNED BY public.g_scope_group.gsg_id;


--
-- Name: g_scope_gs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_scope_gs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_scope_gs_id_seq OWNER TO postgres;

--
-- Name: g_scope_gs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_scope_gs_id_seq OWNED BY public.g_scope.gs_id;


--
-- Name: g_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user (
    gu_id integer NOT NULL,
    gu_username character varying(128) NOT NULL,
    gu_name character varying(256) DEFAULT ''::character varying,
    gu_email character varying(512) DEFAULT ''::character varying,
    gu_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_user OWNER TO postgres;

--
-- Name: g_user_auth_scheme_module_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_auth_scheme_module_instance (
    guasmi_id integer NOT NULL,
    guasmi_module character varying(128) NOT NULL,
    guasmi_expiration integer DEFAULT 0 NOT NULL,
    guasmi_max_use integer DEFAULT 0,
    guasmi_allow_user_register smallint DEFAULT 1,
    guasmi_forbid_user_profile smallint DEFAULT 0,
    guasmi_forbid_user_reset_credential smallint DEFAULT 0,
    guasmi_name character varying(128) NOT NULL,
    guasmi_display_name character varying(256) DEFAULT ''::character varying,
    guasmi_parameters text,
    guasmi_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_user_auth_scheme_module_instance OWNER TO postgres;

--
-- Name: g_user_auth_scheme_module_instance_guasmi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_auth_scheme_module_instance_guasmi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_auth_scheme_module_instance_guasmi_id_seq OWNER TO postgres;

--
-- Name: g_user_auth_scheme_module_instance_guasmi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_auth_scheme_module_instance_guasmi_id_seq OWNED BY public.g_user_auth_scheme_module_instance.guasmi_id;


--
-- Name: g_user_gu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_gu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_gu_id_seq OWNER TO postgres;

--
-- Name: g_user_gu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_gu_id_seq OWNED BY public.g_user.gu_id;


--
-- Name: g_user_middleware_module_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_middleware_module_instance (
    gummi_id integer NOT NULL,
    gummi_module character varying(128) NOT NULL,
    gummi_order integer NOT NULL,
    gummi_name character varying(128) NOT NULL,
    gummi_display_name character varying(256) DEFAULT ''::character varying,
    gummi_parameters text,
    gummi_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_user_middleware_module_instance OWNER TO postgres;

--
-- Name: g_user_middleware_module_instance_gummi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_middleware_module_instance_gummi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_middleware_module_instance_gummi_id_seq OWNER TO postgres;

--
-- Name: g_user_middleware_module_instance_gummi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_middleware_module_instance_gummi_id_seq OWNED BY public.g_user_middleware_module_instance.gummi_id;


--
-- Name: g_user_module_instance; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_module_instance (
    gumi_id integer NOT NULL,
    gumi_module character varying(128) NOT NULL,
    gumi_order integer NOT NULL,
    gumi_name character varying(128) NOT NULL,
    gumi_display_name character varying(256) DEFAULT ''::character varying,
    gumi_parameters text,
    gumi_readonly smallint DEFAULT 0,
    gumi_multiple_passwords smallint DEFAULT 0,
    gumi_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_user_module_instance OWNER TO postgres;

--
-- Name: g_user_module_instance_gumi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_module_instance_gumi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_module_instance_gumi_id_seq OWNER TO postgres;

--
-- Name: g_user_module_instance_gumi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_module_instance_gumi_id_seq OWNED BY public.g_user_module_instance.gumi_id;


--
-- Name: g_user_password; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_password (
    guw_id integer NOT NULL,
    gu_id integer NOT NULL,
    guw_password character varying(256)
);


ALTER TABLE public.g_user_password OWNER TO postgres;

--
-- Name: g_user_password_gu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_password_gu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_password_gu_id_seq OWNER TO postgres;

--
-- Name: g_user_password_gu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_password_gu_id_seq OWNED BY public.g_user_password.gu_id;


--
-- Name: g_user_password_guw_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_password_guw_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_password_guw_id_seq OWNER TO postgres;

--
-- Name: g_user_password_guw_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_password_guw_id_seq OWNED BY public.g_user_password.guw_id;


--
-- Name: g_user_property; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_property (
    gup_id integer NOT NULL,
    gu_id integer NOT NULL,
    gup_name character varying(128) NOT NULL,
    gup_value text
);


ALTER TABLE public.g_user_property OWNER TO postgres;

--
-- Name: g_user_property_gu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_property_gu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_property_gu_id_seq OWNER TO postgres;

--
-- Name: g_user_property_gu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_property_gu_id_seq OWNED BY public.g_user_property.gu_id;


--
-- Name: g_user_property_gup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_property_gup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_property_gup_id_seq OWNER TO postgres;

--
-- Name: g_user_property_gup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_property_gup_id_seq OWNED BY public.g_user_property.gup_id;


--
-- Name: g_user_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_scope (
    gus_id integer NOT NULL,
    gus_name character varying(128) NOT NULL
);


ALTER TABLE public.g_user_scope OWNER TO postgres;

--
-- Name: g_user_scope_gus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_scope_gus_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_scope_gus_id_seq OWNER TO postgres;

--
-- Name: g_user_scope_gus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_scope_gus_id_seq OWNED BY public.g_user_scope.gus_id;


--
-- Name: g_user_scope_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_scope_user (
    gusu_id integer NOT NULL,
    gu_id integer NOT NULL,
    gus_id integer NOT NULL
);


ALTER TABLE public.g_user_scope_user OWNER TO postgres;

--
-- Name: g_user_scope_user_gu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_scope_user_gu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_scope_user_gu_id_seq OWNER TO postgres;

--
-- Name: g_user_scope_user_gu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_scope_user_gu_id_seq OWNED BY public.g_user_scope_user.gu_id;


--
-- Name: g_user_scope_user_gus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_scope_user_gus_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_scope_user_gus_id_seq OWNER TO postgres;

--
-- Name: g_user_scope_user_gus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_scope_user_gus_id_seq OWNED BY public.g_user_scope_user.gus_id;


--
-- Name: g_user_scope_user_gusu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_scope_user_gusu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_scope_user_gusu_id_seq OWNER TO postgres;

--
-- Name: g_user_scope_user_gusu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_scope_user_gusu_id_seq OWNED BY public.g_user_scope_user.gusu_id;


--
-- Name: g_user_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_session (
    gus_id integer NOT NULL,
    gus_session_hash character varying(128) NOT NULL,
    gus_user_agent character varying(256),
    gus_issued_for character varying(256),
    gus_username character varying(256) NOT NULL,
    gus_expiration timestamp with time zone DEFAULT now() NOT NULL,
    gus_last_login timestamp with time zone DEFAULT now() NOT NULL,
    gus_current smallint,
    gus_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_user_session OWNER TO postgres;

--
-- Name: g_user_session_gus_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_session_gus_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_session_gus_id_seq OWNER TO postgres;

--
-- Name: g_user_session_gus_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_session_gus_id_seq OWNED BY public.g_user_session.gus_id;


--
-- Name: g_user_session_scheme; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.g_user_session_scheme (
    guss_id integer NOT NULL,
    gus_id integer NOT NULL,
    guasmi_id integer,
    guss_expiration timestamp with time zone DEFAULT now() NOT NULL,
    guss_last_login timestamp with time zone DEFAULT now() NOT NULL,
    guss_use_counter integer DEFAULT 0,
    guss_enabled smallint DEFAULT 1
);


ALTER TABLE public.g_user_session_scheme OWNER TO postgres;

--
-- Name: g_user_session_scheme_guss_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.g_user_session_scheme_guss_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.g_user_session_scheme_guss_id_seq OWNER TO postgres;

--
-- Name: g_user_session_scheme_guss_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.g_user_session_scheme_guss_id_seq OWNED BY public.g_user_session_scheme.guss_id;


--
-- Name: gpg_access_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_access_token (
    gpga_id integer NOT NULL,
    gpga_plugin_name character varying(256) NOT NULL,
    gpga_authorization_type smallint NOT NULL,
    gpgr_id integer,
    gpga_username character varying(256),
    gpga_client_id character varying(256),
    gpga_issued_at timestamp with time zone DEFAULT now(),
    gpga_issued_for character varying(256),
    gpga_user_agent character varying(256),
    gpga_token_hash character varying(512) NOT NULL,
    gpga_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpg_access_token OWNER TO postgres;

--
-- Name: gpg_access_token_gpga_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_access_token_gpga_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_access_token_gpga_id_seq OWNER TO postgres;

--
-- Name: gpg_access_token_gpga_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_access_token_gpga_id_seq OWNED BY public.gpg_access_token.gpga_id;


--
-- Name: gpg_access_token_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_access_token_scope (
    gpgas_id integer NOT NULL,
    gpga_id integer,
    gpgas_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpg_access_token_scope OWNER TO postgres;

--
-- Name: gpg_access_token_scope_gpgas_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_access_token_scope_gpgas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_access_token_scope_gpgas_id_seq OWNER TO postgres;

--
-- Name: gpg_access_token_scope_gpgas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_access_token_scope_gpgas_id_seq OWNED BY public.gpg_access_token_scope.gpgas_id;


--
-- Name: gpg_code; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_code (
    gpgc_id integer NOT NULL,
    gpgc_plugin_name character varying(256) NOT NULL,
    gpgc_username character varying(256) NOT NULL,
    gpgc_client_id character varying(256) NOT NULL,
    gpgc_redirect_uri character varying(512) NOT NULL,
    gpgc_code_hash character varying(512) NOT NULL,
    gpgc_expires_at timestamp with time zone DEFAULT now() NOT NULL,
    gpgc_issued_for character varying(256),
    gpgc_user_agent character varying(256),
    gpgc_code_challenge character varying(128),
    gpgc_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpg_code OWNER TO postgres;

--
-- Name: gpg_code_gpgc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_code_gpgc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_code_gpgc_id_seq OWNER TO postgres;

--
-- Name: gpg_code_gpgc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_code_gpgc_id_seq OWNED BY public.gpg_code.gpgc_id;


--
-- Name: gpg_code_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_code_scope (
    gpgcs_id integer NOT NULL,
    gpgc_id integer,
    gpgcs_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpg_code_scope OWNER TO postgres;

--
-- Name: gpg_code_scope_gpgcs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_code_scope_gpgcs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_code_scope_gpgcs_id_seq OWNER TO postgres;

--
-- Name: gpg_code_scope_gpgcs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_code_scope_gpgcs_id_seq OWNED BY public.gpg_code_scope.gpgcs_id;


--
-- Name: gpg_device_authorization; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_device_authorization (
    gpgda_id integer NOT NULL,
    gpgda_plugin_name character varying(256) NOT NULL,
    gpgda_client_id character varying(256) NOT NULL,
    gpgda_username character varying(256),
    gpgda_created_at timestamp with time zone DEFAULT now(),
    gpgda_expires_at timestamp with time zone DEFAULT now(),
    gpgda_issued_for character varying(256),
    gpgda_device_code_hash character varying(512) NOT NULL,
    gpgda_user_code_hash character varying(512) NOT NULL,
    gpgda_status smallint DEFAULT 0,
    gpgda_last_check timestamp with time zone DEFAULT now()
);


ALTER TABLE public.gpg_device_authorization OWNER TO postgres;

--
-- Name: gpg_device_authorization_gpgda_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_device_authorization_gpgda_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_device_authorization_gpgda_id_seq OWNER TO postgres;

--
-- Name: gpg_device_authorization_gpgda_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_device_authorization_gpgda_id_seq OWNED BY public.gpg_device_authorization.gpgda_id;


--
-- Name: gpg_device_authorization_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_device_authorization_scope (
    gpgdas_id integer NOT NULL,
    gpgda_id integer,
    gpgdas_scope character varying(128) NOT NULL,
    gpgdas_allowed smallint DEFAULT 0
);


ALTER TABLE public.gpg_device_authorization_scope OWNER TO postgres;

--
-- Name: gpg_device_authorization_scope_gpgdas_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_device_authorization_scope_gpgdas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_device_authorization_scope_gpgdas_id_seq OWNER TO postgres;

--
-- Name: gpg_device_authorization_scope_gpgdas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_device_authorization_scope_gpgdas_id_seq OWNED BY public.gpg_device_authorization_scope.gpgdas_id;


--
-- Name: gpg_refresh_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_refresh_token (
    gpgr_id integer NOT NULL,
    gpgr_plugin_name character varying(256) NOT NULL,
    gpgr_authorization_type smallint NOT NULL,
    gpgc_id integer,
    gpgr_username character varying(256) NOT NULL,
    gpgr_client_id character varying(256),
    gpgr_issued_at timestamp with time zone DEFAULT now() NOT NULL,
    gpgr_expires_at timestamp with time zone DEFAULT now() NOT NULL,
    gpgr_last_seen timestamp with time zone DEFAULT now() NOT NULL,
    gpgr_duration integer,
    gpgr_rolling_expiration smallint DEFAULT 0,
    gpgr_issued_for character varying(256),
    gpgr_user_agent character varying(256),
    gpgr_token_hash character varying(512) NOT NULL,
    gpgr_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpg_refresh_token OWNER TO postgres;

--
-- Name: gpg_refresh_token_gpgr_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_refresh_token_gpgr_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_refresh_token_gpgr_id_seq OWNER TO postgres;

--
-- Name: gpg_refresh_token_gpgr_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_refresh_token_gpgr_id_seq OWNED BY public.gpg_refresh_token.gpgr_id;


--
-- Name: gpg_refresh_token_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpg_refresh_token_scope (
    gpgrs_id integer NOT NULL,
    gpgr_id integer,
    gpgrs_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpg_refresh_token_scope OWNER TO postgres;

--
-- Name: gpg_refresh_token_scope_gpgrs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpg_refresh_token_scope_gpgrs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpg_refresh_token_scope_gpgrs_id_seq OWNER TO postgres;

--
-- Name: gpg_refresh_token_scope_gpgrs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpg_refresh_token_scope_gpgrs_id_seq OWNED BY public.gpg_refresh_token_scope.gpgrs_id;


--
-- Name: gpo_access_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_access_token (
    gpoa_id integer NOT NULL,
    gpoa_plugin_name character varying(256) NOT NULL,
    gpoa_authorization_type smallint NOT NULL,
    gpor_id integer,
    gpoa_username character varying(256),
    gpoa_client_id character varying(256),
    gpoa_resource character varying(512),
    gpoa_issued_at timestamp with time zone DEFAULT now(),
    gpoa_issued_for character varying(256),
    gpoa_user_agent character varying(256),
    gpoa_token_hash character varying(512) NOT NULL,
    gpoa_jti character varying(128),
    gpoa_authorization_details text,
    gpoa_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpo_access_token OWNER TO postgres;

--
-- Name: gpo_access_token_gpoa_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_access_token_gpoa_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_access_token_gpoa_id_seq OWNER TO postgres;

--
-- Name: gpo_access_token_gpoa_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_access_token_gpoa_id_seq OWNED BY public.gpo_access_token.gpoa_id;


--
-- Name: gpo_access_token_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_access_token_scope (
    gpoas_id integer NOT NULL,
    gpoa_id integer,
    gpoas_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpo_access_token_scope OWNER TO postgres;

--
-- Name: gpo_access_token_scope_gpoas_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_access_token_scope_gpoas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_access_token_scope_gpoas_id_seq OWNER TO postgres;

--
-- Name: gpo_access_token_scope_gpoas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_access_token_scope_gpoas_id_seq OWNED BY public.gpo_access_token_scope.gpoas_id;


--
-- Name: gpo_ciba; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_ciba (
    gpob_id integer NOT NULL,
    gpob_plugin_name character varying(256) NOT NULL,
    gpob_client_id character varying(256) NOT NULL,
    gpob_x5t_s256 character varying(64),
    gpob_username character varying(256) NOT NULL,
    gpob_client_notification_token character varying(1024),
    gpob_jti_hash character varying(512),
    gpob_auth_req_id character varying(128),
    gpob_user_req_id character varying(128),
    gpob_binding_message character varying(256),
    gpob_sid character varying(128),
    gpob_dpop_jkt character varying(512),
    gpob_status smallint DEFAULT 0,
    gpob_expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    gpob_issued_for character varying(256),
    gpob_user_agent character varying(256),
    gpob_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpo_ciba OWNER TO postgres;

--
-- Name: gpo_ciba_gpob_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_ciba_gpob_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_ciba_gpob_id_seq OWNER TO postgres;

--
-- Name: gpo_ciba_gpob_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_ciba_gpob_id_seq OWNED BY public.gpo_ciba.gpob_id;


--
-- Name: gpo_ciba_scheme; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_ciba_scheme (
    gpobh_id integer NOT NULL,
    gpob_id integer,
    gpobh_scheme_module character varying(128) NOT NULL
);


ALTER TABLE public.gpo_ciba_scheme OWNER TO postgres;

--
-- Name: gpo_ciba_scheme_gpobh_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_ciba_scheme_gpobh_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_ciba_scheme_gpobh_id_seq OWNER TO postgres;

--
-- Name: gpo_ciba_scheme_gpobh_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_ciba_scheme_gpobh_id_seq OWNED BY public.gpo_ciba_scheme.gpobh_id;


--
-- Name: gpo_ciba_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_ciba_scope (
    gpocs_id integer NOT NULL,
    gpob_id integer,
    gpops_scope character varying(128) NOT NULL,
    gpobs_granted smallint DEFAULT 0
);


ALTER TABLE public.gpo_ciba_scope OWNER TO postgres;

--
-- Name: gpo_ciba_scope_gpocs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_ciba_scope_gpocs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_ciba_scope_gpocs_id_seq OWNER TO postgres;

--
-- Name: gpo_ciba_scope_gpocs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_ciba_scope_gpocs_id_seq OWNED BY public.gpo_ciba_scope.gpocs_id;


--
-- Name: gpo_client_registration; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_client_registration (
    gpocr_id integer NOT NULL,
    gpocr_plugin_name character varying(256) NOT NULL,
    gpocr_cient_id character varying(256) NOT NULL,
    gpocr_management_at_hash character varying(512),
    gpocr_created_at timestamp with time zone DEFAULT now(),
    gpoa_id integer,
    gpocr_issued_for character varying(256),
    gpocr_user_agent character varying(256)
);


ALTER TABLE public.gpo_client_registration OWNER TO postgres;

--
-- Name: gpo_client_registration_gpocr_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_client_registration_gpocr_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_client_registration_gpocr_id_seq OWNER TO postgres;

--
-- Name: gpo_client_registration_gpocr_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_client_registration_gpocr_id_seq OWNED BY public.gpo_client_registration.gpocr_id;


--
-- Name: gpo_client_token_request; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_client_token_request (
    gpoctr_id integer NOT NULL,
    gpoctr_plugin_name character varying(256) NOT NULL,
    gpoctr_cient_id character varying(256) NOT NULL,
    gpoctr_created_at timestamp with time zone DEFAULT now(),
    gpoctr_issued_for character varying(256),
    gpoctr_jti_hash character varying(512)
);


ALTER TABLE public.gpo_client_token_request OWNER TO postgres;

--
-- Name: gpo_client_token_request_gpoctr_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_client_token_request_gpoctr_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_client_token_request_gpoctr_id_seq OWNER TO postgres;

--
-- Name: gpo_client_token_request_gpoctr_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_client_token_request_gpoctr_id_seq OWNED BY public.gpo_client_token_request.gpoctr_id;


--
-- Name: gpo_code; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_code (
    gpoc_id integer NOT NULL,
    gpoc_plugin_name character varying(256) NOT NULL,
    gpoc_authorization_type smallint NOT NULL,
    gpoc_username character varying(256) NOT NULL,
    gpoc_client_id character varying(256) NOT NULL,
    gpoc_resource character varying(512),
    gpoc_redirect_uri character varying(512) NOT NULL,
    gpoc_code_hash character varying(512) NOT NULL,
    gpoc_nonce character varying(512),
    gpoc_claims_request text,
    gpoc_authorization_details text,
    gpoc_s_hash character varying(512),
    gpoc_sid character varying(128),
    gpoc_expires_at timestamp with time zone DEFAULT now() NOT NULL,
    gpoc_issued_for character varying(256),
    gpoc_user_agent character varying(256),
    gpoc_code_challenge character varying(128),
    gpoc_dpop_jkt character varying(512),
    gpoc_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpo_code OWNER TO postgres;

--
-- Name: gpo_code_gpoc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_code_gpoc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_code_gpoc_id_seq OWNER TO postgres;

--
-- Name: gpo_code_gpoc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_code_gpoc_id_seq OWNED BY public.gpo_code.gpoc_id;


--
-- Name: gpo_code_scheme; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_code_scheme (
    gpoch_id integer NOT NULL,
    gpoc_id integer,
    gpoch_scheme_module character varying(128) NOT NULL
);


ALTER TABLE public.gpo_code_scheme OWNER TO postgres;

--
-- Name: gpo_code_scheme_gpoch_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_code_scheme_gpoch_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_code_scheme_gpoch_id_seq OWNER TO postgres;

--
-- Name: gpo_code_scheme_gpoch_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_code_scheme_gpoch_id_seq OWNED BY public.gpo_code_scheme.gpoch_id;


--
-- Name: gpo_code_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_code_scope (
    gpocs_id integer NOT NULL,
    gpoc_id integer,
    gpocs_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpo_code_scope OWNER TO postgres;

--
-- Name: gpo_code_scope_gpocs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_code_scope_gpocs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_code_scope_gpocs_id_seq OWNER TO postgres;

--
-- Name: gpo_code_scope_gpocs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_code_scope_gpocs_id_seq OWNED BY public.gpo_code_scope.gpocs_id;


--
-- Name: gpo_device_authorization; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_device_authorization (
    gpoda_id integer NOT NULL,
    gpoda_plugin_name character varying(256) NOT NULL,
    gpoda_client_id character varying(256) NOT NULL,
    gpoda_resource character varying(512),
    gpoda_username character varying(256),
    gpoda_created_at timestamp with time zone DEFAULT now(),
    gpoda_expires_at timestamp with time zone DEFAULT now(),
    gpoda_issued_for character varying(256),
    gpoda_device_code_hash character varying(512) NOT NULL,
    gpoda_user_code_hash character varying(512) NOT NULL,
    gpoda_sid character varying(128),
    gpoda_status smallint DEFAULT 0,
    gpoda_authorization_details text,
    gpoda_dpop_jkt character varying(512),
    gpoda_last_check timestamp with time zone DEFAULT now()
);


ALTER TABLE public.gpo_device_authorization OWNER TO postgres;

--
-- Name: gpo_device_authorization_gpoda_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_device_authorization_gpoda_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_device_authorization_gpoda_id_seq OWNER TO postgres;

--
-- Name: gpo_device_authorization_gpoda_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_device_authorization_gpoda_id_seq OWNED BY public.gpo_device_authorization.gpoda_id;


--
-- Name: gpo_device_authorization_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_device_authorization_scope (
    gpodas_id integer NOT NULL,
    gpoda_id integer,
    gpodas_scope character varying(128) NOT NULL,
    gpodas_allowed smallint DEFAULT 0
);


ALTER TABLE public.gpo_device_authorization_scope OWNER TO postgres;

--
-- Name: gpo_device_authorization_scope_gpodas_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_device_authorization_scope_gpodas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_device_authorization_scope_gpodas_id_seq OWNER TO postgres;

--
-- Name: gpo_device_authorization_scope_gpodas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_device_authorization_scope_gpodas_id_seq OWNED BY public.gpo_device_authorization_scope.gpodas_id;


--
-- Name: gpo_device_scheme; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_device_scheme (
    gpodh_id integer NOT NULL,
    gpoda_id integer,
    gpodh_scheme_module character varying(128) NOT NULL
);


ALTER TABLE public.gpo_device_scheme OWNER TO postgres;

--
-- Name: gpo_device_scheme_gpodh_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_device_scheme_gpodh_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_device_scheme_gpodh_id_seq OWNER TO postgres;

--
-- Name: gpo_device_scheme_gpodh_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_device_scheme_gpodh_id_seq OWNED BY public.gpo_device_scheme.gpodh_id;


--
-- Name: gpo_dpop; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_dpop (
    gpod_id integer NOT NULL,
    gpod_plugin_name character varying(256) NOT NULL,
    gpod_client_id character varying(256) NOT NULL,
    gpod_jti_hash character varying(512) NOT NULL,
    gpod_jkt character varying(512) NOT NULL,
    gpod_htm character varying(128) NOT NULL,
    gpod_htu character varying(512) NOT NULL,
    gpod_iat timestamp with time zone NOT NULL,
    gpod_last_seen timestamp with time zone DEFAULT CURRENT_TIMESTAMP
);


ALTER TABLE public.gpo_dpop OWNER TO postgres;

--
-- Name: gpo_dpop_client_nonce; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_dpop_client_nonce (
    gpodcn_id integer NOT NULL,
    gpodcn_client_id character varying(256) NOT NULL,
    gpodcn_nonce character varying(128) NOT NULL,
    gpodcn_counter smallint DEFAULT 0
);


ALTER TABLE public.gpo_dpop_client_nonce OWNER TO postgres;

--
-- Name: gpo_dpop_client_nonce_gpodcn_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_dpop_client_nonce_gpodcn_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_dpop_client_nonce_gpodcn_id_seq OWNER TO postgres;

--
-- Name: gpo_dpop_client_nonce_gpodcn_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_dpop_client_nonce_gpodcn_id_seq OWNED BY public.gpo_dpop_client_nonce.gpodcn_id;


--
-- Name: gpo_dpop_gpod_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_dpop_gpod_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_dpop_gpod_id_seq OWNER TO postgres;

--
-- Name: gpo_dpop_gpod_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_dpop_gpod_id_seq OWNED BY public.gpo_dpop.gpod_id;


--
-- Name: gpo_id_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_id_token (
    gpoi_id integer NOT NULL,
    gpoc_id integer,
    gpor_id integer,
    gpoi_plugin_name character varying(256) NOT NULL,
    gpoi_authorization_type smallint NOT NULL,
    gpoi_username character varying(256),
    gpoi_client_id character varying(256),
    gpoi_issued_at timestamp with time zone DEFAULT now(),
    gpoi_issued_for character varying(256),
    gpoi_user_agent character varying(256),
    gpoi_hash character varying(512),
    gpoi_sid character varying(128),
    gpoi_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpo_id_token OWNER TO postgres;

--
-- Name: gpo_id_token_gpoi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_id_token_gpoi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_id_token_gpoi_id_seq OWNER TO postgres;

--
-- Name: gpo_id_token_gpoi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_id_token_gpoi_id_seq OWNED BY public.gpo_id_token.gpoi_id;


--
-- Name: gpo_par; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_par (
    gpop_id integer NOT NULL,
    gpop_plugin_name character varying(256) NOT NULL,
    gpop_response_type character varying(128) NOT NULL,
    gpop_state text,
    gpop_username character varying(256),
    gpop_client_id character varying(256) NOT NULL,
    gpop_redirect_uri character varying(512) NOT NULL,
    gpop_request_uri_hash character varying(512) NOT NULL,
    gpop_nonce character varying(512),
    gpop_code_challenge character varying(128),
    gpop_resource character varying(512),
    gpop_dpop_jkt character varying(512),
    gpop_claims_request text,
    gpop_authorization_details text,
    gpop_additional_parameters text,
    gpop_status smallint DEFAULT 0,
    gpop_expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    gpop_issued_for character varying(256),
    gpop_user_agent character varying(256)
);


ALTER TABLE public.gpo_par OWNER TO postgres;

--
-- Name: gpo_par_gpop_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_par_gpop_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_par_gpop_id_seq OWNER TO postgres;

--
-- Name: gpo_par_gpop_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_par_gpop_id_seq OWNED BY public.gpo_par.gpop_id;


--
-- Name: gpo_par_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_par_scope (
    gpops_id integer NOT NULL,
    gpop_id integer,
    gpops_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpo_par_scope OWNER TO postgres;

--
-- Name: gpo_par_scope_gpops_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_par_scope_gpops_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_par_scope_gpops_id_seq OWNER TO postgres;

--
-- Name: gpo_par_scope_gpops_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_par_scope_gpops_id_seq OWNED BY public.gpo_par_scope.gpops_id;


--
-- Name: gpo_rar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_rar (
    gporar_id integer NOT NULL,
    gporar_plugin_name character varying(256) NOT NULL,
    gporar_client_id character varying(256) NOT NULL,
    gporar_type character varying(256) NOT NULL,
    gporar_username character varying(256),
    gporar_consent smallint DEFAULT 0,
    gporar_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpo_rar OWNER TO postgres;

--
-- Name: gpo_rar_gporar_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_rar_gporar_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_rar_gporar_id_seq OWNER TO postgres;

--
-- Name: gpo_rar_gporar_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_rar_gporar_id_seq OWNED BY public.gpo_rar.gporar_id;


--
-- Name: gpo_refresh_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_refresh_token (
    gpor_id integer NOT NULL,
    gpor_plugin_name character varying(256) NOT NULL,
    gpor_authorization_type smallint NOT NULL,
    gpoc_id integer,
    gpor_username character varying(256) NOT NULL,
    gpor_client_id character varying(256),
    gpor_resource character varying(512),
    gpor_claims_request text,
    gpor_authorization_details text,
    gpor_issued_at timestamp with time zone DEFAULT now() NOT NULL,
    gpor_expires_at timestamp with time zone DEFAULT now() NOT NULL,
    gpor_last_seen timestamp with time zone DEFAULT now() NOT NULL,
    gpor_duration integer,
    gpor_rolling_expiration smallint DEFAULT 0,
    gpor_issued_for character varying(256),
    gpor_user_agent character varying(256),
    gpor_token_hash character varying(512) NOT NULL,
    gpor_jti character varying(128),
    gpor_dpop_jkt character varying(512),
    gpor_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpo_refresh_token OWNER TO postgres;

--
-- Name: gpo_refresh_token_gpor_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_refresh_token_gpor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_refresh_token_gpor_id_seq OWNER TO postgres;

--
-- Name: gpo_refresh_token_gpor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_refresh_token_gpor_id_seq OWNED BY public.gpo_refresh_token.gpor_id;


--
-- Name: gpo_refresh_token_scope; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_refresh_token_scope (
    gpors_id integer NOT NULL,
    gpor_id integer,
    gpors_scope character varying(128) NOT NULL
);


ALTER TABLE public.gpo_refresh_token_scope OWNER TO postgres;

--
-- Name: gpo_refresh_token_scope_gpors_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_refresh_token_scope_gpors_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_refresh_token_scope_gpors_id_seq OWNER TO postgres;

--
-- Name: gpo_refresh_token_scope_gpors_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_refresh_token_scope_gpors_id_seq OWNED BY public.gpo_refresh_token_scope.gpors_id;


--
-- Name: gpo_subject_identifier; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpo_subject_identifier (
    gposi_id integer NOT NULL,
    gposi_plugin_name character varying(256) NOT NULL,
    gposi_username character varying(256) NOT NULL,
    gposi_client_id character varying(256),
    gposi_sector_identifier_uri character varying(256),
    gposi_sub character varying(256) NOT NULL
);


ALTER TABLE public.gpo_subject_identifier OWNER TO postgres;

--
-- Name: gpo_subject_identifier_gposi_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpo_subject_identifier_gposi_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpo_subject_identifier_gposi_id_seq OWNER TO postgres;

--
-- Name: gpo_subject_identifier_gposi_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpo_subject_identifier_gposi_id_seq OWNED BY public.gpo_subject_identifier.gposi_id;


--
-- Name: gpr_reset_credentials_email; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpr_reset_credentials_email (
    gprrct_id integer NOT NULL,
    gprrct_plugin_name character varying(256) NOT NULL,
    gprrct_username character varying(256) NOT NULL,
    gprrct_token_hash character varying(512),
    gprrct_callback_url text,
    gprrct_expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    gprrct_issued_for character varying(256),
    gprrct_user_agent character varying(256),
    gprrct_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpr_reset_credentials_email OWNER TO postgres;

--
-- Name: gpr_reset_credentials_email_gprrct_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpr_reset_credentials_email_gprrct_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpr_reset_credentials_email_gprrct_id_seq OWNER TO postgres;

--
-- Name: gpr_reset_credentials_email_gprrct_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpr_reset_credentials_email_gprrct_id_seq OWNED BY public.gpr_reset_credentials_email.gprrct_id;


--
-- Name: gpr_reset_credentials_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpr_reset_credentials_session (
    gprrcs_id integer NOT NULL,
    gprrcs_plugin_name character varying(256) NOT NULL,
    gprrcs_username character varying(256) NOT NULL,
    gprrcs_session_hash character varying(512),
    gprrcs_callback_url text,
    gprrcs_expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    gprrcs_issued_for character varying(256),
    gprrcs_user_agent character varying(256),
    gprrcs_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpr_reset_credentials_session OWNER TO postgres;

--
-- Name: gpr_reset_credentials_session_gprrcs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpr_reset_credentials_session_gprrcs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpr_reset_credentials_session_gprrcs_id_seq OWNER TO postgres;

--
-- Name: gpr_reset_credentials_session_gprrcs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpr_reset_credentials_session_gprrcs_id_seq OWNED BY public.gpr_reset_credentials_session.gprrcs_id;


--
-- Name: gpr_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpr_session (
    gprs_id integer NOT NULL,
    gprs_plugin_name character varying(256) NOT NULL,
    gprs_username character varying(256) NOT NULL,
    gprs_name character varying(512),
    gprs_email character varying(512),
    gprs_code_hash character varying(512),
    gprs_callback_url text,
    gprs_password_set smallint DEFAULT 0,
    gprs_session_hash character varying(512),
    gprs_token_hash character varying(512),
    gprs_expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    gprs_issued_for character varying(256),
    gprs_user_agent character varying(256),
    gprs_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpr_session OWNER TO postgres;

--
-- Name: gpr_session_gprs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpr_session_gprs_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpr_session_gprs_id_seq OWNER TO postgres;

--
-- Name: gpr_session_gprs_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpr_session_gprs_id_seq OWNED BY public.gpr_session.gprs_id;


--
-- Name: gpr_update_email; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gpr_update_email (
    gprue_id integer NOT NULL,
    gprue_plugin_name character varying(256) NOT NULL,
    gprue_username character varying(256) NOT NULL,
    gprue_email character varying(512),
    gprue_token_hash character varying(512),
    gprue_expires_at timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    gprue_issued_for character varying(256),
    gprue_user_agent character varying(256),
    gprue_enabled smallint DEFAULT 1
);


ALTER TABLE public.gpr_update_email OWNER TO postgres;

--
-- Name: gpr_update_email_gprue_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gpr_update_email_gprue_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gpr_update_email_gprue_id_seq OWNER TO postgres;

--
-- Name: gpr_update_email_gprue_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gpr_update_email_gprue_id_seq OWNED BY public.gpr_update_email.gprue_id;


--
-- Name: gs_code; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_code (
    gsc_id integer NOT NULL,
    gsc_mod_name character varying(128) NOT NULL,
    gsc_issued_at timestamp with time zone DEFAULT now() NOT NULL,
    gsc_username character varying(128) NOT NULL,
    gsc_enabled smallint DEFAULT 1,
    gsc_code_hash character varying(128),
    gsc_result smallint DEFAULT 0
);


ALTER TABLE public.gs_code OWNER TO postgres;

--
-- Name: gs_code_gsc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_code_gsc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_code_gsc_id_seq OWNER TO postgres;

--
-- Name: gs_code_gsc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_code_gsc_id_seq OWNED BY public.gs_code.gsc_id;


--
-- Name: gs_oauth2_registration; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_oauth2_registration (
    gsor_id integer NOT NULL,
    gsor_mod_name character varying(128) NOT NULL,
    gsor_provider character varying(128) NOT NULL,
    gsor_created_at timestamp with time zone DEFAULT now() NOT NULL,
    gsor_username character varying(128) NOT NULL,
    gsor_userinfo_sub character varying(128)
);


ALTER TABLE public.gs_oauth2_registration OWNER TO postgres;

--
-- Name: gs_oauth2_registration_gsor_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_oauth2_registration_gsor_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_oauth2_registration_gsor_id_seq OWNER TO postgres;

--
-- Name: gs_oauth2_registration_gsor_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_oauth2_registration_gsor_id_seq OWNED BY public.gs_oauth2_registration.gsor_id;


--
-- Name: gs_oauth2_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_oauth2_session (
    gsos_id integer NOT NULL,
    gsor_id integer,
    gsos_created_at timestamp with time zone DEFAULT now() NOT NULL,
    gsos_expires_at timestamp with time zone,
    gsos_state text NOT NULL,
    gsos_session_export text,
    gsos_status smallint DEFAULT 0
);


ALTER TABLE public.gs_oauth2_session OWNER TO postgres;

--
-- Name: gs_oauth2_session_gsos_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_oauth2_session_gsos_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_oauth2_session_gsos_id_seq OWNER TO postgres;

--
-- Name: gs_oauth2_session_gsos_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_oauth2_session_gsos_id_seq OWNED BY public.gs_oauth2_session.gsos_id;


--
-- Name: gs_otp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_otp (
    gso_id integer NOT NULL,
    gso_mod_name character varying(128) NOT NULL,
    gso_issued_at timestamp with time zone DEFAULT now() NOT NULL,
    gso_last_used timestamp with time zone DEFAULT now() NOT NULL,
    gso_username character varying(128) NOT NULL,
    gso_otp_type smallint DEFAULT 0,
    gso_secret character varying(128) NOT NULL,
    gso_hotp_moving_factor integer,
    gso_totp_time_step_size integer
);


ALTER TABLE public.gs_otp OWNER TO postgres;

--
-- Name: gs_otp_gso_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_otp_gso_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_otp_gso_id_seq OWNER TO postgres;

--
-- Name: gs_otp_gso_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_otp_gso_id_seq OWNED BY public.gs_otp.gso_id;


--
-- Name: gs_user_certificate; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_user_certificate (
    gsuc_id integer NOT NULL,
    gsuc_mod_name character varying(128) NOT NULL,
    gsuc_username character varying(128) NOT NULL,
    gsuc_enabled smallint DEFAULT 1,
    gsuc_x509_certificate_content text,
    gsuc_x509_certificate_id character varying(128) NOT NULL,
    gsuc_x509_certificate_dn character varying(512) NOT NULL,
    gsuc_x509_certificate_issuer_dn character varying(512) NOT NULL,
    gsuc_activation timestamp with time zone DEFAULT now() NOT NULL,
    gsuc_expiration timestamp with time zone DEFAULT now(),
    gsuc_last_used timestamp with time zone DEFAULT now(),
    gsuc_last_user_agent character varying(512) DEFAULT NULL::character varying
);


ALTER TABLE public.gs_user_certificate OWNER TO postgres;

--
-- Name: gs_user_certificate_gsuc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_user_certificate_gsuc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_user_certificate_gsuc_id_seq OWNER TO postgres;

--
-- Name: gs_user_certificate_gsuc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_user_certificate_gsuc_id_seq OWNED BY public.gs_user_certificate.gsuc_id;


--
-- Name: gs_webauthn_assertion; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_webauthn_assertion (
    gswa_id integer NOT NULL,
    gswu_id integer NOT NULL,
    gswc_id integer,
    gswa_session_hash character varying(128) NOT NULL,
    gswa_challenge_hash character varying(128),
    gswa_counter integer DEFAULT 0,
    gswa_issued_at timestamp with time zone DEFAULT now() NOT NULL,
    gswa_status smallint DEFAULT 0,
    gswa_mock smallint DEFAULT 0
);


ALTER TABLE public.gs_webauthn_assertion OWNER TO postgres;

--
-- Name: gs_webauthn_assertion_gswa_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_webauthn_assertion_gswa_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_webauthn_assertion_gswa_id_seq OWNER TO postgres;

--
-- Name: gs_webauthn_assertion_gswa_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_webauthn_assertion_gswa_id_seq OWNED BY public.gs_webauthn_assertion.gswa_id;


--
-- Name: gs_webauthn_credential; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_webauthn_credential (
    gswc_id integer NOT NULL,
    gswu_id integer NOT NULL,
    gswc_session_hash character varying(128) NOT NULL,
    gswc_name character varying(128),
    gswc_challenge_hash character varying(128),
    gswc_credential_id character varying(256),
    gswc_certificate character varying(128),
    gswc_public_key text,
    gswc_counter integer DEFAULT 0,
    gswc_created_at timestamp with time zone DEFAULT now() NOT NULL,
    gswc_status smallint DEFAULT 0
);


ALTER TABLE public.gs_webauthn_credential OWNER TO postgres;

--
-- Name: gs_webauthn_credential_gswc_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_webauthn_credential_gswc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_webauthn_credential_gswc_id_seq OWNER TO postgres;

--
-- Name: gs_webauthn_credential_gswc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_webauthn_credential_gswc_id_seq OWNED BY public.gs_webauthn_credential.gswc_id;


--
-- Name: gs_webauthn_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gs_webauthn_user (
    gswu_id integer NOT NULL,
    gswu_mod_name character varying(128) NOT NULL,
    gswu_username character varying(128) NOT NULL,
    gswu_user_id character varying(128) NOT NULL
);


ALTER TABLE public.gs_webauthn_user OWNER TO postgres;

--
-- Name: gs_webauthn_user_gswu_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.gs_webauthn_user_gswu_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.gs_webauthn_user_gswu_id_seq OWNER TO postgres;

--
-- Name: gs_webauthn_user_gswu_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.gs_webauthn_user_gswu_id_seq OWNED BY public.gs_webauthn_user.gswu_id;


--
-- Name: g_api_key gak_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_api_key ALTER COLUMN gak_id SET DEFAULT nextval('public.g_api_key_gak_id_seq'::regclass);


--
-- Name: g_client gc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client ALTER COLUMN gc_id SET DEFAULT nextval('public.g_client_gc_id_seq'::regclass);


--
-- Name: g_client_module_instance gcmi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_module_instance ALTER COLUMN gcmi_id SET DEFAULT nextval('public.g_client_module_instance_gcmi_id_seq'::regclass);


--
-- Name: g_client_property gcp_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_property ALTER COLUMN gcp_id SET DEFAULT nextval('public.g_client_property_gcp_id_seq'::regclass);


--
-- Name: g_client_property gc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_property ALTER COLUMN gc_id SET DEFAULT nextval('public.g_client_property_gc_id_seq'::regclass);


--
-- Name: g_client_scope gcs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope ALTER COLUMN gcs_id SET DEFAULT nextval('public.g_client_scope_gcs_id_seq'::regclass);


--
-- Name: g_client_scope_client gcsu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope_client ALTER COLUMN gcsu_id SET DEFAULT nextval('public.g_client_scope_client_gcsu_id_seq'::regclass);


--
-- Name: g_client_scope_client gc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope_client ALTER COLUMN gc_id SET DEFAULT nextval('public.g_client_scope_client_gc_id_seq'::regclass);


--
-- Name: g_client_scope_client gcs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope_client ALTER COLUMN gcs_id SET DEFAULT nextval('public.g_client_scope_client_gcs_id_seq'::regclass);


--
-- Name: g_client_user_scope gcus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_user_scope ALTER COLUMN gcus_id SET DEFAULT nextval('public.g_client_user_scope_gcus_id_seq'::regclass);


--
-- Name: g_misc_config gmc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_misc_config ALTER COLUMN gmc_id SET DEFAULT nextval('public.g_misc_config_gmc_id_seq'::regclass);


--
-- Name: g_plugin_module_instance gpmi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_plugin_module_instance ALTER COLUMN gpmi_id SET DEFAULT nextval('public.g_plugin_module_instance_gpmi_id_seq'::regclass);


--
-- Name: g_scope gs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope ALTER COLUMN gs_id SET DEFAULT nextval('public.g_scope_gs_id_seq'::regclass);


--
-- Name: g_scope_group gsg_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group ALTER COLUMN gsg_id SET DEFAULT nextval('public.g_scope_group_gsg_id_seq'::regclass);


--
-- Name: g_scope_group_auth_scheme_module_instance gsgasmi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group_auth_scheme_module_instance ALTER COLUMN gsgasmi_id SET DEFAULT nextval('public.g_scope_group_auth_scheme_module_instance_gsgasmi_id_seq'::regclass);


--
-- Name: g_user gu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user ALTER COLUMN gu_id SET DEFAULT nextval('public.g_user_gu_id_seq'::regclass);


--
-- Name: g_user_auth_scheme_module_instance guasmi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_auth_scheme_module_instance ALTER COLUMN guasmi_id SET DEFAULT nextval('public.g_user_auth_scheme_module_instance_guasmi_id_seq'::regclass);


--
-- Name: g_user_middleware_module_instance gummi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_middleware_module_instance ALTER COLUMN gummi_id SET DEFAULT nextval('public.g_user_middleware_module_instance_gummi_id_seq'::regclass);


--
-- Name: g_user_module_instance gumi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_module_instance ALTER COLUMN gumi_id SET DEFAULT nextval('public.g_user_module_instance_gumi_id_seq'::regclass);


--
-- Name: g_user_password guw_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_password ALTER COLUMN guw_id SET DEFAULT nextval('public.g_user_password_guw_id_seq'::regclass);


--
-- Name: g_user_password gu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_password ALTER COLUMN gu_id SET DEFAULT nextval('public.g_user_password_gu_id_seq'::regclass);


--
-- Name: g_user_property gup_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_property ALTER COLUMN gup_id SET DEFAULT nextval('public.g_user_property_gup_id_seq'::regclass);


--
-- Name: g_user_property gu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_property ALTER COLUMN gu_id SET DEFAULT nextval('public.g_user_property_gu_id_seq'::regclass);


--
-- Name: g_user_scope gus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope ALTER COLUMN gus_id SET DEFAULT nextval('public.g_user_scope_gus_id_seq'::regclass);


--
-- Name: g_user_scope_user gusu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope_user ALTER COLUMN gusu_id SET DEFAULT nextval('public.g_user_scope_user_gusu_id_seq'::regclass);


--
-- Name: g_user_scope_user gu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope_user ALTER COLUMN gu_id SET DEFAULT nextval('public.g_user_scope_user_gu_id_seq'::regclass);


--
-- Name: g_user_scope_user gus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope_user ALTER COLUMN gus_id SET DEFAULT nextval('public.g_user_scope_user_gus_id_seq'::regclass);


--
-- Name: g_user_session gus_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_session ALTER COLUMN gus_id SET DEFAULT nextval('public.g_user_session_gus_id_seq'::regclass);


--
-- Name: g_user_session_scheme guss_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_session_scheme ALTER COLUMN guss_id SET DEFAULT nextval('public.g_user_session_scheme_guss_id_seq'::regclass);


--
-- Name: gpg_access_token gpga_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_access_token ALTER COLUMN gpga_id SET DEFAULT nextval('public.gpg_access_token_gpga_id_seq'::regclass);


--
-- Name: gpg_access_token_scope gpgas_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_access_token_scope ALTER COLUMN gpgas_id SET DEFAULT nextval('public.gpg_access_token_scope_gpgas_id_seq'::regclass);


--
-- Name: gpg_code gpgc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_code ALTER COLUMN gpgc_id SET DEFAULT nextval('public.gpg_code_gpgc_id_seq'::regclass);


--
-- Name: gpg_code_scope gpgcs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_code_scope ALTER COLUMN gpgcs_id SET DEFAULT nextval('public.gpg_code_scope_gpgcs_id_seq'::regclass);


--
-- Name: gpg_device_authorization gpgda_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_device_authorization ALTER COLUMN gpgda_id SET DEFAULT nextval('public.gpg_device_authorization_gpgda_id_seq'::regclass);


--
-- Name: gpg_device_authorization_scope gpgdas_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_device_authorization_scope ALTER COLUMN gpgdas_id SET DEFAULT nextval('public.gpg_device_authorization_scope_gpgdas_id_seq'::regclass);


--
-- Name: gpg_refresh_token gpgr_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_refresh_token ALTER COLUMN gpgr_id SET DEFAULT nextval('public.gpg_refresh_token_gpgr_id_seq'::regclass);


--
-- Name: gpg_refresh_token_scope gpgrs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_refresh_token_scope ALTER COLUMN gpgrs_id SET DEFAULT nextval('public.gpg_refresh_token_scope_gpgrs_id_seq'::regclass);


--
-- Name: gpo_access_token gpoa_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_access_token ALTER COLUMN gpoa_id SET DEFAULT nextval('public.gpo_access_token_gpoa_id_seq'::regclass);


--
-- Name: gpo_access_token_scope gpoas_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_access_token_scope ALTER COLUMN gpoas_id SET DEFAULT nextval('public.gpo_access_token_scope_gpoas_id_seq'::regclass);


--
-- Name: gpo_ciba gpob_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba ALTER COLUMN gpob_id SET DEFAULT nextval('public.gpo_ciba_gpob_id_seq'::regclass);


--
-- Name: gpo_ciba_scheme gpobh_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba_scheme ALTER COLUMN gpobh_id SET DEFAULT nextval('public.gpo_ciba_scheme_gpobh_id_seq'::regclass);


--
-- Name: gpo_ciba_scope gpocs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba_scope ALTER COLUMN gpocs_id SET DEFAULT nextval('public.gpo_ciba_scope_gpocs_id_seq'::regclass);


--
-- Name: gpo_client_registration gpocr_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_client_registration ALTER COLUMN gpocr_id SET DEFAULT nextval('public.gpo_client_registration_gpocr_id_seq'::regclass);


--
-- Name: gpo_client_token_request gpoctr_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_client_token_request ALTER COLUMN gpoctr_id SET DEFAULT nextval('public.gpo_client_token_request_gpoctr_id_seq'::regclass);


--
-- Name: gpo_code gpoc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code ALTER COLUMN gpoc_id SET DEFAULT nextval('public.gpo_code_gpoc_id_seq'::regclass);


--
-- Name: gpo_code_scheme gpoch_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code_scheme ALTER COLUMN gpoch_id SET DEFAULT nextval('public.gpo_code_scheme_gpoch_id_seq'::regclass);


--
-- Name: gpo_code_scope gpocs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code_scope ALTER COLUMN gpocs_id SET DEFAULT nextval('public.gpo_code_scope_gpocs_id_seq'::regclass);


--
-- Name: gpo_device_authorization gpoda_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_authorization ALTER COLUMN gpoda_id SET DEFAULT nextval('public.gpo_device_authorization_gpoda_id_seq'::regclass);


--
-- Name: gpo_device_authorization_scope gpodas_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_authorization_scope ALTER COLUMN gpodas_id SET DEFAULT nextval('public.gpo_device_authorization_scope_gpodas_id_seq'::regclass);


--
-- Name: gpo_device_scheme gpodh_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_scheme ALTER COLUMN gpodh_id SET DEFAULT nextval('public.gpo_device_scheme_gpodh_id_seq'::regclass);


--
-- Name: gpo_dpop gpod_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_dpop ALTER COLUMN gpod_id SET DEFAULT nextval('public.gpo_dpop_gpod_id_seq'::regclass);


--
-- Name: gpo_dpop_client_nonce gpodcn_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_dpop_client_nonce ALTER COLUMN gpodcn_id SET DEFAULT nextval('public.gpo_dpop_client_nonce_gpodcn_id_seq'::regclass);


--
-- Name: gpo_id_token gpoi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_id_token ALTER COLUMN gpoi_id SET DEFAULT nextval('public.gpo_id_token_gpoi_id_seq'::regclass);


--
-- Name: gpo_par gpop_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_par ALTER COLUMN gpop_id SET DEFAULT nextval('public.gpo_par_gpop_id_seq'::regclass);


--
-- Name: gpo_par_scope gpops_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_par_scope ALTER COLUMN gpops_id SET DEFAULT nextval('public.gpo_par_scope_gpops_id_seq'::regclass);


--
-- Name: gpo_rar gporar_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_rar ALTER COLUMN gporar_id SET DEFAULT nextval('public.gpo_rar_gporar_id_seq'::regclass);


--
-- Name: gpo_refresh_token gpor_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_refresh_token ALTER COLUMN gpor_id SET DEFAULT nextval('public.gpo_refresh_token_gpor_id_seq'::regclass);


--
-- Name: gpo_refresh_token_scope gpors_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_refresh_token_scope ALTER COLUMN gpors_id SET DEFAULT nextval('public.gpo_refresh_token_scope_gpors_id_seq'::regclass);


--
-- Name: gpo_subject_identifier gposi_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_subject_identifier ALTER COLUMN gposi_id SET DEFAULT nextval('public.gpo_subject_identifier_gposi_id_seq'::regclass);


--
-- Name: gpr_reset_credentials_email gprrct_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_reset_credentials_email ALTER COLUMN gprrct_id SET DEFAULT nextval('public.gpr_reset_credentials_email_gprrct_id_seq'::regclass);


--
-- Name: gpr_reset_credentials_session gprrcs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_reset_credentials_session ALTER COLUMN gprrcs_id SET DEFAULT nextval('public.gpr_reset_credentials_session_gprrcs_id_seq'::regclass);


--
-- Name: gpr_session gprs_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_session ALTER COLUMN gprs_id SET DEFAULT nextval('public.gpr_session_gprs_id_seq'::regclass);


--
-- Name: gpr_update_email gprue_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_update_email ALTER COLUMN gprue_id SET DEFAULT nextval('public.gpr_update_email_gprue_id_seq'::regclass);


--
-- Name: gs_code gsc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_code ALTER COLUMN gsc_id SET DEFAULT nextval('public.gs_code_gsc_id_seq'::regclass);


--
-- Name: gs_oauth2_registration gsor_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_oauth2_registration ALTER COLUMN gsor_id SET DEFAULT nextval('public.gs_oauth2_registration_gsor_id_seq'::regclass);


--
-- Name: gs_oauth2_session gsos_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_oauth2_session ALTER COLUMN gsos_id SET DEFAULT nextval('public.gs_oauth2_session_gsos_id_seq'::regclass);


--
-- Name: gs_otp gso_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_otp ALTER COLUMN gso_id SET DEFAULT nextval('public.gs_otp_gso_id_seq'::regclass);


--
-- Name: gs_user_certificate gsuc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_user_certificate ALTER COLUMN gsuc_id SET DEFAULT nextval('public.gs_user_certificate_gsuc_id_seq'::regclass);


--
-- Name: gs_webauthn_assertion gswa_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_assertion ALTER COLUMN gswa_id SET DEFAULT nextval('public.gs_webauthn_assertion_gswa_id_seq'::regclass);


--
-- Name: gs_webauthn_credential gswc_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_credential ALTER COLUMN gswc_id SET DEFAULT nextval('public.gs_webauthn_credential_gswc_id_seq'::regclass);


--
-- Name: gs_webauthn_user gswu_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_user ALTER COLUMN gswu_id SET DEFAULT nextval('public.gs_webauthn_user_gswu_id_seq'::regclass);


--
-- Name: g_api_key g_api_key_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_api_key
    ADD CONSTRAINT g_api_key_pkey PRIMARY KEY (gak_id);


--
-- Name: g_client g_client_gc_client_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client
    ADD CONSTRAINT g_client_gc_client_id_key UNIQUE (gc_client_id);


--
-- Name: g_client_module_instance g_client_module_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_module_instance
    ADD CONSTRAINT g_client_module_instance_pkey PRIMARY KEY (gcmi_id);


--
-- Name: g_client g_client_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client
    ADD CONSTRAINT g_client_pkey PRIMARY KEY (gc_id);


--
-- Name: g_client_property g_client_property_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_property
    ADD CONSTRAINT g_client_property_pkey PRIMARY KEY (gcp_id);


--
-- Name: g_client_scope_client g_client_scope_client_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope_client
    ADD CONSTRAINT g_client_scope_client_pkey PRIMARY KEY (gcsu_id);


--
-- Name: g_client_scope g_client_scope_gcs_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope
    ADD CONSTRAINT g_client_scope_gcs_name_key UNIQUE (gcs_name);


--
-- Name: g_client_scope g_client_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope
    ADD CONSTRAINT g_client_scope_pkey PRIMARY KEY (gcs_id);


--
-- Name: g_client_user_scope g_client_user_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_user_scope
    ADD CONSTRAINT g_client_user_scope_pkey PRIMARY KEY (gcus_id);


--
-- Name: g_misc_config g_misc_config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_misc_config
    ADD CONSTRAINT g_misc_config_pkey PRIMARY KEY (gmc_id);


--
-- Name: g_plugin_module_instance g_plugin_module_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_plugin_module_instance
    ADD CONSTRAINT g_plugin_module_instance_pkey PRIMARY KEY (gpmi_id);


--
-- Name: g_scope_group_auth_scheme_module_instance g_scope_group_auth_scheme_module_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group_auth_scheme_module_instance
    ADD CONSTRAINT g_scope_group_auth_scheme_module_instance_pkey PRIMARY KEY (gsgasmi_id);


--
-- Name: g_scope_group g_scope_group_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group
    ADD CONSTRAINT g_scope_group_pkey PRIMARY KEY (gsg_id);


--
-- Name: g_scope g_scope_gs_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope
    ADD CONSTRAINT g_scope_gs_name_key UNIQUE (gs_name);


--
-- Name: g_scope g_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope
    ADD CONSTRAINT g_scope_pkey PRIMARY KEY (gs_id);


--
-- Name: g_user_auth_scheme_module_instance g_user_auth_scheme_module_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_auth_scheme_module_instance
    ADD CONSTRAINT g_user_auth_scheme_module_instance_pkey PRIMARY KEY (guasmi_id);


--
-- Name: g_user g_user_gu_username_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user
    ADD CONSTRAINT g_user_gu_username_key UNIQUE (gu_username);


--
-- Name: g_user_middleware_module_instance g_user_middleware_module_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_middleware_module_instance
    ADD CONSTRAINT g_user_middleware_module_instance_pkey PRIMARY KEY (gummi_id);


--
-- Name: g_user_module_instance g_user_module_instance_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_module_instance
    ADD CONSTRAINT g_user_module_instance_pkey PRIMARY KEY (gumi_id);


--
-- Name: g_user_password g_user_password_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_password
    ADD CONSTRAINT g_user_password_pkey PRIMARY KEY (guw_id);


--
-- Name: g_user g_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user
    ADD CONSTRAINT g_user_pkey PRIMARY KEY (gu_id);


--
-- Name: g_user_property g_user_property_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_property
    ADD CONSTRAINT g_user_property_pkey PRIMARY KEY (gup_id);


--
-- Name: g_user_scope g_user_scope_gus_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope
    ADD CONSTRAINT g_user_scope_gus_name_key UNIQUE (gus_name);


--
-- Name: g_user_scope g_user_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope
    ADD CONSTRAINT g_user_scope_pkey PRIMARY KEY (gus_id);


--
-- Name: g_user_scope_user g_user_scope_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope_user
    ADD CONSTRAINT g_user_scope_user_pkey PRIMARY KEY (gusu_id);


--
-- Name: g_user_session g_user_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_session
    ADD CONSTRAINT g_user_session_pkey PRIMARY KEY (gus_id);


--
-- Name: g_user_session_scheme g_user_session_scheme_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_session_scheme
    ADD CONSTRAINT g_user_session_scheme_pkey PRIMARY KEY (guss_id);


--
-- Name: gpg_access_token gpg_access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_access_token
    ADD CONSTRAINT gpg_access_token_pkey PRIMARY KEY (gpga_id);


--
-- Name: gpg_access_token_scope gpg_access_token_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_access_token_scope
    ADD CONSTRAINT gpg_access_token_scope_pkey PRIMARY KEY (gpgas_id);


--
-- Name: gpg_code gpg_code_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_code
    ADD CONSTRAINT gpg_code_pkey PRIMARY KEY (gpgc_id);


--
-- Name: gpg_code_scope gpg_code_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_code_scope
    ADD CONSTRAINT gpg_code_scope_pkey PRIMARY KEY (gpgcs_id);


--
-- Name: gpg_device_authorization gpg_device_authorization_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_device_authorization
    ADD CONSTRAINT gpg_device_authorization_pkey PRIMARY KEY (gpgda_id);


--
-- Name: gpg_device_authorization_scope gpg_device_authorization_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_device_authorization_scope
    ADD CONSTRAINT gpg_device_authorization_scope_pkey PRIMARY KEY (gpgdas_id);


--
-- Name: gpg_refresh_token gpg_refresh_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_refresh_token
    ADD CONSTRAINT gpg_refresh_token_pkey PRIMARY KEY (gpgr_id);


--
-- Name: gpg_refresh_token_scope gpg_refresh_token_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_refresh_token_scope
    ADD CONSTRAINT gpg_refresh_token_scope_pkey PRIMARY KEY (gpgrs_id);


--
-- Name: gpo_access_token gpo_access_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_access_token
    ADD CONSTRAINT gpo_access_token_pkey PRIMARY KEY (gpoa_id);


--
-- Name: gpo_access_token_scope gpo_access_token_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_access_token_scope
    ADD CONSTRAINT gpo_access_token_scope_pkey PRIMARY KEY (gpoas_id);


--
-- Name: gpo_ciba gpo_ciba_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba
    ADD CONSTRAINT gpo_ciba_pkey PRIMARY KEY (gpob_id);


--
-- Name: gpo_ciba_scheme gpo_ciba_scheme_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba_scheme
    ADD CONSTRAINT gpo_ciba_scheme_pkey PRIMARY KEY (gpobh_id);


--
-- Name: gpo_ciba_scope gpo_ciba_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba_scope
    ADD CONSTRAINT gpo_ciba_scope_pkey PRIMARY KEY (gpocs_id);


--
-- Name: gpo_client_registration gpo_client_registration_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_client_registration
    ADD CONSTRAINT gpo_client_registration_pkey PRIMARY KEY (gpocr_id);


--
-- Name: gpo_client_token_request gpo_client_token_request_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_client_token_request
    ADD CONSTRAINT gpo_client_token_request_pkey PRIMARY KEY (gpoctr_id);


--
-- Name: gpo_code gpo_code_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code
    ADD CONSTRAINT gpo_code_pkey PRIMARY KEY (gpoc_id);


--
-- Name: gpo_code_scheme gpo_code_scheme_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code_scheme
    ADD CONSTRAINT gpo_code_scheme_pkey PRIMARY KEY (gpoch_id);


--
-- Name: gpo_code_scope gpo_code_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code_scope
    ADD CONSTRAINT gpo_code_scope_pkey PRIMARY KEY (gpocs_id);


--
-- Name: gpo_device_authorization gpo_device_authorization_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_authorization
    ADD CONSTRAINT gpo_device_authorization_pkey PRIMARY KEY (gpoda_id);


--
-- Name: gpo_device_authorization_scope gpo_device_authorization_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_authorization_scope
    ADD CONSTRAINT gpo_device_authorization_scope_pkey PRIMARY KEY (gpodas_id);


--
-- Name: gpo_device_scheme gpo_device_scheme_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_scheme
    ADD CONSTRAINT gpo_device_scheme_pkey PRIMARY KEY (gpodh_id);


--
-- Name: gpo_dpop_client_nonce gpo_dpop_client_nonce_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_dpop_client_nonce
    ADD CONSTRAINT gpo_dpop_client_nonce_pkey PRIMARY KEY (gpodcn_id);


--
-- Name: gpo_dpop gpo_dpop_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_dpop
    ADD CONSTRAINT gpo_dpop_pkey PRIMARY KEY (gpod_id);


--
-- Name: gpo_id_token gpo_id_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_id_token
    ADD CONSTRAINT gpo_id_token_pkey PRIMARY KEY (gpoi_id);


--
-- Name: gpo_par gpo_par_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_par
    ADD CONSTRAINT gpo_par_pkey PRIMARY KEY (gpop_id);


--
-- Name: gpo_par_scope gpo_par_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_par_scope
    ADD CONSTRAINT gpo_par_scope_pkey PRIMARY KEY (gpops_id);


--
-- Name: gpo_rar gpo_rar_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_rar
    ADD CONSTRAINT gpo_rar_pkey PRIMARY KEY (gporar_id);


--
-- Name: gpo_refresh_token gpo_refresh_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_refresh_token
    ADD CONSTRAINT gpo_refresh_token_pkey PRIMARY KEY (gpor_id);


--
-- Name: gpo_refresh_token_scope gpo_refresh_token_scope_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_refresh_token_scope
    ADD CONSTRAINT gpo_refresh_token_scope_pkey PRIMARY KEY (gpors_id);


--
-- Name: gpo_subject_identifier gpo_subject_identifier_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_subject_identifier
    ADD CONSTRAINT gpo_subject_identifier_pkey PRIMARY KEY (gposi_id);


--
-- Name: gpr_reset_credentials_email gpr_reset_credentials_email_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_reset_credentials_email
    ADD CONSTRAINT gpr_reset_credentials_email_pkey PRIMARY KEY (gprrct_id);


--
-- Name: gpr_reset_credentials_session gpr_reset_credentials_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_reset_credentials_session
    ADD CONSTRAINT gpr_reset_credentials_session_pkey PRIMARY KEY (gprrcs_id);


--
-- Name: gpr_session gpr_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_session
    ADD CONSTRAINT gpr_session_pkey PRIMARY KEY (gprs_id);


--
-- Name: gpr_update_email gpr_update_email_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpr_update_email
    ADD CONSTRAINT gpr_update_email_pkey PRIMARY KEY (gprue_id);


--
-- Name: gs_code gs_code_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_code
    ADD CONSTRAINT gs_code_pkey PRIMARY KEY (gsc_id);


--
-- Name: gs_oauth2_registration gs_oauth2_registration_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_oauth2_registration
    ADD CONSTRAINT gs_oauth2_registration_pkey PRIMARY KEY (gsor_id);


--
-- Name: gs_oauth2_session gs_oauth2_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_oauth2_session
    ADD CONSTRAINT gs_oauth2_session_pkey PRIMARY KEY (gsos_id);


--
-- Name: gs_otp gs_otp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_otp
    ADD CONSTRAINT gs_otp_pkey PRIMARY KEY (gso_id);


--
-- Name: gs_user_certificate gs_user_certificate_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_user_certificate
    ADD CONSTRAINT gs_user_certificate_pkey PRIMARY KEY (gsuc_id);


--
-- Name: gs_webauthn_assertion gs_webauthn_assertion_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_assertion
    ADD CONSTRAINT gs_webauthn_assertion_pkey PRIMARY KEY (gswa_id);


--
-- Name: gs_webauthn_credential gs_webauthn_credential_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_credential
    ADD CONSTRAINT gs_webauthn_credential_pkey PRIMARY KEY (gswc_id);


--
-- Name: gs_webauthn_user gs_webauthn_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_user
    ADD CONSTRAINT gs_webauthn_user_pkey PRIMARY KEY (gswu_id);


--
-- Name: i_g_client_property_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_client_property_name ON public.g_client_property USING btree (gcp_name);


--
-- Name: i_g_client_user_scope_client_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_client_user_scope_client_id ON public.g_client_user_scope USING btree (gcus_client_id);


--
-- Name: i_g_client_user_scope_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_client_user_scope_username ON public.g_client_user_scope USING btree (gcus_username);


--
-- Name: i_g_user_property_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_user_property_name ON public.g_user_property USING btree (gup_name);


--
-- Name: i_g_user_session_expiration; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_user_session_expiration ON public.g_user_session USING btree (gus_expiration);


--
-- Name: i_g_user_session_last_login; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_user_session_last_login ON public.g_user_session USING btree (gus_last_login);


--
-- Name: i_g_user_session_scheme_expiration; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_user_session_scheme_expiration ON public.g_user_session_scheme USING btree (guss_expiration);


--
-- Name: i_g_user_session_scheme_last_login; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_user_session_scheme_last_login ON public.g_user_session_scheme USING btree (guss_last_login);


--
-- Name: i_g_user_session_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_g_user_session_username ON public.g_user_session USING btree (gus_username);


--
-- Name: i_gak_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gak_token_hash ON public.g_api_key USING btree (gak_token_hash);


--
-- Name: i_gmc_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gmc_name ON public.g_misc_config USING btree (gmc_name);


--
-- Name: i_gmc_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gmc_type ON public.g_misc_config USING btree (gmc_type);


--
-- Name: i_gpga_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpga_token_hash ON public.gpg_access_token USING btree (gpga_token_hash);


--
-- Name: i_gpgc_code_challenge; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpgc_code_challenge ON public.gpg_code USING btree (gpgc_code_challenge);


--
-- Name: i_gpgc_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpgc_code_hash ON public.gpg_code USING btree (gpgc_code_hash);


--
-- Name: i_gpgda_device_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpgda_device_code_hash ON public.gpg_device_authorization USING btree (gpgda_device_code_hash);


--
-- Name: i_gpgda_user_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpgda_user_code_hash ON public.gpg_device_authorization USING btree (gpgda_user_code_hash);


--
-- Name: i_gpgr_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpgr_token_hash ON public.gpg_refresh_token USING btree (gpgr_token_hash);


--
-- Name: i_gpoa_jti; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoa_jti ON public.gpo_access_token USING btree (gpoa_jti);


--
-- Name: i_gpoa_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoa_token_hash ON public.gpo_access_token USING btree (gpoa_token_hash);


--
-- Name: i_gpob_auth_req_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpob_auth_req_id ON public.gpo_ciba USING btree (gpob_auth_req_id);


--
-- Name: i_gpob_client_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpob_client_id ON public.gpo_ciba USING btree (gpob_client_id);


--
-- Name: i_gpob_client_notification_token; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpob_client_notification_token ON public.gpo_ciba USING btree (gpob_client_notification_token);


--
-- Name: i_gpob_jti_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpob_jti_hash ON public.gpo_ciba USING btree (gpob_jti_hash);


--
-- Name: i_gpob_user_req_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpob_user_req_id ON public.gpo_ciba USING btree (gpob_user_req_id);


--
-- Name: i_gpoc_code_challenge; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoc_code_challenge ON public.gpo_code USING btree (gpoc_code_challenge);


--
-- Name: i_gpoc_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoc_code_hash ON public.gpo_code USING btree (gpoc_code_hash);


--
-- Name: i_gpocr_management_at_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpocr_management_at_hash ON public.gpo_client_registration USING btree (gpocr_management_at_hash);


--
-- Name: i_gpod_jti_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpod_jti_hash ON public.gpo_dpop USING btree (gpod_jti_hash);


--
-- Name: i_gpoda_device_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoda_device_code_hash ON public.gpo_device_authorization USING btree (gpoda_device_code_hash);


--
-- Name: i_gpoda_user_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoda_user_code_hash ON public.gpo_device_authorization USING btree (gpoda_user_code_hash);


--
-- Name: i_gpoi_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpoi_hash ON public.gpo_id_token USING btree (gpoi_hash);


--
-- Name: i_gpop_client_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpop_client_id ON public.gpo_par USING btree (gpop_client_id);


--
-- Name: i_gpop_code_challenge; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpop_code_challenge ON public.gpo_par USING btree (gpop_code_challenge);


--
-- Name: i_gpop_request_uri_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpop_request_uri_hash ON public.gpo_par USING btree (gpop_request_uri_hash);


--
-- Name: i_gpor_jti; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpor_jti ON public.gpo_refresh_token USING btree (gpor_jti);


--
-- Name: i_gpor_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gpor_token_hash ON public.gpo_refresh_token USING btree (gpor_token_hash);


--
-- Name: i_gporar_client_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gporar_client_id ON public.gpo_rar USING btree (gporar_client_id);


--
-- Name: i_gporar_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gporar_type ON public.gpo_rar USING btree (gporar_type);


--
-- Name: i_gporar_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gporar_username ON public.gpo_rar USING btree (gporar_username);


--
-- Name: i_gposi_sub; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gposi_sub ON public.gpo_subject_identifier USING btree (gposi_sub);


--
-- Name: i_gprrcs_session_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gprrcs_session_hash ON public.gpr_reset_credentials_session USING btree (gprrcs_session_hash);


--
-- Name: i_gprrct_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gprrct_token_hash ON public.gpr_reset_credentials_email USING btree (gprrct_token_hash);


--
-- Name: i_gprs_gprs_gprs_code_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gprs_gprs_gprs_code_hash ON public.gpr_session USING btree (gprs_code_hash);


--
-- Name: i_gprs_gprs_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gprs_gprs_token_hash ON public.gpr_session USING btree (gprs_token_hash);


--
-- Name: i_gprs_session_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gprs_session_hash ON public.gpr_session USING btree (gprs_session_hash);


--
-- Name: i_gprue_token_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gprue_token_hash ON public.gpr_update_email USING btree (gprue_token_hash);


--
-- Name: i_gsc_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gsc_username ON public.gs_code USING btree (gsc_username);


--
-- Name: i_gsor_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gsor_username ON public.gs_oauth2_registration USING btree (gsor_username);


--
-- Name: i_gsso_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gsso_username ON public.gs_otp USING btree (gso_username);


--
-- Name: i_gsuc_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gsuc_username ON public.gs_user_certificate USING btree (gsuc_username);


--
-- Name: i_gsuc_x509_certificate_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gsuc_x509_certificate_id ON public.gs_user_certificate USING btree (gsuc_x509_certificate_id);


--
-- Name: i_gswa_session_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gswa_session_hash ON public.gs_webauthn_assertion USING btree (gswa_session_hash);


--
-- Name: i_gswc_credential_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gswc_credential_id ON public.gs_webauthn_credential USING btree (gswc_credential_id);


--
-- Name: i_gswc_session_hash; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gswc_session_hash ON public.gs_webauthn_credential USING btree (gswc_session_hash);


--
-- Name: i_gswu_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_gswu_username ON public.gs_webauthn_user USING btree (gswu_username);


--
-- Name: g_client_property g_client_property_gc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_property
    ADD CONSTRAINT g_client_property_gc_id_fkey FOREIGN KEY (gc_id) REFERENCES public.g_client(gc_id) ON DELETE CASCADE;


--
-- Name: g_client_scope_client g_client_scope_client_gc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope_client
    ADD CONSTRAINT g_client_scope_client_gc_id_fkey FOREIGN KEY (gc_id) REFERENCES public.g_client(gc_id) ON DELETE CASCADE;


--
-- Name: g_client_scope_client g_client_scope_client_gcs_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_scope_client
    ADD CONSTRAINT g_client_scope_client_gcs_id_fkey FOREIGN KEY (gcs_id) REFERENCES public.g_client_scope(gcs_id) ON DELETE CASCADE;


--
-- Name: g_client_user_scope g_client_user_scope_gs_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_client_user_scope
    ADD CONSTRAINT g_client_user_scope_gs_id_fkey FOREIGN KEY (gs_id) REFERENCES public.g_scope(gs_id) ON DELETE CASCADE;


--
-- Name: g_scope_group_auth_scheme_module_instance g_scope_group_auth_scheme_module_instance_gsg_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group_auth_scheme_module_instance
    ADD CONSTRAINT g_scope_group_auth_scheme_module_instance_gsg_id_fkey FOREIGN KEY (gsg_id) REFERENCES public.g_scope_group(gsg_id) ON DELETE CASCADE;


--
-- Name: g_scope_group_auth_scheme_module_instance g_scope_group_auth_scheme_module_instance_guasmi_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group_auth_scheme_module_instance
    ADD CONSTRAINT g_scope_group_auth_scheme_module_instance_guasmi_id_fkey FOREIGN KEY (guasmi_id) REFERENCES public.g_user_auth_scheme_module_instance(guasmi_id) ON DELETE CASCADE;


--
-- Name: g_scope_group g_scope_group_gs_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_scope_group
    ADD CONSTRAINT g_scope_group_gs_id_fkey FOREIGN KEY (gs_id) REFERENCES public.g_scope(gs_id) ON DELETE CASCADE;


--
-- Name: g_user_password g_user_password_gu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_password
    ADD CONSTRAINT g_user_password_gu_id_fkey FOREIGN KEY (gu_id) REFERENCES public.g_user(gu_id) ON DELETE CASCADE;


--
-- Name: g_user_property g_user_property_gu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_property
    ADD CONSTRAINT g_user_property_gu_id_fkey FOREIGN KEY (gu_id) REFERENCES public.g_user(gu_id) ON DELETE CASCADE;


--
-- Name: g_user_scope_user g_user_scope_user_gu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope_user
    ADD CONSTRAINT g_user_scope_user_gu_id_fkey FOREIGN KEY (gu_id) REFERENCES public.g_user(gu_id) ON DELETE CASCADE;


--
-- Name: g_user_scope_user g_user_scope_user_gus_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_scope_user
    ADD CONSTRAINT g_user_scope_user_gus_id_fkey FOREIGN KEY (gus_id) REFERENCES public.g_user_scope(gus_id) ON DELETE CASCADE;


--
-- Name: g_user_session_scheme g_user_session_scheme_guasmi_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_session_scheme
    ADD CONSTRAINT g_user_session_scheme_guasmi_id_fkey FOREIGN KEY (guasmi_id) REFERENCES public.g_user_auth_scheme_module_instance(guasmi_id) ON DELETE CASCADE;


--
-- Name: g_user_session_scheme g_user_session_scheme_gus_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.g_user_session_scheme
    ADD CONSTRAINT g_user_session_scheme_gus_id_fkey FOREIGN KEY (gus_id) REFERENCES public.g_user_session(gus_id) ON DELETE CASCADE;


--
-- Name: gpg_access_token gpg_access_token_gpgr_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_access_token
    ADD CONSTRAINT gpg_access_token_gpgr_id_fkey FOREIGN KEY (gpgr_id) REFERENCES public.gpg_refresh_token(gpgr_id) ON DELETE CASCADE;


--
-- Name: gpg_access_token_scope gpg_access_token_scope_gpga_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_access_token_scope
    ADD CONSTRAINT gpg_access_token_scope_gpga_id_fkey FOREIGN KEY (gpga_id) REFERENCES public.gpg_access_token(gpga_id) ON DELETE CASCADE;


--
-- Name: gpg_code_scope gpg_code_scope_gpgc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_code_scope
    ADD CONSTRAINT gpg_code_scope_gpgc_id_fkey FOREIGN KEY (gpgc_id) REFERENCES public.gpg_code(gpgc_id) ON DELETE CASCADE;


--
-- Name: gpg_device_authorization_scope gpg_device_authorization_scope_gpgda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_device_authorization_scope
    ADD CONSTRAINT gpg_device_authorization_scope_gpgda_id_fkey FOREIGN KEY (gpgda_id) REFERENCES public.gpg_device_authorization(gpgda_id) ON DELETE CASCADE;


--
-- Name: gpg_refresh_token gpg_refresh_token_gpgc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_refresh_token
    ADD CONSTRAINT gpg_refresh_token_gpgc_id_fkey FOREIGN KEY (gpgc_id) REFERENCES public.gpg_code(gpgc_id) ON DELETE CASCADE;


--
-- Name: gpg_refresh_token_scope gpg_refresh_token_scope_gpgr_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpg_refresh_token_scope
    ADD CONSTRAINT gpg_refresh_token_scope_gpgr_id_fkey FOREIGN KEY (gpgr_id) REFERENCES public.gpg_refresh_token(gpgr_id) ON DELETE CASCADE;


--
-- Name: gpo_access_token gpo_access_token_gpor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_access_token
    ADD CONSTRAINT gpo_access_token_gpor_id_fkey FOREIGN KEY (gpor_id) REFERENCES public.gpo_refresh_token(gpor_id) ON DELETE CASCADE;


--
-- Name: gpo_access_token_scope gpo_access_token_scope_gpoa_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_access_token_scope
    ADD CONSTRAINT gpo_access_token_scope_gpoa_id_fkey FOREIGN KEY (gpoa_id) REFERENCES public.gpo_access_token(gpoa_id) ON DELETE CASCADE;


--
-- Name: gpo_ciba_scheme gpo_ciba_scheme_gpob_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba_scheme
    ADD CONSTRAINT gpo_ciba_scheme_gpob_id_fkey FOREIGN KEY (gpob_id) REFERENCES public.gpo_ciba(gpob_id) ON DELETE CASCADE;


--
-- Name: gpo_ciba_scope gpo_ciba_scope_gpob_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_ciba_scope
    ADD CONSTRAINT gpo_ciba_scope_gpob_id_fkey FOREIGN KEY (gpob_id) REFERENCES public.gpo_ciba(gpob_id) ON DELETE CASCADE;


--
-- Name: gpo_client_registration gpo_client_registration_gpoa_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_client_registration
    ADD CONSTRAINT gpo_client_registration_gpoa_id_fkey FOREIGN KEY (gpoa_id) REFERENCES public.gpo_access_token(gpoa_id) ON DELETE CASCADE;


--
-- Name: gpo_code_scheme gpo_code_scheme_gpoc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code_scheme
    ADD CONSTRAINT gpo_code_scheme_gpoc_id_fkey FOREIGN KEY (gpoc_id) REFERENCES public.gpo_code(gpoc_id) ON DELETE CASCADE;


--
-- Name: gpo_code_scope gpo_code_scope_gpoc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_code_scope
    ADD CONSTRAINT gpo_code_scope_gpoc_id_fkey FOREIGN KEY (gpoc_id) REFERENCES public.gpo_code(gpoc_id) ON DELETE CASCADE;


--
-- Name: gpo_device_authorization_scope gpo_device_authorization_scope_gpoda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_authorization_scope
    ADD CONSTRAINT gpo_device_authorization_scope_gpoda_id_fkey FOREIGN KEY (gpoda_id) REFERENCES public.gpo_device_authorization(gpoda_id) ON DELETE CASCADE;


--
-- Name: gpo_device_scheme gpo_device_scheme_gpoda_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_device_scheme
    ADD CONSTRAINT gpo_device_scheme_gpoda_id_fkey FOREIGN KEY (gpoda_id) REFERENCES public.gpo_device_authorization(gpoda_id) ON DELETE CASCADE;


--
-- Name: gpo_id_token gpo_id_token_gpoc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_id_token
    ADD CONSTRAINT gpo_id_token_gpoc_id_fkey FOREIGN KEY (gpoc_id) REFERENCES public.gpo_code(gpoc_id) ON DELETE CASCADE;


--
-- Name: gpo_id_token gpo_id_token_gpor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_id_token
    ADD CONSTRAINT gpo_id_token_gpor_id_fkey FOREIGN KEY (gpor_id) REFERENCES public.gpo_refresh_token(gpor_id) ON DELETE CASCADE;


--
-- Name: gpo_par_scope gpo_par_scope_gpop_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_par_scope
    ADD CONSTRAINT gpo_par_scope_gpop_id_fkey FOREIGN KEY (gpop_id) REFERENCES public.gpo_par(gpop_id) ON DELETE CASCADE;


--
-- Name: gpo_refresh_token gpo_refresh_token_gpoc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_refresh_token
    ADD CONSTRAINT gpo_refresh_token_gpoc_id_fkey FOREIGN KEY (gpoc_id) REFERENCES public.gpo_code(gpoc_id) ON DELETE CASCADE;


--
-- Name: gpo_refresh_token_scope gpo_refresh_token_scope_gpor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gpo_refresh_token_scope
    ADD CONSTRAINT gpo_refresh_token_scope_gpor_id_fkey FOREIGN KEY (gpor_id) REFERENCES public.gpo_refresh_token(gpor_id) ON DELETE CASCADE;


--
-- Name: gs_oauth2_session gs_oauth2_session_gsor_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_oauth2_session
    ADD CONSTRAINT gs_oauth2_session_gsor_id_fkey FOREIGN KEY (gsor_id) REFERENCES public.gs_oauth2_registration(gsor_id) ON DELETE CASCADE;


--
-- Name: gs_webauthn_assertion gs_webauthn_assertion_gswc_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_assertion
    ADD CONSTRAINT gs_webauthn_assertion_gswc_id_fkey FOREIGN KEY (gswc_id) REFERENCES public.gs_webauthn_credential(gswc_id) ON DELETE CASCADE;


--
-- Name: gs_webauthn_assertion gs_webauthn_assertion_gswu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_assertion
    ADD CONSTRAINT gs_webauthn_assertion_gswu_id_fkey FOREIGN KEY (gswu_id) REFERENCES public.gs_webauthn_user(gswu_id) ON DELETE CASCADE;


--
-- Name: gs_webauthn_credential gs_webauthn_credential_gswu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gs_webauthn_credential
    ADD CONSTRAINT gs_webauthn_credential_gswu_id_fkey FOREIGN KEY (gswu_id) REFERENCES public.gs_webauthn_user(gswu_id) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict LUvfuaNmFF14kYA4SJ7A20V8gH3lMkjzckLtEscMK8e4lOVvypOufDppJ6F50Rq

