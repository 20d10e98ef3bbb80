--
-- Schema of Zabbix 6.0.14 (Debian package zabbix-server-pgsql 1:6.0.14+dfsg-1+b1, usr/share/zabbix-server-pgsql/schema.sql.gz), GNU GPL v2 or later (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict Hx2P55wuagLoKP0SgU0qzEKg1s9y21vumg73m6IZ1ShCRSIYzXs8FnYLhIbV9YT

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
-- Name: hosts_name_upper_upper(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.hosts_name_upper_upper() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
update hosts set name_upper=upper(name)
where hostid=new.hostid;
return null;
end $$;


ALTER FUNCTION public.hosts_name_upper_upper() OWNER TO postgres;

--
-- Name: items_name_upper_upper(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.items_name_upper_upper() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
update items set name_upper=upper(name)
where itemid=new.itemid;
return null;
end $$;


ALTER FUNCTION public.items_name_upper_upper() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: acknowledges; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acknowledges (
    acknowledgeid bigint NOT NULL,
    userid bigint NOT NULL,
    eventid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    message character varying(2048) DEFAULT ''::character varying NOT NULL,
    action integer DEFAULT 0 NOT NULL,
    old_severity integer DEFAULT 0 NOT NULL,
    new_severity integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.acknowledges OWNER TO postgres;

--
-- Name: actions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.actions (
    actionid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    eventsource integer DEFAULT 0 NOT NULL,
    evaltype integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    esc_period character varying(255) DEFAULT '1h'::character varying NOT NULL,
    formula character varying(1024) DEFAULT ''::character varying NOT NULL,
    pause_suppressed integer DEFAULT 1 NOT NULL,
    notify_if_canceled integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.actions OWNER TO postgres;

--
-- Name: alerts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.alerts (
    alertid bigint NOT NULL,
    actionid bigint NOT NULL,
    eventid bigint NOT NULL,
    userid bigint,
    clock integer DEFAULT 0 NOT NULL,
    mediatypeid bigint,
    sendto character varying(1024) DEFAULT ''::character varying NOT NULL,
    subject character varying(255) DEFAULT ''::character varying NOT NULL,
    message text DEFAULT ''::text NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    retries integer DEFAULT 0 NOT NULL,
    error character varying(2048) DEFAULT ''::character varying NOT NULL,
    esc_step integer DEFAULT 0 NOT NULL,
    alerttype integer DEFAULT 0 NOT NULL,
    p_eventid bigint,
    acknowledgeid bigint,
    parameters text DEFAULT '{}'::text NOT NULL
);


ALTER TABLE public.alerts OWNER TO postgres;

--
-- Name: auditlog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.auditlog (
    auditid character varying(25) NOT NULL,
    userid bigint,
    username character varying(100) DEFAULT ''::character varying NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    ip character varying(39) DEFAULT ''::character varying NOT NULL,
    action integer DEFAULT 0 NOT NULL,
    resourcetype integer DEFAULT 0 NOT NULL,
    resourceid bigint,
    resource_cuid character varying(25),
    resourcename character varying(255) DEFAULT ''::character varying NOT NULL,
    recordsetid character varying(25) NOT NULL,
    details text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.auditlog OWNER TO postgres;

--
-- Name: autoreg_host; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.autoreg_host (
    autoreg_hostid bigint NOT NULL,
    proxy_hostid bigint,
    host character varying(128) DEFAULT ''::character varying NOT NULL,
    listen_ip character varying(39) DEFAULT ''::character varying NOT NULL,
    listen_port integer DEFAULT 0 NOT NULL,
    listen_dns character varying(255) DEFAULT ''::character varying NOT NULL,
    host_metadata character varying(255) DEFAULT ''::character varying NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    tls_accepted integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.autoreg_host OWNER TO postgres;

--
-- Name: conditions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.conditions (
    conditionid bigint NOT NULL,
    actionid bigint NOT NULL,
    conditiontype integer DEFAULT 0 NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL,
    value2 character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.conditions OWNER TO postgres;

--
-- Name: config; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.config (
    configid bigint NOT NULL,
    work_period character varying(255) DEFAULT '1-5,09:00-18:00'::character varying NOT NULL,
    alert_usrgrpid bigint,
    default_theme character varying(128) DEFAULT 'blue-theme'::character varying NOT NULL,
    authentication_type integer DEFAULT 0 NOT NULL,
    ldap_host character varying(255) DEFAULT ''::character varying NOT NULL,
    ldap_port integer DEFAULT 389 NOT NULL,
    ldap_base_dn character varying(255) DEFAULT ''::character varying NOT NULL,
    ldap_bind_dn character varying(255) DEFAULT ''::character varying NOT NULL,
    ldap_bind_password character varying(128) DEFAULT ''::character varying NOT NULL,
    ldap_search_attribute character varying(128) DEFAULT ''::character varying NOT NULL,
    discovery_groupid bigint NOT NULL,
    max_in_table integer DEFAULT 50 NOT NULL,
    search_limit integer DEFAULT 1000 NOT NULL,
    severity_color_0 character varying(6) DEFAULT '97AAB3'::character varying NOT NULL,
    severity_color_1 character varying(6) DEFAULT '7499FF'::character varying NOT NULL,
    severity_color_2 character varying(6) DEFAULT 'FFC859'::character varying NOT NULL,
    severity_color_3 character varying(6) DEFAULT 'FFA059'::character varying NOT NULL,
    severity_color_4 character varying(6) DEFAULT 'E97659'::character varying NOT NULL,
    severity_color_5 character varying(6) DEFAULT 'E45959'::character varying NOT NULL,
    severity_name_0 character varying(32) DEFAULT 'Not classified'::character varying NOT NULL,
    severity_name_1 character varying(32) DEFAULT 'Information'::character varying NOT NULL,
    severity_name_2 character varying(32) DEFAULT 'Warning'::character varying NOT NULL,
    severity_name_3 character varying(32) DEFAULT 'Average'::character varying NOT NULL,
    severity_name_4 character varying(32) DEFAULT 'High'::character varying NOT NULL,
    severity_name_5 character varying(32) DEFAULT 'Disaster'::character varying NOT NULL,
    ok_period character varying(32) DEFAULT '5m'::character varying NOT NULL,
    blink_period character varying(32) DEFAULT '2m'::character varying NOT NULL,
    problem_unack_color character varying(6) DEFAULT 'CC0000'::character varying NOT NULL,
    problem_ack_color character varying(6) DEFAULT 'CC0000'::character varying NOT NULL,
    ok_unack_color character varying(6) DEFAULT '009900'::character varying NOT NULL,
    ok_ack_color character varying(6) DEFAULT '009900'::character varying NOT NULL,
    problem_unack_style integer DEFAULT 1 NOT NULL,
    problem_ack_style integer DEFAULT 1 NOT NULL,
    ok_unack_style integer DEFAULT 1 NOT NULL,
    ok_ack_style integer DEFAULT 1 NOT NULL,
    snmptrap_logging integer DEFAULT 1 NOT NULL,
    server_check_interval integer DEFAULT 10 NOT NULL,
    hk_events_mode integer DEFAULT 1 NOT NULL,
    hk_events_trigger character varying(32) DEFAULT '365d'::character varying NOT NULL,
    hk_events_internal character varying(32) DEFAULT '1d'::character varying NOT NULL,
    hk_events_discovery character varying(32) DEFAULT '1d'::character varying NOT NULL,
    hk_events_autoreg character varying(32) DEFAULT '1d'::character varying NOT NULL,
    hk_services_mode integer DEFAULT 1 NOT NULL,
    hk_services character varying(32) DEFAULT '365d'::character varying NOT NULL,
    hk_audit_mode integer DEFAULT 1 NOT NULL,
    hk_audit character varying(32) DEFAULT '365d'::character varying NOT NULL,
    hk_sessions_mode integer DEFAULT 1 NOT NULL,
    hk_sessions character varying(32) DEFAULT '365d'::character varying NOT NULL,
    hk_history_mode integer DEFAULT 1 NOT NULL,
    hk_history_global integer DEFAULT 0 NOT NULL,
    hk_history character varying(32) DEFAULT '90d'::character varying NOT NULL,
    hk_trends_mode integer DEFAULT 1 NOT NULL,
    hk_trends_global integer DEFAULT 0 NOT NULL,
    hk_trends character varying(32) DEFAULT '365d'::character varying NOT NULL,
    default_inventory_mode integer DEFAULT '-1'::integer NOT NULL,
    custom_color integer DEFAULT 0 NOT NULL,
    http_auth_enabled integer DEFAULT 0 NOT NULL,
    http_login_form integer DEFAULT 0 NOT NULL,
    http_strip_domains character varying(2048) DEFAULT ''::character varying NOT NULL,
    http_case_sensitive integer DEFAULT 1 NOT NULL,
    ldap_configured integer DEFAULT 0 NOT NULL,
    ldap_case_sensitive integer DEFAULT 1 NOT NULL,
    db_extension character varying(32) DEFAULT ''::character varying NOT NULL,
    autoreg_tls_accept integer DEFAULT 1 NOT NULL,
    compression_status integer DEFAULT 0 NOT NULL,
    compress_older character varying(32) DEFAULT '7d'::character varying NOT NULL,
    instanceid character varying(32) DEFAULT ''::character varying NOT NULL,
    saml_auth_enabled integer DEFAULT 0 NOT NULL,
    saml_idp_entityid character varying(1024) DEFAULT ''::character varying NOT NULL,
    saml_sso_url character varying(2048) DEFAULT ''::character varying NOT NULL,
    saml_slo_url character varying(2048) DEFAULT ''::character varying NOT NULL,
    saml_username_attribute character varying(128) DEFAULT ''::character varying NOT NULL,
    saml_sp_entityid character varying(1024) DEFAULT ''::character varying NOT NULL,
    saml_nameid_format character varying(2048) DEFAULT ''::character varying NOT NULL,
    saml_sign_messages integer DEFAULT 0 NOT NULL,
    saml_sign_assertions integer DEFAULT 0 NOT NULL,
    saml_sign_authn_requests integer DEFAULT 0 NOT NULL,
    saml_sign_logout_requests integer DEFAULT 0 NOT NULL,
    saml_sign_logout_responses integer DEFAULT 0 NOT NULL,
    saml_encrypt_nameid integer DEFAULT 0 NOT NULL,
    saml_encrypt_assertions integer DEFAULT 0 NOT NULL,
    saml_case_sensitive integer DEFAULT 0 NOT NULL,
    default_lang character varying(5) DEFAULT 'en_US'::character varying NOT NULL,
    default_timezone character varying(50) DEFAULT 'system'::character varying NOT NULL,
    login_attempts integer DEFAULT 5 NOT NULL,
    login_block character varying(32) DEFAULT '30s'::character varying NOT NULL,
    show_technical_errors integer DEFAULT 0 NOT NULL,
    validate_uri_schemes integer DEFAULT 1 NOT NULL,
    uri_valid_schemes character varying(255) DEFAULT 'http,https,ftp,file,mailto,tel,ssh'::character varying NOT NULL,
    x_frame_options character varying(255) DEFAULT 'SAMEORIGIN'::character varying NOT NULL,
    iframe_sandboxing_enabled integer DEFAULT 1 NOT NULL,
    iframe_sandboxing_exceptions character varying(255) DEFAULT ''::character varying NOT NULL,
    max_overview_table_size integer DEFAULT 50 NOT NULL,
    history_period character varying(32) DEFAULT '24h'::character varying NOT NULL,
    period_default character varying(32) DEFAULT '1h'::character varying NOT NULL,
    max_period character varying(32) DEFAULT '2y'::character varying NOT NULL,
    socket_timeout character varying(32) DEFAULT '3s'::character varying NOT NULL,
    connect_timeout character varying(32) DEFAULT '3s'::character varying NOT NULL,
    media_type_test_timeout character varying(32) DEFAULT '65s'::character varying NOT NULL,
    script_timeout character varying(32) DEFAULT '60s'::character varying NOT NULL,
    item_test_timeout character varying(32) DEFAULT '60s'::character varying NOT NULL,
    session_key character varying(32) DEFAULT ''::character varying NOT NULL,
    url character varying(255) DEFAULT ''::character varying NOT NULL,
    report_test_timeout character varying(32) DEFAULT '60s'::character varying NOT NULL,
    dbversion_status text DEFAULT ''::text NOT NULL,
    hk_events_service character varying(32) DEFAULT '1d'::character varying NOT NULL,
    passwd_min_length integer DEFAULT 8 NOT NULL,
    passwd_check_rules integer DEFAULT 8 NOT NULL,
    auditlog_enabled integer DEFAULT 1 NOT NULL,
    ha_failover_delay character varying(32) DEFAULT '1m'::character varying NOT NULL,
    geomaps_tile_provider character varying(255) DEFAULT ''::character varying NOT NULL,
    geomaps_tile_url character varying(1024) DEFAULT ''::character varying NOT NULL,
    geomaps_max_zoom integer DEFAULT 0 NOT NULL,
    geomaps_attribution character varying(1024) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.config OWNER TO postgres;

--
-- Name: config_autoreg_tls; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.config_autoreg_tls (
    autoreg_tlsid bigint NOT NULL,
    tls_psk_identity character varying(128) DEFAULT ''::character varying NOT NULL,
    tls_psk character varying(512) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.config_autoreg_tls OWNER TO postgres;

--
-- Name: corr_condition; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.corr_condition (
    corr_conditionid bigint NOT NULL,
    correlationid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.corr_condition OWNER TO postgres;

--
-- Name: corr_condition_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.corr_condition_group (
    corr_conditionid bigint NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    groupid bigint NOT NULL
);


ALTER TABLE public.corr_condition_group OWNER TO postgres;

--
-- Name: corr_condition_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.corr_condition_tag (
    corr_conditionid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.corr_condition_tag OWNER TO postgres;

--
-- Name: corr_condition_tagpair; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.corr_condition_tagpair (
    corr_conditionid bigint NOT NULL,
    oldtag character varying(255) DEFAULT ''::character varying NOT NULL,
    newtag character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.corr_condition_tagpair OWNER TO postgres;

--
-- Name: corr_condition_tagvalue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.corr_condition_tagvalue (
    corr_conditionid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.corr_condition_tagvalue OWNER TO postgres;

--
-- Name: corr_operation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.corr_operation (
    corr_operationid bigint NOT NULL,
    correlationid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.corr_operation OWNER TO postgres;

--
-- Name: correlation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.correlation (
    correlationid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    evaltype integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    formula character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.correlation OWNER TO postgres;

--
-- Name: dashboard; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dashboard (
    dashboardid bigint NOT NULL,
    name character varying(255) NOT NULL,
    userid bigint,
    private integer DEFAULT 1 NOT NULL,
    templateid bigint,
    display_period integer DEFAULT 30 NOT NULL,
    auto_start integer DEFAULT 1 NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.dashboard OWNER TO postgres;

--
-- Name: dashboard_page; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dashboard_page (
    dashboard_pageid bigint NOT NULL,
    dashboardid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    display_period integer DEFAULT 0 NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.dashboard_page OWNER TO postgres;

--
-- Name: dashboard_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dashboard_user (
    dashboard_userid bigint NOT NULL,
    dashboardid bigint NOT NULL,
    userid bigint NOT NULL,
    permission integer DEFAULT 2 NOT NULL
);


ALTER TABLE public.dashboard_user OWNER TO postgres;

--
-- Name: dashboard_usrgrp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dashboard_usrgrp (
    dashboard_usrgrpid bigint NOT NULL,
    dashboardid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    permission integer DEFAULT 2 NOT NULL
);


ALTER TABLE public.dashboard_usrgrp OWNER TO postgres;

--
-- Name: dbversion; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dbversion (
    dbversionid bigint NOT NULL,
    mandatory integer DEFAULT 0 NOT NULL,
    optional integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.dbversion OWNER TO postgres;

--
-- Name: dchecks; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dchecks (
    dcheckid bigint NOT NULL,
    druleid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    key_ character varying(2048) DEFAULT ''::character varying NOT NULL,
    snmp_community character varying(255) DEFAULT ''::character varying NOT NULL,
    ports character varying(255) DEFAULT '0'::character varying NOT NULL,
    snmpv3_securityname character varying(64) DEFAULT ''::character varying NOT NULL,
    snmpv3_securitylevel integer DEFAULT 0 NOT NULL,
    snmpv3_authpassphrase character varying(64) DEFAULT ''::character varying NOT NULL,
    snmpv3_privpassphrase character varying(64) DEFAULT ''::character varying NOT NULL,
    uniq integer DEFAULT 0 NOT NULL,
    snmpv3_authprotocol integer DEFAULT 0 NOT NULL,
    snmpv3_privprotocol integer DEFAULT 0 NOT NULL,
    snmpv3_contextname character varying(255) DEFAULT ''::character varying NOT NULL,
    host_source integer DEFAULT 1 NOT NULL,
    name_source integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.dchecks OWNER TO postgres;

--
-- Name: dhosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dhosts (
    dhostid bigint NOT NULL,
    druleid bigint NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    lastup integer DEFAULT 0 NOT NULL,
    lastdown integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.dhosts OWNER TO postgres;

--
-- Name: drules; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.drules (
    druleid bigint NOT NULL,
    proxy_hostid bigint,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    iprange character varying(2048) DEFAULT ''::character varying NOT NULL,
    delay character varying(255) DEFAULT '1h'::character varying NOT NULL,
    nextcheck integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.drules OWNER TO postgres;

--
-- Name: dservices; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.dservices (
    dserviceid bigint NOT NULL,
    dhostid bigint NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL,
    port integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    lastup integer DEFAULT 0 NOT NULL,
    lastdown integer DEFAULT 0 NOT NULL,
    dcheckid bigint NOT NULL,
    ip character varying(39) DEFAULT ''::character varying NOT NULL,
    dns character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.dservices OWNER TO postgres;

--
-- Name: escalations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.escalations (
    escalationid bigint NOT NULL,
    actionid bigint NOT NULL,
    triggerid bigint,
    eventid bigint,
    r_eventid bigint,
    nextcheck integer DEFAULT 0 NOT NULL,
    esc_step integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    itemid bigint,
    acknowledgeid bigint,
    servicealarmid bigint,
    serviceid bigint
);


ALTER TABLE public.escalations OWNER TO postgres;

--
-- Name: event_recovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.event_recovery (
    eventid bigint NOT NULL,
    r_eventid bigint NOT NULL,
    c_eventid bigint,
    correlationid bigint,
    userid bigint
);


ALTER TABLE public.event_recovery OWNER TO postgres;

--
-- Name: event_suppress; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.event_suppress (
    event_suppressid bigint NOT NULL,
    eventid bigint NOT NULL,
    maintenanceid bigint,
    suppress_until integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.event_suppress OWNER TO postgres;

--
-- Name: event_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.event_tag (
    eventtagid bigint NOT NULL,
    eventid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.event_tag OWNER TO postgres;

--
-- Name: events; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.events (
    eventid bigint NOT NULL,
    source integer DEFAULT 0 NOT NULL,
    object integer DEFAULT 0 NOT NULL,
    objectid bigint DEFAULT '0'::bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    value integer DEFAULT 0 NOT NULL,
    acknowledged integer DEFAULT 0 NOT NULL,
    ns integer DEFAULT 0 NOT NULL,
    name character varying(2048) DEFAULT ''::character varying NOT NULL,
    severity integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.events OWNER TO postgres;

--
-- Name: expressions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.expressions (
    expressionid bigint NOT NULL,
    regexpid bigint NOT NULL,
    expression character varying(255) DEFAULT ''::character varying NOT NULL,
    expression_type integer DEFAULT 0 NOT NULL,
    exp_delimiter character varying(1) DEFAULT ''::character varying NOT NULL,
    case_sensitive integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.expressions OWNER TO postgres;

--
-- Name: functions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.functions (
    functionid bigint NOT NULL,
    itemid bigint NOT NULL,
    triggerid bigint NOT NULL,
    name character varying(12) DEFAULT ''::character varying NOT NULL,
    parameter character varying(255) DEFAULT '0'::character varying NOT NULL
);


ALTER TABLE public.functions OWNER TO postgres;

--
-- Name: globalmacro; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.globalmacro (
    globalmacroid bigint NOT NULL,
    macro character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(2048) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.globalmacro OWNER TO postgres;

--
-- Name: globalvars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.globalvars (
    globalvarid bigint NOT NULL,
    snmp_lastsize numeric(20,0) DEFAULT '0'::numeric NOT NULL
);


ALTER TABLE public.globalvars OWNER TO postgres;

--
-- Name: graph_discovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.graph_discovery (
    graphid bigint NOT NULL,
    parent_graphid bigint NOT NULL,
    lastcheck integer DEFAULT 0 NOT NULL,
    ts_delete integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.graph_discovery OWNER TO postgres;

--
-- Name: graph_theme; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.graph_theme (
    graphthemeid bigint NOT NULL,
    theme character varying(64) DEFAULT ''::character varying NOT NULL,
    backgroundcolor character varying(6) DEFAULT ''::character varying NOT NULL,
    graphcolor character varying(6) DEFAULT ''::character varying NOT NULL,
    gridcolor character varying(6) DEFAULT ''::character varying NOT NULL,
    maingridcolor character varying(6) DEFAULT ''::character varying NOT NULL,
    gridbordercolor character varying(6) DEFAULT ''::character varying NOT NULL,
    textcolor character varying(6) DEFAULT ''::character varying NOT NULL,
    highlightcolor character varying(6) DEFAULT ''::character varying NOT NULL,
    leftpercentilecolor character varying(6) DEFAULT ''::character varying NOT NULL,
    rightpercentilecolor character varying(6) DEFAULT ''::character varying NOT NULL,
    nonworktimecolor character varying(6) DEFAULT ''::character varying NOT NULL,
    colorpalette character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.graph_theme OWNER TO postgres;

--
-- Name: graphs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.graphs (
    graphid bigint NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    width integer DEFAULT 900 NOT NULL,
    height integer DEFAULT 200 NOT NULL,
    yaxismin double precision DEFAULT '0'::double precision NOT NULL,
    yaxismax double precision DEFAULT '100'::double precision NOT NULL,
    templateid bigint,
    show_work_period integer DEFAULT 1 NOT NULL,
    show_triggers integer DEFAULT 1 NOT NULL,
    graphtype integer DEFAULT 0 NOT NULL,
    show_legend integer DEFAULT 1 NOT NULL,
    show_3d integer DEFAULT 0 NOT NULL,
    percent_left double precision DEFAULT '0'::double precision NOT NULL,
    percent_right double precision DEFAULT '0'::double precision NOT NULL,
    ymin_type integer DEFAULT 0 NOT NULL,
    ymax_type integer DEFAULT 0 NOT NULL,
    ymin_itemid bigint,
    ymax_itemid bigint,
    flags integer DEFAULT 0 NOT NULL,
    discover integer DEFAULT 0 NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.graphs OWNER TO postgres;

--
-- Name: graphs_items; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.graphs_items (
    gitemid bigint NOT NULL,
    graphid bigint NOT NULL,
    itemid bigint NOT NULL,
    drawtype integer DEFAULT 0 NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    color character varying(6) DEFAULT '009600'::character varying NOT NULL,
    yaxisside integer DEFAULT 0 NOT NULL,
    calc_fnc integer DEFAULT 2 NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.graphs_items OWNER TO postgres;

--
-- Name: group_discovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.group_discovery (
    groupid bigint NOT NULL,
    parent_group_prototypeid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    lastcheck integer DEFAULT 0 NOT NULL,
    ts_delete integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.group_discovery OWNER TO postgres;

--
-- Name: group_prototype; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.group_prototype (
    group_prototypeid bigint NOT NULL,
    hostid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    groupid bigint,
    templateid bigint
);


ALTER TABLE public.group_prototype OWNER TO postgres;

--
-- Name: ha_node; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ha_node (
    ha_nodeid character varying(25) NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    address character varying(255) DEFAULT ''::character varying NOT NULL,
    port integer DEFAULT 10051 NOT NULL,
    lastaccess integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    ha_sessionid character varying(25) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.ha_node OWNER TO postgres;

--
-- Name: history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    value double precision DEFAULT '0'::double precision NOT NULL,
    ns integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.history OWNER TO postgres;

--
-- Name: history_log; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history_log (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    "timestamp" integer DEFAULT 0 NOT NULL,
    source character varying(64) DEFAULT ''::character varying NOT NULL,
    severity integer DEFAULT 0 NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    logeventid integer DEFAULT 0 NOT NULL,
    ns integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.history_log OWNER TO postgres;

--
-- Name: history_str; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history_str (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL,
    ns integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.history_str OWNER TO postgres;

--
-- Name: history_text; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history_text (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    ns integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.history_text OWNER TO postgres;

--
-- Name: history_uint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.history_uint (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    value numeric(20,0) DEFAULT '0'::numeric NOT NULL,
    ns integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.history_uint OWNER TO postgres;

--
-- Name: host_discovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.host_discovery (
    hostid bigint NOT NULL,
    parent_hostid bigint,
    parent_itemid bigint,
    host character varying(128) DEFAULT ''::character varying NOT NULL,
    lastcheck integer DEFAULT 0 NOT NULL,
    ts_delete integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.host_discovery OWNER TO postgres;

--
-- Name: host_inventory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.host_inventory (
    hostid bigint NOT NULL,
    inventory_mode integer DEFAULT 0 NOT NULL,
    type character varying(64) DEFAULT ''::character varying NOT NULL,
    type_full character varying(64) DEFAULT ''::character varying NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    alias character varying(128) DEFAULT ''::character varying NOT NULL,
    os character varying(128) DEFAULT ''::character varying NOT NULL,
    os_full character varying(255) DEFAULT ''::character varying NOT NULL,
    os_short character varying(128) DEFAULT ''::character varying NOT NULL,
    serialno_a character varying(64) DEFAULT ''::character varying NOT NULL,
    serialno_b character varying(64) DEFAULT ''::character varying NOT NULL,
    tag character varying(64) DEFAULT ''::character varying NOT NULL,
    asset_tag character varying(64) DEFAULT ''::character varying NOT NULL,
    macaddress_a character varying(64) DEFAULT ''::character varying NOT NULL,
    macaddress_b character varying(64) DEFAULT ''::character varying NOT NULL,
    hardware character varying(255) DEFAULT ''::character varying NOT NULL,
    hardware_full text DEFAULT ''::text NOT NULL,
    software character varying(255) DEFAULT ''::character varying NOT NULL,
    software_full text DEFAULT ''::text NOT NULL,
    software_app_a character varying(64) DEFAULT ''::character varying NOT NULL,
    software_app_b character varying(64) DEFAULT ''::character varying NOT NULL,
    software_app_c character varying(64) DEFAULT ''::character varying NOT NULL,
    software_app_d character varying(64) DEFAULT ''::character varying NOT NULL,
    software_app_e character varying(64) DEFAULT ''::character varying NOT NULL,
    contact text DEFAULT ''::text NOT NULL,
    location text DEFAULT ''::text NOT NULL,
    location_lat character varying(16) DEFAULT ''::character varying NOT NULL,
    location_lon character varying(16) DEFAULT ''::character varying NOT NULL,
    notes text DEFAULT ''::text NOT NULL,
    chassis character varying(64) DEFAULT ''::character varying NOT NULL,
    model character varying(64) DEFAULT ''::character varying NOT NULL,
    hw_arch character varying(32) DEFAULT ''::character varying NOT NULL,
    vendor character varying(64) DEFAULT ''::character varying NOT NULL,
    contract_number character varying(64) DEFAULT ''::character varying NOT NULL,
    installer_name character varying(64) DEFAULT ''::character varying NOT NULL,
    deployment_status character varying(64) DEFAULT ''::character varying NOT NULL,
    url_a character varying(255) DEFAULT ''::character varying NOT NULL,
    url_b character varying(255) DEFAULT ''::character varying NOT NULL,
    url_c character varying(255) DEFAULT ''::character varying NOT NULL,
    host_networks text DEFAULT ''::text NOT NULL,
    host_netmask character varying(39) DEFAULT ''::character varying NOT NULL,
    host_router character varying(39) DEFAULT ''::character varying NOT NULL,
    oob_ip character varying(39) DEFAULT ''::character varying NOT NULL,
    oob_netmask character varying(39) DEFAULT ''::character varying NOT NULL,
    oob_router character varying(39) DEFAULT ''::character varying NOT NULL,
    date_hw_purchase character varying(64) DEFAULT ''::character varying NOT NULL,
    date_hw_install character varying(64) DEFAULT ''::character varying NOT NULL,
    date_hw_expiry character varying(64) DEFAULT ''::character varying NOT NULL,
    date_hw_decomm character varying(64) DEFAULT ''::character varying NOT NULL,
    site_address_a character varying(128) DEFAULT ''::character varying NOT NULL,
    site_address_b character varying(128) DEFAULT ''::character varying NOT NULL,
    site_address_c character varying(128) DEFAULT ''::character varying NOT NULL,
    site_city character varying(128) DEFAULT ''::character varying NOT NULL,
    site_state character varying(64) DEFAULT ''::character varying NOT NULL,
    site_country character varying(64) DEFAULT ''::character varying NOT NULL,
    site_zip character varying(64) DEFAULT ''::character varying NOT NULL,
    site_rack character varying(128) DEFAULT ''::character varying NOT NULL,
    site_notes text DEFAULT ''::text NOT NULL,
    poc_1_name character varying(128) DEFAULT ''::character varying NOT NULL,
    poc_1_email character varying(128) DEFAULT ''::character varying NOT NULL,
    poc_1_phone_a character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_1_phone_b character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_1_cell character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_1_screen character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_1_notes text DEFAULT ''::text NOT NULL,
    poc_2_name character varying(128) DEFAULT ''::character varying NOT NULL,
    poc_2_email character varying(128) DEFAULT ''::character varying NOT NULL,
    poc_2_phone_a character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_2_phone_b character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_2_cell character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_2_screen character varying(64) DEFAULT ''::character varying NOT NULL,
    poc_2_notes text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.host_inventory OWNER TO postgres;

--
-- Name: host_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.host_tag (
    hosttagid bigint NOT NULL,
    hostid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.host_tag OWNER TO postgres;

--
-- Name: hostmacro; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hostmacro (
    hostmacroid bigint NOT NULL,
    hostid bigint NOT NULL,
    macro character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(2048) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.hostmacro OWNER TO postgres;

--
-- Name: hosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hosts (
    hostid bigint NOT NULL,
    proxy_hostid bigint,
    host character varying(128) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    lastaccess integer DEFAULT 0 NOT NULL,
    ipmi_authtype integer DEFAULT '-1'::integer NOT NULL,
    ipmi_privilege integer DEFAULT 2 NOT NULL,
    ipmi_username character varying(16) DEFAULT ''::character varying NOT NULL,
    ipmi_password character varying(20) DEFAULT ''::character varying NOT NULL,
    maintenanceid bigint,
    maintenance_status integer DEFAULT 0 NOT NULL,
    maintenance_type integer DEFAULT 0 NOT NULL,
    maintenance_from integer DEFAULT 0 NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    templateid bigint,
    description text DEFAULT ''::text NOT NULL,
    tls_connect integer DEFAULT 1 NOT NULL,
    tls_accept integer DEFAULT 1 NOT NULL,
    tls_issuer character varying(1024) DEFAULT ''::character varying NOT NULL,
    tls_subject character varying(1024) DEFAULT ''::character varying NOT NULL,
    tls_psk_identity character varying(128) DEFAULT ''::character varying NOT NULL,
    tls_psk character varying(512) DEFAULT ''::character varying NOT NULL,
    proxy_address character varying(255) DEFAULT ''::character varying NOT NULL,
    auto_compress integer DEFAULT 1 NOT NULL,
    discover integer DEFAULT 0 NOT NULL,
    custom_interfaces integer DEFAULT 0 NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL,
    name_upper character varying(128) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.hosts OWNER TO postgres;

--
-- Name: hosts_groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hosts_groups (
    hostgroupid bigint NOT NULL,
    hostid bigint NOT NULL,
    groupid bigint NOT NULL
);


ALTER TABLE public.hosts_groups OWNER TO postgres;

--
-- Name: hosts_templates; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hosts_templates (
    hosttemplateid bigint NOT NULL,
    hostid bigint NOT NULL,
    templateid bigint NOT NULL
);


ALTER TABLE public.hosts_templates OWNER TO postgres;

--
-- Name: housekeeper; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.housekeeper (
    housekeeperid bigint NOT NULL,
    tablename character varying(64) DEFAULT ''::character varying NOT NULL,
    field character varying(64) DEFAULT ''::character varying NOT NULL,
    value bigint NOT NULL
);


ALTER TABLE public.housekeeper OWNER TO postgres;

--
-- Name: hstgrp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.hstgrp (
    groupid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    internal integer DEFAULT 0 NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.hstgrp OWNER TO postgres;

--
-- Name: httpstep; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httpstep (
    httpstepid bigint NOT NULL,
    httptestid bigint NOT NULL,
    name character varying(64) DEFAULT ''::character varying NOT NULL,
    no integer DEFAULT 0 NOT NULL,
    url character varying(2048) DEFAULT ''::character varying NOT NULL,
    timeout character varying(255) DEFAULT '15s'::character varying NOT NULL,
    posts text DEFAULT ''::text NOT NULL,
    required character varying(255) DEFAULT ''::character varying NOT NULL,
    status_codes character varying(255) DEFAULT ''::character varying NOT NULL,
    follow_redirects integer DEFAULT 1 NOT NULL,
    retrieve_mode integer DEFAULT 0 NOT NULL,
    post_type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.httpstep OWNER TO postgres;

--
-- Name: httpstep_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httpstep_field (
    httpstep_fieldid bigint NOT NULL,
    httpstepid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.httpstep_field OWNER TO postgres;

--
-- Name: httpstepitem; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httpstepitem (
    httpstepitemid bigint NOT NULL,
    httpstepid bigint NOT NULL,
    itemid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.httpstepitem OWNER TO postgres;

--
-- Name: httptest; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httptest (
    httptestid bigint NOT NULL,
    name character varying(64) DEFAULT ''::character varying NOT NULL,
    nextcheck integer DEFAULT 0 NOT NULL,
    delay character varying(255) DEFAULT '1m'::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    agent character varying(255) DEFAULT 'Zabbix'::character varying NOT NULL,
    authentication integer DEFAULT 0 NOT NULL,
    http_user character varying(64) DEFAULT ''::character varying NOT NULL,
    http_password character varying(64) DEFAULT ''::character varying NOT NULL,
    hostid bigint NOT NULL,
    templateid bigint,
    http_proxy character varying(255) DEFAULT ''::character varying NOT NULL,
    retries integer DEFAULT 1 NOT NULL,
    ssl_cert_file character varying(255) DEFAULT ''::character varying NOT NULL,
    ssl_key_file character varying(255) DEFAULT ''::character varying NOT NULL,
    ssl_key_password character varying(64) DEFAULT ''::character varying NOT NULL,
    verify_peer integer DEFAULT 0 NOT NULL,
    verify_host integer DEFAULT 0 NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.httptest OWNER TO postgres;

--
-- Name: httptest_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httptest_field (
    httptest_fieldid bigint NOT NULL,
    httptestid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.httptest_field OWNER TO postgres;

--
-- Name: httptest_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httptest_tag (
    httptesttagid bigint NOT NULL,
    httptestid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.httptest_tag OWNER TO postgres;

--
-- Name: httptestitem; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.httptestitem (
    httptestitemid bigint NOT NULL,
    httptestid bigint NOT NULL,
    itemid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.httptestitem OWNER TO postgres;

--
-- Name: icon_map; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icon_map (
    iconmapid bigint NOT NULL,
    name character varying(64) DEFAULT ''::character varying NOT NULL,
    default_iconid bigint NOT NULL
);


ALTER TABLE public.icon_map OWNER TO postgres;

--
-- Name: icon_mapping; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.icon_mapping (
    iconmappingid bigint NOT NULL,
    iconmapid bigint NOT NULL,
    iconid bigint NOT NULL,
    inventory_link integer DEFAULT 0 NOT NULL,
    expression character varying(64) DEFAULT ''::character varying NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.icon_mapping OWNER TO postgres;

--
-- Name: ids; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ids (
    table_name character varying(64) DEFAULT ''::character varying NOT NULL,
    field_name character varying(64) DEFAULT ''::character varying NOT NULL,
    nextid bigint NOT NULL
);


ALTER TABLE public.ids OWNER TO postgres;

--
-- Name: images; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.images (
    imageid bigint NOT NULL,
    imagetype integer DEFAULT 0 NOT NULL,
    name character varying(64) DEFAULT '0'::character varying NOT NULL,
    image bytea DEFAULT '\x'::bytea NOT NULL
);


ALTER TABLE public.images OWNER TO postgres;

--
-- Name: interface; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.interface (
    interfaceid bigint NOT NULL,
    hostid bigint NOT NULL,
    main integer DEFAULT 0 NOT NULL,
    type integer DEFAULT 1 NOT NULL,
    useip integer DEFAULT 1 NOT NULL,
    ip character varying(64) DEFAULT '127.0.0.1'::character varying NOT NULL,
    dns character varying(255) DEFAULT ''::character varying NOT NULL,
    port character varying(64) DEFAULT '10050'::character varying NOT NULL,
    available integer DEFAULT 0 NOT NULL,
    error character varying(2048) DEFAULT ''::character varying NOT NULL,
    errors_from integer DEFAULT 0 NOT NULL,
    disable_until integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.interface OWNER TO postgres;

--
-- Name: interface_discovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.interface_discovery (
    interfaceid bigint NOT NULL,
    parent_interfaceid bigint NOT NULL
);


ALTER TABLE public.interface_discovery OWNER TO postgres;

--
-- Name: interface_snmp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.interface_snmp (
    interfaceid bigint NOT NULL,
    version integer DEFAULT 2 NOT NULL,
    bulk integer DEFAULT 1 NOT NULL,
    community character varying(64) DEFAULT ''::character varying NOT NULL,
    securityname character varying(64) DEFAULT ''::character varying NOT NULL,
    securitylevel integer DEFAULT 0 NOT NULL,
    authpassphrase character varying(64) DEFAULT ''::character varying NOT NULL,
    privpassphrase character varying(64) DEFAULT ''::character varying NOT NULL,
    authprotocol integer DEFAULT 0 NOT NULL,
    privprotocol integer DEFAULT 0 NOT NULL,
    contextname character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.interface_snmp OWNER TO postgres;

--
-- Name: item_condition; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item_condition (
    item_conditionid bigint NOT NULL,
    itemid bigint NOT NULL,
    operator integer DEFAULT 8 NOT NULL,
    macro character varying(64) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.item_condition OWNER TO postgres;

--
-- Name: item_discovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item_discovery (
    itemdiscoveryid bigint NOT NULL,
    itemid bigint NOT NULL,
    parent_itemid bigint NOT NULL,
    key_ character varying(2048) DEFAULT ''::character varying NOT NULL,
    lastcheck integer DEFAULT 0 NOT NULL,
    ts_delete integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.item_discovery OWNER TO postgres;

--
-- Name: item_parameter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item_parameter (
    item_parameterid bigint NOT NULL,
    itemid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(2048) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.item_parameter OWNER TO postgres;

--
-- Name: item_preproc; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item_preproc (
    item_preprocid bigint NOT NULL,
    itemid bigint NOT NULL,
    step integer DEFAULT 0 NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    params text DEFAULT ''::text NOT NULL,
    error_handler integer DEFAULT 0 NOT NULL,
    error_handler_params character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.item_preproc OWNER TO postgres;

--
-- Name: item_rtdata; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item_rtdata (
    itemid bigint NOT NULL,
    lastlogsize numeric(20,0) DEFAULT '0'::numeric NOT NULL,
    state integer DEFAULT 0 NOT NULL,
    mtime integer DEFAULT 0 NOT NULL,
    error character varying(2048) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.item_rtdata OWNER TO postgres;

--
-- Name: item_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.item_tag (
    itemtagid bigint NOT NULL,
    itemid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.item_tag OWNER TO postgres;

--
-- Name: items; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.items (
    itemid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    snmp_oid character varying(512) DEFAULT ''::character varying NOT NULL,
    hostid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    key_ character varying(2048) DEFAULT ''::character varying NOT NULL,
    delay character varying(1024) DEFAULT '0'::character varying NOT NULL,
    history character varying(255) DEFAULT '90d'::character varying NOT NULL,
    trends character varying(255) DEFAULT '365d'::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    value_type integer DEFAULT 0 NOT NULL,
    trapper_hosts character varying(255) DEFAULT ''::character varying NOT NULL,
    units character varying(255) DEFAULT ''::character varying NOT NULL,
    formula character varying(255) DEFAULT ''::character varying NOT NULL,
    logtimefmt character varying(64) DEFAULT ''::character varying NOT NULL,
    templateid bigint,
    valuemapid bigint,
    params text DEFAULT ''::text NOT NULL,
    ipmi_sensor character varying(128) DEFAULT ''::character varying NOT NULL,
    authtype integer DEFAULT 0 NOT NULL,
    username character varying(64) DEFAULT ''::character varying NOT NULL,
    password character varying(64) DEFAULT ''::character varying NOT NULL,
    publickey character varying(64) DEFAULT ''::character varying NOT NULL,
    privatekey character varying(64) DEFAULT ''::character varying NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    interfaceid bigint,
    description text DEFAULT ''::text NOT NULL,
    inventory_link integer DEFAULT 0 NOT NULL,
    lifetime character varying(255) DEFAULT '30d'::character varying NOT NULL,
    evaltype integer DEFAULT 0 NOT NULL,
    jmx_endpoint character varying(255) DEFAULT ''::character varying NOT NULL,
    master_itemid bigint,
    timeout character varying(255) DEFAULT '3s'::character varying NOT NULL,
    url character varying(2048) DEFAULT ''::character varying NOT NULL,
    query_fields character varying(2048) DEFAULT ''::character varying NOT NULL,
    posts text DEFAULT ''::text NOT NULL,
    status_codes character varying(255) DEFAULT '200'::character varying NOT NULL,
    follow_redirects integer DEFAULT 1 NOT NULL,
    post_type integer DEFAULT 0 NOT NULL,
    http_proxy character varying(255) DEFAULT ''::character varying NOT NULL,
    headers text DEFAULT ''::text NOT NULL,
    retrieve_mode integer DEFAULT 0 NOT NULL,
    request_method integer DEFAULT 0 NOT NULL,
    output_format integer DEFAULT 0 NOT NULL,
    ssl_cert_file character varying(255) DEFAULT ''::character varying NOT NULL,
    ssl_key_file character varying(255) DEFAULT ''::character varying NOT NULL,
    ssl_key_password character varying(64) DEFAULT ''::character varying NOT NULL,
    verify_peer integer DEFAULT 0 NOT NULL,
    verify_host integer DEFAULT 0 NOT NULL,
    allow_traps integer DEFAULT 0 NOT NULL,
    discover integer DEFAULT 0 NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL,
    name_upper character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.items OWNER TO postgres;

--
-- Name: lld_macro_path; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_macro_path (
    lld_macro_pathid bigint NOT NULL,
    itemid bigint NOT NULL,
    lld_macro character varying(255) DEFAULT ''::character varying NOT NULL,
    path character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.lld_macro_path OWNER TO postgres;

--
-- Name: lld_override; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override (
    lld_overrideid bigint NOT NULL,
    itemid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    step integer DEFAULT 0 NOT NULL,
    evaltype integer DEFAULT 0 NOT NULL,
    formula character varying(255) DEFAULT ''::character varying NOT NULL,
    stop integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.lld_override OWNER TO postgres;

--
-- Name: lld_override_condition; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_condition (
    lld_override_conditionid bigint NOT NULL,
    lld_overrideid bigint NOT NULL,
    operator integer DEFAULT 8 NOT NULL,
    macro character varying(64) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.lld_override_condition OWNER TO postgres;

--
-- Name: lld_override_opdiscover; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_opdiscover (
    lld_override_operationid bigint NOT NULL,
    discover integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.lld_override_opdiscover OWNER TO postgres;

--
-- Name: lld_override_operation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_operation (
    lld_override_operationid bigint NOT NULL,
    lld_overrideid bigint NOT NULL,
    operationobject integer DEFAULT 0 NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.lld_override_operation OWNER TO postgres;

--
-- Name: lld_override_ophistory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_ophistory (
    lld_override_operationid bigint NOT NULL,
    history character varying(255) DEFAULT '90d'::character varying NOT NULL
);


ALTER TABLE public.lld_override_ophistory OWNER TO postgres;

--
-- Name: lld_override_opinventory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_opinventory (
    lld_override_operationid bigint NOT NULL,
    inventory_mode integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.lld_override_opinventory OWNER TO postgres;

--
-- Name: lld_override_opperiod; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_opperiod (
    lld_override_operationid bigint NOT NULL,
    delay character varying(1024) DEFAULT '0'::character varying NOT NULL
);


ALTER TABLE public.lld_override_opperiod OWNER TO postgres;

--
-- Name: lld_override_opseverity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_opseverity (
    lld_override_operationid bigint NOT NULL,
    severity integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.lld_override_opseverity OWNER TO postgres;

--
-- Name: lld_override_opstatus; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_opstatus (
    lld_override_operationid bigint NOT NULL,
    status integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.lld_override_opstatus OWNER TO postgres;

--
-- Name: lld_override_optag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_optag (
    lld_override_optagid bigint NOT NULL,
    lld_override_operationid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.lld_override_optag OWNER TO postgres;

--
-- Name: lld_override_optemplate; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_optemplate (
    lld_override_optemplateid bigint NOT NULL,
    lld_override_operationid bigint NOT NULL,
    templateid bigint NOT NULL
);


ALTER TABLE public.lld_override_optemplate OWNER TO postgres;

--
-- Name: lld_override_optrends; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lld_override_optrends (
    lld_override_operationid bigint NOT NULL,
    trends character varying(255) DEFAULT '365d'::character varying NOT NULL
);


ALTER TABLE public.lld_override_optrends OWNER TO postgres;

--
-- Name: maintenance_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.maintenance_tag (
    maintenancetagid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    operator integer DEFAULT 2 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.maintenance_tag OWNER TO postgres;

--
-- Name: maintenances; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.maintenances (
    maintenanceid bigint NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    maintenance_type integer DEFAULT 0 NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    active_since integer DEFAULT 0 NOT NULL,
    active_till integer DEFAULT 0 NOT NULL,
    tags_evaltype integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.maintenances OWNER TO postgres;

--
-- Name: maintenances_groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.maintenances_groups (
    maintenance_groupid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    groupid bigint NOT NULL
);


ALTER TABLE public.maintenances_groups OWNER TO postgres;

--
-- Name: maintenances_hosts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.maintenances_hosts (
    maintenance_hostid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    hostid bigint NOT NULL
);


ALTER TABLE public.maintenances_hosts OWNER TO postgres;

--
-- Name: maintenances_windows; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.maintenances_windows (
    maintenance_timeperiodid bigint NOT NULL,
    maintenanceid bigint NOT NULL,
    timeperiodid bigint NOT NULL
);


ALTER TABLE public.maintenances_windows OWNER TO postgres;

--
-- Name: media; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.media (
    mediaid bigint NOT NULL,
    userid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    sendto character varying(1024) DEFAULT ''::character varying NOT NULL,
    active integer DEFAULT 0 NOT NULL,
    severity integer DEFAULT 63 NOT NULL,
    period character varying(1024) DEFAULT '1-7,00:00-24:00'::character varying NOT NULL
);


ALTER TABLE public.media OWNER TO postgres;

--
-- Name: media_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.media_type (
    mediatypeid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    name character varying(100) DEFAULT ''::character varying NOT NULL,
    smtp_server character varying(255) DEFAULT ''::character varying NOT NULL,
    smtp_helo character varying(255) DEFAULT ''::character varying NOT NULL,
    smtp_email character varying(255) DEFAULT ''::character varying NOT NULL,
    exec_path character varying(255) DEFAULT ''::character varying NOT NULL,
    gsm_modem character varying(255) DEFAULT ''::character varying NOT NULL,
    username character varying(255) DEFAULT ''::character varying NOT NULL,
    passwd character varying(255) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    smtp_port integer DEFAULT 25 NOT NULL,
    smtp_security integer DEFAULT 0 NOT NULL,
    smtp_verify_peer integer DEFAULT 0 NOT NULL,
    smtp_verify_host integer DEFAULT 0 NOT NULL,
    smtp_authentication integer DEFAULT 0 NOT NULL,
    exec_params character varying(255) DEFAULT ''::character varying NOT NULL,
    maxsessions integer DEFAULT 1 NOT NULL,
    maxattempts integer DEFAULT 3 NOT NULL,
    attempt_interval character varying(32) DEFAULT '10s'::character varying NOT NULL,
    content_type integer DEFAULT 1 NOT NULL,
    script text DEFAULT ''::text NOT NULL,
    timeout character varying(32) DEFAULT '30s'::character varying NOT NULL,
    process_tags integer DEFAULT 0 NOT NULL,
    show_event_menu integer DEFAULT 0 NOT NULL,
    event_menu_url character varying(2048) DEFAULT ''::character varying NOT NULL,
    event_menu_name character varying(255) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.media_type OWNER TO postgres;

--
-- Name: media_type_message; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.media_type_message (
    mediatype_messageid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    eventsource integer NOT NULL,
    recovery integer NOT NULL,
    subject character varying(255) DEFAULT ''::character varying NOT NULL,
    message text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.media_type_message OWNER TO postgres;

--
-- Name: media_type_param; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.media_type_param (
    mediatype_paramid bigint NOT NULL,
    mediatypeid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(2048) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.media_type_param OWNER TO postgres;

--
-- Name: module; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.module (
    moduleid bigint NOT NULL,
    id character varying(255) DEFAULT ''::character varying NOT NULL,
    relative_path character varying(255) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    config text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.module OWNER TO postgres;

--
-- Name: opcommand; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opcommand (
    operationid bigint NOT NULL,
    scriptid bigint NOT NULL
);


ALTER TABLE public.opcommand OWNER TO postgres;

--
-- Name: opcommand_grp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opcommand_grp (
    opcommand_grpid bigint NOT NULL,
    operationid bigint NOT NULL,
    groupid bigint NOT NULL
);


ALTER TABLE public.opcommand_grp OWNER TO postgres;

--
-- Name: opcommand_hst; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opcommand_hst (
    opcommand_hstid bigint NOT NULL,
    operationid bigint NOT NULL,
    hostid bigint
);


ALTER TABLE public.opcommand_hst OWNER TO postgres;

--
-- Name: opconditions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opconditions (
    opconditionid bigint NOT NULL,
    operationid bigint NOT NULL,
    conditiontype integer DEFAULT 0 NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.opconditions OWNER TO postgres;

--
-- Name: operations; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.operations (
    operationid bigint NOT NULL,
    actionid bigint NOT NULL,
    operationtype integer DEFAULT 0 NOT NULL,
    esc_period character varying(255) DEFAULT '0'::character varying NOT NULL,
    esc_step_from integer DEFAULT 1 NOT NULL,
    esc_step_to integer DEFAULT 1 NOT NULL,
    evaltype integer DEFAULT 0 NOT NULL,
    recovery integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.operations OWNER TO postgres;

--
-- Name: opgroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opgroup (
    opgroupid bigint NOT NULL,
    operationid bigint NOT NULL,
    groupid bigint NOT NULL
);


ALTER TABLE public.opgroup OWNER TO postgres;

--
-- Name: opinventory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opinventory (
    operationid bigint NOT NULL,
    inventory_mode integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.opinventory OWNER TO postgres;

--
-- Name: opmessage; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opmessage (
    operationid bigint NOT NULL,
    default_msg integer DEFAULT 1 NOT NULL,
    subject character varying(255) DEFAULT ''::character varying NOT NULL,
    message text DEFAULT ''::text NOT NULL,
    mediatypeid bigint
);


ALTER TABLE public.opmessage OWNER TO postgres;

--
-- Name: opmessage_grp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opmessage_grp (
    opmessage_grpid bigint NOT NULL,
    operationid bigint NOT NULL,
    usrgrpid bigint NOT NULL
);


ALTER TABLE public.opmessage_grp OWNER TO postgres;

--
-- Name: opmessage_usr; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.opmessage_usr (
    opmessage_usrid bigint NOT NULL,
    operationid bigint NOT NULL,
    userid bigint NOT NULL
);


ALTER TABLE public.opmessage_usr OWNER TO postgres;

--
-- Name: optemplate; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.optemplate (
    optemplateid bigint NOT NULL,
    operationid bigint NOT NULL,
    templateid bigint NOT NULL
);


ALTER TABLE public.optemplate OWNER TO postgres;

--
-- Name: problem; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.problem (
    eventid bigint NOT NULL,
    source integer DEFAULT 0 NOT NULL,
    object integer DEFAULT 0 NOT NULL,
    objectid bigint DEFAULT '0'::bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    ns integer DEFAULT 0 NOT NULL,
    r_eventid bigint,
    r_clock integer DEFAULT 0 NOT NULL,
    r_ns integer DEFAULT 0 NOT NULL,
    correlationid bigint,
    userid bigint,
    name character varying(2048) DEFAULT ''::character varying NOT NULL,
    acknowledged integer DEFAULT 0 NOT NULL,
    severity integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.problem OWNER TO postgres;

--
-- Name: problem_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.problem_tag (
    problemtagid bigint NOT NULL,
    eventid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.problem_tag OWNER TO postgres;

--
-- Name: profiles; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.profiles (
    profileid bigint NOT NULL,
    userid bigint NOT NULL,
    idx character varying(96) DEFAULT ''::character varying NOT NULL,
    idx2 bigint DEFAULT '0'::bigint NOT NULL,
    value_id bigint DEFAULT '0'::bigint NOT NULL,
    value_int integer DEFAULT 0 NOT NULL,
    value_str text DEFAULT ''::text NOT NULL,
    source character varying(96) DEFAULT ''::character varying NOT NULL,
    type integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.profiles OWNER TO postgres;

--
-- Name: proxy_autoreg_host; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proxy_autoreg_host (
    id bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    host character varying(128) DEFAULT ''::character varying NOT NULL,
    listen_ip character varying(39) DEFAULT ''::character varying NOT NULL,
    listen_port integer DEFAULT 0 NOT NULL,
    listen_dns character varying(255) DEFAULT ''::character varying NOT NULL,
    host_metadata character varying(255) DEFAULT ''::character varying NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    tls_accepted integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.proxy_autoreg_host OWNER TO postgres;

--
-- Name: proxy_autoreg_host_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.proxy_autoreg_host_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.proxy_autoreg_host_id_seq OWNER TO postgres;

--
-- Name: proxy_autoreg_host_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.proxy_autoreg_host_id_seq OWNED BY public.proxy_autoreg_host.id;


--
-- Name: proxy_dhistory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proxy_dhistory (
    id bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    druleid bigint NOT NULL,
    ip character varying(39) DEFAULT ''::character varying NOT NULL,
    port integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    dcheckid bigint,
    dns character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.proxy_dhistory OWNER TO postgres;

--
-- Name: proxy_dhistory_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.proxy_dhistory_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.proxy_dhistory_id_seq OWNER TO postgres;

--
-- Name: proxy_dhistory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.proxy_dhistory_id_seq OWNED BY public.proxy_dhistory.id;


--
-- Name: proxy_history; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proxy_history (
    id bigint NOT NULL,
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    "timestamp" integer DEFAULT 0 NOT NULL,
    source character varying(64) DEFAULT ''::character varying NOT NULL,
    severity integer DEFAULT 0 NOT NULL,
    value text DEFAULT ''::text NOT NULL,
    logeventid integer DEFAULT 0 NOT NULL,
    ns integer DEFAULT 0 NOT NULL,
    state integer DEFAULT 0 NOT NULL,
    lastlogsize numeric(20,0) DEFAULT '0'::numeric NOT NULL,
    mtime integer DEFAULT 0 NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    write_clock integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.proxy_history OWNER TO postgres;

--
-- Name: proxy_history_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.proxy_history_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.proxy_history_id_seq OWNER TO postgres;

--
-- Name: proxy_history_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.proxy_history_id_seq OWNED BY public.proxy_history.id;


--
-- Name: regexps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.regexps (
    regexpid bigint NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    test_string text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.regexps OWNER TO postgres;

--
-- Name: report; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.report (
    reportid bigint NOT NULL,
    userid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    description character varying(2048) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    dashboardid bigint NOT NULL,
    period integer DEFAULT 0 NOT NULL,
    cycle integer DEFAULT 0 NOT NULL,
    weekdays integer DEFAULT 0 NOT NULL,
    start_time integer DEFAULT 0 NOT NULL,
    active_since integer DEFAULT 0 NOT NULL,
    active_till integer DEFAULT 0 NOT NULL,
    state integer DEFAULT 0 NOT NULL,
    lastsent integer DEFAULT 0 NOT NULL,
    info character varying(2048) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.report OWNER TO postgres;

--
-- Name: report_param; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.report_param (
    reportparamid bigint NOT NULL,
    reportid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.report_param OWNER TO postgres;

--
-- Name: report_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.report_user (
    reportuserid bigint NOT NULL,
    reportid bigint NOT NULL,
    userid bigint NOT NULL,
    exclude integer DEFAULT 0 NOT NULL,
    access_userid bigint
);


ALTER TABLE public.report_user OWNER TO postgres;

--
-- Name: report_usrgrp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.report_usrgrp (
    reportusrgrpid bigint NOT NULL,
    reportid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    access_userid bigint
);


ALTER TABLE public.report_usrgrp OWNER TO postgres;

--
-- Name: rights; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rights (
    rightid bigint NOT NULL,
    groupid bigint NOT NULL,
    permission integer DEFAULT 0 NOT NULL,
    id bigint NOT NULL
);


ALTER TABLE public.rights OWNER TO postgres;

--
-- Name: role; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.role (
    roleid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    readonly integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.role OWNER TO postgres;

--
-- Name: role_rule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.role_rule (
    role_ruleid bigint NOT NULL,
    roleid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value_int integer DEFAULT 0 NOT NULL,
    value_str character varying(255) DEFAULT ''::character varying NOT NULL,
    value_moduleid bigint,
    value_serviceid bigint
);


ALTER TABLE public.role_rule OWNER TO postgres;

--
-- Name: script_param; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.script_param (
    script_paramid bigint NOT NULL,
    scriptid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(2048) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.script_param OWNER TO postgres;

--
-- Name: scripts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.scripts (
    scriptid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    command text DEFAULT ''::text NOT NULL,
    host_access integer DEFAULT 2 NOT NULL,
    usrgrpid bigint,
    groupid bigint,
    description text DEFAULT ''::text NOT NULL,
    confirmation character varying(255) DEFAULT ''::character varying NOT NULL,
    type integer DEFAULT 5 NOT NULL,
    execute_on integer DEFAULT 2 NOT NULL,
    timeout character varying(32) DEFAULT '30s'::character varying NOT NULL,
    scope integer DEFAULT 1 NOT NULL,
    port character varying(64) DEFAULT ''::character varying NOT NULL,
    authtype integer DEFAULT 0 NOT NULL,
    username character varying(64) DEFAULT ''::character varying NOT NULL,
    password character varying(64) DEFAULT ''::character varying NOT NULL,
    publickey character varying(64) DEFAULT ''::character varying NOT NULL,
    privatekey character varying(64) DEFAULT ''::character varying NOT NULL,
    menu_path character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.scripts OWNER TO postgres;

--
-- Name: service_alarms; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_alarms (
    servicealarmid bigint NOT NULL,
    serviceid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    value integer DEFAULT '-1'::integer NOT NULL
);


ALTER TABLE public.service_alarms OWNER TO postgres;

--
-- Name: service_problem; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_problem (
    service_problemid bigint NOT NULL,
    eventid bigint NOT NULL,
    serviceid bigint NOT NULL,
    severity integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.service_problem OWNER TO postgres;

--
-- Name: service_problem_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_problem_tag (
    service_problem_tagid bigint NOT NULL,
    serviceid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.service_problem_tag OWNER TO postgres;

--
-- Name: service_status_rule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_status_rule (
    service_status_ruleid bigint NOT NULL,
    serviceid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    limit_value integer DEFAULT 0 NOT NULL,
    limit_status integer DEFAULT 0 NOT NULL,
    new_status integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.service_status_rule OWNER TO postgres;

--
-- Name: service_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.service_tag (
    servicetagid bigint NOT NULL,
    serviceid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.service_tag OWNER TO postgres;

--
-- Name: services; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.services (
    serviceid bigint NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT '-1'::integer NOT NULL,
    algorithm integer DEFAULT 0 NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL,
    weight integer DEFAULT 0 NOT NULL,
    propagation_rule integer DEFAULT 0 NOT NULL,
    propagation_value integer DEFAULT 0 NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL,
    created_at integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.services OWNER TO postgres;

--
-- Name: services_links; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.services_links (
    linkid bigint NOT NULL,
    serviceupid bigint NOT NULL,
    servicedownid bigint NOT NULL
);


ALTER TABLE public.services_links OWNER TO postgres;

--
-- Name: sessions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sessions (
    sessionid character varying(32) DEFAULT ''::character varying NOT NULL,
    userid bigint NOT NULL,
    lastaccess integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sessions OWNER TO postgres;

--
-- Name: sla; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sla (
    slaid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    period integer DEFAULT 0 NOT NULL,
    slo double precision DEFAULT '99.9'::double precision NOT NULL,
    effective_date integer DEFAULT 0 NOT NULL,
    timezone character varying(50) DEFAULT 'UTC'::character varying NOT NULL,
    status integer DEFAULT 1 NOT NULL,
    description text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.sla OWNER TO postgres;

--
-- Name: sla_excluded_downtime; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sla_excluded_downtime (
    sla_excluded_downtimeid bigint NOT NULL,
    slaid bigint NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    period_from integer DEFAULT 0 NOT NULL,
    period_to integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sla_excluded_downtime OWNER TO postgres;

--
-- Name: sla_schedule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sla_schedule (
    sla_scheduleid bigint NOT NULL,
    slaid bigint NOT NULL,
    period_from integer DEFAULT 0 NOT NULL,
    period_to integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sla_schedule OWNER TO postgres;

--
-- Name: sla_service_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sla_service_tag (
    sla_service_tagid bigint NOT NULL,
    slaid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    operator integer DEFAULT 0 NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.sla_service_tag OWNER TO postgres;

--
-- Name: sysmap_element_trigger; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmap_element_trigger (
    selement_triggerid bigint NOT NULL,
    selementid bigint NOT NULL,
    triggerid bigint NOT NULL
);


ALTER TABLE public.sysmap_element_trigger OWNER TO postgres;

--
-- Name: sysmap_element_url; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmap_element_url (
    sysmapelementurlid bigint NOT NULL,
    selementid bigint NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.sysmap_element_url OWNER TO postgres;

--
-- Name: sysmap_shape; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmap_shape (
    sysmap_shapeid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    x integer DEFAULT 0 NOT NULL,
    y integer DEFAULT 0 NOT NULL,
    width integer DEFAULT 200 NOT NULL,
    height integer DEFAULT 200 NOT NULL,
    text text DEFAULT ''::text NOT NULL,
    font integer DEFAULT 9 NOT NULL,
    font_size integer DEFAULT 11 NOT NULL,
    font_color character varying(6) DEFAULT '000000'::character varying NOT NULL,
    text_halign integer DEFAULT 0 NOT NULL,
    text_valign integer DEFAULT 0 NOT NULL,
    border_type integer DEFAULT 0 NOT NULL,
    border_width integer DEFAULT 1 NOT NULL,
    border_color character varying(6) DEFAULT '000000'::character varying NOT NULL,
    background_color character varying(6) DEFAULT ''::character varying NOT NULL,
    zindex integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sysmap_shape OWNER TO postgres;

--
-- Name: sysmap_url; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmap_url (
    sysmapurlid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    name character varying(255) NOT NULL,
    url character varying(255) DEFAULT ''::character varying NOT NULL,
    elementtype integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sysmap_url OWNER TO postgres;

--
-- Name: sysmap_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmap_user (
    sysmapuserid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    userid bigint NOT NULL,
    permission integer DEFAULT 2 NOT NULL
);


ALTER TABLE public.sysmap_user OWNER TO postgres;

--
-- Name: sysmap_usrgrp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmap_usrgrp (
    sysmapusrgrpid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    permission integer DEFAULT 2 NOT NULL
);


ALTER TABLE public.sysmap_usrgrp OWNER TO postgres;

--
-- Name: sysmaps; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmaps (
    sysmapid bigint NOT NULL,
    name character varying(128) DEFAULT ''::character varying NOT NULL,
    width integer DEFAULT 600 NOT NULL,
    height integer DEFAULT 400 NOT NULL,
    backgroundid bigint,
    label_type integer DEFAULT 2 NOT NULL,
    label_location integer DEFAULT 0 NOT NULL,
    highlight integer DEFAULT 1 NOT NULL,
    expandproblem integer DEFAULT 1 NOT NULL,
    markelements integer DEFAULT 0 NOT NULL,
    show_unack integer DEFAULT 0 NOT NULL,
    grid_size integer DEFAULT 50 NOT NULL,
    grid_show integer DEFAULT 1 NOT NULL,
    grid_align integer DEFAULT 1 NOT NULL,
    label_format integer DEFAULT 0 NOT NULL,
    label_type_host integer DEFAULT 2 NOT NULL,
    label_type_hostgroup integer DEFAULT 2 NOT NULL,
    label_type_trigger integer DEFAULT 2 NOT NULL,
    label_type_map integer DEFAULT 2 NOT NULL,
    label_type_image integer DEFAULT 2 NOT NULL,
    label_string_host character varying(255) DEFAULT ''::character varying NOT NULL,
    label_string_hostgroup character varying(255) DEFAULT ''::character varying NOT NULL,
    label_string_trigger character varying(255) DEFAULT ''::character varying NOT NULL,
    label_string_map character varying(255) DEFAULT ''::character varying NOT NULL,
    label_string_image character varying(255) DEFAULT ''::character varying NOT NULL,
    iconmapid bigint,
    expand_macros integer DEFAULT 0 NOT NULL,
    severity_min integer DEFAULT 0 NOT NULL,
    userid bigint NOT NULL,
    private integer DEFAULT 1 NOT NULL,
    show_suppressed integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sysmaps OWNER TO postgres;

--
-- Name: sysmaps_element_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmaps_element_tag (
    selementtagid bigint NOT NULL,
    selementid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL,
    operator integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sysmaps_element_tag OWNER TO postgres;

--
-- Name: sysmaps_elements; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmaps_elements (
    selementid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    elementid bigint DEFAULT '0'::bigint NOT NULL,
    elementtype integer DEFAULT 0 NOT NULL,
    iconid_off bigint,
    iconid_on bigint,
    label character varying(2048) DEFAULT ''::character varying NOT NULL,
    label_location integer DEFAULT '-1'::integer NOT NULL,
    x integer DEFAULT 0 NOT NULL,
    y integer DEFAULT 0 NOT NULL,
    iconid_disabled bigint,
    iconid_maintenance bigint,
    elementsubtype integer DEFAULT 0 NOT NULL,
    areatype integer DEFAULT 0 NOT NULL,
    width integer DEFAULT 200 NOT NULL,
    height integer DEFAULT 200 NOT NULL,
    viewtype integer DEFAULT 0 NOT NULL,
    use_iconmap integer DEFAULT 1 NOT NULL,
    evaltype integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.sysmaps_elements OWNER TO postgres;

--
-- Name: sysmaps_link_triggers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmaps_link_triggers (
    linktriggerid bigint NOT NULL,
    linkid bigint NOT NULL,
    triggerid bigint NOT NULL,
    drawtype integer DEFAULT 0 NOT NULL,
    color character varying(6) DEFAULT '000000'::character varying NOT NULL
);


ALTER TABLE public.sysmaps_link_triggers OWNER TO postgres;

--
-- Name: sysmaps_links; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sysmaps_links (
    linkid bigint NOT NULL,
    sysmapid bigint NOT NULL,
    selementid1 bigint NOT NULL,
    selementid2 bigint NOT NULL,
    drawtype integer DEFAULT 0 NOT NULL,
    color character varying(6) DEFAULT '000000'::character varying NOT NULL,
    label character varying(2048) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.sysmaps_links OWNER TO postgres;

--
-- Name: tag_filter; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tag_filter (
    tag_filterid bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    groupid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.tag_filter OWNER TO postgres;

--
-- Name: task; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task (
    taskid bigint NOT NULL,
    type integer NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    ttl integer DEFAULT 0 NOT NULL,
    proxy_hostid bigint
);


ALTER TABLE public.task OWNER TO postgres;

--
-- Name: task_acknowledge; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_acknowledge (
    taskid bigint NOT NULL,
    acknowledgeid bigint NOT NULL
);


ALTER TABLE public.task_acknowledge OWNER TO postgres;

--
-- Name: task_check_now; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_check_now (
    taskid bigint NOT NULL,
    itemid bigint NOT NULL
);


ALTER TABLE public.task_check_now OWNER TO postgres;

--
-- Name: task_close_problem; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_close_problem (
    taskid bigint NOT NULL,
    acknowledgeid bigint NOT NULL
);


ALTER TABLE public.task_close_problem OWNER TO postgres;

--
-- Name: task_data; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_data (
    taskid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    data text DEFAULT ''::text NOT NULL,
    parent_taskid bigint NOT NULL
);


ALTER TABLE public.task_data OWNER TO postgres;

--
-- Name: task_remote_command; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_remote_command (
    taskid bigint NOT NULL,
    command_type integer DEFAULT 0 NOT NULL,
    execute_on integer DEFAULT 0 NOT NULL,
    port integer DEFAULT 0 NOT NULL,
    authtype integer DEFAULT 0 NOT NULL,
    username character varying(64) DEFAULT ''::character varying NOT NULL,
    password character varying(64) DEFAULT ''::character varying NOT NULL,
    publickey character varying(64) DEFAULT ''::character varying NOT NULL,
    privatekey character varying(64) DEFAULT ''::character varying NOT NULL,
    command text DEFAULT ''::text NOT NULL,
    alertid bigint,
    parent_taskid bigint NOT NULL,
    hostid bigint NOT NULL
);


ALTER TABLE public.task_remote_command OWNER TO postgres;

--
-- Name: task_remote_command_result; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_remote_command_result (
    taskid bigint NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    parent_taskid bigint NOT NULL,
    info text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.task_remote_command_result OWNER TO postgres;

--
-- Name: task_result; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.task_result (
    taskid bigint NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    parent_taskid bigint NOT NULL,
    info text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.task_result OWNER TO postgres;

--
-- Name: timeperiods; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.timeperiods (
    timeperiodid bigint NOT NULL,
    timeperiod_type integer DEFAULT 0 NOT NULL,
    every integer DEFAULT 1 NOT NULL,
    month integer DEFAULT 0 NOT NULL,
    dayofweek integer DEFAULT 0 NOT NULL,
    day integer DEFAULT 0 NOT NULL,
    start_time integer DEFAULT 0 NOT NULL,
    period integer DEFAULT 0 NOT NULL,
    start_date integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.timeperiods OWNER TO postgres;

--
-- Name: token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.token (
    tokenid bigint NOT NULL,
    name character varying(64) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    userid bigint NOT NULL,
    token character varying(128),
    lastaccess integer DEFAULT 0 NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    expires_at integer DEFAULT 0 NOT NULL,
    created_at integer DEFAULT 0 NOT NULL,
    creator_userid bigint
);


ALTER TABLE public.token OWNER TO postgres;

--
-- Name: trends; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trends (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    num integer DEFAULT 0 NOT NULL,
    value_min double precision DEFAULT '0'::double precision NOT NULL,
    value_avg double precision DEFAULT '0'::double precision NOT NULL,
    value_max double precision DEFAULT '0'::double precision NOT NULL
);


ALTER TABLE public.trends OWNER TO postgres;

--
-- Name: trends_uint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trends_uint (
    itemid bigint NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    num integer DEFAULT 0 NOT NULL,
    value_min numeric(20,0) DEFAULT '0'::numeric NOT NULL,
    value_avg numeric(20,0) DEFAULT '0'::numeric NOT NULL,
    value_max numeric(20,0) DEFAULT '0'::numeric NOT NULL
);


ALTER TABLE public.trends_uint OWNER TO postgres;

--
-- Name: trigger_depends; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trigger_depends (
    triggerdepid bigint NOT NULL,
    triggerid_down bigint NOT NULL,
    triggerid_up bigint NOT NULL
);


ALTER TABLE public.trigger_depends OWNER TO postgres;

--
-- Name: trigger_discovery; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trigger_discovery (
    triggerid bigint NOT NULL,
    parent_triggerid bigint NOT NULL,
    lastcheck integer DEFAULT 0 NOT NULL,
    ts_delete integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.trigger_discovery OWNER TO postgres;

--
-- Name: trigger_queue; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trigger_queue (
    trigger_queueid bigint NOT NULL,
    objectid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    clock integer DEFAULT 0 NOT NULL,
    ns integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.trigger_queue OWNER TO postgres;

--
-- Name: trigger_tag; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trigger_tag (
    triggertagid bigint NOT NULL,
    triggerid bigint NOT NULL,
    tag character varying(255) DEFAULT ''::character varying NOT NULL,
    value character varying(255) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.trigger_tag OWNER TO postgres;

--
-- Name: triggers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.triggers (
    triggerid bigint NOT NULL,
    expression character varying(2048) DEFAULT ''::character varying NOT NULL,
    description text DEFAULT ''::text NOT NULL,
    url character varying(255) DEFAULT ''::character varying NOT NULL,
    status integer DEFAULT 0 NOT NULL,
    value integer DEFAULT 0 NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    lastchange integer DEFAULT 0 NOT NULL,
    comments text DEFAULT ''::text NOT NULL,
    error character varying(2048) DEFAULT ''::character varying NOT NULL,
    templateid bigint,
    type integer DEFAULT 0 NOT NULL,
    state integer DEFAULT 0 NOT NULL,
    flags integer DEFAULT 0 NOT NULL,
    recovery_mode integer DEFAULT 0 NOT NULL,
    recovery_expression character varying(2048) DEFAULT ''::character varying NOT NULL,
    correlation_mode integer DEFAULT 0 NOT NULL,
    correlation_tag character varying(255) DEFAULT ''::character varying NOT NULL,
    manual_close integer DEFAULT 0 NOT NULL,
    opdata character varying(255) DEFAULT ''::character varying NOT NULL,
    discover integer DEFAULT 0 NOT NULL,
    event_name character varying(2048) DEFAULT ''::character varying NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.triggers OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    userid bigint NOT NULL,
    username character varying(100) DEFAULT ''::character varying NOT NULL,
    name character varying(100) DEFAULT ''::character varying NOT NULL,
    surname character varying(100) DEFAULT ''::character varying NOT NULL,
    passwd character varying(60) DEFAULT ''::character varying NOT NULL,
    url character varying(2048) DEFAULT ''::character varying NOT NULL,
    autologin integer DEFAULT 0 NOT NULL,
    autologout character varying(32) DEFAULT '15m'::character varying NOT NULL,
    lang character varying(7) DEFAULT 'default'::character varying NOT NULL,
    refresh character varying(32) DEFAULT '30s'::character varying NOT NULL,
    theme character varying(128) DEFAULT 'default'::character varying NOT NULL,
    attempt_failed integer DEFAULT 0 NOT NULL,
    attempt_ip character varying(39) DEFAULT ''::character varying NOT NULL,
    attempt_clock integer DEFAULT 0 NOT NULL,
    rows_per_page integer DEFAULT 50 NOT NULL,
    timezone character varying(50) DEFAULT 'default'::character varying NOT NULL,
    roleid bigint NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: users_groups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users_groups (
    id bigint NOT NULL,
    usrgrpid bigint NOT NULL,
    userid bigint NOT NULL
);


ALTER TABLE public.users_groups OWNER TO postgres;

--
-- Name: usrgrp; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.usrgrp (
    usrgrpid bigint NOT NULL,
    name character varying(64) DEFAULT ''::character varying NOT NULL,
    gui_access integer DEFAULT 0 NOT NULL,
    users_status integer DEFAULT 0 NOT NULL,
    debug_mode integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.usrgrp OWNER TO postgres;

--
-- Name: valuemap; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.valuemap (
    valuemapid bigint NOT NULL,
    hostid bigint NOT NULL,
    name character varying(64) DEFAULT ''::character varying NOT NULL,
    uuid character varying(32) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.valuemap OWNER TO postgres;

--
-- Name: valuemap_mapping; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.valuemap_mapping (
    valuemap_mappingid bigint NOT NULL,
    valuemapid bigint NOT NULL,
    value character varying(64) DEFAULT ''::character varying NOT NULL,
    newvalue character varying(64) DEFAULT ''::character varying NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    sortorder integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.valuemap_mapping OWNER TO postgres;

--
-- Name: widget; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.widget (
    widgetid bigint NOT NULL,
    type character varying(255) DEFAULT ''::character varying NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    x integer DEFAULT 0 NOT NULL,
    y integer DEFAULT 0 NOT NULL,
    width integer DEFAULT 1 NOT NULL,
    height integer DEFAULT 2 NOT NULL,
    view_mode integer DEFAULT 0 NOT NULL,
    dashboard_pageid bigint NOT NULL
);


ALTER TABLE public.widget OWNER TO postgres;

--
-- Name: widget_field; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.widget_field (
    widget_fieldid bigint NOT NULL,
    widgetid bigint NOT NULL,
    type integer DEFAULT 0 NOT NULL,
    name character varying(255) DEFAULT ''::character varying NOT NULL,
    value_int integer DEFAULT 0 NOT NULL,
    value_str character varying(255) DEFAULT ''::character varying NOT NULL,
    value_groupid bigint,
    value_hostid bigint,
    value_itemid bigint,
    value_graphid bigint,
    value_sysmapid bigint,
    value_serviceid bigint,
    value_slaid bigint
);


ALTER TABLE public.widget_field OWNER TO postgres;

--
-- Name: proxy_autoreg_host id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxy_autoreg_host ALTER COLUMN id SET DEFAULT nextval('public.proxy_autoreg_host_id_seq'::regclass);


--
-- Name: proxy_dhistory id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxy_dhistory ALTER COLUMN id SET DEFAULT nextval('public.proxy_dhistory_id_seq'::regclass);


--
-- Name: proxy_history id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxy_history ALTER COLUMN id SET DEFAULT nextval('public.proxy_history_id_seq'::regclass);


--
-- Name: acknowledges acknowledges_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acknowledges
    ADD CONSTRAINT acknowledges_pkey PRIMARY KEY (acknowledgeid);


--
-- Name: actions actions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.actions
    ADD CONSTRAINT actions_pkey PRIMARY KEY (actionid);


--
-- Name: alerts alerts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT alerts_pkey PRIMARY KEY (alertid);


--
-- Name: auditlog auditlog_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.auditlog
    ADD CONSTRAINT auditlog_pkey PRIMARY KEY (auditid);


--
-- Name: autoreg_host autoreg_host_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.autoreg_host
    ADD CONSTRAINT autoreg_host_pkey PRIMARY KEY (autoreg_hostid);


--
-- Name: conditions conditions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conditions
    ADD CONSTRAINT conditions_pkey PRIMARY KEY (conditionid);


--
-- Name: config_autoreg_tls config_autoreg_tls_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.config_autoreg_tls
    ADD CONSTRAINT config_autoreg_tls_pkey PRIMARY KEY (autoreg_tlsid);


--
-- Name: config config_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.config
    ADD CONSTRAINT config_pkey PRIMARY KEY (configid);


--
-- Name: corr_condition_group corr_condition_group_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_group
    ADD CONSTRAINT corr_condition_group_pkey PRIMARY KEY (corr_conditionid);


--
-- Name: corr_condition corr_condition_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition
    ADD CONSTRAINT corr_condition_pkey PRIMARY KEY (corr_conditionid);


--
-- Name: corr_condition_tag corr_condition_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_tag
    ADD CONSTRAINT corr_condition_tag_pkey PRIMARY KEY (corr_conditionid);


--
-- Name: corr_condition_tagpair corr_condition_tagpair_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_tagpair
    ADD CONSTRAINT corr_condition_tagpair_pkey PRIMARY KEY (corr_conditionid);


--
-- Name: corr_condition_tagvalue corr_condition_tagvalue_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_tagvalue
    ADD CONSTRAINT corr_condition_tagvalue_pkey PRIMARY KEY (corr_conditionid);


--
-- Name: corr_operation corr_operation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_operation
    ADD CONSTRAINT corr_operation_pkey PRIMARY KEY (corr_operationid);


--
-- Name: correlation correlation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.correlation
    ADD CONSTRAINT correlation_pkey PRIMARY KEY (correlationid);


--
-- Name: dashboard_page dashboard_page_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_page
    ADD CONSTRAINT dashboard_page_pkey PRIMARY KEY (dashboard_pageid);


--
-- Name: dashboard dashboard_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard
    ADD CONSTRAINT dashboard_pkey PRIMARY KEY (dashboardid);


--
-- Name: dashboard_user dashboard_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_user
    ADD CONSTRAINT dashboard_user_pkey PRIMARY KEY (dashboard_userid);


--
-- Name: dashboard_usrgrp dashboard_usrgrp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_usrgrp
    ADD CONSTRAINT dashboard_usrgrp_pkey PRIMARY KEY (dashboard_usrgrpid);


--
-- Name: dbversion dbversion_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dbversion
    ADD CONSTRAINT dbversion_pkey PRIMARY KEY (dbversionid);


--
-- Name: dchecks dchecks_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dchecks
    ADD CONSTRAINT dchecks_pkey PRIMARY KEY (dcheckid);


--
-- Name: dhosts dhosts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dhosts
    ADD CONSTRAINT dhosts_pkey PRIMARY KEY (dhostid);


--
-- Name: drules drules_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.drules
    ADD CONSTRAINT drules_pkey PRIMARY KEY (druleid);


--
-- Name: dservices dservices_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dservices
    ADD CONSTRAINT dservices_pkey PRIMARY KEY (dserviceid);


--
-- Name: escalations escalations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.escalations
    ADD CONSTRAINT escalations_pkey PRIMARY KEY (escalationid);


--
-- Name: event_recovery event_recovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_recovery
    ADD CONSTRAINT event_recovery_pkey PRIMARY KEY (eventid);


--
-- Name: event_suppress event_suppress_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_suppress
    ADD CONSTRAINT event_suppress_pkey PRIMARY KEY (event_suppressid);


--
-- Name: event_tag event_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_tag
    ADD CONSTRAINT event_tag_pkey PRIMARY KEY (eventtagid);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (eventid);


--
-- Name: expressions expressions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.expressions
    ADD CONSTRAINT expressions_pkey PRIMARY KEY (expressionid);


--
-- Name: functions functions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT functions_pkey PRIMARY KEY (functionid);


--
-- Name: globalmacro globalmacro_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.globalmacro
    ADD CONSTRAINT globalmacro_pkey PRIMARY KEY (globalmacroid);


--
-- Name: globalvars globalvars_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.globalvars
    ADD CONSTRAINT globalvars_pkey PRIMARY KEY (globalvarid);


--
-- Name: graph_discovery graph_discovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graph_discovery
    ADD CONSTRAINT graph_discovery_pkey PRIMARY KEY (graphid);


--
-- Name: graph_theme graph_theme_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graph_theme
    ADD CONSTRAINT graph_theme_pkey PRIMARY KEY (graphthemeid);


--
-- Name: graphs_items graphs_items_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs_items
    ADD CONSTRAINT graphs_items_pkey PRIMARY KEY (gitemid);


--
-- Name: graphs graphs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs
    ADD CONSTRAINT graphs_pkey PRIMARY KEY (graphid);


--
-- Name: group_discovery group_discovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_discovery
    ADD CONSTRAINT group_discovery_pkey PRIMARY KEY (groupid);


--
-- Name: group_prototype group_prototype_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_prototype
    ADD CONSTRAINT group_prototype_pkey PRIMARY KEY (group_prototypeid);


--
-- Name: ha_node ha_node_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ha_node
    ADD CONSTRAINT ha_node_pkey PRIMARY KEY (ha_nodeid);


--
-- Name: history_log history_log_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history_log
    ADD CONSTRAINT history_log_pkey PRIMARY KEY (itemid, clock, ns);


--
-- Name: history history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history
    ADD CONSTRAINT history_pkey PRIMARY KEY (itemid, clock, ns);


--
-- Name: history_str history_str_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history_str
    ADD CONSTRAINT history_str_pkey PRIMARY KEY (itemid, clock, ns);


--
-- Name: history_text history_text_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history_text
    ADD CONSTRAINT history_text_pkey PRIMARY KEY (itemid, clock, ns);


--
-- Name: history_uint history_uint_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.history_uint
    ADD CONSTRAINT history_uint_pkey PRIMARY KEY (itemid, clock, ns);


--
-- Name: host_discovery host_discovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_discovery
    ADD CONSTRAINT host_discovery_pkey PRIMARY KEY (hostid);


--
-- Name: host_inventory host_inventory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_inventory
    ADD CONSTRAINT host_inventory_pkey PRIMARY KEY (hostid);


--
-- Name: host_tag host_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_tag
    ADD CONSTRAINT host_tag_pkey PRIMARY KEY (hosttagid);


--
-- Name: hostmacro hostmacro_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hostmacro
    ADD CONSTRAINT hostmacro_pkey PRIMARY KEY (hostmacroid);


--
-- Name: hosts_groups hosts_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts_groups
    ADD CONSTRAINT hosts_groups_pkey PRIMARY KEY (hostgroupid);


--
-- Name: hosts hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (hostid);


--
-- Name: hosts_templates hosts_templates_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts_templates
    ADD CONSTRAINT hosts_templates_pkey PRIMARY KEY (hosttemplateid);


--
-- Name: housekeeper housekeeper_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.housekeeper
    ADD CONSTRAINT housekeeper_pkey PRIMARY KEY (housekeeperid);


--
-- Name: hstgrp hstgrp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hstgrp
    ADD CONSTRAINT hstgrp_pkey PRIMARY KEY (groupid);


--
-- Name: httpstep_field httpstep_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstep_field
    ADD CONSTRAINT httpstep_field_pkey PRIMARY KEY (httpstep_fieldid);


--
-- Name: httpstep httpstep_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstep
    ADD CONSTRAINT httpstep_pkey PRIMARY KEY (httpstepid);


--
-- Name: httpstepitem httpstepitem_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstepitem
    ADD CONSTRAINT httpstepitem_pkey PRIMARY KEY (httpstepitemid);


--
-- Name: httptest_field httptest_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest_field
    ADD CONSTRAINT httptest_field_pkey PRIMARY KEY (httptest_fieldid);


--
-- Name: httptest httptest_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest
    ADD CONSTRAINT httptest_pkey PRIMARY KEY (httptestid);


--
-- Name: httptest_tag httptest_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest_tag
    ADD CONSTRAINT httptest_tag_pkey PRIMARY KEY (httptesttagid);


--
-- Name: httptestitem httptestitem_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptestitem
    ADD CONSTRAINT httptestitem_pkey PRIMARY KEY (httptestitemid);


--
-- Name: icon_map icon_map_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icon_map
    ADD CONSTRAINT icon_map_pkey PRIMARY KEY (iconmapid);


--
-- Name: icon_mapping icon_mapping_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icon_mapping
    ADD CONSTRAINT icon_mapping_pkey PRIMARY KEY (iconmappingid);


--
-- Name: ids ids_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ids
    ADD CONSTRAINT ids_pkey PRIMARY KEY (table_name, field_name);


--
-- Name: images images_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.images
    ADD CONSTRAINT images_pkey PRIMARY KEY (imageid);


--
-- Name: interface_discovery interface_discovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface_discovery
    ADD CONSTRAINT interface_discovery_pkey PRIMARY KEY (interfaceid);


--
-- Name: interface interface_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface
    ADD CONSTRAINT interface_pkey PRIMARY KEY (interfaceid);


--
-- Name: interface_snmp interface_snmp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface_snmp
    ADD CONSTRAINT interface_snmp_pkey PRIMARY KEY (interfaceid);


--
-- Name: item_condition item_condition_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_condition
    ADD CONSTRAINT item_condition_pkey PRIMARY KEY (item_conditionid);


--
-- Name: item_discovery item_discovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_discovery
    ADD CONSTRAINT item_discovery_pkey PRIMARY KEY (itemdiscoveryid);


--
-- Name: item_parameter item_parameter_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_parameter
    ADD CONSTRAINT item_parameter_pkey PRIMARY KEY (item_parameterid);


--
-- Name: item_preproc item_preproc_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_preproc
    ADD CONSTRAINT item_preproc_pkey PRIMARY KEY (item_preprocid);


--
-- Name: item_rtdata item_rtdata_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_rtdata
    ADD CONSTRAINT item_rtdata_pkey PRIMARY KEY (itemid);


--
-- Name: item_tag item_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_tag
    ADD CONSTRAINT item_tag_pkey PRIMARY KEY (itemtagid);


--
-- Name: items items_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT items_pkey PRIMARY KEY (itemid);


--
-- Name: lld_macro_path lld_macro_path_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_macro_path
    ADD CONSTRAINT lld_macro_path_pkey PRIMARY KEY (lld_macro_pathid);


--
-- Name: lld_override_condition lld_override_condition_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_condition
    ADD CONSTRAINT lld_override_condition_pkey PRIMARY KEY (lld_override_conditionid);


--
-- Name: lld_override_opdiscover lld_override_opdiscover_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opdiscover
    ADD CONSTRAINT lld_override_opdiscover_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_operation lld_override_operation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_operation
    ADD CONSTRAINT lld_override_operation_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_ophistory lld_override_ophistory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_ophistory
    ADD CONSTRAINT lld_override_ophistory_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_opinventory lld_override_opinventory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opinventory
    ADD CONSTRAINT lld_override_opinventory_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_opperiod lld_override_opperiod_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opperiod
    ADD CONSTRAINT lld_override_opperiod_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_opseverity lld_override_opseverity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opseverity
    ADD CONSTRAINT lld_override_opseverity_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_opstatus lld_override_opstatus_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opstatus
    ADD CONSTRAINT lld_override_opstatus_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override_optag lld_override_optag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optag
    ADD CONSTRAINT lld_override_optag_pkey PRIMARY KEY (lld_override_optagid);


--
-- Name: lld_override_optemplate lld_override_optemplate_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optemplate
    ADD CONSTRAINT lld_override_optemplate_pkey PRIMARY KEY (lld_override_optemplateid);


--
-- Name: lld_override_optrends lld_override_optrends_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optrends
    ADD CONSTRAINT lld_override_optrends_pkey PRIMARY KEY (lld_override_operationid);


--
-- Name: lld_override lld_override_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override
    ADD CONSTRAINT lld_override_pkey PRIMARY KEY (lld_overrideid);


--
-- Name: maintenance_tag maintenance_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenance_tag
    ADD CONSTRAINT maintenance_tag_pkey PRIMARY KEY (maintenancetagid);


--
-- Name: maintenances_groups maintenances_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_groups
    ADD CONSTRAINT maintenances_groups_pkey PRIMARY KEY (maintenance_groupid);


--
-- Name: maintenances_hosts maintenances_hosts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_hosts
    ADD CONSTRAINT maintenances_hosts_pkey PRIMARY KEY (maintenance_hostid);


--
-- Name: maintenances maintenances_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances
    ADD CONSTRAINT maintenances_pkey PRIMARY KEY (maintenanceid);


--
-- Name: maintenances_windows maintenances_windows_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_windows
    ADD CONSTRAINT maintenances_windows_pkey PRIMARY KEY (maintenance_timeperiodid);


--
-- Name: media media_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media
    ADD CONSTRAINT media_pkey PRIMARY KEY (mediaid);


--
-- Name: media_type_message media_type_message_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media_type_message
    ADD CONSTRAINT media_type_message_pkey PRIMARY KEY (mediatype_messageid);


--
-- Name: media_type_param media_type_param_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media_type_param
    ADD CONSTRAINT media_type_param_pkey PRIMARY KEY (mediatype_paramid);


--
-- Name: media_type media_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media_type
    ADD CONSTRAINT media_type_pkey PRIMARY KEY (mediatypeid);


--
-- Name: module module_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.module
    ADD CONSTRAINT module_pkey PRIMARY KEY (moduleid);


--
-- Name: opcommand_grp opcommand_grp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand_grp
    ADD CONSTRAINT opcommand_grp_pkey PRIMARY KEY (opcommand_grpid);


--
-- Name: opcommand_hst opcommand_hst_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand_hst
    ADD CONSTRAINT opcommand_hst_pkey PRIMARY KEY (opcommand_hstid);


--
-- Name: opcommand opcommand_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand
    ADD CONSTRAINT opcommand_pkey PRIMARY KEY (operationid);


--
-- Name: opconditions opconditions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opconditions
    ADD CONSTRAINT opconditions_pkey PRIMARY KEY (opconditionid);


--
-- Name: operations operations_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.operations
    ADD CONSTRAINT operations_pkey PRIMARY KEY (operationid);


--
-- Name: opgroup opgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opgroup
    ADD CONSTRAINT opgroup_pkey PRIMARY KEY (opgroupid);


--
-- Name: opinventory opinventory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opinventory
    ADD CONSTRAINT opinventory_pkey PRIMARY KEY (operationid);


--
-- Name: opmessage_grp opmessage_grp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage_grp
    ADD CONSTRAINT opmessage_grp_pkey PRIMARY KEY (opmessage_grpid);


--
-- Name: opmessage opmessage_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage
    ADD CONSTRAINT opmessage_pkey PRIMARY KEY (operationid);


--
-- Name: opmessage_usr opmessage_usr_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage_usr
    ADD CONSTRAINT opmessage_usr_pkey PRIMARY KEY (opmessage_usrid);


--
-- Name: optemplate optemplate_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.optemplate
    ADD CONSTRAINT optemplate_pkey PRIMARY KEY (optemplateid);


--
-- Name: problem problem_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.problem
    ADD CONSTRAINT problem_pkey PRIMARY KEY (eventid);


--
-- Name: problem_tag problem_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.problem_tag
    ADD CONSTRAINT problem_tag_pkey PRIMARY KEY (problemtagid);


--
-- Name: profiles profiles_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (profileid);


--
-- Name: proxy_autoreg_host proxy_autoreg_host_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxy_autoreg_host
    ADD CONSTRAINT proxy_autoreg_host_pkey PRIMARY KEY (id);


--
-- Name: proxy_dhistory proxy_dhistory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxy_dhistory
    ADD CONSTRAINT proxy_dhistory_pkey PRIMARY KEY (id);


--
-- Name: proxy_history proxy_history_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.proxy_history
    ADD CONSTRAINT proxy_history_pkey PRIMARY KEY (id);


--
-- Name: regexps regexps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.regexps
    ADD CONSTRAINT regexps_pkey PRIMARY KEY (regexpid);


--
-- Name: report_param report_param_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_param
    ADD CONSTRAINT report_param_pkey PRIMARY KEY (reportparamid);


--
-- Name: report report_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report
    ADD CONSTRAINT report_pkey PRIMARY KEY (reportid);


--
-- Name: report_user report_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_user
    ADD CONSTRAINT report_user_pkey PRIMARY KEY (reportuserid);


--
-- Name: report_usrgrp report_usrgrp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_usrgrp
    ADD CONSTRAINT report_usrgrp_pkey PRIMARY KEY (reportusrgrpid);


--
-- Name: rights rights_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rights
    ADD CONSTRAINT rights_pkey PRIMARY KEY (rightid);


--
-- Name: role role_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.role
    ADD CONSTRAINT role_pkey PRIMARY KEY (roleid);


--
-- Name: role_rule role_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.role_rule
    ADD CONSTRAINT role_rule_pkey PRIMARY KEY (role_ruleid);


--
-- Name: script_param script_param_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.script_param
    ADD CONSTRAINT script_param_pkey PRIMARY KEY (script_paramid);


--
-- Name: scripts scripts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.scripts
    ADD CONSTRAINT scripts_pkey PRIMARY KEY (scriptid);


--
-- Name: service_alarms service_alarms_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_alarms
    ADD CONSTRAINT service_alarms_pkey PRIMARY KEY (servicealarmid);


--
-- Name: service_problem service_problem_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_problem
    ADD CONSTRAINT service_problem_pkey PRIMARY KEY (service_problemid);


--
-- Name: service_problem_tag service_problem_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_problem_tag
    ADD CONSTRAINT service_problem_tag_pkey PRIMARY KEY (service_problem_tagid);


--
-- Name: service_status_rule service_status_rule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_status_rule
    ADD CONSTRAINT service_status_rule_pkey PRIMARY KEY (service_status_ruleid);


--
-- Name: service_tag service_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_tag
    ADD CONSTRAINT service_tag_pkey PRIMARY KEY (servicetagid);


--
-- Name: services_links services_links_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.services_links
    ADD CONSTRAINT services_links_pkey PRIMARY KEY (linkid);


--
-- Name: services services_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.services
    ADD CONSTRAINT services_pkey PRIMARY KEY (serviceid);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (sessionid);


--
-- Name: sla_excluded_downtime sla_excluded_downtime_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_excluded_downtime
    ADD CONSTRAINT sla_excluded_downtime_pkey PRIMARY KEY (sla_excluded_downtimeid);


--
-- Name: sla sla_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla
    ADD CONSTRAINT sla_pkey PRIMARY KEY (slaid);


--
-- Name: sla_schedule sla_schedule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_schedule
    ADD CONSTRAINT sla_schedule_pkey PRIMARY KEY (sla_scheduleid);


--
-- Name: sla_service_tag sla_service_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_service_tag
    ADD CONSTRAINT sla_service_tag_pkey PRIMARY KEY (sla_service_tagid);


--
-- Name: sysmap_element_trigger sysmap_element_trigger_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_element_trigger
    ADD CONSTRAINT sysmap_element_trigger_pkey PRIMARY KEY (selement_triggerid);


--
-- Name: sysmap_element_url sysmap_element_url_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_element_url
    ADD CONSTRAINT sysmap_element_url_pkey PRIMARY KEY (sysmapelementurlid);


--
-- Name: sysmap_shape sysmap_shape_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_shape
    ADD CONSTRAINT sysmap_shape_pkey PRIMARY KEY (sysmap_shapeid);


--
-- Name: sysmap_url sysmap_url_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_url
    ADD CONSTRAINT sysmap_url_pkey PRIMARY KEY (sysmapurlid);


--
-- Name: sysmap_user sysmap_user_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_user
    ADD CONSTRAINT sysmap_user_pkey PRIMARY KEY (sysmapuserid);


--
-- Name: sysmap_usrgrp sysmap_usrgrp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_usrgrp
    ADD CONSTRAINT sysmap_usrgrp_pkey PRIMARY KEY (sysmapusrgrpid);


--
-- Name: sysmaps_element_tag sysmaps_element_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_element_tag
    ADD CONSTRAINT sysmaps_element_tag_pkey PRIMARY KEY (selementtagid);


--
-- Name: sysmaps_elements sysmaps_elements_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_elements
    ADD CONSTRAINT sysmaps_elements_pkey PRIMARY KEY (selementid);


--
-- Name: sysmaps_link_triggers sysmaps_link_triggers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_link_triggers
    ADD CONSTRAINT sysmaps_link_triggers_pkey PRIMARY KEY (linktriggerid);


--
-- Name: sysmaps_links sysmaps_links_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_links
    ADD CONSTRAINT sysmaps_links_pkey PRIMARY KEY (linkid);


--
-- Name: sysmaps sysmaps_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps
    ADD CONSTRAINT sysmaps_pkey PRIMARY KEY (sysmapid);


--
-- Name: tag_filter tag_filter_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tag_filter
    ADD CONSTRAINT tag_filter_pkey PRIMARY KEY (tag_filterid);


--
-- Name: task_acknowledge task_acknowledge_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_acknowledge
    ADD CONSTRAINT task_acknowledge_pkey PRIMARY KEY (taskid);


--
-- Name: task_check_now task_check_now_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_check_now
    ADD CONSTRAINT task_check_now_pkey PRIMARY KEY (taskid);


--
-- Name: task_close_problem task_close_problem_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_close_problem
    ADD CONSTRAINT task_close_problem_pkey PRIMARY KEY (taskid);


--
-- Name: task_data task_data_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_data
    ADD CONSTRAINT task_data_pkey PRIMARY KEY (taskid);


--
-- Name: task task_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT task_pkey PRIMARY KEY (taskid);


--
-- Name: task_remote_command task_remote_command_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_remote_command
    ADD CONSTRAINT task_remote_command_pkey PRIMARY KEY (taskid);


--
-- Name: task_remote_command_result task_remote_command_result_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_remote_command_result
    ADD CONSTRAINT task_remote_command_result_pkey PRIMARY KEY (taskid);


--
-- Name: task_result task_result_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_result
    ADD CONSTRAINT task_result_pkey PRIMARY KEY (taskid);


--
-- Name: timeperiods timeperiods_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.timeperiods
    ADD CONSTRAINT timeperiods_pkey PRIMARY KEY (timeperiodid);


--
-- Name: token token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.token
    ADD CONSTRAINT token_pkey PRIMARY KEY (tokenid);


--
-- Name: trends trends_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trends
    ADD CONSTRAINT trends_pkey PRIMARY KEY (itemid, clock);


--
-- Name: trends_uint trends_uint_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trends_uint
    ADD CONSTRAINT trends_uint_pkey PRIMARY KEY (itemid, clock);


--
-- Name: trigger_depends trigger_depends_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_depends
    ADD CONSTRAINT trigger_depends_pkey PRIMARY KEY (triggerdepid);


--
-- Name: trigger_discovery trigger_discovery_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_discovery
    ADD CONSTRAINT trigger_discovery_pkey PRIMARY KEY (triggerid);


--
-- Name: trigger_queue trigger_queue_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_queue
    ADD CONSTRAINT trigger_queue_pkey PRIMARY KEY (trigger_queueid);


--
-- Name: trigger_tag trigger_tag_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_tag
    ADD CONSTRAINT trigger_tag_pkey PRIMARY KEY (triggertagid);


--
-- Name: triggers triggers_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.triggers
    ADD CONSTRAINT triggers_pkey PRIMARY KEY (triggerid);


--
-- Name: users_groups users_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users_groups
    ADD CONSTRAINT users_groups_pkey PRIMARY KEY (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (userid);


--
-- Name: usrgrp usrgrp_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.usrgrp
    ADD CONSTRAINT usrgrp_pkey PRIMARY KEY (usrgrpid);


--
-- Name: valuemap_mapping valuemap_mapping_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.valuemap_mapping
    ADD CONSTRAINT valuemap_mapping_pkey PRIMARY KEY (valuemap_mappingid);


--
-- Name: valuemap valuemap_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.valuemap
    ADD CONSTRAINT valuemap_pkey PRIMARY KEY (valuemapid);


--
-- Name: widget_field widget_field_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT widget_field_pkey PRIMARY KEY (widget_fieldid);


--
-- Name: widget widget_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget
    ADD CONSTRAINT widget_pkey PRIMARY KEY (widgetid);


--
-- Name: acknowledges_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX acknowledges_1 ON public.acknowledges USING btree (userid);


--
-- Name: acknowledges_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX acknowledges_2 ON public.acknowledges USING btree (eventid);


--
-- Name: acknowledges_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX acknowledges_3 ON public.acknowledges USING btree (clock);


--
-- Name: actions_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX actions_1 ON public.actions USING btree (eventsource, status);


--
-- Name: actions_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX actions_2 ON public.actions USING btree (name);


--
-- Name: alerts_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_1 ON public.alerts USING btree (actionid);


--
-- Name: alerts_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_2 ON public.alerts USING btree (clock);


--
-- Name: alerts_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_3 ON public.alerts USING btree (eventid);


--
-- Name: alerts_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_4 ON public.alerts USING btree (status);


--
-- Name: alerts_5; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_5 ON public.alerts USING btree (mediatypeid);


--
-- Name: alerts_6; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_6 ON public.alerts USING btree (userid);


--
-- Name: alerts_7; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_7 ON public.alerts USING btree (p_eventid);


--
-- Name: alerts_8; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX alerts_8 ON public.alerts USING btree (acknowledgeid);


--
-- Name: auditlog_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX auditlog_1 ON public.auditlog USING btree (userid, clock);


--
-- Name: auditlog_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX auditlog_2 ON public.auditlog USING btree (clock);


--
-- Name: auditlog_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX auditlog_3 ON public.auditlog USING btree (resourcetype, resourceid);


--
-- Name: autoreg_host_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX autoreg_host_1 ON public.autoreg_host USING btree (host);


--
-- Name: autoreg_host_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX autoreg_host_2 ON public.autoreg_host USING btree (proxy_hostid);


--
-- Name: conditions_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX conditions_1 ON public.conditions USING btree (actionid);


--
-- Name: config_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX config_1 ON public.config USING btree (alert_usrgrpid);


--
-- Name: config_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX config_2 ON public.config USING btree (discovery_groupid);


--
-- Name: config_autoreg_tls_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX config_autoreg_tls_1 ON public.config_autoreg_tls USING btree (tls_psk_identity);


--
-- Name: corr_condition_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX corr_condition_1 ON public.corr_condition USING btree (correlationid);


--
-- Name: corr_condition_group_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX corr_condition_group_1 ON public.corr_condition_group USING btree (groupid);


--
-- Name: corr_operation_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX corr_operation_1 ON public.corr_operation USING btree (correlationid);


--
-- Name: correlation_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX correlation_1 ON public.correlation USING btree (status);


--
-- Name: correlation_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX correlation_2 ON public.correlation USING btree (name);


--
-- Name: dashboard_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dashboard_1 ON public.dashboard USING btree (userid);


--
-- Name: dashboard_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dashboard_2 ON public.dashboard USING btree (templateid);


--
-- Name: dashboard_page_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dashboard_page_1 ON public.dashboard_page USING btree (dashboardid);


--
-- Name: dashboard_user_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX dashboard_user_1 ON public.dashboard_user USING btree (dashboardid, userid);


--
-- Name: dashboard_usrgrp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX dashboard_usrgrp_1 ON public.dashboard_usrgrp USING btree (dashboardid, usrgrpid);


--
-- Name: dchecks_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dchecks_1 ON public.dchecks USING btree (druleid, host_source, name_source);


--
-- Name: dhosts_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dhosts_1 ON public.dhosts USING btree (druleid);


--
-- Name: drules_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX drules_1 ON public.drules USING btree (proxy_hostid);


--
-- Name: drules_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX drules_2 ON public.drules USING btree (name);


--
-- Name: dservices_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX dservices_1 ON public.dservices USING btree (dcheckid, ip, port);


--
-- Name: dservices_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX dservices_2 ON public.dservices USING btree (dhostid);


--
-- Name: escalations_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX escalations_1 ON public.escalations USING btree (triggerid, itemid, serviceid, escalationid);


--
-- Name: escalations_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX escalations_2 ON public.escalations USING btree (eventid);


--
-- Name: escalations_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX escalations_3 ON public.escalations USING btree (nextcheck);


--
-- Name: event_recovery_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX event_recovery_1 ON public.event_recovery USING btree (r_eventid);


--
-- Name: event_recovery_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX event_recovery_2 ON public.event_recovery USING btree (c_eventid);


--
-- Name: event_suppress_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX event_suppress_1 ON public.event_suppress USING btree (eventid, maintenanceid);


--
-- Name: event_suppress_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX event_suppress_2 ON public.event_suppress USING btree (suppress_until);


--
-- Name: event_suppress_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX event_suppress_3 ON public.event_suppress USING btree (maintenanceid);


--
-- Name: event_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX event_tag_1 ON public.event_tag USING btree (eventid);


--
-- Name: events_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_1 ON public.events USING btree (source, object, objectid, clock);


--
-- Name: events_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX events_2 ON public.events USING btree (source, object, clock);


--
-- Name: expressions_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX expressions_1 ON public.expressions USING btree (regexpid);


--
-- Name: functions_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX functions_1 ON public.functions USING btree (triggerid);


--
-- Name: functions_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX functions_2 ON public.functions USING btree (itemid, name, parameter);


--
-- Name: globalmacro_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX globalmacro_1 ON public.globalmacro USING btree (macro);


--
-- Name: graph_discovery_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graph_discovery_1 ON public.graph_discovery USING btree (parent_graphid);


--
-- Name: graph_theme_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX graph_theme_1 ON public.graph_theme USING btree (theme);


--
-- Name: graphs_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graphs_1 ON public.graphs USING btree (name);


--
-- Name: graphs_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graphs_2 ON public.graphs USING btree (templateid);


--
-- Name: graphs_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graphs_3 ON public.graphs USING btree (ymin_itemid);


--
-- Name: graphs_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graphs_4 ON public.graphs USING btree (ymax_itemid);


--
-- Name: graphs_items_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graphs_items_1 ON public.graphs_items USING btree (itemid);


--
-- Name: graphs_items_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX graphs_items_2 ON public.graphs_items USING btree (graphid);


--
-- Name: group_prototype_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX group_prototype_1 ON public.group_prototype USING btree (hostid);


--
-- Name: ha_node_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ha_node_1 ON public.ha_node USING btree (name);


--
-- Name: ha_node_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX ha_node_2 ON public.ha_node USING btree (status, lastaccess);


--
-- Name: host_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX host_tag_1 ON public.host_tag USING btree (hostid);


--
-- Name: hostmacro_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX hostmacro_1 ON public.hostmacro USING btree (hostid, macro);


--
-- Name: hosts_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_1 ON public.hosts USING btree (host);


--
-- Name: hosts_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_2 ON public.hosts USING btree (status);


--
-- Name: hosts_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_3 ON public.hosts USING btree (proxy_hostid);


--
-- Name: hosts_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_4 ON public.hosts USING btree (name);


--
-- Name: hosts_5; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_5 ON public.hosts USING btree (maintenanceid);


--
-- Name: hosts_6; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_6 ON public.hosts USING btree (name_upper);


--
-- Name: hosts_groups_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX hosts_groups_1 ON public.hosts_groups USING btree (hostid, groupid);


--
-- Name: hosts_groups_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_groups_2 ON public.hosts_groups USING btree (groupid);


--
-- Name: hosts_templates_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX hosts_templates_1 ON public.hosts_templates USING btree (hostid, templateid);


--
-- Name: hosts_templates_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hosts_templates_2 ON public.hosts_templates USING btree (templateid);


--
-- Name: hstgrp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX hstgrp_1 ON public.hstgrp USING btree (name);


--
-- Name: httpstep_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httpstep_1 ON public.httpstep USING btree (httptestid);


--
-- Name: httpstep_field_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httpstep_field_1 ON public.httpstep_field USING btree (httpstepid);


--
-- Name: httpstepitem_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX httpstepitem_1 ON public.httpstepitem USING btree (httpstepid, itemid);


--
-- Name: httpstepitem_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httpstepitem_2 ON public.httpstepitem USING btree (itemid);


--
-- Name: httptest_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX httptest_2 ON public.httptest USING btree (hostid, name);


--
-- Name: httptest_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httptest_3 ON public.httptest USING btree (status);


--
-- Name: httptest_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httptest_4 ON public.httptest USING btree (templateid);


--
-- Name: httptest_field_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httptest_field_1 ON public.httptest_field USING btree (httptestid);


--
-- Name: httptest_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httptest_tag_1 ON public.httptest_tag USING btree (httptestid);


--
-- Name: httptestitem_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX httptestitem_1 ON public.httptestitem USING btree (httptestid, itemid);


--
-- Name: httptestitem_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX httptestitem_2 ON public.httptestitem USING btree (itemid);


--
-- Name: icon_map_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX icon_map_1 ON public.icon_map USING btree (name);


--
-- Name: icon_map_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX icon_map_2 ON public.icon_map USING btree (default_iconid);


--
-- Name: icon_mapping_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX icon_mapping_1 ON public.icon_mapping USING btree (iconmapid);


--
-- Name: icon_mapping_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX icon_mapping_2 ON public.icon_mapping USING btree (iconid);


--
-- Name: images_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX images_1 ON public.images USING btree (name);


--
-- Name: interface_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX interface_1 ON public.interface USING btree (hostid, type);


--
-- Name: interface_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX interface_2 ON public.interface USING btree (ip, dns);


--
-- Name: interface_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX interface_3 ON public.interface USING btree (available);


--
-- Name: item_condition_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX item_condition_1 ON public.item_condition USING btree (itemid);


--
-- Name: item_discovery_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX item_discovery_1 ON public.item_discovery USING btree (itemid, parent_itemid);


--
-- Name: item_discovery_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX item_discovery_2 ON public.item_discovery USING btree (parent_itemid);


--
-- Name: item_parameter_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX item_parameter_1 ON public.item_parameter USING btree (itemid);


--
-- Name: item_preproc_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX item_preproc_1 ON public.item_preproc USING btree (itemid, step);


--
-- Name: item_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX item_tag_1 ON public.item_tag USING btree (itemid);


--
-- Name: items_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_1 ON public.items USING btree (hostid, key_);


--
-- Name: items_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_3 ON public.items USING btree (status);


--
-- Name: items_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_4 ON public.items USING btree (templateid);


--
-- Name: items_5; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_5 ON public.items USING btree (valuemapid);


--
-- Name: items_6; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_6 ON public.items USING btree (interfaceid);


--
-- Name: items_7; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_7 ON public.items USING btree (master_itemid);


--
-- Name: items_8; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_8 ON public.items USING btree (key_);


--
-- Name: items_9; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX items_9 ON public.items USING btree (hostid, name_upper);


--
-- Name: lld_macro_path_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX lld_macro_path_1 ON public.lld_macro_path USING btree (itemid, lld_macro);


--
-- Name: lld_override_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX lld_override_1 ON public.lld_override USING btree (itemid, name);


--
-- Name: lld_override_condition_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX lld_override_condition_1 ON public.lld_override_condition USING btree (lld_overrideid);


--
-- Name: lld_override_operation_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX lld_override_operation_1 ON public.lld_override_operation USING btree (lld_overrideid);


--
-- Name: lld_override_optag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX lld_override_optag_1 ON public.lld_override_optag USING btree (lld_override_operationid);


--
-- Name: lld_override_optemplate_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX lld_override_optemplate_1 ON public.lld_override_optemplate USING btree (lld_override_operationid, templateid);


--
-- Name: lld_override_optemplate_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX lld_override_optemplate_2 ON public.lld_override_optemplate USING btree (templateid);


--
-- Name: maintenance_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX maintenance_tag_1 ON public.maintenance_tag USING btree (maintenanceid);


--
-- Name: maintenances_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX maintenances_1 ON public.maintenances USING btree (active_since, active_till);


--
-- Name: maintenances_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX maintenances_2 ON public.maintenances USING btree (name);


--
-- Name: maintenances_groups_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX maintenances_groups_1 ON public.maintenances_groups USING btree (maintenanceid, groupid);


--
-- Name: maintenances_groups_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX maintenances_groups_2 ON public.maintenances_groups USING btree (groupid);


--
-- Name: maintenances_hosts_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX maintenances_hosts_1 ON public.maintenances_hosts USING btree (maintenanceid, hostid);


--
-- Name: maintenances_hosts_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX maintenances_hosts_2 ON public.maintenances_hosts USING btree (hostid);


--
-- Name: maintenances_windows_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX maintenances_windows_1 ON public.maintenances_windows USING btree (maintenanceid, timeperiodid);


--
-- Name: maintenances_windows_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX maintenances_windows_2 ON public.maintenances_windows USING btree (timeperiodid);


--
-- Name: media_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX media_1 ON public.media USING btree (userid);


--
-- Name: media_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX media_2 ON public.media USING btree (mediatypeid);


--
-- Name: media_type_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX media_type_1 ON public.media_type USING btree (name);


--
-- Name: media_type_message_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX media_type_message_1 ON public.media_type_message USING btree (mediatypeid, eventsource, recovery);


--
-- Name: media_type_param_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX media_type_param_1 ON public.media_type_param USING btree (mediatypeid);


--
-- Name: opcommand_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opcommand_1 ON public.opcommand USING btree (scriptid);


--
-- Name: opcommand_grp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opcommand_grp_1 ON public.opcommand_grp USING btree (operationid);


--
-- Name: opcommand_grp_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opcommand_grp_2 ON public.opcommand_grp USING btree (groupid);


--
-- Name: opcommand_hst_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opcommand_hst_1 ON public.opcommand_hst USING btree (operationid);


--
-- Name: opcommand_hst_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opcommand_hst_2 ON public.opcommand_hst USING btree (hostid);


--
-- Name: opconditions_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opconditions_1 ON public.opconditions USING btree (operationid);


--
-- Name: operations_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX operations_1 ON public.operations USING btree (actionid);


--
-- Name: opgroup_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX opgroup_1 ON public.opgroup USING btree (operationid, groupid);


--
-- Name: opgroup_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opgroup_2 ON public.opgroup USING btree (groupid);


--
-- Name: opmessage_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opmessage_1 ON public.opmessage USING btree (mediatypeid);


--
-- Name: opmessage_grp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX opmessage_grp_1 ON public.opmessage_grp USING btree (operationid, usrgrpid);


--
-- Name: opmessage_grp_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opmessage_grp_2 ON public.opmessage_grp USING btree (usrgrpid);


--
-- Name: opmessage_usr_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX opmessage_usr_1 ON public.opmessage_usr USING btree (operationid, userid);


--
-- Name: opmessage_usr_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX opmessage_usr_2 ON public.opmessage_usr USING btree (userid);


--
-- Name: optemplate_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX optemplate_1 ON public.optemplate USING btree (operationid, templateid);


--
-- Name: optemplate_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX optemplate_2 ON public.optemplate USING btree (templateid);


--
-- Name: problem_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX problem_1 ON public.problem USING btree (source, object, objectid);


--
-- Name: problem_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX problem_2 ON public.problem USING btree (r_clock);


--
-- Name: problem_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX problem_3 ON public.problem USING btree (r_eventid);


--
-- Name: problem_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX problem_tag_1 ON public.problem_tag USING btree (eventid, tag, value);


--
-- Name: profiles_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX profiles_1 ON public.profiles USING btree (userid, idx, idx2);


--
-- Name: profiles_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX profiles_2 ON public.profiles USING btree (userid, profileid);


--
-- Name: proxy_autoreg_host_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX proxy_autoreg_host_1 ON public.proxy_autoreg_host USING btree (clock);


--
-- Name: proxy_dhistory_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX proxy_dhistory_1 ON public.proxy_dhistory USING btree (clock);


--
-- Name: proxy_dhistory_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX proxy_dhistory_2 ON public.proxy_dhistory USING btree (druleid);


--
-- Name: proxy_history_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX proxy_history_1 ON public.proxy_history USING btree (clock);


--
-- Name: regexps_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX regexps_1 ON public.regexps USING btree (name);


--
-- Name: report_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX report_1 ON public.report USING btree (name);


--
-- Name: report_param_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX report_param_1 ON public.report_param USING btree (reportid);


--
-- Name: report_user_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX report_user_1 ON public.report_user USING btree (reportid);


--
-- Name: report_usrgrp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX report_usrgrp_1 ON public.report_usrgrp USING btree (reportid);


--
-- Name: rights_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rights_1 ON public.rights USING btree (groupid);


--
-- Name: rights_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX rights_2 ON public.rights USING btree (id);


--
-- Name: role_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX role_1 ON public.role USING btree (name);


--
-- Name: role_rule_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX role_rule_1 ON public.role_rule USING btree (roleid);


--
-- Name: role_rule_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX role_rule_2 ON public.role_rule USING btree (value_moduleid);


--
-- Name: role_rule_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX role_rule_3 ON public.role_rule USING btree (value_serviceid);


--
-- Name: script_param_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX script_param_1 ON public.script_param USING btree (scriptid, name);


--
-- Name: scripts_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scripts_1 ON public.scripts USING btree (usrgrpid);


--
-- Name: scripts_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX scripts_2 ON public.scripts USING btree (groupid);


--
-- Name: scripts_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX scripts_3 ON public.scripts USING btree (name);


--
-- Name: service_alarms_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_alarms_1 ON public.service_alarms USING btree (serviceid, clock);


--
-- Name: service_alarms_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_alarms_2 ON public.service_alarms USING btree (clock);


--
-- Name: service_problem_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_problem_1 ON public.service_problem USING btree (eventid);


--
-- Name: service_problem_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_problem_2 ON public.service_problem USING btree (serviceid);


--
-- Name: service_problem_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_problem_tag_1 ON public.service_problem_tag USING btree (serviceid);


--
-- Name: service_status_rule_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_status_rule_1 ON public.service_status_rule USING btree (serviceid);


--
-- Name: service_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX service_tag_1 ON public.service_tag USING btree (serviceid);


--
-- Name: services_links_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX services_links_1 ON public.services_links USING btree (servicedownid);


--
-- Name: services_links_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX services_links_2 ON public.services_links USING btree (serviceupid, servicedownid);


--
-- Name: sessions_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sessions_1 ON public.sessions USING btree (userid, status, lastaccess);


--
-- Name: sla_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sla_1 ON public.sla USING btree (name);


--
-- Name: sla_excluded_downtime_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sla_excluded_downtime_1 ON public.sla_excluded_downtime USING btree (slaid);


--
-- Name: sla_schedule_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sla_schedule_1 ON public.sla_schedule USING btree (slaid);


--
-- Name: sla_service_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sla_service_tag_1 ON public.sla_service_tag USING btree (slaid);


--
-- Name: sysmap_element_trigger_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmap_element_trigger_1 ON public.sysmap_element_trigger USING btree (selementid, triggerid);


--
-- Name: sysmap_element_url_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmap_element_url_1 ON public.sysmap_element_url USING btree (selementid, name);


--
-- Name: sysmap_shape_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmap_shape_1 ON public.sysmap_shape USING btree (sysmapid);


--
-- Name: sysmap_url_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmap_url_1 ON public.sysmap_url USING btree (sysmapid, name);


--
-- Name: sysmap_user_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmap_user_1 ON public.sysmap_user USING btree (sysmapid, userid);


--
-- Name: sysmap_usrgrp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmap_usrgrp_1 ON public.sysmap_usrgrp USING btree (sysmapid, usrgrpid);


--
-- Name: sysmaps_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmaps_1 ON public.sysmaps USING btree (name);


--
-- Name: sysmaps_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_2 ON public.sysmaps USING btree (backgroundid);


--
-- Name: sysmaps_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_3 ON public.sysmaps USING btree (iconmapid);


--
-- Name: sysmaps_element_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_element_tag_1 ON public.sysmaps_element_tag USING btree (selementid);


--
-- Name: sysmaps_elements_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_elements_1 ON public.sysmaps_elements USING btree (sysmapid);


--
-- Name: sysmaps_elements_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_elements_2 ON public.sysmaps_elements USING btree (iconid_off);


--
-- Name: sysmaps_elements_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_elements_3 ON public.sysmaps_elements USING btree (iconid_on);


--
-- Name: sysmaps_elements_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_elements_4 ON public.sysmaps_elements USING btree (iconid_disabled);


--
-- Name: sysmaps_elements_5; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_elements_5 ON public.sysmaps_elements USING btree (iconid_maintenance);


--
-- Name: sysmaps_link_triggers_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX sysmaps_link_triggers_1 ON public.sysmaps_link_triggers USING btree (linkid, triggerid);


--
-- Name: sysmaps_link_triggers_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_link_triggers_2 ON public.sysmaps_link_triggers USING btree (triggerid);


--
-- Name: sysmaps_links_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_links_1 ON public.sysmaps_links USING btree (sysmapid);


--
-- Name: sysmaps_links_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_links_2 ON public.sysmaps_links USING btree (selementid1);


--
-- Name: sysmaps_links_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sysmaps_links_3 ON public.sysmaps_links USING btree (selementid2);


--
-- Name: task_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX task_1 ON public.task USING btree (status, proxy_hostid);


--
-- Name: task_result_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX task_result_1 ON public.task_result USING btree (parent_taskid);


--
-- Name: token_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX token_1 ON public.token USING btree (name);


--
-- Name: token_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX token_2 ON public.token USING btree (userid, name);


--
-- Name: token_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX token_3 ON public.token USING btree (token);


--
-- Name: token_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX token_4 ON public.token USING btree (creator_userid);


--
-- Name: trigger_depends_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX trigger_depends_1 ON public.trigger_depends USING btree (triggerid_down, triggerid_up);


--
-- Name: trigger_depends_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX trigger_depends_2 ON public.trigger_depends USING btree (triggerid_up);


--
-- Name: trigger_discovery_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX trigger_discovery_1 ON public.trigger_discovery USING btree (parent_triggerid);


--
-- Name: trigger_tag_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX trigger_tag_1 ON public.trigger_tag USING btree (triggerid);


--
-- Name: triggers_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX triggers_1 ON public.triggers USING btree (status);


--
-- Name: triggers_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX triggers_2 ON public.triggers USING btree (value, lastchange);


--
-- Name: triggers_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX triggers_3 ON public.triggers USING btree (templateid);


--
-- Name: users_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX users_1 ON public.users USING btree (username);


--
-- Name: users_groups_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX users_groups_1 ON public.users_groups USING btree (usrgrpid, userid);


--
-- Name: users_groups_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX users_groups_2 ON public.users_groups USING btree (userid);


--
-- Name: usrgrp_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX usrgrp_1 ON public.usrgrp USING btree (name);


--
-- Name: valuemap_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX valuemap_1 ON public.valuemap USING btree (hostid, name);


--
-- Name: valuemap_mapping_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX valuemap_mapping_1 ON public.valuemap_mapping USING btree (valuemapid, value, type);


--
-- Name: widget_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_1 ON public.widget USING btree (dashboard_pageid);


--
-- Name: widget_field_1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_1 ON public.widget_field USING btree (widgetid);


--
-- Name: widget_field_2; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_2 ON public.widget_field USING btree (value_groupid);


--
-- Name: widget_field_3; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_3 ON public.widget_field USING btree (value_hostid);


--
-- Name: widget_field_4; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_4 ON public.widget_field USING btree (value_itemid);


--
-- Name: widget_field_5; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_5 ON public.widget_field USING btree (value_graphid);


--
-- Name: widget_field_6; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_6 ON public.widget_field USING btree (value_sysmapid);


--
-- Name: widget_field_7; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_7 ON public.widget_field USING btree (value_serviceid);


--
-- Name: widget_field_8; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX widget_field_8 ON public.widget_field USING btree (value_slaid);


--
-- Name: hosts hosts_name_upper_insert; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER hosts_name_upper_insert AFTER INSERT ON public.hosts FOR EACH ROW EXECUTE FUNCTION public.hosts_name_upper_upper();


--
-- Name: hosts hosts_name_upper_update; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER hosts_name_upper_update AFTER UPDATE OF name ON public.hosts FOR EACH ROW EXECUTE FUNCTION public.hosts_name_upper_upper();


--
-- Name: items items_name_upper_insert; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER items_name_upper_insert AFTER INSERT ON public.items FOR EACH ROW EXECUTE FUNCTION public.items_name_upper_upper();


--
-- Name: items items_name_upper_update; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER items_name_upper_update AFTER UPDATE OF name ON public.items FOR EACH ROW EXECUTE FUNCTION public.items_name_upper_upper();


--
-- Name: acknowledges c_acknowledges_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acknowledges
    ADD CONSTRAINT c_acknowledges_1 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: acknowledges c_acknowledges_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acknowledges
    ADD CONSTRAINT c_acknowledges_2 FOREIGN KEY (eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: alerts c_alerts_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT c_alerts_1 FOREIGN KEY (actionid) REFERENCES public.actions(actionid) ON DELETE CASCADE;


--
-- Name: alerts c_alerts_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT c_alerts_2 FOREIGN KEY (eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: alerts c_alerts_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT c_alerts_3 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: alerts c_alerts_4; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT c_alerts_4 FOREIGN KEY (mediatypeid) REFERENCES public.media_type(mediatypeid) ON DELETE CASCADE;


--
-- Name: alerts c_alerts_5; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT c_alerts_5 FOREIGN KEY (p_eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: alerts c_alerts_6; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.alerts
    ADD CONSTRAINT c_alerts_6 FOREIGN KEY (acknowledgeid) REFERENCES public.acknowledges(acknowledgeid) ON DELETE CASCADE;


--
-- Name: autoreg_host c_autoreg_host_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.autoreg_host
    ADD CONSTRAINT c_autoreg_host_1 FOREIGN KEY (proxy_hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: conditions c_conditions_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.conditions
    ADD CONSTRAINT c_conditions_1 FOREIGN KEY (actionid) REFERENCES public.actions(actionid) ON DELETE CASCADE;


--
-- Name: config c_config_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.config
    ADD CONSTRAINT c_config_1 FOREIGN KEY (alert_usrgrpid) REFERENCES public.usrgrp(usrgrpid);


--
-- Name: config c_config_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.config
    ADD CONSTRAINT c_config_2 FOREIGN KEY (discovery_groupid) REFERENCES public.hstgrp(groupid);


--
-- Name: corr_condition c_corr_condition_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition
    ADD CONSTRAINT c_corr_condition_1 FOREIGN KEY (correlationid) REFERENCES public.correlation(correlationid) ON DELETE CASCADE;


--
-- Name: corr_condition_group c_corr_condition_group_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_group
    ADD CONSTRAINT c_corr_condition_group_1 FOREIGN KEY (corr_conditionid) REFERENCES public.corr_condition(corr_conditionid) ON DELETE CASCADE;


--
-- Name: corr_condition_group c_corr_condition_group_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_group
    ADD CONSTRAINT c_corr_condition_group_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid);


--
-- Name: corr_condition_tag c_corr_condition_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_tag
    ADD CONSTRAINT c_corr_condition_tag_1 FOREIGN KEY (corr_conditionid) REFERENCES public.corr_condition(corr_conditionid) ON DELETE CASCADE;


--
-- Name: corr_condition_tagpair c_corr_condition_tagpair_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_tagpair
    ADD CONSTRAINT c_corr_condition_tagpair_1 FOREIGN KEY (corr_conditionid) REFERENCES public.corr_condition(corr_conditionid) ON DELETE CASCADE;


--
-- Name: corr_condition_tagvalue c_corr_condition_tagvalue_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_condition_tagvalue
    ADD CONSTRAINT c_corr_condition_tagvalue_1 FOREIGN KEY (corr_conditionid) REFERENCES public.corr_condition(corr_conditionid) ON DELETE CASCADE;


--
-- Name: corr_operation c_corr_operation_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.corr_operation
    ADD CONSTRAINT c_corr_operation_1 FOREIGN KEY (correlationid) REFERENCES public.correlation(correlationid) ON DELETE CASCADE;


--
-- Name: dashboard c_dashboard_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard
    ADD CONSTRAINT c_dashboard_1 FOREIGN KEY (userid) REFERENCES public.users(userid);


--
-- Name: dashboard c_dashboard_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard
    ADD CONSTRAINT c_dashboard_2 FOREIGN KEY (templateid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: dashboard_page c_dashboard_page_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_page
    ADD CONSTRAINT c_dashboard_page_1 FOREIGN KEY (dashboardid) REFERENCES public.dashboard(dashboardid) ON DELETE CASCADE;


--
-- Name: dashboard_user c_dashboard_user_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_user
    ADD CONSTRAINT c_dashboard_user_1 FOREIGN KEY (dashboardid) REFERENCES public.dashboard(dashboardid) ON DELETE CASCADE;


--
-- Name: dashboard_user c_dashboard_user_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_user
    ADD CONSTRAINT c_dashboard_user_2 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: dashboard_usrgrp c_dashboard_usrgrp_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_usrgrp
    ADD CONSTRAINT c_dashboard_usrgrp_1 FOREIGN KEY (dashboardid) REFERENCES public.dashboard(dashboardid) ON DELETE CASCADE;


--
-- Name: dashboard_usrgrp c_dashboard_usrgrp_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dashboard_usrgrp
    ADD CONSTRAINT c_dashboard_usrgrp_2 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid) ON DELETE CASCADE;


--
-- Name: dchecks c_dchecks_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dchecks
    ADD CONSTRAINT c_dchecks_1 FOREIGN KEY (druleid) REFERENCES public.drules(druleid) ON DELETE CASCADE;


--
-- Name: dhosts c_dhosts_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dhosts
    ADD CONSTRAINT c_dhosts_1 FOREIGN KEY (druleid) REFERENCES public.drules(druleid) ON DELETE CASCADE;


--
-- Name: drules c_drules_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.drules
    ADD CONSTRAINT c_drules_1 FOREIGN KEY (proxy_hostid) REFERENCES public.hosts(hostid);


--
-- Name: dservices c_dservices_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dservices
    ADD CONSTRAINT c_dservices_1 FOREIGN KEY (dhostid) REFERENCES public.dhosts(dhostid) ON DELETE CASCADE;


--
-- Name: dservices c_dservices_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.dservices
    ADD CONSTRAINT c_dservices_2 FOREIGN KEY (dcheckid) REFERENCES public.dchecks(dcheckid) ON DELETE CASCADE;


--
-- Name: event_recovery c_event_recovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_recovery
    ADD CONSTRAINT c_event_recovery_1 FOREIGN KEY (eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: event_recovery c_event_recovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_recovery
    ADD CONSTRAINT c_event_recovery_2 FOREIGN KEY (r_eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: event_recovery c_event_recovery_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_recovery
    ADD CONSTRAINT c_event_recovery_3 FOREIGN KEY (c_eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: event_suppress c_event_suppress_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_suppress
    ADD CONSTRAINT c_event_suppress_1 FOREIGN KEY (eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: event_suppress c_event_suppress_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_suppress
    ADD CONSTRAINT c_event_suppress_2 FOREIGN KEY (maintenanceid) REFERENCES public.maintenances(maintenanceid) ON DELETE CASCADE;


--
-- Name: event_tag c_event_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_tag
    ADD CONSTRAINT c_event_tag_1 FOREIGN KEY (eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: expressions c_expressions_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.expressions
    ADD CONSTRAINT c_expressions_1 FOREIGN KEY (regexpid) REFERENCES public.regexps(regexpid) ON DELETE CASCADE;


--
-- Name: functions c_functions_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT c_functions_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: functions c_functions_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.functions
    ADD CONSTRAINT c_functions_2 FOREIGN KEY (triggerid) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: graph_discovery c_graph_discovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graph_discovery
    ADD CONSTRAINT c_graph_discovery_1 FOREIGN KEY (graphid) REFERENCES public.graphs(graphid) ON DELETE CASCADE;


--
-- Name: graph_discovery c_graph_discovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graph_discovery
    ADD CONSTRAINT c_graph_discovery_2 FOREIGN KEY (parent_graphid) REFERENCES public.graphs(graphid);


--
-- Name: graphs c_graphs_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs
    ADD CONSTRAINT c_graphs_1 FOREIGN KEY (templateid) REFERENCES public.graphs(graphid) ON DELETE CASCADE;


--
-- Name: graphs c_graphs_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs
    ADD CONSTRAINT c_graphs_2 FOREIGN KEY (ymin_itemid) REFERENCES public.items(itemid);


--
-- Name: graphs c_graphs_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs
    ADD CONSTRAINT c_graphs_3 FOREIGN KEY (ymax_itemid) REFERENCES public.items(itemid);


--
-- Name: graphs_items c_graphs_items_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs_items
    ADD CONSTRAINT c_graphs_items_1 FOREIGN KEY (graphid) REFERENCES public.graphs(graphid) ON DELETE CASCADE;


--
-- Name: graphs_items c_graphs_items_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.graphs_items
    ADD CONSTRAINT c_graphs_items_2 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: group_discovery c_group_discovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_discovery
    ADD CONSTRAINT c_group_discovery_1 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid) ON DELETE CASCADE;


--
-- Name: group_discovery c_group_discovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_discovery
    ADD CONSTRAINT c_group_discovery_2 FOREIGN KEY (parent_group_prototypeid) REFERENCES public.group_prototype(group_prototypeid);


--
-- Name: group_prototype c_group_prototype_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_prototype
    ADD CONSTRAINT c_group_prototype_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: group_prototype c_group_prototype_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_prototype
    ADD CONSTRAINT c_group_prototype_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid);


--
-- Name: group_prototype c_group_prototype_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.group_prototype
    ADD CONSTRAINT c_group_prototype_3 FOREIGN KEY (templateid) REFERENCES public.group_prototype(group_prototypeid) ON DELETE CASCADE;


--
-- Name: host_discovery c_host_discovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_discovery
    ADD CONSTRAINT c_host_discovery_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: host_discovery c_host_discovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_discovery
    ADD CONSTRAINT c_host_discovery_2 FOREIGN KEY (parent_hostid) REFERENCES public.hosts(hostid);


--
-- Name: host_discovery c_host_discovery_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_discovery
    ADD CONSTRAINT c_host_discovery_3 FOREIGN KEY (parent_itemid) REFERENCES public.items(itemid);


--
-- Name: host_inventory c_host_inventory_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_inventory
    ADD CONSTRAINT c_host_inventory_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: host_tag c_host_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.host_tag
    ADD CONSTRAINT c_host_tag_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: hostmacro c_hostmacro_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hostmacro
    ADD CONSTRAINT c_hostmacro_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: hosts c_hosts_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT c_hosts_1 FOREIGN KEY (proxy_hostid) REFERENCES public.hosts(hostid);


--
-- Name: hosts c_hosts_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT c_hosts_2 FOREIGN KEY (maintenanceid) REFERENCES public.maintenances(maintenanceid);


--
-- Name: hosts c_hosts_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT c_hosts_3 FOREIGN KEY (templateid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: hosts_groups c_hosts_groups_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts_groups
    ADD CONSTRAINT c_hosts_groups_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: hosts_groups c_hosts_groups_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts_groups
    ADD CONSTRAINT c_hosts_groups_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid) ON DELETE CASCADE;


--
-- Name: hosts_templates c_hosts_templates_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts_templates
    ADD CONSTRAINT c_hosts_templates_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: hosts_templates c_hosts_templates_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.hosts_templates
    ADD CONSTRAINT c_hosts_templates_2 FOREIGN KEY (templateid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: httpstep c_httpstep_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstep
    ADD CONSTRAINT c_httpstep_1 FOREIGN KEY (httptestid) REFERENCES public.httptest(httptestid) ON DELETE CASCADE;


--
-- Name: httpstep_field c_httpstep_field_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstep_field
    ADD CONSTRAINT c_httpstep_field_1 FOREIGN KEY (httpstepid) REFERENCES public.httpstep(httpstepid) ON DELETE CASCADE;


--
-- Name: httpstepitem c_httpstepitem_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstepitem
    ADD CONSTRAINT c_httpstepitem_1 FOREIGN KEY (httpstepid) REFERENCES public.httpstep(httpstepid) ON DELETE CASCADE;


--
-- Name: httpstepitem c_httpstepitem_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httpstepitem
    ADD CONSTRAINT c_httpstepitem_2 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: httptest c_httptest_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest
    ADD CONSTRAINT c_httptest_2 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: httptest c_httptest_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest
    ADD CONSTRAINT c_httptest_3 FOREIGN KEY (templateid) REFERENCES public.httptest(httptestid) ON DELETE CASCADE;


--
-- Name: httptest_field c_httptest_field_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest_field
    ADD CONSTRAINT c_httptest_field_1 FOREIGN KEY (httptestid) REFERENCES public.httptest(httptestid) ON DELETE CASCADE;


--
-- Name: httptest_tag c_httptest_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptest_tag
    ADD CONSTRAINT c_httptest_tag_1 FOREIGN KEY (httptestid) REFERENCES public.httptest(httptestid) ON DELETE CASCADE;


--
-- Name: httptestitem c_httptestitem_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptestitem
    ADD CONSTRAINT c_httptestitem_1 FOREIGN KEY (httptestid) REFERENCES public.httptest(httptestid) ON DELETE CASCADE;


--
-- Name: httptestitem c_httptestitem_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.httptestitem
    ADD CONSTRAINT c_httptestitem_2 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: icon_map c_icon_map_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icon_map
    ADD CONSTRAINT c_icon_map_1 FOREIGN KEY (default_iconid) REFERENCES public.images(imageid);


--
-- Name: icon_mapping c_icon_mapping_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icon_mapping
    ADD CONSTRAINT c_icon_mapping_1 FOREIGN KEY (iconmapid) REFERENCES public.icon_map(iconmapid) ON DELETE CASCADE;


--
-- Name: icon_mapping c_icon_mapping_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.icon_mapping
    ADD CONSTRAINT c_icon_mapping_2 FOREIGN KEY (iconid) REFERENCES public.images(imageid);


--
-- Name: interface c_interface_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface
    ADD CONSTRAINT c_interface_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: interface_discovery c_interface_discovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface_discovery
    ADD CONSTRAINT c_interface_discovery_1 FOREIGN KEY (interfaceid) REFERENCES public.interface(interfaceid) ON DELETE CASCADE;


--
-- Name: interface_discovery c_interface_discovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface_discovery
    ADD CONSTRAINT c_interface_discovery_2 FOREIGN KEY (parent_interfaceid) REFERENCES public.interface(interfaceid) ON DELETE CASCADE;


--
-- Name: interface_snmp c_interface_snmp_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.interface_snmp
    ADD CONSTRAINT c_interface_snmp_1 FOREIGN KEY (interfaceid) REFERENCES public.interface(interfaceid) ON DELETE CASCADE;


--
-- Name: item_condition c_item_condition_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_condition
    ADD CONSTRAINT c_item_condition_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: item_discovery c_item_discovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_discovery
    ADD CONSTRAINT c_item_discovery_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: item_discovery c_item_discovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_discovery
    ADD CONSTRAINT c_item_discovery_2 FOREIGN KEY (parent_itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: item_parameter c_item_parameter_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_parameter
    ADD CONSTRAINT c_item_parameter_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: item_preproc c_item_preproc_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_preproc
    ADD CONSTRAINT c_item_preproc_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: item_rtdata c_item_rtdata_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_rtdata
    ADD CONSTRAINT c_item_rtdata_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: item_tag c_item_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.item_tag
    ADD CONSTRAINT c_item_tag_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: items c_items_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT c_items_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: items c_items_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT c_items_2 FOREIGN KEY (templateid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: items c_items_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT c_items_3 FOREIGN KEY (valuemapid) REFERENCES public.valuemap(valuemapid);


--
-- Name: items c_items_4; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT c_items_4 FOREIGN KEY (interfaceid) REFERENCES public.interface(interfaceid);


--
-- Name: items c_items_5; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.items
    ADD CONSTRAINT c_items_5 FOREIGN KEY (master_itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: lld_macro_path c_lld_macro_path_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_macro_path
    ADD CONSTRAINT c_lld_macro_path_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: lld_override c_lld_override_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override
    ADD CONSTRAINT c_lld_override_1 FOREIGN KEY (itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: lld_override_condition c_lld_override_condition_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_condition
    ADD CONSTRAINT c_lld_override_condition_1 FOREIGN KEY (lld_overrideid) REFERENCES public.lld_override(lld_overrideid) ON DELETE CASCADE;


--
-- Name: lld_override_opdiscover c_lld_override_opdiscover_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opdiscover
    ADD CONSTRAINT c_lld_override_opdiscover_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_operation c_lld_override_operation_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_operation
    ADD CONSTRAINT c_lld_override_operation_1 FOREIGN KEY (lld_overrideid) REFERENCES public.lld_override(lld_overrideid) ON DELETE CASCADE;


--
-- Name: lld_override_ophistory c_lld_override_ophistory_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_ophistory
    ADD CONSTRAINT c_lld_override_ophistory_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_opinventory c_lld_override_opinventory_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opinventory
    ADD CONSTRAINT c_lld_override_opinventory_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_opperiod c_lld_override_opperiod_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opperiod
    ADD CONSTRAINT c_lld_override_opperiod_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_opseverity c_lld_override_opseverity_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opseverity
    ADD CONSTRAINT c_lld_override_opseverity_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_opstatus c_lld_override_opstatus_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_opstatus
    ADD CONSTRAINT c_lld_override_opstatus_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_optag c_lld_override_optag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optag
    ADD CONSTRAINT c_lld_override_optag_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_optemplate c_lld_override_optemplate_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optemplate
    ADD CONSTRAINT c_lld_override_optemplate_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: lld_override_optemplate c_lld_override_optemplate_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optemplate
    ADD CONSTRAINT c_lld_override_optemplate_2 FOREIGN KEY (templateid) REFERENCES public.hosts(hostid);


--
-- Name: lld_override_optrends c_lld_override_optrends_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lld_override_optrends
    ADD CONSTRAINT c_lld_override_optrends_1 FOREIGN KEY (lld_override_operationid) REFERENCES public.lld_override_operation(lld_override_operationid) ON DELETE CASCADE;


--
-- Name: maintenance_tag c_maintenance_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenance_tag
    ADD CONSTRAINT c_maintenance_tag_1 FOREIGN KEY (maintenanceid) REFERENCES public.maintenances(maintenanceid) ON DELETE CASCADE;


--
-- Name: maintenances_groups c_maintenances_groups_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_groups
    ADD CONSTRAINT c_maintenances_groups_1 FOREIGN KEY (maintenanceid) REFERENCES public.maintenances(maintenanceid) ON DELETE CASCADE;


--
-- Name: maintenances_groups c_maintenances_groups_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_groups
    ADD CONSTRAINT c_maintenances_groups_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid) ON DELETE CASCADE;


--
-- Name: maintenances_hosts c_maintenances_hosts_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_hosts
    ADD CONSTRAINT c_maintenances_hosts_1 FOREIGN KEY (maintenanceid) REFERENCES public.maintenances(maintenanceid) ON DELETE CASCADE;


--
-- Name: maintenances_hosts c_maintenances_hosts_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_hosts
    ADD CONSTRAINT c_maintenances_hosts_2 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: maintenances_windows c_maintenances_windows_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_windows
    ADD CONSTRAINT c_maintenances_windows_1 FOREIGN KEY (maintenanceid) REFERENCES public.maintenances(maintenanceid) ON DELETE CASCADE;


--
-- Name: maintenances_windows c_maintenances_windows_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.maintenances_windows
    ADD CONSTRAINT c_maintenances_windows_2 FOREIGN KEY (timeperiodid) REFERENCES public.timeperiods(timeperiodid) ON DELETE CASCADE;


--
-- Name: media c_media_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media
    ADD CONSTRAINT c_media_1 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: media c_media_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media
    ADD CONSTRAINT c_media_2 FOREIGN KEY (mediatypeid) REFERENCES public.media_type(mediatypeid) ON DELETE CASCADE;


--
-- Name: media_type_message c_media_type_message_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media_type_message
    ADD CONSTRAINT c_media_type_message_1 FOREIGN KEY (mediatypeid) REFERENCES public.media_type(mediatypeid) ON DELETE CASCADE;


--
-- Name: media_type_param c_media_type_param_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.media_type_param
    ADD CONSTRAINT c_media_type_param_1 FOREIGN KEY (mediatypeid) REFERENCES public.media_type(mediatypeid) ON DELETE CASCADE;


--
-- Name: opcommand c_opcommand_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand
    ADD CONSTRAINT c_opcommand_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opcommand c_opcommand_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand
    ADD CONSTRAINT c_opcommand_2 FOREIGN KEY (scriptid) REFERENCES public.scripts(scriptid);


--
-- Name: opcommand_grp c_opcommand_grp_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand_grp
    ADD CONSTRAINT c_opcommand_grp_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opcommand_grp c_opcommand_grp_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand_grp
    ADD CONSTRAINT c_opcommand_grp_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid);


--
-- Name: opcommand_hst c_opcommand_hst_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand_hst
    ADD CONSTRAINT c_opcommand_hst_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opcommand_hst c_opcommand_hst_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opcommand_hst
    ADD CONSTRAINT c_opcommand_hst_2 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid);


--
-- Name: opconditions c_opconditions_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opconditions
    ADD CONSTRAINT c_opconditions_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: operations c_operations_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.operations
    ADD CONSTRAINT c_operations_1 FOREIGN KEY (actionid) REFERENCES public.actions(actionid) ON DELETE CASCADE;


--
-- Name: opgroup c_opgroup_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opgroup
    ADD CONSTRAINT c_opgroup_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opgroup c_opgroup_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opgroup
    ADD CONSTRAINT c_opgroup_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid);


--
-- Name: opinventory c_opinventory_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opinventory
    ADD CONSTRAINT c_opinventory_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opmessage c_opmessage_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage
    ADD CONSTRAINT c_opmessage_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opmessage c_opmessage_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage
    ADD CONSTRAINT c_opmessage_2 FOREIGN KEY (mediatypeid) REFERENCES public.media_type(mediatypeid);


--
-- Name: opmessage_grp c_opmessage_grp_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage_grp
    ADD CONSTRAINT c_opmessage_grp_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opmessage_grp c_opmessage_grp_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage_grp
    ADD CONSTRAINT c_opmessage_grp_2 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid);


--
-- Name: opmessage_usr c_opmessage_usr_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage_usr
    ADD CONSTRAINT c_opmessage_usr_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: opmessage_usr c_opmessage_usr_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.opmessage_usr
    ADD CONSTRAINT c_opmessage_usr_2 FOREIGN KEY (userid) REFERENCES public.users(userid);


--
-- Name: optemplate c_optemplate_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.optemplate
    ADD CONSTRAINT c_optemplate_1 FOREIGN KEY (operationid) REFERENCES public.operations(operationid) ON DELETE CASCADE;


--
-- Name: optemplate c_optemplate_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.optemplate
    ADD CONSTRAINT c_optemplate_2 FOREIGN KEY (templateid) REFERENCES public.hosts(hostid);


--
-- Name: problem c_problem_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.problem
    ADD CONSTRAINT c_problem_1 FOREIGN KEY (eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: problem c_problem_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.problem
    ADD CONSTRAINT c_problem_2 FOREIGN KEY (r_eventid) REFERENCES public.events(eventid) ON DELETE CASCADE;


--
-- Name: problem_tag c_problem_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.problem_tag
    ADD CONSTRAINT c_problem_tag_1 FOREIGN KEY (eventid) REFERENCES public.problem(eventid) ON DELETE CASCADE;


--
-- Name: profiles c_profiles_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT c_profiles_1 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: report c_report_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report
    ADD CONSTRAINT c_report_1 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: report c_report_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report
    ADD CONSTRAINT c_report_2 FOREIGN KEY (dashboardid) REFERENCES public.dashboard(dashboardid) ON DELETE CASCADE;


--
-- Name: report_param c_report_param_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_param
    ADD CONSTRAINT c_report_param_1 FOREIGN KEY (reportid) REFERENCES public.report(reportid) ON DELETE CASCADE;


--
-- Name: report_user c_report_user_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_user
    ADD CONSTRAINT c_report_user_1 FOREIGN KEY (reportid) REFERENCES public.report(reportid) ON DELETE CASCADE;


--
-- Name: report_user c_report_user_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_user
    ADD CONSTRAINT c_report_user_2 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: report_user c_report_user_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_user
    ADD CONSTRAINT c_report_user_3 FOREIGN KEY (access_userid) REFERENCES public.users(userid);


--
-- Name: report_usrgrp c_report_usrgrp_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_usrgrp
    ADD CONSTRAINT c_report_usrgrp_1 FOREIGN KEY (reportid) REFERENCES public.report(reportid) ON DELETE CASCADE;


--
-- Name: report_usrgrp c_report_usrgrp_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_usrgrp
    ADD CONSTRAINT c_report_usrgrp_2 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid) ON DELETE CASCADE;


--
-- Name: report_usrgrp c_report_usrgrp_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.report_usrgrp
    ADD CONSTRAINT c_report_usrgrp_3 FOREIGN KEY (access_userid) REFERENCES public.users(userid);


--
-- Name: rights c_rights_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rights
    ADD CONSTRAINT c_rights_1 FOREIGN KEY (groupid) REFERENCES public.usrgrp(usrgrpid) ON DELETE CASCADE;


--
-- Name: rights c_rights_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.rights
    ADD CONSTRAINT c_rights_2 FOREIGN KEY (id) REFERENCES public.hstgrp(groupid) ON DELETE CASCADE;


--
-- Name: role_rule c_role_rule_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.role_rule
    ADD CONSTRAINT c_role_rule_1 FOREIGN KEY (roleid) REFERENCES public.role(roleid) ON DELETE CASCADE;


--
-- Name: role_rule c_role_rule_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.role_rule
    ADD CONSTRAINT c_role_rule_2 FOREIGN KEY (value_moduleid) REFERENCES public.module(moduleid) ON DELETE CASCADE;


--
-- Name: role_rule c_role_rule_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.role_rule
    ADD CONSTRAINT c_role_rule_3 FOREIGN KEY (value_serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: script_param c_script_param_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.script_param
    ADD CONSTRAINT c_script_param_1 FOREIGN KEY (scriptid) REFERENCES public.scripts(scriptid) ON DELETE CASCADE;


--
-- Name: scripts c_scripts_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.scripts
    ADD CONSTRAINT c_scripts_1 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid);


--
-- Name: scripts c_scripts_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.scripts
    ADD CONSTRAINT c_scripts_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid);


--
-- Name: service_alarms c_service_alarms_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_alarms
    ADD CONSTRAINT c_service_alarms_1 FOREIGN KEY (serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: service_problem c_service_problem_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_problem
    ADD CONSTRAINT c_service_problem_1 FOREIGN KEY (eventid) REFERENCES public.problem(eventid) ON DELETE CASCADE;


--
-- Name: service_problem c_service_problem_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_problem
    ADD CONSTRAINT c_service_problem_2 FOREIGN KEY (serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: service_problem_tag c_service_problem_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_problem_tag
    ADD CONSTRAINT c_service_problem_tag_1 FOREIGN KEY (serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: service_status_rule c_service_status_rule_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_status_rule
    ADD CONSTRAINT c_service_status_rule_1 FOREIGN KEY (serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: service_tag c_service_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.service_tag
    ADD CONSTRAINT c_service_tag_1 FOREIGN KEY (serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: services_links c_services_links_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.services_links
    ADD CONSTRAINT c_services_links_1 FOREIGN KEY (serviceupid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: services_links c_services_links_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.services_links
    ADD CONSTRAINT c_services_links_2 FOREIGN KEY (servicedownid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: sessions c_sessions_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT c_sessions_1 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: sla_excluded_downtime c_sla_excluded_downtime_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_excluded_downtime
    ADD CONSTRAINT c_sla_excluded_downtime_1 FOREIGN KEY (slaid) REFERENCES public.sla(slaid) ON DELETE CASCADE;


--
-- Name: sla_schedule c_sla_schedule_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_schedule
    ADD CONSTRAINT c_sla_schedule_1 FOREIGN KEY (slaid) REFERENCES public.sla(slaid) ON DELETE CASCADE;


--
-- Name: sla_service_tag c_sla_service_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sla_service_tag
    ADD CONSTRAINT c_sla_service_tag_1 FOREIGN KEY (slaid) REFERENCES public.sla(slaid) ON DELETE CASCADE;


--
-- Name: sysmap_element_trigger c_sysmap_element_trigger_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_element_trigger
    ADD CONSTRAINT c_sysmap_element_trigger_1 FOREIGN KEY (selementid) REFERENCES public.sysmaps_elements(selementid) ON DELETE CASCADE;


--
-- Name: sysmap_element_trigger c_sysmap_element_trigger_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_element_trigger
    ADD CONSTRAINT c_sysmap_element_trigger_2 FOREIGN KEY (triggerid) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: sysmap_element_url c_sysmap_element_url_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_element_url
    ADD CONSTRAINT c_sysmap_element_url_1 FOREIGN KEY (selementid) REFERENCES public.sysmaps_elements(selementid) ON DELETE CASCADE;


--
-- Name: sysmap_shape c_sysmap_shape_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_shape
    ADD CONSTRAINT c_sysmap_shape_1 FOREIGN KEY (sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: sysmap_url c_sysmap_url_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_url
    ADD CONSTRAINT c_sysmap_url_1 FOREIGN KEY (sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: sysmap_user c_sysmap_user_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_user
    ADD CONSTRAINT c_sysmap_user_1 FOREIGN KEY (sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: sysmap_user c_sysmap_user_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_user
    ADD CONSTRAINT c_sysmap_user_2 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: sysmap_usrgrp c_sysmap_usrgrp_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_usrgrp
    ADD CONSTRAINT c_sysmap_usrgrp_1 FOREIGN KEY (sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: sysmap_usrgrp c_sysmap_usrgrp_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmap_usrgrp
    ADD CONSTRAINT c_sysmap_usrgrp_2 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid) ON DELETE CASCADE;


--
-- Name: sysmaps c_sysmaps_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps
    ADD CONSTRAINT c_sysmaps_1 FOREIGN KEY (backgroundid) REFERENCES public.images(imageid);


--
-- Name: sysmaps c_sysmaps_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps
    ADD CONSTRAINT c_sysmaps_2 FOREIGN KEY (iconmapid) REFERENCES public.icon_map(iconmapid);


--
-- Name: sysmaps c_sysmaps_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps
    ADD CONSTRAINT c_sysmaps_3 FOREIGN KEY (userid) REFERENCES public.users(userid);


--
-- Name: sysmaps_element_tag c_sysmaps_element_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_element_tag
    ADD CONSTRAINT c_sysmaps_element_tag_1 FOREIGN KEY (selementid) REFERENCES public.sysmaps_elements(selementid) ON DELETE CASCADE;


--
-- Name: sysmaps_elements c_sysmaps_elements_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_elements
    ADD CONSTRAINT c_sysmaps_elements_1 FOREIGN KEY (sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: sysmaps_elements c_sysmaps_elements_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_elements
    ADD CONSTRAINT c_sysmaps_elements_2 FOREIGN KEY (iconid_off) REFERENCES public.images(imageid);


--
-- Name: sysmaps_elements c_sysmaps_elements_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_elements
    ADD CONSTRAINT c_sysmaps_elements_3 FOREIGN KEY (iconid_on) REFERENCES public.images(imageid);


--
-- Name: sysmaps_elements c_sysmaps_elements_4; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_elements
    ADD CONSTRAINT c_sysmaps_elements_4 FOREIGN KEY (iconid_disabled) REFERENCES public.images(imageid);


--
-- Name: sysmaps_elements c_sysmaps_elements_5; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_elements
    ADD CONSTRAINT c_sysmaps_elements_5 FOREIGN KEY (iconid_maintenance) REFERENCES public.images(imageid);


--
-- Name: sysmaps_link_triggers c_sysmaps_link_triggers_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_link_triggers
    ADD CONSTRAINT c_sysmaps_link_triggers_1 FOREIGN KEY (linkid) REFERENCES public.sysmaps_links(linkid) ON DELETE CASCADE;


--
-- Name: sysmaps_link_triggers c_sysmaps_link_triggers_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_link_triggers
    ADD CONSTRAINT c_sysmaps_link_triggers_2 FOREIGN KEY (triggerid) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: sysmaps_links c_sysmaps_links_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_links
    ADD CONSTRAINT c_sysmaps_links_1 FOREIGN KEY (sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: sysmaps_links c_sysmaps_links_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_links
    ADD CONSTRAINT c_sysmaps_links_2 FOREIGN KEY (selementid1) REFERENCES public.sysmaps_elements(selementid) ON DELETE CASCADE;


--
-- Name: sysmaps_links c_sysmaps_links_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sysmaps_links
    ADD CONSTRAINT c_sysmaps_links_3 FOREIGN KEY (selementid2) REFERENCES public.sysmaps_elements(selementid) ON DELETE CASCADE;


--
-- Name: tag_filter c_tag_filter_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tag_filter
    ADD CONSTRAINT c_tag_filter_1 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid) ON DELETE CASCADE;


--
-- Name: tag_filter c_tag_filter_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tag_filter
    ADD CONSTRAINT c_tag_filter_2 FOREIGN KEY (groupid) REFERENCES public.hstgrp(groupid) ON DELETE CASCADE;


--
-- Name: task c_task_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task
    ADD CONSTRAINT c_task_1 FOREIGN KEY (proxy_hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: task_acknowledge c_task_acknowledge_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_acknowledge
    ADD CONSTRAINT c_task_acknowledge_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: task_check_now c_task_check_now_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_check_now
    ADD CONSTRAINT c_task_check_now_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: task_close_problem c_task_close_problem_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_close_problem
    ADD CONSTRAINT c_task_close_problem_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: task_data c_task_data_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_data
    ADD CONSTRAINT c_task_data_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: task_remote_command c_task_remote_command_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_remote_command
    ADD CONSTRAINT c_task_remote_command_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: task_remote_command_result c_task_remote_command_result_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_remote_command_result
    ADD CONSTRAINT c_task_remote_command_result_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: task_result c_task_result_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.task_result
    ADD CONSTRAINT c_task_result_1 FOREIGN KEY (taskid) REFERENCES public.task(taskid) ON DELETE CASCADE;


--
-- Name: token c_token_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.token
    ADD CONSTRAINT c_token_1 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: token c_token_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.token
    ADD CONSTRAINT c_token_2 FOREIGN KEY (creator_userid) REFERENCES public.users(userid);


--
-- Name: trigger_depends c_trigger_depends_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_depends
    ADD CONSTRAINT c_trigger_depends_1 FOREIGN KEY (triggerid_down) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: trigger_depends c_trigger_depends_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_depends
    ADD CONSTRAINT c_trigger_depends_2 FOREIGN KEY (triggerid_up) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: trigger_discovery c_trigger_discovery_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_discovery
    ADD CONSTRAINT c_trigger_discovery_1 FOREIGN KEY (triggerid) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: trigger_discovery c_trigger_discovery_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_discovery
    ADD CONSTRAINT c_trigger_discovery_2 FOREIGN KEY (parent_triggerid) REFERENCES public.triggers(triggerid);


--
-- Name: trigger_tag c_trigger_tag_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trigger_tag
    ADD CONSTRAINT c_trigger_tag_1 FOREIGN KEY (triggerid) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: triggers c_triggers_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.triggers
    ADD CONSTRAINT c_triggers_1 FOREIGN KEY (templateid) REFERENCES public.triggers(triggerid) ON DELETE CASCADE;


--
-- Name: users c_users_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT c_users_1 FOREIGN KEY (roleid) REFERENCES public.role(roleid) ON DELETE CASCADE;


--
-- Name: users_groups c_users_groups_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users_groups
    ADD CONSTRAINT c_users_groups_1 FOREIGN KEY (usrgrpid) REFERENCES public.usrgrp(usrgrpid) ON DELETE CASCADE;


--
-- Name: users_groups c_users_groups_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users_groups
    ADD CONSTRAINT c_users_groups_2 FOREIGN KEY (userid) REFERENCES public.users(userid) ON DELETE CASCADE;


--
-- Name: valuemap c_valuemap_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.valuemap
    ADD CONSTRAINT c_valuemap_1 FOREIGN KEY (hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: valuemap_mapping c_valuemap_mapping_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.valuemap_mapping
    ADD CONSTRAINT c_valuemap_mapping_1 FOREIGN KEY (valuemapid) REFERENCES public.valuemap(valuemapid) ON DELETE CASCADE;


--
-- Name: widget c_widget_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget
    ADD CONSTRAINT c_widget_1 FOREIGN KEY (dashboard_pageid) REFERENCES public.dashboard_page(dashboard_pageid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_1 FOREIGN KEY (widgetid) REFERENCES public.widget(widgetid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_2; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_2 FOREIGN KEY (value_groupid) REFERENCES public.hstgrp(groupid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_3; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_3 FOREIGN KEY (value_hostid) REFERENCES public.hosts(hostid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_4; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_4 FOREIGN KEY (value_itemid) REFERENCES public.items(itemid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_5; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_5 FOREIGN KEY (value_graphid) REFERENCES public.graphs(graphid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_6; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_6 FOREIGN KEY (value_sysmapid) REFERENCES public.sysmaps(sysmapid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_7; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_7 FOREIGN KEY (value_serviceid) REFERENCES public.services(serviceid) ON DELETE CASCADE;


--
-- Name: widget_field c_widget_field_8; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.widget_field
    ADD CONSTRAINT c_widget_field_8 FOREIGN KEY (value_slaid) REFERENCES public.sla(slaid) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict Hx2P55wuagLoKP0SgU0qzEKg1s9y21vumg73m6IZ1ShCRSIYzXs8FnYLhIbV9YT

