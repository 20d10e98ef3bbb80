--
-- Schema of the Prelude SIEM's classic IDMEF store 14.8 (Debian package prelude-manager 5.2.0-2+b1, usr/share/dbconfig-common/data/prelude-manager/install/pgsql), GNU GPL v2 or later (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict ynFQJtgUDFUOOLAznXeEL4FPAahZG7QQ31mp9OfkCssHf81msonh8A8RiyyA4Mr

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

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _format; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public._format (
    name character varying(255) NOT NULL,
    version character varying(255) NOT NULL,
    uuid character varying(23)
);


ALTER TABLE public._format OWNER TO postgres;

--
-- Name: prelude_action; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_action (
    _message_ident bigint NOT NULL,
    _index smallint NOT NULL,
    description character varying(255),
    category character varying(32) NOT NULL,
    CONSTRAINT prelude_action_category_check CHECK (((category)::text = ANY ((ARRAY['block-installed'::character varying, 'notification-sent'::character varying, 'taken-offline'::character varying, 'other'::character varying])::text[])))
);


ALTER TABLE public.prelude_action OWNER TO postgres;

--
-- Name: prelude_additionaldata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_additionaldata (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _index smallint NOT NULL,
    type character varying(32) NOT NULL,
    meaning character varying(255),
    data bytea NOT NULL,
    CONSTRAINT prelude_additionaldata__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying])::text[]))),
    CONSTRAINT prelude_additionaldata_type_check CHECK (((type)::text = ANY ((ARRAY['boolean'::character varying, 'byte'::character varying, 'character'::character varying, 'date-time'::character varying, 'integer'::character varying, 'ntpstamp'::character varying, 'portlist'::character varying, 'real'::character varying, 'string'::character varying, 'byte-string'::character varying, 'xml'::character varying])::text[])))
);


ALTER TABLE public.prelude_additionaldata OWNER TO postgres;

--
-- Name: prelude_address; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_address (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    _index smallint NOT NULL,
    ident character varying(255),
    category character varying(32) NOT NULL,
    vlan_name character varying(255),
    vlan_num bigint,
    address character varying(255) NOT NULL,
    netmask character varying(255),
    CONSTRAINT prelude_address__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying, 'S'::character varying, 'T'::character varying])::text[]))),
    CONSTRAINT prelude_address_category_check CHECK (((category)::text = ANY ((ARRAY['unknown'::character varying, 'atm'::character varying, 'e-mail'::character varying, 'lotus-notes'::character varying, 'mac'::character varying, 'sna'::character varying, 'vm'::character varying, 'ipv4-addr'::character varying, 'ipv4-addr-hex'::character varying, 'ipv4-net'::character varying, 'ipv4-net-mask'::character varying, 'ipv6-addr'::character varying, 'ipv6-addr-hex'::character varying, 'ipv6-net'::character varying, 'ipv6-net-mask'::character varying])::text[])))
);


ALTER TABLE public.prelude_address OWNER TO postgres;

--
-- Name: prelude_alert; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_alert (
    _ident bigint NOT NULL,
    messageid character varying(255)
);


ALTER TABLE public.prelude_alert OWNER TO postgres;

--
-- Name: prelude_alert__ident_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.prelude_alert__ident_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.prelude_alert__ident_seq OWNER TO postgres;

--
-- Name: prelude_alert__ident_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.prelude_alert__ident_seq OWNED BY public.prelude_alert._ident;


--
-- Name: prelude_alertident; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_alertident (
    _message_ident bigint NOT NULL,
    _index integer NOT NULL,
    _parent_type character varying(1) NOT NULL,
    alertident character varying(255) NOT NULL,
    analyzerid character varying(255),
    CONSTRAINT prelude_alertident__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['T'::character varying, 'C'::character varying])::text[])))
);


ALTER TABLE public.prelude_alertident OWNER TO postgres;

--
-- Name: prelude_analyzer; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_analyzer (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _index smallint NOT NULL,
    analyzerid character varying(255),
    name character varying(255),
    manufacturer character varying(255),
    model character varying(255),
    version character varying(255),
    class character varying(255),
    ostype character varying(255),
    osversion character varying(255),
    CONSTRAINT prelude_analyzer__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying])::text[])))
);


ALTER TABLE public.prelude_analyzer OWNER TO postgres;

