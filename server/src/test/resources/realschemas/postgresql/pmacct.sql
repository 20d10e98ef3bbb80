--
-- Schema of pmacct 1.7.7's SQL plugin tables (Debian package pmacct 1.7.7-1+b1, usr/share/pmacct/sql/pmacct-create-table_{v1,v2,v3,v4,v5,v6,v7_v8,v9,bgp_v1}.pgsql), GNU GPL v2 (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict VOJiOJ5jwDU93NZPw9Ls7shZY6d4Gu1erOQOqGAYmQYQ2lnkWjEmO4Yeydgn9ka

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
-- Name: acct; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct (
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT CURRENT_TIMESTAMP(0) NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct OWNER TO postgres;

--
-- Name: acct_as; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_as (
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    ip_src integer DEFAULT 0 NOT NULL,
    ip_dst integer DEFAULT 0 NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT CURRENT_TIMESTAMP(0) NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_as OWNER TO postgres;

--
-- Name: acct_as_v2; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_as_v2 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src integer DEFAULT 0 NOT NULL,
    ip_dst integer DEFAULT 0 NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_as_v2 OWNER TO postgres;

--
-- Name: acct_as_v3; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_as_v3 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src integer DEFAULT 0 NOT NULL,
    ip_dst integer DEFAULT 0 NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_as_v3 OWNER TO postgres;

--
-- Name: acct_as_v4; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_as_v4 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src integer DEFAULT 0 NOT NULL,
    ip_dst integer DEFAULT 0 NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_as_v4 OWNER TO postgres;

--
-- Name: acct_as_v5; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_as_v5 (
    agent_id bigint DEFAULT 0 NOT NULL,
    class_id character(16) DEFAULT ' '::bpchar NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src integer DEFAULT 0 NOT NULL,
    ip_dst integer DEFAULT 0 NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_as_v5 OWNER TO postgres;

--
-- Name: acct_bgp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_bgp (
    agent_id bigint DEFAULT 0 NOT NULL,
    as_src bigint DEFAULT 0 NOT NULL,
    as_dst bigint DEFAULT 0 NOT NULL,
    peer_as_src bigint DEFAULT 0 NOT NULL,
    peer_as_dst bigint DEFAULT 0 NOT NULL,
    peer_ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    peer_ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    comms character(24) DEFAULT ' '::bpchar NOT NULL,
    as_path character(21) DEFAULT ' '::bpchar NOT NULL,
    local_pref bigint DEFAULT 0 NOT NULL,
    med bigint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_bgp OWNER TO postgres;

--
-- Name: acct_uni; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_uni (
    mac_src character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    mac_dst character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    ip_src character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    ip_dst character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT CURRENT_TIMESTAMP(0) NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_uni OWNER TO postgres;

--
-- Name: acct_uni_v2; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_uni_v2 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    mac_dst character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    ip_dst character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_uni_v2 OWNER TO postgres;

--
-- Name: acct_uni_v3; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_uni_v3 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    mac_dst character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    ip_dst character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_uni_v3 OWNER TO postgres;

--
-- Name: acct_uni_v4; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_uni_v4 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    mac_dst character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    ip_dst character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_uni_v4 OWNER TO postgres;

--
-- Name: acct_uni_v5; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_uni_v5 (
    agent_id bigint DEFAULT 0 NOT NULL,
    class_id character(16) DEFAULT ' '::bpchar NOT NULL,
    mac_src character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    mac_dst character(17) DEFAULT '0:0:0:0:0:0'::bpchar NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    ip_dst character(45) DEFAULT '0.0.0.0'::bpchar NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_uni_v5 OWNER TO postgres;

--
-- Name: acct_v2; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v2 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v2 OWNER TO postgres;

--
-- Name: acct_v3; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v3 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v3 OWNER TO postgres;

--
-- Name: acct_v4; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v4 (
    agent_id bigint DEFAULT 0 NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v4 OWNER TO postgres;

--
-- Name: acct_v5; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v5 (
    agent_id bigint DEFAULT 0 NOT NULL,
    class_id character(16) DEFAULT ' '::bpchar NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v5 OWNER TO postgres;

--
-- Name: acct_v6; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v6 (
    agent_id bigint DEFAULT 0 NOT NULL,
    class_id character(16) DEFAULT ' '::bpchar NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    as_src bigint DEFAULT 0 NOT NULL,
    as_dst bigint DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v6 OWNER TO postgres;

--
-- Name: acct_v7; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v7 (
    agent_id bigint DEFAULT 0 NOT NULL,
    class_id character(16) DEFAULT ' '::bpchar NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    as_src bigint DEFAULT 0 NOT NULL,
    as_dst bigint DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    tcp_flags smallint DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v7 OWNER TO postgres;

--
-- Name: acct_v9; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acct_v9 (
    tag bigint DEFAULT 0 NOT NULL,
    class_id character(16) DEFAULT ' '::bpchar NOT NULL,
    mac_src macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    mac_dst macaddr DEFAULT '00:00:00:00:00:00'::macaddr NOT NULL,
    vlan integer DEFAULT 0 NOT NULL,
    as_src bigint DEFAULT 0 NOT NULL,
    as_dst bigint DEFAULT 0 NOT NULL,
    ip_src inet DEFAULT '0.0.0.0'::inet NOT NULL,
    ip_dst inet DEFAULT '0.0.0.0'::inet NOT NULL,
    port_src integer DEFAULT 0 NOT NULL,
    port_dst integer DEFAULT 0 NOT NULL,
    tcp_flags smallint DEFAULT 0 NOT NULL,
    ip_proto smallint DEFAULT 0 NOT NULL,
    tos integer DEFAULT 0 NOT NULL,
    packets integer NOT NULL,
    bytes bigint NOT NULL,
    flows integer DEFAULT 0 NOT NULL,
    stamp_inserted timestamp without time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone NOT NULL,
    stamp_updated timestamp without time zone
);


ALTER TABLE public.acct_v9 OWNER TO postgres;

--
-- Name: proto; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proto (
    num smallint NOT NULL,
    description character(20)
);


ALTER TABLE public.proto OWNER TO postgres;

--
-- Name: acct_as acct_as_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_as
    ADD CONSTRAINT acct_as_pk PRIMARY KEY (mac_src, mac_dst, ip_src, ip_dst, port_src, port_dst, ip_proto, stamp_inserted);


--
-- Name: acct_as_v2 acct_as_v2_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_as_v2
    ADD CONSTRAINT acct_as_v2_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, stamp_inserted);


--
-- Name: acct_as_v3 acct_as_v3_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_as_v3
    ADD CONSTRAINT acct_as_v3_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_as_v4 acct_as_v4_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_as_v4
    ADD CONSTRAINT acct_as_v4_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_as_v5 acct_as_v5_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_as_v5
    ADD CONSTRAINT acct_as_v5_pk PRIMARY KEY (agent_id, class_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_bgp acct_bgp_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_bgp
    ADD CONSTRAINT acct_bgp_pk PRIMARY KEY (agent_id, as_src, as_dst, peer_as_src, peer_as_dst, peer_ip_src, peer_ip_dst, comms, as_path, local_pref, med, stamp_inserted);


--
-- Name: acct acct_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct
    ADD CONSTRAINT acct_pk PRIMARY KEY (mac_src, mac_dst, ip_src, ip_dst, port_src, port_dst, ip_proto, stamp_inserted);


--
-- Name: acct_uni acct_uni_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_uni
    ADD CONSTRAINT acct_uni_pk PRIMARY KEY (mac_src, mac_dst, ip_src, ip_dst, port_src, port_dst, ip_proto, stamp_inserted);


--
-- Name: acct_uni_v2 acct_uni_v2_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_uni_v2
    ADD CONSTRAINT acct_uni_v2_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, stamp_inserted);


--
-- Name: acct_uni_v3 acct_uni_v3_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_uni_v3
    ADD CONSTRAINT acct_uni_v3_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_uni_v4 acct_uni_v4_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_uni_v4
    ADD CONSTRAINT acct_uni_v4_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_uni_v5 acct_uni_v5_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_uni_v5
    ADD CONSTRAINT acct_uni_v5_pk PRIMARY KEY (agent_id, class_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_v2 acct_v2_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v2
    ADD CONSTRAINT acct_v2_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, stamp_inserted);


--
-- Name: acct_v3 acct_v3_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v3
    ADD CONSTRAINT acct_v3_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_v4 acct_v4_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v4
    ADD CONSTRAINT acct_v4_pk PRIMARY KEY (agent_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_v5 acct_v5_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v5
    ADD CONSTRAINT acct_v5_pk PRIMARY KEY (agent_id, class_id, mac_src, mac_dst, vlan, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_v6 acct_v6_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v6
    ADD CONSTRAINT acct_v6_pk PRIMARY KEY (agent_id, class_id, mac_src, mac_dst, vlan, as_src, as_dst, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_v7 acct_v7_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v7
    ADD CONSTRAINT acct_v7_pk PRIMARY KEY (agent_id, class_id, mac_src, mac_dst, vlan, as_src, as_dst, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: acct_v9 acct_v9_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acct_v9
    ADD CONSTRAINT acct_v9_pk PRIMARY KEY (tag, class_id, mac_src, mac_dst, vlan, as_src, as_dst, ip_src, ip_dst, port_src, port_dst, ip_proto, tos, stamp_inserted);


--
-- Name: proto proto_pk; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proto
    ADD CONSTRAINT proto_pk PRIMARY KEY (num);


--
-- PostgreSQL database dump complete
--

\unrestrict VOJiOJ5jwDU93NZPw9Ls7shZY6d4Gu1erOQOqGAYmQYQ2lnkWjEmO4Yeydgn9ka

