--
-- Schema of SpamAssassin 4.0.1 (Debian package spamassassin 4.0.1-1~deb12u1, usr/share/doc/spamassassin/sql/{bayes,awl,txrep,decodeshorturl,userpref}_pg.sql), Apache License 2.0 (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict mNwL1bCdbziMcJkle92agTU8uX91vWetZMm3MMhHgAcbDi23QRvwPJMb0arxp8c

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
-- Name: greatest_int(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.greatest_int(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$SELECT CASE WHEN $1 < $2 THEN $2 ELSE $1 END;$_$;


ALTER FUNCTION public.greatest_int(integer, integer) OWNER TO postgres;

--
-- Name: least_int(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.least_int(integer, integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
    AS $_$SELECT CASE WHEN $1 < $2 THEN $1 ELSE $2 END;$_$;


ALTER FUNCTION public.least_int(integer, integer) OWNER TO postgres;

--
-- Name: put_tokens(integer, bytea[], integer, integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.put_tokens(integer, bytea[], integer, integer, integer) RETURNS void
    LANGUAGE plpgsql
    AS $_$ 
DECLARE
  inuserid      ALIAS FOR $1;
  intokenary    ALIAS FOR $2;
  inspam_count  ALIAS FOR $3;
  inham_count   ALIAS FOR $4;
  inatime       ALIAS FOR $5;
  _token BYTEA;
  new_tokens INTEGER := 0;
BEGIN
  for i in array_lower(intokenary, 1) .. array_upper(intokenary, 1)
  LOOP
    _token := intokenary[i];
    UPDATE bayes_token
       SET spam_count = greatest_int(spam_count + inspam_count, 0),
           ham_count = greatest_int(ham_count + inham_count, 0),
           atime = greatest_int(atime, inatime)
     WHERE id = inuserid 
       AND token = _token;
    IF NOT FOUND THEN 
      -- we do not insert negative counts, just return true
      IF NOT (inspam_count < 0 OR inham_count < 0) THEN
        INSERT INTO bayes_token (id, token, spam_count, ham_count, atime) 
        VALUES (inuserid, _token, inspam_count, inham_count, inatime); 
        IF FOUND THEN
          new_tokens := new_tokens + 1;
        END IF;
      END IF;
    END IF;
  END LOOP;

  IF new_tokens > 0 AND inatime > 0 THEN
    UPDATE bayes_vars
       SET token_count = token_count + new_tokens,
           newest_token_age = greatest_int(newest_token_age, inatime),
           oldest_token_age = least_int(oldest_token_age, inatime)
     WHERE id = inuserid;
  ELSIF new_tokens > 0 AND NOT inatime > 0 THEN
    UPDATE bayes_vars
       SET token_count = token_count + new_tokens
     WHERE id = inuserid;
  ELSIF NOT new_tokens > 0 AND inatime > 0 THEN
    UPDATE bayes_vars
       SET newest_token_age = greatest_int(newest_token_age, inatime),
           oldest_token_age = least_int(oldest_token_age, inatime)
     WHERE id = inuserid;
  END IF;
  RETURN;
END; 
$_$;


ALTER FUNCTION public.put_tokens(integer, bytea[], integer, integer, integer) OWNER TO postgres;

--
-- Name: update_awl_last_hit(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.update_awl_last_hit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.last_hit = CURRENT_TIMESTAMP;
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.update_awl_last_hit() OWNER TO postgres;

--
-- Name: update_txrep_last_hit(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.update_txrep_last_hit() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.last_hit = CURRENT_TIMESTAMP;
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.update_txrep_last_hit() OWNER TO postgres;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: awl; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.awl (
    username character varying(100) DEFAULT ''::character varying NOT NULL,
    email character varying(255) DEFAULT ''::character varying NOT NULL,
    ip character varying(40) DEFAULT ''::character varying NOT NULL,
    msgcount bigint DEFAULT '0'::bigint NOT NULL,
    totscore double precision DEFAULT '0'::double precision NOT NULL,
    signedby character varying(255) DEFAULT ''::character varying NOT NULL,
    last_hit timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
)
WITH (fillfactor='95');


ALTER TABLE public.awl OWNER TO postgres;

--
-- Name: bayes_expire; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bayes_expire (
    id integer DEFAULT 0 NOT NULL,
    runtime integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.bayes_expire OWNER TO postgres;

--
-- Name: bayes_global_vars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bayes_global_vars (
    variable character varying(30) DEFAULT ''::character varying NOT NULL,
    value character varying(200) DEFAULT ''::character varying NOT NULL
);


ALTER TABLE public.bayes_global_vars OWNER TO postgres;

--
-- Name: bayes_seen; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bayes_seen (
    id integer DEFAULT 0 NOT NULL,
    msgid character varying(200) DEFAULT ''::character varying NOT NULL,
    flag character(1) DEFAULT ''::bpchar NOT NULL
);


ALTER TABLE public.bayes_seen OWNER TO postgres;

--
-- Name: bayes_token; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bayes_token (
    id integer DEFAULT 0 NOT NULL,
    token bytea DEFAULT '\x'::bytea NOT NULL,
    spam_count integer DEFAULT 0 NOT NULL,
    ham_count integer DEFAULT 0 NOT NULL,
    atime integer DEFAULT 0 NOT NULL
)
WITH (fillfactor='95');


ALTER TABLE public.bayes_token OWNER TO postgres;

--
-- Name: bayes_vars; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bayes_vars (
    id integer NOT NULL,
    username character varying(200) DEFAULT ''::character varying NOT NULL,
    spam_count integer DEFAULT 0 NOT NULL,
    ham_count integer DEFAULT 0 NOT NULL,
    token_count integer DEFAULT 0 NOT NULL,
    last_expire integer DEFAULT 0 NOT NULL,
    last_atime_delta integer DEFAULT 0 NOT NULL,
    last_expire_reduce integer DEFAULT 0 NOT NULL,
    oldest_token_age integer DEFAULT 2147483647 NOT NULL,
    newest_token_age integer DEFAULT 0 NOT NULL
);


ALTER TABLE public.bayes_vars OWNER TO postgres;

--
-- Name: bayes_vars_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.bayes_vars_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.bayes_vars_id_seq OWNER TO postgres;

--
-- Name: bayes_vars_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.bayes_vars_id_seq OWNED BY public.bayes_vars.id;


--
-- Name: short_url_cache; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.short_url_cache (
    short_url character varying(256) NOT NULL,
    decoded_url character varying(512) NOT NULL,
    hits integer DEFAULT 1 NOT NULL,
    created integer NOT NULL,
    modified integer NOT NULL
);


ALTER TABLE public.short_url_cache OWNER TO postgres;

--
-- Name: txrep; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.txrep (
    username character varying(100) DEFAULT ''::character varying NOT NULL,
    email character varying(255) DEFAULT ''::character varying NOT NULL,
    ip character varying(40) DEFAULT ''::character varying NOT NULL,
    msgcount bigint DEFAULT '0'::bigint NOT NULL,
    totscore double precision DEFAULT '0'::double precision NOT NULL,
    signedby character varying(255) DEFAULT ''::character varying NOT NULL,
    last_hit timestamp without time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
)
WITH (fillfactor='95');


ALTER TABLE public.txrep OWNER TO postgres;

--
-- Name: userpref; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.userpref (
    prefid bigint NOT NULL,
    username character varying(100) NOT NULL,
    preference character varying(50) NOT NULL,
    value character varying(255) NOT NULL
);


ALTER TABLE public.userpref OWNER TO postgres;

--
-- Name: userpref_prefid_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.userpref_prefid_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.userpref_prefid_seq OWNER TO postgres;

--
-- Name: userpref_prefid_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.userpref_prefid_seq OWNED BY public.userpref.prefid;


--
-- Name: bayes_vars id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bayes_vars ALTER COLUMN id SET DEFAULT nextval('public.bayes_vars_id_seq'::regclass);


--
-- Name: userpref prefid; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.userpref ALTER COLUMN prefid SET DEFAULT nextval('public.userpref_prefid_seq'::regclass);


--
-- Name: awl awl_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.awl
    ADD CONSTRAINT awl_pkey PRIMARY KEY (username, email, signedby, ip);


--
-- Name: bayes_global_vars bayes_global_vars_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bayes_global_vars
    ADD CONSTRAINT bayes_global_vars_pkey PRIMARY KEY (variable);


--
-- Name: bayes_seen bayes_seen_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bayes_seen
    ADD CONSTRAINT bayes_seen_pkey PRIMARY KEY (id, msgid);


--
-- Name: bayes_token bayes_token_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bayes_token
    ADD CONSTRAINT bayes_token_pkey PRIMARY KEY (id, token);


--
-- Name: bayes_vars bayes_vars_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bayes_vars
    ADD CONSTRAINT bayes_vars_pkey PRIMARY KEY (id);


--
-- Name: short_url_cache short_url_cache_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.short_url_cache
    ADD CONSTRAINT short_url_cache_pkey PRIMARY KEY (short_url);


--
-- Name: txrep txrep_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.txrep
    ADD CONSTRAINT txrep_pkey PRIMARY KEY (username, email, signedby, ip);


--
-- Name: userpref userpref_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.userpref
    ADD CONSTRAINT userpref_pkey PRIMARY KEY (prefid);


--
-- Name: awl_last_hit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX awl_last_hit ON public.awl USING btree (last_hit);


--
-- Name: bayes_expire_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX bayes_expire_idx1 ON public.bayes_expire USING btree (id);


--
-- Name: bayes_token_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX bayes_token_idx1 ON public.bayes_token USING btree (token);


--
-- Name: bayes_vars_idx1; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX bayes_vars_idx1 ON public.bayes_vars USING btree (username);


--
-- Name: txrep_last_hit; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX txrep_last_hit ON public.txrep USING btree (last_hit);


--
-- Name: userpref_username_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX userpref_username_idx ON public.userpref USING btree (username);


--
-- Name: awl update_awl_update_last_hit; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_awl_update_last_hit BEFORE UPDATE ON public.awl FOR EACH ROW EXECUTE FUNCTION public.update_awl_last_hit();


--
-- Name: txrep update_txrep_update_last_hit; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER update_txrep_update_last_hit BEFORE UPDATE ON public.txrep FOR EACH ROW EXECUTE FUNCTION public.update_txrep_last_hit();


--
-- PostgreSQL database dump complete
--

\unrestrict mNwL1bCdbziMcJkle92agTU8uX91vWetZMm3MMhHgAcbDi23QRvwPJMb0arxp8c

