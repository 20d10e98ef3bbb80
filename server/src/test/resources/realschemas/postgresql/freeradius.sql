--
-- Schema of FreeRADIUS 3.2.1 (Debian package freeradius-config 3.2.1+dfsg-4+deb12u1, mods-config/sql/*/postgresql), GNU GPL v2 or later; loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict VWBbYHsn3lSIyZytYH2h72QaqEwawZ6IbGV5JCfWBUJ2sexzZQWm0i9NJ0vUz8Q

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
-- Name: fr_allocate_previous_or_new_framedipaddress(character varying, character varying, character varying, character varying, character varying, integer); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.fr_allocate_previous_or_new_framedipaddress(v_pool_name character varying, v_username character varying, v_callingstationid character varying, v_nasipaddress character varying, v_pool_key character varying, v_lease_duration integer) RETURNS inet
    LANGUAGE plpgsql
    AS $$
DECLARE
	r_address inet;
BEGIN

	-- Reissue an existing IP address lease when re-authenticating a session
	--
	SELECT framedipaddress INTO r_address
	FROM radippool
	WHERE pool_name = v_pool_name
		AND expiry_time > NOW()
		AND username = v_username
		AND callingstationid = v_callingstationid
	LIMIT 1
	FOR UPDATE SKIP LOCKED;

	-- Reissue an user's previous IP address, provided that the lease is
	-- available (i.e. enable sticky IPs)
	--
	-- When using this SELECT you should delete the one above. You must also
	-- set allocate_clear = "" in queries.conf to persist the associations
	-- for expired leases.
	--
	-- SELECT framedipaddress INTO r_address
	-- FROM radippool
	-- WHERE pool_name = v_pool_name
	--	 AND username = v_username
	--	 AND callingstationid = v_callingstationid
	-- LIMIT 1
	-- FOR UPDATE SKIP LOCKED;

	-- If we didn't reallocate a previous address then pick the least
	-- recently used address from the pool which maximises the likelihood
	-- of re-assigning the other addresses to their recent user
	--
	IF r_address IS NULL THEN
		SELECT framedipaddress INTO r_address
		FROM radippool
		WHERE pool_name = v_pool_name
		AND expiry_time < NOW()
		ORDER BY
		    expiry_time
		LIMIT 1
		FOR UPDATE SKIP LOCKED;
	END IF;

	-- Return nothing if we failed to allocated an address
	--
	IF r_address IS NULL THEN
		RETURN r_address;
	END IF;

	-- Update the pool having allocated an IP address
	--
	UPDATE radippool
	SET
		nasipaddress = v_nasipaddress,
		pool_key = v_pool_key,
		callingstationid = v_callingstationid,
		username = v_username,
		expiry_time = NOW() + v_lease_duration * interval '1 sec'
	WHERE framedipaddress = r_address;

	-- Return the address that we allocated
	RETURN r_address;

END
$$;


--
-- Name: fr_new_data_usage_period(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.fr_new_data_usage_period() RETURNS void
    LANGUAGE plpgsql
    AS $$
DECLARE v_start timestamp;
DECLARE v_end timestamp;
BEGIN

    SELECT COALESCE(MAX(period_end) + INTERVAL '1 SECOND', TO_TIMESTAMP(0)) INTO v_start FROM data_usage_by_period;
    SELECT DATE_TRUNC('second',CURRENT_TIMESTAMP) INTO v_end;

    --
    -- Add the data usage for the sessions that were active in the current
    -- period to the table. Include all sessions that finished since the start
    -- of this period as well as those still ongoing.
    --
    INSERT INTO data_usage_by_period (username, period_start, period_end, acctinputoctets, acctoutputoctets)
    SELECT *
    FROM (
        SELECT
            username,
            v_start,
            v_end,
            SUM(acctinputoctets) AS acctinputoctets,
            SUM(acctoutputoctets) AS acctoutputoctets
        FROM
            radacct
        WHERE
            acctstoptime > v_start OR
            acctstoptime IS NULL
        GROUP BY
            username
    ) AS s
    ON CONFLICT ON CONSTRAINT data_usage_by_period_pkey
    DO UPDATE
        SET
            acctinputoctets = data_usage_by_period.acctinputoctets + EXCLUDED.acctinputoctets,
            acctoutputoctets = data_usage_by_period.acctoutputoctets + EXCLUDED.acctoutputoctets,
            period_end = v_end;

    --
    -- Create an open-ended "next period" for all ongoing sessions and carry a
    -- negative value of their data usage to avoid double-accounting when we
    -- process the next period. Their current data usage has already been
    -- allocated to the current and possibly previous periods.
    --
    INSERT INTO data_usage_by_period (username, period_start, period_end, acctinputoctets, acctoutputoctets)
    SELECT *
    FROM (
        SELECT
            username,
            v_end + INTERVAL '1 SECOND',
            NULL::timestamp,
            0 - SUM(acctinputoctets),
            0 - SUM(acctoutputoctets)
        FROM
            radacct
        WHERE
            acctstoptime IS NULL
        GROUP BY
            username
    ) AS s;

END
$$;


--
-- Name: fr_radacct_close_after_reload(); Type: PROCEDURE; Schema: public; Owner: -
--

CREATE PROCEDURE public.fr_radacct_close_after_reload()
    LANGUAGE plpgsql
    AS $$

DECLARE v_a bigint;
DECLARE v_z bigint;
DECLARE v_updated bigint DEFAULT 0;
DECLARE v_last_report bigint DEFAULT 0;
DECLARE v_now bigint;
DECLARE v_last boolean DEFAULT false;
DECLARE v_rowcount integer;

--
--  This works for many circumstances
--
DECLARE v_batch_size CONSTANT integer := 2500;

BEGIN

    SELECT MIN(RadAcctId) INTO v_a FROM radacct WHERE AcctStopTime IS NULL;

    LOOP

        v_z := NULL;
        SELECT RadAcctId INTO v_z FROM radacct WHERE RadAcctId > v_a ORDER BY RadAcctId OFFSET v_batch_size LIMIT 1;

        IF v_z IS NULL THEN
            SELECT MAX(RadAcctId) INTO v_z FROM radacct;
            v_last := true;
        END IF;

        UPDATE radacct a
        SET
            AcctStopTime = n.reloadtime,
            AcctSessionTime = EXTRACT(EPOCH FROM (n.ReloadTime - a.AcctStartTime)),
            AcctTerminateCause = 'NAS reboot'
        FROM nasreload n
        WHERE
            a.NASIPAddress = n.NASIPAddress
            AND RadAcctId BETWEEN v_a AND v_z
            AND AcctStopTime IS NULL
            AND AcctStartTime < n.ReloadTime;

        GET DIAGNOSTICS v_rowcount := ROW_COUNT;
        v_updated := v_updated + v_rowcount;

        COMMIT;     -- Make the update visible

        v_a := v_z + 1;

        --
        --  Periodically report how far we've got
        --
        SELECT EXTRACT(EPOCH FROM CURRENT_TIMESTAMP) INTO v_now;
        IF v_last_report != v_now OR v_last THEN
            RAISE NOTICE 'RadAcctID: %; Sessions closed: %', v_z, v_updated;
            v_last_report := v_now;
        END IF;

        EXIT WHEN v_last;

    END LOOP;

END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: cui; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cui (
    clientipaddress inet DEFAULT '0.0.0.0'::inet NOT NULL,
    callingstationid character varying(50) DEFAULT ''::character varying NOT NULL,
    username character varying(64) DEFAULT ''::character varying NOT NULL,
    cui character varying(32) DEFAULT ''::character varying NOT NULL,
    creationdate timestamp with time zone DEFAULT '2026-12-06 01:24:10.097576+00'::timestamp with time zone NOT NULL,
    lastaccounting timestamp with time zone DEFAULT '-infinity'::timestamp without time zone NOT NULL
);


--
-- Name: data_usage_by_period; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.data_usage_by_period (
    username text NOT NULL,
    period_start timestamp with time zone NOT NULL,
    period_end timestamp with time zone,
    acctinputoctets bigint,
    acctoutputoctets bigint
);


--
-- Name: dhcpgroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dhcpgroup (
    id integer NOT NULL,
    identifier text DEFAULT ''::text NOT NULL,
    groupname text DEFAULT ''::text NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    context text DEFAULT ''::text NOT NULL
);


--
-- Name: dhcpgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dhcpgroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dhcpgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dhcpgroup_id_seq OWNED BY public.dhcpgroup.id;


--
-- Name: dhcpgroupreply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dhcpgroupreply (
    id integer NOT NULL,
    groupname text DEFAULT ''::text NOT NULL,
    attribute text DEFAULT ''::text NOT NULL,
    op character varying(2) DEFAULT '='::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    context text DEFAULT ''::text NOT NULL
);


--
-- Name: dhcpgroupreply_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dhcpgroupreply_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dhcpgroupreply_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dhcpgroupreply_id_seq OWNED BY public.dhcpgroupreply.id;


--
-- Name: dhcpreply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dhcpreply (
    id integer NOT NULL,
    identifier text DEFAULT ''::text NOT NULL,
    attribute text DEFAULT ''::text NOT NULL,
    op character varying(2) DEFAULT '='::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    context text DEFAULT ''::text NOT NULL
);


--
-- Name: dhcpreply_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.dhcpreply_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: dhcpreply_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.dhcpreply_id_seq OWNED BY public.dhcpreply.id;


--
-- Name: moonshot_targeted_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.moonshot_targeted_ids (
    gss_acceptor character varying(254) DEFAULT ''::character varying NOT NULL,
    namespace character varying(36) DEFAULT ''::character varying NOT NULL,
    username character varying(64) DEFAULT ''::character varying NOT NULL,
    targeted_id character varying(128) DEFAULT ''::character varying NOT NULL,
    creationdate timestamp with time zone DEFAULT '2026-12-06 01:24:10.71739+00'::timestamp with time zone NOT NULL
);


--
-- Name: nas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nas (
    id integer NOT NULL,
    nasname text NOT NULL,
    shortname text NOT NULL,
    type text DEFAULT 'other'::text NOT NULL,
    ports integer,
    secret text NOT NULL,
    server text,
    community text,
    description text
);


--
-- Name: nas_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.nas_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: nas_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.nas_id_seq OWNED BY public.nas.id;


--
-- Name: nasreload; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.nasreload (
    nasipaddress inet NOT NULL,
    reloadtime timestamp with time zone NOT NULL
);


--
-- Name: radacct; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radacct (
    radacctid bigint NOT NULL,
    acctsessionid text NOT NULL,
    acctuniqueid text NOT NULL,
    username text,
    realm text,
    nasipaddress inet NOT NULL,
    nasportid text,
    nasporttype text,
    acctstarttime timestamp with time zone,
    acctupdatetime timestamp with time zone,
    acctstoptime timestamp with time zone,
    acctinterval bigint,
    acctsessiontime bigint,
    acctauthentic text,
    connectinfo_start text,
    connectinfo_stop text,
    acctinputoctets bigint,
    acctoutputoctets bigint,
    calledstationid text,
    callingstationid text,
    acctterminatecause text,
    servicetype text,
    framedprotocol text,
    framedipaddress inet,
    framedipv6address inet,
    framedipv6prefix inet,
    framedinterfaceid text,
    delegatedipv6prefix inet,
    class text
);


--
-- Name: radacct_radacctid_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radacct_radacctid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radacct_radacctid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radacct_radacctid_seq OWNED BY public.radacct.radacctid;


--
-- Name: radacct_with_reloads; Type: VIEW; Schema: public; Owner: -
--

CREATE VIEW public.radacct_with_reloads AS
 SELECT a.radacctid,
    a.acctsessionid,
    a.acctuniqueid,
    a.username,
    a.realm,
    a.nasipaddress,
    a.nasportid,
    a.nasporttype,
    a.acctstarttime,
    a.acctupdatetime,
    a.acctstoptime,
    a.acctinterval,
    a.acctsessiontime,
    a.acctauthentic,
    a.connectinfo_start,
    a.connectinfo_stop,
    a.acctinputoctets,
    a.acctoutputoctets,
    a.calledstationid,
    a.callingstationid,
    a.acctterminatecause,
    a.servicetype,
    a.framedprotocol,
    a.framedipaddress,
    a.framedipv6address,
    a.framedipv6prefix,
    a.framedinterfaceid,
    a.delegatedipv6prefix,
    a.class,
    COALESCE(a.acctstoptime,
        CASE
            WHEN (a.acctstarttime < n.reloadtime) THEN n.reloadtime
            ELSE NULL::timestamp with time zone
        END) AS acctstoptime_with_reloads,
    COALESCE((a.acctsessiontime)::numeric,
        CASE
            WHEN ((a.acctstoptime IS NULL) AND (a.acctstarttime < n.reloadtime)) THEN EXTRACT(epoch FROM (n.reloadtime - a.acctstarttime))
            ELSE NULL::numeric
        END) AS acctsessiontime_with_reloads
   FROM (public.radacct a
     LEFT JOIN public.nasreload n USING (nasipaddress));


--
-- Name: radcheck; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radcheck (
    id integer NOT NULL,
    username text DEFAULT ''::text NOT NULL,
    attribute text DEFAULT ''::text NOT NULL,
    op character varying(2) DEFAULT '=='::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


--
-- Name: radcheck_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radcheck_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radcheck_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radcheck_id_seq OWNED BY public.radcheck.id;


--
-- Name: radgroupcheck; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radgroupcheck (
    id integer NOT NULL,
    groupname text DEFAULT ''::text NOT NULL,
    attribute text DEFAULT ''::text NOT NULL,
    op character varying(2) DEFAULT '=='::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


--
-- Name: radgroupcheck_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radgroupcheck_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radgroupcheck_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radgroupcheck_id_seq OWNED BY public.radgroupcheck.id;


--
-- Name: radgroupreply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radgroupreply (
    id integer NOT NULL,
    groupname text DEFAULT ''::text NOT NULL,
    attribute text DEFAULT ''::text NOT NULL,
    op character varying(2) DEFAULT '='::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


--
-- Name: radgroupreply_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radgroupreply_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radgroupreply_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radgroupreply_id_seq OWNED BY public.radgroupreply.id;


--
-- Name: radippool; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radippool (
    id bigint NOT NULL,
    pool_name text NOT NULL,
    framedipaddress inet NOT NULL,
    nasipaddress text DEFAULT ''::text NOT NULL,
    pool_key text DEFAULT ''::text NOT NULL,
    calledstationid text DEFAULT ''::text NOT NULL,
    callingstationid text DEFAULT ''::text NOT NULL,
    expiry_time timestamp(0) without time zone DEFAULT now() NOT NULL,
    username text DEFAULT ''::text
);


--
-- Name: radippool_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radippool_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radippool_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radippool_id_seq OWNED BY public.radippool.id;


--
-- Name: radpostauth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radpostauth (
    id bigint NOT NULL,
    username text NOT NULL,
    pass text,
    reply text,
    calledstationid text,
    callingstationid text,
    authdate timestamp with time zone DEFAULT now() NOT NULL,
    class text
);


--
-- Name: radpostauth_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radpostauth_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radpostauth_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radpostauth_id_seq OWNED BY public.radpostauth.id;


--
-- Name: radreply; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radreply (
    id integer NOT NULL,
    username text DEFAULT ''::text NOT NULL,
    attribute text DEFAULT ''::text NOT NULL,
    op character varying(2) DEFAULT '='::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


--
-- Name: radreply_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radreply_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radreply_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radreply_id_seq OWNED BY public.radreply.id;


--
-- Name: radusergroup; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.radusergroup (
    id integer NOT NULL,
    username text DEFAULT ''::text NOT NULL,
    groupname text DEFAULT ''::text NOT NULL,
    priority integer DEFAULT 0 NOT NULL
);


--
-- Name: radusergroup_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.radusergroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: radusergroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.radusergroup_id_seq OWNED BY public.radusergroup.id;


--
-- Name: dhcpgroup id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dhcpgroup ALTER COLUMN id SET DEFAULT nextval('public.dhcpgroup_id_seq'::regclass);


--
-- Name: dhcpgroupreply id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dhcpgroupreply ALTER COLUMN id SET DEFAULT nextval('public.dhcpgroupreply_id_seq'::regclass);


--
-- Name: dhcpreply id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dhcpreply ALTER COLUMN id SET DEFAULT nextval('public.dhcpreply_id_seq'::regclass);


--
-- Name: nas id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nas ALTER COLUMN id SET DEFAULT nextval('public.nas_id_seq'::regclass);


--
-- Name: radacct radacctid; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radacct ALTER COLUMN radacctid SET DEFAULT nextval('public.radacct_radacctid_seq'::regclass);


--
-- Name: radcheck id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radcheck ALTER COLUMN id SET DEFAULT nextval('public.radcheck_id_seq'::regclass);


--
-- Name: radgroupcheck id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radgroupcheck ALTER COLUMN id SET DEFAULT nextval('public.radgroupcheck_id_seq'::regclass);


--
-- Name: radgroupreply id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radgroupreply ALTER COLUMN id SET DEFAULT nextval('public.radgroupreply_id_seq'::regclass);


--
-- Name: radippool id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radippool ALTER COLUMN id SET DEFAULT nextval('public.radippool_id_seq'::regclass);


--
-- Name: radpostauth id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radpostauth ALTER COLUMN id SET DEFAULT nextval('public.radpostauth_id_seq'::regclass);


--
-- Name: radreply id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radreply ALTER COLUMN id SET DEFAULT nextval('public.radreply_id_seq'::regclass);


--
-- Name: radusergroup id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radusergroup ALTER COLUMN id SET DEFAULT nextval('public.radusergroup_id_seq'::regclass);


--
-- Name: cui cui_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.cui
    ADD CONSTRAINT cui_pkey PRIMARY KEY (username, clientipaddress, callingstationid);


--
-- Name: data_usage_by_period data_usage_by_period_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_usage_by_period
    ADD CONSTRAINT data_usage_by_period_pkey PRIMARY KEY (username, period_start);


--
-- Name: dhcpgroup dhcpgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dhcpgroup
    ADD CONSTRAINT dhcpgroup_pkey PRIMARY KEY (id);


--
-- Name: dhcpgroupreply dhcpgroupreply_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dhcpgroupreply
    ADD CONSTRAINT dhcpgroupreply_pkey PRIMARY KEY (id);


--
-- Name: dhcpreply dhcpreply_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dhcpreply
    ADD CONSTRAINT dhcpreply_pkey PRIMARY KEY (id);


--
-- Name: moonshot_targeted_ids moonshot_targeted_ids_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.moonshot_targeted_ids
    ADD CONSTRAINT moonshot_targeted_ids_pkey PRIMARY KEY (username, gss_acceptor, namespace);


--
-- Name: nas nas_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nas
    ADD CONSTRAINT nas_pkey PRIMARY KEY (id);


--
-- Name: nasreload nasreload_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.nasreload
    ADD CONSTRAINT nasreload_pkey PRIMARY KEY (nasipaddress);


--
-- Name: radacct radacct_acctuniqueid_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radacct
    ADD CONSTRAINT radacct_acctuniqueid_key UNIQUE (acctuniqueid);


--
-- Name: radacct radacct_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radacct
    ADD CONSTRAINT radacct_pkey PRIMARY KEY (radacctid);


--
-- Name: radcheck radcheck_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radcheck
    ADD CONSTRAINT radcheck_pkey PRIMARY KEY (id);


--
-- Name: radgroupcheck radgroupcheck_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radgroupcheck
    ADD CONSTRAINT radgroupcheck_pkey PRIMARY KEY (id);


--
-- Name: radgroupreply radgroupreply_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radgroupreply
    ADD CONSTRAINT radgroupreply_pkey PRIMARY KEY (id);


--
-- Name: radippool radippool_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radippool
    ADD CONSTRAINT radippool_pkey PRIMARY KEY (id);


--
-- Name: radpostauth radpostauth_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radpostauth
    ADD CONSTRAINT radpostauth_pkey PRIMARY KEY (id);


--
-- Name: radreply radreply_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radreply
    ADD CONSTRAINT radreply_pkey PRIMARY KEY (id);


--
-- Name: radusergroup radusergroup_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.radusergroup
    ADD CONSTRAINT radusergroup_pkey PRIMARY KEY (id);


--
-- Name: data_usage_by_period_pkey_period_end; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX data_usage_by_period_pkey_period_end ON public.data_usage_by_period USING btree (period_end);


--
-- Name: dhcpgroup_identifier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dhcpgroup_identifier ON public.dhcpgroup USING btree (context, identifier);


--
-- Name: dhcpgroupreply_groupname; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dhcpgroupreply_groupname ON public.dhcpgroupreply USING btree (context, groupname, attribute);


--
-- Name: dhcpreply_identifier; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX dhcpreply_identifier ON public.dhcpreply USING btree (context, identifier, attribute);


--
-- Name: nas_nasname; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX nas_nasname ON public.nas USING btree (nasname);


--
-- Name: radacct_active_session_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radacct_active_session_idx ON public.radacct USING btree (acctuniqueid) WHERE (acctstoptime IS NULL);


--
-- Name: radacct_bulk_close; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radacct_bulk_close ON public.radacct USING btree (nasipaddress, acctstarttime) WHERE (acctstoptime IS NULL);


--
-- Name: radacct_calss_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radacct_calss_idx ON public.radacct USING btree (class);


--
-- Name: radacct_start_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radacct_start_user_idx ON public.radacct USING btree (acctstarttime, username);


--
-- Name: radcheck_username; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radcheck_username ON public.radcheck USING btree (username, attribute);


--
-- Name: radgroupcheck_groupname; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radgroupcheck_groupname ON public.radgroupcheck USING btree (groupname, attribute);


--
-- Name: radgroupreply_groupname; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radgroupreply_groupname ON public.radgroupreply USING btree (groupname, attribute);


--
-- Name: radippool_framedipaddress; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radippool_framedipaddress ON public.radippool USING btree (framedipaddress);


--
-- Name: radippool_nasip_poolkey_ipaddress; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radippool_nasip_poolkey_ipaddress ON public.radippool USING btree (nasipaddress, pool_key, framedipaddress);


--
-- Name: radippool_poolname_expire; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radippool_poolname_expire ON public.radippool USING btree (pool_name, expiry_time);


--
-- Name: radippool_poolname_username_callingstationid; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radippool_poolname_username_callingstationid ON public.radippool USING btree (pool_name, username, callingstationid);


--
-- Name: radpostauth_class_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radpostauth_class_idx ON public.radpostauth USING btree (class);


--
-- Name: radpostauth_username_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radpostauth_username_idx ON public.radpostauth USING btree (username);


--
-- Name: radreply_username; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radreply_username ON public.radreply USING btree (username, attribute);


--
-- Name: radusergroup_username; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX radusergroup_username ON public.radusergroup USING btree (username);


--
-- Name: cui postauth_query; Type: RULE; Schema: public; Owner: -
--

CREATE RULE postauth_query AS
    ON INSERT TO public.cui
   WHERE (EXISTS ( SELECT 1
           FROM public.cui cui_1
          WHERE (((cui_1.username)::text = (new.username)::text) AND (cui_1.clientipaddress = new.clientipaddress) AND ((cui_1.callingstationid)::text = (new.callingstationid)::text)))) DO INSTEAD  UPDATE public.cui SET lastaccounting = '-infinity'::timestamp with time zone, cui = new.cui
  WHERE (((cui.username)::text = (new.username)::text) AND (cui.clientipaddress = new.clientipaddress) AND ((cui.callingstationid)::text = (new.callingstationid)::text));


--
-- PostgreSQL database dump complete
--

\unrestrict VWBbYHsn3lSIyZytYH2h72QaqEwawZ6IbGV5JCfWBUJ2sexzZQWm0i9NJ0vUz8Q

