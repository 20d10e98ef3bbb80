--
-- Schema of jabberd2 2.7.0 (Debian package jabberd2 2.7.0-4+b2, usr/share/doc/jabberd2/db-setup.pgsql.gz), GNU GPL v2 or later (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict IeZjaJ4j8ZrS5PvDlU2YxM3RvkyeepOdY6Nphy5Be7OzuGHctawSqWzb4kvH41W

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
-- Name: object-sequence; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."object-sequence"
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."object-sequence" OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: active; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.active (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    "time" integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.active OWNER TO postgres;

--
-- Name: authreg; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.authreg (
    username character varying(1023) NOT NULL,
    realm character varying(1023) NOT NULL,
    password character varying(256)
);


ALTER TABLE public.authreg OWNER TO postgres;

--
-- Name: logout; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.logout (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    "time" integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.logout OWNER TO postgres;

--
-- Name: motd-message; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."motd-message" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    xml text NOT NULL
);


ALTER TABLE public."motd-message" OWNER TO postgres;

--
-- Name: motd-times; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."motd-times" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    "time" integer NOT NULL
);


ALTER TABLE public."motd-times" OWNER TO postgres;

--
-- Name: privacy-default; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."privacy-default" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    "default" text
);


ALTER TABLE public."privacy-default" OWNER TO postgres;

--
-- Name: privacy-items; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."privacy-items" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    list text NOT NULL,
    type text,
    value text,
    deny boolean,
    "order" integer,
    block integer
);


ALTER TABLE public."privacy-items" OWNER TO postgres;

--
-- Name: private; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.private (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    ns text NOT NULL,
    xml text
);


ALTER TABLE public.private OWNER TO postgres;

--
-- Name: queue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.queue (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    xml text NOT NULL
);


ALTER TABLE public.queue OWNER TO postgres;

--
-- Name: roster-groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."roster-groups" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    jid text NOT NULL,
    "group" text NOT NULL
);


ALTER TABLE public."roster-groups" OWNER TO postgres;

--
-- Name: roster-items; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."roster-items" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    jid text NOT NULL,
    name text,
    "to" boolean NOT NULL,
    "from" boolean NOT NULL,
    ask integer NOT NULL
);


ALTER TABLE public."roster-items" OWNER TO postgres;

--
-- Name: status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.status (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint,
    status text NOT NULL,
    show text,
    "last-login" integer DEFAULT 0,
    "last-logout" integer DEFAULT 0,
    xml text
);


ALTER TABLE public.status OWNER TO postgres;

--
-- Name: vacation-settings; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public."vacation-settings" (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    start integer,
    "end" integer,
    message text
);


ALTER TABLE public."vacation-settings" OWNER TO postgres;

--
-- Name: vcard; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vcard (
    "collection-owner" text NOT NULL,
    "object-sequence" bigint DEFAULT nextval('public."object-sequence"'::regclass),
    fn text,
    nickname text,
    url text,
    tel text,
    email text,
    jabberid text,
    mailer text,
    title text,
    role text,
    bday text,
    tz text,
    "n-family" text,
    "n-given" text,
    "n-middle" text,
    "n-prefix" text,
    "n-suffix" text,
    "adr-street" text,
    "adr-extadd" text,
    "adr-pobox" text,
    "adr-locality" text,
    "adr-region" text,
    "adr-pcode" text,
    "adr-country" text,
    "geo-lat" text,
    "geo-lon" text,
    "org-orgname" text,
    "org-orgunit" text,
    "agent-extval" text,
    "sort-string" text,
    "desc" text,
    note text,
    uid text,
    "photo-type" text,
    "photo-binval" text,
    "photo-extval" text,
    "logo-type" text,
    "logo-binval" text,
    "logo-extval" text,
    "sound-phonetic" text,
    "sound-binval" text,
    "sound-extval" text,
    "key-type" text,
    "key-cred" text,
    rev text
);


ALTER TABLE public.vcard OWNER TO postgres;

--
-- Name: active active_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.active
    ADD CONSTRAINT active_pkey PRIMARY KEY ("collection-owner");


--
-- Name: authreg authreg_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authreg
    ADD CONSTRAINT authreg_pkey PRIMARY KEY (username, realm);


--
-- Name: logout logout_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.logout
    ADD CONSTRAINT logout_pkey PRIMARY KEY ("collection-owner");


--
-- Name: motd-message motd-message_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."motd-message"
    ADD CONSTRAINT "motd-message_pkey" PRIMARY KEY ("collection-owner");


--
-- Name: motd-times motd-times_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."motd-times"
    ADD CONSTRAINT "motd-times_pkey" PRIMARY KEY ("collection-owner");


--
-- Name: privacy-default privacy-default_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."privacy-default"
    ADD CONSTRAINT "privacy-default_pkey" PRIMARY KEY ("collection-owner");


--
-- Name: private private_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.private
    ADD CONSTRAINT private_pkey PRIMARY KEY ("collection-owner", ns);


--
-- Name: roster-groups roster-groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."roster-groups"
    ADD CONSTRAINT "roster-groups_pkey" PRIMARY KEY ("collection-owner", jid, "group");


--
-- Name: roster-items roster-items_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."roster-items"
    ADD CONSTRAINT "roster-items_pkey" PRIMARY KEY ("collection-owner", jid);


--
-- Name: status status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status
    ADD CONSTRAINT status_pkey PRIMARY KEY ("collection-owner");


--
-- Name: vacation-settings vacation-settings_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public."vacation-settings"
    ADD CONSTRAINT "vacation-settings_pkey" PRIMARY KEY ("collection-owner");


--
-- Name: vcard vcard_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vcard
    ADD CONSTRAINT vcard_pkey PRIMARY KEY ("collection-owner");


--
-- Name: i_authreg_realm; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_authreg_realm ON public.authreg USING btree (realm);


--
-- Name: i_authreg_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_authreg_username ON public.authreg USING btree (username);


--
-- Name: i_privacyi_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_privacyi_owner ON public."privacy-items" USING btree ("collection-owner");


--
-- Name: i_private_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_private_owner ON public.private USING btree ("collection-owner");


--
-- Name: i_queue_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_queue_owner ON public.queue USING btree ("collection-owner");


--
-- Name: i_rosterg_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_rosterg_owner ON public."roster-groups" USING btree ("collection-owner");


--
-- Name: i_rosterg_owner_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_rosterg_owner_jid ON public."roster-groups" USING btree ("collection-owner", jid);


--
-- Name: i_rosteri_owner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_rosteri_owner ON public."roster-items" USING btree ("collection-owner");


--
-- PostgreSQL database dump complete
--

\unrestrict IeZjaJ4j8ZrS5PvDlU2YxM3RvkyeepOdY6Nphy5Be7OzuGHctawSqWzb4kvH41W