--
-- Name: prelude_analyzertime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_analyzertime (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    "time" timestamp without time zone NOT NULL,
    usec bigint NOT NULL,
    gmtoff integer NOT NULL,
    CONSTRAINT prelude_analyzertime__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying])::text[])))
);


ALTER TABLE public.prelude_analyzertime OWNER TO postgres;

--
-- Name: prelude_assessment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_assessment (
    _message_ident bigint NOT NULL
);


ALTER TABLE public.prelude_assessment OWNER TO postgres;

--
-- Name: prelude_checksum; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_checksum (
    _message_ident bigint NOT NULL,
    _parent0_index smallint NOT NULL,
    _parent1_index smallint NOT NULL,
    _index smallint NOT NULL,
    algorithm character varying(32) NOT NULL,
    value character varying(255) NOT NULL,
    checksum_key character varying(255),
    CONSTRAINT prelude_checksum_algorithm_check CHECK (((algorithm)::text = ANY ((ARRAY['MD4'::character varying, 'MD5'::character varying, 'SHA1'::character varying, 'SHA2-256'::character varying, 'SHA2-384'::character varying, 'SHA2-512'::character varying, 'CRC-32'::character varying, 'Haval'::character varying, 'Tiger'::character varying, 'Gost'::character varying])::text[])))
);


ALTER TABLE public.prelude_checksum OWNER TO postgres;

--
-- Name: prelude_classification; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_classification (
    _message_ident bigint NOT NULL,
    ident character varying(255),
    text character varying(255) NOT NULL
);


ALTER TABLE public.prelude_classification OWNER TO postgres;

--
-- Name: prelude_confidence; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_confidence (
    _message_ident bigint NOT NULL,
    confidence double precision,
    rating character varying(32) NOT NULL,
    CONSTRAINT prelude_confidence_rating_check CHECK (((rating)::text = ANY ((ARRAY['low'::character varying, 'medium'::character varying, 'high'::character varying, 'numeric'::character varying])::text[])))
);


ALTER TABLE public.prelude_confidence OWNER TO postgres;

--
-- Name: prelude_correlationalert; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_correlationalert (
    _message_ident bigint NOT NULL,
    name character varying(255) NOT NULL
);


ALTER TABLE public.prelude_correlationalert OWNER TO postgres;

--
-- Name: prelude_createtime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_createtime (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    "time" timestamp without time zone NOT NULL,
    usec bigint NOT NULL,
    gmtoff integer NOT NULL,
    CONSTRAINT prelude_createtime__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying])::text[])))
);


ALTER TABLE public.prelude_createtime OWNER TO postgres;

--
-- Name: prelude_detecttime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_detecttime (
    _message_ident bigint NOT NULL,
    "time" timestamp without time zone NOT NULL,
    usec bigint NOT NULL,
    gmtoff integer NOT NULL
);


ALTER TABLE public.prelude_detecttime OWNER TO postgres;

--
-- Name: prelude_file; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_file (
    _message_ident bigint NOT NULL,
    _parent0_index smallint NOT NULL,
    _index smallint NOT NULL,
    ident character varying(255),
    path character varying(255) NOT NULL,
    name character varying(255) NOT NULL,
    category character varying(32),
    create_time timestamp without time zone,
    create_time_gmtoff integer,
    modify_time timestamp without time zone,
    modify_time_gmtoff integer,
    access_time timestamp without time zone,
    access_time_gmtoff integer,
    data_size bigint,
    disk_size bigint,
    fstype character varying(32),
    file_type character varying(255),
    CONSTRAINT prelude_file_category_check CHECK (((category)::text = ANY ((ARRAY['current'::character varying, 'original'::character varying])::text[]))),
    CONSTRAINT prelude_file_fstype_check CHECK (((fstype)::text = ANY ((ARRAY['ufs'::character varying, 'efs'::character varying, 'nfs'::character varying, 'afs'::character varying, 'ntfs'::character varying, 'fat16'::character varying, 'fat32'::character varying, 'pcfs'::character varying, 'joliet'::character varying, 'iso9660'::character varying])::text[])))
);


ALTER TABLE public.prelude_file OWNER TO postgres;

--
-- Name: prelude_fileaccess; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_fileaccess (
    _message_ident bigint NOT NULL,
    _parent0_index smallint NOT NULL,
    _parent1_index smallint NOT NULL,
    _index smallint NOT NULL
);


ALTER TABLE public.prelude_fileaccess OWNER TO postgres;

