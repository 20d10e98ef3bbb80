--
-- Schema of Icinga Web 2 2.11.4 (Debian package icingaweb2 2.11.4-2+deb12u1, usr/share/icingaweb2/schema/pgsql.schema.sql), GNU GPL v2 or later (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict BGhzgpAbYlibn5jpCgrdCdWHOpYJgEEv6BZbbEsuhoqzwFuRmHQdgp4ITPiuln4

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
-- Name: icingaweb_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingaweb_group (
    id integer NOT NULL,
    name character varying(64) NOT NULL,
    parent integer,
    ctime timestamp without time zone,
    mtime timestamp without time zone
);


ALTER TABLE public.icingaweb_group OWNER TO postgres;

--
-- Name: icingaweb_group_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icingaweb_group_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icingaweb_group_id_seq OWNER TO postgres;

--
-- Name: icingaweb_group_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icingaweb_group_id_seq OWNED BY public.icingaweb_group.id;


--
-- Name: icingaweb_group_membership; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingaweb_group_membership (
    group_id integer NOT NULL,
    username character varying(254) NOT NULL,
    ctime timestamp without time zone,
    mtime timestamp without time zone
);


ALTER TABLE public.icingaweb_group_membership OWNER TO postgres;

--
-- Name: icingaweb_rememberme; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingaweb_rememberme (
    id integer NOT NULL,
    username character varying(254) NOT NULL,
    passphrase character varying(256) NOT NULL,
    random_iv character varying(32) NOT NULL,
    http_user_agent text NOT NULL,
    expires_at timestamp without time zone,
    ctime timestamp without time zone,
    mtime timestamp without time zone
);


ALTER TABLE public.icingaweb_rememberme OWNER TO postgres;

--
-- Name: icingaweb_rememberme_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icingaweb_rememberme_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icingaweb_rememberme_id_seq OWNER TO postgres;

--
-- Name: icingaweb_rememberme_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icingaweb_rememberme_id_seq OWNED BY public.icingaweb_rememberme.id;


--
-- Name: icingaweb_schema; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingaweb_schema (
    id integer NOT NULL,
    version smallint NOT NULL,
    "timestamp" integer NOT NULL
);


ALTER TABLE public.icingaweb_schema OWNER TO postgres;

--
-- Name: icingaweb_schema_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.icingaweb_schema_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.icingaweb_schema_id_seq OWNER TO postgres;

--
-- Name: icingaweb_schema_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.icingaweb_schema_id_seq OWNED BY public.icingaweb_schema.id;


--
-- Name: icingaweb_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingaweb_user (
    name character varying(254) NOT NULL,
    active smallint NOT NULL,
    password_hash bytea NOT NULL,
    ctime timestamp without time zone,
    mtime timestamp without time zone
);


ALTER TABLE public.icingaweb_user OWNER TO postgres;

--
-- Name: icingaweb_user_preference; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icingaweb_user_preference (
    username character varying(254) NOT NULL,
    name character varying(64) NOT NULL,
    section character varying(64) NOT NULL,
    value character varying(255) NOT NULL,
    ctime timestamp without time zone,
    mtime timestamp without time zone
);


ALTER TABLE public.icingaweb_user_preference OWNER TO postgres;

--
-- Name: icingaweb_group id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_group ALTER COLUMN id SET DEFAULT nextval('public.icingaweb_group_id_seq'::regclass);


--
-- Name: icingaweb_rememberme id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_rememberme ALTER COLUMN id SET DEFAULT nextval('public.icingaweb_rememberme_id_seq'::regclass);


--
-- Name: icingaweb_schema id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_schema ALTER COLUMN id SET DEFAULT nextval('public.icingaweb_schema_id_seq'::regclass);


--
-- Name: icingaweb_group pk_icingaweb_group; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_group
    ADD CONSTRAINT pk_icingaweb_group PRIMARY KEY (id);


--
-- Name: icingaweb_rememberme pk_icingaweb_rememberme; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_rememberme
    ADD CONSTRAINT pk_icingaweb_rememberme PRIMARY KEY (id);


--
-- Name: icingaweb_schema pk_icingaweb_schema; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_schema
    ADD CONSTRAINT pk_icingaweb_schema PRIMARY KEY (id);


--
-- Name: icingaweb_user pk_icingaweb_user; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_user
    ADD CONSTRAINT pk_icingaweb_user PRIMARY KEY (name);


--
-- Name: icingaweb_user_preference pk_icingaweb_user_preference; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_user_preference
    ADD CONSTRAINT pk_icingaweb_user_preference PRIMARY KEY (username, section, name);


--
-- Name: idx_icingaweb_group; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_icingaweb_group ON public.icingaweb_group USING btree (lower((name)::text));


--
-- Name: idx_icingaweb_group_membership; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_icingaweb_group_membership ON public.icingaweb_group_membership USING btree (group_id, lower((username)::text));


--
-- Name: idx_icingaweb_user; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_icingaweb_user ON public.icingaweb_user USING btree (lower((name)::text));


--
-- Name: idx_icingaweb_user_preference; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX idx_icingaweb_user_preference ON public.icingaweb_user_preference USING btree (lower((username)::text), lower((section)::text), lower((name)::text));


--
-- Name: icingaweb_group fk_icingaweb_group_parent_id; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_group
    ADD CONSTRAINT fk_icingaweb_group_parent_id FOREIGN KEY (parent) REFERENCES public.icingaweb_group(id);


--
-- Name: icingaweb_group_membership pk_icingaweb_group_membership; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icingaweb_group_membership
    ADD CONSTRAINT pk_icingaweb_group_membership FOREIGN KEY (group_id) REFERENCES public.icingaweb_group(id);


--
-- PostgreSQL database dump complete
--

\unrestrict BGhzgpAbYlibn5jpCgrdCdWHOpYJgEEv6BZbbEsuhoqzwFuRmHQdgp4ITPiuln4

