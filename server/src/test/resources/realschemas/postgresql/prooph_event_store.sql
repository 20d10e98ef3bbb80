--
-- Schema of prooph/pdo-event-store (github.com/prooph/pdo-event-store, commit 3472adad347af44227020e08f3ff56d9e366761f), BSD 3-Clause (its LICENSE); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict nzljPiJsrihQVOGsubMwiwCCYJDpKHwqflhkePp91HKVp1M9ChBPlp0yGbH4919

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
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public._4228e4a00331b5d5e751db0481828e22a2c3c8ef (
    no bigint NOT NULL,
    event_id uuid NOT NULL,
    event_name character varying(100) NOT NULL,
    payload json NOT NULL,
    metadata jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL,
    CONSTRAINT aggregate_id_not_null CHECK (((metadata ->> '_aggregate_id'::text) IS NOT NULL)),
    CONSTRAINT aggregate_type_not_null CHECK (((metadata ->> '_aggregate_type'::text) IS NOT NULL)),
    CONSTRAINT aggregate_version_not_null CHECK (((metadata ->> '_aggregate_version'::text) IS NOT NULL))
);


ALTER TABLE public._4228e4a00331b5d5e751db0481828e22a2c3c8ef OWNER TO postgres;

--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef_no_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public._4228e4a00331b5d5e751db0481828e22a2c3c8ef_no_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public._4228e4a00331b5d5e751db0481828e22a2c3c8ef_no_seq OWNER TO postgres;

--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef_no_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public._4228e4a00331b5d5e751db0481828e22a2c3c8ef_no_seq OWNED BY public._4228e4a00331b5d5e751db0481828e22a2c3c8ef.no;


--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public._736efb20b5a19b47bd460c5970a4ad2677a49f12 (
    no bigint NOT NULL,
    event_id uuid NOT NULL,
    event_name character varying(100) NOT NULL,
    payload json NOT NULL,
    metadata jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL
);


ALTER TABLE public._736efb20b5a19b47bd460c5970a4ad2677a49f12 OWNER TO postgres;

--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12_no_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public._736efb20b5a19b47bd460c5970a4ad2677a49f12_no_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public._736efb20b5a19b47bd460c5970a4ad2677a49f12_no_seq OWNER TO postgres;

--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12_no_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public._736efb20b5a19b47bd460c5970a4ad2677a49f12_no_seq OWNED BY public._736efb20b5a19b47bd460c5970a4ad2677a49f12.no;


--
-- Name: _9c1c029a45bdcbc6f73e1be775404efbd53627aa; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public._9c1c029a45bdcbc6f73e1be775404efbd53627aa (
    no bigint NOT NULL,
    event_id uuid NOT NULL,
    event_name character varying(100) NOT NULL,
    payload json NOT NULL,
    metadata jsonb NOT NULL,
    created_at timestamp(6) without time zone NOT NULL
);


ALTER TABLE public._9c1c029a45bdcbc6f73e1be775404efbd53627aa OWNER TO postgres;

--
-- Name: _9c1c029a45bdcbc6f73e1be775404efbd53627aa_no_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public._9c1c029a45bdcbc6f73e1be775404efbd53627aa_no_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public._9c1c029a45bdcbc6f73e1be775404efbd53627aa_no_seq OWNER TO postgres;

--
-- Name: _9c1c029a45bdcbc6f73e1be775404efbd53627aa_no_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public._9c1c029a45bdcbc6f73e1be775404efbd53627aa_no_seq OWNED BY public._9c1c029a45bdcbc6f73e1be775404efbd53627aa.no;


--
-- Name: event_streams; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.event_streams (
    no bigint NOT NULL,
    real_stream_name character varying(150) NOT NULL,
    stream_name character(41) NOT NULL,
    metadata jsonb,
    category character varying(150)
);


ALTER TABLE public.event_streams OWNER TO postgres;

--
-- Name: event_streams_no_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.event_streams_no_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.event_streams_no_seq OWNER TO postgres;

--
-- Name: event_streams_no_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.event_streams_no_seq OWNED BY public.event_streams.no;


--
-- Name: projections; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.projections (
    no bigint NOT NULL,
    name character varying(150) NOT NULL,
    "position" jsonb,
    state jsonb,
    status character varying(28) NOT NULL,
    locked_until character(26)
);


ALTER TABLE public.projections OWNER TO postgres;

--
-- Name: projections_no_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.projections_no_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.projections_no_seq OWNER TO postgres;

--
-- Name: projections_no_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.projections_no_seq OWNED BY public.projections.no;


--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef no; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._4228e4a00331b5d5e751db0481828e22a2c3c8ef ALTER COLUMN no SET DEFAULT nextval('public._4228e4a00331b5d5e751db0481828e22a2c3c8ef_no_seq'::regclass);