--
-- Name: prelude_fileaccess_permission; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_fileaccess_permission (
    _message_ident bigint NOT NULL,
    _parent0_index smallint NOT NULL,
    _parent1_index smallint NOT NULL,
    _parent2_index smallint NOT NULL,
    _index smallint NOT NULL,
    permission character varying(255) NOT NULL
);


ALTER TABLE public.prelude_fileaccess_permission OWNER TO postgres;

--
-- Name: prelude_heartbeat; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_heartbeat (
    _ident bigint NOT NULL,
    messageid character varying(255),
    heartbeat_interval integer
);


ALTER TABLE public.prelude_heartbeat OWNER TO postgres;

--
-- Name: prelude_heartbeat__ident_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.prelude_heartbeat__ident_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.prelude_heartbeat__ident_seq OWNER TO postgres;

--
-- Name: prelude_heartbeat__ident_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.prelude_heartbeat__ident_seq OWNED BY public.prelude_heartbeat._ident;


--
-- Name: prelude_impact; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_impact (
    _message_ident bigint NOT NULL,
    description text,
    severity character varying(32),
    completion character varying(32),
    type character varying(32) NOT NULL,
    CONSTRAINT prelude_impact_completion_check CHECK (((completion)::text = ANY ((ARRAY['failed'::character varying, 'succeeded'::character varying])::text[]))),
    CONSTRAINT prelude_impact_severity_check CHECK (((severity)::text = ANY ((ARRAY['info'::character varying, 'low'::character varying, 'medium'::character varying, 'high'::character varying])::text[]))),
    CONSTRAINT prelude_impact_type_check CHECK (((type)::text = ANY ((ARRAY['admin'::character varying, 'dos'::character varying, 'file'::character varying, 'recon'::character varying, 'user'::character varying, 'other'::character varying])::text[])))
);


ALTER TABLE public.prelude_impact OWNER TO postgres;

--
-- Name: prelude_inode; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_inode (
    _message_ident bigint NOT NULL,
    _parent0_index smallint NOT NULL,
    _parent1_index smallint NOT NULL,
    change_time timestamp without time zone,
    change_time_gmtoff integer,
    number bigint,
    major_device bigint,
    minor_device bigint,
    c_major_device bigint,
    c_minor_device bigint
);


ALTER TABLE public.prelude_inode OWNER TO postgres;

--
-- Name: prelude_linkage; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_linkage (
    _message_ident bigint NOT NULL,
    _parent0_index smallint NOT NULL,
    _parent1_index smallint NOT NULL,
    _index smallint NOT NULL,
    category character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    path character varying(255) NOT NULL,
    CONSTRAINT prelude_linkage_category_check CHECK (((category)::text = ANY ((ARRAY['hard-link'::character varying, 'mount-point'::character varying, 'reparse-point'::character varying, 'shortcut'::character varying, 'stream'::character varying, 'symbolic-link'::character varying])::text[])))
);


ALTER TABLE public.prelude_linkage OWNER TO postgres;

--
-- Name: prelude_node; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_node (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    ident character varying(255),
    category character varying(32),
    location character varying(255),
    name character varying(255),
    CONSTRAINT prelude_node__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying, 'S'::character varying, 'T'::character varying])::text[]))),
    CONSTRAINT prelude_node_category_check CHECK (((category)::text = ANY ((ARRAY['unknown'::character varying, 'ads'::character varying, 'afs'::character varying, 'coda'::character varying, 'dfs'::character varying, 'dns'::character varying, 'hosts'::character varying, 'kerberos'::character varying, 'nds'::character varying, 'nis'::character varying, 'nisplus'::character varying, 'nt'::character varying, 'wfw'::character varying])::text[])))
);


ALTER TABLE public.prelude_node OWNER TO postgres;

--
-- Name: prelude_overflowalert; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_overflowalert (
    _message_ident bigint NOT NULL,
    program character varying(255) NOT NULL,
    size bigint,
    buffer bytea
);


ALTER TABLE public.prelude_overflowalert OWNER TO postgres;

