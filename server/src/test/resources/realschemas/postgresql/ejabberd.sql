--
-- PostgreSQL database dump
--

\restrict DBsRbHnIbTuxvcLe8fdScPffgaFlwfEU3uNI0VTQkbyKTJxZAARmuYZq9JYWLR8

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
-- Name: archive; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.archive (
    username text NOT NULL,
    server_host text NOT NULL,
    "timestamp" bigint NOT NULL,
    peer text NOT NULL,
    bare_peer text NOT NULL,
    xml text NOT NULL,
    txt text,
    id bigint NOT NULL,
    kind text,
    nick text,
    origin_id text,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.archive OWNER TO postgres;

--
-- Name: archive_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.archive_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.archive_id_seq OWNER TO postgres;

--
-- Name: archive_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.archive_id_seq OWNED BY public.archive.id;


--
-- Name: archive_prefs; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.archive_prefs (
    username text NOT NULL,
    server_host text NOT NULL,
    def text NOT NULL,
    always text NOT NULL,
    never text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.archive_prefs OWNER TO postgres;

--
-- Name: bosh; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bosh (
    sid text NOT NULL,
    node text NOT NULL,
    pid text NOT NULL
);


ALTER TABLE public.bosh OWNER TO postgres;

--
-- Name: caps_features; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.caps_features (
    node text NOT NULL,
    subnode text NOT NULL,
    feature text,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.caps_features OWNER TO postgres;

--
-- Name: invite_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invite_token (
    token text NOT NULL,
    username text NOT NULL,
    server_host text NOT NULL,
    invitee text DEFAULT ''::text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL,
    expires timestamp without time zone DEFAULT now() NOT NULL,
    type character(1) NOT NULL,
    account_name text NOT NULL
);


ALTER TABLE public.invite_token OWNER TO postgres;

--
-- Name: last; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.last (
    username text NOT NULL,
    server_host text NOT NULL,
    seconds text NOT NULL,
    state text NOT NULL
);


ALTER TABLE public.last OWNER TO postgres;

--
-- Name: mix_channel; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mix_channel (
    channel text NOT NULL,
    service text NOT NULL,
    username text NOT NULL,
    domain text NOT NULL,
    jid text NOT NULL,
    hidden boolean NOT NULL,
    hmac_key text NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public.mix_channel OWNER TO postgres;

--
-- Name: mix_pam; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mix_pam (
    username text NOT NULL,
    server_host text NOT NULL,
    channel text NOT NULL,
    service text NOT NULL,
    id text NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public.mix_pam OWNER TO postgres;

--
-- Name: mix_participant; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mix_participant (
    channel text NOT NULL,
    service text NOT NULL,
    username text NOT NULL,
    domain text NOT NULL,
    jid text NOT NULL,
    id text NOT NULL,
    nick text NOT NULL,
    created_at timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);


ALTER TABLE public.mix_participant OWNER TO postgres;

--
-- Name: mix_subscription; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mix_subscription (
    channel text NOT NULL,
    service text NOT NULL,
    username text NOT NULL,
    domain text NOT NULL,
    node text NOT NULL,
    jid text NOT NULL
);


ALTER TABLE public.mix_subscription OWNER TO postgres;

--
-- Name: motd; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.motd (
    username text NOT NULL,
    server_host text NOT NULL,
    xml text,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.motd OWNER TO postgres;

--
-- Name: mqtt_pub; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mqtt_pub (
    username text NOT NULL,
    server_host text NOT NULL,
    resource text NOT NULL,
    topic text NOT NULL,
    qos smallint NOT NULL,
    payload bytea NOT NULL,
    payload_format smallint NOT NULL,
    content_type text NOT NULL,
    response_topic text NOT NULL,
    correlation_data bytea NOT NULL,
    user_properties bytea NOT NULL,
    expiry bigint NOT NULL
);


ALTER TABLE public.mqtt_pub OWNER TO postgres;

--
-- Name: muc_online_room; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.muc_online_room (
    name text NOT NULL,
    host text NOT NULL,
    server_host text NOT NULL,
    node text NOT NULL,
    pid text NOT NULL
);


ALTER TABLE public.muc_online_room OWNER TO postgres;

--
-- Name: muc_online_users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.muc_online_users (
    username text NOT NULL,
    server text NOT NULL,
    resource text NOT NULL,
    name text NOT NULL,
    host text NOT NULL,
    server_host text NOT NULL,
    node text NOT NULL
);


ALTER TABLE public.muc_online_users OWNER TO postgres;

--
-- Name: muc_registered; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.muc_registered (
    jid text NOT NULL,
    host text NOT NULL,
    server_host text NOT NULL,
    nick text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.muc_registered OWNER TO postgres;

--
-- Name: muc_room; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.muc_room (
    name text NOT NULL,
    host text NOT NULL,
    server_host text NOT NULL,
    opts text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.muc_room OWNER TO postgres;

--
-- Name: muc_room_subscribers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.muc_room_subscribers (
    room text NOT NULL,
    host text NOT NULL,
    jid text NOT NULL,
    nick text NOT NULL,
    nodes text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.muc_room_subscribers OWNER TO postgres;

--
-- Name: oauth_client; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_client (
    client_id text NOT NULL,
    client_name text NOT NULL,
    grant_type text NOT NULL,
    options text NOT NULL
);


ALTER TABLE public.oauth_client OWNER TO postgres;

--
-- Name: oauth_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oauth_token (
    token text NOT NULL,
    jid text NOT NULL,
    scope text NOT NULL,
    expire bigint NOT NULL
);


ALTER TABLE public.oauth_token OWNER TO postgres;

--
-- Name: privacy_default_list; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.privacy_default_list (
    username text NOT NULL,
    server_host text NOT NULL,
    name text NOT NULL
);


ALTER TABLE public.privacy_default_list OWNER TO postgres;

--
-- Name: privacy_list; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.privacy_list (
    username text NOT NULL,
    server_host text NOT NULL,
    name text NOT NULL,
    id bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.privacy_list OWNER TO postgres;

--
-- Name: privacy_list_data; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.privacy_list_data (
    id bigint,
    t character(1) NOT NULL,
    value text NOT NULL,
    action character(1) NOT NULL,
    ord numeric NOT NULL,
    match_all boolean NOT NULL,
    match_iq boolean NOT NULL,
    match_message boolean NOT NULL,
    match_presence_in boolean NOT NULL,
    match_presence_out boolean NOT NULL
);


ALTER TABLE public.privacy_list_data OWNER TO postgres;

--
-- Name: privacy_list_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.privacy_list_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.privacy_list_id_seq OWNER TO postgres;

--
-- Name: privacy_list_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.privacy_list_id_seq OWNED BY public.privacy_list.id;


--
-- Name: private_storage; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.private_storage (
    username text NOT NULL,
    server_host text NOT NULL,
    namespace text NOT NULL,
    data text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.private_storage OWNER TO postgres;

--
-- Name: proxy65; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.proxy65 (
    sid text NOT NULL,
    pid_t text NOT NULL,
    pid_i text NOT NULL,
    node_t text NOT NULL,
    node_i text NOT NULL,
    jid_i text NOT NULL
);


ALTER TABLE public.proxy65 OWNER TO postgres;

--
-- Name: pubsub_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pubsub_item (
    nodeid bigint,
    itemid text NOT NULL,
    publisher text NOT NULL,
    creation character varying(32) NOT NULL,
    modification character varying(32) NOT NULL,
    payload text DEFAULT ''::text NOT NULL
);


ALTER TABLE public.pubsub_item OWNER TO postgres;

--
-- Name: pubsub_node; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pubsub_node (
    host text NOT NULL,
    node text NOT NULL,
    parent text DEFAULT ''::text NOT NULL,
    plugin text NOT NULL,
    nodeid bigint NOT NULL
);


ALTER TABLE public.pubsub_node OWNER TO postgres;

--
-- Name: pubsub_node_nodeid_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pubsub_node_nodeid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.pubsub_node_nodeid_seq OWNER TO postgres;

--
-- Name: pubsub_node_nodeid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pubsub_node_nodeid_seq OWNED BY public.pubsub_node.nodeid;


--
-- Name: pubsub_node_option; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pubsub_node_option (
    nodeid bigint,
    name text NOT NULL,
    val text NOT NULL
);


ALTER TABLE public.pubsub_node_option OWNER TO postgres;

--
-- Name: pubsub_node_owner; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pubsub_node_owner (
    nodeid bigint,
    owner text NOT NULL
);


ALTER TABLE public.pubsub_node_owner OWNER TO postgres;

--
-- Name: pubsub_state; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pubsub_state (
    nodeid bigint,
    jid text NOT NULL,
    affiliation character(1),
    subscriptions text DEFAULT ''::text NOT NULL,
    stateid bigint NOT NULL
);


ALTER TABLE public.pubsub_state OWNER TO postgres;

--
-- Name: pubsub_state_stateid_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pubsub_state_stateid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.pubsub_state_stateid_seq OWNER TO postgres;

--
-- Name: pubsub_state_stateid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pubsub_state_stateid_seq OWNED BY public.pubsub_state.stateid;


--
-- Name: pubsub_subscription_opt; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pubsub_subscription_opt (
    subid text NOT NULL,
    opt_name character varying(32),
    opt_value text NOT NULL
);


ALTER TABLE public.pubsub_subscription_opt OWNER TO postgres;

--
-- Name: push_session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.push_session (
    username text NOT NULL,
    server_host text NOT NULL,
    "timestamp" bigint NOT NULL,
    service text NOT NULL,
    node text NOT NULL,
    xml text NOT NULL
);


ALTER TABLE public.push_session OWNER TO postgres;

--
-- Name: roster_version; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.roster_version (
    username text NOT NULL,
    server_host text NOT NULL,
    version text NOT NULL
);


ALTER TABLE public.roster_version OWNER TO postgres;

--
-- Name: rostergroups; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rostergroups (
    username text NOT NULL,
    server_host text NOT NULL,
    jid text NOT NULL,
    grp text NOT NULL
);


ALTER TABLE public.rostergroups OWNER TO postgres;

--
-- Name: rosterusers; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.rosterusers (
    username text NOT NULL,
    server_host text NOT NULL,
    jid text NOT NULL,
    nick text NOT NULL,
    subscription character(1) NOT NULL,
    approved boolean NOT NULL,
    ask character(1) NOT NULL,
    askmessage text NOT NULL,
    server character(1) NOT NULL,
    subscribe text NOT NULL,
    type text,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.rosterusers OWNER TO postgres;

--
-- Name: route; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.route (
    domain text NOT NULL,
    server_host text NOT NULL,
    node text NOT NULL,
    pid text NOT NULL,
    local_hint text NOT NULL
);


ALTER TABLE public.route OWNER TO postgres;

--
-- Name: sm; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sm (
    usec bigint NOT NULL,
    pid text NOT NULL,
    node text NOT NULL,
    username text NOT NULL,
    server_host text NOT NULL,
    resource text NOT NULL,
    priority text NOT NULL,
    info text NOT NULL
);


ALTER TABLE public.sm OWNER TO postgres;

--
-- Name: spool; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.spool (
    username text NOT NULL,
    server_host text NOT NULL,
    xml text NOT NULL,
    seq bigint NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.spool OWNER TO postgres;

--
-- Name: spool_seq_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.spool_seq_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.spool_seq_seq OWNER TO postgres;

--
-- Name: spool_seq_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.spool_seq_seq OWNED BY public.spool.seq;


--
-- Name: sr_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sr_group (
    name text NOT NULL,
    server_host text NOT NULL,
    opts text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.sr_group OWNER TO postgres;

--
-- Name: sr_user; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sr_user (
    jid text NOT NULL,
    server_host text NOT NULL,
    grp text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.sr_user OWNER TO postgres;

--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    username text NOT NULL,
    server_host text NOT NULL,
    type smallint NOT NULL,
    password text NOT NULL,
    serverkey text DEFAULT ''::text NOT NULL,
    salt text DEFAULT ''::text NOT NULL,
    iterationcount integer DEFAULT 0 NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: vcard; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vcard (
    username text NOT NULL,
    server_host text NOT NULL,
    vcard text NOT NULL,
    created_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.vcard OWNER TO postgres;

--
-- Name: vcard_search; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.vcard_search (
    username text NOT NULL,
    lusername text NOT NULL,
    server_host text NOT NULL,
    fn text NOT NULL,
    lfn text NOT NULL,
    family text NOT NULL,
    lfamily text NOT NULL,
    given text NOT NULL,
    lgiven text NOT NULL,
    middle text NOT NULL,
    lmiddle text NOT NULL,
    nickname text NOT NULL,
    lnickname text NOT NULL,
    bday text NOT NULL,
    lbday text NOT NULL,
    ctry text NOT NULL,
    lctry text NOT NULL,
    locality text NOT NULL,
    llocality text NOT NULL,
    email text NOT NULL,
    lemail text NOT NULL,
    orgname text NOT NULL,
    lorgname text NOT NULL,
    orgunit text NOT NULL,
    lorgunit text NOT NULL
);


ALTER TABLE public.vcard_search OWNER TO postgres;

--
-- Name: archive id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.archive ALTER COLUMN id SET DEFAULT nextval('public.archive_id_seq'::regclass);


--
-- Name: privacy_list id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacy_list ALTER COLUMN id SET DEFAULT nextval('public.privacy_list_id_seq'::regclass);


--
-- Name: pubsub_node nodeid; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_node ALTER COLUMN nodeid SET DEFAULT nextval('public.pubsub_node_nodeid_seq'::regclass);


--
-- Name: pubsub_state stateid; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_state ALTER COLUMN stateid SET DEFAULT nextval('public.pubsub_state_stateid_seq'::regclass);


--
-- Name: spool seq; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.spool ALTER COLUMN seq SET DEFAULT nextval('public.spool_seq_seq'::regclass);


--
-- Name: archive_prefs archive_prefs_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.archive_prefs
    ADD CONSTRAINT archive_prefs_pkey PRIMARY KEY (server_host, username);


--
-- Name: invite_token invite_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invite_token
    ADD CONSTRAINT invite_token_pkey PRIMARY KEY (token);


--
-- Name: last last_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.last
    ADD CONSTRAINT last_pkey PRIMARY KEY (server_host, username);


--
-- Name: motd motd_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.motd
    ADD CONSTRAINT motd_pkey PRIMARY KEY (server_host, username);


--
-- Name: oauth_client oauth_client_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oauth_client
    ADD CONSTRAINT oauth_client_pkey PRIMARY KEY (client_id);


--
-- Name: privacy_default_list privacy_default_list_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacy_default_list
    ADD CONSTRAINT privacy_default_list_pkey PRIMARY KEY (server_host, username);


--
-- Name: privacy_list privacy_list_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacy_list
    ADD CONSTRAINT privacy_list_id_key UNIQUE (id);


--
-- Name: pubsub_node pubsub_node_nodeid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_node
    ADD CONSTRAINT pubsub_node_nodeid_key UNIQUE (nodeid);


--
-- Name: pubsub_state pubsub_state_stateid_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_state
    ADD CONSTRAINT pubsub_state_stateid_key UNIQUE (stateid);


--
-- Name: push_session push_session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.push_session
    ADD CONSTRAINT push_session_pkey PRIMARY KEY (server_host, username, "timestamp");


--
-- Name: roster_version roster_version_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.roster_version
    ADD CONSTRAINT roster_version_pkey PRIMARY KEY (server_host, username);


--
-- Name: sm sm_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sm
    ADD CONSTRAINT sm_pkey PRIMARY KEY (usec, pid);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (server_host, username, type);


--
-- Name: vcard vcard_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vcard
    ADD CONSTRAINT vcard_pkey PRIMARY KEY (server_host, username);


--
-- Name: vcard_search vcard_search_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.vcard_search
    ADD CONSTRAINT vcard_search_pkey PRIMARY KEY (server_host, lusername);


--
-- Name: i_archive_sh_timestamp; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_archive_sh_timestamp ON public.archive USING btree (server_host, "timestamp");


--
-- Name: i_archive_sh_username_bare_peer; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_archive_sh_username_bare_peer ON public.archive USING btree (server_host, username, bare_peer);


--
-- Name: i_archive_sh_username_origin_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_archive_sh_username_origin_id ON public.archive USING btree (server_host, username, origin_id);


--
-- Name: i_archive_sh_username_peer; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_archive_sh_username_peer ON public.archive USING btree (server_host, username, peer);


--
-- Name: i_archive_sh_username_timestamp; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_archive_sh_username_timestamp ON public.archive USING btree (server_host, username, "timestamp");


--
-- Name: i_bosh_sid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_bosh_sid ON public.bosh USING btree (sid);


--
-- Name: i_caps_features_node_subnode; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_caps_features_node_subnode ON public.caps_features USING btree (node, subnode);


--
-- Name: i_invite_token_invitee; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_invite_token_invitee ON public.invite_token USING btree (invitee);


--
-- Name: i_invite_token_username_server_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_invite_token_username_server_host ON public.invite_token USING btree (username, server_host);


--
-- Name: i_mix_channel; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_mix_channel ON public.mix_channel USING btree (channel, service);


--
-- Name: i_mix_channel_serv; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_mix_channel_serv ON public.mix_channel USING btree (service);


--
-- Name: i_mix_pam; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_mix_pam ON public.mix_pam USING btree (username, server_host, channel, service);


--
-- Name: i_mix_participant; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_mix_participant ON public.mix_participant USING btree (channel, service, username, domain);


--
-- Name: i_mix_subscription; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_mix_subscription ON public.mix_subscription USING btree (channel, service, username, domain, node);


--
-- Name: i_mix_subscription_chan_serv_node; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_mix_subscription_chan_serv_node ON public.mix_subscription USING btree (channel, service, node);


--
-- Name: i_mqtt_topic_server; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_mqtt_topic_server ON public.mqtt_pub USING btree (topic, server_host);


--
-- Name: i_muc_online_room_name_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_muc_online_room_name_host ON public.muc_online_room USING btree (name, host);


--
-- Name: i_muc_online_users; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_muc_online_users ON public.muc_online_users USING btree (username, server, resource, name, host);


--
-- Name: i_muc_registered_jid_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_muc_registered_jid_host ON public.muc_registered USING btree (jid, host);


--
-- Name: i_muc_registered_nick; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_muc_registered_nick ON public.muc_registered USING btree (nick);


--
-- Name: i_muc_room_host_created_at; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_muc_room_host_created_at ON public.muc_room USING btree (host, created_at);


--
-- Name: i_muc_room_name_host; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_muc_room_name_host ON public.muc_room USING btree (name, host);


--
-- Name: i_muc_room_subscribers_host_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_muc_room_subscribers_host_jid ON public.muc_room_subscribers USING btree (host, jid);


--
-- Name: i_muc_room_subscribers_host_room_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_muc_room_subscribers_host_room_jid ON public.muc_room_subscribers USING btree (host, room, jid);


--
-- Name: i_muc_room_subscribers_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_muc_room_subscribers_jid ON public.muc_room_subscribers USING btree (jid);


--
-- Name: i_oauth_token_token; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_oauth_token_token ON public.oauth_token USING btree (token);


--
-- Name: i_privacy_list_data_id; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_privacy_list_data_id ON public.privacy_list_data USING btree (id);


--
-- Name: i_privacy_list_sh_username_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_privacy_list_sh_username_name ON public.privacy_list USING btree (server_host, username, name);


--
-- Name: i_private_storage_sh_username_namespace; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_private_storage_sh_username_namespace ON public.private_storage USING btree (server_host, username, namespace);


--
-- Name: i_proxy65_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_proxy65_jid ON public.proxy65 USING btree (jid_i);


--
-- Name: i_proxy65_sid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_proxy65_sid ON public.proxy65 USING btree (sid);


--
-- Name: i_pubsub_item_itemid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_pubsub_item_itemid ON public.pubsub_item USING btree (itemid);


--
-- Name: i_pubsub_item_tuple; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_pubsub_item_tuple ON public.pubsub_item USING btree (nodeid, itemid);


--
-- Name: i_pubsub_node_option_nodeid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_pubsub_node_option_nodeid ON public.pubsub_node_option USING btree (nodeid);


--
-- Name: i_pubsub_node_owner_nodeid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_pubsub_node_owner_nodeid ON public.pubsub_node_owner USING btree (nodeid);


--
-- Name: i_pubsub_node_parent; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_pubsub_node_parent ON public.pubsub_node USING btree (parent);


--
-- Name: i_pubsub_node_tuple; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_pubsub_node_tuple ON public.pubsub_node USING btree (host, node);


--
-- Name: i_pubsub_state_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_pubsub_state_jid ON public.pubsub_state USING btree (jid);


--
-- Name: i_pubsub_state_tuple; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_pubsub_state_tuple ON public.pubsub_state USING btree (nodeid, jid);


--
-- Name: i_pubsub_subscription_opt; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_pubsub_subscription_opt ON public.pubsub_subscription_opt USING btree (subid, opt_name);


--
-- Name: i_push_session_sh_username_timestamp; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_push_session_sh_username_timestamp ON public.push_session USING btree (server_host, username, "timestamp");


--
-- Name: i_push_session_susn; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_push_session_susn ON public.push_session USING btree (server_host, username, service, node);


--
-- Name: i_rosterg_sh_user_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_rosterg_sh_user_jid ON public.rostergroups USING btree (server_host, username, jid);


--
-- Name: i_rosteru_sh_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_rosteru_sh_jid ON public.rosterusers USING btree (server_host, jid);


--
-- Name: i_rosteru_sh_user_jid; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_rosteru_sh_user_jid ON public.rosterusers USING btree (server_host, username, jid);


--
-- Name: i_route; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_route ON public.route USING btree (domain, server_host, node, pid);


--
-- Name: i_sm_node; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_sm_node ON public.sm USING btree (node);


--
-- Name: i_sm_sh_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_sm_sh_username ON public.sm USING btree (server_host, username);


--
-- Name: i_spool_sh_username; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_spool_sh_username ON public.spool USING btree (server_host, username);


--
-- Name: i_sr_group_sh_name; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_sr_group_sh_name ON public.sr_group USING btree (server_host, name);


--
-- Name: i_sr_user_sh_grp; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_sr_user_sh_grp ON public.sr_user USING btree (server_host, grp);


--
-- Name: i_sr_user_sh_jid_grp; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX i_sr_user_sh_jid_grp ON public.sr_user USING btree (server_host, jid, grp);


--
-- Name: i_vcard_search_sh_lbday; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lbday ON public.vcard_search USING btree (server_host, lbday);


--
-- Name: i_vcard_search_sh_lctry; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lctry ON public.vcard_search USING btree (server_host, lctry);


--
-- Name: i_vcard_search_sh_lemail; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lemail ON public.vcard_search USING btree (server_host, lemail);


--
-- Name: i_vcard_search_sh_lfamily; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lfamily ON public.vcard_search USING btree (server_host, lfamily);


--
-- Name: i_vcard_search_sh_lfn; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lfn ON public.vcard_search USING btree (server_host, lfn);


--
-- Name: i_vcard_search_sh_lgiven; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lgiven ON public.vcard_search USING btree (server_host, lgiven);


--
-- Name: i_vcard_search_sh_llocality; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_llocality ON public.vcard_search USING btree (server_host, llocality);


--
-- Name: i_vcard_search_sh_lmiddle; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lmiddle ON public.vcard_search USING btree (server_host, lmiddle);


--
-- Name: i_vcard_search_sh_lnickname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lnickname ON public.vcard_search USING btree (server_host, lnickname);


--
-- Name: i_vcard_search_sh_lorgname; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lorgname ON public.vcard_search USING btree (server_host, lorgname);


--
-- Name: i_vcard_search_sh_lorgunit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX i_vcard_search_sh_lorgunit ON public.vcard_search USING btree (server_host, lorgunit);


--
-- Name: privacy_list_data privacy_list_data_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.privacy_list_data
    ADD CONSTRAINT privacy_list_data_id_fkey FOREIGN KEY (id) REFERENCES public.privacy_list(id) ON DELETE CASCADE;


--
-- Name: pubsub_item pubsub_item_nodeid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_item
    ADD CONSTRAINT pubsub_item_nodeid_fkey FOREIGN KEY (nodeid) REFERENCES public.pubsub_node(nodeid) ON DELETE CASCADE;


--
-- Name: pubsub_node_option pubsub_node_option_nodeid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_node_option
    ADD CONSTRAINT pubsub_node_option_nodeid_fkey FOREIGN KEY (nodeid) REFERENCES public.pubsub_node(nodeid) ON DELETE CASCADE;


--
-- Name: pubsub_node_owner pubsub_node_owner_nodeid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_node_owner
    ADD CONSTRAINT pubsub_node_owner_nodeid_fkey FOREIGN KEY (nodeid) REFERENCES public.pubsub_node(nodeid) ON DELETE CASCADE;


--
-- Name: pubsub_state pubsub_state_nodeid_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pubsub_state
    ADD CONSTRAINT pubsub_state_nodeid_fkey FOREIGN KEY (nodeid) REFERENCES public.pubsub_node(nodeid) ON DELETE CASCADE;


--
-- PostgreSQL database dump complete
--

\unrestrict DBsRbHnIbTuxvcLe8fdScPffgaFlwfEU3uNI0VTQkbyKTJxZAARmuYZq9JYWLR8