--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12 no; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._736efb20b5a19b47bd460c5970a4ad2677a49f12 ALTER COLUMN no SET DEFAULT nextval('public._736efb20b5a19b47bd460c5970a4ad2677a49f12_no_seq'::regclass);


--
-- Name: _9c1c029a45bdcbc6f73e1be775404efbd53627aa no; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._9c1c029a45bdcbc6f73e1be775404efbd53627aa ALTER COLUMN no SET DEFAULT nextval('public._9c1c029a45bdcbc6f73e1be775404efbd53627aa_no_seq'::regclass);


--
-- Name: event_streams no; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_streams ALTER COLUMN no SET DEFAULT nextval('public.event_streams_no_seq'::regclass);


--
-- Name: projections no; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projections ALTER COLUMN no SET DEFAULT nextval('public.projections_no_seq'::regclass);


--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef _4228e4a00331b5d5e751db0481828e22a2c3c8ef_event_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._4228e4a00331b5d5e751db0481828e22a2c3c8ef
    ADD CONSTRAINT _4228e4a00331b5d5e751db0481828e22a2c3c8ef_event_id_key UNIQUE (event_id);


--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef _4228e4a00331b5d5e751db0481828e22a2c3c8ef_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._4228e4a00331b5d5e751db0481828e22a2c3c8ef
    ADD CONSTRAINT _4228e4a00331b5d5e751db0481828e22a2c3c8ef_pkey PRIMARY KEY (no);


--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12 _736efb20b5a19b47bd460c5970a4ad2677a49f12_event_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._736efb20b5a19b47bd460c5970a4ad2677a49f12
    ADD CONSTRAINT _736efb20b5a19b47bd460c5970a4ad2677a49f12_event_id_key UNIQUE (event_id);


--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12 _736efb20b5a19b47bd460c5970a4ad2677a49f12_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._736efb20b5a19b47bd460c5970a4ad2677a49f12
    ADD CONSTRAINT _736efb20b5a19b47bd460c5970a4ad2677a49f12_pkey PRIMARY KEY (no);


--
-- Name: _9c1c029a45bdcbc6f73e1be775404efbd53627aa _9c1c029a45bdcbc6f73e1be775404efbd53627aa_event_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._9c1c029a45bdcbc6f73e1be775404efbd53627aa
    ADD CONSTRAINT _9c1c029a45bdcbc6f73e1be775404efbd53627aa_event_id_key UNIQUE (event_id);


--
-- Name: _9c1c029a45bdcbc6f73e1be775404efbd53627aa _9c1c029a45bdcbc6f73e1be775404efbd53627aa_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public._9c1c029a45bdcbc6f73e1be775404efbd53627aa
    ADD CONSTRAINT _9c1c029a45bdcbc6f73e1be775404efbd53627aa_pkey PRIMARY KEY (no);


--
-- Name: event_streams event_streams_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_streams
    ADD CONSTRAINT event_streams_pkey PRIMARY KEY (no);


--
-- Name: event_streams event_streams_stream_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.event_streams
    ADD CONSTRAINT event_streams_stream_name_key UNIQUE (stream_name);


--
-- Name: projections projections_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projections
    ADD CONSTRAINT projections_name_key UNIQUE (name);


--
-- Name: projections projections_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.projections
    ADD CONSTRAINT projections_pkey PRIMARY KEY (no);


--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef_expr_expr1_expr2_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX _4228e4a00331b5d5e751db0481828e22a2c3c8ef_expr_expr1_expr2_idx ON public._4228e4a00331b5d5e751db0481828e22a2c3c8ef USING btree (((metadata ->> '_aggregate_type'::text)), ((metadata ->> '_aggregate_id'::text)), ((metadata ->> '_aggregate_version'::text)));


--
-- Name: _4228e4a00331b5d5e751db0481828e22a2c3c8ef_expr_expr1_no_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX _4228e4a00331b5d5e751db0481828e22a2c3c8ef_expr_expr1_no_idx ON public._4228e4a00331b5d5e751db0481828e22a2c3c8ef USING btree (((metadata ->> '_aggregate_type'::text)), ((metadata ->> '_aggregate_id'::text)), no);


--
-- Name: _736efb20b5a19b47bd460c5970a4ad2677a49f12_expr_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX _736efb20b5a19b47bd460c5970a4ad2677a49f12_expr_idx ON public._736efb20b5a19b47bd460c5970a4ad2677a49f12 USING btree (((metadata ->> '_aggregate_version'::text)));


--
-- Name: event_streams_category_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX event_streams_category_idx ON public.event_streams USING btree (category);


--
-- PostgreSQL database dump complete
--

\unrestrict nzljPiJsrihQVOGsubMwiwCCYJDpKHwqflhkePp91HKVp1M9ChBPlp0yGbH4919