--
-- Name: prelude_process; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_process (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    ident character varying(255),
    name character varying(255) NOT NULL,
    pid bigint,
    path character varying(255),
    CONSTRAINT prelude_process__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying, 'S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_process OWNER TO postgres;

--
-- Name: prelude_processarg; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_processarg (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) DEFAULT 'A'::character varying NOT NULL,
    _parent0_index smallint NOT NULL,
    _index smallint NOT NULL,
    arg character varying(255) NOT NULL,
    CONSTRAINT prelude_processarg__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying, 'S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_processarg OWNER TO postgres;

--
-- Name: prelude_processenv; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_processenv (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    _index smallint NOT NULL,
    env character varying(255) NOT NULL,
    CONSTRAINT prelude_processenv__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['A'::character varying, 'H'::character varying, 'S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_processenv OWNER TO postgres;

--
-- Name: prelude_reference; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_reference (
    _message_ident bigint NOT NULL,
    _index smallint NOT NULL,
    origin character varying(32) NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(255) NOT NULL,
    meaning character varying(255),
    CONSTRAINT prelude_reference_origin_check CHECK (((origin)::text = ANY ((ARRAY['unknown'::character varying, 'vendor-specific'::character varying, 'user-specific'::character varying, 'bugtraqid'::character varying, 'cve'::character varying, 'osvdb'::character varying])::text[])))
);


ALTER TABLE public.prelude_reference OWNER TO postgres;

--
-- Name: prelude_service; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_service (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    ident character varying(255),
    ip_version smallint,
    name character varying(255),
    port integer,
    iana_protocol_number smallint,
    iana_protocol_name character varying(255),
    portlist character varying(255),
    protocol character varying(255),
    CONSTRAINT prelude_service__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_service OWNER TO postgres;

--
-- Name: prelude_snmpservice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_snmpservice (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    snmp_oid character varying(255),
    message_processing_model bigint,
    security_model bigint,
    security_name character varying(255),
    security_level bigint,
    context_name character varying(255),
    context_engine_id character varying(255),
    command character varying(255),
    CONSTRAINT prelude_snmpservice__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_snmpservice OWNER TO postgres;

--
-- Name: prelude_source; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_source (
    _message_ident bigint NOT NULL,
    _index smallint NOT NULL,
    ident character varying(255),
    spoofed character varying(32) NOT NULL,
    interface character varying(255),
    CONSTRAINT prelude_source_spoofed_check CHECK (((spoofed)::text = ANY ((ARRAY['unknown'::character varying, 'yes'::character varying, 'no'::character varying])::text[])))
);


ALTER TABLE public.prelude_source OWNER TO postgres;

--
-- Name: prelude_target; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_target (
    _message_ident bigint NOT NULL,
    _index smallint NOT NULL,
    ident character varying(255),
    decoy character varying(32) NOT NULL,
    interface character varying(255),
    CONSTRAINT prelude_target_decoy_check CHECK (((decoy)::text = ANY ((ARRAY['unknown'::character varying, 'yes'::character varying, 'no'::character varying])::text[])))
);


ALTER TABLE public.prelude_target OWNER TO postgres;

--
-- Name: prelude_toolalert; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_toolalert (
    _message_ident bigint NOT NULL,
    name character varying(255) NOT NULL,
    command character varying(255)
);


ALTER TABLE public.prelude_toolalert OWNER TO postgres;

--
-- Name: prelude_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_user (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    ident character varying(255),
    category character varying(32) NOT NULL,
    CONSTRAINT prelude_user__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['S'::character varying, 'T'::character varying])::text[]))),
    CONSTRAINT prelude_user_category_check CHECK (((category)::text = ANY ((ARRAY['unknown'::character varying, 'application'::character varying, 'os-device'::character varying])::text[])))
);


ALTER TABLE public.prelude_user OWNER TO postgres;

--
-- Name: prelude_userid; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_userid (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    _parent1_index smallint NOT NULL,
    _parent2_index smallint NOT NULL,
    _index smallint NOT NULL,
    ident character varying(255),
    type character varying(32) NOT NULL,
    name character varying(255),
    tty character varying(255),
    number bigint,
    CONSTRAINT prelude_userid__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['S'::character varying, 'T'::character varying, 'F'::character varying])::text[]))),
    CONSTRAINT prelude_userid_type_check CHECK (((type)::text = ANY ((ARRAY['current-user'::character varying, 'original-user'::character varying, 'target-user'::character varying, 'user-privs'::character varying, 'current-group'::character varying, 'group-privs'::character varying, 'other-privs'::character varying])::text[])))
);


ALTER TABLE public.prelude_userid OWNER TO postgres;

