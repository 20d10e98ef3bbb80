--
-- Schema of the Gammu SMS daemon 1.42.0 (Debian package gammu-smsd 1.42.0-8, usr/share/doc/gammu-smsd/examples/pgsql.sql), GNU GPL v2 (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict bTvkkfILRQiin5o9cHonjQjh87vDHClKuwgnfg6uMidoneTkbcdYzSs0yegF2hf

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
-- Name: update_timestamp(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.update_timestamp() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
  BEGIN
    NEW."UpdatedInDB" := LOCALTIMESTAMP(0);
    RETURN NEW;
  END;
$$;


ALTER FUNCTION public.update_timestamp() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: gammu; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gammu (
    "Version" smallint DEFAULT '0'::smallint NOT NULL
);


ALTER TABLE public.gammu OWNER TO postgres;

--
-- Name: inbox; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.inbox (
    "UpdatedInDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "ReceivingDateTime" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "Text" text NOT NULL,
    "SenderNumber" character varying(20) DEFAULT ''::character varying NOT NULL,
    "Coding" character varying(255) DEFAULT 'Default_No_Compression'::character varying NOT NULL,
    "UDH" text NOT NULL,
    "SMSCNumber" character varying(20) DEFAULT ''::character varying NOT NULL,
    "Class" integer DEFAULT '-1'::integer NOT NULL,
    "TextDecoded" text DEFAULT ''::text NOT NULL,
    "ID" integer NOT NULL,
    "RecipientID" text NOT NULL,
    "Processed" boolean DEFAULT false NOT NULL,
    "Status" integer DEFAULT '-1'::integer NOT NULL,
    CONSTRAINT "inbox_Coding_check" CHECK ((("Coding")::text = ANY ((ARRAY['Default_No_Compression'::character varying, 'Unicode_No_Compression'::character varying, '8bit'::character varying, 'Default_Compression'::character varying, 'Unicode_Compression'::character varying])::text[])))
);


ALTER TABLE public.inbox OWNER TO postgres;

--
-- Name: inbox_ID_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."inbox_ID_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."inbox_ID_seq" OWNER TO postgres;

--
-- Name: inbox_ID_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."inbox_ID_seq" OWNED BY public.inbox."ID";


--
-- Name: outbox; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.outbox (
    "UpdatedInDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "InsertIntoDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "SendingDateTime" timestamp without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "SendBefore" time without time zone DEFAULT '23:59:59'::time without time zone NOT NULL,
    "SendAfter" time without time zone DEFAULT '00:00:00'::time without time zone NOT NULL,
    "Text" text,
    "DestinationNumber" character varying(20) DEFAULT ''::character varying NOT NULL,
    "Coding" character varying(255) DEFAULT 'Default_No_Compression'::character varying NOT NULL,
    "UDH" text,
    "Class" integer DEFAULT '-1'::integer,
    "TextDecoded" text DEFAULT ''::text NOT NULL,
    "ID" integer NOT NULL,
    "MultiPart" boolean DEFAULT false NOT NULL,
    "RelativeValidity" integer DEFAULT '-1'::integer,
    "SenderID" character varying(255),
    "SendingTimeOut" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "DeliveryReport" character varying(10) DEFAULT 'default'::character varying,
    "CreatorID" text NOT NULL,
    "Retries" integer DEFAULT 0,
    "Priority" integer DEFAULT 0,
    "Status" character varying(255) DEFAULT 'Reserved'::character varying NOT NULL,
    "StatusCode" integer DEFAULT '-1'::integer NOT NULL,
    CONSTRAINT "outbox_Coding_check" CHECK ((("Coding")::text = ANY ((ARRAY['Default_No_Compression'::character varying, 'Unicode_No_Compression'::character varying, '8bit'::character varying, 'Default_Compression'::character varying, 'Unicode_Compression'::character varying])::text[]))),
    CONSTRAINT "outbox_DeliveryReport_check" CHECK ((("DeliveryReport")::text = ANY ((ARRAY['default'::character varying, 'yes'::character varying, 'no'::character varying])::text[]))),
    CONSTRAINT "outbox_Status_check" CHECK ((("Status")::text = ANY ((ARRAY['SendingOK'::character varying, 'SendingOKNoReport'::character varying, 'SendingError'::character varying, 'DeliveryOK'::character varying, 'DeliveryFailed'::character varying, 'DeliveryPending'::character varying, 'DeliveryUnknown'::character varying, 'Error'::character varying, 'Reserved'::character varying])::text[])))
);


ALTER TABLE public.outbox OWNER TO postgres;

--
-- Name: outbox_ID_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."outbox_ID_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."outbox_ID_seq" OWNER TO postgres;

--
-- Name: outbox_ID_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."outbox_ID_seq" OWNED BY public.outbox."ID";


--
-- Name: outbox_multipart; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.outbox_multipart (
    "Text" text,
    "Coding" character varying(255) DEFAULT 'Default_No_Compression'::character varying NOT NULL,
    "UDH" text,
    "Class" integer DEFAULT '-1'::integer,
    "TextDecoded" text,
    "ID" integer NOT NULL,
    "SequencePosition" integer DEFAULT 1 NOT NULL,
    "Status" character varying(255) DEFAULT 'Reserved'::character varying NOT NULL,
    "StatusCode" integer DEFAULT '-1'::integer NOT NULL,
    CONSTRAINT "outbox_multipart_Coding_check" CHECK ((("Coding")::text = ANY ((ARRAY['Default_No_Compression'::character varying, 'Unicode_No_Compression'::character varying, '8bit'::character varying, 'Default_Compression'::character varying, 'Unicode_Compression'::character varying])::text[]))),
    CONSTRAINT "outbox_multipart_Status_check" CHECK ((("Status")::text = ANY ((ARRAY['SendingOK'::character varying, 'SendingOKNoReport'::character varying, 'SendingError'::character varying, 'DeliveryOK'::character varying, 'DeliveryFailed'::character varying, 'DeliveryPending'::character varying, 'DeliveryUnknown'::character varying, 'Error'::character varying, 'Reserved'::character varying])::text[])))
);


ALTER TABLE public.outbox_multipart OWNER TO postgres;

--
-- Name: outbox_multipart_ID_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."outbox_multipart_ID_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."outbox_multipart_ID_seq" OWNER TO postgres;

--
-- Name: outbox_multipart_ID_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."outbox_multipart_ID_seq" OWNED BY public.outbox_multipart."ID";


--
-- Name: phones; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.phones (
    "ID" text NOT NULL,
    "UpdatedInDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "InsertIntoDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "TimeOut" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "Send" boolean DEFAULT false NOT NULL,
    "Receive" boolean DEFAULT false NOT NULL,
    "IMEI" character varying(35) NOT NULL,
    "IMSI" character varying(35) NOT NULL,
    "NetCode" character varying(10) DEFAULT 'ERROR'::character varying,
    "NetName" character varying(35) DEFAULT 'ERROR'::character varying,
    "Client" text NOT NULL,
    "Battery" integer DEFAULT '-1'::integer NOT NULL,
    "Signal" integer DEFAULT '-1'::integer NOT NULL,
    "Sent" integer DEFAULT 0 NOT NULL,
    "Received" integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.phones OWNER TO postgres;

--
-- Name: sentitems; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sentitems (
    "UpdatedInDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "InsertIntoDB" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "SendingDateTime" timestamp(0) without time zone DEFAULT LOCALTIMESTAMP(0) NOT NULL,
    "DeliveryDateTime" timestamp(0) without time zone,
    "Text" text NOT NULL,
    "DestinationNumber" character varying(20) DEFAULT ''::character varying NOT NULL,
    "Coding" character varying(255) DEFAULT 'Default_No_Compression'::character varying NOT NULL,
    "UDH" text NOT NULL,
    "SMSCNumber" character varying(20) DEFAULT ''::character varying NOT NULL,
    "Class" integer DEFAULT '-1'::integer NOT NULL,
    "TextDecoded" text DEFAULT ''::text NOT NULL,
    "ID" integer NOT NULL,
    "SenderID" character varying(255) NOT NULL,
    "SequencePosition" integer DEFAULT 1 NOT NULL,
    "Status" character varying(255) DEFAULT 'SendingOK'::character varying NOT NULL,
    "StatusError" integer DEFAULT '-1'::integer NOT NULL,
    "TPMR" integer DEFAULT '-1'::integer NOT NULL,
    "RelativeValidity" integer DEFAULT '-1'::integer NOT NULL,
    "CreatorID" text NOT NULL,
    "StatusCode" integer DEFAULT '-1'::integer NOT NULL,
    CONSTRAINT "sentitems_Coding_check" CHECK ((("Coding")::text = ANY ((ARRAY['Default_No_Compression'::character varying, 'Unicode_No_Compression'::character varying, '8bit'::character varying, 'Default_Compression'::character varying, 'Unicode_Compression'::character varying])::text[]))),
    CONSTRAINT "sentitems_Status_check" CHECK ((("Status")::text = ANY ((ARRAY['SendingOK'::character varying, 'SendingOKNoReport'::character varying, 'SendingError'::character varying, 'DeliveryOK'::character varying, 'DeliveryFailed'::character varying, 'DeliveryPending'::character varying, 'DeliveryUnknown'::character varying, 'Error'::character varying])::text[])))
);


ALTER TABLE public.sentitems OWNER TO postgres;

--
-- Name: sentitems_ID_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public."sentitems_ID_seq"
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public."sentitems_ID_seq" OWNER TO postgres;

--
-- Name: sentitems_ID_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public."sentitems_ID_seq" OWNED BY public.sentitems."ID";


--
-- Name: inbox ID; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inbox ALTER COLUMN "ID" SET DEFAULT nextval('public."inbox_ID_seq"'::regclass);


--
-- Name: outbox ID; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.outbox ALTER COLUMN "ID" SET DEFAULT nextval('public."outbox_ID_seq"'::regclass);


--
-- Name: outbox_multipart ID; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.outbox_multipart ALTER COLUMN "ID" SET DEFAULT nextval('public."outbox_multipart_ID_seq"'::regclass);


--
-- Name: sentitems ID; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sentitems ALTER COLUMN "ID" SET DEFAULT nextval('public."sentitems_ID_seq"'::regclass);


--
-- Name: gammu gammu_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gammu
    ADD CONSTRAINT gammu_pkey PRIMARY KEY ("Version");


--
-- Name: inbox inbox_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inbox
    ADD CONSTRAINT inbox_pkey PRIMARY KEY ("ID");


--
-- Name: outbox_multipart outbox_multipart_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.outbox_multipart
    ADD CONSTRAINT outbox_multipart_pkey PRIMARY KEY ("ID", "SequencePosition");


--
-- Name: outbox outbox_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.outbox
    ADD CONSTRAINT outbox_pkey PRIMARY KEY ("ID");


--
-- Name: phones phones_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.phones
    ADD CONSTRAINT phones_pkey PRIMARY KEY ("IMEI");


--
-- Name: sentitems sentitems_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sentitems
    ADD CONSTRAINT sentitems_pkey PRIMARY KEY ("ID", "SequencePosition");


--
-- Name: outbox_date; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX outbox_date ON public.outbox USING btree ("SendingDateTime", "SendingTimeOut");


--
-- Name: outbox_sender; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX outbox_sender ON public.outbox USING btree ("SenderID");


--
-- Name: sentitems_date; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sentitems_date ON public.sentitems USING btree ("DeliveryDateTime");


--
-- Name: sentitems_dest; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sentitems_dest ON public.sentitems USING btree ("DestinationNumber");


--
-- Name: sentitems_sender; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sentitems_sender ON public.sentitems USING btree ("SenderID");


--
-- Name: sentitems_tpmr; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX sentitems_tpmr ON public.sentitems USING btree ("TPMR");


--
-- Name: inbox update_timestamp; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_timestamp BEFORE UPDATE ON public.inbox FOR EACH ROW EXECUTE FUNCTION public.update_timestamp();


--
-- Name: outbox update_timestamp; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_timestamp BEFORE UPDATE ON public.outbox FOR EACH ROW EXECUTE FUNCTION public.update_timestamp();


--
-- Name: phones update_timestamp; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_timestamp BEFORE UPDATE ON public.phones FOR EACH ROW EXECUTE FUNCTION public.update_timestamp();


--
-- Name: sentitems update_timestamp; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_timestamp BEFORE UPDATE ON public.sentitems FOR EACH ROW EXECUTE FUNCTION public.update_timestamp();


--
-- PostgreSQL database dump complete
--

\unrestrict bTvkkfILRQiin5o9cHonjQjh87vDHClKuwgnfg6uMidoneTkbcdYzSs0yegF2hf

