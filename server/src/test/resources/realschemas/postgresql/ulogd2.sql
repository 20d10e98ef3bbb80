--
-- Schema of ulogd 2.0.8 (netfilter.org ulogd2, Debian package ulogd2 2.0.8-1, doc/pgsql-ulogd2.sql), GNU GPL v2; loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict Fv2ce7yMJvu9hk9mwbJg8eeShsGP6cJi6nOYsmsseEwvXaOte5tDZjpOcPaZTjA

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
-- Name: compress_tables(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.compress_tables() RETURNS void
    LANGUAGE sql
    AS $$
  -- look for packets in table _tcp and not in table ulog2
  DELETE FROM tcp WHERE _tcp_id NOT IN (SELECT _id FROM ulog2);
  -- XXX note: could be rewritten (need to see what is more efficient) as:
  -- DELETE FROM tcp WHERE _tcp_id IN (SELECT tcp._tcp_id FROM tcp LEFT OUTER JOIN ulog2  ON (tcp._tcp_id = ulog2._id) WHERE ulog2._id IS NULL);
  DELETE FROM mac WHERE _mac_id NOT IN (SELECT _id FROM ulog2);
  DELETE FROM udp WHERE _udp_id NOT IN (SELECT _id FROM ulog2);
  DELETE FROM sctp WHERE _sctp_id NOT IN (SELECT _id FROM ulog2);
  DELETE FROM icmp WHERE _icmp_id NOT IN (SELECT _id FROM ulog2);
  -- look for packets in table ulog2 with proto tcp (or ipv6 ?) and not in table tcp
  DELETE FROM ulog2 WHERE ulog2.ip_protocol = '6' AND _id NOT IN (SELECT _tcp_id FROM tcp);
  DELETE FROM ulog2 WHERE ulog2.ip_protocol = '17' AND _id NOT IN (SELECT _udp_id FROM udp);
  DELETE FROM ulog2 WHERE ulog2.ip_protocol = '132' AND _id NOT IN (SELECT _sctp_id FROM sctp);
  DELETE FROM ulog2 WHERE ulog2.ip_protocol = '2' AND _id NOT IN (SELECT _icmp_id FROM icmp);
$$;


--
-- Name: delete_ct_flow(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delete_ct_flow(_ct_packet_id bigint) RETURNS void
    LANGUAGE sql
    AS $_$
  -- remember : table with most constraints first
  DELETE FROM ulog2_ct WHERE ulog2_ct._ct_id = $1;
$_$;


--
-- Name: delete_packet(bigint); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delete_packet(_packet_id bigint) RETURNS void
    LANGUAGE sql
    AS $_$
  -- remember : table with most constraints first
  DELETE FROM icmp  WHERE icmp._icmp_id = $1;
  DELETE FROM tcp   WHERE tcp._tcp_id   = $1;
  DELETE FROM udp   WHERE udp._udp_id   = $1;
  DELETE FROM sctp   WHERE sctp._sctp_id   = $1;
  DELETE FROM ulog2 WHERE ulog2._id     = $1;
$_$;


--
-- Name: insert_ct(integer, inet, inet, integer, integer, integer, bigint, bigint, inet, inet, integer, integer, integer, bigint, bigint, integer, integer, bigint, bigint, bigint, bigint, bigint, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_ct(_oob_family integer, _orig_ip_saddr inet, _orig_ip_daddr inet, _orig_ip_protocol integer, _orig_l4_sport integer, _orig_l4_dport integer, _orig_raw_pktlen bigint, _orig_raw_pktcount bigint, _reply_ip_saddr inet, _reply_ip_daddr inet, _reply_ip_protocol integer, _reply_l4_sport integer, _reply_l4_dport integer, _reply_raw_pktlen bigint, _reply_raw_pktcount bigint, _icmp_code integer, _icmp_type integer, _ct_mark bigint, _flow_start_sec bigint, _flow_start_usec bigint, _flow_end_sec bigint, _flow_end_usec bigint, _ct_event integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO ulog2_ct (oob_family, orig_ip_saddr_str, orig_ip_daddr_str, orig_ip_protocol,
                        orig_l4_sport, orig_l4_dport, orig_raw_pktlen, orig_raw_pktcount,
                        reply_ip_saddr_str, reply_ip_daddr_str, reply_ip_protocol,
                        reply_l4_sport, reply_l4_dport, reply_raw_pktlen, reply_raw_pktcount,
                        icmp_code, icmp_type, ct_mark, 
                        flow_start_sec, flow_start_usec,
                        flow_end_sec, flow_end_usec, ct_event)
                VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23);
        SELECT currval('ulog2_ct__ct_id_seq');
$_$;


--
-- Name: insert_hardware_header(bigint, integer, character varying); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_hardware_header(hw_id bigint, hw_type integer, hw_addr character varying) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO hwhdr (_hw_id,raw_type,raw_header)
                VALUES ($1,$2,$3);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_icmp(bigint, integer, integer, integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_icmp(icmp_id bigint, icmp_type integer, icmp_code integer, icmp_echoid integer, icmp_echoseq integer, icmp_gateway integer, icmp_fragmtu integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO icmp (_icmp_id,icmp_type,icmp_code,icmp_echoid,icmp_echoseq,icmp_gateway,icmp_fragmtu)
                VALUES ($1,$2,$3,$4,$5,$6,$7);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_icmpv6(bigint, integer, integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_icmpv6(icmpv6_id bigint, icmpv6_type integer, icmpv6_code integer, icmpv6_echoid integer, icmpv6_echoseq integer, icmpv6_csum integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO icmpv6 (_icmpv6_id,icmpv6_type,icmpv6_code,icmpv6_echoid,icmpv6_echoseq,icmpv6_csum)
                VALUES ($1,$2,$3,$4,$5,$6);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_ip_packet(integer, integer, character varying, integer, character varying, character varying, integer, inet, inet, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_ip_packet(oob_time_sec integer, oob_time_usec integer, oob_prefix character varying, oob_mark integer, oob_in character varying, oob_out character varying, oob_family integer, ip_saddr_str inet, ip_daddr_str inet, ip_protocol integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO ulog2 (oob_time_sec,oob_time_usec,oob_prefix,oob_mark,
                        oob_in,oob_out,oob_family,ip_saddr_str,ip_daddr_str,ip_protocol)
                VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,10);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_ip_packet_full(integer, integer, integer, character varying, integer, character varying, character varying, integer, inet, inet, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, bigint, integer, bigint, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_ip_packet_full(oob_time_sec integer, oob_time_usec integer, oob_hook integer, oob_prefix character varying, oob_mark integer, oob_in character varying, oob_out character varying, oob_family integer, ip_saddr_str inet, ip_daddr_str inet, ip_protocol integer, ip_tos integer, ip_ttl integer, ip_totlen integer, ip_ihl integer, ip_csum integer, ip_id integer, ip_fragoff integer, ip6_payloadlen integer, ip6_priority integer, ip6_hoplimit integer, ip6_flowlabel bigint, ip6_fragoff integer, ip6_fragid bigint, label integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO ulog2 (oob_time_sec,oob_time_usec,oob_hook,oob_prefix,oob_mark,
                        oob_in,oob_out,oob_family,ip_saddr_str,ip_daddr_str,ip_protocol,
                        ip_tos,ip_ttl,ip_totlen,ip_ihl,ip_csum,ip_id,ip_fragoff,
                        ip6_payloadlen,ip6_priority,ip6_hoplimit,ip6_flowlabel,
                        ip6_fragoff,ip6_fragid,label)
                VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$25);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_nfacct(character varying, integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_nfacct(sum_name character varying, sum_pkts integer, sum_bytes integer, oob_time_sec integer, oob_time_usec integer) RETURNS void
    LANGUAGE sql
    AS $_$
        INSERT INTO nfacct (sum_name,sum_pkts,sum_bytes,oob_time_sec,oob_time_usec)
                VALUES ($1,$2,$3,$4,$5);
$_$;


--
-- Name: insert_or_replace_ct(integer, inet, inet, integer, integer, integer, bigint, bigint, inet, inet, integer, integer, integer, bigint, bigint, integer, integer, bigint, bigint, bigint, bigint, bigint, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_or_replace_ct(_oob_family integer, _orig_ip_saddr inet, _orig_ip_daddr inet, _orig_ip_protocol integer, _orig_l4_sport integer, _orig_l4_dport integer, _orig_raw_pktlen bigint, _orig_raw_pktcount bigint, _reply_ip_saddr inet, _reply_ip_daddr inet, _reply_ip_protocol integer, _reply_l4_sport integer, _reply_l4_dport integer, _reply_raw_pktlen bigint, _reply_raw_pktcount bigint, _icmp_code integer, _icmp_type integer, _ct_mark bigint, _flow_start_sec bigint, _flow_start_usec bigint, _flow_end_sec bigint, _flow_end_usec bigint, _ct_event integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $_$
DECLARE
        _id bigint;
BEGIN
        IF (_ct_event = 4) THEN
          if (_orig_ip_protocol = 1) THEN
            UPDATE ulog2_ct SET (orig_raw_pktlen, orig_raw_pktcount,
                reply_raw_pktlen, reply_raw_pktcount,
                ct_mark, flow_end_sec, flow_end_usec, ct_event)
                = ($7,$8,$14,$15,$18,$21,$22,$23)
            WHERE oob_family=$1 AND orig_ip_saddr_str = $2
                AND orig_ip_daddr_str = $3 AND orig_ip_protocol = $4
                AND reply_ip_saddr_str = $9 AND reply_ip_daddr_str = $10
                AND reply_ip_protocol = $11
                AND icmp_code = $16 AND icmp_type = $17 
                AND ct_event < 4;
          ELSE
            UPDATE ulog2_ct SET (orig_raw_pktlen, orig_raw_pktcount,
                reply_raw_pktlen, reply_raw_pktcount,
                ct_mark, flow_end_sec, flow_end_usec, ct_event)
                = ($7,$8,$14,$15,$18,$21,$22,$23)
            WHERE oob_family=$1 AND orig_ip_saddr_str = $2
                AND orig_ip_daddr_str = $3 AND orig_ip_protocol = $4
                AND orig_l4_sport = $5 AND orig_l4_dport = $6
                AND reply_ip_saddr_str = $9 AND reply_ip_daddr_str = $10
                AND reply_ip_protocol = $11 AND reply_l4_sport = $12
                AND reply_l4_dport = $13 
                AND ct_event < 4;
          END IF;
        ELSE
          _id := INSERT_CT($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23);
        END IF;
        RETURN _id;
END
$_$;


--
-- Name: insert_or_select_mac(macaddr, macaddr, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_or_select_mac(in_mac_saddr macaddr, in_mac_daddr macaddr, in_mac_protocol integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $_$
DECLARE
        _id bigint;
BEGIN
        IF $2 IS NULL THEN
                SELECT INTO _id _mac_id FROM mac WHERE mac_saddr = $1 AND mac_daddr IS NULL AND mac_protocol = $3;
        ELSE
                SELECT INTO _id _mac_id FROM mac WHERE mac_saddr = $1 AND mac_daddr = $2 AND mac_protocol = $3;
        END IF;
        IF NOT FOUND THEN
                INSERT INTO mac (mac_saddr,mac_daddr,mac_protocol) VALUES ($1,$2,$3) RETURNING _mac_id INTO _id;
                RETURN _id;
        END IF;
        RETURN _id;
END
$_$;


--
-- Name: insert_packet_full(integer, integer, integer, character varying, integer, character varying, character varying, integer, inet, inet, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, bigint, integer, bigint, integer, integer, bigint, bigint, integer, boolean, integer, boolean, boolean, boolean, boolean, boolean, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, integer, character varying, character varying, character varying, integer, integer, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_packet_full(oob_time_sec integer, oob_time_usec integer, oob_hook integer, oob_prefix character varying, oob_mark integer, oob_in character varying, oob_out character varying, oob_family integer, ip_saddr_str inet, ip_daddr_str inet, ip_protocol integer, ip_tos integer, ip_ttl integer, ip_totlen integer, ip_ihl integer, ip_csum integer, ip_id integer, ip_fragoff integer, ip6_payloadlen integer, ip6_priority integer, ip6_hoplimit integer, ip6_flowlabel bigint, ip6_fragoff integer, ip6_fragid bigint, tcp_sport integer, tcp_dport integer, tcp_seq bigint, tcp_ackseq bigint, tcp_window integer, tcp_urg boolean, tcp_urgp integer, tcp_ack boolean, tcp_psh boolean, tcp_rst boolean, tcp_syn boolean, tcp_fin boolean, udp_sport integer, udp_dport integer, udp_len integer, icmp_type integer, icmp_code integer, icmp_echoid integer, icmp_echoseq integer, icmp_gateway integer, icmp_fragmtu integer, icmpv6_type integer, icmpv6_code integer, icmpv6_echoid integer, icmpv6_echoseq integer, icmpv6_csum integer, raw_type integer, raw_header character varying, mac_saddr character varying, mac_daddr character varying, mac_protocol integer, label integer, sctp_sport integer, sctp_dport integer, sctp_csum integer) RETURNS bigint
    LANGUAGE plpgsql
    AS $_$
DECLARE
        t_id bigint;
        t_mac_id bigint;
BEGIN
        t_id := INSERT_IP_PACKET_FULL($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22,$23,$24,$56);
        IF (ip_protocol = 6) THEN
                PERFORM INSERT_TCP_FULL(t_id,$25,$26,$27,$28,$29,$30,$31,$32,$33,$34,$35,$36);
        ELSIF (ip_protocol = 17) THEN
                PERFORM INSERT_UDP(t_id,$37,$38,$39);
        ELSIF (ip_protocol = 132) THEN
                PERFORM INSERT_SCTP(t_id,$57,$58,$59);
        ELSIF (ip_protocol = 1) THEN
                PERFORM INSERT_ICMP(t_id,$40,$41,$42,$43,$44,$45);
        ELSIF (ip_protocol = 58) THEN
                PERFORM INSERT_ICMPV6(t_id,$46,$47,$48,$49,$50);
        END IF;
        IF (raw_type = 1) THEN
                t_mac_id = INSERT_OR_SELECT_MAC($53::macaddr,$54::macaddr,$55);
                UPDATE ulog2 SET mac_id = t_mac_id WHERE _id = t_id;
        ELSE
                PERFORM INSERT_HARDWARE_HEADER(t_id,$51,$52);
        END IF;
        RETURN t_id;
END
$_$;


--
-- Name: insert_sctp(bigint, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_sctp(sctp_id bigint, sctp_sport integer, sctp_dport integer, sctp_csum integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO sctp (_sctp_id,sctp_sport,sctp_dport,sctp_csum)
                VALUES ($1,$2,$3,$4);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_tcp_full(bigint, integer, integer, bigint, bigint, integer, boolean, integer, boolean, boolean, boolean, boolean, boolean); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_tcp_full(tcp_id bigint, tcp_sport integer, tcp_dport integer, tcp_seq bigint, tcp_ackseq bigint, tcp_window integer, tcp_urg boolean, tcp_urgp integer, tcp_ack boolean, tcp_psh boolean, tcp_rst boolean, tcp_syn boolean, tcp_fin boolean) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO tcp (_tcp_id,tcp_sport,tcp_dport,tcp_seq,tcp_ackseq,tcp_window,tcp_urg,
                        tcp_urgp,tcp_ack,tcp_psh,tcp_rst,tcp_syn,tcp_fin)
                VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: insert_udp(bigint, integer, integer, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.insert_udp(udp_id bigint, udp_sport integer, udp_dport integer, udp_len integer) RETURNS bigint
    LANGUAGE sql
    AS $_$
        INSERT INTO udp (_udp_id,udp_sport,udp_dport,udp_len)
                VALUES ($1,$2,$3,$4);
        SELECT currval('ulog2__id_seq');
$_$;


--
-- Name: ulog2_add_foreign_keys(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ulog2_add_foreign_keys() RETURNS void
    LANGUAGE sql
    AS $$
  ALTER TABLE tcp  ADD CONSTRAINT tcp_id_fk  FOREIGN KEY (_tcp_id)  REFERENCES ulog2(_id);
  ALTER TABLE udp  ADD CONSTRAINT udp_id_fk  FOREIGN KEY (_udp_id)  REFERENCES ulog2(_id);
  ALTER TABLE sctp  ADD CONSTRAINT sctp_id_fk  FOREIGN KEY (_sctp_id)  REFERENCES ulog2(_id);
  ALTER TABLE icmp ADD CONSTRAINT icmp_id_fk FOREIGN KEY (_icmp_id) REFERENCES ulog2(_id);
  ALTER TABLE icmpv6 ADD CONSTRAINT icmpv6_id_fk FOREIGN KEY (_icmpv6_id) REFERENCES ulog2(_id);
  ALTER TABLE ulog2 ADD CONSTRAINT mac_id_fk FOREIGN KEY (mac_id) REFERENCES mac(_mac_id);
$$;


--
-- Name: ulog2_drop_foreign_keys(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.ulog2_drop_foreign_keys() RETURNS void
    LANGUAGE sql
    AS $$
  ALTER TABLE ulog2 DROP CONSTRAINT mac_id_fk;
  ALTER TABLE icmpv6 DROP CONSTRAINT icmpv6_id_fk;
  ALTER TABLE icmp DROP CONSTRAINT icmp_id_fk;
  ALTER TABLE udp  DROP CONSTRAINT udp_id_fk;
  ALTER TABLE tcp  DROP CONSTRAINT tcp_id_fk;
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: _extensions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._extensions (
    ext_id integer NOT NULL,
    ext_name character varying(64) NOT NULL,
    table_name character varying(64) NOT NULL,
    join_name character varying(64) NOT NULL
);


--
-- Name: _extensions_ext_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public._extensions_ext_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: _extensions_ext_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public._extensions_ext_id_seq OWNED BY public._extensions.ext_id;


--
-- Name: _format; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public._format (
    version integer
);


--
-- Name: hwhdr; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.hwhdr (
    _hw_id bigint NOT NULL,
    raw_type integer,
    raw_header character varying(256) DEFAULT NULL::character varying
);


--
-- Name: icmp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.icmp (
    _icmp_id bigint NOT NULL,
    icmp_type smallint,
    icmp_code smallint,
    icmp_echoid integer,
    icmp_echoseq integer,
    icmp_gateway integer,
    icmp_fragmtu smallint
);


--
-- Name: icmpv6; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.icmpv6 (
    _icmpv6_id bigint NOT NULL,
    icmpv6_type smallint,
    icmpv6_code smallint,
    icmpv6_echoid integer,
    icmpv6_echoseq integer,
    icmpv6_csum integer
);


--
-- Name: ip_proto; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ip_proto (
    _proto_id integer NOT NULL,
    proto_name character varying(16) DEFAULT NULL::character varying,
    proto_desc character varying(255) DEFAULT NULL::character varying
);


--
-- Name: ip_proto__proto_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ip_proto__proto_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ip_proto__proto_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.ip_proto__proto_id_seq OWNED BY public.ip_proto._proto_id;


--
-- Name: mac__id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mac__id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mac; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mac (
    _mac_id bigint DEFAULT nextval('public.mac__id_seq'::regclass) NOT NULL,
    mac_saddr macaddr NOT NULL,
    mac_daddr macaddr,
    mac_protocol integer
);


--
-- Name: nfacct; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nfacct (
    sum_name character varying(128),
    sum_pkts integer DEFAULT 0,
    sum_bytes integer DEFAULT 0,
    oob_time_sec integer,
    oob_time_usec integer
);


--
-- Name: nufw; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nufw (
    _nufw_id bigint NOT NULL,
    username character varying(30) DEFAULT NULL::character varying,
    user_id integer,
    client_os character varying(100) DEFAULT NULL::character varying,
    client_app character varying(256) DEFAULT NULL::character varying
);


--
-- Name: sctp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sctp (
    _sctp_id bigint NOT NULL,
    sctp_sport integer,
    sctp_dport integer,
    sctp_csum smallint
);


--
-- Name: tcp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.tcp (
    _tcp_id bigint NOT NULL,
    tcp_sport integer,
    tcp_dport integer,
    tcp_seq bigint,
    tcp_ackseq bigint,
    tcp_window integer,
    tcp_urg boolean,
    tcp_urgp integer,
    tcp_ack boolean,
    tcp_psh boolean,
    tcp_rst boolean,
    tcp_syn boolean,
    tcp_fin boolean
);


--
-- Name: udp; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.udp (
    _udp_id bigint NOT NULL,
    udp_sport integer,
    udp_dport integer,
    udp_len smallint
);


--
-- Name: ulog2__id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ulog2__id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ulog2; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ulog2 (
    _id bigint DEFAULT nextval('public.ulog2__id_seq'::regclass) NOT NULL,
    oob_time_sec integer,
    oob_time_usec integer,
    oob_hook smallint,
    oob_prefix character varying(32) DEFAULT NULL::character varying,
    oob_mark integer,
    oob_in character varying(32) DEFAULT NULL::character varying,
    oob_out character varying(32) DEFAULT NULL::character varying,
    oob_family smallint,
    ip_saddr_str inet,
    ip_daddr_str inet,
    ip_protocol smallint,
    ip_tos smallint,
    ip_ttl smallint,
    ip_totlen smallint,
    ip_ihl smallint,
    ip_csum integer,
    ip_id integer,
    ip_fragoff smallint,
    ip6_payloadlen bigint,
    ip6_priority smallint,
    ip6_hoplimit smallint,
    ip6_flowlabel bigint,
    ip6_fragoff integer,
    ip6_fragid bigint,
    label smallint,
    mac_id bigint,
    "timestamp" timestamp without time zone DEFAULT now() NOT NULL
);


--
-- Name: ulog; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.ulog AS
 SELECT ulog2._id,
    ulog2.oob_time_sec,
    ulog2.oob_time_usec,
    ulog2.oob_hook,
    ulog2.oob_prefix,
    ulog2.oob_mark,
    ulog2.oob_in,
    ulog2.oob_out,
    ulog2.oob_family,
    ulog2.ip_saddr_str,
    ulog2.ip_daddr_str,
    ulog2.ip_protocol,
    ulog2.ip_tos,
    ulog2.ip_ttl,
    ulog2.ip_totlen,
    ulog2.ip_ihl,
    ulog2.ip_csum,
    ulog2.ip_id,
    ulog2.ip_fragoff,
    ulog2.ip6_payloadlen,
    ulog2.ip6_priority,
    ulog2.ip6_hoplimit,
    ulog2.ip6_flowlabel,
    ulog2.ip6_fragoff,
    ulog2.ip6_fragid,
    tcp.tcp_sport,
    tcp.tcp_dport,
    tcp.tcp_seq,
    tcp.tcp_ackseq,
    tcp.tcp_window,
    tcp.tcp_urg,
    tcp.tcp_urgp,
    tcp.tcp_ack,
    tcp.tcp_psh,
    tcp.tcp_rst,
    tcp.tcp_syn,
    tcp.tcp_fin,
    udp.udp_sport,
    udp.udp_dport,
    udp.udp_len,
    icmp.icmp_type,
    icmp.icmp_code,
    icmp.icmp_echoid,
    icmp.icmp_echoseq,
    icmp.icmp_gateway,
    icmp.icmp_fragmtu,
    icmpv6.icmpv6_type,
    icmpv6.icmpv6_code,
    icmpv6.icmpv6_echoid,
    icmpv6.icmpv6_echoseq,
    icmpv6.icmpv6_csum,
    hwhdr.raw_type,
    hwhdr.raw_header AS mac_str,
    mac.mac_saddr AS mac_saddr_str,
    mac.mac_daddr AS mac_daddr_str,
    mac.mac_protocol AS oob_protocol,
    ulog2.label AS raw_label,
    sctp.sctp_sport,
    sctp.sctp_dport,
    sctp.sctp_csum
   FROM (((((((public.ulog2
     LEFT JOIN public.tcp ON ((ulog2._id = tcp._tcp_id)))
     LEFT JOIN public.udp ON ((ulog2._id = udp._udp_id)))
     LEFT JOIN public.sctp ON ((ulog2._id = sctp._sctp_id)))
     LEFT JOIN public.icmp ON ((ulog2._id = icmp._icmp_id)))
     LEFT JOIN public.mac ON ((ulog2.mac_id = mac._mac_id)))
     LEFT JOIN public.hwhdr ON ((ulog2._id = hwhdr._hw_id)))
     LEFT JOIN public.icmpv6 ON ((ulog2._id = icmpv6._icmpv6_id)));


--
-- Name: ulog2_ct__ct_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.ulog2_ct__ct_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ulog2_ct; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ulog2_ct (
    _ct_id bigint DEFAULT nextval('public.ulog2_ct__ct_id_seq'::regclass) NOT NULL,
    oob_family smallint,
    orig_ip_saddr_str inet,
    orig_ip_daddr_str inet,
    orig_ip_protocol smallint,
    orig_l4_sport integer,
    orig_l4_dport integer,
    orig_raw_pktlen bigint DEFAULT 0,
    orig_raw_pktcount bigint DEFAULT 0,
    reply_ip_saddr_str inet,
    reply_ip_daddr_str inet,
    reply_ip_protocol smallint,
    reply_l4_sport integer,
    reply_l4_dport integer,
    reply_raw_pktlen bigint DEFAULT 0,
    reply_raw_pktcount bigint DEFAULT 0,
    icmp_code smallint,
    icmp_type smallint,
    ct_mark bigint DEFAULT 0,
    flow_start_sec bigint DEFAULT 0,
    flow_start_usec bigint DEFAULT 0,
    flow_end_sec bigint DEFAULT 0,
    flow_end_usec bigint DEFAULT 0,
    ct_event smallint DEFAULT 0
);


--
-- Name: view_icmp; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_icmp AS
 SELECT ulog2._id,
    ulog2.oob_time_sec,
    ulog2.oob_time_usec,
    ulog2.oob_hook,
    ulog2.oob_prefix,
    ulog2.oob_mark,
    ulog2.oob_in,
    ulog2.oob_out,
    ulog2.oob_family,
    ulog2.ip_saddr_str,
    ulog2.ip_daddr_str,
    ulog2.ip_protocol,
    ulog2.ip_tos,
    ulog2.ip_ttl,
    ulog2.ip_totlen,
    ulog2.ip_ihl,
    ulog2.ip_csum,
    ulog2.ip_id,
    ulog2.ip_fragoff,
    ulog2.ip6_payloadlen,
    ulog2.ip6_priority,
    ulog2.ip6_hoplimit,
    ulog2.ip6_flowlabel,
    ulog2.ip6_fragoff,
    ulog2.ip6_fragid,
    ulog2.label,
    ulog2.mac_id,
    ulog2."timestamp",
    icmp._icmp_id,
    icmp.icmp_type,
    icmp.icmp_code,
    icmp.icmp_echoid,
    icmp.icmp_echoseq,
    icmp.icmp_gateway,
    icmp.icmp_fragmtu
   FROM (public.ulog2
     JOIN public.icmp ON ((ulog2._id = icmp._icmp_id)));


--
-- Name: view_icmpv6; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_icmpv6 AS
 SELECT ulog2._id,
    ulog2.oob_time_sec,
    ulog2.oob_time_usec,
    ulog2.oob_hook,
    ulog2.oob_prefix,
    ulog2.oob_mark,
    ulog2.oob_in,
    ulog2.oob_out,
    ulog2.oob_family,
    ulog2.ip_saddr_str,
    ulog2.ip_daddr_str,
    ulog2.ip_protocol,
    ulog2.ip_tos,
    ulog2.ip_ttl,
    ulog2.ip_totlen,
    ulog2.ip_ihl,
    ulog2.ip_csum,
    ulog2.ip_id,
    ulog2.ip_fragoff,
    ulog2.ip6_payloadlen,
    ulog2.ip6_priority,
    ulog2.ip6_hoplimit,
    ulog2.ip6_flowlabel,
    ulog2.ip6_fragoff,
    ulog2.ip6_fragid,
    ulog2.label,
    ulog2.mac_id,
    ulog2."timestamp",
    icmpv6._icmpv6_id,
    icmpv6.icmpv6_type,
    icmpv6.icmpv6_code,
    icmpv6.icmpv6_echoid,
    icmpv6.icmpv6_echoseq,
    icmpv6.icmpv6_csum
   FROM (public.ulog2
     JOIN public.icmpv6 ON ((ulog2._id = icmpv6._icmpv6_id)));


--
-- Name: view_nufw; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_nufw AS
 SELECT ulog2._id,
    ulog2.oob_time_sec,
    ulog2.oob_time_usec,
    ulog2.oob_hook,
    ulog2.oob_prefix,
    ulog2.oob_mark,
    ulog2.oob_in,
    ulog2.oob_out,
    ulog2.oob_family,
    ulog2.ip_saddr_str,
    ulog2.ip_daddr_str,
    ulog2.ip_protocol,
    ulog2.ip_tos,
    ulog2.ip_ttl,
    ulog2.ip_totlen,
    ulog2.ip_ihl,
    ulog2.ip_csum,
    ulog2.ip_id,
    ulog2.ip_fragoff,
    ulog2.ip6_payloadlen,
    ulog2.ip6_priority,
    ulog2.ip6_hoplimit,
    ulog2.ip6_flowlabel,
    ulog2.ip6_fragoff,
    ulog2.ip6_fragid,
    ulog2.label,
    ulog2.mac_id,
    ulog2."timestamp",
    nufw._nufw_id,
    nufw.username,
    nufw.user_id,
    nufw.client_os,
    nufw.client_app
   FROM (public.ulog2
     JOIN public.nufw ON ((ulog2._id = nufw._nufw_id)));


--
-- Name: view_tcp; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_tcp AS
 SELECT ulog2._id,
    ulog2.oob_time_sec,
    ulog2.oob_time_usec,
    ulog2.oob_hook,
    ulog2.oob_prefix,
    ulog2.oob_mark,
    ulog2.oob_in,
    ulog2.oob_out,
    ulog2.oob_family,
    ulog2.ip_saddr_str,
    ulog2.ip_daddr_str,
    ulog2.ip_protocol,
    ulog2.ip_tos,
    ulog2.ip_ttl,
    ulog2.ip_totlen,
    ulog2.ip_ihl,
    ulog2.ip_csum,
    ulog2.ip_id,
    ulog2.ip_fragoff,
    ulog2.ip6_payloadlen,
    ulog2.ip6_priority,
    ulog2.ip6_hoplimit,
    ulog2.ip6_flowlabel,
    ulog2.ip6_fragoff,
    ulog2.ip6_fragid,
    ulog2.label,
    ulog2.mac_id,
    ulog2."timestamp",
    tcp._tcp_id,
    tcp.tcp_sport,
    tcp.tcp_dport,
    tcp.tcp_seq,
    tcp.tcp_ackseq,
    tcp.tcp_window,
    tcp.tcp_urg,
    tcp.tcp_urgp,
    tcp.tcp_ack,
    tcp.tcp_psh,
    tcp.tcp_rst,
    tcp.tcp_syn,
    tcp.tcp_fin
   FROM (public.ulog2
     JOIN public.tcp ON ((ulog2._id = tcp._tcp_id)));


--
-- Name: view_tcp_quad; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_tcp_quad AS
 SELECT ulog2._id,
    ulog2.ip_saddr_str,
    tcp.tcp_sport,
    ulog2.ip_daddr_str,
    tcp.tcp_dport
   FROM (public.ulog2
     JOIN public.tcp ON ((ulog2._id = tcp._tcp_id)));


--
-- Name: view_udp; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_udp AS
 SELECT ulog2._id,
    ulog2.oob_time_sec,
    ulog2.oob_time_usec,
    ulog2.oob_hook,
    ulog2.oob_prefix,
    ulog2.oob_mark,
    ulog2.oob_in,
    ulog2.oob_out,
    ulog2.oob_family,
    ulog2.ip_saddr_str,
    ulog2.ip_daddr_str,
    ulog2.ip_protocol,
    ulog2.ip_tos,
    ulog2.ip_ttl,
    ulog2.ip_totlen,
    ulog2.ip_ihl,
    ulog2.ip_csum,
    ulog2.ip_id,
    ulog2.ip_fragoff,
    ulog2.ip6_payloadlen,
    ulog2.ip6_priority,
    ulog2.ip6_hoplimit,
    ulog2.ip6_flowlabel,
    ulog2.ip6_fragoff,
    ulog2.ip6_fragid,
    ulog2.label,
    ulog2.mac_id,
    ulog2."timestamp",
    udp._udp_id,
    udp.udp_sport,
    udp.udp_dport,
    udp.udp_len
   FROM (public.ulog2
     JOIN public.udp ON ((ulog2._id = udp._udp_id)));


--
-- Name: view_udp_quad; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.view_udp_quad AS
 SELECT ulog2._id,
    ulog2.ip_saddr_str,
    udp.udp_sport,
    ulog2.ip_daddr_str,
    udp.udp_dport
   FROM (public.ulog2
     JOIN public.udp ON ((ulog2._id = udp._udp_id)));


--
-- Name: _extensions ext_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._extensions ALTER COLUMN ext_id SET DEFAULT nextval('public._extensions_ext_id_seq'::regclass);


--
-- Name: ip_proto _proto_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ip_proto ALTER COLUMN _proto_id SET DEFAULT nextval('public.ip_proto__proto_id_seq'::regclass);


--
-- Name: _extensions _extensions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public._extensions
    ADD CONSTRAINT _extensions_pkey PRIMARY KEY (ext_id);


--
-- Name: hwhdr hwhdr_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.hwhdr
    ADD CONSTRAINT hwhdr_pkey PRIMARY KEY (_hw_id);


--
-- Name: icmp icmp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.icmp
    ADD CONSTRAINT icmp_pkey PRIMARY KEY (_icmp_id);


--
-- Name: icmpv6 icmpv6_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.icmpv6
    ADD CONSTRAINT icmpv6_pkey PRIMARY KEY (_icmpv6_id);


--
-- Name: ip_proto ip_proto_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ip_proto
    ADD CONSTRAINT ip_proto_pkey PRIMARY KEY (_proto_id);


--
-- Name: mac mac_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mac
    ADD CONSTRAINT mac_pkey PRIMARY KEY (_mac_id);


--
-- Name: nufw nufw_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nufw
    ADD CONSTRAINT nufw_pkey PRIMARY KEY (_nufw_id);


--
-- Name: sctp sctp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sctp
    ADD CONSTRAINT sctp_pkey PRIMARY KEY (_sctp_id);


--
-- Name: tcp tcp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tcp
    ADD CONSTRAINT tcp_pkey PRIMARY KEY (_tcp_id);


--
-- Name: udp udp_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.udp
    ADD CONSTRAINT udp_pkey PRIMARY KEY (_udp_id);


--
-- Name: ulog2_ct ulog2_ct_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ulog2_ct
    ADD CONSTRAINT ulog2_ct_pkey PRIMARY KEY (_ct_id);


--
-- Name: ulog2 ulog2_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ulog2
    ADD CONSTRAINT ulog2_pkey PRIMARY KEY (_id);


--
-- Name: mac_daddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mac_daddr ON public.mac USING btree (mac_daddr);


--
-- Name: mac_saddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX mac_saddr ON public.mac USING btree (mac_saddr);


--
-- Name: nufw_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX nufw_user_id ON public.nufw USING btree (user_id);


--
-- Name: raw_header; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX raw_header ON public.hwhdr USING btree (raw_header);


--
-- Name: raw_type; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX raw_type ON public.hwhdr USING btree (raw_type);


--
-- Name: sctp_dport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sctp_dport ON public.sctp USING btree (sctp_dport);


--
-- Name: sctp_sport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sctp_sport ON public.sctp USING btree (sctp_sport);


--
-- Name: tcp_dport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tcp_dport ON public.tcp USING btree (tcp_dport);


--
-- Name: tcp_sport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX tcp_sport ON public.tcp USING btree (tcp_sport);


--
-- Name: udp_dport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX udp_dport ON public.udp USING btree (udp_dport);


--
-- Name: udp_sport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX udp_sport ON public.udp USING btree (udp_sport);


--
-- Name: ulog2_ct_event; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_event ON public.ulog2_ct USING btree (ct_event);


--
-- Name: ulog2_ct_oob_family; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_oob_family ON public.ulog2_ct USING btree (oob_family);


--
-- Name: ulog2_ct_orig_ip_daddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_orig_ip_daddr ON public.ulog2_ct USING btree (orig_ip_daddr_str);


--
-- Name: ulog2_ct_orig_ip_saddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_orig_ip_saddr ON public.ulog2_ct USING btree (orig_ip_saddr_str);


--
-- Name: ulog2_ct_orig_l4_dport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_orig_l4_dport ON public.ulog2_ct USING btree (orig_l4_dport);


--
-- Name: ulog2_ct_orig_l4_sport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_orig_l4_sport ON public.ulog2_ct USING btree (orig_l4_sport);


--
-- Name: ulog2_ct_reply_ip_daddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_reply_ip_daddr ON public.ulog2_ct USING btree (reply_ip_daddr_str);


--
-- Name: ulog2_ct_reply_ip_saddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_reply_ip_saddr ON public.ulog2_ct USING btree (reply_ip_saddr_str);


--
-- Name: ulog2_ct_reply_l4_dport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_reply_l4_dport ON public.ulog2_ct USING btree (reply_l4_dport);


--
-- Name: ulog2_ct_reply_l4_sport; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ct_reply_l4_sport ON public.ulog2_ct USING btree (reply_l4_sport);


--
-- Name: ulog2_ip_daddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ip_daddr ON public.ulog2 USING btree (ip_daddr_str);


--
-- Name: ulog2_ip_saddr; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_ip_saddr ON public.ulog2 USING btree (ip_saddr_str);


--
-- Name: ulog2_oob_family; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_oob_family ON public.ulog2 USING btree (oob_family);


--
-- Name: ulog2_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ulog2_timestamp ON public.ulog2 USING btree ("timestamp");


--
-- Name: unique_acct; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX unique_acct ON public.nfacct USING btree (sum_name, oob_time_sec, oob_time_usec);


--
-- Name: unique_mac; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX unique_mac ON public.mac USING btree (mac_saddr, mac_daddr, mac_protocol);


--
-- Name: icmp icmp_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.icmp
    ADD CONSTRAINT icmp_id_fk FOREIGN KEY (_icmp_id) REFERENCES public.ulog2(_id);


--
-- Name: icmpv6 icmpv6_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.icmpv6
    ADD CONSTRAINT icmpv6_id_fk FOREIGN KEY (_icmpv6_id) REFERENCES public.ulog2(_id);


--
-- Name: ulog2 mac_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ulog2
    ADD CONSTRAINT mac_id_fk FOREIGN KEY (mac_id) REFERENCES public.mac(_mac_id);


--
-- Name: nufw nufw_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nufw
    ADD CONSTRAINT nufw_id_fk FOREIGN KEY (_nufw_id) REFERENCES public.ulog2(_id);


--
-- Name: sctp sctp_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sctp
    ADD CONSTRAINT sctp_id_fk FOREIGN KEY (_sctp_id) REFERENCES public.ulog2(_id);


--
-- Name: tcp tcp_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.tcp
    ADD CONSTRAINT tcp_id_fk FOREIGN KEY (_tcp_id) REFERENCES public.ulog2(_id);


--
-- Name: udp udp_id_fk; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.udp
    ADD CONSTRAINT udp_id_fk FOREIGN KEY (_udp_id) REFERENCES public.ulog2(_id);


--
-- PostgreSQL database dump complete
--

\unrestrict Fv2ce7yMJvu9hk9mwbJg8eeShsGP6cJi6nOYsmsseEwvXaOte5tDZjpOcPaZTjA