--
-- Name: prelude_webservice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_webservice (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    url character varying(255) NOT NULL,
    cgi character varying(255),
    http_method character varying(255),
    CONSTRAINT prelude_webservice__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_webservice OWNER TO postgres;

--
-- Name: prelude_webservicearg; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.prelude_webservicearg (
    _message_ident bigint NOT NULL,
    _parent_type character varying(1) NOT NULL,
    _parent0_index smallint NOT NULL,
    _index smallint NOT NULL,
    arg character varying(255) NOT NULL,
    CONSTRAINT prelude_webservicearg__parent_type_check CHECK (((_parent_type)::text = ANY ((ARRAY['S'::character varying, 'T'::character varying])::text[])))
);


ALTER TABLE public.prelude_webservicearg OWNER TO postgres;

--
-- Name: prelude_alert _ident; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_alert ALTER COLUMN _ident SET DEFAULT nextval('public.prelude_alert__ident_seq'::regclass);


--
-- Name: prelude_heartbeat _ident; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_heartbeat ALTER COLUMN _ident SET DEFAULT nextval('public.prelude_heartbeat__ident_seq'::regclass);


--
-- Name: prelude_action prelude_action_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_action
    ADD CONSTRAINT prelude_action_pkey PRIMARY KEY (_message_ident, _index);


--
-- Name: prelude_additionaldata prelude_additionaldata_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_additionaldata
    ADD CONSTRAINT prelude_additionaldata_pkey PRIMARY KEY (_parent_type, _message_ident, _index);


--
-- Name: prelude_address prelude_address_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_address
    ADD CONSTRAINT prelude_address_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index, _index);


--
-- Name: prelude_alert prelude_alert_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_alert
    ADD CONSTRAINT prelude_alert_pkey PRIMARY KEY (_ident);


--
-- Name: prelude_alertident prelude_alertident_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_alertident
    ADD CONSTRAINT prelude_alertident_pkey PRIMARY KEY (_parent_type, _message_ident, _index);


--
-- Name: prelude_analyzer prelude_analyzer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_analyzer
    ADD CONSTRAINT prelude_analyzer_pkey PRIMARY KEY (_parent_type, _message_ident, _index);


--
-- Name: prelude_analyzertime prelude_analyzertime_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_analyzertime
    ADD CONSTRAINT prelude_analyzertime_pkey PRIMARY KEY (_parent_type, _message_ident);


--
-- Name: prelude_assessment prelude_assessment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_assessment
    ADD CONSTRAINT prelude_assessment_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_checksum prelude_checksum_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_checksum
    ADD CONSTRAINT prelude_checksum_pkey PRIMARY KEY (_message_ident, _parent0_index, _parent1_index, _index);


--
-- Name: prelude_classification prelude_classification_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_classification
    ADD CONSTRAINT prelude_classification_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_confidence prelude_confidence_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_confidence
    ADD CONSTRAINT prelude_confidence_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_correlationalert prelude_correlationalert_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_correlationalert
    ADD CONSTRAINT prelude_correlationalert_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_createtime prelude_createtime_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_createtime
    ADD CONSTRAINT prelude_createtime_pkey PRIMARY KEY (_parent_type, _message_ident);


--
-- Name: prelude_detecttime prelude_detecttime_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_detecttime
    ADD CONSTRAINT prelude_detecttime_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_file prelude_file_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_file
    ADD CONSTRAINT prelude_file_pkey PRIMARY KEY (_message_ident, _parent0_index, _index);


--
-- Name: prelude_fileaccess_permission prelude_fileaccess_permission_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_fileaccess_permission
    ADD CONSTRAINT prelude_fileaccess_permission_pkey PRIMARY KEY (_message_ident, _parent0_index, _parent1_index, _parent2_index, _index);


--
-- Name: prelude_fileaccess prelude_fileaccess_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_fileaccess
    ADD CONSTRAINT prelude_fileaccess_pkey PRIMARY KEY (_message_ident, _parent0_index, _parent1_index, _index);


--
-- Name: prelude_heartbeat prelude_heartbeat_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_heartbeat
    ADD CONSTRAINT prelude_heartbeat_pkey PRIMARY KEY (_ident);


--
-- Name: prelude_impact prelude_impact_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_impact
    ADD CONSTRAINT prelude_impact_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_inode prelude_inode_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_inode
    ADD CONSTRAINT prelude_inode_pkey PRIMARY KEY (_message_ident, _parent0_index, _parent1_index);


--
-- Name: prelude_linkage prelude_linkage_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_linkage
    ADD CONSTRAINT prelude_linkage_pkey PRIMARY KEY (_message_ident, _parent0_index, _parent1_index, _index);


--
-- Name: prelude_node prelude_node_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_node
    ADD CONSTRAINT prelude_node_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index);


