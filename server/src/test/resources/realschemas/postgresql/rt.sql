--
-- Schema of Request Tracker 5.0.3 (Debian package request-tracker5 5.0.3+dfsg-3~deb12u7, usr/share/request-tracker5/etc/schema.Pg), GNU GPL v2 (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict Depfz0hCoT3SwDeI3AdaS2Qq7uLPQZbzlUsd7qF7Vh9QpxKAibW02rqusd4vWcD

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
-- Name: acl_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.acl_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.acl_id_seq OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: acl; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acl (
    id integer DEFAULT nextval('public.acl_id_seq'::regclass) NOT NULL,
    principaltype character varying(25) NOT NULL,
    principalid integer NOT NULL,
    rightname character varying(25) NOT NULL,
    objecttype character varying(25) NOT NULL,
    objectid integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.acl OWNER TO postgres;

--
-- Name: articles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.articles (
    id integer NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    summary character varying(255) DEFAULT ''::character varying NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    class integer DEFAULT 0 NOT NULL,
    parent integer DEFAULT 0 NOT NULL,
    uri character varying(255),
    disabled smallint DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.articles OWNER TO postgres;

--
-- Name: articles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.articles_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.articles_id_seq OWNER TO postgres;

--
-- Name: articles_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.articles_id_seq OWNED BY public.articles.id;


--
-- Name: assets_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.assets_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.assets_id_seq OWNER TO postgres;

--
-- Name: assets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.assets (
    id integer DEFAULT nextval('public.assets_id_seq'::regclass) NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    catalog integer DEFAULT 0 NOT NULL,
    status character varying(64) DEFAULT ''::character varying NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.assets OWNER TO postgres;

--
-- Name: attachments_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.attachments_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.attachments_id_seq OWNER TO postgres;

--
-- Name: attachments; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.attachments (
    id bigint DEFAULT nextval('public.attachments_id_seq'::regclass) NOT NULL,
    transactionid bigint NOT NULL,
    parent bigint DEFAULT 0 NOT NULL,
    messageid character varying(160),
    subject character varying(255),
    filename character varying(255),
    contenttype character varying(80),
    contentencoding character varying(80),
    content text,
    headers text,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone
);


ALTER TABLE public.attachments OWNER TO postgres;

--
-- Name: attributes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.attributes_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.attributes_id_seq OWNER TO postgres;

--
-- Name: attributes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.attributes (
    id integer DEFAULT nextval('public.attributes_id_seq'::regclass) NOT NULL,
    name character varying(255) NOT NULL,
    description character varying(255),
    content text,
    contenttype character varying(16),
    objecttype character varying(64),
    objectid integer,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.attributes OWNER TO postgres;

--
-- Name: authtokens_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.authtokens_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.authtokens_id_seq OWNER TO postgres;

--
-- Name: authtokens; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.authtokens (
    id integer DEFAULT nextval('public.authtokens_id_seq'::regclass) NOT NULL,
    owner integer DEFAULT 0 NOT NULL,
    token character varying(256),
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    lastused timestamp without time zone,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.authtokens OWNER TO postgres;

--
-- Name: cachedgroupmembers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.cachedgroupmembers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.cachedgroupmembers_id_seq OWNER TO postgres;

--
-- Name: cachedgroupmembers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cachedgroupmembers (
    id integer DEFAULT nextval('public.cachedgroupmembers_id_seq'::regclass) NOT NULL,
    groupid integer,
    memberid integer,
    via integer,
    immediateparentid integer,
    disabled integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.cachedgroupmembers OWNER TO postgres;

--
-- Name: catalogs_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.catalogs_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.catalogs_id_seq OWNER TO postgres;

--
-- Name: catalogs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.catalogs (
    id integer DEFAULT nextval('public.catalogs_id_seq'::regclass) NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    lifecycle character varying(32) DEFAULT 'assets'::character varying NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    disabled integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.catalogs OWNER TO postgres;

--
-- Name: classes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.classes (
    id integer NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    disabled smallint DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.classes OWNER TO postgres;

--
-- Name: classes_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.classes_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.classes_id_seq OWNER TO postgres;

--
-- Name: classes_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.classes_id_seq OWNED BY public.classes.id;


--
-- Name: configurations_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.configurations_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.configurations_id_seq OWNER TO postgres;

--
-- Name: configurations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.configurations (
    id integer DEFAULT nextval('public.configurations_id_seq'::regclass) NOT NULL,
    name character varying(255) NOT NULL,
    content text,
    contenttype character varying(80),
    disabled integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.configurations OWNER TO postgres;

--
-- Name: customfields_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customfields_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customfields_id_seq OWNER TO postgres;

--
-- Name: customfields; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customfields (
    id integer DEFAULT nextval('public.customfields_id_seq'::regclass) NOT NULL,
    name character varying(200),
    type character varying(200),
    rendertype character varying(64),
    maxvalues integer DEFAULT 0 NOT NULL,
    valuesclass character varying(64),
    basedon integer,
    pattern character varying(65536),
    lookuptype character varying(255) NOT NULL,
    entryhint character varying(255),
    description character varying(255),
    sortorder integer DEFAULT 0 NOT NULL,
    uniquevalues integer DEFAULT 0 NOT NULL,
    canonicalizeclass character varying(64),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.customfields OWNER TO postgres;

--
-- Name: customfieldvalues_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customfieldvalues_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customfieldvalues_id_seq OWNER TO postgres;

--
-- Name: customfieldvalues; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customfieldvalues (
    id integer DEFAULT nextval('public.customfieldvalues_id_seq'::regclass) NOT NULL,
    customfield integer NOT NULL,
    name character varying(200),
    description character varying(255),
    sortorder integer DEFAULT 0 NOT NULL,
    category character varying(255),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.customfieldvalues OWNER TO postgres;

--
-- Name: customroles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.customroles_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.customroles_id_seq OWNER TO postgres;

--
-- Name: customroles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.customroles (
    id integer DEFAULT nextval('public.customroles_id_seq'::regclass) NOT NULL,
    name character varying(200),
    description character varying(255),
    maxvalues integer DEFAULT 0 NOT NULL,
    entryhint character varying(255),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.customroles OWNER TO postgres;

--
-- Name: groupmembers_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.groupmembers_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.groupmembers_id_seq OWNER TO postgres;

--
-- Name: groupmembers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.groupmembers (
    id integer DEFAULT nextval('public.groupmembers_id_seq'::regclass) NOT NULL,
    groupid integer DEFAULT 0 NOT NULL,
    memberid integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.groupmembers OWNER TO postgres;

--
-- Name: groups_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.groups_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.groups_id_seq OWNER TO postgres;

--
-- Name: groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.groups (
    id integer DEFAULT nextval('public.groups_id_seq'::regclass) NOT NULL,
    name character varying(200),
    description character varying(255),
    domain character varying(64),
    instance integer,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.groups OWNER TO postgres;

--
-- Name: links_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.links_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.links_id_seq OWNER TO postgres;

--
-- Name: links; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.links (
    id integer DEFAULT nextval('public.links_id_seq'::regclass) NOT NULL,
    base character varying(240),
    target character varying(240),
    type character varying(20) NOT NULL,
    localtarget integer DEFAULT 0 NOT NULL,
    localbase integer DEFAULT 0 NOT NULL,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone
);


ALTER TABLE public.links OWNER TO postgres;

--
-- Name: objectclasses; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.objectclasses (
    id integer NOT NULL,
    class integer NOT NULL,
    objecttype character varying(255) DEFAULT ''::character varying NOT NULL,
    objectid integer NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.objectclasses OWNER TO postgres;

--
-- Name: objectclasses_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.objectclasses_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.objectclasses_id_seq OWNER TO postgres;

--
-- Name: objectclasses_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.objectclasses_id_seq OWNED BY public.objectclasses.id;


--
-- Name: objectcustomfields_id_s; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.objectcustomfields_id_s
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.objectcustomfields_id_s OWNER TO postgres;

--
-- Name: objectcustomfields; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.objectcustomfields (
    id integer DEFAULT nextval('public.objectcustomfields_id_s'::regclass) NOT NULL,
    customfield integer NOT NULL,
    objectid integer NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.objectcustomfields OWNER TO postgres;

--
-- Name: objectcustomfieldvalues_id_s; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.objectcustomfieldvalues_id_s
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.objectcustomfieldvalues_id_s OWNER TO postgres;

--
-- Name: objectcustomfieldvalues; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.objectcustomfieldvalues (
    id integer DEFAULT nextval('public.objectcustomfieldvalues_id_s'::regclass) NOT NULL,
    customfield integer NOT NULL,
    objecttype character varying(255),
    objectid bigint NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    content character varying(255),
    largecontent text,
    contenttype character varying(80),
    contentencoding character varying(80),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone,
    disabled integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.objectcustomfieldvalues OWNER TO postgres;

--
-- Name: objectscrips_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.objectscrips_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.objectscrips_id_seq OWNER TO postgres;

--
-- Name: objectcustomroles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.objectcustomroles (
    id integer DEFAULT nextval('public.objectscrips_id_seq'::regclass) NOT NULL,
    customrole integer NOT NULL,
    objectid integer NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.objectcustomroles OWNER TO postgres;

--
-- Name: objectcustomroles_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.objectcustomroles_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.objectcustomroles_id_seq OWNER TO postgres;

--
-- Name: objectscrips; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.objectscrips (
    id integer DEFAULT nextval('public.objectscrips_id_seq'::regclass) NOT NULL,
    scrip integer NOT NULL,
    stage character varying(32) DEFAULT 'TransactionCreate'::character varying NOT NULL,
    objectid integer NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.objectscrips OWNER TO postgres;

--
-- Name: objecttopics; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.objecttopics (
    id integer NOT NULL,
    topic integer NOT NULL,
    objecttype character varying(64) DEFAULT ''::character varying NOT NULL,
    objectid integer NOT NULL
);


ALTER TABLE public.objecttopics OWNER TO postgres;

--
-- Name: objecttopics_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.objecttopics_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.objecttopics_id_seq OWNER TO postgres;

--
-- Name: objecttopics_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.objecttopics_id_seq OWNED BY public.objecttopics.id;


--
-- Name: principals_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.principals_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.principals_id_seq OWNER TO postgres;

--
-- Name: principals; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.principals (
    id integer DEFAULT nextval('public.principals_id_seq'::regclass) NOT NULL,
    principaltype character varying(16) NOT NULL,
    disabled integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.principals OWNER TO postgres;

--
-- Name: queues_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.queues_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.queues_id_seq OWNER TO postgres;

--
-- Name: queues; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.queues (
    id integer DEFAULT nextval('public.queues_id_seq'::regclass) NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(255),
    correspondaddress character varying(120),
    commentaddress character varying(120),
    lifecycle character varying(32),
    subjecttag character varying(120),
    sortorder integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone,
    sladisabled integer DEFAULT 1 NOT NULL,
    disabled integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.queues OWNER TO postgres;

--
-- Name: scripactions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.scripactions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.scripactions_id_seq OWNER TO postgres;

--
-- Name: scripactions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.scripactions (
    id integer DEFAULT nextval('public.scripactions_id_seq'::regclass) NOT NULL,
    name character varying(200),
    description character varying(255),
    execmodule character varying(60),
    argument character varying(255),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.scripactions OWNER TO postgres;

--
-- Name: scripconditions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.scripconditions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.scripconditions_id_seq OWNER TO postgres;

--
-- Name: scripconditions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.scripconditions (
    id integer DEFAULT nextval('public.scripconditions_id_seq'::regclass) NOT NULL,
    name character varying(200),
    description character varying(255),
    execmodule character varying(60),
    argument character varying(255),
    applicabletranstypes character varying(60),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.scripconditions OWNER TO postgres;

--
-- Name: scrips_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.scrips_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.scrips_id_seq OWNER TO postgres;

--
-- Name: scrips; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.scrips (
    id integer DEFAULT nextval('public.scrips_id_seq'::regclass) NOT NULL,
    description character varying(255),
    scripcondition integer DEFAULT 0 NOT NULL,
    scripaction integer DEFAULT 0 NOT NULL,
    customisapplicablecode text,
    custompreparecode text,
    customcommitcode text,
    disabled integer DEFAULT 0 NOT NULL,
    template character varying(200) NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.scrips OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    id character(32) NOT NULL,
    a_session bytea,
    lastupdated timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: templates_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.templates_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.templates_id_seq OWNER TO postgres;

--
-- Name: templates; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.templates (
    id integer DEFAULT nextval('public.templates_id_seq'::regclass) NOT NULL,
    queue integer DEFAULT 0 NOT NULL,
    name character varying(200) NOT NULL,
    description character varying(255),
    type character varying(16),
    content text,
    lastupdated timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone
);


ALTER TABLE public.templates OWNER TO postgres;

--
-- Name: tickets_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.tickets_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.tickets_id_seq OWNER TO postgres;

--
-- Name: tickets; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tickets (
    id integer DEFAULT nextval('public.tickets_id_seq'::regclass) NOT NULL,
    effectiveid integer DEFAULT 0 NOT NULL,
    ismerged smallint,
    queue integer DEFAULT 0 NOT NULL,
    type character varying(16),
    owner integer DEFAULT 0 NOT NULL,
    subject character varying(200) DEFAULT '[no subject]'::character varying,
    initialpriority integer DEFAULT 0 NOT NULL,
    finalpriority integer DEFAULT 0 NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    timeestimated integer DEFAULT 0 NOT NULL,
    timeworked integer DEFAULT 0 NOT NULL,
    status character varying(64),
    sla character varying(64),
    timeleft integer DEFAULT 0 NOT NULL,
    told timestamp without time zone,
    starts timestamp without time zone,
    started timestamp without time zone,
    due timestamp without time zone,
    resolved timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone
);


ALTER TABLE public.tickets OWNER TO postgres;

--
-- Name: topics; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.topics (
    id integer NOT NULL,
    parent integer DEFAULT 0 NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    description character varying(255) DEFAULT ''::character varying NOT NULL,
    objecttype character varying(64) DEFAULT ''::character varying NOT NULL,
    objectid integer NOT NULL
);


ALTER TABLE public.topics OWNER TO postgres;

--
-- Name: topics_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.topics_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.topics_id_seq OWNER TO postgres;

--
-- Name: topics_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.topics_id_seq OWNED BY public.topics.id;


--
-- Name: transactions_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.transactions_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.transactions_id_seq OWNER TO postgres;

--
-- Name: transactions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.transactions (
    id bigint DEFAULT nextval('public.transactions_id_seq'::regclass) NOT NULL,
    objecttype character varying(255) NOT NULL,
    objectid integer DEFAULT 0 NOT NULL,
    timetaken integer DEFAULT 0 NOT NULL,
    type character varying(20),
    field character varying(255),
    oldvalue character varying(255),
    newvalue character varying(255),
    referencetype character varying(255),
    oldreference integer,
    newreference integer,
    data character varying(255),
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone
);


ALTER TABLE public.transactions OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer DEFAULT nextval('public.users_id_seq'::regclass) NOT NULL,
    name character varying(200) NOT NULL,
    password character varying(256),
    authtoken character varying(16),
    comments text,
    signature text,
    emailaddress character varying(120),
    freeformcontactinfo text,
    organization character varying(200),
    realname character varying(120),
    nickname character varying(16),
    lang character varying(16),
    gecos character varying(16),
    homephone character varying(30),
    workphone character varying(30),
    mobilephone character varying(30),
    pagerphone character varying(30),
    address1 character varying(200),
    address2 character varying(200),
    city character varying(100),
    state character varying(100),
    zip character varying(16),
    country character varying(50),
    timezone character varying(50),
    smimecertificate text,
    creator integer DEFAULT 0 NOT NULL,
    created timestamp without time zone,
    lastupdatedby integer DEFAULT 0 NOT NULL,
    lastupdated timestamp without time zone
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: articles id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.articles ALTER COLUMN id SET DEFAULT nextval('public.articles_id_seq'::regclass);


--
-- Name: classes id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.classes ALTER COLUMN id SET DEFAULT nextval('public.classes_id_seq'::regclass);


--
-- Name: objectclasses id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objectclasses ALTER COLUMN id SET DEFAULT nextval('public.objectclasses_id_seq'::regclass);


--
-- Name: objecttopics id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objecttopics ALTER COLUMN id SET DEFAULT nextval('public.objecttopics_id_seq'::regclass);


--
-- Name: topics id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.topics ALTER COLUMN id SET DEFAULT nextval('public.topics_id_seq'::regclass);


--
-- Name: acl acl_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acl
    ADD CONSTRAINT acl_pkey PRIMARY KEY (id);


--
-- Name: articles articles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.articles
    ADD CONSTRAINT articles_pkey PRIMARY KEY (id);


--
-- Name: assets assets_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assets
    ADD CONSTRAINT assets_pkey PRIMARY KEY (id);


--
-- Name: attachments attachments_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attachments
    ADD CONSTRAINT attachments_pkey PRIMARY KEY (id);


--
-- Name: attributes attributes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.attributes
    ADD CONSTRAINT attributes_pkey PRIMARY KEY (id);


--
-- Name: authtokens authtokens_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.authtokens
    ADD CONSTRAINT authtokens_pkey PRIMARY KEY (id);


--
-- Name: cachedgroupmembers cachedgroupmembers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cachedgroupmembers
    ADD CONSTRAINT cachedgroupmembers_pkey PRIMARY KEY (id);


--
-- Name: catalogs catalogs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.catalogs
    ADD CONSTRAINT catalogs_pkey PRIMARY KEY (id);


--
-- Name: classes classes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.classes
    ADD CONSTRAINT classes_pkey PRIMARY KEY (id);


--
-- Name: configurations configurations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.configurations
    ADD CONSTRAINT configurations_pkey PRIMARY KEY (id);


--
-- Name: customfields customfields_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customfields
    ADD CONSTRAINT customfields_pkey PRIMARY KEY (id);


--
-- Name: customfieldvalues customfieldvalues_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customfieldvalues
    ADD CONSTRAINT customfieldvalues_pkey PRIMARY KEY (id);


--
-- Name: customroles customroles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.customroles
    ADD CONSTRAINT customroles_pkey PRIMARY KEY (id);


--
-- Name: groupmembers groupmembers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.groupmembers
    ADD CONSTRAINT groupmembers_pkey PRIMARY KEY (id);


--
-- Name: groups groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.groups
    ADD CONSTRAINT groups_pkey PRIMARY KEY (id);


--
-- Name: links links_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.links
    ADD CONSTRAINT links_pkey PRIMARY KEY (id);


--
-- Name: objectclasses objectclasses_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objectclasses
    ADD CONSTRAINT objectclasses_pkey PRIMARY KEY (id);


--
-- Name: objectcustomfields objectcustomfields_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objectcustomfields
    ADD CONSTRAINT objectcustomfields_pkey PRIMARY KEY (id);


--
-- Name: objectcustomfieldvalues objectcustomfieldvalues_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objectcustomfieldvalues
    ADD CONSTRAINT objectcustomfieldvalues_pkey PRIMARY KEY (id);


--
-- Name: objectcustomroles objectcustomroles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objectcustomroles
    ADD CONSTRAINT objectcustomroles_pkey PRIMARY KEY (id);


--
-- Name: objectscrips objectscrips_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objectscrips
    ADD CONSTRAINT objectscrips_pkey PRIMARY KEY (id);


--
-- Name: objecttopics objecttopics_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.objecttopics
    ADD CONSTRAINT objecttopics_pkey PRIMARY KEY (id);


--
-- Name: principals principals_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.principals
    ADD CONSTRAINT principals_pkey PRIMARY KEY (id);


--
-- Name: queues queues_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.queues
    ADD CONSTRAINT queues_pkey PRIMARY KEY (id);


--
-- Name: scripactions scripactions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.scripactions
    ADD CONSTRAINT scripactions_pkey PRIMARY KEY (id);


--
-- Name: scripconditions scripconditions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.scripconditions
    ADD CONSTRAINT scripconditions_pkey PRIMARY KEY (id);


--
-- Name: scrips scrips_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.scrips
    ADD CONSTRAINT scrips_pkey PRIMARY KEY (id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: templates templates_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.templates
    ADD CONSTRAINT templates_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: topics topics_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.topics
    ADD CONSTRAINT topics_pkey PRIMARY KEY (id);


--
-- Name: transactions transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: acl1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX acl1 ON public.acl USING btree (rightname, objecttype, objectid, principaltype, principalid);


--
-- Name: assetscatalog; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX assetscatalog ON public.assets USING btree (catalog);


--
-- Name: assetsname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX assetsname ON public.assets USING btree (lower((name)::text));


--
-- Name: assetsstatus; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX assetsstatus ON public.assets USING btree (status);


--
-- Name: attachments1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attachments1 ON public.attachments USING btree (parent);


--
-- Name: attachments2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attachments2 ON public.attachments USING btree (transactionid);


--
-- Name: attachments3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attachments3 ON public.attachments USING btree (parent, transactionid);


--
-- Name: attachments4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attachments4 ON public.attachments USING btree (filename);


--
-- Name: attributes1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attributes1 ON public.attributes USING btree (name);


--
-- Name: attributes2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX attributes2 ON public.attributes USING btree (objecttype, objectid);


--
-- Name: authtokensowner; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX authtokensowner ON public.authtokens USING btree (owner);


--
-- Name: cachedgroupmembers2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX cachedgroupmembers2 ON public.cachedgroupmembers USING btree (memberid, groupid, disabled);


--
-- Name: cachedgroupmembers3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX cachedgroupmembers3 ON public.cachedgroupmembers USING btree (memberid, immediateparentid);


--
-- Name: catalogsdisabled; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX catalogsdisabled ON public.catalogs USING btree (disabled);


--
-- Name: catalogsname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX catalogsname ON public.catalogs USING btree (lower((name)::text));


--
-- Name: configurations1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX configurations1 ON public.configurations USING btree (lower((name)::text), disabled);


--
-- Name: configurations2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX configurations2 ON public.configurations USING btree (disabled);


--
-- Name: customfieldvalues1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX customfieldvalues1 ON public.customfieldvalues USING btree (customfield);


--
-- Name: disgroumem; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX disgroumem ON public.cachedgroupmembers USING btree (groupid, memberid, disabled);


--
-- Name: groupmembers1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX groupmembers1 ON public.groupmembers USING btree (groupid, memberid);


--
-- Name: groups1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX groups1 ON public.groups USING btree (lower((domain)::text), lower((name)::text), instance);


--
-- Name: groups2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX groups2 ON public.groups USING btree (instance);


--
-- Name: links1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX links1 ON public.links USING btree (base, target, type);


--
-- Name: links4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX links4 ON public.links USING btree (type, localbase);


--
-- Name: objectcustomfields1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objectcustomfields1 ON public.objectcustomfields USING btree (objectid);


--
-- Name: objectcustomfieldvalues1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objectcustomfieldvalues1 ON public.objectcustomfieldvalues USING btree (customfield, objecttype, objectid, content);


--
-- Name: objectcustomfieldvalues2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX objectcustomfieldvalues2 ON public.objectcustomfieldvalues USING btree (customfield, objecttype, objectid);


--
-- Name: objectcustomroles1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX objectcustomroles1 ON public.objectcustomroles USING btree (objectid, customrole);


--
-- Name: objectscrips1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX objectscrips1 ON public.objectscrips USING btree (objectid, scrip);


--
-- Name: queues1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX queues1 ON public.queues USING btree (lower((name)::text));


--
-- Name: tickets1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX tickets1 ON public.tickets USING btree (queue, status);


--
-- Name: tickets2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX tickets2 ON public.tickets USING btree (owner);


--
-- Name: tickets3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX tickets3 ON public.tickets USING btree (effectiveid);


--
-- Name: transactions1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX transactions1 ON public.transactions USING btree (objecttype, objectid);


--
-- Name: users1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX users1 ON public.users USING btree (lower((name)::text));


--
-- Name: users4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users4 ON public.users USING btree (lower((emailaddress)::text));


--
-- PostgreSQL database dump complete
--

\unrestrict Depfz0hCoT3SwDeI3AdaS2Qq7uLPQZbzlUsd7qF7Vh9QpxKAibW02rqusd4vWcD