--
-- Name: prelude_overflowalert prelude_overflowalert_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_overflowalert
    ADD CONSTRAINT prelude_overflowalert_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_process prelude_process_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_process
    ADD CONSTRAINT prelude_process_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index);


--
-- Name: prelude_processarg prelude_processarg_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_processarg
    ADD CONSTRAINT prelude_processarg_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index, _index);


--
-- Name: prelude_processenv prelude_processenv_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_processenv
    ADD CONSTRAINT prelude_processenv_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index, _index);


--
-- Name: prelude_reference prelude_reference_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_reference
    ADD CONSTRAINT prelude_reference_pkey PRIMARY KEY (_message_ident, _index);


--
-- Name: prelude_service prelude_service_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_service
    ADD CONSTRAINT prelude_service_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index);


--
-- Name: prelude_snmpservice prelude_snmpservice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_snmpservice
    ADD CONSTRAINT prelude_snmpservice_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index);


--
-- Name: prelude_source prelude_source_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_source
    ADD CONSTRAINT prelude_source_pkey PRIMARY KEY (_message_ident, _index);


--
-- Name: prelude_target prelude_target_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_target
    ADD CONSTRAINT prelude_target_pkey PRIMARY KEY (_message_ident, _index);


--
-- Name: prelude_toolalert prelude_toolalert_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_toolalert
    ADD CONSTRAINT prelude_toolalert_pkey PRIMARY KEY (_message_ident);


--
-- Name: prelude_user prelude_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_user
    ADD CONSTRAINT prelude_user_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index);


--
-- Name: prelude_userid prelude_userid_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_userid
    ADD CONSTRAINT prelude_userid_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index, _parent1_index, _parent2_index, _index);


--
-- Name: prelude_webservice prelude_webservice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_webservice
    ADD CONSTRAINT prelude_webservice_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index);


--
-- Name: prelude_webservicearg prelude_webservicearg_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.prelude_webservicearg
    ADD CONSTRAINT prelude_webservicearg_pkey PRIMARY KEY (_parent_type, _message_ident, _parent0_index, _index);


--
-- Name: prelude_address_index_address; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_address_index_address ON public.prelude_address USING btree (_parent_type, _parent0_index, _index, address);


--
-- Name: prelude_alert_messageid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_alert_messageid ON public.prelude_alert USING btree (messageid);


--
-- Name: prelude_analyzer_analyzerid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_analyzer_analyzerid ON public.prelude_analyzer USING btree (_parent_type, _index, analyzerid);


--
-- Name: prelude_analyzer_index_model; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_analyzer_index_model ON public.prelude_analyzer USING btree (_parent_type, _index, model);


--
-- Name: prelude_analyzertime_index; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_analyzertime_index ON public.prelude_analyzertime USING btree (_parent_type, "time");


--
-- Name: prelude_classification_index_text; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_classification_index_text ON public.prelude_classification USING btree (text);


--
-- Name: prelude_createtime_index; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_createtime_index ON public.prelude_createtime USING btree (_parent_type, "time");


--
-- Name: prelude_detecttime_index; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_detecttime_index ON public.prelude_detecttime USING btree ("time");


--
-- Name: prelude_impact_index_completion; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_impact_index_completion ON public.prelude_impact USING btree (completion);


--
-- Name: prelude_impact_index_severity; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_impact_index_severity ON public.prelude_impact USING btree (severity);


--
-- Name: prelude_impact_index_type; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_impact_index_type ON public.prelude_impact USING btree (type);


--
-- Name: prelude_node_index_location; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_node_index_location ON public.prelude_node USING btree (_parent_type, _parent0_index, location);


--
-- Name: prelude_node_index_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_node_index_name ON public.prelude_node USING btree (_parent_type, _parent0_index, name);


--
-- Name: prelude_reference_index_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_reference_index_name ON public.prelude_reference USING btree (name);


--
-- Name: prelude_service_index_protocol_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_service_index_protocol_name ON public.prelude_service USING btree (_parent_type, _parent0_index, protocol, name);


--
-- Name: prelude_service_index_protocol_port; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX prelude_service_index_protocol_port ON public.prelude_service USING btree (_parent_type, _parent0_index, protocol, port);


--
-- PostgreSQL database dump complete
--

\unrestrict ynFQJtgUDFUOOLAznXeEL4FPAahZG7QQ31mp9OfkCssHf81msonh8A8RiyyA4Mr

